package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An envoy's title before his name may name his posting by a common noun
// ("for the dialogue", "to the talks") that is no actor: the owner before
// the title is still the one he represents. Without a name after the
// posting's comma, nothing is read.
func TestUnnamedPostingBeforeEnvoyName(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. "
	checkFacts(t, []factCase{
		{text: before + "The EU's envoy for the dialogue, Tarek Bazzi, said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")}},
		{text: before + "The EU envoy to the peace talks, Tarek Bazzi, said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")}},
		{text: before + "Russia's special envoy for the border dispute, Tarek Bazzi, met Omar Zaki.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "The EU's envoy for the dialogue, a veteran of the talks, said Tarek Bazzi had left.",
			not:       []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")},
			companion: before + "The EU's envoy for the dialogue, Tarek Bazzi, said the talks had stalled.",
			want:      []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")}},
		{text: before + "The EU's envoy for the long and difficult dialogue over the border, Tarek Bazzi, said the talks had stalled.",
			not:       []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")},
			companion: before + "The EU's envoy for the dialogue, Tarek Bazzi, said the talks had stalled.",
			want:      []string{fact("Tarek Bazzi", graph.EnvoyOf, "European Union")}},
	})
}
