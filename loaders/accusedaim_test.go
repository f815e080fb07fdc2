package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An accusation of a hostile act aimed at a named side states that the
// accused opposes that side: the side right after the gerund, as its
// object or its possessive ("Chile's sovereignty"), or after a preposition
// of aim ("meddling in Chile's affairs"). With no side named, the act is
// aimed at the accuser ("threatening its sovereignty"). Another
// preposition ("talks with", "support for"), a deal and a denial give no
// such fact.
func TestAccusedOfHostilityAimedAtSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru accused Bolivia of destabilising Chile.",
			want: []string{fact("Bolivia", graph.Opposes, "Chile")}},
		{text: "Peru has accused Bolivia of undermining Ecuador for years.",
			want: []string{fact("Bolivia", graph.Opposes, "Ecuador")}},
		{text: "Peru accused Bolivia of violating Chile's sovereignty.",
			want: []string{fact("Bolivia", graph.Opposes, "Chile")},
			not:  []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru accused Bolivia of meddling in Chile's affairs.",
			want: []string{fact("Bolivia", graph.Opposes, "Chile")},
			not:  []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru accuses Bolivia of threatening its sovereignty.",
			want: []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru accused Bolivia of threatening Ecuador's borders.",
			want: []string{fact("Bolivia", graph.Opposes, "Ecuador")},
			not:  []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru accused Bolivia of sabotaging the talks with Chile.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Bolivia", graph.Opposes, "Chile")}},
		{text: "Peru accused Bolivia of undermining support for Chile.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Bolivia", graph.Opposes, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// An act whose object is anyone's is aimed at no one named.
		{text: "Peru accused Bolivia of violating human rights.",
			not:       []string{fact("Bolivia", graph.Opposes, "Peru")},
			companion: "Peru accused Bolivia of threatening its sovereignty.",
			want:      []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru accused Bolivia of threatening journalists in Chile.",
			not:       []string{fact("Bolivia", graph.Opposes, "Peru")},
			companion: "Peru accused Bolivia of threatening its sovereignty.",
			want:      []string{fact("Bolivia", graph.Opposes, "Peru")}},
		{text: "Peru did not accuse Bolivia of destabilising Chile.",
			not:       []string{fact("Bolivia", graph.Opposes, "Chile")},
			companion: "Peru accused Bolivia of destabilising Chile.",
			want:      []string{fact("Bolivia", graph.Opposes, "Chile")}},
		{text: "Peru accused Bolivia of violating the Lima Accord.",
			not:       []string{fact("Bolivia", graph.Opposes, "Peru")},
			companion: "Peru accused Bolivia of violating its sovereignty.",
			want:      []string{fact("Bolivia", graph.Opposes, "Peru")}},
	})
}
