package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestRankedComponent checks membersInApposition's ranked component: a
// body set off by an appositive that ranks it among the bodies of a
// grouping ("the main militia in", "a powerful faction within", "the
// largest party of") is a member of the grouping; a place ranked in a
// body's territory, a body ranked in a state, or an unranked "militia of"
// makes no membership. The grouping is named once before, as an article
// names it.
func TestRankedComponent(t *testing.T) {
	member := fact("Tarn Brigade", graph.MemberOf, "Joint Front")
	checkFacts(t, []factCase{
		{text: "The Joint Front met on Sunday. Talks stalled over the Tarn Brigade, the main militia in the Joint Front, on Monday.", want: []string{member}},
		{text: "The Joint Front met on Sunday. The Tarn Brigade, a powerful faction within the Joint Front, rejected the offer.", want: []string{member}},
		{text: "The Joint Front met on Sunday. The Tarn Brigade, the largest and strongest group of the Joint Front, rejected the offer.", want: []string{member}},
		{text: "The Joint Front met on Sunday. The Tarn Brigade (TB), the leading force in the Kurdish-led Joint Front, rejected the offer.", want: []string{member}},
		{text: "The Joint Front met on Sunday. Drones struck the Tarn Brigade, the dominant armed group among the Joint Front (JF).", want: []string{member}},
	})
	checkNegatives(t, []negativeCase{
		// "of" without a rank may name the grouping's own force.
		{text: "The Joint Front met on Sunday. The Tarn Brigade, the militia of the Joint Front, rejected the offer.", not: []string{member},
			companion: "The Joint Front met on Sunday. The Tarn Brigade, the main militia of the Joint Front, rejected the offer.", want: []string{member}},
		// A place ranked within a body's lines is no member.
		{text: "The Joint Front met on Sunday. Fighting reached Dorvan, the largest town in the Joint Front's enclave, on Monday.", not: []string{fact("Dorvan", graph.MemberOf, "Joint Front")},
			companion: "The Joint Front met on Sunday. The Tarn Brigade, a powerful faction within the Joint Front, rejected the offer.", want: []string{member}},
		// The appositive must end at the grouping's name.
		{text: "The Joint Front met on Sunday. The Tarn Brigade, the main militia in the Joint Front region, rejected the offer.", not: []string{member},
			companion: "The Joint Front met on Sunday. The Tarn Brigade, the main militia in the Joint Front, rejected the offer.", want: []string{member}},
	})
}

// TestRankedComponentAfterPerson checks that after a person's appositive
// the ranked component describes the body the person's appositive names:
// "X, a founder of the Lake Party, the leading party in the Joint Front".
func TestRankedComponentAfterPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Joint Front met on Sunday. Omar Zand, a founder of the Tarn Brigade, the leading group in the Joint Front, spoke to reporters.",
			want: []string{fact("Tarn Brigade", graph.MemberOf, "Joint Front")}},
	})
}
