package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A negation right before a denial verb cancels the denial: what a side
// "did not deny" is still reported (denialWithin); the denial alone
// still voids it.
func TestNegatedDenial(t *testing.T) {
	met := fact("Omar Zand", graph.MetWith, "Kofi Tema")
	checkFacts(t, []factCase{
		{text: "Ghana did not deny the reports in a Lome daily that Omar Zand met Kofi Tema in May.", want: []string{met}},
		{text: "Ghana did not deny reports that Omar Zand met Kofi Tema in May.", want: []string{met}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana denied the reports in a Lome daily that Omar Zand met Kofi Tema in May.", not: []string{met},
			companion: "Ghana did not deny the reports in a Lome daily that Omar Zand met Kofi Tema in May.", want: []string{met}},
	})
}
