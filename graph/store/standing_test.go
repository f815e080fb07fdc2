package store_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/loaders"
)

var (
	kremlin = graph.Entity{Name: "Kremlin", Type: graph.Organization}
	chile   = graph.Entity{Name: "Chile", Type: graph.Country}
	chileFM = graph.Entity{Name: "Chilean Foreign Ministry", Type: graph.Organization}
)

// standingFacts are a catalog's standing facts, with a note as evidence.
var standingFacts = []graph.Fact{
	{Subject: kremlin, Predicate: graph.PartOf, Object: russia, Evidence: "a body of Russia", Confidence: 1},
	{Subject: chileFM, Predicate: graph.PartOf, Object: chile, Evidence: "a body of Chile", Confidence: 1},
}

// TestPutStanding keeps the standing facts whose two ends the store holds:
// none of the world's in a store that does not name them, written once,
// left alone when nothing changed, added when an article names their
// ends, removed when the catalog drops them; and never counted as an
// article's facts, entities or edges.
func TestPutStanding(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testPutStanding(t, b.open(t)) })
	}
}

func testPutStanding(t *testing.T, s *store.Store) {
	ctx := context.Background()
	put := func(facts []graph.Fact, want store.StandingOutcome) {
		t.Helper()
		got, err := s.PutStanding(ctx, facts)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PutStanding = %+v, want %+v", got, want)
		}
	}
	// An empty store holds neither end of any fact: nothing is written.
	put(standingFacts, store.StandingOutcome{})
	if got := storetest.SortedQuads(t, s); len(got) != 0 && got[0] != "" {
		t.Errorf("an empty store holds %d quads after PutStanding: %v", len(got), got)
	}

	a1 := mention("a1.txt", "h1", []graph.Entity{russia, kremlin, putin},
		fact(putin, graph.PresidentOf, russia, "Putin is Russia's president."))
	if _, err := s.Put(ctx, a1); err != nil {
		t.Fatal(err)
	}
	before := checkCounts(t, s, "one article")
	put(standingFacts, store.StandingOutcome{Held: 1, Added: 1})
	after := checkCounts(t, s, "one article and the catalog")
	if after.Articles != before.Articles || after.Entities != before.Entities || after.Facts != before.Facts || after.Edges != before.Edges {
		t.Errorf("standing facts counted: %+v before, %+v after", before, after)
	}
	lines := storetest.SortedQuads(t, s)
	kremlinPart := "<entity:kremlin> <part-of> <entity:russia> <entente:catalog> ."
	if !slices.Contains(lines, kremlinPart) {
		t.Errorf("no %q in the store", kremlinPart)
	}
	for _, l := range lines {
		if strings.Contains(l, "chile") {
			t.Errorf("a fact of entities the store does not hold: %s", l)
		}
	}

	// Nothing changed: nothing is written.
	put(standingFacts, store.StandingOutcome{Held: 1})
	if got := storetest.SortedQuads(t, s); !slices.Equal(got, lines) {
		t.Errorf("PutStanding with nothing changed changed the store")
	}

	// An article that names Chile and its foreign ministry brings their fact.
	a2 := mention("a2.txt", "h2", []graph.Entity{chile, chileFM},
		fact(chileFM, graph.Opposes, russia, "Chile's foreign ministry condemned Moscow."))
	if _, err := s.Put(ctx, a2); err != nil {
		t.Fatal(err)
	}
	put(standingFacts, store.StandingOutcome{Held: 2, Added: 1})

	// The article states the Kremlin's standing fact too: it counts as an
	// edge of the articles, and goes again with them.
	a3 := mention("a3.txt", "h3", []graph.Entity{russia, kremlin},
		fact(kremlin, graph.PartOf, russia, "The Kremlin, Russia's presidency, said so."))
	if _, err := s.Put(ctx, a3); err != nil {
		t.Fatal(err)
	}
	with := checkCounts(t, s, "the article states a standing fact")
	if _, err := s.Put(ctx, sameText(a3, fact(kremlin, graph.SpokeWith, russia, "The Kremlin spoke."))); err != nil {
		t.Fatal(err)
	}
	without := checkCounts(t, s, "the article no longer states it")
	if without.Edges != with.Edges {
		t.Errorf("edges %d with the article's part-of, %d with its spoke-with instead: the catalog's counted", with.Edges, without.Edges)
	}

	// A catalog without the Kremlin's fact takes it out, and the other stays.
	put(standingFacts[1:], store.StandingOutcome{Held: 1, Removed: 1})
	lines = storetest.SortedQuads(t, s)
	if slices.Contains(lines, kremlinPart) {
		t.Errorf("%q stayed after the catalog dropped it", kremlinPart)
	}
	if !slices.Contains(lines, "<entity:chilean-foreign-ministry> <part-of> <entity:chile> <entente:catalog> .") {
		t.Errorf("the Chilean fact went with the Kremlin's")
	}
	// And an empty catalog takes every standing fact out, bookkeeping too.
	put(nil, store.StandingOutcome{Removed: 1})
	for _, l := range storetest.SortedQuads(t, s) {
		if strings.Contains(l, "entente:catalog") {
			t.Errorf("left after an empty catalog: %s", l)
		}
	}
	checkCounts(t, s, "the end")
}

// worldStore is a bolt store whose one article mentions every entity of
// the real catalog's standing facts: the worst case, where every standing
// fact is kept. It returns the store and the facts.
func worldStore(b *testing.B) (*store.Store, []graph.Fact) {
	x, err := loaders.New()
	if err != nil {
		b.Fatal(err)
	}
	facts := x.Standing()
	seen := make(map[string]bool)
	var es []graph.Entity
	for _, f := range facts {
		for _, e := range []graph.Entity{f.Subject, f.Object} {
			if !seen[e.Name] {
				seen[e.Name] = true
				es = append(es, e)
			}
		}
	}
	s := storetest.New(b)
	storetest.Load(b, s, mention("world.txt", "w", es))
	return s, facts
}

// BenchmarkPutStanding writes every standing fact of the real catalog
// into a store that holds all their entities, then the cost of the check
// that finds nothing changed, which every load pays.
func BenchmarkPutStanding(b *testing.B) {
	ctx := context.Background()
	b.Run("first", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			s, facts := worldStore(b)
			b.StartTimer()
			out, err := s.PutStanding(ctx, facts)
			if err != nil || out.Added != out.Held || out.Held == 0 {
				b.Fatalf("PutStanding = %+v, %v", out, err)
			}
		}
	})
	b.Run("unchanged", func(b *testing.B) {
		s, facts := worldStore(b)
		if _, err := s.PutStanding(ctx, facts); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			out, err := s.PutStanding(ctx, facts)
			if err != nil || out.Added+out.Removed != 0 {
				b.Fatalf("PutStanding = %+v, %v", out, err)
			}
		}
		b.ReportMetric(float64(len(facts)), "facts")
	})
	// The bundled articles, whose entities hold a few standing facts: what
	// a small store's load pays.
	b.Run("unchanged-bundled", func(b *testing.B) {
		s := storetest.Bundled(b)
		x, err := loaders.New()
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			out, err := s.PutStanding(ctx, x.Standing())
			if err != nil || out.Added+out.Removed != 0 || out.Held == 0 {
				b.Fatalf("PutStanding = %+v, %v", out, err)
			}
		}
	})
}
