package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// When the clause a speaker reports has the speaker itself for subject
// ("Peru said it had ...", "the army said its jets had ..."), a verb after
// "and" is the speaker's on either reading, past a subordinate clause
// inside the report; so is one after a clause whose subject the speaker's
// owner pronoun names ("his movement sought peace and thanked X"). A reported clause with another subject keeps the
// verb from the speaker.
func TestSelfReportedCoordination(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian army said its jets had already returned to Peruvian airspace when the Chilean aircraft was hit and blamed Bolivia.",
			want: []string{fact("Peruvian army", graph.Opposes, "Bolivia")}},
		{text: "Peru said it had already pulled back when the convoy was hit and blamed Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		// The speaker's own people, named by its owner pronoun.
		{text: "Foreign Minister Tarno Velk of Peru told the visitors that his movement sought a lasting peace and thanked Chile for its mediation.",
			want: []string{fact("Tarno Velk", graph.Thanked, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru said Chile had already pulled back from the town and blamed Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said it had already pulled back from the town and blamed Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Foreign Minister Tarno Velk of Peru said the Borduria Front sought a lasting peace and thanked Chile for its mediation.",
			not:       []string{fact("Tarno Velk", graph.Thanked, "Chile")},
			companion: "Foreign Minister Tarno Velk of Peru said his party sought a lasting peace and thanked Chile for its mediation.",
			want:      []string{fact("Tarno Velk", graph.Thanked, "Chile")}},
	})
}
