package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAttendingStatesMeetNoOne checks that states or their delegations
// listed as attending a meeting are not read as meeting each other: a
// conference seats many delegations, and only leaders named as attending
// one summit met there.
func TestAttendingStatesMeetNoOne(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	km := fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")
	checkNegatives(t, []negativeCase{
		{text: "Delegations from Ghana, Togo and Benin attend the two-day meeting as observers.",
			not:       []string{gt},
			companion: "President Kofi Mensah and President Edem Kpodar attended the summit in Accra.",
			want:      []string{km}},
		{text: "Ghana and Togo attended the meeting in Lome on Monday.",
			not:       []string{gt},
			companion: "Ghana and Togo met in Lome on Monday.",
			want:      []string{gt}},
	})
}
