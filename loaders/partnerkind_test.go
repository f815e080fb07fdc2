package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPartnerKind checks the partner noun after a copula and a possessive
// (allied-with/S-is-O's-partner, partnershipRead): a partner at the table,
// in a commodity or by size alone is no ally, nor is the owner of a
// "whose" subject; a partner on the battlefield is a comrade in arms
// (mend34d).
func TestPartnerKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Front has been Ghana's main partner on the battlefield.",
			want: []string{fact("Lakeside Front", graph.CooperatesWith, "Ghana")}},
	})
	ally := []string{fact("Benin", graph.AlliedWith, "Togo")}
	checkNegatives(t, []negativeCase{
		{text: "Benin has been Togo's negotiating partner in the talks.", not: ally,
			companion: "Benin has been Togo's closest partner in the region.", want: ally},
		{text: "Benin has been Togo's main partner in the talks.", not: ally,
			companion: "Benin has been Togo's main partner in the region.", want: ally},
		{text: "Benin is Togo's biggest gas partner.", not: ally,
			companion: "Benin is Togo's closest security partner.", want: ally},
		{text: "Until 2014, Benin was Togo's largest partner.", not: ally,
			companion: "Until 2014, Benin was Togo's closest partner.", want: ally},
		{text: "Benin, whose president is Togo's old partner, voted no.", not: ally,
			companion: "Benin, which is Togo's old partner, voted no.", want: ally},
		{text: "The Lakeside Front has been Ghana's main partner on the battlefield.", not: []string{fact("Lakeside Front", graph.AlliedWith, "Ghana")},
			companion: "The Lakeside Front has been Ghana's main partner in the north.", want: []string{fact("Lakeside Front", graph.AlliedWith, "Ghana")}},
	})
}
