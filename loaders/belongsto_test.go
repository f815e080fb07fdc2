package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBelongsTo checks the pattern part-of/S-belongs-to-O: a body that
// belongs to a larger one, said outright or in a relative clause, is part
// of it; what else belongs to a body (depots, a person) makes no part.
func TestBelongsTo(t *testing.T) {
	part := fact("Tarn Brigade", graph.PartOf, "Lakeside Front")
	checkFacts(t, []factCase{
		{text: "The Tarn Brigade, which belongs to the Lakeside Front, denied any role in the raid.", want: []string{part}},
		{text: "The Tarn Brigade belongs to the Lakeside Front, local officials said.", want: []string{part}},
		{text: "Troops clashed with the Tarn Brigade, which belonged to the Lakeside Front until last year.", want: []string{part}},
	})
	checkNegatives(t, []negativeCase{
		// Depots that belong to a body are no body of it.
		{text: "The Tarn Brigade struck depots that belong to the Lakeside Front.", not: []string{part},
			companion: "The Tarn Brigade, which belongs to the Lakeside Front, denied any role in the raid.", want: []string{part}},
		// A negation voids it.
		{text: "The Tarn Brigade does not belong to the Lakeside Front, its commander said.", not: []string{part},
			companion: "The Tarn Brigade belongs to the Lakeside Front, local officials said.", want: []string{part}},
	})
}
