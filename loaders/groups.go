package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// groupRefActor reads the plural references to a group that the word
// lists of group-ref do not hold: "the four ministers", "the five
// delegations", "the three guarantor states" (the, a number, up to two
// lower-case words and a plural noun of actors, group-plural-noun), and
// "They" opening a sentence, which stands for the group the sentence
// before opened with (see theyGroup). The count of a number is checked
// when the reference is resolved (lastGroup).
func (a *article) groupRefActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if ac, end := a.officePairRefActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.delegationRefActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.officesOfGroupRefActor(s, i); ac != nil {
		return ac, end
	}
	if bareGroupSubject(toks, i, i+1) {
		return &actor{start: i, end: i + 1, ref: refGroup}, i + 1
	}
	if toks[i].fold != "the" || i+2 >= len(toks) {
		return nil, 0
	}
	if bareGroupSubject(toks, i, i+2) {
		return &actor{start: i, end: i + 2, ref: refGroup}, i + 2
	}
	count := a.x.words.numbers[toks[i+1].fold]
	if count == 0 || toks[i+1].cap {
		return nil, 0
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if !t.word || t.cap {
			return nil, 0
		}
		if t.in(setGroupPluralNoun) {
			if j+1 < len(toks) && (toks[j+1].fold == "of" || toks[j+1].hyphen) {
				// "the three members of the council": a part of
				// another body, not a group named before.
				return nil, 0
			}
			return &actor{start: i, end: j + 1, ref: refGroup, count: count}, j + 1
		}
	}
	return nil, 0
}

// officesOfGroupRefActor reads "the foreign ministers of the three
// countries": the plural title of an office of state, "of" and a counted
// group reference (groupRefActor), the whole the group, standing for its
// office holders in contacts, as "the leaders of both countries" does for
// a pair (refActor).
func (a *article) officesOfGroupRefActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if toks[i].fold != "the" {
		return nil, 0
	}
	t, n := matchTitle(toks, i+1)
	if n == 0 || !t.plural || !stateOffice(t.predicate) || i+2+n >= len(toks) || toks[i+1+n].fold != "of" {
		return nil, 0
	}
	ac, end := a.groupRefActor(s, i+2+n)
	if ac == nil || ac.ref != refGroup || ac.count == 0 {
		return nil, 0
	}
	ac.start, ac.offices = i, t.predicate
	return ac, end
}

// bareGroupSubject reports whether toks[i:end] is a plural subject that
// opens its sentence and names no one by itself, "They" or "The" and a
// plural noun of actors ("The ministers held the talks", "The allies
// said"), before a lower-case word: it stands for the group the sentence
// before opened with (theyGroup), as nothing else says which.
func bareGroupSubject(toks []token, i, end int) bool {
	if i != 0 || end >= len(toks) || !toks[end].word || toks[end].cap || toks[end].fold == "of" || toks[end].hyphen {
		return false
	}
	switch end - i {
	case 1:
		return toks[i].fold == "they"
	case 2:
		return toks[i].fold == "the" && toks[i+1].in(setGroupPluralNoun)
	}
	return false
}

// theyGroup returns the group "They" opening sentence s stands for: the
// group of two or more states or people that opens the sentence before as
// the subject of its verb ("Russia, Iran and Turkey met in Geneva. They
// condemned ..."; "In a joint statement, the three guarantors reaffirmed
// ... They condemned ..."). It returns nil when the sentence before opens
// with anything else: "they" may then be the fighters or the refugees it
// spoke of, and a wrong group costs more than a missed one.
func (a *article) theyGroup(s *sentence) []*entry {
	if s.index == 0 {
		return nil
	}
	prev := a.sentences[s.index-1]
	if prev.headline {
		return nil
	}
	for _, g := range a.x.groupSpans(prev, len(prev.actors)) {
		first := prev.actors[g.from]
		if !openingPosition(prev.toks, first.start) {
			return nil
		}
		end := prev.actors[g.to-1].end
		for _, h := range a.x.groupSpans(prev, len(prev.actors)) {
			// "the three guarantors Kenya, Uganda and Ghana
			// reaffirmed": the list set beside the reference.
			if h.from == g.to && prev.actors[h.from].start <= end+1 && sameGroup(h.ents, g.ents) {
				end = prev.actors[h.to-1].end
				if end < len(prev.toks) && prev.toks[end].fold == "," {
					end++
				}
			}
		}
		if !verbAfter(prev.toks, end) {
			return nil
		}
		return g.ents
	}
	return nil
}

