package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestMembership checks the readings of part-of and member-of.
func TestMembership(t *testing.T) {
	checkFacts(t, []factCase{
		// Active relative clauses: the antecedent is the subject.
		{text: "The Badr Organization, which is part of Iraq's Popular Mobilization Forces, issued a statement.",
			want: []string{fact("Badr Organization", graph.PartOf, "Popular Mobilization Forces")}},
		// ", a senior figure in X": a member, not when speaking with one.
		{text: "Hadi al-Bahra, a senior figure in the Syrian National Coalition, arrived on Monday.",
			want: []string{fact("Hadi al-Bahra", graph.MemberOf, "Syrian National Coalition")}},
		{text: "The YPG, the backbone of the SDF, holds most of the northeast.",
			want: []string{fact("People's Protection Units", graph.PartOf, "Syrian Democratic Forces")}},
		// Appositives naming a body's parent.
		{text: "The Basij, the volunteer wing of the Revolutionary Guards, held drills.",
			want: []string{fact("Basij", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "The Federal Security Service of the Russian Federation said the plot was foiled.",
			want: []string{fact("FSB", graph.PartOf, "Russia")}},
		{text: "Turkey, a member of NATO, backs the rebels in Syria.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO"), fact("Turkey", graph.Supports, "Syrian rebels")}},
	})
	checkNegatives(t, []negativeCase{
		// ", a senior figure in X": a member, not when speaking with one.
		{text: "Sergei Lavrov, speaking with a member of the Hezbollah delegation, smiled.",
			not:       []string{fact("Sergei Lavrov", graph.MemberOf, "Hezbollah")},
			companion: "Hassan Fadlallah, a senior figure in Hezbollah, smiled.",
			want:      []string{fact("Hassan Fadlallah", graph.MemberOf, "Hezbollah")}},
		{text: "He is a member of Hezbollah.", not: []string{fact("He", graph.MemberOf, "Hezbollah")},
			companion: "Hassan Fadlallah is a member of Hezbollah.",
			want:      []string{fact("Hassan Fadlallah", graph.MemberOf, "Hezbollah")}},
	})
}

// "A of the Body" names a member of an organisation, not of a state, and
// not when a title gives the office.
func TestMemberOfBodyAfterName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ahmad Tohme of the Syrian Democratic Council told reporters the talks had stalled.",
			want: []string{fact("Ahmad Tohme", graph.MemberOf, "Syrian Democratic Council")}},
		{text: "The council's two co-chairs, Riyad Darar of the Syrian Democratic Council and Ahmad Tohme of the Free Syrian Army, arrived in Paris.",
			want: []string{fact("Ahmad Tohme", graph.MemberOf, "Free Syrian Army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Sergei Lavrov of Russia told reporters the talks had stalled.",
			not:       []string{fact("Sergei Lavrov", graph.MemberOf, "Russia")},
			companion: "Ahmad Tohme of the Syrian Democratic Council told reporters the talks had stalled.",
			want:      []string{fact("Ahmad Tohme", graph.MemberOf, "Syrian Democratic Council")}},
		{text: "Spokesman Mohammed Alloush of the Free Syrian Army told reporters the talks had stalled.",
			not:       []string{fact("Mohammed Alloush", graph.MemberOf, "Free Syrian Army")},
			companion: "Mohammed Alloush of the Free Syrian Army told reporters the talks had stalled.",
			want:      []string{fact("Mohammed Alloush", graph.MemberOf, "Free Syrian Army")}},
	})
}

// A body whose name says whose it is, after "of", belongs to that state.
func TestOwnerInBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Security Council of the Russian Federation issued a statement on Monday.",
			want: []string{fact("Security Council of Russia", graph.PartOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The UN Security Council issued a statement on Monday.",
			not:       []string{fact("United Nations Security Council", graph.PartOf, "Russia")},
			companion: "The Security Council of the Russian Federation issued a statement on Monday.",
			want:      []string{fact("Security Council of Russia", graph.PartOf, "Russia")}},
	})
}

// A body of no state named "of" or with the possessive of another body of
// no state is part of it; the relative clause after "X of Y" is X's.
func TestBodyWithinBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sultan Murad Division of the Free Syrian Army, which is armed by Turkey, entered the town.",
			want: []string{fact("Sultan Murad Division", graph.PartOf, "Free Syrian Army"), fact("Turkey", graph.Supports, "Sultan Murad Division")},
			not:  []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		{text: "Fighters of the Free Syrian Army's Tawhid Battalion withdrew from the village.",
			want: []string{fact("Tawhid Battalion", graph.PartOf, "Free Syrian Army")}},
	})
	checkNegatives(t, []negativeCase{
		// An umbrella named by a common noun ("rebels", "opposition") is
		// no part and no owner.
		{text: "The rebels of Jaish al-Islam left Douma, and the opposition's High Negotiations Committee rejected the plan.",
			not:       []string{fact("Syrian rebels", graph.PartOf, "Jaysh al-Islam"), fact("High Negotiations Committee", graph.PartOf, "Syrian rebels")},
			companion: "Fighters of the Free Syrian Army's Tawhid Battalion withdrew from the village.",
			want:      []string{fact("Tawhid Battalion", graph.PartOf, "Free Syrian Army")}},
		// A state's body keeps the catalog's word: Hezbollah is no body of Lebanon.
		{text: "Lebanon's Hezbollah sent more fighters to Qusayr.",
			not:       []string{fact("Hezbollah", graph.PartOf, "Lebanon")},
			companion: "Iran's Quds Force sent more fighters to Qusayr.",
			want:      []string{fact("Quds Force", graph.PartOf, "Iran")}},
	})
}

// TestMemberNoun checks membership said with a body's name before
// "member".
func TestMemberNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey is a NATO member.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
		{text: "Turkey, a NATO member, bought Russian missiles.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
	})
}

// TestBackboneAndOffshoot checks a body that forms the bulk of another,
// one that is another's arm, and "Y's branch, X".
func TestBackboneAndOffshoot(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade forms the backbone of the Coastal Defence Forces, a coalition of militias.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "The Northern Brigade makes up the bulk of the so-called Coastal Defence Forces.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "In the government's eyes the Northern Brigade is simply the armed wing of the Coastal Defence Forces.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
		{text: "The Coastal Defence Forces' southern branch, the Northern Brigade, seized the port.",
			want: []string{fact("Northern Brigade", graph.PartOf, "Coastal Defence Forces")}},
	})
}

// TestDelegationHeads checks that who leads or represents a state's
// delegation serves the state, unless the sentence gives an office of it.
func TestDelegationHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A Peruvian delegation, led by Deputy Foreign Minister Oskar Veldin, arrived in Geneva.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru")}},
		{text: "Ahmed Sorani headed Chile's delegation to the talks.",
			want: []string{fact("Ahmed Sorani", graph.MemberOf, "Chile")}},
		{text: "Ahmed Sorani headed Chile's team, and Peru sent observers.",
			want: []string{fact("Ahmed Sorani", graph.MemberOf, "Chile")}},
		// The members listed after the delegation.
		{text: "The Peruvian delegation, which included Ivo Dragan and Petra Novak, arrived in Lima.",
			want: []string{fact("Ivo Dragan", graph.MemberOf, "Peru"), fact("Petra Novak", graph.MemberOf, "Peru")}},
		{text: "The Peruvian delegation included Ivo Dragan and Peruvian Foreign Minister Milan Horvat.",
			want: []string{fact("Ivo Dragan", graph.MemberOf, "Peru"), fact("Milan Horvat", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Milan Horvat", graph.MemberOf, "Peru")}},
		// The head of a state's or body's delegation, before or after
		// the name, is one of its members.
		{text: "The head of the Peruvian delegation, Oskar Veldin, denied the report.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru")},
			not:  []string{fact("Oskar Veldin", graph.HeadOf, "Peru")}},
		{text: "Oskar Veldin, who led the Peruvian delegation, denied the report.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru")},
			not:  []string{fact("Oskar Veldin", graph.HeadOf, "Peru")}},
		{text: "Oskar Veldin, head of Peru's delegation to the talks, denied the report.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru")}},
		{text: "Oskar Veldin, the leader of the Renewal Party delegation, denied the report.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Renewal Party")},
			not:  []string{fact("Oskar Veldin", graph.HeadOf, "Renewal Party")}},
		// The delegation of a state's body: the state's.
		{text: "A Peruvian military delegation, led by Deputy Defence Minister Oskar Veldin, held talks in Quito.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru")}},
		// The state is elided in the second member of the list.
		{text: "Peru was represented by Deputy Foreign Minister Oskar Veldin, and Chile by Ahmed Sorani.",
			want: []string{fact("Oskar Veldin", graph.MemberOf, "Peru"), fact("Ahmed Sorani", graph.MemberOf, "Chile")},
			not:  []string{fact("Ahmed Sorani", graph.MemberOf, "Peru")}},
		// An office of the state stated with the name is no mere membership.
		{text: "Peru was represented by Peruvian Foreign Minister Oskar Veldin.",
			want: []string{fact("Oskar Veldin", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Oskar Veldin", graph.MemberOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A delegation that received the person is not led by him.
		{text: "A Peruvian delegation met Deputy Foreign Minister Oskar Veldin in Geneva.",
			not:       []string{fact("Oskar Veldin", graph.MemberOf, "Peru")},
			companion: "A Peruvian delegation, headed by Deputy Foreign Minister Oskar Veldin, met officials in Geneva.",
			want:      []string{fact("Oskar Veldin", graph.MemberOf, "Peru")}},
	})
}

// TestLedByPassive checks the passive of leading after a body, in a
// relative clause or as the verb, with people named only there.
func TestLedByPassive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Renewal Party, which is led by Mira Castell, boycotted the vote.",
			want: []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
		{text: "The National Dialogue Commission is jointly chaired by Oren Malik and Dara Sefton.",
			want: []string{fact("Oren Malik", graph.HeadOf, "National Dialogue Commission"), fact("Dara Sefton", graph.HeadOf, "National Dialogue Commission")}},
		// "whose junta" names the state's junta, which the general heads.
		{text: "Chad, whose junta is led by General Oskar Veldin, cut ties with Sudan.",
			want: []string{fact("Oskar Veldin", graph.HeadOf, "Chadian junta"), fact("Chadian junta", graph.PartOf, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// A body's delegation led by a person: no head of the body.
		{text: "The Renewal Party's delegation was led by Mira Castell.",
			not:       []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")},
			companion: "The Renewal Party, which was led by Mira Castell, boycotted the vote.",
			want:      []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
		// A state that leads is no person.
		{text: "The Renewal Party, which is led by Saudi Arabia, boycotted the vote.",
			not:       []string{fact("Saudi Arabia", graph.HeadOf, "Renewal Party")},
			companion: "The Renewal Party, which is led by Mira Castell, boycotted the vote.",
			want:      []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
		// Capitalised words before a body's head are a body, not a person.
		{text: "The offensive was led by Desert Hawks Brigade fighters.",
			not:       []string{fact("Desert Hawks", graph.HeadOf, "Desert Hawks Brigade")},
			companion: "The Renewal Party, which is led by Mira Castell, marched.",
			want:      []string{fact("Mira Castell", graph.HeadOf, "Renewal Party")}},
	})
}

// TestMembersOfNamedBodies checks members of a body named in an
// appositive with "with", "in" or "of" (fighters, officials, delegates),
// and "X of the Front" in a list that goes on with another person.
func TestMembersOfNamedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, a fighter with the Lakeside Patriotic Front, was captured.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, a senior official in the Lakeside Patriotic Front, said the talks failed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
		{text: "Omar Zand, a delegate of the Lakeside Patriotic Front, said the talks failed.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
		{text: "The talks were attended by Omar Zand of the Lakeside Patriotic Front and Ahmed Sorani of the Hill Salvation Movement.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front"), fact("Ahmed Sorani", graph.MemberOf, "Hill Salvation Movement")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Hill Salvation Movement")}},
	})
	checkNegatives(t, []negativeCase{
		// A head's "in" is a place, not a body.
		{text: "Omar Zand, the commander in the Lakeside district, said the talks failed.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Lakeside")},
			companion: "Omar Zand, an official in the Lakeside Patriotic Front, said the talks failed.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
}

// TestPluralOfficeAfterPeople checks a plural office of one body in
// apposition to a list of people: each holds it.
func TestPluralOfficeAfterPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand and Ahmed Sorani, both members of the Renewal Party, denied the report.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Renewal Party"), fact("Ahmed Sorani", graph.MemberOf, "Renewal Party")}},
		{text: "Omar Zand and Ahmed Sorani, two senior officials of the Renewal Party, denied the report.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Renewal Party"), fact("Ahmed Sorani", graph.MemberOf, "Renewal Party")}},
		{text: "Omar Zand and Ahmed Sorani, the co-chairs of the Renewal Party, denied the report.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Renewal Party"), fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")}},
	})
	checkNegatives(t, []negativeCase{
		// A list that does not close right before the office is not its.
		{text: "Omar Zand met Ahmed Sorani on Monday, and members of the Renewal Party protested.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Renewal Party"), fact("Ahmed Sorani", graph.MemberOf, "Renewal Party")},
			companion: "Omar Zand and Ahmed Sorani, both members of the Renewal Party, protested.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Renewal Party")}},
	})
}

