package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// hedged reports whether the match is denied or uncertain: a negation
// inside it or just before it ("did not take part"), a hedge before its
// end in its clause ("may back", "is expected to travel to Moscow to meet
// Putin"; but "will continue to back" is a fact, and "Putin, who will visit
// Tehran, met Erdogan" states a meeting), or a denial just after it
// ("..., the Kremlin denied").
// refusing marks a pattern that reads a refusal ("not allow") itself;
// threat one that reads a threat, whose modal ("will pay the price") is
// part of what it states.
func (x *Extractor) hedged(s *sentence, its []item, b binding, refusing, threat bool) bool {
	w := x.words
	toks := s.toks
	neg := max(0, b.first-2)
	if appositiveMatch(s, its, b) {
		// "Rwanda denied backing the M23, which has fought Congolese
		// troops": the denial is the main clause's, the relative clause
		// states its own fact.
		neg = b.first
	}
	for k := neg; k <= b.last; k++ {
		if it := its[k]; it.actor == nil && !it.punct && toks[it.start].is(classNegation) {
			if refusing && refusal(toks, it.start) {
				// "will not allow Iran to entrench itself": a refusal
				// states opposition.
				continue
			}
			return true
		}
		if it := its[k]; it.actor == nil && it.in(setRejectVerb) && k+1 <= b.last && its[k+1].actor == nil && strings.HasSuffix(its[k+1].fold, "ing") {
			// "has opposed sharing intelligence with X", "rejected
			// fighting alongside X": the deed is rejected, not done.
			return true
		}
	}
	if warnedAgainst(its, b) {
		return true
	}
	if deniedAccusation(s, its, b) || deniedClaim(s, its, b) || backedFight(its, b) || backedFighters(its, b) || condemnedVictim(its, b) || passiveCondemnation(its, b) || reporterObject(its, b) || passiveBacker(its, b) || requestedSubject(its, b) {
		return true
	}
	if b.first >= 2 && its[b.first-1].fold == "of" && its[b.first-2].actor == nil && its[b.first-2].in(setWarTalkNoun) {
		// "fears of war between Iran and Israel": a war talked of, not
		// fought.
		return true
	}
	if warTalkInside(its, b) {
		return true
	}
	from := hedgeScope(s, its, b)
	if past := pastAfterAnd(its, from, b.last); past > from {
		// "Russia would follow the talks and praised Turkey's role": the
		// verb in the past after "and" is no longer the modal's.
		if past > b.first+1 && reportedSubject(its, b.first) && its[b.first].actor != nil && x.modalIn(s, its[b.first+1:past]) {
			// "X said Togo and Benin should stand together and accused
			// Mali": nor is it the reported clause's subject's, but the
			// speaker's (carry reads it so).
			return true
		}
		from = past
	}
	for k := from; k <= b.last; k++ {
		it := its[k]
		if it.actor != nil || it.punct {
			continue
		}
		if s.headline && it.fold == "to" && k+1 < len(its) && its[k+1].in(setHeadlineFuture) {
			// "Erdogan and Putin to meet in Sochi": a headline's plan.
			return true
		}
		if threat && k >= b.first {
			continue
		}
		if k < b.last && dutyTo(s.toks, its, k) {
			// "the army is to deploy alongside X", "troops are to
			// withdraw": a side's plan or duty, not yet done ("the goal
			// is to oust X" states an aim, read by its pattern).
			return true
		}
		i := it.start
		if n := w.hedgeAt(toks, i); n > 0 && !(i+n < len(toks) && toks[i+n].is(classHedgeExempt)) && !(refusing && i+n < len(toks) && refusal(toks, i+n)) && !labelUse(toks, i) {
			return true
		}
	}
	if s.hedged {
		end := clauseEnd(its, b.last)
		for k := b.last + 1; k < end; k++ {
			if subjectAfterCommaAnd(s, its, k) {
				// "X attacked Y, and the rebels reportedly shot down
				// two helicopters": the doubt is the next clause's.
				end = k
				break
			}
		}
		if appositiveMatch(s, its, b) {
			// "JNIM, an affiliate of al-Qaeda, has claimed the raid",
			// "X, which Y arms, reportedly struck Z": the main clause's
			// verb of report or doubt is not the appositive's, which
			// ends at its closing comma.
			for k := b.last; k < end; k++ {
				if k > b.first+1 && its[k].fold == "," {
					end = k
					break
				}
			}
		}
		if accusation(its, b) {
			// "A accused B of arming C, a claim B rejected": the
			// accusation was made; a doubt or claim after it is about
			// what it alleges.
			end = min(end, b.last+1)
		}
		for k := from; k < end; k++ {
			// "reportedly", "claimed": anywhere in the clause of the match,
			// but not in a relative clause after it ("X struck Y, which
			// reportedly killed dozens": the strike stands).
			if k > b.last && its[k].actor == nil && its[k].is(classRelative) {
				break
			}
			if k > b.last && subordinateSubject(its, k) {
				// "X shot down Y's jet after it allegedly violated its
				// airspace": a subordinate clause with its own subject
				// after the match holds its own doubt.
				break
			}
			if it := its[k]; it.actor == nil && !it.punct && toks[it.start].is(classSentenceHedge) && !reportingUse(s, its, k) && !claimedAct(s.toks, it.start) && !labelUse(s.toks, it.start) &&
				!(k > b.last && attributiveHedge(s.toks, it.start)) {
				return true
			}
		}
	}
	to := its[b.last].end
	if appositiveMatch(s, its, b) && to+1 < len(toks) && toks[to].fold == "," && toks[to+1].is(classPostNegation) {
		// "Algeria, the main backer of the militia, denied the report":
		// the denial is the main clause's, the appositive stands.
		return false
	}
	for k := b.last + 1; k < len(its); k++ {
		if isStop(its[k]) {
			if its[k].start != its[k-1].end {
				// A view that ends the clause early ("the Front, which
				// Mali accuses of arming X, denied it" read as "the
				// Front arming X.", "X, a group that signed the deal in
				// 2020, denied it" as "X signed the deal in 2020."):
				// what follows in the text is another clause's.
				return false
			}
			break
		}
	}
	if accusation(its, b) {
		// "A accused B of arming C, which B denies": B's denial does not
		// undo A's accusation, nor what annotators read as alleged.
		return false
	}
	for i := to; i < len(toks) && i < to+postNegationWindow; i++ {
		if toks[i].is(classPostNegation) {
			return true
		}
	}
	return false
}

