package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A verb of two words right before the noun of a contact denies it
// ("called off talks") or only plans it ("agreed on a meeting"), read
// from off-denial-verb and on-plan-verb as whole words: "an agreement on
// talks" and "a caller on talks" hold no such verb.
func TestContactDenialParticles(t *testing.T) {
	x := extractor(t)
	// words lays a sentence out as word items, as deniedContact reads
	// them when no actor stands between the verb and the noun.
	words := func(text string) []item {
		toks := x.annotate(tokenize(text))
		its := make([]item, len(toks))
		for i, tk := range toks {
			its[i] = item{fold: tk.fold, classes: tk.classes, sets: tk.sets, start: i, end: i + 1}
		}
		return its
	}
	for _, tc := range []struct {
		text   string
		noun   string
		denied bool
	}{
		{"Chile called off talks in Lima", "talks", true},
		{"Chile calls off the talks in Lima", "talks", true},
		{"Chile is calling off a meeting in Lima", "meeting", true},
		{"Peru and Bolivia agreed on a meeting in Lima", "meeting", true},
		{"Peru and Bolivia agree on talks in Lima", "talks", true},
		{"Chile rejected talks in Lima", "talks", true},
		// Near misses: a noun, not the verb; a particle of no such verb.
		{"an agreement on talks in Lima", "talks", false},
		{"the agreements on talks in Lima", "talks", false},
		{"a caller on talks in Lima", "talks", false},
		{"Chile signed off talks in Lima", "talks", false},
		{"Chile called on talks in Lima", "talks", false},
		{"Chile held talks in Lima", "talks", false},
	} {
		its := words(tc.text)
		k := -1
		for i, it := range its {
			if it.fold == tc.noun {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no %q", tc.text, tc.noun)
		}
		if got := deniedContact(its, k); got != tc.denied {
			t.Errorf("%q: deniedContact = %v, want %v", tc.text, got, tc.denied)
		}
	}
	// Read whole: talks called off between two states state no meeting.
	met := fact("Bolivia", graph.MetWith, "Peru")
	checkNegatives(t, []negativeCase{
		{text: "Chile called off the talks in Lima between Peru and Bolivia.",
			not: []string{met}, companion: "Chile published the plan after talks in Lima between Peru and Bolivia.", want: []string{met}},
	})
}