// openingPosition reports whether toks[i] opens its sentence's main
// clause: at the start (after "the"), after a short noun and "of"
// ("Envoys of A, B and C"), or after an opening phrase set off by a comma
// ("In a joint statement, the three guarantors ...").
func openingPosition(toks []token, i int) bool {
	if i > 0 && toks[i-1].fold == "the" {
		i--
	}
	if i == 0 {
		return true
	}
	if toks[i-1].fold == "of" && i-1 <= 4 {
		// "Envoys of A, B and C attended ...": the people of the
		// group open it.
		for k := 0; k < i-1; k++ {
			if !toks[k].word || toks[k].in(setRelativePronoun) {
				return false
			}
		}
		return true
	}
	if toks[i-1].fold != "," {
		return false
	}
	for k := 0; k < i-1; k++ {
		if toks[k].fold == "," || toks[k].fold == `"` || toks[k].in(setRelativePronoun) {
			return false
		}
	}
	return true
}

// verbAfter reports whether a finite verb follows toks[j], past adverbs
// ("also", "jointly"): the actors before it are its subject.
func verbAfter(toks []token, j int) bool {
	j = skipAux(j, 1, -1, auxAdverbs|lyAdverbs, func(k int) (setBits, string, bool) {
		if k >= len(toks) {
			return setBits{}, "", false
		}
		return toks[k].sets, toks[k].fold, toks[k].word && !toks[k].cap && !finiteVerb(toks[k])
	})
	return j < len(toks) && toks[j].word && !toks[j].cap && finiteVerb(toks[j])
}

// groupSpan is a group as groupsIn finds it, with the actors that name
// it: s.actors[from:to].
type groupSpan struct {
	from, to int
	ents     []*entry
}

// groupSpans is groupsIn with the actors of each group.
func (x *Extractor) groupSpans(s *sentence, n int) []groupSpan {
	var out []groupSpan
	for k := 0; k < n; k++ {
		ac := s.actors[k]
		if len(ac.ents) >= 2 && (ac.ref == refNone || ac.ref == refGroup) {
			out = append(out, groupSpan{k, k + 1, ac.ents})
			continue
		}
		e := groupMember(ac)
		if e == nil {
			continue
		}
		g := []*entry{e}
		j := k + 1
		for ; j < n; j++ {
			next := groupMember(s.actors[j])
			if next == nil || next.typ != e.typ || !joins(s.toks, s.actors[j-1].end, s.actors[j].start, x.words) {
				break
			}
			if !containsEntry(g, next) {
				g = append(g, next)
			}
		}
		if len(g) >= 2 {
			out = append(out, groupSpan{k, j, g})
		}
		k = j - 1
	}
	return out
}

// apposedGroup returns the group named right after the group reference
// s.actors[k], which says who its members are: "the guarantor countries
// Russia, Iran and Turkey", "the three powers, A, B and C,", "whose
// guarantor states are A, B and C". It returns nil when none follows.
func (a *article) apposedGroup(s *sentence, k int) []*entry {
	ac := s.actors[k]
	if ac.end-ac.start < 2 {
		// "They" names no one after it.
		return nil
	}
	toks := s.toks
	j := ac.end
	if j < len(toks) && (toks[j].fold == "," || toks[j].fold == "--" || toks[j].fold == "—" || toks[j].fold == ":" || toks[j].in(setCopula) && !toks[j].in(setAuxVerb) || toks[j].fold == "are" || toks[j].fold == "were") {
		j++
	}
	for _, g := range a.x.groupSpans(s, len(s.actors)) {
		if g.from == k+1 && s.actors[g.from].start == j {
			return g.ents
		}
	}
	return nil
}

