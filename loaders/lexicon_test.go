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
