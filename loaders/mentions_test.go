package loaders

import (
	"slices"
	"testing"

	"github.com/entente/entente/graph"
)

// entities extracts text and returns its entities by name.
func entities(t *testing.T, text string) map[string]graph.Entity {
	t.Helper()
	doc, err := extractor(t).Extract("test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string]graph.Entity)
	for _, e := range doc.Entities {
		m[e.Name] = e
	}
	return m
}

func TestEntities(t *testing.T) {
	cases := []struct {
		text    string
		name    string
		typ     graph.EntityType
		aliases []string
	}{
		{"Putin and Rowhani spoke. Later Rouhani left.", "Hassan Rouhani", graph.Person, []string{"Rowhani", "Rouhani"}},
		{"Sergey Lavrov arrived.", "Sergey Lavrov", graph.Person, []string{"Sergey Lavrov"}},
		{"Walid al-Moualem met Lavrov.", "Walid al-Moualem", graph.Person, []string{"Walid al-Moualem"}},
		{"Recep Tayyip Erdogan spoke.", "Recep Tayyip Erdoğan", graph.Person, []string{"Recep Tayyip Erdogan"}},
		{"DAESH fighters fled.", "Islamic State", graph.Organization, []string{"DAESH"}},
		{"Tehran will continue to back Assad.", "Iran", graph.Country, []string{"Tehran"}},
		{"The Iranian President spoke.", "Iran", graph.Country, []string{"Iranian"}},
		{"The Kremlin said.", "Kremlin", graph.Organization, []string{"The Kremlin"}},
		{"Iran's National Security Council met.", "Supreme National Security Council", graph.Organization, []string{"National Security Council"}},
		// An acronym defined in parentheses names its body afterwards.
		{"The Iranian National Security Council (NSC) met. The NSC said.", "Supreme National Security Council", graph.Organization, []string{"National Security Council", "NSC"}},
		// A person named in full may be named by surname.
		{"Defense Minister Kemal Yurtsever spoke. Yurtsever left.", "Kemal Yurtsever", graph.Person, []string{"Kemal Yurtsever", "Yurtsever"}},
		// Bodies found from the shape of their names.
		{"The Security Council of the Russian Federation met.", "Security Council of Russia", graph.Organization, nil},
		{"The Syrian Supreme Military Council met.", "Syrian Supreme Military Council", graph.Organization, nil},
		{"The Lebanese group Amal denied it.", "Amal", graph.Organization, []string{"Amal"}},
		{"Palmyra fell.", "Palmyra", graph.Place, []string{"Palmyra"}},
		{"The Astana talks resumed.", "Astana talks", graph.Agreement, []string{"Astana talks"}},
	}
	for _, c := range cases {
		got, ok := entities(t, c.text)[c.name]
		if !ok {
			t.Errorf("%q: no entity %q in %v", c.text, c.name, entities(t, c.text))
			continue
		}
		if got.Type != c.typ {
			t.Errorf("%q: %s has type %s, want %s", c.text, c.name, got.Type, c.typ)
		}
		for _, a := range c.aliases {
			if !slices.Contains(got.Aliases, a) {
				t.Errorf("%q: %s lacks alias %q: %q", c.text, c.name, a, got.Aliases)
			}
		}
	}
}

func TestCaptionSideIsNoAlias(t *testing.T) {
	e := entities(t, "Iranian President Hassan Rouhani (L) talks with Putin.")["Hassan Rouhani"]
	if slices.Contains(e.Aliases, "L") {
		t.Errorf("aliases %q include the caption's side", e.Aliases)
	}
}

func TestEntityQID(t *testing.T) {
	if e := entities(t, "Vladimir Putin spoke.")["Vladimir Putin"]; e.QID != "Q7747" {
		t.Errorf("Putin's QID = %q, want Q7747", e.QID)
	}
}

func TestNoEntities(t *testing.T) {
	cases := []string{
		// "IS" is the Islamic State only in capitals.
		"This is what it is.",
		// The US National Security Council is not Iran's.
		"The US National Security Council met.",
		// "Ban" at the start of a sentence is no person.
		"Ban on flights lifted.",
	}
	for _, text := range cases {
		for name := range entities(t, text) {
			if name == "Islamic State" || name == "Supreme National Security Council" || name == "Ban Ki-moon" {
				t.Errorf("%q: unexpected entity %q", text, name)
			}
		}
	}
}

// TestTheatreAliases checks that a theatre's lower-case aliases name its
// entities only in an article about the theatre: "the rebels" of another
// war are not Syria's.
func TestTheatreAliases(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenya backs the rebels.",
			not:       []string{fact("Kenya", graph.Supports, "Syrian rebels")},
			companion: "Kenya backs the rebels in Syria.",
			want:      []string{fact("Kenya", graph.Supports, "Syrian rebels")}},
		// A proper name of the theatre anywhere in the article will do.
		{text: "Chad armed the opposition.\n\nThe fighting went on near Khartoum.",
			not:       []string{fact("Chad", graph.Supports, "Syrian rebels")},
			companion: "Chad armed the opposition.\n\nThe fighting went on near Aleppo.",
			want:      []string{fact("Chad", graph.Supports, "Syrian rebels")}},
	})
}

