package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestInPersonTalksAreMeetings checks that talks told with an adjunct
// that puts both sides in one place ("on the sidelines of the summit",
// "during a visit to Accra") are a meeting, while talks by phone stay a
// call and talks before a visit stay what they are.
func TestInPersonTalksAreMeetings(t *testing.T) {
	met := fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")
	spoke := fact("Edem Kpodar", graph.SpokeWith, "Kofi Mensah")
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{text: "Ghanaian President Kofi Mensah and Togolese President Edem Kpodar also conferred on the sidelines, the presidency said.",
			want: []string{met}, not: []string{spoke}},
		{text: "Ghanaian President Kofi Mensah discussed the plan with Togolese President Edem Kpodar during a visit to Lome.",
			want: []string{met}, not: []string{spoke}},
		{text: "Ghanaian President Kofi Mensah spoke by phone with Togolese President Edem Kpodar during his visit to Paris.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah discussed the plan with Togolese President Edem Kpodar ahead of his visit to Lome.",
			want: []string{spoke}, not: []string{met}},
		// A visit to a third country puts neither side at home; the
		// other stays where it is.
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar during a visit to Kenya.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar during a state visit to China.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar on the trip home.",
			want: []string{spoke}, not: []string{met}},
		// A visit still to come, or talks about a visit ("on" is
		// "about"), hold no one in one place.
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar on his planned visit to Lome.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar on the visit of the UN envoy.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Edem Kpodar on the visits by Chinese officials.",
			want: []string{spoke}, not: []string{met}},
		{text: "Ghanaian President Kofi Mensah discussed the border with Togolese President Edem Kpodar on the eve of a visit to Lome.",
			want: []string{spoke}, not: []string{met}},
		// A call for calm is no call between them.
		{text: "Ghanaian President Kofi Mensah and Togolese President Edem Kpodar conferred on the sidelines of the summit and called for calm.",
			want: []string{met}, not: []string{spoke}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkGot(t, factKeys(t, c.text), c.want, c.not)
		})
	}
}
