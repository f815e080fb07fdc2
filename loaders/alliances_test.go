package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAlliances checks the readings of allied-with, supports and
// cooperates-with.
func TestAlliances(t *testing.T) {
	checkFacts(t, []factCase{
		// Joint patrols and operations are cooperation.
		{text: "Russian and Turkish troops conducted joint patrols near Kobani on Friday.",
			want: []string{fact("Russia", graph.CooperatesWith, "Turkey")}},
		{text: "American soldiers carried out joint patrols with Turkish troops near Manbij.",
			want: []string{fact("Turkey", graph.CooperatesWith, "United States")}},
		{text: "\"Turkey will always stand by Azerbaijan,\" Erdogan said.",
			want: []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "\"We will always support Iraq,\" Iranian President Hassan Rouhani said.",
			want: []string{fact("Iran", graph.Supports, "Iraq")}},
		{text: "Iranian troops intervened in 2014 on behalf of the Iraqi government.",
			want: []string{fact("Iran", graph.Supports, "Iraq")}},
		// Active relative clauses: the antecedent is the subject.
		{text: "Qatar, which supports several rebel groups in Syria, hosted the talks in Doha.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
		{text: "The Harakat al-Nujaba militia fought on the side of Iran for years.",
			want: []string{fact("Harakat al-Nujaba", graph.Supports, "Iran")}},
		// Helping an army retake ground: backing it, fighting those driven out.
		{text: "Hezbollah helped the Syrian army recapture the town of Qusayr from rebels.",
			want: []string{fact("Hezbollah", graph.Supports, "Syrian Arab Army"), fact("Hezbollah", graph.Fights, "Syrian rebels")}},
		{text: "Iran helped the Iraqi army to defeat the Islamic State.",
			want: []string{fact("Iran", graph.Supports, "Iraqi army")},
			not:  []string{fact("Iran", graph.Fights, "Iraq")}},
		{text: "Qatar has fought in Yemen on the side of Saudi Arabia since 2015.",
			want: []string{fact("Qatar", graph.Supports, "Saudi Arabia")}},
		// A pair reference with a bloc's name: the last two of that bloc.
		{text: "Kuwait and Bahrain joined the coalition. Both Gulf states have armed rebel groups in Syria.",
			want: []string{fact("Kuwait", graph.Supports, "Syrian rebels"), fact("Bahrain", graph.Supports, "Syrian rebels")}},
		{text: "Bahrain hosted the envoy on Monday. The talks were brief. Kuwait sent a delegation. Assad was not invited. Both Gulf states have armed rebel groups in Syria.",
			want: []string{fact("Bahrain", graph.Supports, "Syrian rebels"), fact("Kuwait", graph.Supports, "Syrian rebels")},
			not:  []string{fact("Syria", graph.Supports, "Syrian rebels")}},
		// An appositive kind noun with a relative passive: "X and Y, two
		// groups that are funded by Z".
		{text: "The Pentagon said the targets were used by Harakat al-Nujaba and the Badr Organization, two Iraqi groups that are funded by Iran.",
			want: []string{fact("Iran", graph.Supports, "Harakat al-Nujaba"), fact("Iran", graph.Supports, "Badr Organization")},
			not:  []string{fact("Iran", graph.Supports, "Pentagon")}},
		// A name glued to "-backed" qualifies what follows: no slot of a
		// fight or contact.
		{text: "Turkish-backed rebels attacked Kurdish positions near Manbij.",
			want: []string{fact("Turkey", graph.Supports, "Syrian rebels")}},
		// A passive coordinated inside a relative clause is the antecedent's.
		{text: "The Southern Front, which was founded in Daraa in 2014 and is backed by Jordan, issued a statement.",
			want: []string{fact("Jordan", graph.Supports, "Southern Front")}},
		{text: "Jordan, which hosts refugees and is allied with Washington, closed the border to the Southern Front.",
			want: []string{fact("Jordan", graph.AlliedWith, "United States")},
			not:  []string{fact("Jordan", graph.Supports, "Southern Front")}},
		// A description ("one of ...") or an adjunct after a name is left
		// out of the simpler view.
		{text: "The Harakat al-Nujaba militia, one of the largest factions in the alliance, has fought in Syria on the side of Iran.",
			want: []string{fact("Harakat al-Nujaba", graph.Supports, "Iran")}},
		{text: "Qatar pumped millions into Ahrar al-Sham during the war.",
			want: []string{fact("Qatar", graph.Supports, "Ahrar al-Sham")}},
		{text: "The SDF thanked the US-led coalition for its air support. Mazloum Abdi thanked the coalition for its military support.",
			want: []string{fact("US-led coalition", graph.Supports, "Syrian Democratic Forces"), fact("Syrian Democratic Forces", graph.Thanked, "US-led coalition")},
			// Support goes to a side, not to the person who thanks.
			not: []string{fact("US-led coalition", graph.Supports, "Mazloum Abdi")}},
		// Thanks for a position are no support.
		{text: "Shamkhani thanked Moscow for its position in support of the deal.",
			want: []string{fact("Ali Shamkhani", graph.Thanked, "Russia")},
			not:  []string{fact("Russia", graph.Supports, "Ali Shamkhani")}},
		{text: "Free Syrian Army fighters backed by Turkish warplanes entered al-Bab.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		// Support named by a nominalisation belongs to the state right
		// before it, not to the subject of the sentence.
		{text: "Turkey condemned American backing for the SDF.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")},
			not:  []string{fact("Turkey", graph.Supports, "Syrian Democratic Forces")}},
		{text: "Israel warned against Iranian support for Hezbollah.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")},
			not:  []string{fact("Israel", graph.Supports, "Hezbollah")}},
		{text: "Kuwait expressed its full support for the Lebanese government.",
			want: []string{fact("Kuwait", graph.Supports, "Lebanon")}},
		// Backing the holding of an event.
		{text: "Iran and Turkey backed the convening of the Syrian National Dialogue Congress.",
			want: []string{fact("Iran", graph.Supports, "Syrian National Dialogue Congress"), fact("Turkey", graph.Supports, "Syrian National Dialogue Congress")}},
		// allied-with: regarded as a partner; strategic relations between.
		{text: "Ankara regards Doha as a key strategic partner in the Gulf.",
			want: []string{fact("Qatar", graph.AlliedWith, "Turkey")}},
		{text: "Mekdad praised the strategic relations between Syria and Russia.",
			want: []string{fact("Russia", graph.AlliedWith, "Syria")}},
		// cooperates-with: a deconfliction line.
		{text: "The Pentagon maintains a deconfliction hotline with the Russian military over Syria.",
			want: []string{fact("Pentagon", graph.CooperatesWith, "Russian Aerospace Forces")}},
		// supports: militias such as X; "which, along with Y," groups.
		{text: "Iran funds Iraqi militias, including Asaib Ahl al-Haq, in eastern Syria.",
			want: []string{fact("Iran", graph.Supports, "Asaib Ahl al-Haq")}},
		{text: "Qatar, which along with Saudi Arabia is a patron of the Islamic Front, said on Monday.",
			want: []string{fact("Qatar", graph.Supports, "Islamic Front"), fact("Saudi Arabia", graph.Supports, "Islamic Front")}},
		{text: "The Badr Organization militia, which, together with Iran, has propped up the government of Haider al-Abadi, fought in Tikrit.",
			want: []string{fact("Badr Organization", graph.Supports, "Haider al-Abadi"), fact("Iran", graph.Supports, "Haider al-Abadi")}},
		// A name glued to "-dominated", "-led" qualifies the next name.
		{text: "Washington equipped and armed the PYD-dominated SDF last year.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")},
			not:  []string{fact("United States", graph.Supports, "Democratic Union Party")}},
		{text: "Faylaq al-Sham, a coalition of rebel factions supported by Ankara, entered Afrin.",
			want: []string{fact("Turkey", graph.Supports, "Faylaq al-Sham")}},
		// A state's forces named by demonym are the state when opposed.
		{text: "British special forces trained Syrian rebels in Jordan.",
			want: []string{fact("United Kingdom", graph.Supports, "Syrian rebels")}},
		{text: "Iran and Hezbollah, the staunchest backers of Assad, sent more fighters to Aleppo.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad"), fact("Hezbollah", graph.Supports, "Bashar al-Assad")}},
		{text: "The Peshmerga, which hold much of northern Iraq with American backing, retook the town.",
			want: []string{fact("United States", graph.Supports, "Peshmerga")}},
		{text: "The Free Syrian Army, with Turkish support, entered Jarablus.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		// A state after a direction is a place.
		{text: "Moscow said it backed Damascus's right to regain all its territory.",
			want: []string{fact("Russia", graph.Supports, "Syria")}},
		{text: "The Southern Front, a Jordanian-backed alliance of rebel brigades, lost Daraa.",
			want: []string{fact("Jordan", graph.Supports, "Southern Front")}},
		{text: "Kataib Hezbollah, an Iranian proxy, fired rockets at the base.",
			want: []string{fact("Iran", graph.Supports, "Kataib Hezbollah")}},
		{text: "Analysts say Tehran's proxy Hezbollah is now stronger.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "Iran provides financial and military support to Assad through its elite Revolutionary Guards.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad")}},
		{text: "Russia and Iran back Assad.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad"), fact("Iran", graph.Supports, "Bashar al-Assad")}},
		{text: "Tehran will continue to back the Assad regime.",
			want: []string{fact("Iran", graph.Supports, "Syrian government")}},
		{text: "The offensive threatens Free Syrian Army units trained and supported by the US.",
			want: []string{fact("United States", graph.Supports, "Free Syrian Army")}},
		{text: "Syrian regime forces backed by heavy Russian air support drove DAESH out of Palmyra on Sunday.",
			want: []string{fact("Russia", graph.Supports, "Syrian Arab Army"), fact("Islamic State", graph.Fights, "Syrian Arab Army")}},
		{text: "Since launching a military intervention backing Syrian President Bashar Al-Assad in 2015, Russia has become a powerful player, forming strategic partnerships also with Iran and Turkey.",
			want: []string{
				fact("Russia", graph.Supports, "Bashar al-Assad"),
				fact("Iran", graph.AlliedWith, "Russia"),
				fact("Russia", graph.AlliedWith, "Turkey"),
			}},
		{text: "The presidents of Russia and Iran agreed on Monday to step up contacts over the Syrian conflict, in which both countries are allies of President Bashar al-Assad.",
			want: []string{fact("Bashar al-Assad", graph.AlliedWith, "Russia"), fact("Bashar al-Assad", graph.AlliedWith, "Iran")},
			not:  []string{fact("Iran", graph.AlliedWith, "Russia")}},
		{text: "Putin, Rowhani agree to cooperate closely on Syria",
			want: []string{fact("Hassan Rouhani", graph.CooperatesWith, "Vladimir Putin")}},
		{text: "Russia, Iran to cooperate over Syria conflict",
			want: []string{fact("Iran", graph.CooperatesWith, "Russia")}},
		{text: "The three countries, Iran, Russia and Turkey, also agreed to maintain cooperation together.",
			want: []string{fact("Iran", graph.CooperatesWith, "Russia"), fact("Iran", graph.CooperatesWith, "Turkey")}},
		{text: "Rouhani said cooperation and coordination between Tehran and Moscow were essential.",
			want: []string{fact("Iran", graph.CooperatesWith, "Russia")}},
		// Fighting alongside is cooperation (the annotation rule of the
		// development corpora), not support of one side by the other.
		{text: "Lebanon's Hezbollah, which is backed by Iran, has fought alongside Syrian government forces since 2013.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Hezbollah", graph.CooperatesWith, "Syrian Arab Army")},
			not:  []string{fact("Hezbollah", graph.Supports, "Syrian Arab Army")}},
		{text: "The Free Syrian Army, backed by Turkey and Gulf states, has clashed with the Islamic State.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army"), fact("Free Syrian Army", graph.Fights, "Islamic State")}},
		{text: "Iran and Russia have been the main backers of the Syrian government.",
			want: []string{fact("Iran", graph.Supports, "Syrian government"), fact("Russia", graph.Supports, "Syrian government")}},
		{text: "Iranian-backed militias, including Hezbollah, retook Palmyra.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "The United Arab Emirates backed anti-Assad rebels in Syria.",
			want: []string{fact("United Arab Emirates", graph.Supports, "Syrian rebels")},
			not:  []string{fact("United Arab Emirates", graph.Supports, "Bashar al-Assad")}},
		{text: "The Syrian Democratic Forces (SDF), a Kurdish-led alliance backed by the United States, captured Raqqa from Islamic State.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces"), fact("Islamic State", graph.Fights, "Syrian Democratic Forces")}},
		{text: "Saudi Arabia and Qatar have been arming and funding rebel groups in Syria.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Syrian rebels"), fact("Qatar", graph.Supports, "Syrian rebels")}},
		{text: "The Qataris and the Saudis had been funneling weapons to the rebels in Syria for more than a year.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels"), fact("Saudi Arabia", graph.Supports, "Syrian rebels")}},
		// A state named as a place is no actor.
		{text: "The CIA has been training Syria's rebels in Jordan, with support from Saudi Arabia.",
			want: []string{fact("CIA", graph.Supports, "Syrian rebels")},
			not:  []string{fact("Saudi Arabia", graph.Supports, "Jordan")}},
		// "from Afghanistan" says where fighters come from, not who fights.
		{text: "Iran has deployed fighters from Afghanistan and Pakistan to fight for President Bashar al-Assad.",
			want: []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")},
			not:  []string{fact("Afghanistan", graph.Supports, "Bashar al-Assad")}},
	})
	checkNegatives(t, []negativeCase{
		// Joint patrols and operations are cooperation.
		{text: "Russian and Turkish troops may hold joint patrols next month.",
			not:       []string{fact("Russia", graph.CooperatesWith, "Turkey")},
			companion: "Russian and Turkish troops conducted joint patrols near Kobani on Friday.",
			want:      []string{fact("Russia", graph.CooperatesWith, "Turkey")}},
		{text: "\"Turkey may stand by Azerbaijan,\" Erdogan said.",
			not:       []string{fact("Turkey", graph.Supports, "Azerbaijan")},
			companion: `"Turkey will always stand by Azerbaijan," Erdogan said.`,
			want:      []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "Iranian troops did not intervene on behalf of the Iraqi government.",
			not:       []string{fact("Iran", graph.Supports, "Iraq")},
			companion: "Iranian troops intervened in 2014 on behalf of the Iraqi government.",
			want:      []string{fact("Iran", graph.Supports, "Iraq")}},
		// A pair reference with a bloc's name: the last two of that bloc.
		{text: "Iran and Syria signed a deal. Both Gulf states have armed rebel groups in Syria.",
			not:       []string{fact("Iran", graph.Supports, "Syrian rebels"), fact("Syria", graph.Supports, "Syrian rebels")},
			companion: "Kuwait and Bahrain signed a deal. Both Gulf states have armed rebel groups in Syria.",
			want:      []string{fact("Bahrain", graph.Supports, "Syrian rebels"), fact("Kuwait", graph.Supports, "Syrian rebels")}},
		// A state after a direction is a place.
		{text: "Iran deployed fighters in eastern Syria.",
			not:       []string{fact("Iran", graph.Supports, "Syria")},
			companion: "Iran deployed fighters to Syria to support Damascus.",
			want:      []string{fact("Iran", graph.Supports, "Syria")}},
		{text: "While Russia and Iran have both deployed forces to Syria to help prop up Assad's government, their interests differ.",
			not:       []string{fact("Syria", graph.Supports, "Syrian government")},
			companion: "Russia and Iran have propped up Assad's government.",
			want:      []string{fact("Russia", graph.Supports, "Syrian government"), fact("Iran", graph.Supports, "Syrian government")}},
		{text: "Assad, bolstered by Iranian and Hizbullah fighters and armed by Russia, prevailed.",
			not:       []string{fact("Russia", graph.Supports, "Hezbollah")},
			companion: "Hezbollah was armed by Russia.",
			want:      []string{fact("Russia", graph.Supports, "Hezbollah")}},
	})
}

