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
		{text: "A Togolese military jet was downed by Ghanaian air defences on Monday.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togo's vessels were heavily shelled by Ghanaian forces in the bay.",
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
			companion: "Togo's vehicles were seized by the Borduria Front at the crossing.",
			want:      []string{fact("Borduria Front", graph.Fights, "Togo")}},
		// A denial voids it.
		{text: "Togolese bases were not struck by Ghanaian jets, the ministry said.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togolese bases were struck by Ghanaian jets, the ministry said.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// The "by" of a later relative clause or participle is no
		// attacker: the author stands right after the verb.
		{text: "A Ghanaian convoy was attacked near a camp run by the Borduria Front.",
			not:       []string{fact("Ghana", graph.Fights, "Borduria Front")},
			companion: "A Ghanaian convoy was attacked by the Borduria Front near a camp.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "A Ghanaian convoy was attacked near a village held by Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Togo"), fact("Togo", graph.Fights, "Ghana")},
			companion: "A Ghanaian convoy was attacked overnight by Togo near a village.",
			want:      []string{fact("Togo", graph.Fights, "Ghana")}},
		// A demonym before goods names a flag or a maker, not a side.
		{text: "Beninese vessels were attacked by Ghana in the Gulf.",
			not:       []string{fact("Ghana", graph.Fights, "Benin")},
			companion: "Benin's vessels were attacked by Ghana in the Gulf.",
			want:      []string{fact("Ghana", graph.Fights, "Benin")}},
		{text: "Togolese vehicles were destroyed by Ghanaian forces near the town.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togolese troops were attacked by Ghanaian forces near the town.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}
