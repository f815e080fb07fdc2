package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Mechanisms of this round, each tested on sentences written for the test.

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
			not: []string{fact("Saad Hariri", graph.MetWith, "Saad Hariri")}},
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

// A title with its body before a comma names the person of the
// appositive, with the body's alias that holds "the" ("the UN") and a
// rank before the name.
func TestTitleFirstAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The UN Special Envoy for Yemen, Geir Pedersen, told reporters the talks stalled.",
			want: []string{fact("Geir Pedersen", graph.EnvoyOf, "United Nations")}},
		{text: "The UN envoy, Staffan de Mistura, met Lavrov on Monday.",
			want: []string{fact("Staffan de Mistura", graph.EnvoyOf, "United Nations"), fact("Sergei Lavrov", graph.MetWith, "Staffan de Mistura")}},
		{text: "Shoigu hosted the commander of US Central Command, General Kenneth McKenzie, in Moscow.",
			want: []string{fact("Kenneth McKenzie", graph.HeadOf, "US Central Command")}},
		{text: "The commander of the Quds Force, Major General Esmail Qaani, arrived in Baghdad.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force")}},
		// "X, the Body's executive president,".
		{text: "Riad Hijab said Nasser Hariri, the HNC's executive director, would lead the delegation.",
			want: []string{fact("Nasser Hariri", graph.HeadOf, "High Negotiations Committee")},
			not:  []string{fact("Saad Hariri", graph.HeadOf, "High Negotiations Committee")}},
	})
}

// A plural title of a body before a list of people: each holds the office.
func TestPluralTitleWithPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Syrian Democratic Council's two co-chairs, Riyad Darar and Ilham Ahmed, visited Washington.",
			want: []string{fact("Riyad Darar", graph.HeadOf, "Syrian Democratic Council"), fact("Ilham Ahmed", graph.HeadOf, "Syrian Democratic Council")}},
		{text: "Pedersen received the Syrian Constitutional Committee's co-chairs, Ahmad Kuzbari of the government and Hadi al-Bahra of the opposition, in Geneva.",
			want: []string{fact("Ahmad Kuzbari", graph.HeadOf, "Syrian Constitutional Committee"), fact("Hadi al-Bahra", graph.HeadOf, "Syrian Constitutional Committee")}},
	})
}

// ", whose country ..." after a person is the person's state.
func TestWhoseCountry(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Putin, whose country is the main backer of the Syrian government, spoke first.",
			want: []string{fact("Russia", graph.Supports, "Syrian government")},
			not:  []string{fact("Vladimir Putin", graph.Supports, "Syrian government")}},
		{text: "Erdogan, whose government backs the Free Syrian Army, called for calm.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")},
			not:  []string{fact("Recep Tayyip Erdoğan", graph.Supports, "Free Syrian Army")}},
	})
}

// "the envoy" is the last person whose title was envoy, not the last
// holder of any envoy-of office such as an ambassador.
func TestOfficeRefByTitleWord(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "UN Special Envoy Staffan de Mistura met the opposition in Geneva. Britain's Ambassador to the UN Matthew Rycroft said London backs the envoy's plan.",
			want: []string{fact("United Kingdom", graph.Supports, "Staffan de Mistura")},
			not:  []string{fact("United Kingdom", graph.Supports, "Matthew Rycroft")}},
	})
}

// A possessive pronoun before a relation noun is the person or body named
// before: "A and B are his main allies" relates A and B to him, not to
// each other; "A and its ally B" relates A and B.
func TestPossessiveRelationNouns(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan has long opposed Bashar al-Assad, and Russia and Iran remain his closest allies.",
			want: []string{fact("Bashar al-Assad", graph.AlliedWith, "Russia"), fact("Bashar al-Assad", graph.AlliedWith, "Iran")},
			not:  []string{fact("Iran", graph.AlliedWith, "Russia")}},
		{text: "Syria and its Iranian ally sent troops, while Russia and its ally Assad bombed Idlib.",
			want: []string{fact("Bashar al-Assad", graph.AlliedWith, "Russia")}},
		{text: "Maduro thanked Putin, and Assad later thanked his allies Russia and Iran.",
			want: []string{fact("Bashar al-Assad", graph.AlliedWith, "Russia"), fact("Bashar al-Assad", graph.AlliedWith, "Iran")}},
		{text: "Hezbollah said Tehran was its main backer.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
	})
}

