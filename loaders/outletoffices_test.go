package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An outlet's editor-in-chief heads it, and "and its" after a titled
// person of a body names the same body: "the Front's editor-in-chief, A,
// and its executive director, B", not a body named earlier in the
// sentence.
func TestOutletOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Karvel Press Agency said on Monday that Ivo Marsk, its editor-in-chief, had been released.",
			want: []string{fact("Ivo Marsk", graph.HeadOf, "Karvel Press Agency")}},
		{text: "Police detained the Karvel Press Agency's editor-in-chief, Ivo Marsk, on Monday.",
			want: []string{fact("Ivo Marsk", graph.HeadOf, "Karvel Press Agency")}},
		{text: "They were named by the Borduria Front as the Karvel Press Agency's editor-in-chief, Ivo Marsk, and its executive director, Ana Petrel.",
			want: []string{fact("Ivo Marsk", graph.HeadOf, "Karvel Press Agency"), fact("Ana Petrel", graph.HeadOf, "Karvel Press Agency")},
			not:  []string{fact("Ana Petrel", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A name with no office before "and its" leaves "its" to the body
		// named before.
		{text: "The Borduria Front named Ivo Marsk, and its executive director, Ana Petrel, resigned.",
			not:       []string{fact("Ana Petrel", graph.HeadOf, "Karvel Press Agency")},
			companion: "The Borduria Front named the Karvel Press Agency's editor-in-chief, Ivo Marsk, and its executive director, Ana Petrel.",
			want:      []string{fact("Ana Petrel", graph.HeadOf, "Karvel Press Agency")}},
	})
}
