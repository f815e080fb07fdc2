package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestSupportForAgreement checks the nouns of support whose object is a
// deal: voiced, reaffirmed or possessive support, weight thrown behind it,
// a supporter of it; a request for support or support denied is none.
func TestSupportForAgreement(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo voiced strong support for the Lome Peace Agreement.",
			want: []string{fact("Togo", graph.Supports, "Lome Peace Agreement")}},
		{text: "Ghana reaffirmed its backing for the Accra Accord on Monday.",
			want: []string{fact("Ghana", graph.Supports, "Accra Accord")}},
		{text: "Benin's support for the Lome Peace Agreement angered Togo.",
			want: []string{fact("Benin", graph.Supports, "Lome Peace Agreement")}},
		{text: "Togo threw its weight behind the Lome Peace Agreement.",
			want: []string{fact("Togo", graph.Supports, "Lome Peace Agreement")}},
		{text: "Ghana has long been a staunch supporter of the Lome Peace Agreement.",
			want: []string{fact("Ghana", graph.Supports, "Lome Peace Agreement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo asked Ghana for support for the Lome Peace Agreement.",
			not:       []string{fact("Togo", graph.Supports, "Lome Peace Agreement"), fact("Ghana", graph.Supports, "Lome Peace Agreement")},
			companion: "Togo voiced support for the Lome Peace Agreement.",
			want:      []string{fact("Togo", graph.Supports, "Lome Peace Agreement")}},
		{text: "Togo voiced no support for the Lome Peace Agreement.",
			not:       []string{fact("Togo", graph.Supports, "Lome Peace Agreement")},
			companion: "Togo voiced support for the Lome Peace Agreement.",
			want:      []string{fact("Togo", graph.Supports, "Lome Peace Agreement")}},
		// Only a possessive and an adjective stand between the verb or
		// the owner and the noun of support: a concern over support, a
		// lack or a withdrawal of it, backs nothing.
		{text: "Togo voiced concern over waning support for the Lome Peace Agreement.",
			not:       []string{fact("Togo", graph.Supports, "Lome Peace Agreement")},
			companion: "Togo voiced its full support for the Lome Peace Agreement.",
			want:      []string{fact("Togo", graph.Supports, "Lome Peace Agreement")}},
		{text: "Benin's lack of support for the Lome Peace Agreement angered Togo.",
			not:       []string{fact("Benin", graph.Supports, "Lome Peace Agreement")},
			companion: "Benin's firm support for the Lome Peace Agreement angered Togo.",
			want:      []string{fact("Benin", graph.Supports, "Lome Peace Agreement")}},
		{text: "Benin announced the withdrawal of support for the Lome Peace Agreement.",
			not:       []string{fact("Benin", graph.Supports, "Lome Peace Agreement")},
			companion: "Benin announced its support for the Lome Peace Agreement.",
			want:      []string{fact("Benin", graph.Supports, "Lome Peace Agreement")}},
	})
}
