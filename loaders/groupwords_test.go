package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A group's one word before its members or a body's noun at a sentence's
// start names the group when the article names the group by that word
// elsewhere ("Tarvolah said", "against Tarvolah"); a common word, a place
// and a region's forces stay none.
func TestGroupWordOpeningSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarvolah fighters attacked Nigerian troops near Maiduguri on Monday. Tarvolah said the raid avenged its dead.",
			want: []string{fact("Tarvolah", graph.Fights, "Nigeria")}},
		{text: "Kessani gunmen ambushed a Kenyan police convoy. Police blamed Kessani for the attack.",
			want: []string{fact("Kenyan police", graph.Fights, "Kessani")}},
		{text: "Dorvash militants shelled Malian positions overnight. The army later struck Dorvash bases near Gao.",
			want: []string{fact("Dorvash", graph.Fights, "Mali")}},
		{text: "Morvek rebels, who are backed by Rwanda, seized the town. Congo accused Morvek of killing civilians.",
			want: []string{fact("Rwanda", graph.Supports, "Morvek")}},
		{text: "Zelvan militiamen clashed with Ethiopian soldiers. Ethiopia has fought Zelvan since 2023.",
			want: []string{fact("Zelvan", graph.Fights, "Ethiopia")}},
	})
	checkNegatives(t, []negativeCase{
		// No word of the group's anywhere else: a sentence's first
		// word may be any adjective.
		{text: "Drovesh fighters attacked Nigerian troops near Maiduguri on Monday.",
			not:       []string{fact("Drovesh", graph.Fights, "Nigeria")},
			companion: "Drovesh fighters attacked Nigerian troops near Maiduguri on Monday. Drovesh said the raid avenged its dead.",
			want:      []string{fact("Drovesh", graph.Fights, "Nigeria")}},
		// A place's fighters: the word is written after a locative.
		{text: "Kelvo fighters attacked Nigerian troops on Monday. Residents in Kelvo said the raid lasted hours.",
			not:       []string{fact("Kelvo", graph.Fights, "Nigeria")},
			companion: "Kelvo fighters attacked Nigerian troops on Monday. Kelvo said the raid lasted hours.",
			want:      []string{fact("Kelvo", graph.Fights, "Nigeria")}},
		// A region's forces or troops are its own, not a group's.
		{text: "Morvan forces clashed with Somali troops. Somalia blamed Morvan for the clash.",
			not:       []string{fact("Morvan forces", graph.Fights, "Somalia"), fact("Morvan", graph.Fights, "Somalia")},
			companion: "Morvan militiamen clashed with Somali troops. Somalia blamed Morvan for the clash.",
			want:      []string{fact("Morvan", graph.Fights, "Somalia")}},
	})
}

// A one-word name the lexicon does not know is a band's where the grammar
// says it acts as one: it claims an attack ("Kelvar claimed
// responsibility") or a relative clause of speech, denial or accusation
// opens after it ("Brailzor, which says ...", "Tovan, which has denied
// ..."); a man takes "who", and a place claims and says nothing.
func TestBandWordsThatSpeakOrClaim(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kelvar claimed responsibility for the bombing. Somalia has fought Kelvar for a decade.",
			want: []string{fact("Kelvar", graph.Fights, "Somalia")}},
		{text: "Officials said Morvash had claimed responsibility for the ambush. Kenyan troops later shelled Morvash positions.",
			want: []string{fact("Morvash", graph.Fights, "Kenya")}},
		{text: "Brailzor, which says Israel violates the truce daily, did not comment. Israel struck Brailzor targets overnight.",
			want: []string{fact("Brailzor", graph.Fights, "Israel")}},
		{text: "Tovan, which has denied the charges, fought Sudanese troops near Kadugli.",
			want: []string{fact("Tovan", graph.Fights, "Sudan")}},
		{text: "Varsenna, which accuses Chad of arming its rivals, attacked a Chadian army post.",
			want: []string{fact("Varsenna", graph.Fights, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// A place written after a locative stays a place.
		{text: "Malian troops entered Korvo, which says it was never consulted. Residents of Korvo fled to Gao.",
			not:       []string{fact("Korvo", graph.Fights, "Mali")},
			companion: "Korvo, which says it was never consulted, fought Malian troops near Gao.",
			want:      []string{fact("Korvo", graph.Fights, "Mali")}},
		// "Who" and a verb of speech is a man's clause.
		{text: "Drasen, who says he was never consulted, met Malian troops near Gao.",
			not:       []string{fact("Drasen", graph.Fights, "Mali")},
			companion: "Drasen, which says it was never consulted, fought Malian troops near Gao.",
			want:      []string{fact("Drasen", graph.Fights, "Mali")}},
		// A man's surname after his given name is no band's word.
		{text: "Ivo Kelmar said the bombing was a crime. Kelmar claimed responsibility for nothing, he added.",
			not:       []string{fact("Kelmar", graph.Fights, "Somalia")},
			companion: "Kelmar claimed responsibility for the bombing. Somalia has fought Kelmar for a decade.",
			want:      []string{fact("Kelmar", graph.Fights, "Somalia")}},
	})
	types := entityTypes(t, "Kelvar claimed responsibility for the bombing. Somalia has fought Kelvar for a decade.")
	if types["Kelvar"] != graph.Organization {
		t.Errorf("Kelvar: type %q, want an organization", types["Kelvar"])
	}
}

