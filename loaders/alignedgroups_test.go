package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlignedGroups checks groups glued to their ally by "-aligned" or
// "-allied" and named after "including" (allied-with/
// S-aligned-militias-such-as-O), and an umbrella of such groups
// (allied-with/O-umbrella-of-S-aligned-groups): the named group, or the
// umbrella, is aligned with the ally.
func TestAlignedGroups(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana-aligned armed groups, including the Hill Brigade, demand a full withdrawal.",
			want: []string{fact("Ghana", graph.AlliedWith, "Hill Brigade")}},
		{text: "Togo-allied militias such as the Hill Brigade guard the border.",
			want: []string{fact("Togo", graph.AlliedWith, "Hill Brigade")}},
		{text: "The Hill Front, an umbrella of Ghana-aligned factions, claimed the attack.",
			want: []string{fact("Ghana", graph.AlliedWith, "Hill Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana-aligned armed groups attacked the Hill Brigade near the border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Hill Brigade")},
			companion: "Ghana-aligned armed groups, including the Hill Brigade, attacked the border post.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Hill Brigade")}},
	})
}

// TestAlignedGroupsOwnPhrase checks that the groups listed after
// "including" belong to the aligned noun's own phrase: a verb between
// makes them another phrase's.
func TestAlignedGroupsOwnPhrase(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Benin-aligned militias fought rival groups, including the Corven Brigade, for control of Kano.",
			not:       []string{fact("Benin", graph.AlliedWith, "Corven Brigade")},
			companion: "Benin-aligned armed groups, including the Corven Brigade, fought for control of Kano.",
			want:      []string{fact("Benin", graph.AlliedWith, "Corven Brigade")}},
	})
}
