package loaders

import (
	"strings"
	"testing"

	"github.com/entente/entente/graph"
)

// People named without a title are found by their given name, and later
// by their surname.
func TestGivenNameDiscovery(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov met Khaled Mansour in Moscow. Mansour later thanked Russia for its help.",
			want: []string{fact("Khaled Mansour", graph.MetWith, "Sergei Lavrov"), fact("Khaled Mansour", graph.Thanked, "Russia")}},
		{text: "Cavusoglu held talks with Walid al-Mualem Haddad in Ankara.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Walid al-Mualem Haddad")}},
		{text: "Zarif met Sergei Ivanov and Yusuf Karam in Tehran.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Ivanov"), fact("Mohammad Javad Zarif", graph.MetWith, "Yusuf Karam")}},
		// A given name before a known surname that is not the known
		// person's names someone new.
		{text: "Hariri met Nasser Hariri in Riyadh.",
			want: []string{fact("Nasser Hariri", graph.MetWith, "Saad Hariri")},
			not:  []string{fact("Saad Hariri", graph.MetWith, "Saad Hariri")}},
		{text: "Putin received Javad Zarif in Moscow.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Vladimir Putin")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("The Hamza Division fought the Islamic State near al-Bab. Imam Hussein Mosque was crowded."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Person {
			t.Errorf("%q discovered as a person", e.Name)
		}
	}
}

// A middle initial and its full stop are letters of a name that opens
// with a known given name ("Omar K. Bashiru"), wherever the name stands:
// the full stop is no word of the lexicon that ends the name.
func TestGivenNameMiddleInitial(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar K. Bashiru, commander of the Tarvolah Front, surrendered to Chad on Friday.",
			want: []string{fact("Omar K. Bashiru", graph.HeadOf, "Tarvolah Front")}},
		{text: "On Friday Ali T. Wanjiru, the leader of the Kessa Movement, met Kenyan President William Ruto.",
			want: []string{fact("Ali T. Wanjiru", graph.HeadOf, "Kessa Movement"), fact("Ali T. Wanjiru", graph.MetWith, "William Ruto")}},
		{text: "Chad said Omar V. Bashiru, a spokesman for the Borduria Front, had fled to Niger.",
			want: []string{fact("Omar V. Bashiru", graph.SpokespersonOf, "Borduria Front")}},
		{text: "Kenyan President William Ruto met Ali B. Moru in Nairobi.",
			want: []string{fact("Ali B. Moru", graph.MetWith, "William Ruto")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Omar K. Bashiru said the Tarvolah Front would fight Chad."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Person && e.Name != "Omar K. Bashiru" {
			t.Errorf("unexpected person %q", e.Name)
		}
	}
}

// The relative "whose" determines a body's name after it as "its" and
// "the" do: "Kenya, whose Tarvolah Brigade fought in Somalia" names the
// brigade, which the reading of "whose" then gives its owner. Capitalised
// words that are no body's name ("whose Volta Region", "whose President
// X") stay what they were.
func TestWhoseOpensBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya, whose Tarvolah Brigade fought in Somalia, denied the report.",
			want: []string{fact("Tarvolah Brigade", graph.PartOf, "Kenya")}},
		{text: "Russia, whose Zorgan Group operates in Mali, denied the report.",
			want: []string{fact("Zorgan Group", graph.PartOf, "Russia")}},
		{text: "Chile, whose Southern Command fought the Vantor Front last year, thanked Peru.",
			want: []string{fact("Southern Command", graph.PartOf, "Chile"), fact("Southern Command", graph.Fights, "Vantor Front")}},
		{text: "Togo, whose elite Kessa Battalion guards the border, thanked Ghana.",
			want: []string{fact("Kessa Battalion", graph.PartOf, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya, whose President William Ruto met the Tarvolah Front, denied the report.",
			not:       []string{fact("President William", graph.PartOf, "Kenya")},
			companion: "Kenya, whose President William Ruto met the Tarvolah Front, denied the report.",
			want:      []string{fact("William Ruto", graph.PresidentOf, "Kenya")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Ghana, whose Volta Region borders Togo, denied the report."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			t.Errorf("%q read as a body", e.Name)
		}
	}
}

// A common noun naming a body right before a body's name describes it:
// "the opposition Syrian Negotiations Commission" is one body.
func TestCommonNounBeforeBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar funded the opposition Free Syrian Army for years.",
			want: []string{fact("Qatar", graph.Supports, "Free Syrian Army")},
			not:  []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
}

// A discovered name stops at a word the lexicon knows ("Meets" in a
// headline), and a later "given name + surname" is one mention.
func TestGivenNameRunEnds(t *testing.T) {
	doc, err := extractor(t).Extract("t.txt", []byte("Yusuf Karam Meets Lavrov In Moscow\n\nLavrov later met Yusuf Karam again."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Person && e.Name != "Yusuf Karam" && e.Name != "Sergei Lavrov" {
			t.Errorf("unexpected person %q", e.Name)
		}
	}
}

// TestBareAcronyms checks that a name in capitals the lexicon does not
// know is a body's, and that a shouted headline is none.
func TestBareAcronyms(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lemma Tufa, the WPLF spokesman, spoke to reporters.",
			want: []string{fact("Lemma Tufa", graph.SpokespersonOf, "WPLF")}},
	})
	doc, err := extractor(t).Extract("test.txt", []byte("REBELS CLAIM GAINS NEAR TOWN\n\nThe fighting went on."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			t.Errorf("a shouted headline gave the body %q", e.Name)
		}
	}
}

// TestPeopleNeverSeen checks people the lexicon has no given name for:
// after a state's possessive, and a known person's given name before
// another surname.
func TestPeopleNeverSeen(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kremlin said Vladimir Putin and Iran's Kasai Mainsaisti had exchanged views on the conflict.",
			want: []string{fact("Kasai Mainsaisti", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Russia backs Bashar Vandril, the Paraguayan president.",
			want: []string{fact("Russia", graph.Supports, "Bashar Vandril")},
			not:  []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
	})
}

// TestTwoWordBodies checks that two capitalised words ending with a
// body's head name a body when they are no body every state has.
func TestTwoWordBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, the chairman of the ruling Transitional Council, met Kenyan President William Ruto.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "Transitional Council")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Omar Tahir met the envoy in the Oval Office.",
			not:       []string{fact("Omar Tahir", graph.MetWith, "Oval Office")},
			companion: "Omar Tahir, the chairman of the ruling Transitional Council, met Kenyan President William Ruto.",
			want:      []string{fact("Omar Tahir", graph.HeadOf, "Transitional Council")}},
	})
}

// TestTwoWordBodiesAfterCompoundsAndPossessives checks that a compound of
// lower-case words, or a possessive instead of "the", still lets two
// capitalised words with a head name a body.
func TestTwoWordBodiesAfterCompoundsAndPossessives(t *testing.T) {
	for _, text := range []string{
		"Vantar dissolved the country's power-sharing Steering Council on Monday.",
		"Vantar dissolved the long-standing Steering Council on Monday.",
		"Vantar said its Steering Council would meet on Monday.",
	} {
		if e, ok := entities(t, text)["Steering Council"]; !ok || e.Type != graph.Organization {
			t.Errorf("%q: want the body Steering Council, got %v", text, entities(t, text))
		}
	}
	// Near miss: no determiner before the compound, so no name of a
	// body of its own.
	text := "Vantar hosted power-sharing Steering Council talks on Monday."
	if _, ok := entities(t, text)["Steering Council"]; ok {
		t.Errorf("%q: read a body Steering Council", text)
	}
}

// TestOneWordBodyAfterDescriptorNamedAgain checks that a one-word body
// named after a descriptor ("the mercenary outfit Tarvolah") is named by
// the word alone later in the article.
func TestOneWordBodyAfterDescriptorNamedAgain(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru hired the mercenary outfit Tarvolah in May.\n\nTarvolah condemned Chile on Monday.",
			want: []string{fact("Tarvolah", graph.Opposes, "Chile")}},
		{text: "Peru hired the armed group Tarvolah in May.\n\nChile condemned Tarvolah on Monday.",
			want: []string{fact("Chile", graph.Opposes, "Tarvolah")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a given name after the descriptor is no body's word.
		{text: "Peru hired the armed group of Ahmad in May.\n\nChile condemned Ahmad on Monday.",
			not:       []string{fact("Chile", graph.Opposes, "Ahmad")},
			companion: "Peru hired the armed group Tarvolah in May.\n\nChile condemned Tarvolah on Monday.",
			want:      []string{fact("Chile", graph.Opposes, "Tarvolah")}},
	})
}

// TestAcronymDefinesNameWithPurpose checks a body's name defined by its
// acronym that goes on from its head over "to" to its purpose.
func TestAcronymDefinesNameWithPurpose(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad backs the Group to Defend Herders and Farmers (GDHF). The GDHF attacked Kenya.",
			want: []string{fact("Chad", graph.Supports, "Group to Defend Herders and Farmers"), fact("Group to Defend Herders and Farmers", graph.Fights, "Kenya")}},
		{text: "Kenya fights the Movement to Liberate the Coast (MLC) in the east.",
			want: []string{fact("Kenya", graph.Fights, "Movement to Liberate the Coast")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: "to" after a word that is no body's head joins no name.
		{text: "Chad urged Tovan Vantar to Defend Herders and Farmers (DHF) in May.",
			not:       []string{fact("Chad", graph.Supports, "Vantar to Defend Herders and Farmers")},
			companion: "Chad backs the Group to Defend Herders and Farmers (GDHF).",
			want:      []string{fact("Chad", graph.Supports, "Group to Defend Herders and Farmers")}},
	})
}

// TestBodyNamedAfterMemberOf checks that capitalised words with no head
// after "a member of the" name a body, a capital's name opening them or
// not, and that a person's name or a known body is left alone.
func TestBodyNamedAfterMemberOf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo is also a member of the Lima Compact, launched in 2017 with Benin.",
			want: []string{fact("Togo", graph.MemberOf, "Lima Compact")},
			not:  []string{fact("Togo", graph.MemberOf, "Peru")}},
		{text: "Chad is a member of the Varna Quartet on regional security.",
			want: []string{fact("Chad", graph.MemberOf, "Varna Quartet")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a person's given name opens the words.
		{text: "Chad is a member of the Ahmad Vantar family.",
			not:       []string{fact("Chad", graph.MemberOf, "Ahmad Vantar")},
			companion: "Chad is a member of the Varna Quartet on regional security.",
			want:      []string{fact("Chad", graph.MemberOf, "Varna Quartet")}},
	})
}

// TestWorldBodyMissionsInLowerCase checks a world body's mission named
// in lower case by the place it serves, and its delegation: the text's
// phrase names it, and it is the body's.
func TestWorldBodyMissionsInLowerCase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The OSCE mission to Georgia, led by Tovan Amari, urged both sides to show restraint.",
			want: []string{fact("OSCE mission to Georgia", graph.PartOf, "OSCE"), fact("Tovan Amari", graph.HeadOf, "OSCE mission to Georgia")}},
		{text: "The EU delegation in Lima condemned Chile on Monday.",
			want: []string{fact("EU delegation in Lima", graph.PartOf, "European Union"), fact("EU delegation in Lima", graph.Opposes, "Chile")}},
		{text: "The EU delegation condemned Peru on Monday.",
			want: []string{fact("EU delegation", graph.Opposes, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a verb and an article between the body and its noun.
		{text: "The African Union sent a delegation to Lima on Monday.",
			not:       []string{fact("African Union sent a delegation", graph.PartOf, "African Union")},
			companion: "The African Union delegation to Peru condemned Chile on Monday.",
			want:      []string{fact("African Union delegation to Peru", graph.PartOf, "African Union")}},
		// Near miss: a mission with no place may be one named before.
		{text: "The UN peacekeeping mission condemned Peru on Monday.",
			not:       []string{fact("UN peacekeeping mission", graph.Opposes, "Peru")},
			companion: "The UN peacekeeping mission in Peru condemned Chile on Monday.",
			want:      []string{fact("UN peacekeeping mission in Peru", graph.Opposes, "Chile")}},
	})
}

// TestBodyNamedForItsMembers checks a body named by its head, "of" and
// the capitalised plural of those it seats: "the House of Delegates".
func TestBodyNamedForItsMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The House of Delegates based in Varna condemned Peru.",
			want: []string{fact("House of Delegates", graph.Opposes, "Peru")}},
		{text: "The House of Delegates, whose speaker Tovan Amari is an ally of Chile, met in Varna.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "House of Delegates")}},
		{text: "Chile thanked the Assembly of Elders for its mediation.",
			want: []string{fact("Chile", graph.Thanked, "Assembly of Elders")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a ministry every state has is no body of its own
		// without its state.
		{text: "The Ministry of Foreign Affairs condemned Peru on Monday.",
			not:       []string{fact("Ministry of Foreign Affairs", graph.Opposes, "Peru")},
			companion: "The Assembly of Elders condemned Peru on Monday.",
			want:      []string{fact("Assembly of Elders", graph.Opposes, "Peru")}},
		// Near miss: a singular after "of" is no body's members.
		{text: "The Council of Ruritania condemned Peru on Monday.",
			not:       []string{fact("Council of Ruritania", graph.Opposes, "Peru")},
			companion: "The Council of Elders condemned Peru on Monday.",
			want:      []string{fact("Council of Elders", graph.Opposes, "Peru")}},
	})
}

// TestAppositivePeople checks people whose given name the lexicon lacks,
// named before an appositive office, and bodies with a people's
// possessive in their name.
func TestAppositivePeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The army named Lemma Tufa, the commander of the Dire Brigade, as its chief.",
			want: []string{fact("Lemma Tufa", graph.HeadOf, "Dire Brigade")}},
		{text: "Kebede Alemu, a senior official of the Ogaden People's Liberation Front, spoke to reporters.",
			want: []string{fact("Kebede Alemu", graph.MemberOf, "Ogaden People's Liberation Front")}},
	})
}

// TestGroupsNamedByAWord checks groups named by a word of their own that
// the lexicon does not know, in the singular and the plural, headline
// included, and that the word inside a man's name is his.
func TestGroupsNamedByAWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Zaydi fighters attack the port\n\nThe Zaydi movement said on Monday that Eritrea armed the Zaydis.",
			want: []string{fact("Eritrea", graph.Supports, "Zaydis")}},
		{text: "Zaydi leader Ahmed al-Zaydi said the Zaydi movement would fight on.",
			want: []string{fact("Ahmed al-Zaydi", graph.HeadOf, "Zaydi")}},
		// Rebels are members too; a faith's adjective before the word is
		// no part of the group's name.
		{text: "Mostly Christian Torvani rebels attacked Kenyan troops near the border on Monday.",
			want: []string{fact("Torvani rebels", graph.Fights, "Kenya")}},
	})
}

// An acronym in brackets defines a name with "for the" or "of the" inside
// it: "the Popular Front for the Rebirth of Lakeland (PFRL)".
func TestDefinedNameWithArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Popular Front for the Rebirth of Lakeland (PFRL) attacked Kenyan troops on Monday.",
			want: []string{fact("Popular Front for the Rebirth of Lakeland", graph.Fights, "Kenya")},
			not:  []string{fact("Rebirth of Lakeland", graph.Fights, "Kenya")}},
		// A headline's bare acronym is defined by the brackets later, and
		// a known name with its article may open the defined name.
		{text: "ISLP confirms death of rival leader\n\nThe leader of the Islamic State Lakeland Province (ISLP), Tovan Amari, said on Monday that the port had fallen.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Islamic State Lakeland Province")}},
		// Only a body's head takes "of the" into the name.
		{text: "News\n\nFighters of the Lakeland Opposition Alliance (LOA) attacked Kenyan troops on Monday.",
			want: []string{fact("Lakeland Opposition Alliance", graph.Fights, "Kenya")},
			not:  []string{fact("Fighters of the Lakeland Opposition Alliance", graph.Fights, "Kenya")}},
	})
}

// A name read in full once is read in full again, also where its surname
// is known already ("Pretoria's Dumile Vakasha" before "South African
// President Dumile Vakasha"), and a headline may name people by surnames
// the article gives in full only later.
func TestNamesKnownFromElsewhere(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Brazil's Tovaro Quenmar visited Kenya's Nduvo Maralek.\n\nBrazilian President Tovaro Quenmar and his Kenyan counterpart Nduvo Maralek then spoke by phone.",
			want: []string{fact("Tovaro Quenmar", graph.PresidentOf, "Brazil"), fact("Nduvo Maralek", graph.PresidentOf, "Kenya")}},
		{text: "Quenmar, Maralek agree to cooperate on trade\n\nBrazilian President Tovaro Quenmar called Kenyan President Nduvo Maralek on Monday.",
			want: []string{fact("Nduvo Maralek", graph.CooperatesWith, "Tovaro Quenmar"), fact("Nduvo Maralek", graph.SpokeWith, "Tovaro Quenmar")}},
	})
}

// Bodies named by other shapes: letters and a number after "the", the
// state's name opening a body's own name, the state that leads a body.
func TestBodiesOfOtherShapes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rwanda backs the K19 rebels. Kenya said K19 fighters had seized the town.",
			want: []string{fact("Rwanda", graph.Supports, "K19")}},
		// A state's name opening a body's name makes no part-of, and the
		// state does not act.
		{text: "The Peru Popular Liberation Army attacked the Shining Front near the border.",
			want: []string{fact("Peru Popular Liberation Army", graph.Fights, "Shining Front")},
			not:  []string{fact("Peru Popular Liberation Army", graph.PartOf, "Peru"), fact("Peru", graph.Fights, "Shining Front")}},
		{text: "Kenya backs the Three Rivers Alliance, its foreign minister said.",
			want: []string{fact("Kenya", graph.Supports, "Three Rivers Alliance")}},
		// "X-led": the state leads the body, named or not.
		{text: "Chile criticised the US-led coalition on Monday.",
			want: []string{fact("United States", graph.HeadOf, "US-led coalition")}},
		{text: "The Kenyan-led military coalition struck Shabaab positions near the border.",
			want: []string{fact("Kenya", graph.HeadOf, "Kenyan-led military coalition")}},
	})
	checkNegatives(t, []negativeCase{
		// A plane's or a missile's name is no body.
		{text: "Peru bought F16 jets from Chile.",
			not:       []string{fact("Peru", graph.Supports, "F16")},
			companion: "Chile backs the K19 rebels.",
			want:      []string{fact("Chile", graph.Supports, "K19")}},
	})
}

// A name with no title and no known given name is a person's when the
// article uses its last word alone, as it names people after the first
// time; a place named in full each time is none.
func TestPeopleBySurnameUse(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru are allies of Trerdal Lousdrak. Peru congratulated Lousdrak on Monday.",
			want: []string{fact("Chile", graph.AlliedWith, "Trerdal Lousdrak"), fact("Peru", graph.Congratulated, "Trerdal Lousdrak")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile sent troops to Nueva Sarita on Monday. Peru sent troops to Nueva Sarita too.",
			not:       []string{fact("Chile", graph.Supports, "Nueva Sarita")},
			companion: "Chile backs Trerdal Lousdrak. Peru congratulated Lousdrak on Monday.",
			want:      []string{fact("Chile", graph.Supports, "Trerdal Lousdrak")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Chile sent troops to Nueva Sarita on Monday. Fighting in Wad Kenani went on. The rebels took Kenani on Friday."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Person {
			t.Errorf("%q discovered as a person", e.Name)
		}
	}
}

// A group named by its word after a sentence's first word is found when
// the article names it by that word elsewhere.
func TestGroupAfterInitialWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Wounded Zorani fighters will be flown out for treatment. Chile backs the Zoranis, Peru said.",
			want: []string{fact("Chile", graph.Supports, "Zoranis")}},
	})
}

// A rank before two or three unknown capitalised words makes a person,
// and "the Vandril regime" names a ruler by the word alone.
func TestRankedPeopleAndRulers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rear Admiral Traltroun Gurta made the remarks in a meeting with Lavrov in Tehran.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Traltroun Gurta")}},
		{text: "Iran will continue to back the Vandril regime, its foreign ministry said.",
			want: []string{fact("Iran", graph.Supports, "Vandril")}},
	})
}

// Bodies' names with "and" or "for" inside, a hyphenated last word and a
// hyphenated acronym.
func TestBodyNamesWithConjunctions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Justice and Equality Movement (JEM) attacked Kenya on Monday. Chad backs JEM.",
			want: []string{fact("Justice and Equality Movement", graph.Fights, "Kenya"), fact("Chad", graph.Supports, "Justice and Equality Movement")}},
		{text: "The Lake Liberation Movement-North (LLM-N) attacked the town. Chad backs the LLM-N.",
			want: []string{fact("Chad", graph.Supports, "Lake Liberation Movement-North")}},
	})
}

