package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackerNouns checks that every noun of a side's backer (the %backer
// and %backers families: backer, sponsor, patron, financier, benefactor,
// bankroller, protector, arms supplier) states the same support in every
// shape the backer patterns read: an appositive, a copula (also "has
// emerged as", "became"), a possessive before the noun, a list of backers
// and "its <noun> X".
func TestBackerNouns(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, the main financier of the Northern Brigade, welcomed the report.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "Ghana, a benefactor of the Northern Brigade, sent envoys.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "Benin has emerged as a key sponsor of the Northern Brigade.",
			want: []string{fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "Togo became the main arms supplier to the Northern Brigade.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "Ghana and Benin, both long-standing patrons of the Northern Brigade, sent envoys.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade"), fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "Ghana is the Northern Brigade's main bankroller.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "The Northern Brigade's protectors, Ghana and Benin, stayed silent.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade"), fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "The Northern Brigade's arms suppliers include Ghana and Benin.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade"), fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "The Northern Brigade and its financier Ghana fled the talks.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "Ghana, the main foreign backer of Togo's new authorities, sent envoys.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana, a major arms supplier to the Northern Brigade, sent envoys.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A supplier of goods backs no one: only a supplier of arms.
		{text: "Ghana, the largest supplier of grain to the Northern Brigade, sent envoys.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana, the largest arms supplier to the Northern Brigade, sent envoys.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "Ghana, a key trading partner and gas supplier to the Northern Brigade, sent envoys.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana, the largest arms supplier to the Northern Brigade, sent envoys.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		// A negated copula states no backing.
		{text: "Ghana is not a financier of the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana is a financier of the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		// Another noun of relation in the appositive is no backing.
		{text: "Ghana, a critic of the Northern Brigade, sent envoys.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana, a protector of the Northern Brigade, sent envoys.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		// The possessive of a trading partner does not reach a backer
		// noun coordinated after it.
		{text: "Ghana, Togo's biggest trading partner and a major arms supplier to the Northern Brigade, sent envoys.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana, Togo's biggest patron, sent envoys.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}
