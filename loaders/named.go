package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// namedActor reads a mention as an actor: "Iranian forces" and "Iran's
// government" are Iran; "Iran's Supreme National Security Council" is the
// council, part of Iran; "Ali Shamkhani, secretary of the Supreme National
// Security Council," is Shamkhani, with his role.
func (a *article) namedActor(s *sentence, i int) (*actor, int) {
	m := mentionAt(s, i)
	if m == nil {
		return nil, 0
	}
	toks := s.toks
	w := a.x.words
	ac := &actor{start: i, end: m.end, ents: []*entry{m.entry}}
	next := m.end
	if m.possessive {
		next++
	}
	switch {
	case m.kind == aliasDemonym:
		if n := w.has(classGroupNoun, toks, m.end); n > 0 && !bodyLonger(s, m.end, n) {
			ac.end = m.end + n
		} else if m2 := mentionAt(s, m.end); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			if !a.nonStateBody(toks, m2) {
				a.partOf(s, m2.entry, m.entry, 0.8, readOwnedName)
			}
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		} else if m2, end := a.x.describedBody(s, m.end); m2 != nil {
			// "the Lebanese group Hezbollah".
			if m.entry.typ == graph.Country && stateWordBetween(toks, m.end, m2.start) {
				// "the Iranian state news agency IRNA": "state" says
				// whose; a demonym alone may name a people, not a state.
				a.partOf(s, m2.entry, m.entry, 0.7, readOwnedName)
			}
			ac.ents, ac.end = []*entry{m2.entry}, end
		} else if !nominalDemonym(toks, i, m.end) {
			ac.adjective = true
		}
	case m.possessive && m.entry.typ != graph.Person:
		if m2 := mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Person {
			// "Iran's Hassan Rowhani" is Rowhani, and, as the catalog
			// knows, Iran's president: the office is memory, not text.
			for _, r := range m2.entry.roles {
				if r.object == m.entry.name && m.entry.typ == graph.Country {
					a.memoryRoleFact(s, m2.entry, r.predicate, m.entry, "", readOwnedName)
				}
			}
			ac, end := a.namedActor(s, next)
			ac.start = i
			return ac, end
		}
		if n := w.has(classGroupNoun, toks, next); n > 0 && !bodyLonger(s, next, n) && !toks[next].in(setAllyPlural) {
			// "Iran's forces" are Iran, but "Togo's partners" are
			// others, named by the relation (see partnershipRead).
			ac.end = next + n
		} else if m2 := mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			if !a.nonStateBody(toks, m2) {
				a.partOf(s, m2.entry, m.entry, 0.8, readOwnedName)
			}
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		} else if m2, end := a.x.describedBody(s, next); m2 != nil {
			// "Iran's state news agency IRNA".
			a.partOf(s, m2.entry, m.entry, 0.7, readOwnedName)
			ac.ents, ac.end = []*entry{m2.entry}, end
		} else if m2 := ownBodyAfterAdjectives(s, next, m.entry); m2 != nil {
			// "Iraq's autonomous Kurdistan Region".
			a.partOf(s, m2.entry, m.entry, 0.8, readOwnedName)
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		}
	}
	if m.possessive && ac.end == m.end {
		ac.possessive = true
	}
	if i > 0 && toks[i].hyphen && toks[i-1].is(classModifierPrefix) {
		// "anti-Assad rebels": Assad is no actor here.
		ac.adjective, ac.modifier = true, true
	}
	if m.kind == aliasDemonym && madeByDemonym(w, toks, i, m.end) {
		// "its Russian warplanes", "Pakistan's Chinese warships": the
		// owner acts with kit the demonym says where was made; "Syrian
		// or Russian jets" are no one's for sure.
		ac.adjective, ac.modifier = true, true
	}
	if m.kind == aliasDemonym && i > 0 && toks[i-1].in(setPrivateService) && w.has(classGroupNoun, toks, m.end) > 0 {
		// "retired Russian paratroopers", "ex-Russian servicemen": men
		// on their own account, not the state acting.
		ac.adjective, ac.modifier = true, true
	}
	if backedDemonym(toks, i) && (m.kind == aliasDemonym || forcesByDemonym(w, toks, i, m.end)) || backerGlued(toks, ac.end) && forcesByDemonym(w, toks, ac.end+1, -1) {
		// "Turkish-backed Syrian units attacked": the backer's clients,
		// named by where they come from, are no state's forces, and the
		// backer is not the one who attacked.
		ac.adjective, ac.modifier = true, true
	}
	if ac.ents[0].typ == graph.Country && (locativeBefore(toks, i) && !compassTarget(toks, i, m) || gatheringPlace(toks, i, m) || attackPlace(toks, i, m) || visitedFor(toks, i, m)) && !backerGlued(toks, ac.end) {
		ac.locative = true
	}
	if e := m.entry; e.typ == graph.Organization && e.country != "" {
		// "Security Council of the Russian Federation": the name says whose.
		for k := m.start + 1; k+1 < m.end; k++ {
			if toks[k].fold != "of" {
				continue
			}
			j := k + 1
			if toks[j].fold == "the" {
				j++
			}
			if j < m.end {
				if m2, ok := a.catalogMention(toks, j, nil); ok && m2.end == m.end && m2.entry.typ == graph.Country && m2.entry.name == e.country {
					a.partOf(s, e, m2.entry, 0.8, readOwnedName)
				}
			}
			break
		}
		if j := m.end + 1; !m.possessive && ac.end == m.end && j < len(toks) && toks[m.end].fold == "of" {
			// "the Federal Security Service of the Russian Federation".
			if toks[j].fold == "the" {
				j++
			}
			if m2 := mentionAt(s, j); m2 != nil && m2.entry.typ == graph.Country && m2.entry.name == e.country && !m2.possessive {
				a.partOf(s, e, m2.entry, 0.8, readOwnedName)
				ac.end = m2.end
			}
		}
	}
	if e := ac.ents[0]; e.typ == graph.Organization && !m.possessive && ac.end == m.end && ac.end+1 < len(toks) && toks[ac.end].fold == "of" {
		// "the Quds Force of the IRGC, headed by ...": the body, part of
		// its owner, is the actor.
		j := ac.end + 1
		if toks[j].is(classDeterminer) && j+1 < len(toks) {
			j++
		}
		qs, end := a.roster.qualifiers(s, j)
		if n := len(qs); n > 0 && !qs[n-1].possessive && a.x.owns(qs[n-1].entry, e) {
			a.partOfChain(s, qs)
			a.partOf(s, e, qs[n-1].entry, 0.8, readOwnedName)
			ac.end = end
		}
	}
	if ac.ents[0].typ == graph.Organization && !ac.adjective && ac.end < len(toks) && !toks[ac.end].cap {
		// "the Lebanese Hezbollah terror group".
		if n := w.has(classDescriptor, toks, ac.end); n > 0 {
			ac.end += n
		}
	}
	if j := fightersAfterName(toks, ac); j > ac.end {
		// "between Somali government forces and al-Shabaab fighters":
		// a side's fighters named by its name are the side, as "Iran's
		// forces" and "Iranian forces" are.
		ac.end = j
	}
	if t := ac.ents[0].typ; t == graph.Organization || t == graph.Country {
		if !ac.possessive && ac.end == m.end && ac.end < len(toks) && toks[ac.end].in(setOutsiderPlural) {
			// "UN experts accused Chad": the people act, the name only
			// says whose panel it is, as a state's adjective would.
			ac.adjective = true
			return ac, ac.end
		}
		ac.end = a.bodyAppositive(s, ac.ents[0], ac.end)
	}
	if m.entry.typ == graph.Person {
		ac.end = a.appositiveRole(s, m.entry, ac.end, "")
	}
	return ac, ac.end
}

