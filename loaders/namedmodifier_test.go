package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A description after an object that opens with a name ("Chile, a Bolivia
// ally,") is no parenthetical the view may drop: dropping it joins the
// object to the ", and X" after it, and X to the sentence's verb.
func TestNamedDescriptionJoinsNoClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru attacked Chile, a Bolivia ally, and Ecuador condemned the strike.",
			not:       []string{fact("Ecuador", graph.Fights, "Peru")},
			companion: "Peru attacked Chile and Ecuador.",
			want:      []string{fact("Chile", graph.Fights, "Peru"), fact("Ecuador", graph.Fights, "Peru")}},
		{text: "Peru struck Chile, the NATO member retaliated, and Bolivia mediated.",
			not:       []string{fact("Bolivia", graph.Fights, "Peru")},
			companion: "Peru struck Chile and Bolivia.",
			want:      []string{fact("Bolivia", graph.Fights, "Peru")}},
	})
}
