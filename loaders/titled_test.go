package loaders

import (
	"strings"
	"testing"

	"github.com/entente/entente/graph"
)

// A plural office over several states, followed by as many names, pairs
// them in order, with "respectively" or without it.
func TestPluralOfficeNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The presidents of Chile, Peru and Brazil, Amon Teval, Rufo Damar and Edi Kosta, met in Lima on Monday.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Chile"), fact("Rufo Damar", graph.PresidentOf, "Peru"), fact("Edi Kosta", graph.PresidentOf, "Brazil")}},
		{text: "The foreign ministers of Chile and Peru, Amon Teval and Rufo Damar, respectively, met in Lima.",
			want: []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile"), fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
	})
	// A list that goes on after the names is no pairing.
	checkNegatives(t, []negativeCase{
		{text: "The presidents of Chile and Peru, Amon Teval and Rufo Damar and Edi Kosta met in Lima.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: "The presidents of Chile and Peru, Amon Teval and Rufo Damar, met in Lima.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
	})
}

// A titled person's possessive before another office makes the holder of
// that office the actor: "Russian President X's special envoy, Y,".
func TestTitledPersonsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ali Tavani met Chilean President Amon Teval's special envoy on Peru, Rufo Damar, in Santiago on Sunday.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Chile"), fact("Rufo Damar", graph.EnvoyOf, "Chile"), fact("Rufo Damar", graph.MetWith, "Ali Tavani")},
			not:  []string{fact("Amon Teval", graph.MetWith, "Ali Tavani")}},
	})
}

// An ambassador's office qualified by an international body alone names
// where the ambassador is sent; a spokesman of a person speaks for him.
func TestAccreditedAndPersonalOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "U.N. Ambassador Tess Morrow said the vote would fail.",
			want: []string{fact("Tess Morrow", graph.EnvoyTo, "United Nations")},
			not:  []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")}},
		{text: "UN envoy Tess Morrow said the vote would fail.",
			want: []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")}},
		// A body's special or high representative is its own envoy.
		{text: "The U.N. special representative for Peru, Tess Morrow, called the arrests unlawful.",
			want: []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations"), fact("Tess Morrow", graph.EnvoyTo, "Peru")},
			not:  []string{fact("Tess Morrow", graph.EnvoyTo, "United Nations")}},
		{text: "UN High Representative Tess Morrow visited the camps.",
			want: []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")}},
		// A deputy envoy represents the same state.
		{text: "Rob Keel, the deputy representative of Chile, said the plan was flawed.",
			want: []string{fact("Rob Keel", graph.EnvoyOf, "Chile")}},
		{text: "Chilean deputy ambassador Rob Keel walked out of the session.",
			want: []string{fact("Rob Keel", graph.EnvoyOf, "Chile")}},
		{text: "Lavrov's press secretary Ivan Sorokin told reporters the talks went well.",
			want: []string{fact("Ivan Sorokin", graph.SpokespersonOf, "Sergei Lavrov")},
			not:  []string{fact("Ivan Sorokin", graph.SpokespersonOf, "Russia")}},
	})
	// A permanent representative is still accredited to the body.
	checkNegatives(t, []negativeCase{
		{text: "UN Permanent Representative Tess Morrow said the vote would fail.",
			not:       []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")},
			companion: "UN Special Representative Tess Morrow said the vote would fail.",
			want:      []string{fact("Tess Morrow", graph.EnvoyOf, "United Nations")}},
	})
}

// A portfolio between an office and the name is read through.
func TestOfficePortfolio(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov held talks with Iranian Deputy Foreign Minister for Asian and Pacific Affairs Hossein Taleb on Monday.",
			want: []string{fact("Hossein Taleb", graph.MemberOf, "Iran"), fact("Hossein Taleb", graph.MetWith, "Sergei Lavrov")}},
	})
}

// Where an office is held may stand between the office and the name.
func TestOfficePlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The ceremony was hosted by Qatar's minister of state at the foreign ministry, Mohammed Al-Khalil.",
			want: []string{fact("Mohammed Al-Khalil", graph.MemberOf, "Qatar")}},
	})
}

// A deputy's or aide's title before a name makes a member of the state or
// body that qualifies it; names keep their particles and initials.
func TestDeputiesAndNameParticles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian Deputy Defence Minister Pyotr V. Smirnov met Kenyan officials in Nairobi.",
			want: []string{fact("Pyotr V. Smirnov", graph.MemberOf, "Russia")},
			not:  []string{fact("Pyotr V. Smirnov", graph.DefenseMinisterOf, "Russia")}},
		{text: "Colombian Defence Minister Luis de la Vega met Lavrov in Moscow.",
			want: []string{fact("Luis de la Vega", graph.DefenseMinisterOf, "Colombia"), fact("Luis de la Vega", graph.MetWith, "Sergei Lavrov")}},
	})
}

// Initials may open a name as well as stand inside it: "S. Jaishankar",
// "K. P. Oli" are read whole after a title, not lost with the title.
func TestLeadingInitials(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian Foreign Minister R. Talvane met Lavrov in Moscow.",
			want: []string{fact("R. Talvane", graph.ForeignMinisterOf, "Peru"), fact("R. Talvane", graph.MetWith, "Sergei Lavrov")}},
		{text: "Chilean Defence Minister K. P. Varosh spoke by phone with Lavrov.",
			want: []string{fact("K. P. Varosh", graph.DefenseMinisterOf, "Chile"), fact("K. P. Varosh", graph.SpokeWith, "Sergei Lavrov")}},
	})
	// A state's initials are no person's: "U.S." before a title stays the state.
	checkFacts(t, []factCase{
		{text: "U.S. Defence Secretary Tom Ardell met Lavrov in Vienna.",
			want: []string{fact("Tom Ardell", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("U.S. Defence Secretary Tom Ardell", graph.MetWith, "Sergei Lavrov"), fact("U. S.", graph.MetWith, "Sergei Lavrov")}},
	})
}

// A person's possessive gives his office's state from the text when the
// article stated his office, else from the catalog, as memory.
func TestPossessivePersonsState(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text   string
		memory bool
	}{
		{"Putin's special envoy Ivan Sorin met Assad in Damascus.", true},
		{"Russian President Vladimir Putin spoke on Monday. Putin's special envoy Ivan Sorin met Assad in Damascus.", false},
	} {
		doc, err := x.Extract("t.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range doc.Facts {
			if factString(f) != fact("Ivan Sorin", graph.EnvoyOf, "Russia") {
				continue
			}
			found = true
			if got := strings.HasSuffix(f.Evidence, fromMemory); got != c.memory {
				t.Errorf("%q: memory %v, want %v (%q)", c.text, got, c.memory, f.Evidence)
			}
		}
		if !found {
			t.Errorf("%q: no envoy-of fact", c.text)
		}
	}
}

// A spokesman named at the end of a sentence with no body of his own
// speaks for the body or state the sentence opens with.
func TestSpokesmanOfTheSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia will keep its troops in Syria, spokesman Ivan Sorin said on Monday.",
			want: []string{fact("Ivan Sorin", graph.SpokespersonOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "On Monday Chile thanked Peru for its help, spokesman Ivan Sorin said.",
			not:       []string{fact("Ivan Sorin", graph.SpokespersonOf, "Peru"), fact("Ivan Sorin", graph.SpokespersonOf, "Chile")},
			companion: "Chile thanked Peru for its help on Monday, spokesman Ivan Sorin said.",
			want:      []string{fact("Ivan Sorin", graph.SpokespersonOf, "Chile")}},
	})
}

// TestCaretakerTitles checks that "caretaker" and "transitional" before a
// title, after a state's possessive, leave the title read.
func TestCaretakerTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya's caretaker Prime Minister Omar Tahir welcomed the truce.",
			want: []string{fact("Omar Tahir", graph.PrimeMinisterOf, "Kenya")}},
		{text: "The deal was signed by Colonel Omar Tahir, Chad's transitional president, and Kenya.",
			want: []string{fact("Omar Tahir", graph.PresidentOf, "Chad")}},
	})
}

// TestPluralTitlesOverNames checks a plural title over a list of states
// and a list of as many people, between dashes or after "from" with "the"
// before a state, paired in order.
func TestPluralTitlesOverNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The envoy met the foreign ministers of Kenya, Chad and Peru -- Omar Tahir, Lemma Tufa and Yusuf Abdalla -- in Rome.",
			want: []string{fact("Omar Tahir", graph.ForeignMinisterOf, "Kenya"), fact("Lemma Tufa", graph.ForeignMinisterOf, "Chad"), fact("Yusuf Abdalla", graph.ForeignMinisterOf, "Peru")}},
		{text: "Ministers from Kenya, Chad and the United Arab Emirates, Omar Tahir, Lemma Tufa and Yusuf Abdalla, signed the memorandum.",
			want: []string{fact("Omar Tahir", graph.MemberOf, "Kenya"), fact("Lemma Tufa", graph.MemberOf, "Chad"), fact("Yusuf Abdalla", graph.MemberOf, "United Arab Emirates")}},
	})
}

// TestHeadOfDelegation checks that the head of a body's delegation,
// named after a comma, is one of its members, not the body's head.
func TestHeadOfDelegation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The head of the SPLA delegation, Brigadier Omar Tahir, signed the text.",
			want: []string{fact("Omar Tahir", graph.MemberOf, "SPLA")},
			not:  []string{fact("Omar Tahir", graph.HeadOf, "SPLA")}},
	})
}

// TestEnvoyOfAnOffice checks "the Kenyan president's special envoy for
// the Chadian file, X,": the envoy of the office's state.
func TestEnvoyOfAnOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The text was signed by the Kenyan president's special envoy for the Chadian file, Omar Tahir.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "Kenya")}},
	})
}

// TestNounOwnedTitles checks an office after a bare noun of a body, which
// refers back to the body last named with it, or to the group last named.
func TestNounOwnedTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Ruvani Military Council seized power in March. Council spokesman Major General Omar Zand denied the reports.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Ruvani Military Council")}},
		{text: "A faction of the Lakeside Patriotic Front loyal to party chairman Ahmed Sorani took the town on Tuesday.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The group named last, not an earlier one.
		{text: "The Lakeside Patriotic Front marched on. The Hill Salvation Movement retreated. Party chairman Ahmed Sorani took the town on Tuesday.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "The Lakeside Patriotic Front marched on. The Hill Salvation Movement retreated. Party chairman Ahmed Sorani took the town on Tuesday.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Hill Salvation Movement")}},
		{text: "The Lakeside Patriotic Front marched on. Party chairman Ahmed Sorani took the town on Tuesday.",
			not:       []string{fact("Ahmed Sorani", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "The Lakeside Patriotic Front marched on. Party chairman Ahmed Sorani took the town on Tuesday.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// TestLedeOffice checks an office that opens a sentence and its holder,
// named in full, opening the next.
func TestLedeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The secretary of Peru's Supreme Defence Council told a visiting envoy that the border was calm. Rear Admiral Omar Zand made the remarks in Lima on Sunday.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Supreme Defence Council")}},
	})
	checkNegatives(t, []negativeCase{
		// A holder the article named already keeps the office; a person
		// described as something else holds none.
		{text: "Omar Zand, the secretary of Peru's Supreme Defence Council, flew home. The secretary of Peru's Supreme Defence Council told a visiting envoy that the border was calm. Ahmed Sorani made the remarks in Lima on Sunday.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Supreme Defence Council")},
			companion: "The secretary of Peru's Supreme Defence Council told a visiting envoy that the border was calm. Ahmed Sorani made the remarks in Lima on Sunday.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Supreme Defence Council")}},
		{text: "The secretary of Peru's Supreme Defence Council told a visiting envoy that the border was calm. Ahmed Sorani, a shopkeeper, said the town was quiet.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Supreme Defence Council")},
			companion: "The secretary of Peru's Supreme Defence Council told a visiting envoy that the border was calm. Ahmed Sorani said the town was quiet.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Supreme Defence Council")}},
	})
}

