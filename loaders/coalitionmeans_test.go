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

// A bare body head other than a coalition's names no body ("air force
// jets", "ruling party militants"), and with two coalitions named a bare
// coalition noun names neither (review35d findings 5, 9, 12).
func TestCoalitionMeansNearMisses(t *testing.T) {
	kdf := fact("Borduria Front", graph.Fights, "Kara Defence Force")
	party := fact("Kara People's Party", graph.Fights, "Togolese police")
	coalition := fact("Borduria Front", graph.Fights, "Sahel Coalition")
	checkNegatives(t, []negativeCase{
		{text: "The Kara Defence Force backs Togo. The air force jets struck positions of the Borduria Front.",
			not:       []string{kdf},
			companion: "The Kara Defence Force backs Togo. Kara Defence Force jets struck positions of the Borduria Front.",
			want:      []string{kdf}},
		{text: "The opposition Kara People's Party called a strike. In Lome, ruling party militants attacked Togolese police.",
			not:       []string{party},
			companion: "The opposition Kara People's Party called a strike. In Lome, Kara People's Party militants attacked Togolese police.",
			want:      []string{party}},
		{text: "The Ghana-led coalition backs the Togolese army. The Sahel Coalition backs Togo too. Coalition aircraft struck positions of the Borduria Front near the river.",
			not:       []string{coalition},
			companion: "The Sahel Coalition backs Togo. Coalition aircraft struck positions of the Borduria Front near the river.",
			want:      []string{coalition}},
	})
}
