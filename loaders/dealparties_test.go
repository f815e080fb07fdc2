package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDealPartyGluedToModifier checks that a name glued by a hyphen to the
// word after it ("the Peru-backed militia") is no side of "a truce between
// A and B": the side is the noun it modifies, and the name neither signed
// the truce nor fought the other side.
func TestDealPartyGluedToModifier(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The envoy's visit tested the Norwegian-mediated truce between Chile and the Peru-backed militia.",
			not: []string{fact("Peru", graph.Signed, "Norwegian-mediated truce"), fact("Chile", graph.Signed, "Norwegian-mediated truce"),
				fact("Peru", graph.Fights, "Chile")},
			companion: "The envoy's visit tested the Norwegian-mediated truce between Chile and Peru.",
			want:      []string{fact("Peru", graph.Signed, "Norwegian-mediated truce"), fact("Chile", graph.Signed, "Norwegian-mediated truce")}},
		{text: "The Norwegian-mediated truce between Bolivia-allied Chile and Peru held through the night.",
			not:       []string{fact("Bolivia", graph.Signed, "Norwegian-mediated truce")},
			companion: "The Norwegian-mediated truce between Bolivia and Peru held through the night.",
			want:      []string{fact("Bolivia", graph.Signed, "Norwegian-mediated truce")}},
	})
}
