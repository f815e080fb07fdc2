package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A relative clause opened by "which along with" (or "together with")
// takes a list of companions, not only one: every state of the list before
// the clause's verb is its subject with the antecedent, with or without the
// commas of an aside, with or without a serial comma. A list after the
// verb stays the verb's object.
func TestAlongWithListInRelative(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, which along with Chile and Bolivia lists Vantar Mosk as a terrorist organisation, struck its camps.",
			want: []string{fact("Peru", graph.Opposes, "Vantar Mosk"), fact("Chile", graph.Opposes, "Vantar Mosk"), fact("Bolivia", graph.Opposes, "Vantar Mosk")}},
		{text: "Chile, which together with Peru, Bolivia and Ecuador designated Vantar Mosk a terrorist group, closed the border.",
			want: []string{fact("Chile", graph.Opposes, "Vantar Mosk"), fact("Ecuador", graph.Opposes, "Vantar Mosk"), fact("Bolivia", graph.Opposes, "Vantar Mosk")}},
		{text: "Peru, which, along with Chile and Bolivia, backs the Korvath Front, sent advisers.",
			want: []string{fact("Peru", graph.Supports, "Korvath Front"), fact("Chile", graph.Supports, "Korvath Front"), fact("Bolivia", graph.Supports, "Korvath Front")}},
		{text: "Bolivia, which along with Peru, Chile, and Ecuador funds the Korvath Front, sent advisers.",
			want: []string{fact("Bolivia", graph.Supports, "Korvath Front"), fact("Ecuador", graph.Supports, "Korvath Front")}},
		{text: "Peru, which along with Chile backs the Korvath Front, Bolivia and Ecuador, sent advisers.",
			want: []string{fact("Peru", graph.Supports, "Bolivia"), fact("Chile", graph.Supports, "Ecuador")},
			not:  []string{fact("Bolivia", graph.Supports, "Korvath Front"), fact("Ecuador", graph.Supports, "Korvath Front")}},
		{text: "Peru, which, along with Chile, backs Bolivia and Ecuador.",
			want: []string{fact("Chile", graph.Supports, "Bolivia")},
			not:  []string{fact("Bolivia", graph.Supports, "Ecuador"), fact("Ecuador", graph.Supports, "Bolivia")}},
	})
}

// A comma after a name that opens "the X and Y" parts a list of names, not
// an appositive describing the name before it: the relative clause's list
// of subjects keeps all its members. An appositive of adjectives stays one.
func TestListOfNamesAfterCommaIsNoAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Vantar Mosk, which Peru, the United States and Chile list as a terrorist organisation, seized the town.",
			want: []string{fact("Peru", graph.Opposes, "Vantar Mosk"), fact("United States", graph.Opposes, "Vantar Mosk"), fact("Chile", graph.Opposes, "Vantar Mosk")}},
		{text: "The Korvath Front, which Bolivia, the US and the EU designate as a terrorist group, fired rockets at Peru.",
			want: []string{fact("Bolivia", graph.Opposes, "Korvath Front"), fact("European Union", graph.Opposes, "Korvath Front")}},
		{text: "The Korvath Front, which Chile, the United Nations and the EU regard as a terrorist group, fired rockets at Peru.",
			want: []string{fact("Chile", graph.Opposes, "Korvath Front"), fact("United Nations", graph.Opposes, "Korvath Front"), fact("Korvath Front", graph.Fights, "Peru")},
			not:  []string{fact("Chile", graph.Fights, "Peru")}},
		{text: "The Korvath Front, the Peruvian and Chilean militia, fired rockets at Bolivia.",
			want: []string{fact("Korvath Front", graph.Fights, "Bolivia")},
			not:  []string{fact("Peru", graph.Fights, "Bolivia"), fact("Chile", graph.Fights, "Bolivia")}},
	})
}
