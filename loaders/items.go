package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// items lays s out as patterns see it: actors, words and punctuation, with
// determiners and short parenthetical remarks ("(L)") left out, and
// coordinated actors joined into groups.
func (a *article) items(s *sentence) []item {
	toks := s.toks
	its := a.itemBuf[:0]
	next := 0
	for i := 0; i < len(toks); {
		for next < len(s.actors) && s.actors[next].start < i {
			next++
		}
		if j := suchAsAt(s, i, next); j > i {
			// "Iraqi groups such as Harakat al-Nujaba": the body named.
			i = j
			continue
		}
		if j := memberOfAt(s, i, next); j > i {
			// "the Afghan volunteers of the Fatemiyoun brigade", "the
			// people of Syria": the body or state.
			i = j
			continue
		}
		if j := a.allegianceAt(s, i, next); j > i {
			// "troops loyal to X", "militias taking orders from X":
			// the fighters stand for X's side.
			i = j
			continue
		}
		if next < len(s.actors) && s.actors[next].start == i {
			ac := s.actors[next]
			if ac.modifier {
				i = ac.end
				continue
			}
			if ac.adjective && next+1 < len(s.actors) && a.rankedPersonAt(s, ac.end, s.actors[next+1]) {
				// "met Sudanese General Amar Tesk": the demonym before a
				// rank says whose officer the person is, as a title's
				// does; the person is the actor.
				i = ac.end
				continue
			}
			if ac.end < len(toks) && toks[ac.end].hyphen && toks[ac.end].in(setCompoundHead) && !toks[ac.end].in(setGluedParticiple) &&
				!(ac.end+1 < len(toks) && toks[ac.end+1].in(setAttackNoun)) {
				// "the YPG-dominated SDF", "Israeli-occupied Golan": the
				// name qualifies what follows and takes no part (but
				// "the Hamas-led attack" names the attack's author).
				i = ac.end + 1
				continue
			}
			if ac.end < len(toks) && toks[ac.end].in(setSiteNoun) && !ac.possessive && !ac.adjective && len(ac.ents) == 1 && ac.ents[0].typ == graph.Country {
				// "welcomed at Damascus airport by X": the capital names
				// a site, not an actor.
				its = append(its, item{fold: toks[ac.end].fold, start: ac.start, end: ac.end + 1})
				i = ac.end + 1
				continue
			}
			if ag, end := a.placeAgreement(s, ac); ag != nil {
				// "the Pretoria agreement", "the Sochi memorandum": a
				// deal named by its place, not the place.
				its = append(its, item{actor: ag, start: ac.start, end: end})
				i = end
				continue
			}
			if body, start := a.placeBody(s, ac, its); body != nil {
				// "the OSCE Minsk Group", "the Paris Club": a body named
				// by its place (and its parent's name before it).
				for len(its) > 0 && its[len(its)-1].start >= start {
					its = its[:len(its)-1]
				}
				its = append(its, item{actor: body, start: start, end: body.end})
				i = body.end
				continue
			}
			it := item{actor: ac, start: ac.start, end: ac.end, attack: toks[ac.end-1].in(setAttackNoun)}
			if ac.ref == refGroup && ac.end-ac.start == 1 {
				// "have A, B and C as their guarantors": a group
				// reference is also the word a pattern may read.
				it.fold = toks[ac.start].fold
			}
			its = append(its, it)
			i = ac.end
			if j := stateAfterPerson(s, ac, next+1); j > i {
				// "President Kofi Mensah of Ghana hosted ...": the state
				// says whose president he is; the person acts.
				i = j
				continue
			}
			if n := unnamedAllies(toks, i); n > 0 {
				// "the Syrian army and its allies": the allies are no one;
				// "Iran and its proxies, including Hezbollah" names one.
				i += n
				if i+1 < len(toks) && toks[i].fold == "," && toks[i+1].in(setNamingWord) {
					its = append(its, item{fold: "and", classes: 1 << classCoordinator, start: i, end: i + 2})
					i += 2
				} else if k := next + 1; k < len(s.actors) && s.actors[k].start == i && !s.actors[k].possessive {
					// "Ghana and its allies Togo and Benin attacked": the
					// allies named right after join the list.
					its = append(its, item{fold: "and", classes: 1 << classCoordinator, start: i - n, end: i})
				}
			}
			continue
		}
		t := toks[i]
		if t.word && t.is(classDeterminer) {
			i++
			continue
		}
		if n := a.x.words.has(classDeterminer, toks, i); n > 1 {
			// "signed the so-called Arica Accords": a determiner of
			// several words is dropped like "the".
			i += n
			continue
		}
		if t.fold == "." && i > 0 && i+1 < len(toks) && (toks[i-1].is(classAbbreviation) || !t.space && !toks[i+1].space && isDigit(toks[i-1].fold) && isDigit(toks[i+1].fold)) {
			// "on Dec. 20 and agreed": the full stop of an abbreviation;
			// "$2.5 billion": a decimal point.
			i++
			continue
		}
		if t.in(setNameAdjective) && !t.cap && !t.hyphen && next < len(s.actors) && s.actors[next].start == i+1 && !s.actors[next].adjective {
			// "funds the militant Hamas", "aligned with the opposition
			// NUG": the word describes the name.
			i++
			continue
		}
		if t.in(setCompassWord) && !t.cap && next < len(s.actors) && s.actors[next].start == i+1 && !s.actors[next].locative && !s.actors[next].adjective {
			// "fired rockets at northern Israel": a compass region of a
			// state that is no place (see locativeBefore) is the state.
			i++
			continue
		}
		if t.in(setQuantifier) && next < len(s.actors) && s.actors[next].start == i+1 {
			// "backs some rebel groups": the rebels.
			i++
			continue
		}
		if t.in(setQuantity) && i+2 < len(toks) && toks[i+1].fold == "of" && next < len(s.actors) {
			// "armed thousands of rebels", "backs some of the rebel
			// factions": the rebels.
			k := i + 2
			for k < len(toks) && k < s.actors[next].start && toks[k].word && toks[k].is(classDeterminer) {
				k++
			}
			if s.actors[next].start == k {
				i = k
				continue
			}
		}
		if n := modelDesignator(toks, i); n > 0 {
			// "Iraqi F-16 warplanes bombed", "a Syrian S-200 missile": the
			// model's designator stands between the side's name and its
			// weapon, which the patterns read as the side's.
			i += n
			continue
		}
		if t.fold == "(" {
			if j := closeParen(toks, i); j > 0 && j-i <= 4 {
				i = j + 1
				continue
			}
		}
		if i+1 < len(toks) && toks[i+1].hyphen && t.is(classModifierPrefix) {
			i++
			continue
		}
		if n := a.x.words.has(classRank, toks, i); n > 0 {
			// "with Mr. Erdogan": honorifics stand between words and names.
			i += n
			if i < len(toks) && toks[i].fold == "." && !toks[i].space {
				i++
			}
			continue
		}
		if n := a.x.words.has(classCoordinator, toks, i); n > 1 && len(its) > 0 && (its[len(its)-1].actor != nil || its[len(its)-1].fold == ",") &&
			next < len(s.actors) && s.actors[next].start == i+n && toks[i].fold == "as" {
			// "Iran, Russia, as well as Turkey": one coordinator.
			its = append(its, item{fold: asWellAs, classes: 1 << classCoordinator, start: i, end: i + n})
			i += n
			continue
		}
		if t.text == "®" {
			i++
			continue
		}
		if n := dayAdjunct(toks, i); n > 0 && len(its) > 0 && its[len(its)-1].actor == nil && !its[len(its)-1].punct && (n == 2 || toks[i-1].fold != "on") {
			// "met on Monday with X", "said Friday it had": the day a
			// deed was done stands between a verb and what completes it
			// and says nothing of who did what. After a name ("Lome on
			// Friday") or a comma it is left as it is.
			i += n
			continue
		}
		if t.fold == "," && i+1 < len(toks) && toks[i+1].is(classRelative) {
			// "Turkey, which backs the rebels": the relative clause's
			// subject is the name before the comma.
			i++
			continue
		}
		if j := quantifiedRelative(toks, i); j > i && len(its) > 0 && its[len(its)-1].actor != nil {
			// "Russia and Turkey, both of which backed the rebels",
			// "A, B and C, all three of whom condemned": a relative
			// clause said of each member of the list before it.
			r := toks[j]
			it := item{fold: r.fold, classes: r.classes, sets: r.sets, start: i, end: j + 1}
			if r.fold == "whom" {
				it.fold, it.classes, it.sets = "who", 1<<classRelative, setsOf(setRelativePronoun)
			}
			its = append(its, it)
			i = j + 1
			continue
		}
		its = append(its, item{fold: t.fold, hyphen: t.hyphen, punct: !t.word, classes: t.classes, sets: t.sets, start: i, end: i + 1})
		i++
	}
	a.itemBuf = its
	return a.group(s, its)
}

