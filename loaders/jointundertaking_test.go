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
		{text: "Mali and Niger pledged to jointly help the displaced families return home.",
			want: []string{fact("Mali", graph.CooperatesWith, "Niger")}},
		{text: "Mali and Niger decided to jointly step up their efforts against the Dorran Militia.",
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
			companion: "Ghana and Togo agreed to set up a border force.", want: gt},
		{text: "Ghana and Togo failed to agree to form a committee.", not: gt,
			companion: "Ghana and Togo agreed to form a committee.", want: gt},
		// Two people agreeing are left to the patterns of their states.
		{text: "President Kofi Dara and President Ama Sefton agreed to form a committee.", not: []string{fact("Ama Sefton", graph.CooperatesWith, "Kofi Dara")},
			companion: "President Kofi Dara and President Ama Sefton agreed to cooperate on the border.", want: []string{fact("Ama Sefton", graph.CooperatesWith, "Kofi Dara")}},
	})
}

// TestJointUndertakingBetweenEnemies checks that vows each side makes, and
// steps agreed between enemies (a fight, talks, a truce, an exchange, a
// corridor, or carrying on or drafting what is between them), state no
// cooperation (mend34d).
func TestJointUndertakingBetweenEnemies(t *testing.T) {
	gt := []string{fact("Ghana", graph.CooperatesWith, "Togo")}
	checkNegatives(t, []negativeCase{
		// A vow of each side is no decision of both.
		{text: "Ghana and Togo both vowed to strengthen their border posts.", not: gt,
			companion: "Ghana and Togo both vowed to jointly strengthen their border posts.", want: gt},
		{text: "Ghana and Togo vowed to continue the war.", not: gt,
			companion: "Ghana and Togo agreed to form a border commission.", want: gt},
		{text: "Ghana and Togo vowed to continue fighting.", not: gt,
			companion: "Ghana and Togo agreed to form a border commission.", want: gt},
		// A fight as the object.
		{text: "Ghana and Togo agreed to step up attacks on each other.", not: gt,
			companion: "Ghana and Togo agreed to step up patrols on the border.", want: gt},
		{text: "Ghana and Togo agreed to strengthen their defences after the clashes.", not: gt,
			companion: "Ghana and Togo agreed to strengthen their border posts after the clashes.", want: gt},
		// Carrying on, resuming, implementing or drafting what is between them.
		{text: "Ghana and Togo agreed to resume prisoner exchanges.", not: gt,
			companion: "Ghana and Togo agreed to set up prisoner registries.", want: gt},
		{text: "Ghana and Togo agreed to continue talks next week.", not: gt,
			companion: "Ghana and Togo agreed to form a commission next week.", want: gt},
		{text: "Ghana and Togo agreed to resume talks.", not: gt,
			companion: "Ghana and Togo agreed to form a commission.", want: gt},
		{text: "Ghana and Togo agreed to implement the second phase of the ceasefire.", not: gt,
			companion: "Ghana and Togo agreed to build the second phase of the bridge.", want: gt},
		{text: "Ghana and Togo agreed to draft a peace treaty.", not: gt,
			companion: "Ghana and Togo agreed to build a border fence.", want: gt},
		// A corridor, a deal or talks launched.
		{text: "Ghana and Togo agreed to create humanitarian corridors for civilians.", not: gt,
			companion: "Ghana and Togo agreed to create joint shelters for civilians.", want: gt},
		{text: "Ghana and Togo agreed to launch talks on the border.", not: gt,
			companion: "Ghana and Togo agreed to launch patrols on the border.", want: gt},
		{text: "Ghana and Togo agreed to establish a truce along the river.", not: gt,
			companion: "Ghana and Togo agreed to establish a buffer zone along the river.", want: gt},
	})
}
