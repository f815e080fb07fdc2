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
	})
}