// maxDesignatorLetters bounds the letters of a model designator's prefix:
// "F", "Su", "MiG".
const maxDesignatorLetters = 3

// modelDesignator returns the length of a weapon model's designator at
// toks[i] ("F-16", "Su-25", "S-300": a short capitalised prefix glued by a
// hyphen to a number) when a weapon or craft noun follows it ("F-16
// warplanes", "S-200 missile"), else 0. Alone ("delivered the S-300 to
// X") it names the weapon and stays.
func modelDesignator(toks []token, i int) int {
	t := toks[i]
	if !t.word || !t.cap || t.hyphen || len(t.fold) > maxDesignatorLetters || i+2 >= len(toks) {
		return 0
	}
	for k := 0; k < len(t.fold); k++ {
		if c := t.fold[k]; c < 'a' || c > 'z' {
			return 0
		}
	}
	num := toks[i+1]
	if !num.hyphen || num.fold == "" || num.fold[0] < '0' || num.fold[0] > '9' {
		return 0
	}
	n := toks[i+2]
	if n.cap || !(n.in(setWeaponNoun) || n.in(setCraftNoun) || n.in(setDeedAgent)) {
		return 0
	}
	return 2
}

// dayAdjunct returns the length of a day named as an adjunct at toks[i],
// "on Monday" or "Monday", not a possessive ("Monday's attack"); else 0.
func dayAdjunct(toks []token, i int) int {
	n := 0
	if toks[i].fold == "on" && i+1 < len(toks) && toks[i+1].in(setWeekday) {
		n = 2
	} else if toks[i].in(setWeekday) {
		n = 1
	}
	if n == 0 || i+n < len(toks) && (toks[i+n].fold == "'s" || toks[i+n].fold == "'") {
		return 0
	}
	return n
}

// blocLookback bounds the sentences searched for the states of a bloc.
const blocLookback = 6

// blocOf returns the bloc of states a pair reference names ("both Gulf
// states"), or "".
func (x *Extractor) blocOf(toks []token) string {
	for _, t := range toks {
		if x.catalog.blocs[t.fold] {
			return t.fold
		}
	}
	return ""
}

// asWellAs is the item of the coordinator "as well as".
const asWellAs = "as well as"

// memberOfAt returns, when toks[i] starts "[the Afghan and Pakistani]
// volunteers of [the] X" or "fighters from X" with X an actor, the index
// of X; else -1. next is
// the index of the first actor of s at or after i.
func memberOfAt(s *sentence, i, next int) int {
	toks := s.toks
	j := i
	if j+1 < len(toks) && (toks[j].in(setQuantity) || toks[j].in(setNumberWord) || isNumber(toks[j].fold)) && toks[j+1].in(setMemberNoun) {
		// "five members of Hezbollah".
		j++
	}
	var none token // a word in no class and no set
	if j+1 < len(toks) && next < len(s.actors) && s.actors[next].start == j+1 && s.actors[next].adjective &&
		toks[j].word && !toks[j].cap && toks[j].classes == 0 && toks[j].sets == none.sets {
		// "ethnic Albanian guerrillas of the KLA": a plain adjective
		// before the demonym.
		j++
	}
	for next < len(s.actors) && s.actors[next].start == j && s.actors[next].adjective {
		// "Afghan and Pakistani".
		j = s.actors[next].end
		next++
		if j < len(toks) && (toks[j].is(classCoordinator) || toks[j].fold == ",") && next < len(s.actors) && s.actors[next].start == j+1 {
			j++
		}
	}
	if j+2 >= len(toks) || !toks[j].in(setMemberNoun) || toks[j+1].fold != "of" && toks[j+1].fold != "from" {
		// "volunteers of X", "fighters from X".
		return -1
	}
	k := j + 2
	return actorAt(s, k, next)
}