// TestTitleOrders checks offices in the other orders reports use: the
// body after "for", the state after the name, an acting or then-holder,
// a state shared by the next title, and a negotiator for a body.
func TestTitleOrders(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A spokesman for the Lakeside Patriotic Front, Omar Zand, said the town fell.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
		{text: "President Omar Zand of Peru met President Ahmed Sorani of Chile.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru"), fact("Ahmed Sorani", graph.PresidentOf, "Chile"), fact("Ahmed Sorani", graph.MetWith, "Omar Zand")},
			not:  []string{fact("Ahmed Sorani", graph.MetWith, "Peru")}},
		{text: "Acting President Omar Zand of Peru met Chilean President Ahmed Sorani.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru")}},
		{text: "Omar Zand, the then-president of Peru, signed the deal.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru")}},
		{text: "Peruvian President Omar Zand and Prime Minister Ahmed Sorani met the envoy.",
			want: []string{fact("Ahmed Sorani", graph.PrimeMinisterOf, "Peru")}},
		{text: "Omar Zand, a negotiator for the Lakeside Patriotic Front, said talks would resume.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.EnvoyTo, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Each title qualified by its own state keeps it; with no state
		// named for the first, none is shared.
		{text: "Peruvian President Omar Zand and Chilean Prime Minister Ahmed Sorani met.",
			not:       []string{fact("Ahmed Sorani", graph.PrimeMinisterOf, "Peru")},
			companion: "Peruvian President Omar Zand and Chilean Prime Minister Ahmed Sorani met.",
			want:      []string{fact("Ahmed Sorani", graph.PrimeMinisterOf, "Chile")}},
		// Not when the article gave the second person another state.
		{text: "Peruvian Foreign Minister Omar Zand flew in on Sunday. Chilean President Ahmed Sorani and Foreign Minister Omar Zand met on Monday.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")},
			companion: "Chilean President Ahmed Sorani and Foreign Minister Omar Zand met on Monday.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")}},
		{text: "President Omar Zand and Prime Minister Ahmed Sorani met in Peru.",
			not:       []string{fact("Ahmed Sorani", graph.PrimeMinisterOf, "Peru")},
			companion: "Peruvian President Omar Zand and Prime Minister Ahmed Sorani met in Lima.",
			want:      []string{fact("Ahmed Sorani", graph.PrimeMinisterOf, "Peru")}},
		// A body after the name qualifies only an office of a body.
		{text: "President Omar Zand of the Renewal Party spoke.",
			not:       []string{fact("Omar Zand", graph.PresidentOf, "Renewal Party"), fact("Omar Zand", graph.HeadOf, "Renewal Party")},
			companion: "Chairman Omar Zand of the Renewal Party spoke.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Renewal Party")}},
	})
}

// TestTitleOfVisitedState checks a bare title after a visit: the office is
// the visited state's, when the sentence names no other.
func TestTitleOfVisitedState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand visited Egypt in August and held talks with President Ahmed Sorani in El Alamein.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		{text: "Omar Zand arrived in Ankara, where he met President Ahmed Sorani.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Turkey")}},
		// A stay stated with "been" or "was" is a visit too.
		{text: "Omar Zand had been in Cairo only the day before, for talks with President Ahmed Sorani.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		{text: "Omar Zand had been to Ankara on Monday for talks with President Ahmed Sorani.",
			want: []string{fact("Ahmed Sorani", graph.PresidentOf, "Turkey")}},
	})
	checkNegatives(t, []negativeCase{
		// The visitor's own title, and a visit to two states, say nothing.
		{text: "President Ahmed Sorani visited Egypt in August.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")},
			companion: "Omar Zand visited Egypt in August and met President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		{text: "Peruvian President Ahmed Sorani flew home. Omar Zand visited Egypt and criticised President Ahmed Sorani.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")},
			companion: "Omar Zand visited Egypt and met President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt")}},
		// "was in" says where someone was, not that he visited.
		{text: "Foreign Minister Kofi Adu was in Togo on Monday, while President Ama Dodzi stayed home in Accra.",
			not:       []string{fact("Ama Dodzi", graph.PresidentOf, "Togo")},
			companion: "Kofi Adu had been in Togo on Monday for talks with President Ama Dodzi.",
			want:      []string{fact("Ama Dodzi", graph.PresidentOf, "Togo")}},
		{text: "Omar Zand visited Egypt and Chile, meeting President Ahmed Sorani.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Egypt"), fact("Ahmed Sorani", graph.PresidentOf, "Chile")},
			companion: "Omar Zand visited Chile, meeting President Ahmed Sorani.",
			want:      []string{fact("Ahmed Sorani", graph.PresidentOf, "Chile")}},
	})
}

// TestPluralTitlesWithPeople checks a plural title with people named each
// with his state, and a plural title in apposition to a list of people:
// each holds his state's office, and the people, not the states, meet.
func TestPluralTitlesWithPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign ministers Omar Zand of Peru and Ahmed Sorani of Chile met in Lima.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru"), fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile"), fact("Ahmed Sorani", graph.MetWith, "Omar Zand")}},
		{text: "The two foreign ministers, Omar Zand of Peru and Ahmed Sorani of Chile, met in Lima.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru"), fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile")}},
		// Ambassadors too, though the envoys of several states alone are
		// left to the patterns that name the states.
		{text: "Talks\n\nTavo Mirren and Quill Azeby, the ambassadors of Peru and Chile, met Omar Zand in Lima.",
			want: []string{fact("Tavo Mirren", graph.EnvoyOf, "Peru"), fact("Quill Azeby", graph.EnvoyOf, "Chile")}},
		{text: "Omar Zand and Ahmed Sorani, the foreign ministers of Peru and Chile, met in Lima.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru"), fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile"), fact("Ahmed Sorani", graph.MetWith, "Omar Zand")},
			not:  []string{fact("Chile", graph.MetWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A list of a different length is not paired.
		{text: "Omar Zand, Ahmed Sorani and Ivo Dragan, the foreign ministers of Peru and Chile, met in Lima.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru"), fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile")},
			companion: "Omar Zand and Ahmed Sorani, the foreign ministers of Peru and Chile, met in Lima.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
	})
}

// A state's offices by their British and formal names (issue 10, round 3).
func TestFormalOfficeNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "British Foreign Secretary Omar Zand flew to Lima.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "United Kingdom")}},
		{text: "Peru's Minister of Justice, Omar Zand, spoke in Lima.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		// The army's chief of staff heads the army (TestArmyStaffOffices).
		{text: "Peru's Chief of Army Staff, Lieutenant General Omar Zand, spoke.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Peruvian army")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the secretary's adviser does not hold the office.
		{text: "Omar Zand, an adviser to the British Foreign Secretary, flew to Lima.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "United Kingdom")},
			companion: "British Foreign Secretary Omar Zand flew to Lima.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "United Kingdom")}},
	})
}

// An appointment "to lead" a body makes its head (issue 10, round 3):
// "named X to lead the Guards".
func TestAppointedToLead(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, who named Major General Corvin Ladeau to lead the Lakeside Patriotic Front, spoke.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a request to lead is no appointment.
		{text: "Omar Zand, who asked Major General Corvin Ladeau to lead the Lakeside Patriotic Front, spoke.",
			not:       []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Omar Zand, who named Major General Corvin Ladeau to lead the Lakeside Patriotic Front, spoke.",
			want:      []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// A name that ends in a province's or a body's noun is no person holding
// the title before it (issue 10, round 3).
func TestTitleBeforeARegionsName(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The leader of the Islamic State Lake Kivu Province, Abu Kessel, has confirmed it.",
			not:       []string{fact("Lake Kivu Province", graph.HeadOf, "Islamic State")},
			companion: "The leader of the Islamic State, Abu Kessel, has confirmed it.",
			want:      []string{fact("Abu Kessel", graph.HeadOf, "Islamic State")}},
	})
}

// Offices real reports put between a body's name and its holder's.
func TestBodyOfficeBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah General Commander Omar Zand thanked the coalition.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "NATO chief executive Tom Bell said the plan was sound.",
			want: []string{fact("Tom Bell", graph.HeadOf, "NATO")}},
		{text: "UN Under-Secretary-General Kofi Mensah visited Bamako.",
			want: []string{fact("Kofi Mensah", graph.MemberOf, "United Nations")},
			not:  []string{fact("Kofi Mensah", graph.HeadOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		// A general's rank before a name is no office.
		{text: "Hezbollah General Omar Zand thanked the coalition.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Hezbollah General Commander Omar Zand thanked the coalition.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// A delegation's head is one of the body's or state's members, however the
// delegation is named; "serve as" states an office like an appointment.
func TestDelegationOfABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The delegation of the Lakeside Patriotic Front was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Hezbollah's delegation was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
		{text: "The Peruvian delegation was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		// An office in one of the state's bodies says where he serves.
		{text: "The Peruvian delegation was led by Omar Zand, deputy undersecretary of the Peruvian Foreign Ministry.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peruvian Foreign Ministry")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		{text: "Hezbollah sent a team to Doha, and Omar Zand served as its chief negotiator.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Hezbollah")}},
		{text: "Omar Zand serves as Hezbollah's spokesman.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Hezbollah")}},
		{text: "Omar Zand, a political leader of the Hezbollah group, spoke.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A delegation's head leads the delegation, not the body.
		{text: "The delegation of Hezbollah was led by Omar Zand.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Hezbollah was led by Omar Zand.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		// "served as" with no office after it states none.
		{text: "Omar Zand served as a driver for Hezbollah.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")},
			companion: "Omar Zand served as the spokesman of Hezbollah.",
			want:      []string{fact("Omar Zand", graph.SpokespersonOf, "Hezbollah")}},
	})
}