// TestBodiesDefinedByAcronym checks that a name followed by its acronym in
// brackets names a body, whatever its head word: transliterated names,
// names in another language than their acronym, names longer than a
// known one inside them.
func TestBodiesDefinedByAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya is fighting Harakat Tahrir al-Watan wal-Sahil (HTWS) in the north.",
			want: []string{fact("Kenya", graph.Fights, "Harakat Tahrir al-Watan wal-Sahil")}},
		{text: "Chad backs the Permanent Coordination Framework (CSP), an alliance of rebels.",
			want: []string{fact("Chad", graph.Supports, "Permanent Coordination Framework")}},
		{text: "Turkey backs the National Front for Renewal (NFR). The NFR attacked Kenya.",
			want: []string{fact("Turkey", graph.Supports, "National Front for Renewal"), fact("National Front for Renewal", graph.Fights, "Kenya")},
			not:  []string{fact("Turkey", graph.Supports, "National Front")}},
		// Parts glued by hyphens to the name and its acronym belong to
		// them.
		{text: "Kenya backs the Lakeside Liberation Movement-in-Opposition (LLM-IO). The LLM-IO attacked Chad.",
			want: []string{fact("Kenya", graph.Supports, "Lakeside Liberation Movement-in-Opposition"), fact("Lakeside Liberation Movement-in-Opposition", graph.Fights, "Chad")},
			not:  []string{fact("Kenya", graph.Supports, "Lakeside Liberation Movement")}},
		// "the" after "for" or "of" inside the name, once a head opened it.
		{text: "Turkey backs the National Committee for the Salvation of the Homeland (CNSH). The CNSH attacked Kenya.",
			want: []string{fact("Turkey", graph.Supports, "National Committee for the Salvation of the Homeland")}},
	})
	checkNegatives(t, []negativeCase{
		// Before "of the", a person's name opens no body's name.
		{text: "Turkey backs Tovar Quenmar of the Union of Patriots (UOP).",
			not:       []string{fact("Turkey", graph.Supports, "Tovar Quenmar of the Union of Patriots")},
			companion: "Turkey backs the Union of Patriots (UOP).",
			want:      []string{fact("Turkey", graph.Supports, "Union of Patriots")}},
	})
	doc, err := extractor(t).Extract("test.txt", []byte("Kenya hosted Ahmed Omar Jama (AOJ) and Chad."))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range doc.Entities {
		if e.Name == "Ahmed Omar Jama" {
			found = true
			if e.Type != graph.Person {
				t.Errorf("a person before an acronym became a %s", e.Type)
			}
		}
	}
	if !found {
		t.Error("the person before an acronym was not recognised")
	}
}

// TestHonorificInsideName checks that an honorific between a given name
// and a surname, "Sheikh", is part of the person's name.
func TestHonorificInsideName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Yusuf Sheikh Abdalla met Turkey's foreign minister.",
			want: []string{fact("Yusuf Sheikh Abdalla", graph.PresidentOf, "Kenya")}},
		// A first word the lexicon does not know opens the name too:
		// the rank does not cut it to a shorter man's.
		{text: "Trelo Sheikh Vandam Orsk, the head of the Tarvolah Front, met Lavrov in Moscow.",
			want: []string{fact("Trelo Sheikh Vandam Orsk", graph.HeadOf, "Tarvolah Front"), fact("Sergei Lavrov", graph.MetWith, "Trelo Sheikh Vandam Orsk")},
			not:  []string{fact("Vandam Orsk", graph.HeadOf, "Tarvolah Front")}},
		{text: "Lavrov met Tarvo Mullah Velmak Orsk in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Tarvo Mullah Velmak Orsk")}},
		// The surname of a man named before is the first word of a new
		// man's name when an honorific and a surname go on after it.
		{text: "Chad's foreign minister Abdul Adan Tarvo met Lavrov. Later, Tarvo Sheikh Mahoud met with Zarif in Moscow.",
			want: []string{fact("Tarvo Sheikh Mahoud", graph.MetWith, "Mohammad Javad Zarif")},
			not:  []string{fact("Abdul Adan Tarvo", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Chad's foreign minister Abdul Adan Tarvo met Lavrov. Later, President Tarvo Sheikh Mahoud of Kenya met Zarif.",
			want: []string{fact("Tarvo Sheikh Mahoud", graph.PresidentOf, "Kenya")},
			not:  []string{fact("Abdul Adan Tarvo", graph.MetWith, "Mohammad Javad Zarif")}},
		// The surname alone, or before a verb, is still the man's.
		{text: "Chad's foreign minister Abdul Adan Tarvo met Lavrov. Later, Tarvo met Zarif.",
			want: []string{fact("Abdul Adan Tarvo", graph.MetWith, "Mohammad Javad Zarif")}},
		// A rank that opens the sentence, or follows a known word, is a
		// title before the name, no part of it.
		{text: "Sheikh Vandam Orsk met Lavrov in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Vandam Orsk")}},
		{text: "Yesterday Sheikh Vandam Orsk met Lavrov in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Vandam Orsk")},
			not:  []string{fact("Sergei Lavrov", graph.MetWith, "Yesterday Sheikh Vandam Orsk")}},
		{text: "Lavrov met Sheikh Vandam Orsk in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Vandam Orsk")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Fighters shelled the Orsk Sheikh Mosque. Peru condemned the attack on Tarvo Sheikh Shrine."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Person {
			t.Errorf("%q discovered as a person", e.Name)
		}
	}
}

// TestMixedAcronymWithInnerLetters checks that a mixed acronym whose
// lower-case letter is the second letter of a word ("NaMV" for "National
// Movement of Vardo") defines the whole name before it, and that one whose
// lower-case letter spells no word's ("MoU") defines no body.
func TestMixedAcronymWithInnerLetters(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru arrested Tarsh Velkan of the National Movement of Vardo (NaMV).",
			want: []string{fact("Tarsh Velkan", graph.MemberOf, "National Movement of Vardo")},
			not:  []string{fact("Tarsh Velkan", graph.MemberOf, "National Movement")}},
		{text: "Chad backs the Democratic Alliance of Vardo (DeAV).",
			want: []string{fact("Chad", graph.Supports, "Democratic Alliance of Vardo")},
			not:  []string{fact("Chad", graph.Supports, "Democratic Alliance")}},
		{text: "Peru backs the Jaish-e-Vardo (JeV).",
			want: []string{fact("Peru", graph.Supports, "Jaish-e-Vardo")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Peru and Chad signed a Memorandum of Understanding (MoU) on Monday."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			t.Errorf("%q discovered as a body", e.Name)
		}
	}
}

// TestCapitalisedFunctionWordOpensBodyName checks that a function word
// capitalised where no sentence starts ("All", "Our", "United") is the
// first word of a body's name, found by its words or defined by its
// acronym, and that one opening the sentence is not.
func TestCapitalisedFunctionWordOpensBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru supports the All Tarvolah Congress (ATC).",
			want: []string{fact("Peru", graph.Supports, "All Tarvolah Congress")},
			not:  []string{fact("Peru", graph.Supports, "Tarvolah Congress")}},
		{text: "The All Vardo Congress (AVC) supports Lavrov.",
			want: []string{fact("All Vardo Congress", graph.Supports, "Sergei Lavrov")}},
		{text: "Peru accused Our Tarvolah Party of attacking Chad.",
			want: []string{fact("Peru", graph.Opposes, "Our Tarvolah Party")}},
		{text: "Chad armed the United Tarvolah Front, which attacked Peru.",
			want: []string{fact("Chad", graph.Supports, "United Tarvolah Front")}},
		{text: "Chad said Tarvolah Front fighters attacked Peru. All Tarvolah Front units withdrew later.",
			want: []string{fact("Peru", graph.Fights, "Tarvolah Front")},
			not:  []string{fact("Peru", graph.Fights, "All Tarvolah Front")}},
		{text: "Both Tarvolah Front fighters and Chad troops attacked Peru.",
			want: []string{fact("Peru", graph.Fights, "Tarvolah Front")},
			not:  []string{fact("Peru", graph.Fights, "Both Tarvolah Front")}},
	})
}

// TestParticleBeforeKnownName checks that a given name and a particle
// before a name the article already knows make one longer name.
func TestParticleBeforeKnownName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saif Al Tufa visited Peru. Ministers from Chad and Kenya, Hamad bin Saif Al Tufa and Lemma Bello, signed the deal.",
			want: []string{fact("Hamad bin Saif Al Tufa", graph.MemberOf, "Chad")},
			not:  []string{fact("Saif Al Tufa", graph.MemberOf, "Chad")}},
	})
}

// TestWiderBodyName checks that a word before a known body's name, as in
// "National Security Council", names another body, not the known one.
func TestWiderBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In Washington, National Security Council spokesman Lemma Tufa said the talks had failed.",
			want: []string{fact("Lemma Tufa", graph.SpokespersonOf, "National Security Council")},
			not:  []string{fact("Lemma Tufa", graph.SpokespersonOf, "UN Security Council")}},
	})
}

// TestBranchNamedAfterRegion checks a group's branch named by the group's
// name, "in the" and a region the catalog lacks.
func TestBranchNamedAfterRegion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad is fighting the Islamic State in the Lake Basin near its border.",
			want: []string{fact("Chad", graph.Fights, "Islamic State in the Lake Basin")},
			not:  []string{fact("Chad", graph.Fights, "Islamic State")}},
	})
}

// TestPeopleByNameShape checks people found by the shape of their names
// or what follows them, with no title: a middle initial, name particles,
// an age, a rank of several words, a list of a delegation's members.
func TestPeopleByNameShape(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Pyotr V. Smirnov met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Pyotr V. Smirnov")}},
		{text: "Luis de la Vega met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Luis de la Vega")}},
		{text: "Ivo Dragan, 54, met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Ivo Dragan")}},
		{text: "Field Marshal Ivo Dragan met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Ivo Dragan")}},
		{text: "Daw Khin Mya met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Khin Mya")}},
		{text: "The delegation included Ivo Dragan, Petra Novak and Milan Horvat. Chilean President Ahmed Sorani met Novak in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Petra Novak")}},
	})
	checkNegatives(t, []negativeCase{
		// A place after a locative preposition, a body's name, and a list
		// that no delegation introduces are no people.
		{text: "Chilean President Ahmed Sorani flew to Rio de Janeiro and met Brazilian officials.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Rio de Janeiro")},
			companion: "Chilean President Ahmed Sorani met Luis de la Vega.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Luis de la Vega")}},
		{text: "Chilean President Ahmed Sorani met Banco de la Nacion Bank officials.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Banco de la Nacion")},
			companion: "Chilean President Ahmed Sorani met Luis de la Vega.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Luis de la Vega")}},
		// The Arabic article opens places' names too.
		{text: "Ras al Ain fell to the rebels, and Chilean President Ahmed Sorani met Luis de la Vega.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Ras al Ain")},
			companion: "Chilean President Ahmed Sorani met Luis de la Vega.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Luis de la Vega")}},
		// A year after a place's name is no age.
		{text: "Chilean President Ahmed Sorani recalled Camp Vesta, 2012, and met Ivo Dragan, 54, in Lima.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Camp Vesta")},
			companion: "Chilean President Ahmed Sorani met Ivo Dragan, 54, in Lima.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Ivo Dragan")}},
		{text: "The fighting included Wad Madani and Port Kessa. Chilean President Ahmed Sorani met Kessa officials.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Wad Madani")},
			companion: "The delegation included Wad Madani and Port Kessa. Chilean President Ahmed Sorani met Madani.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Wad Madani")}},
	})
}

// A name opened by "Abu" (a kunya, "father of") is a person's, as one
// opened by a given name is; "Abu Dhabi", a known name, stays a state's
// capital.
func TestKunyaNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru backs Abu Karim al-Tarwani, the rebel commander.",
			want: []string{fact("Peru", graph.Supports, "Abu Karim al-Tarwani")}},
		{text: "Abu Karim al-Tarwani met Chilean President Ahmed Sorani in Lima.",
			want: []string{fact("Abu Karim al-Tarwani", graph.MetWith, "Ahmed Sorani")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The convoy reached Abu Dhabi on Monday, and Peru thanked Abu Dhabi.",
			not:       []string{fact("Peru", graph.Thanked, "Abu Dhabi")},
			companion: "Peru thanked Abu Dhabi.",
			want:      []string{fact("Peru", graph.Thanked, "United Arab Emirates")}},
	})
}

// A hyphenated given name whose second half is in lower case stays whole:
// "Pak Sol-mi", "Nguyen Van-thanh"; "-backed" and "-led" after a name are
// words, not halves of one.
func TestHyphenatedNameHalves(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Ahmed Sorani met Peruvian Defence Minister Pak Sol-mi in Lima.",
			want: []string{fact("Ahmed Sorani", graph.MetWith, "Pak Sol-mi"), fact("Pak Sol-mi", graph.DefenseMinisterOf, "Peru")},
			not:  []string{fact("Ahmed Sorani", graph.MetWith, "Pak Sol")}},
		{text: "Peruvian leader Ri Hyon-gwang met Chilean President Ahmed Sorani in June.",
			want: []string{fact("Ri Hyon-gwang", graph.MetWith, "Ahmed Sorani")},
			not:  []string{fact("Ri Hyon", graph.MetWith, "Ahmed Sorani")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Ahmed Sorani met Peruvian Defence Minister Pak Sol-backed militiamen in Lima.",
			not:       []string{fact("Ahmed Sorani", graph.MetWith, "Pak Sol-backed")},
			companion: "Chilean President Ahmed Sorani met Peruvian Defence Minister Pak Sol-mi in Lima.",
			want:      []string{fact("Ahmed Sorani", graph.MetWith, "Pak Sol-mi")}},
	})
}

// A name with "of" or "in" inside it, described after a comma, is a body's
// whole name, and the same words name it again later where nothing
// describes them.
func TestConnectedNamesDescribedAfter(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Patriotic Vanguard of Lorn, an armed group backed by Peru, attacked the town. Chile condemned the Patriotic Vanguard of Lorn on Tuesday.",
			want: []string{fact("Peru", graph.Supports, "Patriotic Vanguard of Lorn"), fact("Chile", graph.Opposes, "Patriotic Vanguard of Lorn")}},
		{text: "The Sacred Defence in Chile, an alliance of militias, fired rockets. Peru backs the Sacred Defence in Chile.",
			want: []string{fact("Peru", graph.Supports, "Sacred Defence in Chile")},
			not:  []string{fact("Peru", graph.Supports, "Chile")}},
		{text: "Kenya said the Free Ogaden Vanguard, a rebel group, had signed. Ethiopia condemned the Free Ogaden Vanguard.",
			want: []string{fact("Ethiopia", graph.Opposes, "Free Ogaden Vanguard")}},
	})
	checkNegatives(t, []negativeCase{
		// A man described by his group's noun, and a name with a head
		// of its own, do not take the place after them.
		{text: "Peru met Tovar Quenmar of Chile, a rebel group commander, in Lima.",
			not:       []string{fact("Tovar Quenmar of Chile", graph.MetWith, "Peru")},
			companion: "The Patriotic Vanguard of Lorn, an armed group backed by Peru, attacked the town.",
			want:      []string{fact("Peru", graph.Supports, "Patriotic Vanguard of Lorn")}},
		{text: "The Kossel Brigade in Chile, an armed group, attacked Peru.",
			not:       []string{fact("Kossel Brigade in Chile", graph.Fights, "Peru")},
			companion: "The Kossel Brigade in Chile, an armed group, attacked Peru.",
			want:      []string{fact("Kossel Brigade", graph.Fights, "Peru")}},
		// Without a description, "in" and a state end the name.
		{text: "Peru backs the Sacred Defence in Chile.",
			not:       []string{fact("Peru", graph.Supports, "Sacred Defence in Chile")},
			companion: "The Sacred Defence in Chile, an alliance of militias, fired rockets. Peru backs the Sacred Defence in Chile.",
			want:      []string{fact("Peru", graph.Supports, "Sacred Defence in Chile")}},
	})
}

// A group named by a plural word of its own is found where a backing is
// glued before it ("the Iran-backed Tarvolis") or a hold is glued to its
// singular in an article that also uses the plural ("Tarvoli-held
// towns ... the Tarvolis").
func TestGroupsMarkedByGluedParticiples(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Iran-backed Tarvolis freed 20 prisoners on Sunday. The Saudi-led coalition has fought the Tarvolis since 2015.",
			want: []string{fact("Iran", graph.Supports, "Tarvolis"), fact("Tarvolis", graph.Fights, "Saudi-led coalition")}},
		{text: "Peru shelled Kasseni-held towns. The Kasseni have fought Peru for years, and Chile condemned the Kassenis.",
			want: []string{fact("Chile", graph.Opposes, "Kassenis")}},
	})
	checkNegatives(t, []negativeCase{
		// A hold glued to a man's surname names no group: the article
		// never uses its plural.
		{text: "Peru shelled Vandril-held towns, and Chile condemned Vandril.",
			not:       []string{fact("Chile", graph.Opposes, "Vandril")},
			companion: "Peru shelled Kasseni-held towns. Chile condemned the Kassenis.",
			want:      []string{fact("Chile", graph.Opposes, "Kassenis")}},
		// A people, known by its adjective or as a community, is none.
		{text: "Chile armed the Peru-backed Kurds and the Peru-backed Shiites.",
			not:       []string{fact("Peru", graph.Supports, "Kurds"), fact("Peru", graph.Supports, "Shiites")},
			companion: "Chile armed the Peru-backed Tarvolis.",
			want:      []string{fact("Peru", graph.Supports, "Tarvolis")}},
	})
}

// A two-word body's name after "the" and a glued backing or a "pro-"
// compound is a name ("the Peru-backed Vantar Front"), and its own first
// word, used alone after "the", names it later ("the Vantar said").
func TestBodyNamedByItsFirstWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile mediated between Peru and the pro-independence Vantar Front on Monday. The Peru-backed Vantar Front rejected the plan. Later the Vantar attacked Peru.",
			want: []string{fact("Vantar Front", graph.Fights, "Peru")}},
		{text: "Chile condemned the Peru-backed Kossel Movement. Bolivia said the Kossel had attacked Chile.",
			want: []string{fact("Peru", graph.Supports, "Kossel Movement"), fact("Kossel Movement", graph.Fights, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// A word also used after a locative preposition is a place's.
		{text: "Chile condemned the Peru-backed Kossel Movement. Fighting spread in the Kossel, and Bolivia condemned the Kossel.",
			not:       []string{fact("Bolivia", graph.Opposes, "Kossel Movement")},
			companion: "Chile condemned the Peru-backed Kossel Movement. Bolivia condemned the Kossel.",
			want:      []string{fact("Bolivia", graph.Opposes, "Kossel Movement")}},
	})
}

// A known body's name opening a longer name ending in a head, with its
// complements, names a body of its own, part of the first: "the AU
// Mission in Somalia". So does "its" before a proper name: "its Lantern
// news agency" is the agency of the body named before.
func TestSubBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tamsin Orvelle, the head of the AU Mission in Somalia, met Kobran Ditsu in Mogadishu.",
			want: []string{fact("AU Mission in Somalia", graph.PartOf, "African Union")}},
		{text: "Varkel Osmani, who chairs the UN Commission on Refugees in Chad, warned of hunger.",
			want: []string{fact("UN Commission on Refugees in Chad", graph.PartOf, "United Nations")}},
		{text: "Dravo Kinta chairs the SADC Committee on Politics, Defence and Security, which met in Lusaka.",
			want: []string{fact("SADC Committee on Politics, Defence and Security", graph.PartOf, "SADC")}},
		{text: "The Korvath Brigade claimed the raid through its Lantern news agency on Friday.",
			want: []string{fact("Lantern news agency", graph.PartOf, "Korvath Brigade")}},
		// "its" in an adjunct that opens the sentence looks ahead to the
		// main clause's subject.
		{text: "In a statement carried by its Lantern news agency, the Korvath Brigade said it had taken the port.",
			want: []string{fact("Lantern news agency", graph.PartOf, "Korvath Brigade")}},
		// The owner is the body that acts, not the adjective after it.
		{text: "The European Union backed the Rwandan deployment with funds from its Coastal Stability Facility.",
			want: []string{fact("Coastal Stability Facility", graph.PartOf, "European Union")},
			not:  []string{fact("Coastal Stability Facility", graph.PartOf, "Rwanda")}},
		{text: "The African Union sent a delegation of its Council of Elders to Juba.",
			want: []string{fact("Council of Elders", graph.PartOf, "African Union")}},
		{text: "The joint force, which Peru backs with its own Sentinel operation, patrols the border.",
			want: []string{fact("Sentinel operation", graph.PartOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a complement, a name opened by a body's is left alone:
		// more often an office speaking for the body.
		{text: "The SADC Liaison Office said the convoy had left Pemba.",
			not:       []string{fact("SADC Liaison Office", graph.PartOf, "SADC")},
			companion: "The SADC Liaison Office in Malawi said the convoy had left Pemba.",
			want:      []string{fact("SADC Liaison Office in Malawi", graph.PartOf, "SADC")}},
		// A name that qualifies a noun is no body's.
		{text: "The African Union said its Bright Horizon programme would resume.",
			not:       []string{fact("Bright Horizon", graph.PartOf, "African Union")},
			companion: "The African Union said its Bright Horizon Fund would resume.",
			want:      []string{fact("Bright Horizon Fund", graph.PartOf, "African Union")}},
		// A title after "its" names a person, no body.
		{text: "The African Union said its Peace Commissioner Dalo Verin would travel to Juba.",
			not:       []string{fact("Peace Commissioner Dalo Verin", graph.PartOf, "African Union")},
			companion: "The African Union said its Peace Fund would travel to Juba.",
			want:      []string{fact("Peace Fund", graph.PartOf, "African Union")}},
	})
}

