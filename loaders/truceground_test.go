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

// TestTruceVenueNoGround checks that "the <truce> in <place>" is named by
// the place only when it is the ground the truce covers: not a capital
// that hosts talks, not a place where the truce was mediated or signed,
// and not when the article has named the truce before (mend34d).
func TestTruceVenueNoGround(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// A capital names the state by where its truce was made.
		{text: "Chile and Peru mediated the ceasefire in Lima last year.",
			not:       []string{fact("Chile", graph.Brokered, "Lima ceasefire")},
			companion: "Chile and Peru mediated the ceasefire in Peru last year.",
			want:      []string{fact("Chile", graph.Brokered, "Peru ceasefire")}},
		{text: "Bolivia brokered the ceasefire in La Paz in January.",
			not:       []string{fact("Bolivia", graph.Brokered, "La Paz ceasefire")},
			companion: "Bolivia brokered the ceasefire in Yemen in January.",
			want:      []string{fact("Bolivia", graph.Brokered, "Yemen ceasefire")}},
		// A truce named before is what "the ceasefire" refers back to.
		{text: "Chile and Peru brokered a ceasefire between Ecuador and Bolivia on January 15. Peru and Chile, which brokered the ceasefire in Yemen, urged calm.",
			not:       []string{fact("Chile", graph.Brokered, "Yemen ceasefire")},
			companion: "Peru and Chile, which brokered the ceasefire in Yemen, urged calm.",
			want:      []string{fact("Chile", graph.Brokered, "Yemen ceasefire")}},
	})
}