// allegianceAt returns, when toks[i] starts "troops loyal to X",
// "militias allied to X", "fighters taking orders from X" or "forces under
// the command of X" (a plural noun of fighters, a link of the allegiance
// class, and an actor X), the index of X; else -1. Fighters named by whom
// they serve act as that side: "the army attacked militias loyal to X" is
// the army fighting X, "clashes between federal troops and forces loyal to
// X" a fight between the state and X. next is the index of the first actor
// of s at or after i.
func (a *article) allegianceAt(s *sentence, i, next int) int {
	toks := s.toks
	t := toks[i]
	if i+2 >= len(toks) || !t.word || t.phrases&(1<<classAllegiance) != 0 || !(t.in(setMemberNoun) || t.in(setKindNoun) || t.in(setTroopNoun)) {
		return -1
	}
	if t.cap && i > 0 || next < len(s.actors) && s.actors[next].start <= i {
		// "the Rapid Support Forces": a name's word.
		return -1
	}
	n := a.x.words.has(classAllegiance, toks, i+1)
	if n == 0 {
		return -1
	}
	k := i + 1 + n
	for next < len(s.actors) && s.actors[next].start < k {
		next++
	}
	if next >= len(s.actors) {
		return -1
	}
	ac := s.actors[next]
	if ac.start == k && ac.ref != refNone {
		// "forces loyal to the two men": a reference that starts
		// with its determiner.
		return k
	}
	if ac.start > k && len(ac.ents) == 1 && ac.ents[0].typ == graph.Person {
		// "troops loyal to army chief General X": the man's office
		// and rank before his name.
		j := k
		for j < ac.start {
			m := a.x.words.has(classRank, toks, j)
			if _, te := matchTitle(toks, j); te > m {
				m = te
			}
			if m == 0 && toks[j].in(setArmyNoun) {
				// "army" of "army chief", where the office is read
				// as the army's.
				m = 1
			}
			if m == 0 {
				break
			}
			j += m
		}
		if j == ac.start {
			return j
		}
	}
	return actorAt(s, k, next)
}

// suchAsAt returns, for "[Iraqi] [Shiite] militias such as X", "groups
// including X", "factions like X" at toks[i] with X an actor, the index
// of X; else -1. next is the index of the first actor of s at or after i.
func suchAsAt(s *sentence, i, next int) int {
	toks := s.toks
	j := i
	for next < len(s.actors) && s.actors[next].start == j && s.actors[next].adjective {
		j = s.actors[next].end
		next++
		if j < len(toks) && (toks[j].is(classCoordinator) || toks[j].fold == ",") && next < len(s.actors) && s.actors[next].start == j+1 {
			j++
		}
	}
	k := j
	// Adjectives before the noun: capitalised ("Shiite") or words the
	// lexicon does not know, so never a verb of the patterns.
	for k < len(toks) && k < j+2 && toks[k].word && !toks[k].in(setKindNoun) && (toks[k].cap || toks[k].info == nil) && (next >= len(s.actors) || s.actors[next].start > k) {
		k++
	}
	if k >= len(toks) || !toks[k].in(setKindNoun) {
		return -1
	}
	k++
	switch {
	case k+1 < len(toks) && toks[k].fold == "such" && toks[k+1].fold == "as":
		k += 2
	case k < len(toks) && toks[k].in(setExampleWord):
		k++
	default:
		return -1
	}
	return actorAt(s, k, next)
}

// actorAt returns k, or k+1 past a determiner, when a named actor that is
// neither an adjective nor a place starts there; else -1. next is the index
// of the first actor of s at or after the words before k.
func actorAt(s *sentence, k, next int) int {
	if k < len(s.toks) && s.toks[k].is(classDeterminer) {
		k++
	}
	for next < len(s.actors) && s.actors[next].start < k {
		next++
	}
	if next >= len(s.actors) || s.actors[next].start != k || s.actors[next].adjective || len(s.actors[next].ents) == 0 || s.actors[next].place() {
		return -1
	}
	return k
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isYear reports whether w is a year written in four digits: "2015".
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w)
}

// unnamedAllies returns the length of "and its allies", "and their
// proxies" at toks[i], or 0.
func unnamedAllies(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].fold != "and" {
		return 0
	}
	if f := toks[i+1].fold; f != "its" && f != "their" && f != "his" {
		return 0
	}
	if toks[i+2].in(setAllyPlural) {
		return 3
	}
	return 0
}

// maxSourceWords bounds the words between a source's opener and its name:
// "according to sources close to the X ministry".
const maxSourceWords = 6

// sourceBefore reports whether the actor at its[k] is named in a source
// phrase ("according to A", "citing A", "quoting officials in A"): words
// that open it before the name, with no punctuation or other name between.
func sourceBefore(its []item, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxSourceWords; j-- {
		if its[j].actor != nil || its[j].punct {
			return false
		}
		if its[j].in(setSourceOpener) {
			return true
		}
	}
	return false
}

// openingEnd returns the end of a phrase that opens the sentence with a
// preposition ("In a call initiated by Turkey", "After a visit by
// Ghana"): its first punctuation, or 0 when no such phrase opens it.
func openingEnd(its []item) int {
	if len(its) == 0 || its[0].actor != nil || !its[0].in(setOpeningPreposition) {
		return 0
	}
	for j := 1; j < len(its); j++ {
		if its[j].punct {
			return j
		}
	}
	return len(its)
}

