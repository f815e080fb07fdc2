package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackedByTanksAttaches checks "X, backed by Y's tanks"
// (supports/O-backed-by-S-tanks): the participle describes the name right
// before it, not a name further back with a noun of its own between ("drove
// X back after a push escorted by Y's tanks": the push was escorted).
func TestBackedByTanksAttaches(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Velmar Battalion pushed the Tarsh Front back after a long push escorted by Turkish tanks.",
			not:       []string{fact("Turkey", graph.Supports, "Tarsh Front")},
			companion: "The rebel Tarsh Front, escorted by Turkish tanks, entered the town.",
			want:      []string{fact("Turkey", graph.Supports, "Tarsh Front")}},
	})
}

// TestBackedByTanksAfterVerb checks that words of the side's own clause
// may stand between its name and the participle ("entered Jarablus backed
// by Turkish tanks"), but not a time adjunct's preposition ("after a
// two-week advance backed by": the advance was backed) nor a word of
// driving the side out ("drove X out of the town"), whose side is the one
// driven out.
func TestBackedByTanksAfterVerb(t *testing.T) {
	backs := fact("Turkey", graph.Supports, "Tarsh Front")
	checkFacts(t, []factCase{
		{text: "The Tarsh Front entered Jarablus backed by Turkish tanks.", want: []string{backs}},
		{text: "Pro-Turkish rebels of the Tarsh Front crossed the border and entered Jarablus escorted by Turkish tanks and special forces.", want: []string{backs}},
		{text: "The Tarsh Front moved into the city escorted by Turkish armour.", want: []string{backs}},
		{text: "Tarsh Front fighters also backed by Turkish tanks entered the town.", want: []string{backs}},
	})
	companion := "The Tarsh Front entered Jarablus backed by Turkish tanks."
	checkNegatives(t, []negativeCase{
		{text: "The Velmar Battalion drove the Tarsh Front out of Jarablus after a series of operations backed by Turkish tanks.",
			not: []string{backs}, companion: companion, want: []string{backs}},
		{text: "The Tarsh Front was driven out of Jarablus after a two-week advance backed by Turkish jets.",
			not: []string{backs}, companion: companion, want: []string{backs}},
		{text: "The Tarsh Front was driven out of Jarablus during an offensive backed by Turkish jets.",
			not: []string{backs}, companion: companion, want: []string{backs}},
	})
}
