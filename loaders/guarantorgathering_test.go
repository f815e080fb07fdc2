package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestGuarantorGathering checks that the people who meet at a summit or
// gathering "of the guarantor states of" a deal stand for its guarantors,
// whether the guarantor noun is read as a word or as a reference back to
// them; and that a meeting on the sidelines of such a summit, or people of
// whom the article gives no state, state no guarantor.
func TestGuarantorGathering(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian President Anton Belz hosted his Chilean and Ecuadorian counterparts Ivo Tarsh and Kofi Mensah in Lima on Thursday for the fourth summit of the guarantor states of the Lusa process.",
			want: []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Chile", graph.Brokered, "Lusa process"), fact("Ecuador", graph.Brokered, "Lusa process")}},
		{text: "Peruvian Foreign Minister Anton Belz, Chilean Foreign Minister Ivo Tarsh and Ecuadorian Foreign Minister Kofi Mensah met on Saturday in Doha, in the first ministerial gathering of the three guarantors of the Lusa process in months.",
			want: []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Ecuador", graph.Brokered, "Lusa process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Anton Belz met Bolivian President Ivo Tarsh on the sidelines of the summit of the guarantor states of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")},
			companion: "Peruvian President Anton Belz met Bolivian President Ivo Tarsh at the summit of the guarantor states of the Lusa process.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")}},
		{text: "Anton Belz met Ivo Tarsh at the summit of the guarantor states of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process")},
			companion: "Peruvian President Anton Belz met Bolivian President Ivo Tarsh at the summit of the guarantor states of the Lusa process.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process")}},
		// Met elsewhere, a day before the summit: no gathering of theirs.
		{text: "Peruvian President Anton Belz met Bolivian President Ivo Tarsh a day before the summit of the guarantor states of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")},
			companion: "Peruvian President Anton Belz met Bolivian President Ivo Tarsh at the summit of the guarantor states of the Lusa process.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")}},
		// Another verb than a meeting's: the summit is what they talk of.
		{text: "Peruvian Foreign Minister Anton Belz and Bolivian Foreign Minister Ivo Tarsh discussed the outcome of the summit of the guarantors of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")},
			companion: "Peruvian Foreign Minister Anton Belz and Bolivian Foreign Minister Ivo Tarsh met at the summit of the guarantors of the Lusa process.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")}},
		{text: "Peruvian President Anton Belz and Bolivian President Ivo Tarsh criticized the meeting of the guarantors of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")},
			companion: "Peruvian President Anton Belz and Bolivian President Ivo Tarsh met during the meeting of the guarantors of the Lusa process.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Bolivia", graph.Brokered, "Lusa process")}},
	})
}