// Continued consultations are cooperation.
func TestContinuedConsultations(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran and Iraq continued their consultations on border security in Baghdad.",
			want: []string{fact("Iran", graph.CooperatesWith, "Iraq")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iran and Iraq did not continue their consultations on border security.",
			not:       []string{fact("Iran", graph.CooperatesWith, "Iraq")},
			companion: "Iran and Iraq continued their consultations on border security in Baghdad.",
			want:      []string{fact("Iran", graph.CooperatesWith, "Iraq")}},
	})
}

// TestSupportNounAndParticipleForms checks support, alliance and
// cooperation said with nouns, participles and verbs other than "back".
func TestSupportNounAndParticipleForms(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran and Russia have both given military backing to the Syrian government.",
			want: []string{fact("Iran", graph.Supports, "Syrian government"), fact("Russia", graph.Supports, "Syrian government")}},
		// A hedge before the antecedent does not reach its relative clause.
		{text: "Ankara would answer any attack by the Syrian army, which is backed by Moscow, with force.",
			want: []string{fact("Russia", graph.Supports, "Syrian Arab Army")}},
		{text: "The Syrian army, aided by Russian jets, drove Islamic State out of the town.",
			want: []string{fact("Russia", graph.Supports, "Syrian Arab Army")}},
		{text: "Moscow, which has given Assad air support since 2015, called for calm.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "The Kremlin credited the Russian air force with helping the Syrian army retake the city.",
			want: []string{fact("Russian Aerospace Forces", graph.Supports, "Syrian Arab Army")}},
		{text: "Hezbollah and other Iran-backed militias joined the battle.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "Putin stressed Russia's readiness to continue helping Syria.",
			want: []string{fact("Russia", graph.Supports, "Syria")}},
		// The accusation reports the arming, it does not doubt it.
		{text: "Moscow accuses Ankara of arming militants in the province, including Ahrar al-Sham.",
			want: []string{fact("Turkey", graph.Supports, "Ahrar al-Sham")}},
		{text: "Damascus accused Qatar of funding Jaysh al-Islam.",
			want: []string{fact("Qatar", graph.Supports, "Jaysh al-Islam")}},
		{text: "Iranian military advisers have assisted the Syrian army since 2012.",
			want: []string{fact("Iran", graph.Supports, "Syrian Arab Army")}},
		// "with the support of" carried to the clause's subject.
		{text: "The Syrian army broke the siege in September with the support of the Russian air force.",
			want: []string{fact("Russian Aerospace Forces", graph.Supports, "Syrian Arab Army")}},
		{text: "Turkey, the main backer of rebels opposed to Bashar al-Assad, sent more troops to Syria.",
			want: []string{fact("Turkey", graph.Supports, "Syrian rebels"), fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		// Alliances in other words.
		{text: "Tehran and Damascus are bound by a long-standing strategic partnership.",
			want: []string{fact("Iran", graph.AlliedWith, "Syria")}},
		{text: "The Syrian government recovered most of its land, with Moscow being another ally of Damascus.",
			want: []string{fact("Russia", graph.AlliedWith, "Syria")}},
		{text: "The Iran-aligned Kata'ib Hezbollah attacked US troops near the border.",
			want: []string{fact("Iran", graph.AlliedWith, "Kata'ib Hezbollah"), fact("Kata'ib Hezbollah", graph.Fights, "United States")},
			not:  []string{fact("Iran", graph.Fights, "United States")}},
		// Group cooperation.
		{text: "At the summit, Putin, Rouhani and Erdogan agreed to keep working together.",
			want: []string{fact("Hassan Rouhani", graph.CooperatesWith, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.CooperatesWith, "Vladimir Putin")}},
		{text: "Iraq and Jordan started working closely together on border security.",
			want: []string{fact("Iraq", graph.CooperatesWith, "Jordan")}},
		{text: "Russia, Iran and Turkey said their cooperation had calmed the fighting.",
			want: []string{fact("Iran", graph.CooperatesWith, "Russia"), fact("Russia", graph.CooperatesWith, "Turkey")}},
	})
	checkNegatives(t, []negativeCase{
		// Coordinating with a third party is no cooperation among them.
		{text: "Russia, Turkey and Iran agreed to coordinate their efforts with Staffan de Mistura.",
			not:       []string{fact("Iran", graph.CooperatesWith, "Russia"), fact("Russia", graph.CooperatesWith, "Turkey")},
			companion: "Russia, Turkey and Iran agreed to coordinate their efforts.",
			want:      []string{fact("Iran", graph.CooperatesWith, "Russia"), fact("Russia", graph.CooperatesWith, "Turkey")}},
	})
}

// TestThanksAndBackingPossessives checks thanks for a state's backing and
// backing of a state's cause.
func TestThanksAndBackingPossessives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Zarif said he was thankful for Russia's backing of Iran's nuclear rights.",
			want: []string{fact("Mohammad Javad Zarif", graph.Thanked, "Russia"), fact("Russia", graph.Supports, "Iran")}},
		{text: "Turkey has sold armed drones to Azerbaijan.",
			want: []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
	})
}

// TestSupportByDeployment checks support said by sending forces to help,
// and a person's forces backed by another state's arms.
func TestSupportByDeployment(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia has deployed warplanes to Syria to support Bashar al-Assad.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "Assad's troops, backed by Russian airstrikes, entered the town.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
	})
}

// TestAlliedTo checks alliances said with "allied to".
func TestAlliedTo(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hamas is allied to Iran.",
			want: []string{fact("Hamas", graph.AlliedWith, "Iran")}},
		{text: "Hamas, long allied to Iran, fired rockets at Israel.",
			want: []string{fact("Hamas", graph.AlliedWith, "Iran")}},
	})
}

// TestSeenAsBackerAndCommonCause checks support and alliance said by how a
// state is seen, cooperation by common cause, and contact by being in
// touch.
func TestSeenAsBackerAndCommonCause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Cairo is seen as the Syrian army's closest regional backer.",
			want: []string{fact("Egypt", graph.Supports, "Syrian Arab Army")}},
		{text: "Damascus is regarded as Tehran's closest ally.",
			want: []string{fact("Iran", graph.AlliedWith, "Syria")}},
		{text: "Hamas made common cause with Hezbollah in 2012.",
			want: []string{fact("Hamas", graph.CooperatesWith, "Hezbollah")}},
		{text: "Zarif had been in touch with Lavrov for weeks.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// TestHelpedAndShielded checks support said by helping a force do
// something and by shielding a state.
func TestHelpedAndShielded(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian advisers helped the Syrian army plan the offensive.",
			want: []string{fact("Russia", graph.Supports, "Syrian Arab Army")}},
		{text: "Moscow has shielded Damascus at the UN Security Council for years.",
			want: []string{fact("Russia", graph.Supports, "Syria")}},
	})
}

// TestCoordinationAndAccusedSupply checks states said to be coordinating,
// the supply an accusation reports, and the main supporters of a
// possessive's government.
func TestCoordinationAndAccusedSupply(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Officials say Ankara and Doha are coordinating so that the convoys keep moving.",
			want: []string{fact("Qatar", graph.CooperatesWith, "Turkey")}},
		{text: "Sudan accused Chad on Monday of prolonging the war by supplying weapons to the Northern Brigade.",
			want: []string{fact("Chad", graph.Supports, "Northern Brigade")}},
		{text: "Belarus and Iran have been the main supporters of Venezuela's government.",
			want: []string{fact("Belarus", graph.Supports, "Venezuela"), fact("Iran", graph.Supports, "Venezuela")}},
		{text: "The Northern Brigade fought alongside the Coastal Defence Forces near the port.",
			want: []string{fact("Northern Brigade", graph.CooperatesWith, "Coastal Defence Forces")},
			not:  []string{fact("Northern Brigade", graph.Supports, "Coastal Defence Forces")}},
	})
}

// TestWeaponsApproved checks weapons approved for a side.
func TestWeaponsApproved(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway approved close to $500 million in new weapons for Ukraine.",
			want: []string{fact("Norway", graph.Supports, "Ukraine")}},
	})
}

// TestSentToFightAlongside checks that fighters sent to fight alongside a
// side are support of it, not cooperation.
func TestSentToFightAlongside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Niger provides money to the Coastal Defence Forces, notably sending advisers and volunteers to fight alongside the Northern Brigade.",
			want: []string{fact("Niger", graph.Supports, "Northern Brigade")},
			not:  []string{fact("Niger", graph.CooperatesWith, "Northern Brigade")}},
	})
}

// TestRelativeBackingAndAlliesByAdjective checks "X, which Y backs,",
// "X's Russian allies", "X and his Iranian and Russian allies", "X and its
// Iranian backers" and support by mercenaries in an appositive.
func TestRelativeBackingAndAlliesByAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, which Niger has long backed, seized the port on Friday.",
			want: []string{fact("Niger", graph.Supports, "Northern Brigade")}},
		{text: "Mali's Russian allies fought the Northern Brigade near Kidal.",
			want: []string{fact("Mali", graph.AlliedWith, "Russia")}},
		{text: "The Malian junta and its Russian and Turkish allies retook Kidal.",
			want: []string{fact("Malian junta", graph.AlliedWith, "Russia"), fact("Malian junta", graph.AlliedWith, "Turkey")}},
		{text: "The Northern Brigade and its Algerian backers welcomed the plan.",
			want: []string{fact("Algeria", graph.Supports, "Northern Brigade")}},
		{text: "Mali, supported by Russian mercenaries, fought the Northern Brigade.",
			want: []string{fact("Russia", graph.Supports, "Mali"), fact("Mali", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A hedge inside the relative clause voids it.
		{text: "The Northern Brigade, which Niger reportedly backs, seized the port.",
			not:       []string{fact("Niger", graph.Supports, "Northern Brigade")},
			companion: "The Northern Brigade, which Niger backs, seized the port.",
			want:      []string{fact("Niger", graph.Supports, "Northern Brigade")}},
	})
}

// TestAppositiveCoalitionHostileAndArmed checks "X, a coalition of
// militants that is hostile to Y and is armed by Z" and "NATO ally
// Turkey" as membership, not an alliance with the body.
func TestAppositiveCoalitionHostileAndArmed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, a coalition of local militias that is hostile to Mali and is armed by Algeria, took the town.",
			want: []string{fact("Northern Brigade", graph.Opposes, "Mali"), fact("Algeria", graph.Supports, "Northern Brigade")}},
		{text: "American troops deter an attack by NATO ally Turkey.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")},
			not:  []string{fact("NATO", graph.AlliedWith, "Turkey")}},
	})
}

// TestProxyAndDefencePact checks "X is seen as a Y proxy", a defence pact
// signed as an alliance, and support by fighters in an appositive.
func TestProxyAndDefencePact(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade is widely seen as an Algerian proxy.",
			want: []string{fact("Algeria", graph.Supports, "Northern Brigade")}},
		{text: "Russia and Mali signed a defence pact in Moscow.",
			want: []string{fact("Mali", graph.AlliedWith, "Russia")}},
		{text: "Mali, backed by Russian fighters, launched an offensive against the Northern Brigade.",
			want: []string{fact("Russia", graph.Supports, "Mali"), fact("Mali", graph.Fights, "Northern Brigade")}},
	})
}

// TestCommonCauseAndJoinedInFighting checks "made common cause with" and
// "joined Y in fighting Z" as cooperation.
func TestCommonCauseAndJoinedInFighting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade has made common cause with Algeria, officials said.",
			want: []string{fact("Algeria", graph.CooperatesWith, "Northern Brigade")}},
		{text: "The Northern Brigade has joined Mali in fighting the Islamic State.",
			want: []string{fact("Mali", graph.CooperatesWith, "Northern Brigade"), fact("Islamic State", graph.Fights, "Northern Brigade")}},
	})
}

// TestSentAtRequest checks troops sent at a government's request as
// support of that government.
func TestSentAtRequest(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rwanda has sent troops to Mozambique at the request of the Mozambican government.",
			want: []string{fact("Rwanda", graph.Supports, "Mozambique")}},
	})
}

// TestBackersNamedAroundTheBacked checks support stated from the side of
// the one backed: "whose main backer is", "foreign backers, including",
// "relies on support from", "dependent on Russian support", and "sided
// with", "threw its weight behind", "main arms supplier".
func TestBackersNamedAroundTheBacked(t *testing.T) {
	backs := fact("Algeria", graph.Supports, "Northern Brigade")
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, whose main backer is Algeria, seized the town.", want: []string{backs}},
		{text: "The Northern Brigade's foreign backers, including Algeria and Libya, sent envoys.", want: []string{backs, fact("Libya", graph.Supports, "Northern Brigade")}},
		{text: "The Northern Brigade relies heavily on support from Algeria.", want: []string{backs}},
		{text: "Mali is heavily dependent on Russian financial support.", want: []string{fact("Russia", graph.Supports, "Mali")}},
		{text: "Algeria sided with the Northern Brigade during the war.", want: []string{backs}},
		{text: "Algeria threw its weight behind the Northern Brigade.", want: []string{backs}},
		{text: "Algeria is the Northern Brigade's main arms supplier.", want: []string{backs}},
	})
}

