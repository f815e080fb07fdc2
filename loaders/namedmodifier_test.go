package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A description after a name may open with another name set before its
// noun ("Peru, a NATO member, backed X", "the Korvath Front, the
// Chile-backed group, attacked X"): the view leaves it out, so the name
// before it is the verb's subject. A name after the determiner that is the
// subject of its own verb, or the first of a list, opens no description.
func TestNamedModifierAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, a NATO member, backed Bolivia.",
			want: []string{fact("Peru", graph.Supports, "Bolivia")}},
		{text: "Peru, a NATO member since 1995, has backed Bolivia.",
			want: []string{fact("Peru", graph.Supports, "Bolivia")}},
		{text: "Peru, a US ally, backed Bolivia on Monday.",
			want: []string{fact("Peru", graph.Supports, "Bolivia")}},
	})
}

func TestNamedModifierNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru condemned Chile, the United States backed Bolivia, and Ecuador stayed silent.",
			not:       []string{fact("Chile", graph.Supports, "Bolivia"), fact("Peru", graph.Supports, "Bolivia")},
			companion: "Peru condemned Chile, and the United States backed Bolivia.",
			want:      []string{fact("United States", graph.Supports, "Bolivia")}},
		{text: "Peru, the United States and Chile backed Bolivia.",
			not:       []string{fact("Peru", graph.AlliedWith, "United States")},
			companion: "Peru, the United States and Chile backed Bolivia.",
			want:      []string{fact("Peru", graph.Supports, "Bolivia"), fact("United States", graph.Supports, "Bolivia"), fact("Chile", graph.Supports, "Bolivia")}},
	})
}
