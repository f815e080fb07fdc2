package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestGovernmentForcesOfAnother checks that "government forces" the
// clause's subject state acts on are not read as its own army, the one
// the article named before (bareArmy, clauseSubjectState): they are
// another state's, or left unread. An army the sentence names may still
// turn on its own state (ownArmyRead).
func TestGovernmentForcesOfAnother(t *testing.T) {
	const lead = "The Ghanaian military said it had struck a depot in Togo. "
	checkNegatives(t, []negativeCase{
		{text: lead + "Ghana has since launched several raids, targeting government forces near the coast.",
			not:       []string{fact("Ghana", graph.Fights, "Ghanaian military")},
			companion: lead + "Benin fought the Ghanaian military near the border.",
			want:      []string{fact("Benin", graph.Fights, "Ghanaian military")}},
		{text: lead + "Ghana and Benin have since launched several raids, targeting government forces near the coast.",
			not:       []string{fact("Benin", graph.Fights, "Ghanaian military")},
			companion: lead + "Benin has since launched several raids, targeting the Ghanaian military near the coast.",
			want:      []string{fact("Benin", graph.Fights, "Ghanaian military")}},
	})
	checkNegatives(t, []negativeCase{
		// Forces called the government's do not fight it: the state
		// is a misread subject.
		{text: "The jet crashed on the Ghanaian side, in the Volta hills area, where hill fighters have been battling Ghanaian government forces backed by Togolese air strikes for weeks.",
			not:       []string{fact("Ghana", graph.Fights, "Ghanaian government forces")},
			companion: "Togo has been battling Ghanaian government forces for weeks.",
			want:      []string{fact("Togo", graph.Fights, "Ghanaian government forces")}},
	})
	checkFacts(t, []factCase{
		// A coup: the army the sentence names fights its own state.
		{text: "The Ghanaian army attacked the government in Accra after the vote.",
			want: []string{fact("Ghana", graph.Fights, "Ghanaian army")}},
	})
}
