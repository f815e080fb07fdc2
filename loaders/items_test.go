package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Lists stand in any slot of a pattern.
func TestListsInSlots(t *testing.T) {
	checkFacts(t, []factCase{
		// "A, B, and C" with the Oxford comma is a list.
		{text: "Assad thanked Russia, Iran, and Hezbollah for their help.",
			want: []string{fact("Bashar al-Assad", graph.Thanked, "Russia"), fact("Bashar al-Assad", graph.Thanked, "Iran"), fact("Bashar al-Assad", graph.Thanked, "Hezbollah")}},
		// A list that goes on with a member that is no name.
		{text: "Nasrallah thanked the Syrian army, Iran's Revolutionary Guards, and the Iraqi volunteers.",
			want: []string{fact("Hassan Nasrallah", graph.Thanked, "Syrian Arab Army"), fact("Hassan Nasrallah", graph.Thanked, "Islamic Revolutionary Guard Corps")}},
		{text: "Egypt, Jordan and the UAE cut diplomatic ties with Qatar last year.",
			want: []string{fact("Egypt", graph.Opposes, "Qatar"), fact("Jordan", graph.Opposes, "Qatar"), fact("United Arab Emirates", graph.Opposes, "Qatar")}},
		{text: "Jaysh al-Islam, a Salafist group, received funding from Saudi Arabia and Kuwait.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Jaysh al-Islam"), fact("Kuwait", graph.Supports, "Jaysh al-Islam")}},
		// "as well as", inside a list and as a remark.
		{text: "Syria thanked Russia, Iran, as well as China for their help.",
			want: []string{fact("Syria", graph.Thanked, "Russia"), fact("Syria", graph.Thanked, "Iran"), fact("Syria", graph.Thanked, "China")}},
		{text: "Qatar and Kuwait, as well as Turkey, backed the Syrian rebels.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels"), fact("Kuwait", graph.Supports, "Syrian rebels"), fact("Turkey", graph.Supports, "Syrian rebels")}},
		// A list ending in "and other ...".
		{text: "The SDF battled the Nusra Front, Islamic State and other jihadist groups.",
			want: []string{fact("Islamic State", graph.Fights, "Syrian Democratic Forces")}},
		// The members of a body stand for the body, as list members too.
		{text: "Nasrallah thanked the Syrian army and the Iraqi and Afghan volunteers of the Fatemiyoun Brigade.",
			want: []string{fact("Hassan Nasrallah", graph.Thanked, "Syrian Arab Army"), fact("Hassan Nasrallah", graph.Thanked, "Fatemiyoun Brigade")},
			not:  []string{fact("Hassan Nasrallah", graph.Thanked, "Iraq"), fact("Hassan Nasrallah", graph.Thanked, "Afghanistan")}},
		{text: "Turkish jets killed seven members of the PKK near Sinjar.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "Russia stood by the people of Syria throughout the war.",
			want: []string{fact("Russia", graph.Supports, "Syria")}},
		// Demonyms before a group noun.
		{text: "Putin congratulated the Syrian and Iraqi nations on the defeat of the militants.",
			want: []string{fact("Vladimir Putin", graph.Congratulated, "Syria"), fact("Vladimir Putin", graph.Congratulated, "Iraq")}},
	})
}

// A list member may be a kind of body followed by an example ("Iraqi
// militias such as X") or members of a body ("Afghan recruits of X").
func TestListMembersByExample(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah, Pakistani groups such as the Zainabiyoun Brigade, and Afghan recruits of the Fatemiyoun Brigade battled alongside the Syrian army.",
			want: []string{fact("Hezbollah", graph.CooperatesWith, "Syrian Arab Army"), fact("Zainabiyoun Brigade", graph.CooperatesWith, "Syrian Arab Army"), fact("Fatemiyoun Brigade", graph.CooperatesWith, "Syrian Arab Army")},
			not:  []string{fact("Pakistan", graph.CooperatesWith, "Syrian Arab Army"), fact("Afghanistan", graph.CooperatesWith, "Syrian Arab Army")}},
		{text: "Iran trains Shiite militias such as Kataib Hezbollah.",
			want: []string{fact("Iran", graph.Supports, "Kataib Hezbollah")}},
	})
}

