package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAcronymSpeltInBracketsBeatsCatalog checks that an acronym in
// brackets after words whose capitals spell it names what those words
// name in the article, though the catalog knows the same letters as
// another theatre's body: the catalog's body never enters the article, so
// no later reference ("the militants", "the group") resolves to it.
func TestAcronymSpeltInBracketsBeatsCatalog(t *testing.T) {
	checkFacts(t, []factCase{
		// A state's army defined by the letters of a catalog militia:
		// "the militants" are the one armed group left in play.
		{text: "Rebels of the Casamance Front attacked the Senegalese National Army (SNA) near Ziguinchor. President Ivo Tarsh vowed to crush the militants.",
			want: []string{fact("Casamance Front", graph.Fights, "Senegalese National Army"), fact("Ivo Tarsh", graph.Opposes, "Casamance Front")},
			not:  []string{fact("Ivo Tarsh", graph.Opposes, "Syrian National Army")}},
		// The acronym alone later names the article's body.
		{text: "The Senegalese National Army (SNA) shelled the Casamance Front near Ziguinchor. The Casamance Front later ambushed the SNA.",
			want: []string{fact("Casamance Front", graph.Fights, "Senegalese National Army")},
			not:  []string{fact("Casamance Front", graph.Fights, "Syrian National Army")}},
		// Words spelt across "of" and "the" and another catalog acronym.
		{text: "The Sudanese Democratic Forces (SDF) attacked the Darfur Union of the Borderlands on Monday. The SDF said it had taken the town.",
			want: []string{fact("Sudanese Democratic Forces", graph.Fights, "Darfur Union of the Borderlands")},
			not:  []string{fact("Syrian Democratic Forces", graph.Fights, "Darfur Union of the Borderlands")}},
	})
	checkNegatives(t, []negativeCase{
		// The catalog's own name before its acronym keeps the catalog's
		// body: the brackets define nothing new.
		{text: "Turkey backs the Syrian National Army (SNA). The SNA attacked the Casamance Front.",
			not:       []string{fact("Turkey", graph.Supports, "Senegalese National Army")},
			companion: "Turkey backs the Syrian National Army (SNA). The SNA attacked the Casamance Front.",
			want:      []string{fact("Turkey", graph.Supports, "Syrian National Army"), fact("Casamance Front", graph.Fights, "Syrian National Army")}},
		// Words that do not spell the acronym leave it the catalog's.
		{text: "Turkey backs the Turkish-backed opposition army (SNA) in northern Syria.",
			not:       []string{fact("Turkey", graph.Supports, "opposition army")},
			companion: "Turkey backs the SNA in northern Syria.",
			want:      []string{fact("Turkey", graph.Supports, "Syrian National Army")}},
	})
}