// fightersAfterName returns the end of a plural noun of fighters right
// after the name of a state or body read as ac, "forces" of "Somali
// government forces", "fighters" of "al-Shabaab fighters": the fighters
// stand for the side named, as the demonym's and the possessive's group
// nouns do (namedActor), also after them ("Somali government forces").
// It returns ac.end when there is none: after a bare demonym, a
// possessive or a person; before "of" or "from", which name
// another side ("Hezbollah fighters from Syria" are Hezbollah's, read by
// memberOfAt); or before a name or a hyphen that goes on.
func fightersAfterName(toks []token, ac *actor) int {
	j := ac.end
	if ac.possessive || ac.adjective || j >= len(toks) {
		return ac.end
	}
	if t := ac.ents[0].typ; t != graph.Organization && t != graph.Country {
		return ac.end
	}
	n := toks[j]
	if !n.word || n.cap || n.hyphen || !(n.in(setTroopNoun) || n.in(setMemberNoun)) || n.in(setOutsiderPlural) || !strings.HasSuffix(n.fold, "s") && n.fold != "militiamen" && n.fold != "gunmen" {
		return ac.end
	}
	if k := j + 1; k < len(toks) && (toks[k].fold == "of" || toks[k].fold == "from" || toks[k].word && toks[k].cap || toks[k].hyphen) {
		return ac.end
	}
	return j + 1
}

