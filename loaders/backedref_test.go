package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackedRefInSentence checks that "the X-backed group" refers to the
// one armed group its own sentence named before it, which the article's
// discourse does not hold yet, and to none when the sentence named two.
func TestBackedRefInSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana says it struck the Northern Brigade's depots to stop the Benin-backed group from rearming.",
			want: []string{fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "Staff were seized by the Kivu Liberation Front, as the Togo-backed militia raided a compound.",
			want: []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
		{text: "Aid workers fled the Kivu Liberation Front before the Ghanaian-backed rebels entered the town.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana struck the Northern Brigade and the Kivu Liberation Front before the Benin-backed group withdrew.",
			not:       []string{fact("Benin", graph.Supports, "Northern Brigade"), fact("Benin", graph.Supports, "Kivu Liberation Front")},
			companion: "Ghana struck the Northern Brigade before the Benin-backed group withdrew.",
			want:      []string{fact("Benin", graph.Supports, "Northern Brigade")}},
		// The group is the sentence's subject, or a report or "with"
		// stands between: the backed noun is another body.
		{text: "The Borduria Front said the Ghana-backed militia attacked its positions.",
			not:       []string{fact("Ghana", graph.Supports, "Borduria Front"), fact("Borduria Front", graph.Fights, "Ghana")},
			companion: "Staff were seized by the Borduria Front, as the Ghana-backed militia raided a compound.",
			want:      []string{fact("Ghana", graph.Supports, "Borduria Front")}},
		{text: "Togo struck the Borduria Front, which clashed with the Ghana-backed militia near Goma.",
			not:       []string{fact("Ghana", graph.Supports, "Borduria Front")},
			companion: "Togo struck the Borduria Front's depots to stop the Ghana-backed militia from rearming.",
			want:      []string{fact("Ghana", graph.Supports, "Borduria Front")}},
	})
}
