package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// relate applies the relation patterns to s: to the sentence as written
// and to simpler views of it, in which parenthetical clauses are left out
// ("Putin, who will visit Tehran next week, met Erdogan") and a subject is
// carried to the second verb of its clause ("Rouhani slammed the sanctions
// and thanked Moscow").
func (a *article) relate(s *sentence) {
	a.stateSponsors(s)
	a.designations(s)
	if s.question {
		return
	}
	a.memberOfBody(s)
	a.statesGroup(s)
	seen := a.seenElems
	clear(seen)
	candidate, blame, event, held, statement, hostile, operation, hit := false, false, false, false, false, false, false, false
	summary, judged, says, verdict, deed, presence := false, false, false, false, false, false
	// struck: an attack a claim later on may name (attackedSides);
	// claim: a claim of one (claimedAttacks).
	struck, claim := false, false
	claimed := s.index < a.lastClaim
	for _, t := range s.toks {
		if t.in(setOperationNoun) {
			operation = true
		}
		if t.in(setMeasureNoun) || t.in(setMeasureWeak) || t.in(setProtestVerb) || t.in(setEliminateVerb) || t.in(setSiteTarget) || t.in(setHostileGerund) {
			hostile = true
		}
		if t.in(setBlameWord) || t.in(setCondemnVerb) {
			blame = true
		}
		if t.in(setAttackNoun) || t.fold == "against" {
			event = true
		}
		if t.in(setCritiqueVerb) || t.in(setDrawVerb) {
			// A reaction to a deed an apposed noun names (deedReactions).
			summary = true
		}
		if t.in(setJudgeVerb) || t.in(setCritiqueVerb) {
			// An evaluation of a deed or a party (judgedDeeds).
			judged = true
		}
		if t.in(setSaysVerb) || t.fold == "told" {
			says = true
		}
		if t.in(setJudgementWord) || t.in(setJudgementNoun) {
			verdict = true
		}
		if claimed && (t.in(setHitVerb) || t.in(setAttackNoun)) {
			struck = true
		}
		if claimed && (t.in(setOwnDeedVerb) || t.is(classSentenceHedge)) {
			claim = true
		}
		if t.in(setHitVerb) && s.index+1 < a.lastReaction {
			// Only for a reaction later on (verbAttacks).
			hit = true
		}
		if (t.in(setDeedVerb) || t.in(setDeedNoun)) && s.index+1 < a.lastReaction {
			// Only for a reaction later on (deeds).
			deed = true
		}
		if t.hyphen && t.in(setHoldParticiple) {
			held = true
		}
		if t.in(setStatementNoun) {
			statement = true
		}
		if t.in(setPresenceCompanion) {
			// "appeared alongside X" (presenceCompanions), which no
			// pattern reads.
			presence = true
		}
		if t.info == nil {
			continue
		}
		if t.is(classSentenceHedge) {
			s.hedged = true
		}
		for _, pe := range t.info.patterns {
			seen[pe.pattern] |= pe.bit
		}
	}
	a.candidates = a.candidates[:0]
	for i, p := range a.x.patterns {
		if seen[i] == p.required {
			a.candidates = append(a.candidates, int32(i))
		}
	}
	candidate = len(a.candidates) > 0
	// "X said the strikes were illegal" (judgedDeeds).
	judged = judged || says && verdict
	if !candidate && !blame && !event && !held && !statement && !hostile && !operation && !hit && !summary && !judged && !deed && !presence && !struck && !claim {
		return
	}
	base := a.items(s)
	// The sentence without its relative clauses and appositives (nil when
	// it has none), read once for every reading that wants it.
	plain, spans := parentheticals(s, base)
	if blame {
		a.attackAuthor(s, base, plain)
		a.reactions(s, base)
		a.passiveReactions(s, base)
	}
	if candidate {
		a.applyPatternsAndViews(s, base, plain, spans)
		a.pairsThatFought(s, base)
		a.truceSides(s, base)
		if bare := unlabelled(base); bare != nil {
			// "condemned what it called Iran's attack": the sentence
			// read again as if it named the thing without the label.
			plain, spans := parentheticals(s, bare)
			a.applyPatternsAndViews(s, bare, plain, spans)
		}
		a.meetingHosts(s, base)
		a.meetingCompanions(s, base)
	}
	if presence {
		a.presenceCompanions(s, base)
	}
	if operation {
		// Before the attacks of this sentence are recorded: the
		// operation is the one stated before.
		a.backedOperations(s, base)
	}
	if judged {
		// After the patterns, whose fights name attacks' authors too,
		// and before this sentence's attacks are recorded: an attack
		// judged is the one stated before.
		a.judgedDeeds(s, base)
		if plain != nil {
			// "The Front, which organised the convoy, called the
			// seizure an act of piracy": the subject past the
			// clause set off by commas.
			a.judgedDeeds(s, plain)
		}
	}
	if event {
		// After the patterns, whose fights name attacks' authors too;
		// an attack repelled is the one stated before.
		a.repelledAttacks(s, base)
		a.eventAuthors(s, base)
		a.coalitionsAgainst(s, base)
		a.backedFights(s, base)
		a.sidedFights(s, base)
	}
	if held {
		a.heldTargetsIn(s, base, plain)
	}
	if statement {
		a.statementIssuers(s, base)
	}
	if hostile {
		a.measures(s, base)
		a.envoyProtests(s, base)
		a.eliminations(s, base)
		a.siteAttacks(s, base, plain)
		a.accusedOfHostility(s, base)
	}
	if summary {
		if plain != nil {
			a.deedReactions(s, plain)
		} else {
			a.deedReactions(s, base)
		}
	}
	if struck {
		a.attackedSides(s, base)
	}
	if claim {
		// After the attacks of this sentence are recorded, and after
		// attackedSides: "X claimed the attack on Y".
		a.claimedAttacks(s, base)
	}
	if hit {
		// Last: the readings above record the attacks they read.
		a.verbAttacks(s, base)
	}
	if deed {
		// Last too: a reaction in this sentence names a deed stated
		// before.
		a.deeds(s, base)
	}
}

// readMeetingHost names the reading of a gathering's host: see
// meetingHosts.
const readMeetingHost = "reading meeting-host"

// meetingHosts states that the host of a gathering met those who met
// there: "A and B met in Lima in talks hosted by X", "A met B in a meeting
// chaired by X", "The meeting, which was hosted by X, brought together A,
// B and C". The guests are the people the sentence's own readings say met
// (so after the patterns); when the gathering opens the sentence ("The
// meeting was hosted by X."), those the sentence before says met. The host
// is a person named, not a reference; a call is no gathering, and a
// sentence that says nobody met states nothing.
func (a *article) meetingHosts(s *sentence, its []item) {
	if s.hedged {
		return
	}
	for k := 0; k+2 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setHostVerb) || its[k+1].fold != "by" {
			continue
		}
		host := its[k+2].actor
		if host == nil || host.ref != refNone || host.possessive || len(host.ents) != 1 || host.ents[0].typ != graph.Person {
			continue
		}
		n := nounBefore(its, k, setGatheringNoun)
		if n < 0 {
			continue
		}
		guests := a.metThere(s.index, host.ents[0])
		if len(guests) == 0 && n == 0 && s.index > 0 {
			guests = a.metThere(s.index-1, host.ents[0])
		}
		for _, g := range guests {
			a.relFact(s, host.ents[0], graph.MetWith, g, 0.75, readMeetingHost)
		}
	}
}

// readMeetingCompanion names the reading of a companion at a meeting: see
// meetingCompanions.
const readMeetingCompanion = "reading meeting-companion"

// meetingCompanions states that a person named in an adjunct of company
// beside a meeting met those who met there: "A and B met in Lima
// alongside X", "A and B, together with X, discussed the plan at a
// meeting", "A met B in the presence of X". The meeting is one the
// sentence's own readings state (so after the patterns), and the adjunct
// stands in a clause that names it (a meeting word or "met"): "A met B;
// C, alongside X, shelled the town" joins no one. A signing is a
// gathering too when it is done "in the presence of" someone: those the
// sentence's readings say signed, as the subject of an active verb, met
// the witnesses ("A and B signed the declaration in the presence of X";
// a deal "signed by" deputies in the presence of their leaders says who
// put the ink, not who met whom), and the people the presence lists met
// each other ("signed in the presence of X, Y and Z").
func (a *article) meetingCompanions(s *sentence, its []item) {
	if s.hedged {
		return
	}
	// Those the sentence's readings say met, taken before any companion
	// joins them: the companions of one meeting ("in the presence of X,
	// Y and Z") met its parties, not each other (but see signing).
	met := a.metThere(s.index, nil)
	for k := 0; k+1 < len(its); k++ {
		var by *actor
		presence := false
		switch it := its[k]; {
		case it.actor != nil:
		case it.in(setAlongside):
			by = its[k+1].actor
		case it.in(setAlongWord) && its[k+1].fold == "with" && k+2 < len(its):
			by = its[k+2].actor
		case it.fold == "presence" && k > 0 && its[k-1].fold == "in" && its[k+1].fold == "of" && k+2 < len(its):
			by = its[k+2].actor
			presence = true
		}
		if by == nil || by.ref != refNone || by.possessive || by.place() {
			continue
		}
		signing, active := false, false
		if presence {
			signing, active = signingClause(its, k)
		}
		if !signing && !meetingClause(its, k) {
			continue
		}
		for i, e := range by.ents {
			if e.typ != graph.Person {
				continue
			}
			guests := slices.DeleteFunc(slices.Clone(met), func(g *entry) bool { return g == e })
			if active {
				guests = a.signedThere(s.index, e, guests)
			}
			if signing {
				for _, f := range by.ents[i+1:] {
					if f.typ == graph.Person && f != e {
						a.relFact(s, e, graph.MetWith, f, 0.7, readMeetingCompanion)
					}
				}
			}
			for _, g := range guests {
				a.relFact(s, e, graph.MetWith, g, 0.7, readMeetingCompanion)
			}
		}
	}
}

// readPresenceCompanion names the reading of a companion at a public
// appearance: see presenceCompanions.
const readPresenceCompanion = "reading presence-companion"

// maxPresenceGap bounds the words between a verb of appearance and the
// preposition that names its companion ("appearing before the press
// alongside X").
const maxPresenceGap = 6

// maxPresenceSetting bounds the words of place and occasion after the
// companion of a participle that opens the sentence, before the comma
// its subject follows ("Standing beside Y at a late-night news conference
// in the capital, X said").
const maxPresenceSetting = 12

// presenceCompanions states that a person who appeared in public beside
// another met that person: a verb of appearance (presence-verb) and,
// past a few words of place or audience, a preposition of company
// (presence-companion) before the people named: "X appeared alongside
// Y", "X, speaking in Paris alongside his counterpart Y, said", "X,
// appearing before the press beside Y and Z", "Standing beside Y at a
// news conference, X said". The subject is the person right before the
// verb (or before the comma that opens the participle), or, for a
// participle that opens the sentence, the person right after the comma
// that closes it. The words between hold no other verb, party or
// punctuation ("spoke about fighting alongside Y" is no appearance); the
// companion is named, not a reference; a picture or a recording
// (image-noun) in the sentence, a negation or a hedge in the span, or a
// hedged sentence state nothing. Standing or sitting (posture-verb) is
// an appearance only on an occasion named right after the companion
// ("stood beside Y as the accord was signed", posture-occasion): "stood
// beside Y over the war for years" is a stance.
func (a *article) presenceCompanions(s *sentence, its []item) {
	if s.hedged {
		return
	}
	for k := 1; k+1 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setPresenceCompanion) {
			continue
		}
		by := its[k+1].actor
		if by != nil && !personActor(by) && k+2 < len(its) && its[k+2].actor != nil && personActor(its[k+2].actor) {
			// "beside Bordurian President X": his state's or body's
			// word, then him.
			by = its[k+2].actor
		}
		if by == nil || by.ref != refNone || by.possessive || by.adjective || by.place() {
			continue
		}
		v := -1
		for j := k - 1; j >= 0 && k-j <= maxPresenceGap; j-- {
			it := its[j]
			if it.actor != nil {
				if it.actor.place() {
					continue
				}
				break
			}
			if it.in(setPresenceVerb) || it.in(setPostureVerb) && k+2 < len(its) && its[k+2].actor == nil && its[k+2].in(setPostureOccasion) {
				v = j
				break
			}
			if it.punct || it.in(setRelativePronoun) || verbItem(s, it) && (it.start == 0 || !s.toks[it.start-1].is(classDeterminer)) {
				// Another deed: "spoke about fighting alongside Y"; but
				// "outside the building alongside Y" is the setting's.
				break
			}
		}
		if v < 0 {
			continue
		}
		subj, from, to := (*actor)(nil), v, k+2
		switch {
		case v > 0 && its[v-1].actor != nil:
			subj, from = its[v-1].actor, v-1
		case v > 1 && its[v-1].fold == "," && its[v-2].actor != nil:
			subj, from = its[v-2].actor, v-2
		case v == 0:
			for j := k + 2; j+1 < len(its) && j <= k+2+maxPresenceSetting; j++ {
				if its[j].fold == "," {
					subj, to = its[j+1].actor, j+2
					break
				}
				if ac := its[j].actor; ac != nil && !ac.place() || its[j].punct {
					break
				}
			}
		}
		if subj == nil || subj.possessive || subj.adjective || len(subj.ents) != 1 || subj.ents[0].typ != graph.Person {
			continue
		}
		if imaged(its[clauseStart(its, from):settingEnd(its, k+2)]) || a.x.spanHedged(s, its, max(from-2, 0), to) {
			continue
		}
		for _, e := range by.ents {
			if e.typ == graph.Person {
				a.relFact(s, subj.ents[0], graph.MetWith, e, 0.7, readPresenceCompanion)
			}
		}
	}
}

