package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// discoverPeople finds people the catalog lacks and no title introduces: a
// run of two to four capitalised words (with particles) that starts with a
// common given name ("Ahmad Kuzbari", "Hadi al-Bahra"). A run that ends in
// or before a body's head noun ("Hamza Division") is no person.
func (a *article) discoverPeople(s *sentence) {
	toks := s.toks
	a.givenNameOfAnother(s)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if j, name := nicknamedPerson(s, i); j > 0 {
			// "Tarsh "Barbecue" Velkan" is Tarsh Velkan.
			if e := a.discovered(name, graph.Person); e.typ == graph.Person {
				a.addPerson(s, i, j, e, name)
				i = j - 1
				continue
			}
		}
		if t.cap && !coveredAt(s, i) && !t.is(classGivenName) {
			j := a.ownedPerson(s, i)
			if j == 0 {
				j = a.appositivePerson(s, i)
			}
			if j == 0 {
				j = a.surnamedPerson(s, i)
			}
			if j == 0 {
				j = a.rankedPerson(s, i)
			}
			if j == 0 {
				j = titledSurname(s, i)
			}
			if j == 0 {
				j = ledByPerson(s, i)
			}
			if j == 0 {
				j = ruledPerson(s, i)
			}
			if j == 0 {
				j = a.shapedPerson(s, i)
			}
			if j == 0 {
				j = delegatePerson(s, i)
			}
			if j == 0 {
				j = a.actingPerson(s, i)
			}
			if j == 0 {
				j = a.x.honorificInName(s, i)
			}
			if j == 0 {
				j = patronymicPerson(s, i)
			}
			if j > 0 && toks[j-1].in(setNotSurname) {
				// "the Sheikh Tarsh Mosque": a site's noun ends no
				// person's name, whichever reading found it.
				i = j - 1
				continue
			}
			if j > 0 {
				name := textOf(toks, i, j)
				e := a.discovered(name, graph.Person)
				if r := a.refs.local["\x02"+name]; r != nil && a.refs.local["\x02"] != nil {
					// A name the article said is another's.
					e = r
				}
				if e.typ == graph.Person {
					a.addPerson(s, i, j, e, name)
					i = j - 1
				}
				continue
			}
		}
		if !t.cap || !t.is(classGivenName) || coveredAt(s, i) {
			continue
		}
		if i > 0 && capitalisedNonName(a, s, i-1) {
			// "Imam Ali Mosque": a capitalised word before the given name
			// that is no rank and no common word of the lexicon.
			continue
		}
		if m := mentionAt(s, i+1); m != nil && m.entry.typ == graph.Person && givenNameOf(m.entry.name, t.fold) {
			// "Ahmad Kuzbari" once "Kuzbari" is known: one mention.
			m.start = i
			i = m.end - 1
			continue
		}
		if m := mentionAt(s, i+1); m != nil && surnameMention(toks, m) && m.entry.typ == graph.Person && !givenNameOf(m.entry.name, t.fold) {
			// "Nasser Hariri" is not Saad Hariri, "Riyad al-Maliki" not
			// Nouri al-Maliki: a given name before a known surname that is
			// not the known person's names someone new.
			dropMention(s, i+1)
		}
		j := nameRun(s, i)
		for x := i + 1; x < j; x++ {
			// "Ahmad Kuzbari Meets Envoy" in a headline: a word the
			// lexicon knows ends the name; a middle initial and its full
			// stop ("Omar K. Bashiru") are letters of the name, not words.
			if isInitial(toks, x) || isInitial(toks, x-1) {
				continue
			}
			if in := toks[x].info; in != nil && !nameSuffix(toks, i, x) && !surnameAfterParticle(toks, i, x) && (len(in.patterns) > 0 || len(in.titles) > 0 || in.classes&^(1<<classGivenName|1<<classNameParticle) != 0) {
				j = x
				break
			}
		}
		if j-i < 2 {
			continue
		}
		if j == 0 || toks[j-1].is(classOrgHead) || (j < len(toks) && toks[j].is(classOrgHead)) {
			continue
		}
		name := textOf(toks, i, j)
		e := a.discovered(name, graph.Person)
		if k := a.refs.local[toks[j-1].fold]; k != nil && k != e && k.typ == graph.Person && j-i >= 3 && toks[i].in(setKunyaWord) && hasNameWord(k.name, toks[i].fold) {
			// "Abu Kareem al-Tarvi" after "Abu Karim al-Tarvi": the kunya
			// and surname of the man named before, spelt otherwise.
			e = k
		}
		if r := a.refs.local["\x02"+e.name]; r != nil && a.refs.local["\x02"] != nil {
			// A name the article said is another's.
			e = r
		}
		if e.typ != graph.Person {
			continue
		}
		a.addPerson(s, i, j, e, name)
		i = j - 1
	}
}

// discoverGroups finds, once per article, the groups named by a word of
// their own that the lexicon does not know: "the Houthi movement", "Fano
// fighters". The word, and its plural ("the Houthis"), name the group in
// the whole article, headline included; the group is called by that
// plural when the article uses it, else by the word when a group's noun
// follows it ("the Fano movement") or the article uses it alone, else by
// its first description ("Fano fighters").
func (a *article) discoverGroups() {
	a.refs.groupsRead = true
	plural := make(map[string]string)
	type found struct {
		word, name string
		// initial is set for a word after a sentence's capitalised first
		// word ("Wounded Houthi fighters"), kept only if the article
		// names the group by its word elsewhere.
		initial bool
		// region is set for a self-governing region's body, named by
		// the president it has: no group "the group" refers to.
		region bool
		// free is set for a body that acts on its own, no state's
		// organ: "Lebanese Tarvolah" is no part of Lebanon.
		free bool
	}
	var groups []found
	seen := make(map[string]bool)
	// theCount counts "the Tarvolis" closing a noun phrase, modifier the
	// words used before a noun inside a sentence ("Tarvoli targets").
	theCount := make(map[string]int)
	modifier := make(map[string]bool)
	// acting marks a plural "the Tarvolis" that acts where it stands:
	// a verb of its own or a relative clause of people after it.
	acting := make(map[string]bool)
	// actingWord lists the single words that act where they stand
	// ("Tarvolah said"), in the article's order.
	var actingWord []string
	var theOrder []string
	// owning lists the single words that own something in the neuter
	// ("Tarvolah's arsenal", "Tarvolah and its allies"), in the
	// article's order; uses counts the words' uses inside a sentence,
	// articled marks those written after "the" ("the Sounion's crew").
	var owning []string
	uses := make(map[string]int)
	articled := make(map[string]bool)
	for _, s := range a.sentences {
		toks := s.toks
		for i := range toks {
			t := toks[i]
			if t.word && t.cap && !t.upper && a.x.nameWordFree(t) {
				plural[t.fold] = t.text
				if i > 0 && !t.hyphen && toks[i-1].fold == "the" && len(t.fold) > 4 && strings.HasSuffix(t.fold, "s") && t.info == nil && endsNounPhrase(toks, i+1) {
					if theCount[t.fold] == 0 {
						theOrder = append(theOrder, t.fold)
					}
					theCount[t.fold]++
					if actsAfter(toks, i+1) {
						acting[t.fold] = true
					}
				}
				if i > 0 && !t.hyphen && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap && !toks[i+1].is(classStopword) && !endsNounPhrase(toks, i+1) {
					modifier[t.fold] = true
				}
				if t.info == nil && !t.hyphen && len(t.fold) > 3 && (i == 0 || !toks[i-1].hyphen && !(toks[i-1].word && toks[i-1].cap && !stateAdjective(toks[i-1])) && !locativeBefore(toks, i)) && !acting[t.fold] && actsAfter(toks, i+1) {
					acting[t.fold] = true
					actingWord = append(actingWord, t.fold)
				}
				if t.info == nil && !t.hyphen && len(t.fold) > 3 {
					owns := ownsAfter(toks, i+1)
					if i > 0 || owns {
						// A sentence's first word counts where it owns:
						// "Tarvolah's arsenal".
						uses[t.fold]++
						if i > 0 && toks[i-1].fold == "the" {
							articled[t.fold] = true
						}
					}
					if owns && (i == 0 || !toks[i-1].hyphen && !(toks[i-1].word && toks[i-1].cap && !stateAdjective(toks[i-1]))) && !slices.Contains(owning, t.fold) {
						owning = append(owning, t.fold)
					}
				}
			}
			if w, ok := a.gluedGroupWord(toks, i); ok && !seen[w] {
				// "the Iran-backed Tarvolis", "Tarvoli-held towns": a
				// backing or a hold glued to a word of its own.
				seen[w] = true
				groups = append(groups, found{word: w, name: t.text})
				continue
			}
			if seen[t.fold] {
				// Found already; officeOfWord scans the article.
				continue
			}
			if a.bandWordAt(toks, i) {
				// "the Tarvol, who hold the north", "the Iran-backed
				// Tarvol said": a word read as a band of people.
				seen[t.fold] = true
				groups = append(groups, found{word: t.fold, name: t.text})
				continue
			}
			if ok, region := a.officeOfWord(toks, i); ok {
				// "Tarvoli Secretary-General Ruben Solano", "Tarvoli's
				// leader": a body's office held by the word.
				seen[t.fold] = true
				groups = append(groups, found{word: t.fold, name: t.text, region: region})
				continue
			}
			if i+1 >= len(toks) || !t.word || !t.cap || t.upper || !a.x.nameWordFree(t) || t.hyphen {
				continue
			}
			if t.in(setRefAdjective) {
				// "Islamist militants", "Jihadist fighters": an
				// adjective that describes an armed group without
				// saying which names none, capitalised or not.
				continue
			}
			n := toks[i+1]
			if !n.word || n.cap || n.hyphen || !(n.is(classDescriptor) || n.in(setMemberNoun) || n.in(setTroopNoun)) || a.x.words.has(classDescriptor, toks, i+1) > 1 {
				continue
			}
			// A sentence's first word is capitalised anyway ("Tarvoli
			// fighters attacked", but "Suspected militants attacked"):
			// it names a group only where the article names the group
			// by its word elsewhere, as after a capitalised first word,
			// and only before a band's members or a body's noun: a
			// region's or a place's forces, troops and soldiers
			// ("Kelvo forces ... blamed Kelvo") are its own, and a place
			// ("Kelvo fighters ... in Kelvo") has fighters too.
			initial := i == 0
			if initial && (!n.in(setBandMemberNoun) && !n.is(classDescriptor) || a.usedAsPlace(t.fold)) {
				continue
			}
			if p := toks[max(i-1, 0)]; i > 0 && p.word && p.cap && !p.is(classStopword) && !p.is(classDeterminer) && !p.in(setRefAdjective) && !(stateAdjective(p) && t.sets == (setBits{})) {
				// "Central Security forces": part of a longer name; but
				// "the Lebanese Tarvoli movement" is a state's group
				// ("the Lebanese Shiite movement" a faith's word).
				if i-1 > 0 || p.info != nil && len(p.info.aliases) > 0 {
					continue
				}
				initial = true
			}
			if !initial {
				seen[t.fold] = true
			}
			name := t.text + " " + n.text
			region := false
			if n.in(setTroopNoun) && !n.is(classDescriptor) && !n.in(setMemberNoun) && a.usedAsPlace(t.fold) {
				// "by Northland forces ... in Northland": a word the
				// article also writes as a place names a region, and
				// its forces or troops stand for it, as a state's do
				// (fightersAfterName); "Northland" alone is the region,
				// so that "Northland's leader" heads it, not its forces.
				name, region = t.text, true
			}
			if n.is(classDescriptor) || n.in(setMemberNoun) && a.namesGroupAlone(t.fold) {
				// "the Fano movement", "the Fano militia": a lower-case
				// noun says what the group is and is no part of its name,
				// as a capitalised head is ("the Fano Front").
				// "Fano militiamen ... Fano said": an article that uses
				// the word on its own elsewhere names the group by it.
				name = t.text
			}
			groups = append(groups, found{word: t.fold, name: name, initial: initial, region: region})
		}
	}
	for _, w := range theOrder {
		// "the Tarvolis said ... against the Tarvolis", "Tarvoli targets
		// ... the Tarvolis": a capitalised plural of a word the lexicon
		// does not know, that the article uses as a noun phrase of its
		// own twice, or once beside its singular before a noun, names a
		// group; a people the lexicon knows ("the Pashtuns", "the
		// Eritreans") is none. Once is enough where the plural acts
		// ("the Tarvolis, who are backed by Peru, fired", "the Tarvolis
		// said") and the article never writes it as a place ("in the
		// Tarvolis": a range or islands).
		one := strings.TrimSuffix(w, "s")
		if seen[one] || !(theCount[w] >= 2 || modifier[one] || acting[w] && !a.usedAsPlace(w)) || a.x.peopleWord(one) {
			continue
		}
		seen[one] = true
		groups = append(groups, found{word: one, name: plural[w]})
	}
	for _, w := range actingWord {
		// "Tarvolah had claimed ... struck Tarvolah targets": one
		// capitalised word the lexicon does not know that acts on its
		// own (a verb of saying, an auxiliary or a verb of attacking
		// after it) and qualifies a noun elsewhere names a body; a
		// man's surname, which follows his given name or title ("Ivo
		// Tarsh ... Tarsh said"), or a place written after a locative
		// ("in Tarvolah") is none.
		if seen[w] || !modifier[w] || a.x.peopleWord(w) || a.usedAsPlace(w) || a.inNameWord(w) {
			continue
		}
		seen[w] = true
		groups = append(groups, found{word: w, name: plural[w], free: true})
	}
	for _, w := range owning {
		// "Tarvolah's arsenal ... a truce between Peru and Tarvolah",
		// "Tarvolah and its allies ... an opponent of Tarvolah": one
		// capitalised word the lexicon does not know that owns in the
		// neuter and that the article names again inside its
		// sentences, never after "the" (a ship's or a weapon's name),
		// names a body. A man's surname is written after his given
		// name or title ("Ivo Tarsh ... Tarsh's allies"), a place
		// after a locative ("in Tarvolah"); neither is one.
		if seen[w] || uses[w] < 2 || articled[w] || a.x.peopleWord(w) || a.usedAsPlace(w) || a.inNameWord(w) || a.namedAsWord(w) {
			continue
		}
		seen[w] = true
		groups = append(groups, found{word: w, name: plural[w], free: true})
	}
	for _, g := range groups {
		name := g.name
		p, ok := plural[g.word+"s"]
		if ok {
			name = p
		}
		if g.initial && !ok && !a.usedAlone(g.word) {
			continue
		}
		if a.refs.groups != nil {
			if _, known := a.refs.local[g.word]; known {
				continue
			}
		}
		e := a.discovered(name, graph.Organization)
		if e.typ != graph.Organization {
			continue
		}
		if g.free {
			e.free = true
		}
		if g.region {
			if _, catalogued := a.x.catalog.byName[e.name]; !catalogued {
				// Its president holds a state's office in small.
				e.polity = true
			}
			if _, known := a.refs.local[g.word]; !known {
				a.refs.local[g.word] = e
			}
			continue
		}
		if a.refs.groups == nil {
			a.refs.groups = make(map[*entry]bool)
		}
		a.refs.groups[e] = true
		for _, w := range []string{g.word, g.word + "s"} {
			if _, known := a.refs.local[w]; !known {
				a.refs.local[w] = e
			}
		}
	}
}

// namedAsWord reports whether the article gives w as another's name
// after a naming phrase: "Dagalo, better known as Tarvo,", "the
// Northern Front, known as Tarvo,"; the word is that one's.
func (a *article) namedAsWord(w string) bool {
	for _, at := range a.foldUses(w) {
		toks, k := at.s.toks, at.k
		if k < 2 {
			continue
		}
		for t := max(k-3, 1); t < k; t++ {
			if _, j := namingPhrase(toks, t); j == k || j == k-1 && toks[j].fold == "the" {
				return true
			}
		}
	}
	return false
}

// ownsAfter reports whether the one word before toks[k] owns what follows
// in the neuter: its possessive before a lower-case noun ("Tarvolah's
// arsenal", "Tarvolah's armed wing"), or "and its" ("Tarvolah and its
// allies"). What a place owns is none: "Marvillo's residents", "Marvillo
// and its suburbs" (place-owned-noun).
func ownsAfter(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if toks[k].fold == "'s" {
		return toks[k+1].word && !toks[k+1].cap && !toks[k+1].is(classStopword) && !toks[k+1].in(setPlaceOwnedNoun)
	}
	return toks[k].fold == "and" && toks[k+1].fold == "its" && (k+2 >= len(toks) || !toks[k+2].in(setPlaceOwnedNoun))
}

// bandWordAt reports whether the one capitalised word at toks[i], a word
// the lexicon does not know and no plural in -s (those are read above by
// their singular), is used as a band of people by the grammar around it:
//
//   - a noun phrase "the Tarvol" that agrees as a plural of people: a
//     relative clause of people after it ("the Tarvol, who hold the
//     north") or a plural auxiliary ("the Tarvol have fired", "the
//     Tarvol were driven out"); a place or a thing takes neither;
//   - a backing glued before it, the noun phrase ending with the word
//     ("the Iran-backed Tarvol said", "Iran-backed Tarvol and ...",
//     "the Iran-backed Tarvol in the north"),
//     where a noun after it would be what is backed ("the Iran-backed
//     Tarvol government");
//   - a relative clause of an armed actor after it, "Tarvol, which is
//     backed by Iran,", "Tarvol, who are armed by ...", "Tarvol, which
//     has been fighting Peru", the word standing alone; "Tarvol, who is
//     backed by" is a man's (see actingClause);
//   - the armed members of a band before it: "fighters of Tarvol".
//
// A word the article writes after a locative ("in Tarvol") is a place,
// one it writes inside a longer name ("Ivo Tarvol") a man's surname, and
// neither is a band.
func (a *article) bandWordAt(toks []token, i int) bool {
	t := toks[i]
	if !t.word || !t.cap || t.upper || t.hyphen || t.info != nil || t.in(setCommunityNoun) || len(t.fold) < 4 || strings.HasSuffix(t.fold, "s") || i+1 >= len(toks) {
		// A people takes a plural too: the peoples of the world's news
		// are community nouns of the lexicon ("the Hazara have fled",
		// "the Tuareg, who live in the north"), not unknown words.
		return false
	}
	n := toks[i+1]
	var cue bool
	switch {
	case i > 0 && toks[i-1].fold == "the" && !toks[i-1].hyphen:
		cue = n.fold == "," && i+2 < len(toks) && toks[i+2].fold == "who" || pluralAux(n.fold)
	case i > 1 && toks[i-1].hyphen && toks[i-1].in(setBackingParticiple):
		cue = !n.hyphen && n.fold != "'s" && endsNounPhrase(toks, i+1) || actsAfter(toks, i+1)
	case bandMembersBefore(toks, i):
		cue = !n.hyphen && n.fold != "'s" && endsNounPhrase(toks, i+1)
	}
	if !cue && (i == 0 || !(toks[i-1].word && (toks[i-1].cap || toks[i-1].hyphen))) {
		if n.fold == "," {
			cue = actingClause(toks, i+2)
		} else {
			cue = claimsAttack(toks, i+1)
		}
	}
	return cue && !a.usedAsPlace(t.fold) && !a.inNameWord(t.fold)
}

// claimsAttack reports whether the verb phrase at toks[k] claims an
// attack: "claimed responsibility", "has claimed responsibility",
// "claims responsibility"; an armed band claims its deeds, a man or a
// place does not.
func claimsAttack(toks []token, k int) bool {
	k = skipAux(k, 1, 2, auxAdverbs, auxTokenAt(toks))
	return k+1 < len(toks) && toks[k].word && toks[k].is(classSentenceHedge) && !toks[k].cap && toks[k+1].in(setBlameWord)
}

// bandMembersBefore reports whether the name at toks[i] follows the
// armed members of a band and "of": "fighters of Tarvol", "militants of
// the Vorgal Dostan". ("Fighters from Tarvol" may have come from a place.)
func bandMembersBefore(toks []token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].fold == "the" {
		k--
	}
	return k > 0 && toks[k].fold == "of" && toks[k-1].word && (!toks[k-1].cap || k == 1) && toks[k-1].in(setBandMemberNoun)
}

// actingClause reports whether a relative clause opening at toks[k]
// says its antecedent is an armed actor (armedPredicate): "which is
// backed by", "who are armed by", "which has been fighting", "which
// fired". "Which" and a verb of speech, denial or accusation ("which
// says", "which has denied", "which accuses") says it is a body that
// speaks: a man is "who", and a place or a thing says nothing.
func actingClause(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].fold != "which" && !(toks[k].fold == "who" && pluralAux(toks[k+1].fold)) {
		return false
	}
	if toks[k].fold == "which" {
		j := skipAux(k+1, 1, 2, auxAdverbs, auxTokenAt(toks))
		if j < len(toks) && toks[j].word && !toks[j].cap && (toks[j].in(setSpeechVerb) || toks[j].in(setAccuseVerb) || toks[j].is(classPostNegation)) {
			return true
		}
	}
	return armedPredicate(toks, k+1)
}

// armedPredicate reports whether the verb phrase at toks[k] (after its
// subject) states an armed actor: backed by someone ("is backed by",
// "have been funded by") or fighting or attacking itself ("has been
// fighting", "fired", "have struck"). A passive of an attack ("was
// shelled by") is a place's or a people's; backing others ("which backs
// the plan", "which supported the resolution") and "took" ("took part")
// are anyone's.
func armedPredicate(toks []token, k int) bool {
	passive := false
	for n := 0; n < 3 && k < len(toks) && (toks[k].in(setAuxVerb) || toks[k].fold == "been"); n++ {
		switch toks[k].fold {
		case "is", "are", "was", "were", "been":
			passive = true
		}
		k++
	}
	if k+1 >= len(toks) || toks[k].hyphen || !toks[k].word {
		return false
	}
	v := toks[k]
	if v.in(setBackingParticiple) {
		return toks[k+1].fold == "by"
	}
	if passive && !strings.HasSuffix(v.fold, "ing") {
		return false
	}
	return v.in(setFightingWord) && !v.in(setBackingVerb) || v.in(setHitVerb)
}

// inNameWord reports whether the article writes w inside a longer
// capitalised name: right before a capitalised word (a given name, "Ivo
// Tarsh ... Ivo said", or the first word of a body's or a place's name)
// or right after a capitalised word that is no state's adjective and no
// sentence's first word (a surname after its given name or a title,
// "Minister Tarsh"), a name's particle ("al-Tarsh") or a company's noun
// ("the firm Tarvol"); "Lebanese Tarvolah" is no such.
func (a *article) inNameWord(w string) bool {
	for _, at := range a.foldUses(w) {
		toks, k := at.s.toks, at.k
		if k+1 < len(toks) && toks[k+1].word && toks[k+1].cap && !toks[k+1].is(classStopword) {
			return true
		}
		if k > 0 && toks[k-1].is(classNameParticle) {
			// "Fayez al-Serraj ... Serraj said".
			return true
		}
		if k > 0 && toks[k-1].in(setFirmNoun) && !toks[k-1].cap {
			// "the energy company Tarvol ... Tarvol said": a
			// company, which "the insurgents" never refers to.
			return true
		}
		if k == 0 || !toks[k-1].word || !toks[k-1].cap || stateAdjective(toks[k-1]) {
			continue
		}
		if k-1 == 0 && (toks[0].is(classStopword) || toks[0].is(classDeterminer)) {
			continue
		}
		return true
	}
	return false
}

// actsAfter reports whether the noun phrase ending before toks[e] acts:
// a relative clause of people opens after it (", who"), or a verb of
// saying, an auxiliary or a verb of attacking follows it ("said", "have",
// "fired", "launched"), also past a place it is in ("the Tarvolis in
// Peru, who").
func actsAfter(toks []token, e int) bool {
	if e+1 < len(toks) && toks[e].fold == "in" && toks[e+1].cap {
		e++
		for e < len(toks) && toks[e].word && toks[e].cap {
			e++
		}
	}
	if e+1 < len(toks) && toks[e].fold == "," && toks[e+1].fold == "who" {
		return true
	}
	if e >= len(toks) || !toks[e].word || toks[e].cap {
		return false
	}
	t := toks[e]
	return t.in(setAuxVerb) || t.in(setSaysVerb) && t.fold != "that" && t.fold != "according" || t.in(setHitVerb) || t.in(setLaunchVerb)
}

