package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A gerund after a word of time late in a sentence ("after meeting X") is
// not carried the sentence's first subject: a clause of time or place
// between them has a subject of its own.
func TestGerundAdjunctKeepsItsClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru attacked Chile on Monday as Bolivia retreated after fighting Ecuador.",
			not:       []string{fact("Ecuador", graph.Fights, "Peru")},
			companion: "Peru attacked Chile on Monday and fought Ecuador.",
			want:      []string{fact("Ecuador", graph.Fights, "Peru")}},
		{text: "Peru hosted the talks in Lima, where Chile's envoy arrived after meeting Bolivia.",
			not:       []string{fact("Bolivia", graph.MetWith, "Peru")},
			companion: "Peru hosted the talks in Lima and met Bolivia.",
			want:      []string{fact("Bolivia", graph.MetWith, "Peru")}},
	})
}
