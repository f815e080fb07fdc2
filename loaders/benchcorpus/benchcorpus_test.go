package benchcorpus_test

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/benchcorpus"
)

// TestGenerated checks that a seed always writes the same corpus, that its
// articles differ, are dated, and state facts of every family through
// many entities, as the extractor reads them.
func TestGenerated(t *testing.T) {
	g1, err := benchcorpus.New(7)
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := benchcorpus.New(7)
	x, err := loaders.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := make(map[string]bool)
	preds := make(map[graph.Predicate]int)
	entities := make(map[string]bool)
	years := make(map[string]bool)
	const n = 200
	for i := 0; i < n; i++ {
		name, text := g1.Article(i)
		name2, text2 := g2.Article(i)
		if name != name2 || text != text2 {
			t.Fatalf("article %d differs between two generators of the same seed", i)
		}
		texts[text] = true
		doc, err := x.Extract(name, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Article.Date) < 4 {
			t.Errorf("%s: no date read from\n%s", name, text)
		} else {
			years[doc.Article.Date[:4]] = true
		}
		for _, f := range doc.Facts {
			preds[f.Predicate]++
		}
		for _, e := range doc.Entities {
			entities[e.Name] = true
		}
	}
	if len(texts) != n {
		t.Errorf("%d distinct texts of %d articles", len(texts), n)
	}
	for _, p := range []graph.Predicate{graph.Supports, graph.AlliedWith, graph.CooperatesWith, graph.Fights,
		graph.Opposes, graph.SpokeWith, graph.MetWith, graph.Congratulated} {
		if preds[p] < n/20 {
			t.Errorf("%d facts %s in %d articles; want at least %d", preds[p], p, n, n/20)
		}
	}
	if len(entities) < 150 || len(years) < 10 {
		t.Errorf("%d entities over %d years; want a corpus that varies more", len(entities), len(years))
	}
}

func TestWriteCopies(t *testing.T) {
	src := fstest.MapFS{"a.txt": {Data: []byte("one")}, "b.txt": {Data: []byte("two")}}
	dir := filepath.Join(t.TempDir(), "copies")
	if err := benchcorpus.WriteCopies(dir, src, 3); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 6 {
		t.Fatalf("%d files, %v; want 6", len(entries), err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "b_copy0002.txt"))
	if string(b) != "two" {
		t.Errorf("b_copy0002.txt holds %q, want the text of b.txt", b)
	}
}