// A minister's portfolio in capitals between the title and the name, or
// closing an apposition; a portfolio that names an office of its own
// gives that office.
func TestCapitalisedPortfolios(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's Minister of Roads and Urban Development Omar al-Zand flew to Lima.",
			want: []string{fact("Omar al-Zand", graph.MemberOf, "Peru")}},
		{text: "The AU Commissioner for Peace and Security, Kofi Mensah, said the truce held.",
			want: []string{fact("Kofi Mensah", graph.MemberOf, "African Union")}},
		{text: "Tom Bell, Chad's Minister of Territorial Administration and Decentralisation, spoke.",
			want: []string{fact("Tom Bell", graph.MemberOf, "Chad")}},
		{text: "Tom Bell, Chad's Minister of National Defence and Veterans, spoke.",
			want: []string{fact("Tom Bell", graph.DefenseMinisterOf, "Chad")},
			not:  []string{fact("Tom Bell", graph.MemberOf, "Chad")}},
		{text: "Peru's Minister of National Defence and Border Affairs Omar al-Zand flew to Lima.",
			want: []string{fact("Omar al-Zand", graph.DefenseMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// "Foreign" that ends no item of the portfolio names no office.
		{text: "Tom Bell, Chad's Minister of Economy and Foreign Trade, spoke.",
			not:       []string{fact("Tom Bell", graph.ForeignMinisterOf, "Chad")},
			companion: "Tom Bell, Chad's Minister of Economy and Defence, spoke.",
			want:      []string{fact("Tom Bell", graph.DefenseMinisterOf, "Chad")}},
		// A minister of state is no minister of the portfolio.
		{text: "Peru's Minister of State for Defence Affairs Omar al-Zand flew to Lima.",
			not:       []string{fact("Omar al-Zand", graph.DefenseMinisterOf, "Peru")},
			companion: "Peru's Minister of Defence Omar al-Zand flew to Lima.",
			want:      []string{fact("Omar al-Zand", graph.DefenseMinisterOf, "Peru")}},
	})
}

// A delegation's head whose office is named bare holds it for the
// delegation's state; the delegation may be placed before its verb.
func TestDelegationHeadsBareOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian delegation at the talks was headed by Omar Zand, the special presidential envoy for the Andes.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Peru")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		{text: "The Chilean delegation was led by Omar Zand, the foreign minister.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")}},
		{text: "The Chilean delegation in the capital was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Chile")}},
		// The bare office may stand before the name.
		{text: "Peru's team was led by Defence Minister Omar Zand and included two generals.",
			want: []string{fact("Omar Zand", graph.DefenseMinisterOf, "Peru")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		{text: "The Chilean delegation, which arrived on Sunday, was headed by Foreign Minister Tom Bell.",
			want: []string{fact("Tom Bell", graph.ForeignMinisterOf, "Chile")}},
		{text: "A Bolivian delegation led by Deputy Foreign Minister Tom Bell reached Lima.",
			want: []string{fact("Tom Bell", graph.MemberOf, "Bolivia")},
			not:  []string{fact("Tom Bell", graph.ForeignMinisterOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// An office of a body named after it is not the state's.
		{text: "The Chilean delegation was led by Omar Zand, the secretary of the Lakeside Council.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile"), fact("Omar Zand", graph.HeadOf, "Chile")},
			companion: "The Chilean delegation was led by Omar Zand, the foreign minister.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")}},
		// An office that names another state is that state's.
		{text: "The Chilean delegation was led by Peruvian Foreign Minister Omar Zand.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")},
			companion: "The Chilean delegation was led by Foreign Minister Omar Zand.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile")}},
	})
}

// Several people named with one body's plural office: its leaders and
// commanders are members (a body has one head), its co-chairs share the
// head's office; the names may follow with no comma.
func TestPluralOfficesOfOneBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Two Hezbollah commanders, Omar Zand and Tom Bell, were killed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah"), fact("Tom Bell", graph.MemberOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Hamas leaders Omar Zand and Tom Bell met in Doha.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hamas"), fact("Tom Bell", graph.MemberOf, "Hamas")}},
		{text: "The Lakeside Council co-chairs Omar Zand and Tom Bell met.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Council"), fact("Tom Bell", graph.HeadOf, "Lakeside Council")}},
		{text: "Omar Zand led a Hamas delegation to Cairo.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hamas")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hamas")}},
	})
}

// A body's military chief is the body's, not the army named before; he
// heads its armed wing and is one of its members. A bare "the military
// chief" is still the army's.
func TestMilitaryChiefOfABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sudanese army took the town. Omar Zand, Hezbollah's military chief, said so.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Sudanese army"), fact("Sudanese army", graph.PartOf, "Hezbollah")}},
		{text: "The Sudanese army took the town. Hezbollah military chief Omar Zand said so.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Sudanese army")}},
		{text: "The Sudanese army took the town. The military chief, Omar Zand, said so.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Sudanese army")}},
	})
}

// A federation's state the lexicon lacks, named by its noun, and its
// governor who heads it; a body's governor is one of its officials.
func TestGovernorsOfFederatedStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kwara State Governor Musa Bello said the roads were closed.",
			want: []string{fact("Musa Bello", graph.HeadOf, "Kwara State")}},
		{text: "Musa Bello, the governor of Lakes State, said so.",
			want: []string{fact("Musa Bello", graph.HeadOf, "Lakes State")}},
		{text: "The Taliban governor of Kandahar, Musa Bello, said so.",
			want: []string{fact("Musa Bello", graph.MemberOf, "Taliban")},
			not:  []string{fact("Musa Bello", graph.HeadOf, "Taliban")}},
	})
	checkNegatives(t, []negativeCase{
		// A state known to the lexicon is no federation's state.
		{text: "Islamic State Governor Musa Bello said so.",
			not:       []string{fact("Musa Bello", graph.HeadOf, "Islamic State")},
			companion: "Islamic State commander Musa Bello said so.",
			want:      []string{fact("Musa Bello", graph.HeadOf, "Islamic State")}},
	})
}

// A delegation's head named before an appositive that closes right
// before the verb.
func TestDelegationHeadAcrossAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, who runs the Andes desk at the ministry as its director, led Peru's team.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
		{text: "Omar Zand, a veteran diplomat with long experience of the region, headed a Chilean delegation.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// Another person between: the verb is his.
		{text: "Omar Zand, who met Tom Bell, and Kofi Mensah, led Peru's team.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Peru")},
			companion: "Omar Zand, who runs the Andes desk, led Peru's team.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
	})
}

// A delegation's head named after the delegation's own appositive.
func TestDelegationHeadAfterAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The delegation of the Lakeside Patriotic Front (LPF), the main armed bloc, which is backed by Peru, was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "The delegation of Hezbollah, the main armed bloc, was led by Omar Zand.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A person inside the appositive: the one after it is not
		// surely the delegation's head.
		{text: "The delegation of Hezbollah, which Tom Bell founded, was led by Omar Zand.",
			not:       []string{fact("Tom Bell", graph.MemberOf, "Hezbollah")},
			companion: "The delegation of Hezbollah, the main armed bloc, was led by Omar Zand.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
	})
}

// A body named by its owner's name and a province's, before a comma and
// its leader's name: the whole name is the body's.
func TestProvinceOfABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The leader of the Islamic State Lake Kivu Province (ISLKP), Musa Bello, said so.",
			want: []string{fact("Musa Bello", graph.HeadOf, "Islamic State Lake Kivu Province")},
			not:  []string{fact("Musa Bello", graph.HeadOf, "Islamic State")}},
	})
	checkNegatives(t, []negativeCase{
		// Without the article, the words may be a title and a name.
		{text: "Leader of the Islamic State Lake Kivu Province Musa Bello said so.",
			not: []string{fact("Lake Kivu Province", graph.HeadOf, "Islamic State")},
			// Without the bracketed acronym the office is read as a
			// reference first, and the longer name is lost: a known gap.
			companion: "The leader of the Islamic State Lake Kivu Province (ISLKP), Musa Bello, said so.",
			want:      []string{fact("Musa Bello", graph.HeadOf, "Islamic State Lake Kivu Province")}},
	})
}

// An acronym the lexicon lacks right before an office names the body.
func TestAcronymBeforeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Pal Deng, the LPF-IO spokesman, said so.",
			want: []string{fact("Pal Deng", graph.SpokespersonOf, "LPF-IO")}},
		{text: "FDLR commander Omar Zand said so.",
			want: []string{fact("Omar Zand", graph.HeadOf, "FDLR")}},
	})
	checkNegatives(t, []negativeCase{
		// An acronym before a word that is no office names no body.
		{text: "Omar Zand, a KLM pilot, said so.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "KLM")},
			companion: "Omar Zand, a KLM official, said so.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "KLM")}},
	})
}

// A bare office takes the state the dateline places the article in: the
// state whose capital the place is, or the state named after the place.
// A dateline of several places names no state, and an office the article
// gave another state stays that state's.
func TestOfficeOfDatelineState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "LIMA (Reuters) - President Amon Teval hosted his Chilean counterpart Rufo Damar on Monday.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Rufo Damar", graph.PresidentOf, "Chile")},
			not:  []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
		{text: "CUSCO, Peru (AP) — Prime Minister Amon Teval said the talks would resume in June.",
			want: []string{fact("Amon Teval", graph.PrimeMinisterOf, "Peru")}},
		{text: "LIMA, March 3 (Xinhua) -- Chilean President Rufo Damar met President Amon Teval.",
			want: []string{fact("Rufo Damar", graph.PresidentOf, "Chile"), fact("Amon Teval", graph.PresidentOf, "Peru")},
			not:  []string{fact("Rufo Damar", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "LIMA/SANTIAGO (Reuters) - President Amon Teval said the talks would resume in June.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: "SANTIAGO (Reuters) - President Amon Teval said the talks would resume in June.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
		{text: "President Amon Teval said the talks would resume in June.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "LIMA (AFP) - President Amon Teval said the talks would resume in June.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}

// A lead that names another state as the owner of what it reports, by
// its possessive or adjective, and the dateline's state no such way, leaves
// a bare office unqualified: it is as likely the other state's.
func TestOfficeOfDatelineStateOwnedByOther(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "LIMA (Reuters) - Peruvian troops and fighters of Chile's Andean Front retook the town on Monday, handing President Amon Teval his first victory.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: "LIMA (Reuters) - Chilean President Rufo Damar held talks in Lima on Monday with President Amon Teval.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Rufo Damar", graph.PresidentOf, "Chile")}},
		{text: "LIMA (Reuters) - Peru's army and Chile's navy held joint drills on Monday, President Amon Teval said.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "LIMA (Reuters) - Chile's divided opposition parties agreed on Sunday to form a single front against President Amon Teval.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "LIMA (Reuters) - Peru's divided opposition parties agreed on Sunday to form a single front against President Amon Teval.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: "QUITO, Ecuador (AP) - Delegates meeting in Ecuador backed Chile's exiled opposition on Friday and urged President Amon Teval to step down.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Ecuador")},
			companion: "QUITO, Ecuador (AP) - Delegates meeting in Ecuador backed the exiled opposition on Friday and urged President Amon Teval to step down.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Ecuador")}},
		{text: "LIMA (AFP) - Chilean lawmakers voted on Monday to censure President Amon Teval over the border dispute.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "LIMA (AFP) - Peruvian lawmakers voted on Monday to censure President Amon Teval over the border dispute.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}

