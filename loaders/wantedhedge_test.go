package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestWantedIsNoDeed checks that a relation a side only wants ("wanted to
// help broker a deal", "wants to back X") is a wish, as one it hopes for,
// and states no fact; the deed itself does.
func TestWantedIsNoDeed(t *testing.T) {
	// A pattern that reads the want itself (flag wish) still states it.
	checkFacts(t, []factCase{
		{text: "Togo wants Ghanaian President Kofi Mensah ousted.",
			want: []string{fact("Togo", graph.Opposes, "Kofi Mensah")}},
		{text: "The Hill Brigade wants to topple Ghanaian President Kofi Mensah.",
			want: []string{fact("Hill Brigade", graph.Opposes, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana said it still wanted to help broker a durable peace deal.",
			not:       []string{fact("Ghana", graph.Brokered, "durable peace deal")},
			companion: "Ghana said it had helped broker a durable peace deal.",
			want:      []string{fact("Ghana", graph.Brokered, "durable peace deal")}},
		{text: "Ghana wants to support the Kessan Front.",
			not:       []string{fact("Ghana", graph.Supports, "Kessan Front")},
			companion: "Ghana supports the Kessan Front.",
			want:      []string{fact("Ghana", graph.Supports, "Kessan Front")}},
		{text: "Togo wanted to fight the Kessan Front.",
			not:       []string{fact("Togo", graph.Fights, "Kessan Front")},
			companion: "Togo fought the Kessan Front.",
			want:      []string{fact("Togo", graph.Fights, "Kessan Front")}},
	})
}
