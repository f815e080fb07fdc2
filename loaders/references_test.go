package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A deal referred back to is the one last named in the article.
func TestAgreementReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThat deal, negotiated by Turkey and Syria in 1998, allows cross-border raids.",
			want: []string{fact("Turkey", graph.Brokered, "Adana accord"), fact("Syria", graph.Brokered, "Adana accord")}},
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe accord was signed by Turkey and Syria in 1998.",
			want: []string{fact("Turkey", graph.Signed, "Adana accord")}},
	})
	checkNegatives(t, []negativeCase{
		// No deal named before: nothing to refer to.
		{text: "Officials met in Ankara on Monday.\n\nThe accord was signed by Turkey and Syria in 1998.",
			not:       []string{fact("Turkey", graph.Signed, "Adana accord")},
			companion: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe accord was signed by Turkey and Syria in 1998.",
			want:      []string{fact("Turkey", graph.Signed, "Adana accord")}},
		// A deal that says which one it is names another.
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe deal on water was signed by Turkey and Iraq.",
			not:       []string{fact("Iraq", graph.Signed, "Adana accord")},
			companion: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe accord was signed by Iraq in 1998.",
			want:      []string{fact("Iraq", graph.Signed, "Adana accord")}},
	})
}

// "condemned the attack" opposes the agent of the last attack stated.
func TestCondemnedAttackReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish jets bombed YPG positions near Qamishli on Sunday.\n\nIraq condemned the attack on Monday.",
			want: []string{fact("Iraq", graph.Opposes, "Turkey")}},
		{text: "Turkish drones struck the YPG near Kobani.\n\nFrance called the strike unacceptable and denounced it.",
			want: []string{fact("France", graph.Opposes, "Turkey")}},
		// "it" without an attack named in the sentence is something else.
		{text: "Turkish drones struck the YPG near Kobani.\n\nIraq read the statement and condemned it.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")},
			not:  []string{fact("Iraq", graph.Opposes, "Turkey")}},
		// An attack that says whose it is goes to the patterns.
		{text: "Turkish drones struck the YPG near Kobani.\n\nFrance condemned the attack by Islamic State on a prison.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey"), fact("France", graph.Opposes, "Islamic State")},
			not:  []string{fact("France", graph.Opposes, "Turkey")}},
	})
	checkNegatives(t, []negativeCase{
		// No attack stated before: nothing to refer to.
		{text: "Officials met in Baghdad on Sunday.\n\nFrance condemned the attack on Monday.",
			not:       []string{fact("France", graph.Opposes, "Turkey")},
			companion: "Turkish drones struck the YPG near Kobani.\n\nFrance called the strike unacceptable and denounced it.",
			want:      []string{fact("France", graph.Opposes, "Turkey")}},
	})
}

// "the regime" is the regime last named in full.
func TestRegimeReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jordan reopened its border with areas held by the Assad regime.\n\nOpposition groups in Syria have been fighting the regime since 2012.",
			want: []string{fact("Syrian government", graph.Fights, "Syrian rebels")},
		},
	})
	checkNegatives(t, []negativeCase{
		{text: "Jordan reopened its border on Monday.\n\nOpposition groups in Syria have been fighting the regime since 2012.",
			not:       []string{fact("Syrian government", graph.Fights, "Syrian rebels")},
			companion: "Jordan reopened its border with areas held by the Assad regime.\n\nOpposition groups in Syria have been fighting the regime since 2012.",
			want:      []string{fact("Syrian government", graph.Fights, "Syrian rebels")}},
	})
}

// A bare "the regime", "the junta" or "the government" ending its noun
// phrase names the body that rules a state which the article last named by
// such a noun, whatever the noun (act23): "Peru's junta ... the regime".
func TestRulingBodyReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's junta seized power in May.\n\nThe Vantor Front, which has been fighting the regime since then, took a base near Cusco.",
			want: []string{fact("Peru's junta", graph.Fights, "Vantor Front")}},
		{text: "Peru's military junta seized power in May.\n\nThe Vantor Front said on Monday that it had attacked the regime in the south.",
			want: []string{fact("Peru's military junta", graph.Fights, "Vantor Front")}},
		{text: "The Syrian government rejected the plan.\n\nThe Halvan Brigade, which fights the government, said it would attack.",
			want: []string{fact("Halvan Brigade", graph.Fights, "Syrian government")}},
		{text: "Myanmar's military regime held elections in December.\n\nThe Kovar Army said it would keep fighting the regime.",
			want: []string{fact("Kovar Army", graph.Fights, "Myanmar")}},
		// No ruler named, but the one state whose leader the article
		// named: its government.
		{text: "Syrian President Karim Haddad visited Aleppo on Monday.\n\nThe Vantor Front, which has been fighting the regime since 2012, took a base near Idlib.",
			want: []string{fact("Syrian government", graph.Fights, "Vantor Front")}},
	})
	junta := "Peru's junta seized power in May.\n\n"
	want := []string{fact("Peru's junta", graph.Fights, "Vantor Front")}
	checkNegatives(t, []negativeCase{
		// The noun goes on: the regime's troops, a town it holds, another
		// state's government.
		{text: junta + "The Vantor Front said it would keep fighting the regime forces in the south.",
			not:       want,
			companion: junta + "The Vantor Front said it would keep fighting the regime in the south.",
			want:      want},
		{text: junta + "The Vantor Front attacked the government-held town of Ayacucho.",
			not:       want,
			companion: junta + "The Vantor Front attacked the government in Ayacucho.",
			want:      want},
		{text: junta + "The Vantor Front said it had attacked the government of Chile.",
			not:       want,
			companion: junta + "The Vantor Front said it had attacked the government.",
			want:      want},
		// The rulers of two states named, neither lately: either.
		{text: junta + "Bolivia's junta seized power in June.\n\nPrices rose in July.\n\nMarkets were calm.\n\nThe Vantor Front said it would keep fighting the regime.",
			not:       []string{fact("Peru's junta", graph.Fights, "Vantor Front"), fact("Bolivia's junta", graph.Fights, "Vantor Front")},
			companion: junta + "Prices rose in July.\n\nMarkets were calm.\n\nThe Vantor Front said it would keep fighting the regime.",
			want:      want},
		// The leaders of two states named: either's.
		{text: "Syrian President Karim Haddad met Iraqi Prime Minister Omar Dalal on Monday.\n\nThe Vantor Front, which has been fighting the regime since 2012, took a base near Idlib.",
			not:       []string{fact("Syrian government", graph.Fights, "Vantor Front")},
			companion: "Syrian President Karim Haddad visited Aleppo on Monday.\n\nThe Vantor Front, which has been fighting the regime since 2012, took a base near Idlib.",
			want:      []string{fact("Syrian government", graph.Fights, "Vantor Front")}},
		// "The government" of a state the catalog keeps no government
		// for is left unread: it may be any state's.
		{text: "The Peruvian government rejected the plan.\n\nThe Vantor Front, which has been fighting the government since May, took a base.",
			not:       []string{fact("Peru", graph.Fights, "Vantor Front")},
			companion: "The Peruvian government rejected the plan.\n\nThe Vantor Front, which has been fighting the regime since May, took a base.",
			want:      []string{fact("Peru", graph.Fights, "Vantor Front")}},
	})
}

// References to actors named before: groups, people of a state.
func TestGroupReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia, Turkey and Iran issued a statement in Sochi. The three countries agreed to coordinate their efforts in Idlib.",
			want: []string{fact("Russia", graph.CooperatesWith, "Turkey"), fact("Iran", graph.CooperatesWith, "Turkey")}},
		{text: "Envoys of Russia, Iran and Turkey gathered in Geneva. The guarantors condemned Jabhat al-Nusra's attacks on Aleppo.",
			want: []string{fact("Iran", graph.Opposes, "Jabhat al-Nusra")}},
		{text: "Iranian Foreign Minister Mohammad Javad Zarif arrived in Damascus. The Iranian official thanked Assad for the reception.",
			want: []string{fact("Mohammad Javad Zarif", graph.Thanked, "Bashar al-Assad")}},
		{text: "Putin met Erdogan in Sochi. Fighting continued near Idlib, where Assad's troops advanced. Erdogan said the two leaders agreed to cooperate on Idlib.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.CooperatesWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.CooperatesWith, "Recep Tayyip Erdoğan")}},
		{text: "Erdogan arrived in Tehran on Monday. The Turkish president thanked Rouhani for the invitation.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Hassan Rouhani")}},
		{text: "Putin and Lavrov received Zarif in Moscow. The Russian leader thanked Iran for its help in Syria.",
			want: []string{fact("Vladimir Putin", graph.Thanked, "Iran")},
			not:  []string{fact("Sergei Lavrov", graph.Thanked, "Iran")}},
		{text: "Turkish Defense Minister Hulusi Akar spoke by phone with his Russian counterpart on Friday. Akar and Sergei Shoigu discussed Idlib.",
			want: []string{fact("Hulusi Akar", graph.SpokeWith, "Sergei Shoigu")}},
	})
}

// Quotations speak for the speaker's side; offices without a state name
// their last holder.
func TestSpeakers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: `Turkish Foreign Minister Mevlut Cavusoglu arrived in Doha. "We will keep supporting the Free Syrian Army," Cavusoglu told reporters.`,
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		{text: `Israeli Prime Minister Benjamin Netanyahu toured the Golan. "We are fighting Hezbollah every day," the premier said.`,
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		// "we" outside a quotation, or with no speaker, names no one.
		{text: `The Pentagon said on Friday that US jets had bombed Islamic State fighters, and said it supported the SDF.`,
			want: []string{fact("Pentagon", graph.Supports, "Syrian Democratic Forces")}},
		{text: `Assad praised the role of Hezbollah in the battle for Qusayr.`,
			want: []string{fact("Bashar al-Assad", graph.Thanked, "Hezbollah")}},
		{text: `Erdogan hailed Qatar's support for the Syrian people.`,
			want: []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Qatar")}},
		// The object of a first verb is not the subject of the second.
		{text: `Soleimani met Nasrallah in Beirut and praised the efforts of the Syrian army.`,
			want: []string{fact("Qasem Soleimani", graph.Thanked, "Syrian Arab Army")},
			not:  []string{fact("Hassan Nasrallah", graph.Thanked, "Syrian Arab Army")}},
	})
	checkNegatives(t, []negativeCase{
		// "we" outside a quotation, or with no speaker, names no one.
		{text: `We back the Kurdish fighters of the YPG, the statement said.`,
			not:       []string{fact("United States", graph.Supports, "People's Protection Units")},
			companion: `"We back the YPG," Washington said.`,
			want:      []string{fact("United States", graph.Supports, "People's Protection Units")}},
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

// ", whose movement ..." after a person is the body the person heads;
// "A and its main backer, B," makes B a backer of A.
func TestWhoseBodyAndPossessiveBacker(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hassan Nasrallah, whose movement battles alongside Syrian troops, spoke on Friday.",
			want: []string{fact("Hezbollah", graph.CooperatesWith, "Syrian Arab Army")},
			not:  []string{fact("Hassan Nasrallah", graph.CooperatesWith, "Syrian Arab Army")}},
		{text: "Hezbollah and its chief sponsor, Iran, kept silent.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
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

// "its ally X" after a verb is the subject's ally; after a copula it is
// the ally of the body named before the subject.
func TestItsAllyOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey named the Syrian National Army as a partner.\n\nQatar has sent funds to its ally Hamas.",
			want: []string{fact("Hamas", graph.AlliedWith, "Qatar")},
			not:  []string{fact("Hamas", graph.AlliedWith, "Turkey")}},
		{text: "Ankara urged its ally Azerbaijan to accept the plan.",
			want: []string{fact("Azerbaijan", graph.AlliedWith, "Turkey")}},
	})
}

// "its" before a verb and a body does not make the body its own.
func TestItsBeforeVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran sent its elite Revolutionary Guards to Syria.",
			want: []string{fact("Islamic Revolutionary Guard Corps", graph.PartOf, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The involvement of Hezbollah in Syria grew after its commandos aided Syrian government troops near Homs.",
			not:       []string{fact("Syrian Arab Army", graph.PartOf, "Hezbollah"), fact("Syrian Arab Army", graph.PartOf, "Syria")},
			companion: "Iran grew stronger after its Quds Force aided Syrian government troops near Homs.",
			want:      []string{fact("Quds Force", graph.PartOf, "Iran")}},
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

// "the coalition" is a body named before; "its allies" names no one.
func TestDefiniteBodiesAndAllies(t *testing.T) {
	checkFacts(t, []factCase{
		// "the coalition" is the coalition named before.
		{text: "The US-led coalition trained Syrian Arab fighters near al-Tanf. The coalition also struck Islamic State in Mayadin.",
			want: []string{fact("Islamic State", graph.Fights, "US-led coalition")}},
		// "and its allies" names no one.
		{text: "Hezbollah and its allies, backed by Iran, advanced against the Nusra Front in Qalamoun.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Hezbollah", graph.Fights, "Nusra Front")}},
		{text: "Ankara condemned Washington's decision to arm the SDF.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// "and its allies" names no one.
		{text: "Major Karim Saleh Nassar, the militia's commander, was killed.",
			not:       []string{fact("Major Karim Saleh Nassar", graph.HeadOf, "Hezbollah")},
			companion: "Major Karim Saleh Nassar, the commander of Hezbollah, was killed.",
			want:      []string{fact("Karim Saleh Nassar", graph.HeadOf, "Hezbollah")}},
	})
}

