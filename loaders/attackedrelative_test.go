package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAttackedRelative checks that a restrictive relative clause right
// after the target of an attack noun ("an offensive against X that is
// backed by Y") describes the offensive, not its target
// (attackedRelative), while a clause after a comma, or after the object of
// a plain verb, is still the name's.
func TestAttackedRelative(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Togo's army has joined forces with clan militias in an offensive against the Hill Brigade that is backed by Ghana and by US airstrikes.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "Togo launched an offensive against the Hill Brigade, which is backed by Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Benin joined a campaign against the Hill Brigade that was funded by Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "Benin fought the Hill Brigade that is funded by Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
	})
}