// TestArmsFlights checks arms sent as flights or shipments.
func TestArmsFlights(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A UN panel said Iran had sent arms flights to Hamas through an airstrip.",
			want: []string{fact("Iran", graph.Supports, "Hamas")}},
	})
}

// TestBackersOfForcesAndStances checks backing read through a side's
// forces, its stance and its allies, forces deployed side by side, and a
// defence pact formed by several states.
func TestBackersOfForcesAndStances(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah's fighters have been trained by Iran and Syria for years.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Syria", graph.Supports, "Hezbollah")}},
		{text: "Most of Hamas's units are funded by Qatar.",
			want: []string{fact("Qatar", graph.Supports, "Hamas")}},
		{text: "Greece is backed in its position by France and Italy.",
			want: []string{fact("France", graph.Supports, "Greece"), fact("Italy", graph.Supports, "Greece")}},
		{text: "Armenia, supported by its partners France and India, asked for a summit.",
			want: []string{fact("France", graph.Supports, "Armenia"), fact("India", graph.Supports, "Armenia")}},
		{text: "Washington keeps several hundred soldiers stationed alongside the Syrian Democratic Forces.",
			want: []string{fact("Syrian Democratic Forces", graph.CooperatesWith, "United States")}},
		// The name in apposition before the verb.
		{text: "Its contractor, the Wagner Group, deployed hundreds of men alongside Syrian Arab Army units.",
			want: []string{fact("Syrian Arab Army", graph.CooperatesWith, "Wagner Group")}},
		{text: "Chad, Sudan and Libya formed a mutual defence pact after the summit.",
			want: []string{fact("Chad", graph.AlliedWith, "Sudan"), fact("Libya", graph.AlliedWith, "Sudan"), fact("Chad", graph.AlliedWith, "Libya")}},
	})
}

// TestSupportNounWithGiver checks "the support A gave B".
func TestSupportNounWithGiver(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Damascus recalled the help Russia provided the Syrian Arab Army during the siege.",
			want: []string{fact("Russia", graph.Supports, "Syrian Arab Army")}},
	})
}

// TestStateBeforePartyOfRelativeClause checks that a state which only
// places a party ("the main Cyprus Greek party, which is backed by
// Athens") is not the one backed, while a state backed directly is.
func TestStateBeforePartyOfRelativeClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "He quit the main Cyprus Greek party which is backed by Greece.",
			not:       []string{fact("Greece", graph.Supports, "Cyprus")},
			companion: "He praised Cyprus which is backed by Greece.",
			want:      []string{fact("Greece", graph.Supports, "Cyprus")}},
	})
}

// TestSideAndAlliedForces checks "A and allied B", which allies them and
// makes A a party of their fight.
func TestSideAndAlliedForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia and allied Wagner Group fighters attacked the Islamic State near Palmyra.",
			want: []string{fact("Russia", graph.AlliedWith, "Wagner Group"), fact("Islamic State", graph.Fights, "Russia")}},
	})
}

// TestPartnersMechanismsAndJointForces checks a partner against a common
// enemy, a deconfliction line kept by two states, weapons moved for a
// group, and a joint patrol of two states.
func TestPartnersMechanismsAndJointForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Syrian Democratic Forces, the US-led coalition's main partner against the Islamic State, lost Raqqa's outskirts.",
			want: []string{fact("Syrian Democratic Forces", graph.CooperatesWith, "US-led coalition")}},
		{text: "Turkey and Russia maintain a military hotline to avoid incidents.",
			want: []string{fact("Russia", graph.CooperatesWith, "Turkey")}},
		{text: "The port was used by the Islamic Revolutionary Guard Corps to smuggle missiles to Hezbollah.",
			want: []string{fact("Islamic Revolutionary Guard Corps", graph.Supports, "Hezbollah")}},
		{text: "A joint Iranian-Iraqi patrol crossed the border on Monday.",
			want: []string{fact("Iran", graph.CooperatesWith, "Iraq")}},
	})
}

// TestAccusedOfTwoActs checks an accusation of two coordinated acts of
// support, "of arming and commanding X".
func TestAccusedOfTwoActs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Baghdad has accused Iran of funding and directing Kata'ib Hezbollah.",
			want: []string{fact("Iran", graph.Supports, "Kata'ib Hezbollah")}},
	})
}

// TestArmsShippedTo checks arms shipped to a state named by its capital.
func TestArmsShippedTo(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey, which has delivered drones to Kyiv, called for talks.",
			want: []string{fact("Turkey", graph.Supports, "Ukraine")}},
	})
}

// TestPactAfterAsideAndSupportOfAlly checks a defence pact formed by a
// group after an aside, and an act "in support of its ally X", whose ally
// is the subject's, not that of a state named on the way.
func TestPactAfterAsideAndSupportOfAlly(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Guinea, Mali and Niger, each ruled by officers since a coup, formed a mutual defence pact on Sunday.",
			want: []string{fact("Guinea", graph.AlliedWith, "Mali"), fact("Mali", graph.AlliedWith, "Niger"), fact("Guinea", graph.AlliedWith, "Niger")}},
		{text: "Hezbollah launched drones at northern Israel in support of its ally Hamas.",
			want: []string{fact("Hezbollah", graph.Supports, "Hamas"), fact("Hamas", graph.AlliedWith, "Hezbollah")},
			not:  []string{fact("Hamas", graph.AlliedWith, "Israel")}},
	})
}

// TestTargetIsNoSupporter checks that the target of strikes, named just
// before "in support of", is not read as the supporter.
func TestTargetIsNoSupporter(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The United States has carried out airstrikes against al-Shabaab in support of the Somali National Army.",
			not:       []string{fact("Al-Shabaab", graph.Supports, "Somali National Army")},
			companion: "Hezbollah deployed fighters in support of the Somali National Army.",
			want:      []string{fact("Hezbollah", graph.Supports, "Somali National Army")}},
	})
}

// TestBackedByItsAllies checks that the allies of "backed by its allies A
// and B" are both backers and allies.
func TestBackedByItsAllies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Armenia, backed by its ally France, asked for observers.",
			want: []string{fact("France", graph.Supports, "Armenia"), fact("Armenia", graph.AlliedWith, "France")}},
	})
}

// TestRelativeClauseCopulaAfterObject checks a relative clause whose second
// verb is a copula after an object: "who leads X and is an ally of Y".
func TestRelativeClauseCopulaAfterObject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hadi al-Amiri, who leads the Badr Organization and is a close ally of Iran, spoke on Sunday.",
			want: []string{fact("Hadi al-Amiri", graph.AlliedWith, "Iran")}},
	})
}

// TestSentToFightFor checks fighters sent to fight for a side.
func TestSentToFightFor(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Belarus sent volunteers to fight for Russia in Donbas.",
			want: []string{fact("Belarus", graph.Supports, "Russia")}},
	})
}

// TestPartnersAndArmsSuppliers checks "counts X among its partners" as
// an alliance and an arms supplier as a backer, and that a negated
// supplier is none.
func TestPartnersAndArmsSuppliers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Moscow, which counts Mali among its closest partners in Africa, said nothing.",
			want: []string{fact("Mali", graph.AlliedWith, "Russia")}},
		{text: "China, Ghana's biggest trading partner and a major arms supplier to the Northern Brigade, stayed silent.",
			want: []string{fact("China", graph.Supports, "Northern Brigade")},
			not:  []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		{text: "Iran is the main arms supplier of the Northern Brigade.",
			want: []string{fact("Iran", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iran is no longer the main arms supplier of the Northern Brigade.",
			not:       []string{fact("Iran", graph.Supports, "Northern Brigade")},
			companion: "Iran is still the main arms supplier of the Northern Brigade.",
			want:      []string{fact("Iran", graph.Supports, "Northern Brigade")}},
	})
}

// TestSolidarityProxiesAndParticipialAllies checks standing firmly with a
// side, a proxy "of" its patron, and a participle set off by commas that
// fights alongside another side.
func TestSolidarityProxiesAndParticipialAllies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo stands firmly with Ghana.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "Togo has always stood behind Ghana.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "The Northern Brigade is widely seen as a proxy of Togo.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "The Coastal Defence Forces, fighting alongside Ghanaian troops, retook the town.",
			want: []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Where one stood is no solidarity.
		{text: "Togo's president stood with Ghana's president at the podium.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Togo stands firmly with Ghana.",
			want:      []string{fact("Togo", graph.Supports, "Ghana")}},
	})
}

// TestJoinedForcesAndAlliedItself checks forces joined by a group or with
// a partner, against a common enemy, and an alliance made reflexively.
func TestJoinedForcesAndAlliedItself(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade and the Coastal Defence Forces have joined forces against Ghana.",
			want: []string{
				fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade"),
				fact("Ghana", graph.Fights, "Northern Brigade"),
				fact("Coastal Defence Forces", graph.Fights, "Ghana"),
			}},
		{text: "The Northern Brigade allied itself with the Coastal Defence Forces in 2020.",
			want: []string{fact("Coastal Defence Forces", graph.AlliedWith, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Northern Brigade refused to join forces with the Coastal Defence Forces.",
			not:       []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade")},
			companion: "The Northern Brigade agreed to join forces with the Coastal Defence Forces.",
			want:      []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade")}},
	})
}

// TestSupportThrownBehindAndForPosition checks support thrown behind a
// side and support voiced for a side's position.
func TestSupportThrownBehindAndForPosition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo has thrown its support behind Ghana.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "Togo voiced support for Ghana's position on the border.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo voiced concern over Ghana's position on the border.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Togo voiced support for Ghana's position on the border.",
			want:      []string{fact("Togo", graph.Supports, "Ghana")}},
	})
}

// TestSupportThatSideGave checks "the support that X has given Y".
func TestSupportThatSideGave(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana praised the support that Togo has given the Northern Brigade.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana will remember the support that Togo gave the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana praised the support that Togo gave the Northern Brigade.",
			want:      []string{fact("Togo", graph.Supports, "Northern Brigade")}},
	})
}

// TestFoughtEnemyAlongsideCompanion checks "X fought Y alongside Z": X
// and Z worked together and both fought Y; and that "to help it fight Y"
// is the helped one's fight.
func TestFoughtEnemyAlongsideCompanion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Defence Forces fought the Northern Brigade alongside Ghanaian troops.",
			want: []string{
				fact("Coastal Defence Forces", graph.CooperatesWith, "Ghana"),
				fact("Ghana", graph.Fights, "Northern Brigade"),
				fact("Coastal Defence Forces", graph.Fights, "Northern Brigade"),
			}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo sent troops to Ghana to help it fight the Northern Brigade.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo")},
			companion: "Togo sent troops to Ghana in March to fight the Northern Brigade.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// TestIssueTenRelationConstructions checks the relation constructions
// that issue 10 lists, in sentences of our own: group relations in noun,
// gerund and purpose form, a compound naming an alignment, the subject
// carried past "even while" without running into the wrong actor, and
// "with the backing of A, B, and C" attached to the clause's subject.
func TestIssueTenRelationConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian, Togolese and Beninese ministers met in Lome to coordinate.",
			want: []string{fact("Ghana", graph.MetWith, "Togo"), fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "A trilateral meeting of Ghana, Togo and Benin took place in Lome.",
			want: []string{fact("Ghana", graph.MetWith, "Togo"), fact("Benin", graph.MetWith, "Ghana")}},
		{text: "Ghana and Togo started working closely together.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The Iran-aligned militia Hezbollah attacked Israel.",
			want: []string{fact("Hezbollah", graph.AlliedWith, "Iran"), fact("Hezbollah", graph.Fights, "Israel")},
			not:  []string{fact("Iran", graph.Fights, "Israel")}},
		{text: "Ghana has warm ties with Togo even while backing the Northern Brigade.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			not:  []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "Ghana retook Tamale in March with the backing of Togo, Benin, and Niger.",
			want: []string{
				fact("Togo", graph.Supports, "Ghana"),
				fact("Benin", graph.Supports, "Ghana"),
				fact("Niger", graph.Supports, "Ghana"),
			}},
	})
}

// TestAlliesAndBackersListed checks a side's allies or backers listed
// after "including" or "include", and one counted among them.
func TestAlliesAndBackersListed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's allies, including Togo and Benin, sent troops.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo"), fact("Benin", graph.AlliedWith, "Ghana")}},
		{text: "Ghana's backers include Togo and Benin.",
			want: []string{fact("Togo", graph.Supports, "Ghana"), fact("Benin", graph.Supports, "Ghana")}},
		{text: "Togo is among Ghana's main backers.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "Togo is one of Ghana's closest allies.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo is not among Ghana's backers.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Togo is among Ghana's backers.",
			want:      []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "Ghana's enemies include Togo and Benin.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Ghana's backers include Togo and Benin.",
			want:      []string{fact("Togo", graph.Supports, "Ghana")}},
	})
}

