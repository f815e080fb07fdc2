package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A call or a meeting made to congratulate or thank the one called or met
// is the congratulation or the thanks.
func TestContactToCongratulate(t *testing.T) {
	congratulated := fact("Ivo Darnel", graph.Congratulated, "Amara Fendi")
	thanked := fact("Ivo Darnel", graph.Thanked, "Amara Fendi")
	checkFacts(t, []factCase{
		{text: "President Ivo Darnel spoke with President Amara Fendi by telephone to congratulate him.",
			want: []string{congratulated}},
		{text: "President Ivo Darnel, who called President Amara Fendi on Monday to congratulate him on his victory, said the vote was fair.",
			want: []string{congratulated}},
		{text: "President Ivo Darnel phoned President Amara Fendi to thank him for his help.",
			want: []string{thanked}},
		{text: "President Ivo Darnel met President Amara Fendi in Lome to thank him for the mediation.",
			want: []string{thanked}},
	})
	companion := "President Ivo Darnel phoned President Amara Fendi to thank him for his help."
	checkNegatives(t, []negativeCase{
		// A request: the one called on is to congratulate someone.
		{text: "President Ivo Darnel called on President Amara Fendi to congratulate the winner.",
			not: []string{congratulated}, companion: companion, want: []string{thanked}},
		// A call still to come.
		{text: "President Ivo Darnel will call President Amara Fendi to thank him.",
			not: []string{thanked}, companion: companion, want: []string{thanked}},
	})
}

// Review34e: the one congratulated or thanked is the one called only when
// a pronoun stands for him; a relative clause after the object is its own.
func TestContactToCongratulateNegatives(t *testing.T) {
	congratulated := fact("Ivo Darnel", graph.Congratulated, "Amara Fendi")
	thanked := fact("Ivo Darnel", graph.Thanked, "Amara Fendi")
	companion := "President Ivo Darnel phoned President Amara Fendi to thank him for his help."
	checkNegatives(t, []negativeCase{
		{text: "President Ivo Darnel called President Amara Fendi to congratulate President Kofi Mensah on his election.",
			not: []string{congratulated}, companion: companion, want: []string{thanked}},
		{text: "President Ivo Darnel called General Kofi Mensah to congratulate the armed forces.",
			not: []string{fact("Ivo Darnel", graph.Congratulated, "Kofi Mensah")}, companion: companion, want: []string{thanked}},
		{text: "President Ivo Darnel phoned President Amara Fendi to thank the Ghanaian people for their support.",
			not: []string{thanked}, companion: companion, want: []string{thanked}},
		{text: "President Ivo Darnel met President Amara Fendi, who came to congratulate him.",
			not: []string{congratulated}, companion: companion, want: []string{thanked}},
		{text: "President Ivo Darnel visited with President Amara Fendi, who wanted to thank him for the aid.",
			not: []string{thanked}, companion: companion, want: []string{thanked}},
		{text: "President Ivo Darnel met President Amara Fendi and President Kofi Mensah, who was there to congratulate him.",
			not: []string{congratulated, fact("Ivo Darnel", graph.Congratulated, "Kofi Mensah")}, companion: companion, want: []string{thanked}},
	})
}
