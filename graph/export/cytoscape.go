package export

import (
	"encoding/json"
	"fmt"
	"io"

	"gonum.org/v1/gonum/graph/formats/cytoscapejs"

	"github.com/entente/entente/graph"
)

// CytoscapeEncoder writes a view as Cytoscape.js JSON, the form cy.json()
// reads and Cytoscape's "Import Network from File" accepts:
// {"elements": {"nodes": [...], "edges": [...]}, "style": [...]}. Nodes
// carry name, type, aliases and wikidata; edges carry predicate (also as
// Cytoscape's "interaction"), weight, articles, first and last date and the
// evidence sentences. Nodes have an initial position and the style colours
// them by type.
type CytoscapeEncoder struct{ w io.Writer }

// NewCytoscapeEncoder returns an encoder that writes Cytoscape.js JSON to w.
func NewCytoscapeEncoder(w io.Writer) *CytoscapeEncoder { return &CytoscapeEncoder{w} }

// Encode writes v as one JSON document.
func (e *CytoscapeEncoder) Encode(v *graph.View) error {
	enc := json.NewEncoder(e.w)
	enc.SetIndent("", "  ")
	return enc.Encode(cytoscapeGraph(v))
}

// cytoscapeGraph is v as Cytoscape.js elements with their style.
func cytoscapeGraph(v *graph.View) cytoscapejs.GraphNodeEdge {
	g := cytoscapejs.GraphNodeEdge{
		Elements: cytoscapejs.Elements{Nodes: []cytoscapejs.Node{}, Edges: []cytoscapejs.Edge{}},
		Style:    cytoscapeStyle(),
	}
	pos := positions(v)
	for _, n := range v.Nodes {
		aliases := n.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		attrs := map[string]any{"name": n.Name, "type": string(n.Type), "aliases": aliases}
		if n.QID != "" {
			attrs["wikidata"] = n.QID
		}
		g.Elements.Nodes = append(g.Elements.Nodes, cytoscapejs.Node{
			Data:     cytoscapejs.NodeData{ID: n.ID, Attributes: attrs},
			Position: &cytoscapejs.Position{X: pos[n.ID].X, Y: pos[n.ID].Y},
		})
	}
	for i, ed := range v.Edges {
		evidence := make([]map[string]string, len(ed.Evidence))
		for j, ev := range ed.Evidence {
			evidence[j] = map[string]string{"article": ev.Article, "sentence": ev.Sentence}
		}
		attrs := map[string]any{
			"predicate":   string(ed.Predicate),
			"interaction": string(ed.Predicate),
			"family":      string(ed.Family()),
			"symmetric":   ed.Symmetric(),
			"label":       edgeLabel(ed),
			"weight":      ed.Weight(),
			"articles":    ed.ArticleNames(),
			"confidence":  ed.Confidence,
			"evidence":    evidence,
			// A standing fact of the catalog, which counts no article.
			"catalog": ed.Catalog,
		}
		if d := ed.FirstDate(); d != "" {
			attrs["first_seen"], attrs["last_seen"] = d, ed.LastDate()
		}
		g.Elements.Edges = append(g.Elements.Edges, cytoscapejs.Edge{
			Data: cytoscapejs.EdgeData{ID: fmt.Sprintf("e%d", i), Source: ed.Source, Target: ed.Target, Attributes: attrs},
		})
	}
	return g
}

// cytoscapeStyle is the Cytoscape.js stylesheet shared by the JSON export
// and the HTML page: nodes coloured and shaped by type, edges coloured by
// family and drawn thicker the more articles state them.
func cytoscapeStyle() []any {
	type rule struct {
		Selector string         `json:"selector"`
		Style    map[string]any `json:"style"`
	}
	style := []any{
		rule{"node", map[string]any{
			"label": "data(name)", "background-color": unknownStyle.Colour, "shape": unknownStyle.Shape,
			"font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "color": "#222",
			"text-outline-color": "#fff", "text-outline-width": 2, "width": 22, "height": 22,
		}},
	}
	for _, s := range Styles {
		style = append(style, rule{fmt.Sprintf("node[type = %q]", s.Type),
			map[string]any{"background-color": s.Colour, "shape": s.Shape}})
	}
	style = append(style,
		rule{"edge", map[string]any{
			"label": "data(label)", "curve-style": "bezier", "target-arrow-shape": "triangle",
			"width": "mapData(weight, 1, 6, 1.5, 6)", "line-color": EdgeColour(""), "target-arrow-color": EdgeColour(""),
			"font-size": 8, "color": "#444", "text-rotation": "autorotate",
			"text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
		}},
		rule{"edge[?symmetric]", map[string]any{"target-arrow-shape": "none"}},
		// A standing fact of the catalog that no article states is dashed.
		rule{"edge[?catalog][weight = 0]", map[string]any{"line-style": "dashed", "width": 1.5}},
	)
	for _, f := range []graph.Family{graph.Role, graph.Alliance, graph.Hostility, graph.Contact} {
		c := EdgeColour(f)
		style = append(style, rule{fmt.Sprintf("edge[family = %q]", f),
			map[string]any{"line-color": c, "target-arrow-color": c}})
	}
	style = append(style,
		rule{"node:selected", map[string]any{"border-width": 3, "border-color": "#222"}},
		rule{".faded", map[string]any{"opacity": 0.15}},
	)
	return style
}
