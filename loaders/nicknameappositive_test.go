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
		{text: `The Dawn Movement's commander, Tarek Selim "Falcon", met Karel Novak in Nairobi.`, want: []string{head}},
		{text: `The Dawn Movement came under fire on Monday. Its commander, Tarek Selim "The Falcon", met Karel Novak in Nairobi.`, want: []string{head}},
		{text: `Tarek Selim, known as "Falcon", the commander of the Dawn Movement, met Karel Novak in Nairobi.`, want: []string{head}},
		{text: `Tarek Selim, widely known as "Falcon", the leader of the Dawn Movement, flew to Nairobi.`, want: []string{head}},
	})
	checkNegatives(t, []negativeCase{
		// A quotation addressed to a person: the office is someone
		// else's, not the addressee's.
		{text: `"The Dawn Movement's commander has fled, Tarek Selim," Falcon said in Nairobi.`, not: []string{head},
			companion: `The Dawn Movement's commander, Tarek Selim "Falcon", met Karel Novak in Nairobi.`, want: []string{head}},
		// The commander speaks to the nicknamed man, who is not he.
		{text: `The Dawn Movement's commander, speaking to Tarek Selim "Falcon", met Karel Novak in Nairobi.`, not: []string{head},
			companion: `The Dawn Movement's commander, Tarek Selim "Falcon", met Karel Novak in Nairobi.`, want: []string{head}},
		// "known as" a critic of the commander: another man's office.
		{text: `Tarek Selim, known as a critic of the commander of the Dawn Movement, met Karel Novak in Nairobi.`, not: []string{head},
			companion: `Tarek Selim, known as "Falcon", the commander of the Dawn Movement, met Karel Novak in Nairobi.`, want: []string{head}},
	})
}
