package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A relative clause opened by a quantifier (", both of which", ", all of
// whom") is set off by its comma as ", which" is: the list before it is
// its subject, and the main clause resumes after its closing comma.
func TestQuantifiedRelativeMainClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru and Chile, both of which have troops on the border, condemned Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia"), fact("Chile", graph.Opposes, "Bolivia")}},
		{text: "Peru, Chile and Ecuador, all of which back the Borduria Front, condemned Bolivia.",
			want: []string{fact("Peru", graph.Supports, "Borduria Front"), fact("Ecuador", graph.Supports, "Borduria Front"),
				fact("Peru", graph.Opposes, "Bolivia"), fact("Chile", graph.Opposes, "Bolivia")},
			not: []string{fact("Bolivia", graph.Supports, "Borduria Front")}},
	})
}
