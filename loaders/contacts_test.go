package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestContacts checks the readings of spoke-with, met-with, thanked and
// congratulated.
func TestContacts(t *testing.T) {
	checkFacts(t, []factCase{
		// A capital before "airport" names a site: the gap passes it.
		{text: "Lavrov, who was welcomed at Ankara airport by Turkish Deputy Foreign Minister Sedat Onal, held talks.",
			want: []string{fact("Sedat Önal", graph.MetWith, "Sergei Lavrov")},
			not:  []string{fact("Sergei Lavrov", graph.MetWith, "Turkey")}},
		// "the top Iranian diplomat": the last person of that state.
		{text: "Mohammad Javad Zarif arrived in Damascus on Sunday. The top Iranian diplomat later sat down with Walid al-Moallem.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Walid al-Moallem")}},
		// Meetings: separately with several, sitting down with.
		{text: "Sergei Lavrov spent the day meeting separately with Mike Pompeo and Ayman Safadi.",
			want: []string{fact("Mike Pompeo", graph.MetWith, "Sergei Lavrov"), fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
		{text: "Mevlut Cavusoglu sat down with his Russian counterpart Sergei Lavrov in Antalya.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Sergei Lavrov")}},
		// met-with: talks somewhere, then "with"; a group holding a meeting.
		{text: "Zarif held talks in Ankara with Cavusoglu about the Kurdish militia.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Russia, Turkey and Iran held a trilateral summit in Tehran on Friday.",
			want: []string{fact("Russia", graph.MetWith, "Turkey"), fact("Iran", graph.MetWith, "Turkey")}},
		{text: "In a telephone call with his French counterpart Emmanuel Macron, Erdogan discussed Idlib.",
			want: []string{fact("Emmanuel Macron", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
		{text: "On Monday, Lavrov held talks with his Saudi and Qatari counterparts in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Saudi Arabia"), fact("Sergei Lavrov", graph.MetWith, "Qatar")}},
		{text: "During a meeting with Ayman Safadi in Amman, Lavrov stressed the need for a political settlement.",
			want: []string{fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
		{text: "In talks with Mike Pompeo, Netanyahu raised the issue of Iranian bases.",
			want: []string{fact("Benjamin Netanyahu", graph.SpokeWith, "Mike Pompeo")}},
		{text: "Lavrentiev, the special envoy, was received by Assad. During the meeting with Lavrentiev, the two sides discussed the constitutional committee.",
			want: []string{fact("Alexander Lavrentiev", graph.MetWith, "Bashar al-Assad")}},
		{text: "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Bashar al-Assad in Tehran.",
			want: []string{fact("Ali Khamenei", graph.MetWith, "Bashar al-Assad")}},
		{text: "Iran's President Hassan Rouhani has conferred with Russian counterpart Vladimir Putin about the Syrian crisis.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Russian President Vladimir Putin and his Iranian counterpart Hassan Rouhani conferred by phone on Saturday.",
			want: []string{fact("Hassan Rouhani", graph.SpokeWith, "Vladimir Putin")}},
		{text: "The Kremlin said President Vladimir Putin and Iran's Hassan Rowhani had exchanged views during a telephone call.",
			want: []string{fact("Hassan Rowhani", graph.SpokeWith, "Vladimir Putin")}},
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
			want: []string{fact("Sergei Shoigu", graph.DefenseMinisterOf, "Russia"), fact("Sergei Lavrov", graph.ForeignMinisterOf, "Russia")},
			not:  []string{fact("Sergei Lavrov", graph.MetWith, "Sergei Shoigu")}},
		{text: "IRGC Quds Force commander Qassem Soleimani has reportedly met Putin in Moscow.",
			want: []string{fact("Qassem Soleimani", graph.HeadOf, "Quds Force")},
			not:  []string{fact("Qassem Soleimani", graph.MetWith, "Vladimir Putin")}},
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
		{text: "Israel's Netanyahu is expected to travel to Moscow next month to meet Putin.",
			want: []string{fact("Benjamin Netanyahu", graph.PrimeMinisterOf, "Israel")},
			not:  []string{fact("Russia", graph.MetWith, "Vladimir Putin"), fact("Benjamin Netanyahu", graph.MetWith, "Vladimir Putin")}},
	})
	checkNegatives(t, []negativeCase{
		// "the two countries' ministers" is no meeting of the states.
		{text: "Erdogan said Ankara and Baghdad had restored ties, and a meeting between the two countries' defence ministers was planned.",
			not:       []string{fact("Iraq", graph.MetWith, "Turkey")},
			companion: "Ankara and Baghdad held a meeting in Geneva on Monday.",
			want:      []string{fact("Iraq", graph.MetWith, "Turkey")}},
		{text: "Reports that Putin met Erdogan in secret were denied by the Kremlin.",
			not:       []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")},
			companion: "Russian President Vladimir Putin hosted Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan.",
			want:      []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		// Plans, speculation and questions are no contact.
		{text: "Lavrov said Putin will meet Erdogan next week.",
			not:       []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")},
			companion: "Iranian President Hassan Rouhani (L), Russian President Vladimir Putin (C) and Turkish President Recep Tayyip Erdogan (R) shake hands prior to the Syria meeting in Sochi.",
			want:      []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Putin may meet Rouhani in Tehran.",
			not:       []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			companion: "Iranian President Hassan Rouhani (L), Russian President Vladimir Putin (C) and Turkish President Recep Tayyip Erdogan (R) shake hands prior to the Syria meeting in Sochi.",
			want:      []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")}},
		{text: "Will Putin meet Rouhani?",
			not:       []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			companion: "Iranian President Hassan Rouhani (L), Russian President Vladimir Putin (C) and Turkish President Recep Tayyip Erdogan (R) shake hands prior to the Syria meeting in Sochi.",
			want:      []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")}},
		{text: "The two men discussed next month's proposed meeting between the Assad regime and opposition groups in Syria.",
			not:       []string{fact("Syrian government", graph.MetWith, "Syrian rebels")},
			companion: "The Assad regime and Syria's opposition groups met in Astana last month.",
			want:      []string{fact("Syrian government", graph.MetWith, "Syrian rebels")}},
		{text: "Claimed footage shows Russian military police meeting pro-Assad forces.",
			not:       []string{fact("Russian Aerospace Forces", graph.MetWith, "Syrian Arab Army")},
			companion: "Russian military police met pro-Assad forces near Daraa.",
			want:      []string{fact("Russian Aerospace Forces", graph.MetWith, "Syrian Arab Army")}},
	})
}

// "A and B discussed" is a call between them.
func TestDiscussed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov and Zarif discussed the situation in Idlib on Tuesday.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
	})
	checkNegatives(t, []negativeCase{
		// "the two sides" may be anyone named before: not enough for a call.
		{text: "Hezbollah fighters entered Qusayr. The two sides discussed a truce.",
			not:       []string{fact("Hezbollah", graph.SpokeWith, "Syria")},
			companion: "Lavrov met Zarif in Moscow. The two sides discussed a truce.",
			want:      []string{fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov")}},
	})
}

// "held talks with" is a meeting, "held phone talks" a call.
func TestHeldTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Cavusoglu held talks with Jubeir in Riyadh on Sunday.",
			want: []string{fact("Adel al-Jubeir", graph.MetWith, "Mevlüt Çavuşoğlu")}},
		{text: "Cavusoglu held phone talks with Jubeir on Sunday.",
			want: []string{fact("Adel al-Jubeir", graph.SpokeWith, "Mevlüt Çavuşoğlu")},
			not:  []string{fact("Adel al-Jubeir", graph.MetWith, "Mevlüt Çavuşoğlu")}},
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

// Receiving a delegation is meeting the people it names.
func TestDelegation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rouhani received Erdogan and a Turkish delegation including Foreign Minister Mevlut Cavusoglu.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Mevlüt Çavuşoğlu")}},
	})
}

// A plural title in a contact names the holders of the office.
func TestPluralOfficesInContacts(t *testing.T) {
	checkFacts(t, []factCase{
		// Holders named: the people meet, not the states.
		{text: "Vladimir Putin, Hassan Rouhani and Recep Tayyip Erdogan arrived in Tehran. The presidents of Russia, Iran and Turkey held a trilateral summit there on Friday.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Iran", graph.MetWith, "Russia")}},
		// "respectively" pairs the people with the offices.
		{text: "The defense ministers of Russia and Turkey, Sergei Shoigu and Hulusi Akar, respectively, met in Moscow on Monday.",
			want: []string{fact("Sergei Shoigu", graph.DefenseMinisterOf, "Russia"), fact("Hulusi Akar", graph.DefenseMinisterOf, "Turkey"), fact("Hulusi Akar", graph.MetWith, "Sergei Shoigu")},
			not:  []string{fact("Russia", graph.MetWith, "Turkey")}},
	})
}

