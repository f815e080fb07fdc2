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
	refIssuer              // "the joint statement condemned ...": those who issued the last statement
	refClauseBody          // "Turkey shelled the town, and it struck ...", "... . It accused ...": the body the sentence or the one before opens with
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
func (x *Extractor) owns(owner, body *entry) bool {
	if body.typ != graph.Organization || body == owner || !isBody(owner) {
		return false
	}
	if _, catalogued := x.catalog.byName[body.name]; !catalogued {
		return !body.free
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
func (a *article) partOf(s *sentence, body, owner *entry, conf float64, why string) {
	if a.x.rulesState(body, owner) {
		return
	}
	a.placedPartOf(s, body, owner, conf, why)
}

// placedPartOf is partOf for a body the sentence places in a part of its
// state ("Ethiopia's interim administration in Tigray"): a region's
// rulers, a part of the state even when a noun of rulers names them.
func (a *article) placedPartOf(s *sentence, body, owner *entry, conf float64, why string) {
	if !a.x.owns(owner, body) {
		return
	}
	a.roleFact(s, body, graph.PartOf, owner, conf, "", why)
}

// rulesState reports whether body is the state owner itself, described by
// a lower-case noun of a state's rulers ("Ruritania's new administration",
// "the Ruritanian transitional government", as stateGovernmentEnd reads
// them in a title): it is the state acting, not a part of it. A proper
// name ("the Tarvo Regional Government") may be a region's own; a junta,
// which reports name as a body that seized the state, stays its part, and
// so do the rulers of a part of the state or its army ("Syria's autonomous
// administration", "Myanmar's military administration": subStateSets).
func (x *Extractor) rulesState(body, owner *entry) bool {
	if owner.typ != graph.Country {
		return false
	}
	words := strings.FieldsFunc(body.name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 0 {
		return false
	}
	head := words[len(words)-1]
	if head != strings.ToLower(head) || !x.words.inSet(foldWord(head), setStateRulerNoun) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if x.words.inAny(foldWord(w), subStateSets) {
			return false
		}
	}
	return true
}

// subStateSets are the word sets of a word before a noun of a state's
// rulers that makes them the rulers of a part of it, not the state: a
// local qualifier ("Ethiopia's regional government") or a sub-state
// qualifier ("Syria's autonomous administration", "military").
// rulesState and stateGovernmentEnd share them.
var subStateSets = func() (b setBits) {
	b.add(setLocalQualifier)
	b.add(setSubStateQualifier)
	return b
}()

// describedBody reads "group Hezbollah", "state news agency IRNA" at
// toks[i]: up to two words, a descriptor and a body's name. It returns the
// body's mention and the end.
func (x *Extractor) describedBody(s *sentence, i int) (*mention, int) {
	toks := s.toks
	for k := i; k < i+3 && k < len(toks) && toks[k].word && !toks[k].cap; k++ {
		if n := x.words.has(classDescriptor, toks, k); n > 0 {
			if m := mentionAt(s, k+n); m != nil && m.entry.typ == graph.Organization {
				return m, m.end
			}
		}
	}
	return nil, 0
}

// locativeBefore reports whether the name at toks[i] follows a locative
// preposition: "in Syria", "across the Middle East".
func locativeBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].fold == "the" {
		j--
	}
	if j >= 0 && toks[j].fold == "to" {
		// "deployed forces to Syria", "sent more than 2,000 of its
		// troops to Syria", but "support to Syria": the verb of motion
		// may stand before its object's words, up to punctuation other
		// than a number's comma.
		for k := j - 1; k >= 0 && k >= j-9 && (toks[k].word || numberComma(toks, k)); k-- {
			if toks[k].is(classMotion) {
				return true
			}
		}
		return false
	}
	return j >= 0 && toks[j].is(classLocative)
}

// relativeThat reports whether "that" at toks[k] opens a relative clause
// on the noun before it, not a reported one: after a name ("the Front
// that it accuses of ...") or a group's noun ("a militia that it accuses
// of ..."), whose clause's pronoun is someone else.
func relativeThat(s *sentence, k int) bool {
	toks := s.toks
	if toks[k].fold != "that" || k == 0 {
		return false
	}
	p := toks[k-1]
	if p.word && !p.cap && (p.in(setGroupRef) || p.in(setRebelRef) || p.in(setBodyHead)) {
		return true
	}
	m := mentionEndingAt(s.mentions, k)
	return m != nil && !m.possessive
}

