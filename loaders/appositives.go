package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// describedPerson discovers a person the catalog lacks from the role
// that follows the name: "Omar Haddad, secretary of the Supreme Military
// Council,".
func (a *article) describedPerson(s *sentence, i int) (*actor, int) {
	toks := s.toks
	start := i
	if n := a.x.words.has(classRank, toks, i); n > 0 {
		// "Colonel Ryan Dillon, the coalition's spokesman,".
		i += n
		if i < len(toks) && toks[i].fold == "." && !toks[i].space {
			i++
		}
	}
	if i >= len(toks) || !toks[i].cap || mentionAt(s, i) != nil {
		return nil, 0
	}
	j := nameRun(s, i)
	if j > 0 && start == i && j < len(toks) && (toks[j].fold == "and" || toks[j].fold == ",") {
		if ac, end := a.peopleOfPluralOffice(s, i); ac != nil {
			return ac, end
		}
	}
	if j > i+1 && j+1 < len(toks) && start > 0 && toks[start-1].in(setOfficeVerb) && !toks[start-1].in(setAuxVerb) && (toks[j].fold == "as" && a.officeAfterAs(s, j+1) || ownedOfficeAt(toks, j) && !toks[j-1].is(classOrgHead) && a.officeAfterAs(s, j)) {
		// "the assembly appointed Mira Castell as prime minister", "the
		// Front named Ivo Tarsh its new leader": the office given says
		// the name is a person's; the appointment is read with the
		// sentence's actors.
		if person, end := a.personAt(s, i); person != nil {
			return &actor{start: start, end: end, ents: []*entry{person}}, end
		}
	}
	if j == 0 || j+1 >= len(toks) || toks[j].fold != "," {
		return nil, 0
	}
	k := j + 1
	if toks[k].is(classDeterminer) && mentionAt(s, k) == nil {
		// "the UN" may be a name of its own.
		k++
	}
	_, k = a.roster.qualifiers(s, k)
	k = fileBeforeOffice(s, k)
	if t, n := matchTitle(toks, k); (n == 0 || t.predicate == "" && !toks[k+n-1].in(setAdviserNoun)) && (!relativeOffice(toks, k) || titleWithin(toks, i, j)) {
		// "Parliament Speaker X, who heads the movement,": the title
		// before the name is read with it.
		return nil, 0
	} else if n > 0 && t.plural {
		// "Peru armed Vantar Front, officials said", "..., US officials
		// say": offices in the plural after one name are the sentence's
		// source, never the name's appositive.
		return nil, 0
	}
	person, end := a.personAt(s, i)
	if person == nil {
		return nil, 0
	}
	ac := &actor{start: start, end: end, ents: []*entry{person}}
	ac.end = a.appositiveRole(s, person, end, "")
	return ac, ac.end
}

// ownedOfficeAt reports whether toks[k] opens an office given with no
// "as", by its owner: "its", "their" or a name's possessive ("named X
// its leader", "elected X the Front's chairman"), not "the" alone, which
// may open the next phrase.
func ownedOfficeAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].fold == "its" || toks[k].fold == "their" {
		return true
	}
	if toks[k].fold == "the" {
		k++
	}
	for e := k; e < len(toks) && e < k+5 && toks[e].word && toks[e].cap; e++ {
		if e+1 < len(toks) && toks[e+1].fold == "'s" {
			return true
		}
	}
	return false
}

// officeAfterAs reports whether an office with a role follows "as" at
// toks[k], owned or not: "as prime minister", "as the Front's new
// leader", "as its envoy".
func (a *article) officeAfterAs(s *sentence, k int) bool {
	toks := s.toks
	if k < len(toks) && (toks[k].is(classDeterminer) || toks[k].fold == "its" || toks[k].fold == "their") {
		k++
	}
	if m := mentionAt(s, k); m != nil && m.possessive && isBody(m.entry) && m.end+1 < len(toks) {
		k = m.end + 1
	}
	for k < len(toks) && toks[k].is(classTitleAdjective) {
		k++
	}
	t, j, n := titleAt(toks, k)
	return n > 0 && j == k && !t.plural && t.predicate != ""
}

// peopleOfPluralOffice discovers the people of a list of new names at
// toks[i] that a plural office after it describes, "Mira Castell and
// Tomas Ribar, both members of the Council,", "chose A, B and C as
// deputy ministers of ...": the office says the names are people's. The
// list is then read as any list of known people, the office with it.
func (a *article) peopleOfPluralOffice(s *sentence, i int) (*actor, int) {
	toks := s.toks
	var runs [][2]int
	k, last := i, false
	for len(runs) < 6 {
		if k >= len(toks) || !toks[k].cap || toks[k].is(classStopword) {
			return nil, 0
		}
		j := k
		if m := mentionAt(s, k); m != nil {
			if m.entry.typ != graph.Person {
				return nil, 0
			}
			j = m.end
		} else if j = nameRun(s, k); j == 0 || j-k < 2 {
			// One capitalised word is no name of its own here.
			return nil, 0
		}
		runs = append(runs, [2]int{k, j})
		if last || j >= len(toks) {
			break
		}
		switch {
		case j+1 < len(toks) && toks[j].fold == "," && toks[j+1].fold == "and":
			k, last = j+2, true
		case toks[j].fold == "and":
			k, last = j+1, true
		case toks[j].fold == "," && pluralNameNext(s, j+1):
			k = j + 1
		default:
			return nil, 0
		}
	}
	if len(runs) < 2 {
		return nil, 0
	}
	end := runs[len(runs)-1][1]
	if end >= len(toks) || toks[end].fold != "," && toks[end].fold != "as" {
		return nil, 0
	}
	o := end + 1
	for o < len(toks) && (toks[o].is(classDeterminer) || toks[o].fold == "both" || toks[o].fold == "all" || a.x.words.numbers[toks[o].fold] > 0 || toks[o].is(classTitleAdjective) || toks[o].in(setRankAdjective)) {
		o++
	}
	// "A and B, the Peruvian and Chilean foreign ministers,": the
	// states' adjectives say whose offices, as "of" does after them.
	demonyms := 0
	for {
		m := mentionAt(s, o)
		if m == nil || m.kind != aliasDemonym || m.entry.typ != graph.Country {
			break
		}
		demonyms++
		o = m.end
		if o+1 < len(toks) && (toks[o].fold == "," || toks[o].is(classCoordinator)) {
			if next := mentionAt(s, o+1); next != nil && next.kind == aliasDemonym {
				o++
			}
		}
	}
	t, tj, n := titleAt(toks, o)
	if n == 0 || tj != o || !t.plural || t.predicate == "" || tj+n >= len(toks) || toks[tj+n].fold != "of" && (demonyms < 2 || !closesAppositive(toks, tj+n)) {
		return nil, 0
	}
	people := make([]*entry, 0, len(runs))
	for _, r := range runs {
		p, _ := a.personAt(s, r[0])
		if p == nil {
			return nil, 0
		}
		people = append(people, p)
	}
	if toks[end].fold == "as" {
		// "included A and B as members of the Council": no appositive
		// to read the office with; the office is each name's.
		b := tj + n + 1
		if b < len(toks) && toks[b].is(classDeterminer) {
			b++
		}
		if m := mentionAt(s, b); m != nil && !m.possessive && t.fits(m.entry) {
			for _, p := range people {
				a.roleFact(s, p, t.predicate, m.entry, 0.8, "", readTitle)
			}
		}
	}
	return a.namedActor(s, i)
}

// pluralNameNext reports whether the words at toks[k] go on with a
// capitalised name of two words or more, the list's next member.
func pluralNameNext(s *sentence, k int) bool {
	if m := mentionAt(s, k); m != nil {
		return m.entry.typ == graph.Person
	}
	j := nameRun(s, k)
	return j > 0 && j-k >= 2
}

// describedAcronym reads, at toks[k], a state's or body's possessive, one
// to four lower-case words describing one of its bodies and the body's
// acronym, which the lexicon does not know, closing the appositive:
// "Ukraine's military intelligence agency HUR". The body is named by the
// acronym and is part of the owner. It returns its mention, or nil.
func (a *article) describedAcronym(s *sentence, k int) *mention {
	toks := s.toks
	m := mentionAt(s, k)
	if m == nil || m.entry.typ != graph.Country && m.entry.typ != graph.Organization || m.end >= len(toks) {
		return nil
	}
	// The owner's "'s" after its name, or inside a mention that reads
	// on: "Ukraine's military" is read as the state.
	j, owned := m.end, false
	if toks[j].fold == "'s" {
		j, owned = j+1, true
	}
	for x := m.start; x < m.end && !owned; x++ {
		owned = toks[x].fold == "'s"
	}
	if !owned {
		return nil
	}
	w := j
	for w < len(toks) && w < j+4 && toks[w].word && !toks[w].cap && mentionAt(s, w) == nil {
		w++
	}
	if w >= len(toks) || !toks[w-1].in(setBodyHead) && !toks[w-1].in(setOfficeBodyHead) {
		return nil
	}
	if b := mentionAt(s, w); b != nil {
		// An acronym read already as a body.
		if b.entry.typ != graph.Organization || !toks[w].upper || !closesAppositive(toks, b.end) {
			return nil
		}
		a.partOf(s, b.entry, m.entry, 0.8, readOwnedName)
		return b
	}
	e := acronymEnd(s, w)
	if e == w || !closesAppositive(toks, e) {
		return nil
	}
	owner := m.entry // m is in s.mentions, which the new mention reorders
	b := a.bodyMention(s, w, e)
	if b != nil {
		a.partOf(s, b.entry, owner, 0.8, readOwnedName)
	}
	return b
}

// fileBeforeOffice returns the index of an office after one or two
// lower-case words that name its file at toks[k], "humanitarian chief",
// "peace and security commissioner", "foreign-policy adviser", or after
// a possessive one or two capitalised ones, "Sahel director"; else k.
func fileBeforeOffice(s *sentence, k int) int {
	toks := s.toks
	if _, n := matchTitle(toks, k); n > 0 {
		return k
	}
	for e := k + 1; e <= k+3 && e < len(toks) && toks[e-1].word && !toks[e-1].cap && mentionAt(s, e-1) == nil && !toks[e-1].in(setRelativePronoun); e++ {
		if t, n := matchTitle(toks, e); n > 0 && !t.plural {
			return e
		}
	}
	if k > 0 && toks[k-1].fold == "'s" {
		// "HRW's Sahel director": after a body's possessive, a file in
		// capitals before a head's or member's office.
		for e := k + 1; e <= k+2 && e < len(toks) && toks[e-1].word && toks[e-1].cap && !toks[e-1].is(classStopword) && mentionAt(s, e-1) == nil && !coveredAt(s, e-1); e++ {
			if t, n := matchTitle(toks, e); n > 0 && !t.plural && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) {
				return e
			}
		}
	}
	return k
}

// titleWithin reports whether a title opens at one of toks[i:j].
func titleWithin(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if _, n := matchTitle(toks, k); n > 0 {
			return true
		}
	}
	return false
}

// portfolioEnd returns the end of one to three lower-case words at toks[k]
// that name no one and close the appositive, "reintegration", "peace
// and security"; or 0.
func portfolioEnd(s *sentence, k int) int {
	toks := s.toks
	for e := k; e < len(toks) && e < k+3; e++ {
		if !toks[e].word || toks[e].cap || mentionAt(s, e) != nil {
			return 0
		}
		if closesAppositive(toks, e+1) || skipSecondDescription(toks, e+1) != e+1 {
			// "minister of communication and the government's
			// spokesperson,": a second description may follow.
			return e + 1
		}
	}
	return 0
}

// capPortfolioEnd returns the end of a capitalised portfolio at toks[k]
// that closes the appositive, "Territorial Administration and
// Decentralisation", "Peace and Security": up to eight capitalised words,
// with "and", "of" and "the" between, naming no person or body; or 0.
func capPortfolioEnd(s *sentence, k int) int {
	toks := s.toks
	if k >= len(toks) || !toks[k].cap {
		return 0
	}
	for e := k; e < len(toks) && e < k+8; e++ {
		t := toks[e]
		if !t.word || !t.cap && t.fold != "and" && t.fold != "of" && t.fold != "the" {
			return 0
		}
		if m := mentionAt(s, e); m != nil && m.entry.typ != graph.Place && m.entry.typ != graph.Country {
			return 0
		}
		if t.cap && closesAppositive(toks, e+1) {
			return e + 1
		}
	}
	return 0
}

// relativeOffice reports whether a relative clause at toks[k] states an
// office by its verb: "who heads", "who speaks for".
func relativeOffice(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].fold != "who" {
		return false
	}
	return headVerbAt(toks, k+1) > 0 || toks[k+1].in(setSpeakVerb) && toks[k+2].fold == "for"
}

// rankedOfState returns the end of "of" and a state after a person
// named with a rank alone and ending at end, "Captain A of Burkina
// Faso", or end. The rank states no office, so no role is read.
func (a *article) rankedOfState(s *sentence, person *entry, end int) int {
	toks := s.toks
	if end+1 >= len(toks) || toks[end].fold != "of" {
		return end
	}
	var pm *mention
	for i := range s.mentions {
		if m := &s.mentions[i]; m.end == end && m.entry == person {
			pm = m
		}
	}
	if pm == nil || pm.start == 0 || !toks[pm.start-1].is(classRank) {
		return end
	}
	if _, tj, tn := titleAt(toks, max(0, pm.start-4)); tn > 0 && tj+tn == pm.start {
		// "President Omar Zand of Peru" is read with the title.
		return end
	}
	m := mentionAt(s, end+1)
	if m == nil || m.entry.typ != graph.Country || m.possessive || m.kind == aliasDemonym {
		return end
	}
	return m.end
}

// theCountrys reports whether toks[i] opens "the country's", or "the
// kingdom's" (kingdom-noun), which countryReferent reads as a kingdom.
func theCountrys(toks []token, i int) bool {
	return i+3 < len(toks) && toks[i].fold == "the" && (toks[i+1].fold == "country" || toks[i+1].in(setKingdomNoun)) && toks[i+2].fold == "'s"
}

