package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestHostility checks the readings of fights and opposes.
func TestHostility(t *testing.T) {
	checkFacts(t, []factCase{
		// A participle after an appositive's common noun states a fight.
		{text: "Washington armed the YPG, a Kurdish militia battling the Islamic State near Kobani, for two years.",
			want: []string{fact("Islamic State", graph.Fights, "People's Protection Units")}},
		{text: "Ankara denounced the YPG, a group fighting against Turkish troops in Afrin.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")}},
		// A person's forces are the person's side.
		{text: "Turkish troops attacked Assad's forces near Saraqeb on Thursday.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Turkey")}},
		// Fighting to topple someone is fighting him.
		{text: "The Free Syrian Army has been fighting to overthrow Bashar al-Assad since 2012.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Free Syrian Army")}},
		// A companion adjunct: both the subject and its companion act.
		{text: "Iraqi forces, together with the Popular Mobilization Forces, defeated Islamic State in Mosul.",
			want: []string{
				fact("Iraq", graph.Fights, "Islamic State"),
				fact("Islamic State", graph.Fights, "Popular Mobilization Forces"),
			}},
		{text: "Iraqi forces, in support of the Popular Mobilization Forces, defeated Islamic State in Mosul.",
			want: []string{fact("Iraq", graph.Supports, "Popular Mobilization Forces"), fact("Iraq", graph.Fights, "Islamic State")},
			not:  []string{fact("Islamic State", graph.Fights, "Popular Mobilization Forces")}},
		// People who condemn an aggression on a territory do not fight it.
		{text: "Lavrov and Zarif condemned the repeated Turkish attacks on Iraqi territory.",
			want: []string{fact("Turkey", graph.Fights, "Iraq")},
			not:  []string{fact("Iraq", graph.Fights, "Sergei Lavrov")}},
		// "the two countries' forces" are the states.
		{text: "Jordan and Iraq agreed the border was secure after the two countries' forces drove Islamic State out of the area.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
		{text: "Turkey has conducted dozens of air strikes in northern Iraq since March against the PKK.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		// A group that clashes among itself, but not with a third party.
		{text: "Jordanian and Israeli troops clashed near the border on Monday.",
			want: []string{fact("Israel", graph.Fights, "Jordan")}},
		{text: "Heavy clashes broke out between Turkish and Syrian troops near Saraqeb.",
			want: []string{fact("Syrian Arab Army", graph.Fights, "Turkey")}},
		// Aircraft named by their state's demonym stand for the state.
		{text: "Jordanian F-16s struck Islamic State positions near the border.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
		{text: "Russian helicopters attacked rebel positions near Hama.",
			want: []string{fact("Russia", graph.Fights, "Syrian rebels")}},
		// A description ("one of ...") or an adjunct after a name is left
		// out of the simpler view.
		{text: "Hezbollah fighters, alongside the Syrian army, attacked Islamic State positions near Arsal.",
			want: []string{fact("Hezbollah", graph.Fights, "Islamic State")},
			not:  []string{fact("Islamic State", graph.Fights, "Syrian Arab Army"), fact("Hezbollah", graph.Fights, "Syrian Arab Army")}},
		{text: "Iraqi troops, alongside Kurdish Peshmerga units, attacked Islamic State positions near Mosul.",
			want: []string{fact("Iraq", graph.Fights, "Islamic State")}},
		// Condemning a person's decision.
		{text: "Tehran condemned the decision of US President Donald Trump.",
			want: []string{fact("Iran", graph.Opposes, "Donald Trump")}},
		{text: "Hezbollah is considered a terrorist organization by Israel and the United States.",
			want: []string{fact("Israel", graph.Opposes, "Hezbollah"), fact("United States", graph.Opposes, "Hezbollah")}},
		{text: "Ankara designates the YPG as a terrorist group.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
		// Thanks for a position are no support.
		{text: "The Syrian army has routed Islamic State fighters in the desert.",
			want: []string{fact("Islamic State", graph.Fights, "Syrian Arab Army")}},
		// Support named by a nominalisation belongs to the state right
		// before it, not to the subject of the sentence.
		{text: "Baghdad condemned the assassination of Kataib Hezbollah leader Abu Mahdi al-Muhandis by US forces.",
			want: []string{fact("Abu Mahdi al-Muhandis", graph.Fights, "United States")}},
		// A pretext is no fact.
		{text: "Moscow armed the YPG under the pretext of fighting Islamic State.",
			want: []string{fact("Russia", graph.Supports, "People's Protection Units")},
			not:  []string{fact("Islamic State", graph.Fights, "People's Protection Units")}},
		// "and is listed ... by" carries no subject.
		{text: "The PKK has fought Turkey for decades and is listed as a terrorist group by the European Union.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")},
			not:  []string{fact("European Union", graph.Opposes, "Turkey")}},
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
		// The Zionist regime is Israel.
		{text: "Velayati condemned the Zionist regime for its attacks on Syria.",
			want: []string{fact("Ali Akbar Velayati", graph.Opposes, "Israel")}},
		// Coordinated demonyms before a group noun.
		{text: "Turkish and Russian troops attacked Jabhat al-Nusra positions in Idlib.",
			want: []string{fact("Jabhat al-Nusra", graph.Fights, "Russia"), fact("Jabhat al-Nusra", graph.Fights, "Turkey")}},
		{text: "Turkish troops neutralized 7 PKK terrorists in northern Iraq.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
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
		{text: "The Turkish offensive against the YPG in Afrin entered its third week.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey")}},
		{text: "The Peshmerga battled with Islamic State near Mosul.",
			want: []string{fact("Islamic State", graph.Fights, "Peshmerga")}},
		// A state after a direction is a place.
		{text: "Damascus denounced Ankara's repeated attacks on Syrian soil.",
			want: []string{fact("Syria", graph.Fights, "Turkey")}},
		{text: "Hezbollah fighters fired rockets at Israeli positions in the Shebaa Farms.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		// ", that" opens a relative clause about the name before it.
		{text: "Iran backs the Fatemiyoun, that have fought alongside Syrian troops against Islamic State.",
			want: []string{fact("Fatemiyoun", graph.Fights, "Islamic State")}},
		{text: "Turkish jets pounded YPG/PKK and Daesh hideouts near Manbij.",
			want: []string{fact("People's Protection Units", graph.Fights, "Turkey"), fact("Kurdistan Workers' Party", graph.Fights, "Turkey"), fact("Islamic State", graph.Fights, "Turkey")}},
		{text: "Ankara threatened the YPG with a new offensive east of the Euphrates.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
		{text: "Erdogan vowed to crush the PKK in northern Iraq.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Opposes, "Kurdistan Workers' Party")}},
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
		{text: "Rebel groups in Syria are fighting to topple Assad.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
	})
	checkNegatives(t, []negativeCase{
		// A participle after an appositive's common noun states a fight.
		{text: "The FSA, a loose alliance of rebel factions, held talks in Amman.",
			not:       []string{fact("Free Syrian Army", graph.Fights, "Jordan")},
			companion: "The FSA, a loose alliance of rebel factions, fought Jordanian troops near the border.",
			want:      []string{fact("Free Syrian Army", graph.Fights, "Jordan")}},
		// A person's forces are the person's side.
		{text: "Turkish troops did not attack Assad's forces near Saraqeb.",
			not:       []string{fact("Bashar al-Assad", graph.Fights, "Turkey")},
			companion: "Turkish troops attacked Assad's forces near Saraqeb on Thursday.",
			want:      []string{fact("Bashar al-Assad", graph.Fights, "Turkey")}},
		// A group that clashes among itself, but not with a third party.
		{text: "Russian and Turkish troops clashed with Kurdish fighters in the north.",
			not:       []string{fact("Russia", graph.Fights, "Turkey")},
			companion: "Russian and Turkish troops clashed near the border on Monday.",
			want:      []string{fact("Russia", graph.Fights, "Turkey")}},
		// Aircraft named by their state's demonym stand for the state.
		{text: "Israel shot down a drone using Russian-made aircraft.",
			not:       []string{fact("Israel", graph.Fights, "Russia")},
			companion: "Israel attacked Russian aircraft over the Golan.",
			want:      []string{fact("Israel", graph.Fights, "Russia")}},
		{text: "The two ministers set up a hotline to avoid clashes between Turkish and Russian aircraft.",
			not:       []string{fact("Russia", graph.Fights, "Turkey")},
			companion: "Turkish and Russian troops clashed near Saraqeb.",
			want:      []string{fact("Russia", graph.Fights, "Turkey")}},
		// A name glued to "-backed" qualifies what follows: no slot of a
		// fight or contact.
		{text: "US jets struck Iran-backed militias near the border on Friday.",
			not:       []string{fact("Iran", graph.Fights, "United States")},
			companion: "US jets struck Iranian positions near the border on Friday.",
			want:      []string{fact("Iran", graph.Fights, "United States")}},
		{text: "The Iran-backed militias attacked US troops in Deir ez-Zor.",
			not:       []string{fact("Iran", graph.Fights, "United States")},
			companion: "Iranian troops attacked US troops in Deir ez-Zor.",
			want:      []string{fact("Iran", graph.Fights, "United States")}},
		// Negation.
		{text: "The Kremlin said that Russian ground forces did not take part in the operation to drive DAESH terrorists out of the city of Palmyra.",
			not:       []string{fact("Islamic State", graph.Fights, "Russia")},
			companion: "The Kremlin said that Russian ground forces took part in the operation to drive DAESH terrorists out of the city of Palmyra.",
			want:      []string{fact("Islamic State", graph.Fights, "Russia")}},
		{text: "Russia never attacked the Free Syrian Army.",
			not:       []string{fact("Free Syrian Army", graph.Fights, "Russia")},
			companion: "Russia attacked the Free Syrian Army.",
			want:      []string{fact("Free Syrian Army", graph.Fights, "Russia")}},
	})
}

// A strike on a state's airbase is a fight with the state.
func TestStrikeOnAirbase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israeli jets struck Syria's Shayrat airbase overnight.",
			want: []string{fact("Israel", graph.Fights, "Syria")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Russian jets took off from Syria's Hmeimim airbase overnight.",
			not:       []string{fact("Russia", graph.Fights, "Syria")},
			companion: "Russia struck Syria's Shayrat airbase overnight.",
			want:      []string{fact("Russia", graph.Fights, "Syria")}},
	})
}

// Killing a person or a state's fighters is a fight.
func TestKilled(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A US drone strike killed Qassem Soleimani near Baghdad airport.",
			want: []string{fact("Qassem Soleimani", graph.Fights, "United States")}},
		{text: "Abu Mahdi al-Muhandis was killed in an American air strike in January.",
			want: []string{fact("Abu Mahdi al-Muhandis", graph.Fights, "United States")}},
		{text: "Israeli jets killed six Hezbollah fighters in Quneitra.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "The blast that killed Hezbollah commander Imad Mughniyeh was never claimed.",
			want: []string{fact("Imad Mughniyeh", graph.HeadOf, "Hezbollah")},
			not:  []string{fact("Hezbollah", graph.Fights, "Imad Mughniyeh")}},
	})
}

// Striking what a group holds is fighting the group.
func TestHeldBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian warplanes struck villages held by Jaysh al-Islam east of Damascus.",
			want: []string{fact("Jaysh al-Islam", graph.Fights, "Russia")}},
	})
}

