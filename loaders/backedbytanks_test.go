package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackedByTanksAttaches checks "X, backed by Y's tanks"
// (supports/O-backed-by-S-tanks): the participle describes the name right
// before it, not a name further back with a noun of its own between ("drove
// X back after a push escorted by Y's tanks": the push was escorted).
func TestBackedByTanksAttaches(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Velmar Battalion pushed the Tarsh Front back after a long push escorted by Turkish tanks.",
			not:       []string{fact("Turkey", graph.Supports, "Tarsh Front")},
			companion: "The rebel Tarsh Front, escorted by Turkish tanks, entered the town.",
			want:      []string{fact("Turkey", graph.Supports, "Tarsh Front")}},
	})
}