// A visitor's own state, named by an adjective or a possessive, leaves the
// visited state to qualify a bare office after the visit; the dateline's
// state holds for the lead alone.
func TestOfficeOfVisitedStateAfterVisitor(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "LIMA (Reuters) - Chilean Foreign Minister Rufo Damar had earlier visited Quito, where he held talks with President Amon Teval.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Ecuador")},
			not:  []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "LIMA (Reuters) - The talks resumed on Monday. Chile has long opposed President Amon Teval.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "LIMA (Reuters) - Chile has long opposed President Amon Teval.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}

// "senior" before a head's title makes its holder one of the body's
// several commanders or leaders, a member (roles19).
func TestSeniorOfficersAreMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Senior PKK commander Dela Voran said the group would disarm.",
			want: []string{fact("Dela Voran", graph.MemberOf, "Kurdistan Workers' Party")},
			not:  []string{fact("Dela Voran", graph.HeadOf, "Kurdistan Workers' Party")}},
		{text: "The Lakeside Patriotic Front lost a town. Talo Brin, a senior commander of the Lakeside Patriotic Front, was killed.",
			want: []string{fact("Talo Brin", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Talo Brin", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Talo Brin, the senior commander of the Lakeside Patriotic Front, was killed.",
			want: []string{fact("Talo Brin", graph.MemberOf, "Lakeside Patriotic Front")}},
		// Near miss: without "senior" the commander heads the body.
		{text: "PKK commander Dela Voran said the group would disarm.",
			want: []string{fact("Dela Voran", graph.HeadOf, "Kurdistan Workers' Party")}},
	})
}

// A chancellor heads a government as a prime minister does; the British
// one keeps the Treasury (roles19).
func TestChancellors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "German Chancellor Olaf Brenner hosted the meeting.",
			want: []string{fact("Olaf Brenner", graph.PrimeMinisterOf, "Germany")}},
		{text: "Austria's chancellor, Lena Hofer, met the envoy.",
			want: []string{fact("Lena Hofer", graph.PrimeMinisterOf, "Austria")}},
		{text: "British Chancellor of the Exchequer Tom Ashby met the envoy.",
			want: []string{fact("Tom Ashby", graph.MemberOf, "United Kingdom")},
			not:  []string{fact("Tom Ashby", graph.PrimeMinisterOf, "United Kingdom")}},
	})
}

// A body named before may be named by the first word of its name before
// an office: "Polisario leader X" after "the Polisario Front" (roles19).
func TestBodyByItsFirstWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kastel Liberation Front rejected the plan. The envoy held talks with Kastel leader Omar Dessa on Monday.",
			want: []string{fact("Omar Dessa", graph.HeadOf, "Kastel Liberation Front")}},
		{text: "The Kastel Liberation Front rejected the plan. Kastel official Mira Sol said the movement would not sign.",
			want: []string{fact("Mira Sol", graph.MemberOf, "Kastel Liberation Front")}},
		{text: "The Kastel Liberation Front rejected the plan. Oleg Parsen, a Kastel commander, said so.",
			want: []string{fact("Oleg Parsen", graph.MemberOf, "Kastel Liberation Front")}},
		{text: "The Kastel Liberation Front rejected the plan. Mira Sol, the Kastel's representative to the United Nations, said so.",
			want: []string{fact("Mira Sol", graph.EnvoyOf, "Kastel Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Two bodies open with the word: it names neither.
		{text: "The Kastel Liberation Front and the Kastel Unity Movement rejected the plan. Kastel official Mira Sol said so.",
			not:       []string{fact("Mira Sol", graph.MemberOf, "Kastel Liberation Front"), fact("Mira Sol", graph.MemberOf, "Kastel Unity Movement")},
			companion: "The Kastel Liberation Front rejected the plan. Kastel official Mira Sol said so.",
			want:      []string{fact("Mira Sol", graph.MemberOf, "Kastel Liberation Front")}},
	})
}

// The heads of one kind of body of several states, each the head of his
// own state's body, in the order of the states (roles19).
func TestHeadsOfStatesBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The heads of the intelligence services of Peru and Chile, Omar Zand and Ardo Velk, also attended.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Peruvian intelligence services"), fact("Ardo Velk", graph.HeadOf, "Chilean intelligence services")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Chilean intelligence services")}},
		{text: "The chiefs of the general staffs of Kenya, Uganda and Rwanda, Tom Odede, Grace Akello and Jean Mugabo, met in Nairobi.",
			want: []string{fact("Tom Odede", graph.HeadOf, "Kenyan General Staff"), fact("Grace Akello", graph.HeadOf, "Ugandan General Staff"), fact("Jean Mugabo", graph.HeadOf, "Rwandan General Staff")}},
	})
	checkNegatives(t, []negativeCase{
		// A body no state has by that noun: no office is read.
		{text: "The heads of the peace teams of Peru and Chile, Omar Zand and Ardo Velk, also attended.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Peru"), fact("Ardo Velk", graph.HeadOf, "Chile")},
			companion: "The heads of the intelligence services of Peru and Chile, Omar Zand and Ardo Velk, also attended.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Peruvian intelligence services")}},
	})
}

// Words between a state and its office: a glued participle or the
// office's file in lower case (roles19).
func TestFileBetweenStateAndOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Days earlier, Niger's military-appointed prime minister, Alou Seyni Dambo, accused the bloc of bad faith.",
			want: []string{fact("Alou Seyni Dambo", graph.PrimeMinisterOf, "Niger")}},
		{text: "Peru's newly-elected president, Omar Zand, took office.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru")}},
		{text: "Cameroon's communication minister, Rene Ebolo Mvondo, denied the report.",
			want: []string{fact("Rene Ebolo Mvondo", graph.MemberOf, "Cameroon")},
			not:  []string{fact("Rene Ebolo Mvondo", graph.PrimeMinisterOf, "Cameroon")}},
		{text: "Rene Ebolo Mvondo, Cameroon's minister of communication, denied the report.",
			want: []string{fact("Rene Ebolo Mvondo", graph.MemberOf, "Cameroon")}},
	})
	checkNegatives(t, []negativeCase{
		// A preposition ends the file: the state is no office's.
		{text: "Turkey's talks with president Omar Zand went well.",
			not:       []string{fact("Omar Zand", graph.PresidentOf, "Turkey")},
			companion: "Turkey's new president Omar Zand went to Ankara.",
			want:      []string{fact("Omar Zand", graph.PresidentOf, "Turkey")}},
	})
}

// "deputy", "assistant" or "vice" before any head's title, however long,
// names a member's office: "the assistant commander-in-chief of the army",
// "the deputy chief of staff of the Front", "the vice chairman of the
// council". The head's title alone still names the head.
func TestDeputyOfAnyHeadTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Oren Malvik, the assistant commander-in-chief of the Vantar Front, said the town fell.",
			want: []string{fact("Oren Malvik", graph.MemberOf, "Vantar Front")},
			not:  []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")}},
		{text: "Ilse Brandt, the deputy chief of staff of the Lake Guard Brigade, denied the report.",
			want: []string{fact("Ilse Brandt", graph.MemberOf, "Lake Guard Brigade")},
			not:  []string{fact("Ilse Brandt", graph.HeadOf, "Lake Guard Brigade")}},
		{text: "Tomas Reyk, the vice chairman of the Northern Shield Movement, met Ugandan officials.",
			want: []string{fact("Tomas Reyk", graph.MemberOf, "Northern Shield Movement")},
			not:  []string{fact("Tomas Reyk", graph.HeadOf, "Northern Shield Movement")}},
		{text: "Oren Malvik, the commander-in-chief of the Vantar Front, said the town fell.",
			want: []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")},
			not:  []string{fact("Oren Malvik", graph.MemberOf, "Vantar Front")}},
	})
}

// An office before a comma whose holder is named with an office he held
// before, and a mediator's office, which is an envoy's (roles20).
func TestOfficeHolderWithFormerOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile's special envoy for Peru, former foreign minister Ivo Darnel, met party leaders.",
			want: []string{fact("Ivo Darnel", graph.EnvoyOf, "Chile"), fact("Ivo Darnel", graph.EnvoyTo, "Peru")},
			not:  []string{fact("Ivo Darnel", graph.ForeignMinisterOf, "Chile")}},
		{text: "The UN special envoy for Peru, the former Chilean president Ivo Darnel, flew to Lima.",
			want: []string{fact("Ivo Darnel", graph.EnvoyOf, "United Nations")},
			not:  []string{fact("Ivo Darnel", graph.PresidentOf, "Chile")}},
		{text: "The African Union's mediator for Peru, Ivo Darnel, arrived in Lima on Tuesday.",
			want: []string{fact("Ivo Darnel", graph.EnvoyOf, "African Union"), fact("Ivo Darnel", graph.EnvoyTo, "Peru")}},
		{text: "Chilean mediator Ivo Darnel shuttled between the two camps.",
			want: []string{fact("Ivo Darnel", graph.EnvoyOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// A current office after the comma is no former one to skip.
		{text: "Chile's special envoy for Peru, foreign minister Ivo Darnel, met party leaders.",
			not:       []string{fact("Ivo Darnel", graph.EnvoyTo, "Peru")},
			companion: "Chile's special envoy for Peru, former foreign minister Ivo Darnel, met party leaders.",
			want:      []string{fact("Ivo Darnel", graph.EnvoyTo, "Peru")}},
	})
}

// An envoy of a state's office is the state's envoy, as a spokesman of it
// speaks for the state (roles20).
func TestEnvoyOfStatesOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The delegation was headed by Pavel Orlov, special envoy of the Chilean president for Peru.",
			want: []string{fact("Pavel Orlov", graph.EnvoyOf, "Chile"), fact("Pavel Orlov", graph.EnvoyTo, "Peru")}},
		{text: "Pavel Orlov, an envoy of the Peruvian prime minister, met the rebels.",
			want: []string{fact("Pavel Orlov", graph.EnvoyOf, "Peru")}},
		{text: "The special envoy of the Bolivian president, Pavel Orlov, met the rebels.",
			want: []string{fact("Pavel Orlov", graph.EnvoyOf, "Bolivia")},
			not:  []string{fact("Pavel Orlov", graph.PresidentOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// An envoy of an envoy is no office of the state read this way.
		{text: "Pavel Orlov, an envoy of the Peruvian ambassador, met the rebels.",
			not:       []string{fact("Pavel Orlov", graph.PresidentOf, "Peru")},
			companion: "Pavel Orlov, an envoy of the Peruvian prime minister, met the rebels.",
			want:      []string{fact("Pavel Orlov", graph.EnvoyOf, "Peru")}},
	})
}