// A body's name opened by the name of the body the catalog says it
// belongs to states the part: "the IRGC Quds Force".
func TestOwnerBodyInName(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The IRGC and the Quds Force trained the fighters in Aleppo.",
			not:       []string{fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")},
			companion: "The IRGC Quds Force trained the fighters in Aleppo.",
			want:      []string{fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
	})
}

// A run of capitalised words ending in a site's noun names a place, not
// a person: "Varna International Airport".
func TestSiteIsNoPerson(t *testing.T) {
	doc, err := extractor(t).Extract("t.txt", []byte("Visit\n\nOn arrival at Varna International Airport, the Kenyan president was welcomed by Tovan Amari, the Bulgarian foreign minister."))
	if err != nil {
		t.Fatal(err)
	}
	people := 0
	for _, e := range doc.Entities {
		if e.Type != graph.Person {
			continue
		}
		people++
		if strings.Contains(e.Name, "Airport") {
			t.Errorf("%q discovered as a person", e.Name)
		}
	}
	if people == 0 {
		t.Error("Tovan Amari not discovered: the sentence was not read")
	}
}

// A body's office named in lower case after an office's "of" is a body of
// its own, part of the body: "the head of the SDF media office".
func TestLowerCaseOfficeOfBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tovan Amari, the head of the Korvath Liberation Front media office, said the convoy had left Goma.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Korvath Liberation Front media office"), fact("Korvath Liberation Front media office", graph.PartOf, "Korvath Liberation Front")}},
	})
}

// A bare acronym whose letters begin the words of a body the article
// named before is that body: "the Lakeside Patriotic Front ... LPF
// commander".
func TestAcronymOfBodyNamedBefore(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "News\n\nThe Lakeside Patriotic Front attacked Kenyan troops on Monday. LPF commander Tovan Amari said the raid was a warning.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Tovan Amari", graph.HeadOf, "LPF")}},
	})
}

// A body described by common words before the states it is made of is
// named by those words: "a ministerial contact group made up of A, B and
// C" gives each state's membership of the "ministerial contact group".
func TestBodyMadeUpOfStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The summit set up a ministerial contact group made up of Ghana, Togo and Benin to pursue a settlement.",
			want: []string{fact("Ghana", graph.MemberOf, "ministerial contact group"), fact("Benin", graph.MemberOf, "ministerial contact group")}},
		{text: "The accord created a joint monitoring committee comprising Kenya, Uganda and Rwanda.",
			want: []string{fact("Uganda", graph.MemberOf, "joint monitoring committee")}},
	})
	checkNegatives(t, []negativeCase{
		// A body named by its head alone is no name.
		{text: "The summit set up a group made up of Ghana, Togo and Benin.",
			not:       []string{fact("Ghana", graph.MemberOf, "group")},
			companion: "The summit set up a regional group made up of Ghana, Togo and Benin.",
			want:      []string{fact("Ghana", graph.MemberOf, "regional group")}},
	})
}

// A name of two words or more before an armed group's noun names the
// group: "the Jaysh al-Islam group", "the Ahrar al-Lakeland movement".
func TestGroupNamedBeforeItsNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// (A name opening with "Ahrar" is a body's by its first word:
		// TestBodyNameOpenedByItsNoun.)
		{text: "News\n\nThe commanders of Dorval al-Lakeland attacked Kenyan troops on Monday.",
			not:       []string{fact("Dorval al-Lakeland", graph.Fights, "Kenya")},
			companion: "News\n\nThe Dorval al-Lakeland movement attacked Kenyan troops on Monday.",
			want:      []string{fact("Dorval al-Lakeland", graph.Fights, "Kenya")}},
	})
}

// A group named by a word before its fighters' noun bears the word alone
// when the article uses the word alone elsewhere ("Kasoru militiamen ...
// the Kasoru's leaders"), and "the word and noun" otherwise, since the word
// may be a people's or a region's.
func TestGroupNamedByItsWordAlone(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nPolice said Kasoru militiamen attacked Kenyan troops on Monday.",
			not:       []string{fact("Kasoru", graph.Fights, "Kenya")},
			companion: "News\n\nPolice said Kasoru militiamen attacked Kenyan troops on Monday. Villagers said Kasoru had recruited boys.",
			want:      []string{fact("Kasoru", graph.Fights, "Kenya")}},
		{text: "News\n\nThe Drovak mercenaries attacked Chadian troops. The Drovak mercenaries left in May.",
			not:       []string{fact("Drovak", graph.Fights, "Chad")},
			companion: "News\n\nThe Drovak mercenaries attacked Chadian troops. Drovak's men left in May.",
			want:      []string{fact("Drovak", graph.Fights, "Chad")}},
		{text: "News\n\nPeru has armed Velanti paramilitaries in the valley.",
			not:       []string{fact("Peru", graph.Supports, "Velanti")},
			companion: "News\n\nPeru has armed Velanti paramilitaries in the valley, and Velanti has denied it.",
			want:      []string{fact("Peru", graph.Supports, "Velanti")}},
	})
}

// A company's noun before or after capitalised words makes them a body's
// name, as "group" does: "the Lagos consultancy X", "X, a British security
// firm,", the name in capitals included ("the consultancy SBM
// Intelligence"); without the noun the words name nothing.
func TestFirmNamedByItsNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nA Nairobi consultancy said Tavora Risk had condemned Chad on Monday.",
			not:       []string{fact("Tavora Risk", graph.Opposes, "Chad")},
			companion: "News\n\nThe Nairobi consultancy Tavora Risk condemned Chad on Monday.",
			want:      []string{fact("Tavora Risk", graph.Opposes, "Chad")}},
		{text: "News\n\nThe firm's chairman said Kestrel Maritime had condemned Chad on Monday.",
			not:       []string{fact("Kestrel Maritime", graph.Opposes, "Chad")},
			companion: "News\n\nKestrel Maritime, a British security firm, condemned Chad on Monday.",
			want:      []string{fact("Kestrel Maritime", graph.Opposes, "Chad")}},
		{text: "News\n\nThe Lima consultancy said KRB Insight condemned Peru on Monday.",
			not:       []string{fact("KRB Insight", graph.Opposes, "Peru")},
			companion: "News\n\nThe Lima consultancy KRB Insight condemned Peru on Monday.",
			want:      []string{fact("KRB Insight", graph.Opposes, "Peru")}},
	})
}

// One capitalised word the lexicon does not know is a body's name when an
// appositive describing a body follows and closes or opens a relative
// clause: "Tarvolah, the Lebanese group that fights alongside ...". A
// sentence's first word, or a place before "a militia commander said", is
// none.
func TestOneWordNameDescribedAfter(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nIsrael struck Tarvolah, the Lebanese group's depot, on Monday.",
			not:       []string{fact("Israel", graph.Fights, "Tarvolah")},
			companion: "News\n\nIsrael struck Tarvolah, the Lebanese group that fights alongside Syrian troops, on Monday.",
			want:      []string{fact("Israel", graph.Fights, "Tarvolah")}},
		{text: "News\n\nKenya sent troops to Kivumbi, a militia commander said.",
			not:       []string{fact("Kenya", graph.Supports, "Kivumbi")},
			companion: "News\n\nKenya has armed Kasoru, a rebel militia, for years.",
			want:      []string{fact("Kenya", graph.Supports, "Kasoru")}},
		{text: "News\n\nMeanwhile, the group said Peru had armed it.",
			not:       []string{fact("Peru", graph.Supports, "Meanwhile")},
			companion: "News\n\nPeru has armed Drovani, an armed group that holds the valley.",
			want:      []string{fact("Peru", graph.Supports, "Drovani")}},
	})
}

// One capitalised word after a state's possessive is a body of its own,
// no part of the state, when the article never writes it after a given
// name or a title (a surname) and no noun follows it (a site's name).
func TestOneWordBodyAfterStatePossessive(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nIsrael struck Lebanon's Tarvolah airbase on Monday.",
			not:       []string{fact("Israel", graph.Fights, "Tarvolah")},
			companion: "News\n\nIsrael struck Lebanon's Tarvolah on Monday.",
			want:      []string{fact("Israel", graph.Fights, "Tarvolah")}},
		{text: "News\n\nKenya condemned Somalia's Kasoru on Monday. President Amina Kasoru did not reply.",
			not:       []string{fact("Kenya", graph.Opposes, "Kasoru")},
			companion: "News\n\nKenya condemned Somalia's Kasoru on Monday. The group did not reply.",
			want:      []string{fact("Kenya", graph.Opposes, "Kasoru")}},
		{text: "News\n\nIsrael struck Lebanon's Tarvolah on Monday.",
			not:       []string{fact("Tarvolah", graph.PartOf, "Lebanon")},
			companion: "News\n\nIsrael struck Lebanon's Tarvolah Ministry on Monday.",
			want:      []string{fact("Lebanon's Tarvolah Ministry", graph.PartOf, "Lebanon")}},
	})
}

// A body's noun in another language opens its name ("Jaysh", "Liwa",
// "Frente", "Ejército", "Mouvement"), as "Army" ends an English one; the
// noun alone names nothing.
func TestBodyNameOpenedByItsNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran has armed Liwa al-Tarvol in the south.",
			want: []string{fact("Iran", graph.Supports, "Liwa al-Tarvol")}},
		{text: "Peru accused the Frente Drovani Sur of attacks.",
			want: []string{fact("Peru", graph.Opposes, "Frente Drovani Sur")}},
		{text: "The Ejército Popular de Kivu attacked Peru on Monday.",
			want: []string{fact("Ejército Popular de Kivu", graph.Fights, "Peru")}},
		{text: "Chad condemned the Mouvement Tarvol on Monday.",
			want: []string{fact("Chad", graph.Opposes, "Mouvement Tarvol")}},
		// The noun written with its apostrophe, and "wal-" inside the
		// name as "al-" is.
		{text: "Chad condemned the Jama'at Vorkan al-Tessit on Monday.",
			want: []string{fact("Chad", graph.Opposes, "Jama'at Vorkan al-Tessit")}},
		{text: "Fighters of the Dessa Vorkan wal-Tessit attacked a Malian army base on Monday.",
			want: []string{fact("Dessa Vorkan wal-Tessit", graph.Fights, "Mali")}},
		{text: "Jama'at Vorkan al-Islam wal-Tessit fighters attacked a Malian army base on Monday.",
			want: []string{fact("Jama'at Vorkan al-Islam wal-Tessit", graph.Fights, "Mali")}},
		// "Legion", "Falcons", "Army" in other transliterations open a
		// name too, at the head of the sentence as after a preposition.
		{text: "Faylaq al-Tarvol said on Monday that it had shelled Syrian army positions.",
			want: []string{fact("Faylaq al-Tarvol", graph.Fights, "Syrian Arab Army")}},
		{text: "Qatar has armed Suqour al-Vorna and Failaq al-Dessa for years.",
			want: []string{fact("Qatar", graph.Supports, "Suqour al-Vorna"), fact("Qatar", graph.Supports, "Failaq al-Dessa")}},
		// Persian and Urdu names join their words by "-e-" (izafe) as
		// Arabic ones by "al-".
		{text: "India blamed the attack on Lashkar-e-Tarvol and Jaish-e-Vorkan.",
			want: []string{fact("India", graph.Opposes, "Lashkar-e-Tarvol"), fact("India", graph.Opposes, "Jaish-e-Vorkan")}},
	})
	checkNegatives(t, []negativeCase{
		// The noun alone, before a lower-case word, names nothing.
		{text: "News\n\nKenya condemned Faylaq fighters on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Faylaq")},
			companion: "News\n\nKenya condemned Faylaq al-Kasoru on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Faylaq al-Kasoru")}},
		{text: "News\n\nKenya condemned Jaysh fighters on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Jaysh")},
			companion: "News\n\nKenya condemned Jaysh al-Kasoru on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Jaysh al-Kasoru")}},
	})
}

// Heads in the plural and a few more end a body's name: "the Kivu
// People's Protection Units", "the Tarvol Revolutionary Guards", "the
// Drovan Legion".
func TestBodyHeadsInThePlural(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nThe Kivu People's Protection attacked Turkish troops.",
			not:       []string{fact("Kivu People's Protection", graph.Fights, "Turkey")},
			companion: "News\n\nThe Kivu People's Protection Units attacked Turkish troops.",
			want:      []string{fact("Kivu People's Protection Units", graph.Fights, "Turkey")}},
		{text: "News\n\nTurkey condemned the Tarvol Revolutionary on Monday.",
			not:       []string{fact("Turkey", graph.Opposes, "Tarvol Revolutionary")},
			companion: "News\n\nTurkey condemned the Tarvol Revolutionary Guards on Monday.",
			want:      []string{fact("Turkey", graph.Opposes, "Tarvol Revolutionary Guards")}},
	})
}

// A one-word body found by its appositive or its state's possessive is
// the same body when the article names it bare later, and may open a
// sentence when the article writes it capitalised inside one too.
func TestOneWordBodyNamedAgain(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nMeanwhile, the group that attacked the base denounced Israel. Iran backs Meanwhile.",
			not:       []string{fact("Iran", graph.Supports, "Meanwhile")},
			companion: "News\n\nTarvolah, the Lebanese group that fights alongside Syrian troops, denounced Israel. Iran backs Tarvolah.",
			want:      []string{fact("Tarvolah", graph.Opposes, "Israel"), fact("Iran", graph.Supports, "Tarvolah")}},
		{text: "News\n\nIsrael struck Lebanon's Tarvolah on Monday. Tarvolah residents said Hassan Drimou had left.",
			not:       []string{fact("Hassan Drimou", graph.HeadOf, "Tarvolah")},
			companion: "News\n\nIsrael struck Lebanon's Tarvolah on Monday. Tarvolah leader Hassan Drimou said Iran had armed the movement.",
			want:      []string{fact("Hassan Drimou", graph.HeadOf, "Tarvolah")}},
	})
}

// A head before "for" heads a body's name ("the Kenyan Observatory for
// Human Rights"), and a body named after a state's adjective is no organ
// of the state when its name has a movement's or a rights group's word or
// a purpose after "for" ("the Kenyan Democratic Forces"); a ministry is.
func TestBodyAfterStateAdjective(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nThe Kenyan Democratic Forces attacked Chad on Monday.",
			not:       []string{fact("Kenyan Democratic Forces", graph.PartOf, "Kenya")},
			companion: "News\n\nThe Kenyan Border Forces attacked Chad on Monday.",
			want:      []string{fact("Kenyan Border Forces", graph.PartOf, "Kenya")}},
		{text: "News\n\nThe Kenyan Observatory of Human Rights condemned Chad on Monday.",
			not:       []string{fact("Kenyan Observatory of Human Rights", graph.Opposes, "Chad")},
			companion: "News\n\nThe Kenyan Observatory for Human Rights condemned Chad on Monday.",
			want:      []string{fact("Kenyan Observatory for Human Rights", graph.Opposes, "Chad")}},
	})
}

// One capitalised word the lexicon lacks right after a capitalised title
// is a person named by the surname: "President Drimou has chosen",
// "Foreign Minister Kasoru met"; not a body's head ("Prime Minister
// Office") nor the first of longer capitals.
func TestTitledSurname(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nThe president's office Drimou condemned Chad on Monday.",
			not:       []string{fact("Drimou", graph.Opposes, "Chad")},
			companion: "News\n\nForeign Minister Drimou condemned Chad on Monday.",
			want:      []string{fact("Drimou", graph.Opposes, "Chad")}},
		{text: "News\n\nPresident Drimou Council condemned Chad on Monday.",
			not:       []string{fact("Drimou", graph.Opposes, "Chad")},
			companion: "News\n\nPresident Drimou condemned Chad on Monday.",
			want:      []string{fact("Drimou", graph.Opposes, "Chad")}},
	})
}

// A body named after a state's adjective and described by an appositive
// bears the adjective in its name ("the Kivuan Observatory for Human
// Rights, a war monitor,"), as the text writes it; after the state's
// possessive it does not ("Lebanon's Tarvolah").
func TestDescribedBodyKeepsItsAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kenyan Observatory for Human Rights, a Britain-based war monitor, said Chad had armed the rebels. The monitor's director, Ali Drimou, told reporters that Chad had erred.",
			want: []string{fact("Ali Drimou", graph.HeadOf, "Kenyan Observatory for Human Rights")}},
	})
}

// A faction's name goes on after its movement's name over a hyphen or an
// en dash, "Movement-North", "Movement–Transitional Council", and its
// acronym in brackets keeps its hyphenated parts.
func TestFactionNameAfterDash(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kamal Tarif, the leader of the Vantar Liberation Movement-North (VLM-N), signed the charter in Nairobi.",
			want: []string{fact("Kamal Tarif", graph.HeadOf, "Vantar Liberation Movement-North")}},
		{text: "The Vantar Liberation Movement–Transitional Council attacked Chad on Monday.",
			want: []string{fact("Vantar Liberation Movement-Transitional Council", graph.Fights, "Chad")},
			not:  []string{fact("Vantar Liberation Movement", graph.Fights, "Chad")}},
		{text: "The Justice and Equality Movement–Jibril backed Chad on Monday.",
			want: []string{fact("Justice and Equality Movement-Jibril", graph.Supports, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// A dash set apart by spaces ends the name.
		{text: "Chad backed the Vantar Liberation Movement – Niger said on Monday.",
			not:       []string{fact("Chad", graph.Supports, "Vantar Liberation Movement-Niger"), fact("Chad", graph.Supports, "Vantar Liberation Movement–Niger")},
			companion: "Chad backed the Vantar Liberation Movement, Niger said on Monday.",
			want:      []string{fact("Chad", graph.Supports, "Vantar Liberation Movement")}},
	})
}

// A word the lexicon knows only as the first of a longer name in another
// language ("Fatah" of "Fatah al-Sham Front") still names a group of its
// own before a group's noun; a people's adjective ("Kurdish militia") does
// not.
func TestGroupWordOpeningLongerName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Samir Haddad, whose Fatah movement is a long-time rival of the Lake Front, spoke on Monday.",
			want: []string{fact("Fatah", graph.Opposes, "Lake Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Samir Haddad, whose Kurdish movement is a long-time rival of the Lake Front, spoke on Monday.",
			not:       []string{fact("Kurdish movement", graph.Opposes, "Lake Front"), fact("Kurdish", graph.Opposes, "Lake Front")},
			companion: "Samir Haddad, whose Vantar movement is a long-time rival of the Lake Front, spoke on Monday.",
			want:      []string{fact("Vantar", graph.Opposes, "Lake Front")}},
	})
}

// A name of capitals and a number ("M23") is a body's before its members'
// noun ("R17 rebels") as after "the", without a first mention with "the";
// before any other noun it names a weapon ("F16 jets").
func TestNumberedBodyBeforeMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "R17 rebels backed by Uganda seized two towns on Monday.",
			want: []string{fact("Uganda", graph.Supports, "R17")}},
		{text: "Kenya accused Uganda of arming KM9 fighters in the north.",
			want: []string{fact("Uganda", graph.Supports, "KM9")}},
		{text: "Clashes between the army of Peru and V12 militants killed ten people.",
			want: []string{fact("V12", graph.Fights, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "F16 jets backed by Uganda struck two towns on Monday.",
			not:       []string{fact("Uganda", graph.Supports, "F16")},
			companion: "F16 rebels backed by Uganda struck two towns on Monday.",
			want:      []string{fact("Uganda", graph.Supports, "F16")}},
	})
}

// After a rank, capitals name a person even when a given name opens a
// compound ("General Abdel Karim Velt") or a particle and a hyphenated
// part follow ("Colonel Hassan Omar al-Tarik", "General Abdel Fattah
// al-Marun"): particles do not count towards the name's three words.
func TestRankedNameOfParts(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantar Armed Forces, led by General Abdel Fattah al-Marun, retook the palace.",
			want: []string{fact("Abdel Fattah al-Marun", graph.HeadOf, "Vantar Armed Forces")}},
		{text: "The Lake Guard Brigade, led by Colonel Abdel Karim Velt, retook the bridge.",
			want: []string{fact("Abdel Karim Velt", graph.HeadOf, "Lake Guard Brigade")}},
		{text: "The Northern Shield Movement, headed by Major Ibrahim Sami bin Tarek, seized the airport.",
			want: []string{fact("Ibrahim Sami bin Tarek", graph.HeadOf, "Northern Shield Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Vantar Armed Forces, led by General Staff Planning Directorate officers, retook the palace.",
			not:       []string{fact("Staff Planning Directorate", graph.HeadOf, "Vantar Armed Forces")},
			companion: "The Vantar Armed Forces, led by General Abdel Fattah al-Marun, retook the palace.",
			want:      []string{fact("Abdel Fattah al-Marun", graph.HeadOf, "Vantar Armed Forces")}},
	})
}

// "in the" and capitals after a body's name open a branch's name ("the
// Islamic State in the Lake Basin"), but not before a place's noun: "the
// Front in the Menar region" places the Front.
func TestBranchNameNotBeforePlaceNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad has fought the Islamic State in the Kanem region since May.",
			want: []string{fact("Chad", graph.Fights, "Islamic State")},
			not:  []string{fact("Chad", graph.Fights, "Islamic State in the Kanem")}},
		{text: "Niger said it fought the Islamic State in the Dosso province on Monday.",
			want: []string{fact("Niger", graph.Fights, "Islamic State")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad has fought the Islamic State in the Kanem district.",
			not:       []string{fact("Chad", graph.Fights, "Islamic State in the Kanem")},
			companion: "Chad has fought the Islamic State in the Kanem Basin.",
			want:      []string{fact("Chad", graph.Fights, "Islamic State in the Kanem Basin")}},
	})
}

