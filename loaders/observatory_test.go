package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A monitor's name ends in "Observatory" before its cause; "Observatory
// chief X" later is its head, as "Coalition president X" is the
// coalition's. A bare observatory nobody named is no one's.
func TestObservatoryHead(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Karvel Observatory for Human Rights said 12 people were killed. Observatory chief Ivo Marsk said the toll would rise.",
			want: []string{fact("Ivo Marsk", graph.HeadOf, "Karvel Observatory for Human Rights")}},
		{text: "The Karvel Observatory for Human Rights said 12 people were killed. Ivo Marsk, who heads the Observatory, said the toll would rise.",
			want: []string{fact("Ivo Marsk", graph.HeadOf, "Karvel Observatory for Human Rights")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front said 12 people were killed. Observatory chief Ivo Marsk said the toll would rise.",
			not:       []string{fact("Ivo Marsk", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front said 12 people were killed. Front chief Ivo Marsk said the toll would rise.",
			want:      []string{fact("Ivo Marsk", graph.HeadOf, "Borduria Front")}},
	})
}