// The closing comma of a list appositive does not part the list from its
// verb.
func TestListAppositiveClosingComma(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rouhani and his Russian and Turkish counterparts, Vladimir Putin and Recep Tayyip Erdogan, met in Tehran.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "The Syrian Democratic Council's two co-chairs, Riyad Darar and Amina Omar, met in Washington.",
			want: []string{fact("Amina Omar", graph.HeadOf, "Syrian Democratic Council"), fact("Amina Omar", graph.MetWith, "Riyad Darar")}},
	})
}

// Quantifiers before an actor are left out; a list of what is given may
// stand between the verb and "to"; a short phrase may stand between an
// agreement and its participle.
func TestObjectsThroughQuantifiersAndLists(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saudi Arabia, which arms several rebel groups in Syria, kept quiet.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Syrian rebels")}},
		{text: "Ankara backs a number of rebel groups in northern Syria.",
			want: []string{fact("Turkey", graph.Supports, "Syrian rebels")}},
		{text: "Qatar, which supplies money, ammunition and missiles to the Free Syrian Army, said nothing.",
			want: []string{fact("Qatar", graph.Supports, "Free Syrian Army")}},
		{text: "The Idlib truce in the north, brokered by Jordan, the United States and Russia, has largely held.",
			want: []string{fact("Jordan", graph.Brokered, "Idlib truce"), fact("United States", graph.Brokered, "Idlib truce"), fact("Russia", graph.Brokered, "Idlib truce")}},
	})
}

// Lists with "including" and relatives with "along with" keep each member.
func TestListsAndRelatives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish jets bombed the PKK and its affiliates, including the YPG, in northern Iraq.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey"), fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "The strikes hit Iran and Hezbollah, which, along with Moscow, has backed the Assad government since 2012.",
			want: []string{fact("Hezbollah", graph.Supports, "Syrian government"), fact("Russia", graph.Supports, "Syrian government")},
			not:  []string{fact("Iran", graph.Supports, "Syrian government")}},
	})
}

// TestBackedCompoundBetweenSides checks that "X-backed" after "between"
// qualifies the first side only, and that an office set off by commas
// before its holder's name is that person.
func TestBackedCompoundBetweenSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "He warned of a new war between the Iran-backed Hezbollah and Israel.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")},
			not:  []string{fact("Iran", graph.Supports, "Israel")}},
		{text: "Iran-backed Hezbollah and Hamas fired rockets.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Iran", graph.Supports, "Hamas")}},
		{text: "The UN envoy for Syria, Geir Pedersen, held talks in Damascus on Monday with Faisal Mekdad.",
			want: []string{fact("Faisal Mekdad", graph.MetWith, "Geir Pedersen")}},
	})
}

// TestDecimalPoint checks that a decimal point neither ends the sentence
// nor stops a gap: "$2.5 billion in new weapons for X".
func TestDecimalPoint(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway approved close to $2.5 billion in new weapons for Ukraine, officials said.",
			want: []string{fact("Norway", graph.Supports, "Ukraine")}},
	})
}

// TestMembersFromBody checks that "fighters from X" in a list is X: "backed
// by A and fighters from B" gives both backers.
func TestMembersFromBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Malian forces, backed by Russian warplanes and fighters from the Northern Brigade, took the town last week.",
			want: []string{fact("Russia", graph.Supports, "Mali"), fact("Northern Brigade", graph.Supports, "Mali")}},
	})
}

// TestGluedNameEndsList checks that a name glued to a participle before
// the next member ("A and the B-backed C") is no member of the list.
func TestGluedNameEndsList(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Benin and the Iran-backed Hezbollah attacked the Northern Brigade.",
			not:       []string{fact("Iran", graph.Fights, "Northern Brigade"), fact("Benin", graph.Supports, "Hezbollah")},
			companion: "Benin and the Iran-backed Hezbollah attacked the Northern Brigade.",
			want:      []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Hezbollah", graph.Fights, "Northern Brigade")}},
	})
}

