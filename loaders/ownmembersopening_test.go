package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Its members include A and B" that opens a sentence lists the members
// of the body that was the subject of the sentence before, when that
// sentence names no other body; a body named elsewhere than as the
// subject, two bodies, or a clause that lists no one give no member.
func TestOwnMembersOpeningSentence(t *testing.T) {
	ghana := fact("Ghana", graph.MemberOf, "Lake Coast Alliance")
	benin := fact("Benin", graph.MemberOf, "Lake Coast Alliance")
	checkFacts(t, []factCase{
		{text: "The Lake Coast Alliance was set up in 1990 to guard the coast. Its members include Ghana, Togo and Benin.",
			want: []string{ghana, benin}},
		{text: "The Lake Coast Alliance held its summit in Lima on Monday. Its member states are Ghana and Benin.",
			want: []string{ghana, benin}},
	})
	companion := "The Lake Coast Alliance was set up in 1990 to guard the coast. Its members include Ghana, Togo and Benin."
	checkNegatives(t, []negativeCase{
		{text: "The Lake Coast Alliance met the Coastal Union in Lima. Its members include Ghana, Togo and Benin.",
			not: []string{ghana, benin}, companion: companion, want: []string{ghana, benin}},
		{text: "Chile said the Lake Coast Alliance would meet in May. Its members include Ghana and Benin.",
			not: []string{ghana, benin}, companion: companion, want: []string{ghana, benin}},
		{text: "The Lake Coast Alliance joined a coalition of armed groups on Sunday. Its members include Ghana, Togo and Benin.",
			not: []string{ghana, benin}, companion: companion, want: []string{ghana, benin}},
		{text: "The Lake Coast Alliance took part in talks hosted by a regional bloc. Its members include Ghana and Benin.",
			not: []string{ghana, benin}, companion: companion, want: []string{ghana, benin}},
		{text: "The Lake Coast Alliance was set up in 1990 to guard the coast. Its members are held in camps in Ghana.",
			not: []string{ghana}, companion: companion, want: []string{ghana}},
	})
}
