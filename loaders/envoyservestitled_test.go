package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An envoy "of" a titled name in lower case serves that officer: the name
// holds its own office, never the envoy's. In capitals the whole is the
// name's own title.
func TestEnvoyOfTitledNameIsNotTheEnvoy(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Tarek Bazzi, the personal envoy of UN Secretary-General Antonio Guterres, said the talks would resume.",
			want: []string{fact("António Guterres", graph.HeadOf, "United Nations")},
			not:  []string{fact("António Guterres", graph.EnvoyOf, "United Nations")}},
		{text: before + "UN Special Envoy Tarek Bazzi met Antonio Guterres.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Tarek Bazzi, the special envoy of Egyptian President Omar Zaki, said the talks would resume.",
			not:       []string{fact("Omar Zaki", graph.EnvoyOf, "Egypt")},
			companion: before + "Egyptian special envoy Omar Zaki said the talks would resume.",
			want:      []string{fact("Omar Zaki", graph.EnvoyOf, "Egypt")}},
	})
}
