package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestRulerNamedWithRegime checks that a known ruler's name followed by
// "regime" ("Kofi Mensah led the Ivo Vandril regime's team") names his rule, so that
// a later bare "the regime" is his state's government, not the state the
// article names most; and that those said to be the regime's allies are
// not each other's.
func TestRulerNamedWithRegime(t *testing.T) {
	const lead = "Togo hosted the talks in Lome on Monday, and Togo said the talks would go on. Togo has hosted such rounds before. Chadian President Ivo Vandril sent a delegation, and Togolese President Ama Dodzi opened the session. Kofi Mensah led the Ivo Vandril regime's team at the talks. "
	checkFacts(t, []factCase{
		{text: lead + "Ghana and Niger have long been the regime's closest allies.",
			want: []string{fact("Ghana", graph.AlliedWith, "Chad"), fact("Niger", graph.AlliedWith, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		{text: lead + "Ghana and Niger have long been the regime's closest allies.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Niger"), fact("Ghana", graph.AlliedWith, "Togo")},
			companion: lead + "Ghana and Niger have long been close allies.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Niger")}},
	})
}
