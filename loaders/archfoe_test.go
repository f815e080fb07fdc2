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
		// The phrase goes on past the foe noun: the foe's backer, the
		// enemy's enemy, a rival named after it, a foe turned ally, a
		// rival in a match.
		{text: "Benin, Togo's arch-foe's main backer, stayed silent.",
			not:       []string{fact("Benin", graph.Opposes, "Togo"), fact("Benin", graph.Supports, "Togo")},
			companion: "Benin, Togo's main backer, stayed silent.",
			want:      []string{fact("Benin", graph.Supports, "Togo")}},
		{text: "Benin, Togo's enemy's enemy, offered help.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin, Togo's enemy, offered help.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin, Togo's arch-rival Ghana and Mali signed the pact.",
			not:       []string{fact("Benin", graph.Opposes, "Togo"), fact("Mali", graph.Opposes, "Togo")},
			companion: "Togo's arch-rival Ghana signed the pact.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Benin, Togo's foe-turned-ally, stayed silent.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin, Togo's foe, stayed silent.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin, Togo's old enemy turned partner, signed the deal.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin, Togo's sworn enemy, signed the deal.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin, Togo's arch-rival in the 2010 final, won 2-1.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin, Togo's arch-rival, won 2-1.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}
