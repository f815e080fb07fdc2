package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Offices read from an appositive after a name, or from "its" before one.
func TestAppositiveOffices(t *testing.T) {
	checkFacts(t, []factCase{
		// "a leader of" is one of its leaders: a member, not the head.
		{text: "Vasso Drin, a leader of the TNLA, said the group would fight on.",
			want: []string{fact("Vasso Drin", graph.MemberOf, "TNLA")},
			not:  []string{fact("Vasso Drin", graph.HeadOf, "TNLA")}},
		{text: "Tom Brandel, a senior fellow at the Atlantic Council, doubted the plan.",
			want: []string{fact("Tom Brandel", graph.MemberOf, "Atlantic Council")}},
		// An adviser serves a state's office or a body, as its member.
		{text: "Ali Dastan, a senior adviser to the Iranian foreign minister, attended the talks.",
			want: []string{fact("Ali Dastan", graph.MemberOf, "Iran")}},
		// The state of a person this article gave an office.
		{text: "Peruvian President Omar Zand flew to Lima. Ali Dastan, an adviser to President Omar Zand, stayed behind.",
			want: []string{fact("Ali Dastan", graph.MemberOf, "Peru")}},
		{text: "Tom Bell, a senior adviser for Africa at the US State Department, attended the talks.",
			want: []string{fact("Tom Bell", graph.MemberOf, "US State Department")}},
		// "its" is the state or body before it in the sentence, and its
		// envoy may have a posting.
		{text: "The talks resumed in Doha on Monday. Moscow sent its special envoy to Syria, Pavel Trusov, to the talks.",
			want: []string{fact("Pavel Trusov", graph.EnvoyOf, "Russia"), fact("Pavel Trusov", graph.EnvoyTo, "Syria")}},
		// Without the commas.
		{text: "The Lakeside Patriotic Front seized the town. Its spokesman Omar Zand said so.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
		// One of a body's commanders or negotiators is one of its members.
		{text: "Omar Zand, one of the commanders of the Lakeside Patriotic Front, was killed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, one of the Lakeside Patriotic Front's negotiators, spoke.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
		// A rank between the office and the name is no part of the name.
		{text: "The Quds Force was blamed for the raid. Its commander, Maj Gen Farid Kavoli, denied it.",
			want: []string{fact("Farid Kavoli", graph.HeadOf, "Quds Force")}},
		{text: "Peru's military ruler, Senior General Omo Kessling, met Chinese Premier Li Qiang on Monday.",
			want: []string{fact("Omo Kessling", graph.HeadOf, "Peru"), fact("Li Qiang", graph.MetWith, "Omo Kessling")}},
	})
}

// Unknown people and bodies read from the appositive that follows them.
func TestAppositiveDiscovery(t *testing.T) {
	checkFacts(t, []factCase{
		// A relative appositive stating the office makes the name a person.
		{text: "Corvin Ladeau, who heads the Lakeside Patriotic Front, told a rally the fighters would advance.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
		// A body with no head noun, its acronym after it.
		{text: "The army hunted Ruben Solano, the leader of the Frente Amplio Sur (FAS), the largest armed group in the south.",
			want: []string{fact("Ruben Solano", graph.HeadOf, "Frente Amplio Sur")}},
		// A name with an apostrophe is one name.
		{text: "Tun Hla, a leader of the Ta'ang Liberation Army (TLA), said the talks had failed.",
			want: []string{fact("Tun Hla", graph.MemberOf, "Ta'ang Liberation Army")}},
		// A known person's surname that is a given name, before an unknown
		// word, names someone new.
		{text: "Sudan's envoy Omar Idris Mohamed spoke first. Mohamed Abutaleb, the UAE's ambassador, denied the claims.",
			want: []string{fact("Mohamed Abutaleb", graph.EnvoyOf, "United Arab Emirates")},
			not:  []string{fact("Omar Idris Mohamed", graph.EnvoyOf, "United Arab Emirates")}},
	})
}

// An office of a body's officer is the body's, and a body's name may open
// with a place's.
func TestAppositiveOfficersAndPlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Zarif spoke with Geir Holm, the UN Secretary General's special envoy for Yemen, on Monday.",
			want: []string{fact("Geir Holm", graph.EnvoyOf, "United Nations"), fact("Geir Holm", graph.EnvoyTo, "Yemen")}},
		{text: "Tom Brandel, a senior fellow at the Middle East Institute, doubted the plan.",
			want: []string{fact("Tom Brandel", graph.MemberOf, "Middle East Institute")}},
	})
}

// A deputy's or assistant's office makes a member of the body or state
// that qualifies it; "former" makes none. A head verb reads through a
// possessive noun before the body.
func TestDeputiesAndHeadsOfOwnedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Marta Pobel, the UN assistant secretary-general for Africa, briefed the council.",
			want: []string{fact("Marta Pobel", graph.MemberOf, "United Nations")}},
		{text: "Mahdi Ali, who heads the group's Supreme Revolutionary Committee, spoke on Monday.",
			want: []string{fact("Mahdi Ali", graph.HeadOf, "Supreme Revolutionary Committee")}},
		// A lower-case body the group named before owns.
		{text: "The Lakeside Patriotic Front fought on. Omar Zand, who heads the group's political council, denied the report.",
			want: []string{fact("Omar Zand", graph.HeadOf, "political council"), fact("political council", graph.PartOf, "Lakeside Patriotic Front")}},
		// The group is the body named before, read with its council.
		{text: "Hezbollah fired rockets at the port. Mahdi Ali, who heads the group's Supreme Political Council, spoke on Monday.",
			want: []string{fact("Mahdi Ali", graph.HeadOf, "Supreme Political Council"), fact("Supreme Political Council", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A person given no office of state by the text gives none.
		{text: "Ali Dastan, an adviser to President Omar Zand, stayed behind.",
			not:       []string{fact("Ali Dastan", graph.MemberOf, "Peru")},
			companion: "Peruvian President Omar Zand flew to Lima. Ali Dastan, an adviser to President Omar Zand, stayed behind.",
			want:      []string{fact("Ali Dastan", graph.MemberOf, "Peru")}},
		{text: "Olu Adeyemi, the former Nigerian president, met Ruto.",
			not:       []string{fact("Olu Adeyemi", graph.MemberOf, "Nigeria"), fact("Olu Adeyemi", graph.PresidentOf, "Nigeria")},
			companion: "Olu Adeyemi, the Nigerian deputy foreign minister, met Ruto.",
			want:      []string{fact("Olu Adeyemi", graph.MemberOf, "Nigeria")}},
	})
}

// More shapes of an office beside a name: "whose" and a file, an office
// without an article, "permanent secretary".
func TestMoreAppositiveShapes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The truce was reached in Kunming with China, whose special envoy for Asian affairs, Deng Xu, took part in the talks.",
			want: []string{fact("Deng Xu", graph.EnvoyOf, "China")}},
		{text: "Massad Borel, senior adviser for Africa at the US State Department, attended as a witness.",
			want: []string{fact("Massad Borel", graph.MemberOf, "US State Department")}},
		{text: "Benjamin Mbeki, the permanent secretary of the K19, signed the text.",
			want: []string{fact("Benjamin Mbeki", graph.HeadOf, "K19")}},
	})
}

// TestEnvoyForAFile checks an envoy whose posting is a file named by two
// places glued by a hyphen, "the Kenya-Chad talks": the envoy's body, no
// posting.
func TestEnvoyForAFile(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, the EU's special representative for the Nairobi-Khartoum dialogue, said the talks would resume.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "European Union")},
			not:  []string{fact("Omar Tahir", graph.EnvoyTo, "Kenya")}},
	})
}

// TestJointEnvoy checks an envoy of two bodies glued by a hyphen, before
// the name and in an appositive, with "joint" in any case: the envoy
// represents both; a body before a name is its description only when no
// hyphen glues them.
func TestJointEnvoy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, the AU-UN envoy for Chad, said the talks would resume.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "African Union"), fact("Omar Tahir", graph.EnvoyOf, "United Nations"), fact("Omar Tahir", graph.EnvoyTo, "Chad")}},
		{text: "Omar Tahir, the joint African Union-United Nations special envoy for Chad, resigned on Monday.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "African Union"), fact("Omar Tahir", graph.EnvoyOf, "United Nations")}},
		{text: "The talks were chaired by Omar Tahir, the AU-UN Joint Special Representative for Chad.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "African Union"), fact("Omar Tahir", graph.EnvoyOf, "United Nations")}},
		{text: "AU-UN envoy Omar Tahir met the rebels on Monday.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "African Union"), fact("Omar Tahir", graph.EnvoyOf, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's envoy to a body is the state's, not the body's.
		{text: "Omar Tahir, Ruritania's UN envoy, said the talks would resume.",
			not:       []string{fact("Omar Tahir", graph.EnvoyOf, "United Nations")},
			companion: "Omar Tahir, the AU-UN envoy, said the talks would resume.",
			want:      []string{fact("Omar Tahir", graph.EnvoyOf, "United Nations")}},
	})
}

// TestPostedEnvoysAndGovernments checks an ambassador "in" a city after
// "its", an envoy "on" a state's file before his name, and a spokesman
// for a state's government, which is the state.
func TestPostedEnvoysAndGovernments(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya recalled its diplomats. Its ambassador in Lima, Omar Tahir, stayed.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "Kenya")},
			not:  []string{fact("Omar Tahir", graph.EnvoyTo, "Peru")}},
		{text: "Chad's special envoy on the Kenyan question, Lemma Tufa, attended the talks.",
			want: []string{fact("Lemma Tufa", graph.EnvoyOf, "Chad")}},
		{text: "Major Omar Tahir, spokesman for Chad's interim government, denied the report.",
			want: []string{fact("Omar Tahir", graph.SpokespersonOf, "Chad")}},
	})
}

// TestSecondDescription checks an office in an appositive followed by a
// second description after "and a", which states no office.
func TestSecondDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, the head of Hezbollah's Shura Council and a brother of Lemma Tufa, was killed.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "Shura Council")}},
	})
}

// TestWhoHeads checks "X, who heads" a body after a state's hyphenated
// adjective, a body named with its descriptor noun, and a clause that
// goes on after the body.
func TestWhoHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, who heads the UK-based Syrian Observatory for Human Rights, said ten people died.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "Syrian Observatory for Human Rights")}},
		{text: "Omar Tahir, who heads the Hezbollah movement and is a rival of Lemma Tufa, spoke.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "Hezbollah")}},
	})
}