// officeOfWord reports whether the one capitalised word at toks[i], a
// word the lexicon does not know, is a body by the office it has, and
// whether that body is a region's (see below): a
// body's office with its holder's name after it ("Tarvoli
// Secretary-General Ruben Solano", "Tarvoli chief Ana Brel"), or, after
// its possessive, a body's head ("Tarvoli's leader"; a spokesman or
// "forces" may be a man's: "Brel's forces"). A word the article writes after a locative
// ("in Tarvoli": a place, whose governor or leader this is) or right
// after a capitalised word (a surname: "Stefan Brel's spokesman") is
// none, except before "President" and a name ("Tarvoland President Ana
// Brel": a region that has a president is a body of its own), nor a word inside a longer capitalised name ("Central Tarvoli
// chief") or after a noun it names ("the mission Tarvoli's commander").
func (a *article) officeOfWord(toks []token, i int) (ok, region bool) {
	t := toks[i]
	if !t.word || !t.cap || t.upper || t.hyphen || t.info != nil || len(t.fold) < 3 || i+2 >= len(toks) {
		return false, false
	}
	if i > 0 {
		p := toks[i-1]
		if p.word && (p.hyphen || p.cap && !p.is(classStopword) && !p.is(classDeterminer) || p.is(classNameParticle)) {
			// "Villa del Tarvoli": the end of a longer name.
			return false, false
		}
		if p.word && !p.cap && (p.in(setMissionNoun) || p.is(classDescriptor)) {
			// "the naval mission Tarvoli's commander": the word names
			// the noun before it.
			return false, false
		}
	}
	k := i + 1
	possessive := toks[k].fold == "'s"
	if possessive {
		k++
	}
	if toks[k].hyphen {
		return false, false
	}
	ti, at, n := titleAt(toks, k)
	// "Tarvoland President Ana Brel": a word the world's states do not
	// name that has a president is a self-governing region's body.
	ruler := ti.target == targetCountry && ti.predicate == graph.PresidentOf && !possessive
	if ti.target == targetCountry && ti.predicate == graph.PresidentOf && !ti.plural && n > 0 && a.usedAsPlace(t.fold) && !a.afterCapital(t.fold) &&
		(possessive || i >= 3 && toks[i-1].fold == "the" && toks[i-2].fold == "," && toks[i-3].word && toks[i-3].cap) {
		// "Northland's president Ana Brel", "Ana Brel, the Northland
		// president,": a word the world's states do not name, that the
		// article writes as a place, whose president is named is a
		// self-governing region too; a company's or a party's
		// president ("Tarvoli's president") is never in a place, and
		// a word written after a capital is the end of a longer name
		// ("the Nagorno-Tarvoli Republic").
		return true, true
	}
	// "Tarvoli MP Ana Brel", "Tarvoli official Ana Brel": a member's
	// office of a body (body-member-office) with its holder's name after
	// it names the body too; a governor's, a fighter's or a militant's
	// word may be a place's or a people's ("the Tarvoli militant X").
	member := ti.predicate == graph.MemberOf && ti.target == targetOrg && !possessive && n == 1 && toks[at].in(setBodyMemberOffice)
	if n == 0 || ti.plural || ti.target == targetCountry && !ruler || !(ruler || member || ti.predicate == graph.HeadOf || ti.predicate == graph.SpokespersonOf && !possessive) {
		return false, false
	}
	if !possessive && !(at+n < len(toks) && toks[at+n].word && toks[at+n].cap && !toks[at+n].hyphen) && !commaHolder(toks, i, at+n) {
		return false, false
	}
	if i == 0 && !a.capitalisedInside(t.fold) {
		// "Communications Director Ana Brel": a sentence's first word
		// may be the office's own.
		return false, false
	}
	if ruler {
		// A region is written as a place too ("in Tarvoland").
		return true, true
	}
	return !a.usedAsPlace(t.fold) && !a.afterCapital(t.fold), false
}

// commaHolder reports whether the office ending at toks[e] is set off from
// its holder's name by a comma, the word at toks[i] opening the noun
// phrase after "the": "the Tarvoli leader, Ana Brel,".
func commaHolder(toks []token, i, e int) bool {
	return i > 0 && toks[i-1].fold == "the" && e+1 < len(toks) && toks[e].fold == "," && toks[e+1].word && toks[e+1].cap && !toks[e+1].hyphen
}

// stateAdjective reports whether t is on its own a state's adjective:
// "Lebanese", "Ethiopian".
func stateAdjective(t token) bool {
	return demonymOf(t, func(e *entry) bool { return e.typ == graph.Country })
}

// demonymOf reports whether the word t alone is the adjective of an entry
// that match accepts ("Syrian" of Syria).
func demonymOf(t token, match func(*entry) bool) bool {
	if t.info == nil {
		return false
	}
	for _, pv := range t.info.aliases {
		for _, al := range pv.value {
			if len(pv.keys) == 1 && al.kind == aliasDemonym && match(al.entry) {
				return true
			}
		}
	}
	return false
}

// nameWordFree reports whether the lexicon knows t only as the first word
// of longer names in another language: "Fatah" of "Fatah al-Sham Front"
// may still name a group of its own ("whose Fatah movement"), since the
// longer name did not match here. A word of a class, a title, a pattern,
// a one-word alias or an alias that goes on with an English word
// ("Kurdish militia": a people's adjective) is known.
func (x *Extractor) nameWordFree(t token) bool {
	in := t.info
	if in == nil {
		return true
	}
	if in.classes != 0 || in.phrases != 0 || len(in.titles) > 0 || len(in.patterns) > 0 {
		return false
	}
	for _, pv := range in.aliases {
		if len(pv.keys) < 2 {
			return false
		}
		if n := x.vocab[pv.keys[1]]; n == nil || n.classes&(1<<classNameParticle) == 0 {
			return false
		}
	}
	return true
}

// gluedGroupWord returns the word of a group named at toks[i] by a word
// of its own that a participle glued to it or before it marks as an
// actor: its plural after a backing, "the Iran-backed Tarvolis", "the
// Moscow-aligned Tarvolis", or a word before a hold, "Tarvoli-held towns",
// in an article that also names the group by its plural ("the
// Tarvolis"), which a man ("Vandril-held") or a people's adjective
// ("Kurdish-held", known to the lexicon) is not.
func (a *article) gluedGroupWord(toks []token, i int) (string, bool) {
	t := toks[i]
	if !t.word || !t.cap || t.upper || t.info != nil || len(t.fold) < 4 {
		return "", false
	}
	if i > 1 && !t.hyphen && toks[i-1].hyphen && toks[i-1].in(setGluedParticiple) && strings.HasSuffix(t.fold, "s") && !(i+1 < len(toks) && toks[i+1].word && (toks[i+1].cap || toks[i+1].hyphen)) {
		w := strings.TrimSuffix(t.fold, "s")
		if t.in(setCommunityNoun) || a.x.peopleWord(w) {
			// "the US-backed Kurds", "the Russian-backed Serbs", "the
			// Iran-backed Shiites": a people the lexicon knows, by its
			// adjective ("Kurdish", "Serbian") or as a community, is no
			// group.
			return "", false
		}
		return w, true
	}
	if !t.hyphen && i+1 < len(toks) && toks[i+1].hyphen && toks[i+1].in(setHoldParticiple) && a.capitalisedWord(t.fold+"s") {
		return t.fold, true
	}
	return "", false
}

// peopleWord reports whether the singular w of a capitalised plural is
// a people's word the lexicon knows, itself or by its adjective ("Kurd"
// of "Kurdish", "Serb" of "Serbian").
func (x *Extractor) peopleWord(w string) bool {
	return x.vocab[w] != nil || x.vocab[w+"ish"] != nil || x.vocab[w+"ian"] != nil || x.vocab[w+"ic"] != nil
}

// capitalisedWord reports whether the article uses w capitalised, away
// from a longer name: "the Tarvolis said".
func (a *article) capitalisedWord(w string) bool {
	for _, at := range a.foldUses(w) {
		s, k := at.s, at.k
		if t := s.toks[k]; k >= 1 && t.cap && !(k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].cap) {
			return true
		}
	}
	return false
}

// ownedPerson returns the end of a person's name at toks[i] that follows a
// state's possessive, "Iran's Kasai Mainsaisti": two or three capitalised
// words the lexicon does not know, no body's head among or after them.
// It returns 0 for anything else.
func (a *article) ownedPerson(s *sentence, i int) int {
	toks := s.toks
	if i < 2 || toks[i-1].fold != "'s" {
		return 0
	}
	if m := mentionAt(s, i-2); m == nil || m.entry.typ != graph.Country || m.end != i-1 {
		if m := lastMentionEndingAt(s, i-1); m == nil || m.entry.typ != graph.Country {
			return 0
		}
	}
	j := unknownNameEnd(s, i)
	if j-i < 2 || j-i > 3 || j < len(toks) && (toks[j].is(classOrgHead) || toks[j].word && toks[j].cap) {
		return 0
	}
	return j
}

// appositivePerson returns the end of a person's name at toks[i] that an
// appositive office follows, "Getachew Reda, a senior official of the
// TPLF,": two or three capitalised words the lexicon does not know, a
// comma, an article and, within three words, a title. It returns 0 for
// anything else.
func (a *article) appositivePerson(s *sentence, i int) int {
	toks := s.toks
	if i > 0 && toks[i-1].word && toks[i-1].cap {
		return 0
	}
	name := unknownNameEnd(s, i)
	if name-i < 2 || name-i > 3 {
		return 0
	}
	// "Ivo Tarsh, alias Grom, a senior official of the Front,": the
	// appositive after the other name.
	j := skipAlias(toks, name)
	if j+2 >= len(toks) || toks[j].fold != "," {
		return 0
	}
	if toks[j+1].fold == "who" {
		// "Corneille Nangaa, who heads the Congo River Alliance,".
		k := j + 2
		for k < len(toks) && toks[k].in(setRelativeCopula) {
			k++
		}
		if k < len(toks) && toks[k].in(setHeadVerb) {
			return name
		}
		if k+1 < len(toks) && toks[k].in(setSpeakVerb) && toks[k+1].fold == "for" {
			// "Ruben Solano, who speaks for the Front,".
			return name
		}
		return 0
	}
	if toks[j+1].fold == "one" && j+2 < len(toks) && toks[j+2].fold == "of" {
		// "Bertrand Bisimwa, one of the M23's leaders,", "Ivo Tarsh, one
		// of the best-known Front commanders,", "one of the Front's most
		// senior leaders": words of prominence (prominence-word) may
		// stand before the body's name or after its possessive.
		start := j + 3
		if start < len(toks) && toks[start].is(classDeterminer) {
			start = skipProminence(toks, start+1)
		}
		for k := start; k < len(toks) && k < start+7; k++ {
			if toks[k].fold == "'s" || toks[k].fold == "'" {
				continue
			}
			if !toks[k].word {
				break
			}
			if t, n := matchTitle(toks, k); n > 0 && t.predicate != "" {
				return name
			}
		}
		return 0
	}
	if t, n := matchTitle(toks, j+1); n > 0 && t.plural {
		// ", officials said": the source, not the name's office.
		return 0
	} else if n > 0 && t.predicate != "" || n > 0 && toks[j+n].in(setAdviserNoun) {
		// "Massad Boulos, senior adviser for Africa at the State
		// Department,": the office without an article.
		return name
	} else if _, _, n := titleAt(toks, j+1); n > 0 && toks[j+1].is(classTitleAdjective) {
		return name
	}
	if d := toks[j+1].fold; d != "a" && d != "an" && d != "the" && d != "his" && d != "her" {
		// "his" and "her" determine the office as "the" does, and only
		// a person holds an office of a man or a woman: "Ivo Tarsh, his
		// Peruvian counterpart,", "Ana Brel, her deputy,".
		return 0
	}
	// The title may follow its body's name or qualifiers: ", the Houthi
	// military spokesman,". A noun of what a person is serves as well,
	// where it closes the noun phrase: ", a prominent activist from
	// Kordal,", ", the veteran dissident,", ", a senior figure in the
	// Front," (not ", a lawyer's office": the noun must close it).
	for k := j + 2; k < len(toks) && k < j+6 && toks[k].word; k++ {
		if _, n := matchTitle(toks, k); n > 0 {
			return name
		}
		if n := a.personNounAt(toks, k); n > 0 && closesName(toks, k+n) {
			return name
		}
		if toks[k].fold == "who" && k > j+2 && k+1 < len(toks) && toks[k+1].in(setHeadVerb) {
			// ", the Peruvian officer who commands the force,".
			return name
		}
	}
	return 0
}

// lastMentionEndingAt returns the mention of s that ends at token end.
func lastMentionEndingAt(s *sentence, end int) *mention {
	return mentionEndingAt(s.mentions, end)
}

// givenNameOfAnother reads a known person's given name followed by a
// surname that is not his ("Bashar Vandril" is not Bashar al-Assad) as
// someone new.
func (a *article) givenNameOfAnother(s *sentence) {
	toks := s.toks
	a.unknownGivenName(s)
	for k := 0; k < len(s.mentions); k++ {
		m := s.mentions[k]
		if m.entry.typ != graph.Person || m.end != m.start+1 || m.kind != aliasName || m.end >= len(toks) {
			continue
		}
		next := toks[m.end]
		if !next.word || !next.cap || next.is(classStopword) || coveredAt(s, m.end) || next.info != nil && len(next.info.patterns) > 0 {
			continue
		}
		if !strings.EqualFold(strings.Fields(m.entry.name)[0], toks[m.start].text) {
			continue
		}
		dropMention(s, m.start)
		j := nameRun(s, m.start)
		if j == 0 {
			s.mentions = append(s.mentions, m)
			sortMentions(s.mentions)
			continue
		}
		name := textOf(toks, m.start, j)
		e := a.discovered(name, graph.Person)
		if e.typ != graph.Person {
			s.mentions = append(s.mentions, m)
			sortMentions(s.mentions)
			continue
		}
		s.mentions = append(s.mentions, mention{start: m.start, end: j, entry: e, possessive: j < len(toks) && toks[j].fold == "'s"})
		sortMentions(s.mentions)
		a.see(e, name)
	}
}

// unknownGivenName reads a capitalised word the lexicon does not know
// right before a known person's surname that is none of his names as
// the given name of someone else: "Colonel Tarik al-Maliki" is not Nouri
// al-Maliki, "spokesman Karel Putin" not Vladimir Putin. The text wins
// over the catalog.
func (a *article) unknownGivenName(s *sentence) {
	toks := s.toks
	for k := 0; k < len(s.mentions); k++ {
		m := s.mentions[k]
		if m.entry.typ != graph.Person || m.kind != aliasName || m.start == 0 || m.end-m.start > 3 {
			continue
		}
		p := toks[m.start-1]
		if !p.word || !p.cap || p.upper || p.hyphen || !a.x.nameWordFree(p) || len(p.fold) < 3 || coveredAt(s, m.start-1) {
			continue
		}
		if hasNameWord(m.entry.name, p.fold) || spelledLike(m.entry.name, p.fold) || len(strings.Fields(m.entry.name)) < 2 || strings.EqualFold(textOf(toks, m.start, m.end), m.entry.name) {
			// "Fayssal Mekdad" is Faisal Mekdad spelt otherwise.
			continue
		}
		if m.start-1 > 0 {
			// The word opens the name: after a rank, a title, a
			// determiner or punctuation, not inside a longer run of
			// capitals ("Moussa Faki Mahamat", "Imam Ali Mosque").
			if b := toks[m.start-2]; b.word && b.cap && !b.is(classRank) && !b.is(classStopword) && !b.is(classDeterminer) && (b.info == nil || len(b.info.titles) == 0) {
				continue
			}
		}
		name := textOf(toks, m.start-1, m.end)
		e := a.discovered(name, graph.Person)
		if e.typ != graph.Person {
			continue
		}
		dropMention(s, m.start)
		s.mentions = append(s.mentions, mention{start: m.start - 1, end: m.end, entry: e, possessive: m.possessive})
		sortMentions(s.mentions)
		a.see(e, name)
	}
}

// spelledLike reports whether one of the words of name is w spelt
// otherwise: the same consonants in the same order, vowels, "y" and
// doubled letters aside ("Fayssal" and "Faisal", "Mohamed" and
// "Muhammad" are not: "mhmd" against "mhmd" is, "Turki" and "Nouri" not).
func spelledLike(name, w string) bool {
	sk := consonants(w)
	if len(sk) < 2 {
		return false
	}
	for _, f := range strings.Fields(name) {
		if consonants(strings.ToLower(f)) == sk {
			return true
		}
	}
	return false
}

// consonants returns the consonants of a lower-case word in order, each
// run of one letter once.
func consonants(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', '-', '\'':
			last = 0
			continue
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// capitalisedNonName reports whether toks[k] is a capitalised word that is
// no rank, no stopword, no known mention and no common word of the
// patterns: "Imam" of "Imam Ali Mosque".
func capitalisedNonName(a *article, s *sentence, k int) bool {
	p := &s.toks[k]
	return p.word && p.cap && !p.is(classRank) && !p.is(classStopword) && !coveredAt(s, k) && (p.info == nil || len(p.info.patterns) == 0)
}

// givenNameOf reports whether the given name w, before a surname of the
// person called name, is one of his names: a word of the name starts like
// it (hasNameWord) and is spelt like it, the same consonants in the same
// order give or take the letters transliterations swap ("Ahmad" and
// "Ahmet", "Tarek" and "Tariq", "Riyad" and "Riyadh"), one the start of the
// other ("Mohammad" of "Mohammadreza"). Two given names that only start
// alike are two names, and two people of one family: "Khaled Hafter" is
// not Khalifa Hafter, "Imad" not "Ibrahim".
func givenNameOf(name, w string) bool {
	sw := nameSkeleton(w)
	for _, f := range strings.Fields(name) {
		if !sameFirstName(f, w) {
			continue
		}
		if sf := nameSkeleton(foldWord(f)); strings.HasPrefix(sf, sw) || strings.HasPrefix(sw, sf) {
			return true
		}
	}
	return false
}

// skeletonLetters folds the letters that transliterations of one name
// swap: "q" and "k", "x" and "ks", "t" and "d"; "h" is dropped ("Riyadh").
var skeletonLetters = strings.NewReplacer("q", "k", "x", "ks", "t", "d", "h", "")

// nameSkeleton returns the consonants of a lower-case name (consonants)
// with the letters transliterations swap folded (skeletonLetters).
func nameSkeleton(w string) string {
	return consonants(skeletonLetters.Replace(w))
}

// surnameMention reports whether the person's mention m is one surname: one
// word ("Hariri") or a particle glued to one ("al-Maliki").
func surnameMention(toks []token, m *mention) bool {
	return m.end == m.start+1 || m.end == m.start+2 && toks[m.start].is(classNameParticle) && toks[m.start+1].hyphen
}

// hasNameWord reports whether one of the words of name starts like the
// word w ("Javad" in "Mohammad Javad Zarif", "Sergey" for "Sergei").
func hasNameWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if sameFirstName(f, w) {
			return true
		}
	}
	return false
}

// coveredAt reports whether a mention of s spans token i.
func coveredAt(s *sentence, i int) bool {
	return covered(s.mentions, i)
}

// dropCommonBeforeName leaves out a body named by a common noun right
// before a body's name, which it describes: "the opposition Syrian
// Negotiations Commission", "the rebel Free Syrian Army".
// It returns the mentions left and, by the start of each described body,
// the start of its describing noun. A body glued to the name by a hyphen
// is a partner named with it, not a description: "the UN-Arab League
// envoy".
func dropCommonBeforeName(toks []token, ms []mention) ([]mention, map[int]int) {
	var described map[int]int
	out := ms[:0]
	for k, m := range ms {
		if k+1 < len(ms) && !toks[m.start].cap && m.kind == aliasName && ms[k+1].start == m.end && !toks[m.end].hyphen &&
			ms[k+1].entry.typ == graph.Organization && toks[ms[k+1].start].cap && ms[k+1].entry != m.entry {
			if described == nil {
				described = make(map[int]int)
			}
			described[m.end] = m.start
			continue
		}
		out = append(out, m)
	}
	return out, described
}