// verbAfterList reports whether the list that would go on at its[j] (its
// separators and names) ends right before a verb, or an adverb and a
// verb: "..., Putin and Erdogan agreed", "..., A and B also met".
func verbAfterList(s *sentence, its []item, j int) bool {
	for j < len(its) && (its[j].actor != nil || its[j].fold == "," || its[j].is(classCoordinator)) {
		j++
	}
	if j+1 < len(its) && its[j].actor == nil && (its[j].fold == "also" || strings.HasSuffix(its[j].fold, "ly")) {
		j++
	}
	return j < len(its) && its[j].actor == nil && verbItem(s, its[j])
}

// closeParen returns the index of the parenthesis closing toks[i] soon
// after it, or 0.
func closeParen(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j < i+8; j++ {
		if toks[j].fold == ")" {
			return j
		}
	}
	return 0
}

// group joins coordinated actors: "Russia and Turkey", "Russia, Iran and
// Turkey", and in headlines "Putin, Rowhani".
func (a *article) group(s *sentence, its []item) []item {
	headline := s.headline
	member := func(k int) bool {
		return k < len(its) && its[k].actor != nil && len(its[k].actor.ents) > 0 && !its[k].actor.adjective && its[k].actor.ref != refSpeaker
	}
	out := a.groupBuf[:0]
	openEnd := openingEnd(its)
	for k := 0; k < len(its); k++ {
		if !member(k) {
			out = append(out, its[k])
			continue
		}
		members := []*actor{its[k].actor}
		place := its[k].actor.place()
		end := k
		if j := k + 1; j+2 < len(its) && its[j].is(classRelative) {
			// "Russia, which, along with Iran, backs Assad".
			n := 1
			if its[j+n].fold == "," {
				n++
			}
			if j+n+2 < len(its) && its[j+n].in(setAlongWord) && its[j+n+1].fold == "with" {
				n++
			} else {
				n = -1
			}
			if n > 0 && member(j+n+1) && !its[j+n+1].actor.place() {
				// The companions may be a list: "Turkey, which along
				// with A, B and C lists X as ...". A comma goes on
				// only in a list that ends with "and"; a comma before
				// a word that is no member closes the aside.
				last := j + n + 1
				companions := []*actor{its[k].actor, its[last].actor}
				for last+2 < len(its) {
					c := last + 2
					if its[last+1].fold == "," && its[c].is(classCoordinator) {
						c++
					} else if its[last+1].fold == "," {
						if !listEndsWithCoordinator(its, last+1, a) {
							break
						}
					} else if !its[last+1].is(classCoordinator) {
						break
					}
					if !member(c) || its[c].actor.place() {
						break
					}
					companions = append(companions, its[c].actor)
					last = c
				}
				if last+1 < len(its) && its[last+1].fold == "," {
					last++
				}
				g := groupActor(its[k].start, its[last].end, companions...)
				out = append(out, item{actor: g, start: its[k].start, end: its[last].end})
				k = last
				continue
			}
		}
		idxs := []int{k}
		source := sourceBefore(its, k)
		opening := k < openEnd
		closed := false
		for j := k + 1 + bandMembersAfter(its, k); j+1 < len(its); {
			sep := its[j]
			if sep.actor != nil || !(sep.fold == "," || sep.fold == "/" || sep.is(classCoordinator)) {
				break
			}
			if closed && sep.fold == "," && its[j+1].fold != asWellAs {
				// "talks with A, B and C, and D met E": a list its
				// coordinator has closed takes no member after a comma;
				// ", and" opens a clause.
				break
			}
			if source && sep.fold == "," {
				// "According to A, B and C signed": the source's comma
				// closes its phrase; the list after it is the subject.
				break
			}
			if opening && sep.fold == "," && verbAfterList(s, its, j) {
				// "In a call initiated by Turkey, Putin and Erdogan
				// agreed": the comma closes the opening phrase, and the
				// names after it, with no verb of their own, are the
				// main clause's subject ("During talks with A, B and C,
				// X said" keeps its list).
				break
			}
			n := 1
			if sep.fold == "," && j+2 < len(its) && its[j+1].is(classCoordinator) {
				n = 2 // the Oxford comma
				if len(members) < 2 && its[j+1].fold != asWellAs {
					// "X, and Y ..." joins clauses, not a list.
					break
				}
			}
			if n == 1 && sep.is(classCoordinator) && k > 0 && j+2 < len(its) && its[j+1].actor == nil && its[j+1].fold == its[k-1].fold && repeatedPreposition(its[j+1].fold) {
				// "backed by the UN and by Turkey", "talks with A and
				// with B": the preposition said again for each member.
				n = 2
			}
			if !member(j+n) || its[j+n].actor.place() != place || dealActor(its[j+n].actor) != dealActor(members[0]) {
				// "the signatories of the Lima accord, Chile and Peru":
				// a deal and the states after it make no list.
				break
			}
			if j+n+1 < len(its) && its[j+n+1].hyphen && its[j+n+1].in(setGluedParticiple) {
				// "Congo and the Rwanda-backed M23": the name qualifies
				// the next member and is none itself.
				break
			}
			if sep.fold == "," && n == 1 && !headline && !listEndsWithCoordinator(its, j+n+1, a) {
				break
			}
			if sep.fold == "and" && n == 1 && (clauseAfterObject(s, its, k, j+n+1) || parallelParticiple(s, its, k, j+n+1)) {
				// "Ghana condemned Niger and Togo backed the Front": the
				// name after "and" is the subject of a clause of its own.
				break
			}
			members = append(members, its[j+n].actor)
			idxs = append(idxs, j+n)
			end = j + n
			closed = closed || sep.is(classCoordinator) || n == 2
			b := bandMembersAfter(its, j+n)
			if b > 0 && len(members) > 1 {
				// "Peruvian troops and Vantar Front fighters
				// clashed": the last member's fighters are the
				// member, and the list ends after them.
				end += b
			}
			j += n + 1 + b
		}
		if len(members) > 1 && alongWithAt(its, end+1) {
			// "Iran and Hezbollah, which, along with Russia, backs ...":
			// the relative clause is the last member's.
			members = members[:len(members)-1]
			idxs = idxs[:len(idxs)-1]
			end = idxs[len(idxs)-1]
		}
		if len(members) > 2 && members[0].ref == refGroup && (k == 0 || its[k-1].punct) && its[k+1].fold == "," && closed &&
			end+2 < len(its) && its[end+1].fold == "," && (verbItem(s, its[end+2]) || its[end+2].in(setAuxWord)) {
			// "The guarantor states, A, B and C, wrapped up the talks":
			// the names set off by commas after a group reference that
			// opens its clause, before the clause's verb, are the group
			// itself, not members beside it, and their closing comma is
			// the appositive's ("talks between the guarantors, A and B,
			// as well as C" is a list).
			members = members[1:]
			end++
		}
		if len(members) == 1 {
			out = append(out, its[k])
			continue
		}
		if m := end + 2; !closed && m < len(its) && its[end+1].is(classCoordinator) {
			if t := unnamedLastMember(its, m); t > 0 && !otherWordIn(its[m:t]) && !memberDescribedAfter(its, t+1) {
				// "met A, B and the three service chiefs at his
				// residence": the list spans its unnamed last member,
				// which takes no part; what follows is the list's.
				// "A, B and other groups" stays as the readers of
				// "other" know it.
				end = t
			}
		}
		if last := idxs[len(idxs)-1]; last >= 2 && its[last-1].fold == asWellAs && its[last-2].fold == "," && last+1 < len(its) && its[last+1].fold == "," {
			// "Iran and Russia, as well as Turkey, backed ...": the
			// remark's closing comma.
			end = last + 1
		}
		g := groupActor(members[0].start, members[len(members)-1].end, members...)
		out = append(out, item{actor: g, start: its[k].start, end: its[end].end})
		k = end
	}
	a.groupBuf = out
	return out
}

