package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// counterpartActor reads "his Russian counterpart Vladimir Putin": the
// person holds, for the demonym's state, the office of the person named
// before in the sentence.
func (a *article) counterpartActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].is(classPossRef) {
		j++
	}
	m := mentionAt(s, j)
	body := m != nil && j > i && m.entry.typ == graph.Organization && m.kind == aliasName && !m.possessive
	if m == nil || !body && (m.kind != aliasDemonym && (m.entry.typ != graph.Country || m.possessive)) {
		// "his Russian counterpart", "his US counterpart"; "his LNA
		// counterpart", a member of the body.
		return nil, 0
	}
	n := a.x.words.has(classCounterpart, toks, m.end)
	if n == 0 {
		return nil, 0
	}
	person, end := a.personAt(s, skipRanks(a, toks, m.end+n))
	var named title // the office the appositive names
	if person == nil && m.end+n+1 < len(toks) && toks[m.end+n].fold == "," {
		// "his Russian counterpart, Sergei Lavrov,"; "his Russian
		// counterpart, Defence Minister Sergei Lavrov,": the title of a
		// state's office names the counterpart's own.
		k := m.end + n + 1
		if t, ts, tn := titleAt(toks, k); tn > 0 && ts == k && !t.plural && t.predicate != "" && t.fits(m.entry) {
			named, k = t, ts+tn
		}
		if p, e := a.personAt(s, skipRanks(a, toks, k)); p != nil && closesAppositive(toks, e) {
			person, end = p, e
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
		}
	}
	if body {
		if person == nil {
			return nil, 0
		}
		a.roleFact(s, person, graph.MemberOf, m.entry, 0.75, "", readCounterpart)
		return &actor{start: i, end: end, ents: []*entry{person}}, end
	}
	if person == nil {
		// "his Russian counterpart", named before or after: the holder
		// of the office of the person named before, when it is known
		// ("the foreign minister and his Syrian counterpart" is no
		// president).
		ac := &actor{start: i, end: m.end + n, ref: refStatePerson, state: m.entry}
		ac.office.predicate = a.roster.partnerOffice(s, m.entry)
		return ac, m.end + n
	}
	p := named.predicate
	if p == "" {
		p = a.roster.partnerOffice(s, m.entry)
	}
	if p == "" && j > i && s.index > 0 && !a.personBefore(s) {
		// "Erdogan called it historic. His Russian counterpart Putin
		// said ...": "his" is the last sentence's person.
		p = a.roster.partnerOffice(a.sentences[s.index-1], m.entry)
	}
	if p != "" {
		a.roleFact(s, person, p, m.entry, 0.8, "", readCounterpart)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// personBefore reports whether the sentence names a person before the
// actor being read.
func (a *article) personBefore(s *sentence) bool {
	for _, ac := range s.actors {
		for _, e := range ac.ents {
			if e.typ == graph.Person {
				return true
			}
		}
	}
	return false
}

// counterpartsActor reads "his Iranian and Turkish counterparts": one
// counterpart of each state, the people, not the states.
func (a *article) counterpartsActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if i+1 >= len(toks) || !toks[i].is(classPossRef) {
		return nil, 0
	}
	if toks[i+1].in(setCounterpartsNoun) {
		return a.listedCounterparts(s, i)
	}
	m := mentionAt(s, i+1)
	if m == nil || m.kind != aliasDemonym || m.entry.typ != graph.Country {
		return nil, 0
	}
	{
		states := []*entry{m.entry}
		k := m.end
		for k+1 < len(toks) && (toks[k].fold == "," || toks[k].is(classCoordinator)) {
			m2 := mentionAt(s, k+1)
			if m2 == nil || m2.kind != aliasDemonym || m2.entry.typ != graph.Country {
				return nil, 0
			}
			states = append(states, m2.entry)
			k = m2.end
		}
		if len(states) < 2 || k >= len(toks) || !toks[k].in(setCounterpartsNoun) {
			return nil, 0
		}
		ac := &actor{start: i, end: k + 1, ref: refStatePerson, states: states}
		// The counterparts hold the office of the person named before;
		// when it is not known, they are not guessed.
		ac.office.predicate = a.roster.partnerOffice(s, nil)
		// "his Turkish and Iranian counterparts, A and B": the people,
		// in the order of the states.
		j := k + 1
		comma := j < len(toks) && toks[j].fold == ","
		if comma {
			j++
		}
		if people, end := a.namesFrom(s, j); len(people) == len(states) {
			if comma && end < len(toks) && toks[end].fold == "," {
				// The appositive's closing comma.
				end++
			}
			for x, p := range people {
				if ac.office.predicate != "" {
					a.roleFact(s, p, ac.office.predicate, states[x], 0.85, "", readCounterparts)
				}
			}
			return &actor{start: i, end: end, ents: people}, end
		}
		return ac, k + 1
	}
}

