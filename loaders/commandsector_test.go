package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCommandSector checks that a capitalised compass point right after a
// command's head ends the command's name as the sector it covers
// (headEndsAt, word set command-sector), so that the command is found and
// belongs to its owner's possessive; a point in lower case, or one that is
// no compass point, ends no name.
func TestCommandSector(t *testing.T) {
	south := fact("Operational Command South", graph.PartOf, "Ukraine")
	checkFacts(t, []factCase{
		{text: "Ukraine's Operational Command South said the landing craft had been sunk near the spit.", want: []string{south}},
		{text: "Ukraine's Operational Command North said two drones had been downed overnight.",
			want: []string{fact("Operational Command North", graph.PartOf, "Ukraine")}},
		{text: "The Velmar Front's Eastern Command West said its fighters had taken the ridge.",
			want: []string{fact("Eastern Command West", graph.PartOf, "Velmar Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A direction in lower case goes with the verb, not the name.
		{text: "Ukraine's Operational Command south of the river said the landing craft had been sunk.", not: []string{south},
			companion: "Ukraine's Operational Command South said the landing craft had been sunk near the spit.", want: []string{south}},
		// A capitalised word that is no compass point ends no command's name.
		{text: "Ukraine's Operational Command Tarvos said the landing craft had been sunk near the spit.", not: []string{fact("Operational Command Tarvos", graph.PartOf, "Ukraine")},
			companion: "Ukraine's Operational Command South said the landing craft had been sunk near the spit.", want: []string{south}},
	})
}
