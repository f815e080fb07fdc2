package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Chad's military leader X", "the Malian military strongman X": the army's
// noun opens the title of the state's ruler, and the state heads nothing
// called "Chad's military". "Chad's military said", "Chad's military
// spokesman X" and "military chief X" still name the army.
func TestRulerTitleOverArmy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Gen. Tomas Varga, Chad's military leader, rejected the accusation on Monday.",
			want: []string{fact("Tomas Varga", graph.HeadOf, "Chad")},
			not:  []string{fact("Chad's military", graph.PartOf, "Chad"), fact("Tomas Varga", graph.HeadOf, "Chad's military")}},
		{text: "Chad's military leader Gen. Tomas Varga flew to Niamey for talks.",
			want: []string{fact("Tomas Varga", graph.HeadOf, "Chad")},
			not:  []string{fact("Chad's military", graph.PartOf, "Chad")}},
		{text: "The Malian military leader, Colonel Ivo Brandt, received the envoy Odile Marchetti in Bamako.",
			want: []string{fact("Ivo Brandt", graph.HeadOf, "Mali"), fact("Ivo Brandt", graph.MetWith, "Odile Marchetti")},
			not:  []string{fact("Ivo Brandt", graph.HeadOf, "Malian military")}},
		{text: "Guinea's military strongman, Colonel Sekou Dabo, met Odile Marchetti in Conakry.",
			want: []string{fact("Sekou Dabo", graph.HeadOf, "Guinea"), fact("Odile Marchetti", graph.MetWith, "Sekou Dabo")}},
		{text: "Colonel Sekou Dabo, Gabon's new military leader, met Odile Marchetti in Libreville.",
			want: []string{fact("Sekou Dabo", graph.HeadOf, "Gabon")}},
		// The army named as an actor, or before an office of its own,
		// stays the army.
		{text: "Chad's military said its troops killed 40 militants near the lake.",
			want: []string{fact("Chad's military", graph.PartOf, "Chad")}},
		{text: "Chad's military spokesman Colonel Ali Morou said the troops had killed 40 militants.",
			want: []string{fact("Ali Morou", graph.SpokespersonOf, "Chad's military")},
			not:  []string{fact("Ali Morou", graph.HeadOf, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// A member's office after the noun is the army's.
		{text: "Gen. Tomas Varga, Chad's military chief, inspected the troops at Bol.",
			not:       []string{fact("Tomas Varga", graph.HeadOf, "Chad")},
			companion: "Gen. Tomas Varga, Chad's military leader, inspected the troops at Bol.",
			want:      []string{fact("Tomas Varga", graph.HeadOf, "Chad")}},
		// A ruler's title opened by the army's noun names no army, at the
		// start of a sentence or inside one (bareArmy); the army's own
		// office there still does.
		{text: "Chad's military shelled the Borduria Front on Monday. Military leader Tomas Varga said the offensive would go on.",
			not:       []string{fact("Tomas Varga", graph.HeadOf, "Chad's military")},
			companion: "Chad's military shelled the Borduria Front on Monday. Military chief Tomas Varga said the offensive would go on.",
			want:      []string{fact("Tomas Varga", graph.HeadOf, "Chad's military")}},
		{text: "Chad's military shelled the Borduria Front on Monday. Kenya said military leader Tomas Varga had flown to Bol.",
			not:       []string{fact("Tomas Varga", graph.HeadOf, "Chad's military")},
			companion: "Chad's military shelled the Borduria Front on Monday. Kenya said military chief Tomas Varga had flown to Bol.",
			want:      []string{fact("Tomas Varga", graph.HeadOf, "Chad's military")}},
	})
}
