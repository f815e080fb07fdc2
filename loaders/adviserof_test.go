package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAdviserOf checks that an adviser "of" a body is its member as one
// "to" or "with" it is, also when where the adviser serves follows ("in
// Syria"); a place that is no adjunct of the office, or an analyst of the
// body, gives no membership.
func TestAdviserOf(t *testing.T) {
	member := fact("Orlan Mekke", graph.MemberOf, "Lakeside Front")
	checkFacts(t, []factCase{
		{text: "Orlan Mekke, a veteran adviser of the Lakeside Front, was killed on Monday.", want: []string{member}},
		{text: "Orlan Mekke, a senior adviser of the Lakeside Front in Syria, was killed on Monday.", want: []string{member}},
		{text: "Orlan Mekke, a military adviser to the Lakeside Front in Lebanon, was killed on Monday.", want: []string{member}},
	})
	checkNegatives(t, []negativeCase{
		// An analyst studies the body; he is none of its members.
		{text: "Orlan Mekke, a veteran analyst of the Lakeside Front, said the raid failed.", not: []string{member},
			companion: "Orlan Mekke, a veteran adviser of the Lakeside Front, said the raid failed.", want: []string{member}},
		// The body is a possession of another: the adviser's is unclear.
		{text: "Orlan Mekke, a veteran adviser of the Lakeside Front's rivals, said the raid failed.", not: []string{member},
			companion: "Orlan Mekke, a veteran adviser of the Lakeside Front, said the raid failed.", want: []string{member}},
	})
}
