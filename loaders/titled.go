package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// titledActor reads a titled name at toks[i]: "Russian President Vladimir
// Putin", "President of the Islamic Republic of Iran Hassan Rouhani",
// "Russia's Ambassador to Israel Anatoly Viktorov", "the head of Iran's
// National Security Council, Ali Shamkhani,", or an office without a name:
// "the Iranian President", "the presidents of Russia and Iran".
func (a *article) titledActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	det := false
	if j < len(toks) && toks[j].is(classDeterminer) {
		det = true
		// "the UN" may be an alias of its own: the body qualifies.
		if m := mentionAt(s, j); m == nil || m.entry.typ == graph.Person {
			j++
		}
	}
	if j < len(toks) && theatreWord(toks[j]) && mentionAt(s, j) == nil && bareOfficeWord(toks, j) {
		// "Opposition leader X said": the bare word is the office's
		// (see catalogMention), read with it.
		j++
	}
	if a.servesTitledName(s, j) {
		// "A spokesman for UN Secretary-General X", "an aide to
		// President X": the office before "for" is someone else's, and
		// the titled name after it is read on its own.
		return nil, 0
	}
	if det && j < len(toks) {
		// "the Crown Prince later flew home": a rank that is part of a
		// name named before.
		if r := a.x.words.has(classRank, toks, j); r > 0 && j+r < len(toks) && !toks[j+r].cap && toks[j+r].fold != "of" && toks[j+r].word {
			if _, tn := matchTitle(toks, j); tn == 0 {
				if e := a.cast.namedWith(toks[j+r-1].fold); e != nil {
					return &actor{start: i, end: j + r, ents: []*entry{e}, inferred: true}, j + r
				}
			}
		}
	}
	qs, j := a.roster.qualifiers(s, j)
	if len(qs) == 0 {
		// "the SPLM-IO spokesman": an acronym the lexicon lacks before
		// an office names the body.
		if m := a.acronymBody(s, j); m != nil {
			qs, j = append(qs, m), m.end
		}
	}
	if len(qs) == 0 {
		// "Junta spokesman X", "loyal to party chairman X": the body
		// the noun refers back to.
		if e := a.nounOwner(toks, j); e != nil {
			if _, tj, tn := titleAt(toks, j+1); tn > 0 && tj == j+1 {
				qs = append(qs, &mention{start: j, end: j + 1, entry: e})
				j++
			}
		}
	}
	if len(qs) == 0 && !det {
		// "Polisario leader X" after "the Polisario Front": a body named
		// before by the first word of its name.
		// The title first: it is the cheap test.
		if t, _, tn := titleAt(toks, j+1); tn > 0 && t.target != targetCountry && !t.plural {
			if e := a.bodyByFirstWord(s, j); e != nil {
				if !a.usedAsPlace(toks[j].fold) {
					qs = append(qs, &mention{start: j, end: j + 1, entry: e})
				}
				// A word the article uses as a place ("fighting in
				// Korvan") names the place the body is named after, and
				// the title after it is the place's office: "Korvan
				// Governor X" after "the Korvan Front" is no member of
				// the Front, and the place is read with the title.
				j++
			}
		}
	}
	subState := false
	if len(qs) == 0 {
		// "Borno State Governor X": a federation's state the lexicon
		// does not know, named by its noun.
		if e := subStateEnd(s, j); e > 0 {
			if _, tj, tn := titleAt(toks, e); tn > 0 && tj == e {
				qs = append(qs, a.subStateMention(s, j, e))
				j, subState = e, true
			}
		}
	}
	if len(qs) == 0 {
		// "Foreign Ministry spokesman X said": a body every state has,
		// its state the one the sentences before name.
		if body, e := a.unownedStateBody(s, j, true); body != nil {
			if t, tj, tn := titleAt(toks, e); tn > 0 && tj == e && t.predicate == graph.SpokespersonOf {
				qs = append(qs, &mention{start: j, end: e, entry: body})
				j = e
			}
		}
	}
	file := j
	if len(qs) > 0 {
		// "Niger's military-appointed prime minister", "Cameroon's
		// communication minister", "Chile's Transport Minister": words
		// between the state and its office.
		j = officeFileEnd(s, j)
	}
	if len(qs) == 0 && j < len(toks) && toks[j].in(setPluralHead) {
		// "the heads of the intelligence services of A and B, X and Y":
		// each the head of his state's body.
		t := title{predicate: graph.HeadOf, target: targetOrg, plural: true}
		if ac, end := a.officesOfStateBodies(s, t, i, j+1, toks[j].fold); ac != nil {
			return ac, end
		}
	}
	t, j, n := titleAt(toks, j)
	if n == 0 {
		return nil, 0
	}
	if file < j {
		if fileHead(toks, t, file, j) {
			// "Qatar's intelligence chief X", "the Front's media
			// director X": the head of one file of the state or body
			// is one of its members.
			t = title{predicate: graph.MemberOf, target: targetAny}
		} else if t2 := a.x.portfolioOffice(t, toks, j, n, file, j); t2 != t && qualifiesOffice(t2, qs) {
			// "Kenya's Defence Cabinet Secretary X": the file names
			// the office, if it may belong to the state or body before
			// it; "the Front's defence minister" is one of the Front's
			// members.
			t = t2
		}
	}
	// "Qatar's Prime Minister and Foreign Minister X": two offices of
	// one state before the name; the second is read on, the first kept.
	var co title
	if t2, j2, n2 := a.secondTitle(s, t, j, n); n2 > 0 {
		co, t, j, n = t, t2, j2, n2
	}
	if subState {
		t = subStateOffice(t, toks[j+n-1])
	}
	var shared *entry
	if len(qs) == 0 && !det && t.predicate != "" && t.target != targetOrg && !t.plural && !titleStateAfterOf(s, j+n) {
		// "Iraqi President X and Prime Minister Y": the state of the
		// office before shared by the next; not by one that names its
		// own ("President of Peru X and Prime Minister of Chile Y").
		if st := a.sharedState(s, i, t.predicate); st != nil {
			qs = append(qs, &mention{start: i, end: i, entry: st})
			shared = st
		}
	}
	word := toks[j+n-1].fold
	if t.target == targetOrg {
		// "Russian Chief of General Staff Valery Gerasimov": the body
		// the title names, as its state's.
		var state *entry
		for _, q := range qs {
			if q.entry.typ == graph.Country {
				state = q.entry
			}
		}
		if body := bodyInTitle(toks, j, n, state); body != nil {
			qs = append(qs, &mention{start: j, end: j + n, entry: body})
		}
	}
	k := j + n
	var ofGroup []*entry
	// "of [the] [Iran's] Supreme National Security Council", "of Russia and Iran".
	// "A spokesman for the Front, X,": "for" names the body too, but an
	// envoy's "for" names his posting.
	forBody := k < len(toks) && toks[k].fold == "for" && t.predicate != "" && t.predicate != graph.EnvoyOf && t.target != targetCountry
	if k < len(toks) && (toks[k].fold == "of" || t.plural && toks[k].fold == "from" || forBody) {
		// "ministers from Kenya and Chad": the plural's states too.
		k2 := k + 1
		if k2 < len(toks) && toks[k2].is(classDeterminer) {
			k2++
		}
		// "The commander of the self-styled Eastern Army, X,", "the
		// leader of the powerful Front, X,": what describes the body
		// stands between the office and its name, as in the appositive
		// that follows a name (appositiveRole).
		k2 = skipBodyAdjective(s, k2)
		var oqs []*mention
		var k3 int
		if m := a.officeBody(s, k2, false); m != nil && !t.plural && t.target != targetCountry {
			// "The head of the Front's political wing, X,", "the head of
			// the UN mission in Libya, X,": a body the lexicon does not
			// know, named by the phrase.
			oqs, k3 = []*mention{m}, m.end
		} else {
			oqs, k3 = a.roster.qualifiers(s, k2)
		}
		if len(oqs) == 0 && k2 > k+1 && mentionAt(s, k+1) != nil {
			// "the UN" may be a name of its own.
			oqs, k3 = a.roster.qualifiers(s, k+1)
		}
		if m := mentionAt(s, k2); len(oqs) == 0 && m != nil && isBody(m.entry) && m.end < len(toks) && toks[m.end].in(setDelegationNoun) {
			// "the head of the Peruvian delegation".
			oqs, k3 = []*mention{m}, m.end
		}
		if n := len(oqs); n > 0 && oqs[n-1].possessive && k3 < len(toks) && toks[k3].in(setDelegationNoun) && isBody(oqs[n-1].entry) && t.predicate == graph.HeadOf && !t.plural {
			// "The head of Peru's delegation, X,": read as "the head of
			// the Peruvian delegation" below.
			m := *oqs[n-1]
			m.possessive = false
			oqs[n-1] = &m
		}
		oqs, k3 = officersBody(toks, t, oqs, k3)
		if g := adjectiveGovernmentEnd(toks, oqs); g > 0 {
			// "The spokesman for the Malian transitional government, X,":
			// the government is the state.
			k3 = g
		}
		if n := len(oqs); forBody && n > 0 && t.predicate == graph.HeadOf && !t.plural && len(qs) > 0 && isBody(qs[len(qs)-1].entry) &&
			(oqs[n-1].entry.typ == graph.Country || oqs[n-1].entry.typ == graph.Place) {
			// "the Front's leader for Chile, X,": the head of the body's
			// branch in a state or region is one of its members, and the
			// state no body he serves.
			t.predicate, t.target = graph.MemberOf, targetOrg
			oqs, k = nil, k3
		}
		if len(oqs) > 0 {
			last := oqs[len(oqs)-1]
			if !last.possessive {
				a.partOfChain(s, oqs)
				qs = append(qs, oqs...)
				k = a.afterBody(s, last.entry, k3)
				ofGroup = append(ofGroup, last.entry)
				// "the presidents of Russia and Iran".
				// "the presidents of Russia, Iran and Turkey".
				for t.plural && k+1 < len(toks) && (toks[k].fold == "," || toks[k].is(classCoordinator)) {
					next := k + 1
					if toks[k].fold == "," && toks[next].is(classCoordinator) {
						next++
					}
					if next+1 < len(toks) && toks[next].is(classDeterminer) && mentionAt(s, next) == nil {
						next++ // "and the UAE"
					}
					m := mentionAt(s, next)
					if m == nil || m.entry.typ != last.entry.typ {
						break
					}
					ofGroup = append(ofGroup, m.entry)
					k = m.end
				}
			}
		}
	}
	if forBody && k < len(toks) && toks[k].fold == "for" {
		// "The Union's spokesperson for foreign affairs, X,": no body
		// after "for" but the file the office covers, in lower case,
		// before the name.
		// A file that makes the office a longer one ("minister for
		// defence") is left to the portfolio reading below.
		for e := k + 1; e < len(toks) && e <= k+4; e++ {
			if toks[e].fold == "," {
				if e > k+1 && a.x.portfolioOffice(t, toks, j, n, k+1, e) == t {
					k = e
				}
				break
			}
			if !toks[e].word || toks[e].cap || mentionAt(s, e) != nil {
				break
			}
		}
	}
	if len(ofGroup) == 1 && !t.plural && t.predicate == graph.HeadOf && k < len(toks) && toks[k].fold == "," && toks[k-1].in(setDelegationNoun) {
		// "The head of the Peruvian delegation, X,": the noun read with
		// the state.
		t.predicate, t.target = graph.MemberOf, targetAny
		k--
	}
	if len(ofGroup) == 1 && !t.plural && t.predicate == graph.HeadOf && k+1 < len(toks) && toks[k].in(setDelegationNoun) && toks[k+1].fold == "," {
		// "The head of the GNA delegation, X,": the head of the body's
		// delegation is one of its members, not its head.
		t.predicate, t.target = graph.MemberOf, targetAny
		k++
	}
	var to *entry
	forPrep := false
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on" || toks[k].fold == "in" || toks[k].fold == "at") {
		forPrep = toks[k].fold == "for"
		to, k = a.envoyPosting(s, toks, k)
	}
	a.partOfChain(s, qs)
	if t.plural {
		if len(ofGroup) < 2 && len(qs) == 1 && (qs[0].entry.typ == graph.Organization || statesSeveral(qs[0].entry, t)) && t.predicate != "" {
			// "the committee's two co-chairs, A and B": the people hold
			// the body's offices.
			people, end := a.peopleList(s, k)
			if len(people) < 2 && k < len(toks) && toks[k].cap {
				// "Hamas leaders A and B met": the names right after.
				people, end = a.namesFrom(s, k)
			}
			if len(people) < 2 && k+1 < len(toks) && isDash(toks[k]) {
				// "The co-chairs of the group - A of Peru, B of Chile and
				// C of Italy - met": the list between dashes.
				c := k + 1
				for c < len(toks) && !isDash(toks[c]) && !isTerminal(toks[c]) {
					c++
				}
				if c < len(toks) && isDash(toks[c]) {
					// Read up to the closing dash only: a name's "of"
					// phrase would run on past it.
					within := *s
					within.toks = toks[:c]
					people, end = a.namesFrom(&within, k+1)
					s.mentions = within.mentions
					if end != c {
						people = nil
					}
					end = c + 1
				}
			}
			if len(people) >= 2 {
				p := t.predicate
				if p == graph.HeadOf && toks[j].fold != "co" && !strings.HasPrefix(toks[j].fold, "co-") {
					// "two Hamas commanders, A and B": one body has
					// one head; its several leaders are members. Its
					// co-chairs share the head's office.
					p = graph.MemberOf
				}
				for _, person := range people {
					a.roleFact(s, person, p, qs[0].entry, 0.85, word, readTitle)
				}
				a.membersOfBodies(s, k, end, word)
				if end+1 < len(toks) && toks[end].fold == "," && !toks[end+1].is(classRelative) && toks[end+1].fold != "who" {
					// The appositive's closing comma.
					end++
				}
				return &actor{start: i, end: end, ents: people}, end
			}
		}
		if len(ofGroup) == 0 && len(qs) == 0 && t.predicate != "" && t.target != targetOrg {
			// "Foreign ministers A of Peru and B of Chile", "the two
			// foreign ministers, A of Peru and B of Chile,".
			k2 := k
			if k2 < len(toks) && toks[k2].fold == "," {
				k2++
			}
			if people, states, end := a.peopleOfStates(s, k2); len(people) >= 2 {
				for x, p := range people {
					a.roleFact(s, p, t.predicate, states[x], 0.85, word, readTitle)
				}
				if k2 > k && end < len(toks) && toks[end].fold == "," {
					end++
				}
				return &actor{start: i, end: end, ents: people}, end
			}
		}
		if len(ofGroup) == 1 && t.predicate != "" {
			// "A and B, both members of the Renewal Party,": each holds
			// the office of the one body.
			if n := a.peopleBefore(s, i); n >= 2 {
				people := make([]*entry, 0, n)
				for _, ac := range s.actors[len(s.actors)-n:] {
					people = append(people, ac.ents[0])
					a.roleFact(s, ac.ents[0], t.predicate, ofGroup[0], 0.8, word, readTitle)
				}
				first := s.actors[len(s.actors)-n].start
				s.actors = s.actors[:len(s.actors)-n]
				end := k
				if end < len(toks) && toks[end].fold == "," {
					end++
				}
				return &actor{start: first, end: end, ents: people}, end
			}
		}
		if len(ofGroup) < 2 && len(qs) < 2 {
			return nil, 0
		}
		ac := &actor{start: i, end: k, offices: t.predicate}
		if len(ofGroup) >= 2 && t.predicate != "" {
			if people := a.listBefore(s, i, len(ofGroup)); people != nil {
				// "A and B, the foreign ministers of Peru and Chile,": the
				// people named before, in the order of their states.
				for x, p := range people {
					a.roleFact(s, p, t.predicate, ofGroup[x], 0.85, word, readTitle)
				}
				first := s.actors[len(s.actors)-len(people)].start
				s.actors = s.actors[:len(s.actors)-len(people)]
				end := k
				if end < len(toks) && toks[end].fold == "," {
					end++
				}
				return &actor{start: first, end: end, ents: people}, end
			}
		}
		if t.predicate == graph.EnvoyOf {
			// "Tehran summoned the envoys of A and B", "the envoys of A
			// and B -- X and Y -- whose countries": the envoys of several
			// states with no people named before them ("A and B, the
			// ambassadors of Peru and Chile,") are read by the patterns
			// that name the states.
			return nil, 0
		}
		if len(ofGroup) >= 2 {
			ac.ents = ofGroup
			if people, end := a.respectively(s, k, len(ofGroup)); people != nil {
				// "the foreign ministers of Iran, Russia and Turkey, Zarif,
				// Lavrov and Cavusoglu, respectively": the people.
				for x, p := range people {
					if t.predicate != "" {
						a.roleFact(s, p, t.predicate, ofGroup[x], 0.85, word, readTitle)
					}
				}
				ac.end, ac.ents, ac.offices = end, people, ""
				return ac, end
			}
		} else {
			for _, q := range qs {
				ac.ents = append(ac.ents, q.entry)
			}
		}
		return ac, k
	}
	if t.predicate == "" {
		k = a.skipInnerOffices(s, k)
	}
	if to == nil {
		k0 := k
		if k0 < len(toks) && (toks[k0].fold == "for" || t.predicate == graph.MemberOf && toks[k0].fold != "and" || toks[k0].fold == "and" && ministryNamed(toks, t, j, n)) {
			// "Minister of Foreign Affairs and International
			// Cooperation X": a ministry's name goes on after the
			// office it names.
			k = skipPortfolio(s, k)
		}
		if k == k0 && k0 < len(toks) && (toks[k0].fold == "for" || toks[k0].fold == "of") && t.predicate == graph.MemberOf {
			// "The EU commissioner for enlargement, X,", "the Chilean
			// minister of mines, X,": a portfolio in lower case before
			// the name in apposition.
			if e := portfolioEnd(s, k0+1); e > 0 && e < len(toks) && toks[e].fold == "," {
				k = e
			}
		}
		t = a.x.portfolioOffice(t, toks, j, n, k0+1, k)
		k = skipOfficePlace(s, k)
	}
	for {
		if m := mentionAt(s, k); m != nil && m.entry.typ == graph.Person {
			break
		}
		r := a.x.words.has(classRank, toks, k)
		if r == 0 {
			break
		}
		k += r
	}
	if k < len(toks) && toks[k].fold == "." { // "Maj. Gen."
		k++
	}
	person, end := a.personAt(s, k)
	if m := mentionAt(s, j); person == nil && m != nil && m.entry.typ == graph.Person && m.end > k {
		// "Ruritania's King Rudolf V": a name the lexicon knows with its
		// title as one of its forms; the title is still read.
		person, end = m.entry, m.end
	}
	if person == nil && t.predicate != "" {
		// "Foreign Minister Jordan Velt": after an office, a state's
		// name followed by a surname is a person's given name.
		person, end = a.givenStateName(s, k)
	}
	if person == nil && k+1 < len(toks) && toks[k].word && toks[k].cap && !toks[k].hyphen && toks[k].info == nil && mentionAt(s, k) == nil {
		// "Minister Dr. Fayssal Mekdad": a given name spelled otherwise
		// than the one the article or the catalog knows, before the
		// surname it knows.
		if m := mentionAt(s, k+1); m != nil && m.start == k+1 && m.entry.typ == graph.Person && !m.possessive {
			person, end = m.entry, m.end
		}
	}
	if person != nil && siteAfterName(toks, end) {
		// "the King Salman Air Base", "King Hussein Bridge": a site
		// named after the titled person is no mention of him.
		return nil, 0
	}
	if person != nil && end > k && (toks[end-1].is(classOrgHead) || toks[end-1].in(setNotSurname)) {
		// "The leader of the Islamic State Lake Kivu Province, X,": a
		// name that ends in a body's noun names the body, not its holder.
		person = nil
		if n := len(qs); n > 0 && qs[n-1].end == k && qs[n-1].entry.typ == graph.Organization && !qs[n-1].possessive && det {
			// The body is the whole name, its owner's with it: "the
			// Islamic State West Africa Province (ISWAP)".
			name := textOf(toks, qs[n-1].start, end)
			body := a.discovered(name, graph.Organization)
			if body.typ == graph.Organization {
				a.see(body, name)
				qs[n-1] = &mention{start: qs[n-1].start, end: end, entry: body}
				k = skipParen(toks, end)
			}
		}
	}
	if person == nil && k+1 < len(toks) && toks[k].fold == "," {
		// "The head of Iran's National Security Council, Ali Shamkhani,";
		// a rank may stand before the name: ", General Joseph Votel,".
		k1 := k + 1
		if n := skipNationality(s, k1); n > k1 && a.x.words.has(classRank, toks, n) > 0 {
			// ", Nigerian Major General X,".
			k1 = n
		}
		for r := a.x.words.has(classRank, toks, k1); r > 0 && mentionAt(s, k1) == nil; r = a.x.words.has(classRank, toks, k1) {
			k1 += r
		}
		if k1 < len(toks) && k1 > k+1 && toks[k1].fold == "." {
			k1++
		}
		if p, _ := a.personAt(s, k1); p == nil && (det || len(qs) > 0) {
			// "France's special envoy for Peru, former foreign minister
			// X,": the holder named with an office he held before.
			k1 = skipFormerOffice(s, k1)
		}
		if p, e := a.personAt(s, k1); p != nil && (det || len(qs) > 0) {
			if e = nicknameEnd(toks, e); closesAppositive(toks, e) {
				person, end = p, e
				if end < len(toks) && toks[end].fold == "," {
					end++
				}
			}
		}
		if person == nil && (det || len(qs) > 0) && t.predicate != "" && !t.plural {
			// "The bloc's chairman, Chilean President X,": the holder
			// named with another office of his own, read as such.
			if p, e := a.otherOfficeHolder(s, k+1); p != nil {
				person, end = p, e
			}
		}
	}
	if person == nil && (t.predicate == "" || toks[j+n-1].is(classRank)) && len(qs) == 0 && toks[i].fold == "the" && k < len(toks) && toks[k].fold != "of" && !toks[k].cap {
		// "the King received ...": the person last named with that word
		// in the name ("King Abdullah II"); an office that is also a
		// rank ("king", "emir") is his before it is whoever holds it.
		if e := a.cast.namedWith(toks[j+n-1].fold); e != nil {
			return &actor{start: i, end: k, ents: []*entry{e}, inferred: true}, k
		}
		if e := a.roster.heldWith(toks[j+n-1].fold); e != nil {
			// "Qatari Emir Gigan Tarvol ... the Emir said": the one
			// person the article gave that title, before any catalog's.
			return &actor{start: i, end: k, ents: []*entry{e}, inferred: true}, k
		}
	}
	if person == nil {
		// "the Iranian President": an office. "a member of NATO" is none.
		if toks[i].fold != "the" || t.predicate == "" || t.predicate == graph.MemberOf {
			return nil, 0
		}
		if len(qs) == 0 {
			// "the premier said": the holder this article named last.
			// "The king" is no such office: a president is no king.
			if k < len(toks) && (toks[k].fold == "of" || toks[k].cap) || toks[j+n-1].is(classRank) {
				return nil, 0
			}
			return &actor{start: i, end: k, ref: refOffice, office: office{predicate: t.predicate, word: toks[j+n-1].fold}}, k
		}
		obj, _ := a.officeArmy(s, i, t, officeObject(t, qs, nil, a.x.catalog), qs)
		if obj == nil || t.predicate == graph.HeadOf && obj.typ == graph.Country {
			// "the Russian leader" is whoever leads the state, president
			// or premier: the references stage reads it.
			return nil, 0
		}
		if ac, end := a.officeEnvoy(s, obj, i, k); ac != nil {
			return ac, end
		}
		return &actor{start: i, end: k, ref: refOffice, office: office{t.predicate, obj, toks[j+n-1].fold}}, k
	}
	if len(qs) == 0 && end+1 < len(toks) && toks[end].fold == "of" {
		// "President Omar Zand of Peru": the state or body after the name.
		k2 := end + 1
		if k2+1 < len(toks) && toks[k2].is(classDeterminer) && mentionAt(s, k2) == nil {
			k2++
		}
		if m := mentionAt(s, k2); m != nil && !m.possessive && m.kind != aliasDemonym && isBody(m.entry) && (t.target != targetCountry || m.entry.typ == graph.Country) {
			qs = append(qs, m)
			end = m.end
		}
	}
	if shared != nil && person != nil && (person.country != "" && person.country != shared.name || a.roster.articleState(person) != nil && a.roster.articleState(person) != shared) {
		// "Turkish President X and Prime Minister Y" where Y is known to
		// serve another state: the state is not shared.
		qs = qs[:0]
	}
	obj, armyBare := a.officeArmy(s, i, t, officeObject(t, qs, person, a.x.catalog), qs)
	if obj == nil && t.predicate != "" {
		obj = governingBody(toks, t, qs)
	}
	if obj == nil && t.target == targetOrg && len(qs) == 0 && person.country != "" {
		// "Chief of General Staff Gen. Hulusi Akar": the body of the
		// holder's state.
		obj = bodyInTitle(toks, j, n, a.x.catalog.byName[person.country])
	}
	if obj == nil && t.predicate == graph.SpokespersonOf && len(qs) == 0 {
		// "White House national security spokesman X", "the Front's
		// military spokesman X": the body before the file words.
		if fileBody, filed := fileWordsOwner(s, i); fileBody != nil {
			a.roleFact(s, person, graph.SpokespersonOf, fileBody, 0.85, word, readTitle)
		} else if !filed && len(s.actors) > 0 && toks[i].fold != "the" {
			// "The coalition agreed to the request, spokesman Turki
			// al-Malki said": the spokesman of the body or state the
			// sentence opens with.
			if first := s.actors[0]; first.start <= 1 && len(first.ents) == 1 && !first.adjective && first.ref == refNone {
				if e := first.ents[0]; e.typ == graph.Organization || e.typ == graph.Country {
					a.roleFact(s, person, graph.SpokespersonOf, e, 0.7, word, readTitle)
				}
			}
		}
	}
	if obj == nil && regionOffice(t) && len(qs) > 0 && a.x.regionBody(qs[len(qs)-1].entry) {
		// "Kurdistan Region President X", "the KRG Prime Minister",
		// "Tarvoland President X", "Tarvoland's Vice President X": a
		// self-governing region's offices are a state's in small.
		obj = qs[len(qs)-1].entry
	}
	if obj == nil && len(qs) > 0 && headsBody(t.predicate, qs[len(qs)-1].entry) {
		// "European Council President X": the president of a body heads it.
		t.predicate, obj = graph.HeadOf, qs[len(qs)-1].entry
	}
	if t.predicate == "" && len(qs) > 0 && toks[j+n-1].in(setAdviserNoun) {
		// "Russian Deputy Defence Minister X", "Russian presidential aide
		// X": a member of the state or body, not the office's holder.
		if q := qs[len(qs)-1].entry; q.typ == graph.Country || q.typ == graph.Organization {
			a.roleFact(s, person, graph.MemberOf, q, 0.8, "", readTitle)
		}
	}
	if t.predicate == graph.HeadOf && obj != nil && obj.typ == graph.Organization && (rankedTitle(toks, i, j) || a.rankTail(toks, j, n)) {
		// "Senior PKK commander X": one of the body's commanders, a
		// member; the body has one head.
		t.predicate = graph.MemberOf
	}
	visited := (*entry)(nil)
	if len(qs) == 0 && t.target == targetCountry && t.predicate != "" {
		// "Burhan visited Egypt and held talks with President X": the
		// office of the state the sentence's visit went to.
		visited = a.visitedState(s, i)
		if visited != nil && (person.country != "" && person.country != visited.name || a.roster.articleState(person) != nil && a.roster.articleState(person) != visited) {
			// A person known to serve another state is no host.
			visited = nil
		}
	}
	if visited != nil && a.counterpartOfState(s, i, visited) {
		// "President X arrived in Ankara ... to meet his Turkish
		// counterpart": no one is his own state's counterpart.
		visited = nil
	}
	if visited == nil && len(qs) == 0 && t.target == targetCountry && t.predicate != "" && a.home != nil && s.index == a.homeAt && (obj == nil || obj == a.home) && !a.counterpartOfState(s, i, a.home) {
		// "TEHRAN (IRNA) - President X hosted ...": an office the lead
		// names no state of is the dateline's state's, unless the article
		// gave the holder another state's office. Further down, a Doha
		// dateline's article about Syria says "President X" of Syria's.
		if st := a.roster.articleState(person); (st == nil || st == a.home) && !homeTitled(s, a.home) && !ownedByOtherState(s, i, a.home) {
			visited = a.home
		}
	}
	if len(qs) == 0 && visited == nil && t.predicate != "" && !t.plural {
		// "President Arvo Kesk": "the president" later is him, whatever
		// state the catalog may know him by.
		a.refs.addTitled(office{predicate: t.predicate, word: word}, person, s.index)
		if t.target == targetCountry && (obj == nil || obj.typ == graph.Country) || obj == nil && cabinetTitle(toks, t, j, n) {
			// Which state's, the whole article tells (settleBareTitles):
			// "Information Minister X", "Vice President X" sit in a
			// state's government as "President X" heads it.
			a.bare = append(a.bare, bareTitle{s, i, person, t.predicate, word})
		}
	}
	switch {
	case armyBare:
		// "Chief of Army Staff X": the army of the state the text around it names (officeArmy).
		a.roleFact(s, person, t.predicate, obj, 0.8, word, readTitle)
	case visited != nil:
		a.roleFact(s, person, t.predicate, visited, 0.7, word, readTitle)
	case obj != nil && len(qs) > 0 && to == nil && !toks[j].in(setEnvoyRank) && accreditedTo(t, toks[j:j+n], word, obj, qs):
		// "U.N. Ambassador Nikki Haley": a state's ambassador to the body.
		a.roleFact(s, person, graph.EnvoyTo, obj, 0.85, word, readTitle)
	case obj != nil && (len(qs) == 0 || fromCatalog(qs)):
		// "President X": the title names no state; the catalog does.
		a.memoryRoleFact(s, person, t.predicate, obj, word, readTitle)
	case obj != nil:
		a.roleFact(s, person, t.predicate, obj, 0.9, word, readTitle)
		if o := jointOwner(toks, t, qs); o != nil && o != obj {
			a.roleFact(s, person, t.predicate, o, 0.9, word, readTitle)
		}
		if co.predicate != "" && co.fits(obj) {
			a.roleFact(s, person, co.predicate, obj, 0.9, "", readTitle)
		}
	}
	switch {
	case to != nil && forPrep && obj == nil && to.typ == graph.Organization:
		// "Chief negotiator for the Front X": the body's envoy.
		a.roleFact(s, person, graph.EnvoyOf, to, 0.8, word, readTitle)
	case to != nil && to.typ != graph.Place && to.typ != graph.Agreement:
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8, word, readTitle)
	}
	if end+1 < len(toks) && toks[end].fold == "'s" && k < end {
		// "Russian President Vladimir Putin's special envoy on Syria,
		// Alexander Lavrentiev,": the envoy is the actor.
		if _, _, n := titleAt(toks, end+1); n > 0 {
			if ac, e := a.titledActor(s, k); ac != nil && len(ac.ents) == 1 && ac.ents[0] != person {
				ac.start = i
				return ac, e
			}
		}
	}
	if end < len(toks) && toks[end].fold == "," {
		// "Deputy Foreign Minister Mikhail Bogdanov, who is also Putin's
		// special envoy,".
		end = a.appositiveRole(s, person, end, word)
	} else if end > 0 && end < len(toks) && toks[end].fold == "who" && toks[end-1].fold == "," {
		// "Zambia's Minister of Justice, X, who chairs the committee,":
		// the name's closing comma read already.
		end = a.appositiveRole(s, person, end-1, word)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// fileWordsOwner reads the owner of an office at toks[i] that file words
// precede, "White House national security spokesman", "the Front's
// military spokesman", "Rwandan government spokesperson", "the army's
// Arabic-language spokesman": one to three words, each no name nor a
// body's noun ("army spokesman" is the army's, read elsewhere), after a
// mention of a body or, when the words are in lower case, of a state. The
// words are only spokesman-file-words: any other ends them, so "X struck
// Lebanon and military spokesman Y said" leaves Y to the sentence's
// opening actor, not the previous clause's last name. It returns the
// owner and true; nil and true when a capitalised word the reading did not
// know stands before the words or follows a state's name ("Ruritanian
// Authority security spokesman": a body's name the lexicon lacks, so no
// owner is sure); nil and false when no name precedes the words.
func fileWordsOwner(s *sentence, i int) (*entry, bool) {
	toks := s.toks
	k, capWord := i-1, false
	for k >= 0 && i-k <= 3 && toks[k].word && toks[k].in(setSpokesmanFile) && !coveredAt(s, k) {
		capWord = capWord || toks[k].cap
		k--
	}
	if k == i-1 || k < 0 {
		return nil, capWord
	}
	if toks[k].fold != "'s" && !coveredAt(s, k) {
		// "and", "while", "as": the file ends at a word of the clause; a
		// capitalised word no mention covers names an owner unread.
		return nil, toks[k].word && toks[k].cap && !toks[k].in(setBodyHead)
	}
	if toks[k].fold == "'s" {
		k--
	}
	if m := lastMentionEndingAt(s, k+1); m != nil {
		if m.entry.typ == graph.Organization && m.kind != aliasDemonym || m.entry.typ == graph.Country && !capWord {
			return m.entry, true
		}
		return nil, true
	}
	return nil, capWord
}

// counterpartOfState reports whether s, whose first person is the one
// given a bare office at toks[i], names st after him as the state of "his
// counterpart" or one of "his counterparts" ("President X arrived in the
// Syrian capital at the invitation of his Syrian counterpart"): he serves
// another state than st. After another person ("Zarif held talks with
// President X and his Syrian counterpart") "his" may be the other's.
func (a *article) counterpartOfState(s *sentence, i int, st *entry) bool {
	toks := s.toks
	for _, m := range s.mentions {
		if m.start >= i {
			break
		}
		if m.entry.typ == graph.Person {
			return false
		}
	}
	for k := i + 1; k+1 < len(toks); k++ {
		if !toks[k].is(classPossRef) {
			continue
		}
		j, found := k+1, false
		for {
			m := mentionAt(s, j)
			if m == nil || m.kind != aliasDemonym || m.entry.typ != graph.Country {
				break
			}
			found = found || m.entry == st
			j = m.end
			if j+1 < len(toks) && (toks[j].fold == "," || toks[j].is(classCoordinator)) && mentionAt(s, j+1) != nil {
				j++
				continue
			}
			break
		}
		if found && (a.x.words.has(classCounterpart, toks, j) > 0 || j < len(toks) && toks[j].in(setCounterpartsNoun)) {
			return true
		}
	}
	return false
}

// homeTitled reports whether sentence s names the state home as the state
// of its leader's office before a name: "MOSCOW - Prime Minister X met
// Russian President Y": a lead that says whose the host's office is
// leaves the bare one to the visitor's state, not the dateline's. A
// minister of the home state named so ("Russian Defence Minister X
// reported to President Y") leaves the bare office the home state's.
func homeTitled(s *sentence, home *entry) bool {
	for _, m := range s.mentions {
		if m.entry != home || m.kind != aliasDemonym && !m.possessive {
			continue
		}
		k := m.end
		if m.possessive {
			k++
		}
		if t, j, n := titleAt(s.toks, k); n > 0 && j == k && (t.predicate == graph.PresidentOf || t.predicate == graph.PrimeMinisterOf || t.predicate == graph.HeadOf) {
			return true
		}
	}
	return false
}

// ownedByOtherState reports whether the lead s, before the bare office
// at toks[i], names a state other than the dateline's home as the owner of
// what it reports ("DOHA - Syria's opposition groups elected a leader
// against President X", "the Syldavian army shelled ... President X") and
// names home no such way: the office is then as likely that state's as
// the host's, and a bare name tells neither. An owner is a state's
// possessive or adjective that opens no one's office ("Kenyan President X
// held talks in Juba with President Y" leaves Y the host's; "Chilean
// lawmakers" are owned); home counts as
// named by its possessive, its adjective or one of its bodies ("DAMASCUS -
// Syrian troops and fighters of Lebanon's Hezbollah ... gave President Y
// his gain": Y is the host's).
func ownedByOtherState(s *sentence, i int, home *entry) bool {
	other := false
	for _, m := range s.mentions {
		if m.start >= i {
			break
		}
		if m.entry == home && (m.possessive || m.kind == aliasDemonym) || m.entry.typ == graph.Organization && m.entry.country == home.name {
			return false
		}
		if m.entry.typ != graph.Country || m.entry == home || !m.possessive && m.kind != aliasDemonym {
			continue
		}
		k := m.end
		if m.possessive {
			k++
		}
		if t, j, n := titleAt(s.toks, k); n > 0 && j == k && !t.plural {
			continue
		}
		other = true
	}
	return other
}

// statesSeveral reports whether a plural title after a state names
// several holders of the state's office, "Peruvian envoys A and B",
// "Chilean ministers A and B": a state has many envoys and members, but
// one president or head.
func statesSeveral(e *entry, t title) bool {
	return e.typ == graph.Country && (t.predicate == graph.EnvoyOf || t.predicate == graph.MemberOf)
}

// respectively reads ", Zarif, Lavrov and Cavusoglu, respectively" at
// toks[k]: n people named in the order of the offices before. It returns
// them and the end, or nil.
func (a *article) respectively(s *sentence, k, n int) ([]*entry, int) {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "," && !isDash(toks[k]) {
		return nil, 0
	}
	// "the foreign ministers of A, B and C -- X, Y and Z --": the list
	// between dashes.
	dashed := isDash(toks[k])
	for k+1 < len(toks) && isDash(toks[k+1]) {
		k++
	}
	var people []*entry
	for k++; len(people) < n; {
		if k < len(toks) && toks[k].is(classCoordinator) {
			k++
		}
		if m := mentionAt(s, k); m == nil || m.entry.typ != graph.Person {
			// "the presidents of A and B, General X and Captain Y": a
			// rank before each name.
			k = skipRanks(a, toks, k)
		}
		p, end := a.personAt(s, k)
		if p == nil {
			return nil, 0
		}
		people = append(people, p)
		k = end
		if k < len(toks) && toks[k].fold == "," {
			k++
		}
	}
	if k < len(toks) && toks[k].in(setRespectively) {
		k++
		if k < len(toks) && toks[k].fold == "," {
			k++
		}
		return people, k
	}
	// "the presidents of Russia, Iran and Turkey, A, B and C, met": the
	// same order without "respectively", when the list closes there and
	// no further name follows.
	if toks[k-1].fold == "," && (k >= len(toks) || !(toks[k].word && toks[k].cap) && !toks[k].is(classCoordinator)) {
		return people, k
	}
	if dashed && (k >= len(toks) || isDash(toks[k])) {
		for k < len(toks) && isDash(toks[k]) {
			k++
		}
		return people, k
	}
	return nil, 0
}

// isDash reports whether t is a dash, or one hyphen of "--", between
// words.
func isDash(t token) bool {
	return t.fold == "-" || t.fold == "--" || t.fold == "—" || t.fold == "–"
}

// maxAppositive bounds how far an appositive that states no role ("Ali
// Akbar Velayati, senior adviser to the Supreme Leader,") may reach.
const maxAppositive = 10

// skipAppositive returns the index after the comma closing an appositive
// whose reading stopped at toks[k], or end when none closes it soon.
func skipAppositive(toks []token, k, end int) int {
	for i := k; i < len(toks) && i < k+maxAppositive; i++ {
		switch {
		case toks[i].fold == ",":
			return i + 1
		case isTerminal(toks[i]) || toks[i].fold == ";":
			return end
		}
	}
	return end
}

// statesOffices reads a list of demonyms before a plural title, "the
// Russian, Iranian and Turkish presidents": a group of the states.
func (x *Extractor) statesOffices(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && (toks[j].is(classDeterminer) || toks[j].is(classPossRef) || toks[j].fold == "their") {
		j++
	}
	var states []*entry
	for {
		m := mentionAt(s, j)
		if m == nil || m.kind != aliasDemonym {
			return nil, 0
		}
		states = append(states, m.entry)
		j = m.end
		if j < len(toks) && toks[j].fold == "," {
			j++
		}
		if j < len(toks) && toks[j].is(classCoordinator) {
			j++
			continue
		}
		if t, n := matchTitle(toks, j); n > 0 && t.plural && len(states) > 1 {
			return &actor{start: i, end: j + n, ents: states, offices: t.predicate}, j + n
		}
		if n := x.words.has(classGroupNoun, toks, j); n > 0 && len(states) > 1 && toks[j-1].fold != "," {
			// "the Russian and Syrian forces", "Israeli and Russian militaries".
			return &actor{start: i, end: j + n, ents: states}, j + n
		}
		if j < len(toks) && toks[j-1].fold == "," {
			continue
		}
		return nil, 0
	}
}

// acronymBody reads an acronym the lexicon lacks at toks[k], one or more
// words in capitals joined by hyphens ("SPLM-IO"), right before an office
// ("the SPLM-IO spokesman", "FDLR commander X"): a body named by the
// acronym. It returns its mention, or nil.
func (a *article) acronymBody(s *sentence, k int) *mention {
	toks := s.toks
	e := acronymEnd(s, k)
	if e == k || e >= len(toks) || toks[e].hyphen {
		return nil
	}
	if t, tj, n := titleAt(toks, e); n == 0 || tj != e || t.predicate == "" || t.target == targetCountry {
		return nil
	}
	return a.bodyMention(s, k, e)
}

// acronymEnd returns the end of the acronym that opens at s.toks[k]:
// words in capitals of two letters or more, glued by hyphens ("SPLM-IO"),
// that no mention covers; k when there is none.
func acronymEnd(s *sentence, k int) int {
	toks := s.toks
	e := k
	for e < len(toks) && toks[e].word && toks[e].upper && len(toks[e].text) >= 2 && (e == k || toks[e].hyphen) && !coveredAt(s, e) {
		e++
	}
	return e
}

// bodyMention discovers the body named by s.toks[k:e] and adds its
// mention to the sentence. It returns the mention, or nil when the article
// or the catalog knows that name as something other than a body.
func (a *article) bodyMention(s *sentence, k, e int) *mention {
	name := textOf(s.toks, k, e)
	body := a.discovered(name, graph.Organization)
	if body.typ != graph.Organization {
		return nil
	}
	a.see(body, name)
	s.mentions = append(s.mentions, mention{start: k, end: e, entry: body})
	sortMentions(s.mentions)
	return mentionAt(s, k)
}

// subStateEnd returns the end of the name of a federation's state at
// toks[k], "Borno State", "North Kordofan State": one or two capitalised
// words that name nothing known and a capitalised noun of the set
// sub-state-noun or region-word ("Orvania Region"); or 0.
func subStateEnd(s *sentence, k int) int {
	toks := s.toks
	e := k
	sub := func(t token) bool { return t.in(setSubStateNoun) || t.in(setRegionWord) }
	for e < len(toks) && e < k+2 && toks[e].word && toks[e].cap && !sub(toks[e]) && !toks[e].is(classStopword) && mentionAt(s, e) == nil && !coveredAt(s, e) {
		e++
	}
	if e == k || e >= len(toks) || !toks[e].cap || !sub(toks[e]) || coveredAt(s, e) {
		return 0
	}
	return e + 1
}

// subStateOffice returns the office t of a federation's state: its
// governor heads it.
func subStateOffice(t title, last token) title {
	if t.predicate == graph.MemberOf && last.fold == "governor" {
		t.predicate = graph.HeadOf
	}
	return t
}

// subStateMention names the federation's state at toks[k:e] as the text
// writes it, a body the article discovers, and returns its mention.
func (a *article) subStateMention(s *sentence, k, e int) *mention {
	name := textOf(s.toks, k, e)
	ent := a.discovered(name, graph.Organization)
	a.see(ent, name)
	s.mentions = append(s.mentions, mention{start: k, end: e, entry: ent})
	sortMentions(s.mentions)
	return mentionAt(s, k)
}

// officersBody reads the office of a state's or body's officer after a
// spokesman's "for" at toks[k], "the UN secretary-general", "the league's
// secretary-general", "the Russian president": who speaks for the
// officer speaks for the body or state (qs, the qualifiers read before
// k). It returns the qualifiers, the last no longer possessive, and the
// index after the officer's title; qs and k when there is none.
func officersBody(toks []token, t title, qs []*mention, k int) ([]*mention, int) {
	if t.predicate != graph.SpokespersonOf && t.predicate != graph.EnvoyOf || t.plural || len(qs) == 0 {
		// An envoy of "the Russian president" is his state's envoy too.
		return qs, k
	}
	t2, j, n := titleAt(toks, k)
	if n == 0 || j != k || t2.plural || t2.predicate == "" || t2.predicate == t.predicate {
		return qs, k
	}
	last := *qs[len(qs)-1]
	last.possessive = false
	return append(qs[:len(qs)-1:len(qs)-1], &last), j + n
}

// afterBody reads what may follow the body of an office at toks[k]: its
// acronym, "(SNSC)", and its owner, "the Quds Force of the Revolutionary
// Guard", stating that the body is part of the owner. It returns the end.
func (a *article) afterBody(s *sentence, body *entry, k int) int {
	toks := s.toks
	k = acronymParen(toks, k)
	if e := a.describedBodyEnd(toks, k); e > k {
		// "the head of Israel's Mossad spy agency, X,": the body's
		// description after its name.
		return e
	}
	if k+1 < len(toks) && toks[k].fold == "of" {
		j := k + 1
		if toks[j].is(classDeterminer) {
			j++
		}
		if m := mentionAt(s, j); m != nil && !m.possessive && isBody(m.entry) {
			a.partOf(s, body, m.entry, 0.75, readTitleBodyOf)
			return m.end
		}
		// "the Quds Force of Iran's Islamic Revolution Guards Corps": the
		// owner qualified in its turn.
		if qs, end := a.roster.qualifiers(s, j); len(qs) > 1 && !qs[len(qs)-1].possessive && isBody(qs[len(qs)-1].entry) {
			a.partOfChain(s, qs)
			a.partOf(s, body, qs[len(qs)-1].entry, 0.75, readTitleBodyOf)
			return end
		}
	}
	return k
}

// describedBodyEnd returns the index after a lower-case description of a
// body right after its name at toks[k], at most one word and a noun of the
// class descriptor ("spy agency", "militia"), closing an appositive; k
// when there is none.
func (a *article) describedBodyEnd(toks []token, k int) int {
	for j := k; j < k+2 && j < len(toks); j++ {
		if !toks[j].word || toks[j].cap || toks[j].fold == "of" {
			return k
		}
		if n := a.x.words.has(classDescriptor, toks, j); n > 0 && j+n < len(toks) && toks[j+n].fold == "," {
			return j + n
		}
	}
	return k
}

// skipInnerOffices skips the offices inside a title that states no role:
// "Deputy Foreign Minister", "Senior Advisor to Foreign Minister", "aide
// to Iran's Supreme Leader". They are not the person's.
func (a *article) skipInnerOffices(s *sentence, k int) int {
	toks := s.toks
	for k < len(toks) {
		if _, n := matchTitle(toks, k); n > 0 {
			k += n
			continue
		}
		if f := toks[k].fold; f != "to" && f != "of" && f != "for" {
			return k
		}
		j := k + 1
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		_, j = a.roster.qualifiers(s, j)
		_, j, n := titleAt(toks, j)
		if n == 0 {
			return k
		}
		k = j + n
	}
	return k
}

// secondTitle returns the office after title t (at toks[j], n words)
// and "and" that a name follows: "Prime Minister and Foreign Minister
// X", "Prime Minister and Foreign Minister, X,". Both are single offices
// with a role, of the same kind of owner and written in the same case;
// else it returns 0.
func (a *article) secondTitle(s *sentence, t title, j, n int) (title, int, int) {
	toks := s.toks
	k := j + n
	if t.plural || t.predicate == "" || k+2 >= len(toks) || toks[k].fold != "and" {
		return title{}, 0, 0
	}
	t2, j2, n2 := titleAt(toks, k+1)
	if n2 == 0 || j2 != k+1 || t2.plural || t2.predicate == "" || t2.predicate == t.predicate || !sameOwnerKind(t.target, t2.target) || toks[j].cap != toks[j2].cap {
		// "met the president and Supreme Leader X": offices written
		// alike are one person's; otherwise two people's.
		return title{}, 0, 0
	}
	e := j2 + n2
	if e < len(toks) && toks[e].fold == "," {
		e++
	}
	e = skipRanks(a, toks, e)
	if e >= len(toks) {
		return title{}, 0, 0
	}
	if m := mentionAt(s, e); m != nil && m.entry.typ != graph.Person {
		return title{}, 0, 0
	}
	if !toks[e].word || !toks[e].cap {
		return title{}, 0, 0
	}
	return t2, j2, n2
}

// sameOwnerKind reports whether offices of targets a and b may belong to
// one owner, as two offices before one name do: the same kind, or one
// whose owner may be of either kind ("Vice President and Foreign Minister
// X" of one state).
func sameOwnerKind(a, b titleTarget) bool {
	return a == b || a == targetAny && b != targetOrg || b == targetAny && a != targetOrg
}

// servesTitledName reports whether toks[j] opens the office of one who
// speaks for, represents or serves another ("spokesman", "envoy", "senior
// adviser", "aide")
// followed by "for", "to" or "of" and a titled name: "a spokesman for UN
// Secretary-General X", "the personal envoy of UN Secretary-General X",
// "an aide to Peruvian President X", "the adviser of Defence Minister X". The name holds the second office, not the
// first. A first office in capitals is part of the name's own title.
func (a *article) servesTitledName(s *sentence, j int) bool {
	toks := s.toks
	j0 := j
	t, j, n := titleAt(toks, j)
	if n == 0 || t.plural || t.predicate != graph.SpokespersonOf && t.predicate != graph.EnvoyOf && !toks[j+n-1].in(setAdviserNoun) {
		return false
	}
	for x := j0; x < j+n; x++ {
		if toks[x].cap {
			// "Senior Adviser to Foreign Minister X": in capitals, the
			// whole is the title the name holds.
			return false
		}
	}
	k := j + n
	if k+2 >= len(toks) || toks[k].fold != "for" && toks[k].fold != "to" && toks[k].fold != "of" {
		return false
	}
	k++
	if toks[k].is(classDeterminer) && mentionAt(s, k) == nil {
		k++
	}
	// The office's state or body: a name or a state's adjective.
	for x := 0; x < 4 && k < len(toks); x++ {
		if m := mentionAt(s, k); m != nil && m.entry.typ != graph.Person && m.start == k {
			k = m.end
			if k < len(toks) && toks[k].fold == "'s" {
				k++
			}
			continue
		}
		break
	}
	t2, tj, tn := titleAt(toks, k)
	if tn == 0 || tj != k || t2.predicate == "" || t2.plural {
		return false
	}
	e := skipRanks(a, toks, tj+tn)
	if e >= len(toks) {
		return false
	}
	if m := mentionAt(s, e); m != nil {
		return m.entry.typ == graph.Person
	}
	return toks[e].word && toks[e].cap
}

// opensTitle reports whether a title may start at t, as matchTitle reads
// one: t opens one of the table's titles or is a deputy's word. A word
// that is neither gives no title, and titleAt, which tries up to three
// words a position, passes it by without the call.
func opensTitle(t *token) bool {
	return t.info != nil && len(t.info.titles) > 0 || t.in(setDeputyWord) || t.cap && t.in(setLegislativeBody)
}

// matchTitle returns the longest title at toks[k] and its length, or 0.
func matchTitle(toks []token, k int) (title, int) {
	if j := k; j < len(toks) && toks[j].cap && toks[j].in(setLegislativeBody) && !insideName(toks, k) {
		// "Senate Speaker X", "National Assembly Speaker X": the
		// legislature's name before a head's title is part of the
		// title, and names no body of the table.
		for j < k+2 && j+1 < len(toks) && toks[j+1].cap && toks[j+1].in(setLegislativeBody) {
			j++
		}
		if u, m := matchTitleWords(toks, j+1); m > 0 && u.predicate == graph.HeadOf && !u.plural {
			return u, m + j + 1 - k
		}
	}
	t, n := matchTitleWords(toks, k)
	if k+1 < len(toks) && toks[k].in(setDeputyWord) {
		// "the assistant commander-in-chief", "the deputy chief of
		// staff": any head's title after the word names a member's
		// office, however long the head's title is.
		if u, m := matchTitleWords(toks, k+1); m+1 > n && u.predicate == graph.HeadOf && !u.plural {
			return title{predicate: graph.MemberOf, target: targetOrg}, m + 1
		} else if m+1 > n && u.predicate == graph.EnvoyOf && !u.plural {
			// "the deputy representative of Peru", "the deputy special
			// envoy": a deputy envoy represents the same state or body.
			return u, m + 1
		} else if m+1 > n && u.predicate != "" && u.predicate != graph.MemberOf && u.target == targetCountry && !u.plural && !slices.ContainsFunc(toks[k+1:k+1+m], func(t token) bool { return t.fold == "of" }) {
			// "Deputy Prime Minister", "Vice Foreign Minister": the
			// deputy of a state's office is one of the state's members,
			// and the title may be coordinated with another ("Deputy
			// Prime Minister and Foreign Minister X", secondTitle). An
			// office with "of" ("assistant secretary of state for
			// Africa") is read with its deputy word as an adviser's.
			return title{predicate: graph.MemberOf, target: targetCountry}, m + 1
		}
	}
	return t, n
}

// insideName reports whether toks[k] continues a capitalised name begun
// before it ("Sovereign Council"): the word before is capitalised and is
// neither an acronym ("US") nor a name on its own ("Lebanese").
func insideName(toks []token, k int) bool {
	if k == 0 || !toks[k-1].word || !toks[k-1].cap || toks[k-1].upper {
		return false
	}
	if info := toks[k-1].info; info != nil {
		for _, a := range info.aliases {
			if len(a.keys) == 1 {
				return false
			}
		}
	}
	return true
}

// matchTitleWords returns the longest title of the table at toks[k].
func matchTitleWords(toks []token, k int) (title, int) {
	if k >= len(toks) || toks[k].info == nil {
		return title{}, 0
	}
	for _, c := range toks[k].info.titles {
		if hasKeys(toks, k, c.keys) {
			return c.value, len(c.keys)
		}
	}
	return title{}, 0
}

// officesOfStateBodies reads, after a plural office at toks[k], "of the
// general staffs of Russia, Turkey and Iran, X, Y and Z": one to three
// lower-case words naming a body every state has, the states, and the
// people in their order, each holding the office in his state's body. It
// returns the people as the actor, or nil.
func (a *article) officesOfStateBodies(s *sentence, t title, i, k int, word string) (*actor, int) {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].fold != "of" {
		return nil, 0
	}
	p := k + 1
	if toks[p].is(classDeterminer) {
		p++
	}
	q := p
	for q < len(toks) && q < p+3 && toks[q].word && !toks[q].cap && toks[q].fold != "of" && mentionAt(s, q) == nil {
		q++
	}
	if q == p || q+1 >= len(toks) || toks[q].fold != "of" {
		return nil, 0
	}
	noun := textOf(toks, p, q)
	var states []*entry
	e := q + 1
	for e < len(toks) {
		m := mentionAt(s, e)
		if m == nil || m.entry.typ != graph.Country || m.possessive {
			break
		}
		states = append(states, m.entry)
		e = m.end
		if e+1 < len(toks) && (toks[e].fold == "," && !toks[e+1].cap || toks[e].is(classCoordinator)) {
			e++
			if toks[e].is(classCoordinator) {
				e++
			}
			continue
		}
		if e+1 < len(toks) && toks[e].fold == "," && mentionAt(s, e+1) != nil && mentionAt(s, e+1).entry.typ == graph.Country {
			e++
			continue
		}
		break
	}
	if len(states) < 2 {
		return nil, 0
	}
	bodies := make([]*entry, len(states))
	for x, st := range states {
		b := a.x.catalog.stateBody(noun, st)
		if b == nil && strings.HasSuffix(noun, "s") {
			// "general staffs", "intelligence services".
			b = a.x.catalog.stateBody(strings.TrimSuffix(noun, "s"), st)
		}
		if b == nil {
			return nil, 0
		}
		bodies[x] = b
	}
	people, end := a.respectively(s, e, len(states))
	if people == nil {
		return nil, 0
	}
	for x, person := range people {
		a.roleFact(s, person, t.predicate, bodies[x], 0.85, word, readTitle)
	}
	return &actor{start: i, end: end, ents: people}, end
}

