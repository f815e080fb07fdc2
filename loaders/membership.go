package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/entente/entente/graph"
)

// readOrganInName names the reading of organs in Explain.
const readOrganInName = "reading organ-in-name"

// organs finds the bodies a sentence names as another body's organs and
// states that each is part of its owner. Two shapes name an organ the
// catalog does not know:
//
//   - a body of no state whose name opens a longer name ending in a
//     body's head, with the place or field it serves: "the SADC Mission
//     in Mozambique", "the UN Commission on Human Rights in Ruritania",
//     "the ASEAN Ministerial Committee of the Organ";
//   - "its" (or "its own") and a capitalised name ending in a body's head
//     or an organ's noun: "its Panel of the Wise", "its Amaq news agency",
//     "its own Barkhane operation". The body "its" refers back to owns it;
//     the actors' reading of "its" states that (reading its-body).
//
// The names are kept as written, since annotators name such bodies by the
// phrase the article uses. It returns ms with the organs in place of the
// mentions they cover.
func (a *article) organs(s *sentence, ms []mention) []mention {
	toks := s.toks
	var found []mention
	for k := range ms {
		m := ms[k]
		if m.entry.typ != graph.Organization || m.kind != aliasName || m.entry.common || m.entry.country != "" {
			continue
		}
		if _, known := a.x.catalog.byName[m.entry.name]; !known {
			// "the SITE Intelligence Group": a name the article alone
			// defines is part of the longer name, no owner.
			continue
		}
		// A capitalised organ's name after the body's ("the SADC Mission
		// in Mozambique") is discoverSubBodies's; here only one in lower
		// case.
		end := lowerOrganEnd(toks, m.end)
		if end == 0 {
			continue
		}
		e := a.ownedBodyFrom(toks, m, end)
		if e == nil {
			continue
		}
		found = append(found, mention{start: m.start, end: end, entry: e})
		if _, catalogued := a.x.catalog.byName[e.name]; !catalogued {
			// A body the catalog lists ("the UN Security Council") is
			// read by its own name: annotators seldom restate its owner.
			a.partOf(s, e, m.entry, 0.75, readOrganInName)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].fold != "its" {
			continue
		}
		j := i + 1
		if toks[j].fold == "own" {
			j++
		}
		if m := mentionAt0(ms, j); m != nil && mentionAt0(found, j) == nil && !demonymBefore(ms, i) {
			// "its Task Force 153": discovery named the unit without
			// its number.
			if e := unitNumberEnd(toks, m.end, 4); e > m.end && m.entry.typ == graph.Organization && m.kind == aliasName && cleanNameEnd(toks, e) {
				if _, catalogued := a.x.catalog.byName[m.entry.name]; !catalogued {
					if u := a.discovered(textOf(toks, j, e), graph.Organization); u.typ == graph.Organization {
						found = append(found, mention{start: j, end: e, entry: u})
					}
				}
			}
			continue
		}
		if mentionAt0(found, j) != nil || demonymBefore(ms, i) {
			continue
		}
		end := a.x.organNameEnd(toks, ms, j)
		if end == 0 {
			continue
		}
		e := a.discovered(textOf(toks, j, end), graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		found = append(found, mention{start: j, end: end, entry: e})
	}
	found = a.stateCompanies(s, ms, found)
	found = a.namedMissions(s, ms, found)
	found = a.describedGroupings(s, ms, found)
	a.ownersNamedIn(s, ms)
	found = a.gluedOwnerBodies(s, ms, found)
	a.gluedOwners(s, ms, found)
	found = a.organsNamedAfter(s, ms, found)
	found = a.eliteUnits(s, ms, found)
	if len(found) == 0 {
		return ms
	}
	return mergeMentions(ms, found)
}

// lowerOrganEnd returns the end of an organ named in lower case after its
// body's name at toks[k]: one or two words ending in an organ's noun ("the
// SDF media office", "the Front's political bureau" without the
// possessive); or 0.
func lowerOrganEnd(toks []token, k int) int {
	for e := k; e < len(toks) && e < k+2 && toks[e].word && !toks[e].cap; e++ {
		if toks[e].is(classCoordinator) || toks[e].is(classDeterminer) {
			return 0
		}
		if toks[e].in(setOrganNoun) {
			if e+1 < len(toks) && toks[e+1].word && !toks[e+1].cap && toks[e+1].in(setOrganNoun) {
				return 0
			}
			return e + 1
		}
	}
	return 0
}

// readStateCompany names the reading of stateCompanies in Explain.
const readStateCompany = "reading state-company"

// stateCompanies reads a state's company or agency named after its
// possessive and "state" ("Russia's state energy giant Gazprom",
// "Norway's state-owned Equinor", "Ruritania's state news agency RNA"):
// the body is the state's, found by its capitalised name when the
// catalog lacks it. Without "state" the name might be a person's ("Iran's
// Kasai Mainsaisti").
func (a *article) stateCompanies(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		// The possessive is marked after discovery: the "'s" is still
		// the token after the name.
		if m.entry.typ != graph.Country || m.kind == aliasDemonym || m.end >= len(toks) || toks[m.end].fold != "'s" {
			continue
		}
		j := m.end + 1
		if j >= len(toks) || toks[j].fold != "state" || toks[j].cap {
			continue
		}
		j++
		if j < len(toks) && toks[j].hyphen && toks[j].in(setStateOwned) {
			j++
		}
		for n := 0; n < 3 && j < len(toks) && toks[j].word && !toks[j].cap; n++ {
			j++
		}
		if toks[j-1].in(setStateFirmNoun) && closesAppositive(toks, j) && m.start > 1 && toks[m.start-1].fold == "," {
			// "Energoatom, Ukraine's state nuclear operator,": the name
			// before the appositive is the state's company.
			found = a.stateCompanyBefore(s, ms, m, found)
			continue
		}
		if body := mentionAt0(ms, j); body != nil {
			if body.entry.typ == graph.Organization && !body.possessive {
				a.partOf(s, body.entry, m.entry, 0.7, readStateCompany)
			}
			continue
		}
		if j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].is(classStopword) {
			continue
		}
		if e := ownNameEnd(toks, ms, j, 4); e > 0 {
			found = a.discoveredPart(s, j, e, m.entry, 0.7, readStateCompany, found)
		}
	}
	return found
}

// stateCompanyBefore reads the name before ", State's state ... operator,"
// (at m, the state's possessive after the comma) as the state's company:
// a body the catalog or the article knows, or a run of one to three
// capitalised words no mention covers, that opens the sentence or comes
// after a word in lower case or a comma.
func (a *article) stateCompanyBefore(s *sentence, ms []mention, m mention, found []mention) []mention {
	toks := s.toks
	e := m.start - 1
	if body := mentionEndingAt(ms, e); body != nil {
		if body.entry.typ == graph.Organization && !body.possessive {
			a.partOf(s, body.entry, m.entry, 0.7, readStateCompany)
		}
		return found
	}
	j := e
	for j > 0 && e-j < 3 && toks[j-1].word && toks[j-1].cap && !toks[j-1].upper && !toks[j-1].is(classStopword) && inMention(ms, j-1) == nil {
		j--
	}
	if j == e || j > 0 && toks[j-1].word && toks[j-1].cap || toks[j].is(classGivenName) {
		return found
	}
	return a.discoveredPart(s, j, e, m.entry, 0.7, readStateCompany, found)
}

// ownNameEnd returns the end of the capitalised name of at most max words
// that opens at toks[j], a body's own name, when no title opens it and it
// ends cleanly (cleanNameEnd, or before its own "'s") before no other
// mention of ms; 0 otherwise.
func ownNameEnd(toks []token, ms []mention, j, max int) int {
	if _, n := matchTitle(toks, j); n > 0 {
		// "the UN mission Chief of Staff X": the office's holder.
		return 0
	}
	e := j
	for e < len(toks) && e < j+max && toks[e].word && toks[e].cap && toks[e].fold != "'s" && mentionAt0(ms, e) == nil {
		e++
	}
	if e == j || e < len(toks) && toks[e].fold != "'s" && !cleanNameEnd(toks, e) || e < len(toks) && mentionAt0(ms, e) != nil {
		// A name may end before its own possessive ("Gazprom's chief"),
		// not before another capitalised word or a list going on.
		return 0
	}
	return e
}

// discoveredPart discovers the body named by toks[j:e] as part of owner,
// adds its mention to found and returns found; a name the article or the
// catalog knows as something other than a body gives nothing.
func (a *article) discoveredPart(s *sentence, j, e int, owner *entry, conf float64, why string, found []mention) []mention {
	body := a.discovered(textOf(s.toks, j, e), graph.Organization)
	if body.typ != graph.Organization {
		return found
	}
	a.partOf(s, body, owner, conf, why)
	return append(found, mention{start: j, end: e, entry: body})
}

// demonymBefore reports whether the last mention before toks[i] is a
// demonym: in "backed the Rwandan deployment with funds from its Peace
// Facility" the owner of "its" is not the state the adjective names, and
// the actors' reading of "its" would take it for the owner.
func demonymBefore(ms []mention, i int) bool {
	var last *mention
	for k := range ms {
		if ms[k].end <= i {
			last = &ms[k]
		}
	}
	return last != nil && last.kind == aliasDemonym
}

// organNameEnd returns the end of an organ's name that "its" opens, whose
// own words start at toks[k]: capitalised words the lexicon reads as no
// title, ending in a body's head ("Mission", "Commission") or an organ's
// noun ("Panel", "Facility", "news agency"); then "in", "on",
// "of" or "for" and a name, as long as the name ends cleanly ("of the
// Organ", not "on Politics" in "on Politics, Defence and Security").
// It returns 0 when there is no such name.
func (x *Extractor) organNameEnd(toks []token, ms []mention, k int) int {
	if k >= len(toks) || !toks[k].word || !toks[k].cap || toks[k].upper {
		return 0
	}
	if _, n := matchTitle(toks, k); n > 0 {
		// "the UN Secretary-General", "its Foreign Minister".
		return 0
	}
	j := k
	for j < len(toks) && toks[j].word && toks[j].cap && !toks[j].is(classStopword) && toks[j].fold != "'s" && !covered(ms, j) {
		j++
	}
	if j == k || j-k > 5 {
		return 0
	}
	end := 0
	switch last := toks[j-1]; {
	case last.is(classOrgHead) || last.in(setOrganHead):
		end = unitNumberEnd(toks, j, 4)
	default:
		// "its Amaq news agency", "its own Barkhane operation": up to
		// two lower-case words ending in an organ's noun.
		for e := j; e < len(toks) && e < j+2 && toks[e].word && !toks[e].cap; e++ {
			if toks[e].in(setOrganHead) {
				return e + 1
			}
		}
		return 0
	}
	// The place or field the organ serves: "in Mozambique", "on Human
	// Rights in South Sudan", "of the Organ".
	for n := 0; n < 2 && end+1 < len(toks); n++ {
		switch toks[end].fold {
		case "in", "on", "of", "for":
		default:
			return end
		}
		p := end + 1
		if toks[p].fold == "the" {
			p++
		}
		q := p
		if m := mentionAt0(ms, p); m != nil {
			if m.entry.typ != graph.Country && m.entry.typ != graph.Place || m.possessive {
				return end
			}
			q = m.end
		} else {
			for q < len(toks) && toks[q].word && toks[q].cap && !toks[q].is(classStopword) && toks[q].fold != "'s" && !covered(ms, q) {
				q++
			}
		}
		if q == p || !cleanNameEnd(toks, q) {
			return end
		}
		end = q
	}
	return end
}

// unitNumberEnd returns the end of a unit's name that ends at toks[j],
// with the number of up to digits digits that may follow its head noun,
// set off by white space: "its Task Force 153". It returns j for none.
func unitNumberEnd(toks []token, j, digits int) int {
	if j < len(toks) && toks[j].word && toks[j].space && !toks[j].hyphen && isNumber(toks[j].fold) && len(toks[j].fold) <= digits {
		return j + 1
	}
	return j
}

// cleanNameEnd reports whether a name may end before toks[i]: not before
// another capitalised word, nor before a list going on with one ("on
// Politics, Defence and Security").
func cleanNameEnd(toks []token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	if t.word && t.cap || t.fold == "'s" {
		return false
	}
	if (t.fold == "," || t.fold == "and") && i+1 < len(toks) && toks[i+1].word && toks[i+1].cap {
		return false
	}
	return true
}

// mergeMentions returns ms with found in place of the mentions they cover,
// in the order of the sentence.
func mergeMentions(ms, found []mention) []mention {
	out := make([]mention, 0, len(ms)+len(found))
	for _, m := range ms {
		if !slices.ContainsFunc(found, func(f mention) bool { return m.start < f.end && f.start < m.end }) {
			out = append(out, m)
		}
	}
	out = append(out, found...)
	sortMentions(out)
	return out
}

