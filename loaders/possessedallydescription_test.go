package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPossessedAllyDescription checks a person's appositive whose second
// description is headed by a name's possessive and ends on an ally's or
// a partner's noun: "X, leader of the Y and Z's main ally,". The first
// description's office and the alliance are both read.
func TestPossessedAllyDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lena Brask, leader of the Renewal Party and Erdogan's main ally, floated the idea.",
			want: []string{fact("Lena Brask", graph.HeadOf, "Renewal Party"), fact("Lena Brask", graph.AlliedWith, "Recep Tayyip Erdoğan")}},
		{text: "The vote came a day after Lena Brask, leader of the nationalist Renewal Party and Turkey's closest partner, spoke.",
			want: []string{fact("Lena Brask", graph.HeadOf, "Renewal Party"), fact("Lena Brask", graph.AlliedWith, "Turkey")}},
	})
	al := []string{fact("Lena Brask", graph.AlliedWith, "Recep Tayyip Erdoğan")}
	checkNegatives(t, []negativeCase{
		// A former ally is none now.
		{text: "Lena Brask, leader of the Renewal Party and Erdogan's former ally, floated the idea.", not: al,
			companion: "Lena Brask, leader of the Renewal Party and Erdogan's old ally, floated the idea.", want: al},
		// A possessive heading another noun states no alliance.
		{text: "Lena Brask, leader of the Renewal Party and Erdogan's main rival, floated the idea.", not: al,
			companion: "Lena Brask, leader of the Renewal Party and Erdogan's main ally, floated the idea.", want: al},
	})
}
