package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Parliament Speaker" is one title: the person named after it is the
// partner of the call, with no word of the title left between.
func TestParliamentSpeakerTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Prime Minister Ivo Darnel held talks with the health minister and spoke by phone with Parliament Speaker Kofi Mensah.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Kofi Mensah")}},
	})
}

// Review34e: any capitalised legislature before a head's title is part of
// the title; a lower-case "parliament speaker" after "headed by" names no
// head of the body before.
func TestLegislatureTitle(t *testing.T) {
	var cases []factCase
	for _, body := range []string{"Senate Speaker", "National Assembly Speaker", "Council Chairman", "Majlis Speaker"} {
		cases = append(cases, factCase{
			text: "Prime Minister Ivo Darnel held talks with the health minister and spoke by phone with " + body + " Kofi Mensah.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Kofi Mensah")}})
	}
	checkFacts(t, cases)
	checkNegatives(t, []negativeCase{
		{text: "Hezbollah and its ally Amal, the movement headed by parliament speaker Kofi Mensah, won the seats.",
			not:       []string{fact("Kofi Mensah", graph.HeadOf, "Hezbollah")},
			companion: "Prime Minister Ivo Darnel spoke by phone with Senate Speaker Kofi Mensah.",
			want:      []string{fact("Ivo Darnel", graph.SpokeWith, "Kofi Mensah")}},
	})
}
