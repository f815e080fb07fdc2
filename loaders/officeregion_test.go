package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An office whose owner stands before it may be said to be held in a
// place: "the Front's commander in the Tarvo mountains" (regionOfOffice).
// Held there, it is a regional office: its holder is a member of the
// body, not its head (mend33d).
func TestOfficeRegion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front rejected the plan. Taro Menk, the group's deputy leader in Syria, said the talks were over.",
			want: []string{fact("Taro Menk", graph.MemberOf, "Borduria Front")}},
		{text: "The town is held by Pavo Rinn, the Borduria Front's commander in the Kestel mountains.",
			want: []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
		{text: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want: []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The place must close the appositive: a longer phrase after
		// it may say something else of the office.
		{text: "Pavo Rinn, the Borduria Front's commander in Varlen until the rebels took it, denied the report.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want:      []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
		// A regional office: no head of the whole body.
		{text: "The town is held by Pavo Rinn, the Borduria Front's commander in the Kestel mountains.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want:      []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
		{text: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "The town is held by Pavo Rinn, the Borduria Front's commander in the Kestel mountains.",
			want:      []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
		// Capitalised words without a place's noun name no place.
		{text: "Pavo Rinn, the Borduria Front's leader in Parliament, denied the report.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want:      []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
		{text: "Pavo Rinn, the Borduria Front's commander in Operation Dawn, denied the report.",
			not:       []string{fact("Pavo Rinn", graph.HeadOf, "Borduria Front")},
			companion: "Pavo Rinn, the Borduria Front's commander in Syria, denied the report.",
			want:      []string{fact("Pavo Rinn", graph.MemberOf, "Borduria Front")}},
	})
}
