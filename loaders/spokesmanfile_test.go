package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An office before a name may name the file it covers after "for", in
// lower case, where a body would stand: "The Union's spokesperson for
// foreign affairs, X," speaks for the Union. A capitalised name after
// "for" is a body of its own, which the office serves instead.
func TestSpokesmanFileBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The European Union's spokesperson for foreign affairs, Mira Castell, called for an inquiry.",
			want: []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")}},
		{text: "Russia's spokesman for security matters, Ivo Dragan, denied the report.",
			want: []string{fact("Ivo Dragan", graph.SpokespersonOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The European Union's spokesperson for the Vardan Front, Mira Castell, called for an inquiry.",
			not:       []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")},
			companion: "The European Union's spokesperson for foreign affairs, Mira Castell, called for an inquiry.",
			want:      []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")}},
	})
}
