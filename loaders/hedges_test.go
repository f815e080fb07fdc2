package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Negations and hedges still void what they govern in every view.
func TestScopedHedges(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Assad will visit Moscow in May, while Rouhani met Putin in Tehran on Monday.",
			want: []string{fact("Hassan Rouhani", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Russia")}},
		{text: "Erdogan, who met Putin in Sochi, may also host Rouhani and meet Assad.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Recep Tayyip Erdoğan"), fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Russia denied that its jets had struck the Free Syrian Army near Homs.",
			not:       []string{fact("Free Syrian Army", graph.Fights, "Russia")},
			companion: "Russia said that its jets had struck the Free Syrian Army near Homs.",
			want:      []string{fact("Free Syrian Army", graph.Fights, "Russia")}},
		{text: "The Kremlin said Putin had no plans to meet Erdogan this month.",
			not:       []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")},
			companion: "Erdogan, who met Putin in Sochi, may also host Rouhani and meet Assad.",
			want:      []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
		{text: "Iran has never armed the Houthis and did not fund Hamas, Zarif said.",
			not:       []string{fact("Iran", graph.Supports, "Hamas")},
			companion: "Iran has armed the Houthis and funded Hamas, Zarif said.",
			want:      []string{fact("Iran", graph.Supports, "Hamas")}},
	})
}

// A hedge voids its own clause only.
func TestClauseHedges(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Assad met Putin in Sochi on Monday, while Iran reportedly sent more advisers to Aleppo.",
			want: []string{fact("Bashar al-Assad", graph.MetWith, "Vladimir Putin")}},
		{text: "Putin, who reportedly fell ill last week, met Erdogan in Moscow.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Qatar reportedly funded Jabhat al-Nusra through intermediaries.",
			not:       []string{fact("Qatar", graph.Supports, "Jabhat al-Nusra")},
			companion: "Qatar funded Jabhat al-Nusra through intermediaries.",
			want:      []string{fact("Qatar", graph.Supports, "Jabhat al-Nusra")}},
		{text: "According to unconfirmed reports, Soleimani met Nasrallah in Damascus.",
			not:       []string{fact("Hassan Nasrallah", graph.MetWith, "Qasem Soleimani")},
			companion: "Soleimani met Nasrallah in Damascus.",
			want:      []string{fact("Hassan Nasrallah", graph.MetWith, "Qasem Soleimani")}},
	})
}

// "May" before or after a number is a month, not a hedge.
func TestMonthMayIsNoHedge(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "On May 3, Iraq agreed to cooperate with Syria against smuggling.",
			want: []string{fact("Iraq", graph.CooperatesWith, "Syria")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Iraq may agree to cooperate with Syria against smuggling.",
			not:       []string{fact("Iraq", graph.CooperatesWith, "Syria")},
			companion: "On May 3, Iraq agreed to cooperate with Syria against smuggling.",
			want:      []string{fact("Iraq", graph.CooperatesWith, "Syria")}},
	})
}

// A headline's "to" + verb is a plan, no fact; a call reported in a
// relative clause is one.
func TestHeadlinePlansAndPhone(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Zarif, who talked to Lavrov by phone on Sunday, left for Baghdad.",
			want: []string{fact("Mohammad Javad Zarif", graph.SpokeWith, "Sergei Lavrov")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Assad and Rouhani to meet in Tehran next month",
			not:       []string{fact("Bashar al-Assad", graph.MetWith, "Hassan Rouhani")},
			companion: "Assad and Rouhani meet in Tehran",
			want:      []string{fact("Bashar al-Assad", graph.MetWith, "Hassan Rouhani")}},
	})
}

// TestRelativeClauseHedges checks that a hedge inside a relative clause
// after a match voids only that clause.
func TestRelativeClauseHedges(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israeli jets struck Hezbollah near Quneitra, which reportedly killed dozens.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Israeli jets reportedly struck Hezbollah near Quneitra.",
			not:       []string{fact("Hezbollah", graph.Fights, "Israel")},
			companion: "Israeli jets struck Hezbollah near Quneitra.",
			want:      []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
}

