package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An envoy's "at" names where he is posted, as "to" does, not whom he
// represents: "the Front's representative at the UN" represents the
// Front at the UN. A member's "at" still names his body. With no owner
// before the title, "at" may name the envoy's employer as well as his
// posting ("a mediator at the African Union"): nothing is read.
func TestEnvoyAtNamesPosting(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. The Polisario Front fought Morocco. "
	checkFacts(t, []factCase{
		{text: before + "Tarek Bazzi, the Front's representative at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Polisario Front"), fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")},
			not:  []string{fact("Tarek Bazzi", graph.EnvoyOf, "United Nations")}},
		{text: before + "Tarek Bazzi, Egypt's ambassador at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.EnvoyOf, "Egypt"), fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")}},
		{text: before + "Tarek Bazzi, a senior official at the United Nations, said the war went on.",
			want: []string{fact("Tarek Bazzi", graph.MemberOf, "United Nations")}},
	})
}

// An ownerless envoy's "at" is neither his posting nor his employer for
// sure: no envoy fact is read. The companion names the owner.
func TestOwnerlessEnvoyAt(t *testing.T) {
	const before = "Rebels clashed with Syrian troops near Aleppo on Monday. The Polisario Front fought Morocco. "
	checkNegatives(t, []negativeCase{
		{text: before + "Tarek Bazzi, the representative at the United Nations, said the war went on.",
			not:       []string{fact("Tarek Bazzi", graph.EnvoyTo, "United Nations"), fact("Tarek Bazzi", graph.EnvoyOf, "United Nations")},
			companion: before + "Tarek Bazzi, the Front's representative at the United Nations, said the war went on.",
			want:      []string{fact("Tarek Bazzi", graph.EnvoyTo, "United Nations")}},
		{text: before + "Omar Kessab, a senior representative at the UN refugee agency, said the camps were full.",
			not:       []string{fact("Omar Kessab", graph.EnvoyTo, "UNHCR"), fact("Omar Kessab", graph.EnvoyOf, "UNHCR")},
			companion: before + "Omar Kessab, Egypt's senior representative at the UN refugee agency, said the camps were full.",
			want:      []string{fact("Omar Kessab", graph.EnvoyTo, "UNHCR")}},
		{text: before + "Omar Kessab, a mediator at the African Union, said the talks would resume.",
			not:       []string{fact("Omar Kessab", graph.EnvoyTo, "African Union"), fact("Omar Kessab", graph.EnvoyOf, "African Union")},
			companion: before + "Omar Kessab, Egypt's mediator at the African Union, said the talks would resume.",
			want:      []string{fact("Omar Kessab", graph.EnvoyTo, "African Union")}},
		{text: before + "Omar Kessab, the chief negotiator at the World Trade Organization, said the talks would resume.",
			not:       []string{fact("Omar Kessab", graph.EnvoyTo, "World Trade Organization"), fact("Omar Kessab", graph.EnvoyOf, "World Trade Organization")},
			companion: before + "Omar Kessab, Egypt's chief negotiator at the World Trade Organization, said the talks would resume.",
			want:      []string{fact("Omar Kessab", graph.EnvoyTo, "World Trade Organization")}},
	})
}