// A titled name whose given name is spelled otherwise than the one the
// catalog knows is the person known by the surname (roles20).
func TestTitledNameGivenNameVariant(t *testing.T) {
	checkFacts(t, []factCase{
		// The catalog's person, named as the article spells him.
		{text: "Chilean Foreign Minister Sergey Lavrov met Tom Bell in Lima.",
			want: []string{fact("Sergey Lavrov", graph.ForeignMinisterOf, "Chile")}},
		{text: "Peruvian Foreign Minister Dr. Sergej Lavrov met Tom Bell in Lima.",
			want: []string{fact("Sergej Lavrov", graph.ForeignMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A word the lexicon knows is no given name.
		{text: "Chilean Foreign Minister Monday Lavrov met Tom Bell in Lima.",
			not:       []string{fact("Sergei Lavrov", graph.ForeignMinisterOf, "Chile")},
			companion: "Chilean Foreign Minister Sergey Lavrov met Tom Bell in Lima.",
			want:      []string{fact("Sergey Lavrov", graph.ForeignMinisterOf, "Chile")}},
	})
}

// A self-governing region's president or prime minister holds the
// region's office as a state's, not merely its headship; a council's
// president heads it (roles20).
func TestRegionalOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tom Bell flew to Orvania Region President Omar Zand's office in Lima.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Orvania Region")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Orvania Region")}},
		{text: "Kurdistan Region Prime Minister Omar Zand condemned the attack.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Kurdistan Regional Government")}},
		{text: "European Council President Ana Rios condemned the attack.",
			want: []string{fact("Ana Rios", graph.HeadOf, "European Council")},
			not:  []string{fact("Ana Rios", graph.PresidentOf, "European Council")}},
	})
}

// A consul, in any spelling of the title, is his state's envoy; the
// city he serves in names the state he is posted to (roles20).
func TestConsulOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's Consul General in Santiago, Tom Bell, visited the wounded.",
			want: []string{fact("Tom Bell", graph.EnvoyOf, "Peru")}},
		{text: "Bolivian Consul-General Tom Bell met the mayor of Lima.",
			want: []string{fact("Tom Bell", graph.EnvoyOf, "Bolivia")}},
		{text: "The Chilean consul in Lima, Tom Bell, was summoned.",
			want: []string{fact("Tom Bell", graph.EnvoyOf, "Chile")},
			not:  []string{fact("Tom Bell", graph.EnvoyOf, "Peru")}},
	})
}

// A lower-case description after the body of an office ("spy agency",
// "armed group") is read through to the holder's name (roles20).
func TestOfficeBodyDescribed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The head of Israel's Mossad spy agency, Tom Bell, flew to Lima.",
			want: []string{fact("Tom Bell", graph.HeadOf, "Mossad")}},
		{text: "The leader of the Hezbollah armed group, Omar Zand, spoke on television.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A clause after the body is no description of it.
		{text: "The head of Israel's Mossad said the agency, Tom Bell's old office, was calm.",
			not:       []string{fact("Tom Bell", graph.HeadOf, "Mossad")},
			companion: "The head of Israel's Mossad spy agency, Tom Bell, flew to Lima.",
			want:      []string{fact("Tom Bell", graph.HeadOf, "Mossad")}},
	})
}

// TestServantOfTitledName checks that in "a spokesman for UN
// Secretary-General X" or "an aide to Peruvian President X" the named
// person holds the second office, not the first (the spokesman or aide
// goes unnamed), and that a spokesman for a body followed by his own name
// is still that body's.
func TestServantOfTitledName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A spokesman for UN Secretary-General Omar Zand said the move broke the truce.",
			want: []string{fact("Omar Zand", graph.HeadOf, "United Nations")},
			not:  []string{fact("Omar Zand", graph.SpokespersonOf, "United Nations")}},
		{text: "An aide to Peruvian President Omar Zand said the talks would go on.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru")}},
		{text: "A spokeswoman for Chilean Foreign Minister Lena Ortis declined to comment.",
			want: []string{fact("Lena Ortis", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Lena Ortis", graph.SpokespersonOf, "Chile")}},
		{text: "Senior advisers to Kenyan President Omar Zand met the rebels.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Kenya")}},
		// Near miss: the spokesman's own name after the body he speaks for.
		{text: "A spokesman for the Lakeside Patriotic Front, Omar Zand, said the talks would go on.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: an office in capitals is the name's own title.
		{text: "Special Assistant to Chilean President Lena Ortis met the envoy.",
			not:       []string{fact("Lena Ortis", graph.PresidentOf, "Chile")},
			companion: "A special assistant to Chilean President Lena Ortis met the envoy.",
			want:      []string{fact("Lena Ortis", graph.PresidentOf, "Chile")}},
	})
}

// TestHyphenatedRanks checks that a rank spelled with a hyphen between
// abbreviations ("Brig.-Gen.", "Maj.-Gen.") stands between an office and
// its holder's name like any rank, and that without a rank the name is
// still read.
func TestHyphenatedRanks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "IDF Spokesman Brig.-Gen. Omar Zand said the raid was over.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Israel Defense Forces")}},
		{text: "Peruvian Army commander Maj.-Gen. Lena Ortis said the raid was over.",
			want: []string{fact("Lena Ortis", graph.HeadOf, "Peruvian Army")}},
		{text: "IDF Spokesman Omar Zand said the raid was over.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Israel Defense Forces")}},
	})
}

// TestTwoOfficesBeforeName checks that "Peru's Prime Minister and Foreign
// Minister X" gives X both offices of the state, with or without a comma
// before the name, and that two offices written in different case name
// two people.
func TestTwoOfficesBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's Prime Minister and Foreign Minister, Omar Zand, met the envoy.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru"), fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
		{text: "Chilean President and Defence Minister Lena Ortis met the envoy.",
			want: []string{fact("Lena Ortis", graph.PresidentOf, "Chile"), fact("Lena Ortis", graph.DefenseMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Omar Zand flew to Lima, where he met the Peruvian president and Foreign Minister Lena Ortis.",
			not:       []string{fact("Lena Ortis", graph.PresidentOf, "Peru")},
			companion: "Omar Zand flew to Lima, where he met Peruvian President and Foreign Minister Lena Ortis.",
			want:      []string{fact("Lena Ortis", graph.PresidentOf, "Peru")}},
	})
}

// TestPluralOfficeListBetweenDashes checks a plural office of one body
// whose holders are listed between dashes, each with his state: each
// holds the body's office, and the sentence goes on after the dash.
func TestPluralOfficeListBetweenDashes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The co-chairs of the Geneva Contact Group - Igor Belan of Russia, James Colter of the United States and Pierre Davout of France - met in Vienna.",
			want: []string{fact("Igor Belan", graph.HeadOf, "Geneva Contact Group"), fact("James Colter", graph.HeadOf, "Geneva Contact Group"), fact("Pierre Davout", graph.HeadOf, "Geneva Contact Group")}},
		{text: "The co-chairmen of the Lakeside Patriotic Front - Omar Zand and Pavel Orlin - urged both sides to hold their fire.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front"), fact("Pavel Orlin", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// With no closing dash the list is not read as the office's.
		{text: "The co-chairs of the Geneva Contact Group - Igor Belan of Russia and James Colter of the United States.",
			not:       []string{fact("Igor Belan", graph.HeadOf, "Geneva Contact Group")},
			companion: "The co-chairs of the Geneva Contact Group - Igor Belan of Russia and James Colter of the United States - met.",
			want:      []string{fact("Igor Belan", graph.HeadOf, "Geneva Contact Group")}},
	})
}

// A minister's office is named by its portfolio, before the title in
// capitals or after it with "of", "for" and "and": the portfolio item that
// is itself an office makes the title that office, any other leaves a
// member of the state. A file in capitals holds no other office.
func TestPortfolioTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya's Defence Cabinet Secretary Amon Teval inspected the troops.",
			want: []string{fact("Amon Teval", graph.DefenseMinisterOf, "Kenya")}},
		{text: "Chile's Interior Cabinet Secretary Rufo Damar met the governors.",
			want: []string{fact("Rufo Damar", graph.MemberOf, "Chile")},
			not:  []string{fact("Rufo Damar", graph.DefenseMinisterOf, "Chile")}},
		{text: "Peruvian Transport Minister Edi Kosta resigned on Tuesday.",
			want: []string{fact("Edi Kosta", graph.MemberOf, "Peru")}},
		{text: "Chile's Foreign Trade Minister Amon Teval met the delegation.",
			want: []string{fact("Amon Teval", graph.MemberOf, "Chile")},
			not:  []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile")}},
		{text: "Chile's National Defence Minister Rufo Damar visited the base.",
			want: []string{fact("Rufo Damar", graph.DefenseMinisterOf, "Chile")}},
		{text: "Peru's First Deputy Foreign Minister Amon Teval travelled to Quito.",
			want: []string{fact("Amon Teval", graph.MemberOf, "Peru")},
			not:  []string{fact("Amon Teval", graph.ForeignMinisterOf, "Peru")}},
		{text: "Peru's Minister of Foreign Affairs and International Cooperation, Rufo Damar, flew to Quito.",
			want: []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
		{text: "Chile's Minister of Defence and Veterans Affairs, Edi Kosta, visited the base.",
			want: []string{fact("Edi Kosta", graph.DefenseMinisterOf, "Chile")}},
		{text: "Chile's Vice Minister of Defence Omar Zand visited the base.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Chile")},
			not:  []string{fact("Omar Zand", graph.DefenseMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// A minister of state keeps the portfolio's office from him.
		{text: "Chile's Minister of State for Foreign Affairs and Trade, Amon Teval, flew to Lima.",
			not:       []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile")},
			companion: "Chile's Minister for Foreign Affairs and Trade, Amon Teval, flew to Lima.",
			want:      []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile")}},
		// Capitals before an office that takes no portfolio are a body.
		{text: "Chile's Supreme Court President Amon Teval opened the session.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: "Chile's President Amon Teval opened the session.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
		// A state's office under a body is the body's member's.
		{text: "The Borduria Front's defence minister, Amon Teval, visited the base.",
			not:       []string{fact("Amon Teval", graph.DefenseMinisterOf, "Borduria Front")},
			companion: "The Borduria Front's commander, Amon Teval, visited the base.",
			want:      []string{fact("Amon Teval", graph.HeadOf, "Borduria Front")}},
	})
}

// The deputy of a state's office is a member of the state, and the deputy's
// title may be coordinated with a second office of the same person.
func TestDeputyOfStateOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile's Deputy Prime Minister and Foreign Minister Edi Kosta met the delegation.",
			want: []string{fact("Edi Kosta", graph.ForeignMinisterOf, "Chile"), fact("Edi Kosta", graph.MemberOf, "Chile")},
			not:  []string{fact("Edi Kosta", graph.PrimeMinisterOf, "Chile")}},
		{text: "Peruvian Vice Foreign Minister Rufo Damar arrived in Quito.",
			want: []string{fact("Rufo Damar", graph.MemberOf, "Peru")},
			not:  []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
		{text: "Chilean Deputy Defence Minister Dr. Omar Zand met the envoy.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Chile")},
			not:  []string{fact("Omar Zand", graph.DefenseMinisterOf, "Chile")}},
		{text: "Ana Reyes, the US assistant secretary of state for African affairs, met the delegation.",
			want: []string{fact("Ana Reyes", graph.MemberOf, "United States")},
			not:  []string{fact("Ana Reyes", graph.ForeignMinisterOf, "United States")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile's Deputy Prime Minister Amon Teval met the delegation.",
			not:       []string{fact("Amon Teval", graph.PrimeMinisterOf, "Chile")},
			companion: "Chile's Prime Minister Amon Teval met the delegation.",
			want:      []string{fact("Amon Teval", graph.PrimeMinisterOf, "Chile")}},
		{text: "Peru's Vice President Rufo Damar and Foreign Minister Edi Kosta met the delegation.",
			not:       []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")},
			companion: "Peru's Vice President and Foreign Minister Rufo Damar met the delegation.",
			want:      []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
	})
}

