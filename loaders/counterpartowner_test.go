package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCounterpartNotOfAnOwner checks that "his Iraqi counterpart" takes
// the office of the person who acts, not of a person named only as the
// owner of something ("the fall of X's government").
func TestCounterpartNotOfAnOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Syrian President Omar Zaidan fled the country in December. Syrian Foreign Minister Karim Haddad arrived in Baghdad on Friday, his first visit since the fall of Omar Zaidan's government, and held talks with his Iraqi counterpart Samir Jaber.",
			want: []string{fact("Samir Jaber", graph.ForeignMinisterOf, "Iraq"), fact("Karim Haddad", graph.MetWith, "Samir Jaber")},
			not:  []string{fact("Samir Jaber", graph.PresidentOf, "Iraq")}},
		// The near miss: a person named as himself, not as an owner,
		// still lends his office when he is the one with a counterpart.
		{text: "Syrian President Omar Zaidan flew to Baghdad on Friday and held talks with his Iraqi counterpart Samir Jaber.",
			want: []string{fact("Samir Jaber", graph.PresidentOf, "Iraq")},
			not:  []string{fact("Samir Jaber", graph.ForeignMinisterOf, "Iraq")}},
	})
}
