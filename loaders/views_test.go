package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Sentences whose subject stands far from its verb, behind a relative
// clause, an appositive or a first verb phrase.
func TestViews(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan, who will travel to Tehran next month, met Rouhani in Ankara on Monday.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan")}},
		{text: "Lavrov, who said Moscow may send more troops, criticized Washington over the strikes.",
			want: []string{fact("Sergei Lavrov", graph.Opposes, "United States")}},
		{text: "Qatar, the main sponsor of the talks in Doha, has pledged aid to Jordan and condemned Israel's raids on Gaza.",
			want: []string{fact("Qatar", graph.Opposes, "Israel")}},
		{text: "Cavusoglu criticised the sanctions imposed by Washington and thanked Tehran for its hospitality.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.Thanked, "Iran")}},
		{text: `"Our cooperation is strong," Rouhani told Assad in Damascus, thanking him for the invitation.`,
			want: []string{fact("Hassan Rouhani", graph.Thanked, "Bashar al-Assad")}},
		// A hedge in the parenthetical clause does not reach the main verb,
		// but one in the main clause still voids it.
		{text: "Erdogan, who met Rouhani on Monday, may visit Moscow next week.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan")},
			not:  []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Russia")}},
		// A reported clause keeps its own subject.
		{text: "Lavrov said that Ankara had hosted the talks, and Tehran thanked Damascus.",
			not: []string{fact("Sergei Lavrov", graph.Thanked, "Syria")}},
		{text: "Jordan said it struck Islamic State positions near the border.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
	})
}

// References to actors named before: groups, people of a state.
func TestGroupReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia, Turkey and Iran issued a statement in Sochi. The three countries agreed to coordinate their efforts in Idlib.",
			want: []string{fact("Russia", graph.CooperatesWith, "Turkey"), fact("Iran", graph.CooperatesWith, "Turkey")}},
		{text: "Envoys of Russia, Iran and Turkey gathered in Geneva. The guarantors condemned Jabhat al-Nusra's attacks on Aleppo.",
			want: []string{fact("Iran", graph.Opposes, "Jabhat Fatah al-Sham")}},
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

// Offices read from appositives and names the catalog lacks.
func TestRoleAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hadi al-Amiri, who also heads the Badr Organization, met Soleimani in Baghdad.",
			want: []string{fact("Hadi al-Amiri", graph.HeadOf, "Badr Organization"), fact("Hadi al-Amiri", graph.MetWith, "Qasem Soleimani")}},
		{text: "Russian Deputy Foreign Minister Sergei Ryabkov, who is also Putin's special envoy for arms control, spoke to reporters.",
			want: []string{fact("Sergei Ryabkov", graph.EnvoyOf, "Russia")},
			not:  []string{fact("Sergei Ryabkov", graph.ForeignMinisterOf, "Russia")}},
		{text: "Ismail Qaani, who succeeded Soleimani as commander of the Quds Force, met Nasrallah.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Esmail Qaani", graph.MetWith, "Hassan Nasrallah")}},
		{text: "Kamal Hassan Zarif, the new ambassador, presented his credentials.",
			not: []string{fact("Mohammad Javad Zarif", graph.EnvoyOf, "Iran")}},
		{text: "Damascus received Iranian Ambassador in Damascus Hassan Mehdi Lavrov on Sunday.",
			want: []string{fact("Hassan Mehdi Lavrov", graph.EnvoyOf, "Iran")},
			not:  []string{fact("Sergei Lavrov", graph.EnvoyOf, "Iran")}},
		{text: "Pentagon spokesman Lieutenant Colonel Mark Wright said the strikes continued.",
			want: []string{fact("Mark Wright", graph.SpokespersonOf, "Pentagon")}},
		{text: "Foreign Minister Ayman Safadi held talks in Amman with his Russian counterpart Sergei Lavrov.",
			want: []string{fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
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
		{text: `We back the Kurdish fighters of the YPG, the statement said.`,
			not: []string{fact("United States", graph.Supports, "People's Protection Units")}},
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
}

func TestHeadlinePlansAndPhone(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Assad and Rouhani to meet in Tehran next month",
			not: []string{fact("Bashar al-Assad", graph.MetWith, "Hassan Rouhani")}},
		{text: "Zarif, who talked to Lavrov by phone on Sunday, left for Baghdad.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
	})
}

// Negations and hedges still void what they govern in every view.
func TestScopedHedges(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia denied that its jets had struck the Free Syrian Army near Homs.",
			not: []string{fact("Free Syrian Army", graph.Fights, "Russia")}},
		{text: "The Kremlin said Putin had no plans to meet Erdogan this month.",
			not: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Assad will visit Moscow in May, while Rouhani met Putin in Tehran on Monday.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Russia")}},
		{text: "Erdogan, who met Putin in Sochi, may also host Rouhani and meet Assad.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Recep Tayyip Erdoğan"), fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan")}},
		{text: "Iran has never armed the Houthis and did not fund Hamas, Zarif said.",
			not: []string{fact("Iran", graph.Supports, "Hamas")}},
	})
}

func TestClauseHedges(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Assad met Putin in Sochi on Monday, while Iran reportedly sent more advisers to Aleppo.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Vladimir Putin")}},
		{text: "Putin, who reportedly fell ill last week, met Erdogan in Moscow.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Qatar reportedly funded Jabhat al-Nusra through intermediaries.",
			not: []string{fact("Qatar", graph.Supports, "Jabhat Fatah al-Sham")}},
		{text: "According to unconfirmed reports, Soleimani met Nasrallah in Damascus.",
			not: []string{fact("Hassan Nasrallah", graph.MetWith, "Qasem Soleimani")}},
	})
}
