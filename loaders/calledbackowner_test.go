package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCalledBackOwner checks that a body named before and called back by
// its noun ("the group's") owns a unit or outlet named after the
// possessive as its name does (eliteUnits).
func TestCalledBackOwner(t *testing.T) {
	tv := fact("Al-Kestrel", graph.PartOf, "Velmar Front")
	checkFacts(t, []factCase{
		{text: "The Velmar Front said on Monday it had taken the ridge. A speech was broadcast by the group's Al-Kestrel television on Tuesday.", want: []string{tv}},
		{text: "The Velmar Front said on Monday it had taken the ridge. The group's Tarn Brigade led the assault.",
			want: []string{fact("Tarn Brigade", graph.PartOf, "Velmar Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The outlet's studios are a place, no body.
		{text: "The Velmar Front said on Monday it had taken the ridge. Drones struck the group's Al-Kestrel television studios on Tuesday.", not: []string{tv},
			companion: "The Velmar Front said on Monday it had taken the ridge. A speech was broadcast by the group's Al-Kestrel television on Tuesday.", want: []string{tv}},
	})
}
