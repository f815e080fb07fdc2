package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body named as the modifier of an office held by a named person: two
// capitalised words ending in a body's head before a head's, a
// spokesman's or a member's office and a name name that body, as "the"
// would; a lawmaker or an MP of a body is its member.
func TestBodyModifierOfOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war went on. Vantar Front commander Ivo Tarsh said the town had fallen.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Front")}},
		{text: "Peru said Tarvol Brigade spokeswoman Ana Brel had left the city.",
			want: []string{fact("Ana Brel", graph.SpokespersonOf, "Tarvol Brigade")}},
		{text: "The vote was held. Unity Party lawmakers Ana Brel and Ivo Tarsh said it was rigged.",
			want: []string{fact("Ana Brel", graph.MemberOf, "Unity Party"), fact("Ivo Tarsh", graph.MemberOf, "Unity Party")}},
		{text: "The vote was held. Hezbollah MP Ivo Tarsh said it was rigged.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Hezbollah")}},
		{text: "The vote was held. Ana Brel, a Hamas lawmaker, said it was rigged.",
			want: []string{fact("Ana Brel", graph.MemberOf, "Hamas")}},
		{text: "The vote was held. Opposition MP Ana Brel of the Vantar Front said it was rigged.",
			want: []string{fact("Ana Brel", graph.MemberOf, "Vantar Front")}},
		// The run as the modifier of an office in an appositive.
		{text: "The war went on. Ivo Tarsh, a senior Vantar Front official, said the town fell.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Vantar Front")}},
		{text: "The war went on. A senior Vantar Front official, Ivo Tarsh, said the town fell.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Vantar Front")}},
		{text: "The war went on. Peru arrested Ivo Tarsh, a Unity Party lawmaker, in Lima.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Unity Party")}},
		// One word the lexicon does not know before a member's office
		// of a body and a name: the body is named by the word.
		{text: "The vote was held. Peru said Tarvolah MP Ivo Tarsh had rigged it.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Tarvolah")}},
		{text: "The talks failed. Peru said Tarvolah official Ana Brel had left Lima.",
			want: []string{fact("Ana Brel", graph.MemberOf, "Tarvolah")}},
	})
	checkNegatives(t, []negativeCase{
		// No name after the office: the two words are no body's name.
		{text: "The vote was held. Unity Party leader said Peru had rigged it.",
			not:       []string{fact("Unity Party", graph.Opposes, "Peru")},
			companion: "The vote was held. The Unity Party leader Ana Brel said it was rigged.",
			want:      []string{fact("Ana Brel", graph.HeadOf, "Unity Party")}},
		// A body every state has is no body of its own.
		{text: "Peru said so. Foreign Ministry spokesman Ivo Tarsh said the talks failed.",
			not:       []string{fact("Ivo Tarsh", graph.SpokespersonOf, "Foreign Ministry")},
			companion: "Peru said so. Vantar Front spokesman Ivo Tarsh said the talks failed.",
			want:      []string{fact("Ivo Tarsh", graph.SpokespersonOf, "Vantar Front")}},
		// A governor's or a militant's word may be a place's or a
		// people's: no body.
		{text: "The town fell. Peru said Vorland governor Ana Brel had fled.",
			not:       []string{fact("Ana Brel", graph.MemberOf, "Vorland")},
			companion: "The town fell. Peru said Vorland official Ana Brel had fled.",
			want:      []string{fact("Ana Brel", graph.MemberOf, "Vorland")}},
		{text: "The town fell. Peru said the Vorland militant Ana Brel had fled.",
			not:       []string{fact("Ana Brel", graph.MemberOf, "Vorland")},
			companion: "The town fell. Peru said the Vorland lawmaker Ana Brel had fled.",
			want:      []string{fact("Ana Brel", graph.MemberOf, "Vorland")}},
		// A state's lawmaker is no member of a body by the title.
		{text: "The vote was held. Ruritanian lawmaker Ana Brel said it was rigged.",
			not:       []string{fact("Ana Brel", graph.MemberOf, "Ruritania")},
			companion: "The vote was held. Tarvol Brigade lawmaker Ana Brel said it was rigged.",
			want:      []string{fact("Ana Brel", graph.MemberOf, "Tarvol Brigade")}},
	})
}

// A catalog body named by the first word of its name alone before a
// body's office ("Wagner" of "Wagner Group") is that body, unless the
// word is one the lexicon knows otherwise.
func TestCatalogBodyByFirstWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Wagner chief Ivo Tarsh said his men would leave.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Wagner Group")}},
		{text: "Peru said the Wagner commander, Ivo Tarsh, had left.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Wagner Group")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru said Islamic leader Ivo Tarsh had left.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Islamic State")},
			companion: "Peru said Wagner leader Ivo Tarsh had left.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Wagner Group")}},
		{text: "Peru said High Representative Ivo Tarsh had left.",
			not:       []string{fact("Ivo Tarsh", graph.EnvoyTo, "High Negotiations Committee"), fact("Ivo Tarsh", graph.EnvoyOf, "High Negotiations Committee")},
			companion: "Peru said Wagner spokesman Ivo Tarsh had left.",
			want:      []string{fact("Ivo Tarsh", graph.SpokespersonOf, "Wagner Group")}},
	})
}

