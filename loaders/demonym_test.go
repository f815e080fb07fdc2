package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestNominalDemonym checks that a demonym after "the" and before no head
// names the people, and so its state, as a noun that fills any slot.
func TestNominalDemonym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo's soldiers fought alongside the French near Gao in 2014.",
			want: []string{fact("Togo", graph.CooperatesWith, "France")}},
		{text: "The Borduria Front fought alongside the Chinese, and the talks failed.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "China")}},
		{text: "The Borduria Front fought alongside the Dutch during the siege.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Netherlands")}},
		// An adjective before a head, or joined to another adjective,
		// stays an adjective.
		{text: "The Borduria Front fought alongside the French army near Gao.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "French army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Crowds attacked the Sudanese and Chinese embassies in Lome.",
			not:       []string{fact("Sudan", graph.CooperatesWith, "China")},
			companion: "The Borduria Front fought alongside the Sudanese, and the talks failed.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Sudan")}},
		{text: "The Borduria Front fought alongside the Ghanaian, who was wounded.",
			not:       []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			companion: "The Borduria Front fought alongside the Sudanese, who were wounded.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Sudan")}},
		{text: "The Borduria Front fought alongside French-backed militias near Gao.",
			not:       []string{fact("Borduria Front", graph.CooperatesWith, "France")},
			companion: "The Borduria Front fought alongside the French near Gao.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "France")}},
	})
}