// describedGroupings finds a grouping of states named only by lower-case
// words before the states that make it up: "set up a ministerial contact
// group made up of A, B and C", "a joint naval force composed of A and B".
// The grouping is named by its words without the article, as the text
// calls it; the patterns then read its members. A bare noun ("a group
// made up of") names nothing.
func (a *article) describedGroupings(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i].in(setGroupingNoun) || toks[i].cap {
			continue
		}
		j := i + 1
		switch {
		case toks[j].fold == "comprising":
			j++
		case toks[j].fold == "made" && toks[j+1].fold == "up":
			j += 2
			fallthrough
		case toks[j].fold == "composed" || toks[j].fold == "comprised" || toks[j].fold == "consisting":
			if toks[j].fold != "of" {
				j++
			}
			if j >= len(toks) || toks[j].fold != "of" {
				continue
			}
			j++
		default:
			continue
		}
		if m := mentionAt0(ms, j); m == nil || m.entry.typ != graph.Country {
			continue
		}
		st := i
		for st > 0 && st > i-3 && toks[st-1].word && !toks[st-1].cap && !toks[st-1].is(classDeterminer) && !toks[st-1].is(classCoordinator) && mentionAt0(ms, st-1) == nil && !toks[st-1].upper {
			st--
		}
		if st == i || st == 0 || !toks[st-1].is(classDeterminer) {
			continue
		}
		if overlaps(ms, st, i+1) || overlaps(found, st, i+1) {
			continue
		}
		e := a.discovered(textOf(toks, st, i+1), graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		found = append(found, mention{start: st, end: i + 1, entry: e})
	}
	return found
}

// overlaps reports whether a mention of ms overlaps toks[i:j].
func overlaps(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.start < j && i < m.end {
			return true
		}
	}
	return false
}

// readFounders names the reading of founders in Explain.
const readFounders = "reading founders"

// founders reads the states that together found a body: "Kenya, Uganda
// and Tanzania formed the East African Community", "the bloc was founded
// by Ghana and Togo". Each is a member. One state that creates a body
// ("Turkey created the National Army") sponsors it rather than joins it,
// so it takes two states or more. Only auxiliaries and adverbs may stand
// between the list and the verb and only an article after it: a hedge,
// a negation or an infinitive ("plan to form") breaks the reading.
func (a *article) founders(s *sentence) {
	if s.question || s.hedged {
		// "reportedly formed": relate marked the sentence hedged.
		return
	}
	founding, belonging := anyIn(s.toks, setFoundingVerb), anyIn(s.toks, setBelongVerb)
	if !founding && !belonging {
		return
	}
	its := a.items(s)
	view, _ := parentheticals(s, its)
	if founding {
		a.foundersIn(s, its)
		if view != nil {
			// "Ghana and Togo, both ruled by soldiers, formed the bloc".
			a.foundersIn(s, view)
		}
	}
	if belonging {
		for v := 3; v < len(s.toks); v++ {
			if f := s.toks[v].fold; f == "belongs" || f == "belong" {
				a.belongingRelative(s, v)
			}
		}
		a.belongingIn(s, its)
		if view != nil {
			// "Chad joined Niger, its neighbour, in the Union".
			a.belongingIn(s, view)
		}
	}
}

// foundersIn reads founders in its, one view of s.
func (a *article) foundersIn(s *sentence, its []item) {
	prev := -1
	for k := range its {
		if its[k].actor == nil {
			continue
		}
		if prev >= 0 {
			first, second := its[prev].actor, its[k].actor
			gap := its[prev+1 : k]
			if plain(first) && plain(second) {
				partners := partnersAfter(its, k)
				if body(second.ents) && founding(relativeGap(gap), false) && (states(first.ents) || partners != nil && allStates(first.ents)) {
					// "A and B formed the alliance with C": C founded it
					// too. One state founds a body with partners only:
					// "A, which forms the Union with B and C".
					for _, st := range first.ents {
						a.relFact(s, st, graph.MemberOf, second.ents[0], 0.75, readFounders)
					}
					for _, st := range partners {
						a.relFact(s, st, graph.MemberOf, second.ents[0], 0.75, readFounders)
					}
				}
				if partners != nil && body(second.ents) && !founding(relativeGap(gap), false) && coordinatedFounding(gap) {
					// "the junta, which turned to Russia and formed the
					// Union with B and C": whoever formed it, B and C
					// founded it too.
					for _, st := range partners {
						a.relFact(s, st, graph.MemberOf, second.ents[0], 0.75, readFounders)
					}
				}
				if body(first.ents) && states(second.ents) && founding(gap, true) {
					for _, st := range second.ents {
						a.relFact(s, st, graph.MemberOf, first.ents[0], 0.75, readFounders)
					}
				}
			}
		}
		prev = k
	}
}

// coordinatedFounding reports whether the gap before a body ends in a
// founding verb in the past that "and" or a comma joins to the clause
// before it ("... turned to Russia and formed the"), an article or "new"
// after it: the verb's subject is the clause's, which the gap does not
// name.
func coordinatedFounding(gap []item) bool {
	for v := len(gap) - 1; v >= 1; v-- {
		if !gap[v].in(setFoundingVerb) {
			continue
		}
		if f := gap[v].fold; !strings.HasSuffix(f, "ed") {
			return false
		}
		if f := gap[v-1].fold; f != "and" && f != "," {
			return false
		}
		return founding(gap[v:], false)
	}
	return false
}

// partnersAfter returns the states named after "with" right after the
// actor its[k] ("formed the Union with B and C", "is part of the Union
// with B"), or nil.
func partnersAfter(its []item, k int) []*entry {
	if k+2 < len(its) && its[k+1].fold == "with" && its[k+2].actor != nil && plain(its[k+2].actor) && allStates(its[k+2].actor.ents) {
		return its[k+2].actor.ents
	}
	return nil
}

// relativeGap returns gap, the words between two actors, without the
// relative pronoun that opens it: "A, which forms the Union" reads as "A
// forms the Union" (items drops the comma before the pronoun).
func relativeGap(gap []item) []item {
	if len(gap) > 1 && (gap[0].fold == "which" || gap[0].fold == "that") {
		return gap[1:]
	}
	return gap
}

// readBelonging names the reading of belongingIn in Explain.
const readBelonging = "reading belonging"

// belongingIn reads, in its (one view of s), a state or body said to
// belong to a body by a verb of belonging (word set belong-verb), with the
// partners the clause names beside it:
//   - "A joined B and C in the Union", "A has joined B in the Union": A, B
//     and C are members (a clause that joins partners in a deed, "joined B
//     in condemning", names no body and is not read);
//   - "A is part of the Union with B and C", "A, which is also part of the
//     Union": a state is a member, and its partners after "with"; a body
//     that is part of another is left to the patterns (part-of);
//   - "A belongs to the Union", "A is affiliated to (or with) the Union",
//     "the Union, the coalition to which A
//     belongs" (belongingRelative): a state, or a body in a grouping (its name or the words
//     that describe it end in a grouping noun: "Alliance", "coalition"), is
//     a member; another body is a part ("the brigade belongs to the Front").
//
// The subject stands right before the verb, across auxiliaries, adverbs
// ("has also joined") and a relative pronoun; each end is a state or a body
// by its own name, never a person, a possessive or a place.
func (a *article) belongingIn(s *sentence, its []item) {
	for k := 1; k+2 < len(its); k++ {
		it := &its[k]
		if it.actor != nil || !it.in(setBelongVerb) {
			continue
		}
		switch it.fold {
		case "part":
			if its[k+1].fold != "of" {
				continue
			}
			j := skipAux(k-1, -1, 2, auxAdverbs|lyAdverbs, auxItemAt(its))
			if j < 1 || !isCopula(its[j].fold) {
				continue
			}
			subj := memberSubject(its, j+1)
			y := memberBody(s.toks, its, k+2)
			if subj == nil || y == nil || !allStates(subj) {
				continue
			}
			a.relFacts(s, subj, graph.MemberOf, []*entry{y}, 0.75, readBelonging)
			a.relFacts(s, partnersAfter(its, k+2), graph.MemberOf, []*entry{y}, 0.75, readBelonging)
		case "belongs", "belong", "belonged", "affiliated":
			// (belongingRelative reads "to which A belongs".) "A, which
			// is affiliated to the Front" or "with the Front" belongs to
			// it as the Front's member or part (belongsAs).
			if its[k+1].fold == "to" || it.fold == "affiliated" && its[k+1].fold == "with" {
				// "A belongs to the Union".
				subj, y := memberSubject(its, k), memberBody(s.toks, its, k+2)
				if subj != nil && y != nil {
					a.relFacts(s, subj, belongsAs(s, subj, y, false), []*entry{y}, 0.75, readBelonging)
				}
			}
		default:
			// "joined B and C in the Union".
			partners := its[k+1].actor
			j := k + 2
			if j < len(its) && its[j].fold == "," {
				j++
			}
			if partners == nil || members(partners) == nil || j+1 >= len(its) || its[j].fold != "in" {
				continue
			}
			y := memberBody(s.toks, its, j+1)
			if y == nil {
				continue
			}
			a.relFacts(s, members(partners), graph.MemberOf, []*entry{y}, 0.75, readBelonging)
			if subj := memberSubject(its, k); subj != nil {
				a.relFacts(s, subj, graph.MemberOf, []*entry{y}, 0.75, readBelonging)
			}
		}
	}
}

// belongingRelative reads the relative clause of belonging that ends at
// toks[v], "belongs": "the Union, the coalition to which A belongs". Up to
// maxAppositive lower-case words describe the body between its name and
// "to which"; a grouping noun among them makes A a member (see belongsAs).
// The mentions are read, not the actors: an office's appositive ("X, the
// coordinator of the Union, the coalition to which A belongs") makes one
// actor of it all.
func (a *article) belongingRelative(s *sentence, v int) {
	toks := s.toks
	m := mentionEndingAt(s.mentions, v)
	if m == nil {
		return
	}
	w := m.start - 1
	if w > 0 && toks[w].is(classDeterminer) {
		w--
	}
	if w < 2 || toks[w].fold != "which" || toks[w-1].fold != "to" {
		return
	}
	subj := m.entry
	if m.possessive || m.kind == aliasDemonym || subj.common || subj.typ != graph.Country && subj.typ != graph.Organization {
		return
	}
	c := w - 2
	grouping := false
	for n := 0; c > 0 && n < maxAppositive && (toks[c].word && !toks[c].cap || toks[c].fold == "-"); n++ {
		grouping = grouping || toks[c].in(setGroupingNoun)
		c--
	}
	if c < 1 || toks[c].fold != "," {
		return
	}
	if y := mentionEndingAt(s.mentions, skipParenBack(toks, c)); y != nil && ownBody(*y) {
		a.relFact(s, subj, belongsAs(s, []*entry{subj}, y.entry, grouping), y.entry, 0.75, readBelonging)
	}
}

// memberSubject returns the states or bodies that are the subject of the
// verb at its[k]: the actor right before it across auxiliaries and
// adverbs ("A has also joined", "A is now part of") and a relative pronoun
// ("A, which is part of"), or nil.
//
// After a relative pronoun a verb in the singular ("is", "was", "has",
// "belongs": singularVerb) has the last name of a list for its subject: in "raids by A
// and by B, which is affiliated to C" only B is.
func memberSubject(its []item, k int) []*entry {
	j := skipAux(k-1, -1, 3, auxVerbs|auxAdverbs|lyAdverbs|beForms, auxItemAt(its))
	relative := j > 0 && (its[j].fold == "which" || its[j].fold == "that")
	if relative {
		j--
	}
	if j < 0 || its[j].actor == nil {
		return nil
	}
	ents := members(its[j].actor)
	if relative && len(ents) > 1 && j+2 <= k && singularVerb(its[j+2].fold) {
		return ents[len(ents)-1:]
	}
	return ents
}

// members returns the entities of ac when it names states or bodies by
// their own names as actors, or nil.
func members(ac *actor) []*entry {
	if ac == nil || !plain(ac) || ac.ref != refNone {
		return nil
	}
	for _, e := range ac.ents {
		if e.common || !isBody(e) {
			return nil
		}
	}
	return ac.ents
}

// memberBody returns the body that its[k] names by its own name, or nil.
// The name must end its noun phrase: in "joined Togo in the African
// Union summit" the body only qualifies the summit (review).
func memberBody(toks []token, its []item, k int) *entry {
	if k >= len(its) || its[k].actor == nil || !plain(its[k].actor) || its[k].actor.ref != refNone || !body(its[k].actor.ents) || !endsNounPhrase(toks, its[k].end) {
		return nil
	}
	return its[k].actor.ents[0]
}

// belongsAs returns what belonging to y makes of subj: a member when subj
// are states or y is a grouping (grouping, or its name ends in a grouping
// noun: "the Lake Alliance"), else a part.
func belongsAs(s *sentence, subj []*entry, y *entry, grouping bool) graph.Predicate {
	if allStates(subj) || grouping {
		return graph.MemberOf
	}
	for _, m := range s.mentions {
		if m.entry == y && s.toks[m.end-1].in(setGroupingNoun) {
			return graph.MemberOf
		}
	}
	return graph.PartOf
}

// plain reports whether ac names its entities as actors: no possessive,
// place, modifier or adjective.
func plain(ac *actor) bool {
	return !ac.possessive && !ac.locative && !ac.modifier && !ac.adjective
}

// states reports whether ents are two states or more.
func states(ents []*entry) bool {
	if len(ents) < 2 {
		return false
	}
	for _, e := range ents {
		if e.typ != graph.Country {
			return false
		}
	}
	return true
}

