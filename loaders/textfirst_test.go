package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAcronymSpeltInBracketsBeatsCatalog checks that an acronym in
// brackets after words whose capitals spell it names what those words
// name in the article, though the catalog knows the same letters as
// another theatre's body: the catalog's body never enters the article, so
// no later reference ("the militants", "the group") resolves to it.
func TestAcronymSpeltInBracketsBeatsCatalog(t *testing.T) {
	checkFacts(t, []factCase{
		// A state's army defined by the letters of a catalog militia:
		// "the militants" are the one armed group left in play.
		{text: "Rebels of the Casamance Front attacked the Senegalese National Army (SNA) near Ziguinchor. President Ivo Tarsh vowed to crush the militants.",
			want: []string{fact("Casamance Front", graph.Fights, "Senegalese National Army"), fact("Ivo Tarsh", graph.Opposes, "Casamance Front")},
			not:  []string{fact("Ivo Tarsh", graph.Opposes, "Syrian National Army")}},
		// The acronym alone later names the article's body.
		{text: "The Senegalese National Army (SNA) shelled the Casamance Front near Ziguinchor. The Casamance Front later ambushed the SNA.",
			want: []string{fact("Casamance Front", graph.Fights, "Senegalese National Army")},
			not:  []string{fact("Casamance Front", graph.Fights, "Syrian National Army")}},
		// Words spelt across "of" and "the" and another catalog acronym.
		{text: "The Sudanese Democratic Forces (SDF) attacked the Darfur Union of the Borderlands on Monday. The SDF said it had taken the town.",
			want: []string{fact("Sudanese Democratic Forces", graph.Fights, "Darfur Union of the Borderlands")},
			not:  []string{fact("Syrian Democratic Forces", graph.Fights, "Darfur Union of the Borderlands")}},
	})
	checkNegatives(t, []negativeCase{
		// The catalog's own name before its acronym keeps the catalog's
		// body: the brackets define nothing new.
		{text: "Turkey backs the Syrian National Army (SNA). The SNA attacked the Casamance Front.",
			not:       []string{fact("Turkey", graph.Supports, "Senegalese National Army")},
			companion: "Turkey backs the Syrian National Army (SNA). The SNA attacked the Casamance Front.",
			want:      []string{fact("Turkey", graph.Supports, "Syrian National Army"), fact("Casamance Front", graph.Fights, "Syrian National Army")}},
		// Words that do not spell the acronym leave it the catalog's.
		{text: "Turkey backs the Turkish-backed opposition army (SNA) in northern Syria.",
			not:       []string{fact("Turkey", graph.Supports, "opposition army")},
			companion: "Turkey backs the SNA in northern Syria.",
			want:      []string{fact("Turkey", graph.Supports, "Syrian National Army")}},
	})
}