// TestPossessiveOfANewClause checks that "its" after ", and" opening a new
// clause is the sentence's subject's, not the last state named.
func TestPossessiveOfANewClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad broke off relations with Peru on Monday, and its spokesman, Omar Tahir, accused Peru of lying.",
			want: []string{fact("Omar Tahir", graph.SpokespersonOf, "Chad")},
			not:  []string{fact("Omar Tahir", graph.SpokespersonOf, "Peru")}},
		// A semicolon opens a new clause as ", and" does (roles20).
		{text: "The Lakeside Patriotic Front, which holds the capital Lima, rejected the deal; their spokesman Omar Tahir said it served only Chile.",
			want: []string{fact("Omar Tahir", graph.SpokespersonOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Tahir", graph.SpokespersonOf, "Peru")}},
	})
}

// TestItsOfficeInAppositive checks "X, its deputy leader,": the office of
// the body the sentence named first, not of a state's adjective before it.
func TestItsOfficeInAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lebanese movement Hezbollah has chosen Omar Tahir, its longtime deputy secretary general, as its new leader.",
			want: []string{fact("Omar Tahir", graph.MemberOf, "Hezbollah")},
			not:  []string{fact("Omar Tahir", graph.MemberOf, "Lebanon")}},
	})
}

// TestOfficeOfLowerCaseBody checks an office whose body is written in
// lower case after "of": the body is named by the phrase, a president of
// a body heads it, and a body's name may hold "of".
func TestOfficeOfLowerCaseBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tesfay Gidey, the president of Welkait's interim administration, spoke in Mekelle.",
			want: []string{fact("Tesfay Gidey", graph.HeadOf, "Welkait's interim administration")}},
		{text: "Ahmed Sorani, a member of the Zerdani political bureau, said the delegation would travel on Tuesday.",
			want: []string{fact("Ahmed Sorani", graph.MemberOf, "Zerdani political bureau")}},
		// A known owner as an adjective: the body is part of it.
		{text: "Ahmed Sorani, a member of the Hezbollah political bureau, said the delegation would travel on Tuesday.",
			want: []string{fact("Ahmed Sorani", graph.MemberOf, "Hezbollah political bureau"), fact("Hezbollah political bureau", graph.PartOf, "Hezbollah")}},
		{text: "Tesfay Gidey, the head of the executive council of the Welkait region, spoke in Mekelle.",
			want: []string{fact("Tesfay Gidey", graph.HeadOf, "executive council")}},
		// A plural possessive, and a place after the body.
		{text: "The Lakeside Patriotic Front fought on. Omar Zand, a spokesman for the rebels' joint operations room in the south, told reporters.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "joint operations room"), fact("joint operations room", graph.PartOf, "Lakeside Patriotic Front")}},
		// An international body's mission, before the office's holder too.
		// (The mission is named with the place it serves, as reports
		// name it: "the UN Mission in Libya".)
		{text: "The head of the UN mission in Libya, Omar Zand, denied the report.",
			want: []string{fact("Omar Zand", graph.HeadOf, "UN mission in Libya"), fact("UN mission in Libya", graph.PartOf, "United Nations")}},
		{text: "Omar Zand, speaker of the House of Delegates, rejected the budget.",
			want: []string{fact("Omar Zand", graph.HeadOf, "House of Delegates")}},
		// A relative clause after the body: the office holds, and the
		// list goes on after it.
		{text: "The panel is jointly chaired by Ahmad Sorani, a member of the Renewal Party who heads its list, and Omar Zand, the leader of the Hill Salvation Movement.",
			want: []string{fact("Ahmad Sorani", graph.MemberOf, "Renewal Party"), fact("Omar Zand", graph.HeadOf, "Hill Salvation Movement")}},
	})
	checkNegatives(t, []negativeCase{
		// A bare head noun names no body.
		{text: "Ahmed Sorani, a member of the council, resigned.",
			not:       []string{fact("Ahmed Sorani", graph.MemberOf, "council")},
			companion: "Ahmed Sorani, a member of the military council, resigned.",
			want:      []string{fact("Ahmed Sorani", graph.MemberOf, "military council")}},
		// With no owner, only a body "the" + noun may name.
		{text: "Ahmed Sorani, a member of the special unit, resigned.",
			not:       []string{fact("Ahmed Sorani", graph.MemberOf, "special unit")},
			companion: "Ahmed Sorani, a member of the Hezbollah special unit, resigned.",
			want:      []string{fact("Ahmed Sorani", graph.MemberOf, "Hezbollah special unit")}},
		// A state's government is the state, as before.
		{text: "Ahmed Sorani, a spokesman for Mali's transitional government, spoke.",
			not:       []string{fact("Ahmed Sorani", graph.SpokespersonOf, "Mali transitional government")},
			companion: "Ahmed Sorani, a spokesman for Mali's transitional government, spoke.",
			want:      []string{fact("Ahmed Sorani", graph.SpokespersonOf, "Mali")}},
	})
}

