//go:build slow

package export_test

// Real readers of the exports: Graphviz renders the DOT, networkx reads the
// GraphML and GEXF, Cayley's JSON-LD reader reads the JSON-LD, headless
// Chromium opens the HTML page, and the stock cayley binary re-loads the
// N-Quads. A missing reader fails the test: .ci/run installs them.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
	"github.com/entente/entente/graph/store/storetest"
)

// need returns the path of a reader program, failing the test without it.
func need(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Fatalf("%s not found: install it (Debian: see .ci/run)", names[0])
	return ""
}

// run runs a reader program with a time limit and returns its standard
// output, failing the test with its standard error if it fails.
func run(t *testing.T, timeout time.Duration, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, tail(stderr.String(), 3000))
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func TestDOTRendersWithGraphviz(t *testing.T) {
	dot := need(t, "dot")
	v := bundledView(t)
	file := writeTemp(t, "graph.dot", encode(t, export.DOT, v))
	svg := string(run(t, time.Minute, dot, "-Tsvg", file))
	if !strings.Contains(svg, "<svg") {
		t.Fatalf("dot -Tsvg wrote no SVG:\n%.500s", svg)
	}
	if got := strings.Count(svg, `class="node"`); got != len(v.Nodes) {
		t.Errorf("the SVG draws %d nodes, want %d", got, len(v.Nodes))
	}
	if got := strings.Count(svg, `class="edge"`); got != len(v.Edges) {
		t.Errorf("the SVG draws %d edges, want %d", got, len(v.Edges))
	}
	// Each node is drawn in the colour of its type, labelled with its name.
	for _, chunk := range strings.Split(svg, `class="node"`)[1:] {
		chunk, _, _ = strings.Cut(chunk, `class="edge"`)
		m := svgNode.FindStringSubmatch(chunk)
		if m == nil {
			t.Errorf("a node of the SVG has no title and fill:\n%.300s", chunk)
			continue
		}
		n, ok := v.Node(html.UnescapeString(m[1]))
		if !ok {
			t.Errorf("the SVG draws an unknown node %q", m[1])
			continue
		}
		if want := export.StyleOf(n.Type).Colour; m[2] != want {
			t.Errorf("node %s is filled with %s, want %s (%s)", n.ID, m[2], want, n.Type)
		}
		if !strings.Contains(html.UnescapeString(chunk), ">"+n.Name+"</text>") {
			t.Errorf("node %s is not labelled %q", n.ID, n.Name)
		}
	}
	// The legend names the types.
	for _, n := range v.Nodes {
		if !strings.Contains(svg, ">"+string(n.Type)+"</text>") {
			t.Errorf("the legend does not name %s", n.Type)
		}
	}
}

var svgNode = regexp.MustCompile(`(?s)<title>([^<]*)</title>.*?fill="(#[0-9a-f]{6})"`)