// bandMembersAfter returns 1 when the item after the actor at its[k] is
// the plural of the fighters of an armed band (band-member-noun) and the
// actor a body named by itself: "Vantar Front fighters", "Orvask
// militants" are the body acting, as "Peruvian troops" are Peru; else 0.
// A list reads over them, "Vantar Front fighters and Peruvian troops
// clashed", "Orvask gunmen and Vantar militants attacked the town"; a
// possessive ("the Front's fighters") or a demonym is left as it is.
func bandMembersAfter(its []item, k int) int {
	ac := its[k].actor
	if k+1 >= len(its) || ac == nil || len(ac.ents) != 1 || ac.ents[0].typ != graph.Organization || ac.possessive || ac.adjective || ac.ref != refNone {
		return 0
	}
	if n := its[k+1]; n.actor == nil && !n.punct && n.in(setBandMemberNoun) {
		return 1
	}
	return 0
}

// clauseAfterObject reports whether a list whose first member at its[k]
// is the object of a verb before it ("condemned Niger and Togo") ends at
// its[v-1] before a verb of its own in the same form as that one: the
// name before the second verb is then the subject of a clause of its own,
// not the object's second member. Parallel clauses repeat the form of
// their verbs: "Ghana condemned Niger and Togo backed X", "Ghana backs
// the regime of X and Togo supports Y" (gerunds, "with Ghana backing X and
// Togo supporting Y", are parallelParticiple's). The object may sit in a phrase
// after its verb ("backs the regime of X"). A participle with its agent
// ("and Togo backed by X") qualifies the member; after a reporting verb
// ("said Niger and Togo backed X") the list is the reported clause's
// subject. Both clauses name their subject: "what it claims are A and B
// arms shipments" is one list; a present in -s takes its object right
// after it, or it is a noun: "backs Niger and Togo arms deliveries" is
// one.
func clauseAfterObject(s *sentence, its []item, k, v int) bool {
	if k < 1 || v >= len(its) || its[v].hyphen || its[v].in(setSaysVerb) || !verbItem(s, its[v]) {
		return false
	}
	if v+1 < len(its) && its[v+1].fold == "by" {
		return false
	}
	if verbForm(its[v]) == 3 && !takesObject(s, its, v) {
		// A present in -s may be a plural noun: in "backs Niger and
		// Togo arms deliveries" the "arms" is one (review).
		return false
	}
	g := k - 1
	for g >= 0 && g >= k-objectReach && !its[g].punct && !verbItem(s, its[g]) {
		if its[g].actor == nil && its[g].in(setRelativePronoun) {
			// "rejected the accord that A and B signed": the list is
			// the relative clause's subject.
			return false
		}
		if g == k-1 && its[g].actor == nil && its[g].in(setSubordinator) {
			// "called for restraint after A and B held talks": the
			// list is the subordinate clause's subject.
			return false
		}
		g--
	}
	if g < 0 || its[g].punct || its[g].is(classReporting) || its[g].hyphen || !verbItem(s, its[g]) || subjectBefore(its, g) == nil {
		// The first clause has its subject too: "Ghana backs X and
		// Togo supports Y", not "what it claims are X and Y arms".
		return false
	}
	f := verbForm(its[g])
	return f != 0 && f == verbForm(its[v])
}

// takesObject reports whether the verb at its[v] has an object right
// after it: a name, or a noun phrase that a determiner or a possessive
// opens (the items hold no determiners: the token after the verb does).
func takesObject(s *sentence, its []item, v int) bool {
	if v+1 < len(its) && its[v+1].actor != nil {
		return true
	}
	e := its[v].end
	return e < len(s.toks) && (s.toks[e].is(classDeterminer) || s.toks[e].fold == "its" || s.toks[e].fold == "their" || s.toks[e].fold == "his" || s.toks[e].fold == "her")
}

// objectReach bounds the words between a verb and the name in its
// object's phrase: "backs the regime of X".
const objectReach = 4

// verbForm tells the form of a verb item: 1 a past ("backed", "sent"),
// 3 a present in -s ("backs"), 0 none of these. Gerunds ("with A backing
// X and B supporting Y") are parallelParticiple's.
func verbForm(it item) int {
	switch {
	case pastParticiple(it):
		return 1
	case strings.HasSuffix(it.fold, "s") && !strings.HasSuffix(it.fold, "ss") && !it.in(setTroopNoun) && !it.in(setAttackNoun):
		// Not a plural noun after a name: "Togo troops", "Togo
		// strikes".
		return 3
	}
	return 0
}