// TestOwnerInName checks that a state's adjective at the start of a body
// every state has states the body's state.
func TestOwnerInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Russian Defence Ministry said the strikes hit a depot.",
			want: []string{fact("Russian Defense Ministry", graph.PartOf, "Russia")}},
		{text: "The Chilean Foreign Ministry condemned Bolivia.",
			want: []string{fact("Chilean Foreign Ministry", graph.PartOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Syrian Arab Army retook the town.",
			not:       []string{fact("Syrian Arab Army", graph.PartOf, "Syria")},
			companion: "The Russian Defence Ministry said the strikes hit a depot.",
			want:      []string{fact("Russian Defense Ministry", graph.PartOf, "Russia")}},
	})
}

// TestParentNamedFirst checks that a world body whose name opens with its
// parent's name before a head such as "Mission" or "agency" is the
// parent's, and that a council so named is not.
func TestParentNamedFirst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The African Union Transition Mission in Somalia said its convoy was hit near Baidoa.",
			want: []string{fact("African Union Transition Mission in Somalia", graph.PartOf, "African Union")}},
		{text: "Peru sent nurses at the request of the UN refugee agency.",
			want: []string{fact("UNHCR", graph.PartOf, "United Nations")}},
		{text: "Chile praised the United Nations Interim Force in Lebanon for its patrols.",
			want: []string{fact("United Nations Interim Force in Lebanon", graph.PartOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a council named by its parent is a body of its own.
		{text: "The UN Security Council met on Friday to discuss the raids on Baidoa.",
			not:       []string{fact("UN Security Council", graph.PartOf, "United Nations")},
			companion: "The United Nations Interim Force in Lebanon met on Friday to discuss the raids on Tyre.",
			want:      []string{fact("United Nations Interim Force in Lebanon", graph.PartOf, "United Nations")}},
	})
}

// A body whose alias carries its article ("the UN") yields to a longer
// name that opens after the article: "the UN refugee agency" is UNHCR.
func TestLongerNameAfterArticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru thanked the UN refugee agency for its help.",
			want: []string{fact("Peru", graph.Thanked, "UNHCR")}},
		{text: "Chile backs the UN nuclear watchdog in its dispute with Peru.",
			want: []string{fact("Chile", graph.Supports, "International Atomic Energy Agency")}},
	})
	ents := entities(t, "Peru raided towns in the West Bank.")
	if e, ok := ents["West Bank"]; !ok || e.Type != graph.Place {
		t.Errorf("the West Bank: want the place West Bank, got %v", ents)
	}
	if _, ok := ents["Western countries"]; ok {
		t.Errorf("the West Bank read as the Western states: %v", ents)
	}
	checkNegatives(t, []negativeCase{
		// Near miss: no longer name after the article, the UN itself.
		{text: "Peru thanked the UN refugee office for its help.",
			not:       []string{fact("Peru", graph.Thanked, "UNHCR")},
			companion: "Peru thanked the UN for its help.",
			want:      []string{fact("Peru", graph.Thanked, "United Nations")}},
		// Near miss: a mission's noun after the longer name makes the
		// phrase the UN's mission, named beside it.
		{text: "The town was guarded by the UN peacekeeping mission, MIRPEK, until May.",
			not:       []string{fact("MIRPEK", graph.PartOf, "UN Peacekeeping")},
			companion: "The town was guarded by the UN peacekeeping mission, MIRPEK, until May.",
			want:      []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
	})
}

