package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

func TestAlliances(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran provides financial and military support to Assad through its elite Revolutionary Guards.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad")}},
		{text: "Russia and Iran back Assad.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad"), fact("Iran", graph.Supports, "Bashar al-Assad")}},
		{text: "Tehran will continue to back the Assad regime.",
			want: []string{fact("Iran", graph.Supports, "Syrian government")}},
		{text: "The offensive threatens Free Syrian Army units trained and supported by the US.",
			want: []string{fact("United States", graph.Supports, "Free Syrian Army")}},
		{text: "The Syrian government and Western-backed opposition are holding talks.",
			want: []string{fact("Western countries", graph.Supports, "Syrian rebels")},
			not:  []string{fact("Syrian government", graph.Supports, "Syrian rebels")}},
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
		{text: "Lebanon's Hezbollah, which is backed by Iran, has fought alongside Syrian government forces since 2013.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Hezbollah", graph.Supports, "Syrian Arab Army")}},
		{text: "The Free Syrian Army, backed by Turkey and Gulf states, has clashed with the Islamic State.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army"), fact("Free Syrian Army", graph.Fights, "Islamic State")}},
		{text: "Iran and Russia have been the main backers of the Syrian government.",
			want: []string{fact("Iran", graph.Supports, "Syrian government"), fact("Russia", graph.Supports, "Syrian government")}},
		{text: "Iranian-backed militias, including Hezbollah, retook Palmyra.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "The United Arab Emirates backed anti-Assad rebels.",
			want: []string{fact("United Arab Emirates", graph.Supports, "Syrian rebels")},
			not:  []string{fact("United Arab Emirates", graph.Supports, "Bashar al-Assad")}},
		{text: "The Syrian Democratic Forces (SDF), a Kurdish-led alliance backed by the United States, captured Raqqa from Islamic State.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces"), fact("Islamic State", graph.Fights, "Syrian Democratic Forces")}},
		{text: "Saudi Arabia and Qatar have been arming and funding rebel groups.",
			want: []string{fact("Saudi Arabia", graph.Supports, "Syrian rebels"), fact("Qatar", graph.Supports, "Syrian rebels")}},
		{text: "While Russia and Iran have both deployed forces to Syria to help prop up Assad's government, their interests differ.",
			not: []string{fact("Syria", graph.Supports, "Syrian government")}},
		{text: "Assad, bolstered by Iranian and Hizbullah fighters and armed by Russia, prevailed.",
			not: []string{fact("Russia", graph.Supports, "Hezbollah")}},
		{text: "The Qataris and the Saudis had been funneling weapons to the rebels for more than a year.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels"), fact("Saudi Arabia", graph.Supports, "Syrian rebels")}},
		// A state named as a place is no actor.
		{text: "The CIA has been training rebels in Jordan, with support from Saudi Arabia.",
			not: []string{fact("Saudi Arabia", graph.Supports, "Jordan")}},
		// "from Afghanistan" says where fighters come from, not who fights.
		{text: "Iran has deployed fighters from Afghanistan and Pakistan to fight for President Bashar al-Assad.",
			not: []string{fact("Afghanistan", graph.Supports, "Bashar al-Assad")}},
	})
}

func TestHostility(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kremlin congratulated Assad on the success of his forces in recapturing the desert city of Palmyra from Islamic State militants.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Islamic State")}},
		{text: "Israeli Prime Minister Benjamin Netanyahu seeks Russia's help with Jerusalem's efforts to eradicate or curtail Iran's military influence in Syria.",
			want: []string{fact("Israel", graph.Opposes, "Iran")}},
		{text: "The issue became a concern for Israel, particularly after a series of military confrontations with Iranian forces in Syria this year.",
			want: []string{fact("Iran", graph.Fights, "Israel")}},
		{text: "Israel has carried out dozens of airstrikes against Iranian targets in Syria.",
			want: []string{fact("Iran", graph.Fights, "Israel")}},
		{text: "Israel wants Iranian forces and the Lebanese group Hezbollah removed from Syria.",
			want: []string{fact("Israel", graph.Opposes, "Iran"), fact("Israel", graph.Opposes, "Hezbollah")}},
		{text: "Saudi Foreign Minister Adel al-Jubeir said Assad must go.",
			want: []string{fact("Adel al-Jubeir", graph.Opposes, "Bashar al-Assad")}},
		{text: "Rebel groups are fighting to topple Assad.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		// Negation.
		{text: "The Kremlin said that Russian ground forces did not take part in the operation to drive DAESH terrorists out of the city of Palmyra.",
			not: []string{fact("Islamic State", graph.Fights, "Russia")}},
		{text: "Russia never attacked the Free Syrian Army.",
			not: []string{fact("Free Syrian Army", graph.Fights, "Russia")}},
	})
}