// royalState reports whether the article, up to sentence si, names a
// monarch's title right after the state st's name or adjective ("Jordan's
// King X", "Saudi Crown Prince Y"): "the kingdom" may stand for st. A
// state the text gives no monarch is none, whatever the world says: a
// renamed report keeps its titles.
func (a *article) royalState(st *entry, si int) bool {
	for _, t := range a.sentences[:min(si+1, len(a.sentences))] {
		for _, m := range t.mentions {
			if m.entry != st {
				continue
			}
			k := m.end
			if k < len(t.toks) && t.toks[k].fold == "'s" {
				k++
			}
			r := -1
			if k < len(t.toks) && t.toks[k].cap && t.toks[k].in(setRoyalWord) {
				r = k
			} else if k+1 < len(t.toks) && t.toks[k].cap && t.toks[k+1].cap && t.toks[k+1].in(setRoyalWord) {
				r = k + 1
			}
			if r >= 0 && !royalOfOther(t, r) {
				return true
			}
		}
	}
	return false
}

// royalOfOther reports whether the monarch's title whose royal word is
// t.toks[r] goes on, after the name, with "of" and a name that is no
// state: "Ghanaian King Omar Zand of the Ashanti" is a king of the
// Ashanti, which makes no kingdom of Ghana.
func royalOfOther(t *sentence, r int) bool {
	j := r + 1
	for j < len(t.toks) && t.toks[j].cap {
		j++
	}
	if j >= len(t.toks) || t.toks[j].fold != "of" {
		return false
	}
	k := j + 1
	if k < len(t.toks) && t.toks[k].fold == "the" {
		k++
	}
	if k >= len(t.toks) || !t.toks[k].cap {
		return false
	}
	for _, m := range t.mentions {
		if (m.start == j+1 || m.start == k) && m.entry.typ == graph.Country {
			return false
		}
	}
	return true
}

// countryReferent returns the state "the country" at toks[i] refers to:
// the only state the sentence names before it or, when it names none,
// the only one of the nearest sentence before that names any. Two
// states there leave it unknown. "The kingdom" (kingdom-noun) is that
// state only when the article gave it a monarch (royalState).
func (a *article) countryReferent(s *sentence, i int) *entry {
	if i+1 < len(s.toks) && s.toks[i].fold == "the" && s.toks[i+1].in(setKingdomNoun) {
		return a.kingdomReferent(s, i)
	}
	return a.stateReferent(s, i)
}

// kingdomReferent returns the state "the kingdom" at toks[i] refers to:
// the one kingdom (royalState) the sentence names before it, in a
// person's title too ("X met Bahrain's Crown Prince Y, who is also the
// kingdom's prime minister"), else the one the sentence before names,
// else the state "the country" would name when it is a kingdom; nil
// otherwise, or when two kingdoms are named there.
func (a *article) kingdomReferent(s *sentence, i int) *entry {
	one := func(t *sentence, end int) (king *entry, two bool) {
		for _, m := range t.mentions {
			if m.start >= end || m.entry.typ != graph.Country || m.entry == king || !a.royalState(m.entry, s.index) {
				continue
			}
			if king != nil {
				return nil, true
			}
			king = m.entry
		}
		return king, false
	}
	if king, two := one(s, i); king != nil || two {
		return king
	}
	if s.index > 0 {
		if king, two := one(a.sentences[s.index-1], len(a.sentences[s.index-1].toks)); king != nil || two {
			return king
		}
	}
	if e := a.stateReferent(s, i); e != nil && a.royalState(e, s.index) {
		return e
	}
	return nil
}

// stateReferent is countryReferent, whatever noun follows "the".
func (a *article) stateReferent(s *sentence, i int) *entry {
	only := func(acs []*actor, before int) (*entry, bool) {
		// "The delegation of the Syrian government was led by the
		// country's envoy": the government's state.
		return a.onlyState(func(yield func(*entry) bool) {
			for _, ac := range acs {
				if before >= 0 && ac.start >= before {
					return
				}
				for _, e := range ac.ents {
					if !yield(e) {
						return
					}
				}
			}
		})
	}
	if e, named := only(s.actors, i); named {
		return e
	}
	for p := s.index - 1; p >= max(0, s.index-2); p-- {
		if e, named := only(a.sentences[p].actors, -1); named {
			return e
		}
	}
	return nil
}

// headVerbAt returns the length of a verb by which a person heads a body
// at toks[j] ("heads", "co-chair"), or 0.
func headVerbAt(toks []token, j int) int {
	if j >= len(toks) {
		return 0
	}
	if toks[j].fold == "co" && j+1 < len(toks) && toks[j+1].hyphen && (toks[j+1].in(setHeadVerb) || toks[j+1].in(setPluralHeadVerb)) {
		return 2
	}
	// A plural verb only right after "who": in "who was appointed head
	// of" the word is the office's noun.
	if toks[j].in(setHeadVerb) || toks[j].in(setPluralHeadVerb) && j > 0 && toks[j-1].fold == "who" {
		return 1
	}
	return 0
}

// sharedHeadVerb reports whether the head verb of n tokens at toks[j]
// has a plural subject: a "co-" verb ("who co-chaired") or a present
// form without "-s" ("who lead").
func sharedHeadVerb(toks []token, j, n int) bool {
	if n == 2 {
		return true
	}
	f := toks[j].fold
	return !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ed") && f != "led"
}

// coHolders returns the people named in a list just before person's
// mention, which ends at end: "Kofi Mensah and Mira Castell, who
// co-chair the group," gives Kofi Mensah for Mira Castell.
func coHolders(s *sentence, person *entry, end int) []*entry {
	toks := s.toks
	endingAt := func(k int) *mention {
		for i := range s.mentions {
			if m := &s.mentions[i]; m.end == k && !m.possessive {
				return m
			}
		}
		return nil
	}
	m := endingAt(end)
	if m == nil || m.entry != person {
		return nil
	}
	var out []*entry
	for k := m.start; k > 0; {
		c := k - 1
		if toks[c].fold != "and" && toks[c].fold != "," {
			break
		}
		if toks[c].fold == "and" && c > 0 && toks[c-1].fold == "," {
			c--
		}
		p := endingAt(c)
		if p == nil || p.entry.typ != graph.Person || p.entry == person {
			break
		}
		out = append(out, p.entry)
		k = p.start
	}
	return out
}

// appositiveRole reads a role after a name, ", secretary of the Supreme
// National Security Council,", states it and returns the end of the
// appositive (or end when there is none). outer is the title word of
// the office the name was read with, for a role stated before the
// appositive's own title.
func (a *article) appositiveRole(s *sentence, person *entry, end int, outer string) int {
	r := a.appositiveOffice(s, person, end, outer)
	if r > end+3 {
		a.appositiveAlly(s, person, end, r)
	}
	return r
}

// allyPartnerNouns are the word sets of the nouns that name an ally or a
// partner: "an ally of", "a partner of".
var allyPartnerNouns = setsOf(setAllyNoun, setPartnerNoun)

// appositiveAlly reads, in the appositive of person that ends before
// toks[r], a second description that names an ally: "X, the speaker of
// parliament and a close ally of Y," (see secondDescriptionAlly).
func (a *article) appositiveAlly(s *sentence, person *entry, end, r int) {
	toks := s.toks
	n := -1
	for j := end + 1; j < r && j < len(toks); j++ {
		if toks[j].sets.hasAny(allyPartnerNouns) {
			n = j
		}
	}
	if n < 0 {
		return
	}
	for k := n - 1; k > end+1; k-- {
		if toks[k].fold != "and" {
			continue
		}
		if e := skipSecondDescription(toks, k); e > k && toks[e].fold == "," && (e+1 == r || e == r) {
			a.secondDescriptionAlly(s, person, k, e)
		}
		return
	}
}

// regionOfOffice returns the end of a place after "in" at toks[k] that
// says where an office is held ("deputy leader in Gaza", "commander in
// the Tarvo mountains": a place's mention, or capitalised words no
// mention claims with a place's noun, place-head, after them);
// k when there is none, or when a body is named there ("official in the
// Front" names his body).
func regionOfOffice(s *sentence, k int) int {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].fold != "in" {
		return k
	}
	j := k + 1
	if toks[j].fold == "the" {
		j++
	}
	e := j
	if m := mentionAt(s, j); m != nil {
		if m.possessive || m.entry.typ != graph.Place && (m.entry.typ != graph.Country || m.kind != aliasName) {
			return k
		}
		e = m.end
		return e
	}
	for e < len(toks) && toks[e].word && toks[e].cap && mentionAt(s, e) == nil {
		e++
	}
	if e == j || e >= len(toks) || !toks[e].word || toks[e].cap || !toks[e].in(setPlaceHead) {
		// Capitalised words alone may name anything ("in Parliament",
		// "in Operation Dawn"); only a place's noun after them makes
		// them a place.
		return k
	}
	return e + 1
}