// "X, better known as Y," makes Y a name of X in the whole article,
// headline included.
func TestKnownAs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tovar praises Lima talks\n\nBrazilian President Rafael Tovar Duarte, better known as Tovar, met Peruvian President Ana Quispe in Lima. Chile later thanked Tovar for the talks.",
			want: []string{fact("Chile", graph.Thanked, "Rafael Tovar Duarte"), fact("Ana Quispe", graph.MetWith, "Rafael Tovar Duarte")}},
	})
}

// A person named in full may be named by the first word of the name when
// the lexicon does not know it as a common given name and no other person
// of the article shares it.
func TestFirstNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ethiopian Prime Minister Abiy Ahmed met Getachew Reda, a senior official of the TPLF, in Mekelle. Getachew later accused Eritrea of arming the rebels.",
			want: []string{fact("Getachew Reda", graph.MemberOf, "TPLF")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean envoy Tovaro Quenmar met Bolivian envoy Tovaro Deskal in Lima. Tovaro thanked Peru for its help.",
			not:       []string{fact("Tovaro Quenmar", graph.Thanked, "Peru"), fact("Tovaro Deskal", graph.Thanked, "Peru")},
			companion: "Chilean envoy Tovaro Quenmar met Bolivian envoy Amos Deskal in Lima. Tovaro thanked Peru for its help.",
			want:      []string{fact("Tovaro Quenmar", graph.Thanked, "Peru")}},
	})
}

// TestOwnedAppositive checks "a state's <body noun>, the ACRONYM": the
// body is part of the state, and an office over the phrase is the body's.
func TestOwnedAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya's border security agency, the BSA, said the road was closed.",
			want: []string{fact("BSA", graph.PartOf, "Kenya")}},
		{text: "Omar Tahir, the head of Chad's ruling military council, the CMRT, met Kenyan President William Ruto.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "CMRT"), fact("CMRT", graph.PartOf, "Chad")}},
	})
}

// TestWhoseBody checks "a state or body, whose <body>": the body is the
// owner's, with lower-case words between.
func TestWhoseBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran, whose Quds Force trains the militias, denied the report.",
			want: []string{fact("Quds Force", graph.PartOf, "Iran")}},
		{text: "NATO, whose KFOR peacekeeping mission patrols the border, sent more troops.",
			want: []string{fact("KFOR", graph.PartOf, "NATO")}},
	})
	checkNegatives(t, []negativeCase{
		// A body after a verb is the verb's object, not the owner's.
		{text: "Eritrea, whose army attacked the Lake Front, was not at the talks.",
			not:       []string{fact("Lake Front", graph.PartOf, "Eritrea")},
			companion: "Eritrea attacked the Lake Front on Monday.",
			want:      []string{fact("Eritrea", graph.Fights, "Lake Front")}},
	})
}

// TestStateNameOpensBodyName checks a body the catalog says is a state's,
// named with the state's own name before it: the text states the part.
func TestStateNameOpensBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The US Central Command said its ships had shot down the drones.",
			want: []string{fact("US Central Command", graph.PartOf, "United States")}},
	})
}

// TestOwnedOffice checks a state's or body's possessive before a
// lower-case office the catalog lacks: a body of the owner's, named
// after it, which an office in an appositive heads.
func TestOwnedOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Two bombs hit Kenya's education ministry on Saturday.",
			want: []string{fact("Kenya's education ministry", graph.PartOf, "Kenya")}},
		{text: "Omar Tahir, the head of Hezbollah's media relations office, told reporters the talks had failed.",
			want: []string{fact("Hezbollah's media relations office", graph.PartOf, "Hezbollah"), fact("Omar Tahir", graph.HeadOf, "Hezbollah's media relations office")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya's council of ministers met on Monday.",
			not:       []string{fact("Kenyan council", graph.PartOf, "Kenya")},
			companion: "Two bombs hit Kenya's education ministry on Saturday.",
			want:      []string{fact("Kenya's education ministry", graph.PartOf, "Kenya")}},
	})
}

// TestBodyOfLeader checks "a body (ACRONYM) of eastern commander X": the
// person heads the body.
func TestBodyOfLeader(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ten officers were named by the Southern Liberation Army (SLA) of western commander Omar Tahir.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "Southern Liberation Army")}},
	})
}