// officeFileEnd returns the index of an office after a participle glued
// to a word ("military-appointed", "Western-backed") or one or two
// lower-case words of its file ("communication minister") at toks[k];
// else k. A preposition or a name ends the file. A file in capitals, up to
// three words with "and" between ("Transport", "Fisheries and Oceans"),
// names the portfolio of a portfolio title only ("Transport Minister"):
// before any other office capitalised words are a name.
func officeFileEnd(s *sentence, k int) int {
	toks := s.toks
	if _, _, n := titleAt(toks, k); n > 0 {
		return k
	}
	e, glued := k, true
	caps := k < len(toks) && toks[k].cap
	for e < k+4 && e < len(toks) {
		switch {
		case !caps && e+1 < len(toks) && toks[e].word && toks[e+1].hyphen && toks[e+1].word && !toks[e+1].cap && strings.HasSuffix(toks[e+1].fold, "ed") && mentionAt(s, e) == nil:
			e += 2
		case !caps && e < k+3 && toks[e].word && !toks[e].cap && !toks[e].hyphen && mentionAt(s, e) == nil && !toks[e].is(classLocative) && !toks[e].is(classCoordinator) && !toks[e].is(classDeterminer) && !toks[e].in(setFilePreposition):
			e++
			glued = false
		case caps && toks[e].word && toks[e].cap && !toks[e].hyphen && mentionAt(s, e) == nil:
			e++
			glued = false
		case caps && e > k && e+1 < len(toks) && toks[e].fold == "and" && toks[e+1].cap:
			e++
			continue
		default:
			return k
		}
		// A file in lower case is a minister's or a member's, never a
		// head's: "Kenyan opposition leader X" leads no state.
		t, tj, n := titleAt(toks, e)
		if n == 0 || tj != e {
			continue
		}
		if caps {
			// "Foreign Trade Minister", "First Deputy Foreign Minister":
			// an office ending in a portfolio title may follow; "Acting
			// President" holds no portfolio.
			if last, _ := matchTitleWords(toks[e+n-1:e+n], 0); (t.portfolio || last.portfolio) && !t.plural && t.predicate != "" {
				return e
			}
			return k
		}
		if !toks[e].cap && !t.plural && (glued && t.predicate != "" || t.predicate == graph.MemberOf || e == k+1 && t.predicate == graph.HeadOf && t.target == targetOrg && e+n < len(toks) && toks[e+n].cap) {
			// "the Front's media chief X": the head of one file of the
			// body, read as a member (fileHead); with the name in
			// apposition the appositive reading reads it.
			return e
		}
	}
	return k
}

