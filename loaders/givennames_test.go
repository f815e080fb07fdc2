package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A given name before the surname of someone the article or the catalog
// knows names that person only when it is one of his names, spelt as a
// transliteration may spell it; two given names that merely start alike
// are two members of one family.
func TestGivenNameOfAnotherFamilyMember(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's envoy Khalifa Orvask spoke on Monday. Khaled Orvask met Lavrov in Geneva.",
			want: []string{fact("Khalifa Orvask", graph.EnvoyOf, "Peru"), fact("Khaled Orvask", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Khalifa Orvask", graph.MetWith, "Sergei Lavrov")}},
		{text: "Lavrov met Khaled Tarvol in Moscow. Khalil Tarvol, his brother, later thanked Russia.",
			want: []string{fact("Khaled Tarvol", graph.MetWith, "Sergei Lavrov"), fact("Khalil Tarvol", graph.Thanked, "Russia")},
			not:  []string{fact("Khaled Tarvol", graph.Thanked, "Russia")}},
		// A surname with its particle ("al-Maliki") is the catalog's
		// man only under his own given name.
		{text: "Maliki spoke on Monday. Riyad al-Maliki met Lavrov in Moscow.",
			want: []string{fact("Riyad al-Maliki", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Nouri al-Maliki", graph.MetWith, "Sergei Lavrov")}},
		{text: "Lavrov met Riad al-Maliki, the Palestinian foreign minister, in Moscow.",
			want: []string{fact("Riad al-Maliki", graph.ForeignMinisterOf, "Palestine")},
			not:  []string{fact("Nouri al-Maliki", graph.ForeignMinisterOf, "Palestine")}},
		{text: "Lavrov met Nouri al-Maliki in Moscow.",
			want: []string{fact("Nouri al-Maliki", graph.MetWith, "Sergei Lavrov")}},
		// One name spelt two ways is one man.
		{text: "Tarek Velkan spoke on Monday. Tariq Velkan met Lavrov in Moscow.",
			want: []string{fact("Tarek Velkan", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Tariq Velkan", graph.MetWith, "Sergei Lavrov")}},
		{text: "Farouk Velkan spoke on Monday. Faruq Velkan met Lavrov in Moscow.",
			want: []string{fact("Farouk Velkan", graph.MetWith, "Sergei Lavrov")}},
		{text: "Ahmad Kuzbari spoke on Monday. Ahmed Kuzbari met Zarif in Tehran.",
			want: []string{fact("Ahmad Kuzbari", graph.MetWith, "Mohammad Javad Zarif")}},
	})
}

// A word the lexicon knows only as the given name of catalog people
// ("Michel" of Michel Aoun, "Mark" of Mark Esper) starts someone new's
// name where their names do not follow.
func TestGivenNameOfCatalogPeopleOnly(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mark Orvask, a Chilean diplomat, met Lavrov in Lima.",
			want: []string{fact("Mark Orvask", graph.MetWith, "Sergei Lavrov")}},
		{text: "Michel Tarvol, a retired general, met Lavrov in Lima.",
			want: []string{fact("Michel Tarvol", graph.MetWith, "Sergei Lavrov")}},
		{text: "Michel Tarvol, Peru's defence minister, met Lavrov in Lima.",
			want: []string{fact("Michel Tarvol", graph.DefenseMinisterOf, "Peru")}},
		{text: "Lavrov met Michel Aoun in Beirut.",
			want: []string{fact("Michel Aoun", graph.MetWith, "Sergei Lavrov")}},
	})
}

// A capitalised word glued to a lower-case name particle ends a person's
// name, whatever the lexicon knows it as: "Sheikh" is an honorific before
// a name and a surname in "al-Sheikh".
func TestSurnameAfterParticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar al-Sheikh, a senior official of the Borduria Front, met Lavrov.",
			want: []string{fact("Omar al-Sheikh", graph.MemberOf, "Borduria Front"), fact("Omar al-Sheikh", graph.MetWith, "Sergei Lavrov")}},
		{text: "Khalid al-Sheikh, the head of the Borduria Front, met Lavrov.",
			want: []string{fact("Khalid al-Sheikh", graph.HeadOf, "Borduria Front")}},
		{text: "Lavrov met Sheikh Tamim in Doha.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Tamim bin Hamad Al Thani")}},
	})
	// A capitalised particle may open a place's name: no one is named.
	for _, text := range []string{
		"Lavrov met Hassan Tarvol at Sharm El-Sheikh on Monday.",
		"Khalid Tarvol arrived in Sharm El-Sheikh from Cairo.",
	} {
		doc, err := extractor(t).Extract("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Type == graph.Person && e.Name != "Sergei Lavrov" && e.Name != "Hassan Tarvol" && e.Name != "Khalid Tarvol" {
				t.Errorf("%q: %q discovered as a person", text, e.Name)
			}
			found = found || e.Name == "Hassan Tarvol" || e.Name == "Khalid Tarvol"
		}
		if !found {
			t.Errorf("%q: the man before the place not discovered", text)
		}
	}
}