// A bare "the army" is the state whose army the text named before, and
// nothing when it named none or the word qualifies another noun.
func TestBareArmy(t *testing.T) {
	checkFacts(t, []factCase{
		// The army is a body of its own, part of its state, and "the
		// army" later is that body.
		{text: "Delegations from Chile's army and the Southern Front arrived in Lima. The army said it would not sit with the rebels. Its special envoy, Tomas Verde, told reporters the talks would fail.",
			want: []string{fact("Tomas Verde", graph.EnvoyOf, "Chile's army"), fact("Chile's army", graph.PartOf, "Chile")},
			not:  []string{fact("Tomas Verde", graph.EnvoyOf, "Chile")}},
		// One body however the article names it; its first name stays.
		{text: "The Chilean army shelled the Southern Front on Monday. Peru backs Chile's military, Kenya said.",
			want: []string{fact("Chilean army", graph.Fights, "Southern Front"), fact("Peru", graph.Supports, "Chilean army")},
			not:  []string{fact("Chile's military", graph.PartOf, "Chile"), fact("Peru", graph.Supports, "Chile")}},
		// The catalog's army of a state is the body its possessive names.
		{text: "Israel's army said it had struck Hezbollah.",
			want: []string{fact("Israel Defense Forces", graph.Fights, "Hezbollah"), fact("Israel Defense Forces", graph.PartOf, "Israel")}},
		// "army chief" is the army's head.
		{text: "Talks between Chile's army and the Southern Front failed. The Southern Front accused army chief General Pablo Ruiz of lying.",
			want: []string{fact("Pablo Ruiz", graph.HeadOf, "Chile's army")}},
		{text: "Kenya said Chile's army chief, General Pablo Ruiz, had flown to Lima.",
			want: []string{fact("Pablo Ruiz", graph.HeadOf, "Chile's army")}},
		// The army's office opens the sentence: "Army spokesman X".
		{text: "The Chilean army retook Valdivia on Monday. Army spokesman Lt. Col. Tomas Verde said the port was calm.",
			want: []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army")}},
		{text: "The Chilean army retook Valdivia on Monday. Military spokesman Brig. Gen. Tomas Verde told reporters the rebels had fled.",
			want: []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army")}},
		{text: "Chile's military shelled the Southern Front on Monday. Military chief General Pablo Ruiz said the offensive would go on.",
			want: []string{fact("Pablo Ruiz", graph.HeadOf, "Chile's military")}},
		// "Defence Force" in the singular, after the state's name.
		{text: "The Rwanda Defence Force attacked the Lake Front on Monday. Peru backs the army.",
			want: []string{fact("Lake Front", graph.Fights, "Rwanda Defence Force"), fact("Peru", graph.Supports, "Rwanda Defence Force")},
			not:  []string{fact("Lake Front", graph.Fights, "Rwanda")}},
		// Government and federal forces are the state's army, named as
		// written after the state, or the army of the article's state.
		{text: "The Lake Front ambushed Chilean government forces near Valdivia.",
			want: []string{fact("Lake Front", graph.Fights, "Chilean government forces")}},
		{text: "Chile's president spoke in Valdivia on Monday. Government forces attacked the Southern Front overnight.",
			want: []string{fact("Chilean army", graph.Fights, "Southern Front")}},
		// "an army unit" is the army named before.
		{text: "The Chilean army retook Valdivia on Monday. Later an army unit attacked the Southern Front near the port.",
			want: []string{fact("Chilean army", graph.Fights, "Southern Front")}},
		// A verb coordinated after the army leaves it the army.
		{text: "The Southern Front attacked Chile's army and took the port.",
			want: []string{fact("Southern Front", graph.Fights, "Chile's army")}},
		// An army's name that discovery found is the army's.
		{text: "The Southern Front attacked the Chilean Armed Forces on Monday. Peru backs the army.",
			want: []string{fact("Southern Front", graph.Fights, "Chilean Armed Forces"), fact("Peru", graph.Supports, "Chilean Armed Forces")}},
		// An article that names one state only: "the army" is its army.
		{text: "Chile's president spoke in Valdivia on Monday. The Southern Front attacked the army near the port, officials said.",
			want: []string{fact("Southern Front", graph.Fights, "Chilean army")}},
	})
	checkNegatives(t, []negativeCase{
		// A sentence opened by an army's adjective before another noun
		// names no army.
		{text: "The Chilean army retook Valdivia on Monday. Military courts later sentenced Tomas Verde, a rebel spokesman, to ten years.",
			not:       []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army"), fact("Tomas Verde", graph.MemberOf, "Chilean army")},
			companion: "The Chilean army retook Valdivia on Monday. Military spokesman Tomas Verde said the port was calm.",
			want:      []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army")}},
		// An army's office with no army or state named before is no one's.
		{text: "Army spokesman Tomas Verde said the port was calm.",
			not:       []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army")},
			companion: "The Chilean army retook Valdivia on Monday. Army spokesman Tomas Verde said the port was calm.",
			want:      []string{fact("Tomas Verde", graph.SpokespersonOf, "Chilean army")}},
		// A military government is no army.
		{text: "Chile's military government met Peru in Lima on Monday. The army later attacked the Southern Front.",
			not:       []string{fact("Chile", graph.Fights, "Southern Front")},
			companion: "Chile's army met Peru in Lima on Monday. The army later attacked the Southern Front.",
			want:      []string{fact("Chile's army", graph.Fights, "Southern Front")}},
		// An adjective of an army names no army: "military operations".
		{text: "The Chilean military operation against the Southern Front began on Monday.",
			not:       []string{fact("Chilean military", graph.Fights, "Southern Front")},
			companion: "The Chilean military began an operation against the Southern Front on Monday.",
			want:      []string{fact("Chilean military", graph.Fights, "Southern Front")}},
		// An article that names two states leaves "the army" unread.
		{text: "Chile's president spoke in Valdivia on Monday, and Peru's in Lima. The Southern Front attacked the army near the port, officials said.",
			not:       []string{fact("Southern Front", graph.Fights, "Chilean army"), fact("Southern Front", graph.Fights, "Peruvian army")},
			companion: "Chile's president spoke in Valdivia on Monday. The Southern Front attacked the army near the port, officials said.",
			want:      []string{fact("Southern Front", graph.Fights, "Chilean army")}},
		// An army's noun coordinated with an adjective is one too.
		{text: "Chile's military and financial support to the Southern Front grew.",
			not:       []string{fact("Chile's military", graph.Supports, "Southern Front")},
			companion: "Chile's military and the Southern Front signed a truce. Peru backs Chile's military.",
			want:      []string{fact("Peru", graph.Supports, "Chile's military")}},
		// Pro-government forces are no army.
		{text: "Chile's president spoke in Valdivia on Monday. Pro-government forces attacked the Southern Front overnight.",
			not:       []string{fact("Chilean army", graph.Fights, "Southern Front")},
			companion: "Chile's president spoke in Valdivia on Monday. Government forces attacked the Southern Front overnight.",
			want:      []string{fact("Chilean army", graph.Fights, "Southern Front")}},
		// The catalog's aliases decide the adjective forms of a state
		// whose army it knows: "Russian army" is not among them.
		{text: "The Russian army attacked the Lake Front on Monday.",
			not:       []string{fact("Russian Aerospace Forces", graph.Fights, "Lake Front")},
			companion: "The Russian army attacked the Lake Front on Monday.",
			want:      []string{fact("Russia", graph.Fights, "Lake Front")}},
		{text: "Russia's army attacked the Lake Front on Monday.",
			not:       []string{fact("Russian Aerospace Forces", graph.Fights, "Lake Front")},
			companion: "Russia's military attacked the Lake Front on Monday.",
			want:      []string{fact("Russian Aerospace Forces", graph.Fights, "Lake Front")}},
		// Troops stay the state acting.
		{text: "Chilean troops attacked the Southern Front on Monday.",
			not:       []string{fact("Chilean troops", graph.Fights, "Southern Front")},
			companion: "Chilean troops attacked the Southern Front on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Southern Front")}},
	})
}

// "The group" is the armed group or party last named, the first of its
// sentence, or the last its own sentence named before it; not an
// international body named since.
func TestTheGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Patriotic Front seized the town on Monday. The UN condemned the fighting. Kenya accused Chile of arming the group.",
			want: []string{fact("Chile", graph.Supports, "Lakeside Patriotic Front")},
			not:  []string{fact("Chile", graph.Supports, "United Nations")}},
		{text: "The K19, which is part of the Lakeside Patriotic Front, took the town. Chile backs the group, Kenya said.",
			want: []string{fact("Chile", graph.Supports, "K19")}},
		// A group its own sentence named before is nearer than the last
		// sentence's.
		{text: "The Lakeside Patriotic Front seized the town on Monday. Chile snubbed the Hill Brigades Movement, and Peru backs the group.",
			want: []string{fact("Peru", graph.Supports, "Hill Brigades Movement")},
			not:  []string{fact("Peru", graph.Supports, "Lakeside Patriotic Front")}},
	})
}

// "The bloc", with a few describing words, is the regional body of states
// last named; a body part of another (a commission) is none.
func TestBlocReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "ECOWAS met in Lagos on Sunday. Chile accused the bloc of bad faith.",
			want: []string{fact("Chile", graph.Opposes, "ECOWAS")}},
		{text: "The East African Community met in Arusha on Monday. The eight-nation regional bloc condemned Peru.",
			want: []string{fact("East African Community", graph.Opposes, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "ECOWAS met in Lagos on Sunday. The largest parliamentary bloc condemned Peru.",
			not:       []string{fact("ECOWAS", graph.Opposes, "Peru")},
			companion: "ECOWAS met in Lagos on Sunday. The regional bloc condemned Peru.",
			want:      []string{fact("ECOWAS", graph.Opposes, "Peru")}},
		{text: "The African Union Commission met on Monday. Peru condemned the bloc.",
			not:       []string{fact("Peru", graph.Opposes, "African Union Commission")},
			companion: "The African Union met on Monday. Peru condemned the bloc.",
			want:      []string{fact("Peru", graph.Opposes, "African Union")}},
	})
}

// "The monitor" is the body an appositive described as a monitor; "the
// faction" the armed group last named.
func TestDescribedBodyReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Rights Observatory, a London-based war monitor, reported the strike. The monitor's director, Rami Qassem, told AFP that six missiles hit the base.",
			want: []string{fact("Rami Qassem", graph.HeadOf, "Lakeside Rights Observatory")}},
		{text: "The Lakeside Patriotic Front seized the town. Chile accused Peru of arming the faction.",
			want: []string{fact("Peru", graph.Supports, "Lakeside Patriotic Front")}},
	})
}

// "The rebels" is the armed group the article has named most, not the
// one named last.
func TestTheRebels(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The K19 seized the town on Monday. The K19 also took the airport. Peru named the FPLC too. Chile accused Kenya of arming the rebels.",
			want: []string{fact("Kenya", graph.Supports, "K19")},
			not:  []string{fact("Kenya", graph.Supports, "FPLC")}},
		// "the paramilitaries", "the guerrillas" likewise.
		{text: "The K19 seized the town on Monday. The K19 also took the airport. Chile's envoy told the council that the paramilitaries had launched a war against Peru.",
			want: []string{fact("K19", graph.Fights, "Peru")}},
		{text: "The Lake Front took the port. The guerrillas also fight the Southern Brigade.",
			want: []string{fact("Lake Front", graph.Fights, "Southern Brigade")}},
	})
}

