package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A relative clause whose last name has an appositive of its own ends
// with that appositive: "Peru, which backs the Front, the main rebel
// coalition in the north, has condemned Chile" is Peru's condemnation, not
// the Front's, whether the name took the appositive in or not.
func TestRelativeEndsWithAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, which backs the Borduria Front, the main rebel coalition in the north, has also condemned Chile.",
			want: []string{fact("Peru", graph.Supports, "Borduria Front"), fact("Peru", graph.Opposes, "Chile")},
			not:  []string{fact("Borduria Front", graph.Opposes, "Chile")}},
		{text: "Peru, which backs the Borduria Front (BF), the main rebel coalition in Lima, has also condemned Chile.",
			want: []string{fact("Peru", graph.Supports, "Borduria Front"), fact("Peru", graph.Opposes, "Chile")},
			not:  []string{fact("Borduria Front", graph.Opposes, "Chile")}},
		{text: "Peru, which backs the Borduria Front, a group in the north, condemned Chile.",
			want: []string{fact("Peru", graph.Opposes, "Chile")},
			not:  []string{fact("Borduria Front", graph.Opposes, "Chile")}},
	})
}
