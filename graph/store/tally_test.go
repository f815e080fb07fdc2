package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// checkTallies fails t unless the tallies s keeps equal those recomputed
// from its fact nodes, and s's counts say that every tally is written.
func checkTallies(t *testing.T, s *store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	stored, err := s.StoredTallies(ctx)
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	want, err := s.RecountTallies(ctx)
	if err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	if !store.Tallied(s) {
		t.Errorf("%s: the counts do not say the tallies are written", when)
	}
	for n, w := range want {
		if got, ok := stored[n]; !ok {
			t.Errorf("%s: no tally of %s %s %s; want %+v", when, w.Subject, w.Predicate, w.Object, w)
		} else if !reflect.DeepEqual(got, w) {
			t.Errorf("%s: tally of %s %s %s\n got %+v\nwant %+v", when, w.Subject, w.Predicate, w.Object, got, w)
		}
	}
	for n, got := range stored {
		if _, ok := want[n]; !ok {
			t.Errorf("%s: a tally of %s %s %s, which no article states: %+v", when, got.Subject, got.Predicate, got.Object, got)
		}
	}
}

// randomDoc is a version of the article name with a few random facts
// among three entities (a fourth is only mentioned), a random date (or none) and random confidences, so
// that facts are stated by several articles, share dates, and change when
// an article is replaced.
func randomDoc(r *rand.Rand, name string, version int) graph.Document {
	entities := []graph.Entity{russia, iran, assad, putin}
	preds := []graph.Predicate{graph.Supports, graph.AlliedWith, graph.MetWith}
	var facts []graph.Fact
	for i := r.IntN(4); i >= 0; i-- {
		s, o := entities[r.IntN(3)], entities[r.IntN(3)]
		if s.Name == o.Name {
			continue
		}
		facts = append(facts, graph.Fact{Subject: s, Predicate: preds[r.IntN(len(preds))], Object: o,
			Evidence: fmt.Sprintf("%s says %s, take %d.", name, s.Name, version), Confidence: float64(r.IntN(1000)) / 1000})
	}
	return graph.Document{
		Article:  graph.Article{Name: name, Title: "Title of " + name, Date: randomDate(r), Hash: fmt.Sprintf("%s-%d", name, version)},
		Entities: entities,
		Facts:    facts,
	}
}

// randomDate is one of 40 days, or none.
func randomDate(r *rand.Rand) string {
	if r.IntN(4) == 0 {
		return ""
	}
	return time.Date(2016, 1, 1+r.IntN(40), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

// TestTalliesKept writes, rewrites and replaces random articles, alone and
// in batches, on every backend, and checks after each step that the
// tallies equal a recount from the fact nodes; at the end, that the store
// holds exactly the quads of a clean load of the final articles, tallies
// included, whatever order they came in.
func TestTalliesKept(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			seed := uint64(11)
			r := rand.New(rand.NewPCG(seed, seed))
			ctx := context.Background()
			s := b.open(t)
			names := make([]string, 80)
			for i := range names {
				names[i] = fmt.Sprintf("a%02d.txt", i)
			}
			final := make(map[string]graph.Document)
			for round := 0; round < 12; round++ {
				var docs []graph.Document
				for _, n := range names {
					if r.IntN(3) > 0 {
						continue
					}
					d, ok := final[n]
					if !ok || r.IntN(4) > 0 { // else the same version again: unchanged
						d = randomDoc(r, n, round)
					}
					docs = append(docs, d)
					final[n] = d
				}
				for len(docs) > 0 {
					k := 1 + r.IntN(len(docs))
					if _, err := s.PutBatch(ctx, docs[:k]); err != nil {
						t.Fatal(err)
					}
					docs = docs[k:]
				}
				checkTallies(t, s, fmt.Sprintf("round %d", round))
			}
			clean := b.open(t)
			var all []graph.Document
			for _, n := range slices.Sorted(func(yield func(string) bool) {
				for n := range final {
					if !yield(n) {
						return
					}
				}
			}) {
				all = append(all, final[n])
			}
			if _, err := clean.PutBatch(ctx, all); err != nil {
				t.Fatal(err)
			}
			// The calendar keeps the days of articles replaced since (see
			// graph.Calendar), so it is left out of the comparison.
			notCalendar := func(l string) bool { return strings.HasPrefix(l, "<calendar> ") }
			got, want := slices.DeleteFunc(storetest.SortedQuads(t, s), notCalendar), slices.DeleteFunc(storetest.SortedQuads(t, clean), notCalendar)
			if !slices.Equal(got, want) {
				t.Errorf("the store differs from a clean load of the final articles:\n%s", lineDiff(got, want))
			}
		})
	}
}

