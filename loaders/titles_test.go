package loaders

import (
	"strings"
	"testing"

	"github.com/entente/entente/graph"
)

// TestRoles checks the offices read from titles and appositives.
func TestRoles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Doha hosted Ahmad Tohme, the general coordinator of the Syrian Democratic Council, on Sunday.",
			want: []string{fact("Ahmad Tohme", graph.HeadOf, "Syrian Democratic Council")}},
		{text: "On Friday, Foreign Minister Mevlut Cavusoglu received his Iranian counterpart, Mohammad Javad Zarif, in Ankara.",
			want: []string{
				fact("Mohammad Javad Zarif", graph.ForeignMinisterOf, "Iran"),
				fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif"),
			}},
		{text: "Turkish Foreign Minister Mevlut Cavusoglu flew to Tehran.\n\nThe top Turkish diplomat later met his Iranian counterpart Mohammad Javad Zarif.",
			want: []string{fact("Mohammad Javad Zarif", graph.ForeignMinisterOf, "Iran")}},
		// An envoy at an international body represents the state before it.
		{text: "Iraq's UN ambassador Mohammed Bahr al-Uloom spoke to reporters on Tuesday.",
			want: []string{fact("Mohammed Bahr al-Uloom", graph.EnvoyOf, "Iraq")},
			not:  []string{fact("Mohammed Bahr al-Uloom", graph.EnvoyOf, "United Nations")}},
		{text: "Syria's UN ambassador Bashar al-Jaafari spoke to reporters on Tuesday.",
			want: []string{fact("Bashar al-Jaafari", graph.EnvoyOf, "Syria")},
			not:  []string{fact("Bashar al-Jaafari", graph.EnvoyOf, "United Nations")}},
		// "X leads the Y": present-tense heading.
		{text: "Nasr al-Hariri heads the Syrian Negotiation Commission in Geneva.",
			want: []string{fact("Nasr al-Hariri", graph.HeadOf, "Syrian Negotiation Commission")}},
		// A surname after a full name in the article is that person's,
		// even when the catalog knows another person by it.
		{text: "Nasr al-Hariri arrived in Geneva on Monday. Hariri heads the Syrian Negotiation Commission.",
			want: []string{fact("Nasr al-Hariri", graph.HeadOf, "Syrian Negotiation Commission")},
			not:  []string{fact("Saad Hariri", graph.HeadOf, "Syrian Negotiation Commission")}},
		// An emir heads his state: head of state (president-of) and its
		// head (head-of), in any order of title and state.
		{text: "The Emir of Kuwait, Sheikh Nawaf al-Ahmad, received the envoy on Monday.",
			want: []string{fact("Nawaf al-Ahmad", graph.PresidentOf, "Kuwait"), fact("Nawaf al-Ahmad", graph.HeadOf, "Kuwait")}},
		{text: "Bahrain's Emir, Sheikh Salim al-Dawsar, phoned the mediators on Friday.",
			want: []string{fact("Salim al-Dawsar", graph.PresidentOf, "Bahrain"), fact("Salim al-Dawsar", graph.HeadOf, "Bahrain")}},
		// A bare "Army" before a title is the state's army, not the short
		// name of a militia whose name ends in "Army"; a state's army
		// named before still owns it.
		{text: "Kenyan troops drove the Red Hill Army, a clan militia, out of the port in May.\n\nArmy spokesman Colonel Tomas Ferreira said the port was secure.",
			want: []string{fact("Kenya", graph.Fights, "Red Hill Army")},
			not:  []string{fact("Tomas Ferreira", graph.SpokespersonOf, "Red Hill Army")}},
		{text: "Troops of the Nigerian Army reached the port in May.\n\nArmy spokesman Colonel Musa Bello said the port was secure.",
			want: []string{fact("Musa Bello", graph.SpokespersonOf, "Nigerian Army")}},
		// A state's leader heads the state, a body's the body, before or
		// after the name; an opposition or rebel leader heads neither.
		{text: "The Kenyan leader, Amos Wekesa, said his country would seek talks.",
			want: []string{fact("Amos Wekesa", graph.HeadOf, "Kenya")}},
		{text: "Chadian leader Idriss Mahamat flew to Paris on Monday.",
			want: []string{fact("Idriss Mahamat", graph.HeadOf, "Chad")}},
		{text: "Kenyan opposition leader Amos Wekesa met Chadian leader Idriss Mahamat in Paris.",
			want: []string{fact("Idriss Mahamat", graph.HeadOf, "Chad")},
			not:  []string{fact("Amos Wekesa", graph.HeadOf, "Kenya")}},
		{text: "Omar Haddad, the first vice president and leader of the Free Front, said the talks failed.",
			want: []string{fact("Omar Haddad", graph.HeadOf, "Free Front")}},
		// A president holds no monarch's title: no second office.
		{text: "Kenyan President Amos Wekesa received the envoy on Monday.",
			want: []string{fact("Amos Wekesa", graph.PresidentOf, "Kenya")},
			not:  []string{fact("Amos Wekesa", graph.HeadOf, "Kenya")}},
		{text: "Russian President Vladimir Putin arrived.",
			want: []string{fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		// A minister or commissioner of any portfolio holds an office of
		// the state.
		// "Its" office of a state named before.
		{text: "Chile closed the border on Monday. Its foreign minister, Ana Soto, called it temporary.",
			want: []string{fact("Ana Soto", graph.ForeignMinisterOf, "Chile")}},
		// A body whose alias holds its article qualifies an appositive.
		{text: "Hans Lindqvist, the UN envoy for Yemen, arrived in Aden.",
			want: []string{fact("Hans Lindqvist", graph.EnvoyOf, "United Nations"), fact("Hans Lindqvist", graph.EnvoyTo, "Yemen")}},
		// A state's own name for its foreign minister.
		{text: "India's External Affairs Minister Ravi Menath met Lavrov in Moscow.",
			want: []string{fact("Ravi Menath", graph.ForeignMinisterOf, "India")}},
		// Names in any form: initials, patronymics, particles, hyphens.
		{text: "Russian Deputy Foreign Minister Pyotr V. Smirnov arrived in Nairobi.",
			want: []string{fact("Pyotr V. Smirnov", graph.MemberOf, "Russia")}},
		{text: "Belarusian Defence Minister Sergey Ivanovich Belov met Kenyan President William Ruto.",
			want: []string{fact("Sergey Ivanovich Belov", graph.DefenseMinisterOf, "Belarus")}},
		{text: "Dutch Foreign Minister Hendrik van der Berg met Italian Foreign Minister Luigi di Maio.",
			want: []string{fact("Hendrik van der Berg", graph.ForeignMinisterOf, "Netherlands"), fact("Luigi di Maio", graph.ForeignMinisterOf, "Italy")}},
		{text: "French Foreign Minister Jean-Noel Barrot-Lefevre met Kenyan President William Ruto.",
			want: []string{fact("Jean-Noel Barrot-Lefevre", graph.ForeignMinisterOf, "France")}},
		{text: "Sudanese Ambassador Al-Harith Idriss al-Harith Mohamed told the council the war was a plot.",
			want: []string{fact("Al-Harith Idriss al-Harith Mohamed", graph.EnvoyOf, "Sudan")}},
		// A plural title over the adjectives of several states and as
		// many names.
		{text: "Georgian and Armenian Foreign Ministers Levan Gelashvili and Ararat Mirzoyan met in Tbilisi.",
			want: []string{fact("Levan Gelashvili", graph.ForeignMinisterOf, "Georgia"), fact("Ararat Mirzoyan", graph.ForeignMinisterOf, "Armenia")}},
		// A body's name with no head noun, closing an office's "of the".
		{text: "Iván Cortes, the leader of the Frente Comun Andino, rejected the offer.",
			want: []string{fact("Iván Cortes", graph.HeadOf, "Frente Comun Andino")}},
		// A name the appositive gives its person does not end it.
		{text: "Omar Tahir, the WPLF commander widely known as Abu Salem, said the group would take part.",
			want: []string{fact("Omar Tahir", graph.HeadOf, "WPLF")}},
		{text: "Peru's infrastructure minister, Rosa Quispe, signed the deal.",
			want: []string{fact("Rosa Quispe", graph.MemberOf, "Peru")}},
		{text: "Chilean Interior Minister Carlos Soto arrived in Lima.",
			want: []string{fact("Carlos Soto", graph.MemberOf, "Chile")}},
		{text: "Iran's President Hassan Rouhani spoke.",
			want: []string{fact("Hassan Rouhani", graph.PresidentOf, "Iran")}},
		{text: "Today Russian President Vladimir Putin has a phone conversation with President of the Islamic Republic of Iran Hassan Rouhani.",
			want: []string{fact("Hassan Rouhani", graph.PresidentOf, "Iran"), fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		{text: "Israeli Prime Minister Benjamin Netanyahu left.",
			want: []string{fact("Benjamin Netanyahu", graph.PrimeMinisterOf, "Israel")}},
		{text: "Syrian Foreign Minister Walid al-Moallem arrived.",
			want: []string{fact("Walid al-Moallem", graph.ForeignMinisterOf, "Syria")}},
		{text: "Russia's Defense Minister Sergei Shoigu flew in.",
			want: []string{fact("Sergei Shoigu", graph.DefenseMinisterOf, "Russia")}},
		{text: "U.S. Secretary of State John Kerry spoke.",
			want: []string{fact("John Kerry", graph.ForeignMinisterOf, "United States")}},
		{text: "Kremlin spokesman Dmitry Peskov told reporters.",
			want: []string{fact("Dmitry Peskov", graph.SpokespersonOf, "Kremlin")}},
		{text: "Guards chief Major General Mohammad Ali Jafari said so.",
			want: []string{fact("Mohammad Ali Jafari", graph.HeadOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Ali Shamkhani, secretary of the Supreme National Security Council, sent a message.",
			want: []string{fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council")}},
		{text: "The head of Iran's National Security Council, Ali Shamkhani, declared victory.",
			want: []string{
				fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council"),
				fact("Supreme National Security Council", graph.PartOf, "Iran"),
			}},
		{text: "Iran's envoy on Syria, Ali Shamkhani, was in Moscow.",
			want: []string{fact("Ali Shamkhani", graph.EnvoyOf, "Iran"), fact("Ali Shamkhani", graph.EnvoyTo, "Syria")}},
		{text: "Russia's Ambassador to Israel Anatoly Viktorov said that.",
			want: []string{fact("Anatoly Viktorov", graph.EnvoyOf, "Russia"), fact("Anatoly Viktorov", graph.EnvoyTo, "Israel")}},
		{text: "UN Special Envoy for Syria Staffan de Mistura welcomed it.",
			want: []string{fact("Staffan de Mistura", graph.EnvoyOf, "United Nations"), fact("Staffan de Mistura", graph.EnvoyTo, "Syria")}},
		{text: "President Bashar al-Assad won.",
			want: []string{fact("Bashar al-Assad", graph.PresidentOf, "Syria")}},
		{text: "Iran's President Hassan Rouhani thanked his Russian counterpart Vladimir Putin.",
			want: []string{fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
		{text: "Foreign ministry spokesman Hossein Jaber Ansari lauded the victory.",
			want: []string{fact("Hossein Jaber Ansari", graph.SpokespersonOf, "Iran")}},
		{text: "Iran provides support to Assad through its elite Revolutionary Guards.",
			want: []string{fact("Islamic Revolutionary Guard Corps", graph.PartOf, "Iran")}},
		{text: "Secretary of the Security Council of the Russian Federation Nikolai Patrushev met him.",
			want: []string{fact("Nikolai Patrushev", graph.HeadOf, "Security Council of Russia")}},
		{text: "Hezbollah leader Hassan Nasrallah spoke.",
			want: []string{fact("Hassan Nasrallah", graph.HeadOf, "Hezbollah")}},
		{text: "Major General Qassem Soleimani, commander of the IRGC's Quds Force, visited Aleppo.",
			want: []string{fact("Qassem Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Iran's Quds Force, led by Qassem Soleimani, planned the offensive.",
			want: []string{fact("Qassem Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Iran")}},
		{text: "Russian Security Council Secretary Nikolai Patrushev arrived.",
			want: []string{fact("Nikolai Patrushev", graph.HeadOf, "Security Council of Russia")}},
		{text: "Turkish presidential spokesman Ibrahim Kalin said so.",
			want: []string{fact("Ibrahim Kalin", graph.SpokespersonOf, "Turkey")}},
		{text: "Russia's Foreign Ministry spokeswoman Maria Zakharova said so.",
			want: []string{fact("Maria Zakharova", graph.SpokespersonOf, "Russian Foreign Ministry"), fact("Russian Foreign Ministry", graph.PartOf, "Russia")}},
		{text: "Turkey, a member of NATO, backs the rebels in Syria.",
			want: []string{fact("Turkey", graph.MemberOf, "NATO")}},
		{text: "The Kremlin said Putin and Iran's Hassan Rowhani spoke.",
			want: []string{fact("Hassan Rowhani", graph.PresidentOf, "Iran")}},
		// The catalog knows no lasting office of Fidan, long a spy chief.
		{text: "Turkey's Hakan Fidan met Assad.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Hakan Fidan")},
			not:  []string{fact("Hakan Fidan", graph.ForeignMinisterOf, "Turkey")}},
		{text: "Foreign Minister Hakan Fidan met Assad.",
			want: []string{fact("Hakan Fidan", graph.ForeignMinisterOf, "Turkey")}},
		{text: "Tasnim published images of Qassim Soleimani, the head of the Quds Force of the Revolutionary Guard, praying.",
			want: []string{fact("Qassim Soleimani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
		{text: "Senior Advisor to Foreign Minister Hossein Jaberi Ansari met Lavrentiev.",
			want: []string{fact("Alexander Lavrentiev", graph.MetWith, "Hossein Jaberi Ansari")},
			not:  []string{fact("Hossein Jaberi Ansari", graph.ForeignMinisterOf, "Iran")}},
		{text: "Iran's senior negotiator Hossein Jaberi Ansari met Lavrentiev.",
			want: []string{fact("Hossein Jaberi Ansari", graph.EnvoyOf, "Iran")}},
		{text: "Our president [Vladimir Putin] has talked about it with Mr. [Turkish President Recep Tayyip] Erdogan.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey"), fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin")}},
		{text: "Deputy Prime Minister, Foreign and Expatriates Minister Walid al-Moallem met Khaji.",
			want: []string{fact("Walid al-Moallem", graph.ForeignMinisterOf, "Syria")},
			not:  []string{fact("Walid al-Moallem", graph.PrimeMinisterOf, "Syria")}},
		// Discovery: a title before an unknown name makes a person.
		{text: "Turkish Defense Minister Kemal Yurtsever visited Ankara.",
			want: []string{fact("Kemal Yurtsever", graph.DefenseMinisterOf, "Turkey")}},
		{text: "Omar Haddad, secretary of the Syrian Supreme Military Council, resigned.",
			want: []string{fact("Omar Haddad", graph.HeadOf, "Syrian Supreme Military Council")}},
		// Offices that are not the role they contain.
		{text: "Iranian Deputy Foreign Minister Hossein Jaberi Ansari met Assad.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Hossein Jaberi Ansari")},
			not:  []string{fact("Hossein Jaberi Ansari", graph.ForeignMinisterOf, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		// An envoy at an international body represents the state before it.
		{text: "The chief opposition negotiator Ahmad Tohme walked out of the talks.",
			not:       []string{fact("Ahmad Tohme", graph.EnvoyOf, "Syrian rebels")},
			companion: "The Syrian envoy Bashar al-Jaafari walked out of the talks.",
			want:      []string{fact("Bashar al-Jaafari", graph.EnvoyOf, "Syria")}},
		// Offices that are not the role they contain.
		{text: "Former President Mahmoud Ahmadinejad spoke.",
			not:       []string{fact("Mahmoud Ahmadinejad", graph.PresidentOf, "Iran")},
			companion: "President Mahmoud Ahmadinejad spoke.",
			want:      []string{fact("Mahmoud Ahmadinejad", graph.PresidentOf, "Iran")}},
		// A possessive is no part-of for a body that is not the state's.
		{text: "Lebanon's Hezbollah fought in Qusayr.",
			not:       []string{fact("Hezbollah", graph.PartOf, "Lebanon")},
			companion: "Iran's Quds Force fought in Qusayr.",
			want:      []string{fact("Quds Force", graph.PartOf, "Iran")}},
	})
}

// TestOfficeReferences checks that "the Iranian President" and "the
// secretary of the NSC" stand for the people the article names in office.
func TestOfficeReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russian President Vladimir Putin and his Iranian counterpart Hassan Rouhani conferred by phone. Putin called Rouhani to offer congratulations on the Iranian President's re-election.",
			want: []string{
				fact("Hassan Rouhani", graph.PresidentOf, "Iran"),
				fact("Vladimir Putin", graph.Congratulated, "Hassan Rouhani"),
			}},
		{text: "Both the Kremlin and the secretary of the Iranian National Security Council (NSC) have congratulated Assad. NSC Secretary Ali Shamkhani was quoted.",
			want: []string{
				fact("Kremlin", graph.Congratulated, "Bashar al-Assad"),
				fact("Ali Shamkhani", graph.Congratulated, "Bashar al-Assad"),
				fact("Ali Shamkhani", graph.HeadOf, "Supreme National Security Council"),
			}},
	})
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

// A title names its body: "Secretary of the NSC", "Quds Force commander".
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
			want: []string{fact("Ali Reza Tavassoli", graph.HeadOf, "Fatemiyoun Brigade")}},
		// "the body of its owner" is the body, part of the owner.
		{text: "The Quds Force of the IRGC, headed by Esmail Qaani, trains militias in Iraq.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")},
			not:  []string{fact("Esmail Qaani", graph.HeadOf, "Islamic Revolutionary Guard Corps")}},
		// ", a senior ORG official,".
		{text: "Naim Qassem, a senior Hezbollah political official, spoke in Beirut.",
			want: []string{fact("Naim Qassem", graph.MemberOf, "Hezbollah")}},
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

// "the King", "the Emir": the person last named with that word in the
// name as written.
func TestTitleWordInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jordan's King Abdullah II flew to Washington on Monday. The King hosted Sergei Lavrov in Amman a week later.",
			want: []string{fact("Abdullah II", graph.MetWith, "Sergei Lavrov")}},
	})
	checkNegatives(t, []negativeCase{
		// No one was named with the word: no one.
		{text: "Lavrov arrived in Amman. The King hosted Lavrov at the palace.",
			not:       []string{fact("Sergei Lavrov", graph.MetWith, "Sergei Lavrov")},
			companion: "King Abdullah II received Lavrov in Amman. The King hosted Lavrov at the palace.",
			want:      []string{fact("Abdullah II", graph.MetWith, "Sergei Lavrov")}},
	})
}

// "the Ayatollah", a rank inside a name named before, is that person.
func TestRankWordInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ayatollah Ali Khamenei addressed the nation on Friday. The Ayatollah later received Bashar al-Assad in Tehran.",
			want: []string{fact("Ali Khamenei", graph.MetWith, "Bashar al-Assad")}},
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