// listedCounterparts reads the counterparts whose states follow the noun,
// at toks[i] = "his" of "his counterparts": the states after "from" or
// "of" ("his counterparts from Iran and Turkey, A and B": the people in
// the order of the states, only when the counts match), or each person's
// own in the list after a comma ("his counterparts, Iran's A and Turkish
// B", "his counterparts, A of Iran and B of Turkey"). Each person with a
// state holds for it the office of the person named before; one the list
// gives no state holds none. Without a state at all it reads nothing.
func (a *article) listedCounterparts(s *sentence, i int) (*actor, int) {
	toks := s.toks
	k := i + 2
	if k+1 >= len(toks) {
		return nil, 0
	}
	var people, states []*entry
	end := 0
	comma := toks[k].fold == ","
	switch {
	case toks[k].fold == "from" || toks[k].fold == "of":
		for j := k + 1; ; {
			st := stateNamedAt(s, j)
			if st == nil {
				break
			}
			states = append(states, st.entry)
			k = st.end
			if j = k + 1; k+1 < len(toks) && toks[k].fold == "," && toks[k+1].is(classCoordinator) {
				j++
			}
			if k >= len(toks) || toks[k].fold != "," && !toks[k].is(classCoordinator) || stateNamedAt(s, j) == nil {
				break
			}
		}
		if len(states) < 2 {
			return nil, 0
		}
		comma = k < len(toks) && toks[k].fold == ","
		j := k
		if comma {
			j++
		}
		if people, end = a.namesFrom(s, j); len(people) != len(states) {
			// The people not named, or not one for each state: no
			// reading (the states are not the people).
			return nil, 0
		}
	case comma:
		if people, states, end = a.peopleOfStates(s, k+1); people == nil {
			people, states, end = a.statedPeople(s, k+1)
		}
		if people == nil {
			return nil, 0
		}
	default:
		return nil, 0
	}
	if comma && end < len(toks) && toks[end].fold == "," {
		// The appositive's closing comma.
		end++
	}
	if office := a.roster.partnerOffice(s, nil); office != "" {
		for x, p := range people {
			if states[x] != nil {
				a.roleFact(s, p, office, states[x], 0.85, "", readCounterparts)
			}
		}
	}
	return &actor{start: i, end: end, ents: people}, end
}

// officesOfListedStates reads a list of names, each after its state's
// possessive or adjective ("Peru's A, Chile's B and Bolivia's C"), when
// this sentence before it or the one before named those very states with
// a plural office and no names ("the foreign ministers of Peru, Chile and
// Bolivia met"): each name holds the office for its own state. States
// that differ from the office's, in number or in kind, give nothing.
func (a *article) officesOfListedStates(s *sentence, i int) (*actor, int) {
	m := mentionAt(s, i)
	if m == nil || m.entry.typ != graph.Country || !m.possessive && m.kind != aliasDemonym {
		return nil, 0
	}
	group := pluralOfficeOfStates(s.actors)
	if group == nil && s.index > 0 {
		group = pluralOfficeOfStates(a.sentences[s.index-1].actors)
	}
	if group == nil {
		return nil, 0
	}
	people, states, end := a.statedPeople(s, i)
	if len(people) != len(group.ents) {
		return nil, 0
	}
	for x, st := range states {
		if st == nil || !slices.Contains(group.ents, st) || slices.Contains(states[x+1:], st) {
			return nil, 0
		}
	}
	for x, p := range people {
		a.roleFact(s, p, group.offices, states[x], 0.8, "", readTitle)
	}
	return &actor{start: i, end: end, ents: people}, end
}

// pluralOfficeOfStates returns the last of actors that is a plural office
// of two or more states with no names ("the foreign ministers of Peru and
// Chile"), or nil.
func pluralOfficeOfStates(actors []*actor) *actor {
	for k := len(actors) - 1; k >= 0; k-- {
		ac := actors[k]
		if ac.offices != "" && ac.ref == refNone && states(ac.ents) {
			return ac
		}
	}
	return nil
}