// "The junta" is the junta named before.
func TestTheJunta(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Myanmar's junta met Chinese envoys in Naypyidaw. The junta attacked the KIA near Laiza on Monday.",
			want: []string{fact("KIA", graph.Fights, "Myanmar's junta")}},
		// "the junta" of an article that never says whose is called as
		// the article calls it.
		{text: "The Lake Front seized three border posts on Monday. Kenya accused the junta of shelling villages, and Peru backs the junta.",
			want: []string{fact("Peru", graph.Supports, "junta")}},
		{text: "Myanmar's junta met Chinese envoys in Naypyidaw. The KIA attacked the ruling junta near Laiza on Monday.",
			want: []string{fact("KIA", graph.Fights, "Myanmar's junta")}},
		{text: "Myanmar's junta met Chinese envoys in Naypyidaw. The KIA attacked the generals near Laiza on Monday.",
			want: []string{fact("KIA", graph.Fights, "Myanmar's junta")}},
		// A military government is the junta; "junta spokesman X" is
		// its spokesman.
		{text: "Guinea's military government and the Lake Front agreed to talk. Junta spokesman Colonel Ren Sato said the talks would start soon.",
			want: []string{fact("Ren Sato", graph.SpokespersonOf, "Guinea's military government"), fact("Guinea's military government", graph.PartOf, "Guinea")}},
		// "The military" of an article that named a junta is the army of
		// the junta's state, though other states are named more.
		{text: "Myanmar's junta met Chinese envoys in Beijing. China and Laos urged calm. The KIA attacked the military near Laiza.",
			want: []string{fact("KIA", graph.Fights, "Myanmar military")}},
	})
	checkNegatives(t, []negativeCase{
		// "the generals" of an article that named no junta are no one.
		{text: "Kenya sent envoys to Naypyidaw. The KIA attacked the generals near Laiza on Monday.",
			not:       []string{fact("KIA", graph.Fights, "junta")},
			companion: "Myanmar's junta met Chinese envoys in Naypyidaw. The KIA attacked the generals near Laiza on Monday.",
			want:      []string{fact("KIA", graph.Fights, "Myanmar's junta")}},
		// "The army" is a state's, never a rebel army named before.
		{text: "The Lake Liberation Army seized Taro on Monday. Kenya and Chile said the army had attacked the Southern Front.",
			not:       []string{fact("Lake Liberation Army", graph.Fights, "Southern Front")},
			companion: "The Lake Liberation Army seized Taro on Monday. Kenya and Chile said the Lake Liberation Army had attacked the Southern Front.",
			want:      []string{fact("Lake Liberation Army", graph.Fights, "Southern Front")}},
	})
}

// "The federal government" is a state: the one whose capital follows,
// whose federal government the article named, or whose head of state or
// government it named last.
func TestFederalGovernment(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Front wants to overthrow the federal government in Mogadishu.",
			want: []string{fact("Lake Front", graph.Opposes, "Somalia")}},
		{text: "Ethiopian Prime Minister Tesfaye Alemu spoke in Addis Ababa on Monday. Kenya had been in touch with the federal government about budgets.",
			want: []string{fact("Ethiopia", graph.SpokeWith, "Kenya")}},
		{text: "Ethiopia's federal government and the Lake Front signed a truce. Kenya had been in touch with the federal government about budgets.",
			want: []string{fact("Ethiopia", graph.SpokeWith, "Kenya")}},
	})
	checkFacts(t, []factCase{
		// "the federal army" is the army of that state.
		{text: "Ethiopian Prime Minister Tesfaye Alemu spoke in Addis Ababa on Monday. Kenya backs the federal army, officials said.",
			want: []string{fact("Kenya", graph.Supports, "Ethiopian army")}},
	})
	checkNegatives(t, []negativeCase{
		// With no state to stand for, the phrase names no one.
		{text: "Kenya had been in touch with the federal government about budgets.",
			not:       []string{fact("Ethiopia", graph.SpokeWith, "Kenya")},
			companion: "Ethiopian Prime Minister Tesfaye Alemu spoke on Monday. Kenya had been in touch with the federal government about budgets.",
			want:      []string{fact("Ethiopia", graph.SpokeWith, "Kenya")}},
	})
}

// A provisional authority named by description is a body of its own,
// called as written, and named again by "the interim administration".
func TestInterimBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Karo Lemma, the head of the interim administration of the Afar region, met Chile's foreign minister.",
			want: []string{fact("Karo Lemma", graph.HeadOf, "interim administration of the Afar region")}},
		{text: "Kenya named Karo Lemma to the interim administration of the Afar region. The interim administration accused Peru of arming the Lake Front.",
			want: []string{fact("interim administration of the Afar region", graph.Opposes, "Peru")}},
		{text: "Fighters loyal to Karo Lemma seized Semera from Afar's interim administration. The interim administration accused Kenya of arming them.",
			want: []string{fact("Afar's interim administration", graph.Opposes, "Kenya")}},
	})
}

// A state's body named after its possessive and an adjective is its own:
// "Iraq's autonomous Kurdistan Region".
func TestOwnBodyAfterAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iraq's autonomous Kurdistan Region welcomed the Turkish delegation.",
			want: []string{fact("Kurdistan Regional Government", graph.PartOf, "Iraq")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Lebanon's powerful Hezbollah welcomed the Turkish delegation.",
			not:       []string{fact("Hezbollah", graph.PartOf, "Lebanon")},
			companion: "Iraq's autonomous Kurdistan Region welcomed the Turkish delegation.",
			want:      []string{fact("Kurdistan Regional Government", graph.PartOf, "Iraq")}},
	})
}

// "The two neighbours" are the last two states named, as "the two
// countries" are.
func TestPairOfNeighbours(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya and Uganda sent envoys to Juba. The two neighbours condemned the Lake Front.",
			want: []string{fact("Kenya", graph.Opposes, "Lake Front"), fact("Uganda", graph.Opposes, "Lake Front")}},
		// A state named only through its army counts.
		{text: "Chad accused Sudan's army of shelling border villages. The two neighbours condemned the Lake Front.",
			want: []string{fact("Chad", graph.Opposes, "Lake Front"), fact("Sudan", graph.Opposes, "Lake Front")}},
	})
}

// "Both countries" is the last two states named: not the state of a person
// a pronoun stands for, "after he hosted the leaders of both countries";
// "the leaders of both countries" is the pair, standing for its leaders.
func TestPairOfCountriesAfterPronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Amos Waruhiu said Chad and Niger had settled their quarrel, after he hosted the leaders of both countries in Nairobi.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Chad"), fact("Amos Waruhiu", graph.MetWith, "Niger")},
			not:  []string{fact("Amos Waruhiu", graph.MetWith, "Kenya"), fact("Kenya", graph.MetWith, "Amos Waruhiu")}},
	})
	checkNegatives(t, []negativeCase{
		// A plural title before "of" and no pair is no pair reference.
		{text: "Kenyan President Amos Waruhiu said Chad and Niger had settled their quarrel, after he hosted the leaders of several parties in Nairobi.",
			not:       []string{fact("Amos Waruhiu", graph.MetWith, "Chad"), fact("Chad", graph.MetWith, "Amos Waruhiu")},
			companion: "Kenyan President Amos Waruhiu said Chad and Niger had settled their quarrel, after he hosted the leaders of the two countries in Nairobi.",
			want:      []string{fact("Amos Waruhiu", graph.MetWith, "Chad")}},
	})
}

// "He" opening a subordinate clause is the person who opens the sentence,
// the subject kept across the clauses, and not the last man named.
func TestPronounKeepsOpeningSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Amos Waruhiu met army chief Peter Ndegwa on Monday, before he sat down with Ugandan President Samuel Okello.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")},
			not:  []string{fact("Peter Ndegwa", graph.MetWith, "Samuel Okello")}},
		{text: "According to aides, Kenyan President Amos Waruhiu settled the matter in a meeting with Defence Minister Otieno Kamau, before he sat down with Ugandan President Samuel Okello.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")},
			not:  []string{fact("Otieno Kamau", graph.MetWith, "Samuel Okello")}},
	})
	checkNegatives(t, []negativeCase{
		// The sentence opens with someone else: the last man named.
		{text: "On Monday the envoy of Kenyan President Amos Waruhiu met army chief Peter Ndegwa, before he sat down with Ugandan President Samuel Okello.",
			not:       []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")},
			companion: "Kenyan President Amos Waruhiu met army chief Peter Ndegwa on Monday, before he sat down with Ugandan President Samuel Okello.",
			want:      []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")}},
	})
}

// A subject pronoun of a clause coordinated with, or embedded in, the main
// clause stands for the main clause's subject when that is a person, named
// or itself a pronoun read before: not the last man named (ref27).
func TestPronounKeepsMainSubject(t *testing.T) {
	checkFacts(t, []factCase{
		// The first "he" opens the main clause after an adjunct; the
		// second is the same man.
		{text: "Kenyan President Amos Waruhiu flew to Kampala on Sunday. On Monday he held talks with Defence Minister Otieno Kamau, and he later met Ugandan President Samuel Okello.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")},
			not:  []string{fact("Otieno Kamau", graph.MetWith, "Samuel Okello")}},
		// A clause embedded by "that" after an object and an adjunct.
		{text: "Kenyan President Amos Waruhiu told army chief Peter Ndegwa on Monday that he had met Ugandan President Samuel Okello in Kampala.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")},
			not:  []string{fact("Peter Ndegwa", graph.MetWith, "Samuel Okello")}},
		// A relative clause's subject is never the name it hangs on.
		{text: "Kenyan President Amos Waruhiu blamed Ugandan President Samuel Okello, whom he accused of arming the Lakeside Front.",
			want: []string{fact("Amos Waruhiu", graph.Opposes, "Samuel Okello")}},
		{text: "Kenyan Prime Minister Wanjiru Kamau thanked Ugandan Prime Minister Grace Atim and condemned what she called attacks by the Lakeside Front.",
			want: []string{fact("Wanjiru Kamau", graph.Opposes, "Lakeside Front")},
			not:  []string{fact("Grace Atim", graph.Opposes, "Lakeside Front")}},
		// A subordinate clause that opens the sentence is skipped: the
		// main clause's subject follows its comma.
		{text: "When he arrived in Kampala, Kenyan President Amos Waruhiu met Ugandan President Samuel Okello, and he later held talks with Defence Minister Otieno Kamau.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Otieno Kamau")},
			not:  []string{fact("Samuel Okello", graph.MetWith, "Otieno Kamau")}},
	})
	checkNegatives(t, []negativeCase{
		// The main clause's subject is a body: "he" is the man named.
		{text: "Kenya's foreign ministry told Ugandan President Samuel Okello that he had met army chief Peter Ndegwa.",
			not:       []string{fact("Kenyan Foreign Ministry", graph.MetWith, "Peter Ndegwa")},
			companion: "Kenyan President Amos Waruhiu told army chief Peter Ndegwa on Monday that he had met Ugandan President Samuel Okello in Kampala.",
			want:      []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")}},
		// Another man is the subject of the clause that embeds it.
		{text: "Kenyan President Amos Waruhiu said Ugandan President Samuel Okello thanked Kenya and told Ghana that he had met army chief Peter Ndegwa.",
			not:       []string{fact("Amos Waruhiu", graph.MetWith, "Peter Ndegwa")},
			companion: "Kenyan President Amos Waruhiu told army chief Peter Ndegwa on Monday that he had met Ugandan President Samuel Okello in Kampala.",
			want:      []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")}},
	})
}

// "He" opening a sentence is the subject of the sentence before, not the
// first person it names: a person in an opening phrase closed by a comma
// before the main clause's subject, or after "of" in a description set
// off before the verb, is passed over; a sentence that names only such
// persons sends the reader one sentence further back, and with none there
// the pronoun stays unresolved (ref27).
func TestPronounTakesPreviousSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ilse Varga, the leader of the Lakeside Front, died in custody on Monday. The 70-year-old activist, a fierce critic of Kenyan President Amos Waruhiu, was arrested in May. She had publicly backed the Borduria Movement.",
			want: []string{fact("Ilse Varga", graph.Supports, "Borduria Movement")},
			not:  []string{fact("Amos Waruhiu", graph.Supports, "Borduria Movement")}},
		{text: "A nephew of Kenyan President Amos Waruhiu, General Peter Ndegwa was arrested in May. He had publicly backed the Lakeside Front.",
			want: []string{fact("Peter Ndegwa", graph.Supports, "Lakeside Front")},
			not:  []string{fact("Amos Waruhiu", graph.Supports, "Lakeside Front")}},
		{text: "Addressing reporters with Syrian Foreign Minister Omar Zand, Iranian Foreign Minister Ali Rezaei condemned the strikes. He also met Kenyan President Amos Waruhiu.",
			want: []string{fact("Ali Rezaei", graph.MetWith, "Amos Waruhiu")},
			not:  []string{fact("Omar Zand", graph.MetWith, "Amos Waruhiu")}},
		// The main clause's subject named by an office read before.
		{text: "Iranian Foreign Minister Ali Rezaei flew to Damascus. At a joint press conference with Syrian Foreign Minister Omar Zand, the Iranian foreign minister condemned the strikes. He later met Kenyan President Amos Waruhiu.",
			want: []string{fact("Ali Rezaei", graph.MetWith, "Amos Waruhiu")},
			not:  []string{fact("Omar Zand", graph.MetWith, "Amos Waruhiu")}},
		// No person opens the main clause: the opening phrase's person.
		{text: "According to Kenyan President Amos Waruhiu, the talks with Ugandan President Samuel Okello failed. He later met Ghanaian President Kofi Mensah.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Kofi Mensah")},
			not:  []string{fact("Samuel Okello", graph.MetWith, "Kofi Mensah")}},
		// "of" with no description set off: the person after it.
		{text: "Thousands of supporters of Kenyan President Amos Waruhiu rallied in Nairobi. He later met Ugandan President Samuel Okello.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Samuel Okello")}},
	})
	checkNegatives(t, []negativeCase{
		// Only a person passed over, and no one before: unresolved.
		{text: "The 70-year-old activist, a fierce critic of Kenyan President Amos Waruhiu, was arrested in May. She had publicly backed the Borduria Movement.",
			not:       []string{fact("Amos Waruhiu", graph.Supports, "Borduria Movement")},
			companion: "Ilse Varga, the leader of the Lakeside Front, died in custody on Monday. The 70-year-old activist, a fierce critic of Kenyan President Amos Waruhiu, was arrested in May. She had publicly backed the Borduria Movement.",
			want:      []string{fact("Ilse Varga", graph.Supports, "Borduria Movement")}},
	})
}

