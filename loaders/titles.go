package loaders

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/entente/entente/graph"
)

// titleTarget says what kind of entity an office belongs to.
type titleTarget string

// The targets of titles.tsv.
const (
	targetCountry titleTarget = "country" // "President" belongs to a state
	targetOrg     titleTarget = "org"     // "secretary" belongs to a body
	targetAny     titleTarget = "any"     // "spokesman": the body if named, else the state
)

// title is an office named before or after a person's name.
type title struct {
	// predicate links the holder to the office's state or body; "" for
	// titles that must be recognised but state no role ("deputy
	// foreign minister", "adviser").
	predicate graph.Predicate
	target    titleTarget
	plural    bool // "presidents": names several offices, never a person
}

// loadTitles reads titles.tsv: title, predicate or "-", target, optional "plural".
func loadTitles(fsys fs.FS) (*phraseSet[title], error) {
	ts := newPhraseSet[title]()
	err := readTable(fsys, titleFile, 3, 4, func(_ int, cols []string) error {
		p, err := parsePhrase(cols[0])
		if err != nil {
			return err
		}
		t := title{target: titleTarget(cols[2])}
		if cols[1] != "-" {
			t.predicate = graph.Predicate(cols[1])
			if info, ok := t.predicate.Info(); !ok || info.Family != graph.Role {
				return fmt.Errorf("%q is not a role predicate", cols[1])
			}
		}
		switch t.target {
		case targetCountry, targetOrg, targetAny:
		default:
			return fmt.Errorf("unknown title target %q", cols[2])
		}
		if len(cols) > 3 {
			if cols[3] != "plural" {
				return fmt.Errorf("unknown title flag %q", cols[3])
			}
			t.plural = true
		}
		ts.add(p, t)
		return nil
	})
	return ts, err
}

// office is a role without its holder: "the secretary of the NSC".
type office struct {
	predicate graph.Predicate
	object    *entry
	word      string // the title's last word: "the envoy" is no ambassador
}

// roleFact records a role found in sentence s.
func (a *article) roleFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64) {
	if subj == nil || obj == nil || subj == obj || p == "" {
		return
	}
	a.addFact(s, subj, p, obj, conf)
	if subj.typ == graph.Person {
		a.holders = append(a.holders, holder{subj, p, obj, s.index, a.titleWord})
	}
}

// holder is a person known, in this article, to hold an office.
type holder struct {
	person    *entry
	predicate graph.Predicate
	object    *entry
	sentence  int    // where the office is stated
	word      string // the title's last word: "envoy", "ambassador"
}

// qualifiers reads the states and bodies qualifying an office at toks[i]:
// "Iran's", "Iranian", "Kremlin", "the Assad regime's". It returns their
// mentions and the index after them.
func (a *article) qualifiers(s *sentence, i int) ([]*mention, int) {
	var qs []*mention
	for len(qs) < 3 {
		m := a.mentionAt(s, i)
		if m != nil && m.entry.typ == graph.Person && m.possessive && len(qs) == 0 {
			// "Putin's special envoy": an office of the person's state.
			if _, n := matchTitle(s.toks, i+m.end-m.start+1); n > 0 {
				if c := a.countryOf(m.entry); c != nil {
					q := *m
					q.entry = c
					qs = append(qs, &q)
					i = m.end + 1
					continue
				}
			}
		}
		if m == nil || m.entry.typ == graph.Person || m.entry.typ == graph.Place || m.entry.typ == graph.Agreement {
			break
		}
		qs = append(qs, m)
		i = m.end
		if m.possessive {
			i++
		} else if toks := s.toks; i+2 < len(toks) && toks[i].fold == "(" && toks[i+2].fold == ")" && toks[i+1].upper {
			// "National Intelligence Organization (MIT) head Hakan Fidan".
			i += 3
		}
	}
	return qs, i
}

// partOfChain states that each body in qs belongs to the state or body
// qualifying it: "Iran's National Security Council".
func (a *article) partOfChain(s *sentence, qs []*mention) {
	for k := 1; k < len(qs); k++ {
		outer, inner := qs[k-1], qs[k]
		if outer.possessive || outer.kind == aliasDemonym {
			a.partOf(s, inner.entry, outer.entry, 0.8)
		}
	}
}