// Stopping a state from gaining ground is opposing it.
func TestPreventFromGaining(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Saudi Arabia has worked to stop Iran from building a land corridor to the Mediterranean.",
			want: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
		{text: "Washington blocked Turkey from acquiring F-35 jets.",
			want: []string{fact("United States", graph.Opposes, "Turkey")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Saudi Arabia may try to stop Iran from building a land corridor.",
			not:       []string{fact("Saudi Arabia", graph.Opposes, "Iran")},
			companion: "Saudi Arabia has worked to stop Iran from building a land corridor to the Mediterranean.",
			want:      []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
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

// Sanctions on a body and demands that forces leave are opposition.
func TestSanctionsAndWithdrawal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The European Union imposed new sanctions on Hezbollah in 2013.",
			want: []string{fact("European Union", graph.Opposes, "Hezbollah")}},
		{text: "Israel insists that Iranian forces leave Syria.",
			want: []string{fact("Israel", graph.Opposes, "Iran")}},
		// A side punished by a finite verb is opposed by the punisher.
		{text: "The Coastal Union and Ghana have also punished the Borduria Front for its raids.",
			want: []string{fact("Coastal Union", graph.Opposes, "Borduria Front"), fact("Ghana", graph.Opposes, "Borduria Front")},
			not:  []string{fact("Borduria Front", graph.Opposes, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A punishment vowed or denied is none yet.
		{text: "The Coastal Union has not punished the Borduria Front for its raids.",
			not:       []string{fact("Coastal Union", graph.Opposes, "Borduria Front")},
			companion: "The Coastal Union has punished the Borduria Front for its raids.",
			want:      []string{fact("Coastal Union", graph.Opposes, "Borduria Front")}},
		// Punishing a side's people through its possessive is not
		// opposing the side.
		{text: "Talks\n\nGhana has punished Togo's traders who smuggled fuel.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Talks\n\nGhana has punished Togo for the fuel smuggling.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "The Coastal Union vowed that the Borduria Front would be punished.",
			not:       []string{fact("Coastal Union", graph.Opposes, "Borduria Front")},
			companion: "The Coastal Union punished the Borduria Front.",
			want:      []string{fact("Coastal Union", graph.Opposes, "Borduria Front")}},
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
	})
	checkNegatives(t, []negativeCase{
		{text: "Russia will not accept condemning Syria at the council.",
			not:       []string{fact("Russia", graph.Opposes, "Syria")},
			companion: "Russia condemned Syria at the council.",
			want:      []string{fact("Russia", graph.Opposes, "Syria")}},
		{text: "Jordan did not oppose Iraq at the summit.",
			not:       []string{fact("Jordan", graph.Opposes, "Iraq")},
			companion: "Jordan opposed Iraq at the summit.",
			want:      []string{fact("Jordan", graph.Opposes, "Iraq")}},
	})
}

// TestHostilityConstructions checks hostility said by clearing, aiming,
// campaigns and accusations, and opposition by participles.
func TestHostilityConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Syrian army has finished clearing the city of the last Islamic State fighters.",
			want: []string{fact("Islamic State", graph.Fights, "Syrian Arab Army")}},
		{text: "The Israel Defense Forces said the operation was aimed at the Quds Force.",
			want: []string{fact("Israel Defense Forces", graph.Fights, "Quds Force")}},
		{text: "Iran helped through its advisers and Russia through an air campaign launched in 2015 against Islamic State.",
			want: []string{fact("Islamic State", graph.Fights, "Russia")}},
		{text: "Western governments accuse Russia of mainly hitting Syrian rebels.",
			want: []string{fact("Russia", graph.Fights, "Syrian rebels")}},
		{text: "In Syria, Russia backs Assad, while Turkey supports rebel groups fighting to unseat him.",
			want: []string{fact("Bashar al-Assad", graph.Fights, "Syrian rebels")}},
		{text: "In Syria, Qatar armed rebels opposed to Bashar al-Assad.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad"), fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
}

// TestFireAtAndCondemnedStrikes checks fire at a state's assets, orders to
// capture, and strikes condemned in an appositive.
func TestFireAtAndCondemnedStrikes(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah said it had fired missiles at an Israeli warship off the coast.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "US jets destroyed two Hezbollah drone boats on Monday.",
			want: []string{fact("Hezbollah", graph.Fights, "United States")}},
		{text: "Assad ordered the army on Thursday to capture Abu Mohammad al-Julani.",
			want: []string{fact("Bashar al-Assad", graph.Opposes, "Abu Mohammad al-Julani")}},
		{text: "Israel launched air strikes on Hezbollah near Damascus, strikes that Iran and Russia condemned.",
			want: []string{fact("Iran", graph.Opposes, "Israel"), fact("Russia", graph.Opposes, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		// "what he called X aggression" names; it is no call.
		{text: "Nasrallah spoke of what he called Israeli and American aggression against Lebanon.",
			not:       []string{fact("Hassan Nasrallah", graph.SpokeWith, "Israel")},
			companion: "Nasrallah called Netanyahu by phone on Monday.",
			want:      []string{fact("Benjamin Netanyahu", graph.SpokeWith, "Hassan Nasrallah")}},
	})
}

// TestWarsAndCoalitions checks wars named by nouns and coalitions joined
// against an enemy.
func TestWarsAndCoalitions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israel and Hezbollah fought a brief war in 2006.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Israel and Hamas have fought each other for years.",
			want: []string{fact("Hamas", graph.Fights, "Israel")}},
		{text: "Israel declared war on Hamas in October.",
			want: []string{fact("Hamas", graph.Fights, "Israel")}},
		{text: "Turkey's war with the PKK has lasted decades.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "Jordan joined the US-led coalition against Islamic State.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
	})
	checkNegatives(t, []negativeCase{
		// Allies that fought a war against a third did not fight each other.
		{text: "Hezbollah and Iran fought a long war against Islamic State.",
			not:       []string{fact("Hezbollah", graph.Fights, "Iran")},
			companion: "Hezbollah and Israel fought a long war in 2006.",
			want:      []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
}

// TestWarsJoinedAndAircraftDowned checks fights said by joining a fight,
// going to war, fighting groups among them X, and downing aircraft, and
// that a reported clause keeps its own subject.
func TestWarsJoinedAndAircraftDowned(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah joined the Syrian army in fighting Islamic State.",
			want: []string{fact("Hezbollah", graph.Fights, "Islamic State"), fact("Hezbollah", graph.CooperatesWith, "Syrian Arab Army")}},
		{text: "Israel went to war against Hezbollah in 2006.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Hezbollah also fights rival armed groups, among them Islamic State.",
			want: []string{fact("Hezbollah", graph.Fights, "Islamic State")}},
		{text: "Turkey shot down a Russian warplane near the border in 2015.",
			want: []string{fact("Russia", graph.Fights, "Turkey")}},
		{text: "The international coalition, led by the United States, struck Raqqa.",
			want: []string{fact("United States", graph.HeadOf, "US-led coalition")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The envoy told the Security Council that the militants had started the war against Hezbollah.",
			not:       []string{fact("Hezbollah", graph.Fights, "UN Security Council")},
			companion: "The envoy said Israel had started the war against Hezbollah.",
			want:      []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
}

// TestCampaignsFireAndThreats checks a campaign continued, fire
// exchanged, and threats to attack read as opposition.
func TestCampaignsFireAndThreats(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israel has continued its campaign against Iran in Syria.",
			want: []string{fact("Iran", graph.Fights, "Israel")}},
		{text: "Israel and Hezbollah exchanged fire across the border on Sunday.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Erdogan threatened to attack the YPG in Manbij.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Opposes, "People's Protection Units")}},
	})
}

// TestStrikesOnSitesAndSharedWars checks strikes on an adjective's sites,
// a shadow war between two states, a group whose fighters battle a state,
// and condemnation of a killing by someone's forces.
func TestStrikesOnSitesAndSharedWars(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israel hit Iranian sites near the capital before dawn.",
			want: []string{fact("Iran", graph.Fights, "Israel")}},
		{text: "For a decade Morocco and Algeria have fought a proxy war in the desert.",
			want: []string{fact("Algeria", graph.Fights, "Morocco")}},
		{text: "The Northern Brigade, whose fighters have battled the Malian army for years, seized a town.",
			want: []string{fact("Malian army", graph.Fights, "Northern Brigade")}},
		{text: "Armenia condemned the killing of three border guards by Azerbaijani forces.",
			want: []string{fact("Armenia", graph.Opposes, "Azerbaijan")}},
		{text: "Greece warned against a Turkish incursion into the disputed waters.",
			want: []string{fact("Greece", graph.Opposes, "Turkey")}},
		{text: "Canada and Japan also list the Northern Brigade as a terrorist organization.",
			want: []string{fact("Canada", graph.Opposes, "Northern Brigade"), fact("Japan", graph.Opposes, "Northern Brigade")}},
		{text: "The conflict between Eritrea and Ethiopia lasted two years.",
			want: []string{fact("Eritrea", graph.Fights, "Ethiopia")}},
	})
	checkNegatives(t, []negativeCase{
		// A denial after the match voids it, whatever the pattern.
		{text: "The Northern Brigade, whose fighters have battled the Malian army for years, denied the report.",
			not:       []string{fact("Malian army", graph.Fights, "Northern Brigade")},
			companion: "The Northern Brigade, whose fighters have battled the Malian army for years, named a new leader.",
			want:      []string{fact("Malian army", graph.Fights, "Northern Brigade")}},
	})
}

// TestCraftDestroyedAndLoyalForces checks a side's craft destroyed and a
// war between forces loyal to one side and another side.
func TestCraftDestroyedAndLoyalForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The United States destroyed two Iranian drone boats on Monday, the Pentagon said.",
			want: []string{fact("Iran", graph.Fights, "United States")}},
		{text: "War broke out in April between troops loyal to the Coastal Defence Forces and the Northern Brigade.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
	})
}

// TestAppositiveGroupThatFights checks "X, a militia that fights Y".
func TestAppositiveGroupThatFights(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Algeria has long backed the Northern Brigade, a militia that fights Mali.",
			want: []string{fact("Algeria", graph.Supports, "Northern Brigade"), fact("Mali", graph.Fights, "Northern Brigade")}},
	})
}

// TestAppositiveForceThatDroveOut checks "X, a force that pushed Y out of
// the north".
func TestAppositiveForceThatDroveOut(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, a Tuareg-led force that pushed the Islamic State out of the north with Algerian help, took the town.",
			want: []string{fact("Islamic State", graph.Fights, "Northern Brigade")}},
	})
}

// TestAtWarAndProtests checks "A and B have been at war", "A is at war with
// B" and an ambassador recalled in protest.
func TestAtWarAndProtests(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali and the Northern Brigade have been at war since 2012.",
			want: []string{fact("Mali", graph.Fights, "Northern Brigade")}},
		{text: "Mali has been at war with the Northern Brigade for a decade.",
			want: []string{fact("Mali", graph.Fights, "Northern Brigade")}},
		{text: "Mali recalled its ambassador from Algeria after the strike.",
			want: []string{fact("Mali", graph.Opposes, "Algeria")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Mali and the Northern Brigade could soon be at war again.",
			not:       []string{fact("Mali", graph.Fights, "Northern Brigade")},
			companion: "Mali and the Northern Brigade were at war again.",
			want:      []string{fact("Mali", graph.Fights, "Northern Brigade")}},
	})
}

// TestKilledClaimedInsurgencyAndControl checks soldiers killed, an attack
// claimed, an insurgency waged, a fight for control and a rebellion.
func TestKilledClaimedInsurgencyAndControl(t *testing.T) {
	fights := fact("Mali", graph.Fights, "Northern Brigade")
	checkFacts(t, []factCase{
		{text: "The Northern Brigade killed twelve Malian soldiers in an ambush.", want: []string{fights}},
		{text: "The Northern Brigade claimed responsibility for the attack on Malian troops.", want: []string{fights}},
		{text: "The Northern Brigade has waged an insurgency against the Malian state since 2012.", want: []string{fights}},
		{text: "Mali and the Northern Brigade fought for control of Kidal.", want: []string{fights}},
		{text: "The Northern Brigade's rebellion against Mali began in 2012.", want: []string{fights}},
	})
}

// TestKillingNounIsNoKiller checks that "the killing of X" names no
// killer: the subject of the sentence did not kill X.
func TestKillingNounIsNoKiller(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Canada has stepped up pressure on Mali since the killing of a Canadian journalist by the Northern Brigade.",
			not:       []string{fact("Canada", graph.Fights, "Mali")},
			companion: "The Northern Brigade killed twelve Malian soldiers in an ambush.",
			want:      []string{fact("Mali", graph.Fights, "Northern Brigade")}},
	})
}

// TestTerrorListsBySeveral checks a terror listing by several states in a
// relative clause, and "sees X as a terrorist group".
func TestTerrorListsBySeveral(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hamas, which Canada, Japan and the European Union list as a terrorist organization, fired rockets at Israel.",
			want: []string{fact("Canada", graph.Opposes, "Hamas"), fact("Japan", graph.Opposes, "Hamas"), fact("European Union", graph.Opposes, "Hamas")}},
		{text: "Ankara sees the People's Protection Units as a terrorist group.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
	})
}

