package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A demand that a side stop a hostile act of its own or its backing of a
// foe ("urged Togo to stop its shelling", "called on Togo to end its
// support for the Front") opposes that side; a call on both sides to end
// the war or the fighting is a mediator's, and opposes neither.
func TestDemandToStopHostileAct(t *testing.T) {
	opp := fact("Ghana", graph.Opposes, "Togo")
	checkFacts(t, []factCase{
		{text: "Ghana urged Togo to stop its shelling of border villages.", want: []string{opp}},
		{text: "Ghana called on Togo to end its support for the Borduria Front.", want: []string{opp}},
		{text: "Ghana told Togo to halt arming the rebels.", want: []string{opp}},
		{text: "Ghana asked Togo to cease its illegal occupation of the islands.", want: []string{opp}},
		{text: "Ghanaian President Ama Boateng said two Togolese drones had hit a market, and called on Togo to stop its indiscriminate attacks.",
			want: []string{fact("Ama Boateng", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A mediator asks both sides to end the fighting: no side.
		{text: "Ghana urged Togo and Benin to end the fighting.",
			not:       []string{opp, fact("Ghana", graph.Opposes, "Benin")},
			companion: "Ghana urged Togo to end its attacks.",
			want:      []string{opp}},
		// Asking a side to stop a talk or a tax is no hostility.
		{text: "Ghana asked Togo to stop the tariff talks.",
			not:       []string{opp},
			companion: "Ghana asked Togo to stop the raids.",
			want:      []string{opp}},
		// A denial that the demand was made.
		{text: "Ghana never urged Togo to stop its shelling.",
			not:       []string{opp},
			companion: "Ghana urged Togo to stop its shelling.",
			want:      []string{opp}},
	})
}
