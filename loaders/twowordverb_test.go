package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A verb of two words that denies talks ("called off", "broke off", "put
// off") or only plans them ("agreed on", "settled on") states no contact,
// whether the talks are the object of the sides' own verb ("A called off
// its talks with B") or the subject of a passive ("talks between A and B
// were called off").
func TestTwoWordVerbContact(t *testing.T) {
	contact := []string{fact("Peru", graph.SpokeWith, "Velmor Front"), fact("Peru", graph.MetWith, "Velmor Front")}
	held := "The Velmor Front held talks with Peru in Lima."
	heldWant := []string{fact("Peru", graph.MetWith, "Velmor Front")}
	checkNegatives(t, []negativeCase{
		{text: "The Velmor Front called off talks with Peru.", not: contact, companion: held, want: heldWant},
		{text: "The Velmor Front has called off its talks with Peru.", not: contact, companion: held, want: heldWant},
		{text: "The Velmor Front broke off talks with Peru.", not: contact, companion: held, want: heldWant},
		{text: "The Velmor Front put off talks with Peru until May.", not: contact, companion: held, want: heldWant},
		{text: "Talks between the Velmor Front and Peru were called off.", not: contact,
			companion: "Talks between the Velmor Front and Peru were held in Lima.", want: heldWant},
		{text: "The Velmor Front and Peru have agreed on holding talks in Lima.", not: contact,
			companion: "The Velmor Front and Peru have held talks in Lima.", want: heldWant},
		{text: "The Velmor Front and Peru settled on talks in Lima.", not: contact,
			companion: "The Velmor Front and Peru held talks in Lima.", want: heldWant},
	})
	// Talks agreed on are planned, not an agreement signed.
	checkNegatives(t, []negativeCase{
		{text: "Peru and Chile agreed on new talks in Lima.",
			not:       []string{fact("Peru", graph.Signed, "Lima talks"), fact("Chile", graph.Signed, "Lima talks")},
			companion: "Peru and Chile agreed on the Lima Accord.",
			want:      []string{fact("Peru", graph.Signed, "Lima Accord")}},
	})
}