// TestVictoryTruceClashesAndExpulsion checks a victory declared over a
// side, a truce between two sides, clashes between one side's troops and
// units loyal to another, and an ambassador expelled.
func TestVictoryTruceClashesAndExpulsion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Syrian army proclaimed victory over the Islamic State in Deir ez-Zor.",
			want: []string{fact("Syrian Arab Army", graph.Fights, "Islamic State")}},
		{text: "A truce between Azerbaijan and Armenia came into force at noon, ending six weeks of war.",
			want: []string{fact("Armenia", graph.Fights, "Azerbaijan")}},
		{text: "The suburb saw days of fighting between Hezbollah's fighters and units loyal to Israel.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Algeria recalled its envoy and then expelled Morocco's diplomats.",
			want: []string{fact("Algeria", graph.Opposes, "Morocco")}},
	})
}

// TestWarBetweenBackedSideAndAttackOnTerritory checks a war between a
// side with its backer glued to it and another side, and an attack on
// part of a state's territory.
func TestWarBetweenBackedSideAndAttackOnTerritory(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Officials fear a long conflict between the Russian-backed Wagner Group and Ukraine.",
			want: []string{fact("Ukraine", graph.Fights, "Wagner Group")},
			not:  []string{fact("Russia", graph.Fights, "Ukraine")}},
		{text: "In 2020 Azerbaijan attacked southern Armenia, officials said.",
			want: []string{fact("Armenia", graph.Fights, "Azerbaijan")}},
	})
}

// TestRepelledAssaultAndMissionsAgainst checks a side that turns back
// another's assault and troops serving in missions against a group.
func TestRepelledAssaultAndMissionsAgainst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish drones helped Azerbaijan repel Armenia's offensive in the north.",
			want: []string{fact("Armenia", graph.Fights, "Azerbaijan")}},
		{text: "The memorial honours Ugandan troops who served in African Union missions against al-Shabaab.",
			want: []string{fact("Uganda", graph.Fights, "Al-Shabaab")}},
	})
}

// TestOffensiveInsultAndThreat checks an offensive whose target follows a
// parenthetical, an insult, and a threat of a price to pay.
func TestOffensiveInsultAndThreat(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey began a new offensive, dubbed Claw-Lock, in April against the Kurdistan Workers' Party.",
			want: []string{fact("Kurdistan Workers' Party", graph.Fights, "Turkey")}},
		{text: "Recep Tayyip Erdogan branded Bashar al-Assad a murderer.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Opposes, "Bashar al-Assad")}},
		{text: "Ali Khamenei warned that the United States would pay dearly for the killing.",
			want: []string{fact("Ali Khamenei", graph.Opposes, "United States")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ali Khamenei may warn that the United States would pay dearly for the killing.",
			not:       []string{fact("Ali Khamenei", graph.Opposes, "United States")},
			companion: "Ali Khamenei warned that the United States would pay dearly for the killing.",
			want:      []string{fact("Ali Khamenei", graph.Opposes, "United States")}},
	})
}

// TestCampaignOfTerrorAgainst checks a campaign of terror waged against a
// state, its subject read past a relative clause.
func TestCampaignOfTerrorAgainst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Al-Shabaab, which Kenya lists as a terrorist group, has waged a campaign of attacks against Kenya since 2011.",
			want: []string{fact("Al-Shabaab", graph.Fights, "Kenya"), fact("Kenya", graph.Opposes, "Al-Shabaab")}},
	})
}

// TestBansOnGroups checks a ban on a group, as a possessive noun and as a
// verb after the praise of its author.
func TestBansOnGroups(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Analysts said Germany's ban on Hezbollah came late.",
			want: []string{fact("Germany", graph.Opposes, "Hezbollah")}},
		{text: "Recep Tayyip Erdogan praised Iraq for outlawing the Kurdistan Workers' Party.",
			want: []string{fact("Iraq", graph.Opposes, "Kurdistan Workers' Party")}},
	})
}

// TestBannedAsAdjective checks that "the banned PKK" after another group
// states no ban by that group.
func TestBannedAsAdjective(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The YPG is the Syrian arm of the banned Kurdistan Workers' Party.",
			not:       []string{fact("People's Protection Units", graph.Opposes, "Kurdistan Workers' Party")},
			companion: "Germany has banned the Kurdistan Workers' Party.",
			want:      []string{fact("Germany", graph.Opposes, "Kurdistan Workers' Party")}},
	})
}

// TestRefusedRoleOrPresence checks the refusal of a side's role or
// presence, which opposes it.
func TestRefusedRoleOrPresence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ankara would not accept any role in the new council for the YPG.",
			want: []string{fact("Turkey", graph.Opposes, "People's Protection Units")}},
		{text: "Saudi Arabia will not allow an Iranian presence on its border.",
			want: []string{fact("Saudi Arabia", graph.Opposes, "Iran")}},
	})
}

// TestOperationToClearPlaceOf checks an operation launched to clear a place
// of a group, read past the operation's name and first aim.
func TestOperationToClearPlaceOf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia began a campaign called Dawn to shield the bases and to free Palmyra of the Islamic State.",
			want: []string{fact("Islamic State", graph.Fights, "Russia")}},
	})
}

// TestKilledInStrike checks the killing of one or two people in a state's
// strike.
func TestKilledInStrike(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hezbollah vowed revenge for the assassination of Imad Mughniyeh and of Qasem Soleimani in an Israeli raid.",
			want: []string{fact("Israel", graph.Fights, "Imad Mughniyeh"), fact("Israel", graph.Fights, "Qasem Soleimani")}},
	})
}

// TestAttackAuthorForCondemnation checks that an attack's author named
// without its target ("blamed the bombing on X", "X claimed
// responsibility") is whom a later "condemned the attack" opposes, also
// after a relative clause with "whose".
func TestAttackAuthorForCondemnation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Two bombs went off in the capital, the police said, blaming the bombing on the armed group Northern Brigade. Ghana condemned the attack.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade, which wants to topple the government, claimed responsibility on Sunday. Togo, whose troops have fought the Coastal Defence Forces in support of Benin, condemned the attack.",
			want: []string{
				fact("Togo", graph.Opposes, "Northern Brigade"),
				fact("Togo", graph.Supports, "Benin"),
			}},
	})
	checkNegatives(t, []negativeCase{
		// A denial names no author.
		{text: "The Northern Brigade denied responsibility. Ghana condemned the attack.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade claimed responsibility. Ghana condemned the attack.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// TestWarBrokeOutKilledInStrikeAndLedAttack checks a fight that broke out
// between two sides, a killing in a state's strike told by a relative
// clause, an attack led by a named side, and an offensive ordered.
func TestWarBrokeOutKilledInStrikeAndLedAttack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Heavy fighting erupted between the Northern Brigade and the Coastal Defence Forces near the river.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
		{text: "Kofi Mensah, who was killed in a Ghanaian air strike last year, had led the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Kofi Mensah")}},
		{text: "Togo mourned the victims of the Northern Brigade-led attack on Ghana.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Benin ordered its troops to resume offensive operations against the Northern Brigade.",
			want: []string{fact("Benin", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kofi Mensah, who was killed in a car crash in Ghana last year, had led the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Kofi Mensah")},
			companion: "Kofi Mensah, who was killed in a Ghanaian air strike last year, had led the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Kofi Mensah")}},
		// A mission led by a state is no attack.
		{text: "Togo welcomed the Ghana-led mission to Benin.",
			not:       []string{fact("Benin", graph.Fights, "Ghana")},
			companion: "Togo condemned the Ghana-led attack on Benin.",
			want:      []string{fact("Benin", graph.Fights, "Ghana")}},
	})
}

// TestRefusalToRecognise checks that refusing to recognise a state or a
// body opposes it, whether by "never", "not" or "refuses to", and that
// recognising it does not.
func TestRefusalToRecognise(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Serbia will never recognize Kosovo's independence.",
			want: []string{fact("Serbia", graph.Opposes, "Kosovo")}},
		{text: "Ghana does not recognise the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Togo refuses to recognise the government of Benin.",
			want: []string{fact("Togo", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana recognised the Northern Brigade last year.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana has never recognised the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// TestPassiveOrReportingSubjectDoesNotFight checks that one who was
// killed, or one who reports a strike, is not read as the attacker.
func TestPassiveOrReportingSubjectDoesNotFight(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kofi Mensah, who was killed in a Ghanaian air strike on Lome, led the Northern Brigade.",
			not:       []string{fact("Kofi Mensah", graph.Fights, "Togo")},
			companion: "Kofi Mensah, who was killed in a Ghanaian air strike on Lome, led the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Kofi Mensah")}},
		{text: "The Coastal Defence Forces said the Ghanaian strikes also killed fighters of the Northern Brigade.",
			not:       []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")},
			companion: "The Coastal Defence Forces said the Ghanaian strikes also killed fighters of the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestCondemnationFromAndLoyalTroops checks "the attack drew condemnation
// from A and from B" after a stated attack, and a war between troops
// loyal to a titled leader and a group.
func TestCondemnationFromAndLoyalTroops(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade attacked Ghana on Monday. The attack drew condemnation from the African Union and from Togo.",
			want: []string{
				fact("African Union", graph.Opposes, "Northern Brigade"),
				fact("Togo", graph.Opposes, "Northern Brigade"),
			}},
		{text: "War broke out in April between troops loyal to army chief General Kofi Mensah and the Northern Brigade.",
			want: []string{fact("Kofi Mensah", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// No attack stated before: no one to oppose.
		{text: "Ghana hosted the summit on Monday. The decision drew criticism from the African Union and from Togo.",
			not:       []string{fact("African Union", graph.Opposes, "Ghana")},
			companion: "The Northern Brigade attacked Ghana on Monday. The attack drew criticism from the African Union and from Togo.",
			want:      []string{fact("African Union", graph.Opposes, "Northern Brigade")}},
	})
}

// TestCalledForDisarmament checks that a call for a side to be disarmed
// or disbanded opposes it.
func TestCalledForDisarmament(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo has called for the Northern Brigade to be disarmed.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo has called for the Northern Brigade to be included in the talks.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "Togo has called for the Northern Brigade to be disbanded.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
	})
}

// TestPittingAndKillingParticiple checks a conflict "pitting A against
// B" (not a match) and a participle of killing after an attack.
func TestPittingAndKillingParticiple(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The conflict pitting Ghana against the Northern Brigade has killed thousands.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade shelled the town, killing ten Ghanaian soldiers.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "A football match pitting Ghana against Togo drew a large crowd.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "The war pitting Ghana against Togo drew in their neighbours.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestNominalAttacksAndFightersOfASide checks attacks named by a noun
// with their author after "by" or before "'s", and a side's fighters.
func TestNominalAttacksAndFightersOfASide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Attacks by the Northern Brigade on Ghanaian positions have increased.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "An offensive by Ghana against the Northern Brigade began in May.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade's attack on Ghana drew wide condemnation.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade's fighters attacked Ghanaian troops near Tamale.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A side allied to a state is no attacker.
		{text: "Togo-allied militias attacked the Northern Brigade.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo")},
			companion: "Togo's militias attacked the Northern Brigade.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// TestKilledAfterAppositive checks that "who was killed in a strike"
// after an appositive naming a body is said of the person before it.
func TestKilledAfterAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana paid tribute to General Kofi Mensah, the former commander of the Northern Brigade of the Coastal Defence Forces, who was killed in a Togolese drone strike near Lome in April.",
			want: []string{fact("Kofi Mensah", graph.Fights, "Togo")},
			not:  []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// TestOppositionNounsAndOpponents checks hostility named by a noun after
