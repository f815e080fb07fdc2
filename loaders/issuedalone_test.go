package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestIssuedAloneSignsNothing checks that one side issuing a text not told
// as joint signs nothing (signed/S-issued-O, the flag joint): several
// issuers, or a joint text, make it a signature.
func TestIssuedAloneSignsNothing(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana issued a declaration of independence.",
			not:       []string{fact("Ghana", graph.Signed, "declaration of independence")},
			companion: "Ghana and Togo issued a declaration of independence.",
			want:      []string{fact("Ghana", graph.Signed, "declaration of independence")}},
		{text: "Ghana issued a declaration of war against Togo.",
			not:       []string{fact("Ghana", graph.Signed, "declaration of war")},
			companion: "Ghana issued a joint declaration with Togo on the border.",
			want:      []string{fact("Ghana", graph.Signed, "joint declaration")}},
	})
}
