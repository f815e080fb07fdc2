package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body described by an appositive or an adjective has its backer read.
func TestDescribedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jaysh al-Izza, a rebel group backed by the United States, shelled Syrian army positions in Hama.",
			want: []string{fact("United States", graph.Supports, "Jaysh al-Izza")}},
		{text: "Liwa Abu al-Fadl al-Abbas, an Iranian-backed militia, fought in Damascus.",
			want: []string{fact("Iran", graph.Supports, "Liwa Abu al-Fadl al-Abbas")}},
	})
}

// An appositive that names a relation, ", the movement's main backer," or
// ", the main backer of <body>,", is left to the patterns rather than
// swallowed as a description of the state before it.
func TestRelationAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Karvani Popular Front took the town of Selbo. Qatar, the front's main backer, said nothing.",
			want: []string{fact("Qatar", graph.Supports, "Karvani Popular Front")}},
		{text: "The Karvani Popular Front took the town of Selbo. Qatar, the main backer of the Karvani Popular Front, said nothing.",
			want: []string{fact("Qatar", graph.Supports, "Karvani Popular Front")}},
		{text: "The Karvani Popular Front took the town of Selbo. Qatar, a close ally of the movement, said nothing.",
			want: []string{fact("Qatar", graph.AlliedWith, "Karvani Popular Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Karvani Popular Front took the town of Selbo. Qatar, the host of the front's exiled leaders, said nothing.",
			not:       []string{fact("Qatar", graph.Supports, "Karvani Popular Front"), fact("Qatar", graph.AlliedWith, "Karvani Popular Front")},
			companion: "The Karvani Popular Front took the town of Selbo. Qatar, the front's main backer, said nothing.",
			want:      []string{fact("Qatar", graph.Supports, "Karvani Popular Front")}},
	})
}

// "for its part", "in its turn" are asides, not a body's forces: the verb
// after them is the subject's, and "its" + noun + verb is no noun phrase.
// "its forces" still stands for the body named before.
func TestPossessiveAsideIsNoActor(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali has for its part received drones from Turkey.",
			want: []string{fact("Turkey", graph.Supports, "Mali")}},
		{text: "Chad has in its turn received drones from Turkey.",
			want: []string{fact("Turkey", graph.Supports, "Chad")}},
		{text: "Niger, for their part, bought jets from Russia.",
			want: []string{fact("Russia", graph.Supports, "Niger")}},
		{text: "Chad said its forces received drones from Turkey.",
			want: []string{fact("Turkey", graph.Supports, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Mali has for its part never received drones from Turkey.",
			not:       []string{fact("Turkey", graph.Supports, "Mali")},
			companion: "Mali has for its part received drones from Turkey.",
			want:      []string{fact("Turkey", graph.Supports, "Mali")}},
	})
}