// TestCatalogPersonSpeltByArticle checks that a person the catalog knows,
// named in an article in full in other letters than the catalog's, is
// named by the article's spelling in that article: his given names before
// a surname the catalog knows are his mention's (and no body's name's),
// and the first full spelling names him when the article never writes the
// catalog's. A title before the name is no part of it; a given name that
// is none of his names someone else.
func TestCatalogPersonSpeltByArticle(t *testing.T) {
	checkFacts(t, []factCase{
		// Another transliteration of the given name.
		{text: "Sergey Lavrov met Ivo Tarsh in Vorna. Lavrov said the talks went well.",
			want: []string{fact("Ivo Tarsh", graph.MetWith, "Sergey Lavrov")},
			not:  []string{fact("Ivo Tarsh", graph.MetWith, "Sergei Lavrov")}},
		// The title is no part of the name the person goes by.
		{text: "Russian Foreign Minister Sergey Lavrov met Ivo Tarsh in Vorna.",
			want: []string{fact("Sergey Lavrov", graph.ForeignMinisterOf, "Russia"), fact("Ivo Tarsh", graph.MetWith, "Sergey Lavrov")}},
		// Given names in other letters before a surname the catalog knows
		// in one of its spellings: the body before them ends at its head.
		{text: "The chairman of the Ruritanian Peace Council Mohammad Baqer Qalibaf met Ivo Tarsh in Vorna.",
			want: []string{fact("Mohammad Baqer Qalibaf", graph.HeadOf, "Ruritanian Peace Council"), fact("Ivo Tarsh", graph.MetWith, "Mohammad Baqer Qalibaf")},
			not:  []string{fact("Mohammad Bagher Ghalibaf", graph.HeadOf, "Ruritanian Peace Council Mohammad Baqer")}},
		{text: "Mohamad Bagher Qalibaf met Ivo Tarsh in Vorna.",
			want: []string{fact("Ivo Tarsh", graph.MetWith, "Mohamad Bagher Qalibaf")}},
		{text: "Ivo Tarsh met Vassily Nebenzia in Vorna on Monday.",
			want: []string{fact("Ivo Tarsh", graph.MetWith, "Vassily Nebenzia")}},
		// The article writes the catalog's name too: it keeps it.
		{text: "Sergey Lavrov met Ivo Tarsh in Vorna. Sergei Lavrov said the talks went well.",
			want: []string{fact("Ivo Tarsh", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Ivo Tarsh", graph.MetWith, "Sergey Lavrov")}},
		// A surname alone keeps the catalog's name.
		{text: "Lavrov met Ivo Tarsh in Vorna.",
			want: []string{fact("Ivo Tarsh", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Ivo Tarsh", graph.MetWith, "Lavrov")}},
		// A given name that is none of his: someone else of that surname.
		{text: "Bushra Lavrov met Ivo Tarsh in Vorna.",
			want: []string{fact("Bushra Lavrov", graph.MetWith, "Ivo Tarsh")},
			not:  []string{fact("Ivo Tarsh", graph.MetWith, "Sergei Lavrov")}},
	})
}

// TestPeopleDemonymNamesNoState checks that a state's adjective that is
// also the name of a people living in several states ("Turkmen", "Uzbek",
// "Serb") names its state only in an article that names the state itself
// or uses the adjective before an office, an army or a state body: in
// "Turkmen villages" or "Bosnian Serb forces" it names a people, and the
// state is no actor of the article.
func TestPeopleDemonymNamesNoState(t *testing.T) {
	cases := []struct {
		text  string
		state bool
	}{
		{"Russian jets bombed Turkmen villages near Tarvo, Ivo Tarsh said.", false},
		{"Uzbek militiamen loyal to Ivo Tarsh attacked the Borduria Front near Tarvo.", false},
		{"Bosnian Serb forces shelled the town, Ivo Tarsh said.", false},
		// The state named, by its name or its capital.
		{"Turkmen gas flows to China. Turkmenistan signed a deal with Ivo Tarsh.", true},
		{"Ivo Tarsh flew to Ashgabat. Turkmen officials greeted him.", true},
		// An office or a state's body after the adjective.
		{"Turkmen President Ivo Tarsh met Vladimir Putin in Moscow.", true},
	}
	x := extractor(t)
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc, err := x.Extract("t.txt", []byte("Title: T\n\n"+c.text+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range doc.Entities {
				if e.Type == graph.Country && (e.Name == "Turkmenistan" || e.Name == "Uzbekistan" || e.Name == "Serbia") {
					found = true
				}
			}
			if found != c.state {
				t.Errorf("state among the entities: %v, want %v; got %v", found, c.state, doc.Entities)
			}
		})
	}
	checkFacts(t, []factCase{
		{text: "Turkmen President Ivo Tarsh met Vladimir Putin in Moscow.",
			want: []string{fact("Ivo Tarsh", graph.PresidentOf, "Turkmenistan")}},
		// The state's army keeps its state.
		{text: "The Uzbek army shelled the Borduria Front near Tarvo.",
			want: []string{fact("Borduria Front", graph.Fights, "Uzbek army")}},
	})
}
