package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestSecondReportedClauseHoldsItsOwnDoubt checks that a second reported
// clause after ", and that" ("said it struck X in support of Y, and that
// no civilians were harmed") keeps its negation or doubt to itself
// (thatClause), while "that" as a subject ("..., and that led Togo to
// ...") still belongs to the clause before it.
func TestSecondReportedClauseHoldsItsOwnDoubt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana said it carried out an airstrike near the base in support of the Hill Brigade, and that no civilians were harmed.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Ghana said it backed the Hill Brigade, and that its troops would not cross the river.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Togo said it had repelled the assault by the Hill Brigade, and that Benin might send more troops.",
			want: []string{fact("Hill Brigade", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana said it did not carry out an airstrike in support of the Hill Brigade, and that its troops stayed in the barracks.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "Ghana said it carried out an airstrike in support of the Hill Brigade, and that its troops stayed in the barracks.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
	})
}

// TestSecondThatClauseDenied checks that a second "and that" clause is
// governed as the first: denied with it, reported with it.
func TestSecondThatClauseDenied(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Mali denied that it had shelled Gao, and that its troops had attacked Beninese positions.",
			not:       []string{fact("Mali", graph.Fights, "Benin")},
			companion: "Mali said that it had shelled Gao, and that its troops had attacked Beninese positions.",
			want:      []string{fact("Mali", graph.Fights, "Benin")}},
		{text: "Mali rejected claims that it had shelled Gao, and that its troops had attacked Beninese positions.",
			not:       []string{fact("Mali", graph.Fights, "Benin")},
			companion: "Mali said that it had shelled Gao, and that its troops had attacked Beninese positions.",
			want:      []string{fact("Mali", graph.Fights, "Benin")}},
	})
}