// TestMeetingConstructions checks meetings and calls said in other words:
// a meeting held, a sitting, a welcome, a joint news conference, a summit of
// three, calls held.
func TestMeetingConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Patrushev held a meeting in Tehran on Thursday with Ali Shamkhani.",
			want: []string{fact("Ali Shamkhani", graph.MetWith, "Nikolai Patrushev")}},
		{text: "Shamkhani sat down on Monday with Sergei Shoigu.",
			want: []string{fact("Ali Shamkhani", graph.MetWith, "Sergei Shoigu")}},
		{text: "Zarif was met on arrival by Faisal Mekdad.",
			want: []string{fact("Faisal Mekdad", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Zarif held talks with Assad and with Walid al-Moallem during the visit.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Walid al-Moallem")}},
		{text: "Peskov separated Putin's talks with Erdogan in Sochi from the summit.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Lavrov, speaking at a joint news conference with Cavusoglu and Zarif, praised the talks.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Sergei Lavrov"), fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "A trilateral summit of Putin, Rouhani and Erdogan opened in Tehran.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin"), fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan")}},
		{text: "At the summit in Tehran, Putin, Rouhani and Erdogan agreed on a statement.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Erdogan has held calls with Putin and Rouhani this week.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin"), fact("Hassan Rouhani", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
		{text: "Putin had called Assad by phone in September.",
			want: []string{fact("Bashar al-Assad", graph.SpokeWith, "Vladimir Putin")}},
	})
	checkNegatives(t, []negativeCase{
		// "called" meaning "named" is no call.
		{text: "Erdogan called Assad a terrorist on Tuesday.",
			not:       []string{fact("Bashar al-Assad", graph.SpokeWith, "Recep Tayyip Erdoğan")},
			companion: "Erdogan called Assad by phone on Tuesday.",
			want:      []string{fact("Bashar al-Assad", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
	})
}

// TestPlainContactVerbs checks contacts said with plain verbs: spoke to,
// discussed with, received a call from, arrived for talks with.
func TestPlainContactVerbs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov spoke to Zarif on Sunday about the talks.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
		{text: "Lavrov discussed the situation in Idlib with Cavusoglu.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.SpokeWith, "Sergei Lavrov")}},
		{text: "Assad received a call from Rouhani after the vote.",
			want: []string{fact("Bashar al-Assad", graph.SpokeWith, "Hassan Rouhani")}},
		{text: "Cavusoglu arrived in Tehran for talks with Zarif.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")}},
	})
	checkNegatives(t, []negativeCase{
		// Addressing a body is no conversation with a person.
		{text: "Lavrov spoke to the UN Security Council on Monday.",
			not:       []string{fact("Sergei Lavrov", graph.SpokeWith, "UN Security Council")},
			companion: "Lavrov spoke to Zarif on Monday.",
			want:      []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// TestPairReferencesAndGuests checks pair references to two office
// holders and guests hosted together for talks.
func TestPairReferencesAndGuests(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov and Zarif held talks in Moscow. The two foreign ministers agreed to cooperate on Syria.",
			want: []string{fact("Mohammad Javad Zarif", graph.CooperatesWith, "Sergei Lavrov")}},
		{text: "Lavrov met Zarif in Moscow on Monday. The two top diplomats spoke by phone on Friday.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
		{text: "Zarif hosted Lavrov and Cavusoglu in Tehran for talks on Syria.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Sergei Lavrov"), fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov")}},
	})
}

// TestCongratulatoryCableReceived checks congratulations read from the
// receiver's side.
func TestCongratulatoryCableReceived(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Meanwhile, Assad received a congratulatory cable from Rouhani, who hailed the victory.",
			want: []string{fact("Hassan Rouhani", graph.Congratulated, "Bashar al-Assad")}},
	})
}

// TestGroupOfRepresentativesMet checks that the representatives of a list
// of states who meet make each pair of states meet.
func TestGroupOfRepresentativesMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian, Iranian and Turkish ministers met in Astana to coordinate.",
			want: []string{fact("Iran", graph.MetWith, "Russia"), fact("Russia", graph.MetWith, "Turkey"), fact("Iran", graph.MetWith, "Turkey")}},
		{text: "Iranian and Russian delegations met in Geneva on Monday.",
			want: []string{fact("Iran", graph.MetWith, "Russia")}},
	})
}

// TestMeetingOnRelationsWithState checks that a meeting on relations with a
// state is no meeting with it.
func TestMeetingOnRelationsWithState(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Putin held a meeting on relations with Turkey.",
			not:       []string{fact("Turkey", graph.MetWith, "Vladimir Putin")},
			companion: "Putin held a meeting on Monday with Erdogan.",
			want:      []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
	})
}

// TestPossessiveTalks checks that "A's talks with B" are a meeting, and
// phone talks a call.
func TestPossessiveTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Putin's talks with Erdogan lasted three hours.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Putin's phone talks with Erdogan lasted an hour.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin")},
			not:  []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
	})
}

// TestCallsAndGroupMeetings checks a call named before its subject, a
// group that held a meeting, and "meeting" as a noun after a group.
func TestCallsAndGroupMeetings(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In a telephone call, Kenyan President William Ruto urged Ugandan President Yoweri Museveni to reopen the border.",
			want: []string{fact("William Ruto", graph.SpokeWith, "Yoweri Museveni")}},
		{text: "Ghana and Togo held a meeting in Accra on Monday.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// After a gap, "meeting" is a noun: a statement released after a
		// meeting is no meeting of those who released it.
		{text: "A statement released by Ghana and Togo after the third meeting of the commission called for calm.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana and Togo, meeting in Accra, called for calm.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}

// TestTalksBegun checks talks begun with someone's government.
func TestTalksBegun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade began talks with Ghana's government last year.",
			want: []string{fact("Ghana", graph.MetWith, "Northern Brigade")}},
	})
}

// TestEachApartAndMeetingShapes checks that "A and B each met C" is no
// meeting of A and B, and meetings stated by "sat down together", "held
// separate meetings with", "speaking after talks with", "joined ... for a
// meeting" and "after meeting X".
func TestEachApartAndMeetingShapes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kwabena Ofori and Togolese President Edem Kpodar each met Beninese President Sena Houngbo in Cotonou.",
			want: []string{fact("Kwabena Ofori", graph.MetWith, "Sena Houngbo"), fact("Edem Kpodar", graph.MetWith, "Sena Houngbo")},
			not:  []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")}},
		{text: "Ghanaian President Kwabena Ofori and Togolese President Edem Kpodar met each other in Cotonou.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")}},
		{text: "Ghanaian President Kwabena Ofori and Togolese President Edem Kpodar sat down together in Accra.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")}},
		{text: "Ghanaian President Kwabena Ofori held separate meetings with Togolese President Edem Kpodar and Beninese President Sena Houngbo.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori"), fact("Kwabena Ofori", graph.MetWith, "Sena Houngbo")}},
		{text: "Ghanaian President Kwabena Ofori, speaking after talks with Togolese President Edem Kpodar, said the border would reopen.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")}},
		{text: "Beninese President Sena Houngbo joined Ghanaian President Kwabena Ofori for a three-way meeting.",
			want: []string{fact("Kwabena Ofori", graph.MetWith, "Sena Houngbo")}},
		{text: "After meeting Togolese President Edem Kpodar, Ghanaian President Kwabena Ofori flew to Lome.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")}},
	})
}

// TestHostedTalksBetween checks talks hosted between two sides: they met,
// and the host met each.
func TestHostedTalksBetween(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar hosted talks between Rwanda and Uganda in Doha.",
			want: []string{fact("Rwanda", graph.MetWith, "Uganda"), fact("Qatar", graph.MetWith, "Rwanda"), fact("Qatar", graph.MetWith, "Uganda")},
			not:  []string{fact("Rwanda", graph.SpokeWith, "Uganda")}},
	})
}

// TestObjectOfWithIsNoSubject checks that the person talks were held with
// is not the subject of a visit named after it.
func TestObjectOfWithIsNoSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kwabena Ofori held talks with Togolese President Edem Kpodar during a one-day visit to Benin.",
			want: []string{fact("Edem Kpodar", graph.MetWith, "Kwabena Ofori")},
			not:  []string{fact("Benin", graph.MetWith, "Edem Kpodar")}},
	})
}

