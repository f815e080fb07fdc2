package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDeedReactions checks the reading of a noun apposed to a clause that
// names its deed, and the disapproval of it told after the noun: whoever
// disapproves opposes the clause's subject, in any order of the relative
// clause, in the passive with "by", with "drew ... from", and with a list
// of those who disapprove.
func TestDeedReactions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana closed its border with Togo in March, a move Benin condemned.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Ghana recognised the Borduria Front, a step that Togo has sharply criticised.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "The Borduria Front and its allies signed a charter in Lome to set up a rival government, a plan that was condemned by Ghana and Benin.",
			want: []string{fact("Ghana", graph.Opposes, "Borduria Front"), fact("Benin", graph.Opposes, "Borduria Front")}},
		{text: "Ghana said the islands should be annexed, a remark that drew condemnation from Togo, the African Union and several other states.",
			want: []string{fact("Togo", graph.Opposes, "Ghana"), fact("African Union", graph.Opposes, "Ghana")}},
		{text: "The visit came weeks after Togo annexed the islands, a step that Ghana has rejected.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana on Monday deployed troops to the border, a move strongly opposed by Togo.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghanaian jets struck depots near the capital, raids that Togo denounced as an act of war.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Benin said Ghana had expelled the envoys of the Borduria Front, a decision criticised by the African Union.",
			want: []string{fact("African Union", graph.Opposes, "Ghana")},
			not:  []string{fact("African Union", graph.Opposes, "Benin")}},
		{text: "Ghana deployed troops to the border, a move that sparked protests from Togo.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana closed the border on Monday in a move condemned by Togo.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")},
			not:  []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana expelled the envoy of the Borduria Front, a decision that has drawn sharp criticism from Togo.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana signed a border pact with the Borduria Front, a deal strongly opposed by Togo and Benin.",
			want: []string{fact("Togo", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A clause in the passive names no doer.
		{text: "The leader of the Borduria Front was arrested in May, a move Ghana condemned.",
			not:       []string{fact("Ghana", graph.Opposes, "Borduria Front")},
			companion: "The Borduria Front arrested the leader in May, a move Ghana condemned.",
			want:      []string{fact("Ghana", graph.Opposes, "Borduria Front")}},
		// Denied, uncertain or reported disapproval is none.
		{text: "Ghana closed its border with Togo, a move Benin did not condemn.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana closed its border with Togo, a move Benin condemned.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Ghana closed its border with Togo, a move Benin may reject.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana closed its border with Togo, a move Benin rejected.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Ghana closed its border with Togo, a move that analysts said Benin would condemn.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana closed its border with Togo, a move that Benin condemned.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// Approval is no disapproval.
		{text: "Ghana closed its border with Togo, a move Benin welcomed.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana closed its border with Togo, a move Benin criticised.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// A name after a preposition is no doer: the strikes' target is
		// not what is condemned.
		{text: "Ghana and Benin launched strikes on Borduria Front depots, strikes that Togo and Niger condemned.",
			not:       []string{fact("Togo", graph.Opposes, "Borduria Front")},
			companion: "Ghana and Benin launched strikes on Borduria Front depots, strikes that Togo and Niger condemned.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		// "in" opens a summary noun only: the attack in which a side
		// lost men is not its deed.
		{text: "Ghana lost five soldiers in the attack that Togo condemned.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana expelled five envoys in a move that Togo condemned.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		// A relative clause after a name is about the name, no summary.
		{text: "Ghana deployed troops to the border with Togo, which Benin condemned.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana deployed troops to the border with Togo, a move Benin condemned.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
}

// TestDeedReactionsNotBlameOrDoubt checks that blaming a deed on a third
// side is no disapproval of its doer, and that doubt about a deal's
// opponent voids the opposition to the deal as well as to its maker.
func TestDeedReactionsNotBlameOrDoubt(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana shelled the town, an attack that Benin blamed on Togo.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana shelled the town, an attack that Benin condemned.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Ghana signed the Lome Accord on Monday, a deal reportedly opposed by Benin.",
			not:       []string{fact("Benin", graph.Opposes, "Lome Accord"), fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana signed the Lome Accord on Monday, a deal opposed by Benin.",
			want:      []string{fact("Benin", graph.Opposes, "Lome Accord"), fact("Benin", graph.Opposes, "Ghana")}},
	})
}