// TestStateAfterPersonQualifiesHim checks that "X of STATE" lets the
// person act, not the state.
func TestStateAfterPersonQualifiesHim(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah of Ghana hosted President Ama Dodzi of Togo in Accra.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			not:  []string{fact("Ama Dodzi", graph.MetWith, "Ghana")}},
	})
}

// TestAlliesNamedAfterAndItsAllies checks that allies named right after
// "and its allies" join the list.
func TestAlliesNamedAfterAndItsAllies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and its allies Togo and Benin attacked the Northern Brigade.",
			want: []string{
				fact("Ghana", graph.Fights, "Northern Brigade"),
				fact("Northern Brigade", graph.Fights, "Togo"),
				fact("Benin", graph.Fights, "Northern Brigade"),
			}},
	})
	checkNegatives(t, []negativeCase{
		// Unnamed allies are no one.
		{text: "Ghana and its allies attacked the Northern Brigade.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Northern Brigade")},
			companion: "Ghana and its allies attacked the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestMembersOfBodyAfterAdjective checks that "ethnic Togolese
// guerrillas of the Northern Brigade" is the body, also as a list member.
func TestMembersOfBodyAfterAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The war between Ghana and ethnic Togolese guerrillas of the Northern Brigade ended in 1999.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Militants of the Northern Brigade attacked Ghana.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// A list may repeat its preposition before each member: "backed by A and
// by B", "talks with A and with B", "aid from A and from B".
func TestListRepeatsPreposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Liberation Front is backed by the African Union and by Kenya.",
			want: []string{fact("African Union", graph.Supports, "Liberation Front"), fact("Kenya", graph.Supports, "Liberation Front")}},
		{text: "Foreign Minister Ilse Morrow held talks with President Dario Velkan and with Defence Minister Juma Otieno in Nairobi.",
			want: []string{fact("Dario Velkan", graph.MetWith, "Ilse Morrow"), fact("Ilse Morrow", graph.MetWith, "Juma Otieno")}},
		{text: "The Sahel Patriotic Movement received weapons from Chad and from Niger.",
			want: []string{fact("Chad", graph.Supports, "Sahel Patriotic Movement"), fact("Niger", graph.Supports, "Sahel Patriotic Movement")}},
	})
	// Near miss: "by" again before what is no actor ends the list.
	checkNegatives(t, []negativeCase{
		{text: "The Liberation Front is backed by the African Union and by the end of the year will hold Kenya's border.",
			not:       []string{fact("Kenya", graph.Supports, "Liberation Front")},
			companion: "The Liberation Front is backed by the African Union and by Kenya.",
			want:      []string{fact("Kenya", graph.Supports, "Liberation Front")}},
	})
}

// A quantity before "of" and a determiner leaves the name it counts:
// "backs some of the rebel factions" backs the rebels.
func TestQuantityOfDeterminerName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya has backed several of the Liberation Front factions.",
			want: []string{fact("Kenya", graph.Supports, "Liberation Front")}},
		{text: "Chad armed many of the Sahel Patriotic Movement fighters last year.",
			want: []string{fact("Chad", graph.Supports, "Sahel Patriotic Movement")}},
	})
	// Near miss: a quantity of something else is no partitive of the name.
	checkNegatives(t, []negativeCase{
		{text: "Kenya has backed several of the plans that the Liberation Front drafted.",
			not:       []string{fact("Kenya", graph.Supports, "Liberation Front")},
			companion: "Kenya has backed several of the Liberation Front factions.",
			want:      []string{fact("Kenya", graph.Supports, "Liberation Front")}},
	})
}

