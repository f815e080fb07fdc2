package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An attack noun read inside its author's item ("Ghanaian air strikes",
// Ghana acting) aimed at a side states the fight: "Ghanaian airstrikes on
// the Front", and every author listed before it by adjective or acronym
// ("US, British and French airstrikes on X"). A place aimed at, a strike
// that did not happen and a condemnation's critic give no fight.
func TestAttackNounInsideAuthorAimedAtSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian airstrikes on the Northern Brigade killed five fighters.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The bombing prompted US, British and French airstrikes on the Northern Brigade.",
			want: []string{
				fact("Northern Brigade", graph.Fights, "United States"),
				fact("Northern Brigade", graph.Fights, "United Kingdom"),
				fact("France", graph.Fights, "Northern Brigade"),
			}},
		{text: "Peru condemned Ghanaian air strikes on the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Peru", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghanaian airstrikes on Kara killed five people.",
			not:       []string{fact("Ghana", graph.Fights, "Kara")},
			companion: "Ghanaian airstrikes on the Northern Brigade killed five fighters.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Peru denied that Ghanaian airstrikes on the Northern Brigade had taken place.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghanaian airstrikes on the Northern Brigade killed five fighters.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}
