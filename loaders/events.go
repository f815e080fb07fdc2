package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// attacks are the attacks an article has stated and who carried them out,
// so that a reaction later on ("Russia condemned the strikes", "Hezbollah
// also denounced the attack") opposes their authors, not their target.
type attacks struct {
	// last are the authors of the attack stated last, of whatever noun.
	last []*entry
	// byNoun are the authors of the attack last stated with each noun
	// ("strike" for "air strikes"); a noun stated without an author ("a
	// suspected gas attack") is kept with none, so that "condemned the
	// attack" later names no one rather than the authors of the strikes.
	byNoun map[string][]*entry
	// now is the index of the sentence being read, and lastAt that of
	// the sentence that stated last, so that a reaction naming an attack
	// by a specific noun far from any attack names no one (see
	// authorsOf); words tells which nouns are generic.
	now, lastAt int
	words       *wordClasses
	// deathAt is one past the index of the sentence read before that
	// told a death last (death-word), 0 before any: "the killing" names
	// the attack stated last only if a death was told with it or after.
	deathAt int
	// referred are the nouns (keys) by which the sentence being read
	// refers back to an attack it does not author ("the strikes hit a
	// mosque"): once it is read, each names the attack stated last by
	// then (see sentence), so that a fight stated later in passing
	// ("rebels who toppled X", "a war fought last year") does not take
	// over the attack the article goes on naming by that noun.
	referred []string
	// hit are the sides the attack stated last was made on ("gunmen
	// attacked Ghanaian troops", "a drone struck a convoy of the Front"),
	// and hitAt the index of the sentence that stated them, so that a
	// side that claims the attack soon after fights them
	// (claimedAttacks).
	hit   []*entry
	hitAt int
}

// maxClaimGap bounds the sentences between an attack on a side and a
// claim of it that makes the claimant fight that side: the claim follows
// the attack closely ("..., killing 12 soldiers. The Front claimed
// responsibility.").
const maxClaimGap = 2

// deedKilling is the kind of deed of "the killing", "the assassination":
// no deed verb states it, a death told after an attack does (authorsOf).
const deedKilling = "killing"

// maxAttackGap bounds the sentences between an attack and a reaction that
// names it by a specific noun the article has not used for it ("the
// incursion", "the offensive"): the last fight stated a paragraph before is
// seldom what it names. A generic noun ("condemned the attack") names the
// last attack wherever it was stated.
const maxAttackGap = 4

// sentence records that the sentence at index k is being read, once the
// nouns the sentence before referred back by are bound to the attack
// they named.
func (at *attacks) sentence(k int, words *wordClasses) {
	for _, noun := range at.referred {
		if _, ok := at.byNoun[at.key(noun)]; ok {
			continue
		}
		if who := at.authorsOf(noun); len(who) > 0 {
			if at.byNoun == nil {
				at.byNoun = map[string][]*entry{}
			}
			at.byNoun[at.key(noun)] = who
		}
	}
	at.referred = at.referred[:0]
	at.now, at.words = k, words
}

// referBack records that the sentence being read names an attack stated
// before by noun (a fold of the attack-noun set) without its author.
func (at *attacks) referBack(noun string) {
	if _, ok := at.byNoun[at.key(noun)]; ok || slices.Contains(at.referred, noun) {
		return
	}
	at.referred = append(at.referred, noun)
}

// attackKey is the noun under which an attack is kept: singular, with
// "air" glued on left out ("airstrikes" and "air strikes" are strikes).
func attackKey(fold string) string {
	fold = strings.TrimPrefix(fold, "air")
	if strings.HasSuffix(fold, "s") && !strings.HasSuffix(fold, "ss") {
		fold = fold[:len(fold)-1]
	}
	return fold
}

// key is the key under which the attack or deed a noun names is kept:
// the kind of a deed noun ("the arrests" a detention, see deeds), else
// the noun's attackKey.
func (at *attacks) key(fold string) string {
	if kind, ok := at.words.deedKind(fold); ok {
		return kind
	}
	return attackKey(fold)
}

// stated records authors as those of an attack or hostile deed named by
// noun (a fold of the attack-noun set, a deed verb or deed noun kept
// under its kind, or "" when the sentence states the attack by a verb).
// Only an attack becomes the attack stated last, which "condemned the
// attack" names: a deed (see deeds) is named by a noun of its kind.
func (at *attacks) stated(noun string, authors []*entry, attack bool) {
	if attack && len(authors) > 0 {
		at.last = authors
		at.lastAt = at.now
	}
	if noun == "" {
		return
	}
	if at.byNoun == nil {
		at.byNoun = map[string][]*entry{}
	}
	at.byNoun[at.key(noun)] = authors
}

// authorsOf returns the authors of the attack a reaction names by noun:
// those of the last attack stated with that noun, or, for a noun the
// article has not used, of the last attack stated, if it was stated a few
// sentences before ("launched a military operation ... the EU condemned
// the attack"). A noun of a kind of deed (deedKinds: "the arrests")
// names only a deed of its kind, never an attack, but for "the killing"
// of a death an earlier sentence told with the attack or after it ("a
// strike killed X ... Y condemned the killing").
func (at *attacks) authorsOf(noun string) []*entry {
	if a, ok := at.byNoun[at.key(noun)]; ok {
		return a
	}
	if kind, deed := at.words.deedKind(noun); deed && (kind != deedKilling || at.deathAt <= at.lastAt) {
		return nil
	}
	if at.now-at.lastAt > maxAttackGap && (at.words == nil || !at.words.inSet(noun, setGenericAttack)) {
		return nil
	}
	return at.last
}

// attackAuthors returns the entities of an actor that can carry out an
// attack named in the text: states and bodies, with a state's forces
// named by its adjective standing for the state ("Israeli military
// attacks" are Israel's). A person ("Trump ordered strikes"), a place and a
// reference ("its forces", read less surely) author nothing.
func (a *article) attackAuthors(s *sentence, ac *actor) []*entry {
	if ac == nil || ac.place() || ac.modifier || ac.ref != refNone || len(ac.ents) == 0 {
		return nil
	}
	var out []*entry
	for _, e := range a.x.stateOfForces(s, ac) {
		if e.typ == graph.Country || e.typ == graph.Organization {
			out = append(out, e)
		}
	}
	return out
}

// deedAuthors returns the authors of an attack whose verb has ac for its
// subject: those attackAuthors gives, or the body that speaks of its own
// deed ("the Front said it had overrun a garrison of X").
func (a *article) deedAuthors(s *sentence, ac *actor) []*entry {
	who := a.attackAuthors(s, ac)
	if len(who) == 0 && ac != nil && ac.ref == refBodySubject && len(ac.ents) == 1 && isBody(ac.ents[0]) {
		who = ac.ents
	}
	return who
}

// eventAuthors records the attacks a sentence names by a noun and their
// authors, as the noun phrase or its clause gives them: "Israeli air
// strikes", "the US-led strikes", "Ghana's air campaign", "the offensive
// by Chad", "A, B and C launched strikes against X", "X has carried out
// raids". An attack noun whose author the sentence does not give is
// recorded without one, unless a fight the sentence states gave them (the
// facts stage records its subject first).
func (a *article) eventAuthors(s *sentence, its []item) {
	for k := range its {
		it := &its[k]
		if ac := it.actor; ac != nil {
			if t := s.toks[ac.end-1]; t.in(setAttackNoun) {
				// "Ghanaian air strikes" read as the state acting.
				if who := a.attackAuthors(s, ac); len(who) > 0 {
					a.refs.attacks.stated(t.fold, who, true)
					a.aimedNounAttack(s, its, k, who)
				}
			}
			continue
		}
		if it.punct {
			continue
		}
		if !it.in(setAttackNoun) {
			continue
		}
		who := a.attackAuthors(s, authorOfNoun(its, k))
		if who == nil {
			if s.index+1 == a.refs.fightSentence {
				// "A and B launched air strikes against X": the fight's
				// subject, recorded by the facts stage.
				who = a.refs.attacks.last
			} else if !indefinite(s.toks, it.start) || judgedAs(its, k) {
				// "the attack killed five": the attack stated before,
				// whose authors stand. Only "a suspected gas attack" is
				// another attack, whose authors are not known; "called
				// it a cowardly attack" judges the one stated before.
				a.refs.attacks.referBack(it.fold)
				continue
			}
		}
		a.refs.attacks.stated(it.fold, who, true)
	}
}

// readNounAttack names the reading of an attack noun read with its
// author's adjective as one item, aimed at a side.
const readNounAttack = "reading noun-attack"

// aimedNounAttack reads an attack whose noun the items hold inside its
// author's item ("Ghanaian air strikes", read as Ghana acting) and whose
// aim follows: "Ghanaian air strikes on the Front", "US, British and
// French airstrikes against X" (the authors listed before it, each a
// state's adjective or acronym, strike with it). The authors fight the
// side aimed at: a side, not a place nor a reference.
func (a *article) aimedNounAttack(s *sentence, its []item, k int, who []*entry) {
	if k+2 >= len(its) || !aimPreposition(its[k+1]) || !clearActor(its[k+2]) || its[k+2].actor.ref != refNone {
		return
	}
	target := its[k+2].actor
	authors := slices.Clone(who)
	first := k
	for j := k - 1; j >= 1 && its[j].actor == nil && (its[j].fold == "," || its[j].fold == "and"); j -= 2 {
		prev := its[j-1].actor
		if prev == nil || !modifierOwner(s, prev) {
			break
		}
		authors = append(authors, a.attackAuthors(s, prev)...)
		first = j - 1
	}
	if attackDoubtedAt(its, first) {
		return
	}
	// The hedge reaches the whole clause: the verb that governs the
	// phrase ("ruled out Ghanaian air strikes on X", "denied reports of")
	// and the verb after it ("strikes on X would be a grave mistake").
	b := binding{s: its[k].actor, o: target, first: clauseStart(its, first), last: lastBeforePunct(its, k+2)}
	if a.x.hedged(s, its, b, false, false) {
		return
	}
	a.relFacts(s, authors, graph.Fights, target.ents, 0.75, readNounAttack)
}

// judgedAs reports whether the attack noun at its[k] is the judgement of
// a verb of judging a few words before it, with no name or punctuation
// between: "called it a cowardly attack", "described the raid as a
// terrorist attack".
func judgedAs(its []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if its[j].actor != nil || its[j].punct {
			return false
		}
		if its[j].in(setJudgeVerb) {
			return true
		}
	}
	return false
}

// authorOfNoun returns the actor the noun phrase of the attack noun at
// its[k] names as its author, or nil: before it, past adjectives of the
// attack ("Israeli military attacks", "Ghana's air campaign", "the
// US-led strikes"); after it, "by X" ("the offensive by Chad"); the
// party a verb of blame lays it on before "for" ("blamed Togo for the
// strike", blamedFor); or the subject of a verb that launches it ("A and
// B launched air strikes", "X has carried out raids").
func authorOfNoun(its []item, k int) *actor {
	j := k - 1
	for j >= 0 && j > k-4 && its[j].actor == nil && !its[j].punct && its[j].in(setEventAdjective) {
		j--
	}
	if j > 0 && its[j].fold == "'s" && its[j-1].actor != nil {
		// "Ghana's air campaign".
		j--
	}
	if j >= 0 && its[j].actor == nil && its[j].hyphen && its[j].fold == "led" {
		// "the US-led strikes".
		j--
		if j >= 0 && its[j].actor != nil {
			return its[j].actor
		}
		return nil
	}
	if j >= 0 && its[j].actor != nil && (j == k-1 || its[j].actor.adjective || its[j].actor.possessive) {
		return its[j].actor
	}
	if k+2 < len(its) && its[k+1].fold == "by" && its[k+2].actor != nil {
		return its[k+2].actor
	}
	// "A, B and C launched air and missile strikes": a verb that launches
	// attacks within a few words before the noun, and its subject.
	for v := k - 1; v >= 0 && v >= k-5; v-- {
		if its[v].fold == "for" {
			if ac := blamedFor(its, v); ac != nil {
				return ac
			}
		}
		if its[v].actor != nil || its[v].punct {
			return nil
		}
		if its[v].in(setLaunchVerb) {
			return launcherBefore(its, v)
		}
	}
	return nil
}

// launcherBefore returns the subject of the verb at its[v] that launches
// attacks (subjectBefore), the head of its noun phrase when the name
// right before the verb is the enemy "against" names in it: "the
// coalition against the Front carried out strikes" are the coalition's,
// not the Front's.
func launcherBefore(its []item, v int) *actor {
	subj := subjectBefore(its, v)
	if subj == nil {
		return nil
	}
	j := v - 1
	for j > 0 && its[j].actor != subj {
		j--
	}
	if j >= 2 && its[j-1].actor == nil && its[j-1].fold == "against" && its[j-2].actor != nil {
		return its[j-2].actor
	}
	if partialList(its, j) {
		// "A, the border agency and B launched an operation": the list
		// names authors the text does not know, and B is only one of
		// them, often not the lead.
		return nil
	}
	return subj
}

// partialList reports whether the actor at its[j] closes a list whose
// members before "and" include words that name no known actor, after a
// comma that follows one: "A, the border agency and B".
func partialList(its []item, j int) bool {
	k := j - 1
	if k < 0 || its[k].actor != nil || its[k].fold != "and" {
		return false
	}
	words := 0
	for k--; k >= 0 && its[k].actor == nil && !its[k].punct; k-- {
		words++
	}
	return words > 0 && words <= 4 && k > 0 && its[k].fold == "," && its[k-1].actor != nil
}

// blamedFor returns the party a verb of blame lays the deed after "for"
// at its[f] on: "blamed Togo for the strike", "blames the Front for a
// deadly attack", "held Togo responsible for the raid" (blame-word, or
// "held" and "responsible"); nil when none does. The blamed is the
// deed's author as the blamer tells it, as "blamed the attack on Togo"
// names its author (attackAuthorIn).
func blamedFor(its []item, f int) *actor {
	o := f - 1
	if o >= 2 && its[o].actor == nil && its[o].fold == "responsible" {
		if its[o-2].actor != nil || !its[o-2].in(setHoldParticiple) && its[o-2].fold != "holds" && its[o-2].fold != "hold" && its[o-2].fold != "holding" {
			return nil
		}
		o--
	} else if o < 1 || !its[o-1].in(setBlameWord) {
		return nil
	}
	if !clearActor(its[o]) {
		return nil
	}
	return its[o].actor
}

