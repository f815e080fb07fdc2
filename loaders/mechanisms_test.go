package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// The mechanisms that apply to every pattern: lists in any slot, titles
// with their body, subjects carried to adjuncts and subordinate clauses,
// remarks left out, offices of a plural title in contacts. Every sentence
// is written for the test.
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
			want: []string{fact("Hassan Nasrallah", graph.Thanked, "Syrian Arab Army"), fact("Hassan Nasrallah", graph.Thanked, "Fatemiyoun")},
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

func TestCounterpartsArePeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin and Iranian President Hassan Rouhani in Ankara. Erdogan later thanked his Russian and Iranian counterparts for the talks.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Hassan Rouhani")},
			not:  []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Russia"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Iran")}},
		// The office of the counterparts not known: no one, and never
		// the states meeting.
		{text: "Qassem Soleimani visited Moscow in July. Turkey's intelligence chief and his Russian and Iranian counterparts met in Astana.",
			not: []string{fact("Iran", graph.MetWith, "Russia"), fact("Qasem Soleimani", graph.MetWith, "Russia")}},
	})
}

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

func TestTitlesWithTheirBody(t *testing.T) {
	checkFacts(t, []factCase{
		// The body owned in its turn, a rank between title and name.
		{text: "Commander of the Quds Force of Iran's Islamic Revolution Guards Corps Brigadier General Esmail Qaani visited Baghdad.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps"), fact("Islamic Revolutionary Guard Corps", graph.PartOf, "Iran")}},
		// An acronym in parentheses between the body and the title.
		{text: "National Intelligence Organization (MIT) chief Hakan Fidan flew to Damascus.",
			want: []string{fact("Hakan Fidan", graph.HeadOf, "National Intelligence Organization")}},
		// A body named inside the title, scoped to the state of the
		// title or, without one, of the holder.
		{text: "Russian Chief of General Staff Valery Gerasimov met Chief of General Staff Gen. Hulusi Akar in Sochi.",
			want: []string{fact("Valery Gerasimov", graph.HeadOf, "Russian General Staff"), fact("Hulusi Akar", graph.HeadOf, "Turkish General Staff")}},
		// The file of an envoy in capitalised words before the name.
		{text: "US Special Envoy for Syria Affairs James Jeffrey arrived in Ankara.",
			want: []string{fact("James Jeffrey", graph.EnvoyOf, "United States")}},
		{text: "Russia's chief negotiator at the Astana talks, Alexander Lavrentiev, spoke to reporters.",
			want: []string{fact("Alexander Lavrentiev", graph.EnvoyOf, "Russia")}},
		// "its founder and leader, X,": the body named before.
		{text: "Iran has long funded the Fatemiyoun Brigade. Its founder and commander, Ali Reza Tavassoli, was killed in 2015.",
			want: []string{fact("Ali Reza Tavassoli", graph.HeadOf, "Fatemiyoun")}},
		// "the body of its owner" is the body, part of the owner.
		{text: "The Quds Force of the IRGC, headed by Esmail Qaani, trains militias in Iraq.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")},
			not:  []string{fact("Esmail Qaani", graph.HeadOf, "Islamic Revolutionary Guard Corps")}},
		// ", a senior ORG official,".
		{text: "Naim Qassem, a senior Hezbollah political official, spoke in Beirut.",
			want: []string{fact("Naim Qassem", graph.MemberOf, "Hezbollah")}},
	})
}