// parallelParticiple reports whether a list whose first member at its[k]
// follows a participle in -ing in its own clause ("with Peru backing the
// Front") ends at its[v-1] before another participle in -ing ("... and
// Chile arming the Legion", "and Chile is arming the Legion", "of backing
// X and Chile of arming Y"), which takes a name as its object: the "and"
// joins two clauses, each
// with its own subject, and the name before the second participle is
// that clause's subject, not the first object's second member.
func parallelParticiple(s *sentence, its []item, k, v int) bool {
	ing := func(it item) bool {
		return verbItem(s, it) && !it.hyphen && strings.HasSuffix(it.fold, "ing")
	}
	if v+1 < len(its) && (its[v].in(setAuxVerb) || its[v].fold == "of") && ing(its[v+1]) {
		// "and Chile is arming X", "accused Peru of backing X and
		// Chile of arming Y".
		v++
	}
	if v+1 >= len(its) || !ing(its[v]) || its[v+1].actor == nil {
		// The participle takes a name as its object: "during the
		// talks" is no clause.
		return false
	}
	for b := k - 1; b >= 0 && b >= k-8; b-- {
		if its[b].punct || its[b].is(classCoordinator) {
			return false
		}
		if ing(its[b]) {
			return true
		}
	}
	return false
}

// repeatedPreposition reports whether w is a preposition that a list may
// repeat before each of its members.
func repeatedPreposition(w string) bool {
	switch w {
	case "by", "with", "from", "to", "for", "against":
		return true
	}
	return false
}

// alongWithAt reports whether its[j] starts "which, along with X".
func alongWithAt(its []item, j int) bool {
	if j >= len(its) || !its[j].is(classRelative) {
		return false
	}
	j++
	if j < len(its) && its[j].fold == "," {
		j++
	}
	return j+2 < len(its) && its[j].in(setAlongWord) && its[j+1].fold == "with" && its[j+2].actor != nil
}

// listEndsWithCoordinator reports whether the list of actors continuing at
// its[k] ends with "and X": "Russia, Iran and Turkey".
func listEndsWithCoordinator(its []item, k int, a *article) bool {
	for ; k+1 < len(its); k += 2 {
		if k > 0 {
			// "A, B fighters and C": the fighters are the member.
			k += bandMembersAfter(its, k-1)
			if k+1 >= len(its) {
				return false
			}
		}
		if its[k].actor != nil {
			return false
		}
		if its[k].is(classCoordinator) {
			// "A, B and C"; "A, B and other groups"; "A, B and the
			// three service chiefs".
			return its[k+1].actor != nil || its[k+1].in(setOtherWord) || unnamedLastMember(its, k+1) > 0
		}
		if its[k].fold == "," && its[k+1].is(classCoordinator) && k+2 < len(its) && its[k+2].actor != nil {
			// "A, B, C, and the Afghan volunteers of ...": the list goes
			// on with a member that is no name.
			return true
		}
		if its[k].fold != "," || its[k+1].actor == nil {
			return false
		}
	}
	return false
}

// maxUnnamedMember bounds the words of a list's last member that names no
// one (see unnamedLastMember).
const maxUnnamedMember = 4

// unnamedLastMember returns the index of the noun that ends the phrase
// opening at its[k], after the coordinator that closes a list of names,
// when that phrase names people or bodies but no one; else -1: "met A, B and the three service chiefs", "backs A, B and
// several smaller groups", "A, B and senior officials attended". The
// phrase is a few plain words before a noun of such a kind (list-tail-noun),
// with no name, punctuation, verb form or auxiliary among them, so that
// "A, B and then signed" or "A, B and Ghana's allies" are left as they
// are. The names before the coordinator are the list: the phrase itself
// takes no part in it.
func unnamedLastMember(its []item, k int) int {
	for j := k; j < len(its) && j < k+maxUnnamedMember; j++ {
		it := its[j]
		if it.actor != nil || it.punct || it.is(classCoordinator) || it.in(setAuxVerb) || it.in(setRelativePronoun) {
			return -1
		}
		if it.in(setListTailNoun) {
			return j
		}
		if strings.HasSuffix(it.fold, "ed") || strings.HasSuffix(it.fold, "ing") {
			return -1
		}
	}
	return -1
}

// memberDescribedAfter reports whether its[k] opens a description of the noun
// before it, a participle or a relative pronoun: "A, B and rebel groups
// fighting C", "A, B and the militias that attacked C". What follows is
// the last member's, not the list's.
func memberDescribedAfter(its []item, k int) bool {
	if k >= len(its) || its[k].actor != nil || its[k].punct {
		return false
	}
	return its[k].in(setRelativePronoun) || strings.HasSuffix(its[k].fold, "ing") || strings.HasSuffix(its[k].fold, "ed")
}

// otherWordIn reports whether one of its is a word like "other".
func otherWordIn(its []item) bool {
	for _, it := range its {
		if it.in(setOtherWord) {
			return true
		}
	}
	return false
}

