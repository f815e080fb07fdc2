package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOtherPartyNoun checks that a name right before a noun that names
// another party ("a NATO member", "an al-Qaeda affiliate", "a Hamas ally")
// only qualifies that noun: the member or affiliate did the act, not the
// body, and the sentence does not name it. The relation nouns themselves
// still state ties ("Chile, a close ally of Peru"), and a name in
// apposition to the noun acts.
func TestOtherPartyNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "It was the first time an Andean Alliance member had fired on the Borduria Front.",
			not:       []string{fact("Andean Alliance", graph.Fights, "Borduria Front")},
			companion: "It was the first time the Andean Alliance had fired on the Borduria Front.",
			want:      []string{fact("Andean Alliance", graph.Fights, "Borduria Front")}},
		{text: "An Andean Alliance partner struck the Borduria Front on Tuesday.",
			not:       []string{fact("Andean Alliance", graph.Fights, "Borduria Front")},
			companion: "The Andean Alliance struck the Borduria Front on Tuesday.",
			want:      []string{fact("Andean Alliance", graph.Fights, "Borduria Front")}},
		{text: "A Borduria Front ally met Chilean President Anton Belz in Lima.",
			not:       []string{fact("Anton Belz", graph.MetWith, "Borduria Front")},
			companion: "The Borduria Front met Chilean President Anton Belz in Lima.",
			want:      []string{fact("Anton Belz", graph.MetWith, "Borduria Front")}},
		{text: "Peruvian troops shelled a Borduria Front affiliate near Arica.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "Peruvian troops shelled the Borduria Front near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "Chile said the Vantor Front, a former Borduria Front affiliate that attacked Chilean troops in Arica, was behind the raid.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chile")},
			companion: "The Vantor Front, a former Borduria Front affiliate, attacked Chilean troops in Arica on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Vantor Front")}},
	})
	checkFacts(t, []factCase{
		// A name in apposition to the noun is the one that acts.
		{text: "Ivan Marek, a Borduria Front ally, met Chilean President Anton Belz in Lima.",
			want: []string{fact("Anton Belz", graph.MetWith, "Ivan Marek")},
			not:  []string{fact("Anton Belz", graph.MetWith, "Borduria Front")}},
		// The relation noun itself states the tie.
		{text: "Chile, a close ally of Peru, attacked the Borduria Front on Monday.",
			want: []string{fact("Chile", graph.AlliedWith, "Peru"), fact("Borduria Front", graph.Fights, "Chile")}},
	})
}

// TestOwnerPronounDisagrees checks that a possessive pronoun between a
// subject and its object that cannot stand for the subject ("briefed A, B
// and C on his meeting with X", "Chile welcomed her talks with X") makes
// the act another's: no contact between the subject and the object. One
// that agrees keeps it.
func TestOwnerPronounDisagrees(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Luis Ortega briefed Chile, Bolivia and Ecuador on the results of his meeting with Anton Belz.",
			not:       []string{fact("Anton Belz", graph.MetWith, "Chile"), fact("Anton Belz", graph.MetWith, "Ecuador")},
			companion: "Chile, Bolivia and Ecuador discussed the results of their meeting with Anton Belz.",
			want:      []string{fact("Anton Belz", graph.MetWith, "Chile"), fact("Anton Belz", graph.MetWith, "Ecuador")}},
		{text: "Chile welcomed the outcome of her talks with the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.SpokeWith, "Chile")},
			companion: "Chile welcomed the outcome of its talks with the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.SpokeWith, "Chile")}},
		{text: "Peruvian President Luis Ortega hailed its talks with the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.SpokeWith, "Luis Ortega")},
			companion: "Peruvian President Luis Ortega hailed his talks with the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.SpokeWith, "Luis Ortega")}},
	})
}

// TestTwoLeadersNotDelegates checks that "the two leaders" names two people
// who lead a state or body, whether named last or set together by the
// article: not two officials of one delegation when no leader is known.
func TestTwoLeadersNotDelegates(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Chilean delegation included Deputy Foreign Minister Karel Dvorak and Ivan Marek, the charge d'affaires of the Chilean embassy in Peru.\n\nIn a post on social media, the Peruvian president welcomed Anton Belz and said the two leaders had agreed to coordinate on security.",
			not:       []string{fact("Ivan Marek", graph.CooperatesWith, "Karel Dvorak")},
			companion: "Chilean President Anton Belz and Peruvian President Luis Ortega met in Lima on Sunday.\n\nIn a post on social media, Ortega said the two leaders had agreed to coordinate on security.",
			want:      []string{fact("Anton Belz", graph.CooperatesWith, "Luis Ortega")}},
	})
	checkFacts(t, []factCase{
		{text: "Chilean President Anton Belz and Peruvian President Luis Ortega signed the accord in Lima on Sunday.\n\nBoth leaders thanked Bolivia for its help.",
			want: []string{fact("Anton Belz", graph.Thanked, "Bolivia"), fact("Luis Ortega", graph.Thanked, "Bolivia")}},
	})
}

// TestOtherPartyReviewCases checks the object pronoun "her", which owns
// nothing, and "member states", which are the subject, not another party.
func TestOtherPartyReviewCases(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo briefed her on their talks with Benin.",
			want: []string{fact("Ghana", graph.SpokeWith, "Benin"), fact("Togo", graph.SpokeWith, "Benin")}},
		{text: "EU member states met with China in Brussels.",
			want: []string{fact("European Union", graph.MetWith, "China")}},
	})
}
