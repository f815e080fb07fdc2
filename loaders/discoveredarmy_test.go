package loaders

import (
	"fmt"
	"testing"

	"github.com/entente/entente/graph"
)

// TestDiscoveredArmyIsTheArmy checks that a body the article names by a
// state's adjective and an army's noun alone ("the Sudanese Armed
// Forces"), which discovery found as a name because the catalog knows no
// army of the state, is the army a bare "the army" and an army office
// later name, not another body called "Sudanese army"; a name with other
// words between the adjective and the noun is no state's army.
func TestDiscoveredArmyIsTheArmy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks opened without a delegation from the Sudanese Armed Forces (SAF). The war between the army and the Tarvol Front broke out in April.",
			want: []string{fact("Tarvol Front", graph.Fights, "Sudanese Armed Forces")},
			not:  []string{fact("Tarvol Front", graph.Fights, "Sudanese army")}},
		{text: "The Sudanese Armed Forces said on Monday they had retaken Wad Tessit. Two weeks later the army leader, Gen. Ivo Tarsh, declared the town safe.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Sudanese Armed Forces")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Sudanese army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Sudanese Popular Forces attacked Wad Tessit. The war between the army and the Tarvol Front broke out in April.",
			not:       []string{fact("Tarvol Front", graph.Fights, "Sudanese Popular Forces")},
			companion: "The Sudanese Armed Forces attacked Wad Tessit. The war between the army and the Tarvol Front broke out in April.",
			want:      []string{fact("Tarvol Front", graph.Fights, "Sudanese Armed Forces")}},
	})
}

// TestNamedArmy checks that a state's army named by its own name, the
// state's adjective and a noun of armed forces ("the Sudanese Armed Forces
// (SAF)"), is the army a bare "the army" later refers to.
func TestNamedArmy(t *testing.T) {
	const opening = "Talks opened in Geneva, Switzerland, without a delegation from the %s, while a team from the Velmar Brigades waited in a hotel and envoys from Kenya and Egypt looked on. "
	checkFacts(t, []factCase{
		{text: fmt.Sprintf(opening, "Sudanese Armed Forces (SAF)") + "The war between the army and the Velmar Brigades began in 2023.",
			want: []string{fact("Sudanese Armed Forces", graph.Fights, "Velmar Brigades")}},
		{text: fmt.Sprintf(opening, "Sudanese Armed Forces (SAF)") + "Later the army clashed with the Velmar Brigades near Kordali.",
			want: []string{fact("Sudanese Armed Forces", graph.Fights, "Velmar Brigades")}},
	})
	checkNegatives(t, []negativeCase{
		// A body whose name goes on past the army's noun is no army.
		{text: fmt.Sprintf(opening, "Sudanese Armed Forces Veterans League (SAFVL)") + "The war between the army and the Velmar Brigades began in 2023.",
			not:       []string{fact("Sudanese Armed Forces Veterans League", graph.Fights, "Velmar Brigades")},
			companion: fmt.Sprintf(opening, "Sudanese Armed Forces (SAF)") + "The war between the army and the Velmar Brigades began in 2023.",
			want:      []string{fact("Sudanese Armed Forces", graph.Fights, "Velmar Brigades")}},
		// Nor is one whose noun is not an army's.
		{text: fmt.Sprintf(opening, "Sudanese Democratic Forces (SDF)") + "The war between the army and the Velmar Brigades began in 2023.",
			not:       []string{fact("Sudanese Democratic Forces", graph.Fights, "Velmar Brigades")},
			companion: fmt.Sprintf(opening, "Sudanese Armed Forces (SAF)") + "The war between the army and the Velmar Brigades began in 2023.",
			want:      []string{fact("Sudanese Armed Forces", graph.Fights, "Velmar Brigades")}},
	})
}

// TestArmyNamedByState checks that a state's army named by the state's
// adjective and a noun of armed forces, which discovery reads as one name
// ("the Chadian Armed Forces"), is the army a bare "the army" names later
// (armyNamed), even where the article names other states and so is
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
