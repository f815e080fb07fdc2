package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A verb of driving an enemy away with its particle before the enemy
// ("drove out X", "pushed back X", "fought off X") or in the passive
// ("was pushed back by X", "before being driven out by X").
func TestDrivenAwayWithParticle(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		{text: "The Borduria Front overran the crossing and drove out Ghanaian troops.", want: []string{front}},
		{text: "Ghanaian forces have pushed back the Borduria Front near the river.", want: []string{front}},
		{text: "Ghana fought off the Borduria Front after a night of clashes.", want: []string{front}},
		{text: "Ghanaian troops were driving back the Borduria Front on Monday.", want: []string{front}},
		{text: "The Borduria Front attacked the town before being pushed back by Ghanaian troops.", want: []string{front}},
		{text: "The Borduria Front was driven out by the Ghanaian army in May.", want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
	})
	checkNegatives(t, []negativeCase{
		// Pushing back against a claim, and a state forcing out another's
		// troops by decree, are no fight.
		{text: "Ghana pushed back against claims made by the Borduria Front.",
			not:       []string{front},
			companion: "Ghana pushed back the Borduria Front.",
			want:      []string{front}},
		{text: "Ghana forced out Togolese troops by ending the defence pact.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana drove out Togolese troops by force.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// Fending off, fighting off and beating back in the passive are
		// a fight only between states and bodies, as in the active: a
		// candidate fought off by a rival in a debate is no fight.
		{text: "Senator Ama Boateng was fought off by Kofi Mensah in the second debate.",
			not:       []string{fact("Ama Boateng", graph.Fights, "Kofi Mensah")},
			companion: "The Borduria Front was fought off by Ghanaian troops at the crossing.",
			want:      []string{front}},
	})
}

// A strike on what a state owns, its possessive before a civil target
// ("Togo struck Ghana's main children's hospital", "hit Ghana's power
// grid"), fights the state.
func TestStrikesOnStateCivilTargets(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo struck Ghana's main children's hospital during a missile barrage.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togolese drones hit Ghana's power grid overnight.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togo has attacked Ghana's energy infrastructure and ports for months.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Accra's drones struck Togo's oil refineries on Sunday.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Sanctions that hit a state's economy, and a deal struck, are no
		// strike.
		{text: "Togo's sanctions hit Ghana's economy hard.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togo hit Ghana's ports hard.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togo struck a deal with Ghana's ports authority.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togo struck Ghana's ports.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// Fire aimed at a side by a body's own fighters ("the Front said its
// fighters fired rockets at Ghanaian troops"), and an aim repeated before
// each target of a list whose first is a place ("at Kumasi and at Ghanaian
// troops").
func TestFireAimedAtSides(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		{text: "The Borduria Front said its fighters had fired rockets at Ghanaian troops near the border.", want: []string{front}},
		{text: "The Borduria Front said its fighters launched drones at Kumasi and at Ghanaian positions.", want: []string{front}},
		{text: "The Borduria Front fired mortar barrages at the port and at Ghanaian troops on Monday.", want: []string{front}},
	})
	checkNegatives(t, []negativeCase{
		// The speaker of another's fire is not its author.
		{text: "The Borduria Front said Togolese fighters fired rockets at Ghanaian troops.",
			not:       []string{front},
			companion: "The Borduria Front said its fighters fired rockets at Ghanaian troops.",
			want:      []string{front}},
		// Fire at places only names no side.
		{text: "The Borduria Front fired rockets at Kumasi and at the port.",
			not:       []string{front},
			companion: "The Borduria Front fired rockets at Kumasi and at Ghanaian troops.",
			want:      []string{front}},
	})
}

// A fight beside an ally the text leaves unnamed, or names in words no
// reading resolves ("fought alongside the federal army against X"), is a
// fight against the enemy named after "against".
func TestFoughtAlongsideSomeoneAgainst(t *testing.T) {
	brigade := fact("Borduria Front", graph.Fights, "Northern Brigade")
	checkFacts(t, []factCase{
		{text: "The Northern Brigade fought alongside local militias against the Borduria Front in 2021.", want: []string{brigade}},
		{text: "The Northern Brigade has fought alongside the army against the Borduria Front since 2020.", want: []string{brigade}},
		{text: "The Northern Brigade was battling alongside tribal fighters against the Borduria Front.", want: []string{brigade}},
	})
	checkNegatives(t, []negativeCase{
		// "against" in another clause, and a denied fight.
		{text: "The Northern Brigade fought alongside local militias and later campaigned against the Borduria Front.",
			not:       []string{brigade},
			companion: "The Northern Brigade fought alongside local militias against the Borduria Front.",
			want:      []string{brigade}},
		{text: "The Northern Brigade did not fight alongside the army against the Borduria Front.",
			not:       []string{brigade},
			companion: "The Northern Brigade fought alongside the army against the Borduria Front.",
			want:      []string{brigade}},
	})
}