// TestOneOfBody checks "S is one of the members of O", read once the
// members before "of" are left out.
func TestOneOfBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Salvation Movement is one of the four members of the Lakeside Patriotic Front.",
			want: []string{fact("Hill Salvation Movement", graph.MemberOf, "Lakeside Patriotic Front")}},
		{text: "The Hill Salvation Movement is one of the four members of the Lakeside Patriotic Front, together with the Coastal Defence Forces.",
			want: []string{fact("Hill Salvation Movement", graph.MemberOf, "Lakeside Patriotic Front"), fact("Coastal Defence Forces", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// One of a body's donors or guarantors is no member.
		{text: "Peru is one of the largest donors to the Lakeside Patriotic Front.",
			not:       []string{fact("Peru", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "Peru is one of the five members of the Lakeside Patriotic Front.",
			want:      []string{fact("Peru", graph.MemberOf, "Lakeside Patriotic Front")}},
	})
}

// A body's make-up names its members: "a force made up of troops from A, B
// and C", and the states with which a founder formed a body.
func TestMembersInMakeUp(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Force, a regional force made up of troops from Ghana and Togo, patrols the border.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Force"), fact("Togo", graph.MemberOf, "Lake Force")}},
		{text: "Officials alarmed the Lake Force (LKF), the regional force made up of troops from Ghana, Togo, Benin and Niger which is based in Lome.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Force"), fact("Togo", graph.MemberOf, "Lake Force"),
				fact("Benin", graph.MemberOf, "Lake Force"), fact("Niger", graph.MemberOf, "Lake Force")}},
		// The appositive's list goes on past its first comma.
		{text: "The Lake Force, a force made up of troops from Ghana, Togo and Benin, patrols the border.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Force"), fact("Togo", graph.MemberOf, "Lake Force"), fact("Benin", graph.MemberOf, "Lake Force")}},
		{text: "The Lake Force, which is made up of soldiers from Ghana and Togo, patrols the border.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Force"), fact("Togo", graph.MemberOf, "Lake Force")}},
		{text: "Together with the juntas of Ghana and Togo it has formed the Coastal Alliance.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Alliance"), fact("Togo", graph.MemberOf, "Coastal Alliance")}},
	})
	checkNegatives(t, []negativeCase{
		// A force that fought the troops of states has no members there.
		{text: "The Lake Force, a regional force that fought troops from Ghana and Togo, patrols the border.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Force")},
			companion: "The Lake Force, a regional force made up of troops from Ghana and Togo, patrols the border.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Force")}},
		// Fighting a body together with a state founds nothing.
		{text: "Together with Ghana, Togo fought the Coastal Alliance.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Alliance")},
			companion: "Together with the juntas of Ghana and Togo it has formed the Coastal Alliance.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Alliance")}},
	})
}

// A group named by a capitalised collective noun and its states: each
// state is a member.
func TestStatesGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Troika of Ghana, Togo and Norway, which backed the earlier deal, welcomed the signing.",
			want: []string{fact("Ghana", graph.MemberOf, "Troika"), fact("Togo", graph.MemberOf, "Troika"), fact("Norway", graph.MemberOf, "Troika")}},
		{text: "Envoys of the Quartet of the United Nations, the European Union, Russia and Ghana arrived in Lome.",
			want: []string{fact("United Nations", graph.MemberOf, "Quartet"), fact("Ghana", graph.MemberOf, "Quartet")}},
	})
	checkNegatives(t, []negativeCase{
		// A lower-case noun names no group of its own.
		{text: "On Monday a troika of ministers from Ghana and Togo arrived in Lome.",
			not:       []string{fact("Ghana", graph.MemberOf, "troika")},
			companion: "On Monday the Troika of Ghana and Togo arrived in Lome.",
			want:      []string{fact("Ghana", graph.MemberOf, "Troika")}},
		// A single state after "of" makes no list.
		{text: "The Troika of Ghana welcomed the deal.",
			not:       []string{fact("Ghana", graph.MemberOf, "Troika")},
			companion: "The Troika of Ghana and Togo welcomed the deal.",
			want:      []string{fact("Ghana", graph.MemberOf, "Troika")}},
	})
}

// A body's members named after its possessive or after the count of its
// states.
func TestMembersNamedByBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Union's members, Ghana and Togo, signed the text.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union's member states include Ghana and Togo.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Lake Contact Group, made up of five states: Ghana, Togo, Benin, Niger and Chad, met in Lome.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Contact Group"), fact("Chad", graph.MemberOf, "Lake Contact Group")}},
	})
	checkNegatives(t, []negativeCase{
		// The members' own acts toward states name no members.
		{text: "The Coastal Union's members met Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union's members are Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}

// A body that restores a state's membership or readmits it has it as a
// member again; one that suspends it does not.
func TestMembershipRestored(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Union restored Togo's membership after the elections.",
			want: []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union readmitted Togo in March.",
			want: []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Coastal Union suspended Togo's membership after the coup.",
			not:       []string{fact("Togo", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union restored Togo's membership after the coup.",
			want:      []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union refused to restore Togo's membership.",
			not:       []string{fact("Togo", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union restored Togo's membership.",
			want:      []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
}

// A body's organ named by the body's name and a head ("the UN Mission in
// X"), or by "its" and a capitalised name ("its Panel of Elders"), is part
// of the body, named as the text writes it.
func TestOrgansInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The ECOWAS Mission in Guinea-Bissau pulled out its last troops in June.",
			want: []string{fact("ECOWAS Mission in Guinea-Bissau", graph.PartOf, "ECOWAS")}},
		{text: "Lina Varga, who chairs the UN Commission on Detention in Laos, urged restraint.",
			want: []string{fact("UN Commission on Detention in Laos", graph.PartOf, "United Nations")}},
		// A list after the field cuts the name before it.
		{text: "The AU Standing Committee of the Council on Trade, Health and Labour met in Accra.",
			want: []string{fact("AU Standing Committee of the Council on Trade, Health and Labour", graph.PartOf, "African Union")}},
		{text: "The African Union sent members of its Council of Elders to Bamako.",
			want: []string{fact("Council of Elders", graph.PartOf, "African Union")}},
		{text: "The European Union paid for the training from its Stability Facility.",
			want: []string{fact("Stability Facility", graph.PartOf, "European Union")}},
		{text: "France supported the offensive with its own Sirocco operation.",
			want: []string{fact("Sirocco operation", graph.PartOf, "France")}},
	})
	checkNegatives(t, []negativeCase{
		// An office is no organ.
		{text: "The UN Secretary-General Ivo Marek visited Juba.",
			not:       []string{fact("UN Secretary-General", graph.PartOf, "United Nations")},
			companion: "The UN Mission in Liberia welcomed the vote.",
			want:      []string{fact("UN Mission in Liberia", graph.PartOf, "United Nations")}},
		// "its" after a state's adjective is not that state's.
		{text: "The European Union backed the Kenyan deployment with money from its Stability Facility.",
			not:       []string{fact("Stability Facility", graph.PartOf, "Kenya")},
			companion: "The European Union backed the deployment with money from its Stability Facility.",
			want:      []string{fact("Stability Facility", graph.PartOf, "European Union")}},
		// A name the article alone defines owns no longer name.
		{text: "The KORVA Mission in Pemba said the camp was empty.",
			not:       []string{fact("KORVA Mission in Pemba", graph.PartOf, "KORVA")},
			companion: "The SADC Mission in Pemba said the camp was empty.",
			want:      []string{fact("SADC Mission in Pemba", graph.PartOf, "SADC")}},
	})
}

// States join, are admitted to, and are listed as members of blocs; those
// that apply, talk of joining, are suspended, leave or host one are none.
func TestStatesInBlocs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ecuador joined the Andean Trade Union in 1969.",
			want: []string{fact("Ecuador", graph.MemberOf, "Andean Trade Union")}},
		{text: "Morocco, which rejoined the African Union in 2017, backed the text.",
			want: []string{fact("Morocco", graph.MemberOf, "African Union")}},
		{text: "Timor-Leste was finally admitted to ASEAN after years of talks.",
			want: []string{fact("Timor-Leste", graph.MemberOf, "ASEAN")}},
		{text: "The Andean Trade Union, which includes Peru, Bolivia and Ecuador, met in Lima.",
			want: []string{fact("Peru", graph.MemberOf, "Andean Trade Union"), fact("Bolivia", graph.MemberOf, "Andean Trade Union"),
				fact("Ecuador", graph.MemberOf, "Andean Trade Union")}},
		{text: "The Baltic Council, whose members include Estonia and Latvia, issued a statement.",
			want: []string{fact("Estonia", graph.MemberOf, "Baltic Council"), fact("Latvia", graph.MemberOf, "Baltic Council")}},
		{text: "NATO member states Norway and Denmark sent frigates.",
			want: []string{fact("Norway", graph.MemberOf, "NATO"), fact("Denmark", graph.MemberOf, "NATO")}},
		{text: "Austria, a fellow member of the European Union, vetoed the loan.",
			want: []string{fact("Austria", graph.MemberOf, "European Union")}},
		{text: "Qatar and Oman, fellow members of the Gulf Cooperation Council, kept quiet.",
			want: []string{fact("Qatar", graph.MemberOf, "Gulf Cooperation Council"), fact("Oman", graph.MemberOf, "Gulf Cooperation Council")}},
		{text: "Chile and Peru are members of the Pacific Alliance.",
			want: []string{fact("Chile", graph.MemberOf, "Pacific Alliance"), fact("Peru", graph.MemberOf, "Pacific Alliance")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Serbia applied to join the European Union in 2009.",
			not:       []string{fact("Serbia", graph.MemberOf, "European Union")},
			companion: "Croatia joined the European Union in 2013.",
			want:      []string{fact("Croatia", graph.MemberOf, "European Union")}},
		{text: "Georgia holds talks on joining NATO.",
			not:       []string{fact("Georgia", graph.MemberOf, "NATO")},
			companion: "Albania joined NATO in 2009.",
			want:      []string{fact("Albania", graph.MemberOf, "NATO")}},
		{text: "Guinea was suspended from ECOWAS after the coup.",
			not:       []string{fact("Guinea", graph.MemberOf, "ECOWAS")},
			companion: "Guinea was readmitted to ECOWAS after the vote.",
			want:      []string{fact("Guinea", graph.MemberOf, "ECOWAS")}},
		// A noun after the body names an event of it, not the body.
		{text: "Moldova joined the EU summit in Granada.",
			not:       []string{fact("Moldova", graph.MemberOf, "European Union")},
			companion: "Croatia joined the EU in 2013.",
			want:      []string{fact("Croatia", graph.MemberOf, "European Union")}},
		// A noun after the body says what the state is to it.
		{text: "Iran is a Hezbollah backer.",
			not:       []string{fact("Iran", graph.MemberOf, "Hezbollah")},
			companion: "Chile and Peru are members of the Pacific Alliance, which met in Lima.",
			want:      []string{fact("Chile", graph.MemberOf, "Pacific Alliance")}},
		{text: "Burkina Faso left ECOWAS in January.",
			not:       []string{fact("Burkina Faso", graph.MemberOf, "ECOWAS")},
			companion: "Burkina Faso rejoined ECOWAS in January.",
			want:      []string{fact("Burkina Faso", graph.MemberOf, "ECOWAS")}},
		{text: "Ethiopia hosts the African Union in Addis Ababa.",
			not:       []string{fact("Ethiopia", graph.MemberOf, "African Union")},
			companion: "Ethiopia joined the African Union at its founding.",
			want:      []string{fact("Ethiopia", graph.MemberOf, "African Union")}},
		// A group that joins an army fights beside it; it is no member.
		{text: "The Kivu Liberation Front joined the Congolese army in fighting the rebels.",
			not:       []string{fact("Kivu Liberation Front", graph.MemberOf, "Congolese army")},
			companion: "Rwanda joined the East African Community in 2007.",
			want:      []string{fact("Rwanda", graph.MemberOf, "East African Community")}},
	})
}