// bodyByFirstWord returns the one body this article named before whose
// name, of two or more words ending in a body's head noun, opens with the
// capitalised word toks[j] that names nothing itself: "Polisario" after
// "the Polisario Front"; failing that, the one body the catalog names so
// ("Vantar" of the catalog's "Vantar Group", first named by it); else nil.
func (a *article) bodyByFirstWord(s *sentence, j int) *entry {
	toks := s.toks
	if j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].upper || mentionAt(s, j) != nil || coveredAt(s, j) || toks[j].is(classStopword) || toks[j].is(classGivenName) {
		return nil
	}
	var found *entry
	for _, e := range a.cast.order {
		if e.typ != graph.Organization {
			continue
		}
		for _, al := range a.cast.seen[e].aliases {
			f := strings.Fields(al)
			if len(f) < 2 || foldWord(f[0]) != toks[j].fold {
				continue
			}
			if w := a.x.vocab[foldWord(f[len(f)-1])]; w == nil || w.classes&(1<<classOrgHead) == 0 {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	if found == nil && toks[j].info != nil {
		found = a.x.catalogBodyByFirstWord(toks[j].info)
	}
	return found
}

// catalogBodyByFirstWord returns the one body of the catalog whose name,
// of two or more words ending in a body's head noun, opens with the word
// w describes, and that needs no state or owner named beside it: "Vantar"
// of "Vantar Group"; nil when none or several do ("Islamic"), or when
// the word is one the lexicon knows otherwise, an English word or a title
// ("High" of "High Representative").
func (x *Extractor) catalogBodyByFirstWord(w *wordInfo) *entry {
	if w.classes != 0 || w.phrases != 0 || len(w.titles) > 0 || len(w.patterns) > 0 {
		return nil
	}
	var found *entry
	for _, pv := range w.aliases {
		if len(pv.keys) < 2 {
			continue
		}
		if h := x.vocab[pv.keys[len(pv.keys)-1]]; h == nil || h.classes&(1<<classOrgHead) == 0 {
			continue
		}
		for _, al := range pv.value {
			if al.entry.typ != graph.Organization || al.scope != "" || al.owner != nil || al.lower || al.acronym {
				continue
			}
			if found != nil && found != al.entry {
				return nil
			}
			found = al.entry
		}
	}
	return found
}

// rankedTitle reports whether a rank adjective stands in toks[i:j] before
// a title, or right before toks[i] where the title's owner opens the
// actor: "senior" in "a senior Hamas commander".
func rankedTitle(toks []token, i, j int) bool {
	if i > 0 && toks[i-1].in(setRankAdjective) {
		return true
	}
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].in(setRankAdjective) {
			return true
		}
	}
	return false
}

