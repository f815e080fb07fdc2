package loaders

import "github.com/entente/entente/graph"

// bareTitle is a person named after an office of state that names no
// state, "President X said", "Government spokesman X told": the sentence
// leaves the state to the context (settleBareTitles).
type bareTitle struct {
	s      *sentence
	i      int // the office's first token
	person *entry
	office graph.Predicate
	word   string
}

// readBareTitle names the reading of settleBareTitles in Explain.
const readBareTitle = "reading bare-title"

// settleBareTitles gives each person named after a bare office of state
// ("President X", "Defence Minister X", "Government spokesman X") the
// state an analyst reads from the context, once every sentence's names are
// known: the state the sentence sets its scene in before the office ("In
// Nairobi, President X said", "in Ruritania, where Prime Minister X ...",
// frameState, unless it is not the report's state and an earlier sentence
// sent a delegation or a visitor there, visitedBefore), else the state the
// whole report is about (reportState) — but for a government member's
// office ("Information Minister X"), which many states give at once, only
// the sentence's own scene or side. The state is given only where the
// context is unambiguous (onlyStateIn): the sentence names no other state
// but as a place, and names the report's state itself only as its scene or
// as the owner of one of its bodies; a sentence that names it otherwise
// may be about it rather than in its voice ("President X unveiled a plan
// to end the Libyan crisis"). Nothing is given to a visitor (a sentence
// with a word of a visit, but for a visit to a thing, travels), to one
// named the state's counterpart, to the same office given to two people in
// one sentence (several states' leaders), after a capitalised word the
// reading did not know ("Senate President X"; a member's office may follow
// a portfolio opening the sentence, "Communications Minister X"), or to a
// person the article or the catalog ties to another state. A side of talks
// named right before the office ("On the Peruvian side, Foreign Minister
// X", sideState) says whose delegation he is in, whatever other state or
// visit the sentence names.
func (a *article) settleBareTitles() {
	if len(a.bare) == 0 {
		return
	}
	report := a.reportState()
	for n, b := range a.bare {
		if !stateOffice(b.office) && b.office != graph.SpokespersonOf && b.office != graph.MemberOf {
			continue
		}
		if b.i > 0 && b.s.toks[b.i-1].cap && b.s.toks[b.i-1].word && (b.office != graph.MemberOf || !b.s.toks[b.i-1].in(setPortfolioWord) || mentionAt(b.s, b.i-1) != nil || b.i > 1 && b.s.toks[b.i-2].word) {
			// A member's office may follow its portfolio in capitals,
			// opening the sentence: "Communications Minister X said";
			// within it the capitals may name a region or a body
			// ("and Korvaland Information Minister X"), and any other
			// word opening it may make the office a rebel's or a
			// region's ("Rebel Information Minister X").
			continue
		}
		st, framed := report, false
		if b.office == graph.MemberOf {
			// A member's office is given by many states at once, and a
			// report names other states' ministers by bare title too:
			// only the sentence itself says whose it is.
			st = nil
		}
		side := sideState(b.s, b.i)
		if side != nil {
			st, framed = side, true
		} else if f := frameState(b.s, b.i); f != nil && (f == report || !a.visitedBefore(b.s, f)) {
			// A scene the report sent a delegation or a visitor to
			// before is the host's, and the office may be the guest's
			// ("Iran sent a delegation to Russia. In Moscow, Deputy
			// Defence Minister X said").
			st, framed = f, true
		}
		if st == nil || b.person.country != "" && b.person.country != st.name {
			continue
		}
		if h := a.roster.articleState(b.person); h != nil && h != st {
			continue
		}
		if side == nil && (!a.onlyStateIn(b.s, st, framed) || travels(b.s)) || a.counterpartOfState(b.s, b.i, st) || a.sameOfficeTwice(n) {
			// A side of talks says whose delegation the office is
			// in, whatever other state or visit the sentence names.
			continue
		}
		a.stateRole(b.s, b.person, b.office, st, 0.7, b.word, readBareTitle, false)
	}
}

// travels reports whether sentence s has a word of a visit ("visited",
// "arrived", "flew", "had been") that may take its subject abroad: any
// but one whose object is a common noun after an article, "visited the
// wounded", "visited a camp", which an official makes at home.
func travels(s *sentence) bool {
	toks := s.toks
	for k := range toks {
		if !toks[k].in(setVisitVerb) {
			continue
		}
		if k+2 < len(toks) && toks[k+1].is(classDeterminer) && toks[k+2].word && !toks[k+2].cap && mentionAt(s, k+2) == nil {
			continue
		}
		return true
	}
	return false
}

