package loaders

import "testing"

// TestWordClassNames checks that every word class has a name in words.tsv.
func TestWordClassNames(t *testing.T) {
	seen := make(map[string]bool)
	for c, n := range wordClassNames {
		if n == "" || seen[n] {
			t.Errorf("word class %d has name %q", c, n)
		}
		seen[n] = true
	}
}

// TestWordSets checks that every word set has a name and words in the
// embedded lexicon, and that a token of a set's word is marked with it.
func TestWordSets(t *testing.T) {
	x := extractor(t)
	seen := make(map[string]bool)
	var words [numWordSets]string
	for w, bits := range x.words.sets {
		for c := range numWordSets {
			if bits.has(wordSet(c)) && (words[c] == "" || w < words[c]) {
				// The first word in order, so that the test reads the
				// same word every run (a word such as "jama'at" that
				// only reads as one word with a capital would fail
				// some runs and not others).
				words[c] = w
			}
		}
	}
	for c, n := range wordSetNames {
		if n == "" || seen[n] {
			t.Errorf("word set %d has name %q", c, n)
		}
		seen[n] = true
		if words[c] == "" {
			t.Errorf("word set %s has no words", n)
			continue
		}
		toks := x.annotate(tokenize("x " + words[c]))
		if !toks[1].in(wordSet(c)) {
			t.Errorf("%q is not marked as in word set %s", words[c], n)
		}
	}
	if n := x.words.numbers["three"]; n != 3 {
		t.Errorf(`numbers["three"] = %d, want 3`, n)
	}
}
