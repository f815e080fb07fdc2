package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBodyHeadNouns checks that the head nouns of bodies' names added in
// body-head (league, centre, center, brigade) name the body the article
// last named with that noun before an office: "the league's secretary-general, X", "X, the
// brigade's commander".
func TestBodyHeadNouns(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria League met in Klow on Monday. The league's secretary-general, Ivo Tarsh, said the talks failed.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria League")}},
		{text: "The Borduria League met in Klow. Ivo Tarsh, the league's secretary-general, said so.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria League")}},
		{text: "The Klow Reconciliation Centre opened on Monday. The centre's head, Major General Ivo Tarsh, said so.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Klow Reconciliation Centre")}},
		{text: "The Tarsh Brigade left Klow. The brigade's commander, Colonel Ivo Dunmo, said so.",
			want: []string{fact("Ivo Dunmo", graph.HeadOf, "Tarsh Brigade")}},
		// Another body named between: the noun still names the league.
		{text: "The Borduria League met in Klow. The Zemlia Front attacked. The league's secretary-general, Ivo Tarsh, said so.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria League")}},
	})
	checkNegatives(t, []negativeCase{
		// Two leagues named in one sentence: the noun names neither.
		{text: "The Borduria League and the Zemlia League met in Klow. The league's secretary-general, Ivo Tarsh, said so.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria League"), fact("Ivo Tarsh", graph.HeadOf, "Zemlia League")},
			companion: "The Borduria League met in Klow. The league's secretary-general, Ivo Tarsh, said so.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria League")}},
		// No league named before: no body to head.
		{text: "The Zemlia Front met in Klow. The league's secretary-general, Ivo Tarsh, said so.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia Front")},
			companion: "The Zemlia Front met in Klow. The group's leader, Ivo Tarsh, said so.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia Front")}},
	})
}