// A state's company or agency after its possessive and "state", and a
// body's organ named in lower case after the body's name.
func TestStateCompaniesAndLowerOrgans(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway's state-owned Fjordgas cut its exports.",
			want: []string{fact("Fjordgas", graph.PartOf, "Norway")}},
		{text: "Chile's state copper giant Andescobre signed the contract.",
			want: []string{fact("Andescobre", graph.PartOf, "Chile")}},
		{text: "Peru's state news agency PNA carried the statement.",
			want: []string{fact("PNA", graph.PartOf, "Peru")}},
		{text: "Dara Suvo, a spokesman for the Hamas political bureau, denied it.",
			want: []string{fact("Hamas political bureau", graph.PartOf, "Hamas")}},
		{text: "The SDF media office said the town was taken.",
			want: []string{fact("SDF media office", graph.PartOf, "Syrian Democratic Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// Without "state" a name after a state's possessive may be a
		// person's: no company.
		{text: "Chile's Andescobre signed the contract.",
			not:       []string{fact("Andescobre", graph.PartOf, "Chile")},
			companion: "Chile's state-run Andescobre signed the contract.",
			want:      []string{fact("Andescobre", graph.PartOf, "Chile")}},
		// A mission's noun is left to the appositive's reading.
		{text: "The UN peacekeeping mission, UNMOK, withdrew.",
			not:       []string{fact("UN peacekeeping mission", graph.PartOf, "United Nations")},
			companion: "The UN peacekeeping mission, UNMOK, withdrew.",
			want:      []string{fact("UNMOK", graph.PartOf, "United Nations")}},
	})
}

// A body named as another's backbone, main component or wing is part of it.
func TestBackboneAndWingNamed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lowland Alliance, whose main component is the Tesso Brigade, seized the bridge.",
			want: []string{fact("Tesso Brigade", graph.PartOf, "Lowland Alliance")}},
		{text: "The military wing of the Ruvo Party, the Ruvo Guard, shelled the base.",
			want: []string{fact("Ruvo Guard", graph.PartOf, "Ruvo Party")}},
	})
	checkFacts(t, []factCase{
		{text: "Ana Ruiz leads the Andes Front, the political coalition that includes the Quechua Movement.",
			want: []string{fact("Quechua Movement", graph.PartOf, "Andes Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A coalition that fights a group does not include it.
		{text: "Ana Ruiz leads the Andes Front, the political coalition that fights the Quechua Movement.",
			not:       []string{fact("Quechua Movement", graph.PartOf, "Andes Front")},
			companion: "Ana Ruiz leads the Andes Front, the political coalition that groups the Quechua Movement.",
			want:      []string{fact("Quechua Movement", graph.PartOf, "Andes Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A body that backs another is no part of it.
		{text: "The Lowland Alliance, whose main backer is the Tesso Movement, seized the bridge.",
			not:       []string{fact("Tesso Movement", graph.PartOf, "Lowland Alliance")},
			companion: "The Lowland Alliance, whose backbone is the Tesso Movement, seized the bridge.",
			want:      []string{fact("Tesso Movement", graph.PartOf, "Lowland Alliance")}},
	})
}

// A grouping of states named by lower-case words before its make-up is a
// body of its own, with the states as members.
func TestGroupingsByMakeUp(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The summit set up a ministerial liaison group made up of Peru, Chile and Bolivia to draft a plan.",
			want: []string{fact("Peru", graph.MemberOf, "ministerial liaison group"), fact("Chile", graph.MemberOf, "ministerial liaison group"),
				fact("Bolivia", graph.MemberOf, "ministerial liaison group")}},
		{text: "The ministers launched a joint naval force comprising Kenya and Tanzania.",
			want: []string{fact("Kenya", graph.MemberOf, "joint naval force"), fact("Tanzania", graph.MemberOf, "joint naval force")}},
	})
	checkNegatives(t, []negativeCase{
		// A bare noun names no body.
		{text: "They set up a group made up of Peru and Chile.",
			not:       []string{fact("Peru", graph.MemberOf, "group")},
			companion: "They set up a regional liaison group made up of Peru and Chile.",
			want:      []string{fact("Peru", graph.MemberOf, "regional liaison group")}},
	})
}

// More ways reports list a bloc's members: a hyphenated noun, "including",
// "among the founding members", work within the bloc.
func TestBlocMembersListed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "EU member-state Slovakia vetoed the package.",
			want: []string{fact("Slovakia", graph.MemberOf, "European Union")}},
		{text: "G7 countries including Italy and Germany froze the assets.",
			want: []string{fact("Italy", graph.MemberOf, "G7"), fact("Germany", graph.MemberOf, "G7")}},
		{text: "Ghana and Senegal are among the founding members of ECOWAS.",
			want: []string{fact("Ghana", graph.MemberOf, "ECOWAS"), fact("Senegal", graph.MemberOf, "ECOWAS")}},
		{text: "Austria has worked within the OSCE to monitor the vote.",
			want: []string{fact("Austria", graph.MemberOf, "OSCE")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Non-NATO member Ireland sent observers.",
			not:       []string{fact("Ireland", graph.MemberOf, "NATO")},
			companion: "NATO member-state Norway sent observers.",
			want:      []string{fact("Norway", graph.MemberOf, "NATO")}},
		{text: "Ireland is not a member of NATO.",
			not:       []string{fact("Ireland", graph.MemberOf, "NATO")},
			companion: "Norway is a member of NATO.",
			want:      []string{fact("Norway", graph.MemberOf, "NATO")}},
	})
}

// Two states or more that found a body are its members; one state that
// creates a body sponsors it.
func TestFounders(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, Chile and Colombia formed the Pacific Fisheries Council in 1952.",
			want: []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council"), fact("Chile", graph.MemberOf, "Pacific Fisheries Council"),
				fact("Colombia", graph.MemberOf, "Pacific Fisheries Council")}},
		{text: "The Pacific Fisheries Council was founded by Peru and Chile.",
			want: []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council"), fact("Chile", graph.MemberOf, "Pacific Fisheries Council")}},
		{text: "Laos and Vietnam have jointly set up the Mekong Water Commission.",
			want: []string{fact("Laos", graph.MemberOf, "Mekong Water Commission"), fact("Vietnam", graph.MemberOf, "Mekong Water Commission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iran created the Zeynab Brigade in 2014.",
			not:       []string{fact("Iran", graph.MemberOf, "Zeynab Brigade")},
			companion: "Iran and Iraq created the Zeynab Brigade in 2014.",
			want:      []string{fact("Iran", graph.MemberOf, "Zeynab Brigade")}},
		{text: "Peru and Chile plan to form the Pacific Fisheries Council.",
			not:       []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")},
			companion: "Peru and Chile formed the Pacific Fisheries Council.",
			want:      []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")}},
		{text: "Peru and Chile did not form the Pacific Fisheries Council.",
			not:       []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")},
			companion: "Peru and Chile formally formed the Pacific Fisheries Council.",
			want:      []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")}},
		{text: "Peru and Chile reportedly formed the Pacific Fisheries Council.",
			not:       []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")},
			companion: "Peru and Chile later formed the Pacific Fisheries Council.",
			want:      []string{fact("Peru", graph.MemberOf, "Pacific Fisheries Council")}},
	})
}

// "the force" refers back to the body named before whose name ends in
// "Force", and a relative clause may list its members after "and also".
func TestForceMembersLater(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo quit the Coastal Joint Force in May. The force, which is based in Lome and also includes soldiers from Ghana and Benin, patrols the coast.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Joint Force"), fact("Benin", graph.MemberOf, "Coastal Joint Force")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a body named "Force" before, "the force" is no one.
		{text: "Togo quit the talks in May. The force, which is based in Lome and also includes soldiers from Ghana and Benin, patrols the coast.",
			not:       []string{fact("Ghana", graph.MemberOf, "force")},
			companion: "The Coastal Joint Force, which is based in Lome and also includes soldiers from Ghana and Benin, patrols the coast.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Joint Force")}},
	})
}

// A body's mission or operation named by its own name after the body and a
// noun of it is part of the body.
func TestNamedMissions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The EU's naval mission Halcyon escorted the tankers.",
			want: []string{fact("Halcyon", graph.PartOf, "European Union")}},
		{text: "The AU peacekeeping mission Kifaru left Mogadishu.",
			want: []string{fact("Kifaru", graph.PartOf, "African Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A weekday after the noun names no mission.
		{text: "The EU naval mission Monday escorted the tankers.",
			not:       []string{fact("Monday", graph.PartOf, "European Union")},
			companion: "The EU naval mission Halcyon escorted the tankers.",
			want:      []string{fact("Halcyon", graph.PartOf, "European Union")}},
		// A title after the noun names the person who holds it.
		{text: "The UN mission Chief of Staff Lina Varga left Juba.",
			not:       []string{fact("Chief of Staff Lina Varga", graph.PartOf, "United Nations"), fact("Lina Varga", graph.PartOf, "United Nations")},
			companion: "The UN mission Ubuntu left Juba.",
			want:      []string{fact("Ubuntu", graph.PartOf, "United Nations")}},
	})
}

// A body described after a state's adjective and "state" is the state's
// (issue 10, session 18): "the Ruritanian state news agency RNA".
func TestStateBodyAfterAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian state news agency PNA carried the statement.",
			want: []string{fact("PNA", graph.PartOf, "Peru")}},
		{text: "Chile condemned the raid, the Bolivian state broadcaster BTV reported.",
			want: []string{fact("BTV", graph.PartOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: without "state" the adjective may name a people.
		{text: "The Peruvian news agency PNA carried the statement.",
			not:       []string{fact("PNA", graph.PartOf, "Peru")},
			companion: "The Peruvian state news agency PNA carried the statement.",
			want:      []string{fact("PNA", graph.PartOf, "Peru")}},
	})
}

// A body whose name says whose organ it is, by its owner's own name before
// an organ's noun or after "of", belongs to that owner; a liberation army
// or movement named after a state fights it rather than serves it, and a
// body's assembly is read by its own name.
func TestOwnerNamedInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Constitutional Court of Ecuador annulled the decree on Monday.",
			want: []string{fact("Constitutional Court of Ecuador", graph.PartOf, "Ecuador")}},
		{text: "The Armed Forces of Peru said the convoy was ambushed.",
			want: []string{fact("Armed Forces of Peru", graph.PartOf, "Peru")}},
		{text: "The IGAD Commission urged both sides to return to talks.",
			want: []string{fact("IGAD Commission", graph.PartOf, "IGAD")}},
		{text: "The Chile Embassy in Lima said it was following the case.",
			want: []string{fact("Chile Embassy in Lima", graph.PartOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The National Liberation Army of Peru attacked a pipeline.",
			not:       []string{fact("National Liberation Army of Peru", graph.PartOf, "Peru")},
			companion: "The Armed Forces of Peru attacked a pipeline.",
			want:      []string{fact("Armed Forces of Peru", graph.PartOf, "Peru")}},
		{text: "The Peru Liberation Movement rejected the offer.",
			not:       []string{fact("Peru Liberation Movement", graph.PartOf, "Peru")},
			companion: "The Peru Supreme Court rejected the offer.",
			want:      []string{fact("Peru Supreme Court", graph.PartOf, "Peru")}},
		{text: "The UN General Assembly adopted the resolution.",
			not:       []string{fact("UN General Assembly", graph.PartOf, "United Nations")},
			companion: "The IGAD Commission adopted the resolution.",
			want:      []string{fact("IGAD Commission", graph.PartOf, "IGAD")}},
	})
}

// A body set off by its owner's possessive and a noun of a part ("X, al
// Qaeda's branch in the south,", "X, an Islamic State affiliate,", "the Y
// Party and its armed wing, X,", "the IRGC's elite X") is part of the owner;
// a rival or an ally set off the same way is not.
func TestBranchAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kestrel Front, al Qaeda's branch in the south, held the town.",
			want: []string{fact("Kestrel Front", graph.PartOf, "Al-Qaeda")}},
		{text: "The Tarsh Movement, the Islamic State's local affiliate, held the town.",
			want: []string{fact("Tarsh Movement", graph.PartOf, "Islamic State")}},
		{text: "Officials said the Dunmore Military Council, an Islamic State affiliate, held the town.",
			want: []string{fact("Dunmore Military Council", graph.PartOf, "Islamic State")}},
		{text: "The ministry listed the Borin Party and its armed wing, the Borin Brigades, as terrorist groups.",
			want: []string{fact("Borin Brigades", graph.PartOf, "Borin Party")}},
		{text: "The IRGC's elite Quds Force trained the militias.",
			want: []string{fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Kestrel Front, al Qaeda's rival in the south, held the town.",
			not:       []string{fact("Kestrel Front", graph.PartOf, "Al-Qaeda")},
			companion: "The Kestrel Front, al Qaeda's branch in the south, held the town.",
			want:      []string{fact("Kestrel Front", graph.PartOf, "Al-Qaeda")}},
		{text: "The ministry listed the Borin Party and its ally, the Borin Brigades, as terrorist groups.",
			not:       []string{fact("Borin Brigades", graph.PartOf, "Borin Party")},
			companion: "The ministry listed the Borin Party and its political wing, the Borin Brigades, as terrorist groups.",
			want:      []string{fact("Borin Brigades", graph.PartOf, "Borin Party")}},
	})
}

