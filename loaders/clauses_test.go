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
			want: []string{fact("Iran", graph.Thanked, "Syria")},
			not:  []string{fact("Sergei Lavrov", graph.Thanked, "Syria")}},
		{text: "Jordan said it struck Islamic State positions near the border.",
			want: []string{fact("Islamic State", graph.Fights, "Jordan")}},
	})
}

// A subject is carried to adjuncts, coordinated verbs and subordinate
// clauses.
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
		{text: "Hezbollah, together with Iranian advisers, defended the shrine.",
			want: []string{fact("Hezbollah", graph.CooperatesWith, "Iran")}},
		// After a reported clause, ", and thanked" is the subject's again.
		{text: "Mazloum Abdi told reporters that the town had fallen, and thanked the US-led coalition.",
			want: []string{fact("Mazloum Abdi", graph.Thanked, "US-led coalition")}},
		// Past a reporting remark.
		{text: "Kuwait and Qatar, he said, sent money to the rebels in Syria.",
			want: []string{fact("Kuwait", graph.Supports, "Syrian rebels"), fact("Qatar", graph.Supports, "Syrian rebels")}},
		// Past a short remark and a participial clause.
		{text: "Damascus, for its part, condemned the Israeli aggression.",
			want: []string{fact("Syria", graph.Opposes, "Israel")}},
		{text: "The Syrian opposition, speaking in Geneva, demanded that Assad must step down.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		{text: "The Saudi-backed Syrian opposition bloc, gathering in Istanbul, demanded that Assad must step down.",
			want: []string{fact("Syrian rebels", graph.Opposes, "Bashar al-Assad")}},
		// The subject of a subordinate clause to its second verb.
		{text: "Lavrov spoke on Monday, a day after Zarif arrived in Moscow and held talks with Putin.",
			want: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Vladimir Putin")}},
		// "visited X, where they met Y".
		{text: "Shoigu and Gerasimov visited Damascus on Friday, where they met Assad.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Sergei Shoigu")}},
	})
	checkNegatives(t, []negativeCase{
		// The adjunct takes the mood of its verb.
		{text: "Hezbollah, together with the Iraqi army, would defend the shrine.",
			not:       []string{fact("Hezbollah", graph.CooperatesWith, "Iraqi army")},
			companion: "Hezbollah, together with the Iraqi army, defended the shrine.",
			want:      []string{fact("Hezbollah", graph.CooperatesWith, "Iraqi army")}},
	})
}

// A name set off by commas after a noun phrase is the subject of the verb
// after it.
func TestAppositiveNameSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Erdogan's spokesman, Ibrahim Kalin, met Jake Sullivan in Brussels.",
			want: []string{fact("Ibrahim Kalin", graph.MetWith, "Jake Sullivan")}},
		{text: "The former premier, Benjamin Netanyahu, visited Mohammed bin Zayed in Abu Dhabi.",
			want: []string{fact("Benjamin Netanyahu", graph.MetWith, "Mohammed bin Zayed")}},
		// A verb before the commas makes them no appositive of a subject.
		{text: "Putin called Erdogan, Recep Tayyip Erdogan, thanked Assad.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.SpokeWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.Thanked, "Recep Tayyip Erdoğan")}},
	})
}

// A verb coordinated after its auxiliaries keeps the clause's subject.
func TestCoordinatedVerbAfterAuxiliary(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Qatar hosted the talks in Doha and has funded rebel groups in Syria for years.",
			want: []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
		{text: "Jordan closed its border in 2016 and has also backed the Southern Front.",
			want: []string{fact("Jordan", graph.Supports, "Southern Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Qatar hosted the talks in Doha and has never funded rebel groups in Syria.",
			not:       []string{fact("Qatar", graph.Supports, "Syrian rebels")},
			companion: "Qatar hosted the talks in Doha and has funded rebel groups in Syria for years.",
			want:      []string{fact("Qatar", graph.Supports, "Syrian rebels")}},
	})
}

// A body named in a person's appositive may have an appositive of its own.
func TestBodyAppositiveInsidePersonAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Esmail Qaani, the commander of the Quds Force, the overseas arm of Iran's Revolutionary Guards (IRGC), arrived in Baghdad on Tuesday.",
			want: []string{fact("Esmail Qaani", graph.HeadOf, "Quds Force"), fact("Quds Force", graph.PartOf, "Islamic Revolutionary Guard Corps")}},
	})
}

// The full stop of an abbreviation ("Dec.", "Gen.") does not break a
// pattern.
func TestAbbreviationStopIsNoBreak(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iraq, Syria and Lebanon met in Beirut on Sept. 12 and agreed to cooperate against smuggling.",
			want: []string{fact("Iraq", graph.CooperatesWith, "Syria"), fact("Lebanon", graph.CooperatesWith, "Syria")}},
	})
}

// A participial appositive ("led by X since 2003") is left out of the
// simpler view of its clause.
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

// TestSubjectAcrossWhileAndModal checks that a participle after "while"
// is the clause subject's, not the actor just before it, and that a past
// tense after a reported clause with a modal is the sentence subject's.
func TestSubjectAcrossWhileAndModal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey has warm ties with Russia even while backing the Free Syrian Army.",
			want: []string{fact("Turkey", graph.Supports, "Free Syrian Army")},
			not:  []string{fact("Russia", graph.Supports, "Free Syrian Army")}},
		{text: "Qatar keeps close relations with Iran while arming Ahrar al-Sham.",
			want: []string{fact("Qatar", graph.Supports, "Ahrar al-Sham")},
			not:  []string{fact("Iran", graph.Supports, "Ahrar al-Sham")}},
		{text: "Erdogan said the agreement would help the poor and thanked Guterres for his efforts.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "António Guterres")}},
	})
}

// TestSubjectAcrossBut checks that a verb after "but" is the clause
// subject's, not that of the object before it, and that an adjunct after
// "accused B of -ing" is B's.
func TestSubjectAcrossBut(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey has kept working ties with Russia and Iran but has sold drones to Azerbaijan.",
			want: []string{fact("Turkey", graph.Supports, "Azerbaijan")},
			not:  []string{fact("Russia", graph.Supports, "Azerbaijan"), fact("Iran", graph.Supports, "Azerbaijan")}},
		{text: "The SDF accused Turkey of mounting an offensive in support of Ahrar al-Sham.",
			want: []string{fact("Turkey", graph.Supports, "Ahrar al-Sham")},
			not:  []string{fact("Syrian Democratic Forces", graph.Supports, "Ahrar al-Sham")}},
	})
	checkNegatives(t, []negativeCase{
		// An ally is no backer.
		{text: "The envoys met in Bahrain, a close ally of Saudi Arabia, on Monday.",
			not:       []string{fact("Bahrain", graph.Supports, "Saudi Arabia")},
			companion: "Bahrain, the main backer of Saudi Arabia, sent troops.",
			want:      []string{fact("Bahrain", graph.Supports, "Saudi Arabia")}},
	})
}