// a possessive, an opponent or critic, hostility stated by a copula, and
// a side's demands rejected.
func TestOppositionNounsAndOpponents(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's opposition to the Northern Brigade is well known.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Ghana, a fierce opponent of Togo, sent troops.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana is a vocal critic of Togo.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana is openly hostile to the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Ghana rejected the Northern Brigade's demands.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana is not hostile to the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana is hostile to the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Ghana accepted the Northern Brigade's demands.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana rejected the Northern Brigade's demands.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// TestWoundedAsAdjectiveIsNoFight checks that "wounded" before a name is
// an adjective, not a verb.
func TestWoundedAsAdjectiveIsNoFight(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Israel agreed to a United Nations request to fly out fifty wounded Hezbollah fighters.",
			not:       []string{fact("Hezbollah", graph.Fights, "United Nations")},
			companion: "Israel killed fifty Hezbollah fighters.",
			want:      []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
}

// TestSidesHaveClashed checks a group that has clashed, also as "the two
// sides" named before, and that a reported clash is none.
func TestSidesHaveClashed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and the Northern Brigade signed a truce in May. The two sides have clashed repeatedly since then.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and the Northern Brigade reportedly clashed near Tamale.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana and the Northern Brigade have clashed near Tamale.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestOwnFightersAndPartsOfForces checks "X said its fighters had routed
// Y" and a part of a force ("a column of", "a convoy of") standing for
// it.
func TestOwnFightersAndPartsOfForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade said its fighters had routed a column of the Coastal Defence Forces.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade attacked a convoy of Ghanaian troops near Tamale.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// Another's fighters are not the speaker's.
		{text: "Ghana said Togo's fighters had attacked the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana said its fighters had attacked the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestHostileEvents checks fights told as events: a town retaken from the
// side it fell to, a side driven back, missiles fired at a state's base.
func TestHostileEvents(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Defence Forces regained control of Tamsa, a hill town that fell to the Northern Brigade last spring.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
		{text: "The Coastal Defence Forces said on Friday that they had retaken Tamsa, the town that had fallen to the Northern Brigade.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Northern Brigade")}},
		{text: "Ghanaian troops counter-attacked at dawn and drove the Northern Brigade back.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Ghana helped Togo's army beat back the Northern Brigade in the north.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Togo fired ten rockets at Kpani, a Ghanaian air base near the coast.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A town that fell to a side, with no one retaking it, is no fight
		// between two named sides.
		{text: "Ghana said Tamsa, a hill town, fell to the Northern Brigade in May.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana said it had regained control of Tamsa, a hill town that fell to the Northern Brigade in May.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		// Rockets fired at a place in a state, not at its base, leave the
		// state out.
		{text: "Togo fired ten rockets at the hills near Kpani, south of Ghana.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togo fired ten rockets at Kpani, a Ghanaian base south of the hills.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// Coming back is no rout.
		{text: "Ghanaian troops drove the Togolese envoy back to the border crossing.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghanaian troops drove the Togolese army back to the border crossing.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestOppositionActs checks opposition told as acts: a suspension, an
// expulsion, a rivalry, a demand to step down, a vow of punishment, a coup
// plot alleged, a reward offered.
func TestOppositionActs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Robert Mugabe suspended the Northern Brigade from the ruling council in a decree.",
			want: []string{fact("Robert Mugabe", graph.Opposes, "Northern Brigade")}},
		{text: "Togo expelled Ghanaian troops last year and turned to Russia for help.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "The Northern Brigade, a long-time rival of the Coastal Defence Forces, boycotted the talks.",
			want: []string{fact("Northern Brigade", graph.Opposes, "Coastal Defence Forces")}},
		{text: "Ghana said on Tuesday that Robert Mugabe should step down.",
			want: []string{fact("Ghana", graph.Opposes, "Robert Mugabe")}},
		{text: "Togo vowed harsh retaliation against the Northern Brigade.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "Robert Mugabe accused the Northern Brigade of plotting a coup.",
			want: []string{fact("Northern Brigade", graph.Opposes, "Robert Mugabe")}},
		{text: "Ghana offered a reward of $5 million for information leading to the capture of Robert Mugabe.",
			want: []string{fact("Ghana", graph.Opposes, "Robert Mugabe")}},
		{text: "Togo put a $1 million bounty on the head of Robert Mugabe.",
			want: []string{fact("Togo", graph.Opposes, "Robert Mugabe")}},
		{text: "The junta leader, General Kofi Adu, deposed the sitting president, Robert Mugabe, in 2019.",
			want: []string{fact("Kofi Adu", graph.Opposes, "Robert Mugabe")}},
	})
	checkNegatives(t, []negativeCase{
		// Expelled from a town is a rout, read as a fight, not as an
		// expulsion of troops from the country.
		{text: "Togo expelled the Northern Brigade from Kpani in 2019.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "Togo expelled the Northern Brigade in 2019.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		// Succeeding a president is no ouster.
		{text: "General Kofi Adu succeeded the elected president, Robert Mugabe, in 2019.",
			not:       []string{fact("Kofi Adu", graph.Opposes, "Robert Mugabe")},
			companion: "General Kofi Adu ousted the elected president, Robert Mugabe, in 2019.",
			want:      []string{fact("Kofi Adu", graph.Opposes, "Robert Mugabe")}},
		// A suspended programme is no suspended actor.
		{text: "Ghana suspended its aid programme with Togo on Friday.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana suspended Togo from the trade bloc on Friday.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A hedge voids the demand: "may say" is no saying.
		{text: "Ghana may soon say that Robert Mugabe should step down.",
			not:       []string{fact("Ghana", graph.Opposes, "Robert Mugabe")},
			companion: "Ghana said on Monday that Robert Mugabe should step down.",
			want:      []string{fact("Ghana", graph.Opposes, "Robert Mugabe")}},
		// A reward for a rescuer honours him.
		{text: "Ghana offered a reward to Robert Mugabe for his help in the rescue.",
			not:       []string{fact("Ghana", graph.Opposes, "Robert Mugabe")},
			companion: "Ghana offered a reward for information leading to Robert Mugabe.",
			want:      []string{fact("Ghana", graph.Opposes, "Robert Mugabe")}},
	})
}

// TestOffensivesAndPolicies checks an offensive launched to take a side's
// ground, a policy of isolation, a refusal of ties and a deed described as
// a violation.
func TestOffensivesAndPolicies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo mounted a counter-offensive to oust the Northern Brigade from the delta.",
			want: []string{fact("Togo", graph.Fights, "Northern Brigade")}},
		{text: "Ghana has tried to isolate Togo since the border dispute began.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana will not restore relations with Togo until the prisoners are freed.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana described the Togolese shelling as a grave violation of international law.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// An offensive to help a side is no fight against it.
		{text: "Togo launched an offensive to help the Northern Brigade hold the delta.",
			not:       []string{fact("Togo", graph.Fights, "Northern Brigade")},
			companion: "Togo launched an offensive to crush the Northern Brigade in the delta.",
			want:      []string{fact("Togo", graph.Fights, "Northern Brigade")}},
		// A hedge voids the refusal: "may not restore" is a doubt.
		{text: "Ghana may restore relations with Togo next year.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana would not restore relations with Togo next year.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// Praise of a deed is no condemnation of its author.
		{text: "Ghana described the Togolese raids as a success for regional security.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana described the Togolese raids as a breach of the truce.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestWarOnStatesAndBombs checks a war on a state named by its demonym,
// bombs dropped on a side, and fighting said to go on between two sides.
func TestWarOnStatesAndBombs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade has waged war on the Togolese state since 1998.",
			want: []string{fact("Northern Brigade", graph.Fights, "Togo")}},
		{text: "Togolese jets dropped bombs on Islamic State camps at dawn.",
			want: []string{fact("Islamic State", graph.Fights, "Togo")}},
		{text: "Sporadic clashes have continued between Togo and the Northern Brigade along the river.",
			want: []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Aid dropped from the air is no bombing.
		{text: "Togolese planes dropped food parcels on Islamic State camps at dawn.",
			not:       []string{fact("Islamic State", graph.Fights, "Togo")},
			companion: "Togolese planes dropped bombs on Islamic State camps at dawn.",
			want:      []string{fact("Islamic State", graph.Fights, "Togo")}},
		// Talk of a war that may come is no fighting.
		{text: "Analysts warn that fighting may resume between Togo and the Northern Brigade.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo")},
			companion: "Fighting has resumed between Togo and the Northern Brigade.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo")}},
		// Serving the state is no war on it.
		{text: "The Northern Brigade has served the Togolese state since 1998.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo")},
			companion: "The Northern Brigade has fought the Togolese state since 1998.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// TestWithdrawalRejectionAndCivilWar checks a call for the withdrawal of