// discoverBodies finds organizations the catalog lacks: runs of
// capitalised words ending with an organization's head noun ("Supreme
// Military Council"), possibly followed by "of" and a name, and any
// capitalised run after a descriptor ("the Lebanese group Amal").
func (a *article) discoverBodies(s *sentence, ms []mention) []mention {
	toks := s.toks
	ms = dropBlocAdjectiveInName(toks, ms)
	covered := func(i int) bool {
		for _, m := range ms {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}
	var found []mention
	for k := range ms {
		if end := branchNameEnd(toks, ms, k); end > 0 && a.groupLike(ms[k].entry) {
			// "the Islamic State in the Greater Sahara": a group's
			// branch named after a region the catalog lacks.
			e := a.discovered(textOf(toks, ms[k].start, end), graph.Organization)
			found = append(found, mention{start: ms[k].start, end: end, entry: e})
		}
	}
	for _, m := range ms {
		if m.end != m.start+1 || !toks[m.start].upper || m.entry.typ != graph.Organization {
			continue
		}
		if end := hyphenedAcronymEnd(toks, m.start); end > m.end && mentionAt0(ms, m.end) == nil {
			// "the SPLM-N": a known body's acronym and a part glued to
			// it name another body, a faction or branch of it.
			e := a.discovered(textOf(toks, m.start, end), graph.Organization)
			found = append(found, mention{start: m.start, end: end, entry: e})
		}
	}
	for p := range toks {
		if st := a.x.definedName(toks, ms, p); st >= 0 {
			e := a.discovered(textOf(toks, st, p), graph.Organization)
			found = append(found, mention{start: st, end: p, entry: e})
		}
	}
	covered = func(i int) bool {
		for _, m := range ms {
			if i >= m.start && i < m.end {
				return true
			}
		}
		for _, m := range found {
			if i >= m.start && i < m.end {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].word || !toks[i].cap || covered(i) || a.inOfficeBefore(i) {
			continue
		}
		if end, e := a.namedBefore(toks, i); e != nil {
			found = append(found, mention{start: i, end: end, entry: e})
			i = end - 1
			continue
		}
		if toks[i].is(classStopword) && !rankOpensBody(toks, i, covered) && !polityBefore(ms, toks, i) && !portfolioOpensBody(toks, i, covered) && !capitalOpensName(toks, i, covered) {
			continue
		}
		// After a company's noun, capitals open a longer name: "the
		// consultancy SBM Intelligence".
		firmBefore := i > 0 && toks[i-1].in(setFirmNoun) && !toks[i-1].cap
		if bareAcronym(toks, i) && !(firmBefore && i+1 < len(toks) && toks[i+1].word && toks[i+1].cap) && !a.writtenAsWord(toks[i].fold) {
			// "the TPLF spokesman", "JEM has joined the army": a name in
			// capitals that the lexicon does not know is a body's: one
			// the article named in full before ("the Rwanda Defence
			// Force ... RDF spokesman"), else a body of that name.
			end := hyphenedAcronymEnd(toks, i)
			var e *entry
			if end == i+1 {
				e = a.initialsBody(toks[i].text)
			}
			if e == nil {
				e = a.discovered(textOf(toks, i, end), graph.Organization)
			}
			found = append(found, mention{start: i, end: end, entry: e})
			if _, taken := a.refs.local[toks[i].fold]; !taken && end == i+1 {
				// "M23 fighters" later, without "the".
				a.refs.local[toks[i].fold] = e
			}
			i = end - 1
			continue
		}
		if m := mentionAt0(ms, i+1); m != nil && a.x.widerBody(toks, i, m) {
			// "National Security Council spokesman John Kirby": a word
			// before a body's known name makes another body's name.
			e := a.discovered(textOf(toks, i, m.end), graph.Organization)
			found = append(found, mention{start: i, end: m.end, entry: e})
			i = m.end - 1
			continue
		}
		j := i
		for j < len(toks) && toks[j].word && (toks[j].cap || (j > i && toks[j].is(classNameParticle))) && !covered(j) && toks[j].fold != "'s" && !(j > i && a.rankOpensPerson(toks, i, j)) {
			j++
		}
		for j > i && !toks[j-1].cap {
			j--
		}
		if j == i {
			continue
		}
		if j+1 < len(toks) && toks[j].fold == "'s" && possessorInName(toks, i, j) {
			// "Tigray People's Liberation Front": a possessive of a
			// people inside a body's name, which may go on over "and"
			// or "for" ("the Peoples' Equality and Democracy Party") and
			// end in a suffix glued to its head ("the Sudan People's
			// Liberation Movement-North"); so does a guild's ("the Sudan
			// Doctors' Union") when the words after it end in a head.
			k := j + 1
			for k < len(toks) && toks[k].word && (toks[k].cap || (toks[k].fold == "and" || toks[k].fold == "for") && k > j+1 && k+1 < len(toks) && toks[k+1].cap) && !covered(k) && toks[k].fold != "'s" {
				k++
			}
			if k > j+1 && headEndsAt(toks, j+1, k) {
				j = k
			}
		}
		headFor := false
		if j+1 < len(toks) && (toks[j].fold == "and" || toks[j].fold == "for") && toks[j+1].word && toks[j+1].cap && !covered(j+1) {
			// "Justice and Equality Movement", "Movement for Democracy and
			// Justice": a conjunction or "for" inside a body's name.
			k := j + 1
			for k < len(toks) && toks[k].word && (toks[k].cap || (toks[k].fold == "and" || toks[k].fold == "for") && k+1 < len(toks) && toks[k+1].cap) && !covered(k) && toks[k].fold != "'s" {
				k++
			}
			// After "and", the name goes on only to another head: "the
			// Patriotic Front and Ahmed Sorani" are two.
			// A head may end the name before a hyphen: "the Justice
			// and Equality Movement-Jibril".
			headEnd := toks[k-1].is(classOrgHead) || k-2 > j && toks[k-1].hyphen && toks[k-2].is(classOrgHead)
			if toks[k-1].cap && (headEnd || toks[j-1].is(classOrgHead) && toks[j].fold != "and") && !personAndHolder(toks, i, j, k) {
				// A head before "for" heads the whole name: "the
				// Observatory for Human Rights", "Movement for Democracy
				// and Justice".
				headFor = toks[j-1].is(classOrgHead) && toks[j].fold == "for"
				j = k
			}
		}
		if x := connectedNameEnd(toks, ms, j); x > j && j-i >= 2 && !toks[j-1].is(classOrgHead) && !toks[i].is(classGivenName) {
			// "the Islamic Resistance in Iraq, an umbrella group", "the
			// Patriotic Vanguard of Lorn, an armed group": a name with no
			// head of its own goes on over "of" or "in" to the
			// description of a body, not of a man ("Ivo Dragan of Chile,
			// a rebel group commander"); "the Wagner Group in Libya" ends
			// at its head.
			if e, ok := a.x.bodyAppositive(toks, x); ok && !(e < len(toks) && toks[e].is(classPersonNoun)) {
				j = x
			}
		}
		head := headFor || headEndsAt(toks, i, j)
		if x := fieldNameEnd(toks, ms, i, j, headFor, covered); x > j {
			// "the National Movement of Tovania", "the Popular Front
			// for the Liberation of Tovania", "the Union for Peace in
			// the Central African Republic": the field or the land
			// the body is for, and its name's.
			j = x
		}
		oneWord := false
		described := i > 0 && a.x.words.has(classDescriptor, toks, i-1) > 0 && !toks[i-1].cap
		apposedAt := a.x.kindApposedBefore(toks, i, j)
		described = described || apposedAt >= 0 || missionApposedBefore(toks, ms, i, j)
		if firmBefore && !toks[i].is(classGivenName) {
			// "the Lagos consultancy SBM Intelligence", "the security
			// firm Kestrel Risk": a company's noun before its name.
			described = true
		}
		owner := ownerBefore(toks, ms, i)
		end := j
		fielded := false
		// "Security Council of the Russian Federation".
		if head && j+1 < len(toks) && toks[j].fold == "of" {
			k := j + 1
			if toks[k].fold == "the" {
				k++
			}
			for _, m := range ms {
				if m.start != k || m.entry.typ != graph.Country || m.possessive {
					// "Forces of Yemen's Southern Transitional
					// Council": a state in the possessive owns the
					// words after it, and ends no name before it.
					continue
				}
				if m.kind != aliasDemonym {
					end = m.end
					if e := headedRunEnd(toks, m.end, covered); e > m.end {
						// "the Preliminary Committee of the Peru
						// Doctors' Union": the state opens the name
						// of the body the committee is of.
						end = e
					}
					continue
				}
				// A state's adjective goes on with capitalised words
				// of the name, "the Operational Group of Ruritanian
				// Forces"; before a lower-case noun, "the Southern
				// Command of the Ruritanian army", the name ends
				// before "of", the army being a body of its own.
				e := m.end
				for e < len(toks) && toks[e].word && toks[e].cap && !covered(e) && toks[e].fold != "'s" {
					e++
				}
				if e > m.end {
					end = e
				}
			}
			if end == j {
				end = a.ofMembersEnd(toks, j, covered)
			}
			if end == j && toks[j-1].in(setOfficeHead) && (owner != nil || bodyOwnerBefore(toks, ms, i)) {
				// "Chile's Ministry of Public Health", "the
				// Front's Office of Political Affairs": an owned
				// office's head (word set office-head; not "the
				// Kenyan Observatory of Human Rights") goes on
				// over "of" to its field.
				if f := fieldEnd(toks, j, covered); f > j {
					end, fielded = f, true
				}
			} else if end == j && personOwnerBefore(toks, ms, i) {
				// "Ivo Tarsh's Government of National Salvation": a
				// person's body, with a name of its own, goes on over
				// "of" to its field as an owned office does.
				if f := fieldEnd(toks, j, covered); f > j {
					end = f
				}
			}
		}
		if st := jointAdjectivesStart(toks, ms, i); st >= 0 && head {
			// "the Lebanese-Palestinian Dialogue Committee", "the
			// Sudanese-Chadian Joint Force": two states' adjectives glued
			// by a hyphen open the name of a body they share, which is
			// neither state's part.
			name := textOf(toks, st, end)
			e := a.discovered(name, graph.Organization)
			found = append(found, mention{start: st, end: end, entry: e})
			i = end - 1
			continue
		}
		if om := mentionEndingAt(ms, i); om != nil && (owner != nil && end-i >= 2 || om.entry.typ == graph.Place || a.parentOpens(toks, om, i, end) || polityOpens(toks, om, i, end)) && om.kind == aliasName && !om.possessive && toks[i-1].fold != "'s" && toks[om.start].cap && head {
			// "the Myanmar National Democratic Alliance Army", "the Middle
			// East Institute": a state's or place's name opens the body's
			// name; the body is no part of the state.
			st := om.start
			if pm := mentionEndingAt(ms, st); pm != nil && toks[st].hyphen && pm.entry.typ == graph.Country && pm.kind == aliasName && om.entry.typ == graph.Country {
				// "the Iran-Turkey High-Level Cooperation Council": two
				// states open it.
				st = pm.start
			}
			name := textOf(toks, st, end)
			e := a.discovered(name, graph.Organization)
			found = append(found, mention{start: st, end: end, entry: e})
			if e.typ == graph.Organization && e != om.entry && polityOpens(toks, om, i, end) {
				// "the Vantaria Defence Forces" are Vantaria's, as
				// "the IRGC Quds Force" are the IRGC's.
				a.partOf(s, e, om.entry, 0.8, readOwnerInName)
			}
			i = end - 1
			continue
		}
		numbered := head && i > 0 && (ordinalWord(toks[i-1].fold) || unitCardinal(toks, i-1)) && !covered(i-1)
		if numbered {
			// "the 36th Marine Brigade", "the 4th Division", "Russia's
			// 58th Army", "the 444 Brigade": a unit's number is part of
			// its name and makes a generic head a name of its own.
			i--
		}
		// A body needs a name of its own: "Supreme Military Council", or
		// two words and a state, "Turkish Foreign Ministry"; "the Foreign
		// Ministry" alone could be anyone's.
		switch {
		case described, numbered:
		case j-i >= 2 && a.x.describedAfter(toks, j):
			// "Jaysh al-Izza, a rebel group backed by the US,".
			described = true
		case j-i >= 2 && toks[i].in(setNameHead) && !toks[j-1].is(classNameParticle):
			// "Jaysh al-Kasoru", "the Frente Drovani Sur", "Harakat
			// Tarvol al-Din": a body's noun in another language opens
			// the name.
		case j-i >= 2 && !head && (j < len(toks) && toks[j].word && !toks[j].cap && toks[j].in(setBandMemberNoun) || bandMembersBefore(toks, i) && endsNounPhrase(toks, j)) && !toks[i].is(classGivenName) && !a.x.catalog.everyStateHas(toks[i:j]):
			// "Vorgal Dostan fighters", "Tarvol al-Dostan militants",
			// "fighters of the Vorgal Dostan": the armed members of a
			// band named by several capitalised words the lexicon does
			// not know make the name the band's.
			described = true
		case j-i == 1 && a.describedWord(toks, i):
			// "Tarvolah, the Lebanese group that fights alongside".
			described, oneWord = true, true
		case j-i == 1 && a.ownedBody(toks, ms, i):
			// "Lebanon's Tarvolah": the state's, but no part of it.
			e := a.discovered(toks[i].text, graph.Organization)
			if e.typ == graph.Organization {
				e.free = true
			}
			described, oneWord = true, true
		case j-i >= 2 && i > 0 && toks[i-1].fold == "the" && j < len(toks) && toks[j].word && !toks[j].cap && toks[j].in(setGroupRef) && !toks[i].is(classGivenName):
			// "the Jaysh al-Islam group": an armed group's noun after a
			// name of two words or more.
			described = true
		case !head && !toks[i].is(classGivenName) && !toks[i].in(setAttackNoun) && (j-i >= 2 || toks[i].info == nil && !toks[i].upper) &&
			(i == 0 || !toks[i-1].word || toks[i-1].is(classDeterminer) && !locativeBefore(toks, i)) && ledByPersonAfter(toks, j) &&
			(i > 0 || j-i >= 2 || !strings.HasSuffix(toks[i].fold, "s") || a.capitalisedInside(toks[i].fold)):
			// "Radaa, led by Abdel Raouf Kara,": what a person leads,
			// set off by commas, is a body (ledBodies reads who leads
			// it). The name opens its noun phrase: not the end of a
			// longer name ("the Patriarchate of Antioch, headed by"),
			// no place ("in the Qandil Mountains, headed by") and no
			// operation ("Operation Alula, led by"). One plural word
			// opening the sentence is a name only if the article
			// capitalises it elsewhere too: "Villagers, led by their
			// chief," are none.
			described, oneWord = true, j-i == 1
		case j-i >= 2 && !head && bodyOfficeBefore(toks, i, j) && !toks[i].is(classGivenName):
			// "a spokesman for the Popular Resistance", "the commander
			// of the Vantar Shield": the office of a body names it one.
		case head && (end-i >= 3 || (owner != nil && end-i >= 2)):
		case head && end-i == 2 && twoWordName(toks, i) && !a.x.catalog.everyStateHas(toks[i:end]):
			// "the ruling Sovereign Council": two words are a name when
			// they are no body every state has ("the Foreign Ministry").
		case head && end-i >= 2 && bodyOwnerBefore(toks, ms, i):
			// "the Free Syrian Army's Fastaqim Union".
		case head && end-i == 2 && personOwnerBefore(toks, ms, i) && !a.x.catalog.everyStateHas(toks[i:end]):
			// "Ivo Tarsh's Vantar Front", "Xandor Volkal's Vantar
			// Front": a person's body has a name of its own
			// (possessorsBodies reads that he heads it); "Tarsh's
			// Foreign Ministry" is any state's.
		case head && end-i == 2 && end < len(toks) && toks[end].word && !toks[end].cap && toks[end].in(setBandMemberNoun) && !toks[i].is(classGivenName) && !a.x.catalog.everyStateHas(toks[i:end]):
			// "Vantar Front fighters shelled the town", "troops killed
			// Borduria Brigades militants": two words ending in a head,
			// with no "the", used as the modifier of the armed members
			// of a band, name that band as "the" would; the head gives
			// the word after it no other reading.
		case head && end-i == 2 && holderOfficeAfter(toks, i, end) && !a.x.catalog.everyStateHas(toks[i:end]):
			// "Vantar Front commander Ivo Tarsh", "Unity Party lawmakers
			// Ana Brel and Ivo Tarsh", "Ivo Tarsh, a Vantar Front
			// commander,": two words ending in a head, used as the
			// modifier of a body's office held by a named person, name
			// that body, as "the" would ("the Vantar Front").
		default:
			i = j - 1
			continue
		}
		if described && end-i == 1 && !toks[i].is(classGivenName) {
			// "the Russian mercenary group Tarvolah": the one word names
			// the group alone later ("Tarvolah said", "Tarvolah's
			// founder").
			oneWord = true
		}
		end = numberedEnd(toks, end)
		name := textOf(toks, i, end)
		composed := false
		if owner != nil && (!described && (toks[i-1].fold != "'s" || end-i <= 2 || fielded) || described && toks[i-1].fold != "'s") {
			// (Described after: "the Syrian Observatory for Human Rights, a
			// war monitor," bears its adjective too.)
			// "Turkey's Foreign Ministry" is the Turkish Foreign Ministry,
			// "Syrian Supreme Military Council" bears its adjective;
			// "Sudan's Rapid Support Forces" has a name of its own.
			if d := a.x.catalog.demonyms[owner]; d != "" {
				name = d + " " + name
				composed = true
			}
		}
		e := a.discovered(name, graph.Organization)
		if composed && e.typ == graph.Organization {
			// The name is made, not the article's: the article
			// names the body by its owner's words and its own
			// ("Cameroon's Constitutional Council"; bodynames.go).
			if _, catalogued := a.x.catalog.byName[e.name]; !catalogued {
				e.made = true
			}
			if om := ownerMentionBefore(toks, ms, i); om != nil && e.made {
				a.nameMadeBodyAs(e, toks, om.start, i, end)
			}
		}
		st := i
		if apposedAt >= 0 && !covered(apposedAt) && e.typ == graph.Organization {
			// "a newly formed militia, Mata Nuru, fought": the noun
			// phrase and the name are one mention, the name acting
			// where the noun stands. A mention inside the phrase keeps
			// its own: "a Chad-backed militia, Mata Nuru," starts the
			// name's after Chad, whose backing the patterns read.
			st = apposedAt
			for p := apposedAt + 1; p < i; p++ {
				if covered(p) {
					st = p + 1
				}
			}
			for st < i && toks[st].hyphen {
				// The backing participle glued to it stays out too.
				st++
			}
		}
		mEnd := end
		if st < i && end < len(toks) && toks[end].fold == "," {
			// The comma closing the appositive goes with it.
			mEnd++
		}
		found = append(found, mention{start: st, end: mEnd, entry: e})
		if _, taken := a.refs.local[toks[i].fold]; oneWord && !taken && e.typ == graph.Organization {
			// "Iran backs Tarvolah" later names it again.
			a.refs.local[toks[i].fold] = e
		} else if !taken && e.typ == graph.Organization && a.ownWordOpens(toks, i, end) {
			// "the Vantar Front ... the Vantar said": the word of its own
			// that opens the name names it alone later.
			a.refs.local[toks[i].fold] = e
		}
		i = end - 1
	}
	found = a.memberOfBodies(toks, ms, found)
	found = a.bodyMissions(toks, ms, found)
	if len(found) == 0 {
		return ms
	}
	for _, f := range found {
		a.noteBodyName(toks, f)
	}
	// Catalog mentions a discovered name swallowed give way to it.
	return mergeMentions(ms, found)
}

// headEndsAt reports whether the run of a name toks[i:j] ends in a body's
// head, or in a head and a part glued to it by a hyphen after the run's
// first word: "Liberation Front", "Liberation Movement-North".
func headEndsAt(toks []token, i, j int) bool {
	return j > i && (toks[j-1].is(classOrgHead) || j-2 > i && (toks[j-1].hyphen || commandSector(toks[j-1])) && toks[j-2].is(classOrgHead))
}

// commandSector reports whether t is a capitalised compass point that
// ends a command's name after its head, the sector it covers: "South" of
// "Operational Command South". A point in lower case is a direction, no
// name's.
func commandSector(t token) bool {
	return t.word && t.cap && !t.hyphen && t.in(setCommandSector)
}

// headedRunEnd returns the end of the capitalised words from toks[k] that
// go on a name a known state opens to a body's head, a possessive inside
// the name read as possessorInName reads it ("Peru Doctors' Union",
// "Chile People's Liberation Front"), or k.
func headedRunEnd(toks []token, k int, covered func(int) bool) int {
	e := k
	for e < len(toks) && toks[e].word && (toks[e].cap && !covered(e) || toks[e].fold == "'s" && e > k && e+1 < len(toks) && toks[e+1].cap && possessorInName(toks, k, e)) {
		e++
	}
	if e > k && headEndsAt(toks, k-1, e) && (e >= len(toks) || toks[e].fold != "'s") {
		return e
	}
	return k
}

// possessorInName reports whether the possessive toks[j] after the
// capitalised run toks[i:j] is inside a body's name rather than an
// owner's: the run ends in a noun of members ("Tigray People's Liberation
// Front"), in a guild's plural ("the Peru Doctors' Union", words.tsv
// guild-noun; an owner's plural, "the Vantars' Supreme Council", is not),
// or in a rank that closes a title of two words
// ("the Prosecutor General's Office"). A name ("Chile's", "Ivo Tarsh's")
// is an owner.
func possessorInName(toks []token, i, j int) bool {
	p := toks[j-1]
	if p.in(setMemberNoun) {
		return true
	}
	if toks[i].is(classGivenName) {
		return false
	}
	if p.in(setGuildNoun) {
		// "the Sudan Doctors' Union"; an owner's plural ("the Vantars'
		// Supreme Council") is no part of the name.
		return true
	}
	return j-2 >= i && p.is(classRank) && toks[j-2].cap && !toks[j-2].is(classRank)
}

// fieldNameEnd returns the end of a body's name that goes on past its run
// toks[i:j] to what the body is for or of, or j. After a head that is no
// office's ("Movement", "Front", "Union"; a ministry's field is read with its
// owner), "of" or "for", with "the", opens capitalised words, known states and
// places among them, joined by "of", "for" or "the": "the National Movement of
// Tovania", "the Popular Front for the Liberation of Tovania". After a name
// with a field ("Union for Peace"), "in" opens the state it is in: "the Union
// for Peace in the Central African Republic", not in the capital ("in Lima").
// The words must end the phrase: a possessive ("Forces of Peru's Vantar
// Council") or "and" with another capital ("the Forces of Freedom and Change")
// leaves the name as it was, as does a given name or a title ("the Front of
// Ahmad Tarsh", "the Front of Gen. Tarsh"), an acronym in brackets after it
// (definedName decides), as do words that modify a lower-case noun of armed
// groups or men or of places after them ("the Joint Force of the Tovania armed
// movements", "the Front of Tovania region"), or a head alone with no "the"
// ("Forces of Tovania attacked").
func fieldNameEnd(toks []token, ms []mention, i, j int, headFor bool, covered func(int) bool) int {
	if j+2 >= len(toks) || !toks[j-1].cap || toks[j].fold != "of" && toks[j].fold != "for" && toks[j].fold != "in" {
		return j
	}
	if om := mentionEndingAt(ms, i); om != nil && om.entry.typ == graph.Organization {
		// "the UN Assistance Mission for Tovania": a known body's
		// own body, which its readings name.
		return j
	}
	k := j + 1
	if toks[k].fold == "the" {
		k++
	}
	if k >= len(toks) {
		return j
	}
	placeAt := func(k int) *mention {
		m := mentionAt0(ms, k)
		if m == nil || m.kind != aliasName || m.possessive || m.entry.typ != graph.Country && m.entry.typ != graph.Place {
			return nil
		}
		return m
	}
	closes := func(e int) bool {
		if e >= len(toks) || !toks[e].word {
			return true
		}
		t := toks[e]
		if t.cap || t.fold == "'s" || t.hyphen || t.fold == "and" && e+1 < len(toks) && toks[e+1].cap {
			return false
		}
		// "the Joint Force of the Tovania armed movements": the
		// words modify a noun of armed men or groups after them.
		return !t.in(setKindAdjective) && !t.is(classGroupNoun) && !t.is(classGroupRef) && !t.in(setMemberNoun) && !t.in(setPlaceHead)
	}
	switch toks[j].fold {
	case "in":
		if !headFor {
			return j
		}
		// A state by its name, not its capital's: "the Movement for
		// Justice in Lima" is in a city, where the text puts it.
		if m := placeAt(k); m != nil && m.entry.typ == graph.Country && closes(m.end) && (k > j+1 || strings.EqualFold(textOf(toks, m.start, m.end), m.entry.name)) {
			return m.end
		}
		return j
	case "of", "for":
		if headFor || !headEndsAt(toks, i, j) || toks[j-1].in(setOfficeHead) {
			return j
		}
		if j-i == 1 && (i == 0 || toks[i-1].fold != "the") {
			// "Forces of Tovania attacked": a head alone, with no
			// "the", is a plural noun opening the sentence.
			return j
		}
		if m := placeAt(k); m != nil && m.entry.typ == graph.Country && toks[j].fold == "of" {
			// "the Armed Forces of Peru": a state's body, read with
			// the state after "of" where the run is read.
			return j
		}
	default:
		return j
	}
	e, words, land := k, 0, false
	for e < len(toks) && words < 6 {
		t := toks[e]
		if t.word && t.cap && (t.is(classOrgHead) || t.is(classRank)) {
			// "the Air Force of the Armed Forces of Peru": a body of
			// another body, each named apart; "the Front of Gen. Ivo
			// Tarsh": its leader.
			return j
		}
		if _, n := matchTitle(toks, e); n > 0 {
			// "the Front of Speaker Ana Brel".
			return j
		}
		if m := placeAt(e); m != nil {
			e, words, land = m.end, words+1, true
			continue
		}
		if t.word && t.cap && !covered(e) && t.fold != "'s" && !t.is(classGivenName) && !t.is(classStopword) {
			e, words = e+1, words+1
			continue
		}
		if words > 0 && (t.fold == "of" || t.fold == "for") && e+1 < len(toks) {
			n := e + 1
			if toks[n].fold == "the" && n+1 < len(toks) {
				n++
			}
			if toks[n].word && toks[n].cap {
				e = n
				continue
			}
		}
		break
	}
	if words == 0 || !toks[e-1].cap || !closes(e) {
		return j
	}
	if toks[j].fold == "of" && !land && (words > 1 || toks[k].info != nil) {
		// After "of", a land or a people: a known place, or one word
		// the lexicon does not know ("of Tovania"); "the Observatory
		// of Human Rights" names a cause, which the text may write
		// otherwise.
		return j
	}
	if e < len(toks) && toks[e].fold == "(" {
		// An acronym in brackets after the name decides where it
		// begins (definedName).
		return j
	}
	return e
}

// personAndHolder reports whether "and" at toks[j] joins two names, not
// the parts of one body's: the run toks[i:j] before it is of two or more
// words the lexicon does not know, with no body's head, and the run
// toks[j+1:k] after it is the modifier of an office its holder's name
// follows, "met Dara Quill and Mosari Brigade commander Ilo Benga". A
// body's name joins words of the lexicon ("the Peace and Security Council
// chairman X").
func personAndHolder(toks []token, i, j, k int) bool {
	if j-i < 2 || toks[j].fold != "and" {
		return false
	}
	for x := i; x < j; x++ {
		if toks[x].info != nil && !toks[x].is(classGivenName) {
			return false
		}
	}
	if holderOfficeAfter(toks, j+1, k) {
		return true
	}
	// The modifier may go on over "of" to its body's complement: "met Dara
	// Quill and House of Elders Speaker Ilo Benga".
	if k+1 >= len(toks) || toks[k].fold != "of" {
		return false
	}
	e := k + 1
	if toks[e].fold == "the" {
		e++
	}
	for e < len(toks) && toks[e].word && toks[e].cap && !toks[e].is(classStopword) {
		e++
		if holderOfficeAfter(toks, j+1, e) {
			return true
		}
	}
	return false
}

// bodyOfficeBefore reports whether the capitalised run toks[i:j], which
// ends in no body's head, is a body by the office of it before: a body's
// office (a head, a spokesman, a member; not an envoy, whose "for" names
// a file or a region), "of" or "for" and "the" ("a spokesman for the
// Popular Resistance", "the commander of the Vantar Shield", "members
// of the Grey Wolves"), the run ending the noun phrase, not going on over
// "of", "for" or "and". A run that a
// lower-case noun goes on from names that noun's body ("the head of the
// Tavush diocese"), and "the" keeps people out ("a spokesman for Karl
// Vantor"). Without "the", the office's holder named after the run and a
// comma keeps people out instead: "the head of Military Intelligence, Maj.
// Gen. Ivo Tarsh," (a person is no office's complement with another person
// in apposition to the office).
func bodyOfficeBefore(toks []token, i, j int) bool {
	if i < 2 {
		return false
	}
	of := i - 2
	if toks[i-1].fold != "the" {
		if toks[i-1].fold != "of" || j+1 >= len(toks) || toks[j].fold != "," || !toks[j+1].word || !toks[j+1].cap || toks[j+1].hyphen {
			return false
		}
		of = i - 1
	} else if i < 3 {
		return false
	}
	if toks[of].fold != "of" && toks[of].fold != "for" {
		return false
	}
	if j < len(toks) && toks[j].word && !toks[j].cap && !toks[j].is(classStopword) && !toks[j].in(setSaysVerb) && !toks[j].in(setAuxVerb) {
		return false
	}
	if j+1 < len(toks) && (toks[j].fold == "of" || toks[j].fold == "for" || toks[j].fold == "and") && toks[j+1].cap {
		// "the chairman of the Joint Chiefs of Staff": the name goes on.
		return false
	}
	for k := of - 1; k >= 0 && k >= of-4; k-- {
		t, n := matchTitle(toks, k)
		if n == 0 || k+n != of {
			continue
		}
		if of == i-1 && t.predicate == graph.MemberOf {
			// "the governor of North Kordal, Ivo Tarsh": a member's
			// office is also a place's.
			return false
		}
		return bodyOfficeTitle(t)
	}
	return false
}

// rankOpensBody reports whether the rank at toks[i], a stopword that opens
// no name of its own ("General Ivo Tarsh"), opens a body's name instead:
// capitalised words follow, none a given name, to a body's head, with no
// possessive between ("the General Staff of the Ruritanian army", "the
// General Directorate of Provinces", "the General Command").
func rankOpensBody(toks []token, i int, covered func(int) bool) bool {
	if !toks[i].is(classRank) || i+1 >= len(toks) {
		return false
	}
	j := i + 1
	for j < len(toks) && toks[j].word && toks[j].cap && !covered(j) && !toks[j].is(classGivenName) && !toks[j].is(classRank) {
		j++
	}
	return j > i+1 && toks[j-1].is(classOrgHead) && (j >= len(toks) || toks[j].fold != "'s")
}

// portfolioOpensBody reports whether the capitalised word of titles at
// toks[i], after "the", that names no office alone ("Defence", "Foreign";
// not "President", nor an office's adjective, "New"), opens a body's name:
// two capitalised words or more after it, joined to it by "and" or not,
// end in a body's head: "the Defence and Security Forces", "the Foreign
// Policy Affairs Department", "the Defence Intelligence Directorate". A
// title's words ("the Defence Minister") name an office, which titles
// read; two words ("the Defence Ministry") are any state's body.
func portfolioOpensBody(toks []token, i int, covered func(int) bool) bool {
	if i == 0 || toks[i-1].fold != "the" || i+2 >= len(toks) || toks[i].is(classRank) || toks[i].is(classTitleAdjective) || !toks[i].cap {
		return false
	}
	j := i + 1
	if toks[j].fold == "and" {
		j++
	}
	for j < len(toks) && j < i+6 && toks[j].word && toks[j].cap && !toks[j].is(classStopword) && toks[j].fold != "'s" && !covered(j) {
		j++
	}
	if j <= i+2 || !toks[j-1].is(classOrgHead) || j < len(toks) && toks[j].fold == "'s" {
		return false
	}
	_, n := matchTitle(toks, i)
	return n == 0
}

// rankOpensPerson reports whether the rank or honorific at toks[j], inside
// a run of capitals that opened at toks[i] with another word, opens a
// person's name and so ends the body's: "the head of the Popular Front
// Sheikh Kovan Terash", "Leader of the Islamic Revolution Ayatollah Seyyed
// X", "the Borduria Defence Forces Major General X". The name after the
// rank must hold no head of a body: "the Free Army Sultan Murad Brigade",
// "the Syldavian General Intelligence Directorate" are one body's names.
func (a *article) rankOpensPerson(toks []token, i, j int) bool {
	if toks[i].is(classRank) {
		return false
	}
	k := skipRanks(a, toks, j)
	if k == j || k >= len(toks) || !toks[k].word || !toks[k].cap {
		return false
	}
	for ; k < len(toks) && toks[k].word && toks[k].cap; k++ {
		if toks[k].is(classOrgHead) {
			return false
		}
	}
	return true
}

// ledByPersonAfter reports whether a name ending at toks[j] is set off
// before the passive of leading and a person's name: ", led by", "headed
// by", "commanded by", "chaired by", then up to three lower-case words
// that describe the leader (no verb or preposition among them) and two
// capitalised words, or a capitalised word and an abbreviation's full
// stop ("Gen."), as a person's name opens.
func ledByPersonAfter(toks []token, j int) bool {
	if j+4 >= len(toks) || toks[j].fold != "," || !toks[j+1].in(setHeadVerb) || toks[j+1].hyphen || toks[j+2].fold != "by" {
		return false
	}
	k := j + 3
	for n := 0; k < len(toks) && n < 3 && toks[k].word && !toks[k].cap; n++ {
		if !leaderWord(toks, k) {
			return false
		}
		k++
	}
	if k+1 >= len(toks) || !toks[k].word || !toks[k].cap || toks[k].upper || toks[k].is(classStopword) {
		return false
	}
	return toks[k+1].word && toks[k+1].cap && !toks[k+1].is(classOrgHead) || toks[k+1].fold == "."
}

// leaderWord reports whether toks[k] is a lower-case word that may
// describe a leader between "led by" and his name ("led by veteran
// officer X"): no preposition, coordinator or verb.
func leaderWord(toks []token, k int) bool {
	t := toks[k]
	return t.word && !t.cap && !isPreposition(t.fold) && !t.is(classCoordinator) && !verbBetween(toks, k, k+1)
}

// bodyOfficeTitle reports whether t is the title of a head, a spokesman
// or a member of a body, not of a state.
func bodyOfficeTitle(t title) bool {
	return t.target != targetCountry && (t.predicate == graph.HeadOf || t.predicate == graph.SpokespersonOf || t.predicate == graph.MemberOf)
}

// holderOfficeAfter reports whether the capitalised run toks[i:j] is the
// modifier of a body's office held by a named person: a title of a head,
// a spokesman or a member of a body, not of a state ("commander",
// "spokeswoman", "lawmakers", "deputy commander"), then the holder's name
// ("Vantar Front commander Ivo Tarsh"); or the run, after "a" or "an"
// and title adjectives, is the appositive of a name before it ("Ivo
// Tarsh, a senior Vantar Front official,") or names the holder after a
// comma ("A senior Vantar Front official, Ivo Tarsh, said"). An office
// with no holder ("the Unity Party leader said") or a state's office
// ("Unity Party President") is none.
func holderOfficeAfter(toks []token, i, j int) bool {
	t, at, n := titleAt(toks, j)
	if n == 0 || at+n >= len(toks) || !bodyOfficeTitle(t) {
		return false
	}
	opensName := func(k int) bool {
		return k < len(toks) && toks[k].word && toks[k].cap && !toks[k].hyphen && !toks[k].is(classStopword)
	}
	e := at + n
	if opensName(e) {
		return true
	}
	if toks[e].fold != "," {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].word && !toks[k].cap && toks[k].is(classTitleAdjective) {
		k--
	}
	if k < 0 || toks[k].fold != "a" && toks[k].fold != "an" {
		return false
	}
	return k > 0 && toks[k-1].fold == "," || opensName(e+1)
}

// bodyMissions finds a world body's mission or delegation named in lower
// case after the body, by the state or place it serves, or as a
// delegation: "the OSCE mission to Moldova", "the EU delegation in
// Sarajevo", "the EU delegation". The text's phrase names it. A mission
// that its own name or acronym sits beside ("the UN mission in Mali,
// MINUSMA,", "MINURSO, the UN mission in the territory") is left to the
// apposition; a mission with no place ("the UN peacekeeping mission")
// may be one the article named before.
func (a *article) bodyMissions(toks []token, ms, found []mention) []mention {
	for k := range ms {
		m := ms[k]
		if m.entry.typ != graph.Organization || m.entry.country != "" || m.entry.common || m.possessive || !a.x.catalog.ownsBodies(m.entry) {
			continue
		}
		j := m.end
		for n := 0; n < 2 && j < len(toks) && toks[j].word && !toks[j].cap && !toks[j].in(setBodyMissionNoun); n++ {
			if t := toks[j]; t.is(classStopword) || t.is(classDeterminer) || t.info != nil && len(t.info.patterns) > 0 {
				// "the AU sent a delegation": a verb or an article is
				// no modifier of the body's noun.
				j = len(toks)
				break
			}
			j++
		}
		if j >= len(toks) || !toks[j].word || toks[j].cap || !toks[j].in(setBodyMissionNoun) {
			continue
		}
		end := j + 1
		placed := false
		if end+1 < len(toks) && (toks[end].fold == "to" || toks[end].fold == "in") {
			if pm := mentionAt0(ms, end+1); pm != nil && (pm.entry.typ == graph.Country || pm.entry.typ == graph.Place) && !pm.possessive {
				end, placed = pm.end, true
			}
		}
		if !placed && toks[j].fold == "mission" {
			continue
		}
		if end+1 < len(toks) && toks[end].fold == "," && (toks[end+1].upper || mentionAt0(ms, end+1) != nil && mentionAt0(ms, end+1).entry.typ == graph.Organization) {
			// ", MINUSMA,": the mission's own name beside it.
			continue
		}
		st := m.start
		if toks[st].fold == "the" {
			st++
		}
		if st >= 2 && toks[st-1].fold == "the" && toks[st-2].fold == "," {
			continue
		}
		if mentionAt0(found, st) != nil || mentionAt0(found, end-1) != nil {
			continue
		}
		body := a.discovered(textOf(toks, st, end), graph.Organization)
		if body.typ != graph.Organization {
			continue
		}
		found = append(found, mention{start: st, end: end, entry: body})
	}
	return found
}

// memberOfBodies finds the body that states or people are members of,
// named by capitalised words after "member of the" or "members of the"
// that have no head the discoveries know: "Benin and Togo, members of the
// Accra Initiative", "a member of the Lomé Quartet". A place's or a
// capital's name may open it; a name the catalog or the article knows
// whole is left alone, and so is one that a person's given name opens.
func (a *article) memberOfBodies(toks []token, ms, found []mention) []mention {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].fold != "member" && toks[i].fold != "members" || toks[i+1].fold != "of" || toks[i+2].fold != "the" {
			continue
		}
		st := i + 3
		e := st
		for e < len(toks) && e < st+3 && toks[e].word && toks[e].cap && toks[e].fold != "'s" && !toks[e].upper {
			e++
		}
		if e-st < 2 || e < len(toks) && toks[e].word && toks[e].cap || toks[st].is(classGivenName) || toks[e-1].is(classGivenName) {
			continue
		}
		free := false
		for k := st; k < e; k++ {
			if mentionAt0(found, k) != nil {
				free = false
				break
			}
			if m := mentionAt0(ms, k); m != nil {
				if m.start < st || m.end > e || m.entry.typ == graph.Person || m.start == st && m.end == e {
					free = false
					break
				}
				k = m.end - 1
				continue
			}
			free = true
		}
		if !free {
			continue
		}
		body := a.discovered(textOf(toks, st, e), graph.Organization)
		if body.typ != graph.Organization {
			continue
		}
		found = append(found, mention{start: st, end: e, entry: body})
		i = e - 1
	}
	return found
}

