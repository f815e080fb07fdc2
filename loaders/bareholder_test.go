package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBareHolder checks "the Ruritanian president" after a person named
// only "President X": the reference is that person, and places him, when
// he is the only one the article named after a bare title of the office
// and nothing ties him to another state.
func TestBareHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Arvo Kesk received the delegation on Monday. The Peruvian president said the talks had been useful.",
			want: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}},
		{text: "President Arvo Kesk wrote to the envoy on Monday. In the letter, the Peruvian head of state said the border would stay open.",
			want: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}},
		{text: "Foreign Minister Lina Harb met the envoy in Geneva. The Chilean foreign minister later thanked Peru for its help.",
			want: []string{fact("Lina Harb", graph.ForeignMinisterOf, "Chile"), fact("Lina Harb", graph.Thanked, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Two people named after the bare title: either may be meant.
		{text: "President Arvo Kesk met President Ivo Marsh on Monday. The Peruvian president said the talks had been useful.",
			not:       []string{fact("Arvo Kesk", graph.PresidentOf, "Peru"), fact("Ivo Marsh", graph.PresidentOf, "Peru")},
			companion: "President Arvo Kesk met Ivo Marsh on Monday. The Peruvian president said the talks had been useful.",
			want:      []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}},
		// The article made him another state's president.
		{text: "Omar Zand visited Chile and met President Arvo Kesk. The Peruvian president said the talks had been useful.",
			not:       []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")},
			companion: "Omar Zand met President Arvo Kesk. The Peruvian president said the talks had been useful.",
			want:      []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}},
		// Another office: a prime minister is no president.
		{text: "Prime Minister Arvo Kesk received the delegation on Monday. The Peruvian president said the talks had been useful.",
			not:       []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")},
			companion: "President Arvo Kesk received the delegation on Monday. The Peruvian president said the talks had been useful.",
			want:      []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}},
	})
}
