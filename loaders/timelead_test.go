package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A time adjunct may open a sentence before its subject without a comma
// ("Last month A visited X and met B"): the subject is still the first
// clause's, and it is carried to the verbs coordinated after its first. A
// phrase that is no time adjunct, or a reporter before the name, carries
// nothing.
func TestTimeLeadCarriesSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Last month Peru condemned the raid and vowed to support Chile.",
			want: []string{fact("Peru", graph.Supports, "Chile")}},
		{text: "Earlier this week Bolivia visited Lima and held talks with Peru.",
			want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "On Monday night Chile condemned the strike and pledged to back Bolivia.",
			want: []string{fact("Chile", graph.Supports, "Bolivia")}},
		{text: "In late May 2019 Ecuador denounced the vote and vowed to support Peru.",
			want: []string{fact("Ecuador", graph.Supports, "Peru")}},
	})
}

func TestTimeLeadNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Critics say Peru condemned the raid and vowed to support Chile.",
			not:       []string{fact("Peru", graph.Supports, "Chile")},
			companion: "Last week Peru condemned the raid and vowed to support Chile.",
			want:      []string{fact("Peru", graph.Supports, "Chile")}},
		{text: "Last month Peru condemned Bolivia and Chile vowed to support Ecuador.",
			not:       []string{fact("Peru", graph.Supports, "Ecuador")},
			companion: "Last month Peru condemned Bolivia and vowed to support Ecuador.",
			want:      []string{fact("Peru", graph.Supports, "Ecuador")}},
	})
}
