package loaders

import (
	"slices"
	"testing"

	"github.com/entente/entente/graph"
)

// The indexes a factSet keeps for the references that look back (the
// sides and partners, the keys by sentence) follow its list as facts are
// added and dropped, and a reference weighs only the last maxRecalled of
// a kind.
func TestFactIndexes(t *testing.T) {
	ents := map[string]*entry{}
	ent := func(name string) *entry {
		if ents[name] == nil {
			ents[name] = &entry{name: name, typ: graph.Country}
		}
		return ents[name]
	}
	set := factSet{byKey: make(map[factKey]int)}
	add := func(s string, p graph.Predicate, o string, sentence int) {
		k := factKey{ent(s), ent(o), p, sentence}
		set.add(k, graph.Fact{Subject: graph.Entity{Name: s}, Predicate: p, Object: graph.Entity{Name: o}, Sentence: sentence})
	}
	add("Peru", graph.Fights, "Chile", 0)
	add("Peru", graph.Supports, "Bolivia", 0)
	add("Peru", graph.MetWith, "Chile", 1)
	add("Chile", graph.PresidentOf, "Peru", 1)
	add("Ghana", graph.Signed, "Togo", 2)
	add("Ghana", graph.AlliedWith, "Togo", 2)
	if want := []int{0, 2, 4}; !slices.Equal(set.sides, want) {
		t.Errorf("sides = %v, want %v", set.sides, want)
	}
	if want := []int{1, 5}; !slices.Equal(set.partners, want) {
		t.Errorf("partners = %v, want %v", set.partners, want)
	}
	if got := len(set.keysIn(1)); got != 2 {
		t.Errorf("keysIn(1) has %d keys, want 2", got)
	}
	// A dropped fact leaves the indexes: the positions are the list's
	// after the drop.
	set.keep(func(i int, _ graph.Fact) bool { return i != 0 })
	if want := []int{1, 3}; !slices.Equal(set.sides, want) {
		t.Errorf("sides after keep = %v, want %v", set.sides, want)
	}
	for _, i := range set.sides {
		if !sidePredicate(set.list[i].Predicate) {
			t.Errorf("sides holds %v", set.list[i])
		}
	}
	if want := []int{0, 4}; !slices.Equal(set.partners, want) {
		t.Errorf("partners after keep = %v, want %v", set.partners, want)
	}
	// Only the last maxRecalled of a kind are recalled.
	for i := range maxRecalled + 10 {
		add("Mali", graph.Fights, "Niger", 3+i)
	}
	got := recalled(set.sides)
	if len(got) != maxRecalled || got[len(got)-1] != len(set.list)-1 {
		t.Errorf("recalled %d sides ending at %d, want %d ending at %d", len(got), got[len(got)-1], maxRecalled, len(set.list)-1)
	}
}