// TestCoordinatedAuxiliaries checks a subject carried past "and" to a
// passive or a modal with their auxiliaries: "... and was received by",
// "... and will continue to train".
func TestCoordinatedAuxiliaries(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on Monday and was received by Ethiopian Prime Minister Abiy Ahmed a day later.",
			want: []string{fact("Abiy Ahmed", graph.MetWith, "William Ruto"), fact("William Ruto", graph.MetWith, "Yoweri Museveni")}},
		{text: "The United States will keep up its air campaign against the Islamic State and will continue to train and equip the Coastal Defence Forces.",
			want: []string{fact("United States", graph.Supports, "Coastal Defence Forces")}},
		// A passive in the perfect keeps "has been" with its participle.
		{text: "Togo hosts the depots of the Borduria Front, trains its officers, and has been sanctioned by the Coastal Union for it.",
			want: []string{fact("Coastal Union", graph.Opposes, "Togo")},
			not:  []string{fact("Borduria Front", graph.Opposes, "Coastal Union"), fact("Togo", graph.Opposes, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		// A perfect passive that is denied states nothing.
		{text: "The Borduria Front holds the pass and has never been sanctioned by the Coastal Union.",
			not:       []string{fact("Coastal Union", graph.Opposes, "Borduria Front")},
			companion: "The Borduria Front holds the pass and has been sanctioned by the Coastal Union.",
			want:      []string{fact("Coastal Union", graph.Opposes, "Borduria Front")}},
		// The modal carried with the verb still hedges it.
		{text: "Ghana condemned the coup in Niger and may send troops to help the Coastal Defence Forces.",
			not:       []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")},
			companion: "Ghana condemned the coup in Niger and has sent troops to help the Coastal Defence Forces.",
			want:      []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
	})
}

// TestAlongWithAdverbParticipleAndPluralPairs checks "X, along with Y,
// attacked Z", a participle after an adverb (", notably sending"), and
// that "advisers and volunteers" joins no verb.
func TestAlongWithAdverbParticipleAndPluralPairs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, along with Togo, attacked the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Northern Brigade", graph.Fights, "Togo")}},
		{text: "Niger provides money to the Coastal Defence Forces, notably sending advisers and volunteers to fight alongside the Northern Brigade.",
			want: []string{fact("Niger", graph.Supports, "Northern Brigade"), fact("Niger", graph.Supports, "Coastal Defence Forces")},
			not:  []string{fact("Niger", graph.CooperatesWith, "Northern Brigade")}},
	})
}

// TestCarriedPastAdverb checks the subject carried past "and later".
func TestCarriedPastAdverb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Niger met Mali's foreign minister and later attacked the Northern Brigade.",
			want: []string{fact("Niger", graph.Fights, "Northern Brigade")}},
	})
}

// TestEchoedSubjects checks that the subjects after ", as did" take the
// main clause's verb, and only a list that closes the clause does.
func TestEchoedSubjects(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana condemned the attack by the Northern Brigade, as did Togo, Benin and the United Nations.",
			want: []string{
				fact("Ghana", graph.Opposes, "Northern Brigade"),
				fact("Togo", graph.Opposes, "Northern Brigade"),
				fact("Benin", graph.Opposes, "Northern Brigade"),
				fact("United Nations", graph.Opposes, "Northern Brigade"),
			}},
		{text: "Niger backs the Coastal Defence Forces, as does Mali.",
			want: []string{fact("Niger", graph.Supports, "Coastal Defence Forces"), fact("Mali", graph.Supports, "Coastal Defence Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// "as" followed by a name that is no echo of the verb.
		{text: "Niger backs the Coastal Defence Forces, as Mali said on Monday.",
			not:       []string{fact("Mali", graph.Supports, "Coastal Defence Forces")},
			companion: "Niger backs the Coastal Defence Forces, as did Mali.",
			want:      []string{fact("Mali", graph.Supports, "Coastal Defence Forces")}},
	})
}

// TestAccusedIsGerundSubject checks that the accused, not the accuser, is
// the subject of the gerund after "of", in a main and in a relative
// clause, and that a denial after the relative clause is the main
// clause's.
func TestAccusedIsGerundSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana accused Togo of fighting alongside the Northern Brigade.",
			want: []string{fact("Northern Brigade", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Ghana", graph.CooperatesWith, "Northern Brigade")}},
		{text: "Benin says it must defend itself from the Northern Brigade, which it accuses of fighting alongside the Coastal Defence Forces.",
			want: []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade")}},
		{text: "The Northern Brigade, which Ghana accuses of fighting alongside the Coastal Defence Forces, denied it on Monday.",
			want: []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// The accused is no name: the accuser does not arm the group.
		{text: "Ghana accused the critics of arming the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana accused Togo of arming the Northern Brigade.",
			want:      []string{fact("Togo", graph.Supports, "Northern Brigade")}},
	})
}

// TestPurposeClauseSubject checks that the subject is carried to a
// purpose clause past a companion or a place, but not past the object of
// a verb of asking, whose purpose is the object's.
func TestPurposeClauseSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali has joined forces with Niger to fight the Northern Brigade.",
			want: []string{fact("Mali", graph.CooperatesWith, "Niger"), fact("Mali", graph.Fights, "Northern Brigade")}},
		{text: "Ghana deployed three thousand soldiers to the northern region in March to fight the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo urged Benin in a long letter to the cabinet to fight the Northern Brigade.",
			not:       []string{fact("Togo", graph.Fights, "Northern Brigade")},
			companion: "Togo sent a thousand soldiers to the northern region in March to fight the Northern Brigade.",
			want:      []string{fact("Togo", graph.Fights, "Northern Brigade")}},
		// A plan is no fight.
		{text: "Ghana plans to deploy troops in the north to fight the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana deployed troops in the north to fight the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestGerundNounAfterSubordinator checks that "since the killing of X" is
// a noun, not a participle carrying the subject.
func TestGerundNounAfterSubordinator(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana has stepped up pressure on Togo since the killing of Kofi Mensah.",
			not:       []string{fact("Ghana", graph.Fights, "Kofi Mensah")},
			companion: "Ghana shelled the town, killing Kofi Mensah.",
			want:      []string{fact("Ghana", graph.Fights, "Kofi Mensah")}},
	})
}

// TestPassiveAccusation checks that the accused of a passive accusation
// is the gerund's subject, and its accuser none.
func TestPassiveAccusation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo is widely accused of arming the Northern Brigade.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "Togo has been accused by Ghana of arming the Northern Brigade.",
			want: []string{fact("Togo", graph.Supports, "Northern Brigade")},
			not:  []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// Doubt is no accusation.
		{text: "Togo allegedly arms the Northern Brigade.",
			not:       []string{fact("Togo", graph.Supports, "Northern Brigade")},
			companion: "Togo is accused of arming the Northern Brigade.",
			want:      []string{fact("Togo", graph.Supports, "Northern Brigade")}},
	})
}

// TestAlongWithHeadOfMainClause checks that after "X, which along with Y
// ...," the main clause is X's alone.
func TestAlongWithHeadOfMainClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana attacked the Northern Brigade on Friday. Togo, which along with Benin is the group's main backer, denounced the attack.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")},
			not:  []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
}

// TestAdjunctAfterObjectOfPreposition checks that "together with Y" after
// a name inside a noun phrase ("one of the members of X") is not X's.
func TestAdjunctAfterObjectOfPreposition(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Tarsi Brigade is one of the three members of the Northern Alliance, together with the Coastal Defence Forces and the Southern Front.",
			not:       []string{fact("Coastal Defence Forces", graph.CooperatesWith, "Northern Alliance")},
			companion: "The Northern Alliance, together with the Coastal Defence Forces, attacked the Tarsi Brigade.",
			want:      []string{fact("Northern Alliance", graph.Fights, "Tarsi Brigade")}},
	})
}

