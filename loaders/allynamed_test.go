package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAllyNamedAfterNoun checks the ally read from a bare demonym
// (patterns.tsv $', one mechanism for precision35's and ally35's cases) ("Eritrea
// and its Sudanese allies"): where a name follows the ally noun, or stands
// between commas after it, the name is the ally and the demonym only says
// where it is from.
func TestAllyNamedAfterNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Eritrea and its Sudanese allies retook the town.",
			want: []string{fact("Eritrea", graph.AlliedWith, "Sudan")}},
		{text: "Eritrea's Sudanese allies retook the town.",
			want: []string{fact("Eritrea", graph.AlliedWith, "Sudan")}},
		{text: "Eritrea and its Sudanese and Chadian allies retook the town.",
			want: []string{fact("Eritrea", graph.AlliedWith, "Sudan"), fact("Chad", graph.AlliedWith, "Eritrea")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Critics blame Eritrea and its Lebanese ally Hezbollah for the unrest.",
			not:       []string{fact("Eritrea", graph.AlliedWith, "Lebanon")},
			companion: "Critics blame Eritrea and its Lebanese allies for the unrest.",
			want:      []string{fact("Eritrea", graph.AlliedWith, "Lebanon")}},
		{text: "The Kessan Front held the ridge. Eritrea and its Sudanese ally, the Kessan Front, retook the town.",
			not:       []string{fact("Eritrea", graph.AlliedWith, "Sudan")},
			companion: "The Kessan Front held the ridge. Eritrea and its Sudanese allies retook the town.",
			want:      []string{fact("Eritrea", graph.AlliedWith, "Sudan")}},
		{text: "Eritrea's Chadian ally Hezbollah sent fighters.",
			not:       []string{fact("Eritrea", graph.AlliedWith, "Chad")},
			companion: "Eritrea's Chadian allies sent fighters.",
			want:      []string{fact("Eritrea", graph.AlliedWith, "Chad")}},
	})
}

// TestAllyNamedBodyOfState checks that the demonym keeps its state as the
// ally where the name after the noun is a body of that same state: "his
// Iranian allies, the Revolutionary Guards," are Iran's own forces.
func TestAllyNamedBodyOfState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarsh Front and its Iranian allies, the Revolutionary Guards, retook Velmar.",
			want: []string{fact("Iran", graph.AlliedWith, "Tarsh Front")}},
		{text: "The Tarsh Front and its Iranian ally the Revolutionary Guards retook Velmar.",
			want: []string{fact("Iran", graph.AlliedWith, "Tarsh Front")}},
		{text: "The Tarsh Front's Iranian allies, the Revolutionary Guards, retook Velmar.",
			want: []string{fact("Iran", graph.AlliedWith, "Tarsh Front")}},
	})
}

// TestAllyAdjectiveOfNamedAlly checks that a state's adjective before an
// ally noun names an ally only when no name follows the noun: "Mali and
// its Russian allies" are allies of Mali, but in "Iran and its Lebanese
// ally Hezbollah" the adjective is Hezbollah's, and Lebanon no ally.
func TestAllyAdjectiveOfNamedAlly(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarsh Front and its Ghanaian allies retook Velmar.",
			want: []string{fact("Ghana", graph.AlliedWith, "Tarsh Front")}},
		{text: "Togo's Ghanaian allies retook Velmar.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Tarsh Brigade attacked Velmar. Iran and its Ghanaian ally the Tarsh Brigade were blamed for the raid.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Iran")},
			companion: "The Tarsh Front and its Ghanaian allies retook Velmar.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Tarsh Front")}},
		{text: "The Tarsh Brigade attacked Velmar. Togo's Ghanaian ally the Tarsh Brigade retook Velmar.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo's Ghanaian allies retook Velmar.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}