func TestContacts(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran's President Hassan Rouhani has conferred with Russian counterpart Vladimir Putin about the Syrian crisis.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Russian President Vladimir Putin and his Iranian counterpart Hassan Rouhani conferred by phone on Saturday.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "The Kremlin said President Vladimir Putin and Iran's Hassan Rowhani had exchanged views during a telephone call.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "The Kremlin used the same words for a phone conversation between Putin and Turkey's President Recep Tayyip Erdoğan.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey")}},
		{text: "Presidents of Russia and Iran agree on coordination over Syrian war during phone call",
			want: []string{fact("Iran", graph.SpokeWith, "Russia"), fact("Iran", graph.CooperatesWith, "Russia")}},
		{text: "The discussion came as Tehran hosted Syrian Foreign Minister Walid al-Moallem, including a meeting with Rouhani.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Walid al-Moallem"), fact("Iran", graph.MetWith, "Walid al-Moallem")}},
		{text: "The head of Iran's National Security Council, Ali Shamkhani, declared in a session with al-Moallem and the head of the Assad regime's Security Bureau, Ali Mamlouk, that Damascus had won.",
			want: []string{
				fact("Ali Shamkhani", graph.MetWith, "Walid al-Moallem"),
				fact("Ali Mamlouk", graph.MetWith, "Ali Shamkhani"),
				fact("Ali Mamlouk", graph.HeadOf, "National Security Bureau"),
			}},
		{text: "Iranian President Hassan Rouhani (L) talks with Russian President Vladimir Putin ® during the 4th Caspian Summit on September 29, 2014 in Astrakhan, Russia.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Rouhani and Putin were meeting at a summit in the Kazakh city of Aktau.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")}},
		{text: "Russian President Vladimir Putin hosted Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "The Russian, Iranian and Turkish presidents met in Ankara on Monday.",
			want: []string{fact("Iran", graph.MetWith, "Russia"), fact("Russia", graph.MetWith, "Turkey")}},
		{text: "Russian Defense Minister Sergei Shoigu and Foreign Minister Sergei Lavrov also took part in the talks.",
			not: []string{fact("Sergei Lavrov", graph.MetWith, "Sergei Shoigu")}},
		{text: "Reports that Putin met Erdogan in secret were denied by the Kremlin.",
			not: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "IRGC Quds Force commander Qassem Soleimani has reportedly met Putin in Moscow.",
			not: []string{fact("Qasem Soleimani", graph.MetWith, "Vladimir Putin")}},
		{text: "The presidents of Russia, Iran and Turkey met in Sochi on Wednesday.",
			want: []string{fact("Iran", graph.MetWith, "Russia"), fact("Russia", graph.MetWith, "Turkey"), fact("Iran", graph.MetWith, "Turkey")}},
		{text: "Iranian President Hassan Rouhani, in a meeting with his Turkish counterpart Recep Tayyip Erdogan in Ankara, said so.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan"), fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey")}},
		{text: "Prime Minister Benjamin Netanyahu held talks with President Vladimir Putin in Moscow on Monday.",
			want: []string{fact("Benjamin Netanyahu", graph.MetWith, "Vladimir Putin"), fact("Benjamin Netanyahu", graph.PrimeMinisterOf, "Israel")},
			not:  []string{fact("Benjamin Netanyahu", graph.SpokeWith, "Vladimir Putin")}},
		{text: "President Bashar al-Assad received on Monday Iranian Foreign Minister Mohammad Javad Zarif.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Mohammad Javad Zarif discussed Syria in a telephone conversation on Tuesday.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov"), fact("Mohammad Javad Zarif", graph.ForeignMinisterOf, "Iran")}},
		{text: "Ali Shamkhani, secretary of the Supreme National Security Council, sent a message to Assad to congratulate him.",
			want: []string{fact("Ali Shamkhani", graph.Congratulated, "Bashar al-Assad")}},
		{text: "Iran's President Hassan Rouhani thanked his Russian counterpart Vladimir Putin Sunday.",
			want: []string{fact("Hassan Rouhani", graph.Thanked, "Vladimir Putin")}},
		{text: "Rouhani received a phone call from Putin on Saturday.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "In a phone call with Putin, Erdogan said the ceasefire held.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Putin's meeting with Netanyahu lasted three hours.",
			want: []string{fact("Benjamin Netanyahu", graph.MetWith, "Vladimir Putin")}},
		{text: "Lavrov spoke after Putin arrived. He met Zarif later.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov")}},
		// "The two sides" are the two people who met, not their states.
		{text: "Ali Shamkhani held a meeting with Russia's Defense Minister Sergei Shoigu in Moscow, in which the two sides exchanged views on Syria.",
			want: []string{fact("Ali Shamkhani", graph.MetWith, "Sergei Shoigu")},
			not:  []string{fact("Ali Shamkhani", graph.SpokeWith, "Sergei Shoigu"), fact("Russia", graph.SpokeWith, "Syria")}},
		{text: "Russia's special envoy on Syria, Alexander Lavrentiev, held talks with Secretary of Iran's Supreme National Security Council (SNSC) Ali Shamkhani in Tehran on Sunday.",
			want: []string{fact("Alexander Lavrentiev", graph.MetWith, "Ali Shamkhani"), fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council")}},
		{text: "Ali Akbar Velayati, senior adviser to Iran's Supreme Leader, met Assad in Damascus.",
			want: []string{fact("Ali Akbar Velayati", graph.MetWith, "Bashar al-Assad")},
			not:  []string{fact("Ali Akbar Velayati", graph.HeadOf, "Iran")}},
		{text: "Iranian President Hassan Rouhani (L), Russian President Vladimir Putin (C) and Turkish President Recep Tayyip Erdogan (R) shake hands prior to the Syria meeting in Sochi.",
			want: []string{
				fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin"),
				fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin"),
				fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan"),
			}},
		{text: "Lavrov spoke to reporters after talks with Zarif.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
		// Plans, speculation and questions are no contact.
		{text: "Lavrov said Putin will meet Erdogan next week.",
			not: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Putin may meet Rouhani in Tehran.",
			not: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")}},
		{text: "Israel's Netanyahu is expected to travel to Moscow next month to meet Putin.",
			not: []string{fact("Russia", graph.MetWith, "Vladimir Putin"), fact("Benjamin Netanyahu", graph.MetWith, "Vladimir Putin")}},
		{text: "Will Putin meet Rouhani?",
			not: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")}},
		{text: "The two men discussed next month's proposed meeting between the Assad regime and opposition groups.",
			not: []string{fact("Syrian government", graph.MetWith, "Syrian rebels")}},
		{text: "Claimed footage shows Russian military police meeting pro-Assad forces.",
			not: []string{fact("Russian Aerospace Forces", graph.MetWith, "Syrian Arab Army")}},
	})
}

func TestMembership(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey, a member of NATO, backs the rebels.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO"), fact("Turkey", graph.Supports, "Syrian rebels")}},
		{text: "He is a member of Hezbollah.", not: []string{fact("He", graph.MemberOf, "Hezbollah")}},
	})
}

func TestAgreements(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "January 1, 2017\n\nThe version of Thursday's agreement — brokered by Russia and Turkey and signed by Syrian rebels — excludes ISIS.",
			want: []string{
				fact("Russia", graph.Brokered, "Syrian ceasefire of December 2016"),
				fact("Turkey", graph.Brokered, "Syrian ceasefire of December 2016"),
				fact("Syrian rebels", graph.Signed, "Syrian ceasefire of December 2016"),
			}},
		// Outside its window a generic "agreement" names no deal.
		{text: "March 3, 2019\n\nThe agreement was brokered by Russia and Turkey.",
			not: []string{fact("Russia", graph.Brokered, "Syrian ceasefire of December 2016")}},
		{text: "Russia, Iran and Turkey, the guarantor states of the Astana process, met again.",
			want: []string{fact("Iran", graph.Brokered, "Astana process")}},
	})
}