// ownBodyAfterAdjectives returns the mention of a body of owner's after
// one or two lower-case words at toks[i], "autonomous" of "Iraq's
// autonomous Kurdistan Region": a body the catalog says is the owner's,
// so that "Lebanon's powerful Hezbollah" stays no body of Lebanon's.
func ownBodyAfterAdjectives(s *sentence, i int, owner *entry) *mention {
	toks := s.toks
	for k := i; k < i+2 && k < len(toks) && toks[k].word && !toks[k].cap && !toks[k].hyphen && mentionAt(s, k) == nil; k++ {
		if m := mentionAt(s, k+1); m != nil {
			if m.entry.typ == graph.Organization && m.entry.country == owner.name && owner.typ == graph.Country {
				return m
			}
			return nil
		}
	}
	return nil
}

// bodyLonger reports whether a body's mention at toks[i] runs beyond the
// group noun of n words there: "Myanmar's military junta" is the junta,
// not the state's "military".
func bodyLonger(s *sentence, i, n int) bool {
	m := mentionAt(s, i)
	return m != nil && m.entry.typ == graph.Organization && m.end > i+n
}

// whoseActor reads ", whose country", ", whose government", ", whose
// forces" right after an actor: a person's state, or the state or body
// itself. "Nebenzia, whose country is the main backer of Damascus" makes
// Russia, not Nebenzia, the backer.
func (a *article) whoseActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if toks[i].fold != "whose" || i < 2 || toks[i-1].fold != "," || len(s.actors) == 0 {
		return nil, 0
	}
	n := a.x.words.has(classGroupNoun, toks, i+1)
	if n == 0 && i+1 < len(toks) && (toks[i+1].in(setWhoseStateNoun) || toks[i+1].in(setWhoseBodyNoun)) {
		n = 1
	}
	if n == 0 {
		return nil, 0
	}
	prev := s.actors[len(s.actors)-1]
	if len(prev.ents) != 1 || prev.end < i-1 || prev.end > i {
		return nil, 0
	}
	e := prev.ents[0]
	if e.typ == graph.Person && toks[i+1].in(setWhoseBodyNoun) {
		// "Nasrallah, whose movement ...": the body the person heads.
		e = a.roster.headedBody(e)
	} else if e.typ == graph.Person {
		e = a.roster.countryOf(e)
	}
	if e == nil || (e.typ != graph.Country && e.typ != graph.Organization) {
		return nil, 0
	}
	return &actor{start: i, end: i + 1 + n, ents: []*entry{e}}, i + 1 + n
}

// readWhoseBody reads "X, whose Vantar Front holds the port": the person
// heads the body the relative names as his own.
const readWhoseBody = "reading whose-body"