// connectedNameEnd returns the end of a name's complement after the
// capitalised run ending at toks[j]: "of", "in" or "for", an optional
// "the", and capitalised words the lexicon does not know or a state's or
// place's name ("in Iraq", "of Lorn", "for the Safe Return"); or j.
func connectedNameEnd(toks []token, ms []mention, j int) int {
	if j+1 >= len(toks) || toks[j].fold != "of" && toks[j].fold != "in" && toks[j].fold != "for" {
		return j
	}
	k := j + 1
	if toks[k].fold == "the" {
		k++
	}
	if m := mentionAt0(ms, k); m != nil {
		if (m.entry.typ == graph.Country || m.entry.typ == graph.Place) && m.kind == aliasName && toks[k].cap {
			return m.end
		}
		return j
	}
	e := k
	for e < len(toks) && toks[e].word && toks[e].cap && !toks[e].upper && toks[e].info == nil && mentionAt0(ms, e) == nil {
		e++
	}
	if e == k {
		return j
	}
	return e
}

// namedBefore returns the end of a name of two words or more at toks[i]
// that the article gave a body it discovered before, and the body; or
// nil.
func (a *article) namedBefore(toks []token, i int) (int, *entry) {
	for _, x := range a.refs.bodyFirst[toks[i].fold] {
		bn := a.refs.bodyNames[x]
		if !bn.spelledAt(toks, i) {
			continue
		}
		if k := i + len(bn.folds); !(k < len(toks) && toks[k].word && toks[k].cap) {
			return k, bn.e
		}
	}
	return 0, nil
}

// spelledAt reports whether toks, from toks[i], spell the name bn: the
// match namedBefore and laterBodyName both make.
func (bn bodyName) spelledAt(toks []token, i int) bool {
	if i+len(bn.folds) > len(toks) {
		return false
	}
	for k, f := range bn.folds {
		if toks[i+k].fold != f {
			return false
		}
	}
	return true
}

// noteBodyName keeps the name of the body found at m, if of two words or
// more, for namedBefore.
func (a *article) noteBodyName(toks []token, m mention) {
	if m.entry.typ != graph.Organization || m.end-m.start < 2 || !toks[m.start].cap {
		return
	}
	folds := make([]string, 0, m.end-m.start)
	for k := m.start; k < m.end; k++ {
		folds = append(folds, toks[k].fold)
	}
	for _, x := range a.refs.bodyFirst[folds[0]] {
		if slices.Equal(a.refs.bodyNames[x].folds, folds) {
			return
		}
	}
	a.refs.addBodyName(bodyName{folds: folds, e: m.entry})
}

// addBodyName keeps bn in bodyNames and indexes it by its first word.
func (d *discourse) addBodyName(bn bodyName) {
	if d.bodyFirst == nil {
		d.bodyFirst = make(map[string][]int)
	}
	d.bodyFirst[bn.folds[0]] = append(d.bodyFirst[bn.folds[0]], len(d.bodyNames))
	d.bodyNames = append(d.bodyNames, bn)
}

// headInRun reports whether a capitalised run of a name, with its
// joiners, ends at toks[k] with a body's head in it: "Council for the
// Safeguard" has, "Fathi Bashagha" (of the ...) has not.
func headInRun(toks []token, k int) bool {
	for ; k >= 0 && toks[k].word; k-- {
		t := toks[k]
		if t.cap {
			if t.is(classOrgHead) {
				return true
			}
			continue
		}
		if t.fold != "of" && t.fold != "for" && t.fold != "the" && t.fold != "and" {
			return false
		}
	}
	return false
}

// definedName returns the start of a body's name that the acronym in
// brackets at toks[p] defines, "Jama'at Nusrat al-Islam wal-Muslimin
// (JNIM)", "the National Front for Liberation (NFL)", or -1. The name is
// a run of at least two capitalised words, with name particles and "of",
// "for", "and", "in" and "the" inside it, that no known name covers
// whole; a known name inside it or ending it ("National Front") is only
// part of it; a run opening with a given name is a person's. Half of the acronym's letters at least must begin words of
// the name, which spares a person's name before an acronym of his body.
func (x *Extractor) definedName(toks []token, ms []mention, p int) int {
	if p < 2 || p+2 >= len(toks) || toks[p].fold != "(" {
		return -1
	}
	close := p + 2
	for close < len(toks) && close < p+4 && toks[close].word && toks[close].hyphen {
		// "(SPLM-IO)", "(SPLM-N)": parts glued to the acronym.
		close++
	}
	if close >= len(toks) || toks[close].fold != ")" {
		return -1
	}
	acr := toks[p+1]
	if !acr.word || !acr.upper && !mixedAcronym(acr.text) || len(acr.text) < 2 || len(acr.text) > 6 || acr.info != nil || !toks[p-1].cap {
		return -1
	}
	st := p
	for k := p - 1; k >= 0; k-- {
		t := toks[k]
		if t.fold == "'s" && k > 0 && toks[k-1].in(setMemberNoun) {
			// "Tigray People's Liberation Front".
			continue
		}
		if !t.word || t.fold == "'s" {
			break
		}
		if t.cap {
			if t.is(classStopword) && !t.is(classOrgHead) && !capitalOpensName(toks, k, func(k int) bool { return covered(ms, k) }) || t.upper && len(t.text) > 1 {
				break
			}
			st = k
			continue
		}
		joiner := t.is(classNameParticle) || t.fold == "of" || t.fold == "for" || t.fold == "and" || t.fold == "in" || t.fold == "the" ||
			// "Group to Support Islam and Muslims", "Committee to
			// Protect the Coast": a purpose after the body's head.
			t.fold == "to" && k > 0 && toks[k-1].is(classOrgHead)
		if t.fold == "the" && k > 1 && (toks[k-1].fold == "for" || toks[k-1].fold == "of") && headInRun(toks, k-2) {
			// "Popular Front for the Renaissance of Central Africa",
			// "Council for the Safeguard of the Homeland".
			continue
		}
		if !joiner || k == 0 || !toks[k-1].word || !toks[k-1].cap {
			// "al-Islam", "wal-Muslimin": a lower-case word glued to
			// the next stays.
			if !(k+1 < p && toks[k+1].hyphen && st == k+1) {
				break
			}
		}
	}
	if acr.upper && st > 1 && st < p {
		st = titleWordInName(toks, st, p, acr.fold)
	}
	if st > 2 && st < p && toks[st-1].fold == "and" && portfolioOpensBody(toks, st-2, func(k int) bool { return covered(ms, k) }) {
		// "the Defence and Security Forces (FDS)".
		st -= 2
	}
	if acr.upper && st > 1 && st < p && toks[st].fold[0] != acr.fold[0] {
		st = acronymOpensBefore(toks, st, p, acr.fold)
	}
	if st+2 < p && toks[st].in(setBandMemberNoun) && toks[st+1].fold == "of" {
		// "Fighters of Jama'at al-Tarvol (JAT) attacked": the armed
		// members a sentence opens with, capitalised there, are no
		// part of their band's name.
		st += 2
	}
	if st < p && toks[st].fold == "the" {
		st++
	}
	words, initials := 0, make(map[byte]bool)
	for k := st; k < p; k++ {
		if toks[k].cap {
			words++
			initials[toks[k].fold[0]] = true
		}
	}
	if words < 2 || toks[st].is(classGivenName) {
		// "Ahmed Omar Jama (SPF)": a person and the acronym of his body.
		return -1
	}
	if last := toks[p-1]; last.sets.hasAny(namingHeads) && !last.in(setTalksHead) && !toks[st].is(classOrgHead) {
		// "the Status of Forces Agreement (SOFA)": a deal's title, which
		// discoverAgreements reads; but "the Government of National
		// Accord (GNA)" is a body.
		return -1
	}
	// An acronym spelt by the initials of the run's words, in order, makes
	// the run its name even where known names make it up: "Tehreek-i-Taliban
	// Pakistan (TTP)", "Jaish-e-Mohammed (JeM)". An acronym with lower-case
	// letters (mixedAcronym) defines a name only so.
	spelt := spelledByInitials(toks, st, p, acr.text) || acr.upper && reorderedInitials(toks, st, p, acr.fold)
	if !acr.upper && !spelt {
		// "Memorandum of Understanding (MoU)": a mixed acronym only
		// where it spells the name.
		return -1
	}
	for _, m := range ms {
		ms0 := m.start
		if ms0 == st-1 && toks[ms0].fold == "the" {
			// "the Islamic State" with its article: the name starts
			// with the run.
			ms0 = st
		}
		if m.start == p+1 && m.entry.name == acr.text {
			// "ISWAP" known only as itself, from a headline: the
			// brackets define it now.
			continue
		}
		if m.end == p && placeInName(toks, st, m) {
			// "Front for Change and Concord in Chad (FACT)": the
			// state the body is of ends its name, not the name itself.
			continue
		}
		if ms0 <= st && m.end >= p || !spelt && (m.end == p || m.start == p+1 || ms0 < st && m.end > st) {
			// Known already, or the run begins inside a known name.
			return -1
		}
		if m.start >= st && m.end <= p && m.entry.typ == graph.Person {
			return -1
		}
	}
	hits := 0
	for _, r := range acr.fold {
		if r < 128 && initials[byte(r)] {
			hits++
		}
	}
	if 2*hits < len(acr.fold) {
		return -1
	}
	return st
}

// acronymOpensBefore returns where a body's name begins when the walk
// back from its acronym in brackets at toks[p] stopped at toks[st], whose
// initial is not the acronym's first letter, at a joiner the walk does not
// cross alone: "for the" after a word that is no body's head ("the
// Cooperative for the Development of Tovania (CODT)", "the Convention for
// the Popular Revolution (CPR)"), or a possessive inside the name that the
// acronym spells across ("the Lord's Resistance Army (LRA)", "the Sudan
// People's Liberation Movement (SPLM)"). The name goes back over the
// joiner to the capitalised words before it and begins at the first of
// them the acronym's letter opens; without one, at a given name, or where
// a possessive's words are not the acronym's ("Ivo Tarsh's Kenya
// Renaissance Movement (MRK)", a man's body), it begins at st as before.
// An acronym opens with its name's initial, except one in another
// language's order, which reorderedInitials reads.
func acronymOpensBefore(toks []token, st, p int, acr string) int {
	k, possessive := st-1, false
	switch {
	case toks[k].fold == "'s":
		k, possessive = k-1, true
	case toks[k].fold == "the" && k > 1 && toks[k-1].fold == "for":
		k -= 2
	default:
		return st
	}
	if k < 0 || !toks[k].word || !toks[k].cap {
		return st
	}
	r := k
	for r > 0 && r > k-3 && toks[r-1].word && toks[r-1].cap && !toks[r-1].is(classStopword) {
		r--
	}
	for x := r; x <= k; x++ {
		if toks[x].is(classGivenName) || toks[x].is(classStopword) {
			return st
		}
		if toks[x].fold[0] == acr[0] {
			if possessive && !spelledByInitials(toks, x, p, acr) {
				return st
			}
			return x
		}
	}
	return st
}

// mixedAcronym reports whether s is an acronym written with a lower-case
// letter between capitals, as some are spelt: "JeM", "LeT", "MoD". It has
// two capitals at least, opens with one, and no two lower-case letters
// stand together (no "McCain").
func mixedAcronym(s string) bool {
	upper, lower := 0, false
	for i, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			upper++
			lower = false
		case 'a' <= r && r <= 'z' && i > 0 && !lower:
			lower = true
		default:
			return false
		}
	}
	return upper >= 2 && !lower
}

// spelledByInitials reports whether the acronym acr (folded, or as
// written) is the initials of the words of toks[st:p] in order: every
// capitalised word's, with the initials of lower-case words glued by
// hyphens where the acronym has them ("Jaish-e-Mohammed", JeM;
// "Tehreek-i-Taliban Pakistan", TTP). Written with capitals, a mixed
// acronym's lower-case letter may also be the second letter of the word
// whose initial comes before it ("the National Movement of Vardo", NaMV).
func spelledByInitials(toks []token, st, p int, acr string) bool {
	// letter returns the acronym's letter a, folded.
	letter := func(a int) byte {
		c := acr[a]
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	cased := false
	for k := 0; k < len(acr); k++ {
		cased = cased || 'A' <= acr[k] && acr[k] <= 'Z'
	}
	a := 0
	for k := st; k < p; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if !t.cap {
			if t.hyphen && a < len(acr) && letter(a) == t.fold[0] {
				a++
			}
			continue
		}
		if a >= len(acr) || letter(a) != t.fold[0] {
			return false
		}
		a++
		if cased && a < len(acr) && 'a' <= acr[a] && acr[a] <= 'z' && len(t.fold) > 1 && t.fold[1] == acr[a] {
			// A lower-case letter (as written) after the initial: the
			// word's second letter.
			a++
		}
	}
	return a == len(acr)
}

// titleWordInName returns where the name before an acronym in brackets
// at toks[p] starts when a title's word stopped the run at toks[st]: the
// capitalised words before it, the title's word among them, are the
// name's where the acronym is all their initials in another order ("the
// Ruritania Defence Armed Forces (FADR)"); else st. A name the acronym
// spells in order ("the Ruritania Defence Force (RDF)") is left to the
// reading of capitalised runs, which reads the state that owns it.
func titleWordInName(toks []token, st, p int, acr string) int {
	t := toks[st-1]
	if !t.word || !t.cap || t.upper || !t.is(classStopword) || t.is(classOrgHead) {
		return st
	}
	k := st - 1
	for k > 0 && toks[k-1].word && toks[k-1].cap && !toks[k-1].upper && !toks[k-1].is(classStopword) && toks[k-1].fold != "'s" {
		k--
	}
	if k == st-1 || toks[k].is(classGivenName) {
		// A title's word opening the run is a title ("Defence Minister
		// Ruslan Petrov"), as is one before a given name.
		return st
	}
	if reorderedInitials(toks, k, p, acr) && !spelledByInitials(toks, k, p, acr) {
		return k
	}
	return st
}

