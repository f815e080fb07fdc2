package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An attack on a place held by a kind of side, "rebel-held villages",
// "insurgent-held districts", fights the side the article calls by that
// kind's plural ("the rebels", "the insurgents"), wherever it does so.
func TestAttackOnPlaceHeldByKind(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		{text: "Fighting between the army and the rebels of the Borduria Front went on. Ghanaian jets pounded rebel-held towns on Sunday, and the rebels said they shot down a drone.",
			want: []string{front}},
		{text: "The insurgents of the Borduria Front took the port. Ghana then launched an offensive on insurgent-held districts, and the insurgents said they would hold out.",
			want: []string{front}},
		{text: "Ghana shelled rebel-held villages near the river, and the Borduria Front rebels fled.",
			want: []string{front}},
	})
	checkNegatives(t, []negativeCase{
		// No side the article calls "the rebels": the kind names no one.
		{text: "Ghanaian jets pounded rebel-held towns on Sunday. The Borduria Front said it was not there.",
			not:       []string{front},
			companion: "Ghanaian jets pounded rebel-held towns on Sunday, and the Borduria Front rebels fled.",
			want:      []string{front}},
		// Aid that reaches a held town is no attack on its holder.
		{text: "Ghana sent aid to rebel-held villages near the river, and the Borduria Front rebels thanked it.",
			not:       []string{front},
			companion: "Ghana shelled rebel-held villages near the river, and the Borduria Front rebels fled.",
			want:      []string{front}},
		// A people's adjective glued to "-held" names no one side.
		{text: "Ghana shelled Kurdish-held villages near the river, and the Borduria Front rebels fled.",
			not:       []string{front},
			companion: "Ghana shelled rebel-held villages near the river, and the Borduria Front rebels fled.",
			want:      []string{front}},
	})
}

// Only a noun of a kind of side (rebel-kind) names a holder so, and only
// when every use of its plural in the article is of one side, and that
// side no friend of the attacker's (review35d findings 2, 3).
func TestHeldByKindNearMisses(t *testing.T) {
	us := fact("Borduria Front", graph.Fights, "United States")
	ghana := fact("Borduria Front", graph.Fights, "Ghana")
	kara := fact("Ghana", graph.Fights, "Kara Brigade")
	checkNegatives(t, []negativeCase{
		// "state-held", "government-held": no kind of side.
		{text: "The United States imposed sanctions on Togo. The Borduria Front shelled state-held towns.",
			not:       []string{us},
			companion: "The United States shelled rebel-held towns, and the Borduria Front rebels fled.",
			want:      []string{us}},
		{text: "The governments of Ghana and Togo met in Accra. The Borduria Front rebels shelled government-held towns.",
			not:       []string{ghana},
			companion: "Ghana shelled rebel-held towns, and the Borduria Front rebels fled.",
			want:      []string{ghana}},
		// Two sides called rebels: the kind names neither.
		{text: "The Kara Brigade rebels hold the north. Ghana backs the Borduria Front rebels, who fight the Kara Brigade. Ghanaian jets pounded rebel-held towns in the north.",
			not:       []string{ghana},
			companion: "Ghanaian jets pounded rebel-held towns in the north, and the Borduria Front rebels fled.",
			want:      []string{ghana}},
		// The attacker's own allies or clients are not the rebels it hits.
		{text: "Ghanaian jets pounded rebel-held towns near Kara on Sunday. Ghana's allies, the Kara Brigade rebels, then advanced on the towns.",
			not:       []string{kara},
			companion: "Ghanaian jets pounded rebel-held towns near Kara on Sunday. The Kara Brigade rebels then fled the towns.",
			want:      []string{kara}},
		{text: "Ghana backs the Borduria Front rebels. Ghanaian jets pounded rebel-held towns near Kara.",
			not:       []string{ghana},
			companion: "Ghana fought the Borduria Front rebels. Ghanaian jets pounded rebel-held towns near Kara.",
			want:      []string{ghana}},
	})
}
