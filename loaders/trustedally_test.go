package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestTrustedAllyDescription checks that a second description of a
// person's appositive headed by a name's possessive and ending on an ally
// noun closes at its comma though an -ed word stands in it, so that the
// office before it and the alliance are both read (mend34d).
func TestTrustedAllyDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lena Brask, leader of the Renewal Party and Kofi Dara's most trusted ally, floated the idea.",
			want: []string{fact("Lena Brask", graph.HeadOf, "Renewal Party"), fact("Kofi Dara", graph.AlliedWith, "Lena Brask")}},
		// "partners" is a partner noun as "partner" is.
		{text: "Lena Brask, leader of the Renewal Party and Kofi Dara's most trusted partners, floated the idea.",
			want: []string{fact("Lena Brask", graph.HeadOf, "Renewal Party"), fact("Kofi Dara", graph.AlliedWith, "Lena Brask")}},
		{text: "Lena Brask, leader of the Renewal Party and the Lake Front's closest partners, floated the idea.",
			want: []string{fact("Lena Brask", graph.HeadOf, "Renewal Party"), fact("Lake Front", graph.AlliedWith, "Lena Brask")}},
	})
	checkNegatives(t, []negativeCase{
		// A clause after the possessive closes no description.
		{text: "Lena Brask, leader of the Renewal Party and Kofi Dara's aide said, floated the idea.",
			not:       []string{fact("Kofi Dara", graph.AlliedWith, "Lena Brask")},
			companion: "Lena Brask, leader of the Renewal Party and Kofi Dara's most trusted ally, floated the idea.",
			want:      []string{fact("Kofi Dara", graph.AlliedWith, "Lena Brask")}},
	})
}