// numberComma reports whether toks[k] is the comma inside a number
// written with thousands ("2,000"), unspaced between two digits.
func numberComma(toks []token, k int) bool {
	return toks[k].fold == "," && k > 0 && k+1 < len(toks) && !toks[k+1].space && isDigit(toks[k-1].fold) && isDigit(toks[k+1].fold)
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
	lowerWord := func(k int) bool { return toks[k].word && !toks[k].cap }
	if j, ok := bodyPartOf(toks, end+2, lowerWord); ok {
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		qs, j := a.roster.qualifiers(s, j)
		if len(qs) > 0 && !qs[len(qs)-1].possessive && !(j+1 < len(toks) && toks[j+1].in(setDesignationMark)) {
			// "(IRGC)"; a designation remark, "(outlawed in X)", is
			// the owner's, read with its actor (designations).
			j = skipParen(toks, j)
		}
		if len(qs) > 0 && !qs[len(qs)-1].possessive && closesAppositive(toks, j) && body.typ == graph.Organization {
			a.partOfChain(s, qs)
			if owner := qs[len(qs)-1].entry; owner.typ == graph.Organization && owner != body {
				a.roleFact(s, body, graph.PartOf, owner, 0.75, "", readBodyAppositive)
			}
			if j < len(toks) && toks[j].fold == "," {
				return j + 1
			}
			return j
		}
	}
	if t, n := matchTitle(toks, end+2); n > 0 && t.predicate == graph.MemberOf {
		k := end + 2 + n
		if k+1 < len(toks) && toks[k].fold == "of" {
			if m := mentionAt(s, k+1); m != nil && m.entry.typ == graph.Organization && closesAppositive(toks, m.end) {
				a.roleFact(s, body, graph.MemberOf, m.entry, 0.8, "", readBodyAppositive)
				if m.end < len(toks) && toks[m.end].fold == "," {
					return m.end + 1
				}
				return m.end
			}
		}
	}
	if listOfNamesAt(s, end+2) {
		// "Hezbollah, which Ghana, the US and the EU list as a
		// terrorist organisation,": the comma parts a list of names,
		// the second of which opens with "the"; no appositive.
		return end
	}
	described := false
	for k := end + 2; k < len(toks) && k < end+2+maxAppositive; k++ {
		switch {
		case toks[k].fold == ",":
			if described && !listGoesOn(s, k) {
				return k + 1
			}
			return end
		case isTerminal(toks[k]):
			return end
		case toks[k].hyphen && (toks[k].in(setBackingParticiple) || toks[k].in(setAligningParticiple)):
			// ", a Jordanian-backed alliance,", ", an Iran-aligned
			// militia,": the patterns read it.
			return end
		case toks[k].in(setRelationNoun):
			// ", the movement's main backer," or ", a close ally of
			// the junta,": the patterns read the relation.
			return end
		case toks[k].in(setFightingWord):
			// ", a Kurdish-led militia fighting the Islamic State,":
			// the patterns read it.
			return end
		case toks[k].fold == "by":
			// ", a Kurdish-led alliance backed by the United States,"
			// states a relation: leave it to the patterns.
			return end
		case described && !toks[k].cap && !toks[k].hyphen && toks[k].info != nil && len(toks[k].info.patterns) > 0 && (strings.HasSuffix(toks[k].fold, "ed") || strings.HasSuffix(toks[k].fold, "ing")):
			// ", a militia allied with Ghana,", ", a group operating
			// in the north,": a participle after the body's noun
			// states what the body is or does; the patterns read it.
			return end
		case described && toks[k].in(setRelativePronoun):
			// ", a rebel group that signed the Juba deal,": the
			// relative clause states what the body did; the views read
			// it with the body as its subject.
			return end
		case a.x.words.has(classDescriptor, toks, k) > 0 || toks[k].in(setFirmNoun):
			described = true
		}
	}
	return end
}

// listOfNamesAt reports whether a name starts at toks[i] and another
// follows it after "and" (past "the"): "the US and the EU". A
// state's adjective is no such name ("the Lebanese and Syrian groups").
func listOfNamesAt(s *sentence, i int) bool {
	m := mentionAt(s, i)
	if m == nil || m.kind != aliasName || m.possessive || m.end+1 >= len(s.toks) {
		return false
	}
	if s.toks[m.end].fold != "and" {
		return false
	}
	n := m.end + 1
	if s.toks[n].is(classDeterminer) {
		n++
	}
	o := mentionAt(s, n)
	return o != nil && o.kind == aliasName
}

