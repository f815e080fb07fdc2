package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPassiveAssetAttack checks the passive of an attack on a side's asset
// or people named before it (fights/O-asset-was-hit-by-S): the author
// after "by" fights the side that owns the convoy, the bases or the
// fighters.
func TestPassiveAssetAttack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A Togolese convoy was ambushed by Ghanaian troops near the border.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "A Togolese jet was downed by Ghanaian air defences on Monday.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togolese positions have been repeatedly shelled by the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo")}},
		// The author told by its attack: "by the army's offensives".
		{text: "A Togolese patrol was targeted by the Borduria Front's drones at dawn.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb that is no attack makes no fight.
		{text: "A Togolese convoy was escorted by Ghanaian troops near the border.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "A Togolese convoy was attacked by Ghanaian troops near the border.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togolese vehicles were inspected by the Borduria Front at the crossing.",
			not:       []string{fact("Borduria Front", graph.Fights, "Togo")},
			companion: "Togolese vehicles were seized by the Borduria Front at the crossing.",
			want:      []string{fact("Borduria Front", graph.Fights, "Togo")}},
		// A denial voids it.
		{text: "Togolese bases were not struck by Ghanaian jets, the ministry said.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togolese bases were struck by Ghanaian jets, the ministry said.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}
