package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// The constructions added for other outlets' styles; every sentence is
// written for the test.
func TestAddedConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		// met-with: talks somewhere, then "with"; a group holding a meeting.
		{text: "Zarif held talks in Ankara with Cavusoglu about the Kurdish militia.",
			want: []string{fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")}},
		{text: "Russia, Turkey and Iran held a trilateral summit in Tehran on Friday.",
			want: []string{fact("Russia", graph.MetWith, "Turkey"), fact("Iran", graph.MetWith, "Turkey")}},
		// fights: alongside X against O; strikes on a state's sites.
		{text: "Kata'ib Hezbollah fought alongside the Syrian army against the Free Syrian Army near Aleppo.",
			want: []string{fact("Free Syrian Army", graph.Fights, "Kata'ib Hezbollah")},
			not:  []string{fact("Kata'ib Hezbollah", graph.Fights, "Syrian Arab Army")}},
		{text: "Turkey said its jets bombed YPG positions and depots near Afrin.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")}},
		{text: "The US-led coalition hit several Islamic State oil facilities near Deir ez-Zor.",
			want: []string{fact("Islamic State", graph.Fights, "US-led coalition")}},
		{text: "Turkey has conducted dozens of raids in Iraq this year against sites linked to the PKK.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		// opposes: acting against or countering a state's presence.
		{text: "Saudi Arabia vowed to keep working against Iranian expansion in Yemen.",
			want: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
		{text: "Washington seeks to curb Iran's influence in Iraq.",
			want: []string{fact("United States", graph.Opposes, "Iran")}},
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
			want: []string{fact("Iran", graph.Supports, "Asa'ib Ahl al-Haq")}},
		{text: "Qatar, which along with Saudi Arabia is a patron of the Islamic Front, said on Monday.",
			want: []string{fact("Qatar", graph.Supports, "Islamic Front"), fact("Saudi Arabia", graph.Supports, "Islamic Front")}},
		{text: "The Badr Organization militia, which, together with Iran, has propped up the government of Haider al-Abadi, fought in Tikrit.",
			want: []string{fact("Badr Organization", graph.Supports, "Haider al-Abadi"), fact("Iran", graph.Supports, "Haider al-Abadi")}},
		// The Zionist regime is Israel.
		{text: "Velayati condemned the Zionist regime for its attacks on Syria.",
			want: []string{fact("Ali Akbar Velayati", graph.Opposes, "Israel")}},
		// Coordinated demonyms before a group noun.
		{text: "Turkish and Russian troops attacked Jabhat al-Nusra positions in Idlib.",
			want: []string{fact("Jabhat Fatah al-Sham", graph.Fights, "Russia"), fact("Jabhat Fatah al-Sham", graph.Fights, "Turkey")}},
	})
}

func TestAddedConstructions2(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish troops neutralized 7 PKK terrorists in northern Iraq.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "In a telephone call with his French counterpart Emmanuel Macron, Erdogan discussed Idlib.",
			want: []string{fact("Emmanuel Macron", graph.SpokeWith, "Recep Tayyip Erdoğan")}},
		{text: "On Monday, Lavrov held talks with his Saudi and Qatari counterparts in Moscow.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Saudi Arabia"), fact("Sergei Lavrov", graph.MetWith, "Qatar")}},
		// A name glued to "-dominated", "-led" qualifies the next name.
		{text: "Washington equipped and armed the PYD-dominated SDF last year.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")},
			not:  []string{fact("United States", graph.Supports, "Democratic Union Party")}},
		{text: "Faylaq al-Sham, a coalition of rebel factions supported by Ankara, entered Afrin.",
			want: []string{fact("Turkey", graph.Supports, "Faylaq al-Sham")}},
	})
}

func TestAddedConstructions3(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Free Syrian Army said it repelled an assault by Islamic State near Azaz.",
			want: []string{fact("Free Syrian Army", graph.Fights, "Islamic State")}},
		{text: "Qatar denounced the shelling of Eastern Ghouta by the Syrian army.",
			want: []string{fact("Qatar", graph.Opposes, "Syria")}},
		{text: "Damascus condemned the Turkish incursion into Afrin.",
			want: []string{fact("Syria", graph.Opposes, "Turkey")}},
		// A state's forces named by demonym are the state when opposed.
		{text: "Tehran condemned the latest Israeli military strikes near Damascus.",
			want: []string{fact("Iran", graph.Opposes, "Israel")},
			not:  []string{fact("Iran", graph.Opposes, "Israel Defense Forces")}},
		{text: "British special forces trained Syrian rebels in Jordan.",
			want: []string{fact("United Kingdom", graph.Supports, "Syrian rebels")}},
	})
}

