package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of states may give one of its names with its article ("Peru, the
// Netherlands and Chile"): the article joins the list as the comma does, so
// that the list is one group; and a body's name may end in "Team" ("the Joint
// Inquiry Team"). A list broken by another word is two groups.
func TestListWithArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Team.",
			want: []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team"), fact("Netherlands", graph.MemberOf, "Joint Inquiry Team"), fact("Chile", graph.MemberOf, "Joint Inquiry Team")}},
		{text: "The plan was drafted by Peru, Chile and the Netherlands, the three countries of the Andean Commission.",
			want: []string{fact("Peru", graph.MemberOf, "Andean Commission"), fact("Netherlands", graph.MemberOf, "Andean Commission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The verdict was the work of Peru, the Netherlands and Chile, the two countries of the Joint Inquiry Team.",
			not:       []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team")},
			companion: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Team.",
			want:      []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team")}},
		{text: "The verdict was the work of Peru, the envoys of the Netherlands and Chile, the three countries of the Joint Inquiry Team.",
			not:       []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team")},
			companion: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Team.",
			want:      []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team")}},
	})
}
