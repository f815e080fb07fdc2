package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBareArmyOfTheNamedArmy covers a bare "the army" in a report that
// names several states and no army before it: it is the army of the one
// state whose army the report names by name anywhere, later in the report
// too, and it goes by the name the report gives it there.
func TestBareArmyOfTheNamedArmy(t *testing.T) {
	const tail = " Germany and Italy have troops training the Nigerien army."
	checkFacts(t, []factCase{
		{text: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The Front has fought the army since 2019." + tail,
			want: []string{fact("Tarvol Front", graph.Fights, "Nigerien army")},
			not:  []string{fact("Tarvol Front", graph.Fights, "Nigerien military")}},
		{text: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The military said it had repelled the Front." + tail,
			want: []string{fact("Nigerien army", graph.Fights, "Tarvol Front")},
			not:  []string{fact("Nigerien military", graph.Fights, "Tarvol Front")}},
		{text: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. Benin accused the army of abandoning the villagers." + tail,
			want: []string{fact("Benin", graph.Opposes, "Nigerien army")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states' armies named: the bare noun is neither's.
		{text: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The Front has fought the army since 2019. The Chadian army and the Nigerien army have closed the border.",
			not:       []string{fact("Tarvol Front", graph.Fights, "Nigerien army"), fact("Tarvol Front", graph.Fights, "Chadian army")},
			companion: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The Front has fought the army since 2019. The Nigerien army has closed the border.",
			want:      []string{fact("Tarvol Front", graph.Fights, "Nigerien army")}},
		// A state's troops are no army named: a neighbour's soldiers
		// in the field say nothing of whose "the army" is.
		{text: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The Front has fought the army since 2019. Chadian troops have closed the border.",
			not:       []string{fact("Tarvol Front", graph.Fights, "Chadian army")},
			companion: "The Tarvol Front attacked a village near Tahoua on Monday, and Chad and Benin condemned the raid. The Front has fought the army since 2019. The Chadian army has closed the border.",
			want:      []string{fact("Tarvol Front", graph.Fights, "Chadian army")}},
	})
}