// TestAcronymDefinesNameEndingInState checks a body's name defined by its
// acronym that ends with the state or place it is of, after "in": the
// acronym is the body's, not the state's.
func TestAcronymDefinesNameEndingInState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Sudan backs the Union for Justice and Renewal in Chad (UJRC). The UJRC attacked Abeche.",
			want: []string{fact("Sudan", graph.Supports, "Union for Justice and Renewal in Chad")}},
		{text: "Rwanda armed the Patriotic Front of Resistance in Kivu (PFRK), a spokesman of the PFRK said.",
			want: []string{fact("Rwanda", graph.Supports, "Patriotic Front of Resistance in Kivu")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a body an acronym before it owns is named apart.
		{text: "Kenya backs the UN Mission in South Sudan (UNMISS).",
			not:       []string{fact("Kenya", graph.Supports, "Mission in South Sudan")},
			companion: "Sudan backs the Union for Justice and Renewal in Chad (UJRC).",
			want:      []string{fact("Sudan", graph.Supports, "Union for Justice and Renewal in Chad")}},
	})
}

// TestHeadlineVerbIsNoName checks that in a headline's capitals a verb or
// an office after a title is no person's name, while a name there is.
func TestHeadlineVerbIsNoName(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Quds Force Commander Visits Flood-Hit Basra\n\nThe commander toured the city on Monday.", "Visits", false},
		{"Wagner Commander Meets Storm-Hit Villagers\n\nThe commander met them on Monday.", "Meets", false},
		{"Quds Force Commander Tovan Amari Visits Basra\n\nHe toured the city on Monday.", "Tovan Amari", true},
	}
	for _, c := range cases {
		got := false
		for name, e := range entities(t, c.text) {
			if e.Type == graph.Person && strings.Contains(name, c.name) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: a person named with %q found %v, want %v: %v", c.text, c.name, got, c.want, entities(t, c.text))
		}
	}
}

// A body the text names after a noun for it, by "known as", "dubbed",
// "code-named", "called" or "calling itself", is an actor of its own under
// that name; a state's adjective before the noun makes it the state's.
func TestBodyNamedAfterItsNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Brazil trains Chilean special forces known as Halcones Negros.",
			want: []string{fact("Brazil", graph.Supports, "Halcones Negros"), fact("Halcones Negros", graph.PartOf, "Chile")},
			not:  []string{fact("Brazil", graph.Supports, "Chile")}},
		{text: "Peru backs the hill fighters known locally as Ronderos Unidos.",
			want: []string{fact("Peru", graph.Supports, "Ronderos Unidos")}},
		{text: "Kenya backs a militia calling itself the Tana Defence Brigade.",
			want: []string{fact("Kenya", graph.Supports, "Tana Defence Brigade")}},
		{text: "Egypt backs the coalition, dubbed Harbour Shield. Tunisia opposes Harbour Shield.",
			want: []string{fact("Egypt", graph.Supports, "Harbour Shield"), fact("Tunisia", graph.Opposes, "Harbour Shield")}},
		{text: "Ghana backs a new alliance called Volta Accord Force.",
			want: []string{fact("Ghana", graph.Supports, "Volta Accord Force")}},
	})
	// "called" after "the" and no comma is a verb.
	checkNegatives(t, []negativeCase{
		{text: "Uganda backs the group called Nile Lions a threat.",
			not:       []string{fact("Uganda", graph.Supports, "Nile Lions")},
			companion: "Uganda backs a group called Nile Lions.",
			want:      []string{fact("Uganda", graph.Supports, "Nile Lions")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Nigeria attacked the Hausa Front, the group formerly known as Sabo Union."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Name == "Sabo Union" {
			t.Errorf("old name %q discovered as a body", e.Name)
		}
	}
}

// A body named after a noun for it by a naming phrase is its owner's when
// the owner's name qualifies the noun ("an African Union force, known as
// X", "the al-Qaida affiliate known as X") or its possessive opens it
// ("the Union's naval mission, known as X"), the place the body serves
// perhaps between ("mission in the Red Sea, known as X"); an acronym in
// brackets names it as "known as" does ("the UN mission (X)"). A clause before
// the noun ("the ministry announced the operation, dubbed X") and a name
// after another's possessive ("Hezbollah's Tarsh unit, known as X") own
// nothing, nor does a person.
func TestBodyNamedAfterItsOwnersNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The offensive was backed by an African Union force, known as Lakeguard.",
			want: []string{fact("Lakeguard", graph.PartOf, "African Union")}},
		{text: "The European Union's naval mission in the Red Sea, known as Halcyon, escorted the tanker.",
			want: []string{fact("Halcyon", graph.PartOf, "European Union")}},
		{text: "The UN peacekeeping mission in the territory, known as Veldmon, will stay another year.",
			want: []string{fact("Veldmon", graph.PartOf, "United Nations")}},
		{text: "Chile fought the Hezbollah unit known as the Tarsh Hawks near the border.",
			want: []string{fact("Tarsh Hawks", graph.PartOf, "Hezbollah"), fact("Chile", graph.Fights, "Tarsh Hawks")},
			not:  []string{fact("Chile", graph.Fights, "Hezbollah")}},
		{text: "Peru's special forces, known as the Condors, raided the camp.",
			want: []string{fact("Condors", graph.PartOf, "Peru")}},
		{text: "Ghana fought the Borduria Front's youth wing, known as the Young Falcons, in May.",
			want: []string{fact("Young Falcons", graph.PartOf, "Borduria Front")}},
		{text: "Ivo Tarsh, the head of the UN peacekeeping force (UNIFIL), said the patrols would resume.",
			want: []string{fact("UNIFIL", graph.PartOf, "United Nations"), fact("Ivo Tarsh", graph.HeadOf, "UNIFIL")}},
		{text: "Peru backed an African Union force (ATMIS) against the Borduria Front.",
			want: []string{fact("ATMIS", graph.PartOf, "African Union"), fact("Peru", graph.Supports, "ATMIS")},
			not:  []string{fact("Peru", graph.Supports, "African Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Hezbollah announced the operation, dubbed Iron Dawn, on Sunday.",
			not:       []string{fact("Iron Dawn", graph.PartOf, "Hezbollah")},
			companion: "Hezbollah's new operation, dubbed Iron Dawn, began on Sunday.",
			want:      []string{fact("Iron Dawn", graph.PartOf, "Hezbollah")}},
		{text: "Hezbollah's Tarsh unit, known as the Grey Hawks, withdrew.",
			not:       []string{fact("Grey Hawks", graph.PartOf, "Tarsh")},
			companion: "Hezbollah's unit, known as the Grey Hawks, withdrew.",
			want:      []string{fact("Grey Hawks", graph.PartOf, "Hezbollah")}},
		{text: "The UN peacekeeping force (UNIFIL and its partners) will stay.",
			not:       []string{fact("UNIFIL", graph.PartOf, "United Nations")},
			companion: "The UN peacekeeping force (UNIFIL) will stay.",
			want:      []string{fact("UNIFIL", graph.PartOf, "United Nations")}},
		{text: "General Ivo Tarsh's militia, known as the Grey Hawks, withdrew.",
			not:       []string{fact("Grey Hawks", graph.PartOf, "Ivo Tarsh")},
			companion: "The Borduria Front's militia, known as the Grey Hawks, withdrew.",
			want:      []string{fact("Grey Hawks", graph.PartOf, "Borduria Front")}},
	})
}

// The first word of a body's two-word name ("the Vostok Group") names it
// alone later, without "the", ("Vostok fighters", "Vostok's camps"), unless the lexicon
// knows the word for something else ("the Sudanese Front").
func TestBodyNamedByItsFirstWordAlone(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru fought the Vostok Group in March. Chile backs Vostok.",
			want: []string{fact("Chile", graph.Supports, "Vostok Group")}},
		{text: "The Tavor Front seized the port. Kenya said Tavor fighters were backed by Egypt.",
			want: []string{fact("Egypt", graph.Supports, "Tavor Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya fought the Sudanese Front. Egypt backs Sudanese.",
			not:       []string{fact("Egypt", graph.Supports, "Sudanese Front")},
			companion: "Kenya fought the Tavor Front. Egypt backs Tavor.",
			want:      []string{fact("Egypt", graph.Supports, "Tavor Front")}},
		// After a locative preposition the word is a place's.
		{text: "Kenya fought the Tavor Front. Egypt backs fighters in Tavor.",
			not:       []string{fact("Egypt", graph.Supports, "Tavor Front")},
			companion: "Kenya fought the Tavor Front. Egypt backs Tavor.",
			want:      []string{fact("Egypt", graph.Supports, "Tavor Front")}},
	})
}

// A number after a body's head is part of its name: "Brigade 444",
// "Task Force 88"; a number before a noun counts its members.
func TestBodyNamedWithNumber(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile said the Tarvan Brigade 444, which Peru backs, attacked Bolivia.",
			want: []string{fact("Peru", graph.Supports, "Tarvan Brigade 444")}},
		{text: "The patrols are run by the Southern Maritime Command and its Task Force 88, which covers the gulf.",
			want: []string{fact("Task Force 88", graph.PartOf, "Southern Maritime Command")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru backs the Tarvan Brigade 40 fighters in the south.",
			not:       []string{fact("Peru", graph.Supports, "Tarvan Brigade 40")},
			companion: "Peru backs the Tarvan Brigade 40 in the south.",
			want:      []string{fact("Peru", graph.Supports, "Tarvan Brigade 40")}},
	})
}

// A kunya with a known man's surname is his name, however the kunya is
// spelt ("Abu Kareem al-Tarvi" after "Abu Karim al-Tarvi"); another given
// name with the surname is someone else.
func TestKunyaWithKnownSurname(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru backs Abu Karim al-Tarvi, the leader of the Tavor Front. Chile met Abu Kareem al-Tarvi in Lima.",
			want: []string{fact("Abu Karim al-Tarvi", graph.MetWith, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru backs Abu Karim al-Tarvi, the leader of the Tavor Front. Chile met Maher al-Tarvi in Lima.",
			not:       []string{fact("Abu Karim al-Tarvi", graph.MetWith, "Chile")},
			companion: "Peru backs Abu Karim al-Tarvi, the leader of the Tavor Front. Chile met Abu Kareem al-Tarvi in Lima.",
			want:      []string{fact("Abu Karim al-Tarvi", graph.MetWith, "Chile")}},
	})
}

// "X, also known as Y," makes Y the same man as X in the whole article.
func TestPersonAlsoKnownAs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Yusuf Karam, also known as Abu Karim al-Marri, leads the Tavor Front. Chile later met Abu Karim al-Marri in Lima.",
			want: []string{fact("Yusuf Karam", graph.MetWith, "Chile")},
			not:  []string{fact("Abu Karim al-Marri", graph.MetWith, "Chile")}},
	})
}

// A state's adjective that is also a people's name before a band's head
// ("a Turkmen brigade", "the Uzbek militia") makes the band no body of the
// state; before the state's army's unit it does.
func TestPeopleAdjectiveIsNoOwner(t *testing.T) {
	const companion = "Olim Rasulov, a commander of a Tajik army brigade, said his men had fired first."
	want := []string{fact("Tajik army brigade", graph.PartOf, "Tajikistan")}
	checkNegatives(t, []negativeCase{
		{text: "Olim Rasulov, a commander of a Tajik brigade, said his men had fired first.",
			not: []string{fact("Tajik brigade", graph.PartOf, "Tajikistan")}, companion: companion, want: want},
		{text: "Olim Rasulov, a commander of the Uzbek militia, said his men had fired first.",
			not: []string{fact("Uzbek militia", graph.PartOf, "Uzbekistan")}, companion: companion, want: want},
		{text: "Olim Rasulov, who leads a Kyrgyz faction, said his men had fired first.",
			not: []string{fact("Kyrgyz faction", graph.PartOf, "Kyrgyzstan")}, companion: companion, want: want},
	})
}

// A unit's number in ordinal digits, or in cardinal digits after "the" or
// a possessive, is part of its name, so a generic head with a number names
// a body of its own: "the 36th Marine Brigade", "the 4th Division",
// "Ruritania's 58th Army", "the 444 Brigade".
func TestNumberedUnits(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Pavel Dorin, commander of the 14th Coastal Brigade, was freed on Monday.",
			want: []string{fact("Pavel Dorin", graph.HeadOf, "14th Coastal Brigade")},
			not:  []string{fact("Pavel Dorin", graph.HeadOf, "Coastal Brigade")}},
		{text: "Colonel Ilya Brant, who commands the 3rd Division, met Lavrov in Moscow.",
			want: []string{fact("Ilya Brant", graph.MetWith, "Sergei Lavrov")}},
		{text: "Yusuf Karam, the commander of the 101st Mountain Division, said the town had fallen.",
			want: []string{fact("Yusuf Karam", graph.HeadOf, "101st Mountain Division")}},
		// A cardinal after "the" or a possessive numbers a unit too.
		{text: "The commander of the 317 Brigade, Salim Farouq, said the road was open again.",
			want: []string{fact("Salim Farouq", graph.HeadOf, "317 Brigade")},
			not:  []string{fact("Salim Farouq", graph.HeadOf, "Brigade")}},
	})
	// Near miss: a count of soldiers is no unit's number.
	doc0, err := extractor(t).Extract("t.txt", []byte("Some 300 Marines landed in Tarvos, and the army said 40 Rangers had joined them."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc0.Entities {
		if strings.HasPrefix(e.Name, "300") || strings.HasPrefix(e.Name, "40 ") {
			t.Errorf("a count of soldiers opened the body %q", e.Name)
		}
	}
	// Near miss: an ordinal that counts an event is no part of a body's
	// name.
	doc, err := extractor(t).Extract("t.txt", []byte("For the 5th time, the Security Council met on Friday."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if strings.HasPrefix(e.Name, "5th") {
			t.Errorf("an event's ordinal opened the body %q", e.Name)
		}
	}
}

// A city in capitals that opens a dateline ("TARVOS: The coalition said")
// is the city the text writes in lower case elsewhere, no acronym of a
// body; a name only ever in capitals still is one.
func TestDatelineCityIsNoAcronym(t *testing.T) {
	doc, err := extractor(t).Extract("t.txt", []byte("Coalition strikes rebel targets\n\nTARVOS: The coalition said the militia had struck a depot in Tarvos on Friday.\n\nThe KLRF spokesman denied it."))
	if err != nil {
		t.Fatal(err)
	}
	var bodies []string
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			bodies = append(bodies, e.Name)
		}
	}
	joined := strings.Join(bodies, "|")
	if strings.Contains(strings.ToLower(joined), "tarvos") {
		t.Errorf("the dateline city became a body: %v", bodies)
	}
	if !strings.Contains(joined, "KLRF") {
		t.Errorf("the acronym written only in capitals is no body: %v", bodies)
	}
}

// A word of its own before a state's force noun ("forces", "troops")
// names a group as its members' noun does, called by the phrase
// ("Vandrayan forces"), not by the adjective alone; a state's adjective
// before the same nouns is the state acting.
func TestGroupsNamedByTheirForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan troops had fought alongside the Ugandan army against Vandrayan forces during the war.",
			want: []string{fact("Kenya", graph.Fights, "Vandrayan forces")},
			not:  []string{fact("Kenya", graph.Fights, "Vandrayan")}},
		{text: "Commanders of the national army and of Osrani forces signed a declaration in Nairobi on Monday.\n\nEritrea later armed Osrani forces.",
			want: []string{fact("Eritrea", graph.Supports, "Osrani forces")}},
		// Near miss: a state's adjective before the noun is the state.
		{text: "Kenyan troops fought Turkish forces near the border.",
			want: []string{fact("Kenya", graph.Fights, "Turkey")},
			not:  []string{fact("Kenya", graph.Fights, "Turkish forces")}},
	})
}

// A capitalised plural the lexicon does not know, used as a noun phrase
// of its own ("the Tarvolis said", "against the Tarvolis") twice, or once
// beside its singular before a noun ("Tarvoli targets"), names a group; a
// people the lexicon knows does not.
func TestGroupsNamedByTheirPlural(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jets hit Marvoli positions near the port.\n\nMahdi Karam, the head of the Marvolis' Supreme Revolutionary Council, said the Marvolis would answer.",
			want: []string{fact("Supreme Revolutionary Council", graph.PartOf, "Marvolis")}},
		{text: "The Osranis said on Monday they would not attend the talks.\n\nObservers said Eritrea armed the Osranis last year.",
			want: []string{fact("Eritrea", graph.Supports, "Osranis")}},
	})
	// Near miss: a people the lexicon knows is no group, however often
	// the article names it.
	doc, err := extractor(t).Extract("t.txt", []byte("The Eritreans voted on Monday.\n\nObservers said the Eritreans had voted in large numbers."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			t.Errorf("a people became the body %q", e.Name)
		}
	}
}

// A capitalised word the lexicon does not know right before a known
// person's surname, and none of his names, is the given name of someone
// else: the text wins over the catalog. The same given name spelt
// otherwise ("Fayssal" for "Faisal"), and a word inside a longer name,
// are not.
func TestUnknownGivenNameBeforeKnownSurname(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Colonel Dragan Lavrov, the coalition spokesman, met Zarif in Tehran.",
			want: []string{fact("Dragan Lavrov", graph.MetWith, "Mohammad Javad Zarif")},
			not:  []string{fact("Sergei Lavrov", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Fayssal Mekdad met Lavrov in Moscow.",
			want: []string{fact("Faisal Mekdad", graph.MetWith, "Sergei Lavrov")}},
	})
}

// An international body's name that opens another body's name makes it
// one of its bodies, named by the whole phrase: "the AU Monitoring
// Mission". An office speaks for its body instead, and a name that goes
// on over "in" or "of" is read with its complement.
func TestBodyNamedAfterItsParent(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks are facilitated by the AU Monitoring Mission and the OSCE.",
			want: []string{fact("AU Monitoring Mission", graph.PartOf, "African Union")},
			not:  []string{fact("Monitoring Mission", graph.PartOf, "African Union")}},
		{text: "Karel Dovan, the head of the EU Observer Mission, met Zarif in Tehran.",
			want: []string{fact("Karel Dovan", graph.HeadOf, "EU Observer Mission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The SADC Liaison Office said the convoy had left Pemba.",
			not:       []string{fact("SADC Liaison Office", graph.PartOf, "SADC")},
			companion: "The SADC Standby Mission said the convoy had left Pemba.",
			want:      []string{fact("SADC Standby Mission", graph.PartOf, "SADC")}},
	})
}

// A plural people's possessive inside a body's name goes on over "and"
// to the head: "the Peoples' Unity and Justice Party".
func TestPeoplesPossessiveInNameWithConjunction(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya backed the Peoples' Unity and Justice Party in the vote.",
			want: []string{fact("Kenya", graph.Supports, "Peoples' Unity and Justice Party")},
			not:  []string{fact("Kenya", graph.Supports, "Unity and Justice Party")}},
		{text: "Uganda funded the Soldiers' Peace and Freedom Movement last year.",
			want: []string{fact("Uganda", graph.Supports, "Soldiers' Peace and Freedom Movement")}},
	})
}

// "Western", the adjective of a body that is no state, opening capitalised
// words that end with a body's head is a word of that body's name, as a
// compass word would be (act23); before a plural of states it is still
// the Western countries.
func TestBlocAdjectiveInBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantor Front attacked the Western Highland Command near Cusco on Monday.",
			want: []string{fact("Vantor Front", graph.Fights, "Western Highland Command")}},
		{text: "Kenya backed the Western Frontier Movement in the vote.",
			want: []string{fact("Kenya", graph.Supports, "Western Frontier Movement")}},
		{text: "Peru's Western Naval Command said it had attacked the Vantor Front.",
			want: []string{fact("Western Naval Command", graph.PartOf, "Peru"), fact("Vantor Front", graph.Fights, "Western Naval Command")}},
		{text: "The Vantor Front took the base of the Peruvian army's Western Regional Military Command in Cusco.",
			want: []string{fact("Western Regional Military Command", graph.PartOf, "Peruvian army")}},
	})
	// The adjective is the body's name, not the bloc: a loose group of
	// states ends no part-of fact anyway (TestCollectiveNoRole), so the
	// check is that the bloc is not recognised at all.
	for _, text := range []string{
		"Peru's Western Naval Command said it had attacked the Vantor Front.",
		"The Vantor Front took the base of the Peruvian army's Western Regional Military Command in Cusco.",
	} {
		if namesEntity(t, text, "Western countries") {
			t.Errorf("%q: Western bloc recognised in a body's name", text)
		}
	}
	checkNegatives(t, []negativeCase{
		// No body's head: the West itself.
		{text: "The Western powers backed the Vantor Front.",
			not:       []string{fact("Western powers", graph.Supports, "Vantor Front")},
			companion: "The Western Frontier Movement backed the Vantor Front.",
			want:      []string{fact("Western Frontier Movement", graph.Supports, "Vantor Front")}},
	})
}