// allStates reports whether ents are one state or more.
func allStates(ents []*entry) bool {
	for _, e := range ents {
		if e.typ != graph.Country {
			return false
		}
	}
	return len(ents) > 0
}

// body reports whether ents are one body.
func body(ents []*entry) bool {
	return len(ents) == 1 && ents[0].typ == graph.Organization && !ents[0].common
}

// founding reports whether gap, the words between two actors, says that
// the first founded the second ("have jointly formed the", "set up a
// new") or, passive, that the first was founded by the second ("was
// founded in 1975 by" is too long a gap and is not read).
func founding(gap []item, passive bool) bool {
	i := 0
	if passive {
		if i < len(gap) && gap[i].fold == "," {
			i++
		}
		if i < len(gap) && (gap[i].fold == "which" || gap[i].fold == "that") {
			i++
		}
	}
	for i < len(gap) && (gap[i].in(setAuxVerb) || gap[i].in(setFoundingAdverb)) {
		i++
	}
	if i >= len(gap) || !gap[i].in(setFoundingVerb) {
		return false
	}
	i++
	if i < len(gap) && gap[i].fold == "up" {
		// "set up".
		i++
	}
	if passive {
		if i+1 < len(gap) && gap[i].fold == "in" && (isNumber(gap[i+1].fold) || monthName(gap[i+1].fold)) {
			// "founded in 1975 by", "launched in May 2017 with": the
			// year it was founded.
			i += 2
			if i < len(gap) && isNumber(gap[i].fold) {
				i++
			}
		}
		return i == len(gap)-1 && (gap[i].fold == "by" || gap[i].fold == "with")
	}
	for i < len(gap) && (gap[i].is(classDeterminer) || gap[i].fold == "new") {
		i++
	}
	return i == len(gap)
}

// readNamedMission names the reading of namedMissions in Explain.
const readNamedMission = "reading named-mission"

// namedMissions reads a body's mission, agency or operation named by its
// own capitalised name after the body and a lower-case noun of it: "the
// EU's naval mission Aspides", "the AU peacekeeping force Kifaru". The
// name is a body of its own, part of the body. A name the catalog knows
// is taken as it is ("the UN refugee agency UNHCR").
func (a *article) namedMissions(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		if m.kind != aliasName || m.entry.common {
			continue
		}
		j := m.end
		if j < len(toks) && toks[j].fold == "'s" {
			j++
		}
		switch {
		case m.entry.typ == graph.Organization:
		case m.entry.typ == graph.Country && (j > m.end || slices.ContainsFunc(toks[m.start:m.end], func(t token) bool { return t.fold == "'s" })) &&
			!(j < len(toks) && toks[j].fold == "state"):
			// "Ruritania's intelligence agency RIA", "Ruritania's military
			// intelligence agency RIA": a state's agency named after its
			// possessive (its army read as the state: "Ruritania's
			// military"); stateCompanies reads "Ruritania's state news
			// agency".
		default:
			continue
		}
		noun := 0
		for e := j; e < len(toks) && e < j+3 && toks[e].word && !toks[e].cap; e++ {
			if toks[e].in(setMissionNoun) || toks[e].in(setOrganHead) {
				noun = e + 1
			}
		}
		if noun == 0 || noun >= len(toks) || mentionAt0(found, noun) != nil {
			continue
		}
		if mentionAt0(ms, j) != nil {
			continue
		}
		if n := mentionAt0(ms, noun); n != nil {
			if n.entry.typ == graph.Organization && !n.entry.common && n.end < len(toks) && toks[n.end].fold != "'s" {
				a.partOf(s, n.entry, m.entry, 0.75, readNamedMission)
			}
			continue
		}
		t := toks[noun]
		if !t.word || !t.cap || t.is(classStopword) || t.in(setWeekday) || isMonth(t) {
			continue
		}
		if e := ownNameEnd(toks, ms, noun, 3); e > 0 {
			found = a.discoveredPart(s, noun, e, m.entry, 0.75, readNamedMission, found)
		}
	}
	return found
}

// readOwnerNamedIn names the reading of ownersNamedIn in Explain.
const readOwnerNamedIn = "reading owner-named-in"

// ownersNamedIn states that a body whose name says whose organ it is
// belongs to that state or body: its owner's own name (not an adjective)
// opens the name ("the Lotvar National Assembly", "the Arctic Union
// Commission", "the US Embassy in Korvo") or follows "of" at its end ("the
// Constitutional Court of Ruritania", "the Armed Forces of Ruritania",
// "the Security Council of Ruritania"). The name must end in an organ's
// noun (named-organ-head, of-organ-head before "of", or "Armed Forces"): "the Ruritania Liberation Movement" and "the National
// Liberation Army of Ruritania" fight the state rather than serve it.
func (a *article) ownersNamedIn(s *sentence, ms []mention) {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		if m.entry.typ != graph.Organization || m.kind == aliasDefinite || m.entry.common || m.end-m.start < 2 {
			continue
		}
		if owner := a.ownerAfterOf(toks, m); owner != nil {
			a.partOf(s, m.entry, owner, 0.75, readOwnerNamedIn)
			continue
		}
		if owner := a.ownerOpening(toks, m); owner != nil {
			a.partOf(s, m.entry, owner, 0.75, readOwnerNamedIn)
		}
	}
}

// readGluedOwner names the reading of gluedOwners in Explain.
const readGluedOwner = "reading glued-owner"

// gluedOwners states that a body belongs to the state or body glued before
// it by a participle of running or affiliation (owning-participle), with
// at most a descriptor between: "the Lotvar-run Kestrel news agency", "the
// Borduria Front-affiliated Tarsh Brigade", "the Front-affiliated group
// Tarsh". A body every state has, named with its owner ("the Lotvar-run
// health ministry"), is gluedOwnerBodies's, which found lists. The owner
// so glued qualifies the name and is no actor of the clause
// (compound-head), so no pattern reads it. Other participles
// ("-linked", "-backed", "-controlled") state a tie, a backing or a
// place's master, not an owner.
func (a *article) gluedOwners(s *sentence, ms, found []mention) {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		j := m.end
		if j+1 >= len(toks) || !toks[j].hyphen || !toks[j].in(setOwningParticiple) || m.possessive || m.kind == aliasDefinite || m.entry.common ||
			m.entry.typ != graph.Country && m.entry.typ != graph.Organization {
			continue
		}
		j++
		if n := a.x.words.has(classDescriptor, toks, j); n > 0 && !toks[j].cap {
			// "the Front-affiliated group Tarsh".
			j += n
		}
		if mentionAt0(found, j) != nil {
			// Named with its owner (gluedOwnerBodies).
			continue
		}
		if b := mentionAt0(ms, j); b != nil && b.entry.typ == graph.Organization && b.kind != aliasDefinite {
			a.partOf(s, b.entry, m.entry, 0.75, readGluedOwner)
		}
	}
}

// gluedCommonBodyWords bounds the words of a body every state has that
// gluedOwnerBodies reads after an owning participle: "the interior
// ministry", "Ministry of Public Health".
const gluedCommonBodyWords = 4

// gluedOwnerBodies finds a body every state has (a ministry, the police,
// a news agency: one the world catalog names for any state) glued to a
// body that is no state by an owning participle (owning-participle): "a
// spokesman for the Lotvar-run health ministry", "the Kestrel Front-run
// Interior Ministry said". Such a body is no state's: it is the owner's
// own, and its words alone ("health ministry") would name any state's, so
// the article's whole phrase names it, "Lotvar-run health ministry", and
// it is the owner's part. A body with a name of its own after the
// participle ("the Lotvar-run Kestrel agency") is gluedOwners's; a state
// glued so ("the Ruritania-run ministry") leaves the body to the state's
// own reading.
func (a *article) gluedOwnerBodies(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		j := m.end
		if j+1 >= len(toks) || !toks[j].hyphen || !toks[j].in(setOwningParticiple) || m.possessive || m.kind == aliasDefinite || m.entry.common || m.entry.typ != graph.Organization {
			continue
		}
		j++
		end := fieldOfficeEnd(toks, j)
		for e := j + 1; e <= len(toks) && e-j <= gluedCommonBodyWords && toks[e-1].word; e++ {
			if e > end && a.x.catalog.everyStateHas(toks[j:e]) {
				end = e
			}
		}
		if end == 0 || end < len(toks) && toks[end].word && toks[end].cap && toks[end-1].cap {
			// "the Lotvar-run Health Ministry Tarsh Clinic": the
			// capitals go on to a longer name.
			continue
		}
		e := a.ownedBodyFrom(toks, m, end)
		if e == nil {
			continue
		}
		found = append(found, mention{start: j, end: end, entry: e})
		a.partOf(s, e, m.entry, 0.75, readGluedOwner)
	}
	return found
}

// fieldOfficeEnd returns the end of a state's office named by its field
// at toks[j], "health ministry", "the Education Department": a word of the
// lexicon and a head of a state's office (state-office-head), both in
// lower case or both capitalised; or 0. A word the lexicon does not know
// ("the Kestrel Bureau") makes a name of its own.
func fieldOfficeEnd(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].word || !toks[j+1].word || toks[j].info == nil || !toks[j+1].in(setStateOfficeHead) || toks[j].cap != toks[j+1].cap || toks[j].is(classDeterminer) {
		return 0
	}
	return j + 2
}

// namesOwner reports whether om, a name inside another body's name, can
// name that body's owner: a state or a body by its own name.
func namesOwner(om mention, body *entry) bool {
	return om.kind == aliasName && om.entry != body && !om.entry.common &&
		(om.entry.typ == graph.Country || om.entry.typ == graph.Organization)
}

// ownerAfterOf returns the owner named after "of" at the end of the body's
// name m, after an organ's noun: "the Court of Ruritania"; or nil.
func (a *article) ownerAfterOf(toks []token, m mention) *entry {
	for k := m.start + 1; k+1 < m.end; k++ {
		if toks[k].fold != "of" {
			continue
		}
		head := toks[k-1]
		if !head.cap || !(head.in(setNamedOrganHead) || head.in(setOfOrganHead) || head.fold == "forces" && k-2 >= m.start && toks[k-2].fold == "armed") {
			return nil
		}
		j := k + 1
		if toks[j].fold == "the" {
			j++
		}
		if j >= m.end {
			return nil
		}
		om, ok := a.catalogMention(toks, j, nil)
		if !ok || om.end != m.end || !namesOwner(om, m.entry) || m.end < len(toks) && toks[m.end].fold == "'s" {
			// "the Presidential Council of Ruritania's unity
			// government": the organ of the state's body, not of the
			// state.
			return nil
		}
		return om.entry
	}
	return nil
}

// ownerOpening returns the owner whose own name opens the body's name m,
// the rest capitalised and ending in an organ's noun: "the Lotvar National
// Assembly", "the Arctic Union Commission" (a name the catalog knows as
// a whole); or nil.
func (a *article) ownerOpening(toks []token, m mention) *entry {
	st := m.start
	if toks[st].fold == "the" {
		st++
	}
	end := placedOrganEnd(toks, st, m.end)
	members := organOfMembers(toks, st, end)
	if st+1 >= end || !toks[end-1].in(setNamedOrganHead) && !members && !serviceForce(toks, st, end) || toks[st].info == nil {
		return nil
	}
	for k := st; k < end; k++ {
		if toks[k].fold == "and" && k > st && k+1 < end && toks[k-1].cap && toks[k+1].cap {
			// "the Arctic Union Support and Stabilization Mission".
			continue
		}
		if members && k == end-2 || toks[k].fold == "'s" && k > st+1 && toks[k-1].fold == "people" {
			// "the Lotvar Council of Ministers", "the Lotvar People's
			// Defence Forces": words of the organ's own name.
			continue
		}
		if !toks[k].word || !toks[k].cap || toks[k].fold == "of" {
			// "the UN Mission of Inquiry": a longer name.
			return nil
		}
	}
	for _, pv := range toks[st].info.aliases {
		if st+len(pv.keys) >= end || !hasKeys(toks, st, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if al.scope != "" || al.generic || !al.caseFits(toks, st) {
				continue
			}
			if namesOwner(mention{entry: al.entry, kind: al.kind}, m.entry) && !(al.entry.typ == graph.Organization && toks[end-1].fold == "assembly") {
				// A body's assembly ("the UN General Assembly") is its
				// members meeting, read by its own name; a state's is
				// its parliament.
				return al.entry
			}
		}
	}
	return nil
}

// organOfMembers reports whether the name toks[st:end] ends in a
// capitalised organ's noun, "of" and the people it is made of: "the Lotvar
// Council of Ministers", "the Ruritania House of Representatives".
func organOfMembers(toks []token, st, end int) bool {
	return end-st >= 4 && toks[end-1].cap && toks[end-1].in(setOrganMemberNoun) && toks[end-2].fold == "of" && toks[end-3].cap
}

// serviceForce reports whether the name toks[st:end] ends in a force's
// noun with a word of a state's service before it, or in "Police": "the
// Ruritania Defence Forces", "the Lotvar Maritime Police Force", "the
// Lotvar National Police". "the Ruritania Liberation Army" and "the Lotvar
// Patriotic Forces" fight their state rather than serve it.
func serviceForce(toks []token, st, end int) bool {
	switch toks[end-1].fold {
	case "police":
		return true
	case "force", "forces", "army", "guard":
	default:
		return false
	}
	for k := st + 1; k < end-1; k++ {
		if toks[k].in(setServiceForceWord) {
			return true
		}
	}
	return false
}