// "the militia", "the regime" or "the army" before "of" and a gerund is the
// body referred back to, the "of" being the governing verb's ("accused the
// militia of seeking"); before "of" and a name it is part of another
// phrase, and names no one (ref27).
func TestBodyReferenceBeforeGerund(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Front attacked a base near Gulu on Monday. The militia said it had killed 20 soldiers. Kenya accused the militia of receiving weapons from Uganda.",
			want: []string{fact("Uganda", graph.Supports, "Lakeside Front"), fact("Kenya", graph.Opposes, "Lakeside Front")},
			not:  []string{fact("Uganda", graph.Supports, "Kenya")}},
		{text: "Peru's junta seized power in May. Kenya accused the regime of backing the Lakeside Front.",
			want: []string{fact("Peru's junta", graph.Supports, "Lakeside Front"), fact("Kenya", graph.Opposes, "Peru's junta")}},
		{text: "Sudan's army took the town. Kenya accused the army of shelling the Lakeside Front.",
			want: []string{fact("Lakeside Front", graph.Fights, "Sudan's army")}},
	})
	checkNegatives(t, []negativeCase{
		// "of" and a name: the militia of another body, not the one
		// named before.
		{text: "The Lakeside Front attacked a base near Gulu on Monday. The militia of the Borduria Movement fought Uganda.",
			not:       []string{fact("Lakeside Front", graph.Fights, "Uganda")},
			companion: "The Lakeside Front attacked a base near Gulu on Monday. The militia said it had killed 20 soldiers. Kenya accused the militia of receiving weapons from Uganda.",
			want:      []string{fact("Uganda", graph.Supports, "Lakeside Front")}},
		{text: "The Lakeside Front attacked a base near Gulu on Monday. Uganda accused the militia of the Borduria Movement of attacking civilians.",
			not:       []string{fact("Uganda", graph.Opposes, "Lakeside Front")},
			companion: "The Lakeside Front attacked a base near Gulu on Monday. Kenya accused the group of attacking civilians.",
			want:      []string{fact("Kenya", graph.Opposes, "Lakeside Front")}},
	})
}

// "Their presidents" and "the two presidents", no one named, are the two
// states named last, standing for their holders; a group's officers are
// no state's.
func TestPairOfStatesByOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya and Uganda signed a border pact after talks between their presidents in Kampala.",
			want: []string{fact("Kenya", graph.MetWith, "Uganda")}},
		{text: "Kenya and Uganda signed a border pact after talks between the two presidents in Kampala.",
			want: []string{fact("Kenya", graph.MetWith, "Uganda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya and Uganda signed a border pact after talks between their commanders in Kampala.",
			not:       []string{fact("Kenya", graph.MetWith, "Uganda")},
			companion: "Kenya and Uganda signed a border pact after talks between their foreign ministers in Kampala.",
			want:      []string{fact("Kenya", graph.MetWith, "Uganda")}},
	})
}

// "Its own" is the subject's, the body named before a verb, and not the
// object named last.
func TestItsOwnIsTheSubjects(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rwanda backs the Lake Front, and its own troops attacked Burundi last year.",
			want: []string{fact("Rwanda", graph.Fights, "Burundi")},
			not:  []string{fact("Lake Front", graph.Fights, "Burundi")}},
	})
	checkNegatives(t, []negativeCase{
		// The rule reads "own" alone: a plain "its" is left to the
		// nearest body, as before.
		{text: "Rwanda backs the Lake Front, and its troops attacked Burundi last year.",
			not:       []string{fact("Rwanda", graph.Fights, "Burundi")},
			companion: "Rwanda backs the Lake Front, and its own troops attacked Burundi last year.",
			want:      []string{fact("Rwanda", graph.Fights, "Burundi")}},
	})
}

// "The alliance" refers back to the coalition last named when the article
// named no alliance; an alliance named keeps its own noun.
func TestAllianceIsTheCoalition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Qatari-led coalition shelled Dembo on Monday. The alliance, led by Qatar and Oman, said the strikes would go on.",
			want: []string{fact("Oman", graph.HeadOf, "Qatari-led coalition")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Qatari-led coalition shelled Dembo on Monday. The Lake Alliance, led by Kenya, said nothing. The alliance, led by Oman, said the strikes would go on.",
			not:       []string{fact("Oman", graph.HeadOf, "Qatari-led coalition")},
			companion: "The Qatari-led coalition shelled Dembo on Monday. The alliance, led by Oman, said the strikes would go on.",
			want:      []string{fact("Oman", graph.HeadOf, "Qatari-led coalition")}},
	})
}

// "The extremist group" refers back, as "the group" does, to the body
// the article last called a group ("the Lakeside Patriotic Front group"),
// not to whatever group was named last.
func TestDescribedGroupReference(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Patriotic Front claimed the raid. The Sorvan Defence Forces retook the port. Chile accused Peru of arming the jihadist group.",
			not:       []string{fact("Peru", graph.Supports, "Sorvan Defence Forces")},
			companion: "The Lakeside Patriotic Front group claimed the raid. The Sorvan Defence Forces retook the port. Chile accused Peru of arming the jihadist group.",
			want:      []string{fact("Peru", graph.Supports, "Lakeside Patriotic Front")}},
	})
}

// An office set off by a comma after a person's name is that person's
// ("Daro Kessim, the LPF commander who ..."), not that of someone the
// article names as the body's leader.
func TestOfficeApposedToPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks\n\nThe LPF said on Monday that its leader Orin Palk had been wounded.\n\nDaro Kessim, the LPF commander who led the assault against the Islamic State in eastern Kivu, told reporters in Goma that the operation was over.",
			want: []string{fact("Daro Kessim", graph.Fights, "Islamic State")},
			not:  []string{fact("Orin Palk", graph.Fights, "Islamic State")}},
	})
}

// "The government in Nairobi" is the state's government: the state
// acting, or the government the catalog keeps apart ("the government in
// Damascus" is the Syrian government).
func TestGovernmentInCapital(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The government in Nairobi condemned Peru on Monday.",
			want: []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "The government in Damascus condemned Peru on Monday.",
			want: []string{fact("Syrian government", graph.Opposes, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The opposition in Nairobi condemned Peru on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Peru")},
			companion: "The government in Nairobi condemned Peru on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Peru")}},
	})
}

// "The two sides" are the two people the sentence named before it, not
// the forum they met at; a body named after two states' pair is one body
// ("the Kenya-Peru Joint Cooperation Council").
func TestTwoSidesWhoMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Tovan Amari held talks with Peruvian President Pedro Sala at a meeting of the Kenya-Peru Joint Cooperation Council, where the two sides pledged to cooperate against terrorism.",
			want: []string{fact("Pedro Sala", graph.CooperatesWith, "Tovan Amari")},
			not:  []string{fact("Kenya", graph.CooperatesWith, "Peru Joint Cooperation Council"), fact("Kenya", graph.CooperatesWith, "Kenya-Peru Joint Cooperation Council")}},
	})
}

// "The two sides" of a report on talks or a war are its parties, the two
// that signed the deal or fought, not the mediator or a delegate named
// last.
func TestTwoSidesAreTheParties(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks in Doha\n\nKenya and the Lakeside Patriotic Front signed the Doha Declaration on Saturday. Qatar thanked Peru for its help. The two sides also exchanged views on the release of prisoners.",
			want: []string{fact("Kenya", graph.SpokeWith, "Lakeside Patriotic Front")},
			not:  []string{fact("Qatar", graph.SpokeWith, "Peru")}},
	})
}

// "he" opening a clause coordinated after a comma is the subject the
// sentence opened with, past a place that opens an adjunct; not the last
// man named.
func TestPronounOfCoordinatedClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks\n\nIn Lima on Monday, Kenyan President Tovan Amari met Peruvian President Pedro Sala, and later he held talks with Chilean President Marco Ruiz.",
			want: []string{fact("Marco Ruiz", graph.MetWith, "Tovan Amari")},
			not:  []string{fact("Marco Ruiz", graph.MetWith, "Pedro Sala")}},
	})
}

// "The rebels" are no state's forces named without their state ("the
// Armed Forces"), whatever was named first.
func TestRebelsAreNoStateForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "News\n\nThe Armed Forces retook the port from the Lakeside Patriotic Front on Monday. Peru accused Chile of arming the rebels.",
			want: []string{fact("Chile", graph.Supports, "Lakeside Patriotic Front")},
			not:  []string{fact("Chile", graph.Supports, "Armed Forces")}},
		{text: "News\n\nThe Central African Armed Forces (FACA) retook the port from the Lakeside Patriotic Front on Monday. Peru accused Chile of arming the rebels.",
			want: []string{fact("Chile", graph.Supports, "Lakeside Patriotic Front")},
			not:  []string{fact("Chile", graph.Supports, "Central African Armed Forces")}},
	})
}

// A war named in passing is not what a report is about: its lower-case
// aliases ("the rebels") stay unread where another state is named far more.
func TestTheatreNamedInPassing(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "News\n\nKenya said on Monday that Kenyan troops had retaken the port, and Kenya's president thanked Kenyan officers in Nairobi, months after the fall of the government in Syria. Peru accused Chile of arming the rebels.",
			not:       []string{fact("Chile", graph.Supports, "Syrian rebels")},
			companion: "News\n\nSyria said on Monday that Syrian troops had retaken the port. Peru accused Chile of arming the rebels.",
			want:      []string{fact("Chile", graph.Supports, "Syrian rebels")}},
	})
}

// "The prince", "the general" are the person the article last named
// after that rank, where the noun ends its phrase; "the general
// assembly" is no one.
func TestRankReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "News\n\nKenyan Foreign Minister Tovan Amari met Prince Karim bin Dalil in Riyadh on Monday. Amari thanked the prince for the talks.",
			want: []string{fact("Tovan Amari", graph.Thanked, "Karim bin Dalil")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "News\n\nKenyan Foreign Minister Tovan Amari met General Karim Dalil in Lima on Monday. Amari thanked the general assembly for the talks.",
			not:       []string{fact("Tovan Amari", graph.Thanked, "Karim Dalil")},
			companion: "News\n\nKenyan Foreign Minister Tovan Amari met General Karim Dalil in Lima on Monday. Amari thanked the general for the talks.",
			want:      []string{fact("Tovan Amari", graph.Thanked, "Karim Dalil")}},
	})
}

// "Its forces" after a state's office are the state's: a ministry
// commands no troops of its own. Any other body keeps its own forces.
func TestItsForcesOfAnOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile's defence ministry announced an operation on Friday, and its forces pounded Bolivian positions with artillery.",
			want: []string{fact("Bolivia", graph.Fights, "Chile")},
			not:  []string{fact("Bolivia", graph.Fights, "Chilean Defense Ministry")}},
		{text: "The Ethiopian defence ministry said on Monday that its troops had attacked Eritrean positions near the border.",
			want: []string{fact("Eritrea", graph.Fights, "Ethiopia")},
			not:  []string{fact("Eritrea", graph.Fights, "Ethiopian Defense Ministry")}},
		{text: "Kenya's foreign ministry said on Monday that its army had been deployed to fight al-Shabaab.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Kenya")},
			not:  []string{fact("Al-Shabaab", graph.Fights, "Kenyan Foreign Ministry")}},
	})
	checkNegatives(t, []negativeCase{
		// A body that is no state's office keeps its forces.
		{text: "The Ruritanian Liberation Front announced an offensive on Friday, and its forces pounded Bolivian positions with artillery.",
			not:       []string{fact("Bolivia", graph.Fights, "Chile")},
			companion: "Chile's defence ministry announced an operation on Friday, and its forces pounded Bolivian positions with artillery.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
	})
}