// Offices read from appositives and names the catalog lacks.
func TestRoleAppositives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Hadi al-Amiri, who also heads the Badr Organization, met Soleimani in Baghdad.",
			want: []string{fact("Hadi al-Amiri", graph.HeadOf, "Badr Organization"), fact("Hadi al-Amiri", graph.MetWith, "Qasem Soleimani")}},
		{text: "Russian Deputy Foreign Minister Sergei Ryabkov, who is also Putin's special envoy for arms control, spoke to reporters.",
			want: []string{fact("Sergei Ryabkov", graph.EnvoyOf, "Russia")},
			not:  []string{fact("Sergei Ryabkov", graph.ForeignMinisterOf, "Russia")}},
		{text: "Ismail Qaani, who succeeded Soleimani as commander of the Quds Force, met Nasrallah.",
			want: []string{fact("Ismail Qaani", graph.HeadOf, "Quds Force"), fact("Ismail Qaani", graph.MetWith, "Hassan Nasrallah")}},
		{text: "Damascus received Iranian Ambassador in Damascus Hassan Mehdi Lavrov on Sunday.",
			want: []string{fact("Hassan Mehdi Lavrov", graph.EnvoyOf, "Iran")},
			not:  []string{fact("Sergei Lavrov", graph.EnvoyOf, "Iran")}},
		{text: "Pentagon spokesman Lieutenant Colonel Mark Wright said the strikes continued.",
			want: []string{fact("Mark Wright", graph.SpokespersonOf, "Pentagon")}},
		{text: "Foreign Minister Ayman Safadi held talks in Amman with his Russian counterpart Sergei Lavrov.",
			want: []string{fact("Ayman Safadi", graph.MetWith, "Sergei Lavrov")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kamal Hassan Zarif, the new ambassador, presented his credentials.",
			not:       []string{fact("Mohammad Javad Zarif", graph.EnvoyOf, "Iran")},
			companion: "Kamal Hassan Zarif, Iran's new ambassador, presented his credentials.",
			want:      []string{fact("Kamal Hassan Zarif", graph.EnvoyOf, "Iran")}},
	})
}

