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
	// portfolio marks a state member's office that its portfolio names:
	// "Transport Minister", "Minister of Defence" (see portfolioOffice).
	portfolio bool
	// army marks the office that heads a state's armed forces, whose
	// name says so: "Chief of Army Staff", "chief of defence forces".
	// Its holder heads the state's army, not the state (see officeArmy).
	army bool
}

// fits reports whether the office may belong to e: a body's office to a
// body, a state's to a state, one of either kind to both.
func (t title) fits(e *entry) bool {
	return e.typ == graph.Organization && t.target != targetCountry || e.typ == graph.Country && t.target != targetOrg
}

// loadTitles reads titles.tsv: title, predicate or "-", target, optional
// "plural", "portfolio" or "army".
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
			switch cols[3] {
			case "plural":
				t.plural = true
			case "portfolio":
				t.portfolio = true
			case "army":
				t.army = true
			default:
				return fmt.Errorf("unknown title flag %q", cols[3])
			}
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

// roleFact records a role found in sentence s by the reading why; word is the last word of
// the title that states it ("envoy", "ambassador"), "" when none does,
// kept with the holder so that "the envoy" later finds no ambassador.
func (a *article) roleFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64, word, why string) {
	a.stateRole(s, subj, p, obj, conf, word, why, false)
}

// fromMemory ends the evidence of a role whose state or body the sentence
// does not name ("President X" alone): the catalog supplied it.
const fromMemory = " [office's state or body from the catalog, not from this sentence]"

// memoryConfidence is the confidence of a role the catalog completes:
// below any reading of the text.
const memoryConfidence = 0.5

// memoryRoleFact records a role whose object the catalog supplied, as
// such: with lower confidence and an evidence that says so.
func (a *article) memoryRoleFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, word, why string) {
	a.stateRole(s, subj, p, obj, memoryConfidence, word, why, true)
}

// stateRole records a role; memory marks one the catalog completed.
func (a *article) stateRole(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64, word, why string, memory bool) {
	if subj == nil || obj == nil || subj == obj || p == "" {
		return
	}
	k := factKey{subj, obj, p, s.index}
	_, had := a.facts.byKey[k]
	a.addFact(s, subj, p, obj, conf, why)
	if i, ok := a.facts.byKey[k]; ok {
		switch f := &a.facts.list[i]; {
		case memory && !had:
			f.Evidence += fromMemory
		case !memory:
			// The text states what memory supplied before.
			f.Evidence = strings.TrimSuffix(f.Evidence, fromMemory)
		}
	}
	if subj.typ == graph.Person {
		a.roster.add(holder{subj, p, obj, s.index, word})
	}
	if p == graph.PresidentOf && a.x.words.inSet(word, setMonarchTitle) {
		// A monarch heads the state without a president's office: readers
		// name it either way, so the title states both.
		a.stateRole(s, subj, graph.HeadOf, obj, conf, word, why, memory)
	}
}