// "his Turkish and Iranian counterparts, A and B": the people, holding
// for each state, in order, the office of the person named before.
func TestNamedCounterparts(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iranian Foreign Minister Javad Zarif received his Russian and Turkish counterparts, Sergei Lavrov and Mevlut Cavusoglu, in Tehran.",
			want: []string{fact("Sergei Lavrov", graph.ForeignMinisterOf, "Russia"), fact("Mevlüt Çavuşoğlu", graph.ForeignMinisterOf, "Turkey"),
				fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov"), fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")},
			not: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Russia"), fact("Mohammad Javad Zarif", graph.MetWith, "Turkey")}},
		{text: "Defence Minister Hulusi Akar met his Russian and Iranian counterparts Sergei Shoigu (L) and Amir Hatami (R) in Ankara.",
			want: []string{fact("Amir Hatami", graph.DefenseMinisterOf, "Iran"), fact("Amir Hatami", graph.MetWith, "Hulusi Akar")}},
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
		// An umbrella named by a common noun ("rebels", "opposition") is
		// no part and no owner.
		{text: "The rebels of Jaish al-Islam left Douma, and the opposition's High Negotiations Committee rejected the plan.",
			not: []string{fact("Syrian rebels", graph.PartOf, "Jaysh al-Islam"), fact("High Negotiations Committee", graph.PartOf, "Syrian rebels")}},
		// A state's body keeps the catalog's word: Hezbollah is no body of Lebanon.
		{text: "Lebanon's Hezbollah sent more fighters to Qusayr.",
			not: []string{fact("Hezbollah", graph.PartOf, "Lebanon")}},
	})
}

// Meetings stated in a remark of the subject, or by "met and held talks".
func TestMeetingRemarks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan, during talks with visiting Iraqi President Barham Salih in Ankara on Monday, stressed the need for calm.",
			want: []string{fact("Barham Salih", graph.MetWith, "Recep Tayyip Erdoğan")}},
		{text: "In a meeting with Sergei Lavrov in Sochi, Zarif said the talks went well.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov")}},
		{text: "Cavusoglu also met and held talks with Ali Larijani.",
			want: []string{fact("Ali Larijani", graph.MetWith, "Mevlüt Çavuşoğlu")}},
	})
}

// "his Syrian counterpart" after a foreign minister is the Syrian foreign
// minister, not the last Syrian named.
func TestCounterpartKeepsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Bashar al-Assad received Syrian Foreign Minister Walid al-Moallem on Monday. On Tuesday, Russian Foreign Minister Sergei Lavrov and his Syrian counterpart held talks in Sochi.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Walid al-Moallem")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Sergei Lavrov"), fact("Bashar al-Assad", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// "May" before or after a number is a month, not a hedge.
func TestMonthMayIsNoHedge(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "On May 3, Iraq agreed to cooperate with Syria against smuggling.",
			want: []string{fact("Iraq", graph.CooperatesWith, "Syria")}},
		{text: "Iraq may agree to cooperate with Syria against smuggling.",
			not: []string{fact("Iraq", graph.CooperatesWith, "Syria")}},
	})
}

// Quantifiers before an actor are left out; a list of what is given may
// stand between the verb and "to"; a short phrase may stand between an
// agreement and its participle.
func TestObjectsThroughQuantifiersAndLists(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saudi Arabia, which arms several rebel groups, kept quiet.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Syrian rebels")}},
		{text: "Ankara backs a number of rebel groups in the north.",
			want: []string{fact("Turkey", graph.Supports, "Syrian rebels")}},
		{text: "Qatar, which supplies money, ammunition and missiles to the Free Syrian Army, said nothing.",
			want: []string{fact("Qatar", graph.Supports, "Free Syrian Army")}},
		{text: "The de-escalation zone in the south, brokered by Jordan, the United States and Russia, has largely held.",
			want: []string{fact("Jordan", graph.Brokered, "Memorandum on de-escalation zones"), fact("United States", graph.Brokered, "Memorandum on de-escalation zones"), fact("Russia", graph.Brokered, "Memorandum on de-escalation zones")}},
	})
}

// "the two leaders" are the heads of state or government last in contact,
// not the general met last; "the chief of the general staff" is a title.
func TestTwoLeadersAreLeaders(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan held talks with Vladimir Putin, the defence minister, Sergei Shoigu, and the chief of the general staff, Valery Gerasimov. The two leaders agreed to coordinate their actions in Idlib.",
			want: []string{fact("Valery Gerasimov", graph.HeadOf, "Russian General Staff"), fact("Recep Tayyip Erdoğan", graph.MetWith, "Valery Gerasimov"),
				fact("Recep Tayyip Erdoğan", graph.CooperatesWith, "Vladimir Putin")},
			not: []string{fact("Recep Tayyip Erdoğan", graph.CooperatesWith, "Valery Gerasimov")}},
	})
}

