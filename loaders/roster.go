package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// roster is the offices an article has stated so far, in order, and who
// holds them; with the catalog, it answers who holds what.
type roster struct {
	list    []holder
	catalog *catalog
	// bare holds the offices people were named with before their names
	// when no state was said ("Government spokesman X"), for what they
	// say in later sentences.
	bare map[*entry]bareOffice
	// held indexes list by person, in order, so that what one person
	// holds is looked up without a scan of every office the article
	// stated (countryOf runs per reference).
	held map[*entry][]int
	// filled indexes list by office (predicate), in order, for the
	// holder of an office a reference names (article.officeHolder).
	filled map[graph.Predicate][]int
	// ofPost indexes list by office and object, in order (holderOf,
	// firstHolder).
	ofPost map[post][]int
	// byWord holds, for each title word, the one person given an office
	// with it, or nil when two were (heldWith).
	byWord map[string]*entry
}

// post is an office of one state or body.
type post struct {
	predicate graph.Predicate
	object    *entry
}

// firstHolder returns the first person this article gave office p of
// object; ok is false when it gave none.
func (rs *roster) firstHolder(p graph.Predicate, object *entry) (e *entry, ok bool) {
	if at := rs.ofPost[post{p, object}]; len(at) > 0 {
		return rs.list[at[0]].person, true
	}
	return nil, false
}

// bareOffice is an office read before a name with no state named.
type bareOffice struct {
	t    title
	word string
}

// holder is a person known, in this article, to hold an office.
type holder struct {
	person    *entry
	predicate graph.Predicate
	object    *entry
	sentence  int    // where the office is stated
	word      string // the title's last word: "envoy", "ambassador"
}

// heldWith returns the one person this article gave an office with the
// title word w ("emir" in "Qatari Emir X"); nil when it gave none, or two.
func (rs *roster) heldWith(w string) *entry {
	return rs.byWord[w]
}

