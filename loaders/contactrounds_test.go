package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A round of talks the sides open, close or resume together, a gathering
// of their delegations and calls counted among theirs are contacts of
// every pair of the group; a group reference with its members set off by
// commas ("the guarantor states, A, B and C,") is the group itself.
func TestContactRounds(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	gb := fact("Benin", graph.MetWith, "Ghana")
	tb := fact("Benin", graph.MetWith, "Togo")
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin wrapped up two days of talks in Lome on Tuesday.",
			want: []string{gt, gb, tb}},
		{text: "Ghana and Togo concluded the fourth round of negotiations in Accra without a deal.",
			want: []string{gt}},
		{text: "Ghana and Togo resumed their talks in Accra after a pause of six months.",
			want: []string{gt}},
		{text: "The delegations of Ghana, Togo and Benin gathered for the fifth time in Lome on Tuesday.",
			want: []string{gt, gb, tb}},
		{text: "The foreign ministers of Ghana and Togo convened in Accra on Monday.",
			want: []string{gt}},
		{text: "The foreign ministers of Ghana, Togo and Benin held several phone calls on Saturday.",
			want: []string{fact("Ghana", graph.SpokeWith, "Togo"), fact("Benin", graph.SpokeWith, "Togo")}},
		// The group reference and the names in its appositive.
		{text: "The guarantor states, Ghana, Togo and Benin, wrapped up two days of talks in Lome.",
			want: []string{gt, gb, tb}},
		{text: "The guarantor states of the Lome process, Ghana, Togo and Benin, met in Accra on Monday.",
			want: []string{gt, gb, tb}},
	})
	companion := "Ghana and Togo wrapped up two days of talks in Lome on Tuesday."
	checkNegatives(t, []negativeCase{
		// A round opened with a third side pairs each with it, not
		// the two with each other.
		{text: "Ghana and Togo began talks with Benin in Cotonou on Monday.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// Planned rounds are no meeting.
		{text: "Ghana and Togo will resume talks in Accra next month.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// A gathering verb with an object.
		{text: "Ghana and Togo gathered intelligence on the rebels for years.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// A round of something else.
		{text: "Ghana and Togo ended a new round of fighting along the border.",
			not: []string{gt}, companion: companion, want: []string{gt}},
	})
}
