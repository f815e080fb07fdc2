package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/julienschmidt/httprouter"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/queries"
)

// The canned queries over HTTP:
//
//	GET /api/canned              the queries: name, question, parameters, columns
//	GET /api/canned/NAME?entity=X  one query's rows, as 'entente query NAME X --format json'
//	GET /canned                  a page with a form per query and the answer as a table
//
// A query of one parameter takes it as "entity" or by its own name ("person");
// a query of two takes "a" and "b".

func (h *Handler) cannedRoutes() {
	h.router.GET("/api/canned", h.serveCannedList)
	h.router.GET("/api/canned/:name", h.serveCanned)
	h.router.GET("/canned", h.serveCannedPage)
	h.router.GET("/article", h.serveArticle)
}

// cannedInfo describes a query in GET /api/canned.
type cannedInfo struct {
	Name     string   `json:"name"`
	Question string   `json:"question"`
	Params   []string `json:"params"`
	Optional []string `json:"optional,omitempty"`
	Columns  []string `json:"columns"`
	Usage    string   `json:"usage"`
}

func info(q *queries.Query) cannedInfo {
	ci := cannedInfo{Name: q.Name, Question: q.Question, Columns: q.Columns, Usage: q.Usage(), Params: []string{}}
	for _, p := range q.Params {
		ci.Params = append(ci.Params, p.Name)
		if p.Optional {
			ci.Optional = append(ci.Optional, p.Name)
		}
	}
	return ci
}

func (h *Handler) serveCannedList(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	out := []cannedInfo{}
	for _, q := range queries.All() {
		out = append(out, info(q))
	}
	writeJSON(w, http.StatusOK, out)
}

// paramError is a request whose parameters do not fit the query.
type paramError struct{ msg string }

func (e paramError) Error() string { return e.msg }

// cannedArgs maps the request's query string to q's parameters.
func cannedArgs(q *queries.Query, form url.Values) (map[string]string, error) {
	args := map[string]string{}
	for key, vals := range form {
		name := key
		if key == "entity" && len(q.Params) == 1 {
			name = q.Params[0].Name
		}
		known := false
		for _, p := range q.Params {
			known = known || p.Name == name
		}
		if !known {
			return nil, paramError{fmt.Sprintf("%s takes %s; unknown parameter %q", q.Name, paramList(q), key)}
		}
		if len(vals) != 1 {
			return nil, paramError{fmt.Sprintf("parameter %q given %d times", key, len(vals))}
		}
		args[name] = vals[0]
	}
	for _, p := range q.Params {
		if _, ok := args[p.Name]; !ok && !p.Optional {
			return nil, paramError{fmt.Sprintf("%s needs %s", q.Name, paramList(q))}
		}
	}
	return args, nil
}

func paramList(q *queries.Query) string {
	if len(q.Params) == 0 {
		return "no parameters"
	}
	var names []string
	for _, p := range q.Params {
		n := p.Name
		if len(q.Params) == 1 && p.Name != "entity" {
			n += " (or entity)"
		}
		if p.Optional {
			n += ", optional"
		}
		names = append(names, n)
	}
	if len(names) == 1 {
		return "parameter " + names[0]
	}
	return "parameters " + strings.Join(names, " and ")
}

