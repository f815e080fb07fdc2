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
		{text: "Two days later Chile condemned the raid and vowed to support Bolivia.",
			want: []string{fact("Chile", graph.Supports, "Bolivia")}},
		{text: "In 2019 Chile condemned the raid and vowed to support Bolivia.",
			want: []string{fact("Chile", graph.Supports, "Bolivia")}},
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

// A determiner or a number before the first name is no time adjunct, and a
// name glued to "-backed" or "-led" is the modifier of the noun after it,
// never the subject: "Three Peru-backed groups attacked X and thanked Y"
// thanks for the groups, not for Peru.
func TestTimeLeadNeedsTimeNoun(t *testing.T) {
	companion := "Last week Peru attacked Chile and thanked Bolivia."
	want := []string{fact("Peru", graph.Thanked, "Bolivia")}
	var cases []negativeCase
	for _, text := range []string{
		"Three Peru-backed groups attacked Chile and thanked Bolivia.",
		"This Peru-backed militia attacked Chile and thanked Bolivia.",
		"Last week Peru-backed groups attacked Chile and thanked Bolivia.",
		"Peru-backed rebels attacked Chile and thanked Bolivia.",
		"Several Peru-led units attacked Chile and thanked Bolivia.",
	} {
		cases = append(cases, negativeCase{text: text, not: []string{fact("Peru", graph.Thanked, "Bolivia")}, companion: companion, want: want})
	}
	checkNegatives(t, cases)
}
