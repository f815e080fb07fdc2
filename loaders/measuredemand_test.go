package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A punitive measure demanded, or stepped up, states opposition as one
// imposed does: who calls for sanctions on a side, or asks another to
// impose them, opposes that side (the one asked imposes nothing yet); who
// steps them up or widens them imposes them. Lifting or easing a measure,
// calling a measure illegal and demanding its end state none.
func TestMeasureDemandedOrSteppedUp(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru called for tough new sanctions against Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru urged Chile to impose sanctions on Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Chile", graph.Opposes, "Bolivia")}},
		{text: "Peru called on Chile to impose new sanctions on Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Chile", graph.Opposes, "Bolivia")}},
		{text: "Peru has stepped up sanctions on Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru widened its embargo on Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru demanded new sanctions on the Northern Brigade.",
			want: []string{fact("Peru", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru called for lifting sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru called for new sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru extended the easing of sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru extended sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru called sanctions on Bolivia illegal.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru called for sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru demanded an end to sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru demanded sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru did not call for sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru called for sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}