// settingEnd returns the end of the words of place and occasion that
// follow an appearance's companion from its[j]: before punctuation or a
// coordinator that opens no further name ("in Lima and said a clearer
// picture would emerge").
func settingEnd(its []item, from int) int {
	j := from
	for ; j < len(its) && j < from+maxPresenceSetting; j++ {
		it := its[j]
		if it.actor != nil {
			continue
		}
		if it.punct || it.is(classCoordinator) && (j+1 >= len(its) || its[j+1].actor == nil) {
			break
		}
	}
	return j
}

// imaged reports whether its names a picture or a recording (image-noun):
// the words from the appearance's clause to the end of its setting
// ("appeared alongside X in a video", "In a video released on Monday, X
// appeared alongside Y"), not a picture said of in another clause.
func imaged(its []item) bool {
	for _, it := range its {
		if it.actor == nil && it.in(setImageNoun) {
			return true
		}
	}
	return false
}

// signingClause reports whether the clause holding its[k], or the clause
// just before it when its[k] opens its own after a comma ("signed the
// deal on Friday, in the presence of X"), names a signing: a verb of
// signing. active reports whether the verb is active: no form of "be"
// stands before it ("was signed by A").
func signingClause(its []item, k int) (signing, active bool) {
	start := clauseStart(its, k)
	if start > 0 && its[start-1].fold == "," {
		start = clauseStart(its, start-1)
	}
	for j, end := start, clauseEnd(its, k); j < end; j++ {
		if its[j].actor == nil && its[j].in(setSignVerb) {
			passive := j > 0 && its[j-1].actor == nil && (copula(its[j-1].fold) || its[j-1].fold == "been" || its[j-1].fold == "being")
			return true, !passive
		}
	}
	return false, false
}

// signedThere adds to out the people that signed facts of the sentence
// with index i name as signers, other than witness, by name.
func (a *article) signedThere(i int, witness *entry, out []*entry) []*entry {
	for _, k := range a.facts.keysIn(i) {
		if k.p != graph.Signed {
			continue
		}
		if e := k.s; e != witness && e.typ == graph.Person && !slices.Contains(out, e) && namedBy(a.sentences[i], e) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(x, y *entry) int { return strings.Compare(x.name, y.name) })
	return out
}

// meetingClause reports whether the clause holding its[k] names a
// meeting: a gathering noun or "met".
func meetingClause(its []item, k int) bool {
	for j, end := clauseStart(its, k), clauseEnd(its, k); j < end; j++ {
		if its[j].actor == nil && (its[j].fold == "met" || its[j].in(setGatheringNoun)) {
			return true
		}
	}
	return false
}

// metThere returns the people that facts of the sentence with index i
// say met someone, other than host, by name. A person the sentence names
// only by a reference ("the two men", "he") is left out: what the
// reference guessed is not the meeting's evidence.
func (a *article) metThere(i int, host *entry) []*entry {
	var out []*entry
	for _, k := range a.facts.keysIn(i) {
		if k.p != graph.MetWith {
			continue
		}
		for _, e := range [2]*entry{k.s, k.o} {
			if e != host && e.typ == graph.Person && !slices.Contains(out, e) && namedBy(a.sentences[i], e) {
				out = append(out, e)
			}
		}
	}
	slices.SortFunc(out, func(x, y *entry) int { return strings.Compare(x.name, y.name) })
	return out
}

// namedBy reports whether s names e by a name of its own, not through a
// reference.
func namedBy(s *sentence, e *entry) bool {
	for _, ac := range s.actors {
		if ac.ref == refNone && !ac.inferred && slices.Contains(ac.ents, e) {
			return true
		}
	}
	return false
}

// applyPatternsAndViews applies the patterns to its, laid out with its
// parentheticals plain and spans (parentheticals), and to each simpler
// view of it (Extractor.views).
func (a *article) applyPatternsAndViews(s *sentence, its, plain []item, spans [][2]int) {
	views := a.x.views(s, its, plain)
	a.applyPatterns(s, its, spans)
	for _, v := range views {
		a.applyPatterns(s, v, nil)
	}
}

// unnamedHolderSlot reports whether a party of the contact b is a state
// or body that only qualifies one office whose holder goes unnamed:
// "CENTCOM chief meets SDF commander", "the only EU leader to have met X".
// The contact is an unnamed person's, of whom the ontology states nothing
// (but "PUK leaders met X" is the body's delegation, and the body met).
func unnamedHolderSlot(s *sentence, its []item, b binding) bool {
	for k := b.first; k <= b.last && k+1 < len(its); k++ {
		ac := its[k].actor
		if ac == nil || ac != b.s && ac != b.o || ac.possessive || len(ac.ents) == 0 || ac.ents[0].typ == graph.Person {
			continue
		}
		n := its[k+1]
		if n.actor != nil || n.punct || !s.toks[n.start].word || s.toks[n.start].cap {
			continue
		}
		if t, tn := matchTitle(s.toks, n.start); tn == 0 || t.plural || t.predicate == "" || t.predicate == graph.MemberOf {
			// "PUK leaders", "Houthi officials": the body's people, as
			// the body (its delegation met); "EU member states" are
			// the body's members, no office.
			continue
		}
		if k+2 < len(its) && its[k+2].actor != nil && personActor(its[k+2].actor) {
			// "Kremlin aide X": the holder is named after all.
			continue
		}
		return true
	}
	return false
}

// nominalStructure reports whether the match b of a pattern of structure
// (part-of, member-of) reads a noun phrase alone: "the PKK's Syrian wing,
// the YPG", "the Front, the backbone of the Union", "a member of the
// Union", with no verb, auxiliary, relative pronoun, negation or hedge
// between its first item and its last (a word in -ing is read as a noun
// there: "wing"). What the phrase says of its names does not hang on the
// clause's verb, so a modal, a negation or a doubt of the clause outside
// the match ("Turkey would not stop until it had cleared the region of the
// PKK's Syrian wing, the YPG", "will pause so that the PKK's Syrian wing,
// the YPG, can withdraw") leaves it standing.
func nominalStructure(s *sentence, its []item, b binding, p graph.Predicate) bool {
	if p != graph.PartOf && p != graph.MemberOf || s.question {
		return false
	}
	for k := b.first; k <= b.last && k < len(its); k++ {
		it := its[k]
		if it.actor != nil || it.punct || it.fold == "'s" {
			continue
		}
		t := s.toks[it.start]
		if verbItem(s, it) && !strings.HasSuffix(it.fold, "ing") || it.in(setAuxVerb) || isCopula(it.fold) || it.is(classRelative) || t.is(classNegation) || t.is(classHedge) || t.is(classSentenceHedge) {
			return false
		}
	}
	return true
}

