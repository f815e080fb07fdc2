package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A denial that names the report it denies, with a phrase of the report's
// source between the report and its "that" ("denied a report in a Beirut
// daily that ..."), denies the contact the report tells, as "denied
// reports that" does (claim-noun, negatedBefore).
func TestDeniedReportSource(t *testing.T) {
	met := fact("Karim Zayat", graph.MetWith, "Omar Faddoul")
	checkNegatives(t, []negativeCase{
		{text: "Karim Zayat denied a report in a Paris weekly that he had met Omar Faddoul in Geneva last month.",
			not: []string{met}, companion: "Karim Zayat confirmed a report in a Paris weekly that he had met Omar Faddoul in Geneva last month.", want: []string{met}},
		{text: "Karim Zayat rejected claims by a Turkish newspaper that he had met Omar Faddoul in Geneva.",
			not: []string{met}, companion: "Karim Zayat told a Turkish newspaper that he had met Omar Faddoul in Geneva.", want: []string{met}},
		{text: "Karim Zayat denied a report in a Beirut daily that he had held a private dinner with Omar Faddoul.",
			not:       []string{fact("Karim Zayat", graph.MetWith, "Omar Faddoul")},
			companion: "A Beirut daily said Karim Zayat had held a private dinner with Omar Faddoul.", want: []string{fact("Karim Zayat", graph.MetWith, "Omar Faddoul")}},
	})
}

// A person the sentence names an officer of a side does not oppose it
// there: a reaction whose attack is read back to the speaker's own state
// was misread (holdsRoleIn).
func TestReactionOwnSide(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Israeli jets struck a depot near Qunaitra. The Syrian army had fought the rebels there until 2018. " +
			"Syria's ambassador to the United Nations, Qusay Darwish, said the strike was a violation of the truce.",
			not:       []string{fact("Qusay Darwish", graph.Opposes, "Syria")},
			companion: "Israeli jets struck a depot near Qunaitra. Syria's ambassador to the United Nations, Qusay Darwish, condemned Israel.",
			want:      []string{fact("Qusay Darwish", graph.Opposes, "Israel")}},
	})
}

// A judgement that names its author after "by" ("another massacre by the
// regime") is not of the attack stated last, even when the article gives
// the author no name (byAt).
func TestJudgementNamedAuthor(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "An Israeli raid on a base near Homs killed three soldiers. The opposition's representative in Paris, Luay Sabbouh, said the air strike on the market was another massacre by the regime.",
			not:       []string{fact("Luay Sabbouh", graph.Opposes, "Israel")},
			companion: "An Israeli raid on a base near Homs killed three soldiers. The opposition's representative in Paris, Luay Sabbouh, said the air strike was a massacre.",
			want:      []string{fact("Luay Sabbouh", graph.Opposes, "Israel")}},
	})
}

// "its" after a body that opens the sentence in lower case ("The tribal
// council said that its leader, X, ...") is that body's; a body named
// before stands for it only when its name ends in the subject's noun
// (openingBodyNoun).
func TestItsOfOpeningBody(t *testing.T) {
	head := fact("Hevin Aras", graph.HeadOf, "Homeland Party")
	checkNegatives(t, []negativeCase{
		{text: "The Homeland Party said on Monday it would take part in the vote. The tribal council said that its leader, Hevin Aras, would travel to Paris.",
			not: []string{head}, companion: "The Homeland Party said on Monday it would take part in the vote. Its leader, Hevin Aras, would travel to Paris.", want: []string{head}},
		{text: "The Homeland Party said on Monday it would take part in the vote. The Kurdish-led council rejected a claim by a Turkish newspaper that its co-chair, Hevin Aras, had held talks in Erbil.",
			not: []string{head}, companion: "The Homeland Party said on Monday it would take part in the vote. The party said its leader, Hevin Aras, had held talks in Erbil.", want: []string{head}},
	})
	checkFacts(t, []factCase{
		{text: "The Tarvo Council met on Monday in Paris. The council said its co-chair, Hevin Aras, would travel to Rome.",
			want: []string{fact("Hevin Aras", graph.HeadOf, "Tarvo Council")}},
		// A generic noun with a modifier refers back to the group named
		// before, whatever its name ends in (mend33d).
		{text: "The Lake Front seized Varlen on Monday. The Kurdish-led militia said its commander, Omar Zand, had entered the town.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lake Front")}},
	})
}

// A hedge of a verb and "to" holds with an adverb between them ("offered
// again to host", "plans now to meet", "is expected later to meet"): a plan,
// not a meeting (hedgeAt).
func TestHedgeWithAdverb(t *testing.T) {
	met := fact("Karim Zayat", graph.MetWith, "Omar Faddoul")
	checkNegatives(t, []negativeCase{
		{text: "Omar Faddoul plans now to meet Karim Zayat in Geneva.",
			not: []string{met}, companion: "Omar Faddoul now met Karim Zayat in Geneva.", want: []string{met}},
		{text: "Omar Faddoul is expected later to meet Karim Zayat in Geneva.",
			not: []string{met}, companion: "Omar Faddoul later met Karim Zayat in Geneva.", want: []string{met}},
		{text: "Delegations of Russia, Iran and Turkey closed the round in Astana. Kazakhstan offered again to host a meeting of the three countries.",
			not:       []string{fact("Iran", graph.MetWith, "Russia")},
			companion: "Delegations of Russia, Iran and Turkey closed the round in Astana. Kazakhstan again hosted a meeting of the three countries.",
			want:      []string{fact("Iran", graph.MetWith, "Russia")}},
	})
}
