package loaders

import (
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
