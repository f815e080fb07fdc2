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

// A measure's verb stands right before it, with a determiner or adjective
// at most between: "despite sanctions" after another deed imposes none; a
// demand that sanctions be lifted or end demands none; "to step up" asks
// another to impose.
func TestMeasureVerbNextAndReliefDemanded(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru urged Chile to step up sanctions on Bolivia.",
			want: []string{fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Chile", graph.Opposes, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru intensified drone production despite sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru intensified sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru stepped up purchases despite sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru stepped up sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru has expanded trade despite sanctions on Bolivia.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru has expanded sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru called for sanctions on Bolivia to be lifted.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru called for sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru urged sanctions on Bolivia be eased.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru urged sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru called for sanctions on Bolivia to end.",
			not:       []string{fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru called for sanctions on Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Bolivia")}},
	})
}
