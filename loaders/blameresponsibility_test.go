package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Blame laid as responsibility is opposition to the blamed: the side held
// responsible (with or without an adverb such as "fully"), the side said
// to bear responsibility, the antecedent of "whom ... held responsible",
// and the side said to be held accountable. A side that bears no
// responsibility, a denial and a side's own duty ("responsible for
// security") give no such fact.
func TestBlameAsResponsibility(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana held the Togolese government fully responsible for the violence.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Peru said Bolivia bore full responsibility for the killing.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said the Bolivian authorities bear direct responsibility for the crime.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said on Monday that the Northern Brigade bore full responsibility for the sinking.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru refused to deal with the Northern Brigade, which Lima holds directly responsible for the deaths.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru warned that Bolivia would be held accountable for the attack.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// A pronoun blamer may resolve to the blamed: only a named one counts.
		{text: "Peru refused to deal with the Northern Brigade, which it holds directly responsible for the deaths.",
			not:       []string{fact("Peru", graph.Opposes, "Northern Brigade")},
			companion: "Peru refused to deal with the Northern Brigade, which Lima holds directly responsible for the deaths.",
			want:      []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru said Bolivia bore no responsibility for the killing.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia bore full responsibility for the killing.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru denied that Bolivia bore responsibility for the killing.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said that Bolivia bore responsibility for the killing.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivia was responsible for security at the border.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru held Bolivia responsible for the attack at the border.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}

// Holding a captive, a duty and a victim of another's deed are no blame:
// "whom X had held for two years", "bears primary responsibility for
// maintaining peace", "bears the responsibility to protect", "anyone who
// harms X will be held responsible".
func TestBlameNotCaptivityDutyNorVictim(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru refused to meet Kofi Adu, whom Lima blamed for the deaths.",
			want: []string{fact("Peru", graph.Opposes, "Kofi Adu")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru welcomed the release of Kofi Adu, whom the Northern Brigade had held for two years.",
			not:       []string{fact("Northern Brigade", graph.Opposes, "Kofi Adu")},
			companion: "Peru welcomed the release of Kofi Adu, whom the Northern Brigade had blamed for the attack.",
			want:      []string{fact("Northern Brigade", graph.Opposes, "Kofi Adu")}},
		{text: "Peru said Bolivia bears primary responsibility for maintaining peace and security.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia bears primary responsibility for the killing.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivia bears the responsibility to protect its people.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia bears the responsibility for the killing.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivia bears full responsibility for the security of its people.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia bears full responsibility for the killing.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said anyone who harms Bolivia will be held responsible.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia will be held responsible.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru warned that those who attacked Bolivia would be held accountable.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru warned that Bolivia would be held accountable.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}
