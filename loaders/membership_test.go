package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestMembership checks the readings of part-of and member-of.
func TestMembership(t *testing.T) {
	checkFacts(t, []factCase{
		// Active relative clauses: the antecedent is the subject.
		{text: "The Badr Organization, which is part of Iraq's Popular Mobilization Forces, issued a statement.",
			want: []string{fact("Badr Organization", graph.PartOf, "Popular Mobilization Forces")}},
		// ", a senior figure in X": a member, not when speaking with one.
		{text: "Hadi al-Bahra, a senior figure in the Syrian National Coalition, arrived on Monday.",
			want: []string{fact("Hadi al-Bahra", graph.MemberOf, "Syrian National Coalition")}},
		{text: "The YPG, the backbone of the SDF, holds most of the northeast.",
			want: []string{fact("People's Protection Units", graph.PartOf, "Syrian Democratic Forces")}},
		// Appositives naming a body's parent.
		{text: "The Basij, the volunteer wing of the Revolutionary Guards, held drills.",
			want: []string{fact("Basij", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "The Federal Security Service of the Russian Federation said the plot was foiled.",
			want: []string{fact("FSB", graph.PartOf, "Russia")}},
		{text: "Turkey, a member of NATO, backs the rebels in Syria.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO"), fact("Turkey", graph.Supports, "Syrian rebels")}},
	})
	checkNegatives(t, []negativeCase{
		// ", a senior figure in X": a member, not when speaking with one.
		{text: "Sergei Lavrov, speaking with a member of the Hezbollah delegation, smiled.",
			not:       []string{fact("Sergei Lavrov", graph.MemberOf, "Hezbollah")},
			companion: "Hassan Fadlallah, a senior figure in Hezbollah, smiled.",
			want:      []string{fact("Hassan Fadlallah", graph.MemberOf, "Hezbollah")}},
		{text: "He is a member of Hezbollah.", not: []string{fact("He", graph.MemberOf, "Hezbollah")},
			companion: "Hassan Fadlallah is a member of Hezbollah.",
			want:      []string{fact("Hassan Fadlallah", graph.MemberOf, "Hezbollah")}},
	})
}

// "A of the Body" names a member of an organisation, not of a state, and
// not when a title gives the office.
func TestMemberOfBodyAfterName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ahmad Tohme of the Syrian Democratic Council told reporters the talks had stalled.",
			want: []string{fact("Ahmad Tohme", graph.MemberOf, "Syrian Democratic Council")}},
		{text: "The council's two co-chairs, Riyad Darar of the Syrian Democratic Council and Ahmad Tohme of the Free Syrian Army, arrived in Paris.",
			want: []string{fact("Ahmad Tohme", graph.MemberOf, "Free Syrian Army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Sergei Lavrov of Russia told reporters the talks had stalled.",
			not:       []string{fact("Sergei Lavrov", graph.MemberOf, "Russia")},
			companion: "Ahmad Tohme of the Syrian Democratic Council told reporters the talks had stalled.",
			want:      []string{fact("Ahmad Tohme", graph.MemberOf, "Syrian Democratic Council")}},
		{text: "Spokesman Mohammed Alloush of the Free Syrian Army told reporters the talks had stalled.",
			not:       []string{fact("Mohammed Alloush", graph.MemberOf, "Free Syrian Army")},
			companion: "Mohammed Alloush of the Free Syrian Army told reporters the talks had stalled.",
			want:      []string{fact("Mohammed Alloush", graph.MemberOf, "Free Syrian Army")}},
	})
}

// A body whose name says whose it is, after "of", belongs to that state.
func TestOwnerInBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Security Council of the Russian Federation issued a statement on Monday.",
			want: []string{fact("Security Council of Russia", graph.PartOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The UN Security Council issued a statement on Monday.",
			not:       []string{fact("United Nations Security Council", graph.PartOf, "Russia")},
			companion: "The Security Council of the Russian Federation issued a statement on Monday.",
			want:      []string{fact("Security Council of Russia", graph.PartOf, "Russia")}},
	})
}

// A body of no state named "of" or with the possessive of another body of
// no state is part of it; the relative clause after "X of Y" is X's.
func TestBodyWithinBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sultan Murad Division of the Free Syrian Army, which is armed by Turkey, entered the town.",
			want: []string{fact("Sultan Murad Division", graph.PartOf, "Free Syrian Army"), fact("Turkey", graph.Supports, "Sultan Murad Division")},
			not:  []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		{text: "Fighters of the Free Syrian Army's Tawhid Battalion withdrew from the village.",
			want: []string{fact("Tawhid Battalion", graph.PartOf, "Free Syrian Army")}},
	})
	checkNegatives(t, []negativeCase{
		// An umbrella named by a common noun ("rebels", "opposition") is
		// no part and no owner.
		{text: "The rebels of Jaish al-Islam left Douma, and the opposition's High Negotiations Committee rejected the plan.",
			not:       []string{fact("Syrian rebels", graph.PartOf, "Jaysh al-Islam"), fact("High Negotiations Committee", graph.PartOf, "Syrian rebels")},
			companion: "Fighters of the Free Syrian Army's Tawhid Battalion withdrew from the village.",
			want:      []string{fact("Tawhid Battalion", graph.PartOf, "Free Syrian Army")}},
		// A state's body keeps the catalog's word: Hezbollah is no body of Lebanon.
		{text: "Lebanon's Hezbollah sent more fighters to Qusayr.",
			not:       []string{fact("Hezbollah", graph.PartOf, "Lebanon")},
			companion: "Iran's Quds Force sent more fighters to Qusayr.",
			want:      []string{fact("Quds Force", graph.PartOf, "Iran")}},
	})
}

// TestMemberNoun checks membership said with a body's name before
// "member".
func TestMemberNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey is a NATO member.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
		{text: "Turkey, a NATO member, bought Russian missiles.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
	})
}

// TestBackboneAndOffshoot checks a body that forms the bulk of another,
// one that is another's arm, and "Y's branch, X".
func TestBackboneAndOffshoot(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade forms the backbone of the Coastal Defence Forces, a coalition of militias.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "The Northern Brigade makes up the bulk of the so-called Coastal Defence Forces.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "In the government's eyes the Northern Brigade is simply the armed wing of the Coastal Defence Forces.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "The Coastal Defence Forces' southern branch, the Northern Brigade, seized the port.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
	})
}