// a state's forces, rejecting an actor (not a report about it), and a civil war
// fought by two people.
func TestWithdrawalRejectionAndCivilWar(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The two presidents called for the withdrawal of Ghanaian occupation forces from the islands.\n\nTogo demanded the immediate exit of Beninese troops.",
			want: []string{fact("Togo", graph.Opposes, "Benin")}},
		{text: "Ghana called for the withdrawal of Togolese occupation forces from the islands.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana and Togo both reject the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade"), fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "President Kofi Adu and Vice-President Kwame Boateng fought a civil war from 2001 to 2005.",
			want: []string{fact("Kofi Adu", graph.Fights, "Kwame Boateng")}},
	})
	checkNegatives(t, []negativeCase{
		// Rejecting a report about an actor is no opposition to it.
		{text: "Ghana rejected reports that the Northern Brigade had left the town.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana rejected the Northern Brigade outright.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		// Calling for the withdrawal of an adjective's diplomats is not
		// of its forces.
		{text: "Ghana called for the withdrawal of Togolese diplomats from the talks.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana called for the withdrawal of Togolese troops from the islands.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A civil war two people fight together against a third.
		{text: "President Kofi Adu and Vice-President Kwame Boateng fought the rebels together.",
			not:       []string{fact("Kofi Adu", graph.Fights, "Kwame Boateng")},
			companion: "President Kofi Adu and Vice-President Kwame Boateng fought a civil war in the 1990s.",
			want:      []string{fact("Kofi Adu", graph.Fights, "Kwame Boateng")}},
	})
}

// TestRejectedSeizureBy checks an act of taking condemned with its author
// after "by".
func TestRejectedSeizureBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana rejected the illegal seizure and transfer of the islands' oil revenues by Togo.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Benin condemned the annexation of the northern districts by the Northern Brigade last year.",
			want: []string{fact("Benin", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana welcomed the transfer of the islands' oil revenues by Togo.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana rejected the transfer of the islands' oil revenues by Togo.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestInvasionsWarsBySidesAndSites checks invasions told by verb and noun,
// a war named by its two sides, an attack on a state's sites and control
// of a place taken from a side.
func TestInvasionsWarsBySidesAndSites(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana invaded Togo in 1994.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "The Ghanaian invasion of Togo began in 1994.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Benin condemned Ghana's invasion of Togo.",
			want: []string{fact("Ghana", graph.Fights, "Togo"), fact("Benin", graph.Opposes, "Ghana")}},
		{text: "The invasion of Togo by Ghana began in 1994.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "The Ghana-Togo war ended in 1996.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Renewed Ghana-Togo clashes killed four soldiers.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghana's drone attack on a Togolese air base destroyed two jets.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Benin carried out an attack on Togolese ports.",
			want: []string{fact("Benin", graph.Fights, "Togo")}},
		{text: "Ghanaian troops took control of the town from the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "The Northern Brigade vowed to retaliate against Ghana.",
			want: []string{fact("Northern Brigade", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Who condemns an attack on a state's sites attacks no one.
		{text: "Benin condemned the attack on Togolese ports.",
			not:       []string{fact("Benin", graph.Fights, "Togo"), fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin carried out an attack on Togolese ports.",
			want:      []string{fact("Benin", graph.Fights, "Togo")}},
		// A denied or threatened invasion is none.
		{text: "Ghana did not invade Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana invaded Togo.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// Control of a task taken over is no fight.
		{text: "Ghana took control of security from the United Nations.",
			not:       []string{fact("Ghana", graph.Fights, "United Nations")},
			companion: "Ghanaian troops took control of the town from the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		// Talks named by their two sides are no war.
		{text: "Benin hosted the Ghana-Togo talks.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "The Ghana-Togo war ended in 1996.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestRetaliationAndWarsOver checks a retaliation against a side and wars
// two sides fought over a prize.
func TestRetaliationAndWarsOver(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana retaliated against Togo with drone strikes.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghana and Togo fought two wars over the islands.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Wars fought side by side are not between them.
		{text: "Ghana and Togo fought two wars side by side against the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana and Togo fought two wars over the islands.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghana threatened to retaliate against Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana retaliated against Togo.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestVowToWinBack checks a vow to undo a side's conquests.
func TestVowToWinBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana vowed to retake the villages the Northern Brigade had seized.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana vowed to retake the villages the floods had destroyed near the Northern Brigade camp.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana vowed to retake the villages the Northern Brigade had seized.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// TestAtWarRivalsCounteroffensivesAndIllegalWars checks two sides at war
// or rivals, a counteroffensive, a war called illegal, and a relative
// clause's fight after a denial in the main clause.
func TestAtWarRivalsCounteroffensivesAndIllegalWars(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo were at war from 1998 to 2000.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghana and Togo are bitter rivals in the region.",
			want: []string{fact("Ghana", graph.Opposes, "Togo"), fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana launched a counteroffensive against Togolese forces in June.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Benin called Togo's war in the north illegal.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin denied backing the Northern Brigade, which has fought Ghanaian troops for three years.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Benin", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// At war with a third side together.
		{text: "Ghana and Togo are at war with the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana and Togo were at war in 1999.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// The denial still voids what it denies.
		{text: "Benin denied that the Northern Brigade had fought Ghanaian troops.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Benin said that the Northern Brigade had fought Ghanaian troops.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestSanctionsFreezesBansAndBrokenCooperation checks hostile acts:
// sanctions that target a side (no fight), a side placed under sanctions,
// assets frozen, accusations traded, flights banned, cooperation ended.
func TestSanctionsFreezesBansAndBrokenCooperation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Canada imposed sanctions targeting Togo's junta.",
			want: []string{fact("Canada", graph.Opposes, "Togo's junta")},
			not:  []string{fact("Canada", graph.Fights, "Togo's junta")}},
		{text: "The European Union placed Togo under sanctions in 2020.",
			want: []string{fact("European Union", graph.Opposes, "Togo")}},
		{text: "Ghana froze the assets of Togo's central bank.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana froze Togolese assets worth $2 billion.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana and Togo traded accusations on Monday.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana banned Togolese flights over its territory.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Niger ended military cooperation with Ghana last year.",
			want: []string{fact("Niger", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Niger deepened military cooperation with Ghana last year.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Niger ended military cooperation with Ghana last year.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
		{text: "Ghana lifted sanctions on Togo.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "The European Union placed Togo under sanctions in 2020.",
			want:      []string{fact("European Union", graph.Opposes, "Togo")}},
	})
}

// TestArmedBodyOverthrowsRuler checks that an armed body that overthrows
// a ruler fights him, and a person who ousts one in a coup opposes him.
func TestArmedBodyOverthrowsRuler(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade seized the capital in 2013 and ousted President Kofi Adu.",
			want: []string{fact("Northern Brigade", graph.Fights, "Kofi Adu")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "In 2021 General Kwame Boateng ousted the elected president, Kofi Adu.",
			not:       []string{fact("Kwame Boateng", graph.Fights, "Kofi Adu")},
			companion: "The Northern Brigade toppled President Kofi Adu in 2013.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Kofi Adu")}},
	})
}

// TestObjectRelativeFight checks the subject of an object relative clause
// fighting the name it qualifies.
func TestObjectRelativeFight(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo has long opposed the Northern Brigade, which Ghana fought in 1998.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Togo", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A subject relative clause: the name qualified does the fighting.
		{text: "Togo has long backed the Northern Brigade, which fought Benin in 1998.",
			not:       []string{fact("Togo", graph.Fights, "Northern Brigade")},
			companion: "Togo has long backed the Northern Brigade, which Ghana fought in 1998.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestWeaponsOnSitesAndFireExchanged checks weapons of a state striking
// another's sites, and fire exchanged with words between.
func TestWeaponsOnSitesAndFireExchanged(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togolese missiles struck Ghanaian energy facilities overnight.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Ghana and Togo traded heavy artillery fire across the river.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo exchanged views on the crisis.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana and Togo have exchanged near-daily fire since October.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Togolese missiles were shown to Ghanaian officers at the fair.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Togolese drones destroyed Ghanaian fuel depots at dawn.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestDeedsOnStateGround checks hostility told by strikes on unnamed targets
// in a state, by a series of deeds that ends in an expulsion, by attacks of
// the members listed after "including", and by a fought side's rival or ally
// named in an apposition.
func TestDeedsOnStateGround(t *testing.T) {
	checkFacts(t, []factCase{
		// Strikes on unnamed targets in a state are strikes on the state.
		{text: "Ghana bombed targets across Togo on Sunday night.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Kenyan jets struck installations inside Uganda overnight.",
			want: []string{fact("Kenya", graph.Fights, "Uganda")}},
		// Targets named by their owner are the owner's, not the state's.
		{text: "Ghana struck Islamic State targets in Togo.",
			want: []string{fact("Ghana", graph.Fights, "Islamic State")},
			not:  []string{fact("Ghana", graph.Fights, "Togo")}},
		// A series of deeds shares its subject up to the expulsion.
		{text: "Ghana massed tanks on the border, crossed the river and drove Togolese forces out of the valley.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Kenya sent in troops, seized the airport and pushed Ugandan units from the town.",
			want: []string{fact("Kenya", graph.Fights, "Uganda")}},
		// The members listed after "including" are the subject of the verb
		// after the insertion, also when each is placed.
		{text: "Several armed groups, including the Northern Brigade and the Coastal Front, attacked Ghanaian troops last week.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Coastal Front", graph.Fights, "Ghana")}},
		{text: "Togo's allies, including the Northern Brigade in Benin and the Coastal Front in Niger, have attacked Ghana repeatedly.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Coastal Front", graph.Fights, "Ghana")}},
		// The side in the apposition after the first object is fought too.
		{text: "Ghana has been fighting the Northern Brigade and its rival, the Coastal Front, since 2015.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Coastal Front", graph.Fights, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Without the apposition's comma the name may open a new clause.
		{text: "Ghana fought Islamic State and its ally Togo welcomed the move.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana fought Islamic State and its ally, Togo, in the east.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// Only verbs of fighting: a condemnation by the listed members is no fight.
		{text: "Togo's neighbours, including Benin and Niger, have condemned Ghana.",
			not:       []string{fact("Benin", graph.Fights, "Ghana"), fact("Ghana", graph.Fights, "Niger")},
			companion: "Togo's neighbours, including Benin and Niger, have attacked Ghana.",
			want:      []string{fact("Benin", graph.Fights, "Ghana"), fact("Ghana", graph.Fights, "Niger")}},
		// A clause set off by two commas has a subject of its own.
		{text: "Ghana welcomed reports that the rebels, after a siege, drove Togolese forces out of the port.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana laid siege to the port, cut its roads and drove Togolese forces out of it.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// After "and" and a new subject the series is another clause's: the
		// object of the first verb is no subject of the expulsion.
		{text: "Ghana fought Islamic State militants along the border, and last year it drove Togolese forces out of the valley.",
			not:       []string{fact("Islamic State", graph.Fights, "Togo")},
			companion: "Islamic State massed fighters along the border, crossed the river and drove Togolese forces out of the valley.",
			want:      []string{fact("Islamic State", graph.Fights, "Togo")}},
		// Aid sent to sites in a state is no strike on it.
		{text: "Ghana sent medical teams to sites across Togo on Sunday.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana shelled sites across Togo on Sunday.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestOfficialActsOfOpposition checks opposition stated by official acts:
// a suspension told in the passive with the body as its agent, a
// summoned envoy, a sanctions list, a revoked mandate, a verdict and
// authority disputed or defied.
func TestOfficialActsOfOpposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin and Togo were suspended from the Coastal Union after the coups.",
			want: []string{fact("Coastal Union", graph.Opposes, "Benin"), fact("Coastal Union", graph.Opposes, "Togo")}},
		{text: "Togo was formally expelled from the Coastal Union in March.",
			want: []string{fact("Coastal Union", graph.Opposes, "Togo")}},
		{text: "Benin summoned the Ghanaian chargé d'affaires after the border raid.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Niger summoned three Beninese diplomats on Monday.",
			want: []string{fact("Niger", graph.Opposes, "Benin")}},
		{text: "Its founder, General Kwame Mensah, is on a Beninese sanctions list.",
			want: []string{fact("Benin", graph.Opposes, "Kwame Mensah")}},
		{text: "The Coastal Front was added to the European Union's terrorism list in 2021.",
			want: []string{fact("European Union", graph.Opposes, "Coastal Front")}},
		{text: "The Togolese parliament revoked General Kwame Mensah's immunity last week.",
			want: []string{fact("Togolese parliament", graph.Opposes, "Kwame Mensah")}},
		{text: "The Constitutional Court of Togo found General Kwame Mensah guilty of sedition.",
			want: []string{fact("Constitutional Court of Togo", graph.Opposes, "Kwame Mensah")}},
		{text: "The Constitutional Court of Togo sentenced General Kwame Mensah to five years in prison.",
			want: []string{fact("Constitutional Court of Togo", graph.Opposes, "Kwame Mensah")}},
		{text: "General Kwame Mensah has openly disputed the Coastal Union's authority.",
			want: []string{fact("Kwame Mensah", graph.Opposes, "Coastal Union")}},
		{text: "The Coastal Front repeatedly defied the orders of the Coastal Union.",
			want: []string{fact("Coastal Front", graph.Opposes, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A suspension of talks names no one suspended.
		{text: "Talks between Benin and the Coastal Union were suspended from Monday.",
			not:       []string{fact("Coastal Union", graph.Opposes, "Benin")},
			companion: "Benin was suspended from the Coastal Union after the coup.",
			want:      []string{fact("Coastal Union", graph.Opposes, "Benin")}},
		// Receiving an envoy is no protest.
		{text: "Niger received three Beninese diplomats on Monday.",
			not:       []string{fact("Niger", graph.Opposes, "Benin")},
			companion: "Niger summoned three Beninese diplomats on Monday.",
			want:      []string{fact("Niger", graph.Opposes, "Benin")}},
		// A court that upholds a conviction for defying X does not defy X.
		{text: "The Constitutional Court of Togo upheld his conviction for ignoring the decisions of the Coastal Union.",
			not:       []string{fact("Constitutional Court of Togo", graph.Opposes, "Coastal Union")},
			companion: "The Coastal Front repeatedly defied the orders of the Coastal Union.",
			want:      []string{fact("Coastal Front", graph.Opposes, "Coastal Union")}},
		// A mandate renewed is no act against its holder.
		{text: "The Togolese parliament renewed General Kwame Mensah's mandate last week.",
			not:       []string{fact("Togolese parliament", graph.Opposes, "Kwame Mensah")},
			companion: "The Togolese parliament revoked General Kwame Mensah's mandate last week.",
			want:      []string{fact("Togolese parliament", graph.Opposes, "Kwame Mensah")}},
	})
}

// TestNamedOperationsAndTargetsUsedBy checks fights stated by an
// operation named before its enemy, in a main or a relative clause, by
// strikes on targets a side uses, and by an accusation of hitting mainly
// one side.
func TestNamedOperationsAndTargetsUsedBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad launched Operation Desert Shield on 9 October against the Coastal Front.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
		{text: "Benin and Niger began a joint military operation in the north last spring against the Coastal Front.",
			want: []string{fact("Benin", graph.Fights, "Coastal Front"), fact("Niger", graph.Fights, "Coastal Front")}},
		{text: "The vote coincided with Operation Iron Gate, which Chad launched in May against the Coastal Front.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
		{text: "Chadian aircraft struck dozens of sites in Niger used by the Coastal Front.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
		{text: "Benin accused Chad of bombing mostly moderate units of the Coastal Front.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
	})
	checkNegatives(t, []negativeCase{
		// An operation against a harm, with a side only as its partner.
		{text: "Chad launched Operation Clean Water in May with the Coastal Front.",
			not:       []string{fact("Chad", graph.Fights, "Coastal Front")},
			companion: "Chad launched Operation Desert Shield on 9 October against the Coastal Front.",
			want:      []string{fact("Chad", graph.Fights, "Coastal Front")}},
		// Sites rebuilt, not struck.
		{text: "Chadian engineers rebuilt dozens of sites in Niger used by the Coastal Front.",
			not:       []string{fact("Chad", graph.Fights, "Coastal Front")},
			companion: "Chadian aircraft struck dozens of sites in Niger used by the Coastal Front.",
			want:      []string{fact("Chad", graph.Fights, "Coastal Front")}},
	})
}

// TestCombatBesideOthersAndAccusedAttacks checks fights stated by a share
// in combat, by fighting beside a partner against an enemy, by a clash
// with units named by their state's adjective, and by an accusation of
// attacks on a side.
func TestCombatBesideOthersAndAccusedAttacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Malian soldiers sent to Niger have started taking part in combat against the Coastal Front.",
			want: []string{fact("Mali", graph.Fights, "Coastal Front")}},
		{text: "Chad took an active part in the offensive against the Coastal Front last year.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
		{text: "Chadian special forces fought alongside the Nigerien army against the Coastal Front.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")},
			not:  []string{fact("Chad", graph.Fights, "Nigerien army")}},
		{text: "French troops work with local Malian militias against the Coastal Front.",
			want: []string{fact("France", graph.Fights, "Coastal Front")}},
		{text: "Chad said its troops had clashed again with Nigerien patrols near Lake Chad.",
			want: []string{fact("Chad", graph.Fights, "Niger")}},
		{text: "Niger accused the Coastal Front of renewed attacks on Chadian villages.",
			want: []string{fact("Chad", graph.Fights, "Coastal Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Working with a partner on something else states no fight.
		{text: "French troops work with local Malian militias on road repairs.",
			not:       []string{fact("France", graph.Fights, "Mali")},
			companion: "French troops work with local Malian militias against the Coastal Front.",
			want:      []string{fact("France", graph.Fights, "Coastal Front")}},
		// Accused of supplying a side, not attacking it.
		{text: "Niger accused the Coastal Front of supplying arms to Chadian villages.",
			not:       []string{fact("Chad", graph.Fights, "Coastal Front")},
			companion: "Niger accused the Coastal Front of renewed attacks on Chadian villages.",
			want:      []string{fact("Chad", graph.Fights, "Coastal Front")}},
	})
}

// TestCompanionsAndOwnedForcesFight checks that the companions of a fight
// fight its enemy, and that a side's forces acting as subject are the
// side.
func TestCompanionsAndOwnedForcesFight(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sahel Brigade fought alongside Malian troops and Chadian soldiers against the Coastal Front.",
			want: []string{fact("Mali", graph.Fights, "Coastal Front"), fact("Chad", graph.Fights, "Coastal Front")}},
		{text: "The Sahel Brigade served beside the Nigerien army against the Coastal Front in 2019.",
			want: []string{fact("Nigerien army", graph.Fights, "Coastal Front")}},
		{text: "General Moussa Diallo's fighters have repeatedly shelled Chad.",
			want: []string{fact("Moussa Diallo", graph.Fights, "Chad")}},
		{text: "The Coastal Front's militias stormed Niger in June.",
			want: []string{fact("Coastal Front", graph.Fights, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		// Those beside whom one fights are partners, not enemies.
		{text: "The Sahel Brigade fought alongside Malian troops against the Coastal Front.",
			not:       []string{fact("Mali", graph.Fights, "Sahel Brigade")},
			companion: "The Sahel Brigade fought alongside Malian troops and Chadian soldiers against the Coastal Front.",
			want:      []string{fact("Mali", graph.Fights, "Coastal Front")}},
		// Forces that guard a state do not fight it.
		{text: "General Moussa Diallo's fighters have guarded Chad since April.",
			not:       []string{fact("Moussa Diallo", graph.Fights, "Chad")},
			companion: "General Moussa Diallo's fighters have repeatedly shelled Chad.",
			want:      []string{fact("Moussa Diallo", graph.Fights, "Chad")}},
	})
}

// TestOppositionByNounsPassivesAndDemands checks opposition stated by
// sanctions named by their owner or their agent, a body's passive
// sanction, a warrant, an expulsion named by its owner, an ultimatum, a
// rejected plan and a government called illegitimate.
func TestOppositionByNounsPassivesAndDemands(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sahel League's new sanctions on Chad were lifted in June.",
			want: []string{fact("Sahel League", graph.Opposes, "Chad")}},
		{text: "Sanctions imposed by the African Union on Niger took effect last week.",
			want: []string{fact("African Union", graph.Opposes, "Niger")}},
		{text: "Chad was hit by heavy sanctions imposed by the Sahel League.",
			want: []string{fact("Sahel League", graph.Opposes, "Chad")}},
		{text: "The Coastal Front was formally outlawed by Niger in 2018.",
			want: []string{fact("Niger", graph.Opposes, "Coastal Front")}},
		{text: "Chad has remained under African Union sanctions since the coup.",
			want: []string{fact("African Union", graph.Opposes, "Chad")}},
		{text: "The Supreme Court of Niger issued an arrest warrant for General Idriss Kaba.",
			want: []string{fact("Supreme Court of Niger", graph.Opposes, "Idriss Kaba")}},
		{text: "Mali's expulsion of the Nigerien contingent ended the mission.",
			want: []string{fact("Mali", graph.Opposes, "Niger")}},
		{text: "Chad's decision to expel Malian diplomats drew protests.",
			want: []string{fact("Chad", graph.Opposes, "Mali")}},
		{text: "The Sahel League gave Chad a final ultimatum.",
			want: []string{fact("Sahel League", graph.Opposes, "Chad")}},
		{text: "Niger rejected Chad's plan for a joint force.",
			want: []string{fact("Niger", graph.Opposes, "Chad")}},
		{text: "Mali called the Chadian government illegitimate.",
			want: []string{fact("Mali", graph.Opposes, "Chad")}},
	})
	checkNegatives(t, []negativeCase{
		// Sanctions lifted by a side name no owner right before them.
		{text: "Niger lifted sanctions on Chad in June.",
			not:       []string{fact("Niger", graph.Opposes, "Chad")},
			companion: "Niger's sanctions on Chad were lifted in June.",
			want:      []string{fact("Niger", graph.Opposes, "Chad")}},
		// A plan accepted is no rejection.
		{text: "Niger accepted Chad's plan for a joint force.",
			not:       []string{fact("Niger", graph.Opposes, "Chad")},
			companion: "Niger rejected Chad's plan for a joint force.",
			want:      []string{fact("Niger", graph.Opposes, "Chad")}},
		// A government called legitimate is backed, not opposed.
		{text: "Mali called the Chadian government legitimate.",
			not:       []string{fact("Mali", graph.Opposes, "Chad")},
			companion: "Mali called the Chadian government illegitimate.",
			want:      []string{fact("Mali", graph.Opposes, "Chad")}},
	})
}

// TestClaimedAttacksAmbushesAndBlame checks fights stated by an attack
// its author claims, an ambush on a convoy named by its state's
// adjective, a side that comes under attack from another, and opposition
// stated by blame laid.
func TestClaimedAttacksAmbushesAndBlame(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sahel Front claims attack on Niger army post",
			want: []string{fact("Niger", graph.Fights, "Sahel Front")}},
		{text: "The Sahel Front said it staged the raid on Chadian soldiers near Bol.",
			want: []string{fact("Chad", graph.Fights, "Sahel Front")}},
		{text: "Fighters of the Sahel Front overran a Nigerien outpost on Tuesday.",
			want: []string{fact("Niger", graph.Fights, "Sahel Front")}},
		{text: "Chadian troops came under heavy shelling from the Sahel Front.",
			want: []string{fact("Chad", graph.Fights, "Sahel Front")}},
		{text: "Niger holds the Sahel Front responsible for the massacre.",
			want: []string{fact("Niger", graph.Opposes, "Sahel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A convoy escorted is not attacked.
		{text: "The Sahel Front escorted a Nigerien convoy on Tuesday.",
			not:       []string{fact("Niger", graph.Fights, "Sahel Front")},
			companion: "The Sahel Front ambushed a Nigerien convoy on Tuesday.",
			want:      []string{fact("Niger", graph.Fights, "Sahel Front")}},
		// Responsibility for a task is no blame.
		{text: "Niger gave the Sahel Front responsibility for the border crossing.",
			not:       []string{fact("Niger", graph.Opposes, "Sahel Front")},
			companion: "Niger holds the Sahel Front responsible for the massacre.",
			want:      []string{fact("Niger", graph.Opposes, "Sahel Front")}},
	})
}

// TestBlameForDeaths checks that a side blamed for the deaths of another
// side's soldiers, in a main or a relative clause, fights that side.
func TestBlameForDeaths(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad blamed the Sahel Front for the killing of five Nigerien soldiers.",
			want: []string{fact("Niger", graph.Fights, "Sahel Front")}},
		{text: "The Sahel Front, which Mali holds responsible for the attack on Chadian troops, has not commented.",
			want: []string{fact("Chad", graph.Fights, "Sahel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Blamed for the deaths of civilians names no side attacked.
		{text: "Chad blamed the Sahel Front for the deaths of five civilians.",
			not:       []string{fact("Chad", graph.Fights, "Sahel Front")},
			companion: "Chad blamed the Sahel Front for the killing of five Nigerien soldiers.",
			want:      []string{fact("Niger", graph.Fights, "Sahel Front")}},
	})
}

// TestCondemnedDeedByAuthor checks that a deed condemned with its author
// named after "by" opposes the author, not the victim.
func TestCondemnedDeedByAuthor(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Niger denounced the abduction of two Nigerien traders by Chadian soldiers.",
			want: []string{fact("Niger", graph.Opposes, "Chad")}},
		{text: "Mali condemned the execution of three prisoners by the Sahel Front.",
			want: []string{fact("Mali", graph.Opposes, "Sahel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A deed praised is no condemnation.
		{text: "Mali praised the release of three prisoners by the Sahel Front.",
			not:       []string{fact("Mali", graph.Opposes, "Sahel Front")},
			companion: "Mali condemned the execution of three prisoners by the Sahel Front.",
			want:      []string{fact("Mali", graph.Opposes, "Sahel Front")}},
	})
}

// The target or place of an attack noun's phrase is no subject of the verb
// after the phrase: "an Israeli strike on Damascus killed Iranian officers"
// is no fight between Syria and Iran.
func TestAttackPhraseTargetIsNoSubject(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "A Ghanaian air strike on a depot in the outskirts of Lome killed four Beninese officers.",
			not:       []string{fact("Benin", graph.Fights, "Togo")},
			companion: "Ghana killed four Beninese officers in the outskirts of Lome.",
			want:      []string{fact("Benin", graph.Fights, "Ghana")}},
		{text: "Saudi air strikes on Sanaa killed Houthi commanders.",
			not:       []string{fact("Houthi commanders", graph.Fights, "Yemen")},
			companion: "Saudi Arabia killed Houthi commanders in Sanaa.",
			want:      []string{fact("Houthi commanders", graph.Fights, "Saudi Arabia")}},
		// The object of the verb does not author the attack that is the
		// subject's means.
		{text: "Israel killed Hamas commanders in air strikes on Beirut.",
			not:       []string{fact("Hamas", graph.Fights, "Lebanon")},
			companion: "Hamas commanders carried out air strikes on Beirut.",
			want:      []string{fact("Hamas", graph.Fights, "Lebanon")}},
	})
}

// TestDemandsToLeaveAndStancesOnActs checks a demand that a side leave or
// its leader go, and a stance against an act whose author follows "by".
func TestDemandsToLeaveAndStancesOnActs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru called on Chile to withdraw its troops from the border immediately.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Mali told the African Union to leave, saying its mandate had ended.",
			want: []string{fact("Mali", graph.Opposes, "African Union")}},
		{text: "Ghana urged Togolese President Kofi Adu to resign.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
		{text: "Chile warned against any incursion by Peru into the desert.",
			want: []string{fact("Chile", graph.Opposes, "Peru")}},
		{text: "Benin rejected the continued interference by Togo in its affairs.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Withdrawing an objection is no departure.
		{text: "Peru called on Chile to withdraw its objection to the plan.",
			not:       []string{fact("Peru", graph.Opposes, "Chile")},
			companion: "Peru called on Chile to withdraw its soldiers from the plain.",
			want:      []string{fact("Peru", graph.Opposes, "Chile")}},
		// An act by the subject's partner that the subject welcomed.
		{text: "Chile welcomed the intervention by Peru in the talks.",
			not:       []string{fact("Chile", graph.Opposes, "Peru")},
			companion: "Chile condemned the intervention by Peru in the talks.",
			want:      []string{fact("Chile", graph.Opposes, "Peru")}},
	})
}

// TestExchangedFireWith checks one side exchanging fire with another.
func TestExchangedFireWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana backs the Northern Brigade, which has been trading artillery fire with Togolese troops near Kara.",
			want: []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Exchanging views is talk, not fire.
		{text: "The Northern Brigade has been exchanging views with Togolese officials.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo")},
			companion: "The Northern Brigade has been exchanging fire with Togolese troops.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// TestRuptures checks a rupture between two sides: "broke with",
// "fell out with".
func TestRuptures(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin fell out with Togo in 2021 over the border posts.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Breaking with a custom is no rupture with a side.
		{text: "Benin broke with custom and invited Togo to the summit.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin broke with Togo and invited Ghana to the summit.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}

// TestStrikeOnPlaceKilledMembers checks a strike told by its place before
// its dead: the place phrase may be long, or name a capital read as its
// state, and the striker's demonym stands for the state.
func TestStrikeOnPlaceKilledMembers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A Ghanaian air strike on a warehouse in the river port on Tuesday killed six members of the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "A Ghanaian missile strike on a suburb of Lome on Friday killed five members of the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Togo", graph.Fights, "Northern Brigade")}},
		{text: "A Ghanaian drone struck a pickup truck near the border town, killing two fighters of the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A strike that killed no one of a side states no fight with the
		// side that reports it.
		{text: "A Ghanaian air strike on a warehouse in the river port on Tuesday destroyed the depot, the Northern Brigade said.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "A Ghanaian air strike on a warehouse in the river port on Tuesday killed six members of the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestFightsToldByOutcome checks fights told by a deed's outcome rather
// than a verb of fighting: an aircraft downed, a stronghold or a held town
// taken, a named person killed by a strike, a state of war, sides named by
// whom their fighters follow, an intervention against a side.
func TestFightsToldByOutcome(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Late on Sunday a Malian air-defence unit shot down an Algerian reconnaissance drone near Tinzaouaten.",
			want: []string{fact("Algeria", graph.Fights, "Mali")}},
		{text: "An Eritrean transport plane was shot down by Ethiopian troops near the border.",
			want: []string{fact("Eritrea", graph.Fights, "Ethiopia")}},
		{text: "The Coastal Union has been at war with the army of President Dario Mensk since 2021.",
			want: []string{fact("Coastal Union", graph.Fights, "Dario Mensk")}},
		{text: "Chad, at war with Niger since the spring, closed its airspace.",
			want: []string{fact("Chad", graph.Fights, "Niger")}},
		{text: "The conflict, fought between soldiers loyal to President Dario Mensk and militias allied with General Oren Talvik, spread south.",
			want: []string{fact("Dario Mensk", graph.Fights, "Oren Talvik")}},
		{text: "Units of the Coastal Union overran Kassala, the main stronghold of the Northern Brigade in the valley.",
			want: []string{fact("Coastal Union", graph.Fights, "Northern Brigade")}},
		{text: "Chadian troops entered the villages that the Northern Brigade had held for a year.",
			want: []string{fact("Chad", graph.Fights, "Northern Brigade")}},
		{text: "A Nigerien drone strike that killed commander Oren Talvik hit a convoy near Agadez.",
			want: []string{fact("Niger", graph.Fights, "Oren Talvik")}},
		{text: "The Coastal Union intervened in 2019 against the Northern Brigade, which had taken the capital.",
			want: []string{fact("Coastal Union", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A person reporting a downing does not down the aircraft.
		{text: "President Dario Mensk claimed that a Chadian jet shot down a Nigerien helicopter.",
			not:       []string{fact("Dario Mensk", graph.Fights, "Niger")},
			companion: "A Chadian jet shot down a Nigerien helicopter, President Dario Mensk said.",
			want:      []string{fact("Chad", graph.Fights, "Niger")}},
		// An intervention against a group aligned with a state is none
		// against the state.
		{text: "The Coastal Union intervened in 2019 against the Chad-aligned militia.",
			not:       []string{fact("Coastal Union", graph.Fights, "Chad")},
			companion: "The Coastal Union intervened in 2019 against Chad, which had taken the capital.",
			want:      []string{fact("Coastal Union", graph.Fights, "Chad")}},
		// A stronghold taken from no one named is no fight.
		{text: "The Coastal Union captured Kassala, the last town on the road to the coast.",
			not:       []string{fact("Coastal Union", graph.Fights, "Northern Brigade")},
			companion: "The Coastal Union captured Kassala, the last stronghold of the Northern Brigade.",
			want:      []string{fact("Coastal Union", graph.Fights, "Northern Brigade")}},
	})
}

// TestDesignationsCoupsRuptures checks opposition told without a verb of
// hostility: a side designated terrorist, an enemy or another group's
// offshoot; a coup; recognition withdrawn, legitimacy stripped, a dispute;
// a wish that a leader step down.
func TestDesignationsCoupsRuptures(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, which swore allegiance to al-Qaeda, is listed by Canada as a terrorist entity.",
			want: []string{fact("Canada", graph.Opposes, "Northern Brigade")}},
		{text: "The raid was carried out by the Northern Brigade, a movement designated as terrorist by the European Union.",
			want: []string{fact("European Union", graph.Opposes, "Northern Brigade")}},
		{text: "Addis Ababa regards the Coastal Union as an offshoot of the Northern Brigade.",
			want: []string{fact("Ethiopia", graph.Opposes, "Coastal Union")}},
		{text: "Its youth wing, the Coastal Union, Nairobi considers an extension of the Northern Brigade.",
			want: []string{fact("Kenya", graph.Opposes, "Coastal Union")}},
		{text: "Chad views Niger as an enemy.",
			want: []string{fact("Chad", graph.Opposes, "Niger")}},
		{text: "President Dario Mensk was ousted in the night by soldiers of the guard headed by Colonel Oren Talvik.",
			want: []string{fact("Oren Talvik", graph.Opposes, "Dario Mensk")}},
		{text: "Colonel Oren Talvik took power from the civilian president Dario Mensk in 2021.",
			want: []string{fact("Oren Talvik", graph.Opposes, "Dario Mensk")}},
		{text: "Colonel Oren Talvik staged a coup against President Dario Mensk.",
			want: []string{fact("Oren Talvik", graph.Opposes, "Dario Mensk")}},
		{text: "Kenya withdrew its recognition of Somalia's interim government on Sunday.",
			want: []string{fact("Kenya", graph.Opposes, "Somalia")}},
		{text: "The Coastal Union stripped President Dario Mensk of all his powers.",
			want: []string{fact("Coastal Union", graph.Opposes, "Dario Mensk")}},
		{text: "Sudan remains embroiled in a bitter row with Egypt over the dam.",
			want: []string{fact("Sudan", graph.Opposes, "Egypt")}},
		{text: "Chad, which wants President Dario Mensk to resign, recalled its envoy.",
			want: []string{fact("Chad", graph.Opposes, "Dario Mensk")}},
	})
	checkNegatives(t, []negativeCase{
		// Regarding a side as a partner is no designation.
		{text: "Addis Ababa regards the Coastal Union as a reliable partner.",
			not:       []string{fact("Ethiopia", graph.Opposes, "Coastal Union")},
			companion: "Addis Ababa regards the Coastal Union as a terrorist group.",
			want:      []string{fact("Ethiopia", graph.Opposes, "Coastal Union")}},
		// A recognition granted is no rupture.
		{text: "Kenya extended its recognition of Somalia's interim government on Sunday.",
			not:       []string{fact("Kenya", graph.Opposes, "Somalia")},
			companion: "Kenya withdrew its recognition of Somalia's interim government on Sunday.",
			want:      []string{fact("Kenya", graph.Opposes, "Somalia")}},
		// Wanting a leader to stay is no wish that he go.
		{text: "Chad, which wants President Dario Mensk to stay, recalled its envoy.",
			not:       []string{fact("Chad", graph.Opposes, "Dario Mensk")},
			companion: "Chad, which wants President Dario Mensk to step down, recalled its envoy.",
			want:      []string{fact("Chad", graph.Opposes, "Dario Mensk")}},
	})
}

// TestBlameForAttack checks blame laid for an attack named before "on":
// the side after "on" is blamed, not the place or target before the
// attack noun.
func TestBlameForAttack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya blamed the Somalia attack on the Northern Brigade.",
			want: []string{fact("Kenya", graph.Opposes, "Northern Brigade")},
			not:  []string{fact("Kenya", graph.Opposes, "Somalia")}},
		{text: "Chad blamed last week's ambush on the Northern Brigade.",
			want: []string{fact("Chad", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// The ouster of a ruler named after the possessive of someone else's
		// trip is no expulsion by him.
		{text: "President Dario Mensk's first trip abroad since the ouster of President Oren Talvik took him to Chad.",
			not:       []string{fact("Dario Mensk", graph.Opposes, "Oren Talvik")},
			companion: "Chad's expulsion of Niger's ambassador came on Friday.",
			want:      []string{fact("Chad", graph.Opposes, "Niger")}},
	})
}

// TestForcesAcrossAndWhose checks a side's forces in a relative clause
// ("X, whose fighters have battled Y") and an attack on positions inside
// another state.
func TestForcesAcrossAndWhose(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Militia, whose fighters have long battled the Northern Brigade, joined the talks.",
			want: []string{fact("Lake Militia", graph.Fights, "Northern Brigade")}},
		{text: "Eritrean troops shelled villages inside Ethiopia on Tuesday.",
			want: []string{fact("Eritrea", graph.Fights, "Ethiopia")}},
	})
	checkNegatives(t, []negativeCase{
		// A relative clause whose forces guard a side do not fight it.
		{text: "The Lake Militia, whose fighters have guarded the Northern Brigade's leaders, joined the talks.",
			not:       []string{fact("Lake Militia", graph.Fights, "Northern Brigade")},
			companion: "The Lake Militia, whose fighters have attacked the Northern Brigade, joined the talks.",
			want:      []string{fact("Lake Militia", graph.Fights, "Northern Brigade")}},
		// Positions in a state's own ground named without "inside" are
		// no attack on the state.
		{text: "Eritrean troops shelled villages near Ethiopia's border with Sudan.",
			not:       []string{fact("Eritrea", graph.Fights, "Ethiopia")},
			companion: "Eritrean troops shelled villages inside Ethiopia on Tuesday.",
			want:      []string{fact("Eritrea", graph.Fights, "Ethiopia")}},
	})
}

