package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Parliament Speaker" is one title: the person named after it is the
// partner of the call, with no word of the title left between.
func TestParliamentSpeakerTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Prime Minister Ivo Darnel held talks with the health minister and spoke by phone with Parliament Speaker Kofi Mensah.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Kofi Mensah")}},
	})
}