// subjectBefore returns the actor right before the verb at its[v], past
// auxiliaries and adverbs ("has also launched"), or nil: the verb's
// subject in the active voice. A verb in the passive ("was struck") has
// none.
func subjectBefore(its []item, v int) *actor {
	j := skipAux(v-1, -1, 3, auxAdverbs|lyAdverbs, auxItemAt(its))
	if j > 1 && its[j].actor == nil && its[j].in(setDayPart) && its[j-1].actor == nil && its[j-1].in(setWeekday) {
		j--
	}
	if j > 0 && its[j].actor == nil && its[j].in(setWeekday) && its[j-1].actor == nil && its[j-1].fold == "on" {
		// "the army on Tuesday launched an offensive", "on Friday
		// night": the day between the subject and its verb.
		j = skipAux(j-2, -1, 3, auxAdverbs|lyAdverbs, auxItemAt(its))
	}
	if j < 0 || its[j].actor == nil {
		return nil
	}
	return its[j].actor
}

// indefinite reports whether the noun at toks[i] opens with "a" or "an",
// past a few lower-case words: "a suspected poison gas attack"; not "such
// an attack", which names the kind stated before.
func indefinite(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch t := toks[k]; {
		case t.fold == "a" || t.fold == "an":
			// "such an attack" is of the kind stated before.
			return k == 0 || toks[k-1].fold != "such"

		case !t.word || t.cap:
			return false
		}
	}
	return false
}

// readReaction names the reading of a reaction to an attack the patterns
// do not read: a subject set off from its verb by an appositive, a
// reaction in the passive, a judgement ("called the strikes a massacre").
const readReaction = "reading reaction"

// maxReactionAppositive bounds the items of an appositive between a
// reaction's subject and its verb.
const maxReactionAppositive = 12

// reactions reads a reaction to an attack whose subject an appositive
// keeps from its verb, "Russia, the government's main ally, condemned the
// strikes", "Hezbollah, the group that fights beside the army, also
// denounced the attack": the subject opposes the attack's authors. A
// subject right before its verb is the patterns' to read.
func (a *article) reactions(s *sentence, its []item) {
	for k := 2; k < len(its); k++ {
		ac := its[k].actor
		if ac == nil || ac.ref != refAttacker || len(ac.ents) == 0 || !its[k-1].in(setCondemnVerb) {
			continue
		}
		j := k - 2
		for j >= 0 && its[j].actor == nil && its[j].in(setAuxWord) {
			j--
		}
		if j < 1 || its[j].fold != "," {
			continue
		}
		open := -1
		for m := j - 1; m >= 0 && m >= j-maxReactionAppositive; m-- {
			if its[m].fold == "," {
				open = m
				break
			}
			if its[m].punct {
				break
			}
		}
		if open < 1 || !clearActor(its[open-1]) {
			continue
		}
		subj := its[open-1].actor
		b := binding{s: subj, o: ac, first: open - 1, last: k}
		if a.x.hedged(s, its, b, false, false) {
			continue
		}
		a.relFacts(s, subj.ents, graph.Opposes, ac.ents, 0.7, readReaction)
	}
}

// readCoalitionAgainst names the reading of a coalition against an enemy.
const readCoalitionAgainst = "reading coalition-against"

// coalitionsAgainst reads a coalition or alliance named with its enemy,
// "the US-led coalition against the Islamic State", "an alliance against
// the Front": the body fights the enemy.
func (a *article) coalitionsAgainst(s *sentence, its []item) {
	for k := 0; k+2 < len(its); k++ {
		ac := its[k].actor
		if !clearActor(its[k]) || !s.toks[ac.end-1].in(setCoalitionNoun) || its[k+1].fold != "against" || !clearActor(its[k+2]) {
			continue
		}
		b := binding{s: ac, o: its[k+2].actor, first: k, last: k + 2}
		if a.x.hedged(s, its, b, false, false) {
			continue
		}
		a.relFacts(s, ac.ents, graph.Fights, its[k+2].actor.ents, 0.75, readCoalitionAgainst)
	}
}

// readHeldTarget names the reading of an attack on a place named by who
// holds it.
const readHeldTarget = "reading held-target"

// heldGap bounds the words between an attack and the holder of its
// target: "on the opposition-held east", "into the largely rebel-held".
const heldGap = 5

// heldTargets reads an attack on a place named by who holds it, "launched
// an offensive on the opposition-held east", "the army shelled rebel-held
// districts", "Ghana's strikes on Front-controlled towns": the attack's
// author (by its noun phrase or clause, as for reactions) or the verb's
// subject fights the holder. The holder glued to "-held" takes no part in
// the sentence's items, so it is looked up among the sentence's actors.
func (a *article) heldTargets(s *sentence, its []item) {
	for k := 0; k+1 < len(its); k++ {
		it := &its[k]
		if it.actor != nil || it.punct {
			continue
		}
		var author *actor
		switch {
		case it.in(setAttackNoun):
			author = authorOfNoun(its, k)
		case it.in(setStrikeVerb):
			author = subjectBefore(its, k)
		default:
			continue
		}
		if !clearActor(item{actor: author}) {
			continue
		}
		holder, kind := a.heldAfter(s, it.end)
		if holder == nil {
			continue
		}
		b := binding{s: author, o: holder, first: max(0, slotIndex(its, binding{first: 0, last: k}, author)), last: k + 1}
		if a.x.hedged(s, its, b, false, false) {
			continue
		}
		if kind {
			for _, e := range author.ents {
				a.kindFights = append(a.kindFights, kindFight{e.name, holder.ents[0].name, s.index})
			}
		}
		a.relFacts(s, author.ents, graph.Fights, holder.ents, 0.7, readHeldTarget)
	}
}

// heldAfter returns the actor glued to a participle of holding that the
// attack or verb ending before toks[from] is aimed at: its object, or the
// object of a preposition after it, with lower-case words between ("on
// the opposition-held east", "shelled rebel-held districts"); or nil. It
// reports whether the actor is the side a kind noun names (heldByKind).
func (a *article) heldAfter(s *sentence, from int) (*actor, bool) {
	toks := s.toks
	if from >= len(toks) {
		return nil, false
	}
	switch toks[from].fold {
	case "on", "against", "into", "across", "toward", "towards":
		from++
	default:
		if !toks[from-1].in(setStrikeVerb) {
			return nil, false
		}
	}
	if ac := a.heldByKind(s, from); ac != nil {
		return ac, true
	}
	for _, ac := range s.actors {
		if ac.start < from || ac.start > from+heldGap || ac.end >= len(toks) {
			continue
		}
		if !toks[ac.end].hyphen || !toks[ac.end].in(setHoldParticiple) || len(ac.ents) == 0 || ac.place() {
			return nil, false
		}
		for i := from; i < ac.start; i++ {
			if !heldGapWord(toks, from, i) {
				return nil, false
			}
		}
		return ac, false
	}
	return nil, false
}

// heldGapWord reports whether toks[i] may stand between the word at
// toks[from] that opens a held target and its holder: a lower-case word, or
// "The" opening it.
func heldGapWord(toks []token, from, i int) bool {
	return toks[i].word && (!toks[i].cap || i == from && toks[i].fold == "the")
}

// heldByKind returns the actor a noun of a kind of side (rebel-kind)
// glued to a participle of holding names, within heldGap lower-case words
// from toks[from] ("on rebel-held areas", "shelled insurgent-held
// villages"): the side the article calls by that noun's plural ("the
// rebels"), as kindSide settles it; nil when the glued noun is of no kind
// of side ("state-held", "government-held") or the plural names no one side.
func (a *article) heldByKind(s *sentence, from int) *actor {
	toks := s.toks
	for i := from; i < len(toks)-1 && i <= from+heldGap; i++ {
		if !heldGapWord(toks, from, i) {
			return nil
		}
		t := toks[i]
		if t.hyphen || !toks[i+1].hyphen || !toks[i+1].in(setHoldParticiple) {
			continue
		}
		plural, ok := a.x.words.kindPlural(t.fold)
		if !ok {
			return nil
		}
		return a.kindSide(plural)
	}
	return nil
}

// kindSide returns the actor the article names by the plural noun of a
// kind of side ("the rebels", "the insurgents"), when every use of the
// plural in the article is of one and the same organization: "the rebels"
// as definiteBody resolves it, "the Borduria Front rebels". A use of
// another side's, of none or of two ("The Kara Brigade rebels ... the
// Borduria Front rebels") leaves the kind naming no one: nil. The answer
// is the article's, kept per plural, so the uses are walked once.
func (a *article) kindSide(plural string) *actor {
	if ac, ok := a.kindSides[plural]; ok {
		return ac
	}
	var found *actor
	for _, at := range a.foldUses(plural) {
		ac := actorCovering(at.s, at.k)
		if ac == nil {
			ac = ofActor(at.s, at.k+1)
		}
		if ac == nil || ac.place() || ac.adjective || ac.modifier || len(ac.ents) != 1 || ac.ents[0].typ != graph.Organization ||
			found != nil && found.ents[0] != ac.ents[0] {
			found = nil
			break
		}
		if found == nil {
			found = ac
		}
	}
	if a.kindSides == nil {
		a.kindSides = make(map[string]*actor)
	}
	a.kindSides[plural] = found
	return found
}

// ofActor returns the actor named by "of" at toks[k] ("the rebels of the
// Borduria Front"), or nil.
func ofActor(s *sentence, k int) *actor {
	if k >= len(s.toks) || s.toks[k].fold != "of" {
		return nil
	}
	k++
	if ac := actorStarting(s, k); ac != nil || k >= len(s.toks) || s.toks[k].fold != "the" {
		return ac
	}
	return actorStarting(s, k+1)
}

// actorCovering returns the actor of s whose tokens take in toks[k], or nil.
func actorCovering(s *sentence, k int) *actor {
	for _, ac := range s.actors {
		if ac.start <= k && k < ac.end {
			return ac
		}
	}
	return nil
}

// heldTargetsIn reads heldTargets in the sentence and in its view without
// parentheticals ("the regime, backed by Russian warplanes, launched an
// offensive on the opposition-held east"). plain is its without
// parentheticals, or nil.
func (a *article) heldTargetsIn(s *sentence, its, plain []item) {
	a.heldTargets(s, its)
	if plain != nil {
		a.heldTargets(s, plain)
	}
}

// statementRef returns the length of "the statement", "the joint
// statement" opening a clause at toks[i] and followed by a verb by which
// it acts for its issuers ("The statement condemned the raids"), or 0.
func statementRef(toks []token, i int) int {
	if toks[i].fold != "the" || i > 0 && toks[i-1].word {
		return 0
	}
	j := i + 1
	for j < len(toks) && j < i+3 && toks[j].word && !toks[j].cap && !toks[j].in(setStatementNoun) {
		j++
	}
	if j+1 >= len(toks) || !toks[j].in(setStatementNoun) || !toks[j+1].in(setStatementVerb) {
		return 0
	}
	return j + 1 - i
}

// statementIssuers records who issued a statement the sentence names, for
// "the statement condemned ..." later on: "In a joint statement issued
// after the summit, the three presidents said ...", "A and B issued a
// joint statement", "Ghana said in a statement", "a statement by A and B".
func (a *article) statementIssuers(s *sentence, its []item) {
	for k, it := range its {
		if it.actor != nil || !it.in(setStatementNoun) {
			continue
		}
		var who *actor
		switch {
		case k+2 < len(its) && (its[k+1].fold == "by" || its[k+1].fold == "from") && its[k+2].actor != nil:
			who = its[k+2].actor
		case openingIn(its, k):
			// "In a joint statement (issued ...), X ...": the clause's
			// subject after the adjunct; "X said in a statement".
			if v := k - 2; v >= 0 && its[v].actor == nil && its[v].in(setIssueVerb) {
				who = subjectBefore(its, v)
				break
			}
			for j := k + 1; j+1 < len(its) && j < k+maxReactionAppositive; j++ {
				if its[j].actor != nil || isStop(its[j]) {
					break
				}
				if its[j].fold == "," {
					who = its[j+1].actor
					break
				}
			}
		default:
			for v := k - 1; v >= 0 && v >= k-3; v-- {
				if its[v].actor != nil || its[v].punct {
					break
				}
				if its[v].in(setIssueVerb) {
					who = subjectBefore(its, v)
					break
				}
			}
		}
		if who == nil || !clearActor(item{actor: who}) {
			continue
		}
		a.refs.issuers = who.ents
	}
}

// openingIn reports whether the statement noun at its[k] follows "in",
// past a word such as "joint": "in a joint statement".
func openingIn(its []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if its[j].fold == "in" {
			return true
		}
		if its[j].actor != nil || its[j].punct {
			return false
		}
	}
	return false
}

// passiveReactions reads a reaction told in the passive after the attack,
// "the strikes were condemned by Russia and Iran", "Ghana's air campaign
// has been denounced by Togo": each opposes the attack's authors, as its
// noun phrase names them or, failing that, as the article stated them.
func (a *article) passiveReactions(s *sentence, its []item) {
	for k := 0; k+3 < len(its); k++ {
		it := &its[k]
		if it.actor != nil || !it.in(setAttackNoun) {
			continue
		}
		j := k + 1
		for j < len(its) && j < k+3 && its[j].actor == nil && (copula(its[j].fold) || its[j].fold == "been" || its[j].fold == "has" || its[j].fold == "have" || its[j].in(setAuxWord)) {
			j++
		}
		if j == k+1 || j+2 >= len(its) || its[j].actor != nil || !its[j].in(setCondemnVerb) || its[j+1].fold != "by" || !clearActor(its[j+2]) {
			continue
		}
		authors := a.attackAuthors(s, authorOfNoun(its, k))
		if len(authors) == 0 {
			authors = a.refs.attacks.authorsOf(it.fold)
		}
		subj := its[j+2].actor
		b := binding{s: subj, first: k, last: j + 2}
		if a.x.hedged(s, its, b, false, false) {
			continue
		}
		a.relFacts(s, subj.ents, graph.Opposes, authors, 0.7, readReaction)
	}
}

// readRepelled names the reading of an attack referred back to that its
// target fought off.
const readRepelled = "reading repelled-attack"

// repelledAttacks reads "X repelled the assault", "the garrison repulsed
// the offensive": an attack referred back to by its noun alone, fought off
// by the subject, who thus fights its authors (as the article stated
// them).
func (a *article) repelledAttacks(s *sentence, its []item) {
	for k := 1; k+1 < len(its); k++ {
		v := &its[k]
		if v.actor != nil || !v.in(setRepelVerb) {
			continue
		}
		n, subj := a.referredAttack(s, its, k)
		if subj == nil || n+1 < len(its) && its[n+1].in(setAttackSpecifier) {
			// "repelled the attack by X", "the attack on Y": the
			// patterns read whose attack it was.
			continue
		}
		authors := a.refs.attacks.authorsOf(its[n].fold)
		if slices.ContainsFunc(subj.ents, func(e *entry) bool { return slices.Contains(authors, e) }) {
			// One of the authors: a subject fighting off its own attack
			// is a misreading.
			continue
		}
		if slices.ContainsFunc(subj.ents, func(e *entry) bool {
			return slices.ContainsFunc(authors, func(o *entry) bool { return a.partnered(e, o) })
		}) {
			// "the Front, which fights alongside the army, said it
			// repelled the assault": not its partner's assault; the
			// attack stated last was another's.
			continue
		}
		a.relFacts(s, subj.ents, graph.Fights, authors, 0.7, readRepelled)
	}
}