// TestTextBeatsMemory checks that a role is read from the sentence, and
// that one the catalog completes ("President X", no state named) is given
// as such: lower confidence, and an evidence that says so.
func TestTextBeatsMemory(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text   string
		want   string
		not    string
		memory bool
	}{
		{"President Vladimir Putin spoke on Monday.", fact("Vladimir Putin", graph.PresidentOf, "Russia"), "", true},
		{"Russian President Vladimir Putin spoke on Monday.", fact("Vladimir Putin", graph.PresidentOf, "Russia"), "", false},
		// The state the text names wins over the catalog's.
		{"Peruvian President Vladimir Putin spoke on Monday.", fact("Vladimir Putin", graph.PresidentOf, "Peru"), fact("Vladimir Putin", graph.PresidentOf, "Russia"), false},
	}
	for _, c := range cases {
		doc, err := x.Extract("test.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range doc.Facts {
			switch factString(f) {
			case c.not:
				t.Errorf("%q: unexpected %s", c.text, c.not)
			case c.want:
				found = true
				memory := strings.HasSuffix(f.Evidence, fromMemory)
				if memory != c.memory {
					t.Errorf("%q: evidence %q, from the catalog %v, want %v", c.text, f.Evidence, memory, c.memory)
				}
				if c.memory && f.Confidence > memoryConfidence || !c.memory && f.Confidence <= memoryConfidence {
					t.Errorf("%q: confidence %v", c.text, f.Confidence)
				}
			}
		}
		if !found {
			t.Errorf("%q: missing %s in %v", c.text, c.want, doc.Facts)
		}
	}
}

