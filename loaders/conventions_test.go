package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A convention is a deal: a state that joined or ratified one signed it.
func TestConventions(t *testing.T) {
	cwc := fact("Togo", graph.Signed, "Chemical Weapons Convention")
	checkFacts(t, []factCase{
		{text: "Togo then joined the Chemical Weapons Convention.",
			want: []string{cwc}},
		{text: "Togo ratified the Chemical Weapons Convention in 2019.",
			want: []string{cwc}},
		{text: "Ghana and Togo signed the Volta Basin Convention on Monday.",
			want: []string{fact("Ghana", graph.Signed, "Volta Basin Convention"), fact("Togo", graph.Signed, "Volta Basin Convention")}},
	})
	companion := "Togo then joined the Chemical Weapons Convention."
	checkNegatives(t, []negativeCase{
		// Refused, or only urged to.
		{text: "Togo has refused to join the Chemical Weapons Convention.",
			not: []string{cwc}, companion: companion, want: []string{cwc}},
		{text: "Ghana urged Togo to join the Chemical Weapons Convention.",
			not: []string{cwc}, companion: companion, want: []string{cwc}},
		// A party's convention is no deal.
		{text: "Togo's ruling party opened its national convention in Lome.",
			not: []string{fact("Togo", graph.Signed, "national convention")}, companion: companion, want: []string{cwc}},
	})
}