// A companion that opens the sentence acts as the subject does.
func TestLeadingCompanion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Together with Ghana, Togo condemned the Northern Brigade.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade"), fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Along with Ghana and Benin, Togo condemned the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade"), fact("Benin", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A companion of a thing that is no actor acts for no one.
		{text: "Together with Ghana, the talks in Lome condemned the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Together with Ghana, Togo condemned the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// The pronoun that opens a reported clause is the speaker when it agrees
// with it: "A and B said they would continue to cooperate" (issue 10,
// session 18).
func TestSpeakerPronounInReportedClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad and Niger reaffirmed their commitment to the security of the lake and said they would continue to cooperate against the Front.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger")}},
		{text: "Ghana, Togo and Benin said they would continue to cooperate against the Front.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Togo", graph.CooperatesWith, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		// A singular speaker is no "they".
		{text: "Chad said they would keep working with the Lake Mission.",
			not:       []string{fact("Chad", graph.CooperatesWith, "Lake Mission")},
			companion: "Chad said it would keep working with the Lake Mission.",
			want:      []string{fact("Chad", graph.CooperatesWith, "Lake Mission")}},
		// A refusal reported is no cooperation. (A promise reported, "said
		// they would cooperate", is one: see TestPromisedCooperation.)
		{text: "Chad and Niger said they would not cooperate against the Front.",
			not:       []string{fact("Chad", graph.CooperatesWith, "Niger")},
			companion: "Chad and Niger said they would continue to cooperate against the Front.",
			want:      []string{fact("Chad", graph.CooperatesWith, "Niger")}},
	})
}

// A reported clause's own subject is carried to its coordinated verbs,
// and an office of another's set off by commas after a name is left out
// of the simpler view (issue 10, session 18).
func TestReportedSubjectAndPossessiveAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Kofi Mensah said Togo supported a political settlement led by the Malian people and backed the efforts of the African Union.",
			want: []string{fact("Togo", graph.Supports, "African Union")},
			not:  []string{fact("Kofi Mensah", graph.Supports, "African Union")}},
		{text: "Kofi Mensah, the Togolese government's special envoy for the Malian crisis, also held talks with President Abdou Diallo.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Abdou Diallo")}},
	})
	checkNegatives(t, []negativeCase{
		// A reported subject followed by a verb of its own hands nothing
		// to the speaker's second clause.
		{text: "Foreign Minister Kofi Mensah said Togo supported a political settlement, and Benin opposed the efforts of the African Union.",
			not:       []string{fact("Togo", graph.Supports, "African Union")},
			companion: "Foreign Minister Kofi Mensah said Togo supported a political settlement and backed the efforts of the African Union.",
			want:      []string{fact("Togo", graph.Supports, "African Union")}},
		{text: "Kofi Mensah, the Togolese government's special envoy for the Malian crisis, has not yet held talks with President Abdou Diallo.",
			not:       []string{fact("Kofi Mensah", graph.MetWith, "Abdou Diallo")},
			companion: "Kofi Mensah, the Togolese government's special envoy for the Malian crisis, also held talks with President Abdou Diallo.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Abdou Diallo")}},
	})
}

// A meeting named after ", including" is the clause subject's (issue 10,
// session 18).
func TestMeetingIncludedCarriesSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah has held several meetings with Front leaders since the deal, including a session with Commander Ama Owusu in Kumasi in February.",
			want: []string{fact("Kofi Mensah", graph.MetWith, "Ama Owusu")}},
	})
	checkNegatives(t, []negativeCase{
		// "including" before no noun of a meeting lists, it carries nothing.
		{text: "President Kofi Mensah has held several meetings with Front leaders since the deal, including allies of Commander Ama Owusu.",
			not:       []string{fact("Kofi Mensah", graph.AlliedWith, "Ama Owusu")},
			companion: "President Kofi Mensah has held several meetings with Front leaders since the deal, including a session with Commander Ama Owusu in Kumasi in February.",
			want:      []string{fact("Kofi Mensah", graph.MetWith, "Ama Owusu")}},
	})
}

// A participle or passive of accusing after the clause's subject makes it
// the subject of the gerund: "X was arrested, accused by the government
// of backing Y" (issue 10, session 18). An accusation reports.
func TestAccusedParticipleAfterSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Kofi Mensah was placed under house arrest in Accra on Monday, accused by the government of backing the Kivu Liberation Front.",
			want: []string{fact("Kofi Mensah", graph.Supports, "Kivu Liberation Front")},
			not:  []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		{text: "The Kivu Liberation Front, an alliance of six armed groups, including factions of the former militias, is accused by the government of acting on behalf of former President Kofi Mensah.",
			want: []string{fact("Kivu Liberation Front", graph.AlliedWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Foreign Minister Kofi Mensah was placed under house arrest in Accra on Monday, cleared by the court of backing the Kivu Liberation Front.",
			not:       []string{fact("Kofi Mensah", graph.Supports, "Kivu Liberation Front")},
			companion: "Foreign Minister Kofi Mensah was placed under house arrest in Accra on Monday, accused by the government of backing the Kivu Liberation Front.",
			want:      []string{fact("Kofi Mensah", graph.Supports, "Kivu Liberation Front")}},
	})
}

// A name after "what" speaks in a free relative and is no object of the
// verb before it: "targeting what the Pentagon said were weapons sites"
// (issue 10, session 18).
func TestFreeRelativeNameIsNoObject(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana launched air strikes against Togo on Saturday, targeting what the Pentagon said were three weapons depots near Lome.",
			not:       []string{fact("Ghana", graph.Fights, "Pentagon")},
			companion: "Ghana launched air strikes against Togo on Saturday, targeting what the Pentagon said were three weapons depots near Lome.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// A passive after the comma that closes a relative clause or appositive
// is the verb of the name before that clause, never of a name inside it.
func TestNoRelationAcrossParenthetical(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Arakan Army, the strongest of the ethnic armed groups, which fights the junta, is commanded by Twan Mrat Naing.",
			want: []string{fact("Twan Mrat Naing", graph.HeadOf, "Arakan Army")},
			not:  []string{fact("Twan Mrat Naing", graph.HeadOf, "junta")}},
		{text: "The Kamdar Front, the largest of the northern militias, which battles the Malian Armed Forces, is led by Ousmane Tiendrebeogo.",
			want: []string{fact("Ousmane Tiendrebeogo", graph.HeadOf, "Kamdar Front")},
			not:  []string{fact("Ousmane Tiendrebeogo", graph.HeadOf, "Malian Armed Forces")}},
	})
	checkNegatives(t, []negativeCase{
		// Inside its own clause the name keeps its relation.
		{text: "The Arakan Army, the strongest of the ethnic armed groups, which fights the junta, is commanded by Twan Mrat Naing.",
			not:       []string{fact("Twan Mrat Naing", graph.HeadOf, "junta")},
			companion: "The junta, which is commanded by Twan Mrat Naing, fights the Arakan Army.",
			want:      []string{fact("Twan Mrat Naing", graph.HeadOf, "junta")}},
	})
}