// TestReportingVerbsAreNoDoubt checks that "claimed" and "alleged" used as
// verbs of a subject report what it says, while "allegedly", "reportedly"
// and "the alleged" still doubt, and that a hedge inside a relative clause
// after the match voids only that clause.
func TestReportingVerbsAreNoDoubt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iran claimed that Israel struck Hezbollah near Quneitra.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Israel has claimed it struck Hezbollah near Quneitra.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
		{text: "Israel struck Hezbollah near Quneitra in a raid that reportedly killed five fighters.",
			want: []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Israel allegedly struck Hezbollah near Quneitra.",
			not:       []string{fact("Hezbollah", graph.Fights, "Israel")},
			companion: "Syria alleged that Israel struck Hezbollah near Quneitra.",
			want:      []string{fact("Hezbollah", graph.Fights, "Israel")}},
	})
}

// TestHedgeEndsAtSubordinateClause checks that a hedge of the main clause
// does not void a subordinate clause with its own subject after a comma,
// and that one inside that clause still does.
func TestHedgeEndsAtSubordinateClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The airbase was also reportedly targeted in May, when Israel hit dozens of Iranian sites.",
			want: []string{fact("Iran", graph.Fights, "Israel")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The airbase was targeted in May, when Israel reportedly hit dozens of Iranian sites.",
			not:       []string{fact("Iran", graph.Fights, "Israel")},
			companion: "The airbase was targeted in May, when Israel hit dozens of Iranian sites.",
			want:      []string{fact("Iran", graph.Fights, "Israel")}},
	})
}

// TestPlannedWithBeTo checks that "are to meet" states a plan, not a
// meeting.
func TestPlannedWithBeTo(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The ministers discussed the next round in Accra, where Ghana and Togo are to meet again.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "The ministers discussed the last round in Accra, where Ghana and Togo met again.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}

// TestDenialAfterAppositive checks that a denial by the subject after an
// appositive does not void what the appositive says, while a denial after
// a plain clause still does.
func TestDenialAfterAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade, which Niger backs, denied any role in the attack.",
			want: []string{fact("Niger", graph.Supports, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Algeria armed the Northern Brigade, the government denied.",
			not:       []string{fact("Algeria", graph.Supports, "Northern Brigade")},
			companion: "Algeria armed the Northern Brigade, the government said.",
			want:      []string{fact("Algeria", graph.Supports, "Northern Brigade")}},
	})
}

// TestDoubtAndRumour checks that "no evidence that", "is believed to" and
// "is said to" void the match after them, and that a report ("Mali alleges
// that") does not.
func TestDoubtAndRumour(t *testing.T) {
	backs := fact("Algeria", graph.Supports, "Northern Brigade")
	checkNegatives(t, []negativeCase{
		{text: "There is no evidence that Algeria armed the Northern Brigade.",
			not: []string{backs}, companion: "There is evidence that Algeria armed the Northern Brigade.", want: []string{backs}},
		{text: "Algeria is believed to have armed the Northern Brigade.",
			not: []string{backs}, companion: "Algeria is known to have armed the Northern Brigade.", want: []string{backs}},
		{text: "Algeria is said to arm the Northern Brigade.",
			not: []string{backs}, companion: "Algeria is known to arm the Northern Brigade.", want: []string{backs}},
	})
	checkFacts(t, []factCase{
		{text: "Mali alleges that Algeria armed the Northern Brigade.", want: []string{backs}},
		{text: "Mali said to reporters that Algeria armed the Northern Brigade.", want: []string{backs}},
	})
}

// TestReportingVerbAfterClause checks that "..., the army claimed." reports
// what the clause says, while "the alleged strike" still doubts it.
func TestReportingVerbAfterClause(t *testing.T) {
	strike := fact("Niger", graph.Fights, "Northern Brigade")
	checkFacts(t, []factCase{
		{text: "Niger struck the Northern Brigade on Monday, killing dozens, the army claimed.", want: []string{strike}},
		{text: "Niger struck the Northern Brigade on Monday, officials claimed.", want: []string{strike}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Nigerien alleged strikes on the Northern Brigade angered Mali.",
			not:       []string{strike},
			companion: "Nigerien strikes on the Northern Brigade angered Mali.",
			want:      []string{strike}},
	})
}

// TestGoalIsToIsNoPlan checks that "the goal is to oust X" states the
// goal, while "are to meet" is a plan (TestPlannedWithBeTo).
func TestGoalIsToIsNoPlan(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali's long-term goal is to oust the Northern Brigade from the north.",
			want: []string{fact("Mali", graph.Opposes, "Northern Brigade")}},
	})
}