// rankTail reports whether the title toks[j:j+n] ends a rank that starts
// before it: "Wing Commander X of the Air Force", "Squadron Leader X" hold
// a rank in the body, not its command.
func (a *article) rankTail(toks []token, j, n int) bool {
	for b := j - 1; b >= 0 && b >= j-2; b-- {
		if a.x.words.has(classRank, toks, b) == j+n-b {
			return true
		}
	}
	return false
}

// titleAt matches a title at toks[j], or after up to two words such as
// "senior" or "top" ("Iran's senior negotiator"). It returns the title,
// where it starts and its length, 0 when there is none.
func titleAt(toks []token, j int) (title, int, int) {
	for k := j; k < j+3 && k < len(toks); k++ {
		// Most words do not open a title: matchTitle would find nothing.
		if opensTitle(&toks[k]) {
			if t, n := matchTitle(toks, k); n > 0 {
				if n == 1 && toks[k].is(classTitleAdjective) {
					// "Chief Cabinet Secretary X": a one-word title that is
					// also a title's adjective qualifies a title after it.
					if t2, n2 := matchTitle(toks, k+1); n2 > 0 && t2.predicate != "" && !t2.plural {
						return t2, k + 1, n2
					}
				}
				if n == 1 && t.predicate == graph.MemberOf && !t.plural && !toks[k].cap {
					// "the official spokeswoman of the ministry", "its
					// official representative": a member's noun used as an
					// adjective of the office that speaks for the body.
					if t2, n2 := matchTitle(toks, k+1); n2 > 0 && !t2.plural && (t2.predicate == graph.SpokespersonOf || t2.predicate == graph.EnvoyOf) {
						return t2, k + 1, n2
					}
				}
				return t, k, n
			}
		}
		if !toks[k].is(classTitleAdjective) {
			break
		}
	}
	return title{}, j, 0
}

