package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente/entente/queries"
)

type queryOptions struct {
	*globals
	format   string
	gizmo    string
	limit    int
	offset   int
	articles string
	from, to string // --from, --to
	asOf     string // --as-of
	minConf  float64
	// articlesOnly leaves out the catalog's standing facts.
	articlesOnly bool
}

func newQueryCmd(g *globals) *cobra.Command {
	o := &queryOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "query NAME [ARGS...] | query list | query --gizmo JS",
		Short: "Ask the graph a canned question, or run Gizmo",
		Long: `Query runs one of the canned Gizmo queries on the store.

Arguments are entity names as you would type them: any alias, any case
("rowhani", "assad", "IRGC"). A name that matches no entity fails with
exit status 2 and the closest names; a name several entities share lists
them. Names reach Gizmo as data, never as code.

The canned queries:
` + queryTable() + `
'entente query list' prints this list. --gizmo runs your own Gizmo program
instead ("-" reads it from standard input, "@FILE" from a file); the result
is what it emits with g.Emit or .All().

Output is an aligned table; --format json prints a JSON array of row
objects, --format csv a header line and a line per row. A fact found in
several articles is one row: how many (count), the first and last dates
of those articles (first_seen, last_seen), and the most recent few of
them; --articles N lists N, --articles all every one. evidence and
mentions give their rows a page at a time: --limit rows from --offset.

The queries also follow the catalog's standing facts, which no article
needs to state ("Kremlin part-of Russia"): a row built on one says so
("catalog" among its articles, "catalog": true in JSON, counted in none).
--articles-only answers from the articles alone.`,
		Example: `  entente query supporters Assad
  entente query roles shamkhani --format json
  entente query allies Iran --articles all
  entente query evidence Russia Assad --limit 20 --offset 20
  entente query list
  entente query --gizmo 'g.V("<entity:russia>").Out("<supports>").Out("<name>").All()'`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case o.gizmo == "" && len(args) == 0:
				return usageError{fmt.Errorf("name a query (see 'entente query list') or give --gizmo")}
			case o.gizmo != "" && len(args) > 0:
				return usageError{fmt.Errorf("--gizmo takes no query name or arguments")}
			case len(args) > 1 && args[0] == "list":
				return usageError{fmt.Errorf("query list takes no arguments, got %q", args[1:])}
			case o.minConf < 0 || o.minConf > 1:
				return usageError{fmt.Errorf("--min-confidence %g: give a number from 0 to 1", o.minConf)}
			// 0, the default, means each query's own bound.
			case cmd.Flags().Changed("limit") && o.limit < 1:
				return usageError{fmt.Errorf("--limit %d: give 1 or more", o.limit)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd, args) },
	}
	cmd.Flags().StringVarP(&o.format, flagFormat, "f", formatTable, "output format: table, json or csv")
	cmd.Flags().StringVar(&o.gizmo, "gizmo", "", "run this Gizmo program (- for stdin, @FILE for a file)")
	cmd.Flags().IntVar(&o.limit, "limit", 0, fmt.Sprintf("print at most this many results; standard error says when it cuts (default %d; evidence and mentions: rows a page, default %d)", queries.DefaultLimit, queries.DefaultPage))
	cmd.Flags().IntVar(&o.offset, "offset", 0, "skip this many rows of evidence or mentions (the next page)")
	cmd.Flags().StringVar(&o.articles, "articles", strconv.Itoa(queries.DefaultArticles), "list this many of a row's articles, the most recent, or all")
	cmd.Flags().StringVar(&o.from, "from", "", "keep the articles dated on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&o.to, "to", "", "keep the articles dated on or before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&o.minConf, "min-confidence", 0, "leave out facts the extractor was less sure of than this (0 to 1)")
	cmd.Flags().BoolVar(&o.articlesOnly, "articles-only", false, "leave out the catalog's standing facts (\"Kremlin part-of Russia\"): only what articles state")
	cmd.Flags().StringVar(&o.asOf, "as-of", "", "answer as of this day: --to it, and each post held by whoever was seen in it last")
	cmd.ValidArgsFunction = o.completeQuery
	cmd.RegisterFlagCompletionFunc(flagFormat, completeWith(formatTable, formatJSON, formatCSV))
	return cmd
}

