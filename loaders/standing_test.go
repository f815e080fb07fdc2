package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestStanding checks the standing facts of the embedded lexicon: every
// end is an entity the extractor knows by that canonical name, every
// predicate is in the vocabulary, none is stated twice, and the ones the
// canned questions rely on are there.
func TestStanding(t *testing.T) {
	x := extractor(t)
	facts := x.Standing()
	if len(facts) == 0 {
		t.Fatal("no standing facts")
	}
	seen := make(map[[3]string]bool)
	for _, f := range facts {
		if !f.Predicate.Valid() {
			t.Errorf("%s: predicate not in graph/vocab.go", factString(f))
		}
		for _, e := range []graph.Entity{f.Subject, f.Object} {
			got := x.catalog.byName[e.Name]
			if got == nil || got.typ != e.Type {
				t.Errorf("%s: %q (%s) is not an entity of the catalog", factString(f), e.Name, e.Type)
			}
		}
		if f.Evidence == "" || f.Confidence != graph.StandingConfidence {
			t.Errorf("%s: note %q, confidence %v", factString(f), f.Evidence, f.Confidence)
		}
		s, p, o := f.Key()
		k := [3]string{s, string(p), o}
		if seen[k] {
			t.Errorf("%s: stated twice", factString(f))
		}
		seen[k] = true
	}
	has := func(s string, p graph.Predicate, o string) bool {
		return seen[[3]string{graph.Slug(s), string(p), graph.Slug(o)}]
	}
	for _, want := range [][3]string{
		{"Kremlin", "part-of", "Russia"},                               // derived: country=Russia
		{"Syrian government", "part-of", "Syria"},                      // derived, from a theatre's file
		{"Quds Force", "part-of", "Islamic Revolutionary Guard Corps"}, // typed
		{"Islamic Revolutionary Guard Corps", "part-of", "Iran"},       // derived
		{"Kurdistan Regional Government", "part-of", "Iraq"},           // derived: country=Iraq
		{"UN Security Council", "part-of", "United Nations"},           // the world's bodies
		{"Chilean Foreign Ministry", "part-of", "Chile"},               // the world's state bodies
		{"National Security Bureau", "part-of", "Syrian government"},   // typed
	} {
		if !has(want[0], graph.Predicate(want[1]), want[2]) {
			t.Errorf("no standing fact %s %s %s", want[0], want[1], want[2])
		}
	}
	for _, gone := range [][3]string{
		{"TASS", "part-of", "Russia"},                    // an outlet, taken back
		{"Quds Force", "part-of", "Iran"},                // hangs from the IRGC instead
		{"National Security Bureau", "part-of", "Syria"}, // hangs from the Syrian government
	} {
		if has(gone[0], graph.Predicate(gone[1]), gone[2]) {
			t.Errorf("standing fact %s %s %s, want none", gone[0], gone[1], gone[2])
		}
	}
}
