package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "The two sides" in a clause of a fight are the two that fought last,
// not two mediators who met since; in a clause of talks they stay the
// last pair of sides.
func TestPairFights(t *testing.T) {
	const fight = "Armenian and Azerbaijani troops clashed near Varnok on Monday. Russia and Turkey held talks in Moscow on the conflict. "
	checkFacts(t, []factCase{
		{text: fight + "The two sides exchanged fire again on Tuesday, officials said.",
			want: []string{fact("Armenia", graph.Fights, "Azerbaijan")},
			not:  []string{fact("Russia", graph.Fights, "Turkey")}},
	})
}
