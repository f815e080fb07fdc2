package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// A first name many people share suggests every one of them.
func TestSuggestEveryWordMatch(t *testing.T) {
	s := storetest.New(t)
	person := func(name string) graph.Entity { return graph.Entity{Name: name, Type: graph.Person} }
	iran := graph.Entity{Name: "Iran", Type: graph.Country}
	var facts []graph.Fact
	for _, n := range []string{"Ali Shamkhani", "Ali Khamenei", "Ali Mamlouk", "Mohammad Ali Jafari", "Alina Kabaeva"} {
		facts = append(facts, graph.Fact{Subject: person(n), Predicate: graph.MemberOf, Object: iran, Evidence: n + " is in it.", Confidence: 0.9})
	}
	ents := []graph.Entity{iran}
	for _, f := range facts {
		ents = append(ents, f.Subject)
	}
	storetest.Load(t, s, graph.Document{Article: graph.Article{Name: "a.txt", Hash: "h"}, Entities: ents, Facts: facts})

	_, err := s.Resolve(context.Background(), "Ali")
	var nf *store.NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("Resolve(Ali) = %v, want a NotFoundError", err)
	}
	want := []string{"Ali Khamenei", "Ali Mamlouk", "Ali Shamkhani", "Mohammad Ali Jafari"}
	if !reflect.DeepEqual(nf.Suggestions, want) {
		t.Errorf("Resolve(Ali) suggests %q, want %q", nf.Suggestions, want)
	}
}

// TestResolveLongName checks that a name longer than any entity's is
// refused before suggestions are looked for, with an error that gives the
// limit (a 10 KB name used to be compared with every name in the store).
func TestResolveLongName(t *testing.T) {
	s := storetest.Bundled(t)
	for _, name := range []string{strings.Repeat("x", 10_000), strings.Repeat("Assad ", 40)} {
		_, err := s.Resolve(context.Background(), name)
		var nf *store.NotFoundError
		if !errors.As(err, &nf) || nf.Bytes != len(name) || len(nf.Suggestions) > 0 ||
			!strings.Contains(err.Error(), fmt.Sprintf("at most %d bytes", store.MaxNameBytes)) {
			t.Errorf("Resolve(a name of %d bytes) = %v; want a NotFoundError giving the limit", len(name), err)
		}
	}
	if _, err := s.Resolve(context.Background(), "Assad"); err != nil {
		t.Errorf("Resolve(Assad) = %v", err)
	}
}