// listGoesOn reports whether the comma at toks[k] goes on with a list of
// names, ", a force made up of troops from Ghana, Togo and Benin,": a name
// ends at the comma and another capitalised word follows it. The patterns
// read such an appositive.
func listGoesOn(s *sentence, k int) bool {
	toks := s.toks
	if k+1 >= len(toks) || lastMentionEndingAt(s, k) == nil {
		return false
	}
	n := k + 1
	if toks[n].is(classDeterminer) && n+1 < len(toks) {
		n++
	}
	return toks[n].word && toks[n].cap
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
		a.appositiveTitles(s, ac)
		i = end
	}
	// A person a title introduced may be given a name too: "President
	// Rafael Tovar Duarte, better known as Tovar,".
	a.defineKnownAs(s)
	a.officesByVerb(s)
	if len(a.refs.officeAt) > 0 {
		a.officeHoldersNamed(s)
	}
}

// appositiveTitles reads the titled people named inside the appositive
// that a person's actor took in, ", who was appointed by UN
// Secretary-General X,", ", a former aide to Prime Minister X,": each
// title states its holder's role as it would outside the appositive. The
// actors found there are not the sentence's: the appositive describes
// the person, and the patterns read the sentence around it.
func (a *article) appositiveTitles(s *sentence, ac *actor) {
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
		return
	}
	toks := s.toks
	e := -1
	for k := ac.start; k < ac.end; k++ {
		if m := mentionAt(s, k); m != nil && m.entry == ac.ents[0] {
			e = m.end
			break
		}
	}
	if e < 0 || e+2 >= ac.end || toks[e].fold != "," {
		return
	}
	for j := e + 1; j < ac.end; {
		if !toks[j].word || !toks[j].cap || !titledPersonAhead(s, j, ac.end) {
			j++
			continue
		}
		// Reading the actor records the roles its title states (the
		// side effect is the point); the actor itself is not the
		// sentence's and is dropped.
		inner, end := a.actorAt(s, j)
		if inner == nil || end <= j {
			j++
			continue
		}
		j = end
	}
}

// titledPersonAhead reports whether a person's name starts within a few
// capitalised words of toks[j], before end, with an office among them:
// "UN Secretary-General X", "Prime Minister X".
func titledPersonAhead(s *sentence, j, end int) bool {
	toks := s.toks
	limit := min(end, j+6)
	// The first mention at each token of the window, in one pass over the
	// sentence's mentions (as mentionAt finds it): this runs for every
	// capitalised word of every person's appositive.
	var at [6]*mention
	person := false
	for x := range s.mentions {
		m := &s.mentions[x]
		if m.start >= j && m.start < limit && at[m.start-j] == nil {
			at[m.start-j] = m
			person = person || m.entry.typ == graph.Person
		}
	}
	if !person {
		return false
	}
	title := false
	for k := j; k < limit; k++ {
		if m := at[k-j]; m != nil && m.entry.typ == graph.Person {
			// "Jordan's King Abdullah": the name may hold the title.
			_, n := matchTitle(toks, k)
			return (title || n > 0) && k > j
		}
		if _, n := matchTitle(toks, k); n > 0 {
			title = true
		}
		if !toks[k].word && toks[k].fold != "'s" && toks[k].fold != "-" {
			return false
		}
	}
	return false
}

