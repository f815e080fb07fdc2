package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestArchFoe checks a foe named by the possessive of the one it stands
// against: "Ghana, Togo's arch-foe," and "Togo's arch-foe Ghana".
func TestArchFoe(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo's arch-foe, has long opposed the deal.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togo's arch-foe Ghana stayed silent on Monday.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "The Velmar Brigades, Ghana's sworn enemy, stayed out of the talks.",
			want: []string{fact("Velmar Brigades", graph.Opposes, "Ghana")}},
		{text: "Benin, Togo's archrival, won the vote.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// An ally named by a possessive is no foe.
		{text: "Ghana, Togo's closest partner, stayed silent.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana, Togo's arch-foe, stayed silent.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}
