package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "To become" a member after a verb of wanting, seeking, trying or
// aspiring is a wish, no membership; "has become" is one.
func TestMemberWishNoMembership(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Moldova has become NATO's 33rd member.",
			want: []string{fact("Moldova", graph.MemberOf, "NATO")}},
	})
	var cases []negativeCase
	for _, wish := range []string{"wants to", "is seeking to", "has sought to", "aspires to", "is trying to", "hopes to"} {
		for _, c := range [][2]string{
			{"Ukraine " + wish + " become NATO's 33rd member.", "Ukraine became NATO's 33rd member."},
			{"Ukraine " + wish + " become a NATO member.", "Ukraine became a NATO member."},
			{"Ukraine " + wish + " become a member of NATO.", "Ukraine became a member of NATO."},
		} {
			cases = append(cases, negativeCase{text: c[0],
				not:       []string{fact("Ukraine", graph.MemberOf, "NATO")},
				companion: c[1],
				want:      []string{fact("Ukraine", graph.MemberOf, "NATO")}})
		}
	}
	checkNegatives(t, cases)
}
