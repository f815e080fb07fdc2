package loaders

import (
	"slices"
	"strings"

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
			ac.ents = a.officeHolder(ac.office, s.index)
			if o := ac.office; len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && o.object != nil && o.object.typ == graph.Country {
				// "the Russian president" read as Putin states his office.
				a.roleFact(s, ac.ents[0], o.predicate, o.object, 0.7)
			}
		case refPerson, refPossPerson:
			if e := a.antecedent(s.actors[:k], prev, isPerson); e != nil {
				ac.ents = []*entry{e}
			}
		case refPossBody:
			before := s.actors[:k]
			if ac.relNoun && k > 0 && copulaBetween(s.toks, s.actors[k-1].end, ac.start) {
				// "Hezbollah said Tehran was its main backer": not Tehran;
				// but "Iran sent weapons to its ally" is Iran's ally.
				before = s.actors[:k-1]
			}
			if e := a.antecedent(before, prev, isBody); e != nil {
				ac.ents = []*entry{e}
			}
		case refPairCountry:
			f, back := a.countryOf, prev
			if bloc := a.blocOf(s.toks[ac.start:ac.end]); bloc != "" {
				// "both Gulf states": the last two of that bloc, which may
				// have been named a little further back.
				back = a.sentences[max(0, s.index-blocLookback):s.index]
				f = func(e *entry) *entry {
					if c := a.countryOf(e); c != nil && slices.Contains(c.blocs, bloc) {
						return c
					}
					return nil
				}
			}
			ac.ents = a.lastTwo(s.actors[:k], back, f)
		case refPairPerson:
			// "the two leaders" are heads of state or government when two
			// are known: not the chief of staff met last.
			leaders := pairOfLeaders(s.toks[ac.start:ac.end])
			person := func(e *entry) bool { return e.typ == graph.Person && (!leaders || a.isLeader(e)) }
			ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if person(e) {
					return e
				}
				return nil
			})
			if leaders && len(ac.ents) < 2 {
				person = isPerson
				ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
					if e.typ == graph.Person {
						return e
					}
					return nil
				})
			}
			if pair := a.lastContactOf(person); pair != nil && !a.inContact(ac.ents) {
				// "the two leaders": the two who met or spoke.
				ac.ents = pair
			}
		case refSpeaker:
			continue
		case refGroup:
			ac.ents = a.lastGroup(s, k, ac.count)
		case refStatePerson:
			if ac.states == nil {
				ac.ents = a.statePerson(s, k, ac.state, ac.office.predicate)
				break
			}
			ac.ents = nil
			for _, st := range ac.states {
				if ac.office.predicate == "" {
					// Counterparts in an office not known: no one.
					ac.ents = nil
					break
				}
				e := a.statePerson(s, k, st, ac.office.predicate)
				if len(e) == 0 {
					// A counterpart not named: the state.
					e = []*entry{st}
				}
				if !containsEntry(ac.ents, e[0]) {
					ac.ents = append(ac.ents, e[0])
				}
			}
		case refAttacker:
			if a.lastAttacker != nil {
				ac.ents = []*entry{a.lastAttacker}
			}
		case refBodySubject:
			if e := a.reportingSubject(s, k); e != nil {
				ac.ents = []*entry{e}
			}
		case refPairParty:
			// "the two sides": two people when a person was named last,
			// else two states or bodies.
			fits := isBody
			if n := a.nearestActor(s.actors[:k], prev); n != nil && n.typ == graph.Person {
				fits = isPerson
			}
			ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if fits(e) {
					return e
				}
				return nil
			})
			if ac.ents == nil {
				ac.ents = a.lastTwo(s.actors[:k], prev, func(e *entry) *entry {
					if e.typ == graph.Person || isBody(e) {
						return e
					}
					return nil
				})
			}
		default:
			continue
		}
		ac.inferred = true
	}
	// "we" and "our forces" in a quotation are the speaker's side, once
	// the other references of the sentence are resolved.
	var speaker *entry
	for _, ac := range s.actors {
		if ac.ref != refSpeaker || !insideQuote(s.toks, ac.start) {
			continue
		}
		if speaker == nil {
			if speaker = a.quoteSpeaker(s); speaker == nil {
				return
			}
		}
		ac.ents = []*entry{speaker}
		ac.inferred = true
	}
}

