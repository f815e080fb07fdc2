package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A state or capital right before a gathering's noun names where it met:
// the state is no party to what the clause says of the gathering.
func TestGatheringPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya condemned the Lima meeting, and Uganda backed Peru.",
			want: []string{fact("Uganda", graph.Supports, "Peru")},
			not:  []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "The Lake Front denounced last week's Kampala summit and attacked Kenya.",
			want: []string{fact("Lake Front", graph.Fights, "Kenya")},
			not:  []string{fact("Lake Front", graph.Opposes, "Uganda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya condemned the Lima meeting on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Peru")},
			companion: "Kenya condemned Lima on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "The Lake Front denounced last week's Kampala summit.",
			not:       []string{fact("Lake Front", graph.Opposes, "Uganda")},
			companion: "The Lake Front denounced Kampala last week.",
			want:      []string{fact("Lake Front", graph.Opposes, "Uganda")}},
		{text: "Mali rejected an Abuja conference on the border.",
			not:       []string{fact("Mali", graph.Opposes, "Nigeria")},
			companion: "Mali rejected Abuja's plan for the border.",
			want:      []string{fact("Mali", graph.Opposes, "Nigeria")}},
		{text: "Azerbaijan and Russia criticised the Brussels talks as one-sided.",
			not:       []string{fact("Azerbaijan", graph.Opposes, "Belgium"), fact("Russia", graph.Opposes, "Belgium")},
			companion: "Azerbaijan and Russia criticised Brussels as one-sided.",
			want:      []string{fact("Azerbaijan", graph.Opposes, "Belgium"), fact("Russia", graph.Opposes, "Belgium")}},
	})
}