// regionOffice reports whether the state's office t is one a
// self-governing region has in small: its president, its prime minister,
// and any singular office that makes its holder a member of the state
// (a vice president, a minister).
func regionOffice(t title) bool {
	return t.predicate == graph.PresidentOf || t.predicate == graph.PrimeMinisterOf || t.predicate == graph.MemberOf && t.target == targetCountry && !t.plural
}

// regionBody reports whether e is a self-governing region's body, named
// with a word of the set region-word ("Kurdistan Regional Government",
// "Tigray Region") or discovered by its president's office ("Tarvoland
// President X", see officeOfWord).
func (x *Extractor) regionBody(e *entry) bool {
	if e.typ != graph.Organization {
		return false
	}
	if e.polity {
		return true
	}
	for _, w := range strings.Fields(e.name) {
		if x.words.inSet(foldWord(w), setRegionWord) {
			return true
		}
	}
	return false
}

// skipFormerOffice returns the index after an office its holder no longer
// holds at toks[k], "former foreign minister", "the former Chilean
// president": a word of the set former-word, a state's adjective and a
// title, before a name; k when there is none.
func skipFormerOffice(s *sentence, k int) int {
	toks := s.toks
	j := k
	if j < len(toks) && toks[j].is(classDeterminer) {
		j++
	}
	if j >= len(toks) || !toks[j].in(setFormerWord) {
		return k
	}
	j++
	if m := mentionAt(s, j); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country {
		// "former Chilean president", in either case.
		j = m.end
	}
	t, tj, n := titleAt(toks, j)
	if n == 0 || tj != j || t.plural {
		return k
	}
	return tj + n
}

