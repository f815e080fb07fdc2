package loaders

import (
	"github.com/entente/entente/graph"
)

// inferredDiscount lowers the confidence of facts about an entity found
// through a pronoun or an office rather than by name.
const inferredDiscount = 0.85

// resolve gives entities to the actors of s that refer to others: offices
// to their holders, pronouns to the people or bodies named before.
func (a *article) resolve(s *sentence, prev []*sentence) {
	for k, ac := range s.actors {
		switch ac.ref {
		case refOffice:
			ac.ents = a.officeHolder(ac.office)
		case refPerson, refPossPerson:
			if e := a.antecedent(s.actors[:k], prev, isPerson); e != nil {
				ac.ents = []*entry{e}
			}
		case refPossBody:
			if e := a.antecedent(s.actors[:k], prev, isBody); e != nil {
				ac.ents = []*entry{e}
			}
		case refPairCountry:
			ac.ents = a.lastTwo(s.actors[:k], prev, a.countryOf)
		case refPairPerson:
			ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if e.typ == graph.Person {
					return e
				}
				return nil
			})
		case refPairParty:
			ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if e.typ == graph.Person || isBody(e) {
					return e
				}
				return nil
			})
		default:
			continue
		}
		ac.inferred = true
	}
}

func isPerson(e *entry) bool { return e.typ == graph.Person }
func isBody(e *entry) bool   { return e.typ == graph.Country || e.typ == graph.Organization }

// officeHolder returns the person this article names as holding o, or the
// body itself for an office of a body ("the secretary of the NSC").
func (a *article) officeHolder(o office) []*entry {
	for _, h := range a.holders {
		if h.predicate == o.predicate && h.object == o.object {
			return []*entry{h.person}
		}
	}
	if o.object.typ == graph.Organization && (o.predicate == graph.HeadOf || o.predicate == graph.SpokespersonOf) {
		// The body speaks through its head: "the secretary of the NSC
		// congratulated Assad" is the NSC's act.
		return []*entry{o.object}
	}
	return nil
}

// antecedent returns the last entity that fits, among the actors before a
// pronoun in its sentence, else the first that fits in the sentences before.
func (a *article) antecedent(before []*actor, prev []*sentence, fits func(*entry) bool) *entry {
	for k := len(before) - 1; k >= 0; k-- {
		if ac := before[k]; len(ac.ents) == 1 && !ac.adjective && fits(ac.ents[0]) {
			return ac.ents[0]
		}
	}
	for p := len(prev) - 1; p >= 0; p-- {
		for _, ac := range prev[p].actors {
			if len(ac.ents) == 1 && !ac.adjective && fits(ac.ents[0]) {
				return ac.ents[0]
			}
		}
	}
	return nil
}

// countryOf returns the state an entity acts for: itself, or the state a
// person holds office for in this article.
func (a *article) countryOf(e *entry) *entry {
	switch e.typ {
	case graph.Country:
		return e
	case graph.Person:
		for _, h := range a.holders {
			if h.person == e && h.object.typ == graph.Country {
				return h.object
			}
		}
		return a.x.catalog.byName[e.country]
	}
	return nil
}

// lastTwo returns the last two distinct entities, mapped by f, named in
// the actors before a reference or in the sentences before.
func (a *article) lastTwo(before []*actor, prev []*sentence, f func(*entry) *entry) []*entry {
	var out []*entry
	add := func(acs []*actor) bool {
		for k := len(acs) - 1; k >= 0; k-- {
			if acs[k].adjective || acs[k].place() {
				continue
			}
			for x := len(acs[k].ents) - 1; x >= 0; x-- {
				e := f(acs[k].ents[x])
				if e == nil || (len(out) == 1 && out[0] == e) {
					continue
				}
				out = append(out, e)
				if len(out) == 2 {
					return true
				}
			}
		}
		return false
	}
	if add(before) {
		return out
	}
	for p := len(prev) - 1; p >= 0; p-- {
		if add(prev[p].actors) {
			return out
		}
	}
	return nil
}

// items lays s out as patterns see it: actors, words and punctuation, with
// determiners and short parenthetical remarks ("(L)") left out, and
// coordinated actors joined into groups.
func (a *article) items(s *sentence) []item {
	toks := s.toks
	its := a.itemBuf[:0]
	next := 0
	for i := 0; i < len(toks); {
		for next < len(s.actors) && s.actors[next].start < i {
			next++
		}
		if next < len(s.actors) && s.actors[next].start == i {
			ac := s.actors[next]
			if ac.modifier {
				i = ac.end
				continue
			}
			its = append(its, item{actor: ac, start: ac.start, end: ac.end})
			i = ac.end
			continue
		}
		t := toks[i]
		if t.word && t.is(classDeterminer) {
			i++
			continue
		}
		if t.fold == "(" {
			if j := closeParen(toks, i); j > 0 && j-i <= 4 {
				i = j + 1
				continue
			}
		}
		if i+1 < len(toks) && toks[i+1].hyphen && t.is(classModifierPrefix) {
			i++
			continue
		}
		if n := a.x.words.has(classRank, toks, i); n > 0 {
			// "with Mr. Erdogan": honorifics stand between words and names.
			i += n
			if i < len(toks) && toks[i].fold == "." && !toks[i].space {
				i++
			}
			continue
		}
		if t.text == "®" {
			i++
			continue
		}
		if t.fold == "," && i+1 < len(toks) && toks[i+1].is(classRelative) {
			// "Turkey, which backs the rebels": the relative clause's
			// subject is the name before the comma.
			i++
			continue
		}
		its = append(its, item{fold: t.fold, hyphen: t.hyphen, punct: !t.word, classes: t.classes, start: i, end: i + 1})
		i++
	}
	a.itemBuf = its
	return a.group(its, s.headline)
}