func containsEntry(es []*entry, e *entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// dealActor reports whether ac names an agreement.
func dealActor(ac *actor) bool {
	return len(ac.ents) > 0 && ac.ents[0].typ == graph.Agreement
}

// placeAgreement reads a place or a capital followed by a noun of a deal
// as the agreement it names: "the Pretoria agreement", "the Doha
// declaration", "the Sochi peace accord". It returns the agreement's actor
// and the token after its name, or nil when ac names no agreement. The
// agreement is named as written, once per article.
func (a *article) placeAgreement(s *sentence, ac *actor) (*actor, int) {
	toks := s.toks
	if !placeActor(ac) {
		return nil, 0
	}
	j := ac.end
	if j < len(toks) && toks[j].fold == "peace" {
		j++
	}
	if j >= len(toks) || !toks[j].word || !toks[j].in(setAgreementHead) || toks[j].hyphen {
		return nil, 0
	}
	if ac.start == 0 || !toks[ac.start-1].is(classDeterminer) && toks[ac.start-1].fold != "'s" {
		// "the Pretoria agreement", "last year's Pretoria deal"; not
		// "signed in Washington agreements on trade" nor a headline's
		// "Kyiv deal".
		return nil, 0
	}
	e := a.placeNamed(toks[ac.start:j+1], graph.Agreement)
	return &actor{start: ac.start, end: j + 1, ents: []*entry{e}}, j + 1
}

// placeBody reads a place or a capital followed by a capitalised head of
// the set place-body-head as the body it names: "the Minsk Group", "the
// Paris Club", "the OSCE Minsk Group" (its parent's name before it is part
// of the phrase). The body is named by the place and the head as written,
// so "the OSCE Minsk Group" and a later "the Minsk Group" are one body. It
// returns the body's actor and the token where the phrase starts, or nil
// when ac names no such body.
func (a *article) placeBody(s *sentence, ac *actor, its []item) (*actor, int) {
	toks := s.toks
	if !placeActor(ac) {
		return nil, 0
	}
	j := ac.end
	if j >= len(toks) || !toks[j].word || !toks[j].cap || !toks[j].in(setPlaceBodyHead) || toks[j].hyphen {
		return nil, 0
	}
	start := ac.start
	var parent *entry
	if n := len(its); n > 0 && its[n-1].end == ac.start && its[n-1].actor != nil {
		// "the OSCE Minsk Group": the parent's name opens the phrase.
		if p := its[n-1].actor; len(p.ents) == 1 && p.ents[0].typ == graph.Organization && !p.possessive && p.ref == refNone {
			start = its[n-1].start
			parent = p.ents[0]
		}
	}
	if start > 0 && !toks[start-1].is(classDeterminer) && toks[start-1].fold != "'s" && toks[start-1].word {
		// "the Minsk Group", "Russia's Valdai Club", a headline's "Minsk
		// Group meets"; not "talks in Minsk Group leaders attended".
		return nil, 0
	}
	e := a.placeNamed(toks[ac.start:j+1], graph.Organization)
	if parent != nil && parent.country == "" {
		// The parent named in the phrase owns the body (memb22).
		a.partOf(s, e, parent, 0.75, readOwnerNamedIn)
	}
	return &actor{start: start, end: j + 1, ents: []*entry{e}}, start
}

// placeActor reports whether ac is a place or a state named alone, as the
// first word of a name a place gives ("the Pretoria agreement", "the Minsk
// Group").
func placeActor(ac *actor) bool {
	if len(ac.ents) != 1 || ac.adjective || ac.possessive || ac.ref != refNone || ac.modifier {
		return false
	}
	typ := ac.ents[0].typ
	return typ == graph.Country || typ == graph.Place
}

// placeNamed returns the entity of type typ named by the words of toks as
// written (discovered).
func (a *article) placeNamed(toks []token, typ graph.EntityType) *entry {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.text)
	}
	return a.discovered(strings.Join(words, " "), typ)
}

// groupActor is the group of members, spanning start to end: each entity
// once, inferred when any member is.
func groupActor(start, end int, members ...*actor) *actor {
	g := &actor{start: start, end: end}
	for _, m := range members {
		g.inferred = g.inferred || m.inferred
		for _, e := range m.ents {
			if !containsEntry(g.ents, e) {
				g.ents = append(g.ents, e)
			}
		}
	}
	return g
}

// stateAfterPerson returns the end of "of STATE" right after the person
// ac ("Kofi Mensah of Ghana"), where s.actors[k] would be the state, or
// 0: the state qualifies the person and acts in no relation of its own.
func stateAfterPerson(s *sentence, ac *actor, k int) int {
	toks := s.toks
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person || ac.possessive || ac.ref != refNone || k >= len(s.actors) {
		return 0
	}
	i := ac.end
	if i+1 >= len(toks) || toks[i].fold != "of" {
		return 0
	}
	st := s.actors[k]
	if st.start != i+1 || len(st.ents) != 1 || st.ents[0].typ != graph.Country || st.possessive || st.adjective || st.ref != refNone {
		return 0
	}
	if e := st.end; e < len(toks) && (toks[e].fold == "'s" || toks[e].fold == "and" || toks[e].hyphen) {
		// "X of Ghana's army", "X of Ghana and Togo": more than the state.
		return 0
	}
	return st.end
}

// quantifiedRelative returns, when toks[i] is the comma of ", both of
// which", ", all of whom", ", each of which" or ", all three of which",
// the index of the relative pronoun; else i.
func quantifiedRelative(toks []token, i int) int {
	if toks[i].fold != "," || i+3 >= len(toks) {
		return i
	}
	j := i + 1
	switch toks[j].fold {
	case "both", "each":
		j++
	case "all":
		j++
		if toks[j].in(setNumberWord) || isNumber(toks[j].fold) {
			j++
		}
	default:
		return i
	}
	if j+1 >= len(toks) || toks[j].fold != "of" {
		return i
	}
	if f := toks[j+1].fold; f != "which" && f != "whom" {
		return i
	}
	return j + 1
}

// readDesignation names the reading of a designation a reporter adds to a
// name: "the Front (outlawed in Ruritania)", "the Front, banned in A and
// B,", "the Front (a terrorist group in the US)".
const readDesignation = "reading designation"

// maxDesignation bounds the words of a designation remark.
const maxDesignation = 12