// TestRelativeInsideAppositive checks an office stated by a relative
// clause inside an appositive that states none itself.
func TestRelativeInsideAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the former Nigerian president who serves as the AU's envoy for the Horn of Africa, announced the deal.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "African Union")}},
		{text: "Omar Zand, a veteran diplomat who heads the Lakeside Patriotic Front, announced the deal.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A relative clause that states no office states none.
		{text: "Omar Zand, a veteran diplomat who left the Lakeside Patriotic Front, announced the deal.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Omar Zand, a veteran diplomat who leads the Lakeside Patriotic Front, announced the deal.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// TestAppositiveOfficesOverTime checks an office with the time it is held,
// one given in a relative clause, and "the group's leader" after a name,
// which keeps the name a person's.
func TestAppositiveOfficesOverTime(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the Lakeside Patriotic Front's leader since 2015, rejected the offer.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, who was appointed head of the Lakeside Patriotic Front in 2020, rejected the offer.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, who became leader of the Lakeside Patriotic Front, rejected the offer.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "The Lakeside Patriotic Front said it would fight. Omar Zand, the group's leader, rejected the offer from Peru.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "The head of the Lakeside Patriotic Front's political wing, Omar Zand, rejected the offer.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front's political wing"), fact("Lakeside Patriotic Front's political wing", graph.PartOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Appointed by a body is no office in it.
		{text: "Omar Zand, who was appointed by the Lakeside Patriotic Front, rejected the offer.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Omar Zand, who was appointed leader of the Lakeside Patriotic Front, rejected the offer.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// Offices of bodies that reports of any war name in appositions (issue 10,
// round 3): "the executive secretary of", "the director general of", "the
// chief spokesman of".
func TestBodyOfficesInAppositions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Corvin Ladeau, the executive secretary of the Lakeside Patriotic Front, opened the summit.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ruben Solano, the director general of the Lakeside Patriotic Front, flew to Lima.",
			want: []string{fact("Ruben Solano", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ruben Solano, the director-general of the Lakeside Patriotic Front, flew to Lima.",
			want: []string{fact("Ruben Solano", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ruben Solano, the chief spokesman of the Lakeside Patriotic Front, denied the report.",
			want: []string{fact("Ruben Solano", graph.SpokespersonOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Ruben Solano", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the assistant of the secretary does not lead the body.
		{text: "Corvin Ladeau, an assistant to the executive secretary of the Lakeside Patriotic Front, opened the summit.",
			not:       []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Corvin Ladeau, the executive secretary of the Lakeside Patriotic Front, opened the summit.",
			want:      []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// Who speaks for a state's body named in lower case speaks for the state
// (issue 10, round 3): "a spokesman for Peru's security forces".
func TestSpokesmanForAStatesBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, a spokesman for Peru's national police, said the town was retaken.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Peru")}},
		{text: "Omar Zand, a spokesman for Peru's defense and security forces, said the town was retaken.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the head of a ministry does not head the state.
		{text: "Omar Zand, the head of Peru's national police, said the town was retaken.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Peru")},
			companion: "Omar Zand, a spokesman for Peru's national police, said the town was retaken.",
			want:      []string{fact("Omar Zand", graph.SpokespersonOf, "Peru")}},
	})
}

// Relative clauses that state an office in an apposition (issue 10, round
// 3): "X, who speaks for the Front,", "X, the officer who commands the
// force,".
func TestRelativeOfficesInAppositions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Corvin Ladeau, who speaks for the Lakeside Patriotic Front, denied the claim.",
			want: []string{fact("Corvin Ladeau", graph.SpokespersonOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Corvin Ladeau, the Peruvian officer who commands the Lakeside Patriotic Front, denied the claim.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
		// A name ending in a given name is still one person's.
		{text: "Dak Rolo Thomas, who speaks for the Lakeside Patriotic Front, denied the claim.",
			want: []string{fact("Dak Rolo Thomas", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
		// A title before the name is no part of it.
		{text: "Parliament Speaker Dak Rolo, who heads the Lakeside Patriotic Front, denied the claim.",
			want: []string{fact("Dak Rolo", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the speech is about the body, not for it.
		{text: "Corvin Ladeau, who spoke about the Lakeside Patriotic Front, denied the claim.",
			not:       []string{fact("Corvin Ladeau", graph.SpokespersonOf, "Lakeside Patriotic Front")},
			companion: "Corvin Ladeau, who spoke for the Lakeside Patriotic Front, denied the claim.",
			want:      []string{fact("Corvin Ladeau", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
		// Near miss: the officer who fought the force does not command it.
		{text: "Corvin Ladeau, the Peruvian officer who fought the Lakeside Patriotic Front, spoke.",
			not:       []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Corvin Ladeau, the Peruvian officer who led the Lakeside Patriotic Front, spoke.",
			want:      []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// Two offices in one apposition (issue 10, round 3): "Peru's prime
// minister and foreign minister", "the head of the Front and its chief
// negotiator".
func TestTwoOfficesInAnApposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, Peru's prime minister and foreign minister, denied the claim.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru"), fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
		{text: "Corvin Ladeau, the acting head of the Lakeside Patriotic Front and its chief negotiator, denied the claim.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front"), fact("Corvin Ladeau", graph.EnvoyOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a former office is no longer held.
		{text: "Omar Zand, Peru's prime minister and former foreign minister, denied the claim.",
			not:       []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru")},
			companion: "Omar Zand, Peru's prime minister and foreign minister, denied the claim.",
			want:      []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
	})
}

// A body's mission named beside its own name is part of the body (issue
// 10, round 3): "the UN peacekeeping mission, MINUSCA".
func TestMissionAppositions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The town was guarded by the UN peacekeeping mission, MIRPEK, until May.",
			want: []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
		{text: "Efforts by the UN mission in the territory, MIRPEK, failed.",
			want: []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
		{text: "Efforts by the UN mission in Peru, MIRPEK, failed.",
			want: []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
		// The mission named first, the body's noun after it.
		{text: "The council renewed the mandate of MIRPEK, the UN peacekeeping mission in Peru, in May.",
			want: []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
		{text: "Aid was flown in by KORAS, the EU relief agency in the region, last week.",
			want: []string{fact("KORAS", graph.PartOf, "European Union")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a list of bodies names no mission of the first.
		{text: "Efforts by the UN, MIRPEK and the African Union failed.",
			not:       []string{fact("MIRPEK", graph.PartOf, "United Nations")},
			companion: "Efforts by the UN mission, MIRPEK, failed.",
			want:      []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
		// Near miss: a body beside the mission named after it is no part
		// of it unless the mission's phrase is its appositive.
		{text: "MIRPEK, the UN and the African Union sent a mission in May.",
			not:       []string{fact("MIRPEK", graph.PartOf, "United Nations")},
			companion: "MIRPEK, the UN mission in Peru, left in May.",
			want:      []string{fact("MIRPEK", graph.PartOf, "United Nations")}},
	})
}

// A person's own spokesman or envoy after "his" serves the state the
// person leads (issue 10, round 3): "his spokesman X said".
func TestHisSpokesmanAndEnvoy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian President Omar Zand condemned the raid, his spokesman Corvin Ladeau said.",
			want: []string{fact("Corvin Ladeau", graph.SpokespersonOf, "Peru")}},
		{text: "Peruvian President Omar Zand said his Middle East envoy, Corvin Ladeau, would travel.",
			want: []string{fact("Corvin Ladeau", graph.EnvoyOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a counterpart is another state's officer.
		{text: "Peruvian President Omar Zand met his counterpart, Corvin Ladeau, in Lima.",
			not:       []string{fact("Corvin Ladeau", graph.SpokespersonOf, "Peru"), fact("Corvin Ladeau", graph.EnvoyOf, "Peru")},
			companion: "Peruvian President Omar Zand met his envoy, Corvin Ladeau, in Lima.",
			want:      []string{fact("Corvin Ladeau", graph.EnvoyOf, "Peru")}},
	})
}

// A state's office with its portfolio after "for" (issue 10, round 3):
// "X, Peru's state minister for reintegration,".
func TestPortfolioInAnApposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, Peru's state minister for reintegration, spoke.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the minister for another state's affairs is still
		// the first state's, never the other's.
		{text: "Omar Zand, Peru's minister for Chile, spoke.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Chile")},
			companion: "Omar Zand, Peru's minister for reintegration, spoke.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Peru")}},
	})
}

// An envoy's posting may end with where the envoy sits, and a state may
// own its envoy through its government's possessive.
func TestEnvoyPostedInACity(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, Peru's ambassador to the United Nations in New York, protested.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Peru"), fact("Omar Zand", graph.EnvoyTo, "United Nations")}},
		{text: "Pavel Trusov, Moscow's ambassador in Lima, warned of consequences.",
			want: []string{fact("Pavel Trusov", graph.EnvoyOf, "Russia"), fact("Pavel Trusov", graph.EnvoyTo, "Peru")}},
		{text: "Tom Bell, the US envoy to the coalition in north and east Chad, attended.",
			want: []string{fact("Tom Bell", graph.EnvoyOf, "United States")}},
		{text: "Li Wenhao, the Chinese government's special envoy for the Horn of Africa, arrived.",
			want: []string{fact("Li Wenhao", graph.EnvoyOf, "China")}},
		{text: "The Kenyan government's special envoy for Somalia, Jomo Odhiambo, arrived.",
			want: []string{fact("Jomo Odhiambo", graph.EnvoyOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// What follows "in" is no place the envoy sits: no posting.
		{text: "Pavel Trusov, Moscow's ambassador in talks with Omar Zand, left.",
			not:       []string{fact("Pavel Trusov", graph.EnvoyTo, "Omar Zand")},
			companion: "Pavel Trusov, Moscow's ambassador in Lima, left.",
			want:      []string{fact("Pavel Trusov", graph.EnvoyTo, "Peru")}},
	})
}

// "the Front commander who led the assault": the relative says which of
// the body's commanders is meant, so he is one of its members.
func TestCommanderWhoLed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the Hezbollah commander who led the assault on the town, was killed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Kofi Mensah, the ECOWAS official who drafted the plan, resigned.",
			want: []string{fact("Kofi Mensah", graph.MemberOf, "ECOWAS")}},
		// The relative that states the office itself still gives the head.
		{text: "Omar Zand, the Hezbollah veteran who heads the Arab League, spoke.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Arab League")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
		// With no relative, the commander heads the body.
		{text: "Omar Zand, the Hezbollah commander, was killed.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// Who speaks for a body's or state's officer speaks for the body or state.
func TestSpokesmanForAnOfficer(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, spokesman for the UN secretary-general, said the convoy was hit.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "United Nations")}},
		{text: "The spokesman for the UN secretary-general, Omar Zand, said the convoy was hit.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "United Nations")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "United Nations")}},
		{text: "Omar Zand, a spokesman for the Arab League's secretary-general, said the vote passed.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Arab League")}},
		{text: "Omar Zand, spokesman for the Peruvian president, said so.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// The officer's office is not the spokesman's.
		{text: "Omar Zand, spokesman for the Arab League's secretary-general, said the vote passed.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Arab League")},
			companion: "Omar Zand, the Arab League's secretary-general, said the vote passed.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Arab League")}},
	})
}

// A body's office or department named by the phrase: its head heads it,
// and it is part of the body that owns it.
func TestHeadOfABodysOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the head of the Hezbollah media office, announced the victory.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah media office"), fact("Hezbollah media office", graph.PartOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Omar Zand, director of the Peruvian Foreign Ministry's legal department, attended.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Peruvian Foreign Ministry's legal department")}},
		// A place of two words after the body's noun.
		{text: "Tom Bell, the head of the UN mission in South Sudan, welcomed the deal.",
			want: []string{fact("Tom Bell", graph.HeadOf, "UN mission in South Sudan")}},
	})
}

// A state's adjective before a rank and a name is the holder's
// nationality, not the office's state.
func TestNationalityBeforeRank(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Patriotic Front was formed in 2015. Its commander, Nigerian Major General Omar Zand, said the force had grown.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Nigeria")}},
		{text: "The commander of Hezbollah, Chadian Brigadier General Omar Zand, said so.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// A state's vice president is one of its members; a vice president who
// also leads a body heads it; a body's second-in-command is a member.
func TestVicePresidentsAndSeconds(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's First Vice-President Omar Zand was arrested.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")},
			not:  []string{fact("Omar Zand", graph.PresidentOf, "Peru")}},
		{text: "Omar Zand, Chile's vice president, was arrested.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Chile")}},
		{text: "Omar Zand, the first vice president and leader of Hezbollah, was arrested.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
		{text: "Omar Zand, Hamas's second-in-command, was killed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Hamas")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		// An adviser's second office is read no further.
		{text: "Omar Zand, a senior adviser and leader of Hezbollah, was arrested.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Omar Zand, the vice president and leader of Hezbollah, was arrested.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// A representative abroad represents the state or body that sends him.
func TestRepresentatives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the African Union's high representative for Sudan, said so.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "African Union"), fact("Omar Zand", graph.EnvoyTo, "Sudan")}},
		{text: "Omar Zand, Peru's representative in Geneva, said so.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Peru")}},
	})
}

// A person the catalog lacks, discovered from the office in the
// appositive after the name, with "the UN" read as a name with its
// article; a think tank's fellows are its members.
func TestDescribedByBodyOfficers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jean-Marc Lefort, the UN Under-Secretary-General for Peace Operations, visited the camp.",
			want: []string{fact("Jean-Marc Lefort", graph.MemberOf, "United Nations")},
			not:  []string{fact("Jean-Marc Lefort", graph.HeadOf, "United Nations")}},
		{text: "Samuel Okafor, an associate fellow at the Atlantic Council, said the deal would hold.",
			want: []string{fact("Samuel Okafor", graph.MemberOf, "Atlantic Council")}},
	})
	checkNegatives(t, []negativeCase{
		// "fellow" before another office is an adjective.
		{text: "Samuel Okafor, a fellow Hamas commander, said so.",
			not:       []string{fact("Samuel Okafor", graph.MemberOf, "Atlantic Council"), fact("Samuel Okafor", graph.HeadOf, "Hamas")},
			companion: "Samuel Okafor, a Hamas commander, said so.",
			want:      []string{fact("Samuel Okafor", graph.MemberOf, "Hamas")}},
	})
}

// The head of one of a body's units is one of the body's members.
func TestHeadOfAUnitAtABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ikenna Obi, head of research at the Atlantic Council, said the move was expected.",
			want: []string{fact("Ikenna Obi", graph.MemberOf, "Atlantic Council")},
			not:  []string{fact("Ikenna Obi", graph.HeadOf, "Atlantic Council")}},
		{text: "Ikenna Obi, director of field operations with the African Union, said so.",
			want: []string{fact("Ikenna Obi", graph.MemberOf, "African Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A unit named in capitals is no lower-case unit.
		{text: "Ikenna Obi, head of Research Partners at the Atlantic Council, said so.",
			not:       []string{fact("Ikenna Obi", graph.HeadOf, "Atlantic Council")},
			companion: "Ikenna Obi, head of research at the Atlantic Council, said so.",
			want:      []string{fact("Ikenna Obi", graph.MemberOf, "Atlantic Council")}},
	})
}

