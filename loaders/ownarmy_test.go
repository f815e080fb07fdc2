package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestNoWarOnOwnArmy checks that a state is not read as fighting its own
// army: "government forces" read back to the army the article named
// before ("the Israeli military said ... Israel has since launched raids,
// targeting government forces") is a misread reference, not a war. A state that fights another
// state's army still does.
func TestNoWarOnOwnArmy(t *testing.T) {
	const lead = "The Israeli military said it had struck a depot in Lebanon. "
	checkNegatives(t, []negativeCase{
		{text: lead + "Israel has since launched several raids, targeting government forces near the coast.",
			not:       []string{fact("Israel", graph.Fights, "Israel Defense Forces")},
			companion: lead + "Ghana fought Israel's army near the border.",
			want:      []string{fact("Ghana", graph.Fights, "Israel Defense Forces")}},
	})
}