// appositiveOffice reads the office in the appositive after person, for
// appositiveRole.
func (a *article) appositiveOffice(s *sentence, person *entry, end int, outer string) int {
	toks := s.toks
	if e := a.rankedOfState(s, person, end); e > end {
		// "Captain A of Burkina Faso and General B": the state is the
		// ranked man's, no member of a list with the next person.
		end = e
	}
	end = skipNickname(toks, end)
	if e := skipAlias(toks, end); e > end {
		// "X, alias Grom, the leader of ...": the appositive after the
		// other name, if any.
		if r := a.appositiveRole(s, person, e, outer); r > e {
			return r
		}
		return end
	}
	if e := skipAge(toks, end); e > end {
		// "X, 61, the leader of ...": the appositive after the age, if
		// any; else the age ends the name's words as it did.
		if r := a.appositiveRole(s, person, e, outer); r > e {
			return r
		}
		return end
	}
	if end >= len(toks) || toks[end].fold != "," && toks[end].fold != "who" {
		return end
	}
	j := end + 1
	if toks[end].fold == "who" {
		// A relative clause inside an appositive, read from "who":
		// "X, the former Nigerian president who serves as the AU's envoy,".
		j = end
	}
	if j < len(toks) && toks[j].fold == "who" {
		// ", who is also Putin's special envoy,", ", who serves as
		// secretary of the council,", ", who heads the militia,".
		j++
		for j < len(toks) && toks[j].in(setRelativeCopula) {
			j++
		}
		if j < len(toks) && toks[j].in(setOfficeVerb) && j > end+1 && toks[j-1].in(setAuxVerb) {
			// ", who was appointed head of the Front in 2020,".
			j++
			if j < len(toks) && toks[j].fold == "as" {
				j++
			}
		} else if n := becomes(toks, j); n > 0 {
			// ", who became leader of the Front,".
			j += n
		}
		if j+1 < len(toks) && toks[j].in(setSuccessionVerb) {
			// ", who succeeded Soleimani as commander of the Quds Force,".
			if m := mentionAt(s, j+1); m != nil && m.entry.typ == graph.Person && m.end < len(toks) && toks[m.end].fold == "as" {
				j = m.end + 1
			}
		}
		if j+2 < len(toks) && toks[j].in(setSpeakVerb) && toks[j+1].fold == "for" {
			// ", who speaks for the Front,": its spokesman.
			k := j + 2
			if toks[k].is(classDeterminer) {
				k++
			}
			if m := mentionAt(s, k); m != nil && isBody(m.entry) && !m.possessive {
				if e := skipParen(toks, m.end); closesAppositive(toks, e) {
					a.roleFact(s, person, graph.SpokespersonOf, m.entry, 0.8, "", readRoleAppositive)
					if e < len(toks) && toks[e].fold == "," {
						return e + 1
					}
					return e
				}
			}
			return end
		}
		if hv := headVerbAt(toks, j); hv > 0 {
			k := j + hv
			var others []*entry
			if sharedHeadVerb(toks, j+hv-1, hv) {
				// "A and B, who co-chair the group,": each heads it.
				others = coHolders(s, person, end)
			}
			j += hv - 1
			heads := func(body *entry) {
				a.roleFact(s, person, graph.HeadOf, body, 0.8, outer, readRoleAppositive)
				for _, o := range others {
					a.roleFact(s, o, graph.HeadOf, body, 0.8, "", readRoleAppositive)
				}
			}
			if k < len(toks) && toks[k].is(classDeterminer) {
				k++
			}
			if m := mentionAt(s, k); m != nil && isBody(m.entry) {
				// ", who led the Peruvian delegation,", ", who heads Peru's
				// team,": a member of the state or body.
				d := m.end
				if d < len(toks) && (toks[d].fold == "'s" || toks[d].fold == "'") {
					d++
				}
				if d < len(toks) && toks[d].in(setDelegationNoun) {
					if !a.roster.holdsOfficeIn(person, m.entry, s.index) {
						a.roleFact(s, person, graph.MemberOf, m.entry, 0.8, "", readRoleAppositive)
					}
					return skipAppositive(toks, d+1, end)
				}
			}
			if m := a.officeBody(s, k, false); m != nil {
				// ", who heads the group's political council,": a body the
				// lexicon does not know, named by the phrase.
				heads(m.entry)
				if m.end < len(toks) && toks[m.end].fold == "," {
					return m.end + 1
				}
				return m.end
			}
			var owner *mention
			if m := mentionAt(s, k); m != nil && m.possessive && m.end+1 < len(toks) && toks[m.end].fold == "'s" {
				// "Iran's Supreme National Security Council", "the group's
				// Supreme Revolutionary Committee" with the group read as
				// the body named before: the owner's body.
				owner, k = m, m.end+1
			}
			if k+2 < len(toks) && toks[k].word && !toks[k].cap && toks[k+1].fold == "'s" && mentionAt(s, k) == nil {
				// ", who heads the group's Supreme Revolutionary Committee,".
				k += 2
			} else if k+1 < len(toks) && toks[k].is(classPossRef) {
				// ", who heads its political bureau,".
				k++
			}
			if k+2 < len(toks) && toks[k].cap && toks[k+1].hyphen && !toks[k+1].cap && mentionAt(s, k+2) != nil {
				// "who heads the UK-based Syrian Observatory".
				k += 2
			}
			k = skipBodyAdjective(s, k)
			if mentionAt(s, k) == nil && owner == nil {
				// ", who heads the rebel Free Coast Front,": a body the
				// lexicon does not know, named in capitals.
				if m := a.bodyNamedInOffice(s, k, false); m != nil {
					heads(m.entry)
					if e := skipParen(toks, m.end); e < len(toks) && toks[e].fold == "," {
						return e + 1
					}
					return end
				}
			}
			if m := mentionAt(s, k); m != nil && m.entry.typ == graph.Organization && !m.possessive {
				if owner != nil {
					a.partOf(s, m.entry, owner.entry, 0.8, readOwnedName)
				}
				e := skipParen(toks, m.end)
				if n := a.x.words.has(classDescriptor, toks, e); n > 0 && !toks[e].cap {
					// "who heads the Amal movement".
					e += n
				}
				if e+1 < len(toks) && toks[e].fold == "and" && !toks[e+1].cap && mentionAt(s, e+1) == nil {
					// ", who heads the Amal movement and is an ally of
					// Hezbollah,": the clause goes on; the sentence is
					// read on from the name.
					heads(m.entry)
					return end
				}
				if closesAppositive(toks, e) {
					heads(m.entry)
					if e < len(toks) && toks[e].fold == "," {
						return e + 1
					}
					return e
				}
			}
			return end
		}
		if j == end+2 {
			return end
		}
	}
	if toks[end].fold == "," {
		// "X, now the Front's leader,", "X, serving as its envoy,", "X,
		// newly appointed head of the Front,": the office after the
		// words that say when or how it is held.
		j = officeLeadIn(s, j)
	}
	if j+2 < len(toks) && toks[j].fold == "one" && toks[j+1].fold == "of" {
		// ", one of the M23's leaders,": a member of the body.
		if obj, k := a.oneOfOffices(s, j+2); obj != nil && closesAppositive(toks, k) {
			a.roleFact(s, person, graph.MemberOf, obj, 0.8, "", readRoleAppositive)
			if k < len(toks) && toks[k].fold == "," {
				k++
			}
			return k
		}
		return end
	}
	if e := a.counterpartAppositive(s, person, j); e > 0 {
		// "A, Peru's foreign minister, and B, his Chilean counterpart,".
		return e
	}
	if theCountrys(toks, j) {
		// "X, the country's president,": the state the text is about.
		k := j + 3
		for k < len(toks) && toks[k].is(classTitleAdjective) {
			k++
		}
		if t, tj, n := titleAt(toks, k); n > 0 && tj == k && !t.plural && t.predicate != "" && closesAppositive(toks, tj+n) {
			if e := a.countryReferent(s, j); e != nil && t.fits(e) {
				a.roleFact(s, person, t.predicate, e, 0.8, toks[tj+n-1].fold, readPossessiveTitle)
			}
			if e := tj + n; e < len(toks) && toks[e].fold == "," {
				return e + 1
			}
			return tj + n
		}
	}
	if j+2 < len(toks) && (toks[j].fold == "its" || toks[j].fold == "their") {
		// "Hezbollah elected X, its longtime deputy secretary general,":
		// the office of the body or state the sentence named first.
		return a.possessiveAppositive(s, person, j+1, end)
	}
	indefinite, definite := false, false
	if j < len(toks) && (toks[j].is(classDeterminer) || toks[j].fold == "a" || toks[j].fold == "an") && mentionAt(s, j) == nil {
		// "the UN" may be a name of its own: the body qualifies.
		indefinite = toks[j].fold == "a" || toks[j].fold == "an"
		definite = toks[j].fold == "the"
		j++
	}
	if j+2 < len(toks) && strings.HasSuffix(toks[j].fold, "ly") && !toks[j].cap && toks[j+1].in(setOfficeVerb) && !toks[j+1].in(setAuxVerb) {
		// "X, the newly appointed head of the Front,".
		j += 2
	}
	for j < len(toks) && (toks[j].is(classTitleAdjective) || toks[j].in(setJointAdjective)) && mentionAt(s, j+1) != nil {
		// ", a senior Jaish al-Islam political official,", ", the joint
		// UN-Arab League envoy,".
		j++
	}
	if (definite || indefinite) && j+2 < len(toks) && toks[j].word && toks[j].cap && mentionAt(s, j) == nil && !coveredAt(s, j) && !toks[j].is(classStopword) {
		// "X, the Serb member of Bosnia's presidency,": a community
		// the lexicon does not know, before a member's office of a body.
		if t, tj, tn := titleAt(toks, j+1); tn > 0 && tj == j+1 && t.predicate == graph.MemberOf && !t.plural && tj+tn < len(toks) && toks[tj+tn].fold == "of" {
			j++
		}
	}
	if j+2 < len(toks) && toks[j+1].hyphen && !toks[j].cap && !toks[j+1].cap {
		// "the long-time leader of the Front": a title adjective
		// written with a hyphen.
		if w := a.x.vocab[toks[j].fold+toks[j+1].fold]; w != nil && w.classes&(1<<classTitleAdjective) != 0 {
			if _, n := matchTitle(toks, j+2); n > 0 {
				j += 2
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
		// "X, a Polisario commander,": a body named before by the first
		// word of its name.
		// "X, the Polisario's representative to the UN,". The title
		// first: it is the cheap test.
		n := 1
		if j+1 < len(toks) && toks[j+1].fold == "'s" {
			n = 2
		}
		if t, tj, tn := titleAt(toks, j+n); tn > 0 && t.target != targetCountry && !t.plural && (n == 2 || closesAppositive(toks, tj+tn)) {
			if e := a.bodyByFirstWord(s, j); e != nil {
				qs, j = append(qs, &mention{start: j, end: j + n, entry: e}), j+n
			}
		}
	}
	t, j, n := titleAt(toks, j)
	if n == 0 && toks[end].fold == "," {
		// "X, a foreign-policy adviser to Y,", "X, the president's media
		// adviser,": an adviser's file in lower case before the noun.
		// "X, the UN's humanitarian chief,": the head of one file of
		// the body or state is one of its members.
		// "X, HRW's Sahel director,": a file in capitals (a region, a
		// place) after the body's possessive.
		capFile := len(qs) > 0 && qs[len(qs)-1].possessive
		fileWord := func(x int) bool {
			if !toks[x].word {
				return false
			}
			m := mentionAt(s, x)
			if !toks[x].cap {
				return m == nil
			}
			return capFile && !toks[x].is(classStopword) && (m == nil && !coveredAt(s, x) || m != nil && m.entry.typ == graph.Place && !m.possessive)
		}
		for e := j + 1; e <= j+3 && e < len(toks) && fileWord(e-1); e++ {
			t2, j2, n2 := titleAt(toks, e)
			if n2 == 0 || j2 != e || t2.plural {
				continue
			}
			if toks[j].cap && t2.predicate == "" {
				// A capitalised file is a head's or member's.
				continue
			}
			if t2.predicate == "" && toks[j2+n2-1].in(setAdviserNoun) {
				t, j, n = t2, j2, n2
				break
			}
			if (t2.predicate == graph.HeadOf || t2.predicate == graph.MemberOf) && len(qs) > 0 && closesAppositive(toks, j2+n2) {
				t2.predicate, t2.target = graph.MemberOf, targetAny
				t, j, n = t2, j2, n2
				break
			}
		}
	}
	if n == 0 || t.plural {
		if toks[end].fold == "," && (indefinite || definite) {
			// "X, a veteran diplomat who heads the Front,", "X, the
			// Peruvian officer who commands the force,".
			if w := relativeIn(toks, j); w > 0 && (indefinite || w+1 < len(toks) && toks[w+1].in(setHeadVerb)) {
				if e := a.appositiveRole(s, person, w, outer); e != w {
					return e
				}
			}
		}
		return end
	}
	if len(qs) > 0 && j+n+1 < len(toks) && toks[j+n].fold == "'s" {
		// ", the UN Secretary General's special envoy for Syria,": the
		// office of the body's officer is the body's.
		if t2, j2, n2 := titleAt(toks, j+n+1); n2 > 0 && !t2.plural {
			t, j, n = t2, j2, n2
		}
	}
	if t.predicate == "" && len(qs) > 0 && toks[j+n-1].in(setAdviserNoun) {
		// ", the UN assistant secretary-general for Africa,": a member of
		// the body or state that qualifies the office.
		if last := qs[len(qs)-1]; !last.possessive || len(qs) == 1 {
			if obj := last.entry; obj.typ == graph.Organization || obj.typ == graph.Country {
				a.roleFact(s, person, graph.MemberOf, obj, 0.75, "", readRoleAppositive)
			}
		}
		return skipAppositive(toks, j+n, end)
	}
	if t.predicate == "" && len(qs) == 0 && toks[j+n-1].in(setAdviserNoun) {
		// ", a senior adviser to the Iranian foreign minister,": a member
		// of the state or body served.
		if obj := a.served(s, j+n); obj != nil {
			a.roleFact(s, person, graph.MemberOf, obj, 0.75, "", readRoleAppositive)
		}
		return skipAppositive(toks, j+n, end)
	}
	word := toks[j+n-1].fold
	k := j + n
	if !indefinite && !definite && toks[end].fold == "," && k < len(toks) && toks[k].cap {
		// "Russian President A, Turkish President B, ...": a title
		// before a name is that name's, the next of a list.
		if p, _ := a.personAt(s, skipRanks(a, toks, k)); p != nil && p != person {
			return end
		}
	}
	// "X, Peru's prime minister and foreign minister,": a second office
	// of the same state or body.
	var second []title
	var secondTo *entry
	if k+1 < len(toks) && toks[k].fold == "and" {
		t2, j2, n2 := titleAt(toks, k+1)
		switch {
		case n2 == 0 || j2 != k+1 || t2.plural || t2.predicate == "":
		case (t.predicate == "" || t.target == targetCountry && t2.target != targetCountry) && len(qs) == 0 && !toks[j+n-1].in(setAdviserNoun):
			// "X, the first vice president and leader of the Front,":
			// the second office is the one the body's name completes.
			t, word, k = t2, toks[j2+n2-1].fold, j2+n2
		case t.predicate == "" && len(qs) > 0 && !toks[j+n-1].in(setAdviserNoun):
			// "X, the Front's founder and leader,": an office that states
			// no role and a second that does share the owner before them.
			t, word, k = t2, toks[j2+n2-1].fold, j2+n2
		case t.predicate != "":
			second = append(second, t2)
			k = j2 + n2
			if t2.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "in") {
				// "X, Chile's foreign minister and envoy to Peru,": the
				// second office's posting.
				if to2, e := a.envoyPosting(s, toks, k); to2 != nil && closesAppositive(toks, e) {
					secondTo, k = to2, e
				}
			}
		}
	}
	if len(qs) > 0 && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) {
		// "X, the Front's commander in the Lake region,": the owner
		// stands before the office; "in" says where he holds it.
		if e := regionOfOffice(s, k); e > k && closesAppositive(toks, e) {
			// An office held in a place is a regional one: its holder
			// is a member of the body, not its head.
			k = e
			t.predicate = graph.MemberOf
		}
	}
	var oqs []*mention
	// "an official with the Front", "a senior official in the Front": a
	// member's "with" and "in" name the body.
	withBody := k < len(toks) && (toks[k].fold == "with" || toks[k].fold == "in" || toks[k].fold == "from") && t.predicate == graph.MemberOf
	if k < len(toks) && (toks[k].fold == "of" || toks[k].fold == "for") && toks[j+n-1].in(setObserverNoun) {
		// "X, an analyst of the Front,": who studies the body, not one
		// of its members.
		return skipAppositive(toks, k, end)
	}
	// An envoy's "for" and "at" name his posting, not whom he represents:
	// "the Front's representative at the UN" (see below). With no owner
	// before the title, "at" may name his employer as well ("a mediator at
	// the African Union"): neither is sure, so nothing is read.
	if k < len(toks) && toks[k].fold == "at" && t.predicate == graph.EnvoyOf && len(qs) == 0 {
		return skipAppositive(toks, k, end)
	}
	if k < len(toks) && (toks[k].fold == "of" || (toks[k].fold == "at" || toks[k].fold == "for") && t.predicate != graph.EnvoyOf || withBody) {
		k2 := k + 1
		if k2 < len(toks) && toks[k2].is(classDeterminer) {
			k2++
		}
		if m := mentionAt(s, k2); m != nil && m.start == k2 && m.entry.typ == graph.Person && m.end+1 < len(toks) && toks[m.end].fold == "'s" {
			// "the spokesman of Haftar's self-styled army", "an official
			// of Abbas's Fatah movement": its leader's name describes the
			// body; it is no owner.
			k2 = m.end + 1
		}
		var k3 int
		if m := a.officeBody(s, k2, false); m != nil {
			// "a member of the Houthi political bureau,": a body the
			// lexicon does not know, named by the phrase.
			oqs, k3 = []*mention{m}, m.end
		} else {
			k2 = skipBodyAdjective(s, k2)
			oqs, k3 = a.roster.qualifiers(s, k2)
			if len(oqs) == 0 && k2 > k+1 && mentionAt(s, k+1) != nil {
				// "the UN" may be a name of its own.
				oqs, k3 = a.roster.qualifiers(s, k+1)
			}
		}
		if len(oqs) == 0 {
			// "the leader of the Estado Mayor Central,": a body's name
			// that has no head noun, closing the appositive.
			bare := toks[k].fold == "of" && k2 == k+1 && k2 < len(toks) && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) && !toks[k2].is(classGivenName) && subStateEnd(s, k2) == 0
			if m := a.bodyNamedInOffice(s, k2, bare); m != nil {
				oqs, k3 = []*mention{m}, m.end
			}
		}
		if len(oqs) == 0 || len(oqs) == 1 && oqs[0].possessive {
			// "the chief of Ukraine's military intelligence agency HUR,":
			// a state's body described, then named by its acronym.
			if m := a.describedAcronym(s, k2); m != nil {
				oqs, k3 = []*mention{m}, m.end
			}
		}
		if n := len(oqs); n > 0 && oqs[n-1].possessive && oqs[n-1].entry.typ == graph.Country && k3 < len(toks) && toks[k3].cap && subStateEnd(s, k3) == 0 {
			// "the head of Ukraine's Defence Intelligence,", "commander
			// of Russia's Southern Military District,": a state's body
			// the lexicon does not know, named in capitals.
			if m := a.capBodyAfterOwner(s, k3); m != nil {
				oqs, k3 = append(oqs[:n:n], m), m.end
			}
		}
		if len(oqs) == 0 && (t.predicate == graph.SpokespersonOf || t.predicate == graph.MemberOf) {
			// "a spokesman for the foreign ministry in Tehran,",
			// "spokesperson of the Ministry of Foreign Affairs,": a body
			// every state has, the state said after it or known from the
			// sentences before.
			if body, e := a.unownedStateBody(s, k2, false); body != nil && closesAppositive(toks, e) {
				oqs, k3 = []*mention{{start: k2, end: e, entry: body}}, e
			}
		}
		if e := subStateEnd(s, k2); len(oqs) == 0 && e > 0 && closesAppositive(toks, e) {
			// "X, the governor of Unity State,".
			oqs, k3 = []*mention{a.subStateMention(s, k2, e)}, e
			t = subStateOffice(t, toks[j+n-1])
		}
		if len(oqs) == 0 && toks[k].fold == "of" && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) {
			// "X, head of research at the institute,": the head of one
			// of the body's units is one of its members.
			if body, e := a.unitAtBody(s, k+1); body != nil {
				a.roleFact(s, person, graph.MemberOf, body, 0.75, "", readRoleAppositive)
				if e < len(toks) && toks[e].fold == "," {
					e++
				}
				return e
			}
		}
		oqs, k3 = officersBody(toks, t, oqs, k3)
		if g := adjectiveGovernmentEnd(toks, oqs); g > 0 {
			// "the spokesman of the Malian interim government,".
			k3 = g
		} else if n := len(oqs); n > 0 && oqs[n-1].possessive && oqs[n-1].entry.typ == graph.Country {
			// "spokesman for Mali's transitional government,": the
			// government is the state.
			g := stateGovernmentEnd(toks, oqs[n-1].end+1)
			if g == 0 && (t.predicate == graph.SpokespersonOf || t.predicate == graph.MemberOf) {
				// "a spokesman for Peru's security forces,": who speaks
				// for a state's body speaks for the state; its head would
				// not head the state.
				g = stateBodyEnd(toks, oqs[n-1].end+1)
			}
			if g > 0 {
				m := *oqs[n-1]
				m.possessive = false
				oqs, k3 = append(oqs[:n-1:n-1], &m), g
			}
		}
		if n := len(oqs); n > 0 && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) && k3 < len(toks) && toks[k3].in(setDelegationNoun) && isBody(oqs[n-1].entry) {
			// "X, head of Peru's delegation to the talks,": who leads or
			// sits in a delegation is a member of the state or body.
			if !a.roster.holdsOfficeIn(person, oqs[n-1].entry, s.index) {
				a.roleFact(s, person, graph.MemberOf, oqs[n-1].entry, 0.8, "", readRoleAppositive)
			}
			return skipAppositive(toks, k3+1, end)
		}
		if len(oqs) == 0 && len(qs) > 0 && (toks[k].fold == "for" || toks[k].fold == "of") {
			// "X, Peru's state minister for reintegration,": the
			// portfolio, in lower case, of the state's office; "X,
			// Chad's Minister of Territorial Administration and
			// Decentralisation,", in capitals.
			if e := portfolioEnd(s, k+1); e > 0 && (toks[k].fold == "for" || toks[k].fold == "of" && t.predicate == graph.MemberOf) {
				// "X, Cameroon's minister of communication,": a member.
				k = e
			} else if e := capPortfolioEnd(s, k+1); e > 0 {
				t = a.x.portfolioOffice(t, toks, j, n, k+1, e)
				k = e
			} else {
				return skipAppositive(toks, k, end)
			}
		} else if len(oqs) == 0 || oqs[len(oqs)-1].possessive {
			if len(oqs) == 0 && t.predicate != "" {
				// "X, the governor of the Lake region and leader of the
				// Front,": the first office's object is none the reader
				// knows; the second names its body.
				if e := a.secondOfficeAlone(s, person, k2); e > 0 {
					return e
				}
			}
			return skipAppositive(toks, k, end)
		} else {
			k = a.afterBody(s, oqs[len(oqs)-1].entry, k3)
			if n := a.x.words.has(classDescriptor, toks, k); n > 0 && !toks[k].cap && (closesAppositive(toks, k+n) || skipSecondDescription(toks, k+n) > k+n) {
				// "a leader of the Lakeside Front group,", "the leader of
				// the Front party and a rival of X,".
				k += n
			}
			if e := placeEnd(s, k); e > k && (closesAppositive(toks, e) || e+1 < len(toks) && toks[e].fold == "and" && toks[e+1].fold == "its") {
				// "X, the head of the Front in the north (and its chief
				// negotiator),": where the office is held leaves it the
				// body's.
				k = e
			} else if e := missionToEnd(s, k); e > k && closesAppositive(toks, e) {
				// "X, the deputy chief of the OSCE's monitoring mission to
				// Ukraine,": the state the body is sent to is no owner.
				k = e
			}
		}
	}
	var to *entry
	forPrep := false
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on" || toks[k].fold == "in" || toks[k].fold == "at") {
		// "X, the Front's representative at the UN,": "at" names the
		// posting, as the title before the name reads it (titledActor).
		forPrep = toks[k].fold == "for"
		if k+2 < len(toks) && toks[k+1].is(classDeterminer) && mentionAt(s, k+2) != nil {
			k++ // "envoy for the Middle East"
		}
		if to, k = a.envoyPosting(s, toks, k); to != nil {
			k = postingPlaceEnd(s, k)
		} else {
			// "special envoy for arms control,": the file the envoy covers.
			for e := k + 1; e < len(toks) && e < k+6 && toks[e].word && (mentionAt(s, e) == nil || gluedPair(toks, e)); e++ {
				if closesAppositive(toks, e+1) {
					k = e + 1
					break
				}
				if p := postingPlaceEnd(s, e+1); p > e+1 {
					// "envoy to the coalition in north and east Syria,".
					k = p
					break
				}
			}
		}
	}
	// "X, the head of the Front and its chief negotiator,": a second
	// office of the body just named.
	var its []title
	if k+2 < len(toks) && toks[k].fold == "and" && toks[k+1].fold == "its" && len(oqs) > 0 {
		if t2, j2, n2 := titleAt(toks, k+2); n2 > 0 && !t2.plural && t2.predicate != "" && closesAppositive(toks, j2+n2) {
			its = append(its, t2)
			k = j2 + n2
		}
	}
	// "X, the commander of the Front and deputy chairman of the council,":
	// a second office with a body of its own.
	var andTitle title
	var andOf []*mention
	if len(oqs) > 0 {
		// "X, the deputy head of the Front and founder of the Brigade,":
		// a second office that states no role (a founder's) still closes
		// the appositive.
		andTitle, andOf, k = a.andOffice(s, k)
	}
	if len(oqs) == 0 && len(qs) > 0 {
		// "X, a Front commander in the north,", "X, the Front's
		// commander in the hills,": where the office is held, as after
		// "of" the body. Held there, it is a regional office, no head
		// of the whole body ("the Front's leader in Parliament").
		if e := placeEnd(s, k); e > k && closesAppositive(toks, e) {
			k = e
			if t.predicate == graph.HeadOf {
				t.predicate = graph.MemberOf
			}
		}
	}
	k = skipKnownAs(toks, k)
	k = skipSecondDescription(toks, k)
	// "X, a member of the Syrian parliament who heads the list,": a
	// relative clause after the body; the appositive closes after it.
	relative := len(oqs) > 0 && k < len(toks) && toks[k].in(setRelativePronoun)
	if e := timeTail(s, k); e > k {
		// ", the Front's leader since 2015,": the time the office is held.
		k = e
	}
	if !closesAppositive(toks, k) && !relative || t.predicate == "" {
		if toks[end].fold == "," {
			// "X, the former Nigerian president who serves as the AU's
			// envoy,": the office the relative clause states.
			if w := relativeIn(toks, k); w > 0 {
				if e := a.appositiveRole(s, person, w, outer); e != w {
					return e
				}
			}
			if definite && (t.predicate == graph.HeadOf || t.predicate == graph.MemberOf) && len(oqs) == 0 && k < len(toks) && toks[k].fold == "who" && len(qs) > 0 {
				// "X, the Front commander who led the assault,", "the
				// Front official who drafted the plan": the relative
				// says which of the body's officers; one of them is a
				// member.
				if q := qs[len(qs)-1]; q.entry.typ == graph.Organization {
					a.roleFact(s, person, graph.MemberOf, q.entry, 0.75, "", readRoleAppositive)
				}
			}
		}
		return skipAppositive(toks, k, end)
	}
	if k+1 < len(toks) && toks[k].fold == "," && (toks[end+1].is(classDeterminer) || toks[end+1].fold == "a") {
		// "Putin, the defence minister, Sergei Shoigu, and ...": the
		// title is the next person's.
		k1 := k + 1
		for r := a.x.words.has(classRank, toks, k1); r > 0; r = a.x.words.has(classRank, toks, k1) {
			k1 += r
		}
		if p, _ := a.personAt(s, k1); p != nil {
			return end
		}
	}
	all := append(qs, oqs...)
	a.partOfChain(s, qs)
	a.partOfChain(s, oqs)
	if t.predicate == graph.PrimeMinisterOf && len(oqs) > 0 && a.x.regionBody(oqs[len(oqs)-1].entry) {
		// "X, the prime minister of the Kurdistan Region,": a
		// self-governing region has a government of its own, as before
		// a name ("KRG Prime Minister X"); its president heads it.
		t.target = targetOrg
	} else if len(oqs) > 0 && headsBody(t.predicate, oqs[len(oqs)-1].entry) && !(len(second) > 0 && len(qs) > 0) {
		// (Not when a second office has the body after it and the
		// first its owner before: "X, Peru's president and chairman
		// of the Union," presides over Peru.)
		// "X, the president of Tigray's interim administration,": the
		// president of a body heads it.
		t.predicate, t.target = graph.HeadOf, targetOrg
	}
	obj, armyBare := a.officeArmy(s, end, t, officeObject(t, all, person, a.x.catalog), all)
	if obj == nil && len(oqs) == 0 && regionOffice(t) && len(qs) > 0 && a.x.regionBody(qs[len(qs)-1].entry) {
		// "X, the Tarvoland president,", "X, Tarvoland's vice
		// president,": a self-governing region's offices are a
		// state's in small, after the name as before it ("Tarvoland
		// President X", titled.go).
		obj = qs[len(qs)-1].entry
	}
	secondOf := all
	if len(second) > 0 && len(qs) > 0 && len(oqs) > 0 {
		// "X, the acting UN special envoy and head of the UN mission in
		// Libya,": the first office is the body before it, the second
		// the body after.
		obj, secondOf = officeObject(t, qs, person, a.x.catalog), oqs
	}
	if (indefinite || rankedTitle(toks, end, j)) && t.predicate == graph.HeadOf && len(all) > 0 {
		// "X, a leader of the TNLA,": one of its leaders, a member.
		t.predicate = graph.MemberOf
	}
	switch {
	case armyBare:
		// "X, the Chief of Army Staff,": the army of the state the text around it names (officeArmy).
		a.roleFact(s, person, t.predicate, obj, 0.8, word, readRoleAppositive)
	case obj != nil && t.predicate != "" && (len(all) == 0 || fromCatalog(all)):
		// "X, the president,": the catalog names the state.
		a.memoryRoleFact(s, person, t.predicate, obj, word, readRoleAppositive)
	case obj != nil && t.predicate != "":
		a.roleFact(s, person, t.predicate, obj, 0.85, word, readRoleAppositive)
		if o := jointOwner(toks, t, all); o != nil && o != obj {
			a.roleFact(s, person, t.predicate, o, 0.85, word, readRoleAppositive)
		}
		for _, t2 := range second {
			if obj2 := officeObject(t2, secondOf, person, a.x.catalog); obj2 != nil {
				a.roleFact(s, person, t2.predicate, obj2, 0.85, "", readRoleAppositive)
			}
		}
		if secondTo != nil && secondTo.typ != graph.Place && secondTo.typ != graph.Agreement {
			a.roleFact(s, person, graph.EnvoyTo, secondTo, 0.8, "", readRoleAppositive)
		}
		for _, t2 := range its {
			if obj.typ == graph.Organization && t2.target != targetCountry {
				a.roleFact(s, person, t2.predicate, obj, 0.8, "", readRoleAppositive)
			}
		}
		if len(andOf) > 0 {
			a.partOfChain(s, andOf)
			if obj2 := officeObject(andTitle, andOf, person, a.x.catalog); obj2 != nil {
				a.roleFact(s, person, andTitle.predicate, obj2, 0.8, "", readRoleAppositive)
			}
		}
	}
	switch {
	case to != nil && forPrep && obj == nil && to.typ == graph.Organization:
		// "X, a negotiator for the Front,": the body's envoy.
		a.roleFact(s, person, graph.EnvoyOf, to, 0.8, word, readRoleAppositive)
	case to != nil && to.typ != graph.Place && to.typ != graph.Agreement:
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8, word, readRoleAppositive)
	}
	if relative {
		return skipAppositive(toks, k, end)
	}
	if obj != nil && obj.typ == graph.Organization && len(oqs) > 0 {
		// "X, the commander of the Quds Force, the overseas arm of the
		// IRGC,": the body's own appositive.
		if k2 := a.bodyAppositive(s, obj, k); k2 != k {
			return k2
		}
	}
	if k < len(toks) && toks[k].fold == "," {
		k++
	}
	return k
}

