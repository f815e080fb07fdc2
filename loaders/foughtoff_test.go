package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestFoughtOffNeedsCombat checks that fending off, fighting off or
// beating back a rival is a fight only between states and bodies with a
// word of combat after it (fights/S-fought-off-O): a rival in a debate or
// a body in court is fended off too.
func TestFoughtOffNeedsCombat(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Joe Biden fended off Donald Trump in the second debate.",
			not:       []string{fact("Joe Biden", graph.Fights, "Donald Trump")},
			companion: "The Borduria Front fended off Togolese troops after a night of clashes.",
			want:      []string{fact("Borduria Front", graph.Fights, "Togo")}},
		{text: "Hungary fought off the European Commission in court.",
			not:       []string{fact("Hungary", graph.Fights, "European Commission")},
			companion: "Hungary fought off the Borduria Front in a week of fighting.",
			want:      []string{fact("Hungary", graph.Fights, "Borduria Front")}},
		{text: "Ghana beat back the Borduria Front in the vote on Tuesday.",
			not:       []string{fact("Ghana", graph.Fights, "Borduria Front")},
			companion: "Ghana beat back the Borduria Front in an assault on Tuesday.",
			want:      []string{fact("Ghana", graph.Fights, "Borduria Front")}},
	})
}