// "Fund" and "Cell" end a body's name as the other generic heads do.
func TestFundAndCellHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, the head of the Chilean Reconstruction Fund, met Lavrov.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Chilean Reconstruction Fund"), fact("Chilean Reconstruction Fund", graph.PartOf, "Chile")}},
		{text: "Tamor Velkan, who heads the Reconstruction Fund of Chile, met Lavrov.",
			want: []string{fact("Tamor Velkan", graph.HeadOf, "Reconstruction Fund of Chile")}},
		{text: "Chile's Crisis Media Cell said the Borduria Front attacked the town.",
			want: []string{fact("Crisis Media Cell", graph.PartOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ivo Tarsh heads the fund, which Chile backs.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "fund")},
			companion: "Ivo Tarsh, the head of the Chilean Reconstruction Fund, met Lavrov.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Chilean Reconstruction Fund")}},
	})
	for _, text := range []string{"The Fund said Chile had backed the plan.", "The Cell said Chile had backed the plan."} {
		if got := factKeys(t, text); len(got) > 0 {
			t.Errorf("%q: a bare head names no body; got %q", text, got)
		}
	}
}

// Two states' adjectives glued by a hyphen open the name of a body the
// two share: the whole is its name, and it is neither state's part.
func TestJointBodyOfTwoStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, head of the Chilean-Peruvian Border Commission, met Lavrov.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Chilean-Peruvian Border Commission")},
			not:  []string{fact("Peruvian Border Commission", graph.PartOf, "Peru"), fact("Ivo Tarsh", graph.HeadOf, "Peruvian Border Commission")}},
		{text: "The Sudanese-Chadian Joint Force attacked the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "Sudanese-Chadian Joint Force")},
			not:  []string{fact("Chadian Joint Force", graph.PartOf, "Chad")}},
		// One state's adjective still makes the body that state's.
		{text: "Ivo Tarsh, head of the Peruvian Border Commission, met Lavrov.",
			want: []string{fact("Peruvian Border Commission", graph.PartOf, "Peru"), fact("Ivo Tarsh", graph.HeadOf, "Peruvian Border Commission")}},
	})
}

// A catalog body's short name after another owner's possessive names
// that owner's body of the same name, not the catalog's: "Central
// Command" alone is the US's, "the army's Central Command" is not.
func TestShortNameOfAnotherOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, the head of the army's Central Command, described the attack as a pogrom.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Central Command")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "US Central Command")}},
		{text: "The BFR's Central Command denied that its fighters had attacked Chile.",
			want: []string{fact("Central Command", graph.PartOf, "BFR")}},
		{text: "The Borduria Front's Central Command said its fighters had attacked Chile.",
			want: []string{fact("Central Command", graph.PartOf, "Borduria Front")},
			not:  []string{fact("Chile", graph.Fights, "US Central Command")}},
		// Its own name, its state or the body it belongs to leave it the
		// catalog's.
		{text: "Central Command said its forces struck the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "US Central Command")}},
		{text: "America's Central Command said its forces struck the Borduria Front.",
			want: []string{fact("Borduria Front", graph.Fights, "US Central Command")}},
		{text: "The African Union's Peace and Security Council condemned the Borduria Front.",
			want: []string{fact("AU Peace and Security Council", graph.Opposes, "Borduria Front")}},
	})
}

// A body's name every state may have, owned in the text by one state, is
// that state's, not the one of another state the article named before.
func TestSharedBodyOwnedInText(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia condemned the attack. Ivo Tarsh, the secretary of Chile's Security Council, met Lavrov.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Chile's Security Council"), fact("Chile's Security Council", graph.PartOf, "Chile")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Security Council of Russia")}},
		{text: "Russia condemned the attack. Ivo Tarsh, the secretary of the Chilean Security Council, met Lavrov.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Chilean Security Council")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Security Council of Russia")}},
		{text: "Russia condemned the attack. Ivo Tarsh, the secretary of Russia's Security Council, met Lavrov.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Security Council of Russia")}},
	})
}

// A common given name inside a name the lexicon does not know is one of
// the name's words ("Tanzania's Tamor Hassan", "Ivo Mahdi Velkan"): the
// run goes on over it.
func TestGivenNameInsideUnknownName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile's Tamor Hassan met Lavrov in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Tamor Hassan")}},
		{text: "Lavrov met Chile's Tamor Hassan in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Tamor Hassan")}},
		{text: "Lavrov met Peru's Ivo Mahdi Velkan in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Ivo Mahdi Velkan")}},
	})
	for _, text := range []string{
		"Chile's Tamor Hassan Mosque was damaged, the Borduria Front said.",
		"Fighting in Chile's Tarvol Hassan Province killed dozens, the Borduria Front said.",
	} {
		doc, err := extractor(t).Extract("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Entities {
			if e.Type == graph.Person {
				t.Errorf("%q: %q discovered as a person", text, e.Name)
			}
		}
	}
}