// TestHedgeEndsAtCommaAnd checks that ", and X ..." opens a clause of its
// own: a hedge before it does not void what X does.
func TestHedgeEndsAtCommaAnd(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A buffer zone could be drawn along the border, and Ghanaian and Togolese troops conducted joint patrols there on Monday.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// TestDeniedClaim checks that a claim its clause denies states nothing:
// "denied Mali's claim that it armed X".
func TestDeniedClaim(t *testing.T) {
	backs := fact("Algeria", graph.Supports, "Northern Brigade")
	checkNegatives(t, []negativeCase{
		{text: "Algeria denied Mali's claim that it armed the Northern Brigade.",
			not: []string{backs}, companion: "Algeria confirmed Mali's claim that it armed the Northern Brigade.", want: []string{backs}},
	})
}

// TestMonthMayInsideSentence checks that a capitalised "May" inside a
// sentence is the month, not the modal.
func TestMonthMayInsideSentence(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana may back the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Ghana began in May to back the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
}

// TestDenialAndFailureVoidOnlyTheirClause checks that "denied", "no ...
// was reached" and "reportedly" void their own clause and not the next.
func TestDenialAndFailureVoidOnlyTheirClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo denied arming the Northern Brigade, and Ghana backs the Coastal Defence Forces.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")},
			not:  []string{fact("Togo", graph.Supports, "Northern Brigade")}},
		{text: "No deal was reached at the talks, but Ghana and Togo agreed to keep working together.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana met Togo on Monday, though no agreement was reached.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Togo reportedly arms the Northern Brigade, while Ghana fights the Coastal Defence Forces.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Ghana")},
			not:  []string{fact("Togo", graph.Supports, "Northern Brigade")}},
	})
}

// TestThreatIsNoFight checks that a threat to attack opposes but states
// no fight, and does not void the act of another clause.
func TestThreatIsNoFight(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo threatened to attack the Northern Brigade.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			not:  []string{fact("Northern Brigade", graph.Fights, "Togo")}},
		{text: "Togo attacked the Northern Brigade after it threatened to seize Lome.",
			want: []string{fact("Northern Brigade", graph.Fights, "Togo")}},
	})
}

// A war only talked of ("fears of war between A and B") is no fighting,
// while the war itself, in the same words without the talk, is.
func TestWarTalkedOfIsNoFight(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Fears of war between Ghana and Togo rose after the border incident.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "The war between Ghana and Togo began after the border incident.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Diplomats played down talk of conflict between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Diplomats played down the conflict between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// The talk voids only the match it governs: a fight stated in its
		// own clause stands.
		{text: "The risk of clashes between Ghana and Togo grew.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "The risk of escalation grew after clashes between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// A relative clause that says who signed or brokered a deal states a fact
// whatever modal the clause around the deal has; a hedge inside the
// relative clause still voids it.
func TestDealRelativeClauseOutsideHedge(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The opposition said the arrest would wreck the Tacna accord that Peru and Bolivia signed in 2019.",
			want: []string{fact("Peru", graph.Signed, "Tacna accord"), fact("Bolivia", graph.Signed, "Tacna accord")}},
		{text: "Analysts say the fighting could end the Kivu truce that Angola brokered in May.",
			want: []string{fact("Angola", graph.Brokered, "Kivu truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The opposition said the arrest would wreck the Tacna accord that Peru may have signed in 2019.",
			not:       []string{fact("Peru", graph.Signed, "Tacna accord")},
			companion: "The opposition said the arrest would wreck the Tacna accord that Peru signed in 2019.",
			want:      []string{fact("Peru", graph.Signed, "Tacna accord")}},
	})
}

// TestSecondReportedClauseIsNoDeniedClaim checks that "and that" opens a
// second clause reported by the verb of saying, not a claim the negation
// before it denies.
func TestSecondReportedClauseIsNoDeniedClaim(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "A Ghanaian spokesman said Togo did not deserve a seat and that Ghana would not normalise relations with the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo denied that Ghana had armed the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Northern Brigade")},
			companion: "Togo said that Ghana had armed the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Supports, "Northern Brigade")}},
	})
}

// TestBackedFightIsNotTheBackers checks that backing a fight a possessive
// owns ("support its fight against X") is no fight of the backers.
func TestBackedFightIsNotTheBackers(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana said it expected Togo and Benin to support its fight against the Northern Brigade.",
			not:       []string{fact("Northern Brigade", graph.Fights, "Togo"), fact("Benin", graph.Fights, "Northern Brigade")},
			companion: "Togo and Benin stepped up their fight against the Northern Brigade.",
			want:      []string{fact("Northern Brigade", graph.Fights, "Togo"), fact("Benin", graph.Fights, "Northern Brigade")}},
	})
}

