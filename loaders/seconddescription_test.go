package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A person's appositive that states an office may go on after "and" with
// a second description before its closing comma: one opened by another
// name's possessive ("and Tarvo's closest ally,"), or one after the
// office's body named with the noun of its kind ("leader of the Karsh
// Movement party and a rival of X,"). The office is still read; a
// possessive followed by a name opens no description but a list.
func TestSecondDescriptionAfterOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mira Castell, Russia's foreign minister and Tarvo Lensk's most loyal protector, told reporters the plan had failed.",
			want: []string{fact("Mira Castell", graph.ForeignMinisterOf, "Russia")}},
		{text: "Ivo Dragan, leader of the Vardan Front and Tarvo Lensk's main ally, said the talks had failed.",
			want: []string{fact("Ivo Dragan", graph.HeadOf, "Vardan Front")}},
		{text: "Pelo Dravic, leader of the Karsh Movement party and a rival of Tarvo Lensk in next year's vote, said the talks had failed.",
			want: []string{fact("Pelo Dravic", graph.HeadOf, "Karsh Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ivo Dragan, leader of the Vardan Front and Tarvo Lensk's envoy Mira Castell, met in Kelmor on Monday.",
			not:       []string{fact("Mira Castell", graph.HeadOf, "Vardan Front")},
			companion: "Ivo Dragan, leader of the Vardan Front and Tarvo Lensk's main ally, met envoys in Kelmor on Monday.",
			want:      []string{fact("Ivo Dragan", graph.HeadOf, "Vardan Front")}},
	})
}

// A body named with the noun of its kind, "the Vardo Front coalition",
// before the passive of leading is the body led; the body's possessive
// before the noun ("the Front's militia") names another body, which the
// person leads instead.
func TestLedBodyWithKindNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Karsh Movement coalition, led by former police officer Pelo Dravic, tightened its grip on Kelmor.",
			want: []string{fact("Pelo Dravic", graph.HeadOf, "Karsh Movement")}},
		{text: "Fighters of the Vardan Front militia, commanded by Ivo Dragan, seized the bridge.",
			want: []string{fact("Ivo Dragan", graph.HeadOf, "Vardan Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Karsh Movement's militia, led by former police officer Pelo Dravic, tightened its grip on Kelmor.",
			not:       []string{fact("Pelo Dravic", graph.HeadOf, "Karsh Movement")},
			companion: "The Karsh Movement militia, led by former police officer Pelo Dravic, tightened its grip on Kelmor.",
			want:      []string{fact("Pelo Dravic", graph.HeadOf, "Karsh Movement")}},
	})
}