// partnered reports whether the article has stated x and y on one side:
// cooperating, allied, or one backing the other; a state's own body (its
// army) stands for the state.
func (a *article) partnered(x, y *entry) bool {
	pp := a.facts.partnerPairs
	xs := []partnerEnd{{x.name, 'n'}, {x.name, 'l'}}
	if x.country != "" {
		xs = append(xs, partnerEnd{x.country, 'c'})
	}
	ys := []partnerEnd{{y.name, 'n'}, {y.name, 'l'}}
	if y.country != "" {
		ys = append(ys, partnerEnd{y.country, 'c'})
	}
	for _, u := range xs {
		for _, v := range ys {
			if pp[[2]partnerEnd{u, v}] {
				return true
			}
		}
	}
	return false
}

// referredAttack reads an attack referred back to by its noun right after
// the verb its[k] ("repelled the assault"): it
// returns the noun's index and the verb's subject, or a nil subject when
// no such noun follows, the noun names its author ("the Togolese
// attack"), the attack was not stated before ("repelled an attack"), no
// clear actor is the subject, or a hedge voids the clause.
func (a *article) referredAttack(s *sentence, its []item, k int) (int, *actor) {
	n := k + 1
	for n < len(its) && n < k+3 && its[n].actor == nil && its[n].in(setEventAdjective) {
		n++
	}
	if n >= len(its) || its[n].actor != nil || !its[n].in(setAttackNoun) || authorOfNoun(its, n) != nil {
		return n, nil
	}
	if s.toks[its[n].start-1].fold != "the" && !(n > k+1 && s.toks[its[k+1].start-1].fold == "the") {
		return n, nil
	}
	subj := subjectBefore(its, k)
	if !clearActor(item{actor: subj}) || a.x.hedged(s, its, binding{s: subj, first: k - 1, last: n}, false, false) {
		return n, nil
	}
	return n, subj
}

// readBackedFight names the reading of a fight a possessive owns, backed
// by others.
const readBackedFight = "reading backed-fight"

// backedFights reads the owner of a fight that others back, "Turkey
// expected Russia and Iran to support its fight against the PKK": the
// owner of "its" fights the enemy. The owner is the last actor before the
// verb of backing that is not its subject and agrees with the pronoun
// ("its" one entity); the backers back the fight and do not fight
// (backedFight in hedges.go).
func (a *article) backedFights(s *sentence, its []item) {
	for k := 1; k+3 < len(its); k++ {
		p := &its[k]
		if p.actor != nil || !p.in(setOwnerPronoun) || !its[k-1].in(setBackingVerb) || !its[k+1].in(setFightNoun) || its[k+2].fold != "against" || !clearActor(its[k+3]) {
			continue
		}
		v := k - 1
		backer := v - 1
		if backer >= 0 && its[backer].fold == "to" {
			backer--
		}
		if backer < 0 || its[backer].actor == nil {
			continue
		}
		var owner *actor
		for j := backer - 1; j >= 0; j-- {
			ac := its[j].actor
			if ac == nil || !clearActor(its[j]) || ac.ents[0].typ == graph.Person {
				continue
			}
			if p.fold == "its" && len(ac.ents) != 1 {
				continue
			}
			owner = ac
			break
		}
		if owner == nil {
			continue
		}
		b := binding{s: owner, o: its[k+3].actor, first: k, last: k + 3}
		if a.x.hedged(s, its, binding{o: b.o, first: k, last: k + 3}, false, false) {
			continue
		}
		a.relFacts(s, owner.ents, graph.Fights, b.o.ents, 0.7, readBackedFight)
	}
}

// maxJudgementWords bounds the items between a judged deed (or party)
// and the word of its judgement: "called the strikes an unjustified
// escalation", "described the raid as a particularly cowardly act".
const maxJudgementWords = 6

// judgedDeeds reads an evaluation of a deed or of a party by the subject
// of a verb of judging (judge-verb: "called", "described", "termed") or of
// criticising (critique-verb: "condemned", "rejected", "criticised"):
//
//   - a deed judged by a negative word (judgement-noun or judgement-word,
//     within a few words, past "as" and adverbs): "X called the strike
//     unacceptable", "X called the move unjustified and illegal", "X
//     described the raids as a violation of international law", "X
//     condemned the strikes as an act of war";
//   - a deed whose noun phrase names its agent, after a verb of
//     criticising, with no judgement needed: "X rejected the British
//     stance", "X criticised Borduria's decision";
//   - a party judged so after a verb of judging: "X described the Front as
//     destructive", "X called A, B and C criminals";
//   - a deed judged in a statement, its noun phrase the subject of a
//     copula: "X said (that) the strikes were illegal", "X told reporters
//     the raid was an act of aggression" (not "would be", "were not");
//   - a deed criticised under a speaker's label (labelledTarget), "X
//     condemned what it called a massacre", "X denounced what the
//     ministry described as deliberate attacks on civilians": the label
//     (labelledDeed) is the speaker's name for the deed the article
//     stated, so it names that deed's authors even with its target after
//     it, unless its noun phrase names another agent.
//
// The subject opposes the deed's agent: the state or body its noun phrase
// names ("the Borduran strikes", "Borduria's raid", "the raid by the
// Front"; attack-noun, deed-summary, judged-deed or deed-noun), the one
// named by "by" after the judgement ("described the bombing as a cowardly
// act by the Front"), or, for an attack noun or a hostile deed's noun
// referred back to ("the strike", "the seizure"), the authors of the
// attack or deed the article stated (deeds). A judgement that does not
// condemn ("called the talks constructive"), a call ("called for a
// truce"), the target of a deed ("the attack on Y"), a verb in the passive
// and a denied or uncertain judgement give nothing.
func (a *article) judgedDeeds(s *sentence, its []item) {
	for k := 1; k+2 < len(its); k++ {
		v := &its[k]
		if v.actor != nil || v.punct {
			continue
		}
		judge := v.in(setJudgeVerb)
		said := !judge && (v.in(setSaysVerb) && (v.fold == "said" || v.fold == "says" || v.fold == "saying" || v.fold == "added") || v.fold == "told")
		if !judge && !said && !v.in(setCritiqueVerb) {
			continue
		}
		subj := subjectBefore(its, k)
		if strings.HasSuffix(v.fold, "ing") {
			// "X said dozens were hurt, calling the strikes an
			// escalation": the participle after a comma is the
			// sentence's subject's.
			subj = nil
			if c := clauseSubject(its); c >= 0 && c < k-1 && its[k-1].fold == "," {
				subj = its[c].actor
			}
		}
		if !clearActor(item{actor: subj}) || passiveAt(its, max(0, k-3), k) {
			continue
		}
		if judge && listMember(its[k+1]) {
			// "described the Front as destructive".
			if j := judgementAfter(its, k+1); j > 0 && !a.x.hedged(s, its, binding{s: subj, o: its[k+1].actor, first: k - 1, last: j}, false, false) {
				a.relFacts(s, subj.ents, graph.Opposes, its[k+1].actor.ents, 0.7, readReaction)
				for _, m := range namesAfter(its, k+1) {
					a.relFacts(s, subj.ents, graph.Opposes, m.ents, 0.7, readReaction)
				}
			}
			continue
		}
		open := k + 1
		if said {
			// "X said (that) the strikes were illegal", "X told
			// reporters the strike was a crime".
			if v.fold == "told" {
				open++
			}
			if open < len(its) && its[open].fold == "that" {
				open++
			}
			judge = true
		}
		labelled := false
		if !said && !judge {
			if q := labelledTarget(its, open); q > open {
				open, labelled = q, true
			}
		}
		n := judgedNoun(its, open)
		if labelled {
			n = labelledDeed(its, open)
		}
		if n < 0 || said && !copulaAfter(its, n) {
			continue
		}
		agent := authorOfNoun(its, n)
		if agent != nil && (agent.place() || agent == subj) {
			continue
		}
		from := n
		if agent != nil && n+2 < len(its) && its[n+1].fold == "by" && its[n+2].actor == agent {
			// "called the raid by the Front illegal".
			from = n + 2
		}
		j := judgementAfter(its, from)
		if j < 0 && (judge || strings.HasPrefix(v.fold, "blame")) {
			// "blamed the Borduran strike on the Front" blames the Front.
			continue
		}
		by := -1
		if j > 0 {
			by = byAt(its, j)
		}
		var objs []*entry
		switch {
		case agent != nil:
			objs = a.x.stateOfForces(s, agent)
		case by >= 0 && clearActor(its[by+1]):
			// "described the bombing as a cowardly act by the Front".
			j = by + 1
			objs = a.x.stateOfForces(s, its[j].actor)
		case labelled:
			// "condemned what it called a massacre": the deed stated.
			objs = a.refs.attacks.authorsOf(its[n].fold)
		case by >= 0:
			// "said the strike was another massacre by the regime", the
			// author named by words the article gives no name for: not
			// the author of the attack stated last.
		case j > 0 && (its[n].in(setAttackNoun) || its[n].in(setDeedNoun)) && (n+1 >= len(its) || !its[n+1].in(setAttackSpecifier) || its[n+1].fold == "in" || its[n+1].fold == "at"):
			// "called the strike a massacre", "called the seizure an
			// act of piracy": the attack or hostile deed (deeds)
			// referred back to, stated before ("the attack on Y" names
			// no author).
			if s.toks[its[n].start-1].fold != "the" && !(n > open && s.toks[its[open].start-1].fold == "the") {
				// "called an attack on Y a crime" names no attack stated.
				continue
			}
			objs = a.refs.attacks.authorsOf(its[n].fold)
		}
		if len(objs) == 0 {
			continue
		}
		last := max(j, n)
		if a.x.hedged(s, its, binding{s: subj, first: k - 1, last: last}, false, false) {
			continue
		}
		a.relFacts(s, subj.ents, graph.Opposes, objs, 0.7, readReaction)
	}
}

// copulaAfter reports whether a copula follows the deed noun at its[n],
// past its target ("the strikes on the port were"): the deed is the
// subject of a judgement told as a statement.
func copulaAfter(its []item, n int) bool {
	j := n + 1
	if j < len(its) && its[j].in(setTargetPreposition) {
		for j++; j < len(its) && j <= n+5 && !its[j].punct && !copula(its[j].fold); j++ {
		}
	}
	return j < len(its) && its[j].actor == nil && copula(its[j].fold)
}

// judgedNoun returns the index of the noun of a deed that opens at its[k],
// past the words of the deed ("the latest air strikes") and a state or
// body that owns it ("the Borduran decision", "Borduria's raid"): an
// attack-noun, deed-summary or judged-deed; -1 when none is there.
func judgedNoun(its []item, k int) int {
	for n := k; n < len(its) && n < k+5; n++ {
		it := &its[n]
		switch {
		case it.actor != nil:
			if !it.actor.adjective && !it.actor.possessive {
				return -1
			}
		case it.punct:
			return -1
		case it.in(setAttackNoun) || it.in(setDeedSummary) || it.in(setJudgedDeed) || it.in(setDeedNoun):
			return n
		case it.fold == "'s" || it.in(setEventAdjective) || it.in(setJudgementWord):
		default:
			return -1
		}
	}
	return -1
}

// maxLabelWords bounds the items of a label before its noun: "what it
// called a deliberate and cowardly attack".
const maxLabelWords = 5

// labelledDeed returns the index of the noun of a deed a speaker's label
// names, opening at its[q] after "what it called" (labelledTarget): an
// attack-noun or judgement-noun ("a massacre", "an armed invasion",
// "deliberate attacks on civilians", "an act of aggression"), or a
// deed-summary after a judgement-word ("a terrorist act"), past the
// words that qualify it and a state or body that owns it ("Borduran
// aggression"); -1 when the label names no deed ("what it called a
// partner", "what it described as Togo").
func labelledDeed(its []item, q int) int {
	for n := q; n < len(its) && n < q+maxLabelWords; n++ {
		it := &its[n]
		switch {
		case it.actor != nil:
			if !it.actor.adjective && !it.actor.possessive {
				return -1
			}
		case it.punct:
			return -1
		case it.in(setAttackNoun) || it.in(setJudgementNoun):
			return n
		case n > q && it.in(setDeedSummary) && its[n-1].actor == nil && its[n-1].in(setJudgementWord):
			return n
		}
	}
	return -1
}

// byAt returns the index of the "by" that ends the judgement whose word is
// at its[j], a few words on with no name or punctuation between ("a
// cowardly terrorist attack by the Front"), with a word after it; else -1.
// The judgement then names its author itself, whether or not the words
// after "by" name him.
func byAt(its []item, j int) int {
	for b := j + 1; b+1 < len(its) && b <= j+3; b++ {
		if its[b].actor != nil || its[b].punct {
			return -1
		}
		if its[b].fold == "by" {
			return b
		}
	}
	return -1
}

// judgementAfter returns the index of the word of a negative judgement of
// the deed or party at its[n], within maxJudgementWords items after it,
// past the deed's target ("the strikes on the port and the Front"), in
// the first phrase after it: before any other name, punctuation, clause
// ("called the strike a response to ...") or preposition that opens
// another phrase ("a partner against terrorist groups", "a victim of
// attacks"; "an act of aggression" goes on), and by its noun after a
// superlative ("the most flagrant violation", not "the most dangerous
// place"): a judgement-noun or judgement-word; -1 when none is there.
func judgementAfter(its []item, n int) int {
	target := false
	for j := n + 1; j < len(its) && j <= n+maxJudgementWords; j++ {
		it := &its[j]
		if j == n+1 && it.in(setTargetPreposition) {
			target = true
			continue
		}
		if it.punct || it.actor != nil && !target {
			return -1
		}
		if it.actor != nil {
			continue
		}
		if it.in(setJudgementNoun) || it.in(setJudgementWord) {
			return j
		}
		switch it.fold {
		case "to", "for", "after", "because", "while", "but", "that", "which", "than", "not", "no",
			"against", "in", "with", "from", "on", "at", "among":
			// "described Mali as a partner against terrorist
			// groups": a judgement past the first phrase is of
			// something else.
			return -1
		case "of":
			// "an act of aggression" goes on; "a victim of
			// terrorist attacks" does not.
			if its[j-1].fold != "act" && its[j-1].fold != "acts" {
				return -1
			}
		case "most", "least":
			// "the most dangerous place for aid workers" ranks
			// the party among others; "the most flagrant
			// violation" judges by its noun.
			if j+2 < len(its) && its[j+2].in(setJudgementNoun) {
				return j + 2
			}
			return -1
		}
	}
	return -1
}

