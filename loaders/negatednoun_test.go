package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestNegatedNounMatch checks that a relation named by a noun ("talks
// between A and B") is denied by a negation of the verb whose object it
// is, anywhere in that clause ("none of which produced talks between A and
// B"), and stands where the clause has none.
func TestNegatedNounMatch(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The envoy held five rounds, none of which produced direct talks between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.SpokeWith, "Togo")},
			companion: "The envoy held five rounds, one of which produced direct talks between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.SpokeWith, "Togo")}},
		{text: "Neither round yielded direct talks between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.SpokeWith, "Togo")},
			companion: "The second round yielded direct talks between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.SpokeWith, "Togo")}},
	})
	// The negation of another clause, before the comma, denies nothing of
	// this one.
	checkFacts(t, []factCase{
		{text: "The envoy did not comment, but the talks between Ghana and Togo resumed on Monday.",
			want: []string{fact("Ghana", graph.SpokeWith, "Togo")}},
	})
}