func TestAddedConstructions4(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran and Hezbollah, the staunchest backers of Assad, sent more fighters to Aleppo.",
			want: []string{fact("Iran", graph.Supports, "Bashar al-Assad"), fact("Hezbollah", graph.Supports, "Bashar al-Assad")}},
		{text: "The Turkish offensive against the YPG in Afrin entered its third week.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")}},
		{text: "The Peshmerga battled with Islamic State near Mosul.",
			want: []string{fact("Islamic State", graph.Fights, "Peshmerga")}},
	})
}

func TestAddedConstructions5(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peshmerga, which hold much of northern Iraq with American backing, retook the town.",
			want: []string{fact("United States", graph.Supports, "Peshmerga")}},
		{text: "The Free Syrian Army, with Turkish support, entered Jarablus.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")}},
		// A state after a direction is a place.
		{text: "Iran deployed fighters in eastern Syria.",
			not: []string{fact("Iran", graph.Supports, "Syria")}},
		{text: "Damascus denounced Ankara's repeated attacks on Syrian soil.",
			want: []string{fact("Syria", graph.Fights, "Turkey")}},
		{text: "Hezbollah fighters fired rockets at Israeli positions in the Shebaa Farms.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Moscow said it backed Damascus's right to regain all its territory.",
			want: []string{fact("Russia", graph.Supports, "Syria")}},
		// Appositives naming a body's parent.
		{text: "The Basij, the volunteer wing of the Revolutionary Guards, held drills.",
			want: []string{fact("Basij", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "The Federal Security Service of the Russian Federation said the plot was foiled.",
			want: []string{fact("FSB", graph.PartOf, "Russia")}},
		// ", that" opens a relative clause about the name before it.
		{text: "Iran backs the Fatemiyoun, that have fought alongside Syrian troops against Islamic State.",
			want: []string{fact("Fatemiyoun", graph.Fights, "Islamic State")}},
	})
}

func TestAddedConstructions6(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "During a meeting with Ayman Safadi in Amman, Lavrov stressed the need for a political settlement.",
			want: []string{fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
		{text: "In talks with Mike Pompeo, Netanyahu raised the issue of Iranian bases.",
			want: []string{fact("Benjamin Netanyahu", graph.SpokeWith, "Mike Pompeo")}},
		{text: "Lavrentiev, the special envoy, was received by Assad. During the meeting with Lavrentiev, the two sides discussed the constitutional committee.",
			want: []string{fact("Alexander Lavrentiev", graph.MetWith, "Bashar al-Assad")}},
	})
}

func TestAddedConstructions7(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish jets pounded YPG/PKK and Daesh hideouts near Manbij.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey"), fact("Kurdistan Workers' Party", graph.Fights, "Turkey"), fact("Islamic State", graph.Fights, "Turkey")}},
		{text: "The Southern Front, a Jordanian-backed alliance of rebel brigades, lost Daraa.",
			want: []string{fact("Jordan", graph.Supports, "Southern Front")}},
		{text: "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received Bashar al-Assad in Tehran.",
			want: []string{fact("Ali Khamenei", graph.MetWith, "Bashar al-Assad")}},
	})
}

func TestDiscussed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Lavrov and Zarif discussed the situation in Idlib on Tuesday.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
		// "the two sides" may be anyone named before: not enough for a call.
		{text: "Hezbollah fighters entered Qusayr. The two sides discussed a truce.",
			not: []string{fact("Hezbollah", graph.SpokeWith, "Syria")}},
	})
}

func TestHeldTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Cavusoglu held talks with Jubeir in Riyadh on Sunday.",
			want: []string{fact("Adel al-Jubeir", graph.MetWith, "Mevlüt Çavuşoğlu")}},
		{text: "Cavusoglu held phone talks with Jubeir on Sunday.",
			want: []string{fact("Adel al-Jubeir", graph.SpokeWith, "Mevlüt Çavuşoğlu")},
			not:  []string{fact("Adel al-Jubeir", graph.MetWith, "Mevlüt Çavuşoğlu")}},
	})
}