// Words that say when or how an office is held open an apposition
// without hiding the office; "X is the Front's spokesman" states it.
func TestOfficeLeadIns(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, serving as Hezbollah's envoy, arrived in Doha.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Hezbollah")}},
		{text: "Omar Zand, now Hezbollah's leader, said so.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Omar Zand, also Peru's foreign minister, said so.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
		{text: "Omar Zand, the newly appointed head of Hezbollah, said so.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Omar Zand, recently named Hezbollah's spokesman, said so.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Hezbollah")}},
		{text: "Omar Zand is Hezbollah's spokesman.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Hezbollah")}},
		{text: "Omar Zand is the leader of Hezbollah.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A relation to an office's holder is no office.
		{text: "Omar Zand is the father of Hezbollah's leader.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Omar Zand is the leader of Hezbollah.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
		{text: "Omar Zand, now a critic of Hezbollah's leader, said so.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Omar Zand, now Hezbollah's leader, said so.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// "whose" and "under the command of" name a body's leader.
func TestWhoseLeaderAndCommand(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru condemned Hezbollah, whose leader Omar Zand vowed revenge.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Peru")}},
		{text: "Hezbollah, under the command of Omar Zand, attacked the town.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// "under the command of" a state is no person's office.
		{text: "Hezbollah, under the command of Peru, attacked the town.",
			not:       []string{fact("Peru", graph.HeadOf, "Hezbollah")},
			companion: "Hezbollah, under the command of Omar Zand, attacked the town.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// A title adjective written with a hyphen before an apposition's office.
func TestHyphenatedTitleAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the long-time leader of Hezbollah, is dead.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A hyphenated word that is no title adjective hides the office.
		{text: "Omar Zand, the would-be leader of Hezbollah, spoke.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")},
			companion: "Omar Zand, the long-time leader of Hezbollah, spoke.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Hezbollah")}},
	})
}

// A body named by its owner's name and capitalised words with a body's
// head, and where it works: its head heads it, and it is the owner's.
func TestOwnedCapitalisedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ana Ruiz, the head of the UN Mission in Chad (UNMIC), welcomed the deal.",
			want: []string{fact("Ana Ruiz", graph.HeadOf, "UN Mission in Chad"), fact("UN Mission in Chad", graph.PartOf, "United Nations")},
			not:  []string{fact("Ana Ruiz", graph.HeadOf, "United Nations")}},
		{text: "Ana Ruiz, who chairs the UN Commission on Human Rights in Chad, warned of war.",
			want: []string{fact("Ana Ruiz", graph.HeadOf, "UN Commission on Human Rights in Chad")}},
		{text: "The head of the African Union Border Commission, Ana Ruiz, spoke.",
			want: []string{fact("Ana Ruiz", graph.HeadOf, "African Union Border Commission")}},
	})
	checkNegatives(t, []negativeCase{
		// Capitalised words with no body's head name no body.
		{text: "Ana Ruiz, the head of the UN Human Rights in Chad, spoke.",
			not:       []string{fact("Ana Ruiz", graph.HeadOf, "UN Human Rights in Chad")},
			companion: "Ana Ruiz, the head of the UN Commission on Human Rights in Chad, spoke.",
			want:      []string{fact("Ana Ruiz", graph.HeadOf, "UN Commission on Human Rights in Chad")}},
	})
}

// An owned body's name with "of the" and a list of capitalised words,
// after a titled name's appositive too.
func TestOwnedBodyWithAList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad's Minister of Justice, Ana Ruiz, who chairs the ECOWAS Standing Committee of the Council on Peace, Defence and Security, said so.",
			want: []string{
				fact("Ana Ruiz", graph.HeadOf, "ECOWAS Standing Committee of the Council on Peace, Defence and Security"),
				fact("Ana Ruiz", graph.MemberOf, "Chad"),
			}},
		{text: "Ana Ruiz, who chairs the ECOWAS Standing Committee of the Council, said so.",
			want: []string{fact("Ana Ruiz", graph.HeadOf, "ECOWAS Standing Committee of the Council")}},
	})
	checkNegatives(t, []negativeCase{
		// Where a name goes on after a comma with no list, it is unclear.
		{text: "Ana Ruiz, who chairs the ECOWAS Standing Committee on Peace, Tom Bell said.",
			not:       []string{fact("Ana Ruiz", graph.HeadOf, "ECOWAS Standing Committee on Peace")},
			companion: "Ana Ruiz, who chairs the ECOWAS Standing Committee on Peace, said so.",
			want:      []string{fact("Ana Ruiz", graph.HeadOf, "ECOWAS Standing Committee on Peace")}},
	})
}

// TestOfficeOfABodyInAPlace checks that where an office is held, "the head
// of the Front in the north", leaves it the body's office, alone or before
// a second office of the body.
func TestOfficeOfABodyInAPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighters of the Free Front clashed with troops.\n\nOmar Haddad, the head of the Free Front in Aleppo, said the talks failed.",
			want: []string{fact("Omar Haddad", graph.HeadOf, "Free Front")}},
		{text: "Rebels of the Lakeside Movement seized a ferry.\n\nJean Kabila Ndoye, the leader of the Lakeside Movement in northern Kivu and its chief negotiator, rejected the offer.",
			want: []string{fact("Jean Kabila Ndoye", graph.HeadOf, "Lakeside Movement"), fact("Jean Kabila Ndoye", graph.EnvoyOf, "Lakeside Movement")}},
		// The place is where the office sits, not what it serves.
		{text: "Fighters of the Free Front clashed with troops.\n\nOmar Haddad, the head of the Free Front in Jordan, said the talks failed.",
			want: []string{fact("Omar Haddad", graph.HeadOf, "Free Front")},
			not:  []string{fact("Omar Haddad", graph.HeadOf, "Jordan"), fact("Omar Haddad", graph.EnvoyTo, "Jordan")}},
	})
}

// TestAnalystsAtABody checks that an analyst or researcher "at" a body is
// one of its members, as a fellow is, and that one "of" a body only studies
// it.
func TestAnalystsAtABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peter Olsen, a senior analyst at the International Crisis Group, said the talks had failed.",
			want: []string{fact("Peter Olsen", graph.MemberOf, "International Crisis Group")}},
		{text: "Mara Lind, head of research at the International Crisis Group, said the ceasefire would hold.",
			want: []string{fact("Mara Lind", graph.MemberOf, "International Crisis Group")}},
		{text: "Amina Yusuf, a researcher at the consultancy Northwind Risk, said the raids would go on.",
			want: []string{fact("Amina Yusuf", graph.MemberOf, "Northwind Risk")}},
		// Who studies a body is not one of its members.
		{text: "Fighters of the Lakes Front clashed with troops.\n\nPeter Olsen, a longtime analyst of the Lakes Front, said Kenya backed the Lakes Front.",
			want: []string{fact("Kenya", graph.Supports, "Lakes Front")},
			not:  []string{fact("Peter Olsen", graph.MemberOf, "Lakes Front")}},
	})
}

// A body described before its name after an office's "of": the
// description is no body (roles19).
func TestDescribedBodyAfterOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mirko Salvat, the commander of the self-styled Eastern Defence Army, refused to attend.",
			want: []string{fact("Mirko Salvat", graph.HeadOf, "Eastern Defence Army")}},
		{text: "Boran Tefik, the head of the UN-recognized Council of National Unity (CNU) in Kestra, said he would attend.",
			want: []string{fact("Boran Tefik", graph.HeadOf, "Council of National Unity")},
			not:  []string{fact("Boran Tefik", graph.HeadOf, "United Nations")}},
		{text: "Ilse Varga, the chairwoman of the internationally recognised Lakeside Patriotic Front, flew home.",
			want: []string{fact("Ilse Varga", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: the state before the participle is no body of the
		// office, and a lower-case noun after it names none.
		{text: "Oren Palk, the head of the UN-backed peace mission, spoke.",
			not:       []string{fact("Oren Palk", graph.HeadOf, "United Nations")},
			companion: "Oren Palk, the head of the UN-backed Council of National Unity (CNU), spoke.",
			want:      []string{fact("Oren Palk", graph.HeadOf, "Council of National Unity")}},
	})
}

