package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPassiveDeeds checks that a passive of a deed of war with its agent
// after "by" is read as the active: the agent did the deed.
func TestPassiveDeeds(t *testing.T) {
	checkFacts(t, []factCase{
		// The patient is a place: who took it fought who held it.
		{text: "The town was recaptured from the Borduria Front by the Peruvian army on Sunday.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		{text: "Zenda was liberated from the Borduria Front in May by the Peruvian army and its allies.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		{text: "The hill was later retaken from the Zenda Movement by Bolivian troops.",
			want: []string{fact("Bolivia", graph.Fights, "Zenda Movement")}},
		// A coordinated passive: the patient is the clause's subject.
		{text: "Carlos Mendoza, 76, seized power in Lima in 2003 and was overthrown ten years later by the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "Carlos Mendoza")}},
		// An agent that is a list: each did the deed.
		{text: "The border post was seized from the Zenda Movement by the Borduria Front and the Peruvian army.",
			want: []string{fact("Borduria Front", graph.Fights, "Zenda Movement"), fact("Peruvian army", graph.Fights, "Zenda Movement")}},
	})
	checkNegatives(t, []negativeCase{
		// A negation or a hedge among the auxiliaries voids the passive.
		{text: "The town was never recaptured from the Borduria Front by the Peruvian army.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peruvian army")},
			companion: "The town was recaptured from the Borduria Front by the Peruvian army.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		{text: "The town could be recaptured from the Borduria Front by the Peruvian army.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peruvian army")},
			companion: "The town has been recaptured from the Borduria Front by the Peruvian army.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		// A participle of no deed of war: aid carried from a place.
		{text: "The aid was taken from the Borduria Front depots by the Peruvian army.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peruvian army")},
			companion: "The depots were seized from the Borduria Front by the Peruvian army.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		// After "and", a clause with a subject of its own is no
		// coordinated passive of the sentence's subject.
		{text: "Carlos Mendoza, 76, seized power in Lima in 2003, and the capital was captured ten years later by the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "Carlos Mendoza")},
			companion: "Carlos Mendoza, 76, seized power in Lima in 2003 and was deposed ten years later by the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.Fights, "Carlos Mendoza")}},
	})
}

// TestPronounSubclauses checks that "it" or "they" opening a subordinate
// clause stands for the sentence's subject when no other name it agrees
// with stands between them.
func TestPronounSubclauses(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front remains active in the north, where it has fought Peru and the Zenda Movement.",
			want: []string{fact("Borduria Front", graph.Fights, "Peru"), fact("Borduria Front", graph.Fights, "Zenda Movement")}},
		{text: "The Borduria Front is strong in the hills, where it fought the Peruvian army for years.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
		{text: "Peru and Chile sent troops to the valley, where they clashed with the Zenda Movement.",
			want: []string{fact("Peru", graph.Fights, "Zenda Movement"), fact("Chile", graph.Fights, "Zenda Movement")}},
	})
	checkNegatives(t, []negativeCase{
		// Another name that agrees stands between: the pronoun may be
		// its.
		{text: "Chile supports the Zenda Movement from the air as it fights the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chile")},
			companion: "Chile keeps troops in the north, where it fights the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chile")}},
		// "they" does not stand for one body.
		{text: "The Borduria Front holds the valley, where they fought Peru for years.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "The Borduria Front holds the valley, where it fought Peru for years.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
	})
}