// groupKey returns the word by which a group reference names a group by
// its part in something (group-role-word: "guarantor" of "the three
// guarantor states", "the guarantors", "the signatories"), so that a later
// reference by that word names the same group whatever other lists came
// between; "" for a reference by a plain noun of actors ("the three
// countries", "the four ministers"), which names the last group that fits.
func groupKey(toks []token, ac *actor) string {
	for j := ac.start; j < ac.end; j++ {
		if t := toks[j]; t.in(setGroupRoleWord) {
			return strings.TrimSuffix(t.fold, "s")
		}
	}
	return ""
}

// groupMember returns the state or person the actor names alone, which
// may be one of a list; nil for anything else.
func groupMember(ac *actor) *entry {
	if len(ac.ents) != 1 || ac.adjective || ac.place() || ac.possessive || ac.ref != refNone {
		return nil
	}
	if e := ac.ents[0]; e.typ == graph.Country || e.typ == graph.Person {
		return e
	}
	return nil
}

// peoplePair returns the states of the two sides the sentence names
// before the pair reference s.actors[k] when they are two people, or a
// person and a state acting as a party (no place, no adjective), and no
// other body: in "X met Y in the capital, and the two countries agreed to
// share intelligence", the two countries are X's and Y's; in "a Chilean
// delegation led by X held talks with Y, and the two governments agreed",
// they are Chile and Y's state. The second result is false when the
// sentence names no such pair; it is true with a nil pair when the state
// of a person is unknown (or two people act for one): the pair is
// theirs, and states named in the sentences before are none of it.
func (a *article) peoplePair(s *sentence, k int) ([]*entry, bool) {
	var people, states []*entry
	for _, ac := range s.actors[:k] {
		if ac.adjective || ac.place() || len(ac.ents) == 0 {
			continue
		}
		for _, e := range ac.ents {
			switch {
			case e.typ == graph.Person && !containsEntry(people, e):
				people = append(people, e)
			case e.typ == graph.Country && !containsEntry(states, e):
				states = append(states, e)
			case e.typ != graph.Person && e.typ != graph.Country:
				return nil, false
			}
		}
	}
	if len(states) == 0 {
		if len(people) != 2 {
			return nil, false
		}
		a1, a2 := a.stateActing(people[0]), a.stateActing(people[1])
		if a1 == nil || a2 == nil || a1 == a2 {
			return nil, true
		}
		return []*entry{a1, a2}, true
	}
	if len(people) == 0 {
		// States alone: the last two named are read elsewhere.
		return nil, false
	}
	// A state acting as a party and people: each person stands for the
	// state he acts for, and the sides must come to two.
	unknown := false
	for _, p := range people {
		st := a.stateActing(p)
		if st == nil {
			unknown = true
			continue
		}
		if !containsEntry(states, st) {
			states = append(states, st)
		}
	}
	switch {
	case len(states) == 2 && !unknown:
		return states, true
	case len(states) == 1 && unknown:
		// "a Chilean delegation ... held talks with Y": the other side
		// is Y's state, which is not known; no state named before.
		return nil, true
	}
	return nil, false
}

// sameGroup reports whether g and h have the same members.
func sameGroup(g, h []*entry) bool {
	if len(g) != len(h) {
		return false
	}
	for _, e := range g {
		if !containsEntry(h, e) {
			return false
		}
	}
	return true
}

// contactGroup returns those who met or spoke in sentence p, as its
// facts state them ("X hosted Y and Z in the capital"): a group a later
// "the three presidents" may name, though no list named it. It returns
// nil when the sentence states no contact, or one between people and
// states mixed.
func (a *article) contactGroup(p int) []*entry {
	var idx []int
	for _, k := range a.facts.keysIn(p) {
		if k.p == graph.MetWith || k.p == graph.SpokeWith {
			idx = append(idx, a.facts.byKey[k])
		}
	}
	slices.Sort(idx)
	var g []*entry
	for _, i := range idx {
		f := a.facts.list[i]
		for _, name := range []string{f.Subject.Name, f.Object.Name} {
			e := a.byEntityName(name)
			if e == nil || e.typ != graph.Person && e.typ != graph.Country {
				return nil
			}
			if len(g) > 0 && e.typ != g[0].typ {
				return nil
			}
			if !containsEntry(g, e) {
				g = append(g, e)
			}
		}
	}
	return g
}

