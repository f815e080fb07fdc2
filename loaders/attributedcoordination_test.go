package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// After an attribution set off by commas ("..., a local official said,
// and attacked X") a verb in the past coordinated right after "and" is the
// sentence subject's again. A verb whose clause has a subject of its own
// after the attribution is not, nor is one after adverbs ("and later
// condemned X"), nor one after another named side's words: "Peru attacked
// Chile, Bolivia said, and condemned Ecuador" may be Bolivia's condemning.
func TestAttributionThenCoordinatedVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru struck the Korvath Front at dawn, a local official said, and attacked Bolivia.",
			want: []string{fact("Peru", graph.Fights, "Korvath Front"), fact("Peru", graph.Fights, "Bolivia")}},
	})
}

func TestAttributionThenCoordinatedVerbNegatives(t *testing.T) {
	companion := "Peru attacked Chile, a local official said, and condemned Ecuador."
	want := []string{fact("Peru", graph.Opposes, "Ecuador")}
	checkNegatives(t, []negativeCase{
		{text: "Peru struck the Korvath Front at dawn, a local official said, and Ecuador then attacked Bolivia.",
			not:       []string{fact("Peru", graph.Fights, "Bolivia")},
			companion: "Peru struck the Korvath Front at dawn, a local official said, and attacked Bolivia.",
			want:      []string{fact("Peru", graph.Fights, "Bolivia")}},
		{text: "Peru attacked Chile, Bolivia said, and later condemned Ecuador.",
			not: []string{fact("Peru", graph.Opposes, "Ecuador")}, companion: companion, want: want},
		{text: "Peru struck Chile overnight, Bolivia said, and also accused Ecuador of helping.",
			not: []string{fact("Peru", graph.Opposes, "Ecuador")}, companion: companion, want: want},
		{text: "Peru attacked Chile, Bolivia said, and condemned Ecuador.",
			not: []string{fact("Peru", graph.Opposes, "Ecuador")}, companion: companion, want: want},
	})
}
