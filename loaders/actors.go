package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// refKind says how an actor that is not a name finds its entities.
type refKind int

const (
	refNone        refKind = iota
	refOffice              // "the Iranian President": the office's holder
	refPerson              // "he": a person named before
	refPossPerson          // "his forces": a person named before
	refPossBody            // "its armed forces": a state or body named before
	refPairCountry         // "both countries": the last two states
	refPairPerson          // "the two leaders": the last two people
	refPairParty           // "the two sides": the last two people or states
	refGroup               // "the three countries", "the guarantors": the last group named
	refStatePerson         // "the Iranian official", "his Russian counterpart": a person of a state
	refBodySubject         // "Israel said it struck ...": the body named before in the sentence
	refSpeaker             // "we", "our forces" in a quotation: the speaker's state or body
	refAttacker            // "condemned the attack": the agent of the last attack stated
)

// actor is a span of a sentence that can take part in a relation: a name
// with its title, a state's forces, an office, a pronoun.
type actor struct {
	start, end int
	ents       []*entry
	// adjective marks a bare demonym ("Russian air support" aside): it may
	// only fill a slot that allows adjectives.
	adjective bool
	ref       refKind
	office    office
	// inferred marks entities found through a pronoun or an office; their
	// facts are less certain.
	inferred bool
	// possessive marks a name followed by "'s" and something that is not
	// the entity itself: "Iran's influence".
	possessive bool
	// locative marks a state named as a place: "fighting in Syria".
	locative bool
	// modifier marks a name inside a modifier, "anti-Assad", which
	// patterns do not see.
	modifier bool
	// count is the size of the group a refGroup names, 0 for any;
	// state is the state of a refStatePerson.
	count int
	state *entry
	// offices is the office of a plural title, "the presidents of Iran
	// and Russia": the actor's states stand for their holders in contacts.
	offices graph.Predicate
	// states are the states of a refStatePerson naming one person of
	// each: "his Iranian and Turkish counterparts".
	states []*entry
	// relNoun marks "its" of "Tehran is its main backer": the owner is
	// named before the subject, which is not its own backer.
	relNoun bool
}

// place reports whether the actor is a place rather than an actor:
// "Palmyra", or a state in "in Syria".
func (ac *actor) place() bool {
	return ac.locative || (len(ac.ents) == 1 && ac.ents[0].typ == graph.Place)
}

// owns reports whether body may belong to owner: the catalog agrees, or
// the article discovered the body.
func (a *article) owns(owner, body *entry) bool {
	if body.typ != graph.Organization || body == owner || !isBody(owner) {
		return false
	}
	if _, catalogued := a.x.catalog.byName[body.name]; !catalogued {
		return true
	}
	if owner.typ == graph.Organization && body.country == "" && owner.country == "" && !body.common && !owner.common {
		// "The Southern Front of the Free Syrian Army", "the FSA's
		// Fastaqim Union": a body of no state within another.
		return true
	}
	return body.country != "" && (body.country == owner.name || (owner.typ == graph.Organization && body.country == owner.country))
}

// partOf states that body belongs to owner when the catalog agrees, or
// when the article discovered the body: "Iran's National Security
// Council", but not "Lebanon's Hezbollah", which is no state body.
func (a *article) partOf(s *sentence, body, owner *entry, conf float64) {
	if !a.owns(owner, body) {
		return
	}
	a.roleFact(s, body, graph.PartOf, owner, conf)
}

// describedBody reads "group Hezbollah", "state news agency IRNA" at
// toks[i]: up to two words, a descriptor and a body's name. It returns the
// body's mention and the end.
func (a *article) describedBody(s *sentence, i int) (*mention, int) {
	toks := s.toks
	for k := i; k < i+3 && k < len(toks) && toks[k].word && !toks[k].cap; k++ {
		if n := a.x.words.has(classDescriptor, toks, k); n > 0 {
			if m := a.mentionAt(s, k+n); m != nil && m.entry.typ == graph.Organization {
				return m, m.end
			}
		}
	}
	return nil, 0
}