// TestBackersInClausesAndAppositives checks support, alliance and
// cooperation stated in relative clauses, requests, purposes and
// appositives rather than by a verb between the two sides.
func TestBackersInClausesAndAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		// Who relies on a state's fighters is backed by that state.
		{text: "President Ana Lotvar, who has relied on Turkish fighters since 2019, thanked Erdogan.",
			want: []string{fact("Turkey", graph.Supports, "Ana Lotvar")}},
		// Troops sent at a leader's request, or to back his government.
		{text: "Kenya sent troops to Somalia in May at President Omar Dalmar's request.",
			want: []string{fact("Kenya", graph.Supports, "Omar Dalmar")}},
		{text: "Kenya, whose troops were deployed in Somalia last year to back President Omar Dalmar's government, declined to comment.",
			want: []string{fact("Kenya", graph.Supports, "Omar Dalmar")}},
		{text: "Kenya sent two battalions to Somalia to shore up President Omar Dalmar's government.",
			want: []string{fact("Kenya", graph.Supports, "Omar Dalmar")}},
		// The backer named by its possessive before its leadership.
		{text: "Al-Shabaab, which is backed by the Islamic State's central leadership, took the town.",
			want: []string{fact("Islamic State", graph.Supports, "Al-Shabaab")}},
		// A side's deployment named by its demonym.
		{text: "The European Union has backed the Kenyan deployment with 20 million euros.",
			want: []string{fact("European Union", graph.Supports, "Kenya")}},
		{text: "Egypt and Jordan expressed support for Morocco's move.",
			want: []string{fact("Egypt", graph.Supports, "Morocco"), fact("Jordan", graph.Supports, "Morocco")}},
		// A state's name as the modifier of "ally" in an appositive.
		{text: "President Ana Lotvar, a staunch U.S. ally, won the vote.",
			want: []string{fact("Ana Lotvar", graph.AlliedWith, "United States")}},
		// Acting together is cooperation, also of a body through its troops.
		{text: "Kenyan soldiers, acting together with the Somali army, repelled the assault.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Somali army")}},
		{text: "The African Union said its peacekeepers, acting together with the Somali army, repelled the assault.",
			want: []string{fact("African Union", graph.CooperatesWith, "Somali army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "President Ana Lotvar, who has complained about Turkish fighters since 2019, thanked Erdogan.",
			not:       []string{fact("Turkey", graph.Supports, "Ana Lotvar")},
			companion: "President Ana Lotvar, who has relied on Turkish fighters since 2019, thanked Erdogan.",
			want:      []string{fact("Turkey", graph.Supports, "Ana Lotvar")}},
		// A request with no troops sent is no support.
		{text: "Kenya changed the text of the statement in May at President Omar Dalmar's request.",
			not:       []string{fact("Kenya", graph.Supports, "Omar Dalmar")},
			companion: "Kenya sent troops to Somalia in May at President Omar Dalmar's request.",
			want:      []string{fact("Kenya", graph.Supports, "Omar Dalmar")}},
		{text: "Kenya, whose troops were deployed in Somalia last year to fight President Omar Dalmar's government, declined to comment.",
			not:       []string{fact("Kenya", graph.Supports, "Omar Dalmar")},
			companion: "Kenya, whose troops were deployed in Somalia last year to back President Omar Dalmar's government, declined to comment.",
			want:      []string{fact("Kenya", graph.Supports, "Omar Dalmar")}},
		{text: "Al-Shabaab, which is opposed by the Islamic State's central leadership, took the town.",
			not:       []string{fact("Islamic State", graph.Supports, "Al-Shabaab")},
			companion: "Al-Shabaab, which is backed by the Islamic State's central leadership, took the town.",
			want:      []string{fact("Islamic State", graph.Supports, "Al-Shabaab")}},
		{text: "The European Union has criticised the Kenyan deployment.",
			not:       []string{fact("European Union", graph.Supports, "Kenya")},
			companion: "The European Union has backed the Kenyan deployment.",
			want:      []string{fact("European Union", graph.Supports, "Kenya")}},
		{text: "Egypt and Jordan expressed concern over Morocco's move.",
			not:       []string{fact("Egypt", graph.Supports, "Morocco")},
			companion: "Egypt and Jordan expressed support for Morocco's move.",
			want:      []string{fact("Egypt", graph.Supports, "Morocco")}},
		{text: "President Ana Lotvar, a staunch critic of the U.S., won the vote.",
			not:       []string{fact("Ana Lotvar", graph.AlliedWith, "United States")},
			companion: "President Ana Lotvar, a staunch U.S. ally, won the vote.",
			want:      []string{fact("Ana Lotvar", graph.AlliedWith, "United States")}},
		// An alliance's noun before "ally" makes a member, not an ally.
		{text: "Turkey, a NATO ally, closed the strait.",
			not:       []string{fact("NATO", graph.AlliedWith, "Turkey"), fact("Turkey", graph.AlliedWith, "NATO")},
			companion: "Turkey, a close U.S. ally, closed the strait.",
			want:      []string{fact("Turkey", graph.AlliedWith, "United States")}},
		{text: "Kenyan soldiers, acting against the Somali army, repelled the assault.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Somali army")},
			companion: "Kenyan soldiers, acting together with the Somali army, repelled the assault.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Somali army")}},
	})
}

// TestBackersOfEffortsAndSecurity checks support stated through what is
// backed: a person's efforts, a side's security, and a second backer named
// after the backed side.
func TestBackersOfEffortsAndSecurity(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia said it would remain the guarantor of Abkhazia's security.",
			want: []string{fact("Russia", graph.Supports, "Abkhazia")}},
		{text: "Kenya backed President Ana Lotvar's mediation.",
			want: []string{fact("Kenya", graph.Supports, "Ana Lotvar")}},
		{text: "Kenya backed the efforts of the UN envoy Ana Lotvar.",
			want: []string{fact("Kenya", graph.Supports, "Ana Lotvar")}},
		{text: "Iran backed Assad along with Russia.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad"), fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "Iran backed Assad, as did Russia.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad"), fact("Russia", graph.Supports, "Bashar al-Assad")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Russia said it would remain a threat to Abkhazia's security.",
			not:       []string{fact("Russia", graph.Supports, "Abkhazia")},
			companion: "Russia said it would remain the guarantor of Abkhazia's security.",
			want:      []string{fact("Russia", graph.Supports, "Abkhazia")}},
		{text: "Kenya criticised President Ana Lotvar's mediation.",
			not:       []string{fact("Kenya", graph.Supports, "Ana Lotvar")},
			companion: "Kenya backed President Ana Lotvar's mediation.",
			want:      []string{fact("Kenya", graph.Supports, "Ana Lotvar")}},
		{text: "Iran attacked Hamas along with Russia.",
			not:       []string{fact("Russia", graph.Supports, "Hamas")},
			companion: "Iran backed Hamas along with Russia.",
			want:      []string{fact("Russia", graph.Supports, "Hamas")}},
	})
}

// TestTroopsSentAtRequestAndActingOnBehalf checks troops, read as their
// state, sent at a leader's request, and an armed group acting on a
// state's behalf.
func TestTroopsSentAtRequestAndActingOnBehalf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ugandan troops sent at President Omar Dalmar's request patrolled the capital.",
			want: []string{fact("Uganda", graph.Supports, "Omar Dalmar")}},
		{text: "Ugandan troops, deployed at the request of President Omar Dalmar, patrolled the capital.",
			want: []string{fact("Uganda", graph.Supports, "Omar Dalmar")}},
		{text: "Hezbollah acts on behalf of Iran in the region.",
			want: []string{fact("Hezbollah", graph.AlliedWith, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ugandan troops withdrawn at President Omar Dalmar's request left the capital.",
			not:       []string{fact("Uganda", graph.Supports, "Omar Dalmar")},
			companion: "Ugandan troops sent at President Omar Dalmar's request patrolled the capital.",
			want:      []string{fact("Uganda", graph.Supports, "Omar Dalmar")}},
		{text: "Hezbollah acts against Iran in the region.",
			not:       []string{fact("Hezbollah", graph.AlliedWith, "Iran")},
			companion: "Hezbollah acts on behalf of Iran in the region.",
			want:      []string{fact("Hezbollah", graph.AlliedWith, "Iran")}},
		// A state that acts for another in talks is its go-between, not
		// its ally.
		{text: "Qatar acted on behalf of Hamas in the talks.",
			not:       []string{fact("Qatar", graph.AlliedWith, "Hamas")},
			companion: "Hezbollah acts on behalf of Iran in the region.",
			want:      []string{fact("Hezbollah", graph.AlliedWith, "Iran")}},
	})
}

// TestStandingWithTrainingAndContingents checks a state standing with a
// side, a program to train a side's troops, and a contingent named by its
// demonym fighting alongside another force.
func TestStandingWithTrainingAndContingents(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The minister said Portugal stood with Mozambique.",
			want: []string{fact("Portugal", graph.Supports, "Mozambique")}},
		{text: "Kenyan special forces have begun a two-month program to train Somali marines.",
			want: []string{fact("Kenya", graph.Supports, "Somalia")}},
		{text: "A Rwandan contingent is fighting alongside Mozambique's armed forces.",
			want: []string{fact("Mozambique's armed forces", graph.CooperatesWith, "Rwanda")}},
	})
	checkNegatives(t, []negativeCase{
		// People standing together only stand beside each other.
		{text: "Putin stood with Erdogan at the podium.",
			not:       []string{fact("Vladimir Putin", graph.Supports, "Recep Tayyip Erdoğan")},
			companion: "The minister said Portugal stood with Mozambique.",
			want:      []string{fact("Portugal", graph.Supports, "Mozambique")}},
		{text: "The minister said Portugal broke with Mozambique.",
			not:       []string{fact("Portugal", graph.Supports, "Mozambique")},
			companion: "The minister said Portugal stood with Mozambique.",
			want:      []string{fact("Portugal", graph.Supports, "Mozambique")}},
		{text: "Kenyan special forces have begun a two-month program to fight Somali pirates.",
			not:       []string{fact("Kenya", graph.Supports, "Somalia")},
			companion: "Kenyan special forces have begun a two-month program to train Somali marines.",
			want:      []string{fact("Kenya", graph.Supports, "Somalia")}},
		{text: "A Rwandan contingent is fighting against Mozambique's armed forces.",
			not:       []string{fact("Mozambique's armed forces", graph.CooperatesWith, "Rwanda")},
			companion: "A Rwandan contingent is fighting alongside Mozambique's armed forces.",
			want:      []string{fact("Mozambique's armed forces", graph.CooperatesWith, "Rwanda")}},
	})
}

// TestAlliesListedAfterPlace checks a side's allies listed after a phrase
// of place ("Iran's allies across the region, including ...").
func TestAlliesListedAfterPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran's allies across the region, including Hezbollah in Lebanon and Hamas in Gaza, have attacked Israel.",
			want: []string{fact("Hezbollah", graph.AlliedWith, "Iran"), fact("Hamas", graph.AlliedWith, "Iran")}},
		{text: "Iran's allies in the region, such as Hezbollah, have attacked Israel.",
			want: []string{fact("Hezbollah", graph.AlliedWith, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iran's enemies across the region, including Hamas, have attacked Israel.",
			not:       []string{fact("Hamas", graph.AlliedWith, "Iran")},
			companion: "Iran's allies across the region, including Hamas, have attacked Israel.",
			want:      []string{fact("Hamas", graph.AlliedWith, "Iran")}},
	})
}

// TestProxiesPatronsAndSuppliers checks support stated by relational
// nouns: a proxy and its patron, backers after the backed side's
// possessive, heavy weapons delivered and an arms supplier.
func TestProxiesPatronsAndSuppliers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah, Iran's proxy in Lebanon, fired rockets.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "The Iranian proxy Hezbollah fired rockets.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "Hamas's patron Iran praised the attack.",
			want: []string{fact("Iran", graph.Supports, "Hamas")}},
		{text: "Egypt's Gulf backers, Saudi Arabia and the UAE, sent money.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Egypt"), fact("United Arab Emirates", graph.Supports, "Egypt")}},
		{text: "Germany delivered tanks to Ukraine.",
			want: []string{fact("Germany", graph.Supports, "Ukraine")}},
		{text: "France has been a key supplier of arms to Egypt.",
			want: []string{fact("France", graph.Supports, "Egypt")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Hezbollah, Iran's enemy in Lebanon, fired rockets.",
			not:       []string{fact("Iran", graph.Supports, "Hezbollah")},
			companion: "Hezbollah, Iran's proxy in Lebanon, fired rockets.",
			want:      []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "Hamas's enemy Israel praised the attack.",
			not:       []string{fact("Israel", graph.Supports, "Hamas")},
			companion: "Hamas's patron Israel praised the attack.",
			want:      []string{fact("Israel", graph.Supports, "Hamas")}},
		{text: "Germany delivered a protest to Ukraine.",
			not:       []string{fact("Germany", graph.Supports, "Ukraine")},
			companion: "Germany delivered tanks to Ukraine.",
			want:      []string{fact("Germany", graph.Supports, "Ukraine")}},
		{text: "France has been a key buyer of arms from Egypt.",
			not:       []string{fact("France", graph.Supports, "Egypt")},
			companion: "France has been a key supplier of arms to Egypt.",
			want:      []string{fact("France", graph.Supports, "Egypt")}},
	})
}

// TestComingToAidAndInterveningOnSide checks support stated by idioms
// with the backed side's possessive: "came to X's aid", "intervened on
// X's side".
func TestComingToAidAndInterveningOnSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey came to Azerbaijan's aid.",
			want: []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "Russia rushed to Assad's defence.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "Russia intervened on Assad's side in 2015.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "Russia intervened on Assad's behalf.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Turkey came to Azerbaijan's border.",
			not:       []string{fact("Turkey", graph.Supports, "Azerbaijan")},
			companion: "Turkey came to Azerbaijan's aid.",
			want:      []string{fact("Turkey", graph.Supports, "Azerbaijan")}},
		{text: "Russia intervened in Assad's war in 2015.",
			not:       []string{fact("Russia", graph.Supports, "Bashar al-Assad")},
			companion: "Russia intervened on Assad's side in 2015.",
			want:      []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
	})
}

// TestBackParticle checks that "back" as the particle of a verb of force
// ("beat back", "pushed back") states no backing, while backing stays read
// in the same sentence.
func TestBackParticle(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana helped the army of Togo push back the Northern Brigade.",
			not:       []string{fact("Togo", graph.Supports, "Northern Brigade")},
			companion: "Ghana helped the army of Togo back the Northern Brigade.",
			want:      []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "Soldiers from Togo beat back the Northern Brigade near the border.",
			not:       []string{fact("Togo", graph.Supports, "Northern Brigade")},
			companion: "The Togolese army beat back the Northern Brigade, which Ghana backs.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
}