// qualifiers reads the states and bodies qualifying an office at toks[i]:
// "Iran's", "Iranian", "Kremlin", "the Assad regime's". It returns their
// mentions and the index after them.
func (rs *roster) qualifiers(s *sentence, i int) ([]*mention, int) {
	var qs []*mention
	for len(qs) < 3 {
		m := mentionAt(s, i)
		if m != nil && m.entry.typ == graph.Person && m.possessive && len(qs) == 0 {
			// "Putin's special envoy": an office of the person's state;
			// "Patrushev's press secretary" speaks for the person.
			if t, n := matchTitle(s.toks, i+m.end-m.start+1); n > 0 {
				if t.predicate == graph.SpokespersonOf {
					qs = append(qs, m)
					i = m.end + 1
					continue
				}
				if c, memory := rs.countryOfFrom(m.entry); c != nil {
					q := *m
					q.entry, q.memory = c, memory
					qs = append(qs, &q)
					i = m.end + 1
					continue
				}
			}
		}
		if m == nil || m.entry.typ == graph.Person || m.entry.typ == graph.Place || m.entry.typ == graph.Agreement {
			break
		}
		if m.end < len(s.toks) && s.toks[m.end].hyphen && (s.toks[m.end].in(setGluedParticiple) || s.toks[m.end].in(setTieParticiple)) && !m.possessive {
			// "a Hezbollah-backed politician", "the Iran-aligned militia
			// commander": the body backs the holder, it does not employ
			// him; "a Front-linked figure" is tied to it, no member.
			i = m.end + 1
			continue
		}
		if m.end-m.start == 1 && armyWord(s.toks[m.start]) && strings.Contains(m.entry.name, " ") && m.entry.country == "" {
			// "Army spokesman X" in an article on the "White Army": a bare
			// army word is the state's army, not a militia's short name.
			i = m.end
			break
		}
		if (m.entry.typ == graph.Country || m.entry.typ == graph.Organization) && !m.possessive {
			// "the Chinese government's special envoy", "the Sudanese
			// authorities' spokesman": the state's possessive, its
			// rulers' noun between; "the Taliban government's defence
			// minister": a body that governs (governingBody).
			if g := stateGovernmentEnd(s.toks, m.end); g > 0 && g < len(s.toks) && (s.toks[g].fold == "'s" || s.toks[g].fold == "'") {
				q := *m
				q.end, q.possessive = g, true
				qs = append(qs, &q)
				i = g + 1
				continue
			}
		}
		qs = append(qs, m)
		i = m.end
		if m.possessive {
			i++
		} else if toks := s.toks; i+2 < len(toks) && toks[i].fold == "(" && toks[i+2].fold == ")" && toks[i+1].upper {
			// "National Intelligence Organization (MIT) head Hakan Fidan".
			i += 3
		}
		if m.entry.typ == graph.Country && m.possessive {
			i = describedBodyAfter(s, i)
		}
	}
	return qs, i
}

// describedBodyAfter returns where a body's name starts after a state's
// possessive at toks[i] when one to three lower-case words that describe
// the body stand between ("Ruritania's paramilitary Vantar Forces",
// "Ruritania's mercenary group Vantor"): adjectives the lexicon does not
// know, descriptors ("group", "militia") and name adjectives; i when no
// body's name follows them. After a state's adjective ("the Lebanese
// resistance movement X") an actor's reading would take the state for a
// second actor, so only the possessive is read so.
func describedBodyAfter(s *sentence, i int) int {
	toks := s.toks
	k := i
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && !toks[k].hyphen && !(k+1 < len(toks) && toks[k+1].hyphen) &&
		(toks[k].info == nil || toks[k].is(classDescriptor) || toks[k].in(setNameAdjective)) {
		k++
	}
	if k == i {
		return i
	}
	if m := mentionAt(s, k); m != nil && m.entry.typ == graph.Organization && !m.entry.common {
		return k
	}
	return i
}

// governingBody returns the body that holds the state's office t when
// the qualifiers name no state: the last qualifier, a body whose words end
// in a government noun, "the Taliban government's defence minister", "the
// National Unity Government's acting president", a body of no state. It
// returns nil otherwise: "the Front's defence minister" is the Front's
// member only.
func governingBody(toks []token, t title, qs []*mention) *entry {
	if t.target != targetCountry || len(qs) == 0 {
		return nil
	}
	q := qs[len(qs)-1]
	if q.entry.typ != graph.Organization || q.end < 1 || q.end > len(toks) || !toks[q.end-1].in(setGovernmentNoun) {
		return nil
	}
	if q.entry.country != "" {
		// A state's own government or a region's ("Kurdistan Regional
		// Government President X") is read by the readings of those.
		return nil
	}
	return q.entry
}

