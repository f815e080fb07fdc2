package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// General shapes added in the final pass; every sentence is written for
// the test, with other actors and wording than any article.
func TestFinalPassConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		// A participle after an appositive's common noun states a fight.
		{text: "Washington armed the YPG, a Kurdish militia battling the Islamic State near Kobani, for two years.",
			want: []string{fact("Islamic State", graph.Fights, "People's Protection Units")}},
		{text: "Ankara denounced the YPG, a group fighting against Turkish troops in Afrin.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")}},
		{text: "The FSA, a loose alliance of rebel factions, held talks in Amman.",
			not: []string{fact("Free Syrian Army", graph.Fights, "Jordan")}},
		// A person's forces are the person's side.
		{text: "Turkish troops attacked Assad's forces near Saraqeb on Thursday.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Turkey")}},
		{text: "Turkish troops did not attack Assad's forces near Saraqeb.",
			not: []string{fact("Bashar al-Assad", graph.Fights, "Turkey")}},
		// Fighting to topple someone is fighting him.
		{text: "The Free Syrian Army has been fighting to overthrow Bashar al-Assad since 2012.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Free Syrian Army")}},
		// Joint patrols and operations are cooperation.
		{text: "Russian and Turkish troops conducted joint patrols near Kobani on Friday.",
			want: []string{fact("Russia", graph.CooperatesWith, "Turkey")}},
		{text: "American soldiers carried out joint patrols with Turkish troops near Manbij.",
			want: []string{fact("Turkey", graph.CooperatesWith, "United States")}},
		{text: "Russian and Turkish troops may hold joint patrols next month.",
			not: []string{fact("Russia", graph.CooperatesWith, "Turkey")}},
		// A companion adjunct: both the subject and its companion act.
		{text: "Iraqi forces, together with the Popular Mobilization Forces, defeated Islamic State in Mosul.",
			want: []string{
				fact("Iraq", graph.Fights, "Islamic State"),
				fact("Islamic State", graph.Fights, "Popular Mobilization Forces"),
			}},
		{text: "Iraqi forces, in support of the Popular Mobilization Forces, defeated Islamic State in Mosul.",
			not: []string{fact("Islamic State", graph.Fights, "Popular Mobilization Forces")}},
		// Passive deals.
		{text: "The Adana Agreement was signed by Turkey and Syria in 1998.",
			want: []string{fact("Turkey", graph.Signed, "Adana Agreement"), fact("Syria", graph.Signed, "Adana Agreement")}},
	})
}

// A deal referred back to is the one last named in the article.
func TestAgreementReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThat deal, negotiated by Turkey and Syria in 1998, allows cross-border raids.",
			want: []string{fact("Turkey", graph.Brokered, "Adana Agreement"), fact("Syria", graph.Brokered, "Adana Agreement")}},
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe accord was signed by Turkey and Syria in 1998.",
			want: []string{fact("Turkey", graph.Signed, "Adana Agreement")}},
		// No deal named before: nothing to refer to.
		{text: "Officials met in Ankara on Monday.\n\nThe accord was signed by Turkey and Syria in 1998.",
			not: []string{fact("Turkey", graph.Signed, "Adana Agreement")}},
		// A deal that says which one it is names another.
		{text: "Damascus and Ankara revived the Adana accord on Monday.\n\nThe deal on water was signed by Turkey and Iraq.",
			not: []string{fact("Iraq", graph.Signed, "Adana Agreement")}},
	})
}

// "condemned the attack" opposes the agent of the last attack stated.
func TestCondemnedAttackReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish jets bombed YPG positions near Qamishli on Sunday.\n\nIraq condemned the attack on Monday.",
			want: []string{fact("Iraq", graph.Opposes, "Turkey")}},
		{text: "Turkish drones struck the YPG near Kobani.\n\nFrance called the strike unacceptable and denounced it.",
			want: []string{fact("France", graph.Opposes, "Turkey")}},
		// No attack stated before: nothing to refer to.
		{text: "Officials met in Baghdad on Sunday.\n\nFrance condemned the attack on Monday.",
			not: []string{fact("France", graph.Opposes, "Turkey")}},
		// "it" without an attack named in the sentence is something else.
		{text: "Turkish drones struck the YPG near Kobani.\n\nIraq read the statement and condemned it.",
			not: []string{fact("Iraq", graph.Opposes, "Turkey")}},
		// An attack that says whose it is goes to the patterns.
		{text: "Turkish drones struck the YPG near Kobani.\n\nFrance condemned the attack by Islamic State on a prison.",
			not: []string{fact("France", graph.Opposes, "Turkey")}},
	})
}