// A second description joined by "and" after the office closes the
// appositive as the first would (roles19).
func TestCoordinatedSecondDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Teklu Abera, the TPLF's chairman and the region's ousted president, appeared in the city.",
			want: []string{fact("Teklu Abera", graph.HeadOf, "TPLF")}},
		{text: "Soran Dagh, the deputy commander of the Eastern Patriotic Front and a brother of its leader, signed the text.",
			want: []string{fact("Soran Dagh", graph.MemberOf, "Eastern Patriotic Front")},
			not:  []string{fact("Soran Dagh", graph.HeadOf, "Eastern Patriotic Front")}},
		{text: "Arvo Kesk, the head of the Lakeside Patriotic Front and his party's candidate, voted on Sunday.",
			want: []string{fact("Arvo Kesk", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// A title after a comma that a name follows is the next person's, in a
// list of titled people, not an appositive of the name before (roles19).
func TestListOfTitledPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Among the guests were Peruvian President Omar Zand, Chilean President Ardo Velk Ostrani, Bolivian President Lisa Maren and others.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru"), fact("Ardo Velk Ostrani", graph.PresidentOf, "Chile"), fact("Lisa Maren", graph.PresidentOf, "Bolivia")}},
		{text: "The summit brought together Kenyan Foreign Minister Tom Odede, Ugandan Defence Minister Grace Akello, and Rwanda's envoy.",
			want: []string{fact("Tom Odede", graph.ForeignMinisterOf, "Kenya"), fact("Grace Akello", graph.DefenseMinisterOf, "Uganda")},
			not:  []string{fact("Tom Odede", graph.DefenseMinisterOf, "Uganda")}},
		// Near miss: a title with no name after it is the appositive's.
		{text: "Omar Zand, Peruvian foreign minister, met Ardo Velk.",
			want: []string{fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
	})
}

// An adviser serves an office whose holder the appositive names with his
// title; a head or member of one file of a body is one of its members
// (roles19).
func TestOfficesWithAFile(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hakan Tirel, a foreign-policy adviser to Azerbaijani President Ilham Vesirov, said the pull-out was settled.",
			want: []string{fact("Hakan Tirel", graph.MemberOf, "Azerbaijan"), fact("Ilham Vesirov", graph.PresidentOf, "Azerbaijan")}},
		{text: "Mark Ledwell, the UN's humanitarian chief, said the fighting had been marked by abuses.",
			want: []string{fact("Mark Ledwell", graph.MemberOf, "United Nations")},
			not:  []string{fact("Mark Ledwell", graph.HeadOf, "United Nations")}},
		{text: "Dara Senn, the African Union's peace and security commissioner, said the talks would resume.",
			want: []string{fact("Dara Senn", graph.MemberOf, "African Union")}},
		// Near miss: with no file the chief heads the body.
		{text: "Ronan Teller, the Lakeside Patriotic Front's chief, said the talks would resume.",
			want: []string{fact("Ronan Teller", graph.HeadOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Ronan Teller", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
}

// A politician is one of a party's members, named with "from" as with
// "of" (roles19).
func TestPoliticiansOfAParty(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ibrahim Sadiq, a politician from the Democratic Unity Party, signed the charter.",
			want: []string{fact("Ibrahim Sadiq", graph.MemberOf, "Democratic Unity Party")}},
		{text: "Democratic Unity Party politician Orlan Mekke met the envoy.",
			want: []string{fact("Orlan Mekke", graph.MemberOf, "Democratic Unity Party")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's politician is no member of a body the sentence names.
		{text: "Amos Wekesa, a Kenyan politician, met the Democratic Unity Party.",
			not:       []string{fact("Amos Wekesa", graph.MemberOf, "Democratic Unity Party"), fact("Amos Wekesa", graph.HeadOf, "Kenya")},
			companion: "Amos Wekesa, a politician from the Democratic Unity Party, met the envoy.",
			want:      []string{fact("Amos Wekesa", graph.MemberOf, "Democratic Unity Party")}},
	})
}

// A region's government is a body its president heads; an office held
// now or in turn is the office (roles19).
func TestRegionalGovernmentsAndCurrentOffices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Oksa Mell, the president of the Kestra regional government, asked for help.",
			want: []string{fact("Oksa Mell", graph.HeadOf, "Kestra regional government")}},
		{text: "Nigerian President Bola Adeyemi, the current chairman of ECOWAS, threatened to use force.",
			want: []string{fact("Bola Adeyemi", graph.PresidentOf, "Nigeria"), fact("Bola Adeyemi", graph.HeadOf, "ECOWAS")}},
		{text: "Omar Zand, the rotating chairman of the African Union, opened the summit.",
			want: []string{fact("Omar Zand", graph.HeadOf, "African Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's government is the state, no body its president heads.
		{text: "Oksa Mell, the president of Peru's transitional government, asked for help.",
			not:       []string{fact("Oksa Mell", graph.HeadOf, "Peru's transitional government")},
			companion: "Oksa Mell, the president of the Kestra provincial government, asked for help.",
			want:      []string{fact("Oksa Mell", graph.HeadOf, "Kestra provincial government")}},
	})
}

// Two offices joined by "and", each with its own body: the first the body
// before it, the second the body after (roles19).
func TestTwoOfficesOfTwoBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lena Hofer, the acting UN special envoy and head of the Kestra Monitoring Commission, called the result historic.",
			want: []string{fact("Lena Hofer", graph.EnvoyOf, "United Nations"), fact("Lena Hofer", graph.HeadOf, "Kestra Monitoring Commission")},
			not:  []string{fact("Lena Hofer", graph.EnvoyOf, "Kestra Monitoring Commission")}},
		// One body for both offices.
		{text: "Omar Zand, Peru's prime minister and foreign minister, flew home.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru"), fact("Omar Zand", graph.ForeignMinisterOf, "Peru")}},
	})
}

// "Its leader, X," after a sentence that names a body and a state as a
// place: the body's leader (roles19).
func TestItsOfficeSkipsPlaces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Another faction in Kestra, the Lakeside Patriotic Front, said it would fight on. Its leader, Akram Dessa, is on a sanctions list.",
			want: []string{fact("Akram Dessa", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "A militia fighting in Peru, the Lakeside Patriotic Front, said it would fight on. Its leader, Akram Dessa, is on a sanctions list.",
			want: []string{fact("Akram Dessa", graph.HeadOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Akram Dessa", graph.HeadOf, "Peru")}},
	})
}

// "Its leader, X," with a descriptive noun before the name ("the imam
// X", "a cleric X"), and "Its president, X," of a body, whom it makes its
// head (roles20).
func TestItsOfficeDescribedHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Patriotic Front staged a rally in Lima. Its leader, the imam Omar Zand, has backed the army before.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "The Kestra Movement rejected the vote. Its chairman, the lawyer Tom Bell, called for protests.",
			want: []string{fact("Tom Bell", graph.HeadOf, "Kestra Movement")}},
		{text: "A Lakeside Military Council took power in Orvan. Its president, General Omar Zand, promised elections.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Military Council")}},
		{text: "Peru closed its border. Its president, Omar Zand, said the move was temporary.",
			want: []string{fact("Omar Zand", graph.PresidentOf, "Peru")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A title after the determiner is the person's own second office.
		{text: "The Lakeside Patriotic Front staged a rally. Its leader, the foreign minister Omar Zand, spoke.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "The Lakeside Patriotic Front staged a rally. Its leader, the imam Omar Zand, spoke.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// A state's body described in lower case after an office's "of", then
// named by its acronym (roles19).
func TestDescribedBodyNamedByAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war went on. Velmo Orin, the chief of Ukraine's military intelligence agency KRD, said the units had arrived.",
			want: []string{fact("Velmo Orin", graph.HeadOf, "KRD"), fact("KRD", graph.PartOf, "Ukraine")}},
		{text: "The war went on. Ilse Varga, the head of Peru's state security bureau DSN, said the plot had failed.",
			want: []string{fact("Ilse Varga", graph.HeadOf, "DSN"), fact("DSN", graph.PartOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a body's noun before it the acronym names no body of
		// the state.
		{text: "The war went on. Velmo Orin, the chief of Ukraine's team KRD, said the units had arrived.",
			not:       []string{fact("KRD", graph.PartOf, "Ukraine")},
			companion: "The war went on. Velmo Orin, the chief of Ukraine's intelligence agency KRD, said the units had arrived.",
			want:      []string{fact("KRD", graph.PartOf, "Ukraine")}},
	})
}

// A community's word before a member's office of a body: "the Serb member
// of Bosnia's presidency" (roles19).
func TestCommunityMemberOfABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The court ruled. Zora Velkovic, the Kestran member of the Lakeside Patriotic Front, rejected the ruling.",
			want: []string{fact("Zora Velkovic", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Without "of" the word is no community before an office.
		{text: "The court ruled. Zora Velkovic, the Kestran member, rejected the Lakeside Patriotic Front.",
			not:       []string{fact("Zora Velkovic", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "The court ruled. Zora Velkovic, a Kestran member of the Lakeside Patriotic Front, rejected it.",
			want:      []string{fact("Zora Velkovic", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
}

// A relative clause with a plural verb of heading after a list of people
// states the office of each (issue 10, session 19): "A and B, who
// co-chair the group,", "A, B and C, who lead the alliance,".
func TestSharedOfficesInRelativeClauses(t *testing.T) {
	const intro = "Foreign Minister Oskar Veldin of Peru met Foreign Minister Mira Castell of Chile and Foreign Minister Tomas Ribar of Bolivia in Quito. "
	checkFacts(t, []factCase{
		{text: intro + "Veldin and Castell, who co-chair the Andean Contact Group, said the talks had failed.",
			want: []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group"), fact("Mira Castell", graph.HeadOf, "Andean Contact Group")}},
		{text: intro + "Veldin, Castell and Ribar, who lead the Andean Contact Group, said the talks had failed.",
			want: []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group"), fact("Mira Castell", graph.HeadOf, "Andean Contact Group"), fact("Tomas Ribar", graph.HeadOf, "Andean Contact Group")}},
		{text: intro + "Veldin and Castell, who co-chaired the Andean Contact Group, said the talks had failed.",
			want: []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group"), fact("Mira Castell", graph.HeadOf, "Andean Contact Group")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a verb in the singular heads the last name alone.
		{text: intro + "Veldin and Castell, who chairs the Andean Contact Group, said the talks had failed.",
			not:       []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group")},
			companion: intro + "Veldin and Castell, who co-chair the Andean Contact Group, said the talks had failed.",
			want:      []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group")}},
		// Near miss: the person who met the other is no holder of her office.
		{text: intro + "Veldin met Castell, who co-chairs the Andean Contact Group, on Monday.",
			not:       []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group")},
			companion: intro + "Veldin and Castell, who co-chair the Andean Contact Group, met on Monday.",
			want:      []string{fact("Oskar Veldin", graph.HeadOf, "Andean Contact Group")}},
	})
}

// A plural office after a list of new names says each is a person who
// holds it (issue 10, session 19): "A and B, both members of the
// Council,", "chose A, B and C as members of the Commission".
func TestPeopleOfAPluralOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mira Castell and Tomas Ribar, both members of the Presidential Council, voted against the plan.",
			want: []string{fact("Mira Castell", graph.MemberOf, "Presidential Council"), fact("Tomas Ribar", graph.MemberOf, "Presidential Council")}},
		{text: "Mira Castell and Tomas Ribar, the two co-chairs of the Andean Contact Group, met in Lima.",
			want: []string{fact("Mira Castell", graph.HeadOf, "Andean Contact Group"), fact("Tomas Ribar", graph.HeadOf, "Andean Contact Group")}},
		{text: "The winning list, which also included Mira Castell and Tomas Ribar as members of the Presidential Council, received 39 votes.",
			want: []string{fact("Mira Castell", graph.MemberOf, "Presidential Council"), fact("Tomas Ribar", graph.MemberOf, "Presidential Council")}},
		{text: "The assembly chose Mira Castell, Tomas Ribar and Lena Dovic as members of the Electoral Commission.",
			want: []string{fact("Mira Castell", graph.MemberOf, "Electoral Commission"), fact("Tomas Ribar", graph.MemberOf, "Electoral Commission"), fact("Lena Dovic", graph.MemberOf, "Electoral Commission")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a relative clause states no office.
		{text: "Mira Castell and Tomas Ribar, who met in Lima, voted against the Presidential Council.",
			not:       []string{fact("Mira Castell", graph.MemberOf, "Presidential Council")},
			companion: "Mira Castell and Tomas Ribar, both members of the Presidential Council, voted against the plan.",
			want:      []string{fact("Mira Castell", graph.MemberOf, "Presidential Council")}},
		// Near miss: a state is no body a member sits in.
		{text: "The assembly chose Mira Castell and Tomas Ribar as members of Peru.",
			not:       []string{fact("Mira Castell", graph.MemberOf, "Peru")},
			companion: "The assembly chose Mira Castell and Tomas Ribar as members of the Electoral Commission.",
			want:      []string{fact("Mira Castell", graph.MemberOf, "Electoral Commission")}},
	})
}

// A new name given an office by a verb of appointment is a person's
// (issue 10, session 19): "the assembly appointed Mira Castell as prime
// minister of Peru".
func TestNewNameGivenAnOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Parliament appointed Oskar Veldin as prime minister of Peru.",
			want: []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Peru")}},
		{text: "The Renewal Front elected Oskar Veldin as its new leader on Monday.",
			want: []string{fact("Oskar Veldin", graph.HeadOf, "Renewal Front")}},
		{text: "Chile recognised Oskar Veldin as Peru's legitimate head of state.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a verb that gives no office.
		{text: "Parliament praised Oskar Veldin as prime minister of Peru.",
			not:       []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Peru")},
			companion: "Parliament appointed Oskar Veldin as prime minister of Peru.",
			want:      []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Peru")}},
	})
}

// "Rank A of State and Rank B" names two people, the state the first's,
// not a list of the state and the second (issue 10, session 19).
func TestRankedPeopleOfStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Captain Oskar Veldin of Peru and General Mira Castell met in Lima.",
			want: []string{fact("Mira Castell", graph.MetWith, "Oskar Veldin")},
			not:  []string{fact("Mira Castell", graph.MetWith, "Peru")}},
		{text: "The summit was attended by Colonel Oskar Veldin of Peru and General Mira Castell, who met in Lima.",
			want: []string{fact("Mira Castell", graph.MetWith, "Oskar Veldin")},
			not:  []string{fact("Mira Castell", graph.MetWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a state of its own in a list stays there.
		{text: "Captain Oskar Veldin, Peru and Chile met in Lima.",
			not:       []string{fact("Oskar Veldin", graph.MemberOf, "Peru")},
			companion: "Captain Oskar Veldin of Peru and General Mira Castell met in Lima.",
			want:      []string{fact("Mira Castell", graph.MetWith, "Oskar Veldin")}},
	})
}

// "The country's president, X," and "X, the country's president," take
// the one state named just before (issue 10, session 19).
func TestTheCountrysOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Protests spread across Peru on Monday. The country's president, Oskar Veldin, blamed the rebels.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		{text: "Floods hit northern Chile this week. Oskar Veldin, the country's interim prime minister, asked for help.",
			want: []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Chile")}},
		{text: "After the coup in Bolivia, the country's foreign minister, Oskar Veldin, fled to Lima.",
			want: []string{fact("Oskar Veldin", graph.ForeignMinisterOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: two states before leave "the country" unknown.
		{text: "Chile and Peru traded accusations. The country's president, Oskar Veldin, blamed the rebels.",
			not:       []string{fact("Oskar Veldin", graph.PresidentOf, "Peru"), fact("Oskar Veldin", graph.PresidentOf, "Chile")},
			companion: "Peru traded accusations with the rebels. The country's president, Oskar Veldin, blamed the rebels.",
			want:      []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
}

// "X, the acting head of the mission,": a bare body noun after an office
// names the one body the article named before with that noun in its name;
// with two such bodies it names neither.
func TestOfficeOfBodyByHeadNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantar Support Mission called for talks. Ilse Brandt, the acting head of the mission, met the envoy.",
			want: []string{fact("Ilse Brandt", graph.HeadOf, "Vantar Support Mission")}},
		{text: "Peru welcomed the Lake Monitoring Mission. Oren Malvik, the head of the mission, said the ceasefire held.",
			want: []string{fact("Oren Malvik", graph.HeadOf, "Lake Monitoring Mission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru welcomed the Lake Monitoring Mission and the Vantar Support Mission. Oren Malvik, the head of the mission, said the ceasefire held.",
			not:       []string{fact("Oren Malvik", graph.HeadOf, "Lake Monitoring Mission"), fact("Oren Malvik", graph.HeadOf, "Vantar Support Mission")},
			companion: "Peru welcomed the Lake Monitoring Mission. Oren Malvik, the head of the mission, said the ceasefire held.",
			want:      []string{fact("Oren Malvik", graph.HeadOf, "Lake Monitoring Mission")}},
	})
}

// "the party's leader" after a body named by its acronym alone is that
// body's, by the head noun of its full name (roles20).
func TestOfficeOfBodyNamedByAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Strikes hit the Lakeside Democratic Party of Peru (LDPP) and the Orvan Freedom Party (OFP). The LDPP denied the charge. Omar Zand, the party's leader, said the strikes would fail.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Democratic Party of Peru")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Orvan Freedom Party")}},
	})
	checkNegatives(t, []negativeCase{
		// A body whose name has no such noun leaves "the party" as it was.
		{text: "Strikes hit the Orvan Freedom Party (OFP) and the Lakeside Front (LKF). The LKF denied the charge. Omar Zand, the party's leader, said the strikes would fail.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Front")},
			companion: "Strikes hit the Orvan Freedom Party (OFP) and the Lakeside Front (LKF). The OFP denied the charge. Omar Zand, the party's leader, said the strikes would fail.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Orvan Freedom Party")}},
	})
}

// A nickname in quotation marks after a name leaves the appositive after
// it readable, and a second office after "and" with a body of its own is
// the person's too (roles20b).
func TestNicknameAndSecondOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks were attended by Omar Zand 'Tiger', the commander of the Rapid Support Forces, and by others.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Rapid Support Forces")}},
		{text: "Omar Zand, the commander of the Rapid Support Forces and deputy chairman of the Sovereign Council, denied the report.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Rapid Support Forces"), fact("Omar Zand", graph.MemberOf, "Sovereign Council")}},
		{text: "The deal was signed by Ana Rios, the leader of the Renewal Party and head of the National Dialogue Commission.",
			want: []string{fact("Ana Rios", graph.HeadOf, "Renewal Party"), fact("Ana Rios", graph.HeadOf, "National Dialogue Commission")}},
	})
	checkNegatives(t, []negativeCase{
		// A second noun that is no office states nothing.
		{text: "Omar Zand, the commander of the Rapid Support Forces and critic of the Sovereign Council, denied the report.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Sovereign Council"), fact("Omar Zand", graph.HeadOf, "Sovereign Council")},
			companion: "Omar Zand, the commander of the Rapid Support Forces and deputy chairman of the Sovereign Council, denied the report.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Sovereign Council")}},
	})
}