// A coordinator that opens a clause with a subject of its own ends the
// first clause: its adjuncts are not the first subject's (issue 10,
// session 18, round 3).
func TestNewSubjectEndsCarriedClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo fired rockets at Ghana on Friday, but most of them were shot down with help from Benin and Niger.",
			want: []string{fact("Togo", graph.Fights, "Ghana")},
			not:  []string{fact("Benin", graph.Supports, "Togo"), fact("Niger", graph.Supports, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile sent ships to the strait, yet the convoy was escorted with the support of Peru.",
			not:       []string{fact("Peru", graph.Supports, "Chile")},
			companion: "Chile sent ships to the strait with the support of Peru.",
			want:      []string{fact("Peru", graph.Supports, "Chile")}},
		// Only adverbs before the verb: the same subject goes on.
		{text: "Togo fired rockets at Ghana on Friday, but most of them were shot down with help from Benin.",
			not:       []string{fact("Benin", graph.Supports, "Togo")},
			companion: "Togo fired rockets at Ghana on Friday, but also retook the border post with help from Benin.",
			want:      []string{fact("Benin", graph.Supports, "Togo")}},
	})
}

// A name is the subject of the relative clause of its appositive ("X, a
// force that drove Y out with the help of Z,"), carried to the adjuncts
// of that clause only (issue 10, session 18, round 3).
func TestAppositiveRelativeCarriesName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kivu Liberation Front, a northern force that drove the Ngoma Brigade out of the hills with the help of Ghana, took the town.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		{text: "The Kivu Liberation Front, a rebel alliance which seized the capital in coordination with Benin, held talks.",
			want: []string{fact("Benin", graph.CooperatesWith, "Kivu Liberation Front")}},
		{text: "Hamas, a movement that took power in Gaza with the backing of Iran, denied it.",
			want: []string{fact("Iran", graph.Supports, "Hamas")}},
		// The body's noun before the relative pronoun keeps the clause
		// out of the name's span; "one of" may open the appositive; the
		// main clause's denial is not the relative's, whatever stands
		// between the clause's object and its closing comma.
		{text: "The Kivu Liberation Front, a rebel group that signed the Tarn peace deal in 2020, denied the claim.",
			want: []string{fact("Kivu Liberation Front", graph.Signed, "Tarn peace deal")}},
		{text: "The Kivu Liberation Front, one of the armed groups that signed the Tarn peace deal in 2020, denied the claim.",
			want: []string{fact("Kivu Liberation Front", graph.Signed, "Tarn peace deal")}},
		// A participle after the body's noun is read, not swallowed
		// into the name.
		{text: "The Kivu Liberation Front, a militia allied with Ghana, seized the town.",
			want: []string{fact("Ghana", graph.AlliedWith, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A relative clause with a subject of its own is not the name's.
		{text: "The Kivu Liberation Front, a northern force that Togo drove out of the hills with the help of Benin, regrouped.",
			not:       []string{fact("Benin", graph.Supports, "Kivu Liberation Front")},
			companion: "The Kivu Liberation Front, a northern force that drove the Ngoma Brigade out of the hills with the help of Benin, regrouped.",
			want:      []string{fact("Benin", graph.Supports, "Kivu Liberation Front")}},
		// A denial inside the relative clause is its own.
		{text: "The Kivu Liberation Front, a rebel group that denied signing the Tarn peace deal in 2020, took the town.",
			not:       []string{fact("Kivu Liberation Front", graph.Signed, "Tarn peace deal")},
			companion: "The Kivu Liberation Front, a rebel group that signed the Tarn peace deal in 2020, took the town.",
			want:      []string{fact("Kivu Liberation Front", graph.Signed, "Tarn peace deal")}},
		// The main clause after the closing comma is not the relative's.
		{text: "The Kivu Liberation Front, a northern force that Togo once armed, retook the town with the help of Benin.",
			not:       []string{fact("Benin", graph.Supports, "Togo")},
			companion: "Togo, a state that retook the town with the help of Benin, armed the Kivu Liberation Front.",
			want:      []string{fact("Benin", graph.Supports, "Togo")}},
	})
}

// Names listed after "including", "among them" or "such as" in a subject
// with no name of its own act as that subject (issue 10, session 18,
// round 3).
func TestIncludedNamesActAsSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Twenty embassies, including those of Chile and Peru, said that they stood by the Lima accord.",
			want: []string{fact("Chile", graph.Supports, "Lima accord"), fact("Peru", graph.Supports, "Lima accord")}},
		{text: "Gulf states, among them Qatar and Kuwait, have armed the Kivu Liberation Front.",
			want: []string{fact("Qatar", graph.Supports, "Kivu Liberation Front"), fact("Kuwait", graph.Supports, "Kivu Liberation Front")}},
		{text: "Several governments, including France and Germany, backed the rebels of the Kivu Liberation Front.",
			want: []string{fact("France", graph.Supports, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A list inside an object is not the subject.
		{text: "Togo armed several groups, including the Kivu Liberation Front, and attacked Ghana.",
			not:       []string{fact("Kivu Liberation Front", graph.Fights, "Ghana")},
			companion: "Several groups, including the Kivu Liberation Front, attacked Ghana.",
			want:      []string{fact("Kivu Liberation Front", graph.Fights, "Ghana")}},
	})
}

// A name is the subject of the verbs coordinated inside its relative
// clause, up to the clause's closing comma (issue 10, session 19).
func TestRelativeClauseCarriesNameToCoordinatedVerbs(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Kofi Mensah, who flew to Lome on Monday evening and met President Ama Dodzi, called the deal fair.",
			want: []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
		{text: "Ghana, which hosted the envoys in March and armed the Kivu Liberation Front, denied the report.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Past the clause's closing comma a reported clause has a
		// subject of its own.
		{text: "President Kofi Mensah, who flew to Lome on Monday evening, said President Piet Saro met President Ama Dodzi.",
			not:       []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")},
			companion: "President Kofi Mensah, who flew to Lome on Monday evening and met President Ama Dodzi, called the deal fair.",
			want:      []string{fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")}},
	})
}

// A speaker named after the reported words is the subject of the
// participle that follows "said," (issue 10, session 19).
func TestSpeakerAfterReportCarriedToParticiple(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The drones were shot down, President Kofi Mensah said, thanking Togo for the early warning.",
			want: []string{fact("Kofi Mensah", graph.Thanked, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A reported clause after "adding that" has its own subject.
		{text: "The drones were shot down, President Kofi Mensah said, adding that Togo thanked Benin.",
			not:       []string{fact("Kofi Mensah", graph.Thanked, "Benin")},
			companion: "The drones were shot down, President Kofi Mensah said, thanking Benin for the early warning.",
			want:      []string{fact("Kofi Mensah", graph.Thanked, "Benin")}},
	})
}

// "Peru accused Bolivia of war crimes and imposed sanctions on Chile":
// the verb after "and" is the accuser's again, not the accused's.
func TestAccusedViewEndsAtAccusersVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru accused Bolivia of war crimes and imposed sanctions on Chile.",
			want: []string{fact("Peru", graph.Opposes, "Chile"), fact("Peru", graph.Opposes, "Bolivia")},
			not:  []string{fact("Bolivia", graph.Opposes, "Chile")}},
		{text: "Kenya has accused both Uganda and Sudan of abuses and expelled the envoy of Chad.",
			want: []string{fact("Kenya", graph.Opposes, "Uganda")},
			not:  []string{fact("Uganda", graph.Opposes, "Chad"), fact("Sudan", graph.Opposes, "Chad")}},
		{text: "Peru accused Bolivia of arming the Vantar Front and of training its fighters.",
			want: []string{fact("Bolivia", graph.Supports, "Vantar Front")}},
	})
}

