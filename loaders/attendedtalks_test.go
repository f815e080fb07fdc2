package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAttendedTalksJoinsNoList checks that a list of people who "attended
// the talks" or "the session" sat in on others' talks, as aides or
// observers, and met no one of the list; a list of people that attended a
// summit or a meeting met each other (states that attend one sit among many
// delegations: TestAttendingStatesMeetNoOne).
func TestAttendedTalksJoinsNoList(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghanaian Ambassador Kofi Mensah and Togolese Ambassador Yao Agbeko attended the talks, which both capitals had encouraged.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")},
			companion: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko attended the summit in Accra.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
		{text: "Observers from Ghana and Togo attended the session.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko attended the meeting in Lome.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
	})
}
