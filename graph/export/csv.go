package export

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/entente/entente/graph"
)

// The files that CSVEncoder writes into its directory.
const (
	NodesFile = "nodes.csv"
	EdgesFile = "edges.csv"
)

// CSVEncoder writes a view as two CSV files for spreadsheets and pandas:
// nodes.csv (id, name, type, aliases, wikidata) and edges.csv (source,
// target, predicate, family, symmetric, weight, articles, first_seen,
// last_seen, confidence, evidence). Lists are joined by "; "; evidence is
// one "article: sentence" a line.
type CSVEncoder struct{ dir string }

// NewCSVEncoder returns an encoder that writes nodes.csv and edges.csv into
// dir, creating it if needed.
func NewCSVEncoder(dir string) *CSVEncoder { return &CSVEncoder{dir} }

// Encode writes the two files.
func (e *CSVEncoder) Encode(v *graph.View) error {
	if err := os.MkdirAll(e.dir, 0o755); err != nil {
		return err
	}
	write := func(name string, f func(io.Writer, *graph.View) error) error {
		out, err := os.Create(filepath.Join(e.dir, name))
		if err != nil {
			return err
		}
		if err := f(out, v); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	}
	if err := write(NodesFile, WriteNodesCSV); err != nil {
		return err
	}
	return write(EdgesFile, WriteEdgesCSV)
}

// WriteNodesCSV writes the nodes of v as CSV with a header line.
func WriteNodesCSV(w io.Writer, v *graph.View) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "name", "type", "aliases", "wikidata"})
	for _, n := range v.Nodes {
		cw.Write([]string{n.ID, n.Name, string(n.Type), strings.Join(n.Aliases, listSep), n.QID})
	}
	cw.Flush()
	return cw.Error()
}

// WriteEdgesCSV writes the edges of v as CSV with a header line.
func WriteEdgesCSV(w io.Writer, v *graph.View) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"source", "target", "predicate", "family", "symmetric", "weight", "articles",
		"first_seen", "last_seen", "confidence", "evidence", "catalog"})
	for _, e := range v.Edges {
		cw.Write([]string{
			e.Source, e.Target, string(e.Predicate), string(e.Family()), strconv.FormatBool(e.Symmetric()),
			strconv.Itoa(e.Weight()), strings.Join(e.ArticleNames(), listSep), e.FirstDate(), e.LastDate(),
			strconv.FormatFloat(e.Confidence, 'g', -1, 64), evidenceText(e), strconv.FormatBool(e.Catalog),
		})
	}
	cw.Flush()
	return cw.Error()
}