// partOfChain states that each body in qs belongs to the state or body
// qualifying it: "Iran's National Security Council". A state's adjective
// before a people's ("the Syrian Turkmen Brigades") names where the
// people's body is, not its owner.
func (a *article) partOfChain(s *sentence, qs []*mention) {
	for k := 1; k < len(qs); k++ {
		outer, inner := qs[k-1], qs[k]
		if outer.kind == aliasDemonym && outer.end < len(s.toks) && s.toks[outer.end].in(setPeopleDemonym) {
			continue
		}
		if outer.possessive || outer.kind == aliasDemonym {
			a.partOf(s, inner.entry, outer.entry, 0.8, readOfficeBodies)
		}
	}
}

// jointOwner returns the first of two bodies glued by a hyphen before an
// envoy's office, which the envoy represents together with the second:
// "the UN-Arab League envoy", "the AU-UN special representative"; nil
// otherwise. officeObject chooses the second.
func jointOwner(toks []token, t title, qs []*mention) *entry {
	n := len(qs)
	if t.predicate != graph.EnvoyOf || n < 2 {
		return nil
	}
	p, q := qs[n-2], qs[n-1]
	if p.possessive || q.possessive || p.end != q.start || !toks[q.start].hyphen ||
		p.entry.typ != graph.Organization || q.entry.typ != graph.Organization || p.entry.common || q.entry.common {
		return nil
	}
	return p.entry
}

// officeObject chooses the state or body an office belongs to.
func officeObject(t title, qs []*mention, holder *entry, cat *catalog) *entry {
	var country, org, person *entry
	countryFirst := false
	for _, q := range qs {
		switch q.entry.typ {
		case graph.Person:
			person = q.entry
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
		if person != nil && t.predicate == graph.SpokespersonOf {
			return person
		}
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

// fromCatalog reports whether one of the qualifiers of an office is a
// state the catalog gave a person ("Putin's special envoy" with no office
// of Putin's stated): the office's state is then memory.
func fromCatalog(qs []*mention) bool {
	for _, q := range qs {
		if q.memory {
			return true
		}
	}
	return false
}

// portfolioOffice returns the office that a portfolio names when the title
// is a portfolio title ("minister", "cabinet secretary"): the portfolio's
// words are read as the title "<word> minister", so "Minister of National
// Defence and Army Reconstruction" and "Defence Cabinet Secretary" are
// the defence minister. The portfolio is toks[k:e], after the title
// ("of ...") or before it ("Transport Minister"). Only a word that ends
// an item of the portfolio counts, and only in the case the portfolio is
// written in. It returns t when no word of the portfolio names an office,
// or when the title says more than the noun ("Minister of State for
// Foreign Affairs" is no foreign minister).
func (x *Extractor) portfolioOffice(t title, toks []token, j, n, k, e int) title {
	if !t.portfolio || t.predicate != graph.MemberOf || t.plural {
		return t
	}
	word := toks[j+n-1].fold
	pair := []token{{}, {fold: word, info: x.vocab[word]}}
	for i := k; i < e && i < len(toks); i++ {
		if toks[i].cap != toks[k].cap || !toks[i].word || i+1 < e && toks[i+1].fold != "and" && toks[i+1].fold != "," {
			// "Economy and Foreign Trade": "Foreign" ends no item of
			// the portfolio.
			continue
		}
		pair[0] = token{fold: toks[i].fold, info: toks[i].info}
		if t2, m := matchTitle(pair, 0); m == 2 && t2.predicate != "" && t2.predicate != graph.MemberOf && !t2.plural {
			return t2
		}
	}
	return t
}

// headsBody reports whether the office p, held in the body or state e, is
// the body's head: the president or prime minister of a body heads it
// ("the Front elected X as its president", "European Council President
// X"), where a state's are offices of their own.
func headsBody(p graph.Predicate, e *entry) bool {
	return e != nil && e.typ == graph.Organization && (p == graph.PresidentOf || p == graph.PrimeMinisterOf)
}