// readPairFought names the reading of two sides described, in an
// appositive, as having fought each other.
const readPairFought = "reading pair-fought-each-other"

// pairWindow bounds the items between the appositive's comma and the two
// sides named before it.
const pairWindow = 16

// pairsThatFought reads an appositive that describes the two sides named
// before it as having fought each other, "A, led by X, and B, two rival
// factions that have fought each other", "A and B, two movements who
// fought one another in 2019": the last two bodies or states named before
// the appositive fight each other. People (their leaders, named in
// passing) are passed over; a list before the appositive that does not
// name exactly two sides is left alone.
func (a *article) pairsThatFought(s *sentence, its []item) {
	for m := 4; m+1 < len(its); m++ {
		if its[m].fold != "each" || its[m+1].fold != "other" {
			continue
		}
		v := m - 1
		if its[v].actor != nil || !fightVerb(its[v].fold) {
			continue
		}
		r := v - 1
		for r >= 0 && its[r].actor == nil && (its[r].in(setAuxWord) || strings.HasSuffix(its[r].fold, "ly") || its[r].fold == "since" || its[r].fold == "once" || its[r].fold == "long" || its[r].fold == "often") {
			r--
		}
		if r < 2 || its[r].actor != nil || !its[r].is(classRelative) {
			continue
		}
		// "two (rival, ex-rebel) factions" between the comma and the
		// relative pronoun.
		c := -1
		for j := r - 1; j >= 0 && j >= r-5; j-- {
			if its[j].actor != nil {
				break
			}
			if its[j].fold == "," {
				c = j
				break
			}
		}
		if c < 1 || its[c+1].fold != "two" {
			continue
		}
		var sides []*entry
		first := c
		for j := c - 1; j >= 0 && j >= c-pairWindow && len(sides) <= 2; j-- {
			ac := its[j].actor
			if ac == nil || ac.place() || ac.modifier || ac.ref != refNone {
				continue
			}
			for _, e := range slices.Backward(ac.ents) {
				if (e.typ == graph.Organization || e.typ == graph.Country) && !slices.Contains(sides, e) {
					sides = append(sides, e)
					first = j
				}
			}
		}
		if len(sides) != 2 {
			continue
		}
		if a.x.hedged(s, its, binding{first: first, last: m + 1}, false, false) {
			continue
		}
		a.relFacts(s, sides[1:], graph.Fights, sides[:1], 0.7, readPairFought)
	}
}

// readTruceSides names the reading of the two sides of a truce that ends
// their fighting.
const readTruceSides = "reading truce-sides"

// truceWindow bounds the items between a truce's end cue and the noun of
// the fighting ("hours after the nuclear-armed rivals traded strikes").
const truceWindow = 8

// truceSides reads two sides that take up a truce which the clause says
// ends their fighting: "A and B agreed on Sunday to an immediate
// ceasefire, ending a week of border fighting", "A and B agreed to a
// truce hours after they traded strikes": the two fought each other. The
// subject must name exactly two states or bodies (three or more taking up
// a truce are its guarantors as often as its sides), the truce must follow
// the verb with no other actor between, and a noun of fighting
// (combat-noun, not a gerund with its object: "and to cooperate in
// fighting X") must follow an end cue after it. A hedged clause ("may
// agree to a truce") gives nothing.
func (a *article) truceSides(s *sentence, its []item) {
	for k := 0; k+3 < len(its); k++ {
		g := its[k].actor
		if !clearActor(its[k]) || len(g.ents) != 2 || !sidesOnly(g) {
			continue
		}
		v := k + 1
		for v < len(its) && v <= k+4 && its[v].actor == nil && !its[v].in(setAgreeVerb) && !its[v].punct {
			v++
		}
		if v >= len(its) || its[v].actor != nil || !its[v].in(setAgreeVerb) {
			continue
		}
		t := v + 1
		for t < len(its) && t <= v+5 && its[t].actor == nil && !its[t].punct {
			t++
		}
		if t >= len(its) || its[t].actor == nil || len(its[t].actor.ents) != 1 {
			continue
		}
		if d := its[t].actor.ents[0]; d.typ != graph.Agreement || a.kindOf(d) != dealTruce {
			continue
		}
		if !truceEndsFighting(its, t+1, g) || a.x.hedged(s, its, binding{first: k, last: t}, false, false) {
			continue
		}
		a.relFacts(s, g.ents[1:], graph.Fights, g.ents[:1], 0.7, readTruceSides)
	}
}

// sidesOnly reports whether every member of g is a state or a body.
func sidesOnly(g *actor) bool {
	for _, e := range g.ents {
		if e.typ != graph.Country && e.typ != graph.Organization {
			return false
		}
	}
	return true
}

// truceEndsFighting reports whether, from its[from] on, an end cue is
// followed within truceWindow items by a noun of fighting that no name
// follows as its object, placed nowhere but between the sides.
func truceEndsFighting(its []item, from int, sides *actor) bool {
	for j := from; j < len(its); j++ {
		if its[j].actor != nil || !its[j].in(setTruceEndCue) {
			continue
		}
		for n := j + 1; n < len(its) && n <= j+truceWindow; n++ {
			if its[n].actor == nil && its[n].in(setCombatNoun) && !(n+1 < len(its) && its[n+1].actor != nil) && !placedElsewhere(its, n+1, sides) {
				return true
			}
		}
	}
	return false
}

// placedElsewhere reports whether "in" at its[i] places the fighting
// before it in a named state or place that is neither side: "weeks of
// fighting in Sudan", "the war in Gaza" may be others' wars, and the
// truce's takers its mediators. "the fighting in the valley" is placed
// nowhere named.
func placedElsewhere(its []item, i int, sides *actor) bool {
	if i+1 >= len(its) || its[i].fold != "in" || its[i+1].actor == nil {
		return false
	}
	for _, e := range its[i+1].actor.ents {
		if slices.Contains(sides.ents, e) {
			return false
		}
	}
	return true
}

// fightVerb reports whether fold is a verb of fighting that takes "each
// other": "fought", "clashed", "battled".
func fightVerb(fold string) bool {
	switch fold {
	case "fought", "fight", "fighting", "fights", "battled", "battling", "clashed", "clashing", "attacked", "attacking":
		return true
	}
	return false
}

// readMeasure names the reading of a punitive measure and its sides.
const readMeasure = "reading measure"

// measureGap bounds the items between a verb and the measure it imposes
// or criticises: "imposed new unilateral sanctions".
const measureGap = 4

// measures reads a punitive measure one side imposes on another, told by
// its noun ("sanctions", "an embargo", "coercive measures") in any
// construction: its owner is named before it ("US sanctions", "the
// Union's embargo", "its sanctions" after the clause's actor), after it
// ("the coercive measures of A and B", "sanctions imposed by A",
// "sanctions from A") or as the subject of a verb of imposing ("A, which
// with B had imposed measures on C"); its target after "on", "against" or
// "targeting", or as the one "under" it ("X, who is under US sanctions",
// "X has been under sanctions from A"). The owner opposes the target, and
// whoever criticises the measure ("criticised the sanctions imposed by
// A", "blamed the coercive measures of A") opposes its owner.
func (a *article) measures(s *sentence, its []item) {
	for k := range its {
		if !measureNoun(its, k) {
			continue
		}
		// The noun phrase: its adjectives back to its opening.
		open := k
		for open > 0 && open > k-4 && its[open-1].actor == nil && (its[open-1].in(setMeasureAdjective) || its[open-1].in(setPunitiveWord)) {
			open--
		}
		var owners []*actor
		first, last := k, k
		// Before the noun: an adjective, a possessive or an acronym
		// ("Ghanaian sanctions", "the Union's embargo", "EU sanctions"),
		// or "its" of the clause's actor.
		switch j := open - 1; {
		case j > 0 && its[j].fold == "'s" && clearOwner(its[j-1].actor):
			owners, open = append(owners, its[j-1].actor), j-1
		case j >= 0 && its[j].actor != nil && modifierOwner(s, its[j].actor):
			owners, open = append(owners, its[j].actor), j
		case j >= 0 && its[j].actor == nil && (its[j].fold == "its" || its[j].fold == "their"):
			if o := actorBefore(its, j); o != nil {
				owners, open = append(owners, o), j
			}
		}
		first = open
		// After it: "of A", "by A", "from A", "imposed by A".
		p := k + 1
		if p+1 < len(its) && its[p].in(setImposeVerb) && its[p+1].fold == "by" {
			p++
		}
		if p+1 < len(its) && (its[p].fold == "by" || its[p].fold == "from" || its[p].fold == "of" && p == k+1) && clearOwner(its[p+1].actor) {
			owners = append(owners, its[p+1].actor)
			p += 2
		}
		// A verb of imposing before it, and its subject; a word of
		// lifting the measure ends the search ("the lifting of sanctions"),
		// as does any word but a determiner, a batch noun or an adjective
		// of the measure ("intensified drone production despite sanctions"
		// imposes none).
		verb, demand := -1, -1
		for v := open - 1; v >= 0 && v >= open-measureGap; v-- {
			if its[v].actor != nil || its[v].punct || its[v].in(setMeasureRelief) {
				break
			}
			if its[v].in(setImposeVerb) || its[v].in(setMeasureStep) && v+1 < len(its) && its[v+1].fold == "up" {
				verb = v
				break
			}
			if demandsMeasure(its, v, open) {
				demand = v
				break
			}
			if !(its[v].in(setMeasureFiller) || its[v].in(setMeasureAdjective) || its[v].in(setPunitiveWord) || its[v].fold == "for" && v+1 == open) {
				break
			}
		}
		// A demand for the measure to be lifted or to end ("called for
		// sanctions on X to be lifted") demands none.
		relieved := measureRelieved(its, p)
		if verb >= 0 {
			if asker, u := askedToImpose(its, verb); asker != nil {
				// "urged Y to impose sanctions": the one who asks demands
				// them; Y imposes nothing yet.
				if !relieved {
					owners = append(owners, asker)
					first = min(first, slotIndex(its, binding{first: 0, last: u}, asker))
				}
			} else if subj, companions := imposer(its, verb); subj != nil {
				owners = append(owners, subj)
				owners = append(owners, companions...)
				first = min(first, slotIndex(its, binding{first: 0, last: verb}, subj))
			}
		}
		if demand >= 0 && !relieved {
			if subj, _ := imposer(its, demand); subj != nil {
				owners = append(owners, subj)
				first = min(first, slotIndex(its, binding{first: 0, last: demand}, subj))
			}
		}
		// A weak noun is a measure only with a punitive word or an
		// imposing verb ("coercive measures", "imposed measures on").
		if its[k].in(setMeasureWeak) && verb < 0 && !punitiveBefore(its, k) {
			continue
		}
		var targets []*actor
		// A pronoun target ("sanctions on him") is too often misread.
		if p+1 < len(its) && (its[p].fold == "on" || its[p].fold == "against" || its[p].fold == "targeting") && clearActor(its[p+1]) && its[p+1].actor.ref == refNone {
			targets = append(targets, its[p+1].actor)
			last = p + 1
		} else if t, u := underMeasure(its, open); t != nil {
			targets = append(targets, t)
			first = min(first, u)
		}
		last = max(last, p-1)
		for _, o := range owners {
			for _, t := range targets {
				if a.x.hedged(s, its, binding{s: o, o: t, first: max(0, first), last: last}, false, false) {
					continue
				}
				a.relFacts(s, o.ents, graph.Opposes, t.ents, 0.7, readMeasure)
			}
		}
		// The critic of the measure, its verb right before the phrase.
		c := open - 1
		if c < 1 || its[c].actor != nil || !its[c].in(setCritiqueVerb) {
			continue
		}
		critic := subjectBefore(its, c)
		if !clearActor(item{actor: critic}) {
			continue
		}
		for _, o := range owners {
			if a.x.hedged(s, its, binding{s: critic, o: o, first: max(0, c-1), last: last}, false, false) {
				continue
			}
			a.relFacts(s, critic.ents, graph.Opposes, o.ents, 0.7, readMeasure)
		}
	}
}

// measureDemands are the word sets of the verbs of demanding a measure,
// before it or before "for": "urged sanctions", "called for sanctions".
var measureDemands = setsOf(setMeasureDemand, setMeasureDemandFor)

// demandsMeasure reports whether its[v] is a verb demanding the measure
// whose phrase opens at its[open]: right before it ("urged sanctions") or
// before "for" ("called for new sanctions").
func demandsMeasure(its []item, v, open int) bool {
	if its[v].in(setMeasureDemand) && v+1 == open {
		return true
	}
	return its[v].sets.hasAny(measureDemands) && v+2 == open && its[v+1].fold == "for"
}

// measureRelieved reports whether the measure whose target follows its[p]
// ("sanctions on X") is to be lifted or ended, within three items after
// the target: "on X to be lifted", "on X be eased", "on X to end".
func measureRelieved(its []item, p int) bool {
	if p+2 >= len(its) || !(its[p].fold == "on" || its[p].fold == "against" || its[p].fold == "targeting") || its[p+1].actor == nil {
		return false
	}
	j := p + 2
	if its[j].fold == "to" {
		j++
	}
	if j < len(its) && its[j].fold == "be" {
		j++
	}
	return j > p+2 && j < len(its) && j <= p+4 && its[j].actor == nil && its[j].in(setMeasureRelief)
}

// askedToImpose returns the subject of a verb of demanding that asks
// another to impose a measure, the verb of imposing at its[verb] ("A urged
// B to impose", "A called on B to impose"), and the index of the demanding
// verb; or nil.
func askedToImpose(its []item, verb int) (*actor, int) {
	to, asked := verb-1, verb-2
	if asked < 1 || its[to].fold != "to" || !clearActor(its[asked]) {
		return nil, -1
	}
	u := asked - 1
	if its[u].fold == "on" || its[u].fold == "upon" {
		u--
	}
	if u < 1 || !its[u].sets.hasAny(measureDemands) {
		return nil, -1
	}
	subj, _ := imposer(its, u)
	return subj, u
}

