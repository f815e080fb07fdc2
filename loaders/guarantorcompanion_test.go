package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestGuarantorCompanion checks that a state named as the company of the
// guarantors of a deal ("X, together with A and B as guarantors of the
// process,") is a guarantor too, and that a name before "with" that is no
// companion of the list ("X will work with A and B as guarantors") is not.
func TestGuarantorCompanion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, together with Chile and Ecuador as guarantors of the Lusa process, will prepare the congress.",
			want: []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Chile", graph.Brokered, "Lusa process"), fact("Ecuador", graph.Brokered, "Lusa process")}},
		{text: "Peru, along with Chile and Ecuador as guarantors of the Lusa process, will prepare the congress.",
			want: []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Ecuador", graph.Brokered, "Lusa process")}},
		{text: "Peru, alongside Chile and Ecuador as guarantors of the Lusa process, will prepare the congress.",
			want: []string{fact("Peru", graph.Brokered, "Lusa process"), fact("Chile", graph.Brokered, "Lusa process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru will work with Chile and Ecuador as guarantors of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process")},
			companion: "Peru, together with Chile and Ecuador as guarantors of the Lusa process, will prepare the congress.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process")}},
		{text: "Peru met officials together with Chile and Ecuador as guarantors of the Lusa process.",
			not:       []string{fact("Peru", graph.Brokered, "Lusa process")},
			companion: "Peru, together with Chile and Ecuador as guarantors of the Lusa process, met officials.",
			want:      []string{fact("Peru", graph.Brokered, "Lusa process")}},
	})
}