// A body the lexicon does not know, named by its acronym right after the
// state that backs it, is found: "the Rwanda-backed M23".
func TestBackedAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Rwanda-backed M27 rebels seized the town of Kavumu on Sunday.",
			want: []string{fact("Rwanda", graph.Supports, "M27")}},
		{text: "Fighters of the Kenya-backed KLF attacked Lodwar. Kenya denies arming the KLF.",
			want: []string{fact("Kenya", graph.Supports, "KLF")}},
	})
	checkNegatives(t, []negativeCase{
		// Capitalised words without a body's noun may be a place.
		{text: "The Rwanda-backed Kivu Hills were quiet on Sunday.",
			not:       []string{fact("Rwanda", graph.Supports, "Kivu Hills")},
			companion: "The Rwanda-backed M27 were quiet on Sunday.",
			want:      []string{fact("Rwanda", graph.Supports, "M27")}},
	})
}

// "The Lebanese militant group", with no name after it, is the group of
// that state the article named before, by the catalog's "Lebanese
// Hezbollah"; a group of another state is none.
func TestDescribedGroupReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah fired rockets at Israel on Monday. Iran has long armed the Lebanese militant group.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Hezbollah fired rockets at Israel on Monday. Iran has long armed the Syrian militant group.",
			not:       []string{fact("Iran", graph.Supports, "Hezbollah")},
			companion: "Hezbollah fired rockets at Israel on Monday. Iran has long armed the Lebanese militant group.",
			want:      []string{fact("Iran", graph.Supports, "Hezbollah")}},
	})
}

// "Niger, whose junta is led by X": the noun of a body every state has,
// after a state's "whose", names the state's own body.
func TestWhoseStateBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Niger, whose junta is led by General Amadou Tandja, broke off relations with Kyiv on Tuesday.",
			want: []string{fact("Amadou Tandja", graph.HeadOf, "Nigerien junta")}},
		{text: "The Hill Brigade is led by Colonel Omar Faruq.",
			want: []string{fact("Omar Faruq", graph.HeadOf, "Hill Brigade")}},
		{text: "The Hill Brigade, which is led by Colonel Omar Faruq, took Kavumu.",
			want: []string{fact("Omar Faruq", graph.HeadOf, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// Troops are the state acting, no body of its own.
		{text: "Niger, whose troops are led by General Amadou Tandja, broke off relations with Kyiv on Tuesday.",
			not:       []string{fact("Amadou Tandja", graph.HeadOf, "Nigerien junta")},
			companion: "Niger, whose junta is led by General Amadou Tandja, broke off relations with Kyiv on Tuesday.",
			want:      []string{fact("Amadou Tandja", graph.HeadOf, "Nigerien junta")}},
		{text: "The Hill Brigade is not led by Colonel Omar Faruq.",
			not:       []string{fact("Omar Faruq", graph.HeadOf, "Hill Brigade")},
			companion: "The Hill Brigade is led by Colonel Omar Faruq.",
			want:      []string{fact("Omar Faruq", graph.HeadOf, "Hill Brigade")}},
	})
}

// "The military rulers of Niger" and "Niger's military rulers" are the
// state's junta, which "the junta" later refers back to.
func TestMilitaryRulers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The military rulers of Niger ordered the French ambassador to leave on Friday. The junta accused Paris of meddling.",
			want: []string{fact("Nigerien junta", graph.Opposes, "France")},
			not:  []string{fact("junta", graph.Opposes, "France")}},
		{text: "Niger's military rulers accused France of meddling.",
			want: []string{fact("Nigerien junta", graph.Opposes, "France")}},
	})
	checkNegatives(t, []negativeCase{
		// Rulers not said to be military may be civilians.
		{text: "Niger's rulers accused France of meddling.",
			not:       []string{fact("Nigerien junta", graph.Opposes, "France")},
			companion: "Niger's military rulers accused France of meddling.",
			want:      []string{fact("Nigerien junta", graph.Opposes, "France")}},
	})
}

