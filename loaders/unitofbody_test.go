package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestUnitOfBody checks that the head of a unit named in lower-case words
// after "the" and before "of" and a body is one of the body's members
// (unitAtBody), as the head of a unit "at" a body is.
func TestUnitOfBody(t *testing.T) {
	member := fact("Karl Oster", graph.MemberOf, "Velmar Front")
	checkFacts(t, []factCase{
		{text: "Karl Oster, head of the media centre of the Velmar Front, said the group was ready.", want: []string{member},
			not: []string{fact("Karl Oster", graph.HeadOf, "Velmar Front")}},
		{text: "Karl Oster, the director of the foreign relations department of the Velmar Front, said the group was ready.", want: []string{member}},
		{text: "Karl Oster, head of the media office of the Velmar Front, said the group was ready.", want: []string{member}},
		// "at" as before.
		{text: "Karl Oster, head of research at the Velmar Front, said the group was ready.", want: []string{member}},
	})
	checkNegatives(t, []negativeCase{
		// A place after "of" is no body.
		{text: "Karl Oster, head of the media centre of Tarvos, said the Velmar Front was ready.", not: []string{member},
			companion: "Karl Oster, head of the media centre of the Velmar Front, said the group was ready.", want: []string{member}},
		// A former head is no member now.
		{text: "Karl Oster, the former head of the media centre of the Velmar Front, said the group was ready.", not: []string{member},
			companion: "Karl Oster, head of the media centre of the Velmar Front, said the group was ready.", want: []string{member}},
		// A task, not a unit: "the investigation of" the body is no part of it.
		{text: "Karl Oster, head of the investigation of the Velmar Front, said the group was ready.", not: []string{member},
			companion: "Karl Oster, head of the media office of the Velmar Front, said the group was ready.", want: []string{member}},
	})
}