// stateNamedAt returns the mention of a state by its name at toks[j],
// after "the" if any: no adjective and no owner's possessive; or nil.
func stateNamedAt(s *sentence, j int) *mention {
	if j < len(s.toks) && s.toks[j].fold == "the" {
		j++
	}
	m := mentionAt(s, j)
	if m == nil || m.entry.typ != graph.Country || m.possessive || m.kind == aliasDemonym {
		return nil
	}
	return m
}

// statedPeople reads "Iran's A and Turkish B" at toks[j]: two or more
// people, each possibly after a state's possessive or adjective. It
// returns the people, their states (nil for a person given none) and the
// end, or nil when the list names no state.
func (a *article) statedPeople(s *sentence, j int) ([]*entry, []*entry, int) {
	toks := s.toks
	var people, states []*entry
	stated := false
	for {
		var state *entry
		if m := mentionAt(s, j); m != nil && m.entry.typ == graph.Country {
			switch {
			case m.possessive:
				state, j = m.entry, m.end+1
			case m.kind == aliasDemonym:
				state, j = m.entry, m.end
			default:
				return nil, nil, 0
			}
		}
		p, e := a.personAt(s, skipRanks(a, toks, j))
		if p == nil {
			break
		}
		stated = stated || state != nil
		people, states = append(people, p), append(states, state)
		j = skipParen(toks, e)
		if j+1 < len(toks) && toks[j].fold == "," && toks[j+1].is(classCoordinator) {
			j++
		}
		if j+1 >= len(toks) || toks[j].fold != "," && !toks[j].is(classCoordinator) {
			break
		}
		j++
	}
	if len(people) < 2 || !stated {
		return nil, nil, 0
	}
	return people, states, j
}

// partnerOffice returns the office of the last person named in s so far,
// as this article or the catalog knows it or the title before the name
// says it, passing over people of the counterpart's own state (nil: any).
func (rs *roster) partnerOffice(s *sentence, state *entry) graph.Predicate {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.ref == refStatePerson && ac.office.predicate != "" && len(ac.states) == 0 {
			// "The Iranian foreign minister later met his Syrian
			// counterpart X".
			return ac.office.predicate
		}
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.possessive {
			// "talks with his Iraqi counterpart after the fall of X's
			// government": the owner of a thing named is not the one
			// whose counterpart this is.
			continue
		}
		if state != nil && rs.countryOf(ac.ents[0]) == state {
			// "talks with Syrian President X and with his Syrian
			// counterpart Y": no one is his own state's counterpart.
			continue
		}
		if o := rs.stateOffice(ac.ents[0]); o != "" {
			return o
		}
		// "Foreign Minister X met his Jordanian counterpart Y": a
		// state's office said before the name with no state is still
		// the office the counterpart holds for his own.
		t, _ := bareOfficeBefore(s, ac)
		return t.predicate
	}
	return ""
}

// peopleList reads ", A and B" or ", A, B and C" at toks[k]: two or more
// people, each possibly followed by a short "of" phrase ("A of the
// government and B of the opposition"). It returns them and the end.
func (a *article) peopleList(s *sentence, k int) ([]*entry, int) {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "," {
		return nil, 0
	}
	return a.namesFrom(s, k+1)
}

// namesFrom reads "A and B", "A (L), B (C) and C (R)" at toks[j]: two or
// more people, each possibly followed by a short "of" phrase.
func (a *article) namesFrom(s *sentence, j int) ([]*entry, int) {
	toks := s.toks
	var people []*entry
	for {
		p, e := a.personAt(s, j)
		if p == nil {
			break
		}
		people = append(people, p)
		j = skipParen(toks, e)
		if j < len(toks) && toks[j].fold == "of" {
			// "of the opposition Syrian Negotiations Commission (SNC)".
			x := j + 1
			for x < len(toks) && x < j+9 && toks[x].fold != "," && !toks[x].is(classCoordinator) && !isTerminal(toks[x]) {
				if m := mentionAt(s, x); m != nil && m.entry.typ == graph.Person {
					break
				}
				x++
			}
			j = x
		}
		if j+1 < len(toks) && toks[j].fold == "," && toks[j+1].is(classCoordinator) {
			j++
		}
		if j >= len(toks) || (toks[j].fold != "," && !toks[j].is(classCoordinator)) {
			break
		}
		if q, _ := a.personAt(s, j+1); q == nil {
			break
		}
		j++
	}
	if len(people) < 2 {
		return nil, 0
	}
	return people, j
}