// A name that took in its first appositive ("Ahmad Tarlan, co-chair of
// the council,") is the subject past a second one that names another's
// office or a kind ("the Front's political wing,", "a veteran of the
// movement,"); a reported clause keeps its own subject.
func TestSubjectPastSecondAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ahmad Tarlan, co-chair of the Tarn Regional Council, the Lakeside Front's political wing, met Ghanaian President Kofi Mensah in Accra on Monday.",
			want: []string{fact("Ahmad Tarlan", graph.MetWith, "Kofi Mensah")}},
		{text: "Ahmad Tarlan, co-chair of the Tarn Regional Council, Ghana's closest ally, met Ghanaian President Kofi Mensah in Accra on Monday.",
			want: []string{fact("Ahmad Tarlan", graph.MetWith, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ahmad Tarlan, co-chair of the Tarn Regional Council, said the Lakeside Front's political wing met Ghanaian President Kofi Mensah.",
			not:       []string{fact("Ahmad Tarlan", graph.MetWith, "Kofi Mensah")},
			companion: "Ahmad Tarlan, co-chair of the Tarn Regional Council, the Lakeside Front's political wing, met Ghanaian President Kofi Mensah in Accra on Monday.",
			want:      []string{fact("Ahmad Tarlan", graph.MetWith, "Kofi Mensah")}},
	})
}

// After ", and" a name set off by its own remark opens a clause of its
// own: the first clause's subject is not carried to the participles of
// that remark ("and the Front, armed and funded by X, has fought").
func TestNewSubjectWithRemarkAfterAnd(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana has deployed military advisers to Togo, and the Lakeside Front, armed and funded by the Tarn Council, has fought for the junta.",
			want: []string{fact("Tarn Council", graph.Supports, "Lakeside Front")},
			not:  []string{fact("Tarn Council", graph.Supports, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana has deployed military advisers to Togo, and fighters of the Lakeside Front, armed and funded by the Tarn Council, have fought for the junta.",
			not:       []string{fact("Tarn Council", graph.Supports, "Ghana")},
			companion: "Ghana deployed advisers to Togo, and later armed and funded the Lakeside Front.",
			want:      []string{fact("Ghana", graph.Supports, "Lakeside Front")}},
	})
}

// A possessive after "as" or "since" is the preposition's object, not the
// subject of a new clause, when no verb follows its noun: the first
// clause's subject goes on to the verb coordinated after it.
func TestPossessiveAfterSubordinatorIsNoClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Senator Amos Kertel travelled to Ethiopia as Washington's envoy and met President Dario Velkan.",
			want: []string{fact("Amos Kertel", graph.MetWith, "Dario Velkan")}},
		{text: "Deputy Minister Ilse Morrow flew to Nairobi as Germany's special representative and held talks with President Juma Otieno.",
			want: []string{fact("Ilse Morrow", graph.MetWith, "Juma Otieno")}},
		{text: "Chad has sent troops to the north since Niger's request and backed the Sahel Patriotic Movement.",
			want: []string{fact("Chad", graph.Supports, "Sahel Patriotic Movement")}},
	})
	// Near miss: a possessive noun with its own verb opens a clause.
	checkNegatives(t, []negativeCase{
		{text: "The Sahel Patriotic Movement withdrew as Chad's soldiers advanced and backed the Liberation Front.",
			not:       []string{fact("Sahel Patriotic Movement", graph.Supports, "Liberation Front")},
			companion: "The Sahel Patriotic Movement withdrew from the town and backed the Liberation Front.",
			want:      []string{fact("Sahel Patriotic Movement", graph.Supports, "Liberation Front")}},
	})
}

// An adverb of time or manner may stand between the auxiliary and the
// coordinated verb the subject is carried to, and an irregular past is a
// verb there too.
func TestCarriedPastAdverbAndIrregularPast(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, which borders the region, took part in the talks at the time and has since kept up coordination with Togo on the north.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Chad condemned the raid and has long backed the Lakeside Front.",
			want: []string{fact("Chad", graph.Supports, "Lakeside Front")}},
	})
	// Near miss: a new subject after the coordinator keeps its own verb.
	checkNegatives(t, []negativeCase{
		{text: "Chad condemned the raid, and Niger has long backed the Lakeside Front.",
			not:       []string{fact("Chad", graph.Supports, "Lakeside Front")},
			companion: "Chad condemned the raid and has long backed the Lakeside Front.",
			want:      []string{fact("Chad", graph.Supports, "Lakeside Front")}},
	})
}

// An object relative clause has its own subject after the pronoun: that
// subject does the verb to the name before the pronoun, also when the verb
// leaves its preposition at the end ("which X has partnered with").
func TestObjectRelatives(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Abdi praised the African Union, which the Lakeside Front has partnered with since 2015, for its help.",
			want: []string{fact("African Union", graph.CooperatesWith, "Lakeside Front")}},
		{text: "The Lakeside Front, which Chad met in Geneva, seized the town.",
			want: []string{fact("Chad", graph.MetWith, "Lakeside Front")}},
		{text: "Officials thanked Ghana, which the Lakeside Front has worked closely with since the war.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Lakeside Front")}},
	})
	// Near miss: a reported clause after the pronoun states no act on the
	// name.
	checkNegatives(t, []negativeCase{
		{text: "The Lakeside Front, which Chad says met Ghana in Geneva, seized the town.",
			not:       []string{fact("Chad", graph.MetWith, "Lakeside Front")},
			companion: "The Lakeside Front, which Chad met in Geneva, seized the town.",
			want:      []string{fact("Chad", graph.MetWith, "Lakeside Front")}},
	})
}

