package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "It" after a verb of saying whose subject stands behind an aside (a
// relative clause set off by commas) is that subject, even when another
// clause with its own subject opens the sentence: "A praised the attack,
// while B, which fights C, said it stood with D" is B's stand, not A's.
func TestAsideSpeakerPronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarvo Movement praised the attack, while the Borduria Front, which has fought Peru for years, said it stood with Chile.",
			want: []string{fact("Borduria Front", graph.Supports, "Chile"), fact("Borduria Front", graph.Fights, "Peru")},
			not:  []string{fact("Tarvo Movement", graph.Supports, "Chile")}},
		{text: "Bolivia welcomed the vote, while Peru, which chairs the bloc this year, said it would stand with Chile.",
			want: []string{fact("Peru", graph.Supports, "Chile")},
			not:  []string{fact("Bolivia", graph.Supports, "Chile")}},
		{text: "Bolivia welcomed the vote, while Peru, which chairs the bloc this year, said it struck positions of the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "Peru")},
			not:  []string{fact("Bolivia", graph.Fights, "Borduria Front")}},
		// The sentence's subject still says "it" when no other subject
		// opens a clause of its own.
		{text: "Bolivia, which chairs the bloc this year, said it struck positions of the Borduria Front.",
			want: []string{fact("Bolivia", graph.Fights, "Borduria Front")}},
		{text: "Bolivia condemned the raid and said it struck positions of the Borduria Front.",
			want: []string{fact("Bolivia", graph.Fights, "Borduria Front")}},
	})
}