// skipParen returns the index after a short parenthesis at toks[k],
// "(Hashd al-Shaabi)", or k when there is none.
func skipParen(toks []token, k int) int {
	if k < len(toks) && toks[k].fold == "(" {
		if j := closeParen(toks, k); j > 0 {
			return j + 1
		}
	}
	return k
}

// nicknameEnd returns the index after a nickname in quotation marks that
// follows a name ending at toks[e] and closes its appositive ("its leader,
// Omar Zand "the Falcon", said"), else e: the appositive ends after the
// nickname.
func nicknameEnd(toks []token, e int) int {
	if n := skipNickname(toks, e); n > e && closesAppositive(toks, n) {
		return n
	}
	return e
}

// closesAppositive reports whether an appositive may end at toks[i]: at a
// comma, the end of the sentence or a full stop.
func closesAppositive(toks []token, i int) bool {
	return i >= len(toks) || toks[i].fold == "," || isTerminal(toks[i]) || toks[i].fold == "--"
}

// statesTitledPeople reads "Georgian and Armenian Foreign Ministers Levan
// Gelashvili and Ararat Mirzoyan": the adjectives of several states, a
// plural title and as many names, paired in order. It returns the people
// as one actor, or nil.
func (a *article) statesTitledPeople(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].is(classDeterminer) {
		j++
	}
	var states []*entry
	// ownerOrAdjective reads a state's adjective ("Chilean") or its
	// name as an owner ("Chile's"), returning the state and where the
	// next word starts.
	ownerOrAdjective := func(j int) (*entry, int) {
		m := mentionAt(s, j)
		if m == nil || m.entry.typ != graph.Country {
			return nil, 0
		}
		if m.possessive {
			return m.entry, m.end + 1
		}
		if m.kind != aliasDemonym {
			return nil, 0
		}
		return m.entry, m.end
	}
	for {
		st, e := ownerOrAdjective(j)
		if st == nil {
			return nil, 0
		}
		states = append(states, st)
		j = e
		if j < len(toks) && toks[j].fold == "," {
			j++
		}
		if j < len(toks) && toks[j].is(classCoordinator) {
			j++
			continue
		}
		if st, _ := ownerOrAdjective(j); st == nil {
			break
		}
	}
	if len(states) < 2 {
		return nil, 0
	}
	t, n := matchTitle(toks, j)
	if n == 0 || !t.plural || t.predicate == "" || t.target == targetOrg {
		return nil, 0
	}
	start := i
	people, end := a.namesFrom(s, j+n)
	if len(people) != len(states) {
		// "the Chilean and Peruvian foreign ministers, A and B,": the
		// names in apposition, in the order of the states.
		people, end = a.respectively(s, j+n, len(states))
	}
	if len(people) == 0 {
		// "A and B, the Chilean and Peruvian foreign ministers,": the
		// people named right before, in the order of their states.
		if people = a.listBefore(s, i, len(states)); people != nil {
			start = s.actors[len(s.actors)-len(people)].start
			s.actors = s.actors[:len(s.actors)-len(people)]
			end = j + n
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
		}
	}
	if len(people) != len(states) {
		return nil, 0
	}
	for x, p := range people {
		a.roleFact(s, p, t.predicate, states[x], 0.85, toks[j+n-1].fold, readTitle)
	}
	return &actor{start: start, end: end, ents: people}, end
}