// TestPhoneTalksAndReceptions checks a call with two people at once, talks
// held in a place with someone, a reception after an adverb and being in
// close contact.
func TestPhoneTalksAndReceptions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Emmanuel Macron spoke by phone with both Vladimir Putin and Recep Tayyip Erdogan.",
			want: []string{fact("Emmanuel Macron", graph.SpokeWith, "Vladimir Putin"), fact("Emmanuel Macron", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
		{text: "Sergei Lavrov held several rounds of talks in Cairo with Ayman Safadi.",
			want: []string{fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
		{text: "Mohammad Javad Zarif was later received by Bashar al-Assad at the palace.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "The minister said Qatar had stayed in close contact with both Turkey and Iran.",
			want: []string{fact("Qatar", graph.SpokeWith, "Turkey"), fact("Iran", graph.SpokeWith, "Qatar")}},
	})
}

// TestCallMadeTo checks a call made to someone.
func TestCallMadeTo(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "On Sunday Mevlut Cavusoglu placed a telephone call to Sergei Lavrov about the convoy.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// TestDiscussedInPlaceBy checks a topic discussed in a place by two
// leaders, who met there.
func TestDiscussedInPlaceBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The new border regime was discussed on Friday in Baku by Ilham Aliyev and Recep Tayyip Erdogan.",
			want: []string{fact("Ilham Aliyev", graph.MetWith, "Recep Tayyip Erdoğan")}},
	})
}

// TestSummitWhere checks the people named where a summit was held: they
// met, whether or not they agreed.
func TestSummitWhere(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The deal came a week after a summit in Sochi, where Vladimir Putin and Recep Tayyip Erdogan failed to settle the matter.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
	})
}

// TestThankedTroopsAndAllies checks thanks to the troops and to an ally
// named after them.
func TestThankedTroopsAndAllies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Bashar al-Assad thanked the soldiers and the Russian Federation for the victory.",
			want: []string{fact("Bashar al-Assad", graph.Thanked, "Russia")}},
	})
}

// TestFreeRelativeReportsNoClause checks that "what he called an attack"
// reports no clause, so that the subject carries to the verb after it.
func TestFreeRelativeReportsNoClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Antonio Guterres deplored what he called a reckless escalation and spoke by phone with both Vladimir Putin and Recep Tayyip Erdogan.",
			want: []string{fact("António Guterres", graph.SpokeWith, "Vladimir Putin"), fact("António Guterres", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
	})
}

// TestAppositiveSubjectCarried checks that a name in apposition to the
// opening title is carried to the verbs coordinated after its first.
func TestAppositiveSubjectCarried(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The UN's top official, Antonio Guterres, deplored the shelling and spoke by phone with both Vladimir Putin and Recep Tayyip Erdogan.",
			want: []string{fact("António Guterres", graph.SpokeWith, "Vladimir Putin"), fact("António Guterres", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
	})
}

// TestChairOfSessionBetween checks that the chair of a session between
// two leaders meets each of them.
func TestChairOfSessionBetween(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Charles Michel chaired the long session between Ilham Aliyev and Vladimir Putin in Brussels.",
			want: []string{fact("Charles Michel", graph.MetWith, "Ilham Aliyev"), fact("Charles Michel", graph.MetWith, "Vladimir Putin")}},
	})
}

// TestSeparateTalksBetween checks that "separate talks between A and B"
// is no meeting of A and B, while the host meets each.
func TestSeparateTalksBetween(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Qatar has hosted separate talks between Rwanda and the Northern Brigade.",
			not:       []string{fact("Northern Brigade", graph.MetWith, "Rwanda"), fact("Northern Brigade", graph.SpokeWith, "Rwanda")},
			companion: "Qatar has hosted talks between Rwanda and the Northern Brigade.",
			want:      []string{fact("Northern Brigade", graph.MetWith, "Rwanda")}},
	})
}

// TestTalksBetweenInPlace checks that talks between two sides held in a
// place are a meeting, and talks with no place stay a contact.
func TestTalksBetweenInPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks between Ghana and Togo in Lome collapsed.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Talks between Ghana and Togo collapsed.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Talks between Ghana and Togo in Lome collapsed.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}

// TestDiscussedWithAtPlace checks that a discussion held at a place is a
// meeting, and one with no place stays a contact.
func TestDiscussedWithAtPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kofi Mensah discussed the fighting with Togolese President Ama Dodzi at the presidential palace.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghanaian President Kofi Mensah discussed the fighting with Togolese President Ama Dodzi.",
			not:       []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah discussed the fighting with Togolese President Ama Dodzi in Lome.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
}

// TestInCallWith checks "In a call with X, Y ..." as a call.
func TestInCallWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In a call with Togolese President Ama Dodzi, Ghanaian President Kofi Mensah urged restraint.",
			want: []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "In a call to his cabinet about Togolese President Ama Dodzi, Ghanaian President Kofi Mensah urged restraint.",
			not:       []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")},
			companion: "In a call with Togolese President Ama Dodzi, Ghanaian President Kofi Mensah urged restraint.",
			want:      []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")}},
	})
}

// A seat of power between the talks and the other side names where they
// met, not who met (issue 10, session 18).
func TestTalksAtSeatOfPower(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Vladimir Putin has held talks at the Kremlin with President Kofi Mensah of Ghana.",
			want: []string{fact("Vladimir Putin", graph.MetWith, "Kofi Mensah")},
			not:  []string{fact("Vladimir Putin", graph.MetWith, "Kremlin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Vladimir Putin has not held talks at the Kremlin with President Kofi Mensah of Ghana.",
			not:       []string{fact("Vladimir Putin", graph.MetWith, "Kofi Mensah")},
			companion: "Vladimir Putin has held talks at the Kremlin with President Kofi Mensah of Ghana.",
			want:      []string{fact("Vladimir Putin", graph.MetWith, "Kofi Mensah")}},
	})
}

// A state and its own body named in one group are no pair: "talks between
// Turkish intelligence officials and the Russian military" (issue 10,
// session 18).
func TestStateAndOwnBodyAreNoPair(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The truce was agreed after talks between Turkish intelligence officials and the Russian military.",
			not: []string{fact("Turkey", graph.SpokeWith, "Turkish intelligence services")},
			// The other pairs of the group stand.
			companion: "The truce was agreed after talks between Turkish intelligence officials and the Russian military.",
			want:      []string{fact("Russian Aerospace Forces", graph.SpokeWith, "Turkish intelligence"), fact("Russian Aerospace Forces", graph.SpokeWith, "Turkey")}},
	})
}

// A visit paid to a place where the visitor met someone (issue 10,
// session 18).
func TestVisitPaidWhereMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Robert Dussey paid a visit to Accra, where he met President Nana Akufo-Addo.",
			want: []string{fact("Robert Dussey", graph.MetWith, "Nana Akufo-Addo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Robert Dussey paid a visit to Accra, where President Nana Akufo-Addo was absent.",
			not:       []string{fact("Robert Dussey", graph.MetWith, "Nana Akufo-Addo")},
			companion: "Foreign Minister Robert Dussey paid a visit to Accra, where he met President Nana Akufo-Addo.",
			want:      []string{fact("Robert Dussey", graph.MetWith, "Nana Akufo-Addo")}},
	})
}

// Talks of a kind held with someone, a dinner hosted for someone, a summit
// that brought people together or that they attended: meetings (issue 10,
// session 18).
func TestTalksOfAKindDinnersAndSummitsAttended(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah held separate talks with President Edem Kpodar and President Sena Houngbo.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar"), fact("Kofi Mensah", graph.MetWith, "Sena Houngbo")},
			not:  []string{fact("Edem Kpodar", graph.MetWith, "Sena Houngbo")}},
		{text: "President Kofi Mensah hosted a dinner for President Edem Kpodar on Monday.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
		{text: "The summit brought together President Kofi Mensah, President Edem Kpodar and President Sena Houngbo.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar"), fact("Edem Kpodar", graph.MetWith, "Sena Houngbo")}},
		{text: "President Kofi Mensah and President Edem Kpodar attended the summit in Accra.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "President Kofi Mensah and President Edem Kpodar did not attend the summit in Accra.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")},
			companion: "President Kofi Mensah and President Edem Kpodar attended the summit in Accra.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
		{text: "President Kofi Mensah will host a dinner for President Edem Kpodar on Monday.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")},
			companion: "President Kofi Mensah hosted a dinner for President Edem Kpodar on Monday.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
	})
}