// applyPatterns matches the patterns a sentence has the words for (its
// candidates, listed by relate) against one view of it. spans are the
// parentheticals of the full reading (see acrossParenthetical), nil for a
// view without them.
func (a *article) applyPatterns(s *sentence, its []item, spans [][2]int) {
	// A pattern that opens with a slot can start only at an actor: most
	// patterns do, and most items are plain words. nextActor[k] is the
	// first actor at k or after (len(its) when none); a local buffer, as
	// the checks below may read other views re-entrantly.
	var buf [96]int
	nextActor := actorsFrom(its, buf[:0])
	for _, i := range a.candidates {
		p := a.x.patterns[i]
		slotFirst := p.elems[0].kind == elemSlot
		for start := 0; start < len(its); start++ {
			if slotFirst {
				if start = nextActor[start]; start >= len(its) {
					break
				}
			}
			b, ok := p.matchAt(its, start)
			if !ok || a.x.hedged(s, its, b, p.refusal, p.threat || p.promise) && !nominalStructure(s, its, b, p.predicate) || p.promise && !promiseStands(s, its, b) || p.held && wordInMatch(its, b, setUnheldWord) || (b.g != nil && p.predicate == graph.CooperatesWith && partnerAfter(its, b.last)) || (b.g != nil && (p.predicate == graph.MetWith || p.predicate == graph.SpokeWith) && partnerAfter(its[:min(b.last+3, len(its))], b.last)) {
				continue
			}
			if spans != nil && acrossParenthetical(its, b, spans) {
				continue
			}
			if p.round && a.roundVoid(its, b, p.predicate) || p.gathering && a.gatheringVoid(s, its, b) || p.theirs && theirsVoid(s, its, b) || p.purpose && purposeVoid(s, its, b) {
				continue
			}
			if p.side && !sideTaken(s, its, b) {
				continue
			}
			if p.belligerent && !belligerentSubject(s, its, b) || p.measure && wordInMatch(its, b, setMeasureBreak) ||
				p.clause && a.clauseDoubted(s, its, b) || p.blame && !blameStands(its, b) || p.armed && !a.armedObject(b) {
				continue
			}
			if p.elems[0].kind == elemSlot && p.elems[0].slot == 'O' && attackedRelative(s, its, b.first) {
				continue
			}
			if (p.predicate == graph.MetWith || p.predicate == graph.SpokeWith) && (requestedContact(its, b) || a.x.plannedContact(s, its, b) || leftContact(its, b) || partnersAsGroup(its, b) || unnamedHolderSlot(s, its, b)) {
				continue
			}
			if p.predicate == graph.CooperatesWith && lackedCooperation(its, b.first) {
				continue
			}
			if p.predicate == graph.Signed && plannedTalks(s, its, b) {
				continue
			}
			if p.predicate == graph.Brokered && requestedGuarantors(its, b) {
				// "X called on the guarantors of the truce to act": X
				// asks them; it is none of them.
				continue
			}
			if p.predicate == graph.CooperatesWith && requestedContact(its, b) && !ownCooperationNamed(its, b) {
				// "called on Ankara to coordinate with Baghdad": asked
				// for, not done.
				continue
			}
			if b.s != nil && its[b.first].actor == b.s && !b.s.possessive && b.first > 0 && its[b.first-1].fold == "with" &&
				!(b.first+1 < len(its) && its[b.first+1].actor == nil && (its[b.first+1].in(setAuxWord) || its[b.first+1].fold == "-" || its[b.first+1].fold == "--")) &&
				!describedByAppositive(p, its, b) && !withAbsolute(p, its, b) {
				// "held talks with Assad and with Muallem during a visit
				// to Damascus": the object of "with" is no subject (but
				// "help with Israel's efforts to curtail Iran" is Israel's,
				// "with Moscow being an ally of Damascus" Moscow's, and
				// "with the ministers of A and B -- X and Y -- whose
				// countries" names A and B before a dash).
				continue
			}
			if b.g != nil && its[b.first].actor == b.g && b.first > 0 && its[b.first-1].fold == "with" {
				// "the initiative, launched with A, B and C to coordinate
				// security": a list that is the object of "with" did not
				// act as a group; its partner is whoever "with" follows.
				continue
			}
			if b.s != nil && b.o != nil && p.predicate == graph.Fights && (p.passiveSubject(its, b) || p.reporterSubject(its, b)) {
				// "Nasrallah, who was killed in a strike on Beirut": the
				// subject suffered the verb; "the Observatory said the
				// Turkish strikes killed X": it reports, it did not strike.
				continue
			}
			if side := a.spokesmanSide(p, its, b); side != nil {
				// "X, the Front's spokesman, said operations would
				// continue in coordination with Y": the Front's deed.
				b.s = side
			}
			if a.speakerOnly(p, its, b) {
				// "Rao told reporters that the raids were carried out in
				// coordination with the army": the reported clause has a
				// subject of its own, and a spokesman reports his side's
				// deeds, not his own.
				continue
			}
			if p.adjunctOfObject(its, b) {
				// "waged war on Tripoli with the backing of X": the
				// backing is the war-maker's, read in the view that
				// carries the clause's subject to the adjunct.
				continue
			}
			if relativeDisagrees(its, b) {
				// "Boko Haram, now led by X, which has clashed with Y":
				// the relative clause is not the person's.
				continue
			}
			if ownerDisagrees(its, b) {
				// "briefed A, B and C on his meeting with X": the
				// meeting is his, not theirs.
				continue
			}
			if actPredicate(p.predicate) && qualifiesOtherParty(its, b) {
				// "a NATO member had fired on X": the member fired.
				continue
			}
			if b.s != nil && len(b.s.ents) > 1 {
				// "Saudi Arabia and Iran, which backs the Houthis": a
				// singular verb after the relative pronoun is the last
				// one's.
				b.s = singularRelative(its, b)
			}
			if b.g != nil && (p.predicate == graph.CooperatesWith || p.predicate == graph.AlliedWith) {
				// "according to Lavrov, Tehran, Moscow and Ankara agreed
				// to cooperate": the states act, not a person of theirs.
				b.g = a.withoutPeopleOfListedStates(b.g)
			}
			if accusedBetween(its, b) {
				// "Mali accused the critics of arming X": the accused, not
				// the accuser, arms X.
				continue
			}
			if p.predicate == graph.MetWith && (p.hasLiteral("hosted") || p.hasLiteral("received")) && troopsNamed(s, b.o) {
				// "accused Benin of hosting French troops": troops a
				// state hosts or receives are stationed there, not met
				// (though troops may meet troops in the field).
				continue
			}
			if (p.predicate == graph.MetWith || p.predicate == graph.SpokeWith) && b.s != nil && its[b.first].actor == b.s && b.first > 0 && destinationBefore(its[b.first-1].fold) {
				// "after flying to Asmara for talks with Isaias": the
				// place flown to is no party to the talks.
				continue
			}
			if (p.predicate == graph.PartOf || p.predicate == graph.MemberOf) && counterpartWithin(its, b) {
				// "the Front and its rival offshoot, X": X broke away
				// from the Front; a rival, foe or neighbour is no part.
				continue
			}
			if p.company && b.s != nil && b.o != nil {
				// "X was joined by his foreign minister and an aide": those
				// of X's own side who join him come with him; they meet
				// no one by joining.
				if b.o = a.apartFromSide(b.s, b.o); b.o == nil {
					continue
				}
			}
			if p.joint && b.s != nil && b.o != nil && len(b.s.ents) < 2 && !jointDeal(s.toks, b.o) {
				// "Ghana issued a declaration of independence": one
				// issuer of a one-sided text signs nothing.
				continue
			}
			if b.s != nil && b.o != nil && len(b.s.ents) > 1 && sharesEntity(b.s, b.o) {
				// "Moscow and Tehran have been the regime's allies",
				// the regime read as Moscow: a reference that takes
				// one of the subjects for their own object is misread.
				continue
			}
			if b.g != nil && p.predicate == graph.AlliedWith && ownerInGap(s.toks, its, b) {
				// "Moscow and Tehran have been the regime's main
				// allies": allies of another, not of each other.
				continue
			}
			if b.g != nil && p.predicate == graph.MetWith && landsMeet(its, b) {
				// "the tri-border area where Niger, Mali and Burkina
				// Faso meet": borders meet, not the states' envoys.
				continue
			}
			if b.g != nil && (p.predicate == graph.MetWith || p.predicate == graph.SpokeWith) && (eachApart(its, b) || a.groupMetOthers(its, b)) {
				// "A and B each met C": each met C, not the other;
				// "A and B discussed X with C" (clauses.go).
				continue
			}
			if p.predicate == graph.SpokeWith && b.first > 0 && its[b.first-1].fold == "what" {
				// "what he called US aggression" names, it is no call.
				continue
			}
			if oi := slotIndex(its, b, b.o); oi > 0 && oi > b.first && its[oi-1].fold == "what" {
				// "targeting what the Pentagon said were weapons sites":
				// the name after "what" speaks in a free relative, it is
				// no object of the verb before.
				continue
			}
			if b.o != nil && len(b.o.ents) > 1 && b.first > 0 && betweenBefore(its, b.first) && gluedBeforeObject(its, b) {
				// "the war between the Iran-backed Houthis and the
				// coalition": the compound qualifies the first side only.
				first := *b.o
				first.ents = first.ents[:1]
				b.o = &first
			}
			if p.predicate == graph.Fights && attributiveParticiple(its, b) {
				// "led protests against ousted President X": the
				// participle after a preposition qualifies the name, it
				// is no deed done to him.
				continue
			}
			if p.predicate == graph.Supports && p.participleOfNoun(its, b) {
				// "a unit trained and backed by Russia", "an offensive
				// supported by X": the noun before the participle is
				// what is backed, not the name before the noun.
				continue
			}
			if (p.predicate == graph.Supports || p.predicate == graph.Opposes) && dealAfterObject(its, b) {
				// "a resolution backing an Arab League plan", "the
				// council backs the Peru peace roadmap": the name
				// qualifies the deal, which is what is backed.
				continue
			}
			if p.predicate == graph.Supports && backParticle(its, b) {
				// "helped the army beat back the rebels": no backing.
				continue
			}
			if p.predicate.Family() == graph.Role && b.o != nil && partNamed(s.toks, b.o) {
				// "the party's delegation was led by X": X heads the
				// delegation, which stands for the party elsewhere.
				continue
			}
			if owners, ok := a.whoseStates(its, b); !ok {
				continue
			} else if owners != nil {
				b.s = owners
			}
			if b.g != nil && (p.predicate == graph.MetWith || p.predicate == graph.SpokeWith) {
				// "the heads of the intelligence services of A and B, X
				// and Y, took part in the meeting": the people met, their
				// states only say whose heads they are.
				b.g = peopleApartFromStates(b.g)
			}
			if p.predicate == graph.SpokeWith && b.g != nil && p.hasLiteral("discussed") && a.metIn(s.index-1) {
				// "The ministers held talks in Moscow. Shoigu and his
				// counterparts discussed ...": a discussion right after a
				// meeting is held at it (a call says so, and its higher
				// confidence wins the pair).
				met := *p
				met.predicate, met.why = graph.MetWith, p.why+" at the meeting before"
				p = &met
			} else if p.predicate == graph.SpokeWith && b.g != nil && p.hasLiteral("discussed") && len(b.g.ents) >= 3 {
				// "Russia, Iran, Syria and Turkey discuss a roadmap": three
				// or more sides discuss at a meeting; calls are between
				// two (a call or video link says so, and wins the pair).
				met := *p
				met.predicate, met.why = graph.MetWith, p.why+" by three or more sides"
				p = &met
			} else if p.predicate == graph.SpokeWith && a.inPersonAfter(its, b) {
				// "A and B conferred on the sidelines of the summit",
				// "X discussed it with Y during a visit to Y's state": talks
				// held where both were are a meeting.
				met := *p
				met.predicate, met.why = graph.MetWith, p.why+" in person"
				p = &met
			}
			if b.s != nil && b.o != nil && prepositionalRelativeBetween(its, b) {
				// "the offensive launched by X, in which the army fought
				// alongside Y": the relative clause has a subject of its
				// own, which the sentence does not name as an actor.
				continue
			}
			if p.appositive && alignedNoAppositive(s.toks, its, b) {
				// "The Brigade, an Iran-allied militia's rival,": the
				// appositive names another's rival.
				continue
			}
			if p.undertaking && undertakingVoid(its, b.last) {
				// "agreed to resume prisoner exchanges", "agreed to step
				// up attacks": what enemies agree on between them is no
				// work done together.
				continue
			}
			if p.predicate == graph.MemberOf && a.servesWithBand(its, b) {
				// "Russian servicemen serving with the Tarsh Front": a
				// state's men may serve with a band; the state joins
				// missions and world bodies, not the band.
				continue
			}
			if p.predicate == graph.AlliedWith && !p.partnership && endedAlliance(its, b) {
				// "Togo, a former ally of Ghana,": an alliance that is
				// over is none.
				continue
			}
			q := p
			if p.partnership {
				// "X, Ghana's main partner" is an ally, "X, Ghana's main
				// partner in the fight against Y" a comrade in arms.
				if q = partnershipRead(p, its, b); q == nil {
					continue
				}
			}
			if without, ok := apartFromOwnState(b.g); ok {
				// "talks between Turkish intelligence officials and the
				// Russian military": the service acts for its state, and
				// the two are no pair.
				for _, g := range without {
					b.g = g
					a.state(s, its, q, b)
				}
			} else {
				a.state(s, its, q, b)
			}
			if b.elide[0] >= 0 && b.elide[1] > b.elide[0] {
				its = append(its[:b.elide[0]:b.elide[0]], its[b.elide[1]:]...)
				// The spans' items moved.
				spans = nil
				nextActor = actorsFrom(its, nextActor[:0])
			}
		}
	}
}

// actorsFrom fills next, for each item of its, with the index of the first
// actor at or after it (len(its) when none) and returns it.
func actorsFrom(its []item, next []int) []int {
	next = slices.Grow(next[:0], len(its))[:len(its)]
	at := len(its)
	for k := len(its) - 1; k >= 0; k-- {
		if its[k].actor != nil {
			at = k
		}
		next[k] = at
	}
	return next
}

// attributiveParticiple reports whether the object of b follows a
// participle that itself follows a preposition ("against ousted X", "the
// return of deposed X"): an adjective of the name, no verb.
func attributiveParticiple(its []item, b binding) bool {
	oi := slotIndex(its, b, b.o)
	if oi < 2 {
		return false
	}
	v, p := its[oi-1], its[oi-2]
	return v.actor == nil && strings.HasSuffix(v.fold, "ed") && p.actor == nil && isPreposition(p.fold)
}

// apartFromOwnState splits a group that holds a state and a body of that
// state into groups, one without the state and one without the body (and
// so on for each such pair), so that each is paired with the others but
// not with each other. It reports whether g holds such a pair.
func apartFromOwnState(g *actor) ([]*actor, bool) {
	if g == nil {
		return nil, false
	}
	for _, st := range g.ents {
		if st.typ != graph.Country {
			continue
		}
		for _, body := range g.ents {
			if body == st || body.country != st.name {
				continue
			}
			var out []*actor
			for _, e := range []*entry{st, body} {
				c := *g
				c.ents = make([]*entry, 0, len(g.ents)-1)
				for _, x := range g.ents {
					if x != e {
						c.ents = append(c.ents, x)
					}
				}
				if parts, ok := apartFromOwnState(&c); ok {
					out = append(out, parts...)
				} else {
					out = append(out, &c)
				}
			}
			return out, true
		}
	}
	return nil, false
}

// memberOfBody reads "Hadi al-Bahra of the Syrian Negotiations Commission"
// (a bare name, "of" and a body) as membership, unless the article already
// gives the person an office in that body.
func (a *article) memberOfBody(s *sentence) {
	toks := s.toks
	for k := 0; k+1 < len(s.actors); k++ {
		p, b := s.actors[k], s.actors[k+1]
		if p.ref != refNone || b.ref != refNone || len(p.ents) != 1 || len(b.ents) != 1 || p.possessive || b.possessive {
			continue
		}
		person, body := p.ents[0], b.ents[0]
		if person.typ != graph.Person || body.typ != graph.Organization {
			continue
		}
		m := mentionAt(s, p.start)
		if m == nil || m.entry != person || m.end != p.end {
			continue // a titled name: the title says the office
		}
		j := p.end
		if j >= len(toks) || toks[j].fold != "of" {
			continue
		}
		j++
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		if mb := mentionAt(s, b.start); mb == nil || b.start > j+1 || b.start < j {
			continue
		}
		if e := b.end; e < len(toks) {
			switch f := toks[e].fold; {
			case f == "," || f == "(" || f == ")" || f == "." || f == "and" || f == "who" || f == "--" || toks[e].is(classReporting) || toks[e].in(setSpeechVerb):
			default:
				continue
			}
		}
		if a.facts.holdsOfficeIn(person, body) {
			continue
		}
		a.relFact(s, person, graph.MemberOf, body, 0.7, readMemberOfBody)
	}
}

// holdsOfficeIn reports whether the article states an office of person in
// body.
func (set *factSet) holdsOfficeIn(person, body *entry) bool {
	for _, f := range set.list {
		if f.Subject.Name == person.name && f.Object.Name == body.name && f.Predicate != graph.MemberOf {
			switch f.Predicate {
			case graph.HeadOf, graph.SpokespersonOf, graph.EnvoyOf, graph.PresidentOf, graph.PrimeMinisterOf, graph.ForeignMinisterOf, graph.DefenseMinisterOf:
				return true
			}
		}
	}
	return false
}

