package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Capturing places held by a side, as attacking them, fights it: "retook
// the towns once held by X", "seized villages still controlled by X".
func TestCaptureOfPlacesHeldBySide(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		{text: "Ghanaian troops have retaken most of the towns once held by the Borduria Front.", want: []string{front}},
		{text: "Ghana seized three villages still controlled by the Borduria Front.", want: []string{front}},
		{text: "Ghana overran the last pocket held by the Borduria Front near the river.", want: []string{front}},
	})
	checkNegatives(t, []negativeCase{
		// Visiting a town once held by a side is no capture.
		{text: "Ghana's president visited towns once held by the Borduria Front.",
			not:       []string{front},
			companion: "Ghana retook towns once held by the Borduria Front.",
			want:      []string{front}},
		// A denial voids it.
		{text: "Ghana denied it had seized villages controlled by the Borduria Front.",
			not:       []string{front},
			companion: "Ghana seized villages controlled by the Borduria Front.",
			want:      []string{front}},
	})
}