// Talks at a distance, a delegation's head met and a courtesy call
// (issue 10, session 18).
func TestVideoConferencesDelegationsAndCourtesyCalls(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah and President Edem Kpodar held a video conference on Monday.",
			want: []string{fact("Kofi Mensah", graph.SpokeWith, "Edem Kpodar")}},
		{text: "President Kofi Mensah held a video conference with President Edem Kpodar.",
			want: []string{fact("Kofi Mensah", graph.SpokeWith, "Edem Kpodar")}},
		{text: "President Kofi Mensah met with a delegation led by President Edem Kpodar.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
		{text: "President Kofi Mensah paid a courtesy call on President Edem Kpodar.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "President Kofi Mensah and President Edem Kpodar will hold a video conference on Monday.",
			not:       []string{fact("Kofi Mensah", graph.SpokeWith, "Edem Kpodar")},
			companion: "President Kofi Mensah and President Edem Kpodar held a video conference on Monday.",
			want:      []string{fact("Kofi Mensah", graph.SpokeWith, "Edem Kpodar")}},
		// A delegation's head named as its sender is not met.
		{text: "President Kofi Mensah refused to meet a delegation led by President Edem Kpodar.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")},
			companion: "President Kofi Mensah met with a delegation led by President Edem Kpodar.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Edem Kpodar")}},
	})
}

// Talks held with an adverb before "with" (issue 10, session 19).
func TestTalksHeldThereWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Ana Lotvar flew to Accra and held talks there with President Omar Dalmar.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Omar Dalmar")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Ana Lotvar flew to Accra but held no talks there with President Omar Dalmar.",
			not:       []string{fact("Ana Lotvar", graph.MetWith, "Omar Dalmar")},
			companion: "Foreign Minister Ana Lotvar flew to Accra and held talks again with President Omar Dalmar.",
			want:      []string{fact("Ana Lotvar", graph.MetWith, "Omar Dalmar")}},
	})
}

// A group that holds talks with someone meets that someone, not each
// other; people listed with their states meet as the people (issue 10,
// session 19).
func TestGroupTalksWithOthersAndHeadsOfStates(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Ana Lotvar and Defence Minister Piet Saro held bilateral talks with Ghanaian officials on Monday.",
			not:       []string{fact("Ana Lotvar", graph.MetWith, "Piet Saro")},
			companion: "Foreign Minister Ana Lotvar and Defence Minister Piet Saro held bilateral talks on Monday.",
			want:      []string{fact("Ana Lotvar", graph.MetWith, "Piet Saro")}},
	})
	checkFacts(t, []factCase{
		{text: "The heads of the intelligence services of Ghana and Togo, General Ana Lotvar and General Piet Saro, also took part in the meeting.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Piet Saro")},
			not:  []string{fact("Ana Lotvar", graph.MetWith, "Togo"), fact("Piet Saro", graph.MetWith, "Ghana")}},
	})
}

// A discussion held in a place, or right after a meeting the article
// stated, is a meeting; without either it stays a contact (issue 10,
// session 19).
func TestDiscussedAtMeetingOrInPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In Accra, President Kofi Mensah and President Ama Dodzi discussed the border.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
		{text: "The defence ministers of Ghana, Togo and Benin held talks in Accra on Monday. Ghanaian Defence Minister Kofi Mensah and his Togolese and Beninese counterparts, Ama Dodzi and Piet Saro, discussed the border.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah"), fact("Kofi Mensah", graph.MetWith, "Piet Saro")},
			not:  []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo closed the border on Monday. Ghanaian Defence Minister Kofi Mensah and his Togolese counterpart Ama Dodzi discussed the border.",
			not:       []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			companion: "The defence ministers of Ghana and Togo held talks in Accra on Monday. Ghanaian Defence Minister Kofi Mensah and his Togolese counterpart Ama Dodzi discussed the border.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
}

// Calls named by their other side after a verb of telling or consulting,
// in an adjunct of time, or as the second side of the same calls (issue
// 10, session 19).
func TestCallsByVideoLinkAfterCallsAndSecondSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "General Piet Saro later told President Ama Dodzi by video link that the town had fallen.",
			want: []string{fact("Ama Dodzi", graph.SpokeWith, "Piet Saro")}},
		{text: "Foreign Minister Ana Lotvar consulted President Ama Dodzi and senior officials in Accra by phone.",
			want: []string{fact("Ama Dodzi", graph.SpokeWith, "Ana Lotvar")}},
		{text: "President Ama Dodzi announced the decision after a phone call with President Kofi Mensah.",
			want: []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")}},
		{text: "President Ama Dodzi, who had spoken by telephone with President Kofi Mensah, and with Foreign Minister Ana Lotvar, said the talks would go on.",
			want: []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah"), fact("Ama Dodzi", graph.SpokeWith, "Ana Lotvar")}},
	})
	checkNegatives(t, []negativeCase{
		// A news outlet told by phone gave an interview.
		{text: "General Piet Saro told the BBC by phone that the town had fallen.",
			not:       []string{fact("BBC", graph.SpokeWith, "Piet Saro")},
			companion: "General Piet Saro told President Ama Dodzi by phone that the town had fallen.",
			want:      []string{fact("Ama Dodzi", graph.SpokeWith, "Piet Saro")}},
		{text: "President Ama Dodzi announced the decision ahead of a phone call with President Kofi Mensah.",
			not:       []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")},
			companion: "President Ama Dodzi announced the decision after a phone call with President Kofi Mensah.",
			want:      []string{fact("Ama Dodzi", graph.SpokeWith, "Kofi Mensah")}},
	})
}

// A guest hosted in a place for talks with others meets them there; a
// group that held talks "with each of them" met others, not each other;
// cooperation asked for is none (issue 10, session 19).
func TestHostedForTalksWithOthersAndRequestedCooperation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah hosted President Ama Dodzi in Accra for talks with the foreign ministers of Togo and Benin.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah"), fact("Ama Dodzi", graph.MetWith, "Benin")},
			not:  []string{fact("Ama Dodzi", graph.SpokeWith, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "President Kofi Mensah and Foreign Minister Ana Lotvar held talks with each of them separately.",
			not:       []string{fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")},
			companion: "President Kofi Mensah and Foreign Minister Ana Lotvar held talks on Monday.",
			want:      []string{fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")}},
		{text: "The mission called on Ghana to coordinate with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The mission said Ghana coordinates with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// "A saw B" between two people, followed by a place, a time or the end
// of the clause, is a meeting; "saw B as" is a judgement.
func TestSawIsMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Ana Lotvar saw President Kofi Mensah in Accra on Monday.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Ana Lotvar saw President Kofi Mensah as the main obstacle to peace.",
			not:       []string{fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")},
			companion: "Foreign Minister Ana Lotvar saw President Kofi Mensah in Accra on Monday.",
			want:      []string{fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")}},
	})
}

// Partners named after "with" are the subject's partners, never a group
// that called or met each other, unless the pattern itself names the group
// after "with" ("a joint news conference with A and B").
func TestPartnersAfterWithAreNoGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Amon Teval spoke with Peruvian President Rufo Damar and Bolivian President Edi Kosta by phone on Tuesday.",
			want: []string{fact("Amon Teval", graph.SpokeWith, "Rufo Damar"), fact("Amon Teval", graph.SpokeWith, "Edi Kosta")},
			not:  []string{fact("Rufo Damar", graph.SpokeWith, "Edi Kosta"), fact("Edi Kosta", graph.SpokeWith, "Rufo Damar")}},
		{text: "Speaking at a joint news conference with Peruvian President Rufo Damar and Bolivian President Edi Kosta, Chilean President Amon Teval said the talks had gone well.",
			want: []string{fact("Edi Kosta", graph.MetWith, "Rufo Damar")}},
	})
}

// Two people who appear or stand alongside each other met.
func TestAppearedAlongside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah appeared alongside President Ama Dodzi at a news conference in Accra.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
		{text: "Foreign Minister Ilse Morrow stood beside Prime Minister Juma Otieno as the accord was signed.",
			want: []string{fact("Ilse Morrow", graph.MetWith, "Juma Otieno")}},
	})
	// Near miss: a state is not a person one stands beside.
	checkNegatives(t, []negativeCase{
		{text: "President Kofi Mensah said Ghana stood alongside Togo in its hour of need.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Togo")},
			companion: "President Kofi Mensah appeared alongside President Ama Dodzi at a news conference in Accra.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
}

// Whoever chairs or hosts a meeting that people attend meets each of them;
// a summit after which someone speaks was held with its partner.
func TestMeetingChairedAndAttended(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah chaired an emergency security meeting in Accra attended by Defence Minister Ama Dodzi and army chief Kwame Boateng.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah"), fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")}},
		{text: "Prime Minister Juma Otieno hosted a cabinet session on Monday attended by Foreign Minister Ilse Morrow.",
			want: []string{fact("Ilse Morrow", graph.MetWith, "Juma Otieno")}},
		{text: "President Kofi Mensah said after a summit with President Ama Dodzi in Lome that the border would reopen.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
	// Near miss: the aides who attend one side's meeting did not meet each
	// other.
	checkNegatives(t, []negativeCase{
		{text: "The meeting was attended by Defence Minister Ama Dodzi and Foreign Minister Ana Lotvar.",
			not:       []string{fact("Ama Dodzi", graph.MetWith, "Ana Lotvar")},
			companion: "President Kofi Mensah chaired a meeting attended by Defence Minister Ama Dodzi and Foreign Minister Ana Lotvar.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah"), fact("Ana Lotvar", graph.MetWith, "Kofi Mensah")}},
	})
}