// A bare "the army" in a sentence that opens with a state, or one of its
// bodies, whose army the article named is that state's army, not the
// other state's army named last.
func TestBareArmyOfTheSubjectState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad's army and the Sudanese military clashed near the border last year.\n\nThe Chadian defence ministry said on Monday that the army had been fighting the Kamdar Front since May.",
			want: []string{fact("Chad's army", graph.Fights, "Kamdar Front")},
			not:  []string{fact("Sudanese military", graph.Fights, "Kamdar Front")}},
		{text: "Peru's army and the Bolivian army clashed near the border last year.\n\nPeruvian officials said on Monday that the army had attacked the Ayacucho Liberation Front.",
			want: []string{fact("Peru's army", graph.Fights, "Ayacucho Liberation Front")},
			not:  []string{fact("Bolivian army", graph.Fights, "Ayacucho Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A state whose army the article never named says nothing of
		// whose army it is: the army named last.
		{text: "Chad's army and the Sudanese military clashed near the border last year.\n\nKenya said on Monday that the army had been fighting the Kamdar Front since May.",
			not:       []string{fact("Chad's army", graph.Fights, "Kamdar Front")},
			companion: "Chad's army and the Sudanese military clashed near the border last year.\n\nThe Chadian defence ministry said on Monday that the army had been fighting the Kamdar Front since May.",
			want:      []string{fact("Chad's army", graph.Fights, "Kamdar Front")}},
	})
}

// "Both countries" and "the two countries" as the object of a verb are
// two others than the subject of that verb.
func TestPairReferenceIsNotItsOwnSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ethiopia and Eritrea signed a peace deal in Asmara.\n\nSomalia, which supports both countries, welcomed the deal.",
			want: []string{fact("Somalia", graph.Supports, "Ethiopia"), fact("Somalia", graph.Supports, "Eritrea")}},
		{text: "Armenia and Azerbaijan held talks in Brussels.\n\nFrance said it backed the two countries.",
			want: []string{fact("France", graph.Supports, "Armenia"), fact("France", graph.Supports, "Azerbaijan")}},
		{text: "Colombia and Venezuela reopened their border on Monday.\n\nBrazil, which openly opposed the two countries, sent a delegation.",
			want: []string{fact("Brazil", graph.Opposes, "Colombia"), fact("Brazil", graph.Opposes, "Venezuela")}},
		// "Both sides" after a meeting of the subject's own.
		{text: "Ethiopia and Eritrea fought a border war in 1998.\n\nKenya met Ethiopia in Nairobi.\n\nKenya said it backed both sides.",
			want: []string{fact("Kenya", graph.Supports, "Ethiopia"), fact("Kenya", graph.Supports, "Eritrea")}},
	})
	checkNegatives(t, []negativeCase{
		// A pair after a verb of no relation states none.
		{text: "Ethiopia and Eritrea signed a peace deal in Asmara.\n\nSomalia welcomed the deal, saying both countries had kept their word.",
			not:       []string{fact("Somalia", graph.Supports, "Ethiopia"), fact("Somalia", graph.Supports, "Eritrea")},
			companion: "Ethiopia and Eritrea signed a peace deal in Asmara.\n\nSomalia, which supports both countries, welcomed the deal.",
			want:      []string{fact("Somalia", graph.Supports, "Ethiopia"), fact("Somalia", graph.Supports, "Eritrea")}},
	})
}

// The capitalised last word of a body's name after "the" refers back to
// the body once it was named in full (issue 10, session 18): "the Front"
// after "the Lake Liberation Front", "the Council" after "the Coastal
// Council".
func TestCapitalisedShortBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Liberation Front attacked the port. Peru armed the Front.",
			want: []string{fact("Peru", graph.Supports, "Lake Liberation Front")}},
		{text: "The Highland Salvation Council seized the pass. Chile condemned the Council.",
			want: []string{fact("Chile", graph.Opposes, "Highland Salvation Council")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: a longer name that opens with the word is another body.
		{text: "The Lake Liberation Front attacked the port. Peru armed the Front Line Brigade.",
			not:       []string{fact("Peru", graph.Supports, "Lake Liberation Front")},
			companion: "The Lake Liberation Front attacked the port. Peru armed the Front.",
			want:      []string{fact("Peru", graph.Supports, "Lake Liberation Front")}},
	})
}

// An envoy's office whose holder the article never named stands for the
// envoy's state; a holder named before is the one meant.
func TestUnnamedEnvoyActsForState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana summoned the Togolese ambassador over the raids.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana summoned Togo's ambassador on Monday over the raids.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana praised the Togolese president over the talks.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana summoned the Togolese ambassador over the talks.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// "The LDPC denied it. X, the party's leader,": a body named by its
// acronym is the body "the party" refers back to, as the head noun of its
// full name says, not a party named before it with "Party" written out.
func TestBodyHeadOfFullName(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chadian drones struck camps of the Lakeside Democratic Party of Chad (LDPC) on Monday, officials said. The Sorvan Freedom Party vowed revenge. The LDPC denied the accusation. Omar Zandi, the party's leader, said Chad was exporting its crisis.",
			not:       []string{fact("Omar Zandi", graph.HeadOf, "Sorvan Freedom Party")},
			companion: "Chadian drones struck camps of the Lakeside Democratic Party of Chad (LDPC) on Monday, officials said. The LDPC denied the accusation. The Sorvan Freedom Party vowed revenge. Omar Zandi, the party's leader, said Chad was exporting its crisis.",
			want:      []string{fact("Omar Zandi", graph.HeadOf, "Sorvan Freedom Party")}},
	})
}

// The party last named by its acronym is "the party".
func TestBodyHeadOfAcronym(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chadian drones struck camps of the Lakeside Democratic Party of Chad (LDPC) on Monday, officials said. The Sorvan Freedom Party vowed revenge. The LDPC denied the accusation. Omar Zandi, the party's leader, said Chad was exporting its crisis.",
			want: []string{fact("Omar Zandi", graph.HeadOf, "Lakeside Democratic Party of Chad")}},
	})
}

// "X, whose president Y": "whose" is a body its own sentence names; when
// the name before it was not read as one, it is no one, not the state a
// sentence before named.
func TestWhoseOfNoBodyRead(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ethiopia sent troops to the border on Monday. Zembrava, whose president Ilan Petrov broke with the capital last year, said it would stay neutral.",
			not:       []string{fact("Ilan Petrov", graph.PresidentOf, "Ethiopia")},
			companion: "Ethiopia sent troops to the border on Monday. Kenya, whose president Ilan Petrov broke with Somalia last year, said it would stay neutral.",
			want:      []string{fact("Ilan Petrov", graph.PresidentOf, "Kenya")}},
		{text: "Chad closed the border crossing. The council based in Zembrava, whose chairman Amos Waruhiu is an ally of the army, voted to reject the deal.",
			not:       []string{fact("Amos Waruhiu", graph.HeadOf, "Chad")},
			companion: "Chad closed the border crossing. The Zembrava Council based in Zembrava, whose chairman Amos Waruhiu is an ally of the army, voted to reject the deal.",
			want:      []string{fact("Amos Waruhiu", graph.HeadOf, "Zembrava Council")}},
	})
}

// "X, Chad's minister of state for media and the government's
// spokesman,", "X, the government's spokeswoman,": an office of the
// government of the one state the appositive names, else of the one
// state the sentence before names; two states leave it unknown.
func TestGovernmentOfficeInAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Amos Waruhiu, Chad's minister of state for media and the government's spokesman, said the border was calm.",
			want: []string{fact("Amos Waruhiu", graph.SpokespersonOf, "Chad")}},
		{text: "Kenya denied the claim on Monday. Rosa Viteri, the government's spokeswoman, said no troops had crossed.",
			want: []string{fact("Rosa Viteri", graph.SpokespersonOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya and Uganda denied the claim on Monday. Rosa Viteri, the government's spokeswoman, said no troops had crossed.",
			not:       []string{fact("Rosa Viteri", graph.SpokespersonOf, "Kenya"), fact("Rosa Viteri", graph.SpokespersonOf, "Uganda")},
			companion: "Kenya denied the claim on Monday. Rosa Viteri, the government's spokeswoman, said no troops had crossed.",
			want:      []string{fact("Rosa Viteri", graph.SpokespersonOf, "Kenya")}},
		{text: "Amos Waruhiu, the government's spokesman in the talks, said Chad would not sign.",
			not:       []string{fact("Amos Waruhiu", graph.SpokespersonOf, "Chad")},
			companion: "Amos Waruhiu, Chad's minister of state for media and the government's spokesman, said the border was calm.",
			want:      []string{fact("Amos Waruhiu", graph.SpokespersonOf, "Chad")}},
		// "the government spokesman" without the possessive: the state
		// named before the person in the sentence, none from the one
		// before.
		{text: "Kenya denied the claim on Monday. Rosa Viteri, the government spokeswoman, said no troops had crossed.",
			not:       []string{fact("Rosa Viteri", graph.SpokespersonOf, "Kenya")},
			companion: "In Nairobi, Rosa Viteri, the government spokeswoman and information minister, said no troops had crossed.",
			want:      []string{fact("Rosa Viteri", graph.SpokespersonOf, "Kenya")}},
	})
}

// "its" in the main clause of a state or body that opens the sentence, or
// in a clause coordinated with it, is that subject's, not the body named
// last, unless the subject's verb has an object that may own what "its"
// opens; "its fighters" and "its peacekeepers" stand for their owner.
func TestItsOfOpeningSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad, a close partner of Niger, sent its troops at the request of the Malian government, and its forces backed the Malian army against the jihadists.",
			want: []string{fact("Chad", graph.Supports, "Malian army")},
			not:  []string{fact("Mali", graph.Supports, "Malian army")}},
		{text: "The African Union deployed a mission in March, and its peacekeepers were supporting the Somali army with helicopters.",
			want: []string{fact("African Union", graph.Supports, "Somali army")}},
		{text: "Hezbollah has seized two villages in the south, and its fighters clashed with the Lebanese army near the border.",
			want: []string{fact("Hezbollah", graph.Fights, "Lebanese Army")}},
	})
	checkNegatives(t, []negativeCase{
		// A reported clause has a subject of its own.
		{text: "Kenya said Uganda would keep working with its allies to back the Somali army.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "Kenya said Uganda would keep working with Ethiopia to back the Somali army.",
			want:      []string{fact("Uganda", graph.CooperatesWith, "Ethiopia")}},
	})
}

// A pair named by its enmity ("the two rivals", "the two warring parties") is the
// last two the article set against each other, not the host named beside
// the reference, who meets them.
func TestRivalsAreTheFoes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Sudanese troops clashed with Chadian troops along the border in May. In June, Kenyan President Tomas Berg hosted two days of talks between the two rivals in Nairobi.",
			want: []string{fact("Chad", graph.MetWith, "Sudan"), fact("Chad", graph.MetWith, "Tomas Berg")}},
	})
	checkNegatives(t, []negativeCase{
		// No fight stated before: the rivals stay unresolved rather
		// than taking the host.
		{text: "Kenyan President Tomas Berg, who met Ugandan President Piet Kaas on Monday, hosted two days of talks between the two rivals.",
			not:       []string{fact("Piet Kaas", graph.SpokeWith, "Tomas Berg")},
			companion: "Kenyan President Tomas Berg met Ugandan President Piet Kaas on Monday.",
			want:      []string{fact("Piet Kaas", graph.MetWith, "Tomas Berg")}},
	})
}

// "the Orvan Union Mission in Chad ... the mission": a mission is a body
// "the mission" names again, as "the coalition" does; its head noun before
// a preposition that goes on with a place or purpose ("Mission in X",
// "Organisation for Y") counts as its last word does. A mission not named
// before is no one.
func TestBodyHeadBeforePreposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Orvan Union Mission in Chad began its patrols on Monday. The mission is headed by Tomas Verde, a Peruvian diplomat.",
			want: []string{fact("Tomas Verde", graph.HeadOf, "Orvan Union Mission")}},
		{text: "Monitors of the Lakeside Observer Mission to Peru reached the port on Friday. The mission is led by Amos Waruhiu.",
			want: []string{fact("Amos Waruhiu", graph.HeadOf, "Lakeside Observer Mission")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Diplomats in Lima said the mission is headed by Tomas Verde.",
			not:       []string{fact("Tomas Verde", graph.HeadOf, "Chad")},
			companion: "The Orvan Union Mission in Chad began its patrols on Monday. The mission is headed by Tomas Verde.",
			want:      []string{fact("Tomas Verde", graph.HeadOf, "Orvan Union Mission")}},
	})
}

