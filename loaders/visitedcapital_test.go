package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestVisitedCapital checks a visit to a state's capital named by the
// state's adjective or possessive, "arrived in the Ruritanian capital":
// a bare office met there is that state's, as after "arrived in Ankara";
// a dateline of place and date before the visit places the report, not
// the visit.
func TestVisitedCapital(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand arrived in the Egyptian capital on Monday and held talks with President Ahmed Sorani.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		{text: "Omar Zand flew to Egypt's capital, where he met Prime Minister Lina Harb.",
			want: []string{fact("Lina Harb", graph.PrimeMinisterOf, "Egypt")}},
		{text: "Cairo, March 4, MENA - Peruvian Foreign Minister Omar Zand, who arrived in the Egyptian capital on a two-day visit, met President Ahmed Sorani.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt"), fact("Omar Zand", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Ahmed Sorani", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// The capital named without a visit to it says nothing.
		{text: "Omar Zand praised the Egyptian capital and met President Ahmed Sorani.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")},
			companion: "Omar Zand arrived in the Egyptian capital and met President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		// A visitor's own adjective qualifies him, not the place.
		{text: "Egyptian envoy Omar Zand arrived in Lima and Quito, where he met President Ahmed Sorani.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")},
			companion: "Omar Zand arrived in the Egyptian capital, where he met President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		// Another state's capital visited too: two states compete.
		{text: "Omar Zand arrived in the Egyptian capital after a stop in Chile and met President Ahmed Sorani.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt"), fact("Ahmed Sorani", graph.PresidentOf, "Chile")},
			companion: "Omar Zand arrived in the Egyptian capital after a stop and met President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		// The visitor himself holds the bare office.
		{text: "President Ahmed Sorani arrived in the Egyptian capital on Monday.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")},
			companion: "Omar Zand arrived in the Egyptian capital on Monday to meet President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
	})
}
