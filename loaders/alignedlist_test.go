package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlignedInList checks allied-with/O-S-aligned: a glued "-aligned" or
// "-allied" after a comma is an appositive of the name before only when
// it closes as one and its noun is no one else's (mend34d).
func TestAlignedInList(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// A list, not an appositive.
		{text: "The talks brought together Ghana, Togo-aligned militias from Benin and Mali.", not: []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "The talks brought together the Hill Brigade, a Togo-aligned militia, and Mali.", want: []string{fact("Hill Brigade", graph.AlliedWith, "Togo")}},
		{text: "Ghana has fought Benin, Togo-allied Mali and Niger.", not: []string{fact("Benin", graph.AlliedWith, "Togo")},
			companion: "Ghana has fought the Hill Brigade, a Togo-allied militia, for years.", want: []string{fact("Hill Brigade", graph.AlliedWith, "Togo")}},
		// The appositive's noun is owned by another.
		{text: "The Hill Brigade, a Togo-allied militia's rival, fired rockets.", not: []string{fact("Hill Brigade", graph.AlliedWith, "Togo")},
			companion: "The Hill Brigade, a Togo-allied militia, fired rockets.", want: []string{fact("Hill Brigade", graph.AlliedWith, "Togo")}},
	})
}
