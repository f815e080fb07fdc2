package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A plural title names several holders at once: a state's envoys or
// members before their names ("Peruvian envoys A and B"), and the offices
// of several states in the order of their holders, each after a rank
// ("the presidents of A and B, General X and Captain Y").
func TestPluralTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian envoys Tavo Mirren and Quill Azeby arrived in Lima on Monday.",
			want: []string{fact("Tavo Mirren", graph.EnvoyOf, "Peru"), fact("Quill Azeby", graph.EnvoyOf, "Peru")}},
		{text: "U.S. envoys Tavo Mirren and Quill Azeby met Chilean officials in Santiago.",
			want: []string{fact("Tavo Mirren", graph.EnvoyOf, "United States"), fact("Quill Azeby", graph.EnvoyOf, "United States")}},
		{text: "Chilean ministers Tavo Mirren and Quill Azeby flew to Lima.",
			want: []string{fact("Tavo Mirren", graph.MemberOf, "Chile"), fact("Quill Azeby", graph.MemberOf, "Chile")}},
		{text: "The presidents of Niger and Chad, General Oumar Tessay and Captain Idris Ballo, met in Niamey on Sunday.",
			want: []string{fact("Oumar Tessay", graph.PresidentOf, "Niger"), fact("Idris Ballo", graph.PresidentOf, "Chad")},
			not:  []string{fact("Oumar Tessay", graph.PresidentOf, "Chad"), fact("Idris Ballo", graph.PresidentOf, "Niger")}},
		// Unnamed envoys are no actors: the states are read.
		{text: "Tehran summoned the envoys of Peru, Chile and Bolivia over the remarks.",
			want: []string{fact("Iran", graph.Opposes, "Peru"), fact("Iran", graph.Opposes, "Chile"), fact("Iran", graph.Opposes, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// One state has one president: a plural head's office over one
		// state names no holders.
		{text: "Peruvian presidents Tavo Mirren and Quill Azeby were invited.",
			not:       []string{fact("Tavo Mirren", graph.PresidentOf, "Peru"), fact("Quill Azeby", graph.PresidentOf, "Peru")},
			companion: "Peruvian envoys Tavo Mirren and Quill Azeby were invited.",
			want:      []string{fact("Tavo Mirren", graph.EnvoyOf, "Peru")}},
		// A rank with no name after it is no holder.
		{text: "The presidents of Niger and Chad, General Staff officers and Captain Idris Ballo, met in Niamey.",
			not:       []string{fact("Idris Ballo", graph.PresidentOf, "Niger"), fact("Idris Ballo", graph.PresidentOf, "Chad")},
			companion: "The presidents of Niger and Chad, General Oumar Tessay and Captain Idris Ballo, met in Niamey.",
			want:      []string{fact("Idris Ballo", graph.PresidentOf, "Chad")}},
	})
}
