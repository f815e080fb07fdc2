package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestEnvoyPostedAt checks that an envoy whose owner stands before the
// title and who is posted "at" a body ("X, the Vardo Front's
// representative at the United Nations,") represents the owner there, as
// one posted "to" it does; he is no envoy of the body he is posted at. An
// officer "at" a body with no owner before the title stays the body's.
func TestEnvoyPostedAt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Speaking in Geneva, Ivo Darnel, the Vardo Front's representative at the United Nations, rejected the plan.",
			want: []string{fact("Ivo Darnel", graph.EnvoyOf, "Vardo Front"), fact("Ivo Darnel", graph.EnvoyTo, "United Nations")}},
		{text: "Kofi Mensah, Ghana's permanent representative at the United Nations, spoke on Monday.",
			want: []string{fact("Kofi Mensah", graph.EnvoyOf, "Ghana"), fact("Kofi Mensah", graph.EnvoyTo, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Speaking in Geneva, Ivo Darnel, the Vardo Front's representative at the United Nations, rejected the plan.",
			not:       []string{fact("Ivo Darnel", graph.EnvoyOf, "United Nations")},
			companion: "Speaking in Geneva, Ivo Darnel, the Vardo Front's representative to the United Nations, rejected the plan.",
			want:      []string{fact("Ivo Darnel", graph.EnvoyOf, "Vardo Front")}},
	})
}
