package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestNicknameAppositive checks that a nickname in quotation marks after a
// person's name, or given by "known as", does not hide the office the
// appositive around it states: "the Front's commander, X "the Falcon",",
// "its leader, X "Falcon",", "X, known as "Falcon", the commander of the
// Front,". A quotation that does not close the appositive is no nickname.
func TestNicknameAppositive(t *testing.T) {
	head := fact("Tarek Selim", graph.HeadOf, "Dawn Movement")
	checkFacts(t, []factCase{
		{text: `The Dawn Movement's commander, Tarek Selim "Falcon", met President Ruto in Nairobi.`, want: []string{head}},
		{text: `The Dawn Movement came under fire on Monday. Its commander, Tarek Selim "The Falcon", met President Ruto in Nairobi.`, want: []string{head}},
		{text: `Tarek Selim, known as "Falcon", the commander of the Dawn Movement, met President Ruto in Nairobi.`, want: []string{head}},
		{text: `Tarek Selim, widely known as "Falcon", the leader of the Dawn Movement, flew to Nairobi.`, want: []string{head}},
	})
	checkNegatives(t, []negativeCase{
		// The quotation goes on: a statement, not a nickname.
		{text: `The Dawn Movement's commander, Tarek Selim "Falcon" of the hills, met President Ruto in Nairobi.`, not: []string{head},
			companion: `The Dawn Movement's commander, Tarek Selim "Falcon", met President Ruto in Nairobi.`, want: []string{head}},
		// "known as" with no name after it gives none.
		{text: `Tarek Selim, known as a hardliner, the commander of the Dawn Movement, met President Ruto in Nairobi.`, not: []string{head},
			companion: `Tarek Selim, known as "Falcon", the commander of the Dawn Movement, met President Ruto in Nairobi.`, want: []string{head}},
	})
}
