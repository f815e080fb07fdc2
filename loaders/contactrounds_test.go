package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A round of talks the sides open, close or resume together, a gathering
// of their delegations and calls counted among theirs are contacts of
// every pair of the group; a group reference with its members set off by
// commas ("the guarantor states, A, B and C,") is the group itself.
func TestContactRounds(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	gb := fact("Benin", graph.MetWith, "Ghana")
	tb := fact("Benin", graph.MetWith, "Togo")
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin wrapped up two days of talks in Lome on Tuesday.",
			want: []string{gt, gb, tb}},
		{text: "Ghana and Togo concluded the fourth round of negotiations in Accra without a deal.",
			want: []string{gt}},
		{text: "Ghana and Togo resumed their talks in Accra after a pause of six months.",
			want: []string{gt}},
		{text: "The delegations of Ghana, Togo and Benin gathered for the fifth time in Lome on Tuesday.",
			want: []string{gt, gb, tb}},
		{text: "The foreign ministers of Ghana and Togo convened in Accra on Monday.",
			want: []string{gt}},
		{text: "The foreign ministers of Ghana, Togo and Benin held several phone calls on Saturday.",
			want: []string{fact("Ghana", graph.SpokeWith, "Togo"), fact("Benin", graph.SpokeWith, "Togo")}},
		// The group reference and the names in its appositive.
		{text: "The guarantor states, Ghana, Togo and Benin, wrapped up two days of talks in Lome.",
			want: []string{gt, gb, tb}},
		{text: "The guarantor states of the Lome process, Ghana, Togo and Benin, met in Accra on Monday.",
			want: []string{gt, gb, tb}},
	})
	companion := "Ghana and Togo wrapped up two days of talks in Lome on Tuesday."
	checkNegatives(t, []negativeCase{
		// A round opened with a third side pairs each with it, not
		// the two with each other.
		{text: "Ghana and Togo began talks with Benin in Cotonou on Monday.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// Planned rounds are no meeting.
		{text: "Ghana and Togo will resume talks in Accra next month.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// A gathering verb with an object.
		{text: "Ghana and Togo gathered intelligence on the rebels for years.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		// A round of something else.
		{text: "Ghana and Togo ended a new round of fighting along the border.",
			not: []string{gt}, companion: companion, want: []string{gt}},
	})
}

// Review34e: only the round's own noun phrase stands after the verb; a
// partner or mediator in its clause, two of one state, a reported clause
// before the verb and a gathering of troops, supporters or a plan are no
// meeting of the pair.
func TestContactRoundsNegatives(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	companion := "Ghana and Togo wrapped up two days of talks in Lome on Tuesday."
	var cases []negativeCase
	for _, text := range []string{
		// Another noun after the verb.
		"Ghana and Togo began boycotting the summit.",
		"Ghana and Togo began a boycott of the summit in Lome.",
		"Ghana and Togo ended hopes of resuming talks.",
		"Ghana and Togo ended their boycott of the summit.",
		"Ghana and Togo opened fire on a meeting of rebel commanders.",
		"Ghana and Togo started shelling the border on the eve of the talks.",
		"Ghana and Togo opened the door to talks.",
		"Ghana and Togo opened the way for talks.",
		"Ghana and Togo began preparations for the summit.",
		"Ghana and Togo started planning the summit.",
		"Ghana and Togo opened an embassy ahead of the summit.",
		"Ghana and Togo completed the withdrawal ahead of the summit.",
		"Ghana and Togo ended their participation in the talks.",
		"Ghana and Togo opened an investigation into the meeting.",
		"Ghana and Togo began meeting rebel leaders in secret.",
		// A partner or mediator.
		"Ghana and Togo concluded talks in Accra with Benin.",
		"Ghana and Togo started talks with the rebels' political wing in Lome.",
		"Ghana and Togo began talks on Monday aimed at ending the rebellion, with Benin mediating.",
		// A reported clause between the sides and the verb.
		"Ghana and Togo said the rebels gathered in the hills.",
		"Ghana and Togo said the rebels began talks in Lome.",
		"Ghana and Togo blamed the rebels, who ended the talks in Lome.",
		// Gatherings of others, and a gathering still to come.
		"Ghanaian and Togolese troops assembled on the border.",
		"Supporters of Ghana and Togo gathered at the stadium in Accra.",
		"Mourners from Ghana and Togo gathered in Lome for the funeral.",
		"Refugees from Ghana and Togo gathered at the border.",
		"Militants from Ghana and Togo gathered in northern Mali.",
		"The foreign ministers of Ghana and Togo gather in Lome later this month.",
	} {
		cases = append(cases, negativeCase{text: text, not: []string{gt}, companion: companion, want: []string{gt}})
	}
	cases = append(cases,
		negativeCase{text: "Russia and Ukraine resumed strikes on the day the talks began.",
			not: []string{fact("Russia", graph.MetWith, "Ukraine")}, companion: companion, want: []string{gt}},
		negativeCase{text: "Russian and Turkish troops gathered in Idlib on Monday.",
			not: []string{fact("Russia", graph.MetWith, "Turkey")}, companion: companion, want: []string{gt}},
		negativeCase{text: "Qatar and Egypt resumed talks between Israel and Hamas in Doha.",
			not: []string{fact("Egypt", graph.MetWith, "Qatar")}, companion: companion, want: []string{gt}},
		negativeCase{text: "Qatar and Egypt began hosting talks between Israel and Hamas.",
			not: []string{fact("Egypt", graph.MetWith, "Qatar")}, companion: companion, want: []string{gt}},
		negativeCase{text: "The delegations of Ghana, Togo and Benin convene in Lome next week.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		negativeCase{text: "Fighters of the Kivu Front and the Mai-Mai Movement gathered in the town.",
			not: []string{fact("Kivu Front", graph.MetWith, "Mai-Mai Movement"), fact("Mai-Mai Movement", graph.MetWith, "Kivu Front")}, companion: companion, want: []string{gt}},
		negativeCase{text: "Hamas and Islamic Jihad militants gathered at the border fence.",
			not: []string{fact("Hamas", graph.MetWith, "Islamic Jihad"), fact("Islamic Jihad", graph.MetWith, "Hamas")}, companion: companion, want: []string{gt}},
		// Co-delegates of one state.
		negativeCase{text: "Ghanaian Foreign Minister Ivo Darnel and Ghanaian Defence Minister Kofi Mensah wrapped up two days of talks in Lome.",
			not: []string{fact("Ivo Darnel", graph.MetWith, "Kofi Mensah"), fact("Kofi Mensah", graph.MetWith, "Ivo Darnel")}, companion: companion, want: []string{gt}},
		// Calls held with a third.
		negativeCase{text: "Ghana and Togo held several phone calls on Saturday with Benin's president.",
			not: []string{fact("Ghana", graph.SpokeWith, "Togo")}, companion: companion, want: []string{gt}},
		negativeCase{text: "President Ivo Darnel and President Amara Fendi held repeated phone calls with the rebel leaders.",
			not: []string{fact("Amara Fendi", graph.SpokeWith, "Ivo Darnel")}, companion: companion, want: []string{gt}},
		negativeCase{text: "The foreign ministers of Ghana and Togo held several phone calls with their Beninese counterpart on Saturday.",
			not: []string{fact("Ghana", graph.SpokeWith, "Togo")}, companion: companion, want: []string{gt}},
	)
	checkNegatives(t, cases)
}

// The group appositive of items.go takes names set off by commas only
// after a group reference that opens its clause and before the clause's
// verb: "talks between the guarantors, A and B, as well as C" is a list,
// and C stays in it.
func TestGroupAppositiveList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks between the guarantor states, Togo and Benin, as well as Niger, ended in Accra on Monday.",
			want: []string{fact("Benin", graph.MetWith, "Togo"), fact("Niger", graph.MetWith, "Togo"), fact("Benin", graph.MetWith, "Niger")}},
	})
}

// Review34e: the older group patterns' gap between the sides and the verb
// stops at a reporting verb or a plural noun, whose clause is another
// subject's.
func TestGroupGapReportedClause(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	companion := "Ghana and Togo met in Lome on Tuesday."
	var cases []negativeCase
	for _, text := range []string{
		"Ghana and Togo said the rebels met in the hills.",
		"Ghana and Togo said the rebels held talks in the hills.",
		"Ghana and Togo blamed the rebels, who met in the hills.",
	} {
		cases = append(cases, negativeCase{text: text, not: []string{gt}, companion: companion, want: []string{gt}})
	}
	checkNegatives(t, cases)
}