// reorderedInitials reports whether the acronym acr (folded), of three
// letters at least, is the initials of the capitalised words of toks[st:p]
// in another order: a body named in English whose acronym keeps the word
// order of its own language, French or Portuguese, where the noun comes
// first ("the Ruritania Defence Armed Forces (FADR)", "the Democratic
// Forces for the Defence of Borduria (FDDB)"). Every capitalised word
// gives one letter and every letter is given, so a person's name or a
// clause before a body's acronym does not pass.
func reorderedInitials(toks []token, st, p int, acr string) bool {
	if len(acr) < 3 || len(acr) > 6 {
		return false
	}
	var count [26]int8
	for i := 0; i < len(acr); i++ {
		c := acr[i]
		if c < 'a' || c > 'z' {
			return false
		}
		count[c-'a']++
	}
	n := 0
	for k := st; k < p; k++ {
		t := toks[k]
		if !t.word || !t.cap {
			continue
		}
		c := t.fold[0]
		if c < 'a' || c > 'z' || count[c-'a'] == 0 {
			return false
		}
		count[c-'a']--
		n++
	}
	return n == len(acr)
}

// placeInName reports whether the known state or place m, which ends a
// run of capitalised words from toks[st] before an acronym in brackets,
// is the place the body the run names is of: it follows "in" inside the
// run, after two capitalised words, and no acronym of an owner stands
// before the run ("the UN Mission in South Sudan" is the UN's, named
// apart).
func placeInName(toks []token, st int, m mention) bool {
	if m.entry.typ != graph.Country && m.entry.typ != graph.Place || m.start < st+3 || toks[m.start-1].fold != "in" {
		return false
	}
	if st > 0 && toks[st-1].word && toks[st-1].upper {
		return false
	}
	return true
}

// branchNameEnd returns the end of a branch's name that the body's name
// ms[k] opens with "in the" and one to three capitalised words that name
// nothing known ("the Islamic State in the Greater Sahara"), or 0.
func branchNameEnd(toks []token, ms []mention, k int) int {
	m := ms[k]
	j := m.end
	if m.kind != aliasName || m.possessive || j+3 >= len(toks) || toks[j].fold != "in" || toks[j+1].fold != "the" {
		return 0
	}
	if k+1 < len(ms) && ms[k+1].start < j+6 {
		return 0
	}
	end := j + 2
	for end < len(toks) && end < j+5 && toks[end].word && toks[end].cap && !toks[end].upper && !toks[end].is(classStopword) && toks[end].fold != "'s" {
		end++
	}
	if end == j+2 || end < len(toks) && toks[end].word && toks[end].cap {
		return 0
	}
	if end < len(toks) && toks[end].in(setNotSurname) {
		// "fought JNIM in the Menaka region": a place the body is in,
		// not its branch.
		return 0
	}
	return end
}

// mentionAt0 returns the mention of ms that starts at token i, or nil.
func mentionAt0(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start == i {
			return &ms[k]
		}
	}
	return nil
}

// dropBlocAdjectiveInName leaves out the adjective of a body that is no
// state, such as "Western" (the Western countries), when it opens a run of
// capitalised words the lexicon does not know that ends with a body's head:
// it is then a word of that body's name, as a compass word is ("the Western
// Regional Command", "Borduria's Western Military District"), and the body
// is no part of the West.
func dropBlocAdjectiveInName(toks []token, ms []mention) []mention {
	out := ms[:0]
	for k, m := range ms {
		if m.kind == aliasDemonym && m.entry.typ != graph.Country && m.end == m.start+1 && toks[m.start].cap && !toks[m.start].hyphen {
			j := m.end
			for j < len(toks) && j < m.end+4 && toks[j].word && toks[j].cap && !toks[j].upper && !toks[j].hyphen && (k+1 == len(ms) || j < ms[k+1].start) {
				j++
			}
			if j > m.end && toks[j-1].is(classOrgHead) && !(j < len(toks) && toks[j].fold == "of") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// widerBody reports whether the capitalised word toks[i] opens a longer
// body's name than the known one m after it: m a body's name of two words
// or more ending with a body's head ("Security Council"), toks[i] a word
// the lexicon knows nothing of and no name before it.
func (x *Extractor) widerBody(toks []token, i int, m *mention) bool {
	t := toks[i]
	if m.entry.typ != graph.Organization || m.kind != aliasName || m.possessive || m.end-m.start < 2 || !toks[m.end-1].is(classOrgHead) {
		return false
	}
	if _, n := matchTitle(toks, i); n > 0 {
		return false
	}
	if t.info != nil && t.classes != 0 || t.upper || t.hyphen || !t.space || i > 0 && toks[i-1].word && toks[i-1].cap && !toks[i-1].is(classDeterminer) && !toks[i-1].is(classOpener) {
		return false
	}
	return toks[m.start].space && !toks[m.start].hyphen
}

// ownWordOpens reports whether the body's name toks[i:end] opens with a
// word of its own that the article also uses alone: two words or three,
// the last a body's head, the first unknown to the lexicon and no given
// name, used alone after "the" ("the Vantar Front ... the Vantar's
// leader").
func (a *article) ownWordOpens(toks []token, i, end int) bool {
	t := toks[i]
	if end-i < 2 || end-i > 3 || !toks[end-1].is(classOrgHead) || !t.word || !t.cap || t.upper || t.hyphen || t.info != nil || t.is(classGivenName) {
		return false
	}
	return a.theWordAlone(t.fold)
}

// theWordAlone reports whether the article uses the capitalised word w
// alone after "the" ("the Vantar said") and never after a locative
// preposition ("in Tigray" is a place).
func (a *article) theWordAlone(w string) bool {
	return a.wordUses()[w]&(usePlaceWord|useAloneAfter) == useAloneAfter
}

// twoWordName reports whether a two-word body's name may start at
// toks[i]: after "the" and at most one lower-case word, and not as a
// place ("in the Oval Office") or the end of a longer name ("Tigray
// People's Liberation Front", "Justice and Equality Movement").
func twoWordName(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].word && !toks[k].cap && toks[k].fold != "the" && toks[k].fold != "and" && toks[k].fold != "of" && !possessiveDeterminer(toks[k]) {
		// A backing glued to its backer, a "pro-" compound, or any
		// compound of lower-case words is one word: "the Peru-backed
		// Vantar Front", "the pro-independence Vantar Front", "the
		// power-sharing Sovereign Council", "the Peru-run Vantar Agency".
		if k > 0 && toks[k].hyphen && (toks[k].in(setGluedParticiple) || toks[k].in(setOwningParticiple) || toks[k-1].is(classModifierPrefix) || toks[k-1].word && !toks[k-1].cap) {
			k--
		}
		k--
	}
	if k >= 0 && (possessiveDeterminer(toks[k]) || toks[k].fold == "'s" && k > 0 && toks[k-1].word && !toks[k-1].cap) {
		// A possessive determines the name as "the" does: "the
		// country's ruling Sovereign Council", "its Steering Board",
		// "Kenya, whose Tarvolah Brigade fought in Somalia".
		return !locativeBefore(toks, k+1)
	}
	return k >= 0 && toks[k].fold == "the" && !locativeBefore(toks, k+1)
}

// possessiveDeterminer reports whether t is a possessive that determines
// a body's name after it as "the" does: "its", "their", and the relative
// "whose" ("Kenya, whose Tarvolah Brigade fought in Somalia").
func possessiveDeterminer(t token) bool {
	return t.fold == "its" || t.fold == "their" || t.fold == "whose"
}

// ofMembersEnd returns the end of a body's name that goes on after its
// head over "of" to the one capitalised plural of those it seats or
// gathers, which no mention covers: "the House of Representatives", "the
// Council of Elders", "the Assembly of Experts" (a cause of two words,
// "Observatory of Human Rights", is left out). It returns j when there is none:
// a state's body ("Ministry of Defence") is left to the catalog, and
// "the Council of Europe" to the place's mention.
func (a *article) ofMembersEnd(toks []token, j int, covered func(int) bool) int {
	k := j + 1
	for k < len(toks) && toks[k].word && toks[k].cap && !covered(k) && toks[k].fold != "'s" && !toks[k].is(classGivenName) && !toks[k].is(classOrgHead) {
		k++
	}
	if k != j+2 || !strings.HasSuffix(toks[k-1].fold, "s") || a.x.catalog.everyStateHas(toks[j-1:k]) {
		return j
	}
	return k
}

// fieldEnd returns the end of the field a body's head names after "of" at
// toks[j], when an owner opens the name: "Peru's Ministry of Public
// Health", "the Chilean Ministry of Transport", "the Front's Office of
// Political Affairs", "Ministry of Foreign Affairs and Trade". The field is
// one to four capitalised words that no mention covers and no given name
// or body's head opens, joined by "and" at most once, and not two or more
// words the lexicon does not know, a person's name; a state's usual body
// ("Ministry of Defence") is the catalog's and covered before. It returns
// j when there is none: "Chile's Council of the Elders" and "Peru's
// Office of Ivo Dragan" name no field.
func fieldEnd(toks []token, j int, covered func(int) bool) int {
	k, words, known, and := j+1, 0, false, false
	for k < len(toks) && words < 4 {
		t := toks[k]
		if t.fold == "and" && !and && words > 0 && k+1 < len(toks) && toks[k+1].word && toks[k+1].cap {
			and = true
			k++
			continue
		}
		if !t.word || !t.cap || covered(k) || t.fold == "'s" || t.is(classGivenName) || t.is(classStopword) || words == 0 && t.is(classOrgHead) {
			break
		}
		words++
		known = known || t.info != nil
		k++
	}
	if words == 0 || words > 1 && !known || !toks[k-1].cap || k < len(toks) && (toks[k].fold == "'s" || toks[k].hyphen) {
		return j
	}
	if k < len(toks) && isNumber(toks[k].fold) && len(toks[k].fold) <= 2 && endsNounPhrase(toks, k+1) {
		// "the Bureau of Special Operations 1": the unit's number.
		k++
	}
	return k
}

// parentOpens reports whether the mention om of an international body
// that has bodies of its own opens the name of one of them, toks[i:end]:
// "the AU Monitoring Mission", "the OSCE Vantar Group", "the ECOWAS
// Standby Force". The name is the whole phrase, as the text writes it.
func (a *article) parentOpens(toks []token, om *mention, i, end int) bool {
	if om.entry.typ != graph.Organization || om.end != i || end-i < 2 || !toks[i].space || toks[i].hyphen || !a.x.catalog.ownsBodies(om.entry) {
		return false
	}
	// An office speaks for its body ("the SADC Liaison Office said"), and
	// a name that goes on over "in", "of" or "for" is read with its
	// complement ("the SADC Committee of the Organ").
	if toks[end-1].in(setOrganNoun) {
		return false
	}
	if end < len(toks) {
		switch toks[end].fold {
		case "in", "for", "to", "on", "at", "of":
			return false
		}
	}
	return true
}

// polityOpens reports whether the mention om of a self-governing region
// the article found by its president's office (entry.polity: "Vantaria
// President Ivo Tarsh") opens the name of a body, toks[i:end], written all
// in capitals after it: "the Vantaria Defence Forces", "the Vantaria
// Counter-Terrorism Forces". As a state's name does, it belongs to the
// name (the caller asks for a head ending it), and the body is the
// region's.
func polityOpens(toks []token, om *mention, i, end int) bool {
	return om.entry.polity && om.end == i && end-i >= 2 && toks[i].space && !toks[i].hyphen
}

// polityBefore reports whether a region's mention that polityOpens reads
// ends at toks[i], so that a word of titles there ("the Vantaria Defence
// Forces") may open a body's name after it.
func polityBefore(ms []mention, toks []token, i int) bool {
	om := mentionEndingAt(ms, i)
	return om != nil && om.entry.polity && toks[i].space && !toks[i].hyphen && !om.possessive
}

// unitCardinal reports whether toks[k] is a unit's number written as a
// cardinal, right after "the" or a possessive: "the 444 Brigade",
// "Libya's 166 Battalion" (not "some 300 Marines").
func unitCardinal(toks []token, k int) bool {
	return k > 0 && (toks[k-1].fold == "the" || toks[k-1].fold == "'s") && isNumber(toks[k].fold) && len(toks[k].fold) <= 4
}

// ordinalWord reports whether w is a number written as an ordinal in
// digits: "36th", "1st", "82nd", "3rd".
func ordinalWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	n, suf := w[:len(w)-2], w[len(w)-2:]
	switch suf {
	case "st", "nd", "rd", "th":
		return isNumber(n)
	}
	return false
}

// writtenAsWord reports whether the article writes w as a word, in lower
// case or with only its first letter capitalised: a city in capitals
// opening a dateline ("JEDDAH: The coalition said") is the "Jeddah" of
// the text, no acronym.
func (a *article) writtenAsWord(w string) bool {
	for _, at := range a.foldUses(w) {
		if t := at.s.toks[at.k]; t.word && !t.upper {
			return true
		}
	}
	return false
}

// bareAcronym reports whether toks[i] is the acronym of a body the
// lexicon does not know: three to six capital letters, no word the
// lexicon has, not itself being defined ("(RSF)") and not in a line of
// capitals (a shouted headline).
func bareAcronym(toks []token, i int) bool {
	t := toks[i]
	if !t.upper || t.info != nil || len(t.text) < 3 || len(t.text) > 6 {
		return false
	}
	letters, digits, ok := acronymShape(t.text)
	if !ok {
		return false
	}
	if digits > 0 && (letters > 2 || !(i > 0 && toks[i-1].fold == "the" || i+1 < len(toks) && toks[i+1].in(setMemberNoun))) {
		// "the M23", "M23 rebels": letters and a number name a body after
		// "the" or before its members' noun only, not a plane or a missile
		// ("F16 jets", "S400").
		return false
	}
	if i > 0 && toks[i-1].fold == "(" {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k == i+1 && hyphenedAcronymEnd(toks, i) > k {
			// "CSP-PSD": a part of the acronym's name.
			continue
		}
		if k >= 0 && k < len(toks) && toks[k].word && toks[k].upper && len(toks[k].text) > 1 {
			return false
		}
	}
	return true
}

// hyphenedAcronymEnd returns the end of the name an acronym at toks[i]
// opens when it goes on over hyphens with one or two parts of that name,
// each in capitals ("CSP-PSD", "SPLM-N") or a capitalised word the
// lexicon does not know ("SSC-Tarvo"); i+1 when none follows. A word the
// lexicon knows after the hyphen joins two names ("US-Houthi talks"), a
// lower-case one qualifies ("RSF-led"), and a shouted line of capitals is
// no name.
func hyphenedAcronymEnd(toks []token, i int) int {
	end := i + 1
	for end < len(toks) && end < i+3 && toks[end].word && toks[end].hyphen && toks[end].info == nil && (toks[end].upper && len(toks[end].text) <= 4 || toks[end].cap && !toks[end].upper) {
		end++
	}
	if end > i+1 && end < len(toks) && toks[end].word && toks[end].upper && len(toks[end].text) > 1 {
		return i + 1
	}
	return end
}

// kindApposedBefore returns where the noun phrase starts, or -1, when the
// name toks[i:j] is apposed to a noun phrase of a body's kind before it,
// set off by commas: "a newly formed self-defence militia, Mata Nuru,
// fought", "the UN peacekeeping mission, Kelvosa.". The phrase opens with
// a determiner; up to five words before its lower-case noun are lower
// case or hyphen-glued, a name the lexicon knows by an alias (a state's:
// "the Chad-backed militia", "the UN ... mission"), or one capitalised
// word it does not know right before a lower-case word (a people's or a
// region's: "a Zande militia"). After "of" or "for" ("the head of the
// coalition, Ivo Tarsh,"), or with a given name opening the name, the
// name is an officer's.
func (x *Extractor) kindApposedBefore(toks []token, i, j int) int {
	if i < 3 || toks[i-1].fold != "," || j >= len(toks) || toks[j].fold != "," && toks[j].fold != "." || toks[i].is(classGivenName) {
		return -1
	}
	k := i - 2
	if toks[k].cap || !toks[k].word || x.words.has(classDescriptor, toks, k) == 0 {
		return -1
	}
	for d := k - 1; d >= 0 && d >= k-5; d-- {
		t := toks[d]
		switch t.fold {
		case "a", "an", "the":
			if d > 0 && (toks[d-1].fold == "of" || toks[d-1].fold == "for") {
				return -1
			}
			return d
		}
		if !t.word || t.cap && !t.hyphen && (t.info == nil && !peopleNameBeforeKind(toks, d) || t.info != nil && len(t.info.aliases) == 0) {
			return -1
		}
	}
	return -1
}

// missionApposedBefore reports whether the one word toks[i:j] is apposed to a
// body's mission, agency or force named before it, with the land it serves
// after "in": "the UN peacekeeping mission in the country, Korvana,", "the
// African Union force, Sorvan,". The name is the mission's own, a body the
// appositive readings make part of its owner (missionAppositions); the
// noun phrase keeps its owner's mention.
func missionApposedBefore(toks []token, ms []mention, i, j int) bool {
	if i < 4 || j != i+1 || toks[i-1].fold != "," || j >= len(toks) || toks[j].fold != "," && toks[j].fold != "." || toks[i].is(classGivenName) {
		// One word: two or more may be the name of the mission's
		// head ("the head of the UN mission, Ana Brel,").
		return false
	}
	k := i - 2
	if m := mentionEndingAt(ms, k+1); m != nil && m.start >= 2 && toks[m.start-1].fold == "in" && (m.entry.typ == graph.Country || m.entry.typ == graph.Place) {
		// "in Mali".
		k = m.start - 2
	} else if k >= 3 && toks[k].word && !toks[k].cap && toks[k].in(setServedLand) && toks[k-1].fold == "the" && toks[k-2].fold == "in" {
		// "in the country", not "in the town": the name would be the
		// town's.
		k -= 3
	}
	if k < 1 || !toks[k].word || toks[k].cap || !toks[k].in(setMissionNoun) {
		return false
	}
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		if m := mentionEndingAt(ms, d+1); m != nil {
			return m.entry.typ == graph.Organization && !m.possessive
		}
		if !toks[d].word || toks[d].cap {
			return false
		}
	}
	return false
}

// describedAfter reports whether an appositive describing a body follows
// a name ending at toks[j]: ", a rebel group", ", the pro-government militia".
func (x *Extractor) describedAfter(toks []token, j int) bool {
	_, ok := x.bodyAppositive(toks, j)
	return ok
}

// bodyAppositive returns the end of the noun of an appositive describing a
// body after a name ending at toks[j], and whether there is one.
func (x *Extractor) bodyAppositive(toks []token, j int) (int, bool) {
	if j+2 >= len(toks) || toks[j].fold != "," {
		return 0, false
	}
	if f := toks[j+1].fold; f != "a" && f != "an" && f != "the" {
		return 0, false
	}
	for k := j + 2; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if !t.word || t.fold == "of" || (t.cap && !t.hyphen && (t.info == nil && !peopleNameBeforeKind(toks, k) || t.info != nil && len(t.info.aliases) == 0)) {
			// Only names of states may qualify the noun: "a US-backed
			// militia", "an Iranian group"; and a people's or a
			// region's name the lexicon does not know, written right
			// before the lower-case noun: "a Zande militia".
			return 0, false
		}
		if t.in(setFirmNoun) && !t.cap {
			// "X, a US private security company,".
			return k + 1, closesAppositive(toks, k+1)
		}
		if n := x.words.has(classDescriptor, toks, k); n > 0 && !toks[k].is(classDeterminer) {
			if k+n < len(toks) && (toks[k+n].fold == "'s" || toks[k+n].fold == "'") {
				// ", the group's leader,": a person, an officer of the
				// body described.
				return 0, false
			}
			if _, tn := matchTitle(toks, k+n); tn > 0 || k+n < len(toks) && toks[k+n].is(classPersonNoun) {
				// ", the coalition spokesman,", ", the militia
				// commander,": an office of the body, whose holder the
				// name is.
				return 0, false
			}
			return k + n, closesAppositive(toks, k+n) || (k+n < len(toks) && !toks[k+n].cap)
		}
	}
	return 0, false
}

// peopleNameBeforeKind reports whether the capitalised word at toks[k],
// which the lexicon does not know, qualifies a lower-case noun right after
// it, as a people's or a region's name does ("a Zande militia", "a Kivu
// youth forum"): the next word is lower case, and the word opens no
// capitalised run of its own ("a Kivu Lions militia" names a body). At a
// sentence's start there is no word before it: "Zande militia, Mata Nuru,".
func peopleNameBeforeKind(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && (k == 0 || !toks[k-1].cap)
}

// ownedBody reports whether the one capitalised word at toks[i], after a
// state's possessive, is a body's name: "Lebanon's Tarvolah", "Somalia's
// Kasoru". A person's surname there ("Turkey's Erdogan") is written after
// a given name or a title somewhere in the article, a body's name never;
// a word the lexicon knows or a given name is no body's.
func (a *article) ownedBody(toks []token, ms []mention, i int) bool {
	if i < 2 || toks[i-1].fold != "'s" || toks[i].info != nil || toks[i].is(classGivenName) || toks[i].upper {
		return false
	}
	if n := i + 1; n < len(toks) && toks[n].word && !toks[n].cap && !toks[n].hyphen && !toks[n].is(classStopword) && !toks[n].is(classReporting) && toks[n].fold != "'s" {
		// "Syria's Shayrat airbase": a noun after the word makes it a
		// place's or a thing's.
		return false
	} else if n < len(toks) && (toks[n].hyphen || toks[n].word && toks[n].cap) {
		return false
	}
	if owner := ownerBefore(toks, ms, i); owner == nil || owner.typ != graph.Country {
		return false
	}
	return !a.afterCapital(toks[i].fold)
}

// afterCapital reports whether the article writes the word w right after
// another capitalised word, as a surname after a given name or a title is
// ("Recep Tayyip Erdogan", "President Erdogan").
func (a *article) afterCapital(w string) bool {
	for _, at := range a.foldUses(w) {
		s, k := at.s, at.k
		if k >= 1 && s.toks[k-1].word && s.toks[k-1].cap {
			if s.toks[k-1].is(classDeterminer) && !(k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].cap) {
				// A sentence's "The" is no given name: "The
				// Tarvoli leader"; but "The Tarvoli Front" is
				// a longer name's.
				continue
			}
			return true
		}
	}
	return false
}

// capitalisedInside reports whether the article writes the word w
// capitalised after a sentence's first word.
func (a *article) capitalisedInside(w string) bool {
	for _, at := range a.foldUses(w) {
		if at.k >= 1 && at.s.toks[at.k].cap {
			return true
		}
	}
	return false
}

// describedWord reports whether the one capitalised word at toks[i] is a
// body's name by the appositive after it, which closes or opens a relative
// clause: "Tarvolah, the Lebanese group that fights alongside ...",
// "backed by Kasoru, a rebel militia,". Not the first word of a sentence
// ("Meanwhile, the group said"), nor one the lexicon knows, nor a given
// name; and "in Kivumbi, a militia commander said" describes no Kivumbi.
// A sentence's first word counts when the article writes it capitalised
// inside a sentence too: a name, not an adverb.
func (a *article) describedWord(toks []token, i int) bool {
	if toks[i].info != nil || toks[i].is(classGivenName) || toks[i].is(classStopword) {
		return false
	}
	if i == 0 && !a.capitalisedInside(toks[i].fold) || i > 0 && (toks[i-1].fold == "," || toks[i-1].is(classReporting)) {
		return false
	}
	e, ok := a.x.bodyAppositive(toks, i+1)
	return ok && (closesAppositive(toks, e) || toks[e].in(setRelativePronoun))
}

// jointAdjectivesStart returns where two adjectives of different states
// glued by a hyphen start when they end right before toks[i]
// ("Lebanese-Palestinian"), else -1.
func jointAdjectivesStart(toks []token, ms []mention, i int) int {
	om := mentionEndingAt(ms, i)
	if om == nil || om.kind != aliasDemonym || om.entry.typ != graph.Country || !toks[om.start].hyphen {
		return -1
	}
	pm := mentionEndingAt(ms, om.start)
	if pm == nil || pm.kind != aliasDemonym || pm.entry.typ != graph.Country || pm.entry == om.entry {
		return -1
	}
	return pm.start
}

// ownerBefore returns the state named right before toks[i] as a demonym or
// a possessive: "Turkish" or "Turkey's" before "Foreign Ministry".
func ownerBefore(toks []token, ms []mention, i int) *entry {
	if m := ownerMentionBefore(toks, ms, i); m != nil {
		return m.entry
	}
	return nil
}

// ownerMentionBefore returns the mention of the state ownerBefore finds,
// or nil.
func ownerMentionBefore(toks []token, ms []mention, i int) *mention {
	for k := range ms {
		m := &ms[k]
		end := m.end
		if m.possessive || (end < len(toks) && toks[end].fold == "'s") {
			end++
		}
		if end == i && m.entry.typ == graph.Country {
			return m
		}
	}
	return nil
}

