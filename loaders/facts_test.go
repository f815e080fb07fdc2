package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestSettleOwnSides checks that a fight or an opposition between a state
// and a body of its own (a body made for it by a world template, or part
// of it by a fact of the article) is dropped, while the same predicates
// between a state and an armed group placed in it, or another state's
// body, stand.
func TestSettleOwnSides(t *testing.T) {
	chad := &entry{name: "Chad", typ: graph.Country}
	peru := &entry{name: "Peru", typ: graph.Country}
	army := &entry{name: "Chadian army", typ: graph.Organization, country: "Chad", made: true}
	guard := &entry{name: "Tovan Guard", typ: graph.Organization}
	front := &entry{name: "Borduria Front", typ: graph.Organization, country: "Chad"}
	perusArmy := &entry{name: "Peruvian army", typ: graph.Organization, country: "Peru", made: true}
	set := factSet{byKey: make(map[factKey]int)}
	add := func(s *entry, p graph.Predicate, o *entry) {
		set.add(factKey{s, o, p, 0}, graph.Fact{Subject: graph.Entity{Name: s.name}, Predicate: p, Object: graph.Entity{Name: o.name}})
	}
	add(guard, graph.PartOf, chad)
	add(chad, graph.Fights, army)      // dropped: the state's template army
	add(army, graph.Opposes, chad)     // dropped
	add(chad, graph.Fights, guard)     // dropped: part of Chad by the article
	add(chad, graph.Fights, front)     // kept: an armed group placed in Chad
	add(chad, graph.Fights, perusArmy) // kept: another state's army
	add(peru, graph.Opposes, army)     // kept
	add(chad, graph.Supports, army)    // kept: not a hostility
	set.settleOwnSides()
	var got []string
	for _, f := range set.list {
		got = append(got, f.Subject.Name+" "+string(f.Predicate)+" "+f.Object.Name)
	}
	want := []string{
		"Tovan Guard part-of Chad",
		"Chad fights Borduria Front",
		"Chad fights Peruvian army",
		"Peru opposes Chadian army",
		"Chad supports Chadian army",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("fact %d: got %q, want %q", i, got[i], want[i])
		}
	}
}