// reportingSubject returns the state or body that says "it" does
// something, "Israel said it struck ...": the actor right before the verb
// of speech, or the subject of the sentence ("The US condemned the attack
// and said it ...").
func (a *article) reportingSubject(s *sentence, k int) *entry {
	verb := s.actors[k].start - 1
	for j := k - 1; j >= 0; j-- {
		ac := s.actors[j]
		if ac.end == verb && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	if k > 0 {
		ac := s.actors[0]
		if (ac.start == 0 || (ac.start == 1 && s.toks[0].is(classDeterminer))) && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	return nil
}

// insideQuote reports whether toks[i] stands inside a quotation.
func insideQuote(toks []token, i int) bool {
	n := 0
	for _, t := range toks[:i] {
		if t.fold == `"` {
			n++
		}
	}
	return n%2 == 1
}

// speechVerbs attribute a quotation to the actor next to them.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stressed": true, "noted": true,
	"stated": true, "declared": true, "insisted": true, "warned": true, "underlined": true,
	"emphasized": true, "emphasised": true, "affirmed": true, "tells": true, "adds": true,
}

// quoteSpeaker returns the side that speaks in the quotations of s: the
// state or body of the person (or the state or body itself) named next to
// a verb of speech outside the quotation: "'We ...,' Lavrov said" is
// Russia.
func (a *article) quoteSpeaker(s *sentence) *entry {
	toks := s.toks
	for _, ac := range s.actors {
		if len(ac.ents) != 1 || ac.ref == refSpeaker || ac.adjective || ac.possessive || insideQuote(toks, ac.start) {
			continue
		}
		before := ac.start > 0 && speechVerbs[toks[ac.start-1].fold] && !insideQuote(toks, ac.start-1)
		after := ac.end < len(toks) && speechVerbs[toks[ac.end].fold]
		if !before && !after {
			continue
		}
		return a.sideOf(ac.ents[0])
	}
	return nil
}

// sideOf returns the state or body a person speaks for: the state of the
// office this article or the catalog gives the person, or the body when it
// belongs to no state.
func (a *article) sideOf(e *entry) *entry {
	if e.typ != graph.Person {
		return e
	}
	lift := func(o *entry) *entry {
		if o == nil {
			return nil
		}
		if o.typ == graph.Organization && o.country != "" {
			if c := a.x.catalog.byName[o.country]; c != nil {
				return c
			}
		}
		return o
	}
	for _, h := range a.holders {
		if h.person == e && h.predicate != graph.EnvoyTo && h.predicate != graph.MemberOf && isBody(h.object) {
			return lift(h.object)
		}
	}
	for _, r := range e.roles {
		if o := a.x.catalog.byName[r.object]; o != nil {
			return lift(o)
		}
	}
	if e.country != "" {
		return a.x.catalog.byName[e.country]
	}
	return nil
}

// maxGroupDistance bounds how many sentences back a group reference
// ("the three countries") looks for the group it names.
const maxGroupDistance = 12

// lastGroup returns the members of the last group of two or more states
// or people (count of them, when count is set) named as a list before
// actor k of s: "Russia, Iran and Turkey ... the three countries".
func (a *article) lastGroup(s *sentence, k, count int) []*entry {
	fits := func(g []*entry) bool {
		return len(g) >= 2 && (count == 0 || len(g) == count)
	}
	if g := a.groupsIn(s, k); len(g) > 0 {
		for x := len(g) - 1; x >= 0; x-- {
			if fits(g[x]) {
				return g[x]
			}
		}
	}
	for p := s.index - 1; p >= 0 && p >= s.index-maxGroupDistance; p-- {
		prev := a.sentences[p]
		g := a.groupsIn(prev, len(prev.actors))
		for x := len(g) - 1; x >= 0; x-- {
			if fits(g[x]) {
				return g[x]
			}
		}
	}
	return nil
}

// groupsIn lists the groups of states or people named as lists among the
// first n actors of s: "Russia, Iran and Turkey", "the presidents of Russia
// and Iran", "Putin and Rouhani".
func (a *article) groupsIn(s *sentence, n int) [][]*entry {
	var out [][]*entry
	member := func(ac *actor) *entry {
		if len(ac.ents) != 1 || ac.adjective || ac.place() || ac.possessive || ac.ref != refNone {
			return nil
		}
		if e := ac.ents[0]; e.typ == graph.Country || e.typ == graph.Person {
			return e
		}
		return nil
	}
	for k := 0; k < n; k++ {
		ac := s.actors[k]
		if len(ac.ents) >= 2 && (ac.ref == refNone || ac.ref == refGroup) {
			out = append(out, ac.ents)
			continue
		}
		e := member(ac)
		if e == nil {
			continue
		}
		g := []*entry{e}
		j := k + 1
		for ; j < n; j++ {
			next := member(s.actors[j])
			if next == nil || next.typ != e.typ || !joins(s.toks, s.actors[j-1].end, s.actors[j].start, a.x.words) {
				break
			}
			if !containsEntry(g, next) {
				g = append(g, next)
			}
		}
		if len(g) >= 2 {
			out = append(out, g)
		}
		k = j - 1
	}
	return out
}

// joins reports whether toks[from:to] only joins two members of a list:
// ",", "and", ", and".
func joins(toks []token, from, to int, w *wordClasses) bool {
	if from >= to || to-from > 2 {
		return false
	}
	for i := from; i < to; i++ {
		if toks[i].fold != "," && !toks[i].is(classCoordinator) {
			return false
		}
	}
	return true
}

// statePerson returns the person of state named last before actor k of s
// or in the sentences before, else first in the next sentence: "the
// Iranian official", "his Russian counterpart".
func (a *article) statePerson(s *sentence, k int, state *entry, office graph.Predicate) []*entry {
	fits := func(ac *actor) *entry {
		if len(ac.ents) != 1 || ac.ref != refNone || ac.adjective {
			return nil
		}
		e := ac.ents[0]
		if e.typ != graph.Person || a.countryOf(e) != state {
			return nil
		}
		if office != "" && !a.holds(e, office, state) {
			// "the Russian leader" is Putin, not Lavrov.
			return nil
		}
		return e
	}
	for j := k - 1; j >= 0; j-- {
		if e := fits(s.actors[j]); e != nil {
			return []*entry{e}
		}
	}
	for p := s.index - 1; p >= 0 && p >= s.index-maxGroupDistance; p-- {
		acs := a.sentences[p].actors
		for j := len(acs) - 1; j >= 0; j-- {
			if e := fits(acs[j]); e != nil {
				return []*entry{e}
			}
		}
	}
	if s.index+1 < len(a.sentences) {
		for _, ac := range a.sentences[s.index+1].actors {
			if e := fits(ac); e != nil {
				return []*entry{e}
			}
		}
	}
	return nil
}

// holds reports whether this article or the catalog gives person e the
// office p of state (president-of also admits the head of government).
func (a *article) holds(e *entry, p graph.Predicate, state *entry) bool {
	ok := func(q graph.Predicate) bool {
		return q == p || (p == graph.PresidentOf && (q == graph.PrimeMinisterOf || q == graph.HeadOf))
	}
	for _, h := range a.holders {
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

func isPerson(e *entry) bool { return e.typ == graph.Person }
func isBody(e *entry) bool   { return e.typ == graph.Country || e.typ == graph.Organization }

// officeHolder returns the person this article names as holding o, or the
// body itself for an office of a body ("the secretary of the NSC").
func (a *article) officeHolder(o office, sentence int) []*entry {
	if o.object == nil {
		// "the premier said": the last holder of such an office named so
		// far.
		// "the envoy's efforts": an envoy, before any other holder of
		// envoy-of such as an ambassador.
		for h := len(a.holders) - 1; h >= 0 && o.word != ""; h-- {
			if hd := a.holders[h]; hd.predicate == o.predicate && hd.word == o.word && hd.sentence <= sentence {
				return []*entry{hd.person}
			}
		}
		for h := len(a.holders) - 1; h >= 0; h-- {
			if a.holders[h].predicate == o.predicate && a.holders[h].sentence <= sentence {
				return []*entry{a.holders[h].person}
			}
		}
		return nil
	}
	for _, h := range a.holders {
		if h.predicate == o.predicate && h.object == o.object {
			return []*entry{h.person}
		}
	}
	for k := len(a.order) - 1; k >= 0; k-- {
		// "the Turkish president" after "Erdogan": the catalog knows the office.
		e := a.order[k]
		if e.typ != graph.Person || len(a.seen[e].aliases) == 0 {
			continue
		}
		for _, r := range e.roles {
			if r.predicate == o.predicate && r.object == o.object.name {
				return []*entry{e}
			}
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

// lastContact returns the two people of the last meeting or call this
// article stated, or nil.
func (a *article) lastContact() []*entry {
	return a.lastContactOf(isPerson)
}

// lastContactOf is lastContact among the people that fit.
func (a *article) lastContactOf(fits func(*entry) bool) []*entry {
	for i := len(a.facts) - 1; i >= 0; i-- {
		f := a.facts[i]
		if (f.Predicate == graph.MetWith || f.Predicate == graph.SpokeWith) && f.Subject.Type == graph.Person && f.Object.Type == graph.Person {
			s, o := a.byEntityName(f.Subject.Name), a.byEntityName(f.Object.Name)
			if s != nil && o != nil && fits(s) && fits(o) {
				return []*entry{s, o}
			}
		}
	}
	return nil
}

// pairOfLeaders reports whether a pair reference names leaders: "the two
// leaders", "both presidents", "the two heads of state".
func pairOfLeaders(toks []token) bool {
	for _, t := range toks {
		switch t.fold {
		case "leaders", "presidents", "heads":
			return true
		}
	}
	return false
}

// isLeader reports whether this article or the catalog makes e a head of
// state or government.
func (a *article) isLeader(e *entry) bool {
	leads := func(p graph.Predicate) bool { return p == graph.PresidentOf || p == graph.PrimeMinisterOf }
	for _, h := range a.holders {
		if h.person == e && (leads(h.predicate) || (h.predicate == graph.HeadOf && h.object.typ == graph.Country)) {
			return true
		}
	}
	for _, r := range e.roles {
		if leads(r.predicate) {
			return true
		}
		if o := a.x.catalog.byName[r.object]; r.predicate == graph.HeadOf && o != nil && o.typ == graph.Country {
			return true
		}
	}
	return false
}

// inContact reports whether the two people of pair met or spoke in this
// article.
func (a *article) inContact(pair []*entry) bool {
	if len(pair) != 2 {
		return false
	}
	for _, f := range a.facts {
		if f.Predicate != graph.MetWith && f.Predicate != graph.SpokeWith {
			continue
		}
		if (f.Subject.Name == pair[0].name && f.Object.Name == pair[1].name) || (f.Subject.Name == pair[1].name && f.Object.Name == pair[0].name) {
			return true
		}
	}
	return false
}

// byEntityName returns the entity of this article called name.
func (a *article) byEntityName(name string) *entry {
	if e, ok := a.x.catalog.byName[name]; ok {
		return e
	}
	return a.found[name]
}

// nearestActor returns the entity of the last actor named before a
// reference: in its sentence, else in the sentences before.
func (a *article) nearestActor(before []*actor, prev []*sentence) *entry {
	pick := func(acs []*actor) *entry {
		for k := len(acs) - 1; k >= 0; k-- {
			if ac := acs[k]; len(ac.ents) > 0 && !ac.adjective && !ac.place() {
				return ac.ents[len(ac.ents)-1]
			}
		}
		return nil
	}
	if e := pick(before); e != nil {
		return e
	}
	for p := len(prev) - 1; p >= 0; p-- {
		if e := pick(prev[p].actors); e != nil {
			return e
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
		if j := suchAsAt(s, i, next); j > i {
			// "Iraqi groups such as Harakat al-Nujaba": the body named.
			i = j
			continue
		}
		if j := memberOfAt(s, i, next); j > i {
			// "the Afghan volunteers of the Fatemiyoun brigade", "the
			// people of Syria": the body or state.
			i = j
			continue
		}
		if next < len(s.actors) && s.actors[next].start == i {
			ac := s.actors[next]
			if ac.modifier {
				i = ac.end
				continue
			}
			if ac.end < len(toks) && toks[ac.end].hyphen && compoundHeads[toks[ac.end].fold] {
				// "the YPG-dominated SDF", "Israeli-occupied Golan": the
				// name qualifies what follows and takes no part.
				i = ac.end + 1
				continue
			}
			if ac.end < len(toks) && siteNouns[toks[ac.end].fold] && !ac.possessive && !ac.adjective && len(ac.ents) == 1 && ac.ents[0].typ == graph.Country {
				// "welcomed at Damascus airport by X": the capital names
				// a site, not an actor.
				its = append(its, item{fold: toks[ac.end].fold, start: ac.start, end: ac.end + 1})
				i = ac.end + 1
				continue
			}
			its = append(its, item{actor: ac, start: ac.start, end: ac.end})
			i = ac.end
			if n := unnamedAllies(toks, i); n > 0 {
				// "the Syrian army and its allies": the allies are no one;
				// "Iran and its proxies, including Hezbollah" names one.
				i += n
				if i+1 < len(toks) && toks[i].fold == "," && (toks[i+1].fold == "including" || toks[i+1].fold == "notably") {
					its = append(its, item{fold: "and", classes: 1 << classCoordinator, start: i, end: i + 2})
					i += 2
				}
			}
			continue
		}
		t := toks[i]
		if t.word && t.is(classDeterminer) {
			i++
			continue
		}
		if t.fold == "." && i > 0 && i+1 < len(toks) && toks[i-1].is(classAbbreviation) {
			// "on Dec. 20 and agreed": the full stop of an abbreviation.
			i++
			continue
		}
		if quantifiers[t.fold] && next < len(s.actors) && s.actors[next].start == i+1 {
			// "backs some rebel groups": the rebels.
			i++
			continue
		}
		if quantities[t.fold] && i+2 < len(toks) && toks[i+1].fold == "of" && next < len(s.actors) && s.actors[next].start == i+2 {
			// "armed thousands of rebels": the rebels.
			i += 2
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
		if n := a.x.words.has(classCoordinator, toks, i); n > 1 && len(its) > 0 && (its[len(its)-1].actor != nil || its[len(its)-1].fold == ",") &&
			next < len(s.actors) && s.actors[next].start == i+n && toks[i].fold == "as" {
			// "Iran, Russia, as well as Turkey": one coordinator.
			its = append(its, item{fold: asWellAs, classes: 1 << classCoordinator, start: i, end: i + n})
			i += n
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

// blocLookback bounds the sentences searched for the states of a bloc.
const blocLookback = 6

// blocOf returns the bloc of states a pair reference names ("both Gulf
// states"), or "".
func (a *article) blocOf(toks []token) string {
	for _, t := range toks {
		if a.x.catalog.blocs[t.fold] {
			return t.fold
		}
	}
	return ""
}

// siteNouns after a state's or capital's name make it a site: "Damascus
// airport".
var siteNouns = map[string]bool{"airport": true, "airfield": true}

// asWellAs is the item of the coordinator "as well as".
const asWellAs = "as well as"

// memberNouns name the members of a body or state: "the volunteers of the
// Fatemiyoun", "the people of Syria" stand for the body or the state.
var memberNouns = map[string]bool{
	"volunteers": true, "fighters": true, "members": true, "militiamen": true, "people": true, "peoples": true,
	"recruits": true, "troops": true, "soldiers": true, "commanders": true, "units": true, "elements": true,
}

// memberOfAt returns, when toks[i] starts "[the Afghan and Pakistani]
// volunteers of [the] X" with X an actor, the index of X; else -1. next is
// the index of the first actor of s at or after i.
func memberOfAt(s *sentence, i, next int) int {
	toks := s.toks
	j := i
	if j+1 < len(toks) && (quantities[toks[j].fold] || numberWords[toks[j].fold] > 0 || isNumber(toks[j].fold)) && memberNouns[toks[j+1].fold] {
		// "five members of Hezbollah".
		j++
	}
	for next < len(s.actors) && s.actors[next].start == j && s.actors[next].adjective {
		// "Afghan and Pakistani".
		j = s.actors[next].end
		next++
		if j < len(toks) && (toks[j].is(classCoordinator) || toks[j].fold == ",") && next < len(s.actors) && s.actors[next].start == j+1 {
			j++
		}
	}
	if j+2 >= len(toks) || !memberNouns[toks[j].fold] || toks[j+1].fold != "of" {
		return -1
	}
	k := j + 2
	return actorAt(s, k, next)
}

// suchAsAt returns, for "[Iraqi] [Shiite] militias such as X", "groups
// including X", "factions like X" at toks[i] with X an actor, the index
// of X; else -1. next is the index of the first actor of s at or after i.
func suchAsAt(s *sentence, i, next int) int {
	toks := s.toks
	j := i
	for next < len(s.actors) && s.actors[next].start == j && s.actors[next].adjective {
		j = s.actors[next].end
		next++
		if j < len(toks) && (toks[j].is(classCoordinator) || toks[j].fold == ",") && next < len(s.actors) && s.actors[next].start == j+1 {
			j++
		}
	}
	k := j
	// Adjectives before the noun: capitalised ("Shiite") or words the
	// lexicon does not know, so never a verb of the patterns.
	for k < len(toks) && k < j+2 && toks[k].word && !kindNouns[toks[k].fold] && (toks[k].cap || toks[k].info == nil) && (next >= len(s.actors) || s.actors[next].start > k) {
		k++
	}
	if k >= len(toks) || !kindNouns[toks[k].fold] {
		return -1
	}
	k++
	switch {
	case k+1 < len(toks) && toks[k].fold == "such" && toks[k+1].fold == "as":
		k += 2
	case k < len(toks) && (toks[k].fold == "including" || toks[k].fold == "like"):
		k++
	default:
		return -1
	}
	return actorAt(s, k, next)
}

// actorAt returns k, or k+1 past a determiner, when a named actor that is
// neither an adjective nor a place starts there; else -1. next is the index
// of the first actor of s at or after the words before k.
func actorAt(s *sentence, k, next int) int {
	if k < len(s.toks) && s.toks[k].is(classDeterminer) {
		k++
	}
	for next < len(s.actors) && s.actors[next].start < k {
		next++
	}
	if next >= len(s.actors) || s.actors[next].start != k || s.actors[next].adjective || len(s.actors[next].ents) == 0 || s.actors[next].place() {
		return -1
	}
	return k
}

// kindNouns name a kind of body before "such as" and an example.
var kindNouns = map[string]bool{
	"groups": true, "militias": true, "factions": true, "organizations": true, "organisations": true,
	"movements": true, "parties": true, "brigades": true, "outfits": true, "proxies": true, "fighters": true,
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// quantities before "of" and an actor are left out: "trained hundreds of
// rebels", "attacked dozens of IS positions".
var quantities = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "scores": true, "tens": true, "millions": true,
	"several": true, "some": true, "many": true,
	"number": true, "few": true, "handful": true, "host": true, "range": true, "variety": true,
}

// quantifiers right before an actor are left out: "backs some rebel
// groups", "armed several militias".
var quantifiers = map[string]bool{
	"some": true, "several": true, "many": true, "various": true, "numerous": true, "certain": true,
}

// unnamedAllies returns the length of "and its allies", "and their
// proxies" at toks[i], or 0.
func unnamedAllies(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].fold != "and" {
		return 0
	}
	if f := toks[i+1].fold; f != "its" && f != "their" && f != "his" {
		return 0
	}
	switch toks[i+2].fold {
	case "allies", "proxies", "partners", "backers", "supporters", "affiliates":
		return 3
	}
	return 0
}

// compoundHeads are the participles after a hyphen that make the name
// before them a modifier of the next word.
var compoundHeads = map[string]bool{
	"dominated": true, "led": true, "controlled": true, "held": true, "allied": true,
	"linked": true, "affiliated": true, "aligned": true, "run": true, "based": true,
	"occupied": true, "born": true, "owned": true, "majority": true, "style": true,
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
		return k < len(its) && its[k].actor != nil && len(its[k].actor.ents) > 0 && !its[k].actor.adjective && its[k].actor.ref != refSpeaker
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
		if j := k + 1; j+2 < len(its) && its[j].is(classRelative) {
			// "Russia, which, along with Iran, backs Assad".
			n := 1
			if its[j+n].fold == "," {
				n++
			}
			if j+n+2 < len(its) && (its[j+n].fold == "along" || its[j+n].fold == "together") && its[j+n+1].fold == "with" {
				n++
			} else {
				n = -1
			}
			if n > 0 && member(j+n+1) && !its[j+n+1].actor.place() {
				last := j + n + 1
				if last+1 < len(its) && its[last+1].fold == "," {
					last++
				}
				g := &actor{start: its[k].start, end: its[last].end}
				for _, m := range []*actor{its[k].actor, its[j+n+1].actor} {
					g.inferred = g.inferred || m.inferred
					for _, e := range m.ents {
						if !containsEntry(g.ents, e) {
							g.ents = append(g.ents, e)
						}
					}
				}
				out = append(out, item{actor: g, start: its[k].start, end: its[last].end})
				k = last
				continue
			}
		}
		idxs := []int{k}
		for j := k + 1; j+1 < len(its); {
			sep := its[j]
			if sep.actor != nil || !(sep.fold == "," || sep.fold == "/" || sep.is(classCoordinator)) {
				break
			}
			n := 1
			if sep.fold == "," && j+2 < len(its) && its[j+1].is(classCoordinator) {
				n = 2 // the Oxford comma
				if len(members) < 2 && its[j+1].fold != asWellAs {
					// "X, and Y ..." joins clauses, not a list.
					break
				}
			}
			if !member(j+n) || its[j+n].actor.place() != place {
				break
			}
			if sep.fold == "," && n == 1 && !headline && !listEndsWithCoordinator(its, j+n+1, a) {
				break
			}
			members = append(members, its[j+n].actor)
			idxs = append(idxs, j+n)
			end = j + n
			j += n + 1
		}
		if len(members) > 1 && alongWithAt(its, end+1) {
			// "Iran and Hezbollah, which, along with Russia, backs ...":
			// the relative clause is the last member's.
			members = members[:len(members)-1]
			idxs = idxs[:len(idxs)-1]
			end = idxs[len(idxs)-1]
		}
		if len(members) == 1 {
			out = append(out, its[k])
			continue
		}
		if last := idxs[len(idxs)-1]; last >= 2 && its[last-1].fold == asWellAs && its[last-2].fold == "," && last+1 < len(its) && its[last+1].fold == "," {
			// "Iran and Russia, as well as Turkey, backed ...": the
			// remark's closing comma.
			end = last + 1
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

// alongWithAt reports whether its[j] starts "which, along with X".
func alongWithAt(its []item, j int) bool {
	if j >= len(its) || !its[j].is(classRelative) {
		return false
	}
	j++
	if j < len(its) && its[j].fold == "," {
		j++
	}
	return j+2 < len(its) && (its[j].fold == "along" || its[j].fold == "together") && its[j+1].fold == "with" && its[j+2].actor != nil
}

// listEndsWithCoordinator reports whether the list of actors continuing at
// its[k] ends with "and X": "Russia, Iran and Turkey".
func listEndsWithCoordinator(its []item, k int, a *article) bool {
	for ; k+1 < len(its); k += 2 {
		if its[k].actor != nil {
			return false
		}
		if its[k].is(classCoordinator) {
			// "A, B and C"; "A, B and other groups".
			return its[k+1].actor != nil || its[k+1].fold == "other" || its[k+1].fold == "others"
		}
		if its[k].fold == "," && its[k+1].is(classCoordinator) && k+2 < len(its) && its[k+2].actor != nil {
			// "A, B, C, and the Afghan volunteers of ...": the list goes
			// on with a member that is no name.
			return true
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

// relate applies the relation patterns to s: to the sentence as written
// and to simpler views of it, in which parenthetical clauses are left out
// ("Putin, who will visit Tehran next week, met Erdogan") and a subject is
// carried to the second verb of its clause ("Rouhani slammed the sanctions
// and thanked Moscow").
func (a *article) relate(s *sentence) {
	if s.question {
		return
	}
	a.memberOfBody(s)
	seen := a.seenElems
	clear(seen)
	candidate := false
	for _, t := range s.toks {
		if t.info == nil {
			continue
		}
		if t.is(classSentenceHedge) {
			s.hedged = true
		}
		for _, pe := range t.info.patterns {
			seen[pe.pattern] |= pe.bit
		}
	}
	for i, p := range a.x.patterns {
		if seen[i] == p.required {
			candidate = true
			break
		}
	}
	if !candidate {
		return
	}
	base := a.items(s)
	views := a.views(s, base)
	a.applyPatterns(s, base)
	for _, v := range views {
		a.applyPatterns(s, v)
	}
}

// applyPatterns matches the patterns a sentence has the words for against
// one view of it.
func (a *article) applyPatterns(s *sentence, its []item) {
	seen := a.seenElems
	for i, p := range a.x.patterns {
		if seen[i] != p.required {
			continue
		}
		for start := 0; start < len(its); start++ {
			b, ok := p.matchAt(its, start)
			if !ok || a.hedged(s, its, b, p.predicate == graph.Opposes && strings.Contains(p.source, " not ")) {
				continue
			}
			if a.trace != nil {
				a.trace.cur = "pattern " + string(p.predicate) + "\t" + p.source
			}
			a.state(s, p, b)
			if a.trace != nil {
				a.trace.cur = ""
			}
			if b.elide[0] >= 0 && b.elide[1] > b.elide[0] {
				its = append(its[:b.elide[0]:b.elide[0]], its[b.elide[1]:]...)
			}
		}
	}
}

// maxParenthetical bounds the items of a clause left out of a view.
const maxParenthetical = 24

// views returns simpler readings of a sentence's items: one without its
// relative clauses and appositives after a name ("Patrushev, who serves
// as secretary of the council, underlined ..."), and, for each verb
// coordinated after the subject's first ("Shamkhani slammed Washington and
// thanked Moscow"), one where the subject stands right before it.
func (a *article) views(s *sentence, base []item) [][]item {
	var out [][]item
	plain, ok := a.withoutParentheticals(s, base)
	if ok {
		out = append(out, plain)
	} else {
		plain = base
	}
	subj := clauseSubject(plain)
	if subj >= 0 {
		out = a.carry(s, plain, subj, false, out)
	}
	if ok {
		out = relativeAux(base, out)
	}
	for k := 0; k+2 < len(plain); k++ {
		// "Syrian troops, in coordination with Russian forces, advanced":
		// the adjunct right after a name is that name's.
		if ac := plain[k].actor; ac != nil && plain[k+1].fold == "," && plain[k+2].actor == nil && !plain[k+2].punct &&
			len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() && a.x.words.has(classAdjunct, s.toks, plain[k+2].start) > 0 &&
			!a.clauseHedged(s, plain, k) {
			v := make([]item, 0, len(plain)-k)
			v = append(v, plain[k])
			v = append(v, plain[k+2:]...)
			out = append(out, v)
			if c := closingComma(plain, k+2); c > 0 && c+1 < len(plain) && plain[c+1].actor == nil && !plain[c+1].punct && !plain[c+1].is(classCoordinator) {
				// "Russian forces, together with the Syrian army, had
				// routed IS": the name's own verb without the adjunct.
				v := make([]item, 0, len(plain)-c)
				v = append(v, plain[k])
				v = append(v, plain[c+1:]...)
				out = append(out, v)
				if companionWords[plain[k+2].fold] {
					// ... and the companion's: the Syrian army routed IS.
					if m := soleActor(plain[k+2 : c]); m >= 0 {
						w := make([]item, 0, len(plain)-c)
						w = append(w, plain[k+2+m])
						w = append(w, plain[c+1:]...)
						out = append(out, w)
					}
				}
			}
		}
	}
	if v := a.appositiveSubject(s, plain); v != nil {
		out = append(out, v)
	}
	for k := max(subj, 0) + 1; k+1 < len(plain); k++ {
		// "two days after Assad made a surprise visit to the city and
		// held talks with Putin": the subject of a subordinate clause
		// carried to its second verb.
		if ac := plain[k].actor; ac != nil && opensSubclause(plain, k-1) &&
			len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() {
			out = a.carry(s, plain, k, true, out)
		}
	}
	return out
}

// relativeAux appends the views in which the name before a relative
// clause stands before a passive coordinated inside it: "the Southern
// Front, which was founded in 2014 and is backed by Jordan," is backed by
// Jordan.
func relativeAux(base []item, out [][]item) [][]item {
	for k := 0; k+1 < len(base); k++ {
		ac := base[k].actor
		if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || !relativePronouns[base[k+1].fold] {
			continue
		}
		for j := k + 2; j+2 < len(base) && base[j].fold != "," && !isStop(base[j]) && base[j].fold != ";"; j++ {
			if base[j].actor != nil && !base[j].actor.place() {
				break
			}
			if base[j].fold == "and" && auxVerbs[base[j+1].fold] && base[j+2].actor == nil && participle(base[j+2].fold) {
				v := make([]item, 0, len(base)-j)
				v = append(v, base[k])
				v = append(v, base[j+1:]...)
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// relativePronouns open a relative clause after a name.
var relativePronouns = map[string]bool{"which": true, "who": true, "that": true}

// auxVerbs open a passive or perfect after "and".
var auxVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
}

// subordinators open a clause with its own subject: "after Assad made a
// visit ...".
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "since": true, "because": true,
	"although": true, "though": true, "whereas": true, "once": true, "as": true, "where": true,
}

// clauseHedged reports whether the clause of plain[k] holds a hedge or a
// negation: an adjunct carried to its subject takes the mood of the verb
// it hangs on ("X, together with Y, would defend the border").
func (a *article) clauseHedged(s *sentence, plain []item, k int) bool {
	w := a.x.words
	for j := clauseStart(plain, k); j < clauseEnd(plain, k); j++ {
		if it := plain[j]; it.actor == nil && !it.punct && (s.toks[it.start].is(classNegation) || w.has(classHedge, s.toks, it.start) > 0) {
			return true
		}
	}
	return false
}

// opensSubclause reports whether plain[j] is a subordinator before the
// subject of its clause: "as Syrian troops advanced", but not "known as
// Mazloum Kobani" or "such as Hezbollah".
func opensSubclause(plain []item, j int) bool {
	if j+1 >= len(plain) || plain[j].actor != nil || !subordinators[plain[j].fold] || plain[j+1].actor == nil {
		return false
	}
	if plain[j].fold == "as" && j > 0 && asNotClause[plain[j-1].fold] {
		return false
	}
	return true
}

// asNotClause are the words after which "as" names, not opens a clause.
var asNotClause = map[string]bool{
	"known": true, "such": true, "well": true, "regarded": true, "described": true, "seen": true,
	"designated": true, "listed": true, "branded": true, "identified": true, "named": true, "same": true,
	"serves": true, "served": true, "serving": true, "acting": true, "appointed": true,
}

// carry appends to out the views of plain in which the actor at subj, the
// subject of its clause, stands right before each verb coordinated after
// its first ("Shamkhani slammed Washington and thanked Moscow"), and before
// each adjunct of its clause ("Qatar supplied weapons to the rebels, in
// coordination with the United States"). A subordinate clause (sub) ends
// at its first comma.
func (a *article) carry(s *sentence, plain []item, subj int, sub bool, out [][]item) [][]item {
	reported := false
	for j := subj + 1; j+1 < len(plain); j++ {
		it := plain[j]
		if it.actor != nil {
			continue
		}
		if it.fold == ";" || it.fold == ":" || isStop(it) || (sub && it.fold == ",") {
			break
		}
		if it.is(classReporting) && (saysVerbs[it.fold] || opensClause(plain[j+1])) {
			if sub {
				break
			}
			// The reported clause has its own subject; ", and thanked"
			// after it goes back to the sentence's: "Abdi told the
			// crowd that the battle was won, and thanked the coalition".
			reported = true
			continue
		}
		next := plain[j+1]
		from := j + 1
		if reported {
			if it.fold == "," && next.fold == "and" && j+2 < len(plain) && a.verbItem(s, plain[j+2]) && strings.HasSuffix(plain[j+2].fold, "ed") {
				reported = false
				j++
				v := make([]item, 0, len(plain)-j+1)
				v = append(v, plain[subj])
				v = append(v, plain[j+1:]...)
				out = append(out, v)
			}
			continue
		}
		switch {
		case it.fold == "and" && a.verbItem(s, next) && !strings.HasSuffix(next.fold, "ing"):
		case it.fold == "and" && auxWords[next.fold]:
			// "... and has backed rebel groups": the verb after its
			// auxiliaries.
			k := j + 1
			for k < len(plain) && k < j+4 && auxWords[plain[k].fold] {
				k++
			}
			if k >= len(plain) || !a.verbItem(s, plain[k]) || strings.HasSuffix(plain[k].fold, "ing") {
				continue
			}
			from = k
		case it.fold == "," && next.actor == nil && strings.HasSuffix(next.fold, "ing") && a.verbItem(s, next):
			// "..., thanking him for his support".
		case opensSubclause(plain, j):
			// "The rebels withdrew as Syrian troops advanced": a new
			// clause with its own subject.
			return out
		case !it.punct && j > subj+1 && a.x.words.has(classAdjunct, s.toks, it.start) > 0:
			// "..., in coordination with the United States".
			if pa := plain[max(j-2, 0)].actor; j >= 2 && plain[j-1].fold == "," && pa != nil && j-2 != subj && !pa.place() && !pa.adjective {
				// "X, in coordination with Y,": X's (see views).
				continue
			}
			if a.clauseHedged(s, plain, subj) {
				continue
			}
			from = j
		default:
			continue
		}
		v := make([]item, 0, len(plain)-from+1)
		v = append(v, plain[subj])
		v = append(v, plain[from:]...)
		out = append(out, v)
	}
	return out
}

// saysVerbs always open a reported clause, which has its own subject:
// "Moscow said 28 jets took part in the raid and fired ...".
var saysVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "added": true, "adding": true,
	"according": true, "that": true, "reported": true, "announced": true,
}

// opensClause reports whether it, after a reporting verb, starts the
// reported clause: "said that", "said Iran", "said: ".
func opensClause(it item) bool {
	return it.actor != nil || it.fold == "that" || it.fold == `"` || it.fold == ":" || it.fold == ","
}

// isStop reports whether it ends a sentence.
func isStop(it item) bool {
	return it.punct && (it.fold == "." || it.fold == "?" || it.fold == "!")
}

// clauseSubject returns the index of the subject of the sentence's first
// clause: its first actor, at the start or after an opening phrase that
// names no one ("On Tuesday, Putin ..."); -1 when there is none.
func clauseSubject(its []item) int {
	if len(its) > 2 && its[0].fold == `"` {
		// A quotation opens the sentence: its speaker is the subject of
		// what follows, `"...," Bennett told Putin, thanking him`.
		for q := 1; q+1 < len(its); q++ {
			if its[q].fold == `"` {
				if ac := its[q+1].actor; ac != nil && len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() {
					return q + 1
				}
				return -1
			}
		}
		return -1
	}
	for k, it := range its {
		if it.actor == nil {
			if it.is(classReporting) {
				return -1
			}
			continue
		}
		ac := it.actor
		if len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() {
			return -1
		}
		if k > 0 && its[k-1].fold != "," {
			return -1
		}
		return k
	}
	return -1
}

// verbItem reports whether it is a word that may be a verb of a relation:
// a word of some pattern that looks like a finite verb ("thanked", "backs").
func (a *article) verbItem(s *sentence, it item) bool {
	if it.actor != nil || it.punct || it.end-it.start != 1 {
		return false
	}
	t := s.toks[it.start]
	if t.info == nil || len(t.info.patterns) == 0 {
		return false
	}
	w := t.fold
	if notVerbs[w] {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || irregularPast[w]
}

// notVerbs end like the verbs of relations but are none: "and is listed as
// a terrorist group by ..." carries no subject.
var notVerbs = map[string]bool{
	"is": true, "was": true, "has": true, "does": true, "as": true, "its": true, "this": true,
	"his": true, "us": true, "thus": true, "news": true,
}

// irregularPast lists past tenses of relation verbs that do not end in -ed.
var irregularPast = map[string]bool{
	"met": true, "held": true, "sent": true, "fought": true, "struck": true, "gave": true,
	"spoke": true, "hit": true, "drove": true, "retook": true, "shook": true, "stood": true,
	"took": true, "lent": true, "made": true, "led": true, "won": true,
}

// withoutParentheticals returns the items with the relative clauses and
// appositives after names left out: ", which backs the rebels," and ", the
// guarantor states of the Astana process,", when a verb follows them. It
// reports whether it left anything out.
func (a *article) withoutParentheticals(s *sentence, its []item) ([]item, bool) {
	var out []item
	for k := 0; k < len(its); k++ {
		if its[k].actor != nil && k+2 < len(its) {
			c := -1
			switch {
			case its[k+1].is(classRelative) && its[k+1].start > 0 && s.toks[its[k+1].start-1].fold == ",":
				// items() drops the comma before the relative.
				c = closingComma(its, k+2)
			case its[k+1].fold == "," && a.opensAppositive(s, its, k+2):
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].actor == nil && strings.HasSuffix(its[k+2].fold, "ed") && its[k+3].fold == "by":
				// ", led by Esmail Qaani since 2020,".
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && k+4 < len(its) && its[k+2].actor != nil && speechVerbs[its[k+3].fold] && its[k+4].fold == ",":
				// "Qatar and Saudi Arabia, he said, supplied ...".
				c = k + 4
			case its[k+1].fold == "," && its[k+2].actor == nil && !its[k+2].punct && strings.HasSuffix(its[k+2].fold, "ing"):
				// "The rebels, meeting in Riyadh, insisted ...".
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].fold == "one" && its[k+3].fold == "of":
				// ", one of the most powerful factions in the umbrella,":
				// a description without names.
				if c = closingComma(its, k+2); c < 0 || namesIn(its[k+2:c]) {
					c = -1
				}
			case its[k+1].fold == "," && its[k+2].fold == "alongside":
				// "Hezbollah, alongside the Syrian army, attacked ...": the
				// companion is read in the full sentence (adjuncts such as
				// "in coordination with" have views of their own).
				c = closingComma(its, k+2)
			case its[k+1].fold == "," && its[k+2].actor == nil && !its[k+2].punct:
				// ", for its part,", ", another hardline group,": a short
				// remark without names.
				if c = closingComma(its, k+2); c > k+2+maxRemark || hasActor(its[k+2:max(c, k+2)]) {
					c = -1
				}
			}
			h := k
			if c < 0 && k+3 < len(its) && its[k+2].fold == "," && its[k+3].actor == nil && !its[k+3].punct && strings.HasSuffix(its[k+3].fold, "ing") && a.headNoun(s, its[k+1]) {
				// "the opposition bloc, meeting in Riyadh, insisted ...":
				// the name's head noun before the remark.
				h, c = k+1, closingComma(its, k+4)
			}
			if c < 0 && k+3 < len(its) && memberNouns[its[k+1].fold] && its[k+2].fold == "," && its[k+3].fold == "alongside" {
				// "Hezbollah fighters, alongside the Syrian army, attacked".
				h, c = k+1, closingComma(its, k+3)
			}
			if c > 0 && c+1 < len(its) && its[c+1].actor == nil && !its[c+1].punct && !its[c+1].is(classCoordinator) {
				if out == nil {
					out = append(make([]item, 0, len(its)), its[:k]...)
				}
				out = append(out, its[k:h+1]...)
				k = c
				continue
			}
		}
		if out != nil {
			out = append(out, its[k])
		}
	}
	return out, out != nil
}

// namesIn reports whether its holds an actor that is no place.
func namesIn(its []item) bool {
	for _, it := range its {
		if it.actor != nil && !it.actor.place() {
			return true
		}
	}
	return false
}

// headNoun reports whether it may be the head noun of the name before it,
// "bloc" in "the opposition bloc": a word that is not a verb of a relation
// or a word of a class.
func (a *article) headNoun(s *sentence, it item) bool {
	return it.actor == nil && !it.punct && it.classes == 0 && it.end-it.start == 1 && !a.verbItem(s, it) && !strings.HasSuffix(it.fold, "ed")
}

// maxRemark bounds the words of a short remark after a name that a view
// leaves out: ", for its part,".
const maxRemark = 4

// hasActor reports whether its holds an actor.
func hasActor(its []item) bool {
	for _, it := range its {
		if it.actor != nil {
			return true
		}
	}
	return false
}

// opensAppositive reports whether its[k] starts an appositive noun phrase:
// a word after a dropped article ("the guarantor states"), or a bare
// demonym after one ("an Iranian-backed group").
func (a *article) opensAppositive(s *sentence, its []item, k int) bool {
	it := its[k]
	if it.punct || (it.actor != nil && !it.actor.adjective) {
		return false
	}
	if it.start == 0 || it.start <= its[k-1].end {
		return false
	}
	return s.toks[it.start-1].is(classDeterminer)
}

// closingComma returns the index of the comma closing a clause that starts
// at its[from], or -1 when the sentence ends first.
func closingComma(its []item, from int) int {
	for c := from; c < len(its) && c < from+maxParenthetical; c++ {
		switch {
		case its[c].fold == ",":
			return c
		case its[c].fold == ";" || its[c].fold == ":" || isStop(its[c]):
			return -1
		}
	}
	return -1
}

// hedged reports whether the match is denied or uncertain: a negation
// inside it or just before it ("did not take part"), a hedge before its
// end in its clause ("may back", "is expected to travel to Moscow to meet
// Putin"; but "will continue to back" is a fact, and "Putin, who will visit
// Tehran, met Erdogan" states a meeting), or a denial just after it
// ("..., the Kremlin denied").
// refusing marks a pattern that reads a refusal ("not allow") itself.
func (a *article) hedged(s *sentence, its []item, b binding, refusing bool) bool {
	w := a.x.words
	toks := s.toks
	for k := max(0, b.first-2); k <= b.last; k++ {
		if it := its[k]; it.actor == nil && !it.punct && toks[it.start].is(classNegation) {
			if refusing && refusal(toks, it.start) {
				// "will not allow Iran to entrench itself": a refusal
				// states opposition.
				continue
			}
			return true
		}
	}
	for k := clauseStart(its, b.first); k <= b.last; k++ {
		it := its[k]
		if it.actor != nil || it.punct {
			continue
		}
		if s.headline && it.fold == "to" && k+1 < len(its) && headlineFuture[its[k+1].fold] {
			// "Erdogan and Putin to meet in Sochi": a headline's plan.
			return true
		}
		i := it.start
		if n := w.has(classHedge, toks, i); n > 0 && !(i+n < len(toks) && toks[i+n].is(classHedgeExempt)) && !(refusing && i+n < len(toks) && refusal(toks, i+n)) {
			return true
		}
	}
	if s.hedged {
		for k := clauseStart(its, b.first); k < clauseEnd(its, b.last); k++ {
			// "reportedly", "claimed": anywhere in the clause of the match.
			if it := its[k]; it.actor == nil && !it.punct && toks[it.start].is(classSentenceHedge) {
				return true
			}
		}
	}
	to := its[b.last].end
	for i := to; i < len(toks) && i < to+postNegationWindow; i++ {
		if toks[i].is(classPostNegation) {
			return true
		}
	}
	return false
}

// clauseEnd returns the index after the last item of the clause holding
// its[k]: before a semicolon, a colon or dash, or a comma before a new
// clause.
func clauseEnd(its []item, k int) int {
	for j := k + 1; j < len(its); j++ {
		it := its[j]
		switch {
		case it.fold == ";" || it.fold == ":" || it.fold == "--":
			return j
		case it.fold == "," && j+1 < len(its) && its[j+1].actor == nil && its[j+1].is(classClauseBreak):
			return j
		case it.fold == "," && j+2 < len(its) && its[j+1].fold == "and" && its[j+2].actor != nil:
			return j
		}
	}
	return len(its)
}

// headlineFuture are the verbs that "to" makes a plan in a headline.
var headlineFuture = map[string]bool{
	"meet": true, "visit": true, "host": true, "hold": true, "travel": true, "talk": true, "discuss": true, "sign": true,
}

// clauseStart returns the index of the first item of the clause holding
// its[k]: after a semicolon, a colon or dash, or a comma before a new
// clause (", but", ", while", ", and Iran ...").
func clauseStart(its []item, k int) int {
	for j := k - 1; j >= 0; j-- {
		it := its[j]
		switch {
		case it.fold == ";" || it.fold == ":" || it.fold == "--":
			return j + 1
		case it.fold == "," && j+1 < k && its[j+1].actor == nil && its[j+1].is(classClauseBreak):
			return j + 1
		case it.fold == "," && j+2 < k && its[j+1].fold == "and" && its[j+2].actor != nil:
			return j + 1
		}
	}
	return 0
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
		ents := a.contactEnts(s, p.predicate, b.g)
		for x, e1 := range ents {
			for _, e2 := range ents[x+1:] {
				a.relFact(s, e1, p.predicate, e2, conf)
			}
		}
	case b.s != nil && b.o != nil:
		if b.s.inferred || b.o.inferred {
			conf *= inferredDiscount
		}
		objs := a.contactEnts(s, p.predicate, b.o)
		if p.predicate == graph.Opposes {
			objs = a.stateOfForces(s, b.o)
		}
		for _, e1 := range a.contactEnts(s, p.predicate, b.s) {
			for _, e2 := range objs {
				a.relFact(s, e1, p.predicate, e2, conf)
			}
		}
		if p.predicate == graph.Fights && len(b.s.ents) == 1 && b.s.ref == refNone && b.s.ents[0].typ != graph.Person {
			// The agent of the last attack, for "condemned the attack".
			a.lastAttacker = b.s.ents[0]
		}
	}
}

// contactEnts returns the entities of ac that take part in a fact of
// predicate p: in a meeting or a call, "the presidents of Iran and Russia"
// are the presidents, as far as the article or the catalog names them,
// not the states.
func (a *article) contactEnts(s *sentence, p graph.Predicate, ac *actor) []*entry {
	if ac.offices == "" || (p != graph.MetWith && p != graph.SpokeWith) {
		return ac.ents
	}
	out := make([]*entry, 0, len(ac.ents))
	for _, e := range ac.ents {
		h := a.holderOf(ac.offices, e, s.index)
		if h == nil {
			// Holders not named: the states meet.
			return ac.ents
		}
		out = append(out, h)
	}
	return out
}

// holderOf returns the person this article names as holding office p of
// state before sentence n (or, failing that, a person of the article the
// catalog gives the office), or nil.
func (a *article) holderOf(p graph.Predicate, state *entry, n int) *entry {
	for h := len(a.holders) - 1; h >= 0; h-- {
		if hd := a.holders[h]; hd.predicate == p && hd.object == state && hd.sentence <= n {
			return hd.person
		}
	}
	for _, e := range a.order {
		if e.typ != graph.Person {
			continue
		}
		for _, r := range e.roles {
			if r.predicate == p && r.object == state.name {
				return e
			}
		}
	}
	return nil
}

// stateOfForces returns the entities an opposed actor stands for: a state's
// forces named by its demonym ("Israeli military attacks") are the state,
// which is what is politically opposed.
func (a *article) stateOfForces(s *sentence, ac *actor) []*entry {
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Organization || ac.ents[0].country == "" {
		return ac.ents
	}
	c := a.x.catalog.byName[ac.ents[0].country]
	if c == nil {
		return ac.ents
	}
	if t := s.toks[ac.start]; t.info != nil {
		for _, pv := range t.info.aliases {
			for _, al := range pv.value {
				if len(pv.keys) == 1 && al.kind == aliasDemonym && al.entry == c {
					return []*entry{c}
				}
			}
		}
	}
	return ac.ents
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

// companionWords open adjuncts whose actor acts with the subject:
// "together with", "jointly with".
var companionWords = map[string]bool{"together": true, "jointly": true}

// soleActor returns the index of the only actor in its that is no place,
// or -1.
func soleActor(its []item) int {
	n := -1
	for k, it := range its {
		if it.actor == nil || it.actor.place() {
			continue
		}
		if n >= 0 || len(it.actor.ents) == 0 || it.actor.adjective || it.actor.possessive {
			return -1
		}
		n = k
	}
	return n
}

// memberOfBody reads "Hadi al-Bahra of the Syrian Negotiations Commission"
// (a bare name, "of" and a body) as membership, unless the article already
// gives the person an office in that body.
func (a *article) memberOfBody(s *sentence) {
	toks := s.toks
	for k := 0; k+1 < len(s.actors); k++ {
		p, b := s.actors[k], s.actors[k+1]
		if p.ref != refNone || b.ref != refNone || len(p.ents) != 1 || len(b.ents) != 1 || p.possessive || b.possessive {
			continue
		}
		person, body := p.ents[0], b.ents[0]
		if person.typ != graph.Person || body.typ != graph.Organization {
			continue
		}
		m := a.mentionAt(s, p.start)
		if m == nil || m.entry != person || m.end != p.end {
			continue // a titled name: the title says the office
		}
		j := p.end
		if j >= len(toks) || toks[j].fold != "of" {
			continue
		}
		j++
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		if mb := a.mentionAt(s, b.start); mb == nil || b.start > j+1 || b.start < j {
			continue
		}
		if e := b.end; e < len(toks) {
			switch f := toks[e].fold; {
			case f == "," || f == "(" || f == ")" || f == "." || f == "and" || f == "who" || f == "--" || toks[e].is(classReporting) || speechVerbs[f]:
			default:
				continue
			}
		}
		if a.holdsOfficeIn(person, body) {
			continue
		}
		a.relFact(s, person, graph.MemberOf, body, 0.7)
	}
}

// holdsOfficeIn reports whether the article states an office of person in
// body.
func (a *article) holdsOfficeIn(person, body *entry) bool {
	for _, f := range a.facts {
		if f.Subject.Name == person.name && f.Object.Name == body.name && f.Predicate != graph.MemberOf {
			switch f.Predicate {
			case graph.HeadOf, graph.SpokespersonOf, graph.EnvoyOf, graph.PresidentOf, graph.PrimeMinisterOf, graph.ForeignMinisterOf, graph.DefenseMinisterOf:
				return true
			}
		}
	}
	return false
}

// appositiveSubject returns the view in which a name set off by commas
// after a noun phrase without verbs is the subject of the verb after it:
// "Bennett's predecessor, Benjamin Netanyahu, met Putin" (Netanyahu met
// Putin), or nil.
func (a *article) appositiveSubject(s *sentence, plain []item) []item {
	for k := 2; k+2 < len(plain); k++ {
		ac := plain[k].actor
		if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || ac.ref != refNone {
			continue
		}
		if plain[k-1].fold != "," || plain[k+1].fold != "," || plain[k+2].actor != nil || !a.verbItem(s, plain[k+2]) {
			continue
		}
		opening := true
		for _, it := range plain[:k-1] {
			if it.fold == "'s" {
				continue
			}
			if it.punct || a.verbItem(s, it) || (it.actor == nil && it.is(classReporting)) {
				opening = false
				break
			}
		}
		if !opening {
			return nil
		}
		v := make([]item, 0, len(plain)-k)
		v = append(v, plain[k])
		return append(v, plain[k+2:]...)
	}
	return nil
}

// auxWords are auxiliaries and adverbs between "and" and a coordinated
// verb: "and has also backed".
var auxWords = map[string]bool{"has": true, "have": true, "had": true, "also": true}

// refusal reports whether toks[i] is the "not" of "not allow", "not
// tolerate", "not permit", "not accept".
func refusal(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].fold != "not" {
		return false
	}
	switch toks[i+1].fold {
	case "allow", "tolerate", "permit", "accept":
		return true
	}
	return false
}

// copulaBetween reports whether toks[i:j] holds a copula: "Tehran was its
// main backer".
func copulaBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		switch toks[k].fold {
		case "is", "are", "was", "were", "remain", "remains", "remained", "became", "become", "been", "be", "as":
			return true
		}
	}
	return false
}
