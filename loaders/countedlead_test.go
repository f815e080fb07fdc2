package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A counted phrase ("the three states of the Union") names the list that
// opens a clause of its sentence after a word of the subordinator set
// of the counted-clause-lead set ("when", "since", "until"), the clause's
// subject; a list after a verb or a preposition is an object and names no
// member, nor does one after a contrastive word ("although", "whereas",
// "while"), which sets it against the counted phrase.
func TestCountedListAfterSubordinator(t *testing.T) {
	members := []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}
	checkFacts(t, []factCase{
		{text: "The three states of the Coastal Union launched a joint force in May, when Ghana, Togo and Benin signed a defence pact.",
			want: members},
		{text: "The three states of the Coastal Union have trained together since Ghana, Togo and Benin signed a defence pact.",
			want: members},
		{text: "The three states of the Coastal Union trained apart until Ghana, Togo and Benin signed a defence pact.",
			want: members},
	})
	mali := []string{fact("Mali", graph.MemberOf, "Coastal Union"), fact("Niger", graph.MemberOf, "Coastal Union"), fact("Chad", graph.MemberOf, "Coastal Union")}
	const maliCompanion = "The three states of the Coastal Union condemned the coup when Mali, Niger and Chad signed a defence pact."
	checkNegatives(t, []negativeCase{
		{text: "The three states of the Coastal Union launched a joint force in May, and Chile thanked Ghana, Togo and Benin.",
			not:       members[:1],
			companion: "The three states of the Coastal Union launched a joint force in May, when Ghana, Togo and Benin signed a defence pact.",
			want:      members[:1]},
		{text: "The three states of the Coastal Union launched a joint force in May with troops from Ghana, Togo and Benin.",
			not:       members[:1],
			companion: "The three states of the Coastal Union launched a joint force in May, when Ghana, Togo and Benin signed a defence pact.",
			want:      members[:1]},
		{text: "The three states of the Coastal Union launched a joint force, although Ghana, Togo and Benin signed their defence pact only in June.",
			not:       members[:1],
			companion: "The three states of the Coastal Union launched a joint force in May, when Ghana, Togo and Benin signed a defence pact.",
			want:      members[:1]},
		{text: "The three states of the Coastal Union condemned the coup, whereas Mali, Niger and Chad welcomed it.",
			not: mali, companion: maliCompanion, want: mali},
		{text: "The three states of the Coastal Union condemned the coup, although Mali, Niger and Chad welcomed it.",
			not: mali, companion: maliCompanion, want: mali},
		{text: "The three states of the Coastal Union condemned the coup, while Mali, Niger and Chad welcomed it.",
			not: mali, companion: maliCompanion, want: mali},
	})
}