// hedgeAt returns the length of the hedge at toks[i], or 0: a hedge word
// or phrase (hedge), or a hedge of a verb and "to" with an adverb or
// auxiliary between them (aux-word: "offered again to host", "plans now to
// visit", "is expected later to sign" reads as "expected to").
func (w *wordClasses) hedgeAt(toks []token, i int) int {
	if n := w.has(classHedge, toks, i); n > 0 {
		return n
	}
	if i+2 < len(toks) && toks[i+2].fold == "to" && toks[i+1].in(setAuxWord) && toks[i].phrases&(1<<classHedge) != 0 {
		if w.has(classHedge, []token{toks[i], toks[i+2]}, 0) == 2 {
			return 3
		}
	}
	return 0
}

// appositiveMatch reports whether the match b reads an appositive or a
// relative clause set off by a comma after its first actor: "Algeria, the
// main backer of X,", "X, which Niger backs,".
func appositiveMatch(s *sentence, its []item, b binding) bool {
	k := b.first
	if its[k].actor == nil || k+1 > b.last {
		return false
	}
	return its[k+1].fold == "," || relativeAfterComma(s, its, k+1)
}

// warnedAgainst reports whether the deed of the match b is one its
// subject is warned off: a verb of warning (warn-verb) before the subject,
// then "against" and a gerund ("Ghana warned Benin against joining the
// war on the side of Togo", "urged X against sending tanks to Y"). As a
// refusal, it says the deed is not done.
func warnedAgainst(its []item, b binding) bool {
	for k := b.first + 1; k < b.last; k++ {
		if its[k].actor != nil || its[k].fold != "against" || its[k+1].actor != nil || !strings.HasSuffix(its[k+1].fold, "ing") {
			continue
		}
		for j := max(0, b.first-2); j < b.first; j++ {
			if its[j].actor == nil && its[j].in(setWarnVerb) {
				return true
			}
		}
	}
	return false
}

// accusation reports whether the match b reads through a verb of
// accusing ("A accused B of arming C", "A accuses B"), from the item
// before its first on.
func accusation(its []item, b binding) bool {
	for k := max(0, b.first-1); k <= b.last; k++ {
		if its[k].actor == nil && its[k].in(setAccuseVerb) {
			return true
		}
	}
	return false
}

// deniedAccusation reports whether the match b starts at the accused of
// a negated accusation, as the view that reads the accused as the subject
// of the gerund does ("Chad did not accuse Niger of arming X" read as
// "Niger arming X"): what no one alleges is no fact.
func deniedAccusation(s *sentence, its []item, b binding) bool {
	toks := s.toks
	i := its[b.first].start
	if its[b.first].actor == nil || i < 2 || !toks[i-1].in(setAccuseVerb) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if toks[j].is(classNegation) {
			return true
		}
	}
	return false
}

// deniedClaimWindow bounds the items between a denial and the "that" of
// the claim it denies.
const deniedClaimWindow = 4

// deniedClaim reports whether the match b is the clause of a claim that
// its clause denies: "Algeria denied Mali's claim that it armed the
// militia", "Qatar rejected claims that it funds the group", "dismissed
// reports that" (a denial right before "that" is read by the negation
// check).
func deniedClaim(s *sentence, its []item, b binding) bool {
	for k := b.first - 1; k > 0 && k >= b.first-6; k-- {
		if its[k].actor != nil || its[k].fold != "that" {
			continue
		}
		if k > 0 && its[k-1].fold == "and" {
			// "denied that it had shelled Kano, and that its troops
			// had attacked X": the second clause is governed as the
			// first is; "said Y did not merit it and that X would
			// ...": a second clause reported, not a claim denied.
			return deniedFirstThat(s, its, k)
		}
		return negatedBefore(s, its, k)
	}
	return false
}

