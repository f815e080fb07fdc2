package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOrganDescribedBesideItsName checks that a body's description in
// apposition, a movement's possessive and an organ's noun ("the Kalo Press
// Agency (KPA), the Vardo Front's official news agency,"), describes the
// body named before it: that body is part of the movement, and the
// description is no second body. A description that stands alone still
// names a body of the owner's.
func TestOrganDescribedBesideItsName(t *testing.T) {
	kpa := fact("Kalo Press Agency", graph.PartOf, "Vardo Front")
	desc := fact("Vardo Front's official news agency", graph.PartOf, "Vardo Front")
	inner := fact("Kalo Press Agency", graph.PartOf, "Vardo Front's official news agency")
	checkFacts(t, []factCase{
		{text: "The Vardo Front announced the truce through the Kalo Press Agency (KPA), the Vardo Front's official news agency, late on Sunday.",
			want: []string{kpa}},
		{text: "The Kalo Press Agency, the Vardo Front's news agency, reported the attack on Sunday.",
			want: []string{kpa}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Vardo Front announced the truce through the Kalo Press Agency (KPA), the Vardo Front's official news agency, late on Sunday.",
			not:       []string{desc, inner},
			companion: "The Vardo Front's official news agency announced the truce late on Sunday.",
			want:      []string{desc}},
	})
}