// A body's special coordinator for a state or a process is its envoy; its
// humanitarian coordinator is one of its officials.
func TestCoordinators(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "UN Special Coordinator for Peru Rufo Damar met the delegation.",
			want: []string{fact("Rufo Damar", graph.EnvoyOf, "United Nations"), fact("Rufo Damar", graph.EnvoyTo, "Peru")}},
		{text: "Hana Mala, the UN humanitarian coordinator for Peru, visited the camps.",
			want: []string{fact("Hana Mala", graph.MemberOf, "United Nations")},
			not:  []string{fact("Hana Mala", graph.EnvoyOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The UN special coordinator met Rufo Damar in Lima.",
			not:       []string{fact("Rufo Damar", graph.EnvoyOf, "United Nations")},
			companion: "The UN special coordinator, Rufo Damar, met officials in Lima.",
			want:      []string{fact("Rufo Damar", graph.EnvoyOf, "United Nations")}},
	})
}

// The government a state's adjective names, with up to two words before
// its noun, is the state: its spokesman or minister holds the state's
// office.
func TestAdjectiveGovernment(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the spokesman of the Chilean interim government, said talks would resume.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Chile")}},
		{text: "The spokesman for the Peruvian transitional government, Rufo Damar, denied the report.",
			want: []string{fact("Rufo Damar", graph.SpokespersonOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// The office with its name in apposition is no reference to a
		// spokesman named before.
		{text: "Amon Teval spoke in Lima. The spokesman for the Peruvian transitional government, Rufo Damar, denied the report.",
			not:       []string{fact("Amon Teval", graph.SpokespersonOf, "Peru")},
			companion: "Amon Teval spoke in Lima. The spokesman for the Peruvian government, Rufo Damar, denied the report.",
			want:      []string{fact("Rufo Damar", graph.SpokespersonOf, "Peru")}},
		// A body other than the government is not the state.
		{text: "Omar Zand, the spokesman of the Chilean interim parliament, said talks would resume.",
			not:       []string{fact("Omar Zand", graph.SpokespersonOf, "Chile")},
			companion: "Omar Zand, the spokesman of the Chilean interim government, said talks would resume.",
			want:      []string{fact("Omar Zand", graph.SpokespersonOf, "Chile")}},
	})
}

// A body of no state that governs, named with a government noun, holds
// the state's offices it names; a body named without one does not.
func TestGoverningBodysOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front government's defence minister, Amon Teval, visited the base.",
			want: []string{fact("Amon Teval", graph.DefenseMinisterOf, "Borduria Front")}},
		{text: "The Borduria Front government's foreign minister, Rufo Damar, flew to Lima on Monday.",
			want: []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front's foreign minister, Rufo Damar, flew to Lima on Monday.",
			not:       []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Borduria Front")},
			companion: "The Borduria Front government's foreign minister, Rufo Damar, flew to Lima on Monday.",
			want:      []string{fact("Rufo Damar", graph.ForeignMinisterOf, "Borduria Front")}},
		// A state's own government keeps the state's reading.
		{text: "The Chilean government's foreign minister, Hana Mala, flew to Lima.",
			not:       []string{fact("Hana Mala", graph.ForeignMinisterOf, "Chilean government")},
			companion: "The Chilean government's foreign minister, Hana Mala, flew to Lima.",
			want:      []string{fact("Hana Mala", graph.ForeignMinisterOf, "Chile")}},
	})
}

// A plural office after several states' adjectives pairs the states with
// the names in apposition after it, in their order.
func TestStatesOfficeWithApposedNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Chilean and Peruvian foreign ministers, Amon Teval and Rufo Damar, met in Lima.",
			want: []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile"), fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
		{text: "The Chilean and Peruvian defence ministers, Amon Teval and Rufo Damar, respectively, met in Lima.",
			want: []string{fact("Amon Teval", graph.DefenseMinisterOf, "Chile"), fact("Rufo Damar", graph.DefenseMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Three names for two states pair none.
		{text: "The Chilean and Peruvian foreign ministers, Amon Teval, Rufo Damar and Omar Zand, met in Lima.",
			not:       []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile"), fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")},
			companion: "The Chilean and Peruvian foreign ministers, Amon Teval and Rufo Damar, met in Lima.",
			want:      []string{fact("Amon Teval", graph.ForeignMinisterOf, "Chile")}},
	})
}

// A second office coordinated in an appositive keeps the first's owner and
// reads its own posting.
func TestSecondOfficePosting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, Chile's foreign minister and envoy to Peru, was summoned.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Chile"), fact("Omar Zand", graph.EnvoyOf, "Chile"), fact("Omar Zand", graph.EnvoyTo, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A posting that does not close the appositive is not read.
		{text: "Omar Zand, Chile's foreign minister and envoy to Peru since May when talks began, was summoned.",
			not:       []string{fact("Omar Zand", graph.EnvoyTo, "Peru")},
			companion: "Omar Zand, Chile's foreign minister and envoy to Peru, was summoned.",
			want:      []string{fact("Omar Zand", graph.EnvoyTo, "Peru")}},
	})
}

// The head of one file of a body, named by one lower-case noun before the
// head's title, is one of the body's members, as in an appositive.
func TestFileHeadBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front's media director Omar Zand denied the report.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Borduria Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A title's adjective is no file: the top commander heads it.
		{text: "The Borduria Front's top commander Omar Zand denied the report.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Borduria Front")},
			companion: "The Borduria Front's top commander Omar Zand denied the report.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")}},
		// Two lower-case words (a verb and a noun) are no file.
		{text: "Borduria Front elects army chief Omar Zand as leader",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Borduria Front")},
			companion: "The Borduria Front's media director Omar Zand denied the report.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Borduria Front")}},
	})
}

// A portfolio in lower case between a member's office and the name in
// apposition is read through; a portfolio item that is an office makes
// the title that office.
func TestLowerCasePortfolioBeforeApposedName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The EU commissioner for enlargement, Amon Teval, visited Lima.",
			want: []string{fact("Amon Teval", graph.MemberOf, "European Union")}},
		{text: "The Chilean minister of defence, Rufo Damar, resigned.",
			want: []string{fact("Rufo Damar", graph.DefenseMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// A minister of state keeps the portfolio's office from him, in
		// lower case too.
		{text: "The Chilean minister of state for foreign affairs, Tomas Marek, resigned.",
			not:       []string{fact("Tomas Marek", graph.ForeignMinisterOf, "Chile")},
			companion: "The Chilean minister for foreign affairs, Tomas Marek, resigned.",
			want:      []string{fact("Tomas Marek", graph.ForeignMinisterOf, "Chile")}},
	})
}

// A one-word title that is also a title's adjective ("chief") qualifies
// an office after it, whose holder the name is.
func TestAdjectiveTitleBeforeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's Chief Cabinet Secretary Rufo Damar briefed reporters.",
			want: []string{fact("Rufo Damar", graph.MemberOf, "Peru")},
			not:  []string{fact("Rufo Damar", graph.HeadOf, "Peru")}},
		{text: "The Borduria Front chief Omar Zand spoke in Lima.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The chief of a body is its head, with no office after him.
		{text: "The Borduria Front chief Omar Zand spoke in Lima.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Borduria Front")},
			companion: "The Borduria Front chief negotiator Omar Zand spoke in Lima.",
			want:      []string{fact("Omar Zand", graph.EnvoyOf, "Borduria Front")}},
	})
}

// A rank between an office and the name is skipped whatever its spelling,
// abbreviated or of an air force; the name after it is the holder's.
func TestRankBetweenOfficeAndName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean navy spokesman Rear Adm. Tomas Varga said the patrol boat sank.",
			want: []string{fact("Tomas Varga", graph.SpokespersonOf, "Chilean navy")},
			not:  []string{fact("Rear Adm", graph.SpokespersonOf, "Chilean navy")}},
		{text: "Peruvian Defence Minister Vice Adm. Rufo Damar visited the port.",
			want: []string{fact("Rufo Damar", graph.DefenseMinisterOf, "Peru")}},
		{text: "The spokesman of the Chilean Air Force, Air Commodore Amon Teval, said the jets returned safely.",
			want: []string{fact("Amon Teval", graph.SpokespersonOf, "Chilean air force")}},
	})
	// A rank alone before a name states no office.
	checkNegatives(t, []negativeCase{
		{text: "Air Commodore Amon Teval said the jets returned safely to Chile.",
			not:       []string{fact("Amon Teval", graph.SpokespersonOf, "Chile"), fact("Amon Teval", graph.MemberOf, "Chile")},
			companion: "Chilean Air Force spokesman Air Commodore Amon Teval said the jets returned safely.",
			want:      []string{fact("Amon Teval", graph.SpokespersonOf, "Chilean air force")}},
	})
}

// A person's given name may be a state's name: after an office, a state's
// name followed by a word the lexicon does not know is the holder's name.
func TestGivenNameOfState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean Foreign Minister Jordan Velt met his Peruvian counterpart on Monday.",
			want: []string{fact("Jordan Velt", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Jordan", graph.ForeignMinisterOf, "Chile")}},
		{text: "Peru's Defence Minister Israel Barak said the border was quiet.",
			want: []string{fact("Israel Barak", graph.DefenseMinisterOf, "Peru")}},
	})
	// A state after an office that a known word follows is the state.
	checkNegatives(t, []negativeCase{
		{text: "The foreign minister Jordan sent to Lima said the border was quiet.",
			not:       []string{fact("Jordan Sent", graph.ForeignMinisterOf, "Jordan")},
			companion: "Chilean Foreign Minister Jordan Velt said the border was quiet.",
			want:      []string{fact("Jordan Velt", graph.ForeignMinisterOf, "Chile")}},
	})
}

