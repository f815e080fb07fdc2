package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "The alliance" after a regional body of states refers back to it, as
// "the bloc" does; its possessive before a member noun ("the alliance's
// newest member", "NATO's 29th member") states a member. With no such
// body named, "the alliance" names none.
func TestAllianceRefersToBloc(t *testing.T) {
	const before = "NATO leaders met in Brussels on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Albania became a member of the alliance in 2009.",
			want: []string{fact("Albania", graph.MemberOf, "NATO")}},
		{text: before + "Croatia became the alliance's newest member in 2009.",
			want: []string{fact("Croatia", graph.MemberOf, "NATO")}},
		{text: "Montenegro became NATO's 29th member in June.",
			want: []string{fact("Montenegro", graph.MemberOf, "NATO")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Croatia became the alliance's newest member in 2009.",
			not:       []string{fact("Croatia", graph.MemberOf, "NATO")},
			companion: before + "Croatia became the alliance's newest member in 2009.",
			want:      []string{fact("Croatia", graph.MemberOf, "NATO")}},
	})
}