// bodyOwnerBefore reports whether a body's possessive ends just before
// toks[i]: "the SDF's Manbij Military Council".
func bodyOwnerBefore(toks []token, ms []mention, i int) bool {
	for _, m := range ms {
		if m.end+1 == i && toks[m.end].fold == "'s" && m.entry.typ == graph.Organization {
			return true
		}
	}
	return false
}

// personOwnerBefore reports whether a person's possessive ends just
// before toks[i], perhaps with words of the owned-body-adjective set
// between, a person's the article knows or a name the lexicon does not
// know (possessorStart): "Ivo Tarsh's Vantar Front", "Volkal's ruling
// Unity Party".
func personOwnerBefore(toks []token, ms []mention, i int) bool {
	pm, start, ok := personPossessor(&sentence{toks: toks, mentions: ms}, i)
	if pm != nil {
		return pm.entry.typ == graph.Person
	}
	return ok && start >= 0
}

// personAt reads a person's name at toks[i]: a catalogued or already known
// person mention, or two to four capitalised words (with particles such as
// "al-" or "de") that are not known as anything else. It returns the
// entity and the end of the name.
func (a *article) personAt(s *sentence, i int) (*entry, int) {
	for _, m := range s.mentions {
		if m.start == i {
			if m.entry.typ == graph.Person {
				return m.entry, m.end
			}
			return nil, 0
		}
		if m.start < i && m.end > i {
			return nil, 0
		}
	}
	j := nameRun(s, i)
	if j == 0 {
		return nil, 0
	}
	toks := s.toks
	if s.headline {
		// "Quds Force Commander Visits Quake-Hit Aleppo": in a
		// headline's capitals a verb or an office ends a name.
		if j = i + knownWordAt(toks[i:j]); j-i < 2 {
			return nil, 0
		}
	}
	name := textOf(toks, i, j)
	e := a.discovered(name, graph.Person)
	if e.typ != graph.Person {
		return nil, 0
	}
	a.addPerson(s, i, j, e, name)
	return e, j
}

// addPerson records the person e that discovery found named toks[i:j] as
// name: a mention of it (possessive before "'s"), the name seen, and the
// rank written before it.
func (a *article) addPerson(s *sentence, i, j int, e *entry, name string) {
	toks := s.toks
	m := mention{start: i, end: j, entry: e, possessive: j < len(toks) && toks[j].fold == "'s"}
	s.mentions = append(s.mentions, m)
	sortMentions(s.mentions)
	a.noteRuler(toks, &m, s.index)
	a.see(e, name)
	a.noteRank(toks, i, e)
	a.laterSurnames(s, j, e)
}

// laterSurnames reads the surname of e, a person just discovered in s at
// a name ending at toks[from], where s names him by it again further on
// ("sought to topple President Tarvo al-Lensk, while Chad helped Lensk
// regain control"): the mentions of s were found before the name was
// known. A surname inside a longer capitalised run names someone else.
func (a *article) laterSurnames(s *sentence, from int, e *entry) {
	toks := s.toks
	for k := from + 1; k < len(toks); k++ {
		t := toks[k]
		if !t.cap || !t.word || coveredAt(s, k) || a.refs.localName(t) != e {
			continue
		}
		if k+1 < len(toks) && toks[k+1].word && toks[k+1].cap || toks[k-1].word && toks[k-1].cap && !toks[k].hyphen {
			continue
		}
		start := particleStart(toks, k, nil)
		s.mentions = append(s.mentions, mention{start: start, end: k + 1, entry: e, possessive: k+1 < len(toks) && toks[k+1].fold == "'s"})
		sortMentions(s.mentions)
	}
}

// nameRun returns the end of an unknown person's name at toks[i]: two to
// four capitalised words, with particles, that name nothing known; or 0.
func nameRun(s *sentence, i int) int {
	toks := s.toks
	// Initials, particles and hyphenated parts ("Al-Harith") do not count
	// as words of the name.
	j, initials := i, 0
	for j+2 < len(toks) && j-i < 4 && isInitial(toks, j) && toks[j+2].word && toks[j+2].cap {
		// "S. Jaishankar", "K. P. Oli": initials before the given name
		// or surname count as no word of the name.
		j += 2
		initials++
	}
	for j < len(toks) && j-i-initials < 5 && toks[j].word && toks[j].fold != "'s" {
		if j > i && (toks[j].hyphen || toks[j].is(classNameParticle)) {
			initials++
		}
		if m := mentionAt(s, j); m != nil && j > i+1 && m.entry.typ == graph.Person && toks[j-1].is(classNameParticle) && !toks[j-1].cap {
			// "Jassim bin [Saif Al Thani]": a particle before a known
			// name makes it the end of a longer one.
			end := m.end
			dropMention(s, j)
			j = end
			break
		}
		if m := mentionAt(s, j); m != nil {
			// "Jawad Tork Abadi": two new words and a known surname
			// name someone else than the surname's owner.
			if j-i >= 2 && m.end == j+1 && m.entry.typ == graph.Person && toks[j].cap && !(j+1 < len(toks) && toks[j+1].word && toks[j+1].cap) && !sameFirstName(m.entry.name, toks[i].fold) {
				dropMention(s, j)
				j++
			}
			break
		}
		if !toks[j].cap && !(j > i && toks[j].is(classNameParticle)) && !gluedNamePart(toks, j) {
			break
		}
		if toks[j].cap && toks[j].is(classStopword) && !surnameAfterParticle(toks, i, j) {
			if j != i+1 || !toks[j].is(classRank) || toks[i].is(classRank) || j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].cap || toks[j+1].is(classStopword) || mentionAt(s, j+1) != nil {
				break
			}
			// "Hassan Sheikh Mohamud": an honorific after a given name
			// and before a surname is part of the name.
		}
		if j > i && j+2 < len(toks) && isInitial(toks, j) && toks[j+2].word && toks[j+2].cap {
			// "Pyotr V. Smirnov": a middle initial.
			j += 2
			initials++
			continue
		}
		j++
	}
	for j > i && !toks[j-1].cap && !gluedNamePart(toks, j-1) {
		j--
	}
	if j-i < 2 || j-i-initials > 4 || toks[j-1].in(setNotSurname) {
		// "Damascus International Airport" names a place.
		return 0
	}
	return j
}

// surnameAfterParticle reports whether toks[j], inside a name that starts
// at toks[i], is a capitalised word glued to a lower-case name particle:
// "al-Sheikh" of "Hussein al-Sheikh" is a surname, though "Sheikh" before
// a name is an honorific. A capitalised particle may open a place's name
// instead ("Sharm El-Sheikh").
func surnameAfterParticle(toks []token, i, j int) bool {
	return j > i+1 && toks[j].hyphen && toks[j].cap && toks[j-1].is(classNameParticle) && !toks[j-1].cap
}

// nameSuffix reports whether toks[j] is a suffix that ends a person's name
// of two words or more from toks[i], "Ivo Dragan Jr.", "Ana Mirov III":
// part of the name, though the lexicon knows it as an abbreviation.
func nameSuffix(toks []token, i, j int) bool {
	return j-i >= 2 && toks[j].in(setNameSuffix) && toks[j-1].cap
}

// isInitial reports whether toks[j] is an initial of a name: one capital
// letter and a full stop glued to it ("V." in "Pyotr V. Smirnov").
func isInitial(toks []token, j int) bool {
	return j+1 < len(toks) && len(toks[j].text) == 1 && toks[j].upper && toks[j+1].fold == "." && !toks[j+1].space
}

// gluedNamePart reports whether toks[j] is the lower-case end of a
// hyphenated name word, "Kim Jong-un", "Moon Jae-in": glued to a
// capitalised word and of no word class or pattern, which "-backed" and
// "-led" are ("un" may start the alias "UN", which only capitals match).
func gluedNamePart(toks []token, j int) bool {
	t := toks[j]
	if j == 0 || !t.word || !t.hyphen || t.cap || !toks[j-1].cap || toks[j-1].hyphen {
		return false
	}
	if t.classes != 0 {
		// "Moon Jae-in", "Kim Jong-un": the last syllable of a given name
		// may spell a short function word; a hyphen chain that goes on
		// ("Sunni-on-Shia") is no name.
		return len(t.fold) <= 2 && t.is(classStopword) && (j+1 >= len(toks) || !toks[j+1].hyphen)
	}
	return t.info == nil || len(t.info.patterns) == 0 && len(t.info.titles) == 0
}

// sameFirstName reports whether the name starts like the word first:
// "Sergey Viktorovich Lavrov" is Sergei Lavrov, with his patronymic.
func sameFirstName(name, first string) bool {
	f := foldWord(strings.Fields(name)[0])
	n := min(3, len(f), len(first))
	return n > 0 && f[:n] == first[:n]
}

// dropMention removes the mention starting at token i.
func dropMention(s *sentence, i int) {
	for k := range s.mentions {
		if s.mentions[k].start == i {
			s.mentions = append(s.mentions[:k], s.mentions[k+1:]...)
			return
		}
	}
}

// mentionAt returns the mention starting at token i, if any.
func mentionAt(s *sentence, i int) *mention {
	return mentionAt0(s.mentions, i)
}

// discovered returns the article's entity called name, creating it with
// type typ if the article has not seen it.
func (a *article) discovered(name string, typ graph.EntityType) *entry {
	if e, ok := a.x.catalog.byName[name]; ok {
		return e
	}
	if e, ok := a.cast.found[name]; ok {
		return e
	}
	e := &entry{name: name, typ: typ}
	e.names = nameWordsOf(e)
	a.cast.found[name] = e
	return e
}

// knownWordAt returns the index of the first of toks that the lexicon
// knows as a pattern's verb or noun or as an office's title, or len(toks).
func knownWordAt(toks []token) int {
	for k, t := range toks {
		if in := t.info; in != nil && (len(in.patterns) > 0 || len(in.titles) > 0) {
			return k
		}
	}
	return len(toks)
}

// unknownNameEnd returns the end of the words from toks[i] that may make a
// name the lexicon does not know: up to four capitalised words (name
// particles after the first), none covered by a mention, in capitals, a
// body's head or otherwise known, trailing particles dropped. It returns 0
// when one of them is known; callers check the name's length. A word the
// lexicon knows only as the given name of catalog people, whose names did
// not match here, counts as unknown: "Michel Menassa, a retired general,"
// is someone new, whoever else the catalog calls Michel. So does a common
// given name after the first word, one of the name's words ("Tanzania's
// Samia Suluhu Hassan").
func unknownNameEnd(s *sentence, i int) int {
	toks := s.toks
	j := i
	for j < len(toks) && j-i < 4 && toks[j].word && (toks[j].cap || j > i && toks[j].is(classNameParticle)) {
		if nameSuffix(toks, i, j) {
			j++
			break
		}
		if coveredAt(s, j) || toks[j].upper || toks[j].is(classOrgHead) || (toks[j].info != nil && !toks[j].is(classNameParticle) && !toks[j].info.givenOnly && !(j > i && givenNameOnlyClass(toks[j]))) {
			return 0
		}
		j++
	}
	for j > i && !toks[j-1].cap {
		j--
	}
	return j
}

// givenNameOnlyClass reports whether the lexicon knows t as a given name
// and nothing else: no other class, title or pattern.
func givenNameOnlyClass(t token) bool {
	return t.is(classGivenName) && t.classes&^(1<<classGivenName) == 0 && len(t.info.titles) == 0 && len(t.info.patterns) == 0
}

// mentionEndingAt returns the mention of ms that ends at token end, or nil.
func mentionEndingAt(ms []mention, end int) *mention {
	for k := range ms {
		if ms[k].end == end {
			return &ms[k]
		}
	}
	return nil
}

// surnamedPerson returns the end of a person's name at toks[i] whose last
// word the article also uses alone, as news names people after the first
// time ("allies of Trerdal Lousdrak" ... "congratulated Lousdrak"): two or
// three capitalised words the lexicon does not know, not inside a longer
// capitalised run. It returns 0 for anything else.
func (a *article) surnamedPerson(s *sentence, i int) int {
	toks := s.toks
	if i > 0 && toks[i-1].word && (toks[i-1].cap || toks[i-1].hyphen) || locativeBefore(toks, i) {
		// "fighting in Wad Madani": a place.
		return 0
	}
	j := unknownNameEnd(s, i)
	if j-i < 2 || j-i > 3 || j < len(toks) && (toks[j].hyphen || toks[j].fold == "(" || toks[j].is(classOrgHead)) {
		return 0
	}
	if toks[j-1].hyphen && !(j-2 > i && toks[j-2].is(classNameParticle)) || !a.usedAlone(toks[j-1].fold) || a.usedAlone(toks[i].fold) {
		// "Tarvo al-Lensk": a particle's hyphened surname is one.
		return 0
	}
	return j
}

// usedAlone reports whether the article uses the capitalised word w on
// its own, with no capitalised word beside it nor a name particle and a
// surname after it ("Tarvo al-Lensk"); at the start of a sentence, only
// before a reporting verb, "and" or a possessive ("Lensk said").
func (a *article) usedAlone(w string) bool {
	return a.wordUses()[w]&useAlone != 0
}

// aloneAt reports whether toks[k] is a capitalised word used on its own,
// as usedAlone asks.
func aloneAt(toks []token, k int) bool {
	t := toks[k]
	if !t.word || !t.cap || t.upper || t.hyphen || t.info != nil {
		return false
	}
	if k == 0 && !(len(toks) > 1 && toks[1].word && !toks[1].cap && (toks[1].is(classReporting) || toks[1].fold == "and" || toks[1].fold == "'s")) {
		// At a sentence's start, only before a reporting verb, "and" or
		// a possessive: "Lensk said", "Lensk and his family".
		return false
	}
	if k > 0 && toks[k-1].word && (toks[k-1].cap || toks[k-1].fold == "'s") {
		return false
	}
	if k+1 < len(toks) && toks[k+1].word && (toks[k+1].cap || toks[k+1].hyphen) {
		return false
	}
	// "Tarvo al-Lensk", "Tarvo bin Lensk": a given name.
	return !(k+2 < len(toks) && toks[k+1].is(classNameParticle) && toks[k+2].word && toks[k+2].cap)
}

// namesGroupAlone reports whether the article uses the capitalised word w
// on its own somewhere, as a group's name rather than as the first word of
// "w fighters": no capitalised word beside it and no group's noun after
// it ("Wagner's men", "backed by Fano", but not "Fano militiamen").
func (a *article) namesGroupAlone(w string) bool {
	for _, at := range a.foldUses(w) {
		toks, k := at.s.toks, at.k
		t := toks[k]
		if t.fold != w || !t.word || !t.cap || t.upper || t.hyphen {
			continue
		}
		if k == 0 {
			// A sentence's first word is capitalised anyway, but this
			// one is the group's unknown word.
		} else if p := toks[k-1]; p.word && p.cap && !p.is(classStopword) && !p.is(classDeterminer) {
			continue
		}
		if k+1 < len(toks) {
			n := toks[k+1]
			if n.word && (n.cap || n.hyphen) || n.word && (n.is(classDescriptor) || n.in(setMemberNoun) || n.in(setTroopNoun)) {
				continue
			}
		}
		return true
	}
	return false
}

// patronymicPerson returns the end of a person's name at toks[i] that a
// particle of descent inside it shows to be one, whatever the given name:
// "Nores bin Gorsel Al-Dimran", "Tarsh ibn Velkan" (a capitalised word
// the lexicon does not know, a lower-case "bin" or "ibn", and the
// capitalised rest of the name, nameRun); 0 for anything else.
func patronymicPerson(s *sentence, i int) int {
	toks := s.toks
	if i+2 >= len(toks) || !toks[i].word || toks[i].upper || toks[i].hyphen || toks[i].info != nil || !toks[i+1].in(setDescentParticle) || toks[i+1].cap || !toks[i+2].word || !toks[i+2].cap {
		return 0
	}
	if j := nameRun(s, i); j >= i+3 {
		return j
	}
	return 0
}

// titledSurname returns the end of a person's surname at toks[i] right
// after a capitalised title, "President Drimou has chosen", "Foreign
// Minister Kasoru met": one capitalised word the lexicon does not know,
// no body's head, with no capitalised word or hyphen after it. It returns
// 0 for anything else.
func titledSurname(s *sentence, i int) int {
	toks := s.toks
	if i == 0 || !toks[i-1].cap || unknownNameEnd(s, i) != i+1 {
		return 0
	}
	if n := i + 1; n < len(toks) && (toks[n].word && toks[n].cap || toks[n].hyphen || toks[n].is(classOrgHead)) {
		return 0
	}
	for st := i - 1; st >= 0 && st >= i-4; st-- {
		if _, n := matchTitle(toks, st); n > 0 && st+n == i && toks[st].cap {
			return i + 1
		}
	}
	return 0
}

// rankedPerson returns the end of a person's name at toks[i] that follows
// a rank, "Rear Admiral Traltroun Gurta": two or three capitalised words
// the lexicon does not know. It returns 0 for anything else.
func (a *article) rankedPerson(s *sentence, i int) int {
	toks := s.toks
	k := i - 1
	if k >= 0 && toks[k].fold == "." {
		k--
	}
	if k < 0 || !toks[k].cap || !toks[k].is(classRank) && !a.rankEndsAt(toks, k) {
		return 0
	}
	j := a.x.rankedNameEnd(s, i)
	if j-i < 2 || j < len(toks) && (toks[j].is(classOrgHead) || toks[j].hyphen) {
		return 0
	}
	return j
}

// rankedNameEnd returns the end of a name after a rank, as unknownNameEnd
// does, but given names count as the name's ("General Abdel Karim Velt")
// and particles and hyphenated parts do not count towards its three words
// ("General Abdul Rahman al-Malvik"): after a rank, capitals name a person.
// A word the lexicon knows only as the first of a longer name ("Turki" of
// a catalog's "Turki al-Faisal") is a name's word too (nameWordFree).
func (x *Extractor) rankedNameEnd(s *sentence, i int) int {
	toks := s.toks
	j, words := i, 0
	for j < len(toks) && words < 4 && toks[j].word && (toks[j].cap || j > i && toks[j].is(classNameParticle)) {
		t := toks[j]
		if words >= 2 && nameSuffix(toks, i, j) {
			j++
			break
		}
		if coveredAt(s, j) || t.upper || t.is(classOrgHead) || (t.info != nil && !t.is(classNameParticle) && !t.is(classGivenName) && !x.nameWordFree(t)) {
			return 0
		}
		if j == i || !t.hyphen && !t.is(classNameParticle) {
			words++
		}
		j++
	}
	if words > 3 {
		return 0
	}
	for j > i && !toks[j-1].cap {
		j--
	}
	return j
}

// honorificInName returns the end of a person's name at toks[i] whose
// second word is an honorific that names carry inside them, "Tarsh
// Sheikh Velkan Ashar", "Ana Haji Mirov": a capitalised word the lexicon
// does not know, not inside a run of capitals, then a rank and the name a
// rank opens (rankedNameEnd), one word at least. Without the first word
// the rank would open a shorter name, another man's. 0 when toks[i] opens
// no such name.
func (x *Extractor) honorificInName(s *sentence, i int) int {
	toks := s.toks
	t := toks[i]
	if i+2 >= len(toks) || t.info != nil || !t.word || !t.cap || t.upper || t.hyphen || i > 0 && toks[i-1].word && toks[i-1].cap && !coveredAt(s, i-1) {
		return 0
	}
	r := toks[i+1]
	if !r.cap || !r.space || !r.is(classRank) || x.words.has(classRank, toks, i+1) != 1 || coveredAt(s, i+1) {
		return 0
	}
	j := x.rankedNameEnd(s, i+2)
	if j <= i+2 || j < len(toks) && (toks[j].is(classOrgHead) || toks[j].hyphen || toks[j].in(setNotSurname)) {
		return 0
	}
	return j
}

// capitalOpensName reports whether toks[i], a function word the lexicon
// knows ("All", "New", "Our"), opens a body's name because it is
// capitalised where no sentence starts: after a lower-case word, a
// possessive (its "s" is a lower-case word) or "the" and before more
// capitals, "the ruling All Ruritania Congress", "Vandril's All Ruritania
// Congress", "The New Borduria Movement said". A capitalised word that
// opens the sentence or a line of capitals ("All three parties", a
// headline) opens nothing.
func capitalOpensName(toks []token, i int, covered func(int) bool) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].upper || toks[i].hyphen || !toks[i+1].word || !toks[i+1].cap || toks[i+1].upper || covered(i+1) {
		return false
	}
	p := toks[i-1]
	return p.word && (!p.cap || p.fold == "the") && !p.hyphen
}

// rankEndsAt reports whether a rank of several words ends at toks[k]:
// "Rear Admiral", "Maj. Gen".
func (a *article) rankEndsAt(toks []token, k int) bool {
	for st := k; st >= 0 && st > k-4; st-- {
		n := a.x.words.has(classRank, toks, st)
		if n > 0 && (st+n == k+1 || st+n == k+2 && toks[k+1].fold == ".") {
			return true
		}
	}
	return false
}

// ledByPerson returns the end of a person's name at toks[i] after a
// passive of leading, "led by Mira Castell", "jointly chaired by Oren Malik
// and Dara Sefton", "led by veteran officer Mira Castell", "led by the
// Vardan militant Mira Castell" (a state's adjective among the words that
// describe the leader): two or three capitalised words the lexicon does
// not know, or four that a comma or the sentence's end closes ("chaired by
// Ivo Karel Dunmo Tarsh,"), not before a body's head, a hyphen, a bracket
// or another capitalised word. States and bodies lead too, but their names
// end with a body's head or are known. It returns 0 for anything else.
func ledByPerson(s *sentence, i int) int {
	toks := s.toks
	k := i - 1
	if k >= 1 && toks[k].fold == "and" {
		// "by A and B": the second name of the list after the verb.
		m := lastMentionEndingAt(s, k)
		if m == nil || m.entry.typ != graph.Person {
			return 0
		}
		k = m.start - 1
	}
	for n := 0; n < 3 && k > 1 && toks[k].fold != "by" && (leaderWord(toks, k) || stateAdjective(toks[k])); n++ {
		// "led by veteran officer Mira Castell", "led by the Vardan
		// militant Mira Castell": the words that describe the leader,
		// as ledByPersonAfter and ledLeader read them.
		k--
	}
	if k < 1 || toks[k].fold != "by" || !toks[k-1].in(setHeadVerb) {
		return 0
	}
	j := unknownNameEnd(s, i)
	closed := j == len(toks) || toks[j].fold == "," || toks[j].fold == "."
	if j-i < 2 || j-i > 4 || j-i == 4 && !closed || j < len(toks) && (toks[j].is(classOrgHead) || toks[j].hyphen || toks[j].fold == "(" || toks[j].word && toks[j].cap) {
		return 0
	}
	return j
}

// ruledPerson returns the end of a ruler's name at toks[i] that his rule
// after it makes a person's: "the Tarvo Lensk regime", "Tarvo Lensk's
// regime" (word set regime-noun): the whole capitalised run before it is
// an unknown person's name (nameRun: two to four words, with particles; a
// short form read before, "the Lensk regime", ends it). One word
// alone ("the Vandril regime") is read with the mentions. It returns 0 for
// anything else.
func ruledPerson(s *sentence, i int) int {
	toks := s.toks
	if i > 0 && toks[i-1].word && (toks[i-1].cap || toks[i-1].hyphen) {
		return 0
	}
	j := i
	for j < len(toks) && j < i+6 && toks[j].word && toks[j].fold != "'s" && (toks[j].cap || toks[j].hyphen || toks[j].is(classNameParticle)) {
		j++
	}
	if j-i < 2 || j+1 >= len(toks) {
		return 0
	}
	k := j
	if toks[k].fold == "'s" {
		k++
	} else if i == 0 || toks[i-1].fold != "the" {
		return 0
	}
	if k >= len(toks) || !toks[k].in(setRegimeNoun) || toks[k].cap || !endsNounPhrase(toks, k+1) {
		return 0
	}
	if nameRun(s, i) != j {
		// A known word inside, or a body's name.
		return 0
	}
	return j
}

