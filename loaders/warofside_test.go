package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "in its war with X" gives the war to the side named right before the
// possessive pronoun: the side helped, not its helper. A war on no named
// side, a war merely hoped for, and a side read as the place arms went to
// give no fight.
func TestWarOfSideNamedBeforeIts(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru pledged support to Bolivia in its war with Chile.",
			want: []string{fact("Bolivia", graph.Fights, "Chile")},
			not:  []string{fact("Peru", graph.Fights, "Chile")}},
		{text: "The Houthis attacked ships in support of the Northern Brigade in its war with Togo.",
			want: []string{fact("Northern Brigade", graph.Fights, "Togo")}},
		{text: "Ghana backed Togo in their long struggle against the Northern Brigade.",
			want: []string{fact("Togo", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru thanked Bolivia for its help in the fight against terrorism.",
			not:       []string{fact("Bolivia", graph.Fights, "Peru")},
			companion: "Peru pledged support to Bolivia in its war with Chile.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru bought drones from Bolivia in its war with Chile.",
			not:       []string{fact("Bolivia", graph.Fights, "Chile")},
			companion: "Peru pledged support to Bolivia in its war with Chile.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru has used missiles from Bolivia in its war against Chile.",
			not:       []string{fact("Bolivia", graph.Fights, "Chile")},
			companion: "Peru backed Bolivia in its war against Chile.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru is recruiting fighters from Bolivia in its war against Chile.",
			not:       []string{fact("Bolivia", graph.Fights, "Chile")},
			companion: "Peru backed Bolivia in its war against Chile.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru was armed by Bolivia in its war against Chile.",
			not:       []string{fact("Bolivia", graph.Fights, "Chile")},
			companion: "Peru backed Bolivia in its war against Chile.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
		{text: "Peru said Bolivia might join Chile in its war with Ecuador.",
			not:       []string{fact("Chile", graph.Fights, "Ecuador")},
			companion: "Peru said Bolivia joined Chile in its war with Ecuador.",
			want:      []string{fact("Chile", graph.Fights, "Ecuador")}},
	})
}
