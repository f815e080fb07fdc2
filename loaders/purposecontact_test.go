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
