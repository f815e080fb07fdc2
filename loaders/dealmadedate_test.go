package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDealNamedByDateMade checks that a deal no word before its noun names
// is named by the month or the day after the participle of its making ("an
// agreement reached in May" is the May agreement), past the side it was
// made with and a weekday; and that neither a date without that participle,
// nor a place after it, nor a date after a deal already named, names it.
func TestDealNamedByDateMade(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Troops left the valley under an agreement reached in May between Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "May agreement"), fact("Peru", graph.Signed, "May agreement")}},
		{text: "Bolivia pulled back its troops under an accord signed with Peru on March 10.",
			want: []string{fact("Peru", graph.Signed, "March 10 accord")}},
		{text: "Fighting stopped after a truce agreed on Sunday in March 2024 between Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "March 2024 truce")}},
		{text: "Peru said a memorandum signed on 22 October by Chile and Bolivia opened the border.",
			want: []string{fact("Chile", graph.Signed, "22 October memorandum")}},
	})
	checkNegatives(t, []negativeCase{
		// A month that is no adjunct of the deal's making.
		{text: "Chile said an agreement with Peru was unlikely in May.",
			not:       []string{fact("Chile", graph.Signed, "May agreement")},
			companion: "Chile said an agreement reached with Peru in May was holding.",
			want:      []string{fact("Peru", graph.Signed, "May agreement")}},
		// A place of signing is not the name annotators give.
		{text: "Troops left the valley under an agreement reached in Geneva between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "Geneva agreement")},
			companion: "Troops left the valley under an agreement reached in May between Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "May agreement")}},
		// A deal its name already says keeps that name.
		{text: "Troops left the valley under the Arica accord reached in May between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "May accord")},
			companion: "Troops left the valley under an accord reached in May between Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "May accord")}},
	})
}

// TestDealDateYearAndParties checks that a deal named by the day it was
// made keeps the year after the day, with or without a comma, and that two
// deals made in the same month between other parties stay two (mend34d).
func TestDealDateYearAndParties(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighting stopped after a ceasefire agreed on 10 March 2020 between Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "10 March 2020 ceasefire")}},
		{text: "Bolivia pulled back its troops under an accord signed with Peru on March 10, 2020.",
			want: []string{fact("Peru", graph.Signed, "March 10, 2020 accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Fighting stopped after a ceasefire agreed on 10 March 2020 between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "10 March ceasefire")},
			companion: "Fighting stopped after a ceasefire agreed on 10 March between Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "10 March ceasefire")}},
		{text: "A deal struck in May between Bolivia and Ecuador collapsed, and a deal struck in May between Chile and Peru held.",
			not:       []string{fact("Chile", graph.Signed, "May deal")},
			companion: "A deal struck in May between Bolivia and Ecuador collapsed, and a deal struck in June between Chile and Peru held.",
			want:      []string{fact("Chile", graph.Signed, "June deal")}},
	})
}
