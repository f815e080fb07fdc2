package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackedPeople checks the reading of a person whose description names
// a backer glued to a backing participle, before the name or in apposition
// after it: the backer supports the person.
func TestBackedPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarsh Velkan, a Ghana-backed politician, withdrew from the race.",
			want: []string{fact("Ghana", graph.Supports, "Tarsh Velkan")}},
		{text: "Oren Malvek, the Benin-funded leader of the Northern Brigade, spoke on Monday.",
			want: []string{fact("Benin", graph.Supports, "Oren Malvek"), fact("Oren Malvek", graph.HeadOf, "Northern Brigade")}},
		{text: "Tarsh Velkan, a Togolese-backed politician, returned home on Monday.",
			want: []string{fact("Togo", graph.Supports, "Tarsh Velkan")}},
		{text: "The Ghanaian-backed cleric Moqtada al-Sadr returned to Najaf.",
			want: []string{fact("Ghana", graph.Supports, "Moqtada al-Sadr")}},
	})
	checkNegatives(t, []negativeCase{
		// A body the description names after its own noun is backed, not
		// the person.
		{text: "Tarsh Velkan, head of the Ghana-backed Northern Brigade, spoke.",
			not:       []string{fact("Ghana", graph.Supports, "Tarsh Velkan")},
			companion: "Tarsh Velkan, a Ghana-backed politician, spoke.",
			want:      []string{fact("Ghana", graph.Supports, "Tarsh Velkan")}},
		// A leader glued to "led" leads; no backing.
		{text: "Tarsh Velkan, a Ghana-led mediator, spoke.",
			not:       []string{fact("Ghana", graph.Supports, "Tarsh Velkan")},
			companion: "Tarsh Velkan, a Ghana-backed mediator, spoke.",
			want:      []string{fact("Ghana", graph.Supports, "Tarsh Velkan")}},
		// A body's noun and a verb between the participle and the name:
		// the body is backed, and the name is its victim.
		{text: "The Saudi-backed coalition killed Ahmed Tarsh in Marib.",
			not:       []string{fact("Saudi Arabia", graph.Supports, "Ahmed Tarsh")},
			companion: "The Saudi-backed militia commander Ahmed Tarsh returned to Marib.",
			want:      []string{fact("Saudi Arabia", graph.Supports, "Ahmed Tarsh")}},
		{text: "The Ghanaian-backed group in Najaf met Moqtada al-Sadr.",
			not:       []string{fact("Ghana", graph.Supports, "Moqtada al-Sadr")},
			companion: "The Ghanaian-backed cleric Moqtada al-Sadr returned to Najaf.",
			want:      []string{fact("Ghana", graph.Supports, "Moqtada al-Sadr")}},
	})
}