// whoseNamedBody records that the person before ", whose" at toks[i]
// heads the named body right after it: "Khalifa Haftar, whose Libyan
// National Army controls the east". Only a body's proper name counts: a
// state ("whose Russia") or a common noun ("whose forces") says nothing
// of an office, and a title after the name ("whose Front's leader") makes
// the body another's.
func (a *article) whoseNamedBody(s *sentence) {
	toks := s.toks
	for _, prev := range s.actors {
		i := prev.end + 1
		if i+1 >= len(toks) || toks[i-1].fold != "," || toks[i].fold != "whose" || len(prev.ents) != 1 || prev.ents[0].typ != graph.Person {
			continue
		}
		// "whose Libyan National Army": the body's name, not the state
		// its adjective names.
		b := i + 1
		if c := mentionAt(s, b); c != nil && c.entry.typ == graph.Country && !c.possessive {
			b = c.end
		}
		var m *mention
		for k := range s.mentions {
			if n := &s.mentions[k]; n.start == b && n.entry.typ == graph.Organization && (m == nil || n.end > m.end) {
				m = n
			}
		}
		if m == nil || m.possessive || !toks[i+1].cap {
			continue
		}
		if m.end < len(toks) && toks[m.end].fold == "," {
			// "whose Front, a rebel group,": an aside may make the body
			// another's; a verb right after the name only.
			continue
		}
		a.roleFact(s, prev.ents[0], graph.HeadOf, m.entry, 0.8, "", readWhoseBody)
	}
}

// readPossessorsBody reads "X's Tarvolah Front": the person heads the
// body named as his own.
const readPossessorsBody = "reading possessors-body"

// possessorsBodies reads a person's possessive right before the proper
// name of a body that belongs to no state: reports tell parties, factions
// and rival governments apart by their leaders, "Tovan Amari's Borduria
// Front", "Amari's ruling Union Party (UP)", "Amari's self-styled Army of
// the East". Words of the owned-body-adjective set may stand between
// ("ruling", "self-styled"). The person heads the body. The possessor is
// a person the article knows, or two or three capitalised words the
// lexicon does not know (possessorStart), which name a person met here
// first: "Xandor Volkal's Tarvolah Front". It reads only the body's own
// name: a common noun ("Amari's party", "Amari's government", "Amari's
// visit") names none; a state ("Amari's Ruritania"), a body the catalog
// gives a state ("Amari's Defence Ministry"), an international body and a
// body that is itself a possessor ("Amari's Front's leader") are not his
// to head. A question states nothing. Cheap test: a body's name after
// "'s".
func (a *article) possessorsBodies(s *sentence) {
	if s.question {
		return
	}
	toks := s.toks
	for k := 0; k < len(s.mentions); k++ {
		m := s.mentions[k]
		if m.start < 2 || !ownBody(m) || m.kind != aliasName || m.entry.country != "" || m.entry.international || !toks[m.start].cap {
			continue
		}
		pm, r, ok := personPossessor(s, m.start)
		if !ok {
			continue
		}
		if n := mentionAt(s, m.start); n != nil && n.end > m.end {
			// A longer name starts here.
			continue
		}
		if anyIn(toks[m.start:m.end], setStateOfficeHead) {
			// "Biden's Department of Justice", "X's Oval Office": a
			// state's office, which its leader runs as head of state,
			// not as the head of a body of his own.
			continue
		}
		var owner *entry
		if pm != nil {
			if pm.entry.typ == graph.Person && !pm.memory {
				owner = pm.entry
			}
		} else if r >= 0 {
			owner, _ = a.personAt(s, r)
		}
		if owner != nil {
			a.roleFact(s, owner, graph.HeadOf, m.entry, 0.75, "", readPossessorsBody)
		}
	}
}

// personPossessor reads the possessive before toks[i] of s, past the
// words of owned-body-adjective ("Tovan Amari's ruling Front"): the
// mention that ends at its "'s" when there is one (pm; the caller tells
// whether it names a person), else the start of an unknown person's name
// there (possessorStart; -1 when none). ok is false when no possessive
// stands there. Discovery (personOwnerBefore) and the head-of reading
// (possessorsBodies) read the owner through it.
func personPossessor(s *sentence, i int) (pm *mention, start int, ok bool) {
	p := ownedBodyAdjectivesStart(s.toks, i) - 1
	if p < 1 || s.toks[p].fold != "'s" {
		return nil, -1, false
	}
	if pm := mentionEndingAt(s.mentions, p); pm != nil {
		return pm, -1, true
	}
	return nil, possessorStart(s, p), true
}

