package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlignedAppositive checks allied-with/O-S-aligned: a glued "-aligned"
// or "-allied" opening a body's appositive names its ally, as "-backed"
// there names its backer.
func TestAlignedAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Brigade, an Iran-aligned militia, fired rockets at the base.",
			want: []string{fact("Hill Brigade", graph.AlliedWith, "Iran")}},
		{text: "The Lake Council, a Ghana-allied body of local fighters, took the town.",
			want: []string{fact("Lake Council", graph.AlliedWith, "Ghana")}},
	})
	al := []string{fact("Hill Brigade", graph.AlliedWith, "Iran")}
	checkNegatives(t, []negativeCase{
		// Another participle glued there says no alliance.
		{text: "The Hill Brigade, an Iran-based militia, fired rockets at the base.", not: al,
			companion: "The Hill Brigade, an Iran-aligned militia, fired rockets at the base.", want: al},
		// A former alignment is none now.
		{text: "The Hill Brigade, once an Iran-aligned militia, fired rockets at the base.", not: al,
			companion: "The Hill Brigade, an Iran-aligned militia, fired rockets at the base.", want: al},
	})
}