// "X, whose president Y" after a name the reader does not know gives Y
// no office of an actor named earlier (roles20b).
func TestWhoseAfterUnknownName(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru struck first. Orvania, whose president Omar Zand broke with Lima, said it stood aside.",
			not:       []string{fact("Omar Zand", graph.PresidentOf, "Peru")},
			companion: "Peru struck first. Chile, whose president Omar Zand broke with Lima, said it stood aside.",
			want:      []string{fact("Omar Zand", graph.PresidentOf, "Chile")}},
		{text: "Chile protested. The Orvan Highlands, whose leader Ivo Dragan vowed revenge, stayed silent.",
			not:       []string{fact("Ivo Dragan", graph.HeadOf, "Chile"), fact("Ivo Dragan", graph.PresidentOf, "Chile")},
			companion: "Chile protested. The Renewal Party, whose leader Ivo Dragan vowed revenge, stayed silent.",
			want:      []string{fact("Ivo Dragan", graph.HeadOf, "Renewal Party")}},
	})
	checkFacts(t, []factCase{
		// A description between the body and the comma keeps the body.
		{text: "The National Assembly based in Tobruk, whose speaker Omar Zand is an ally of the general, voted no.",
			want: []string{fact("Omar Zand", graph.HeadOf, "National Assembly")}},
	})
}

// An adviser to an office's holder named by the office and its body or
// state serves that body or state (roles20b).
func TestAdviserToOfficeOfBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Dragan, an adviser to the head of the Peruvian president's office, wrote that the blast was a start.",
			want: []string{fact("Ivo Dragan", graph.MemberOf, "Peru")}},
		{text: "Ivo Dragan, an adviser to the leader of the Renewal Party, wrote that the blast was a start.",
			want: []string{fact("Ivo Dragan", graph.MemberOf, "Renewal Party")}},
	})
	checkNegatives(t, []negativeCase{
		// A critic of the office's holder serves nothing.
		{text: "Ivo Dragan, a critic of the leader of the Renewal Party, wrote that the blast was a start.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Renewal Party")},
			companion: "Ivo Dragan, an adviser to the leader of the Renewal Party, wrote that the blast was a start.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Renewal Party")}},
	})
}

// A head's or member's office of a body named without "the" and without a
// head noun: "the deputy leader of Narodna Volja," (roles20b).
func TestBareBodyNameInOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Police said the footage showed Ivo Dragan, the deputy leader of Narodna Volja, the main party of the north, among the gunmen.",
			want: []string{fact("Ivo Dragan", graph.MemberOf, "Narodna Volja")}},
		{text: "Ivo Dragan, the leader of Narodna Volja, was arrested.",
			want: []string{fact("Ivo Dragan", graph.HeadOf, "Narodna Volja")}},
	})
	checkNegatives(t, []negativeCase{
		// A name opening with a given name is a person's.
		{text: "Ivo Dragan, the deputy of Omar Zand, was arrested.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Omar Zand"), fact("Ivo Dragan", graph.HeadOf, "Omar Zand")},
			companion: "Ivo Dragan, the deputy leader of Narodna Volja, was arrested.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Narodna Volja")}},
	})
}

