package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "They" opening a sentence stands for the group the sentence before
// opened with as its subject, and the relation holds for every member;
// a group named elsewhere in that sentence is no subject, and "they" then
// stands for no one.
func TestTheyAfterGroupSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Ecuador issued a joint statement in Quito on Monday. They condemned the Bolivian air strikes on the border towns.",
			want: []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia"), fact("Ecuador", graph.Opposes, "Bolivia")}},
		{text: "In a joint statement, the three guarantors Kenya, Uganda and Ghana reaffirmed their commitment to the truce. They condemned the continuing Sudanese strikes on the camps.",
			want: []string{fact("Kenya", graph.Opposes, "Sudan"), fact("Ghana", graph.Opposes, "Sudan")}},
		{text: "Norway and Iceland held talks in Oslo. They also agreed to work together on fisheries.",
			want: []string{fact("Norway", graph.CooperatesWith, "Iceland")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The talks were hosted by Chile, Peru and Ecuador in Quito. They condemned the Bolivian air strikes on the border towns.",
			not:       []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Chile, Peru and Ecuador hosted the talks in Quito. They condemned the Bolivian air strikes on the border towns.",
			want:      []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia")}},
	})
}

// "The four ministers", "the five delegations": a number and a plural
// noun of actors name the last group of that many states or people, the
// count checked.
func TestNumberedGroupReference(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The foreign ministers of Kenya, Uganda, Rwanda and Burundi met in Arusha. The four ministers agreed to work together against the militias.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Uganda"), fact("Rwanda", graph.CooperatesWith, "Burundi")}},
		{text: "Envoys of Chile, Peru, Ecuador, Bolivia and Paraguay gathered in Lima. The five delegations agreed to work together on the border.",
			want: []string{fact("Chile", graph.CooperatesWith, "Paraguay")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The foreign ministers of Kenya, Uganda and Rwanda met in Arusha. The four ministers agreed to work together against the militias.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "The foreign ministers of Kenya, Uganda and Rwanda met in Arusha. The three ministers agreed to work together against the militias.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
	})
}

// A reference by the part a group plays ("the guarantors") names the
// group a list set beside such a reference named, whatever other lists
// came between; a reference by a plain noun names the last group.
func TestGroupNamedByItsPart(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks ended in Accra, with the guarantor countries Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three guarantors agreed to work together on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Benin", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger")}},
		{text: "The truce, whose guarantor states are Ghana, Togo and Benin, held. Mali, Niger and Chad sent observers. The guarantors agreed to work together on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The talks ended in Accra, with Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three countries agreed to work together on the border.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The talks ended in Accra, with the guarantor countries Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three guarantors agreed to work together on the border.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// "X met Y, and the two countries agreed ...": the pair is the two
// people's states; when the state of either is not known, the pair is no
// two states named in the sentences before.
func TestPairOfCountriesOfTwoPeople(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Niger and Chad closed their border on Monday. Envoy Tomas Varga met rebel leader Ilan Petrov in the capital last year, and the two countries agreed to share intelligence along their common border.",
			not:       []string{fact("Chad", graph.CooperatesWith, "Niger")},
			companion: "Niger and Chad closed their border on Monday. Hungarian President Tomas Varga met Bulgarian President Ilan Petrov in the capital last year, and the two countries agreed to share intelligence along their common border.",
			want:      []string{fact("Bulgaria", graph.CooperatesWith, "Hungary")}},
	})
}
