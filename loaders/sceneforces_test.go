package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Government forces", "government troops" with no state before them are
// the army of the state the text around them is about (stateAround): the
// one named before them in their clause, else in the sentence before; a
// state named as a side's backer, or as the speaker, is left out, and two states leave them
// unread rather than give the army the article named last.
func TestGovernmentForcesOfTheScene(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighting continued around Accra, where the Borduria Front clashed with government troops.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
		{text: "In Ghana the Borduria Front, backed by Togo, clashed with government troops.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army"), fact("Togo", graph.Supports, "Borduria Front")}},
		{text: "Officials said that in Ghana the Borduria Front had attacked government forces on Monday.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
		{text: "The Togolese army said it had closed the border.\n\nIn Ghana, the Borduria Front, backed by Togo, clashed with government troops.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army")},
			not:  []string{fact("Borduria Front", graph.Fights, "Togolese army")}},
		{text: "The Borduria Front seized three towns in northern Ghana last week.\n\nThe group has since clashed with government troops near Tamale.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
	})
	checkNegatives(t, []negativeCase{
		// The state that speaks is not the scene.
		{text: "Togo said the Borduria Front had attacked government forces near the border with Ghana.",
			not:       []string{fact("Borduria Front", graph.Fights, "Togolese army")},
			companion: "Togo said that in Ghana the Borduria Front had attacked government forces on Monday.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
		{text: "Ghana and Benin said the Borduria Front clashed with government troops.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghanaian army"), fact("Borduria Front", graph.Fights, "Beninese army")},
			companion: "Ghana said the Borduria Front clashed with government troops.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghanaian army")}},
	})
}
