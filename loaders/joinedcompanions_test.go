package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// One who is joined by people of his own state ("X was joined by his
// foreign minister") comes with them; joining him is no meeting. One of
// another state who joins him meets him.
func TestJoinedByOwnSide(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Maria Vargas was joined by Chilean Foreign Minister Ana Ruiz at the talks.",
			not:       []string{fact("Ana Ruiz", graph.MetWith, "Maria Vargas")},
			companion: "Chilean President Maria Vargas was joined by Peruvian Foreign Minister Ana Ruiz at the talks.",
			want:      []string{fact("Ana Ruiz", graph.MetWith, "Maria Vargas")}},
	})
	checkFacts(t, []factCase{
		{text: "Chilean President Maria Vargas was joined by Peruvian President Tomas Berg at the summit.",
			want: []string{fact("Maria Vargas", graph.MetWith, "Tomas Berg")}},
	})
}

// TestJoinedOnlyByFlag checks that only the pattern flagged company reads
// its object as the subject's own side: a meal shared with a minister of
// the same state is still a meeting.
func TestJoinedOnlyByFlag(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin's President Oru Dassa had dinner with Benin's defence minister Kel Marro in Cotonou.",
			want: []string{fact("Kel Marro", graph.MetWith, "Oru Dassa")}},
	})
}
