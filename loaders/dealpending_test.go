package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDealBetweenSidesNotSigned checks that the sides "between" names in a
// deal an indefinite article brings in are no signers when the deal is
// pending or a participle after them tells no completion (partiesSigned).
func TestDealBetweenSidesNotSigned(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// A deed under the deal that only would be done.
		{text: "Under a deal between Ghana and Togo now under discussion, troops would withdraw.",
			not:       []string{fact("Ghana", graph.Signed, "deal between Ghana and Togo"), fact("Togo", graph.Signed, "deal between Ghana and Togo")},
			companion: "Under a deal between Ghana and Togo, troops withdrew from the border.",
			want:      []string{fact("Ghana", graph.Signed, "deal between Ghana and Togo"), fact("Togo", graph.Signed, "deal between Ghana and Togo")}},
		// Negotiating is no signing.
		{text: "A truce between Ghana and Togo, negotiated for months, remains elusive.",
			not:       []string{fact("Ghana", graph.Signed, "truce between Ghana and Togo"), fact("Togo", graph.Signed, "truce between Ghana and Togo")},
			companion: "A truce between Ghana and Togo, signed in May, remains fragile.",
			want:      []string{fact("Ghana", graph.Signed, "truce between Ghana and Togo"), fact("Togo", graph.Signed, "truce between Ghana and Togo")}},
		// A third side announcing it is no signature of the two.
		{text: "Benin rejected a ceasefire between Ghana and Togo, announced by Mali on Monday.",
			not:       []string{fact("Ghana", graph.Signed, "ceasefire between Ghana and Togo"), fact("Togo", graph.Signed, "ceasefire between Ghana and Togo")},
			companion: "Mali announced a ceasefire between Ghana and Togo on Monday.",
			want:      []string{fact("Ghana", graph.Signed, "ceasefire between Ghana and Togo"), fact("Togo", graph.Signed, "ceasefire between Ghana and Togo")}},
	})
}
