package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestUnnamedLastMember checks that a list of names closed by a noun
// phrase that names no one ("A, B and the three service chiefs") keeps
// its named members, whatever the relation, and that the phrase is no
// member and does not open a list where a verb or a clause follows a
// comma instead.
func TestUnnamedLastMember(t *testing.T) {
	checkFacts(t, []factCase{
		// Meetings with a list of officials and an unnamed group.
		{text: "Ghanaian President Ivo Dragan met Foreign Minister Ana Lotvar, Defence Minister Omar Dalmar and the three service chiefs on Monday.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Ivo Dragan"), fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghanaian President Ivo Dragan chaired a meeting with Foreign Minister Ana Lotvar, Defence Minister Omar Dalmar and senior commanders at his residence.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Ivo Dragan"), fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		// A call, with the unnamed member after two presidents.
		{text: "Ghanaian President Ivo Dragan spoke by phone with Togolese President Omar Dalmar, Beninese President Ama Sefa and other leaders of the region.",
			want: []string{fact("Ivo Dragan", graph.SpokeWith, "Omar Dalmar"), fact("Ama Sefa", graph.SpokeWith, "Ivo Dragan")}},
		// Other relations: the object and the subject lists.
		{text: "Ghana backs the Vantar Front, Togo and several smaller militias.",
			want: []string{fact("Ghana", graph.Supports, "Vantar Front"), fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana, Benin and a dozen other governments condemned Togo.",
			want: []string{fact("Ghana", graph.Opposes, "Togo"), fact("Benin", graph.Opposes, "Togo")}},
		{text: "Ghana, Benin and several other states condemned Togo on Monday.",
			want: []string{fact("Ghana", graph.Opposes, "Togo"), fact("Benin", graph.Opposes, "Togo")}},
		// No list: a verb follows the comma, or the phrase after "and" is a
		// clause of its own.
		{text: "Ghanaian President Ivo Dragan met Foreign Minister Ana Lotvar, Defence Minister Omar Dalmar said, and officials flew home.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Ivo Dragan")},
			not:  []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghana attacked Togo, Benin reported and officials fled the border.",
			want: []string{fact("Ghana", graph.Fights, "Togo")},
			not:  []string{fact("Benin", graph.Fights, "Ghana")}},
		{text: "Ghanaian President Ivo Dragan met Foreign Minister Ana Lotvar, Defence Minister Omar Dalmar and then flew to Lome.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Ivo Dragan")},
			not:  []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
	})
}

// TestUnnamedLastMemberDescribed checks that a participle or relative
// clause after a list's unnamed last member describes that member, not
// the list.
func TestUnnamedLastMemberDescribed(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana backs Togo, Benin and rebel groups fighting Niger.",
			not:       []string{fact("Togo", graph.Fights, "Niger"), fact("Benin", graph.Fights, "Niger")},
			companion: "Ghana backs Togo, Benin and rebel groups.",
			want:      []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")}},
	})
}
