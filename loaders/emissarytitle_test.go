package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An emissary is a state's or body's envoy under another name, before the
// name, after it, in the plural or with "special"; a word of sending that
// names no one gives no envoy.
func TestEmissaryTitleNamesEnvoy(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Tarek Bazzi, Russia's emissary to the region, said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Russia")}},
		{text: before + "Russian emissary Tarek Bazzi said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Russia")}},
		{text: before + "Qatari emissaries Tarek Bazzi and Omar Zaki said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Qatar"), fact("Omar Zaki", graph.EnvoyOf, "Qatar")}},
		{text: before + "Tarek Bazzi, the Egyptian special emissary for the talks, said the city had fallen.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Egypt")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Russia sent an emissary to Damascus, and Tarek Bazzi said the city had fallen.",
			not:       []string{fact("Tarek Bazzi", graph.EnvoyOf, "Russia")},
			companion: before + "Russia sent its emissary, Tarek Bazzi, to Damascus, where he said the city had fallen.",
			want:      []string{fact("Tarek Bazzi", graph.EnvoyOf, "Russia")}},
	})
}
