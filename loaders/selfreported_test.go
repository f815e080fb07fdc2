package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// When the clause a speaker reports has the speaker itself for subject
// ("Peru said it had ...", "the army said its jets had ..."), a verb after
// "and" is the speaker's on either reading, past a subordinate clause
// inside the report. A reported clause with another subject keeps the
// verb from the speaker.
func TestSelfReportedCoordination(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian army said its jets had already returned to Peruvian airspace when the Chilean aircraft was hit and blamed Bolivia.",
			want: []string{fact("Peruvian army", graph.Opposes, "Bolivia")}},
		{text: "Peru said it had already pulled back when the convoy was hit and blamed Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru said Chile had already pulled back from the town and blamed Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said it had already pulled back from the town and blamed Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}
