package loaders

import (
	"fmt"
	"io/fs"

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
	err := readTable(fsys, titleFile, 3, 4, func(cols []string) error {
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
}

// office is a role without its holder: "the secretary of the NSC".
type office struct {
	predicate graph.Predicate
	object    *entry
}

func (ac *actor) place() bool {
	return len(ac.ents) == 1 && ac.ents[0].typ == graph.Place
}

// roleFact records a role found in sentence s.
func (a *article) roleFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64) {
	if subj == nil || obj == nil || subj == obj || p == "" {
		return
	}
	a.addFact(s, subj, p, obj, conf)
	if subj.typ == graph.Person {
		a.holders = append(a.holders, holder{subj, p, obj})
	}
}

// holder is a person known, in this article, to hold an office.
type holder struct {
	person    *entry
	predicate graph.Predicate
	object    *entry
}

// buildActors finds the actors of s and the roles stated by titles.
func (a *article) buildActors(s *sentence) {
	s.actors = s.actors[:0]
	for i := 0; i < len(s.toks); {
		for _, find := range []func(*sentence, int) (*actor, int){a.titledActor, a.counterpartActor, a.refActor, a.namedActor} {
			if ac, end := find(s, i); ac != nil {
				s.actors = append(s.actors, ac)
				i = end
				goto next
			}
		}
		i++
	next:
	}
}

// qualifiers reads the states and bodies qualifying an office at toks[i]:
// "Iran's", "Iranian", "Kremlin", "the Assad regime's". It returns their
// mentions and the index after them.
func (a *article) qualifiers(s *sentence, i int) ([]*mention, int) {
	var qs []*mention
	for len(qs) < 3 {
		m := a.mentionAt(s, i)
		if m == nil || m.entry.typ == graph.Person || m.entry.typ == graph.Place || m.entry.typ == graph.Agreement {
			break
		}
		qs = append(qs, m)
		i = m.end
		if m.possessive {
			i++
		}
	}
	return qs, i
}

// partOfChain states that each body in qs belongs to the state or body
// qualifying it: "Iran's National Security Council".
func (a *article) partOfChain(s *sentence, qs []*mention) {
	for k := 1; k < len(qs); k++ {
		outer, inner := qs[k-1], qs[k]
		if inner.entry.typ == graph.Organization && (outer.possessive || outer.kind == aliasDemonym) {
			a.roleFact(s, inner.entry, graph.PartOf, outer.entry, 0.8)
		}
	}
}

// officeObject chooses the state or body an office belongs to.
func officeObject(t title, qs []*mention, holder *entry, cat *catalog) *entry {
	var country, org *entry
	for _, q := range qs {
		switch q.entry.typ {
		case graph.Country:
			if country == nil {
				country = q.entry
			}
		case graph.Organization:
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
	if j < len(toks) && a.x.words.is(classDeterminer, toks[j].fold) {
		det = true
		j++
	}
	qs, j := a.qualifiers(s, j)
	t, n := a.x.titles.match(toks, j)
	if n == 0 {
		return nil, 0
	}
	k := j + n
	var ofGroup []*entry
	// "of [the] [Iran's] Supreme National Security Council", "of Russia and Iran".
	if k < len(toks) && toks[k].fold == "of" {
		k2 := k + 1
		if k2 < len(toks) && a.x.words.is(classDeterminer, toks[k2].fold) {
			k2++
		}
		oqs, k3 := a.qualifiers(s, k2)
		if len(oqs) > 0 {
			last := oqs[len(oqs)-1]
			if !last.possessive {
				a.partOfChain(s, oqs)
				qs = append(qs, oqs...)
				k = k3
				ofGroup = append(ofGroup, last.entry)
				// "the presidents of Russia and Iran".
				for t.plural && k+1 < len(toks) && a.x.words.is(classCoordinator, toks[k].fold) {
					m := a.mentionAt(s, k+1)
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
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on" || toks[k].fold == "in") {
		if m := a.mentionAt(s, k+1); m != nil && m.entry.typ != graph.Person {
			to = m.entry
			k = m.end
		}
	}
	a.partOfChain(s, qs)
	if t.plural {
		if len(ofGroup) < 2 && len(qs) < 2 {
			return nil, 0
		}
		ac := &actor{start: i, end: k}
		if len(ofGroup) >= 2 {
			ac.ents = ofGroup
		} else {
			for _, q := range qs {
				ac.ents = append(ac.ents, q.entry)
			}
		}
		return ac, k
	}
	if t.predicate == "" {
		// "Deputy Foreign Minister": the office inside is not the person's.
		for {
			_, n := a.x.titles.match(toks, k)
			if n == 0 {
				break
			}
			k += n
		}
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
		// "The head of Iran's National Security Council, Ali Shamkhani,".
		if p, e := a.personAt(s, k+1); p != nil && (det || len(qs) > 0) && closesAppositive(toks, e) {
			person, end = p, e
			if end < len(toks) && toks[end].fold == "," {
				end++
			}
		}
	}
	if person == nil {
		if !det || len(qs) == 0 || t.predicate == "" {
			return nil, 0
		}
		obj := officeObject(t, qs, nil, a.x.catalog)
		if obj == nil {
			return nil, 0
		}
		return &actor{start: i, end: k, ref: refOffice, office: office{t.predicate, obj}}, k
	}
	if obj := officeObject(t, qs, person, a.x.catalog); obj != nil {
		a.roleFact(s, person, t.predicate, obj, 0.9)
	}
	if to != nil {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
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
	if j < len(toks) && a.x.words.is(classPossRef, toks[j].fold) {
		j++
	}
	m := a.mentionAt(s, j)
	if m == nil || m.kind != aliasDemonym {
		return nil, 0
	}
	n := a.x.words.has(classCounterpart, toks, m.end)
	if n == 0 {
		return nil, 0
	}
	person, end := a.personAt(s, m.end+n)
	if person == nil {
		return nil, 0
	}
	if p := a.partnerOffice(s); p != "" {
		a.roleFact(s, person, p, m.entry, 0.8)
	}
	return &actor{start: i, end: end, ents: []*entry{person}}, end
}

// partnerOffice returns the office of the last person named in s so far,
// as this article or the catalog knows it.
func (a *article) partnerOffice(s *sentence) graph.Predicate {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
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
		return &actor{start: i, end: j + n, ref: refPairCountry}, j + n
	}
	if n := w.has(classPairPerson, toks, j); n > 0 {
		return &actor{start: i, end: j + n, ref: refPairPerson}, j + n
	}
	if w.is(classPersonRef, toks[i].fold) {
		return &actor{start: i, end: i + 1, ref: refPerson}, i + 1
	}
	if !w.is(classPossRef, toks[i].fold) {
		return nil, 0
	}
	k := i + 1
	// Skip adjectives such as "elite" up to the noun.
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && w.has(classGroupNoun, toks, k) == 0 {
		k++
	}
	if n := w.has(classGroupNoun, toks, k); n > 0 {
		kind := refPossPerson
		if toks[i].fold == "its" {
			kind = refPossBody
		}
		return &actor{start: i, end: k + n, ref: kind}, k + n
	}
	if toks[i].fold == "its" {
		if m := a.mentionAt(s, k); m != nil && m.entry.typ == graph.Organization {
			if owner := a.lastBody(s); owner != nil && owner != m.entry {
				a.roleFact(s, m.entry, graph.PartOf, owner, 0.7)
			}
			return &actor{start: i, end: m.end, ents: []*entry{m.entry}}, m.end
		}
	}
	return nil, 0
}

// lastBody returns the last state or body named in s so far.
func (a *article) lastBody(s *sentence) *entry {
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if len(ac.ents) == 1 && (ac.ents[0].typ == graph.Country || ac.ents[0].typ == graph.Organization) {
			return ac.ents[0]
		}
	}
	return nil
}

// namedActor reads a mention as an actor: "Iranian forces" and "Iran's
// government" are Iran; "Iran's Supreme National Security Council" is the
// council, part of Iran; "Ali Shamkhani, secretary of the Supreme National
// Security Council," is Shamkhani, with his role.
func (a *article) namedActor(s *sentence, i int) (*actor, int) {
	m := a.mentionAt(s, i)
	if m == nil {
		return nil, 0
	}
	toks := s.toks
	w := a.x.words
	ac := &actor{start: i, end: m.end, ents: []*entry{m.entry}}
	next := m.end
	if m.possessive {
		next++
	}
	switch {
	case m.kind == aliasDemonym:
		if n := w.has(classGroupNoun, toks, m.end); n > 0 {
			ac.end = m.end + n
		} else if m2 := a.mentionAt(s, m.end); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			a.roleFact(s, m2.entry, graph.PartOf, m.entry, 0.8)
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		} else {
			ac.adjective = true
		}
	case m.possessive && m.entry.typ != graph.Person:
		if m2 := a.mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Person {
			// "Iran's Hassan Rowhani" is Rowhani.
			ac, end := a.namedActor(s, next)
			ac.start = i
			return ac, end
		}
		if n := w.has(classGroupNoun, toks, next); n > 0 {
			ac.end = next + n
		} else if m2 := a.mentionAt(s, next); m2 != nil && m2.entry.typ == graph.Organization && m2.kind != aliasDemonym {
			a.roleFact(s, m2.entry, graph.PartOf, m.entry, 0.8)
			ac.ents, ac.end = []*entry{m2.entry}, m2.end
		}
	}
	if m.possessive && ac.end == m.end {
		ac.possessive = true
	}
	if m.entry.typ == graph.Person {
		ac.end = a.appositiveRole(s, m.entry, ac.end)
	}
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
	if j < len(toks) && (a.x.words.is(classDeterminer, toks[j].fold) || toks[j].fold == "a" || toks[j].fold == "an") {
		j++
	}
	qs, j := a.qualifiers(s, j)
	t, n := a.x.titles.match(toks, j)
	if n == 0 || t.plural {
		return end
	}
	k := j + n
	var oqs []*mention
	if k < len(toks) && (toks[k].fold == "of" || toks[k].fold == "at") {
		k2 := k + 1
		if k2 < len(toks) && a.x.words.is(classDeterminer, toks[k2].fold) {
			k2++
		}
		var k3 int
		oqs, k3 = a.qualifiers(s, k2)
		if len(oqs) == 0 || oqs[len(oqs)-1].possessive {
			return end
		}
		k = k3
	}
	var to *entry
	if t.predicate == graph.EnvoyOf && k+1 < len(toks) && (toks[k].fold == "to" || toks[k].fold == "for" || toks[k].fold == "on") {
		if m := a.mentionAt(s, k+1); m != nil && m.entry.typ != graph.Person {
			to = m.entry
			k = m.end
		}
	}
	if !closesAppositive(toks, k) {
		return end
	}
	all := append(qs, oqs...)
	a.partOfChain(s, qs)
	a.partOfChain(s, oqs)
	if obj := officeObject(t, all, person, a.x.catalog); obj != nil && t.predicate != "" {
		a.roleFact(s, person, t.predicate, obj, 0.85)
	}
	if to != nil {
		a.roleFact(s, person, graph.EnvoyTo, to, 0.8)
	}
	if k < len(toks) && toks[k].fold == "," {
		k++
	}
	return k
}