// A state's troops hold no meeting, and the place someone flew to is no
// party to the talks held there.
func TestTroopsAndDestinationsAreNoParties(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Niger has accused Togo of hosting French troops near the border.",
			not:       []string{fact("France", graph.MetWith, "Togo")},
			companion: "Niger has accused Togo of hosting France at a secret meeting near the border.",
			want:      []string{fact("France", graph.MetWith, "Togo")}},
		{text: "Prime Minister Juma Otieno spoke after flying to Uganda on Monday for talks with President Dario Velkan.",
			not:       []string{fact("Dario Velkan", graph.SpokeWith, "Uganda"), fact("Dario Velkan", graph.MetWith, "Uganda")},
			companion: "Prime Minister Juma Otieno flew to Uganda on Monday for talks with President Dario Velkan.",
			want:      []string{fact("Dario Velkan", graph.MetWith, "Juma Otieno")}},
	})
}

// Three or more sides that discuss something meet; two may be on a call.
func TestDiscussedByThreeOrMoreIsMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya, Uganda, Tanzania and Rwanda discussed a roadmap for the border on Tuesday.",
			want: []string{fact("Kenya", graph.MetWith, "Uganda"), fact("Rwanda", graph.MetWith, "Tanzania")},
			not:  []string{fact("Kenya", graph.SpokeWith, "Uganda")}},
	})
	// Near miss: two sides discussing may have spoken by phone.
	checkNegatives(t, []negativeCase{
		{text: "Kenya and Uganda discussed a roadmap for the border on Tuesday.",
			not:       []string{fact("Kenya", graph.MetWith, "Uganda")},
			companion: "Kenya, Uganda and Tanzania discussed a roadmap for the border on Tuesday.",
			want:      []string{fact("Kenya", graph.MetWith, "Uganda")}},
	})
}

// The co-chairs or co-hosts of one meeting met, in the passive and the
// active, also when each is named with a remark.
func TestCoChairsMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The extraordinary meeting was co-chaired by Kenyan President Juma Otieno, who chairs the African Union, and Ugandan President Dario Velkan, the current chairman of IGAD.",
			want: []string{fact("Dario Velkan", graph.MetWith, "Juma Otieno")}},
		{text: "President Kofi Mensah and President Ama Dodzi co-hosted the talks in Accra.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
	// Near miss: a meeting chaired by one person pairs no one.
	checkNegatives(t, []negativeCase{
		{text: "The meeting was chaired by President Kofi Mensah and opened by a prayer.",
			not:       []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			companion: "The meeting was co-chaired by President Kofi Mensah and President Ama Dodzi.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
}

// TestCallWithAdverb checks a call told with an adverb between the caller
// and the verb.
func TestCallWithAdverb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian Foreign Minister Ivo Darnel later telephoned his Togolese counterpart Olaf Krenn.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Olaf Krenn")}},
		{text: "Ghanaian President Kofi Adjei has also phoned Togolese President Amara Fendi about the border.",
			want: []string{fact("Kofi Adjei", graph.SpokeWith, "Amara Fendi")}},
	})
	checkNegatives(t, []negativeCase{
		// A call that did not happen.
		{text: "Ghanaian Foreign Minister Ivo Darnel has not telephoned his Togolese counterpart Olaf Krenn since May.",
			not:       []string{fact("Ivo Darnel", graph.SpokeWith, "Olaf Krenn")},
			companion: "Ghanaian Foreign Minister Ivo Darnel has since telephoned his Togolese counterpart Olaf Krenn.",
			want:      []string{fact("Ivo Darnel", graph.SpokeWith, "Olaf Krenn")}},
	})
}

// TestMeetingsWithoutMet checks meetings told without "met": a guest
// received somewhere by the host, joined by others, greeted; a journey made
// to meet someone; consultations held; a call in which one spoke to the
// other; and a surname whose particle is glued to it ("met al-Rashidi").
func TestMeetingsWithoutMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togolese Foreign Minister Ama Dodzi was received at Accra International Airport by Ghanaian President Ivo Darnel.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Ama Dodzi")}},
		{text: "President Kofi Mensah was joined by Togo's Amara Fendi and Benin's Olaf Krenn at the summit.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi"), fact("Kofi Mensah", graph.MetWith, "Olaf Krenn")}},
		{text: "Ghanaian Foreign Minister Ama Dodzi and Togolese Foreign Minister Kwame Boateng met in Lome. The two ministers were later joined by Benin's prime minister and foreign minister, Amara Fendi.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Amara Fendi"), fact("Kwame Boateng", graph.MetWith, "Amara Fendi")}},
		{text: "Crown Prince Ivo Darnel greeted President Amara Fendi with an embrace at the palace.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Amara Fendi")}},
		{text: "Foreign Minister Ivo Darnel flew to Accra on Monday to meet President Kofi Mensah.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Kofi Mensah")}},
		{text: "Ghanaian Foreign Minister Ivo Darnel and Beninese Foreign Minister Olaf Krenn held consultations with Togolese Foreign Minister Amara Fendi in Lome.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Amara Fendi"), fact("Olaf Krenn", graph.MetWith, "Amara Fendi")}},
		{text: "President Ivo Darnel apologised to President Amara Fendi for the shooting in a phone call.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")}},
		{text: "Malian Prime Minister Musa al-Rashidi leads the cabinet. Guinean President Kofi Adjei spoke by phone with al-Rashidi on Sunday.",
			want: []string{fact("Kofi Adjei", graph.SpokeWith, "Musa al-Rashidi")}},
	})
	checkNegatives(t, []negativeCase{
		// A meeting in the making is none yet.
		{text: "Ghana, Togo and Benin were preparing to meet on the sidelines of the forum.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana, Togo and Benin met on the sidelines of the forum.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		// Joined by forces is no meeting of people.
		{text: "Ghanaian troops were joined by Togolese units near the border.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "President Kofi Mensah was joined by President Amara Fendi near the border.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		// Words said to someone in a statement are no call.
		{text: "President Ivo Darnel apologised to President Amara Fendi in a statement.",
			not:       []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")},
			companion: "President Ivo Darnel apologised to President Amara Fendi in a telephone call.",
			want:      []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")}},
	})
}

// TestGroupTalksAdjunctCallsAndSpeaking checks talks of three sides held
// with two others (who meet each other too), a meeting at a named seat, a
// call or meeting told as an adjunct of its clause, a contact told by a
// participle after "after", a second partner met elsewhere, and the people
// and fighters of a place congratulated.
func TestGroupTalksAdjunctCallsAndSpeaking(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian Foreign Minister Ivo Darnel held trilateral talks with his Togolese and Beninese counterparts, Amara Fendi and Olaf Krenn.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Amara Fendi"), fact("Ivo Darnel", graph.MetWith, "Olaf Krenn"), fact("Amara Fendi", graph.MetWith, "Olaf Krenn")}},
		{text: "President Kofi Mensah gave the order at a Kremlin meeting with Defence Minister Ama Dodzi and Foreign Minister Kwame Boateng.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Ama Dodzi"), fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")}},
		{text: "Ghanaian President Kofi Adjei congratulated both armies on the truce in a phone call with Togolese President Amara Fendi.",
			want: []string{fact("Kofi Adjei", graph.SpokeWith, "Amara Fendi")}},
		{text: "Prime Minister Ivo Darnel agreed to stop the shelling after speaking with President Amara Fendi.",
			want: []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")}},
		{text: "President Kofi Mensah flew to the region and held talks with Foreign Minister Ama Dodzi in Lome and with Prime Minister Amara Fendi in Cotonou.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Ama Dodzi"), fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		{text: "President Kofi Mensah congratulated the people of Aleppo and the fighters of the Northern Front on the victory.",
			want: []string{fact("Kofi Mensah", graph.Congratulated, "Northern Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Plain talks with two partners do not pair the partners.
		{text: "Ghanaian Foreign Minister Ivo Darnel held talks with his Togolese and Beninese counterparts, Amara Fendi and Olaf Krenn.",
			not:       []string{fact("Amara Fendi", graph.MetWith, "Olaf Krenn")},
			companion: "Ghanaian Foreign Minister Ivo Darnel held tripartite talks with his Togolese and Beninese counterparts, Amara Fendi and Olaf Krenn.",
			want:      []string{fact("Amara Fendi", graph.MetWith, "Olaf Krenn")}},
		// Trilateral talks still to come pair no one.
		{text: "Ghanaian Foreign Minister Ivo Darnel will hold trilateral talks with Togolese Foreign Minister Amara Fendi and Beninese Foreign Minister Olaf Krenn.",
			not:       []string{fact("Amara Fendi", graph.MetWith, "Olaf Krenn")},
			companion: "Ghanaian Foreign Minister Ivo Darnel held trilateral talks with Togolese Foreign Minister Amara Fendi and Beninese Foreign Minister Olaf Krenn.",
			want:      []string{fact("Amara Fendi", graph.MetWith, "Olaf Krenn")}},
		// Speaking to reporters after a call is no contact with them.
		{text: "Prime Minister Ivo Darnel agreed to stop the shelling after speaking to reporters in Accra.",
			not:       []string{fact("Ivo Darnel", graph.SpokeWith, "Ghana")},
			companion: "Prime Minister Ivo Darnel agreed to stop the shelling after speaking to President Amara Fendi.",
			want:      []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")}},
		// Thanks to the people of a place and a group are no congratulations.
		{text: "President Kofi Mensah thanked the people of Aleppo and the fighters of the Northern Front for their patience.",
			not:       []string{fact("Kofi Mensah", graph.Congratulated, "Northern Front")},
			companion: "President Kofi Mensah congratulated the people of Aleppo and the fighters of the Northern Front on the victory.",
			want:      []string{fact("Kofi Mensah", graph.Congratulated, "Northern Front")}},
	})
}

// TestHostReceivedGuestNamedByOffice checks a guest named by another's
// office and an appositive: "received X's chief of staff, Y".
func TestHostReceivedGuestNamedByOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rebel leader Amara Fendi stayed in the north. President Kofi Mensah received Fendi's chief of staff, Kwame Boateng, in Accra.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")},
			not:  []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		{text: "Rebel leader Amara Fendi stayed in the north. Foreign Minister Ivo Darnel met Fendi's envoy, Olaf Krenn, in Lome.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Olaf Krenn")}},
	})
	checkNegatives(t, []negativeCase{
		// A report on the guest's office is no meeting with the holder.
		{text: "Rebel leader Amara Fendi stayed in the north. President Kofi Mensah criticised Fendi's chief of staff, Kwame Boateng, in a speech.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")},
			companion: "Rebel leader Amara Fendi stayed in the north. President Kofi Mensah received Fendi's chief of staff, Kwame Boateng, in Accra.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")}},
	})
}

