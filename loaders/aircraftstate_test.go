package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAircraftAreTheState checks that a state's warplanes and jets are the
// state acting, as its forces and troops are ("backed by Russian
// warplanes" is Russia's backing), not its air force named by memory.
func TestAircraftAreTheState(t *testing.T) {
	backs := fact("Russia", graph.Supports, "Tarsh Front")
	checkFacts(t, []factCase{
		{text: "The Tarsh Front, backed by Russian warplanes, entered the town of Velmar.",
			want: []string{backs}, not: []string{fact("Russian Aerospace Forces", graph.Supports, "Tarsh Front")}},
		{text: "The Tarsh Front, backed by Russian jets, entered the town of Velmar.", want: []string{backs}},
	})
}

// TestStateBacksNotItsOwnArmy checks that "government troops backed by X's
// warplanes", with the troops read as X's own army from a reference, gives
// X no backing of its own army: the reference was misread.
func TestStateBacksNotItsOwnArmy(t *testing.T) {
	lead := "A Russian pilot was killed when his jet was shot down over Velmar, the Russian military said.\n"
	checkNegatives(t, []negativeCase{
		{text: lead + "Since May, government troops backed by Russian warplanes have pressed an offensive against the Tarsh Front near Velmar.",
			not:       []string{fact("Russia", graph.Supports, "Russian Aerospace Forces")},
			companion: lead + "The Tarsh Front, backed by Russian jets, entered the town.",
			want:      []string{fact("Russia", graph.Supports, "Tarsh Front")}},
	})
}