// runCanned runs the named query with the request's parameters; the status
// says what went wrong when err is not nil.
func (h *Handler) runCanned(r *http.Request, name string, form url.Values) (*queries.Query, *queries.Result, int, error) {
	q, ok := queries.Lookup(name)
	if !ok {
		return nil, nil, http.StatusNotFound, fmt.Errorf("no canned query named %q; GET /api/canned lists them", name)
	}
	runner, err := h.cannedRunner(q, form)
	if err != nil {
		return q, nil, http.StatusBadRequest, err
	}
	args, err := cannedArgs(q, form)
	if err != nil {
		return q, nil, http.StatusBadRequest, err
	}
	for _, p := range q.Params {
		// Resolution and suggestions cost time with the name's length.
		if n := len(args[p.Name]); n > h.cfg.MaxNameLength {
			return q, nil, http.StatusBadRequest, fmt.Errorf("parameter %s is %d bytes long; a name is at most %d", p.Name, n, h.cfg.MaxNameLength)
		}
	}
	if !h.canned.acquire(r.Context()) {
		return q, nil, http.StatusServiceUnavailable, errBusy
	}
	defer h.canned.release()
	ctx, done := h.bound(r.Context())
	defer done()
	res, err := runner.Run(ctx, q, args)
	if code, msg, ok := h.statusOf(ctx, r); ok {
		return q, nil, code, errors.New(msg)
	}
	var (
		notFound  *store.NotFoundError
		ambiguous *store.AmbiguousError
	)
	switch {
	case err == nil:
		return q, res, http.StatusOK, nil
	case errors.As(err, &notFound):
		return q, nil, http.StatusNotFound, err
	case errors.As(err, &ambiguous):
		return q, nil, http.StatusBadRequest, err
	default:
		return q, nil, http.StatusInternalServerError, err
	}
}

// cannedOptions are the parameters every canned query takes besides its
// own: how many of a row's articles to list, and for a paged query the
// page's size and start.
var cannedOptions = []string{"articles", "limit", "offset", "from", "to", "as_of", "min_confidence", "articles_only"}

