package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A government member named by a bare office ("Information Minister X",
// "Deputy Foreign Minister X", "Vice President X") is a member of the state
// whose scene the sentence opens with ("In Asmara, ...") or of the state he
// says will or can do something ("... said Asmara would"), when that state
// is also the report's or its dateline's: reports name other states'
// ministers by bare title too.
func TestBareCabinetOffice(t *testing.T) {
	const before = "Eritrea and Ethiopia traded accusations over the border on Monday. "
	const dated = "ASMARA (Reuters) - Eritrea and Ethiopia traded accusations over the border on Monday. "
	checkFacts(t, []factCase{
		{text: dated + "Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: dated + "Deputy Foreign Minister Tesfay Gebru, who spoke on state radio, said Asmara would leave the bloc.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara, Deputy Defense Minister Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara, Vice President Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: dated + "Communications Minister Tesfay Gebru said Asmara would not attend the summit.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara on Tuesday, Defence Minister Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.DefenseMinisterOf, "Eritrea")}},
	})
	checkNegatives(t, []negativeCase{
		{text: dated + "Talks stalled, and Korvaland Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: dated + "Talks stalled, and Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: dated + "Information Minister Tesfay Gebru said the talks were useful.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: dated + "Information Minister Tesfay Gebru said Asmara would find the talks useful.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: dated + "Information Minister Tesfay Gebru said Asmara's envoy would leave the talks.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: dated + "Information Minister Tesfay Gebru said Asmara would leave the talks.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
	})
}

// review35c finding 1: a minister's bare office is no sign that he speaks
// for the state he talks about: a threat, a blame or a demand is said of
// another state, and a state that is neither the report's nor its
// dateline's is not his.
func TestBareCabinetNotTheStateTalkedAbout(t *testing.T) {
	const dated = "TEHRAN (IRNA) - Iran warned Israel on Monday. "
	checkNegatives(t, []negativeCase{
		{text: "Deputy Foreign Minister Darius Venkar said Israel would pay a heavy price for the strike.",
			not:       []string{fact("Darius Venkar", graph.MemberOf, "Israel")},
			companion: "Deputy Foreign Minister Darius Venkar said Israel would pay a heavy price for the strike. In Jerusalem, Vice President Lior Tamsen said the talks were useful.",
			want:      []string{fact("Lior Tamsen", graph.MemberOf, "Israel")}},
		{text: "Interior Minister Omar Haddik said that Israel was responsible for the blast.",
			not:       []string{fact("Omar Haddik", graph.MemberOf, "Israel")},
			companion: "JERUSALEM (Reuters) - Interior Minister Omar Haddik said Israel would rebuild the town.",
			want:      []string{fact("Omar Haddik", graph.MemberOf, "Israel")}},
		{text: "Vice President Mara Quillon said Israel must do more to protect civilians.",
			not:       []string{fact("Mara Quillon", graph.MemberOf, "Israel")},
			companion: "JERUSALEM (Reuters) - Vice President Mara Quillon said Israel would do more to protect civilians.",
			want:      []string{fact("Mara Quillon", graph.MemberOf, "Israel")}},
		{text: "Deputy Defence Minister Karl Vossberg said Ukraine must withdraw from the region before talks.",
			not:       []string{fact("Karl Vossberg", graph.MemberOf, "Ukraine")},
			companion: "KYIV (Reuters) - Deputy Defence Minister Karl Vossberg said Ukraine would withdraw from the region before talks.",
			want:      []string{fact("Karl Vossberg", graph.MemberOf, "Ukraine")}},
		{text: dated + "Deputy Foreign Minister Hossein Amirak said Israel would face a crushing response.",
			not:       []string{fact("Hossein Amirak", graph.MemberOf, "Israel")},
			companion: dated + "Deputy Foreign Minister Hossein Amirak said Iran would attend the talks.",
			want:      []string{fact("Hossein Amirak", graph.MemberOf, "Iran")}},
		{text: "Mexico and Peru met on Monday. Deputy Foreign Minister Hossein Amirak said Peru would attend the talks.",
			not:       []string{fact("Hossein Amirak", graph.MemberOf, "Peru")},
			companion: "LIMA (Reuters) - Mexico and Peru met on Monday. Deputy Foreign Minister Hossein Amirak said Peru would attend the talks.",
			want:      []string{fact("Hossein Amirak", graph.MemberOf, "Peru")}},
		// The threat reading holds for a state's own offices too.
		{text: "Defence Minister Darius Venkar said Israel would pay a heavy price for the strike.",
			not:       []string{fact("Darius Venkar", graph.DefenseMinisterOf, "Israel")},
			companion: "Defence Minister Darius Venkar said Israel would defend its border.",
			want:      []string{fact("Darius Venkar", graph.DefenseMinisterOf, "Israel")}},
	})
}

// review35c finding 2: a scene the report sent a delegation or a visitor
// to is the host's; the office in it may be the guest's.
func TestBareCabinetVisitedScene(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Iran sent a delegation to Russia on Monday to discuss drone deliveries. In Moscow, Deputy Defence Minister Hossein Amirak told reporters that the talks had gone well.",
			not:       []string{fact("Hossein Amirak", graph.MemberOf, "Russia")},
			companion: "Iran and Russia discussed drone deliveries on Monday. In Moscow, Deputy Defence Minister Hossein Amirak told reporters that the talks had gone well.",
			want:      []string{fact("Hossein Amirak", graph.MemberOf, "Russia")}},
	})
}

// review35c finding 3: only a portfolio opens a sentence before a
// member's bare office; any other capitalised word may make it a rebel
// administration's or a region's.
func TestBareCabinetQualifier(t *testing.T) {
	const dated = "ADDIS ABABA (Reuters) - Ethiopia and Eritrea traded accusations on Monday. "
	checkNegatives(t, []negativeCase{
		{text: dated + "Rebel Information Minister Tadese Worku said Ethiopia would send troops.",
			not:       []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")},
			companion: dated + "Information Minister Tadese Worku said Ethiopia would send troops.",
			want:      []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")}},
		{text: dated + "Opposition Vice President Tadese Worku said Ethiopia would send troops.",
			not:       []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")},
			companion: dated + "Information Minister Tadese Worku said Ethiopia would send troops.",
			want:      []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")}},
		{text: "Ethiopia and Eritrea traded accusations on Monday. In Addis Ababa, Regional Information Minister Tadese Worku said the talks were useful.",
			not:       []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")},
			companion: "Ethiopia and Eritrea traded accusations on Monday. In Addis Ababa, Information Minister Tadese Worku said the talks were useful.",
			want:      []string{fact("Tadese Worku", graph.MemberOf, "Ethiopia")}},
	})
}