// TestDescribedNewBody checks that an office's body the lexicon does not
// know is read from its capitalised name after the words that describe it
// ("self-proclaimed", "rebel", "armed opposition"), in an appositive or a
// relative "who heads", and that a lower-case description with no name
// after it names no body.
func TestDescribedNewBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Dorin Vasek, the leader of the self-proclaimed Eastern Highlands People's Republic, rejected the plan.",
			want: []string{fact("Dorin Vasek", graph.HeadOf, "Eastern Highlands People's Republic")}},
		{text: "Tamas Orlik, who heads the rebel Coastal Liberation Front, signed the text.",
			want: []string{fact("Tamas Orlik", graph.HeadOf, "Coastal Liberation Front")}},
		{text: "Amina Jory, the chairman of the breakaway Northern Vale Republic, said the vote would go ahead.",
			want: []string{fact("Amina Jory", graph.HeadOf, "Northern Vale Republic")}},
		{text: "Former premier Sadiq Hollo, who heads the opposition Forum for Civic Renewal, accused the government of fraud.",
			want: []string{fact("Sadiq Hollo", graph.HeadOf, "Forum for Civic Renewal")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a description and no name is no body.
		{text: "Dorin Vasek, the leader of the self-proclaimed republic, rejected the plan.",
			not:       []string{fact("Dorin Vasek", graph.HeadOf, "self-proclaimed republic")},
			companion: "Dorin Vasek, the leader of the self-proclaimed Upland Republic, rejected the plan.",
			want:      []string{fact("Dorin Vasek", graph.HeadOf, "Upland Republic")}},
		// Near miss: one capitalised word and a possessive is an owner's body.
		{text: "Dorin Vasek, the leader of the rebel Women's Brigade, rejected the plan.",
			not:       []string{fact("Dorin Vasek", graph.HeadOf, "Women's Brigade")},
			companion: "Dorin Vasek, the leader of the rebel Free Women's Brigade, rejected the plan.",
			want:      []string{fact("Dorin Vasek", graph.HeadOf, "Free Women's Brigade")}},
	})
}

// TestSideBeforeTitle checks that a word giving the side or standing of
// an office's holder ("separatist", "rebel", "exiled") may stand between
// "the" and the title, while "former" still says the office is no longer
// held.
func TestSideBeforeTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Eduard Vasko, the separatist leader of Abkhazia, claimed victory.",
			want: []string{fact("Eduard Vasko", graph.HeadOf, "Abkhazia")}},
		{text: "Eduard Vasko, the rebel commander of the Lakeside Patriotic Front, claimed victory.",
			want: []string{fact("Eduard Vasko", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Eduard Vasko, the exiled leader of the Lakeside Patriotic Front, spoke from Doha.",
			want: []string{fact("Eduard Vasko", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Eduard Vasko, the former leader of Abkhazia, claimed victory.",
			not:       []string{fact("Eduard Vasko", graph.HeadOf, "Abkhazia")},
			companion: "Eduard Vasko, the breakaway leader of Abkhazia, claimed victory.",
			want:      []string{fact("Eduard Vasko", graph.HeadOf, "Abkhazia")}},
	})
}

// TestSecondOfficeWithoutRole checks that an appositive giving two
// offices, each with its body, states the first even when the second is
// one with no role of its own ("founder"), and the second when it has one.
func TestSecondOfficeWithoutRole(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the deputy head of the Lakeside Patriotic Front and founder of the Hill Brigade, was seen in Tarvo.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "Hill Brigade")}},
		{text: "Omar Zand, the commander of the Lakeside Patriotic Front and co-founder of the Coastal Liberation Front, was seen in Tarvo.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, the commander of the Lakeside Patriotic Front and spokesman of the Coastal Liberation Front, was seen in Tarvo.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front"), fact("Omar Zand", graph.SpokespersonOf, "Coastal Liberation Front")}},
	})
}

// TestLeaderNamedBeforeBody checks that a person's possessive before an
// office's body ("Haftar's self-styled army", "Abbas's Fatah movement")
// describes the body: the office is the body's, and the person is no
// owner of it.
func TestLeaderNamedBeforeBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Corvin Ladeau leads the Lakeside Patriotic Front. Omar Zand, the spokesman of Ladeau's self-styled Lakeside Patriotic Front, said the fighters would pull back.",
			want: []string{fact("Omar Zand", graph.SpokespersonOf, "Lakeside Patriotic Front")}},
		{text: "Corvin Ladeau leads the Lakeside Patriotic Front. Omar Zand, a senior official of Ladeau's Lakeside Patriotic Front, led the delegation.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Corvin Ladeau")}},
	})
}

// TestCapitalisedFileBeforeOffice checks that a file in capitals between
// a body's possessive and a head's office ("HRW's Sahel director", "the
// agency's Horn of Africa chief") makes the holder one of the body's
// members, not its head, and names an unknown person.
func TestCapitalisedFileBeforeOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Marta Kleve, HRW's Sahel director, called for an inquiry.",
			want: []string{fact("Marta Kleve", graph.MemberOf, "HRW")},
			not:  []string{fact("Marta Kleve", graph.HeadOf, "HRW")}},
		{text: "Omar Zand, the UN's Balkans chief, called for an inquiry.",
			want: []string{fact("Omar Zand", graph.MemberOf, "United Nations")},
			not:  []string{fact("Omar Zand", graph.HeadOf, "United Nations")}},
		{text: "Omar Zand, HRW's director, called for an inquiry.",
			want: []string{fact("Omar Zand", graph.HeadOf, "HRW")}},
	})
}

// TestBlocOrgan checks that a bloc's organ named by the bloc, before or
// with a possessive, and a lower-case "organ" is a body its chair heads,
// part of the bloc.
func TestBlocOrgan(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, who chairs the ECOWAS security organ, said the bloc would act.",
			want: []string{fact("Omar Zand", graph.HeadOf, "ECOWAS security organ"), fact("ECOWAS security organ", graph.PartOf, "ECOWAS")}},
		{text: "Lena Ortis, the head of the African Union's peace organ, said the bloc would act.",
			want: []string{fact("Lena Ortis", graph.HeadOf, "African Union's peace organ"), fact("African Union's peace organ", graph.PartOf, "African Union")}},
	})
}

// TestBodiesNamedInTheOfPhrase checks offices whose body the lexicon does
// not know, named in the title's of-phrase: a state's body in capitals
// after its possessive, a name with "of the" and a title inside, and a
// member's noun ("official") used as the adjective of a spokesman's or
// envoy's office.
func TestBodiesNamedInTheOfPhrase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tomas Greer, head of Peru's Defence Intelligence, told a briefing that the convoy had been hit.",
			want: []string{fact("Tomas Greer", graph.HeadOf, "Defence Intelligence"), fact("Defence Intelligence", graph.PartOf, "Peru")}},
		{text: "Pavel Orlin, the deputy commander of Russia's Southern Military District, was dismissed.",
			want: []string{fact("Pavel Orlin", graph.MemberOf, "Southern Military District"), fact("Southern Military District", graph.PartOf, "Russia")}},
		{text: "Maria Lund, head of the Office of the President, announced the exchange of prisoners.",
			want: []string{fact("Maria Lund", graph.HeadOf, "Office of the President")}},
		{text: "Karim Dessa, the secretary of the Council of the Republic, read the decree.",
			want: []string{fact("Karim Dessa", graph.HeadOf, "Council of the Republic")}},
		{text: "Ivo Markan, the official spokeswoman of the Chilean Foreign Ministry, said the talks were useful.",
			want: []string{fact("Ivo Markan", graph.SpokespersonOf, "Chilean Foreign Ministry")}},
		{text: "Ivo Markan, an official representative of the Arab League, attended the talks.",
			want: []string{fact("Ivo Markan", graph.EnvoyOf, "Arab League")}},
	})
	checkNegatives(t, []negativeCase{
		// A title after the possessive is the state's office, no body.
		{text: "Tomas Greer, an adviser of Peru's Prime Minister, told a briefing that the convoy had been hit.",
			not:       []string{fact("Tomas Greer", graph.MemberOf, "Prime Minister"), fact("Tomas Greer", graph.HeadOf, "Prime Minister")},
			companion: "Tomas Greer, head of Peru's Defence Intelligence, told a briefing that the convoy had been hit.",
			want:      []string{fact("Tomas Greer", graph.HeadOf, "Defence Intelligence")}},
		// One capitalised word is no body's name.
		{text: "Tomas Greer, head of Peru's Intelligence, told a briefing that the convoy had been hit.",
			not:       []string{fact("Tomas Greer", graph.HeadOf, "Intelligence")},
			companion: "Tomas Greer, head of Peru's Military Intelligence, told a briefing that the convoy had been hit.",
			want:      []string{fact("Tomas Greer", graph.HeadOf, "Military Intelligence")}},
		// "official" before a head's office is a member's noun still.
		{text: "Ivo Markan, an official of the Arab League, attended the talks.",
			not:       []string{fact("Ivo Markan", graph.EnvoyOf, "Arab League"), fact("Ivo Markan", graph.SpokespersonOf, "Arab League")},
			companion: "Ivo Markan, an official representative of the Arab League, attended the talks.",
			want:      []string{fact("Ivo Markan", graph.EnvoyOf, "Arab League")}},
		// The country the body names, not a state of the sentence before.
		{text: "Turkey hosted the talks. The delegation of the Syrian government was headed by the country's envoy to the United Nations, Omar Vessel.",
			not:       []string{fact("Omar Vessel", graph.EnvoyOf, "Turkey")},
			companion: "Turkey hosted the talks. The delegation of the Syrian government was headed by the country's envoy to the United Nations, Omar Vessel.",
			want:      []string{fact("Omar Vessel", graph.EnvoyOf, "Syria")}},
	})
}