// andOffice reads a second office after "and" at toks[k] that names a
// body of its own after "of" and closes the appositive: "X, the commander
// of the Front and deputy chairman of the council,". It returns the
// office, its bodies and where the appositive closes, or no bodies and k.
func (a *article) andOffice(s *sentence, k int) (title, []*mention, int) {
	toks := s.toks
	if k+3 >= len(toks) || toks[k].fold != "and" || toks[k+1].is(classDeterminer) {
		return title{}, nil, k
	}
	t2, j2, n2 := titleAt(toks, k+1)
	if n2 == 0 || j2 != k+1 || t2.plural || j2+n2+1 >= len(toks) || toks[j2+n2].fold != "of" {
		return title{}, nil, k
	}
	k4 := j2 + n2 + 1
	if toks[k4].is(classDeterminer) {
		k4++
	}
	if qs2, e := a.roster.qualifiers(s, k4); len(qs2) > 0 && !qs2[len(qs2)-1].possessive && closesAppositive(toks, e) {
		return t2, qs2, e
	}
	return title{}, nil, k
}

// maxOfficeObject bounds the words of an office's object the reader does
// not know, before "and" and a second office.
const maxOfficeObject = 6

// secondOfficeAlone reads the second of two offices in an appositive when
// the first one's object, at toks[k], is none the reader knows: "X, the
// governor of the Lake region and leader of the Front,", "X, the mayor of
// Tessa and chairman of the Front's council,". Only words, no verb and no
// name of a person or body, stand between the first office and "and"; the
// second office names a body after "of" and closes the appositive (see
// andOffice). It states the second office and returns where the
// appositive ends, or 0.
func (a *article) secondOfficeAlone(s *sentence, person *entry, k int) int {
	toks := s.toks
	c := k
	for ; c < len(toks) && c < k+maxOfficeObject && toks[c].fold != "and"; c++ {
		if !toks[c].word || verbBetween(toks, c, c+1) {
			return 0
		}
		if m := mentionAt(s, c); m != nil && m.entry.typ != graph.Place {
			return 0
		}
	}
	if c == k {
		return 0
	}
	t2, qs2, e := a.andOffice(s, c)
	if len(qs2) == 0 || t2.predicate == "" {
		return 0
	}
	a.partOfChain(s, qs2)
	if headsBody(t2.predicate, qs2[len(qs2)-1].entry) {
		// The president of a body heads it.
		t2.predicate, t2.target = graph.HeadOf, targetOrg
	}
	if obj := officeObject(t2, qs2, person, a.x.catalog); obj != nil {
		a.roleFact(s, person, t2.predicate, obj, 0.8, "", readRoleAppositive)
	}
	if e < len(toks) && toks[e].fold == "," {
		e++
	}
	return e
}

