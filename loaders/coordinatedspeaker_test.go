package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A verb of saying coordinated after a person's own verb ("X thanked Y
// for the talks and said he had spoken to Z") is X's: "he" is X, the
// subject carried to the coordinated verb, not Y, the first verb's object.
// A new subject before "said" keeps the pronoun its own.
func TestCoordinatedSpeakerPronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Tarno Velk of Peru congratulated President Arvo Lind of Chile on the vote and said he had spoken to President Mato Kerr of Bolivia.",
			want: []string{fact("Mato Kerr", graph.SpokeWith, "Tarno Velk")},
			not:  []string{fact("Arvo Lind", graph.SpokeWith, "Mato Kerr")}},
		{text: "Foreign Minister Tarno Velk of Peru thanked President Arvo Lind of Chile for his support and also said he had met President Mato Kerr of Bolivia.",
			want: []string{fact("Mato Kerr", graph.MetWith, "Tarno Velk")},
			not:  []string{fact("Arvo Lind", graph.MetWith, "Mato Kerr")}},
	})
}

func TestCoordinatedSpeakerNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Tarno Velk of Peru met President Arvo Lind of Chile and President Mato Kerr of Bolivia said he had spoken to Joe Biden.",
			not:       []string{fact("Joe Biden", graph.SpokeWith, "Tarno Velk")},
			companion: "Foreign Minister Tarno Velk of Peru met President Arvo Lind of Chile and said he had spoken to Joe Biden.",
			want:      []string{fact("Joe Biden", graph.SpokeWith, "Tarno Velk")}},
	})
}