// partnerAfter reports whether "with" and an actor follow the end of a
// match soon, in its clause: "A, B and C agreed to coordinate their efforts
// with the UN envoy" is their cooperation with the envoy, not with each
// other. A contact's partner comes right after it: "A and B held bilateral
// talks with Russian officials" (but not "discussed a meeting with X").
func partnerAfter(its []item, last int) bool {
	for k := last + 1; k+1 < len(its) && k <= last+4; k++ {
		if its[k].punct || its[k].actor != nil {
			return false
		}
		if its[k].fold == "with" && its[k+1].actor == nil && k == last+1 && (its[k+1].fold == "each" || its[k+1].fold == "them" || its[k+1].fold == "both") && !(k+2 < len(its) && its[k+2].fold == "other") {
			// "A and B held talks with each of them": others named
			// before (but "with each other" is the group's own).
			return true
		}
		if its[k].fold == "with" && its[k+1].actor != nil {
			// "talks between A and B ended with a deal": a deal or a
			// place is no partner.
			ac := its[k+1].actor
			return !ac.place() && (len(ac.ents) == 0 || ac.ents[0].typ != graph.Agreement)
		}
	}
	return false
}

// apartFromSide returns the members of o that act for another state than
// some member of side does (oneSide), or nil when none does: "X was
// joined by his foreign minister and an aide" leaves no one.
func (a *article) apartFromSide(side, o *actor) *actor {
	var keep []*entry
	for _, e := range o.ents {
		for _, se := range side.ents {
			if se != e && !a.oneSide([]*entry{se, e}) {
				keep = append(keep, e)
				break
			}
		}
	}
	switch len(keep) {
	case len(o.ents):
		return o
	case 0:
		return nil
	}
	out := *o
	out.ents = keep
	return &out
}

// troopsNamed reports whether ac names a state or body by its troops
// ("French troops", "Russian forces").
func troopsNamed(s *sentence, ac *actor) bool {
	return ac != nil && ac.end > ac.start && s.toks[ac.end-1].in(setTroopNoun)
}

// counterpartWithin reports whether a noun of another party
// (counterpart-noun: "rival", "foe", "neighbour") follows "its" or
// "their", perhaps past one word, among the words of the match b: "the
// Front and its rival offshoot, X" (but "rebels who call Togo a partner
// joined the Front" stays a membership).
func counterpartWithin(its []item, b binding) bool {
	for j := b.first; j <= b.last && j < len(its); j++ {
		if its[j].actor != nil || !its[j].in(setCounterpartNoun) {
			continue
		}
		for k := j - 1; k >= b.first && k >= j-2; k-- {
			if f := its[k].fold; f == "its" || f == "their" {
				return true
			}
		}
	}
	return false
}

// sharesEntity reports whether actors x and y name an entity in common.
func sharesEntity(x, y *actor) bool {
	for _, e := range x.ents {
		if slices.Contains(y.ents, e) {
			return true
		}
	}
	return false
}

// ownerInGap reports whether a possessive stands among the words of the
// group match b: "A and B have been the regime's allies", "A and B are
// their allies" say whose allies they are, someone else's. A reciprocal
// owner ("each other's allies", "one another's") is the group itself.
func ownerInGap(toks []token, its []item, b binding) bool {
	for k := b.first; k <= b.last && k < len(its); k++ {
		it := &its[k]
		if it.actor != nil {
			continue
		}
		if (it.fold == "'s" || it.fold == "'") && it.start > 0 && toks[it.start-1].in(setReciprocal) {
			continue
		}
		if it.fold == "'s" || it.fold == "'" || it.is(classPossRef) || it.fold == "their" {
			return true
		}
	}
	return false
}

// landReach bounds the words between "where" and the group a place's
// relative clause says meet: "where the borders of A, B and C meet".
const landReach = 4

// landsMeet reports whether the group of the match b "meet" in the
// present, with no auxiliary, in a relative clause of place: "the area
// where Niger, Mali and Burkina Faso meet", "where the borders of A and B
// meet" describe land, not a meeting ("Sochi, where A and B met", "where
// the leaders will meet" do).
func landsMeet(its []item, b binding) bool {
	if b.last >= len(its) {
		return false
	}
	if v := its[b.last].fold; v != "meet" && v != "meets" {
		return false
	}
	if b.last > 0 && its[b.last-1].in(setAuxWord) {
		return false
	}
	if b.last+1 < len(its) && !its[b.last+1].punct && !landPlaceAfter(its, b) {
		// "where A and B meet on Tuesday", "meet every year for
		// talks": a meeting has its time or purpose after it; land
		// meets and the clause ends, or goes on to say where.
		return false
	}
	for j := b.first - 1; j >= 0 && j >= b.first-landReach; j-- {
		if its[j].punct || its[j].actor != nil {
			return false
		}
		if its[j].fold == "where" {
			return true
		}
	}
	return false
}

// landPlaceAfter reports whether states that "meet" in a relative clause
// of place go on to say where, as land does: a preposition of position and
// a noun of land right after it, "where the three countries meet inside the
// national park", "meet near the river", "meet in the savannah". People who
// meet somewhere, a named city ("meet in Lome"), and anything else after
// the preposition ("meet in person", "in a hotel", "in the presence of
// mediators", "around the negotiating table") are a meeting.
func landPlaceAfter(its []item, b binding) bool {
	if !statesOnly(b.g) || b.last+2 >= len(its) {
		return false
	}
	if !its[b.last+1].in(setLandMeetPrep) {
		return false
	}
	for k := b.last + 2; k < len(its) && k <= b.last+1+landNounReach; k++ {
		switch n := &its[k]; {
		case n.actor != nil || n.punct || n.fold == "of" || n.fold == "for" || n.fold == "to" || n.fold == "with":
			// "within the framework of the border commission": the
			// noun after the preposition is no land.
			return false
		case n.in(setLandNoun):
			return true
		}
	}
	return false
}

// landNounReach bounds the words from the preposition to the noun of land:
// "near the old ferry", "in the dry savannah", "along the Volta river" (a
// name is an actor).
const landNounReach = 3

// destinationBefore reports whether w is a preposition of motion or place
// whose object is no subject: "flew to Asmara for talks with X".
func destinationBefore(w string) bool {
	switch w {
	case "to", "into", "from", "in", "at":
		return true
	}
	return false
}

// eachApart reports whether "each" or "separately" inside the match b
// says that the group's members acted apart: "A and B each met C", "A and
// B met separately with C", "separate talks between A and B" (but "met
// each other" is together).
func eachApart(its []item, b binding) bool {
	for k := max(b.first-1, 0); k <= b.last+1 && k < len(its); k++ {
		switch its[k].fold {
		case "each":
			if k+1 >= len(its) || (its[k+1].fold != "other" && its[k+1].fold != "another") {
				return true
			}
		case "separately", "individually", "separate":
			// "hosted separate talks between A and B".
			return true
		}
	}
	return false
}

// betweenBefore reports whether "between" stands just before its[k]: the
// list after it names two sides.
func betweenBefore(its []item, k int) bool {
	return k > 0 && its[k-1].fold == "between"
}

// gluedBeforeObject reports whether the object of b follows a word glued
// by a hyphen ("Iran-backed Houthis").
func gluedBeforeObject(its []item, b binding) bool {
	for k := b.first + 1; k <= b.last; k++ {
		if its[k].actor == b.o {
			return its[k-1].hyphen
		}
	}
	return false
}

// whoseStates reads "the ministers of A and B -- X and Y -- whose
// countries are the guarantors": the subject, people followed by "whose
// countries" (or governments, states, nations), stands for the states this
// article gives them offices of. It returns the states as the subject;
// nil and true when the match has no such subject; false when it has one
// whose states the article does not give, since the people themselves are
// not what the sentence says acts.
func (a *article) whoseStates(its []item, b binding) (*actor, bool) {
	if b.s == nil {
		return nil, true
	}
	k := b.first
	for k <= b.last && its[k].actor != b.s {
		k++
	}
	if k+2 >= len(its) || its[k+1].actor != nil || its[k+1].fold != "whose" || its[k+2].actor != nil {
		return nil, true
	}
	switch its[k+2].fold {
	case "countries", "governments", "states", "nations":
	default:
		return nil, true
	}
	owners := *b.s
	owners.ents = nil
	for _, e := range b.s.ents {
		if e.typ != graph.Person {
			owners.ents = append(owners.ents, e)
			continue
		}
		state := a.roster.articleState(e)
		if state == nil {
			return nil, false
		}
		owners.ents = append(owners.ents, state)
	}
	return &owners, true
}

// accusedBetween reports whether a verb of accusing and its "of" stand
// between the subject and the object of b: the gerund after "of" is the
// accused's, so the accuser is no subject of it ("Mali accused the
// critics of arming X").
func accusedBetween(its []item, b binding) bool {
	if b.s == nil || b.o == nil {
		return false
	}
	si, oi := -1, -1
	for k := b.first; k <= b.last && k < len(its); k++ {
		switch its[k].actor {
		case b.s:
			if si < 0 {
				si = k
			}
		case b.o:
			oi = k
		}
	}
	if si < 0 || oi < si {
		return false
	}
	if si >= 2 && its[si-1].fold == "by" && its[si-2].in(setAccuseVerb) {
		// "X was accused by Y of arming Z": Y accuses, X arms.
		return true
	}
	for k := si - 1; k >= 1 && k >= si-6; k-- {
		// "accused by the army and by UN experts of supplying weapons to
		// Z": the second accuser too.
		if its[k].punct && its[k].fold != "," {
			break
		}
		if its[k].fold == "by" && its[k-1].actor == nil && its[k-1].in(setAccuseVerb) {
			return true
		}
	}
	for k := si + 1; k < oi; k++ {
		if its[k].actor == nil && its[k].in(setAccuseVerb) {
			for m := k + 1; m < oi; m++ {
				if its[m].fold == "of" {
					return true
				}
			}
		}
	}
	return false
}

// attackAuthor records the author of an attack a sentence names without
// its target, for "condemned the attack" later on: "blamed the bombing on
// X", "X claimed responsibility". plain is its without parentheticals, or
// nil.
func (a *article) attackAuthor(s *sentence, its, plain []item) {
	if plain != nil {
		// "X, which seeks to ..., claimed responsibility".
		a.attackAuthorIn(s, plain)
	}
	a.attackAuthorIn(s, its)
	a.condemnedFrom(s, its)
}

// condemnedFrom reads "the attack drew condemnation from A and from B":
// each opposes the author of the last attack stated.
func (a *article) condemnedFrom(s *sentence, its []item) {
	for k := 1; k+2 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setCondemnVerb) || its[k+1].fold != "from" {
			continue
		}
		var authors []*entry
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if its[j].actor != nil || its[j].punct || s.toks[its[j].start].is(classNegation) {
				break
			}
			if its[j].in(setAttackNoun) {
				authors = a.refs.attacks.authorsOf(its[j].fold)
				break
			}
		}
		if len(authors) == 0 {
			continue
		}
		for j := k + 2; j < len(its); {
			if !clearActor(its[j]) {
				break
			}
			a.relFacts(s, its[j].actor.ents, graph.Opposes, authors, 0.7, readCondemnedFrom)
			// "from A and from B", "from A, and from B".
			n := j + 1
			if n < len(its) && its[n].fold == "," {
				n++
			}
			if n+1 < len(its) && its[n].fold == "and" && its[n+1].fold == "from" {
				j = n + 2
				continue
			}
			break
		}
	}
}

// attackAuthorIn reads one view for attackAuthor.
func (a *article) attackAuthorIn(s *sentence, its []item) {
	for k, it := range its {
		if it.actor != nil || !it.in(setBlameWord) {
			continue
		}
		var who *actor
		switch {
		case k+3 < len(its) && its[k+1].in(setAttackNoun) && its[k+2].fold == "on":
			// "blamed the attack on (the extremist group) X".
			for j := k + 3; j < len(its) && j < k+6; j++ {
				if its[j].actor != nil || its[j].punct {
					who = its[j].actor
					break
				}
			}
		case k >= 2 && its[k-1].actor == nil && its[k-1].is(classSentenceHedge):
			// "X (has) claimed responsibility (for ...)".
			for j := k - 2; j >= 0 && j >= k-4; j-- {
				if its[j].actor != nil {
					if j == k-2 || its[j+1].in(setAuxWord) {
						who = its[j].actor
					}
					break
				}
				if its[j].punct || s.toks[its[j].start].is(classNegation) {
					break
				}
			}
		}
		if who == nil || len(who.ents) != 1 || who.ref != refNone || who.adjective || who.possessive || who.place() {
			continue
		}
		if e := who.ents[0]; e.typ != graph.Person {
			a.refs.attacks.stated("", []*entry{e}, true)
		}
	}
}