// "both of which", "each of which", "all three of whom": a relative clause
// said of each member of the list before it.
func TestQuantifiedRelativeOfList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The junta hired fighters from Chad and Niger, both of which backed the Sudanese army.",
			want: []string{fact("Chad", graph.Supports, "Sudanese army"), fact("Niger", graph.Supports, "Sudanese army")}},
		{text: "Egypt and Qatar, each of which supported the Libyan army, called for talks.",
			want: []string{fact("Egypt", graph.Supports, "Libyan army"), fact("Qatar", graph.Supports, "Libyan army")}},
		{text: "Kenya, Uganda and Rwanda, all three of which condemned Burundi, closed their borders.",
			want: []string{fact("Kenya", graph.Opposes, "Burundi"), fact("Uganda", graph.Opposes, "Burundi"), fact("Rwanda", graph.Opposes, "Burundi")}},
	})
	// Near miss: "both of them" opens no relative clause; the list is not
	// the subject of "backed".
	checkNegatives(t, []negativeCase{
		{text: "Chad and Niger hosted the envoys, and officials of both of them said Mali backed the Sudanese army.",
			not:       []string{fact("Chad", graph.Supports, "Sudanese army"), fact("Niger", graph.Supports, "Sudanese army")},
			companion: "Chad and Niger, both of which backed the Sudanese army, hosted the envoys.",
			want:      []string{fact("Chad", graph.Supports, "Sudanese army"), fact("Niger", graph.Supports, "Sudanese army")}},
	})
}

// Those who join a meeting meet each one already there: "the three
// ministers were later joined by X", "He was joined by A and B".
func TestJoinedByMeetsEach(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian President Tomas Berg hosted the summit. He was joined by Bolivian President Lena Holm and Chilean President Piet Kaas.",
			want: []string{fact("Lena Holm", graph.MetWith, "Tomas Berg"), fact("Piet Kaas", graph.MetWith, "Tomas Berg")}},
		{text: "Peruvian Foreign Minister Ana Ruiz, Bolivian Foreign Minister Ivo Bran and Chilean Foreign Minister Eva Sol met in Lima. The three ministers were later joined by Ecuadorian President Rosa Vela.",
			want: []string{fact("Rosa Vela", graph.MetWith, "Ana Ruiz"), fact("Rosa Vela", graph.MetWith, "Ivo Bran"), fact("Rosa Vela", graph.MetWith, "Eva Sol")}},
	})
	// Near miss: a state joined by another acts with it; no one met.
	checkNegatives(t, []negativeCase{
		{text: "Peru was joined by Chile in condemning the coup in Bolivia.",
			not:       []string{fact("Chile", graph.MetWith, "Peru")},
			companion: "Peruvian President Tomas Berg was joined by Chilean President Piet Kaas in Lima.",
			want:      []string{fact("Piet Kaas", graph.MetWith, "Tomas Berg")}},
	})
}

