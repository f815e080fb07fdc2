package export_test

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
)

// trickyView has names and sentences that each format must escape, a
// symmetric fact, a fact from two articles and an entity of unknown type.
func trickyView() *graph.View {
	v := &graph.View{
		Nodes: []graph.ViewNode{
			{ID: "a-b", Name: `A "quoted" <name> & co`, Type: graph.Organization, Aliases: []string{"A&B", "AB"}},
			{ID: "erdogan", Name: "Recep Tayyip Erdoğan", Type: graph.Person, QID: "Q39259"},
			{ID: "mystery", Name: "Mystery", Type: ""},
			{ID: "putin", Name: "Vladimir Putin", Type: graph.Person},
		},
		Edges: []graph.ViewEdge{
			{Source: "a-b", Target: "mystery", Predicate: graph.Supports,
				Articles:   []graph.ArticleRef{{Name: "x.txt", Title: "X", Date: "2017-01-02"}, {Name: "y.txt", Date: "2018-05-06", URL: "https://wire.example/y"}},
				Evidence:   []graph.Evidence{{Article: "x.txt", Sentence: `It said "</script><script>alert(1)</script>" & left.`}, {Article: "y.txt", Sentence: "Line one,\nline two."}},
				Confidence: 0.75},
			{Source: "erdogan", Target: "putin", Predicate: graph.MetWith,
				Articles:   []graph.ArticleRef{{Name: "x.txt", Title: "X", Date: "2017-01-02"}},
				Evidence:   []graph.Evidence{{Article: "x.txt", Sentence: "Erdoğan met Putin."}},
				Confidence: 0.9},
		},
	}
	v.Sort()
	return v
}

func TestEncodersWellFormed(t *testing.T) {
	for _, v := range []*graph.View{trickyView(), {}} {
		for _, f := range []string{export.GraphML, export.GEXF} {
			out := encode(t, f, v)
			var doc struct{}
			if err := xml.Unmarshal(out, &doc); err != nil {
				t.Errorf("%s of %d nodes: not well-formed XML: %v", f, len(v.Nodes), err)
			}
		}
		for _, f := range []string{export.Cytoscape, export.JSONLD} {
			if out := encode(t, f, v); !json.Valid(out) {
				t.Errorf("%s of %d nodes: not valid JSON", f, len(v.Nodes))
			}
		}
		var cy struct {
			Elements struct {
				Nodes []any `json:"nodes"`
				Edges []any `json:"edges"`
			} `json:"elements"`
		}
		if err := json.Unmarshal(encode(t, export.Cytoscape, v), &cy); err != nil || cy.Elements.Nodes == nil || cy.Elements.Edges == nil {
			t.Errorf("cytoscape JSON of %d nodes lacks elements.nodes or elements.edges (%v)", len(v.Nodes), err)
		}
		encode(t, export.DOT, v)
		encode(t, export.HTML, v)
		if err := export.NewCSVEncoder(t.TempDir()).Encode(v); err != nil {
			t.Error(err)
		}
	}
}

