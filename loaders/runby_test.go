package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body that another body or a state runs, operates or owns, in a
// relative clause ("the Tarn Brigade, which is run by the Lakeside
// Front,"), is part of it; a body watched or praised by another is not.
func TestBodyRunBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarn Brigade, which is run by the Lakeside Front, denied involvement.",
			want: []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
		{text: "The Tarn Brigade, which is owned by the Lakeside Front, denied involvement.",
			want: []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Tarn Brigade, which is watched by the Lakeside Front, denied involvement.",
			not:       []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")},
			companion: "The Tarn Brigade, which is operated by the Lakeside Front, denied involvement.",
			want:      []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
	})
}