// actorAt reads the actor starting at toks[i], if any, and returns it with
// its end. The readers are tried from the most specific: a titled name
// before a bare one.
func (a *article) actorAt(s *sentence, i int) (*actor, int) {
	if ac, end := a.counterpartsActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.officesOfListedStates(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.possTitledPerson(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.statesTitledPeople(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.ownersTitledPeople(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.titledActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.x.statesOffices(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.counterpartActor(s, i); ac != nil {
		return ac, end
	}
	if ac, end := a.describedName(s, i); ac != nil {
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

// describedName reads a person's name after a lower-case noun that says
// what the person is: "the Chadian diplomat Ivo Dragan", "the preacher Ana
// Mirov" read alone is no reference: the noun
// (a person-noun or person-role-noun, after "the" and a state's adjective)
// describes the name after it, and the actor is the person.
func (a *article) describedName(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].fold == "the" {
		j++
	}
	if j < len(toks) && toks[j].cap {
		// Only a capitalised word opens a demonym's mention.
		if m := mentionAt(s, j); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country {
			j = m.end
		}
	}
	if j >= len(toks) || toks[j].cap || !toks[j].word || j+1 >= len(toks) {
		return nil, 0
	}
	k := j + a.x.words.has(classPersonNoun, toks, j)
	if k == j && toks[j].in(setPersonRoleNoun) {
		k++
	}
	if k == j || !personMentionAt(s, k) {
		return nil, 0
	}
	inner, end := a.actorAt(s, k)
	if inner == nil {
		return nil, 0
	}
	ac := *inner
	ac.start = i
	return &ac, end
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
	if k >= len(toks) || mentionAt(s, k) == nil && !toks[k].cap && a.x.words.has(classGroupRef, toks, k) == 0 {
		return nil, 0
	}
	inner, end := a.actorAt(s, k)
	// "the delegations of the guarantor countries": a group reference,
	// resolved later (groups.go), is the actor too.
	if inner == nil || (len(inner.ents) == 0 && inner.ref != refGroup) || inner.adjective || inner.possessive || inner.place() || inner.ref != refNone && inner.ref != refGroup {
		return nil, 0
	}
	ac := *inner
	ac.start = i
	return &ac, end
}

// guarantorsOfDeal reports whether the group reference toks[i:j], before
// "of", is the guarantors of a deal the sentence names, counted and
// standing alone: "the three guarantor states of the Lima format pledged"
// is a group the article named, as "the three guarantor states" is; "the
// guarantors of peace" is not, nor is "A, B and C, the three guarantors
// of the truce," which names its members beside it.
func guarantorsOfDeal(s *sentence, i, j int) bool {
	if i == 0 || s.toks[i-1].fold != "the" || i >= 2 && (s.toks[i-2].text == "," && mentionEndingAt(s.mentions, i-2) != nil || isCopula(s.toks[i-2].fold)) {
		return false
	}
	if !s.toks[i].in(setNumberWord) && !isNumber(s.toks[i].fold) {
		return false
	}
	k := j + 1
	if k < len(s.toks) && s.toks[k].is(classDeterminer) {
		k++
	}
	if m := mentionAt(s, k); m == nil || m.entry.typ != graph.Agreement {
		return false
	}
	for ; i < j; i++ {
		if s.toks[i].in(setGuarantorNoun) {
			return true
		}
	}
	return false
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
		return a.x.possessiveRef(s, &actor{start: i, end: j + n, ref: refPairCountry})
	}
	if t, n := matchTitle(toks, i+1); n > 0 && t.plural && toks[i].fold == "their" && stateOffice(t.predicate) {
		// "talks between their presidents": the two states named
		// last, standing for their office holders.
		return &actor{start: i, end: i + 1 + n, ref: refPairCountry, offices: t.predicate}, i + 1 + n
	}
	if t, n := matchTitle(toks, j); n > 0 && t.plural && j > i && j+n+1 < len(toks) && toks[j+n].fold == "of" {
		// "the leaders of both countries", "the foreign ministers of
		// the two nations": the pair, standing for its office holders.
		k := j + n + 1
		if toks[k].fold == "the" {
			k++
		}
		if m := w.has(classPairCountry, toks, k); m > 0 {
			return &actor{start: i, end: k + m, ref: refPairCountry, offices: t.predicate}, k + m
		}
	}
	if n := w.has(classPairPerson, toks, j); n > 0 {
		return &actor{start: i, end: j + n, ref: refPairPerson, offices: pairOffice(toks, j, n)}, j + n
	}
	if n := w.has(classPairParty, toks, j); n > 0 {
		return a.x.possessiveRef(s, &actor{start: i, end: j + n, ref: refPairParty})
	}
	if n := w.has(classGroupRef, toks, j); n > 0 && !(j+n < len(toks) && toks[j+n].fold == "of" && !guarantorsOfDeal(s, j, j+n)) {
		ac := &actor{start: i, end: j + n, ref: refGroup}
		for k := j; k < j+n; k++ {
			if c := a.x.words.numbers[toks[k].fold]; c > 0 {
				ac.count = c
			}
		}
		return ac, j + n
	}
	if ac, end := a.groupRefActor(s, i); ac != nil {
		// "the four ministers", "They condemned ..." (groups.go).
		return ac, end
	}
	if j > i {
		// "the Iranian official", "the Russian diplomat", "the top
		// Iranian diplomat".
		top := false
		for n := 0; n < 2 && j+1 < len(toks) && toks[j].is(classTitleAdjective) && !toks[j].in(setNumberWord); n++ {
			top = top || toks[j].in(setTopAdjective)
			j++
		}
		if m := mentionAt(s, j); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country {
			if n := w.has(classPersonNoun, toks, m.end); n > 0 {
				ac := &actor{start: i, end: m.end + n, ref: refStatePerson, state: m.entry}
				ac.office.predicate = w.personNounOffice(toks, m.end, n)
				if top && n == 1 && toks[m.end].in(setDiplomatNoun) {
					// "the top Iranian diplomat" is the foreign minister.
					ac.office.predicate = graph.ForeignMinisterOf
				}
				return ac, m.end + n
			}
		}
	}
	if n := a.attackRef(s, i); n > 0 {
		// "Tehran condemned the attack", "called the strike ... and
		// condemned it": the agent of the last attack stated.
		return &actor{start: i, end: i + n, ref: refAttacker}, i + n
	}
	if n := statementRef(toks, i); n > 0 {
		// "The joint statement condemned ...": its issuers (events.go).
		return &actor{start: i, end: i + n, ref: refIssuer}, i + n
	}
	if toks[i].fold == "it" && reportedIt(s, i) {
		// "Israel said it struck ...", "Israel said on Monday it
		// struck ...", "Israel said later it struck ...".
		return &actor{start: i, end: i + 1, ref: refBodySubject}, i + 1
	}
	if toks[i].fold == "it" && (i == 0 || toks[i-1].in(setSubordinator) || coordinatedClause(toks, i)) && itActs(toks, i+1) {
		// "Turkey shelled the town, and it also struck ...", "... .
		// It accused Peru of ...": the subject of a clause of its own.
		// Read now, from the actors before it: an "it" that stands for
		// no body is left a word, as it was.
		var prev *sentence
		if s.index > 0 && s.index <= len(a.sentences) {
			prev = a.sentences[s.index-1]
		}
		if e := clauseBody(s, i, prev); e != nil {
			return &actor{start: i, end: i + 1, ents: []*entry{e}, ref: refClauseBody}, i + 1
		}
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
	if i > 0 && k < len(toks) && toks[k].fold == "part" && (toks[i-1].fold == "for" || toks[i-1].fold == "on") {
		// "The army has, for its part, received drones", "on their
		// part": an aside, no actor.
		return nil, 0
	}
	// Skip adjectives such as "elite" up to the noun, but not a verb
	// after a word ("its fighters seized arms" is no noun phrase).
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && w.has(classGroupNoun, toks, k) == 0 && !toks[k].in(setRelationNoun) && !toks[k].in(setOwnedForceNoun) && !(k > i+1 && verbBetween(toks, k, k+1)) {
		k++
	}
	n := w.has(classGroupNoun, toks, k)
	if n == 0 && k < len(toks) && toks[k].in(setOwnedForceNoun) && !toks[k].cap && (i == 0 || !toks[i-1].is(classReporting)) {
		// "its fighters", "their peacekeepers" (refs21); "X said its
		// fighters ..." is read by patterns of its own.
		n = 1
	}
	if n > 0 {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: k + n, ref: kind}, k + n
	}
	// "A and its ally B" is read by the patterns themselves.
	afterList := i > 0 && (toks[i-1].fold == "," || toks[i-1].is(classCoordinator))
	if k < len(toks) && toks[k].in(setRelationNoun) && mentionAt(s, k) == nil && !afterList {
		// "his main allies", "its Lebanese ally Hezbollah": the person
		// or body named before, as a possessive.
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: i + 1, ref: kind, possessive: true, relNoun: true}, i + 1
	}
	if m := mentionAt(s, k); m != nil && m.kind == aliasDemonym && m.end < len(toks) && toks[m.end].in(setRelationNoun) && !afterList {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: i + 1, ref: kind, possessive: true, relNoun: true}, i + 1
	}
	if toks[i].fold == "its" && !verbBetween(toks, i+1, k) && !prepositionBetween(toks, i+1, k) {
		if m := mentionAt(s, k); m != nil && m.entry.typ == graph.Organization {
			owner := lastBody(s)
			if v := reportingBefore(toks, i); v >= 0 {
				// "the Front, which Ghana lists as a terrorist group,
				// said its Kala Brigade": the speaker's, not the body
				// the aside named last.
				if e := subjectBeforeAside(s, len(s.actors), v); e != nil {
					owner = e
				}
			}
			if owner == nil {
				owner = adjunctSubject(s, m.end)
			}
			if owner != nil && owner != m.entry && !toks[m.start].in(setPlatformName) && !anyIn(toks[i+1:k], setCounterpartNoun) {
				// "its rival ISWAP", "its old foe X": another party,
				// no part of the owner.
				// "its YouTube channel" is an account, no part.
				a.partOf(s, m.entry, owner, 0.7, readItsBody)
			}
			return &actor{start: i, end: m.end, ents: []*entry{m.entry}}, m.end
		}
	}
	return nil, 0
}

// adjunctSubject returns the state or body that opens the main clause
// after an adjunct that opens the sentence and ends after toks[j]: "In a
// statement carried by its news agency, the group said ..." is the
// group's agency. It returns nil when a name comes before the comma, or
// no body follows it.
func adjunctSubject(s *sentence, j int) *entry {
	toks := s.toks
	if len(s.actors) > 0 {
		return nil
	}
	for ; j < len(toks) && toks[j].fold != ","; j++ {
		if mentionAt(s, j) != nil {
			return nil
		}
	}
	j++
	if j < len(toks) && toks[j].fold == "the" {
		j++
	}
	// The adjectives of a reference start its mention: "the extremist
	// group" is one.
	if m := mentionAt(s, j); m != nil && isBody(m.entry) && !m.possessive {
		return m.entry
	}
	return nil
}

// stateOffice reports whether p is an office only a state has, and one
// person at a time holds: its president, prime minister or ministers, not
// a group's leader.
func stateOffice(p graph.Predicate) bool {
	switch p {
	case graph.PresidentOf, graph.PrimeMinisterOf, graph.ForeignMinisterOf, graph.DefenseMinisterOf:
		return true
	}
	return false
}

// personNounOffice returns the office toks[i:i+n], a person noun, names:
// "the Iranian foreign minister" is foreign-minister-of; "" for none.
func (w *wordClasses) personNounOffice(toks []token, i, n int) graph.Predicate {
	var b strings.Builder
	for k := i; k < i+n; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].fold)
	}
	return w.nounOffices[b.String()]
}