// TestMealsDealsStruckAndSidelineTalks checks a meal shared, a deal struck
// in a place between two people, a conversation on the sidelines of a
// gathering, and a guest received by an office named with an appositive.
func TestMealsDealsStruckAndSidelineTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah had breakfast with President Amara Fendi and Prime Minister Ivo Darnel before the summit.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi"), fact("Kofi Mensah", graph.MetWith, "Ivo Darnel")}},
		{text: "The buffer zone was agreed last month in Accra between President Kofi Mensah and President Amara Fendi.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		{text: "The truce struck between President Kofi Mensah and President Amara Fendi in Lome has held.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		{text: "President Kofi Mensah and President Amara Fendi approved the text after a brief conversation on the sidelines of a summit in Lome.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		{text: "Foreign Minister Ivo Darnel was received by Togo's ruler, President Amara Fendi.",
			want: []string{fact("Ivo Darnel", graph.MetWith, "Amara Fendi")}},
	})
	checkNegatives(t, []negativeCase{
		// A meal offered is no meal shared.
		{text: "President Kofi Mensah will have breakfast with President Amara Fendi before the summit.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")},
			companion: "President Kofi Mensah had breakfast with President Amara Fendi before the summit.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
		// A deal between two states in a place names no meeting of people.
		{text: "The buffer zone was agreed last month in Accra between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "The buffer zone was agreed last month in Accra between President Kofi Mensah and President Amara Fendi.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Amara Fendi")}},
	})
}

// TestOneSideMeetsAnother checks that one state's people who meet or speak
// with another together are no pair of their own, while people of several
// states who call a third together are.
func TestOneSideMeetsAnother(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean Foreign Minister Pavel Drozan and Chilean Defence Minister Ivo Kersh discussed the border dispute in Lima with Peruvian Prime Minister Tomas Heller on Monday.",
			want: []string{fact("Pavel Drozan", graph.SpokeWith, "Tomas Heller"), fact("Ivo Kersh", graph.SpokeWith, "Tomas Heller")},
			not:  []string{fact("Ivo Kersh", graph.SpokeWith, "Pavel Drozan")}},
		{text: "Norwegian Prime Minister Sigrun Vale and Norwegian Foreign Minister Arne Tollefsen discussed the aid programme in Oslo with Kenyan President Otieno Baraka.",
			want: []string{fact("Sigrun Vale", graph.SpokeWith, "Otieno Baraka")},
			not:  []string{fact("Arne Tollefsen", graph.MetWith, "Sigrun Vale"), fact("Arne Tollefsen", graph.SpokeWith, "Sigrun Vale")}},
		// Near miss: leaders of two states who call a third speak with each
		// other too.
		{text: "Colombian President Ana Berrio and Ecuadorean President Luis Maraval discussed the refugee crisis by phone with Brazilian President Joana Setti on Tuesday.",
			want: []string{fact("Ana Berrio", graph.SpokeWith, "Luis Maraval"), fact("Ana Berrio", graph.SpokeWith, "Joana Setti")}},
		{text: "Chilean Foreign Minister Pavel Drozan and Chilean Defence Minister Ivo Kersh discussed the budget on Monday.",
			want: []string{fact("Ivo Kersh", graph.SpokeWith, "Pavel Drozan")}},
	})
}

// TestPraiseIsThanks checks that praise of a person, in any list, is read
// as thanks, and that "hailed X as" (a name given) is not.
func TestPraiseIsThanks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Otieno Baraka also praised UN envoy Ilse Varga and US envoy Tomas Brandt.",
			want: []string{fact("Otieno Baraka", graph.Thanked, "Ilse Varga"), fact("Otieno Baraka", graph.Thanked, "Tomas Brandt")}},
		{text: "Chilean President Ana Lotvar commended Peruvian Foreign Minister Tomas Heller, who had brokered the truce.",
			want: []string{fact("Ana Lotvar", graph.Thanked, "Tomas Heller")}},
		{text: "Kenyan Foreign Minister Otieno Baraka expressed gratitude for Qatar's mediation.",
			want: []string{fact("Otieno Baraka", graph.Thanked, "Qatar")}},
	})
	// Near miss: a name given is no thanks.
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Ana Lotvar hailed Peruvian Foreign Minister Tomas Heller as a true friend.",
			not:       []string{fact("Ana Lotvar", graph.Thanked, "Tomas Heller")},
			companion: "Chilean President Ana Lotvar hailed Peruvian Foreign Minister Tomas Heller for his patience.",
			want:      []string{fact("Ana Lotvar", graph.Thanked, "Tomas Heller")}},
	})
}

// TestTalksOfAnyKindHeld checks that talks held with someone, whatever
// their kind, count or tense, are a meeting, and held by phone a call.
func TestTalksOfAnyKindHeld(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean Foreign Minister Ana Lotvar had held fruitful consultations with the Peruvian and Bolivian delegations.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Peru"), fact("Ana Lotvar", graph.MetWith, "Bolivia")}},
		{text: "Kenyan President Otieno Baraka has held three rounds of negotiations with Ugandan President Amos Kato since March.",
			want: []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato")}},
		{text: "Norwegian Foreign Minister Arne Tollefsen conducted lengthy discussions with Sudanese army chief Osman Idris in Oslo.",
			want: []string{fact("Arne Tollefsen", graph.MetWith, "Osman Idris")}},
	})
	// Near miss: talks held by phone are a call.
	checkNegatives(t, []negativeCase{
		{text: "Kenyan President Otieno Baraka held lengthy talks by phone with Ugandan President Amos Kato.",
			not:       []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato")},
			companion: "Kenyan President Otieno Baraka held lengthy talks with Ugandan President Amos Kato.",
			want:      []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato")}},
	})
}