// lineDiff lists the lines only one of got and want has.
func lineDiff(got, want []string) string {
	out := ""
	for _, l := range got {
		if !slices.Contains(want, l) {
			out += "+ " + l + "\n"
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			out += "- " + l + "\n"
		}
	}
	return out
}

// TestTalliesAfterKill stops a load that replaces articles after each of
// its transactions in turn, as a kill would, reopens the store and loads
// again: the tallies must equal a recount, and the store what the two
// loads leave when nothing stops them.
func TestTalliesAfterKill(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 5))
	var first, second []graph.Document
	for i := 0; i < 10; i++ {
		n := fmt.Sprintf("k%02d.txt", i)
		first = append(first, randomDoc(r, n, 0))
		second = append(second, randomDoc(r, n, 1))
	}
	// Half the articles change, and new ones come.
	second = append(second[:5], first[5:]...)
	for i := 10; i < 13; i++ {
		second = append(second, randomDoc(r, fmt.Sprintf("k%02d.txt", i), 1))
	}
	// What the same two loads leave when nothing stops them.
	clean := openBolt(t)
	for _, docs := range [][]graph.Document{first, second} {
		if _, err := clean.PutBatch(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	want := storetest.SortedQuads(t, clean)
	for kill := 0; kill < 4; kill++ {
		db := filepath.Join(t.TempDir(), "kg.db")
		loc := store.Location{Backend: "bolt", Address: db}
		s, err := store.Open(loc, store.Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutBatch(ctx, first); err != nil {
			t.Fatal(err)
		}
		store.FailAfter(s, kill)
		_, err = s.PutBatch(ctx, second)
		s.Close()
		if s, err = store.Open(loc, store.Options{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutBatch(ctx, second); err != nil {
			t.Fatal(err)
		}
		checkTallies(t, s, fmt.Sprintf("killed after %d transactions", kill))
		if got := storetest.SortedQuads(t, s); !slices.Equal(got, want) {
			t.Errorf("killed after %d transactions, then loaded again: the store differs from a clean load:\n%s", kill, lineDiff(got, want))
		}
		s.Close()
	}
}

// TestTalliesOfAnOlderStore writes articles as a store before tallies did
// (their quads alone, no counts or tallies), then loads one more: the
// first write tallies every triple.
func TestTalliesOfAnOlderStore(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 7))
	s := openBolt(t)
	tx := cgraph.NewTransaction()
	for i := 0; i < 8; i++ {
		for _, q := range graph.Quads(randomDoc(r, fmt.Sprintf("o%02d.txt", i), 0)) {
			tx.AddQuad(q)
		}
	}
	if err := s.QuadWriter().ApplyTransaction(tx); err != nil {
		t.Fatal(err)
	}
	if stored, err := s.StoredTallies(ctx); err != nil || len(stored) != 0 {
		t.Fatalf("an older store has tallies %v (%v)", stored, err)
	}
	if _, err := s.Put(ctx, randomDoc(r, "o08.txt", 0)); err != nil {
		t.Fatal(err)
	}
	checkTallies(t, s, "after the first write")
	if stored, _ := s.StoredTallies(ctx); len(stored) < 3 {
		t.Errorf("only %d tallies after the first write", len(stored))
	}
}