// ownedBodyAdjectivesStart returns the start of the words of the
// owned-body-adjective set right before toks[i] ("ruling", "self-styled"),
// at most three tokens; i when there are none.
func ownedBodyAdjectivesStart(toks []token, i int) int {
	p := i
	for p > 1 && i-p < 3 && toks[p-1].word && !toks[p-1].cap && (toks[p-1].in(setOwnedAdjective) || toks[p-1].hyphen && toks[p-2].in(setOwnedAdjective)) {
		p--
	}
	return p
}

// possessorStart returns the start of a name of two or three words that
// ends at toks[p], a possessive's "'s", or -1: "Xandor Volkal's", "Ahmed
// Volkal's". Its words are capitalised and unknown to the lexicon but as
// given names (name particles after the first), none covered by a
// mention, in capitals or a body's head. The name must open its phrase: a
// capitalised word the lexicon does not know before it makes it the end
// of a longer name.
func possessorStart(s *sentence, p int) int {
	toks := s.toks
	r := p
	for r > 0 && p-r < 3 {
		t := toks[r-1]
		if !t.word || coveredAt(s, r-1) || t.upper || t.is(classOrgHead) {
			break
		}
		if !t.cap {
			if !t.is(classNameParticle) || r == p {
				break
			}
		} else if t.info != nil && !t.info.givenOnly && !givenNameOnlyClass(t) {
			break
		}
		r--
	}
	for r < p && !toks[r].cap {
		r++
	}
	if p-r < 2 || r > 0 && toks[r-1].word && toks[r-1].cap && toks[r-1].info == nil && !coveredAt(s, r-1) {
		return -1
	}
	return r
}

// attackRef returns the length of "the attack", "the Israeli strike",
// "it" or "them" right after a verb of condemnation at toks[i], or 0. A
// pronoun counts only when it stands for an attack noun (see
// attackAntecedent); a noun going on to say whose or what attack ("the
// attack on", "the attack by") is left to the patterns.
func (a *article) attackRef(s *sentence, i int) int {
	toks := s.toks
	if i == 0 || !toks[i-1].in(setCondemnVerb) {
		return 0
	}
	if f := toks[i].fold; f == "it" || f == "them" {
		if n, _ := a.attackAntecedent(s, i); n != "" {
			return 1
		}
		return 0
	}
	switch toks[i].fold {
	case "the", "this", "that", "these", "those":
	default:
		return 0
	}
	j := i + 1
	if j < len(toks) && !toks[j].in(setAttackNoun) && !toks[j].in(setDeedNoun) && !toks[j].cap && toks[j].word && toks[j].in(setAttackAdjective) {
		j++
	}
	if j >= len(toks) || !toks[j].in(setAttackNoun) && !toks[j].in(setDeedNoun) {
		// "condemned the seizure": a hostile deed stated before is
		// named as an attack is (deeds in events.go).
		return 0
	}
	if k := j + 1; k < len(toks) {
		switch {
		case toks[k].fold == "on":
			// "the attack on Monday" is the attack; "the attack on a
			// convoy" another.
			if k+1 < len(toks) && (toks[k+1].in(setWeekday) || isMonth(toks[k+1])) {
				break
			}
			return 0
		case toks[k].in(setAttackSpecifier):
			return 0
		}
	}
	return j + 1 - i
}

// attackAntecedent returns the attack noun that the pronoun "it" or "them"
// at s.toks[i] stands for, or "", and its index in s.toks, or -1 when it
// is not in s: the last attack noun before the pronoun in the sentence
// ("called the strike dangerous and condemned it", "condemned the
// strikes, and Ghana also denounced them"), else the last one of the
// sentence before ("X condemned the strikes. Togo and Benin also condemned
// them."). The noun must agree with the pronoun, "it" with a singular one
// and "them" with a plural one; in its own sentence "it" may stand for
// any.
func (a *article) attackAntecedent(s *sentence, i int) (string, int) {
	pronoun := s.toks[i].fold
	if k := pronounAttack(s.toks[:i], pronoun, pronoun == "it"); k >= 0 {
		return s.toks[k].fold, k
	}
	if s.index > 0 && s.index <= len(a.sentences) {
		prev := a.sentences[s.index-1].toks
		if k := pronounAttack(prev, pronoun, false); k >= 0 {
			return prev[k].fold, -1
		}
	}
	return "", -1
}