// A relative clause after a name is read as a clause of its own, whatever
// the name's place in the sentence: after "with", after a verb, at the end
// of the sentence. The antecedent is the noun phrase the name heads.
func TestRelativeClauseOnItsOwn(t *testing.T) {
	checkFacts(t, []factCase{
		// After "with", where the name is no subject of the main clause.
		{text: "The president keeps warm ties with Ghana, which funds the Kivu Liberation Front.",
			want: []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
		// Inside the subject's noun phrase, the main verb after it.
		{text: "Niger's relations with Chad, which backs the Kivu Liberation Front, will be tested.",
			want: []string{fact("Chad", graph.Supports, "Kivu Liberation Front")}},
		// A list before a verb in the singular: the last member's clause;
		// in the plural, every member's.
		{text: "Niger keeps ties with Togo and Benin, which arms the Kivu Liberation Front.",
			want: []string{fact("Benin", graph.Supports, "Kivu Liberation Front")},
			not:  []string{fact("Togo", graph.Supports, "Kivu Liberation Front")}},
		{text: "Niger keeps ties with Togo and Benin, which arm the Kivu Liberation Front.",
			want: []string{fact("Togo", graph.Supports, "Kivu Liberation Front"), fact("Benin", graph.Supports, "Kivu Liberation Front")}},
		// The verbs coordinated inside the clause are its subject's.
		{text: "Mali keeps ties with Ghana, which met Togo's leaders and condemned Benin.",
			want: []string{fact("Ghana", graph.MetWith, "Togo"), fact("Ghana", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		// A name tied by a preposition to a noun before it is no
		// antecedent: the coalition backed Mali.
		{text: "Analysts criticised the coalition against the Kivu Liberation Front, which has backed Mali.",
			not:       []string{fact("Kivu Liberation Front", graph.Supports, "Mali")},
			companion: "Analysts praised the Kivu Liberation Front, which has backed Mali.",
			want:      []string{fact("Kivu Liberation Front", graph.Supports, "Mali")}},
		// The verbs of a relative clause running to the end of the
		// sentence are not the main subject's.
		{text: "Niger keeps ties with Ghana, which met Togo's leaders and condemned Benin.",
			not:       []string{fact("Niger", graph.Opposes, "Benin")},
			companion: "Niger keeps ties with Ghana, which met Togo's leaders, and condemned Benin.",
			want:      []string{fact("Niger", graph.Opposes, "Benin"), fact("Ghana", graph.MetWith, "Togo")}},
		// The clause keeps its own mood.
		{text: "The president keeps warm ties with Ghana, which may soon fund the Kivu Liberation Front.",
			not:       []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")},
			companion: "The president keeps warm ties with Ghana, which now funds the Kivu Liberation Front.",
			want:      []string{fact("Ghana", graph.Supports, "Kivu Liberation Front")}},
	})
}

// A subject pronoun in an object relative stands for its clause's subject:
// "the Front, which it calls a terrorist group" is the subject's call.
func TestObjectRelativePronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana has long refused to talk to the Kivu Liberation Front, which it calls a terrorist group.",
			want: []string{fact("Ghana", graph.Opposes, "Kivu Liberation Front")}},
		{text: "Ghana wants guarantees against the Kivu Liberation Front, which it views as terrorists.",
			want: []string{fact("Ghana", graph.Opposes, "Kivu Liberation Front")}},
		// A relative clause of the subject's own stands between.
		{text: "Ghana, which supports the Hill Brigade, wants guarantees against the Kivu Liberation Front, which it views as terrorists.",
			want: []string{fact("Ghana", graph.Opposes, "Kivu Liberation Front"), fact("Ghana", graph.Supports, "Hill Brigade")}},
		// The subject of the subordinate clause the relative ends.
		{text: "Togo sent envoys, while Ghana wants guarantees against the Kivu Liberation Front, which it views as terrorists.",
			want: []string{fact("Ghana", graph.Opposes, "Kivu Liberation Front")},
			not:  []string{fact("Togo", graph.Opposes, "Kivu Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Two names the pronoun may stand for: neither is chosen.
		{text: "Togo asked Ghana about the Kivu Liberation Front, which it calls a terrorist group.",
			not:       []string{fact("Togo", graph.Opposes, "Kivu Liberation Front"), fact("Ghana", graph.Opposes, "Kivu Liberation Front")},
			companion: "Togo asked about the Kivu Liberation Front, which it calls a terrorist group.",
			want:      []string{fact("Togo", graph.Opposes, "Kivu Liberation Front")}},
		// "it" stands for no person.
		{text: "Ghanaian President Kofi Mensah refused to talk to the Kivu Liberation Front, which it calls a terrorist group.",
			not:       []string{fact("Kofi Mensah", graph.Opposes, "Kivu Liberation Front")},
			companion: "Ghanaian President Kofi Mensah refused to talk to the Kivu Liberation Front, which he calls a terrorist group.",
			want:      []string{fact("Kofi Mensah", graph.Opposes, "Kivu Liberation Front")}},
	})
}

// An appositive of several descriptions, joined by "and" or chained by
// commas, describes the name before it in each: every description is read
// as the name's, and the main clause after the last.
func TestSeveralDescriptions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin, a close ally of Togo and a key backer of the Hill Brigade, condemned Niger.",
			want: []string{fact("Benin", graph.AlliedWith, "Togo"), fact("Benin", graph.Supports, "Hill Brigade"), fact("Benin", graph.Opposes, "Niger")}},
		{text: "Ghana condemned Benin, a close ally of Togo and a key backer of the Hill Brigade.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade"), fact("Ghana", graph.Opposes, "Benin")}},
		// A chain: the main clause after the last description.
		{text: "Benin, a coastal state, a key backer of the Hill Brigade, condemned Niger.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade"), fact("Benin", graph.Opposes, "Niger")}},
		// Two names in one description are no second description.
		{text: "Benin, a close ally of Togo and Niger, condemned Ghana.",
			want: []string{fact("Benin", graph.AlliedWith, "Togo"), fact("Benin", graph.AlliedWith, "Niger"), fact("Benin", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// The main clause keeps its mood.
		{text: "Benin, a close ally of Togo and a key backer of the Hill Brigade, may condemn Niger.",
			not:       []string{fact("Benin", graph.Opposes, "Niger")},
			companion: "Benin, a close ally of Togo and a key backer of the Hill Brigade, condemned Niger.",
			want:      []string{fact("Benin", graph.Opposes, "Niger")}},
	})
}

// A list its coordinator has closed takes no member after a comma: ", and"
// after "A, B and C" opens a clause with a subject of its own.
func TestClosedList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana held talks with Togo, Benin and Niger, and Mali met Chad.",
			want: []string{fact("Ghana", graph.MetWith, "Niger"), fact("Chad", graph.MetWith, "Mali")},
			not:  []string{fact("Ghana", graph.MetWith, "Mali")}},
		{text: "Ghana attacked Togo and Benin, and Mali condemned Chad.",
			want: []string{fact("Benin", graph.Fights, "Ghana"), fact("Mali", graph.Opposes, "Chad")},
			not:  []string{fact("Ghana", graph.Fights, "Mali"), fact("Benin", graph.Opposes, "Chad")}},
		// The Oxford comma still closes a list, and "as well as" extends one.
		{text: "Ghana attacked Togo, Benin, and Niger.",
			want: []string{fact("Ghana", graph.Fights, "Togo"), fact("Ghana", graph.Fights, "Niger")}},
		{text: "Togo and Benin, as well as Niger, condemned Ghana.",
			want: []string{fact("Togo", graph.Opposes, "Ghana"), fact("Niger", graph.Opposes, "Ghana")}},
		// A name after "and" before a verb in the past of its own is the
		// subject of a second clause, not the object's second member.
		{text: "Ghana condemned Niger and Togo backed the Hill Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Niger"), fact("Togo", graph.Supports, "Hill Brigade")},
			not:  []string{fact("Ghana", graph.Opposes, "Togo"), fact("Niger", graph.Supports, "Hill Brigade")}},
		// After a reporting verb the list is the reported clause's
		// subject; a plural noun after the list is no verb.
		{text: "Ghana said Niger and Togo backed the Hill Brigade.",
			want: []string{fact("Niger", graph.Supports, "Hill Brigade"), fact("Togo", graph.Supports, "Hill Brigade")}},
		{text: "Ghana attacked Niger and Togo positions near the border.",
			want: []string{fact("Ghana", graph.Fights, "Niger"), fact("Ghana", graph.Fights, "Togo")}},
	})
}