// Several states acting in one clause: each supports the side whose step
// they back.
func TestListSupportsSideStep(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Union called for talks, while Ghana, Benin, Niger and Chad expressed support for Mali's move.",
			want: []string{fact("Ghana", graph.Supports, "Mali"), fact("Benin", graph.Supports, "Mali"),
				fact("Niger", graph.Supports, "Mali"), fact("Chad", graph.Supports, "Mali")}},
		{text: "Togo and Benin reaffirmed their backing for Ghana's decision to close the border.",
			want: []string{fact("Togo", graph.Supports, "Ghana"), fact("Benin", graph.Supports, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana expressed no support for Mali's move.",
			not:       []string{fact("Ghana", graph.Supports, "Mali")},
			companion: "Ghana expressed support for Mali's move.",
			want:      []string{fact("Ghana", graph.Supports, "Mali")}},
		// Concern about a side's step is no support for it.
		{text: "Ghana expressed concern about Mali's move.",
			not:       []string{fact("Ghana", graph.Supports, "Mali")},
			companion: "Ghana expressed support for Mali's move.",
			want:      []string{fact("Ghana", graph.Supports, "Mali")}},
	})
}

// A list of sides that together drive an enemy out fight side by side.
func TestListDrivesOutTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian and Togolese troops have driven the Northern Brigade out of Kpalime.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo routed the Northern Brigade near the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// One side driving out two others: no companions.
		{text: "Ghana drove the Northern Brigade and Togo out of Kpalime.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo drove the Northern Brigade out of Kpalime.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// A speaker's own troops acting together with a companion: the speaker and
// the companion cooperate.
func TestOwnTroopsTogetherWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Mission said in a statement that its peacekeepers, acting together with the Togolese army, repelled the raid.",
			want: []string{fact("Lake Mission", graph.CooperatesWith, "Togolese army")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lake Mission said that its peacekeepers, acting against the Togolese army, repelled the raid.",
			not:       []string{fact("Lake Mission", graph.CooperatesWith, "Togolese army")},
			companion: "The Lake Mission said that its peacekeepers, working alongside the Togolese army, repelled the raid.",
			want:      []string{fact("Lake Mission", graph.CooperatesWith, "Togolese army")}},
	})
}

// Partners named after "alongside" and a possessive, and partners "of" a
// side: cooperation (issue 10, session 18). A trading partner is none.
func TestPartnersAlongsideAndPartnerOf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan special forces were stationed at the camp alongside their Somali partners.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Somalia")}},
		{text: "French advisers were present at the airfield alongside their Malian allies, officials said.",
			want: []string{fact("France", graph.CooperatesWith, "Mali")}},
		{text: "The Coastal Brigades have been the main partner of the Lake Force against the Front since 2019.",
			want: []string{fact("Coastal Brigades", graph.CooperatesWith, "Lake Force")}},
		// The appositive's relative clause with a verb of a fight is read
		// by the patterns, not swallowed by the name.
		{text: "The Hill Brigade, a militia that fights alongside the Togolese army, denounced the strikes.",
			want: []string{fact("Hill Brigade", graph.CooperatesWith, "Togolese army")}},
	})
	checkNegatives(t, []negativeCase{
		// A partner named without a field is an ally (session 25, see
		// TestPartnership).
		{text: "Togo has been a major trading partner of Ghana for decades.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Ghana"), fact("Togo", graph.AlliedWith, "Ghana")},
			companion: "Togo has been a key partner of Ghana for decades.",
			want:      []string{fact("Togo", graph.AlliedWith, "Ghana")}},
		{text: "Kenyan special forces may soon be stationed at the camp alongside their Somali partners.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Somalia")},
			companion: "Kenyan special forces were stationed at the camp alongside their Somali partners.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Somalia")}},
		{text: "The Hill Brigade, a militia that fights the Togolese army, denounced the strikes.",
			not:       []string{fact("Hill Brigade", graph.CooperatesWith, "Togolese army")},
			companion: "The Hill Brigade, a militia that fights alongside the Togolese army, denounced the strikes.",
			want:      []string{fact("Hill Brigade", graph.CooperatesWith, "Togolese army")}},
	})
}

// A group that commits to act jointly cooperates, pair by pair: joint
// efforts, a joint mechanism, fighting jointly, going on cooperating
// (issue 10, session 18). A commitment not made gives nothing.
func TestGroupCommitsToActJointly(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo and Benin agreed to step up joint efforts to secure the border.",
			want: []string{fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "Ghana, Togo and Benin have agreed to set up a trilateral mechanism to monitor the truce.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Ghana", graph.CooperatesWith, "Benin"), fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "Ghana, Togo, Benin pledge joint fight against the Kivu Liberation Front",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "Ghana, Togo and Benin met in Lome on Monday. The three countries also pledged to jointly fight the Northern Front.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Ghana", graph.CooperatesWith, "Benin"), fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "Togo and Benin will keep cooperating on the border.",
			want: []string{fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "He said that Ghana would keep working with the United Nations.",
			want: []string{fact("Ghana", graph.CooperatesWith, "United Nations")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo and Benin did not agree to step up joint efforts to secure the border.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Benin")},
			companion: "Togo and Benin agreed to step up joint efforts to secure the border.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Benin")}},
		// A refusal is no cooperation. ("Ghana would work with the United
		// Nations", a promise reported, is one: see TestPromisedCooperation.)
		{text: "He said that Ghana would not work with the United Nations.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "United Nations")},
			companion: "He said that Ghana would keep working with the United Nations.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "United Nations")}},
	})
}

// Everyday shapes of cooperation and support (issue 10, session 18):
// shared intelligence, a defence pact with a side, joint operations with a
// qualifier, a leading adjunct of support, training given, reliance in a
// main clause.
func TestSharedIntelligencePactsAndLeadingSupport(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Nigeria has shared intelligence with Niger since the attack.",
			want: []string{fact("Niger", graph.CooperatesWith, "Nigeria")}},
		{text: "Nigeria and Niger agreed to share intelligence on the militants.",
			want: []string{fact("Niger", graph.CooperatesWith, "Nigeria")}},
		{text: "Niger signed a defence pact with Chad in March.",
			want: []string{fact("Chad", graph.AlliedWith, "Niger")}},
		{text: "Togo and Benin launched a joint military operation against the militants.",
			want: []string{fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo held joint naval exercises last month.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "With Russian military support, Malian troops retook the town.",
			want: []string{fact("Russian Aerospace Forces", graph.Supports, "Mali")}},
		{text: "With the backing of Rwanda, the Mozambican army retook the port.",
			want: []string{fact("Rwanda", graph.Supports, "Mozambican army")}},
		{text: "Russia provided weapons and training to the Malian army.",
			want: []string{fact("Russia", graph.Supports, "Malian army")}},
		{text: "Mali's junta has relied on Russian mercenaries since 2021.",
			want: []string{fact("Russia", graph.Supports, "Mali's junta")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Nigeria refused to share intelligence with Niger after the attack.",
			not:       []string{fact("Niger", graph.CooperatesWith, "Nigeria")},
			companion: "Nigeria has shared intelligence with Niger since the attack.",
			want:      []string{fact("Niger", graph.CooperatesWith, "Nigeria")}},
		{text: "Niger may sign a defence pact with Chad in March.",
			not:       []string{fact("Chad", graph.AlliedWith, "Niger")},
			companion: "Niger signed a defence pact with Chad in March.",
			want:      []string{fact("Chad", graph.AlliedWith, "Niger")}},
		// "With" and a state alone names no backer.
		{text: "With Rwanda, the Mozambican army has a border dispute.",
			not:       []string{fact("Rwanda", graph.Supports, "Mozambican army")},
			companion: "With the backing of Rwanda, the Mozambican army retook the port.",
			want:      []string{fact("Rwanda", graph.Supports, "Mozambican army")}},
	})
}

// Side by side, partners in a fight, a joint force, an alliance formed and
// backing enjoyed (issue 10, session 18).
func TestSideBySideJointForceAndBackingEnjoyed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin and Togo have been fighting side by side against the militants.",
			want: []string{fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "Beninese troops fought side by side with the Togolese army.",
			want: []string{fact("Benin", graph.CooperatesWith, "Togolese army")}},
		{text: "Ghana and Togo, partners in the fight against the militants, met on Monday.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The joint force of Ghana and Togo patrols the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo have agreed to form a joint force.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo have formed an alliance against the militants.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo has the backing of Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo have not formed an alliance against the militants.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Ghana and Togo have formed an alliance against the militants.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo may have the backing of Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Togo has the backing of Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		// Fighting each other side by side with no one is no partnership.
		{text: "Benin and Togo have been fighting each other along the border.",
			not:       []string{fact("Benin", graph.CooperatesWith, "Togo")},
			companion: "Benin and Togo have been fighting side by side along the border.",
			want:      []string{fact("Benin", graph.CooperatesWith, "Togo")}},
	})
}

// A cooperation plan between states, and arms sent to a side on behalf of
// another (issue 10, session 18).
func TestCooperationPlanAndArmsOnBehalf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The two presidents signed a long-term strategic cooperation plan between Ghana and Togo.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Israel struck a depot from which missiles were about to be transferred to the Kivu Liberation Front on behalf of Togo.",
			want: []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Officials said there was no cooperation plan between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The two presidents signed a long-term strategic cooperation plan between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Togo denied that missiles were transferred to the Kivu Liberation Front on behalf of Togo.",
			not:       []string{fact("Togo", graph.Supports, "Kivu Liberation Front")},
			companion: "Israel struck a depot from which missiles were about to be transferred to the Kivu Liberation Front on behalf of Togo.",
			want:      []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
	})
}

// Backers named after the backed side's possessive, and a group's own
// verb of cooperation (issue 10, session 18).
func TestBackersAfterPossessiveAndGroupCooperates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kivu Liberation Front's backers Togo and Benin met in Lome.",
			want: []string{fact("Togo", graph.Supports, "Kivu Liberation Front"), fact("Benin", graph.Supports, "Kivu Liberation Front")}},
		{text: "Togo's main backers, Ghana and Benin, sent envoys to the talks.",
			want: []string{fact("Ghana", graph.Supports, "Togo"), fact("Benin", graph.Supports, "Togo")}},
		{text: "Ghana and Togo cooperate closely on border security.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// The backers' own verb is no backer named.
		{text: "The Kivu Liberation Front's backers accused Togo of lying.",
			not:       []string{fact("Togo", graph.Supports, "Kivu Liberation Front")},
			companion: "The Kivu Liberation Front's backers Togo and Benin met in Lome.",
			want:      []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
		{text: "Ghana and Togo refuse to cooperate on border security.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo cooperate closely on border security.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		// A warm tie beside a backing gives the tie's partner no backing.
		{text: "Togo has warm ties with Benin even while backing the Kivu Liberation Front.",
			not:       []string{fact("Benin", graph.Supports, "Kivu Liberation Front")},
			companion: "Togo has warm ties with Benin even while backing the Kivu Liberation Front.",
			want:      []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
	})
}

// A lower-case word that describes the name after it is left out, so that
// the patterns read the name (issue 10, session 18).
func TestNameAdjectiveLeftOut(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar funds the militant Hamas.",
			want: []string{fact("Qatar", graph.Supports, "Hamas")}},
		{text: "Togo is aligned with the opposition Kivu Liberation Front.",
			want: []string{fact("Togo", graph.AlliedWith, "Kivu Liberation Front")}},
		{text: "Kenyan troops are fighting the jihadist al-Shabaab.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb that is also such a word keeps its sense.
		{text: "Germany outlawed Hezbollah in 2020.",
			not:       []string{fact("Germany", graph.Supports, "Hezbollah")},
			companion: "Germany outlawed Hezbollah in 2020.",
			want:      []string{fact("Germany", graph.Opposes, "Hezbollah")}},
		{text: "Qatar denied funding the militant Hamas.",
			not:       []string{fact("Qatar", graph.Supports, "Hamas")},
			companion: "Qatar funds the militant Hamas.",
			want:      []string{fact("Qatar", graph.Supports, "Hamas")}},
	})
}

// Backing named in an object relative clause of an appositive, by a
// sponsor, or by what a side depends on or buys (issue 10, session 18).
func TestBackersInObjectRelativesSponsorsAndSellers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kivu Liberation Front, a militia that Ghana supports, attacked the town.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		{text: "Ghana, the Kivu Liberation Front's main sponsor, denied involvement.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		{text: "Ghana sponsors the Kivu Liberation Front.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		{text: "Togo depends on Ghana for weapons.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Togo buys drones from Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A reported clause after "that" is no object relative.
		{text: "The Kivu Liberation Front's leader told reporters that Ghana supports the plan.",
			not:       []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")},
			companion: "The Kivu Liberation Front, a militia that Ghana supports, attacked the town.",
			want:      []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		// The relative clause of a later list member is not the name's.
		{text: "Chadian troops serve with the Lake Mission, and with the joint force, which France backs with its own troops.",
			not:       []string{fact("France", graph.Supports, "Lake Mission")},
			companion: "The Lake Mission, a force that France backs, patrols the border.",
			want:      []string{fact("France", graph.Supports, "Lake Mission")}},
		{text: "Togo no longer buys drones from Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Togo buys drones from Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}

// A defence agreement signed by a group allies its members; a deal on
// security cooperation makes its parties cooperate (issue 10, session 18).
func TestDefenceAgreementSigned(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo signed a defence agreement on Tuesday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Ghana and Togo signed a memorandum of understanding on security cooperation.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana signed an agreement on military cooperation with Togo.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo refused to sign a memorandum on security cooperation.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo signed a memorandum of understanding on security cooperation.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo signed a trade agreement on Tuesday.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Ghana and Togo signed a defence agreement on Tuesday.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}

// A relation only hoped for or offered states nothing (issue 10, session
// 18).
func TestWishedRelationsVoid(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana hopes to cooperate with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana cooperates with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana said it was willing to support the Kivu Liberation Front.",
			not:       []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")},
			companion: "Ghana said it supports the Kivu Liberation Front.",
			want:      []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
	})
}

// Backers named in an appositive with an adverb before the agent or in an
// adjunct by their forces' demonym, and forces at work with a side (issue
// 10, session 19).
func TestBackersByAdverbAndAdjunctAndForcesAtWork(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Defence Forces, backed at the time by Ghana, retook the port.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		{text: "The Northern Brigade, supported in particular by Togo, held the bridge.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "The Northern Brigade took the port with the backing of Ghanaian mercenaries and Beninese drones.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade"), fact("Benin", graph.Supports, "Northern Brigade")}},
		{text: "Ghanaian instructors have been deployed alongside the Togolese army since 2021.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togolese army")}},
		{text: "Beninese advisers were working with the Coastal Defence Forces.",
			want: []string{fact("Benin", graph.CooperatesWith, "Coastal Defence Forces")}},
		{text: "The Ghanaian foreign ministry was working with the Lake Mission on the release.",
			want: []string{fact("Ghanaian Foreign Ministry", graph.CooperatesWith, "Lake Mission")}},
		{text: "Senator Mara Dovel, a close ally of President Tomas Vell, spoke first. Dovel, a close Vell ally, resigned.",
			want: []string{fact("Mara Dovel", graph.AlliedWith, "Tomas Vell")}},
		// A passive agent has the adjunct's backing.
		{text: "The truce was brokered by Ghana with the support of Togo and Benin.",
			want: []string{fact("Togo", graph.Supports, "Ghana"), fact("Benin", graph.Supports, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// The target of the clause's verb does not have the backing.
		{text: "The Northern Brigade waged a war on Togo with the backing of Ghanaian mercenaries.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "The Northern Brigade took the port with the backing of Ghanaian mercenaries.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
		// Local fighters named by a demonym are no state to work with.
		{text: "Ghanaian instructors work with local Togolese fighters near the border.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghanaian instructors work with the Togolese army near the border.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togolese army")}},
		// Only a wish to work together.
		{text: "The Ghanaian foreign ministry hopes to be working with the Lake Mission.",
			not:       []string{fact("Ghanaian Foreign Ministry", graph.CooperatesWith, "Lake Mission")},
			companion: "The Ghanaian foreign ministry has been working with the Lake Mission.",
			want:      []string{fact("Ghanaian Foreign Ministry", graph.CooperatesWith, "Lake Mission")}},
	})
}

// Backers named by an appositive noun, by the arms a side uses, by the
// support it relies on and by the arms it receives (issue 10, session 19).
func TestBackersByArmsUsedReliedOnAndReceived(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, the main sponsor of the Coastal Defence Forces, welcomed the vote.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		{text: "The Coastal Defence Forces used drones supplied by Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		{text: "The Coastal Defence Forces depend heavily on Ghanaian support.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		{text: "The Coastal Defence Forces received drones from Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// A maker is no supplier.
		{text: "The Coastal Defence Forces used drones made by Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")},
			companion: "The Coastal Defence Forces used drones supplied by Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		// Arms seized from a side are no support.
		{text: "The Coastal Defence Forces seized drones from Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")},
			companion: "The Coastal Defence Forces received drones from Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
	})
}

