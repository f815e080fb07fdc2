package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/entente/entente/graph"
)

// GEXFEncoder writes a view as GEXF 1.3 for Gephi: node and edge attributes
// declared with their types, viz colours by entity type and an initial
// layout, edge labels (the predicate) and weights (the number of
// articles). The graph is mixed: edges are directed but for those of the
// symmetric predicates (allied-with, met-with…), which are undirected.
type GEXFEncoder struct{ w io.Writer }

// NewGEXFEncoder returns an encoder that writes GEXF 1.3 to w.
func NewGEXFEncoder(w io.Writer) *GEXFEncoder { return &GEXFEncoder{w} }

type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XMLNSViz       string    `xml:"xmlns:viz,attr"`
	XMLNSXSI       string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	TimeFormat      string           `xml:"timeformat,attr,omitempty"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Mode       string          `xml:"mode,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfNode struct {
	ID       string        `xml:"id,attr"`
	Label    string        `xml:"label,attr"`
	Values   []gexfValue   `xml:"attvalues>attvalue"`
	Colour   gexfColour    `xml:"viz:color"`
	Position gexfPosition  `xml:"viz:position"`
	Size     gexfNumber    `xml:"viz:size"`
	Shape    gexfShapeName `xml:"viz:shape"`
}

type gexfEdge struct {
	ID        string      `xml:"id,attr"`
	Source    string      `xml:"source,attr"`
	Target    string      `xml:"target,attr"`
	Type      string      `xml:"type,attr,omitempty"` // "undirected" in a directed graph makes it mixed
	Label     string      `xml:"label,attr"`
	Weight    int         `xml:"weight,attr"`
	Start     string      `xml:"start,attr,omitempty"` // the first and last dates of its articles:
	End       string      `xml:"end,attr,omitempty"`   // Gephi's timeline shows the edge between them
	Values    []gexfValue `xml:"attvalues>attvalue"`
	Colour    gexfColour  `xml:"viz:color"`
	Thickness gexfNumber  `xml:"viz:thickness"`
}

type gexfColour struct {
	R uint8 `xml:"r,attr"`
	G uint8 `xml:"g,attr"`
	B uint8 `xml:"b,attr"`
}

type gexfPosition struct {
	X string `xml:"x,attr"`
	Y string `xml:"y,attr"`
	Z string `xml:"z,attr"`
}

type gexfNumber struct {
	Value string `xml:"value,attr"`
}

type gexfShapeName struct {
	Value string `xml:"value,attr"`
}

var gexfNodeAttributes = gexfAttributes{Class: "node", Mode: "static", Attributes: []gexfAttribute{
	{ID: "type", Title: "type", Type: "string"},
	{ID: "aliases", Title: "aliases", Type: "string"},
	{ID: "wikidata", Title: "wikidata", Type: "string"},
}}

var gexfEdgeAttributes = gexfAttributes{Class: "edge", Mode: "static", Attributes: []gexfAttribute{
	{ID: "predicate", Title: "predicate", Type: "string"},
	{ID: "family", Title: "family", Type: "string"},
	{ID: "symmetric", Title: "symmetric", Type: "boolean"},
	{ID: "articles", Title: "articles", Type: "string"},
	{ID: "first_seen", Title: "first_seen", Type: "string"},
	{ID: "last_seen", Title: "last_seen", Type: "string"},
	{ID: "confidence", Title: "confidence", Type: "double"},
	{ID: "evidence", Title: "evidence", Type: "string"},
	{ID: "catalog", Title: "catalog", Type: "boolean"},
}}

// Encode writes v as one GEXF document.
func (e *GEXFEncoder) Encode(v *graph.View) error {
	doc := gexfDoc{
		XMLNS:          "http://gexf.net/1.3",
		XMLNSViz:       "http://gexf.net/1.3/viz",
		XMLNSXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
		Meta: gexfMeta{Creator: "entente",
			Description: "Entities and facts from news articles; edge weight is the number of articles stating the fact"},
		// Dynamic, dated by day: Gephi's timeline plays the graph, each
		// fact from the first article that states it to the last.
		Graph: gexfGraph{DefaultEdgeType: "directed", Mode: "dynamic", TimeFormat: "date",
			Attributes: []gexfAttributes{gexfNodeAttributes, gexfEdgeAttributes}},
	}
	pos := positions(v)
	degree := make(map[string]int)
	for _, ed := range v.Edges {
		degree[ed.Source]++
		degree[ed.Target]++
	}
	for _, n := range v.Nodes {
		r, g, b := rgb(StyleOf(n.Type).Colour)
		node := gexfNode{
			ID: n.ID, Label: n.Name,
			Values:   []gexfValue{{"type", string(n.Type)}},
			Colour:   gexfColour{r, g, b},
			Position: gexfPosition{X: num(pos[n.ID].X), Y: num(-pos[n.ID].Y), Z: "0.0"},
			Size:     gexfNumber{num(10 + 2*float64(min(degree[n.ID], 10)))},
			Shape:    gexfShapeName{"disc"},
		}
		if len(n.Aliases) > 0 {
			node.Values = append(node.Values, gexfValue{"aliases", strings.Join(n.Aliases, listSep)})
		}
		if n.QID != "" {
			node.Values = append(node.Values, gexfValue{"wikidata", n.QID})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for i, ed := range v.Edges {
		r, g, b := rgb(EdgeColour(ed.Family()))
		edge := gexfEdge{
			ID: strconv.Itoa(i), Source: ed.Source, Target: ed.Target,
			Label: string(ed.Predicate), Weight: ed.Weight(),
			Values: []gexfValue{
				{"predicate", string(ed.Predicate)},
				{"family", string(ed.Family())},
				{"symmetric", strconv.FormatBool(ed.Symmetric())},
				{"articles", strings.Join(ed.ArticleNames(), listSep)},
			},
			Colour:    gexfColour{r, g, b},
			Thickness: gexfNumber{num(penWidth(ed.Weight()))},
		}
		if ed.Symmetric() {
			// Gephi reads a mixed graph: a symmetric fact is one undirected
			// edge, the others keep the default direction.
			edge.Type = "undirected"
		}
		if d := ed.FirstDate(); d != "" {
			edge.Start, edge.End = d, ed.LastDate()
			edge.Values = append(edge.Values, gexfValue{"first_seen", d}, gexfValue{"last_seen", ed.LastDate()})
		}
		edge.Values = append(edge.Values,
			gexfValue{"confidence", strconv.FormatFloat(ed.Confidence, 'g', -1, 64)},
			gexfValue{"evidence", evidenceText(ed)},
			gexfValue{"catalog", strconv.FormatBool(ed.Catalog)},
		)
		doc.Graph.Edges = append(doc.Graph.Edges, edge)
	}
	if _, err := io.WriteString(e.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(e.w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(e.w, "\n")
	return err
}
