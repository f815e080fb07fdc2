package loaders

import (
	"fmt"
	"testing"

	"github.com/entente/entente/graph"
)

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
