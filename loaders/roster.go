package loaders

import (
	"github.com/entente/entente/graph"
)

// roster is the offices an article has stated so far, in order, and who
// holds them; with the catalog, it answers who holds what.
type roster struct {
	list    []holder
	catalog *catalog
}

// holder is a person known, in this article, to hold an office.
type holder struct {
	person    *entry
	predicate graph.Predicate
	object    *entry
	sentence  int    // where the office is stated
	word      string // the title's last word: "envoy", "ambassador"
}

// add records that a person holds an office.
func (rs *roster) add(h holder) { rs.list = append(rs.list, h) }

// stateOffice returns the office of state that this article, or failing
// it the catalog, gives person p; "" when neither does.
func (rs *roster) stateOffice(p *entry) graph.Predicate {
	if h := rs.stateHolder(p); h != nil {
		return h.predicate
	}
	for _, r := range p.roles {
		if obj := rs.catalog.byName[r.object]; obj != nil && obj.typ == graph.Country {
			return r.predicate
		}
	}
	return ""
}

// holds reports whether this article or the catalog gives person e the
// office p of state (president-of also admits the head of government).
func (rs *roster) holds(e *entry, p graph.Predicate, state *entry) bool {
	ok := func(q graph.Predicate) bool {
		return q == p || (p == graph.PresidentOf && (q == graph.PrimeMinisterOf || q == graph.HeadOf))
	}
	for _, h := range rs.list {
		if h.person == e && h.object == state && ok(h.predicate) {
			return true
		}
	}
	for _, r := range e.roles {
		if r.object == state.name && ok(r.predicate) {
			return true
		}
	}
	return false
}

// isLeader reports whether this article or the catalog makes e a head of
// state or government.
func (rs *roster) isLeader(e *entry) bool {
	leads := func(p graph.Predicate) bool { return p == graph.PresidentOf || p == graph.PrimeMinisterOf }
	for _, h := range rs.list {
		if h.person == e && (leads(h.predicate) || (h.predicate == graph.HeadOf && h.object.typ == graph.Country)) {
			return true
		}
	}
	for _, r := range e.roles {
		if leads(r.predicate) {
			return true
		}
		if o := rs.catalog.byName[r.object]; r.predicate == graph.HeadOf && o != nil && o.typ == graph.Country {
			return true
		}
	}
	return false
}

// countryOf returns the state an entity acts for: itself, or the state a
// person holds office for in this article.
func (rs *roster) countryOf(e *entry) *entry {
	c, _ := rs.countryOfFrom(e)
	return c
}

// countryOfFrom is countryOf, and reports whether the state came from the
// catalog's nationality rather than an office the article stated.
func (rs *roster) countryOfFrom(e *entry) (*entry, bool) {
	switch e.typ {
	case graph.Country:
		return e, false
	case graph.Person:
		for _, h := range rs.list {
			if h.person == e && h.object.typ == graph.Country {
				return h.object, false
			}
		}
		c := rs.catalog.byName[e.country]
		return c, c != nil
	}
	return nil, false
}

// headedBody returns the body this article or the catalog makes person e
// the head of, or nil.
func (rs *roster) headedBody(e *entry) *entry {
	for h := len(rs.list) - 1; h >= 0; h-- {
		if hd := rs.list[h]; hd.person == e && hd.predicate == graph.HeadOf && hd.object.typ == graph.Organization {
			return hd.object
		}
	}
	for _, r := range e.roles {
		if o := rs.catalog.byName[r.object]; r.predicate == graph.HeadOf && o != nil && o.typ == graph.Organization {
			return o
		}
	}
	return nil
}

// sideOf returns the state or body a person speaks for: the state of the
// office this article or the catalog gives the person, or the body when it
// belongs to no state.
func (rs *roster) sideOf(e *entry) *entry {
	if e.typ != graph.Person {
		return e
	}
	lift := func(o *entry) *entry {
		if o == nil {
			return nil
		}
		if o.typ == graph.Organization && o.country != "" {
			if c := rs.catalog.byName[o.country]; c != nil {
				return c
			}
		}
		return o
	}
	for _, h := range rs.list {
		if h.person == e && h.predicate != graph.EnvoyTo && h.predicate != graph.MemberOf && isBody(h.object) {
			return lift(h.object)
		}
	}
	for _, r := range e.roles {
		if o := rs.catalog.byName[r.object]; o != nil {
			return lift(o)
		}
	}
	if e.country != "" {
		return rs.catalog.byName[e.country]
	}
	return nil
}