// ownersTitledPeople reads "their foreign ministers, A and B": "their"
// before a plural office of a state and, in apposition, two or more names.
// The owners are the states the sentence named last before it, one actor
// of several ("Peru and Chile") or a list of actors ("Peru, Chile and
// Bolivia"), each a state or a person whose state the article knows; the
// offices go to the names in the order of the owners, only when the counts
// match (see ownersBefore).
func (a *article) ownersTitledPeople(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if i+3 >= len(toks) || toks[i].fold != "their" || len(s.actors) == 0 {
		return nil, 0
	}
	t, n := matchTitle(toks, i+1)
	if n == 0 || !t.plural || t.predicate == "" || t.target == targetOrg || i+1+n >= len(toks) || toks[i+1+n].fold != "," {
		return nil, 0
	}
	people, end := a.namesFrom(s, i+2+n)
	if len(people) < 2 {
		return nil, 0
	}
	owners := a.ownersBefore(s, len(people))
	if owners == nil {
		return nil, 0
	}
	for x, p := range people {
		a.roleFact(s, p, t.predicate, owners[x], 0.8, toks[i+n].fold, readTitle)
	}
	if end < len(toks) && toks[end].fold == "," {
		// The appositive's closing comma.
		end++
	}
	return &actor{start: i, end: end, ents: people}, end
}

// ownersBefore returns the states of the n owners that "their" stands
// for, as ownersTitledPeople describes them, in order; or nil. Going back
// from the last actor, it passes over places and groups of another size
// ("Peru and Chile signed the deal, brokered by Brazil, through their
// two ministers"): the first group of n must be states or people of
// known, distinct states, and a reference not yet resolved stops it.
func (a *article) ownersBefore(s *sentence, n int) []*entry {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.place() {
			continue
		}
		if ac.ref != refNone {
			return nil
		}
		owners := ac.ents
		if len(ac.ents) == 1 {
			first := k
			for first > 0 && len(s.actors[first-1].ents) == 1 && s.actors[first-1].ref == refNone && listGap(s.toks[s.actors[first-1].end:s.actors[first].start]) {
				first--
			}
			owners = make([]*entry, 0, k+1-first)
			for _, b := range s.actors[first : k+1] {
				owners = append(owners, b.ents[0])
			}
			k = first
		}
		if len(owners) != n {
			continue
		}
		states := make([]*entry, 0, n)
		for _, e := range owners {
			c := a.roster.countryOf(e)
			if c == nil || slices.Contains(states, c) {
				return nil
			}
			states = append(states, c)
		}
		return states
	}
	return nil
}

// accreditedTo reports whether an ambassador's office qualified only by an
// international body, "U.N. Ambassador X", names the body the ambassador
// is sent to rather than the one sending: a state's, not the body's. Only
// a body of states takes envoys; "Assembly representative X" speaks for
// a body of no states, which sends him. The caller rules out an office
// with its posting after it, "the Union's Ambassador to Peru", which the
// body sends. A representative titled by the body alone ("UN
// representative X") is the body's own unless a word of accreditation
// (accredited-rank: "UN Permanent Representative X") makes him a state's
// envoy to it; a state owner before him ("Togo's AU representative")
// reads as that state's envoy.
func accreditedTo(t title, titleToks []token, word string, obj *entry, qs []*mention) bool {
	if t.predicate != graph.EnvoyOf || word != "ambassador" && (word != "representative" || !anyIn(titleToks, setAccreditedRank)) {
		return false
	}
	if obj.typ != graph.Organization || obj.country != "" || !obj.international && !obj.regional {
		return false
	}
	for _, q := range qs {
		if q.entry.typ == graph.Country {
			return false
		}
	}
	return true
}

// skipPortfolio returns the index of the name after an office's portfolio
// at toks[k], "for Arab and African Affairs" in "Deputy Foreign Minister
// for Arab and African Affairs Hossein Jaber Ansari", "of Roads and Urban
// Development" in "Minister of Roads and Urban Development X", "and
// International Cooperation" after "Minister of Foreign Affairs": "for",
// "of" or "and", capitalised words (with "and", "of", "the") and a person known,
// starting with a common given name or with a word before a name's
// particle ("Omar al-Zand"). A comma after the portfolio and before a
// capitalised word ends it there: the name follows in apposition ("the
// Commissioner for Peace and Security, X,"). It returns k when there is
// none.
func skipPortfolio(s *sentence, k int) int {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].fold != "for" && toks[k].fold != "of" && toks[k].fold != "and" {
		return k
	}
	for p := k + 2; p < len(toks) && p < k+9; p++ {
		prev := toks[p-1]
		if prev.fold == "," && p-1 > k+1 && toks[p].cap && toks[p-2].cap {
			return p - 1
		}
		if !prev.word || !(prev.cap || prev.fold == "and" || prev.fold == "of" || prev.fold == "the") {
			return k
		}
		if m := mentionAt(s, p); m != nil {
			if m.entry.typ == graph.Person {
				return p
			}
			if m.entry.typ != graph.Place && m.entry.typ != graph.Country {
				return k
			}
			continue
		}
		if toks[p].is(classGivenName) && nameRun(s, p) > 0 {
			return p
		}
		if toks[p].cap && p+1 < len(toks) && toks[p+1].is(classNameParticle) && nameRun(s, p) > 0 {
			return p
		}
	}
	return k
}

// fileHead reports whether the head's title t comes after a file in lower
// case, one word toks[file] right before it at j, of the state or body
// before it: "media" in "the
// Front's media chief". A participle glued to a word ("Iran-backed") and
// a title's adjective ("top", "political") are no file.
func fileHead(toks []token, t title, file, j int) bool {
	if t.predicate != graph.HeadOf || t.target != targetOrg || t.plural {
		return false
	}
	// One noun: "parliament elects army chief X" in a headline is no
	// file.
	x := j - 1
	return x == file && toks[x].word && !toks[x].cap && !toks[x].hyphen && !toks[x].is(classTitleAdjective)
}

// qualifiesOffice reports whether one of the qualifiers qs may own the
// office t.
func qualifiesOffice(t title, qs []*mention) bool {
	for _, q := range qs {
		if t.fits(q.entry) {
			return true
		}
	}
	return false
}

// ministryNamed reports whether the title t of n words at toks[j] is a
// minister's office named by its ministry, "Minister of Foreign Affairs",
// "Secretary of Defense", whose name may go on with "and" and more of the
// ministry's portfolio.
func ministryNamed(toks []token, t title, j, n int) bool {
	switch t.predicate {
	case graph.ForeignMinisterOf, graph.DefenseMinisterOf, graph.MemberOf:
	default:
		return false
	}
	for p := j + 1; p < j+n-1; p++ {
		if toks[p].fold == "of" || toks[p].fold == "for" {
			return toks[j].cap
		}
	}
	return false
}

// skipOfficePlace returns the index of the comma after where an office is
// held, "at the foreign ministry" in "Qatar's minister of state at the
// foreign ministry, Mohammed Al-Khulaifi,": "at", up to four words and a
// comma before a name. It returns k when there is none.
func skipOfficePlace(s *sentence, k int) int {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].fold != "at" {
		return k
	}
	for e := k + 1; e < len(toks) && e < k+6; e++ {
		if toks[e].fold == "," {
			if e+1 < len(toks) && toks[e+1].cap {
				return e
			}
			return k
		}
		if !toks[e].word {
			return k
		}
		if m := mentionAt(s, e); m != nil && m.entry.typ == graph.Person {
			return k
		}
	}
	return k
}