// More generic heads end a body's name the lexicon does not know (act23):
// "Police", "Navy", "Government", "Chambers", "Presidency".
func TestMoreBodyHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantor Front attacked the Ruritanian National Police in Cusco on Monday.",
			want: []string{fact("Ruritanian National Police", graph.Fights, "Vantor Front")}},
		{text: "Kenya backed the Borduria Regional Government in the dispute.",
			want: []string{fact("Kenya", graph.Supports, "Borduria Regional Government")}},
		{text: "Peru's Pacific Navy fought the Vantor Front near Lima.",
			want: []string{fact("Peru's Pacific Navy", graph.PartOf, "Peru"), fact("Peru's Pacific Navy", graph.Fights, "Vantor Front")}},
		{text: "The Special Tribunal Chambers condemned the Vantor Front.",
			want: []string{fact("Special Tribunal Chambers", graph.Opposes, "Vantor Front")}},
		{text: "The Haltan National Police, whose director, Oren Vask, spoke on Monday, fought the Vantor Front.",
			want: []string{fact("Oren Vask", graph.HeadOf, "Haltan National Police")},
			not:  []string{fact("Oren Vask", graph.HeadOf, "National Police")}},
	})
	checkNegatives(t, []negativeCase{
		// A lower-case head is no name: "police" alone is no body.
		{text: "The Vantor Front attacked police in Cusco on Monday.",
			not:       []string{fact("Vantor Front", graph.Fights, "police")},
			companion: "The Vantor Front attacked the Ruritanian National Police in Cusco on Monday.",
			want:      []string{fact("Ruritanian National Police", graph.Fights, "Vantor Front")}},
	})
}

// An acronym in brackets spelt by the initials of the words before it, in
// order, defines them as a body's name even where known names make them up
// or the acronym has a lower-case letter (act23): "the Tehreek-i-Vantor
// Chile (TVC)", "the Halvan-e-Dorr (HeD)"; later uses of the acronym are
// that body.
// An office's body keeps its acronym in brackets and its owner after it
// whether the acronym is all capitals or mixed ("(JoC)", as "(MoD)" or
// "(JeM)" are written): the same brackets as defineAcronyms reads.
func TestMixedAcronymAfterOfficeBody(t *testing.T) {
	for _, acr := range []string{"JOC", "JoC"} {
		checkFacts(t, []factCase{
			{text: "Ruben Solano, the spokesman of the Joint Operations Command (" + acr + ") of the Borduria Front, said the town had fallen.",
				want: []string{fact("Ruben Solano", graph.SpokespersonOf, "Joint Operations Command"), fact("Joint Operations Command", graph.PartOf, "Borduria Front")}},
		})
	}
}

func TestAcronymSpeltByInitials(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru struck hideouts of the Tehreek-i-Vantor Chile (TVC) near the border.",
			want: []string{fact("Peru", graph.Fights, "Tehreek-i-Vantor Chile")},
			not:  []string{fact("Peru", graph.Fights, "Chile")}},
		{text: "Kenya backed the Halvan-e-Dorr (HeD) in the vote.",
			want: []string{fact("Kenya", graph.Supports, "Halvan-e-Dorr")}},
		{text: "Peru struck a camp of the Vorash-e-Kadar (VeK) near the border.\n\nChile said the VeK was backed by Bolivia.",
			want: []string{fact("Peru", graph.Fights, "Vorash-e-Kadar"), fact("Bolivia", graph.Supports, "Vorash-e-Kadar")}},
		// A mixed acronym that does not spell the name leaves a known
		// deal as it is.
		{text: "Peru and Chile signed a Memorandum of Understanding (MoU) on Monday.",
			want: []string{fact("Peru", graph.Signed, "Memorandum of Understanding")}},
	})
	checkNegatives(t, []negativeCase{
		// Capitals that a mixed acronym does not spell are no body.
		{text: "Kenya backed the Vantor Kadesh (VoK) in the vote.",
			not:       []string{fact("Kenya", graph.Supports, "Vantor Kadesh")},
			companion: "Kenya backed the Vantor Kadesh (VK) in the vote.",
			want:      []string{fact("Kenya", graph.Supports, "Vantor Kadesh")}},
	})
}

// TestGroupWordByItsOffice checks that one capitalised word the lexicon
// does not know is a body by the office it has: before a body's office
// and its holder's name, or before its possessive and a head's office;
// and that a place (written after a locative), a man (written after a
// given name), a word naming a noun before it and a sentence's first word
// the article never capitalises elsewhere are none.
func TestGroupWordByItsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The envoy held talks with Tarvoli Secretary-General Ruben Solano in the capital on Friday.",
			want: []string{fact("Ruben Solano", graph.HeadOf, "Tarvoli")}},
		{text: "Eritrea armed Borvan last year. Borvan chief Ana Kesler said so on Monday.",
			want: []string{fact("Ana Kesler", graph.HeadOf, "Borvan")}},
		{text: "Marko Dulic, a spokesman for Eritrea, met Kelvari spokesman Iso Brand in the port.",
			want: []string{fact("Iso Brand", graph.SpokespersonOf, "Kelvari")}},
		{text: "Vostrani's leader, Tomas Prell, is expected to speak on Monday, and Eritrea backs Vostrani.",
			want: []string{fact("Tomas Prell", graph.HeadOf, "Vostrani"), fact("Eritrea", graph.Supports, "Vostrani")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Fighting went on in Kelmar on Sunday, said Kelmar chief Ruben Solano.",
			not:       []string{fact("Ruben Solano", graph.HeadOf, "Kelmar")},
			companion: "Fighting went on in the hills on Sunday, said Kelmar chief Ruben Solano.",
			want:      []string{fact("Ruben Solano", graph.HeadOf, "Kelmar")}},
		{text: "Ruben Dastor arrived on Monday, and Dastor's leader Ana Kesler said he would stay.",
			not:       []string{fact("Ana Kesler", graph.HeadOf, "Dastor")},
			companion: "Fighters arrived on Monday, and Dastor's leader Ana Kesler said they would stay.",
			want:      []string{fact("Ana Kesler", graph.HeadOf, "Dastor")}},
		{text: "The crews met the naval mission Halvor's commander, Ana Kesler, on Monday.",
			not:       []string{fact("Ana Kesler", graph.HeadOf, "Halvor")},
			companion: "The crews met Halvor's commander, Ana Kesler, on Monday.",
			want:      []string{fact("Ana Kesler", graph.HeadOf, "Halvor")}},
		{text: "Logistics chief Ana Kesler said Eritrea would back the Borduria Front.",
			not:       []string{fact("Ana Kesler", graph.HeadOf, "Logistics")},
			companion: "Marko Dulic met Vostrani leaders on Monday. Vostrani chief Ana Kesler said Eritrea would back the Borduria Front.",
			want:      []string{fact("Ana Kesler", graph.HeadOf, "Vostrani")}},
	})
}

// TestGroupNamedWithoutItsNoun checks that a group named by a word of its
// own and a lower-case group's noun is called by the word: the noun says
// what the group is. A capitalised head is part of the name, and a
// people's adjective before the noun names no group.
func TestGroupNamedWithoutItsNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Eritrea has armed the Tarvoli militia since 2019, officials said.",
			want: []string{fact("Eritrea", graph.Supports, "Tarvoli")}},
		{text: "Kenyan troops clashed with the Borvani movement near the border on Monday.",
			want: []string{fact("Kenya", graph.Fights, "Borvani")}},
		{text: "Eritrea backs the Vostrani group, which the Kelmar Front fights.",
			want: []string{fact("Eritrea", graph.Supports, "Vostrani")}},
		{text: "Kenyan troops clashed with the Borvani Front near the border on Monday.",
			want: []string{fact("Kenya", graph.Fights, "Borvani Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Eritrea has armed the Somali militia since 2019, officials said.",
			not:       []string{fact("Eritrea", graph.Supports, "Somali")},
			companion: "Eritrea has armed the Tarvoli militia since 2019, officials said.",
			want:      []string{fact("Eritrea", graph.Supports, "Tarvoli")}},
	})
}

// TestGroupWordAfterStateAdjective checks that a state's adjective before
// a group's word of its own leaves the word a group ("the Lebanese Tarvoli
// movement", no organ of Lebanon), where another capitalised word makes it
// part of a longer name; a faith's or a people's word the lexicon knows is
// no group.
func TestGroupWordAfterStateAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran and the Lebanese Tarvoli movement back the government in Damascus, officials said.",
			want: []string{fact("Tarvoli", graph.Supports, "Syrian government")},
			// The movement is where it stands, not an organ of the state
			// (as the catalog's Hezbollah is no part of Lebanon).
			not: []string{fact("Tarvoli", graph.PartOf, "Lebanon")}},
		{text: "Kenyan troops fought Ethiopian Borvani militiamen near the border. Borvani said it would fight on.",
			want: []string{fact("Kenya", graph.Fights, "Borvani")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iran and the Lebanese Shiite movement back the government in Damascus, officials said.",
			not:       []string{fact("Shiite", graph.Supports, "Syrian government"), fact("Shiite", graph.PartOf, "Lebanon")},
			companion: "Iran and the Lebanese Tarvoli movement back the government in Damascus, officials said.",
			want:      []string{fact("Tarvoli", graph.Supports, "Syrian government")}},
		{text: "Kenyan troops fought Central Borvani militiamen near the border. Borvani said it would fight on.",
			not:       []string{fact("Kenya", graph.Fights, "Borvani")},
			companion: "Kenyan troops fought Ethiopian Borvani militiamen near the border. Borvani said it would fight on.",
			want:      []string{fact("Kenya", graph.Fights, "Borvani")}},
	})
}

// TestBodyNameBeforeOwnersAdjective checks where a discovered body's name
// ends before "of" and a state's adjective (body23): the adjective of a
// lower-case body ("of the Togolese army") owns the body; the adjective
// of capitalised words goes on with the name ("of Togolese Forces").
func TestBodyNameBeforeOwnersAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Eastern Command of the Togolese army attacked the Coastal Union.",
			want: []string{fact("Eastern Command", graph.PartOf, "Togolese army"), fact("Coastal Union", graph.Fights, "Eastern Command")}},
		{text: "The Northern Operational Command of the Peruvian army accused the Andean Front of the bombing.",
			want: []string{fact("Northern Operational Command", graph.PartOf, "Peruvian army")}},
		{text: "The Operational Group of Togolese Forces attacked the Coastal Union.",
			want: []string{fact("Coastal Union", graph.Fights, "Operational Group of Togolese Forces")},
			not:  []string{fact("Operational Group", graph.PartOf, "Togo")}},
	})
}

// TestBodyNamedByItsOffice checks a capitalised name with no body's head
// after a body's office, "of" or "for" and "the": the office makes it a
// body.
func TestBodyNamedByItsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tovan Amari, a spokesman for the Vantar Shield in Lorn, said the town had fallen.",
			want: []string{fact("Tovan Amari", graph.SpokespersonOf, "Vantar Shield")}},
		{text: "The commander of the Popular Defence, Tovan Amari, said the town had fallen.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Popular Defence")}},
		{text: "Tovan Amari, the leader of the Grey Wolves, fled to Peru.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Grey Wolves")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a lower-case noun goes on from the name.
		{text: "Tovan Amari, the head of the Lorn diocese, fled to Peru.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Lorn")},
			companion: "Tovan Amari, the head of the Lorn Shield, fled to Peru.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Lorn Shield")}},
		// Near miss: an envoy's "for" names a region, not a body.
		{text: "Tovan Amari, the envoy for the Middle Lands, fled to Peru.",
			not:       []string{fact("Tovan Amari", graph.EnvoyOf, "Middle Lands")},
			companion: "Tovan Amari, a spokesman for the Middle Shield, fled to Peru.",
			want:      []string{fact("Tovan Amari", graph.SpokespersonOf, "Middle Shield")}},
		// Near miss: the name goes on over "of".
		{text: "Tovan Amari, the chairman of the Joint Elders of Lorn, fled to Peru.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Joint Elders")},
			companion: "Tovan Amari, the chairman of the Joint Elders, fled to Peru.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Joint Elders")}},
	})
}

// TestHyphenedAcronyms checks an acronym that goes on over a hyphen with
// further parts of its name: the whole is one body's name, and a known
// body's acronym with a part glued to it names another body.
func TestHyphenedAcronyms(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The VLF, the main component of the CPR-PSD, attacked Peru on Monday.",
			want: []string{fact("VLF", graph.PartOf, "CPR-PSD")}},
		{text: "The CPR-PSD attacked Peru on Monday.",
			want: []string{fact("CPR-PSD", graph.Fights, "Peru")}},
		{text: "The VTO-Tarvo leader, Tovan Amari, met Chile's president in Lima.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "VTO-Tarvo")}},
		{text: "The ECOWAS-N commander, Tovan Amari, met Chile's president in Lima.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "ECOWAS-N")},
			not:  []string{fact("Tovan Amari", graph.HeadOf, "Economic Community of West African States")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a known name after the hyphen joins two names.
		{text: "The VLF-Chile talks ended on Monday, and the VLF attacked Peru.",
			not:       []string{fact("VLF-Chile", graph.Fights, "Peru")},
			companion: "The VLF-PSD attacked Peru on Monday.",
			want:      []string{fact("VLF-PSD", graph.Fights, "Peru")}},
		// Near miss: a lower-case word after the hyphen qualifies.
		{text: "The VLF-led alliance attacked Peru on Monday.",
			not:       []string{fact("VLF-led", graph.Fights, "Peru")},
			companion: "The VLF-PSD attacked Peru on Monday.",
			want:      []string{fact("VLF-PSD", graph.Fights, "Peru")}},
	})
}

// TestRegionNamedByItsPresident checks a word the world's states do not
// name before "President" and a name: a self-governing region's body,
// also where the article writes it as a place, and no group that "the
// group" refers back to. Its president holds a state's office in small,
// as a region-word's does ("Kurdistan Region President X"): president-of.
func TestRegionNamedByItsPresident(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarvoland President Tovan Amari said the fighting in Tarvoland had stopped.",
			want: []string{fact("Tovan Amari", graph.PresidentOf, "Tarvoland")},
			not:  []string{fact("Tovan Amari", graph.HeadOf, "Tarvoland")}},
		{text: "Chile has backed Tarvoland since Tarvoland President Tovan Amari took office.",
			want: []string{fact("Chile", graph.Supports, "Tarvoland")}},
		{text: "On Monday, Orvania President Amin Dahir Warsame met Kenyan President William Ruto in Nairobi.",
			want: []string{fact("Amin Dahir Warsame", graph.PresidentOf, "Orvania"), fact("Amin Dahir Warsame", graph.MetWith, "William Ruto")}},
		{text: "On Monday, Orvania President Amin Warsame said the port was safe. Al-Shabaab fighters attacked Orvania forces near the coast.",
			want: []string{fact("Amin Warsame", graph.PresidentOf, "Orvania"), fact("Al-Shabaab", graph.Fights, "Orvania")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: "the group" is the armed group named before, not
		// the region.
		{text: "Tarvoland President Tovan Amari said the Lorn Front had fled. Chile attacked the group on Monday.",
			not:       []string{fact("Chile", graph.Fights, "Tarvoland")},
			companion: "Tarvoland President Tovan Amari said the Lorn Front had fled. Chile attacked the Lorn Front on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Lorn Front")}},
		// Near miss: a word the lexicon knows before the title.
		{text: "Former President Tovan Amari said the fighting had stopped.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Former")},
			companion: "On Monday Tarvoland President Tovan Amari said the fighting had stopped.",
			want:      []string{fact("Tovan Amari", graph.PresidentOf, "Tarvoland")}},
		// Near miss: the end of a longer name, after its particle.
		{text: "The talks opened after Villa del Orvania President Amin Warsame arrived in Nairobi.",
			not:       []string{fact("Amin Warsame", graph.PresidentOf, "Orvania"), fact("Amin Warsame", graph.HeadOf, "Orvania")},
			companion: "The talks opened after Orvania President Amin Warsame arrived in Nairobi.",
			want:      []string{fact("Amin Warsame", graph.PresidentOf, "Orvania")}},
	})
}

// A capitalised run the lexicon does not know is a person's name where
// only a person stands: the subject of a person's verb at the start of a
// clause, or the one met. Names of any shape count (hyphenated, three
// parts); places, operations and things with capitalised names in the
// same slots do not.
func TestActingPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tsai Lin-wen has met Peruvian President Tomas Ardent.",
			want: []string{fact("Tomas Ardent", graph.MetWith, "Tsai Lin-wen")}},
		{text: "On Monday, Hun Velkan met the Chilean foreign minister, Dara Sefton.",
			want: []string{fact("Dara Sefton", graph.MetWith, "Hun Velkan")}},
		{text: "Kim Jong Ul held talks with Peruvian President Tomas Ardent.",
			want: []string{fact("Kim Jong Ul", graph.MetWith, "Tomas Ardent")}},
		{text: "Peruvian President Tomas Ardent held talks with Kim Jong Ul in Lima.",
			want: []string{fact("Kim Jong Ul", graph.MetWith, "Tomas Ardent")}},
		{text: "Chilean President Ahmed Sorani met Tarsh Velkan in Santiago.",
			want: []string{fact("Tarsh Velkan", graph.MetWith, "Ahmed Sorani")}},
		{text: "Tarsh Orsk was sworn in as president of Peru on Monday.",
			want: []string{fact("Tarsh Orsk", graph.PresidentOf, "Peru")}},
		// A person of a body: "X of Hamas," before a comma, "and" or a
		// verb, with given names that open known names too.
		{text: "The delegation included Tarsh Ibrahim of Hamas, Ana Mirov of Hezbollah and others.",
			want: []string{fact("Tarsh Ibrahim", graph.MemberOf, "Hamas"), fact("Ana Mirov", graph.MemberOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// Things received and operations that meet resistance are no
		// people; nor is a place after a locative.
		{text: "Peru received Stinger Velkans from Chile.",
			not:       []string{fact("Peru", graph.MetWith, "Stinger Velkans")},
			companion: "Peru met Tarsh Velkan.",
			want:      []string{fact("Peru", graph.MetWith, "Tarsh Velkan")}},
		{text: "Operation Tarsh Velkan met stiff resistance from Chilean troops, and Peruvian President Tomas Ardent met Dara Sefton.",
			not:       []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")},
			companion: "Tarsh Velkan met Peruvian President Tomas Ardent.",
			want:      []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")}},
		// A place of a state, and a thing of a body, are no people.
		{text: "Peru backs the Tarsh Velkan of Hamas, and Tarsh Orsk of Peru met Chilean President Tomas Ardent.",
			not:       []string{fact("Tarsh Velkan", graph.MemberOf, "Hamas"), fact("Tarsh Orsk", graph.MemberOf, "Peru")},
			companion: "Peru backs Tarsh Velkan of Hamas.",
			want:      []string{fact("Tarsh Velkan", graph.MemberOf, "Hamas")}},
		{text: "Fighters in Wad Tarsh met Peruvian President Tomas Ardent.",
			not:       []string{fact("Wad Tarsh", graph.MetWith, "Tomas Ardent")},
			companion: "Wad Tarsh met Peruvian President Tomas Ardent.",
			want:      []string{fact("Wad Tarsh", graph.MetWith, "Tomas Ardent")}},
	})
}

// A lower-case noun that says what a person is describes the unknown name
// right after it, which is then a person's and the actor: "the Chadian
// diplomat Ivo Dragan" is Ivo Dragan, no reference to another. A noun the
// name qualifies after it ("news agency") leaves it no person.
func TestDescribedName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian President Tomas Ardent met the Chadian diplomat Tarsh Velkan.",
			want: []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")}},
		{text: "The Borduria Front, led by the preacher Tarsh Velkan, attacked Peru.",
			want: []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front, led by the businessman Lo Ting-wai, attacked Peru.",
			want: []string{fact("Lo Ting-wai", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Tomas Ardent met the preacher Tarsh Velkan group in Lima.",
			not:       []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")},
			companion: "Peruvian President Tomas Ardent met the preacher Tarsh Velkan in Lima.",
			want:      []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")}},
	})
}

// A suffix after two words of a name ends it and is part of it: "Ivo
// Dragan Jr." is one person, after a rank or as a subject.
func TestNameSuffix(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarsh Velkan Jr. met Peruvian President Tomas Ardent.",
			want: []string{fact("Tarsh Velkan Jr", graph.MetWith, "Tomas Ardent")}},
		{text: "Peru backs General Tarsh Velkan III.",
			want: []string{fact("Peru", graph.Supports, "Tarsh Velkan III")}},
	})
	checkNegatives(t, []negativeCase{
		// A suffix alone after one word names no one.
		{text: "Peruvian President Tomas Ardent met Velkan Jr. in Lima.",
			not:       []string{fact("Velkan Jr", graph.MetWith, "Tomas Ardent")},
			companion: "Peruvian President Tomas Ardent met Tarsh Velkan Jr. in Lima.",
			want:      []string{fact("Tarsh Velkan Jr", graph.MetWith, "Tomas Ardent")}},
	})
}

// An age between a name and its appositive leaves the appositive the
// name's: "X, 61, the leader of the Front," states X's office.
func TestAgeBeforeAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru backs Tarsh Velkan, 61, the leader of the Borduria Front.",
			want: []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")}},
		{text: "Tarsh Velkan, 47, who leads the Borduria Front, met Chilean President Tomas Ardent.",
			want: []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front"), fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")}},
	})
	checkNegatives(t, []negativeCase{
		// A year is no age: the comma's appositive after it is no office.
		{text: "Peru backs Tarsh Velkan, 2019, the leader of the Borduria Front.",
			not:       []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")},
			companion: "Peru backs Tarsh Velkan, 61, the leader of the Borduria Front.",
			want:      []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")}},
	})
}

