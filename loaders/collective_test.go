package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCollectiveNoSide checks that a loose group of states named as one
// ("the West", "Western governments") is no end of a relation: which
// states accuse, back or are blamed is not said.
func TestCollectiveNoSide(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Western governments accuse Eritrea of arming the Velmar Brigades.",
			not:       []string{fact("Western countries", graph.Opposes, "Eritrea")},
			companion: "France accuses Eritrea of arming the Velmar Brigades.",
			want:      []string{fact("France", graph.Opposes, "Eritrea")}},
		{text: "The West has backed the Velmar Brigades since 2019.",
			not:       []string{fact("Western countries", graph.Supports, "Velmar Brigades")},
			companion: "France has backed the Velmar Brigades since 2019.",
			want:      []string{fact("France", graph.Supports, "Velmar Brigades")}},
		{text: "Eritrea condemned Western powers for the sanctions.",
			not:       []string{fact("Eritrea", graph.Opposes, "Western countries")},
			companion: "Eritrea condemned France for the sanctions.",
			want:      []string{fact("Eritrea", graph.Opposes, "France")}},
		{text: "Eritrea and the Western-backed Velmar Brigades are holding talks.",
			not:       []string{fact("Western countries", graph.Supports, "Velmar Brigades"), fact("Eritrea", graph.Supports, "Velmar Brigades")},
			companion: "Eritrea and the French-backed Velmar Brigades are holding talks.",
			want:      []string{fact("France", graph.Supports, "Velmar Brigades")}},
		{text: "The Velmar Brigades, backed by the West, took the port.",
			not:       []string{fact("Western countries", graph.Supports, "Velmar Brigades")},
			companion: "The Velmar Brigades, backed by France, took the port.",
			want:      []string{fact("France", graph.Supports, "Velmar Brigades")}},
	})
}

// namesEntity reports whether the extractor recognises the entity name in
// text, whether or not it takes part in a fact.
func namesEntity(tb testing.TB, text, name string) bool {
	tb.Helper()
	doc, err := extractor(tb).Extract("test.txt", []byte(text))
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	for _, e := range doc.Entities {
		if e.Name == name {
			return true
		}
	}
	return false
}

// TestCollectiveNoRole checks that a loose group of states holds no
// office either: "Western envoy X" and "a spokesman for the Western
// powers" do not say whose envoy or spokesman X is.
func TestCollectiveNoRole(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Western envoy John Dunmore said the vote was fair.",
			not:       []string{fact("John Dunmore", graph.EnvoyOf, "Western countries")},
			companion: "French envoy John Dunmore said the vote was fair.",
			want:      []string{fact("John Dunmore", graph.EnvoyOf, "France")}},
		{text: "John Dunmore, a spokesman for the Western powers, said the vote was fair.",
			not:       []string{fact("John Dunmore", graph.SpokespersonOf, "Western countries")},
			companion: "John Dunmore, a spokesman for the French government, said the vote was fair.",
			want:      []string{fact("John Dunmore", graph.SpokespersonOf, "France")}},
	})
}
