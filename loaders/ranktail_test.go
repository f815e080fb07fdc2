package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestRankTailIsNoCommand checks that an office word that ends a rank
// ("Wing Commander", "Squadron Leader") names a rank held in the body
// after the name, not its command; the office word alone still heads it.
func TestRankTailIsNoCommand(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Wing Commander Anjali Desrosiers of the Ghanaian Air Force said the jets had hit three depots.",
			want: []string{fact("Anjali Desrosiers", graph.MemberOf, "Ghanaian air force")},
			not:  []string{fact("Anjali Desrosiers", graph.HeadOf, "Ghanaian air force")}},
		{text: "Colonel Tomas Varga of the Ghanaian Army and Squadron Leader Anjali Desrosiers of the Ghanaian Air Force briefed reporters.",
			want: []string{fact("Anjali Desrosiers", graph.MemberOf, "Ghanaian air force")},
			not:  []string{fact("Anjali Desrosiers", graph.HeadOf, "Ghanaian air force")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Lieutenant Commander Anjali Desrosiers of the Ghanaian Navy said the boat had sunk.",
			not:       []string{fact("Anjali Desrosiers", graph.HeadOf, "Ghanaian navy")},
			companion: "Commander Anjali Desrosiers of the Ghanaian Navy said the boat had sunk.",
			want:      []string{fact("Anjali Desrosiers", graph.HeadOf, "Ghanaian navy")}},
	})
}