// Honorifics of faith, learning and courtesy make the name after them a
// person's, of any origin; a site's noun at the end of the run leaves it
// a place, whatever honorific opens it.
func TestHonorificNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru backs Imam Tarsh Velkan.",
			want: []string{fact("Peru", graph.Supports, "Tarsh Velkan")}},
		{text: "Chilean President Tomas Ardent received Alhaji Lo Ting in Santiago.",
			want: []string{fact("Lo Ting", graph.MetWith, "Tomas Ardent")}},
		{text: "Peru backs Pastor Ana Mirov-Dal.",
			want: []string{fact("Peru", graph.Supports, "Ana Mirov-Dal")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru struck the Imam Tarsh Shrine in Lima.",
			not:       []string{fact("Peru", graph.Fights, "Tarsh Shrine")},
			companion: "Peru struck Imam Tarsh Velkan in Lima.",
			want:      []string{fact("Peru", graph.Fights, "Tarsh Velkan")}},
		{text: "Peru struck the Tarsh Velkan Camp in Lima.",
			not:       []string{fact("Peru", graph.Fights, "Tarsh Velkan Camp")},
			companion: "Peru struck Imam Tarsh Velkan in Lima.",
			want:      []string{fact("Peru", graph.Fights, "Tarsh Velkan")}},
	})
}

// A body's coordinator heads it; a coordinator with a word that makes him
// one of its officials, or of no body, heads none.
func TestCoordinatorTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru backs Tarsh Velkan, the coordinator of the Borduria Front.",
			want: []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")}},
		{text: "Peru backs the Borduria Front's coordinator, Ana Mirov.",
			want: []string{fact("Ana Mirov", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru backs Tarsh Velkan, the UN humanitarian coordinator.",
			not:       []string{fact("Tarsh Velkan", graph.HeadOf, "United Nations")},
			companion: "Peru backs Tarsh Velkan, the coordinator of the Borduria Front.",
			want:      []string{fact("Tarsh Velkan", graph.HeadOf, "Borduria Front")}},
	})
}

// A high commissioner and an ombudsman are officials of the state or
// body that names them, heads of none.
func TestCommissionerTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The United Nations High Commissioner for Human Rights, Tarsh Velkan, condemned Peru.",
			want: []string{fact("Tarsh Velkan", graph.MemberOf, "United Nations")},
			not:  []string{fact("Tarsh Velkan", graph.HeadOf, "United Nations")}},
		{text: "Peru's human rights ombudsman, Ana Mirov, condemned Chile.",
			want: []string{fact("Ana Mirov", graph.MemberOf, "Peru")}},
	})
}

// A nickname in quotation marks inside a name makes it a person's, who is
// named without it; quoted words in a place's or a body's name do not.
func TestNicknamedPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: `General Tarsh "Erik" Velkan met Chilean President Tomas Ardent.`,
			want: []string{fact("Tarsh Velkan", graph.MetWith, "Tomas Ardent")}},
		{text: `Peru backs Ana 'Tiger' Mirov-Dal.`,
			want: []string{fact("Peru", graph.Supports, "Ana Mirov-Dal")}},
	})
	checkNegatives(t, []negativeCase{
		{text: `Peru struck Wad "Tarsh" Velkan Province.`,
			not:       []string{fact("Peru", graph.Fights, "Wad Velkan")},
			companion: `Peru struck Tarsh "Erik" Velkan.`,
			want:      []string{fact("Peru", graph.Fights, "Tarsh Velkan")}},
	})
}

// TestPeopleNamedWithAnOffice checks names the reader must take for
// people by what stands around them: an office of a body in the
// appositive (", the coalition spokesman,": a body's officer, not the
// body), and a rank before a given name the catalog knows only as the
// first word of another person's name ("Turki" of Turki al-Faisal).
func TestPeopleNamedWithAnOffice(t *testing.T) {
	cases := []struct{ text, person, notBody string }{
		{"Xandor Volkal, the coalition spokesman, said the strikes hit depots.", "Xandor Volkal", "Xandor Volkal"},
		{"Xandor Volkal, the militia commander, said the town had fallen.", "Xandor Volkal", "Xandor Volkal"},
		{"Brig. Gen. Turki Varlo said the strikes hit depots.", "Turki Varlo", ""},
		{"Colonel Turki al-Varlo told reporters the town had fallen.", "Turki al-Varlo", ""},
	}
	for _, c := range cases {
		doc, err := extractor(t).Extract("t.txt", []byte("Report\n\n"+c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Name == c.person && e.Type == graph.Person {
				found = true
			}
			if e.Name == c.notBody && e.Type == graph.Organization {
				t.Errorf("%q: %q discovered as a body", c.text, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: %q not discovered as a person; entities %v", c.text, c.person, doc.Entities)
		}
	}
	// A body described by its noun alone is still a body.
	doc, err := extractor(t).Extract("t.txt", []byte("Report\n\nThe army fought Kasoru, a rebel militia, near the border."))
	if err != nil {
		t.Fatal(err)
	}
	body := false
	for _, e := range doc.Entities {
		body = body || e.Name == "Kasoru" && e.Type == graph.Organization
	}
	if !body {
		t.Errorf("Kasoru, a rebel militia, not discovered as a body; entities %v", doc.Entities)
	}
}

// A one-word name that is no plural in -s ("the Velkar") is a band of
// people where the grammar around it says so: a relative clause of people
// or a plural auxiliary after "the Velkar", a backing glued before it
// that ends its noun phrase, or a relative clause of backing after it.
// Once read so, the bare word names the band in the whole article.
func TestBandWordsByTheirGrammar(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Velkar, who hold most of the north, shelled Oman on Monday. Iran arms the Velkar.",
			want: []string{fact("Iran", graph.Supports, "Velkar")}},
		{text: "Peru said the Dostrani were driven out of the valley. Chile has condemned the Dostrani.",
			want: []string{fact("Chile", graph.Opposes, "Dostrani")}},
		{text: "The Peru-backed Ostvar in the east seized the port. Chile fought Ostvar for a year.",
			want: []string{fact("Chile", graph.Fights, "Ostvar")}},
		{text: "Chile-backed Tamrok and its allies attacked the airport. Peru later struck Tamrok.",
			want: []string{fact("Chile", graph.Supports, "Tamrok"), fact("Peru", graph.Fights, "Tamrok")}},
		{text: "Zarvenya, which is backed by Iran, lost many fighters in the war. Israel fought Zarvenya in the south.",
			want: []string{fact("Iran", graph.Supports, "Zarvenya"), fact("Israel", graph.Fights, "Zarvenya")}},
		{text: "Mali said Kolvar, who are armed by a foreign power, had attacked its posts. Niger condemned Kolvar.",
			want: []string{fact("Niger", graph.Opposes, "Kolvar")}},
	})
	checkNegatives(t, []negativeCase{
		// A man is "who is backed by": no band.
		{text: "Tamrak, who is backed by Chile, met Peru's foreign minister. Bolivia condemned Tamrak.",
			not:       []string{fact("Bolivia", graph.Opposes, "Tamrak")},
			companion: "Tamrak, which is backed by Chile, met Peru's foreign minister. Bolivia condemned Tamrak.",
			want:      []string{fact("Bolivia", graph.Opposes, "Tamrak")}},
		// A place the article writes after a locative is none.
		{text: "The Velkar have long been poor, and rebels hide in the Velkar. Peru bombed the Velkar.",
			not:       []string{fact("Peru", graph.Fights, "Velkar")},
			companion: "The Velkar have long been poor, and rebels hide in the hills. Peru bombed the Velkar.",
			want:      []string{fact("Peru", graph.Fights, "Velkar")}},
		// A surname inside a longer name is a man's.
		{text: "Iran-backed Dorval said on Monday that it would fight. Ivo Dorval condemned Chile.",
			not:       []string{fact("Dorval", graph.Opposes, "Chile")},
			companion: "Iran-backed Dorval said on Monday that it would fight. Dorval condemned Chile.",
			want:      []string{fact("Dorval", graph.Opposes, "Chile")}},
		// A noun after the backed word is what is backed; a weapon's
		// maker glued before a word is no backing.
		{text: "The Peru-backed Velkar government fell. Chile condemned Velkar.",
			not:       []string{fact("Chile", graph.Opposes, "Velkar")},
			companion: "The Peru-backed Velkar seized the port. Chile condemned Velkar.",
			want:      []string{fact("Chile", graph.Opposes, "Velkar")}},
		{text: "Russia fired Iranian-made Shahed at Kyiv. Ukraine condemned Shahed.",
			not:       []string{fact("Ukraine", graph.Opposes, "Shahed")},
			companion: "Russia fired Iranian-backed Shahed at Kyiv. Ukraine condemned Shahed.",
			want:      []string{fact("Ukraine", graph.Opposes, "Shahed")}},
		// A sentence's first word before a comma is no band without a
		// relative clause of backing.
		{text: "Meanwhile, backed by Peru, Chile attacked Bolivia. Argentina condemned Meanwhile.",
			not:       []string{fact("Argentina", graph.Opposes, "Meanwhile")},
			companion: "Meanwhile, Velkar, which is backed by Peru, attacked Bolivia. Argentina condemned Velkar.",
			want:      []string{fact("Argentina", graph.Opposes, "Velkar")}},
	})
}

// A relative clause that makes its antecedent an armed actor names a band
// by a word the lexicon does not know: it fights, backs or attacks, or is
// backed; a passive of an attack ("which was shelled by") is a place's.
func TestBandWordsByAnActingClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Zarvenya, which has been fighting Israel in the south, called the blasts an aggression.",
			want: []string{fact("Israel", graph.Fights, "Zarvenya")}},
		{text: "Peru said Ostvar, which fired rockets at the port, would pay. Chile condemned Ostvar.",
			want: []string{fact("Chile", graph.Opposes, "Ostvar")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Qusrani, which was shelled by Peruvian jets, fell on Monday. Chile condemned Qusrani.",
			not:       []string{fact("Chile", graph.Opposes, "Qusrani")},
			companion: "Qusrani, which shelled Peruvian towns, fell back on Monday. Chile condemned Qusrani.",
			want:      []string{fact("Chile", graph.Opposes, "Qusrani")}},
		// Backing others or taking part is anyone's act, and a people
		// the lexicon knows is no band whatever its grammar.
		{text: "Qusrani, which took part in the talks, condemned the strike by Peru.",
			not:       []string{fact("Qusrani", graph.Opposes, "Peru")},
			companion: "Qusrani, which fired rockets at the port, condemned the strike by Peru.",
			want:      []string{fact("Qusrani", graph.Opposes, "Peru")}},
		{text: "Qusrani, which supported the resolution, condemned the strike by Peru.",
			not:       []string{fact("Qusrani", graph.Opposes, "Peru")},
			companion: "Qusrani, which fired rockets at the port, condemned the strike by Peru.",
			want:      []string{fact("Qusrani", graph.Opposes, "Peru")}},
		{text: "The Tuareg, who live across the Sahara, accused Mali of abuses.",
			not:       []string{fact("Tuareg", graph.Opposes, "Mali")},
			companion: "The Velkar, who live across the Sahara, accused Mali of abuses.",
			want:      []string{fact("Velkar", graph.Opposes, "Mali")}},
	})
}

// The armed members of a band after a name of several capitalised words
// the lexicon does not know make the name a band's, which the article may
// then use alone; a man's name, by its given name, is none.
func TestBandNamedByItsMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Vorgal Dostan fighters attacked Nigerian troops in Borno. Nigeria fought Vorgal Dostan for years.",
			want: []string{fact("Nigeria", graph.Fights, "Vorgal Dostan")}},
		{text: "Chile's army fought Tarvol al-Dostan militants near the border.",
			want: []string{fact("Chile's army", graph.Fights, "Tarvol al-Dostan")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Ahmed Dostan fighters attacked Syria. Ahmed Dostan later met Ivo Tarsh."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Name == "Ahmed Dostan" && e.Type != graph.Person {
			t.Errorf("%q discovered as %s", e.Name, e.Type)
		}
	}
}

// The armed members of a band before "of" and a name the lexicon does not
// know make the name a band's; "from" may name where they came from.
func TestBandNamedAfterItsMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Malian troops clashed with fighters of Velkor in Gao.",
			want: []string{fact("Mali", graph.Fights, "Velkor")}},
		{text: "Malian troops clashed with militants of the Vorgal Dostan on Monday.",
			want: []string{fact("Mali", graph.Fights, "Vorgal Dostan")}},
		{text: "Fighters of Tarvol Jihad, which fought alongside Hamas last year, paraded in Rafah.",
			want: []string{fact("Hamas", graph.CooperatesWith, "Tarvol Jihad")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Malian troops clashed with fighters from Velkor in Gao.",
			not:       []string{fact("Mali", graph.Fights, "Velkor")},
			companion: "Malian troops clashed with fighters of Velkor in Gao.",
			want:      []string{fact("Mali", graph.Fights, "Velkor")}},
	})
}

// "and" inside a discovered body's name joins words of the lexicon ("the
// Justice and Equality Movement"); after a person's name of unknown words
// and before a body's office with its holder, it joins two people: "met
// Dara Quill and Mosari Brigade commander Ilo Benga".
func TestAndJoinsPersonAndOfficeHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Milo Ardent met Ugandan Foreign Minister Dara Quill and Mosari Brigade commander Ilo Benga on Monday.",
			want: []string{fact("Ilo Benga", graph.HeadOf, "Mosari Brigade"), fact("Dara Quill", graph.ForeignMinisterOf, "Uganda"), fact("Milo Ardent", graph.MetWith, "Ilo Benga"), fact("Milo Ardent", graph.MetWith, "Dara Quill")},
			not:  []string{fact("Ilo Benga", graph.HeadOf, "Dara Quill and Mosari Brigade")}},
		{text: "Kenyan President Milo Ardent met Dara Quill and Mosari Brigade leader Ilo Benga in Nairobi.",
			want: []string{fact("Ilo Benga", graph.HeadOf, "Mosari Brigade")}},
		// A body's name made of the lexicon's words keeps its "and".
		{text: "Kenyan President Milo Ardent met Justice and Equality Movement leader Ilo Benga in Nairobi.",
			want: []string{fact("Ilo Benga", graph.HeadOf, "Justice and Equality Movement")}},
		// The office's body goes on over "of": the person before "and"
		// stays a person of his own.
		{text: "Kenyan President Milo Ardent held talks with Mosari Front commander Dara Quill and Council of Elders chairman Ilo Benga in Nairobi.",
			want: []string{fact("Dara Quill", graph.HeadOf, "Mosari Front")},
			not:  []string{fact("Ilo Benga", graph.HeadOf, "Dara Quill and Council"), fact("Dara Quill and Council", graph.PartOf, "Elders")}},
		{text: "Kenyan President Milo Ardent met Dara Quill and House of Elders Speaker Ilo Benga in Nairobi.",
			want: []string{fact("Dara Quill", graph.MetWith, "Milo Ardent")},
			not:  []string{fact("Dara Quill and House", graph.MetWith, "Milo Ardent")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a holder named after the office, "of" takes the name
		// no further: the reading before is kept.
		{text: "Kenyan President Milo Ardent met Dara Quill and Council of Elders members in Nairobi.",
			not:       []string{fact("Dara Quill", graph.MetWith, "Milo Ardent")},
			companion: "Kenyan President Milo Ardent met Dara Quill and House of Elders Speaker Ilo Benga in Nairobi.",
			want:      []string{fact("Dara Quill", graph.MetWith, "Milo Ardent")}},
	})
}

// TestRuledPeople checks a ruler's full name the lexicon does not know
// made a person by his rule after it: "the Tarvo Lensk regime", "Tarvo
// Lensk's regime". A name whose phrase goes on ("the Tarvo Lensk regime
// forces") or one with no rule after it makes no one.
func TestRuledPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar backed the opposition, while Chad has been the main supporter of Tarvo Lensk's regime.",
			want: []string{fact("Chad", graph.Supports, "Tarvo Lensk")}},
		{text: "Chad, which has been the main backer of the Tarvo al-Lensk regime since 2011, sent more advisers.",
			want: []string{fact("Chad", graph.Supports, "Tarvo al-Lensk")}},
		{text: "Niger said it would keep fighting the Tarvo Lensk regime.",
			want: []string{fact("Niger", graph.Fights, "Tarvo Lensk")}},
		// The short form read first does not hide the full name.
		{text: "Militias loyal to the Lensk regime blocked the road. Chad, the main backer of the Tarvo al-Lensk regime, sent aid.",
			want: []string{fact("Chad", graph.Supports, "Tarvo al-Lensk")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad backs Tarvo Lensk, its ally.",
			not:       []string{fact("Chad", graph.Supports, "Tarvo Lensk")},
			companion: "Chad backs the Tarvo Lensk regime.",
			want:      []string{fact("Chad", graph.Supports, "Tarvo Lensk")}},
		{text: "Chad backs the Tarvo Lensk regime forces in the north.",
			not:       []string{fact("Chad", graph.Supports, "Tarvo Lensk")},
			companion: "Chad backs the Tarvo Lensk regime in the north.",
			want:      []string{fact("Chad", graph.Supports, "Tarvo Lensk")}},
	})
}

// TestSurnameLaterInTheSentence checks a person discovered in a sentence
// and named again by surname further on in it: the surname is he, as in
// the sentences after. A surname inside a longer capitalised run is
// someone else's name.
func TestSurnameLaterInTheSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad and Niger backed the rebels who sought to topple President Tarvo al-Lensk, while Libya's military intervention in 2015 helped Lensk regain control of the north.",
			want: []string{fact("Libya", graph.Supports, "Tarvo al-Lensk"), fact("Chad", graph.Opposes, "Tarvo al-Lensk")}},
		{text: "Peruvian President Tarvo Lensk met Chile's foreign minister, and Lensk thanked Chile for its help.",
			want: []string{fact("Tarvo Lensk", graph.PresidentOf, "Peru"), fact("Tarvo Lensk", graph.Thanked, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Tarvo Lensk met Chile's foreign minister, and Marta Lensk Ortiz thanked Chile for its help.",
			not:       []string{fact("Tarvo Lensk", graph.Thanked, "Chile")},
			companion: "Peruvian President Tarvo Lensk met Chile's foreign minister, and Lensk thanked Chile for its help.",
			want:      []string{fact("Tarvo Lensk", graph.Thanked, "Chile")}},
	})
}

// TestSurnameUsedAloneAtSentenceStart checks surnamedPerson with a
// surname the article uses alone only at a sentence's start, before a
// reporting verb, "and" or a possessive ("Lensk said", "Lensk and his
// family"), and with a particle's hyphened surname ("Tarvo al-Lensk"),
// whose given name before the particle is no word used alone. A word
// opening a sentence before anything else ("Lensk fell") is no surname.
func TestSurnameUsedAloneAtSentenceStart(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad supported the government of Tarvo al-Lensk for years. Lensk and his family now live in Chad.",
			want: []string{fact("Chad", graph.Supports, "Tarvo al-Lensk")}},
		{text: "Niger backs Tarvo Lensk in the dispute. Lensk said the talks would go on.",
			want: []string{fact("Niger", graph.Supports, "Tarvo Lensk")}},
	})
	want := []string{fact("Chad", graph.Supports, "Tarvo al-Lensk")}
	companion := "Chad supported the government of Tarvo al-Lensk for years. Lensk and his family now live in Chad."
	checkNegatives(t, []negativeCase{
		{text: "Chad supported the government of Tarvo al-Lensk for years. The family now lives in Chad.",
			not: want, companion: companion, want: want},
		{text: "Chad supported the government of Tarvo al-Lensk for years. Lensk fell to the rebels in May.",
			not: want, companion: companion, want: want},
	})
}

// A rank or honorific inside a run of capitals that another word opened
// ends a body's name when a person's name follows it: the office before
// the body is that person's ("the head of the Borduria Liberation Front
// Sheikh Kovan Terash"). A name after the rank that holds a body's head
// is still the body's ("the Ruritania Sultan Kovan Brigade").
func TestRankEndsBodyBeforePerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The head of the Borduria Liberation Front Sheikh Kovan Terash said on Tuesday that talks would resume.",
			want: []string{fact("Kovan Terash", graph.HeadOf, "Borduria Liberation Front")},
			not:  []string{fact("Kovan Terash", graph.HeadOf, "Borduria Liberation Front Sheikh Kovan Terash")}},
		{text: "The commander of the Borduria Defence Forces Maj. Gen. Arvo Kesk said the troops would withdraw.",
			want: []string{fact("Arvo Kesk", graph.HeadOf, "Borduria Defence Forces")}},
		{text: "The chairman of the Borduria National Council Dr. Ilse Varn met Kovan Terash in Geneva.",
			want: []string{fact("Ilse Varn", graph.HeadOf, "Borduria National Council"), fact("Ilse Varn", graph.MetWith, "Kovan Terash")},
			not:  []string{fact("Ilse Varn", graph.HeadOf, "Borduria National Council Dr")}},
		{text: "Leader of the Islamic Revolution Ayatollah Seyyed Gigan Tarvol said on Tuesday that Iran would respond.",
			want: []string{fact("Gigan Tarvol", graph.HeadOf, "Iran")},
			not:  []string{fact("Gigan Tarvol", graph.HeadOf, "Islamic Revolution")}},
		{text: "Fighters of the Ruritania Sultan Kovan Brigade attacked the Borduria Liberation Front on Monday.",
			want: []string{fact("Ruritania Sultan Kovan Brigade", graph.Fights, "Borduria Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Units of the Ruritania Sultan Kovan Brigade shelled the Borduria Liberation Front, its head Kovan Terash said.",
			not:       []string{fact("Sultan Kovan Brigade", graph.Fights, "Borduria Liberation Front")},
			companion: "Units of the Sultan Kovan Brigade shelled the Borduria Liberation Front, its head Kovan Terash said.",
			want:      []string{fact("Sultan Kovan Brigade", graph.Fights, "Borduria Liberation Front")}},
	})
}

