package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPartiesSigned checks that the two sides after "between" in the name of
// a deal an indefinite article brings in signed it only when the clause says
// the deal was made: a verb of making before the article, a participle after
// the sides, or a broker glued to the name. "The" presupposes a deal they
// made; "a 1994 truce between A and B" that monitors watch, or the sought
// "signing of a peace deal between A and B", does not say who signed.
func TestPartiesSigned(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway brokered a truce between Chile and Peru on Sunday.",
			want: []string{fact("Chile", graph.Signed, "truce between Chile and Peru"), fact("Peru", graph.Signed, "truce between Chile and Peru")}},
		{text: "A peace deal between Chile and Peru, signed in Lima in May, ended the dispute.",
			want: []string{fact("Chile", graph.Signed, "peace deal between Chile and Peru"), fact("Peru", graph.Signed, "peace deal between Chile and Peru")}},
		{text: "Bolivian troops left the valley under a deal between Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "deal between Chile and Peru")}},
		{text: "A Norwegian-brokered truce between Chile and Peru held through the night.",
			want: []string{fact("Chile", graph.Signed, "Norwegian-brokered truce"), fact("Peru", graph.Signed, "Norwegian-brokered truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Monitors from Brazil have watched over a 1994 ceasefire between Chile and Peru for decades.",
			not:       []string{fact("Chile", graph.Signed, "1994 ceasefire between Chile and Peru"), fact("Peru", graph.Signed, "1994 ceasefire between Chile and Peru")},
			companion: "Monitors from Brazil have watched over the 1994 ceasefire between Chile and Peru for decades.",
			want:      []string{fact("Chile", graph.Signed, "1994 ceasefire between Chile and Peru")}},
		{text: "Bolivia has tied its recognition of Lima to the signing of a peace deal between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "peace deal between Chile and Peru"), fact("Peru", graph.Signed, "peace deal between Chile and Peru")},
			companion: "Bolivia has welcomed the peace deal between Chile and Peru.",
			want:      []string{fact("Peru", graph.Signed, "peace deal between Chile and Peru")}},
	})
	// The sides still fought: a truce between them says so either way.
	checkFacts(t, []factCase{
		{text: "Monitors from Brazil have watched over a 1994 ceasefire between Chile and Peru for decades.",
			want: []string{fact("Chile", graph.Fights, "Peru")}},
	})
}