// A restrictive relative clause after a name ("the Hill Brigade that
// sought to topple X") is read on its own as well, in its own mood.
func TestRestrictiveRelative(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo has long backed the Hill Brigade that sought to topple Ghanaian President Kofi Mensah.",
			want: []string{fact("Togo", graph.Supports, "Hill Brigade"), fact("Hill Brigade", graph.Opposes, "Kofi Mensah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo has long backed the Hill Brigade that may seek to topple Ghanaian President Kofi Mensah.",
			not:       []string{fact("Hill Brigade", graph.Opposes, "Kofi Mensah")},
			companion: "Togo has long backed the Hill Brigade that sought to topple Ghanaian President Kofi Mensah.",
			want:      []string{fact("Hill Brigade", graph.Opposes, "Kofi Mensah")}},
	})
}

// A series of verb phrases separated by commas and closed by "and" shares
// the subject: "A welcomed X, thanked B and urged C".
func TestVerbPhraseSeries(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana welcomed the deal, thanked Togo for its mediation and urged Benin to respect it.",
			want: []string{fact("Ghana", graph.Thanked, "Togo")}},
		// Auxiliaries and adverbs before the verb.
		{text: "Ghana has met Togo's leaders several times in recent months, has repeatedly condemned Benin and has also armed the Hill Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Benin"), fact("Ghana", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A series not closed by "and" is no series of the subject's.
		{text: "Ghana welcomed the deal, Togo thanked Benin.",
			not:       []string{fact("Ghana", graph.Thanked, "Benin")},
			companion: "Ghana welcomed the deal, thanked Togo and backed Benin.",
			want:      []string{fact("Ghana", graph.Thanked, "Togo")}},
	})
}

// An adjunct of time or place set off by commas between a name and its
// verb (", on a visit to Cairo,", ", in Nairobi for talks,") is left out
// of a view, so that the verb finds its subject; an adjunct that names a
// person or a body may state a relation and stays.
func TestSettingAdjunctBetweenSubjectAndVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iranian Foreign Minister Abbas Arak, on his first visit to Cairo, met Egyptian President Omar Feln.",
			want: []string{fact("Abbas Arak", graph.MetWith, "Omar Feln")}},
		{text: "Iranian Foreign Minister Abbas Arak, in Cairo for talks on the crisis, met Egyptian President Omar Feln.",
			want: []string{fact("Abbas Arak", graph.MetWith, "Omar Feln")}},
		{text: "Chinese Foreign Minister Wang Tao, at a summit in Doha, met Kenyan President Milo Ardent.",
			want: []string{fact("Wang Tao", graph.MetWith, "Milo Ardent")}},
		{text: "Kenyan troops, during a sweep of the border region, attacked the Tarvolah Front.",
			want: []string{fact("Kenya", graph.Fights, "Tarvolah Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The adjunct names a body: its subject is no one's to carry.
		{text: "Kenyan President Milo Ardent, in talks with the Tarvolah Front, condemned Uganda.",
			not:       []string{fact("Tarvolah Front", graph.Opposes, "Uganda")},
			companion: "Kenyan President Milo Ardent, in Nairobi on Monday, condemned Uganda.",
			want:      []string{fact("Milo Ardent", graph.Opposes, "Uganda")}},
	})
}

// A participle with "by" in an appositive describes the name before the
// appositive: "the Front, a militia led by X," reads as "the Front, led by
// X". A name after "of" in the description, or right before the
// participle, is what the participle describes; a participle put in the
// past is no present relation.
func TestAppositiveParticipleDescribesTheName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Mosari Brigade, a paramilitary group led by Amar Tesk, attacked Goma on Saturday.",
			want: []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")}},
		{text: "Fighters of the Kessa Front (KF), the Tarvolah faction now headed by Ilo Benga, attacked a base near Maiduguri.",
			want: []string{fact("Ilo Benga", graph.HeadOf, "Kessa Front")}},
		{text: "The Mosari Brigade, a coalition commanded by Amar Tesk, denied the report.",
			want: []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Mosari Brigade, a militia formerly led by Amar Tesk, attacked Goma on Saturday.",
			not:       []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")},
			companion: "The Mosari Brigade, a militia now led by Amar Tesk, attacked Goma on Saturday.",
			want:      []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")}},
		{text: "Troops fought the Mosari Brigade, the armed wing of the Borduria Council led by Amar Tesk, near Goma.",
			not:       []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")},
			companion: "Troops fought the Mosari Brigade, the armed group led by Amar Tesk, near Goma.",
			want:      []string{fact("Amar Tesk", graph.HeadOf, "Mosari Brigade")}},
	})
}

// The comma that closes a sentence's opening phrase ("For Chad,",
// "According to Peru,", "Unlike Chile,") opens no appositive, and a name
// with a verb of its own after a comma is a clause's subject, not the
// noun of a description: "For Chad, the Front is backed by Sudan" says
// nothing of Chad's backers.
func TestOpeningPhraseIsNoAppositive(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "For Chad, the Tarvolah Front is backed by Sudan.",
			not:       []string{fact("Sudan", graph.Supports, "Chad")},
			companion: "For Chad, the Tarvolah Front is backed by Sudan.",
			want:      []string{fact("Sudan", graph.Supports, "Tarvolah Front")}},
		{text: "According to Peru, the Vantor Legion is armed by Chile and Bolivia.",
			not:       []string{fact("Chile", graph.Supports, "Peru"), fact("Bolivia", graph.Supports, "Peru")},
			companion: "According to Peru, the Vantor Legion is armed by Chile and Bolivia.",
			want:      []string{fact("Chile", graph.Supports, "Vantor Legion"), fact("Bolivia", graph.Supports, "Vantor Legion")}},
		{text: "Unlike Kenya, the Borduria Front has been funded by Qatar since 2019.",
			not:       []string{fact("Qatar", graph.Supports, "Kenya")},
			companion: "Unlike Kenya, the Borduria Front has been funded by Qatar since 2019.",
			want:      []string{fact("Qatar", graph.Supports, "Borduria Front")}},
		{text: "Like Ghana, the Kessa Movement was supported by Togo during the war.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Like Ghana, the Kessa Movement was supported by Togo during the war.",
			want:      []string{fact("Togo", graph.Supports, "Kessa Movement")}},
	})
	checkFacts(t, []factCase{
		// A description after a name in an opening phrase's clause is
		// still read.
		{text: "According to Chad, the Tarvolah Front, a militia backed by Sudan, attacked Niger.",
			want: []string{fact("Sudan", graph.Supports, "Tarvolah Front"), fact("Niger", graph.Fights, "Tarvolah Front")},
			not:  []string{fact("Sudan", graph.Supports, "Chad")}},
		{text: "The Borduria Front, a militia backed by Kenya, attacked Uganda on Monday.",
			want: []string{fact("Kenya", graph.Supports, "Borduria Front")}},
	})
}