// namesPeople reports whether the group reference ac names people by
// their office: "the three presidents", "the four ministers".
func namesPeople(toks []token, ac *actor) bool {
	for j := ac.start; j < ac.end; j++ {
		if toks[j].in(setGroupPersonNoun) {
			return true
		}
	}
	return false
}

// delegationRefActor reads a reference to a delegation opening a
// sentence: "The delegation", "The visitors", "The Russian visitors" (the,
// perhaps a state's adjective, a delegation-ref noun) before a lower-case
// word that is no "of" and does not list its members ("The delegation
// also included ..." adds to it, see delegationMembers), in a sentence
// that names no head of a delegation ("The delegation at the talks was
// headed by X" is a delegation of its own). "The Russian delegation" is
// Russia, as mentions read it. It stands for
// the people of the delegation the article named before, of that state
// when an adjective names one.
func (a *article) delegationRefActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if i != 0 || len(toks) < 3 || toks[0].fold != "the" {
		return nil, 0
	}
	j := 1
	var state *entry
	if m := mentionAt(s, j); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country {
		state, j = m.entry, m.end
	}
	if j+1 >= len(toks) || !toks[j].in(setDelegationRef) || toks[j].cap {
		return nil, 0
	}
	if state != nil && toks[j].in(setDelegationNoun) {
		// "The Russian delegation" names its state, as mentions read it.
		return nil, 0
	}
	if head, _, _ := delegationIn(s); head != nil {
		// "The delegation at the talks was headed by X": named here.
		return nil, 0
	}
	k := j + 1
	if toks[k].fold == "also" && k+1 < len(toks) {
		k++
	}
	if t := toks[k]; !t.word || t.cap || t.fold == "of" || t.hyphen || t.in(setIncludeVerb) || t.in(setAuxVerb) && k+1 < len(toks) && (toks[k+1].fold == "led" || toks[k+1].fold == "headed") {
		return nil, 0
	}
	return &actor{start: 0, end: j + 1, ref: refGroup, state: state}, j + 1
}

// isDelegationRef reports whether the group reference ac is one that
// delegationRefActor read.
func isDelegationRef(toks []token, ac *actor) bool {
	return ac.ref == refGroup && ac.start == 0 && toks[ac.end-1].in(setDelegationRef)
}

// delegationMembers returns the people of the delegation the sentences
// before s named: the one "a delegation led by X" or "the delegation was
// headed by X" names as its head, and those a later "the delegation
// (also) included Y and Z" lists. With state set, the delegation must be
// that state's (the head acts for it, or the state's adjective or name
// opens the delegation's mention). It returns nil when no delegation led
// by a person was named within maxGroupDistance sentences: a wrong group
// costs more than a missed one.
func (a *article) delegationMembers(s *sentence, state *entry) []*entry {
	var included []*entry
	for p := s.index - 1; p >= 0 && p >= s.index-maxGroupDistance; p-- {
		prev := a.sentences[p]
		head, owner, more := delegationIn(prev)
		included = append(more, included...)
		if head == nil {
			continue
		}
		if owner == nil {
			owner = a.stateActing(head)
		}
		if state != nil && owner != state {
			return nil
		}
		members := []*entry{head}
		for _, e := range included {
			if !containsEntry(members, e) {
				members = append(members, e)
			}
		}
		return members
	}
	return nil
}