// organsNamedAfter finds an organ named by its owner's name and one
// capitalised organ's noun, which discovery leaves to the owner: "the
// Arctic Union Commission" where the catalog lacks it, "the Ruritania
// Embassy in Korvo". The organ is a body of its own, part of the owner.
func (a *article) organsNamedAfter(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		j := m.end
		if !namesOwner(m, nil) || j >= len(toks) || !toks[j].word || !toks[j].cap || !toks[j].in(setNamedOrganHead) {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].word && toks[j+1].cap || toks[j+1].fold == "'s" || toks[j+1].fold == "of") {
			// "the Ruritania Court of Appeal": a longer name.
			continue
		}
		if mentionAt0(ms, j) != nil || mentionAt0(found, j) != nil || m.start > 0 && toks[m.start-1].fold == "'s" {
			continue
		}
		st := m.start
		if toks[st].fold == "the" {
			st++
		}
		end := j + 1
		if end+1 < len(toks) && toks[end].fold == "in" {
			// "the Ruritania Embassy in Korvo": the seat is part of the
			// name, as the text gives it.
			if pm := mentionAt0(ms, end+1); pm != nil && (pm.entry.typ == graph.Country || pm.entry.typ == graph.Place) && cleanNameEnd(toks, pm.end) {
				end = pm.end
			}
		}
		e := a.discovered(textOf(toks, st, end), graph.Organization)
		if e.typ != graph.Organization || e == m.entry {
			continue
		}
		found = append(found, mention{start: m.start, end: end, entry: e})
		a.partOf(s, e, m.entry, 0.75, readOwnerNamedIn)
	}
	return found
}

// readEliteUnit names the reading of eliteUnits in Explain.
const readEliteUnit = "reading elite-unit"

// eliteUnits finds a body's unit named after the body's possessive, with
// or without words of its standing (unit-standing): "the Vardo Guards'
// elite Kestrel Force", "the Front's feared Tarsh Brigade", "the Union
// Navy's Fifth Fleet", "the Union's Special Monitoring Mission to
// Ruritania". The unit's name ends in a body's head, and may be followed
// by its number ("Task Force 153") or, without a standing word, by the
// state it serves; it is a body of its own, part of the body. Only a
// body's possessive is read: "Ruritania's elite Lake Army" may be a proxy.
func (a *article) eliteUnits(s *sentence, ms, found []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		if m.entry.typ != graph.Organization || m.kind != aliasName || m.entry.common || m.end >= len(toks) || toks[m.end].fold != "'s" {
			continue
		}
		j := m.end + 1
		n := 0
		for j < len(toks) && n < 2 && toks[j].word && !toks[j].cap && toks[j].in(setUnitStanding) {
			j++
			n++
		}
		if particleName(toks, j) && mentionAt0(ms, j) == nil && mentionAt0(ms, j+1) == nil {
			// "Hezbollah's al-Manar television": a name that a
			// lower-case particle opens.
			if ne, e := a.x.ownedUnitEnd(toks, ms, j+1); e > 0 && mentionAt0(found, j) == nil {
				body := a.discovered(textOf(toks, j, ne), graph.Organization)
				if body.typ == graph.Organization && body != m.entry {
					found = append(found, mention{start: j, end: e, entry: body})
					a.partOf(s, body, m.entry, 0.75, readEliteUnit)
				}
			}
			continue
		}
		if j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].upper || mentionAt0(found, j) != nil {
			continue
		}
		if um := mentionAt0(ms, j); um != nil {
			// "the Union's Special Monitoring Mission": a unit the
			// article already named.
			if um.entry != m.entry && um.kind == aliasName && um.entry.typ == graph.Organization && !um.entry.common && um.end-um.start >= 2 && (toks[um.end-1].is(classOrgHead) || toks[um.end-1].in(setOrganHead)) {
				a.partOf(s, um.entry, m.entry, 0.75, readEliteUnit)
			}
			continue
		}
		e := j
		for e < len(toks) && e < j+4 && toks[e].word && toks[e].cap && toks[e].fold != "'s" && !covered(ms, e) {
			e++
		}
		nameEnd := 0
		if e-j >= 2 && unitHead(toks, j, e) {
			e = unitNumberEnd(toks, e, 4)
			if !cleanNameEnd(toks, e) && !(n == 0 && placeAfterUnit(toks, ms, e)) {
				continue
			}
		} else if ne, me := a.x.ownedUnitEnd(toks, ms, j); me == 0 {
			// "its elite Kestrel": one word is no unit's name.
			continue
		} else {
			e, nameEnd = me, ne
		}
		if nameEnd == 0 {
			nameEnd = e
		}
		if _, t := matchTitle(toks, j); t > 0 && (j+t >= nameEnd || !toks[nameEnd-1].is(classOrgHead)) {
			// "the Front's Foreign Minister"; but a portfolio may open
			// a unit's name: "its Defence and Trade Committee".
			continue
		}
		body := a.discovered(textOf(toks, j, nameEnd), graph.Organization)
		if body.typ != graph.Organization || body == m.entry {
			continue
		}
		found = append(found, mention{start: j, end: e, entry: body})
		a.partOf(s, body, m.entry, 0.75, readEliteUnit)
	}
	return found
}

// ownedUnitEnd returns the end of a unit's name after its owner's
// possessive at toks[j] in the shapes eliteUnits' plain run of
// capitalised words misses, or 0: capitalised words that "and" joins,
// ending in a body's head ("the Front's Liaison and Coordination Unit",
// "the Council's Defence and Security Committee"); or one or two
// capitalised words and the lower-case noun of what the unit is, a
// descriptor or a part's noun with at most one word before it ("the
// Front's Kestrel television", "the Guards' Falcon unit", "the Front's
// Kestrel intelligence agency"), which is part of the name as the text
// gives it. The name must end its noun phrase: "the Front's Kestrel
// television studios" names studios.
func (x *Extractor) ownedUnitEnd(toks []token, ms []mention, j int) (name, end int) {
	e := j
	for e < len(toks) && e < j+6 && toks[e].word && toks[e].cap && toks[e].fold != "'s" && !covered(ms, e) && !toks[e].in(setWeekday) && !isMonth(toks[e]) {
		e++
		if e+1 < len(toks) && toks[e].fold == "and" && e-j <= 3 && toks[e+1].word && toks[e+1].cap && !covered(ms, e+1) {
			e++
		}
	}
	if e == j || !toks[e-1].word || !toks[e-1].cap {
		return 0, 0
	}
	if e-j >= 3 && unitHead(toks, j, e) && slices.ContainsFunc(toks[j:e], func(t token) bool { return t.fold == "and" }) {
		if !cleanNameEnd(toks, e) {
			return 0, 0
		}
		return e, e
	}
	if e-j > 2 || unitHead(toks, j, e) {
		return 0, 0
	}
	k := e
	if k < len(toks) && toks[k].word && !toks[k].cap && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && x.words.has(classDescriptor, toks, k) == 0 && !toks[k].in(setOwnBodyNoun) {
		// "Kestrel intelligence agency": one word of its kind first.
		k++
	}
	n := x.words.has(classDescriptor, toks, k)
	if n == 0 && k < len(toks) && toks[k].word && !toks[k].cap && toks[k].in(setOwnBodyNoun) {
		n = 1
	}
	if n == 0 || toks[k].cap || !endsNounPhrase(toks, k+n) {
		return 0, 0
	}
	if c := k + n; c+1 < len(toks) && toks[c].fold == "," {
		// "the Front's Syldavian wing, the Zenda Brigades": the name
		// in apposition is the unit's; the word before its noun
		// qualifies it.
		if d := c + 1; toks[d].fold == "the" && d+1 < len(toks) && toks[d+1].cap || toks[d].word && toks[d].cap {
			return 0, 0
		}
	}
	return e, k + n
}

// unitHead reports whether the capitalised run toks[j:e] after a body's
// possessive ends in a unit's head: a body's head, or one that heads a
// unit only there ("Unit"), and then not a hospital's ward ("Burns Unit").
func unitHead(toks []token, j, e int) bool {
	if toks[e-1].is(classOrgHead) {
		return true
	}
	return toks[e-1].in(setUnitHead) && !anyIn(toks[j:e-1], setWardWord)
}

// particleName reports whether toks[j] is a lower-case name particle
// glued by a hyphen to the capitalised word after it: "al-Manar".
func particleName(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].word && !toks[j].cap && toks[j].is(classNameParticle) && toks[j+1].hyphen && toks[j+1].word && toks[j+1].cap
}

// placeAfterUnit reports whether toks[e:] opens with "to" or "in" and the
// state or place a unit serves, ending cleanly: "the Union's Special
// Monitoring Mission to Ruritania"; the unit's name ends before it.
func placeAfterUnit(toks []token, ms []mention, e int) bool {
	if e+1 >= len(toks) || toks[e].fold != "to" && toks[e].fold != "in" {
		return false
	}
	pm := mentionAt0(ms, e+1)
	return pm != nil && (pm.entry.typ == graph.Country || pm.entry.typ == graph.Place) && !pm.possessive && cleanNameEnd(toks, pm.end)
}

// monthName reports whether the folded word w names a month.
func monthName(w string) bool {
	_, ok := month(w)
	return ok
}

// readStatedMembers names the reading of statedMembers in Explain.
const readStatedMembers = "reading stated-members"

// statedMembers reads a list of states or bodies said to be members of a
// body, with the words between in any of their usual forms: "Ghana and
// Togo, which are both members of the Coastal Union", "Togo is also a
// founding member of the bloc", "Chile and Peru were full members of the
// pact". Only a copula, "which" or "who", and words that qualify the
// membership ("both", "also", "founding") may stand between the list and
// "member"; the body follows "of" and an article.
func (a *article) statedMembers(s *sentence) {
	if s.question || s.hedged {
		return
	}
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].fold != "member" && toks[i].fold != "members" || toks[i+1].fold != "of" {
			continue
		}
		j := i + 2
		if toks[j].is(classDeterminer) {
			j++
		}
		b := actorStarting(s, j)
		if b == nil || !plain(b) || b.ref != refNone || !body(b.ents) {
			continue
		}
		k := i - 1
		for k >= 0 && memberQualifier(toks[k].fold) {
			k--
		}
		if k < 0 || !isCopula(toks[k].fold) {
			continue
		}
		k--
		if k >= 0 && (toks[k].fold == "which" || toks[k].fold == "who") {
			k--
			if k < 0 || toks[k].fold != "," {
				continue
			}
			k--
		}
		for _, m := range listEndingAt(s, k+1) {
			if m.typ == graph.Country || m.typ == graph.Organization {
				a.relFact(s, m, graph.MemberOf, b.ents[0], 0.75, readStatedMembers)
			}
		}
	}
	a.factionMembers(s)
	a.membersSetOff(s)
	a.coalitionMembers(s)
	a.membersInApposition(s)
	a.factionsOneOf(s)
	a.compositions(s)
	a.ownMembers(s)
	a.countedMemberStates(s)
}

// factionOpener returns where the words describing an umbrella's
// factions start after a body's name that ends at toks[c]: after ", one
// of", ", a", ", among", ", which is one of" or "is one of", "is a"; or 0.
func factionOpener(toks []token, c int) int {
	j := c
	if toks[j].fold == "," {
		j++
		if j < len(toks) && (toks[j].fold == "which" || toks[j].fold == "that") {
			j++
			if j >= len(toks) || !isCopula(toks[j].fold) {
				return 0
			}
		}
	}
	if j < len(toks) && isCopula(toks[j].fold) {
		j++
		if j < len(toks) && (toks[j].fold == "also" || toks[j].fold == "still" || toks[j].fold == "now") {
			j++
		}
	} else if j == c {
		return 0
	}
	switch {
	case j+1 < len(toks) && toks[j].fold == "one" && toks[j+1].fold == "of":
		return j + 2
	case j < len(toks) && (toks[j].fold == "a" || toks[j].fold == "an" || toks[j].fold == "among"):
		return j + 1
	}
	return 0
}

// readOneOfFactions names the reading of factionsOneOf in Explain.
const readOneOfFactions = "reading one-of-factions"