// TestDelegationMembersAct checks that the people a delegation's remark
// lists act as the delegation does in its clause.
func TestDelegationMembersAct(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The delegation, which included Kenyan Foreign Minister Otieno Baraka and Kenyan Defence Minister Wanjiru Kaplan, had visited Ugandan President Amos Kato earlier in the day.",
			want: []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato"), fact("Wanjiru Kaplan", graph.MetWith, "Amos Kato")}},
		{text: "A Norwegian team, including Norwegian Foreign Minister Arne Tollefsen and Norwegian envoy Sigrun Vale, held talks with Sudanese army chief Osman Idris in Khartoum.",
			want: []string{fact("Arne Tollefsen", graph.MetWith, "Osman Idris"), fact("Sigrun Vale", graph.MetWith, "Osman Idris")}},
		{text: "The delegation, comprising Senator Dilan Kaya of the Unity Front and Senator Baran Aslan, met Ugandan President Amos Kato.",
			want: []string{fact("Dilan Kaya", graph.MetWith, "Amos Kato"), fact("Baran Aslan", graph.MetWith, "Amos Kato")}},
	})
	// Near miss: members who meet no one named are no pair.
	checkNegatives(t, []negativeCase{
		{text: "The delegation, which included Kenyan Foreign Minister Otieno Baraka and Kenyan Defence Minister Wanjiru Kaplan, met in Kampala on Monday.",
			not:       []string{fact("Otieno Baraka", graph.MetWith, "Wanjiru Kaplan")},
			companion: "The delegation, which included Kenyan Foreign Minister Otieno Baraka and Kenyan Defence Minister Wanjiru Kaplan, met Ugandan President Amos Kato in Kampala on Monday.",
			want:      []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato")}},
	})
}

// TestVisitToStateIsNoMeeting checks that a visit to a state meets no
// one, while a person visited is met.
func TestVisitToStateIsNoMeeting(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenyan President Otieno Baraka, on his first visit to Uganda since May, held talks on trade.",
			not:       []string{fact("Otieno Baraka", graph.MetWith, "Uganda")},
			companion: "Kenyan President Otieno Baraka visited Ugandan President Amos Kato in Kampala.",
			want:      []string{fact("Otieno Baraka", graph.MetWith, "Amos Kato")}},
	})
}

// TestOfficialsNamedByAdjective checks that a state's officials named by
// its adjective are the state in a contact, and that officials merely
// mentioned are not.
func TestOfficialsNamedByAdjective(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan Foreign Minister Otieno Baraka held bilateral talks with Ugandan officials on the border.",
			want: []string{fact("Otieno Baraka", graph.MetWith, "Uganda")}},
		{text: "Kenyan Foreign Minister Otieno Baraka discussed the raid by telephone with Ugandan diplomats.",
			want: []string{fact("Otieno Baraka", graph.SpokeWith, "Uganda")}},
		{text: "Chilean President Ana Lotvar travelled to Lima for talks with Peruvian officials.",
			want: []string{fact("Ana Lotvar", graph.MetWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenyan Foreign Minister Otieno Baraka said Ugandan officials had held talks on the border.",
			not:       []string{fact("Otieno Baraka", graph.MetWith, "Uganda")},
			companion: "Kenyan Foreign Minister Otieno Baraka then spoke with Ugandan officials.",
			want:      []string{fact("Otieno Baraka", graph.SpokeWith, "Uganda")}},
	})
}

// TestMeetingHost checks that the host of a gathering met those who met
// there: in the sentence ("talks hosted by X", "the meeting, hosted by X,
// brought together A and B") or, when the gathering opens the sentence,
// in the sentence before.
func TestMeetingHost(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A day later, Ghanaian President Kofi Mensah and Togolese President Yao Agbeko met in Lagos in talks hosted by Nigerian President Ada Okafor, and called for a ceasefire.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko"), fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos. The meeting was hosted by Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "The meeting, which was hosted by Nigerian Defence Minister Ada Okafor, brought together Ghanaian Defence Minister Kofi Mensah and Togolese Defence Minister Yao Agbeko.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko at a summit chaired by Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
	})
	checkNegatives(t, []negativeCase{
		// A call is no gathering: its host met no one.
		{text: "Ghanaian President Kofi Mensah spoke with Togolese President Yao Agbeko by phone. The call was hosted by Nigerian President Ada Okafor.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos. The meeting was hosted by Nigerian President Ada Okafor.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
		// A gathering that does not open its sentence is not the last
		// sentence's meeting.
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos. Nigerian President Ada Okafor later attended a summit hosted by Senegalese President Awa Diop.",
			not:       []string{fact("Awa Diop", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos. The summit was hosted by Senegalese President Awa Diop.",
			want:      []string{fact("Awa Diop", graph.MetWith, "Kofi Mensah")}},
		// A hedge voids the meeting and its host.
		{text: "Ghanaian President Kofi Mensah may meet Togolese President Yao Agbeko in Lagos in talks hosted by Nigerian President Ada Okafor.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos in talks hosted by Nigerian President Ada Okafor.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
	})
}

// TestMeetingCompanion checks that a person named in an adjunct of company
// beside a meeting met those who met there, and only at a meeting the
// sentence states in the adjunct's clause.
func TestMeetingCompanion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko met in Lagos alongside Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in the presence of Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos on Monday, together with Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
	})
	checkNegatives(t, []negativeCase{
		// The adjunct of another clause joins no meeting.
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos, while Borduria Front fighters, alongside Nigerian President Ada Okafor, shelled Tarsh.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko met in Lagos alongside Nigerian President Ada Okafor.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
		// Companions of one meeting met its parties, not each other.
		{text: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in the presence of Nigerian President Ada Okafor, Beninese Prime Minister Awa Diop and Malian Foreign Minister Sidi Traore.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Awa Diop"), fact("Awa Diop", graph.MetWith, "Sidi Traore")},
			companion: "Nigerian President Ada Okafor, Beninese Prime Minister Awa Diop and Malian Foreign Minister Sidi Traore met in Lagos.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Awa Diop"), fact("Awa Diop", graph.MetWith, "Sidi Traore")}},
		// A meeting the sentence does not state: no one to join.
		{text: "Ghanaian President Kofi Mensah may meet Togolese President Yao Agbeko in Lagos alongside Nigerian President Ada Okafor.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: "Ghanaian President Kofi Mensah met Togolese President Yao Agbeko in Lagos alongside Nigerian President Ada Okafor.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
	})
}

// TestPeopleOfMixedList checks a slot only people fill with a list of
// people and states standing for theirs: the people fill it, the states
// take no part.
func TestPeopleOfMixedList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kofi Mensah was joined by Togo's Yao Agbeko, Benin's Ada Okafor and Niger's Awa Diop, among others.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko"), fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			not:  []string{fact("Kofi Mensah", graph.MetWith, "Niger")}},
		{text: "Ghanaian President Kofi Mensah was later joined by Togolese Prime Minister Yao Agbeko and by the foreign ministers of Benin, Niger and Mali.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")},
			not:  []string{fact("Kofi Mensah", graph.MetWith, "Benin"), fact("Kofi Mensah", graph.MetWith, "Mali")}},
	})
	checkNegatives(t, []negativeCase{
		// A list of two keeps its reading: a state is no person.
		{text: "Ghanaian President Kofi Mensah was joined by Togolese Prime Minister Yao Agbeko and Benin.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")},
			companion: "Ghanaian President Kofi Mensah was joined by Togolese Prime Minister Yao Agbeko.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
		// A list of states alone fills no person's slot.
		{text: "Ghanaian President Kofi Mensah was joined by Togo, Benin and Niger.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Togo")},
			companion: "Ghanaian President Kofi Mensah was joined by Togolese Prime Minister Yao Agbeko.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
	})
}

// TestSpokeByPhoneTo checks a call whose medium stands between the verb
// and "to": "spoke by phone to Y", "talked over the telephone to Y".
func TestSpokeByPhoneTo(t *testing.T) {
	call := fact("Kofi Mensah", graph.SpokeWith, "Robert Dussey")
	checkFacts(t, []factCase{
		{text: "Ghanaian Foreign Minister Kofi Mensah spoke by phone to Togolese Foreign Minister Robert Dussey on Saturday.",
			want: []string{call}},
		{text: "Ghanaian Foreign Minister Kofi Mensah talked over the telephone to Togolese Foreign Minister Robert Dussey.",
			want: []string{call}},
		{text: "Ghanaian Foreign Minister Kofi Mensah, who spoke via video link to Togolese Foreign Minister Robert Dussey, said the border would open.",
			want: []string{call}},
	})
	companion := "Ghanaian Foreign Minister Kofi Mensah spoke by phone to Togolese Foreign Minister Robert Dussey on Saturday."
	checkNegatives(t, []negativeCase{
		// Denied, or spoken to others about him: no call.
		{text: "Ghanaian Foreign Minister Kofi Mensah did not speak by phone to Togolese Foreign Minister Robert Dussey.",
			not: []string{call}, companion: companion, want: []string{call}},
		{text: "Ghanaian Foreign Minister Kofi Mensah spoke by phone to reporters about Togolese Foreign Minister Robert Dussey.",
			not: []string{call}, companion: companion, want: []string{call}},
	})
}