// A strike on a state's airbase is a fight with the state.
func TestStrikeOnAirbase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israeli jets struck Syria's Shayrat airbase overnight.",
			want: []string{fact("Israel Defense Forces", graph.Fights, "Syria")}},
		{text: "Russian jets took off from Syria's Hmeimim airbase overnight.",
			not: []string{fact("Russia", graph.Fights, "Syria")}},
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
		{text: "Sergei Lavrov of Russia told reporters the talks had stalled.",
			not: []string{fact("Sergei Lavrov", graph.MemberOf, "Russia")}},
		{text: "Spokesman Mohammed Alloush of the Free Syrian Army told reporters the talks had stalled.",
			not: []string{fact("Mohammed Alloush", graph.MemberOf, "Free Syrian Army")}},
	})
}

// Offices and commitments read in the final pass.
func TestFinalPassOfficesAndQuotes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Doha hosted Ahmad Tohme, the general coordinator of the Syrian Democratic Council, on Sunday.",
			want: []string{fact("Ahmad Tohme", graph.HeadOf, "Syrian Democratic Council")}},
		{text: "\"Turkey will always stand by Azerbaijan,\" Erdogan said.",
			want: []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "\"Turkey may stand by Azerbaijan,\" Erdogan said.",
			not: []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "\"We will always support Iraq,\" Iranian President Hassan Rouhani said.",
			want: []string{fact("Iran", graph.Supports, "Iraq")}},
	})
}

// Precision fixes of the final pass.
func TestFinalPassPrecision(t *testing.T) {
	checkFacts(t, []factCase{
		// People who condemn an aggression on a territory do not fight it.
		{text: "Lavrov and Zarif condemned the repeated Turkish attacks on Iraqi territory.",
			want: []string{fact("Turkey", graph.Fights, "Iraq")},
			not:  []string{fact("Iraq", graph.Fights, "Sergei Lavrov")}},
		// "the two countries' ministers" is no meeting of the states.
		{text: "Erdogan said Ankara and Baghdad had restored ties, and a meeting between the two countries' defence ministers was planned.",
			not: []string{fact("Iraq", graph.MetWith, "Turkey")}},
		// "the two countries' forces" are the states.
		{text: "Jordan and Iraq agreed the border was secure after the two countries' forces drove Islamic State out of the area.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
	})
}

// Counterparts, interventions and strikes read in the final pass.
func TestFinalPassCounterpartsAndStrikes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "On Friday, Foreign Minister Mevlut Cavusoglu received his Iranian counterpart, Mohammad Javad Zarif, in Ankara.",
			want: []string{
				fact("Mohammad Javad Zarif", graph.ForeignMinisterOf, "Iran"),
				fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif"),
			}},
		{text: "Turkish Foreign Minister Mevlut Cavusoglu flew to Tehran.\n\nThe top Turkish diplomat later met his Iranian counterpart Mohammad Javad Zarif.",
			want: []string{fact("Mohammad Javad Zarif", graph.ForeignMinisterOf, "Iran")}},
		{text: "Iranian troops intervened in 2014 on behalf of the Iraqi government.",
			want: []string{fact("Iran", graph.Supports, "Iraq")}},
		{text: "Iranian troops did not intervene on behalf of the Iraqi government.",
			not: []string{fact("Iran", graph.Supports, "Iraq")}},
		{text: "Turkey has conducted dozens of air strikes in northern Iraq since March against the PKK.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
	})
}

