package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body's possessive before a member noun states a member ("NATO's
// 29th member"), and "the bloc" refers back to the regional body of
// states last named. "The alliance" does not: the alliance may be one
// the text has just formed, or one "of" others, and no regional body
// named before it is read as its referent.
func TestAllianceRefersToBloc(t *testing.T) {
	const before = "NATO leaders met in Brussels on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Albania became a member of the bloc in 2009.",
			want: []string{fact("Albania", graph.MemberOf, "NATO")}},
		{text: "Montenegro became NATO's 29th member in June.",
			want: []string{fact("Montenegro", graph.MemberOf, "NATO")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "ECOWAS leaders met in Abuja on Monday. Mali, Burkina Faso and Niger left the bloc in January and formed an alliance. The alliance accused Nigeria of meddling.",
			not:       []string{fact("ECOWAS", graph.Opposes, "Nigeria")},
			companion: "ECOWAS leaders met in Abuja on Monday. The bloc accused Nigeria of meddling.",
			want:      []string{fact("ECOWAS", graph.Opposes, "Nigeria")}},
		{text: "ECOWAS leaders met in Abuja on Monday. The alliance of Sahel juntas accused Nigeria of meddling.",
			not:       []string{fact("ECOWAS", graph.Opposes, "Nigeria")},
			companion: "ECOWAS leaders met in Abuja on Monday. The regional bloc accused Nigeria of meddling.",
			want:      []string{fact("ECOWAS", graph.Opposes, "Nigeria")}},
		{text: before + "Russia and China have formed an alliance. The alliance opposes Japan.",
			not:       []string{fact("NATO", graph.Opposes, "Japan")},
			companion: before + "Russia and China have formed a pact. The bloc opposes Japan.",
			want:      []string{fact("NATO", graph.Opposes, "Japan")}},
		{text: before + "Croatia became the alliance's newest member in 2009.",
			not:       []string{fact("Croatia", graph.MemberOf, "NATO")},
			companion: before + "Croatia became the bloc's newest member in 2009.",
			want:      []string{fact("Croatia", graph.MemberOf, "NATO")}},
	})
}
