package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestUnnamedHolderMeetsNoOne checks that a state or body that only
// qualifies an office whose holder goes unnamed ("the Front's chief",
// "the only Union leader") fills no slot of a meeting or a call: the
// contact is the unnamed people's. A holder named after the office still
// meets, and so does the state or body itself.
func TestUnnamedHolderMeetsNoOne(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana army chief meets Togo navy commander as border tensions rise",
			not:       []string{fact("Ghana army", graph.MetWith, "Togo"), fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana meets Togo as border tensions rise",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Kofi Mensah, who is the only ECOWAS leader to have met Togolese President Yao Agbeko since the coup, flew home.",
			not:       []string{fact("ECOWAS", graph.MetWith, "Yao Agbeko")},
			companion: "Kofi Mensah, who is the only leader to have met Togolese President Yao Agbeko since the coup, flew home.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
		{text: "The Ghanaian foreign minister spoke by phone with the Togolese defence minister on Monday.",
			not:       []string{fact("Ghana", graph.SpokeWith, "Togo")},
			companion: "Ghanaian Foreign Minister Kofi Mensah spoke by phone with Togolese Defence Minister Yao Agbeko on Monday.",
			want:      []string{fact("Kofi Mensah", graph.SpokeWith, "Yao Agbeko")}},
	})
}
