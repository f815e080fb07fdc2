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

// A strike ruled out, reported in a denial or judged in advance is no
// fight, whether the attack noun sits inside its author's item or follows
// its subject (fights/S-airstrikes-on-O).
func TestAttackNounDoubtedInClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru ruled out Peruvian air strikes on Bolivia.",
			not:       []string{fact("Peru", graph.Fights, "Bolivia")},
			companion: "Peru condemned Chilean air strikes on Bolivia.",
			want:      []string{fact("Chile", graph.Fights, "Bolivia")}},
		{text: "Bolivia denied Chilean reports of Peruvian air strikes on Bolivia.",
			not:       []string{fact("Peru", graph.Fights, "Bolivia")},
			companion: "Bolivia condemned Peruvian air strikes on Bolivia.",
			want:      []string{fact("Peru", graph.Fights, "Bolivia")}},
		{text: "Peru said Chilean air strikes on Bolivia would be a grave mistake.",
			not:       []string{fact("Chile", graph.Fights, "Bolivia")},
			companion: "Peru said Chilean air strikes on Bolivia killed ten people.",
			want:      []string{fact("Chile", graph.Fights, "Bolivia")}},
		{text: "Peru ruled out air strikes on Bolivia.",
			not:       []string{fact("Peru", graph.Fights, "Bolivia")},
			companion: "Peru stepped up air strikes on Bolivia.",
			want:      []string{fact("Peru", graph.Fights, "Bolivia")}},
	})
}
