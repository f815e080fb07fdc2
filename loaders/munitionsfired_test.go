package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Munitions fired or launched at a side, "against" it as well as "at" or
// "toward" it, in a list or a salvo, fight it.
func TestMunitionsFiredAgainstSide(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		{text: "The Borduria Front launched 40 drones and six missiles against Ghana overnight.", want: []string{front}},
		{text: "The Borduria Front fired rocket salvos against Ghanaian towns on Monday.", want: []string{front}},
		{text: "The Borduria Front was launching barrages of rockets toward Ghana all week.", want: []string{front}},
	})
	checkNegatives(t, []negativeCase{
		// "fired" of a dismissal, with "against" later on: no munition,
		// no fire on the side after "against".
		{text: "The Borduria Front fired its commander after protests against Ghana.",
			not:       []string{front},
			companion: "The Borduria Front fired rockets against Ghana after protests.",
			want:      []string{front}},
		// A petition launched against a side's law is no fire.
		{text: "The Borduria Front launched a petition against Ghana's new law.",
			not:       []string{front},
			companion: "The Borduria Front launched missiles against Ghana.",
			want:      []string{front}},
	})
}