// unknownNameBefore reports whether the words between the last actor of s
// before toks[c] (or the sentence's start) and c are all capitalised: a
// name the reader does not know ("Puntland,"), not a description of the
// actor ("the House based in Tobruk,"); or whether that actor, right
// before c, is no state or body.
func unknownNameBefore(s *sentence, c int) bool {
	start := 0
	for _, ac := range s.actors {
		if ac.end <= c {
			start = ac.end
			if ac.end == c && len(ac.ents) == 1 && !isBody(ac.ents[0]) {
				// "the Orvan Highlands, whose leader": a place owns no
				// office.
				return true
			}
		}
	}
	if start >= c {
		return false
	}
	for _, t := range s.toks[start:c] {
		if !t.word || !t.cap {
			return false
		}
	}
	return true
}

// possTitledPerson reads "Its founder and commander, Zahran Alloush,": the
// offices of a body or state named before, held by the person of the
// appositive.
func (a *article) possTitledPerson(s *sentence, i int) (*actor, int) {
	toks := s.toks
	country := theCountrys(toks, i)
	if i+4 >= len(toks) || (toks[i].fold != "its" && toks[i].fold != "their" && toks[i].fold != "whose" && !country) {
		return nil, 0
	}
	if toks[i].fold == "whose" && (i == 0 || toks[i-1].fold != ",") {
		// "China, whose special envoy, X,": the state before the comma.
		return nil, 0
	}
	var offices []title
	k := i + 1
	if country {
		k = i + 3
	}
	for {
		t, j, n := titleAt(toks, k)
		if n == 0 || t.plural {
			return nil, 0
		}
		offices = append(offices, t)
		k = j + n
		if k >= len(toks) || !toks[k].is(classCoordinator) {
			break
		}
		k++
	}
	var to *entry
	if len(offices) == 1 && offices[0].predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on" || toks[k].fold == "in") {
		// "its special envoy to Syria, X,"; "its ambassador in Beirut,
		// X," is posted there, but a city names no state to for sure.
		k0, in := k, toks[k].fold == "in"
		to, k = a.envoyPosting(s, toks, k)
		if in {
			to = nil
		}
		if k < len(toks) && toks[k].fold != "," {
			// "whose special envoy for Asian affairs, X,": a file, not a
			// posting.
			to = nil
			for e := k0 + 1; e < len(toks) && e < k0+6 && toks[e].word; e++ {
				if m := mentionAt(s, e); m != nil && m.entry.typ == graph.Person {
					break
				}
				if e+1 < len(toks) && toks[e+1].fold == "," {
					k = e + 1
					break
				}
			}
		}
	}
	var person *entry
	var end int
	switch {
	case k+1 < len(toks) && toks[k].fold == ",":
		k1 := skipRanks(a, toks, skipNationality(s, skipDescriptorNoun(s, k+1)))
		person, end = a.personAt(s, k1)
		if end = nicknameEnd(toks, end); person == nil || !closesAppositive(toks, end) {
			return nil, 0
		}
	case to == nil && k+1 < len(toks) && (toks[k].fold == "is" || toks[k].fold == "was"):
		// "the Front, whose leader is Omar Zand,", "whose military
		// chief is the Peruvian Omar Zand,": the office stated by the
		// copula, its holder named after it.
		k1 := k + 1
		if toks[k1].fold == "the" {
			k1++
		}
		if person, end = a.personAt(s, skipRanks(a, toks, skipNationality(s, k1))); person == nil || !closesAppositive(toks, end) {
			return nil, 0
		}
	case to == nil:
		// "Its spokesman Omar Zand said", "the Front, whose leader
		// Omar Zand vowed revenge,": the name right after the office.
		if person, end = a.personAt(s, skipRanks(a, toks, k)); person == nil {
			return nil, 0
		}
	default:
		return nil, 0
	}
	if to != nil && to.typ != graph.Place && to.typ != graph.Agreement {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8, "", readPossessiveTitle)
	}
	prev := a.sentences[max(0, s.index-2):s.index]
	// "Israel struck the base. Its prime minister, X,": a state's offices
	// too.
	// "Moscow sent its special envoy, X,": a state or body before it in
	// the sentence first.
	body := antecedent(s.actors, nil, func(e *entry) bool { return e.typ == graph.Organization || e.typ == graph.Country })
	if i >= 2 && (toks[i-1].fold == "and" && toks[i-2].fold == "," || toks[i-1].fold == ";" || toks[i-2].fold == "," && toks[i-1].in(setSubordinator) && toks[i-1].fold != "where") && len(s.actors) > 0 && len(s.actors[0].ents) == 1 && !s.actors[0].place() {
		// "Niger broke off relations with Kyiv, and its spokesman, X,",
		// "The Front rejected the deal; its spokesman X said", "The
		// junta ordered the Americans out, when its spokesman, X,
		// said": a new clause's "its" is the sentence's subject's.
		if e := s.actors[0].ents[0]; e.typ == graph.Organization || e.typ == graph.Country {
			body = e
		}
	}
	if e := listedOfficeOwner(s, i); e != nil {
		body = e
	}
	// "Puntland, whose president X": "whose" is a name of its own
	// sentence, and no one when none was read there (refs20b hook).
	whose := toks[i].fold == "whose"
	for x, t := range offices {
		if t.predicate == graph.PresidentOf {
			// "The council took power. Its president, X,": a state's
			// president-of, a body's head; either may be the referent.
			offices[x] = title{predicate: graph.PresidentOf, target: targetAny}
		}
	}
	fits := func(e *entry) bool {
		// A body or a state that may hold one of the offices: "Israel
		// struck the Quds Force. Its commander, X," is the force's.
		for _, t := range offices {
			if t.predicate == "" {
				continue
			}
			if t.fits(e) {
				return true
			}
		}
		return false
	}
	if country {
		// "The country's president, X,": the state, and only it; none
		// when the text leaves it unsure.
		body = a.countryReferent(s, i)
	}
	if whose && unknownNameBefore(s, i-1) {
		// "Puntland, whose president X": the name before the comma,
		// which the reader does not know, owns the office, not an
		// actor named earlier in the sentence.
		body = nil
	}
	if body == nil {
		// "The district youth council accused X. Its president, Y,": the
		// council, which has no entry; not X.
		prev = sinceUnnamedSubject(prev)
		if h := openingBodyNoun(s, i); h > 0 && !toks[h].in(setGroupRef) {
			// "The tribal council said that its leader, X, ...": "its"
			// is the subject's, a body the reader does not name; a body
			// named before stands for it only when its name ends in the
			// subject's noun ("the council" for the Tarvo Council). A
			// generic noun (armed-group-ref: "The Kurdish-led militia
			// said its commander") refers back to any group.
			head, named := toks[h].fold, fits
			fits = func(e *entry) bool { return named(e) && nameEndsIn(e.name, head) }
		}
	}
	for p := len(prev) - 1; p >= 0 && body == nil && !country && !whose; p-- {
		// The first that fits in the nearest sentence that names one:
		// "The army said it would not talk to the rebels. Its envoy,".
		// A state named as a place is none: "A faction in Iraq, the
		// Front, said so. Its leader, X," is the Front's.
		for _, ac := range prev[p].actors {
			if len(ac.ents) == 1 && !ac.adjective && !ac.place() && fits(ac.ents[0]) {
				body = ac.ents[0]
				break
			}
		}
	}
	if body != nil {
		for _, t := range offices {
			if t.predicate == "" {
				continue
			}
			if headsBody(t.predicate, body) {
				t.predicate = graph.HeadOf
			}
			if t.fits(body) {
				a.roleFact(s, person, t.predicate, body, 0.8, "", readPossessiveTitle)
			}
		}
	}
	if end < len(toks) && toks[end].fold == "," {
		end++
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// listedOfficeOwner returns the body whose office the titled person
// listed right before "and its" at toks[i] holds: "the Front's editor,
// A, and its director, B" names the Front twice, though the last actor
// before "its" is A, a person. Nil when no such person stands there.
func listedOfficeOwner(s *sentence, i int) *entry {
	toks := s.toks
	if i < 2 || toks[i].fold != "its" || toks[i-1].fold != "and" || toks[i-2].fold != "," {
		return nil
	}
	var last *actor
	for _, ac := range s.actors {
		if ac.end <= i {
			last = ac
		}
	}
	if last == nil || len(last.ents) != 1 || last.ents[0].typ != graph.Person || last.end < i-2 {
		return nil
	}
	// The owner's name may run over two mentions: "Sputnik Kardania's"
	// is a body and a state; the office is the body's.
	var owner *entry
	k := last.start
	if toks[k].is(classDeterminer) {
		k++
	}
	for k < last.end {
		m := mentionAt(s, k)
		if m == nil || m.entry.typ == graph.Person {
			break
		}
		if m.entry.typ == graph.Organization {
			owner = m.entry
		}
		if m.possessive {
			return owner
		}
		k = m.end
	}
	return nil
}

// skipDescriptorNoun returns the index after a determiner and one
// lower-case noun before a name at toks[k], "the imam" in ", the imam X,",
// "a cleric" in ", a cleric X,"; k when there is none. Two words or a title
// are no such noun.
func skipDescriptorNoun(s *sentence, k int) int {
	toks := s.toks
	if k+2 >= len(toks) || !(toks[k].is(classDeterminer) || toks[k].fold == "a" || toks[k].fold == "an") {
		return k
	}
	w := toks[k+1]
	if !w.word || w.cap || w.hyphen || mentionAt(s, k+1) != nil || !toks[k+2].cap {
		return k
	}
	if _, n := matchTitle(toks, k+1); n > 0 {
		return k
	}
	return k + 2
}

// skipNationality returns the index after a state's adjective at toks[k]
// that stands before a rank, "Nigerian" in "Its commander, Nigerian Major
// General X,"; else k.
func skipNationality(s *sentence, k int) int {
	if m := mentionAt(s, k); m != nil && m.kind == aliasDemonym && m.entry.typ == graph.Country && m.end < len(s.toks) && s.toks[m.end].cap {
		return m.end
	}
	return k
}

// bodyInTitle returns the body a title of n words at toks[j] names after
// "of" ("Chief of General Staff"), when the catalog scopes that name to
// state ("General Staff@Russia"), or nil.
func bodyInTitle(toks []token, j, n int, state *entry) *entry {
	if state == nil {
		return nil
	}
	for p := j + 1; p+1 < j+n; p++ {
		if toks[p].fold != "of" {
			continue
		}
		start := p + 1
		if toks[start].is(classDeterminer) {
			start++
		}
		if start >= j+n || toks[start].info == nil {
			return nil
		}
		for _, pv := range toks[start].info.aliases {
			if start+len(pv.keys) != j+n || !hasKeys(toks, start, pv.keys) {
				continue
			}
			for _, al := range pv.value {
				if al.kind == aliasName && (al.scope == state.name || (al.scope == "" && al.entry.country == state.name)) && al.entry.typ == graph.Organization {
					return al.entry
				}
			}
		}
		return nil
	}
	return nil
}

// skipBodyAdjective skips what describes a body before its name: one or
// two lower-case words ("the ruling Sovereign Council", "the
// internationally recognised Government of National Accord") or a
// participle glued to a word ("the self-styled Eastern Army", "the
// UN-recognised Council", "the Gulf-funded Front"), whose name is then
// no body of the office.
func skipBodyAdjective(s *sentence, k int) int {
	toks := s.toks
	lower := func(t token) bool { return t.word && !t.cap }
	for e := k + 1; e <= k+2 && e < len(toks); e++ {
		switch {
		case toks[e].hyphen && lower(toks[e]) && (strings.HasSuffix(toks[e].fold, "ed") || toks[e].in(setOwningParticiple)) && e == k+1:
			// "self-styled", "UN-recognized", "Front-run": the word
			// before the hyphen may be a name of its own.
		case lower(toks[e-1]) && mentionAt(s, e-1) == nil && !toks[e].hyphen:
		default:
			return k
		}
		if m := mentionAt(s, e); m != nil && m.entry.typ == graph.Organization && (toks[e].cap || toks[e-1].hyphen && toks[e-1].in(setOwningParticiple)) {
			// A body every state has is named in lower case after its
			// owner's participle: "the Front-run health ministry"
			// (gluedOwnerBodies).
			return e
		}
		if !lower(toks[e]) {
			return k
		}
	}
	return k
}

// skipKnownAs skips a name the appositive gives its person, ", the RSF
// commander widely known as Hemedti,": "known as" (after an adverb or not)
// and capitalised words, or a name in quotation marks. It returns k when
// there is none.
func skipKnownAs(toks []token, k int) int {
	j := k
	if j < len(toks) && toks[j].word && !toks[j].cap && toks[j].fold != "known" {
		j++ // "widely", "better", "popularly"
	}
	if j+2 >= len(toks) || toks[j].fold != "known" || toks[j+1].fold != "as" {
		return k
	}
	j += 2
	if e := skipNickname(toks, j); e > j {
		// ", known as "Falcon",": the name in quotation marks.
		return e
	}
	if !toks[j].cap {
		return k
	}
	for j < len(toks) && toks[j].word && toks[j].cap {
		j++
	}
	return j
}

// skipNickname returns the index after a nickname in quotation marks right
// after a name, "X 'Hemedti', the commander of ...", so that the appositive
// after it is read; k when there is none. The nickname is one to three
// capitalised words between matching marks.
func skipNickname(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].fold != "'" && toks[k].fold != `"` {
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].word && toks[j].cap {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].fold != toks[k].fold {
		return k
	}
	return j + 1
}