// A name of two words ending in a body's head, with no "the", used as the
// modifier of the armed members of a band, names that band wherever it
// stands: subject, object, after a backer, in a list. A body every state
// has ("Foreign Ministry") and a man's name are none.
func TestHeadedBandBeforeItsMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarvolah Front fighters ambushed a Peruvian convoy near the border.",
			want: []string{fact("Tarvolah Front", graph.Fights, "Peru")}},
		{text: "Chilean troops shelled Borduria Brigades militants in the hills on Sunday.",
			want: []string{fact("Chile", graph.Fights, "Borduria Brigades")}},
		{text: "Peru-backed Orvask Movement gunmen clashed with Vantar Army insurgents overnight.",
			want: []string{fact("Peru", graph.Supports, "Orvask Movement"), fact("Orvask Movement", graph.Fights, "Vantar Army")}},
		{text: "Kestrel Front combatants attacked Bolivian positions, the army said.",
			want: []string{fact("Kestrel Front", graph.Fights, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Foreign Ministry militants attacked a Peruvian convoy near the border.",
			not:       []string{fact("Foreign Ministry", graph.Fights, "Peru")},
			companion: "Tarvolah Front militants attacked a Peruvian convoy near the border.",
			want:      []string{fact("Tarvolah Front", graph.Fights, "Peru")}},
		{text: "Chilean troops shelled Borduria Brigades headquarters in the hills.",
			not:       []string{fact("Chile", graph.Fights, "Borduria Brigades")},
			companion: "Chilean troops shelled Borduria Brigades fighters in the hills.",
			want:      []string{fact("Chile", graph.Fights, "Borduria Brigades")}},
	})
}

// An unknown name set off by an appositive office that "his" or "her"
// determines is a person's, wherever the name stands: after "with" in a
// call, in a list of subjects, as an object.
func TestPersonBeforePossessedOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean Foreign Minister Ivo Tarsh spoke by phone with Belan Oskari, his Peruvian counterpart.",
			want: []string{fact("Belan Oskari", graph.SpokeWith, "Ivo Tarsh"), fact("Belan Oskari", graph.ForeignMinisterOf, "Peru")}},
		{text: "Chilean Foreign Minister Ivo Tarsh and Belan Oskari, his Peruvian counterpart, discussed the border on Monday.",
			want: []string{fact("Belan Oskari", graph.SpokeWith, "Ivo Tarsh")}},
		{text: "Bolivian President Ana Brel spoke with Karel Dostan, her Chilean counterpart, about the dispute.",
			want: []string{fact("Ana Brel", graph.SpokeWith, "Karel Dostan"), fact("Karel Dostan", graph.PresidentOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean Foreign Minister Ivo Tarsh spoke by phone with Belan Oskari, his Peruvian home town.",
			not:       []string{fact("Belan Oskari", graph.SpokeWith, "Ivo Tarsh")},
			companion: "Chilean Foreign Minister Ivo Tarsh spoke by phone with Belan Oskari, his Peruvian counterpart.",
			want:      []string{fact("Belan Oskari", graph.SpokeWith, "Ivo Tarsh")}},
	})
}

// A body's head that an owner opens goes on over "of" to the field it
// names: the state's possessive or adjective, or a body's possessive,
// makes "Ministry of Public Health" a body of its own, part of its owner,
// named with the state's adjective as "Peru's Health Ministry" is.
func TestOwnedBodiesNamedByTheirField(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's Ministry of Public Health said 20 people were hurt.",
			want: []string{fact("Peru's Ministry of Public Health", graph.PartOf, "Peru")}},
		{text: "The Chilean Ministry of Transport closed the road on Monday.",
			want: []string{fact("Chilean Ministry of Transport", graph.PartOf, "Chile")}},
		{text: "A spokesman for Bolivia's Ministry of Water and Energy said the dam held.",
			want: []string{fact("Bolivia's Ministry of Water and Energy", graph.PartOf, "Bolivia")}},
		{text: "Ivo Tarsh, the head of Peru's Bureau of Special Operations 2, said the road was closed.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Peru's Bureau of Special Operations 2"), fact("Peru's Bureau of Special Operations 2", graph.PartOf, "Peru")}},
		{text: "Hezbollah's Department of Information said the road was closed.",
			want: []string{fact("Department of Information", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// Two words the lexicon does not know after "of" are a person's
		// name, no field.
		{text: "Peru's Council of Ivo Tarsh said the road was closed.",
			not:       []string{fact("Peruvian Council of Ivo Tarsh", graph.PartOf, "Peru")},
			companion: "Peru's Ministry of Justice said the road was closed.",
			want:      []string{fact("Peru's Ministry of Justice", graph.PartOf, "Peru")}},
		// Without an owner the field names no one's body.
		{text: "The Ministry of Public Health in Kordal said 20 people were hurt.",
			not:       []string{fact("Ministry of Public Health", graph.PartOf, "Peru")},
			companion: "Peru's Ministry of Economy said prices rose.",
			want:      []string{fact("Peru's Ministry of Economy", graph.PartOf, "Peru")}},
	})
}

// The armed members a sentence opens with, capitalised there ("Fighters
// of", "Militants of"), are no part of the name an acronym in brackets
// defines after them.
func TestBandMembersBeforeDefinedName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighters of Jama'at Tarvol al-Dostan (JTD) attacked the town. Chile condemned the JTD.",
			want: []string{fact("Chile", graph.Opposes, "Jama'at Tarvol al-Dostan")},
			not:  []string{fact("Chile", graph.Opposes, "Fighters of Jama'at Tarvol al-Dostan")}},
		{text: "Militants of the Borduria Liberation Front (BLF) attacked the town. Peru backs the BLF.",
			want: []string{fact("Peru", graph.Supports, "Borduria Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A body's own name may open with its members' noun when no
		// "of" follows: "Fighters for Tarvol Unity (FTU)" is a name.
		{text: "Peru backs the Fighters for Tarvol Unity (FTU).",
			not:       []string{fact("Peru", graph.Supports, "Tarvol Unity")},
			companion: "Peru backs the Fighters for Tarvol Unity (FTU), the envoy said.",
			want:      []string{fact("Peru", graph.Supports, "Fighters for Tarvol Unity")}},
	})
}

// A body a known body's name opens goes on over "for" to the state it
// serves, as over "in": "the UN Assistance Mission for Chile" is the UN's.
func TestSubBodyForAState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ana Mirov, the head of the UN Assistance Mission for Chile (UNAMC), condemned the attack.",
			want: []string{fact("Ana Mirov", graph.HeadOf, "UN Assistance Mission for Chile"), fact("UN Assistance Mission for Chile", graph.PartOf, "United Nations")}},
		{text: "The EU Training Mission for Peru said the course had ended.",
			want: []string{fact("EU Training Mission for Peru", graph.PartOf, "European Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's possessive after "for" names no part of the body's
		// name: "the UN Mission for Chile's refugees" is the mission.
		{text: "The UN Mission for Chile's refugees condemned the attack.",
			not:       []string{fact("UN Mission for Chile", graph.PartOf, "United Nations")},
			companion: "The UN Mission for Chile condemned the attack.",
			want:      []string{fact("UN Mission for Chile", graph.PartOf, "United Nations")}},
	})
}

// An acronym in brackets that is the initials of the capitalised words
// before it in another order, as a body named in English keeps the
// acronym of its own language (noun first), defines them as the body's
// name even where a known state or a title's word ("Defence") stands
// inside them; an acronym with a letter no word gives, or a word left
// without its letter, defines no such name.
func TestAcronymOfReorderedInitials(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya backs the Borduria Defence Armed Forces (FADB) in the north.",
			want: []string{fact("Kenya", graph.Supports, "Borduria Defence Armed Forces")}},
		{text: "Chad sent troops to fight alongside the Borduria Defence Armed Forces (FADB).\n\nThe FADB later attacked Kenya.",
			want: []string{fact("Borduria Defence Armed Forces", graph.Fights, "Kenya")}},
		{text: "Chad fought the Democratic Forces for the Liberation of Kenya (FDLK) in the east.",
			want: []string{fact("Chad", graph.Fights, "Democratic Forces for the Liberation of Kenya")},
			not:  []string{fact("Chad", graph.Fights, "Democratic Forces")}},
		{text: "Peru struck the Armed Forces of the Popular Republic of Sardovia (FAPRS) last week.",
			want: []string{fact("Peru", graph.Fights, "Armed Forces of the Popular Republic of Sardovia")}},
		{text: "Kenya said the Sardovian Patriotic Movement (MPS) had attacked Chad.",
			want: []string{fact("Chad", graph.Fights, "Sardovian Patriotic Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad fought the Democratic Forces for the Liberation of Kenya (FDLX) in the east.",
			not:       []string{fact("Chad", graph.Fights, "Democratic Forces for the Liberation of Kenya")},
			companion: "Chad fought the Democratic Forces for the Liberation of Kenya (FDLK) in the east.",
			want:      []string{fact("Chad", graph.Fights, "Democratic Forces for the Liberation of Kenya")}},
		{text: "Chad fought the Democratic Forces for the Liberation of Kenya (FDL) in the east.",
			not:       []string{fact("Chad", graph.Fights, "Democratic Forces for the Liberation of Kenya")},
			companion: "Chad fought the Democratic Forces for the Liberation of Kenya (FDLK) in the east.",
			want:      []string{fact("Chad", graph.Fights, "Democratic Forces for the Liberation of Kenya")}},
		{text: "Kenya backs the Borduria Defence Armed Forces (FADX) in the north.",
			not:       []string{fact("Kenya", graph.Supports, "Borduria Defence Armed Forces")},
			companion: "Kenya backs the Borduria Defence Armed Forces (FADB) in the north.",
			want:      []string{fact("Kenya", graph.Supports, "Borduria Defence Armed Forces")}},
	})
}

// States named together under a name of their own ("A, B and C, known as
// the X"; "the three countries, known as the X") make X a body, a bloc the
// states are members of; "the so-called X" names a body too where X has
// a body's shape: a body's head ends it, or it is one word the lexicon
// does not know, letters and digits perhaps. One state so named, a name
// that qualifies a noun after it, or a deal's name, makes none.
func TestStatesNamedTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Bolivia, known as the Vantri, said they would send troops. Kenya backed the Vantri.",
			want: []string{fact("Chile", graph.MemberOf, "Vantri"), fact("Peru", graph.MemberOf, "Vantri"), fact("Bolivia", graph.MemberOf, "Vantri"), fact("Kenya", graph.Supports, "Vantri")}},
		{text: "Chile, Peru, Kenya and Ghana met in Lima on Monday. The four countries, known as the K4, called for a truce.",
			want: []string{fact("Chile", graph.MemberOf, "K4"), fact("Ghana", graph.MemberOf, "K4")}},
		{text: "Ghana is part of the so-called Vantri with Chile and Peru.",
			want: []string{fact("Ghana", graph.MemberOf, "Vantri"), fact("Peru", graph.MemberOf, "Vantri")}},
		{text: "Kenya backs the so-called Tarvo Council. Peru opposes the Tarvo Council.",
			want: []string{fact("Kenya", graph.Supports, "Tarvo Council"), fact("Peru", graph.Opposes, "Tarvo Council")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile fought Peru, known as the Vantri, last year. Kenya backed the Vantri.",
			not:       []string{fact("Kenya", graph.Supports, "Vantri")},
			companion: "Chile fought Peru and Bolivia, known as the Vantri, last year. Kenya backed the Vantri.",
			want:      []string{fact("Kenya", graph.Supports, "Vantri")}},
		{text: "Kenya backs the so-called Vantri format talks.",
			not:       []string{fact("Kenya", graph.Supports, "Vantri")},
			companion: "Kenya backs the so-called Vantri.",
			want:      []string{fact("Kenya", graph.Supports, "Vantri")}},
	})
	doc, err := extractor(t).Extract("t.txt", []byte("Chile and Peru signed the so-called Vantri Accords in 1999."))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Type == graph.Organization {
			t.Errorf("a deal so named became a body: %q", e.Name)
		}
	}
}

// TestRegionForcesStandForRegion checks a capitalised word the lexicon
// does not know before "forces" or "troops", which the article also writes
// as a place ("in Northland"): the word names a region, its forces stand
// for it, and the region's leader heads the region, not its forces. Where
// the article never writes the word as a place, "Ostrava forces" stays a
// body of its own.
func TestRegionForcesStandForRegion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile sent aid to Northland last week. Peru attacked Northland troops near the border on Monday. The Northland leader, Tovan Amari, said Peru would pay.",
			want: []string{fact("Peru", graph.Fights, "Northland"), fact("Tovan Amari", graph.HeadOf, "Northland"), fact("Chile", graph.Supports, "Northland")},
			not:  []string{fact("Tovan Amari", graph.HeadOf, "Northland troops")}},
		{text: "Fighting spread in Northland on Monday. Peruvian troops were driven out of Vell by Northland forces. Northland's leader Tovan Amari thanked Chile.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Northland"), fact("Northland", graph.Fights, "Peru")},
			not:  []string{fact("Tovan Amari", graph.HeadOf, "Northland forces")}},
		{text: "Peru shelled the town of Vell, in Westmark, on Monday. Chile backs Westmark forces, and Westmark commander Ivo Darsk said the shelling went on.",
			want: []string{fact("Chile", graph.Supports, "Westmark"), fact("Ivo Darsk", graph.HeadOf, "Westmark")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a word the article never writes as a place keeps
		// its forces in its name.
		{text: "Peru attacked Ostrava forces on Monday. Ostrava commander Tovan Amari said the fighting went on.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Ostrava")},
			companion: "Peru attacked Ostrava forces on Monday. Ostrava commander Tovan Amari said the fighting went on in Ostrava.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Ostrava")}},
		// Near miss: a region's body named in full is part of it, no
		// self-relation.
		{text: "Fighting spread in Northland on Monday. Peruvian troops were driven out of Vell by Northland forces. Ivo Darsk, a commander of the Northland Security Forces, said two men died.",
			not:       []string{fact("Northland Security Forces", graph.PartOf, "Northland Security Forces"), fact("Northland Security Forces", graph.PartOf, "Northland forces")},
			companion: "Fighting spread in Northland on Monday. Peruvian troops were driven out of Vell by Northland forces. Ivo Darsk, a commander of the Northland Security Forces, said two men died.",
			want:      []string{fact("Northland Security Forces", graph.PartOf, "Northland")}},
	})
}

// TestRegionPresidentInOtherShapes checks a self-governing region named by
// its president's office in the shapes other than "Tarvoland President X":
// the possessive before the name ("Northland's president X") and the
// appositive after it ("X, the Northland president,"), where the article
// writes the word as a place; a company's president is in no place, and a
// word written inside a longer name is none.
func TestRegionPresidentInOtherShapes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru shelled towns in Northland on Monday. Northland's president Tovan Amari condemned Peru.",
			want: []string{fact("Tovan Amari", graph.PresidentOf, "Northland"), fact("Tovan Amari", graph.Opposes, "Peru")}},
		{text: "Peru shelled towns in Northland on Monday. Northland's President, Tovan Amari, thanked Chile.",
			want: []string{fact("Tovan Amari", graph.PresidentOf, "Northland")}},
		{text: "Peru shelled towns in Northland on Monday. Tovan Amari, the Northland president, condemned Peru.",
			want: []string{fact("Tovan Amari", graph.PresidentOf, "Northland")}},
		{text: "Chile sent troops to Westmark last year. On Monday Ivo Darsk, the Westmark president, met Chile's president in Lima.",
			want: []string{fact("Ivo Darsk", graph.PresidentOf, "Westmark")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a company's president, in no place.
		{text: "Akio Tanaka, the Vorlux president, met Peru's president on Monday.",
			not:       []string{fact("Akio Tanaka", graph.PresidentOf, "Vorlux")},
			companion: "Vorlux was founded in Vorlux. Akio Tanaka, the Vorlux president, met Peru's president on Monday.",
			want:      []string{fact("Akio Tanaka", graph.PresidentOf, "Vorlux")}},
		{text: "Peru shelled Northland on Monday. Northland's president Tovan Amari condemned Peru.",
			not:       []string{fact("Tovan Amari", graph.PresidentOf, "Northland")},
			companion: "Peru shelled towns in Northland on Monday. Northland's president Tovan Amari condemned Peru.",
			want:      []string{fact("Tovan Amari", graph.PresidentOf, "Northland")}},
		// Near miss: the end of a longer name ("Upper-Northland").
		{text: "Peru shelled towns in Upper-Northland. Tovan Amari, the Northland president, condemned Peru.",
			not:       []string{fact("Tovan Amari", graph.PresidentOf, "Northland")},
			companion: "Peru shelled towns in Northland. Tovan Amari, the Northland president, condemned Peru.",
			want:      []string{fact("Tovan Amari", graph.PresidentOf, "Northland")}},
	})
}

