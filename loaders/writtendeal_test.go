package loaders

import (
	"testing"
	"testing/fstest"

	"github.com/entente/entente/graph"
)

// TestWrittenDealName checks that a catalog deal which an article names
// only by its proper names ("the Varno accord") goes by the most usual of
// them in the article's facts, the catalog's name kept as the stored one;
// that an article writing the catalog's name keeps it; and that a
// reference by a common noun ("the nationwide truce") renames nothing.
func TestWrittenDealName(t *testing.T) {
	fsys := copyLexicon(t)
	const theatre = "lexicon/theatres/syria.tsv"
	old := fsys[theatre].Data
	line := "Agreement\tVarno accord on the Tessa valley\t-\tVarno accord|Varno memorandum|~nationwide truce\tfrom=2018-09-01 until=2019-12-31"
	fsys[theatre] = &fstest.MapFile{Data: append(append([]byte{}, old...), []byte("\n"+line+"\n")...)}
	x, err := NewFromFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name, stored string
	}{
		{"Under the Varno accord signed by Russia and Turkey in 2018, Ankara pledged to pull back its heavy guns.",
			"Varno accord", "Varno accord on the Tessa valley"},
		{"The Varno accord on the Tessa valley was signed by Russia and Turkey in 2018.",
			"Varno accord on the Tessa valley", ""},
		// The first of the proper names the article writes, in the
		// catalog's order.
		{"The Varno memorandum holds. The Varno accord was signed by Russia and Turkey in 2018.",
			"Varno accord", "Varno accord on the Tessa valley"},
		// A generic alias is a reference: the deal keeps the catalog's name.
		{"Date: 2018-10-02\n\nDamascus welcomed the nationwide truce, which was signed by Russia and Turkey last month.",
			"Varno accord on the Tessa valley", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc, err := x.Extract("test.txt", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range doc.Facts {
				if f.Predicate != graph.Signed {
					continue
				}
				found = true
				if f.Object.Name != c.name || f.Object.Stored != c.stored {
					t.Errorf("deal named %q stored %q, want %q stored %q", f.Object.Name, f.Object.Stored, c.name, c.stored)
				}
			}
			if !found {
				t.Errorf("no signed fact in %v", doc.Facts)
			}
		})
	}
}
