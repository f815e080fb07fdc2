package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAllyAdjectiveOfNamedAlly checks that a state's adjective before an
// ally noun names an ally only when no name follows the noun: "Mali and
// its Russian allies" are allies of Mali, but in "Iran and its Lebanese
// ally Hezbollah" the adjective is Hezbollah's, and Lebanon no ally.
func TestAllyAdjectiveOfNamedAlly(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarsh Front and its Ghanaian allies retook Velmar.",
			want: []string{fact("Ghana", graph.AlliedWith, "Tarsh Front")}},
		{text: "Togo's Ghanaian allies retook Velmar.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Tarsh Brigade attacked Velmar. Iran and its Ghanaian ally the Tarsh Brigade were blamed for the raid.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Iran")},
			companion: "The Tarsh Front and its Ghanaian allies retook Velmar.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Tarsh Front")}},
		{text: "The Tarsh Brigade attacked Velmar. Togo's Ghanaian ally the Tarsh Brigade retook Velmar.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo's Ghanaian allies retook Velmar.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}
