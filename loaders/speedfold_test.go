package loaders

import (
	"strings"
	"testing"
)

// TestFoldASCII checks that foldASCII folds every word as foldWord does,
// whether it writes the fold into the line's builder or not, and that a
// fold it returned stays as it was while the builder grows.
func TestFoldASCII(t *testing.T) {
	words := []string{"borduria", "Borduria", "BORDURIA", "U.S.", "U.N.", "al-Assad", "Al-Qaeda", "O'Brien",
		"d'Estaing", "Ghana's", "Côte", "ÉMILE", "Zürich", "Erdoğan", "naïve", "Mid-2017", "F-16", "x", ""}
	var folds strings.Builder
	var got []string
	for _, w := range words {
		got = append(got, foldASCII(w, &folds, 512))
	}
	for i, w := range words {
		if want := foldWord(w); got[i] != want {
			t.Errorf("foldASCII(%q) = %q, want foldWord's %q", w, got[i], want)
		}
	}
}

// TestMayHoldFirsts checks that the first-word bits of every literal
// element of every pattern in the lexicon hold the first word of each of
// its alternatives (foldBits), so that mayStart never rules out a word
// the element matches.
func TestMayHoldFirsts(t *testing.T) {
	x := extractor(t)
	n := 0
	for _, p := range x.patterns {
		for ei, e := range p.elems {
			if e.kind != elemLiteral {
				continue
			}
			for _, alt := range e.alts {
				f := alt[0].fold
				n++
				if !e.firsts.mayHold(f) {
					t.Errorf("pattern %s element %d: firsts lacks %q", p.name, ei, f)
				}
				if items := []item{{fold: f}}; !p.mayStart(ei, items, 0) {
					t.Errorf("pattern %s element %d: mayStart false for %q", p.name, ei, f)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no literal alternatives in the lexicon's patterns")
	}
}
