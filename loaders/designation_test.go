package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// entityTypes returns the type of each entity the extractor finds in text.
func entityTypes(t *testing.T, text string) map[string]graph.EntityType {
	t.Helper()
	doc, err := extractor(t).Extract("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	types := make(map[string]graph.EntityType)
	for _, e := range doc.Entities {
		types[e.Name] = e.Type
	}
	return types
}

// What a verb of classing designates as a kind of body is a body, whatever
// its words: after the verb, in a list, in a relative clause, a passive or
// a participle.
func TestDesignatedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru designated Vantar Mosk as a terrorist organisation on Monday.",
			want: []string{fact("Peru", graph.Opposes, "Vantar Mosk")}},
		{text: "Chile listed Dral Kessen and Sorvek Amun as foreign terrorist organizations.",
			want: []string{fact("Chile", graph.Opposes, "Dral Kessen"), fact("Chile", graph.Opposes, "Sorvek Amun")}},
		{text: "Colombia has blacklisted Sorvek and 12 other gangs as terrorist groups.",
			want: []string{fact("Colombia", graph.Opposes, "Sorvek")}},
		{text: "Korvath, which Peru and Chile list as a terrorist organisation, attacked a border post.",
			want: []string{fact("Peru", graph.Opposes, "Korvath"), fact("Chile", graph.Opposes, "Korvath")}},
		{text: "The Vantar Mosk is listed as a terrorist group by Peru.",
			want: []string{fact("Peru", graph.Opposes, "Vantar Mosk")}},
		{text: "Dral Kessen, listed as a terrorist organization by the UN, seized the town.",
			want: []string{fact("United Nations", graph.Opposes, "Dral Kessen")}},
		{text: "The Orvan Brotherhood, which Washington designated a terrorist organisation in 2009, fired rockets.",
			want: []string{fact("United States", graph.Opposes, "Orvan Brotherhood")}},
	})
	for _, text := range []string{
		"The decree names gangs including Los Vantos, Las Drelas and Korvath as criminal organisations.",
		"The decree names Los Vantos, Las Drelas and Korvath as criminal organisations.",
	} {
		types := entityTypes(t, text)
		for _, n := range []string{"Los Vantos", "Las Drelas", "Korvath"} {
			if types[n] != graph.Organization {
				t.Errorf("%q: %q is %q, want a body", text, n, types[n])
			}
		}
	}
	// A person's kind, a thing's, a list an appositive breaks, or a
	// designation of something else names no body.
	for _, c := range []struct{ text, name string }{
		{"Peru designated Ivo Tarsh as its commander.", "Ivo Tarsh"},
		{"Chile named Ana Mirov as a terrorist.", "Ana Mirov"},
		{"Kordal Pass, which Peru considers a threat, was closed.", "Kordal Pass"},
		{"Peru regards Lake Vantar as a threat to the group.", "Lake Vantar"},
		{"Peru named Korvath the winner of the group stage.", "Korvath"},
		{"Chile listed Sorvek Amun, an old port, as a heritage site.", "Sorvek Amun"},
		// A kind of something else's, and one kind for several names
		// (review).
		{"The report named Ivo Tarsh as a network of smugglers.", "Ivo Tarsh"},
		{"The report named Ivo Tarsh and Ana Brel as a network of smugglers.", "Ana Brel"},
		{"The report named Ivo Tarsh and Ana Brel as a criminal group.", "Ana Brel"},
	} {
		if typ, ok := entityTypes(t, c.text)[c.name]; ok && typ == graph.Organization {
			t.Errorf("%q: %q read as a body", c.text, c.name)
		}
	}
}

// A person the catalog does not know and no title introduces is found by
// an appositive noun of what a person is: "X, a prominent activist,".
func TestPersonByAppositiveNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talin Varosh, a prominent activist from Kordal, met Peruvian President Dina Boluarte.",
			want: []string{fact("Talin Varosh", graph.MetWith, "Dina Boluarte")}},
		{text: "Ivo Kessel, the veteran dissident, met Peruvian President Dina Boluarte in Lima.",
			want: []string{fact("Ivo Kessel", graph.MetWith, "Dina Boluarte")}},
		{text: "Marta Selv, a businesswoman who owns a port, met Peruvian President Dina Boluarte.",
			want: []string{fact("Marta Selv", graph.MetWith, "Dina Boluarte")}},
		{text: "Tarsh Velkan, a senior figure of the opposition, met Peruvian President Dina Boluarte.",
			want: []string{fact("Tarsh Velkan", graph.MetWith, "Dina Boluarte")}},
		{text: "The Chilean scientist Oren Dask met Peruvian President Dina Boluarte.",
			want: []string{fact("Oren Dask", graph.MetWith, "Dina Boluarte")}},
	})
	// A place's name or a noun that qualifies another is no person.
	for _, c := range []struct{ text, name string }{
		{"Sorva Heights, a figure of eight on the map, was taken.", "Sorva Heights"},
		{"Vantar Mosk, a lawyer's office in Lima, was raided.", "Vantar Mosk"},
		{"Drel Harbour, the activist stronghold, was shelled.", "Drel Harbour"},
		{"Kordal Valley, a smuggling route, was shelled.", "Kordal Valley"},
	} {
		if typ, ok := entityTypes(t, c.text)[c.name]; ok && typ == graph.Person {
			t.Errorf("%q: %q read as a person", c.text, c.name)
		}
	}
}

