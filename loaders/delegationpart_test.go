package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Defence Minister X and Interior Minister Y were also part of the
// Chilean delegation": the delegation gives each bare office of state in
// the list its state. A delegation the people merely met, or a list
// without such an office, gives none.
func TestPartOfDelegationStatesBareOffice(t *testing.T) {
	const before = "Peru and Chile held talks in Lima on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Defence Minister Kadim Velkan and Foreign Minister Tarsh Obran were also part of the Chilean delegation.",
			want: []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile"), fact("Tarsh Obran", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Peru")}},
		{text: before + "Prime Minister Ivo Darsk was among the Peruvian delegation.",
			want: []string{fact("Ivo Darsk", graph.PrimeMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Defence Minister Kadim Velkan met the Chilean delegation.",
			not:       []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")},
			companion: before + "Defence Minister Kadim Velkan was part of the Chilean delegation.",
			want:      []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")}},
		{text: before + "Kadim Velkan and Tarsh Obran were also part of the Chilean delegation.",
			not:       []string{fact("Kadim Velkan", graph.MemberOf, "Chile")},
			companion: before + "The Chilean delegation included Kadim Velkan and Tarsh Obran.",
			want:      []string{fact("Kadim Velkan", graph.MemberOf, "Chile")}},
		// The delegation's critics are no part of it.
		{text: before + "Defence Minister Kadim Velkan and journalist Orla Benat were among the Chilean delegation's critics.",
			not:       []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")},
			companion: before + "Defence Minister Kadim Velkan and journalist Orla Benat were among the Chilean delegation.",
			want:      []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")}},
		{text: before + "Defence Minister Kadim Velkan was among the Chilean delegation critics.",
			not:       []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")},
			companion: before + "Defence Minister Kadim Velkan was among the Chilean delegation in Lima.",
			want:      []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")}},
	})
}