// "the" and a capitalised plural the lexicon does not know that acts
// where it stands (a verb of its own, a relative clause of people) names
// a group once; a people the lexicon knows or a range written as a place
// is none.
func TestActingPluralGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war went on. The Tarvolis, who are backed by Peru, fired rockets at Chile.",
			want: []string{fact("Peru", graph.Supports, "Tarvolis"), fact("Tarvolis", graph.Fights, "Chile")}},
		{text: "The war went on. Peru said the Tarvolis had attacked Chile.",
			want: []string{fact("Tarvolis", graph.Fights, "Chile")}},
	})
	// Past the place it is in: "the Tarvolis in Borduria, who".
	doc, err := extractor(t).Extract("t.txt", []byte("The war went on. The Tarvolis in Borduria, who are armed by Peru, threatened Chile."))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == "Tarvolis" && e.Type == graph.Organization
	}
	if !found {
		t.Errorf("the Tarvolis not read as a group: %v", doc.Entities)
	}
	checkNegatives(t, []negativeCase{
		{text: "The war went on. The Kurds, who are backed by Peru, fired rockets at Chile.",
			not:       []string{fact("Kurds", graph.Fights, "Chile"), fact("Peru", graph.Supports, "Kurds")},
			companion: "The war went on. The Tarvolis, who are backed by Peru, fired rockets at Chile.",
			want:      []string{fact("Tarvolis", graph.Fights, "Chile")}},
		{text: "The Vorlands have long been at war. Peru attacked Chile in the Vorlands.",
			not:       []string{fact("Vorlands", graph.Fights, "Chile"), fact("Peru", graph.Fights, "Vorlands")},
			companion: "The Vorlands have long been at war. Peru attacked the Vorlands.",
			want:      []string{fact("Peru", graph.Fights, "Vorlands")}},
	})
}

// One capitalised word the lexicon does not know that acts on its own
// ("Tarvolah said", "Tarvolah had claimed") and qualifies a noun
// elsewhere ("Tarvolah positions") names a body, no state's organ; a
// man's surname or given name, or a place written after a locative, is
// none.
func TestActingWordGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war went on. Peru struck Tarvolah positions near the border. On Monday, Tarvolah said it had fired rockets at Peru.",
			want: []string{fact("Peru", graph.Fights, "Tarvolah")}},
		{text: "The war went on. Officials said the Lebanese Tarvolah had claimed the attack. Chile backs Tarvolah. Peru struck Tarvolah depots.",
			want: []string{fact("Chile", graph.Supports, "Tarvolah")},
			not:  []string{fact("Tarvolah", graph.PartOf, "Lebanon")}},
		// Acting at a sentence's start, named inside one elsewhere.
		{text: "The war went on. Tarvolah has fired rockets at Peru. Chile backs Tarvolah. Peru struck Tarvolah depots.",
			want: []string{fact("Chile", graph.Supports, "Tarvolah")}},
	})
	checkNegatives(t, []negativeCase{
		// A man named in full, then by his surname.
		{text: "The war went on. Peru backs Ivo Tarvolah. On Monday, Tarvolah said the rebels had fired rockets at Chile. Police beat Tarvolah supporters.",
			not:       []string{fact("Peru", graph.Supports, "Tarvolah")},
			companion: "The war went on. Peru backs Tarvolah. On Monday, Tarvolah said the rebels had fired rockets at Chile. Police beat Tarvolah supporters.",
			want:      []string{fact("Peru", graph.Supports, "Tarvolah")}},
		// A company, named after its noun.
		{text: "The war went on. The oil firm Tarvolah runs a gas site. Tarvolah has left. The rebels, who pledged allegiance to the Vantar Front, struck Tarvolah sites.",
			not:       []string{fact("Tarvolah", graph.MemberOf, "Vantar Front")},
			companion: "The war went on. The Tarvolis run a gas site. The Tarvolis have left. The rebels, who pledged allegiance to the Vantar Front, struck Tarvoli sites.",
			want:      []string{fact("Tarvolis", graph.MemberOf, "Vantar Front")}},
		// A place written after a locative.
		{text: "The war went on. Peru fought Chile in Tarvolah. Since then, Tarvolah has suffered. Chile struck Tarvolah villages.",
			not:       []string{fact("Chile", graph.Fights, "Tarvolah")},
			companion: "The war went on. Peru fought Chile. Since then, Tarvolah has suffered. Chile struck Tarvolah villages.",
			want:      []string{fact("Chile", graph.Fights, "Tarvolah")}},
	})
}
