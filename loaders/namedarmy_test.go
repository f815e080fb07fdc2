package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestArmyNamedByState checks that a state's army named by the state's
// adjective and a noun of armed forces, which discovery reads as one name
// ("the Chadian Armed Forces"), is the army a bare "the army" names later
// (armyNamedByState), even where the article names other states and so is
// about no single one.
func TestArmyNamedByState(t *testing.T) {
	lead := "The Chadian Armed Forces (CAF) retook Borkel from the Tarvos Front on Monday, and Niger called for calm. "
	division := fact("Ninth Infantry Division", graph.PartOf, "Chadian Armed Forces")
	chief := fact("Anselm Drago", graph.HeadOf, "Chadian Armed Forces")
	checkFacts(t, []factCase{
		// A unit of "the army's".
		{text: lead + "Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.", want: []string{division}},
		// The army's office.
		{text: lead + "Days later the army chief, General Anselm Drago, rejected a truce.", want: []string{chief}},
		// The army as a side.
		{text: lead + "Fighters of the Velmor Brigades took part alongside the army.",
			want: []string{fact("Chadian Armed Forces", graph.CooperatesWith, "Velmor Brigades")}},
		// Named first by the adjective and "army", the army keeps that
		// name when the article gives it the longer one later.
		{text: "The Tarvos Front overran the base of the Chadian army's Fifth Infantry Division in Borkel, and Niger called for calm. The Chadian Armed Forces (CAF) did not comment. Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.",
			want: []string{fact("Ninth Infantry Division", graph.PartOf, "Chadian army")},
			not:  []string{division}},
	})
	checkNegatives(t, []negativeCase{
		// Forces that are no army noun ("Democratic Forces") name a
		// movement, not the state's army.
		{text: "The Chadian Democratic Forces retook Borkel from the Tarvos Front on Monday, and Niger called for calm. Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.",
			not:       []string{fact("Ninth Infantry Division", graph.PartOf, "Chadian Democratic Forces")},
			companion: lead + "Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.", want: []string{division}},
		// A longer name after the army's noun names another body.
		{text: "The Chadian Armed Forces Command retook Borkel from the Tarvos Front on Monday, and Niger called for calm. Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.",
			not:       []string{fact("Ninth Infantry Division", graph.PartOf, "Chadian Armed Forces Command")},
			companion: lead + "Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.", want: []string{division}},
		// A national army that is no state's noun of armed forces: the
		// militia "National Army" is not the army.
		{text: "The Chadian National Army retook Borkel from the Tarvos Front on Monday, and Niger called for calm. Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.",
			not:       []string{fact("Ninth Infantry Division", graph.PartOf, "Chadian National Army")},
			companion: lead + "Soldiers filmed the headquarters of the army's Ninth Infantry Division in Borkel.", want: []string{division}},
	})
}