// TestChairpersonAndPolicyChief checks the titles "chairperson" (a body's
// head) and "foreign policy chief" (a member of the body or state).
func TestChairpersonAndPolicyChief(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The chairperson of the Sahel Water Commission, Lemma Tufa, welcomed the plan.",
			want: []string{fact("Lemma Tufa", graph.HeadOf, "Sahel Water Commission")}},
		{text: "The African Union's foreign policy chief, Omar Tahir, condemned the raid.",
			want: []string{fact("Omar Tahir", graph.MemberOf, "African Union")}},
	})
}

// TestDeputyTitles checks that a body's deputy head is one of its
// members, and the body its state's.
func TestDeputyTitles(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Tahir, deputy head of Chad's Northern Defence Forces, was killed in a strike.",
			want: []string{fact("Omar Tahir", graph.MemberOf, "Northern Defence Forces")},
			not:  []string{fact("Omar Tahir", graph.HeadOf, "Northern Defence Forces")}},
	})
}

// TestAppointments checks offices given by appointment or election: the
// body named after "of", or the state or body that appoints for "its" and
// for an office named alone.
func TestAppointments(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's president on Thursday appointed Ahmed Sorani, a senior official of the Renewal Party, as president of the executive council of the Welkait region, a body set up last year.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "executive council"), fact("Ahmed Sorani", graph.MemberOf, "Renewal Party")}},
		{text: "The Renewal Party has elected Sheikh Ahmed Sorani, its longtime deputy leader, as its new leader.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")}},
		{text: "The Renewal Party elects deputy Ahmed Sorani as chairman after the congress.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")}},
		{text: "The leader appointed Brigadier General Ahmed Sorani, who was his deputy, as the new commander of the Quds Force.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Quds Force")}},
		{text: "Ahmed Sorani was named commander of the Quds Force on Monday.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Quds Force")}},
		{text: "Peru named Ahmed Sorani as its new ambassador to Chile.",
			want: []string{fact("Ahmed Sorani", graph.EnvoyOf, "Peru")}},
		// Offices taken or kept.
		{text: "Ahmed Sorani became leader of the Lakeside Patriotic Front in 2019.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ahmed Sorani took over as head of the Lakeside Patriotic Front last year.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ahmed Sorani was sworn in as president of the interim administration on Monday.",
			want: []string{fact("Ahmed Sorani", graph.HeadOf, "interim administration")}},
	})
	checkNegatives(t, []negativeCase{
		// A nomination is a plan, and a person who appoints gives no
		// office of his own.
		{text: "The Renewal Party nominated Ahmed Sorani as its candidate for leader.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")},
			companion: "The Renewal Party elected Ahmed Sorani as its leader.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")}},
		{text: "Omar Zand appointed Ahmed Sorani as chairman on Monday.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Omar Zand")},
			companion: "The Renewal Party appointed Ahmed Sorani as chairman on Monday.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Renewal Party")}},
		// "took part", "became a target": no office.
		{text: "Ahmed Sorani took part in the talks of the Lakeside Patriotic Front.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front"), fact("Ahmed Sorani", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "Ahmed Sorani took over as leader of the Lakeside Patriotic Front.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Ahmed Sorani became a target of the Lakeside Patriotic Front.",
			not:       []string{fact("Ahmed Sorani", graph.MemberOf, "Lakeside Patriotic Front")},
			companion: "Ahmed Sorani became a member of the Lakeside Patriotic Front.",
			want:      []string{fact("Ahmed Sorani", graph.MemberOf, "Lakeside Patriotic Front")}},
		// After a verb that appoints, "its" is the appointer's: a body
		// formed in the clause, never a state named before it.
		{text: "Peru's opposition groups agreed to form a coalition and elected Ahmed Sorani, a Lima lawyer, as its president.",
			not:       []string{fact("Ahmed Sorani", graph.PresidentOf, "Peru"), fact("Ahmed Sorani", graph.HeadOf, "Peru")},
			companion: "Peru's opposition groups agreed to form the Lakeside Patriotic Front, which elected Ahmed Sorani as its president.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "Chile's rebel factions formed a new alliance on Sunday and chose Ahmed Sorani as its leader.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Chile")},
			companion: "The Lakeside Patriotic Front sent a delegation, and Ahmed Sorani served as its chief.",
			want:      []string{fact("Ahmed Sorani", graph.HeadOf, "Lakeside Patriotic Front")}},
		// "Iran named X as its commander": of what, unsaid.
		{text: "Peru named Ahmed Sorani as its new commander.",
			not:       []string{fact("Ahmed Sorani", graph.HeadOf, "Peru")},
			companion: "Peru named Ahmed Sorani as its new ambassador.",
			want:      []string{fact("Ahmed Sorani", graph.EnvoyOf, "Peru")}},
	})
}

