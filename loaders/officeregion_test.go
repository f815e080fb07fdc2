package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An office whose owner stands before it may be said to be held in a
// place: "the Front's commander in the Tarvo mountains" (regionOfOffice).
func TestOfficeRegion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front rejected the plan. Taro Menk, the group's deputy leader in Varlen, said the talks were over.",
			want: []string{fact("Taro Menk", graph.MemberOf, "Borduria Front")}},
		{text: "The town is held by Pavo Rinn, the Borduria Front's commander in the Kestel mountains.",
			want: []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")}},
		{text: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want: []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The place must close the appositive: a longer phrase after
		// it may say something else of the office.
		{text: "Pavo Rinn, the Borduria Front's commander in Varlen until the rebels took it, denied the report.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want:      []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")}},
	})
}
