package loaders

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/entente/entente/graph"
)

// TestGroupRemark checks that a group named in a remark on another, an
// appositive or a relative clause right after it ("X, the Y affiliate
// that ..."), does not make a later "the group" ambiguous: it is X. The
// groups are catalogued (invented ones added to a copy of the lexicon),
// as "the group" reads catalogued and discovered groups apart.
func TestGroupRemark(t *testing.T) {
	fsys := copyLexicon(t)
	old := fsys["lexicon/catalog.tsv"].Data
	add := "\nOrganization\tSarnawi\t-\t-\t-\nOrganization\tKoltari\t-\t-\t-\nOrganization\tMeridani\t-\t-\t-\n"
	fsys["lexicon/catalog.tsv"] = &fstest.MapFile{Data: append(append([]byte{}, old...), add...)}
	x, err := NewFromFS(fsys)
	if err != nil {
		t.Fatalf("NewFromFS: %v", err)
	}
	keys := func(text string) []string {
		doc, err := x.Extract("test.txt", []byte(text))
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		var out []string
		for _, f := range doc.Facts {
			out = append(out, factString(f))
		}
		return out
	}
	const later = " The group has been fighting the Ruwen Guard for years."
	want := fact("Sarnawi", graph.Fights, "Ruwen Guard")
	cases := []struct {
		text string
		ok   bool
	}{
		{"Sarnawi, the Koltari affiliate that holds the hills near Kordali, said its fighters carried out the raid.", true},
		{"Sarnawi, an offshoot of Koltari, said its fighters carried out the raid.", true},
		{"Sarnawi, which is allied to Koltari, said its fighters carried out the raid.", true},
		// A list after the comma is no remark on the first group:
		// any of them may be meant.
		{"Sarnawi, Koltari and Meridani said their fighters carried out the raid.", false},
	}
	for _, c := range cases {
		got := keys(c.text + later)
		if slices.Contains(got, want) != c.ok {
			t.Errorf("%q: %q found %v, want %v; got %q", c.text, want, !c.ok, c.ok, got)
		}
		if slices.Contains(got, fact("Koltari", graph.Fights, "Ruwen Guard")) {
			t.Errorf("%q: the group read as Koltari; got %q", c.text, got)
		}
	}
}

// TestGroupRemarkOnlyAfterGroup checks that a remark after a body that is
// no armed group (the African Union) leaves the group named in it the
// sentence's group: "the group" after it is that group, not one of an
// earlier sentence.
func TestGroupRemarkOnlyAfterGroup(t *testing.T) {
	got := factKeys(t, "The Hill Brigade shelled Kano on Friday. The African Union, which has sanctioned the Northern Front, met Benin's president. The group later attacked Beninese troops.")
	checkGot(t, got, []string{fact("Northern Front", graph.Fights, "Benin")}, []string{fact("Hill Brigade", graph.Fights, "Benin")})
}