// negatedBefore reports whether a negation or a denial stands within
// deniedClaimWindow items before the "that" at its[k]: "denied that",
// "did not say that". A report or claim named before the "that" (claim-
// noun) with a phrase of its source between ("denied a report in a
// Beirut daily that", "rejected claims by a Turkish newspaper that") is
// denied when the denial stands within the window before that noun.
func negatedBefore(s *sentence, its []item, k int) bool {
	if denialWithin(s, its, k) {
		return true
	}
	for j := k - 1; j > 0 && j >= k-claimSourceWindow; j-- {
		it := its[j]
		if it.punct {
			return false
		}
		if it.actor == nil && it.in(setClaimNoun) {
			return denialWithin(s, its, j)
		}
	}
	return false
}

// claimSourceWindow bounds the items between a claim noun and the "that"
// of its claim: the phrase of its source, "in a Beirut daily", "by a
// Turkish newspaper".
const claimSourceWindow = 8

// denialWithin reports whether a negation or a denial stands within
// deniedClaimWindow items before its[k].
func denialWithin(s *sentence, its []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-deniedClaimWindow; j-- {
		if it := its[j]; it.actor == nil && !it.punct && (s.toks[it.start].is(classNegation) || s.toks[it.start].is(classPostNegation)) {
			if j > 0 && s.toks[it.start].is(classPostNegation) && plainNegation(s, its[j-1]) {
				// "did not deny the reports that": a negated denial
				// denies nothing.
				return false
			}
			return true
		}
	}
	return false
}

// plainNegation reports whether it is a negation that is no denial verb:
// "not", "never".
func plainNegation(s *sentence, it item) bool {
	t := s.toks[it.start]
	return it.actor == nil && !it.punct && t.is(classNegation) && !t.is(classPostNegation)
}

// deniedFirstThat reports whether the "that" clause before the one that
// "and that" opens at its[k] is denied: a negation or denial right before
// its "that" ("denied that", "rejected claims that"), within
// deniedClaimWindow.
func deniedFirstThat(s *sentence, its []item, k int) bool {
	for j := k - 2; j > 0; j-- {
		it := its[j]
		if it.fold == ";" || it.fold == ":" || it.fold == "--" {
			return false
		}
		if it.actor != nil || it.fold != "that" || !thatClause(its, j) {
			continue
		}
		if its[j-1].fold == "and" {
			continue
		}
		return negatedBefore(s, its, j)
	}
	return false
}

// clauseEnd returns the index after the last item of the clause holding
// its[k]: before a semicolon, a colon or dash, or a comma before a new
// clause.
func clauseEnd(its []item, k int) int {
	for j := k + 1; j < len(its); j++ {
		it := its[j]
		switch {
		case it.fold == ";" || it.fold == ":" || it.fold == "--":
			return j
		case it.fold == "," && j+1 < len(its) && its[j+1].actor == nil && its[j+1].is(classClauseBreak):
			return j
		case it.fold == "," && j+2 < len(its) && its[j+1].fold == "and" && (its[j+2].actor != nil || thatClause(its, j+2)):
			// ", and Iran ...", ", and that no civilians were harmed":
			// a clause of its own (a second reported one).
			return j
		case subclauseAfterComma(its, j):
			return j
		}
	}
	return len(its)
}

// thatClause reports whether its[k] is "that" opening a clause with a
// subject of its own ("..., and that its assessment was ...", "and that
// Ankara would never ...", "and that no civilians were harmed"): a name, a
// pronoun, or a noun phrase of one or two words and an auxiliary after it;
// not "that" as the subject ("and that led Togo to ...").
func thatClause(its []item, k int) bool {
	if its[k].actor != nil || its[k].fold != "that" || k+2 >= len(its) {
		return false
	}
	n := its[k+1]
	if n.actor != nil {
		return !n.actor.adjective
	}
	if n.in(setOwnerPronoun) || personalPronoun(n.fold) {
		return true
	}
	if n.punct || n.in(setAuxVerb) {
		return false
	}
	for m := k + 2; m <= k+3 && m < len(its); m++ {
		if its[m].actor != nil || its[m].punct {
			return false
		}
		if its[m].in(setAuxVerb) {
			return true
		}
	}
	return false
}

// clauseStart returns the index of the first item of the clause holding
// its[k]: after a semicolon, a colon or dash, or a comma before a new
// clause (", but", ", while", ", and Iran ...").
func clauseStart(its []item, k int) int {
	for j := k - 1; j >= 0; j-- {
		it := its[j]
		switch {
		case it.fold == ";" || it.fold == ":" || it.fold == "--":
			return j + 1
		case it.fold == "," && j+1 < k && its[j+1].actor == nil && its[j+1].is(classClauseBreak):
			return j + 1
		case it.fold == "," && j+2 <= k && its[j+1].fold == "and" && (its[j+2].actor != nil || thatClause(its, j+2)):
			return j + 1
		case j+2 <= k && subclauseAfterComma(its, j):
			return j + 1
		}
	}
	return 0
}