func TestDefiniteBodiesAndAllies(t *testing.T) {
	checkFacts(t, []factCase{
		// "the coalition" is the coalition named before.
		{text: "The US-led coalition trained Syrian Arab fighters near al-Tanf. The coalition also struck Islamic State in Mayadin.",
			want: []string{fact("Islamic State", graph.Fights, "US-led coalition")}},
		// "and its allies" names no one.
		{text: "Hezbollah and its allies, backed by Iran, advanced against the Nusra Front in Qalamoun.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah"), fact("Hezbollah", graph.Fights, "Jabhat Fatah al-Sham")}},
		{text: "Ankara condemned Washington's decision to arm the SDF.",
			want: []string{fact("United States", graph.Supports, "Syrian Democratic Forces")}},
		{text: "Major Karim Saleh Nassar, the militia's commander, was killed.",
			not: []string{fact("Major Karim Saleh Nassar", graph.HeadOf, "Hezbollah")}},
	})
}

func TestKilled(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A US drone strike killed Qassem Soleimani near Baghdad airport.",
			want: []string{fact("Qasem Soleimani", graph.Fights, "United States")}},
		{text: "Abu Mahdi al-Muhandis was killed in an American air strike in January.",
			want: []string{fact("Abu Mahdi al-Muhandis", graph.Fights, "United States")}},
		{text: "Israeli jets killed six Hezbollah fighters in Quneitra.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel Defense Forces")}},
		{text: "The blast that killed Hezbollah commander Imad Mughniyeh was never claimed.",
			not: []string{fact("Hezbollah", graph.Fights, "Imad Mughniyeh")}},
	})
}

func TestDescribedBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jaysh al-Izza, a rebel group backed by the United States, shelled Syrian army positions in Hama.",
			want: []string{fact("United States", graph.Supports, "Jaysh al-Izza")}},
		{text: "Liwa Abu al-Fadl al-Abbas, an Iranian-backed militia, fought in Damascus.",
			want: []string{fact("Iran", graph.Supports, "Liwa Abu al-Fadl al-Abbas")}},
	})
}

func TestListsAndRelatives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish jets bombed the PKK and its affiliates, including the YPG, in northern Iraq.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey"), fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "The strikes hit Iran and Hezbollah, which, along with Moscow, has backed the Assad government since 2012.",
			want: []string{fact("Hezbollah", graph.Supports, "Syrian government"), fact("Russia", graph.Supports, "Syrian government")},
			not:  []string{fact("Iran", graph.Supports, "Syrian government")}},
	})
}

func TestHeldBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian warplanes struck villages held by Jaysh al-Islam east of Damascus.",
			want: []string{fact("Jaysh al-Islam", graph.Fights, "Russian Aerospace Forces")}},
	})
}

func TestDelegation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rouhani received Erdogan and a Turkish delegation including Foreign Minister Mevlut Cavusoglu.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Mevlüt Çavuşoğlu")}},
	})
}

func TestSanctionsAndWithdrawal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The European Union imposed new sanctions on Hezbollah in 2013.",
			want: []string{fact("European Union", graph.Opposes, "Hezbollah")}},
		{text: "Israel insists that Iranian forces leave Syria.",
			want: []string{fact("Israel", graph.Opposes, "Iran")}},
	})
}

func TestProxiesAndThreats(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kataib Hezbollah, an Iranian proxy, fired rockets at the base.",
			want: []string{fact("Iran", graph.Supports, "Kata'ib Hezbollah")}},
		{text: "Analysts say Tehran's proxy Hezbollah is now stronger.",
			want: []string{fact("Iran", graph.Supports, "Hezbollah")}},
		{text: "Ankara threatened the YPG with a new offensive east of the Euphrates.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
		{text: "Erdogan vowed to crush the PKK in northern Iraq.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Opposes, "Kurdistan Workers' Party")}},
	})
}

func TestParticipialAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Badr Organization, led by Hadi al-Amiri since 2003, coordinates closely with the Quds Force.",
			want: []string{fact("Badr Organization", graph.CooperatesWith, "Quds Force")}},
		{text: "Russia intervened in September 2015 to rescue Assad.",
			want: []string{fact("Russia", graph.Supports, "Bashar al-Assad")}},
		{text: "Washington warned Ankara against a new incursion into Syria.",
			want: []string{fact("United States", graph.Opposes, "Turkey")}},
	})
}