// "together with" joins states and bodies at work; people together are
// companions (issue 10, session 19).
func TestTogetherWithJoinsBodiesNotCompanions(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Defence Minister Ana Lotvar followed the strikes from Accra together with General Piet Saro.",
			not:       []string{fact("Ana Lotvar", graph.CooperatesWith, "Piet Saro")},
			companion: "The Ghanaian army attacked the Northern Brigade together with the Togolese army.",
			want:      []string{fact("Ghanaian army", graph.CooperatesWith, "Togolese army")}},
	})
}

// Backing a side's forces or its push backs the side (issue 10, session
// 19).
func TestBackingOfASidesForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana is helping President Ama Dodzi's forces close in on the capital.",
			want: []string{fact("Ghana", graph.Supports, "Ama Dodzi")}},
		{text: "Ghanaian jets supported the Togolese army's advance on the port.",
			want: []string{fact("Ghana", graph.Supports, "Togolese army")}},
		// ... and so does backing its effort, campaign or government.
		{text: "The Coastal Union, which paid for the radars, has backed the Borduria Front's border effort.",
			want: []string{fact("Coastal Union", graph.Supports, "Borduria Front")}},
		{text: "Ghana sent troops to back President Ama Dodzi's government.",
			want: []string{fact("Ghana", graph.Supports, "Ama Dodzi")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Coastal Union has never backed the Borduria Front's border effort.",
			not:       []string{fact("Coastal Union", graph.Supports, "Borduria Front")},
			companion: "The Coastal Union has long backed the Borduria Front's border effort.",
			want:      []string{fact("Coastal Union", graph.Supports, "Borduria Front")}},
		{text: "Ghana is helping President Ama Dodzi's opponents close in on the capital.",
			not:       []string{fact("Ghana", graph.Supports, "Ama Dodzi")},
			companion: "Ghana is helping President Ama Dodzi's troops close in on the capital.",
			want:      []string{fact("Ghana", graph.Supports, "Ama Dodzi")}},
		// One modifier at most between O's and the effort: O's rivals,
		// opponents, neighbours or decision are not O.
		{text: "Talks\n\nGhana helped Togo's rivals in their fight against the rebels.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana backed Togo's border effort.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Talks\n\nGhana backed Togo's opponents, who say the war effort has failed.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana backed Togo's border effort.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Talks\n\nGhana backed Togo's decision to end its bombing campaign.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana backed Togo's border effort.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Talks\n\nGhana supports Togo's neighbours in their campaign against the Borduria Front.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana backed Togo's border effort.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}

// Cooperation that grows, partners who team up and forces that patrol
// together (issue 10, session 19).
func TestCooperationSteppedUpPartneredAndTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo have stepped up security cooperation.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana has stepped up security cooperation with Togo.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana partnered with Togo to secure the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghanaian and Togolese troops patrol the border together.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Trade ties are no cooperation in arms.
		{text: "Ghana and Togo have stepped up trade ties.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo have stepped up military ties.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// Allies in the perfect ("have been close allies") and a partner in a
// fight named by the other's possessive; a trading partner is none.
func TestAlliesInThePerfectAndPartnersInAFight(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo have been close allies since 1990.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo has been Ghana's main partner in the war on the militants.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo have never been allies.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Ghana and Togo have been allies for decades.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo has been Ghana's main trading partner in the region.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Togo has been Ghana's main partner in the war on the militants.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// Help named by a noun of counsel, shelter or funding given to a side is
// support; a refusal to give it is none.
func TestSupportByCounselAndShelter(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana has provided military advice to the Lakeside Front since 2012.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
		{text: "Togo offered sanctuary to the Lakeside Front in 2019.",
			want: []string{fact("Togo", graph.Supports, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana has refused to provide military advice to the Lakeside Front.",
			not:       []string{fact("Ghana", graph.Supports, "Lakeside Front")},
			companion: "Ghana has provided military advice to the Lakeside Front since 2012.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
}

// An appositive that ends the sentence names a backer as one inside it.
func TestBackerAppositiveAtEnd(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo praised Ghana, a leading supporter of the Lakeside Front.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo praised Ghana, a leading critic of the Lakeside Front.",
			not:       []string{fact("Ghana", graph.Supports, "Lakeside Front")},
			companion: "Togo praised Ghana, a leading supporter of the Lakeside Front.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
}

// A proxy named with words that qualify it ("main", "most powerful") is
// backed by its patron; a rival is not, and a denial voids it.
func TestQualifiedProxy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Front, Ghana's main proxy in the region, fired rockets.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
		{text: "The Lakeside Front is Ghana's most powerful proxy.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Front, Ghana's main rival in the region, fired rockets.",
			not:       []string{fact("Ghana", graph.Supports, "Lakeside Front")},
			companion: "The Lakeside Front, Ghana's main proxy in the region, fired rockets.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
		{text: "The Lakeside Front is not Ghana's proxy.",
			not:       []string{fact("Ghana", graph.Supports, "Lakeside Front")},
			companion: "The Lakeside Front is Ghana's most powerful proxy.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
}

// Participles coordinated after a group's noun in an appositive name its
// backer; participles with no agent ("trained and armed last year") and a
// later passive of another verb name none.
func TestGroupWithCoordinatedParticiples(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The base is home to the Lakeside Front, a rebel faction trained and armed by Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
		{text: "The Lakeside Front, a rebel faction trained and armed by Ghana, and the Tarn Council attacked.",
			want: []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Front, a rebel faction trained and armed last year, was attacked by Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Lakeside Front")},
			companion: "The base is home to the Lakeside Front, a rebel faction trained and armed by Ghana.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
}

// A list that is the object of "with" did not act as a group: "a pact
// launched with A, B and C to coordinate security" says nothing of A, B
// and C working with each other.
func TestListAfterWithIsNoGroup(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Togo joined the pact, launched in 2017 with Benin, Ghana and Niger to coordinate security along the border.",
			not:       []string{fact("Benin", graph.CooperatesWith, "Ghana"), fact("Ghana", graph.CooperatesWith, "Niger")},
			companion: "Benin, Ghana and Niger agreed in 2017 to coordinate security along the border.",
			want:      []string{fact("Benin", graph.CooperatesWith, "Ghana"), fact("Ghana", graph.CooperatesWith, "Niger")}},
		{text: "Kenya signed a framework with Uganda and Tanzania to cooperate on border patrols.",
			not:       []string{fact("Tanzania", graph.CooperatesWith, "Uganda")},
			companion: "Uganda and Tanzania signed a framework to cooperate on border patrols.",
			want:      []string{fact("Tanzania", graph.CooperatesWith, "Uganda")}},
	})
}

// Sides that act alongside each other cooperate, whatever the verb of
// acting (fighting, advancing, deploying, mediating) and with what it acts
// on between the verb and "alongside".
func TestActingAlongside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan units advanced alongside Ugandan troops toward the border town.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
		{text: "Chad, which mediates alongside Ghana and the African Union, proposed a truce.",
			want: []string{fact("Chad", graph.CooperatesWith, "Ghana"), fact("African Union", graph.CooperatesWith, "Chad")}},
		{text: "The Lakeside Force fights armed gangs in the north alongside the Ghanaian army.",
			want: []string{fact("Lakeside Force", graph.CooperatesWith, "Ghanaian army")}},
		{text: "Togo deployed 400 soldiers to the border alongside Beninese troops.",
			want: []string{fact("Benin", graph.CooperatesWith, "Togo")}},
	})
	// Near miss: a thing deployed alongside another is no partner.
	checkNegatives(t, []negativeCase{
		{text: "Togo deployed drones to the border alongside Beninese radar.",
			not:       []string{fact("Benin", graph.CooperatesWith, "Togo")},
			companion: "Togo deployed 400 soldiers to the border alongside Beninese troops.",
			want:      []string{fact("Benin", graph.CooperatesWith, "Togo")}},
	})
}

// Standing by a side: a pledge made with a modal still states support, and
// standing by "its X ally Y" states the alliance with Y, not support of X.
func TestStandingBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo stressed that it would stand by Ghana in the face of the attacks.",
			want: []string{fact("Togo", graph.Supports, "Ghana")}},
		{text: "Kenya and Uganda said they will continue to stand with Somalia.",
			want: []string{fact("Kenya", graph.Supports, "Somalia"), fact("Uganda", graph.Supports, "Somalia")}},
		{text: "Togo said it stood by its ECOWAS ally Ghana.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")},
			not:  []string{fact("Togo", graph.Supports, "ECOWAS")}},
		{text: "The African Union and the Arab League voiced support for Somalia's unity.",
			want: []string{fact("African Union", graph.Supports, "Somalia"), fact("Arab League", graph.Supports, "Somalia")}},
	})
	// Near miss: a negated pledge states nothing.
	checkNegatives(t, []negativeCase{
		{text: "Togo said it would not stand by Ghana in the face of the attacks.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Togo said it would stand by Ghana in the face of the attacks.",
			want:      []string{fact("Togo", graph.Supports, "Ghana")}},
	})
}

// Acting in support of a side's forces supports the side.
func TestInSupportOfForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad has been carrying out air strikes in support of President Ama Dodzi's forces since March.",
			want: []string{fact("Chad", graph.Supports, "Ama Dodzi")}},
		{text: "The Lakeside Front has deployed thousands of fighters in support of Prime Minister Juma Otieno's troops.",
			want: []string{fact("Lakeside Front", graph.Supports, "Juma Otieno")}},
	})
	// Near miss: support of the side's enemies is none of the side.
	checkNegatives(t, []negativeCase{
		{text: "Chad has been carrying out air strikes in support of President Ama Dodzi's enemies since March.",
			not:       []string{fact("Chad", graph.Supports, "Ama Dodzi")},
			companion: "Chad has been carrying out air strikes in support of President Ama Dodzi's forces since March.",
			want:      []string{fact("Chad", graph.Supports, "Ama Dodzi")}},
	})
}

// Cooperation kept up with a partner, or signed with it in a deal whose
// kind is cooperation.
func TestCooperationKeptUpOrSigned(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana has maintained close coordination with Togo on the northern border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana signed a defence and economic cooperation agreement with Togo in February.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Benin, which signed a military cooperation protocol with Niger in August, sent troops north.",
			want: []string{fact("Benin", graph.CooperatesWith, "Niger")}},
	})
	// Near miss: a deal of another kind states no cooperation.
	checkNegatives(t, []negativeCase{
		{text: "Ghana signed a border demarcation agreement with Togo in February.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana signed a defence and economic cooperation agreement with Togo in February.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// Support told by a side's forces at work for another, by the backing a
// side receives, by a pledge to stand behind it, by help toward an aim and
// by the groups a side backs named after their noun (rel21).
func TestSupportByDeedsReceivedAndStance(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian jets, flying in support of the Togolese army, struck the convoy.",
			want: []string{fact("Ghana", graph.Supports, "Togolese army")}},
		{text: "Kenyan troops have been operating in support of Somalia since 2011.",
			want: []string{fact("Kenya", graph.Supports, "Somalia")}},
		{text: "The Northern Liberation Movement (NLM), which has long received Chadian support, holds the pass.",
			want: []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "Benin has helped Togo fend off the attacks, the minister said.",
			want: []string{fact("Benin", graph.Supports, "Togo")}},
		{text: "Rwandan troops were sent last year to help Mozambique regain control of the province.",
			want: []string{fact("Rwanda", graph.Supports, "Mozambique")}},
		{text: "Tehran would stand firmly behind the Iraqi government, the minister said.",
			want: []string{fact("Iran", graph.Supports, "Iraq")}},
		{text: "Ghana was ready to give Togo every kind of support in its fight against the militants.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Kenya backed a range of armed groups during the war, among them the Northern Liberation Movement (NLM).",
			want: []string{fact("Kenya", graph.Supports, "Northern Liberation Movement")}},
		{text: "Benin, which backs several rebel factions grouped in the Northern Liberation Movement (NLM), urged calm.",
			want: []string{fact("Benin", graph.Supports, "Northern Liberation Movement")}},
		{text: "Egypt, Chad and Russia have backed General Tamsin Oraku's campaign against the capital.",
			want: []string{fact("Egypt", graph.Supports, "Tamsin Oraku"), fact("Chad", graph.Supports, "Tamsin Oraku"), fact("Russia", graph.Supports, "Tamsin Oraku")}},
	})
	// Near misses: the enemy's campaign fought, not backed; a pledge
	// denied; forces sent against a side.
	checkNegatives(t, []negativeCase{
		{text: "Egypt has fought General Tamsin Oraku's campaign against the capital.",
			not:       []string{fact("Egypt", graph.Supports, "Tamsin Oraku")},
			companion: "Egypt has backed General Tamsin Oraku's campaign against the capital.",
			want:      []string{fact("Egypt", graph.Supports, "Tamsin Oraku")}},
		{text: "Tehran would not stand behind the Iraqi government, the minister said.",
			not:       []string{fact("Iran", graph.Supports, "Iraq")},
			companion: "Tehran would stand behind the Iraqi government, the minister said.",
			want:      []string{fact("Iran", graph.Supports, "Iraq")}},
		{text: "Ghanaian jets, flying in defiance of the Togolese army, struck the convoy.",
			not:       []string{fact("Ghana", graph.Supports, "Togolese army")},
			companion: "Ghanaian jets, flying in support of the Togolese army, struck the convoy.",
			want:      []string{fact("Ghana", graph.Supports, "Togolese army")}},
	})
}