// A name set off by commas after a noun phrase is the subject of the verb
// after it.
func TestAppositiveNameSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan's spokesman, Ibrahim Kalin, met Jake Sullivan in Brussels.",
			want: []string{fact("İbrahim Kalın", graph.MetWith, "Jake Sullivan")}},
		{text: "The former premier, Benjamin Netanyahu, visited Mohammed bin Zayed in Abu Dhabi.",
			want: []string{fact("Benjamin Netanyahu", graph.MetWith, "Mohammed bin Zayed")}},
		// A verb before the commas makes them no appositive of a subject.
		{text: "Putin called Erdogan, Recep Tayyip Erdogan, thanked Assad.",
			not: []string{fact("Bashar al-Assad", graph.Thanked, "Recep Tayyip Erdoğan")}},
	})
}

// A verb coordinated after its auxiliaries keeps the clause's subject.
func TestCoordinatedVerbAfterAuxiliary(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar hosted the talks in Doha and has funded rebel groups for years.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
		{text: "Jordan closed its border in 2016 and has also backed the Southern Front.",
			want: []string{fact("Jordan", graph.Supports, "Southern Front")}},
		{text: "Qatar hosted the talks in Doha and has never funded rebel groups.",
			not: []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
}

// A body whose name says whose it is, after "of", belongs to that state.
func TestOwnerInBodyName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Security Council of the Russian Federation issued a statement on Monday.",
			want: []string{fact("Security Council of Russia", graph.PartOf, "Russia")}},
		{text: "The UN Security Council issued a statement on Monday.",
			not: []string{fact("United Nations Security Council", graph.PartOf, "Russia")}},
	})
}

// Continued consultations are cooperation.
func TestContinuedConsultations(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran and Iraq continued their consultations on border security in Baghdad.",
			want: []string{fact("Iran", graph.CooperatesWith, "Iraq")}},
		{text: "Iran and Iraq did not continue their consultations on border security.",
			not: []string{fact("Iran", graph.CooperatesWith, "Iraq")}},
	})
}

// "the regime" is the regime last named in full.
func TestRegimeReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jordan reopened its border with areas held by the Assad regime.\n\nOpposition groups have been fighting the regime since 2012.",
			want: []string{fact("Syrian government", graph.Fights, "Syrian rebels")},
		},
		{text: "Jordan reopened its border on Monday.\n\nOpposition groups have been fighting the regime since 2012.",
			not: []string{fact("Syrian government", graph.Fights, "Syrian rebels")}},
	})
}

// A session of talks is a meeting, not a call.
func TestSessionOfTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Sergei Lavrov held a session of formal talks with Mevlut Cavusoglu in Antalya.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Mevlüt Çavuşoğlu", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// "its" before a verb and a body does not make the body its own.
func TestItsBeforeVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The involvement of Hezbollah in Syria grew after its commandos aided Syrian government troops near Homs.",
			not: []string{fact("Syrian Arab Army", graph.PartOf, "Hezbollah"), fact("Syrian Arab Army", graph.PartOf, "Syria")}},
		{text: "Iran sent its elite Revolutionary Guards to Syria.",
			want: []string{fact("Islamic Revolutionary Guard Corps", graph.PartOf, "Iran")}},
	})
}

// Stopping a state from gaining ground is opposing it.
func TestPreventFromGaining(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saudi Arabia has worked to stop Iran from building a land corridor to the Mediterranean.",
			want: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
		{text: "Washington blocked Turkey from acquiring F-35 jets.",
			want: []string{fact("United States", graph.Opposes, "Turkey")}},
		{text: "Saudi Arabia may try to stop Iran from building a land corridor.",
			not: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
	})
}

// A refusal to let a state gain ground is opposition; other negations
// still void their relations.
func TestRefusalIsOpposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ankara said it would not allow the PKK to establish a corridor along its border.",
			want: []string{fact("Turkey", graph.Opposes, "Kurdistan Workers' Party")}},
		{text: "Saudi Arabia will not tolerate an Iranian military presence in Yemen.",
			want: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
		{text: "Russia will not accept condemning Syria at the council.",
			not: []string{fact("Russia", graph.Opposes, "Syria")}},
		{text: "Jordan did not oppose Iraq at the summit.",
			not: []string{fact("Jordan", graph.Opposes, "Iraq")}},
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