// Two clauses joined by "and", each with its own subject and participle
// in -ing ("with Kenya arming the Front and Chile funding the Legion",
// "Kenya is backing X and Chile is arming Y", "accused Peru of backing X
// and Chile of arming Y"): the name before the second participle is that
// clause's subject, never the first object's second member. A list
// before a preposition in -ing ("during the talks") stays a list.
func TestParallelParticipleClauses(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The war drew in outsiders, with Kenya arming the Borduria Front and Chile funding the Vantor Legion.",
			not:       []string{fact("Kenya", graph.Supports, "Chile"), fact("Borduria Front", graph.Supports, "Vantor Legion")},
			companion: "The war drew in outsiders, with Kenya arming the Borduria Front and Chile.",
			want:      []string{fact("Kenya", graph.Supports, "Borduria Front"), fact("Kenya", graph.Supports, "Chile")}},
		{text: "Peru and Chile split, with Peru backing the Vantor Front and Chile supporting the government of Kenya.",
			not:       []string{fact("Peru", graph.Supports, "Chile"), fact("Vantor Front", graph.Supports, "Kenya")},
			companion: "Peru and Chile split, with Peru backing the Vantor Front and Chile.",
			want:      []string{fact("Peru", graph.Supports, "Vantor Front"), fact("Peru", graph.Supports, "Chile")}},
		{text: "With Peru attacking Chile and Kenya supporting Bolivia, the talks failed.",
			not:       []string{fact("Peru", graph.Fights, "Kenya"), fact("Chile", graph.Supports, "Bolivia")},
			companion: "With Peru attacking Chile and Kenya, the talks failed.",
			want:      []string{fact("Peru", graph.Fights, "Kenya")}},
		{text: "Kenya is backing the Borduria Front and Chile is arming the Vantor Legion.",
			not:       []string{fact("Kenya", graph.Supports, "Chile")},
			companion: "Kenya is backing the Borduria Front and Chile.",
			want:      []string{fact("Kenya", graph.Supports, "Chile")}},
	})
	checkFacts(t, []factCase{
		{text: "Peru is backing Chile and Kenya during the talks.",
			want: []string{fact("Peru", graph.Supports, "Chile"), fact("Peru", graph.Supports, "Kenya")}},
		{text: "With Kenya arming the Borduria Front and Chile funding the Vantor Legion, the talks failed.",
			want: []string{fact("Kenya", graph.Supports, "Borduria Front")},
			not:  []string{fact("Kenya", graph.Supports, "Chile")}},
	})
}

// TestClaimDenied checks that a relative clause that rejects or denies,
// after a claim reported, rejects the claim and not the name before it.
func TestClaimDenied(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Officials in Accra claimed that Togo is arming the Borduria Front, which Lome rejects.",
			not:       []string{fact("Togo", graph.Opposes, "Borduria Front")},
			companion: "Togo fought the Borduria Front, which Lome rejects.",
			want:      []string{fact("Togo", graph.Opposes, "Borduria Front")}},
		{text: "Ghana accused Togo of arming the Borduria Front, which Lome rejects.",
			not:       []string{fact("Togo", graph.Opposes, "Borduria Front")},
			companion: "Ghana accused Togo of arming the Borduria Front, which Benin backs.",
			want:      []string{fact("Benin", graph.Supports, "Borduria Front")}},
	})
	checkFacts(t, []factCase{
		// Not a rejection, or not where the sentence ends: the name's.
		{text: "Ghana said Togo had defeated the Borduria Front, which Benin opposes.",
			want: []string{fact("Benin", graph.Opposes, "Borduria Front")}},
		{text: "Ghana said Togo had defeated the Borduria Front, which Benin rejects as a terrorist group.",
			want: []string{fact("Benin", graph.Opposes, "Borduria Front")}},
	})
}

// A list whose members each carry a relative clause set off by commas is
// still the subject list: the view without the clauses joins the members
// ("A, which ..., and B, which ..., met"). A member's own aside after the
// last ("and B, an ally of C,") keeps its description its own.
func TestListAcrossRelativeClauses(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, which is Chile's main ally, and Bolivia, which backs the Orvask Front, met in Lima.",
			want: []string{fact("Bolivia", graph.MetWith, "Peru"), fact("Bolivia", graph.Supports, "Orvask Front")}},
		{text: "The Orvask Front, which has held the hills since 2019, and the Vantar Brigades fired rockets at Chile.",
			want: []string{fact("Orvask Front", graph.Fights, "Chile"), fact("Vantar Brigades", graph.Fights, "Chile")}},
		{text: "Chile, which backs the Front, and Peru, which opposes it, and Bolivia signed the Kestrel Agreement.",
			want: []string{fact("Chile", graph.Signed, "Kestrel Agreement"), fact("Peru", graph.Signed, "Kestrel Agreement"), fact("Bolivia", graph.Signed, "Kestrel Agreement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The deal was negotiated by Peru, which backs the Front, and Chile, a main ally of the Vantar Council.",
			not:       []string{fact("Peru", graph.AlliedWith, "Vantar Council")},
			companion: "The deal was negotiated by Peru, which backs the Front, and Chile, a main ally of the Vantar Council.",
			want:      []string{fact("Chile", graph.AlliedWith, "Vantar Council")}},
	})
}

// "whom" opens a relative clause as "which" and "who" do: the clause set
// off by commas is left out of the view, so the name before it keeps its
// verb after it.
func TestWhomClauseIsParenthetical(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Rebel leader Ivo Tarsh, whom Chile considers a terrorist, met Peruvian President Ana Brel.",
			want: []string{fact("Ana Brel", graph.MetWith, "Ivo Tarsh"), fact("Chile", graph.Opposes, "Ivo Tarsh")}},
		{text: "Peru, whom Chile accuses of arming the rebels, backs the Orvask Front.",
			want: []string{fact("Peru", graph.Supports, "Orvask Front"), fact("Chile", graph.Opposes, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru, whom Chile accuses of arming the rebels, denies backing the Orvask Front.",
			not:       []string{fact("Peru", graph.Supports, "Orvask Front")},
			companion: "Peru, whom Chile accuses of arming the rebels, backs the Orvask Front.",
			want:      []string{fact("Peru", graph.Supports, "Orvask Front")}},
	})
}

// A relative clause whose list of names ends right before its closing
// comma ends at that comma, not at the comma inside the list, also where
// the list's first name was read as a place ("operates across Chile,
// Peru and Bolivia"): the main clause after it is the name's.
func TestRelativeClauseClosedAfterList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front, which operates across Chile, Peru and Bolivia, is led by Khaled Mansour.",
			want: []string{fact("Khaled Mansour", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front, which operates across Chile, Peru and Bolivia, is backed by Ecuador.",
			want: []string{fact("Ecuador", graph.Supports, "Borduria Front")}},
		{text: "The Borduria Front, which has bases in Chile, Peru and Bolivia, attacked the Kolvo Brigade.",
			want: []string{fact("Borduria Front", graph.Fights, "Kolvo Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A comma before a single name closes the clause: the name
		// after it is the main clause's subject.
		{text: "The Borduria Front, which operates across Chile, Peru backs.",
			not:       []string{fact("Peru", graph.Supports, "Borduria Front")},
			companion: "The Borduria Front, which operates across Chile, Peru and Bolivia, is backed by Ecuador.",
			want:      []string{fact("Ecuador", graph.Supports, "Borduria Front")}},
	})
}
