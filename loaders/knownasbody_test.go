package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body's other name given after "known as" names the body from then on:
// a word of its own, a plural the article uses as a group's name, or an
// acronym. A body the text only refers to ("the group, known as X") keeps
// the name apart.
func TestBodyKnownAsName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Defence Force, known as Kelvo, seized the port on Monday. Kelvo has fought the Nigerian army since 2019.",
			want: []string{fact("Northern Defence Force", graph.Fights, "Nigerian army")},
			not:  []string{fact("Kelvo", graph.Fights, "Nigerian army")}},
		{text: "The Sahel Liberation Front, also known as the Morvanis, attacked Malian soldiers near Gao. Chad backs the Morvanis, officials said.",
			want: []string{fact("Sahel Liberation Front", graph.Fights, "Mali"), fact("Chad", graph.Supports, "Sahel Liberation Front")},
			not:  []string{fact("Chad", graph.Supports, "Morvanis")}},
		{text: "Chad said the Ruritanian Patriotic Council, better known as Zarva, had joined the talks. Niger backs Zarva, officials said.",
			want: []string{fact("Niger", graph.Supports, "Ruritanian Patriotic Council")}},
		{text: "The Eastern Security Command, widely known as ESCOM, clashed with Kenyan troops. Kenya accused ESCOM of shelling Mandera.",
			want: []string{fact("Eastern Security Command", graph.Fights, "Kenya")}},
		{text: "Fighting spread after the Borduria Front, commonly known as Varda, left the talks. Peru backs Varda, Chile said.",
			want: []string{fact("Peru", graph.Supports, "Borduria Front")}},
	})
}

// A naming phrase names the whole capitalised run after it, even where an
// earlier reading made its first word a body of its own ("the Kelvo
// division" is an area's, "the Kelvo Tigers" a group's).
func TestNamingPhraseNamesWholeRun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Soldiers were killed in the Kelvo division on Monday. A separatist group known as the Kelvo Tigers claimed the ambush on Cameroonian troops. The Kelvo Tigers have fought Cameroon since 2017.",
			want: []string{fact("Cameroon", graph.Fights, "Kelvo Tigers")},
			not:  []string{fact("Cameroon", graph.Fights, "Kelvo")}},
		{text: "The Dravo brigade held the bridge. Peru armed a militia calling itself the Dravo Lions, which attacked Chilean troops near Arica.",
			want: []string{fact("Peru", graph.Supports, "Dravo Lions")},
			not:  []string{fact("Peru", graph.Supports, "Dravo")}},
	})
}

// A name apposed to a body's mission, agency or force, with the land it
// serves after "in", is the mission's own name, part of its owner, and
// names it later: "the UN mission in the country, Korvana,". A person's
// name apposed there (the head's) is none.
func TestMissionNamedInApposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Blue helmets of the United Nations mission in the country, Korvana, drove the assailants back. A Korvana spokesperson gave a toll of 11 dead.",
			want: []string{fact("Korvana", graph.PartOf, "United Nations")}},
		{text: "The UN peacekeeping mission in the country, Dalvisor, condemned the attack on civilians.",
			want: []string{fact("Dalvisor", graph.PartOf, "United Nations")}},
		{text: "The African Union force, Pelvani, repelled the attack near Baidoa. Pelvani spokesman Ali Moru said the force lost two soldiers.",
			want: []string{fact("Pelvani", graph.PartOf, "African Union"), fact("Ali Moru", graph.SpokespersonOf, "Pelvani")}},
		{text: "The UN force in Lebanon, Kestrion, said its patrols came under fire.",
			want: []string{fact("Kestrion", graph.PartOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		// A person apposed to the mission's head: no mission's name.
		{text: "The head of the UN mission in the country, Ana Brel, condemned the attack.",
			not:       []string{fact("Ana Brel", graph.PartOf, "United Nations")},
			companion: "The UN mission in the country, Dalvisor, condemned the attack.",
			want:      []string{fact("Dalvisor", graph.PartOf, "United Nations")}},
	})
}

// TestBodyNamedByAnyNamingPhrase: a body's other name after any naming
// phrase ("dubbed", "nicknamed", "known as") names the body from then on.
func TestBodyNamedByAnyNamingPhrase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Defence Force, dubbed Kelvo, shelled Arvel on Monday. The Borduria Front fought Kelvo near Arvel.",
			want: []string{fact("Borduria Front", graph.Fights, "Northern Defence Force")},
			not:  []string{fact("Borduria Front", graph.Fights, "Kelvo")}},
		{text: "The Northern Defence Force, nicknamed Kelvo, shelled Arvel on Monday. The Borduria Front fought Kelvo near Arvel.",
			want: []string{fact("Borduria Front", graph.Fights, "Northern Defence Force")}},
		// Companion: "known as", read before.
		{text: "The Northern Defence Force, known as Kelvo, shelled Arvel on Monday. The Borduria Front fought Kelvo near Arvel.",
			want: []string{fact("Borduria Front", graph.Fights, "Northern Defence Force")}},
	})
}
