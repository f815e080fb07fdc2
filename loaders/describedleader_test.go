package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body, then a noun phrase in apposition that describes it and says who
// leads it ("the Renewal Party, the main opposition party headed by Mira
// Castell"): the person heads the body. A person who leads something else
// named in the phrase, or a delegation sent by the body, heads nothing of it.
func TestDescribedBodyLedBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The vote was boycotted by the Renewal Party, the main opposition party headed by Mira Castell.",
			want: []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
		{text: "The Presidential Council, the rival government's executive body chaired by Omar Dalil, met on Sunday.",
			want: []string{fact("Omar Dalil", graph.HeadOf, "Presidential Council")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The vote was boycotted by the Renewal Party, whose delegation was headed by Mira Castell.",
			not:       []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")},
			companion: "The vote was boycotted by the Renewal Party, the main opposition party headed by Mira Castell.",
			want:      []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
		{text: "The vote was boycotted by the Renewal Party, the main opposition party, and a delegation headed by Mira Castell.",
			not:       []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")},
			companion: "The vote was boycotted by the Renewal Party, the main opposition party headed by Mira Castell.",
			want:      []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
	})
}