// designations records that the states or bodies a designation remark
// names oppose the group it is said of. Wire services add the remark to a
// name as a house rule ("(outlawed in Russia)"); it states the designating
// side's hostility to the group in every order a reporter writes it: in
// parentheses or between commas, after an acronym ("(IS, banned in X)"),
// with the designation as participle or noun, by "in" or "by" the side.
// A short parenthesis is otherwise left out of the items (see items), so
// the patterns never see it.
func (a *article) designations(s *sentence) {
	toks := s.toks
	for n, ac := range s.actors {
		if ac.modifier || ac.adjective || ac.possessive || ac.place() || len(ac.ents) == 0 {
			continue
		}
		k := ac.end
		for k < ac.end+3 && k < len(toks) && toks[k].word && !toks[k].cap && (toks[k].is(classDescriptor) || toks[k].in(setDesignationMark)) {
			// "the Front terrorist group (outlawed in X)".
			k++
		}
		if k >= len(toks) || (toks[k].fold != "(" && toks[k].fold != ",") {
			continue
		}
		paren := toks[k].fold == "("
		k++
		if paren && k+1 < len(toks) && toks[k].upper && toks[k+1].fold == "," {
			// "(IS, outlawed in X)": the acronym, then the remark.
			k += 2
		}
		if !paren && k+1 < len(toks) && toks[k].in(setRelativePronoun) && copula(toks[k+1].fold) {
			// ", which is banned in X,": the remark as a relative clause.
			k += 2
			for k < len(toks) && (toks[k].fold == "been" || toks[k].fold == "also" || toks[k].fold == "officially" || toks[k].fold == "formally") {
				k++
			}
		}
		from := k
		for k < len(toks) && toks[k].word && toks[k].is(classDeterminer) {
			k++
		}
		if k >= len(toks) || !(toks[k].in(setDesignationMark) || toks[k].in(setDesignatingWord)) {
			// "(based in X)", ", which X accused of": no designation.
			continue
		}
		a.designation(s, ac, n, from, paren)
	}
}

// designation reads the remark opened at toks[from] about ac (the n-th
// actor of s) and records its designating sides' opposition: the remark
// names a designation and ends with "in" or "by" and the sides, then the
// closing parenthesis (or, between commas, the comma or the sentence's
// end). Another actor inside the remark ("(which A accused of attacks in
// B)") makes it no designation.
func (a *article) designation(s *sentence, ac *actor, n, from int, paren bool) {
	toks := s.toks
	marked := false
	by := -1
	end := -1
	for k := from; k < len(toks) && k < from+maxDesignation; k++ {
		t := &toks[k]
		if paren && t.fold == ")" || !paren && (t.fold == "," || t.fold == "." || t.fold == ";") && by >= 0 && k > by+1 {
			end = k
			break
		}
		if t.fold == "(" || t.fold == ")" || t.fold == ";" {
			return
		}
		if t.in(setDesignationMark) {
			marked = true
		}
		if t.fold == "in" || t.fold == "by" {
			by = k
		}
	}
	if end < 0 || !marked || by < 0 || by+1 >= end {
		return
	}
	// The designating sides: the names after "in"/"by", joined by "and"
	// and commas; any other actor in the remark voids it.
	var sides []*entry
	next := by + 1
	for _, o := range s.actors[n+1:] {
		if o.start >= end {
			break
		}
		if o.start < by {
			if o.start < from && o.end == o.start+1 && toks[o.start].upper {
				// "(IS, outlawed in X)": the group's own acronym.
				continue
			}
			return
		}
		for k := next; k < o.start; k++ {
			if f := toks[k].fold; f != "and" && f != "," && !toks[k].is(classDeterminer) {
				return
			}
		}
		if o.adjective || o.possessive || o.modifier || len(o.ents) != 1 || (o.ents[0].typ != graph.Country && o.ents[0].typ != graph.Organization) {
			return
		}
		sides = append(sides, o.ents[0])
		next = o.end
	}
	if next != end || len(sides) == 0 {
		return
	}
	for _, side := range sides {
		for _, e := range ac.ents {
			a.relFact(s, side, graph.Opposes, e, 0.75, readDesignation)
		}
	}
}

// auxWords names the kinds of word that may stand between a subject and
// its verb ("has also said", "had reportedly been"); each reading passes
// the kinds it allows.
type auxWords uint8

const (
	auxVerbs   auxWords = 1 << iota // setAuxVerb: "is", "has", "had"
	auxAdverbs                      // setAuxWord: "has", "also", "later"
	lyAdverbs                       // any word in -ly: "reportedly"
	beForms                         // a copula or "been": "was", "has been"
)

// match reports whether a word, by its word sets and its folded form, is
// of a kind w names.
func (w auxWords) match(sets setBits, fold string) bool {
	return w&auxVerbs != 0 && sets.has(setAuxVerb) ||
		w&auxAdverbs != 0 && sets.has(setAuxWord) ||
		w&lyAdverbs != 0 && strings.HasSuffix(fold, "ly") ||
		w&beForms != 0 && (copula(fold) || fold == "been")
}

// skipAux passes the words of the kinds w names from index i, stepping
// by step (1 forward to the verb, -1 back to the subject), at most max of
// them (max < 0: any number), while at(k) reports a word the caller lets
// be passed (in bounds, and its own tests: no actor, lower case); it
// returns the index of the first word not passed. at gives the word's
// sets and folded form; both token and item sequences are read with it.
func skipAux(i, step, max int, w auxWords, at func(k int) (sets setBits, fold string, ok bool)) int {
	for n := 0; max < 0 || n < max; n++ {
		sets, fold, ok := at(i)
		if !ok || !w.match(sets, fold) {
			break
		}
		i += step
	}
	return i
}

// auxItemAt reads its for skipAux: a word item, not an actor nor
// punctuation, within bounds.
func auxItemAt(its []item) func(k int) (setBits, string, bool) {
	return func(k int) (setBits, string, bool) {
		if k < 0 || k >= len(its) {
			return setBits{}, "", false
		}
		return its[k].sets, its[k].fold, its[k].actor == nil && !its[k].punct
	}
}

// auxTokenAt reads toks for skipAux: any token within bounds.
func auxTokenAt(toks []token) func(k int) (setBits, string, bool) {
	return func(k int) (setBits, string, bool) {
		if k < 0 || k >= len(toks) {
			return setBits{}, "", false
		}
		return toks[k].sets, toks[k].fold, true
	}
}

// rankedPersonAt reports whether ranks alone ("General", "Maj. Gen.")
// stand between toks[i] and the person p: "Sudanese General Amar Tesk".
func (a *article) rankedPersonAt(s *sentence, i int, p *actor) bool {
	if len(p.ents) != 1 || p.ents[0].typ != graph.Person || p.ref != refNone {
		return false
	}
	j := skipRanks(a, s.toks, i)
	return j > i && j == p.start && s.toks[i].cap
}