// reportingBefore returns the index of the verb of saying that opens the
// clause at toks[i], past "that", a day and an adjunct of a few words
// ("said in a statement that", "said on Sunday"), or -1.
func reportingBefore(toks []token, i int) int {
	k := dayBefore(toks, i) - 1
	if k >= 0 && toks[k].fold == "that" {
		k = dayBefore(toks, k) - 1
	}
	for j := k; j >= 0 && j >= k-maxReportAdjunct; j-- {
		t := toks[j]
		if t.is(classReporting) && t.fold != "that" {
			return j
		}
		if !t.word || t.cap {
			return -1
		}
	}
	return -1
}

// sayingBefore returns the index of the word of saying that opens the
// clause at toks[i]: the verb of saying or "that" right before it, past a
// day ("said on Monday it"), else the verb past a short adjunct of
// lower-case words (reportingBefore: "said later it", "said in a
// statement it"); -1 when there is none.
func sayingBefore(toks []token, i int) int {
	if r := dayBefore(toks, i) - 1; r >= 0 && toks[r].is(classReporting) {
		return r
	}
	return reportingBefore(toks, i)
}

// reportedIt reports whether "it" at toks[i] opens a clause reported by
// the verb of saying before it (sayingBefore). A "that" that is a
// relative pronoun ("the attack that it claimed") reports nothing.
func reportedIt(s *sentence, i int) bool {
	r := sayingBefore(s.toks, i)
	return r >= 0 && !relativeThat(s, r)
}

// maxReportAdjunct bounds the words of an adjunct between a verb of
// saying and what it reports: "said in messages to journalists that".
const maxReportAdjunct = 5

// lastBody returns the last state or body named in s so far.
func lastBody(s *sentence) *entry {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.adjective || ac.locative {
			// "the EU backed the Rwandan deployment from its fund": not
			// Rwanda's.
			continue
		}
		if len(ac.ents) == 1 && (ac.ents[0].typ == graph.Country || ac.ents[0].typ == graph.Organization) {
			return ac.ents[0]
		}
	}
	return nil
}