// TestOwnedWarsAndStancesOnActs checks a fight told by a noun its side
// owns ("in its war against X", "decades of armed struggle against X")
// and a stance against a side's act, its author named by an adjective or
// a possessive before the act or after a noun of presence (opp22).
func TestOwnedWarsAndStancesOnActs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lakeside Army will use the new drones in its war against the Volta Front.",
			want: []string{fact("Lakeside Army", graph.Fights, "Volta Front")}},
		{text: "Chad pressed on with its campaign against the Lake Militia.",
			want: []string{fact("Chad", graph.Fights, "Lake Militia")}},
		{text: "The Volta Front ended three decades of armed struggle against the Togolese state.",
			want: []string{fact("Volta Front", graph.Fights, "Togo")}},
		{text: "Spain and Italy condemned the Togolese fire and called for restraint.",
			want: []string{fact("Spain", graph.Opposes, "Togo"), fact("Italy", graph.Opposes, "Togo")}},
		{text: "The Volta Front urged the international community to stop Ghana's aggression.",
			want: []string{fact("Volta Front", graph.Opposes, "Ghana")}},
		{text: "Chad's foreign ministry denounced the Malian deployment as a threat to the region.",
			want: []string{fact("Chad's foreign ministry", graph.Opposes, "Mali")}},
		{text: "Peru also condemned the repeated Chilean air strikes on the border.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Peru also criticised the presence of Chilean troops in the north.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Spain and Italy denounced the growing presence of the armed group Volta Front near the border.",
			want: []string{fact("Spain", graph.Opposes, "Volta Front"), fact("Italy", graph.Opposes, "Volta Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A war owned by the side named right before "its" is that side's,
		// not its backer's.
		{text: "Ghana backed Togo in its war against the Volta Front.",
			not:       []string{fact("Ghana", graph.Fights, "Volta Front")},
			companion: "Ghana pressed on in its war against the Volta Front.",
			want:      []string{fact("Ghana", graph.Fights, "Volta Front")}},
		// Years of peace are no fight.
		{text: "The Volta Front marked three decades of peace with the Togolese state.",
			not:       []string{fact("Volta Front", graph.Fights, "Togo")},
			companion: "The Volta Front marked three decades of war with the Togolese state.",
			want:      []string{fact("Volta Front", graph.Fights, "Togo")}},
		// The side an act hits is not its author.
		{text: "Spain and Italy condemned the fire on Togolese soldiers.",
			not:       []string{fact("Spain", graph.Opposes, "Togo")},
			companion: "Spain and Italy condemned the Togolese fire on the soldiers.",
			want:      []string{fact("Spain", graph.Opposes, "Togo")}},
		// Praise of a presence is no stance against it.
		{text: "Peru also praised the presence of Chilean troops in the north.",
			not:       []string{fact("Peru", graph.Opposes, "Chile")},
			companion: "Peru also deplored the presence of Chilean troops in the north.",
			want:      []string{fact("Peru", graph.Opposes, "Chile")}},
	})
}