// TestRegionOfficesInAppositives checks that a self-governing region's
// prime minister, named after the name, holds the region's office as
// before it ("KRG Prime Minister X").
func TestRegionOfficesInAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Dilan, the prime minister of the Kurdistan Region, called the strikes a crime.",
			want: []string{fact("Omar Dilan", graph.PrimeMinisterOf, "Kurdistan Regional Government")}},
		{text: "Omar Dilan, the prime minister of the Vale Regional Government, called the strikes a crime.",
			want: []string{fact("Omar Dilan", graph.PrimeMinisterOf, "Vale Regional Government")}},
	})
	checkNegatives(t, []negativeCase{
		// A body that is no region has no prime minister; its president
		// heads it.
		{text: "Omar Dilan, the prime minister of the Lakeside Patriotic Front, called the strikes a crime.",
			not:       []string{fact("Omar Dilan", graph.PrimeMinisterOf, "Lakeside Patriotic Front")},
			companion: "Omar Dilan, the president of the Lakeside Patriotic Front, called the strikes a crime.",
			want:      []string{fact("Omar Dilan", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// TestMissionSentToAState checks that "to" and a state after the body of
// an office says where the body is sent and leaves the office the body's.
func TestMissionSentToAState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Anders Holm, the deputy chief of the OSCE's Special Monitoring Mission to Ukraine, said access was denied.",
			want: []string{fact("Anders Holm", graph.MemberOf, "Special Monitoring Mission")},
			not:  []string{fact("Anders Holm", graph.MemberOf, "Ukraine")}},
		{text: "Anders Holm, the head of the EU Border Assistance Mission to Libya, said access was denied.",
			want: []string{fact("Anders Holm", graph.HeadOf, "Border Assistance Mission")}},
	})
}

// TestBodyEveryStateHas checks the office of a body every state has named
// with no state before it: the state is the one "in" names after it, or
// the one state the sentences before name.
func TestBodyEveryStateHas(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Vell, a spokesman for the foreign ministry in Lima, called the offer empty.",
			want: []string{fact("Omar Vell", graph.SpokespersonOf, "Peruvian Foreign Ministry")}},
		{text: "Chile rejected the offer on Monday. Lena Dost, spokesperson of the Ministry of Foreign Affairs, told reporters the talks would go on.",
			want: []string{fact("Lena Dost", graph.SpokespersonOf, "Chilean Foreign Ministry")}},
		{text: "Kenya sent troops to the border. Ali Wario, a spokesman for the defence ministry, said the troops would stay.",
			want: []string{fact("Ali Wario", graph.SpokespersonOf, "Kenyan Defense Ministry")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states before it leave the ministry's state unsure.
		{text: "Chile and Peru rejected the offer on Monday. Lena Dost, spokesperson of the Ministry of Foreign Affairs, told reporters the talks would go on.",
			not:       []string{fact("Lena Dost", graph.SpokespersonOf, "Chilean Foreign Ministry"), fact("Lena Dost", graph.SpokespersonOf, "Peruvian Foreign Ministry")},
			companion: "Chile and Peru rejected the offer on Monday. Lena Dost, spokesperson of the Ministry of Foreign Affairs in Lima, told reporters the talks would go on.",
			want:      []string{fact("Lena Dost", graph.SpokespersonOf, "Peruvian Foreign Ministry")}},
	})
}

// TestBodyEveryStateHasSpeaksForItsOfficials checks that a body every
// state has, named with no state, is not given to a state the sentence
// before names as a target while another state's officials speak.
func TestBodyEveryStateHasSpeaksForItsOfficials(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peruvian President Omar Zand condemned Chile. Foreign Ministry spokesman Ivo Markan said Peru would respond.",
			not:       []string{fact("Ivo Markan", graph.SpokespersonOf, "Chilean Foreign Ministry")},
			companion: "Peruvian President Omar Zand said Peru condemned the raid. Foreign Ministry spokesman Ivo Markan said Peru would respond.",
			want:      []string{fact("Ivo Markan", graph.SpokespersonOf, "Peruvian Foreign Ministry")}},
	})
}

// "X, its leader," with no body named before X in its sentence is the
// office of the body the sentence before opened with (ref25), unless that
// sentence names another body the office fits.
func TestPossessiveAppositiveAcrossSentences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front condemned the veto on Monday.\n\nIlmar Tamm, its leader, urged Arab states to act.",
			want: []string{fact("Ilmar Tamm", graph.HeadOf, "Borduria Front")}},
		{text: "Hamas rejected the plan.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			want: []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas")}},
		// An opening place is no subject.
		{text: "In Gaza, Hamas rejected the plan.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			want: []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		// A body inside an opening adjunct is no subject.
		{text: "After talks with the Tarvo Council, officials said the deal held.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			not:       []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Tarvo Council")},
			companion: "The Tarvo Council said the deal held.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			want:      []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Tarvo Council")}},
		// Two bodies the office fits: either may be meant.
		{text: "Israel attacked Hamas.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			not:       []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas"), fact("Ilmar Tamm", graph.SpokespersonOf, "Israel")},
			companion: "Hamas rejected the plan.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			want:      []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas")}},
		// A body named two sentences before is too far.
		{text: "Hamas rejected the plan.\n\nThe talks ended on Monday.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			not:       []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas")},
			companion: "Hamas rejected the plan.\n\nIlmar Tamm, its spokesman, said the talks were over.",
			want:      []string{fact("Ilmar Tamm", graph.SpokespersonOf, "Hamas")}},
	})
}

// Two offices coordinated in an appositive when the reader knows the body
// of only one: the known office is stated, the other read over
// (secondOfficeAlone, andOffice, skipSecondDescription).
func TestOfficeBesideUnknownOffice(t *testing.T) {
	checkFacts(t, []factCase{
		// The first office's object unknown: the second is read.
		{text: "Omar Zand, the governor of the Tarvo valley and leader of the Lakeside Patriotic Front, urged the people to resist.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, the governor of the northern hill districts and deputy chairman of the Coastal Liberation Front, spoke first.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Coastal Liberation Front")}},
		{text: "Omar Zand, the president of the regional assembly and president of the Lakeside Patriotic Front, spoke first.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		// The second office's object unknown: the first stands.
		{text: "Omar Zand, the leader of the Lakeside Patriotic Front and governor of the Tarvo valley, urged the people to resist.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, the chairman of the Coastal Liberation Front and himself a former prime minister, condemned the arrests.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Coastal Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb in the first object's words ends the appositive: no
		// office is read past it.
		{text: "Omar Zand, the governor who defied the Tarvo council and leader of the Lakeside Patriotic Front, spoke first.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")},
			companion: "Omar Zand, the governor of the Tarvo valley and leader of the Lakeside Patriotic Front, spoke first.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
		// A second noun that is no office states nothing.
		{text: "Omar Zand, the governor of the Tarvo valley and critic of the Lakeside Patriotic Front, spoke first.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front"), fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "Omar Zand, the governor of the Tarvo valley and leader of the Lakeside Patriotic Front, spoke first.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
}

// Offices in the plural after one name ("..., officials said", "..., US
// officials say") are the sentence's source, never the name's appositive:
// they make the name no person's. An office in the singular still does.
func TestPluralOfficeIsNoAppositive(t *testing.T) {
	types := func(text string) map[string]graph.EntityType {
		doc, err := extractor(t).Extract("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]graph.EntityType{}
		for _, e := range doc.Entities {
			out[e.Name] = e.Type
		}
		return out
	}
	for _, text := range []string{
		"Peru has armed Orvask Front, officials said.",
		"Chile backs Vantar Movement, US officials say.",
		"Bolivia has long funded Kestrel Army, diplomats and officials said.",
	} {
		for name, typ := range types(text) {
			if typ == graph.Person {
				t.Errorf("%q: %q read as a person", text, name)
			}
		}
	}
	if got := types("Peru has armed Xandor Volkal, a senior official of the Front."); got["Xandor Volkal"] != graph.Person {
		t.Errorf("companion: Xandor Volkal not read as a person: %v", got)
	}
}

// Two offices joined by "and" in an appositive: the owner before the
// first ("Peru's", "the Front's") is the first's, the body after the
// second ("of the Union") the second's; an office that states no role
// ("founder") gives its owner to the second.
func TestTwoOfficesInAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, Peru's president and chairman of the African Union, called for talks.",
			want: []string{fact("Ivo Tarsh", graph.PresidentOf, "Peru"), fact("Ivo Tarsh", graph.HeadOf, "African Union")}},
		{text: "Ana Brel, the Chilean president and chairwoman of the Vantar Council, met the envoy.",
			want: []string{fact("Ana Brel", graph.PresidentOf, "Chile"), fact("Ana Brel", graph.HeadOf, "Vantar Council")}},
		{text: "Karel Dostan, the Orvask Front's founder and leader, rejected the plan.",
			want: []string{fact("Karel Dostan", graph.HeadOf, "Orvask Front")}},
		{text: "Karel Dostan, the Orvask Front's founder and spokesman, rejected the plan.",
			want: []string{fact("Karel Dostan", graph.SpokespersonOf, "Orvask Front")},
			not:  []string{fact("Karel Dostan", graph.HeadOf, "Orvask Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ivo Tarsh, Peru's president and chairman of the African Union, called for talks.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Peru"), fact("Ivo Tarsh", graph.PresidentOf, "African Union")},
			companion: "Ivo Tarsh, the president of the African Union, called for talks.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "African Union")}},
	})
}

// A name after a verb that appoints and before the office given with no
// "as", by its owner ("its", "their", a body's possessive), is a
// person's: the double object of naming, electing, appointing.
func TestPersonNamedToOwnedOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Orvask Front on Sunday named Xandor Volkal its new leader.",
			want: []string{fact("Xandor Volkal", graph.HeadOf, "Orvask Front")}},
		{text: "The Vantar Council elected Belan Oskari its chairman after the vote.",
			want: []string{fact("Belan Oskari", graph.HeadOf, "Vantar Council")}},
		{text: "Delegates elected Karel Dostan the Kestrel Movement's chairman.",
			want: []string{fact("Karel Dostan", graph.HeadOf, "Kestrel Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Orvask Front named Kestrel Brigade its main ally.",
			not:       []string{fact("Kestrel Brigade", graph.HeadOf, "Orvask Front")},
			companion: "The Orvask Front named Xandor Volkal its new leader.",
			want:      []string{fact("Xandor Volkal", graph.HeadOf, "Orvask Front")}},
	})
}

// An office a possessive names is held by the person after the copula:
// "the Front, whose leader is Ivo Tarsh," and "Its leader is Ivo Tarsh"
// read as "whose leader, Ivo Tarsh,", also after "the" and a nationality.
func TestPossessiveOfficeStatedByCopula(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front, whose leader is Khaled Mansour, seized the town.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front, whose commander was the Peruvian Khaled Mansour, seized the town.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front seized the town. Its leader is Khaled Mansour.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "The Unity Party, whose spokesman is Khaled Mansour, boycotted the vote.",
			want: []string{fact("Khaled Mansour", graph.SpokespersonOf, "Unity Party")}},
	})
	checkNegatives(t, []negativeCase{
		// The copula's complement is no name: no holder.
		{text: "The Borduria Front, whose leader is believed to be Khaled Mansour's brother, seized the town.",
			not:       []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front, whose leader is Khaled Mansour, seized the town.",
			want:      []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front, whose leader is Khaled Mansour's brother, seized the town.",
			not:       []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front, whose leader is the Chilean Khaled Mansour, seized the town.",
			want:      []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
	})
}