// The states set off after an alliance's plural noun are its members, not
// its allies; a body whose men serve within a coalition, or that operates
// under its umbrella, is its member.
func TestMembersSetOffAndServing(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The two NATO allies, Norway and Denmark, signed the accord.",
			want: []string{fact("Norway", graph.MemberOf, "NATO"), fact("Denmark", graph.MemberOf, "NATO")}},
		{text: "Fighters of the Kestrel Brigade serve within the Popular Mobilization Forces.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Popular Mobilization Forces")}},
		{text: "The Kestrel Brigade operates under the umbrella of the Popular Mobilization Forces.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Popular Mobilization Forces")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The two NATO allies, Norway and Denmark, signed the accord.",
			not:       []string{fact("NATO", graph.AlliedWith, "Norway")},
			companion: "The two NATO allies, Norway and Denmark, signed the accord.",
			want:      []string{fact("Norway", graph.MemberOf, "NATO")}},
		{text: "The Kestrel Brigade fought against the Popular Mobilization Forces.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Popular Mobilization Forces")},
			companion: "The Kestrel Brigade fought within the Popular Mobilization Forces.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Popular Mobilization Forces")}},
	})
}

// A state's agency named by its own name after the state's possessive and
// a lower-case noun of it belongs to the state, also where "the state's
// military" is read as the state; a proxy named the same way is no agency.
func TestStateAgencyNamed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's military intelligence agency KORV said the depot was hit.",
			want: []string{fact("KORV", graph.PartOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru's military ally KORV said the depot was hit.",
			not:       []string{fact("KORV", graph.PartOf, "Peru")},
			companion: "Peru's military intelligence agency KORV said the depot was hit.",
			want:      []string{fact("KORV", graph.PartOf, "Peru")}},
	})
}

// A faction of an umbrella set off before its name is a member of it, not
// a part; the bodies listed after a group's member states ("as well as")
// are members too; a body that works within a format is its member.
func TestFactionsAndListedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Another faction of the Popular Mobilization Forces, Kataib Hezbollah, said it would fight on.",
			want: []string{fact("Kataib Hezbollah", graph.MemberOf, "Popular Mobilization Forces")}},
		{text: "The Coastal Union, which includes Ghana and Togo as well as the Arab League and the European Union, met in Lome.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Arab League", graph.MemberOf, "Coastal Union"), fact("European Union", graph.MemberOf, "Coastal Union")}},
		{text: "Ghana said it would keep working within ECOWAS.",
			want: []string{fact("Ghana", graph.MemberOf, "ECOWAS")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Another faction of the Popular Mobilization Forces, Kataib Hezbollah, said it would fight on.",
			not:       []string{fact("Kataib Hezbollah", graph.PartOf, "Popular Mobilization Forces")},
			companion: "Another faction of the Popular Mobilization Forces, Kataib Hezbollah, said it would fight on.",
			want:      []string{fact("Kataib Hezbollah", graph.MemberOf, "Popular Mobilization Forces")}},
		{text: "The Coastal Union, which includes Ghana and Togo, met the Arab League in Lome.",
			not:       []string{fact("Arab League", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union, which includes Ghana and Togo as well as the Arab League, met in Lome.",
			want:      []string{fact("Arab League", graph.MemberOf, "Coastal Union")}},
	})
}

// A unit named after its body's possessive and a word of its standing is
// a body of its own, part of that body; after a state's possessive it may
// be a proxy and is not read.
func TestEliteUnits(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah's elite Kestrel Force moved south.",
			want: []string{fact("Kestrel Force", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru's elite Kestrel Force moved south.",
			not:       []string{fact("Kestrel Force", graph.PartOf, "Peru")},
			companion: "Hezbollah's elite Kestrel Force moved south.",
			want:      []string{fact("Kestrel Force", graph.PartOf, "Hezbollah")}},
	})
}

// A unit named after its body's possessive in the shapes a plain run of
// capitalised words misses: words that "and" joins ending in a body's
// head, or a name of one or two words (a particle perhaps opening it)
// and the lower-case noun of its kind, which is no part of its name. A
// noun the name only qualifies, a title, a day or a list is no unit.
func TestOwnedUnitShapes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Tarsh, the head of the Borduria Front's Liaison and Coordination Unit, survived the strike.",
			want: []string{fact("Liaison and Coordination Unit", graph.PartOf, "Borduria Front"), fact("Ivo Tarsh", graph.HeadOf, "Liaison and Coordination Unit")}},
		{text: "The Vantar Council's Defence and Trade Committee rejected the plan.",
			want: []string{fact("Defence and Trade Committee", graph.PartOf, "Vantar Council")}},
		{text: "Hezbollah's Planning and Logistics Office was hit on Monday.",
			want: []string{fact("Planning and Logistics Office", graph.PartOf, "Hezbollah")}},
		{text: "The Borduria Front's Kestrel television said the town had fallen.",
			want: []string{fact("Kestrel", graph.PartOf, "Borduria Front")}},
		{text: "Hezbollah's al-Vantar radio reported heavy shelling.",
			want: []string{fact("al-Vantar", graph.PartOf, "Hezbollah")}},
		{text: "Commandos of the Borduria Front's Grey Heron unit crossed the river.",
			want: []string{fact("Grey Heron", graph.PartOf, "Borduria Front")}},
		{text: "The Vantar Council's Orsk intelligence agency said it had foiled a plot.",
			want: []string{fact("Orsk", graph.PartOf, "Vantar Council")}},
		{text: "A statement carried by Hamas's Tarvo news agency claimed the attack.",
			want: []string{fact("Tarvo", graph.PartOf, "Hamas")}},
		{text: "Fighters of the Borduria Front's elite Kestrel Brigade 40 attacked the post.",
			want: []string{fact("Kestrel Brigade 40", graph.PartOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front's Kestrel television studios were hit.",
			not:       []string{fact("Kestrel television", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front's Kestrel television said the town had fallen.",
			want:      []string{fact("Kestrel", graph.PartOf, "Borduria Front")}},
		{text: "The Borduria Front's Monday television address was brief.",
			not:       []string{fact("Monday", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front's Kestrel television said the town had fallen.",
			want:      []string{fact("Kestrel", graph.PartOf, "Borduria Front")}},
		{text: "The Vantar Council's Defence and Trade ministers met in Lima.",
			not:       []string{fact("Defence and Trade", graph.PartOf, "Vantar Council")},
			companion: "The Vantar Council's Defence and Trade Committee met in Lima.",
			want:      []string{fact("Defence and Trade Committee", graph.PartOf, "Vantar Council")}},
		{text: "Ghana struck the Borduria Front's Syldavian wing, the Zenda Brigades.",
			not:       []string{fact("Syldavian", graph.PartOf, "Borduria Front")},
			companion: "Ghana struck the Borduria Front's Kestrel wing in the north.",
			want:      []string{fact("Kestrel", graph.PartOf, "Borduria Front")}},
		{text: "The Borduria Front's Kestrel and the Vantar Council's Orsk fighters clashed.",
			not:       []string{fact("Kestrel", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front's Kestrel unit and the Vantar Council's fighters clashed.",
			want:      []string{fact("Kestrel", graph.PartOf, "Borduria Front")}},
	})
}

// A body that "includes" another, and "one of the factions of" a body,
// make the first part of the second; other verbs and nouns do not.
func TestBodiesInsideBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Front, which includes the Tarn Brigade and local tribal fighters, controls the valley.",
			want: []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
		{text: "The Tarn Brigade, one of the factions of the Lakeside Front, denied involvement.",
			want: []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Front, which fought the Tarn Brigade and local tribal fighters, controls the valley.",
			not:       []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")},
			companion: "The Lakeside Front, which includes the Tarn Brigade and local tribal fighters, controls the valley.",
			want:      []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
		{text: "The Tarn Brigade, one of the foes of the Lakeside Front, denied involvement.",
			not:       []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")},
			companion: "The Tarn Brigade, one of the factions of the Lakeside Front, denied involvement.",
			want:      []string{fact("Tarn Brigade", graph.PartOf, "Lakeside Front")}},
	})
}

// A state's company and a body's named mission end their names by one
// rule: before their own possessive, not before another capitalised word
// or a list that goes on with one.
func TestOwnNameEnds(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile's state copper giant Andescobre's chief executive resigned.",
			want: []string{fact("Andescobre", graph.PartOf, "Chile")}},
		{text: "The EU's naval mission Halcyon's commander met the crews.",
			want: []string{fact("Halcyon", graph.PartOf, "European Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile's state copper giant Andescobre, Minera and Cobresur signed the contract.",
			not:       []string{fact("Andescobre", graph.PartOf, "Chile")},
			companion: "Chile's state copper giant Andescobre signed the contract.",
			want:      []string{fact("Andescobre", graph.PartOf, "Chile")}},
		{text: "The EU's naval mission Halcyon, Aspen and Corvo escorted the tankers.",
			not:       []string{fact("Halcyon", graph.PartOf, "European Union")},
			companion: "The EU's naval mission Halcyon escorted the tankers.",
			want:      []string{fact("Halcyon", graph.PartOf, "European Union")}},
	})
}

// TestStatedMembers checks states said to be members of a body, with the
// words between in their usual forms, and a body named like a deal
// ("the Coastal Initiative") that states are members of.
func TestStatedMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo, which are both members of the Coastal Initiative, a regional security framework, asked for help.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Initiative"), fact("Togo", graph.MemberOf, "Coastal Initiative")}},
		{text: "Chile is also a founding member of the Andean Security Council, which met in Lima.",
			want: []string{fact("Chile", graph.MemberOf, "Andean Security Council")}},
		{text: "Peru, Chile and Bolivia were full members of the Andean Security Council until 2020.",
			want: []string{fact("Peru", graph.MemberOf, "Andean Security Council"), fact("Bolivia", graph.MemberOf, "Andean Security Council")}},
	})
	checkNegatives(t, []negativeCase{
		// A member of the body's staff is no member state; nor is a
		// state that only asked to become one.
		{text: "Ghana asked members of the Coastal Initiative for help.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Initiative")},
			companion: "Ghana is a member of the Coastal Initiative.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Initiative")}},
	})
}

// TestFoundersWithYearAndPartner checks founders named after the year
// the body was founded ("launched in 2017 with A and B") and a partner
// after the body ("A and B formed the alliance with C"), also past a
// remark between the founders and the verb.
func TestFoundersWithYearAndPartner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo belongs to the Coastal Union, launched in 2017 with Ghana, Benin and Chile to share intelligence.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}},
		{text: "The Andean Security Council, founded in May 1999 by Peru and Chile, meets twice a year.",
			want: []string{fact("Peru", graph.MemberOf, "Andean Security Council"), fact("Chile", graph.MemberOf, "Andean Security Council")}},
		{text: "Ghana and Benin, both ruled by soldiers, have formed the Coastal Union with Togo and turned to Chile for help.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A state one body fights is no founder of it.
		{text: "Ghana and Benin formed the Coastal Union to fight Togo.",
			not:       []string{fact("Togo", graph.MemberOf, "Coastal Union")},
			companion: "Ghana and Benin formed the Coastal Union with Togo.",
			want:      []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
}

// TestOwnerNamedBeforePlace checks a body whose name opens with its
// owner's and ends with the place it is sent to ("the African Union
// Observer Mission in Chad"): the organ's noun before the place says it is
// the owner's organ.
func TestOwnerNamedBeforePlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The UN Security Council backed the African Union Observer Mission in Chad (AUOMIC), which will start in May.",
			want: []string{fact("African Union Observer Mission in Chad", graph.PartOf, "African Union")}},
		// Bodies the world data knows by their whole names.
		{text: "Observers of the EU Monitoring Mission in Georgia said the border was calm on Tuesday.",
			want: []string{fact("EU Monitoring Mission in Georgia", graph.PartOf, "European Union")}},
		{text: "The European Union Mission in Armenia will stay until May, Yerevan said.",
			want: []string{fact("European Union Mission in Armenia", graph.PartOf, "European Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A place in lower case ends no name: no body, no part.
		{text: "The African Union Observer Mission in eastern Chad (AUOMEC) denied the report.",
			not:       []string{fact("African Union Observer Mission in eastern Chad", graph.PartOf, "African Union")},
			companion: "The African Union Observer Mission in Chad (AUOMIC) denied the report.",
			want:      []string{fact("African Union Observer Mission in Chad", graph.PartOf, "African Union")}},
	})
}

// TestOrganAppositive checks a body described beside its name as an organ
// of another body: "X, a UN agency,", "X, the African Union's top court,".
func TestOrganAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Water Fund, a UN agency, said stocks were low.",
			want: []string{fact("Coastal Water Fund", graph.PartOf, "United Nations")}},
		{text: "The Lake Court, the African Union's top court, ruled on Monday.",
			want: []string{fact("Lake Court", graph.PartOf, "African Union")}},
		{text: "The African Union's court for human rights, the Lake Court, ruled on Monday.",
			want: []string{fact("Lake Court", graph.PartOf, "African Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's adjective names no owning body: "a Ghanaian court"
		// may be any court of the country.
		{text: "The Lake Court, a Ghanaian court, ruled on Monday.",
			not:       []string{fact("Lake Court", graph.PartOf, "Ghana")},
			companion: "The Lake Court, the African Union's top court, ruled on Monday.",
			want:      []string{fact("Lake Court", graph.PartOf, "African Union")}},
	})
}