// TestNegotiatorOnBehalf checks that who negotiates on behalf of a state
// or body is its envoy, and who negotiates with it is not.
func TestNegotiatorOnBehalf(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ahmed Sorani negotiated on behalf of the Renewal Party.",
			want: []string{fact("Ahmed Sorani", graph.EnvoyOf, "Renewal Party")}},
		{text: "Ahmed Sorani, who leads the Hill Salvation Movement, negotiated on the Renewal Party's behalf.",
			want: []string{fact("Ahmed Sorani", graph.EnvoyOf, "Renewal Party"), fact("Ahmed Sorani", graph.HeadOf, "Hill Salvation Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ahmed Sorani negotiated with the Renewal Party on behalf of nobody.",
			not:       []string{fact("Ahmed Sorani", graph.EnvoyOf, "Renewal Party")},
			companion: "Ahmed Sorani negotiated on behalf of the Renewal Party.",
			want:      []string{fact("Ahmed Sorani", graph.EnvoyOf, "Renewal Party")}},
	})
}

// A charge d'affaires is the state's envoy (roles19).
func TestChargeDAffaires(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks went on. The Kenyan charge d'affaires, Tom Odede, was summoned.",
			want: []string{fact("Tom Odede", graph.EnvoyOf, "Kenya")}},
		{text: "Chilean chargé d'affaires Ana Ruiz said the embassy would stay open.",
			want: []string{fact("Ana Ruiz", graph.EnvoyOf, "Chile")},
			not:  []string{fact("Ana Ruiz", graph.HeadOf, "Chile")}},
	})
}

