package export_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/loaders"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the bundled articles")

// bundledStore is a bolt store holding the five bundled articles, loaded
// through the extractor; it is built once and shared by the tests.
func bundledStore(t *testing.T) *store.Store {
	t.Helper()
	bundle.once.Do(func() { bundle.s, bundle.v, bundle.err = loadBundle() })
	if bundle.err != nil {
		t.Fatal(bundle.err)
	}
	return bundle.s
}

// bundledView is the whole graph of the bundled articles.
func bundledView(t *testing.T) *graph.View {
	t.Helper()
	bundledStore(t)
	return bundle.v
}

var bundle struct {
	once sync.Once
	dir  string
	s    *store.Store
	v    *graph.View
	err  error
}

func loadBundle() (*store.Store, *graph.View, error) {
	dir, err := os.MkdirTemp("", "entente-export-test")
	if err != nil {
		return nil, nil, err
	}
	bundle.dir = dir
	s, err := store.Open(store.Location{Backend: "bolt", Address: filepath.Join(dir, "kg.db")}, store.Options{Create: true})
	if err != nil {
		return nil, nil, err
	}
	docs, err := storetest.ExtractBundled()
	if err != nil {
		return nil, nil, err
	}
	ctx := context.Background()
	for _, doc := range docs {
		if _, err := s.Put(ctx, doc); err != nil {
			return nil, nil, err
		}
	}
	// As 'entente load' does: the catalog's standing facts among the
	// bundled entities, which the exports mark as the catalog's.
	x, err := loaders.New()
	if err != nil {
		return nil, nil, err
	}
	if _, err := s.PutStanding(ctx, x.Standing()); err != nil {
		return nil, nil, err
	}
	v, err := s.View(ctx, store.ViewOptions{})
	return s, v, err
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if bundle.s != nil {
		bundle.s.Close()
	}
	if bundle.dir != "" {
		os.RemoveAll(bundle.dir)
	}
	os.Exit(code)
}

// encode writes v in format, which must be a stream format.
func encode(t *testing.T, format string, v *graph.View) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := export.NewEncoder(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(v); err != nil {
		t.Fatalf("encode %s: %v", format, err)
	}
	return buf.Bytes()
}

// writeTemp writes b to name in a temporary directory and returns its path.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// libraryMark stands for the inlined Cytoscape.js in the HTML golden file,
// which would otherwise hold 400 KB of minified JavaScript.
const libraryMark = "/* cytoscape.min.js: see assets/README.md */"

// TestGolden compares each format's export of the bundled graph with
// testdata/bundled.*; run with -update to rewrite them after a change to the
// extractor or an encoder, and review the diff.
func TestGolden(t *testing.T) {
	v := bundledView(t)
	tests := []struct {
		format, file string
	}{
		{export.GraphML, "bundled.graphml"},
		{export.GEXF, "bundled.gexf"},
		{export.DOT, "bundled.dot"},
		{export.Cytoscape, "bundled.json"},
		{export.JSONLD, "bundled.jsonld"},
		{export.HTML, "bundled.html"},
		{export.CSV, "bundled-csv/" + export.NodesFile},
		{export.CSV, "bundled-csv/" + export.EdgesFile},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var got []byte
			switch tt.format {
			case export.CSV:
				dir := t.TempDir()
				if err := export.NewCSVEncoder(dir).Encode(v); err != nil {
					t.Fatal(err)
				}
				var err error
				if got, err = os.ReadFile(filepath.Join(dir, path.Base(tt.file))); err != nil {
					t.Fatal(err)
				}
			case export.HTML:
				got = encode(t, tt.format, v)
				if !bytes.Contains(got, []byte(export.CytoscapeJS)) {
					t.Fatal("the page does not inline Cytoscape.js")
				}
				got = bytes.Replace(got, []byte(export.CytoscapeJS), []byte(libraryMark), 1)
			default:
				got = encode(t, tt.format, v)
			}
			// The same view gives the same bytes.
			if tt.format != export.CSV {
				again := encode(t, tt.format, v)
				if tt.format == export.HTML {
					again = bytes.Replace(again, []byte(export.CytoscapeJS), []byte(libraryMark), 1)
				}
				if !bytes.Equal(got, again) {
					t.Fatal("two encodings of the same view differ")
				}
			}
			golden := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; if the change is intended, run go test ./graph/export -update and review the diff\n%s",
					tt.file, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant: %.200s\n got: %.200s", i+1, w, g)
		}
	}
	return ""
}

func TestFormatOf(t *testing.T) {
	tests := []struct{ path, want string }{
		{"g.graphml", export.GraphML},
		{"out/G.GEXF", export.GEXF},
		{"g.dot", export.DOT},
		{"g.gv", export.DOT},
		{"g.json", export.Cytoscape},
		{"g.csv", export.CSV},
		{"g.nq", export.NQuads},
		{"g.nquads", export.NQuads},
		{"g.jsonld", export.JSONLD},
		{"g.html", export.HTML},
		{"g.txt", ""},
		{"g", ""},
	}
	for _, tt := range tests {
		if got := export.FormatOf(tt.path); got != tt.want {
			t.Errorf("FormatOf(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
	for _, f := range export.Formats {
		if !export.ValidFormat(f) {
			t.Errorf("ValidFormat(%q) = false", f)
		}
	}
	if export.ValidFormat("svg") {
		t.Error(`ValidFormat("svg") = true`)
	}
}

func TestStyles(t *testing.T) {
	seen := make(map[string]graph.EntityType)
	for _, typ := range graph.EntityTypes {
		s := export.StyleOf(typ)
		if s.Type != typ || len(s.Colour) != 7 || s.Colour[0] != '#' {
			t.Errorf("StyleOf(%s) = %+v", typ, s)
		}
		if other, dup := seen[s.Colour]; dup {
			t.Errorf("%s and %s share the colour %s", typ, other, s.Colour)
		}
		seen[s.Colour] = typ
	}
	if s := export.StyleOf("Planet"); s.Colour == "" || seen[s.Colour] != "" {
		t.Errorf("an unknown type has style %+v; want a colour of its own", s)
	}
}
