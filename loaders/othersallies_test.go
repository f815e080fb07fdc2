package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlliesOfAnother checks that a group said to be someone's allies
// ("A and B have been the regime's main allies", "are their allies") is
// no alliance of its members with each other, and that a subject list
// whose object is one of its own members ("A and B remain key allies of
// Accra", Accra being A) gives no fact: the object was misread. Allies
// with no owner, and allies of a third named apart, stay.
func TestAlliesOfAnother(t *testing.T) {
	gt := fact("Ghana", graph.AlliedWith, "Togo")
	checkNegatives(t, []negativeCase{
		{text: "Accra and Lome have long been the regime's staunchest allies in the region.",
			not:       []string{gt},
			companion: "Accra and Lome have long been staunch allies in the region.",
			want:      []string{gt}},
		{text: "Ghana and Togo remain key allies of Accra in the region.",
			not:       []string{gt},
			companion: "Ghana and Togo remain key allies of Abuja in the region.",
			want:      []string{fact("Togo", graph.AlliedWith, "Nigeria")}},
	})
}

// TestEachOthersAllies checks that a reciprocal owner ("each other's
// allies") is the group itself, whose members are allies (ownerInGap).
func TestEachOthersAllies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo have been each other's closest allies for decades.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Accra and Lome remain one another's staunchest allies in the region.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}
