package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A town's or district's name before a lower-case body noun names that
// place's own body ("the Korvan district administration", "the Korvan
// city council"), even when the place is known: the office of the
// appositive is held in that body. The place alone is no body.
func TestPlaceNamedBody(t *testing.T) {
	const before = "Shelling hit Aleppo and Idlib on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Omar Zaidan, the head of the Idlib city council, said two people were killed.",
			want: []string{fact("Omar Zaidan", graph.HeadOf, "Idlib city council")}},
		{text: before + "Omar Zaidan, the head of the Aleppo district administration, said the town was calm.",
			want: []string{fact("Omar Zaidan", graph.HeadOf, "Aleppo district administration")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Omar Zaidan, the head of a council in Idlib, said the town was calm.",
			not:       []string{fact("Omar Zaidan", graph.HeadOf, "Idlib")},
			companion: before + "Omar Zaidan, the head of the Idlib local council, said the town was calm.",
			want:      []string{fact("Omar Zaidan", graph.HeadOf, "Idlib local council")}},
		{text: before + "Omar Zaidan, the mayor of Idlib, said the town was calm.",
			not:       []string{fact("Omar Zaidan", graph.HeadOf, "Idlib city council")},
			companion: before + "Omar Zaidan, the head of the Idlib city council, said the town was calm.",
			want:      []string{fact("Omar Zaidan", graph.HeadOf, "Idlib city council")}},
	})
}
