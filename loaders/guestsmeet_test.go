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

// TestLandsMeetSomewhere checks that states which "meet" in a relative
// clause of place and go on to say where are land, not a meeting: "where
// the three countries meet inside the park". A time or a city after the
// preposition is still a meeting.
func TestLandsMeetSomewhere(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	checkNegatives(t, []negativeCase{
		{text: "The raid hit an outpost in the forest, where Ghana, Togo and Benin meet inside the Kalo reserve.",
			not:       []string{gt},
			companion: "The envoys gathered in Lome, where Ghana, Togo and Benin meet in March for talks.",
			want:      []string{gt}},
		{text: "The smugglers cross at the river bend where Ghana and Togo meet near the old ferry.",
			not:       []string{gt},
			companion: "Officials travelled to Accra, where Ghana and Togo met on Tuesday.",
			want:      []string{gt}},
	})
}