// measureNoun reports whether its[k] is the noun of a punitive measure,
// and not a compound of it that names something else ("sanctions relief",
// "the embargo's end" are still read; "sanctions relief" is not).
func measureNoun(its []item, k int) bool {
	it := &its[k]
	if it.actor != nil || it.punct || !it.in(setMeasureNoun) && !it.in(setMeasureWeak) {
		return false
	}
	if k+1 < len(its) && its[k+1].actor == nil {
		switch its[k+1].fold {
		case "relief", "exemption", "exemptions", "waiver", "waivers", "regime", "list", "lists":
			return false
		}
	}
	return true
}

// punitiveBefore reports whether a punitive word stands among the
// adjectives right before the noun at its[k]: "unilateral coercive
// measures".
func punitiveBefore(its []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && its[j].actor == nil; j-- {
		if its[j].in(setPunitiveWord) {
			return true
		}
		if !its[j].in(setMeasureAdjective) {
			return false
		}
	}
	return false
}

// clearOwner reports whether ac can own a measure: a named state, body or
// person, no place.
func clearOwner(ac *actor) bool {
	return ac != nil && len(ac.ents) > 0 && !ac.place() && !ac.modifier
}

// modifierOwner reports whether the actor right before a measure's noun
// names who imposes it: an adjective ("Ghanaian sanctions"), a
// possessive, or an acronym ("EU sanctions"). A plain name before the
// noun is as often the target ("Iran sanctions").
func modifierOwner(s *sentence, ac *actor) bool {
	if len(ac.ents) == 0 || ac.place() || ac.ref != refNone {
		return false
	}
	if ac.adjective {
		// "Ghanaian sanctions"; a bloc named by its adjective ("Western
		// sanctions") is too vague a side.
		return ac.ents[0].typ == graph.Country
	}
	if ac.possessive {
		return true
	}
	for _, t := range s.toks[ac.start:ac.end] {
		if t.word && strings.ToUpper(t.text) != t.text {
			return false
		}
	}
	return true
}

// actorBefore returns the state or body a possessive pronoun at its[j]
// refers to within its clause: the nearest clear actor before it with no
// punctuation between ("called on Washington to lift its sanctions"), or
// nil.
func actorBefore(its []item, j int) *actor {
	for m := j - 1; m >= 0 && m >= j-8; m-- {
		if its[m].punct {
			return nil
		}
		if ac := its[m].actor; ac != nil {
			if !clearActor(its[m]) || len(ac.ents) != 1 || ac.ents[0].typ == graph.Person {
				return nil
			}
			return ac
		}
	}
	return nil
}

// imposer returns the subject of the verb of imposing at its[v] and the
// companions joined to it by "with": the actor right before it ("A
// imposed"), or the name a relative clause qualifies ("A, which with B
// had imposed measures").
func imposer(its []item, v int) (*actor, []*actor) {
	j := v - 1
	skip := func() {
		j = skipAux(j, -1, -1, auxAdverbs|lyAdverbs, auxItemAt(its))
	}
	skip()
	var companions []*actor
	if j >= 1 && clearActor(its[j]) && its[j-1].fold == "with" {
		companions = append(companions, its[j].actor)
		j -= 2
		skip()
	}
	if j >= 0 && clearActor(its[j]) && companions == nil {
		return its[j].actor, nil
	}
	if r := relativeAntecedent(its, j); r >= 0 {
		return its[r].actor, companions
	}
	return nil, nil
}

// relativeAntecedent returns the index of the name a relative pronoun at
// its[j] qualifies, right before it or before its comma ("A, which"), or
// -1.
func relativeAntecedent(its []item, j int) int {
	if j < 1 || its[j].actor != nil || !its[j].in(setRelativePronoun) {
		return -1
	}
	r := j - 1
	if its[r].fold == "," {
		r--
	}
	if r < 0 || !clearActor(its[r]) {
		return -1
	}
	return r
}

// underMeasure returns the one "under" the measure whose phrase opens at
// its[open] ("X is under US sanctions", "X, who is under sanctions",
// "Bamako ... and has been under sanctions from ECOWAS") and its index,
// or nil.
func underMeasure(its []item, open int) (*actor, int) {
	u := open - 1
	if u < 1 || its[u].fold != "under" {
		return nil, -1
	}
	j := u - 1
	for j >= 0 && its[j].actor == nil && !its[j].punct && (its[j].in(setAuxWord) || copula(its[j].fold) || strings.HasSuffix(its[j].fold, "ly") || underCopula(its[j].fold)) {
		j--
	}
	switch {
	case j < 0:
		return nil, -1
	case clearActor(its[j]) && j < u-1:
		return its[j].actor, j
	case relativeAntecedent(its, j) >= 0:
		r := relativeAntecedent(its, j)
		return its[r].actor, r
	case its[j].fold == "and":
		// The clause's subject, carried over "and": the sentence's
		// first actor with no other actor before "and".
		subj := clauseSubject(its)
		if subj < 0 || !clearActor(its[subj]) {
			return nil, -1
		}
		for m := subj + 1; m < j; m++ {
			if its[m].actor != nil || its[m].punct {
				return nil, -1
			}
		}
		return its[subj].actor, subj
	}
	return nil, -1
}

// underCopula reports whether fold links a subject to "under": "has been
// under", "remains under", "was placed under".
func underCopula(fold string) bool {
	switch fold {
	case "been", "be", "remain", "remains", "remained", "still", "already", "placed", "put", "kept", "now":
		return true
	}
	return false
}

// readEnvoyProtest names the reading of a protest to another state's
// envoy.
const readEnvoyProtest = "reading envoy-protest"

// envoyProtests reads a diplomatic protest to an envoy whom the article
// names by his title, "Ghana's foreign ministry summoned the Togolese
// ambassador, Kofi Adu", "the minister expelled the Togolese envoy in
// Accra, Kofi Adu": the subject opposes the state the envoy serves (an
// envoy not named as a person is the patterns' to read). An envoy of the
// subject's own state ("summoned its ambassador to Togo for
// consultations") is none of this.
func (a *article) envoyProtests(s *sentence, its []item) {
	for k := 1; k+1 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setProtestVerb) || !clearActor(its[k+1]) {
			continue
		}
		envoy := its[k+1].actor
		if len(envoy.ents) != 1 || envoy.ents[0].typ != graph.Person {
			continue
		}
		var state *entry
		for _, h := range a.roster.list {
			if h.person == envoy.ents[0] && h.predicate == graph.EnvoyOf && h.object.typ == graph.Country {
				state = h.object
			}
		}
		subj := subjectBefore(its, k)
		if state == nil || !clearActor(item{actor: subj}) {
			continue
		}
		own := false
		for _, e := range subj.ents {
			if e == state || a.roster.countryOf(e) == state || e.country == state.name {
				own = true
			}
		}
		if own || a.x.hedged(s, its, binding{s: subj, o: envoy, first: k - 1, last: k + 1}, false, false) {
			continue
		}
		a.relFacts(s, subj.ents, graph.Opposes, []*entry{state}, 0.7, readEnvoyProtest)
	}
}

// readElimination names the reading of an aim to destroy an enemy.
const readElimination = "reading elimination"

// eliminationReach bounds the items between the agent and the "to" of an
// elimination: "A, B and C stressed their determination to continue
// cooperation to eliminate X".
const eliminationReach = 10

// eliminations reads the aim to destroy an enemy told by an infinitive,
// whatever verb or noun governs it: "A and B will continue to cooperate to
// eliminate X", "stressed their determination to continue cooperation to
// eliminate X", "sent troops to defeat X". Its agent, the nearest state or
// body before it in its clause (a place passed over: "sent troops to Mali
// to defeat X"), fights X. One asked to do it ("urged Ghana to defeat X")
// is no agent, and an enemy that is a place or a person's name read as
// its subject is left alone.
func (a *article) eliminations(s *sentence, its []item) {
	for k := 1; k+2 < len(its); k++ {
		if its[k].fold != "to" || its[k+1].actor != nil || !its[k+1].in(setEliminateVerb) {
			continue
		}
		o := k + 2
		if !clearActor(its[o]) || its[o].actor.ref != refNone {
			continue
		}
		agent := -1
		for j := k - 1; j >= 0 && j >= k-eliminationReach; j-- {
			if its[j].punct {
				break
			}
			ac := its[j].actor
			if ac == nil {
				continue
			}
			if ac.place() {
				continue
			}
			if clearActor(its[j]) {
				agent = j
			}
			break
		}
		if agent < 0 || agent > 0 && its[agent-1].actor == nil && its[agent-1].in(setRequestVerb) {
			continue
		}
		subj := its[agent].actor
		var sides []*entry
		for _, e := range subj.ents {
			if e.typ == graph.Country || e.typ == graph.Organization {
				sides = append(sides, e)
			}
		}
		if len(sides) == 0 || a.x.hedged(s, its, binding{s: subj, o: its[o].actor, first: agent, last: o}, false, false) {
			continue
		}
		a.relFacts(s, sides, graph.Fights, its[o].actor.ents, 0.7, readElimination)
	}
}

// readSiteAttack names the reading of an attack on a side's site or unit.
const readSiteAttack = "reading site-attack"

// siteGap bounds the words between an attack and the noun of the site it
// hits: "fired at an observation tower of X".
const siteGap = 3

// siteAttacks reads an attack on a site, unit or goods named by its owner
// after "of" or a participle of owning, holding or sending (owner-link:
// "belonging to", "bound for", "held by", "used by"), "an Israeli tank
// fired at an observation tower of the force", "the Guards' strikes hit
// the headquarters of A, camps of B and a base of C", "Ghana shelled
// positions of the Front", "struck depots belonging to X", "airstrikes on
// convoys bound for X", "an operation against camps of X": the attacker
// fights each owner. The attack is a verb (hit-verb), whose attacker is
// its subject or the author of the weapon or attack noun right before it,
// or an attack noun aimed at the site ("on", "against", "at"), whose
// attacker is the noun's author (authorOfNoun: "Ghana's raids on",
// "Ghana carried out strikes on"). The sites may be a list ("command posts
// and depots of X") and so may the owners. A weapon named by its side may
// also hit a body directly ("a Ghanaian tank shelled the Front's
// positions"). An owner must be a side, not a place ("a convoy bound for
// Kara" names none), and one that is the attacker is none.
//
// A view of the sentence that carries a subject to its verb reads the
// attack of a coordinated or participial clause ("X stayed out of the war
// but has carried out raids on convoys bound for Y", "X flew 40 sorties,
// hitting depots of Y"): siteAttacks reads the views only when the
// sentence holds an attack on an owned site whose attacker it did not
// find. plain is its without parentheticals, or nil.
func (a *article) siteAttacks(s *sentence, its, plain []item) {
	if a.siteAttacksIn(s, its, false) {
		for _, v := range a.x.views(s, its, plain) {
			a.siteAttacksIn(s, v, true)
		}
	}
}

// siteAttacksIn reads siteAttacks in one view of a sentence; carried marks
// a view that carries a subject. It reports whether the view holds an
// attack on an owned site whose attacker it did not find.
func (a *article) siteAttacksIn(s *sentence, its []item, carried bool) (unread bool) {
	for k := 0; k+2 < len(its); k++ {
		if its[k].actor != nil || its[k].punct || k == 0 && !agentThenAim(its, k) {
			// A sentence's first word aims an attack only with its
			// author after it: "Raids by A on B's positions ...".
			continue
		}
		var author *actor
		first := k - 1
		verb := k > 0 && its[k].in(setHitVerb)
		if verb {
			author = subjectBefore(its, k)
			if author == nil && k >= 2 && its[k-1].actor == nil && !its[k-1].punct && its[k-2].actor != nil && (its[k-2].actor.adjective || its[k-2].actor.possessive || its[k-1].in(setAttackNoun)) {
				// "an Israeli tank fired", "the Guards' strikes hit".
				author, first = its[k-2].actor, k-2
			}
			if author == nil {
				// "Ghanaian tanks and artillery pounded", "the Ghanaian
				// Air Force's fighter jets struck".
				author, first = weaponsOwner(its, k)
			}
		}
		aim := k + 1
		if author == nil && its[k].in(setAttackNoun) && aimPreposition(its[k+1]) {
			// "Ghana carried out strikes on convoys bound for X".
			verb = false
			if author = authorOfNoun(its, k); author != nil {
				first = actorIndex(its, k, author)
			}
		} else if author == nil && agentThenAim(its, k) {
			// "the raids by A and B on Ruritanian airfields": the
			// author between the noun and its aim.
			verb, author, first, aim = false, its[k+2].actor, k+2, k+3
		}
		who := a.deedAuthors(s, author)
		if len(who) == 0 && author == nil && verb && its[k-1].actor == nil && its[k-1].in(setAttackNoun) && !indefinite(s.toks, its[k-1].start) {
			// "the raid hit depots belonging to X": the attack stated
			// before, whose authors stand (as for a reaction to it).
			who = a.refs.attacks.authorsOf(its[k-1].fold)
		}
		if len(who) == 0 {
			if author == nil && !carried {
				unread = unread || ownedSiteAfter(s.toks, its, k+1)
			}
			continue
		}
		var owners []*entry
		last := k
		if fallback := verb && first < k-1; fallback {
			// "a Ghanaian tank fired at the Front's positions" (a site
			// of a body read as the body): the patterns read a subject
			// that is a name, not a weapon named by its side.
			p := k + 1
			if p < len(its) && (its[p].fold == "at" || its[p].fold == "on") {
				p++
			}
			if p < len(its) && clearActor(its[p]) && its[p].actor.ref == refNone {
				owners = append(owners, its[p].actor.ents...)
				last = p
			}
		}
		hops := 0
		for p := aim; p < len(its); {
			if aimPreposition(its[p]) {
				p++
			}
			if l := labelledTarget(its, p); l > p {
				// "struck what it described as bases of X": past the
				// attacker's label, to the site or, when the site was
				// read as its owner ("bases of X"), the owner.
				p = l
				if p < len(its) && clearActor(its[p]) && its[p].actor.ref == refNone {
					owners = append(owners, its[p].actor.ents...)
					last = p
					break
				}
			}
			q := siteAfter(its, p)
			o := -1
			switch {
			case q < 0 && p < len(its) && elidedSite(s.toks, its, p):
				// "struck convoys of X", the site left out of the
				// items.
				o = p
			case q < 0:
			default:
				e := sitesEnd(its, q)
				if e+2 < len(its) && its[e+1].actor == nil && (its[e+1].fold == "and" || its[e+1].fold == ",") && elidedSite(s.toks, its, e+2) {
					// "hit camps and convoys of X".
					o = e + 2
				} else {
					o = ownerAfter(its, e+1)
				}
			}
			if q < 0 && o < 0 {
				if n := nextConjunct(its, p); n > 0 && hops < maxHops && len(owners) == 0 {
					// "hit the only runway still in use, as well as
					// depots belonging to X": a target no side owns,
					// then an owned one.
					hops++
					p = n
					continue
				}
				break
			}
			if o < 0 {
				// "seized a Togolese army base", "stormed an army
				// base": the owner before the site, once.
				if len(owners) == 0 {
					owners = a.ownerBefore(s, its, p, q, who)
					last = q
				}
				if len(owners) == 0 {
					// "struck the military airport and the air base
					// in central Syria": a state's own site.
					e := sitesEnd(its, q)
					if c := stateSiteIn(s.toks, its, p, e); c >= 0 {
						owners = its[c].actor.ents
						if a.ownSide(owners, who) {
							owners = nil
						}
						last = c
					}
				}
				break
			}
			owners = append(owners, its[o].actor.ents...)
			last = o
			// "... of A outside Koya, camps of B in Zirgwez and a base of
			// C": the list goes on, past where each site is.
			p = o + 1
			for p < len(its) && p <= last+5 {
				switch it := &its[p]; {
				case it.actor == nil && (it.fold == "," || it.fold == "and"):
					p++
					continue
				case it.actor == nil && it.fold != "of" && it.in(setAttackPlace) && p+1 < len(its) && (its[p+1].actor == nil && !its[p+1].punct && !its[p+1].in(setSiteTarget) || its[p+1].actor != nil && its[p+1].actor.place()):
					p += 2
					continue
				}
				break
			}
		}
		if len(owners) == 0 || a.x.hedged(s, its, binding{s: author, first: max(0, first), last: last}, false, false) {
			continue
		}
		a.relFacts(s, who, graph.Fights, owners, 0.7, readSiteAttack)
	}
	return unread
}

