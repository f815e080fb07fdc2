package loaders

import (
	"iter"
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// maxGroupDistance bounds how many sentences back a group reference
// ("the three countries") looks for the group it names.
const maxGroupDistance = 12

// lastGroup returns the members of the group of two or more states or
// people (count of them, when count is set) the group reference actor k
// of s names: the list right after it, which says who they are ("the
// guarantor countries Russia, Iran and Turkey"); the group an earlier
// reference by the same part named ("the guarantors" once "the three
// guarantors" were Russia, Iran and Turkey, whatever lists came between);
// for "They" opening a sentence, the group the sentence before opened
// with; else the last group named as a list before it: "Russia, Iran and
// Turkey ... the three countries".
func (a *article) lastGroup(s *sentence, k, count int) []*entry {
	fits := func(g []*entry) bool {
		return len(g) >= 2 && (count == 0 || len(g) == count)
	}
	ac := s.actors[k]
	if isDelegationRef(s.toks, ac) {
		// "The Russian visitors held talks ...": the delegation's people.
		return a.delegationMembers(s, ac.state)
	}
	key := groupKey(s.toks, ac)
	bind := func(g []*entry) []*entry {
		if key != "" && g != nil {
			if a.refs.groupNames == nil {
				a.refs.groupNames = make(map[string][]*entry)
			}
			a.refs.groupNames[key] = g
		}
		return g
	}
	if g := a.apposedGroup(s, k); fits(g) {
		return bind(g)
	}
	if g := a.refs.groupNames[key]; key != "" && fits(g) {
		return g
	}
	if key != "" {
		if g := a.describedGroup(s, k, key); fits(g) {
			// "A, B and C, the guarantors of the truce, ... The
			// guarantors said": the group that part was given to, not
			// the last list named.
			return bind(g)
		}
	}
	if bareGroupSubject(s.toks, ac.start, ac.end) {
		// "The guarantors reviewed ...": the group the sentence before
		// opened with, which a later "the guarantors" names too.
		return bind(a.theyGroup(s))
	}
	if g := a.x.groupsIn(s, k); len(g) > 0 {
		for x := len(g) - 1; x >= 0; x-- {
			if fits(g[x]) {
				return bind(g[x])
			}
		}
	}
	if count > 0 {
		if g, own := a.countedHere(s, k, count); own {
			// The sentence names a group of its own before the
			// reference: it is that group, or none when the count
			// differs.
			return bind(g)
		}
	}
	for p := s.index - 1; p >= 0 && p >= s.index-maxGroupDistance; p-- {
		prev := a.sentences[p]
		g := a.x.groupsIn(prev, len(prev.actors))
		for x := len(g) - 1; x >= 0; x-- {
			if fits(g[x]) {
				return bind(g[x])
			}
		}
		if p != s.index-1 || !namesPeople(s.toks, ac) {
			continue
		}
		if g := a.contactGroup(p); fits(g) {
			// "X hosted Y and Z. The three presidents ...": those who
			// met, in the sentence right before.
			return bind(g)
		}
	}
	if count > 0 {
		if g := a.countedUnion(s, k, count); g != nil {
			return bind(g)
		}
	}
	return nil
}

// describedGroup returns the group a reference by the part it plays
// (groupKey: "the guarantors", "the mediators") names when a list before
// it was given that part in an apposition: "A, B and C, the guarantor
// states of the process, met ...", "talks with A and B, the mediators,".
// It looks back as far as lastGroup does, nearest first, and returns nil
// when no list was given the part: then the reference names the last
// group that fits, as a plain one does.
func (a *article) describedGroup(s *sentence, k int, key string) []*entry {
	roles := func(q *sentence) bool { return anyIn(q.toks, setGroupRoleWord) }
	for l := range a.listsBack(s, k, roles) {
		q := l.q
		for x := len(l.spans) - 1; x >= 0; x-- {
			g := l.spans[x]
			j := q.actors[g.to-1].end
			if j+1 >= len(q.toks) || q.toks[j].fold != "," {
				continue
			}
			j++
			if q.toks[j].fold == "the" || q.toks[j].fold == "both" {
				j++
			}
			if j < len(q.toks) && q.toks[j].in(setGroupRoleWord) && strings.TrimSuffix(q.toks[j].fold, "s") == key {
				return g.ents
			}
		}
	}
	return nil
}

// listed is a sentence a group reference looks back over, with the lists
// (groupSpans) among its first n actors: those before the reference in
// its own sentence, all of them in the others.
type listed struct {
	q     *sentence
	n     int
	spans []groupSpan
}

// listsBack yields the sentences the group reference s.actors[k] looks
// back over for a list, nearest first: s itself up to the reference, then
// the maxGroupDistance sentences before it, each with its lists. A
// sentence want rejects is passed over before its lists are read; a nil
// want takes all. describedGroup and ministerPair walk back this way.
func (a *article) listsBack(s *sentence, k int, want func(*sentence) bool) iter.Seq[listed] {
	return func(yield func(listed) bool) {
		for p := s.index; p >= 0 && p >= s.index-maxGroupDistance; p-- {
			q := a.sentences[p]
			if want != nil && !want(q) {
				continue
			}
			n := len(q.actors)
			if q == s {
				n = k
			}
			if !yield(listed{q, n, a.x.groupSpans(q, n)}) {
				return
			}
		}
	}
}

// countedHere returns the group a numbered reference no list holds names
// in its own sentence: all the actors of its kind named alone or in lists
// before it ("Iran, a partner of Damascus and Moscow, said the three
// countries would ..."), when they are as many as it counts. own is set
// when the sentence names two or more of them: then it makes a group of
// its own, and a count that differs leaves the reference unresolved
// rather than taking another sentence's group ("A and B hosted C, where
// the three leaders ..." with C named in a way not read).
func (a *article) countedHere(s *sentence, k, count int) (g []*entry, own bool) {
	g = countedKind(s, k, s.actors[:k])
	if len(g) == count {
		return g, true
	}
	return nil, len(g) > 1
}

// countedUnion returns the group a numbered reference names when neither
// its sentence nor a list before it holds it: all the actors of its kind
// in the sentence before, when they are exactly as many as it counts. "A
// and B signed with C and D. Officials of the four parties ..."; "A and B
// signed along with C. X met the three ministers". A count that does not
// match leaves the reference unresolved: a wrong group costs more than a
// missed one.
func (a *article) countedUnion(s *sentence, k, count int) []*entry {
	if s.index == 0 {
		return nil
	}
	if g := countedKind(s, k, a.sentences[s.index-1].actors); len(g) == count {
		return g
	}
	return nil
}

// countedKind returns the distinct entities of the kind the group
// reference s.actors[k] names (people for "the three ministers", states
// for "the three countries", states and bodies for "the four parties")
// that acs name by name, alone or in lists.
func countedKind(s *sentence, k int, acs []*actor) []*entry {
	ac := s.actors[k]
	people := namesPeople(s.toks, ac)
	// The plural nouns of states after a guarantor noun are those of any
	// group of states: "countries", "states", "governments".
	states := s.toks[ac.end-1].in(setGuarantorState)
	var g []*entry
	for _, b := range acs {
		if b.ref != refNone || b.adjective || b.place() || b.possessive || b.modifier {
			continue
		}
		for _, e := range b.ents {
			fits := e.typ == graph.Country || !states && e.typ == graph.Organization
			if people {
				fits = e.typ == graph.Person
			}
			if fits && !containsEntry(g, e) {
				g = append(g, e)
			}
		}
	}
	return g
}

// groupsIn lists the groups of states or people named as lists among the
// first n actors of s: "Russia, Iran and Turkey", "the presidents of Russia
// and Iran", "Putin and Rouhani".
func (x *Extractor) groupsIn(s *sentence, n int) [][]*entry {
	var out [][]*entry
	for _, g := range x.groupSpans(s, n) {
		out = append(out, g.ents)
	}
	return out
}

// joins reports whether toks[from:to] only joins two members of a list:
// ",", "and", ", and".
func joins(toks []token, from, to int, w *wordClasses) bool {
	if from >= to || to-from > 3 {
		return false
	}
	if to-from > 1 && toks[to-1].fold == "the" {
		// "A, the Netherlands and B": the article of a name in the
		// list, which its mention leaves out.
		to--
	}
	if to-from > 2 {
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
		if e.typ != graph.Person || a.roster.countryOf(e) != state {
			return nil
		}
		if office != "" && !a.roster.holds(e, office, state) {
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
		filled := a.roster.filled[o.predicate]
		for x := len(filled) - 1; x >= 0 && o.word != ""; x-- {
			if hd := a.roster.list[filled[x]]; hd.word == o.word && hd.sentence <= sentence {
				return []*entry{hd.person}
			}
		}
		if p := a.refs.titledHolder(o, sentence); p != nil {
			// "President Arvo Kesk took office ... the president said":
			// the one person the article named after that title alone.
			return []*entry{p}
		}
		for x := len(filled) - 1; x >= 0; x-- {
			if hd := a.roster.list[filled[x]]; hd.sentence <= sentence {
				return []*entry{hd.person}
			}
		}
		return nil
	}
	if p, ok := a.roster.firstHolder(o.predicate, o.object); ok {
		return []*entry{p}
	}
	for k := len(a.cast.officed) - 1; k >= 0; k-- {
		// "the Turkish president" after "Erdogan": the catalog knows the office.
		e := a.cast.officed[k]
		if len(a.cast.seen[e].aliases) == 0 {
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
func antecedent(before []*actor, prev []*sentence, fits func(*entry) bool) *entry {
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

// notOwnTarget returns the body "its" at ac stands for, given e, the one
// named last before it, when "its" opens the object of a verb of attack:
// no one attacks its own, so when e is the verb's subject ("Chad said the
// Front had attacked its forces"), "its" is the body named before e (Chad).
// The subject may be a list, all of whose members are the verb's subject
// ("after A and B bombed its sites"), and a body named before in a
// prepositional phrase gives way to the subject of the main clause ("X
// cut ties with the UN after A bombed its sites" is X's). Only a body of
// the same sentence, no place ("In Mali, the Front attacked its rivals"),
// is taken; otherwise, or when none is named, it returns e, or nil when
// the subject is a list (no one of the list attacks its own).
func notOwnTarget(s *sentence, before []*actor, e *entry, ac *actor) *entry {
	toks := s.toks
	if ac.start == 0 {
		return e
	}
	if v := toks[ac.start-1]; !v.in(setHitVerb) && !v.in(setStrikeVerb) {
		return e
	}
	for k := len(before) - 1; k >= 0; k-- {
		b := before[k]
		if len(b.ents) != 1 || b.adjective || b.ents[0] != e {
			continue
		}
		for j := b.end; j < ac.start-1; j++ {
			if toks[j].fold == "of" && j+1 == ac.start-1 {
				// "accused the Front of attacking its troops".
				continue
			}
			if !toks[j].in(setAuxWord) && !toks[j].in(setAuxVerb) {
				// "Turkey struck the PKK and hit its bases": e is
				// no subject of the verb before "its"; its own.
				return e
			}
		}
		// The members of a list with e are the verb's subject as much as
		// e: "after A and B bombed its sites" is neither A's nor B's.
		first := k
		for first > 0 {
			to := before[first].start
			if to > 0 && toks[to-1].is(classDeterminer) {
				to--
			}
			if !joins(toks, before[first-1].end, to, nil) {
				break
			}
			first--
		}
		for j := first - 1; j >= 0; j-- {
			o := before[j]
			if len(o.ents) != 1 || o.adjective || o.place() || o.ents[0] == e || !isBody(o.ents[0]) {
				continue
			}
			if f := openingActor(s, k); f < j && afterPreposition(toks, o.start) {
				// "X cut ties with the UN after A bombed its sites":
				// the subject of the main clause, not the name of its
				// prepositional phrase.
				if p := before[f]; len(p.ents) == 1 && !p.adjective && !p.possessive && !p.place() && p.ents[0] != e && isBody(p.ents[0]) && beginsClause(toks, p.start) {
					return p.ents[0]
				}
			}
			return o.ents[0]
		}
		if first < k {
			// "A and B attacked its forces" and no one else named: not
			// one of the list, and no one known.
			return nil
		}
		break
	}
	return e
}

// afterPreposition reports whether the phrase at toks[i] is the object of
// a preposition: "with the UN", "to Ruritania".
func afterPreposition(toks []token, i int) bool {
	if i > 0 && toks[i-1].is(classDeterminer) {
		i--
	}
	return i > 0 && isPreposition(toks[i-1].fold)
}

// mainSubjectOverObject returns the person a possessive "his" or "her"
// at s.actors[k] stands for when the person named last before it is the
// object of a preposition in the main clause and "his" stands in a later
// clause with a subject of its own: the subject opening the main clause.
// "X flew to Moscow for talks with Y, weeks after Russia began strikes in
// support of his government" is X's government. It returns nil otherwise,
// and at once for a reference that is no possessive ("he").
func mainSubjectOverObject(s *sentence, k int) *entry {
	toks := s.toks
	if k < 2 || s.actors[k].ref != refPossPerson {
		return nil
	}
	f := openingActor(s, k)
	p := s.actors[f]
	if p.ref != refNone || len(p.ents) != 1 || p.ents[0].typ != graph.Person || p.adjective || p.possessive || !beginsClause(toks, p.start) {
		return nil
	}
	c := -1
	for j := k - 1; j > f; j-- {
		if b := s.actors[j]; len(b.ents) == 1 && b.ents[0].typ == graph.Person && !b.adjective {
			c = j
			break
		}
	}
	if c < 0 || s.actors[c].ents[0] == p.ents[0] {
		return nil
	}
	i := s.actors[c].start
	for i > 0 && toks[i-1].word && toks[i-1].cap {
		// "with Russian President Y": past the title.
		i--
	}
	if !afterPreposition(toks, i) {
		return nil
	}
	for j := c + 1; j < k; j++ {
		// A clause of its own between: a subject and its verb.
		b := s.actors[j]
		if len(b.ents) == 1 && !b.adjective && !b.possessive && !b.place() && b.end < len(toks) && toks[b.end].word && !toks[b.end].cap && finiteVerb(toks[b.end]) {
			return p.ents[0]
		}
	}
	return nil
}

// openingActor returns the index of the actor that opens the clause of
// s.actors[k], k > 0: the first before it that is no place opening an
// adjunct ("In Prague on Thursday, Zelensky met ...", "In Goma, the UN
// mission said ..."), else the one right before it.
func openingActor(s *sentence, k int) int {
	f := 0
	for f < k-1 && s.actors[f].place() {
		f++
	}
	return f
}

// openingSubject returns the person a subject pronoun opening a
// subordinate, coordinated or embedded clause stands for when the
// sentence's main clause opens with that person:
// in "Ruto met Kagame and Tshisekedi before he flew home", "he" is Ruto,
// the subject kept across the clauses, not the last man named; so in
// "Ruto told the envoy of Kagame that he would come", "Ruto blamed Kagame,
// whom he accused of ..." and "Ruto praised Kagame for what he called
// ...": a pronoun subject of a clause embedded in the main one stands for
// its subject, and is never the name a relative clause hangs on. It
// returns nil otherwise.
func openingSubject(s *sentence, k int) *entry {
	ac := s.actors[k]
	toks := s.toks
	if ac.ref != refPerson || ac.start == 0 || k == 0 {
		return nil
	}
	embedded := toks[ac.start-1].in(setEmbeddingWord) && subjectPronoun(toks, ac)
	if !toks[ac.start-1].in(setSubordinator) && !coordinatedClause(toks, ac.start) && !embedded {
		return nil
	}
	f := openingActor(s, k)
	if o := s.actors[f]; o.ref == refPerson && o.start == 1 && toks[0].in(setSubordinator) {
		// "When he arrived, X met Y, and he ...": the main clause opens
		// after the comma that closes the subordinate one.
		for f++; f < k && toks[s.actors[f].start-1].fold != ","; f++ {
		}
		if f == k {
			return nil
		}
	}
	first := s.actors[f]
	if len(first.ents) != 1 || first.ents[0].typ != graph.Person || first.adjective || first.possessive {
		return nil
	}
	switch first.ref {
	case refNone:
		// The person opens the sentence, or its main clause after a
		// comma: "According to officials, Trump settled ...".
		if j := first.start; j > 0 && toks[j-1].fold != "," {
			return nil
		}
	case refPerson:
		// A subject pronoun already read opens the main clause, after an
		// adjunct perhaps: in "In April he held talks with X, and he
		// visited Y", the second "he" is the first one's man, not X;
		// "she ..., and he" names two people.
		if !subjectPronoun(toks, first) || toks[first.start].fold != toks[ac.start].fold {
			return nil
		}
	default:
		return nil
	}
	if embedded {
		// Another person who is the subject of a clause between them
		// ("X said Y thanked Z and told W that he ...") may be the one
		// whose clause embeds the pronoun's: not the opening subject.
		for _, b := range s.actors[f+1 : k] {
			if b.ref == refNone && !b.possessive && len(b.ents) == 1 && b.ents[0].typ == graph.Person && b.ents[0] != first.ents[0] && b.end < len(toks) &&
				(toks[b.end].word && !toks[b.end].cap && finiteVerb(toks[b.end]) || toks[b.end].fold == "," && b.end+1 < len(toks) && toks[b.end+1].is(classRelative)) {
				// "... met Y, who said that he": Y heads the
				// relative clause that embeds the pronoun's.
				return nil
			}
		}
	}
	return first.ents[0]
}

// subjectPronoun reports whether the person pronoun ac is the subject of
// a main clause: a finite verb follows it, perhaps after an adverb ("he
// held", "she has", "he also met"), which "him" never has, and no
// subordinator opens its clause ("after he arrived, ..." is an adjunct's
// subject, not the sentence's).
func subjectPronoun(toks []token, ac *actor) bool {
	if finiteVerbAfter(toks, ac.end) < 0 {
		return false
	}
	return ac.start == 0 || !toks[ac.start-1].in(setSubordinator)
}

// finiteVerbAfter returns the index of the finite verb, in lower case, at
// toks[end] or after up to two auxiliaries or adverbs there ("he also
// met", "she later said"); else -1.
func finiteVerbAfter(toks []token, end int) int {
	j := end
	for n := 0; n < 2 && j+1 < len(toks) && toks[j].in(setAuxWord) && !finiteVerb(toks[j]); n++ {
		j++
	}
	if j >= len(toks) || !toks[j].word || toks[j].cap || !finiteVerb(toks[j]) {
		return -1
	}
	return j
}

// previousSubject returns the person a subject pronoun that opens its
// sentence ("He said ...") stands for: the subject of the sentence before,
// as a careful reader takes it, rather than the first person that sentence
// names. Two places where a person named first is no subject are passed
// over: a phrase that opens the sentence and that a comma closes, when a
// person opens the main clause right after it ("Addressing reporters with
// X, General Y said": Y); and a person named after "of" in a description
// set off before its verb ("The activist, a critic of President X, was
// held": not X; "A nephew of X, Y was charged": Y). A sentence whose every
// person is passed over sends the reader to the one before it ("Z died.
// The activist, a critic of X, was held. He had backed W": Z); when that
// one too names only persons passed over, or none comes before, the
// pronoun is left unresolved (nil, true) rather than given to one of them.
// A possessor ("X's supporters rallied") is taken only when the sentence
// names no other person.
// ok is false when the pronoun does not open its sentence as a subject or
// no sentence before names a person: the reading does not apply.
func previousSubject(s *sentence, k int, prev []*sentence) (e *entry, ok bool) {
	ac := s.actors[k]
	if k > 0 || ac.ref != refPerson || ac.start != 0 || !subjectPronoun(s.toks, ac) {
		return nil, false
	}
	passed := false
	for p := len(prev) - 1; p >= 0; p-- {
		t := prev[p]
		from := mainClauseStart(t)
		named := false
		var owner *entry
		for x, b := range t.actors {
			if len(b.ents) != 1 || b.adjective || b.place() || !isPerson(b.ents[0]) {
				continue
			}
			named = true
			if b.possessive {
				// "X's supporters rallied. He ...": X, unless the
				// sentence names another person (who is then
				// taken, subject or object).
				if owner == nil && x >= from {
					owner = b.ents[0]
				}
				continue
			}
			if x < from || describedOf(t.toks, b.start) {
				continue
			}
			return b.ents[0], true
		}
		if owner != nil {
			return owner, true
		}
		if named {
			if passed {
				return nil, true
			}
			passed = true
		}
	}
	return nil, passed
}

// mainClauseStart returns the index of the first actor of s after a
// phrase that opens it ("In talks with X,", "Addressing a meeting with X,")
// and that a comma closes right before a person, the main clause's
// subject; 0 when no such phrase opens s.
func mainClauseStart(s *sentence) int {
	toks := s.toks
	if !opensWithPhrase(s, false) {
		return 0
	}
	for x, b := range s.actors {
		c := b.start - 1
		if c > 0 && toks[c].is(classDeterminer) {
			// ", the Iranian foreign minister said".
			c--
		}
		if c < 1 || toks[c].fold != "," {
			continue
		}
		if len(b.ents) == 1 && isPerson(b.ents[0]) && !b.possessive && !b.adjective {
			return x
		}
		return 0
	}
	return 0
}

// describedOf reports whether the name at toks[i] follows "of" in a
// description that opens its sentence or is set off by a comma, with no
// verb between that start and the name: "a critic of President X",
// "A nephew of X, Y was charged". "Supporters of X rallied" (no comma
// closes the description before its verb) and "X said the envoy of Y"
// (a verb before) are no such description.
func describedOf(toks []token, i int) bool {
	if i < 2 || toks[i-1].fold != "of" {
		return false
	}
	for j := i - 2; j >= 0; j-- {
		t := toks[j]
		if t.fold == "," {
			return true
		}
		if !t.word || j > 0 && !t.cap && finiteVerb(t) {
			return false
		}
	}
	// The description opens the sentence: a comma must close it before
	// the sentence's verb.
	for _, t := range toks[i:] {
		if t.fold == "," {
			return true
		}
		if t.word && !t.cap && finiteVerb(t) {
			return false
		}
	}
	return false
}

// itActs reports whether the words from toks[k] make "it" before them the
// subject of a deed the patterns read: auxiliaries and adverbs, then a
// finite verb the lexicon knows as a pattern's or a verb of saying ("it
// also struck", "it has backed", "it said"). A copula right after "it"
// makes it no one's ("It was not clear", "it is unclear").
func itActs(toks []token, k int) bool {
	if k >= len(toks) || copula(toks[k].fold) || toks[k].in(setCopula) {
		return false
	}
	k = skipAux(k, 1, 3, auxVerbs|auxAdverbs|lyAdverbs, func(k int) (setBits, string, bool) {
		if k >= len(toks) || !toks[k].word || toks[k].cap {
			return setBits{}, "", false
		}
		return toks[k].sets, toks[k].fold, true
	})
	if k >= len(toks) || !toks[k].word || toks[k].cap || toks[k].fold == "been" || toks[k].fold == "be" {
		return false
	}
	t := toks[k]
	return finiteVerb(t) && (t.is(classReporting) || t.info != nil && len(t.info.patterns) > 0)
}

// clauseBody returns the state or body "it" at toks[i] stands for as the
// subject of a clause (refClauseBody): after ", and", ", but" or a
// subordinator, the body that opens the sentence ("Turkey shelled the
// town, and it struck the Front"); opening the sentence, the body that
// opened prev, the sentence before ("The Front issued a statement. It
// accused Peru ..."). The body opens its sentence or its main clause
// after a comma, as the subject of a verb or before an aside; a person, a
// place, a list or a reference that is no body's leaves "it" unresolved.
// Only the actors read before "it" are used.
func clauseBody(s *sentence, i int, prev *sentence) *entry {
	src, n := s, len(s.actors)
	if i == 0 {
		if prev == nil || prev.headline || prev.question {
			return nil
		}
		src, n = prev, len(prev.actors)
	}
	if n == 0 {
		return nil
	}
	f := 0
	for f < n-1 && src.actors[f].place() {
		f++
	}
	first := src.actors[f]
	if len(first.ents) != 1 || !isBody(first.ents[0]) || first.adjective || first.possessive || first.locative || first.ref != refNone && first.ref != refClauseBody {
		return nil
	}
	toks := src.toks
	if j := first.start; j > 0 && toks[j-1].fold != "," && !(j == 1 && toks[0].is(classDeterminer)) {
		return nil
	}
	e := first.end
	if e >= len(toks) || toks[e].cap || !toks[e].word && toks[e].fold != "," {
		return nil
	}
	if toks[e].fold == "," && f+1 < n && src.actors[f+1].start <= e+2 {
		// "Turkey, Iran and Russia": a list, no one body.
		return nil
	}
	if src == s {
		// "Chile backs the Front from the air as it fights ...": another
		// body named between may be the one "it" stands for.
		for _, o := range s.actors[f+1:] {
			if !o.place() && !o.adjective && len(o.ents) > 0 && o.ents[0] != first.ents[0] && isBody(o.ents[0]) {
				return nil
			}
		}
	}
	return first.ents[0]
}

// coordinatedClause reports whether toks[i] opens a clause coordinated
// after a comma, with an adverb perhaps: ", and earlier he visited", ",
// but he".
func coordinatedClause(toks []token, i int) bool {
	j := i - 1
	if j > 0 && (toks[j].in(setAuxWord) || toks[j].in(setPhraseEnd) && toks[j].fold != "and") {
		// "and later he", "and earlier he".
		j--
	}
	if j < 1 || toks[j].fold != "and" && toks[j].fold != "but" {
		return false
	}
	return toks[j-1].fold == ","
}

// ownSubject returns the state or body "its own" stands for: the subject
// of its clause, the last one named before a verb, and not the object
// named after it. In "Rwanda commands the group and has deployed its own
// troops", "its own" is Rwanda's. It returns nil for a plain "its", or
// when no subject is found in the sentence.
func ownSubject(s *sentence, k int) *entry {
	toks := s.toks
	ac := s.actors[k]
	if ac.start+1 >= len(toks) || toks[ac.start+1].fold != "own" {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		b := s.actors[j]
		if len(b.ents) != 1 || b.adjective || b.possessive || b.place() || !isBody(b.ents[0]) || b.end >= len(toks) {
			continue
		}
		if t := toks[b.end]; t.word && !t.cap && finiteVerb(t) {
			return b.ents[0]
		}
	}
	return nil
}

// objectPronounSubject returns the subject of the clause whose object is the
// person pronoun at s.actors[k] ("him"): the nearest actor before it,
// named or referred to, that a finite verb follows, perhaps after an
// adverb ("X later phoned him", "when he called to congratulate him"), or
// that a relative pronoun of the subject follows ("Y, who had phoned him"
// is Y's clause), when that actor is a person. It returns nil when the
// pronoun is no object pronoun, no such person comes before it, or a relative clause opens between that
// person's verb and the pronoun ("X thanked Y, who had phoned him": not X).
func objectPronounSubject(s *sentence, k int) *entry {
	ac, toks := s.actors[k], s.toks
	if ac.ref != refPerson || !toks[ac.start].in(setObjectPronoun) {
		return nil
	}
	person := func(b *actor) *entry {
		if len(b.ents) != 1 || !isPerson(b.ents[0]) {
			// "until Athens expelled him": a subject, but no
			// person to keep him from.
			return nil
		}
		return b.ents[0]
	}
	for j := k - 1; j >= 0; j-- {
		b := s.actors[j]
		if len(b.ents) == 0 || b.adjective || b.possessive || b.place() {
			continue
		}
		v := b.end
		if v+1 < ac.start && toks[v].fold == "," {
			v++
		}
		if v < ac.start && toks[v].in(setSubjectRelative) {
			return person(b)
		}
		v = finiteVerbAfter(toks, b.end)
		if v < 0 || v >= ac.start {
			continue
		}
		for t := v + 1; t < ac.start; t++ {
			if toks[t].is(classRelative) {
				return nil
			}
		}
		return person(b)
	}
	return nil
}

// reportsClause reports whether e, named before the pronoun at s.actors[k],
// is the one who reports its clause: the subject of a verb of saying ("Y
// said", "Y has said") or the name after "according to".
func reportsClause(s *sentence, k int, e *entry) bool {
	j := soleNamingBefore(s, k, e)
	if j < 0 {
		return false
	}
	toks, b := s.toks, s.actors[j]
	v := b.end
	for v < s.actors[k].start && (toks[v].in(setAuxWord) || toks[v].in(setAuxVerb)) && !toks[v].is(classReporting) {
		v++
	}
	if v < len(toks) && toks[v].is(classReporting) && toks[v].fold != "according" {
		return true
	}
	for t := b.start - 1; t >= max(1, b.start-5); t-- {
		if toks[t].fold == "to" && toks[t-1].fold == "according" {
			return true
		}
		if !toks[t].word || !toks[t].cap {
			break
		}
	}
	return false
}

// soleNamingBefore returns the index of the last of s.actors before k that
// names e and no one else, or -1.
func soleNamingBefore(s *sentence, k int, e *entry) int {
	for j := k - 1; j >= 0; j-- {
		if b := s.actors[j]; len(b.ents) == 1 && b.ents[0] == e {
			return j
		}
	}
	return -1
}

// subjectAfterOf reports whether e, named before the pronoun at s.actors[k],
// is named after "of", the complement of a noun rather than a subject:
// "the actions of President X had stripped him".
func subjectAfterOf(s *sentence, k int, e *entry) bool {
	j := soleNamingBefore(s, k, e)
	if j < 0 {
		return false
	}
	toks, b := s.toks, s.actors[j]
	for t := b.start - 1; t >= max(0, b.start-4); t-- {
		if toks[t].fold == "of" {
			return true
		}
		if !toks[t].word || !toks[t].cap {
			break
		}
	}
	return false
}

// finiteVerb reports whether t may be the verb after a clause's subject:
// an auxiliary, a past tense or a present in -s ("commands").
func finiteVerb(t token) bool {
	f := t.fold
	return t.in(setAuxVerb) || t.in(setIrregularPast) || t.is(classReporting) || strings.HasSuffix(f, "ed") || (strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"))
}

// lastContact returns the two people of the last meeting or call this
// article stated, or nil.
func (a *article) lastContact() []*entry {
	return a.lastContactOf(isPerson)
}

// lastContactOf is lastContact among the people that fit.
func (a *article) lastContactOf(fits func(*entry) bool) []*entry {
	contacts := a.facts.contacts
	for x := len(contacts) - 1; x >= 0; x-- {
		f := a.facts.list[contacts[x]]
		if f.Subject.Type == graph.Person && f.Object.Type == graph.Person {
			s, o := a.byEntityName(f.Subject.Name), a.byEntityName(f.Object.Name)
			if s != nil && o != nil && fits(s) && fits(o) {
				return []*entry{s, o}
			}
		}
	}
	return nil
}

// lastSides returns the two sides of the last pair the article stated as
// sides: two that fought, met or spoke, or signed the same agreement;
// nil when it stated none. "The two sides" of a report on a war or on
// talks are its parties, not the mediator named last.
func (a *article) lastSides() []*entry {
	sides := a.facts.sides
	for x := len(sides) - 1; x >= 0; x-- {
		f := a.facts.list[sides[x]]
		switch f.Predicate {
		case graph.Fights, graph.MetWith, graph.SpokeWith:
		case graph.Signed:
			// The earlier signers of the same agreement, last first.
			signers := a.facts.signed[f.Object.Name]
			y, _ := slices.BinarySearch(signers, sides[x])
			for y--; y >= 0; y-- {
				g := a.facts.list[signers[y]]
				if g.Subject.Name != f.Subject.Name {
					if s, o := a.byEntityName(g.Subject.Name), a.byEntityName(f.Subject.Name); sameKind(s, o) {
						return []*entry{s, o}
					}
				}
			}
			continue
		default:
			continue
		}
		if s, o := a.byEntityName(f.Subject.Name), a.byEntityName(f.Object.Name); sameKind(s, o) {
			return []*entry{s, o}
		}
	}
	return nil
}

// sameKind reports whether s and o are two sides of one kind: two people,
// or two states or bodies ("the DRC and its envoy" are one side).
func sameKind(s, o *entry) bool {
	return s != nil && o != nil && s != o && isPerson(s) == isPerson(o)
}

// pairOfLeaders reports whether a pair reference names leaders: "the two
// leaders", "both presidents", "the two heads of state".
func pairOfLeaders(toks []token) bool {
	return anyIn(toks, setLeaderPlural)
}

// inContact reports whether the two people of pair met or spoke in this
// article.
func (set *factSet) inContact(pair []*entry) bool {
	if len(pair) != 2 {
		return false
	}
	return set.contactPairs[unordered(pair[0].name, pair[1].name)]
}

// byEntityName returns the entity of this article called name.
func (a *article) byEntityName(name string) *entry {
	if e, ok := a.x.catalog.byName[name]; ok {
		return e
	}
	return a.cast.found[name]
}

// nearestActor returns the entity of the last actor named before a
// reference: in its sentence, else in the sentences before.
func nearestActor(before []*actor, prev []*sentence) *entry {
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

// lastTwo returns the last two distinct entities, mapped by f, named in
// the actors before a reference or in the sentences before.
func lastTwo(before []*actor, prev []*sentence, f func(*entry) *entry) []*entry {
	return lastTwoOf(before, prev, f, false)
}

// lastTwoOf is lastTwo, skipping the pronouns that stand for a person
// when named is set: "after he hosted the leaders of both countries", the
// host's state is no one of "both countries", which an article names.
func lastTwoOf(before []*actor, prev []*sentence, f func(*entry) *entry, named bool) []*entry {
	var out []*entry
	add := func(acs []*actor) bool {
		for k := len(acs) - 1; k >= 0; k-- {
			if acs[k].adjective || acs[k].place() {
				continue
			}
			if named && (acs[k].ref == refPerson || acs[k].ref == refPossPerson) {
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

// openingBody returns the state or body "its" at s.actors[k] stands for
// when the sentence opens with it as the subject of its main clause and
// "its" stays in that clause, or opens a clause coordinated with it: in
// "Russia, Syria's ally, launched its operation at the request of the
// Syrian government, and its forces backed the army", both are Russia's,
// not the government's named last. A relative, subordinate or reported
// clause may have a subject of its own, and the object of the subject's
// verb may own what "its" opens: both give nil, and the latter, when "its"
// opens a clause after "and", sets *ambiguous: "A fought B, and its
// fighters attacked C" may be A's or B's, and names neither.
func openingBody(s *sentence, k int, ambiguous *bool) *entry {
	toks := s.toks
	ac := s.actors[k]
	if k == 0 || ac.start == 0 {
		return nil
	}
	f := openingActor(s, k)
	first := s.actors[f]
	if len(first.ents) != 1 || !isBody(first.ents[0]) || first.adjective || first.possessive || first.ref != refNone {
		return nil
	}
	j := first.start
	if j > 0 && toks[j-1].fold == "the" {
		// "The Lake Front has fired ...": the article opens the name.
		j--
	}
	if j > 0 && toks[j-1].fold != "," {
		return nil
	}
	// The subject's verb: right after it, or after its appositive.
	v := first.end
	if v < len(toks) && toks[v].fold == "," {
		for v++; v < ac.start && toks[v].fold != ","; v++ {
		}
		v++
	}
	if v >= ac.start || !toks[v].word || toks[v].cap || !finiteVerb(toks[v]) {
		return nil
	}
	// "A has fired rockets into B since May, a day after its ally C
	// attacked": "its" opens the subject of the subordinate clause,
	// which cannot own it; the main clause's subject does.
	opensSub := toks[ac.start-1].in(setSubordinator) && !toks[ac.start-1].is(classReporting)
	for j := v; j < ac.start; j++ {
		if t := toks[j]; t.is(classReporting) || j > v && (t.is(classRelative) || t.in(setSubordinator) && !opensSub) {
			// "The White House said Washington would keep working
			// with its partners": the reported clause's subject.
			return nil
		}
	}
	if toks[ac.start-1].fold == "and" && !coordinatedClause(toks, ac.start) {
		// "A backed B and its allies": its is B's.
		return nil
	}
	for _, b := range s.actors[f+1 : k] {
		if b.place() || b.adjective || b.possessive || b.ref != refNone {
			continue
		}
		if d := b.start - v - 1; d == 0 || d == 1 && toks[v+1].is(classDeterminer) {
			// "Rwanda backs the Lake Front, and its troops ...": the
			// verb's object may own them; only a name inside a phrase
			// ("at the request of the government") is passed over.
			if ambiguous != nil && toks[ac.start-1].fold == "and" {
				*ambiguous = true
			}
			return nil
		}
		if b.end < ac.start && b.end < len(toks) && toks[b.end].word && !toks[b.end].cap && finiteVerb(toks[b.end]) && !toks[b.end].in(setAuxVerb) && b.end+1 <= ac.start && toks[b.end-1].fold != "by" {
			// Another actor heads a verb of its own before "its".
			return nil
		}
	}
	return first.ents[0]
}

// enmityPair reports whether a pair reference names the two by their
// enmity ("the rivals", "the two camps", "the warring parties"), not by
// their part in talks ("the two sides").
func enmityPair(toks []token) bool {
	return anyIn(toks, setEnmityWord)
}

// lastFoes returns the two sides of the last fight the article stated, or
// nil.
func (a *article) lastFoes() []*entry {
	fights := a.facts.fights
	for x := len(fights) - 1; x >= 0; x-- {
		f := a.facts.list[fights[x]]
		if s, o := a.byEntityName(f.Subject.Name), a.byEntityName(f.Object.Name); sameKind(s, o) {
			return []*entry{s, o}
		}
	}
	return nil
}

// pairPartners returns what the pair reference s.actors[k] ("both
// leaders", "the two countries", "both sides") cannot name: the other
// arguments of its own clause's verb and the states they act for. One who
// acts on a pair is none of it, nor is his state: in "he said he had
// spoken with both leaders", "Russia sent weapons to both countries" or
// "He congratulated the two nations", the subject stands apart from the
// pair; in "Both leaders thanked X", so does the object. The clause is
// read from the verb next to the reference up to a clause boundary (a
// comma, a reporting or subordinating word, a relative pronoun); a
// reference that opens a reported clause ("Russia said the two countries
// ...") has no subject of its own here. acted is set when a subject acts
// on the pair.
func (a *article) pairPartners(s *sentence, k int) (out []*entry, acted bool) {
	toks := s.toks
	ac := s.actors[k]
	add := func(b *actor) {
		if b.adjective || b.place() || b.ref == refSpeaker {
			return
		}
		for _, e := range b.ents {
			if !containsEntry(out, e) {
				out = append(out, e)
			}
			if st := a.stateActing(e); st != nil && !containsEntry(out, st) {
				out = append(out, st)
			}
		}
	}
	boundary := func(t token) bool {
		return !t.word && t.fold != "'s" || t.is(classReporting) || t.in(setSubordinator) || t.is(classRelative) || t.in(setRelativePronoun)
	}
	if subj := pairVerbSubject(s, k); subj != nil {
		add(subj)
		acted = len(out) > 0
	}
	// The pair after its verb: the actor before it with only lower-case
	// words between, a past or an auxiliary among them ("congratulated",
	// "had spoken with"), is the verb's subject; an actor between the verb and the pair
	// is its object ("urged Kenya to call both leaders").
	for x := k - 1; x >= 0 && !(ac.start > 0 && toks[ac.start-1].fold == "of"); x-- {
		// "waving flags of both nations", "the chiefs of both
		// countries": the pair qualifies a noun, not the verb.
		b := s.actors[x]
		if b.end > ac.start || ac.start-b.end > 8 {
			break
		}
		verb := false
		for _, t := range toks[b.end:ac.start] {
			if boundary(t) || t.cap {
				verb = false
				break
			}
			// A past or an auxiliary: a plural noun ("operations
			// chiefs of both countries") looks like a present.
			verb = verb || t.in(setAuxVerb) || t.in(setIrregularPast) || strings.HasSuffix(t.fold, "ed")
		}
		if verb {
			add(b)
			for _, c := range s.actors[x+1 : k] {
				add(c)
			}
			acted = len(out) > 0
			break
		}
	}
	// The pair as its verb's subject: the actors after the verb up to a
	// clause boundary or a verb coordinated with it ("Both leaders
	// thanked X and said ...").
	j := ac.end
	for j < len(toks) && toks[j].word && !toks[j].cap && strings.HasSuffix(toks[j].fold, "ly") {
		j++
	}
	if j < len(toks) && toks[j].word && !toks[j].cap && finiteVerb(toks[j]) && !toks[j].is(classReporting) {
		end := j + 1
		for end < len(toks) && !boundary(toks[end]) && toks[end].fold != "and" {
			end++
		}
		for _, b := range s.actors[k+1:] {
			if b.start > j && b.end <= end {
				add(b)
			}
		}
	}
	return out, acted
}

// statedPair returns the pair the article set together most often, mapped
// by f (nil for one that does not fit the reference's type), the latest of
// equals: the two members of a list of two ("Armenia and Azerbaijan") in s
// before actor k or in the sentences before, or the two sides of a fight,
// a meeting or a call the article stated (allies who cooperate are one
// side, not two); else the two that fit named in the last sentence that
// names any two, when it names no third; nil otherwise. "Both countries" acted on by a third names the pair the report is
// about, not the last two states it happened to name.
func (a *article) statedPair(s *sentence, k int, f func(*entry) *entry) []*entry {
	type seen struct {
		pair      []*entry
		n, latest int
	}
	var pairs []seen
	note := func(e1, e2 *entry, at, n int) {
		if e1 == nil || e2 == nil {
			return
		}
		m1, m2 := f(e1), f(e2)
		if !sameKind(m1, m2) {
			return
		}
		for x := range pairs {
			if p := pairs[x].pair; p[0] == m1 && p[1] == m2 || p[0] == m2 && p[1] == m1 {
				pairs[x].n += n
				pairs[x].latest = max(pairs[x].latest, at)
				return
			}
		}
		pairs = append(pairs, seen{[]*entry{m1, m2}, n, at})
	}
	if a.facts.statedMax <= s.index {
		// Every pair stated so far counts: read the counts.
		for _, c := range a.facts.stated {
			note(a.byEntityName(c.first), a.byEntityName(c.second), c.latest, c.n)
		}
	} else {
		for _, i := range a.facts.sides {
			switch fc := a.facts.list[i]; fc.Predicate {
			case graph.Fights, graph.MetWith, graph.SpokeWith:
				if fc.Sentence <= s.index {
					note(a.byEntityName(fc.Subject.Name), a.byEntityName(fc.Object.Name), fc.Sentence, 1)
				}
			}
		}
	}
	listed := func(t *sentence, n int) {
		for _, g := range a.x.groupSpans(t, n) {
			if len(g.ents) == 2 {
				note(g.ents[0], g.ents[1], t.index, 1)
			}
		}
	}
	listed(s, k)
	for q := s.index - 1; q >= 0 && q >= s.index-maxGroupDistance; q-- {
		listed(a.sentences[q], len(a.sentences[q].actors))
	}
	var best *seen
	for x := range pairs {
		if p := &pairs[x]; best == nil || p.n > best.n || p.n == best.n && p.latest > best.latest {
			best = p
		}
	}
	if best != nil {
		return best.pair
	}
	// No pair stated: the last sentence that names two that fit, when it
	// names no third; three make the reference ambiguous.
	named := func(acs []*actor) (out []*entry, stop bool) {
		for _, b := range acs {
			if b.adjective || b.place() {
				continue
			}
			for _, e := range b.ents {
				if m := f(e); m != nil && !containsEntry(out, m) {
					out = append(out, m)
				}
			}
		}
		return out, len(out) >= 2
	}
	if g, stop := named(s.actors[:k]); stop {
		if len(g) == 2 && sameKind(g[0], g[1]) {
			return g
		}
		return nil
	}
	for q := s.index - 1; q >= 0 && q >= s.index-maxGroupDistance; q-- {
		if g, stop := named(a.sentences[q].actors); stop {
			if len(g) == 2 && sameKind(g[0], g[1]) {
				return g
			}
			return nil
		}
	}
	return nil
}

// reportedSpeaker returns the person a subject pronoun opening a reported
// clause stands for: the subject of the verb of saying that reports it,
// when that subject is a person. In "X, whose country backs Y, said he had
// spoken with both sides", "he" is X, who speaks, not Y, named last. The
// subject ends right before the verb (adverbs and auxiliaries aside, "X
// has also said"), or before an appositive or relative clause between
// commas when it opens the sentence. It returns nil otherwise: "X told Y
// he ..." is left to the other readings.
func reportedSpeaker(s *sentence, k int) *entry {
	toks := s.toks
	ac := s.actors[k]
	p := ac.start - 1
	if p > 0 && toks[p].fold == "that" {
		p--
	}
	if ac.ref != refPerson || k == 0 || p < 1 || !toks[p].is(classReporting) || toks[p].fold == "that" || toks[p].fold == "according" || toks[p].cap {
		return nil
	}
	j := skipAux(p-1, -1, -1, auxVerbs|auxAdverbs|lyAdverbs, func(k int) (setBits, string, bool) {
		if k <= 0 {
			return setBits{}, "", false
		}
		return toks[k].sets, toks[k].fold, toks[k].word && !toks[k].cap
	})
	person := func(b *actor) *entry {
		if len(b.ents) != 1 || b.adjective || b.possessive || b.ents[0].typ != graph.Person {
			return nil
		}
		return b.ents[0]
	}
	for x := k - 1; x >= 0; x-- {
		if b := s.actors[x]; b.end == j+1 {
			return person(b)
		}
	}
	if toks[j].fold == "and" || toks[j].in(setAuxWord) {
		// "X thanked Y for his help and said he ...": the verb of
		// saying coordinated after X's own verb is X's.
		return coordinatedSubject(s, k, p, isPerson)
	}
	if toks[j].fold != "," {
		return nil
	}
	b := s.actors[openingActor(s, k)]
	if b.end >= j || toks[b.end].fold != "," {
		return nil
	}
	for _, t := range toks[b.end:j] {
		if t.is(classReporting) || t.fold == `"` {
			return nil
		}
	}
	return person(b)
}

// possessor returns the entity the possessive pronoun at toks[i] ("its",
// "his", "her") stands for, when the text leaves no doubt; nil otherwise.
// fits says which kind it may be: a body or state for "its", a person for
// "his" or "her".
//
// Within the sentence: the actor the pronoun follows in a list ("the
// Front and its armed wing", "the Front, its wing") when it fits (not
// after ", and", which may open a clause of its own), else the
// one actor that fits before it. Only entities named by name count there:
// two that fit, or a reference of the kind before the pronoun ("He had led
// the group and built its wing", where "the group" was itself read), leave
// the owner unsure. A pronoun that opens its sentence stands for the one
// actor that fits in the sentence before, else for that sentence's
// subject when it fits ("X, the leader of Y, said ... . His party, ..."),
// named or a subject pronoun opening it ("He denied it. His party, ...");
// otherwise for none.
func possessor(s *sentence, prev *sentence, i int, fits func(*entry) bool) *entry {
	toks := s.toks
	named := func(t *sentence, ac *actor) *entry {
		if ac.ref != refNone || len(ac.ents) != 1 || ac.adjective || ac.place() || ac.modifier || !fits(ac.ents[0]) {
			return nil
		}
		if m := mentionAt(t, ac.start); m != nil && m.kind == aliasDefinite {
			return nil
		}
		return ac.ents[0]
	}
	// read reports an actor of the kind found through a reference.
	read := func(t *sentence, ac *actor) bool {
		if len(ac.ents) == 0 || !fits(ac.ents[0]) {
			return false
		}
		m := mentionAt(t, ac.start)
		return ac.ref != refNone || m != nil && m.kind == aliasDefinite
	}
	last := -1
	for k, ac := range s.actors {
		if ac.end <= i {
			last = k
		}
	}
	if last >= 0 {
		ac := s.actors[last]
		p := i - 1
		if e := named(s, ac); e != nil && !ac.possessive && ac.end == p && (toks[p].fold == "and" || toks[p].fold == ",") {
			return e
		}
	}
	var one *entry
	n := 0
	for _, ac := range s.actors[:last+1] {
		if read(s, ac) {
			return nil
		}
		if e := named(s, ac); e != nil && e != one {
			one = e
			n++
		}
	}
	if n == 1 {
		return one
	}
	if n > 1 || i > 0 || prev == nil || len(prev.actors) == 0 {
		return nil
	}
	f := openingActor(prev, len(prev.actors))
	var subject *entry
	if ac := prev.actors[f]; ac.start == 0 || ac.start == 1 && prev.toks[0].is(classDeterminer) || prev.toks[ac.start-1].fold == "," {
		subject = named(prev, ac)
		if subject == nil && ac.ref == refPerson && ac.start == 0 && len(ac.ents) == 1 && fits(ac.ents[0]) {
			// "He denied it. His party, ...": the subject the
			// pronoun carries on.
			subject = ac.ents[0]
		}
	}
	one, n = nil, 0
	for _, ac := range prev.actors {
		if read(prev, ac) && (subject == nil || ac.ents[0] != subject) {
			return nil
		}
		if e := named(prev, ac); e != nil && e != one {
			one = e
			n++
		}
	}
	switch {
	case n == 1 && (subject == nil || subject == one):
		return one
	case subject != nil:
		return subject
	}
	return nil
}

// possessedBody reads a possessive's description apposed to a body's
// name: "its armed wing, the Lake Brigades" (the body is part of the
// possessor; "whose armed wing, the X" too, whose possessor is
// whoseOwner's), "the Front and its political umbrella, the Joint Alliance"
// (the possessor is a member of it), "its ally, the Union Party" (allies),
// "His party, the Union Party" (the person is its member). Up to two
// lower-case words may describe the noun ("its political"), and so may a
// faith's or a people's adjective ("its Shia ally", describesKind); the comma may
// be left out ("its armed wing the X"), and the name must close the
// phrase (a comma, a stop, "and", or its acronym in brackets). The possessor is what possessor says, or no one.
func (a *article) possessedBody(s *sentence) {
	toks := s.toks
	var prev *sentence
	if s.index > 0 {
		prev = a.sentences[s.index-1]
	}
	for i := 0; i+2 < len(toks); i++ {
		whose := toks[i].fold == "whose"
		if !toks[i].is(classPossRef) && !whose && toks[i].fold != "their" {
			// "their" is read only before allies (possessedAllies).
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && toks[j].word && (!toks[j].cap || describesKind(toks[j])) && !toks[j].hyphen && !relationNounOf(toks[j]) {
			j++
		}
		if j >= len(toks) || !toks[j].word || toks[j].cap || !relationNounOf(toks[j]) || anyIn(toks[i+1:j], setCounterpartNoun) {
			// "its rival offshoot, the X": a rival is no part.
			continue
		}
		k := j + 1
		if t := toks[j]; t.in(setAllyNoun) && toks[i].fold != "his" && toks[i].fold != "her" {
			if !anyIn(toks[i+1:j], setFormerWord) {
				// "its former allies", "its potential allies" are
				// no allies now.
				a.possessedAllies(s, prev, i, k)
			}
			continue
		}
		if toks[i].fold == "their" {
			continue
		}
		if k < len(toks) && toks[k].fold == "," {
			k++
		}
		m := mentionAt(s, k)
		if m == nil && k < len(toks) && toks[k].fold == "the" {
			m = mentionAt(s, k+1)
		}
		if m == nil || m.entry.typ != graph.Organization || m.possessive || m.kind != aliasName || !closesPossessedName(toks, m.end) {
			continue
		}
		body := m.entry
		person := toks[i].fold != "its" && !whose
		t := toks[j]
		find := possessor
		if whose {
			find = func(s, _ *sentence, i int, fits func(*entry) bool) *entry { return whoseOwner(s, i, fits) }
			if o := whoseOwner(s, i, isPerson); o != nil && t.in(setPersonPartyNoun) {
				// "X, whose party, the Y,": his party.
				person = true
			}
		}
		switch {
		case person && t.in(setPersonPartyNoun):
			if owner := find(s, prev, i, isPerson); owner != nil {
				a.relFact(s, owner, graph.MemberOf, body, 0.75, readPossessedBody)
			}
		case person:
		case t.in(setOwnedPartNoun):
			if owner := find(s, prev, i, isBody); owner != nil && owner.typ == graph.Organization {
				a.relFact(s, body, graph.PartOf, owner, 0.75, readPossessedBody)
			}
		case t.in(setOwnerUmbrellaNoun):
			if owner := find(s, prev, i, isBody); owner != nil && owner.typ == graph.Organization {
				a.relFact(s, owner, graph.MemberOf, body, 0.75, readPossessedBody)
			}
		}
	}
}

// describesKind reports whether the capitalised word t describes the noun
// after it rather than opening a name: a faith's adjective ("its Shia
// ally") or a state's or people's adjective alone ("its Lebanese ally").
func describesKind(t token) bool {
	return t.in(setRefAdjective) || demonymOf(t, func(*entry) bool { return true })
}

// possessedAllies reads the allies a possessive names after its noun
// (ally-noun) at toks[i+1:k]: apposed ("its ally, the Union Party", "its
// allies, the Front and the Union"), after a naming word ("and its
// regional allies, including Ghana and Togo,") or as the body they belong
// to ("the army and its allies in the Joint Forces"). Each is allied with
// the possessor (whoseOwner's for "whose"). "their" stands only for the
// name it is coordinated with ("the Front and their allies"); after "in"
// only a body's name counts, no place ("its allies in the region", "in
// Tarvo"). Allies in the plural are of the possessor's kind: states of a
// state, bodies of a body. prev is the sentence before s, or nil.
func (a *article) possessedAllies(s, prev *sentence, i, k int) {
	toks := s.toks
	allies := namedAllies(s, k)
	if len(allies) == 0 {
		return
	}
	plural := toks[k-1].in(setAllyPlural)
	var owner *entry
	switch toks[i].fold {
	case "whose":
		owner = whoseOwner(s, i, isBody)
	case "their":
		if i < 2 || toks[i-1].fold != "and" {
			return
		}
		for _, ac := range s.actors {
			if ac.end == i-1 && ac.ref == refNone && len(ac.ents) == 1 && !ac.possessive && !ac.place() && !ac.adjective && isBody(ac.ents[0]) {
				owner = ac.ents[0]
			}
		}
	default:
		owner = possessor(s, prev, i, isBody)
	}
	if owner == nil {
		return
	}
	for _, e := range allies {
		if plural && e.typ != owner.typ {
			// "The United States and its allies, including Ghana and
			// the Front": a state's allies in a list are states; a
			// body of another kind there is backed, not allied.
			continue
		}
		a.relFact(s, owner, graph.AlliedWith, e, 0.75, readPossessedBody)
	}
}

// namedAllies returns the bodies and states named from toks[k], right
// after an ally's noun: a list apposed after a comma, perhaps after a
// naming word ("including"), or one body after "in"; nil when none is
// named there or the names run on into a longer phrase.
func namedAllies(s *sentence, k int) []*entry {
	toks := s.toks
	in := false
	switch {
	case k < len(toks) && toks[k].fold == "in":
		in = true
		k++
	case openingPhraseUntil(s, k):
		// "Despite attacks by the Front and its allies, the Lake
		// Movement refused": the comma closes a phrase that opens the
		// sentence; the name after it is the main clause's subject.
		return nil
	case k+1 < len(toks) && toks[k].fold == "," && toks[k+1].in(setNamingWord):
		k += 2
	case k < len(toks) && toks[k].fold == ",":
		k++
	}
	var out []*entry
	for k < len(toks) {
		if toks[k].fold == "the" {
			k++
		}
		m := mentionAt(s, k)
		if m == nil || m.possessive || m.kind != aliasName || !isBody(m.entry) || in && m.entry.typ != graph.Organization {
			return nil
		}
		if in {
			// "its allies in the Joint Forces": one body they belong
			// to. "Its allies in NATO" are fellow members of an
			// international or regional body, no allies of it.
			if e := m.entry; e.international || e.regional || e.country != "" {
				return nil
			}
			// The name must close its phrase: "its allies in the Lake
			// Movement-held north", "in the Lake Movement areas" name
			// a place, no body.
			if e := m.end; e < len(toks) && (toks[e].hyphen || !closesPossessedName(toks, e) && !toks[e].in(setPhraseCloser)) {
				return nil
			}
			return []*entry{m.entry}
		}
		out = append(out, m.entry)
		k = m.end
		if k+1 < len(toks) && toks[k].fold == "," && toks[k+1].fold == "and" {
			k += 2
		} else if k+1 < len(toks) && (toks[k].fold == "and" || toks[k].fold == ",") && (mentionAt(s, k+1) != nil || toks[k+1].fold == "the") {
			k++
		} else {
			break
		}
	}
	if !closesPossessedName(toks, k) {
		return nil
	}
	return out
}

// closesPossessedName reports whether a name after a possessive's noun
// closes its phrase at toks[e]: a comma, a stop, a coordinator or its
// acronym in brackets ("its armed wing, the Lake Brigades (LB)").
func closesPossessedName(toks []token, e int) bool {
	return closesAppositive(toks, e) || toks[e].is(classCoordinator) || toks[e].fold == "("
}

// openingPhraseUntil reports whether the comma at toks[k] is the first
// punctuation of a sentence that opens with a phrase before its subject:
// a preposition ("After talks with X and its allies,", "Despite ...",
// "Unlike ...") or a participle ("Backed by X and its allies,").
func openingPhraseUntil(s *sentence, k int) bool {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "," || !opensWithPhrase(s, true) {
		return false
	}
	for _, t := range toks[:k] {
		if !t.word {
			return false
		}
	}
	return true
}

// opensWithPhrase reports whether s opens with the first word of a phrase
// before its subject: a preposition ("In talks with X,", "Despite ...") or a
// participle in "-ing" ("Addressing a meeting"), or, when ed is set, in
// "-ed" ("Backed by X"). An actor that opens s is a name, no phrase ("King X
// met ...", "Beijing welcomed ...", "United Nations and its allies, ...").
func opensWithPhrase(s *sentence, ed bool) bool {
	toks := s.toks
	if len(toks) == 0 || len(s.actors) > 0 && s.actors[0].start == 0 {
		return false
	}
	f := toks[0].fold
	return toks[0].in(setOpeningPreposition) || strings.HasSuffix(f, "ing") || ed && strings.HasSuffix(f, "ed")
}

// whoseOwner returns the one whose "whose" at toks[i] is: the actor
// right before it, after a comma or a description of it ("the PYD, the
// Kurdish party whose armed wing"), when it fits; nil otherwise.
func whoseOwner(s *sentence, i int, fits func(*entry) bool) *entry {
	toks := s.toks
	var last *actor
	for _, ac := range s.actors {
		if ac.end <= i && !ac.adjective {
			last = ac
		}
	}
	if last == nil || last.ref != refNone || len(last.ents) != 1 || last.possessive || last.place() || !fits(last.ents[0]) {
		return nil
	}
	for k := last.end; k < i; k++ {
		t := toks[k]
		if t.fold == "," || t.fold == ")" || t.is(classDeterminer) || t.word && !finiteVerb(t) && mentionAt(s, k) == nil {
			// "the Kurdish party": words of a description.
			continue
		}
		if m := mentionAt(s, k); m != nil && m.kind == aliasDemonym {
			k = m.end - 1
			continue
		}
		return nil
	}
	return last.ents[0]
}

// relationNounOf reports whether t is a noun possessedBody reads.
func relationNounOf(t token) bool {
	return t.in(setOwnedPartNoun) || t.in(setOwnerUmbrellaNoun) || t.in(setPersonPartyNoun) || t.in(setAllyNoun)
}

// maxUnnamedSubject bounds the words before the head noun of a subject
// the reader does not name: "the Lubero youth council".
const maxUnnamedSubject = 4

// unnamedSubject reports whether s opens with a body the reader does not
// name as the subject of its verb: a determiner, a few words and a body's
// head noun, then a finite verb ("The district youth council accused
// ..."), with no actor read on those words. "its" or "Its leader" after
// it stands for that body, which has no entry: not for a body named
// before it, which a reader passes over. A definite phrase is a new body
// only with a word of a place's scope (local-qualifier: "district",
// "local", "village") or a place's name ("the Lubero youth council");
// "The rebel coalition says" may refer back to the body named before.
func unnamedSubject(s *sentence) bool {
	toks := s.toks
	if len(toks) < 3 || !toks[0].is(classDeterminer) {
		return false
	}
	h := openingBodyHead(s, len(toks))
	if h < 0 {
		return false
	}
	local := toks[0].fold == "a" || toks[0].fold == "an"
	for _, t := range toks[1:h] {
		local = local || t.in(setLocalQualifier) || t.cap
	}
	return local && h > 1
}

// openingBodyNoun returns the index of the head noun of a body that opens
// s as the subject of its verb, before toks[i], with no actor read on its
// words: a determiner, up to maxUnnamedSubject words and a body-head noun,
// then a finite verb ("The Kurdish-led council rejected ..."); -1 when s
// opens otherwise. Unlike unnamedSubject, the phrase may refer back to a
// body named before ("The council said ..." after the Tarvo Council).
func openingBodyNoun(s *sentence, i int) int {
	toks := s.toks
	if len(toks) < 3 || toks[0].fold != "the" {
		return -1
	}
	return openingBodyHead(s, i)
}

// openingBodyHead returns the index of the body-head noun within
// maxUnnamedSubject+1 words after the determiner that opens s, before
// toks[limit-1], when a lower-case finite verb follows it and no actor is
// read on the words before it; -1 otherwise.
func openingBodyHead(s *sentence, limit int) int {
	toks := s.toks
	for h := 1; h <= maxUnnamedSubject+1 && h+1 < limit; h++ {
		t := toks[h]
		if !t.word {
			return -1
		}
		if t.in(setBodyHead) {
			v := toks[h+1]
			if v.word && !v.cap && finiteVerb(v) && (len(s.actors) == 0 || s.actors[0].start > h) {
				return h
			}
			return -1
		}
	}
	return -1
}

// nameEndsIn reports whether name's last word is noun, or its plural or
// singular: "Tarvo Council" for "council".
func nameEndsIn(name, noun string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	last = strings.ToLower(last)
	return last == noun || last == noun+"s" || last+"s" == noun
}

// sinceUnnamedSubject returns the sentences of prev after the last one
// that opens with a body the reader does not name (unnamedSubject): a
// reference back passes no such subject.
func sinceUnnamedSubject(prev []*sentence) []*sentence {
	for p := len(prev) - 1; p >= 0; p-- {
		if unnamedSubject(prev[p]) {
			return prev[p+1:]
		}
	}
	return prev
}
