package queries

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers Gizmo

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/loaders/when"
)

// DefaultLimit bounds the results of one query.
const DefaultLimit = 10000

// DefaultPage is how many rows a paged query gives at a time when the
// caller does not say.
const DefaultPage = 100

// ArgError reports arguments that do not fit a query's parameters.
type ArgError struct {
	Query *Query
	Msg   string
}

func (e *ArgError) Error() string {
	return fmt.Sprintf("%s: %s (usage: entente query %s %s)", e.Query.Name, e.Msg, e.Query.Name, e.Query.Usage())
}

// Bind maps positional arguments to q's parameters, in order. A query of
// one parameter takes all the arguments as one name, so that
// "supporters Bashar al-Assad" needs no quotes.
func (q *Query) Bind(args []string) (map[string]string, error) {
	if len(q.Params) == 1 && len(args) > 1 {
		args = []string{strings.Join(args, " ")}
	}
	required := 0
	for _, p := range q.Params {
		if !p.Optional {
			required++
		}
	}
	if len(args) < required || len(args) > len(q.Params) {
		return nil, &ArgError{q, fmt.Sprintf("takes %s, got %d", plural(len(q.Params), required), len(args))}
	}
	m := make(map[string]string, len(args))
	for i, a := range args {
		m[q.Params[i].Name] = a
	}
	return m, nil
}

func plural(most, least int) string {
	switch {
	case most == least && most == 1:
		return "1 argument"
	case most == least:
		return fmt.Sprintf("%d arguments", most)
	default:
		return fmt.Sprintf("%d to %d arguments", least, most)
	}
}

// AllArticles asks rows to list every article behind them (Options.Articles).
const AllArticles = -1

// Options shape the rows of a query without changing its question.
type Options struct {
	// Articles is how many of the articles behind a row it lists, the most
	// recent first; 0 means DefaultArticles and AllArticles every one. A
	// row's count, first_seen and last_seen cover them all whatever this is.
	Articles int
	// Limit and Offset choose a page of the rows of a paged query: Limit
	// rows from the Offset-th (counting from 0). Limit 0 means every row.
	Limit, Offset int
	// From and To keep, in each row, the articles dated in that window
	// (YYYY-MM-DD, either end open), and leave out the rows it empties.
	// AsOf answers as of that day: To is AsOf, and a post (graph.Posts)
	// goes to the holder most recently seen in it by then.
	From, To, AsOf string
	// MinConfidence leaves out the rows of facts the extractor was less
	// sure of (their highest confidence in any article); 0 keeps all.
	MinConfidence float64
	// ArticlesOnly leaves out the catalog's standing facts: the answer
	// rests on what articles state alone.
	ArticlesOnly bool
}

// ParseDay reads a day given as --from, --to or --as-of: YYYY-MM-DD, or
// YYYY-MM or YYYY, which stand for their first day (end false) or last
// (end true).
func ParseDay(flag, s string, end bool) (string, error) {
	if s == "" {
		return "", nil
	}
	d, err := when.Parse(s)
	if err != nil || d.Precision() < when.Year || len(strings.TrimSpace(s)) > 10 {
		return "", fmt.Errorf("%s %q: want a date as YYYY-MM-DD (or YYYY-MM, YYYY)", flag, s)
	}
	if end {
		return d.End().Format(time.DateOnly), nil
	}
	return d.Start().Format(time.DateOnly), nil
}

// ParseArticles reads how many articles a row should list, as a person
// writes it: a number, or "all".
func ParseArticles(s string) (int, error) {
	if strings.EqualFold(strings.TrimSpace(s), "all") {
		return AllArticles, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return 0, fmt.Errorf("articles: want a number of articles or \"all\", got %q", s)
	}
	if n == 0 {
		return 0, fmt.Errorf("articles: want at least 1, or \"all\"")
	}
	return n, nil
}

// Program is q with its parameter line replaced by values, written as a
// JSON literal so that they stay data whatever they contain, and with the
// current prelude. With the example values it is q.Source.
func (q *Query) Program(values map[string]string) string {
	return q.ProgramWith(values, Options{})
}

