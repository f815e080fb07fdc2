package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestUrgedTalksAreTheUrgedOnes checks that talks a state urges another
// side, named by a noun ("the government", "the army"), to open or resume
// are neither held by the state that urges them nor held yet: "Norway
// urged the government to reopen talks with X" is no meeting of Norway
// and X, whether the talks' noun is near the request or a verb of its own
// ("to resume talks") would carry the subject past it, and whether the
// request is "urged" or "pressed". Talks the subject holds itself still
// count, and a request of another act still tells the subject's stance.
func TestUrgedTalksAreTheUrgedOnes(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Norway urged the government to reopen talks with the Kessan Front, which broke down in Tanzania last year.",
			not:       []string{fact("Norway", graph.MetWith, "Kessan Front")},
			companion: "Norway held talks with the Kessan Front in Tanzania last year.",
			want:      []string{fact("Norway", graph.MetWith, "Kessan Front")}},
		{text: "Norway urged the government to resume talks with the Kessan Front in Oslo.",
			not:       []string{fact("Norway", graph.MetWith, "Kessan Front")},
			companion: "Norway resumed talks with the Kessan Front in Oslo.",
			want:      []string{fact("Norway", graph.MetWith, "Kessan Front")}},
		{text: "The African Union pressed the authorities to resume talks with the Kessan Front in Addis Ababa.",
			not:       []string{fact("African Union", graph.MetWith, "Kessan Front")},
			companion: "Norway urged the world to stop the Kessan Front's attacks on Ghana.",
			want:      []string{fact("Norway", graph.Opposes, "Kessan Front")}},
	})
}
