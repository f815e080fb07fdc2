package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCatalogBodySpeltByArticle checks that a body the catalog knows goes,
// in an article that never writes the catalog's name, by the fullest
// proper name the article gives it ("Jaish al-Islam" for the catalog's
// "Jaysh al-Islam"), and keeps the catalog's name when the article writes
// it, names the body only by an acronym, by a description, by the last
// words of the catalog's name, or by a name opened by a hyphenated
// lower-case word ("Kurdish-led").
func TestCatalogBodySpeltByArticle(t *testing.T) {
	checkFacts(t, []factCase{
		// Another transliteration of the catalog's name.
		{text: "Qatar funded Jaish al-Islam for several years, officials in Vorna said.",
			want: []string{fact("Qatar", graph.Supports, "Jaish al-Islam")},
			not:  []string{fact("Qatar", graph.Supports, "Jaysh al-Islam")}},
		// The fullest of the article's forms, wherever it comes first.
		{text: "Iran has funded al-Nujaba since 2014. Harakat al-Nujaba denied it on Monday.",
			want: []string{fact("Iran", graph.Supports, "Harakat al-Nujaba")},
			not:  []string{fact("Iran", graph.Supports, "al-Nujaba"), fact("Iran", graph.Supports, "Harakat Hezbollah al-Nujaba")}},
		// An opening "The" is no part of the name.
		{text: "The Kataib Hezbollah, an Iranian proxy, fired rockets at the Tarvel base.",
			want: []string{fact("Iran", graph.Supports, "Kataib Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// The article writes the catalog's name too: it keeps it.
		{text: "Qatar funded Jaish al-Islam for years. Jaysh al-Islam denied it.",
			not:       []string{fact("Qatar", graph.Supports, "Jaish al-Islam")},
			companion: "Qatar funded Jaysh al-Islam for years. Jaysh al-Islam denied it.",
			want:      []string{fact("Qatar", graph.Supports, "Jaysh al-Islam")}},
		// An acronym alone is no fuller name.
		{text: "Turkey backs the SNA in northern Syria.",
			not:       []string{fact("Turkey", graph.Supports, "SNA")},
			companion: "Turkey backs the SNA in northern Syria.",
			want:      []string{fact("Turkey", graph.Supports, "Syrian National Army")}},
		// A lower-case word glued by a hyphen opens a description, not a
		// name.
		{text: "Turkey shelled the Kurdish-led Syrian Democratic Forces near Manbij.",
			not:       []string{fact("Kurdish-led Syrian Democratic Forces", graph.Fights, "Turkey")},
			companion: "Turkey shelled the Kurdish-led Syrian Democratic Forces near Manbij.",
			want:      []string{fact("Syrian Democratic Forces", graph.Fights, "Turkey")}},
	})
}

// TestCatalogBodySpeltStored checks that a catalog body named by the
// article's spelling keeps the catalog's name as the one the store keeps
// it under, and that a short name made of the last words of the catalog's
// name ("the Security Council") is no spelling of its own.
func TestCatalogBodySpeltStored(t *testing.T) {
	got := entities(t, "Qatar funded Jaish al-Islam for years, officials in Vorna said.")
	e, ok := got["Jaish al-Islam"]
	if !ok {
		t.Fatalf("no entity %q in %v", "Jaish al-Islam", got)
	}
	if e.StoredName() != "Jaysh al-Islam" {
		t.Errorf("Jaish al-Islam is stored as %q, want the catalog's %q", e.StoredName(), "Jaysh al-Islam")
	}
	got = entities(t, "Kenya asked the United Nations for help. The Security Council met on Friday.")
	if _, ok := got["UN Security Council"]; !ok {
		t.Errorf("the Security Council's last words renamed it: %v", got)
	}
}