// visitedBefore reports whether a sentence before s sends a delegation or
// a visitor to st: "Iran sent a delegation to Russia", "the minister
// arrived in Moscow", "visited Russia" (st by name or capital after "to"
// or "in" in a sentence with a word of a visit, a delegation or a sending,
// or right after a verb of a visit).
func (a *article) visitedBefore(s *sentence, st *entry) bool {
	for _, p := range a.sentences {
		if p.index >= s.index {
			break
		}
		toks := p.toks
		for _, m := range p.mentions {
			if m.entry != st || m.start == 0 || m.possessive || m.kind == aliasDemonym {
				continue
			}
			// The sentence's words of a trip are looked for only once
			// st stands after "to" or "in".
			if prev := toks[m.start-1]; prev.in(setVisitVerb) || (prev.fold == "to" || prev.fold == "in") && tripWords(toks) {
				return true
			}
		}
	}
	return false
}

// tripWords reports whether toks hold a word of a visit, a sending or a
// delegation (visitedBefore).
func tripWords(toks []token) bool {
	return anyIn(toks, setVisitVerb) || anyIn(toks, setSendVerb) || anyIn(toks, setDelegationNoun) || anyIn(toks, setDelegationRef)
}

// sameOfficeTwice reports whether the sentence of a.bare[n] gives its bare
// office to another person too: "President X and President Y met".
func (a *article) sameOfficeTwice(n int) bool {
	b := a.bare[n]
	for m, o := range a.bare {
		if m != n && o.s == b.s && o.office == b.office && o.person != b.person {
			return true
		}
	}
	return false
}

// onlyStateIn reports whether sentence s leaves a bare office to st: it
// names no state or self-governing region but as a place ("told reporters
// in Yaounde", "on his return from Abidjan", its dateline), and names st
// only so, as the owner of one of its bodies ("Cameroon's Constitutional
// Council"), or, when framed, anywhere ("In Nairobi, President X said
// Kenya would ...").
func (a *article) onlyStateIn(s *sentence, st *entry, framed bool) bool {
	for _, m := range s.mentions {
		if m.entry.typ != graph.Country {
			if a.x.regionBody(m.entry) {
				return false
			}
			continue
		}
		if framed && m.entry == st || datelineAt(s, m) {
			continue
		}
		if ac := actorStarting(s, m.start); ac != nil && ac.locative {
			continue
		}
		if m.entry == st && (m.possessive || m.kind == aliasDemonym) {
			k := m.end
			if m.possessive {
				k++
			}
			if o := mentionAt(s, k); o != nil && o.entry.typ == graph.Organization {
				continue
			}
		}
		return false
	}
	return true
}

// datelineAt reports whether m opens s as its dateline: "N'Djamena (AFP)
// -", "Kinshasa -", "Damascus, May 3, AFP -" (a place and a date).
func datelineAt(s *sentence, m mention) bool {
	toks := s.toks
	if m.start != 0 || m.end >= len(toks) {
		return false
	}
	return isDash(toks[m.end]) || toks[m.end].fold == "(" || toks[m.end].fold == "," && m.end+1 < len(toks) && isMonth(toks[m.end+1])
}

// frameState returns the state a sentence sets its scene in right before
// the office at toks[i]: "In Nairobi, President X", "Back in Belgrade,
// Foreign Minister X", "in Ruritania, where Prime Minister X"; nil when
// there is none. A side of talks named there (sideState) comes first, and
// settleBareTitles reads it before this.
func frameState(s *sentence, i int) *entry {
	toks := s.toks
	k := i - 1
	if k >= 1 && toks[k].fold == "where" {
		k--
	}
	if k < 2 || toks[k].fold != "," {
		return nil
	}
	if toks[k-1].in(setWeekday) && toks[k-2].fold == "on" {
		// "In Tokyo on Monday, Foreign Minister X": the day after the
		// scene.
		k -= 2
	}
	for _, m := range s.mentions {
		if m.end == k && m.entry.typ == graph.Country && !m.possessive && m.kind != aliasDemonym && m.start >= 1 && toks[m.start-1].fold == "in" {
			return m.entry
		}
	}
	return nil
}

