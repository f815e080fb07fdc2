package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A government member named by a bare office ("Information Minister X",
// "Deputy Foreign Minister X", "Vice President X") is a member of the state
// the sentence itself places him in: the scene it opens with ("In Asmara,
// ...") or the state, by name or capital, that opens the clause he reports
// ("... said Asmara would"). The state the whole report is about is not
// enough: reports name other states' ministers by bare title too.
func TestBareCabinetOffice(t *testing.T) {
	const before = "Eritrea and Ethiopia traded accusations over the border on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "Deputy Foreign Minister Tesfay Gebru, who spoke on state radio, said Asmara had left the bloc.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara, Deputy Defense Minister Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara, Vice President Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "Communications Minister Tesfay Gebru said Asmara would not attend the summit.",
			want: []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "In Asmara on Tuesday, Defence Minister Tesfay Gebru said the talks were useful.",
			want: []string{fact("Tesfay Gebru", graph.DefenseMinisterOf, "Eritrea")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Talks stalled, and Korvaland Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: before + "Talks stalled, and Information Minister Tesfay Gebru said Asmara would not attend the summit.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "Information Minister Tesfay Gebru said the talks were useful.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: before + "Information Minister Tesfay Gebru said Asmara found the talks useful.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "Information Minister Tesfay Gebru said on Tuesday that the talks in Asmara were useful.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: before + "Information Minister Tesfay Gebru said that Asmara found the talks useful.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
		{text: before + "Information Minister Tesfay Gebru said Asmara's envoy had left the talks.",
			not:       []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")},
			companion: before + "Information Minister Tesfay Gebru said Asmara had left the talks.",
			want:      []string{fact("Tesfay Gebru", graph.MemberOf, "Eritrea")}},
	})
}