// ProgramWith is Program with options, which join the values in the
// parameter line when they are not the defaults.
func (q *Query) ProgramWith(values map[string]string, o Options) string {
	// The literal is written the way the files write it, the parameters in
	// their order, so that on the example values Program is the file.
	var keys []string
	for _, p := range q.Params {
		if _, ok := values[p.Name]; ok {
			keys = append(keys, p.Name)
		}
	}
	var extra []string
	for k := range values {
		if !q.hasParam(k) {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	var fields []string
	for _, k := range append(keys, extra...) {
		fields = append(fields, jsonString(k)+":"+jsonString(values[k]))
	}
	for _, o := range []struct {
		key string
		n   int
		ok  bool
	}{{"articles", o.Articles, o.Articles != 0}, {"limit", o.Limit, q.Paged && o.Limit > 0}, {"offset", o.Offset, q.Paged && o.Offset > 0}} {
		if o.ok {
			fields = append(fields, jsonString(o.key)+":"+strconv.Itoa(o.n))
		}
	}
	for _, d := range []struct{ key, day string }{{"from", o.From}, {"to", o.To}, {"as_of", o.AsOf}} {
		if d.day != "" {
			fields = append(fields, jsonString(d.key)+":"+jsonString(d.day))
		}
	}
	if o.MinConfidence > 0 {
		fields = append(fields, jsonString("min_confidence")+":"+strconv.FormatFloat(o.MinConfidence, 'g', -1, 64))
	}
	if o.ArticlesOnly {
		fields = append(fields, jsonString("articles_only")+":true")
	}
	lines := strings.Split(q.head, "\n")
	lines[q.declLine] = "var p = {" + strings.Join(fields, ",") + "};"
	return strings.Join(lines, "\n") + Prelude() + q.body
}

// jsonString writes s as a JSON string: data, whatever it contains.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // "<entity:x>" reads better in the query editor; still a JSON string
	enc.Encode(s)            // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// Row is one result of a query: the object it emitted.
type Row = map[string]any

// Result is the answer to a query.
type Result struct {
	// Columns lists the keys a table shows, in order.
	Columns []string
	Rows    []any
	// Program is the Gizmo that ran, with its parameters filled in.
	Program string
	// Offset is the index of the first row among all the rows of the
	// answer, and Total their number: a paged query gives Rows from
	// Offset of Total. Total is len(Rows) for other queries, and 0 for a
	// page past the end.
	Offset, Total int
}

// Runner runs Gizmo on a store.
type Runner struct {
	Store *store.Store
	// Limit bounds the number of results; 0 means DefaultLimit. For a
	// paged query it is the size of the page; 0 means DefaultPage.
	Limit int
	// Offset skips the first rows of a paged query; other queries take none.
	Offset int
	// Articles is how many articles each row lists (see Options.Articles).
	Articles int
	// From, To and AsOf are days (YYYY-MM-DD) that window the answer (see
	// Options.From).
	From, To, AsOf string
	// MinConfidence leaves out less certain facts (see Options).
	MinConfidence float64
	// ArticlesOnly leaves out the catalog's standing facts (see Options).
	ArticlesOnly bool
}

// Run resolves args, the names a person typed for q's parameters, to
// entities and runs q. A name that matches no entity, or several, fails
// with the store's *NotFoundError or *AmbiguousError; but a store that
// holds no article yet answers every query with no rows.
func (r *Runner) Run(ctx context.Context, q *Query, args map[string]string) (*Result, error) {
	values := make(map[string]string, len(q.Params))
	for _, p := range q.Params {
		name, ok := args[p.Name]
		switch {
		case !ok && !p.Optional:
			return nil, &ArgError{q, "missing " + strings.ToUpper(p.Name)}
		case !ok || (p.Optional && strings.TrimSpace(name) == ""):
			values[p.Name] = ""
			continue
		}
		ent, err := r.Store.Resolve(ctx, name)
		var notFound *store.NotFoundError
		if errors.As(err, &notFound) {
			if st, serr := r.Store.Stats(ctx); serr == nil && st.Articles == 0 {
				return &Result{Columns: q.Columns}, nil
			}
		}
		if err != nil {
			return nil, err
		}
		values[p.Name] = ent.IRI.String()
	}
	for name := range args {
		if !q.hasParam(name) {
			return nil, &ArgError{q, fmt.Sprintf("unknown parameter %q", name)}
		}
	}
	if r.Offset != 0 && !q.Paged {
		return nil, &ArgError{q, "gives all its rows at once; only paged queries (evidence, mentions) take an offset"}
	}
	if r.Offset < 0 || r.Articles < AllArticles {
		return nil, &ArgError{q, "offset and articles cannot be negative"}
	}
	opts := Options{Articles: r.Articles, Limit: r.Limit, Offset: r.Offset, From: r.From, To: r.To, AsOf: r.AsOf, MinConfidence: r.MinConfidence, ArticlesOnly: r.ArticlesOnly}
	if q.Paged && opts.Limit <= 0 {
		opts.Limit = DefaultPage
	}
	program := q.ProgramWith(values, opts)
	rows, err := r.Gizmo(ctx, program)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", q.Name, err)
	}
	res := &Result{Columns: q.Columns, Rows: rows, Program: program, Offset: r.Offset, Total: len(rows)}
	if q.Paged && len(rows) > 0 {
		if m, ok := rows[0].(map[string]any); ok {
			if n, ok := m["total"].(int64); ok {
				res.Total = int(n)
			} else if f, ok := m["total"].(float64); ok {
				res.Total = int(f)
			}
		}
	}
	return res, nil
}

func (q *Query) hasParam(name string) bool {
	for _, p := range q.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// Gizmo runs a Gizmo program and returns what it emitted, collated as JSON
// values: objects, arrays, strings and numbers.
func (r *Runner) Gizmo(ctx context.Context, program string) ([]any, error) {
	limit := r.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	it, err := query.Execute(ctx, r.Store.QuadStore(), "gizmo", program, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	return out, it.Err()
}

// RawResult shapes the output of a raw Gizmo program for printing: the
// union of the keys of the objects it emitted as columns, or a single
// "result" column when it emitted anything else.
func RawResult(rows []any) *Result {
	keys := map[string]bool{}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			wrapped := make([]any, len(rows))
			for i, v := range rows {
				wrapped[i] = Row{"result": v}
			}
			return &Result{Columns: []string{"result"}, Rows: wrapped}
		}
		for k := range m {
			keys[k] = true
		}
	}
	cols := make([]string, 0, len(keys))
	for k := range keys {
		cols = append(cols, k)
	}
	sort.Strings(cols)
	return &Result{Columns: cols, Rows: rows}
}

// Cell renders the value of column c in row r as text, joining lists with sep.
func Cell(r any, c string, sep string) string {
	m, ok := r.(map[string]any)
	if !ok {
		return ""
	}
	switch v := m[c].(type) {
	case nil:
		return ""
	case string:
		return v
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = fmt.Sprint(e)
		}
		return strings.Join(parts, sep)
	default:
		return fmt.Sprint(v)
	}
}
