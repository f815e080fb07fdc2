package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A pair of a person and a state in a slot only people fill ("A and the
// Togolese delegation were received by B") gives the person the fact; the
// state takes no part, as in longer lists (listPeople).
func TestPersonAndStatePair(t *testing.T) {
	met := fact("Amara Fendi", graph.MetWith, "Ivo Darnel")
	checkFacts(t, []factCase{
		{text: "Ghanaian Foreign Minister Ivo Darnel and the Togolese delegation were received by President Amara Fendi at the palace.",
			want: []string{met}, not: []string{fact("Amara Fendi", graph.MetWith, "Togo")}},
	})
}
