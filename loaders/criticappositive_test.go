package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCriticAppositive checks that a side's critic after a comma opposes
// it only as a true appositive, closed by a comma: "X, Y's critics say,"
// is the critics' saying, no stance of X.
func TestCriticAppositive(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Egypt, Israel's critics say, has done too little.",
			not:       []string{fact("Egypt", graph.Opposes, "Israel")},
			companion: "Egypt, Israel's most vocal critic, has done too little.",
			want:      []string{fact("Egypt", graph.Opposes, "Israel")}},
		{text: "The Borduria Front, Ghana's opponents argue, is losing ground.",
			not:       []string{fact("Borduria Front", graph.Opposes, "Ghana")},
			companion: "The Borduria Front, one of Ghana's fiercest opponents, is losing ground.",
			want:      []string{fact("Borduria Front", graph.Opposes, "Ghana")}},
	})
}
