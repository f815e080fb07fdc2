package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A catalog person's alias that is an office ("Supreme Leader", "Leader of
// the Islamic Revolution") names, before a name, that name's office: the
// article's holder, whom the office names later on in place of the
// catalog's. The catalog's holder stays the office's reading when the
// article names no other, or names him; two holders leave it to no one.
func TestOfficeAliasNamesTheArticlesHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Leader of the Islamic Revolution Ayatollah Gigan Tarvol received Prime Minister Ivo Marek of Ruritania in Tehran. Marek thanked the Leader for his hospitality.",
			want: []string{fact("Ivo Marek", graph.Thanked, "Gigan Tarvol"), fact("Gigan Tarvol", graph.HeadOf, "Iran")},
			not:  []string{fact("Ivo Marek", graph.Thanked, "Ali Khamenei"), fact("Ali Khamenei", graph.HeadOf, "Iran")}},
		{text: "Supreme Leader Gigan Tarvol met Ivo Marek. Peruvian President Leo Dane thanked Supreme Leader for the visit.",
			want: []string{fact("Leo Dane", graph.Thanked, "Gigan Tarvol")},
			not:  []string{fact("Leo Dane", graph.Thanked, "Ali Khamenei")}},
		// The article names no holder: the catalog's.
		{text: "Peruvian President Leo Dane thanked Supreme Leader for the visit.",
			want: []string{fact("Leo Dane", graph.Thanked, "Ali Khamenei")}},
		// A headline's capitalised verb after the office is no name.
		{text: "Supreme Leader Receives Syrian President Assad in Tehran. Peruvian President Leo Dane thanked Supreme Leader for the visit.",
			want: []string{fact("Leo Dane", graph.Thanked, "Ali Khamenei")},
			not:  []string{fact("Bashar al-Assad", graph.HeadOf, "Iran"), fact("Leo Dane", graph.Thanked, "Bashar al-Assad")}},
		// The article names the catalog's holder himself.
		{text: "Supreme Leader Ayatollah Ali Khamenei received Peruvian President Leo Dane in Tehran.",
			want: []string{fact("Ali Khamenei", graph.MetWith, "Leo Dane"), fact("Ali Khamenei", graph.HeadOf, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		// Two holders named: the office names neither, nor the catalog's.
		{text: "Supreme Leader Gigan Tarvol met Ivo Marek. Supreme Leader Omid Saberi met Leo Dane. Peruvian President Leo Dane thanked Supreme Leader for the visit.",
			not:       []string{fact("Leo Dane", graph.Thanked, "Ali Khamenei"), fact("Leo Dane", graph.Thanked, "Gigan Tarvol"), fact("Leo Dane", graph.Thanked, "Omid Saberi")},
			companion: "Supreme Leader Omid Saberi met Leo Dane. Peruvian President Leo Dane thanked Supreme Leader for the visit.",
			want:      []string{fact("Leo Dane", graph.Thanked, "Omid Saberi")}},
	})
}

// The catalog's office of a person named by a bare title ("President
// Assad") is no fact when the article itself names another holder of that
// office, before or after; it stands when the article names none, or names
// him too.
func TestMemoryRoleYieldsToTheArticlesHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Assad met Peruvian President Leo Dane in Moscow.",
			want: []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria"), fact("Bashar al-Assad", graph.MetWith, "Leo Dane")}},
		{text: "Syrian President Bashar al-Assad received Ivo Marek in Damascus. President Assad met Peruvian President Leo Dane in Moscow.",
			want: []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")}},
	})
	checkNegatives(t, []negativeCase{
		// Another holder named first.
		{text: "Syrian President Omid Saberi received Ivo Marek in Damascus. President Assad met Peruvian President Leo Dane in Moscow.",
			not:       []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")},
			companion: "Peruvian Foreign Minister Omid Saberi received Ivo Marek in Lima. President Assad met Peruvian President Leo Dane in Moscow.",
			want:      []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")}},
		// Another holder named after.
		{text: "President Assad met Peruvian President Leo Dane in Moscow. Syrian President Omid Saberi received Ivo Marek in Damascus.",
			not:       []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")},
			companion: "President Assad met Peruvian President Leo Dane in Moscow. Peruvian Foreign Minister Omid Saberi received Ivo Marek in Lima.",
			want:      []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")}},
	})
}

// A rank that is also an office ("the Emir", "the King") names the one
// person the article gave that title before his name, when no one bears it
// in his name; two such people leave it to neither.
func TestRankNamesTheArticlesTitledHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatari Emir Gigan Tarvol met Turkish President Ivo Marek in Doha. The Emir thanked Ankara for its support.",
			want: []string{fact("Gigan Tarvol", graph.Thanked, "Turkey")}},
		{text: "Qatari Emir Gigan Tarvol met Jordanian King Omid Saberi in Doha. The King thanked Ankara for its support.",
			want: []string{fact("Omid Saberi", graph.Thanked, "Turkey")},
			not:  []string{fact("Gigan Tarvol", graph.Thanked, "Turkey")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Qatari Emir Gigan Tarvol met Kuwaiti Emir Omid Saberi in Doha. The Emir thanked Ankara for its support.",
			not:       []string{fact("Gigan Tarvol", graph.Thanked, "Turkey"), fact("Omid Saberi", graph.Thanked, "Turkey")},
			companion: "Qatari Emir Gigan Tarvol met Kuwaiti President Omid Saberi in Doha. The Emir thanked Ankara for its support.",
			want:      []string{fact("Gigan Tarvol", graph.Thanked, "Turkey")}},
		// A president is no emir.
		{text: "Turkish President Ivo Marek arrived in Doha. The Emir thanked Ankara for its support.",
			not:       []string{fact("Ivo Marek", graph.Thanked, "Turkey")},
			companion: "Qatari Emir Gigan Tarvol arrived in Doha. The Emir thanked Ankara for its support.",
			want:      []string{fact("Gigan Tarvol", graph.Thanked, "Turkey")}},
	})
}

// TestOfficeAliasInsideAnAppositive checks an office alias inside the
// appositive of another person ("X, a senior adviser to Supreme Leader
// Ayatollah Y,"): the office is Y's, whom it stands before, never that of
// the person the appositive describes.
func TestOfficeAliasInsideAnAppositive(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ivo Marek, a senior adviser to Supreme Leader Ayatollah Gigan Tarvol, said the attack would not remain unanswered.",
			not:       []string{fact("Ivo Marek", graph.HeadOf, "Iran")},
			companion: "Supreme Leader Ayatollah Gigan Tarvol said the attack would not remain unanswered.",
			want:      []string{fact("Gigan Tarvol", graph.HeadOf, "Iran")}},
	})
}