// factionsOneOf reads a body set off or described as one of an umbrella's
// factions, with any words that describe them: "the Kestrel Brigade, one of
// the most powerful pro-Lotvar factions of the Joint Front,", "one of the
// militias in the Front", "one of the alliance's biggest groups", "a
// faction of the Front", "is a militia within the Front", "among the
// factions of the Front". The patterns
// read the same words between actors; here the mentions are read, since
// the body may be the object of an office ("X, a commander of the Kestrel
// Brigade, one of the factions of the Front"), which makes one actor of it
// all.
func (a *article) factionsOneOf(s *sentence) {
	toks := s.toks
	for c := 1; c+4 < len(toks); c++ {
		m := mentionEndingAt(s.mentions, c)
		if m == nil || !ownBody(*m) || m.entry.country != "" {
			continue
		}
		j := factionOpener(toks, c)
		if j == 0 {
			continue
		}
		if toks[j].fold == "the" {
			j++
		}
		var umbrella *entry
		if o := mentionAt0(s.mentions, j); o != nil && o.end < len(toks) && toks[o.end].fold == "'s" {
			// "one of the Front's biggest factions".
			umbrella = o.entry
			j = o.end + 1
		}
		n := 0
		for j < len(toks) && n < 4 && toks[j].word && (!toks[j].cap || toks[j].hyphen) && !toks[j].in(setFactionNoun) && !toks[j].is(classCoordinator) && !verbBetween(toks, j, j+1) {
			j++
			n++
		}
		if j >= len(toks) || !toks[j].in(setFactionNoun) || toks[j].cap {
			continue
		}
		j++
		if umbrella == nil {
			if j+1 >= len(toks) || toks[j].fold != "of" && toks[j].fold != "in" && toks[j].fold != "within" {
				continue
			}
			j++
			if toks[j].is(classDeterminer) {
				j++
			}
			o := mentionAt0(s.mentions, j)
			if o == nil || o.possessive {
				continue
			}
			umbrella = o.entry
		}
		if umbrella.typ != graph.Organization || umbrella.common || umbrella == m.entry {
			continue
		}
		a.relFact(s, m.entry, graph.MemberOf, umbrella, 0.75, readOneOfFactions)
	}
}

// readMemberAppositive names the reading of membersInApposition in Explain.
const readMemberAppositive = "reading member-appositive"

// membersInApposition reads a state or body set off as a member, in the
// forms reports use: "Peru, a member of the Andes Pact,", "Chile and
// Peru, both members of the pact", "Peru, a coalition member" (the body
// last named with that head noun), "the pact stood with Peru, a member
// state" (the body of no state the sentence names before). A singular
// "member" is the last name of a list ("attacks on Chile and Peru, a
// coalition member"), a plural one every name. The appositive may be read
// as one actor with its name, so the mentions are read, not the actors.
func (a *article) membersInApposition(s *sentence) {
	toks := s.toks
	for c := 1; c+2 < len(toks); c++ {
		if toks[c].fold != "," {
			continue
		}
		j := c + 1
		if f := toks[j].fold; f == "a" || f == "an" || f == "one" {
			j++
		}
		for j < len(toks) && memberQualifier(toks[j].fold) && toks[j].fold != "a" && toks[j].fold != "the" {
			j++
		}
		var body *entry
		head := ""
		pred := graph.MemberOf
		k, ok := a.rankedComponent(s, j)
		if !ok {
			pred = graph.PartOf
			k, ok = partAppositive(s, j)
		}
		if ok {
			// "the Lake Front, the main militia in the Joint Forces,";
			// "the Kestrel Guard, the elite unit of the Joint Forces,".
			m := mentionAt0(s.mentions, k)
			if m == nil || !ownBody(*m) || pred == graph.MemberOf && m.entry.country != "" || !closesAppositive(toks, skipParen(toks, m.end)) {
				// A state's own body has parts, not members.
				continue
			}
			if e := mentionBeforeComma(s, c); e != nil && !inAppositiveComplement(s, e.start) && !e.possessive && e.entry != m.entry && e.entry.typ == graph.Organization && e.entry.country == "" && !e.entry.common {
				a.relFact(s, e.entry, pred, m.entry, 0.75, readMemberAppositive)
			}
			continue
		}
		if j < len(toks) && toks[j].word && !toks[j].cap && toks[j].in(setBodyHead) {
			// "a coalition member": the body named before by that noun.
			head = toks[j].fold
			j++
		}
		if j >= len(toks) || toks[j].fold != "member" && toks[j].fold != "members" {
			continue
		}
		plural := toks[j].fold == "members"
		j++
		if j < len(toks) && memberStateNoun(toks[j].fold) {
			plural = plural || toks[j].fold != "state" && toks[j].fold != "country" && toks[j].fold != "nation"
			j++
		}
		switch {
		case head == "" && j+1 < len(toks) && toks[j].fold == "of":
			k := j + 1
			if toks[k].is(classDeterminer) {
				k++
			}
			m := mentionAt0(s.mentions, k)
			if m == nil || m.entry.typ != graph.Organization || m.possessive || m.kind == aliasDemonym || m.entry.common || m.entry.country != "" {
				continue
			}
			body = m.entry
			j = m.end
		case head != "":
			body = a.refs.heads[head]
		case j > c+2 && toks[j-1].fold != "member" && toks[j-1].fold != "members":
			// "a member state": the grouping of states the sentence
			// named before the list.
			body = bodyOfStatesBefore(s, c)
		}
		if body == nil || body.typ != graph.Organization || body.country != "" || j < len(toks) && toks[j].word && !toks[j].is(classCoordinator) {
			// "Peru, a member of the pact since 1990, ..." reads on;
			// "a member of the pact's council" is no membership of it.
			if body == nil || j >= len(toks) || toks[j].fold != "since" && toks[j].fold != "in" {
				continue
			}
		}
		for _, e := range mentionListEndingAt(s.mentions, toks, c, plural) {
			if e != body && (e.typ == graph.Country || e.typ == graph.Organization && e.country == "") {
				a.relFact(s, e, graph.MemberOf, body, 0.75, readMemberAppositive)
			}
		}
	}
}

// rankedComponent reads, from toks[j] after an appositive's comma and
// article, a body's noun that sets the body off as one of the bodies of a
// grouping: up to three words that rank it (word set component-rank, two
// of them joined by "and") and a
// descriptor noun, then "in", "within" or "among" ("the main militia in",
// "a powerful faction within"), or "of" after a ranking word ("the largest
// party of"; "the militia of" may name the grouping's own force). It
// returns where the grouping's name starts past "the" and a qualifier
// glued by a hyphen ("the Kurdish-led"). A place's or an
// event's noun is no descriptor: "the largest town in the enclave".
func (a *article) rankedComponent(s *sentence, j int) (int, bool) {
	toks := s.toks
	if j < len(toks) && toks[j].fold == "the" {
		j++
	}
	ranked := false
	for n := 0; n < 3 && j < len(toks) && toks[j].word && !toks[j].cap && toks[j].in(setComponentRank); n++ {
		ranked = true
		j++
		if j+1 < len(toks) && toks[j].fold == "and" && toks[j+1].in(setComponentRank) {
			// "the largest and strongest group".
			j++
		}
	}
	if j >= len(toks) || toks[j].cap {
		return 0, false
	}
	n := a.x.words.has(classDescriptor, toks, j)
	if n == 0 || toks[j].is(classDeterminer) {
		return 0, false
	}
	j += n
	if j+1 >= len(toks) {
		return 0, false
	}
	switch {
	case toks[j].in(setComponentPrep):
	case toks[j].fold == "of":
		if !ranked {
			return 0, false
		}
	default:
		return 0, false
	}
	j++
	if toks[j].is(classDeterminer) {
		j++
	}
	if j+2 < len(toks) && toks[j+1].hyphen && toks[j+1].word && !toks[j+1].cap {
		// "the Kurdish-led Lake Front": a qualifier glued by a hyphen.
		j += 2
	}
	return j, true
}

// inAppositiveComplement reports whether the name starting at toks[i]
// ends an appositive of its own, after a preposition, that describes a
// body ("the YPG, the backbone of the SDF, the offshoot of the PKK"): an
// appositive after it describes the body the first appositive described,
// not this name. After a person's appositive ("X, a founder of the Lake
// Party, the leading party in ...") it describes the name.
func inAppositiveComplement(s *sentence, i int) bool {
	toks := s.toks
	prep := false
	for d := i - 1; d >= 0 && d >= i-8; d-- {
		switch {
		case toks[d].fold == "of" || toks[d].in(setComponentPrep):
			prep = true
		case toks[d].fold == ",":
			if !prep || d+1 >= len(toks) || !toks[d+1].is(classDeterminer) {
				return false
			}
			m := mentionBeforeComma(s, d)
			return m != nil && m.entry.typ == graph.Organization
		}
	}
	return false
}

// mentionBeforeComma returns the mention that ends before a bracketed
// aside closing at the comma s.toks[c] ("the Front (FLN),"), else the one
// that ends at the comma; nil when none does.
func mentionBeforeComma(s *sentence, c int) *mention {
	p := skipParenBack(s.toks, c)
	m := lastMentionEndingAt(s, p)
	if m == nil && p != c {
		m = lastMentionEndingAt(s, c)
	}
	return m
}

// partAppositive reads, from toks[j] after an appositive's comma and
// "the", a noun of a body's part (word set body-part) and "of", after up
// to two words that describe the part, lower-case or a state's adjective:
// "the elite unit of", "the armed wing of", "the Syrian offshoot of". It
// returns where the owner's name starts past "the", as rankedComponent
// does.
func partAppositive(s *sentence, j int) (int, bool) {
	toks := s.toks
	if j >= len(toks) || toks[j].fold != "the" {
		return 0, false
	}
	describes := func(k int) bool {
		if !toks[k].word || toks[k].in(setBodyPart) || toks[k].is(classStopword) {
			return false
		}
		m := mentionAt0(s.mentions, k)
		return !toks[k].cap || (m != nil && m.kind == aliasDemonym && m.end == k+1)
	}
	j, ok := bodyPartOf(toks, j+1, describes)
	if !ok || j >= len(toks) {
		return 0, false
	}
	if toks[j].is(classDeterminer) {
		j++
	}
	return j, true
}

// bodyPartOf reads, from toks[j], up to two words that describe a body's
// part, each as describes accepts it, then a lower-case noun of a body's
// part (word set body-part) and "of", and returns the index past "of".
// bodyAppositive and partAppositive describe the part each their own way.
func bodyPartOf(toks []token, j int, describes func(k int) bool) (int, bool) {
	for n := 0; ; n++ {
		if j+1 < len(toks) && toks[j].word && !toks[j].cap && toks[j].in(setBodyPart) && toks[j+1].fold == "of" {
			return j + 2, true
		}
		if n == 2 || j >= len(toks) || !describes(j) {
			return 0, false
		}
		j++
	}
}

// memberStateNoun reports whether w, after "member", makes it a state's
// membership: "a member state", "member countries".
func memberStateNoun(w string) bool {
	switch w {
	case "state", "states", "country", "countries", "nation", "nations":
		return true
	}
	return false
}

// bodyOfStatesBefore returns the one body of no state that the sentence
// names by its own name before toks[c], or nil when it names none or two.
func bodyOfStatesBefore(s *sentence, c int) *entry {
	var body *entry
	for _, m := range s.mentions {
		if m.start >= c {
			break
		}
		if !unstatedBody(m.entry) || m.possessive {
			continue
		}
		if body != nil && body != m.entry {
			return nil
		}
		body = m.entry
	}
	return body
}

// mentionListEndingAt returns the states or bodies named in the list of
// mentions that ends at toks[end] ("Chile, Peru and Bolivia"): every name
// when all is set, else the last alone. A possessive, a demonym or a word
// that is no name in the list ends it.
func mentionListEndingAt(ms []mention, toks []token, end int, all bool) []*entry {
	var ents []*entry
	for {
		m := mentionEndingAt(ms, end)
		if m == nil || m.possessive || m.kind == aliasDemonym || m.entry.common {
			return ents
		}
		ents = append(ents, m.entry)
		if !all {
			return ents
		}
		k := m.start - 1
		if k >= 0 && toks[k].is(classDeterminer) {
			k--
		}
		var more bool
		if end, more = listGoesBack(toks, k); !more {
			return ents
		}
	}
}

// listGoesBack reads the joint before a name of a list "A, B and C",
// toks[k] being the token right before the name: ", and", "and" or ",".
// It returns where the name before ends and true, or false where the list
// opens at the name.
func listGoesBack(toks []token, k int) (int, bool) {
	switch {
	case k >= 1 && toks[k].fold == "and" && toks[k-1].fold == ",":
		return k - 1, true
	case k >= 0 && (toks[k].fold == "and" || toks[k].fold == ","):
		return k, true
	}
	return 0, false
}

// readFactionMember names the reading of factionMembers in Explain.
const readFactionMember = "reading faction-member"

// factionMembers reads a body named with a faction's noun and said to be
// part of another as the other's member: "the Lake Movement faction that
// is part of the Joint Front", "the Kestrel Brigade, a group which is
// part of the Joint Front". A faction belongs to an umbrella as its member;
// "the X wing, which is part of Y" names a part and is left to the
// patterns.
func (a *article) factionMembers(s *sentence) {
	toks := s.toks
	for i := 4; i+2 < len(toks); i++ {
		if toks[i].fold != "part" || toks[i+1].fold != "of" {
			continue
		}
		k := i - 1
		if toks[k].fold == "also" || toks[k].fold == "now" {
			k--
		}
		if !isCopula(toks[k].fold) || toks[k-1].fold != "which" && toks[k-1].fold != "that" {
			continue
		}
		k -= 2
		if k > 0 && toks[k].fold == "," {
			k--
		}
		if !toks[k].in(setFactionNoun) || toks[k].cap {
			continue
		}
		// The mentions, not the actors: a role's appositive ("X, the
		// leader of the Y faction that is part of Z,") makes one actor
		// of it all.
		var subj *mention
		for n := range s.mentions {
			m := &s.mentions[n]
			if m.start < k && k < m.end || m.end == k || m.end == k-2 && toks[k-1].is(classDeterminer) && toks[k-2].fold == "," {
				// "the Y faction", "the Kestrel Brigade, a group which".
				subj = m
			}
		}
		j := i + 2
		if toks[j].is(classDeterminer) {
			j++
		}
		b := mentionAt0(s.mentions, j)
		if subj == nil || b == nil || !ownBody(*subj) || !ownBody(*b) || subj.entry == b.entry {
			continue
		}
		a.relFact(s, subj.entry, graph.MemberOf, b.entry, 0.75, readFactionMember)
	}
}