// closeParen returns the index of the parenthesis closing toks[i] soon
// after it, or 0.
func closeParen(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j < i+8; j++ {
		if toks[j].fold == ")" {
			return j
		}
	}
	return 0
}

// group joins coordinated actors: "Russia and Turkey", "Russia, Iran and
// Turkey", and in headlines "Putin, Rowhani".
func (a *article) group(its []item, headline bool) []item {
	member := func(k int) bool {
		return k < len(its) && its[k].actor != nil && len(its[k].actor.ents) > 0 && !its[k].actor.adjective
	}
	out := a.groupBuf[:0]
	for k := 0; k < len(its); k++ {
		if !member(k) {
			out = append(out, its[k])
			continue
		}
		members := []*actor{its[k].actor}
		place := its[k].actor.place()
		end := k
		for j := k + 1; j+1 < len(its); {
			sep := its[j]
			if sep.actor != nil || !(sep.fold == "," || sep.is(classCoordinator)) {
				break
			}
			n := 1
			if sep.fold == "," && j+2 < len(its) && its[j+1].is(classCoordinator) {
				n = 2 // the Oxford comma
			}
			if !member(j+n) || its[j+n].actor.place() != place {
				break
			}
			if sep.fold == "," && n == 1 && !headline && !listEndsWithCoordinator(its, j+n+1, a) {
				break
			}
			members = append(members, its[j+n].actor)
			end = j + n
			j += n + 1
		}
		if len(members) == 1 {
			out = append(out, its[k])
			continue
		}
		g := &actor{start: members[0].start, end: members[len(members)-1].end}
		for _, m := range members {
			g.inferred = g.inferred || m.inferred
			for _, e := range m.ents {
				if !containsEntry(g.ents, e) {
					g.ents = append(g.ents, e)
				}
			}
		}
		out = append(out, item{actor: g, start: its[k].start, end: its[end].end})
		k = end
	}
	a.groupBuf = out
	return out
}

// listEndsWithCoordinator reports whether the list of actors continuing at
// its[k] ends with "and X": "Russia, Iran and Turkey".
func listEndsWithCoordinator(its []item, k int, a *article) bool {
	for ; k+1 < len(its); k += 2 {
		if its[k].actor != nil {
			return false
		}
		if its[k].is(classCoordinator) {
			return its[k+1].actor != nil
		}
		if its[k].fold != "," || its[k+1].actor == nil {
			return false
		}
	}
	return false
}

func containsEntry(es []*entry, e *entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// relate applies the relation patterns to s.
func (a *article) relate(s *sentence) {
	if s.question {
		return
	}
	for _, t := range s.toks {
		if t.is(classSentenceHedge) {
			return
		}
	}
	seen := a.seenElems
	clear(seen)
	for _, t := range s.toks {
		if t.info == nil {
			continue
		}
		for _, pe := range t.info.patterns {
			seen[pe.pattern] |= pe.bit
		}
	}
	var its []item
	for i, p := range a.x.patterns {
		if seen[i] != p.required {
			continue
		}
		if its == nil {
			its = a.items(s)
		}
		for start := 0; start < len(its); start++ {
			b, ok := p.matchAt(its, start)
			if !ok || a.hedged(s, its, b) {
				continue
			}
			a.state(s, p, b)
			if b.elide[0] >= 0 && b.elide[1] > b.elide[0] {
				its = append(its[:b.elide[0]:b.elide[0]], its[b.elide[1]:]...)
			}
		}
	}
}

// hedged reports whether the match is denied or uncertain: a negation
// inside it or just before it ("did not take part"), a hedge anywhere
// before its end ("may back", "is expected to travel to Moscow to meet
// Putin"; but "will continue to back" is a fact), or a denial just after
// it ("..., the Kremlin denied").
func (a *article) hedged(s *sentence, its []item, b binding) bool {
	w := a.x.words
	toks := s.toks
	from, to := its[b.first].start, its[b.last].end
	for i := 0; i < to; i++ {
		if i >= from-2 && toks[i].is(classNegation) {
			return true
		}
		if n := w.has(classHedge, toks, i); n > 0 && !(i+n < len(toks) && toks[i+n].is(classHedgeExempt)) {
			return true
		}
	}
	for i := to; i < len(toks) && i < to+postNegationWindow; i++ {
		if toks[i].is(classPostNegation) {
			return true
		}
	}
	return false
}

// postNegationWindow is how many tokens after a match may deny it:
// "Putin met Erdogan, the Kremlin denied" states no meeting.
const postNegationWindow = 4

// state records the facts of a match.
func (a *article) state(s *sentence, p *pattern, b binding) {
	conf := p.confidence
	switch {
	case b.g != nil:
		if b.g.inferred {
			conf *= inferredDiscount
		}
		for x, e1 := range b.g.ents {
			for _, e2 := range b.g.ents[x+1:] {
				a.relFact(s, e1, p.predicate, e2, conf)
			}
		}
	case b.s != nil && b.o != nil:
		if b.s.inferred || b.o.inferred {
			conf *= inferredDiscount
		}
		for _, e1 := range b.s.ents {
			for _, e2 := range b.o.ents {
				a.relFact(s, e1, p.predicate, e2, conf)
			}
		}
	}
}

// relFact records a relation if its ends have types the predicate allows.
func (a *article) relFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64) {
	if subj == obj || subj.typ == graph.Place || obj.typ == graph.Place || subj.typ == graph.Agreement {
		return
	}
	switch p {
	case graph.Brokered, graph.Signed:
		if obj.typ != graph.Agreement {
			return
		}
	case graph.Supports:
	default:
		if obj.typ == graph.Agreement {
			return
		}
	}
	a.addFact(s, subj, p, obj, conf)
}
