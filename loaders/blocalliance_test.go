package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "The alliance" refers back to the regional body last named only when
// one of its names calls it an alliance (NATO, the North Atlantic Treaty
// Organization); its possessive before a member noun ("the alliance's
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

// "The alliance" is not a regional body that no name of its own calls an
// alliance (ECOWAS: "the bloc" is), nor one the text has just formed
// ("formed an alliance", "their alliance"), nor one "of", "between" or
// "with" others.
func TestAllianceNotAnyBloc(t *testing.T) {
	const ecowas = "ECOWAS leaders met in Abuja on Monday. "
	const nato = "NATO leaders met in Brussels on Monday. "
	checkNegatives(t, []negativeCase{
		{text: ecowas + "Mali, Burkina Faso and Niger left the bloc in January and formed an alliance. The alliance accused Nigeria of meddling.",
			not:       []string{fact("ECOWAS", graph.Opposes, "Nigeria")},
			companion: ecowas + "The bloc accused Nigeria of meddling.",
			want:      []string{fact("ECOWAS", graph.Opposes, "Nigeria")}},
		{text: ecowas + "The alliance of Sahel juntas accused Nigeria of meddling.",
			not:       []string{fact("ECOWAS", graph.Opposes, "Nigeria")},
			companion: ecowas + "The regional bloc accused Nigeria of meddling.",
			want:      []string{fact("ECOWAS", graph.Opposes, "Nigeria")}},
		{text: nato + "Russia and China have formed an alliance. The alliance opposes Japan.",
			not:       []string{fact("NATO", graph.Opposes, "Japan")},
			companion: nato + "Russia and China have formed a pact. The alliance opposes Japan.",
			want:      []string{fact("NATO", graph.Opposes, "Japan")}},
		{text: nato + "Russia and China have strengthened their military alliance. The alliance opposes Japan.",
			not:       []string{fact("NATO", graph.Opposes, "Japan")},
			companion: nato + "Russia and China have strengthened their military ties. The alliance opposes Japan.",
			want:      []string{fact("NATO", graph.Opposes, "Japan")}},
		{text: nato + "The alliance with Kiev opposes Japan.",
			not:       []string{fact("NATO", graph.Opposes, "Japan")},
			companion: nato + "The alliance opposes Japan.",
			want:      []string{fact("NATO", graph.Opposes, "Japan")}},
		{text: nato + "Russia and China formed an alliance and the alliance opposes Japan.",
			not:       []string{fact("NATO", graph.Opposes, "Japan")},
			companion: nato + "Russia and China formed a pact and the alliance opposes Japan.",
			want:      []string{fact("NATO", graph.Opposes, "Japan")}},
	})
}
