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
