package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestUnplacedPerson covers a description of a person by his state and a
// noun ("the Ghanaian leader") that names the one person named just
// before whom nothing places in a state or an office (unplacedPerson),
// with the office the noun names as a title stated of him.
func TestUnplacedPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday, the first meeting between the Ghanaian leader and a senior Togolese official in years.",
			want: []string{fact("Arvo Kesk", graph.HeadOf, "Ghana"), fact("Arvo Kesk", graph.MetWith, "Omar Zand")}},
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian leader later thanked Togo for its support.",
			want: []string{fact("Arvo Kesk", graph.HeadOf, "Ghana"), fact("Arvo Kesk", graph.Thanked, "Togo")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Ghana")}},
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. Togo has long backed the Ghanaian president.",
			want: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}},
		// A noun that is no office names the person and states nothing.
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian diplomat later thanked Togo for its support.",
			want: []string{fact("Arvo Kesk", graph.Thanked, "Togo")},
			not:  []string{fact("Arvo Kesk", graph.HeadOf, "Ghana"), fact("Omar Zand", graph.Thanked, "Togo")}},
		// The description states the office, whatever its verb says.
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian leader did not thank Togo for its support.",
			want: []string{fact("Arvo Kesk", graph.HeadOf, "Ghana")},
			not:  []string{fact("Arvo Kesk", graph.Thanked, "Togo")}},
	})
}

// TestUnplacedPersonNone covers descriptions that name no unplaced
// person: two people nothing places, a person of the described state in
// another office, a person named too far back, and an office whose state
// follows it ("an adviser to the president of Ghana").
func TestUnplacedPersonNone(t *testing.T) {
	const companion = "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian leader later thanked Togo for its support."
	want := []string{fact("Arvo Kesk", graph.Thanked, "Togo")}
	checkNegatives(t, []negativeCase{
		{text: "Talks in Lome\n\nOmar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian leader later thanked Togo for its support.",
			not:       []string{fact("Arvo Kesk", graph.Thanked, "Togo"), fact("Omar Zand", graph.Thanked, "Togo"), fact("Arvo Kesk", graph.HeadOf, "Ghana"), fact("Omar Zand", graph.HeadOf, "Ghana")},
			companion: companion, want: want},
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk and Ghanaian Foreign Minister Ivo Marr in Lome on Friday. The Ghanaian leader later thanked Togo for its support.",
			not:       []string{fact("Arvo Kesk", graph.Thanked, "Togo"), fact("Arvo Kesk", graph.HeadOf, "Ghana")},
			companion: companion, want: want},
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. Kenya welcomed the talks. Uganda welcomed the talks. Chad welcomed the talks. The Ghanaian leader later thanked Togo for its support.",
			not:       []string{fact("Arvo Kesk", graph.Thanked, "Togo"), fact("Arvo Kesk", graph.HeadOf, "Ghana")},
			companion: companion, want: want},
		{text: "Talks in Lome\n\nTogolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. Kenya thanked an adviser to the president of Ghana.",
			not:       []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana"), fact("Kenya", graph.Thanked, "Arvo Kesk")},
			companion: companion, want: want},
	})
}
