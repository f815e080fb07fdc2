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

// Review34e: "their" may be a plural noun's between the object and the
// meeting, or a complement's of "for" or "on"; a partner, a time to come
// or a call after the noun makes it no meeting of the two.
func TestActAtTheirMeetingNegatives(t *testing.T) {
	met := fact("Amara Fendi", graph.MetWith, "Ivo Darnel")
	companion := "President Ivo Darnel offered his condolences to President Amara Fendi at the start of their meeting."
	var cases []negativeCase
	for _, text := range []string{
		"President Ivo Darnel thanked President Amara Fendi for hosting the rebel leaders at their meeting in Lome.",
		"President Ivo Darnel praised President Amara Fendi for the decisions the ministers took at their meeting in Accra.",
		"President Ivo Darnel briefed President Amara Fendi on what the generals said at their meeting.",
		"President Ivo Darnel thanked President Amara Fendi for receiving the two delegations during their talks in Lome.",
		"President Ivo Darnel urged President Amara Fendi to raise the border issue at their meeting next week.",
		"President Ivo Darnel congratulated President Amara Fendi during their talks by telephone.",
	} {
		cases = append(cases, negativeCase{text: text, not: []string{met}, companion: companion, want: []string{met}})
	}
	cases = append(cases, negativeCase{
		text:      "Ghanaian President Ivo Darnel introduced Foreign Minister Kofi Mensah to reporters after their meeting with Togolese President Amara Fendi.",
		not:       []string{fact("Ivo Darnel", graph.MetWith, "Kofi Mensah"), fact("Kofi Mensah", graph.MetWith, "Ivo Darnel")},
		companion: companion, want: []string{met}})
	checkNegatives(t, cases)
}
