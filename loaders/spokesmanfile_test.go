package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// File words between a body or a state and "spokesman" ("national
// security", "media", "government") leave the office the named owner's,
// not the state or body the sentence opens with. A capitalised word the
// reading does not know after a state's adjective may start a body's name
// the lexicon lacks: no owner is read.
func TestSpokesmanAfterFileWords(t *testing.T) {
	const before = "Rebels clashed with Chadian troops near Abeche on Monday. "
	checkFacts(t, []factCase{
		{text: before + "In Washington, White House national security spokesman Lina Haddad said Iran was complicit.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "White House")},
			not:  []string{fact("Lina Haddad", graph.SpokespersonOf, "United States")}},
		{text: before + "Syrian Democratic Forces media spokesman Lina Haddad said the city had fallen.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "Syrian Democratic Forces")}},
		{text: before + "Rwandan government spokesperson Lina Haddad rejected the sanctions.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "Rwanda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Hamas accused the PA of coordinating its siege, a charge Palestinian Authority security spokesman Lina Haddad denied.",
			not:       []string{fact("Lina Haddad", graph.SpokespersonOf, "Hamas"), fact("Lina Haddad", graph.SpokespersonOf, "Palestine")},
			companion: before + "Hamas accused the PA of coordinating its siege, a charge Hamas spokesman Lina Haddad repeated.",
			want:      []string{fact("Lina Haddad", graph.SpokespersonOf, "Hamas")}},
	})
}
