package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of choices under one verb of appointment: each "as" after the
// first is a choice too (roles19).
func TestChoicesInAList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The forum met near Geneva. Its members elected a new executive on Friday, choosing businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want: []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
		{text: "The congress appointed lawyer Lisa Maren as its secretary and Colonel Tomas Rell as head of the Lakeside Patriotic Front.",
			want: []string{fact("Tomas Rell", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// No verb of choice before: "as" compares.
		{text: "The forum met near Geneva. Businessman Omar Zand spoke as a donor and former ambassador Ardo Velk as head of the Presidential Council would.",
			not:       []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")},
			companion: "The forum met near Geneva. The forum elected businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want:      []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
	})
}

// To recognise someone as an office's holder says he holds it, and a
// word of standing may stand between the state and its office (issue 10,
// session 19): "the bloc recognised X as Niger's legitimate head of
// state".
func TestRecognisedAsHolder(t *testing.T) {
	const intro = "General Oskar Veldin spoke on Sunday. "
	checkFacts(t, []factCase{
		{text: intro + "The regional bloc still recognised Veldin as Peru's legitimate head of state.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		{text: intro + "Chile recognises Veldin as the legitimate president of Peru.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		{text: intro + "Parliament appointed Veldin as Peru's interim prime minister.",
			want: []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Peru")}},
		{text: "Oskar Veldin, Peru's head of state, spoke on Sunday.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: recognised as no office.
		{text: intro + "Chile recognised Veldin as a threat to Peru.",
			not:       []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")},
			companion: intro + "Chile recognised Veldin as Peru's president.",
			want:      []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		// Near miss: the office is another person's, named after it.
		{text: intro + "Chile recognised Veldin as an envoy of Peru's President Mira Castell.",
			not:       []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")},
			companion: intro + "Chile recognised Veldin as Peru's legitimate president.",
			want:      []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
}