// Alliances told by a pact a side holds, a strategic partnership and the
// loyalty of an armed group, and an ally described after "with" (rel21).
func TestAlliancesByPactPartnershipAndLoyalty(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia, which has a military alliance with Belarus, called for calm.",
			want: []string{fact("Russia", graph.AlliedWith, "Belarus")}},
		{text: "Chad maintains a mutual defence pact with Niger.",
			want: []string{fact("Chad", graph.AlliedWith, "Niger")}},
		{text: "Qatar, which is a strategic partner of both Ankara and Islamabad, welcomed the talks.",
			want: []string{fact("Qatar", graph.AlliedWith, "Turkey"), fact("Qatar", graph.AlliedWith, "Pakistan")}},
		{text: "The Northern Liberation Movement (NLM) is among the factions most loyal to Chad.",
			want: []string{fact("Northern Liberation Movement", graph.AlliedWith, "Chad")}},
		{text: "He will fly to Minsk for talks with President Oleg Varkun, a close ally of Moscow.",
			want: []string{fact("Oleg Varkun", graph.AlliedWith, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		// A trading partner is no ally.
		{text: "Qatar, which is a trading partner of Turkey, welcomed the talks.",
			not:       []string{fact("Qatar", graph.AlliedWith, "Turkey")},
			companion: "Qatar, which is a strategic partner of Turkey, welcomed the talks.",
			want:      []string{fact("Qatar", graph.AlliedWith, "Turkey")}},
		// The partner of talks after "with" is no ally of the one named
		// after "and".
		{text: "He held talks with President Oleg Varkun, and Moscow's ally Minsk sent an envoy.",
			not:       []string{fact("Oleg Varkun", graph.AlliedWith, "Russia")},
			companion: "He held talks with President Oleg Varkun, a close ally of Moscow.",
			want:      []string{fact("Oleg Varkun", graph.AlliedWith, "Russia")}},
	})
}

// Cooperation told by joint operations and joint bodies, by acting
// jointly, by work in progress, by a cooperation asked to end and by
// fighting alongside in relative clauses (rel21).
func TestCooperationByJointOperationsAndAlongside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ugandan troops launched strikes on the camps, in a joint operation with the Congolese army.",
			want: []string{fact("Uganda", graph.CooperatesWith, "Congolese army")}},
		{text: "The crew was rescued in a joint operation by Chadian commandos and Nigerien special forces.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger")}},
		{text: "Ghana, Togo, Benin and Niger have agreed to set up a joint information centre in Accra.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Benin", graph.CooperatesWith, "Niger"), fact("Ghana", graph.CooperatesWith, "Niger")}},
		{text: "Chad and Niger spoke by phone, and the two presidents agreed to act jointly.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger")}},
		{text: "The UN envoy, Dara Sefton, said he was working with Ghana and Togo.",
			want: []string{fact("Dara Sefton", graph.CooperatesWith, "Ghana"), fact("Dara Sefton", graph.CooperatesWith, "Togo")}},
		{text: "Ghanaian officials have repeatedly called on Togo to end its cooperation with the Northern Liberation Movement (NLM).",
			want: []string{fact("Togo", graph.CooperatesWith, "Northern Liberation Movement")}},
		{text: "The Hill Brigade, whose fighters have battled alongside General Tamsin Oraku's troops for years, held the pass.",
			want: []string{fact("Hill Brigade", graph.CooperatesWith, "Tamsin Oraku")}},
		{text: "The Joint Front, a coalition of former rebel groups from the north that fights alongside the Chadian army, gave the toll.",
			want: []string{fact("Joint Front", graph.CooperatesWith, "Chadian army")}},
		{text: "The Hill Brigade defended the town alongside a contingent of Nigerien forces.",
			want: []string{fact("Hill Brigade", graph.CooperatesWith, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		// Asked to cooperate is not cooperating.
		{text: "Ghanaian officials have repeatedly called on Togo to cooperate with the Northern Liberation Movement (NLM).",
			not:       []string{fact("Togo", graph.CooperatesWith, "Northern Liberation Movement")},
			companion: "Ghanaian officials have repeatedly called on Togo to end its cooperation with the Northern Liberation Movement (NLM).",
			want:      []string{fact("Togo", graph.CooperatesWith, "Northern Liberation Movement")}},
		// Fighting against is no fight alongside.
		{text: "The Hill Brigade, whose fighters have battled against General Tamsin Oraku's troops for years, held the pass.",
			not:       []string{fact("Hill Brigade", graph.CooperatesWith, "Tamsin Oraku")},
			companion: "The Hill Brigade, whose fighters have battled alongside General Tamsin Oraku's troops for years, held the pass.",
			want:      []string{fact("Hill Brigade", graph.CooperatesWith, "Tamsin Oraku")}},
		// A joint statement is no joint body.
		{text: "Ghana, Togo and Benin have agreed to issue a joint statement in Accra.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana, Togo and Benin have agreed to set up a joint command in Accra.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// A joint body set up by a list, an agent after an adverbial, and the
// subject of a participle after "with" (rel21).
func TestJointBodySetUpByAndWithAbsolute(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "He said an information centre set up in Accra by Ghana, Togo, Benin and Niger would share intelligence.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Niger"), fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "The Northern Liberation Movement (NLM) has been backed throughout the campaign by Chadian air strikes.",
			want: []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "The ground phase began on Monday, with units of the Northern Liberation Movement (NLM) advancing alongside Chadian troops.",
			want: []string{fact("Northern Liberation Movement", graph.CooperatesWith, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// A noun between the participle and "by" names what is backed.
		{text: "Chad backed the truce proposal brokered by Niger in Accra.",
			not:       []string{fact("Niger", graph.Supports, "Chad")},
			companion: "Chad has been backed since 2019 by Niger.",
			want:      []string{fact("Niger", graph.Supports, "Chad")}},
		// The partner of talks after "with" is no subject of what follows.
		{text: "Ghana held talks with Togo during a visit alongside Benin.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Benin")},
			companion: "The ground phase began, with Togolese troops advancing alongside Benin.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Benin")}},
	})
}

// An operation backed by others, named as the subject of a passive right
// after the sentence that opens with the side waging it (rel21).
func TestOperationBackedByOthers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Liberation Movement (NLM) retook the port on Monday. The offensive was backed by Chadian air strikes and by Nigerien special forces.",
			want: []string{fact("Chad", graph.Supports, "Northern Liberation Movement"), fact("Niger", graph.Supports, "Northern Liberation Movement")}},
		{text: "The Hill Brigade defended the valley for a month. The campaign, which began in March, has been supported by Beninese artillery.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A sentence before that opens with no side names no owner.
		{text: "Reporters reached the port on Monday. The offensive was backed by Chadian air strikes.",
			not:       []string{fact("Chad", graph.Supports, "Northern Liberation Movement")},
			companion: "The Northern Liberation Movement (NLM) retook the port on Monday. The offensive was backed by Chadian air strikes.",
			want:      []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		// An operation denied backing.
		{text: "The Northern Liberation Movement (NLM) retook the port on Monday. The offensive was not backed by Chadian air strikes.",
			not:       []string{fact("Chad", graph.Supports, "Northern Liberation Movement")},
			companion: "The Northern Liberation Movement (NLM) retook the port on Monday. The offensive was backed by Chadian air strikes.",
			want:      []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
	})
}

// Precision of subjects: a singular verb after a list's relative pronoun,
// a second accuser after "and by", and a minister listed with his own
// state (rel21).
func TestSingularRelativeSecondAccuserAndListedMinister(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks have gained pace since Chad and Niger, which backs the Northern Liberation Movement (NLM), agreed to restore ties.",
			want: []string{fact("Niger", graph.Supports, "Northern Liberation Movement")},
			not:  []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "Chad and Niger, which back the Northern Liberation Movement (NLM), agreed to restore ties.",
			want: []string{fact("Niger", graph.Supports, "Northern Liberation Movement"), fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "Benin is accused by the army and by United Nations experts of supplying weapons to the Northern Liberation Movement (NLM).",
			want: []string{fact("Benin", graph.Supports, "Northern Liberation Movement")},
			not:  []string{fact("United Nations", graph.Supports, "Northern Liberation Movement")}},
		{text: "Foreign Minister Oren Malik of Chad said Chad, Niger and Benin had agreed to cooperate against the militants.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger"), fact("Benin", graph.CooperatesWith, "Niger")},
			not:  []string{fact("Oren Malik", graph.CooperatesWith, "Niger")}},
	})
}

// A side's operation coordinated with others (rel21).
func TestOperationCoordinatedWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Chadian campaign, which began in May, was coordinated with Niger and with Benin.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger"), fact("Chad", graph.CooperatesWith, "Benin")}},
		{text: "Nigeria's air strikes were coordinated with Cameroon, officials said.",
			want: []string{fact("Nigeria", graph.CooperatesWith, "Cameroon")}},
	})
	checkNegatives(t, []negativeCase{
		// An operation aimed at a side is no cooperation with it.
		{text: "The Chadian campaign, which began in May, was aimed at Niger.",
			not:       []string{fact("Chad", graph.CooperatesWith, "Niger")},
			companion: "The Chadian campaign, which began in May, was coordinated with Niger.",
			want:      []string{fact("Chad", graph.CooperatesWith, "Niger")}},
	})
}

// Companions named after a clause of backing back the same side (rel21).
func TestBackedAlongsideCompanions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chadian forces have backed the Nigerien government since 2015, alongside Benin and the Hill Brigade.",
			want: []string{fact("Chad", graph.Supports, "Niger"), fact("Benin", graph.Supports, "Niger"), fact("Hill Brigade", graph.Supports, "Niger")}},
		{text: "Ghana supported the Northern Liberation Movement (NLM) throughout the war, along with Togo.",
			want: []string{fact("Togo", graph.Supports, "Northern Liberation Movement")}},
	})
	checkNegatives(t, []negativeCase{
		// Companions of a fight are no backers.
		{text: "Chadian forces have fought the Nigerien army since 2015, alongside Benin.",
			not:       []string{fact("Benin", graph.Supports, "Nigerien army")},
			companion: "Chadian forces have backed the Nigerien army since 2015, alongside Benin.",
			want:      []string{fact("Benin", graph.Supports, "Nigerien army")}},
	})
}

// Backed groups named as part of a body: the body is backed (rel21).
func TestBackedFactionsOfABody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chadian-backed factions of the Northern Liberation Movement (NLM) shelled the town.",
			want: []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "Clashes broke out between Beninese-funded units from the Hill Brigade and the army.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// Factions that fight the body are not of it.
		{text: "Chadian-backed factions fought the Northern Liberation Movement (NLM) near the town.",
			not:       []string{fact("Chad", graph.Supports, "Northern Liberation Movement")},
			companion: "Chadian-backed factions of the Northern Liberation Movement (NLM) shelled the town.",
			want:      []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
	})
}

// A backer glued to a backing participle before a noun that refers back
// to a body: "the Iran-backed militia" is the militia named before, and
// in apposition the name before the comma (rel22).
func TestBackedReference(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Liberation Movement (NLM) shelled the port. Hours later the Chadian-backed movement withdrew from the town.",
			want: []string{fact("Chad", graph.Supports, "Northern Liberation Movement")}},
		{text: "The Hill Brigade attacked a convoy on Monday. Officials said the Beninese-funded militia had crossed the river at night.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade")}},
		{text: "Ouma Tadesse, the head of the Coastal Liberation Front (CLF), the Ghana-backed separatist group that took the port in 2019, met the envoy.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Liberation Front")}},
		{text: "The Hill Brigade attacked a convoy on Monday. Late at night, the Beninese-funded militia crossed the river.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// An indefinite phrase names someone new, not the body before.
		{text: "The Hill Brigade attacked a convoy on Monday. Officials said a Beninese-funded militia had crossed the river at night.",
			not:       []string{fact("Benin", graph.Supports, "Hill Brigade")},
			companion: "The Hill Brigade attacked a convoy on Monday. Officials said the Beninese-funded militia had crossed the river at night.",
			want:      []string{fact("Benin", graph.Supports, "Hill Brigade")}},
	})
}

