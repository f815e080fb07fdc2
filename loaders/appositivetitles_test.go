package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A titled person named inside another person's appositive ("X, a former
// aide to Russian Prime Minister Y,", "X, the Front's envoy and a former
// aide to ...,") holds the office the title states, as outside it; a
// person named there with no title holds none.
func TestAppositiveTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Pelo Dravic, a former aide to Russian Prime Minister Amir Tessa, said the talks had failed.",
			want: []string{fact("Amir Tessa", graph.PrimeMinisterOf, "Russia")}},
		{text: "Pelo Dravic, the Vardan Front's envoy and a former aide to Russian Prime Minister Amir Tessa, said the talks had failed.",
			want: []string{fact("Pelo Dravic", graph.EnvoyOf, "Vardan Front"), fact("Amir Tessa", graph.PrimeMinisterOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Pelo Dravic, a former aide to Amir Tessa of Russia, said the talks had failed.",
			not:       []string{fact("Amir Tessa", graph.PrimeMinisterOf, "Russia")},
			companion: "Pelo Dravic, a former aide to Russian Prime Minister Amir Tessa, said the talks had failed.",
			want:      []string{fact("Amir Tessa", graph.PrimeMinisterOf, "Russia")}},
	})
}
