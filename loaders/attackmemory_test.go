package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAttackMemory checks the one recorder of attacks and deeds
// (attacks.stated): a deed is kept under its kind, for a noun of that
// kind, and never becomes the attack stated last; an attack does.
func TestAttackMemory(t *testing.T) {
	words := extractor(t).words
	togo := &entry{name: "Togo", typ: graph.Country}
	ghana := &entry{name: "Ghana", typ: graph.Country}
	type record struct {
		noun    string
		authors []*entry
		attack  bool
	}
	cases := []struct {
		name    string
		records []record
		noun    string
		want    *entry
	}{
		{"deed named by a noun of its kind", []record{{"seized", []*entry{togo}, false}}, "seizure", togo},
		{"deed named by its own noun", []record{{"arrests", []*entry{ghana}, false}}, "detention", ghana},
		{"deed is no attack stated last", []record{{"seized", []*entry{togo}, false}}, "attack", nil},
		{"attack by a verb named by a generic noun", []record{{"", []*entry{ghana}, true}, {"seized", []*entry{togo}, false}}, "attack", ghana},
		{"attack named by its noun", []record{{"strikes", []*entry{togo}, true}}, "strike", togo},
		{"deed noun names no attack", []record{{"", []*entry{ghana}, true}}, "arrests", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			at := &attacks{}
			at.sentence(0, words)
			for _, r := range c.records {
				at.stated(r.noun, r.authors, r.attack)
			}
			got := at.authorsOf(c.noun)
			switch {
			case c.want == nil && len(got) > 0:
				t.Errorf("authorsOf(%q) = %s, want none", c.noun, got[0].name)
			case c.want != nil && (len(got) != 1 || got[0] != c.want):
				t.Errorf("authorsOf(%q) = %v, want %s", c.noun, got, c.want.name)
			}
		})
	}
}
