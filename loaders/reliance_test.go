package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestReliance checks that a side that turns to another for help, or
// relies on it, names that other as its backer, and that the object of
// the verb before "and turned to" is no subject of it.
func TestReliance(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana expelled Togolese troops in 2023 and has turned to Benin for military help.",
			want: []string{fact("Benin", graph.Supports, "Ghana")},
			not:  []string{fact("Benin", graph.Supports, "Togo")}},
		{text: "The Ghanaian junta, turning to Benin for security assistance, left the bloc.",
			want: []string{fact("Benin", graph.Supports, "Ghanaian junta")}},
		{text: "Ghana looked to Benin for financial support after the floods.",
			want: []string{fact("Benin", graph.Supports, "Ghana")}},
		{text: "Ghana cut ties with Togo and has since relied on Benin, which sent instructors to Accra.",
			want: []string{fact("Benin", graph.Supports, "Ghana")},
			not:  []string{fact("Benin", graph.Supports, "Togo")}},
		{text: "President Kofi Mensah, who relies on the Northern Brigade for his security, flew to Lome.",
			want: []string{fact("Northern Brigade", graph.Supports, "Kofi Mensah")}},
		{text: "Ghana leans on Benin's troops to guard the border.",
			want: []string{fact("Benin", graph.Supports, "Ghana")}},
		{text: "The Ghanaian junta turned to the Northern Brigade for security help after the coup.",
			want: []string{fact("Northern Brigade", graph.Supports, "Ghanaian junta")}},
	})
	checkNegatives(t, []negativeCase{
		// "Turned to" a state with no noun of help states no backing.
		{text: "Ghana turned to Benin and signed a trade pact.",
			not:       []string{fact("Benin", graph.Supports, "Ghana")},
			companion: "Ghana turned to Benin for help and signed a trade pact.",
			want:      []string{fact("Benin", graph.Supports, "Ghana")}},
		// Nor a body with no noun of help: a state turns to a council to
		// complain, not to be backed.
		{text: "Ghana turned to the Northern Council after the strike.",
			not:       []string{fact("Northern Council", graph.Supports, "Ghana")},
			companion: "Ghana turned to the Northern Council for help after the strike.",
			want:      []string{fact("Northern Council", graph.Supports, "Ghana")}},
		// Pressing a side is no reliance on it.
		{text: "Ghana leaned on Benin to accept the truce.",
			not:       []string{fact("Benin", graph.Supports, "Ghana")},
			companion: "Ghana leans on Benin's troops to guard the border.",
			want:      []string{fact("Benin", graph.Supports, "Ghana")}},
		// A clause reported after the verb does not rely on anyone.
		{text: "Togo warned Ghana that the outcome depends on Benin.",
			not:       []string{fact("Benin", graph.Supports, "Ghana")},
			companion: "Ghana has relied on Benin's troops since 2018.",
			want:      []string{fact("Benin", graph.Supports, "Ghana")}},
		// Turning to a means, not a side.
		{text: "The Northern Brigade has turned to drones since it lost the capital to Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "The Northern Brigade has turned to Ghana for drones and help.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		// The object of the first verb does not turn to anyone.
		{text: "Ghana expelled Togolese troops and turned to Benin for help.",
			not:       []string{fact("Benin", graph.Supports, "Togo")},
			companion: "Ghana expelled Togolese troops and turned to Benin for help.",
			want:      []string{fact("Benin", graph.Supports, "Ghana")}},
	})
}
