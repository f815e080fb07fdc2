package loaders

import (
	"strings"
	"testing"
)

// TestOpensTitle checks the shortcut of titleAt: at every word of the
// bundled articles and of sentences with invented names, a word that
// opensTitle turns down gives no title by matchTitle either.
func TestOpensTitle(t *testing.T) {
	x := extractor(t)
	texts := []string{
		"Deputy Foreign Minister Ilo Marek of Vantor met the deputy chief of staff.",
		"The assistant commander-in-chief and Chief Cabinet Secretary Ana Dask spoke.",
		"Queluria's official spokeswoman said the vice president would travel.",
	}
	for _, b := range bundledArticles(t) {
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	opened := 0
	for _, line := range texts {
		toks := x.annotate(tokenize(line))
		for k := range toks {
			if opensTitle(&toks[k]) {
				opened++
				continue
			}
			if _, n := matchTitle(toks, k); n > 0 {
				t.Errorf("%q: a title at %q, which opensTitle turns down", line, toks[k].text)
			}
		}
	}
	if opened == 0 {
		t.Error("no word opens a title: the test reads nothing")
	}
}