// TestStrikesUnderALabel checks strikes an attacker's own body labels
// ("carried out what the army described as large-scale strikes on X"):
// the giver of the label takes no part (opp22).
func TestStrikesUnderALabel(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana carried out what the Ghanaian army described as large-scale strikes on Togolese and Beninese targets on Saturday.",
			want: []string{fact("Ghana", graph.Fights, "Togo"), fact("Benin", graph.Fights, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// The giver of the label is no target.
		{text: "Ghana carried out what the Togolese army described as large-scale strikes on civilians.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana carried out what the Togolese army described as large-scale strikes on Togolese targets.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// A labelling free relative ("what it called", "what X described as")
// names the thing the verb before it acts on; its speaker takes no part.
func TestStanceOnALabelledThing(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin and Togo condemned what they called Ghana's aggression on the border and urged calm.",
			want: []string{fact("Benin", graph.Opposes, "Ghana"), fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Niger denounced what it described as an invasion by the Lakeside Front.",
			want: []string{fact("Niger", graph.Opposes, "Lakeside Front")}},
		{text: "Benin condemned what Ghana called an attack by Togo.",
			want: []string{fact("Benin", graph.Opposes, "Togo")},
			not:  []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Niger pledged to back what it called Mali's fight against the insurgents.",
			want: []string{fact("Niger", graph.Supports, "Mali")}},
	})
	checkNegatives(t, []negativeCase{
		// A negation or a hedge of the clause still voids it.
		{text: "Ghana did not condemn what it called Togo's incursion.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana condemned what it called Togo's incursion.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Benin may condemn what it calls Togo's incursion.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin condemned what it calls Togo's incursion.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		// A label that opens the sentence has no verb before it.
		{text: "What Togo called an attack by Ghana was the talk of Benin.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Togo condemned what it called an attack by Ghana.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
	})
}

// An object named by a kind and then by its members ("sanctions on
// several officers, among them X") is read with the members as the object.
func TestMembersOfAnObjectKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin imposed sanctions on several Ghanaian officers, among them Kofi Mensah.",
			want: []string{fact("Benin", graph.Opposes, "Kofi Mensah")},
			not:  []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "The EU imposed sanctions on several of its leaders, among them Kofi Mensah, the head of the Hill Brigade.",
			want: []string{fact("European Union", graph.Opposes, "Kofi Mensah"), fact("Kofi Mensah", graph.HeadOf, "Hill Brigade")}},
		{text: "Ghana banned seven parties, among them the Unity Party, and arrested their leaders.",
			want: []string{fact("Ghana", graph.Opposes, "Unity Party")}},
		{text: "Benin met several rebel commanders, including Kofi Mensah.",
			want: []string{fact("Benin", graph.MetWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		// A negation still voids the clause.
		{text: "Benin did not impose sanctions on several Ghanaian officers, among them Kofi Mensah.",
			not:       []string{fact("Benin", graph.Opposes, "Kofi Mensah")},
			companion: "Benin imposed sanctions on several Ghanaian officers, among them Kofi Mensah.",
			want:      []string{fact("Benin", graph.Opposes, "Kofi Mensah")}},
		// A kind with a clause of its own naming someone else is no
		// plain kind: the members may be those of the clause.
		{text: "Benin imposed sanctions on several officers who had met Togolese officials, among them Kofi Mensah.",
			not:       []string{fact("Benin", graph.Opposes, "Kofi Mensah")},
			companion: "Benin imposed sanctions on several officers, among them Kofi Mensah.",
			want:      []string{fact("Benin", graph.Opposes, "Kofi Mensah")}},
	})
}

// TestCondemnedDeedBy checks that a condemnation of a deed named by any
// noun phrase whose doer follows "by" opposes the doer, and nothing when
// the condemnation is denied, passive or belongs to another clause.
func TestCondemnedDeedBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin condemned a reckless act by Togo near the border.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Mali denounced the arrest of three reporters by the Northern Brigade.",
			want: []string{fact("Mali", graph.Opposes, "Northern Brigade")}},
		// A label on the deed is passed over.
		{text: "Niger condemned what it called a cowardly act by the Savanna Front.",
			want: []string{fact("Niger", graph.Opposes, "Savanna Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Benin did not condemn the arrest of reporters by Togo.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin condemned the arrest of reporters by Togo.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		// The passive names the one who condemns after "by".
		{text: "The arrest of reporters was condemned by Togo.",
			not:       []string{fact("Togo", graph.Opposes, "Togo")},
			companion: "Benin condemned the arrest of reporters by Togo.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		// "by" in a clause of its own after a comma is not the deed's.
		{text: "Benin condemned the arrest, which was reported by Togo.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin condemned the arrest by Togo.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}

// TestSuspendedStanding checks that suspending a side's membership or
// activities, or a body suspending a member outright, opposes the side;
// a suspension denied, of trade or of a tie states no opposition.
func TestSuspendedStanding(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Union suspended Benin's membership after the coup.",
			want: []string{fact("Coastal Union", graph.Opposes, "Benin")}},
		{text: "The Coastal Union voted on Friday to suspend Togo's participation in its summits.",
			want: []string{fact("Coastal Union", graph.Opposes, "Togo")}},
		{text: "The interior ministry of Ghana suspended the Savanna Front's activities for three months.",
			want: []string{fact("interior ministry of Ghana", graph.Opposes, "Savanna Front")}},
		{text: "The African Union, which suspended Togo in 2021, welcomed the vote.",
			want: []string{fact("African Union", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The African Union did not suspend Togo.",
			not:       []string{fact("African Union", graph.Opposes, "Togo")},
			companion: "The African Union suspended Togo.",
			want:      []string{fact("African Union", graph.Opposes, "Togo")}},
		// A state suspending another outright is no body's suspension.
		{text: "Ghana suspended Togolese imports.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana suspended Togo's membership.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestEnvoyExpulsion checks a diplomatic protest to the envoys of a state
// named by its adjective or after "of", and "declared X persona non
// grata": the subject opposes the state or the person; its own envoy, a
// denial or a protest reported as another's is no such fact.
func TestEnvoyExpulsion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana expelled the Togolese ambassador on Friday.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana summoned the envoys of Togo, Benin and Niger over the remarks.",
			want: []string{fact("Ghana", graph.Opposes, "Togo"), fact("Ghana", graph.Opposes, "Benin"), fact("Ghana", graph.Opposes, "Niger")}},
		{text: "Ghana declared the Togolese ambassador persona non grata.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana declared Kofi Adu persona non grata.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana did not expel the Togolese ambassador.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana expelled the Togolese ambassador.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana may summon the envoys of Togo.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana summoned the envoys of Togo.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana expelled the Ghanaian ambassador's driver.",
			not:       []string{fact("Ghana", graph.Opposes, "Ghana")},
			companion: "Ghana expelled the Togolese ambassador.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// A state or capital named before an attack's noun after a determiner is
// where the attack happened, no actor: "condemned the Santiago strike"
// says nothing against Chile. A demonym ("the Chilean strike"), an
// acronym used as one ("the US strikes") or a possessive ("Chile's
// strike") names who struck, and stays an actor.
func TestAttackPlaceIsNoActor(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru condemned the Santiago strike as an attack on its sovereignty.",
			not:       []string{fact("Peru", graph.Opposes, "Chile")},
			companion: "Peru condemned Chile over the strike.",
			want:      []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Kenya condemned the Lima bombing on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Peru")},
			companion: "Kenya condemned Lima on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "Kenya condemned the Lima bombing on 5 May.",
			not:       []string{fact("Kenya", graph.Opposes, "Peru")},
			companion: "Kenya condemned Lima on 5 May.",
			want:      []string{fact("Kenya", graph.Opposes, "Peru")}},
		// A target after the noun does not make the place an attacker
		// (review).
		{text: "Kenya condemned the Jordan attack on US troops.",
			not:       []string{fact("Kenya", graph.Opposes, "Jordan"), fact("Jordan", graph.Fights, "United States")},
			companion: "Kenya condemned Jordan over the attack on US troops.",
			want:      []string{fact("Kenya", graph.Opposes, "Jordan")}},
	})
	checkFacts(t, []factCase{
		{text: "Peru condemned the Chilean strike as an attack on its sovereignty.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Peru condemned the US strikes on the port.",
			want: []string{fact("Peru", graph.Opposes, "United States")}},
		{text: "Peru condemned Chile's strike on the port.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
		{text: "Ghana condemned the Iranian strikes on Israel.",
			want: []string{fact("Ghana", graph.Opposes, "Iran"), fact("Iran", graph.Fights, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Pentagon blamed the Jordan attack on Iran-backed militias.",
			not:       []string{fact("Pentagon", graph.Opposes, "Jordan")},
			companion: "The Pentagon blamed Jordan for the attack.",
			want:      []string{fact("Pentagon", graph.Opposes, "Jordan")}},
	})
}

// TestCallsToStepDown checks the one family of ways to leave power
// (%step_down) in every pattern of a call for a ruler to go.
func TestCallsToStepDown(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana urged Togolese President Kofi Adu to give up power.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
		{text: "Ghana demanded that Togolese President Kofi Adu relinquish power.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
		{text: "Ghana wants Togolese President Kofi Adu to step aside.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
		{text: "Ghana said that Togolese President Kofi Adu must hand over power.",
			want: []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana did not urge Togolese President Kofi Adu to give up power.",
			not:       []string{fact("Ghana", graph.Opposes, "Kofi Adu")},
			companion: "Ghana again urged Togolese President Kofi Adu to give up power.",
			want:      []string{fact("Ghana", graph.Opposes, "Kofi Adu")}},
	})
}

// The partner named after "alongside" (or "beside", "together with") a
// fight's object fights that object too, whoever the clause's subject is
// (pattern fights/fought-O-alongside-S): a named subject, a subject the
// text does not name, a list of partners, a gap of time before the
// partner. A denied fight, and a partner of a verb of no fighting, give
// none.
func TestPartnerAfterFoughtObject(t *testing.T) {
	front := func(o string) string { return fact("Borduria Front", graph.Fights, o) }
	checkFacts(t, []factCase{
		{text: "Foreign troops have fought the Borduria Front alongside the Ghanaian army.",
			want: []string{front("Ghanaian army")}},
		{text: "Coalition jets have attacked the Borduria Front alongside the Tarsh Brigades and Togolese troops.",
			want: []string{front("Tarsh Brigades"), front("Togo")}},
		{text: "Ghana has been battling the Borduria Front since 2021 alongside the Tarsh Brigades.",
			want: []string{front("Ghana"), front("Tarsh Brigades")}},
		{text: "Volunteers fought the Borduria Front together with the Tarsh Brigades in the hills.",
			want: []string{front("Tarsh Brigades")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana did not fight the Borduria Front alongside the Tarsh Brigades.",
			not:       []string{front("Tarsh Brigades")},
			companion: "Ghana fought the Borduria Front alongside the Tarsh Brigades.",
			want:      []string{front("Tarsh Brigades")}},
		{text: "Volunteers met the Borduria Front alongside the Tarsh Brigades.",
			not:       []string{front("Tarsh Brigades")},
			companion: "Volunteers attacked the Borduria Front alongside the Tarsh Brigades.",
			want:      []string{front("Tarsh Brigades")}},
		// The gap stays in the clause: a relative clause after the
		// object is the object's own, whose partner is its ally.
		{text: "Ghana attacked the Borduria Front, which fought alongside the Tarsh Brigades in 2019.",
			not:       []string{front("Tarsh Brigades")},
			companion: "Ghana attacked the Borduria Front in 2019 alongside the Tarsh Brigades.",
			want:      []string{front("Tarsh Brigades")}},
		{text: "Ghana attacked the Borduria Front, and later fought alongside the Tarsh Brigades.",
			not:       []string{front("Tarsh Brigades")},
			companion: "Ghana attacked the Borduria Front later alongside the Tarsh Brigades.",
			want:      []string{front("Tarsh Brigades")}},
	})
}
