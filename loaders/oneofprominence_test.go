package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestOneOfProminentOffices checks that words saying how prominent the
// holders of an office are (prominence-word) may stand between "one of
// the" and a body's offices in an appositive (oneOfOffices): the person is
// a member of the body all the same.
func TestOneOfProminentOffices(t *testing.T) {
	member := fact("Ivo Tarsh", graph.MemberOf, "Borduria Front")
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, one of the best-known Borduria Front commanders, said the fighting would go on.", want: []string{member}},
		{text: "Ivo Tarsh, one of the top Borduria Front commanders, said the fighting would go on.", want: []string{member}},
		{text: "Ivo Tarsh, one of the most senior commanders of the Borduria Front, said the fighting would go on.", want: []string{member}},
		// After the body's possessive.
		{text: "Ivo Tarsh, one of the Borduria Front's most senior leaders, said the fighting would go on.", want: []string{member}},
		{text: "Ivo Tarsh, one of the Borduria Front's best-known commanders, said the fighting would go on.", want: []string{member}},
	})
	checkNegatives(t, []negativeCase{
		// No office after the words: a critic is no member.
		{text: "Ivo Tarsh, one of the best-known critics of the Borduria Front, said the fighting would go on.", not: []string{member},
			companion: "Ivo Tarsh, one of the best-known commanders of the Borduria Front, said the fighting would go on.", want: []string{member}},
		// A word the set does not hold ("former") keeps the reading off:
		// a former commander is no member now.
		{text: "Ivo Tarsh, one of the former Borduria Front commanders, said the fighting would go on.", not: []string{member},
			companion: "Ivo Tarsh, one of the top Borduria Front commanders, said the fighting would go on.", want: []string{member}},
	})
}
