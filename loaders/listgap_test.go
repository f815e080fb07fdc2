package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestListGapStopsAtPreposition checks that a listed gap (..l) passes no
// preposition that opens an adjunct of the clause: the goods of war after
// it are no goods handed over (listWord).
func TestListGapStopsAtPreposition(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The United States sent Iran a stern warning over its missiles.",
			not:       []string{fact("United States", graph.Supports, "Iran")},
			companion: "The United States sent Ghana more drones and missiles last year.",
			want:      []string{fact("United States", graph.Supports, "Ghana")}},
		{text: "Togo sent the Borduria Front a letter about its weapons.",
			not:       []string{fact("Togo", graph.Supports, "Borduria Front")},
			companion: "Togo sent the Borduria Front money, weapons and military advisers.",
			want:      []string{fact("Togo", graph.Supports, "Borduria Front")}},
		{text: "Benin sent a message on drones and artillery to Ghana.",
			not:       []string{fact("Benin", graph.Supports, "Ghana")},
			companion: "Benin has delivered armoured vehicles, artillery shells and drones to Ghana.",
			want:      []string{fact("Benin", graph.Supports, "Ghana")}},
	})
}