// ownerBefore returns the side that owns the site whose noun (or
// compound of nouns) ends at its[q], named before it from its[p]: a
// state's or body's adjective or possessive ("Togolese nuclear sites", "a
// Togolese army base", "the Front's depots"), or a bare noun of a state's
// forces or rule right before the site ("an army base", "army positions",
// "regime bases", "government positions"), which names the army or the
// ruling body the article named last, else that of the one state it is
// about (bareOwner). A side of the attackers' own state owns none of
// their targets ("Ghanaian jets struck army positions" after "the Ghanaian
// army" names no owner).
func (a *article) ownerBefore(s *sentence, its []item, p, q int, who []*entry) []*entry {
	f := q
	for f > p && its[f-1].actor == nil && its[f-1].in(setSiteTarget) {
		f--
	}
	var owners []*entry
	if f > p && its[f-1].actor == nil && !its[f-1].punct {
		if e := a.bareOwner(s.toks, its[f-1].start); e != nil {
			owners = []*entry{e}
		}
	}
	if owners == nil {
		for j := p; j < f; j++ {
			if siteOwner(its[j]) {
				owners = append(owners, its[j].actor.ents...)
			}
		}
	}
	if a.ownSide(owners, who) {
		return nil
	}
	return owners
}

// ownSide reports whether a site's owners include a state of one of the
// attack's authors, or a body of that state: an army does not attack its
// own base.
func (a *article) ownSide(owners, who []*entry) bool {
	for _, o := range owners {
		for _, w := range who {
			if a.x.catalog.stateOf(o) == a.x.catalog.stateOf(w) {
				return true
			}
		}
	}
	return false
}

// bareOwner returns the side a bare lower-case noun of a state's forces
// ("army", "military": army-noun) or rule ("regime", "government",
// "junta": ruling-noun) at toks[i] names when it qualifies a site after
// it: the army the article named last, else the army of the one state the
// article is about; the ruling body the article named last, else the
// government of that state; nil when none is clear, the noun is an
// adjective of kind ("military targets") or part of a name ("the Army
// base", "the Malian army's base").
func (a *article) bareOwner(toks []token, i int) *entry {
	t := toks[i]
	if !t.word || t.cap || t.hyphen || i > 0 && (toks[i-1].cap && toks[i-1].word || toks[i-1].fold == "'s" || toks[i-1].hyphen) {
		return nil
	}
	switch {
	case t.in(setArmyNoun) && !adjectiveLike(t.fold):
		// "military targets" are of a kind, not an owner.
		if a.refs.army != nil {
			return a.refs.army
		}
		if st := a.mainState(); st != nil {
			return a.stateArmy(st, t.fold)
		}
	case t.in(setRulingNoun):
		e := a.refs.ruler
		if e == nil || a.refs.rulers {
			e = nil
			if st := a.mainState(); st != nil {
				e = a.stateGovernment(st)
			}
		}
		if e != nil && (e.typ != graph.Country || t.fold != "government") {
			// A state's government the catalog keeps no body for
			// is anyone's, as for rulingBody.
			return e
		}
	}
	return nil
}

// elidedSite reports whether the item its[j] is a side named after a
// site noun and "of" that the items leave out ("convoys of the Front",
// "positions of X" read as the side): a clear actor, right after
// the item before it, with only the site, "of" and "the" between; or an
// actor whose own span opens with them ("hit bases of the Front", read as
// one item with the side).
func elidedSite(toks []token, its []item, j int) bool {
	if j == 0 || !clearActor(its[j]) || its[j].actor.ref != refNone {
		return false
	}
	if st := its[j].start; st+2 < its[j].end && st == its[j-1].end && toks[st].in(setSiteTarget) && toks[st+1].fold == "of" {
		return true
	}
	i := its[j].start - 1
	if i > 0 && toks[i].fold == "the" {
		i--
	}
	return i > 0 && i-1 >= its[j-1].end && toks[i].fold == "of" && toks[i-1].in(setSiteTarget)
}

// stateReach bounds the words between "in" and the state a site is in:
// "in central Syria", "in the far north of Ruritania" is none.
const stateReach = 2

// stateSiteIn returns the index of the state that the sites from its[p]
// to its[e] are in, when they are of a kind only a state keeps (a word of
// state-site: "the military airport and the air base in central Syria",
// "three nuclear sites in Iran", "a naval base inside Togo"); -1 when they
// are of another kind ("targets in Syria" may be anyone's) or no state
// follows. An attack on them attacks the state.
func stateSiteIn(toks []token, its []item, p, e int) int {
	if e+2 >= len(its) || its[e+1].actor != nil || its[e+1].fold != "in" && its[e+1].fold != "inside" {
		return -1
	}
	if !anyIn(toks[its[p].start:its[e].end], setStateSite) {
		return -1
	}
	for j := e + 2; j < len(its) && j <= e+2+stateReach; j++ {
		it := &its[j]
		if it.actor == nil {
			if it.punct || toks[it.start].cap {
				return -1
			}
			continue
		}
		ac := it.actor
		if ac.adjective || ac.possessive || ac.ref != refNone || len(ac.ents) != 1 || ac.ents[0].typ != graph.Country {
			return -1
		}
		return j
	}
	return -1
}

// maxHops bounds the targets no side owns that an attack's list of
// targets passes over to an owned one (nextConjunct).
const maxHops = 2

// conjunctReach bounds the words of a target no side owns: "the only
// runway still in use".
const conjunctReach = 6

// nextConjunct returns the index of the next conjunct of the list of
// targets whose conjunct opens at its[p], past plain words, a comma or
// "and", and "as well as" ("the only runway still in use, as well as
// depots of X"), or -1 when a name, other punctuation or a clause's break
// comes first.
func nextConjunct(its []item, p int) int {
	for j := p + 1; j < len(its) && j <= p+conjunctReach; j++ {
		it := &its[j]
		if it.actor != nil && !it.actor.place() || it.punct && it.fold != "," || it.actor == nil && (it.in(setRelativePronoun) || it.is(classClauseBreak) || it.is(classReporting)) {
			return -1
		}
		if it.fold != "," && it.fold != "and" {
			continue
		}
		n := j + 1
		for n < len(its) && its[n].actor == nil && (its[n].fold == "and" || its[n].fold == "as" || its[n].fold == "well") {
			n++
		}
		if n >= len(its) {
			return -1
		}
		return n
	}
	return -1
}

// ownedSiteAfter reports whether a site with an owner (siteAfter,
// ownerAfter, elidedSite) follows the attack ending before its[p].
func ownedSiteAfter(toks []token, its []item, p int) bool {
	if p < len(its) && aimPreposition(its[p]) {
		p++
	}
	if p < len(its) && elidedSite(toks, its, p) {
		return true
	}
	q := siteAfter(its, p)
	return q >= 0 && ownerAfter(its, sitesEnd(its, q)+1) >= 0
}

// weaponsReach bounds the words of the weapons named before a verb of
// attack: "fighter jets and attack helicopters".
const weaponsReach = 5

