package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A side taken in a fight against someone named after "against" states
// that the side fights them (sidedFights).
func TestSidedFights(t *testing.T) {
	fights := fact("Borduria Front", graph.Fights, "Tarsh Brigades")
	checkFacts(t, []factCase{
		// A verb of taking sides, adverbials before "against".
		{text: "Ghana has backed the Borduria Front since 2019 against the Tarsh Brigades.",
			want: []string{fights}},
		{text: "Ghanaian advisers are helping the Borduria Front against the Tarsh Brigades in the hills.",
			want: []string{fights}},
		// "in the war against".
		{text: "Ghana has armed the Borduria Front in the war against the Tarsh Brigades.",
			want: []string{fights}},
		// A name's fighters.
		{text: "Ghana sent volunteers to support the Borduria Front's fighters against the Tarsh Brigades.",
			want: []string{fights}},
		// "alongside".
		{text: "About 500 Ghanaian soldiers operate alongside the Borduria Front against the Tarsh Brigades.",
			want: []string{fights}},
		// "on the side of".
		{text: "Ghana fought on the side of the Borduria Front against the Tarsh Brigades.",
			want: []string{fights}},
		// A state as the side, a body as the foe.
		{text: "The Borduria Front said Ghana was aiding Togo against the Tarsh Brigades.",
			want: []string{fact("Tarsh Brigades", graph.Fights, "Togo")}},
	})
	companion := "Ghana has backed the Borduria Front since 2019 against the Tarsh Brigades."
	checkNegatives(t, []negativeCase{
		// A side taken in a vote or at a council: politics, no fight.
		{text: "Ghana backed the Borduria Front against the Tarsh Brigades in the vote.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		{text: "Ghana supported the Borduria Front against the Tarsh Brigades at the council.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// "against" opens no name: a stance, not a foe.
		{text: "Ghana backs the Borduria Front against the wishes of the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// A possessive after "against" names a thing of the foe's.
		{text: "Ghana backed the Borduria Front against the Tarsh Brigades' plan for the valley.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// Negated or hedged.
		{text: "Ghana did not back the Borduria Front against the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		{text: "Ghana may soon back the Borduria Front against the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// "against" in another clause.
		{text: "Ghana backs the Borduria Front, and Togo has spoken out against the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
		// Two states: a vote or a dispute, not a fight.
		{text: "At the council, Ghana supported Togo against Benin on the border question.",
			not: []string{fact("Benin", graph.Fights, "Togo"), fact("Togo", graph.Fights, "Benin")}, companion: companion, want: []string{fights}},
		// A verb of a stance takes no side in the fight.
		{text: "Ghana welcomed the Borduria Front against the Tarsh Brigades.",
			not: []string{fights}, companion: companion, want: []string{fights}},
	})
}