// articleState returns the state this article, not the catalog, last gave
// person p an office of; nil when it gives none.
func (rs *roster) articleState(p *entry) *entry {
	if h := rs.stateHolder(p); h != nil {
		return h.object
	}
	return nil
}

// stateHolder returns the last office of state this article gave person
// p; nil when it gives none.
func (rs *roster) stateHolder(p *entry) *holder {
	for h := len(rs.list) - 1; h >= 0; h-- {
		if rs.list[h].person == p && rs.list[h].object.typ == graph.Country {
			return &rs.list[h]
		}
	}
	return nil
}

// readDelegationHead names the reading of delegationHeads in Explain.
const readDelegationHead = "reading delegation-head"

// holdsOfficeIn reports whether sentence n gave person p an office of obj
// other than a bare membership: a foreign minister is no mere member.
func (rs *roster) holdsOfficeIn(p, obj *entry, n int) bool {
	for _, h := range rs.list {
		if h.person == p && h.object == obj && h.sentence == n && h.predicate != graph.MemberOf && h.predicate != graph.EnvoyTo {
			return true
		}
	}
	return false
}

// delegationHeads reads who leads a state's delegation, once the actors
// of s are known: "a Russian delegation, led by Deputy Defence Minister X",
// "X headed Turkey's team", "Turkey was represented by X". The head serves
// the state: a member of it, unless the sentence gave him an office of it.
func (a *article) delegationHeads(s *sentence) {
	toks := s.toks
	acs := s.actors
	represented := false
	for x := 0; x+1 < len(acs); x++ {
		first, second := acs[x], acs[x+1]
		var state *entry
		var people *actor
		gap := toks[first.end:second.start]
		switch {
		case stateDelegation(toks, first) != nil && leadByGap(gap):
			// "a Russian delegation, led by X".
			state, people = stateDelegation(toks, first), second
		case stateDelegation(toks, second) != nil && len(gap) == 1 && gap[0].in(setHeadVerb) && !gap[0].hyphen:
			// "X headed Turkey's team".
			state, people = stateDelegation(toks, second), first
		case len(first.ents) == 1 && first.ents[0].typ == graph.Country && first.ref == refNone && !first.adjective && (representedGap(gap) || represented && len(gap) == 1 && gap[0].fold == "by"):
			// "Turkey was represented by X, and Iran by Y".
			state, people = first.ents[0], second
			represented = true
		}
		if state == nil || people.ref != refNone {
			continue
		}
		for _, p := range people.ents {
			if p.typ == graph.Person && !a.roster.holdsOfficeIn(p, state, s.index) {
				a.roleFact(s, p, graph.MemberOf, state, 0.75, "", readDelegationHead)
			}
		}
	}
}

// stateDelegation returns the state of an actor that is a state's
// delegation, "a Russian delegation", "Turkey's team", or nil.
func stateDelegation(toks []token, ac *actor) *entry {
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Country || ac.ref != refNone || ac.end-ac.start < 2 || !toks[ac.end-1].in(setDelegationNoun) {
		return nil
	}
	return ac.ents[0]
}

// leadByGap reports whether the words between a delegation and a person
// say that the person leads it: ", led by", "headed by".
func leadByGap(gap []token) bool {
	if len(gap) > 0 && gap[0].fold == "," {
		gap = gap[1:]
	}
	return len(gap) == 2 && gap[0].in(setHeadVerb) && gap[1].fold == "by"
}

// representedGap reports whether the words between a state and a person
// say that the person represents it: "was represented by".
func representedGap(gap []token) bool {
	return len(gap) == 3 && gap[0].in(setAuxVerb) && gap[1].fold == "represented" && gap[2].fold == "by"
}
