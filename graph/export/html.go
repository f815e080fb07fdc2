package export

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"

	"github.com/entente/entente/graph"
)

// CytoscapeJS is the pinned Cytoscape.js library that HTML pages inline;
// assets/README.md names its version and licence.
//
//go:embed assets/cytoscape.min.js
var CytoscapeJS string

//go:embed assets/page.html
var pageHTML string

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// HTMLEncoder writes a view as one self-contained HTML page that works
// offline: Cytoscape.js and the graph are inlined. The page lays the graph
// out, pans and zooms, colours nodes by type with a legend, and shows the
// facts of a clicked node with their evidence sentences and articles in a
// side panel. Once drawn, it sets data-drawn-nodes on <body> to the number
// of nodes whose colour is on the canvas, for tests and scripts.
type HTMLEncoder struct {
	w     io.Writer
	title string
}

// NewHTMLEncoder returns an encoder that writes an HTML page to w.
func NewHTMLEncoder(w io.Writer) *HTMLEncoder {
	return &HTMLEncoder{w: w, title: "Entente knowledge graph"}
}

// SetTitle sets the page's title.
func (e *HTMLEncoder) SetTitle(title string) { e.title = title }

type pageArticle struct {
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
	URL   string `json:"url,omitempty"`
}

type pageType struct {
	Type   string `json:"type"`
	Colour string `json:"colour"`
}

type pageFamily struct {
	Family string `json:"family"`
	Colour string `json:"colour"`
}

// Encode writes v as the page.
func (e *HTMLEncoder) Encode(v *graph.View) error {
	articles := make(map[string]pageArticle)
	for _, a := range v.Articles() {
		articles[a.Name] = pageArticle{Title: a.Title, Date: a.Date, URL: a.URL}
	}
	var types []pageType
	for _, s := range Styles {
		types = append(types, pageType{string(s.Type), s.Colour})
	}
	var families []pageFamily
	for _, f := range []graph.Family{graph.Role, graph.Alliance, graph.Hostility, graph.Contact} {
		families = append(families, pageFamily{string(f), EdgeColour(f)})
	}
	err := pageTemplate.Execute(e.w, map[string]any{
		"Title":    e.title,
		"Library":  template.JS(CytoscapeJS),
		"Graph":    cytoscapeGraph(v),
		"Articles": articles,
		"Types":    types,
		"Families": families,
	})
	if err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	return nil
}