// A deputy envoy is an envoy of the state, posted where the envoy is
// (roles19).
func TestDeputyEnvoys(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The council met. Russia's Deputy Ambassador to the UN Dmitry Polkov said the strike was illegal.",
			want: []string{fact("Dmitry Polkov", graph.EnvoyOf, "Russia"), fact("Dmitry Polkov", graph.EnvoyTo, "United Nations")}},
		{text: "The council met. Omar Zand, Peru's deputy ambassador to the UN, said so.",
			want: []string{fact("Omar Zand", graph.EnvoyOf, "Peru")}},
		// Near miss: a deputy foreign minister is no envoy.
		{text: "The council met. Peru's deputy foreign minister, Omar Zand, said so.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru")},
			not:  []string{fact("Omar Zand", graph.EnvoyOf, "Peru")}},
	})
}

// A body glued to a participle of backing before an office backs its
// holder and employs him not (roles20b).
func TestBackedHolder(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, a Russian-backed commander of the Renewal Party, withdrew.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Renewal Party")},
			not:  []string{fact("Omar Zand", graph.MemberOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Omar Zand, a Hezbollah-backed politician, withdrew from the race.",
			not:       []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")},
			companion: "Omar Zand, a Hezbollah politician, withdrew from the race.",
			want:      []string{fact("Omar Zand", graph.MemberOf, "Hezbollah")}},
		{text: "Ivo Dragan, a Hamas-allied politician, denied the report.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Hamas")},
			companion: "Ivo Dragan, a Hamas politician, denied the report.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Hamas")}},
	})
}

