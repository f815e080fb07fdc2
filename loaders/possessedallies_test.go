package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// The allies a possessive names after "allies" are allied with the body
// the possessive stands for: in an apposed list, after a naming word, or
// as the body they belong to after "in" (possessedAllies).
func TestPossessedAllies(t *testing.T) {
	checkFacts(t, []factCase{
		// A list after a naming word; states of a state.
		{text: "Ghana and its regional allies, including Togo and Benin, sent troops to the border.",
			want: []string{fact("Togo", graph.AlliedWith, "Ghana"), fact("Benin", graph.AlliedWith, "Ghana")}},
		{text: "The Borduria Front and its allies, notably the Lake Movement, rejected the plan.",
			want: []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front")}},
		// An apposed list of two bodies.
		{text: "The Borduria Front and its allies, the Lake Movement and the Tarsh Brigades, rejected the plan.",
			want: []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front"), fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}},
		// The body the allies belong to, after "in"; "their" for the name
		// it is coordinated with.
		{text: "The Tarsh Brigades joined the war in May. Rebels fought the Borduria Front and its allies in the Tarsh Brigades for three days.",
			want: []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}},
		{text: "The Tarsh Brigades joined the war in May. The town was held by the Borduria Front and their allies in the Tarsh Brigades until June.",
			want: []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// "Its allies in NATO" are fellow members of the alliance.
		{text: "Ghana and its allies in NATO sent ships to the strait.",
			not:       []string{fact("NATO", graph.AlliedWith, "Ghana")},
			companion: "The Tarsh Brigades joined the war in May. Rebels fought the Borduria Front and its allies in the Tarsh Brigades for three days.",
			want:      []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}},
		// A body of another kind in a state's list of allies is backed,
		// not allied.
		{text: "Ghana and its allies, including Togo and the Lake Movement, sent troops to the border.",
			not:       []string{fact("Lake Movement", graph.AlliedWith, "Ghana")},
			companion: "Ghana and its regional allies, including Togo and Benin, sent troops to the border.",
			want:      []string{fact("Togo", graph.AlliedWith, "Ghana")}},
		// After "in", a place is where the allies are, no body of theirs.
		{text: "The Borduria Front and its allies in Syria rejected the plan.",
			not:       []string{fact("Syria", graph.AlliedWith, "Borduria Front")},
			companion: "The Borduria Front and its allies, the Lake Movement and the Tarsh Brigades, rejected the plan.",
			want:      []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}},
		// "his allies": a person's, which this reading leaves alone.
		{text: "Karel Novak and his allies, the Tarsh Brigades, left the talks.",
			not:       []string{fact("Karel Novak", graph.AlliedWith, "Tarsh Brigades")},
			companion: "The Borduria Front and its allies, notably the Lake Movement, rejected the plan.",
			want:      []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front")}},
	})
}

// Allies the possessive does not name now, or names no body of: the name
// after "in" that runs on into a place ("Lake Movement-held north"), a
// former or hoped-for ally, and the main clause's subject after a phrase
// that opens the sentence (mend33d).
func TestPossessedAlliesNearMisses(t *testing.T) {
	const inBody = "The Tarsh Brigades joined the war in May. Rebels fought the Borduria Front and its allies in the Tarsh Brigades for three days."
	const listed = "The Borduria Front and its allies, the Lake Movement and the Tarsh Brigades, rejected the plan."
	const states = "Ghana and its regional allies, including Togo and Benin, sent troops to the border."
	inWant := []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}
	listWant := []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front")}
	stateWant := []string{fact("Togo", graph.AlliedWith, "Ghana")}
	checkNegatives(t, []negativeCase{
		{text: "The Tarsh Brigades joined the war in May. The Borduria Front and its allies in the Tarsh Brigades-held north were shelled.",
			not: []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}, companion: inBody, want: inWant},
		{text: "The Tarsh Brigades joined the war in May. The Borduria Front and its allies in the Tarsh Brigades stronghold of Varlen were shelled.",
			not: []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}, companion: inBody, want: inWant},
		{text: "The Tarsh Brigades joined the war in May. The Borduria Front said its allies in the Tarsh Brigades areas were shelled.",
			not: []string{fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}, companion: inBody, want: inWant},
		{text: "Russia and its former allies, including Ghana and Togo, met in Minsk.",
			not: []string{fact("Ghana", graph.AlliedWith, "Russia"), fact("Togo", graph.AlliedWith, "Russia")}, companion: states, want: stateWant},
		{text: "The Borduria Front and its erstwhile allies, the Lake Movement and the Tarsh Brigades, rejected the plan.",
			not: []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front"), fact("Tarsh Brigades", graph.AlliedWith, "Borduria Front")}, companion: listed, want: listWant},
		{text: "Ghana and its potential allies, Togo and Benin, rejected the plan.",
			not: []string{fact("Togo", graph.AlliedWith, "Ghana"), fact("Benin", graph.AlliedWith, "Ghana")}, companion: states, want: stateWant},
		{text: "Despite attacks by the Borduria Front and its allies, the Lake Movement, which holds the town, refused to leave.",
			not: []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front")}, companion: listed, want: listWant},
		{text: "After talks with Russia and its allies, Ghana, which hosts the base, closed the border.",
			not: []string{fact("Ghana", graph.AlliedWith, "Russia")}, companion: states, want: stateWant},
		{text: "Unlike Russia and its allies, Turkey (a NATO member) backs the rebels.",
			not: []string{fact("Turkey", graph.AlliedWith, "Russia")}, companion: states, want: stateWant},
		{text: "Backed by the Borduria Front and its allies, the Lake Movement, a Kurdish party, won the vote.",
			not: []string{fact("Lake Movement", graph.AlliedWith, "Borduria Front")}, companion: listed, want: listWant},
	})
}
