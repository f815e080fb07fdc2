package loaders

import "testing"

// TestEventDates checks that a fact carries the date its sentence gives
// for the event, resolved against the article's date, and none when the
// sentence gives none (the article's date stands in for it then).
func TestEventDates(t *testing.T) {
	cases := []struct {
		text, fact, date string
	}{
		{"Headline\nSeptember 10, 2018\nRussian President Vladimir Putin met Iranian President Hassan Rouhani on Sunday.", "Hassan Rouhani met-with Vladimir Putin", "2018-09-09"},
		{"Headline\nSeptember 10, 2018\nRussian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran last week.", "Hassan Rouhani met-with Vladimir Putin", "2018-09-03"},
		{"Headline\nSeptember 10, 2018\nRussian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran.", "Hassan Rouhani met-with Vladimir Putin", ""},
		// An undated article still dates what a sentence dates in full.
		{"Headline\nRussian President Vladimir Putin met Iranian President Hassan Rouhani at a summit in Aktau on August 12 2018.", "Hassan Rouhani met-with Vladimir Putin", "2018-08-12"},
		{"Headline\nRussia has backed Syrian President Bashar al-Assad since 2015.", "Russia supports Bashar al-Assad", "2015"},
		// "Sept." as agencies abbreviate September.
		{"Headline\nRussian President Vladimir Putin met Iranian President Hassan Rouhani in Sochi on Sept. 17, 2018.", "Hassan Rouhani met-with Vladimir Putin", "2018-09-17"},
		// Relative dates need the article's.
		{"Headline\nRussian President Vladimir Putin met Iranian President Hassan Rouhani on Sunday.", "Hassan Rouhani met-with Vladimir Putin", ""},
	}
	for _, c := range cases {
		doc, err := extractor(t).Extract("a.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range doc.Facts {
			if f.Subject.Name+" "+string(f.Predicate)+" "+f.Object.Name != c.fact {
				continue
			}
			found = true
			if f.Date != c.date {
				t.Errorf("%q: %s dated %q, want %q", c.text, c.fact, f.Date, c.date)
			}
			if want := c.date; want == "" && f.EventDate(doc.Article.Date) != doc.Article.Date {
				t.Errorf("%q: EventDate = %q, want the article's %q", c.text, f.EventDate(doc.Article.Date), doc.Article.Date)
			}
		}
		if !found {
			t.Errorf("%q: no fact %s in %v", c.text, c.fact, doc.Facts)
		}
	}
}