// add records that a person holds an office.
func (rs *roster) add(h holder) {
	if rs.held == nil {
		rs.held = make(map[*entry][]int)
	}
	rs.held[h.person] = append(rs.held[h.person], len(rs.list))
	if rs.filled == nil {
		rs.filled = make(map[graph.Predicate][]int)
	}
	rs.filled[h.predicate] = append(rs.filled[h.predicate], len(rs.list))
	if rs.ofPost == nil {
		rs.ofPost = make(map[post][]int)
	}
	at := post{h.predicate, h.object}
	rs.ofPost[at] = append(rs.ofPost[at], len(rs.list))
	if rs.byWord == nil {
		rs.byWord = make(map[string]*entry)
	}
	if e, ok := rs.byWord[h.word]; !ok {
		rs.byWord[h.word] = h.person
	} else if e != h.person {
		rs.byWord[h.word] = nil
	}
	rs.list = append(rs.list, h)
}

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
	for _, i := range rs.held[e] {
		if h := rs.list[i]; h.object == state && ok(h.predicate) {
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
	for _, i := range rs.held[e] {
		if h := rs.list[i]; leads(h.predicate) || (h.predicate == graph.HeadOf && h.object.typ == graph.Country) {
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
		for _, i := range rs.held[e] {
			if h := rs.list[i]; h.object.typ == graph.Country {
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
	held := rs.held[e]
	for x := len(held) - 1; x >= 0; x-- {
		if hd := rs.list[held[x]]; hd.predicate == graph.HeadOf && hd.object.typ == graph.Organization {
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
	lift := rs.catalog.stateOf
	for _, i := range rs.held[e] {
		if h := rs.list[i]; h.predicate != graph.EnvoyTo && h.predicate != graph.MemberOf && isBody(h.object) {
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
	held := rs.held[p]
	for x := len(held) - 1; x >= 0; x-- {
		if h := held[x]; rs.list[h].object.typ == graph.Country {
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
	for _, i := range rs.held[p] {
		if h := rs.list[i]; h.object == obj && h.sentence == n && h.predicate != graph.MemberOf && h.predicate != graph.EnvoyTo {
			return true
		}
	}
	return false
}

// servesBodyOf reports whether sentence n gave p an office in a body of
// state: "led by X, deputy undersecretary of the Turkish Foreign
// Ministry" names where in the state X serves.
func (rs *roster) servesBodyOf(p, state *entry, n int) bool {
	for _, i := range rs.held[p] {
		if h := rs.list[i]; h.sentence == n && h.object.typ == graph.Organization && h.object.country == state.name {
			return true
		}
	}
	return false
}

// servesOtherBody reports whether sentence n gave p an office of a body
// of no state or of another state than state: "the Sanaa delegation led
// by X, the Front's chief negotiator" is the Front's, whatever place
// names the delegation.
func (rs *roster) servesOtherBody(p, state *entry, n int) bool {
	for _, i := range rs.held[p] {
		if h := rs.list[i]; h.sentence == n && h.object.typ == graph.Organization && h.object.country != state.name && h.predicate != graph.MemberOf {
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
	// led is set once a delegation's head is read, so that "and Turkey's
	// by B" later names another's.
	led := false
	for x := 0; x+1 < len(acs); x++ {
		first, second := acs[x], acs[x+1]
		var state *entry
		var people *actor
		gap := toks[first.end:second.start]
		d1, end1 := a.stateDelegation(toks, first)
		d2, end2 := a.stateDelegation(toks, second)
		switch {
		case d1 != nil && end1 <= second.start && leadByGap(toks[end1:second.start]):
			// "a Russian delegation, led by X".
			state, people = d1, second
		case d2 != nil && (len(gap) == 1 || len(gap) == 2 && (gap[1].fold == "a" || gap[1].fold == "an")) && gap[0].in(setHeadVerb) && !gap[0].hyphen:
			// "X headed Turkey's team", "X led a Hamas delegation".
			state, people = d2, first
		case d2 != nil && partGap(gap) && delegationCloses(toks, end2):
			// "Defence Minister X and Interior Minister Y were also part
			// of the Chilean delegation": each of the list before whose
			// bare office the delegation gives a state; the others are
			// left to what else the article says of them.
			for y := x; y >= 0; y-- {
				if y < x && !listGap(toks[acs[y].end:acs[y+1].start]) {
					break
				}
				if t, _ := bareOfficeBefore(s, acs[y]); stateOffice(t.predicate) && len(acs[y].ents) == 1 {
					a.delegateMember(s, acs[y], d2)
				}
			}
			continue
		case d2 != nil:
			// "X, who runs the Syria desk at the ministry, led Turkey's
			// team": the person before the appositive that closes right
			// before the verb.
			if p := a.leaderBeforeAppositive(s, x+1); p != nil {
				state, people = d2, p
			}
		case d1 != nil && skipParen(toks, end1) < len(toks) && toks[skipParen(toks, end1)].fold == ",":
			// "The delegation of the Front (LPF), the main opposition
			// bloc, was led by X": the person after the appositive.
			if p := a.leaderAfterAppositive(s, x, skipParen(toks, end1)); p != nil {
				state, people = d1, p
			}
		case len(first.ents) == 1 && first.ents[0].typ == graph.Country && first.ref == refNone && !first.adjective && (representedGap(gap) || represented && len(gap) == 1 && gap[0].fold == "by"):
			// "Turkey was represented by X, and Iran by Y".
			state, people = first.ents[0], second
			represented = true
		}
		if d1 != nil && end1 <= second.start && includeGap(toks[end1:second.start]) {
			// "The Peruvian delegation included A, B and C": each member
			// of the list.
			for y := x + 1; y < len(acs); y++ {
				if y > x+1 && !listGap(toks[acs[y-1].end:acs[y].start]) {
					break
				}
				a.delegateMember(s, acs[y], d1)
			}
			continue
		}
		if state != nil {
			a.delegateMember(s, people, state)
			if d1 != nil && people == second {
				a.alsoIncluded(s, x+1, d1)
			}
			if people == second {
				led = true
			}
		}
		if led {
			// "Syria's delegation was led by A and Turkey's by B": the
			// other delegations' heads, the noun and verb left out.
			if st, by := elidedDelegation(toks, first); st != nil && rankGap(toks[by+1:second.start]) && st != state {
				a.delegateMember(s, second, st)
			}
		}
	}
}

// rankGap reports whether the words between "by" and a person are none or
// a rank of up to three capitalised words: "by General X".
func rankGap(gap []token) bool {
	if len(gap) > 3 {
		return false
	}
	for _, t := range gap {
		if !t.word || !t.cap {
			return false
		}
	}
	return true
}

// elidedDelegation returns the state whose delegation an actor names with
// the noun left out, "and Turkey's by", the actor's last member a state
// followed by "'s by", and the index of "by"; nil otherwise.
func elidedDelegation(toks []token, ac *actor) (*entry, int) {
	e := ac.end
	if e > 0 && e < len(toks) && toks[e-1].fold == "'s" && toks[e].fold == "by" {
		// The possessive read into the actor.
		e--
	}
	if ac.ref != refNone || len(ac.ents) == 0 || e+1 >= len(toks) || toks[e].fold != "'s" || toks[e+1].fold != "by" {
		return nil, 0
	}
	if st := ac.ents[len(ac.ents)-1]; st.typ == graph.Country {
		return st, e + 1
	}
	return nil, 0
}

// alsoIncluded reads the members a delegation's second verb lists after
// its head: "Russia's delegation was headed by X, an aide to the
// president, and included Y and Z". The list opens with "and included"
// (or "and also included") after the head acs[h], with no full stop and no
// other state's delegation between.
func (a *article) alsoIncluded(s *sentence, h int, state *entry) {
	toks := s.toks
	for y := h + 1; y < len(s.actors); y++ {
		ac := s.actors[y]
		if d, _ := a.stateDelegation(toks, ac); d != nil && d != state {
			// Another state's team: the verb may be its.
			return
		}
		k := ac.start - 1
		if k < 1 || !toks[k].in(setIncludeVerb) {
			continue
		}
		if k > 1 && toks[k-1].fold == "also" {
			k--
		}
		if toks[k-1].fold != "and" {
			continue
		}
		for _, t := range toks[s.actors[h].end:k] {
			if isTerminal(t) || t.fold == ";" {
				return
			}
		}
		for z := y; z < len(s.actors); z++ {
			if z > y && !listGap(toks[s.actors[z-1].end:s.actors[z].start]) {
				break
			}
			a.delegateMember(s, a.servingState(s, s.actors[z]), state)
		}
		return
	}
}

// servingState returns ac without the people who, by this sentence, head
// or hold an office of a body rather than serve the state at large: "Y,
// the head of the army's intelligence," or one the sentence made a body's
// head. A listed delegate with such an office is that body's, which the
// reader states by its own reading.
func (a *article) servingState(s *sentence, ac *actor) *actor {
	ents := make([]*entry, 0, len(ac.ents))
	for i, p := range ac.ents {
		if p.typ == graph.Person && (i == len(ac.ents)-1 && bodyOfficeAfter(s.toks, ac.end) || a.roster.headsBodyIn(p, s.index)) {
			continue
		}
		ents = append(ents, p)
	}
	cp := *ac
	cp.ents = ents
	return &cp
}

// bodyOfficeAfter reports whether the appositive at toks[k] names an
// office of a body: ", the head of X", ", a deputy chief of X".
func bodyOfficeAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].fold != "," {
		return false
	}
	k++
	if toks[k].is(classDeterminer) || toks[k].fold == "a" || toks[k].fold == "an" {
		k++
	}
	_, j, n := titleAt(toks, k)
	return n > 0 && j+n < len(toks) && toks[j+n].fold == "of"
}

// headsBodyIn reports whether sentence n gave person p an office of an
// organisation other than a bare membership.
func (rs *roster) headsBodyIn(p *entry, n int) bool {
	for _, i := range rs.held[p] {
		if h := rs.list[i]; h.sentence == n && h.object.typ == graph.Organization && h.predicate != graph.MemberOf {
			return true
		}
	}
	return false
}

// leaderBeforeAppositive returns the person who leads the delegation
// acs[k] across an appositive: a head verb (and "a") right before the
// delegation, a comma before the verb closing an appositive opened by a
// comma right after a person named earlier in the sentence, with no other
// person and no other comma-free clause between. It returns nil otherwise.
func (a *article) leaderBeforeAppositive(s *sentence, k int) *actor {
	toks := s.toks
	v := s.actors[k].start - 1
	if v > 0 && (toks[v].fold == "a" || toks[v].fold == "an") {
		v--
	}
	if v < 1 || !toks[v].in(setHeadVerb) || toks[v].hyphen || toks[v-1].fold != "," {
		return nil
	}
	for y := k - 1; y >= 0; y-- {
		ac := s.actors[y]
		if v-1-ac.end > 2*maxAppositive {
			return nil
		}
		if len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && ac.ref == refNone {
			if ac.end >= v-1 || toks[ac.end].fold != "," {
				return nil
			}
			for _, t := range toks[ac.end+1 : v-1] {
				if isTerminal(t) {
					return nil
				}
			}
			return ac
		}
		for _, e := range ac.ents {
			if e.typ == graph.Person {
				return nil
			}
		}
	}
	return nil
}

// leaderAfterAppositive returns the person who leads the delegation
// acs[k] after its appositive, which opens at the comma toks[c]: the first
// person after it, right after ", led by" or ", was led by", with no
// full stop between. It returns nil otherwise.
func (a *article) leaderAfterAppositive(s *sentence, k, c int) *actor {
	toks := s.toks
	for y := k + 1; y < len(s.actors); y++ {
		ac := s.actors[y]
		if ac.start-c > 2*maxAppositive {
			return nil
		}
		person := false
		for _, e := range ac.ents {
			person = person || e.typ == graph.Person
		}
		if !person {
			continue
		}
		b := ac.start - 1
		if len(ac.ents) != 1 || ac.ref != refNone || b < c+2 || toks[b].fold != "by" || !toks[b-1].in(setHeadVerb) {
			return nil
		}
		v := b - 1
		if toks[v-1].in(setAuxVerb) {
			v--
		}
		if toks[v-1].fold != "," {
			return nil
		}
		for _, t := range toks[c:v] {
			if isTerminal(t) {
				return nil
			}
		}
		return ac
	}
	return nil
}

// delegateMember states that the people of ac serve state, unless the
// sentence gave them an office of it.
func (a *article) delegateMember(s *sentence, ac *actor, state *entry) {
	if ac.ref != refNone {
		return
	}
	if state.common {
		// "headed the delegation of the armed opposition": an umbrella
		// named by a common noun has no members to speak of.
		return
	}
	pred, word := graph.MemberOf, ""
	if len(ac.ents) == 1 && state.typ == graph.Country {
		// "The Russian delegation was headed by X, the special
		// presidential envoy for Syria": the bare office is the
		// delegation's state's.
		c := ac.start
		for c < ac.end && s.toks[c].fold != "," {
			// The appositive may be read into the actor.
			c++
		}
		if t, n := bareOfficeAfter(s.toks, c); n > 0 {
			pred, word = t.predicate, s.toks[n-1].fold
		} else if t, w := bareOfficeBefore(s, ac); t.predicate != "" {
			// "Ukraine's team was led by Defence Minister X": the bare
			// office before the name is the delegation's state's too.
			pred, word = t.predicate, w
		}
	}
	for _, p := range ac.ents {
		if p.typ == graph.Person && !a.roster.holdsOfficeIn(p, state, s.index) && !a.roster.servesBodyOf(p, state, s.index) && !a.roster.servesOtherBody(p, state, s.index) {
			a.roleFact(s, p, pred, state, 0.75, word, readDelegationHead)
		}
	}
}

// bareOfficeAfter reads an office with no state or body before it in the
// appositive at toks[k], ", the special presidential envoy": the title,
// which a state may hold, and the index after it; n is 0 when there is
// none.
func bareOfficeAfter(toks []token, k int) (title, int) {
	if k+2 >= len(toks) || toks[k].fold != "," {
		return title{}, 0
	}
	return bareOfficeAt(toks, k+1, true)
}

// bareOfficeAt reads the bare office at toks[k] for bareOfficeAfter; named
// allows one named holder's possessive before it.
func bareOfficeAt(toks []token, k int, named bool) (title, int) {
	if k < len(toks) && (toks[k].is(classDeterminer) || toks[k].fold == "a" || toks[k].fold == "an") {
		k++
	}
	t, j, n := titleAt(toks, k)
	if n == 0 || t.plural || t.predicate == "" || t.target == targetOrg || j+n < len(toks) && toks[j+n].fold == "of" {
		return title{}, 0
	}
	if e := j + n; e < len(toks) && toks[e].word && toks[e].cap {
		// ", President Ivo Tarsh's special envoy": the title is the
		// name's after it; the office is the one after its possessive.
		for e < len(toks) && e < j+n+4 && toks[e].word && toks[e].cap {
			e++
		}
		if !named || e+1 >= len(toks) || toks[e].fold != "'s" {
			return title{}, 0
		}
		return bareOfficeAt(toks, e+1, false)
	}
	return t, j + n
}

// bareOfficeBefore reads an office with no state or body named in it
// right before the one person of ac, "Defence Minister X": the title, which
// a state may hold, and its last word; a zero title when there is none.
func bareOfficeBefore(s *sentence, ac *actor) (title, string) {
	t, j, n := bareOfficeSpan(s, ac)
	if n == 0 {
		return title{}, ""
	}
	return t, s.toks[j+n-1].fold
}

// bareOfficeSpan is bareOfficeBefore giving the office's tokens,
// toks[j:j+n]; n is 0 when there is none.
func bareOfficeSpan(s *sentence, ac *actor) (title, int, int) {
	toks := s.toks
	k := ac.start
	if k < ac.end && toks[k].is(classDeterminer) {
		k++
	}
	t, j, n := titleAt(toks, k)
	if n == 0 || j != k || t.plural || t.predicate == "" || t.target == targetOrg || t.predicate == graph.EnvoyOf {
		// "Ambassador X" before a name is a diplomat's rank as often
		// as a posting: the delegation's member.
		return title{}, 0, 0
	}
	m := mentionAt(s, j+n)
	if m == nil || m.entry != ac.ents[0] || m.end > ac.end {
		// A rank, a portfolio or a body between the office and the
		// name may say whose office it is.
		return title{}, 0, 0
	}
	return t, j, n
}

// includeGap reports whether the words between a delegation and the first
// of its members list them: "included", ", which included".
func includeGap(gap []token) bool {
	if len(gap) > 0 && gap[0].fold == "," {
		gap = gap[1:]
	}
	if len(gap) > 0 && gap[0].in(setRelativePronoun) {
		gap = gap[1:]
	}
	return len(gap) == 1 && gap[0].in(setIncludeVerb)
}

// partGap reports whether the words between people and a delegation
// make them its members: "were part of the", "were also among", "was a
// member of" (a copula and a team-part-noun).
func partGap(gap []token) bool {
	if len(gap) < 2 || !gap[0].in(setCopula) {
		return false
	}
	gap = gap[1:]
	if n := len(gap); n > 1 && gap[n-1].is(classDeterminer) {
		gap = gap[:n-1]
	}
	if gap[0].in(setTeamAdverb) {
		gap = gap[1:]
	}
	switch {
	case len(gap) == 1:
		return gap[0].in(setTeamPrep)
	case len(gap) == 2:
		return gap[0].in(setTeamPartNoun) && gap[1].fold == "of"
	case len(gap) == 3:
		return gap[0].is(classDeterminer) && gap[1].in(setTeamPartNoun) && gap[2].fold == "of"
	}
	return false
}

// delegationCloses reports whether the delegation whose noun ends before
// toks[end] closes its noun phrase there: the sentence ends, punctuation
// or a word that opens another phrase or clause follows ("in Lima", "led
// by X", "which"). A possessive or a noun after it makes it the owner of
// another thing: "were among the Chilean delegation's critics".
func delegationCloses(toks []token, end int) bool {
	return end >= len(toks) || !toks[end].word || toks[end].in(setPhraseCloser)
}

// listGap reports whether the words between two actors join them in a
// list: ",", "and", ", and".
func listGap(gap []token) bool {
	switch len(gap) {
	case 1:
		return gap[0].fold == "," || gap[0].fold == "and"
	case 2:
		return gap[0].fold == "," && gap[1].fold == "and"
	}
	return false
}

// stateDelegation returns the state of an actor that is a state's
// delegation, "a Russian delegation", "Turkey's team", or of a state's
// body's, "a Russian military delegation", or nil.
func (a *article) stateDelegation(toks []token, ac *actor) (*entry, int) {
	if len(ac.ents) != 1 || ac.ref != refNone {
		return nil, 0
	}
	end := 0
	switch e := ac.end; {
	case e-ac.start >= 2 && toks[e-1].in(setDelegationNoun):
		end = e
	case e < len(toks) && toks[e].in(setDelegationNoun):
		// The noun after the actor: "Russian military" and "delegation".
		end = e + 1
	case e+1 < len(toks) && toks[e].fold == "'s" && toks[e+1].in(setDelegationNoun):
		end = e + 2
	case ofDelegation(toks, ac):
		// "the delegation of the Front".
		end = e
	default:
		return nil, 0
	}
	switch e := ac.ents[0]; {
	case e.typ == graph.Country:
		return e, end
	case e.typ == graph.Organization && e.country != "":
		return a.x.catalog.byName[e.country], end
	case e.typ == graph.Organization:
		// "the Front's delegation": its head is one of the Front's.
		return e, end
	}
	return nil, 0
}

// ofDelegation reports whether the actor is read from "the delegation of
// the Front", its words or the two before it holding a delegation's noun
// and "of": the body stands for the delegation in what it does but not in
// who leads it.
func ofDelegation(toks []token, ac *actor) bool {
	for i := max(ac.start-3, 0); i+1 < ac.end && i+1 < len(toks); i++ {
		if toks[i].in(setDelegationNoun) && toks[i+1].fold == "of" {
			return true
		}
	}
	return false
}

// leadByGap reports whether the words between a delegation and a person
// say that the person leads it: ", led by", "headed by", "was led by".
func leadByGap(gap []token) bool {
	if len(gap) > 0 && gap[0].fold == "," {
		gap = gap[1:]
	}
	if len(gap) > 3 && (gap[0].fold == "at" || gap[0].fold == "in" || gap[0].fold == "to") {
		// "The Russian delegation at the talks was headed by X": where
		// the delegation is, in a few lower-case words.
		for len(gap) > 3 && gap[0].word && !gap[0].cap && !gap[0].in(setAuxVerb) && !gap[0].in(setHeadVerb) {
			gap = gap[1:]
		}
	}
	if len(gap) == 3 && gap[0].in(setAuxVerb) {
		// "was led by", "is headed by".
		gap = gap[1:]
	}
	return len(gap) == 2 && gap[0].in(setHeadVerb) && gap[1].fold == "by"
}

// readSpokenFor names the reading of spokenForStates in Explain.
const readSpokenFor = "reading spoken-for"

// spokenForStates reads the state whose bare office a person holds from
// what he says it will do: "Foreign Minister X later said that Peru could
// join the alliance", "President X signed the law and told lawmakers that
// Chile would defend its border". The titled name is the sentence's
// first actor, no other person comes before the state, and the state is the
// subject of the clause he reports, with a modal (word set pledge-modal):
// an official announces what his own state will or can do, while of
// another state he reports what it did or demands what it must do. What
// the state will suffer (word set threat-word, "said Peru would pay a
// heavy price") is a threat, said of an enemy.
//
// A government member's office ("Information Minister X", "Vice
// President X", word set cabinet-noun) is read so too, but reports name
// other states' ministers by bare title as well: the state is given only
// when it is also the report's (reportState) or its dateline's
// (settleSpokenMembers), and not after a capitalised word other than a
// portfolio ("Rebel Information Minister X").
func (a *article) spokenForStates(s *sentence) {
	if len(s.actors) == 0 {
		return
	}
	first := s.actors[0]
	if len(first.ents) != 1 || first.ref != refNone || first.ents[0].typ != graph.Person {
		return
	}
	p := first.ents[0]
	t, j, n := bareOfficeSpan(s, first)
	if n == 0 {
		return
	}
	word := s.toks[j+n-1].fold
	if t.target != targetCountry && !cabinetOffice(s.toks, t, j, n) {
		return
	}
	if a.roster.bare == nil {
		a.roster.bare = map[*entry]bareOffice{}
	}
	a.roster.bare[p] = bareOffice{t, word}
	a.spokenFor(s, p, t, word)
}

// spokenForLater reads, once the references of s are resolved, what a
// person named earlier with a bare office says his state will do: "Government
// spokesman X told reporters that the posts were hit. He said Peru would
// not give up." The reference opens the sentence.
func (a *article) spokenForLater(s *sentence) {
	if len(s.actors) == 0 {
		return
	}
	first := s.actors[0]
	if len(first.ents) != 1 || first.ref == refNone || first.ents[0].typ != graph.Person {
		return
	}
	if b, ok := a.roster.bare[first.ents[0]]; ok {
		a.spokenFor(s, first.ents[0], b.t, b.word)
	}
}

// spokenFor states that p, the first actor of s, holds office t of the
// state he reports will or can do something, as spokenForStates reads it.
func (a *article) spokenFor(s *sentence, p *entry, t title, word string) {
	toks := s.toks
	first := s.actors[0]
	if a.roster.stateHolder(p) != nil {
		// The article said which state's office he holds.
		return
	}
	for x := 1; x < len(s.actors); x++ {
		ac := s.actors[x]
		for _, e := range ac.ents {
			if e.typ == graph.Person {
				return
			}
		}
		if len(ac.ents) != 1 || ac.ref != refNone || ac.ents[0].typ != graph.Country || ac.adjective {
			continue
		}
		k := ac.start - 1
		if k < 1 || toks[k].fold != "that" && !toks[k].in(setSaysVerb) || ac.end >= len(toks) || !toks[ac.end].in(setPledgeModal) {
			continue
		}
		if threatAfter(toks, ac.end+1) {
			// "said Israel would pay a heavy price": a threat to
			// an enemy, not his own state's pledge.
			return
		}
		for i := first.end; i < k; i++ {
			if isTerminal(toks[i]) || toks[i].fold == ";" {
				return
			}
			if toks[i].fold == "who" && i > first.end+1 {
				// "met a name never seen, who said": the clause of
				// another, where "who" does not follow the speaker.
				return
			}
		}
		if t.predicate == graph.MemberOf {
			a.spokenMembers = append(a.spokenMembers, spokenMember{s, p, word, ac.ents[0]})
			if a.bareSettled {
				a.settleSpokenMembers()
			}
			return
		}
		a.roleFact(s, p, t.predicate, ac.ents[0], 0.7, word, readSpokenFor)
		return
	}
}

// threatAfter reports whether the six words from toks[k], up to the
// clause's end, hold a word of a threat (word set threat-word): "would pay
// a heavy price", "would face a crushing response".
func threatAfter(toks []token, k int) bool {
	for i := k; i < len(toks) && i < k+6 && !isTerminal(toks[i]) && toks[i].fold != ","; i++ {
		if toks[i].in(setThreatWord) {
			return true
		}
	}
	return false
}

// spokenMember is a government member whose bare office spokenFor read
// as st's, waiting for the report's state to be known.
type spokenMember struct {
	s      *sentence
	person *entry
	word   string
	st     *entry
}

// settleSpokenMembers gives the members spokenFor read their state when
// it is the report's (reportState) or its dateline's: a member of the
// government the report is about speaks for it, while of another state a
// report's minister may say what it will do ("Deputy Foreign Minister X
// said Ruritania would withdraw").
func (a *article) settleSpokenMembers() {
	if len(a.spokenMembers) == 0 {
		return
	}
	report, home := a.reportState(), a.datelineState()
	for _, m := range a.spokenMembers {
		if m.st == report || m.st == home {
			a.roleFact(m.s, m.person, graph.MemberOf, m.st, 0.7, m.word, readSpokenFor)
		}
	}
	a.spokenMembers = a.spokenMembers[:0]
}

// cabinetOffice reports whether the office toks[j:j+n] is a government
// member's that names no state (cabinetTitle) and is not opened by a
// capitalised word other than a portfolio ("Rebel Information
// Minister", "Regional Vice President").
func cabinetOffice(toks []token, t title, j, n int) bool {
	if !cabinetTitle(toks, t, j, n) {
		return false
	}
	return j == 0 || !toks[j-1].cap || !toks[j-1].word || toks[j-1].in(setPortfolioWord)
}

// cabinetTitle reports whether the title t at toks[j:j+n] is a government
// member's that names no state, "Information Minister", "Vice President":
// its last word in word set cabinet-noun.
func cabinetTitle(toks []token, t title, j, n int) bool {
	return t.predicate == graph.MemberOf && t.target == targetAny && toks[j+n-1].in(setCabinetNoun)
}

// readGoverningHead names the reading of governingHeads in Explain.
const readGoverningHead = "reading governing-head"

// governingHeads reads who rules a state or heads its government, once the
// actors of s are known: "Peru's cabinet, chaired by Prime Minister X",
// "Togo, ruled by President X since 2005", "the Chilean government, led by
// President X". The office's title names no state; the state or the
// government it heads does.
func (a *article) governingHeads(s *sentence) {
	toks := s.toks
	acs := s.actors
	for x := 0; x+1 < len(acs); x++ {
		first, second := acs[x], acs[x+1]
		if len(second.ents) != 1 || second.ref != refNone || second.ents[0].typ != graph.Person {
			continue
		}
		t, word := bareOfficeBefore(s, second)
		if t.predicate == "" || t.target != targetCountry || t.predicate == graph.MemberOf {
			continue
		}
		state, end := a.governed(toks, first)
		if state == nil || end > second.start || !governedByGap(toks[end:second.start]) {
			continue
		}
		p := second.ents[0]
		if a.roster.holdsOfficeIn(p, state, s.index) {
			continue
		}
		if st := a.roster.articleState(p); st != nil && st != state {
			// A person the article gave another state's office rules
			// no other state.
			continue
		}
		a.roleFact(s, p, t.predicate, state, 0.8, word, readGoverningHead)
	}
}

// governed returns the state of an actor that is a state or its
// government, "Togo", "Peru's cabinet", "the Chilean government", and the
// index after it; nil when it is neither.
func (a *article) governed(toks []token, ac *actor) (*entry, int) {
	if len(ac.ents) != 1 || ac.ref != refNone || ac.place() {
		return nil, 0
	}
	e, end := ac.ents[0], ac.end
	if e.typ == graph.Organization && e.country != "" && toks[end-1].in(setGovernmentNoun) {
		// "the Syrian government" known as a body of its own.
		if st := a.x.catalog.byName[e.country]; st != nil && st.typ == graph.Country {
			return st, end
		}
	}
	if e.typ != graph.Country {
		return nil, 0
	}
	if end < len(toks) && toks[end].fold == "'s" {
		end++
	}
	gov := end < len(toks) && toks[end].in(setGovernmentNoun)
	switch {
	case gov:
		end++
	case ac.adjective || end > ac.start && toks[end-1].fold == "'s":
		// "the Chilean", "Peru's" before another noun: no government.
		return nil, 0
	}
	return e, end
}

// governedByGap reports whether the words between a state or its
// government and a person say that the person rules or heads it: ",
// chaired by", ", ruled by", "is led by".
func governedByGap(gap []token) bool {
	if len(gap) == 0 || gap[0].fold != "," {
		// The comma keeps "Peru led by X" in a headline out.
		return false
	}
	gap = gap[1:]
	if len(gap) == 4 && gap[0].in(setRelativePronoun) {
		// ", which is led by".
		gap = gap[1:]
	}
	if len(gap) == 3 && gap[0].in(setAuxVerb) {
		gap = gap[1:]
	}
	return len(gap) == 2 && (gap[0].in(setHeadVerb) || gap[0].in(setRuleVerb)) && gap[1].fold == "by"
}

// representedGap reports whether the words between a state and a person
// say that the person represents it: "was represented by" (an office
// verb after the auxiliary).
func representedGap(gap []token) bool {
	return len(gap) == 3 && gap[0].in(setAuxVerb) && gap[1].in(setOfficeVerb) && gap[2].fold == "by"
}

// readAppointment names the reading of appointments in Explain.
const readAppointment = "reading appointment"

// officesByVerb reads, once the actors of s are known, the offices that
// verbs give people: delegations led and appointments.
func (a *article) officesByVerb(s *sentence) {
	a.delegationHeads(s)
	a.governingHeads(s)
	a.spokenForStates(s)
	a.appointments(s)
	a.ledeOffice(s)
	a.missionAppositions(s)
	a.hisOffices(s)
	a.describedBodyHeads(s)
}

// readLedeOffice names the reading of ledeOffice in Explain.
const readLedeOffice = "reading lede-office"

// ledeOffice reads the lede that names an office first and its holder in
// the next sentence: "The secretary of Iran's Supreme National Security
// Council told a visiting envoy ... . Rear Admiral Ali Shamkhani made the
// remarks ...". The office opens the sentence before; the person, named in
// full and not named in that sentence, opens this one as the subject
// (its verb after the name or after a parenthetical that follows it:
// "The leader of X was killed ... . Z, 44, died ..."),
// with no office of his own stated here, and the article names no other
// holder of the office.
func (a *article) ledeOffice(s *sentence) {
	if s.index == 0 || len(s.actors) == 0 {
		return
	}
	prev := a.sentences[s.index-1]
	if prev.headline || len(prev.actors) == 0 {
		return
	}
	o := prev.actors[0]
	if o.ref != refOffice || o.start > 1 || o.office.object == nil || o.office.predicate == "" || o.office.predicate == graph.MemberOf {
		return
	}
	ac := s.actors[0]
	toks := s.toks
	if ac.ref != refNone || len(ac.ents) != 1 || ac.ents[0].typ != graph.Person {
		return
	}
	v := closedParenthetical(toks, ac.end)
	for c := ac.start; c < ac.end; c++ {
		if toks[c].fold == "," {
			// The actor took in its apposition ("X, also a
			// commander,"): the aside must still say nothing.
			end := ac.end
			if toks[end-1].fold == "," {
				end--
			}
			if !holderAside(toks[c+1 : end]) {
				return
			}
			break
		}
	}
	if v > ac.end && (!holderAside(toks[ac.end+1:v-1]) || v < len(toks) && toks[v].is(classDeterminer)) {
		// "X, a shopkeeper, said", "X, also a commander, died": a
		// description that gives the person another calling, also
		// after an age ("X, 44, a trader, said"); "X, Y and two
		// aides, ..., survived": a list.
		return
	}
	if v >= len(toks) || !toks[v].word || toks[v].cap {
		// The verb follows the name, or the parenthetical after it:
		// "X, 44, died", "X, who was also known as Y, died".
		return
	}
	for k := 0; k < ac.start; k++ {
		// Only ranks and titles before the name.
		if !toks[k].cap && toks[k].fold != "." {
			return
		}
	}
	p := ac.ents[0]
	if m := mentionAt(s, ac.start); m == nil || m.entry != p || m.end-m.start < 2 {
		// Named by surname or title alone.
		if m := lastMentionEndingAt(s, ac.end); m == nil || m.entry != p || m.end-m.start < 2 {
			return
		}
	}
	for _, m := range prev.mentions {
		if m.entry == p {
			return
		}
	}
	for _, h := range a.roster.list {
		if h.person == p && (h.sentence == s.index || h.object != o.office.object) {
			// An office stated here, or another office stated before.
			return
		}
		if h.object == o.office.object && h.predicate == o.office.predicate && h.person != p {
			return
		}
	}
	a.roleFact(s, p, o.office.predicate, o.office.object, 0.7, o.office.word, readLedeOffice)
}

// holderAside reports whether aside, the whole parenthetical after a
// name, says nothing of what the person does: just an age ("X, 44,"), a
// relative clause ("X, who ...,") or another name ("X, (also) known as
// Y,": aside-adverb, aside-name-verb). "also" alone ("X, also a
// commander,") gives another calling.
func holderAside(aside []token) bool {
	if len(aside) == 0 {
		return false
	}
	if len(aside) == 1 && isDigit(aside[0].fold) {
		return true
	}
	if aside[0].in(setRelativePronoun) && aside[0].fold != "that" {
		return true
	}
	if aside[0].in(setAsideAdverb) {
		aside = aside[1:]
	}
	if len(aside) < 3 || !aside[0].in(setAsideNameVerb) || aside[1].fold != "as" {
		return false
	}
	for _, t := range aside[2:] {
		if !t.cap {
			return false
		}
	}
	return true
}

// choiceBefore reports whether the clause before toks[to] holds a verb
// that gives an office, then "as", and "and" before toks[to]: the second
// choice of a list, "choosing A as prime minister and B as".
func choiceBefore(toks []token, to int) bool {
	verb, as := false, false
	for k := max(0, to-20); k < to && k < len(toks); k++ {
		switch {
		case toks[k].in(setOfficeVerb) && !toks[k].in(setAuxVerb):
			verb = true
		case toks[k].fold == "as" && verb:
			as = true
		case isTerminal(toks[k]) || toks[k].fold == ";":
			verb, as = false, false
		}
	}
	return verb && as && to > 0 && (toks[to-1].fold == "and" || toks[to-1].fold == "," || to > 1 && toks[to-2].fold == "and")
}

// appointments reads an office given by appointment or election: "Abiy
// appointed X, a senior TPLF official, as president of the interim
// administration", "Hezbollah has elected X as its new leader", "X was
// named commander of the Quds Force". The office belongs to the body
// named after "of", or, for "its", "their" or no owner at all, to the
// state or body that appointed.
func (a *article) appointments(s *sentence) {
	toks := s.toks
	for x, ac := range s.actors {
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
			continue
		}
		person := ac.ents[0]
		var appointer *entry
		k := ac.end
		v := ac.start - 1
		for v > 0 && (toks[v].is(classRank) || toks[v].fold == "." && toks[v-1].is(classRank)) {
			// "appointed Brigadier General X": the rank is no part of the
			// actor.
			v--
		}
		nb := becomes(toks, k)
		if c := closedParenthetical(toks, k); nb == 0 && c > k && c < len(toks) {
			// "X, a veteran officer, was named head of Y", "X, who
			// until now commanded a unit, was appointed", "X, 54, is
			// the leader of Y": the office verb or copula after the
			// person's parenthetical is his.
			if n := becomes(toks, c); n > 0 {
				k, nb = c, n
			} else if toks[c].fold == "is" {
				k = c
			}
		}
		switch {
		case v >= 0 && toks[v].in(setOfficeVerb):
			// "Hezbollah has elected X".
			if x > 0 {
				appointer = appointingActor(toks, s.actors[x-1], v)
			}
		case nb > 0:
			// "X was named commander", "X became leader of Y", "X took
			// over as head of Y", "X was sworn in as president of Y".
			k += nb
		case k+2 < len(toks) && toks[k].in(setAuxVerb) && toks[k+1].in(setRelativeCopula) && toks[k+2].in(setOfficeVerb):
			// "X has been appointed".
			k += 3
		case k+2 < len(toks) && toks[k].fold == "as" && choiceBefore(toks, ac.start):
			// "choosing A as prime minister and B as head of the
			// Council": the verb of the first choice reaches the next.
		case k+2 < len(toks) && toks[k].fold == "is" && (toks[k+1].is(classDeterminer) || toks[k+1].fold == "its" || toks[k+1].fold == "their" || mentionAt(s, k+1) != nil):
			// "X is Hezbollah's spokesman", "X is the leader of the
			// Front": the office held now.
			k++
		default:
			continue
		}
		if k+2 < len(toks) && toks[k].fold == "to" && toks[k+1].in(setLeadInfinitive) && v >= 0 && toks[v].in(setOfficeVerb) {
			// "named X to lead the Guards": the office the appointment
			// gives.
			b := k + 2
			if toks[b].is(classDeterminer) {
				b++
			}
			if m := mentionAt(s, b); m != nil && m.entry.typ == graph.Organization && !m.possessive {
				a.roleFact(s, person, graph.HeadOf, m.entry, 0.8, "", readAppointment)
			}
			continue
		}
		if k < len(toks) && toks[k].fold == "," {
			// An appositive the actor did not take in: ", who was
			// Soleimani's deputy,".
			k = skipAppositive(toks, k+1, k)
		}
		if k < len(toks) && toks[k].fold == "as" {
			k++
		}
		poss := false
		var owner *entry
		if k < len(toks) && (toks[k].fold == "its" || toks[k].fold == "their") {
			poss = true
			k++
		} else if k < len(toks) && toks[k].is(classDeterminer) {
			k++
		}
		if m := mentionAt(s, k); m != nil && m.possessive && isBody(m.entry) && !poss {
			// "X served as the Front's chief negotiator": the office is
			// the owner's.
			owner, k = m.entry, m.end+1
			for k < len(toks) && toks[k].is(classTitleAdjective) {
				// "as Niger's legitimate head of state".
				k++
			}
		}
		t, j, n := titleAt(toks, k)
		if n == 0 || t.plural || t.predicate == "" {
			continue
		}
		word := toks[j+n-1].fold
		k = j + n
		if p, _ := a.personAt(s, skipRanks(a, toks, k)); p != nil {
			// "Putin named Prime Minister X": the title is another's.
			continue
		}
		obj := appointer
		if owner != nil {
			if !t.fits(owner) {
				continue
			}
			obj = owner
		} else if !poss && k+1 < len(toks) && toks[k].fold == "of" {
			k2 := k + 1
			if toks[k2].is(classDeterminer) {
				k2++
			}
			if m := a.officeBody(s, k2, true); m != nil {
				obj = m.entry
			} else if m := mentionAt(s, k2); m != nil && !m.possessive && isBody(m.entry) {
				obj = m.entry
			} else {
				continue
			}
		}
		if obj == nil && poss {
			// "Hezbollah sent a team, and X served as its chief
			// negotiator": the body or state named before X, unless a
			// body named by its noun alone stands nearer (see
			// possessiveOwner).
			obj = possessiveOwner(toks, s.actors[:x], t, j-1)
		}
		if obj == nil {
			continue
		}
		p := t.predicate
		switch {
		case headsBody(p, obj):
			// The president of a body heads it.
			p = graph.HeadOf
		case obj.typ == graph.Country && t.target == targetOrg && p == graph.HeadOf:
			// "Iran named X as its new commander": of what, unsaid.
			continue
		}
		a.roleFact(s, person, p, obj, 0.8, word, readAppointment)
	}
}

// closedParenthetical returns the index after the comma that closes a
// parenthetical opened by the comma at toks[k] (an appositive or a
// relative clause after a name: ", a veteran officer,", ", who until now
// commanded a unit in Kolvo,"), within 2*maxAppositive tokens and with
// no full stop, semicolon or bracket before it; else k.
func closedParenthetical(toks []token, k int) int {
	if k >= len(toks) || toks[k].fold != "," {
		return k
	}
	for i := k + 1; i < len(toks) && i <= k+2*maxAppositive; i++ {
		switch t := toks[i]; {
		case t.fold == ",":
			if i == k+1 {
				return k
			}
			return i + 1
		case isTerminal(t) || t.fold == ";" || t.fold == "(" || t.fold == ")":
			return k
		}
	}
	return k
}

// possessiveOwner returns the first state or body among acs that the
// office t may belong to: whose "its" is. A body named by its noun
// alone after that actor and before the office at toks[at] is the nearer
// owner, which no name gives: "the groups agreed to form a single
// coalition against X and elected Y as its president" makes Y head of
// the coalition, not president of the state the sentence named first; it
// returns nil then. A state named as the place of the deed ("in Lima")
// owns nothing.
func possessiveOwner(toks []token, acs []*actor, t title, at int) *entry {
	for n, ac := range acs {
		if len(ac.ents) != 1 || ac.adjective || ac.ref != refNone || ac.locative {
			// "met in Lima and elected X as its president": a place
			// where something happened owns no office.
			continue
		}
		e := ac.ents[0]
		if !t.fits(e) && !headsBody(t.predicate, e) {
			// "The Front elected X as its president": the president
			// of a body heads it (see appointments).
			continue
		}
		next := n + 1
		for k := ac.end; k < at && k < len(toks); k++ {
			for next < len(acs) && acs[next].end <= k {
				next++
			}
			if next < len(acs) && acs[next].start <= k {
				continue
			}
			if tk := toks[k]; tk.word && !tk.cap && tk.in(setBodyHead) {
				return nil
			}
		}
		return e
	}
	return nil
}

// appointingActor returns the state or body that appoints in "Hezbollah
// has elected": the actor right before the verb at toks[v], with at most
// an auxiliary between, or a relative pronoun and an auxiliary ("the
// Front, which has elected"); nil for a person or anything else.
func appointingActor(toks []token, ac *actor, v int) *entry {
	k := ac.end
	if k+1 < v && toks[k].fold == "," && (toks[k+1].fold == "which" || toks[k+1].fold == "that") {
		k += 2
	}
	gap := v - k
	if gap > 1 || gap == 1 && !toks[k].in(setAuxVerb) {
		return nil
	}
	if len(ac.ents) != 1 || ac.adjective || ac.possessive || ac.ref != refNone || !isBody(ac.ents[0]) {
		return nil
	}
	return ac.ents[0]
}

// becomes returns the length of a verb by which a person is given, takes
// or keeps an office at toks[k], "was named", "became", "has become",
// "took over as", "was sworn in as", "remains", or 0.
func becomes(toks []token, k int) int {
	n := 0
	if k+1 < len(toks) && toks[k].in(setAuxVerb) {
		n++
	}
	if k+n >= len(toks) || !toks[k+n].in(setOfficeVerb) {
		return 0
	}
	n++
	if k+n+1 < len(toks) && (toks[k+n].fold == "over" || toks[k+n].fold == "in") && toks[k+n+1].fold == "as" {
		// "took over as", "sworn in as"; "took part" names no office
		// after it.
		n++
	}
	return n
}

// readDescribedBodyHead names the reading of describedBodyHeads in Explain.
const readDescribedBodyHead = "reading described-body-head"

// describedBodyHeads reads who heads a body the sentence names by a
// description, before a participle of the set headed-by-verb and "by":
// "The mission is headed by X", "The regional force is commanded by Maj
// Gen X", "The paramilitary group is led by X", "The EU monitoring
// mission, led by the Dutch diplomat X,". The description opens the
// sentence or follows a comma, with "the"; its last word names the body
// (describedBody). The person follows "by", after at most a few words
// that describe him ("the German diplomat").
func (a *article) describedBodyHeads(s *sentence) {
	toks := s.toks
	for v := 2; v+2 < len(toks); v++ {
		if !toks[v].in(setHeadedByVerb) || toks[v+1].fold != "by" {
			continue
		}
		person := a.personAfterBy(s, v+2)
		if person == nil {
			continue
		}
		n := v - 1
		if toks[n].in(setAuxVerb) {
			n--
		} else if n > 0 && toks[n].fold == "been" && toks[n-1].in(setAuxVerb) {
			n -= 2
		}
		if n > 0 && toks[n].in(setRelativePronoun) {
			n--
		}
		if n > 0 && toks[n].fold == "," {
			n--
		}
		body := a.describedBody(s, n)
		if m := inMention(s.mentions, n); body == nil && m != nil && m.start <= 1 && m.kind == aliasDefinite && m.entry.typ == graph.Organization && !s.toks[n].cap {
			// The references stage already named the description that
			// opens the sentence ("The armed group is run by X" after one
			// group was named); an appositive's description is left to
			// describedBody, which reads it after its comma.
			body = m.entry
		}
		if body == nil || a.roster.holdsOfficeIn(person, body, s.index) {
			continue
		}
		a.roleFact(s, person, graph.HeadOf, body, 0.75, "", readDescribedBodyHead)
	}
}

// personAfterBy returns the one person named at toks[k] or after up to
// four words that describe him ("the German diplomat", "the preacher")
// or ranks ("Maj Gen"), nil when another name, a comma or a list comes first.
func (a *article) personAfterBy(s *sentence, k int) *entry {
	for x, ac := range s.actors {
		if ac.start < k || ac.start > k+4 {
			continue
		}
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
			return nil
		}
		for y := k; y < ac.start; y++ {
			if r := skipRanks(a, s.toks, y); r > y && r <= ac.start {
				// "Maj Gen X".
				y = r - 1
				continue
			}
			if t := s.toks[y]; !t.word || t.cap && mentionAt(s, y) == nil && y > k {
				return nil
			}
		}
		if x+1 < len(s.actors) && ac.end < len(s.toks) && s.toks[ac.end].fold == "and" && s.actors[x+1].start == ac.end+1 {
			// "led by X and Y": co-heads, read elsewhere.
			return nil
		}
		return ac.ents[0]
	}
	return nil
}

// describedBody returns the body that a description ending at toks[n]
// refers back to: "the mission", "the regional force", "the EU
// monitoring mission". Its last word is a lower-case noun, the words
// before it lower-case or names, "the" opens it at the sentence's start
// or after a comma. The body is the one last named with that noun as the
// head of its name (discourse heads), else the armed group last named
// for a group's noun ("the paramilitary group"), else the body last
// named, in this sentence or the ones before, whose name holds the noun
// ("the Special Monitoring Mission", "the Regional Force"). A state's
// army and a delegation are read elsewhere.
func (a *article) describedBody(s *sentence, n int) *entry {
	toks := s.toks
	if n < 1 || !toks[n].word || toks[n].cap || inMention(s.mentions, n) != nil || armyWord(toks[n]) || toks[n].in(setDelegationNoun) {
		return nil
	}
	b := n - 1
	for b >= 0 && b > n-4 && toks[b].fold != "the" && toks[b].word && (!toks[b].cap || mentionAt(s, b) != nil) {
		b--
	}
	if b < 0 || toks[b].fold != "the" || b > 0 && toks[b-1].fold != "," {
		return nil
	}
	noun := toks[n].fold
	if e := a.refs.heads[noun]; e != nil && e.typ == graph.Organization {
		return e
	}
	if toks[n].in(setGroupRef) {
		if a.refs.otherGroupAt == s.index {
			// The sentence before named two groups: either may be meant.
			return nil
		}
		return a.refs.lastGroup
	}
	named := func(m mention) bool {
		if m.entry.typ != graph.Organization {
			return false
		}
		for _, w := range strings.Fields(m.entry.name) {
			if f := strings.ToLower(w); f == noun || f == noun+"s" {
				return true
			}
		}
		return false
	}
	for x := len(s.mentions) - 1; x >= 0; x-- {
		if m := s.mentions[x]; m.end <= b && named(m) {
			return m.entry
		}
	}
	for k := s.index - 1; k >= 0; k-- {
		ms := a.sentences[k].mentions
		for x := len(ms) - 1; x >= 0; x-- {
			if named(ms[x]) {
				return ms[x].entry
			}
		}
	}
	return nil
}
