package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of states may give one of its names with its article ("Peru, the
// Netherlands and Chile"): the article joins the list as the comma does, so
// that the list is one group. A list broken by another word is two groups.
func TestListWithArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Commission.",
			want: []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission"), fact("Netherlands", graph.MemberOf, "Joint Inquiry Commission"), fact("Chile", graph.MemberOf, "Joint Inquiry Commission")}},
		{text: "The plan was drafted by Peru, Chile and the Netherlands, the three countries of the Andean Commission.",
			want: []string{fact("Peru", graph.MemberOf, "Andean Commission"), fact("Netherlands", graph.MemberOf, "Andean Commission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The verdict was the work of Peru, the Netherlands and Chile, the two countries of the Joint Inquiry Commission.",
			not:       []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission")},
			companion: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Commission.",
			want:      []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission")}},
		{text: "The verdict was the work of Peru, the envoys of the Netherlands and Chile, the three countries of the Joint Inquiry Commission.",
			not:       []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission")},
			companion: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Commission.",
			want:      []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission")}},
	})
}

// "Team" ends no body's name: "the Joint Inquiry Team" names no body of
// which the states listed before it are members.
func TestTeamIsNoBody(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Team.",
			not:       []string{fact("Peru", graph.MemberOf, "Joint Inquiry Team")},
			companion: "The verdict was the work of Peru, the Netherlands and Chile, the three countries of the Joint Inquiry Commission.",
			want:      []string{fact("Peru", graph.MemberOf, "Joint Inquiry Commission")}},
	})
}
