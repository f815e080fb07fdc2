package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body described by an appositive or an adjective has its backer read.
func TestDescribedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jaysh al-Izza, a rebel group backed by the United States, shelled Syrian army positions in Hama.",
			want: []string{fact("United States", graph.Supports, "Jaysh al-Izza")}},
		{text: "Liwa Abu al-Fadl al-Abbas, an Iranian-backed militia, fought in Damascus.",
			want: []string{fact("Iran", graph.Supports, "Liwa Abu al-Fadl al-Abbas")}},
	})
}
