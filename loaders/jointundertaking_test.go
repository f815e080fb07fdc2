package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestJointUndertaking checks cooperates-with/G-agree-joint-undertaking:
// named sides that agree to build, help or keep up something together
// work together; a truce agreed or a pair of people is left out.
func TestJointUndertaking(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo had agreed to form specialised committees on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana, Togo and Benin agreed in the capital in May to set up a buffer zone along the river.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Ghana", graph.CooperatesWith, "Benin"), fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Benin have agreed to take stock of their existing accords.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Benin")}},
		{text: "Mali and Niger pledged to help the displaced families return home.",
			want: []string{fact("Mali", graph.CooperatesWith, "Niger")}},
		{text: "Mali and Niger decided to step up their efforts against the Dorran Militia.",
			want: []string{fact("Mali", graph.CooperatesWith, "Niger")}},
	})
	gt := []string{fact("Ghana", graph.CooperatesWith, "Togo")}
	checkNegatives(t, []negativeCase{
		// What the sides agree to end a fight is no joint undertaking.
		{text: "Ghana and Togo agreed to a ceasefire on Monday.", not: gt,
			companion: "Ghana and Togo agreed to form a border commission on Monday.", want: gt},
		{text: "Ghana and Togo agreed to stop the shelling and withdraw their troops.", not: gt,
			companion: "Ghana and Togo agreed to step up the patrols and review their troops.", want: gt},
		// Refused or failed: no agreement.
		{text: "Ghana and Togo refused to set up a border force.", not: gt,
			companion: "Ghana and Togo decided to set up a border force.", want: gt},
		{text: "Ghana and Togo failed to agree to form a committee.", not: gt,
			companion: "Ghana and Togo agreed to form a committee.", want: gt},
		// Two people agreeing are left to the patterns of their states.
		{text: "President Kofi Dara and President Ama Sefton agreed to form a committee.", not: []string{fact("Ama Sefton", graph.CooperatesWith, "Kofi Dara")},
			companion: "President Kofi Dara and President Ama Sefton agreed to cooperate on the border.", want: []string{fact("Ama Sefton", graph.CooperatesWith, "Kofi Dara")}},
	})
}