// weaponsOwner returns the side whose weapons (weapon-noun, a list of
// them) are the subject of the verb at its[v], "Ghanaian tanks and
// artillery pounded", "the Air Force's fighter jets struck", and the
// index of its item; nil and -1 when none: the words between must all be
// weapons or join them.
func weaponsOwner(its []item, v int) (*actor, int) {
	weapons := false
	for j := v - 1; j >= 0 && j >= v-weaponsReach; j-- {
		it := &its[j]
		switch {
		case it.actor != nil:
			if !weapons || it.actor.place() || it.actor.ref != refNone {
				return nil, -1
			}
			return it.actor, j
		case it.in(setWeaponNoun):
			weapons = true
		case it.fold == "and" || it.fold == "," || it.fold == "'s":
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// agentThenAim reports whether its[k] is an attack noun followed by
// its author after "by" and then by a preposition of aim: "the strikes by
// A and B on Ruritanian airfields", "raids by the Front against army
// positions".
func agentThenAim(its []item, k int) bool {
	return k+4 < len(its) && its[k].actor == nil && its[k].in(setAttackNoun) && its[k+1].actor == nil && its[k+1].fold == "by" && its[k+2].actor != nil && aimPreposition(its[k+3])
}

// aimPreposition reports whether it is a preposition that aims an attack
// at its target: "fired at", "strikes on", "raids against".
func aimPreposition(it item) bool {
	if it.actor != nil {
		return false
	}
	switch it.fold {
	case "at", "on", "against", "targeting":
		return true
	}
	return false
}

// actorIndex returns the index of ac's item at or before its[k], or 0.
func actorIndex(its []item, k int, ac *actor) int {
	for j := min(k, len(its)-1); j >= 0; j-- {
		if its[j].actor == ac {
			return j
		}
	}
	return 0
}

// siteAfter returns the index of the site noun (site-target) that opens
// within siteGap plain words at its[p], "an observation tower", or -1. Of
// a compound of site nouns, "weapons depots", "arms convoys", it returns
// the last. The phrase may open with its owners (ownerBefore): "Togolese
// nuclear sites", "the Front's depots", "Iranian and Front targets".
func siteAfter(its []item, p int) int {
	for p < len(its) && siteOwner(its[p]) {
		if p+2 < len(its) && its[p+1].actor == nil && (its[p+1].fold == "and" || its[p+1].fold == ",") && siteOwner(its[p+2]) {
			p += 2
			continue
		}
		p++
		break
	}
	for q := p; q < len(its) && q < p+siteGap; q++ {
		switch it := &its[q]; {
		case it.actor != nil && it.actor.place():
			// "the Hama military airport".
		case it.actor != nil || it.punct:
			return -1
		case it.in(setSiteTarget):
			for q+1 < len(its) && its[q+1].actor == nil && its[q+1].in(setSiteTarget) {
				q++
			}
			return q
		}
	}
	return -1
}

// siteOwner reports whether it is a side that may own the site named
// after it: a name, adjective or possessive of a state or body, not a
// place or a reference.
func siteOwner(it item) bool {
	ac := it.actor
	return ac != nil && ac.ref == refNone && !ac.place() && len(ac.ents) > 0
}

// sitesEnd returns the index of the last site noun of the list of sites
// whose first noun is its[q]: "command posts and depots", "bases, camps
// and convoys".
func sitesEnd(its []item, q int) int {
	for q+2 < len(its) && its[q+1].actor == nil && (its[q+1].fold == "and" || its[q+1].fold == ",") {
		r := siteAfter(its, q+2)
		if r < 0 {
			break
		}
		q = r
	}
	return q
}

// ownerAfter returns the index of the side that the link opening at its[i]
// names as a site's owner, holder or destination, "of X", "belonging to
// X", "bound for X", "held by X" (a participle of the owner-link set and
// its preposition), or -1. The side is a name, not a place, a reference
// or a possessive.
func ownerAfter(its []item, i int) int {
	if i+1 >= len(its) || its[i].actor != nil {
		return -1
	}
	o := -1
	switch {
	case its[i].fold == "of":
		o = i + 1
	case its[i].in(setOwnerLink) && i+2 < len(its) && its[i+1].actor == nil:
		switch its[i+1].fold {
		case "to", "for", "by":
			o = i + 2
		}
	}
	if o < 0 || !clearActor(its[o]) || its[o].actor.ref != refNone {
		return -1
	}
	if its[i].in(setDestinationLink) && its[i+1].fold != "by" {
		// "convoys bound for X" are X's; "trucks heading to Lebanon"
		// are not Lebanon's.
		for _, e := range its[o].actor.ents {
			if e.typ == graph.Country {
				return -1
			}
		}
	}
	return o
}

// labelReach bounds the words naming who labels a target after "what":
// "what the army described as".
const labelReach = 3

// labelledTarget returns the index after the label an attacker puts on its
// target that opens at its[p], "what it described as", "what it said
// were", "what the army claims are", or p when none opens there. The label
// is the attacker's; the side named after it was hit all the same.
func labelledTarget(its []item, p int) int {
	if p >= len(its) || its[p].actor != nil || its[p].fold != "what" {
		return p
	}
	q := p + 1
	for q < len(its) && q <= p+labelReach && !its[q].punct && (its[q].actor != nil || !its[q].in(setLabelVerb)) {
		q++
	}
	if q >= len(its) || its[q].actor != nil || !its[q].in(setLabelVerb) {
		return p
	}
	q++
	// "as", "were", "to be".
	for n := 0; n < 2 && q < len(its) && its[q].actor == nil && its[q].in(setLabelLink); n++ {
		q++
	}
	return q
}

// unlabelled returns its without the labels a speaker puts on the thing
// a verb acts on, or nil when it holds none. A free relative of labelling
// ("what it called", "what the army described as", see labelledTarget)
// names a thing; its speaker and verb take no part in the clause around
// it, so "condemned what they called Iran's attack" states what
// "condemned Iran's attack" does, and "rejected what it described as an
// invasion by X" what "rejected an invasion by X" does. The label must
// follow a word of the clause (a verb, a preposition) and a thing must
// follow it: a sentence that opens with "What" asks or names no object.
func unlabelled(its []item) []item {
	var out []item
	for p := 1; p < len(its); p++ {
		q := labelledTarget(its, p)
		if q == p || q >= len(its) || its[q].punct || its[p-1].punct {
			if out != nil {
				out = append(out, its[p])
			}
			continue
		}
		if out == nil {
			out = make([]item, 0, len(its))
			out = append(out, its[:p]...)
		}
		p = q - 1
	}
	return out
}

// readAccusedHostility names the reading of a hostile act one is accused
// of, aimed at the accuser.
const readAccusedHostility = "reading accused-hostility"

// accusedReach bounds the items between the accused and "of": "accuses
// Algeria, the main mediator of the accord, of meddling".
const accusedReach = 10

// accusedOfHostility reads an accusation of a hostile act that names no
// one else as its aim, "Mali accuses Togo of meddling", "it accused
// Moldova of waging an economic war", "accuses Ghana, its former ally, of
// plotting a coup": the accused opposes the accuser (the accuser's own
// opposition is the patterns'). An act aimed at someone named ("of
// threatening Turkey's borders", "of attacking X") is left to them.
func (a *article) accusedOfHostility(s *sentence, its []item) {
	for k := 1; k+3 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setAccuseVerb) || !clearActor(its[k+1]) {
			continue
		}
		accuser := subjectBefore(its, k)
		if !clearActor(item{actor: accuser}) {
			continue
		}
		g := -1
		for j := k + 2; j < len(its) && j <= k+1+accusedReach; j++ {
			if isStop(its[j]) || its[j].fold == ";" {
				break
			}
			if its[j].fold == "of" && j+1 < len(its) && (j == k+2 || its[j-1].fold == ",") {
				if its[j+1].actor == nil && its[j+1].in(setHostileGerund) {
					g = j + 1
				}
				break
			}
		}
		if g < 0 {
			continue
		}
		aimed := false
		var target *actor
		end := g + 1
		for ; end < len(its) && !its[end].punct; end++ {
			if its[end].actor == nil && its[end].in(setSubordinator) {
				// "of waging an economic war after Accra raised duties":
				// another clause.
				break
			}
			if its[end].actor != nil && (!its[end].actor.place() || its[end].actor.possessive) {
				// A place's possessive is its state: "meddling in
				// Benin's affairs".
				aimed = true
				if end-g <= 3 && hostileAim(its[g+1:end]) {
					target = its[end].actor
				}
				break
			}
			if peopleOnly(accuser) && its[end].actor == nil && its[end].in(setOwnerPronoun) && end+1 < len(its) && its[end+1].actor == nil && its[end+1].in(setWhoseStateNoun) {
				// "President X accused Moscow of waging war on his
				// country": the act is aimed at the accuser's state,
				// which the sentence does not name; the accuser himself
				// is no target.
				aimed = true
				break
			}
		}
		accused := its[k+1].actor
		if aimed && target != nil && !target.adjective && len(target.ents) > 0 && target.ents[0].typ != graph.Agreement &&
			!a.x.hedged(s, its, binding{s: accuser, o: accused, first: max(0, k-1), last: g}, false, false) {
			// "accused Togo of destabilising Benin", "of violating
			// Benin's sovereignty", "of meddling in Benin's affairs":
			// the accused opposes the side the act is aimed at.
			a.relFacts(s, accused.ents, graph.Opposes, target.ents, 0.7, readAccusedHostility)
			continue
		}
		if aimed || a.x.hedged(s, its, binding{s: accuser, o: accused, first: max(0, k-1), last: g}, false, false) {
			continue
		}
		if its[g].in(setObjectGerund) && (g+1 >= len(its) || !its[g+1].in(setOwnerPronoun)) {
			// "of violating human rights": aimed at no one named;
			// "of threatening its sovereignty" is the accuser's.
			continue
		}
		a.relFacts(s, accused.ents, graph.Opposes, accuser.ents, 0.7, readAccusedHostility)
	}
}

// hostileAim reports whether the words between a hostile gerund and the
// side it is aimed at leave the side its object: none ("destabilising
// Benin"), or a preposition of aim ("meddling in", "waging war against").
// Any other preposition ("talks with", "support to") or a clause names
// another relation.
func hostileAim(between []item) bool {
	for _, it := range between {
		if it.punct || it.actor != nil {
			return false
		}
		switch it.fold {
		case "in", "into", "on", "against":
			continue
		}
		switch it.fold {
		case "with", "to", "from", "by", "for", "of", "at", "over", "between", "after", "before", "during", "about", "and", "or", "that":
			return false
		}
		if it.in(setSubordinator) || it.is(classRelative) {
			return false
		}
	}
	return true
}

// sideOf reports whether toks[i:j], "on" and the name after it, hold "side
// of": "fought on the side of the Front".
func sideOf(toks []token, i, j int) bool {
	for x := i; x+1 < j; x++ {
		if toks[x].fold == "side" && toks[x+1].fold == "of" {
			return true
		}
	}
	return false
}

// sideTaken reports whether the match b holds "on the side of" before a
// name: "on" and the name's item, which spans "the side of" (sideOf).
func sideTaken(s *sentence, its []item, b binding) bool {
	for k := b.first + 1; k <= b.last && k < len(its); k++ {
		if its[k].actor != nil && its[k-1].actor == nil && its[k-1].fold == "on" && sideOf(s.toks, its[k-1].start, its[k].end) {
			return true
		}
	}
	return false
}

// arenaAfter reports whether the clause goes on from its[k] to name an
// arena of politics, where a side is taken without a fight: "backed the
// Union against Mali in the vote", "at the council", "in court".
func arenaAfter(its []item, k int) bool {
	for ; k < len(its)-1 && its[k].actor == nil && !its[k].punct && !its[k].is(classClauseBreak); k++ {
		if its[k].in(setArenaNoun) {
			return true
		}
	}
	return false
}

// readSidedFight names the reading of a fight stated by the side another
// takes in it.
const readSidedFight = "reading sided-fight"

// sideGap bounds the words between the side taken and "against": "backed
// the SDF since 2015 as its main partner on the ground against IS".
const sideGap = 9

// sidedFights reads a side taken in a fight, "Iran backed the Syrian army
// against IS", "troops who work alongside the Front against the rebels",
// "Ghana fought on the side of Togo against the Front", "sent fighters to
// back Assad's troops against the rebels": the side fights the one named
// after "against". Whether the one who takes the side fights too depends
// on how (arms, advisers, troops), so the reading states nothing of it.
// The side is the object of a verb of taking sides (side-verb), of
// "alongside" or of "on the side of", a name or a name's fighters ("Assad's
// troops"); "against" follows within sideGap plain words of the same
// clause (adverbials, "in the war"), and a name right after it, not a
// possessive ("against Ghana's plan") nor a reference or a description in
// lower case ("against the rebels" may stand for any of several armed
// groups named before). Two states alone are not read: a
// state that backs another against a third may do so in a vote or a
// dispute; nor is a side taken in an arena of politics the clause names
// after the foe ("in the vote", "at the council": arena-noun).
func (a *article) sidedFights(s *sentence, its []item) {
	for k := 0; k+3 < len(its); k++ {
		it := &its[k]
		if it.actor != nil || it.punct {
			continue
		}
		o := -1
		switch {
		case it.in(setSideVerb) || it.in(setAlongside):
			o = k + 1
		case it.fold == "on" && sideOf(s.toks, it.start, its[k+1].end):
			// "on the side of X": the name's item spans "the side of".
			o = k + 1
		default:
			continue
		}
		if o >= len(its) || !clearActor(its[o]) && !(its[o].actor != nil && its[o].actor.possessive && len(its[o].actor.ents) > 0) {
			continue
		}
		side := its[o].actor
		j := o + 1
		if side.possessive {
			// "Assad's troops": the owner's fighters.
			if j < len(its) && its[j].fold == "'s" {
				j++
			}
			if j >= len(its) || its[j].actor != nil || !its[j].in(setMemberNoun) {
				continue
			}
			j++
		}
		for ; j+1 < len(its) && j <= o+sideGap; j++ {
			w := &its[j]
			if w.actor != nil && !w.actor.place() || w.punct || w.is(classCoordinator) || w.in(setRelativePronoun) || w.is(classClauseBreak) || w.is(classReporting) ||
				w.in(setSubordinator) && its[j+1].actor != nil {
				// A subordinator opens a clause of its own before a name
				// ("as Togo attacked"), not before a date ("since 2019").
				break
			}
			if w.fold != "against" {
				continue
			}
			foe := its[j+1].actor
			if !clearActor(its[j+1]) || foe.inferred || foe.ref != refNone || lowerWords(s.toks[foe.start:foe.end]) || allStates(side.ents) && allStates(foe.ents) {
				break
			}
			if a.x.hedged(s, its, binding{s: side, o: foe, first: k, last: j + 1}, false, false) || arenaAfter(its, j+2) {
				break
			}
			a.relFacts(s, side.ents, graph.Fights, foe.ents, 0.7, readSidedFight)
			break
		}
	}
}

// verbAttacks records the author of an attack a sentence states by its
// verb alone, on a place or site rather than on a side: "Ghana struck
// villages near the border", "Ghanaian jets bombed a resort", "militants
// who stormed the prison": the verb's subject, a state or body (read as
// for an attack noun's author), is the author a later reaction names
// ("Togo condemned the raid"; references.go, refAttacker), as does an
// attack noun later in the sentence that names none ("..., in an attack
// that killed five"). A sentence
// whose patterns read a fight has recorded its subject already (facts.go);
// a verb in the passive has no subject here, and a negated or hedged one
// ("denied it had struck", "may have shelled") states no attack. The
// verb's object must be a place or a site (struckSite): "struck a deal",
// "fired its army chief" and "hit out at" are no attack, and a sentence
// that opens on an attack stated before ("The strikes came after X had shelled Y") is about that one.
func (a *article) verbAttacks(s *sentence, its []item) {
	if len(its) < 3 || s.hedged {
		return
	}
	// A sentence whose patterns read a fight has recorded its subject
	// already; only an attack told in a relative clause of the fight's
	// other side is read then ("forces killed the militants who stormed
	// the prison": the storming is the attack a reaction names).
	fought := a.refs.fightSentence == s.index+1
	if its[0].actor == nil && its[0].in(setAttackNoun) && !indefinite(s.toks, its[0].start) {
		// "The strikes came after the army said it had destroyed a
		// depot": the sentence is about the attack stated before.
		return
	}
	for v := 1; v+1 < len(its); v++ {
		it := &its[v]
		if it.actor != nil || it.punct || !it.in(setHitVerb) || it.in(setAttackNoun) {
			continue
		}
		if !struckSite(its, v+1) {
			// "struck a deal", "fired its army chief", "hit out at":
			// no site hit.
			continue
		}
		relative := v >= 2 && its[v-1].actor == nil && its[v-1].in(setRelativePronoun) && its[v-2].actor != nil
		if fought && !relative {
			continue
		}
		subj := subjectBefore(its, v)
		first := v - 1
		if subj == nil && v >= 2 && its[v-1].actor == nil && its[v-1].in(setBandMemberNoun) && its[v-2].actor != nil {
			// "Front militants stormed the prison".
			subj, first = its[v-2].actor, v-2
		}
		if subj == nil && relative {
			// "militants who stormed the prison".
			subj, first = its[v-2].actor, v-2
		}
		who := a.deedAuthors(s, subj)
		if len(who) == 0 {
			continue
		}
		for first > 0 && its[first].actor != subj {
			first--
		}
		if a.x.hedged(s, its, binding{s: subj, first: first, last: v}, false, false) {
			continue
		}
		a.refs.attacks.stated("", who, true)
		// "Ghana struck Kara, in an attack that killed five": an attack
		// noun after the verb that names no author names this one.
		for k := v + 1; k < len(its); k++ {
			if n := &its[k]; n.actor == nil && n.in(setAttackNoun) {
				if prev, ok := a.refs.attacks.byNoun[a.refs.attacks.key(n.fold)]; ok && prev == nil {
					a.refs.attacks.stated(n.fold, who, true)
				}
			}
		}
	}
}

// attackedSides records the sides an attack a sentence states was made
// on, whoever made it, for a claim of the attack that follows
// (claimedAttacks): the side a verb of attack takes ("gunmen attacked
// Ghanaian troops", "a drone struck a convoy of Togolese soldiers") or an
// attack noun names after "on" or "against" ("an ambush on a Malian army
// post"). The side is a state or body, a state's forces standing for the
// state; a place ("struck a market near Kelo"), the agent of a passive
// ("was attacked by X") or a side past a preposition of place or of
// another adjunct names none, nor does a hedged or negated attack.
func (a *article) attackedSides(s *sentence, its []item) {
	for v := 1; v+1 < len(its); v++ {
		it := &its[v]
		if it.actor != nil || it.punct {
			continue
		}
		o := v + 1
		switch {
		case it.in(setAttackNoun) && its[o].actor == nil && its[o].in(setTargetPreposition):
			o++
		case it.in(setHitVerb) && !it.in(setAttackNoun):
			if its[o].actor == nil && its[o].in(setTargetPreposition) {
				// "opened fire on", "fired at".
				o++
			}
		default:
			continue
		}
		var side *actor
		last := o
		for ; last < len(its) && last < o+maxSideWords; last++ {
			n := &its[last]
			if n.actor != nil {
				side = n.actor
				break
			}
			if n.punct || n.in(setListPreposition) || s.toks[n.start].is(classLocative) || n.in(setHitVerb) || n.in(setRelativePronoun) {
				break
			}
		}
		if side == nil || side.place() || side.ref != refNone || len(side.ents) == 0 {
			continue
		}
		sides := []*actor{side}
		for last+1 < len(its) && its[last+1].actor == nil && its[last+1].in(setListConjunction) {
			// "attacked Malian troops and a Nigerien patrol": each
			// side of a list, the next one within maxListGap items.
			next := -1
			for j := last + 2; j < len(its) && j <= last+1+maxListGap; j++ {
				if its[j].actor != nil {
					next = j
					break
				}
				if its[j].punct || its[j].in(setListConjunction) || its[j].in(setListPreposition) || s.toks[its[j].start].is(classLocative) || its[j].in(setHitVerb) {
					break
				}
			}
			if next < 0 || its[next].actor.place() || its[next].actor.ref != refNone || len(its[next].actor.ents) == 0 {
				break
			}
			sides = append(sides, its[next].actor)
			last = next
		}
		var hit []*entry
		for _, sd := range sides {
			for _, e := range a.x.stateOfForces(s, sd) {
				if (e.typ == graph.Country || e.typ == graph.Organization) && !slices.Contains(hit, e) {
					hit = append(hit, e)
				}
			}
		}
		if len(hit) == 0 || a.x.hedged(s, its, binding{o: side, first: v, last: last}, false, false) {
			continue
		}
		a.refs.attacks.hit, a.refs.attacks.hitAt = hit, s.index
	}
}

// claimCue reports whether toks may claim an attack (claimedAttacks): a
// claim of responsibility or of an attack, or a verb of one's own deed.
func claimCue(toks []token) bool {
	for i := range toks {
		if toks[i].in(setOwnDeedVerb) || toks[i].is(classSentenceHedge) && claimedAct(toks, i) {
			return true
		}
	}
	return false
}

// maxListGap bounds the items between "and" and the next side of a list
// an attack hit: "and a Nigerien patrol".
const maxListGap = 3

// claimDoubted reports whether toks from from on, or the next sentence
// next (nil for none), doubt or retract a claim (claim-doubt: "but
// officials doubted the claim", "the group later retracted it").
func claimDoubted(toks []token, from int, next *sentence) bool {
	return anyIn(toks[from:], setClaimDoubt) || next != nil && anyIn(next.toks, setClaimDoubt)
}

// maxSideWords bounds the items between an attack's verb or preposition
// and the side it hit: "struck the largest training camp of the Front".
const maxSideWords = 6

// readClaimedAttack names the reading of a claimed attack: see
// claimedAttacks.
const readClaimedAttack = "reading claimed-attack"

// claimedAttacks reads a side's claim of an attack: "X claimed
// responsibility (for the attack)", "X claimed the ambush", "X said it
// carried out the attack" (own-deed-verb, with a definite attack noun
// that names the attack stated before). The claimant, a state or body
// (deedAuthors: "it" for the body speaking), is the attack's author for a
// reaction later on ("Togo condemned the attack"), and fights the sides
// the attack was made on if a sentence at most maxClaimGap before, or
// this one, named them (attackedSides). A claim is the claimant's word;
// one the text hedges ("reportedly claimed") or denies states nothing.
func (a *article) claimedAttacks(s *sentence, its []item) {
	for k := 1; k < len(its); k++ {
		it := &its[k]
		if it.actor != nil || it.punct {
			continue
		}
		switch {
		case it.is(classSentenceHedge) && claimedAct(s.toks, it.start):
		case it.in(setOwnDeedVerb):
			n := k + 1
			if n < len(its) && its[n].actor == nil && its[n].in(setOwnDeedParticle) {
				n++
			}
			if n >= len(its) || its[n].actor != nil || !its[n].in(setAttackNoun) || indefinite(s.toks, its[n].start) {
				continue
			}
		default:
			continue
		}
		subj := subjectBefore(its, k)
		if subj == nil && k >= 2 && its[k-1].actor == nil && its[k-1].in(setRelativePronoun) && its[k-2].actor != nil {
			// "the Front, which claimed attacks on Malian troops".
			subj = its[k-2].actor
		}
		if subj == nil {
			continue
		}
		if it.in(setOwnDeedVerb) && subj.ref == refNone && reportedBefore(s.toks, subj.start) {
			// "Officials said Algeria carried out the strike": an
			// accusation, not Algeria's claim. Only "X said it
			// carried out" or X's own clause claims.
			continue
		}
		who := a.deedAuthors(s, subj)
		if len(who) != 1 {
			continue
		}
		first := k - 1
		for first > 0 && its[first].actor != subj {
			first--
		}
		if a.x.hedged(s, its, binding{s: subj, first: first, last: k}, false, false) {
			continue
		}
		at := &a.refs.attacks
		noun, nounAt := "", -1
		for n := k + 1; n < len(its) && n <= k+maxClaimedAct; n++ {
			if its[n].actor != nil || its[n].punct {
				break
			}
			if its[n].in(setAttackNoun) {
				noun, nounAt = its[n].fold, n
				break
			}
		}
		// Only a bare claim names the attack stated before: "claimed
		// responsibility", "claimed the attack"; not "the raid on a
		// hideout", "Saturday's bombing", "similar attacks".
		bare := nounAt < 0 || bareClaimNoun(its, k, nounAt, at.hitAt == s.index)
		hit := at.hit
		if s.index-at.hitAt > maxClaimGap || !bare {
			hit = nil
		}
		// A side claims no attack on itself: the attack stated last
		// hit the claimant ("jets struck a camp of the Front ... the
		// Front claimed the bombing of the week before"), so the
		// claim is of another.
		other := slices.Contains(hit, who[0])
		// The attack stated last, however far back, is not the
		// claimant's when it hit the claimant: the claim names it
		// only when it did not.
		mine := !slices.Contains(at.hit, who[0])
		if noun != "" {
			// "X claimed the attack": the noun names the claimant's
			// attack from now on. It is the attack stated last only
			// if the claim is bare and that one has no author yet: a
			// strike in reply may be told before the attack it
			// answers.
			at.stated(noun, who, bare && len(at.last) == 0 && mine)
		} else if mine {
			at.stated("", who, true)
		}
		var next *sentence
		if s.index+1 < len(a.sentences) {
			next = a.sentences[s.index+1]
		}
		if !other && bare && !claimDoubted(s.toks, it.start, next) {
			a.relFacts(s, who, graph.Fights, hit, 0.7, readClaimedAttack)
		}
	}
}

// reportedBefore reports whether a reporting verb comes before toks[end]:
// the name at end is then what someone says, not who speaks.
func reportedBefore(toks []token, end int) bool {
	for j := 0; j < end; j++ {
		if toks[j].is(classReporting) {
			return true
		}
	}
	return false
}

// bareClaimNoun reports whether the attack noun at its[n], claimed by the
// verb at its[k], is bare: only claim-word items ("responsibility for")
// or an own-deed particle between them, the noun singular, and no
// complement after it (claim-complement, target-preposition: "of a
// hotel", "on a hideout"). A plural noun is bare only for an attack its
// own sentence states (here): "jets pounded X's positions, while
// warplanes of Y carried out airstrikes".
func bareClaimNoun(its []item, k, n int, here bool) bool {
	for j := k + 1; j < n; j++ {
		if its[j].actor != nil || !its[j].in(setClaimWord) && !its[j].in(setOwnDeedParticle) {
			return false
		}
	}
	if f := its[n].fold; !here && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") {
		return false
	}
	if n+1 < len(its) && its[n+1].actor == nil && (its[n+1].in(setClaimComplement) || its[n+1].in(setTargetPreposition)) {
		return false
	}
	return true
}