// attackOwner returns the actor among actors (those of s before a
// reference) that says whose the attack noun at s.toks[at] is, or nil: one
// that takes the noun in ("Ghanaian air strikes"), or an adjective or a
// possessive right before it, past adjectives of an attack ("the Israeli
// strikes", "Ghana's air campaign"), or one after "by" ("the strikes by
// Ghana").
func attackOwner(s *sentence, actors []*actor, at int) *actor {
	if at < 0 {
		return nil
	}
	for x := len(actors) - 1; x >= 0; x-- {
		ac := actors[x]
		if by := at + 1; by < len(s.toks) && s.toks[by].fold == "by" && (ac.start == by+1 || ac.start == by+2 && s.toks[by+1].is(classDeterminer)) {
			return ac
		}
		if ac.end == at+1 {
			return ac
		}
		if ac.end > at {
			continue
		}
		j := ac.end
		for j < at && (s.toks[j].fold == "'s" || s.toks[j].in(setEventAdjective)) {
			j++
		}
		if j == at && (ac.adjective || ac.possessive) {
			return ac
		}
		return nil
	}
	return nil
}

// pronounAttack returns the index of the last attack noun in toks that the
// pronoun "it" or "them" may stand for, or -1: a plural noun for "them", a
// singular one for "it" unless any is taken.
func pronounAttack(toks []token, pronoun string, any bool) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if !toks[k].in(setAttackNoun) {
			continue
		}
		f := toks[k].fold
		plural := attackKey(f) != strings.TrimPrefix(f, "air")
		if any || plural == (pronoun == "them") {
			return k
		}
	}
	return -1
}

func isMonth(t token) bool {
	_, ok := month(t.text)
	return ok && t.cap
}

// possessiveRef reads "'s" after a reference to states: "the two
// countries' forces" are the states, "the two countries' foreign
// ministers" their officials, a possessive.
func (x *Extractor) possessiveRef(s *sentence, ac *actor) (*actor, int) {
	toks := s.toks
	if ac.end >= len(toks) || toks[ac.end].fold != "'s" {
		return ac, ac.end
	}
	if n := x.words.has(classGroupNoun, toks, ac.end+1); n > 0 {
		ac.end += 1 + n
		return ac, ac.end
	}
	if t, n := matchTitle(toks, ac.end+1); n > 0 && t.predicate != "" || x.words.has(classPersonNoun, toks, ac.end+1) > 0 {
		// Their ministers, their leaders: people, not the states.
		ac.possessive = true
	}
	return ac, ac.end
}

// verbBetween reports whether toks[i:j] holds a past tense, so that "its
// fighters helped Syrian troops" does not make the troops its own.
func verbBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if f := toks[k].fold; !toks[k].hyphen && (strings.HasSuffix(f, "ed") || toks[k].in(setIrregularPast)) {
			return true
		}
	}
	return false
}

// prepositionBetween reports whether toks[i:j] hold a preposition: "its
// war against X" ends the phrase "its" opens before the name, which is
// then none of its bodies.
func prepositionBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].word && !toks[k].cap && isPreposition(toks[k].fold) {
			return true
		}
	}
	return false
}

// nonStateBody reports whether a body the article discovered, named after
// a state's adjective or possessive, is no organ of that state by its own
// name: a word of a movement or a rights group ("the Syrian Democratic
// Forces", "the Kivuan National Coalition") or a purpose after "for" ("the
// Syrian Observatory for Human Rights"), where a ministry or an army has
// none; or by the noun of an armed group after it ("Peru's Tarvol
// militia").
func (a *article) nonStateBody(toks []token, m *mention) bool {
	if _, catalogued := a.x.catalog.byName[m.entry.name]; catalogued {
		return false
	}
	if a.refs.nonState[m.entry] {
		return true
	}
	for k := m.start; k < m.end; k++ {
		if toks[k].in(setNonStateWord) || toks[k].fold == "for" {
			return true
		}
	}
	// "Yemen's Zaidi rebels", "the Kivuan Tarvol militia": a noun of an
	// armed group or its fighters after the name says it is the state's
	// only by where it fights, never one of its organs.
	return m.end < len(toks) && groupNounToken(toks[m.end])
}