// An agency's or company's head under any of its titles (roles20b).
func TestAgencyAndCompanyHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, the commissioner-general of the World Food Programme, said stocks were low.",
			want: []string{fact("Omar Zand", graph.HeadOf, "World Food Programme")}},
		{text: "UNICEF CEO Ivo Dragan met the minister.",
			want: []string{fact("Ivo Dragan", graph.HeadOf, "UNICEF")}},
	})
	checkNegatives(t, []negativeCase{
		// A deputy of the head is one of the body's members.
		{text: "Omar Zand, the deputy commissioner-general of the World Food Programme, said stocks were low.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "World Food Programme")},
			companion: "Omar Zand, the commissioner-general of the World Food Programme, said stocks were low.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "World Food Programme")}},
	})
}

// TestOfficeOfDescribedBody checks an office of a body named after its
// state's possessive with words that describe the body between: the
// office is the body's.
func TestOfficeOfDescribedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tovan Amari, the commander of Chile's paramilitary Rapid Vantar Forces, met Peru's president in Lima.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Rapid Vantar Forces")}},
		{text: "The commander of Chile's paramilitary Rapid Vantar Forces, Tovan Amari, met Peru's president in Lima.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Rapid Vantar Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: no body's name after the words.
		{text: "Tovan Amari, the commander of Chile's troops in the south, met Peru's president in Lima.",
			not:       []string{fact("Tovan Amari", graph.HeadOf, "Peru")},
			companion: "Tovan Amari, the commander of Chile's paramilitary Rapid Vantar Forces, met Peru's president in Lima.",
			want:      []string{fact("Tovan Amari", graph.HeadOf, "Rapid Vantar Forces")}},
	})
}

