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
		// One rule for every state: Israeli jets are Israel, not its army
		// by memory.
		{text: "Israeli warplanes struck the Tarsh Front near Velmar.",
			want: []string{fact("Tarsh Front", graph.Fights, "Israel")}, not: []string{fact("Tarsh Front", graph.Fights, "Israel Defense Forces")}},
	})
	// Near-misses: jets whose make the demonym gives, owned by another
	// side, or of a state the text leaves open, are not the state acting.
	checkNegatives(t, []negativeCase{
		{text: "The Indian air force used its Russian warplanes to strike Pakistani targets.",
			not:       []string{fact("Pakistan", graph.Fights, "Russia"), fact("Russia", graph.Fights, "Pakistan")},
			companion: "Russian warplanes struck Pakistani targets.",
			want:      []string{fact("Russia", graph.Fights, "Pakistan")}},
		{text: "Pakistan's Chinese warships fired missiles at Indian targets.",
			not:       []string{fact("China", graph.Fights, "India"), fact("India", graph.Fights, "China")},
			companion: "Chinese warships fired missiles at Indian targets.",
			want:      []string{fact("China", graph.Fights, "India")}},
		{text: "Egypt used its French jets to strike targets in Libya.",
			not:       []string{fact("France", graph.Fights, "Libya"), fact("Libya", graph.Fights, "France")},
			companion: "French jets struck the Tarsh Front in Libya.",
			want:      []string{fact("France", graph.Fights, "Tarsh Front")}},
		{text: "Activists said Syrian or Russian jets bombed the Tarsh Front near Velmar.",
			not:       []string{fact("Russia", graph.Fights, "Tarsh Front"), fact("Syria", graph.Fights, "Tarsh Front")},
			companion: "Activists said Russian jets bombed the Tarsh Front near Velmar.",
			want:      []string{fact("Russia", graph.Fights, "Tarsh Front")}},
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
		// Another state's "-backed" before the demonym: the backer's
		// clients, named by where they come from, are no state's forces.
		{text: "Turkish-backed Syrian units attacked the Tarsh Front near Velmar.",
			not:       []string{fact("Turkey", graph.Supports, "Syria"), fact("Syria", graph.Fights, "Tarsh Front"), fact("Turkey", graph.Fights, "Tarsh Front")},
			companion: "Syrian units attacked the Tarsh Front near Velmar.",
			want:      []string{fact("Syria", graph.Fights, "Tarsh Front")}},
		{text: "US-backed Syrian units attacked the Tarsh Front.",
			not:       []string{fact("United States", graph.Supports, "Syria")},
			companion: "US warplanes backed Syrian units against the Tarsh Front.",
			want:      []string{fact("United States", graph.Supports, "Syria")}},
		{text: "Iranian-backed Iraqi units attacked the Tarsh Front.",
			not:       []string{fact("Iran", graph.Supports, "Iraq"), fact("Iraq", graph.Fights, "Tarsh Front"), fact("Iran", graph.Fights, "Tarsh Front")},
			companion: "Iraqi units attacked the Tarsh Front.",
			want:      []string{fact("Iraq", graph.Fights, "Tarsh Front")}},
		{text: "Turkish-backed Syrian forces attacked the Tarsh Front near Velmar.",
			not:       []string{fact("Turkey", graph.Supports, "Syrian Arab Army"), fact("Syrian Arab Army", graph.Fights, "Tarsh Front")},
			companion: "Syrian forces attacked the Tarsh Front near Velmar.",
			want:      []string{fact("Syrian Arab Army", graph.Fights, "Tarsh Front")}},
	})
}

// TestMenOnTheirOwnAreNotTheState checks that a state's men named as on
// their own account ("retired Russian paratroopers") are not the state
// acting, and that a state joins no armed band its men serve with.
func TestMenOnTheirOwnAreNotTheState(t *testing.T) {
	alongside := fact("Russia", graph.CooperatesWith, "Tarsh Front")
	checkNegatives(t, []negativeCase{
		{text: "Retired Russian paratroopers fought alongside the Tarsh Front near Velmar.",
			not: []string{alongside}, companion: "Russian paratroopers fought alongside the Tarsh Front near Velmar.", want: []string{alongside}},
		{text: "Former Russian commandos fought alongside the Tarsh Front near Velmar.",
			not: []string{alongside}, companion: "Russian commandos fought alongside the Tarsh Front near Velmar.", want: []string{alongside}},
		{text: "Russian servicemen serving with the Tarsh Front attacked Velmar.",
			not:       []string{fact("Russia", graph.MemberOf, "Tarsh Front")},
			companion: "Russian servicemen serving with the Lake Force landed in Velmar.",
			want:      []string{fact("Russia", graph.MemberOf, "Lake Force")}},
	})
}