// shapedPerson returns the end of a person's name at toks[i] that its
// shape or the words after it make a person's, with no title: a middle
// initial ("Pyotr V. Smirnov"), a name particle between capitalised words
// ("Luis de la Vega", "Ursula von der Leyen"), or an age after a comma
// ("Ivo Dragan, 54,"). The words are two to four, the lexicon knows none
// of them, no body's head ends or follows them, and no locative
// preposition stands before them ("in Rio de Janeiro"). It returns 0 for
// anything else.
func (a *article) shapedPerson(s *sentence, i int) int {
	toks := s.toks
	if i > 0 && toks[i-1].word && (toks[i-1].cap || toks[i-1].hyphen) || locativeBefore(toks, i) || !unknownCap(s, i) {
		return 0
	}
	j := i + 1
	shaped := false
	switch {
	case isInitial(toks, j) && unknownCap(s, j+2):
		// "Pyotr V. Smirnov".
		j += 3
		shaped = true
	default:
		p := j
		for p < len(toks) && p < j+3 && toks[p].word && !toks[p].cap && !toks[p].hyphen && toks[p].is(classNameParticle) && !toks[p].in(setArticleParticle) {
			p++
		}
		if p > j && unknownCap(s, p) {
			// "Luis de la Vega".
			j = p + 1
			shaped = true
		} else if unknownCap(s, j) {
			j++
		} else {
			return 0
		}
	}
	for j < len(toks) && j-i < 5 && unknownCap(s, j) {
		j++
	}
	if j < len(toks) && (toks[j].is(classOrgHead) || toks[j].hyphen || toks[j].fold == "(" || toks[j].word && toks[j].cap) {
		return 0
	}
	if !shaped && !(j+2 < len(toks) && toks[j].fold == "," && isAge(toks[j+1].text) && (toks[j+2].fold == "," || isTerminal(toks[j+2]))) {
		// An age after a comma: "Ivo Dragan, 54,".
		return 0
	}
	return j
}

// unknownCap reports whether toks[k] is a capitalised word the lexicon
// does not know and no mention covers, that may be part of a name.
func unknownCap(s *sentence, k int) bool {
	toks := s.toks
	return k < len(toks) && toks[k].word && toks[k].cap && !toks[k].upper && toks[k].info == nil && !coveredAt(s, k) && !toks[k].is(classOrgHead)
}

// delegatePerson returns the end of a person's name at toks[i] in a list
// of a delegation's members, "the delegation included Ivo Dragan, Petra
// Novak and Milan Horvat": two or three capitalised words the lexicon does
// not know, ending the list or followed by the next member, after a verb of
// inclusion that follows a delegation's noun. It returns 0 for anything
// else.
func delegatePerson(s *sentence, i int) int {
	toks := s.toks
	j := unknownNameEnd(s, i)
	if j-i < 2 || j-i > 3 || j < len(toks) && !(toks[j].fold == "," || toks[j].fold == "and" || toks[j].fold == "(" || isTerminal(toks[j])) {
		return 0
	}
	// Back over the members before this one to the verb.
	k := i - 1
	for k > 0 && k > i-30 && (toks[k].fold == "," || toks[k].fold == "and" || coveredAt(s, k) || toks[k].word && toks[k].cap || toks[k].is(classNameParticle) || toks[k].fold == ".") {
		k--
	}
	if k < 1 || !toks[k].in(setIncludeVerb) {
		return 0
	}
	for d := k - 1; d >= 0 && d >= k-3; d-- {
		if toks[d].in(setDelegationNoun) {
			return j
		}
	}
	return 0
}

// actingPerson returns the end of a person's name at toks[i] that stands
// where only a person stands, with no title and no given name the lexicon
// knows: the subject of a person's verb ("Ivo Dragan met the envoy", "Ana
// Mirov has resigned", "Tarsh Velkan held talks with"), at the start of a
// clause, the one met ("met Ivo Dragan", "held talks with Ana Mirov"), a
// person of a body ("Ivo Dragan of Hamas,", bodyOfAfter), or the one a
// person's noun describes ("the Chadian diplomat Ivo Dragan",
// "led by the preacher Ana Mirov") when a function word, a verb or
// punctuation ends the name (not "the preacher Ivo Dragan group").
// The name is a name run (nameRun: two to four capitalised words, with
// initials, particles and hyphenated parts, "Lo Ting-wai") of words the
// lexicon knows as no verb, title or word class other than a given name
// ("Tarsh Ibrahim"), none inside a mention, not after a locative preposition, not ending in
// or before a body's head, a hyphen, a bracket or another capital: places
// and bodies fill these slots too, but their names are known or have a
// head ("the Borduria Front met"). It returns 0 for anything else.
func (a *article) actingPerson(s *sentence, i int) int {
	toks := s.toks
	if s.headline || toks[i].upper || locativeBefore(toks, i) {
		return 0
	}
	j := nameRun(s, i)
	if j == 0 || j < len(toks) && (toks[j].is(classOrgHead) || toks[j].hyphen || toks[j].fold == "(" || toks[j].word && toks[j].cap) {
		return 0
	}
	for k := i; k < j; k++ {
		t := toks[k]
		if nameSuffix(toks, i, k) {
			continue
		}
		if coveredAt(s, k) || t.upper || t.cap && t.info != nil && (t.classes&^(1<<classGivenName|1<<classNameParticle) != 0 || len(t.info.patterns) > 0 || len(t.info.titles) > 0) {
			return 0
		}
	}
	if personMetBefore(toks, i) || personActsAfter(toks, i, j) || a.personDescribedBefore(toks, i) && closesName(toks, j) || (i == 0 || toks[i-1].fold != "the") && bodyOfAfter(s, j) {
		return j
	}
	return 0
}

// personNounAt returns the length of a lower-case noun at toks[i] that
// only a person is, a person-noun ("diplomat", "top diplomat") or a
// person-role-noun ("activist", "businessman"), else 0.
func (a *article) personNounAt(toks []token, i int) int {
	if i >= len(toks) || toks[i].cap || !toks[i].word {
		return 0
	}
	if toks[i].in(setPersonRoleNoun) {
		return 1
	}
	return a.x.words.has(classPersonNoun, toks, i)
}

// personDescribedBefore reports whether a lower-case noun that only a
// person is, a person-noun ("diplomat", "commander") or a person-role-noun
// ("preacher", "businessman"), ends right before toks[i].
func (a *article) personDescribedBefore(toks []token, i int) bool {
	if i == 0 || toks[i-1].cap || !toks[i-1].word {
		return false
	}
	if toks[i-1].in(setPersonRoleNoun) {
		return true
	}
	for st := i - 1; st >= 0 && st >= i-3; st-- {
		if a.x.words.has(classPersonNoun, toks, st) == i-st {
			return true
		}
	}
	return false
}

// personMentionAt reports whether a person's mention starts at toks[i].
func personMentionAt(s *sentence, i int) bool {
	m := mentionAt(s, i)
	return m != nil && m.entry.typ == graph.Person
}

// closesName reports whether toks[j], right after a name, ends it as a
// noun phrase: punctuation, the end, a function word or a verb of speech,
// action or an auxiliary; not a noun the name would qualify.
func closesName(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word {
		return true
	}
	t := toks[j]
	return t.is(classStopword) || t.in(setAuxVerb) || t.in(setAuxWord) || t.in(setPersonActVerb) || t.in(setSaysVerb) || t.in(setSpeechVerb)
}

// nicknamedPerson returns the end and the name of a person's name at
// toks[i] with a nickname in quotation marks inside it, "Tarsh "Barbecue"
// Velkan", "Ana 'Tiger' Mirov-Dal": one or two capitalised words, the
// nickname (skipNickname), then one or two capitalised words the lexicon
// does not know, not before a capital, a hyphen or a body's head. Only a
// person's name holds a nickname so; the name leaves it out, as news
// does when it names the person again. It returns 0 for anything else.
func nicknamedPerson(s *sentence, i int) (int, string) {
	toks := s.toks
	quote := func(k int) bool { return k < len(toks) && (toks[k].fold == `"` || toks[k].fold == "'") }
	if !quote(i+1) && !quote(i+2) {
		// The cheap test first: no quotation mark where a nickname
		// would open.
		return 0, ""
	}
	q := i
	for q < len(toks) && q < i+2 && toks[q].word && toks[q].cap && !toks[q].upper && !coveredAt(s, q) && (toks[q].info == nil || toks[q].classes&^(1<<classGivenName) == 0) {
		q++
	}
	if q == i || q >= len(toks) || toks[q].fold != `"` && toks[q].fold != "'" {
		return 0, ""
	}
	k := skipNickname(toks, q)
	if k == q {
		return 0, ""
	}
	j := unknownNameEnd(s, k)
	if j-k < 1 || j-k > 2 || toks[j-1].in(setNotSurname) || j < len(toks) && (toks[j].word && toks[j].cap || toks[j].hyphen || toks[j].is(classOrgHead)) {
		return 0, ""
	}
	return j, textOf(toks, i, q) + " " + textOf(toks, k, j)
}

// bodyOfAfter reports whether "of" and a body's name follow a name ending
// at toks[j] and end its phrase, "Tarsh Velkan of the Borduria Front,",
// "... of Hamas and ...": a person of a body, whom memberOfBody makes its
// member. A state after "of" says no more than where a place is.
func bodyOfAfter(s *sentence, j int) bool {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].fold != "of" {
		return false
	}
	k := j + 1
	if toks[k].is(classDeterminer) {
		k++
	}
	m := mentionAt(s, k)
	if m == nil || m.entry.typ != graph.Organization || m.kind == aliasDemonym || m.possessive {
		return false
	}
	if e := m.end; e < len(toks) {
		switch f := toks[e].fold; {
		case f == "," || f == "(" || f == "." || f == "and" || f == "who" || toks[e].is(classReporting) || toks[e].in(setSpeechVerb) || toks[e].in(setPersonActVerb):
		default:
			return false
		}
	}
	return true
}

// personMetBefore reports whether the name at toks[i] is the object of a
// meeting: right after a person-meet-word, or after "with" that follows
// one ("talks with", "spoke with").
func personMetBefore(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && toks[k].fold == "with" {
		k--
	}
	return k >= 0 && toks[k].in(setPersonMeetWord)
}

// personActsAfter reports whether the name toks[i:j] opens a clause and is
// the subject of a person-act-verb right after it, past auxiliaries and
// adverbs ("has also met", "was sworn in"); "held" counts before "talks".
func personActsAfter(toks []token, i, j int) bool {
	if i > 0 && !(toks[i-1].fold == "," || toks[i-1].in(setSubordinator)) {
		return false
	}
	k := j
	if k < len(toks) && toks[k].fold == "." && !toks[k].space && toks[k-1].in(setNameSuffix) {
		// "Ivo Dragan Jr. met".
		k++
	}
	k = skipAux(k, 1, 3, auxVerbs|auxAdverbs, auxTokenAt(toks))
	if k >= len(toks) {
		return false
	}
	if toks[k].fold == "held" {
		return k+1 < len(toks) && toks[k+1].fold == "talks"
	}
	return toks[k].in(setPersonActVerb)
}

// isAge reports whether s is a person's age as news gives it after a
// name: two digits, not a year nor a count ("Camp Bastion, 2012,").
func isAge(s string) bool {
	return len(s) == 2 && s[0] >= '1' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
}

// maxSubName bounds the capitalised words of each part of a sub-body's
// name, so that a run of names is not read as one.
const maxSubName = 4

// discoverSubBodies finds the bodies a known body's name or "its" opens:
// "the SADC Mission in Mozambique", "the UN Commission on Human Rights in
// South Sudan", "its Central Africa Province", "its own Barkhane force".
// Each is named by the text's phrase; one opened by a body's name is part
// of that body (one after "its" is left to the actor reading, which knows
// the antecedent). A name opened by a body needs a complement after its
// head ("in Mozambique", "of the Organ"): without one ("the SDF Media
// Center") the name cost precision on a held-out set, being more often an
// office speaking for its body than a body an analyst lists.
func (a *article) discoverSubBodies(s *sentence, toks []token, ms []mention) []mention {
	var found []mention
	var owners []*entry
	for k := range ms {
		m := ms[k]
		if m.entry.typ != graph.Organization || m.kind != aliasName || m.end >= len(toks) || !toks[m.end-1].cap || toks[m.end].fold == "'s" || !toks[m.end].space {
			continue
		}
		st := m.start
		if toks[st].fold == "the" {
			// An alias with its article, "the UN": the name has none.
			st++
		}
		if mentionAt0(ms, m.end) != nil {
			continue
		}
		end := a.subNameEnd(toks, ms, m.end)
		if end == 0 {
			continue
		}
		e := a.discovered(textOf(toks, st, end), graph.Organization)
		found = append(found, mention{start: st, end: end, entry: e})
		if _, known := a.x.catalog.byName[m.entry.name]; known {
			owners = append(owners, m.entry)
		} else {
			// "the SITE Intelligence Group": an acronym the lexicon does
			// not know opens the name; it is no body of its own.
			owners = append(owners, nil)
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].fold != "its" {
			continue
		}
		j := i + 1
		if toks[j].fold == "own" {
			j++
		}
		if j >= len(toks) || !toks[j].cap {
			continue
		}
		st := j
		if m := mentionAt0(ms, j); m != nil && m.kind == aliasDemonym && m.end < len(toks) && toks[m.end].cap && !covered(ms, m.end) {
			// "its European Peace Facility".
			j = m.end
		}
		end := a.itsNameEnd(toks, ms, j)
		if end == 0 {
			continue
		}
		e := a.discovered(textOf(toks, st, end), graph.Organization)
		found = append(found, mention{start: st, end: end, entry: e})
		owners = append(owners, nil)
		i = end - 1
	}
	if len(found) == 0 {
		return ms
	}
	// The opening body's mention, which may hold "the", goes with the
	// others the names cover.
	out := mergeMentions(ms, found)
	for k, f := range found {
		if owners[k] != nil {
			a.partOf(s, f.entry, owners[k], 0.8, readOwnedName)
		}
	}
	return out
}

// subNameEnd returns the end of a body's own name that follows a known
// body's name at toks[i]: capitalised words ending in a body's head
// ("Mission", "Ministerial Committee"), then complements with "of", "on",
// "for" or "in" and capitalised words or a place ("of the Organ", "on
// Human Rights", "in South Sudan", "on Politics, Defence and Security").
// It returns 0 when no head ends the first words, a title starts them, or
// no complement follows.
func (a *article) subNameEnd(toks []token, ms []mention, i int) int {
	j := i
	for j < len(toks) && j-i < maxSubName && toks[j].word && toks[j].cap && !toks[j].upper && !covered(ms, j) && !toks[j].is(classStopword) {
		if _, n := matchTitle(toks, j); n > 0 {
			return 0
		}
		j++
		if toks[j-1].is(classOrgHead) {
			break
		}
	}
	if j == i || !toks[j-1].is(classOrgHead) || toks[i].is(classGivenName) {
		return 0
	}
	if j < len(toks) && toks[j].word && toks[j].cap {
		// "UN Mission Chief ...", a longer run: not a name this reads.
		return 0
	}
	end := j
	for n := 0; n < 3 && end+1 < len(toks); n++ {
		jn := toks[end].fold
		if jn != "of" && jn != "on" && jn != "for" && jn != "in" {
			break
		}
		k := end + 1
		if toks[k].fold == "the" && k+1 < len(toks) {
			k++
		}
		if m := mentionAt0(ms, k); m != nil {
			if (jn == "in" || jn == "of" || jn == "for" && m.entry.typ == graph.Country && (m.end >= len(toks) || toks[m.end].fold != "'s")) && (m.entry.typ == graph.Country || m.entry.typ == graph.Place) && !m.possessive && m.kind == aliasName {
				// "the SADC Mission in Mozambique", "the UN Assistance
				// Mission for Chile": the state it serves.
				end = m.end
				continue
			}
			break
		}
		e := capitalRun(toks, ms, k)
		if e == k {
			break
		}
		if jn == "on" || jn == "for" {
			// "on Politics, Defence and Security": a list inside the name.
			for e+2 < len(toks) && (toks[e].fold == "," || toks[e].fold == "and") {
				f := e + 1
				if toks[e].fold == "," && toks[f].fold == "and" {
					f++
				}
				g := f
				for g < len(toks) && g-f < 2 && toks[g].word && toks[g].cap && toks[g].fold != "the" && !covered(ms, g) {
					// "Defence" is a stopword elsewhere, a name's word here.
					g++
				}
				if g == f {
					break
				}
				e = g
				if toks[f-1].fold == "and" {
					break
				}
			}
		}
		end = e
	}
	if end == j {
		return 0
	}
	return end
}

// capitalRun returns the end of up to maxSubName capitalised words from
// toks[k] that no mention covers and no title opens.
func capitalRun(toks []token, ms []mention, k int) int {
	e := k
	for e < len(toks) && e-k < maxSubName && toks[e].word && toks[e].cap && !covered(ms, e) && !toks[e].is(classStopword) {
		if _, n := matchTitle(toks, e); n > 0 {
			break
		}
		e++
	}
	return e
}

// itsNameEnd returns the end of a body's proper name after "its" at
// toks[j]: two capitalised words or more ("Central Africa Province",
// "Panel of the Wise"), or one and a describing noun ("Amaq news
// agency", "Barkhane operation"); or 0. Titles ("its Foreign
// Minister"), states and known names are no such name.
func (a *article) itsNameEnd(toks []token, ms []mention, j int) int {
	if covered(ms, j) || toks[j].upper && len(toks[j].text) < 3 {
		return 0
	}
	if _, n := matchTitle(toks, j); n > 0 {
		return 0
	}
	e := capitalRun(toks, ms, j)
	if e == j {
		return 0
	}
	for e+1 < len(toks) && toks[e].fold == "of" {
		// "Panel of the Wise", "Council of Elders".
		k := e + 1
		if toks[k].fold == "the" && k+1 < len(toks) {
			k++
		}
		g := capitalRun(toks, ms, k)
		if g == k {
			break
		}
		e = g
	}
	if e-j == 1 {
		if toks[j].in(setPlatformName) {
			// "its Telegram channel": an account on a platform.
			return 0
		}
		if n := a.x.words.has(classDescriptor, toks, e); n > 0 && endsNounPhrase(toks, e+n) {
			return e + n
		}
		if e+1 < len(toks) && toks[e].word && !toks[e].cap && toks[e].in(setOwnBodyNoun) && endsNounPhrase(toks, e+1) {
			// "its own Barkhane operation".
			return e + 1
		}
		return 0
	}
	if e < len(toks) && toks[e].word && (toks[e].cap || toks[e].fold == "'s") || toks[e-1].in(setAgreementHead) || toks[e-1].in(setTalksHead) || toks[e-1].in(setTruceNoun) {
		return 0
	}
	if !endsNounPhrase(toks, e) && !toks[e-1].is(classOrgHead) {
		// "its Iron Dome system": a name that qualifies a noun.
		return 0
	}
	return numberedEnd(toks, e)
}

// numberedEnd returns the end of a body's name that ends at toks[e] with
// its number after the head, "Task Force 153", "Brigade 444", "Unit
// 8200": digits after a capitalised body's head, with no noun after them
// ("the Brigade 40 fighters" counts them). It returns e for none.
func numberedEnd(toks []token, e int) int {
	if e == 0 || e >= len(toks) || !toks[e-1].cap || !toks[e-1].is(classOrgHead) {
		return e
	}
	n := unitNumberEnd(toks, e, 5)
	if n < len(toks) && toks[n].word && !toks[n].cap && !toks[n].is(classStopword) && !toks[n].in(setRelativePronoun) {
		return e
	}
	return n
}

// endsNounPhrase reports whether a noun phrase may end before toks[e]: at
// punctuation, a preposition or conjunction, an auxiliary or modal, or a
// verb ("had", "would", "said", "reported"), not before another noun ("its Iron Dome system").
func endsNounPhrase(toks []token, e int) bool {
	if e >= len(toks) || !toks[e].word {
		return true
	}
	t := toks[e]
	switch t.fold {
	case "of", "to", "for", "with", "by", "at", "on", "in", "between", "among", "as", "from", "and", "which", "who", "that", "whose":
		return true
	}
	return t.in(setAuxVerb) || t.in(setAuxWord) || t.in(setPhraseEnd) || t.is(classHedge) || t.is(classReporting) || strings.HasSuffix(t.fold, "ed")
}

