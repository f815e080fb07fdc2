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

// "X, whose Vantar Front holds the port": the person heads the body the
// relative names as his, a state's adjective before the name included;
// an aside after the name, or a kinsman between, makes it no office.
func TestWhoseNamedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front holds the port, met Ugandan officials.",
			want: []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")}},
		{text: "Colonel Ilse Brandt, whose Kenyan Lake Guard Brigade patrols the coast, spoke to reporters.",
			want: []string{fact("Ilse Brandt", graph.HeadOf, "Kenyan Lake Guard Brigade")}},
		{text: "Commander Tomas Reyk, whose Northern Shield Movement seized the airport, denied the report.",
			want: []string{fact("Tomas Reyk", graph.HeadOf, "Northern Shield Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Vantar Front attacked the town. Colonel Ilse Brandt, whose brother leads the Vantar Front, spoke to reporters.",
			not:       []string{fact("Ilse Brandt", graph.HeadOf, "Vantar Front")},
			companion: "The Vantar Front attacked the town. Colonel Ilse Brandt, whose Vantar Front holds the port, spoke to reporters.",
			want:      []string{fact("Ilse Brandt", graph.HeadOf, "Vantar Front")}},
		{text: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front, a rival group, holds the port, met Ugandan officials.",
			not:       []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")},
			companion: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front holds the port, met Ugandan officials.",
			want:      []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")}},
	})
}
