package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLandsMeetInPlace checks land told by "where A, B and C meet" with a
// place after it ("meet inside the park", "meet along the river"): states
// whose borders meet there met no one, while people, or states that met
// in the past tense, did.
func TestLandsMeetInPlace(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	km := fact("Kofi Mensah", graph.MetWith, "Faure Gnassingbe")
	checkNegatives(t, []negativeCase{
		{text: "Gunmen struck a post in the district where Ghana, Togo and Benin meet inside the national park.",
			not:       []string{gt},
			companion: "Gunmen struck a post in the district where Ghana, Togo and Benin met inside the old fort to sign a border pact.",
			want:      []string{gt}},
		{text: "The refugees crossed at the point where Ghana and Togo meet along the Volta river.",
			not:       []string{gt},
			companion: "The refugees crossed at the point where Ghana and Togo met in March.",
			want:      []string{gt}},
		{text: "The lodge where President Kofi Mensah and President Faure Gnassingbe meet near the lake was closed to reporters.",
			not:       []string{gt},
			companion: "The lodge where President Kofi Mensah and President Faure Gnassingbe meet near the lake was closed to reporters.",
			want:      []string{km}},
	})
}