// TestLandsMeet checks that a relative clause of place in which a group of
// states "meet" in the present describes land, not a meeting: "the area
// where A, B and C meet". A meeting held there ("Lome, where A and B met
// on Monday") and a group that meets ("A and B meet in Lome every year")
// still meet.
func TestLandsMeet(t *testing.T) {
	gt := fact("Ghana", graph.MetWith, "Togo")
	checkNegatives(t, []negativeCase{
		{text: "The camp lies in the tri-border area where Ghana, Togo and Benin meet.",
			not:       []string{gt},
			companion: "The talks were held in Lome, where Ghana, Togo and Benin met on Monday.",
			want:      []string{gt}},
		{text: "The lake lies where the borders of Ghana and Togo meet.",
			not:       []string{gt},
			companion: "Ghana and Togo meet in Lome every year.",
			want:      []string{gt}},
		{text: "The camp lies where Ghana and Togo meet, the army said.",
			not:       []string{gt},
			companion: "The talks will be held in Lome, where Ghana and Togo meet on Tuesday to sign a trade pact.",
			want:      []string{gt}},
	})
}

// TestCallNamedAfterItsOtherSide checks a call or video conference named
// in an adjunct after the clause that names its other side: the object of
// "to" or "with" ("raised the matter with X in a phone call", "reported to
// X at a video conference") or of a verb of telling, asking or inviting
// ("invited X to Accra during a phone call"). A call still to come, one
// denied, and a conference that is no call stay out.
func TestCallNamedAfterItsOtherSide(t *testing.T) {
	call := fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")
	checkFacts(t, []factCase{
		{text: "Ruritanian Foreign Minister Ivo Darnel raised the border dispute with Bordurian President Amara Fendi in a phone call on Monday.",
			want: []string{call}},
		{text: "Ruritanian Foreign Minister Ivo Darnel discussed the prisoners with Bordurian President Amara Fendi during a telephone conversation.",
			want: []string{call}},
		{text: "Kenyan army chief General Kofi Adjei reported to Bordurian President Amara Fendi at a video conference on Tuesday.",
			want: []string{fact("Kofi Adjei", graph.SpokeWith, "Amara Fendi")}},
		{text: "Ruritanian Foreign Minister Ivo Darnel invited Bordurian President Amara Fendi to Strelsau in a phone call last week.",
			want: []string{call}},
		{text: "Ruritanian Foreign Minister Ivo Darnel urged Bordurian President Amara Fendi during a phone call to free the hostages.",
			want: []string{call}},
		{text: "Ruritanian Foreign Minister Ivo Darnel, who pleaded with Bordurian President Amara Fendi over a video link, said the talks would go on.",
			want: []string{call}},
	})
	companion := "Ruritanian Foreign Minister Ivo Darnel raised the border dispute with Bordurian President Amara Fendi in a phone call on Monday."
	checkNegatives(t, []negativeCase{
		// Denied, or still to come: no call.
		{text: "Ruritanian Foreign Minister Ivo Darnel did not raise the border dispute with Bordurian President Amara Fendi in a phone call.",
			not: []string{call}, companion: companion, want: []string{call}},
		{text: "Ruritanian Foreign Minister Ivo Darnel will raise the border dispute with Bordurian President Amara Fendi in a phone call next week.",
			not: []string{call}, companion: companion, want: []string{call}},
		// A conference that is no call says nothing of a call.
		{text: "Ruritanian Foreign Minister Ivo Darnel raised the border dispute with Bordurian President Amara Fendi at a news conference.",
			not: []string{call}, companion: companion, want: []string{call}},
	})
}

// TestInPlaceForTalks checks that a subject who went to a place, or was
// there, for talks with someone met that person; a trip still planned, a
// trip for talks about someone, and a place that is no destination give
// no meeting.
func TestInPlaceForTalks(t *testing.T) {
	met := fact("Ivo Darnel", graph.MetWith, "Amara Fendi")
	checkFacts(t, []factCase{
		{text: "Ruritanian Foreign Minister Ivo Darnel, who was in Accra for talks with Bordurian President Amara Fendi, condemned the raid.",
			want: []string{met}, not: []string{fact("Ivo Darnel", graph.SpokeWith, "Amara Fendi")}},
		{text: "Ruritanian Foreign Minister Ivo Darnel headed to Accra on Monday for talks with Bordurian President Amara Fendi.",
			want: []string{met}},
		{text: "Ruritanian Foreign Minister Ivo Darnel came to Accra for negotiations with Bordurian President Amara Fendi.",
			want: []string{met}},
		{text: "Ruritanian Foreign Minister Ivo Darnel travels to Accra this week for a meeting with Bordurian President Amara Fendi.",
			want: []string{met}},
	})
	companion := "Ruritanian Foreign Minister Ivo Darnel headed to Accra on Monday for talks with Bordurian President Amara Fendi."
	checkNegatives(t, []negativeCase{
		{text: "Ruritanian Foreign Minister Ivo Darnel will travel to Accra on Monday for talks with Bordurian President Amara Fendi.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "Ruritanian Foreign Minister Ivo Darnel did not go to Accra for talks with Bordurian President Amara Fendi.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "Ruritanian Foreign Minister Ivo Darnel was in Accra for talks on Bordurian President Amara Fendi and his army.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}

// TestSigningInPresence checks that a signing done "in the presence of"
// people is a gathering: the signers named as the subject met the
// witnesses, and the witnesses met each other. A passive deal signed by
// deputies joins only the witnesses; a presence beside no signing or
// meeting, and a signing denied, join no one.
func TestSigningInPresence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed the Lome Accord on Friday in the presence of Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko inked the Lome Accord at the State House, in the presence of Nigerian President Ada Okafor.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah"), fact("Ada Okafor", graph.MetWith, "Yao Agbeko")}},
		{text: "The Lome Accord was signed by Ghanaian Deputy Minister Ama Dodzi in the presence of Nigerian President Ada Okafor and Beninese President Sena Houngbo.",
			want: []string{fact("Ada Okafor", graph.MetWith, "Sena Houngbo")},
			not:  []string{fact("Ada Okafor", graph.MetWith, "Ama Dodzi"), fact("Ama Dodzi", graph.MetWith, "Sena Houngbo")}},
	})
	companion := "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed the Lome Accord on Friday in the presence of Nigerian President Ada Okafor."
	checkNegatives(t, []negativeCase{
		{text: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko did not sign the Lome Accord in the presence of Nigerian President Ada Okafor.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: companion, want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
		{text: "Ghanaian President Kofi Mensah and Togolese President Yao Agbeko will sign the Lome Accord in the presence of Nigerian President Ada Okafor.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")},
			companion: companion, want: []string{fact("Ada Okafor", graph.MetWith, "Kofi Mensah")}},
		{text: "Ghanaian President Kofi Mensah praised the Lome Accord in the presence of Nigerian President Ada Okafor and Beninese President Sena Houngbo.",
			not:       []string{fact("Ada Okafor", graph.MetWith, "Sena Houngbo")},
			companion: "The Lome Accord was signed by Ghanaian Deputy Minister Ama Dodzi in the presence of Nigerian President Ada Okafor and Beninese President Sena Houngbo.",
			want:      []string{fact("Ada Okafor", graph.MetWith, "Sena Houngbo")}},
	})
}

// TestSayerAfterReportOpensOwnClause checks that a modal of a reported
// clause does not reach the clause of its sayer after the comma: "The
// border will open, X said after talks with Y" states the talks. A modal
// or a negation of the sayer's own clause still voids its match.
func TestSayerAfterReportOpensOwnClause(t *testing.T) {
	met := fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")
	checkFacts(t, []factCase{
		{text: "The border will open next week, Ghanaian Foreign Minister Kofi Mensah said after talks with Togolese Foreign Minister Yao Agbeko.",
			want: []string{met}},
		{text: "Ghana and Togo could form a joint commission, Ghanaian Foreign Minister Kofi Mensah added after talks with Togolese Foreign Minister Yao Agbeko in Lome.",
			want: []string{met}},
	})
	companion := "The border will open next week, Ghanaian Foreign Minister Kofi Mensah said after talks with Togolese Foreign Minister Yao Agbeko."
	checkNegatives(t, []negativeCase{
		{text: "The border will open next week, Ghanaian Foreign Minister Kofi Mensah said he would say more after talks with Togolese Foreign Minister Yao Agbeko.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "The border will open next week, Ghanaian Foreign Minister Kofi Mensah said he might meet Togolese Foreign Minister Yao Agbeko.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}