// skipAge returns the index of the comma after an age right after a name,
// "X, 61, the leader of ...", so that the appositive after it is read; k
// when there is none.
func skipAge(toks []token, k int) int {
	if k+3 < len(toks) && toks[k].fold == "," && isAge(toks[k+1].text) && toks[k+2].fold == "," {
		return k + 2
	}
	return k
}

// skipAlias returns the index of the comma after another name the
// appositive at toks[k] gives its person, ", alias Grom,", ", better known
// as Grom,", ", nicknamed "the Wolf",", so that the appositive after it is
// read ("X, alias Grom, the leader of the Front,"); k when there is none.
// The name is one to three capitalised words, or words in quotation
// marks; the words that give it are a naming participle ("alias",
// "nicknamed", "dubbed") or "known as" (see skipKnownAs).
func skipAlias(toks []token, k int) int {
	if k+3 >= len(toks) || toks[k].fold != "," {
		return k
	}
	j := skipKnownAs(toks, k+1)
	if j == k+1 {
		if !toks[j].in(setNameGivingWord) || toks[j].cap {
			return k
		}
		j++
		if e := skipNickname(toks, j); e > j {
			j = e
		} else {
			e := j
			for e < len(toks) && e < j+3 && toks[e].word && toks[e].cap {
				e++
			}
			if e == j {
				return k
			}
			j = e
		}
	}
	if j >= len(toks) || toks[j].fold != "," {
		return k
	}
	return j
}

// unitAtBody reads, after an office's "of", a unit named in one to three
// lower-case words and the body it is part of after "at" or "with":
// "research at the Lagos consultancy SBM", "operations at the ICRC", or
// after "of" when "the" opens the unit: "the media centre of the Front"
// (unitConnector). A place and up to two lower-case words may describe
// the body. It returns the body and the end of the appositive, or nil.
func (a *article) unitAtBody(s *sentence, k int) (*entry, int) {
	toks := s.toks
	p := k
	connector := func(p int) bool {
		// "of" after a unit's noun only: "the media office of the
		// Front", not "the investigation of the Front".
		return toks[p].fold == "at" || toks[p].fold == "with" || toks[p].fold == "of" && p > k+1 && toks[k].fold == "the" && toks[p-1].in(setUnitNoun)
	}
	for p < len(toks) && p < k+4 && toks[p].word && !toks[p].cap && mentionAt(s, p) == nil && !connector(p) {
		p++
	}
	if p == k || p+1 >= len(toks) || !connector(p) {
		return nil, 0
	}
	q := p + 1
	if toks[q].is(classDeterminer) && mentionAt(s, q) == nil {
		q++
	}
	for x := 0; x < 3 && q < len(toks); x++ {
		// "the Lagos consultancy SBM Intelligence".
		if m := mentionAt(s, q); m != nil && m.entry.typ == graph.Place {
			q = m.end
		} else if toks[q].word && !toks[q].cap && mentionAt(s, q) == nil {
			q++
		} else {
			break
		}
	}
	m := mentionAt(s, q)
	if m == nil || m.entry.typ != graph.Organization || m.possessive {
		return nil, 0
	}
	e := skipParen(toks, m.end)
	if !closesAppositive(toks, e) {
		return nil, 0
	}
	return m.entry, e
}

// bodyNamedInOffice reads, after an office's "of the", two to four
// capitalised words that name nothing known and close the appositive as a
// body: "the leader of the Estado Mayor Central,". With bare, "the" may be
// left out: "the deputy leader of Narodna Volja," (a head's or member's
// office, whose name opens with no given name). It returns its mention,
// or nil.
func (a *article) bodyNamedInOffice(s *sentence, k int, bare bool) *mention {
	toks := s.toks
	if k < 1 || toks[k-1].fold != "the" && !bare {
		return nil
	}
	if toks[k-1].fold == "the" {
		// "the leader of the self-proclaimed Eastern Republic", "who
		// heads the rebel Free Coast Front": what describes the body
		// before its name.
		k = skipNewBodyAdjectives(s, k)
	}
	j := k
	if m := mentionAt(s, j); m != nil && m.start == j && !m.possessive && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) &&
		m.end < len(toks) && toks[m.end].word && toks[m.end].cap && toks[m.end].in(setBodyHead) && mentionAt(s, m.end) == nil {
		// "the unrecognised Upper Vale Republic": a place's name opens
		// the body's.
		j = m.end
	}
	for j < len(toks) && j-k < 6 && toks[j].word && toks[j].cap && !toks[j].is(classStopword) && mentionAt(s, j) == nil && !coveredAt(s, j) {
		j++
		if j+1 < len(toks) && (toks[j].fold == "of" || toks[j].fold == "for") && toks[j+1].word && toks[j+1].cap && !toks[j+1].is(classStopword) && mentionAt(s, j+1) == nil {
			// "the House of Representatives", "the Forum for Unity".
			j++
		} else if j+2 < len(toks) && j > k && toks[j].fold == "of" && toks[j+1].fold == "the" && toks[j+2].word && toks[j+2].cap && mentionAt(s, j+2) == nil && !coveredAt(s, j+2) {
			// "the Office of the President", "the Council of the
			// Republic": a title may end the name.
			j += 3
			if j < len(toks) && toks[j].is(classStopword) {
				break
			}
		} else if j+1 < len(toks) && j-k >= 2 && j-k < 4 && toks[j].fold == "'s" && toks[j+1].word && toks[j+1].cap && !toks[j+1].is(classStopword) && mentionAt(s, j+1) == nil {
			// "the Eastern People's Republic": a possessive inside the name
			// (after one word, more often its owner's).
			j++
		}
	}
	if j-k < 2 || !closesAppositive(toks, skipParen(toks, j)) {
		return nil
	}
	name := textOf(toks, k, j)
	e := a.discovered(name, graph.Organization)
	if e.typ != graph.Organization {
		return nil
	}
	s.mentions = append(s.mentions, mention{start: k, end: j, entry: e})
	sortMentions(s.mentions)
	a.see(e, name)
	return mentionAt(s, k)
}

// skipNewBodyAdjectives returns the index of the capitalised name after
// up to three lower-case words that describe a body ("self-proclaimed",
// "rebel", "armed opposition"), k when there are none or no capitalised
// word follows them.
func skipNewBodyAdjectives(s *sentence, k int) int {
	toks := s.toks
	j := k
	for j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap && !toks[j].is(classStopword) && !toks[j].is(classDeterminer) && mentionAt(s, j) == nil && (toks[j].info == nil || len(toks[j].info.titles) == 0) {
		j++
	}
	if j == k || j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].hyphen {
		return k
	}
	return j
}

// skipRanks returns the index after the ranks at toks[k] ("Maj Gen",
// "Rear Admiral", "Lt. Col."), k when there are none.
func skipRanks(a *article, toks []token, k int) int {
	for r := a.x.words.has(classRank, toks, k); r > 0; r = a.x.words.has(classRank, toks, k) {
		k += r
		if k < len(toks) && toks[k].fold == "." && !toks[k].space {
			k++
		}
	}
	return k
}

// served reads what an adviser at toks[k] serves: a state's office ("to
// the Iranian foreign minister", "to Iran's president") or a body ("at the
// US State Department", "for Africa at the State Department"). It returns
// the state or body, or nil.
func (a *article) served(s *sentence, k int) *entry {
	toks := s.toks
	for p := k; p < len(toks) && p < k+6; p++ {
		if f := toks[p].fold; f != "to" && f != "at" && f != "with" {
			if closesAppositive(toks, p) {
				return nil
			}
			continue
		}
		q := p + 1
		if q < len(toks) && toks[q].is(classDeterminer) {
			q++
		}
		qs, q2 := a.roster.qualifiers(s, q)
		if t, tj, tn := titleAt(toks, q); len(qs) == 0 && tn > 0 && tj == q && t.predicate != "" && q+tn+1 < len(toks) && toks[q+tn].fold == "of" {
			// "an adviser to the head of the president's office": who
			// advises an office's holder serves the body or state the
			// office is of.
			q3 := q + tn + 1
			if toks[q3].is(classDeterminer) {
				q3++
			}
			if qs3, e := a.roster.qualifiers(s, q3); len(qs3) > 0 {
				q, qs, q2 = q3, qs3, e
			}
		}
		if len(qs) == 0 {
			// "an adviser to President X": the state this article gave
			// the person an office of.
			if _, tj, tn := titleAt(toks, q); tn > 0 && tj == q {
				q += tn
			}
			if p, e := a.personAt(s, skipRanks(a, toks, q)); p != nil && closesAppositive(toks, e) {
				return a.roster.articleState(p)
			}
			continue
		}
		last := qs[len(qs)-1]
		if t, _, n := titleAt(toks, q2); n > 0 && t.predicate != "" && !t.plural {
			// The office of a state or body: its holder serves it.
			if last.entry.typ == graph.Country || last.entry.typ == graph.Organization {
				// "an adviser to Azerbaijani President X": the office
				// served is X's, read as any title.
				a.titledActor(s, q)
				return last.entry
			}
		}
		if last.entry.typ == graph.Organization && !last.possessive && closesAppositive(toks, skipParen(toks, q2)) {
			return last.entry
		}
		return nil
	}
	return nil
}

// oneOfOffices reads, after "one of", the plural offices of a body or
// state: "the M23's leaders", "the commanders of the RSF". It returns the
// body or state and the end, or nil.
func (a *article) oneOfOffices(s *sentence, k int) (*entry, int) {
	toks := s.toks
	if k < len(toks) && toks[k].is(classDeterminer) {
		k++
	}
	k = skipProminence(toks, k)
	qs, j := a.roster.qualifiers(s, k)
	if len(qs) > 0 {
		// "one of the Front's most senior leaders".
		j = skipProminence(toks, j)
	}
	t, j, n := titleAt(toks, j)
	if n == 0 || t.predicate == "" || !strings.HasSuffix(toks[j+n-1].fold, "s") {
		return nil, 0
	}
	end := j + n
	if len(qs) == 0 && end+1 < len(toks) && toks[end].fold == "of" {
		o := end + 1
		if toks[o].is(classDeterminer) {
			o++
		}
		qs, end = a.roster.qualifiers(s, o)
	}
	if len(qs) == 0 {
		return nil, 0
	}
	last := qs[len(qs)-1].entry
	if last.typ != graph.Organization && last.typ != graph.Country {
		return nil, 0
	}
	return last, end
}

// skipProminence returns where the words after toks[k] that say how
// prominent the holders of an office are end: "best-known", "most
// senior", "top" in "one of the best-known Front commanders". Only
// lower-case words of the lexicon's prominence-word set are skipped.
func skipProminence(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+3; j++ {
		if !toks[j].word || toks[j].cap || !toks[j].in(setProminenceWord) {
			return j
		}
		k = j + 1
	}
	return k
}

// gluedPair reports whether toks[i] is one of two names glued by a hyphen,
// "the Belgrade-Pristina dialogue": a qualifier of a file, not a posting.
func gluedPair(toks []token, i int) bool {
	return toks[i].hyphen || i+1 < len(toks) && toks[i+1].hyphen && toks[i+1].cap
}

// capBodyAfterOwner reads, after a state's possessive at toks[k], two to
// five capitalised words that name nothing known and close the
// appositive: "Ukraine's Defence Intelligence", "Russia's Southern
// Military District". Words that open titles elsewhere ("Defence") may
// open the name, but not a title itself ("Peru's Prime Minister"). It
// discovers the body and returns its mention, or nil.
func (a *article) capBodyAfterOwner(s *sentence, k int) *mention {
	toks := s.toks
	if _, n := matchTitle(toks, k); n > 0 {
		return nil
	}
	j := k
	for j < len(toks) && j-k < 5 && toks[j].word && toks[j].cap && !toks[j].hyphen && mentionAt(s, j) == nil && !coveredAt(s, j) {
		j++
	}
	if j-k < 2 || !closesAppositive(toks, skipParen(toks, j)) {
		return nil
	}
	return a.bodyMention(s, k, j)
}

// stateGovernmentEnd returns the end of "transitional government" at
// toks[k], after a state's possessive or adjective: at most two lower-case
// words and a noun for the state's rulers, which name the state itself. It
// returns 0 for anything else, and for the rulers of a part of the state
// ("Ethiopia's regional government in Amhara": subStateSets).
func stateGovernmentEnd(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if !t.word || t.cap || t.sets.hasAny(subStateSets) {
			return 0
		}
		if t.in(setStateRulerNoun) {
			return j + 1
		}
	}
	return 0
}

// adjectiveGovernmentEnd returns the end of the government a state's
// adjective, the last of an office's qualifiers qs, names: "the Malian
// interim government" is the state. It returns 0 when there is no
// qualifier, the last is no state's adjective or no government follows.
func adjectiveGovernmentEnd(toks []token, qs []*mention) int {
	if len(qs) == 0 {
		return 0
	}
	q := qs[len(qs)-1]
	if q.entry.typ != graph.Country || q.possessive || q.kind != aliasDemonym {
		return 0
	}
	return stateGovernmentEnd(toks, q.end)
}

// stateBodyEnd returns the index after a lower-case body of a state at
// toks[k], up to four words ending in a state body's noun ("national
// police", "defense and security forces"), closing the appositive; or 0.
func stateBodyEnd(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		if !t.word || t.cap {
			return 0
		}
		if t.in(setStateBodyNoun) && closesAppositive(toks, j+1) {
			return j + 1
		}
	}
	return 0
}