// TestRegionVicePresident checks a state's member office (a vice
// president) with a self-governing region's qualifier: a member of the
// region, before the name, possessive, or apposed after it, as its
// president is the region's.
func TestRegionVicePresident(t *testing.T) {
	const opening = "Peru shelled towns in Northland on Monday. Northland President Ana Brel condemned Peru. "
	checkFacts(t, []factCase{
		{text: opening + "Northland's vice president, Tovan Amari, said the town was calm.",
			want: []string{fact("Tovan Amari", graph.MemberOf, "Northland"), fact("Ana Brel", graph.PresidentOf, "Northland")}},
		{text: opening + "Tovan Amari, the Northland vice president, said the town was calm.",
			want: []string{fact("Tovan Amari", graph.MemberOf, "Northland")}},
		{text: opening + "Northland Vice President Tovan Amari said the town was calm.",
			want: []string{fact("Tovan Amari", graph.MemberOf, "Northland")}},
		{text: "Peru's vice president, Tovan Amari, said the town was calm.",
			want: []string{fact("Tovan Amari", graph.MemberOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the vice president of a state is no member of a
		// region named elsewhere in the sentence.
		{text: opening + "Tovan Amari, the Peruvian vice president, visited Northland.",
			not:       []string{fact("Tovan Amari", graph.MemberOf, "Northland")},
			companion: opening + "Tovan Amari, the Northland vice president, visited Peru.",
			want:      []string{fact("Tovan Amari", graph.MemberOf, "Northland")}},
	})
}

// TestSurnameWithParticleSpelledOtherwise checks a person the article
// names in full with a particle surname ("Tarik al-Vosk", "Kovan Al
// Assad") and later by the surname spelt otherwise: the particle glued or
// spaced, in capitals or not, after a courtesy title, rank or office
// ("Mr Al Vosk", "President al Vosk", "Sheikh Al-Vosk"). He keeps the
// surname even where the catalog knows another man by it. Someone else
// with a given name before the particle, or a body whose name holds the
// surname, stays apart.
func TestSurnameWithParticleSpelledOtherwise(t *testing.T) {
	const intro = "Ruritanian President Tarik al-Vosk arrived in Chile on Monday. "
	checkFacts(t, []factCase{
		{text: intro + "Peruvian President Darel Quon greeted Mr Al Vosk at the airport.",
			want: []string{fact("Darel Quon", graph.MetWith, "Tarik al-Vosk")}},
		{text: intro + "Mr Al Vosk thanked Chile for its aid.",
			want: []string{fact("Tarik al-Vosk", graph.Thanked, "Chile")}},
		{text: intro + "Later President al Vosk thanked Peru for the aid it had sent.",
			want: []string{fact("Tarik al-Vosk", graph.Thanked, "Peru")}},
		{text: "Ruritanian President Tarik Al Vosk arrived in Chile on Monday. Sheikh al-Vosk thanked Chile for its aid.",
			want: []string{fact("Tarik Al Vosk", graph.Thanked, "Chile")}},
		{text: "Ruritanian President Tarik Al Vosk arrived in Chile on Monday. Foreign Minister Darel Quon met Mr. Al Vosk in Santiago.",
			want: []string{fact("Darel Quon", graph.MetWith, "Tarik Al Vosk")}},
		// The catalog's man of the surname is not the article's.
		{text: "Syrian President Kovan Al Assad arrived in Oman on Monday. Mr Al Assad thanked Oman for its aid.",
			want: []string{fact("Kovan Al Assad", graph.Thanked, "Oman")},
			not:  []string{fact("Bashar al-Assad", graph.Thanked, "Oman")}},
		{text: "Syrian President Kovan Al Assad arrived in Oman on Monday. Mr Assad thanked Oman for its aid.",
			want: []string{fact("Kovan Al Assad", graph.Thanked, "Oman")},
			not:  []string{fact("Bashar al-Assad", graph.Thanked, "Oman")}},
	})
	checkNegatives(t, []negativeCase{
		{text: intro + "Sheikh Mansour bin Vosk thanked Chile for its aid.",
			not:       []string{fact("Tarik al-Vosk", graph.Thanked, "Chile")},
			companion: intro + "Sheikh Al Vosk thanked Chile for its aid.",
			want:      []string{fact("Tarik al-Vosk", graph.Thanked, "Chile")}},
		{text: intro + "Hilal Al Vosk thanked Chile for its aid.",
			not:       []string{fact("Tarik al-Vosk", graph.Thanked, "Chile")},
			companion: intro + "Mr Al Vosk thanked Chile for its aid.",
			want:      []string{fact("Tarik al-Vosk", graph.Thanked, "Chile")}},
		// The article named the catalog's man in full too: the
		// particle surname stays his, as the catalog reads it.
		{text: "Kovan al-Assad commands the Fourth Division. President Bashar al-Assad met Lavrov. Al-Assad thanked Iran for its aid.",
			not:       []string{fact("Kovan al-Assad", graph.Thanked, "Iran")},
			companion: "Kovan al-Assad commands the Fourth Division. Al-Assad thanked Iran for its aid.",
			want:      []string{fact("Kovan al-Assad", graph.Thanked, "Iran")}},
		{text: intro + "The Borduria Front fought the Al Vosk Brigade near Kelm.",
			not:       []string{fact("Borduria Front", graph.Fights, "Tarik al-Vosk"), fact("Tarik al-Vosk", graph.Fights, "Borduria Front")},
			companion: intro + "The Borduria Front fought Mr Al Vosk near Kelm.",
			want:      []string{fact("Borduria Front", graph.Fights, "Tarik al-Vosk")}},
	})
}

// TestNameBoundsOverFieldsAndPossessives checks where a body's name ends
// when it goes on past its head: over "of" or "for" to the field or land
// it is for, over "in" to the state a name with a field is in, and over a
// possessive inside it (a noun of members, a capitalised plural, a title's
// rank) with a suffix glued to its head.
func TestNameBoundsOverFieldsAndPossessives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya backs the Popular Front for the Liberation of Vorgalia in its war.",
			want: []string{fact("Kenya", graph.Supports, "Popular Front for the Liberation of Vorgalia")},
			not:  []string{fact("Kenya", graph.Supports, "Popular Front")}},
		{text: "Somalia fought the Democratic Forces for the Salvation of Tovania on Monday.",
			want: []string{fact("Democratic Forces for the Salvation of Tovania", graph.Fights, "Somalia")}},
		{text: "Ivo Tarsh, a senior official of the Patriotic Movement of Vorgalia, met Kenya's president.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Patriotic Movement of Vorgalia")},
			not:  []string{fact("Ivo Tarsh", graph.MemberOf, "Patriotic Movement")}},
		{text: "Chad supports the Coalition for Renewal in the Central African Republic.",
			want: []string{fact("Chad", graph.Supports, "Coalition for Renewal in the Central African Republic")}},
		{text: "Chad supports the Alliance for Justice in Sudan, a rebel group.",
			want: []string{fact("Chad", graph.Supports, "Alliance for Justice in Sudan")}},
		{text: "Ivo Tarsh, a commander of the Kenya People's Liberation Movement-North, attacked Somalia.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Kenya People's Liberation Movement-North")},
			not:  []string{fact("Ivo Tarsh", graph.MemberOf, "Liberation Movement-North")}},
		{text: "The Peru Doctors' Union condemned Chile on Monday.",
			want: []string{fact("Peru Doctors' Union", graph.Opposes, "Chile")}},
		{text: "Kenya condemned the Peru Workers' Party on Monday.",
			want: []string{fact("Kenya", graph.Opposes, "Peru Workers' Party")}},
		{text: "The Preliminary Committee of the Chad Nurses' Union condemned Sudan on Monday.",
			want: []string{fact("Preliminary Committee of the Chad Nurses' Union", graph.Opposes, "Sudan")},
			not:  []string{fact("Preliminary Committee of the Chad", graph.PartOf, "Chad")}},
		{text: "Peru condemned the Inspector General's Office of Chile on Monday.",
			want: []string{fact("Peru", graph.Opposes, "Inspector General's Office of Chile"), fact("Inspector General's Office of Chile", graph.PartOf, "Chile")},
			not:  []string{fact("Office of Chile", graph.PartOf, "Chile")}},
		// A state's own body keeps its owner: the possessive of a name
		// is no part of one.
		{text: "Kenya's Defence Forces attacked Somalia on Monday.",
			want: []string{fact("Kenya's Defence Forces", graph.PartOf, "Kenya")}},
		{text: "The Air Force of the Armed Forces of Chad struck Sudan on Monday.",
			want: []string{fact("Armed Forces of Chad", graph.PartOf, "Chad")},
			not:  []string{fact("Air Force of the Armed Forces of Chad", graph.Fights, "Sudan")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a capital after "in" is where the body is, not its name's.
		{text: "Chad attacked the Movement for Justice in Lima on Monday.",
			not:       []string{fact("Chad", graph.Fights, "Movement for Justice in Lima")},
			companion: "Chad attacked the Movement for Justice in Kenya on Monday.",
			want:      []string{fact("Chad", graph.Fights, "Movement for Justice in Kenya")}},
		// Near miss: "in" after a name with no field of its own.
		{text: "Chad attacked the Vantar Front in Kenya on Monday.",
			not:       []string{fact("Chad", graph.Fights, "Vantar Front in Kenya")},
			companion: "Chad attacked the Vantar Front for Unity in Kenya on Monday.",
			want:      []string{fact("Chad", graph.Fights, "Vantar Front for Unity in Kenya")}},
		// Near miss: a person after "of" leads the body.
		{text: "Peru attacked the Vantar Front of Ahmad Kardi on Monday.",
			not:       []string{fact("Peru", graph.Fights, "Vantar Front of Ahmad Kardi")},
			companion: "Peru attacked the Vantar Front of Tovania on Monday.",
			want:      []string{fact("Peru", graph.Fights, "Vantar Front of Tovania")}},
		// Near miss: the place modifies a lower-case noun of armed groups.
		{text: "The Joint Force of the Vorgalia armed movements fought the Sudanese army on Monday.",
			not:       []string{fact("Joint Force of the Vorgalia", graph.Fights, "Sudanese army")},
			companion: "The Joint Force of the Vorgalia fought the Sudanese army on Monday.",
			want:      []string{fact("Joint Force of the Vorgalia", graph.Fights, "Sudanese army")}},
		// Near miss: the land modifies a lower-case noun of places.
		{text: "The Vantar Front of Vorgalia region attacked Chad on Monday.",
			not:       []string{fact("Chad", graph.Fights, "Vantar Front of Vorgalia")},
			companion: "The Vantar Front of Vorgalia attacked Chad on Monday.",
			want:      []string{fact("Chad", graph.Fights, "Vantar Front of Vorgalia")}},
		// Near miss: a head alone with no "the" opens the sentence as a
		// plural noun.
		{text: "Forces of Vorgalia attacked Chad on Monday.",
			not:       []string{fact("Chad", graph.Fights, "Forces of Vorgalia")},
			companion: "The Democratic Forces of Vorgalia attacked Chad on Monday.",
			want:      []string{fact("Chad", graph.Fights, "Democratic Forces of Vorgalia")}},
		// Near miss: after "of", two words of the lexicon name a cause,
		// not a land.
		{text: "Peru attacked the Vantar Front of Human Rights on Monday.",
			not:       []string{fact("Peru", graph.Fights, "Vantar Front of Human Rights")},
			companion: "Peru attacked the Vantar Front for Human Rights on Monday.",
			want:      []string{fact("Peru", graph.Fights, "Vantar Front for Human Rights")}},
		// Near miss: an acronym in brackets that the words do not spell.
		{text: "Peru attacked the Vantar Front for the Liberation of Tovania (XYZ) on Monday.",
			not:       []string{fact("Peru", graph.Fights, "Vantar Front for the Liberation of Tovania")},
			companion: "Peru attacked the Vantar Front for the Liberation of Tovania on Monday.",
			want:      []string{fact("Peru", graph.Fights, "Vantar Front for the Liberation of Tovania")}},
		// Near miss: "and" goes on to another capital; the name is not cut.
		{text: "Chad supports the Forces of Freedom and Renewal, a rebel coalition.",
			not:       []string{fact("Chad", graph.Supports, "Forces of Freedom")},
			companion: "Chad supports the Forces of Freedom, a rebel coalition.",
			want:      []string{fact("Chad", graph.Supports, "Forces of Freedom")}},
	})
}

// TestAcronymOpensTheName checks that an acronym in brackets decides
// where the name before it begins: at the word its first letter opens,
// back over "for the" or over a possessive the acronym spells across.
func TestAcronymOpensTheName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru fought the Cooperative for the Development of Tovania (CODETO) on Monday.",
			want: []string{fact("Cooperative for the Development of Tovania", graph.Fights, "Peru")},
			not:  []string{fact("Development of Tovania", graph.Fights, "Peru")}},
		{text: "Kenya backs the Convention for the Popular Revolution (CPR) in the north.",
			want: []string{fact("Kenya", graph.Supports, "Convention for the Popular Revolution")}},
		{text: "Peru fought Ivo Tarsh's Lord's Resistance Army (LRA) on Monday.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Lord's Resistance Army")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Resistance Army")}},
		{text: "Chad condemned the Vorgal Workers' Defence Union (VWDU) on Monday.",
			want: []string{fact("Chad", graph.Opposes, "Vorgal Workers' Defence Union")}},
		// "of the" after a man's name is his body's, whatever its
		// acronym ("IRK" in another order).
		{text: "The opposition leader, Ivo Tarsh of the Kenya Renaissance Movement (IRK), was barred.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Kenya Renaissance Movement")},
			not:  []string{fact("Ivo Tarsh of the Kenya Renaissance Movement", graph.PartOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a man's possessive the acronym does not spell across
		// is his body's owner, not its name's.
		{text: "Peru fought Ivo Tarsh's Kenya Renaissance Movement (IRK) on Monday.",
			not:       []string{fact("Peru", graph.Fights, "Ivo Tarsh's Kenya Renaissance Movement")},
			companion: "Peru fought Ivo Tarsh's Lord's Resistance Army (LRA) on Monday.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Lord's Resistance Army")}},
	})
}

// TestPolityOpensBodyName checks that a self-governing region the article
// found by its president's office opens the name of a body written all in
// capitals after it, which is the region's, and that a one-word body with
// no such office does not.
func TestPolityOpensBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Vantaria President Ivo Tarsh visited the front line on Monday. Ivo Dragan, the commander of the Vantaria Counter-Terrorism Forces, said the militants fled.",
			want: []string{fact("Ivo Dragan", graph.HeadOf, "Vantaria Counter-Terrorism Forces"), fact("Vantaria Counter-Terrorism Forces", graph.PartOf, "Vantaria")},
			not:  []string{fact("Ivo Dragan", graph.HeadOf, "Counter-Terrorism Forces")}},
		{text: "Vantaria President Ivo Tarsh visited the front line on Monday. The Vantaria Defence Forces attacked the Shabaab on Monday.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Vantaria Defence Forces"), fact("Vantaria Defence Forces", graph.PartOf, "Vantaria")},
			not:  []string{fact("Al-Shabaab", graph.Fights, "Vantaria")}},
		{text: "Vantaria President Ivo Tarsh visited the front line on Monday. The offensive was launched by the Vantaria Defence Forces (VDF) in December.",
			want: []string{fact("Vantaria Defence Forces", graph.PartOf, "Vantaria")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a body the article named by one word, with no
		// president, is no region: its longer name is its own.
		{text: "Tarvolah said on Monday it would expand. The Tarvolah Security Forces attacked the Shabaab on Monday.",
			not:       []string{fact("Tarvolah Security Forces", graph.PartOf, "Tarvolah")},
			companion: "Tarvolah President Ivo Tarsh said on Monday it would expand. The Tarvolah Security Forces attacked the Shabaab on Monday.",
			want:      []string{fact("Tarvolah Security Forces", graph.PartOf, "Tarvolah")}},
	})
}

// TestPortfolioWordOpensBodyName checks that a word of titles that names
// no office alone opens a body's name of words ending in a head, joined by
// "and" or not, with or without an acronym after it, and that an office's
// title or adjective does not.
func TestPortfolioWordOpensBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The minister said the Defence and Security Forces had attacked Chad.",
			want: []string{fact("Chad", graph.Fights, "Defence and Security Forces")},
			not:  []string{fact("Chad", graph.Fights, "Security Forces")}},
		{text: "Kenya condemned the Foreign and Security Policy Committee on Monday.",
			want: []string{fact("Kenya", graph.Opposes, "Foreign and Security Policy Committee")}},
		{text: "The Defence and Security Forces (FDS) attacked Chad on Monday.\n\nThe FDS later withdrew.",
			want: []string{fact("Chad", graph.Fights, "Defence and Security Forces")}},
		{text: "Ivo Tarsh, the head of the Foreign Policy Affairs Department, met Kenya's president.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Foreign Policy Affairs Department")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Policy Affairs Department")}},
		{text: "The Defence Intelligence Directorate accused Kenya of spying.",
			want: []string{fact("Defence Intelligence Directorate", graph.Opposes, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: an office's title before "and" is a person's.
		{text: "Kenya condemned the President and Security Council members on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "President and Security Council")},
			companion: "Kenya condemned the Defence and Security Council on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Defence and Security Council")}},
		// Near miss: an office's adjective opens no body's name where
		// it opens the sentence (after "the", capitalised, it opens one:
		// TestCapitalisedFunctionWordOpensBodyName).
		{text: "New Tovan Unity Party fighters attacked Kenya on Monday.",
			not:       []string{fact("Kenya", graph.Fights, "New Tovan Unity Party")},
			companion: "Kenya condemned the Foreign Tovan Unity Party on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Foreign Tovan Unity Party")}},
	})
}

// A body the lexicon does not know is named by the words the text
// introduces it with: an appositive whose noun is a body's kind, qualified
// by a people's or a region's name the lexicon does not know ("Mata Nuru,
// a Zande militia,"); a naming phrase after a civic body's noun ("the
// youth forum known as X"); a civic body's noun before the name ("the
// civil society platform X"); the volunteers of a band ("volunteers of
// the X"). A capitalised run before the kind noun names another body, and
// a person's noun after the kind ("a Zande militia commander") keeps the
// name a man's.
func TestBodiesIntroducedByTheirKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mata Nuru, a Zande militia, attacked Kenyan troops near the border.",
			want: []string{fact("Kenya", graph.Fights, "Mata Nuru")},
			not:  []string{fact("Kenya", graph.Fights, "Zande")}},
		{text: "Kenya accused Mata Nuru, a Toro self-defence group, of attacks near the border.",
			want: []string{fact("Kenya", graph.Opposes, "Mata Nuru")}},
		{text: "Kelonga Nuru, a Vastra youth collective, condemned Kenya on Monday.",
			want: []string{fact("Kelonga Nuru", graph.Opposes, "Kenya")}},
		{text: "Chile fought Drom Velka, a Loru militia of the hills.",
			want: []string{fact("Chile", graph.Fights, "Drom Velka")}},
		{text: "Peru backs the youth forum known as the Kivu Voices.",
			want: []string{fact("Peru", graph.Supports, "Kivu Voices")}},
		{text: "Chile backs the association known as the Free Voices, its minister said.",
			want: []string{fact("Chile", graph.Supports, "Free Voices")}},
		{text: "The civil society platform Kelonga Nuru condemned Kenya on Monday.",
			want: []string{fact("Kelonga Nuru", graph.Opposes, "Kenya")}},
		{text: "Kenyan troops, supported by volunteers of the Kelo Nyota, repelled the attack.",
			want: []string{fact("Kelo Nyota", graph.Supports, "Kenya")}},
		// A person's noun after the kind: the name is a man's.
		{text: "Kenya accused Jan Kowal, a Zande militia commander, of attacks near the border.",
			want: []string{fact("Jan Kowal", graph.MemberOf, "Zande")},
			not:  []string{fact("Kenya", graph.Opposes, "Zande")}},
	})
	checkNegatives(t, []negativeCase{
		// Two capitalised words before the kind name a body of their
		// own, which the appositive does not give the name before it.
		{text: "Chile fought Mata Nuru, a Kivu Lions militia.",
			not:       []string{fact("Chile", graph.Fights, "Mata Nuru")},
			companion: "Chile fought Mata Nuru, a Kivu militia.",
			want:      []string{fact("Chile", graph.Fights, "Mata Nuru")}},
	})
}

// A name apposed to a noun phrase of a body's kind before it, set off by
// commas, is that body's, and stands where the phrase does: "a newly
// formed militia, Mata Nuru, fought". After "of" or "for" the name is an
// officer's ("the head of the coalition, Ivo Tarsh,").
func TestNameApposedToItsKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A newly formed self-defence militia, Mata Nuru, fought Kenyan troops.",
			want: []string{fact("Kenya", graph.Fights, "Mata Nuru")}},
		{text: "Kenya accused the local militia, Mata Nuru, of attacks.",
			want: []string{fact("Kenya", graph.Opposes, "Mata Nuru")}},
		{text: "Chile backs a Vastra youth movement, Kelonga Nuru.",
			want: []string{fact("Chile", graph.Supports, "Kelonga Nuru")}},
		{text: "An armed group, Drom Velka, attacked Peruvian soldiers near the border.",
			want: []string{fact("Drom Velka", graph.Fights, "Peru")}},
		// A backer inside the phrase keeps its mention and its backing.
		{text: "Kenya says a Chad-backed militia, Mata Nuru, attacked its troops.",
			want: []string{fact("Chad", graph.Supports, "Mata Nuru")}},
		{text: "Kenya says the Chad-backed militia, Mata Nuru, attacked its troops.",
			want: []string{fact("Chad", graph.Supports, "Mata Nuru")}},
		{text: "A Chad-backed militia, Mata Nuru, attacked Kenyan troops.",
			want: []string{fact("Chad", graph.Supports, "Mata Nuru"), fact("Kenya", graph.Fights, "Mata Nuru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The head of the coalition, Ivo Tarsh, condemned Kenya.",
			not:       []string{fact("Ivo Tarsh", graph.Opposes, "Kenya"), fact("coalition", graph.Opposes, "Kenya")},
			companion: "The local militia, Ivo Tarsh, condemned Kenya.",
			want:      []string{fact("Ivo Tarsh", graph.Opposes, "Kenya")}},
		// A sentence opening with the phrase, no determiner before its
		// first word: nothing reads before the sentence's start.
		{text: "Zande militia, Mata Nuru, attacked Kenyan troops.",
			not:       []string{fact("Zande", graph.Fights, "Kenya")},
			companion: "The local militia, Mata Nuru, attacked Kenyan troops.",
			want:      []string{fact("Mata Nuru", graph.Fights, "Kenya")}},
		{text: "Local militia, Mata Nuru, attacked the village.",
			not:       []string{fact("Mata Nuru", graph.Fights, "village")},
			companion: "A newly formed self-defence militia, Mata Nuru, fought Kenyan troops.",
			want:      []string{fact("Mata Nuru", graph.Fights, "Kenya")}},
	})
}

// TestMissionApposedServedLand: a name apposed to a mission "in the" land
// it serves is the mission's only after a noun of a state's land; after a
// place's noun it is the place's name.
func TestMissionApposedServedLand(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Soldiers guarded a base of the UN mission in the town, Arvel, on Monday.",
			not:       []string{fact("Arvel", graph.PartOf, "United Nations")},
			companion: "Soldiers guarded a base of the UN mission in the country, Korvana, on Monday.",
			want:      []string{fact("Korvana", graph.PartOf, "United Nations")}},
		{text: "The UN force in the district, Tarsh, was reinforced.",
			not:       []string{fact("Tarsh", graph.PartOf, "United Nations")},
			companion: "The UN force in the territory, Tarsh, was reinforced.",
			want:      []string{fact("Tarsh", graph.PartOf, "United Nations")}},
	})
}

// TestPlaceOwnsNoBody: one unknown word that owns only what a place owns
// ("Marvillo's residents", "Marvillo and its suburbs") is no body; one
// that owns a body's things is.
func TestPlaceOwnsNoBody(t *testing.T) {
	for _, c := range []struct {
		text, name string
		body       bool
	}{
		{"Marvillo's residents fled the shelling on Monday. Marvillo and its suburbs lost power after the strike.", "Marvillo", false},
		{"Marvillo's mayor fled the shelling on Monday. The streets of Marvillo and its outskirts lost power.", "Marvillo", false},
		// Companion: a body's fighters and allies.
		{"Tarvolah's fighters fired rockets on Monday. Tarvolah and its allies rejected the truce.", "Tarvolah", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			typ, ok := entityTypes(t, c.text)[c.name]
			if got := ok && typ == graph.Organization; got != c.body {
				t.Errorf("%s an Organization: %v, want %v (got %q)", c.name, got, c.body, typ)
			}
		})
	}
}