// stateWordBetween reports whether "state" stands among toks[i:j], the
// words that describe a body after a state's adjective: "the Iranian state
// news agency IRNA", "the Russian state-run broadcaster".
func stateWordBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].fold == "state" {
			return true
		}
	}
	return false
}

// gatheringPlace reports whether the state mention m at toks[i] names
// where a gathering met, by its name or capital before the gathering's
// noun: "condemned the Brussels meeting", "last week's Lima summit". The
// state is no party to what the clause says of the gathering; a
// determiner or possessive before it keeps "Moscow talks to Kyiv" a verb.
func gatheringPlace(toks []token, i int, m *mention) bool {
	if i == 0 || m.possessive || m.kind == aliasDemonym || m.end >= len(toks) || !toks[m.end].in(setGatheringNoun) {
		return false
	}
	switch p := toks[i-1]; p.fold {
	case "the", "a", "an", "this", "that", "'s", "'", "last", "next", "upcoming", "planned", "recent":
		return true
	}
	return false
}

// visitedFor reports whether the state mention m at toks[i] names where a
// visit went, as the object of a verb of visiting (visited-verb) with a
// contact noun as its purpose after "for": "visited Lome for talks with
// X", "is visiting Moscow for a meeting of ...". The state is the place of
// the talks, not a side of them; the visitor is.
func visitedFor(toks []token, i int, m *mention) bool {
	if i == 0 || m.possessive || m.kind == aliasDemonym || !toks[i-1].in(setVisitedVerb) {
		return false
	}
	j := m.end
	if j+1 >= len(toks) || toks[j].fold != "for" {
		return false
	}
	j++
	if toks[j].is(classDeterminer) && j+1 < len(toks) {
		j++
	}
	return toks[j].in(setContactHead)
}

// attackPlace reports whether the state or capital named at toks[i] is
// where an attack happened, by its name before an attack's noun after a
// determiner: "blamed the Jordan attack on X", "condemned the Kuvar
// strike". A demonym ("the Ruritanian strike") or an acronym used as one
// ("the US strikes") names who attacked, and a possessive whose attack it
// is; neither is read so. A name with its target after the noun reads as
// the place too ("the Jordan attack on US troops"): "the Iran strikes on
// Israel", where it is the attacker, is the rarer shape, and a demonym
// says it.
func attackPlace(toks []token, i int, m *mention) bool {
	if i == 0 || m.possessive || m.kind == aliasDemonym || m.end >= len(toks) || !toks[m.end].word || toks[m.end].cap || !toks[m.end].in(setAttackNoun) {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if toks[k].upper {
			return false
		}
	}
	p := toks[i-1].fold
	return p == "the" || p == "a" || p == "this" || p == "that" || p == "last"
}

// compassTarget reports whether the state named at toks[i] after a compass
// word ("northern Israel"), which makes it a region and so a place, is
// rather the target of an attack: the compass word follows a target
// preposition or a verb of attacking a place, and the name ends its noun
// phrase. "Fired rockets at northern Israel on Monday" and "shelled eastern
// Ukraine" name the state attacked; "struck targets in northern Iraq" and
// "fighting on the southern Tripoli frontlines" a place.
func compassTarget(toks []token, i int, m *mention) bool {
	j := i - 1
	if j > 0 && toks[j].fold == "the" {
		j--
	}
	if j < 1 || !toks[j].in(setCompassWord) || toks[j].cap || m.possessive || m.kind == aliasDemonym {
		return false
	}
	k := j - 1
	if k > 0 && toks[k].fold == "the" {
		k--
	}
	switch {
	case toks[k].in(setStrikeVerb):
		// "shelled eastern Ukraine".
	case toks[k].in(setTargetPreposition):
		// "fired rockets at northern Israel", "an offensive against
		// northern Syria": an attack is named before the preposition;
		// "sanctions on northern Syria", "arrived at southern Iraq" name
		// none.
		if !attackBefore(toks, k) {
			return false
		}
	default:
		return false
	}
	if m.end >= len(toks) {
		return true
	}
	t := &toks[m.end]
	return !t.word && t.fold != "-" && t.fold != "'s" || !t.cap && (t.is(classStopword) || t.is(classLocative) || t.is(classCoordinator) || t.is(classRelative) || t.in(setFilePreposition) || t.in(setPhraseEnd))
}