// locativeBefore reports whether the name at toks[i] follows a locative
// preposition: "in Syria", "across the Middle East".
func (a *article) locativeBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].fold == "the" {
		j--
	}
	if j >= 0 && toks[j].fold == "to" {
		// "deployed forces to Syria", but "support to Syria".
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if toks[k].is(classMotion) {
				return true
			}
		}
		return false
	}
	return j >= 0 && toks[j].is(classLocative)
}

// backingWords, glued to a name by a hyphen, state support: "US-backed".
var backingWords = map[string]bool{
	"backed": true, "supported": true, "sponsored": true, "funded": true, "armed": true, "trained": true,
}

// bodyParts are the nouns of an appositive that makes a body part of
// another: ", the overseas arm of the Revolutionary Guards,".
var bodyParts = map[string]bool{
	"arm": true, "wing": true, "branch": true, "unit": true, "division": true, "department": true,
}

// bodyAppositive reads an appositive describing a state or a body,
// ", a Pakistani militia," or ", a member of NATO," (stating the
// membership), and returns its end, or end when there is none.
func (a *article) bodyAppositive(s *sentence, body *entry, end int) int {
	toks := s.toks
	if end+1 >= len(toks) || toks[end].fold != "," || !(toks[end+1].fold == "a" || toks[end+1].fold == "an" || toks[end+1].fold == "the") {
		return end
	}
	// ", the overseas arm of Iran's Revolutionary Guards,".
	for k := end + 2; k < len(toks) && k < end+5 && toks[k].word && !toks[k].cap; k++ {
		if !bodyParts[toks[k].fold] || k+1 >= len(toks) || toks[k+1].fold != "of" {
			continue
		}
		j := k + 2
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		qs, j := a.qualifiers(s, j)
		if len(qs) > 0 && !qs[len(qs)-1].possessive {
			j = skipParen(toks, j) // "(IRGC)"
		}
		if len(qs) > 0 && !qs[len(qs)-1].possessive && closesAppositive(toks, j) && body.typ == graph.Organization {
			a.partOfChain(s, qs)
			if owner := qs[len(qs)-1].entry; owner.typ == graph.Organization && owner != body {
				a.roleFact(s, body, graph.PartOf, owner, 0.75)
			}
			if j < len(toks) && toks[j].fold == "," {
				return j + 1
			}
			return j
		}
		break
	}
	if t, n := matchTitle(toks, end+2); n > 0 && t.predicate == graph.MemberOf {
		k := end + 2 + n
		if k+1 < len(toks) && toks[k].fold == "of" {
			if m := a.mentionAt(s, k+1); m != nil && m.entry.typ == graph.Organization && closesAppositive(toks, m.end) {
				a.roleFact(s, body, graph.MemberOf, m.entry, 0.8)
				if m.end < len(toks) && toks[m.end].fold == "," {
					return m.end + 1
				}
				return m.end
			}
		}
	}
	described := false
	for k := end + 2; k < len(toks) && k < end+2+maxAppositive; k++ {
		switch {
		case toks[k].fold == ",":
			if described {
				return k + 1
			}
			return end
		case isTerminal(toks[k]):
			return end
		case toks[k].hyphen && backingWords[toks[k].fold]:
			// ", a Jordanian-backed alliance,": the patterns read it.
			return end
		case fightingWords[toks[k].fold]:
			// ", a Kurdish-led militia fighting the Islamic State,":
			// the patterns read it.
			return end
		case toks[k].fold == "by":
			// ", a Kurdish-led alliance backed by the United States,"
			// states a relation: leave it to the patterns.
			return end
		case a.x.words.has(classDescriptor, toks, k) > 0:
			described = true
		}
	}
	return end
}

// buildActors finds the actors of s and the roles stated by titles.
func (a *article) buildActors(s *sentence) {
	s.actors = s.actors[:0]
	for i := 0; i < len(s.toks); {
		ac, end := a.actorAt(s, i)
		if ac == nil || end <= i {
			i++
			continue
		}
		s.actors = append(s.actors, ac)
		i = end
	}
}

