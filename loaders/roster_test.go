package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of choices under one verb of appointment: each "as" after the
// first is a choice too (roles19).
func TestChoicesInAList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The forum met near Geneva. Its members elected a new executive on Friday, choosing businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want: []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
		{text: "The congress appointed lawyer Lisa Maren as its secretary and Colonel Tomas Rell as head of the Lakeside Patriotic Front.",
			want: []string{fact("Tomas Rell", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// No verb of choice before: "as" compares.
		{text: "The forum met near Geneva. Businessman Omar Zand spoke as a donor and former ambassador Ardo Velk as head of the Presidential Council would.",
			not:       []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")},
			companion: "The forum met near Geneva. The forum elected businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want:      []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
	})
}