// attackBefore reports whether one of the few words before toks[k] names
// an attack: a verb of striking, a noun of an attack or a munition ("fired
// rockets at", "launched strikes on", "an offensive against").
func attackBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if !t.word || t.cap {
			return false
		}
		if t.in(setStrikeVerb) || t.in(setAttackNoun) || t.in(setMunitionNoun) {
			return true
		}
	}
	return false
}

// nominalDemonym reports whether the demonym toks[i:end] is a noun, the
// people it names and so their state, rather than an adjective: one that is
// its own plural (-ch, -sh, -ese, -ss), after "the" and before no head, where a word that opens no noun phrase (a preposition,
// a relative, punctuation) or nothing follows: "fought alongside the French
// in 2013", "talks with the Chinese, who", but not "the French army", "the
// French President", "the French-backed force" or "the Saudi and Qatari
// embassies".
func nominalDemonym(toks []token, i, end int) bool {
	if i == 0 || toks[i-1].fold != "the" {
		return false
	}
	// Only a demonym that is its own plural names a people: "the French",
	// "the Chinese", "the Swiss"; "the Ghanaian" is one person.
	if w := toks[end-1].fold; !strings.HasSuffix(w, "ch") && !strings.HasSuffix(w, "sh") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ss") {
		return false
	}
	if end >= len(toks) {
		return true
	}
	t := &toks[end]
	if !t.word {
		return t.fold != "-" && t.fold != "'s" && t.fold != "'"
	}
	// "the Saudi and Qatari embassies": a coordinator may join another
	// adjective to the head.
	return !t.cap && !t.hyphen && !t.is(classCoordinator) && (t.is(classStopword) || t.is(classLocative) || t.is(classRelative) || t.in(setFilePreposition))
}

// backedDemonym reports whether the demonym at toks[i] follows a name
// glued by a hyphen to a participle of backing or alignment,
// "Turkish-backed" of "Turkish-backed Syrian units", "Iran-aligned" of
// "Iran-aligned Iraqi forces".
func backedDemonym(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	p := toks[i-1]
	return p.hyphen && (p.in(setBackingParticiple) || p.in(setAligningParticiple)) && toks[i-2].word && toks[i-2].cap
}

// madeByDemonym reports whether the demonym at toks[i:end] comes before a
// weapon or a noun of forces after a possessive ("its Russian jets",
// "Pakistan's Chinese warships") or after another demonym and "or"
// ("Syrian or Russian jets"), where it names no one acting; "their
// Somali partners" are others, named by the relation.
func madeByDemonym(w *wordClasses, toks []token, i, end int) bool {
	if i == 0 || end >= len(toks) || !(toks[end].in(setWeaponNoun) || w.has(classGroupNoun, toks, end) > 0 && !toks[end].in(setAllyPlural) && !toks[end].in(setRelationNoun)) {
		return false
	}
	p := toks[i-1]
	switch {
	case p.in(setOwnerPronoun) || p.fold == "'s" || p.fold == "'":
		return true
	case p.fold == "or" && i > 1:
		return stateAdjective(toks[i-2])
	}
	return false
}

// forcesByDemonym reports whether toks[i] is a state's adjective followed
// by a noun of its forces, "Syrian units", ending at end unless end < 0.
func forcesByDemonym(w *wordClasses, toks []token, i, end int) bool {
	if i >= len(toks) || !stateAdjective(toks[i]) {
		return false
	}
	n := w.has(classGroupNoun, toks, i+1)
	return n > 0 && (end < 0 || i+1+n == end)
}

// backerGlued reports whether a participle of backing is glued by a hyphen
// to the name ending before toks[end]: "in the US-backed group's
// territory" names the group's backer, no place, whatever preposition
// comes before it.
func backerGlued(toks []token, end int) bool {
	return end < len(toks) && toks[end].hyphen && toks[end].in(setBackingParticiple)
}
