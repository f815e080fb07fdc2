package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestFoundedBloc checks the patterns member-of/S-formed-O-with-X,
// member-of/X-formed-O-with-S, member-of/with-S-X-formed-O and
// member-of/with-X-S-formed-O: the states that found a body together are
// its members, whichever of them is the subject; a state that alone set up
// a militia is no member of it.
func TestFoundedBloc(t *testing.T) {
	ghana := fact("Ghana", graph.MemberOf, "Coastal Alliance")
	togo := fact("Togo", graph.MemberOf, "Coastal Alliance")
	benin := fact("Benin", graph.MemberOf, "Coastal Alliance")
	checkFacts(t, []factCase{
		{text: "Ghana founded the Coastal Alliance with Togo and Benin last year.", want: []string{ghana, togo, benin}},
		{text: "With Togo and Benin, Ghana set up the Coastal Alliance.", want: []string{ghana, togo, benin}},
	})
	checkNegatives(t, []negativeCase{
		// A state alone that created a body backs it; it is no member.
		{text: "Ghana created the Coastal Alliance in 2019.", not: []string{ghana},
			companion: "Ghana created the Coastal Alliance with Togo in 2019.", want: []string{ghana, togo}},
		// A denial voids it.
		{text: "Ghana never formed the Coastal Alliance with Togo, its minister said.", not: []string{ghana},
			companion: "Ghana formed the Coastal Alliance with Togo, its minister said.", want: []string{ghana}},
	})
}