// A lake's, river's or mountain's noun makes a state's name part of a
// place's: "Lake Chad", "the Niger Delta" are no actors.
func TestGeographicNamesAreNoStates(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenya pulls out of Lake Chad task force fighting the Lakeside Patriotic Front\n\nThe move came on Monday.",
			not:       []string{fact("Chad", graph.Fights, "Lakeside Patriotic Front")},
			companion: "The Lakeside Patriotic Front attacked Chad on Monday.",
			want:      []string{fact("Lakeside Patriotic Front", graph.Fights, "Chad")}},
		{text: "The Lakeside Patriotic Front attacked the Niger Delta on Monday.",
			not:       []string{fact("Lakeside Patriotic Front", graph.Fights, "Niger")},
			companion: "The Lakeside Patriotic Front attacked Niger on Monday.",
			want:      []string{fact("Lakeside Patriotic Front", graph.Fights, "Niger")}},
		// A capital's name after a particle ends a town's name.
		{text: "The Lakeside Patriotic Front attacked Vila da Praia on Monday.",
			not:       []string{fact("Lakeside Patriotic Front", graph.Fights, "Cape Verde")},
			companion: "The Lakeside Patriotic Front attacked Praia on Monday.",
			want:      []string{fact("Lakeside Patriotic Front", graph.Fights, "Cape Verde")}},
	})
}

