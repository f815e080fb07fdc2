package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOtherPartyNoun checks that a name right before a noun that names
// another party ("a NATO member", "an al-Qaeda affiliate", "a Hamas ally")
// only qualifies that noun: the member or affiliate did the act, not the
// body, and the sentence does not name it. The relation nouns themselves
// still state ties ("Chile, a close ally of Peru"), and a name in
// apposition to the noun acts.
func TestOtherPartyNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "It was the first time an Andean Alliance member had fired on the Borduria Front.",
			not:       []string{fact("Andean Alliance", graph.Fights, "Borduria Front")},
			companion: "It was the first time the Andean Alliance had fired on the Borduria Front.",
			want:      []string{fact("Andean Alliance", graph.Fights, "Borduria Front")}},
		{text: "An Andean Alliance partner struck the Borduria Front on Tuesday.",
			not:       []string{fact("Andean Alliance", graph.Fights, "Borduria Front")},
			companion: "The Andean Alliance struck the Borduria Front on Tuesday.",
			want:      []string{fact("Andean Alliance", graph.Fights, "Borduria Front")}},
		{text: "A Borduria Front ally met Chilean President Anton Belz in Lima.",
			not:       []string{fact("Anton Belz", graph.MetWith, "Borduria Front")},
			companion: "The Borduria Front met Chilean President Anton Belz in Lima.",
			want:      []string{fact("Anton Belz", graph.MetWith, "Borduria Front")}},
		{text: "Peruvian troops shelled a Borduria Front affiliate near Arica.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "Peruvian troops shelled the Borduria Front near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "Chile said the Vantor Front, a former Borduria Front affiliate that attacked Chilean troops in Arica, was behind the raid.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chile")},
			companion: "The Vantor Front, a former Borduria Front affiliate, attacked Chilean troops in Arica on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Vantor Front")}},
	})
	checkFacts(t, []factCase{
		// A name in apposition to the noun is the one that acts.
		{text: "Ivan Marek, a Borduria Front ally, met Chilean President Anton Belz in Lima.",
			want: []string{fact("Anton Belz", graph.MetWith, "Ivan Marek")},
			not:  []string{fact("Anton Belz", graph.MetWith, "Borduria Front")}},
		// The relation noun itself states the tie.
		{text: "Chile, a close ally of Peru, attacked the Borduria Front on Monday.",
			want: []string{fact("Chile", graph.AlliedWith, "Peru"), fact("Borduria Front", graph.Fights, "Chile")}},
	})
}
