package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Talks that one side leaves, suspends or halts, read from the verb before
// the talks' noun (contact-exit), state no contact between the sides; a
// verb of ending that comes after the talks, or that ends something else,
// leaves the talks held.
func TestLeftContact(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Tarvol Front pulled out of direct talks with Peru last week.",
			not:       []string{fact("Peru", graph.SpokeWith, "Tarvol Front"), fact("Peru", graph.MetWith, "Tarvol Front")},
			companion: "The Tarvol Front held direct talks with Peru last week.",
			want:      []string{fact("Peru", graph.MetWith, "Tarvol Front")}},
		{text: "Peru suspended the peace talks with the Tarvol Front on Friday.",
			not:       []string{fact("Peru", graph.SpokeWith, "Tarvol Front"), fact("Peru", graph.MetWith, "Tarvol Front")},
			companion: "Peru resumed the peace talks with the Tarvol Front on Friday.",
			want:      []string{fact("Peru", graph.SpokeWith, "Tarvol Front")}},
		{text: "Chile withdrew from the talks with Peru in March.",
			not:       []string{fact("Chile", graph.SpokeWith, "Peru"), fact("Chile", graph.MetWith, "Peru")},
			companion: "Chile joined the talks with Peru in March.",
			want:      []string{fact("Chile", graph.SpokeWith, "Peru")}},
	})
	checkFacts(t, []factCase{
		// The exit verb ends something else before the talks.
		{text: "Chile halted its shelling and held talks with Peru in Lima.",
			want: []string{fact("Chile", graph.MetWith, "Peru")}},
	})
}