// readMembersSetOff names the reading of membersSetOff in Explain.
const readMembersSetOff = "reading members-set-off"

// membersSetOff reads the members named in apposition after "the members
// of" a body, or its co-chairs or founders: "The co-chairs of the Lake
// Group, Chile, Peru and Norway, have mediated since 1992", "the founders
// of the Coastal Union, Ghana and Togo,". The list reads as one with the
// body, so the patterns cannot; it takes two names or more, each a state
// or a body by its own name, and must end the appositive or the sentence.
func (a *article) membersSetOff(s *sentence) {
	toks := s.toks
	for i := 1; i+3 < len(toks); i++ {
		switch {
		case toks[i].fold == "members" || toks[i].fold == "founders":
		case toks[i].fold == "chairs" && toks[i].hyphen && toks[i-1].fold == "co":
		default:
			continue
		}
		if toks[i+1].fold != "of" {
			continue
		}
		j := i + 2
		if toks[j].is(classDeterminer) {
			j++
		}
		b := mentionAt0(s.mentions, j)
		if b == nil || !ownBody(*b) || b.end+1 >= len(toks) || toks[b.end].fold != "," {
			continue
		}
		members, k := namesListed(s, b.end+1, b.entry)
		if k < len(toks) && toks[k].word {
			// "..., Chile and Peru have": the list must end the
			// appositive or the sentence.
			continue
		}
		if len(members) < 2 {
			continue
		}
		for _, e := range members {
			a.relFact(s, e, graph.MemberOf, b.entry, 0.75, readMembersSetOff)
		}
	}
}

// namesListed reads the list of states and bodies named by their own names
// that starts at toks[k]: "Chile, Peru and Norway", "the Lake Front (LF),
// the Kestrel Brigade, and the Coastal Union", each name after an optional
// determiner and before an optional bracket ("(LF)"). It returns the names
// and the index after the last, or nil when a member is none of them (a
// possessive, a demonym, a common noun, a person, or not), which ends the
// list unread.
func namesListed(s *sentence, k int, not *entry) ([]*entry, int) {
	toks := s.toks
	var names []*entry
	for k < len(toks) {
		if toks[k].is(classDeterminer) {
			k++
		}
		m := mentionAt0(s.mentions, k)
		if m == nil || m.possessive || m.kind == aliasDemonym || m.entry == not || m.entry.common ||
			m.entry.typ != graph.Country && m.entry.typ != graph.Organization {
			return nil, k
		}
		names = append(names, m.entry)
		k = skipParen(toks, m.end)
		end := k
		if k < len(toks) && toks[k].fold == "," {
			k++
		}
		next := k
		if next < len(toks) && toks[next].is(classDeterminer) {
			next++
		}
		switch {
		case k < len(toks) && toks[k].fold == "and":
			k++
		case k < len(toks) && toks[k-1].fold == "," && mentionAt0(s.mentions, next) != nil:
		default:
			return names, end
		}
	}
	return names, k
}

// readOwnMembers names the reading of ownMembers in Explain.
const readOwnMembers = "reading own-members"

// ownMembers reads the members a sentence lists for the body it names
// before them: "the bloc was set up in 1986, and its remaining members
// are A, B and C", "its member states include A and B". "its", words
// that say which members (members-qualifier), "members" (or "member" and a
// state noun), "are" or a verb of inclusion, then states or bodies by
// their own names that end the clause ("its members are held in camps"
// lists no one). "its" is the one body of no state the sentence names
// before it: a sentence that names none, or two, states nothing, as a
// wrong body costs more than a missed one. "Its" that opens the sentence
// is the body that was the subject of the sentence before, when that
// sentence names no other (previousSubjectBody).
func (a *article) ownMembers(s *sentence) {
	if s.question || s.hedged {
		return
	}
	toks := s.toks
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].fold != "its" {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].in(setMembersQualifier) {
			j++
		}
		if j+2 >= len(toks) || toks[j].fold != "members" && !(toks[j].fold == "member" && memberStateNoun(toks[j+1].fold)) {
			continue
		}
		if j++; memberStateNoun(toks[j].fold) {
			j++
		}
		if j >= len(toks) || toks[j].fold != "are" && !toks[j].in(setInclusionVerb) {
			continue
		}
		var body *entry
		if i > 0 {
			body = bodyOfStatesBefore(s, i)
		} else {
			// "The Lake Front was set up in May. Its members include A
			// and B": the body of no state that was the subject of the
			// sentence before, and the only one it names.
			body = a.previousSubjectBody(s, unstatedBody)
			if body != nil && groupingAfterSubject(a.sentences[s.index-1], body) {
				// "The Front joined a coalition of armed groups.
				// Its members include ...": the coalition's, maybe.
				body = nil
			}
		}
		if body == nil {
			continue
		}
		members, end := namesListed(s, j+1, body)
		if len(members) == 0 || end < len(toks) && toks[end].word && !toks[end].in(setRelativePronoun) {
			continue
		}
		for _, e := range members {
			a.relFact(s, e, graph.MemberOf, body, 0.75, readOwnMembers)
		}
	}
}

// groupingAfterSubject reports whether prev names, after its subject e, a
// body or grouping by a lower-case noun (body-head, grouping-noun: "joined
// a coalition", "talks hosted by a regional bloc"), which a following
// "Its members" may mean as well as e.
func groupingAfterSubject(prev *sentence, e *entry) bool {
	from := -1
	for _, ac := range prev.actors {
		if slices.Contains(ac.ents, e) {
			from = ac.end
			break
		}
	}
	if from < 0 {
		return false
	}
	for _, t := range prev.toks[from:] {
		if t.word && !t.cap && (t.in(setBodyHead) || t.in(setGroupingNoun)) {
			return true
		}
	}
	return false
}

// unstatedBody reports whether e is a body of no state, one that states or
// other bodies may join: what bodyOfStatesBefore takes.
func unstatedBody(e *entry) bool {
	return e.typ == graph.Organization && e.country == "" && !e.common
}

// readCountedMembers names the reading of countedMemberStates in Explain.
const readCountedMembers = "reading counted-members"

// countedMemberStates reads "the three military-led states of the
// Union": a number, up to three lower-case words, a plural noun of states
// (guarantor-state) and "of" a body of no state name that many states as
// its members. They are the list of exactly that many states that
// countedStates finds: the phrase's own apposition or a clause's subject
// ("..., two years after A, B and C signed a pact"), else the list that
// opens one of the sentences before; a count that no list matches, two
// lists that do, or a negated sentence give no one.
func (a *article) countedMemberStates(s *sentence) {
	if s.question || s.hedged {
		return
	}
	toks := s.toks
	for i := 0; i+4 < len(toks); i++ {
		count := a.x.words.numbers[toks[i].fold]
		if toks[i].fold == "two" {
			// The number words start at three (numbers.tsv: "the two
			// countries" is a pair reference); a counted phrase takes two.
			count = 2
		}
		if count < 2 || toks[i].cap && i > 0 || i > 0 && toks[i-1].fold != "the" {
			continue
		}
		j := i + 1
		for n := 0; n < 3 && j < len(toks) && toks[j].word && !toks[j].cap && !toks[j].in(setGuarantorState); n++ {
			j++
		}
		if j+2 >= len(toks) || !toks[j].in(setGuarantorState) || toks[j+1].fold != "of" {
			continue
		}
		k := j + 2
		if toks[k].is(classDeterminer) {
			k++
		}
		b := mentionAt0(s.mentions, k)
		if b == nil || !ownBody(*b) || b.entry.country != "" {
			continue
		}
		for _, e := range a.countedStates(s, count, i, b.end) {
			a.relFact(s, e, graph.MemberOf, b.entry, 0.75, readCountedMembers)
		}
	}
}

// countedStates returns the one list of exactly count states sentence s
// names, when it is the counted phrase's own apposition ("A, B and C, the
// three states of X", "the three states of X, A, B and C,") or the
// subject of a clause ("after A, B and C signed"), never an object ("met
// envoys from A, B and C"); else the list that opens one of the sentences
// before (maxGroupDistance). It returns nil when s names two such lists
// of any role, or when the sentence holding the list is negated. from and
// to bound the counted phrase in s.
func (a *article) countedStates(s *sentence, count, from, to int) []*entry {
	for p := s.index; p >= 0 && p >= s.index-maxGroupDistance; p-- {
		q := a.sentences[p]
		var found, taken []*entry
		for _, g := range a.x.groupSpans(q, len(q.actors)) {
			if len(g.ents) != count || !allStates(g.ents) {
				continue
			}
			if found != nil && !sameGroup(found, g.ents) {
				return nil
			}
			found = g.ents
			if countedRole(q, g, p == s.index, from, to) {
				taken = g.ents
			}
		}
		if found != nil {
			if taken == nil || negatedSentence(q) {
				return nil
			}
			return taken
		}
	}
	return nil
}

// countedRole reports whether list g of sentence q may name the members
// a counted phrase (from, to in the same sentence when same) describes:
// the subject that opens q or a clause in it, or, in the same sentence,
// the phrase's apposition.
func countedRole(q *sentence, g groupSpan, same bool, from, to int) bool {
	toks := q.toks
	start, end := q.actors[g.from].start, q.actors[g.to-1].end
	if start == 0 {
		return true
	}
	if !same {
		return false
	}
	if toks[start-1].in(setCountedClauseLead) {
		// A list after a clause lead opens its clause: "two years
		// after A, B and C signed a pact"; after a contrastive word
		// ("whereas A, B and C welcomed it") it is set against the
		// counted phrase.
		return true
	}
	// "A, B and C, the three states of X"
	if end+1 == from && toks[end].fold == "," || end+2 == from && toks[end].fold == "," && toks[end+1].fold == "the" {
		return true
	}
	// "the three states of X, A, B and C," / "... of X - A, B and C"
	if start == to+1 {
		switch toks[to].fold {
		case ",", "-", "--", "—", "–", ":":
			return true
		}
	}
	return false
}

// negatedSentence reports whether a negation stands in sentence s.
func negatedSentence(s *sentence) bool {
	for k := range s.toks {
		if s.toks[k].is(classNegation) {
			return true
		}
	}
	return false
}

// readComposition names the reading of compositions in Explain.
const readComposition = "reading composition"

// compositions reads a body set off by the clause that states its
// make-up, in the usual forms of that clause:
//   - a relative clause with a verb of inclusion (word set
//     inclusion-verb): "the Lake Pact, which includes Ghana and Togo,",
//     "the Front, which also brings together the Kestrel Brigade and the
//     Hill Army", "the Union, which comprises A, B and C";
//   - the same after a description of the body: "the Front, the rebel
//     coalition that includes the Kestrel Brigade", "the Pact, an umbrella
//     of Togo-backed militias that includes A and B";
//   - "whose members include": "the Front, whose members include A and B";
//   - a participle or a passive of make-up (word set makeup-word): "the
//     Lake Force (LF), made up of contingents from Ghana, Togo and Benin,",
//     "the Front, which is composed of A and B", "the Pact, comprising A
//     and B".
//
// Each name listed (states and bodies by their own names, "A, B and C",
// "A and B as well as C", after an optional "contingents" of or from
// them, word set contingent-noun, or for a force or mission "troops" or
// "units", force-contingent-noun) is a member of the
// body. The body is named by its own name and belongs to no state; the
// list must end the clause ("which brought Ghana and Togo to the table"
// names no members; a participle with its agent may follow it, "A and B
// led by X"), and only "also", "now" or "still" may qualify the
// verb. The verb is in the present: "which once included Togo" is
// history (inclusion-verb holds no past forms).
func (a *article) compositions(s *sentence) {
	if s.question || s.hedged {
		return
	}
	toks := s.toks
	for c := 1; c+2 < len(toks); c++ {
		if toks[c].fold != "," {
			continue
		}
		b := mentionEndingAt(s.mentions, skipParenBack(toks, c))
		if b == nil || !ownBody(*b) || b.entry.country != "" {
			continue
		}
		// A force or mission ("the Lake Joint Force", the AU's) is made
		// up of its members' troops; any body of its contingents.
		force := b.entry.international || b.entry.regional || toks[b.end-1].in(setMissionNoun)
		k := makeupListAt(toks, c+1, force)
		if k == 0 {
			continue
		}
		members, end := namesListed(s, k, b.entry)
		for members != nil && end+3 < len(toks) && toks[end].fold == "as" && toks[end+1].fold == "well" && toks[end+2].fold == "as" {
			// "Ghana and Togo as well as the Coastal Union".
			more, e := namesListed(s, end+3, b.entry)
			if more == nil {
				members = nil
				break
			}
			members, end = append(members, more...), e
		}
		if len(members) == 0 || end < len(toks) && toks[end].word && !toks[end].in(setRelativePronoun) && !agentParticiple(toks, end) {
			continue
		}
		for _, e := range members {
			a.relFact(s, e, graph.MemberOf, b.entry, 0.75, readComposition)
		}
	}
}

