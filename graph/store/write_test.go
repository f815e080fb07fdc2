package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// checkCounts compares the counts the store keeps with a pass over it.
func checkCounts(t *testing.T, s *store.Store, when string) store.Stats {
	t.Helper()
	ctx := context.Background()
	kept, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counted, err := s.Recount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if kept != counted {
		t.Errorf("%s: Stats = %+v, a pass counts %+v", when, kept, counted)
	}
	return kept
}

var (
	hezbollah = graph.Entity{Name: "Hezbollah", Type: graph.Organization}
	turkey    = graph.Entity{Name: "Turkey", Type: graph.Country, Aliases: []string{"Ankara"}}
)

// mention is a document naming only the entities given.
func mention(name, hash string, es []graph.Entity, facts ...graph.Fact) graph.Document {
	return graph.Document{
		Article:  graph.Article{Name: name, Title: "Title of " + name, Date: "2017-01-02", Hash: hash},
		Entities: es,
		Facts:    facts,
	}
}

// TestCountsKept writes, rewrites and replaces articles, alone and in
// batches, and checks after each step that the counts kept as the store is
// written equal those of a pass over the store, and that the store holds
// exactly the quads of a clean load of the final articles.
func TestCountsKept(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testCountsKept(t, b.open, b.open(t)) })
	}
}

func testCountsKept(t *testing.T, open func(*testing.T) *store.Store, s *store.Store) {
	ctx := context.Background()
	s.SetExtractor("test")
	a1 := doc("a1.txt", "h1",
		fact(russia, graph.Supports, assad, "Russia backs Assad."),
		fact(putin, graph.SpokeWith, iran, "Putin spoke with Tehran."))
	a2 := mention("a2.txt", "h2", []graph.Entity{russia, assad, hezbollah},
		fact(russia, graph.Supports, assad, "Moscow backs Assad."),
		fact(hezbollah, graph.Supports, assad, "Hezbollah backs Assad."))
	a3 := mention("a3.txt", "h3", []graph.Entity{turkey, russia},
		fact(turkey, graph.Opposes, russia, "Ankara opposes Moscow."))
	// a2 changed: Hezbollah is no longer named, so neither it nor its fact
	// stays in the store; Turkey is now named by two articles.
	a2v2 := mention("a2.txt", "h4", []graph.Entity{russia, assad, turkey},
		fact(turkey, graph.Opposes, russia, "Ankara opposes Moscow again."))
	// a3 changed: its only fact now is Russia's support, which a1 states too.
	a3v2 := mention("a3.txt", "h5", []graph.Entity{russia, assad},
		fact(russia, graph.Supports, assad, "Russia supports Assad."))

	steps := []struct {
		docs []graph.Document
		want []store.Outcome
	}{
		{[]graph.Document{a1}, []store.Outcome{store.Added}},
		{[]graph.Document{a2, a3}, []store.Outcome{store.Added, store.Added}},
		{[]graph.Document{a1, a2, a3}, []store.Outcome{store.Unchanged, store.Unchanged, store.Unchanged}},
		{[]graph.Document{a2v2}, []store.Outcome{store.Replaced}},
		// A batch with a replacement, an unchanged article and a name twice.
		{[]graph.Document{a3v2, a1, a3, a3v2}, []store.Outcome{store.Replaced, store.Unchanged, store.Replaced, store.Replaced}},
	}
	for i, step := range steps {
		got, err := s.PutBatch(ctx, step.docs)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if !slices.Equal(got, step.want) {
			t.Errorf("step %d: PutBatch = %v, want %v", i, got, step.want)
		}
		checkCounts(t, s, fmt.Sprintf("step %d", i))
	}
	st := checkCounts(t, s, "end")
	want := store.Stats{Articles: 3, Entities: 5, Facts: 4, Edges: 3}
	st.Quads = 0
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}

	clean := open(t)
	clean.SetExtractor("test")
	if _, err := clean.PutBatch(ctx, []graph.Document{a1, a2v2, a3v2}); err != nil {
		t.Fatal(err)
	}
	got, clean2 := storetest.SortedQuads(t, s), storetest.SortedQuads(t, clean)
	// Entities' names and types carry no label and stay when no article
	// names them any more, as they always have; everything else must match.
	for _, l := range got {
		if !slices.Contains(clean2, l) && !strings.HasPrefix(l, "<entity:hezbollah> ") {
			t.Errorf("after replacements the store holds what a clean load does not: %s", l)
		}
	}
	for _, l := range clean2 {
		if !slices.Contains(got, l) {
			t.Errorf("after replacements the store lacks what a clean load holds: %s", l)
		}
	}
}

