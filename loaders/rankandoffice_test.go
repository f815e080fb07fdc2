package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A rank without a role coordinated with an office before one name gives
// the name the office, as two offices do: "Crown Prince and Prime
// Minister X" (rename35); a bare pair of offices reads the second as a
// bare office does.
func TestRankAndOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saudi Crown Prince and Prime Minister Dorvan bin Selvo met the delegation on Monday.",
			want: []string{fact("Dorvan bin Selvo", graph.PrimeMinisterOf, "Saudi Arabia")},
			not:  []string{fact("Dorvan bin Selvo", graph.PresidentOf, "Saudi Arabia")}},
		{text: "Jordan's Crown Prince and Defence Minister Ilyas Marr toured the border posts.",
			want: []string{fact("Ilyas Marr", graph.DefenseMinisterOf, "Jordan")}},
	})
	checkNegatives(t, []negativeCase{
		// Two bare offices before the name: what he says his state
		// will do gives him the second office of that state, what it
		// did does not.
		{text: "Deputy Prime Minister and Foreign Minister Orvan Dalesh said Chile had closed the border.",
			not:       []string{fact("Orvan Dalesh", graph.ForeignMinisterOf, "Chile")},
			companion: "Deputy Prime Minister and Foreign Minister Orvan Dalesh said Chile would reopen the border.",
			want:      []string{fact("Orvan Dalesh", graph.ForeignMinisterOf, "Chile")}},
		// A rank and an office written in different cases are two
		// people's: "the crown prince and Prime Minister X".
		{text: "Saudi Arabia's crown prince and Prime Minister Omar Zand of Peru met on Monday.",
			not:       []string{fact("Omar Zand", graph.PrimeMinisterOf, "Saudi Arabia")},
			companion: "Saudi Arabia's Crown Prince and Prime Minister Omar Zand met on Monday.",
			want:      []string{fact("Omar Zand", graph.PrimeMinisterOf, "Saudi Arabia")}},
	})
}
