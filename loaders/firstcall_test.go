package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestFirstCallCounted checks a call counted among the pair's ("held their
// first telephone conversation") and one that "called X for the first
// time"; a call still to come and a call for someone to act are none.
func TestFirstCallCounted(t *testing.T) {
	spoke := fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")
	checkNegatives(t, []negativeCase{
		{text: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah will hold their first telephone conversation next week.",
			not:       []string{spoke},
			companion: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah held their first telephone conversation in March.",
			want:      []string{spoke}},
		{text: "Ghanaian President Ama Dodzi called for Togolese President Kofi Mensah to step down.",
			not:       []string{spoke},
			companion: "Ghanaian President Ama Dodzi called Togolese President Kofi Mensah for the first time on Monday.",
			want:      []string{spoke}},
		{text: "President Ama Dodzi and President Kofi Mensah have yet to hold their first phone call.",
			not:       []string{spoke},
			companion: "President Ama Dodzi and President Kofi Mensah have held their first phone call.",
			want:      []string{spoke}},
		{text: "President Ama Dodzi and President Kofi Mensah have yet to hold a phone call.",
			not:       []string{spoke},
			companion: "President Ama Dodzi and President Kofi Mensah held a phone call.",
			want:      []string{spoke}},
		// "for" is a call only in "for the first time".
		{text: "Ghana called Togo for talks at the United Nations.",
			not:       []string{fact("Ghana", graph.SpokeWith, "Togo")},
			companion: "Ghana called Togo for the second time on Monday.",
			want:      []string{fact("Ghana", graph.SpokeWith, "Togo")}},
	})
}