// delegationIn reads the delegation sentence s names: its head, the
// person after "delegation (was) led by" or "headed by", and the state
// whose delegation it is when the mention names it ("a Russian
// delegation", "Russia's delegation"); and the people listed after
// "delegation (also) included".
func delegationIn(s *sentence) (head, owner *entry, included []*entry) {
	toks := s.toks
	for d := 0; d+2 < len(toks); d++ {
		if !toks[d].in(setDelegationNoun) || toks[d].cap {
			continue
		}
		k := d + 1
		if toks[k].in(setAuxVerb) {
			k++
		}
		if toks[k].fold == "also" && k+1 < len(toks) {
			k++
		}
		if toks[k].in(setIncludeVerb) {
			for _, ac := range s.actors {
				if ac.start > k && len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && ac.ref == refNone {
					included = append(included, ac.ents[0])
				}
			}
			continue
		}
		if head != nil || k+1 >= len(toks) || (toks[k].fold != "led" && toks[k].fold != "headed") || toks[k+1].fold != "by" {
			continue
		}
		for _, ac := range s.actors {
			if ac.start <= d && ac.end > d && len(ac.ents) == 1 && ac.ents[0].typ == graph.Country {
				// "a Russian delegation led by X", read as Russia.
				owner = ac.ents[0]
			}
			if ac.end > k+1 && ac.start <= k+6 && head == nil {
				if len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && ac.ref == refNone {
					head = ac.ents[0]
				} else {
					break
				}
			}
		}
	}
	return head, owner, included
}

// delegationTitle reads the bare title of a delegation's head as the
// office of the state whose delegation it is: "Eritrea responded by
// sending a delegation led by Foreign Minister X" (the one state named
// before a send-verb, see send-verb) and "a Chilean delegation led by
// Defence Minister X" (the state the delegation's mention names). A title
// with a state of its own ("led by Russian Foreign Minister X") is read
// with it.
func (a *article) delegationTitle(s *sentence) {
	toks := s.toks
	for d := 1; d+4 < len(toks); d++ {
		if !toks[d].in(setDelegationNoun) || toks[d].cap {
			continue
		}
		k := d + 1
		if toks[k].in(setAuxVerb) {
			k++
		}
		if (toks[k].fold != "led" && toks[k].fold != "headed") || toks[k+1].fold != "by" {
			continue
		}
		t, tj, n := titleAt(toks, k+2)
		if n == 0 || tj != k+2 || t.plural || t.predicate == "" {
			continue
		}
		var person, owner *entry
		sent := false
		for x := d - 1; x >= max(0, d-4); x-- {
			if toks[x].in(setSendVerb) {
				sent = true
				break
			}
		}
		var named, before []*entry
		for _, ac := range s.actors {
			if ac.adjective || ac.place() {
				continue
			}
			for _, e := range ac.ents {
				switch {
				case ac.start <= d && ac.end > d && e.typ == graph.Country:
					// "a Chilean delegation led by", read as Chile.
					named = append(named, e)
				case ac.end <= d && e.typ == graph.Country && !containsEntry(before, e):
					before = append(before, e)
				case ac.start >= k+2 && ac.start <= tj+n && e.typ == graph.Person && person == nil:
					person = e
				}
			}
		}
		switch {
		case len(named) == 1:
			owner = named[0]
		case len(named) == 0 && sent && len(before) == 1:
			owner = before[0]
		}
		if person == nil || owner == nil || !t.fits(owner) {
			continue
		}
		a.roleFact(s, person, t.predicate, owner, 0.75, toks[tj+n-1].fold, readDelegationHead)
	}
}

// officePairRefActor reads a pair of people named by their office alone,
// "both prime ministers", "the two defence ministers": "two" or "both"
// and the plural title of an office of state. It is the reference of
// "the two leaders" (refPairPerson) with the office, which resolution
// prefers (officePair). The pair-person word list reads the common ones
// first; their office is read here too (pairOffice).
func (a *article) officePairRefActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].fold == "the" {
		j++
	}
	if j+1 >= len(toks) || toks[j].fold != "two" && toks[j].fold != "both" || toks[j].fold == "two" && j == i && i > 0 && toks[i-1].word {
		// "talks between two prime ministers" names no pair before.
		return nil, 0
	}
	t, n := matchTitle(toks, j+1)
	if n == 0 || !t.plural || !stateOffice(t.predicate) || j+1+n < len(toks) && toks[j+1+n].fold == "of" {
		// "both presidents of the council": the office of a body.
		return nil, 0
	}
	return &actor{start: i, end: j + 1 + n, ref: refPairPerson, offices: t.predicate}, j + 1 + n
}

