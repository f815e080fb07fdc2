package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// What one person does to another "at their meeting" tells the meeting of
// the two, whatever the verb.
func TestActAtTheirMeeting(t *testing.T) {
	met := fact("Amara Fendi", graph.MetWith, "Ivo Darnel")
	checkFacts(t, []factCase{
		{text: "President Ivo Darnel offered his condolences to President Amara Fendi at the start of their meeting, the palace said.",
			want: []string{met}},
		{text: "President Ivo Darnel praised President Amara Fendi during their talks in Lome.",
			want: []string{met}},
	})
	companion := "President Ivo Darnel offered his condolences to President Amara Fendi at the start of their meeting."
	checkNegatives(t, []negativeCase{
		// Two on the subject's side: whose meeting it was is not said.
		{text: "President Ivo Darnel and Foreign Minister Kofi Mensah praised President Amara Fendi during their meeting.",
			not: []string{met}, companion: companion, want: []string{met}},
		// A meeting still to come.
		{text: "President Ivo Darnel will thank President Amara Fendi at their meeting next week.",
			not: []string{met}, companion: companion, want: []string{met}},
		// The phrase before the pair: the talks may be the subject's
		// with a third.
		{text: "In their talks on Monday, President Ivo Darnel paid tribute to the late President Amara Fendi.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}