// A company named before an appositive that calls it a state's enterprise
// is the state's.
func TestStateCompanyBeforeAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Voltaris, Ukraine's state nuclear operator, said the line was cut.",
			want: []string{fact("Voltaris", graph.PartOf, "Ukraine")}},
		{text: "Exports stopped after Petrosud, Sudan's state-owned oil company, shut the pipeline.",
			want: []string{fact("Petrosud", graph.PartOf, "Sudan")}},
		{text: "Gas flows resumed, Trans Kavkaz Gas, Georgia's state gas supplier, said.",
			want: []string{fact("Trans Kavkaz Gas", graph.PartOf, "Georgia")}},
	})
	checkNegatives(t, []negativeCase{
		// A title after "state" ("state minister") makes the name a
		// person's, not a company's.
		{text: "Lasha Kvirik, Georgia's state minister for reintegration, said talks would resume.",
			not:       []string{fact("Lasha Kvirik", graph.PartOf, "Georgia")},
			companion: "Kvirigaz, Georgia's state gas company, said talks would resume.",
			want:      []string{fact("Kvirigaz", graph.PartOf, "Georgia")}},
	})
}

// Members told by lists of every kind (memb21): a make-up mixing states and
// bodies, co-chairs in every order, a grouping that brings states
// together, troops contributed or serving, and allegiance pledged.
func TestMembersToldByLists(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The truce was signed by the Lake Contact Group, made up of Chile, Peru and the African Union.",
			want: []string{fact("Chile", graph.MemberOf, "Lake Contact Group"), fact("Peru", graph.MemberOf, "Lake Contact Group"),
				fact("African Union", graph.MemberOf, "Lake Contact Group")}},
		{text: "The Andes Group, which is co-chaired by Chile, Peru and Norway, met again.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Peru", graph.MemberOf, "Andes Group"), fact("Norway", graph.MemberOf, "Andes Group")}},
		{text: "The Andes Group is led jointly by Chile and Peru.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Peru", graph.MemberOf, "Andes Group")}},
		{text: "The Andes Group co-chairs Chile, Peru and Norway urged restraint.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Norway", graph.MemberOf, "Andes Group")}},
		{text: "Chile and Peru, which co-chair the Arab League, urged restraint.",
			want: []string{fact("Chile", graph.MemberOf, "Arab League"), fact("Peru", graph.MemberOf, "Arab League")}},
		{text: "Tomas Ferro leads the Pacific Shield, a naval coalition bringing together Chile, Peru and Norway.",
			want: []string{fact("Chile", graph.MemberOf, "Pacific Shield"), fact("Norway", graph.MemberOf, "Pacific Shield")}},
		{text: "Tomas Ferro leads the Andes Alliance, the regional bloc that includes Chile and Peru.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Alliance"), fact("Peru", graph.MemberOf, "Andes Alliance")}},
		{text: "Chile and Peru, which both contribute troops to the African Union Mission, called for calm.",
			want: []string{fact("Chile", graph.MemberOf, "African Union Mission"), fact("Peru", graph.MemberOf, "African Union Mission")}},
		{text: "Chilean soldiers serving with the African Union Mission were ambushed.",
			want: []string{fact("Chile", graph.MemberOf, "African Union Mission")}},
		{text: "The Condor Brigade has since pledged allegiance to the Islamic State.",
			want: []string{fact("Condor Brigade", graph.MemberOf, "Islamic State")}},
		{text: "The Condor Brigade swore loyalty to the Islamic State in 2019.",
			want: []string{fact("Condor Brigade", graph.MemberOf, "Islamic State")}},
	})
	checkNegatives(t, []negativeCase{
		// A body that brings two sides to talks has them as guests, not
		// as members: only a grouping's noun makes them members.
		{text: "The African Union brought together Chile and Peru in Lima.",
			not:       []string{fact("Chile", graph.MemberOf, "African Union")},
			companion: "Tomas Ferro leads the Pacific Shield, a naval coalition bringing together Chile and Peru.",
			want:      []string{fact("Chile", graph.MemberOf, "Pacific Shield")}},
		// Troops sent to a country make no member of it.
		{text: "Chile and Peru, which both contribute troops to Bolivia, called for calm.",
			not:       []string{fact("Chile", graph.MemberOf, "Bolivia")},
			companion: "Chile and Peru, which both contribute troops to the African Union Mission, called for calm.",
			want:      []string{fact("Chile", graph.MemberOf, "African Union Mission")}},
		// A state's pledge to a person is no membership.
		{text: "The Condor Brigade pledged allegiance to Tomas Ferro.",
			not:       []string{fact("Condor Brigade", graph.MemberOf, "Tomas Ferro")},
			companion: "The Condor Brigade pledged allegiance to the Islamic State.",
			want:      []string{fact("Condor Brigade", graph.MemberOf, "Islamic State")}},
	})
}

// A faction of an umbrella is its member, in a relative clause after the
// faction's noun or as "one of" the umbrella's factions; a wing stays a
// part (memb21).
func TestFactionMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Dara Osei, the leader of the Lake Movement faction that is part of the Joint Front, accused the army.",
			want: []string{fact("Lake Movement", graph.MemberOf, "Joint Front")}},
		{text: "The Kestrel Brigade, a group which is part of the Joint Front, denied it.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		{text: "Hadi Saleh heads the Kestrel Brigade, one of the largest factions of the Joint Front.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		{text: "The Kestrel Brigade, one of the Joint Front's biggest factions, denied it.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a faction's noun, "which is part of" names a part.
		{text: "The Kestrel Brigade, which is part of the Joint Front, denied it.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")},
			companion: "The Kestrel Brigade, a group which is part of the Joint Front, denied it.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
	})
}

// A state's force or organ named with the state's own name first and a
// word of its service, or the people it is made of, is the state's
// (memb21); a force named for fighting it is not.
func TestOwnerNamedForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Chile People's Defence Forces attacked the camp.",
			want: []string{fact("Chile People's Defence Forces", graph.PartOf, "Chile")}},
		{text: "The Peru Armed Defence Forces attacked the camp.",
			want: []string{fact("Peru Armed Defence Forces", graph.PartOf, "Peru")}},
		{text: "The decision came after a meeting of the Chile Council of Ministers in Santiago.",
			want: []string{fact("Chile Council of Ministers", graph.PartOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Chile Liberation Army attacked the camp.",
			not:       []string{fact("Chile Liberation Army", graph.PartOf, "Chile")},
			companion: "The Chile Border Security Force attacked the camp.",
			want:      []string{fact("Chile Border Security Force", graph.PartOf, "Chile")}},
		{text: "The Chile Patriotic Forces attacked the camp.",
			not:       []string{fact("Chile Patriotic Forces", graph.PartOf, "Chile")},
			companion: "The Chile Maritime Police Force attacked the camp.",
			want:      []string{fact("Chile Maritime Police Force", graph.PartOf, "Chile")}},
	})
}

// A body's unit named after the body's possessive without a word of its
// standing, with its number, or already named by discovery (memb21).
func TestUnitsAfterBodyPossessive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Karl Lind, the deputy chief of the Arctic Union's Special Monitoring Mission to Ruritania, said the observers were denied access.",
			want: []string{fact("Special Monitoring Mission", graph.PartOf, "Arctic Union")}},
		{text: "Bahrain hosts the Arctic Union's Fifth Fleet.",
			want: []string{fact("Fifth Fleet", graph.PartOf, "Arctic Union")}},
		{text: "The patrols will be run under the Combined Maritime Forces and its Task Force 153, which covers the Red Sea.",
			want: []string{fact("Task Force 153", graph.PartOf, "Combined Maritime Forces")}},
		{text: "The Vardo Front's Kestrel Brigade attacked the town.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Vardo Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A state's possessive may name a proxy, not a unit.
		{text: "Chile's Kestrel Brigade attacked the town.",
			not:       []string{fact("Kestrel Brigade", graph.PartOf, "Chile")},
			companion: "The Vardo Front's Kestrel Brigade attacked the town.",
			want:      []string{fact("Kestrel Brigade", graph.PartOf, "Vardo Front")}},
		// A title after the possessive is an office, no unit.
		{text: "The Arctic Union's Secretary General Karl Lind spoke.",
			not:       []string{fact("Secretary General", graph.PartOf, "Arctic Union")},
			companion: "Bahrain hosts the Arctic Union's Fifth Fleet.",
			want:      []string{fact("Fifth Fleet", graph.PartOf, "Arctic Union")}},
	})
}

// Members named in apposition after "the co-chairs of", "the members of" or
// "the founders of" a body (memb21).
func TestMembersSetOff(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The co-chairs of the Andes Group, Chile, Peru and Norway, have mediated the conflict since 1992.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Peru", graph.MemberOf, "Andes Group"), fact("Norway", graph.MemberOf, "Andes Group")}},
		{text: "The founders of the Andes Group, Chile and Peru, met in Lima.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Peru", graph.MemberOf, "Andes Group")}},
	})
	checkNegatives(t, []negativeCase{
		// A list that runs on into the clause is its subject, not the
		// body's members set off.
		{text: "The members of the Andes Group, Chile and Peru have met in Lima.",
			not:       []string{fact("Chile", graph.MemberOf, "Andes Group")},
			companion: "The members of the Andes Group, Chile and Peru, have met in Lima.",
			want:      []string{fact("Chile", graph.MemberOf, "Andes Group")}},
	})
}

// Members in a relative clause after "of which", and people set off by a
// noun of membership with the words that qualify it (memb21).
func TestMembersOfWhichAndLawmakers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo quit the Coastal Union, of which Chile and Peru are also members.",
			want: []string{fact("Chile", graph.MemberOf, "Coastal Union"), fact("Peru", graph.MemberOf, "Coastal Union")}},
		{text: "Dara Osei, a centrist lawmaker from the Lake Party, voted against the bill.",
			want: []string{fact("Dara Osei", graph.MemberOf, "Lake Party")}},
		{text: "Dara Osei, a hardline member of the Kestrel Front, arrived in Lome.",
			want: []string{fact("Dara Osei", graph.MemberOf, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Speaking with a member is no membership.
		{text: "Dara Osei, speaking with a lawmaker from the Lake Party, voted against the bill.",
			not:       []string{fact("Dara Osei", graph.MemberOf, "Lake Party")},
			companion: "Dara Osei, a centrist lawmaker from the Lake Party, voted against the bill.",
			want:      []string{fact("Dara Osei", graph.MemberOf, "Lake Party")}},
		// A state that hosts a body is not its member.
		{text: "The Coastal Union, of which Ghana is the host, met in Accra.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union, of which Ghana is a founding member, met in Accra.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}

// Members told by a grouping's description before "co-chaired by", and
// states given the name of the grouping they form (memb22).
func TestMembersByDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The clashes were the hardest test yet for the Andes Group, the mediation format co-chaired by Chile, Peru and Norway.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Peru", graph.MemberOf, "Andes Group"), fact("Norway", graph.MemberOf, "Andes Group")}},
		{text: "Lima welcomed the Kivu Forum, a regional body jointly led by Ghana and Togo.",
			want: []string{fact("Ghana", graph.MemberOf, "Kivu Forum"), fact("Togo", graph.MemberOf, "Kivu Forum")}},
		{text: "Chile, Peru and Bolivia, known as the Andes Group, issued a joint statement.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Group"), fact("Bolivia", graph.MemberOf, "Andes Group")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks a body hosts are no membership of those who attend them.
		{text: "The Andes Group hosted talks chaired by Chile and Peru.",
			not:       []string{fact("Chile", graph.MemberOf, "Andes Group")},
			companion: "Lima praised the Andes Group, the contact group co-chaired by Chile and Peru.",
			want:      []string{fact("Chile", graph.MemberOf, "Andes Group")}},
		// A state known for something is no member of a body.
		{text: "Chile, known for its mediation, urged the Andes Group to act.",
			not:       []string{fact("Chile", graph.MemberOf, "Andes Group")},
			companion: "Chile and Peru, known as the Andes Group, urged calm.",
			want:      []string{fact("Chile", graph.MemberOf, "Andes Group")}},
	})
}

// States and bodies set off as members, and bodies set off as one of an
// umbrella's factions, read from the mentions (memb22).
func TestMembersInApposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, a member of the Andes Pact, condemned the attack.",
			want: []string{fact("Peru", graph.MemberOf, "Andes Pact")}},
		{text: "Chile and Peru, both members of the Andes Pact, condemned the attack.",
			want: []string{fact("Chile", graph.MemberOf, "Andes Pact"), fact("Peru", graph.MemberOf, "Andes Pact")}},
		{text: "Bolivia, a member of the Chilean-led coalition, condemned the attack.",
			want: []string{fact("Bolivia", graph.MemberOf, "Chilean-led coalition")}},
		// The body last named by the noun before "member".
		{text: "The Chilean-led coalition struck the port. The rebels then fired on Bolivia and Peru, a coalition member.",
			want: []string{fact("Peru", graph.MemberOf, "Chilean-led coalition")}},
		{text: "Ana Ruiz, a security official of the Kestrel Brigade, one of the most powerful pro-Lotvar factions of the Joint Front, denied any role.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front"), fact("Ana Ruiz", graph.MemberOf, "Kestrel Brigade")}},
		{text: "The Joint Front, an alliance of militias, took the town. Ana Ruiz, who heads the Kestrel Brigade, one of the alliance's biggest factions, arrived.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A singular member is the last of the list only.
		{text: "The Chilean-led coalition struck the port. The rebels then fired on Bolivia and Peru, a coalition member.",
			not:       []string{fact("Bolivia", graph.MemberOf, "Chilean-led coalition")},
			companion: "The Chilean-led coalition struck the port. The rebels then fired on Bolivia and Peru, both coalition members.",
			want:      []string{fact("Bolivia", graph.MemberOf, "Chilean-led coalition")}},
		// A member of a body's delegation is no member of the body.
		{text: "Peru, a member of the Andes Pact delegation, spoke first.",
			not:       []string{fact("Peru", graph.MemberOf, "Andes Pact")},
			companion: "Peru, a member of the Andes Pact, spoke first.",
			want:      []string{fact("Peru", graph.MemberOf, "Andes Pact")}},
		// One of the factions fighting a body is none of its own.
		{text: "The Kestrel Brigade, one of the factions fighting the Joint Front, took the town.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")},
			companion: "The Kestrel Brigade, one of the factions of the Joint Front, took the town.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		// A security official who talks to a body is none of its.
		{text: "Ana Ruiz, a security official speaking with the Kestrel Front, denied any role.",
			not:       []string{fact("Ana Ruiz", graph.MemberOf, "Kestrel Front")},
			companion: "Ana Ruiz, a security official of the Kestrel Front, denied any role.",
			want:      []string{fact("Ana Ruiz", graph.MemberOf, "Kestrel Front")}},
	})
}