// TestAppointmentToUnnamedBody checks that "its" after a body named by its
// noun alone ("formed a new alliance ... and chose X as its leader") is
// that body's, which no name gives, not the state or body the sentence
// named before it; with no such noun between, "its" stays the first
// owner's, never a state named as the place of the deed ("met in Lima").
func TestAppointmentToUnnamedBody(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenya's opposition parties formed a new alliance on Monday and chose Ruben Solano as its leader.",
			not:       []string{fact("Ruben Solano", graph.HeadOf, "Kenya")},
			companion: "Kenya sent a delegation on Monday and chose Ruben Solano as its chief negotiator.",
			want:      []string{fact("Ruben Solano", graph.EnvoyOf, "Kenya")}},
		{text: "Peru's ruling party held a congress and elected Ana Vidal as its leader.",
			not:       []string{fact("Ana Vidal", graph.HeadOf, "Peru")},
			companion: "The Borduria Front held a congress and elected Ana Vidal as its leader.",
			want:      []string{fact("Ana Vidal", graph.HeadOf, "Borduria Front")}},
		{text: "Chile's rebel factions agreed to form a single coalition against the government and elected Ivo Brand as its president.",
			not:       []string{fact("Ivo Brand", graph.PresidentOf, "Chile"), fact("Ivo Brand", graph.HeadOf, "Chile")},
			companion: "The Borduria Front agreed to talks with the government and elected Ivo Brand as its president.",
			want:      []string{fact("Ivo Brand", graph.HeadOf, "Borduria Front")}},
		// A state named as the place of the deed owns no office; the
		// body that elects does, and its president heads it.
		{text: "The Borduria Front met in Lima and elected Ivo Brand as its president.",
			not:       []string{fact("Ivo Brand", graph.PresidentOf, "Peru")},
			companion: "The Borduria Front met in Lima and elected Ivo Brand as its president.",
			want:      []string{fact("Ivo Brand", graph.HeadOf, "Borduria Front")}},
	})
}
