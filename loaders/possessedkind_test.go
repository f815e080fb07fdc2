package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPossessedKind checks that a faith's or a people's adjective between
// a possessive and its relation noun ("its Shia ally, the X") leaves the
// apposed name the possessor's ally or part, as a lower-case word does.
func TestPossessedKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kelvar Front and its Shia ally, the Dorran Movement, rejected the plan.",
			want: []string{fact("Dorran Movement", graph.AlliedWith, "Kelvar Front")}},
		{text: "The Kelvar Front and its Sunni allies, the Dorran Movement and the Hill Brigade, rejected the plan.",
			want: []string{fact("Dorran Movement", graph.AlliedWith, "Kelvar Front"), fact("Hill Brigade", graph.AlliedWith, "Kelvar Front")}},
		{text: "The Kelvar Front and its Lebanese ally, the Dorran Movement, rejected the plan.",
			want: []string{fact("Dorran Movement", graph.AlliedWith, "Kelvar Front")}},
	})
	al := []string{fact("Dorran Movement", graph.AlliedWith, "Kelvar Front")}
	checkNegatives(t, []negativeCase{
		// A former ally is none now, whatever its faith.
		{text: "The Kelvar Front and its former Shia ally, the Dorran Movement, traded blame.", not: al,
			companion: "The Kelvar Front and its Shia ally, the Dorran Movement, traded blame.", want: al},
		// A capitalised word that opens a name is no description: the
		// noun is the name's own.
		{text: "The Kelvar Front and its Dorran ally rejected the plan.", not: al,
			companion: "The Kelvar Front and its ally, the Dorran Movement, rejected the plan.", want: al},
	})
}
