package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAfterMeetingOpensClause checks a meeting told as over in an adjunct
// that opens the sentence before its subject ("After talks with X, Y
// called for calm"): Y met X. A meeting still ahead ("Ahead of talks with
// X", "Before his meeting with X") is none.
func TestAfterMeetingOpensClause(t *testing.T) {
	met := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	checkNegatives(t, []negativeCase{
		{text: "Ahead of talks with Togolese President Kofi Mensah, Ghanaian President Ama Dodzi called for calm.",
			not:       []string{met},
			companion: "After talks with Togolese President Kofi Mensah, Ghanaian President Ama Dodzi called for calm.",
			want:      []string{met}},
		{text: "Before his meeting with Togolese President Kofi Mensah in Lome, Ghanaian President Ama Dodzi visited the market.",
			not:       []string{met},
			companion: "Following his meeting with Togolese President Kofi Mensah in Lome, Ghanaian President Ama Dodzi visited the market.",
			want:      []string{met}},
	})
}
