package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "X visited P, where ..., and then held talks with Z": the verbs after
// the closing comma of the "where" clause are the sentence subject's.
func TestVerbAfterWhereClause(t *testing.T) {
	first := fact("Amara Fendi", graph.MetWith, "Ivo Darnel")
	second := fact("Ivo Darnel", graph.MetWith, "Kofi Mensah")
	checkFacts(t, []factCase{
		{text: "President Ivo Darnel visited Accra earlier this month, where he met President Amara Fendi, and then held talks with President Kofi Mensah.",
			want: []string{first, second}},
		{text: "President Ivo Darnel visited Lome, where the talks took place, and later met President Kofi Mensah.",
			want: []string{second}},
		// An irregular past of travel carries the subject too.
		{text: "President Ivo Darnel met President Amara Fendi in Accra and flew to Lome to meet President Kofi Mensah.",
			want: []string{first, second}},
	})
	companion := "President Ivo Darnel visited Lome, where the talks took place, and later met President Kofi Mensah."
	checkNegatives(t, []negativeCase{
		// A verb inside the "where" clause is its own subject's.
		{text: "President Ivo Darnel visited Lome, where President Amara Fendi later met President Kofi Mensah.",
			not: []string{second}, companion: companion, want: []string{second}},
	})
}
