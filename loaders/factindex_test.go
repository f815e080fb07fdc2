package loaders

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
)

// The indexes a factSet keeps for the references that look back (the
// sides and partners, the keys by sentence) follow its list as facts are
// added and dropped.
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
	if !set.partnerPairs[[2]partnerEnd{{"Bolivia", 'n'}, {"Peru", 'n'}}] {
		t.Error("partnerPairs lacks Bolivia and Peru")
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
	if !set.partnerPairs[[2]partnerEnd{{"Togo", 'n'}, {"Ghana", 'n'}}] {
		t.Error("partnerPairs after keep lacks Ghana and Togo")
	}
	if want := []int{1}; len(set.fights) != 0 || !slices.Equal(set.contacts, want) {
		t.Errorf("fights = %v, contacts = %v, want none and %v", set.fights, set.contacts, want)
	}
	if !set.inContact([]*entry{ent("Chile"), ent("Peru")}) {
		t.Error("inContact(Chile, Peru) = false after keep, want true")
	}
}

// A reference reads back over every fact of its kind, however many facts
// of other kinds came between: a fight 70 facts back still names "the two
// rivals", and a backing 70 facts back still sets two on one side.
func TestFactIndexesReadWhole(t *testing.T) {
	var a, b []string
	for i := range 35 {
		a = append(a, farStates[i])
		b = append(b, farStates[35+i])
	}
	list := func(names []string) string {
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	rivals := "Armenian and Azerbaijani troops clashed on the border on Monday. At the summit, " + list(a) +
		" signed the Varno Declaration on border security. " + list(b) + " signed the Ostel Protocol on refugees. The two rivals met in Vienna on Friday."
	var brigades strings.Builder
	for i := range 70 {
		fmt.Fprintf(&brigades, " The %s%s Brigades are backed by Peru.", farNames[i%10], strings.ToLower(farNames[i/10%10]))
	}
	backed := "The Tarvo Front is backed by Chad." + brigades.String() + " Chadian troops launched an attack on Ndaba on Monday. The Tarvo Front said it repelled the attack."
	checkFacts(t, []factCase{
		{text: rivals,
			want: []string{fact("Armenia", graph.MetWith, "Azerbaijan")},
			not:  []string{fact(farStates[68], graph.MetWith, farStates[69])}},
		{text: backed,
			want: []string{fact("Chad", graph.Supports, "Tarvo Front")},
			not:  []string{fact("Chad", graph.Fights, "Tarvo Front")}},
	})
}

// farStates are states for the long lists above; farNames make up the
// names of the brigades.
var (
	farStates = strings.Fields("Albania Algeria Angola Argentina Australia Austria Bangladesh Belgium Bolivia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chile Colombia Croatia Cuba Denmark Ecuador Egypt Estonia Ethiopia Finland France Gabon Germany Ghana Greece Guatemala Honduras Hungary Iceland India Indonesia Ireland Italy Jamaica Japan Jordan Kenya Latvia Lebanon Lithuania Malawi Malaysia Mali Mexico Mongolia Morocco Mozambique Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Poland Portugal Romania Senegal Slovakia Slovenia")
	farNames  = strings.Fields("Kora Velm Sarto Duna Pelo Ruvo Tamsa Ilo Mabe Nesti")
)
