package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An envoy's "at" names where he is posted, as "to" does, not whom he
// represents: "the Front's representative at the UN" represents the
// Front at the UN. A member's "at" still names his body.
func TestEnvoyAtNamesPosting(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. The Polisario Front fought Morocco. "
	checkFacts(t, []factCase{
		{text: before + "Tarek Bazzi, the Front's representative at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Polisario Front"), fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")},
			not:  []string{fact("Tarek Bazzi", graph.EnvoyOf, "United Nations")}},
		{text: before + "Tarek Bazzi, Egypt's ambassador at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Egypt"), fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")}},
		{text: before + "Tarek Bazzi, the representative at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")},
			not:  []string{fact("Tarek Bazzi", graph.EnvoyOf, "United Nations")}},
		{text: before + "Tarek Bazzi, a senior official at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.MemberOf, "United Nations")}},
	})
}
