package loaders

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
)

// TestMadeBodyNamedAsTheArticleNamesIt checks that a body every state has,
// which the catalog names only by a world template ("Togolese Defense
// Ministry"), takes the fullest form in which the article names it with
// its state: after the state's possessive, adjective or name, or before
// "of" and the state; a proper name before a common one; the same name for
// every mention of it in the article.
func TestMadeBodyNamedAsTheArticleNamesIt(t *testing.T) {
	checkFacts(t, []factCase{
		// The state's possessive before a proper name.
		{text: "Ghana's Ministry of National Defence accused the Coastal Union of the raid.",
			want: []string{fact("Ghana's Ministry of National Defence", graph.PartOf, "Ghana"), fact("Ghana's Ministry of National Defence", graph.Opposes, "Coastal Union")},
			not:  []string{fact("Ghanaian Defense Ministry", graph.PartOf, "Ghana")}},
		// The adjective before a common name, in the report's spelling.
		{text: "The Togolese defence ministry condemned the Volta Front on Monday.",
			want: []string{fact("Togolese defence ministry", graph.Opposes, "Volta Front")}},
		// The state's name as a modifier.
		{text: "Benin police arrested two members of the Volta Front on Sunday.",
			want: []string{fact("Benin police", graph.PartOf, "Benin")}},
		// The state after "of".
		{text: "The Ministry of Defence of Togo accused the Volta Front of the attack.",
			want: []string{fact("Ministry of Defence of Togo", graph.Opposes, "Volta Front")}},
		// Two forms: the proper name names the body in both sentences.
		{text: "Togo's defence ministry accused the Volta Front of the raid. The Togolese Ministry of Defence later said the Volta Front had attacked a base near Kara.",
			want: []string{fact("Togolese Ministry of Defence", graph.Opposes, "Volta Front")},
			not:  []string{fact("Togo's defence ministry", graph.Opposes, "Volta Front")}},
		{text: "The Kenyan parliament condemned the Lake Front. Kenya's Parliament later voted to ban it.",
			want: []string{fact("Kenya's Parliament", graph.Opposes, "Lake Front")}},
		// The body named inside an office before its holder.
		{text: "Ghanaian intelligence chief Kofi Asante met leaders of the Volta Front in Accra.",
			want: []string{fact("Kofi Asante", graph.HeadOf, "Ghanaian intelligence"), fact("Ghanaian intelligence", graph.PartOf, "Ghana")}},
		// A later reference to the body takes the same name.
		{text: "Peru's Ministry of Foreign Affairs condemned the Andean Front. Its spokeswoman, Ana Ruiz, said the attack was a crime.",
			want: []string{fact("Ana Ruiz", graph.SpokespersonOf, "Peru's Ministry of Foreign Affairs")}},
		{text: "Kenya's interior ministry banned the Lake Front on Monday. The ministry said the group had attacked police posts.",
			want: []string{fact("Kenya's interior ministry", graph.Opposes, "Lake Front")}},
		// Two states' bodies of one noun stay two.
		{text: "Ghana's foreign ministry and Togo's foreign ministry condemned the Volta Front on Monday.",
			want: []string{fact("Ghana's foreign ministry", graph.Opposes, "Volta Front"), fact("Togo's foreign ministry", graph.Opposes, "Volta Front")}},
		{text: "Peru's military junta accused the Andean Front of the attack.",
			want: []string{fact("Peru's military junta", graph.Opposes, "Andean Front")}},
		// The template's own words keep the template's name.
		{text: "The Andean Front attacked the Peruvian coast guard near Callao.",
			want: []string{fact("Andean Front", graph.Fights, "Peruvian coast guard")}},
		// A body the catalog knows keeps its canonical name.
		{text: "Russia's Ministry of Foreign Affairs condemned Bolivia on Sunday.",
			want: []string{fact("Russian Foreign Ministry", graph.Opposes, "Bolivia")}},
	})
	// A body discovery finds after a state's possessive or adjective,
	// which it named by the state's adjective and its own words, takes the
	// article's form too; one entity under the first of two full forms.
	checkFacts(t, []factCase{
		{text: "Ghana's Constitutional Council declared Kofi Mensah the winner of the vote.",
			want: []string{fact("Ghana's Constitutional Council", graph.PartOf, "Ghana")},
			not:  []string{fact("Ghanaian Constitutional Council", graph.PartOf, "Ghana")}},
		{text: "Kofi Mensah, the secretary of Ghana's Security Council, met Lavrov in Moscow.",
			want: []string{fact("Kofi Mensah", graph.HeadOf, "Ghana's Security Council")}},
		{text: "Togo's Electoral Commission rejected the claim. Ama Doe, the head of the Togolese Electoral Commission, said the vote was fair.",
			want: []string{fact("Ama Doe", graph.HeadOf, "Togo's Electoral Commission"), fact("Togo's Electoral Commission", graph.PartOf, "Togo")},
			not:  []string{fact("Ama Doe", graph.HeadOf, "Togolese Electoral Commission")}},
		{text: "The Togolese Electoral Commission rejected the claim. Ama Doe, the head of Togo's Electoral Commission, said the vote was fair.",
			want: []string{fact("Ama Doe", graph.HeadOf, "Togolese Electoral Commission")},
			not:  []string{fact("Ama Doe", graph.HeadOf, "Togo's Electoral Commission")}},
	})
	checkNegatives(t, []negativeCase{
		// The body's noun alone, its state read from the sentence
		// before, names it by no words of the article's.
		{text: "Kenya sent troops to the border. Ali Wario, a spokesman for the defence ministry, said the troops would stay.",
			not:       []string{fact("Ali Wario", graph.SpokespersonOf, "defence ministry")},
			companion: "Kenya sent troops to the border. Ali Wario, a spokesman for Kenya's defence ministry, said the troops would stay.",
			want:      []string{fact("Ali Wario", graph.SpokespersonOf, "Kenya's defence ministry")}},
		// A list of states after "of" names none's body.
		{text: "The interior ministries of Ghana and Togo condemned the Volta Front.",
			not:       []string{fact("interior ministries of Ghana", graph.Opposes, "Volta Front")},
			companion: "The interior ministry of Ghana condemned the Volta Front.",
			want:      []string{fact("interior ministry of Ghana", graph.Opposes, "Volta Front")}},
	})
}