// TestReporterObjectIsNoTarget checks that a name followed by its own verb
// of saying inside a match is a source, not the match's object.
func TestReporterObjectIsNoTarget(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana struck what the United Nations said were three Togolese weapons depots.",
			not:       []string{fact("Ghana", graph.Fights, "United Nations")},
			companion: "Ghana struck three United Nations weapons depots.",
			want:      []string{fact("Ghana", graph.Fights, "United Nations")}},
	})
}

// TestHedgeStopsAtRelativeAndPastVerb checks that a modal does not reach
// into a relative clause with a subject of its own, nor past "and" and a
// verb in the past tense.
func TestHedgeStopsAtRelativeAndPastVerb(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Accra Accord was drafted in 2019.\n\nThe Front said it would wreck the Accra Accord that Ghana and Togo signed in Accra.",
			want: []string{fact("Ghana", graph.Signed, "Accra Accord")}},
		{text: "Ghana would follow the talks closely and praised Togo's mediation, its spokesman said.",
			want: []string{fact("Ghana", graph.Thanked, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// The modal still governs a verb it governs.
		{text: "Ghana would follow the talks closely and praise Togo's mediation, its spokesman said.",
			not:       []string{fact("Ghana", graph.Thanked, "Togo")},
			companion: "Ghana followed the talks closely and praised Togo's mediation, its spokesman said.",
			want:      []string{fact("Ghana", graph.Thanked, "Togo")}},
		{text: "Benin said Ghana and Togo may sign the Accra Accord.",
			not:       []string{fact("Ghana", graph.Signed, "Accra Accord")},
			companion: "Benin said Ghana and Togo signed the Accra Accord.",
			want:      []string{fact("Ghana", graph.Signed, "Accra Accord")}},
	})
}

// TestWarTalkInsideMatch checks that a war talked of inside a match is no
// fight.
func TestWarTalkInsideMatch(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kofi Adu dismissed talk of an imminent war with Togo.",
			not:       []string{fact("Kofi Adu", graph.Fights, "Togo")},
			companion: "Kofi Adu waged an open war with Togo.",
			want:      []string{fact("Kofi Adu", graph.Fights, "Togo")}},
	})
}

// Talks or a meeting only asked for have not taken place; a request in a
// clause after the meeting leaves it standing.
func TestRequestedContact(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan President Amos Kariuki met Ethiopian Prime Minister Dawit Alemu in Nairobi on Monday and urged calm in Somalia.",
			want: []string{fact("Amos Kariuki", graph.MetWith, "Dawit Alemu")}},
		{text: "The UN called for restraint on Monday after Ghana and Togo held talks in Accra.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Mauritania called for talks between Mali and Algeria.",
			not:       []string{fact("Algeria", graph.SpokeWith, "Mali"), fact("Algeria", graph.MetWith, "Mali")},
			companion: "Mauritania reported talks between Mali and Algeria.",
			want:      []string{fact("Algeria", graph.SpokeWith, "Mali")}},
		{text: "Washington urged Armenia and Azerbaijan to hold talks in Brussels.",
			not:       []string{fact("Armenia", graph.MetWith, "Azerbaijan")},
			companion: "Washington said Armenia and Azerbaijan held talks in Brussels.",
			want:      []string{fact("Armenia", graph.MetWith, "Azerbaijan")}},
		{text: "Senegal pressed for a meeting between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Senegal welcomed a meeting between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Qatar urged Rwanda to hold talks with Kenya.",
			not:       []string{fact("Kenya", graph.MetWith, "Rwanda")},
			companion: "Qatar said Rwanda held talks with Kenya.",
			want:      []string{fact("Kenya", graph.MetWith, "Rwanda")}},
	})
}

// Talks or a meeting named by their noun and then said to be expected,
// scheduled, postponed or still to come did not take place.
func TestPlannedContact(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks between Mali and Algeria ended without a deal.",
			want: []string{fact("Algeria", graph.SpokeWith, "Mali")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Talks between Mali and Algeria are expected next week.",
			not:       []string{fact("Algeria", graph.SpokeWith, "Mali")},
			companion: "Talks between Mali and Algeria ended without a deal.",
			want:      []string{fact("Algeria", graph.SpokeWith, "Mali")}},
		{text: "A meeting between Ghana and Togo is scheduled for Friday.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "A meeting between Ghana and Togo took place on Friday.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "The meeting between Ghana and Togo was postponed.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "The meeting between Ghana and Togo lasted two hours.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Talks between Armenia and Azerbaijan will take place in Brussels.",
			not:       []string{fact("Armenia", graph.SpokeWith, "Azerbaijan"), fact("Armenia", graph.MetWith, "Azerbaijan")},
			companion: "Talks between Armenia and Azerbaijan took place in Brussels.",
			want:      []string{fact("Armenia", graph.MetWith, "Azerbaijan")}},
	})
}

