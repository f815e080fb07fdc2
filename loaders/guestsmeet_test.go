package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestGuestsOfAThird checks that a group whose verb "met" has an object of
// its own went to see that object: "the ministers of A, B and C met their
// counterpart" or "A and B met D" are no meeting of A with B, whatever
// their states. The same group meeting with no object does meet.
func TestGuestsOfAThird(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	envoys := fact("Ama Dodzi", graph.MetWith, "Kwame Boateng")
	checkNegatives(t, []negativeCase{
		{text: "On Friday the top diplomats of Ghana, Togo and Benin met their Bordurian counterpart at a hotel in Accra.",
			not:       []string{gt},
			companion: "On Friday the top diplomats of Ghana, Togo and Benin met at a hotel in Accra.",
			want:      []string{gt}},
		{text: "Ghanaian envoy Ama Dodzi and Togolese envoy Kwame Boateng met rebel leader Kofi Mensah in Lome on Friday.",
			not:       []string{envoys},
			companion: "Ghanaian envoy Ama Dodzi and Togolese envoy Kwame Boateng met in Lome on Friday.",
			want:      []string{envoys}},
	})
}