// initialsBody returns the body the article named before whose name the
// acronym acr abbreviates, its capitalised words' initials ("RDF" for the
// Rwanda Defence Force, "TPLF" for the Tigray People's Liberation Front),
// or nil when none or several do.
func (a *article) initialsBody(acr string) *entry {
	var found *entry
	for _, e := range a.cast.order {
		if e.typ != graph.Organization || e.name == acr || initials(e.name) != acr {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// initials returns the first letters of the capitalised words of name,
// hyphenated parts included: "RDF" for "Rwanda Defence Force".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r := w[0]; 'A' <= r && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.String()
}

// noteRank records that the person e, named at toks[i], bears the rank
// right before the name ("Prince Karim bin Dalil"), so that "the prince"
// later is he.
func (a *article) noteRank(toks []token, i int, e *entry) {
	if i == 0 || !toks[i-1].is(classRank) || !toks[i-1].cap {
		return
	}
	if a.refs.ranked == nil {
		a.refs.ranked = make(map[string]*entry)
	}
	a.refs.ranked[toks[i-1].fold] = e
}

// readNamedAs is the reading of a body named after a noun for it: "special
// forces known as X".
const readNamedAs = "reading named-as"

// discoverNamedAs finds a body the lexicon does not know, named by the
// text after a noun for a band or body: "the clan fighters known as X",
// "special forces known locally as X", "the operation, code-named X",
// "a militia calling itself the X Brigade", "a new alliance dubbed X".
// The noun and the name are one mention, so that the name acts where the
// noun stands; a state's adjective before the noun ("Tarvian special
// forces known as X") makes the body part of that state rather than the
// state acting; so does a body's name before the noun or a body's or a
// state's possessive ("an African Union force, known as X", "the Union's
// naval mission in the Red Sea, known as X": namedAsOwner, seatBefore).
// "Formerly known as" names a body's old name, not a new
// body, and a name the article knows already is read as it is. States
// named together ("A, B and C, known as the X", "the three countries,
// known as the X") and "the so-called X" name a body by the name alone,
// the states staying themselves.
func (a *article) discoverNamedAs(s *sentence, toks []token, ms []mention) []mention {
	changed := false
	for t := 2; t+1 < len(toks); t++ {
		if e := a.soCalledBody(toks, ms, t); e > 0 {
			ms = append(ms, mention{start: t + 1, end: e, entry: a.namedBody(toks, t+1, e)})
			changed = true
			t = e
			continue
		}
		b, j := namingPhrase(toks, t)
		if j == 0 {
			continue
		}
		h := b - 1
		if toks[h].fold == "," {
			h--
		}
		if h > 0 && !toks[h].in(setNamedAsHead) {
			// "the EU's naval mission in the Red Sea, known as X": the
			// noun before where the body serves.
			h = seatBefore(toks, ms, h)
		}
		// "Chile, Peru and Bolivia, known as the Andean Three", "the
		// three countries, known as the A3": states named together
		// under a name of their own. The name is a body's, and the
		// states stay themselves (their membership is a pattern's).
		states := h > 0 && toks[h+1].fold == "," && (statesListEndingAt(toks, ms, h+1) || toks[h].in(setGroupPluralNoun) && !toks[h].cap && inMention(ms, h) == nil)
		if h < 0 || !states && (!toks[h].word || toks[h].cap || !toks[h].in(setNamedAsHead) || inMention(ms, h) != nil) {
			continue
		}
		if states {
			if toks[j].fold == "the" {
				j++
			}
			if end := namedAsEnd(toks, j); end > 0 && inMention(ms, j) == nil && groupName(toks, j, end) {
				ms = append(ms, mention{start: j, end: end, entry: a.namedBody(toks, j, end)})
				changed = true
				t = end
			}
			continue
		}
		if f := toks[t].fold; (f == "called" || f == "named") && toks[h+1].fold != "," && !indefiniteBefore(toks, h) {
			// "the group called Talvos a traitor" is a verb; "a group
			// called X", "the group, called X," name it.
			continue
		}
		if j < len(toks) && toks[j].fold == "the" {
			j++
		}
		if j < len(toks) && !toks[j].word && toks[j].fold != "," {
			j++ // a quotation mark
		}
		var e *entry
		end := namedAsEnd(toks, j)
		if m := inMention(ms, j); m != nil && m.start == j && m.end < end && m.entry.typ == graph.Organization && !m.possessive && inMention(ms, end-1) == nil {
			// "a separatist group known as the Kelvo Tigers", after
			// "the Kelvo division" made Kelvo a body: the naming phrase
			// names the whole capitalised run, not its first word.
			st, e := m.start, m.end
			ms = slices.DeleteFunc(ms, func(x mention) bool { return x.start == st && x.end == e })
		}
		if m := inMention(ms, j); m != nil {
			// "a militia calling itself the Tana Brigade": a body the
			// discoveries found by its head noun; the noun before is its.
			if m.start != j || m.entry.typ != graph.Organization {
				continue
			}
			e, end = m.entry, m.end
			for k := range ms {
				if ms[k].start == j {
					ms = append(ms[:k], ms[k+1:]...)
					break
				}
			}
		} else if end == 0 || toks[t].fold == "(" {
			continue
		} else if e = a.discovered(textOf(toks, j, end), graph.Organization); e.typ != graph.Organization {
			continue
		}
		mend := end
		if toks[t].fold == "(" {
			if end >= len(toks) || toks[end].fold != ")" {
				continue
			}
			mend = end + 1
		}
		st := modifiersStart(toks, h)
		var state *entry
		if k := mentionEndingBefore(ms, h, 2); k >= 0 && ms[k].kind == aliasDemonym && ms[k].entry.typ == graph.Country && lowerWords(toks[ms[k].end:h]) {
			// "Tarvian special forces known as X": X is the state's.
			st, state = ms[k].start, ms[k].entry
			ms = append(ms[:k], ms[k+1:]...)
		} else if k := namedAsOwner(toks, ms, h, e); k >= 0 {
			// "an African Union force, known as X", "the Union's naval
			// mission, known as X": X is the body's, or the state's.
			st, state = ms[k].start, ms[k].entry
			ms = append(ms[:k], ms[k+1:]...)
		}
		if end-j > 1 {
			a.refs.local["\x00"+toks[j].fold] = e
		} else if a.refs.local[toks[j].fold] == nil {
			a.refs.local[toks[j].fold] = e
		}
		ms = append(ms, mention{start: st, end: mend, entry: e})
		changed = true
		if state != nil {
			a.partOf(s, e, state, 0.8, readNamedAs)
		}
		t = mend
	}
	if changed {
		sortMentions(ms)
	}
	return ms
}

// namedAsOwner returns the index in ms of the owner named before the noun
// toks[h] that a naming phrase follows, or -1: a body's name used as a
// modifier ("an African Union force", "the UN peacekeeping mission") or
// a body's or a state's possessive ("the Union's naval mission",
// "Ruritania's special forces"), with at most two lower-case words
// between, none a verb, a determiner or a possessive pronoun. A body's
// common alias ("the government"), a name that follows another's
// possessive and the named body itself are no owner.
func namedAsOwner(toks []token, ms []mention, h int, named *entry) int {
	k := mentionEndingBefore(ms, h, 3)
	if k < 0 {
		return -1
	}
	m := ms[k]
	if m.entry == named || m.entry.common || m.kind == aliasDefinite || m.start > 0 && toks[m.start-1].fold == "'s" {
		// "Boko Haram's Shekau faction": a name that qualifies the
		// noun after another's possessive owns nothing.
		return -1
	}
	j := m.end
	possessive := j < h && toks[j].fold == "'s"
	if possessive {
		j++
	}
	if h-j > 2 || !lowerWords(toks[j:h]) || verbBetween(toks, j, h) {
		return -1
	}
	for _, t := range toks[j:h] {
		if t.is(classDeterminer) || t.is(classReporting) || t.is(classPossRef) {
			// "the ministry announced the operation, dubbed X", "the
			// Guards said its force, known as X": a clause, not a
			// modifier.
			return -1
		}
	}
	switch {
	case m.entry.typ == graph.Organization && m.kind == aliasName:
		return k
	case m.entry.typ == graph.Country && possessive:
		return k
	}
	return -1
}

// seatBefore returns the noun before the place a body serves that ends at
// toks[h], "mission in the Red Sea", "force in Somalia", "mission in the
// territory": a body's noun (named-as-head), "in", and "the" and a place
// or a state (known or in one to three capitalised words), or "the" and
// a lower-case noun; h itself when there is none.
func seatBefore(toks []token, ms []mention, h int) int {
	p := h
	if m := mentionEndingAt(ms, h+1); m != nil && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) {
		p = m.start - 1
	} else if toks[h].word && !toks[h].cap {
		p = h - 1
	} else {
		// A place the lexicon does not know: "the Red Sea".
		for p > 0 && p > h-3 && toks[p].word && toks[p].cap && inMention(ms, p) == nil {
			p--
		}
	}
	if p > 0 && toks[p].fold == "the" {
		p--
	}
	if p < 1 || p == h || toks[p].fold != "in" || !toks[p-1].word || toks[p-1].cap || !toks[p-1].in(setNamedAsHead) {
		return h
	}
	return p - 1
}

// namedBody returns the body named toks[j:end] by a naming phrase, found
// again where the article names it later: by its first word for a name of
// several words (laterNamedAs), by its word for one.
func (a *article) namedBody(toks []token, j, end int) *entry {
	e := a.discovered(textOf(toks, j, end), graph.Organization)
	if end-j > 1 {
		a.refs.local["\x00"+toks[j].fold] = e
	} else if a.refs.local[toks[j].fold] == nil {
		a.refs.local[toks[j].fold] = e
	}
	return e
}

// soCalledBody returns the end of a body's name after "the so-called" at
// toks[t-1:t+1] ("the so-called Quad said", "the so-called Vantar
// Council"), or 0: a name the article does not know yet, of the shape of
// a body's (groupName), that ends its noun phrase ("the so-called Lima
// format talks" qualifies a noun). A deal or a law so named ("the
// so-called Arica Accords") is left to the agreements.
func (a *article) soCalledBody(toks []token, ms []mention, t int) int {
	if toks[t].fold != "called" || !toks[t].hyphen || toks[t-1].fold != "so" || toks[t-2].fold != "the" {
		return 0
	}
	j := t + 1
	end := namedAsEnd(toks, j)
	if end == 0 || inMention(ms, j) != nil || !groupName(toks, j, end) || !endsNounPhrase(toks, end) {
		return 0
	}
	return end
}

// groupName reports whether toks[j:end], a name after a naming phrase,
// has the shape of a body's or a bloc's: a body's head ends it ("the
// Vantar Council"), or it is one word the lexicon does not know, letters
// and digits perhaps ("the Quint", "the A3"); no word of a deal's
// (agreement-head) ends it.
func groupName(toks []token, j, end int) bool {
	last := toks[end-1]
	if last.in(setAgreementHead) || last.in(setAgreementNoun) {
		return false
	}
	return last.is(classOrgHead) || end-j == 1 && toks[j].info == nil && !toks[j].in(setWeekday) && !isMonth(toks[j])
}

// statesListEndingAt reports whether a list of two states or more ends
// at toks[end]: a state's mention ending there, and "and" or a comma
// with another state's before it ("Chile, Peru and the Lima Republic").
func statesListEndingAt(toks []token, ms []mention, end int) bool {
	m := mentionEndingAt(ms, end)
	if m == nil || m.entry.typ != graph.Country {
		return false
	}
	p := mentionEndingBefore(ms, m.start, 3)
	if p < 0 || ms[p].entry.typ != graph.Country || ms[p].end >= m.start {
		return false
	}
	gap := toks[ms[p].end:m.start]
	if n := len(gap); n > 1 && gap[n-1].fold == "the" {
		// "Egypt and the Lima Republic".
		gap = gap[:n-1]
	}
	return listGap(gap)
}

// discoverDesignated finds the bodies a designation names: the names that
// a verb of classing lists before "as" and a kind of body, "Peru
// designated Vantar Mosk as a terrorist organisation", "listed Dral
// Kessen, the Orvan Guard and Korvath as foreign terrorist
// organizations", "names gangs including Los Vantos and 20 other gangs as
// criminal groups". What a state designates so is a body, whatever its
// words; the class is the cue, not the name. A name the article knows
// keeps its reading; a list that an appositive or a word of no name
// breaks ("designated the Front, an armed group, as"), or a kind that is
// a person's ("as a terrorist", "as its commander"), names none.
func (a *article) discoverDesignated(toks []token, ms []mention) []mention {
	var found []mention
	for v := 0; v+3 < len(toks); v++ {
		if !toks[v].in(setDesignationVerb) || toks[v].cap {
			continue
		}
		k := v + 1
		if toks[k].in(setBodyKindNoun) {
			// "names groups including X", "listed gangs such as X".
			switch {
			case toks[k+1].fold == "including" || toks[k+1].fold == "like":
				k += 2
			case k+2 < len(toks) && toks[k+1].fold == "such" && toks[k+2].fold == "as":
				k += 3
			default:
				continue
			}
		}
		var names []mention
		ok := false
		listed := 0 // the list's members, named or not
		for k < len(toks) {
			st := k
			if toks[st].fold == "the" {
				st++
			}
			if m := inMention(ms, st); m != nil {
				if m.start != st && m.start != k {
					break
				}
				k = m.end
			} else if e := kindOfOthers(toks, st); e > 0 {
				// "and 21 other gangs": no name, the list goes on.
				k = e
			} else if e := namedAsEnd(toks, st); e > 0 && !toks[st].in(setWeekday) {
				if slices.ContainsFunc(ms, func(m mention) bool { return m.start < e && st < m.end }) {
					break
				}
				names = append(names, mention{start: st, end: e})
				k = e
			} else {
				break
			}
			listed++
			if k < len(toks) && toks[k].fold == "," {
				k++
			}
			if k < len(toks) && toks[k].fold == "and" {
				k++
				continue
			}
			if toks[k-1].fold == "," {
				continue
			}
			ok = k < len(toks) && designatedKind(toks, k) && (listed == 1 || !singularKind(toks, k))
			break
		}
		if !ok {
			names = names[:0]
			if designatedKind(toks, v+1) {
				// "the Front, which Peru lists as a terrorist group",
				// "Korvath is designated a terrorist organisation".
				if n, ok := designatedBefore(toks, ms, v); ok {
					names = append(names, n)
					k = v + 1
				}
			}
			if len(names) == 0 {
				continue
			}
		}
		for _, n := range names {
			e := a.discovered(textOf(toks, n.start, n.end), graph.Organization)
			if e.typ != graph.Organization {
				continue
			}
			n.entry = e
			found = append(found, n)
			if w := toks[n.start].fold; n.end-n.start == 1 && a.refs.local[w] == nil {
				// "Korvath said" later names it again.
				a.refs.local[w] = e
			}
			a.noteBodyName(toks, n)
		}
		v = k
	}
	if len(found) == 0 {
		return ms
	}
	return mergeMentions(ms, found)
}

// designatedKind reports whether a designation's kind of body starts at
// toks[k]: "as" and a body's kind ("as foreign terrorist organizations"),
// or an article and one ("a terrorist group", of "designated X a
// terrorist group").
func designatedKind(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].fold == "as" {
		return bodyKindAfter(toks, k+1)
	}
	return (toks[k].fold == "a" || toks[k].fold == "an") && bodyKindAfter(toks, k)
}

// singularKind reports whether the kind a designation gives at toks[k]
// ("as" and a kind, or the kind alone) is one body's, "as a group": several
// names are then no bodies each ("named A and B as a network", review).
func singularKind(toks []token, k int) bool {
	if k < len(toks) && toks[k].fold == "as" {
		k++
	}
	return k < len(toks) && (toks[k].fold == "a" || toks[k].fold == "an")
}

// designatedBefore returns the name that the designation verb at toks[v]
// classes from before it, when its object comes first: a relative clause
// ("Korvath, which Peru and Chile list as", "the Vantar Mosk, which it
// designated"), a passive ("Korvath is listed as", "Korvath has been
// designated") or a participle set off by a comma ("Korvath, listed as").
// The name is capitalised words the lexicon does not know, which no
// mention covers; ok is false for anything else.
func designatedBefore(toks []token, ms []mention, v int) (mention, bool) {
	p := v - 1
	aux := 0
	for p >= 0 && toks[p].word && !toks[p].cap && (toks[p].in(setAuxVerb) || toks[p].in(setAuxWord) || toks[p].fold == "been" || toks[p].fold == "be" || strings.HasSuffix(toks[p].fold, "ly")) {
		p--
		aux++
	}
	end := -1
	switch {
	case p >= 0 && toks[p].fold == ",":
		// "Korvath, listed as".
		end = p
	case p >= 0 && aux > 0 && toks[p].word && toks[p].cap:
		// "Korvath is listed as".
		end = p + 1
	default:
		// "Korvath, which Peru and Chile list as": the subject's names
		// back to the relative pronoun and its comma.
		for q := p; q >= 0 && q > p-12; q-- {
			f := toks[q].fold
			if (f == "which" || f == "that") && q > 0 && toks[q-1].fold == "," && q < p {
				end = q - 1
				break
			}
			if !(toks[q].word && (toks[q].cap || f == "and" || f == "the" || f == "it" || f == "they") || f == ",") {
				break
			}
		}
	}
	if end <= 0 || covered(ms, end-1) {
		return mention{}, false
	}
	st := end
	for st > 0 && toks[st-1].word && (toks[st-1].cap || toks[st-1].is(classNameParticle)) && toks[st-1].fold != "the" && !covered(ms, st-1) && end-st < 5 {
		st--
	}
	for st < end && !toks[st].cap {
		st++
	}
	if st == end || st > 0 && toks[st-1].word && toks[st-1].cap && toks[st-1].fold != "the" || st == 0 && toks[st].info != nil || toks[st].upper && end-st == 1 {
		// A sentence's first word the lexicon knows ("Rebels, which")
		// is no name; an acronym is the acronyms' reading.
		return mention{}, false
	}
	return mention{start: st, end: end}, true
}

// kindOfOthers returns the end of "21 other gangs", "several other groups"
// at toks[i]: up to three lower-case words, then "other" and a body's
// kind; else 0.
func kindOfOthers(toks []token, i int) int {
	if i >= len(toks) || toks[i].cap || !toks[i].word {
		return 0
	}
	for k := i; k < len(toks) && k < i+4 && toks[k].word && !toks[k].cap; k++ {
		if toks[k].fold == "other" && k+1 < len(toks) && toks[k+1].in(setBodyKindNoun) {
			return k + 2
		}
	}
	return 0
}

// bodyKindAfter reports whether the words at toks[j], after "as", are a
// noun phrase of a kind of body: an article, up to three qualifiers
// ("foreign terrorist", "Foreign Terrorist") and a body's kind that ends
// the phrase.
func bodyKindAfter(toks []token, j int) bool {
	if j < len(toks) && (toks[j].fold == "a" || toks[j].fold == "an") {
		j++
	}
	for n := 0; j < len(toks) && n < 4 && toks[j].word; j, n = j+1, n+1 {
		if toks[j].in(setBodyKindNoun) {
			// "as a network of smugglers": the kind is the smugglers',
			// no body's (review).
			return endsNounPhrase(toks, j+1) && (j+1 >= len(toks) || toks[j+1].fold != "of")
		}
		switch toks[j].fold {
		case "of", "to", "for", "with", "by", "at", "on", "in", "the", "and", "or", "from", "against":
			// "as a threat to the group": the kind is no longer the
			// designation's.
			return false
		}
	}
	return false
}

// namingPhrase reads the words that give a body its name at toks[t]:
// "known as", "widely known as", "known locally as", "dubbed",
// "nicknamed", "code-named", "called", "named", "calling itself", or a
// bracket opening before an acronym ("the UN mission (X)"). It returns
// where the phrase starts (with its adverb) and where the name starts, or
// 0 for none.
func namingPhrase(toks []token, t int) (b, j int) {
	switch f := toks[t].fold; {
	case f == "known":
		j = t + 1
		if j < len(toks) && !toks[j].cap && strings.HasSuffix(toks[j].fold, "ly") {
			j++ // "known locally as"
		}
		if j >= len(toks) || toks[j].fold != "as" {
			return 0, 0
		}
		j++
		b = t
		if p := toks[t-1]; p.word && !p.cap && (strings.HasSuffix(p.fold, "ly") || p.fold == "also" || p.fold == "better") {
			if p.fold == "formerly" || p.fold == "previously" {
				return 0, 0
			}
			b--
		}
	case f == "named" && toks[t].hyphen && toks[t-1].fold == "code":
		b, j = t-1, t+1
	case f == "calling" || f == "calls":
		if toks[t+1].fold != "itself" && toks[t+1].fold != "themselves" {
			return 0, 0
		}
		b, j = t, t+2
		if p := toks[t-1].fold; p == "which" || p == "that" {
			b--
		}
	case toks[t].in(setNameGivingWord) && !toks[t].hyphen:
		b, j = t, t+1
	case f == "(" && t+2 < len(toks) && toks[t+1].upper:
		// "the UN peacekeeping mission (MONUSCO)": an acronym in
		// brackets names the body as "known as" does; the caller
		// checks that the bracket closes after it.
		b, j = t, t+1
	default:
		return 0, 0
	}
	return b, j
}

// namedAsEnd returns the end of the name that starts at toks[j] after a
// naming phrase: capitalised words, with name particles, "of" or a number
// inside ("Task Force 88"), or one acronym; 0 for none. A day or a month
// is no name: "the coalition, called Monday".
func namedAsEnd(toks []token, j int) int {
	if j >= len(toks) || !toks[j].word || !toks[j].cap || toks[j].in(setWeekday) || isMonth(toks[j]) {
		return 0
	}
	e := j + 1
	for e < len(toks) && e-j < 6 && toks[e].word && (toks[e].cap || toks[e].is(classNameParticle) || toks[e].fold == "of" || isNumber(toks[e].fold)) {
		e++
	}
	for e > j+1 && !toks[e-1].cap && !isNumber(toks[e-1].fold) {
		e--
	}
	return e
}

// indefiniteBefore reports whether the noun phrase whose head is at
// toks[h] opens with "a", "an" or "another" within three words.
func indefiniteBefore(toks []token, h int) bool {
	for k := h - 1; k >= 0 && k >= h-3 && toks[k].word; k-- {
		switch toks[k].fold {
		case "a", "an", "another":
			return true
		}
	}
	return false
}

// mentionEndingBefore returns the index in ms of the mention that ends at
// most gap tokens before toks[h], or -1.
func mentionEndingBefore(ms []mention, h, gap int) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end <= h && ms[k].end >= h-gap {
			return k
		}
	}
	return -1
}

// laterNamedAs returns the body discoverNamedAs named with several words
// when toks[i:] names it again ("Prosperity Guardian" after "the
// operation, called Prosperity Guardian"), and the end of its name.
func (a *article) laterNamedAs(toks []token, i int) (*entry, int) {
	if !toks[i].cap {
		return nil, 0
	}
	e := a.refs.local["\x00"+toks[i].fold]
	if e == nil {
		return nil, 0
	}
	j := i
	for _, w := range strings.Fields(e.name) {
		if j >= len(toks) || toks[j].fold != foldWord(w) {
			return nil, 0
		}
		j++
	}
	return e, j
}

// modifiersStart returns where the words qualifying the noun at toks[h]
// start: after a determiner within three lower-case words before it ("the
// hill fighters", "a new alliance"), or h itself when no determiner opens
// them, so that a verb before the noun stays out.
func modifiersStart(toks []token, h int) int {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		t := toks[k]
		if !t.word || t.cap {
			return h
		}
		switch t.fold {
		case "the", "a", "an", "its", "their", "his", "her", "these", "those":
			return k + 1
		}
	}
	return h
}

// nameWordAlone makes the first word of a body's two-word name, a word
// of its own and an armed group's head ("the Vostok Group", "the Hamza
// Division", "the Kivu Front"), name the body alone in the rest of the
// article: "Vostok fighters", "Vostok's camps", "the Vostok chief". The
// word must be one the lexicon knows for nothing but the body's names, so
// that "the Popular Front" or "the National Army" lend no common word.
func (a *article) nameWordAlone(toks []token, m *mention) {
	st := m.start
	if toks[st].fold == "the" {
		st++
	}
	if m.end-st != 2 {
		return
	}
	w, h := toks[st], toks[st+1]
	if !w.word || !w.cap || w.upper || w.hyphen || h.hyphen || !h.cap || h.upper || !h.in(setGroupHead) || w.classes != 0 || w.sets != (setBits{}) {
		return
	}
	if in := w.info; in != nil {
		if len(in.patterns) > 0 || len(in.titles) > 0 || in.classes != 0 || in.phrases != 0 {
			return
		}
		for _, pv := range in.aliases {
			for _, al := range pv.value {
				if al.entry != m.entry {
					return
				}
			}
		}
	}
	// A group read from "Tavor fighters" before the article named the
	// Tavor Front is the Front, named in full.
	if e, taken := a.refs.local[w.fold]; (!taken || a.refs.groups[e] && e != m.entry) && !a.usedAsPlace(w.fold) {
		a.refs.local[w.fold] = m.entry
		if taken {
			a.refs.local[w.fold+"s"] = m.entry
		}
	}
}

// usedAsPlace reports whether the article uses the capitalised word w
// after a locative preposition anywhere: "fighting in Tavor" makes Tavor
// the region the Tavor Front is named after.
func (a *article) usedAsPlace(w string) bool {
	return a.wordUses()[w]&usePlace != 0
}

// Ways the article uses a capitalised word (wordUses).
const (
	usePlace      = 1 << iota // after a locative preposition (usedAsPlace)
	usePlaceWord              // so, a whole word with no hyphen (theWordAlone)
	useAloneAfter             // alone after "the", no name's word next (theWordAlone)
	useAlone                  // on its own, no name's word beside it (usedAlone)
)

// wordUses returns how the article uses each capitalised word anywhere,
// gathered once, on the first question, from every sentence (all are
// split before any is read): a question per body mention must not rescan
// the article.
func (a *article) wordUses() map[string]uint8 {
	if a.capUses != nil {
		return a.capUses
	}
	a.capUses = make(map[string]uint8)
	for _, s := range a.sentences {
		toks := s.toks
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			if !t.cap {
				continue
			}
			var use uint8
			if aloneAt(toks, k) {
				use |= useAlone
			}
			if k > 0 && locativeBefore(toks, k) {
				use |= usePlace
				if t.word && !t.hyphen {
					use |= usePlaceWord
				}
			}
			if k > 0 && t.word && !t.hyphen && toks[k-1].fold == "the" && !(k+1 < len(toks) && toks[k+1].word && (toks[k+1].cap || toks[k+1].hyphen)) {
				use |= useAloneAfter
			}
			a.capUses[t.fold] |= use
		}
	}
	return a.capUses
}

// tokenAt is a token of the article: the k-th of sentence s.
type tokenAt struct {
	s *sentence
	k int
}

// foldUses returns where the article writes the fold w, in order: gathered
// once for every fold, on the first question, from every sentence (all
// are split before any is read), so that the questions asked per word
// (inNameWord, namedAsWord, namesGroupAlone, capitalisedInside) read that word's tokens
// alone and not the whole article each time.
func (a *article) foldUses(w string) []tokenAt {
	if !a.foldsRead {
		// Two passes: number each fold and count its uses, looking each
		// token's fold up once; then lay every fold's uses out in one
		// array by the tokens' numbers, with no lookup. The map and the
		// arrays are the scratch's, reused from article to article.
		total := 0
		for _, s := range a.sentences {
			total += len(s.toks)
		}
		if a.foldAt == nil {
			a.foldAt = make(map[string]int32, total/4)
		}
		ids := a.foldIDs[:0]
		ends := a.foldEnd[:0]
		for _, s := range a.sentences {
			for k := range s.toks {
				id, ok := a.foldAt[s.toks[k].fold]
				if !ok {
					id = int32(len(ends))
					a.foldAt[s.toks[k].fold] = id
					ends = append(ends, 0)
				}
				ends[id]++
				ids = append(ids, id)
			}
		}
		// ends[id] becomes where fold id's uses start, then, once they
		// are laid out, where they end.
		at := int32(0)
		for id, c := range ends {
			ends[id] = at
			at += c
		}
		uses := slices.Grow(a.foldList[:0], total)[:total]
		n := 0
		for _, s := range a.sentences {
			for k := range s.toks {
				id := ids[n]
				n++
				uses[ends[id]] = tokenAt{s, k}
				ends[id]++
			}
		}
		a.foldIDs, a.foldEnd, a.foldList = ids, ends, uses
		a.foldsRead = true
	}
	id, ok := a.foldAt[w]
	if !ok {
		return nil
	}
	start := int32(0)
	if id > 0 {
		start = a.foldEnd[id-1]
	}
	return a.foldList[start:a.foldEnd[id]:a.foldEnd[id]]
}

// dropPeopleAdjectives leaves out a state's adjective that is also a
// people's name ("Turkmen", "Uzbek", "Somali") before the head of a band's
// name: "a Turkmen brigade", "the Tajik militia" are the people's band, no
// body of the state, which the adjective would make them.
func dropPeopleAdjectives(toks []token, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.kind == aliasDemonym && m.entry.typ == graph.Country && !m.possessive && toks[m.start].in(setPeopleAdjective) &&
			m.end < len(toks) && !toks[m.end].cap && toks[m.end].in(setPeopleBandHead) {
			continue
		}
		out = append(out, m)
	}
	return out
}