// TestPutBeforeDigests replaces an article written without a digest or a
// record, as versions before them wrote it, and checks that no quad of the
// old version stays.
func TestPutBeforeDigests(t *testing.T) {
	ctx := context.Background()
	s := openBolt(t)
	old := doc("a1.txt", "h1", fact(russia, graph.Supports, assad, "Russia backs Assad."))
	if err := s.QuadWriter().AddQuadSet(graph.Quads(old)); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 1 || st.Facts != 1 {
		t.Fatalf("a store without counts: Stats = %+v, %v; want a pass to count 1 article and 1 fact", st, err)
	}
	next := doc("a1.txt", "h2", fact(iran, graph.Supports, assad, "Iran backs Assad."))
	if got, err := s.Put(ctx, next); err != nil || got != store.Replaced {
		t.Fatalf("Put = %v, %v; want replaced", got, err)
	}
	checkCounts(t, s, "after the replacement")
	for _, l := range storetest.SortedQuads(t, s) {
		if strings.Contains(l, "Russia backs Assad") {
			t.Errorf("the old version stays: %s", l)
		}
	}
	if got, err := s.Put(ctx, next); err != nil || got != store.Unchanged {
		t.Errorf("Put again = %v, %v; want unchanged", got, err)
	}
}

// TestDigestIsOfQuads checks that the digest changes with any quad and
// that the article node carries it.
func TestDigestIsOfQuads(t *testing.T) {
	a := doc("a1.txt", "h1", fact(russia, graph.Supports, assad, "Russia backs Assad."))
	b := sameText(a, fact(russia, graph.Supports, assad, "Russia backs Assad!"))
	da, db := store.Digest(graph.Quads(a)), store.Digest(graph.Quads(b))
	if da == db || len(da) != 64 {
		t.Errorf("digests %q and %q; want two different SHA-256s", da, db)
	}
	s := openBolt(t)
	if _, err := s.Put(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%s %s %q %s .", graph.ArticleIRI("a1.txt"), graph.PredDigest, da, graph.ArticleIRI("a1.txt"))
	if lines := storetest.SortedQuads(t, s); !slices.Contains(lines, want) {
		t.Errorf("no %s in the store", want)
	}
}

// TestCurrent checks that an article is current only for the text and the
// extractor it was written with, and that an unchanged article read by
// another extractor is stamped with the new one without being rewritten.
func TestCurrent(t *testing.T) {
	ctx := context.Background()
	s := openBolt(t)
	a := doc("a1.txt", "h1", fact(russia, graph.Supports, assad, "Russia backs Assad."))
	current := func(name, hash string) bool {
		t.Helper()
		ok, err := s.Current(ctx, name, hash)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	if current("a1.txt", "h1") {
		t.Error("current without an extractor named")
	}
	s.SetExtractor("build-1")
	if got, err := s.Put(ctx, a); err != nil || got != store.Unchanged {
		t.Fatalf("Put = %v, %v; want unchanged", got, err)
	}
	if !current("a1.txt", "h1") || current("a1.txt", "h2") || current("a2.txt", "h1") {
		t.Error("after Put by build-1: want a1.txt current with text h1 only")
	}
	s.SetExtractor("build-2")
	if current("a1.txt", "h1") {
		t.Error("current for another extractor")
	}
	if got, err := s.Put(ctx, a); err != nil || got != store.Unchanged {
		t.Fatalf("Put by build-2 = %v, %v; want unchanged", got, err)
	}
	if !current("a1.txt", "h1") {
		t.Error("not current after an unchanged Put by build-2")
	}
	n := 0
	for _, l := range storetest.SortedQuads(t, s) {
		if strings.Contains(l, "<extractor>") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d extractor quads, want 1", n)
	}
	checkCounts(t, s, "after restamping")
}
