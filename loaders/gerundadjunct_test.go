package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A gerund after a word of time late in a clause ("after meeting X",
// "while visiting X") has the clause's subject as its own, past the
// clause's object and its adjuncts of place and time. Past a clause with a
// subject of its own, or a hedge, it is not carried.
func TestGerundAdjunctCarriesSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Tarno Velk of Peru announced the end of the round in Geneva on Wednesday after meeting President Arvo Lind of Chile.",
			want: []string{fact("Arvo Lind", graph.MetWith, "Tarno Velk")}},
		{text: "Foreign Minister Tarno Velk of Peru closed the embassy in Lima last week before meeting President Arvo Lind of Chile.",
			want: []string{fact("Arvo Lind", graph.MetWith, "Tarno Velk")}},
	})
}

func TestGerundAdjunctNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Tarno Velk of Peru said Bolivia had closed its embassy in Lima last week after meeting President Arvo Lind of Chile.",
			not:       []string{fact("Arvo Lind", graph.MetWith, "Tarno Velk")},
			companion: "Foreign Minister Tarno Velk of Peru closed the embassy in Lima last week after meeting President Arvo Lind of Chile.",
			want:      []string{fact("Arvo Lind", graph.MetWith, "Tarno Velk")}},
	})
}
