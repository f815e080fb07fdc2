package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestContinentRegion checks that a region of a continent named with a
// state's name or adjective ("Latin America", "South America", "Latin
// American") is no state: "America" alone still names the United States.
func TestContinentRegion(t *testing.T) {
	usSupports := fact("United States", graph.Supports, "Dawn Movement")
	checkFacts(t, []factCase{
		{text: "America backed the Dawn Movement, officials said.", want: []string{usSupports}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Latin America backed the Dawn Movement, officials said.", not: []string{usSupports},
			companion: "America backed the Dawn Movement, officials said.", want: []string{usSupports}},
		{text: "Latin American governments backed the Dawn Movement, officials said.", not: []string{usSupports},
			companion: "American forces backed the Dawn Movement, officials said.", want: []string{usSupports}},
		{text: "South America backed the Dawn Movement, officials said.", not: []string{usSupports},
			companion: "America backed the Dawn Movement, officials said.", want: []string{usSupports}},
		{text: "Central America backed the Dawn Movement, officials said.", not: []string{usSupports},
			companion: "America backed the Dawn Movement, officials said.", want: []string{usSupports}},
	})
}