// subclauseAfterComma reports whether a subordinate clause with a subject
// of its own opens after the comma its[j]: "The base was reportedly
// targeted, when Israel hit Iranian sites" — the hedge of one clause does
// not void the other.
func subclauseAfterComma(its []item, j int) bool {
	return its[j].fold == "," && j+2 < len(its) && its[j+1].actor == nil && its[j+1].in(setSubordinator) &&
		its[j+2].actor != nil && !its[j+2].actor.place() && !its[j+2].actor.adjective
}

// refusal reports whether toks[i] is the negation of a refusal: "not
// allow", "never recognize", "refuses to recognise".
func refusal(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].is(classNegation) {
		return false
	}
	if toks[i+1].fold == "to" && i+2 < len(toks) {
		return toks[i+2].in(setRefusalVerb)
	}
	return toks[i+1].in(setRefusalVerb)
}

// hedgeScope returns the first item whose hedge voids the match b: the
// start of its clause, or the match's first actor when the match reads
// what a relative clause, an appositive or a participle says of that actor
// ("Turkey would answer any strike by Syrian troops, which are backed by
// Russia": the backing is no plan).
func hedgeScope(s *sentence, its []item, b binding) int {
	k := b.first
	if its[k].actor != nil && k+1 <= b.last {
		next := its[k+1]
		switch {
		case relativeAfterComma(s, its, k+1), next.fold == ",":
			return k
		case next.actor == nil && next.is(classRelative) && len(its[k].actor.ents) == 1 && its[k].actor.ents[0].typ == graph.Agreement:
			// "said it would wreck the accord that A and B signed": what
			// the relative clause says of a deal is no plan.
			return k
		case next.actor == nil && !next.punct && k+2 <= b.last && its[k+2].fold == "by" && participle(next.fold):
			return k
		case next.actor == nil && next.is(classRelative) && k+2 <= b.last && its[k+2].actor != nil:
			// "would wreck the agreement that A and B signed": the
			// relative clause states a fact of its own.
			return k + 1
		}
	}
	if its[k].actor != nil && k > 0 && its[k-1].fold == "," && k+1 <= b.last && its[k+1].actor == nil && its[k+1].in(setSaysVerb) && its[k+1].fold != "that" && its[k+1].fold != "according" {
		// "The border will open, X said after talks with Y": the sayer
		// after the reported clause opens a clause of its own, which the
		// report's modal does not reach.
		return k
	}
	start := clauseStart(its, k)
	for j := k - 1; j > start; j-- {
		// "X was said to have armed Y, which led Mali to cut ties": a
		// relative clause after a comma states its own fact.
		if relativeAfterComma(s, its, j) {
			return j
		}
		// ", and Kurilla restated that ...": a clause opened by a name
		// the extractor does not know is a clause of its own too.
		if its[j].fold == "," && j+2 <= k && its[j+1].fold == "and" && its[j+2].actor == nil && !its[j+2].punct && s.toks[its[j+2].start].cap {
			return j + 1
		}
		if j+2 <= k && subjectAfterCommaAnd(s, its, j) {
			// "The strike reportedly hit a depot, and the army then
			// shelled X": a clause of its own.
			return j + 1
		}
	}
	return start
}

// subjectAfterCommaAnd reports whether ", and" at its[j] opens a clause
// with a subject of its own that is no actor the extractor knows: a
// determiner, a number, a quantity or an owner's pronoun after "and"
// ("..., and the rebels reportedly shot down two helicopters", "..., and
// dozens of fighters were reportedly killed"). A verb right after "and"
// ("..., and reportedly killed") goes on the clause before.
func subjectAfterCommaAnd(s *sentence, its []item, j int) bool {
	if its[j].fold != "," || j+2 >= len(its) || its[j+1].fold != "and" || its[j+1].actor != nil || its[j+2].actor != nil || its[j+2].punct {
		return false
	}
	i := its[j+1].end
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.is(classDeterminer) || isNumber(t.fold) || t.in(setQuantity) || t.in(setOwnerPronoun)
}

// relativeAfterComma reports whether its[k] is a relative pronoun after a
// comma (which items() leaves out): ", which reportedly killed dozens".
func relativeAfterComma(s *sentence, its []item, k int) bool {
	it := its[k]
	return it.actor == nil && it.is(classRelative) && it.start > 0 && s.toks[it.start-1].fold == ","
}

// dutyTo reports whether its[k] is the "to" of "is to" or "are to" right
// after a name, before a verb: "the army is to deploy", "troops are to
// withdraw". Views that drop the auxiliary keep the "to".
func dutyTo(toks []token, its []item, k int) bool {
	if its[k].actor != nil || its[k].fold != "to" || k+1 >= len(its) || its[k+1].actor != nil || its[k+1].punct {
		return false
	}
	i := its[k].start
	if i < 2 || (toks[i-1].fold != "is" && toks[i-1].fold != "are") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if its[j].actor != nil {
			return its[j].end == i-1
		}
	}
	return false
}