// A designation remark a reporter adds to a group's name, in parentheses
// or between commas, states that the designating side opposes the group;
// a remark that designates nothing, or names a side doing something else,
// states nothing.
func TestDesignationRemarks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Government troops pushed back the Northern Brigade (outlawed in Togo) near the border.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "The army shelled positions of the Coastal Liberation Front terrorist group (banned in Ghana and Benin) on Sunday.",
			want: []string{fact("Ghana", graph.Opposes, "Coastal Liberation Front"), fact("Benin", graph.Opposes, "Coastal Liberation Front")}},
		{text: "The Northern Brigade (NB, proscribed in Kenya) claimed the ambush.",
			want: []string{fact("Kenya", graph.Opposes, "Northern Brigade")}},
		{text: "Talks excluded the Northern Brigade (a terrorist organisation in the United States) and its allies.",
			want: []string{fact("United States", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade (designated a terrorist group by the European Union) seized the town.",
			want: []string{fact("European Union", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade, blacklisted in Uganda, seized the town on Friday.",
			want: []string{fact("Uganda", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade, which is outlawed in Kenya and Uganda, seized the town on Friday.",
			want: []string{fact("Kenya", graph.Opposes, "Northern Brigade"), fact("Uganda", graph.Opposes, "Northern Brigade")}},
	})
	// Near misses: a place the group is based in; a remark whose side
	// does something else; a participle that designates nothing.
	const companion = "Government troops pushed back the Northern Brigade (outlawed in Togo) near the border."
	want := []string{fact("Togo", graph.Opposes, "Northern Brigade")}
	not := []string{fact("Togo", graph.Opposes, "Northern Brigade")}
	checkNegatives(t, []negativeCase{
		{text: "Government troops pushed back the Northern Brigade (based in Togo) near the border.", not: not, companion: companion, want: want},
		{text: "Government troops pushed back the Northern Brigade (which Ghana accused of terrorist attacks in Togo) near the border.", not: not, companion: companion, want: want},
		{text: "Government troops pushed back the Northern Brigade, founded in Togo, near the border.", not: not, companion: companion, want: want},
		{text: "Government troops pushed back the Northern Brigade, which is active in Togo, near the border.", not: not, companion: companion, want: want},
		{text: "Government troops pushed back the Northern Brigade (accused of terrorist attacks in Togo) near the border.", not: not, companion: companion, want: want},
		{text: "Government troops pushed back the Northern Brigade (outlawed in Togo until 2019) near the border.", not: not, companion: companion, want: want},
	})
}

// A source introduced by "according to", "citing" or "quoting" is no
// member of the list after its comma: the list is the clause's subject.
func TestSourceIsNoListMember(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "According to Benin, Togo and Ghana signed a defence pact on Monday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")},
			not:  []string{fact("Benin", graph.AlliedWith, "Togo"), fact("Benin", graph.AlliedWith, "Ghana")}},
		{text: "According to sources close to the Kenyan defence ministry, Uganda, Rwanda and Burundi agreed to cooperate on border security.",
			want: []string{fact("Rwanda", graph.CooperatesWith, "Uganda"), fact("Burundi", graph.CooperatesWith, "Uganda")},
			not:  []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
		{text: "Citing Nigeria, Togo and Ghana signed a defence pact on Monday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")},
			not:  []string{fact("Ghana", graph.AlliedWith, "Nigeria")}},
		// A source named as a list of its own: "A and B" with no comma.
		{text: "According to Niger and Mali, Togo and Ghana agreed to cooperate on border security.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Togo"), fact("Niger", graph.CooperatesWith, "Ghana")}},
	})
	// Near miss: without a source, the list takes every name.
	checkFacts(t, []factCase{
		{text: "Benin, Togo and Ghana signed a defence pact on Monday.",
			want: []string{fact("Benin", graph.AlliedWith, "Togo"), fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}

// A capitalised head after a capital names a body, not the capital's
// state: "the Quito Group", and with its parent's name before it, "the
// OSCE Quito Group".
func TestBodyNamedByPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile joined the Quito Group in 2019.",
			want: []string{fact("Chile", graph.MemberOf, "Quito Group")}},
		{text: "Peru co-chairs the OSCE Quito Group.",
			want: []string{fact("Peru", graph.MemberOf, "Quito Group")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a lower-case "group" after the capital names no body,
		// and the capital's state is no body Peru joined either.
		{text: "Peru joined the Quito group of states.",
			not:       []string{fact("Peru", graph.MemberOf, "Quito group"), fact("Peru", graph.MemberOf, "Ecuador")},
			companion: "Peru joined the Quito Group last year.",
			want:      []string{fact("Peru", graph.MemberOf, "Quito Group")}},
		{text: "Peru co-chairs the OSCE Quito Group.",
			not:       []string{fact("Peru", graph.MemberOf, "OSCE"), fact("Peru", graph.MemberOf, "Ecuador")},
			companion: "Peru co-chairs the OSCE Quito Group.",
			want:      []string{fact("Peru", graph.MemberOf, "Quito Group")}},
	})
}

// A demonym before a rank and a person's name says whose officer he is,
// as a title's would: the person, not the state, is the actor of the verb.
func TestDemonymBeforeRankedPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Milo Ardent met Sudanese General Amar Tesk in Nairobi on Monday.",
			want: []string{fact("Milo Ardent", graph.MetWith, "Amar Tesk")}},
		{text: "Kenyan President Milo Ardent met Russian Lt. Gen. Pavel Ostrin in Nairobi.",
			want: []string{fact("Milo Ardent", graph.MetWith, "Pavel Ostrin")}},
		{text: "The Tarvolah Front ambushed Ugandan Colonel Dara Quill and his men near Kasese.",
			want: []string{fact("Tarvolah Front", graph.Fights, "Dara Quill")}},
	})
	checkNegatives(t, []negativeCase{
		// A demonym before an office is the office's state, read by the
		// title; with no rank between, the state stays an actor.
		{text: "Kenyan President Milo Ardent met Sudanese officials and General Amar Tesk in Nairobi.",
			not:       []string{fact("Sudan", graph.MetWith, "Amar Tesk")},
			companion: "Kenyan President Milo Ardent met Sudanese General Amar Tesk in Nairobi.",
			want:      []string{fact("Milo Ardent", graph.MetWith, "Amar Tesk")}},
	})
}

