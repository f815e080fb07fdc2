package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// mention is a span of a sentence that names an entity.
type mention struct {
	start, end int // token range
	entry      *entry
	kind       aliasKind
	// possessive is true when "'s" follows the mention; end then excludes it.
	possessive bool
	// memory marks a state that stands for a person ("Putin's special
	// envoy") by the catalog's nationality, not by what the text said.
	memory bool
}

// findMentions finds the entities named in s: catalog aliases (longest
// first), names this article has defined (acronyms, surnames) and bodies
// discovered from the shape of their names.
func (a *article) findMentions(s *sentence) {
	toks := s.toks
	// Offices read before this sentence (a later probe of catalogMention
	// records them too) are no offices of its names (review).
	a.refs.officeAt = a.refs.officeAt[:0]
	if !a.refs.groupsRead {
		a.discoverGroups()
	}
	var ms []mention
	for i := 0; i < len(toks); {
		if !toks[i].word {
			i++
			continue
		}
		if m, ok := a.catalogMention(toks, i, ms); ok {
			if toks[i].fold == "the" && m.end < len(toks) {
				// "the UN" is an alias article and all; a longer name
				// after the article wins: "the UN refugee agency". Not
				// when a mission's noun goes on with it: "the UN
				// peacekeeping mission" is the UN's mission, read apart.
				if m2, ok := a.catalogMention(toks, i+1, ms); ok && m2.end > m.end && !(m2.end < len(toks) && toks[m2.end].word && !toks[m2.end].cap && (toks[m2.end].in(setMissionNoun) || toks[m2.end].in(setOrganNoun))) {
					m = m2
				}
			}
			if m.end == i+1 && m.entry.typ == graph.Person {
				// "Hariri" after "Nasr al-Hariri" in this article is
				// he, not the catalog's other Hariri.
				if e := a.refs.localName(toks[i]); e != nil && e != m.entry && e.typ == graph.Person {
					m.entry = e
				}
				m.start = particleStart(toks, m.start, ms)
				if m.start == i && m.entry.typ == graph.Person {
					// "Mohammad Baqer Qalibaf" for the catalog's
					// "Mohammad Bagher Ghalibaf": his given names, in
					// the report's letters, are his mention's.
					m.start = speltGivenNames(toks, m, ms)
				}
			} else if m.entry.typ == graph.Person && particleSurname(toks, m.start, m.end) {
				// "Mr Al Hariri" after "Nasr Al Hariri": the surname
				// with its particle, spelt as the catalog spells one
				// of its own, is his too, a man the catalog does not
				// know, unless the article named the catalog's man
				// otherwise than so (after "Hilal al-Assad" and
				// "Bashar al-Assad" both, "al-Assad" stays Bashar).
				if e := a.refs.localName(toks[m.end-1]); e != nil && e != m.entry && e.typ == graph.Person && a.cast.found[e.name] == e && !a.namedBeyondSurname(m.entry) {
					m.entry = e
				}
			}
			if m.end == i+1 && toks[i].upper && spelledInBrackets(toks, i, m.entry, ms) {
				// "the Somali National Army (SNA)": the words before the
				// brackets spell the acronym and are none of the
				// catalog's names for its body of the same letters; the
				// acronym names what they name (defineAcronyms), not
				// the catalog's body, which never enters the article.
				i = m.end
				continue
			}
			if m.end == i+1 && toks[i].upper {
				if e := a.refs.local[acronymKey+toks[i].fold]; e != nil {
					// An acronym the article spelt out in brackets
					// names what it spelt out, not the catalog's body
					// of the same letters.
					m.entry = e
				}
			}
			if m.entry.typ == graph.Agreement {
				a.noteAgreement(m.entry)
			}
			if a.refs.local["\x02"] != nil && m.entry.typ == graph.Person {
				if e := a.refs.local["\x02"+m.entry.name]; e != nil {
					// A name the article said is another's.
					m.entry = e
				}
			}

			ms = append(ms, m)
			i = m.end
			continue
		}
		if e, end := a.laterNamedAs(toks, i); e != nil {
			ms = append(ms, mention{start: i, end: end, entry: e})
			i = end
			continue
		}
		if e := a.refs.localName(toks[i]); e != nil && !(a.refs.groups[e] && toks[i].hyphen) && !(e.typ == graph.Person && (givenNameOfNew(toks, i) || nameGoesOnAfter(toks, i, e) || a.x.fatherNameAlone(toks, i, e))) &&
			!(i+1 < len(toks) && toks[i+1].cap && toks[i+1].in(setGroupHead)) {
			// "Vostok Group" again is read in full, as the first time.
			// "al-Houthi" is a man's name, not the Houthis.
			start, end := i, i+1
			if e.typ == graph.Person {
				start = particleStart(toks, fullNameStart(toks, i, e, ms), ms)
			}
			for toks[i].upper && end < len(toks) && end < i+3 && toks[end].word && toks[end].hyphen && toks[end].upper {
				// "SPLM-IO" after "(SPLM-IO)" defined it.
				end++
			}
			ms = append(ms, mention{start: start, end: end, entry: e})
			i = end
			continue
		}
		if e := a.refs.firstName(toks[i]); e != nil && !(i+1 < len(toks) && toks[i+1].word && toks[i+1].cap) && !nameGoesOnAfter(toks, i, e) {
			// "Getachew said" after "Getachew Reda"; "Getachew bin Tarsh"
			// is someone else.
			ms = append(ms, mention{start: i, end: i + 1, entry: e})
			i++
			continue
		}
		if t := toks[i]; i > 0 && toks[i-1].fold == "the" && t.cap && !t.upper && !t.hyphen && t.info == nil && i+1 < len(toks) && toks[i+1].in(setRegimeNoun) {
			// "the Vandril regime": a ruler the article names by this
			// word alone, with his rule.
			e := a.discovered(t.text, graph.Person)
			if e.typ == graph.Person {
				ms = append(ms, mention{start: i, end: i + 2, entry: e})
				a.refs.local[t.fold] = e
				i += 2
				continue
			}
		}
		if e, n := a.bareArmy(s, i, ms); e != nil {
			// "The army said": the army named before.
			ms = append(ms, mention{start: i, end: i + n, entry: e, kind: aliasDefinite})
			i += n
			continue
		}
		if e, start, end := a.governmentIn(toks, i); e != nil {
			// "the government in Damascus": the state's government.
			ms = append(ms, mention{start: start, end: end, entry: e})
			i = end
			continue
		}
		if e := a.federalGovernment(toks, i); e != nil {
			// "the federal government": the state.
			ms = append(ms, mention{start: i, end: i + 2, entry: e, kind: aliasDefinite})
			i += 2
			continue
		}
		if e, start := a.bareJunta(toks, i); e != nil {
			ms = append(ms, mention{start: start, end: i + 1, entry: e})
			i++
			continue
		}
		if e := a.refs.coalitionMeans(toks, i); e != nil {
			// "coalition jets struck": the coalition named before.
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e := a.refs.definiteBody(toks, i); e != nil {
			if g := a.groupOfSentence(toks, i, s.index, ms, e); g != nil {
				// "the Front, the group that ...": the body this
				// sentence named, not a group of a sentence before.
				e = g
			}
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e, st := a.bandGroup(toks, i, s.index, ms); e != nil {
			// "the militiamen opened fire": the one armed group in play.
			ms = append(ms, mention{start: st, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e := a.nearestGroup(toks, i, s.index, ms); e != nil {
			// "Hamas said ... The group added": the one body near
			// that "the group" can denote.
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e := a.rulingBody(toks, i, s.index, ms); e != nil {
			// "fighting the regime": the state's ruling body.
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e := a.refs.rankedPerson(toks, i); e != nil {
			// "Grundberg thanked the prince": the person last named
			// after that rank.
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e, st := a.refs.blocRef(toks, i, ms); e != nil {
			// "the 15-nation bloc said": the regional body named before.
			ms = append(ms, mention{start: st, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e, st := a.refs.describedGroup(toks, i, s.index); e != nil {
			// "the extremist group said": the adjectives are the
			// reference's.
			ms = append(ms, mention{start: st, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e, st := a.describedInPlay(toks, i, s.index, ms); e != nil {
			// "accused the paramilitary group of killing": the one
			// armed group in play.
			ms = append(ms, mention{start: st, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e, st := a.refs.describedBody(toks, i); e != nil {
			// "the regional force said": the body last named with that
			// head noun.
			ms = append(ms, mention{start: st, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		if e := a.refs.definiteAgreement(toks, i); e != nil {
			a.noteAgreement(e)
			ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
			i++
			continue
		}
		i++
	}
	ms = dropGeographic(toks, ms)
	ms = dropPeopleAdjectives(toks, ms)
	ms = a.discoverBodies(s, ms)
	ms = a.discoverSubBodies(s, toks, ms)
	ms = a.organs(s, ms)
	ms = a.discoverLedBodies(toks, ms)
	ms = a.discoverBackedBodies(toks, ms)
	ms = a.backedRefs(toks, ms)
	ms = a.describedGroupRef(toks, ms)
	ms = a.discoverAgreements(s, toks, ms)
	ms = a.discoverInterimBodies(toks, ms)
	ms = a.discoverNamedAs(s, toks, ms)
	ms = a.discoverDesignated(toks, ms)
	ms = a.speakerBodies(toks, ms)
	ms, described := dropCommonBeforeName(toks, ms)
	ms = a.armyMentions(s, ms)
	for k := range ms {
		m := &ms[k]
		if m.end < len(toks) && toks[m.end].fold == "'s" {
			m.possessive = true
		}
		if m.entry.typ == graph.Country && m.kind != aliasDefinite {
			// "Ethiopia's federal government": "the federal government"
			// later is Ethiopia.
			j := m.end
			if m.possessive {
				j++
			}
			if j+1 < len(toks) && toks[j].fold == "federal" && toks[j+1].fold == "government" {
				a.refs.federal = m.entry
			}
		}
		if m.entry.typ == graph.Organization && m.kind != aliasDefinite && m.entry.country != "" && a.x.catalog.armyOf(a.x.catalog.byName[m.entry.country]) == m.entry &&
			a.x.namesArmy(toks, m.end-1) {
			// "the Syrian army": a bare "the army" later is this one.
			a.refs.army = m.entry
		} else if m.entry.typ == graph.Organization && m.kind != aliasDefinite && a.cast.found[m.entry.name] == m.entry &&
			(m.entry.country == "" || a.refs.armies[a.x.catalog.byName[m.entry.country]] == m.entry) && a.x.namesArmy(toks, m.end-1) {
			// "the Sudanese Armed Forces", a name discovery found: the
			// state's army, when the catalog knows none.
			a.armyNamed(toks, *m)
		}
		if m.kind != aliasDefinite {
			a.noteRuler(toks, m, s.index)
		}
		if m.entry.typ == graph.Person && m.kind != aliasDefinite {
			// "Prince Khalid bin Salman": "the prince" later is he.
			a.noteRank(toks, m.start, m.entry)
		}
		if m.entry.regional && m.kind != aliasDefinite {
			a.refs.bloc, a.refs.otherAlliance = m.entry, false
		}
		if e := a.groupInSentence(toks, ms, k); e != nil {
			// "the PKK's offshoot, the PYD, and the group was not
			// invited": the group this sentence named before.
			m.entry = e
		}
		if m.entry.typ == graph.Organization && m.kind != aliasDefinite {
			a.nameWordAlone(toks, m)
		}
		if m.kind == aliasDefinite {
			a.see(m.entry, "")
		} else {
			a.see(m.entry, textOf(toks, m.start, m.end))
		}
		if m.entry.made && m.kind != aliasDefinite {
			a.nameMadeBody(toks, ms, k)
		}
		if m.entry.typ == graph.Organization && m.entry.country == "" && m.kind != aliasDefinite {
			a.parentNamedFirst(s, m)
		}
		if m.entry.typ == graph.Organization && m.entry.country != "" && m.kind != aliasDefinite {
			a.ownerInName(s, m)
			if k > 0 && ms[k-1].end == m.start && ms[k-1].entry.typ == graph.Country && ms[k-1].entry.name == m.entry.country &&
				a.x.catalog.everyStateHas(toks[m.start:m.end]) {
				// "the UAE foreign ministry": the state's name before a
				// body every state has.
				a.partOf(s, m.entry, ms[k-1].entry, 0.8, readOwnedName)
			}
		}
		if m.entry.typ == graph.Organization && m.kind != aliasDefinite {
			if n := a.x.words.has(classDescriptor, toks, m.end); n > 0 && !m.possessive && !toks[m.end].cap && toks[m.end+n-1].in(setGroupRef) {
				// "the Islamic State group said": "the extremist group"
				// later is this body.
				a.refs.heads[toks[m.end+n-1].fold] = m.entry
			}
			if n := describedAs(a.x, toks, m.end); n != "" {
				// "the Syrian Observatory for Human Rights, a Britain-based
				// war monitor,": "the monitor" later is the body.
				a.refs.heads[n] = m.entry
			} else if n := describedKind(toks, m.end); n != "" {
				// "the Hashed, a paramilitary alliance dominated by
				// militias,": "the alliance" later is the body.
				a.refs.noteHead(n, m.entry, s.index)
			}
			if oppositionDescribed(toks, ms, k) {
				a.refs.markNonState(a.x, m.entry)
			}
			if describedAsGroup(toks, *m) || a.describedByFighters(toks, *m) {
				a.typeAsGroup(m.entry)
			}
			if a.groupLike(m.entry) {
				if a.refs.groupCount == nil {
					a.refs.groupCount = make(map[*entry]int)
				}
				if a.refs.groupCount[m.entry] == 0 {
					a.refs.groupOrder = append(a.refs.groupOrder, m.entry)
				}
				a.refs.groupCount[m.entry]++
				if a.refs.groupAt == nil {
					a.refs.groupAt = make(map[*entry]int)
				}
				a.refs.groupAt[m.entry] = s.index
				if a.refs.lastGroupAt == s.index && a.refs.lastGroup != nil && a.refs.lastGroup != m.entry && !a.inGroupRemark(toks, ms, k, a.refs.lastGroup) {
					a.refs.otherGroupAt = s.index + 1
				}
				if (a.refs.lastGroup == nil || a.refs.lastGroupAt != s.index) && !a.inGroupRemark(toks, ms, k, nil) {
					// The first group a sentence names, its subject more
					// often than not: "The M23, which is part of the AFC,
					// ... Rwanda commands the group".
					a.refs.lastGroup, a.refs.lastGroupAt = m.entry, s.index
				}
			}
			a.leaderInName(s, toks, m)
			if p := m.start - 1; k > 0 && p > 0 && toks[p].fold == "led" && toks[p].hyphen && ms[k-1].end == p && leaderGlued(ms[k-1], *m) {
				// "the Saudi-led Arab coalition", "the Front-led Klow
				// Alliance", "the Ivo Tarsh-led Front".
				a.roleFact(s, ms[k-1].entry, graph.HeadOf, m.entry, 0.8, "", readLedName)
			}
		}
		if m.entry.typ == graph.Organization && m.kind != aliasDefinite {
			// "The KDPI denied it. X, the party's leader,": see
			// noteNameHead (references.go).
			a.noteNameHead(m.entry, s.index)
		}
		if m.entry.typ == graph.Organization && m.kind != aliasDefinite && (m.end-m.start > 1 || m.entry.country != "") {
			// "Myanmar's junta": a state's body named by its noun alone.
			if h := toks[m.end-1].fold; toks[m.end-1].in(setBodyHead) {
				a.refs.noteHead(h, m.entry, s.index)
				if toks[m.end-1].in(setCoalitionNoun) {
					if a.refs.coalition != m.entry {
						a.refs.coalitions++
					}
					a.refs.coalition = m.entry
				}
			}
			if st := a.x.catalog.byName[m.entry.country]; st != nil && strings.HasSuffix(m.entry.name, " junta") {
				// "Myanmar's military government": "the junta" is this
				// one, "the military" Myanmar's.
				a.refs.juntaState = st
				a.refs.heads["junta"] = m.entry
			}
		}
	}
	if a.refs.bloc != nil && !a.refs.otherAlliance {
		// "Russia and China have formed an alliance" after NATO: "the
		// alliance" later is theirs, not NATO.
		from := 0
		for _, m := range ms {
			if m.entry == a.refs.bloc && m.kind != aliasDefinite {
				from = m.end
			}
		}
		a.refs.otherAlliance = otherAllianceIn(toks, from, len(toks))
	}
	for k := range ms {
		// The describing noun is part of the body's mention.
		if st, ok := described[ms[k].start]; ok {
			ms[k].start = st
		}
	}
	ms = a.ownedAppositive(s, ms)
	ms = a.ownedOffice(s, ms)
	ms = a.whoseStateBody(s, ms)
	ms = a.militaryRulers(s, ms)
	a.whoseBody(s, ms)
	s.mentions = ms
	a.discoverPeople(s)
	a.defineAcronyms(s)
	a.defineKnownAs(s)
	a.bodyOfLeader(s)
	a.backedPeople(s)
}

// backedPeople states the support of each person whose description in s
// names a backer (backerOfPerson), once the sentence's people are found.
func (a *article) backedPeople(s *sentence) {
	for k, m := range s.mentions {
		if m.entry.typ != graph.Person || m.kind == aliasDefinite {
			continue
		}
		if b := backerOfPerson(s.toks, s.mentions, k); b != nil {
			a.relFact(s, b, graph.Supports, m.entry, 0.75, readBackedPerson)
		}
	}
}

// defineKnownAs makes "Dagalo, better known as Hemedti," name the person
// Hemedti in this article: a person's mention, a comma, a naming phrase
// ("known as", "better known as", "dubbed", "nicknamed": namingPhrase)
// and one capitalised word the lexicon does not know. A body's name takes
// its other name so too, an acronym or after "the" ("the Tarvoli Defence
// Force, known as Kelvo,", "the Northern Defence Force, dubbed Kelvo,",
// "the Sahel Front, also known as the Morvanis,"): its word alone names the body from then on
// (the plural by its singular, as the discovered groups are named). A
// body the text refers to ("the group, known as X") is left alone: the
// reference may be wrong, and a name's word is no reference's.
func (a *article) defineKnownAs(s *sentence) {
	toks := s.toks
	for k := range s.mentions {
		m := s.mentions[k]
		j := m.end
		body := m.entry.typ == graph.Organization && m.kind == aliasName
		if m.entry.typ != graph.Person && !body || j+3 >= len(toks) || toks[j].fold != "," {
			continue
		}
		at := 0
		for t := j + 1; t <= j+2 && t < len(toks); t++ {
			// "known as", "better known as", "dubbed", "nicknamed",
			// "called" (namingPhrase); an acronym in brackets is
			// defineAcronyms'.
			if b, n := namingPhrase(toks, t); n > 0 && b == j+1 && toks[t].fold != "(" {
				at = n
				break
			}
		}
		if at == 0 || at >= len(toks) {
			continue
		}
		j = at - 2 // the name at toks[j+2]
		if o := mentionAt(s, j+2); o != nil && o.entry == m.entry {
			// "Dagalo, better known as Dagalo,": the same name again is
			// no second actor.
			dropMention(s, j+2)
			return
		}
		if o := mentionAt(s, j+2); o != nil && o.entry.typ == graph.Person && o.kind != aliasDefinite {
			// "Tarvi, also known as Abu Karim al-Marri,": the article
			// says the two names are one man's; the second, here and
			// later, is the first.
			a.refs.local["\x02"+o.entry.name] = m.entry
			a.refs.local["\x02"] = m.entry
			dropMention(s, j+2)
			return
		}
		if body && toks[j+2].fold == "the" && j+3 < len(toks) {
			j++
		}
		if o := mentionAt(s, j+2); body && o != nil && o.entry != m.entry && o.end == j+3 && o.entry.typ == graph.Organization && a.foundHere(o.entry, toks[j+2]) {
			// "the Sahel Front, also known as the Morvanis,", "the
			// Eastern Command, known as ESCOM,": the plural the article
			// uses as a group's name, or the acronym read as a body's,
			// is this body.
			for w, e := range a.refs.local {
				if e == o.entry {
					a.refs.local[w] = m.entry
				}
			}
			dropMention(s, j+2)
			a.see(m.entry, toks[j+2].text)
			return
		}
		n := toks[j+2]
		if !n.word || !n.cap || n.upper && !body || n.info != nil || coveredAt(s, j+2) || j+3 < len(toks) && toks[j+3].word && (toks[j+3].cap || toks[j+3].hyphen) {
			continue
		}
		if body {
			w := n.fold
			if !n.upper {
				w = strings.TrimSuffix(w, "s")
			}
			for _, w := range []string{w, w + "s"} {
				if _, taken := a.refs.local[w]; !taken {
					a.refs.local[w] = m.entry
				}
			}
			a.see(m.entry, n.text)
			return
		}
		// The appositive itself stays out of the sentence's actors, so
		// that "Dagalo, better known as Hemedti, held talks" reads as
		// before.
		if _, taken := a.refs.local[n.fold]; !taken {
			a.refs.local[n.fold] = m.entry
		}
		a.see(m.entry, n.text)
		return
	}
}

// foundHere reports whether e is a body this article found by the one
// word t alone, a group's word or an acronym the catalog does not know:
// no name of the catalog's.
func (a *article) foundHere(e *entry, t token) bool {
	if _, catalogued := a.x.catalog.byName[e.name]; catalogued {
		return false
	}
	return a.refs.groups[e] || t.upper && e.name == t.text
}

// bareJunta returns the junta "the junta", "the military junta" or "the
// generals" at toks[i] names: the junta named before, or, for "junta" in
// an article that has named none with its state, a body called "junta",
// as the article calls it, which later mentions refer back to.
func (a *article) bareJunta(toks []token, i int) (*entry, int) {
	t := toks[i]
	if t.cap || i == 0 {
		return nil, 0
	}
	if t.in(setJuntaRef) {
		// "the generals": the junta named before, if any.
		if e := a.refs.heads["junta"]; e != nil && toks[i-1].fold == "the" {
			return e, i
		}
		return nil, 0
	}
	if t.fold != "junta" {
		return nil, 0
	}
	d := i - 1
	if d > 0 && (armyWord(toks[d]) || toks[d].fold == "ruling") && !toks[d].cap {
		// "the military junta", "the ruling junta": one mention.
		d--
	}
	if toks[d].fold != "the" {
		return nil, 0
	}
	if e := a.refs.heads["junta"]; e != nil {
		if d < i-1 {
			return e, d + 1
		}
		// "the junta" alone is read by definiteBody.
		return nil, 0
	}
	if i+1 < len(toks) && (ofComplement(toks, i+1) || toks[i+1].word && toks[i+1].cap || toks[i+1].hyphen) {
		return nil, 0
	}
	e := a.discovered("junta", graph.Organization)
	if e.typ != graph.Organization {
		return nil, 0
	}
	a.refs.heads["junta"] = e
	return e, d + 1
}

// noteRuler keeps the body that rules a state which the mention m names
// by a ruling noun, for a bare "the regime" later on (rulingBody): a
// state's body or the state itself whose name ends in the lower-case noun
// ("Ruritania's junta" where the catalog keeps the junta), or a state's
// possessive or adjective before one, with at most one word between, the
// noun ending its phrase ("Ruritania's military regime", "the Syldavian
// government said"), which is the state's own government where the catalog
// keeps one apart, else the state acting. An armed group's "government"
// names no state's ruler.
func (a *article) noteRuler(toks []token, m *mention, si int) {
	if m.entry.typ == graph.Person {
		if personsRule(toks, m) {
			a.setRuler(a.personsGovernment(m.entry), si)
		}
		return
	}
	if m.entry.typ != graph.Country && (m.entry.typ != graph.Organization || a.groupLike(m.entry)) {
		return
	}
	if last, first := toks[m.end-1], toks[m.start]; last.in(setRulingNoun) && !last.cap || first.in(setRulingNoun) && !first.cap && m.end-m.start > 2 && toks[m.start+1].fold == "of" {
		// "the Syrian government", "the government of Ruritania".
		a.setRuler(m.entry, si)
		return
	}
	if m.entry.typ != graph.Country || !m.possessive && m.kind != aliasDemonym {
		return
	}
	st := m.end
	if m.possessive {
		st++
	}
	for j := st; j < len(toks) && j <= st+1; j++ {
		t := toks[j]
		if !t.word || t.cap || t.hyphen {
			return
		}
		if t.in(setRulingNoun) {
			if k := j + 1; k < len(toks) && toks[k].fold != "'s" && (toks[k].hyphen || !endsNounPhrase(toks, k)) {
				// "the Ruritanian government forces": its army.
				return
			}
			a.setRuler(a.stateGovernment(m.entry), si)
			return
		}
	}
}

// personsRule reports whether the person mention m names a ruler with his
// rule, the ruling noun ending its phrase: "the Vandril regime", "Vandril's
// government", "the government of President Vandril". A later bare "the
// regime" names that rule again (rulingBody).
func personsRule(toks []token, m *mention) bool {
	if m.end-m.start == 2 && toks[m.end-1].in(setRegimeNoun) {
		// "the Vandril regime", read as one mention.
		return endsNounPhrase(toks, m.end)
	}
	if k := m.end; !m.possessive && k < len(toks) && !toks[k].cap && toks[k].in(setRegimeNoun) {
		// "the Ivo Vandril regime's envoy": a known ruler's name and
		// the noun after it.
		return k+1 < len(toks) && toks[k+1].fold == "'s" || endsNounPhrase(toks, k+1)
	}
	if m.possessive {
		j := m.end + 1
		return j < len(toks) && !toks[j].cap && toks[j].in(setRulingNoun) && endsNounPhrase(toks, j+1)
	}
	k := m.start - 1
	for k > 0 && k >= m.start-3 && toks[k].cap && toks[k].word {
		// "the government of President Vandril": the title.
		k--
	}
	return k >= 2 && toks[k].fold == "of" && !toks[k-1].cap && toks[k-1].in(setRulingNoun) && toks[k-2].fold == "the"
}

// personsGovernment returns the rule of person p: the government of the
// state this article or the catalog gives him, else he himself, as "the
// Vandril regime" is read.
func (a *article) personsGovernment(p *entry) *entry {
	if st := a.roster.countryOf(p); st != nil {
		return a.stateGovernment(st)
	}
	return p
}

// setRuler notes e, named in sentence si, as the ruling body last named.
// The state's name before its junta ("Ruritania's junta") is the same
// state's ruler, no second one.
func (a *article) setRuler(e *entry, si int) {
	if r := a.refs.ruler; r != nil && a.x.catalog.stateOf(r) != a.x.catalog.stateOf(e) {
		a.refs.rulers = true
	}
	a.refs.ruler, a.refs.rulerAt = e, si
}

// ofComplement reports whether toks[j] is an "of" that goes on the noun
// phrase before it ("the militia of the Front", "the government of Peru"),
// which then names no body referred back to. An "of" before a gerund
// belongs to the verb that governs the phrase: in "accused the militia of
// seeking ..." or "charged the regime of using ...", the militia and the
// regime are the ones referred back to.
func ofComplement(toks []token, j int) bool {
	if toks[j].fold != "of" {
		return false
	}
	n := j + 1
	return n >= len(toks) || !toks[n].word || toks[n].cap || !strings.HasSuffix(toks[n].fold, "ing")
}

// inGroupRemark reports whether ms[k] stands in an appositive or a
// relative clause set off by a comma right after the group g, or, g nil,
// after the armed group (denotableGroup) named first in the sentence ("X, the Y affiliate that
// ...", "X, which is allied to Y,"): a group named in a remark on g,
// which a later "the group" does not mean.
func (a *article) inGroupRemark(toks []token, ms []mention, k int, g *entry) bool {
	j := k - 1
	if g == nil {
		// Only a group opens such a remark, and only as the sentence's
		// first name: "The African Union, which has sanctioned the
		// Front," names the Front as the sentence's group.
		if k == 0 || !a.denotableGroup(ms[0].entry) {
			return false
		}
		j = 0
	} else {
		for j >= 0 && ms[j].entry != g {
			j--
		}
		if j < 0 {
			return false
		}
	}
	c := ms[j].end
	if c+1 >= ms[k].start || toks[c].fold != "," {
		return false
	}
	if !toks[c+1].is(classDeterminer) && !toks[c+1].in(setRelativePronoun) && toks[c+1].fold != "whose" {
		return false
	}
	for _, t := range toks[c+1 : ms[k].start] {
		if !t.word && t.fold != "-" {
			return false
		}
	}
	return true
}

// groupNounToken reports whether t is a lower-case noun of an armed group
// or its fighters: "group", "militia", "rebels".
func groupNounToken(t token) bool {
	return t.word && !t.cap && (t.in(setGroupRef) || t.in(setRebelRef))
}

// stateGovernment returns the government of the state st: the body the
// catalog keeps apart for it ("Syrian government"), else the state, which
// acts through its government.
func (a *article) stateGovernment(st *entry) *entry {
	if d := a.x.catalog.demonyms[st]; d != "" {
		if e := a.x.catalog.stateBody(d+" government", st); e != nil {
			return e
		}
	}
	return st
}

// rulingBody returns the body a bare "the regime", "the government" or
// "the junta" at toks[i] names when the noun ends its phrase ("fighting
// the regime", "the government's troops"): the ruling body the article
// named last by such a noun (noteRuler), else the junta it named, else
// the government of the one state the article is about (mainState) or of
// the one state whose leader it named (onlyLeaderState). It
// returns nil when the phrase goes on ("the government of X", "the regime
// forces", "the government-held town") or none of these is known; "the
// government in" a state is governmentIn's.
func (a *article) rulingBody(toks []token, i, si int, ms []mention) *entry {
	t := toks[i]
	if i == 0 || t.cap || t.hyphen || !t.in(setRulingNoun) || toks[i-1].fold != "the" {
		return nil
	}
	if j := i + 1; j < len(toks) && toks[j].fold != "'s" {
		if ofComplement(toks, j) || toks[j].hyphen || !endsNounPhrase(toks, j) {
			return nil
		}
	}
	e := a.refs.ruler
	if e != nil && a.refs.rulers && a.refs.rulerAt < si-1 {
		// Rulers of two states named, the last not lately: either.
		return nil
	}
	if e == nil {
		e = a.refs.heads["junta"]
	}
	if e == nil {
		st := a.mainState()
		if st == nil {
			st = a.onlyLeaderState()
		}
		if st != nil {
			e = a.stateGovernment(st)
		}
	}
	if e == nil {
		return nil
	}
	for _, m := range ms {
		if m.entry.typ == graph.Organization && m.entry.country != "" && a.x.catalog.stateOf(m.entry) != a.x.catalog.stateOf(e) {
			// "Ruritania's army, which the rebels fought, is backed by
			// the government": another state's own body before it in
			// the sentence may be the one whose government this is. A
			// state acting on "the regime" is the usual shape, no doubt.
			return nil
		}
	}
	if e.typ == graph.Country && t.fold == "government" {
		// A state's government the catalog keeps no body for: "the
		// government" of a report on several states is anyone's.
		return nil
	}
	return e
}

// onlyLeaderState returns the one state whose head of state or government
// the article has named so far ("President X" of Ruritania), or nil when
// it has named none or those of two states.
func (a *article) onlyLeaderState() *entry {
	var st *entry
	for _, o := range a.roster.list {
		if o.object.typ != graph.Country || o.predicate != graph.PresidentOf && o.predicate != graph.PrimeMinisterOf {
			continue
		}
		if st != nil && st != o.object {
			return nil
		}
		st = o.object
	}
	return st
}

// definiteBody returns the body "the coalition" at toks[i] refers back to:
// the one last named with that head noun in this article.
func (d *discourse) definiteBody(toks []token, i int) *entry {
	t := toks[i]
	if t.in(setBodyHead) && d.heads[t.fold] != nil && armyOffice(toks, i+1) && (i == 0 || toks[i-1].fold != "'s" && !toks[i-1].cap) {
		// "Junta spokesman X", "the council chairman": the office of
		// the body last named with that noun.
		return d.heads[t.fold]
	}
	if t.cap && !t.upper && i > 0 && toks[i-1].fold == "the" && d.heads[t.fold] != nil && t.in(setBodyHead) {
		// "the Front", "the Council": the last word of the body's name,
		// capitalised as a short name, after the body was named in full.
		if i+1 < len(toks) && (ofComplement(toks, i+1) || toks[i+1].word && toks[i+1].cap) {
			// "the Council of Ministers" names another body; "accused
			// the Front of killing" does not.
			return nil
		}
		if i+2 < len(toks) && toks[i+1].fold == "for" && toks[i+2].word && toks[i+2].cap {
			// "the Movement for Democracy and Renewal": another body's
			// name goes on over "for".
			return nil
		}
		return d.heads[t.fold]
	}
	if t.cap || i == 0 || toks[i-1].fold != "the" || !t.in(setBodyHead) && !t.in(setGroupRef) && !t.in(setRebelRef) && d.heads[t.fold] == nil {
		return nil
	}
	if armyWord(t) && d.heads[t.fold] != nil && d.heads[t.fold].country == "" {
		// "the army" is a state's, not the rebels' Arakan Army.
		return nil
	}
	if t.in(setRebelRef) {
		// "the rebels": the armed group the article has named most,
		// the latest of equals.
		var best *entry
		for _, e := range d.groupOrder {
			if n := d.groupCount[e]; best == nil || n > d.groupCount[best] || n == d.groupCount[best] && e == d.lastGroup {
				best = e
			}
		}
		return best
	}
	if i+1 < len(toks) && (ofComplement(toks, i+1) || (toks[i+1].word && toks[i+1].cap && !toks[i+1].is(classStopword))) {
		return nil
	}
	if e := d.heads[t.fold]; e != nil || !t.in(setGroupRef) {
		if e == nil && t.in(setCoalitionNoun) {
			// "the alliance" after "the Saudi-led coalition" alone.
			return d.coalition
		}
		return e
	}
	// "the group", "the militia": the armed group last named, whatever
	// its name's head.
	return d.lastGroup
}

// coalitionMeans returns the coalition a bare coalition noun at toks[i]
// names before a noun of its means, men or attacks ("coalition jets
// struck", "Coalition aircraft hit", "in coalition air strikes"): the body
// last named with that noun, as "the coalition" would be; nil after a name
// or a determiner ("a coalition", "the Ghana coalition forces"), which
// say whose it is or that it is another.
func (d *discourse) coalitionMeans(toks []token, i int) *entry {
	t := toks[i]
	if !t.word || t.hyphen || t.cap && i > 0 || !t.in(setCoalitionNoun) || i+1 >= len(toks) {
		return nil
	}
	if i > 0 {
		if p := toks[i-1]; p.word && (p.cap || p.is(classDeterminer)) || p.fold == "'s" || p.hyphen {
			return nil
		}
	}
	if d.coalitions > 1 {
		// Two coalitions named: the bare noun is either.
		return nil
	}
	n := toks[i+1]
	if n.in(setEventAdjective) && i+2 < len(toks) {
		// "coalition air strikes", "coalition drone attacks": an
		// attack noun after the words that say its kind.
		if n = toks[i+2]; !n.in(setAttackNoun) {
			return nil
		}
	}
	if n.cap || n.hyphen || !(n.in(setDeedAgent) || n.in(setWeaponNoun) || n.in(setForceContingentNoun) || n.in(setAttackNoun)) {
		return nil
	}
	if e := d.heads[t.fold]; e != nil {
		return e
	}
	return d.coalition
}

// governmentIn returns the government "the government in Damascus" at
// toks[i] names, the state's as the catalog calls it or else the state,
// and the start and end of the phrase; nil when no state follows "in".
// Adjectives of
// the present rulers may come first and the rulers be called otherwise:
// "the new government in Damascus", "the military authorities in Bamako"
// name the state (ruler-adjective, state-ruler-noun).
func (a *article) governmentIn(toks []token, i int) (*entry, int, int) {
	if i == 0 || i+2 >= len(toks) || toks[i].cap || toks[i+1].fold != "in" {
		return nil, 0, 0
	}
	if toks[i].fold != "government" && !toks[i].in(setStateRulerNoun) {
		return nil, 0, 0
	}
	d := i - 1
	for d > 0 && d >= i-2 && toks[d].word && !toks[d].cap && toks[d].in(setRulerAdjective) {
		d--
	}
	if toks[d].fold != "the" {
		return nil, 0, 0
	}
	m, ok := a.catalogMention(toks, i+2, nil)
	if !ok || m.entry.typ != graph.Country || m.kind != aliasName || m.end < len(toks) && toks[m.end].fold == "'s" {
		return nil, 0, 0
	}
	// A government the catalog does not keep apart is the state acting,
	// as "Kenya's government" is.
	return a.stateGovernment(m.entry), d + 1, m.end
}

// dropGeographic leaves out a state's name that a lake's, river's or
// mountain's noun makes part of a place's name, or that ends a name after
// a particle: "Lake Chad", "the Niger Delta", "Mocimboa da Praia" are no
// actors; nor is a state's adjective after such a word ("Latin American").
func dropGeographic(toks []token, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.entry.typ == graph.Country && m.kind == aliasName && toks[m.start].cap &&
			(m.start > 0 && toks[m.start-1].cap && toks[m.start-1].in(setGeoBefore) || m.end < len(toks) && toks[m.end].cap && toks[m.end].in(setGeoAfter)) {
			continue
		}
		if m.entry.typ == graph.Country && m.kind == aliasDemonym && m.start > 0 && toks[m.start-1].cap && toks[m.start-1].in(setGeoBefore) {
			// "Latin American leaders": a region's adjective.
			continue
		}
		if p := m.start - 1; m.entry.typ == graph.Country && p > 0 && !toks[p].cap && toks[p].is(classNameParticle) && toks[p-1].word && toks[p-1].cap && inMention(ms, p-1) == nil {
			// "Mocimboa da Praia": a capital's name ends a town's.
			continue
		}
		out = append(out, m)
	}
	return out
}

// rankedPerson returns the person "the general" or "the prince" at
// toks[i] refers back to: the one the article last named after that rank,
// when the noun ends its phrase ("the general's first trip", "thanked the
// prince for"); nil otherwise ("the general assembly").
func (d *discourse) rankedPerson(toks []token, i int) *entry {
	t := toks[i]
	if d.ranked == nil || t.cap || i == 0 || toks[i-1].fold != "the" || !t.is(classRank) {
		return nil
	}
	e := d.ranked[t.fold]
	if e == nil || i+1 < len(toks) && toks[i+1].fold != "'s" && !endsNounPhrase(toks, i+1) {
		return nil
	}
	return e
}

// describedGroup returns the group "the extremist group" at toks[i]
// refers back to, as "the group" would, and where its adjectives start:
// one or two describing adjectives (ref-adjective) between "the" and a
// noun of an armed group ("the main rebel movement"). It returns nil for
// any other noun phrase.
func (d *discourse) describedGroup(toks []token, i, si int) (*entry, int) {
	t := toks[i]
	if t.cap || i < 2 || !t.in(setGroupRef) && !t.in(setRebelRef) {
		return nil, 0
	}
	st := i
	for st > i-2 && st > 1 && toks[st-1].word && toks[st-1].in(setRefAdjective) && !toks[st-1].cap {
		st--
	}
	if st == i || toks[st-1].fold != "the" {
		return nil, 0
	}
	if i+1 < len(toks) && (ofComplement(toks, i+1) || toks[i+1].word && toks[i+1].cap) {
		return nil, 0
	}
	// Only a body the article called by that noun: the first group of
	// the last sentence may be anything but "the extremist group".
	if e := d.heads[t.fold]; e != nil {
		return e, st
	}
	if st == 1 && i == st+1 && t.fold == "group" && toks[st].in(setKindAdjective) && toks[st].in(setRefAdjective) &&
		d.lastGroup != nil && d.lastGroupAt == si-1 && d.otherGroupAt != si {
		// "The paramilitary group is led by X" opening a sentence: the
		// one armed group the sentence before named, as "the group"
		// would be.
		return d.lastGroup, st
	}
	return nil, 0
}

// groupLookback is how many sentences back a group named stays in play
// for a reference that does not name it: "the group" when the article
// knows no body as a group (nearestGroup), and a description of its
// fighters or its kind (groupInPlay). One window for both: a group named
// further back may have given way to one the article names by
// description alone.
const groupLookback = 2

// bandGroup returns the armed group a plural noun of its fighters after
// "the" (band-ref) at toks[i] refers back to, and where the reference
// starts: "the militiamen opened fire on a patrol", "peacekeepers drove
// the assailants back", "the Islamist militants withdrew" (up to two
// describing adjectives, ref-adjective, between). The description can
// denote only an armed non-state group (groupLike), so it is the one such
// group in play (groupInPlay), with any other group the sentence has named
// before it counting as in play too: with two, either may be meant, and
// none is. A noun that goes on to say whose fighters they are ("the
// gunmen of the Front", "the militants loyal to X", "the fighters
// Ruritania backs"; not "of" and a gerund: "accused the militiamen of
// killing") or stands inside a quotation, whose speaker may mean
// another group than the report's, names no one here.
func (a *article) bandGroup(toks []token, i, si int, ms []mention) (*entry, int) {
	t := toks[i]
	if t.cap || t.hyphen || i == 0 || !t.word || !t.in(setBandRef) {
		return nil, 0
	}
	st := i
	for st > i-2 && st > 1 && toks[st-1].word && !toks[st-1].cap && !toks[st-1].hyphen && toks[st-1].in(setRefAdjective) {
		st--
	}
	if toks[st-1].fold != "the" {
		return nil, 0
	}
	if j := i + 1; j < len(toks) && toks[j].fold != "'s" && toks[j].fold != "'" {
		n := toks[j]
		if ofComplement(toks, j) || n.fold == "from" || n.fold == "loyal" || n.hyphen || n.word && n.cap || n.in(setBackingParticiple) {
			return nil, 0
		}
	}
	if q := st - 3; q >= 0 && toks[st-2].fold == "of" && (toks[q].in(setQuantity) || toks[q].in(setQuantifier) || a.x.words.numbers[toks[q].fold] > 0 || isNumber(toks[q].fold)) {
		// "some of the militants killed": a part of the band, of
		// whom the sentence tells what befell them.
		return nil, 0
	}
	if insideQuote(toks, i) {
		return nil, 0
	}
	e := a.groupInPlay(si)
	for _, m := range ms {
		if m.entry != e && a.armedGroup(m.entry) {
			// "X fought Y, and the militants withdrew": either.
			return nil, 0
		}
	}
	if e == nil {
		return nil, 0
	}
	return e, st - 1
}

// nearestGroup returns the body "the group" or "the movement" (a noun of
// armed-group-ref after "the", ending its phrase, its possessive
// included) at toks[i] refers back to when the article has named no body
// it knows as a group (definiteBody's lastGroup): the one body named in
// this sentence before it or in the groupLookback sentences before that the noun
// can denote, a body of no state and of no states together (no organ of
// a state, no state's forces named without it, no international or
// regional body, no umbrella named by a common noun). With two such
// bodies near, or none, it returns nil, as inside a quotation.
func (a *article) nearestGroup(toks []token, i, si int, ms []mention) *entry {
	t := toks[i]
	if a.refs.lastGroup != nil || t.cap || t.hyphen || i == 0 || !t.word || !t.in(setGroupRef) || toks[i-1].fold != "the" {
		return nil
	}
	if j := i + 1; j < len(toks) && toks[j].fold != "'s" && (ofComplement(toks, j) || toks[j].hyphen || toks[j].word && toks[j].cap) {
		return nil
	}
	if insideQuote(toks, i) {
		return nil
	}
	var near *entry
	take := func(toks []token, ms []mention) bool {
		for k, m := range ms {
			if m.possessive || listenerAt(toks, m.start) {
				// "the Front's fighters": what it owns may be the
				// group meant; "told Reuters": a listener, no actor.
				continue
			}
			if near != nil && a.inGroupRemark(toks, ms, k, near) {
				// "the Front, an affiliate of the Union that ...": the
				// Union is named in a remark on the Front, the one meant.
				continue
			}
			if e := m.entry; a.denotableGroup(e) && e != near {
				if near != nil {
					return false
				}
				near = e
			}
		}
		return true
	}
	if !take(toks, ms) {
		return nil
	}
	for k := si - 1; k >= 0 && k >= si-groupLookback; k-- {
		if !take(a.sentences[k].toks, a.sentences[k].mentions) {
			return nil
		}
	}
	return near
}

// speakerBodies adds the mentions of the bodies that "the" + noun
// (speaker-body-ref) names in a reported clause (speakerBody), where no
// other reading named one: once the sentence's bodies are all found, those
// the text discovers included.
func (a *article) speakerBodies(toks []token, ms []mention) []mention {
	var found []mention
	k := 0
	for i := 3; i < len(toks); i++ {
		if !toks[i].in(setSpeakerBodyRef) {
			continue
		}
		for k < len(ms) && ms[k].end <= i {
			k++
		}
		if k < len(ms) && ms[k].start <= i {
			continue
		}
		if e := a.speakerBody(toks, i, ms[:k]); e != nil {
			found = append(found, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
		}
	}
	if found == nil {
		return ms
	}
	ms = append(ms, found...)
	sortMentions(ms)
	return ms
}

// speakerBody returns the body "the" + noun (speaker-body-ref) at toks[i]
// names inside the clause a person reports: the body the person speaks
// for, named with the person's title in the subject of the verb of
// saying. "NATO's spokesman said the alliance would", "X, a spokesman for
// the Front, said the movement had", "A Front official told reporters the
// group's fighters": a speaker talks of the body he serves by its kind.
// The noun must fit the body (fitsSpeakerBody). It returns nil when the
// subject names two such bodies, when another body the noun fits is
// named between the verb and the noun ("said the Front and the group"),
// when a second verb of saying stands between them (another speaker's
// clause), and inside a quotation. The one told ("told Reuters the
// group") is no such body.
//
// ms are the sentence's mentions before toks[i].
func (a *article) speakerBody(toks []token, i int, ms []mention) *entry {
	t := toks[i]
	if t.cap || t.hyphen || i < 3 || !t.word || !t.in(setSpeakerBodyRef) || toks[i-1].fold != "the" {
		return nil
	}
	if j := i + 1; j < len(toks) && toks[j].fold != "'s" && (ofComplement(toks, j) || toks[j].hyphen || toks[j].word && toks[j].cap) {
		return nil
	}
	v := -1
	for j := 1; j < i-1; j++ {
		if u := toks[j]; u.word && !u.cap && (u.is(classReporting) || u.in(setSpeechVerb)) && u.fold != "that" {
			if v >= 0 || insideQuote(toks, j) {
				return nil
			}
			v = j
		}
	}
	if v < 0 || insideQuote(toks, i) {
		return nil
	}
	var body *entry
	for _, m := range ms {
		e := m.entry
		if e.typ != graph.Organization || !a.fitsSpeakerBody(e, t) {
			continue
		}
		if m.start > v {
			if e != body && !listenerAt(toks, m.start) {
				// "said the Front and the group": either.
				return nil
			}
			continue
		}
		if !speakerTitled(a.x, toks, m) {
			continue
		}
		if body != nil && body != e {
			return nil
		}
		body = e
	}
	return body
}

// speakerTitled reports whether the body m names qualifies a person's
// title: right before it, perhaps past an adjective or two ("NATO
// spokesperson X", "the Front's military spokesman", "a Front official") or after it and "of" or "for" ("a
// spokesman for the Front", "the commander of the Brigades").
func speakerTitled(x *Extractor, toks []token, m mention) bool {
	e := m.end
	if e < len(toks) && (toks[e].fold == "'s" || toks[e].fold == "'") {
		e++
	}
	if _, tj, n := titleAt(toks, e); n > 0 && lowerWords(toks[e:tj]) || x.words.has(classPersonNoun, toks, e) > 0 {
		// Adjectives may stand between: "the Front's military
		// spokesman".
		return true
	}
	p := m.start - 1
	if p > 0 && toks[p].is(classDeterminer) {
		p--
	}
	if p < 1 || toks[p].fold != "of" && toks[p].fold != "for" {
		return false
	}
	if x.words.has(classPersonNoun, toks, p-1) > 0 {
		return true
	}
	for k := max(0, p-3); k < p; k++ {
		if _, n := matchTitle(toks, k); n > 0 && k+n == p {
			return true
		}
	}
	return false
}

// fitsSpeakerBody reports whether the noun t (speaker-body-ref) can name
// the body e: a group's noun ("the group", "the party") any armed group or
// party (groupLike, denotableGroup); any such noun a body one of whose
// names it heads ("the alliance" of the North Atlantic Alliance, "the
// ministry" of the Interior Ministry, "the organization" of the Atomic
// Energy Organization of Ruritania).
func (a *article) fitsSpeakerBody(e *entry, t token) bool {
	if t.in(setGroupRef) || t.fold == "party" {
		if a.groupLike(e) || a.denotableGroup(e) {
			return true
		}
	}
	heads := func(name string) bool {
		w := name[strings.LastIndexByte(name, ' ')+1:]
		if foldWord(w) == t.fold {
			return true
		}
		for _, of := range []string{" of ", " for "} {
			if k := strings.Index(name, of); k > 0 {
				h := name[:k]
				if foldWord(h[strings.LastIndexByte(h, ' ')+1:]) == t.fold {
					return true
				}
			}
		}
		return false
	}
	if heads(e.name) {
		return true
	}
	for _, n := range e.known {
		if heads(n) {
			return true
		}
	}
	return false
}

// groupOfSentence reads "the group" at toks[i], which definiteBody gave
// last, the armed group the article named last, as the body before it in
// apposition when that group was named in an earlier sentence: "Nadira
// Relief (NR), the group that ...". Only apposition: a speaker of "X said
// the group ..." may be a rival or a monitor speaking of the armed group.
// It is nil when the sentence has no such apposition, or names last
// itself: then last stands.
func (a *article) groupOfSentence(toks []token, i, si int, ms []mention, last *entry) *entry {
	t := toks[i]
	if t.cap || !t.in(setGroupRef) || t.in(setRebelRef) || a.refs.heads[t.fold] != nil || last != a.refs.lastGroup || a.refs.lastGroupAt == si {
		return nil
	}
	for _, m := range ms {
		if m.start >= i || listenerAt(toks, m.start) || !a.denotableGroup(m.entry) {
			continue
		}
		if m.entry == last {
			return nil
		}
		if i >= 2 && toks[i-2].fold == "," && appositionEnd(toks, m.end, i-2) {
			// "the Front, the group that ...": in apposition, the
			// body before the comma.
			return m.entry
		}
	}
	return nil
}

// listenerAt reports whether the name at toks[i] is told something or
// the source of a report: "told Reuters", "according to AFP".
func listenerAt(toks []token, i int) bool {
	if i > 0 && toks[i-1].in(setSpeechVerb) {
		return true
	}
	return i > 1 && toks[i-1].fold == "to" && toks[i-2].in(setSaysVerb)
}

// denotableGroup reports whether "the group" may denote the body e: an
// organisation of no state and of no states together, nor a part named
// after its owner ("Hamas's political bureau" is no group of its own), nor
// an institution named by its head noun.
func (a *article) denotableGroup(e *entry) bool {
	if e.typ != graph.Organization || e.country != "" || e.international || e.regional || e.common || e.made || e.polity || a.stateForceName(e.name) ||
		strings.Contains(e.name, "'s ") || a.stateUnit(e) {
		return false
	}
	// A name whose head is that of an institution ("Electoral
	// Commission", "Interior Ministry", "Security Council") names none.
	if a.lastWordIn(e.name, setGroupHead) || a.headBeforePreposition(e.name, setGroupHead) {
		return true
	}
	institution := func(c wordSet) bool { return a.lastWordIn(e.name, c) || a.headBeforePreposition(e.name, c) }
	return !institution(setBodyHead) && !institution(setStateOfficeHead) && !institution(setOrganNoun)
}

// describedInPlay returns the armed group that "the" and one or two
// describing adjectives before a group's noun (ref-adjective: "the
// paramilitary group", "the jihadist movement", "the Islamist rebels")
// refer back to when the article named no body by that noun
// (describedGroup), and where the reference starts: the one armed group
// in play, as for the fighters' nouns (bandGroup). The adjective says
// the body is armed, which "the group" alone does not.
func (a *article) describedInPlay(toks []token, i, si int, ms []mention) (*entry, int) {
	t := toks[i]
	if t.cap || t.hyphen || i < 2 || !t.word || !groupNounToken(t) {
		return nil, 0
	}
	st := i
	for st > i-2 && st > 1 && toks[st-1].word && !toks[st-1].cap && !toks[st-1].hyphen && toks[st-1].in(setRefAdjective) {
		st--
	}
	if st == i || toks[st-1].fold != "the" {
		return nil, 0
	}
	if j := i + 1; j < len(toks) && toks[j].fold != "'s" && (ofComplement(toks, j) || toks[j].hyphen || toks[j].word && toks[j].cap) {
		return nil, 0
	}
	if insideQuote(toks, i) {
		return nil, 0
	}
	e := a.groupInPlay(si)
	if e == nil {
		return nil, 0
	}
	for _, m := range ms {
		if m.entry != e && a.armedGroup(m.entry) {
			return nil, 0
		}
	}
	return e, st - 1
}

// groupInPlay returns the one armed group the article has in play at
// sentence si: the only armed group (armedGroup) named in sentence si or
// in the groupLookback sentences before it (si-groupLookback to si). It
// returns nil when two are in play, or none: a group named further back
// may have given way to one the article names by description alone ("a
// self-defence group"), and the fighters may be those.
func (a *article) groupInPlay(si int) *entry {
	var near *entry
	for _, e := range a.refs.groupOrder {
		if a.refs.groupAt[e] < si-groupLookback || !a.armedGroup(e) {
			continue
		}
		if near != nil {
			return nil
		}
		near = e
	}
	return near
}

// describedBody returns the body "the regional force" at toks[i] refers
// back to, as "the force" would, and where its adjectives start: one or
// two adjectives of a body's kind (kind-adjective) between "the" and a
// body's head noun the article has named a body by. It returns nil when the
// phrase goes on into a name ("the military council of X", "the joint
// Force Command") or the article named no body with that noun.
func (d *discourse) describedBody(toks []token, i int) (*entry, int) {
	t := toks[i]
	if t.cap || i < 2 || !t.in(setBodyHead) || d.heads[t.fold] == nil {
		return nil, 0
	}
	st := i
	for st > i-2 && st > 1 && toks[st-1].word && toks[st-1].in(setKindAdjective) && !toks[st-1].cap && !toks[st-1].hyphen {
		st--
	}
	if st == i || toks[st-1].fold != "the" {
		return nil, 0
	}
	if i+1 < len(toks) && (ofComplement(toks, i+1) || toks[i+1].word && toks[i+1].cap) {
		return nil, 0
	}
	if armyWord(t) && d.heads[t.fold].country == "" {
		// "the national army" is a state's, as "the army" is.
		return nil, 0
	}
	return d.heads[t.fold], st
}

// groupLike reports whether the body e is an armed group or a party, as
// "the group" may refer back to: one named after a group's head noun
// ("Lakeside Patriotic Front", "Hezbollah movement"), a group the article
// found by its own word ("the Houthi movement"), one only this article
// names by an acronym ("TPLF"), or a war's own body in a theatre's file.
func (a *article) groupLike(e *entry) bool {
	if e.typ != graph.Organization || e.country != "" || e.common {
		return false
	}
	if g, ok := a.refs.groupLike[e]; ok {
		return g
	}
	g := a.isGroupLike(e)
	if a.refs.groupLike == nil {
		a.refs.groupLike = make(map[*entry]bool)
	}
	a.refs.groupLike[e] = g
	return g
}

// describedAsGroup reports whether the text calls the body of m an armed
// group where it names it: a noun of a group or of its fighters right
// after the name, perhaps after describing adjectives ("the M23 rebels",
// "the Lakeside extremist group"), or right before it ("the extremist
// group Lakeside", "militant group X"). The text's own description gives
// the body its kind, whatever its name says. So do a compound of lower-case
// words glued by a hyphen before the noun ("the Tarvo self-defence
// group"), the fighters' noun before "of" and the name ("the rebels of the
// Union for Change", "militants of the Front") and an appositive that
// says what the body is ("Tarvo Kpi, a Zande militia,", "X, an armed
// group that ...").
func describedAsGroup(toks []token, m mention) bool {
	j := m.end
	if m.possessive {
		return false
	}
	for n := 0; n < 2 && j < len(toks) && toks[j].word && !toks[j].cap; n++ {
		if toks[j].in(setRefAdjective) {
			j++
		} else if j+1 < len(toks) && toks[j+1].hyphen && toks[j+1].word && !toks[j+1].cap && !toks[j].hyphen {
			j += 2
		} else {
			break
		}
	}
	if j < len(toks) && groupNounToken(toks[j]) && (j+1 >= len(toks) || toks[j+1].fold != "'s" && !toks[j+1].hyphen) {
		return true
	}
	if m.start > 0 && groupNounToken(toks[m.start-1]) && !toks[m.start-1].hyphen {
		return true
	}
	return fightersOfName(toks, m.start) || apposedGroupNoun(toks, m.end)
}

// fightersOfName reports whether the name at toks[start] follows "of"
// after a plural noun of an armed group's fighters: "the rebels of the
// Union for Change", "fighters of the Front".
func fightersOfName(toks []token, start int) bool {
	k := start - 1
	if k > 0 && toks[k].fold == "the" {
		k--
	}
	if k < 1 || toks[k].fold != "of" {
		return false
	}
	n := toks[k-1]
	return n.word && (!n.cap || k == 1) && !n.hyphen && (n.in(setRebelRef) || n.in(setBandMemberNoun) || n.in(setBandRef))
}

// apposedGroupNoun reports whether an appositive after a name at toks[j]
// says it is an armed group: a comma, "a" or "an", up to three describing
// words (capitalised adjectives of a people or creed too: "a Zande
// militia") and a noun of an armed group or its fighters that ends the
// phrase, before punctuation, a relative pronoun or the sentence's end
// ("X, a newly formed militia,", "X, a militia that ..."; not "X, a
// group of states", "X, a militia supplier").
func apposedGroupNoun(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].fold != "," || toks[j+1].fold != "a" && toks[j+1].fold != "an" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6 && toks[k].word; k++ {
		t := toks[k]
		if groupNounToken(t) && !t.hyphen {
			// The noun ends the phrase: the sentence's end, punctuation
			// or a relative pronoun after it ("X, a militia that ...");
			// not "a militia supplier", "a group of states".
			if k+1 >= len(toks) {
				return true
			}
			n := toks[k+1]
			return n.fold != "'s" && !n.hyphen && (!n.word || n.is(classRelative))
		}
		if kindFunctionWord[t.fold] || t.upper {
			return false
		}
	}
	return false
}

// describedByFighters reports whether the text names the body of m by its
// fighters, a plural noun of the members of an armed non-state group right
// after the name ("Borduria Front militants", "Tarvo jihadists seized"),
// which describes the body as such a group, as "rebels" does in
// describedAsGroup. A state's forces named so ("National Army fighters")
// stay a state's.
func (a *article) describedByFighters(toks []token, m mention) bool {
	j := m.end
	if m.possessive || j >= len(toks) || !toks[j].word || toks[j].cap || !toks[j].in(setBandMemberNoun) {
		return false
	}
	if j+1 < len(toks) && (toks[j+1].fold == "'s" || toks[j+1].hyphen) {
		return false
	}
	return !a.stateForceName(m.entry.name)
}

// typeAsGroup makes e an armed group for the rest of the article, as the
// text described it: "the group" and "the rebels" may name it.
func (a *article) typeAsGroup(e *entry) {
	if e.typ != graph.Organization || e.country != "" || e.common {
		return
	}
	if a.refs.groupLike == nil {
		a.refs.groupLike = make(map[*entry]bool)
	}
	if a.refs.typedGroup == nil {
		a.refs.typedGroup = make(map[*entry]bool)
	}
	a.refs.groupLike[e] = true
	a.refs.typedGroup[e] = true
}

// armedGroup reports whether the body e is an armed group as a description
// of its fighters may name ("the militiamen"): a group (groupLike) that
// the text described as one (typeAsGroup), that a war's file or this
// article knows as one, or whose name ends in a group's head noun. An
// acronym alone ("AFP", "TPLF") says nothing of what a body is.
func (a *article) armedGroup(e *entry) bool {
	return a.groupLike(e) && (a.refs.typedGroup[e] || e.theatre != "" || a.refs.groups[e] || a.namedAsGroup(e)) && !a.stateUnit(e)
}

// stateUnit reports whether the article has stated the body e part of a
// state or of a state's body ("the army's 25th Brigade"): a unit of a
// state's forces, which no description of a band's fighters denotes.
func (a *article) stateUnit(e *entry) bool {
	for _, o := range a.facts.partOf[e] {
		if o.typ == graph.Country || o.country != "" {
			return true
		}
	}
	return false
}

// isGroupLike is groupLike, not remembered.
func (a *article) isGroupLike(e *entry) bool {
	if e.theatre != "" || a.refs.groups[e] {
		return true
	}
	if a.stateForceName(e.name) {
		// "Armed Forces", "Defence Force": a state's forces named
		// without their state are no rebels.
		return false
	}
	if _, ok := a.cast.found[e.name]; ok && strings.ToUpper(e.name) == e.name {
		// "TPLF", "M23".
		return true
	}
	return a.namedAsGroup(e)
}

// namedAsGroup reports whether the name of the body e, or a name it is
// known by, ends in a group's head noun ("Lakeside Patriotic Front",
// "Front for Change in X").
func (a *article) namedAsGroup(e *entry) bool {
	if a.lastWordIn(e.name, setGroupHead) || a.headBeforePreposition(e.name, setGroupHead) {
		return true
	}
	for _, n := range e.known {
		if a.lastWordIn(n, setGroupHead) {
			return true
		}
	}
	return false
}

// headBeforePreposition reports whether the head noun of a name that goes
// on past it with a preposition ("Front for Change and Concord in X",
// "Movement of the Fifth of May") is in c: the word before the name's
// first "of", "for", "in" or "on" (see nameHeadBefore).
func (a *article) headBeforePreposition(name string, c wordSet) bool {
	prev := 0 // where the word before the space at i starts
	for i := 0; i < len(name); i++ {
		if name[i] != ' ' {
			continue
		}
		j := strings.IndexByte(name[i+1:], ' ')
		if j < 0 {
			return false
		}
		if nameHeadBefore[name[i+1:i+1+j]] {
			return a.x.words.inSet(foldWord(name[prev:i]), c)
		}
		prev = i + 1
	}
	return false
}

// stateForceName reports whether name is made of the words of a state's
// armed forces alone, after the state's name or adjective perhaps: "Armed
// Forces", "National Defence Force", "Central African Armed Forces".
func (a *article) stateForceName(name string) bool {
	ws := strings.Fields(name)
	for k := min(3, len(ws)-1); k > 0; k-- {
		if a.namesState(strings.Join(ws[:k], " ")) {
			ws = ws[k:]
			break
		}
	}
	for _, w := range ws {
		if set := a.x.words.sets[foldWord(w)]; !set.has(setArmyNoun) && !set.has(setArmyForcesWord) && !set.has(setStateForceWord) {
			return false
		}
	}
	return true
}

// namesState reports whether the catalog names a state by s, its name or
// adjective.
func (a *article) namesState(s string) bool {
	for _, al := range a.x.catalog.aliasesOf(s) {
		if al.entry.typ == graph.Country {
			return true
		}
	}
	return false
}

// lastWordIn reports whether the last word of name belongs to the word
// set c.
func (a *article) lastWordIn(name string, c wordSet) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	return a.x.words.inSet(foldWord(w), c)
}

// definiteAgreement returns the agreement "that deal", "the truce" or "the
// talks" at toks[i] refers back to: the one of a fitting kind last named
// in this article. A noun that goes on to say which deal ("the deal on
// Idlib", "the agreement between") or stands in a name names another.
func (d *discourse) definiteAgreement(toks []token, i int) *entry {
	t := toks[i]
	if len(d.agreements) == 0 || t.cap || i == 0 || !t.in(setAgreementNoun) {
		return nil
	}
	switch toks[i-1].fold {
	case "the", "that", "this", "those", "these":
	default:
		return nil
	}
	if i+1 < len(toks) {
		switch n := toks[i+1]; {
		case n.word && n.cap:
			return nil
		case n.fold == "on" && i+2 < len(toks) && toks[i+2].fold == "behalf":
			// "signed the text on behalf of X".
		case n.fold == "of", n.fold == "on", n.fold == "between", n.fold == "with", n.fold == "to", n.fold == "for", n.fold == "among":
			return nil
		case n.fold == "in" && t.in(setAgreementHead):
			// "the truce in Idlib" names a deal by its place; "signed
			// the document in Addis Ababa" says where.
			return nil
		case n.hyphen:
			return nil
		}
	}
	ref := wordKind(t.sets)
	plural := pluralNoun(t.fold)
	// "the document" is no truce: a noun that heads no deal's name refers
	// back to a deal of its own kind only.
	exact := !t.in(setAgreementHead)
	for k := len(d.agreements) - 1; k >= 0; k-- {
		// "signed a memorandum ... agreed a truce ... the memorandum":
		// a deal named by the same noun first.
		if e := d.agreements[k]; ref.fits(d.agreementKinds[e]) && nameHasWord(e.name, t.fold) && numberFits(plural, e.name) {
			return e
		}
	}
	for k := len(d.agreements) - 1; k >= 0; k-- {
		// "signed an accord ... a truce collapsed in May ... welcomed
		// the agreement": a deal of the noun's own kind first. "The
		// text", "the document" may be a resolution's too.
		if e := d.agreements[k]; (d.agreementKinds[e] == ref || exact && ref == dealAny && d.agreementKinds[e] == dealResolution) && numberFits(plural, e.name) {
			return e
		}
	}
	for k := len(d.agreements) - 1; k >= 0 && !exact; k-- {
		if e := d.agreements[k]; ref.fits(d.agreementKinds[e]) && numberFits(plural, e.name) {
			return e
		}
	}
	return nil
}

// pluralNoun reports whether the noun w is plural: "agreements", "talks",
// not "process" nor "accord".
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// numberFits reports whether a reference back by a noun plural or not may
// name the deal called name: "the agreements" after "a new agreement on
// trade" are other deals, which the article has not named; "the accords"
// after "the Oslo Accords" are those. A name that ends in no noun (a
// deal named by its parties, "a truce between A and B") fits either.
func numberFits(plural bool, name string) bool {
	if !plural {
		return true
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return pluralNoun(strings.ToLower(last)) || strings.Contains(name, " between ")
}

// catalogMention matches the longest catalog alias at toks[i] that fits
// the case, scope and date rules.
func (a *article) catalogMention(toks []token, i int, prev []mention) (mention, bool) {
	if toks[i].info == nil {
		return mention{}, false
	}
	for _, pv := range toks[i].info.aliases {
		if !hasKeys(toks, i, pv.keys) {
			continue
		}
		end := i + len(pv.keys)
		after, looked := "", false
		for _, al := range pv.value {
			if !al.caseFits(toks, i) {
				continue
			}
			if al.generic && !al.entry.inWindow(a.date) {
				continue
			}
			if al.scope != "" && !qualifiedBy(toks, i, prev, al.scope) {
				if !looked {
					after, _ = a.stateAfterOf(toks, end)
					looked = true
				}
				if after != al.scope {
					continue
				}
			}
			if al.kind == aliasDemonym && end == i+1 && toks[i].in(setPeopleDemonym) && !a.stateNamed(al.entry) && !stateWordAfter(toks, end) {
				// "Syrian Turkmen rebels", "Turkmen villages" in a report
				// that never names Turkmenistan: a people, not the state.
				continue
			}
			if al.lower && al.entry.theatre != "" && !a.about(al.entry.theatre) {
				// "the rebels" are Syria's only in an article about Syria.
				continue
			}
			if al.lower && al.entry.theatre != "" && end == i+1 && bareOfficeWord(toks, i) {
				// "Opposition leader X said": a war's word for its side
				// names that side after a determiner or a state's
				// adjective ("the opposition leader", "Syrian
				// opposition leader X"); bare before an office and a
				// name it is the office's own word, a party leader's in
				// parliament, and names no side.
				continue
			}
			if al.owner != nil && !a.namedPartOf(al.entry, al.owner) {
				// "a meeting of the Security Council" in a report that
				// names no UN body is not the UN's, but that of the one
				// state with such a body the report has named.
				if e := a.namedScope(pv.value); e != nil {
					if o := ownerBefore(toks, prev, i); o != nil && o.name != e.country {
						// "Armenia's Security Council" is no other
						// state's, whichever the article named before.
						continue
					}
					return mention{start: i, end: end, entry: e, kind: al.kind}, true
				}
				continue
			}
			if end == i+1 && al.entry.typ == graph.Person && otherPersonsName(toks, i, al.entry) {
				continue
			}
			if a.ownedByAnother(toks, i, end, prev, al) {
				continue
			}
			if al.entry.typ == graph.Person && officeAlias(toks, i, end, al.entry) {
				if end < len(toks) && nameStart(toks[end]) && !inName(toks[end:min(end+4, len(toks))], al.entry.name) {
					// "Supreme Leader Gigan Tarvol": the office is a
					// title of the name after it, not the catalog's holder
					// (who is himself when his name follows within four
					// words: "Supreme Leader Ayatollah Ali Khamenei").
					a.refs.officeAt = append(a.refs.officeAt, officeBefore{i, end, al.entry})
					continue
				}
				if h, ok := a.refs.officeHolders[al.entry]; ok {
					if h == al.entry {
						// Two holders named: the office names neither.
						continue
					}
					return mention{start: i, end: end, entry: h, kind: al.kind}, true
				}
			}
			return mention{start: i, end: end, entry: al.entry, kind: al.kind}, true
		}
	}
	return mention{}, false
}

// about reports whether the article is about the theatre th: whether it
// names, anywhere, one of the theatre's states or places ("Syria",
// "Damascus", "Syrian", "Hama"). Only then do the theatre's lower-case
// aliases ("the rebels", "the opposition", "the ceasefire") name its
// entities, so that the rebels of another war are not Syria's. Its people
// do not make it so: an article may name them and be about elsewhere.
//
// A theatre named in passing is no subject: one whose states and places
// the article names fewer than three times, while it names another state
// more than twice as often, is not what the article is about ("after the
// fall of al-Assad in Syria" in a report on the Central African
// Republic, whose rebels are not Syria's).
func (a *article) about(th string) bool {
	if a.refs.about == nil {
		a.refs.about = make(map[string]bool)
		named := make(map[string]int)
		states := make(map[*entry]int)
		for _, s := range a.sentences {
			a.theatresNamed(s.toks, named, states)
		}
		top := 0
		for _, n := range states {
			top = max(top, n)
		}
		for t, n := range named {
			a.refs.about[t] = n >= 3 || top <= 2*n
		}
	}
	return a.refs.about[th]
}

// stateWordAfter reports whether the words at toks[j] make the adjective
// before them a state's: an office ("Turkmen President X", "the Uzbek
// foreign minister"), the state's army, government or one of its organs,
// perhaps after capitalised words ("the Tajik army", "the Kazakh Foreign
// Ministry"). Any body's head is not enough: "the Iraqi Turkmen Front",
// "the Turkmen Council in Kirkuk" are the people's.
func stateWordAfter(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word {
		return false
	}
	if _, n := matchTitle(toks, j); n > 0 {
		return true
	}
	if toks[j].in(setArmyNoun) || toks[j].in(setArmyForcesWord) || toks[j].in(setGovernmentNoun) {
		return true
	}
	for e := j; e < len(toks) && e < j+3 && toks[e].word && toks[e].cap; e++ {
		if toks[e].in(setNamedOrganHead) || toks[e].in(setGovernmentNoun) {
			return true
		}
	}
	return false
}

// stateNamed reports whether the article names the state e by its name
// or its capital somewhere, headline included (read with about).
func (a *article) stateNamed(e *entry) bool {
	a.about("")
	return a.refs.statesNamed[e]
}

// theatresNamed counts in named the names of each theatre's states and
// places toks holds, and in states the names of each state.
func (a *article) theatresNamed(toks []token, named map[string]int, states map[*entry]int) {
	plainAliases(toks, func(_ int, al *alias) bool {
		if al.entry.theatre != "" && al.entry.typ == graph.Place {
			named[al.entry.theatre]++
		}
		if al.entry.typ == graph.Country {
			states[al.entry]++
			if al.kind == aliasName {
				if a.refs.statesNamed == nil {
					a.refs.statesNamed = make(map[*entry]bool)
				}
				a.refs.statesNamed[al.entry] = true
			}
		}
		for _, th := range a.x.catalog.theatres[al.entry] {
			named[th]++
		}
		return true
	})
}

// plainAliases calls fn with each catalog alias that a capitalised word of
// toks starts, as a name in its own right: not a lower-case or generic
// alias, nor one scoped to a theatre, and in the case the alias asks for.
// When fn returns false, the rest of the aliases of the phrase are passed
// over.
func plainAliases(toks []token, fn func(i int, al *alias) bool) {
	for i := range toks {
		if toks[i].info == nil || !toks[i].cap {
			continue
		}
		for _, pv := range toks[i].info.aliases {
			if !hasKeys(toks, i, pv.keys) {
				continue
			}
			for _, al := range pv.value {
				if al.lower || al.generic || al.scope != "" || !al.caseFits(toks, i) {
					continue
				}
				if !fn(i, al) {
					break
				}
			}
		}
	}
}

// stateAfterOf returns the name of the state named after "of" at
// toks[j], the state a body every state has belongs to when its noun
// comes first: "the ministry of defence of Ruritania", "the armed forces
// of the Borduria Republic". The state's name must end the phrase: "the
// army of Ruritania's neighbour" is another's, "the ministries of
// Ruritania and Lotvar" are two. It returns "" when no state follows,
// and else the end of the state's name too.
func (a *article) stateAfterOf(toks []token, j int) (string, int) {
	if j+1 >= len(toks) || toks[j].fold != "of" {
		return "", 0
	}
	j++
	if toks[j].fold == "the" {
		j++
	}
	if j >= len(toks) || !toks[j].cap {
		return "", 0
	}
	m, ok := a.catalogMention(toks, j, nil)
	if !ok || m.entry.typ != graph.Country || m.kind != aliasName {
		return "", 0
	}
	if k := m.end; k < len(toks) {
		switch toks[k].fold {
		case "'s", "and", "or":
			return "", 0
		case ",":
			// "the intelligence services of Ruritania, Borduria and
			// Lotvar": a list of states, each with its own.
			if k+1 < len(toks) && toks[k+1].cap {
				if n, ok := a.catalogMention(toks, k+1, nil); ok && n.entry.typ == graph.Country {
					return "", 0
				}
			}
		}
	}
	return m.entry.name, m.end
}

// qualifiedBy reports whether the mention just before toks[i] is a
// demonym or possessive of the country scope: "Iran's", "Iranian".
func qualifiedBy(toks []token, i int, prev []mention, scope string) bool {
	if len(prev) == 0 {
		return false
	}
	m := prev[len(prev)-1]
	j := m.end
	if j < len(toks) && toks[j].fold == "'s" {
		j++
	}
	if j != i {
		return false
	}
	if len(prev) > 1 {
		// "the IRGC's Syria intelligence chief": the state is the
		// field of another's office, not the owner of a body.
		if p := prev[len(prev)-2]; p.end+1 == m.start && toks[p.end].fold == "'s" {
			return false
		}
	}
	return m.entry.name == scope || m.entry.country == scope
}

// ownedByAnother reports whether the catalog body's short alias at
// toks[i:end] ("Central Command" of US Central Command) follows the
// possessive of another owner, which makes it that owner's body of the
// same name: "the army's Central Command", "the Front's Central Command".
// Itself, its own state or the body it belongs to as the owner ("the
// US's Central Command", "the African Union's Peace and Security
// Council"), an acronym or its full name leave it the catalog's.
func (a *article) ownedByAnother(toks []token, i, end int, prev []mention, al *alias) bool {
	e := al.entry
	if e.typ != graph.Organization || al.acronym || !al.capital || i < 2 || toks[i-1].fold != "'s" {
		return false
	}
	if n := len(prev); n > 0 && prev[n-1].end == i-1 {
		o := prev[n-1].entry
		if o.typ != graph.Organization && o.typ != graph.Country || o == e || o.name == e.country || o.country != "" && o.country == e.country {
			return false
		}
		for _, p := range a.x.catalog.worldParts {
			if p[0] == e && p[1] == o {
				return false
			}
		}
	} else {
		// An armed group's, an army's or a regime's noun refers to
		// another owner, as an acronym or a body's name the catalog does
		// not know names one ("the ELN's Central Command", "the Borduria
		// Front's Central Command").
		p := toks[i-2]
		if !p.word || !(!p.cap && (p.in(setGroupRef) || p.in(setArmyNoun) || p.in(setRegimeNoun)) || p.upper && len(p.fold) >= 2 || p.cap && p.is(classOrgHead)) {
			return false
		}
	}
	// The full name is the catalog's whoever owns it (tested last: it
	// builds the text).
	return !strings.EqualFold(textOf(toks, i, end), e.name)
}

// localName returns the entity a single capitalised word names in this
// article: an acronym it defined or the surname of a person it named in full.
func (d *discourse) localName(t token) *entry {
	if !t.cap {
		return nil
	}
	if e, ok := d.local[t.fold]; ok {
		return e
	}
	return nil
}

// defineAcronyms makes "X (ABC)" define ABC as a name of X in this article.
func (a *article) defineAcronyms(s *sentence) {
	toks := s.toks
	for k := range s.mentions {
		m := s.mentions[k]
		j := m.end
		// "(L)" in a caption is a side, not an acronym: two letters at least.
		// "(SPLM-N)": hyphenated parts are read through; the first names
		// the body later.
		if acronymParen(toks, j) > j && len(toks[j+1].fold) > 1 {
			acr := toks[j+1]
			if e, known := a.refs.local[acr.fold]; !known || e.name == acr.text && e != m.entry {
				// A body known by the acronym alone ("ISWAP" in the
				// headline) is this one from now on.
				a.refs.local[acr.fold] = m.entry
			}
			spelt := m.entry.typ == graph.Organization && (spelledByInitials(toks, m.start, j, acr.fold) || acr.upper && (initials(m.entry.name) == acr.text || reorderedInitials(toks, m.start, j, acr.fold)))
			if spelt {
				// "the Ruritanian National Front (RNF)": the brackets
				// say what RNF names in this article, over a catalog
				// body of the same letters (see findMentions).
				a.refs.local[acronymKey+acr.fold] = m.entry
			}
			if k+1 < len(s.mentions) && s.mentions[k+1].start == j+1 {
				if n := &s.mentions[k+1]; n.entry.name == acr.text || spelt && n.end == j+2 {
					n.entry = m.entry
				}
				continue
			}
			s.mentions = append(s.mentions, mention{start: j + 1, end: j + 2, entry: m.entry})
			a.see(m.entry, acr.text)
		}
	}
	sortMentions(s.mentions)
}

// spelledInBrackets reports whether the acronym at toks[i], which the
// catalog knows as a name of e, stands in brackets right after words
// whose capitals spell it in order ("the Somali National Army (SNA)",
// "the Borduria Liberation Front (BLF)") and that no mention of e before
// it ends: the article defines the acronym as the name of what those
// words name. Words that are e's own name ("the Syrian National Army
// (SNA)") define nothing new.
func spelledInBrackets(toks []token, i int, e *entry, ms []mention) bool {
	p := i - 1
	if p < 2 || toks[p].fold != "(" || acronymParen(toks, p) == p || !toks[p-1].cap {
		return false
	}
	if n := len(ms); n > 0 && ms[n-1].end == p && ms[n-1].entry == e {
		return false
	}
	// The walk back covers the capitalised words and the joiners inside a
	// name ("of", "for", "in", "and", "the"), as many as the acronym has
	// letters and joiners between them.
	for st, seen := p-1, 0; st >= 0 && seen <= 2*len(toks[i].fold); st, seen = st-1, seen+1 {
		t := toks[st]
		if !t.word || t.fold == "'s" {
			return false
		}
		if !t.cap {
			if t.fold != "of" && t.fold != "for" && t.fold != "in" && t.fold != "and" && t.fold != "the" && !t.hyphen {
				return false
			}
			continue
		}
		if spelledByInitials(toks, st, p, toks[i].fold) {
			return true
		}
	}
	return false
}

// acronymParen returns the index after an acronym in brackets at
// toks[k], "(SNSC)", "(JeM)" or "(SPLM-N)" with its hyphenated parts, or k
// when there is none.
func acronymParen(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].fold != "(" || !(toks[k+1].upper || mixedAcronym(toks[k+1].text)) {
		return k
	}
	c := k + 2
	for c < len(toks) && c < k+4 && toks[c].word && toks[c].hyphen && toks[c].upper {
		c++
	}
	if c < len(toks) && toks[c].fold == ")" {
		return c + 1
	}
	return k
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// textOf returns the surface text of toks[i:j] as written, hyphens kept.
func textOf(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := toks[k]
		if k > i {
			switch {
			case t.hyphen:
				b.WriteByte('-')
			case t.space:
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// ownerInName states that a body belongs to its state or body when its
// name says so, before it or after "of": "the Russian Defence Ministry",
// "the IRGC Quds Force", "the Security Council of the Russian Federation".
func (a *article) ownerInName(s *sentence, m *mention) {
	toks := s.toks
	// "the Russian Defence Ministry": the state's adjective begins the
	// name of a body every state has ("the Syrian Arab Army" is a name of
	// its own).
	found := openingAliases(toks, *m, func(al *alias, n int) bool {
		if al.entry.typ == graph.Country && al.entry.name == m.entry.country && al.scope == "" && al.caseFits(toks, m.start) &&
			(a.x.catalog.everyStateHas(toks[m.start+n:m.end]) || al.kind == aliasName && toks[m.start+n].cap) {
			// "the US Central Command", "the Israel Defense Forces": the
			// state's own name, not its adjective, opens the name of a
			// body the catalog says is its.
			a.partOf(s, m.entry, al.entry, 0.8, readOwnerInName)
			return true
		}
		if al.entry.typ == graph.Organization && al.entry != m.entry && al.kind == aliasName && al.scope == "" && al.caseFits(toks, m.start) &&
			toks[m.start+n].cap && a.x.owns(al.entry, m.entry) {
			// "the IRGC Quds Force": the name of the body the catalog
			// says it belongs to opens its name.
			a.partOf(s, m.entry, al.entry, 0.8, readOwnerInName)
			return true
		}
		return false
	})
	if found {
		return
	}
	for k := m.start + 1; k+1 < m.end; k++ {
		if toks[k].fold != "of" {
			continue
		}
		j := k + 1
		if j < m.end && toks[j].is(classDeterminer) {
			j++
		}
		if j >= m.end {
			return
		}
		if om, ok := a.catalogMention(toks, j, nil); ok && om.end == m.end && om.entry.typ == graph.Country && om.entry.name == m.entry.country {
			a.partOf(s, m.entry, om.entry, 0.8, readOwnerInName)
		}
		return
	}
}

// openingAliases calls fn with each catalog alias that opens the words of
// the mention m and is shorter than them, and the number of its words,
// until fn returns true; it reports whether fn did.
func openingAliases(toks []token, m mention, fn func(al *alias, n int) bool) bool {
	if m.end-m.start < 2 || toks[m.start].info == nil {
		return false
	}
	for _, pv := range toks[m.start].info.aliases {
		if len(pv.keys) >= m.end-m.start || !hasKeys(toks, m.start, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if fn(al, len(pv.keys)) {
				return true
			}
		}
	}
	return false
}

// parentNamedFirst states that a world body belongs to the body the world
// data makes its parent when the parent's name opens its name before a
// head such as "Mission" or "agency": "the African Union Transition
// Mission in Somalia", "the UN refugee agency", "the UN Interim Force in
// Lebanon". A council is no such head: reports treat "the UN Security
// Council" as a body of its own. A body the article discovered belongs
// to the world body that opens its name so: "the OSCE mission to
// Moldova", "the EU delegation".
func (a *article) parentNamedFirst(s *sentence, m *mention) {
	parent := a.x.catalog.worldParent(m.entry)
	_, catalogued := a.x.catalog.byName[m.entry.name]
	if parent == nil && catalogued {
		return
	}
	toks := s.toks
	st := m.start
	if toks[st].fold == "the" {
		st++
	}
	if st >= m.end || toks[st].info == nil {
		return
	}
	n := 0
	for _, pv := range toks[st].info.aliases {
		if len(pv.keys) >= m.end-st || !hasKeys(toks, st, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if al.scope != "" || !al.caseFits(toks, st) {
				continue
			}
			if al.entry == parent || parent == nil && al.entry.typ == graph.Organization && a.x.catalog.ownsBodies(al.entry) {
				// A body the article discovered ("the EU
				// delegation") takes the world body that opens
				// its name as its parent.
				parent, n = al.entry, max(n, len(pv.keys))
			}
		}
	}
	if n == 0 {
		return
	}
	// The head comes before the place or the people the body serves:
	// "Mission in Somalia", "agency for Palestinian refugees".
	for k := st + n; k < m.end && toks[k].word; k++ {
		switch toks[k].fold {
		case "in", "for", "to", "on", "at", "of":
			return
		}
		if toks[k].in(setOwnedBodyHead) {
			a.partOf(s, m.entry, parent, 0.8, readOwnerInName)
			return
		}
	}
}

// fullNameStart returns where the name of the person e starts when the
// words before his surname at toks[i] are the rest of his name, as the
// article named him before ("Russian President Tamtron Gulfaikkri" after
// "Russia's Tamtron Gulfaikkri"), else i. Words a mention covers are not
// his.
func fullNameStart(toks []token, i int, e *entry, ms []mention) int {
	words := strings.Fields(e.name)
	if len(words) < 2 {
		return i
	}
	lastEnd := 0
	if len(ms) > 0 {
		lastEnd = ms[len(ms)-1].end
	}
	start := i
	for w := len(words) - 2; w >= 0 && start > lastEnd; w-- {
		p := toks[start-1]
		if !p.word || !p.cap || foldWord(words[w]) != p.fold {
			break
		}
		start--
	}
	return start
}

// speltGivenNames returns where the full name of the catalog person m
// names by a surname begins: at the capitalised words before the surname
// that are given names or words the lexicon does not know, no more of
// them than the catalog's name has given names, the first of them one of
// his given names in any transliteration (givenNameOf): "Sergey Lavrov",
// "Mohammad Baqer Qalibaf". A first word that is none of his ("Maher
// Assad", "Bushra Assad") leaves the surname alone, m.start.
func speltGivenNames(toks []token, m mention, ms []mention) int {
	lastEnd := 0
	if len(ms) > 0 {
		lastEnd = ms[len(ms)-1].end
	}
	given := strings.Count(m.entry.name, " ")
	st := m.start
	for k := m.start - 1; k >= lastEnd && m.start-k <= given; k-- {
		t := &toks[k]
		if !t.word || !t.cap || t.upper || toks[k+1].hyphen || t.info != nil && !t.info.givenOnly && !t.is(classGivenName) {
			break
		}
		st = k
	}
	if st == m.start || st > 0 && toks[st-1].word && toks[st-1].cap && !honorificEndsAt(toks, st-1) && !toks[st-1].is(classOrgHead) && toks[st-1].info == nil ||
		!givenNameOf(m.entry.name, toks[st].fold) {
		return m.start
	}
	return st
}

// particleStart returns the start of a person's mention at toks[start]
// with the name particle before it, glued or spaced, in capitals or not
// ("met al-Sharaa", "thanked el-Sisi", "Mr Al Sharaa", "greeted al
// Sharaa"): part of the name, not a word between a verb and its object.
// A title or honorific before the particle is a word the lexicon knows
// ("Mr", "President", "Sheikh") and keeps it a reference; after a
// capitalised word it does not know ("Majed Al-Ansari") the particle is
// left to discovery, which reads a new person's full name.
func particleStart(toks []token, start int, ms []mention) int {
	if start > 0 && (toks[start].hyphen || toks[start].space) && toks[start-1].word && toks[start-1].is(classNameParticle) && (len(ms) == 0 || ms[len(ms)-1].end < start) &&
		(start < 2 || !toks[start-2].word || !toks[start-2].cap || honorificEndsAt(toks, start-2)) {
		return start - 1
	}
	return start
}

// honorificEndsAt reports whether toks[k] ends a courtesy title, a rank
// or an office written before a name: "Mr", "Sheikh", "General",
// "President", "Foreign Minister".
func honorificEndsAt(toks []token, k int) bool {
	t := &toks[k]
	if t.info == nil || t.is(classGivenName) {
		return false
	}
	if t.is(classAbbreviation) || t.is(classRank) {
		return true
	}
	for st := k; st >= 0 && st >= k-3; st-- {
		if _, n := matchTitle(toks, st); n > 0 && st+n == k+1 && toks[st].cap {
			return true
		}
	}
	return false
}

// namedBeyondSurname reports whether the article has named e otherwise
// than by a surname after its particles, glued or spaced ("Bashar
// al-Assad", "Assad", not "Al Assad" nor "Al-Assad").
func (a *article) namedBeyondSurname(e *entry) bool {
	se := a.cast.seen[e]
	if se == nil {
		return false
	}
	for _, s := range se.aliases {
		f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) < 2 || !a.particlesOnly(f[:len(f)-1]) {
			return true
		}
	}
	return false
}

// particleSurname reports whether toks[i:end], a person's mention, is a
// surname after its name particles alone ("al-Assad", "Al Assad", "bin
// Vosk"): a surname, which a person the article named in full owns
// before the catalog's person of the same surname.
func particleSurname(toks []token, i, end int) bool {
	if end-i < 2 {
		return false
	}
	for k := i; k < end-1; k++ {
		if !toks[k].is(classNameParticle) {
			return false
		}
	}
	return true
}

// rereadHeadlines reads again the headlines and captions that name people
// by surnames the article gives in full only later ("Gulfaikkri,
// Mainsaisti agree to cooperate" above "Russian President Tamtron
// Gulfaikkri"): once every sentence has been read, those surnames are
// known. A headline with no such word is left as it was read.
func (a *article) rereadHeadlines() {
	for _, s := range a.sentences {
		if !s.headline || !a.laterSurname(s) {
			continue
		}
		s.mentions = nil
		a.findMentions(s)
		a.buildActors(s)
	}
}

// rereadForLaterBodies reads again the sentences that use a body's name
// bare before the article gives it in a way that shows it is one:
// "Vantar Front positions were shelled" above "the Vantar Front said",
// "Orvask Movement said" above "the Orvask Movement, a rebel group,". A
// capitalised run may name anything where it first stands; once a later
// sentence has named the body, the run is its name (namedBefore), as it
// would be after that sentence. Only sentences read before a body's name
// was noted, with a capitalised word no mention covers, are read again.
func (a *article) rereadForLaterBodies() {
	n := len(a.refs.bodyNames)
	for _, s := range a.sentences {
		if s.bodiesKnown == n || !a.laterBodyName(s) {
			continue
		}
		s.mentions = nil
		a.findMentions(s)
		a.buildActors(s)
	}
}

// laterBodyName reports whether s has, where no mention covers it, the
// name of a body noted after s was read.
func (a *article) laterBodyName(s *sentence) bool {
	toks := s.toks
	for i, t := range toks {
		if !t.word || !t.cap {
			continue
		}
		for _, x := range a.refs.bodyFirst[t.fold] {
			if x >= s.bodiesKnown && a.refs.bodyNames[x].spelledAt(toks, i) && !coveredAt(s, i) {
				return true
			}
		}
	}
	return false
}

// laterSurname reports whether s has a capitalised word no mention covers
// that is the surname of a person the article named.
func (a *article) laterSurname(s *sentence) bool {
	for i, t := range s.toks {
		if e := a.refs.localName(t); e != nil && e.typ == graph.Person && t.word && !coveredAt(s, i) {
			return true
		}
	}
	return false
}

// namedPartOf reports whether the article has named e, its owner, or
// another body of the owner's before.
func (a *article) namedPartOf(e, owner *entry) bool {
	if a.cast.seen[e] != nil || a.cast.seen[owner] != nil {
		return true
	}
	for _, p := range a.x.catalog.worldParts {
		if p[1] == owner && a.cast.seen[p[0]] != nil {
			return true
		}
	}
	return false
}

// namedScope returns the entry of the one scoped alias among als whose
// state the article has named before, or nil when none or several are.
func (a *article) namedScope(als []*alias) *entry {
	var found *entry
	for _, al := range als {
		if al.scope == "" {
			continue
		}
		if st := a.x.catalog.byName[al.scope]; st != nil && a.cast.seen[st] != nil {
			if found != nil && found != al.entry {
				return nil
			}
			found = al.entry
		}
	}
	return found
}

// otherPersonsName reports whether the one word at toks[i], a part of
// catalog person e's name, is there a part of someone else's full name:
// a capitalised word the lexicon does not know, and that is no part of
// e's own names, stands right after it ("Jeffrey Feltman" is not the
// catalog's James Jeffrey) or, as a given name, right before it ("Maher
// al-Assad" is not Bashar). A title or a place next to it contradicts
// nothing: those are words the lexicon knows.
func otherPersonsName(toks []token, i int, e *entry) bool {
	if nameGoesOnAfter(toks, i, e) {
		return true
	}
	if j := i - 1; j >= 0 && toks[i].space && toks[j].is(classGivenName) && nameWordOf(toks[j], e) {
		return true
	}
	return false
}

// nameGoesOnAfter reports whether the name whose word toks[i] is goes on
// after it with words that are no part of e's own names, so that the
// capitals name someone else than e: a word the lexicon does not know
// ("Jeffrey Feltman" is not James Jeffrey), or an honorific that stands
// inside a name before its next word ("Tarsh Sheikh Velkan", "Ana Haji
// Mirov": the honorific is his, not a title before another's name), or a
// lower-case particle of descent or of a surname before such a word
// ("Kadim bin Zuran" or "Kadim al-Zuran" after "Kadim al-Bashir": another
// Kadim).
func nameGoesOnAfter(toks []token, i int, e *entry) bool {
	j := i + 1
	if j >= len(toks) || !toks[j].space {
		return false
	}
	if (toks[j].in(setDescentParticle) || toks[j].is(classNameParticle)) && !toks[j].cap && j+1 < len(toks) && toks[j+1].info == nil {
		// "Naquirin al-Bofa" after "Naquirin al-Zudim": a surname
		// glued to its particle counts as well.
		n := toks[j+1]
		n.hyphen = false
		return nameWordOf(n, e)
	}
	if toks[j].info == nil {
		return nameWordOf(toks[j], e)
	}
	return toks[j].is(classRank) && toks[j].cap && j+1 < len(toks) && toks[j+1].info == nil && nameWordOf(toks[j], e) && nameWordOf(toks[j+1], e)
}

// nameWordOf reports whether t is a capitalised word, as a name's part
// is, and no word of e's own names.
func nameWordOf(t token, e *entry) bool {
	if !t.word || !t.cap || t.upper || t.hyphen {
		return false
	}
	return !e.nameWords().words[t.fold]
}

// fatherNameAlone reports whether toks[i] is, alone, the word of e's name
// that follows a particle of descent, his father's name ("Gorvel" of
// "Quisha bin Gorvel"): by itself it names the father ("King Gorvel"), and
// the son goes by it only with its particle ("bin Gorvel").
func (x *Extractor) fatherNameAlone(toks []token, i int, e *entry) bool {
	if i > 0 && toks[i-1].in(setDescentParticle) {
		return false
	}
	for _, before := range e.nameWords().before[toks[i].fold] {
		if x.words.inSet(before, setDescentParticle) {
			return true
		}
	}
	return false
}

// nameWords are the words of an entry's proper names, folded.
type nameWords struct {
	// words holds every word, split at spaces and at hyphens as well,
	// with the hyphenated whole: "al-Mansi" gives "al-mansi", "al" and
	// "mansi", for an article writes "al-Mansi" as "al" and a glued
	// "Mansi".
	words map[string]bool
	// before maps a word to the words right before it in a name, split
	// at spaces only ("gorvel" to "bin" in "Quisha bin Gorvel").
	before map[string][]string
}

// nameWordsOf returns the words of e's proper names.
func nameWordsOf(e *entry) *nameWords {
	nw := &nameWords{words: make(map[string]bool), before: make(map[string][]string)}
	for n := -1; n < len(e.known); n++ {
		name := e.name
		if n >= 0 {
			name = e.known[n]
		}
		ws := strings.Fields(name)
		for k, w := range ws {
			f := foldWord(w)
			nw.words[f] = true
			for _, part := range strings.Split(w, "-") {
				nw.words[foldWord(part)] = true
			}
			if k > 0 {
				nw.before[f] = append(nw.before[f], foldWord(ws[k-1]))
			}
		}
	}
	return nw
}

// nameWords returns the words of e's proper names: those set once its
// names were all known, else made afresh.
func (e *entry) nameWords() *nameWords {
	if e.names != nil {
		return e.names
	}
	return nameWordsOf(e)
}

// givenNameOfNew reports whether the surname of a known person at toks[i]
// is the given name of someone new, followed by a surname the lexicon does
// not know: "Mohamed Abushahab" after "Al-Harith Idriss al-Harith Mohamed".
func givenNameOfNew(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.word && n.cap && !n.upper && !n.hyphen && n.info == nil && toks[i].is(classGivenName)
}

// readBackedPerson is the reading of a person whose description says who
// backs them (backerOfPerson).
const readBackedPerson = "reading backed-person"

// backerOfPerson returns the backer a person's description names glued to
// a backing participle, before the name ("the Kremlin-backed candidate X",
// "the Iranian-backed cleric X") or in apposition after it ("X, a
// Hezbollah-backed politician,", "X, the Russia-backed leader of Y"):
// the person at ms[k] is who is backed. Up to three lower-case words (the
// person's noun and its adjectives) stand between the participle and the
// name, no preposition or report among them, and a body's noun only before
// a person's ("the Iran-backed militia commander X"; "the Saudi-backed
// coalition killed X" backs no X); a possessive among them is someone else's ("the Iran-backed
// group's leader X" leads the group), and so is a phrase that does not
// open the apposition ("X, head of the Iran-backed group,"). nil when the
// description names no backer.
func backerOfPerson(toks []token, ms []mention, k int) *entry {
	m := ms[k]
	lower := func(i int) bool {
		t := toks[i]
		return t.word && !t.cap && !t.hyphen && t.fold != "'s"
	}
	if k > 0 {
		b := ms[k-1]
		p := b.end
		if n := m.start - p - 1; n >= 1 && n <= 3 && toks[p].hyphen && toks[p].in(setBackingParticiple) && !b.possessive {
			ok, body := true, false
			for i := p + 1; i < m.start; i++ {
				ok = ok && lower(i) && !gapBreak(&toks[i])
				body = body || toks[i].is(classDescriptor) || toks[i].is(classGroupNoun)
			}
			if last := &toks[m.start-1]; body && !last.is(classPersonNoun) && !last.in(setPersonRoleNoun) {
				// "the Saudi-backed coalition killed X": the backed noun
				// is a body's, and the words after it no person's noun.
				ok = false
			}
			if ok && isBody(b.entry) {
				return b.entry
			}
		}
	}
	i := m.end
	if k+1 >= len(ms) || i+2 >= len(toks) || toks[i].fold != "," {
		return nil
	}
	i++
	if toks[i].is(classDeterminer) && !toks[i].cap {
		i++
	}
	b := ms[k+1]
	p := b.end
	if b.start != i || p+1 >= len(toks) || !toks[p].hyphen || !toks[p].in(setBackingParticiple) || !lower(p+1) || !isBody(b.entry) {
		return nil
	}
	for j := p + 1; j < len(toks) && j <= p+4; j++ {
		if toks[j].fold == "'s" {
			return nil
		}
		if !toks[j].word {
			break
		}
	}
	return b.entry
}

// gapBreak reports whether t, between a backing participle and a name,
// ends the person's description: a preposition, a report, a coordinator
// or a relative pronoun ("the Iran-backed group with X", "the Iran-backed
// militia said X").
func gapBreak(t *token) bool {
	switch t.fold {
	case "of", "by", "for", "with", "against", "to", "on", "at", "from", "after", "over":
		return true
	}
	return t.is(classLocative) || t.is(classReporting) || t.is(classCoordinator) || t.is(classRelative)
}

// readLedName is the reading of a body whose name says who leads it.
const readLedName = "reading led-name"

// leaderInName states that a state leads a body whose name says so: "the
// US-led coalition", "the Saudi-led coalition". The state's name may open
// the body's own name or stand glued before it ("Saudi-led Arab
// coalition").
func (a *article) leaderInName(s *sentence, toks []token, m *mention) {
	for p := m.start + 1; p < m.end; p++ {
		if toks[p].fold != "led" || !toks[p].hyphen {
			continue
		}
		if c := a.countryNamed(toks, m.start, p); c != nil {
			a.roleFact(s, c, graph.HeadOf, m.entry, 0.8, "", readLedName)
		}
		return
	}
}

// leaderGlued reports whether the mention l, glued by "-led" before the
// body's mention m, names who leads it: a state by any of its names, a
// body or a person by name ("Kurdish-led" names a people, not a body)
// before a body's own name.
func leaderGlued(l, m mention) bool {
	switch l.entry.typ {
	case graph.Country:
		return true
	case graph.Organization, graph.Person:
		// Not before a common noun ("HTS-led rebels"): the fighters
		// it leads are no body of their own.
		return l.kind == aliasName && l.entry != m.entry && m.kind == aliasName && !m.entry.common
	}
	return false
}

// countryNamed returns the state whose name, capital or adjective is
// exactly toks[i:end] ("US" of "US-led coalition"), or nil.
func (a *article) countryNamed(toks []token, i, end int) *entry {
	if toks[i].info == nil {
		return nil
	}
	for _, pv := range toks[i].info.aliases {
		if i+len(pv.keys) != end || !hasKeys(toks, i, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if al.entry.typ == graph.Country && al.scope == "" && !al.generic && al.caseFits(toks, i) {
				return al.entry
			}
		}
	}
	return nil
}

// discoverLedBodies finds bodies named by the state that leads them and a
// common head noun, "the Saudi-led coalition", "a US-led military
// coalition": the state, "-led", at most two lower-case words and a
// body's head. The body is called as written; the state's mention is part
// of its name.
func (a *article) discoverLedBodies(toks []token, ms []mention) []mention {
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		p := m.end
		if m.entry.typ != graph.Country || p+1 >= len(toks) || toks[p].fold != "led" || !toks[p].hyphen {
			continue
		}
		if k+1 < len(ms) && ms[k+1].start <= p+3 {
			// A named body follows: "the Saudi-led Arab Coalition".
			continue
		}
		j := p + 1
		for j < len(toks) && j < p+3 && toks[j].word && !toks[j].cap && !toks[j].hyphen && !toks[j].in(setBodyHead) {
			j++
		}
		if j >= len(toks) || !toks[j].word || toks[j].cap || toks[j].hyphen || !toks[j].in(setBodyHead) {
			continue
		}
		name := textOf(toks, m.start, j+1)
		e := a.discovered(name, graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		ms[k] = mention{start: m.start, end: j + 1, entry: e}
	}
	return ms
}

// discoverBackedBodies finds a body the lexicon does not know, named by
// its acronym right after the state that backs it: "the Rwanda-backed
// M23", "the Iran-backed KZB". The other discoveries take an acronym with
// a number only right after "the", and do not see it here. Capitalised
// words are left to them, which need a body's noun: "the Rwanda-backed
// Kivu Hills" may be a place.
func (a *article) discoverBackedBodies(toks []token, ms []mention) []mention {
	var found []mention
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		p := m.end
		if m.entry.typ != graph.Country || m.start == 0 || toks[m.start-1].fold != "the" ||
			p+1 >= len(toks) || !toks[p].hyphen || !toks[p].in(setBackingParticiple) {
			continue
		}
		j := p + 1
		if k+1 < len(ms) && ms[k+1].start <= j {
			// A name the article knows follows: the patterns read it.
			continue
		}
		if !backedAcronym(toks[j]) || (j+1 < len(toks) && toks[j+1].word && toks[j+1].cap) {
			continue
		}
		e := a.discovered(toks[j].text, graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		found = append(found, mention{start: j, end: j + 1, entry: e})
	}
	if len(found) == 0 {
		return ms
	}
	ms = append(ms, found...)
	sortMentions(ms)
	return ms
}

// describedGroupRef reads "the Lebanese terror group", "the Yemeni
// movement": a state's adjective and a descriptor, no name after, naming
// an armed group of that state the article named before. The group is of
// the state when it says so or when the catalog calls it by the adjective
// too ("Lebanese Hezbollah"). Of several, the one the article came to
// last is meant.
func (a *article) describedGroupRef(toks []token, ms []mention) []mention {
	for k := range ms {
		m := &ms[k]
		if m.kind != aliasDemonym || m.entry.typ != graph.Country || m.start == 0 || toks[m.start-1].fold != "the" {
			continue
		}
		n := a.x.words.has(classDescriptor, toks, m.end)
		if n == 0 || (k+1 < len(ms) && ms[k+1].start < m.end+n+1) {
			continue
		}
		if end := m.end + n; end < len(toks) && (toks[end].word && toks[end].cap || toks[end].fold == "of") {
			// "the Lebanese group Hezbollah", "the Syrian group of ...".
			continue
		}
		adj := textOf(toks, m.start, m.end)
		for g := len(a.refs.groupOrder) - 1; g >= 0; g-- {
			e := a.refs.groupOrder[g]
			if e.country == m.entry.name || a.x.catalog.calls(adj+" "+e.name, e) {
				m.end, m.entry, m.kind = m.end+n, e, aliasDefinite
				break
			}
		}
	}
	return ms
}

// backedAcronym reports whether t may be the acronym of a body the
// lexicon does not know: two to six capitals, possibly followed by
// digits ("M23").
func backedAcronym(t token) bool {
	if !t.word || !t.upper || t.info != nil || len(t.text) < 2 || len(t.text) > 6 {
		return false
	}
	// The length bounds the capitals and digits acronymShape counts.
	_, _, ok := acronymShape(t.text)
	return ok
}

// acronymShape counts the capitals and then the digits of an acronym
// ("M23"); ok is false for any other character or order.
func acronymShape(text string) (letters, digits int, ok bool) {
	for _, r := range text {
		switch {
		case 'A' <= r && r <= 'Z' && digits == 0:
			letters++
		case '0' <= r && r <= '9' && letters > 0:
			digits++
		default:
			return 0, 0, false
		}
	}
	return letters, digits, true
}

// nounAfter reports whether toks[i] is a noun that makes the word before
// it an adjective: "military government", "military ruler", "army chief".
func (x *Extractor) nounAfter(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].word {
		return false
	}
	if x.words.has(classGroupNoun, toks, i) > 0 || toks[i].in(setBodyHead) {
		return true
	}
	_, n := matchTitle(toks, i)
	return n > 0
}

// describedAs returns the noun of an appositive describing a body whose
// name ends at toks[j], "monitor" of ", a Britain-based war monitor,": a
// descriptor closing the appositive within five words. It returns "" for
// none.
func describedAs(x *Extractor, toks []token, j int) string {
	if j+2 >= len(toks) || toks[j].fold != "," {
		return ""
	}
	if f := toks[j+1].fold; f != "a" && f != "an" && f != "the" {
		return ""
	}
	for k := j + 2; k < len(toks) && k < j+7 && toks[k].word; k++ {
		if !toks[k].cap && (toks[k].is(classDescriptor) || toks[k].in(setFirmNoun)) && closesAppositive(toks, k+1) {
			return toks[k].fold
		}
	}
	return ""
}

// oppositionDescribed reports whether the text describes the body ms[k]
// as an opposition or an armed band, no organ of a state: a word such as
// "opposition" or "rebel" (setDissentWord) right before its name or
// before the state's adjective or possessive that opens it ("the
// opposition Sildavian National Council"), or inside the noun phrase of
// an appositive right after it, its acronym in brackets between ("X, the
// main opposition coalition,", "X (SNC), which had long been the main
// opposition group in exile,"). A relative clause counts only where its
// last word before the noun phrase is a copula: "X, which fought the
// rebel forces," describes the forces, not X.
func oppositionDescribed(toks []token, ms []mention, k int) bool {
	m := ms[k]
	st := m.start
	if k > 0 && ms[k-1].end == st && ms[k-1].entry.typ == graph.Country {
		st = ms[k-1].start
	}
	if p := st - 1; p >= 0 && oppositionWord(toks, p) {
		return true
	}
	j := m.end
	if j < len(toks) && toks[j].fold == "(" {
		if j = acronymParen(toks, j); j == m.end {
			return false
		}
	}
	if j+2 >= len(toks) || toks[j].fold != "," {
		return false
	}
	j++
	if f := toks[j].fold; f == "which" || f == "that" {
		copula := false
		for j++; j < len(toks) && j < m.end+9 && toks[j].word && !toks[j].cap && !toks[j].is(classDeterminer); j++ {
			copula = toks[j].in(setCopula)
		}
		if !copula {
			return false
		}
	}
	if j >= len(toks) || !toks[j].is(classDeterminer) {
		return false
	}
	for n := j + 1; n < len(toks) && n < j+4 && toks[n].word && !toks[n].cap; n++ {
		if oppositionWord(toks, n) {
			return true
		}
	}
	return false
}

// oppositionWord reports whether toks[k] is a lower-case word that
// describes a body as an opposition or armed band ("opposition", "rebel")
// before a lower-case noun or name, not as a noun of its own ("the
// opposition's leader").
func oppositionWord(toks []token, k int) bool {
	t := toks[k]
	return t.word && !t.cap && !t.hyphen && t.in(setDissentWord) && k+1 < len(toks) && toks[k+1].word && !toks[k+1].hyphen && toks[k+1].fold != "'s"
}

// describedKind returns the head noun of an appositive that says what
// kind of body the name ending at toks[j] is, when a phrase telling more
// about it follows the noun: "the Hashed, a paramilitary alliance
// dominated by militias,", "the SDF, an alliance led by the YPG", "the
// M23, a rebel movement that seized Goma". Up to three describing words
// may stand before the noun, none of them a function word: "X, a member
// of the alliance," says no kind. It returns "" for none.
func describedKind(toks []token, j int) string {
	if j+2 >= len(toks) || toks[j].fold != "," {
		return ""
	}
	if f := toks[j+1].fold; f != "a" && f != "an" {
		return ""
	}
	for k := j + 2; k < len(toks) && k < j+6 && toks[k].word; k++ {
		t := toks[k]
		if !t.cap && t.in(setBodyHead) {
			if k+1 < len(toks) && postModifier(toks[k+1]) {
				return t.fold
			}
			return ""
		}
		if kindFunctionWord[t.fold] {
			return ""
		}
	}
	return ""
}

// kindFunctionWord holds the words that end a kind's describing words
// before any noun of a body: "a member of", "a partner in".
var kindFunctionWord = map[string]bool{"of": true, "for": true, "to": true, "the": true, "a": true, "an": true, "and": true, "or": true, "in": true, "with": true, "by": true, "from": true, "on": true, "at": true}

// postModifier reports whether t opens a phrase telling more about the
// noun before it: a participle ("led by", "dominated by", "based in"), a
// relative pronoun or a preposition of make-up or origin.
func postModifier(t token) bool {
	if t.cap || !t.word {
		return false
	}
	switch t.fold {
	case "of", "that", "which", "whose", "with", "from", "comprising", "including", "made", "set", "run", "known", "fighting", "seeking":
		return true
	}
	return len(t.fold) > 3 && strings.HasSuffix(t.fold, "ed")
}

// ownedAppositive reads "Niger's ruling military council, the CNSP": a
// state's possessive, a few lower-case words ending with a body's noun,
// and the body's name in apposition. The body is part of the state, and
// the whole phrase is one mention of the body, so that "the head of
// Niger's ruling military council, the CNSP," heads the body.
func (a *article) ownedAppositive(s *sentence, ms []mention) []mention {
	toks := s.toks
	for k := 0; k+1 < len(ms); k++ {
		st, body := ms[k], ms[k+1]
		if !st.possessive || st.entry.typ != graph.Country || body.entry.typ != graph.Organization || body.kind == aliasDefinite || body.possessive {
			continue
		}
		c := body.start - 1
		if c > 0 && toks[c].fold == "the" {
			c--
		}
		j := st.end + 1
		if c <= j || c-j > 5 || toks[c].fold != "," || !closesAppositive(toks, body.end) {
			continue
		}
		if last := toks[c-1]; !(last.is(classOrgHead) || last.in(setBodyHead) || armyWord(last)) {
			continue
		}
		if !lowerWords(toks[j:c]) || body.entry.country != "" && body.entry.country != st.entry.name {
			continue
		}
		a.partOf(s, body.entry, st.entry, 0.8, readOwnedName)
		body.start = st.start
		ms = append(ms[:k], append([]mention{body}, ms[k+2:]...)...)
	}
	return ms
}

// whoseStateBody reads "Niger, whose junta", "Iran, whose foreign
// ministry": a state, ", whose" and the noun of a body every state has,
// which names the state's own body as "Nigerien junta" would. The body is
// a mention of its own, which whoseBody then makes the state's.
func (a *article) whoseStateBody(s *sentence, ms []mention) []mention {
	toks := s.toks
	var found []mention
	for k := range ms {
		owner := ms[k]
		j := owner.end + 2
		if owner.entry.typ != graph.Country || j >= len(toks) || toks[j-2].fold != "," || toks[j-1].fold != "whose" {
			continue
		}
		if k+1 < len(ms) && ms[k+1].start == j {
			// A body named: whoseBody reads it.
			continue
		}
		adj, ok := a.x.catalog.demonyms[owner.entry]
		if !ok {
			continue
		}
		for n := 3; n >= 1; n-- {
			if j+n > len(toks) || !lowerWords(toks[j:j+n]) {
				continue
			}
			body := a.x.catalog.stateBody(adj+" "+textOf(toks, j, j+n), owner.entry)
			if body == nil {
				continue
			}
			found = append(found, mention{start: j, end: j + n, entry: body})
			break
		}
	}
	if len(found) == 0 {
		return ms
	}
	ms = append(ms, found...)
	sortMentions(ms)
	return ms
}

// militaryRulers reads "Niger's military rulers" and "the military
// rulers of Niger" as the state's junta, the body "Nigerien junta" names,
// so that "the junta" later is the same one. "Niger's military" alone is
// its army, and "Niger's rulers" may be civilians.
func (a *article) militaryRulers(s *sentence, ms []mention) []mention {
	toks := s.toks
	rulers := func(j int) bool {
		return j+1 < len(toks) && toks[j].fold == "military" && toks[j+1].in(setRulerNoun)
	}
	for k := range ms {
		m := &ms[k]
		if m.entry.typ != graph.Country || m.kind == aliasDefinite {
			continue
		}
		adj, ok := a.x.catalog.demonyms[m.entry]
		if !ok {
			continue
		}
		start, end := 0, 0
		switch j := m.start - 3; {
		case m.possessive && rulers(m.end+1) && (k+1 == len(ms) || ms[k+1].start > m.end+2):
			// "Niger's military rulers".
			start, end = m.start, m.end+3
		case j >= 0 && !m.possessive && rulers(j) && toks[m.start-1].fold == "of" && (j == 0 || toks[j-1].fold == "the") && (k == 0 || ms[k-1].end <= j):
			// "the military rulers of Niger".
			start, end = j, m.end
		default:
			continue
		}
		junta := a.x.catalog.stateBody(adj+" junta", m.entry)
		if junta == nil {
			continue
		}
		*m = mention{start: start, end: end, entry: junta}
		a.refs.heads["junta"] = junta
		a.refs.juntaState = m.entry
	}
	return ms
}

// lowerWords reports whether toks are all words in lower case.
func lowerWords(toks []token) bool {
	for _, t := range toks {
		if !t.word || t.cap {
			return false
		}
	}
	return true
}

// whoseBody reads "Iran, whose Quds Force", "NATO, whose KFOR
// peacekeeping mission", "Russia, whose private military company, the
// Wagner Group,": a state or body, ", whose", at most three lower-case
// words and a body's name; the body is the owner's. A person's "whose" is
// left alone: "Barzani, whose Peshmerga" need not be his.
func (a *article) whoseBody(s *sentence, ms []mention) {
	toks := s.toks
	for k := 0; k+1 < len(ms); k++ {
		owner, body := ms[k], ms[k+1]
		if owner.entry.typ != graph.Country && owner.entry.typ != graph.Organization || body.entry.typ != graph.Organization || body.kind == aliasDefinite {
			continue
		}
		j := owner.end
		if j+2 >= len(toks) || toks[j].fold != "," || toks[j+1].fold != "whose" {
			continue
		}
		j += 2
		for n := 0; n < 3 && j < body.start && toks[j].word && !toks[j].cap; n++ {
			j++
		}
		if verbBetween(toks, owner.end+2, j) {
			// "Eritrea, whose army attacked the Lake Front": the
			// body is the object of a verb, not the owner's.
			continue
		}
		if j+1 < body.start && toks[j].fold == "," && toks[j+1].fold == "the" {
			// "whose private military company, the Wagner Group".
			j += 2
		}
		if j == body.start {
			a.partOf(s, body.entry, owner.entry, 0.8, readOwnedName)
		}
	}
}

// ownedOffice reads a state's or body's possessive and one to three
// lower-case words ending with an office's noun, "Israel's security
// cabinet", "the NUG's defence ministry": a body of the owner's that the
// catalog lacks, called as the text calls it ("Israel's security
// cabinet"). The phrase becomes one mention of the body.
func (a *article) ownedOffice(s *sentence, ms []mention) []mention {
	toks := s.toks
	for k := range ms {
		m := ms[k]
		if !m.possessive || m.kind == aliasDefinite || m.entry.typ != graph.Country && m.entry.typ != graph.Organization {
			continue
		}
		j := m.end + 1
		end := 0
		for x := j; x < len(toks) && x < j+3; x++ {
			t := toks[x]
			if !t.word || t.cap || t.is(classDeterminer) || mentionAt0(ms, x) != nil {
				break
			}
			if t.in(setOfficeHead) {
				end = x + 1
				break
			}
		}
		if end == 0 || end == j+1 || end < len(toks) && toks[end].word && (toks[end].cap || toks[end].fold == "of") {
			// "Iran's ministry": no office of its own; "Iran's
			// council of ministers" or "the office Omar Tahir" go on.
			continue
		}
		if m.entry.typ == graph.Organization && toks[end-1].in(setOrganAppositive) && closesAppositive(toks, end) && namedBodyBefore(toks, ms[:k], m.start) {
			// "the Kalo Press Agency (KPA), the Front's official news
			// agency,": the phrase describes the body named before
			// it, no other; organAppositives makes that one the
			// owner's. (A state's organ there stays a mention of the
			// state's body, which annotators list by either name.)
			continue
		}
		// The body is called as the text calls it, "Niger's ruling
		// military council": the name news annotators and readers use.
		e := a.discovered(textOf(toks, m.start, end), graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		a.partOf(s, e, m.entry, 0.8, readOwnedName)
		ms[k] = mention{start: m.start, end: end, entry: e, possessive: end < len(toks) && toks[end].fold == "'s"}
	}
	return ms
}

// namedBodyBefore reports whether a body named by its own name stands in
// apposition before the phrase that opens at toks[st] (or at its "the"):
// "the Kalo Press Agency (KPA), the ...", its short form in brackets
// allowed.
func namedBodyBefore(toks []token, before []mention, st int) bool {
	if st > 0 && toks[st-1].fold == "the" {
		st--
	}
	if st < 2 || toks[st-1].fold != "," || len(before) == 0 {
		return false
	}
	pm := before[len(before)-1]
	return ownBody(pm) && skipParen(toks, pm.end) == st-1
}

// bodyOfLeader reads "the Libyan National Army of eastern commander
// Khalifa Haftar": a body, "of", at most two lower-case words, a title
// that heads a body and a person, who heads the body.
func (a *article) bodyOfLeader(s *sentence) {
	toks := s.toks
	for k := 0; k < len(s.mentions); k++ {
		body := s.mentions[k]
		if body.entry.typ != graph.Organization || body.possessive {
			continue
		}
		j := skipParen(toks, body.end)
		if j >= len(toks) || toks[j].fold != "of" {
			continue
		}
		j++
		for x := 0; x < 2 && j < len(toks) && toks[j].word && !toks[j].cap && (toks[j].info == nil || toks[j].is(classLocative)); x++ {
			j++
		}
		t, tj, n := titleAt(toks, j)
		if n == 0 || tj != j || t.plural || t.predicate != graph.HeadOf || t.target == targetCountry {
			continue
		}
		if p, _ := a.personAt(s, j+n); p != nil {
			a.roleFact(s, p, graph.HeadOf, body.entry, 0.8, toks[j+n-1].fold, readTitle)
		}
	}
}

// discoverInterimBodies finds a provisional authority named by
// description: "the interim administration", "Tigray's interim
// administration", "the transitional authority of the Afar region"; an
// adjective of a provisional authority (interim-word) and a body's head
// noun, after "the" or a capitalised name's possessive, with "of" and a
// region's name if one follows. A state's own ("Mali's transitional
// government") is the state. The body is called as written, "the" left
// out, so that "the interim administration" later is the same body.
func (a *article) discoverInterimBodies(toks []token, ms []mention) []mention {
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].in(setInterimWord) || toks[i].cap || !toks[i+1].in(setBodyHead) || toks[i+1].cap || inMention(ms, i) != nil || inMention(ms, i+1) != nil {
			continue
		}
		start := i
		switch p := toks[i-1]; {
		case p.fold == "the":
		case p.fold == "'s" && i >= 2 && toks[i-2].word && toks[i-2].cap && !toks[i-2].is(classStopword):
			if m := inMention(ms, i-2); m != nil {
				// "Mali's transitional authority": a state's or a
				// known body's, read as its own.
				continue
			}
			start = i - 2
		default:
			continue
		}
		end := i + 2
		if end+1 < len(toks) && toks[end].fold == "of" && inMention(ms, end+1) == nil {
			// "of the Tigray region", "of Afar".
			j := end + 1
			if toks[j].fold == "the" {
				j++
			}
			k := j
			for k < len(toks) && k < j+3 && toks[k].word && toks[k].cap && inMention(ms, k) == nil {
				k++
			}
			if k > j && k < len(toks) && (toks[k].fold == "region" || toks[k].fold == "state" || toks[k].fold == "province") {
				k++
			}
			if k > j {
				end = k
			}
		}
		e := a.refs.heads[toks[i+1].fold]
		if e == nil || !a.refs.interim[e] {
			e = a.discovered(textOf(toks, start, end), graph.Organization)
			if e.typ != graph.Organization {
				continue
			}
			if a.refs.interim == nil {
				a.refs.interim = make(map[*entry]bool)
			}
			a.refs.interim[e] = true
			// "the interim administration of the Tigray region" ...
			// "the interim administration": one body.
			a.refs.heads[toks[i+1].fold] = e
		}
		ms = append(ms, mention{start: start, end: end, entry: e})
		sortMentions(ms)
		i = end - 1
	}
	return ms
}

// inMention returns the mention of ms that covers toks[i], or nil.
func inMention(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start <= i && i < ms[k].end {
			return &ms[k]
		}
	}
	return nil
}

// groupInSentence returns the group "the group" at ms[k] refers back to
// when the sentence named one before it: the last group-like body named
// there ("the PKK's offshoot, the PYD, and the group was not invited");
// nil when ms[k] is no bare group noun or the sentence named none.
func (a *article) groupInSentence(toks []token, ms []mention, k int) *entry {
	m := ms[k]
	if m.kind != aliasDefinite || m.end-m.start != 1 || !toks[m.start].in(setGroupRef) || toks[m.start].cap {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		if p := ms[j]; p.kind != aliasDefinite && p.entry.typ == graph.Organization && a.groupLike(p.entry) {
			return p.entry
		}
	}
	return nil
}

// officeBefore is a catalog person's office, at toks[start:at], read as
// the title of the name at toks[at] (see officeAlias).
type officeBefore struct {
	start, at int
	office    *entry
}

// inOfficeBefore reports whether toks[i] lies in a catalog person's office
// read as the title of the name after it: "Leader of the Islamic
// Revolution Ayatollah X" names no body "Islamic Revolution".
func (a *article) inOfficeBefore(i int) bool {
	for _, o := range a.refs.officeAt {
		if i >= o.start && i < o.at {
			return true
		}
	}
	return false
}

// officeAlias reports whether toks[i:end], a catalog alias of person e,
// names him by his office rather than his name: it is a title ("Supreme
// Leader", "Leader of the Islamic Revolution") and holds no word of his
// names.
func officeAlias(toks []token, i, end int, e *entry) bool {
	if _, n := matchTitle(toks, i); n == 0 {
		return false
	}
	return !inName(toks[i:end], e.name)
}

// nameStart reports whether t may start a person's name after a title:
// a capitalised word the lexicon does not know, a given name or a rank
// ("Ayatollah"). A known word is none: "Supreme Leader Receives ...".
func nameStart(t token) bool {
	return t.space && t.word && t.cap && !t.upper && (t.info == nil || t.is(classGivenName) || t.is(classRank))
}

// ranksOnly reports whether every token of toks is a rank ("Ayatollah").
func ranksOnly(toks []token) bool {
	for _, t := range toks {
		if !t.is(classRank) {
			return false
		}
	}
	return true
}

// inName reports whether a word of toks is a word of the name.
func inName(toks []token, name string) bool {
	for _, w := range strings.Fields(name) {
		f := foldWord(w)
		for _, t := range toks {
			if t.fold == f {
				return true
			}
		}
	}
	return false
}

// namedAfter reports whether s names person p at toks[at], ranks
// ("Ayatollah") passed over.
func namedAfter(s *sentence, p *entry, at int) bool {
	for _, m := range s.mentions {
		if m.entry == p && m.start >= at && ranksOnly(s.toks[at:m.start]) {
			return true
		}
	}
	return false
}

// officeHoldersNamed reads the people the sentence s named by a catalog
// person's office before their names ("Supreme Leader Gigan Tarvol"): the
// article's holder of that office, whom the office names later on ("the
// Supreme Leader said") in place of the catalog's, and who holds the
// catalog person's offices of state (with a catalog's confidence: the
// office's state is memory). An article that names two holders of an
// office, or the catalog's own, leaves the office to the catalog or to no
// one.
func (a *article) officeHoldersNamed(s *sentence) {
	for _, o := range a.refs.officeAt {
		for _, ac := range s.actors {
			if ac.end <= o.at || ac.start > o.at+2 {
				continue
			}
			if !ranksOnly(s.toks[o.at:max(o.at, ac.start)]) {
				// "Supreme Leader Receives Assad": the office is
				// before no name; the catalog's holder read nothing.
				break
			}
			if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.ents[0] == o.office {
				break
			}
			p := ac.ents[0]
			if !namedAfter(s, p, o.at) {
				// "X, a senior adviser to Supreme Leader Y,": the actor
				// the office sits in, not a name after it.
				break
			}
			if a.refs.officeHolders == nil {
				a.refs.officeHolders = make(map[*entry]*entry)
			}
			switch h, ok := a.refs.officeHolders[o.office]; {
			case !ok:
				a.refs.officeHolders[o.office] = p
				for _, r := range o.office.roles {
					if obj := a.x.catalog.byName[r.object]; obj != nil {
						a.memoryRoleFact(s, p, r.predicate, obj, "", readOfficeAlias)
					}
				}
			case h != p:
				a.refs.officeHolders[o.office] = o.office
			}
			break
		}
	}
	a.refs.officeAt = a.refs.officeAt[:0]
}

// rulerTitleAt reports whether a title of a state's ruler of two words or
// more starts at toks[k]: "military leader", "military strongman" (a
// head's office, not "military chief", a member's). A lower-case word
// (or the sentence's first) that opens such a title qualifies the
// ruler's office: the body it would end is not named.
func rulerTitleAt(toks []token, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].cap && k > 0 || toks[k].info == nil || len(toks[k].info.titles) == 0 {
		return false
	}
	t, n := matchTitleWords(toks, k)
	return n >= 2 && !t.plural && (t.predicate == graph.HeadOf || t.predicate == graph.PresidentOf)
}

// bareOfficeWord reports whether the word at toks[i] stands with nothing
// before it that says whose (a determiner, a possessive, a capitalised
// adjective) before a title and a capitalised name: "Opposition leader
// Isaac Navon", "opposition spokesman Omar Darwish".
func bareOfficeWord(toks []token, i int) bool {
	if k := i - 1; k >= 0 && toks[k].word && (toks[k].is(classDeterminer) || toks[k].fold == "'s" || toks[k].cap) {
		return false
	}
	_, n := matchTitleWords(toks, i+1)
	return n > 0 && i+1+n < len(toks) && toks[i+1+n].word && toks[i+1+n].cap
}

// theatreWord reports whether t is one word that a war's catalog gives
// one of its sides as a lower-case alias: "opposition", "rebels".
func theatreWord(t token) bool {
	if t.info == nil {
		return false
	}
	for _, pv := range t.info.aliases {
		if len(pv.keys) != 1 {
			continue
		}
		for _, al := range pv.value {
			if al.lower && al.entry.theatre != "" {
				return true
			}
		}
	}
	return false
}