// actorAt reads the actor starting at toks[i], if any, and returns it with
// its end. The readers are tried from the most specific: a titled name
// before a bare one.
func (a *article) actorAt(s *sentence, i int) (*actor, int) {
	if ac, end := a.counterpartsActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.possTitledPerson(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.titledActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.statesOffices(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.counterpartActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.refActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.namedActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.groupOfActor(s, i); ac != nil {
		return ac, end
	}
	return a.describedPerson(s, i)
}

// groupOfActor reads "the regime of Syrian President Bashar al-Assad",
// "the forces of Khalifa Haftar": a group noun naming the actor after "of".
func (a *article) groupOfActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].is(classDeterminer) {
		j++
	}
	n := a.x.words.has(classGroupNoun, toks, j)
	if n == 0 || j+n+1 >= len(toks) || toks[j+n].fold != "of" || toks[j].cap {
		return nil, 0
	}
	k := j + n + 1
	if k < len(toks) && toks[k].is(classDeterminer) {
		k++
	}
	if a.mentionAt(s, k) == nil && !toks[k].cap {
		return nil, 0
	}
	inner, end := a.actorAt(s, k)
	if inner == nil || len(inner.ents) == 0 || inner.adjective || inner.possessive || inner.place() || inner.ref != refNone {
		return nil, 0
	}
	ac := *inner
	ac.start = i
	return &ac, end
}

// refActor reads pronouns and pair references: "he", "his forces", "its
// elite Revolutionary Guards", "both countries", "the two leaders".
func (a *article) refActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	w := a.x.words
	j := i
	if j < len(toks) && toks[j].fold == "the" {
		j++
	}
	if n := w.has(classPairCountry, toks, j); n > 0 {
		return a.possessiveRef(s, &actor{start: i, end: j + n, ref: refPairCountry})
	}
	if n := w.has(classPairPerson, toks, j); n > 0 {
		return &actor{start: i, end: j + n, ref: refPairPerson}, j + n
	}
	if n := w.has(classPairParty, toks, j); n > 0 {
		return a.possessiveRef(s, &actor{start: i, end: j + n, ref: refPairParty})
	}
	if n := w.has(classGroupRef, toks, j); n > 0 && !(j+n < len(toks) && toks[j+n].fold == "of") {
		ac := &actor{start: i, end: j + n, ref: refGroup}
		for k := j; k < j+n; k++ {
			if c := numberWords[toks[k].fold]; c > 0 {
				ac.count = c
			}
		}
		return ac, j + n
	}
	if j > i {
		// "the Iranian official", "the Russian diplomat", "the top
		// Iranian diplomat".
		top := false
		for n := 0; n < 2 && j+1 < len(toks) && toks[j].is(classTitleAdjective) && numberWords[toks[j].fold] == 0; n++ {
			top = top || toks[j].fold == "top"
			j++
		}
		if m := a.mentionAt(s, j); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country {
			if n := w.has(classPersonNoun, toks, m.end); n > 0 {
				ac := &actor{start: i, end: m.end + n, ref: refStatePerson, state: m.entry}
				ac.office.predicate = personNounOffice(toks, m.end, n)
				if top && n == 1 && toks[m.end].fold == "diplomat" {
					// "the top Iranian diplomat" is the foreign minister.
					ac.office.predicate = graph.ForeignMinisterOf
				}
				return ac, m.end + n
			}
		}
	}
	if n := attackRef(toks, i); n > 0 {
		// "Tehran condemned the attack", "called the strike ... and
		// condemned it": the agent of the last attack stated.
		return &actor{start: i, end: i + n, ref: refAttacker}, i + n
	}
	if toks[i].fold == "it" && i > 0 && toks[i-1].is(classReporting) {
		// "Israel said it struck ...".
		return &actor{start: i, end: i + 1, ref: refBodySubject}, i + 1
	}
	if toks[i].is(classSpeakerRef) && !toks[i].upper {
		if toks[i].fold != "our" {
			return &actor{start: i, end: i + 1, ref: refSpeaker}, i + 1
		}
		if n := w.has(classGroupNoun, toks, i+1); n > 0 {
			return &actor{start: i, end: i + 1 + n, ref: refSpeaker}, i + 1 + n
		}
		return nil, 0
	}
	if ac, end := a.whoseActor(s, i); ac != nil {
		return ac, end
	}
	if toks[i].is(classPersonRef) {
		return &actor{start: i, end: i + 1, ref: refPerson}, i + 1
	}
	if !toks[i].is(classPossRef) {
		return nil, 0
	}
	k := i + 1
	// Skip adjectives such as "elite" up to the noun.
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && w.has(classGroupNoun, toks, k) == 0 && !relationNouns[toks[k].fold] {
		k++
	}
	if n := w.has(classGroupNoun, toks, k); n > 0 {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: k + n, ref: kind}, k + n
	}
	// "A and its ally B" is read by the patterns themselves.
	afterList := i > 0 && (toks[i-1].fold == "," || toks[i-1].is(classCoordinator))
	if k < len(toks) && relationNouns[toks[k].fold] && a.mentionAt(s, k) == nil && !afterList {
		// "his main allies", "its Lebanese ally Hezbollah": the person
		// or body named before, as a possessive.
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: i + 1, ref: kind, possessive: true, relNoun: true}, i + 1
	}
	if m := a.mentionAt(s, k); m != nil && m.kind == aliasDemonym && m.end < len(toks) && relationNouns[toks[m.end].fold] && !afterList {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: i + 1, ref: kind, possessive: true, relNoun: true}, i + 1
	}
	if toks[i].fold == "its" && !verbBetween(toks, i+1, k) {
		if m := a.mentionAt(s, k); m != nil && m.entry.typ == graph.Organization {
			if owner := a.lastBody(s); owner != nil && owner != m.entry {
				a.partOf(s, m.entry, owner, 0.7)
			}
			return &actor{start: i, end: m.end, ents: []*entry{m.entry}}, m.end
		}
	}
	return nil, 0
}