// A one-word name that owns in the neuter ("Tarvolah's arsenal",
// "Tarvolah and its allies") and that the article names again inside its
// sentences is a body's; a man's surname (written after his given name or
// a title), a place (after a locative) and a name given after "known as"
// are none.
func TestBodyWordsThatOwn(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru welcomed the vote after Korvath, weakened by its war with Chile, dropped its veto. Lawmakers of Korvath and its allies backed the deal. Ana Brel, a fierce opponent of Korvath, said the truce between Chile and Korvath would hold.",
			want: []string{fact("Chile", graph.Fights, "Korvath")}},
		{text: "Korvath's arsenal was hit overnight. Israel has fought Korvath since 2006.",
			want: []string{fact("Korvath", graph.Fights, "Israel")}},
		{text: "Officials said Varmon's fighters were regrouping near the border. Chad accused Varmon of shelling Abeche, and Niger backs Varmon.",
			want: []string{fact("Niger", graph.Supports, "Varmon"), fact("Chad", graph.Opposes, "Varmon")}},
	})
	checkNegatives(t, []negativeCase{
		// Said once only: no name the article uses.
		{text: "Korvath's arsenal was hit overnight. Israel said the strike was a success.",
			not:       []string{fact("Israel", graph.Fights, "Korvath")},
			companion: "Korvath's arsenal was hit overnight. Israel has fought Korvath since 2006.",
			want:      []string{fact("Korvath", graph.Fights, "Israel")}},
		// A man's surname.
		{text: "General Ivo Dransk met Chadian officials. Dransk's allies backed the deal. Israel has fought Dransk since 2006.",
			not:       []string{fact("Dransk", graph.Fights, "Israel")},
			companion: "Dransk's allies backed the deal. Israel has fought Dransk since 2006.",
			want:      []string{fact("Dransk", graph.Fights, "Israel")}},
		// A man's name given after "known as".
		{text: "Ivo Dransk, better known as Kelvo, met Chadian officials. Kelvo's allies backed the deal. Israel has fought Kelvo since 2006.",
			not:       []string{fact("Kelvo", graph.Fights, "Israel")},
			companion: "Kelvo's allies backed the deal. Israel has fought Kelvo since 2006.",
			want:      []string{fact("Kelvo", graph.Fights, "Israel")}},
		// A town.
		{text: "Kelvora's residents fled as Malian troops advanced. Fighting in Kelvora lasted a week. Israel has fought Kelvora since 2006.",
			not:       []string{fact("Kelvora", graph.Fights, "Israel")},
			companion: "Kelvora's fighters fled as Malian troops advanced. Officials said Kelvora lost ground. Israel has fought Kelvora since 2006.",
			want:      []string{fact("Kelvora", graph.Fights, "Israel")}},
	})
}
