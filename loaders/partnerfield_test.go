package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPartnerField checks allied-with/S-is-O's-partner and the field a
// partner noun is named for: before the noun ("ground partner") or after
// it ("partner on the ground") it says cooperation; no field, an ally.
func TestPartnerField(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Front has been Ghana's most effective ground partner in the north.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Lakeside Front")},
			not:  []string{fact("Ghana", graph.AlliedWith, "Lakeside Front")}},
		{text: "The Lakeside Front remains Ghana's main partner on the ground.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Lakeside Front")}},
		{text: "Togo has long been Ghana's closest partner in the region.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
	al := []string{fact("Ghana", graph.AlliedWith, "Togo")}
	checkNegatives(t, []negativeCase{
		// A partner in trade or a former one is no ally.
		{text: "Togo is Ghana's largest trading partner.", not: al,
			companion: "Togo is Ghana's closest partner.", want: al},
		{text: "Togo was Ghana's former partner.", not: al,
			companion: "Togo was Ghana's main partner.", want: al},
	})
}