// A readiness only stated ("was open to meeting", "offered to supply",
// "intends to send") is no event.
func TestStatedReadinessIsNoEvent(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Mateo Varela said he was open to meeting Peru's president, Lucia Quispe.",
			not:       []string{fact("Lucia Quispe", graph.MetWith, "Mateo Varela")},
			companion: "Chilean President Mateo Varela said he met Peru's president, Lucia Quispe.",
			want:      []string{fact("Lucia Quispe", graph.MetWith, "Mateo Varela")}},
		{text: "Ghana offered to supply weapons to Burkina Faso.",
			not:       []string{fact("Ghana", graph.Supports, "Burkina Faso")},
			companion: "Ghana supplied weapons to Burkina Faso.",
			want:      []string{fact("Ghana", graph.Supports, "Burkina Faso")}},
		{text: "Serbia said it was unwilling to cooperate with Kosovo on the border.",
			not:       []string{fact("Kosovo", graph.CooperatesWith, "Serbia")},
			companion: "Serbia agreed to cooperate with Kosovo on the border.",
			want:      []string{fact("Kosovo", graph.CooperatesWith, "Serbia")}},
		{text: "Kenya intends to send troops to fight al-Shabaab.",
			not:       []string{fact("Al-Shabaab", graph.Fights, "Kenya")},
			companion: "Kenya sent troops to fight al-Shabaab.",
			want:      []string{fact("Al-Shabaab", graph.Fights, "Kenya")}},
		{text: "Algeria is keen to support the Polisario Front.",
			not:       []string{fact("Algeria", graph.Supports, "Polisario Front")},
			companion: "Algeria supports the Polisario Front.",
			want:      []string{fact("Algeria", graph.Supports, "Polisario Front")}},
	})
}

// Talks a verb of request governs inside the match are asked for, not
// held: "X urged talks with Y", "pressed for direct talks with Y".
func TestRequestedTalksAreNoContact(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenya pressed for direct talks with al-Shabaab on Monday.",
			not:       []string{fact("Al-Shabaab", graph.SpokeWith, "Kenya"), fact("Al-Shabaab", graph.MetWith, "Kenya")},
			companion: "Kenya held direct talks with al-Shabaab on Monday.",
			want:      []string{fact("Al-Shabaab", graph.MetWith, "Kenya")}},
		{text: "Kenya urged talks with al-Shabaab.",
			not:       []string{fact("Al-Shabaab", graph.SpokeWith, "Kenya")},
			companion: "Kenya held talks with al-Shabaab.",
			want:      []string{fact("Al-Shabaab", graph.MetWith, "Kenya")}},
		{text: "Kenya has called for consultations with the Polisario Front.",
			not:       []string{fact("Kenya", graph.SpokeWith, "Polisario Front"), fact("Kenya", graph.MetWith, "Polisario Front")},
			companion: "Kenya has held consultations with the Polisario Front.",
			want:      []string{fact("Kenya", graph.MetWith, "Polisario Front")}},
	})
}

// A claim that the subject rejects, dismisses or refutes is denied like
// one it denies: "Qatar rejected claims that it funds the group".
func TestRejectedClaimIsDenied(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Kenya dismissed reports that it had armed al-Shabaab.",
			not:       []string{fact("Kenya", graph.Supports, "Al-Shabaab")},
			companion: "Kenya confirmed reports that it had armed al-Shabaab.",
			want:      []string{fact("Kenya", graph.Supports, "Al-Shabaab")}},
		{text: "Togo refuted allegations that its troops had attacked Benin.",
			not:       []string{fact("Benin", graph.Fights, "Togo")},
			companion: "Togo confirmed that its troops had attacked Benin.",
			want:      []string{fact("Benin", graph.Fights, "Togo")}},
	})
}