// A word the lexicon does not know before a body's office whose holder a
// comma sets off names the body: "the Vantari leader, Ana Brel,", also
// at a sentence's start, where "The" is no name's word.
func TestBodyByItsLeaderSetOff(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantari leader, Ana Brel, said the talks had failed.",
			want: []string{fact("Ana Brel", graph.HeadOf, "Vantari")}},
		{text: "The Orvask chief, Ivo Tarsh, met Peruvian President Dina Boluarte.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Orvask"), fact("Ivo Tarsh", graph.MetWith, "Dina Boluarte")}},
		{text: "The Orvask chairman Ivo Tarsh said the talks had failed.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Orvask")}},
		{text: "On Monday the Meldar leader, Ivo Tarsh, rejected the offer.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Meldar")}},
	})
	// A place's office, a place the article writes after "in", or a
	// body the lexicon knows by a common word is no body of that word.
	for _, c := range []struct{ text, name string }{
		{"The Kordal governor, Ana Brel, said the road was closed.", "Kordal"},
		{"In Kordal, the Kordal leader, Ana Brel, said the road was closed.", "Kordal"},
		{"The Senate leader, Ana Brel, said the vote would go ahead.", "Senate"},
	} {
		if typ, ok := entityTypes(t, c.text)[c.name]; ok && typ == graph.Organization {
			t.Errorf("%q: %q read as a body", c.text, c.name)
		}
	}
}

// A capitalised run after a body's head office and "of", without "the",
// is a body when the office's holder follows it after a comma: "the head
// of Military Intelligence, Maj. Gen. X,".
func TestBodyOfficeWithHolderAfter(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The head of Vantar Intelligence, Ivo Tarsh, met Peruvian President Dina Boluarte.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Intelligence")}},
		{text: "Peru sent the head of Military Intelligence, Maj. Gen. Ivo Tarsh, to the talks.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Military Intelligence")}},
		{text: "The commander of Orvan Shield, Brig. Gen. Ana Brel, said the border was calm.",
			want: []string{fact("Ana Brel", graph.HeadOf, "Orvan Shield")}},
		{text: "Talks were led by the chief of Los Vantos, Ivo Tarsh, and by a Chilean envoy.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Los Vantos")}},
	})
	// A member's office (a governor's) or a state's, or no holder after
	// the comma, names no body.
	for _, c := range []struct{ text, name string }{
		{"The governor of North Kordal, Ivo Tarsh, met Peruvian President Dina Boluarte.", "North Kordal"},
		{"The president of Kordal Republic, Ivo Tarsh, met Peruvian President Dina Boluarte.", "Kordal Republic"},
		{"The commander of Orvan Shield, launched in May, said the border was calm.", "Orvan Shield"},
		{"The head of Vantar Intelligence said the border was calm.", "Vantar Intelligence"},
	} {
		if typ, ok := entityTypes(t, c.text)[c.name]; ok && typ == graph.Organization {
			t.Errorf("%q: %q read as a body", c.text, c.name)
		}
	}
}

// Another name set off after a person's name ("alias Grom", "better known
// as Grom", "nicknamed Grom") leaves the appositive after it to be read.
func TestAppositiveAfterAlias(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, better known as Grom, the leader of the Vantar Front, escaped from prison.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Front")}},
		{text: "Ivo Tarsh, alias Grom, the commander of the Vantar Front, escaped from prison.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Front")}},
		{text: "Peru arrested Ana Brel, nicknamed Red Kestrel, a senior official of the Vantar Front.",
			want: []string{fact("Ana Brel", graph.MemberOf, "Vantar Front")}},
		{text: "Ivo Tarsh, known as Grom, the deputy chairman of the Vantar Council, met Peruvian President Dina Boluarte.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Vantar Council"), fact("Ivo Tarsh", graph.MetWith, "Dina Boluarte")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ivo Tarsh, alias Grom, said the Vantar Front would fight on.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Front"), fact("Grom", graph.HeadOf, "Vantar Front")},
			companion: "Ivo Tarsh, alias Grom, the leader of the Vantar Front, said it would fight on.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Front")}},
		{text: "Kordal Vask, known as Vantar, the capital of the province, was shelled by the Vantar Front.",
			not:       []string{fact("Kordal Vask", graph.HeadOf, "Vantar Front")},
			companion: "Kordal Vask, known as Vantar, the head of the Vantar Front, was shelled by the army.",
			want:      []string{fact("Kordal Vask", graph.HeadOf, "Vantar Front")}},
	})
}

// "the Movement" after a body named with that head refers back to it,
// unless another body's name goes on after it over "for".
func TestShortNameNotBeforeFor(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Vantar People's Movement won the vote. Police detained Ivo Tarsh of the Movement for Democracy and Renewal.",
			not:       []string{fact("Ivo Tarsh", graph.MemberOf, "Vantar People's Movement")},
			companion: "The Vantar People's Movement won the vote. Police detained Ivo Tarsh of the Movement.",
			want:      []string{fact("Ivo Tarsh", graph.MemberOf, "Vantar People's Movement")}},
	})
	checkFacts(t, []factCase{
		{text: "The Vantar People's Movement won the vote. Police detained Ivo Tarsh of the Movement for Democracy and Renewal.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Movement for Democracy and Renewal")}},
	})
}