// qualifiesOtherParty reports whether a slot of b, its subject, group or
// object, is a name that only qualifies the noun right after it, a noun
// that names another party ("a NATO member had fired on X", "a former
// al-Qaeda affiliate that led the offensive on X", "struck an Andean
// Alliance partner"): the member or affiliate did or suffered the act,
// not the body that qualifies it, and the sentence does not name it. A
// possessive names the party's owner ("Russia's ally Syria"), read by the
// alliance readings, and is left alone. Only acts are read so (actPredicate):
// the relation nouns themselves state ties ("Georgia, a close U.S. ally",
// "Armenia, a CSTO member").
func qualifiesOtherParty(its []item, b binding) bool {
	for _, ac := range [...]*actor{b.s, b.g, b.o} {
		if ac == nil || ac.possessive {
			continue
		}
		k := slotIndex(its, b, ac) + 1
		if k > 0 && k < len(its) && its[k].actor == nil && its[k].in(setOtherPartyNoun) && !its[k].punct {
			if k+1 < len(its) && its[k+1].actor == nil && !its[k+1].punct && its[k+1].in(setGuarantorState) {
				// "EU member states met with China" (plural nouns
				// of states, guarantor-state): the
				// states are the subject, not another party.
				continue
			}
			return true
		}
	}
	return false
}

// ownerDisagrees reports whether a possessive pronoun between the
// subject (or group) of b and its object cannot stand for that subject:
// "briefed A, B and C on the results of his meeting with X", "A and B
// welcomed her talks with X", "Ghana hailed its talks with X" said of a
// person. The act the pronoun owns is another's, whom the sentence names
// elsewhere or not at all. A pronoun that agrees ("Ghana said its troops
// fought X") leaves the match alone.
func ownerDisagrees(its []item, b binding) bool {
	ac := b.s
	if ac == nil {
		ac = b.g
	}
	if ac == nil || b.o == nil {
		return false
	}
	si, oi := slotIndex(its, b, ac), slotIndex(its, b, b.o)
	if ac == nil || len(ac.ents) == 0 || ac.ref != refNone || si < 0 || oi <= si {
		// An object before the subject ("the process has A and B as
		// its guarantors") owns what follows.
		return false
	}
	for k := si + 1; k < oi; k++ {
		if its[k].actor != nil {
			continue
		}
		var subj string
		switch its[k].fold {
		case "his":
			subj = "he"
		case "her":
			if k+1 >= len(its) || its[k+1].actor != nil || its[k+1].punct || its[k+1].is(classStopword) {
				// "briefed her on their talks with X": the
				// object "her", no owner.
				continue
			}
			subj = "she"
		case "its":
			subj = "it"
		default:
			// "their" is no test: a state's forces are "they"
			// ("American advisers ... alongside their partners").
			continue
		}
		if !pronounAgrees(subj, ac) {
			return true
		}
	}
	return false
}

// actPredicate reports whether p states an act, a deed of its subject
// (a fight, a contact, a signature, a mediation, thanks or
// congratulations), rather than a tie or a stance.
func actPredicate(p graph.Predicate) bool {
	switch p {
	case graph.Fights, graph.MetWith, graph.SpokeWith, graph.Signed, graph.Brokered, graph.Congratulated, graph.Thanked:
		return true
	}
	return false
}

// slotIndex returns the index of the first item of b that holds ac, or -1.
func slotIndex(its []item, b binding, ac *actor) int {
	for k := b.first; k <= b.last && k < len(its); k++ {
		if a := its[k].actor; a == ac || a != nil && ac != nil && a.start == ac.start && a.end == ac.end {
			// A slot's actor may be a copy that names another side of
			// the same words (spokesmanSide, singularRelative): the
			// same span is the same slot.
			return k
		}
	}
	return -1
}

// passiveSubject reports whether the subject of b, before its object, is
// the patient of the pattern's own verb in the passive ("X, who was
// killed in a strike on Y", "X was attacked in Y") with no "by" before
// the object: it suffered what the pattern says it did.
func (p *pattern) passiveSubject(its []item, b binding) bool {
	si, oi := slotIndex(its, b, b.s), slotIndex(its, b, b.o)
	if si < 0 || oi < si {
		return false
	}
	j := si + 1
	for j < oi && (its[j].fold == "," || its[j].in(setRelativePronoun) || its[j].in(setAuxWord)) {
		j++
	}
	if j+1 >= oi || its[j].actor != nil || !copula(its[j].fold) && its[j].fold != "been" && its[j].fold != "being" {
		return false
	}
	if v := its[j+1].fold; !strings.HasSuffix(v, "ed") && !its[j+1].in(setIrregularPast) || !p.hasLiteral(v) {
		return false
	}
	for k := j + 2; k < oi; k++ {
		if its[k].fold == "by" {
			return false
		}
	}
	return true
}

// placePhraseAt reports whether its[j] opens a phrase of place before
// its[end]: a locative preposition ("in", "from"), at most two words
// ("northern", "the east of"), and a name read as a place ("in northern
// Ghana").
func placePhraseAt(its []item, j, end int) bool {
	if its[j].actor != nil || !its[j].is(classLocative) {
		return false
	}
	for m := j + 1; m < end && m <= j+3; m++ {
		switch {
		case its[m].actor != nil:
			return its[m].actor.place()
		case its[m].punct:
			return false
		}
	}
	return false
}

// participleOfNoun reports whether the passive participle of b, whose
// object stands before it and whose agent follows "by" ("X, which is
// backed by Y"), qualifies a noun that stands between the object and the
// participle: "the main party backed by Belgrade", "a unit trained and
// backed by Y", "in an offensive supported by Y". A participle belongs to
// the word right before it; only commas, relative pronouns, auxiliaries,
// copulas and adverbs may stand between the object and the participles
// coordinated with the pattern's own ("which is funded and armed by"),
// unless the pattern reads the noun itself (readsBeforeParticiple).
func (p *pattern) participleOfNoun(its []item, b binding) bool {
	oi, si := slotIndex(its, b, b.o), slotIndex(its, b, b.s)
	if oi < 0 || si <= oi || its[oi].actor.possessive || p.readsBeforeParticiple() {
		// "Haftar's forces are backed by X": what the name owns
		// stands for it.
		return false
	}
	k := si - 1
	for k > oi && its[k].fold != "by" {
		k--
	}
	for k > oi && (its[k].actor != nil || !p.hasLiteral(its[k].fold) || !pastParticiple(its[k])) {
		k--
	}
	if k <= oi {
		return false
	}
	for k-1 > oi && its[k-1].actor == nil && (its[k-1].fold == "and" || its[k-1].fold == "," || pastParticiple(its[k-1])) {
		k--
	}
	for j := oi + 1; j < k; j++ {
		it := its[j]
		if it.actor != nil {
			return false
		}
		if it.fold == "," || j == oi+1 && it.fold == "of" {
			// "X, a roadmap backed by Y": an appositive's noun
			// describes the name; "the GNU of X is backed by Y":
			// the name's own complement.
			return false
		}
		if j == oi+1 && it.in(setMemberNoun) {
			// "FSA fighters, who are backed by Turkey": the name's
			// members.
			continue
		}
		if j == oi+1 && placePhraseAt(its, j, k) {
			// "the Front in northern Ghana, which is backed by Togo":
			// the place says where the name is, it names no other
			// thing backed.
			return false
		}
		if it.punct || it.in(setRelativePronoun) || it.in(setAuxWord) || copula(it.fold) || it.fold == "been" || it.fold == "being" || strings.HasSuffix(it.fold, "ly") {
			continue
		}
		return true
	}
	return false
}

// readsBeforeParticiple reports whether the pattern has words of its own
// between its object and the participle before "by": "O used drones
// supplied by S" reads the noun that is supplied itself.
func (p *pattern) readsBeforeParticiple() bool {
	n := 0
	for _, e := range p.elems {
		switch {
		case e.kind == elemSlot && e.slot == 'O':
			n = 0
		case e.kind == elemLiteral && len(e.alts) == 1 && len(e.alts[0]) == 1 && e.alts[0][0].fold == "by":
			return n > 1
		case e.kind == elemLiteral:
			n++
		}
	}
	return false
}

// pastParticiple reports whether it is a word that may be a past
// participle: a regular one in -ed or an irregular past.
func pastParticiple(it item) bool {
	return it.actor == nil && !it.punct && (strings.HasSuffix(it.fold, "ed") || it.in(setIrregularPast))
}

// reporterSubject reports whether the subject of b is followed right away
// by a word of saying that the pattern does not read: "the Observatory
// said the Turkish strikes killed X" reports the strikes.
func (p *pattern) reporterSubject(its []item, b binding) bool {
	si := slotIndex(its, b, b.s)
	if si < 0 || si+1 > b.last {
		return false
	}
	it := its[si+1]
	return it.actor == nil && it.in(setSaysVerb) && it.fold != "that" && !p.hasLiteral(it.fold)
}

// speakerOnly reports whether the subject of b is a person who only
// reports the deed: between the person and the pattern's verb a reporting
// word opens a clause with a subject of its own that names no actor ("said
// the raids were carried out with"), and the person leads no state or
// body, whose deeds a leader or minister speaks for ("Trump said the
// strikes were carried out with France").
func (a *article) speakerOnly(p *pattern, its []item, b binding) bool {
	if !peopleOnly(b.s) {
		return false
	}
	si := slotIndex(its, b, b.s)
	if si < 0 {
		return false
	}
	reported := false
	for k := si + 1; k < b.last && !reported; k++ {
		if its[k].actor == nil && its[k].fold == "that" && !p.hasLiteral("that") && spokenBefore(its, si+1, k) && reportedNounNext(its, k+1) {
			// "X told reporters that the raid killed Y", "X warned
			// that the fight against Y was not over": a clause with a
			// noun of its own for subject; X, even a leader, reports.
			return true
		}
		reported = its[k].actor == nil && its[k].is(classReporting) && !p.hasLiteral(its[k].fold) && (reportedSubjectNext(its, k+1) || reportedDeedNext(its, k+1))
	}
	if !reported {
		return false
	}
	for _, ent := range b.s.ents {
		if a.leads(ent) {
			return false
		}
	}
	return true
}

// reportedNounNext reports whether items[k] opens a reported clause with a
// plain noun of its own for subject ("that the raid killed", "that the
// strikes hit"): a word that is no actor, pronoun, reference or verb form.
func reportedNounNext(items []item, k int) bool {
	if k+1 >= len(items) {
		return false
	}
	w := items[k]
	return w.actor == nil && !w.punct && !personalPronoun(w.fold) && !w.in(setAuxVerb) && !w.is(classPersonRef) && !w.is(classPossRef) && !w.is(classRelative) && !w.is(classReporting) && !participle(w.fold) && !w.is(classStopword)
}

// spokenBefore reports whether a verb of speech or reporting other than
// "that" stands among items[i:j]: "told reporters", "warned".
func spokenBefore(items []item, i, j int) bool {
	for k := i; k < j; k++ {
		if it := items[k]; it.actor == nil && it.fold != "that" && (it.in(setSpeechVerb) || it.is(classReporting)) {
			return true
		}
	}
	return false
}

// reportedDeedNext reports whether a reported clause starting at items[k]
// opens with a noun of a deed that is no actor's and no pronoun: "said
// talks with Chile would continue".
func reportedDeedNext(items []item, k int) bool {
	if k < len(items) && items[k].actor == nil && items[k].fold == "that" {
		k++
	}
	return k+1 < len(items) && items[k].actor == nil && !items[k].punct && items[k+1].actor == nil && items[k+1].fold == "with"
}

// plannedTalks reports whether the agreement b signs is talks that the
// sides only agree on holding: "A and B agreed on new talks in Lima" plans
// talks (on-plan-verb, as for a contact) and signs nothing.
func plannedTalks(s *sentence, its []item, b binding) bool {
	if b.o == nil || b.last < 2 || its[b.last].actor != b.o || its[b.last-1].actor != nil || its[b.last-2].actor != nil || !twoWordVerb(its[b.last-1], its[b.last-2]) {
		return false
	}
	return anyIn(s.toks[b.o.start:b.o.end], setContactNoun)
}

// leads reports whether the article or the catalog gives person ent an
// office that speaks for a state or body: a head, a head of government or
// a minister.
func (a *article) leads(ent *entry) bool {
	leader := func(p graph.Predicate) bool {
		switch p {
		case graph.PresidentOf, graph.PrimeMinisterOf, graph.HeadOf, graph.DefenseMinisterOf, graph.ForeignMinisterOf:
			return true
		}
		return false
	}
	for _, i := range a.roster.held[ent] {
		if leader(a.roster.list[i].predicate) {
			return true
		}
	}
	for _, r := range ent.roles {
		if leader(r.predicate) {
			return true
		}
	}
	return false
}