// TestOtherPersonsName checks that a catalog person's one-word name is not
// read inside someone else's full name: a new surname after it or a given
// name before it says the text names another person.
func TestOtherPersonsName(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Jeffrey Halvorsen, the Norwegian mediator, arrived in Juba.", "James Jeffrey", false},
		{"Envoy Jeffrey arrived in Juba on Monday.", "James Jeffrey", true},
		{"Ahmad Hariri, a party official, denied the report.", "Saad Hariri", false},
		{"Hariri denied the report.", "Saad Hariri", true},
		{"Prime Minister Hariri denied the report.", "Saad Hariri", true},
	}
	for _, c := range cases {
		_, got := entities(t, c.text)[c.name]
		if got != c.want {
			t.Errorf("%q: entity %q found %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestSharedShortName checks that a world body's short name that a state's
// body shares ("Security Council") names the world body only once the
// article has named it or its parent, and otherwise the body of the one
// state named that has one.
func TestSharedShortName(t *testing.T) {
	cases := []struct {
		text, want, not string
	}{
		{"Russia shut the crossing. Kremlin aide Oleg Varin said the Security Council met on Monday.", "Security Council of Russia", "UN Security Council"},
		{"The UN Security Council met on Monday. Later the Security Council voted on the truce.", "UN Security Council", "Security Council of Russia"},
		{"Kenya asked the United Nations for help. The Security Council met on Friday.", "UN Security Council", "Security Council of Russia"},
		{"Kenya said the Security Council had met.", "", "UN Security Council"},
	}
	for _, c := range cases {
		got := entities(t, c.text)
		if _, ok := got[c.want]; c.want != "" && !ok {
			t.Errorf("%q: no entity %q in %v", c.text, c.want, got)
		}
		if _, ok := got[c.not]; ok {
			t.Errorf("%q: unexpected entity %q", c.text, c.not)
		}
	}
}

// TestStateAsFieldOfOffice checks that a state's name between another
// body's possessive and a state body's noun is the field of that body's
// office, not the state owning a body of its own.
func TestStateAsFieldOfOffice(t *testing.T) {
	cases := []struct {
		text string
		body bool
	}{
		{"A strike killed the IRGC's Lebanon intelligence chief on Monday.", false},
		{"Hezbollah's Syria foreign ministry liaison left Beirut.", false},
		{"A strike killed Lebanon's intelligence chief on Monday.", true},
	}
	for _, c := range cases {
		got := entities(t, c.text)
		found := false
		for name, e := range got {
			if e.Type == graph.Organization && name != "Islamic Revolutionary Guard Corps" && name != "Hezbollah" {
				found = true
			}
		}
		if found != c.body {
			t.Errorf("%q: a Lebanese or Syrian body found %v, want %v: %v", c.text, found, c.body, got)
		}
	}
}

// TestStateBodyNamedBeforeItsState checks that a body every state has,
// named by its noun before "of" and the state, is that state's body and
// part of it (body23): "the Ministry of Defence of Togo", "the interior
// ministry of Peru". A list of states after "of", or a state that owns
// the next noun, leaves it no one's.
func TestStateBodyNamedBeforeItsState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Ministry of Defence of Togo accused the Coastal Union of the attack.",
			want: []string{fact("Ministry of Defence of Togo", graph.PartOf, "Togo"), fact("Ministry of Defence of Togo", graph.Opposes, "Coastal Union")}},
		{text: "The interior ministry of Peru accused the Andean Front of the bombing.",
			want: []string{fact("interior ministry of Peru", graph.PartOf, "Peru"), fact("interior ministry of Peru", graph.Opposes, "Andean Front")}},
		{text: "The ministry of foreign affairs of Ghana condemned the Coastal Union on Monday.",
			want: []string{fact("ministry of foreign affairs of Ghana", graph.PartOf, "Ghana")}},
		{text: "Ghana's Ministry of National Defence accused the Coastal Union of the raid.",
			want: []string{fact("Ghana's Ministry of National Defence", graph.PartOf, "Ghana")}},
		{text: "The Ministry of National Defense of Peru accused the Andean Front of the bombing.",
			want: []string{fact("Ministry of National Defense of Peru", graph.PartOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The intelligence services of Ghana and Togo met in Lome.",
			not:       []string{fact("Ghanaian intelligence services", graph.PartOf, "Ghana"), fact("Ghanaian intelligence services", graph.MetWith, "Togo")},
			companion: "The intelligence services of Ghana met the Coastal Union in Lome.",
			want:      []string{fact("intelligence services of Ghana", graph.PartOf, "Ghana")}},
		{text: "The interior ministry of Peru's neighbour accused the Andean Front of the bombing.",
			not:       []string{fact("Peruvian Interior Ministry", graph.PartOf, "Peru"), fact("Peruvian Interior Ministry", graph.Opposes, "Andean Front")},
			companion: "The interior ministry of Peru accused the Andean Front of the bombing.",
			want:      []string{fact("interior ministry of Peru", graph.Opposes, "Andean Front")}},
	})
}

// An acronym an article spells out in brackets, "the Sildavian National
// Army (SNA)", names that body in the rest of the article, over a
// catalog body of the same letters (the Syrian National Army): the text
// beats memory. Without the brackets, or where the name before them does
// not spell the acronym, the catalog's body stays.
func TestAcronymSpeltOutBeatsCatalog(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sildavian National Army (SNA) took the town of Klow on Monday.\n\nThe SNA's commander, Ruben Solano, said Kenya backed the SNA in the vote.",
			want: []string{fact("Ruben Solano", graph.HeadOf, "Sildavian National Army"), fact("Kenya", graph.Supports, "Sildavian National Army")},
			not:  []string{fact("Ruben Solano", graph.HeadOf, "Syrian National Army"), fact("Kenya", graph.Supports, "Syrian National Army")}},
		{text: "Kenya backed the Patriotic Militia Front (PMF) in the vote.\n\nPeru struck a camp of the PMF near the border.",
			want: []string{fact("Kenya", graph.Supports, "Patriotic Militia Front"), fact("Peru", graph.Fights, "Patriotic Militia Front")},
			not:  []string{fact("Peru", graph.Fights, "Popular Mobilization Forces")}},
		{text: "Exiles founded the Sildavian National Council (SNC) in May.\n\nAna Kesler, the head of the SNC, met Kenya's president in Nairobi.",
			want: []string{fact("Ana Kesler", graph.HeadOf, "Sildavian National Council")},
			not:  []string{fact("Ana Kesler", graph.HeadOf, "Syrian Negotiations Commission")}},
		// No brackets: the catalog's body.
		{text: "Kenya backed the Klow militia in the vote.\n\nPeru struck a camp of the PMF near the border.",
			want: []string{fact("Peru", graph.Fights, "Popular Mobilization Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// Brackets whose acronym the name does not spell define nothing.
		{text: "Kenya backed the Klow Defence Militia (PMF) in the vote.\n\nPeru struck a camp of the PMF near the border.",
			not:       []string{fact("Peru", graph.Fights, "Klow Defence Militia")},
			companion: "Kenya backed the Klow Defence Militia (KDM) in the vote.\n\nPeru struck a camp of the KDM near the border.",
			want:      []string{fact("Peru", graph.Fights, "Klow Defence Militia")}},
	})
}

// TestRulersInCapital checks that the present rulers named by a noun and
// the capital after "in", past adjectives of theirs, are the state.
func TestRulersInCapital(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar is a key backer of the new government in Bamako.",
			want: []string{fact("Qatar", graph.Supports, "Mali")}},
		{text: "Ghana backs the military authorities in Bamako.",
			want: []string{fact("Ghana", graph.Supports, "Mali")}},
		{text: "Ghana backs the authorities in Bamako.",
			want: []string{fact("Ghana", graph.Supports, "Mali")}},
		{text: "The transitional administration in Bamako accused Benin of arming the Borduria Front.",
			want: []string{fact("Mali", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		// Rulers who are not the state's, or rulers of no state.
		{text: "Ghana condemned the former government in Bamako.",
			not:       []string{fact("Ghana", graph.Opposes, "Mali")},
			companion: "Ghana condemned the new government in Bamako.",
			want:      []string{fact("Ghana", graph.Opposes, "Mali")}},
		{text: "Ghana backs the exiled government in Bamako.",
			not:       []string{fact("Ghana", graph.Supports, "Mali")},
			companion: "Ghana backs the elected government in Bamako.",
			want:      []string{fact("Ghana", graph.Supports, "Mali")}},
		{text: "Ghana backs the regional authorities in Bamako.",
			not:       []string{fact("Ghana", graph.Supports, "Mali")},
			companion: "Ghana backs the central authorities in Bamako.",
			want:      []string{fact("Ghana", graph.Supports, "Mali")}},
	})
}

// A body's name used bare before the article shows it is a body's is read
// as the body's once a later sentence has named it: the earlier sentence
// is read again.
func TestBodyNamedBeforeItIsGiven(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean troops shelled Tarvolah Front positions near the border. The Tarvolah Front said it would retaliate.",
			want: []string{fact("Chile", graph.Fights, "Tarvolah Front")}},
		{text: "Peru has long backed Orvask Movement in the south. The Orvask Movement, a rebel group, denied it.",
			want: []string{fact("Peru", graph.Supports, "Orvask Movement")}},
		{text: "Bolivian jets bombed Kestrel Brigade bases overnight. A spokesman for the Kestrel Brigade said ten fighters died.",
			want: []string{fact("Bolivia", graph.Fights, "Kestrel Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean troops shelled Tarvolah positions near the border. The Tarvolah Front said it would retaliate.",
			not:       []string{fact("Chile", graph.Fights, "Tarvolah Front")},
			companion: "Chilean troops shelled Tarvolah Front positions near the border. The Tarvolah Front said it would retaliate.",
			want:      []string{fact("Chile", graph.Fights, "Tarvolah Front")}},
	})
}