// "And" after a member's office with no name coordinates another person,
// not a portfolio: the person is no holder of the office.
func TestMemberOfficeAndPerson(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Trump said the vice president and Mr Erdogan had asked him to act.",
			not:       []string{fact("Recep Tayyip Erdoğan", graph.MemberOf, "Turkey")},
			companion: "Trump said US Vice President Amon Teval had asked him to act.",
			want:      []string{fact("Amon Teval", graph.MemberOf, "United States")}},
	})
}

// A king is his state's head of state; a name the lexicon knows with the
// title among its forms still has the title read.
func TestKingHeadsState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's King Rudolf Tavan opened the new parliament.",
			want: []string{fact("Rudolf Tavan", graph.PresidentOf, "Peru")}},
		{text: "Chilean King Edi Kosta II received the envoys.",
			want: []string{fact("Edi Kosta II", graph.PresidentOf, "Chile")}},
		{text: "Jordan's King Abdullah II received the envoys.",
			want: []string{fact("Abdullah II", graph.PresidentOf, "Jordan")}},
	})
	// "The king" with no state is the king the article named, never the
	// president it named last.
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Amon Teval spoke first. Chilean Foreign Minister Rufo Damar thanked the King for his hospitality.",
			not:       []string{fact("Rufo Damar", graph.Thanked, "Amon Teval")},
			companion: "Peruvian President Amon Teval spoke first. Chilean Foreign Minister Rufo Damar thanked the president for his hospitality.",
			want:      []string{fact("Rufo Damar", graph.Thanked, "Amon Teval")}},
		// A site named after a titled person is no mention of him.
		{text: "Saudi jets took off from the King Salman Air Base and struck the port.",
			not:       []string{fact("Salman bin Abdulaziz", graph.PresidentOf, "Saudi Arabia")},
			companion: "Saudi jets took off after Saudi Arabia's King Salman approved the strike.",
			want:      []string{fact("Salman bin Abdulaziz", graph.PresidentOf, "Saudi Arabia")}},
		{text: "Chilean troops guarded the President Amon Teval Bridge over the river.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: "Chilean troops guarded Chilean President Amon Teval on the bridge.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
	})
}

// The lower-case syllable that ends a hyphenated given name is part of
// the name even when it spells a short function word ("-in", "-un"); a
// hyphen chain that goes on is no name.
func TestHyphenatedGivenName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Amon Jae-in met Hamas leader Rufo Ho-seong in Lima.",
			want: []string{fact("Amon Jae-in", graph.PresidentOf, "Chile"), fact("Rufo Ho-seong", graph.HeadOf, "Hamas")},
			not:  []string{fact("Amon Jae", graph.PresidentOf, "Chile")}},
		{text: "Peruvian Prime Minister Rufo Dae-un said the border was quiet.",
			want: []string{fact("Rufo Dae-un", graph.PrimeMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Amon Teval condemned the Sunni-on-Shia killings in Lima.",
			not:       []string{fact("Sunni-on-Shia", graph.PresidentOf, "Chile")},
			companion: "Chilean President Amon Teval condemned the killings in Lima.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
	})
}

// An office and its comma may be followed by its holder named with an
// office of his own: the person holds both.
func TestOfficeThenTitledHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hamas's chairman, Chilean President Amon Teval, welcomed the deal.",
			want: []string{fact("Amon Teval", graph.HeadOf, "Hamas"), fact("Amon Teval", graph.PresidentOf, "Chile")}},
		{text: "The spokesman of Hezbollah, Peruvian Foreign Minister Rufo Damar, denied the report.",
			want: []string{fact("Rufo Damar", graph.SpokespersonOf, "Hezbollah"), fact("Rufo Damar", graph.ForeignMinisterOf, "Peru")}},
		{text: "The commander of the Chilean armed forces, Defence Minister Rufo Damar, visited the front.",
			want: []string{fact("Rufo Damar", graph.HeadOf, "Chilean armed forces")}},
	})
	// A list of offices and names is no apposition.
	checkNegatives(t, []negativeCase{
		{text: "The talks brought together Iran's foreign minister, Chilean President Amon Teval and Peruvian President Rufo Damar.",
			not:       []string{fact("Amon Teval", graph.ForeignMinisterOf, "Iran")},
			companion: "Iran's foreign minister, Chilean President Amon Teval, opened the talks.",
			want:      []string{fact("Amon Teval", graph.ForeignMinisterOf, "Iran")}},
		{text: "Hamas's chairman, Chilean President Amon Teval and Peru's Rufo Damar met in Lima.",
			not:       []string{fact("Amon Teval", graph.HeadOf, "Hamas")},
			companion: "Hamas's chairman, Chilean President Amon Teval, met Rufo Damar in Lima.",
			want:      []string{fact("Amon Teval", graph.HeadOf, "Hamas")}},
	})
}

// An office before its holder's name may describe its body with an
// adjective or a glued participle between "the" and the body's name: the
// office is the body's all the same.
func TestOfficeOfDescribedBodyBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The commander of the self-styled Borduria National Army, Field Marshal Oren Valdis, ordered an advance on the capital.",
			want: []string{fact("Oren Valdis", graph.HeadOf, "Borduria National Army")}},
		{text: "The leader of the powerful Tarvolah Front, Ilo Benga, met the envoy in Nairobi.",
			want: []string{fact("Ilo Benga", graph.HeadOf, "Tarvolah Front")}},
		{text: "The spokesman for the UN-backed Mosari Council, Dara Quill, said the talks had failed.",
			want: []string{fact("Dara Quill", graph.SpokespersonOf, "Mosari Council")}},
		{text: "The head of the ruling Kessa Council, Amar Tesk, rejected the plan on Monday.",
			want: []string{fact("Amar Tesk", graph.HeadOf, "Kessa Council")}},
	})
	// Words that name a part of the body are no description of it: the
	// leader of a wing does not lead the whole.
	checkNegatives(t, []negativeCase{
		{text: "The leader of the armed wing of the Tarvolah Front, Ilo Benga, met the envoy in Nairobi.",
			not:       []string{fact("Ilo Benga", graph.HeadOf, "Tarvolah Front")},
			companion: "The leader of the Tarvolah Front, Ilo Benga, met the envoy in Nairobi.",
			want:      []string{fact("Ilo Benga", graph.HeadOf, "Tarvolah Front")}},
	})
}

// TestDatelineLeavesVisitorsOffice checks the bare office in a lead after
// a dateline: the dateline's state's, unless the lead names that state's
// own leader with his office ("Russian President Y"), when the bare office
// is the visitor's, whose state the lead does not say. A minister of the
// dateline's state named so leaves the bare office the dateline's.
func TestDatelineLeavesVisitorsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "MOSCOW (Reuters) - Prime Minister Halvor Dreska met Russian President Oskar Brendal at the Kremlin on Thursday.",
			want: []string{fact("Oskar Brendal", graph.PresidentOf, "Russia"), fact("Halvor Dreska", graph.MetWith, "Oskar Brendal")},
			not:  []string{fact("Halvor Dreska", graph.PrimeMinisterOf, "Russia")}},
		{text: "MOSCOW (Reuters) - Russian Defence Minister Halvor Dreska reported to President Oskar Brendal on Thursday that the town was taken.",
			want: []string{fact("Oskar Brendal", graph.PresidentOf, "Russia"), fact("Halvor Dreska", graph.DefenseMinisterOf, "Russia")}},
		{text: "MOSCOW (Reuters) - President Oskar Brendal said on Thursday that the bases would stay.",
			want: []string{fact("Oskar Brendal", graph.PresidentOf, "Russia")}},
	})
}

// TestOwnStatesCounterpartIsNoHost checks a bare office in a lead after a
// dateline whose sentence names the dateline's state as that of "his
// counterpart": the person serves another state, and the counterpart
// holds the office for the dateline's. After another person, "his" may be
// the other's, and the host keeps the visited state's office.
func TestOwnStatesCounterpartIsNoHost(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "LIMA (Reuters) - President Halvor Dreska arrived in the Peruvian capital on Wednesday at the invitation of his Peruvian counterpart Oskar Brendal.",
			want: []string{fact("Oskar Brendal", graph.PresidentOf, "Peru")},
			not:  []string{fact("Halvor Dreska", graph.PresidentOf, "Peru")}},
		{text: "LIMA (Reuters) - President Halvor Dreska said on Wednesday that talks with his Chilean counterpart Oskar Brendal would resume.",
			want: []string{fact("Halvor Dreska", graph.PresidentOf, "Peru"), fact("Oskar Brendal", graph.PresidentOf, "Chile")}},
		{text: "Chilean Foreign Minister Oskar Brendal visited Peru, where he held talks with President Halvor Dreska and his Peruvian counterpart Marta Vinsk.",
			want: []string{fact("Halvor Dreska", graph.PresidentOf, "Peru"), fact("Marta Vinsk", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Marta Vinsk", graph.PresidentOf, "Peru")}},
	})
}

// The head of a body's branch in a state or region, named before the
// person ("the Front's leader for Chile, X,"), is one of the body's
// members, not its head; the state is no body he serves.
func TestRegionalHeadBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Patriotic Front's leader for Chile, Omar Zand, told residents to leave.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
		{text: "The Coastal Liberation Front's commander for Peru, Omar Zand, denied the report.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Coastal Liberation Front")}},
		// No region: the head of the body.
		{text: "The Lakeside Patriotic Front's leader, Omar Zand, told residents to leave.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		// "for" naming the body itself is unchanged.
		{text: "The spokesman for the Lakeside Patriotic Front, Omar Zand, told residents to leave.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Patriotic Front's leader for Chile, Omar Zand, told residents to leave.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front"), fact("Omar Zand", graph.HeadOf, "Chile"), fact("Omar Zand", graph.MemberOf, "Chile")},
			companion: "The Lakeside Patriotic Front's leader, Omar Zand, told residents to leave.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// An office whose name says it heads a state's armed forces ("Chief of