// A person who represents a state or body at talks is its member
// (memb22).
func TestMembersWhoRepresent(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lotvar delegation was headed by Colonel Ivo Renn, who also represented the Kestrel Front.",
			want: []string{fact("Ivo Renn", graph.MemberOf, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Meeting a body's representatives is no membership of it.
		{text: "The Lotvar delegation was headed by Colonel Ivo Renn, who also met representatives of the Kestrel Front.",
			not:       []string{fact("Ivo Renn", graph.MemberOf, "Kestrel Front")},
			companion: "The Lotvar delegation was headed by Colonel Ivo Renn, who also represented the Kestrel Front.",
			want:      []string{fact("Ivo Renn", graph.MemberOf, "Kestrel Front")}},
	})
}

// The group at the head of an alliance is one of its parts (memb22).
func TestAllianceLedByGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lima armed the Lake Forces, an alliance led by the Kestrel Brigade, against the jihadists.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Lake Forces")}},
		{text: "The Lake Forces, which are dominated by the Kestrel Brigade, said the raids hit villages.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Lake Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// A state leading a coalition heads it; it is no part of it.
		{text: "The Andes Coalition, which is led by Chile, said the raids hit villages.",
			not:       []string{fact("Chile", graph.PartOf, "Andes Coalition")},
			companion: "The Lake Forces, which are dominated by the Kestrel Brigade, said the raids hit villages.",
			want:      []string{fact("Kestrel Brigade", graph.PartOf, "Lake Forces")}},
		// An alliance that fights a group is not led by it.
		{text: "The Lake Forces, an alliance fought by the Kestrel Brigade, lost the town.",
			not:       []string{fact("Kestrel Brigade", graph.PartOf, "Lake Forces")},
			companion: "The Lake Forces, an alliance led by the Kestrel Brigade, lost the town.",
			want:      []string{fact("Kestrel Brigade", graph.PartOf, "Lake Forces")}},
	})
}

// A body named by a place after its parent's name is the parent's part
// (memb22; the place-named body is read in items.go).
func TestPlaceNamedBodyOfParent(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The OSCE Lima Group met in Vienna.",
			want: []string{fact("Lima Group", graph.PartOf, "OSCE")}},
	})
	checkNegatives(t, []negativeCase{
		// Without its parent's name the group belongs to no one, and
		// never to the capital's state.
		{text: "The Lima Group met in Vienna.",
			not:       []string{fact("Lima Group", graph.PartOf, "Peru")},
			companion: "The OSCE Lima Group met in Vienna.",
			want:      []string{fact("Lima Group", graph.PartOf, "OSCE")}},
	})
}

// A faction named in any order as one of an umbrella's: set off with "a"
// or "among", or after a copula (memb22).
func TestFactionsInEveryOrder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Joint Front took Korvo. The Kestrel Brigade, a faction of the Joint Front, denied it.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		{text: "The Joint Front took Korvo. The Kestrel Brigade, a powerful militia within the Joint Front, denied it.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		{text: "The Joint Front took Korvo. The Kestrel Brigade, among the factions of the Joint Front, denied it.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		{text: "The Joint Front took Korvo. The Kestrel Brigade is one of the main factions in the Joint Front.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Denied membership is none.
		{text: "The Joint Front took Korvo. The Kestrel Brigade is not one of the factions in the Joint Front.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")},
			companion: "The Joint Front took Korvo. The Kestrel Brigade is one of the factions in the Joint Front.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
		// A faction fighting the umbrella is none of its.
		{text: "The Joint Front took Korvo. The Kestrel Brigade, a faction fighting the Joint Front, denied it.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")},
			companion: "The Joint Front took Korvo. The Kestrel Brigade, a faction of the Joint Front, denied it.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Joint Front")}},
	})
}

// TestOrganOfItsOwner checks that a discovered organ whose name ends in a
// council's, board's or service's noun, "of" and its owner belongs to
// that owner (body23): "the Supreme Security Council of Ghana". A band's
// noun ("front") names no organ, and an owner that owns the next noun
// ("of Togo's unity government") owns no organ here.
func TestOrganOfItsOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Supreme Security Council of Ghana met on Tuesday to discuss the Coastal Union.",
			want: []string{fact("Supreme Security Council of Ghana", graph.PartOf, "Ghana")}},
		{text: "The National Intelligence Directorate of Peru accused the Andean Front of the bombing.",
			want: []string{fact("National Intelligence Directorate of Peru", graph.PartOf, "Peru"), fact("National Intelligence Directorate of Peru", graph.Opposes, "Andean Front")}},
		{text: "The Federal Border Guard of Togo clashed with the Coastal Union.",
			want: []string{fact("Federal Border Guard of Togo", graph.PartOf, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Popular Liberation Front of Togo attacked the Coastal Union.",
			not:       []string{fact("Popular Liberation Front of Togo", graph.PartOf, "Togo")},
			companion: "The Supreme Defence Council of Togo condemned the Coastal Union.",
			want:      []string{fact("Supreme Defence Council of Togo", graph.PartOf, "Togo")}},
		{text: "The Presidential Council of Togo's unity government met the Coastal Union.",
			not:       []string{fact("Presidential Council of Togo", graph.PartOf, "Togo")},
			companion: "The Presidential Council of Togo met the Coastal Union.",
			want:      []string{fact("Presidential Council of Togo", graph.PartOf, "Togo")}},
	})
}

// TestGluedOwner checks that a body belongs to the state or body glued
// before its name by a participle of running or affiliation, with at most
// a descriptor between (body23): "the Kestrel Front-affiliated Tarsh
// Brigade". A tie ("-linked"), a backing ("-backed") or a place run by
// someone is no such belonging.
func TestGluedOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hezbollah-affiliated Tarsh Brigade attacked the town of Vosk.",
			want: []string{fact("Tarsh Brigade", graph.PartOf, "Hezbollah")}},
		{text: "The blast was claimed by the al-Qaeda-affiliated group Tarsh Brigade.",
			want: []string{fact("Tarsh Brigade", graph.PartOf, "Al-Qaeda")}},
		{text: "Fighters of the Hamas-run Kestrel Brigade fired rockets at Israel.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Hezbollah-linked Tarsh Brigade attacked the town of Vosk.",
			not:       []string{fact("Tarsh Brigade", graph.PartOf, "Hezbollah")},
			companion: "The Hezbollah-affiliated Tarsh Brigade attacked the town of Vosk.",
			want:      []string{fact("Tarsh Brigade", graph.PartOf, "Hezbollah")}},
		{text: "The Iran-backed Tarsh Brigade attacked the town of Vosk.",
			not:       []string{fact("Tarsh Brigade", graph.PartOf, "Iran")},
			companion: "The Iran-backed Tarsh Brigade attacked the town of Vosk.",
			want:      []string{fact("Iran", graph.Supports, "Tarsh Brigade")}},
	})
}

// A state or body said to belong to a body by a verb of belonging, with
// the partners its clause names (belongingIn, and founders for "which
// forms ... with").
func TestBelonging(t *testing.T) {
	checkFacts(t, []factCase{
		// "joined B and C in the Union": all three are members.
		{text: "Kenya joined Uganda and Tanzania in the Eastern Lakes Alliance last year.",
			want: []string{fact("Kenya", graph.MemberOf, "Eastern Lakes Alliance"), fact("Uganda", graph.MemberOf, "Eastern Lakes Alliance"), fact("Tanzania", graph.MemberOf, "Eastern Lakes Alliance")}},
		{text: "Ghana has also joined Togo, its eastern neighbour, in the Coastal Democratic Union.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Democratic Union"), fact("Togo", graph.MemberOf, "Coastal Democratic Union")}},
		{text: "The Kestrel Brigade joined the Harbour Resistance Movement in the Kestrel Liberation Front after the talks failed.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Kestrel Liberation Front"), fact("Harbour Resistance Movement", graph.MemberOf, "Kestrel Liberation Front")}},
		// "is part of the Union (with B)": a state is a member.
		{text: "Chad is part of the Northern Defence Alliance with Niger and Cameroon.",
			want: []string{fact("Chad", graph.MemberOf, "Northern Defence Alliance"), fact("Niger", graph.MemberOf, "Northern Defence Alliance"), fact("Cameroon", graph.MemberOf, "Northern Defence Alliance")}},
		{text: "Peru, which is now part of the Coastal Democratic Union, sent observers.",
			want: []string{fact("Peru", graph.MemberOf, "Coastal Democratic Union")}},
		// "which forms the Union with B and C": one state founds it with
		// its partners.
		{text: "Chile, which forms the Northern Defence Alliance with Peru and Bolivia, closed its border.",
			want: []string{fact("Chile", graph.MemberOf, "Northern Defence Alliance"), fact("Peru", graph.MemberOf, "Northern Defence Alliance"), fact("Bolivia", graph.MemberOf, "Northern Defence Alliance")}},
		// "belongs to": a member of a grouping, a part of another body.
		{text: "The Kestrel Brigade belongs to the Northern Defence Alliance.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Northern Defence Alliance")}},
		{text: "The Kestrel Brigade, which belongs to the Kestrel Liberation Front, shelled the port.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Kestrel Liberation Front")}},
		{text: "The Kestrel Liberation Front, the coalition to which the Harbour Resistance Movement belongs, rejected the offer.",
			want: []string{fact("Harbour Resistance Movement", graph.MemberOf, "Kestrel Liberation Front")}},
		{text: "The Kestrel Liberation Front, the armed movement to which the Kestrel Brigade belongs, rejected the offer.",
			want: []string{fact("Kestrel Brigade", graph.PartOf, "Kestrel Liberation Front")}},
		{text: "Anna Vell, the head of the Eastern Lakes Alliance (ELA), the political platform to which the Harbour Resistance Movement belongs, rejected the offer.",
			want: []string{fact("Harbour Resistance Movement", graph.MemberOf, "Eastern Lakes Alliance"), fact("Anna Vell", graph.HeadOf, "Eastern Lakes Alliance")}},
	})
	checkNegatives(t, []negativeCase{
		// A body that only qualifies the noun after it is not joined
		// (review).
		{text: "Ghana joined Togo in the African Union summit on Monday.",
			not:       []string{fact("Ghana", graph.MemberOf, "African Union"), fact("Togo", graph.MemberOf, "African Union")},
			companion: "Ghana joined Togo in the African Union on Monday.",
			want:      []string{fact("Ghana", graph.MemberOf, "African Union"), fact("Togo", graph.MemberOf, "African Union")}},
		{text: "Russia joined China in the UN Security Council vote.",
			not:       []string{fact("Russia", graph.MemberOf, "UN Security Council")},
			companion: "Russia joined China in the UN Security Council.",
			want:      []string{fact("Russia", graph.MemberOf, "UN Security Council")}},
		// Joining partners in a deed or at a place names no body.
		{text: "Kenya joined Uganda in condemning the Eastern Lakes Alliance.",
			not:       []string{fact("Kenya", graph.MemberOf, "Eastern Lakes Alliance"), fact("Uganda", graph.MemberOf, "Eastern Lakes Alliance")},
			companion: "Kenya joined Uganda in the Eastern Lakes Alliance.",
			want:      []string{fact("Kenya", graph.MemberOf, "Eastern Lakes Alliance")}},
		{text: "Kenya joined Uganda in Kampala for talks.",
			not:       []string{fact("Kenya", graph.MemberOf, "Uganda")},
			companion: "Kenya joined Uganda in the Eastern Lakes Alliance.",
			want:      []string{fact("Uganda", graph.MemberOf, "Eastern Lakes Alliance")}},
		// A person is no member by these verbs.
		{text: "Anna Vell joined Uganda in the Eastern Lakes Alliance.",
			not:       []string{fact("Anna Vell", graph.MemberOf, "Eastern Lakes Alliance")},
			companion: "Kenya joined Uganda in the Eastern Lakes Alliance.",
			want:      []string{fact("Kenya", graph.MemberOf, "Eastern Lakes Alliance")}},
		// A place that belongs to a state is no member of it.
		{text: "The court ruled that Karabakh belongs to Azerbaijan.",
			not:       []string{fact("Karabakh", graph.MemberOf, "Azerbaijan"), fact("Karabakh", graph.PartOf, "Azerbaijan")},
			companion: "The Kestrel Brigade belongs to the Northern Defence Alliance.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Northern Defence Alliance")}},
		// A hedged or questioned belonging states nothing.
		{text: "Chad may soon be part of the Northern Defence Alliance.",
			not:       []string{fact("Chad", graph.MemberOf, "Northern Defence Alliance")},
			companion: "Chad is part of the Northern Defence Alliance.",
			want:      []string{fact("Chad", graph.MemberOf, "Northern Defence Alliance")}},
		{text: "Is Chad part of the Northern Defence Alliance?",
			not:       []string{fact("Chad", graph.MemberOf, "Northern Defence Alliance")},
			companion: "Chad is part of the Northern Defence Alliance.",
			want:      []string{fact("Chad", graph.MemberOf, "Northern Defence Alliance")}},
		// One state that forms a body with no partner named sponsors it.
		{text: "Chile, which formed the Northern Defence Alliance, closed its border.",
			not:       []string{fact("Chile", graph.MemberOf, "Northern Defence Alliance")},
			companion: "Chile, which formed the Northern Defence Alliance with Peru, closed its border.",
			want:      []string{fact("Chile", graph.MemberOf, "Northern Defence Alliance")}},
	})
}

