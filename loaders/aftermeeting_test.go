package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAfterMeetingOpensClause checks a meeting or talks told as over in an
// adjunct that opens the sentence before its subject ("After talks with X,
// Y called for calm", "Following his meeting with X, Y ...":
// during-meeting-with-O-S, during-talks-with-O-S). A meeting still ahead
// ("Ahead of talks with X", "Before his meeting with X") is none, nor is one
// cancelled, postponed, rejected, failed or only asked for.
func TestAfterMeetingOpensClause(t *testing.T) {
	met := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	spoke := fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")
	checkNegatives(t, []negativeCase{
		{text: "Ahead of talks with Togolese President Kofi Mensah, Ghanaian President Ama Dodzi called for calm.",
			not:       []string{met, spoke},
			companion: "After talks with Togolese President Kofi Mensah, Ghanaian President Ama Dodzi called for calm.",
			want:      []string{spoke}},
		{text: "Before his meeting with Togolese President Kofi Mensah in Lome, Ghanaian President Ama Dodzi visited the market.",
			not:       []string{met},
			companion: "Following his meeting with Togolese President Kofi Mensah in Lome, Ghanaian President Ama Dodzi visited the market.",
			want:      []string{met}},
		{text: "Following the cancellation of his meeting with President Kofi Mensah, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "Following his meeting with President Kofi Mensah, President Ama Dodzi flew home.",
			want:      []string{met}},
		{text: "After talks with President Kofi Mensah were postponed, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "After talks with President Kofi Mensah on Monday, President Ama Dodzi flew home.",
			want:      []string{spoke}},
		{text: "After failing to secure talks with President Kofi Mensah, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "After holding talks with President Kofi Mensah, President Ama Dodzi flew home.",
			want:      []string{spoke}},
		{text: "After rejecting talks with President Kofi Mensah, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "After talks with President Kofi Mensah, President Ama Dodzi flew home.",
			want:      []string{spoke}},
		{text: "After the summit with President Kofi Mensah was cancelled, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "After the summit with President Kofi Mensah, President Ama Dodzi flew home.",
			want:      []string{met}},
		{text: "After his request for a meeting with President Kofi Mensah went unanswered, President Ama Dodzi flew home.",
			not:       []string{met, spoke},
			companion: "After his meeting with President Kofi Mensah in Lome, President Ama Dodzi flew home.",
			want:      []string{met}},
	})
}