// skipSecondDescription returns the comma closing a second description
// after "and a" at toks[k], "the head of the council and a cousin of
// Nasrallah,", which states no office; else k.
func skipSecondDescription(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].fold != "and" {
		return k
	}
	office := false
	switch toks[k+1].fold {
	case "a", "an", "the", "his", "her", "its", "their", "himself", "herself":
	default:
		if e := possessiveDescriptionEnd(toks, k+1); e > 0 {
			// "Russia's foreign minister and Tarvo's closest ally,".
			return e
		}
		// "the leader of the Front and governor of the Lake region,": a
		// second office whose object the reader does not know (andOffice
		// reads one it knows); no verb may stand in it.
		if _, j, n := titleAt(toks, k+1); n == 0 || j != k+1 {
			return k
		}
		office = true
	}
	// "the Front's chairman and the region's ousted president,", "the
	// deputy commander of the Front and a brother of its leader X "Y",",
	// "the chairman of the Commission and himself a former premier,".
	for j := k + 2; j < len(toks) && j < k+12; j++ {
		switch f := toks[j].fold; {
		case office && verbBetween(toks, j, j+1):
			return k
		case toks[j].word || f == "'s" || f == "'" || f == "\"" || f == "“" || f == "”":
		case f == ",":
			return j
		default:
			return k
		}
	}
	return k
}

// possessiveDescriptionEnd returns the comma that closes a description
// opened at toks[i] by one name's possessive and ended by words in lower
// case, "Tarvo's most important protector,", "Tarvo's main ally,"; 0 when
// there is none. A capitalised word after the possessive ("Iran's Ivo
// Dragan,") names someone else, and a verb states a clause, not a
// description, unless the description ends on an ally's or a partner's
// noun, which the -ed word then qualifies ("Erdogan's most trusted
// ally,").
func possessiveDescriptionEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j < i+4 && toks[j].word && toks[j].cap {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].fold != "'s" && toks[j].fold != "'" {
		return 0
	}
	verb := false
	for k := j + 1; k < len(toks) && k < j+8; k++ {
		switch {
		case toks[k].fold == ",":
			if k > j+1 && (!verb || toks[k-1].sets.hasAny(allyPartnerNouns)) {
				return k
			}
			return 0
		case !toks[k].word || toks[k].cap:
			return 0
		case verbBetween(toks, k, k+1):
			verb = true
		}
	}
	return 0
}

// readAppositiveAlly names the reading of an ally named in the second
// description of a person's appositive.
const readAppositiveAlly = "reading appositive-ally"

// secondDescriptionAlly reads the second description of a person's
// appositive, from "and" at toks[k] to its closing comma at toks[e] (see
// skipSecondDescription), when it names an ally: "X, the speaker of
// parliament and a close ally of Y,", "X, a member of the council and a
// close Y ally,", "... and the Front's closest partner,". The person and
// Y are allies. Y is the one name after "of" that closes the description,
// or the name before the ally noun (its possessive may take up to three
// lower-case words before the noun); a past or trade qualifier within three
// words before the noun ("and a former ally of Y", "and a trading partner
// of Y") states none, nor does a partner in a field, whose name after "of"
// does not close the description ("a partner of Y in the war").
func (a *article) secondDescriptionAlly(s *sentence, person *entry, k, e int) {
	toks := s.toks
	n := -1
	for j := k + 1; j < e; j++ {
		if toks[j].sets.hasAny(allyPartnerNouns) {
			n = j
			break
		}
	}
	if n < 0 {
		return
	}
	for j := max(k+1, n-3); j < n; j++ {
		if toks[j].in(setFormerWord) || toks[j].in(setPastAdverb) || toks[j].in(setTradeQualifier) || toks[j].in(setNonAllianceQualifier) {
			return
		}
	}
	var other *mention
	if n+2 < e && toks[n+1].fold == "of" {
		j := n + 2
		if toks[j].is(classDeterminer) {
			j++
		}
		if m := mentionAt(s, j); m != nil && m.end == e {
			other = m
		}
	} else if n+1 == e {
		for j := k + 1; j < n; j++ {
			if m := mentionAt(s, j); m != nil && (m.end == n || m.possessive && m.end+1 < n && n-m.end <= 4 && lowerWords(toks[m.end+1:n])) {
				// "a close Y ally", "Y's closest ally".
				other = m
			}
		}
	}
	if other == nil || other.entry == person || other.entry.typ == graph.Place || other.entry.typ == graph.Agreement {
		return
	}
	a.relFact(s, person, graph.AlliedWith, other.entry, 0.75, readAppositiveAlly)
}

// possessiveAppositive reads the office after "its" in an appositive at
// toks[k], "X, its deputy leader,": the office is the first body or state
// the sentence named before X. It returns where reading goes on.
func (a *article) possessiveAppositive(s *sentence, person *entry, k, end int) int {
	toks := s.toks
	for k < len(toks) && toks[k].is(classTitleAdjective) {
		k++
	}
	t, j, n := titleAt(toks, k)
	if n == 0 || j != k || t.plural || t.predicate == "" || !closesAppositive(toks, j+n) {
		return end
	}
	named := false
	for _, ac := range s.actors {
		if len(ac.ents) != 1 || ac.adjective {
			continue
		}
		e := ac.ents[0]
		named = named || isBody(e)
		if t.fits(e) {
			a.roleFact(s, person, t.predicate, e, 0.75, toks[j+n-1].fold, readPossessiveTitle)
			break
		}
	}
	if e := a.previousSubjectBody(s, t.fits); !named && e != nil {
		// "The Tarvo Council condemned the veto. X, its leader, said
		// ...": with no body named before X, the body that was the
		// subject of the sentence before.
		a.roleFact(s, person, t.predicate, e, 0.7, toks[j+n-1].fold, readPossessiveTitle)
	}
	k = j + n
	if k < len(toks) && toks[k].fold == "," {
		k++
	}
	return k
}

// previousSubjectBody returns the body the sentence before s opens with
// as its subject, named by a name of its own (not a reference, place or
// adjective), when it fits; nil when that sentence opens with anyone
// else, or names another body that fits as well: "The army attacked the
// Front. X, its leader," may be either's.
func (a *article) previousSubjectBody(s *sentence, fits func(*entry) bool) *entry {
	if s.index == 0 {
		return nil
	}
	prev := a.sentences[s.index-1]
	if len(prev.actors) == 0 {
		return nil
	}
	ac := prev.actors[openingActor(prev, len(prev.actors)-1)]
	if len(ac.ents) != 1 || ac.adjective || ac.possessive || ac.place() || ac.ref != refNone || !isBody(ac.ents[0]) || !fits(ac.ents[0]) {
		return nil
	}
	if j := ac.start; j > 0 && prev.toks[j-1].fold != "," && !(j == 1 && prev.toks[0].is(classDeterminer)) {
		// The body is the subject: it opens the sentence, or its main
		// clause after an adjunct's comma; "After talks with the
		// Council, officials said" opens with no body.
		return nil
	}
	if ac.end >= len(prev.toks) || !prev.toks[ac.end].word && prev.toks[ac.end].fold != "," {
		return nil
	}
	e := ac.ents[0]
	for _, b := range prev.actors {
		for _, o := range b.ents {
			if o != e && !b.adjective && !b.place() && isBody(o) && fits(o) {
				return nil
			}
		}
	}
	return e
}

// officeBody reads the lower-case body an office belongs to at toks[k],
// after "of" (and "the"): an owner, up to two lower-case words and a body's
// head noun, "Tigray's interim administration", "the Houthi political
// bureau", or, after "the", at least one word and the head, "the interim
// administration". The owner is a state or body with "'s" or as an
// adjective, or one or two capitalised words the lexicon does not know.
// The body the catalog lacks is named by the phrase as the text writes it,
// and is part of a known owner. "of" and a short place
// after the head ("of the Tigray region") are read but not named. The
// phrase closes an appositive, or, when open, may end before a word such
// as "on" or "last" ("sworn in as president of the interim administration
// on Monday"). It returns the body's mention, ending where the reading
// ends, or nil.
func (a *article) officeBody(s *sentence, k int, open bool) *mention {
	if m := a.ownedCapBody(s, k); m != nil {
		return m
	}
	toks := s.toks
	start, j := k, k
	var owner *entry
	possessed := false // the owner is a possessive: "Ethiopia's"
	m := mentionAt(s, j)
	if m == nil && j > 0 && toks[j-1].is(classDeterminer) {
		// "the UN" read as one name with its article.
		if m = mentionAt(s, j-1); m != nil && m.end <= j {
			m = nil
		}
	}
	if m != nil {
		switch {
		case m.entry.typ == graph.Person || m.entry.typ == graph.Agreement:
			return nil
		case m.possessive && m.end < len(toks) && (toks[m.end].fold == "'s" || toks[m.end].fold == "'"):
			owner, j = m.entry, m.end+1
			possessed = true
		case m.kind == aliasDemonym || !m.possessive && (m.entry.typ == graph.Organization || m.entry.typ == graph.Country):
			// "the Houthi political bureau".
			owner, j = m.entry, m.end
		default:
			return nil
		}
	} else if j < len(toks) && toks[j].word && toks[j].cap {
		// "Tigray's", "Houthi": a capitalised owner the lexicon does
		// not know.
		e := j
		for e < len(toks) && e < j+2 && toks[e].word && toks[e].cap && toks[e].info == nil && !coveredAt(s, e) {
			e++
		}
		if e == j {
			return nil
		}
		j = e
		if j < len(toks) && toks[j].fold == "'s" {
			j++
		}
	} else if k == 0 || toks[k-1].fold != "the" {
		return nil
	}
	head := 0
	for x := j; x < len(toks) && x < j+3; x++ {
		t := toks[x]
		if !t.word || t.cap || t.is(classDeterminer) || coveredAt(s, x) {
			break
		}
		if t.in(setOfficeBodyHead) {
			head = x + 1
			break
		}
		if t.fold == "government" && x > j && toks[x-1].in(setRegionalWord) && (owner == nil && start != j || owner != nil && owner.typ == graph.Organization) {
			// "the Amhara regional government": a region's government,
			// no state's.
			head = x + 1
			break
		}
	}
	if head == 0 || start == j && (head == j+1 || !toks[head-1].in(setBodyHead)) {
		// "the council": no body without a word of its own; and with no
		// owner, only a body "the" + noun may name ("the interim
		// administration", not "the special unit").
		if start == j && head == j+1 && closesAppositive(toks, head) {
			// "X, the acting head of the mission,": the one body the
			// article named before with that noun in its name.
			if e := a.bodyByHeadNoun(s, toks[j].fold); e != nil {
				return &mention{start: start, end: head, entry: e}
			}
		}
		return nil
	}
	end := head
	if end+1 < len(toks) && (toks[end].fold == "of" || toks[end].fold == "in") {
		// "the interim administration of the Tigray region,", "the
		// joint operations room in the south,".
		for x := end + 1; x < len(toks) && x < end+6; x++ {
			if m := mentionAt(s, x); m != nil && m.end > x+1 {
				// "in South Sudan": the place's name read whole.
				x = m.end - 1
				continue
			}
			if !toks[x].word || coveredAt(s, x) && mentionAt(s, x) == nil {
				if closesAppositive(toks, x) {
					end = x
				}
				break
			}
		}
	}
	if end == head && !closesAppositive(toks, end) && !(open && end < len(toks) && toks[end].in(setPhraseEnd)) {
		return nil
	}
	name := textOf(toks, start, head)
	if owner != nil && !toks[start].cap {
		// "the group's political council": the owner named by a common
		// noun is left out of the name.
		name = textOf(toks, j, head)
	}
	e := a.discovered(name, graph.Organization)
	if e.typ != graph.Organization {
		return nil
	}
	if owner != nil && possessed && placedIn(s, head, owner) {
		// "Ethiopia's interim administration in Tigray": a region's;
		// a demonym may name who installed it, not whose it is ("the
		// Russian-installed administration in Kherson").
		a.placedPartOf(s, e, owner, 0.8, readOwnedName)
	} else if owner != nil {
		a.partOf(s, e, owner, 0.8, readOwnedName)
	}
	a.see(e, name)
	if m := mentionAt(s, start); m != nil {
		// The owner's mention becomes the body's.
		*m = mention{start: start, end: end, entry: e}
		return m
	}
	s.mentions = append(s.mentions, mention{start: start, end: end, entry: e})
	sortMentions(s.mentions)
	return mentionAt(s, start)
}

// unownedStateBody reads at toks[k], after "the" (or, with bare, before
// a title), the name of a body every state has with no state before it:
// "the Ministry of Foreign Affairs", "the foreign ministry in Tehran",
// "Foreign Ministry spokesman X". Its state is the one "in" and a state
// or capital after the name say, else the one "the country" would name
// (countryReferent) when it is also the state of the last office of a
// state the article stated, if any. It returns the state's body and the end of the
// phrase, or nil when the state is unsure.
func (a *article) unownedStateBody(s *sentence, k int, bare bool) (*entry, int) {
	toks := s.toks
	if k >= len(toks) || !bare && (k < 1 || toks[k-1].fold != "the") || toks[k].info == nil || mentionAt(s, k) != nil {
		return nil, 0
	}
	var als []*alias
	n := 0
	for _, pv := range toks[k].info.aliases {
		if len(pv.keys) <= n || !hasKeys(toks, k, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if al.scope != "" && al.entry.typ == graph.Organization {
				als, n = pv.value, len(pv.keys)
				break
			}
		}
	}
	if n == 0 {
		return nil, 0
	}
	e := k + n
	var state *entry
	if e+1 < len(toks) && toks[e].fold == "in" && !bare {
		if m := mentionAt(s, e+1); m != nil && m.start == e+1 && m.entry.typ == graph.Country && !m.possessive {
			state, e = m.entry, m.end
		}
	}
	if state == nil {
		state = a.countryReferent(s, k)
		if st := a.lastOfficeState(); st != nil && st != state {
			// "President X condemned Israel. Foreign Ministry spokesman
			// Y said": the state whose officials speak, unless it is
			// the one the sentences name.
			state = nil
		}
	}
	if state == nil {
		return nil, 0
	}
	for _, al := range als {
		if al.scope == state.name && al.entry.typ == graph.Organization {
			return al.entry, e
		}
	}
	return nil, 0
}

// lastOfficeState returns the state of the last office of a state the
// article stated (an envoy's aside), or nil.
func (a *article) lastOfficeState() *entry {
	for h := len(a.roster.list) - 1; h >= 0; h-- {
		if o := a.roster.list[h]; o.object.typ == graph.Country && o.predicate != graph.EnvoyOf {
			return o.object
		}
	}
	return nil
}

// missionToEnd returns the end of "to" and a state after a body at
// toks[k], "to Ukraine", "to the Central African Republic": where a
// mission is sent; else k.
func missionToEnd(s *sentence, k int) int {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].fold != "to" {
		return k
	}
	e := k + 1
	if toks[e].is(classDeterminer) && mentionAt(s, e) == nil {
		e++
	}
	if m := mentionAt(s, e); m != nil && m.start == e && m.entry.typ == graph.Country && !m.possessive {
		return m.end
	}
	return k
}