// A body by its own name followed by "of" and its leader, as reports tell
// factions, parties and rival governments apart: the leader heads it,
// whatever rank, office or "former" describes him; a possessive, a longer
// name and a capitalised name going on after "of" are no leader.
func TestBodyOfItsLeader(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front of Gen. Tovan Amari rejected the deal.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
		{text: "Floods hit towns held by the Borduria Liberation Movement (BLM) of Field Marshal Tovan Amari.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Borduria Liberation Movement")}},
		{text: "Police detained supporters of the Ruritania Renewal Party of opposition leader Ana Brel on Sunday.",
			want: []string{fact("Ana Brel", graph.HeadOf, "Ruritania Renewal Party")}},
		{text: "The holdouts include the Borduria Front of former army chief Gen. Tovan Amari and two smaller groups.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
		{text: "Kenya hosted envoys of the Borduria Front of rebel leader Tovan Amari in Nairobi.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A possessive names someone else.
		{text: "The Borduria Front of Gen. Tovan Amari's son rejected the deal.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front of Gen. Tovan Amari rejected the deal.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
		// A capitalised word after "of" that is no rank, office or name
		// goes on with another name.
		{text: "Talks with the Borduria Front and Assembly of Representatives Speaker Ana Brel ended on Monday.",
			not:       []string{fact("Ana Brel", graph.HeadOf, "Borduria Front")},
			companion: "Talks with the Borduria Front of Speaker Ana Brel ended on Monday.",
			want:      []string{fact("Ana Brel", graph.HeadOf, "Borduria Front")}},
		// A doubted sentence states nothing.
		{text: "The Borduria Front of Gen. Tovan Amari reportedly rejected the deal.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front of Gen. Tovan Amari rejected the deal.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
		// A verb between "of" and the name: no leader.
		{text: "The Borduria Front of which Gen. Tovan Amari spoke rejected the deal.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front of Gen. Tovan Amari rejected the deal.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Borduria Front")}},
	})
}

// TestAffiliationAppositives checks that a group described in apposition
// as another's faction, affiliate, branch, wing or offshoot is part of it,
// in either order, when a relative clause, a participle or a place
// follows the noun, after the name's short form in brackets, and after a
// possessive with no article; a rival, a former faction or a noun
// continuing the phrase gives no part.
func TestAffiliationAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Police blamed the Zenda Brigades, the Borduria Front faction once led by Omar Kessel, for the raid.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "Police blamed the Zenda Brigades (ZB), the Borduria Front faction now led by Omar Kessel, for the raid.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Zenda Brigades, the Borduria Front affiliate that has fought the army for years, claimed the raid.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Kessel Movement, the Vardo Union offshoot formed in 2019, denied it.",
			want: []string{fact("Kessel Movement", graph.PartOf, "Vardo Union")}},
		{text: "The Kessel Movement, the Vardo Union franchise based in the hills, denied it.",
			want: []string{fact("Kessel Movement", graph.PartOf, "Vardo Union")}},
		{text: "Villagers fled the Kessel Movement, the Vardo Union branch operating near the lake.",
			want: []string{fact("Kessel Movement", graph.PartOf, "Vardo Union")}},
		{text: "The Zenda Brigades, an offshoot of the Borduria Front, attacked a post.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The raid was blamed on the Tolna Guard, a franchise of the Vardo Union.",
			want: []string{fact("Tolna Guard", graph.PartOf, "Vardo Union")}},
		{text: "Hamas's military wing, the Zenda Brigades, said it fired rockets.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Hamas")}},
		{text: "Officials said Hezbollah's armed wing, the Tolna Guard, had withdrawn.",
			want: []string{fact("Tolna Guard", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// A rival described in apposition is no part.
		{text: "The Zenda Brigades, the Borduria Front's main rival in the north, claimed the raid.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, the Borduria Front's main faction in the north, claimed the raid.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		// A former faction is no part now.
		{text: "The Zenda Brigades, a former Borduria Front faction, claimed the raid.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, the Borduria Front faction, claimed the raid.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		// A noun after the organ's noun continues the phrase: the
		// faction's leader is a person's description, not the body's.
		{text: "The Zenda Brigades, the Borduria Front faction leaders' bodyguards, fled.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, the Borduria Front faction that guards the leaders, fled.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		// Fighting alongside is no part.
		{text: "The Zenda Brigades, fighting alongside the Borduria Front, took the town.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, an offshoot of the Borduria Front, took the town.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
	})
}

// TestUnitHeadsMembers checks that the head of a body's unit named only by
// the body's possessive and words in lower case is a member of the body,
// and that the head of a standing organ (bureau, office, wing) or of a
// state's unit is not made one.
func TestUnitHeadsMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Kessel, the commander of the Borduria Front's western operations room, said the town fell.",
			want: []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")}},
		{text: "Ana Lotvar, who chairs the Vardo Movement's national committee for foreign relations, flew to Lome.",
			want: []string{fact("Ana Lotvar", graph.MemberOf, "Vardo Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Omar Kessel, the leader of the Borduria Front's political bureau, said the talks stalled.",
			not:       []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")},
			companion: "Omar Kessel, the leader of the Borduria Front's northern operations room, said the talks stalled.",
			want:      []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")}},
		{text: "Omar Kessel, who heads the Borduria Front's media office, denied the claim.",
			not:       []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")},
			companion: "Omar Kessel, who heads the Borduria Front's media committee, denied the claim.",
			want:      []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")}},
		{text: "Omar Kessel, the commander of the Borduria Front's armed wing, said the town fell.",
			not:       []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")},
			companion: "Omar Kessel, the commander of the Borduria Front's western operations room, said the town fell.",
			want:      []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")}},
		// A state's unit: its head serves the state, no member.
		{text: "Omar Kessel, the commander of Chad's western operations room, said the town fell.",
			not:       []string{fact("Omar Kessel", graph.MemberOf, "Chad")},
			companion: "Omar Kessel, the commander of the Borduria Front's western operations room, said the town fell.",
			want:      []string{fact("Omar Kessel", graph.MemberOf, "Borduria Front")}},
	})
}

// TestBodyIncludesStates checks that a body whose main clause, or the
// relative clause on the noun describing it, says it includes, groups or
// unites states (or their soldiers) has them as members, also past a
// remark of where it is; a negation, a modal, another noun as subject or
// another verb gives none.
func TestBodyIncludesStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Troops serve under the Lake Force, the regional force that also includes Ghana, Chad and Benin.",
			want: []string{fact("Benin", graph.MemberOf, "Lake Force"), fact("Chad", graph.MemberOf, "Lake Force")}},
		{text: "The Lake Force, headquartered in Lome, groups soldiers from Ghana, Chad and Benin.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Force"), fact("Benin", graph.MemberOf, "Lake Force")}},
		{text: "The Coastal Union now comprises Ghana and Togo.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Lake Force, based at Kano airport, unites troops from Niger and Chad.",
			want: []string{fact("Niger", graph.MemberOf, "Lake Force"), fact("Chad", graph.MemberOf, "Lake Force")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lake Force does not include Ghana.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Force")},
			companion: "The Lake Force includes Ghana.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Force")}},
		{text: "The Lake Force could include Ghana and Benin.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Force")},
			companion: "The Lake Force includes Ghana and Benin.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Force")}},
		{text: "The Lake Force's mandate includes Ghana and Benin.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Force")},
			companion: "The Lake Force includes Ghana and Benin.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Force")}},
		{text: "Troops serve under the Lake Force, the regional force that also fights Ghana.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Force")},
			companion: "Troops serve under the Lake Force, the regional force that also includes Ghana.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Force")}},
	})
}

// TestOfficePlaceAfterBodyTitle checks that where an office named after
// its body is held ("a Hamas commander in the north") leaves the office
// the body's, as after "of" the body; a former office gives no member.
func TestOfficePlaceAfterBodyTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Kessel, a Hamas commander in the north, was killed.",
			want: []string{fact("Omar Kessel", graph.MemberOf, "Hamas")}},
		{text: "Omar Kessel, a Hamas commander in Khan Younis, was killed.",
			want: []string{fact("Omar Kessel", graph.MemberOf, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Omar Kessel, a former Hamas commander in the north, was killed.",
			not:       []string{fact("Omar Kessel", graph.MemberOf, "Hamas")},
			companion: "Omar Kessel, a Hamas commander in the north, was killed.",
			want:      []string{fact("Omar Kessel", graph.MemberOf, "Hamas")}},
	})
}

// TestGluedOwnerCommonBody checks that a body every state has, glued to
// a body that is no state by an owning participle ("-run", "-affiliated"),
// is the owner's part, named with its owner as the text writes it, in
// capitals or not, and that an office's appositive reads it; a backing or
// a tie ("-backed", "-linked") makes no such body, and a state so glued
// leaves the body to the state's own reading.
func TestGluedOwnerCommonBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hezbollah-run health ministry said 14 people were killed in the strike on Vosk.",
			want: []string{fact("Hezbollah-run health ministry", graph.PartOf, "Hezbollah")}},
		{text: "According to the Hamas-run Health Ministry, the strikes killed 40 people.",
			want: []string{fact("Hamas-run Health Ministry", graph.PartOf, "Hamas")}},
		{text: "The Kestrel Front-run justice ministry sentenced the two pilots to death.",
			want: []string{fact("Kestrel Front-run justice ministry", graph.PartOf, "Kestrel Front")}},
		{text: "The Hamas-run police force arrested the gunmen near Vosk.",
			want: []string{fact("Hamas-run police force", graph.PartOf, "Hamas")}},
		{text: "Tarik Vell, a spokesman for the Hezbollah-run health ministry, said 12 people were killed.",
			want: []string{fact("Hezbollah-run health ministry", graph.PartOf, "Hezbollah"), fact("Tarik Vell", graph.SpokespersonOf, "Hezbollah-run health ministry")}},
		{text: "Tarik Vell, a spokesman for the Hamas-run Interior Ministry, said the police had arrested two men.",
			want: []string{fact("Tarik Vell", graph.SpokespersonOf, "Hamas-run Interior Ministry")}},
		// A body with a name of its own keeps it (gluedOwners).
		{text: "Tarik Vell, a spokesman for the Hamas-run Kestrel Bureau, said the police had arrested two men.",
			want: []string{fact("Kestrel Bureau", graph.PartOf, "Hamas"), fact("Tarik Vell", graph.SpokespersonOf, "Kestrel Bureau")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Iran-backed health ministry said 14 people were killed.",
			not:       []string{fact("Iran-backed health ministry", graph.PartOf, "Iran")},
			companion: "The Hezbollah-run health ministry said 14 people were killed.",
			want:      []string{fact("Hezbollah-run health ministry", graph.PartOf, "Hezbollah")}},
		{text: "The Hamas-linked health ministry said 14 people were killed.",
			not:       []string{fact("Hamas-linked health ministry", graph.PartOf, "Hamas")},
			companion: "The Hamas-run health ministry said 14 people were killed.",
			want:      []string{fact("Hamas-run health ministry", graph.PartOf, "Hamas")}},
		{text: "The Ruritania-run health ministry said 14 people were killed.",
			not:       []string{fact("Ruritania-run health ministry", graph.PartOf, "Ruritania")},
			companion: "The Hamas-run health ministry said 14 people were killed.",
			want:      []string{fact("Hamas-run health ministry", graph.PartOf, "Hamas")}},
		{text: "The Hamas-run Health Ministry Vantar Clinic said 14 people were killed.",
			not:       []string{fact("Hamas-run Health Ministry", graph.PartOf, "Hamas")},
			companion: "The Hamas-run Health Ministry said 14 people were killed.",
			want:      []string{fact("Hamas-run Health Ministry", graph.PartOf, "Hamas")}},
	})
}

