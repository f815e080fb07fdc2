package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDealComplementEndsAtVerb checks that the words of "on ..." after a
// deal's noun stop at the verb of the clause: "a new agreement on expanding
// trade was signed" is the agreement on expanding trade.
func TestDealComplementEndsAtVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A new agreement on expanding trade was signed by Chile and Peru in Lima.",
			want: []string{fact("Chile", graph.Signed, "new agreement on expanding trade")}},
		{text: "Chile and Peru signed a memorandum on border crossings.",
			want: []string{fact("Peru", graph.Signed, "memorandum on border crossings")}},
	})
}

// TestPluralDealReference checks that a plural noun after "the" refers back
// only to a deal named by a plural noun: "the agreements Chile and Ecuador
// reached" after "a new agreement on trade" are other deals, which Bolivia's
// welcome does not reach.
func TestPluralDealReference(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chile signed a new agreement on expanding trade with Peru on Monday. Bolivia welcomed the agreements Chile and Ecuador reached on the border.",
			not:       []string{fact("Bolivia", graph.Supports, "new agreement on expanding trade")},
			companion: "Chile signed a new agreement on expanding trade with Peru on Monday. Bolivia welcomed the agreement Chile and Ecuador reached on the border.",
			want:      []string{fact("Bolivia", graph.Supports, "new agreement on expanding trade")}},
	})
}

// TestIssuedDeclaration checks that the sides who issue a deal's text
// together signed it ("A, B and C issued a joint declaration"), and that a
// joint statement, no agreement, gives no one a deal.
func TestIssuedDeclaration(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Bolivia issued a joint declaration on the border after the talks in Quito.",
			want: []string{fact("Chile", graph.Signed, "joint declaration on the border"), fact("Bolivia", graph.Signed, "joint declaration on the border")}},
		{text: "Chile and Peru released the Lima Declaration on Monday, setting out a timetable for talks.",
			want: []string{fact("Peru", graph.Signed, "Lima Declaration")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile, Peru and Bolivia issued a joint statement urging calm on the border.",
			not:       []string{fact("Chile", graph.Signed, "joint statement")},
			companion: "Chile, Peru and Bolivia issued a joint declaration urging calm on the border.",
			want:      []string{fact("Chile", graph.Signed, "joint declaration")}},
	})
}
