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

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
	"github.com/entente/entente/graph/store"
)

// Flags of 'export'.
const (
	flagAround       = "around"
	flagDepth        = "depth"
	flagPredicates   = "predicates"
	flagMinArticles  = "min-articles"
	flagMinConf      = "min-confidence"
	flagIsolated     = "isolated"
	flagArticlesOnly = "articles-only"
)

type exportOptions struct {
	*globals
	format      string
	output      string
	around      []string
	depth       int
	predicates  []string
	minArticles int
	minConf     float64
	isolated    bool
	// articlesOnly leaves out the catalog's standing facts.
	articlesOnly bool
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
state; --min-confidence only those the extractor is at least that sure of
(0 to 1; a fact's confidence is the highest of any article stating it,
and every format but N-Quads shows it). N-Quads is always the whole store.

The catalog's standing facts ("Kremlin part-of Russia", stated by no
article) are edges too, marked as the catalog's (a catalog column or
attribute, dashed lines) and weighing no article; --articles-only leaves
them out, in N-Quads too.

Entities that no exported fact links are written as unconnected nodes
when the export is the whole graph, and left out when --predicates,
--min-articles or --min-confidence filter the facts (standard error says
how many); --isolated=true or --isolated=false decides.

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
	f.StringVarP(&o.format, flagFormat, "f", "", "one of the formats above (default: from -o, else nquads)")
	f.StringVarP(&o.output, flagOutput, "o", "-", "the file to write, a directory for csv; - is stdout")
	f.StringArrayVar(&o.around, flagAround, nil, "keep only the neighbourhood of this entity (repeatable)")
	f.IntVar(&o.depth, flagDepth, 1, "with --around: how many hops from the entity to keep")
	f.StringSliceVar(&o.predicates, flagPredicates, nil, "keep only facts with these predicates (comma-separated)")
	f.IntVar(&o.minArticles, flagMinArticles, 1, "keep only facts that at least this many articles state")
	f.Float64Var(&o.minConf, flagMinConf, 0, "keep only facts at least this sure (0 to 1)")
	f.BoolVar(&o.isolated, flagIsolated, false, "write entities no fact links, unconnected (default: for the whole graph)")
	f.BoolVar(&o.articlesOnly, flagArticlesOnly, false, "leave out the catalog's standing facts: only what articles state")
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
	filtered := len(o.around) > 0 || len(o.predicates) > 0 || cmd.Flags().Changed(flagMinArticles) ||
		cmd.Flags().Changed(flagMinConf) || cmd.Flags().Changed(flagIsolated)
	switch {
	case format == export.NQuads && filtered:
		return opts, usageError{errors.New("nquads is always the whole store: --around, --predicates, --min-articles, --min-confidence and --isolated apply to the other formats")}
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
	case o.minConf < 0 || o.minConf > 1:
		return opts, usageError{fmt.Errorf("--min-confidence %g: give a number from 0 to 1", o.minConf)}
	case o.isolated && len(o.around) > 0:
		return opts, usageError{errors.New("--isolated does not apply with --around: a neighbourhood holds only linked entities")}
	}
	opts.Depth, opts.MinArticles, opts.ArticlesOnly = o.depth, o.minArticles, o.articlesOnly
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
			if o.articlesOnly {
				n, err = export.WriteArticleNQuads(w, s)
			} else {
				n, err = export.WriteNQuads(w, s)
			}
			return err
		})
		if err == nil && o.output != "-" {
			fmt.Fprintf(o.stderr, "wrote %d quads to %s\n", n, o.output)
		}
		return err
	}

	var names, around []string
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
	if o.minConf > 0 {
		for _, n := range v.Nodes {
			for _, iri := range opts.Around {
				if graph.EntityIRI(n.ID) == iri {
					around = append(around, n.ID)
				}
			}
		}
		v = export.KeepConfident(v, o.minConf, around, opts.Depth)
	}
	if len(opts.Around) == 0 {
		// Filters leave out the entities they unlink unless asked;
		// the whole graph keeps them.
		keep := !(len(o.predicates) > 0 || cmd.Flags().Changed(flagMinArticles) || o.minConf > 0)
		if cmd.Flags().Changed(flagIsolated) {
			keep = o.isolated
		}
		if err := o.isolatedEntities(ctx, s, v, opts, keep); err != nil {
			return err
		}
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
		fmt.Fprintf(o.stderr, "wrote %s and %s to %s (%s)\n", countOf(len(v.Nodes), "entity", "entities"), countOf(len(v.Edges), "edge", "edges"), o.output, format)
	}
	if len(v.Edges) == 0 {
		fmt.Fprintln(o.stderr, "note: no facts match; the export has no edges")
	}
	return nil
}

// isolatedEntities adds to v, when keep, the entities that articles mention
// but no fact of v links; otherwise it says on standard error how many it
// left out.
func (o *exportOptions) isolatedEntities(ctx context.Context, s *store.Store, v *graph.View, opts store.ViewOptions, keep bool) error {
	qs := s.QuadStore()
	mentioned, err := path.StartPath(qs).Has(graph.PredType, graph.TypeArticle).Out(graph.PredMentions).Unique().
		Iterate(ctx).AllValues(qs)
	if err != nil {
		return err
	}
	linked := make(map[quad.Value]bool, len(v.Nodes))
	for _, n := range v.Nodes {
		linked[graph.EntityIRI(n.ID)] = true
	}
	var isolated []quad.IRI
	for _, m := range mentioned {
		if iri, ok := m.(quad.IRI); ok && !linked[iri] {
			isolated = append(isolated, iri)
		}
	}
	if len(isolated) == 0 {
		return nil
	}
	if !keep {
		fmt.Fprintf(o.stderr, "left out %s that no exported fact links (--%s keeps them)\n", countOf(len(isolated), "entity", "entities"), flagIsolated)
		return nil
	}
	// The neighbourhood of depth 0 of these entities is their nodes; the
	// facts among them, if any, are below the thresholds.
	opts.Around, opts.Depth = isolated, 0
	extra, err := s.View(ctx, opts)
	if err != nil {
		return err
	}
	v.Nodes = append(v.Nodes, extra.Nodes...)
	v.Sort()
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