// reportingUse reports whether the sentence hedge its[k] is a verb that
// reports what its subject says ("Iran claimed that Israel struck the
// base", "Turkey has alleged the YPG attacked"): a report, not a doubt,
// unlike "reportedly" or "the alleged strike".
func reportingUse(s *sentence, its []item, k int) bool {
	it := its[k]
	if strings.HasSuffix(it.fold, "ly") {
		// "allegedly", "reportedly": adverbs of doubt.
		return false
	}
	if it.end < len(s.toks) && s.toks[it.end].fold == "that" {
		return true
	}
	if it.end < len(s.toks) && it.start > 0 {
		// "..., the army claimed.": a verb of speech closing the clause
		// after its subject, not "the alleged strike".
		next, prev := s.toks[it.end], s.toks[it.start-1]
		if (next.fold == "." || next.fold == "," || next.fold == ";") && prev.word && !prev.is(classDeterminer) {
			return true
		}
	}
	j := k - 1
	if j > 0 && its[j].actor == nil && its[j].in(setAuxVerb) {
		j--
	}
	return j >= 0 && its[j].actor != nil && !its[j].actor.possessive && !its[j].actor.adjective
}

// attributiveHedge reports whether the hedge at toks[i] is a participle
// that qualifies the noun after it, opened by a determiner or an owner
// ("over their alleged hosting of rebels", "to discuss the alleged plot",
// "Togo's rumoured role"): the doubt is that noun phrase's, and a match
// that ends before it ("summoned the envoys of A and B over their alleged
// hosting of rebels") stands. A hedge that is a noun ("dismissed Iran's
// claim as baseless") is no such qualifier.
func attributiveHedge(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(toks[i].fold, "ed") || !toks[i+1].word || toks[i+1].cap {
		return false
	}
	p := toks[i-1]
	return p.is(classDeterminer) || p.in(setOwnerPronoun) || p.fold == "'s"
}

// labelUse reports whether the word at toks[i] is the verb of a label an
// attacker puts on its target, "struck what it claims are Iranian
// positions", "hit what were believed to be rebel camps": the reporter
// keeps his distance from the label, not from the strike.
func labelUse(toks []token, i int) bool {
	if !toks[i].in(setLabelVerb) || i+1 >= len(toks) || !toks[i+1].in(setLabelLink) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-labelReach-1; j-- {
		if !toks[j].word {
			return false
		}
		if toks[j].fold == "what" {
			return true
		}
	}
	return false
}

// maxClaimedAct bounds the words between "claimed" and the attack or
// "responsibility" it claims.
const maxClaimedAct = 5

// claimedAct reports whether the verb "claim" at toks[i] claims an attack
// as its author's act ("the group claimed the raid", "has claimed most of
// the deadliest attacks", "claimed responsibility for the bombing",
// "claims drone strikes on two ships"): a claim of responsibility is an
// act, no doubt. "the claimed strike" and "claimed that ..." are not.
func claimedAct(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].fold, "claim") || i > 0 && toks[i-1].is(classDeterminer) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+maxClaimedAct; j++ {
		t := toks[j]
		if !t.word || t.fold == "that" {
			return false
		}
		if t.fold == "responsibility" || t.fold == "credit" || t.in(setAttackNoun) {
			return true
		}
	}
	return false
}

// passiveCondemnation reports whether the match b runs, after its subject,
// through a deed's noun condemned in the passive: in "X closed the border
// in a move condemned by Y" the move is X's and Y condemns it (the reading
// of deedReactions), so X is no one who condemned Y.
func passiveCondemnation(its []item, b binding) bool {
	if b.s == nil {
		return false
	}
	for k := max(b.first, 1); k+1 <= b.last; k++ {
		if its[k].actor == nil && its[k].in(setCritiqueVerb) && its[k+1].fold == "by" && its[k-1].actor == nil &&
			(its[k-1].in(setDeedSummary) || its[k-1].in(setAttackNoun)) && b.s.start < its[k].start {
			return true
		}
	}
	return false
}

// passiveBacker reports whether the match b opens with the agent of a
// backing participle, "separatists backed by Russian forces fought
// Moldovan troops": the backer is no subject of the verb after it, nor
// its object.
func passiveBacker(its []item, b binding) bool {
	k := b.first
	return k >= 2 && its[k].actor != nil && its[k-1].actor == nil && its[k-1].fold == "by" && its[k-2].actor == nil && its[k-2].in(setBackingParticiple)
}