// TestHedgeEndsAtClauseOfUnknownName checks that a modal of one clause
// does not void the next one, opened by ", and" and a name the extractor
// does not know.
func TestHedgeEndsAtClauseOfUnknownName(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// Without the comma the modal's clause goes on.
		{text: "Ghana said a Togolese offensive would hurt trade and Mensah Kwarteng restated that Togo opposed any escalation by Benin in the north.",
			not:       []string{fact("Togo", graph.Opposes, "Benin")},
			companion: "Ghana said a Togolese offensive would hurt trade, and Mensah Kwarteng restated that Togo opposed any escalation by Benin in the north.",
			want:      []string{fact("Togo", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		// The modal of the clause itself still voids it.
		{text: "Ghana said trade would suffer, and Mensah Kwarteng said Togo would oppose any escalation by Benin.",
			not:       []string{fact("Togo", graph.Opposes, "Benin")},
			companion: "Ghana said trade would suffer, and Mensah Kwarteng said Togo opposed any escalation by Benin.",
			want:      []string{fact("Togo", graph.Opposes, "Benin")}},
	})
}

// TestHedgeEndsAtRelativeClause checks that a hedge before a relative
// clause set off by a comma does not void what the relative clause
// states.
func TestHedgeEndsAtRelativeClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana was said to have given the rebels maps, and that led Togo to cut diplomatic ties with Benin.",
			not:       []string{fact("Togo", graph.Opposes, "Benin")},
			companion: "Ghana was said to have given the rebels maps, which led Togo to cut diplomatic ties with Benin.",
			want:      []string{fact("Togo", graph.Opposes, "Benin")}},
	})
}

// TestBackedFightersDoNotMakeBackersFight checks that backing fighters
// named by a noun is no fight of the backers.
func TestBackedFightersDoNotMakeBackersFight(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Benin back armed groups fighting to topple President Kofi Adu of Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Kofi Adu"), fact("Benin", graph.Fights, "Kofi Adu")},
			companion: "Ghana and Benin are fighting to topple President Kofi Adu of Togo.",
			want:      []string{fact("Ghana", graph.Fights, "Kofi Adu")}},
	})
}

// A verb of report or doubt in the main clause voids the main clause's
// facts only: an appositive or a relative clause set off by commas
// before it states a fact of its own. A doubt inside the appositive still
// voids it.
func TestMainClauseReportSparesAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sanaga Liberation Front, a militia backed by Rwanda, has claimed the attack on the convoy.",
			want: []string{fact("Rwanda", graph.Supports, "Sanaga Liberation Front")}},
		{text: "The Sanaga Liberation Front, a militia backed by Rwanda, reportedly attacked the convoy.",
			want: []string{fact("Rwanda", graph.Supports, "Sanaga Liberation Front")}},
		{text: "The Sanaga Liberation Front, which Uganda arms, claimed responsibility for the ambush.",
			want: []string{fact("Uganda", graph.Supports, "Sanaga Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Sanaga Liberation Front, a militia reportedly backed by Rwanda, has claimed the attack on the convoy.",
			not:       []string{fact("Rwanda", graph.Supports, "Sanaga Liberation Front")},
			companion: "The Sanaga Liberation Front, a militia backed by Rwanda, has claimed the attack on the convoy.",
			want:      []string{fact("Rwanda", graph.Supports, "Sanaga Liberation Front")}},
		{text: "The Sanaga Liberation Front, which Uganda allegedly arms, seized the town.",
			not:       []string{fact("Uganda", graph.Supports, "Sanaga Liberation Front")},
			companion: "The Sanaga Liberation Front, which Uganda arms, seized the town.",
			want:      []string{fact("Uganda", graph.Supports, "Sanaga Liberation Front")}},
	})
}

// Talks whose relative clause says they are still to come did not take
// place; a relative clause in the past leaves them standing.
func TestPlannedContactInRelativeClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Talks between Mali and Algeria, which could be held in Algiers, were announced on Monday.",
			not:       []string{fact("Algeria", graph.SpokeWith, "Mali"), fact("Algeria", graph.MetWith, "Mali")},
			companion: "Talks between Mali and Algeria, which ended without a deal, were held in Algiers.",
			want:      []string{fact("Algeria", graph.MetWith, "Mali")}},
		{text: "A meeting between Ghana and Togo, which is expected next week, will focus on the border.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "A meeting between Ghana and Togo took place on Friday.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Diplomats prepared a round of talks between Chad and Niger that will take place in Niamey.",
			not:       []string{fact("Chad", graph.SpokeWith, "Niger"), fact("Chad", graph.MetWith, "Niger")},
			companion: "Diplomats attended a round of talks between Chad and Niger that took place in Niamey.",
			want:      []string{fact("Chad", graph.MetWith, "Niger")}},
	})
}