// hasLiteral reports whether w is one of the words the pattern reads.
func (p *pattern) hasLiteral(w string) bool {
	for i := range p.elems {
		for _, alt := range p.elems[i].alts {
			for _, l := range alt {
				if l.fold == w {
					return true
				}
			}
		}
	}
	return false
}

// partNamed reports whether an actor's words end in a noun of a part of
// it, a delegation or team ("the party's delegation"), which stands for
// the whole in what it does but not in who leads it.
func partNamed(toks []token, ac *actor) bool {
	e := ac.end
	if e < 2 || e > len(toks) {
		return false
	}
	if ofDelegation(toks, ac) {
		// "the delegation of the party".
		return true
	}
	return toks[e-1].in(setDelegationNoun) && (toks[e-2].fold == "'s" || e-ac.start >= 2)
}

// backParticle reports whether the words of a match hold "back" as the
// particle of a verb ("beat back", "pushed back"), which names no backing.
func backParticle(its []item, b binding) bool {
	for i := max(b.first, 1); i <= b.last && i < len(its); i++ {
		if its[i].fold == "back" && its[i-1].in(setBackParticleVerb) {
			return true
		}
	}
	return false
}

// readStatesGroup names the reading of a group named by its states.
const readStatesGroup = "reading states-group" // "the Troika of Norway, Britain and the United States"

// statesGroup reads a group named by a capitalised collective noun and the
// states or bodies it is made of, "the Troika of Norway, Britain and the
// United States": each is a member of the group, which the article names
// by the noun. A lower-case noun ("a troika of ministers") or a single
// name after "of" names no such group.
func (a *article) statesGroup(s *sentence) {
	found := false
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].cap && s.toks[k].in(setStatesGroupNoun) && s.toks[k+1].fold == "of" {
			found = true
			break
		}
	}
	if !found {
		return
	}
	its := a.items(s)
	for k := 0; k+2 < len(its); k++ {
		it := its[k]
		if it.actor != nil || !it.in(setStatesGroupNoun) || !s.toks[it.start].cap || its[k+1].fold != "of" {
			continue
		}
		g := its[k+2].actor
		if g == nil || len(g.ents) < 2 || g.ref != refNone || g.possessive || g.adjective || g.inferred || g.place() {
			continue
		}
		members := true
		for _, e := range g.ents {
			if e.typ != graph.Country && e.typ != graph.Organization {
				members = false
			}
		}
		if !members {
			continue
		}
		body := a.discovered(s.toks[it.start].text, graph.Organization)
		if body.typ != graph.Organization {
			continue
		}
		for _, e := range g.ents {
			a.relFact(s, e, graph.MemberOf, body, 0.75, readStatesGroup)
		}
	}
}

// adjunctOfObject reports whether a match opens with its object right
// before "with" ("O, with the backing of S") where that object is no
// clause's subject but the object of a word before it: an adjunct of help
// belongs to its clause's subject, or to the agent of a passive ("brokered
// by Qatar with the support of Egypt").
func (p *pattern) adjunctOfObject(its []item, b binding) bool {
	if p.elems[0].kind != elemSlot || p.elems[0].slot != 'O' || subjectStart(its, b.first) || its[b.first-1].fold == "by" && !agentInObject(its, b.first-1) {
		return false
	}
	k := b.first + 1
	if k < len(its) && its[k].fold == "," {
		k++
	}
	// "the accord with Peru, brokered by Norway": a partner after "with"
	// is no adjunct of help.
	return k+1 < len(its) && its[k].actor == nil && its[k].fold == "with" && its[k+1].actor == nil
}

// agentInObject reports whether the "by" at its[by] gives the agent of a
// participle that qualifies a plain noun ("the villages once held by X")
// after an actor of the same clause ("Peru took the villages once held
// by X with the help of Y"): the participle's noun is the clause's object,
// and an adjunct after the agent belongs to the clause's subject. The
// agent of the clause's own passive ("was brokered by X", "the truce,
// brokered by X") or of a participle in a subject before any actor ("the
// offensive launched by X with the help of Y began") keeps it.
func agentInObject(its []item, by int) bool {
	k := by - 1
	if k < 1 || !pastParticiple(its[k]) {
		return false
	}
	n := k - 1
	for n > 0 && its[n].actor == nil && (its[n].in(setAuxWord) || strings.HasSuffix(its[n].fold, "ly")) {
		n--
	}
	if it := its[n]; it.actor != nil || it.punct || copula(it.fold) || it.fold == "been" || it.fold == "be" || it.fold == "and" || it.fold == "or" || it.in(setRelativePronoun) || it.in(setAuxWord) || it.is(classStopword) {
		return false
	}
	for m := n - 1; m >= 0; m-- {
		it := its[m]
		if it.actor != nil {
			return true
		}
		if it.fold == ";" || it.is(classReporting) || it.is(classClauseBreak) {
			return false
		}
	}
	return false
}

// dealAfterObject reports whether the object of b ends the match and,
// not possessive, stands before a noun of a deal, a plan or talks, with
// at most one other lower-case word between ("Peru peace roadmap"): the
// name is a modifier of the deal's noun, no object of the verb.
func dealAfterObject(its []item, b binding) bool {
	oi := slotIndex(its, b, b.o)
	if oi < 0 || oi != b.last || b.o.possessive {
		return false
	}
	for k := oi + 1; k < len(its) && k <= oi+2; k++ {
		it := its[k]
		if it.actor != nil || it.punct || it.hyphen || isPreposition(it.fold) || it.is(classStopword) {
			return false
		}
		if it.sets.hasAny(dealHeads) {
			return true
		}
	}
	return false
}

// peopleApartFromStates returns g without its states when it holds two
// people or more and states besides: in a contact the people act, and a
// state listed with them names whose they are.
func peopleApartFromStates(g *actor) *actor {
	people, states := 0, 0
	for _, e := range g.ents {
		switch e.typ {
		case graph.Person:
			people++
		case graph.Country:
			states++
		}
	}
	if people < 2 || states == 0 {
		return g
	}
	c := *g
	c.ents = make([]*entry, 0, len(g.ents)-states)
	for _, e := range g.ents {
		if e.typ != graph.Country {
			c.ents = append(c.ents, e)
		}
	}
	return &c
}

// metIn reports whether the article stated a meeting in sentence i.
func (a *article) metIn(i int) bool {
	for k := range a.facts.list {
		if f := &a.facts.list[k]; f.Sentence == i && f.Predicate == graph.MetWith {
			return true
		}
	}
	return false
}

// inPersonAfter reports whether the talks of the match b are told as held
// in person by an adjunct right after it: "conferred on the sidelines of
// the summit", or a visit to the state, or a city of the state, of one of
// the sides, "discussed it with Y during a visit to Y's capital". A visit
// to a third state, one still to come ("on the eve of", "his planned
// visit") or a visit as the topic ("spoke with Y on the visit of the UN
// envoy") leaves them where they were. A call, video link or message the
// sentence names keeps them at a distance ("called for calm" names none).
func (a *article) inPersonAfter(its []item, b binding) bool {
	prep := false
	for k := b.last + 1; k < len(its) && k <= b.last+inPersonReach; k++ {
		switch t := &its[k]; {
		case t.punct || t.actor != nil || t.in(setInPersonVoid):
			return false
		case t.in(setInPersonPrep):
			prep = true
		case prep && t.in(setInPersonNoun):
			return !remoteNamed(its)
		case prep && t.in(setInPersonVisit):
			return k+2 < len(its) && its[k+1].fold == "to" && a.sideAtHome(its[k+2].actor, b) && !remoteNamed(its)
		}
	}
	return false
}

// remoteNamed reports whether the sentence its names a call, video link or
// message (remote-word), not followed by "for", "on" or "upon" ("called for
// calm" names none).
func remoteNamed(its []item) bool {
	for k := range its {
		if its[k].in(setRemoteWord) && (k+1 >= len(its) || its[k+1].fold != "for" && its[k+1].fold != "on" && its[k+1].fold != "upon") {
			return true
		}
	}
	return false
}

// sideAtHome reports whether place, the actor a visit is to, is the state
// of one side of the match b, or a place in it.
func (a *article) sideAtHome(place *actor, b binding) bool {
	if place == nil || len(place.ents) != 1 {
		return false
	}
	at := place.ents[0]
	if at.typ != graph.Country {
		at = a.x.catalog.byName[at.country]
	}
	if at == nil || at.typ != graph.Country {
		return false
	}
	for _, side := range []*actor{b.s, b.o, b.g} {
		if side == nil {
			continue
		}
		for _, e := range side.ents {
			if c := a.roster.countryOf(e); c == at {
				return true
			}
		}
	}
	return false
}

// inPersonReach bounds the items between talks and the noun of the place
// they were held at: "on the sidelines", "during his recent visit".
const inPersonReach = 4

// partnersAsGroup reports whether a contact pattern that opens with its
// group took the partners named after "with" or "to" for it: "Erdogan
// spoke with Putin and Raisi by phone" is two calls of Erdogan's, not a
// call between Putin and Raisi (but "a joint news conference with Putin and
// Erdogan" names the group after "with" itself).
func partnersAsGroup(its []item, b binding) bool {
	gi := b.first
	return b.g != nil && its[gi].actor == b.g && gi > 0 && its[gi-1].actor == nil && (its[gi-1].fold == "with" || its[gi-1].fold == "to")
}

// ownCooperationNamed reports whether the match b names a cooperation by
// its owner's pronoun, "its cooperation with X": a request to end or
// review it ("called on Ghana to end its cooperation with the Front")
// presupposes the cooperation, which a request to cooperate does not.
func ownCooperationNamed(its []item, b binding) bool {
	for k := b.first; k < b.last && k+1 < len(its); k++ {
		if its[k].actor != nil || its[k+1].actor != nil {
			continue
		}
		switch its[k].fold {
		case "its", "their", "his", "her":
		default:
			continue
		}
		switch its[k+1].fold {
		case "cooperation", "co-operation", "coordination", "partnership":
			return true
		}
	}
	return false
}

// describedByAppositive reports whether the subject of an alliance or of
// support named right after "with" is described by an appositive that
// the match reads: "talks with Putin, a close ally of Tehran," makes Putin
// an ally whatever the talks, though he is no subject of what follows.
func describedByAppositive(p *pattern, its []item, b binding) bool {
	if p.predicate != graph.AlliedWith && p.predicate != graph.Supports {
		return false
	}
	k := b.first + 1
	return k+1 < len(its) && k < b.last && its[k].fold == "," && its[k+1].actor == nil && its[k+1].fold != "and" && !its[k+1].in(setAuxWord)
}

// withAbsolute reports whether the subject of b after "with" is the
// subject of a participle the pattern reads right after it: "the ground
// phase would follow, with units of the Front advancing alongside Ghanaian
// troops" (but "held talks with X during a visit" names X as no subject).
func withAbsolute(p *pattern, its []item, b binding) bool {
	k := b.first + 1
	if k > b.last || k >= len(its) || its[k].actor != nil {
		return false
	}
	w := its[k].fold
	return strings.HasSuffix(w, "ing") && p.hasLiteral(w)
}

// readBackedOperation names the reading of an operation backed by others.
const readBackedOperation = "reading backed-operation" // "The offensive has been backed by X"

// backedOperations reads an operation that opens its sentence as the
// subject of a passive of backing, "The offensive, which began in August,
// has been backed by Ghanaian air strikes and by helicopter support from
// the AU mission": each state or body named after "by" backs the side
// that wages the operation, the one the sentence before opened with
// ("The Front and its allies retook the town. The offensive was backed
// by X"), and nothing is read when that sentence opened otherwise.
func (a *article) backedOperations(s *sentence, its []item) {
	if len(its) < 4 || its[0].actor != nil || !its[0].in(setOperationNoun) || indefinite(s.toks, its[0].start) {
		return
	}
	j := 1
	if its[j].fold == "," {
		j++
	}
	if its[j].actor == nil && its[j].in(setRelativePronoun) {
		// "The offensive, which began in Hiiraan in August, has been".
		for j++; j < len(its) && its[j].fold != "," && j < 16; j++ {
		}
		j++
	}
	if j >= len(its) {
		return
	}
	start := j
	j = skipAux(j, 1, -1, auxAdverbs|beForms, auxItemAt(its))
	aux := j - start
	if aux == 0 || j+1 >= len(its) || its[j].actor != nil || its[j].hyphen || !its[j].in(setBackingParticiple) || its[j+1].fold != "by" {
		return
	}
	owners := a.operationOwner(s)
	if len(owners) == 0 {
		return
	}
	end := j + 2
	for ; end < len(its) && end < j+26; end++ {
		if it := its[end]; it.actor == nil && (it.fold == "." || it.fold == ";" || it.in(setSaysVerb) || it.in(setRelativePronoun) || it.fold == "according" || it.fold == "while" || it.fold == "but" || it.fold == "after" || it.fold == "as") {
			break
		}
	}
	for m := j + 2; m < end; m++ {
		ac := its[m].actor
		if ac == nil || ac.possessive || ac.place() || ac.ref != refNone || len(ac.ents) == 0 {
			continue
		}
		if a.x.hedged(s, its, binding{s: ac, first: 0, last: m}, false, false) {
			return
		}
		for _, e := range ac.ents {
			if e.typ != graph.Country && e.typ != graph.Organization || slices.Contains(owners, e) {
				continue
			}
			for _, o := range owners {
				a.relFact(s, e, graph.Supports, o, 0.7, readBackedOperation)
			}
		}
	}
}

