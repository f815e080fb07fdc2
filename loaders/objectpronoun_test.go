package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestObjectPronounIsNotItsSubject checks that "him" never stands for the
// subject of its own clause: "X called to congratulate him" names someone
// else, the other person named before it in the sentence. When the clause
// opens with a relative pronoun ("Y, who had phoned him"), the relative is
// its subject, and "him" may be the person named first.
func TestObjectPronounIsNotItsSubject(t *testing.T) {
	cases := []struct {
		text string
		want []string
		not  []string
	}{
		{text: "President Kofi Mensah of Ghana first invited Togolese President Edem Kpodar in February, when he called to congratulate him on taking office.",
			want: []string{fact("Kofi Mensah", graph.Congratulated, "Edem Kpodar")}},
		// The subject of the clause that embeds it is not its own.
		{text: "Togolese President Edem Kpodar said Ghanaian President Kofi Mensah phoned him on Monday.",
			want: []string{fact("Edem Kpodar", graph.SpokeWith, "Kofi Mensah")}},
		{text: "Togolese President Edem Kpodar held a telephone conversation with Ghanaian President Kofi Mensah, who congratulated him on the vote.",
			want: []string{fact("Kofi Mensah", graph.Congratulated, "Edem Kpodar")}},
		// A relative clause that has ended leaves the next subject
		// its own: no person keeps "him" from the one named first.
		{text: "Togolese envoy Edem Kpodar, who comes from Lome, served in Accra until Ghana expelled him in 2019.",
			want: []string{fact("Ghana", graph.Opposes, "Edem Kpodar")}},
		{text: "Ghanaian President Kofi Mensah thanked Togolese President Edem Kpodar, who had phoned him twice during the crisis.",
			want: []string{fact("Edem Kpodar", graph.SpokeWith, "Kofi Mensah")}},
		// No other person in the sentence: "him" is left unread rather
		// than given to its own subject.
		{text: "Ghanaian President Kofi Mensah phoned him on Monday.",
			not: []string{fact("Kofi Mensah", graph.SpokeWith, "Kofi Mensah")}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			checkGot(t, factKeys(t, c.text), c.want, c.not)
		})
	}
}