// cannedRunner reads the options a request gives (and takes them out of
// form): articles=N|all, from, to and as_of (days), and for paged queries
// limit and offset, as the command line's --articles, --from, --to,
// --as-of, --limit and --offset.
func (h *Handler) cannedRunner(q *queries.Query, form url.Values) (*queries.Runner, error) {
	r := &queries.Runner{Store: h.cfg.Store, Limit: h.cfg.MaxRows}
	if q.Paged {
		r.Limit = queries.DefaultPage
	}
	for _, key := range cannedOptions {
		vals, ok := form[key]
		if !ok {
			continue
		}
		delete(form, key)
		if len(vals) != 1 {
			return nil, paramError{fmt.Sprintf("parameter %q given %d times", key, len(vals))}
		}
		v := vals[0]
		if day, ok := map[string]*string{"from": &r.From, "to": &r.To, "as_of": &r.AsOf}[key]; ok {
			d, err := queries.ParseDay(key, v, key != "from")
			if err != nil {
				return nil, paramError{err.Error()}
			}
			*day = d
			continue
		}
		if key == "articles_only" {
			only, err := parseArticlesOnly(v)
			if err != nil {
				return nil, err
			}
			r.ArticlesOnly = only
			continue
		}
		if key == "min_confidence" {
			c, err := strconv.ParseFloat(v, 64)
			if err != nil || c < 0 || c > 1 {
				return nil, paramError{fmt.Sprintf("min_confidence: want a number from 0 to 1, got %q", v)}
			}
			r.MinConfidence = c
			continue
		}
		if key == "articles" {
			n, err := queries.ParseArticles(v)
			if err != nil {
				return nil, paramError{err.Error()}
			}
			r.Articles = n
			continue
		}
		if !q.Paged {
			return nil, paramError{fmt.Sprintf("%s gives all its rows at once; %s is for evidence and mentions", q.Name, key)}
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || (key == "limit" && (n == 0 || n > h.cfg.MaxRows)) {
			return nil, paramError{fmt.Sprintf("%s: want a number of rows from 1 to %d, got %q", key, h.cfg.MaxRows, v)}
		}
		if key == "limit" {
			r.Limit = n
		} else {
			r.Offset = n
		}
	}
	return r, nil
}

// errBusy is runCanned's error when no slot was free.
var errBusy = errors.New("busy")

func (h *Handler) serveCanned(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	_, res, code, err := h.runCanned(r, ps.ByName("name"), r.URL.Query())
	if errors.Is(err, errBusy) {
		h.canned.busy(w, "canned queries")
		return
	}
	if err != nil {
		writeJSON(w, code, errorBody{err.Error()})
		return
	}
	rows := res.Rows
	if rows == nil {
		rows = []any{}
	}
	writeJSON(w, http.StatusOK, rows)
}

// cannedPage is what the /canned template shows.
type cannedPage struct {
	Queries []cannedForm
	Current *cannedForm
	Columns []string
	Rows    [][]cell
	Error   string
	// Program is the Gizmo of the current query with its parameters, for
	// the link into Cayley's query editor.
	Program string
}

// cell is one cell of the answer table: text, or articles named by
// their titles.
type cell struct {
	Text     string
	Articles []article
}

type article struct {
	File, Title, Link string
	// Catalog is the catalog in the place of an article: the row rests on
	// a standing fact, which no article states and no page shows.
	Catalog bool
}

type cannedForm struct {
	cannedInfo
	Values map[string]string
}

func (h *Handler) serveCannedPage(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	page := cannedPage{}
	form := r.URL.Query()
	current := form.Get("q")
	form.Del("q")
	for _, q := range queries.All() {
		f := cannedForm{cannedInfo: info(q), Values: map[string]string{}}
		if q.Name == current {
			for _, p := range q.Params {
				f.Values[p.Name] = form.Get(p.Name)
			}
			for _, k := range []string{"articles", "from", "to", "as_of", "articles_only"} {
				f.Values[k] = form.Get(k)
			}
		}
		page.Queries = append(page.Queries, f)
	}
	code := http.StatusOK
	if current != "" {
		for k, v := range form { // empty optional fields mean "not given"
			if len(v) == 1 && strings.TrimSpace(v[0]) == "" {
				form.Del(k)
			}
		}
		q, res, status, err := h.runCanned(r, current, form)
		if errors.Is(err, errBusy) {
			h.canned.busy(w, "canned queries")
			return
		}
		if q != nil {
			for i := range page.Queries {
				if page.Queries[i].Name == q.Name {
					page.Current = &page.Queries[i]
				}
			}
		}
		if err != nil {
			code, page.Error = status, err.Error()
		} else {
			page.Columns = res.Columns
			page.Rows = h.cells(r.Context(), res)
			page.Program = res.Program
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	if err := cannedTemplate.Execute(w, page); err != nil {
		fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(err.Error()))
	}
}

var cannedTemplate = template.Must(template.New("canned").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Entente — canned queries</title>
<link rel="stylesheet" href="/static/third_party/flatly/bootstrap.min.css">
<style>
body { padding: 1em 2em; }
form.canned { margin: 0.3em 0; }
form.canned input[type=text] { width: 14em; }
.question { color: #555; margin-left: 0.5em; }
table.answer { margin-top: 1em; }
</style>
</head>
<body>
<h1>Canned queries</h1>
<p>Names may be typed as any alias, in any case. <a href="/">Query editor</a> · <a href="/ui/visualize">Visualize</a></p>
{{range .Queries}}
<form class="canned form-inline" method="get" action="/canned" id="form-{{.Name}}">
  <input type="hidden" name="q" value="{{.Name}}">
  <button type="submit" class="btn btn-sm btn-primary">{{.Name}}</button>
  {{$values := .Values}}{{range .Params}}<input type="text" class="form-control input-sm" name="{{.}}" placeholder="{{.}}" value="{{index $values .}}"> {{end}}<input type="text" class="form-control input-sm articles" name="articles" size="6" placeholder="articles: 5" title="how many of a row's articles to list, the most recent, or all" value="{{index $values "articles"}}"><input type="date" class="form-control input-sm" name="from" title="only articles dated on or after this day" value="{{index $values "from"}}"><input type="date" class="form-control input-sm" name="to" title="only articles dated on or before this day" value="{{index $values "to"}}"><input type="date" class="form-control input-sm" name="as_of" title="as of this day: posts go to whoever was seen in them last" value="{{index $values "as_of"}}"><label class="articles-only" title="leave out the catalog's standing facts (Kremlin part-of Russia): only what articles state"><input type="checkbox" name="articles_only" value="1"{{if index $values "articles_only"}} checked{{end}}> articles only</label>
  <span class="question">{{.Question}}</span>
</form>
{{end}}
{{with .Current}}<h2 id="answer-title">{{.Name}}</h2>{{end}}
{{if .Error}}<div class="alert alert-danger" id="error">{{.Error}}</div>{{end}}
{{if .Current}}{{if not .Error}}
{{if .Rows}}
<table class="table table-striped table-condensed answer" id="answer">
<thead><tr>{{range .Columns}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>{{range .Rows}}<tr>{{range .}}<td>{{if .Articles}}{{range $i, $a := .Articles}}{{if $i}}; {{end}}{{if $a.Catalog}}<span class="catalog" title="a standing fact of the catalog, stated by no article">catalog</span>{{else}}<a class="article" href="{{$a.Link}}" title="{{$a.File}}">{{$a.Title}}</a>{{end}}{{end}}{{else}}{{.Text}}{{end}}</td>{{end}}</tr>{{end}}</tbody>
</table>
{{else}}<p id="answer-empty">No results.</p>{{end}}
<p><a href="/" id="open-editor">Open this query in the query editor</a></p>
<script>
document.getElementById("open-editor").addEventListener("click", function (ev) {
  ev.preventDefault();
  if (localStorage.getItem("cayleySavedQueriesgraphql") === null) {
    localStorage.setItem("cayleySavedQueriesgraphql", "{\n  nodes(first: 10){\n    id\n  }\n}");
    localStorage.setItem("cayleySavedQueriesmql", "[{\n  \"id\": \"Hello World\"\n}]");
  }
  localStorage.setItem("cayleyQueryLang", "gizmo");
  localStorage.setItem("cayleySavedQueriesgizmo", {{.Program}});
  window.location = "/";
});
</script>
{{end}}{{end}}
</body>
</html>
`))

// articleColumns hold article file names, shown by their titles unless
// the query has a title column of its own.
var articleColumns = map[string]bool{"articles": true, "article": true}

// cells renders res's rows as table cells, articles by their titles.
func (h *Handler) cells(ctx context.Context, res *queries.Result) [][]cell {
	byTitle := !slices.Contains(res.Columns, "title")
	var files []string
	for _, row := range res.Rows {
		m, _ := row.(map[string]any)
		for c := range articleColumns {
			switch v := m[c].(type) {
			case string:
				files = append(files, v)
			case []any:
				for _, f := range v {
					if s, ok := f.(string); ok {
						files = append(files, s)
					}
				}
			}
		}
	}
	titles := map[string]string{}
	if byTitle && len(files) > 0 {
		titles = h.articleTitles(ctx, files)
	}
	var out [][]cell
	for _, row := range res.Rows {
		cells := make([]cell, len(res.Columns))
		for i, c := range res.Columns {
			cells[i].Text = queries.Cell(row, c, ", ")
			if !byTitle || !articleColumns[c] {
				continue
			}
			m, _ := row.(map[string]any)
			var names []string
			switch v := m[c].(type) {
			case string:
				names = []string{v}
			case []any:
				for _, f := range v {
					names = append(names, fmt.Sprint(f))
				}
			}
			for _, f := range names {
				if f == graph.CatalogName && m["catalog"] == true {
					cells[i].Articles = append(cells[i].Articles, article{Title: f, Catalog: true})
					continue
				}
				t := titles[f]
				if t == "" {
					t = f
				}
				cells[i].Articles = append(cells[i].Articles, article{File: f, Title: t, Link: articleLink(f, m)})
			}
		}
		out = append(out, cells)
	}
	return out
}

// articleTitles maps article file names to the titles the store holds.
func (h *Handler) articleTitles(ctx context.Context, files []string) map[string]string {
	slices.Sort(files)
	files = slices.Compact(files)
	nodes := make([]quad.Value, len(files))
	for i, f := range files {
		nodes[i] = graph.ArticleIRI(f)
	}
	qs := h.cfg.Store.QuadStore()
	out := map[string]string{}
	// A title missing or not read in time leaves the file name, which is
	// still an answer.
	path.StartPath(qs, nodes...).Save(graph.PredFile, "file").Out(graph.PredTitle).Tag("title").
		Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) {
		f, t := m["file"], m["title"]
		if f != nil && t != nil {
			out[fmt.Sprint(quad.NativeOf(f))] = strings.TrimSpace(fmt.Sprint(quad.NativeOf(t)))
		}
	})
	return out
}