// namedWith returns the person this article last named with the word w in
// the name as written ("King" of "King Abdullah II"), or nil.
func (c *cast) namedWith(w string) *entry {
	for k := len(c.order) - 1; k >= 0; k-- {
		e := c.order[k]
		if e.typ != graph.Person {
			continue
		}
		for _, al := range c.seen[e].aliases {
			for _, f := range strings.Fields(al) {
				if foldWord(f) == w {
					return e
				}
			}
		}
	}
	return nil
}

// membersOfBodies reads, in a list of people, "A of the Syrian government
// and B of the opposition Syrian Negotiations Commission": each person is
// a member of the body after "of", unless the article gives them an office
// in it. word is the title word the list was read with.
func (a *article) membersOfBodies(s *sentence, from, to int, word string) {
	toks := s.toks
	for x := from; x < to && x < len(toks); x++ {
		m := mentionAt(s, x)
		if m == nil || m.entry.typ != graph.Person {
			continue
		}
		j := m.end
		if j >= len(toks) || toks[j].fold != "of" {
			continue
		}
		j++
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		b := mentionAt(s, j)
		if b == nil {
			if j+1 < len(toks) && !toks[j].cap {
				b = mentionAt(s, j+1) // "the opposition SNC"
			}
			if b == nil {
				continue
			}
		}
		if b.entry.typ == graph.Organization && !a.facts.holdsOfficeIn(m.entry, b.entry) {
			a.roleFact(s, m.entry, graph.MemberOf, b.entry, 0.7, word, readMembersOfBodies)
		}
		x = b.end - 1
	}
}

// unnamedPostingEnd returns the index of the comma that closes a short
// posting phrase from toks[k] that names nothing the article knows, "the
// dialogue", "the peace talks", "the Belgrade-Pristina dialogue": an
// optional determiner and one to four words, no mention among them; else
// -1.
func unnamedPostingEnd(s *sentence, k int) int {
	toks := s.toks
	if k < len(toks) && toks[k].is(classDeterminer) {
		k++
	}
	for n := 0; k < len(toks) && n <= 4; k, n = k+1, n+1 {
		if toks[k].fold == "," {
			if n == 0 {
				return -1
			}
			return k
		}
		if !toks[k].word || mentionAt(s, k) != nil {
			return -1
		}
	}
	return -1
}

// envoyPosting reads where an envoy is posted, after the preposition at k:
// "to Israel", "for the Syrian file", "for Syria Engagement" (the
// capitalised words of the file before the envoy's name). It returns the
// place and the index after it; nil and the index of the comma before the
// envoy's name when the posting is a file named by common nouns ("envoy
// for the dialogue, X"); nil and k when it reads no posting.
func (a *article) envoyPosting(s *sentence, toks []token, k int) (*entry, int) {
	m := mentionAt(s, k+1)
	if m == nil && k+2 < len(toks) && toks[k+1].is(classDeterminer) {
		m = mentionAt(s, k+2)
	}
	if m == nil {
		// "The bloc's envoy for the dialogue, X,": a file the text names
		// by a common noun; the envoy's name follows its comma.
		if e := unnamedPostingEnd(s, k+1); e > 0 {
			if p, _ := a.personAt(s, e+1); p != nil {
				return nil, e
			}
		}
		return nil, k
	}
	if m.entry.typ == graph.Person || gluedPair(toks, m.end-1) {
		return nil, k
	}
	k = m.end
	if m.kind == aliasDemonym {
		// "envoy on the Syrian issue, X": the state's file, its noun
		// part of the posting.
		for j := k; j < len(toks) && j < k+3 && toks[j].word && !toks[j].cap; j++ {
			if j+1 < len(toks) && toks[j+1].fold == "," {
				return m.entry, j + 1
			}
		}
	}
	if m.kind == aliasDemonym && k+2 < len(toks) && toks[k].cap && !toks[k].is(classStopword) && mentionAt(s, k) == nil && toks[k+1].cap {
		// "envoy for the Western Balkans Gabriel Escobar": an adjective
		// and a noun name a region the catalog lacks, not the adjective's
		// state or body; the person's name follows it.
		if p, _ := a.personAt(s, k+1); p != nil {
			return nil, k + 1
		}
	}
	for x := 0; x < 2 && k+1 < len(toks) && toks[k].cap && mentionAt(s, k) == nil && toks[k+1].cap; x++ {
		if p, _ := a.personAt(s, k); p != nil {
			break
		}
		k++
	}
	return m.entry, k
}