// TestPeopleDemonymBeforeBody: a people's adjective that is also a state's
// ("Turkmen") names the state before an office, its army, its government
// or one of its organs, not before any body's head.
func TestPeopleDemonymBeforeBody(t *testing.T) {
	for _, c := range []struct {
		text  string
		state bool
	}{
		{"Fighters of the Iraqi Turkmen Front condemned the Borduria Front in Kirkuk.", false},
		{"The Turkmen Council in Kirkuk condemned the Borduria Front.", false},
		// Companions: the state's organs, government and offices.
		{"The Turkmen Foreign Ministry condemned the Borduria Front.", true},
		{"The Turkmen government condemned the Borduria Front.", true},
		{"Turkmen President Serdar Berdimuhamedow met Vladimir Putin.", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			_, got := entityTypes(t, c.text)["Turkmenistan"]
			if got != c.state {
				t.Errorf("Turkmenistan found: %v, want %v (%v)", got, c.state, entityTypes(t, c.text))
			}
		})
	}
}

// TestStateBeforePeopleOwnsNoBody: a state's adjective before a people's
// ("the Syrian Turkmen Brigades") says where the people's body is, not
// that the state owns it; before other words it does.
func TestStateBeforePeopleOwnsNoBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, a deputy commander of the Syrian Turkmen Brigades, said his fighters had opened fire.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Syrian Turkmen Brigades")},
			not:  []string{fact("Syrian Turkmen Brigades", graph.PartOf, "Syria")}},
		// Companion: any other word after the state's adjective.
		{text: "Ivo Tarsh, a deputy commander of the Syrian Kestrel Brigades, said his fighters had opened fire.",
			want: []string{fact("Syrian Kestrel Brigades", graph.PartOf, "Syria"), fact("Ivo Tarsh", graph.MemberOf, "Syrian Kestrel Brigades")}},
	})
}