// An accusation was made whatever the accused says of it: a claim or
// denial after it ("a charge B rejected", "which B denies") voids neither
// the accuser's opposition nor the relation it alleges, which annotators
// read as stated. A doubt before the verb still voids the accusation.
func TestDeniedAccusationStands(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad has accused Niger of sheltering Sanaga Liberation Front fighters, a claim Niger denies.",
			want: []string{fact("Chad", graph.Opposes, "Niger"), fact("Niger", graph.Supports, "Sanaga Liberation Front")}},
		{text: "Chad accused Niger of arming the Sanaga Liberation Front, which Niger denies.",
			want: []string{fact("Chad", graph.Opposes, "Niger"), fact("Niger", graph.Supports, "Sanaga Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Niger armed the Sanaga Liberation Front, a claim Niamey rejected.",
			not:       []string{fact("Niger", graph.Supports, "Sanaga Liberation Front")},
			companion: "Chad accused Niger of arming the Sanaga Liberation Front, a charge Niamey rejected.",
			want:      []string{fact("Niger", graph.Supports, "Sanaga Liberation Front")}},
		{text: "Chad reportedly accused Niger of arming the Sanaga Liberation Front.",
			not:       []string{fact("Chad", graph.Opposes, "Niger")},
			companion: "Chad accused Niger of arming the Sanaga Liberation Front, which Niger denies.",
			want:      []string{fact("Chad", graph.Opposes, "Niger")}},
	})
}

// A group that claims an attack, or responsibility for it, owns it: the
// claim is an act, not a doubt. "allegedly" and "the claimed raid" still
// doubt it.
func TestClaimedAttackIsAnAct(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sanaga Liberation Front also claimed a raid in March that killed twelve Chadian soldiers.",
			want: []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")}},
		{text: "The Sanaga Liberation Front claimed responsibility for an attack that killed twelve Chadian soldiers.",
			want: []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Sanaga Liberation Front allegedly staged a raid in March that killed twelve Chadian soldiers.",
			not:       []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")},
			companion: "The Sanaga Liberation Front also claimed a raid in March that killed twelve Chadian soldiers.",
			want:      []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")}},
		{text: "Residents blamed the Sanaga Liberation Front for the claimed raid in March that killed twelve Chadian soldiers.",
			not:       []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")},
			companion: "The Sanaga Liberation Front claimed responsibility for an attack that killed twelve Chadian soldiers.",
			want:      []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")}},
	})
}

// "is to" or "are to" after a name states a plan or a duty, not an act:
// "the army is to deploy alongside X", a truce "under which troops are to
// withdraw". A side's goal ("the goal is to oust X") is read by its own
// pattern (TestGoalIsToIsNoPlan).
func TestDutyIsNoAct(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Chadian army is to deploy in the north alongside UN peacekeepers.",
			not:       []string{fact("Chadian army", graph.CooperatesWith, "UN Peacekeeping")},
			companion: "The Chadian army deployed in the north alongside UN peacekeepers.",
			want:      []string{fact("Chadian army", graph.CooperatesWith, "UN Peacekeeping")}},
		{text: "Chad is to fight the Sanaga Liberation Front alongside Niger.",
			not:       []string{fact("Chad", graph.Fights, "Sanaga Liberation Front"), fact("Chad", graph.CooperatesWith, "Niger")},
			companion: "Chad fought the Sanaga Liberation Front alongside Niger.",
			want:      []string{fact("Chad", graph.Fights, "Sanaga Liberation Front")}},
	})
}

// A negated accusation alleges nothing, also in the view that reads the
// accused as the gerund's subject.
func TestNegatedAccusationAllegesNothing(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chad did not accuse Niger of arming the Sanaga Liberation Front.",
			not:       []string{fact("Niger", graph.Supports, "Sanaga Liberation Front"), fact("Chad", graph.Opposes, "Niger")},
			companion: "Chad accused Niger of arming the Sanaga Liberation Front.",
			want:      []string{fact("Niger", graph.Supports, "Sanaga Liberation Front")}},
		{text: "Mali has never accused Algeria of sheltering Sanaga Liberation Front fighters.",
			not:       []string{fact("Algeria", graph.Supports, "Sanaga Liberation Front")},
			companion: "Mali has accused Algeria of sheltering Sanaga Liberation Front fighters.",
			want:      []string{fact("Algeria", graph.Supports, "Sanaga Liberation Front")}},
	})
}

