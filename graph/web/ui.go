package web

import (
	"context"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/entente/entente/graph/store"
)

// Entente's face on Cayley's UI: every page gets an Entente header, in
// place of Cayley's, that names the store's counts and links the canned
// questions, and loads assets/entente.js (the example query, edge labels
// on Visualize).

//go:embed assets/entente.js
var assets embed.FS

// exampleQuery opens the editor on a first visit: who backs whom, by name,
// tagged so that Visualize draws it with labelled edges.
const exampleQuery = `// Who supports or is allied with whom? Run it here, or on Visualize to draw it.
// More questions, with forms: /canned
g.V().Tag("source").Save("<name>", "source_label")
  .Out(["<supports>", "<allied-with>"], "predicate")
  .Tag("target").Save("<name>", "target_label")
  .All()
`

// navbar replaces Cayley's "top_navbar" template. It keeps the elements
// Cayley's scripts use: #logo, which its run animation draws on, and
// #alertBox, where the Write page reports.
const navbar = `{{define "top_navbar"}}
  <div class="navbar navbar-fixed-top" role="navigation" id="entente-header">
    <div id="alertBox" class="alert"></div>
    <div class="container-fluid">
      <div class="navbar-header">
        <button type="button" class="navbar-toggle navbar-color-back" data-toggle="offcanvas" data-target=".sidebar-nav">
          <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
        </button>
        <div id="logo-div">
          <div id="logo" class="hide-small"></div>
          <h1>Entente</h1>
        </div>
        <p class="entente-line hide-small">
          <span id="entente-counts">{{ententeCounts}}</span> <span class="entente-cayley">· editor and Visualize by Cayley 0.7.7</span><br>
          <a href="/canned" id="entente-canned"><b>Canned questions</b></a>: who supports whom, who holds which post, who met whom, and the sentences that say so
        </p>
      </div>
    </div>
  </div>
  <style>
    body { padding-top: 110px; }
    .entente-line { position: absolute; left: 330px; right: 20px; top: 22px; color: #555; line-height: 1.6; }
    .entente-cayley { color: #999; }
    #visualize { height: calc(100vh - 450px); min-height: 300px; }
  </style>
  <div id="entente-example" data-query="{{ententeExample}}" hidden></div>
  <script src="/entente/entente.js"></script>
{{end}}`

// uiTemplates parses Cayley's templates in dir with Entente's header.
func (h *Handler) uiTemplates(dir string) (*template.Template, error) {
	t, err := template.New("cayley").Funcs(template.FuncMap{
		"ententeCounts":  h.countsLine,
		"ententeExample": func() string { return exampleQuery },
	}).ParseGlob(dir)
	if err != nil {
		return nil, err
	}
	return t.Parse(navbar)
}

// stats caches the store's counts for the header: counting edges takes a
// pass over every fact, too much for each page view of a large store.
type statsCache struct {
	mu   sync.Mutex
	at   time.Time
	line string
}

const statsMaxAge = time.Minute

// countsLine is the header's line of counts, or why there is none.
func (h *Handler) countsLine() string {
	c := &h.stats
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.line != "" && time.Since(c.at) < statsMaxAge {
		return c.line
	}
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	st, err := h.cfg.Store.Stats(ctx)
	if err != nil {
		return "counts unavailable: " + err.Error()
	}
	c.line, c.at = countsText(st), time.Now()
	return c.line
}

func countsText(st store.Stats) string {
	n := func(v int64, one, many string) string {
		if v == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", v, many)
	}
	return strings.Join([]string{
		n(st.Articles, "article", "articles"),
		n(st.Entities, "entity", "entities"),
		n(st.Facts, "fact stated", "facts stated"),
		n(st.Edges, "distinct edge", "distinct edges"),
		n(st.Quads, "quad", "quads"),
	}, " · ")
}

func (h *Handler) serveAsset(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	b, err := assets.ReadFile("assets/" + strings.TrimPrefix(ps.ByName("file"), "/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Write(b)
}
