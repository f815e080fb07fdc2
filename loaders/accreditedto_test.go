package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An ambassador titled by an international body alone is accredited to
// it ("U.N. Ambassador X", TestAccreditedAndPersonalOffices), but not when
// the office names its posting after it ("the U.N. Ambassador to Peru"),
// which the body sends, nor when the body is one of no states (a
// parliament, a council of a country), which takes no envoys and sends
// its own representatives.
func TestAccreditedOnlyToBodiesOfStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The U.N. Ambassador to Peru, Tess Morrow, toured the flooded valley.",
			want: []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations"), fact("Tess Morrow", graph.EnvoyTo, "Peru")},
			not:  []string{fact("Tess Morrow", graph.EnvoyTo, "United Nations")}},
		{text: "The Varno Assembly rejected the plan. Varno Assembly representative Ivo Salek said the deal would hold.",
			want: []string{fact("Ivo Salek", graph.EnvoyOf, "Varno Assembly")},
			not:  []string{fact("Ivo Salek", graph.EnvoyTo, "Varno Assembly")}},
		// A representative titled by the body alone is the body's.
		{text: "UN representative Kel Marro met Benin's president Oru Dassa.",
			want: []string{fact("Kel Marro", graph.EnvoyOf, "United Nations")},
			not:  []string{fact("Kel Marro", graph.EnvoyTo, "United Nations")}},
		{text: "Benin's AU representative Kel Marro met Mali's president Oru Dassa.",
			want: []string{fact("Kel Marro", graph.EnvoyOf, "Benin")}},
		{text: "The Tarvol Front rejected the plan. The accord was signed by Tarvol Front representative Ivo Salek in Lima.",
			want: []string{fact("Ivo Salek", graph.EnvoyOf, "Tarvol Front")},
			not:  []string{fact("Ivo Salek", graph.EnvoyTo, "Tarvol Front")}},
	})
	checkNegatives(t, []negativeCase{
		// With no posting named, a body of states' ambassador is a
		// state's envoy to it.
		{text: "U.N. Ambassador Tess Morrow toured the flooded valley.",
			not:       []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")},
			companion: "The U.N. Ambassador to Peru, Tess Morrow, toured the flooded valley.",
			want:      []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")}},
	})
}