// personNounOffice returns the office a noun for a person names, "the
// Russian leader" (president-of), or "" for one that names anyone of the
// state ("the Iranian official").
func personNounOffice(toks []token, i, n int) graph.Predicate {
	var b strings.Builder
	for k := i; k < i+n; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].fold)
	}
	switch b.String() {
	case "leader", "president", "head of state", "statesman":
		return graph.PresidentOf
	case "premier":
		return graph.PrimeMinisterOf
	case "top diplomat", "foreign minister":
		return graph.ForeignMinisterOf
	case "defense minister", "defence minister":
		return graph.DefenseMinisterOf
	}
	return ""
}

// numberWords gives the size of groups named by number: "the three countries".
var numberWords = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// lastBody returns the last state or body named in s so far.
func (a *article) lastBody(s *sentence) *entry {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if len(ac.ents) == 1 && (ac.ents[0].typ == graph.Country || ac.ents[0].typ == graph.Organization) {
			return ac.ents[0]
		}
	}
	return nil
}

// namedActor reads a mention as an actor: "Iranian forces" and "Iran's
// government" are Iran; "Iran's Supreme National Security Council" is the
// council, part of Iran; "Ali Shamkhani, secretary of the Supreme National
// Security Council," is Shamkhani, with his role.
func (a *article) namedActor(s *sentence, i int) (*actor, int) {
	m := a.mentionAt(s, i)
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
		if n := w.has(classGroupNoun, toks, m.end); n > 0 {
			ac.end = m.end + n
		} else if m2 := a.mentionAt(s, m.end); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			a.partOf(s, m2.entry, m.entry, 0.8)
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		} else if m2, end := a.describedBody(s, m.end); m2 != nil {
			// "the Lebanese group Hezbollah".
			ac.ents, ac.end = []*entry{m2.entry}, end
		} else {
			ac.adjective = true
		}
	case m.possessive && m.entry.typ != graph.Person:
		if m2 := a.mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Person {
			// "Iran's Hassan Rowhani" is Rowhani, and, as the catalog
			// knows, Iran's president.
			for _, r := range m2.entry.roles {
				if r.object == m.entry.name && m.entry.typ == graph.Country {
					a.roleFact(s, m2.entry, r.predicate, m.entry, 0.6)
				}
			}
			ac, end := a.namedActor(s, next)
			ac.start = i
			return ac, end
		}
		if n := w.has(classGroupNoun, toks, next); n > 0 {
			ac.end = next + n
		} else if m2 := a.mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			a.partOf(s, m2.entry, m.entry, 0.8)
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		} else if m2, end := a.describedBody(s, next); m2 != nil {
			// "Iran's state news agency IRNA".
			a.partOf(s, m2.entry, m.entry, 0.7)
			ac.ents, ac.end = []*entry{m2.entry}, end
		}
	}
	if m.possessive && ac.end == m.end {
		ac.possessive = true
	}
	if i > 0 && toks[i].hyphen && toks[i-1].is(classModifierPrefix) {
		// "anti-Assad rebels": Assad is no actor here.
		ac.adjective, ac.modifier = true, true
	}
	if ac.ents[0].typ == graph.Country && a.locativeBefore(toks, i) {
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
					a.partOf(s, e, m2.entry, 0.8)
				}
			}
			break
		}
		if j := m.end + 1; !m.possessive && ac.end == m.end && j < len(toks) && toks[m.end].fold == "of" {
			// "the Federal Security Service of the Russian Federation".
			if toks[j].fold == "the" {
				j++
			}
			if m2 := a.mentionAt(s, j); m2 != nil && m2.entry.typ == graph.Country && m2.entry.name == e.country && !m2.possessive {
				a.partOf(s, e, m2.entry, 0.8)
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
		qs, end := a.qualifiers(s, j)
		if n := len(qs); n > 0 && !qs[n-1].possessive && a.owns(qs[n-1].entry, e) {
			a.partOfChain(s, qs)
			a.partOf(s, e, qs[n-1].entry, 0.8)
			ac.end = end
		}
	}
	if ac.ents[0].typ == graph.Organization && !ac.adjective && ac.end < len(toks) && !toks[ac.end].cap {
		// "the Lebanese Hezbollah terror group".
		if n := w.has(classDescriptor, toks, ac.end); n > 0 {
			ac.end += n
		}
	}
	if t := ac.ents[0].typ; t == graph.Organization || t == graph.Country {
		ac.end = a.bodyAppositive(s, ac.ents[0], ac.end)
	}
	if m.entry.typ == graph.Person {
		ac.end = a.appositiveRole(s, m.entry, ac.end)
	}
	return ac, ac.end
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
	if n == 0 && i+1 < len(toks) && (whoseStateNouns[toks[i+1].fold] || whoseBodyNouns[toks[i+1].fold]) {
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
	if e.typ == graph.Person && whoseBodyNouns[toks[i+1].fold] {
		// "Nasrallah, whose movement ...": the body the person heads.
		e = a.headedBody(e)
	} else if e.typ == graph.Person {
		e = a.countryOf(e)
	}
	if e == nil || (e.typ != graph.Country && e.typ != graph.Organization) {
		return nil, 0
	}
	return &actor{start: i, end: i + 1 + n, ents: []*entry{e}}, i + 1 + n
}

// whoseBodyNouns name the body a person heads after "whose".
var whoseBodyNouns = map[string]bool{"group": true, "movement": true, "party": true, "organization": true, "organisation": true, "militia": true}

// headedBody returns the body this article or the catalog makes person e
// the head of, or nil.
func (a *article) headedBody(e *entry) *entry {
	for h := len(a.holders) - 1; h >= 0; h-- {
		if hd := a.holders[h]; hd.person == e && hd.predicate == graph.HeadOf && hd.object.typ == graph.Organization {
			return hd.object
		}
	}
	for _, r := range e.roles {
		if o := a.x.catalog.byName[r.object]; r.predicate == graph.HeadOf && o != nil && o.typ == graph.Organization {
			return o
		}
	}
	return nil
}

// whoseStateNouns name a person's state after "whose".
var whoseStateNouns = map[string]bool{"country": true, "state": true, "nation": true, "government": true}

// relationNouns are the nouns of a relation after a possessive pronoun:
// "his main allies", "its Lebanese ally", "their chief backer".
var relationNouns = map[string]bool{
	"ally": true, "allies": true, "backer": true, "backers": true, "patron": true, "patrons": true,
	"sponsor": true, "sponsors": true, "supporter": true, "supporters": true,
}

// fightingWords are participles after which an appositive states a fight.
var fightingWords = map[string]bool{"fighting": true, "battling": true}

// condemnVerbs are the verbs after which "the attack" or "it" is the
// attack last stated.
var condemnVerbs = map[string]bool{
	"condemned": true, "condemns": true, "condemning": true, "condemn": true,
	"denounced": true, "denounces": true, "denouncing": true, "decried": true, "deplored": true,
}

// attackNouns name an attack referred back to.
var attackNouns = map[string]bool{
	"attack": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"raid": true, "raids": true, "attacks": true, "bombing": true, "assault": true,
}

// attackRef returns the length of "the attack", "the Israeli strike" or
// "it" right after a verb of condemnation at toks[i], or 0. "it" counts
// only when the sentence named an attack before it ("called the strike
// dangerous and condemned it"); a noun going on to say whose or what
// attack ("the attack on", "the attack by") is left to the patterns.
func attackRef(toks []token, i int) int {
	if i == 0 || !condemnVerbs[toks[i-1].fold] {
		return 0
	}
	if toks[i].fold == "it" {
		for k := i - 2; k >= 0; k-- {
			if attackNouns[toks[k].fold] {
				return 1
			}
		}
		return 0
	}
	switch toks[i].fold {
	case "the", "this", "that", "these", "those", "today's", "monday's":
	default:
		return 0
	}
	j := i + 1
	if j < len(toks) && !attackNouns[toks[j].fold] && !toks[j].cap && toks[j].word && (toks[j].fold == "latest" || toks[j].fold == "deadly" || toks[j].fold == "overnight" || toks[j].fold == "recent") {
		j++
	}
	if j >= len(toks) || !attackNouns[toks[j].fold] {
		return 0
	}
	if k := j + 1; k < len(toks) {
		switch toks[k].fold {
		case "on":
			// "the attack on Monday" is the attack; "the attack on a
			// convoy" another.
			if k+1 < len(toks) && (weekdays[toks[k+1].fold] || isMonth(toks[k+1])) {
				break
			}
			return 0
		case "by", "of", "against", "in", "at", "targeting":
			return 0
		}
	}
	return j + 1 - i
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

func isMonth(t token) bool {
	_, ok := month(t.text)
	return ok && t.cap
}

// possessiveRef reads "'s" after a reference to states: "the two
// countries' forces" are the states, "the two countries' foreign
// ministers" their officials, a possessive.
func (a *article) possessiveRef(s *sentence, ac *actor) (*actor, int) {
	toks := s.toks
	if ac.end >= len(toks) || toks[ac.end].fold != "'s" {
		return ac, ac.end
	}
	if n := a.x.words.has(classGroupNoun, toks, ac.end+1); n > 0 {
		ac.end += 1 + n
		return ac, ac.end
	}
	if t, n := matchTitle(toks, ac.end+1); n > 0 && t.predicate != "" || a.x.words.has(classPersonNoun, toks, ac.end+1) > 0 {
		// Their ministers, their leaders: people, not the states.
		ac.possessive = true
	}
	return ac, ac.end
}

// verbBetween reports whether toks[i:j] holds a past tense, so that "its
// fighters helped Syrian troops" does not make the troops its own.
func verbBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if f := toks[k].fold; !toks[k].hyphen && (strings.HasSuffix(f, "ed") || irregularPast[f]) {
			return true
		}
	}
	return false
}