func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// networkxScript reads a GraphML, a GEXF and a Cytoscape.js file and prints
// what it found in each as JSON. networkx reads no mixed graph (directed and
// undirected edges together): its plain readers must refuse ours for the
// undirected edges they meet, which shows that they see them; the script
// then reads each file with networkx's own readers, told to accept such
// edges, and reports the direction of each.
const networkxScript = `
import json, sys
import networkx as nx
from networkx.readwrite.gexf import GEXFReader
from networkx.readwrite.graphml import GraphMLReader

def refusal(read, path):
    try:
        read(path)
    except nx.NetworkXError as e:
        return str(e)
    return ""

undirected = {"graphml": set(), "gexf": set()}

class MixedGraphML(GraphMLReader):
    def add_edge(self, G, edge, keys):
        if edge.attrib.pop("directed", None) == "false":
            undirected["graphml"].add(edge.get("id"))
        super().add_edge(G, edge, keys)

class MixedGEXF(GEXFReader):
    def add_edge(self, G, edge, attr):
        if edge.attrib.pop("type", None) == "undirected":
            undirected["gexf"].add(edge.get("id"))
        super().add_edge(G, edge, attr)

def summary(g, fmt, weight):
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "types": {n: d.get("type") for n, d in g.nodes(data=True)},
        "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
        "edge_list": sorted([u, d.get("predicate"), v, int(d.get(weight)),
                             "undirected" if d.get("id", k) in undirected[fmt] else "directed"]
                            for u, v, k, d in g.edges(keys=True, data=True)),
    }

refusals = {"graphml": refusal(nx.read_graphml, sys.argv[1]), "gexf": refusal(nx.read_gexf, sys.argv[2])}
graphml = list(MixedGraphML(node_type=str)(path=sys.argv[1]))[0]
gexf = MixedGEXF(node_type=None, version="1.2draft")(sys.argv[2])
with open(sys.argv[3]) as f:
    cy = json.load(f)["elements"]
print(json.dumps({
    "refusals": refusals,
    "graphml": summary(graphml, "graphml", "weight"),
    "gexf": summary(gexf, "gexf", "weight"),
    "gexf_colours": {n: d["viz"]["color"] for n, d in gexf.nodes(data=True)},
    "gexf_mode": gexf.graph.get("mode"),
    "gexf_spells": sorted([u, d.get("predicate"), v, d.get("start"), d.get("end")]
                          for u, v, d in gexf.edges(data=True) if d.get("start")),
    "cytoscape": {"nodes": len(cy["nodes"]), "edges": len(cy["edges"])},
}))
`

type nxSummary struct {
	Nodes    int               `json:"nodes"`
	Edges    int               `json:"edges"`
	Types    map[string]string `json:"types"`
	Labels   map[string]string `json:"labels"`
	EdgeList [][]any           `json:"edge_list"`
}

