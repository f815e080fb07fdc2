package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBranchAppositiveCloses checks "X, Y's affiliate," (part-of/S-O's-branch):
// the branch's noun must close the appositive. One that titles the next
// name ("Y's armed wing Z") describes Z, not the name before it.
func TestBranchAppositiveCloses(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Dorvan Brigade, the Kestrel Movement's armed wing Tarsh Front and the Velmar Battalion held the town.",
			not:       []string{fact("Dorvan Brigade", graph.PartOf, "Kestrel Movement")},
			companion: "The Dorvan Brigade, the Kestrel Movement's armed wing, held the town.",
			want:      []string{fact("Dorvan Brigade", graph.PartOf, "Kestrel Movement")}},
	})
}

// TestBranchAppositiveInList checks that a branch noun followed by "and"
// is one more item of a list, no appositive of the name before it ("the
// Dorvan Brigade, the Movement's armed wing and the Velmar Battalion"),
// while a branch placed "in" or "for" somewhere still closes one.
func TestBranchAppositiveInList(t *testing.T) {
	part := fact("Dorvan Brigade", graph.PartOf, "Kestrel Movement")
	checkFacts(t, []factCase{
		{text: "The Dorvan Brigade, the Kestrel Movement's branch for the north, held the town.", want: []string{part}},
		{text: "The raid could test the Dorvan Brigade, the Kestrel Movement's Syrian wing, which dominates the border.", want: []string{part}},
		{text: "Missiles struck a base of the Dorvan Brigade, the Kestrel Movement's branch in Syria and a rival of the Velmar Battalion.", want: []string{part}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Dorvan Brigade, the Kestrel Movement's armed wing and the Velmar Battalion held the town.",
			not:       []string{part},
			companion: "The Dorvan Brigade, the Kestrel Movement's armed wing, held the town.",
			want:      []string{part}},
	})
}