// TestTruceSides checks that two sides that take up a truce the clause
// says ends their fighting fought each other.
func TestTruceSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and the Borduria Front agreed on Sunday to an immediate ceasefire, ending a week of fighting along the border.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "Peru and Bolivia agreed to an unconditional truce brokered by Chile, ending five days of heavy clashes in the hills.",
			want: []string{fact("Bolivia", graph.Fights, "Peru")},
			not:  []string{fact("Chile", graph.Fights, "Peru"), fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru and Bolivia agreed to a ceasefire hours after the two neighbours traded artillery strikes across the border.",
			want: []string{fact("Bolivia", graph.Fights, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Three sides that take up a truce are as often its guarantors.
		{text: "Chile, Peru and Bolivia agreed to a ceasefire, ending the fighting in the valley.",
			not:       []string{fact("Bolivia", graph.Fights, "Peru"), fact("Chile", graph.Fights, "Peru")},
			companion: "Chile and Peru agreed to a ceasefire, ending the fighting in the valley.",
			want:      []string{fact("Chile", graph.Fights, "Peru")}},
		// "fighting" with its object is a gerund: no fighting ended.
		{text: "Chile and Peru agreed to extend the ceasefire after talks and to cooperate in fighting the Borduria Front.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Chile and Peru agreed to extend the ceasefire, ending the fighting in the valley.",
			want:      []string{fact("Chile", graph.Fights, "Peru")}},
		// A truce that is only hoped for.
		{text: "Chile and Peru may agree to a ceasefire soon, ending the fighting in the valley.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Chile and Peru agreed to a ceasefire on Monday, ending the fighting in the valley.",
			want:      []string{fact("Chile", graph.Fights, "Peru")}},
		// Fighting placed in a third state may be others': the two are
		// its mediators as often as its sides.
		{text: "Chile and Peru agreed to a ceasefire after weeks of fighting in Bolivia.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Chile and Peru agreed to a ceasefire after weeks of fighting in Peru.",
			want:      []string{fact("Chile", graph.Fights, "Peru")}},
	})
}

// TestPassiveDeedOfWordsOrVotes checks that a passive with "by" whose verb
// a politician's words do as often as arms ("attacked", "targeted",
// "defeated") is no deed of war read through the active.
func TestPassiveDeedOfWordsOrVotes(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chile was harshly attacked by Peru over the migrant deal.",
			not:       []string{fact("Chile", graph.Fights, "Peru"), fact("Peru", graph.Fights, "Chile")},
			companion: "The town was recaptured from the Borduria Front by Chile on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Borduria Front")}},
	})
}

// TestAppositiveRelativeVerb checks that the relative clause of an
// appositive is read with its own verb, the name its subject: "X, a group
// that has waged an insurgency against Y," is X's.
func TestAppositiveRelativeVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front, a group that has waged an insurgency against Peru since 2004, said it was ready.",
			want: []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "The Borduria Front, the main rebel alliance, which routed the Peruvian army there in May, holds the town.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
	})
	checkNegatives(t, []negativeCase{
		// A participle after a preposition qualifies the name: no deed.
		{text: "The Zenda Movement, a civic group that led protests against ousted President Carlos Mendoza, said it was ready.",
			not:       []string{fact("Carlos Mendoza", graph.Fights, "Zenda Movement")},
			companion: "The Zenda Movement ousted President Carlos Mendoza in 2004.",
			want:      []string{fact("Carlos Mendoza", graph.Fights, "Zenda Movement")}},
		// An uprising may be unarmed: leading one is no fight.
		{text: "The Zenda Movement, a union group that led the uprising against Peru, said it was ready.",
			not:       []string{fact("Peru", graph.Fights, "Zenda Movement")},
			companion: "The Zenda Movement, a rebel group that led an insurgency against Peru in 2004, said it was ready.",
			want:      []string{fact("Peru", graph.Fights, "Zenda Movement")}},
	})
}

// TestRelativeDisagrees checks that a relative clause a match reads
// through must agree with the name before it: "which" is no person's, and
// a verb in the singular is no group's.
func TestRelativeDisagrees(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Zenda Movement, a faction now led by Carlos Mendoza, which has clashed repeatedly with the Borduria Front, holds the hills.",
			not:       []string{fact("Borduria Front", graph.Fights, "Carlos Mendoza")},
			companion: "The Zenda Movement, which has clashed repeatedly with the Borduria Front, holds the hills.",
			want:      []string{fact("Borduria Front", graph.Fights, "Zenda Movement")}},
		{text: "Peru backs Chile and the Zenda Movement, which has been exchanging fire with the Borduria Front.",
			not:       []string{fact("Chile", graph.Fights, "Zenda Movement")},
			companion: "Chile and the Zenda Movement have been exchanging fire near the border.",
			want:      []string{fact("Chile", graph.Fights, "Zenda Movement")}},
	})
}