// queryTable lists the canned queries for the help and for the error that
// names an unknown query, the questions wrapped to fit 80 columns.
func queryTable() string {
	const indent = 2 + 14 + 1 + 12 + 1
	var b strings.Builder
	for _, q := range queries.All() {
		for i, line := range wrap(q.Question, helpWidth-indent) {
			if i == 0 {
				fmt.Fprintf(&b, "  %-14s %-12s %s\n", q.Name, q.Usage(), line)
			} else {
				fmt.Fprintf(&b, "%*s%s\n", indent, "", line)
			}
		}
	}
	return b.String()
}

func (o *queryOptions) run(cmd *cobra.Command, args []string) error {
	if err := checkFormat(o.format, formatTable, formatJSON, formatCSV); err != nil {
		return err
	}
	p := newPrinter(o.stdout, o.stderr, o.format)
	articles, err := queries.ParseArticles(o.articles)
	if err != nil {
		return usageError{err}
	}
	var window [3]string
	for i, d := range []struct {
		flag, day string
		end       bool
	}{{"--from", o.from, false}, {"--to", o.to, true}, {"--as-of", o.asOf, true}} {
		if window[i], err = queries.ParseDay(d.flag, d.day, d.end); err != nil {
			return usageError{err}
		}
	}
	if len(args) == 1 && args[0] == "list" {
		return p.Print(listResult())
	}
	var q *queries.Query
	var bound map[string]string
	if o.gizmo == "" {
		var ok bool
		if q, ok = queries.Lookup(args[0]); !ok {
			return usageError{fmt.Errorf("no query named %q; the queries are:\n%s", args[0], queryTable())}
		}
		if o.offset != 0 && !q.Paged {
			return usageError{fmt.Errorf("--offset pages through evidence and mentions; %s gives all its rows", q.Name)}
		}
		if bound, err = q.Bind(args[1:]); err != nil {
			return err
		}
	}
	program, err := o.program()
	if err != nil {
		return err
	}
	s, err := o.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	r := &queries.Runner{Store: s, Limit: o.limit, Offset: o.offset, Articles: articles, From: window[0], To: window[1], AsOf: window[2], MinConfidence: o.minConf, ArticlesOnly: o.articlesOnly}
	paged := q != nil && q.Paged
	if !paged {
		// Ask for more than --limit, so that a cut can say how much it left out.
		r.Limit = max(o.limit+1, queries.DefaultLimit)
	}
	var res *queries.Result
	if q != nil {
		res, err = r.Run(cmd.Context(), q, bound)
	} else {
		var rows []any
		rows, err = r.Gizmo(cmd.Context(), program)
		res = queries.RawResult(rows)
	}
	if err != nil {
		return err
	}
	if !paged && o.limit > 0 && len(res.Rows) > o.limit {
		if len(res.Rows) < r.Limit {
			fmt.Fprintf(o.stderr, "showing the first %d of %d results (--limit)\n", o.limit, len(res.Rows))
		} else {
			fmt.Fprintf(o.stderr, "showing the first %d of more than %d results (--limit)\n", o.limit, len(res.Rows)-1)
		}
		res.Rows = res.Rows[:o.limit]
	}
	if err := p.Print(res); err != nil {
		return err
	}
	if paged && res.Offset+len(res.Rows) < res.Total {
		fmt.Fprintf(o.stderr, "rows %d to %d of %d; --offset %d for the next page\n",
			res.Offset+1, res.Offset+len(res.Rows), res.Total, res.Offset+len(res.Rows))
	}
	return nil
}

// program reads the --gizmo program from the flag, a file or stdin.
func (o *queryOptions) program() (string, error) {
	switch {
	case o.gizmo == "-":
		b, err := io.ReadAll(o.stdin)
		return string(b), err
	case strings.HasPrefix(o.gizmo, "@"):
		b, err := os.ReadFile(o.gizmo[1:])
		return string(b), err
	}
	return o.gizmo, nil
}

// listResult is the canned queries as rows.
func listResult() *queries.Result {
	res := &queries.Result{Columns: []string{"name", "params", "question"}}
	for _, q := range queries.All() {
		res.Rows = append(res.Rows, queries.Row{"name": q.Name, "params": q.Usage(), "question": q.Question})
	}
	return res
}
