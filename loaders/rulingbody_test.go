package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestRulingBodyNoPart checks that a state's rulers described by a
// lower-case noun ("Ghana's new administration") are the state acting, no
// part of it, while a named organ of the state stays its part.
func TestRulingBodyNoPart(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kofi Darden, the head of Ghana's new administration, met envoys in Accra.",
			not:       []string{fact("Ghana's new administration", graph.PartOf, "Ghana")},
			companion: "Kofi Darden, the head of Ghana's National Security Council, met envoys in Accra.",
			want:      []string{fact("Ghana's National Security Council", graph.PartOf, "Ghana")}},
		{text: "Ama Kwao, a spokesman for Togo's caretaker administration, flew to Lome on Friday.",
			not:       []string{fact("Togo's caretaker administration", graph.PartOf, "Togo")},
			companion: "Ama Kwao, the head of Togo's Electoral Commission, flew to Lome on Friday.",
			want:      []string{fact("Togo's Electoral Commission", graph.PartOf, "Togo")}},
	})
}
