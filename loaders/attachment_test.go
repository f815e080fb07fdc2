package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestNamedPartyBeforeOffice checks that a body noun before an office
// ("party leader X") refers back to the body named before only when no
// capitalised name stands before the noun: "Blue Dawn party leader X"
// leads a party the lexicon lacks.
func TestNamedPartyBeforeOffice(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front attacked the town of Sel on Monday.\n\nBlue and White party leader Anton Belz said the prime minister was lying.",
			not:       []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked the town of Sel on Monday.\n\nThe party leader Anton Belz said the prime minister was lying.",
			want:      []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front attacked the town of Sel on Monday.\n\nGreen Dawn party chairman Anton Belz called for calm.",
			not:       []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked the town of Sel on Monday.\n\nParty chairman Anton Belz called for calm.",
			want:      []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")}},
	})
}