// TestAttackersLabelIsNoDoubt checks that a label the attacker puts on
// its target ("what it claims are") leaves the strike stated, while a
// doubt about the strike itself still voids it.
func TestAttackersLabelIsNoDoubt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana bombed what it claims are hideouts of the Savanna Front.",
			want: []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana claims it bombed hideouts of the Savanna Front, which the group denies.",
			not:       []string{fact("Ghana", graph.Fights, "Savanna Front")},
			companion: "Ghana bombed what it claims are hideouts of the Savanna Front.",
			want:      []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
}

// TestHedgeEndsAtCommaAndSubject checks that a doubt in a clause opened by
// ", and" with a subject of its own ("the rebels", "dozens of fighters")
// does not void the clause before, while one in a verb phrase coordinated
// without a new subject still does.
func TestHedgeEndsAtCommaAndSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian jets attacked the Savanna Front columns on the highway, and the rebels reportedly shot down two helicopters.",
			want: []string{fact("Ghana", graph.Fights, "Savanna Front")}},
		{text: "Ghana attacked the Savanna Front on Monday, and dozens of fighters were reportedly killed.",
			want: []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana reportedly attacked the Savanna Front on Monday, and the rebels shot down two helicopters.",
			not:       []string{fact("Ghana", graph.Fights, "Savanna Front")},
			companion: "Ghana attacked the Savanna Front on Monday, and the rebels reportedly shot down two helicopters.",
			want:      []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
}

// TestBackerAndAskedAreNoActors checks that the agent of a backing
// participle is no subject of the verb after it, and that one asked to
// act has not acted, unless the act asked for takes the relation as there
// ("called on X to end its cooperation with Y").
func TestBackerAndAskedAreNoActors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Coastal Union called on Ghana to end its cooperation with the Savanna Front.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Savanna Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "In 1992 separatists backed by Ghanaian forces fought Togolese troops.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "In 1992 Ghanaian forces fought Togolese troops.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "Two senators urged Ghana to strike the Savanna Front's camps.",
			not:       []string{fact("Ghana", graph.Fights, "Savanna Front")},
			companion: "Two senators said Ghana had struck the Savanna Front's camps.",
			want:      []string{fact("Ghana", graph.Fights, "Savanna Front")}},
		{text: "The envoy called on Ghana to attack the Savanna Front.",
			not:       []string{fact("Ghana", graph.Fights, "Savanna Front")},
			companion: "The envoy said Ghana attacked the Savanna Front.",
			want:      []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
}

// TestAttributiveHedgeScope checks that a doubt told by a participle
// before a noun after the match ("over their alleged hosting of rebels",
// "to discuss the alleged plot") qualifies that noun phrase, not the
// match; the same doubt on the match itself, an adverb of doubt or a
// doubt before the match still voids it.
func TestAttributiveHedgeScope(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana summoned the envoys of Togo and Benin over their alleged hosting of rebels.",
			want: []string{fact("Ghana", graph.Opposes, "Togo"), fact("Ghana", graph.Opposes, "Benin")}},
		{text: "Ghana met Togo in Accra to discuss the alleged plot.",
			want: []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "Ghana condemned Togo over its rumoured role in the raid.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana allegedly met Togo in Accra to discuss the plot.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana met Togo in Accra to discuss the alleged plot.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		{text: "The alleged meeting between Ghana and Togo took place in Accra.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "The meeting between Ghana and Togo took place in Accra.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
		// A noun of doubt after the match is no qualifier of another noun.
		{text: "Ghana met Togo in Accra, according to unconfirmed reports.",
			not:       []string{fact("Ghana", graph.MetWith, "Togo")},
			companion: "Ghana met Togo in Accra, according to reports.",
			want:      []string{fact("Ghana", graph.MetWith, "Togo")}},
	})
}

// TestRejectedGerund checks that a verb of rejection right before a gerund
// denies the deed the gerund names, as a negation does, and that the verb
// before a noun states nothing of the sort.
func TestRejectedGerund(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana has opposed sharing intelligence with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana has started sharing intelligence with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The Borduria Front rejected cooperating with Togo.",
			not:       []string{fact("Borduria Front", graph.CooperatesWith, "Togo")},
			companion: "The Borduria Front began cooperating with Togo.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Togo")}},
		{text: "Ghana resisted fighting alongside the Borduria Front.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")},
			companion: "Ghana kept fighting alongside the Borduria Front.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")}},
	})
	checkFacts(t, []factCase{
		{text: "Ghana, which opposed the plan, fought alongside Togo.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}