func TestNetworkXReadsGraphMLAndGEXF(t *testing.T) {
	python := need(t, "python3")
	if _, err := exec.Command(python, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Fatalf("python3 cannot import networkx: %v (install it: pip install networkx, or Debian python3-networkx)", err)
	}
	v := bundledView(t)
	dir := t.TempDir()
	files := map[string]string{export.GraphML: "g.graphml", export.GEXF: "g.gexf", export.Cytoscape: "g.json"}
	for f, name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), encode(t, f, v), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := run(t, 2*time.Minute, python, "-c", networkxScript,
		filepath.Join(dir, "g.graphml"), filepath.Join(dir, "g.gexf"), filepath.Join(dir, "g.json"))
	var got struct {
		Refusals    map[string]string                  `json:"refusals"`
		GraphML     nxSummary                          `json:"graphml"`
		GEXF        nxSummary                          `json:"gexf"`
		GEXFColours map[string]struct{ R, G, B uint8 } `json:"gexf_colours"`
		GEXFMode    string                             `json:"gexf_mode"`
		GEXFSpells  [][]string                         `json:"gexf_spells"`
		Cytoscape   struct{ Nodes, Edges int }         `json:"cytoscape"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Cytoscape.Nodes != len(v.Nodes) || got.Cytoscape.Edges != len(v.Edges) {
		t.Errorf("cytoscape JSON: %d nodes, %d edges; the view has %d and %d",
			got.Cytoscape.Nodes, got.Cytoscape.Edges, len(v.Nodes), len(v.Edges))
	}
	var wantEdges [][]any
	symmetric := 0
	for _, e := range v.Edges {
		dir := "directed"
		if e.Symmetric() {
			dir = "undirected"
			symmetric++
		}
		wantEdges = append(wantEdges, []any{e.Source, string(e.Predicate), e.Target, float64(e.Weight()), dir})
	}
	if symmetric == 0 {
		t.Fatal("the bundled graph has no symmetric fact to write as an undirected edge")
	}
	// networkx's plain readers refuse a mixed graph, naming what they met.
	for format, want := range map[string]string{
		"graphml": "directed=false edge found in directed graph",
		"gexf":    "Undirected edge found in directed graph",
	} {
		if !strings.Contains(got.Refusals[format], want) {
			t.Errorf("%s: networkx's plain reader said %q; want it to refuse the undirected edges (%q)", format, got.Refusals[format], want)
		}
	}
	sort.Slice(wantEdges, func(i, j int) bool { return fmt.Sprint(wantEdges[i]) < fmt.Sprint(wantEdges[j]) })
	for _, tt := range []struct {
		name string
		s    nxSummary
	}{{"graphml", got.GraphML}, {"gexf", got.GEXF}} {
		if tt.s.Nodes != got.Cytoscape.Nodes || tt.s.Edges != got.Cytoscape.Edges {
			t.Errorf("%s: networkx read %d nodes and %d edges; the cytoscape JSON has %d and %d",
				tt.name, tt.s.Nodes, tt.s.Edges, got.Cytoscape.Nodes, got.Cytoscape.Edges)
		}
		sort.Slice(tt.s.EdgeList, func(i, j int) bool { return fmt.Sprint(tt.s.EdgeList[i]) < fmt.Sprint(tt.s.EdgeList[j]) })
		if fmt.Sprint(tt.s.EdgeList) != fmt.Sprint(wantEdges) {
			t.Errorf("%s: networkx read the edges (source, predicate, target, weight, direction)\n%v\nwant\n%v", tt.name, tt.s.EdgeList, wantEdges)
		}
		for _, n := range v.Nodes {
			if tt.s.Types[n.ID] != string(n.Type) {
				t.Errorf("%s: node %s has type %q, want %q", tt.name, n.ID, tt.s.Types[n.ID], n.Type)
			}
			// GraphML labels come from yEd's NodeLabel, GEXF's from the label attribute.
			if tt.s.Labels[n.ID] != n.Name {
				t.Errorf("%s: node %s has label %q, want %q", tt.name, n.ID, tt.s.Labels[n.ID], n.Name)
			}
		}
	}
	// Gephi's timeline: a dynamic graph whose dated edges keep their first
	// and last dates as start and end, as networkx reads them.
	var wantSpells [][]string
	for _, e := range v.Edges {
		if d := e.FirstDate(); d != "" {
			wantSpells = append(wantSpells, []string{e.Source, string(e.Predicate), e.Target, d, e.LastDate()})
		}
	}
	sort.Slice(wantSpells, func(i, j int) bool { return fmt.Sprint(wantSpells[i]) < fmt.Sprint(wantSpells[j]) })
	sort.Slice(got.GEXFSpells, func(i, j int) bool { return fmt.Sprint(got.GEXFSpells[i]) < fmt.Sprint(got.GEXFSpells[j]) })
	if got.GEXFMode != "dynamic" || len(wantSpells) == 0 || fmt.Sprint(got.GEXFSpells) != fmt.Sprint(wantSpells) {
		t.Errorf("gexf: networkx read mode %q and the dated edges\n%v\nwant dynamic and\n%v", got.GEXFMode, got.GEXFSpells, wantSpells)
	}
	for _, n := range v.Nodes {
		c := got.GEXFColours[n.ID]
		if hex := fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B); hex != export.StyleOf(n.Type).Colour {
			t.Errorf("gexf: node %s has viz colour %s, want %s", n.ID, hex, export.StyleOf(n.Type).Colour)
		}
	}
}

func TestJSONLDReadsAsQuads(t *testing.T) {
	v := bundledView(t)
	r := jsonld.NewReader(bytes.NewReader(encode(t, export.JSONLD, v)))
	defer r.Close()
	quads, err := quad.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	has := make(map[string]bool)
	names := make(map[string]string)
	for _, q := range quads {
		has[q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String()] = true
		if q.Predicate == quad.IRI("https://schema.org/name") {
			if ts, ok := q.Object.(quad.TypedString); ok {
				names[q.Subject.String()] = string(ts.Value)
			} else {
				names[q.Subject.String()] = quad.ToString(q.Object)
			}
		}
	}
	rdfType := "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
	schemaTypes := map[graph.EntityType]string{
		graph.Person: "Person", graph.Country: "Country", graph.Organization: "Organization",
		graph.Place: "Place", graph.Agreement: "CreativeWork",
	}
	for _, n := range v.Nodes {
		id := "<" + string(graph.EntityIRI(n.ID)) + ">"
		if want := id + " " + rdfType + " <https://schema.org/" + schemaTypes[n.Type] + ">"; !has[want] {
			t.Errorf("no quad %s", want)
		}
		if names[id] != n.Name {
			t.Errorf("%s has schema:name %q, want %q", id, names[id], n.Name)
		}
	}
	for _, e := range v.Edges {
		want := fmt.Sprintf("%s <urn:entente:%s> %s", graph.EntityIRI(e.Source), e.Predicate, graph.EntityIRI(e.Target))
		if !has[want] {
			t.Errorf("no quad %s", want)
		}
	}
	facts := 0
	for _, q := range quads {
		if q.Predicate.String() == rdfType && q.Object.String() == "<urn:entente:Fact>" {
			facts++
		}
	}
	if facts != len(v.Edges) {
		t.Errorf("%d Fact nodes, want one per edge: %d", facts, len(v.Edges))
	}
}

func TestCSVReadsBack(t *testing.T) {
	v := bundledView(t)
	dir := filepath.Join(t.TempDir(), "new", "dir")
	if err := export.NewCSVEncoder(dir).Encode(v); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return recs
	}
	nodes, edges := read(export.NodesFile), read(export.EdgesFile)
	if len(nodes) != len(v.Nodes)+1 || len(edges) != len(v.Edges)+1 {
		t.Fatalf("%d node rows and %d edge rows, want %d and %d plus headers", len(nodes)-1, len(edges)-1, len(v.Nodes), len(v.Edges))
	}
	for i, e := range v.Edges {
		row := edges[i+1]
		if row[0] != e.Source || row[1] != e.Target || row[2] != string(e.Predicate) || row[5] != strconv.Itoa(e.Weight()) ||
			row[6] != strings.Join(e.ArticleNames(), "; ") {
			t.Errorf("edge row %v does not match %+v", row, e)
		}
	}
}

// chromium runs headless Chromium on a page and returns the DOM it dumps
// once the page has settled.
func chromium(t *testing.T, url string) string {
	t.Helper()
	bin := need(t, "chromium", "chromium-browser", "google-chrome")
	out := run(t, 2*time.Minute, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--window-size=1400,900", "--virtual-time-budget=30000",
		"--dump-dom", url)
	return string(out)
}

var bodyAttr = regexp.MustCompile(`<body[^>]*\bdata-drawn-nodes="(\d+)"`)

func TestHTMLDrawsInChromium(t *testing.T) {
	v := bundledView(t)
	if len(v.Nodes) == 0 {
		t.Fatal("the bundled graph has no nodes")
	}
	page := writeTemp(t, "graph.html", encode(t, export.HTML, v))
	dom := chromium(t, "file://"+page)
	m := bodyAttr.FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("the page never finished drawing (no data-drawn-nodes on <body>):\n%.2000s", strings.SplitN(dom, "<script", 2)[0])
	}
	// A node counts as drawn when the canvas under its centre has its
	// colour; a node hidden under another or under a label may not, so
	// allow a few.
	drawn, _ := strconv.Atoi(m[1])
	if drawn < len(v.Nodes)*9/10 {
		t.Errorf("%d of %d nodes drawn on the canvas", drawn, len(v.Nodes))
	}
	for _, s := range export.Styles {
		present := false
		for _, n := range v.Nodes {
			present = present || n.Type == s.Type
		}
		if present && !strings.Contains(dom, `data-type="`+string(s.Type)+`"`) {
			t.Errorf("the legend has no entry for %s", s.Type)
		}
	}

	// A date range keeps the facts whose articles' dates meet it; once a
	// bound is set, undated facts go.
	for _, r := range []struct{ from, to string }{{"", "2017-12-31"}, {"2017-01-02", ""}, {"2016-01-01", "2016-12-31"}} {
		want := 0
		for _, e := range v.Edges {
			if e.FirstDate() != "" && (r.from == "" || e.LastDate() >= r.from) && (r.to == "" || e.FirstDate() <= r.to) {
				want++
			}
		}
		dom := chromium(t, "file://"+page+"?from="+r.from+"&to="+r.to)
		m := shownEdges.FindStringSubmatch(dom)
		if m == nil || m[1] != strconv.Itoa(want) {
			t.Errorf("dates %q to %q: the page shows %v edges, want %d of %d", r.from, r.to, m, want, len(v.Edges))
		}
	}

	// Opening the page on an entity selects it: the side panel lists its
	// facts with their evidence sentences and articles.
	var hub graph.ViewEdge
	degree := make(map[string]int)
	for _, e := range v.Edges {
		degree[e.Source]++
		if degree[e.Source] > degree[hub.Source] {
			hub = e
		}
	}
	dom = chromium(t, "file://"+page+"#"+hub.Source)
	panel := dom[strings.Index(dom, `id="panel"`):]
	panel = panel[:strings.Index(panel, "</aside>")]
	node, _ := v.Node(hub.Source)
	if !strings.Contains(panel, "<h2>"+xmlEscape(node.Name)+"</h2>") {
		t.Errorf("selecting %s: the panel has no heading with its name:\n%.1500s", hub.Source, panel)
	}
	if got := strings.Count(panel, `class="fact"`); got < degree[hub.Source] {
		t.Errorf("selecting %s: the panel lists %d facts, want at least %d", hub.Source, got, degree[hub.Source])
	}
	if ev := hub.Evidence[0]; !strings.Contains(panel, "<blockquote>"+xmlEscape(ev.Sentence)+"</blockquote>") {
		t.Errorf("selecting %s: the panel does not quote %q", hub.Source, ev.Sentence)
	}
	if want := "confidence " + strconv.FormatFloat(hub.Confidence, 'g', -1, 64); !strings.Contains(panel, want) {
		t.Errorf("selecting %s: the panel does not show the fact's %s", hub.Source, want)
	}
	if !strings.Contains(panel, hub.Articles[0].Name) {
		t.Errorf("selecting %s: the panel does not name article %s", hub.Source, hub.Articles[0].Name)
	}
}

// TestNQuadsReloadInStockCayley loads the N-Quads export into a new bolt
// store with the stock cayley command, dumps that store and compares the
// quads with the export and with the store's own count.
func TestNQuadsReloadInStockCayley(t *testing.T) {
	s := bundledStore(t)
	var buf bytes.Buffer
	n, err := export.WriteNQuads(&buf, s)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if int64(n) != st.Quads {
		t.Fatalf("wrote %d quads; the store has %d", n, st.Quads)
	}
	dir := t.TempDir()
	nq := filepath.Join(dir, "graph.nq")
	if err := os.WriteFile(nq, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cayley := storetest.StockCayley(t)
	db := filepath.Join(dir, "copy.db")
	run(t, 2*time.Minute, cayley, "load", "--db", "bolt", "--dbpath", db, "--init", "-i", nq)
	back := filepath.Join(dir, "back.nq")
	run(t, 2*time.Minute, cayley, "dump", "--db", "bolt", "--dbpath", db, "-o", back)
	got, err := os.ReadFile(back)
	if err != nil {
		t.Fatal(err)
	}
	lines := func(b []byte) []string {
		l := strings.Split(strings.TrimSpace(string(b)), "\n")
		sort.Strings(l)
		return l
	}
	want, have := lines(buf.Bytes()), lines(got)
	if len(have) != int(st.Quads) {
		t.Errorf("cayley re-loaded %d quads; entente stats counts %d", len(have), st.Quads)
	}
	if strings.Join(want, "\n") != strings.Join(have, "\n") {
		t.Errorf("the quads cayley dumps differ from the export\n%s", firstDiff(strings.Join(want, "\n"), strings.Join(have, "\n")))
	}
}

// shownEdges reads how many edges the HTML page shows within its date range.
var shownEdges = regexp.MustCompile(`data-shown-edges="(\d+)"`)
