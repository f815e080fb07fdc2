package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
	"github.com/entente/entente/graph/store"
)

// Flags of 'export'.
const (
	flagAround      = "around"
	flagDepth       = "depth"
	flagPredicates  = "predicates"
	flagMinArticles = "min-articles"
)

type exportOptions struct {
	*globals
	format      string
	output      string
	around      []string
	depth       int
	predicates  []string
	minArticles int
}

const exportLong = `Export writes the graph in a format that a visualization or linked-data
tool opens. A fact that several articles state is one edge whose weight is
the number of articles, listing them; nodes are coloured by entity type.

  graphml    yEd, Cytoscape: typed keys; type, name, aliases; predicate,
             weight, articles, dates, evidence; yEd shapes, fills, labels
  gexf       Gephi (GEXF 1.3): type attribute, viz colour by type, edge
             label = predicate, weight = articles, first/last date
  dot        Graphviz: colour by type, edge labels, pen width by weight
             (render with: dot -Tsvg graph.dot -o graph.svg)
  cytoscape  Cytoscape.js JSON: {"elements": {"nodes": [...], "edges": [...]}}
  csv        nodes.csv and edges.csv, written into the directory -o names
  nquads     the whole store, articles as labels; 'cayley load' re-reads it
  jsonld     JSON-LD with schema.org types (Person, Country, Organization,
             Place), names, facts citing their articles
  html       one self-contained page that works offline: pan and zoom,
             legend, click an entity to read its facts and their evidence

The format comes from --format, else from the extension of -o (.graphml,
.gexf, .dot or .gv, .json or .cyjs, .nq or .nquads, .jsonld, .html or .htm);
an -o that is a directory, or ends in a slash, means csv. Without -o, or
with "-o -", the export goes to standard output (csv needs a directory).
With neither --format nor -o the export is N-Quads.

--around keeps the neighbourhood of an entity (any name or alias, as in
'entente query'): the entities within --depth hops of it, following facts
either way, and the facts among them. --predicates keeps only the facts
with those predicates; --min-articles only those that at least N articles
state. N-Quads is always the whole store.

The predicates:
`

