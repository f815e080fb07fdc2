package loaders

import (
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
}

// place reports whether the actor is a place rather than an actor:
// "Palmyra", or a state in "in Syria".
func (ac *actor) place() bool {
	return ac.locative || (len(ac.ents) == 1 && ac.ents[0].typ == graph.Place)
}

// partOf states that body belongs to owner when the catalog agrees, or
// when the article discovered the body: "Iran's National Security
// Council", but not "Lebanon's Hezbollah", which is no state body.
func (a *article) partOf(s *sentence, body, owner *entry, conf float64) {
	if body.typ != graph.Organization || body == owner {
		return
	}
	_, catalogued := a.x.catalog.byName[body.name]
	switch {
	case !catalogued:
	case body.country != "" && (body.country == owner.name || (owner.typ == graph.Organization && body.country == owner.country)):
	default:
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

// bodyAppositive reads an appositive describing a state or a body,
// ", a Pakistani militia," or ", a member of NATO," (stating the
// membership), and returns its end, or end when there is none.
func (a *article) bodyAppositive(s *sentence, body *entry, end int) int {
	toks := s.toks
	if end+1 >= len(toks) || toks[end].fold != "," || !(toks[end+1].fold == "a" || toks[end+1].fold == "an" || toks[end+1].fold == "the") {
		return end
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
	return a.describedPerson(s, i)
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
		return &actor{start: i, end: j + n, ref: refPairCountry}, j + n
	}
	if n := w.has(classPairPerson, toks, j); n > 0 {
		return &actor{start: i, end: j + n, ref: refPairPerson}, j + n
	}
	if n := w.has(classPairParty, toks, j); n > 0 {
		return &actor{start: i, end: j + n, ref: refPairParty}, j + n
	}
	if toks[i].is(classPersonRef) {
		return &actor{start: i, end: i + 1, ref: refPerson}, i + 1
	}
	if !toks[i].is(classPossRef) {
		return nil, 0
	}
	k := i + 1
	// Skip adjectives such as "elite" up to the noun.
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && w.has(classGroupNoun, toks, k) == 0 {
		k++
	}
	if n := w.has(classGroupNoun, toks, k); n > 0 {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: k + n, ref: kind}, k + n
	}
	if toks[i].fold == "its" {
		if m := a.mentionAt(s, k); m != nil && m.entry.typ == graph.Organization {
			if owner := a.lastBody(s); owner != nil && owner != m.entry {
				a.partOf(s, m.entry, owner, 0.7)
			}
			return &actor{start: i, end: m.end, ents: []*entry{m.entry}}, m.end
		}
	}
	return nil, 0
}

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
	if t := ac.ents[0].typ; t == graph.Organization || t == graph.Country {
		ac.end = a.bodyAppositive(s, ac.ents[0], ac.end)
	}
	if m.entry.typ == graph.Person {
		ac.end = a.appositiveRole(s, m.entry, ac.end)
	}
	return ac, ac.end
}