// officeObject chooses the state or body an office belongs to.
func officeObject(t title, qs []*mention, holder *entry, cat *catalog) *entry {
	var country, org *entry
	countryFirst := false
	for _, q := range qs {
		switch q.entry.typ {
		case graph.Country:
			if country == nil {
				country = q.entry
				countryFirst = org == nil
			}
		case graph.Organization:
			if t.predicate == graph.EnvoyOf && q.entry.common {
				// "chief opposition negotiator X": an umbrella named by
				// a common noun is no body the envoy represents.
				continue
			}
			org = q.entry
		}
	}
	switch t.target {
	case targetCountry:
		if country != nil {
			return country
		}
	case targetOrg:
		if org != nil {
			return org
		}
	case targetAny:
		if org != nil && t.predicate == graph.EnvoyOf && countryFirst && org.country == "" {
			// "Syria's UN ambassador": the state is represented at the
			// international body, not the body itself.
			return country
		}
		if org != nil {
			return org
		}
		if country != nil {
			return country
		}
	}
	if holder == nil || len(qs) > 0 {
		return nil
	}
	// No qualifier: what the catalog knows of the holder decides.
	for _, r := range holder.roles {
		if r.predicate == t.predicate {
			return cat.byName[r.object]
		}
	}
	if t.target == targetCountry && holder.country != "" {
		return cat.byName[holder.country]
	}
	return nil
}

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
		if m := a.mentionAt(s, j); m == nil || m.entry.typ == graph.Person {
			j++
		}
	}
	if det && j < len(toks) {
		// "the Crown Prince later flew home": a rank that is part of a
		// name named before.
		if r := a.x.words.has(classRank, toks, j); r > 0 && j+r < len(toks) && !toks[j+r].cap && toks[j+r].fold != "of" && toks[j+r].word {
			if _, tn := matchTitle(toks, j); tn == 0 {
				if e := a.namedWith(toks[j+r-1].fold); e != nil {
					return &actor{start: i, end: j + r, ents: []*entry{e}, inferred: true}, j + r
				}
			}
		}
	}
	qs, j := a.qualifiers(s, j)
	t, j, n := a.titleAt(toks, j)
	if n == 0 {
		return nil, 0
	}
	a.titleWord = toks[j+n-1].fold
	defer func() { a.titleWord = "" }()
	if t.target == targetOrg {
		// "Russian Chief of General Staff Valery Gerasimov": the body
		// the title names, as its state's.
		var state *entry
		for _, q := range qs {
			if q.entry.typ == graph.Country {
				state = q.entry
			}
		}
		if body := a.bodyInTitle(toks, j, n, state); body != nil {
			qs = append(qs, &mention{start: j, end: j + n, entry: body})
		}
	}
	k := j + n
	var ofGroup []*entry
	// "of [the] [Iran's] Supreme National Security Council", "of Russia and Iran".
	if k < len(toks) && toks[k].fold == "of" {
		k2 := k + 1
		if k2 < len(toks) && toks[k2].is(classDeterminer) {
			k2++
		}
		oqs, k3 := a.qualifiers(s, k2)
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
					m := a.mentionAt(s, next)
					if m == nil || m.entry.typ != last.entry.typ {
						break
					}
					ofGroup = append(ofGroup, m.entry)
					k = m.end
				}
			}
		}
	}
	var to *entry
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on" || toks[k].fold == "in" || toks[k].fold == "at") {
		to, k = a.envoyPosting(s, toks, k)
	}
	a.partOfChain(s, qs)
	if t.plural {
		if len(ofGroup) < 2 && len(qs) == 1 && qs[0].entry.typ == graph.Organization && t.predicate != "" {
			// "the committee's two co-chairs, A and B": the people hold
			// the body's offices.
			if people, end := a.peopleList(s, k); len(people) >= 2 {
				for _, p := range people {
					a.roleFact(s, p, t.predicate, qs[0].entry, 0.85)
				}
				a.membersOfBodies(s, k, end)
				if end+1 < len(toks) && toks[end].fold == "," && !toks[end+1].is(classRelative) && toks[end+1].fold != "who" {
					// The appositive's closing comma.
					end++
				}
				return &actor{start: i, end: end, ents: people}, end
			}
		}
		if len(ofGroup) < 2 && len(qs) < 2 {
			return nil, 0
		}
		ac := &actor{start: i, end: k, offices: t.predicate}
		if len(ofGroup) >= 2 {
			ac.ents = ofGroup
			if people, end := a.respectively(s, k, len(ofGroup)); people != nil {
				// "the foreign ministers of Iran, Russia and Turkey, Zarif,
				// Lavrov and Cavusoglu, respectively": the people.
				for x, p := range people {
					if t.predicate != "" {
						a.roleFact(s, p, t.predicate, ofGroup[x], 0.85)
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
	for {
		if m := a.mentionAt(s, k); m != nil && m.entry.typ == graph.Person {
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
	if person == nil && k+1 < len(toks) && toks[k].fold == "," {
		// "The head of Iran's National Security Council, Ali Shamkhani,";
		// a rank may stand before the name: ", General Joseph Votel,".
		k1 := k + 1
		for r := a.x.words.has(classRank, toks, k1); r > 0 && a.mentionAt(s, k1) == nil; r = a.x.words.has(classRank, toks, k1) {
			k1 += r
		}
		if k1 < len(toks) && k1 > k+1 && toks[k1].fold == "." {
			k1++
		}
		if p, e := a.personAt(s, k1); p != nil && (det || len(qs) > 0) && closesAppositive(toks, e) {
			person, end = p, e
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
		}
	}
	if person == nil && t.predicate == "" && len(qs) == 0 && toks[i].fold == "the" && k < len(toks) && toks[k].fold != "of" && !toks[k].cap {
		// "the King received ...": the person last named with that word
		// in the name ("King Abdullah II").
		if e := a.namedWith(toks[j+n-1].fold); e != nil {
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
			if k < len(toks) && (toks[k].fold == "of" || toks[k].cap) {
				return nil, 0
			}
			return &actor{start: i, end: k, ref: refOffice, office: office{predicate: t.predicate, word: toks[j+n-1].fold}}, k
		}
		obj := officeObject(t, qs, nil, a.x.catalog)
		if obj == nil {
			return nil, 0
		}
		return &actor{start: i, end: k, ref: refOffice, office: office{t.predicate, obj, toks[j+n-1].fold}}, k
	}
	obj := officeObject(t, qs, person, a.x.catalog)
	if obj == nil && t.target == targetOrg && len(qs) == 0 && person.country != "" {
		// "Chief of General Staff Gen. Hulusi Akar": the body of the
		// holder's state.
		obj = a.bodyInTitle(toks, j, n, a.x.catalog.byName[person.country])
	}
	if obj != nil {
		a.roleFact(s, person, t.predicate, obj, 0.9)
	}
	if to != nil && to.typ != graph.Place && to.typ != graph.Agreement {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8)
	}
	if end < len(toks) && toks[end].fold == "," {
		// "Deputy Foreign Minister Mikhail Bogdanov, who is also Putin's
		// special envoy,".
		end = a.appositiveRole(s, person, end)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// respectively reads ", Zarif, Lavrov and Cavusoglu, respectively" at
// toks[k]: n people named in the order of the offices before. It returns
// them and the end, or nil.
func (a *article) respectively(s *sentence, k, n int) ([]*entry, int) {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "," {
		return nil, 0
	}
	var people []*entry
	for k++; len(people) < n; {
		if k < len(toks) && toks[k].is(classCoordinator) {
			k++
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
	if k >= len(toks) || toks[k].fold != "respectively" {
		return nil, 0
	}
	k++
	if k < len(toks) && toks[k].fold == "," {
		k++
	}
	return people, k
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
func (a *article) statesOffices(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && (toks[j].is(classDeterminer) || toks[j].is(classPossRef) || toks[j].fold == "their") {
		j++
	}
	var states []*entry
	for {
		m := a.mentionAt(s, j)
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
		if n := a.x.words.has(classGroupNoun, toks, j); n > 0 && len(states) > 1 && toks[j-1].fold != "," {
			// "the Russian and Syrian forces", "Israeli and Russian militaries".
			return &actor{start: i, end: j + n, ents: states}, j + n
		}
		if j < len(toks) && toks[j-1].fold == "," {
			continue
		}
		return nil, 0
	}
}

// afterBody reads what may follow the body of an office at toks[k]: its
// acronym, "(SNSC)", and its owner, "the Quds Force of the Revolutionary
// Guard", stating that the body is part of the owner. It returns the end.
func (a *article) afterBody(s *sentence, body *entry, k int) int {
	toks := s.toks
	if k+2 < len(toks) && toks[k].fold == "(" && toks[k+2].fold == ")" && toks[k+1].upper {
		k += 3
	}
	if k+1 < len(toks) && toks[k].fold == "of" {
		j := k + 1
		if toks[j].is(classDeterminer) {
			j++
		}
		if m := a.mentionAt(s, j); m != nil && !m.possessive && isBody(m.entry) {
			a.partOf(s, body, m.entry, 0.75)
			return m.end
		}
		// "the Quds Force of Iran's Islamic Revolution Guards Corps": the
		// owner qualified in its turn.
		if qs, end := a.qualifiers(s, j); len(qs) > 1 && !qs[len(qs)-1].possessive && isBody(qs[len(qs)-1].entry) {
			a.partOfChain(s, qs)
			a.partOf(s, body, qs[len(qs)-1].entry, 0.75)
			return end
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
		_, j = a.qualifiers(s, j)
		_, j, n := a.titleAt(toks, j)
		if n == 0 {
			return k
		}
		k = j + n
	}
	return k
}

// matchTitle returns the longest title at toks[k] and its length, or 0.
func matchTitle(toks []token, k int) (title, int) {
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

// titleAt matches a title at toks[j], or after up to two words such as
// "senior" or "top" ("Iran's senior negotiator"). It returns the title,
// where it starts and its length, 0 when there is none.
func (a *article) titleAt(toks []token, j int) (title, int, int) {
	for k := j; k < j+3 && k < len(toks); k++ {
		if t, n := matchTitle(toks, k); n > 0 {
			return t, k, n
		}
		if !toks[k].is(classTitleAdjective) {
			break
		}
	}
	return title{}, j, 0
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

// relativeCopula are the words between "who" and an office: "who is
// also", "who serves as", "who was then".
var relativeCopula = map[string]bool{
	"is": true, "was": true, "serves": true, "served": true, "as": true, "also": true,
	"currently": true, "now": true, "then": true, "has": true, "been": true,
}

// headVerbs state that the subject heads the body that follows: "who
// heads the Popular Mobilization Units".
var headVerbs = map[string]bool{
	"heads": true, "headed": true, "leads": true, "led": true, "commands": true,
	"commanded": true, "chairs": true, "chaired": true,
}

// closesAppositive reports whether an appositive may end at toks[i]: at a
// comma, the end of the sentence or a full stop.
func closesAppositive(toks []token, i int) bool {
	return i >= len(toks) || toks[i].fold == "," || isTerminal(toks[i]) || toks[i].fold == "--"
}

// counterpartActor reads "his Russian counterpart Vladimir Putin": the
// person holds, for the demonym's state, the office of the person named
// before in the sentence.
func (a *article) counterpartActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	j := i
	if j < len(toks) && toks[j].is(classPossRef) {
		j++
	}
	m := a.mentionAt(s, j)
	if m == nil || (m.kind != aliasDemonym && (m.entry.typ != graph.Country || m.possessive)) {
		// "his Russian counterpart", "his US counterpart".
		return nil, 0
	}
	n := a.x.words.has(classCounterpart, toks, m.end)
	if n == 0 {
		return nil, 0
	}
	person, end := a.personAt(s, m.end+n)
	if person == nil && m.end+n+1 < len(toks) && toks[m.end+n].fold == "," {
		// "his Russian counterpart, Sergei Lavrov,".
		if p, e := a.personAt(s, m.end+n+1); p != nil && closesAppositive(toks, e) {
			person, end = p, e
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
		}
	}
	if person == nil {
		// "his Russian counterpart", named before or after: the holder
		// of the office of the person named before, when it is known
		// ("the foreign minister and his Syrian counterpart" is no
		// president).
		ac := &actor{start: i, end: m.end + n, ref: refStatePerson, state: m.entry}
		ac.office.predicate = a.partnerOffice(s)
		return ac, m.end + n
	}
	if p := a.partnerOffice(s); p != "" {
		a.roleFact(s, person, p, m.entry, 0.8)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// counterpartsActor reads "his Iranian and Turkish counterparts": one
// counterpart of each state, the people, not the states.
func (a *article) counterpartsActor(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if i >= len(toks) || !toks[i].is(classPossRef) {
		return nil, 0
	}
	m := a.mentionAt(s, i+1)
	if m == nil || m.kind != aliasDemonym || m.entry.typ != graph.Country {
		return nil, 0
	}
	{
		states := []*entry{m.entry}
		k := m.end
		for k+1 < len(toks) && (toks[k].fold == "," || toks[k].is(classCoordinator)) {
			m2 := a.mentionAt(s, k+1)
			if m2 == nil || m2.kind != aliasDemonym || m2.entry.typ != graph.Country {
				return nil, 0
			}
			states = append(states, m2.entry)
			k = m2.end
		}
		if len(states) < 2 || k >= len(toks) || toks[k].fold != "counterparts" {
			return nil, 0
		}
		ac := &actor{start: i, end: k + 1, ref: refStatePerson, states: states}
		// The counterparts hold the office of the person named before;
		// when it is not known, they are not guessed.
		ac.office.predicate = a.partnerOffice(s)
		// "his Turkish and Iranian counterparts, A and B": the people,
		// in the order of the states.
		j := k + 1
		comma := j < len(toks) && toks[j].fold == ","
		if comma {
			j++
		}
		if people, end := a.namesFrom(s, j); len(people) == len(states) {
			if comma && end < len(toks) && toks[end].fold == "," {
				// The appositive's closing comma.
				end++
			}
			for x, p := range people {
				if ac.office.predicate != "" {
					a.roleFact(s, p, ac.office.predicate, states[x], 0.85)
				}
			}
			return &actor{start: i, end: end, ents: people}, end
		}
		return ac, k + 1
	}
}

// partnerOffice returns the office of the last person named in s so far,
// as this article or the catalog knows it.
func (a *article) partnerOffice(s *sentence) graph.Predicate {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.ref == refStatePerson && ac.office.predicate != "" && len(ac.states) == 0 {
			// "The Iranian foreign minister later met his Syrian
			// counterpart X".
			return ac.office.predicate
		}
		if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person {
			continue
		}
		p := ac.ents[0]
		for h := len(a.holders) - 1; h >= 0; h-- {
			if a.holders[h].person == p && a.holders[h].object.typ == graph.Country {
				return a.holders[h].predicate
			}
		}
		for _, r := range p.roles {
			if obj := a.x.catalog.byName[r.object]; obj != nil && obj.typ == graph.Country {
				return r.predicate
			}
		}
		return ""
	}
	return ""
}

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
	if i >= len(toks) || !toks[i].cap || a.mentionAt(s, i) != nil {
		return nil, 0
	}
	j := a.nameRun(s, i)
	if j == 0 || j+1 >= len(toks) || toks[j].fold != "," {
		return nil, 0
	}
	k := j + 1
	if toks[k].is(classDeterminer) {
		k++
	}
	_, k = a.qualifiers(s, k)
	if t, n := matchTitle(toks, k); n == 0 || t.predicate == "" {
		return nil, 0
	}
	person, end := a.personAt(s, i)
	if person == nil {
		return nil, 0
	}
	ac := &actor{start: start, end: end, ents: []*entry{person}}
	ac.end = a.appositiveRole(s, person, end)
	return ac, ac.end
}

// appositiveRole reads a role after a name, ", secretary of the Supreme
// National Security Council,", states it and returns the end of the
// appositive (or end when there is none).
func (a *article) appositiveRole(s *sentence, person *entry, end int) int {
	toks := s.toks
	if end >= len(toks) || toks[end].fold != "," {
		return end
	}
	j := end + 1
	if j < len(toks) && toks[j].fold == "who" {
		// ", who is also Putin's special envoy,", ", who serves as
		// secretary of the council,", ", who heads the militia,".
		j++
		for j < len(toks) && relativeCopula[toks[j].fold] {
			j++
		}
		if j+1 < len(toks) && (toks[j].fold == "succeeded" || toks[j].fold == "replaced") {
			// ", who succeeded Soleimani as commander of the Quds Force,".
			if m := a.mentionAt(s, j+1); m != nil && m.entry.typ == graph.Person && m.end < len(toks) && toks[m.end].fold == "as" {
				j = m.end + 1
			}
		}
		if j < len(toks) && headVerbs[toks[j].fold] {
			k := j + 1
			if k < len(toks) && toks[k].is(classDeterminer) {
				k++
			}
			if m := a.mentionAt(s, k); m != nil && m.entry.typ == graph.Organization && !m.possessive {
				e := skipParen(toks, m.end)
				if closesAppositive(toks, e) {
					a.roleFact(s, person, graph.HeadOf, m.entry, 0.8)
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
	if j < len(toks) && (toks[j].is(classDeterminer) || toks[j].fold == "a" || toks[j].fold == "an") {
		j++
	}
	for j < len(toks) && toks[j].is(classTitleAdjective) && a.mentionAt(s, j+1) != nil {
		// ", a senior Jaish al-Islam political official,".
		j++
	}
	qs, j := a.qualifiers(s, j)
	t, j, n := a.titleAt(toks, j)
	if n == 0 || t.plural {
		return end
	}
	a.titleWord = toks[j+n-1].fold
	defer func() { a.titleWord = "" }()
	k := j + n
	var oqs []*mention
	if k < len(toks) && (toks[k].fold == "of" || toks[k].fold == "at" || (toks[k].fold == "for" && t.predicate != graph.EnvoyOf)) {
		k2 := k + 1
		if k2 < len(toks) && toks[k2].is(classDeterminer) {
			k2++
		}
		var k3 int
		oqs, k3 = a.qualifiers(s, k2)
		if len(oqs) == 0 || oqs[len(oqs)-1].possessive {
			return skipAppositive(toks, k, end)
		}
		k = a.afterBody(s, oqs[len(oqs)-1].entry, k3)
	}
	var to *entry
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on") {
		if k+2 < len(toks) && toks[k+1].is(classDeterminer) && a.mentionAt(s, k+2) != nil {
			k++ // "envoy for the Middle East"
		}
		if to, k = a.envoyPosting(s, toks, k); to == nil {
			// "special envoy for arms control,": the file the envoy covers.
			for e := k + 1; e < len(toks) && e < k+6 && toks[e].word && a.mentionAt(s, e) == nil; e++ {
				if closesAppositive(toks, e+1) {
					k = e + 1
					break
				}
			}
		}
	}
	if !closesAppositive(toks, k) || t.predicate == "" {
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
	obj := officeObject(t, all, person, a.x.catalog)
	if obj != nil && t.predicate != "" {
		a.roleFact(s, person, t.predicate, obj, 0.85)
	}
	if to != nil && to.typ != graph.Place && to.typ != graph.Agreement {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8)
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

// possTitledPerson reads "Its founder and commander, Zahran Alloush,": the
// offices of a body named before, held by the person of the appositive.
func (a *article) possTitledPerson(s *sentence, i int) (*actor, int) {
	toks := s.toks
	if i+4 >= len(toks) || (toks[i].fold != "its" && toks[i].fold != "their") {
		return nil, 0
	}
	var offices []title
	k := i + 1
	for {
		t, j, n := a.titleAt(toks, k)
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
	if k+1 >= len(toks) || toks[k].fold != "," {
		return nil, 0
	}
	person, end := a.personAt(s, k+1)
	if person == nil || !closesAppositive(toks, end) {
		return nil, 0
	}
	prev := a.sentences[max(0, s.index-2):s.index]
	body := a.antecedent(s.actors, prev, func(e *entry) bool { return e.typ == graph.Organization })
	if body != nil {
		for _, t := range offices {
			if t.predicate != "" && t.target != targetCountry {
				a.roleFact(s, person, t.predicate, body, 0.8)
			}
		}
	}
	if end < len(toks) && toks[end].fold == "," {
		end++
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// bodyInTitle returns the body a title of n words at toks[j] names after
// "of" ("Chief of General Staff"), when the catalog scopes that name to
// state ("General Staff@Russia"), or nil.
func (a *article) bodyInTitle(toks []token, j, n int, state *entry) *entry {
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

// peopleList reads ", A and B" or ", A, B and C" at toks[k]: two or more
// people, each possibly followed by a short "of" phrase ("A of the
// government and B of the opposition"). It returns them and the end.
func (a *article) peopleList(s *sentence, k int) ([]*entry, int) {
	toks := s.toks
	if k >= len(toks) || toks[k].fold != "," {
		return nil, 0
	}
	return a.namesFrom(s, k+1)
}

// namesFrom reads "A and B", "A (L), B (C) and C (R)" at toks[j]: two or
// more people, each possibly followed by a short "of" phrase.
func (a *article) namesFrom(s *sentence, j int) ([]*entry, int) {
	toks := s.toks
	var people []*entry
	for {
		p, e := a.personAt(s, j)
		if p == nil {
			break
		}
		people = append(people, p)
		j = skipParen(toks, e)
		if j < len(toks) && toks[j].fold == "of" {
			// "of the opposition Syrian Negotiations Commission (SNC)".
			x := j + 1
			for x < len(toks) && x < j+9 && toks[x].fold != "," && !toks[x].is(classCoordinator) && !isTerminal(toks[x]) {
				if m := a.mentionAt(s, x); m != nil && m.entry.typ == graph.Person {
					break
				}
				x++
			}
			j = x
		}
		if j+1 < len(toks) && toks[j].fold == "," && toks[j+1].is(classCoordinator) {
			j++
		}
		if j >= len(toks) || (toks[j].fold != "," && !toks[j].is(classCoordinator)) {
			break
		}
		if q, _ := a.personAt(s, j+1); q == nil {
			break
		}
		j++
	}
	if len(people) < 2 {
		return nil, 0
	}
	return people, j
}

// namedWith returns the person this article last named with the word w in
// the name as written ("King" of "King Abdullah II"), or nil.
func (a *article) namedWith(w string) *entry {
	for k := len(a.order) - 1; k >= 0; k-- {
		e := a.order[k]
		if e.typ != graph.Person {
			continue
		}
		for _, al := range a.seen[e].aliases {
			for _, f := range strings.Fields(al) {
				if foldWord(f) == w {
					return e
				}
			}
		}
	}
	return nil
}

// membersOfBodies reads, in a list of people, "A of the Syrian government
// and B of the opposition Syrian Negotiations Commission": each person is
// a member of the body after "of", unless the article gives them an office
// in it.
func (a *article) membersOfBodies(s *sentence, from, to int) {
	toks := s.toks
	for x := from; x < to && x < len(toks); x++ {
		m := a.mentionAt(s, x)
		if m == nil || m.entry.typ != graph.Person {
			continue
		}
		j := m.end
		if j >= len(toks) || toks[j].fold != "of" {
			continue
		}
		j++
		if j < len(toks) && toks[j].is(classDeterminer) {
			j++
		}
		b := a.mentionAt(s, j)
		if b == nil {
			if j+1 < len(toks) && !toks[j].cap {
				b = a.mentionAt(s, j+1) // "the opposition SNC"
			}
			if b == nil {
				continue
			}
		}
		if b.entry.typ == graph.Organization && !a.holdsOfficeIn(m.entry, b.entry) {
			a.roleFact(s, m.entry, graph.MemberOf, b.entry, 0.7)
		}
		x = b.end - 1
	}
}

// envoyPosting reads where an envoy is posted, after the preposition at k:
// "to Israel", "for the Syrian file", "for Syria Engagement" (the
// capitalised words of the file before the envoy's name). It returns the
// place and the index after it, or nil and k.
func (a *article) envoyPosting(s *sentence, toks []token, k int) (*entry, int) {
	m := a.mentionAt(s, k+1)
	if m == nil && k+2 < len(toks) && toks[k+1].is(classDeterminer) {
		m = a.mentionAt(s, k+2)
	}
	if m == nil || m.entry.typ == graph.Person {
		return nil, k
	}
	k = m.end
	for x := 0; x < 2 && k+1 < len(toks) && toks[k].cap && a.mentionAt(s, k) == nil && toks[k+1].cap; x++ {
		if p, _ := a.personAt(s, k); p != nil {
			break
		}
		k++
	}
	return m.entry, k
}
