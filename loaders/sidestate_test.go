package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "On the Peruvian side, Foreign Minister X": the side of talks a sentence
// names before a bare office is the office's state. A side of a place
// ("on the Chilean side of the border") names no one's state.
func TestSideOfTalksStatesBareOffice(t *testing.T) {
	const before = "Peru and Chile held talks in Lima on Monday. "
	checkFacts(t, []factCase{
		{text: before + "On the Peruvian side, Foreign Minister Orsel Marvo and Ubel Tarsk, an aide to the president, joined the talks.",
			want: []string{fact("Orsel Marvo", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Orsel Marvo", graph.ForeignMinisterOf, "Chile")}},
		{text: before + "On the Chilean side were Defence Minister Kadim Velkan, an adviser named Tarsh Obran and two generals.",
			want: []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Chile")},
			not:  []string{fact("Kadim Velkan", graph.DefenseMinisterOf, "Peru")}},
		// The side says whose delegation, whatever visit the sentence names.
		{text: before + "On the Peruvian side, Foreign Minister Orsel Marvo accompanied President Ubel Tarsk, who made his first visit to Chile.",
			want: []string{fact("Orsel Marvo", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Orsel Marvo", graph.ForeignMinisterOf, "Chile")}},
		{text: before + "From the Chilean side, Prime Minister Ivo Darsk attended.",
			want: []string{fact("Ivo Darsk", graph.PrimeMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Troops gathered on the Chilean side of the border, Prime Minister Ivo Darsk said.",
			not:       []string{fact("Ivo Darsk", graph.PrimeMinisterOf, "Chile")},
			companion: before + "On the Chilean side, Prime Minister Ivo Darsk said troops had gathered.",
			want:      []string{fact("Ivo Darsk", graph.PrimeMinisterOf, "Chile")}},
	})
}
