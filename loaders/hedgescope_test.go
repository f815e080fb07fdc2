package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A doubt ("allegedly", "reportedly") in a subordinate clause that opens
// after the match with a subject of its own ("after it", "because it",
// "when Togo") is that clause's; the main clause's fact stands. A doubt in
// the main clause, or in a subordinate clause with no subject of its own,
// still voids it.
func TestSubordinateClauseHedge(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian jets shot down a Togolese bomber near the border after it allegedly violated Ghanaian airspace.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghanaian jets struck camps of the Borduria Front after it allegedly shelled Kumasi.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "Ghana backs the Borduria Front because it reportedly shares its aims.",
			want: []string{fact("Ghana", graph.Supports, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana reportedly backs the Borduria Front because it shares its aims.",
			not:       []string{fact("Ghana", graph.Supports, "Borduria Front")},
			companion: "Ghana backs the Borduria Front because it reportedly shares its aims.",
			want:      []string{fact("Ghana", graph.Supports, "Borduria Front")}},
		{text: "Ghanaian jets struck camps of the Borduria Front after allegedly shelling Kumasi.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghana")},
			companion: "Ghanaian jets struck camps of the Borduria Front after it allegedly shelled Kumasi.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "Ghana allegedly armed the Borduria Front after it seized Kumasi.",
			not:       []string{fact("Ghana", graph.Supports, "Borduria Front")},
			companion: "Ghana armed the Borduria Front after it reportedly seized Kumasi.",
			want:      []string{fact("Ghana", graph.Supports, "Borduria Front")}},
	})
}
