package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlliancePending checks that an alliance or pact only sought or
// under negotiation is no alliance (alliance-pending), while one held is.
func TestAlliancePending(t *testing.T) {
	allied := fact("Ghana", graph.AlliedWith, "Togo")
	held := "Ghana has a defence pact with Togo."
	checkFacts(t, []factCase{
		{text: held, want: []string{allied}},
		{text: "Ghana has long maintained a military alliance with Togo.", want: []string{allied}},
		// A word of alliance-pending that does not take the alliance's
		// noun as its object leaves the alliance held.
		{text: "Ghana is exploring new markets but has a defence pact with Togo.", want: []string{allied}},
		{text: "Ghana is discussing trade but has a military alliance with Togo.", want: []string{allied}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana has been negotiating a defence pact with Togo that could see it station jets at Velmar.",
			not: []string{allied}, companion: held, want: []string{allied}},
		{text: "Ghana has been seeking a military alliance with Togo since May.",
			not: []string{allied}, companion: held, want: []string{allied}},
		{text: "Ghana has been exploring a strategic partnership with Togo.",
			not: []string{allied}, companion: held, want: []string{allied}},
		{text: "Ghana explored a strategic partnership with Togo last year.",
			not: []string{allied}, companion: held, want: []string{allied}},
		{text: "Ghana pursued a defence pact with Togo for a decade.",
			not: []string{allied}, companion: held, want: []string{allied}},
		{text: "Ghana discusses a military alliance with Togo every spring.",
			not: []string{allied}, companion: held, want: []string{allied}},
	})
}
