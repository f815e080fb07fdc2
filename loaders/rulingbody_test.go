package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestRulingBodyNoPart checks that a state's rulers described by a
// lower-case noun ("Ghana's new administration") are the state acting, no
// part of it, while a named organ of the state stays its part.
func TestRulingBodyNoPart(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kofi Darden, the head of Ghana's new administration, met envoys in Accra.",
			not:       []string{fact("Ghana's new administration", graph.PartOf, "Ghana")},
			companion: "Kofi Darden, the head of Ghana's National Security Council, met envoys in Accra.",
			want:      []string{fact("Ghana's National Security Council", graph.PartOf, "Ghana")}},
		{text: "Ama Kwao, a spokesman for Togo's caretaker administration, flew to Lome on Friday.",
			not:       []string{fact("Togo's caretaker administration", graph.PartOf, "Togo")},
			companion: "Ama Kwao, the head of Togo's Electoral Commission, flew to Lome on Friday.",
			want:      []string{fact("Togo's Electoral Commission", graph.PartOf, "Togo")}},
	})
}

// TestSubStateRulersPart checks that the rulers of a part of a state, or
// of its army, stay its part: a local or sub-state qualifier before the
// noun ("Togo's autonomous administration", "Ghana's military
// administration"), or a place the body is in ("Ghana's interim
// administration in Tarvo"). A title for them names no office of the
// state ("a spokesman for Ghana's regional authorities"), in the
// adjective's form too.
func TestSubStateRulersPart(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kofi Darden, head of Ghana's interim administration in Tarvo, said the rebels had seized Velo.",
			want: []string{fact("Ghana's interim administration", graph.PartOf, "Ghana")}},
		{text: "Kofi Darden, president of Ghana's regional administration in Tarvo, rejected the vote.",
			want: []string{fact("Ghana's regional administration", graph.PartOf, "Ghana")}},
		{text: "Ama Kwao, a spokesman for Togo's autonomous administration, said the talks failed.",
			want: []string{fact("Togo's autonomous administration", graph.PartOf, "Togo")}},
		{text: "Kofi Darden, the head of Ghana's military administration, met envoys in Accra.",
			want: []string{fact("Ghana's military administration", graph.PartOf, "Ghana")}},
	})
	spokesman := fact("Kofi Darden", graph.SpokespersonOf, "Ghana")
	checkNegatives(t, []negativeCase{
		{text: "Kofi Darden, a spokesman for Ghana's regional government in Tarvo, said the talks failed.",
			not:       []string{spokesman},
			companion: "Kofi Darden, a spokesman for Ghana's transitional government, said the talks failed.",
			want:      []string{spokesman}},
		{text: "Kofi Darden, a spokesman for Ghana's local authorities, met envoys in Accra.",
			not:       []string{spokesman},
			companion: "Kofi Darden, a spokesman for Ghana's new authorities, met envoys in Accra.",
			want:      []string{spokesman}},
		{text: "Kofi Darden, a spokesman for the Ghanaian regional government, met envoys in Accra.",
			not:       []string{spokesman},
			companion: "Kofi Darden, a spokesman for the Ghanaian transitional government, met envoys in Accra.",
			want:      []string{spokesman}},
		{text: "Kofi Darden, a spokesman for the Ghanaian military authorities, met envoys in Accra.",
			not:       []string{spokesman},
			companion: "Kofi Darden, a spokesman for the Ghanaian transitional government, met envoys in Accra.",
			want:      []string{spokesman}},
	})
	// Must keep: the state's own rulers, by a noun alone, stay the state.
	checkNegatives(t, []negativeCase{
		{text: "Kofi Darden, the head of Ghana's interim administration, met envoys in Accra.",
			not:       []string{fact("Ghana's interim administration", graph.PartOf, "Ghana")},
			companion: "Kofi Darden, the head of Ghana's interim administration in Tarvo, met envoys in Accra.",
			want:      []string{fact("Ghana's interim administration", graph.PartOf, "Ghana")}},
		{text: "Kofi Darden, the head of Ghana's administration in Accra, met envoys.",
			not:       []string{fact("Ghana's administration", graph.PartOf, "Ghana")},
			companion: "Kofi Darden, the head of Ghana's administration in Tarvo, met envoys.",
			want:      []string{fact("Ghana's administration", graph.PartOf, "Ghana")}},
	})
}

// TestInstalledAdministrationPlaced checks that a demonym before a ruler
// noun placed in a region names who installed the rulers, not whose part
// they are ("the Russian-installed administration in Kherson"): only a
// possessive owner ("Ghana's interim administration in Tarvo") takes the
// body placed in a region as its part.
func TestInstalledAdministrationPlaced(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kofi Darden, the head of the Ghanaian-installed administration in Tarvo, met envoys in Accra.",
			not:       []string{fact("Ghanaian-installed administration", graph.PartOf, "Ghana")},
			companion: "Kofi Darden, the head of Ghana's interim administration in Tarvo, met envoys in Accra.",
			want:      []string{fact("Ghana's interim administration", graph.PartOf, "Ghana")}},
	})
}
