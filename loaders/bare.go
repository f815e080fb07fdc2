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
// state an analyst reads from the context, once every sentence's names
// are known: the state the sentence sets its scene in before the office
// ("In Nairobi, President X said", "in Ruritania, where Prime Minister X
// ...", frameState), else the state the whole report is about
// (reportState). The state is given only where the context is
// unambiguous (onlyStateIn): the sentence names no other state but as a
// place, and names the report's state itself only as its scene or as the
// owner of one of its bodies; a sentence that names it otherwise may be
// about it rather than in its voice ("President X unveiled a plan to end
// the Libyan crisis"). Nothing is given to a visitor (a sentence with a
// word of a visit), to one named the state's counterpart, to the same
// office given to two people in one sentence (several states' leaders),
// after a capitalised word the reading did not know ("Senate President
// X"), or to a person the article or the catalog ties to another state.
func (a *article) settleBareTitles() {
	if len(a.bare) == 0 {
		return
	}
	report := a.reportState()
	for n, b := range a.bare {
		if !stateOffice(b.office) && b.office != graph.SpokespersonOf {
			continue
		}
		if b.i > 0 && b.s.toks[b.i-1].cap && b.s.toks[b.i-1].word {
			continue
		}
		st, framed := report, false
		if f := frameState(b.s, b.i); f != nil {
			st, framed = f, true
		}
		if st == nil || b.person.country != "" && b.person.country != st.name {
			continue
		}
		if h := a.roster.articleState(b.person); h != nil && h != st {
			continue
		}
		if !a.onlyStateIn(b.s, st, framed) || anyIn(b.s.toks, setVisitVerb) || a.counterpartOfState(b.s, b.i, st) || a.sameOfficeTwice(n) {
			continue
		}
		a.stateRole(b.s, b.person, b.office, st, 0.7, b.word, readBareTitle, false)
	}
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
// -", "Kinshasa -".
func datelineAt(s *sentence, m mention) bool {
	return m.start == 0 && m.end < len(s.toks) && (isDash(s.toks[m.end]) || s.toks[m.end].fold == "(")
}

// frameState returns the state a sentence sets its scene in right before
// the office at toks[i]: "In Nairobi, President X", "Back in Belgrade,
// Foreign Minister X", "in Ruritania, where Prime Minister X"; nil when
// there is none.
func frameState(s *sentence, i int) *entry {
	toks := s.toks
	k := i - 1
	if k >= 1 && toks[k].fold == "where" {
		k--
	}
	if k < 2 || toks[k].fold != "," {
		return nil
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
func (a *article) reportState() *entry {
	var counts map[*entry]int
	if a.home != nil {
		counts = map[*entry]int{a.home: 1}
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
