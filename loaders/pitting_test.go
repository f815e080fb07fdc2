package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPitting checks "pitting A against B": a war or fighting that pits
// them is a fight, past an appositive head naming a one-time partner
// ("against his former deputy, B"); a political quarrel that pits them is
// opposition, each member of the list against the other side.
func TestPitting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war pits General Tomas Vell against his former deputy, Arno Keddi, known as Hemo.",
			want: []string{fact("Arno Keddi", graph.Fights, "Tomas Vell")}},
		{text: "The conflict pitted the Velmar Brigades against their former allies, the Dorran Militia.",
			want: []string{fact("Dorran Militia", graph.Fights, "Velmar Brigades")}},
		{text: "Gulf leaders closed a three-year dispute that had pitted Saudi Arabia, Bahrain and Egypt against Qatar.",
			want: []string{
				fact("Saudi Arabia", graph.Opposes, "Qatar"),
				fact("Bahrain", graph.Opposes, "Qatar"),
				fact("Egypt", graph.Opposes, "Qatar"),
			},
			not: []string{fact("Qatar", graph.Fights, "Saudi Arabia")}},
		{text: "The diplomatic rift pitting Ghana against Togo deepened in March.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A one-time partner of another kind is no adversary named.
		{text: "The war pits General Tomas Vell against his former wife, Lina Keddi.",
			not:       []string{fact("Lina Keddi", graph.Fights, "Tomas Vell")},
			companion: "The war pits General Tomas Vell against his former deputy, Lina Keddi.",
			want:      []string{fact("Lina Keddi", graph.Fights, "Tomas Vell")}},
		// A match is neither war nor quarrel.
		{text: "A football match pitting Ghana against Togo drew thousands.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo"), fact("Ghana", graph.Fights, "Togo")},
			companion: "A long dispute pitting Ghana against Togo drew thousands into the streets.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}