// agentParticiple reports whether toks[k] opens a participle with its
// agent, "led by X", "backed by Y": it describes the name before it and
// ends no list ("which groups A and B led by X" lists A and B).
func agentParticiple(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].word && !toks[k].cap && strings.HasSuffix(toks[k].fold, "ed") && toks[k+1].fold == "by"
}

// maxMakeupDescription bounds the words that describe a body between its
// comma and the relative pronoun of its make-up: "the rebel coalition
// that", "an umbrella of Togo-backed militias that".
const maxMakeupDescription = 6

// makeupListAt reads the words that state a body's make-up after its name
// and comma, from toks[j] (see compositions), and returns where the list
// of its members starts, or 0 where the words state none. Troops, units
// or personnel "from" the members (force-contingent-noun) state them only
// for a force or mission (force); "contingents" for any body.
func makeupListAt(toks []token, j int, force bool) int {
	if toks[j].is(classDeterminer) {
		// A description before the relative: lower-case words, "of" and
		// adjectives glued to a participle ("Togo-backed").
		k := j + 1
		for n := 0; k < len(toks) && n < maxMakeupDescription && !toks[k].in(setRelativePronoun); n++ {
			if !toks[k].word || toks[k].cap && (k+1 >= len(toks) || !toks[k+1].hyphen) || toks[k].is(classCoordinator) {
				return 0
			}
			k++
		}
		if k == j+1 || k >= len(toks) || toks[k].fold != "which" && toks[k].fold != "that" {
			return 0
		}
		j = k
	}
	if j+2 >= len(toks) {
		return 0
	}
	switch toks[j].fold {
	case "which", "that":
		j++
		passive := isCopula(toks[j].fold)
		if passive {
			j++
		}
		if f := toks[j].fold; f == "also" || f == "now" || f == "still" {
			j++
		}
		if j >= len(toks) || passive && !toks[j].in(setMakeupWord) || !passive && !toks[j].in(setInclusionVerb) {
			return 0
		}
	case "whose":
		// "whose members include", "whose member states include".
		j++
		if toks[j].fold != "members" && toks[j].fold != "member" {
			return 0
		}
		j++
		if j < len(toks) && memberStateNoun(toks[j].fold) {
			j++
		}
		if j >= len(toks) || !toks[j].in(setInclusionVerb) {
			return 0
		}
	default:
		if !toks[j].in(setMakeupWord) {
			return 0
		}
	}
	j++
	if j < len(toks) && toks[j].fold == "up" {
		j++
	}
	if j < len(toks) && (toks[j].fold == "of" || toks[j].fold == "together") {
		j++
	}
	if j+1 < len(toks) && (toks[j].in(setContingentNoun) || force && toks[j].in(setForceContingentNoun)) && (toks[j+1].fold == "from" || toks[j+1].fold == "of") {
		// "made up of contingents from A, B and C".
		j += 2
	}
	if j >= len(toks) {
		return 0
	}
	return j
}

// readCoalitionMembers names the reading of coalitionMembers in Explain.
const readCoalitionMembers = "reading coalition-members"

// coalitionMembers reads a grouping that an appositive describes by its
// members: the grouping's name, a comma, "a", "an" or "the", up to three words
// that qualify it and a grouping's noun (word set grouping-noun), "of"
// and a list of two names or more, each a state or a body by its own name
// ("the Klow Pact, a coalition of the Lake Front, the Kestrel Brigade and
// the Coastal Union,", "the Joint Force, the regional force of Ruritania,
// Syldavia and Borduria set up in 2015"). Each is a member of the
// grouping. The list must end the appositive, the sentence, or go on
// with a relative clause or a participle: "a coalition of Kestrel and
// Lake fighters" names no members.
func (a *article) coalitionMembers(s *sentence) {
	toks := s.toks
	for c := 1; c+4 < len(toks); c++ {
		if toks[c].fold != "," {
			continue
		}
		b := mentionEndingAt(s.mentions, skipParenBack(toks, c))
		if b == nil || !ownBody(*b) || b.entry.country != "" {
			continue
		}
		j := c + 1
		if f := toks[j].fold; f != "a" && f != "an" && f != "the" {
			continue
		}
		j++
		for n := 0; n < 3 && j < len(toks) && toks[j].word && !toks[j].cap && !toks[j].in(setGroupingNoun); n++ {
			j++
		}
		if j+2 >= len(toks) || !toks[j].in(setGroupingNoun) || toks[j].cap || toks[j+1].fold != "of" {
			continue
		}
		members, k := namesListed(s, j+2, b.entry)
		if len(members) < 2 {
			continue
		}
		if k < len(toks) && toks[k].word && !toks[k].in(setRelativePronoun) && !toks[k].in(setFoundingVerb) && !verbBetween(toks, k, k+1) {
			continue
		}
		for _, e := range members {
			a.relFact(s, e, graph.MemberOf, b.entry, 0.75, readCoalitionMembers)
		}
	}
}

// skipParenBack returns the index of the bracket opening a short
// parenthesis that ends right before toks[k] ("the Klow Pact (KP),"), or
// k when there is none.
func skipParenBack(toks []token, k int) int {
	if k > 2 && toks[k-1].fold == ")" {
		for o := k - 2; o >= 0 && o >= k-5; o-- {
			if toks[o].fold == "(" {
				return o
			}
		}
	}
	return k
}

// ownBody reports whether m names a body by its own name: no demonym, no
// possessive, no common noun.
func ownBody(m mention) bool {
	return m.entry.typ == graph.Organization && !m.entry.common && !m.possessive && m.kind != aliasDemonym
}

// memberQualifier reports whether w may stand between a copula and
// "member": "are both members", "is also a founding member".
func memberQualifier(w string) bool {
	switch w {
	case "a", "the", "both", "all", "also", "now", "still", "full", "founding", "permanent", "fellow", "longtime", "long-standing":
		return true
	}
	return false
}

// actorStarting returns the actor of s that starts at toks[i], or nil.
func actorStarting(s *sentence, i int) *actor {
	for _, ac := range s.actors {
		if ac.start == i {
			return ac
		}
	}
	return nil
}

// listEndingAt returns the entities of the names listed up to toks[j] (the
// token after the last): "Ghana, Togo and Benin", "Ghana and Togo". A
// reference, a possessive or a place in the list ends it unread.
func listEndingAt(s *sentence, j int) []*entry {
	var ents []*entry
	for {
		var ac *actor
		for _, x := range s.actors {
			if x.end == j {
				ac = x
			}
		}
		if ac == nil || !plain(ac) || ac.ref != refNone {
			return nil
		}
		ents = append(ents, ac.ents...)
		var more bool
		if j, more = listGoesBack(s.toks, ac.start-1); !more {
			return ents
		}
	}
}

// placedOrganEnd returns where the organ's own words end in the body's
// name toks[st:end]: before the place a mission or an office is sent to
// ("the Arctic Union Transition Mission in Korvo", "the UN Office for
// Ruritania"), or end when the name holds no such place. The place is
// "in", "to" or "for" and capitalised words to the end of the name.
func placedOrganEnd(toks []token, st, end int) int {
	for h := end - 2; h > st; h-- {
		switch toks[h+1].fold {
		case "in", "to", "for":
		default:
			continue
		}
		if !toks[h].cap || !toks[h].in(setNamedOrganHead) {
			return end
		}
		k := h + 2
		if k < end && toks[k].fold == "the" {
			k++
		}
		if k >= end {
			return end
		}
		for j := k; j < end; j++ {
			if !toks[j].word || !toks[j].cap {
				return end
			}
		}
		return h + 1
	}
	return end
}

// readOrganAppositive names the reading of organAppositives in Explain.
const readOrganAppositive = "reading organ-appositive"

// maxOrganWords bounds the words between an owner and its organ's noun in
// an appositive ("the UN's top court"), and after the noun before the
// body's name ("the UN agency for Palestinian refugees, X").
const maxOrganWords = 4

// organAppositives reads a body described, beside its name, as an organ of
// another body the description names, in either order: "the World Food
// Programme, a UN agency,", "X, the UN's top court,", "the UN agency for
// refugees, X,", "the alliance's peacekeeping force in Kosovo, X,". The
// owner must be a body (a state's "agency" may be a firm it owns), and the
// description must end in an organ's noun (organ-appositive).
func (a *article) organAppositives(s *sentence) {
	if s.question {
		return
	}
	toks := s.toks
	ms := s.mentions
	for k, m := range ms {
		if m.entry.typ != graph.Organization || m.possessive {
			continue
		}
		// "X, a UN agency,": the description after the name, which may
		// follow the name's short form in brackets ("X (XF), the Front
		// faction that ...").
		if c := skipParen(toks, m.end); c+2 < len(toks) && toks[c].fold == "," && toks[c+1].is(classDeterminer) {
			if o := mentionAt0(ms, c+2); o != nil {
				if h := organNounAfter(toks, o.end); h > 0 && descriptionEnds(toks, h+1) {
					a.organOf(s, m.entry, *o)
				}
			}
		}
		// "the UN agency for refugees, X,": the description before it.
		comma := m.start - 1
		if comma >= 1 && toks[comma].is(classDeterminer) {
			// "the UN's court for rights, the Lake Court,".
			comma--
		}
		if k >= 1 && comma >= 1 && toks[comma].fold == "," {
			o := ms[k-1]
			if o.start >= 1 && toks[o.start-1].is(classDeterminer) || o.possessive && ownerOpensPhrase(toks, o.start) {
				if h := organNounAfter(toks, o.end); h > 0 && h < comma && placeAfterOrgan(toks, h+1, comma) {
					a.organOf(s, m.entry, o)
				}
			}
		}
	}
}

// descriptionEnds reports whether the noun phrase describing a body in
// apposition may end before toks[i]: where the appositive closes, or
// where a modifier of its noun opens that cannot continue the noun: a
// relative clause ("the Front faction that has fought the army"), a
// participle with its agent, name or place, possibly after an adverb of
// time ("once led by X", "known as X", "based in Y"), or the place or
// field it serves ("al Qaeda's affiliate in the Sahel"). A noun after it
// ("the UN agency chief") continues the phrase, so it does not end there.
func descriptionEnds(toks []token, i int) bool {
	if closesAppositive(toks, i) || toks[i].fold == "(" {
		return true
	}
	t := toks[i]
	if !t.word || t.cap {
		return false
	}
	switch t.fold {
	case "in", "for", "on", "across", "operating", "active", "now":
		return true
	}
	if t.is(classRelative) {
		return true
	}
	if t.in(setPastAdverb) && i+1 < len(toks) {
		// "once led by": the participle after the adverb.
		i++
		t = toks[i]
	}
	if i+1 >= len(toks) || !(strings.HasSuffix(t.fold, "ed") || t.in(setIrregularPast)) {
		return false
	}
	switch toks[i+1].fold {
	case "by", "as", "in", "to", "with":
		return true
	}
	return false
}

// ownerOpensPhrase reports whether a possessive owner at toks[st] opens
// the noun phrase of an organ's description with no article, as a
// possessive may ("Vardo's armed wing, the Lake Brigades,"): it opens the
// sentence or follows a word in lower case.
func ownerOpensPhrase(toks []token, st int) bool {
	return st == 0 || toks[st-1].word && !toks[st-1].cap
}

// organOf states that body is part of the body the mention o names.
func (a *article) organOf(s *sentence, body *entry, o mention) {
	owner := o.entry
	if owner == body || owner.typ != graph.Organization || owner.common || o.kind == aliasDemonym {
		return
	}
	a.partOf(s, body, owner, 0.75, readOrganAppositive)
}

// organNounAfter returns the index of the organ's noun that ends the
// lower-case words from toks[i] ("'s top court", " refugee agency"), or 0.
func organNounAfter(toks []token, i int) int {
	if i > 0 && toks[i-1].in(setOrganAppositive) && !toks[i-1].cap {
		// "the UN agency", a name of the owner that holds the noun.
		return i - 1
	}
	if i < len(toks) && toks[i].fold == "'s" {
		i++
	}
	for k := i; k < len(toks) && k-i < maxOrganWords; k++ {
		t := toks[k]
		if t.fold == "'s" && k > i {
			// "the UN children's agency".
			continue
		}
		if !t.word || t.cap || t.in(setCounterpartNoun) {
			// "the Front and its rival offshoot, X": a rival is no
			// organ.
			return 0
		}
		if t.in(setOrganAppositive) {
			return k
		}
	}
	return 0
}

// placeAfterOrgan reports whether toks[i:j], between an organ's noun and
// the comma before the body's name, are empty or say what or where the
// organ serves: "for Palestinian refugees", "in Kosovo".
func placeAfterOrgan(toks []token, i, j int) bool {
	if i == j {
		return true
	}
	switch toks[i].fold {
	case "for", "in", "to", "on":
	default:
		return false
	}
	if j-i-1 > maxOrganWords || j-i < 2 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !toks[k].word {
			return false
		}
	}
	return true
}

// readLedBody names the reading of ledBodies in Explain.
const readLedBody = "reading led-body"

