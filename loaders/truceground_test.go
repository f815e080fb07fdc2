package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestTruceNamedByGround checks that a truce "the" names by its noun alone
// and the ground it covers ("the ceasefire in Yemen") is named by that
// ground, as annotators name it (the Yemen ceasefire), so that its
// guarantors brokered it; and that an agreement named so still refers back
// ("the agreement in Cairo"), and a truce told with its purpose is no place's.
func TestTruceNamedByGround(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Bolivia, the three guarantor states of the ceasefire in Yemen, met in Lima on Friday.",
			want: []string{fact("Chile", graph.Brokered, "Yemen ceasefire"), fact("Bolivia", graph.Brokered, "Yemen ceasefire")}},
		{text: "Chile and Peru brokered the truce in Yemen last year.",
			want: []string{fact("Peru", graph.Brokered, "Yemen truce")}},
	})
	checkNegatives(t, []negativeCase{
		// An agreement in a place is a reference back, not a name.
		{text: "Chile signed the agreement in Cairo on Monday.",
			not:       []string{fact("Chile", graph.Signed, "Cairo agreement")},
			companion: "Chile signed an agreement in Cairo on Monday.",
			want:      []string{fact("Chile", graph.Signed, "Cairo agreement")}},
		// A truce named by its purpose is not named by the place.
		{text: "Chile and Peru brokered the truce in Yemen to end the siege of the port.",
			not:       []string{fact("Peru", graph.Brokered, "Yemen truce")},
			companion: "Chile and Peru brokered the truce in Yemen last year.",
			want:      []string{fact("Peru", graph.Brokered, "Yemen truce")}},
	})
}
