package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "hit bases of the Front" may be read as one item with the side, the site
// noun and "of" inside it: the attack on the site is still an attack on its
// owner. A site of no side ("hit bases near Kara") and a hit that is no
// attack ("hit by sanctions") give no fight.
func TestHitSiteReadWithItsOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana hit positions of the Northern Brigade near Kara.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Peru hit bases of the Northern Brigade in the north.",
			want: []string{fact("Northern Brigade", graph.Fights, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana hit bases near Kara.",
			not:       []string{fact("Ghana", graph.Fights, "Kara")},
			companion: "Ghana hit positions of the Northern Brigade near Kara.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade was hit by sanctions from Ghana.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana hit positions of the Northern Brigade near Kara.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Ghana did not hit positions of the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana hit positions of the Northern Brigade near Kara.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}
