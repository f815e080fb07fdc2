package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A photo credit in parentheses that names the agency the picture came
// through is page furniture: the body or person it credits states no fact
// (a state's air force is no part of it because a caption says so).
func TestPhotoCreditViaAgency(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru's air force struck depots of the Tarvol Front.\n\n(Chilean Air Force via AFP)\n\nThe raids went on overnight.",
			not:       []string{fact("Chilean air force", graph.PartOf, "Chile")},
			companion: "Peru's air force struck depots of the Tarvol Front.\n\nThe Chilean Air Force said the raids went on overnight.",
			want:      []string{fact("Chilean air force", graph.PartOf, "Chile")}},
		{text: "Peru's air force struck depots of the Tarvol Front.\n\n(Chilean Navy via Getty Images)\n\nThe raids went on overnight.",
			not:       []string{fact("Chilean navy", graph.PartOf, "Chile")},
			companion: "Peru's air force struck depots of the Tarvol Front.\n\nThe Chilean Navy said the raids went on overnight.",
			want:      []string{fact("Chilean navy", graph.PartOf, "Chile")}},
	})
	// Agency credit inside a sentence of the story is no caption.
	checkFacts(t, []factCase{
		{text: "Peru's air force struck depots of the Tarvol Front, the Chilean Navy said in a statement sent via AFP.",
			want: []string{fact("Chilean navy", graph.PartOf, "Chile")}},
	})
}

// TestPhotoCreditInsideNews checks that a credit in the middle of a
// paragraph goes alone: the news around it stays.
func TestPhotoCreditInsideNews(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali has long been Benin's foe, and Mali attacked Beninese positions (pictured via Reuters) on Tuesday.",
			want: []string{fact("Mali", graph.Fights, "Benin")}},
	})
}
