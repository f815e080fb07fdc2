package loaders

import (
	"slices"
	"testing"

	"github.com/entente/entente/graph"
)

// TestCollectiveNoSide checks that a loose group of states named as one
// ("the West", "Western governments") is no end of a relation that needs
// a specific state, nor the one who opposes: which states accuse, back or
// meet is not said (TestCollectiveStance has the stances toward it).
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
		{text: "Western powers imposed sanctions on Eritrea.",
			not:       []string{fact("Western countries", graph.Opposes, "Eritrea")},
			companion: "France imposed sanctions on Eritrea.",
			want:      []string{fact("France", graph.Opposes, "Eritrea")}},
		{text: "Eritrea and Western powers met in Geneva.",
			not:       []string{fact("Eritrea", graph.MetWith, "Western countries")},
			companion: "Eritrea and France met in Geneva.",
			want:      []string{fact("Eritrea", graph.MetWith, "France")}},
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

// TestCollectiveStance checks that a stance a named side takes toward the
// bloc as such is kept: opposing it and being its ally.
func TestCollectiveStance(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Russia accused the West of arming the Velmar Brigades.", fact("Russia", graph.Opposes, "Western countries")},
		{"Eritrea condemned Western powers for the sanctions.", fact("Eritrea", graph.Opposes, "Western countries")},
		{"Ghana, a close ally of the West, condemned the coup.", fact("Ghana", graph.AlliedWith, "Western countries")},
	} {
		if got := factKeys(t, c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: want %q; got %q", c.text, c.want, got)
		}
	}
}

// TestCollectiveAdjectiveRecognised checks that the bloc named by its
// adjective before a measure ("Western sanctions") is still recognised,
// though, as the one who opposes, it ends no fact (TestCollectiveNoSide).
func TestCollectiveAdjectiveRecognised(t *testing.T) {
	text := "Turkey has declined to join Western sanctions on Russia."
	if !namesEntity(t, text, "Western countries") {
		t.Errorf("%q: Western bloc not recognised", text)
	}
	checkFacts(t, []factCase{
		{text: "Turkey has declined to join EU sanctions on Russia.",
			want: []string{fact("European Union", graph.Opposes, "Russia")}},
	})
}
