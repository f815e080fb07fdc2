package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Taking or overrunning a site named by its owner after "of" attacks the
// owner (siteAttacks), also when the taker speaks of its own deed ("said it
// had"); a loss dealt by one side to another states their fight.
func TestSiteTakenAndLosses(t *testing.T) {
	fights := fact("Borduria Front", graph.Fights, "Tarsh Brigades")
	checkFacts(t, []factCase{
		{text: "The Borduria Front overran a garrison of the Tarsh Brigades near the river.",
			want: []string{fights}},
		{text: "The Borduria Front captured the headquarters of the Tarsh Brigades on Sunday.",
			want: []string{fights}},
		{text: "The Borduria Front said it had seized a base of the Tarsh Brigades.",
			want: []string{fights}},
		{text: "Ghana said it had seized a position of the Tarsh Brigades overnight.",
			want: []string{fact("Ghana", graph.Fights, "Tarsh Brigades")}},
		{text: "The Borduria Front inflicted heavy losses on the Tarsh Brigades in the valley.",
			want: []string{fights}},
		{text: "The Borduria Front suffered heavy casualties at the hands of the Tarsh Brigades.",
			want: []string{fights}},
		{text: "The Borduria Front lost its last base to the Tarsh Brigades in May.",
			want: []string{fights}},
	})
	companion := "The Borduria Front overran a garrison of the Tarsh Brigades near the river."
	checkNegatives(t, []negativeCase{
		// A site that is no side's: a place to meet.
		{text: "The Borduria Front took delegates of the Tarsh Brigades to the talks.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// Another's deed reported: "it" is not the speaker.
		{text: "Ghana said the Borduria Front had visited the headquarters of the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// Negated or planned.
		{text: "The Borduria Front did not capture the headquarters of the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		{text: "The Borduria Front may soon inflict heavy losses on the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// A loss that is no place or force: a vote, ground in a race.
		{text: "The Borduria Front lost the vote to the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		{text: "The Borduria Front lost ground to the Tarsh Brigades in the election.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// A city lost at the polls or a territory in court; a tour taken.
		{text: "The ruling Coastal Party lost the city to the Tarsh Brigades in local elections.",
			not: []string{fact("Coastal Party", graph.Fights, "Tarsh Brigades")}, companion: companion, want: []string{fights}},
		{text: "The Coastal Party lost its traditional stronghold to the Tarsh Brigades in Sunday's vote.",
			not: []string{fact("Coastal Party", graph.Fights, "Tarsh Brigades")}, companion: companion, want: []string{fights}},
		{text: "Nigeria lost the territory to Cameroon after the court ruling.",
			not: []string{fact("Cameroon", graph.Fights, "Nigeria")}, companion: companion, want: []string{fights}},
		{text: "The Ghanaian delegation took a tour of the headquarters of the African Union.",
			not: []string{fact("African Union", graph.Fights, "Ghana")}, companion: companion, want: []string{fights}},
	})
}