// officeEnvoy reads "the Russian president's special envoy for the Syrian
// settlement, Alexander Lavrentiev," after an office read from toks[i] to
// toks[k]: the envoy of the office's state or body, named after a comma.
// It returns the envoy as the actor, or nil.
func (a *article) officeEnvoy(s *sentence, obj *entry, i, k int) (*actor, int) {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].fold != "'s" {
		return nil, 0
	}
	t, j, n := titleAt(toks, k+1)
	if n == 0 || j != k+1 || t.plural || t.predicate != graph.EnvoyOf {
		return nil, 0
	}
	e := j + n
	var to *entry
	if e+1 < len(toks) && (toks[e].fold == "to" || toks[e].fold == "for" || toks[e].fold == "on") {
		to, e = a.envoyPosting(s, toks, e)
		for x := e; to == nil && x < len(toks) && x < e+6 && toks[x].word; x++ {
			if x+1 < len(toks) && toks[x+1].fold == "," {
				e = x + 1
			}
		}
	}
	if e+1 >= len(toks) || toks[e].fold != "," {
		return nil, 0
	}
	person, end := a.personAt(s, skipRanks(a, toks, e+1))
	if person == nil || !closesAppositive(toks, end) {
		return nil, 0
	}
	a.roleFact(s, person, graph.EnvoyOf, obj, 0.8, toks[j+n-1].fold, readTitle)
	if to != nil && to.typ != graph.Place && to.typ != graph.Agreement && to != obj {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.75, toks[j+n-1].fold, readTitle)
	}
	if end < len(toks) && toks[end].fold == "," {
		end++
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// nounOwner returns the body a bare noun before an office refers back to,
// "Junta spokesman X", "party chairman X": the body this article last named
// with that head noun (word set body-head; an army is the forces' reading),
// or, for a noun of an armed group or party, the one last named. The noun is in lower case, or capitalised as the sentence's
// first word. It returns nil for anything else.
func (a *article) nounOwner(toks []token, j int) *entry {
	if j >= len(toks) || !toks[j].word || !toks[j].in(setBodyHead) || armyWord(toks[j]) || toks[j].cap && j > 0 && toks[j-1].word {
		return nil
	}
	if j > 0 && toks[j-1].word && toks[j-1].cap && !toks[j-1].is(classStopword) {
		// "Blue and White party leader X", "Green Dawn party chief X":
		// a capitalised word before the noun is the end of a name the
		// lexicon lacks, whose head the noun is; it names another body,
		// not the one named before.
		return nil
	}
	if e := a.refs.heads[toks[j].fold]; e != nil {
		return e
	}
	if toks[j].in(setGroupRef) || toks[j].in(setGroupHead) {
		return a.refs.lastGroup
	}
	return nil
}

// titleStateAfterOf reports whether the title ending before toks[k] names
// its own state after "of": "Prime Minister of Chile X", "Deputy Prime
// Minister of the Republic of Chile X". It reads the sentence's mentions;
// the article's stateAfterOf (mentions.go), of a body's state, reads the
// catalog and refuses a list of states.
func titleStateAfterOf(s *sentence, k int) bool {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].fold != "of" {
		return false
	}
	k++
	if toks[k].is(classDeterminer) {
		k++
	}
	m := mentionAt(s, k)
	return m != nil && m.entry.typ == graph.Country && !m.possessive
}

// sharedState returns the state of the office of the titled person right
// before "and" at toks[i-1], "Iraqi President X and Prime Minister Y", when
// the text names the state in that person's title; nil otherwise. A state
// has one holder of each of its own offices (stateOffice): the same office
// again, "Egyptian President X and President Y", is another state's.
func (a *article) sharedState(s *sentence, i int, office graph.Predicate) *entry {
	toks := s.toks
	if i < 2 || toks[i-1].fold != "and" || len(s.actors) == 0 {
		return nil
	}
	prev := s.actors[len(s.actors)-1]
	if prev.end != i-1 || len(prev.ents) != 1 || prev.ents[0].typ != graph.Person || prev.ref != refNone {
		return nil
	}
	for h := len(a.roster.list) - 1; h >= 0; h-- {
		hd := a.roster.list[h]
		if hd.sentence != s.index || hd.person != prev.ents[0] || hd.object.typ != graph.Country || hd.predicate == graph.EnvoyTo {
			continue
		}
		if hd.predicate == office && stateOffice(office) {
			return nil
		}
		for _, m := range s.mentions {
			if m.entry == hd.object && m.start >= prev.start && m.end <= prev.end {
				return hd.object
			}
		}
	}
	return nil
}

// visitedState returns the state a visit before toks[i] went to, "visited
// Egypt", "arrived in Ankara", "arrived in the Syrian capital", when it is
// the only state the sentence names before i other than by an adjective,
// an owner's possessive or its dateline; nil otherwise.
func (a *article) visitedState(s *sentence, i int) *entry {
	toks := s.toks
	var state *entry
	for _, m := range s.mentions {
		if m.start >= i {
			break
		}
		seat := seatStart(toks, m)
		if m.entry.typ != graph.Country || seat < 0 && (m.kind == aliasDemonym || m.possessive) || datelineAt(s, m) {
			// "Iranian Foreign Minister X visited Damascus": an
			// adjective or owner qualifies the visitor, not the place;
			// a dateline places the report, not the visit.
			continue
		}
		if state != nil && state != m.entry {
			return nil
		}
		k := m.start - 1
		if seat >= 0 {
			k = seat - 1
		}
		if k >= 0 && (toks[k].fold == "to" || toks[k].fold == "in") {
			k--
		}
		if k < 0 || !toks[k].in(setVisitVerb) {
			return nil
		}
		state = m.entry
	}
	return state
}

// seatStart returns where the phrase naming a state's capital by the
// state's adjective or possessive opens, "the Syrian capital", "Syria's
// capital", when mention m is that adjective or possessive: a visit there
// is a visit to the state. It returns -1 when m names no capital so.
func seatStart(toks []token, m mention) int {
	k := m.end
	if m.possessive {
		k++
	}
	if k >= len(toks) || !toks[k].in(setCapitalNoun) {
		return -1
	}
	switch {
	case m.kind == aliasDemonym && m.start > 0 && toks[m.start-1].fold == "the":
		return m.start - 1
	case m.possessive:
		return m.start
	}
	return -1
}

// peopleOfStates reads "A of Peru and B of Chile" at toks[j]: two or more
// people, each followed by "of" and a state. It returns the people, their
// states and the end, or nil.
func (a *article) peopleOfStates(s *sentence, j int) ([]*entry, []*entry, int) {
	toks := s.toks
	var people, states []*entry
	for {
		p, e := a.personAt(s, j)
		if p == nil || e+1 >= len(toks) || toks[e].fold != "of" {
			return nil, nil, 0
		}
		k := e + 1
		if toks[k].is(classDeterminer) && mentionAt(s, k) == nil {
			k++
		}
		m := mentionAt(s, k)
		if m == nil || m.entry.typ != graph.Country || m.possessive || m.kind == aliasDemonym {
			return nil, nil, 0
		}
		people, states = append(people, p), append(states, m.entry)
		j = m.end
		switch {
		case j+1 < len(toks) && toks[j].fold == "," && toks[j+1].is(classCoordinator):
			j += 2
		case j < len(toks) && (toks[j].fold == "," || toks[j].is(classCoordinator)):
			if toks[j].fold == "," && len(people) >= 2 {
				// The list closes an appositive.
				return people, states, j
			}
			j++
		default:
			if len(people) < 2 {
				return nil, nil, 0
			}
			return people, states, j
		}
	}
}

// listBefore returns the n people of the actors that end s.actors, a list
// joined by commas and "and" that closes with a comma right before
// toks[i]: "A and B, the foreign ministers of ...". It returns nil for
// anything else.
func (a *article) listBefore(s *sentence, i, n int) []*entry {
	toks := s.toks
	if i < 1 || toks[i-1].fold != "," || len(s.actors) < n {
		return nil
	}
	tail := s.actors[len(s.actors)-n:]
	if tail[n-1].end != i-1 || len(s.actors) > n && s.actors[len(s.actors)-n-1].end >= tail[0].start-1 {
		return nil
	}
	people := make([]*entry, 0, n)
	for x, ac := range tail {
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
			return nil
		}
		if x > 0 && !listGap(toks[tail[x-1].end:ac.start]) {
			return nil
		}
		people = append(people, ac.ents[0])
	}
	return people
}

// peopleBefore returns how many of the actors that end s.actors are people
// in a list joined by commas and "and" that closes with a comma right
// before toks[i], "A and B, both members of ...": two or more, else 0.
func (a *article) peopleBefore(s *sentence, i int) int {
	toks := s.toks
	if i < 1 || toks[i-1].fold != "," || len(s.actors) < 2 {
		return 0
	}
	n := 0
	for x := len(s.actors) - 1; x >= 0; x-- {
		ac := s.actors[x]
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
			break
		}
		if n == 0 && ac.end != i-1 || n > 0 && !listGap(toks[ac.end:s.actors[x+1].start]) {
			break
		}
		n++
	}
	if n < 2 {
		return 0
	}
	return n
}

// givenStateName reads a person's name at toks[k] whose given name is a
// state's ("Jordan Velt", "Israel Barak"): one word the lexicon reads as a
// state, then a capitalised word it knows nothing of. It is tried only
// where a person must stand, after an office; it returns the person and
// the name's end, or nil.
func (a *article) givenStateName(s *sentence, k int) (*entry, int) {
	toks := s.toks
	m := mentionAt(s, k)
	if m == nil || m.end != k+1 || m.entry.typ != graph.Country || m.possessive || k+1 >= len(toks) {
		return nil, 0
	}
	next := toks[k+1]
	if !next.word || !next.cap || next.hyphen || next.info != nil || inMention(s.mentions, k+1) != nil {
		return nil, 0
	}
	end := k + 2
	name := textOf(toks, k, end)
	e := a.discovered(name, graph.Person)
	if e.typ != graph.Person {
		return nil, 0
	}
	*m = mention{start: k, end: end, entry: e, possessive: end < len(toks) && toks[end].fold == "'s"}
	a.see(e, name)
	return e, end
}

// otherOfficeHolder reads, at toks[k] after an office and its comma, one
// person named with an office of his own that closes the appositive,
// "Chilean President X," in "the bloc's chairman, Chilean President X,",
// the office named with its own state or body or in capitals.
// It returns the person and the index after the closing comma, or nil;
// the inner office's facts are stated as it is read.
func (a *article) otherOfficeHolder(s *sentence, k int) (*entry, int) {
	toks := s.toks
	// The office names its own state or body ("Chilean President",
	// "Peru's Foreign Minister") or is a title set before a name in
	// capitals ("Prime Minister X"); a bare office in lower case ("the
	// envoy, foreign minister X") is read as a list's.
	if _, j, n := titleAt(toks, k); n == 0 || !toks[j].cap {
		qs, e := a.roster.qualifiers(s, k)
		if len(qs) == 0 {
			return nil, 0
		}
		if _, _, n := titleAt(toks, e); n == 0 {
			return nil, 0
		}
	}
	ac, _ := a.titledActor(s, k)
	if ac == nil || len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ref != refNone {
		return nil, 0
	}
	p := ac.ents[0]
	for _, m := range s.mentions {
		if m.entry == p && m.start >= k && closesAppositive(toks, m.end) {
			end := m.end
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
			return p, end
		}
	}
	return nil, 0
}

// siteAfterName reports whether the capitalised words right after a name
// ending at toks[e] end in a site's or region's noun (not-surname): the
// name and the words name the site, "King Salman Air Base".
func siteAfterName(toks []token, e int) bool {
	for x := e; x < len(toks) && x < e+3 && toks[x].word && toks[x].cap; x++ {
		if toks[x].in(setNotSurname) {
			return true
		}
	}
	return false
}