// TestSlotIndexFindsCopies checks that a slot whose actor a reading
// replaced by a copy naming another side of the same words (a spokesman's
// body, the last of a list before a singular verb) is still found, by its
// span, and that another span is not.
func TestSlotIndexFindsCopies(t *testing.T) {
	spokesman := &actor{start: 0, end: 2}
	object := &actor{start: 5, end: 7}
	its := []item{{actor: spokesman, start: 0, end: 2}, {start: 2, end: 3}, {actor: object, start: 5, end: 7}}
	b := binding{s: spokesman, o: object, first: 0, last: 2}
	side := *spokesman
	if k := slotIndex(its, b, &side); k != 0 {
		t.Errorf("slotIndex of a copy of the subject = %d, want 0", k)
	}
	if k := slotIndex(its, b, object); k != 2 {
		t.Errorf("slotIndex of the object = %d, want 2", k)
	}
	if k := slotIndex(its, b, &actor{start: 3, end: 4}); k != -1 {
		t.Errorf("slotIndex of an actor of no slot = %d, want -1", k)
	}
}

// TestParallelClauses checks that a name after "and" followed by a verb in
// the form of the verb before the list opens a clause of its own rather
// than joining the object: "A backs X and B supports Y".
func TestParallelClauses(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana backs the regime of Kofi Mensah and Togo supports the Borduria Front.",
			want: []string{fact("Ghana", graph.Supports, "Kofi Mensah"), fact("Togo", graph.Supports, "Borduria Front")},
			not:  []string{fact("Ghana", graph.Supports, "Togo"), fact("Kofi Mensah", graph.Supports, "Borduria Front")}},
		// Gerunds in an absolute clause after "with".
		{text: "Ghana and Togo stand on opposite sides, with Ghana backing the government of Niger and Togo supporting the Borduria Front.",
			want: []string{fact("Ghana", graph.Supports, "Niger"), fact("Togo", graph.Supports, "Borduria Front")},
			not:  []string{fact("Ghana", graph.Supports, "Togo"), fact("Niger", graph.Supports, "Borduria Front")}},
		{text: "Ghana condemned Niger and Togo backed the Borduria Front.",
			want: []string{fact("Ghana", graph.Opposes, "Niger"), fact("Togo", graph.Supports, "Borduria Front")},
			not:  []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A list stays a list: no verb after it, a plural noun, a
		// participle with its agent, a reported clause.
		{text: "Ghana backs the government of Niger and Togo.",
			want: []string{fact("Ghana", graph.Supports, "Niger"), fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana backs Niger and Togo troops.",
			want: []string{fact("Ghana", graph.Supports, "Niger"), fact("Ghana", graph.Supports, "Togo")}},
		// A noun after the second name that could be a verb in -s
		// ("arms") takes no object: the list goes on (review).
		{text: "Ghana backs Niger and Togo arms deliveries.",
			want: []string{fact("Ghana", graph.Supports, "Niger"), fact("Ghana", graph.Supports, "Togo")}},
		// A second verb whose object is a noun phrase still opens a
		// clause (review).
		{text: "Ghana condemned Niger and Togo backed rebels in Benin.",
			want: []string{fact("Ghana", graph.Opposes, "Niger")},
			not:  []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana backs Niger and Togo arms the rebels in Benin.",
			want: []string{fact("Ghana", graph.Supports, "Niger")},
			not:  []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana condemned Niger and Togo backed by Benin.",
			want: []string{fact("Ghana", graph.Opposes, "Niger"), fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana said Niger and Togo backed the Borduria Front.",
			want: []string{fact("Niger", graph.Supports, "Borduria Front"), fact("Togo", graph.Supports, "Borduria Front")}},
		// The first clause needs a subject of its own.
		{text: "Ghana targeted what it claims are Togolese positions and Boko Haram arms depots.",
			want: []string{fact("Boko Haram", graph.Fights, "Ghana")}},
	})
}