// TestRivalOffshootIsNoPart checks that a body described by a noun of
// rivalry after the other's possessive broke away from it: "the Front and
// its rival offshoot, X" (X is no part of the Front), in each reading of
// the construction (the pattern, the possessed body, the organ
// appositive).
func TestRivalOffshootIsNoPart(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Togo is battling the Kestrel Front and its rival offshoot, the Osprey Movement, in the north.",
			not:       []string{fact("Osprey Movement", graph.PartOf, "Kestrel Front")},
			companion: "Togo is battling the Kestrel Front and its armed wing, the Osprey Brigades, in the north.",
			want:      []string{fact("Osprey Brigades", graph.PartOf, "Kestrel Front")}},
		{text: "The Kestrel Front lost ground to its rival offshoot, the Osprey Movement.",
			not:       []string{fact("Osprey Movement", graph.PartOf, "Kestrel Front")},
			companion: "The Kestrel Front sent its armed wing, the Osprey Brigades, to the border.",
			want:      []string{fact("Osprey Brigades", graph.PartOf, "Kestrel Front")}},
	})
}

// A body set off by the clause that states its make-up: each name listed
// is its member (compositions).
func TestCompositions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Troops of the Lake Joint Force (LJF), made up of contingents from Ghana, Togo, Benin and Niger, have attacked the group there.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Joint Force"), fact("Togo", graph.MemberOf, "Lake Joint Force"),
				fact("Benin", graph.MemberOf, "Lake Joint Force"), fact("Niger", graph.MemberOf, "Lake Joint Force")}},
		{text: "The Pentagon blamed the Borduria Front, an umbrella of Syldavia-backed militias that includes the Zenda Brigades and the Kronen Army.",
			want: []string{fact("Zenda Brigades", graph.MemberOf, "Borduria Front"), fact("Kronen Army", graph.MemberOf, "Borduria Front")}},
		{text: "Ministers of the Lake Contact Group, which includes Ghana, Togo and Benin as well as the Coastal Union, met in Accra.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Contact Group"), fact("Benin", graph.MemberOf, "Lake Contact Group"),
				fact("Coastal Union", graph.MemberOf, "Lake Contact Group")}},
		{text: "The Borduria Front, whose members include the Zenda Brigades and the Kronen Army, attacked the town.",
			want: []string{fact("Kronen Army", graph.MemberOf, "Borduria Front")}},
		{text: "The Tarn Joint Force, composed of soldiers from Ghana and Togo, patrols the lake.",
			want: []string{fact("Ghana", graph.MemberOf, "Tarn Joint Force"), fact("Togo", graph.MemberOf, "Tarn Joint Force")}},
		{text: "The Tarn Joint Force, which is made up of units of Ghana and Togo, patrols the lake.",
			want: []string{fact("Ghana", graph.MemberOf, "Tarn Joint Force"), fact("Togo", graph.MemberOf, "Tarn Joint Force")}},
		{text: "Rebels denounced the Kivu Support Group, bringing together Ghana and Togo, as a sham.",
			want: []string{fact("Ghana", graph.MemberOf, "Kivu Support Group")}},
	})
	checkNegatives(t, []negativeCase{
		// The list must end the clause: who was brought to the table is
		// no member.
		{text: "The Lake Contact Group, which brought Ghana and Togo to the table, met in Accra.",
			not:       []string{fact("Ghana", graph.MemberOf, "Lake Contact Group")},
			companion: "The Lake Contact Group, which brings together Ghana and Togo, met in Accra.",
			want:      []string{fact("Ghana", graph.MemberOf, "Lake Contact Group")}},
		// A state includes regions, not members.
		{text: "Ghana, which includes the Volta Region, met Togo in Accra.",
			not:       []string{fact("Volta Region", graph.MemberOf, "Ghana")},
			companion: "The Coastal Union, which includes Togo, met in Accra.",
			want:      []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
		// Troops from a state make it a member of a force or mission
		// only; an armed group "made up of soldiers from" a state is none
		// of the state's.
		{text: "The Borduria Front, which includes soldiers from the Coastal Union, attacked the town.",
			not:       []string{fact("Coastal Union", graph.MemberOf, "Borduria Front")},
			companion: "The Tarn Joint Force, which includes soldiers from the Coastal Union, patrols the lake.",
			want:      []string{fact("Coastal Union", graph.MemberOf, "Tarn Joint Force")}},
		{text: "The Borduria Front, which includes soldiers from the Coastal Union, attacked the town.",
			not:       []string{fact("Coastal Union", graph.MemberOf, "Borduria Front")},
			companion: "The Borduria Front, which includes contingents from the Coastal Union, attacked the town.",
			want:      []string{fact("Coastal Union", graph.MemberOf, "Borduria Front")}},
		// A make-up in the past is history, no current membership.
		{text: "The Coastal Union, which included Ghana and Togo, met in Accra.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union, which includes Ghana and Togo, met in Accra.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union, which united the Kestrel Brigade and the Tarsh Army, met in Accra.",
			not:       []string{fact("Tarsh Army", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union, which unites the Kestrel Brigade and the Tarsh Army, met in Accra.",
			want:      []string{fact("Tarsh Army", graph.MemberOf, "Coastal Union")}},
		// A denied or doubted make-up is none.
		{text: "The Coastal Union, which reportedly includes Togo, met in Accra.",
			not:       []string{fact("Togo", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union, which also includes Togo, met in Accra.",
			want:      []string{fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
}

// "A, which is affiliated to (or with) B": A belongs to B; after a
// relative and a verb in the singular only the last name of a list does.
func TestAffiliatedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Zenda Brigades, which is affiliated to the Borduria Front, attacked the town.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Zenda Brigades is closely affiliated with the Borduria Front.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Kronen Army and the Zenda Brigades, which are both affiliated to the Borduria Front, raided the town.",
			want: []string{fact("Kronen Army", graph.PartOf, "Borduria Front"), fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The town is raided by the Kronen Army and by the Zenda Brigades, which is affiliated to the Borduria Front.",
			not:       []string{fact("Kronen Army", graph.PartOf, "Borduria Front")},
			companion: "The town is raided by the Kronen Army and by the Zenda Brigades, which is affiliated to the Borduria Front.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Zenda Brigades is not affiliated with the Borduria Front.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades is affiliated with the Borduria Front.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "Officials affiliated with the Borduria Front attacked the town.",
			not:       []string{fact("Officials", graph.MemberOf, "Borduria Front")},
			companion: "The Zenda Brigades, which is affiliated with the Borduria Front, attacked the town.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
	})
}

// A list's participle after "all" or "each" is set off like one after
// "both", so that the list founds the body.
func TestFoundersAllParticiple(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin, all ruled by military officers, formed the Coastal Union in 2021.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}},
		{text: "Ghana and Togo, each governed by civilians, set up the Lake Union.",
			want: []string{fact("Ghana", graph.MemberOf, "Lake Union"), fact("Togo", graph.MemberOf, "Lake Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana, Togo and Benin, all ruled by military officers, plan to form the Coastal Union.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "Ghana, Togo and Benin, all ruled by military officers, formed the Coastal Union.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}

// A name glued to a participle before another name ("the Togo-backed
// Kestrel Front") qualifies it: the second name fills the pattern's object
// slot, and the first none but the participle's own.
func TestGluedQualifierObject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Brigade, the main component of the Togo-backed Kestrel Front, attacked the town.",
			want: []string{fact("Hill Brigade", graph.PartOf, "Kestrel Front"), fact("Togo", graph.Supports, "Kestrel Front")}},
		{text: "Ghana attacked the Togo-backed Kestrel Front.",
			want: []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
		{text: "Ghana attacked the Togolese-backed Kestrel Front.",
			want: []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
		{text: "The Hill Brigade, the armed wing of the Togo-allied Kestrel Front, held the pass.",
			want: []string{fact("Hill Brigade", graph.PartOf, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana attacked Togo-backed militias.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana attacked the Togo-backed Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
		{text: "The Hill Brigade, the main component of the Togo-backed Kestrel Front, attacked the town.",
			not:       []string{fact("Hill Brigade", graph.PartOf, "Togo")},
			companion: "The Hill Brigade, the main component of the Kestrel Front, attacked the town.",
			want:      []string{fact("Hill Brigade", graph.PartOf, "Kestrel Front")}},
	})
}

// A part or a membership stated by a noun phrase alone is not the clause
// verb's: a modal, a negation or a doubt of the clause outside it leaves it
// standing (nominalStructure); one inside it does not.
func TestNominalStructureOutsideHedge(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana will pause the operation so that the Borduria Front's Syldavian wing, the Zenda Brigades, withdraws.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "Ghana said it would not stop until it had cleared the valley of the Borduria Front's Syldavian offshoot, the Zenda Brigades.",
			want: []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "Togo may soon strike the Hill Brigade, the backbone of the Kestrel Front.",
			want: []string{fact("Hill Brigade", graph.PartOf, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Zenda Brigades may become part of the Borduria Front.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "Ghana may strike the Borduria Front's Syldavian wing, the Zenda Brigades.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Zenda Brigades is not the armed wing of the Borduria Front.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, the armed wing of the Borduria Front, attacked.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Zenda Brigades, allegedly the armed wing of the Borduria Front, attacked.",
			not:       []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Zenda Brigades, the armed wing of the Borduria Front, attacked.",
			want:      []string{fact("Zenda Brigades", graph.PartOf, "Borduria Front")}},
	})
}

// A body's main force, or the leading component a body's "whose" names,
// is its part; a force merely of a body's making is not.
func TestMainForceAndLeadingComponent(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Karsa Brigade, the main fighting force of the Hill Front, holds the pass.",
			want: []string{fact("Karsa Brigade", graph.PartOf, "Hill Front")}},
		{text: "Togo shelled the Karsa Brigade, the leading force of the Togo-backed Hill Front.",
			want: []string{fact("Karsa Brigade", graph.PartOf, "Hill Front")}},
		{text: "The Hill Front, whose principal component is the Karsa Brigade, took the town.",
			want: []string{fact("Karsa Brigade", graph.PartOf, "Hill Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Karsa Brigade, the main force fighting the Hill Front, holds the pass.",
			not:       []string{fact("Karsa Brigade", graph.PartOf, "Hill Front")},
			companion: "The Karsa Brigade, the main fighting force of the Hill Front, holds the pass.",
			want:      []string{fact("Karsa Brigade", graph.PartOf, "Hill Front")}},
	})
}

// TestUnitHeadOnlyAfterPossessive: "Unit" ends a unit's name only after
// its owner's possessive, and then not a hospital's ward; it is no body's
// head elsewhere.
func TestUnitHeadOnlyAfterPossessive(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front shelled the Intensive Care Unit of the hospital in Arvel.",
			not:       []string{fact("Borduria Front", graph.Fights, "Intensive Care Unit")},
			companion: "The Borduria Front shelled the Kestrel Regiment in Arvel.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kestrel Regiment")}},
		{text: "A doctor at the Red Cross's Burns Unit said the Borduria Front had shelled the town.",
			not:       []string{fact("Burns Unit", graph.PartOf, "International Committee of the Red Cross")},
			companion: "The Borduria Front's Special Unit attacked Arvel on Monday.",
			want:      []string{fact("Special Unit", graph.PartOf, "Borduria Front")}},
	})
}