// operationOwner returns the side an operation named at the start of s
// belongs to: the states or bodies the sentence before opens with, as
// its subject, or nil.
func (a *article) operationOwner(s *sentence) []*entry {
	if s.index == 0 || s.index > len(a.sentences) {
		return nil
	}
	prev := a.sentences[s.index-1]
	if len(prev.actors) == 0 {
		return nil
	}
	ac := prev.actors[0]
	if ac.possessive || ac.adjective || ac.modifier || ac.ref != refNone || ac.place() || len(ac.ents) == 0 {
		return nil
	}
	for k := 0; k < ac.start && k < len(prev.toks); k++ {
		if !prev.toks[k].is(classDeterminer) {
			return nil
		}
	}
	for _, e := range ac.ents {
		if e.typ != graph.Country && e.typ != graph.Organization {
			return nil
		}
	}
	return ac.ents
}

// relativeDisagrees reports whether the subject or group of b is followed,
// inside the match, by a relative clause that cannot be its: "which" after
// a person ("the faction now led by X, which has clashed with Y"), a verb
// in the plural after "who" or "which" and one person ("X, who are
// fighting Y", the group he speaks for), or a verb in the singular after a
// group ("A and B, which has been exchanging fire with C"). The clause is
// another name's, read in another view or by no one: also "X, speaker of
// the House, which is allied to Y", the House's.
func relativeDisagrees(its []item, b binding) bool {
	ac := b.s
	if ac == nil {
		ac = b.g
	}
	si := slotIndex(its, b, ac)
	if si < 0 {
		return false
	}
	k := si + 1
	if k < len(its) && its[k].fold == "," {
		k++
	}
	if k+1 > b.last || k+1 >= len(its) || its[k].actor != nil || !its[k].in(setRelativePronoun) || its[k+1].actor != nil || len(ac.ents) == 0 {
		return false
	}
	person := peopleOnly(ac)
	v := its[k+1].fold
	switch {
	case person && its[k].fold == "which":
		return true
	case person && len(ac.ents) == 1 && pluralAux(v):
		return true
	case b.g != nil && len(ac.ents) > 1 && singularVerb(v):
		return true
	}
	return false
}

// singularRelative returns the subject of b, a list, cut to its last
// member when a relative pronoun and a verb in the singular follow it
// inside the match:
// "Saudi Arabia and Iran, which backs the Houthis" (but "which back" and
// "which backed" keep the list).
func singularRelative(its []item, b binding) *actor {
	si := slotIndex(its, b, b.s)
	k := si + 1
	if si < 0 || k < len(its) && its[k].fold == "," {
		k++
	}
	if si < 0 || k+1 > b.last || k+1 >= len(its) || its[k].actor != nil || !its[k].in(setRelativePronoun) || its[k+1].actor != nil {
		// Only a relative clause the match reads through: "A and B,
		// which is headquartered in C" after "made up of" is the body's.
		return b.s
	}
	if !singularVerb(its[k+1].fold) {
		return b.s
	}
	return lastMember(b.s)
}

// lastMember returns the actor of a list cut to its last member: "A and
// B, which backs C" is B's clause.
func lastMember(ac *actor) *actor {
	last := *ac
	last.ents = ac.ents[len(ac.ents)-1:]
	return &last
}

// pluralAux reports whether w, a verb right after a relative pronoun, is
// an auxiliary in the plural: "are", "were", "have" (a verb in the plural
// past or base form is not told from the singular's: "fought", "back").
func pluralAux(w string) bool {
	return w == "are" || w == "were" || w == "have"
}

// singularVerb reports whether w, a verb right after a relative pronoun,
// is in the third person singular: "is", "has", "backs" (not "backed",
// "back", "focus").
func singularVerb(w string) bool {
	switch {
	case w == "is" || w == "was" || w == "has" || w == "does":
		return true
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return true
	}
	return false
}

// withoutPeopleOfListedStates returns g without the people whose state,
// as the article gives it (or the catalog, failing that), is listed in g
// too: the state acts, and its minister is no partner of the others.
func (a *article) withoutPeopleOfListedStates(g *actor) *actor {
	listed := func(name string) bool {
		for _, e := range g.ents {
			if e.typ == graph.Country && e.name == name {
				return true
			}
		}
		return false
	}
	var keep []*entry
	for _, e := range g.ents {
		if e.typ == graph.Person {
			state := e.country
			if st := a.roster.articleState(e); st != nil {
				state = st.name
			}
			if state != "" && listed(state) {
				continue
			}
		}
		keep = append(keep, e)
	}
	if len(keep) == len(g.ents) || len(keep) < 2 {
		return g
	}
	c := *g
	c.ents = keep
	return &c
}

// backedRefs reads "the Iran-backed militia", "the Iranian-backed group",
// "the Turkish-backed rebels": a backer glued to a backing participle,
// perhaps one or two adjectives ("the UAE-backed separatist movement"),
// and a noun that, after "the" alone, refers back to a body the article
// named. The noun is that body, found as "the militia" would find it, so
// that the patterns read the backer's support of it ("S-backed O"). An
// indefinite "an Iran-backed militia" is someone new and is left alone.
func (a *article) backedRefs(toks []token, ms []mention) []mention {
	var found []mention
	for k, m := range ms {
		p := m.end
		if m.start == 0 || toks[m.start-1].fold != "the" || p+1 >= len(toks) || !toks[p].hyphen || !toks[p].in(setBackingParticiple) {
			continue
		}
		j := p + 1
		for j < len(toks) && j < p+3 && toks[j].word && !toks[j].cap && !toks[j].hyphen && (toks[j].in(setRefAdjective) || toks[j].in(setKindAdjective)) {
			j++
		}
		if j >= len(toks) || !toks[j].word || toks[j].cap || toks[j].hyphen {
			continue
		}
		if k+1 < len(ms) && ms[k+1].start <= j {
			// A name follows: "the Iran-backed Houthi movement".
			continue
		}
		var e *entry
		if c := m.start - 2; c >= 0 && toks[c].fold == "," && k > 0 && appositionEnd(toks, ms[k-1].end, c) {
			// In apposition ("the STC, the UAE-backed separatist
			// movement,") the noun describes the name before the
			// comma, perhaps after its acronym in brackets.
			e = ms[k-1].entry
		} else if g := a.groupNamedBefore(toks, ms[:k], m, j); g != nil {
			// "strikes the Front's depots to stop the Iran-backed
			// group from rearming": the one armed group the sentence
			// named before the noun, which the article's discourse
			// does not hold yet.
			e = g
		} else {
			// The noun as "the" alone would read it.
			the := token{text: "the", fold: "the", word: true}
			e = a.refs.definiteBody([]token{the, toks[j]}, 1)
		}
		if e == nil || e == m.entry || e.typ != graph.Organization {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].fold == "of" || toks[j+1].word && toks[j+1].cap) {
			// "the Iran-backed militia of X", "the Iran-backed group Y".
			continue
		}
		found = append(found, mention{start: j, end: j + 1, entry: e, kind: aliasDefinite})
	}
	if len(found) == 0 {
		return ms
	}
	ms = append(ms, found...)
	sortMentions(ms)
	return ms
}

// groupNamedBefore returns the one armed group (groupLike) that the
// mentions ms, those a sentence names before the backed noun toks[j] of an
// armed group ("group", "militia", "rebels"), name, other than its backer
// m: nil when they name none, or two, whose noun would be anyone's. Nor is
// the noun the group when the group is the sentence's subject or a report
// or "with" or "against" stands between them: "The Front said the
// Ghana-backed militia attacked its positions" speaks of another body.
func (a *article) groupNamedBefore(toks []token, ms []mention, m mention, j int) *entry {
	if !toks[j].in(setGroupRef) && !toks[j].in(setRebelRef) {
		return nil
	}
	var g *entry
	end := 0
	for _, n := range ms {
		if n.entry == m.entry || !a.groupLike(n.entry) {
			continue
		}
		if g != nil && n.entry != g {
			return nil
		}
		g, end = n.entry, n.end
	}
	if g == nil {
		return nil
	}
	first := ms[0]
	for _, n := range ms {
		if n.entry == g {
			first = n
			break
		}
	}
	if sentenceSubject(toks, first) {
		return nil
	}
	for i := end; i < m.start; i++ {
		if toks[i].is(classReporting) || toks[i].fold == "with" || toks[i].fold == "against" {
			return nil
		}
	}
	return g
}

// sentenceSubject reports whether the mention n opens its sentence, after
// determiners alone, and is no possessive's owner: "The Front said ...",
// not "The Front's depots".
func sentenceSubject(toks []token, n mention) bool {
	for i := 0; i < n.start; i++ {
		if !toks[i].is(classDeterminer) {
			return false
		}
	}
	return n.end >= len(toks) || toks[n.end].fold != "'s" && toks[n.end].fold != "'"
}

// appositionEnd reports whether a name ending at toks[end] reaches the
// comma at toks[c], perhaps through its acronym in brackets: "the Southern
// Council (SC),".
func appositionEnd(toks []token, end, c int) bool {
	if end == c {
		return true
	}
	return end+3 == c && toks[end].fold == "(" && toks[end+2].fold == ")"
}

// partnershipRead reads the partner noun of a pattern flagged partnership
// that b matched. A partner in a field, the noun followed (past its own
// "of X" or a list of names) by "against" or by "in" or "on" and a noun of
// a fight or "ground", cooperates with the other side: "X, the main partner
// of Y against Z", "X, Y's partner in the war against Z"; so does a
// partner named for the field before the noun ("Y's ground partner",
// field-partner-word). A partner named without a field is an ally: "X, Y's main security partner", "X is a key
// partner of Y". A partner in trade ("a major trading partner of Y") is
// neither: nil. The pattern's own predicate, when it agrees, is p itself.
func partnershipRead(p *pattern, its []item, b binding) *pattern {
	k := -1
	for i := b.first; i <= b.last && i < len(its); i++ {
		if its[i].actor == nil && its[i].in(setPartnerNoun) {
			k = i
		}
	}
	if k < 0 {
		return p
	}
	if pastPartner(its, b, k) {
		// "a major trading partner", "a former partner", "once a
		// close partner", "Y's negotiating partner": no ally now.
		return nil
	}
	for i := b.first; i < k; i++ {
		if its[i].actor == nil && its[i].fold == "whose" {
			// "Togo, whose president is Ghana's old partner,": the
			// partner is the president, not Togo.
			return nil
		}
	}
	// "Russia was Ukraine's largest partner": a partner by size alone is
	// one of trade, unless a field follows.
	bySize := k > b.first && its[k-1].actor == nil && its[k-1].in(setSizeSuperlative)
	for i := k - 1; i > b.first+1 && its[i].actor == nil; i-- {
		if its[i].fold == "and" || its[i].fold == "," {
			// "Togo, Ghana's rival and a partner of Benin": the
			// possessive qualifies another noun.
			return nil
		}
	}
	pred := graph.AlliedWith
	if k > b.first && its[k-1].actor == nil && its[k-1].in(setFieldPartnerWord) {
		// "the coalition's ground partner": the field named before.
		pred = graph.CooperatesWith
	}
	for i := k + 1; i < len(its) && i <= k+6; i++ {
		it := &its[i]
		if it.actor != nil || it.fold == "of" || it.fold == "to" || it.fold == "and" || it.fold == "'s" {
			continue
		}
		if (it.fold == "in" || it.fold == "at") && i+1 < len(its) && its[i+1].actor == nil && its[i+1].in(setTalksHead) {
			// "Y's partner in the talks": a partner at the table, who
			// may be an enemy.
			return nil
		}
		if it.fold == "against" || (it.fold == "in" || it.fold == "on") && i+1 < len(its) && its[i+1].actor == nil && (its[i+1].in(setFightNoun) || its[i+1].in(setFieldPartnerWord)) {
			pred = graph.CooperatesWith
		}
		break
	}
	if bySize && pred == graph.AlliedWith {
		return nil
	}
	if pred == p.predicate {
		return p
	}
	q := *p
	q.predicate = pred
	return &q
}

