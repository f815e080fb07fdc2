package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPartAppositive checks membersInApposition's part appositive: a body
// set off as a described part of another ("X, the elite unit of the Y,",
// "X, the armed wing of Y", "X, the Ruritanian offshoot of Y") is part of
// it. A second appositive after a body's appositive describes the first
// name, not the body named inside the first appositive.
func TestPartAppositive(t *testing.T) {
	part := fact("Kestrel Guard", graph.PartOf, "Joint Front")
	checkFacts(t, []factCase{
		{text: "The Joint Front met on Sunday. Fifteen soldiers of the Kestrel Guard, the elite unit of the Joint Front, were killed.", want: []string{part}},
		{text: "The Joint Front met on Sunday. The Kestrel Guard (KG), the armed wing of the Joint Front, denied the raid.", want: []string{part}},
		{text: "The Joint Front met on Sunday. Ankara considers the Kestrel Guard, the Syrian offshoot of the Joint Front, a threat.", want: []string{part}},
	})
	checkNegatives(t, []negativeCase{
		// The second appositive describes the Tarn Brigade, not the
		// Kestrel Guard named in the first.
		{text: "The Joint Front met on Sunday. Ankara struck the Tarn Brigade, the backbone of the Kestrel Guard, the main militia in the Joint Front.",
			not:       []string{fact("Kestrel Guard", graph.MemberOf, "Joint Front")},
			companion: "The Joint Front met on Sunday. Ankara struck the Kestrel Guard, the main militia in the Joint Front.", want: []string{fact("Kestrel Guard", graph.MemberOf, "Joint Front")}},
		// A part's noun that is no appositive's.
		{text: "The Joint Front met on Sunday. The Kestrel Guard said the armed wing of the Joint Front had left.", not: []string{part},
			companion: "The Joint Front met on Sunday. The Kestrel Guard (KG), the armed wing of the Joint Front, denied the raid.", want: []string{part}},
	})
}
