package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestVicePresidentOfBody checks that a vice president is a member of the
// body whose office he holds, as of the state whose office he holds (the
// title's target is any, not only a state).
func TestVicePresidentOfBody(t *testing.T) {
	member := fact("Lars Fenwick", graph.MemberOf, "Velmar Front")
	checkFacts(t, []factCase{
		{text: "Lars Fenwick, the vice president of the Velmar Front, was arrested on Monday.", want: []string{member},
			not: []string{fact("Lars Fenwick", graph.HeadOf, "Velmar Front")}},
		{text: "Lars Fenwick, the Velmar Front's vice president, was arrested on Monday.", want: []string{member}},
		{text: "Velmar Front vice president Lars Fenwick was arrested on Monday.", want: []string{member}},
		// A state's vice president stays a member of the state.
		{text: "Lars Fenwick, the vice president of Kenya, arrived in Nairobi on Monday.", want: []string{fact("Lars Fenwick", graph.MemberOf, "Kenya")}},
		{text: "Kenyan Vice President Lars Fenwick arrived in Nairobi on Monday.", want: []string{fact("Lars Fenwick", graph.MemberOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// A former vice president is no member now.
		{text: "Lars Fenwick, the former vice president of the Velmar Front, was arrested on Monday.", not: []string{member},
			companion: "Lars Fenwick, the vice president of the Velmar Front, was arrested on Monday.", want: []string{member}},
	})
}
