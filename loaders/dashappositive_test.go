package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDashAppositive checks a designation set off by dashes, as by commas:
// "the Front - listed as a terrorist group by A and B - ...".
func TestDashAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Velmar Brigades - listed as a terrorist organization by Ghana, Togo and the European Union - claimed the attack.",
			want: []string{
				fact("Ghana", graph.Opposes, "Velmar Brigades"),
				fact("Togo", graph.Opposes, "Velmar Brigades"),
				fact("European Union", graph.Opposes, "Velmar Brigades"),
			}},
		{text: "The Velmar Brigades — designated a terrorist group by Ghana in 2019 — claimed the attack.",
			want: []string{fact("Ghana", graph.Opposes, "Velmar Brigades")}},
	})
	checkNegatives(t, []negativeCase{
		// A listing that is no designation as terrorists.
		{text: "The Velmar Brigades - listed as a party to the talks by Ghana - claimed the attack.",
			not:       []string{fact("Ghana", graph.Opposes, "Velmar Brigades")},
			companion: "The Velmar Brigades - listed as a terrorist group by Ghana - claimed the attack.",
			want:      []string{fact("Ghana", graph.Opposes, "Velmar Brigades")}},
	})
}