// The full stop of an abbreviation ("Dec.", "Gen.") does not break a
// pattern.
func TestAbbreviationStopIsNoBreak(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iraq, Syria and Lebanon met in Beirut on Sept. 12 and agreed to cooperate against smuggling.",
			want: []string{fact("Iraq", graph.CooperatesWith, "Syria"), fact("Lebanon", graph.CooperatesWith, "Syria")}},
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

// A common noun naming a body right before a body's name describes it:
// "the opposition Syrian Negotiations Commission" is one body.
func TestCommonNounBeforeBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar funded the opposition Free Syrian Army for years.",
			want: []string{fact("Qatar", graph.Supports, "Free Syrian Army")},
			not:  []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
}

// "the King", "the Emir": the person last named with that word in the
// name as written.
func TestTitleWordInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jordan's King Abdullah II flew to Washington on Monday. The King hosted Sergei Lavrov in Amman a week later.",
			want: []string{fact("Abdullah II", graph.MetWith, "Sergei Lavrov")}},
		// No one was named with the word: no one.
		{text: "Lavrov arrived in Amman. The King hosted Lavrov at the palace.",
			not: []string{fact("Sergei Lavrov", graph.MetWith, "Sergei Lavrov")}},
	})
}

// A body named in a person's appositive may have an appositive of its own.
func TestBodyAppositiveInsidePersonAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Esmail Qaani, the commander of the Quds Force, the overseas arm of Iran's Revolutionary Guards (IRGC), arrived in Baghdad on Tuesday.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
	})
}

// An office read as its holder states the office: "the Turkish
// president" after "Erdogan" makes Erdogan president of Turkey.
func TestOfficeReferenceStatesOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan flew to Sochi on Monday. The Turkish president met Putin there.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey"), fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
	})
}

// A list member may be a kind of body followed by an example ("Iraqi
// militias such as X") or members of a body ("Afghan recruits of X").
func TestListMembersByExample(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah, Pakistani groups such as the Zainabiyoun Brigade, and Afghan recruits of the Fatemiyoun Brigade battled alongside the Syrian army.",
			want: []string{fact("Hezbollah", graph.Supports, "Syrian Arab Army"), fact("Zainabiyoun", graph.Supports, "Syrian Arab Army"), fact("Fatemiyoun", graph.Supports, "Syrian Arab Army")},
			not:  []string{fact("Pakistan", graph.Supports, "Syrian Arab Army"), fact("Afghanistan", graph.Supports, "Syrian Arab Army")}},
		{text: "Iran trains Shiite militias such as Kataib Hezbollah.",
			want: []string{fact("Iran", graph.Supports, "Kata'ib Hezbollah")}},
	})
}

// Demands for a withdrawal with an adjective, and criticism of an
// "illegal presence", oppose its owner.
func TestOpposedPresence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Damascus demanded the complete withdrawal of Turkish forces from the north.",
			want: []string{fact("Syria", graph.Opposes, "Turkey")}},
		{text: "Zarif again condemned the illegitimate presence of Turkish troops around Afrin.",
			want: []string{fact("Mohammad Javad Zarif", graph.Opposes, "Turkey")}},
	})
}

// "A and B held talks" is a meeting, as "A held talks with B" is; phone
// talks are spoken.
func TestGroupTalksAreMeetings(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Cavusoglu and Zarif held talks on the sidelines of the conference.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")},
			not:  []string{fact("Mevlüt Çavuşoğlu", graph.SpokeWith, "Mohammad Javad Zarif")}},
		{text: "Cavusoglu and Zarif held phone talks on Monday.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.SpokeWith, "Mohammad Javad Zarif")},
			not:  []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")}},
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

// "the Ayatollah", a rank inside a name named before, is that person.
func TestRankWordInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ayatollah Ali Khamenei addressed the nation on Friday. The Ayatollah later received Bashar al-Assad in Tehran.",
			want: []string{fact("Ali Khamenei", graph.MetWith, "Bashar al-Assad")}},
	})
}

// ", whose movement ..." after a person is the body the person heads;
// "A and its main backer, B," makes B a backer of A.
func TestWhoseBodyAndPossessiveBacker(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hassan Nasrallah, whose movement battles alongside Syrian troops, spoke on Friday.",
			want: []string{fact("Hezbollah", graph.Supports, "Syrian Arab Army")},
			not:  []string{fact("Hassan Nasrallah", graph.Supports, "Syrian Arab Army")}},
		{text: "Hezbollah and its chief sponsor, Iran, kept silent.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
	})
}