// TestMadeBodyNameEverywhere checks that the name an article gives a body
// named by a template is its name in the document's entities and in
// Explain, and that the template's name stays known to it.
func TestMadeBodyNameEverywhere(t *testing.T) {
	text := "Togo's defence ministry accused the Volta Front of the raid."
	x := extractor(t)
	doc, err := x.Extract("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Entities {
		if e.Name == "Togo's defence ministry" {
			found = true
			if !slices.Contains(e.Known, "Togolese Defense Ministry") {
				t.Errorf("the template's name is not known to %q: %q", e.Name, e.Known)
			}
		}
		if e.Name == "Togolese Defense Ministry" {
			t.Errorf("the template's name names an entity")
		}
	}
	if !found {
		t.Errorf("no entity named as the article names it: %v", doc.Entities)
	}
	var b bytes.Buffer
	if err := x.Explain(&b, "test.txt", []byte(text)); err != nil {
		t.Fatal(err)
	}
	if want := "fact: Togo's defence ministry opposes Volta Front"; !strings.Contains(b.String(), want) || strings.Contains(b.String(), "()") {
		t.Errorf("Explain lacks %q with its reading:\n%s", want, b.String())
	}
}

// TestRenamedSymmetricOrder: a symmetric fact whose end the article
// re-spells keeps its ends in the store's order (graph.Fact.Normalize, by
// the stored name), as every other fact, not in the order of the spelling.
func TestRenamedSymmetricOrder(t *testing.T) {
	for _, tc := range []struct {
		text, subject, object string
	}{
		// "Ismail" is the article's spelling of Esmail Qaani: by the
		// stored name he comes before Hassan Nasrallah.
		{"Ismail Qaani met Hassan Nasrallah in Beirut on Tuesday.", "Ismail Qaani", "Hassan Nasrallah"},
		// Companion: in the catalog's spelling, the same order.
		{"Esmail Qaani met Hassan Nasrallah in Beirut on Tuesday.", "Esmail Qaani", "Hassan Nasrallah"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			doc, err := extractor(t).Extract("test.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range doc.Facts {
				if f.Predicate != graph.MetWith {
					continue
				}
				found = true
				if f.Subject.Name != tc.subject || f.Object.Name != tc.object {
					t.Errorf("got %s met-with %s, want %s met-with %s", f.Subject.Name, f.Object.Name, tc.subject, tc.object)
				}
			}
			if !found {
				t.Errorf("no met-with in %v", factKeys(t, tc.text))
			}
		})
	}
}

// TestMadeNamesLeavesTheCast: madeNames reads the names the article gives
// its bodies and spells its people without writing the people's into the
// bodies' (cast.names), and still gives both.
func TestMadeNamesLeavesTheCast(t *testing.T) {
	for _, c := range []struct {
		text, catalog, spelt string
	}{
		{"Russian Foreign Minister Sergey Lavrov met officials of Cambodia's Ministry of National Defence in Phnom Penh.", "Sergei Lavrov", "Sergey Lavrov"},
		// Companion: people alone.
		{"Russian Foreign Minister Sergey Lavrov met Kestrel Logistics managers in Phnom Penh.", "Sergei Lavrov", "Sergey Lavrov"},
	} {
		t.Run(c.text, func(t *testing.T) {
			a := newArticle(extractor(t))
			a.read(c.text)
			// read has run madeNames once (nameMadeBodies).
			if got := a.madeNames()[c.catalog]; got != c.spelt {
				t.Errorf("madeNames()[%q] = %q, want %q", c.catalog, got, c.spelt)
			}
			for e := range a.cast.names {
				if e.name == c.catalog {
					t.Errorf("madeNames wrote %q into cast.names", c.catalog)
				}
			}
		})
	}
}
