package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/multi"

	"github.com/entente/entente/graph"
)

// DOTEncoder writes a view as a Graphviz digraph with gonum's DOT encoder:
// nodes filled with the colour of their type and labelled with the
// canonical name, edges labelled with the predicate, coloured by family and
// drawn thicker the more articles state them. Symmetric facts have no
// arrowhead.
type DOTEncoder struct{ w io.Writer }

// NewDOTEncoder returns an encoder that writes DOT to w.
func NewDOTEncoder(w io.Writer) *DOTEncoder { return &DOTEncoder{w} }

// Encode writes v as one DOT digraph.
func (e *DOTEncoder) Encode(v *graph.View) error {
	g := dotGraph{DirectedGraph: multi.NewDirectedGraph(), legend: dotLegend(v)}
	index := make(map[string]gonum.Node, len(v.Nodes))
	for i, n := range v.Nodes {
		node := dotNode{id: int64(i), n: n}
		g.AddNode(node)
		index[n.ID] = node
	}
	for i, ed := range v.Edges {
		from, to := index[ed.Source], index[ed.Target]
		if from == nil || to == nil {
			return fmt.Errorf("export: edge %s has an end that is not a node of the view", ed.ID())
		}
		g.SetLine(dotLine{from: from, to: to, id: int64(i), e: ed})
	}
	b, err := dot.MarshalMulti(g, "entente", "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = e.w.Write(b)
	return err
}

// dotGraph is the multigraph of a view with the defaults of its drawing.
type dotGraph struct {
	*multi.DirectedGraph
	legend string
}

func (d dotGraph) DOTAttributers() (g, n, e encoding.Attributer) {
	ga := encoding.Attributes{
		{Key: "rankdir", Value: "LR"},
		{Key: "bgcolor", Value: "white"},
		{Key: "fontname", Value: "Helvetica"},
		{Key: "nodesep", Value: "0.3"},
		{Key: "ranksep", Value: "0.9"},
	}
	if d.legend != "" {
		ga = append(ga, encoding.Attribute{Key: "labelloc", Value: "b"}, encoding.Attribute{Key: "label", Value: d.legend})
	}
	g = &ga
	n = &encoding.Attributes{
		{Key: "style", Value: "filled"},
		{Key: "fontname", Value: "Helvetica"},
		{Key: "fontsize", Value: "11"},
		{Key: "fontcolor", Value: "white"},
		{Key: "penwidth", Value: "0"},
	}
	e = &encoding.Attributes{
		{Key: "fontname", Value: "Helvetica"},
		{Key: "fontsize", Value: "9"},
		{Key: "arrowsize", Value: "0.7"},
	}
	return g, n, e
}

// dotLegend is an HTML-like graph label that shows the colour of each
// entity type and predicate family in v.
func dotLegend(v *graph.View) string {
	types := make(map[graph.EntityType]bool)
	for _, n := range v.Nodes {
		types[n.Type] = true
	}
	families := make(map[graph.Family]bool)
	for _, e := range v.Edges {
		families[e.Family()] = true
	}
	var b strings.Builder
	for _, s := range Styles {
		if types[s.Type] {
			fmt.Fprintf(&b, `<td bgcolor="%s" width="12" height="12"></td><td align="left">%s</td>`, s.Colour, s.Type)
		}
	}
	for _, f := range []graph.Family{graph.Role, graph.Alliance, graph.Hostility, graph.Contact} {
		if families[f] {
			fmt.Fprintf(&b, `<td align="left"><font color="%s">&#9472;&#9472; %s</font></td>`, EdgeColour(f), f)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return `<<table border="0" cellspacing="6"><tr>` + b.String() + `</tr></table>>`
}

// dotNode is an entity as a DOT node.
type dotNode struct {
	id int64
	n  graph.ViewNode
}

func (n dotNode) ID() int64     { return n.id }
func (n dotNode) DOTID() string { return n.n.ID }

func (n dotNode) Attributes() []encoding.Attribute {
	st := StyleOf(n.n.Type)
	tooltip := string(n.n.Type)
	if len(n.n.Aliases) > 0 {
		tooltip += "; also " + strings.Join(n.n.Aliases, ", ")
	}
	return []encoding.Attribute{
		{Key: "label", Value: n.n.Name},
		{Key: "shape", Value: st.DOTShape},
		{Key: "fillcolor", Value: st.Colour},
		{Key: "tooltip", Value: tooltip},
	}
}

// dotLine is a fact as a DOT edge.
type dotLine struct {
	from, to gonum.Node
	id       int64
	e        graph.ViewEdge
}

func (l dotLine) From() gonum.Node         { return l.from }
func (l dotLine) To() gonum.Node           { return l.to }
func (l dotLine) ID() int64                { return l.id }
func (l dotLine) ReversedLine() gonum.Line { return dotLine{from: l.to, to: l.from, id: l.id, e: l.e} }

func (l dotLine) Attributes() []encoding.Attribute {
	c := EdgeColour(l.e.Family())
	attrs := []encoding.Attribute{
		{Key: "label", Value: edgeLabel(l.e)},
		{Key: "color", Value: c},
		{Key: "fontcolor", Value: c},
		{Key: "penwidth", Value: strconv.FormatFloat(penWidth(l.e.Weight()), 'f', -1, 64)},
		{Key: "weight", Value: strconv.Itoa(l.e.Weight())},
		{Key: "tooltip", Value: strings.Join(sourceNames(l.e), ", ") + "; confidence " + strconv.FormatFloat(l.e.Confidence, 'g', -1, 64)},
	}
	if l.e.Symmetric() {
		attrs = append(attrs, encoding.Attribute{Key: "dir", Value: "none"})
	}
	if l.e.Catalog && l.e.Weight() == 0 {
		// A standing fact of the catalog that no article states.
		attrs = append(attrs, encoding.Attribute{Key: "style", Value: "dashed"})
	}
	return attrs
}
