package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestContactPremodifiers checks that the words before a contact noun that
// say how the contact went ("surprise", "closed-door", "two days of", "three
// rounds of") do not hide the noun from the readings of a meeting, and that
// those that make it one still to come or one where the sides did not sit
// together do not give a meeting.
func TestContactPremodifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Ivo Dragan and Togolese President Omar Dalmar held surprise talks in Accra.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghanaian President Ivo Dragan and Togolese President Omar Dalmar held a closed-door meeting in Lome.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghana and Togo held three rounds of talks in Lome.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Ghana and Togo held two days of talks on the border.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Ghana and Togo held direct talks in Lome.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "The 12th round of talks between Ghana and Togo opened in Lome.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks through a go-between: the sides did not meet.
		{text: "Ghana and Togo held indirect talks in Lome.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana and Togo held lengthy talks in Lome.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		// Talks still to come.
		{text: "Ghana and Togo held planned talks in Lome.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana and Togo held fresh talks in Lome.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Ghana and Togo will hold two days of talks in Lome next week.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana and Togo held two days of talks in Lome last week.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		// Meetings held with each side apart.
		{text: "Benin held separate meetings with Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Benin held brief talks with Ghana.",
			want:      []string{fact("Benin", graph.MetWith, "Ghana")}},
	})
}

// TestNextMeetingIsPlanned checks that "next", a word of a contact still
// to come, is no manner word the premodifier view drops.
func TestNextMeetingIsPlanned(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The next meeting between Ghana and Togo is set for May.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "The first meeting between Ghana and Togo was held in May.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}