// pairOffice returns the office of state the pair reference toks[j:j+n]
// ("two prime ministers", "both foreign ministers") names, or "".
func pairOffice(toks []token, j, n int) graph.Predicate {
	if n < 2 || toks[j].fold != "two" && toks[j].fold != "both" {
		return ""
	}
	if t, m := matchTitle(toks, j+1); m == n-1 && t.plural && stateOffice(t.predicate) {
		return t.predicate
	}
	return ""
}

// officePair returns the last two people, up to sentence si, that the
// article named as holders of the office p: "the two prime ministers"
// are the prime ministers named before, not the mediator between them.
// It returns nil when fewer than two are known.
func (a *article) officePair(p graph.Predicate, si int) []*entry {
	var out []*entry
	filled := a.roster.filled[p]
	for x := len(filled) - 1; x >= 0 && len(out) < 2; x-- {
		h := a.roster.list[filled[x]]
		if h.sentence > si || h.person.typ != graph.Person || containsEntry(out, h.person) {
			continue
		}
		out = append(out, h.person)
	}
	if len(out) < 2 {
		return nil
	}
	return []*entry{out[1], out[0]}
}

// holdsOtherOffice reports whether the article named person e in an
// office other than p and never in p: "the two foreign ministers" are not
// the prime minister or the envoy named before.
func (a *article) holdsOtherOffice(e *entry, p graph.Predicate) bool {
	other := false
	for _, i := range a.roster.held[e] {
		h := a.roster.list[i]
		if h.predicate == p {
			return false
		}
		other = other || h.predicate != ""
	}
	return other
}

// ministerPair returns the last two people listed together ("signed by A
// and B") before the pair reference s.actors[k], up to maxGroupDistance
// sentences back, whom the article or the catalog gives an office of
// minister: "the two ministers" are those two, though a host or another
// pair of people was named since. The walk stops at the nearest two
// ministers named in any role: two named since, unlisted ("A met B"),
// are the two; one named since, not of the list, leaves no one. nil when
// no such pair was named.
func (a *article) ministerPair(s *sentence, k int) []*entry {
	var seen []*entry
	for l := range a.listsBack(s, k, nil) {
		q := l.q
		for y := l.n - 1; y >= 0; y-- {
			if sp := spanHolding(l.spans, y); sp != nil {
				if g := sp.ents; len(g) == 2 && a.holdsMinistry(g[0]) && a.holdsMinistry(g[1]) {
					for _, e := range seen {
						if !containsEntry(g, e) {
							// A minister named since, not of the list:
							// the two may be others ("A met B").
							return nil
						}
					}
					return g
				}
				y = sp.from
				continue
			}
			if ents := q.actors[y].ents; len(ents) == 1 && a.holdsMinistry(ents[0]) && !containsEntry(seen, ents[0]) {
				if seen = append(seen, ents[0]); len(seen) >= 2 {
					// The nearest two ministers, though no list ("A met B").
					return []*entry{seen[1], seen[0]}
				}
			}
		}
	}
	return nil
}

// spanHolding returns the span of spans that holds actor y, else nil.
func spanHolding(spans []groupSpan, y int) *groupSpan {
	for i := range spans {
		if spans[i].from <= y && y < spans[i].to {
			return &spans[i]
		}
	}
	return nil
}

// holdsMinistry reports whether this article or the catalog gives person
// e an office of minister of a state (prime, foreign or defence).
func (a *article) holdsMinistry(e *entry) bool {
	if e.typ != graph.Person {
		return false
	}
	switch a.roster.stateOffice(e) {
	case graph.PrimeMinisterOf, graph.ForeignMinisterOf, graph.DefenseMinisterOf:
		return true
	}
	return false
}