// An umbrella of backed groups is backed by their backer, and backed
// groups named by a plural the theatre knows ("rebel factions") lead to
// the body they are grouped in or the bodies among them (rel22).
func TestUmbrellaAndGroupedBackedFactions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Alliance, an umbrella of Beninese-backed militias, took the town on Monday.",
			want: []string{fact("Benin", graph.Supports, "Hill Alliance")}},
		{text: "The Lake Resistance Front, an umbrella group of Chadian-funded Islamist militias, claimed the attack.",
			want: []string{fact("Chad", graph.Supports, "Lake Resistance Front")}},
		{text: "Jordan backs several rebel factions in Syria, grouped under the Levant Shield Front.",
			want: []string{fact("Jordan", graph.Supports, "Levant Shield Front")}},
		{text: "Qatar funded insurgent groups in Syria for years, among them the Levant Shield Front.",
			want: []string{fact("Qatar", graph.Supports, "Levant Shield Front"), fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
	checkNegatives(t, []negativeCase{
		// An enemy of backed groups is not backed by their backer.
		{text: "The Hill Alliance, an enemy of Beninese-backed militias, took the town on Monday.",
			not:       []string{fact("Benin", graph.Supports, "Hill Alliance")},
			companion: "The Hill Alliance, an umbrella of Beninese-backed militias, took the town on Monday.",
			want:      []string{fact("Benin", graph.Supports, "Hill Alliance")}},
		// "rebel factions" names the Syrian rebels only in a report on
		// Syria.
		{text: "Ghana backs several rebel factions in Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Syrian rebels")},
			companion: "Ghana backs several rebel factions in Syria.",
			want:      []string{fact("Ghana", graph.Supports, "Syrian rebels")}},
		// Groups fought are not backed.
		{text: "Jordan fought several rebel factions in Syria, grouped under the Levant Shield Front.",
			not:       []string{fact("Jordan", graph.Supports, "Levant Shield Front")},
			companion: "Jordan armed several rebel factions in Syria, grouped under the Levant Shield Front.",
			want:      []string{fact("Jordan", graph.Supports, "Levant Shield Front")}},
	})
}

// An ally named in a second description after "and", and the ally of a
// party named after its leader's possessive (rel22).
func TestAllyInSecondDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Senator Mara Dovel, the speaker of the upper house and a close ally of President Oren Talvi, rejected the plan.",
			want: []string{fact("Mara Dovel", graph.AlliedWith, "Oren Talvi")}},
		{text: "Senator Mara Dovel, the former leader of the Renewal Party and a longtime ally of President Oren Talvi, was freed on Friday.",
			want: []string{fact("Mara Dovel", graph.AlliedWith, "Oren Talvi")}},
		{text: "The Renewal Party won the vote. Senator Mara Dovel, a key ally of President Oren Talvi's Renewal Party, spoke first.",
			want: []string{fact("Mara Dovel", graph.AlliedWith, "Renewal Party")}},
	})
	checkNegatives(t, []negativeCase{
		// A list of people is no description of the first.
		{text: "Senator Mara Dovel, President Oren Talvi and a close ally of General Ivo Dragan met on Friday.",
			not:       []string{fact("Mara Dovel", graph.AlliedWith, "Ivo Dragan")},
			companion: "Senator Mara Dovel, the speaker of the upper house and a close ally of General Ivo Dragan, met Talvi on Friday.",
			want:      []string{fact("Mara Dovel", graph.AlliedWith, "Ivo Dragan")}},
		// A critic of a party is no ally of it.
		{text: "The Renewal Party won the vote. Senator Mara Dovel, a fierce critic of President Oren Talvi's Renewal Party, spoke first.",
			not:       []string{fact("Mara Dovel", graph.AlliedWith, "Renewal Party")},
			companion: "The Renewal Party won the vote. Senator Mara Dovel, a key ally of President Oren Talvi's Renewal Party, spoke first.",
			want:      []string{fact("Mara Dovel", graph.AlliedWith, "Renewal Party")}},
	})
}

// Siding with a side is backing it (rel22).
func TestSidedWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, by contrast, sided openly with Togo.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "The Hill Brigade has sided with the Chadian junta since the coup.",
			want: []string{fact("Hill Brigade", graph.Supports, "Chadian junta")}},
	})
	checkNegatives(t, []negativeCase{
		// A refusal to side is no backing.
		{text: "Ghana, by contrast, refused to side with Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana, by contrast, sided openly with Togo.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}

// A passive participle qualifies the word right before it: a noun between
// a name and "backed by X" is what X backs, not the name.
func TestParticipleOfTheNounBeforeIt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Brigade, which is funded and armed by Ghana, attacked the town.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The Hill Brigade's forces are backed by Ghana and Benin.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade"), fact("Benin", graph.Supports, "Hill Brigade")}},
		{text: "Benin and Niger back Togo against the rebels and the armed groups supported by Ghana.",
			want: []string{fact("Benin", graph.Supports, "Togo")},
			not:  []string{fact("Ghana", graph.Supports, "Benin"), fact("Ghana", graph.Supports, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Hill Brigade attacked the town in an offensive supported by Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "The Hill Brigade, supported by Ghana, attacked the town.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Togo fell after a coup backed by the Hill Brigade.",
			not:       []string{fact("Hill Brigade", graph.Supports, "Togo")},
			companion: "Togo is backed by the Hill Brigade.",
			want:      []string{fact("Hill Brigade", graph.Supports, "Togo")}},
		{text: "Kofi Mensah leads the main Togolese party backed by Ghana.",
			not:       []string{fact("Ghana", graph.Supports, "Kofi Mensah")},
			companion: "Kofi Mensah, who is backed by Ghana, leads the main Togolese party.",
			want:      []string{fact("Ghana", graph.Supports, "Kofi Mensah")}},
	})
}

// A companion that closes a clause ("..., alongside Russia", "along with
// Russia") acts as the clause's subject does.
func TestCompanionClosingAClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana was among the main backers of the Hill Brigade throughout the war, alongside Benin and Niger.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade"), fact("Benin", graph.Supports, "Hill Brigade"), fact("Niger", graph.Supports, "Hill Brigade")}},
		{text: "Ghana, which has armed the Hill Brigade since 2019 along with Benin, denied the report.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade"), fact("Benin", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A negation still voids the companion's reading.
		{text: "Ghana was never among the backers of the Hill Brigade, alongside Benin.",
			not:       []string{fact("Benin", graph.Supports, "Hill Brigade")},
			companion: "Ghana was among the backers of the Hill Brigade, alongside Benin.",
			want:      []string{fact("Benin", graph.Supports, "Hill Brigade")}},
		// A clause that names only a place after its verb has no one to
		// act on: the companion is present, not a party.
		{text: "Ghana and Togo met in Lome for two days, alongside Benin.",
			not:       []string{fact("Benin", graph.MetWith, "Ghana")},
			companion: "Ghana and Togo met in Lome for two days.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}

// TestAlliedParticipleHead checks that "allied with" and "aligned with" are
// the subject's only after a copula or an auxiliary, or right after it as
// a finite verb: after a noun ("militias aligned with X", "including some
// allied with X") the participle is that noun's, and the clause's subject
// is no ally of X.
func TestAlliedParticipleHead(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana is allied with the Northern Front.",
			want: []string{fact("Ghana", graph.AlliedWith, "Northern Front")}},
		{text: "Togo remains firmly aligned with Ghana.",
			want: []string{fact("Togo", graph.AlliedWith, "Ghana")}},
		{text: "The Northern Front, which is allied with Togo, took the town.",
			want: []string{fact("Northern Front", graph.AlliedWith, "Togo")}},
		{text: "Ghana allied with Togo in 2019.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana has long battled armed groups, including some allied with the Northern Front.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Northern Front")},
			companion: "Ghana has long been allied with the Northern Front.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Northern Front")}},
		{text: "Ghana has struck camps of militias aligned with Togo.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Ghana was closely aligned with Togo.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Benin has fought several rebel groups allied with the Northern Front since March.",
			not:       []string{fact("Benin", graph.AlliedWith, "Northern Front")},
			companion: "Benin has allied with the Northern Front since March.",
			want:      []string{fact("Benin", graph.AlliedWith, "Northern Front")}},
	})
}

// TestJointEffortsAndWorkingClosely checks cooperation stated of a list by
// a joint deed named as a noun ("the joint efforts of A, B and C", "the
// concerted action of A and B") and by an adverb of working well together
// without "together" ("A, B and C were working closely on X").
func TestJointEffortsAndWorkingClosely(t *testing.T) {
	gt := fact("Ghana", graph.CooperatesWith, "Togo")
	bg := fact("Benin", graph.CooperatesWith, "Ghana")
	checkFacts(t, []factCase{
		{text: "The truce held thanks to the joint efforts of Ghana, Togo and Benin.",
			want: []string{gt, bg, fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "Officials praised the concerted action of Ghana and Togo against the smugglers.",
			want: []string{gt}},
		{text: "The joint exercises of Ghana and Togo began on the coast on Monday.",
			want: []string{gt}},
		{text: "Ghana, Togo and Benin were working closely on the border zone.",
			want: []string{gt, bg}},
		{text: "Ghana and Togo have worked very productively on the talks, the minister said.",
			want: []string{gt}},
		{text: "Accra and Lome continue to work constructively on the corridor.",
			want: []string{gt}},
	})
	companion := "Ghana and Togo were working closely on the border zone."
	checkNegatives(t, []negativeCase{
		// Denied, or the adverb of another verb: no cooperation.
		{text: "Ghana and Togo were not working closely on the border zone.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		{text: "Ghana and Togo watched the border zone closely.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		{text: "Ghana and Togo traded accusations over the efforts of the smugglers.",
			not: []string{gt}, companion: companion, want: []string{gt}},
	})
}

// TestGluedPairAlliance checks two sides glued before a noun of alliance
// ("the Ghanaian-Togolese alliance", "the Ghana-Togo strategic
// partnership"); glued before a noun of war or of talks they are no allies.
func TestGluedPairAlliance(t *testing.T) {
	ally := fact("Ghana", graph.AlliedWith, "Togo")
	checkFacts(t, []factCase{
		{text: "Officials in Accra hailed the Ghanaian-Togolese alliance.",
			want: []string{ally}},
		{text: "The Ghana-Togo strategic partnership has deepened since 2019.",
			want: []string{ally}},
		{text: "Critics of the Togo-Ghana axis met in Abuja.",
			want: []string{ally}},
	})
	companion := "The Ghana-Togo strategic partnership has deepened since 2019."
	checkNegatives(t, []negativeCase{
		{text: "The Ghana-Togo border war ended in 1990.",
			not: []string{ally}, companion: companion, want: []string{ally}},
		{text: "The Ghana-Togo talks stalled in Lome.",
			not: []string{ally}, companion: companion, want: []string{ally}},
	})
}

// TestReportedRelative checks a relative clause whose verb follows a
// reporter and a verb of saying ("X, which Ghana says works with Y,"): the
// clause is the name's, whoever reports it; a denial inside it voids it.
func TestReportedRelative(t *testing.T) {
	coop := fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade")
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, which Ghana says works with the Coastal Defence Forces, denied it.",
			want: []string{coop}},
		{text: "The Northern Brigade, which Togolese officials say fought alongside the Coastal Defence Forces, denied it.",
			want: []string{coop}},
		{text: "The Northern Brigade, which Togo and UN experts say is backed by Ghana, denied it.",
			want: []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
	companion := "The Northern Brigade, which Ghana says works with the Coastal Defence Forces, denied it."
	checkNegatives(t, []negativeCase{
		{text: "The Northern Brigade, which Ghana says does not work with the Coastal Defence Forces, denied it.",
			not: []string{coop}, companion: companion, want: []string{coop}},
		{text: "The Northern Brigade, which Ghana says the Coastal Defence Forces fought, denied it.",
			not: []string{coop}, companion: companion, want: []string{coop}},
	})
}

// TestActedAlongside checks cooperation read from a deed done beside a
// side, any verb of the field or the table in any form (%actedalongside):
// "took part alongside", "has guarded the port alongside", "carried out
// raids alongside", "fought shoulder to shoulder with", and a verb with its
// object and a date before "alongside" ("has fought X since 2019
// alongside Y"). Speech, meetings, a denial and a deed against the side
// give no cooperation.
func TestActedAlongside(t *testing.T) {
	gt := fact("Ghana", graph.CooperatesWith, "Togo")
	hb := fact("Ghanaian army", graph.CooperatesWith, "Hill Brigade")
	checkFacts(t, []factCase{
		{text: "Ghana took part in the offensive alongside Togo.",
			want: []string{gt}},
		{text: "Fighters of the Hill Brigade took part alongside the Ghanaian army.",
			want: []string{hb}},
		{text: "Ghana has guarded the bridges around the port alongside Togo since May.",
			want: []string{gt}},
		{text: "The Hill Brigade carried out night raids alongside the Ghanaian army.",
			want: []string{hb}},
		{text: "Ghana played a decisive role alongside Togo in the campaign.",
			want: []string{gt}},
		{text: "Ghana is participating in the patrols alongside Togo.",
			want: []string{gt}},
		{text: "The Hill Brigade escorted the convoys alongside the Ghanaian army.",
			want: []string{hb}},
		{text: "Ghana fought shoulder to shoulder with Togo in the north.",
			want: []string{gt}},
		{text: "Ghana marched side by side with Togo into the town.",
			want: []string{gt}},
		{text: "The Hill Brigade, a militia that has guarded the dams alongside the Ghanaian army, gave the toll.",
			want: []string{hb}},
		{text: "The Hill Brigade, whose fighters took part alongside the Ghanaian army, gave the toll.",
			want: []string{hb}},
		{text: "The Ghanaian army has been fighting the Lakeside Front since 2019 alongside the Hill Brigade.",
			want: []string{hb, fact("Hill Brigade", graph.Fights, "Lakeside Front")}},
	})
	companion := "Ghana took part in the offensive alongside Togo."
	checkNegatives(t, []negativeCase{
		{text: "Ghana did not take part in the offensive alongside Togo.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		{text: "Ghana said it would never play a role alongside Togo.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		{text: "Ghana took part in the offensive against Togo.",
			not: []string{gt}, companion: companion, want: []string{gt}},
		{text: "Ghana complained alongside Togo about the prices.",
			not: []string{gt}, companion: companion, want: []string{gt}},
	})
}

// TestMilitiasItBacks checks "X and the militias it sponsors, including
// Y": the pronoun of the relative clause is the name right before "and",
// which backs the member named after "including" (stance31).
func TestMilitiasItBacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and the militias it sponsors, including the Borduria Front, were blamed for the raid.",
			want: []string{fact("Ghana", graph.Supports, "Borduria Front")}},
		{text: "Togo accused Ghana and the militias it funds, such as the Borduria Front, of blocking aid.",
			want: []string{fact("Ghana", graph.Supports, "Borduria Front")},
			not:  []string{fact("Togo", graph.Supports, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The relative clause must say the name backs the militias.
		{text: "Ghana and the militias it fights, including the Borduria Front, met in Accra.",
			not:       []string{fact("Ghana", graph.Supports, "Borduria Front")},
			companion: "Ghana and the militias it arms, including the Borduria Front, met in Accra.",
			want:      []string{fact("Ghana", graph.Supports, "Borduria Front")}},
	})
}
