package loaders

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/entente/entente/graph"
)

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)

// extractor returns the extractor built from the embedded lexicon, built
// once for all tests.
func extractor(tb testing.TB) *Extractor {
	tb.Helper()
	testExtractorOnce.Do(func() { testExtractor, testExtractorErr = New() })
	if testExtractorErr != nil {
		tb.Fatalf("New: %v", testExtractorErr)
	}
	return testExtractor
}

// factKeys extracts text and returns its facts as "subject predicate
// object", symmetric facts in the order of graph.Fact.Key.
func factKeys(tb testing.TB, text string) []string {
	tb.Helper()
	doc, err := extractor(tb).Extract("test.txt", []byte(text))
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	var keys []string
	for _, f := range doc.Facts {
		keys = append(keys, factString(f))
	}
	return keys
}

func factString(f graph.Fact) string {
	f = f.Normalize()
	if f.Predicate.Symmetric() && graph.Slug(f.Object.Name) < graph.Slug(f.Subject.Name) {
		// The ends in the order of the names they go by, whatever names
		// the store keeps them under (Entity.Stored).
		f.Subject, f.Object = f.Object, f.Subject
	}
	return fmt.Sprintf("%s %s %s", f.Subject.Name, f.Predicate, f.Object.Name)
}

// fact builds the key of a fact as factKeys writes it.
func fact(s string, p graph.Predicate, o string) string {
	return factString(graph.Fact{Subject: graph.Entity{Name: s}, Predicate: p, Object: graph.Entity{Name: o}})
}

// factCase is one sentence with the facts it must yield and, beside them,
// those it must not.
type factCase struct {
	text string
	want []string
	not  []string
}

// checkFacts runs a table of fact cases. A case must name a fact the
// sentence yields: one that only asserts an absence proves nothing when the
// extractor finds nothing at all, and belongs in a negative table.
func checkFacts(t *testing.T, cases []factCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if len(c.want) == 0 {
				t.Fatal("the case asserts no fact found; make it a negativeCase with a companion")
			}
			checkGot(t, factKeys(t, c.text), c.want, c.not)
		})
	}
}

// checkGot checks the facts got against the facts a case must yield and
// those it must not.
func checkGot(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("unexpected %q; got %q", n, got)
		}
	}
}

// negativeCase is a sentence that must not yield the facts in not, with a
// companion: a sentence near it in wording that must yield want. The
// companion shows that the extractor reads the actors and the construction,
// so that the absence is due to what sets text apart (a negation, a hedge,
// a word that names no one) and not to a name it missed.
type negativeCase struct {
	text      string
	not       []string
	companion string
	want      []string
}

// checkNegatives runs a table of negative cases.
func checkNegatives(t *testing.T, cases []negativeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			if len(c.not) == 0 || c.companion == "" || len(c.want) == 0 {
				t.Fatal("a negative case needs facts it must not yield and a companion with facts it must")
			}
			got := factKeys(t, c.text)
			for _, n := range c.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %q; got %q", n, got)
				}
			}
			comp := factKeys(t, c.companion)
			for _, w := range c.want {
				if !slices.Contains(comp, w) {
					t.Errorf("companion %q: missing %q; got %q", c.companion, w, comp)
				}
			}
		})
	}
}
