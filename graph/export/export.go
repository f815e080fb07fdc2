// Package export writes a graph.View in the formats that visualization and
// linked-data tools open: GraphML (yEd, Cytoscape), GEXF 1.3 (Gephi), DOT
// (Graphviz), Cytoscape.js JSON, CSV (spreadsheets, pandas), JSON-LD with
// schema.org types, and one self-contained HTML page. N-Quads, the whole
// store with its provenance, is written by WriteNQuads.
//
// Every format carries the same data: for each node the entity's type,
// canonical name, aliases and Wikidata ID; for each edge the predicate, the
// weight (the number of articles stating the fact), the articles and, where
// the format has room, the evidence sentences and the first and last date.
// All encoders colour nodes by entity type with the same palette (see
// Styles) and write sorted, deterministic output.
package export

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/entente/entente/graph"
)

// The export formats.
const (
	GraphML   = "graphml"
	GEXF      = "gexf"
	DOT       = "dot"
	Cytoscape = "cytoscape"
	CSV       = "csv"
	NQuads    = "nquads"
	JSONLD    = "jsonld"
	HTML      = "html"
)

// Formats lists the export formats in the order the help shows them.
var Formats = []string{GraphML, GEXF, DOT, Cytoscape, CSV, NQuads, JSONLD, HTML}

// extensions maps file extensions to formats.
var extensions = map[string]string{
	".graphml": GraphML,
	".gexf":    GEXF,
	".dot":     DOT,
	".gv":      DOT,
	".json":    Cytoscape,
	".cyjs":    Cytoscape,
	".csv":     CSV,
	".nq":      NQuads,
	".nquads":  NQuads,
	".jsonld":  JSONLD,
	".html":    HTML,
	".htm":     HTML,
}

// FormatOf returns the format that the extension of path names, or "".
func FormatOf(path string) string {
	return extensions[strings.ToLower(filepath.Ext(path))]
}

// ValidFormat reports whether f is one of Formats.
func ValidFormat(f string) bool {
	for _, v := range Formats {
		if v == f {
			return true
		}
	}
	return false
}

// Encoder writes a view in one format.
type Encoder interface {
	Encode(v *graph.View) error
}

// NewEncoder returns the encoder of a format that writes one stream: every
// format but CSV (see NewCSVEncoder) and N-Quads (see WriteNQuads).
func NewEncoder(format string, w io.Writer) (Encoder, error) {
	switch format {
	case GraphML:
		return NewGraphMLEncoder(w), nil
	case GEXF:
		return NewGEXFEncoder(w), nil
	case DOT:
		return NewDOTEncoder(w), nil
	case Cytoscape:
		return NewCytoscapeEncoder(w), nil
	case JSONLD:
		return NewJSONLDEncoder(w), nil
	case HTML:
		return NewHTMLEncoder(w), nil
	}
	return nil, fmt.Errorf("export: no stream encoder for format %q", format)
}

// Style is how nodes of one entity type look in every format.
type Style struct {
	Type graph.EntityType
	// Colour is the fill colour as #rrggbb.
	Colour string
	// Shape is the Cytoscape.js node shape; DOTShape and YEdShape are the
	// same shape in Graphviz and yEd.
	Shape, DOTShape, YEdShape string
}

// Styles gives each entity type its look, in the order of graph.EntityTypes.
// The colours are Tableau 10, which reads well on screen and in print.
var Styles = []Style{
	{graph.Person, "#4e79a7", "ellipse", "ellipse", "ellipse"},
	{graph.Country, "#e15759", "round-rectangle", "box", "roundrectangle"},
	{graph.Organization, "#59a14f", "hexagon", "hexagon", "hexagon"},
	{graph.Place, "#f28e2b", "triangle", "triangle", "triangle"},
	{graph.Agreement, "#b07aa1", "diamond", "diamond", "diamond"},
}

// unknownStyle is the look of an entity whose type is missing or unknown.
var unknownStyle = Style{Type: "", Colour: "#9d9d9d", Shape: "ellipse", DOTShape: "ellipse", YEdShape: "ellipse"}

// StyleOf returns the style of entity type t.
func StyleOf(t graph.EntityType) Style {
	for _, s := range Styles {
		if s.Type == t {
			return s
		}
	}
	s := unknownStyle
	s.Type = t
	return s
}

// familyColours colour edges by the family of their predicate.
var familyColours = map[graph.Family]string{
	graph.Role:      "#7f7f7f",
	graph.Alliance:  "#2e8b57",
	graph.Hostility: "#c0392b",
	graph.Contact:   "#2c6fbb",
}

// EdgeColour is the colour of edges whose predicate is of family f.
func EdgeColour(f graph.Family) string {
	if c, ok := familyColours[f]; ok {
		return c
	}
	return "#7f7f7f"
}

// rgb splits a #rrggbb colour into its components.
func rgb(colour string) (r, g, b uint8) {
	fmt.Sscanf(colour, "#%02x%02x%02x", &r, &g, &b)
	return r, g, b
}

// edgeLabel is the label of an edge in the drawing formats: the predicate,
// followed by the weight when more than one article states the fact.
func edgeLabel(e graph.ViewEdge) string {
	if e.Weight() > 1 {
		return fmt.Sprintf("%s (%d)", e.Predicate, e.Weight())
	}
	return string(e.Predicate)
}

// evidenceText lists an edge's evidence one sentence a line, each
// prefixed by its article.
// sourceNames names what states e: its articles, and "catalog" first for
// a standing fact of the catalog.
func sourceNames(e graph.ViewEdge) []string {
	names := e.ArticleNames()
	if e.Catalog {
		names = append([]string{graph.CatalogName}, names...)
	}
	return names
}

func evidenceText(e graph.ViewEdge) string {
	lines := make([]string, len(e.Evidence))
	for i, ev := range e.Evidence {
		lines[i] = ev.Article + ": " + ev.Sentence
	}
	return strings.Join(lines, "\n")
}

// listSep joins lists held in one attribute of the formats that have no
// list type.
const listSep = "; "
