package web

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
	"github.com/julienschmidt/httprouter"

	"github.com/entente/entente/graph"
)

// GET /article?file=NAME shows what the store holds of one article: its
// title and date, and every fact it states with the sentences that state
// it. /canned links each article it names here, with the fact of the row
// (s=, p=, o=) to highlight. The article's own text is not in the store.

// articleFact is one fact of an article, as the page shows it.
type articleFact struct {
	Subject, Predicate, Object string
	Evidence                   []string
	Highlight                  bool
}

type articlePage struct {
	File, Title, Date string
	Outlet, URL       string // when the article's source said
	Facts             []articleFact
	Error             string
}

// articleLink is the /article address of file, highlighting the fact of
// row when the row names one.
func articleLink(file string, row map[string]any) string {
	v := url.Values{"file": {file}}
	for key, param := range map[string]string{"source": "s", "predicate": "p", "target": "o"} {
		if s, ok := row[key].(string); ok && s != "" {
			v.Set(param, s)
		}
	}
	return "/article?" + v.Encode()
}

func (h *Handler) serveArticle(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	form := r.URL.Query()
	page := articlePage{File: form.Get("file")}
	code := http.StatusOK
	if n := len(page.File); n == 0 || n > h.cfg.MaxNameLength {
		code, page.Error = http.StatusBadRequest, fmt.Sprintf("give the article's file name as ?file=, at most %d bytes", h.cfg.MaxNameLength)
	} else if !h.canned.acquire(r.Context()) {
		h.canned.busy(w, "canned queries")
		return
	} else {
		defer h.canned.release()
		ctx, done := h.bound(r.Context())
		err := h.readArticle(ctx, &page, form.Get("s"), form.Get("p"), form.Get("o"))
		if c, msg, ok := h.statusOf(ctx, r); ok {
			code, page.Error = c, msg
		} else if err != nil {
			code, page.Error = http.StatusInternalServerError, err.Error()
		} else if page.Title == "" && len(page.Facts) == 0 {
			code, page.Error = http.StatusNotFound, fmt.Sprintf("no article %q in this store", page.File)
		}
		done()
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	if err := articleTemplate.Execute(w, page); err != nil {
		fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(err.Error()))
	}
}

// readArticle fills page from the store; s, p and o pick the fact to
// highlight, in either direction.
func (h *Handler) readArticle(ctx context.Context, page *articlePage, s, p, o string) error {
	qs := h.cfg.Store.QuadStore()
	art := graph.ArticleIRI(page.File)
	err := path.StartPath(qs, art).Save(graph.PredTitle, "title").SaveOptional(graph.PredDate, "date").
		SaveOptional(graph.PredOutlet, "outlet").SaveOptional(graph.PredURL, "url").
		Iterate(ctx).Limit(1).TagValues(qs, func(m map[string]quad.Value) {
		page.Title = fmt.Sprint(quad.NativeOf(m["title"]))
		for key, field := range map[string]*string{"date": &page.Date, "outlet": &page.Outlet, "url": &page.URL} {
			if v := m[key]; v != nil {
				*field = fmt.Sprint(quad.NativeOf(v))
			}
		}
	})
	if err != nil {
		return err
	}
	type key struct{ s, p, o string }
	facts := map[quad.Value]*articleFact{}
	var order []quad.Value
	err = path.StartPath(qs, art).In(graph.PredArticle).Has(graph.PredType, graph.TypeFact).Tag("fact").
		Save(graph.PredPredicate, "p").
		Save(graph.PredSubject, "s").Out(graph.PredSubject).Save(graph.PredName, "sn").Back("fact").
		Save(graph.PredObject, "o").Out(graph.PredObject).Save(graph.PredName, "on").Back("fact").
		SaveOptional(graph.PredEvidence, "ev").
		Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) {
		f := facts[m["fact"]]
		if f == nil {
			pred := strings.Trim(quad.StringOf(m["p"]), "<>")
			f = &articleFact{Subject: fmt.Sprint(quad.NativeOf(m["sn"])), Predicate: pred, Object: fmt.Sprint(quad.NativeOf(m["on"]))}
			sIRI, oIRI := quad.StringOf(m["s"]), quad.StringOf(m["o"])
			if p != "" && strings.Trim(p, "<>") == pred && (sIRI == s && oIRI == o || sIRI == o && oIRI == s) {
				f.Highlight = true
			}
			facts[m["fact"]] = f
			order = append(order, m["fact"])
		}
		if ev := m["ev"]; ev != nil {
			if e := fmt.Sprint(quad.NativeOf(ev)); !slices.Contains(f.Evidence, e) {
				f.Evidence = append(f.Evidence, e)
			}
		}
	})
	for _, k := range order {
		page.Facts = append(page.Facts, *facts[k])
	}
	slices.SortStableFunc(page.Facts, func(a, b articleFact) int {
		return strings.Compare(a.Subject+"\x00"+a.Predicate+"\x00"+a.Object, b.Subject+"\x00"+b.Predicate+"\x00"+b.Object)
	})
	return err
}

var articleTemplate = template.Must(template.New("article").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Entente — {{if .Title}}{{.Title}}{{else}}{{.File}}{{end}}</title>
<link rel="stylesheet" href="/static/third_party/flatly/bootstrap.min.css">
<style>
body { padding: 1em 2em; }
tr.highlight td { background: #fcf3cf; }
.file { color: #777; }
</style>
</head>
<body>
<p><a href="/canned">Canned queries</a> · <a href="/">Query editor</a></p>
{{if .Error}}<div class="alert alert-danger" id="error">{{.Error}}</div>{{else}}
<h1 id="title">{{.Title}}</h1>
<p class="file">{{.File}}{{if .Outlet}} · {{.Outlet}}{{end}}{{if .Date}} · {{.Date}}{{end}}{{if .URL}} · <a id="source" href="{{.URL}}" rel="noopener noreferrer">read it at its source</a>{{end}} · the facts Entente read in it, with the sentences that state them (the article's text is not kept)</p>
<table class="table table-condensed" id="facts">
<thead><tr><th>subject</th><th>predicate</th><th>object</th><th>evidence</th></tr></thead>
<tbody>{{range .Facts}}<tr{{if .Highlight}} class="highlight"{{end}}><td>{{.Subject}}</td><td>{{.Predicate}}</td><td>{{.Object}}</td><td>{{range $i, $e := .Evidence}}{{if $i}}<br>{{end}}{{$e}}{{end}}</td></tr>
{{end}}</tbody>
</table>
{{end}}
</body>
</html>
`))