// "the regional force", "the paramilitary force", "the military
// alliance": one or two adjectives of a body's kind before the head noun
// name the body last named with that noun, as the noun alone does; a
// phrase that goes on into a name is none, nor is a force the text never
// named.
func TestBodyNamedByKindAndHead(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Community Regional Force deployed to Goma on Monday. The regional force is commanded by General Tomas Verde, a Peruvian officer.",
			want: []string{fact("Tomas Verde", graph.HeadOf, "Lakeside Community Regional Force")}},
		{text: "The Sorvan Rapid Force took the airport in the north. Chad backs the paramilitary force, officials in Lima said.",
			want: []string{fact("Chad", graph.Supports, "Sorvan Rapid Force")}},
		{text: "Kenya joined the Orvan Defence Alliance in March. Peru said the military alliance had armed the Lake Front.",
			want: []string{fact("Orvan Defence Alliance", graph.Supports, "Lake Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Sorvan Rapid Force took the airport in the north. Chad backs the regional force of Peru, officials said.",
			not:       []string{fact("Chad", graph.Supports, "Sorvan Rapid Force")},
			companion: "The Sorvan Rapid Force took the airport in the north. Chad backs the regional force, officials said.",
			want:      []string{fact("Chad", graph.Supports, "Sorvan Rapid Force")}},
		// Two forces named in one sentence: "the regional force" is either.
		{text: "The Sorvan Rapid Force and the Lakeside Standby Force took the airport. Chad backs the regional force, officials said.",
			not:       []string{fact("Chad", graph.Supports, "Sorvan Rapid Force"), fact("Chad", graph.Supports, "Lakeside Standby Force")},
			companion: "The Sorvan Rapid Force took the airport. Chad backs the regional force, officials said.",
			want:      []string{fact("Chad", graph.Supports, "Sorvan Rapid Force")}},
		{text: "Chad backs the regional force, officials said.",
			not:       []string{fact("Chad", graph.Supports, "Chad")},
			companion: "The Sorvan Rapid Force took the airport in the north. Chad backs the regional force, officials said.",
			want:      []string{fact("Chad", graph.Supports, "Sorvan Rapid Force")}},
	})
}

// "the Sorvan Support Forces ... the force": a body whose name ends in a
// plural head noun is "the" + its singular, unless the forces are a
// state's, whose "force" is rather another ("the regional force" after
// "the Kenya Defence Forces").
func TestBodyHeadInPluralName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sorvan Support Forces shelled the camp on Monday. Chad backs the force, officials in Lima said.",
			want: []string{fact("Chad", graph.Supports, "Sorvan Support Forces")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Regional Force reached Goma. General Tomas Verde of the Kenya Defence Forces said the regional force is commanded by General Amos Waruhiu.",
			not:       []string{fact("Amos Waruhiu", graph.HeadOf, "Kenya Defence Forces")},
			companion: "The Lakeside Regional Force reached Goma. General Tomas Verde said the regional force is commanded by General Amos Waruhiu.",
			want:      []string{fact("Amos Waruhiu", graph.HeadOf, "Lakeside Regional Force")}},
	})
}

// "the Lake Front, a rebel alliance led by X, ... the alliance": an
// appositive that says what kind of body a name is, with a phrase telling
// more after its noun, gives the noun "the" + noun names the body by
// later; "a member of the alliance" says no kind.
func TestBodyHeadOfDescribingAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tarvolah Shura, a loose alliance dominated by hill militias, took the pass on Monday. Peru backs the alliance, Kenya said.",
			want: []string{fact("Peru", graph.Supports, "Tarvolah Shura")}},
		{text: "Fighters of the Zembra Brotherhood, a movement that seized the port in May, shelled the airport. Chad arms the movement, officials said.",
			want: []string{fact("Chad", graph.Supports, "Zembra Brotherhood")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Sorvan Front and the Tarvolah Shura, a member of the alliance, took the pass on Monday. Peru backs the alliance, Kenya said.",
			not:       []string{fact("Peru", graph.Supports, "Tarvolah Shura")},
			companion: "The Sorvan Front and the Tarvolah Shura, a loose alliance dominated by hill militias, took the pass on Monday. Peru backs the alliance, Kenya said.",
			want:      []string{fact("Peru", graph.Supports, "Tarvolah Shura")}},
	})
}

// "The paramilitary group is led by X" opening a sentence: the one armed
// group the sentence before named, as "the group" is; two groups named
// there leave it no one.
func TestDescribedGroupAfterSentenceNamingIt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru said the Sorvan Rapid Front had shelled the camp. The paramilitary group is led by Tomas Verde, a former general.",
			want: []string{fact("Tomas Verde", graph.HeadOf, "Sorvan Rapid Front")}},
		{text: "Kenya accused the Lakeside Front of looting the port. The armed group is commanded by Amos Waruhiu.",
			want: []string{fact("Amos Waruhiu", graph.HeadOf, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru said the Sorvan Rapid Front and the Lakeside Front had shelled the camp. The paramilitary group is led by Tomas Verde, a former general.",
			not:       []string{fact("Tomas Verde", graph.HeadOf, "Sorvan Rapid Front"), fact("Tomas Verde", graph.HeadOf, "Lakeside Front")},
			companion: "Peru said the Sorvan Rapid Front had shelled the camp. The paramilitary group is led by Tomas Verde, a former general.",
			want:      []string{fact("Tomas Verde", graph.HeadOf, "Sorvan Rapid Front")}},
	})
}

// "the bloc" after a regional body its own sentence named is that body,
// not the one sentences before named; a body of the whole world named
// there changes nothing.
func TestBlocNamedInSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The European Union met in Brussels on Monday. Ministers of the African Union gathered in Lima, where Kenya said the bloc backs the Lake Front.",
			want: []string{fact("African Union", graph.Supports, "Lake Front")},
			not:  []string{fact("European Union", graph.Supports, "Lake Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The European Union met in Brussels on Monday. Envoys of the United Nations gathered in Lima, where Kenya said the bloc backs the Lake Front.",
			not:       []string{fact("United Nations", graph.Supports, "Lake Front")},
			companion: "The European Union met in Brussels on Monday. Envoys gathered in Lima, where Kenya said the bloc backs the Lake Front.",
			want:      []string{fact("European Union", graph.Supports, "Lake Front")}},
	})
}

// A pair named by its office ("both prime ministers", "the two defence
// ministers") is the two people the article named in that office, not
// the mediator or host beside them; a pair in an office no one was
// named in is not the holders of another office.
func TestPairOfOfficeHolders(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Armenian Prime Minister Aram Vartanian and his Azerbaijani counterpart, Elnur Gasimov, signed the Harbour Accord, the UN envoy, Marta Solberg, said in Geneva. Solberg, who mediated six rounds of talks between the two prime ministers, called it a step forward.",
			want: []string{fact("Aram Vartanian", graph.SpokeWith, "Elnur Gasimov")},
			not:  []string{fact("Elnur Gasimov", graph.SpokeWith, "Marta Solberg")}},
		{text: "Chilean Defence Minister Rosa Ibarra met her Peruvian counterpart, Julio Quispe, in Lima, the host mayor, Ana Lozano, said. Brazil's president, Tomas Reis, later congratulated both defence ministers.",
			want: []string{fact("Tomas Reis", graph.Congratulated, "Rosa Ibarra"), fact("Tomas Reis", graph.Congratulated, "Julio Quispe")},
			not:  []string{fact("Tomas Reis", graph.Congratulated, "Ana Lozano")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Armenian Prime Minister Aram Vartanian and his Azerbaijani counterpart, Elnur Gasimov, signed the Harbour Accord in Geneva. The two foreign ministers met in Vienna on Monday.",
			not:       []string{fact("Aram Vartanian", graph.MetWith, "Elnur Gasimov")},
			companion: "Armenian Prime Minister Aram Vartanian and his Azerbaijani counterpart, Elnur Gasimov, signed the Harbour Accord in Geneva. The two prime ministers met in Vienna on Monday.",
			want:      []string{fact("Aram Vartanian", graph.MetWith, "Elnur Gasimov")}},
	})
}

// A body named after "the country's" or "the government's" belongs to
// the one state the sentence names before it, by name, adjective or one
// of its bodies, else to the state of the sentence before; two states
// there leave it to no one. The office of "the country's" envoy after a
// state's body is that body's state's.
func TestCountrysBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Rosa Ibarra, who convened the country's National Defence Council in Santiago, said the blasts were provocations.",
			want: []string{fact("National Defence Council", graph.PartOf, "Chile"), fact("Rosa Ibarra", graph.PresidentOf, "Chile")}},
		{text: "Blasts hit two radio masts in Peru on Sunday. The government's Crisis Management Committee met in Lima on Monday.",
			want: []string{fact("Crisis Management Committee", graph.PartOf, "Peru")}},
		{text: "Kenya said on Monday it would send troops. The Bolivian government's delegation was led by the country's ambassador to the United Nations, Julio Mamani.",
			want: []string{fact("Julio Mamani", graph.EnvoyOf, "Bolivia")},
			not:  []string{fact("Julio Mamani", graph.EnvoyOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru and Chile met in Lima on Monday, where the country's Crisis Management Committee said the talks had failed.",
			not:       []string{fact("Crisis Management Committee", graph.PartOf, "Peru"), fact("Crisis Management Committee", graph.PartOf, "Chile")},
			companion: "Peru hosted the talks in Lima on Monday. The country's Crisis Management Committee said the talks had failed.",
			want:      []string{fact("Crisis Management Committee", graph.PartOf, "Peru")}},
		{text: "Troops arrived in Lima on Monday. The Vostra Corps, which answers to the Chilean defence ministry, said it would protect Tomas Reis, the country's president.",
			not:       []string{fact("Tomas Reis", graph.PresidentOf, "Chile")},
			companion: "Troops arrived in Lima on Monday. The Vostra Corps, which answers to the Chilean government, said it would protect Tomas Reis, the country's president.",
			want:      []string{fact("Tomas Reis", graph.PresidentOf, "Chile")}},
	})
}

// "its" opening the subject of a subordinate clause ("a day after its
// ally X attacked") is the main clause's subject's, not the state named
// as a place before it; in a reported clause it is not the reporter's.
func TestItsOpeningSubordinateSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Front has been firing rockets into northern Chile since May, a day after its ally the Hill Brigade attacked Chile.",
			want: []string{fact("Hill Brigade", graph.AlliedWith, "Lake Front")},
			not:  []string{fact("Hill Brigade", graph.AlliedWith, "Chile")}},
		{text: "Peru shelled border posts in Bolivia on Sunday, hours after its ally the Hill Brigade raided a town.",
			want: []string{fact("Hill Brigade", graph.AlliedWith, "Peru")},
			not:  []string{fact("Hill Brigade", graph.AlliedWith, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru said Bolivia fired into Chile after its ally the Hill Brigade attacked Chile.",
			not:       []string{fact("Hill Brigade", graph.AlliedWith, "Peru")},
			companion: "Peru fired into Chile after its ally the Hill Brigade attacked Chile.",
			want:      []string{fact("Hill Brigade", graph.AlliedWith, "Peru")}},
	})
}

// A pair reference acted on by a third ("He congratulated the two
// nations", "she had spoken with both countries") names neither that third
// nor its state, and names the pair the article set together, not the last
// two it happened to name.
func TestPairActedOnByAThird(t *testing.T) {
	checkFacts(t, []factCase{
		// The subject is a pronoun; the pair is the two who fought.
		{text: "Armenia and Azerbaijan clashed along their border on Monday.\n\nKenyan President Ole Sanka called for calm. He congratulated the two nations on the truce.",
			want: []string{fact("Ole Sanka", graph.Congratulated, "Armenia"), fact("Ole Sanka", graph.Congratulated, "Azerbaijan")}},
		// The speaker's own state and the state she met are no side.
		{text: "Chad and Niger fought over the border town on Monday.\n\nSudan's Foreign Minister Ada Ekwe met Togo's president Ivo Lanu in Lome. Ekwe said she had spoken with both countries.",
			want: []string{fact("Ada Ekwe", graph.SpokeWith, "Chad"), fact("Ada Ekwe", graph.SpokeWith, "Niger")},
			not:  []string{fact("Ada Ekwe", graph.SpokeWith, "Sudan"), fact("Ada Ekwe", graph.SpokeWith, "Togo")}},
		{text: "Chad and Niger fought over the border town on Monday.\n\nNigeria's Foreign Minister Ada Ekwe met Togo's president in Lome. Ekwe said she had spoken with both countries.",
			want: []string{fact("Ada Ekwe", graph.SpokeWith, "Chad"), fact("Ada Ekwe", graph.SpokeWith, "Niger")},
			not:  []string{fact("Ada Ekwe", graph.SpokeWith, "Nigeria")}},
		// A pair after "of" qualifies a noun: no one acts on it, and the
		// pair read there carries on to the next sentence.
		{text: "Kenya and Uganda signed a trade pact on Monday.\n\nUganda's trade minister, Amos Okello, praised the deal.\n\nCrowds in Kampala carried the flags of both countries.\n\nThe two countries fought a border war in 1979.",
			want: []string{fact("Kenya", graph.Fights, "Uganda")}},
		// Two leaders who met; the speaker of the clause is not one.
		{text: "Iranian President Dara Kavi met Iraqi Prime Minister Sami Rahal in Baghdad on Monday.\n\nTurkish President Emre Balta said he had spoken with both leaders.",
			want: []string{fact("Emre Balta", graph.SpokeWith, "Dara Kavi"), fact("Emre Balta", graph.SpokeWith, "Sami Rahal")},
			not:  []string{fact("Dara Kavi", graph.SpokeWith, "Sami Rahal")}},
	})
	checkNegatives(t, []negativeCase{
		// Three states named together: "both countries" is any two of them.
		{text: "Egypt, Jordan and Iraq sent envoys to the talks on Monday.\n\nFrance congratulated both countries.",
			not:       []string{fact("France", graph.Congratulated, "Jordan"), fact("France", graph.Congratulated, "Iraq")},
			companion: "Egypt and Jordan sent envoys to the talks on Monday.\n\nFrance congratulated both countries.",
			want:      []string{fact("France", graph.Congratulated, "Egypt"), fact("France", graph.Congratulated, "Jordan")}},
		// The one who acts is not one of the pair, even when he was named
		// last.
		{text: "Ghana's President Kofi Adu visited Mali on Monday.\n\nAdu said he had spoken with both leaders.",
			not:       []string{fact("Kofi Adu", graph.SpokeWith, "Kofi Adu")},
			companion: "Ghanaian President Kofi Adu met Malian President Ibrahim Toure in Accra.\n\nSenegal's President Awa Ndiaye said she had spoken with both leaders.",
			want:      []string{fact("Awa Ndiaye", graph.SpokeWith, "Kofi Adu"), fact("Awa Ndiaye", graph.SpokeWith, "Ibrahim Toure")}},
	})
}

