package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOfficesOfGroupReference checks "the foreign ministers of the three
// countries": the plural title of an office of state before a counted
// group reference is that group, subject of its clause and of the verbs
// coordinated after it, as "the leaders of both countries" is a pair.
func TestOfficesOfGroupReference(t *testing.T) {
	lead := "Ghana, Togo and Benin sent delegations to Accra.\n"
	want := []string{
		fact("Ghana", graph.CooperatesWith, "Togo"),
		fact("Benin", graph.CooperatesWith, "Ghana"),
		fact("Benin", graph.CooperatesWith, "Togo"),
	}
	checkFacts(t, []factCase{
		{text: lead + "The foreign ministers of the three countries held several phone calls on Monday and agreed to coordinate their efforts.", want: want},
		{text: lead + "The defence ministers of the three states met in Lome on Monday and agreed to coordinate their border patrols.", want: want},
	})
	checkNegatives(t, []negativeCase{
		{text: lead + "The foreign ministers of the three countries held several phone calls on Monday but refused to coordinate their efforts.",
			not:       want,
			companion: lead + "The foreign ministers of the three countries held several phone calls on Monday and agreed to coordinate their efforts.",
			want:      want},
	})
	// A count that fits no group named, and two groups of three, where
	// the reference is the one named last, not the first.
	checkNegatives(t, []negativeCase{
		{text: lead + "The foreign ministers of the four countries held several phone calls on Monday and agreed to coordinate their efforts.",
			not:       want,
			companion: lead + "The foreign ministers of the three countries held several phone calls on Monday and agreed to coordinate their efforts.",
			want:      want},
		{text: lead + "Mali, Niger and Chad rejected the plan.\nThe foreign ministers of the three countries held several phone calls on Monday and agreed to coordinate their efforts.",
			not:       want,
			companion: lead + "The foreign ministers of the three countries held several phone calls on Monday and agreed to coordinate their efforts.",
			want:      want},
	})
}