// reportState returns the state the article reports on, as an analyst
// reads it from the whole text: the state its sentences name, by name,
// capital or adjective, at least three times and more than twice as often
// as any other, the dateline's counting once more; nil when none stands
// out so. Unlike mainState, which a bare "the army" follows, it admits
// other states named in passing, and it counts the names as read (a
// state's word inside a body's name is the body's): it is read once every
// sentence's names are known.
//
// A report that names several states often follows the convention of
// every outlet: the officials of its home state go by bare title
// ("President X"), those of the others by their state's adjective or
// possessive ("Ruritanian President Y", "Syldavia's foreign minister",
// "his Borduran counterpart"). A state whose offices the text marks so
// is foreign to the report (foreignStates) and no rival of the home
// state. So when no state stands out among all, the report's state is
// the one named most, if the text never marks it, it is named at least
// three times, every other state named at least half as often is marked
// foreign, and a dateline, if the report has one, names it (the
// furniture's, or one left in the lead, leadDateline). Where two
// unmarked states compete, or a marked one is named more, there is
// none.
func (a *article) reportState() *entry {
	home := a.datelineState()
	var counts map[*entry]int
	if home != nil {
		counts = map[*entry]int{home: 1}
	}
	for _, s := range a.sentences {
		for _, m := range s.mentions {
			if m.entry.typ == graph.Country {
				if counts == nil {
					counts = make(map[*entry]int)
				}
				counts[m.entry]++
			}
		}
	}
	if top := standsOut(counts); top != nil {
		return top
	}
	foreign := a.foreignStates()
	if len(foreign) == 0 {
		return nil
	}
	var top *entry
	for e, c := range counts {
		if !foreign[e] && (top == nil || c > counts[top]) {
			top = e
		}
	}
	if top == nil || counts[top] < 3 || home != nil && home != top {
		return nil
	}
	for e, c := range counts {
		if e != top && (foreign[e] && c > counts[top] || !foreign[e] && 2*c >= counts[top]) {
			return nil
		}
	}
	return top
}

// standsOut returns the state of counts named at least three times and
// more than twice as often as any other; nil when none is.
func standsOut(counts map[*entry]int) *entry {
	var top *entry
	nTop, nSecond := 0, 0
	for e, c := range counts {
		switch {
		case c > nTop:
			top, nTop, nSecond = e, c, nTop
		case c > nSecond:
			nSecond = c
		}
	}
	if nTop >= 3 && nTop > 2*nSecond {
		return top
	}
	return nil
}

// foreignStates returns the states whose offices the article marks with
// the state's adjective or possessive, "Ruritanian President X",
// "Syldavia's defence minister", "his Borduran counterpart": the text
// names them as foreign to the report. A plural office ("Ruritanian
// ministers") or a body's ("Ruritanian army chief") marks nothing.
func (a *article) foreignStates() map[*entry]bool {
	var foreign map[*entry]bool
	for _, s := range a.sentences {
		for _, m := range s.mentions {
			if m.entry.typ != graph.Country || !m.possessive && m.kind != aliasDemonym || m.memory {
				continue
			}
			k := m.end
			if m.possessive {
				k++
			}
			t, j, n := titleAt(s.toks, k)
			if n > 0 && j == k && !t.plural && t.predicate != "" && t.target == targetCountry || a.x.words.has(classCounterpart, s.toks, k) > 0 {
				if foreign == nil {
					foreign = make(map[*entry]bool)
				}
				foreign[m.entry] = true
			}
		}
	}
	return foreign
}

// datelineState returns the state of the report's dateline: the one its
// furniture names (a.home), else the one left in the lead (leadDateline).
func (a *article) datelineState() *entry {
	if a.home != nil {
		return a.home
	}
	return a.leadDateline()
}

// leadDateline returns the state a dateline the furniture left in the
// lead names, "Tripoli – The commander ...", "Yaounde (Cameroon) - At
// least ...", or on a line of its own, "Beirut - The Daily Courier": one
// of the lines before the first sentence that is no headline, or that
// sentence, opens with the state's name or capital, followed by a dash
// or a parenthesis; nil when none does.
func (a *article) leadDateline() *entry {
	for _, s := range a.sentences {
		if len(s.mentions) > 0 && s.mentions[0].entry.typ == graph.Country && s.mentions[0].kind != aliasDemonym && datelineAt(s, s.mentions[0]) {
			return s.mentions[0].entry
		}
		if !s.headline {
			return nil
		}
	}
	return nil
}

// sideState returns the state whose side of talks a sentence names right
// before the office at toks[i]: "On the Peruvian side, Foreign Minister X
// and ...", "On the Chilean side were Defence Minister X, ...": the office
// opening the side's list is that state's. A side of a place ("on the
// Chilean side of the border") names no delegation.
func sideState(s *sentence, i int) *entry {
	toks := s.toks
	k := i - 1
	if k >= 0 && (toks[k].fold == "," || toks[k].in(setCopula)) {
		k--
	}
	if k < 3 || !toks[k].in(setSideNoun) {
		return nil
	}
	for _, m := range s.mentions {
		if m.end == k && m.entry.typ == graph.Country && !m.possessive && m.start >= 2 && toks[m.start-1].fold == "the" && toks[m.start-2].in(setSidePrep) {
			return m.entry
		}
	}
	return nil
}