// A subject pronoun opening a reported clause is the one who reports it:
// "X, whose country backs Y, said he ..." is X, not Y named last.
func TestReportedSpeaker(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Italian Prime Minister Marco Bellini, whose country backs Omar Salem, said he had met Egyptian President Adel Karim in Rome.",
			want: []string{fact("Marco Bellini", graph.MetWith, "Adel Karim")},
			not:  []string{fact("Omar Salem", graph.MetWith, "Adel Karim")}},
		{text: "Iranian President Dara Kavi met Iraqi Prime Minister Sami Rahal in Baghdad. Turkish President Emre Balta, who backs Rahal, said that he had spoken with Kavi.",
			want: []string{fact("Emre Balta", graph.SpokeWith, "Dara Kavi")},
			not:  []string{fact("Sami Rahal", graph.SpokeWith, "Dara Kavi")}},
		{text: "Kenyan President Ole Sanka has also said he met Ugandan President Amos Okello in Kampala.",
			want: []string{fact("Ole Sanka", graph.MetWith, "Amos Okello")}},
	})
	checkNegatives(t, []negativeCase{
		// "X told Y he ...": the pronoun may be either; no reading here
		// makes it X's.
		{text: "Kenyan President Ole Sanka told Ugandan President Amos Okello that he had met Rwandan President Jean Habimana.",
			not:       []string{fact("Ole Sanka", graph.MetWith, "Jean Habimana")},
			companion: "Kenyan President Ole Sanka said he had met Rwandan President Jean Habimana.",
			want:      []string{fact("Ole Sanka", graph.MetWith, "Jean Habimana")}},
	})
}

// The text's own description makes a body an armed group, which "the
// group" and "the rebels" may then name: a group's noun right after the
// name ("the Kalari Union rebels") or right before it ("the extremist group
// Kalari Union"), or a name whose head before a preposition is a group's
// ("the Front for Justice in Turkana").
func TestGroupTypedByDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya blamed the attack on the extremist group Kalari Union. Ethiopia has also fought the group since 2006.",
			want: []string{fact("Ethiopia", graph.Fights, "Kalari Union")}},
		{text: "Kenya said the Kalari Union rebels had attacked the port. Ethiopia has also fought the rebels since 2006.",
			want: []string{fact("Ethiopia", graph.Fights, "Kalari Union")}},
		{text: "Kenyan troops clashed with the Front for Justice in Turkana on Monday. Uganda condemned the group.",
			want: []string{fact("Uganda", graph.Opposes, "Front for Justice")}},
	})
	checkNegatives(t, []negativeCase{
		// Named with no description, beside another body of no state:
		// "the group" may be either (descref29: with one such body near,
		// it is that one; see TestNearestGroup).
		{text: "Kenya said the Kalari Union and the Tarvo Union had attacked the port. Ethiopia has also fought the group since 2006.",
			not:       []string{fact("Ethiopia", graph.Fights, "Kalari Union"), fact("Ethiopia", graph.Fights, "Tarvo Union")},
			companion: "Kenya said the Kalari Union rebels had attacked the port. Ethiopia has also fought the group since 2006.",
			want:      []string{fact("Ethiopia", graph.Fights, "Kalari Union")}},
		// A head that names no group before its preposition.
		{text: "Kenyan troops clashed with the Organization for Justice in Turkana on Monday. Uganda condemned the group.",
			not:       []string{fact("Uganda", graph.Opposes, "Organization for Justice")},
			companion: "Kenyan troops clashed with the Front for Justice in Turkana on Monday. Uganda condemned the group.",
			want:      []string{fact("Uganda", graph.Opposes, "Front for Justice")}},
		// A possessive describes what the body owns, not the body.
		{text: "Kenya said the Kalari Union's rebels had attacked the port. Ethiopia has also fought the group since 2006.",
			not:       []string{fact("Ethiopia", graph.Fights, "Kalari Union")},
			companion: "Kenya said the Kalari Union rebels had attacked the port. Ethiopia has also fought the group since 2006.",
			want:      []string{fact("Ethiopia", graph.Fights, "Kalari Union")}},
	})
}

// When no two of the reference's kind were named just before it, a pair
// reference names the pair the article set together earlier: two who
// signed side by side, three sentences back.
func TestPairFromStatedPairWhenNoneIsNear(t *testing.T) {
	const opening = "Kenyan President Ole Sanka and Ugandan President Amos Okello signed a border pact in Geneva on Monday.\n\nThe pact opens a new road along the lake. The road will be built within two years.\n\n"
	checkFacts(t, []factCase{
		{text: opening + "Both leaders thanked Switzerland for hosting the talks.",
			want: []string{fact("Ole Sanka", graph.Thanked, "Switzerland"), fact("Amos Okello", graph.Thanked, "Switzerland")}},
		{text: opening + "Swiss President Lea Roth said both countries had agreed to cooperate with Switzerland on water.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Switzerland"), fact("Uganda", graph.CooperatesWith, "Switzerland")}},
	})
	checkNegatives(t, []negativeCase{
		// Three signed: no pair was set together.
		{text: "Kenyan President Ole Sanka, Ugandan President Amos Okello and Rwandan President Jean Habimana signed a border pact in Geneva on Monday.\n\nThe pact opens a new road along the lake. The road will be built within two years.\n\nBoth leaders thanked Switzerland for hosting the talks.",
			not:       []string{fact("Ole Sanka", graph.Thanked, "Switzerland"), fact("Amos Okello", graph.Thanked, "Switzerland"), fact("Jean Habimana", graph.Thanked, "Switzerland")},
			companion: opening + "Both leaders thanked Switzerland for hosting the talks.",
			want:      []string{fact("Ole Sanka", graph.Thanked, "Switzerland")}},
	})
}

// "the president" is the one person the article named after that title
// alone, "President Arvo Kesk", when it knows no holder of the office
// otherwise (ref25): the bare title names no state for the roster.
func TestBareTitleReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Arvo Kesk took office in May.\n\nThe president met the Borduria Front leader Ilmar Tamm in Tarvo on Monday.",
			want: []string{fact("Arvo Kesk", graph.MetWith, "Ilmar Tamm")}},
		{text: "Prime Minister Arvo Kesk arrived in Tarvo on Sunday.\n\nThe prime minister held talks with Ilmar Tamm, the head of the Borduria Front.",
			want: []string{fact("Arvo Kesk", graph.MetWith, "Ilmar Tamm")}},
		// A relative clause after the reference.
		{text: "It was the first attack since President Arvo Kesk took office.\n\nThe president, who returned to power in May, condemned the Borduria Front.",
			want: []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")}},
		{text: "President Arvo Kesk took office in May.\n\nThe president accused Hamas of breaking the truce.",
			want: []string{fact("Arvo Kesk", graph.Opposes, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		// Two presidents named by the bare title: either may be meant.
		{text: "President Arvo Kesk and President Ilmar Tamm arrived on Sunday.\n\nThe president condemned the Borduria Front.",
			not:       []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front"), fact("Ilmar Tamm", graph.Opposes, "Borduria Front")},
			companion: "President Arvo Kesk arrived on Sunday.\n\nThe president condemned the Borduria Front.",
			want:      []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")}},
		// The president named only after the reference is not it.
		{text: "The president condemned the Borduria Front.\n\nPresident Arvo Kesk arrived on Sunday.",
			not:       []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")},
			companion: "President Arvo Kesk arrived on Sunday.\n\nThe president condemned the Borduria Front.",
			want:      []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")}},
		// Another office's bare title is no president.
		{text: "Prime Minister Arvo Kesk arrived on Sunday.\n\nThe president condemned the Borduria Front.",
			not:       []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")},
			companion: "President Arvo Kesk arrived on Sunday.\n\nThe president condemned the Borduria Front.",
			want:      []string{fact("Arvo Kesk", graph.Opposes, "Borduria Front")}},
	})
}

// A body named with the plural noun of its fighters right after its name
// ("X militants", "X fighters") is an armed group, which "the group" later
// names (ref25); "the militants" alone names the one armed group in play
// (descref29), none when two are.
func TestBodyNamedByFighters(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Al-Shabaab militants seized the town of Moqokori on Monday.\n\nThe United States has carried out airstrikes against the group.",
			want: []string{fact("Al-Shabaab", graph.Fights, "United States")}},
		{text: "Al-Shabaab fighters stormed a hotel in Mogadishu.\n\nKenya has fought the group since 2011.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
		{text: "Al-Shabaab gunmen attacked a base on Sunday.\n\nKenya has fought the group since 2011.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// Not described as fighters, and another body of no state
		// beside it: either may be "the group" (descref29: one alone is
		// the group, see TestNearestGroup).
		{text: "Al-Shabaab and Ansar Tarvo seized the town of Moqokori on Monday.\n\nKenya has fought the group since 2011.",
			not:       []string{fact("Al-Shabaab", graph.Fights, "Kenya"), fact("Ansar Tarvo", graph.Fights, "Kenya")},
			companion: "Al-Shabaab militants seized the town of Moqokori on Monday.\n\nKenya has fought the group since 2011.",
			want:      []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
		// A state's army named by its fighters stays a state's.
		{text: "The Somali National Army fighters seized the town.\n\nKenya has fought the group since 2011.",
			not:       []string{fact("Kenya", graph.Fights, "Somali National Army")},
			companion: "Al-Shabaab fighters seized the town.\n\nKenya has fought the group since 2011.",
			want:      []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
		// "the militants" with two armed groups in play is neither.
		{text: "Al-Shabaab militants and Borduria Front fighters seized the town.\n\nKenya has fought the militants since 2011.",
			not:       []string{fact("Al-Shabaab", graph.Fights, "Kenya"), fact("Borduria Front", graph.Fights, "Kenya")},
			companion: "Al-Shabaab militants seized the town.\n\nKenya has fought the militants since 2011.",
			want:      []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
	})
}

// "it" after a verb of saying is the body that is the verb's subject when
// an aside between commas or a first coordinated verb stands between them
// (ref25): "X, an ally of Y, said it", "X claimed the attack and said it".
func TestReportedItAcrossAside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "On Monday, Hamas, which holds the north, said it supported Hezbollah.",
			want: []string{fact("Hamas", graph.Supports, "Hezbollah")}},
		// The aside names another body, which is not the subject.
		{text: "While Iran condemned the strike, Hamas, an ally of Qatar, said it supported Hezbollah.",
			want: []string{fact("Hamas", graph.Supports, "Hezbollah")},
			not:  []string{fact("Qatar", graph.Supports, "Hezbollah"), fact("Iran", graph.Supports, "Hezbollah")}},
		// The aside is the body's own name after a description.
		{text: "In Beirut, the Iranian-backed group, Hezbollah, said it supported Hamas.",
			want: []string{fact("Hezbollah", graph.Supports, "Hamas")}},
		// A first verb, itself one of saying, coordinated with "said".
		{text: "In a statement on its channels, Hamas declared victory and said it supported Hezbollah.",
			want: []string{fact("Hamas", graph.Supports, "Hezbollah")}},
		{text: "In a statement, Hamas claimed the attack and said it supported Hezbollah.",
			want: []string{fact("Hamas", graph.Supports, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		// The last of a list is no subject of its own.
		{text: "On Monday, Iran, Russia and Turkey, which backed the deal, said it supported Hezbollah.",
			not:       []string{fact("Turkey", graph.Supports, "Hezbollah")},
			companion: "On Monday, Turkey, which backed the deal, said it supported Hezbollah.",
			want:      []string{fact("Turkey", graph.Supports, "Hezbollah")}},
		// A person is no "it".
		{text: "On Monday, President Arvo Kesk, a former general, said it supported Hezbollah.",
			not:       []string{fact("Arvo Kesk", graph.Supports, "Hezbollah")},
			companion: "On Monday, President Arvo Kesk, a former general, said he supported Hezbollah.",
			want:      []string{fact("Arvo Kesk", graph.Supports, "Hezbollah")}},
		// A quotation or a report inside the aside ends the reading.
		{text: "On Monday, Hamas, which Iran says is a partner, said it supported Hezbollah.",
			not:       []string{fact("Hamas", graph.Supports, "Hezbollah"), fact("Iran", graph.Supports, "Hezbollah")},
			companion: "On Monday, Hamas, which is a partner of Iran, said it supported Hezbollah.",
			want:      []string{fact("Hamas", graph.Supports, "Hezbollah")}},
	})
}

// "the two leaders" may be two people the article named after the bare
// title of a state's leader, "Prime Minister X and President Y", when it
// names no state they lead (ref25).
func TestTwoLeadersByBareTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Prime Minister Arvo Kesk and President Ilmar Tamm agreed to a ceasefire on Monday.\n\nMalaysian Prime Minister Anwar Ibrahim said he had spoken with the two leaders.",
			want: []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk"), fact("Anwar Ibrahim", graph.SpokeWith, "Ilmar Tamm")}},
		{text: "President Arvo Kesk and President Ilmar Tamm signed a truce on Monday.\n\nMalaysian Prime Minister Anwar Ibrahim said he had spoken with both leaders.",
			want: []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk"), fact("Anwar Ibrahim", graph.SpokeWith, "Ilmar Tamm")}},
	})
	checkNegatives(t, []negativeCase{
		// Named with no title: no leaders known.
		{text: "Arvo Kesk and Ilmar Tamm agreed to a ceasefire on Monday.\n\nMalaysian Prime Minister Anwar Ibrahim said he had spoken with both leaders.",
			not:       []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk"), fact("Anwar Ibrahim", graph.SpokeWith, "Ilmar Tamm")},
			companion: "Prime Minister Arvo Kesk and President Ilmar Tamm agreed to a ceasefire on Monday.\n\nMalaysian Prime Minister Anwar Ibrahim said he had spoken with both leaders.",
			want:      []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk"), fact("Anwar Ibrahim", graph.SpokeWith, "Ilmar Tamm")}},
		// Titled only after the reference.
		{text: "Malaysian Prime Minister Anwar Ibrahim said he had spoken with both leaders.\n\nPrime Minister Arvo Kesk and President Ilmar Tamm agreed to a ceasefire on Monday.",
			not:       []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk"), fact("Anwar Ibrahim", graph.SpokeWith, "Ilmar Tamm")},
			companion: "Prime Minister Arvo Kesk and President Ilmar Tamm agreed to a ceasefire on Monday.\n\nMalaysian Prime Minister Anwar Ibrahim said he had spoken with both leaders.",
			want:      []string{fact("Anwar Ibrahim", graph.SpokeWith, "Arvo Kesk")}},
	})
}

// "its" opening a clause coordinated after one whose verb has a name for
// object may be the subject's or the object's: it names neither, rather
// than the object by default.
func TestItsAfterSubjectAndObjectNamesNeither(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Tarvolah Front attacked Uganda on Monday, and its forces also struck Kenya.",
			not:       []string{fact("Uganda", graph.Fights, "Kenya")},
			companion: "The Tarvolah Front attacked the town on Monday, and its forces also struck Kenya.",
			want:      []string{fact("Tarvolah Front", graph.Fights, "Kenya")}},
		{text: "The Mosari Brigade fought the Ugandan army on Sunday, and its fighters later attacked the Kessa Front.",
			not:       []string{fact("Kessa Front", graph.Fights, "Ugandan army")},
			companion: "The Mosari Brigade fought near the border on Sunday, and its fighters later attacked the Kessa Front.",
			want:      []string{fact("Mosari Brigade", graph.Fights, "Kessa Front")}},
	})
}

