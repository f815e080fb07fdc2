package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A gathering shared in person, named by what was shared (a meal, a table,
// a joint press conference, a consultation convened), is a meeting.
func TestSharedGatherings(t *testing.T) {
	met := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	checkFacts(t, []factCase{
		{text: "President Ama Dodzi had breakfast with President Kofi Mensah before the summit opened.",
			want: []string{met}},
		{text: "President Ama Dodzi lunched with President Kofi Mensah at the lakeside palace.",
			want: []string{met}},
		{text: "President Ama Dodzi sat at the table with President Kofi Mensah for the first time since the war.",
			want: []string{met}},
		{text: "President Ama Dodzi told a joint news conference with President Kofi Mensah that the border was open.",
			want: []string{met}},
		{text: "President Ama Dodzi chaired a crisis meeting with President Kofi Mensah late on Sunday.",
			want: []string{met}},
	})
	companion := "President Ama Dodzi had breakfast with President Kofi Mensah before the summit opened."
	checkNegatives(t, []negativeCase{
		// The meal is shared with someone else.
		{text: "President Ama Dodzi had dinner with his family before he wrote to President Kofi Mensah.",
			not: []string{met}, companion: companion, want: []string{met}},
		// Planned or refused.
		{text: "President Ama Dodzi will have dinner with President Kofi Mensah on Friday.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "President Ama Dodzi refused to sit at the table with President Kofi Mensah.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}
