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
