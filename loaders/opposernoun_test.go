package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOpposerNouns checks opposition told by a noun of the opposed one's
// possessive ("one of Togo's fiercest critics"), by turning against a
// side, and by warning against its foothold or meddling.
func TestOpposerNouns(t *testing.T) {
	opposes := []string{fact("Ghana", graph.Opposes, "Togo")}
	checkFacts(t, []factCase{
		{text: "Once a close ally of Togo, Ghana has become one of Togo's fiercest critics.", want: opposes},
		{text: "Ghana, Togo's most vocal critic, walked out of the summit.", want: opposes},
		{text: "Ghana remains Togo's main adversary in the region.", want: opposes},
		{text: "Ghana turned against Togo after the massacre.", want: opposes},
		{text: "Ghana, which has warned against any Togolese foothold in the north, was consulted.", want: opposes},
		{text: "Ghana warned against growing Togolese meddling in the elections.", want: opposes},
		{text: "Ghana cautioned against Togo's military presence near the border.", want: opposes},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana said Togo's critics were wrong.",
			not: opposes, companion: "Ghana, Togo's most vocal critic, walked out of the summit.", want: opposes},
		{text: "Ghana did not turn against Togo after the massacre.",
			not: opposes, companion: "Ghana turned against Togo after the massacre.", want: opposes},
		{text: "Ghana may turn against Togo after the massacre.",
			not: opposes, companion: "Ghana turned against Togo after the massacre.", want: opposes},
		{text: "Ghana warned against any hasty decision on Togolese trade.",
			not: opposes, companion: "Ghana warned against growing Togolese meddling in the elections.", want: opposes},
	})
}
