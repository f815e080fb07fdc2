package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A side said, found or determined to have committed an atrocity (genocide,
// war crimes, a terrorist act) is opposed by the one who says so, its
// allies in the clause with it; so is the antecedent of "which X says
// committed genocide". A denial, a doubt and a crime of no named side give
// no such fact.
func TestAtrocityLaidAtSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru said the Northern Brigade had committed a terrorist act.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru determined in January that the Northern Brigade and allied militias had committed genocide.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade, which Peru says committed war crimes in the north, denied the charge.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru denied that the Northern Brigade had committed genocide.",
			not:       []string{fact("Peru", graph.Opposes, "Northern Brigade")},
			companion: "Peru said the Northern Brigade had committed genocide.",
			want:      []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru said the Northern Brigade may have committed war crimes.",
			not:       []string{fact("Peru", graph.Opposes, "Northern Brigade")},
			companion: "Peru said the Northern Brigade had committed war crimes.",
			want:      []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
		{text: "Peru said the Northern Brigade had committed troops to the peace force.",
			not:       []string{fact("Peru", graph.Opposes, "Northern Brigade")},
			companion: "Peru said the Northern Brigade had committed war crimes.",
			want:      []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
	})
}

// A pledge to investigate atrocities, bare "crimes", a people named by its
// demonym and a clause of another's account lay no atrocity at a side's
// door.
func TestAtrocityNotPledgeNorPeople(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru said Bolivia had committed to investigating war crimes.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia had committed war crimes.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivia had committed itself to prosecuting war crimes.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivia had committed grave war crimes.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivian refugees had committed crimes.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivian forces had committed war crimes.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru said Bolivian survivors described how militiamen committed atrocities.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru said Bolivian forces committed atrocities.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}
