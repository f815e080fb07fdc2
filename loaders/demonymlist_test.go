package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of demonyms shares the forces noun that closes it, also when its
// last member is an unnamed partner ("Polish and allied aircraft": the
// list names Poland alone). A list that reaches no forces noun names no
// one.
func TestDemonymListForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Polish and allied aircraft shot down Russian drones over Poland.",
			want: []string{fact("Poland", graph.Fights, "Russia")}},
		{text: "Chilean and allied warplanes struck positions of the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean and allied students protested against the Borduria Front.",
			not:       []string{fact("Chile", graph.Opposes, "Borduria Front")},
			companion: "Chilean and allied troops fought the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chile")}},
	})
}