// requestedSubject reports whether the match b opens with one asked to
// act, "called on President X to get rid of the Iranians", "urged Ghana
// to attack the Front": the act is asked for, not done (what the asker
// does is read from its own slot).
func requestedSubject(its []item, b binding) bool {
	k := b.first
	if k < 1 || its[k].actor == nil || k+2 > b.last || its[k+1].actor != nil || its[k+1].fold != "to" {
		return false
	}
	if its[k+2].actor == nil && its[k+2].in(setPresupposeVerb) {
		// "called on Washington to end its cooperation with X": the
		// cooperation asked to end is there.
		return false
	}
	p := its[k-1]
	if p.actor != nil {
		return false
	}
	if p.in(setRequestVerb) {
		return true
	}
	return p.fold == "on" && k >= 2 && its[k-2].actor == nil && strings.HasPrefix(its[k-2].fold, "call")
}

// backedFight reports whether the match b reads through a fight that a
// possessive owns after a verb of backing: "expected A and B to support
// its fight against X" says that A and B back a fight, not that they
// fight X.
func backedFight(its []item, b binding) bool {
	for k := b.first + 1; k+1 <= b.last; k++ {
		it := its[k]
		if it.actor == nil && it.in(setOwnerPronoun) && its[k-1].actor == nil && its[k-1].in(setBackingVerb) && its[k+1].in(setFightNoun) {
			return true
		}
	}
	return false
}

// backedFighters reports whether the match b reads through fighters its
// subject backs, named by a noun and no name: "A, B and C back insurgent
// groups fighting to topple him" says who backs the groups, not that A, B
// and C fight him (a named group, "backs the Front, which is fighting X",
// is read as the fight's subject).
func backedFighters(its []item, b binding) bool {
	si := slotIndex(its, b, b.s)
	if si < 0 {
		return false
	}
	for k := si + 1; k < b.last && k <= si+3; k++ {
		if its[k].actor != nil || its[k].punct {
			return false
		}
		if !its[k].in(setBackingVerb) {
			continue
		}
		for m := k + 1; m < b.last && m <= k+4; m++ {
			if its[m].actor != nil || its[m].punct {
				return false
			}
			if m > k+1 && fightVerb(its[m].fold) {
				return true
			}
		}
		return false
	}
	return false
}

