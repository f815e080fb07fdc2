package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A bare coalition noun before a noun of its means, men or attacks
// ("coalition jets", "Coalition aircraft", "coalition air strikes") names
// the coalition the article named before, as "the coalition" does.
func TestCoalitionMeans(t *testing.T) {
	fights := fact("Borduria Front", graph.Fights, "Ghana-led coalition")
	checkFacts(t, []factCase{
		{text: "The Ghana-led coalition backs the Togolese army. Coalition aircraft struck positions of the Borduria Front near the river.",
			want: []string{fights}},
		{text: "The Ghana-led coalition backs the Togolese army. Later, coalition jets hit positions of the Borduria Front.",
			want: []string{fights}},
	})
	checkNegatives(t, []negativeCase{
		// No coalition named before: the noun names none.
		{text: "Coalition aircraft struck positions of the Borduria Front near the river.",
			not:       []string{fights},
			companion: "The Ghana-led coalition backs the Togolese army. Coalition aircraft struck positions of the Borduria Front near the river.",
			want:      []string{fights}},
		// "a coalition" is another, not the one named.
		{text: "The Ghana-led coalition backs the Togolese army. A new coalition of militias struck positions of the Borduria Front near the river.",
			not:       []string{fights},
			companion: "The Ghana-led coalition backs the Togolese army. Coalition aircraft struck positions of the Borduria Front near the river.",
			want:      []string{fights}},
		// The coalition's own means, not a word of talks: "coalition
		// talks" name no actor.
		{text: "The Ghana-led coalition backs the Togolese army. Coalition talks with the Borduria Front broke down.",
			not:       []string{fights},
			companion: "The Ghana-led coalition backs the Togolese army. Coalition aircraft struck positions of the Borduria Front near the river.",
			want:      []string{fights}},
	})
}