func newExportCmd(g *globals) *cobra.Command {
	o := &exportOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "export [--format FORMAT] [-o FILE|DIR|-] [--around ENTITY] [flags]",
		Short: "Write the graph out for Gephi, yEd, Cytoscape, Graphviz, a browser…",
		Long:  exportLong + predicateList(),
		Example: `  entente export -o graph.graphml
  entente export -o graph.html --around Assad --depth 2
  entente export --format dot --predicates supports,allied-with | dot -Tsvg -o graph.svg
  entente export --format csv -o tables/ --min-articles 2
  entente export -o graph.nq && cayley load --db bolt --dbpath copy.db --init -i graph.nq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd.Context(), cmd) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, flagFormat, "f", "", strings.Join(export.Formats, ", ")+" (default: from -o, else nquads)")
	f.StringVarP(&o.output, flagOutput, "o", "-", "write to this file (a directory for csv); - is standard output")
	f.StringArrayVar(&o.around, flagAround, nil, "keep only the neighbourhood of this entity (repeatable)")
	f.IntVar(&o.depth, flagDepth, 1, "with --around: how many hops from the entity to keep")
	f.StringSliceVar(&o.predicates, flagPredicates, nil, "keep only facts with these predicates (comma-separated)")
	f.IntVar(&o.minArticles, flagMinArticles, 1, "keep only facts that at least this many articles state")
	cmd.RegisterFlagCompletionFunc(flagFormat, completeWith(export.Formats...))
	cmd.RegisterFlagCompletionFunc(flagAround, g.completeEntities)
	cmd.RegisterFlagCompletionFunc(flagPredicates, completePredicates)
	return cmd
}

// predicateList lists the predicates of the vocabulary, wrapped, for help.
func predicateList() string {
	var b strings.Builder
	line := " "
	for _, p := range graph.Vocabulary {
		if len(line)+1+len(p.Predicate) > 76 {
			b.WriteString(line + "\n")
			line = " "
		}
		line += " " + string(p.Predicate)
	}
	return b.String() + line
}

// exportFormat decides the format from --format and -o.
func (o *exportOptions) exportFormat() (string, error) {
	if o.format != "" {
		f := strings.ToLower(o.format)
		if !export.ValidFormat(f) {
			return "", usageError{fmt.Errorf("unknown --format %q (use %s)", o.format, strings.Join(export.Formats, ", "))}
		}
		return f, nil
	}
	if o.output == "-" {
		return export.NQuads, nil
	}
	if strings.HasSuffix(o.output, "/") || strings.HasSuffix(o.output, string(os.PathSeparator)) {
		return export.CSV, nil
	}
	if fi, err := os.Stat(o.output); err == nil && fi.IsDir() {
		return export.CSV, nil
	}
	if f := export.FormatOf(o.output); f != "" {
		return f, nil
	}
	return "", usageError{fmt.Errorf("cannot tell the format from %q: give --format (%s)", o.output, strings.Join(export.Formats, ", "))}
}

// check validates the flags that do not need the store.
func (o *exportOptions) check(cmd *cobra.Command, format string) (store.ViewOptions, error) {
	var opts store.ViewOptions
	filtered := len(o.around) > 0 || len(o.predicates) > 0 || cmd.Flags().Changed(flagMinArticles)
	switch {
	case format == export.NQuads && filtered:
		return opts, usageError{errors.New("nquads is always the whole store: --around, --predicates and --min-articles apply to the other formats")}
	case format == export.CSV && o.output == "-":
		return opts, usageError{errors.New("csv writes nodes.csv and edges.csv: give -o DIR")}
	case format == export.CSV && strings.EqualFold(filepath.Ext(o.output), ".csv"):
		return opts, usageError{fmt.Errorf("csv writes nodes.csv and edges.csv into a directory: give -o DIR, not %q", o.output)}
	case cmd.Flags().Changed(flagDepth) && len(o.around) == 0:
		return opts, usageError{errors.New("--depth needs --around ENTITY")}
	case o.depth < 0:
		return opts, usageError{fmt.Errorf("--depth %d: give 0 or more hops", o.depth)}
	case o.minArticles < 0:
		return opts, usageError{fmt.Errorf("--min-articles %d: give 0 or more", o.minArticles)}
	}
	opts.Depth, opts.MinArticles = o.depth, o.minArticles
	for _, p := range o.predicates {
		pred, err := graph.ParsePredicate(strings.TrimSpace(p))
		if err != nil {
			return opts, usageError{err}
		}
		opts.Predicates = append(opts.Predicates, pred)
	}
	return opts, nil
}

func (o *exportOptions) run(ctx context.Context, cmd *cobra.Command) error {
	format, err := o.exportFormat()
	if err != nil {
		return err
	}
	opts, err := o.check(cmd, format)
	if err != nil {
		return err
	}
	s, err := o.openStore()
	if err != nil {
		return err
	}
	defer s.Close()

	if format == export.NQuads {
		var n int
		err := o.write(func(w io.Writer) (err error) {
			n, err = export.WriteNQuads(w, s)
			return err
		})
		if err == nil && o.output != "-" {
			fmt.Fprintf(o.stderr, "wrote %d quads to %s\n", n, o.output)
		}
		return err
	}

	var names []string
	for _, name := range o.around {
		ref, err := s.Resolve(ctx, name)
		if err != nil {
			return err
		}
		opts.Around = append(opts.Around, ref.IRI)
		names = append(names, ref.Name)
	}
	v, err := s.View(ctx, opts)
	if err != nil {
		return err
	}
	if format == export.CSV {
		err = export.NewCSVEncoder(o.output).Encode(v)
	} else {
		err = o.write(func(w io.Writer) error {
			enc, err := export.NewEncoder(format, w)
			if err != nil {
				return err
			}
			if h, ok := enc.(*export.HTMLEncoder); ok && len(names) > 0 {
				h.SetTitle(fmt.Sprintf("Entente: around %s (depth %d)", strings.Join(names, ", "), opts.Depth))
			}
			return enc.Encode(v)
		})
	}
	if err != nil {
		return err
	}
	if o.output != "-" {
		fmt.Fprintf(o.stderr, "wrote %d entities and %d facts to %s (%s)\n", len(v.Nodes), len(v.Edges), o.output, format)
	}
	if len(v.Edges) == 0 {
		fmt.Fprintln(o.stderr, "note: no facts match; the export has no edges")
	}
	return nil
}

// write runs encode on standard output or on the -o file, buffered. A file
// that could not be written whole is removed.
func (o *exportOptions) write(encode func(io.Writer) error) error {
	if o.output == "-" {
		bw := bufio.NewWriter(o.stdout)
		if err := encode(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.Create(o.output)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = encode(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(o.output)
	}
	return err
}

// The store is what WriteNQuads dumps.
var _ export.Dumper = (*store.Store)(nil)
