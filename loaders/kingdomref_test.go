package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestKingdomReferent covers "the kingdom's" before an office in a
// person's appositive: the one state the text gave a monarch
// (kingdomReferent), named before it in the sentence, in a title too.
func TestKingdomReferent(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks held\n\nKenyan President Lena Vorn met Jordan's King Omar Zand and Ahmed Kesk, who is also the kingdom's prime minister, in Nairobi.",
			want: []string{fact("Ahmed Kesk", graph.PrimeMinisterOf, "Jordan")},
			not:  []string{fact("Ahmed Kesk", graph.PrimeMinisterOf, "Kenya")}},
		{text: "Talks held\n\nJordan's King Omar Zand flew to Nairobi on Monday. He met Arvo Kesk, the kingdom's foreign minister, on arrival.",
			want: []string{fact("Arvo Kesk", graph.ForeignMinisterOf, "Jordan")}},
		{text: "Talks held\n\nKenyan President Lena Vorn met Saudi Crown Prince Omar Zand, who is also the kingdom's prime minister, in Riyadh.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Saudi Arabia")},
			not:  []string{fact("Omar Zand", graph.PrimeMinisterOf, "Kenya")}},
	})
}

// TestKingdomReferentNone covers "the kingdom's" where no one state is a
// kingdom by the text: no monarch named, or two kingdoms named.
func TestKingdomReferentNone(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Talks held\n\nGhana's President Omar Zand met Arvo Kesk, who is also the kingdom's prime minister, in Accra.",
			not:       []string{fact("Arvo Kesk", graph.PrimeMinisterOf, "Ghana")},
			companion: "Talks held\n\nGhana's King Omar Zand met Arvo Kesk, who is also the kingdom's prime minister, in Accra.",
			want:      []string{fact("Arvo Kesk", graph.PrimeMinisterOf, "Ghana")}},
		// A king of a people that is no state makes no kingdom of it.
		{text: "Talks held\n\nGhanaian King Omar Zand of the Ashanti met Ivo Marr, the kingdom's prime minister.",
			not:       []string{fact("Ivo Marr", graph.PrimeMinisterOf, "Ghana")},
			companion: "Talks held\n\nGhana's King Omar Zand met Ivo Marr, who is also the kingdom's prime minister.",
			want:      []string{fact("Ivo Marr", graph.PrimeMinisterOf, "Ghana")}},
		{text: "Talks held\n\nJordan's King Omar Zand met Morocco's King Ivan Darr and Arvo Kesk, who is also the kingdom's prime minister, in Rabat.",
			not:       []string{fact("Arvo Kesk", graph.PrimeMinisterOf, "Jordan"), fact("Arvo Kesk", graph.PrimeMinisterOf, "Morocco")},
			companion: "Talks held\n\nJordan's King Omar Zand met Arvo Kesk, who is also the kingdom's prime minister, in Rabat.",
			want:      []string{fact("Arvo Kesk", graph.PrimeMinisterOf, "Jordan")}},
	})
}