func TestEncodersCarryTheData(t *testing.T) {
	v := trickyView()
	tests := []struct {
		format string
		want   []string
	}{
		{export.GraphML, []string{
			`<key id="weight" for="edge" attr.name="weight" attr.type="int">`,
			`<node id="a-b">`,
			`<data key="name">A &#34;quoted&#34; &lt;name&gt; &amp; co</data>`,
			`<data key="aliases">A&amp;B; AB</data>`,
			`<data key="wikidata">Q39259</data>`,
			`<data key="weight">2</data>`,
			`<data key="articles">x.txt; y.txt</data>`,
			`<data key="first_seen">2017-01-02</data>`,
			`<data key="last_seen">2018-05-06</data>`,
			`<y:Fill color="#59A14F" transparent="false">`,
			`<y:Shape type="hexagon">`,
			`<y:Arrows source="none" target="none">`, // the symmetric met-with
			`<edge id="e1" source="erdogan" target="putin" directed="false">`,
			`<data key="confidence">0.75</data>`,
		}},
		{export.GEXF, []string{
			`xmlns="http://gexf.net/1.3"`, `xmlns:viz="http://gexf.net/1.3/viz"`, `version="1.3"`,
			`<node id="erdogan" label="Recep Tayyip Erdoğan">`,
			`<attvalue for="type" value="Person">`,
			`<viz:color r="78" g="121" b="167">`,
			`<edge id="0" source="a-b" target="mystery" label="supports" weight="2" start="2017-01-02" end="2018-05-06">`, `mode="dynamic" timeformat="date"`,
			`<attvalue for="first_seen" value="2017-01-02">`,
			`<attvalue for="last_seen" value="2018-05-06">`,
			`<edge id="1" source="erdogan" target="putin" type="undirected" label="met-with" weight="1" start="2017-01-02" end="2017-01-02">`,
			`<attvalue for="confidence" value="0.9">`,
		}},
		{export.DOT, []string{
			`"a-b" [`, `label="A \"quoted\" <name> & co"`, `fillcolor="#59a14f"`,
			`"a-b" -> mystery [`, `label="supports (2)"`, `penwidth=1.75`,
			`erdogan -> putin [`, `dir=none`, `tooltip="x.txt, y.txt; confidence 0.75"`,
		}},
		{export.Cytoscape, []string{
			`"id": "a-b"`, `"interaction": "supports"`, `"weight": 2`, `"first_seen": "2017-01-02"`, `"confidence": 0.75`,
			`"selector": "node[type = \"Person\"]"`,
		}},
		{export.JSONLD, []string{
			`"@id": "entity:erdogan"`, `"@type": "Person"`, `"sameAs": "http://www.wikidata.org/entity/Q39259"`,
			`"met-with": [`, `"@type": "NewsArticle"`, `"@type": "Quotation"`, `"datePublished": "2017-01-02"`,
		}},
		{export.HTML, []string{
			`<title>Entente knowledge graph</title>`,
			`\u003c/script\u003e\u003cscript\u003ealert(1)`,                // the sentence cannot close the script
			`"y.txt":{"date":"2018-05-06","url":"https://wire.example/y"}`, // the page links the article's address
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := string(encode(t, tt.format, v))
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %s in\n%s", w, firstLines(out, 80))
				}
			}
		})
	}
	if html := string(encode(t, export.HTML, v)); strings.Contains(html, "<script>alert(1)") {
		t.Error("an evidence sentence injects a script into the page")
	}
}

// TestHTMLSelfContained checks that the page loads nothing: no script,
// style sheet, image or font from elsewhere.
func TestHTMLSelfContained(t *testing.T) {
	page := string(encode(t, export.HTML, trickyView()))
	page = strings.Replace(page, export.CytoscapeJS, "", 1)
	// The articles' addresses are data, links a reader may follow, not
	// something the page loads.
	page = regexp.MustCompile(`(?m)^const ARTICLES = .*$`).ReplaceAllString(page, "")
	for _, bad := range []string{"src=", "href=", "@import", "url(", "http:", "https:", "fetch(", "XMLHttpRequest"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page (less the inlined library) contains %q", bad)
		}
	}
	if strings.Count(page, "<script>") != 2 {
		t.Errorf("want two inline scripts (library and page), got %d", strings.Count(page, "<script>"))
	}
}

func TestCSVEncoder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if err := export.NewCSVEncoder(dir).Encode(trickyView()); err != nil {
		t.Fatal(err)
	}
	nodes, _ := os.ReadFile(filepath.Join(dir, "nodes.csv"))
	edges, _ := os.ReadFile(filepath.Join(dir, "edges.csv"))
	wantNodes := "id,name,type,aliases,wikidata\n" +
		"a-b,\"A \"\"quoted\"\" <name> & co\",Organization,A&B; AB,\n" +
		"erdogan,Recep Tayyip Erdoğan,Person,,Q39259\n" +
		"mystery,Mystery,,,\n" +
		"putin,Vladimir Putin,Person,,\n"
	if string(nodes) != wantNodes {
		t.Errorf("nodes.csv =\n%s\nwant\n%s", nodes, wantNodes)
	}
	if !strings.HasPrefix(string(edges), "source,target,predicate,family,symmetric,weight,articles,first_seen,last_seen,confidence,evidence,catalog\n"+
		"a-b,mystery,supports,alliance,false,2,x.txt; y.txt,2017-01-02,2018-05-06,0.75,") {
		t.Errorf("edges.csv =\n%s", edges)
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
