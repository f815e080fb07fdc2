package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLauncher checks who launched an attack a later reaction names by a
// noun ("condemned the raid"): the subject of the verb that launched it,
// past a day between them, and no one when the subject is a list the
// text names only in part.
func TestLauncher(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Velmar Brigades on Tuesday launched a large-scale operation in the town of Kordali. Chad condemned the raid.",
			want: []string{fact("Chad", graph.Opposes, "Velmar Brigades")}},
		{text: "The Velmar Brigades on Friday night launched an offensive near Kordali. Chad condemned the attack.",
			want: []string{fact("Chad", graph.Opposes, "Velmar Brigades")}},
	})
	checkNegatives(t, []negativeCase{
		// The list's last member is not the operation's author.
		{text: "The Velmar Brigades, the border guard service and the Dorran Militia launched an operation in Kordali. Chad condemned the raid.",
			not:       []string{fact("Chad", graph.Opposes, "Dorran Militia")},
			companion: "The Velmar Brigades and the Dorran Militia launched an operation in Kordali. Chad condemned the raid.",
			want:      []string{fact("Chad", graph.Opposes, "Dorran Militia")}},
	})
}
