package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A war's lower-case word for one of its sides ("the opposition", "the
// rebels") names that side after a determiner or a state's adjective; bare
// before an office and a name ("Opposition leader X said") it is the
// office's own word, a party leader's in parliament, and names no side.
func TestBareOfficeWordNamesNoSide(t *testing.T) {
	const before = "Syrian rebels shelled government positions near Aleppo on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Opposition leader Dov Amram accused Benjamin Netanyahu of relying on Moscow.",
			want: []string{fact("Dov Amram", graph.Opposes, "Benjamin Netanyahu")},
			not:  []string{fact("Dov Amram", graph.HeadOf, "Syrian rebels")}},
		{text: before + "The opposition leader, Karim Haddad, met John Kerry in Geneva.",
			want: []string{fact("Karim Haddad", graph.HeadOf, "Syrian rebels"), fact("John Kerry", graph.MetWith, "Karim Haddad")}},
		{text: before + "Syrian opposition leader Karim Haddad met John Kerry in Geneva.",
			want: []string{fact("Karim Haddad", graph.HeadOf, "Syrian rebels")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Opposition leader Dov Amram said the talks in Geneva had failed.",
			not:       []string{fact("Dov Amram", graph.HeadOf, "Syrian rebels")},
			companion: before + "The opposition leader, Dov Amram, said the talks in Geneva had failed.",
			want:      []string{fact("Dov Amram", graph.HeadOf, "Syrian rebels")}},
	})
}
