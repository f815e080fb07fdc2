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
