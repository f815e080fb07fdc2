package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAllegiance checks that fighters named by whom they serve ("troops
// loyal to X", "militias taking orders from X") act as X's side wherever
// they stand: subject, object of a verb or a preposition, either end of
// "between A and B".
func TestAllegiance(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Ghanaian army attacked militiamen loyal to General Oren Talvik near the river.",
			want: []string{fact("Oren Talvik", graph.Fights, "Ghanaian army")},
			not:  []string{fact("Oren Talvik", graph.AlliedWith, "Ghanaian army")}},
		{text: "The Northern Brigade ambushed soldiers loyal to Ghana's government on Sunday.",
			want: []string{fact("Northern Brigade", graph.Fights, "Ghana")}},
		{text: "The Ghanaian army clashed with militias allied to Ahmed Varsen in the hills.",
			want: []string{fact("Ahmed Varsen", graph.Fights, "Ghanaian army")},
			not:  []string{fact("Ahmed Varsen", graph.AlliedWith, "Ghanaian army")}},
		{text: "The Ghanaian army said it had repelled an attack by gunmen taking orders from Ahmed Varsen.",
			want: []string{fact("Ahmed Varsen", graph.Fights, "Ghanaian army")}},
		{text: "Fighting erupted on Monday between the Northern Brigade and troops loyal to Ahmed Varsen.",
			want: []string{fact("Northern Brigade", graph.Fights, "Ahmed Varsen")}},
		{text: "Heavy clashes between fighters under the command of Ahmed Varsen and the Northern Brigade left ten dead.",
			want: []string{fact("Ahmed Varsen", graph.Fights, "Northern Brigade")}},
		{text: "War broke out in April between troops loyal to army chief General Kofi Mensah and the Northern Brigade.",
			want: []string{fact("Kofi Mensah", graph.Fights, "Northern Brigade")}},
		{text: "The conflict, fought between soldiers loyal to President Dario Mensk and militias allied with General Oren Talvik, spread south.",
			want: []string{fact("Dario Mensk", graph.Fights, "Oren Talvik")}},
		{text: "Clashes between troops loyal to Togo and militiamen backing the Northern Brigade spread to the capital.",
			want: []string{fact("Togo", graph.Fights, "Northern Brigade")}},
		{text: "Insurgents loyal to Ahmed Varsen attacked the Northern Brigade at dawn.",
			want: []string{fact("Ahmed Varsen", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// No noun of fighters before the link: the man is loyal, no
		// side is named.
		{text: "The Ghanaian army attacked the town, which is loyal to Ahmed Varsen.",
			not:       []string{fact("Ahmed Varsen", graph.Fights, "Ghanaian army")},
			companion: "The Ghanaian army attacked the gunmen loyal to Ahmed Varsen.",
			want:      []string{fact("Ahmed Varsen", graph.Fights, "Ghanaian army")}},
		// A name's own word ("Forces" of a body) is no noun of fighters.
		{text: "The Coastal Defence Forces loyal to the king met the Northern Brigade envoys in Accra.",
			not:       []string{fact("Northern Brigade", graph.MetWith, "Ghana")},
			companion: "The Coastal Defence Forces attacked soldiers loyal to the Northern Brigade.",
			want:      []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
		// Fighters loyal to no one named: no fact.
		{text: "The Ghanaian army attacked troops loyal to the old order.",
			not:       []string{fact("Ghanaian army", graph.Fights, "Ghana")},
			companion: "The Ghanaian army attacked troops loyal to Togo.",
			want:      []string{fact("Togo", graph.Fights, "Ghanaian army")}},
	})
}

// TestFightersAfterName checks that a side's fighters named by the side's
// name ("Somali government forces", "al-Shabaab fighters") are the side,
// so that a pair of such sides after "between" is read as one group.
func TestFightersAfterName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighting erupted between Somali government forces and al-Shabaab near the town.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Somalia")}},
		{text: "Heavy clashes between the Somali federal government forces and al-Shabaab fighters left ten dead.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Somalia")}},
		{text: "Fighting erupted between Hezbollah fighters and Israeli troops near the border.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		// Fighters "from" a state are another side's: the state is no
		// party to the fight.
		{text: "Fighting erupted between al-Shabaab fighters from Somalia and the Ghanaian army.",
			not:       []string{fact("Somalia", graph.Fights, "Ghanaian army")},
			companion: "Fighting erupted between al-Shabaab fighters and the Ghanaian army.",
			want:      []string{fact("Al-Shabaab", graph.Fights, "Ghanaian army")}},
	})
}