// ledBodies reads the passive of leading after a body by its name, "X
// led|headed|commanded|chaired by P": P heads X. It reads the words that
// may stand on either side of the verb, which the patterns, matching
// actor by actor, cannot pass:
//
//   - between the body and the verb: an adverb (word set lead-adverb: "the
//     Front, now led by"), a copula with or without "which", "that" or
//     "who" ("the Front, which is led by", "the Front is led by", and
//     after an appositive "the alliance in Ruritania, the Front, is led
//     by"), and one appositive without names set off by commas ("the
//     Front, one of the main rebel groups, led by");
//   - between "by" and the leader: the words that describe him before
//     his name, with no verb, preposition, conjunction or punctuation
//     among them and no actor but a place or a state's adjective ("led by
//     the Borduria-born militant", "headed by former Aden governor",
//     "chaired by parliament speaker").
//
// The body is named by its own name and the leader is a person named
// next, not by a possessive ("led by Tarsh's son" is not Tarsh). A body
// that "of" opens ("a delegation of the Front led by X") is not read
// without a comma: the delegation may be what X leads. A former leader
// ("formerly led by", "led by X until 2019") is no head, and a negated or
// hedged sentence states nothing.
func (a *article) ledBodies(s *sentence) {
	if s.question || s.hedged || !anyIn(s.toks, setHeadVerb) {
		return
	}
	toks := s.toks
	for v := 1; v+2 < len(toks); v++ {
		if !toks[v].in(setHeadVerb) || toks[v].hyphen || toks[v+1].fold != "by" {
			continue
		}
		leader := ledLeader(s, v+2)
		if leader == nil {
			continue
		}
		if body := ledBody(s, a.x.words, v); body != nil {
			a.relFact(s, leader, graph.HeadOf, body, 0.8, readLedBody)
		}
	}
}

// readLeadersBody names the reading of a body named with its leader after
// "of" (leadersBodies).
const readLeadersBody = "reading leaders-body"

// leadersBodies reads a body by its own name followed by "of" and the
// person who leads it, as reports tell factions, parties and rival
// governments apart by their leaders: "the NAS of Gen. Tovan Amari",
// "the Government of National Unity (GNU) of Tovan Amari", "the Real
// Front of former party secretary general Tovan Amari", "the MRC of
// opposition leader Tovan Amari". The words between "of" and the name
// describe the leader, as after "led by" (ledLeader: a rank, an office,
// "former", no verb, preposition, conjunction or punctuation), and the
// leader is named, not by a possessive ("the Front of Amari's son"). The
// body is named by its own name, with its acronym in parentheses between
// it and "of"; a state, a demonym, a possessive or a common noun ("the
// government of X") is none. A question or a hedged sentence states
// nothing. Cheap test: a sentence's "of" after a capitalised word or a
// closing parenthesis.
func (a *article) leadersBodies(s *sentence) {
	if s.question || s.hedged {
		return
	}
	toks := s.toks
	for v := 1; v+1 < len(toks); v++ {
		if toks[v].fold != "of" || !toks[v-1].cap && toks[v-1].fold != ")" {
			continue
		}
		end := v
		if toks[v-1].fold == ")" {
			// "the Government of National Unity (GNU) of X".
			o := v - 2
			for o > 0 && v-o <= 4 && toks[o].fold != "(" {
				o--
			}
			if o <= 0 || toks[o].fold != "(" {
				continue
			}
			end = o
		}
		if !toks[end-1].cap {
			continue
		}
		m := mentionEndingAt(s.mentions, end)
		if m == nil || !ownBody(*m) || m.kind != aliasName || m.end < len(toks) && toks[m.end].fold == "'s" {
			continue
		}
		if b := m.start - 1; b > 0 && toks[b].word && toks[b].cap && !toks[b].is(classDeterminer) && !covered(s.mentions, b) {
			// "the Real Front of X": the mention is part of a longer
			// name.
			continue
		}
		if toks[v+1].is(classRelative) {
			// "the Front of which X spoke".
			continue
		}
		if n := toks[v+1]; n.cap && mentionAt(s, v+1) == nil && a.x.words.has(classRank, toks, v+1) == 0 {
			if e := a.unknownLeaderAt(s, v+1); e != nil {
				// "the Tarvolah Front of Khaled Volkal".
				a.relFact(s, e, graph.HeadOf, m.entry, 0.8, readLeadersBody)
				continue
			}
			if _, tn := matchTitle(toks, v+1); tn == 0 {
				// "the House of Representatives Speaker X": a
				// capitalised word after "of" that is no rank, office or
				// name goes on with the body's name.
				continue
			}
		}
		if leader := ledLeader(s, v+1); leader != nil {
			a.relFact(s, leader, graph.HeadOf, m.entry, 0.8, readLeadersBody)
		}
	}
}

// unknownLeaderAt reads a leader after a body's "of" named by two or
// three words the lexicon does not know (unknownNameEnd) that close the
// phrase and open on a given name: "the Tarvolah Front of Khaled Volkal"
// names a person met there. A name going on ("of Khaled Volkal's", "of
// Khaled Volkal Province") or with no given name ("of Tamil Nadu") is
// none.
func (a *article) unknownLeaderAt(s *sentence, i int) *entry {
	toks := s.toks
	end := unknownNameEnd(s, i)
	if end-i < 2 || end-i > 3 || end < len(toks) && toks[end].word && (toks[end].cap || toks[end].fold == "'s" || toks[end].hyphen) {
		return nil
	}
	if !toks[i].is(classGivenName) {
		// "the Communist Party of Tamil Nadu", "the Liberation Front
		// of Nagorno Karabakh": a name after "of" with no given name
		// is as likely a region as a leader.
		return nil
	}
	e, j := a.personAt(s, i)
	if j != end {
		return nil
	}
	return e
}

// maxLeaderWords bounds the words that describe a leader between "by" and
// his name.
const maxLeaderWords = 5

// ledLeader returns the person named at toks[j] after "led by" and the
// words that describe him, or nil (see ledBodies).
func ledLeader(s *sentence, j int) *entry {
	toks := s.toks
	for n := 0; j < len(toks) && n <= maxLeaderWords; n++ {
		if m := mentionAt(s, j); m != nil {
			if m.possessive || m.end < len(toks) && toks[m.end].fold == "'s" {
				return nil
			}
			if m.entry.typ == graph.Person {
				if m.end < len(toks) && (toks[m.end].fold == "until" || toks[m.end].fold == "before") {
					// "led by X until 2019": a former head.
					return nil
				}
				return m.entry
			}
			if m.kind != aliasDemonym && m.entry.typ != graph.Place {
				return nil
			}
			j = m.end
			continue
		}
		t := toks[j]
		if t.fold == "." && j > 0 && toks[j-1].is(classRank) {
			// "Gen. X": a rank's abbreviation.
			j++
			continue
		}
		if !t.word || t.is(classCoordinator) || isPreposition(t.fold) || verbBetween(toks, j, j+1) {
			return nil
		}
		j++
	}
	return nil
}

// ledBody returns the body by its own name that the passive of leading at
// toks[v] follows, across the words ledBodies allows, or nil.
func ledBody(s *sentence, w *wordClasses, v int) *entry {
	toks := s.toks
	p := v - 1
	for p > 0 && toks[p].in(setLeadAdverb) {
		p--
	}
	copula, relative := false, -1
	if p > 0 && (toks[p].fold == "is" || toks[p].fold == "are" || toks[p].fold == "was" || toks[p].fold == "were") {
		copula = true
		p--
		if p > 0 && (toks[p].fold == "which" || toks[p].fold == "that" || toks[p].fold == "who") {
			relative = p
			p--
		}
	}
	comma := p > 0 && toks[p].fold == ","
	if comma {
		p--
	}
	m := mentionEndingAt(s.mentions, p+1)
	if m == nil {
		// "the Vardo Front coalition, led by X".
		m = bodyBeforeKind(s, w, p+1)
	}
	if m == nil && comma {
		// "the Front, one of the main rebel groups, led by": an
		// appositive without names, opened by a determiner or "one".
		k := p
		for k > 0 && p-k < maxAppositive && toks[k].fold != "," {
			if !toks[k].word && toks[k].fold != "-" {
				return nil
			}
			k--
		}
		if k <= 0 || toks[k].fold != "," || k+1 > p || overlaps(s.mentions, k+1, p+1) {
			return nil
		}
		if o := toks[k+1]; !o.is(classDeterminer) && !o.in(setDescriptionOpener) {
			return nil
		}
		m = mentionEndingAt(s.mentions, k)
	}
	if m == nil || !ownBody(*m) || m.entry.common || m.kind != aliasName || !toks[m.end-1].cap {
		return nil
	}
	o := m.start - 1
	if o > 0 && toks[o].is(classDeterminer) {
		o--
	}
	if o >= 0 && toks[o].fold == "of" {
		// "a delegation of the Front led by X", "the Guard of the
		// Front, headed by X": X leads what "of" follows.
		return nil
	}
	if copula && relative < 0 && comma && (o < 0 || toks[o].fold != ",") {
		// ", is led by" after an appositive name alone ("the main
		// alliance, the Front, is led by X"), not after the object of a
		// relative clause (", which fights the Front, is led by X").
		return nil
	}
	return m.entry
}

// bodyBeforeKind returns the mention of a body by its own name that the
// noun of its kind in lower case ending at toks[end] follows: "the Vardo
// Front coalition", "the Tarsh militia" (word class descriptor). It
// returns nil for anything else.
func bodyBeforeKind(s *sentence, w *wordClasses, end int) *mention {
	toks := s.toks
	for n := 1; n <= 2 && end-n > 0; n++ {
		k := end - n
		if w.has(classDescriptor, toks, k) == n && toks[k].word && !toks[k].cap {
			if b := mentionEndingAt(s.mentions, k); b != nil && ownBody(*b) {
				return b
			}
		}
	}
	return nil
}

// readUnitHeadMember names the reading of unitHeadsMembers in Explain.
const readUnitHeadMember = "reading unit-head-member"

// unitHeadsMembers states that a person who heads a unit of a body named
// only by the body's possessive and words in lower case ("the commander of
// the Front's western operations room", "who chairs the party's committee
// for foreign relations", "the head of the Front's negotiating team") is a
// member of the body: heading a part of a body is serving in it, and such
// a unit is seldom a body of its own to the reader. The unit, its head and
// its owner stay as read; the owner must be a body, not a state ("Mali's
// military" is the state's army, whose head holds a state's office). A
// standing organ named by its noun ("the Front's political bureau", "its
// media office", "the party's armed wing"; organ-noun, owned-part-noun)
// is a body the reader tracks by that name, its head named for it alone.
func (a *article) unitHeadsMembers() {
	found := false
	for _, f := range a.facts.list {
		if f.Predicate == graph.HeadOf && f.Subject.Type == graph.Person && unnamedUnit(f.Object.Name) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	type unitAt struct {
		unit     *entry
		sentence int
	}
	// A unit with two owners in one sentence keeps the first stated, so
	// that the map's order does not choose.
	type ownerAt struct {
		owner *entry
		i     int
	}
	owners := make(map[unitAt]ownerAt)
	type headAt struct {
		k factKey
		i int
	}
	var heads []headAt
	for k, i := range a.facts.byKey {
		switch {
		case k.p == graph.PartOf && k.o.typ == graph.Organization && !k.o.common && unnamedUnit(k.s.name):
			if old, ok := owners[unitAt{k.s, k.sentence}]; !ok || i < old.i {
				owners[unitAt{k.s, k.sentence}] = ownerAt{k.o, i}
			}
		case k.p == graph.HeadOf && k.s.typ == graph.Person && unnamedUnit(k.o.name) && !a.standingOrgan(k.o.name):
			heads = append(heads, headAt{k, i})
		}
	}
	slices.SortFunc(heads, func(x, y headAt) int { return x.i - y.i })
	for _, h := range heads {
		if owner := owners[unitAt{h.k.o, h.k.sentence}].owner; owner != nil {
			a.addFact(a.sentences[h.k.sentence], h.k.s, graph.MemberOf, owner, 0.75, readUnitHeadMember)
		}
	}
}

// unnamedUnit reports whether name is a body's possessive followed by
// words in lower case only: "Front's western operations room", "Houthis'
// prisoners committee".
func unnamedUnit(name string) bool {
	i, n := strings.Index(name, "'s "), 3
	if i < 0 {
		i, n = strings.Index(name, "' "), 2
	}
	if i <= 0 || i+n >= len(name) {
		return false
	}
	for _, r := range name[i+n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// standingOrgan reports whether the last word of a unit's name is a noun
// of a body's standing organ: "political bureau", "armed wing".
func (a *article) standingOrgan(name string) bool {
	w := a.x.words.sets[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
	return w.has(setOrganNoun) || w.has(setOwnedPartNoun)
}

// ownedBodyFrom returns the body named by toks from the owner's mention m
// to end, its leading "the" left out ("the UN" is an alias of the UN; the
// organ's name is written without its article), discovered as an
// Organization; nil when the words name the owner itself or no body.
func (a *article) ownedBodyFrom(toks []token, m mention, end int) *entry {
	st := m.start
	for st < m.end-1 && toks[st].fold == "the" {
		st++
	}
	e := a.discovered(textOf(toks, st, end), graph.Organization)
	if e == m.entry || e.typ != graph.Organization {
		return nil
	}
	return e
}