func TestSubjectCarried(t *testing.T) {
	checkFacts(t, []factCase{
		// To an adjunct of the clause, past another actor.
		{text: "Jordan trained rebel units near Deraa, in coordination with the United States and Britain.",
			want: []string{fact("Jordan", graph.CooperatesWith, "United States"), fact("Jordan", graph.CooperatesWith, "United Kingdom")}},
		{text: "Turkish artillery pounded YPG positions near Manbij in support of the Free Syrian Army.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		// An adjunct right after a name is that name's; a subordinate
		// clause has its own subject.
		{text: "The rebels withdrew as Syrian troops, in coordination with Russian forces, advanced on Idlib.",
			want: []string{fact("Russia", graph.CooperatesWith, "Syrian Arab Army")},
			not:  []string{fact("Russia", graph.CooperatesWith, "Syrian rebels")}},
		// The adjunct takes the mood of its verb.
		{text: "Hezbollah, together with the Iraqi army, would defend the shrine.",
			not: []string{fact("Hezbollah", graph.CooperatesWith, "Iraq")}},
		{text: "Hezbollah, together with Iranian advisers, defended the shrine.",
			want: []string{fact("Hezbollah", graph.CooperatesWith, "Iran")}},
		// After a reported clause, ", and thanked" is the subject's again.
		{text: "Mazloum Abdi told reporters that the town had fallen, and thanked the US-led coalition.",
			want: []string{fact("Mazloum Abdi", graph.Thanked, "US-led coalition")}},
		// Past a reporting remark.
		{text: "Kuwait and Qatar, he said, sent money to the rebels.",
			want: []string{fact("Kuwait", graph.Supports, "Syrian rebels"), fact("Qatar", graph.Supports, "Syrian rebels")}},
		// Past a short remark and a participial clause.
		{text: "Damascus, for its part, condemned the Israeli aggression.",
			want: []string{fact("Syria", graph.Opposes, "Israel")}},
		{text: "The Syrian opposition, speaking in Geneva, demanded that Assad must step down.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		{text: "The Saudi-backed opposition bloc, gathering in Istanbul, demanded that Assad must step down.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		// The subject of a subordinate clause to its second verb.
		{text: "Lavrov spoke on Monday, a day after Zarif arrived in Moscow and held talks with Putin.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Vladimir Putin")}},
		// "visited X, where they met Y".
		{text: "Shoigu and Gerasimov visited Damascus on Friday, where they met Assad.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Sergei Shoigu")}},
	})
}

func TestNewRelationWords(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar pumped millions into Ahrar al-Sham during the war.",
			want: []string{fact("Qatar", graph.Supports, "Ahrar al-Sham")}},
		{text: "Hezbollah is considered a terrorist organization by Israel and the United States.",
			want: []string{fact("Israel", graph.Opposes, "Hezbollah"), fact("United States", graph.Opposes, "Hezbollah")}},
		{text: "Ankara designates the YPG as a terrorist group.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
		{text: "The YPG, the backbone of the SDF, holds most of the northeast.",
			want: []string{fact("People's Protection Units", graph.PartOf, "Syrian Democratic Forces")}},
		{text: "The SDF thanked the US-led coalition for its air support. Mazloum Abdi thanked the coalition for its military support.",
			want: []string{fact("US-led coalition", graph.Supports, "Syrian Democratic Forces"), fact("Syrian Democratic Forces", graph.Thanked, "US-led coalition")},
			// Support goes to a side, not to the person who thanks.
			not: []string{fact("US-led coalition", graph.Supports, "Mazloum Abdi")}},
		// Thanks for a position are no support.
		{text: "Shamkhani thanked Moscow for its position in support of the deal.",
			not: []string{fact("Russia", graph.Supports, "Ali Shamkhani")}},
		{text: "Free Syrian Army fighters backed by Turkish warplanes entered al-Bab.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		{text: "The Syrian army has routed Islamic State fighters in the desert.",
			want: []string{fact("Islamic State", graph.Fights, "Syrian Arab Army")}},
		// Support named by a nominalisation belongs to the state right
		// before it, not to the subject of the sentence.
		{text: "Turkey condemned American backing for the SDF.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")},
			not:  []string{fact("Turkey", graph.Supports, "Syrian Democratic Forces")}},
		{text: "Israel warned against Iranian support for Hezbollah.",
			not: []string{fact("Israel", graph.Supports, "Hezbollah")}},
		{text: "Kuwait expressed its full support for the Lebanese government.",
			want: []string{fact("Kuwait", graph.Supports, "Lebanon")}},
		{text: "Baghdad condemned the assassination of Kataib Hezbollah leader Abu Mahdi al-Muhandis by US forces.",
			want: []string{fact("Abu Mahdi al-Muhandis", graph.Fights, "United States")}},
		// Backing the holding of an event.
		{text: "Iran and Turkey backed the convening of the Syrian National Dialogue Congress.",
			want: []string{fact("Iran", graph.Supports, "Syrian National Dialogue Congress"), fact("Turkey", graph.Supports, "Syrian National Dialogue Congress")}},
		// A pretext is no fact.
		{text: "Moscow armed the YPG under the pretext of fighting Islamic State.",
			not: []string{fact("Islamic State", graph.Fights, "People's Protection Units")}},
		// "and is listed ... by" carries no subject.
		{text: "The PKK has fought Turkey for decades and is listed as a terrorist group by the European Union.",
			not: []string{fact("European Union", graph.Opposes, "Turkey")}},
	})
}