// condemnedVictim reports whether the match b reads through a subject's
// condemnation of an attack on its object: "Germany condemned the attack
// on Ukrainian ports" states neither a fight nor opposition between
// Germany and Ukraine (but "condemned the attack on the convoy by X"
// names X as the author).
func condemnedVictim(its []item, b binding) bool {
	si, oi := slotIndex(its, b, b.s), slotIndex(its, b, b.o)
	if si < 0 || oi < si {
		return false
	}
	for k := si + 1; k < oi; k++ {
		if its[k].actor != nil || !its[k].in(setCondemnVerb) {
			continue
		}
		for m := k + 1; m+1 <= oi; m++ {
			if its[m].fold == "by" {
				return false
			}
			if its[m].actor == nil && its[m].in(setAttackNoun) && (its[m+1].fold == "on" || its[m+1].fold == "against") {
				for n := m + 2; n < oi; n++ {
					if its[n].fold == "by" {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// reporterObject reports whether the match b reads through its object's
// own verb of saying: "struck what the Pentagon said were chemical
// weapons sites" names the Pentagon as a source, not a target.
func reporterObject(its []item, b binding) bool {
	oi := slotIndex(its, b, b.o)
	if oi < 0 || oi+1 >= b.last {
		return false
	}
	it := its[oi+1]
	return it.actor == nil && it.in(setSaysVerb) && it.fold != "that" && it.fold != "according"
}

// pastAfterAnd returns the index of the last verb in the past tense after
// "and" between its[from] and its[last], or -1: the verb of a clause
// coordinated after a modal's ("would follow the talks and praised X").
func pastAfterAnd(its []item, from, last int) int {
	at := -1
	for k := from + 1; k+1 <= last; k++ {
		if its[k].fold != "and" || its[k+1].actor != nil {
			continue
		}
		v := its[k+1]
		if v.in(setNotVerb) || v.in(setAuxWord) {
			continue
		}
		if strings.HasSuffix(v.fold, "ed") || v.in(setIrregularPast) {
			at = k + 1
		}
	}
	return at
}

// reportedSubject reports whether its[k] opens a clause reported by a
// verb of saying: "said (that) X ...".
func reportedSubject(its []item, k int) bool {
	if k > 0 && its[k-1].fold == "that" {
		k--
	}
	return k > 0 && its[k-1].actor == nil && its[k-1].is(classReporting)
}

// warTalkInside reports whether the match b reads through a war only
// talked of: a noun of talk or fear and "of" before a noun of war or
// attack, past a few adjectives ("dismissed talk of an imminent war with
// Ethiopia", "the risk of a wider conflict with X").
func warTalkInside(its []item, b binding) bool {
	for k := b.first; k+2 <= b.last; k++ {
		if its[k].actor != nil || !its[k].in(setWarTalkNoun) || its[k+1].fold != "of" {
			continue
		}
		for j := k + 2; j <= b.last && j <= k+4; j++ {
			it := its[j]
			if it.actor != nil || it.punct {
				break
			}
			if it.in(setFightNoun) || it.in(setAttackNoun) || it.fold == "conflict" || it.fold == "clashes" {
				return true
			}
		}
	}
	return false
}

// requestedContact reports whether the meeting or talks b reads are only
// asked for: "called for talks between A and B", "urged talks between A
// and B", "urged A and B to hold talks", "called on A to meet B". What is
// asked for has not taken place; a request after the match ("A met B and
// urged calm") or in a clause of its own leaves it standing. So are talks
// only prepared or set as a condition (prospect-word, right before them or
// before the "for" or "of" that governs them): "to prepare a meeting of A
// and B", "ahead of talks between A and B", "as a condition for a meeting
// between A and B".
func requestedContact(its []item, b binding) bool {
	if requestedInside(its, b) {
		return true
	}
	k := b.first
	if its[k].actor != nil && (k+1 > b.last || its[k+1].fold != "to") {
		// "urged A to hold talks with B"; not "urged A, which met B".
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		it := its[j]
		if it.actor != nil || it.punct {
			return false
		}
		if it.in(setRequestVerb) || it.in(setProspectWord) {
			return true
		}
		if (it.fold == "for" || it.fold == "on" || it.fold == "upon") && j > 0 && its[j-1].actor == nil && its[j-1].in(setRequestForVerb) {
			return true
		}
		if (it.fold == "for" || it.fold == "of") && j > 0 && its[j-1].actor == nil && its[j-1].in(setProspectWord) {
			return true
		}
	}
	return false
}

// requestedInside reports whether, inside the match b, a verb of request
// governs the noun of talks the match reads: "X has urged talks with the
// militia", "Y called for negotiations with Z", "pressed for direct
// dialogue with", "urged the government to reopen talks with". The
// subject asks for the talks; it holds none.
func requestedInside(its []item, b binding) bool {
	for j := b.first + 1; j < b.last; j++ {
		it := its[j]
		if it.actor != nil {
			continue
		}
		n := j + 1
		asked := false // the request names the one asked: "urged X to"
		switch {
		case it.in(setRequestForVerb) && n < b.last && (its[n].fold == "for" || its[n].fold == "on"):
			n++
		case it.in(setRequestVerb):
		case askedTo(its, j):
			asked = true
		default:
			continue
		}
		reach := n + 2
		for m := n; m < b.last && m <= reach; m++ {
			if its[m].actor != nil || its[m].punct {
				break
			}
			if its[m].fold == "to" && reach == n+2 {
				// "urged the government to reopen talks with X": the
				// one asked, named by a noun, holds the talks asked for.
				reach, asked = m+3, false
			}
			if asked {
				continue
			}
			if its[m].in(setTalksHead) || its[m].fold == "consultations" || its[m].fold == "discussions" || its[m].fold == "meeting" {
				return true
			}
		}
	}
	return false
}

// askedTo reports whether its[j] is a verb of pressing for something
// (request-for-verb) that names the one pressed and asks it to act:
// "pressed the authorities to resume talks", "called on the army to";
// not "pressed ahead with", nor "pushed for talks".
func askedTo(its []item, j int) bool {
	if its[j].actor != nil || !its[j].in(setRequestForVerb) || j+2 >= len(its) {
		return false
	}
	k := j + 1
	if its[k].fold == "on" || its[k].fold == "upon" {
		k++
	}
	if its[k].actor != nil || its[k].punct || its[k].fold == "for" || its[k].fold == "ahead" {
		return false
	}
	for m := k + 1; m < len(its) && m <= k+2; m++ {
		if its[m].actor != nil || its[m].punct {
			return false
		}
		if its[m].fold == "to" {
			return true
		}
	}
	return false
}

// maxPlanAfter bounds the items after "talks between A and B" read for
// their verb.
const maxPlanAfter = 3

// plannedContact reports whether the talks or meeting b reads by its noun
// ("talks between A and B") are, by the verb after them, still to come or
// undone: "are expected next week", "will take place in X", "is scheduled
// for Friday", "was postponed". Talks that "ended without a deal" stand.
func (x *Extractor) plannedContact(s *sentence, its []item, b binding) bool {
	if its[b.first].actor != nil {
		return false
	}
	if deniedContact(its, b.first) {
		return true
	}
	if toks, i := s.toks, its[b.last].end; i < len(toks) {
		// "talks between A and B, which could be held in X", "a meeting
		// of A and B that is expected next week": the relative clause's
		// verb says when they take place, in every view of the sentence
		// (the plain one leaves the clause out).
		if toks[i].fold == "," {
			i++
		}
		// "At the meeting, X told Y that the border would stay open":
		// after a verb's object, "that" opens what was said, no
		// relative clause of the meeting's.
		addressed := b.last > b.first && verbItem(s, its[b.last-1])
		if i < len(toks) && toks[i].is(classRelative) && !addressed {
			for j := i + 1; j < len(toks) && j <= i+maxPlanAfter; j++ {
				if toks[j].in(setContactPlanWord) || x.words.hedgeAt(toks, j) > 0 {
					return true
				}
			}
		}
	}
	for k := b.last + 1; k < len(its) && k <= b.last+maxPlanAfter; k++ {
		it := its[k]
		if it.actor != nil || it.punct || it.is(classRelative) {
			return false
		}
		if it.in(setContactPlanWord) || x.words.hedgeAt(s.toks, it.start) > 0 {
			return true
		}
		if it.fold == "off" && k-1 > b.last && its[k-1].actor == nil && its[k-1].in(setOffDenialVerb) {
			// "talks between A and B were called off".
			return true
		}
	}
	return false
}

// leftContact reports whether the noun of talks inside the match b is
// the object of a verb that ends or leaves them (contact-exit), past its
// determiners, the particles of "pulled out of" and "withdrew from" and
// one modifier: "A suspended the peace talks with B", "A pulled out of
// direct talks with B"; so does a verb of two words that denies or plans
// them (twoWordVerb): "A called off its talks with B". Talks left or
// suspended are no contact the sentence reports; "after talks with B
// collapsed" is (the verb follows).
func leftContact(its []item, b binding) bool {
	for k := b.first + 1; k <= b.last && k < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setContactNoun) {
			continue
		}
		modifiers := 0
		for j := k - 1; j > b.first; j-- {
			it := its[j]
			if it.actor != nil || it.punct {
				break
			}
			if it.in(setContactExit) {
				return true
			}
			if j-1 > b.first && its[j-1].actor == nil && twoWordVerb(it, its[j-1]) {
				// "called off talks with B", "agreed on holding
				// talks with B": a verb of two words denies or only
				// plans them, as it does before "talks between".
				return true
			}
			if it.is(classDeterminer) || it.in(setOwnerPronoun) || it.in(setExitParticle) {
				// "pulled out of the talks", "left its talks".
				continue
			}
			if modifiers++; modifiers > 1 {
				break
			}
		}
		return false
	}
	return false
}

// deniedContact reports whether a contact noun its[k] (determiners aside)
// is the object of a verb that denies or only plans it: one of
// contact-denial, or one of off-denial-verb or on-plan-verb with its
// particle.
func deniedContact(its []item, k int) bool {
	k--
	for k >= 0 && its[k].actor == nil && (its[k].fold == "a" || its[k].fold == "the" || its[k].fold == "an") {
		k--
	}
	if k < 0 || its[k].actor != nil {
		return false
	}
	if its[k].in(setContactDenial) {
		return true
	}
	if k == 0 || its[k-1].actor != nil {
		return false
	}
	return twoWordVerb(its[k], its[k-1])
}

// twoWordVerb reports whether verb and particle are a verb of two words,
// whole, that denies a contact ("called off", "broke off", off-denial-verb)
// or only plans it ("agreed on", "settled on", on-plan-verb); "an
// agreement on talks" plans nothing by itself.
func twoWordVerb(particle, verb item) bool {
	switch particle.fold {
	case "off":
		return verb.in(setOffDenialVerb)
	case "on":
		return verb.in(setOnPlanVerb)
	}
	return false
}

// subordinateSubject reports whether its[k] opens a subordinate clause
// with a subject of its own: a subordinating conjunction ("after",
// "because", "when") followed by an actor or a subject pronoun.
func subordinateSubject(its []item, k int) bool {
	if its[k].actor != nil || !its[k].in(setSubordinator) || k+1 >= len(its) {
		return false
	}
	if its[k+1].actor != nil {
		return true
	}
	switch its[k+1].fold {
	case "it", "they", "he", "she", "we":
		return true
	}
	return false
}

// promiseStands reports whether the promise the match b reads stands. A
// word of condition, fear, warning or doubt voids it when it comes after the
// match ("would cooperate only if", "..., Togo warned") or is the nearest of
// such words and verbs of saying before it ("fears that X will cooperate",
// "Analysts doubt A and B will cooperate"; but "warned of reprisals and said
// Washington would work with X" stands). A "would" needs a verb of saying
// or promise before or after it ("said they would cooperate"): one no one
// reports is a wish or a condition's ("Ghana would work with Togo if ...").
func promiseStands(s *sentence, its []item, b binding) bool {
	toks := s.toks
	from := its[b.first].start
	reported := false
	for i := from - 1; i >= 0; i-- {
		if toks[i].in(setPromiseVoid) {
			return false
		}
		if toks[i].in(setPromiseVerb) {
			reported = true
			break
		}
	}
	for i := from; i < len(toks); i++ {
		// The match's words count with those after it: a view may carry
		// the subject past "said" ("A and B said they would cooperate").
		if toks[i].in(setPromiseVoid) {
			return false
		}
		if toks[i].in(setPromiseVerb) {
			reported = true
		}
	}
	if reported {
		return true
	}
	for k := b.first; k <= b.last; k++ {
		if its[k].actor == nil && its[k].fold == "would" {
			return false
		}
	}
	return true
}