// Army Staff", "chief of defence forces", "armed forces chief") heads the
// state's army, not the state: the body named with the title, else the
// army of the state named, else the army of the one state the text around
// it is about.
func TestArmyStaffOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's Chief of Army Staff, Major General Kofi Asante Mensah, toured the border posts.",
			want: []string{fact("Kofi Asante Mensah", graph.HeadOf, "Ghanaian army")},
			not:  []string{fact("Kofi Asante Mensah", graph.MemberOf, "Ghana"), fact("Kofi Asante Mensah", graph.HeadOf, "Ghana")}},
		{text: "Zambian Chief of Defence Staff Lt. Gen. Moses Banda Chileshe opened the new barracks.",
			want: []string{fact("Moses Banda Chileshe", graph.HeadOf, "Zambian army")}},
		{text: "Tanzania's chief of defence forces, General Jabir Mkama, inspected the troops.",
			want: []string{fact("Jabir Mkama", graph.HeadOf, "Tanzanian army")}},
		{text: "The chief of the defence forces of Botswana, Lt. Gen. Placid Segokgo, said the mission was over.",
			want: []string{fact("Placid Segokgo", graph.HeadOf, "Botswana army")}},
		// The army the article named first keeps its name.
		{text: "The Malawian military said it had sent engineers north. The Chief of Defence Staff, General Vincent Nundwe, visited them.",
			want: []string{fact("Vincent Nundwe", graph.HeadOf, "Malawian military")}},
		// A body named with the title is the office's own.
		{text: "Gen. Otieno Wafula, the Borduria Defence Force chief of defence forces, flew to Nairobi.",
			want: []string{fact("Otieno Wafula", graph.HeadOf, "Borduria Defence Force")}},
		{text: "Gen. Otieno Wafula, the chief of defence forces of the Borduria Defence Force, flew to Nairobi.",
			want: []string{fact("Otieno Wafula", graph.HeadOf, "Borduria Defence Force")}},
		// No state named with the office: the state the text is about.
		{text: "Gabon closed its borders on Sunday. Lieutenant General Armel Ndong, the Chief of Army Staff, said the closure would last a week.",
			want: []string{fact("Armel Ndong", graph.HeadOf, "Gabonese army")}},
		{text: "Troops in Senegal were put on alert. Armed forces chief Gen. Mamadou Sow said the threat was real.",
			want: []string{fact("Mamadou Sow", graph.HeadOf, "Senegalese army")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states named before a bare office: it may be either's.
		{text: "Ghana and Togo closed the border. The Chief of Army Staff, Major General Kofi Mensah, said the closure would last a week.",
			not:       []string{fact("Kofi Mensah", graph.HeadOf, "Ghanaian army"), fact("Kofi Mensah", graph.HeadOf, "Togolese army")},
			companion: "Ghana closed the border. The Chief of Army Staff, Major General Kofi Mensah, said the closure would last a week.",
			want:      []string{fact("Kofi Mensah", graph.HeadOf, "Ghanaian army")}},
		// A chief of staff of no army is no army's head.
		{text: "Ghana closed the border. The president's chief of staff, Kofi Mensah, said the closure would last a week.",
			not:       []string{fact("Kofi Mensah", graph.HeadOf, "Ghanaian army")},
			companion: "Ghana closed the border. The army chief of staff, Kofi Mensah, said the closure would last a week.",
			want:      []string{fact("Kofi Mensah", graph.HeadOf, "Ghanaian army")}},
		// An army named otherwise than the state whose office it is.
		{text: "Chad's Chief of Army Staff, General Abakar Idriss, met Sudanese army commanders.",
			not:       []string{fact("Abakar Idriss", graph.HeadOf, "Sudanese army")},
			companion: "Chad's Chief of Army Staff, General Abakar Idriss, met Sudanese army commanders.",
			want:      []string{fact("Abakar Idriss", graph.HeadOf, "Chadian army")}},
	})
}

// An office verb after a person's appositive or relative clause, closed
// by its comma, gives the office to the person: "X, a veteran officer, was
// named head of Y", "X, who until now commanded a unit, was appointed".
func TestAppointmentAfterParenthetical(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Khaled Mansour, a veteran officer, was named head of the Borduria Front.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "Khaled Mansour, who until now commanded a unit in Kolvo, was appointed commander of the Borduria Front on Monday.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "Khaled Mansour, whose brother fled to Chile in May, was elected chairman of the Unity Party.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Unity Party")}},
		{text: "Khaled Mansour, 54, was sworn in as deputy commander of the Borduria Front.",
			want: []string{fact("Khaled Mansour", graph.MemberOf, "Borduria Front")}},
		// The copula of an office held now, after the parenthetical.
		{text: "Khaled Mansour, who fled Chile in 2019, is the commander of the Borduria Front.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "Khaled Mansour, 54, is the Unity Party's spokesman.",
			want: []string{fact("Khaled Mansour", graph.SpokespersonOf, "Unity Party")}},
	})
	checkNegatives(t, []negativeCase{
		// The name before a comma that opens the main clause is no
		// subject of its verb.
		{text: "After Khaled Mansour, Yusuf Karam was named head of the Borduria Front.",
			not:       []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")},
			companion: "Khaled Mansour, a veteran officer, was named head of the Borduria Front.",
			want:      []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		// A list of names is no appositive.
		{text: "Khaled Mansour, Yusuf Karam and Ali Hassan were named members of the Borduria Front.",
			not:       []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")},
			companion: "Khaled Mansour, an engineer, was named head of the Borduria Front.",
			want:      []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
	})
}

// TestPlaceNamedAfterBody checks that the first word of a body's name
// before a title ("Korvan Governor X" after "the Korvan Liberation Army")
// names the body only when the article does not use the word as a place
// ("fighting in Korvan"): a place's governor, mayor or chief minister is
// no member of the body named after the place, and the title is still
// read with the person, who keeps his part in the sentence.
func TestPlaceNamedAfterBody(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Korvan Liberation Army attacked a train in Korvan on Monday.\n\nKorvan Governor Adam Belko said the attackers had fled.",
			not:       []string{fact("Adam Belko", graph.MemberOf, "Korvan Liberation Army")},
			companion: "The Korvan Liberation Army attacked a train on Monday.\n\nKorvan Governor Adam Belko said the attackers had fled.",
			want:      []string{fact("Adam Belko", graph.MemberOf, "Korvan Liberation Army")}},
		{text: "The Dravo Battalion clashed with Peruvian troops near Dravo on Sunday.\n\nDravo Mayor Ivan Marek said the hospital was surrounded.",
			not:       []string{fact("Ivan Marek", graph.MemberOf, "Dravo Battalion"), fact("Ivan Marek", graph.HeadOf, "Dravo Battalion")},
			companion: "The Dravo Battalion clashed with Peruvian troops on Sunday.\n\nDravo commander Ivan Marek said the hospital was surrounded.",
			want:      []string{fact("Ivan Marek", graph.HeadOf, "Dravo Battalion")}},
	})
	checkFacts(t, []factCase{
		// The place's office does not cut the person from the clause.
		{text: "The Selva Front has fought the army in Selva since 2019.\n\nPeruvian President Luis Ortega met Selva Chief Minister Karel Dvorak in Lima on Monday.",
			want: []string{fact("Karel Dvorak", graph.MetWith, "Luis Ortega")},
			not:  []string{fact("Karel Dvorak", graph.MemberOf, "Selva Front"), fact("Karel Dvorak", graph.HeadOf, "Selva Front")}},
		// A word never used as a place names the body.
		{text: "The Selva Front has fought the army since 2019.\n\nPeruvian President Luis Ortega met Selva commander Karel Dvorak in Lima on Monday.",
			want: []string{fact("Karel Dvorak", graph.HeadOf, "Selva Front"), fact("Karel Dvorak", graph.MetWith, "Luis Ortega")}},
	})
}

// TestOwnStateAfterTitle checks that a title that names its state after
// "of" ("Prime Minister of Chile X") keeps that state after another
// person's title in a list: the state of the office before is shared only
// by a title that names none ("Peruvian President X and Prime Minister
// Y").
func TestOwnStateAfterTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A meeting between President of Peru Luis Ortega and Prime Minister of Chile Anton Belz was held in Quito.",
			want: []string{fact("Luis Ortega", graph.PresidentOf, "Peru"), fact("Anton Belz", graph.PrimeMinisterOf, "Chile")},
			not:  []string{fact("Anton Belz", graph.PrimeMinisterOf, "Peru")}},
		{text: "A meeting between President of the Republic of Peru Luis Ortega and Prime Minister of the Republic of Chile Anton Belz was held in Quito.",
			want: []string{fact("Anton Belz", graph.PrimeMinisterOf, "Chile")},
			not:  []string{fact("Anton Belz", graph.PrimeMinisterOf, "Peru")}},
		{text: "The commissions, led by Deputy Prime Minister of Peru Luis Ortega and Deputy Prime Minister of Chile Anton Belz, met in Quito.",
			want: []string{fact("Luis Ortega", graph.MemberOf, "Peru"), fact("Anton Belz", graph.MemberOf, "Chile")},
			not:  []string{fact("Anton Belz", graph.MemberOf, "Peru")}},
		// A title without a state of its own shares the one before.
		{text: "Peruvian President Luis Ortega and Prime Minister Anton Belz met in Quito.",
			want: []string{fact("Anton Belz", graph.PrimeMinisterOf, "Peru")}},
		{text: "President of Peru Luis Ortega and Prime Minister Anton Belz met in Quito.",
			want: []string{fact("Anton Belz", graph.PrimeMinisterOf, "Peru")}},
	})
}

// A modifier inside an office's title can change what it states: a
// body's chair, managing director or national leader heads it, a youth
// leader is one of its members, and a deputy spokesman or press secretary
// speaks for the body; other deputies and a director of one file remain
// members.
func TestOfficeModifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front said the talks failed. Front chair Ivo Tarsh blamed Ruritania.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")}},
		{text: "Ivo Tarsh, the chair of the Vantar Council, said the vote would go ahead.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Council")}},
		{text: "The Vantar Rail Authority halted trains. Its managing director Ivo Tarsh said the line was unsafe.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Vantar Rail Authority")}},
		{text: "Hamas national leader Ivo Tarsh visited the camp.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")}},
		{text: "Ivo Tarsh, a youth leader of Hamas, was arrested in the raid.",
			want: []string{fact("Ivo Tarsh", graph.MemberOf, "Hamas")},
			not:  []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")}},
		{text: "NATO deputy press secretary Rina Kolar said the drills would go ahead.",
			want: []string{fact("Rina Kolar", graph.SpokespersonOf, "NATO")}},
		{text: "Rina Kolar, the deputy spokeswoman of Hamas, denied the report.",
			want: []string{fact("Rina Kolar", graph.SpokespersonOf, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Hamas deputy leader Ivo Tarsh visited the camp.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")},
			companion: "Hamas national leader Ivo Tarsh visited the camp.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")}},
		{text: "NATO deputy secretary general Rina Kolar said the drills would go ahead.",
			not:       []string{fact("Rina Kolar", graph.SpokespersonOf, "NATO")},
			companion: "NATO deputy press secretary Rina Kolar said the drills would go ahead.",
			want:      []string{fact("Rina Kolar", graph.SpokespersonOf, "NATO")}},
		{text: "Hamas said the chair of the meeting, Ivo Tarsh, left early.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")},
			companion: "Hamas said its chair, Ivo Tarsh, left early.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Hamas")}},
	})
}