// maxSiteWords bounds the words of a struck site's noun phrase, its noun
// last: "the Kara central detention centre".
const maxSiteWords = 4

// struckSite reports whether its[o] opens the object of an attack's verb
// that is a place or a site: a place's name, or within maxSiteWords words (items
// hold no determiners) a noun of the struck-site set ("villages near the
// border", "a crowded market", "the outskirts of Kara"). A side, a deal, a
// figure, a name the reader does not know ("fired Mensah") or a particle
// ("hit out at") is none. Munitions fired at or into anything ("fired
// missiles at six locations", "fired rockets into the north") are an
// attack whatever their target.
func struckSite(its []item, o int) bool {
	for end := o + maxSiteWords; o < len(its) && o < end; o++ {
		it := &its[o]
		switch {
		case it.actor != nil:
			return it.actor.place()
		case it.in(setStruckSite):
			return true
		case it.in(setMunitionNoun) && o+1 < len(its) && its[o+1].actor == nil && its[o+1].in(setTargetPreposition):
			return true
		case it.punct || it.in(setAgreementNoun):
			return false
		}
	}
	return false
}

// deeds records the authors of the hostile deeds other than attacks a
// sentence states, for a reaction later on that names one by a noun of
// its kind (deed-noun: "the seizure", "the arrests", "the downing"). A
// deed is stated
//
//   - by its verb (deed-verb, a particle-verb only with its own particle:
//     "shot down", not "shot up"; a person-deed-verb only on people,
//     "executed three activists", a craft-deed-verb only on a vessel or
//     aircraft, "boarded a tanker"), whose subject is a state or body as
//     for an attack's author (deedAuthors): "Borduria seized a tanker",
//     "Borduran F-16 jets shot down a drone" (its means or men,
//     deed-agent, between the name and the verb), "militants who
//     abducted two nurses", "the Front
//     stormed the camp and detained its staff" (a verb coordinated with
//     the clause's verb); in the passive, by the actor after "by": "the
//     crew were detained by Borduran police";
//   - by its noun, whose phrase names the author as an attack noun's does
//     (authorOfNoun): "Borduria's seizure of the tanker", "the arrests by
//     the Front".
//
// Each deed verb and noun has its kind (deedKind): "seized" and
// "seizure", "detained" and "the arrests" are one kind, so that the
// reaction names the deed of its kind stated last. A hedged or negated
// clause ("denied it had seized", "may have detained", "allegedly
// seized") states no deed; a hedge in another clause of the sentence
// leaves it stated. A reaction that names a deed no sentence stated names
// no one: not the attack stated last, as an attack noun the article has
// not used does, but for a killing (authorsOf).
func (a *article) deeds(s *sentence, its []item) {
	for v := 1; v < len(its); v++ {
		it := &its[v]
		if it.actor != nil || it.punct {
			continue
		}
		if it.in(setDeedNoun) && !it.in(setDeedVerb) {
			if ac := authorOfNoun(its, v); ac != nil {
				if who := a.attackAuthors(s, ac); len(who) > 0 {
					a.refs.attacks.stated(it.fold, who, false)
				}
			}
			continue
		}
		if !it.in(setDeedVerb) {
			continue
		}
		last := v
		if particle, ok := a.x.words.deedParticles[it.fold]; ok {
			if v+1 >= len(its) || its[v+1].actor != nil || its[v+1].fold != particle {
				continue
			}
			last = v + 1
		}
		if it.in(setPersonDeedVerb) && !deedObject(s.toks, its, v, last, setPersonDeedObject) ||
			it.in(setCraftDeedVerb) && !deedObject(s.toks, its, v, last, setCraftNoun) {
			// "executed the agreement", "boarded trains".
			continue
		}
		subj, first := deedAgent(its, v, last)
		who := a.deedAuthors(s, subj)
		if len(who) == 0 {
			continue
		}
		from, to := min(first, v), max(first, last)
		if a.x.hedged(s, its, binding{s: subj, first: from, last: to}, false, false) {
			// A sentence hedge counts in the deed's clause, not in a
			// subordinate clause after it with its own subject ("shot
			// down the drone after it allegedly entered", hedged).
			continue
		}
		a.refs.attacks.stated(it.fold, who, false)
	}
}

// maxDeedObjectItems bounds the items between a deed's verb and the noun
// of what it is done to: "executed three young Borduran activists".
const maxDeedObjectItems = 5

// deedObject reports whether the object of the deed whose verb is at
// its[v] (its particle at its[last]) is one it takes, a noun of set
// (person-deed-object: a person named, a person noun, a captive too;
// craft-noun), alone or ending an actor ("Ghanaian soldiers"): among the
// items after the verb, or in the passive those before it ("two
// activists were executed"), up to punctuation or a clause's word.
func deedObject(toks []token, its []item, v, last int, set wordSet) bool {
	from, to, step := last+1, last+maxDeedObjectItems, 1
	if passiveAt(its, max(0, v-3), v) {
		from, to, step = v-1, v-maxDeedObjectItems-3, -1
	}
	for k := from; k >= 0 && k < len(its) && (step > 0 && k <= to || step < 0 && k >= to); k += step {
		it := its[k]
		if it.punct || it.actor == nil && (it.in(setRelativePronoun) || it.in(setSubordinator)) {
			return false
		}
		if deedObjectFits(toks, it, set) {
			return true
		}
	}
	return false
}

// deedObjectFits reports whether the item it is an object deedObject
// looks for, of set.
func deedObjectFits(toks []token, it item, set wordSet) bool {
	people := set == setPersonDeedObject
	if it.actor != nil {
		if people && len(it.actor.ents) > 0 && it.actor.ents[0].typ == graph.Person {
			return true
		}
		// "two Ghanaian soldiers", "a Togolese tanker".
		last := &toks[it.end-1]
		return last.in(set) || people && (last.is(classPersonNoun) || last.in(setCaptiveNoun))
	}
	return it.in(set) || people && (it.is(classPersonNoun) || it.in(setCaptiveNoun))
}

// maxDeedAgentWords bounds the words of a side's means or men between its
// name and a deed's verb: "Borduran F-16 fighter jets shot down".
const maxDeedAgentWords = 4

// maxDeedClause bounds the items between the subject of a clause's verb
// and the "and" that coordinates a deed's verb with it.
const maxDeedClause = 12

// deedAgent returns the actor that carries out the deed whose verb is at
// its[v] (its particle, if any, at its[last]), and its index; nil when no
// actor does: in the passive, the actor after "by" ("were detained by
// Borduran police"); else the verb's subject, past auxiliaries and
// adverbs, past the words of its means or men ending in a deed-agent noun
// ("Borduran jets", "the Borduran military"), the name before a relative
// pronoun ("militants who abducted"), or, for a verb coordinated by "and",
// the subject of the verb before it in the clause ("the Front stormed the
// camp and detained its staff").
func deedAgent(its []item, v, last int) (*actor, int) {
	if passiveAt(its, max(0, v-3), v) {
		if b := last + 1; b+1 < len(its) && its[b].fold == "by" && its[b+1].actor != nil {
			return its[b+1].actor, b + 1
		}
		return nil, -1
	}
	j := skipAux(v-1, -1, 3, auxAdverbs|lyAdverbs, auxItemAt(its))
	if j < 0 {
		return nil, -1
	}
	switch {
	case its[j].actor != nil:
		return its[j].actor, j
	case its[j].in(setDeedAgent) || its[j].in(setBandMemberNoun):
		// "Borduran F-16 fighter jets shot down".
		for k := j - 1; k >= 0 && k >= j-maxDeedAgentWords; k-- {
			if its[k].actor != nil {
				return its[k].actor, k
			}
			if its[k].punct || its[k].is(classStopword) || its[k].in(setRelativePronoun) {
				break
			}
		}
	case its[j].in(setRelativePronoun):
		// "militants who abducted".
		if j > 0 && its[j-1].actor != nil {
			return its[j-1].actor, j - 1
		}
	case its[j].fold == "and":
		// "the Front stormed the camp and detained its staff": the
		// subject of the clause's verb before "and".
		for k := j - 1; k >= 0 && k >= j-maxDeedClause; k-- {
			if its[k].punct {
				break
			}
			if its[k].actor == nil {
				continue
			}
			w := skipAux(k+1, 1, 3, auxAdverbs|lyAdverbs, auxItemAt(its))
			if w < j && pastParticiple(its[w]) && !its[w].in(setNotVerb) {
				return its[k].actor, k
			}
		}
	}
	return nil, -1
}
