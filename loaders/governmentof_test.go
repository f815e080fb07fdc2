package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A state's government or regime "of" an office holder is his state's,
// whatever state the report is about (rename35).
func TestGovernmentOf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The inquiry found the Bolivian government of President Ana Rios responsible for the raid.",
			want: []string{fact("Ana Rios", graph.PresidentOf, "Bolivia")}},
		{text: "Rebels have fought the Chilean regime of President Tom Bell since 2011.",
			want: []string{fact("Tom Bell", graph.PresidentOf, "Chile")}},
		{text: "Peru's cabinet of Prime Minister Omar Zand approved the budget.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")}},
		// The government's state, not the report's: a report on Peru
		// that names the Bolivian government of a bare president.
		{text: "Peru said on Monday it would act. Peru has long opposed the plan. Lima said Peru was ready. The panel found the Bolivian government of President Ana Rios responsible.",
			want: []string{fact("Ana Rios", graph.PresidentOf, "Bolivia")},
			not:  []string{fact("Ana Rios", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A state named without its government owns no office by "of".
		{text: "The envoy flew from Chile of all places to meet President Tom Bell.",
			not:       []string{fact("Tom Bell", graph.PresidentOf, "Chile")},
			companion: "The envoy criticised the Chilean government of President Tom Bell.",
			want:      []string{fact("Tom Bell", graph.PresidentOf, "Chile")}},
		// Another body of the state is no government.
		{text: "Peru's trade council of Prime Minister Omar Zand met.",
			not:       []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")},
			companion: "Peru's cabinet of Prime Minister Omar Zand met.",
			want:      []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")}},
	})
}
