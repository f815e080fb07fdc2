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

// TestStateUnitsAreTheState checks that more nouns of a state's forces
// make the state an actor after its adjective, as "forces" and "troops"
// do: "Russian units", "Turkish commandos", "Russian aviation".
func TestStateUnitsAreTheState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarsh Front fought alongside Russian units near Velmar.",
			want: []string{fact("Russia", graph.CooperatesWith, "Tarsh Front")}},
		{text: "The Tarsh Front advanced with the support of Russian aviation.",
			want: []string{fact("Russia", graph.Supports, "Tarsh Front")}},
		{text: "Ankara trains Somali commandos at a base near Mogadishu.",
			want: []string{fact("Turkey", graph.Supports, "Somalia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Tarsh Front said its units had retreated from Velmar.",
			not:       []string{fact("Tarsh Front", graph.CooperatesWith, "Russia")},
			companion: "The Tarsh Front fought alongside Russian units near Velmar.",
			want:      []string{fact("Russia", graph.CooperatesWith, "Tarsh Front")}},
	})
}