// postingPlaceEnd returns the end of where an envoy sits, "in New York"
// after "ambassador to the United Nations", "in north and east Syria",
// when it closes the appositive; else k.
func postingPlaceEnd(s *sentence, k int) int {
	if e := placeEnd(s, k); e > k && closesAppositive(s.toks, e) {
		return e
	}
	return k
}

// placeEnd returns the end of a place after "in" or "at" at toks[k], "in
// Gaza", "in northern Mali", "at Geneva"; else k.
func placeEnd(s *sentence, k int) int {
	toks := s.toks
	if k+1 >= len(toks) || toks[k].fold != "in" && toks[k].fold != "at" {
		return k
	}
	e := k + 1
	for e < len(toks) && e < k+5 && toks[e].word && !toks[e].cap && mentionAt(s, e) == nil {
		// "in north and east Syria", "in northern Mali".
		e++
	}
	if m := mentionAt(s, e); m != nil {
		if m.entry.typ != graph.Place && m.entry.typ != graph.Country {
			return k
		}
		e = m.end
	} else {
		for e < len(toks) && e < k+4 && toks[e].cap && toks[e].word {
			e++
		}
	}
	if e > k+1 {
		return e
	}
	return k
}

// officeLeadIn returns the index after up to three words at toks[k] that
// open an appositive's office without stating one: "now", "also",
// "serving as", "acting as", "newly appointed", "recently named"; or k
// when a title does not follow them.
func officeLeadIn(s *sentence, k int) int {
	toks := s.toks
	j := k
	for j < len(toks) && j < k+3 {
		t := toks[j]
		if !t.word || t.cap && j > k {
			break
		}
		lead := t.in(setRelativeCopula) && !t.in(setAuxVerb) ||
			t.in(setOfficeVerb) && !t.in(setAuxVerb) ||
			t.is(classTitleAdjective) && j+1 < len(toks) && toks[j+1].fold == "as" ||
			strings.HasSuffix(t.fold, "ly") && j+1 < len(toks) && toks[j+1].in(setOfficeVerb)
		if !lead {
			break
		}
		j++
	}
	if j == k {
		return k
	}
	if j < len(toks) && (toks[j].is(classDeterminer) || toks[j].fold == "its" || toks[j].fold == "their") {
		return j
	}
	if m := mentionAt(s, j); m != nil {
		return j
	}
	if _, n := matchTitle(toks, j); n > 0 {
		return j
	}
	return k
}

// ownedCapBody reads, at toks[k], a body named by its owner's name and
// capitalised words with a body's head, and where it works: "the UN
// Commission on Human Rights in South Sudan", "the UN Mission in South
// Sudan (UNMISS)". The owner is a known body; the words ("on", "of",
// "for" and "and" may join them) name nothing known; the name, as
// written, closes the appositive, an acronym in parentheses after it
// ("the SADC Ministerial Committee of the Organ"). The body is part of
// its owner. It returns its mention, or nil.
func (a *article) ownedCapBody(s *sentence, k int) *mention {
	toks := s.toks
	owner := mentionAt(s, k)
	if owner == nil && k > 0 && toks[k-1].is(classDeterminer) {
		// "the UN" read as one name with its article.
		owner = mentionAt(s, k-1)
	}
	if owner == nil || owner.entry.typ != graph.Organization || owner.possessive || owner.end >= len(toks) {
		return nil
	}
	j, head := owner.end, 0
	for j < len(toks) && j < owner.end+8 {
		t := toks[j]
		switch {
		case t.word && t.cap && !t.is(classStopword) && mentionAt(s, j) == nil && !coveredAt(s, j):
			if t.is(classOrgHead) {
				head = j + 1
			}
			j++
			continue
		case j > owner.end && (t.fold == "on" || t.fold == "of" || t.fold == "for" || t.fold == "and") && j+1 < len(toks) && (toks[j+1].cap || toks[j+1].fold == "the" && t.fold != "and"):
			j++
			continue
		case j > owner.end && t.fold == "the" && (toks[j-1].fold == "of" || toks[j-1].fold == "on" || toks[j-1].fold == "for") && j+1 < len(toks) && toks[j+1].cap:
			// "the Ministerial Committee of the Organ".
			j++
			continue
		}
		break
	}
	if head == 0 || head <= owner.end {
		return nil
	}
	end := j
	for end > head && !toks[end-1].cap {
		end--
	}
	if end+1 < len(toks) && toks[end].fold == "," && toks[end+1].word && toks[end+1].cap && mentionAt(s, end+1) == nil {
		// "on Politics, Defence and Security": a list of capitalised
		// words goes on the name; anything else after the comma leaves
		// where the name ends unclear.
		p, and := end+1, false
		for p < len(toks) && p < end+9 && (toks[p].word && toks[p].cap && mentionAt(s, p) == nil || toks[p].fold == "," || toks[p].fold == "and") {
			and = and || toks[p].fold == "and"
			p++
		}
		for p > end && !toks[p-1].cap {
			p--
		}
		if !and || !closesAppositive(toks, p) {
			return nil
		}
		end = p
	}
	if end+1 < len(toks) && toks[end].fold == "in" {
		// "in South Sudan": where the body works, part of its name.
		if m := mentionAt(s, end+1); m != nil && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) && !m.possessive {
			end = m.end
		}
	}
	if !closesAppositive(toks, skipParen(toks, end)) {
		return nil
	}
	name := textOf(toks, owner.start, end)
	if toks[owner.start].is(classDeterminer) {
		name = textOf(toks, owner.start+1, end)
	}
	e := a.discovered(name, graph.Organization)
	if e.typ != graph.Organization || e == owner.entry {
		return nil
	}
	a.see(e, name)
	a.partOf(s, e, owner.entry, 0.8, readOwnedName)
	start := owner.start
	*owner = mention{start: start, end: skipParen(toks, end), entry: e}
	return owner
}

// relativeIn returns the index of "who" opening a relative clause within
// the appositive that goes on at toks[k], before its closing comma, or 0.
func relativeIn(toks []token, k int) int {
	for w := k; w < len(toks) && w < k+maxAppositive && toks[w].fold != "," && !isTerminal(toks[w]); w++ {
		if toks[w].fold == "who" {
			return w
		}
	}
	return 0
}

// timeTail returns the end of a short phrase of time at toks[k] that ends
// an appositive, "since 2015", "in 2020", "until last year": a word of the
// set phrase-end and up to three words with no name, before the closing
// comma or full stop. It returns k when there is none.
func timeTail(s *sentence, k int) int {
	toks := s.toks
	if k >= len(toks) || !toks[k].in(setPhraseEnd) || toks[k].fold == "and" || toks[k].fold == "to" {
		return k
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		if closesAppositive(toks, e) && e > k+1 {
			return e
		}
		if !toks[e].word || mentionAt(s, e) != nil || coveredAt(s, e) || toks[e].cap && !isMonth(toks[e]) {
			return k
		}
	}
	return k
}

// counterpartAppositive reads ", his Chilean counterpart," after a name at
// toks[j]: the person holds the office of the person named before him in
// the sentence, for the state the demonym names. It returns the end of
// the appositive, or 0 when there is none.
func (a *article) counterpartAppositive(s *sentence, person *entry, j int) int {
	toks := s.toks
	if j+3 >= len(toks) || toks[j].fold != "his" && toks[j].fold != "her" {
		return 0
	}
	m := mentionAt(s, j+1)
	if m == nil || m.kind != aliasDemonym || m.entry.typ != graph.Country || m.end >= len(toks) || !toks[m.end].is(classCounterpart) || !closesAppositive(toks, m.end+1) {
		return 0
	}
	var other *entry
	for x := len(s.actors) - 1; x >= 0 && other == nil; x-- {
		if ac := s.actors[x]; len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && ac.ents[0] != person && ac.ref == refNone {
			other = ac.ents[0]
		}
	}
	if other == nil {
		return 0
	}
	h := a.roster.stateHolder(other)
	if h == nil || h.object == m.entry || h.predicate == graph.EnvoyTo {
		return 0
	}
	a.roleFact(s, person, h.predicate, m.entry, 0.8, h.word, readCounterpart)
	e := m.end + 1
	if e < len(toks) && toks[e].fold == "," {
		e++
	}
	return e
}

// readMissionAppositive names the reading of missionAppositions in Explain.
const readMissionAppositive = "reading mission-appositive"

// missionAppositions reads a body's mission or agency named beside its own
// name: "the UN peacekeeping mission, MINUSCA,", "MINURSO, the UN mission
// in the territory,". The mission is part of the body that owns it.
func (a *article) missionAppositions(s *sentence) {
	toks := s.toks
	for k := range s.mentions {
		owner := &s.mentions[k]
		if !isBody(owner.entry) {
			continue
		}
		e := owner.end
		if owner.possessive {
			e++
		}
		e = a.missionNounEnd(s, e)
		if e == 0 {
			continue
		}
		if owner.entry.typ != graph.Organization {
			// "the Sahrawi news agency SPS": a demonym may name a
			// territory's people rather than a state that owns the agency.
			continue
		}
		if e+1 < len(toks) && toks[e].fold == "," {
			// "the UN peacekeeping mission, MINUSCA,".
			if m := mentionAt(s, e+1); m != nil && m.entry.typ == graph.Organization && !m.entry.common && !m.possessive && closesAppositive(toks, m.end) {
				a.partOf(s, m.entry, owner.entry, 0.75, readMissionAppositive)
			}
		}
		st := owner.start
		if st < owner.end && toks[st].fold == "the" {
			// "the UN" may be the body's own alias, article and all.
			st++
		}
		if closesAppositive(toks, e) && st >= 3 && toks[st-1].fold == "the" && toks[st-2].fold == "," {
			// "MINURSO, the UN mission in the territory,".
			if m := lastMentionEndingAt(s, st-2); m != nil && m.entry.typ == graph.Organization && !m.entry.common && !m.possessive {
				a.partOf(s, m.entry, owner.entry, 0.75, readMissionAppositive)
			}
		}
	}
}

// missionNounEnd returns the end of up to three lower-case words at
// toks[k] that end in a mission's noun ("peacekeeping mission", "news
// agency"), with the place it serves after "in" ("in Mali", "in the
// territory"); or 0.
func (a *article) missionNounEnd(s *sentence, k int) int {
	toks := s.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		if !toks[j].word || toks[j].cap {
			return 0
		}
		if !toks[j].in(setMissionNoun) {
			continue
		}
		// The mentions are looked up only now: most bodies are followed
		// by no mission's noun at all.
		for w := k; w <= j; w++ {
			if mentionAt(s, w) != nil {
				return 0
			}
		}
		e := j + 1
		if e+1 < len(toks) && toks[e].fold == "in" {
			if m := mentionAt(s, e+1); m != nil && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) {
				e = m.end
			} else if e+2 < len(toks) && toks[e+1].fold == "the" && toks[e+2].word && !toks[e+2].cap && mentionAt(s, e+2) == nil {
				e += 3
			}
		}
		return e
	}
	return 0
}

// readHisOffice names the reading of hisOffices in Explain.
const readHisOffice = "reading his-office"

// hisOffices reads a person's own spokesman or envoy named after "his" or
// "her": "Guterres condemned the attack, his spokesman X said", "Trump
// said his Middle East envoy, X, would go". The office serves the person
// the sentence named first, or the state that person serves; in a
// sentence that names no one before the pronoun ("'It must end,' his
// spokesman X said"), the one person the sentence before names, if it
// names one only.
func (a *article) hisOffices(s *sentence) {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].fold != "his" && toks[i].fold != "her" {
			continue
		}
		var boss *entry
		for _, m := range s.mentions {
			if m.start < i && m.entry.typ == graph.Person {
				boss = m.entry
				break
			}
		}
		if boss == nil && s.index > 0 {
			boss = onePerson(a.sentences[s.index-1].mentions)
		}
		if boss == nil {
			continue
		}
		k := i + 1
		if m := mentionAt(s, k); m != nil && m.entry.typ == graph.Place && !m.possessive {
			// "his Middle East envoy": the region the envoy covers.
			k = m.end
		}
		t, j, n := titleAt(toks, k)
		if n == 0 || t.plural || j != k || t.predicate != graph.SpokespersonOf && t.predicate != graph.EnvoyOf {
			continue
		}
		k = j + n
		comma := k < len(toks) && toks[k].fold == ","
		if comma {
			k++
		}
		person, end := a.personAt(s, skipRanks(a, toks, k))
		if person == nil || person == boss || comma && !closesAppositive(toks, end) {
			continue
		}
		obj := boss
		if c, _ := a.roster.countryOfFrom(boss); c != nil {
			// "Sisi ..., his spokesman X": an officer of the state the
			// person leads, as "Putin's special envoy" is Russia's.
			obj = c
		}
		a.roleFact(s, person, t.predicate, obj, 0.75, "", readHisOffice)
	}
}

// onePerson returns the one person ms name, nil when they name none or
// several.
func onePerson(ms []mention) *entry {
	var one *entry
	for _, m := range ms {
		if m.entry.typ != graph.Person {
			continue
		}
		if one != nil && one != m.entry {
			return nil
		}
		one = m.entry
	}
	return one
}

// bodyByHeadNoun returns the one body named in the article up to s whose
// name has the noun as a word ("the mission" after "the UN Support Mission
// in Libya"), or nil when none or several do.
func (a *article) bodyByHeadNoun(s *sentence, noun string) *entry {
	var found *entry
	for _, p := range a.sentences[:s.index+1] {
		for _, m := range p.mentions {
			if m.entry.typ != graph.Organization || m.entry == found {
				continue
			}
			for _, w := range strings.Fields(m.entry.name) {
				if foldWord(w) == noun {
					if found != nil {
						return nil
					}
					found = m.entry
					break
				}
			}
		}
	}
	return found
}

// placedIn reports whether "in" and a place other than owner follow at
// toks[k]: "Ethiopia's interim administration in Tigray", not "Syria's
// administration in Damascus", whose capital names the state itself.
func placedIn(s *sentence, k int, owner *entry) bool {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "in" {
		return false
	}
	k++
	if k < len(toks) && toks[k].fold == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].cap {
		return false
	}
	m := mentionAt(s, k)
	return m == nil || m.entry != owner && m.entry.typ != graph.Country
}