// TestPersonsRuleReferredBack checks a ruler named with his rule, "the
// government of President X", "X's government", "the X regime", where
// nothing says which state X rules: a bare "the regime" later is his rule,
// read as the person himself, as "the X regime" is. A person named with no
// ruling noun, or one whose phrase goes on ("X's government forces"),
// sets no ruler.
func TestPersonsRuleReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The strike was blamed on the government of President Halvor Dreska.\n\nThe Vantor Front has been fighting the regime since 2012.",
			want: []string{fact("Vantor Front", graph.Fights, "Halvor Dreska")}},
		{text: "President Halvor Dreska spoke on Monday. Qatar said it would never deal with Dreska's government.\n\nThe Vantor Front has been fighting the regime since 2012.",
			want: []string{fact("Vantor Front", graph.Fights, "Halvor Dreska")}},
		{text: "Qatar said the Dreska regime had lost its way.\n\nThe Vantor Front has been fighting the regime since 2012.",
			want: []string{fact("Vantor Front", graph.Fights, "Dreska")}},
	})
	want := []string{fact("Vantor Front", graph.Fights, "Halvor Dreska")}
	companion := "The strike was blamed on the government of President Halvor Dreska.\n\nThe Vantor Front has been fighting the regime since 2012."
	checkNegatives(t, []negativeCase{
		{text: "The strike was blamed on President Halvor Dreska.\n\nThe Vantor Front has been fighting the regime since 2012.",
			not: want, companion: companion, want: want},
		{text: "President Halvor Dreska spoke on Monday. Qatar said Dreska's government forces had shelled the town.\n\nThe Vantor Front has been fighting the regime since 2012.",
			not: want, companion: companion, want: want},
	})
}

// "it" as the subject of a clause of its own stands for the state or body
// the sentence opens with (after ", and", ", but" or a subordinator), or,
// opening a sentence, for the one the sentence before opens with. A
// copula after it ("It was not clear"), a person, a list or a place there
// leaves it no one's.
func TestItAsClauseSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile shelled the town on Monday, and it also struck the Orvask Front near the border.",
			want: []string{fact("Chile", graph.Fights, "Orvask Front")}},
		{text: "Peru declined to comment, but it has long backed the Vantar Movement.",
			want: []string{fact("Peru", graph.Supports, "Vantar Movement")}},
		{text: "The Orvask Front issued a statement on Monday. It accused Bolivia of shelling civilians.",
			want: []string{fact("Orvask Front", graph.Opposes, "Bolivia")}},
		{text: "The Kestrel Brigade, meanwhile, holds the hills, where it has fought both Chile and Peru.",
			want: []string{fact("Kestrel Brigade", graph.Fights, "Chile"), fact("Kestrel Brigade", graph.Fights, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile shelled the town on Monday. It was not clear whether the Orvask Front was hit.",
			not:       []string{fact("Chile", graph.Fights, "Orvask Front")},
			companion: "Chile shelled the town on Monday. It also struck the Orvask Front.",
			want:      []string{fact("Chile", graph.Fights, "Orvask Front")}},
		{text: "President Ivo Tarsh of Chile spoke on Monday. It also struck the Orvask Front.",
			not:       []string{fact("Chile", graph.Fights, "Orvask Front"), fact("Ivo Tarsh", graph.Fights, "Orvask Front")},
			companion: "Chile spoke on Monday. It also struck the Orvask Front.",
			want:      []string{fact("Chile", graph.Fights, "Orvask Front")}},
		{text: "Chile, Peru and Bolivia met on Monday, and it also struck the Orvask Front.",
			not:       []string{fact("Chile", graph.Fights, "Orvask Front")},
			companion: "Chile shelled the town on Monday, and it also struck the Orvask Front.",
			want:      []string{fact("Chile", graph.Fights, "Orvask Front")}},
	})
}

// "they" after a verb of saying stands for one body whose name is a
// plural ("the Vantar Brigades said they"), as for a list; a body named
// in the singular says "it", so "they" is then someone else.
func TestTheyForPluralBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantar Brigades said they had attacked Chilean troops near the border.",
			want: []string{fact("Vantar Brigades", graph.Fights, "Chile")}},
		{text: "The Orvask Battalions said on Monday they had shelled the Kestrel Front.",
			want: []string{fact("Orvask Battalions", graph.Fights, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Vantar Front said they had attacked Chilean troops near the border.",
			not:       []string{fact("Vantar Front", graph.Fights, "Chile")},
			companion: "The Vantar Front said it had attacked Chilean troops near the border.",
			want:      []string{fact("Vantar Front", graph.Fights, "Chile")}},
	})
}

// A day named between a verb of saying and the pronoun that opens what
// was said ("said on Monday it had", "said Monday they would") leaves the
// pronoun the speaker's.
func TestDayBetweenSayingAndPronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile said on Monday it had struck the Orvask Front near the border.",
			want: []string{fact("Chile", graph.Fights, "Orvask Front")}},
		{text: "Peru and Bolivia said on Tuesday they would continue to support the Vantar Council.",
			want: []string{fact("Peru", graph.Supports, "Vantar Council"), fact("Bolivia", graph.Supports, "Vantar Council")}},
		{text: "Chile said Friday it had shelled the Kestrel Brigade.",
			want: []string{fact("Chile", graph.Fights, "Kestrel Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile said on Monday it was not clear who had struck the Orvask Front.",
			not:       []string{fact("Chile", graph.Fights, "Orvask Front")},
			companion: "Chile said on Monday it had struck the Orvask Front.",
			want:      []string{fact("Chile", graph.Fights, "Orvask Front")}},
	})
}

// A body that fights alongside another does not repel that partner's
// assault: the attack referred back to was another's.
func TestRepelledAttackNotPartners(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Chilean army launched an assault on the port on Monday. The Kestrel Brigade, a militia that fights alongside the army, said it had repelled the assault.",
			not:       []string{fact("Chile", graph.Fights, "Kestrel Brigade")},
			companion: "The Chilean army launched an assault on the port on Monday. The Kestrel Brigade, a militia based in the hills, said it had repelled the assault.",
			want:      []string{fact("Chile", graph.Fights, "Kestrel Brigade")}},
	})
}

// TestPronounReviewCases checks the pronoun readers on shapes where the
// nearest person is the right one: a person heading a relative clause
// between the main subject and the pronoun, a name that opens its
// sentence ("King X") rather than an opening phrase, a possessor who is
// the previous sentence's only person, and a body accused "of" a deed.
func TestPronounReviewCases(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Ali Wanjiru met President Kofi Mensah, who said that he had condemned Togo.",
			want: []string{fact("Kofi Mensah", graph.Opposes, "Togo")},
			not:  []string{fact("Ali Wanjiru", graph.Opposes, "Togo")}},
		{text: "King Omar Bashiru met Ali Wanjiru, Kofi Mensah and Amos Waruhiu in Accra. He condemned Togo.",
			want: []string{fact("Omar Bashiru", graph.Opposes, "Togo")},
			not:  []string{fact("Kofi Mensah", graph.Opposes, "Togo")}},
		{text: "Kofi Mensah visited Kenya. Supporters of Ali Wanjiru rallied in Accra. He condemned Togo.",
			want: []string{fact("Ali Wanjiru", graph.Opposes, "Togo")},
			not:  []string{fact("Kofi Mensah", graph.Opposes, "Togo")}},
		{text: "Kofi Mensah visited Kenya. Ali Wanjiru's supporters rallied in Accra. He condemned Togo.",
			want: []string{fact("Ali Wanjiru", graph.Opposes, "Togo")},
			not:  []string{fact("Kofi Mensah", graph.Opposes, "Togo")}},
		{text: "The Tarvolah Front was formed in 2019. Togo accused the Front of killing civilians.",
			want: []string{fact("Togo", graph.Opposes, "Tarvolah Front")}},
	})
}

// TestItsAfterSpeakerAside checks that "its" opening what a body said names
// the speaker, past an aside set off by commas between the body and its
// verb of saying, even one that holds a list of names, and past "that", a
// day or a short adjunct after the verb; the body the aside named last
// owns nothing.
func TestItsAfterSpeakerAside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Front, which is listed as a terrorist group by Ghana, Togo and Benin, said in a statement that its Kala Brigade had led the attack.",
			want: []string{fact("Kala Brigade", graph.PartOf, "Northern Front")},
			not:  []string{fact("Kala Brigade", graph.PartOf, "Benin")}},
		{text: "The Northern Front, which Ghana and Togo accuse of smuggling, said on Sunday that its Kala Brigade had seized Kara.",
			want: []string{fact("Kala Brigade", graph.PartOf, "Northern Front")},
			not:  []string{fact("Kala Brigade", graph.PartOf, "Togo")}},
		{text: "The Northern Front, which Ghana and Togo accuse of smuggling, said in messages to reporters that its Kala Brigade had seized Kara.",
			want: []string{fact("Kala Brigade", graph.PartOf, "Northern Front")},
			not:  []string{fact("Kala Brigade", graph.PartOf, "Togo")}},
		{text: "Ghana, which backs the Northern Front, said its Kala Brigade had seized Kara.",
			want: []string{fact("Kala Brigade", graph.PartOf, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Northern Front, which Ghana and Togo accuse of smuggling, said its Kala Brigade had seized Kara.",
			not:       []string{fact("Kala Brigade", graph.PartOf, "Togo")},
			companion: "The Northern Front said its Kala Brigade had seized Kara.",
			want:      []string{fact("Kala Brigade", graph.PartOf, "Northern Front")}},
	})
}
