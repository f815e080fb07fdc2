package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLandsMeetInPlace checks land told by "where A, B and C meet" with a
// place of land after it ("meet inside the national park", "meet along the
// river", "meet in the savannah"): states whose borders meet there met no
// one, while people, states that met in the past tense, and states that
// meet in a city, at a time, in person, in a hotel, in the presence of
// mediators or within a framework did.
func TestLandsMeetInPlace(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	km := fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")
	checkNegatives(t, []negativeCase{
		{text: "Gunmen struck a post in the district where Ghana, Togo and Benin meet inside the national park.",
			not:       []string{gt},
			companion: "Gunmen struck a post in the district where Ghana, Togo and Benin met inside the old fort to sign a border pact.",
			want:      []string{gt}},
		{text: "The refugees crossed at the point where Ghana and Togo meet along the Volta river.",
			not:       []string{gt},
			companion: "The refugees crossed at the point where Ghana and Togo met in March.",
			want:      []string{gt}},
		{text: "The raid hit an outpost in the forest, where Ghana, Togo and Benin meet inside the Kalo reserve.",
			not:       []string{gt},
			companion: "The envoys gathered in Lome, where Ghana, Togo and Benin meet in March for talks.",
			want:      []string{gt}},
		{text: "The smugglers cross at the river bend where Ghana and Togo meet near the old ferry.",
			not:       []string{gt},
			companion: "Officials travelled to Accra, where Ghana and Togo met on Tuesday.",
			want:      []string{gt}},
		// States meet near the lake as land; people meet there.
		{text: "The lodge where Ghana and Togo meet near the lake was closed to reporters.",
			not:       []string{gt},
			companion: "The lodge where President Kofi Mensah and President Edem Kpodar meet near the lake was closed to reporters.",
			want:      []string{km}},
		// "in" both ways: land in the savannah, a meeting in person, in a
		// city, in a hotel, in the presence of mediators, in a bid.
		{text: "Herders graze cattle in the area where Ghana, Togo and Benin meet in the savannah.",
			not:       []string{gt},
			companion: "Herders cheered the forum where Ghana, Togo and Benin meet in person for the first time.",
			want:      []string{gt}},
		{text: "Herders graze cattle in the area where Ghana and Togo meet in the dry savannah.",
			not:       []string{gt},
			companion: "Reporters waited at the hotel where Ghana and Togo meet in Lome.",
			want:      []string{gt}},
		{text: "Patrols watch the valley where Ghana and Togo meet in the river valley.",
			not:       []string{gt},
			companion: "Reporters waited outside the resort where Ghana and Togo meet in a hotel each month.",
			want:      []string{gt}},
		{text: "Patrols watch the valley where Ghana and Togo meet in the river valley.",
			not:       []string{gt},
			companion: "Diplomats praised the forum where Ghana and Togo meet in the presence of AU mediators.",
			want:      []string{gt}},
		{text: "Patrols watch the valley where Ghana and Togo meet in the river valley.",
			not:       []string{gt},
			companion: "Diplomats praised the forum where Ghana and Togo meet in a bid to end the dispute.",
			want:      []string{gt}},
		{text: "Patrols watch the valley where Ghana and Togo meet in the river valley.",
			not:       []string{gt},
			companion: "Diplomats praised the forum where Ghana and Togo meet around the negotiating table.",
			want:      []string{gt}},
		{text: "Patrols watch the valley where Ghana and Togo meet in the river valley.",
			not:       []string{gt},
			companion: "Diplomats praised the forum where Ghana and Togo meet within the framework of the border commission.",
			want:      []string{gt}},
	})
}
