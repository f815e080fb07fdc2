package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// After an attribution set off by commas ("..., the ministry said, and
// then attacked X") a verb in the past coordinated after "and", past its
// adverbs, is the sentence subject's again. A verb whose clause has a
// subject of its own after the attribution is not.
func TestAttributionThenCoordinatedVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru struck the Korvath Front at dawn, a local official said, and then attacked Bolivia.",
			want: []string{fact("Peru", graph.Fights, "Korvath Front"), fact("Peru", graph.Fights, "Bolivia")}},
		{text: "Peru spoke with Chile on Tuesday, the ministry said, and also phoned Bolivia.",
			want: []string{fact("Chile", graph.SpokeWith, "Peru"), fact("Bolivia", graph.SpokeWith, "Peru")}},
	})
}

func TestAttributionThenCoordinatedVerbNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru struck the Korvath Front at dawn, a local official said, and Ecuador then attacked Bolivia.",
			not:       []string{fact("Peru", graph.Fights, "Bolivia")},
			companion: "Peru struck the Korvath Front at dawn, a local official said, and then attacked Bolivia.",
			want:      []string{fact("Peru", graph.Fights, "Bolivia")}},
	})
}