// alignedNoAppositive reports whether the words after the comma the match
// b reads as an appositive, "O, S-aligned ...", are none: with no article
// before S, a list goes on ("Saudi Arabia, Iran-aligned militias from Iraq
// and Qatar", "Lebanon, Iran-allied Syria and Yemen") unless the noun
// phrase closes before another actor; and a possessive after the noun
// makes the appositive another's noun ("an Iran-allied militia's rival").
func alignedNoAppositive(toks []token, its []item, b binding) bool {
	si := slotIndex(its, b, b.s)
	if si < 0 {
		return false
	}
	st := its[si].start
	if a := b.s; a != nil && a.start < st {
		st = a.start
	}
	article := st > 0 && (toks[st-1].fold == "a" || toks[st-1].fold == "an" || toks[st-1].fold == "the")
	for k := b.last + 1; k < len(its) && k <= b.last+6; k++ {
		it := &its[k]
		switch {
		case it.actor != nil:
			return !article
		case it.fold == "'s" || it.fold == "'":
			return true
		case it.punct:
			return false
		}
	}
	// The sentence ends the noun phrase; six words with no mark are no
	// appositive without its article.
	return !article && b.last+7 < len(its)
}

// undertakingVoid reports whether the object of the joint undertaking
// whose verb ends at its[last] names a fight, a deal, talks, a truce, an
// exchange or a corridor (undertaking-void, truce-noun): what
// enemies agree on between them ("agreed to step up attacks on each
// other", "to create humanitarian corridors", "to strengthen their
// defences"), no work they do together. The object is read up to the
// next actor or punctuation.
func undertakingVoid(its []item, last int) bool {
	for i := last + 1; i < len(its) && i <= last+5; i++ {
		it := &its[i]
		if it.actor != nil || it.punct {
			return false
		}
		if it.in(setUndertakingVoid) || it.in(setTruceNoun) {
			return true
		}
	}
	return false
}

// pastPartner reports whether the ally or partner noun at its[k], inside
// the match b, is qualified within three words before it by a word of an
// office no longer held ("a former ally", "Ghana's ex-partner"), by a past
// adverb ("once a close ally"), by a word of trade ("a major trading
// partner") or of another partnership than an alliance ("a negotiating
// partner", "a gas partner"): a relationship that ended, or that is no
// alliance.
func pastPartner(its []item, b binding, k int) bool {
	for i := max(b.first, k-3); i < k; i++ {
		if its[i].actor == nil && (its[i].in(setTradeQualifier) || its[i].in(setNonAllianceQualifier) || its[i].in(setFormerWord) || its[i].in(setPastAdverb)) {
			return true
		}
	}
	return false
}

// endedAlliance reports whether the allied-with match b names the
// alliance by an ally noun that says it is over: "Togo, a former ally of
// Ghana,", "Ghana's onetime allies", "once a close partner of Ghana" (see
// pastPartner), or one only sought: "Ghana has been negotiating a defence
// pact with Togo", "is seeking an alliance with" (alliance-pending). The
// partnership patterns read their noun in partnershipRead.
func endedAlliance(its []item, b binding) bool {
	for k := b.first; k <= b.last && k < len(its); k++ {
		if its[k].actor != nil {
			continue
		}
		if its[k].in(setAlliancePending) && pendingObject(its, k, b.last) || (its[k].in(setAllyNoun) || its[k].in(setAllyPlural) || its[k].in(setPartnerNoun)) && pastPartner(its, b, k) {
			return true
		}
	}
	return false
}

// servesWithBand reports whether the member-of match b reads a state's
// men "serving with" (serve-with-verb) an armed band, named by its head
// (armed-band-head): "Russian servicemen serving with the Tarsh Front".
func (a *article) servesWithBand(its []item, b binding) bool {
	if b.o == nil || len(b.o.ents) != 1 || b.o.ents[0].typ != graph.Organization {
		return false
	}
	if name := b.o.ents[0].name; !strings.Contains(name, " ") || !a.lastWordIn(name, setArmedBandHead) {
		return false
	}
	for k := b.first; k < b.last && k+1 < len(its); k++ {
		if its[k].actor == nil && its[k].in(setServeWithVerb) && its[k+1].fold == "with" {
			return true
		}
	}
	return false
}

// pendingObject reports whether the word of alliance-pending at its[k]
// takes the alliance's noun as its object: only determiners, adjectives
// and the noun, no coordinator, auxiliary, relative, preposition or name,
// stand between it and "with" ("negotiating a defence pact with", but not
// "exploring new markets but has a defence pact with").
func pendingObject(its []item, k, last int) bool {
	n := 0
	for j := k + 1; j <= last && j < len(its); j++ {
		t := &its[j]
		switch {
		case t.fold == "with" || t.fold == "between":
			return n > 0
		case t.actor != nil || t.punct || n >= 4:
			return false
		case t.is(classCoordinator) || t.is(classRelative) || t.is(classLocative) || t.in(setAuxWord) || t.in(setAuxVerb) || t.in(setFilePreposition):
			return false
		}
		n++
	}
	return false
}

// prepositionalRelativeBetween reports whether a relative pronoun after a
// preposition ("in which", "during which", "under whom") stands between
// the subject of b and its object: it opens a clause whose subject follows
// it, so the name before it is no subject of the verb after ("X, in which
// the army fought alongside Y"). A subject named after the pronoun would
// itself fill the slot; "some of which" names a part of the antecedent.
func prepositionalRelativeBetween(its []item, b binding) bool {
	si, oi := slotIndex(its, b, b.s), slotIndex(its, b, b.o)
	if si < 0 || oi <= si {
		return false
	}
	for k := si + 2; k < oi; k++ {
		if w := its[k].fold; w != "which" && w != "whom" {
			continue
		}
		// "some of which fought": a part of the antecedent is its subject.
		p := &its[k-1]
		if p.actor == nil && !p.punct && p.fold != "of" && !p.is(classDeterminer) && !p.is(classRelative) &&
			(p.is(classStopword) || p.is(classLocative) || p.in(setFilePreposition)) {
			return true
		}
	}
	return false
}

// spokesmanSide returns, as an actor, the body whose deed a spokesperson
// reports when the subject of b is one person the article made the
// spokesperson of a body, and between the person and the pattern's verb a
// reporting word opens a clause whose subject names no actor ("X, the
// Front's spokesman, said operations would continue in coordination with
// Y", "said the strikes were carried out with Y"): a spokesman speaks for
// his side's deeds, not his own. nil otherwise.
func (a *article) spokesmanSide(p *pattern, its []item, b binding) *actor {
	if b.s == nil || len(b.s.ents) != 1 || b.s.ents[0].typ != graph.Person || b.o == nil {
		return nil
	}
	var body *entry
	for _, h := range a.roster.list {
		if h.person == b.s.ents[0] && h.predicate == graph.SpokespersonOf && h.object.typ == graph.Organization {
			body = h.object
		}
	}
	if body == nil || slices.Contains(b.o.ents, body) {
		return nil
	}
	si := slotIndex(its, b, b.s)
	if si < 0 {
		return nil
	}
	for k := si + 1; k < b.last; k++ {
		if its[k].actor != nil {
			return nil
		}
		if its[k].is(classReporting) && !p.hasLiteral(its[k].fold) && unnamedSubjectNext(its, k+1) {
			side := *b.s
			side.ents, side.inferred, side.office = []*entry{body}, true, office{}
			return &side
		}
	}
	return nil
}

// unnamedSubjectNext reports whether a reported clause starting at
// items[k] opens with a subject that names no actor nor a person: a deed
// ("operations would continue"), or a pronoun of a side or a deed ("they
// were carried out"), but not "he" or "she".
func unnamedSubjectNext(items []item, k int) bool {
	if k < len(items) && items[k].actor == nil && items[k].fold == "that" {
		k++
	}
	if k+1 >= len(items) {
		return false
	}
	w := &items[k]
	return w.actor == nil && !w.punct && !w.is(classPersonRef) && !w.is(classRelative) && !w.is(classReporting) && items[k+1].actor == nil
}

// personActor reports whether ac names people only.
func personActor(ac *actor) bool {
	for _, e := range ac.ents {
		if e.typ != graph.Person {
			return false
		}
	}
	return len(ac.ents) > 0
}

// lackedCooperation reports whether the cooperation noun its[k] is said to
// be missing: "a lack of cooperation among A, B and C", "the absence of
// coordination between A and B", "little cooperation between A and B".
func lackedCooperation(its []item, k int) bool {
	if its[k].actor != nil || k == 0 {
		return false
	}
	prev := its[k-1]
	if prev.actor != nil {
		return false
	}
	if prev.in(setLackWord) {
		return true
	}
	return prev.fold == "of" && k >= 2 && its[k-2].actor == nil && its[k-2].in(setLackNoun)
}

// jointDeal reports whether the deal o is told as a joint one: a joint
// adjective ("joint", "trilateral", "common") in its mention or right
// before it.
func jointDeal(toks []token, o *actor) bool {
	from := o.start - 1
	if from >= 0 && toks[from].is(classDeterminer) {
		from--
	}
	return anyIn(toks[max(from, 0):min(o.end, len(toks))], setJointAdjective)
}

// belligerentSubject reports whether the subject of a match, the side at
// war, is no source of arms: not named after "from" or "by", nor as
// the object of a verb of buying or using ("bought drones from Iran in its
// war with X", "used North Korean shells in its war").
func belligerentSubject(s *sentence, its []item, b binding) bool {
	k := slotIndex(its, b, b.s)
	if k <= 0 {
		return true
	}
	// "recruiting fighters from Nepal" may leave "fighters from" out of
	// the items: the word right before the name is what governs it.
	if i := its[k].start - 1; i >= its[k-1].end && i < len(s.toks) && (s.toks[i].fold == "from" || s.toks[i].fold == "by") {
		return false
	}
	// "in support of X in its war" keeps X at war: "of" governs no source.
	prev := its[k-1]
	return prev.actor != nil || !(prev.fold == "from" || prev.fold == "by" || prev.in(setAcquireVerb))
}

// clauseDoubted reports whether the attack a match reads is doubted in its
// clause beyond the match: a hedge from the match to the clause's end
// ("strikes on X would be a grave mistake"), or a doubting noun and "of"
// right before it ("reports of Ghanaian strikes", "ruled out strikes").
func (a *article) clauseDoubted(s *sentence, its []item, b binding) bool {
	if attackDoubtedAt(its, b.first) {
		return true
	}
	end := lastBeforePunct(its, b.last)
	if end == b.last {
		return false
	}
	wide := b
	wide.last = end
	return a.x.hedged(s, its, wide, false, false)
}

// attackDoubtedAt reports whether a doubting noun and "of" stand right
// before its[i], the start of an attack: "reports of Ghanaian strikes".
func attackDoubtedAt(its []item, i int) bool {
	return i >= 2 && its[i-1].fold == "of" && its[i-2].actor == nil && its[i-2].in(setAttackDoubt)
}

// lastBeforePunct returns the index of the last item from its[k] on
// before the next punctuation: the rest of a clause's phrase.
func lastBeforePunct(its []item, k int) int {
	for k+1 < len(its) && !its[k+1].punct {
		k++
	}
	return k
}

// blameStands reports whether a match of blame lays it on its object: not
// a duty ("responsibility to protect", "responsibility for maintaining
// peace", "for the security of") nor a victim in its clause ("anyone who
// harms X", "those who attacked X").
func blameStands(its []item, b binding) bool {
	if n := b.last + 1; n < len(its) && its[b.last].fold == "responsibility" {
		if its[n].fold == "to" || its[n].fold == "for" && n+1 < len(its) && its[n+1].actor == nil && its[n+1].in(setDutyWord) {
			return false
		}
	}
	k := slotIndex(its, b, b.o)
	for j := k - 1; j > b.first && j >= 0; j-- {
		it := its[j]
		if it.punct || it.actor != nil || it.in(setSaysVerb) {
			break
		}
		if it.in(setVictimOpener) || it.fold == "that" && j+1 < k {
			return false
		}
	}
	return true
}

// armedObject reports whether every entity of the match's object is an
// armed group: an alliance or bloc ("ally against NATO") is none.
func (a *article) armedObject(b binding) bool {
	if b.o == nil {
		return false
	}
	for _, e := range b.o.ents {
		if e.regional || e.international || !a.armedGroup(e) {
			return false
		}
	}
	return true
}