// The fighters of a band named right after its name are the band acting,
// so a list reads over them: every member is the subject, and a verb of
// two sides ("clashed") sees the list. A possessive ("the Front's
// fighters") keeps its reading; a plural that is no band's fighters
// ("headquarters") joins nothing.
func TestListOverBandMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Orvask Front gunmen and Vantar Brigades militants attacked Peruvian positions on Sunday.",
			want: []string{fact("Orvask Front", graph.Fights, "Peru"), fact("Vantar Brigades", graph.Fights, "Peru")}},
		{text: "Chilean troops and Tarvolah Front fighters clashed near the border on Monday.",
			want: []string{fact("Chile", graph.Fights, "Tarvolah Front")}},
		{text: "Tarvolah Front fighters and Chilean troops clashed near the border.",
			want: []string{fact("Chile", graph.Fights, "Tarvolah Front")}},
		{text: "Bolivian soldiers, Orvask Front insurgents and Vantar Army combatants clashed in the valley.",
			want: []string{fact("Bolivia", graph.Fights, "Orvask Front"), fact("Bolivia", graph.Fights, "Vantar Army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean troops and Tarvolah Front headquarters came under fire near the border.",
			not:       []string{fact("Chile", graph.Fights, "Tarvolah Front")},
			companion: "Chilean troops and Tarvolah Front fighters clashed near the border.",
			want:      []string{fact("Chile", graph.Fights, "Tarvolah Front")}},
	})
}

// A day named as an adjunct ("on Monday", "Monday") stands between a verb
// and what completes it without cutting them apart; a day's possessive
// ("Monday's attack") is no adjunct.
func TestDayAdjunctBetweenVerbAndComplement(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Ivo Tarsh met on Monday with Peruvian President Ana Brel.",
			want: []string{fact("Ana Brel", graph.MetWith, "Ivo Tarsh")}},
		{text: "Chile on Tuesday pledged military support to the Vantar Council.",
			want: []string{fact("Chile", graph.Supports, "Vantar Council")}},
		{text: "Peruvian troops clashed Friday with Orvask Front fighters near the border.",
			want: []string{fact("Orvask Front", graph.Fights, "Peru")}},
		// With no day between, a list after a subordinator is that
		// clause's subject, not the first verb's object.
		{text: "Bolivia urged calm after Chile and Peru held talks in Lima.",
			want: []string{fact("Chile", graph.MetWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Ivo Tarsh will meet on Monday with Peruvian President Ana Brel.",
			not:       []string{fact("Ana Brel", graph.MetWith, "Ivo Tarsh")},
			companion: "Chilean President Ivo Tarsh met on Monday with Peruvian President Ana Brel.",
			want:      []string{fact("Ana Brel", graph.MetWith, "Ivo Tarsh")}},
	})
}

// A list that starts inside a sentence's opening phrase and runs past its
// comma to a verb is two things: the phrase's last name and the main
// clause's subject. A list that the comma ends stays whole.
func TestListAfterOpeningPhrase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In a telephone conversation initiated by the Ghanaian side, Ghanaian President Kofi Mensah and Togolese President Yao Agbeko agreed to cooperate on border security.",
			want: []string{fact("Kofi Mensah", graph.CooperatesWith, "Yao Agbeko")},
			not:  []string{fact("Ghana", graph.CooperatesWith, "Kofi Mensah"), fact("Ghana", graph.CooperatesWith, "Yao Agbeko")}},
		{text: "After a visit by Benin, Ghana and Togo agreed to cooperate on border security.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Benin", graph.CooperatesWith, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "During talks with Benin, Ghana and Togo, Niger said the border would reopen.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "During talks with Benin, Ghana and Togo agreed to cooperate on border security.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}
