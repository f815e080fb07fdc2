package export_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
	"github.com/entente/entente/graph/store"
)

// TestCatalogMarked checks that every format that says where a fact comes
// from marks the catalog's standing facts as the catalog's ("Kremlin
// part-of Russia", which no bundled article states), and that a view
// without them (--articles-only) has none to mark.
func TestCatalogMarked(t *testing.T) {
	v := bundledView(t)
	var kremlin *struct{ weight int }
	for _, e := range v.Edges {
		if e.Source == "kremlin" && e.Target == "russia" && e.Predicate == "part-of" {
			if !e.Catalog || e.Weight() != 0 {
				t.Fatalf("Kremlin part-of Russia: catalog %v, weight %d; want the catalog's, no article", e.Catalog, e.Weight())
			}
			kremlin = &struct{ weight int }{e.Weight()}
		}
	}
	if kremlin == nil {
		t.Fatal("the bundled view has no Kremlin part-of Russia")
	}
	// Each format's mark of that one edge.
	marks := map[string]*regexp.Regexp{
		export.GraphML: regexp.MustCompile(`(?s)<edge [^>]*source="kremlin" target="russia"[^>]*>.*?<data key="catalog">true</data>`),
		export.GEXF:    regexp.MustCompile(`(?s)<edge [^>]*source="kremlin" target="russia"[^>]*>.*?<attvalue for="catalog" value="true">`),
		export.DOT:     regexp.MustCompile(`kremlin -> russia \[[^\]]*tooltip="catalog; [^\]]*style=dashed`),
		export.JSONLD:  regexp.MustCompile(`(?s)"catalog": true,.{0,400}"isPartOf": "entente:catalog",.{0,400}"subject": "entity:kremlin"`),
	}
	for format, re := range marks {
		got := string(encode(t, format, v))
		if !re.MatchString(got) {
			t.Errorf("%s: Kremlin part-of Russia is not marked as the catalog's (%s)", format, re)
		}
	}
	for _, format := range []string{export.Cytoscape, export.HTML} {
		marked := false
		for _, e := range cytoscapeEdges(t, format, v) {
			if e.Source == "kremlin" && e.Target == "russia" {
				marked = e.Catalog && e.Weight == 0
			}
		}
		if !marked {
			t.Errorf("%s: Kremlin part-of Russia is not marked as the catalog's", format)
		}
	}
	rows := edgesCSV(t, v)
	found := false
	for _, r := range rows[1:] {
		if r["source"] == "kremlin" && r["target"] == "russia" {
			found = true
			if r["catalog"] != "true" || r["weight"] != "0" || !strings.HasPrefix(r["evidence"], "catalog: ") {
				t.Errorf("csv: Kremlin part-of Russia: %v; want catalog true, weight 0, the catalog's note", r)
			}
		}
	}
	if !found {
		t.Error("csv: no Kremlin part-of Russia")
	}

	// Without the catalog, nothing is the catalog's.
	only, err := bundledStore(t).View(context.Background(), store.ViewOptions{ArticlesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Edges) >= len(v.Edges) {
		t.Errorf("articles only: %d edges, the whole view %d", len(only.Edges), len(v.Edges))
	}
	for _, e := range only.Edges {
		if e.Catalog || e.Weight() == 0 {
			t.Errorf("articles only: %s is the catalog's (weight %d)", e.ID(), e.Weight())
		}
	}
	for _, format := range []string{export.GraphML, export.GEXF, export.DOT, export.JSONLD} {
		got := string(encode(t, format, only))
		for _, mark := range []string{`<data key="catalog">true`, `for="catalog" value="true"`, "style=dashed", `"isPartOf": "entente:catalog"`, `"catalog": true`} {
			if strings.Contains(got, mark) {
				t.Errorf("%s: articles only, yet %s", format, mark)
			}
		}
	}
	for _, format := range []string{export.Cytoscape, export.HTML} {
		for _, e := range cytoscapeEdges(t, format, only) {
			if e.Catalog {
				t.Errorf("%s: articles only, yet %s-%s is the catalog's", format, e.Source, e.Target)
			}
		}
	}
}

// cytoscapeEdges reads the edges of the Cytoscape.js export of v, or of
// the graph the HTML page carries.
func cytoscapeEdges(t *testing.T, format string, v *graph.View) []cyEdge {
	t.Helper()
	b := encode(t, format, v)
	if format == export.HTML {
		m := regexp.MustCompile(`(?m)^const GRAPH = (.*);$`).FindSubmatch(b)
		if m == nil {
			t.Fatal("html: no GRAPH in the page")
		}
		b = m[1]
	}
	var g struct {
		Elements struct {
			Edges []struct {
				Data cyEdge `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	var out []cyEdge
	for _, e := range g.Elements.Edges {
		out = append(out, e.Data)
	}
	return out
}

type cyEdge struct {
	Source, Target string
	Weight         int
	Catalog        bool
}

// edgesCSV writes the CSV export of v and reads its edges back as records
// by column name; the first is the header.
func edgesCSV(t *testing.T, v *graph.View) []map[string]string {
	t.Helper()
	dir := t.TempDir()
	if err := export.NewCSVEncoder(dir).Encode(v); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, export.EdgesFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]map[string]string, len(recs))
	for i, r := range recs {
		out[i] = make(map[string]string)
		for j, c := range r {
			out[i][recs[0][j]] = c
		}
	}
	return out
}
