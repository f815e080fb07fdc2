package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/entente/entente/graph"
)

// GraphMLEncoder writes a view as GraphML with typed <key> declarations for
// Cytoscape and any GraphML reader, and yEd's shape, fill and label
// extensions (with an initial layout) so that yEd shows the graph as it
// should when the file is opened. Edges are directed by default; those of
// the symmetric predicates carry directed="false".
type GraphMLEncoder struct{ w io.Writer }

// NewGraphMLEncoder returns an encoder that writes GraphML to w.
func NewGraphMLEncoder(w io.Writer) *GraphMLEncoder { return &GraphMLEncoder{w} }

// The GraphML keys: each node and edge attribute with its type.
var graphmlKeys = []gmlKey{
	{ID: "type", For: "node", Name: "type", Type: "string"},
	{ID: "name", For: "node", Name: "name", Type: "string"},
	{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
	{ID: "wikidata", For: "node", Name: "wikidata", Type: "string"},
	{ID: "predicate", For: "edge", Name: "predicate", Type: "string"},
	{ID: "family", For: "edge", Name: "family", Type: "string"},
	{ID: "symmetric", For: "edge", Name: "symmetric", Type: "boolean"},
	{ID: "weight", For: "edge", Name: "weight", Type: "int"},
	{ID: "articles", For: "edge", Name: "articles", Type: "string"},
	{ID: "first_seen", For: "edge", Name: "first_seen", Type: "string"},
	{ID: "last_seen", For: "edge", Name: "last_seen", Type: "string"},
	{ID: "confidence", For: "edge", Name: "confidence", Type: "double"},
	{ID: "evidence", For: "edge", Name: "evidence", Type: "string"},
	{ID: "catalog", For: "edge", Name: "catalog", Type: "boolean"},
	{ID: "ng", For: "node", YFiles: "nodegraphics"},
	{ID: "eg", For: "edge", YFiles: "edgegraphics"},
}

type gmlDoc struct {
	XMLName        xml.Name `xml:"graphml"`
	XMLNS          string   `xml:"xmlns,attr"`
	XMLNSXSI       string   `xml:"xmlns:xsi,attr"`
	XMLNSY         string   `xml:"xmlns:y,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Keys           []gmlKey `xml:"key"`
	Graph          gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID     string `xml:"id,attr"`
	For    string `xml:"for,attr"`
	Name   string `xml:"attr.name,attr,omitempty"`
	Type   string `xml:"attr.type,attr,omitempty"`
	YFiles string `xml:"yfiles.type,attr,omitempty"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	// Directed is "false" for the undirected edges of a graph whose
	// edges are directed by default.
	Directed string    `xml:"directed,attr,omitempty"`
	Data     []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string      `xml:"key,attr"`
	Value string      `xml:",chardata"`
	Shape *yShapeNode `xml:"y:ShapeNode,omitempty"`
	Line  *yEdge      `xml:"y:PolyLineEdge,omitempty"`
}

type yShapeNode struct {
	Geometry struct {
		Height string `xml:"height,attr"`
		Width  string `xml:"width,attr"`
		X      string `xml:"x,attr"`
		Y      string `xml:"y,attr"`
	} `xml:"y:Geometry"`
	Fill struct {
		Color       string `xml:"color,attr"`
		Transparent bool   `xml:"transparent,attr"`
	} `xml:"y:Fill"`
	Border yLineStyle `xml:"y:BorderStyle"`
	Label  yLabel     `xml:"y:NodeLabel"`
	Shape  struct {
		Type string `xml:"type,attr"`
	} `xml:"y:Shape"`
}

type yLineStyle struct {
	Color string `xml:"color,attr"`
	Type  string `xml:"type,attr"`
	Width string `xml:"width,attr"`
}

type yLabel struct {
	Alignment     string `xml:"alignment,attr"`
	FontFamily    string `xml:"fontFamily,attr"`
	FontSize      int    `xml:"fontSize,attr"`
	FontStyle     string `xml:"fontStyle,attr"`
	TextColor     string `xml:"textColor,attr"`
	ModelName     string `xml:"modelName,attr"`
	ModelPosition string `xml:"modelPosition,attr"`
	Visible       bool   `xml:"visible,attr"`
	Text          string `xml:",chardata"`
}

type yEdge struct {
	LineStyle yLineStyle `xml:"y:LineStyle"`
	Arrows    struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"y:Arrows"`
	Label yLabel `xml:"y:EdgeLabel"`
}

// Encode writes v as one GraphML document.
func (e *GraphMLEncoder) Encode(v *graph.View) error {
	doc := gmlDoc{
		XMLNS:          "http://graphml.graphdrawing.org/xmlns",
		XMLNSXSI:       "http://www.w3.org/2001/XMLSchema-instance",
		XMLNSY:         "http://www.yworks.com/xml/graphml",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd",
		Keys:           graphmlKeys,
		Graph:          gmlGraph{ID: "entente", EdgeDefault: "directed"},
	}
	pos := positions(v)
	for _, n := range v.Nodes {
		st := StyleOf(n.Type)
		shape := &yShapeNode{}
		w, h := nodeWidth(n.Name), 30.0
		shape.Geometry.Width, shape.Geometry.Height = num(w), num(h)
		shape.Geometry.X, shape.Geometry.Y = num(pos[n.ID].X-w/2), num(pos[n.ID].Y-h/2)
		shape.Fill.Color = strings.ToUpper(st.Colour)
		shape.Border = yLineStyle{Color: "#333333", Type: "line", Width: "1.0"}
		shape.Label = yLabel{Alignment: "center", FontFamily: "Dialog", FontSize: 12, FontStyle: "plain",
			TextColor: "#000000", ModelName: "internal", ModelPosition: "c", Visible: true, Text: n.Name}
		shape.Shape.Type = st.YEdShape
		node := gmlNode{ID: n.ID, Data: []gmlData{
			{Key: "type", Value: string(n.Type)},
			{Key: "name", Value: n.Name},
		}}
		if len(n.Aliases) > 0 {
			node.Data = append(node.Data, gmlData{Key: "aliases", Value: strings.Join(n.Aliases, listSep)})
		}
		if n.QID != "" {
			node.Data = append(node.Data, gmlData{Key: "wikidata", Value: n.QID})
		}
		node.Data = append(node.Data, gmlData{Key: "ng", Shape: shape})
		doc.Graph.Nodes = append(doc.Graph.Nodes, node)
	}
	for i, ed := range v.Edges {
		line := &yEdge{LineStyle: yLineStyle{Color: strings.ToUpper(EdgeColour(ed.Family())), Type: "line", Width: num(penWidth(ed.Weight()))}}
		line.Arrows.Source, line.Arrows.Target = "none", "standard"
		directed := ""
		if ed.Symmetric() {
			line.Arrows.Target = "none"
			directed = "false"
		}
		line.Label = yLabel{Alignment: "center", FontFamily: "Dialog", FontSize: 10, FontStyle: "plain",
			TextColor: "#333333", ModelName: "centered", ModelPosition: "center", Visible: true, Text: edgeLabel(ed)}
		edge := gmlEdge{ID: fmt.Sprintf("e%d", i), Source: ed.Source, Target: ed.Target, Directed: directed, Data: []gmlData{
			{Key: "predicate", Value: string(ed.Predicate)},
			{Key: "family", Value: string(ed.Family())},
			{Key: "symmetric", Value: strconv.FormatBool(ed.Symmetric())},
			{Key: "weight", Value: strconv.Itoa(ed.Weight())},
			{Key: "articles", Value: strings.Join(ed.ArticleNames(), listSep)},
		}}
		if d := ed.FirstDate(); d != "" {
			edge.Data = append(edge.Data, gmlData{Key: "first_seen", Value: d}, gmlData{Key: "last_seen", Value: ed.LastDate()})
		}
		edge.Data = append(edge.Data,
			gmlData{Key: "confidence", Value: strconv.FormatFloat(ed.Confidence, 'g', -1, 64)},
			gmlData{Key: "evidence", Value: evidenceText(ed)},
			gmlData{Key: "catalog", Value: strconv.FormatBool(ed.Catalog)},
			gmlData{Key: "eg", Line: line},
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

// nodeWidth is the width of a node box that fits name.
func nodeWidth(name string) float64 {
	return float64(max(40, 7*utf8.RuneCountInString(name)+16))
}

// penWidth is the line width of an edge stated by weight articles.
func penWidth(weight int) float64 {
	return math.Max(1, math.Min(1+float64(weight-1)*0.75, 6)) // a standing fact: no article, thinnest
}

// num formats a coordinate or a size with one decimal.
func num(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
