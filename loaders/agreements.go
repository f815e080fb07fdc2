package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/entente/entente/graph"
)

// This file reads the agreements an article names by description rather
// than by a name the catalog knows: "a six-month bilateral ceasefire", "the
// grain deal", "a declaration of principles", "UN-sponsored peace talks".
// Each is an entity of type Agreement named as the text names it, and a
// later "the truce", "the document" refers back to the last one of its
// kind.

// dealKind is the kind of an agreement, which a reference back to it must
// fit: "the truce" is no talks, "the talks" no treaty.
type dealKind uint8

const (
	dealAny        dealKind = iota // a deal, an accord, a memorandum: "the agreement" may be a truce too
	dealTruce                      // a ceasefire, a truce
	dealTalks                      // talks, a process, negotiations
	dealExchange                   // an exchange of captives, which "the deal" of another article's sentence is not
	dealResolution                 // a resolution a council adopted, which only "the resolution" refers back to
)

// fits reports whether a reference of kind ref may name an agreement of
// kind k.
func (ref dealKind) fits(k dealKind) bool {
	switch ref {
	case dealTalks:
		return k == dealTalks
	case dealTruce:
		return k == dealTruce
	case dealExchange:
		return k == dealExchange
	case dealResolution:
		return k == dealResolution
	}
	return k != dealTalks && k != dealExchange && k != dealResolution
}

// dealHeads are the word sets of the nouns that head a deal's name.
var dealHeads = setsOf(setAgreementHead, setTalksHead, setTruceNoun, setPlanNoun)

// namingHeads are the word sets of the nouns that name a deal before
// "of" too: "the declaration of principles", not "a round of sanctions".
var namingHeads = setsOf(setAgreementHead, setTruceNoun)

// wordKind returns the kind of agreement the word with the word sets bits
// names.
func wordKind(bits setBits) dealKind {
	switch {
	case bits.has(setTalksHead):
		return dealTalks
	case bits.has(setTruceNoun):
		return dealTruce
	case bits.has(setResolutionNoun):
		return dealResolution
	}
	return dealAny
}

// kindOf returns the kind of the agreement e from the words of its name:
// "Astana process" is talks, "Idlib ceasefire" a truce.
func (a *article) kindOf(e *entry) dealKind {
	k := dealAny
	ws := strings.FieldsFunc(e.name, func(r rune) bool { return r == ' ' })
	for i, w := range ws {
		bits := a.x.words.sets[foldWord(strings.ReplaceAll(w, "-", ""))]
		switch wordKind(bits) {
		case dealTalks:
			return dealTalks
		case dealResolution:
			if i+1 < len(ws) && isNumber(ws[i+1]) {
				// "Resolution 2719"; not "the Agreement on the
				// Resolution of the Conflict".
				return dealResolution
			}
		case dealTruce:
			k = dealTruce
		}
		if bits.has(setExchangeNoun) && k == dealAny {
			// "the prisoner swap", "a swap deal".
			k = dealExchange
		}
	}
	return k
}

// noteAgreement records that e, an agreement, was just named: a later
// "the deal" may refer back to it.
func (a *article) noteAgreement(e *entry) {
	d := &a.refs
	if d.agreementKinds == nil {
		d.agreementKinds = make(map[*entry]dealKind)
	}
	if _, ok := d.agreementKinds[e]; !ok {
		d.agreementKinds[e] = a.kindOf(e)
	}
	d.agreements = slices.DeleteFunc(d.agreements, func(x *entry) bool { return x == e })
	if d.pastDeals[e] || a.pastDeal(e) {
		// "The agreement replaces a 2015 accord that collapsed. Rebels
		// also signed the document": an earlier deal is history, which
		// a reference back names only when the article names no other.
		k := 0
		for k < len(d.agreements) && (d.pastDeals[d.agreements[k]] || a.pastDeal(d.agreements[k])) {
			k++
		}
		d.agreements = slices.Insert(d.agreements, k, e)
		return
	}
	d.agreements = append(d.agreements, e)
}

// dealHead reports whether toks[h] is the head noun of an agreement, and
// returns where the noun starts ("cease-fire" is two tokens) and its kind.
func (a *article) dealHead(toks []token, h int) (start int, kind dealKind, ok bool) {
	t := toks[h]
	if !t.word || t.upper {
		return 0, 0, false
	}
	bits, start := t.sets, h
	if t.hyphen {
		// "cease-fire": the word its parts make.
		if h == 0 {
			return 0, 0, false
		}
		bits, start = a.x.words.sets[toks[h-1].fold+t.fold], h-1
	}
	exchange := !bits.hasAny(dealHeads) && captiveExchange(toks, h)
	if !bits.hasAny(dealHeads) && !exchange && !cessation(toks, h) && !signedStatement(toks, h) {
		return 0, 0, false
	}
	if n := h + 1; n < len(toks) && toks[n].fold == "of" && bits.has(setTalksHead) && !bits.hasAny(namingHeads) {
		// "a new round of sanctions", "the process of reconciliation": a
		// part or a course of something else, not talks.
		return 0, 0, false
	}
	if n := h + 1; n < len(toks) && toks[n].word {
		nt := toks[n]
		if nt.hyphen || nt.sets.hasAny(dealHeads) || nt.is(classHedge) || nt.in(setAllyNoun) || nt.in(setAllyPlural) || nt.in(setPartnerNoun) {
			// "ceasefire-monitoring", "ceasefire agreement", "truce
			// talks", "a ceasefire proposal": the noun qualifies the
			// next; so before a noun of allies ("a treaty ally", "its
			// treaty partners") it says what binds them, no deal.
			return 0, 0, false
		}
		if !nt.cap && nt.info == nil && !verbLike(nt) && !(n+1 < len(toks) && (toks[n+1].fold == "to" || toks[n+1].fold == "by")) {
			// "the ceasefire line", "a deal text": a compound noun; not
			// "a ceasefire meant to last".
			return 0, 0, false
		}
	}
	if exchange {
		return start, dealExchange, true
	}
	if cessation(toks, h) {
		return start, dealTruce, true
	}
	return start, wordKind(bits), true
}

// captiveExchange reports whether toks[h] is the noun of an exchange of
// captives, a deal its sides carry out: "a prisoner swap", "the exchange of
// detainees", "an exchange of 40 prisoners"; not "an exchange of fire" nor
// "an exchange of views".
func captiveExchange(toks []token, h int) bool {
	if !toks[h].in(setExchangeNoun) {
		return false
	}
	if h > 0 && toks[h-1].in(setCaptiveNoun) && !toks[h].hyphen {
		return true
	}
	for k := h + 2; k < len(toks) && k <= h+4 && toks[h+1].fold == "of"; k++ {
		switch t := toks[k]; {
		case t.in(setCaptiveNoun):
			return true
		case !t.word || t.cap || t.info != nil && t.classes&^(1<<classDeterminer) != 0:
			return false
		}
	}
	return false
}

// signedStatement reports whether toks[h] is the noun of a statement that
// its authors signed, which makes it a deal between them: "signed a joint
// statement", "a trilateral statement signed by A, B and C". The noun
// needs a word before it that says several sides made it ("joint",
// "trilateral"): "a statement signed by his spokesperson", "a brief
// statement signed by its leader" are press releases.
func signedStatement(toks []token, h int) bool {
	if !toks[h].in(setStatementNoun) || h == 0 {
		return false
	}
	m, joint := h-1, false
	for m >= 0 && toks[m].word && !toks[m].cap && !toks[m].is(classDeterminer) && !toks[m].in(setSignVerb) && h-m <= 2 {
		joint = joint || toks[m].in(setJointAdjective)
		m--
	}
	if !joint {
		return false
	}
	if h+2 < len(toks) && toks[h+1].in(setSignVerb) && toks[h+2].fold == "by" {
		return true
	}
	if m >= 0 && toks[m].is(classDeterminer) {
		m--
	}
	return m >= 0 && toks[m].in(setSignVerb)
}

// dealBeforeComma reports whether an agreement's mention ends right before
// a comma and an optional determiner at toks[start]: "the Ankara
// Declaration, a joint statement".
func dealBeforeComma(toks []token, ms []mention, start int) bool {
	i := start - 1
	if i >= 0 && toks[i].is(classDeterminer) {
		i--
	}
	if i < 1 || toks[i].text != "," {
		return false
	}
	for _, m := range ms {
		if m.end == i && m.entry.typ == graph.Agreement {
			return true
		}
	}
	return false
}

// cessation reports whether toks[h] is the noun of a truce told as the end
// of the fighting: "a cessation of hostilities", "the cessation of
// fighting"; not "the cessation of aid".
func cessation(toks []token, h int) bool {
	return toks[h].in(setCessationNoun) && h+2 < len(toks) && toks[h+1].fold == "of" && toks[h+2].in(setHostilityNoun)
}

// verbLike reports whether t may be a verb after a noun: "the deal
// collapsed", "the ceasefire holds", "the truce took effect".
func verbLike(t token) bool {
	f := t.fold
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "s") || t.in(setIrregularPast)
}

// readSponsorName names the reading of a sponsor glued to the participle
// in an agreement's name ("a Russian-brokered truce"): see Explain.
const readSponsorName = "reading sponsor-name"

// readDealParties names the reading of the two sides after "between" in
// an agreement's name ("the Arica accord between Chile and Peru"), who
// signed it.
const readDealParties = "reading deal-parties"

// maxDealModifiers bounds the words read before an agreement's noun.
const maxDealModifiers = 6

// maxDealComplement bounds the words of "of ..." or "on ..." after it.
const maxDealComplement = 4

// discoverAgreements adds to ms the agreements s names by description: a
// noun of a deal with the words that qualify it, named as written without
// its determiner ("agreed to a six-month bilateral ceasefire" names the
// six-month bilateral ceasefire; "the declaration of principles", "the
// Pretoria agreement", "a Russian-brokered truce"). A noun a mention
// already covers (a catalog alias, a reference back) is left alone, and so
// is a deal that is only sought or denied ("calls for a ceasefire", "no
// agreement", "a possible deal") and talks without a word that says which.
func (a *article) discoverAgreements(s *sentence, toks []token, ms []mention) []mention {
	added := false
	var described []int // where the deals the sentence names by description start
	for h := 0; h < len(toks); h++ {
		if covered(ms, h) {
			continue
		}
		if rs := a.numberedResolutions(toks, ms, h); len(rs) > 0 {
			// "Resolution 2797", "resolutions 1701 and 2254".
			for _, r := range rs {
				ms = slices.DeleteFunc(ms, func(o mention) bool { return o.start >= r.start && o.end <= r.end })
				ms = append(ms, r)
				a.noteAgreement(r.entry)
				h = r.end - 1
			}
			added = true
			continue
		}
		if bareResolution(toks, h) {
			// "the council adopted a resolution": the resolution the
			// article names by its number, if it names one (see
			// sameDeal).
			e := a.discovered(toks[h].fold, graph.Agreement)
			if e.typ == graph.Agreement {
				a.markGeneric(e, dealResolution)
				ms = append(ms, mention{start: h, end: h + 1, entry: e, kind: aliasDefinite})
				added = true
			}
			continue
		}
		hs, kind, ok := a.dealHead(toks, h)
		if !ok || hs < h && covered(ms, hs) {
			continue
		}
		m, sponsors, ok := a.dealMention(toks, ms, hs, h, kind)
		if !ok {
			continue
		}
		if !toks[h].sets.hasAny(dealHeads) && toks[h].in(setStatementNoun) && dealBeforeComma(toks, ms, m.start) {
			// "the Ankara Declaration, a joint statement signed by
			// A and B": the statement is the deal named before it.
			continue
		}
		for _, sp := range sponsors {
			// "a Russian-brokered truce", "UN-sponsored talks": the
			// name says who brokered the deal, whatever the clause
			// around it says.
			a.refs.sponsors = append(a.refs.sponsors, dealSponsor{s: s, sponsor: sp, deal: m.entry})
		}
		for k := range a.refs.sponsors {
			if d := &a.refs.sponsors[k]; d.s == nil {
				// The parties dealMention read: "between A and B".
				d.s = s
			}
		}
		ms = slices.DeleteFunc(ms, func(o mention) bool { return o.start >= m.start && o.end <= m.end })
		ms = append(ms, m)
		described = append(described, m.start)
		if m.entry.typ == graph.Agreement {
			a.noteAgreement(m.entry)
		}
		added = true
		h = m.end - 1
	}
	for _, m := range ms {
		if m.entry.typ == graph.Agreement && (datedPast(a.date, toks, m.end) || yearOpensPast(a.date, toks, m.start)) {
			if a.refs.pastDeals == nil {
				a.refs.pastDeals = make(map[*entry]bool)
			}
			a.refs.pastDeals[m.entry] = true
		}
	}
	for _, m := range ms {
		if m.entry.typ != graph.Agreement || m.end+1 >= len(toks) || toks[m.end].fold != "between" || a.kindOf(m.entry) == dealTalks {
			continue
		}
		if slices.Contains(described, m.start) {
			// dealMention read the parties of a deal it named.
			continue
		}
		// "the Adana agreement between Turkey and Syria": a deal the
		// catalog names, between its two sides, who signed it (not
		// fought each other: "the Sochi deal between Russia and
		// Turkey").
		parties, _ := dealParties(toks, ms, m.end+1)
		for _, pe := range parties {
			a.refs.sponsors = append(a.refs.sponsors, dealSponsor{s: s, party: pe, deal: m.entry})
		}
	}
	a.coordinatedExchanges(toks, ms)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].in(setMediateVerb) && toks[i+1].fold == "between" && !covered(ms, i+1) {
			// "Qatar has mediated between the two sides since April":
			// the deal the article names, if it names one (see
			// sameDeal).
			e := a.discovered(toks[i+1].fold, graph.Agreement)
			if e.typ != graph.Agreement {
				continue
			}
			a.markGeneric(e, dealAny)
			ms = append(ms, mention{start: i + 1, end: i + 2, entry: e, kind: aliasDefinite})
			added = true
		}
	}
	if e := a.dealBefore(s); e != nil {
		for i := 1; i < len(toks); i++ {
			if toks[i].fold == "it" && dealPronoun(toks, i) && !covered(ms, i) {
				// "Washington has endorsed it" after a sentence that
				// named one deal: "it" is the deal.
				ms = append(ms, mention{start: i, end: i + 1, entry: e, kind: aliasDefinite})
				added = true
			}
		}
	}
	if added {
		slices.SortFunc(ms, func(x, y mention) int { return x.start - y.start })
	}
	return ms
}

// numberedResolutions returns the mentions of the resolutions that a noun
// of a resolution at toks[h] names by their numbers: "Resolution 2797",
// "Security Council resolution 1701", "resolutions 1701 and 2254". Each is
// an agreement named "Resolution" and its number, whatever the case the
// text writes it in, so that "resolution 2797" later is the same one. The
// body glued before the noun is part of the name as written ("backed UN
// Security Council Resolution 2797" backs no council), and says nothing of
// its own: who adopted it is read from the clause. A noun with no number
// after it names none ("a resolution of the crisis", "the resolution").
func (a *article) numberedResolutions(toks []token, ms []mention, h int) []mention {
	if !toks[h].in(setResolutionNoun) || toks[h].upper || toks[h].hyphen {
		return nil
	}
	first := h
	if m := mentionEndingAt(ms, h); m != nil && m.entry.typ == graph.Organization && !m.possessive {
		first = m.start
	}
	var rs []mention
	for k := h + 1; k < len(toks) && resolutionNumber(toks, k); {
		e := a.discovered("Resolution "+toks[k].text, graph.Agreement)
		if e.typ != graph.Agreement {
			break
		}
		start := k
		if len(rs) == 0 {
			start = first
		}
		rs = append(rs, mention{start: start, end: k + 1, entry: e})
		if k+2 >= len(toks) || toks[k+1].fold != "and" && toks[k+1].text != "," {
			break
		}
		k += 2
	}
	return rs
}

// bareResolution reports whether toks[h] is the noun of a resolution
// without its number, after a determiner and at most two lower-case
// words: "adopted a resolution", "a binding resolution on Friday"; not
// "resolutions", "a resolution of the conflict", "a peaceful resolution
// to the crisis", "a draft resolution", "calls for a resolution".
func bareResolution(toks []token, h int) bool {
	t := toks[h]
	if !t.in(setResolutionNoun) || t.cap || t.hyphen || strings.HasSuffix(t.fold, "s") {
		return false
	}
	if n := h + 1; n < len(toks) && (isNumber(toks[n].fold) || toks[n].hyphen) {
		return false
	}
	if n := h + 1; n < len(toks) && (toks[n].fold == "of" || toks[n].fold == "to" || toks[n].fold == "for" || toks[n].fold == "between" || toks[n].fold == "with") {
		return false
	}
	p := h - 1
	for p >= 0 && h-p <= 2 && toks[p].word && !toks[p].cap && !toks[p].hyphen && toks[p].info == nil {
		p--
	}
	if p < 0 || !toks[p].is(classDeterminer) || soughtDeal(toks, p) {
		return false
	}
	for k := max(p-1, 0); k < h; k++ {
		if toks[k].in(setUnrealDeal) || toks[k].fold == "draft" {
			return false
		}
	}
	return true
}

// resolutionNumber reports whether toks[k] is the number of a resolution:
// two to four digits, not glued to a word ("2797-A") nor a part of a
// longer number ("2,797", "27.97").
func resolutionNumber(toks []token, k int) bool {
	t := toks[k]
	if !t.word || t.hyphen || !isNumber(t.fold) || len(t.fold) < 2 || len(t.fold) > 4 || t.fold[0] == '0' {
		return false
	}
	if n := k + 1; n < len(toks) && !toks[n].space && (toks[n].word || (toks[n].text == "," || toks[n].text == ".") && n+1 < len(toks) && !toks[n+1].space && isDigit(toks[n+1].fold)) {
		return false
	}
	return true
}

// dealBefore returns the one agreement the sentence before s names, if it
// names exactly one and no actor after it, or nil: "it" later may only be
// that deal.
func (a *article) dealBefore(s *sentence) *entry {
	if s.index == 0 {
		return nil
	}
	var deal *entry
	for _, m := range a.sentences[s.index-1].mentions {
		switch {
		case m.entry.typ != graph.Agreement:
			if deal != nil && m.entry.typ != graph.Place {
				// "the plan Kosovo accepted; Serbia endorsed it": an
				// actor after the deal may be "it" as well.
				return nil
			}
		case deal != nil && deal != m.entry:
			return nil
		default:
			deal = m.entry
		}
	}
	if deal != nil && (a.refs.genericDeals[deal] || a.refs.pastDeals[deal]) {
		return nil
	}
	return deal
}

// dealPronoun reports whether "it" at toks[i] is the object of a verb the
// patterns read, at the end of its clause: "has endorsed it.", "rejected
// it on Monday", not "said it would" nor "it rejected".
func dealPronoun(toks []token, i int) bool {
	v := toks[i-1]
	if !v.word || v.info == nil || v.info.patterns == nil || !strings.HasSuffix(v.fold, "ed") && !strings.HasSuffix(v.fold, "s") {
		return false
	}
	return i+1 == len(toks) || !toks[i+1].word || isPreposition(toks[i+1].fold)
}

// dealSponsor is a broker glued to the name of a deal in a sentence.
type dealSponsor struct {
	s       *sentence
	sponsor *entry // who brokered the deal
	party   *entry // or one of its sides: "the truce between A and B"
	rival   *entry // and the other side the party fought, for a truce
	deal    *entry
}

// stateSponsors states who brokered the deals whose names in s say so. It
// waits until the article is read, so that "a Turkish-brokered deal" in a
// headline is the deal a later sentence names (see sameDeal).
func (a *article) stateSponsors(s *sentence) {
	// The readings of a sentence's deals and bodies that go before the
	// patterns.
	a.guarantors(s)
	a.mediation(s)
	a.statedMembers(s)
	a.organAppositives(s)
	for _, d := range a.refs.sponsors {
		switch {
		case d.s != s:
		case d.rival != nil:
			// "a truce between A and B": the two sides fought.
			a.relFact(s, d.party, graph.Fights, d.rival, 0.7, readDealParties)
		case d.party != nil:
			a.relFact(s, d.party, graph.Signed, d.deal, 0.8, readDealParties)
		default:
			a.relFact(s, d.sponsor, graph.Brokered, d.deal, 0.8, readSponsorName)
		}
	}
}

// markGeneric records that e, an agreement of kind k, is named by words
// that do not say which deal it is.
func (a *article) markGeneric(e *entry, k dealKind) {
	d := &a.refs
	if d.pastDeals == nil {
		d.pastDeals = make(map[*entry]bool)
	}
	if d.genericDeals == nil {
		d.genericDeals = make(map[*entry]bool)
	}
	d.genericDeals[e] = true
	if d.agreementKinds == nil {
		d.agreementKinds = make(map[*entry]dealKind)
	}
	d.agreementKinds[e] = k
}

// dealMention reads the agreement whose noun spans toks[hs..h]: its
// modifiers before, its complement after, and the mention that stands for
// it. A sponsor glued to a participle ("Russian-brokered", "UN-sponsored")
// is part of the name but stays an actor of its own, so that the patterns
// read who brokered the deal; other names before the noun ("the Pretoria
// agreement", "the ELN ceasefire") are part of the agreement's.
func (a *article) dealMention(toks []token, ms []mention, hs, h int, kind dealKind) (mention, []*entry, bool) {
	var sponsors []*entry
	sponsorAt := -1    // the participle glued to the last sponsor
	sponsorStart := -1 // where the compound of the first sponsor starts
	start, mstart := hs, 0
	named, qualified, generic, glued := false, false, true, false
	namedAt := -1 // the last word of a name before the noun
	if ts := titleStart(toks, ms, hs); ts < hs && toks[h].cap {
		// "the Status of Forces Agreement", "a Cessation of Hostilities
		// Agreement": a title whose words "of", "for" or "and" join.
		start, named, qualified, generic = ts, true, true, false
		namedAt = hs - 1
	}
	for k := start - 1; k >= 0 && hs-k <= maxDealModifiers; {
		t := toks[k]
		if isQuoteMark(t) && k > 0 && (toks[k-1].word && a.dealModifier(toks, ms, k-1) || isQuoteMark(toks[k-1])) {
			// "sign 'permanent' ceasefire": quoted modifiers.
			k--
			continue
		}
		if k >= 2 && isNumber(t.fold) && toks[k-1].fold == "+" && !toks[k-1].space && !t.space && isNumber(toks[k-2].fold) {
			// "the 5+2 format", "the 3+3 platform": a format named by
			// how many sides it seats.
			start, k = k-2, k-3
			named, qualified, generic = true, true, false
			namedAt = max(namedAt, start)
			continue
		}
		if t.fold == "and" && k > 0 && toks[k+1].word && toks[k+1].cap && !covered(ms, k+1) && toks[k-1].word && !covered(ms, k-1) && titleWord(toks[k-1]) {
			// "the Stabilisation and Association Agreement", "the Peace
			// and Friendship Treaty": "and" inside a title.
			k--
			continue
		}
		if (t.fold == "and" || t.text == ",") && k > 0 && k+1 < hs && start == k+1 && coordinatedModifier(toks[k+1]) && coordinatedModifier(toks[k-1]) && a.dealModifier(toks, ms, k-1) {
			// "an immediate and unconditional ceasefire", "a full,
			// durable truce": coordinated adjectives qualify the noun
			// together.
			k--
			continue
		}
		if t.text == "." && !t.space && k > 0 && isMonth(toks[k-1]) && k+1 < hs && isNumber(toks[k+1].fold) {
			// "the Sept. 17 memorandum": an abbreviated month and its
			// day name the deal, as "the March 5 agreement" does.
			start, k = k-1, k-2
			named, qualified, generic = true, true, false
			namedAt = max(namedAt, start)
			continue
		}
		if !t.word || t.fold == "'s" {
			break
		}
		c := k
		for c > 0 && toks[c].hyphen {
			c--
		}
		if evaluativeStart(toks, k) >= 0 {
			// "a long-delayed swap deal": how the deal is judged, no
			// part of its name.
			break
		}
		if hyphenDeterminer(a.x.words, toks, k) {
			// "the so-called Arica Accords": a determiner, no part of
			// the name.
			break
		}
		if c < k {
			// "six-month", "Ethiopia-Somaliland", "Russian-brokered": a
			// compound qualifies the deal.
			qualified, generic = true, false
			if m := mentionEndingAt(ms, k); m != nil && strings.HasSuffix(t.fold, "ed") {
				// "Russian-brokered", "UN-sponsored": the sponsor stays
				// an actor the patterns read.
				mstart = max(mstart, k+1)
				sponsorAt = max(sponsorAt, k)
				if t.in(setMediateVerb) {
					for _, sm := range ms {
						if sm.end > c && sm.end <= k && sm.entry.typ != graph.Agreement {
							sponsors = append(sponsors, sm.entry)
						}
					}
				}
			} else if covered(ms, c) || covered(ms, k) || toks[c].cap {
				// "the Ethiopia-Somaliland memorandum", "the
				// Liptako-Gourma Charter": glued names need no
				// determiner to be a name.
				named, glued = true, true
				namedAt = max(namedAt, k)
			}
			if m := mentionEndingAt(ms, c+1); m != nil && m.start < c {
				c = m.start
			}
			for c < k && toks[c].is(classDeterminer) {
				// "the UN-sponsored talks": "the UN" is the mention.
				c++
			}
			if sponsorAt == k {
				sponsorStart = c
			}
			start, k = c, c-1
			continue
		}
		if m := mentionEndingAt(ms, k+1); m != nil {
			if m.entry.typ == graph.Person || m.possessive || m.kind == aliasDefinite {
				break
			}
			// "the Pretoria agreement", "the ELN ceasefire".
			start, k = m.start, m.start-1
			named, qualified, generic = true, true, false
			namedAt = max(namedAt, m.end-1)
			continue
		}
		if !a.dealModifier(toks, ms, k) {
			break
		}
		start = k
		if t.cap {
			named = true
			namedAt = max(namedAt, k)
		}
		if t.cap || t.in(setDealAdjective) || t.sets.hasAny(dealHeads) || isNumber(t.fold) {
			// "peace talks", "truce talks", "the 2016 talks": words that
			// say which talks; "direct talks", "bilateral talks" are a
			// meeting.
			qualified = true
		}
		if !t.in(setDealAdjective) && !t.sets.hasAny(dealHeads) {
			generic = false
		}
		k--
	}
	for start < hs && isQuoteMark(toks[start]) {
		start++
	}
	past := false
	for k := max(start-2, 0); k < hs; k++ {
		// "an earlier ceasefire", "the previous deal": another deal than
		// the one the article is about.
		past = past || toks[k].in(setPastDeal)
	}
	// An exchange is carried out once: dated to an earlier year it is
	// over; an accord dated so may still bind its sides.
	told := kind == dealExchange && yearBefore(a.date, toks, start)
	past = past || told
	p := start - 1
	if c := evaluativeStart(toks, p); c >= 0 {
		// "a long-awaited truce": the determiner before the judgement.
		p = c - 1
	}
	det := p >= 0 && (toks[p].is(classDeterminer) || toks[p].fold == "'s" || toks[p].fold == "this" || toks[p].fold == "that" || hyphenDeterminer(a.x.words, toks, p))
	if p >= 1 && isQuoteMark(toks[p]) && toks[p-1].is(classDeterminer) {
		// "the 'Moscow Declaration'": a quoted name after its determiner.
		det = true
	}
	if det && toks[p].fold == "'s" && verbBefore(toks, start, hs) {
		// "Chad's military government signs Doha deal": the possessive
		// is the subject's, and the verb after it ends the name.
		det = false
	}
	if !det {
		// Without a determiner to bound them, words the patterns read are
		// verbs, not modifiers: "to sign ceasefire deal", "agree
		// China-brokered truce".
		for k := hs - 1; k >= start; k-- {
			if t := toks[k]; t.word && !t.cap && !isNumber(t.fold) && t.info != nil && t.info.patterns != nil && !t.in(setDealAdjective) && !(k+1 < len(toks) && toks[k+1].hyphen) && !t.hyphen {
				start = k + 1
				break
			}
		}
		if sponsorStart > start {
			// "end feud in Turkish-brokered deal": without a determiner
			// the name starts at its sponsor.
			start = sponsorStart
		}
		for start < hs && isQuoteMark(toks[start]) {
			start++
		}
		p = start - 1
		// "Rival camps sign 'permanent' ceasefire": the name left out.
		named = named && namedAt >= start
		qualified, generic = dealModifiers(toks, ms, start, hs)
	}
	mstart = max(mstart, start)
	v := p
	for v >= 0 && isQuoteMark(toks[v]) {
		// "adopt 'Moscow Declaration'": the verb before the quotes.
		v--
	}
	if named && !det && !glued && !(v >= 0 && headlineVerb(toks[v]) && toks[start].cap) {
		// "signed in Doha agreements on trade": a place, not a name;
		// but "Russia and Turkey agree Idlib ceasefire", the name
		// right after a verb.
		return mention{}, nil, false
	}
	if p >= 0 && soughtDeal(toks, p) {
		return mention{}, nil, false
	}
	for k := max(start-1, 0); k < hs; k++ {
		if toks[k].in(setUnrealDeal) {
			// "guarantors of a future deal", "an eventual accord": a
			// deal not yet made, which no one signed or brokered.
			return mention{}, nil, false
		}
	}
	genericNoun := generic
	end := h + 1
	if c := titleComplement(toks, ms, end); toks[h].cap && (named || hs > 0) && c > end {
		// "the Political Agreement for Peace and Reconciliation", "the
		// Treaty of Lausanne": a title goes on to its last capitalised
		// word.
		end, generic, qualified = c, false, true
	} else if c := dealComplement(toks, ms, end); c > end && !(named && !glued) {
		// "a declaration of principles", "a memorandum on air safety";
		// a name says which deal without it ("the Doha agreements on
		// trade").
		for k := end + 1; k < c; k++ {
			if toks[k].word && !toks[k].in(setDealAdjective) && toks[k].fold != "the" {
				// "of understanding" says no more than the noun.
				generic = false
			}
		}
		if cessation(toks, h) && c == h+3 && a.truceSeen() {
			// "the cessation of hostilities" after "the ceasefire" is
			// the same truce told again, as "the truce" would be.
			generic = true
		}
		end = c
		// "talks on the sidelines" are a meeting all the same.
		qualified = qualified || kind != dealTalks
	}
	nameStart := start
	if len(sponsors) > 0 && sponsorAt >= start && namedAt > sponsorAt {
		// "the UN-brokered Skhirat agreement" is the Skhirat agreement:
		// a name of its own after the sponsor says which deal.
		nameStart = sponsorAt + 1
	}
	arranged := false
	for _, at := range []int{h + 1, end} {
		if kind == dealTalks || !(at == end && generic || at == h+1 && genericNoun) {
			continue
		}
		if cs, ce, ok := arrangementComplement(toks, ms, at); ok {
			// "signed a memorandum of understanding on a long-term
			// strategic cooperation plan": a deal its noun does not
			// name is named by the arrangement it is about.
			nameStart, end, generic, arranged = cs, ce, false, true
			break
		}
	}
	if kind == dealTalks && !qualified {
		// "held talks", "the process": talks that no word says are
		// about a deal.
		return mention{}, nil, false
	}
	if toks[h].in(setPlanNoun) && !(sponsorAt >= start || pointsBefore(toks, start, hs) || det && titledPlan(toks, ms, start, h)) ||
		toks[h].in(setPlanNoun) && h+1 < len(toks) && toks[h+1].is(classDeterminer) {
		// "a plan to strike", "the war plan", "a long-term cooperation
		// plan", "helped the army plan the offensive", "the US plan": a
		// plan is a deal only when its broker or its points say which
		// ("a French-brokered peace plan", "the six-point plan"); one
		// named by an actor may be that actor's own design.
		return mention{}, nil, false
	}
	placeName, placed := "", false
	if end == h+1 && sponsorAt < start && end+1 < len(toks) && toks[end].fold == "in" {
		// truceNamed walks the article's deals: only where a place may follow.
		ground := kind == dealTruce && p >= 0 && toks[p].fold == "the" && !a.truceNamed()
		if kind == dealTalks || genericNoun && p >= 0 && (toks[p].fold == "a" || toks[p].fold == "an" || ground) {
			if m := dealMentionAt(ms, end+1); m != nil && !m.possessive && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) && (m.end == len(toks) || !toks[m.end].hyphen && toks[m.end].fold != "'s") && (kind == dealTalks || !purposeAfter(toks, m.end)) && !(ground && truceVenue(toks, p, m)) {
				// "Yemen talks in Sweden", "peace talks in Geneva": talks
				// are named by where they are held, as annotators name
				// them ("Sweden talks"); "UN-sponsored peace talks" by
				// their sponsor. So is a deal that an indefinite article
				// brings in and no word but its noun names: "signed an
				// agreement in Cairo", "a new peace deal in Arica" are the
				// Cairo agreement and the Arica deal where the article
				// names no other deal of their kind (see placedDeals); "the
				// agreement in Cairo" refers back, and "an agreement in
				// Lima to end the war" is named by its purpose. A truce
				// holds on the ground it covers: "the ceasefire in Idlib"
				// is the Idlib ceasefire, whatever its article, unless the
				// article names that truce more fully (see placeNamesDeal).
				placeName = dealName(toks, m.start, m.end) + " " + dealName(toks, hs, h+1)
				placed = kind != dealTalks
				end = m.end
			}
		}
	}
	if placeName == "" && kind != dealTalks && genericNoun && det && end == h+1 && sponsorAt < start && end < len(toks) && toks[end].in(setDealDone) {
		if i, j := madeAt(toks, ms, end+1); j > i {
			// "an agreement reached in May between A and B", "the
			// accord signed with X on March 10": a deal no word before
			// its noun names is named by when it was made, as
			// annotators name it (the May agreement, the March 10
			// accord), unless the article names that deal more fully
			// (see placeNamesDeal). The participle and its adjuncts
			// stay outside the mention, for the patterns to read who
			// made it. "A deal struck in May between A and B ..., and
			// a deal struck in May between C and D" are two deals,
			// which one date name would make one.
			name := dealName(toks, i, j) + " " + dealName(toks, hs, h+1)
			if !a.otherDatedParties(name, toks, ms, j) {
				placeName, placed = name, true
			}
		}
	}
	var parties []*entry
	partiesEnd := 0
	if end < len(toks) && toks[end].fold == "between" && kind != dealTalks {
		// "the Qatari-mediated truce between A and B", "the Arica accord
		// between Chile and Peru": the two sides are its parties; those
		// of a truce fought each other.
		parties, partiesEnd = dealParties(toks, ms, end+1)
	}
	if kind != dealAny && end < len(toks) && len(parties) == 0 && (toks[end].fold == "with" && kind == dealTalks || toks[end].fold == "between") {
		// "peace talks with X", "talks between A and B": a meeting the
		// contact patterns read; "a ceasefire between A and B" a fight
		// they read.
		return mention{}, nil, false
	}
	if toks[h].cap && !named && end == h+1 && !mixedCase(toks[h].text) {
		// "the Declaration": a capitalised noun alone is a title or a
		// name the catalog should know.
		return mention{}, nil, false
	}
	if kind == dealAny {
		for k := start; k < hs; k++ {
			if toks[k].in(setTruceNoun) {
				// "a ceasefire agreement" is a truce.
				kind = dealTruce
			}
		}
	}
	nameEnd := end
	if kind == dealTruce && generic && end == h+1 && p >= 0 && (toks[p].fold == "a" || toks[p].fold == "an") && end+2 < len(toks) && toks[end].in(setMediateVerb) && toks[end+1].fold == "by" {
		if m := dealMentionAt(ms, end+2); m != nil && m.entry.typ != graph.Agreement && m.entry.typ != graph.Place && (m.end == len(toks) || !toks[m.end].word || toks[m.end].fold != "and") {
			// "ended with a ceasefire brokered by Moscow": a truce no
			// word before its noun names is named by its one broker,
			// whom the patterns read after it.
			nameEnd, generic = m.end, false
		}
	}
	dated := false
	if end == h+1 && nameEnd == end {
		if w, ok := bareModifier(toks, start, hs); ok {
			// "a 2013 deal", "the south-west ceasefire": a year or a
			// region says no more than the noun; annotators name such a
			// deal by what it is about.
			generic = true
			dated = isNumber(w)
		}
	}
	if arranged {
		nameEnd = end
	}
	if generic && len(parties) == 2 && nameEnd == end && !past {
		// "mediated a ceasefire between the United States and the
		// Houthis": a deal no word names is named by its two sides, as
		// annotators name it.
		nameEnd, end, generic = partiesEnd, partiesEnd, false
	}
	name := dealName(toks, nameStart, nameEnd)
	if placeName != "" {
		name, generic = placeName, false
	}
	if named && !past && membersOf(toks, start) {
		// "Benin and Togo are members of the Accra Initiative": what
		// states are members of is a body, not a deal.
		if b := a.discovered(name, graph.Organization); b.typ == graph.Organization {
			return mention{start: start, end: end, entry: b}, nil, true
		}
	}
	e := a.discovered(name, graph.Agreement)
	if e.typ != graph.Agreement {
		return mention{}, nil, false
	}
	if dated && (len(a.date) < 4 || a.pastDeal(e)) {
		// "a 2013 deal" in a later report, or in one of no known date:
		// no deal the report is about.
		past = true
	}
	if past {
		// Named or not, it is no deal a bare "an agreement" names, and
		// it gives no fact unless named by more than its noun.
		a.markGeneric(e, kind)
		if !generic && !told {
			// A deal the clause dates to an earlier year ("freed in
			// 2008 as part of a prisoner exchange") is told as history:
			// no deal of this report, which annotators leave out.
			delete(a.refs.genericDeals, e)
		}
		a.refs.pastDeals[e] = true
	} else if generic {
		a.markGeneric(e, kind)
	} else {
		if a.refs.agreementKinds == nil {
			a.refs.agreementKinds = make(map[*entry]dealKind)
		}
		a.refs.agreementKinds[e] = kind
		if placed {
			if a.refs.placedDeals == nil {
				a.refs.placedDeals = make(map[*entry]bool)
			}
			a.refs.placedDeals[e] = true
		}
	}
	if start > sponsorAt {
		// The sponsor is no part of the name as trimmed.
		sponsors = nil
	} else if start == sponsorStart && end == h+1 && !past && onlyDealWords(toks, sponsorAt+1, hs) {
		a.describe(e, "")
	}
	if sponsorAt < start && !past && !generic && end == h+1 && commonWords(toks, start, hs) {
		// "a joint declaration": the article's "Ankara Declaration".
		a.describe(e, toks[h].fold)
	}
	if sponsorAt >= start || partiesSigned(toks, p, partiesEnd) {
		// "a US-brokered truce between A and B": a broker made it.
		for _, pe := range parties {
			a.refs.sponsors = append(a.refs.sponsors, dealSponsor{party: pe, deal: e})
		}
	}
	if len(parties) == 2 && kind == dealTruce {
		a.refs.sponsors = append(a.refs.sponsors, dealSponsor{party: parties[0], rival: parties[1], deal: e})
	}
	mend := end
	if q := start - 1; mstart == start && q >= 0 && isQuoteMark(toks[q]) && end < len(toks) && isQuoteMark(toks[end]) && !covered(ms, q) && !(end+1 < len(toks) && toks[end+1].sets.hasAny(dealHeads)) {
		// "adopt 'Moscow Declaration'": the quotes go with the name, so
		// that the patterns read the verb before them; but in "sign
		// 'permanent ceasefire' declaration" they qualify another deal.
		mstart, mend = q, end+1
	}
	return mention{start: mstart, end: mend, entry: e}, sponsors, true
}

// truceSeen reports whether the article has already named a truce of
// this report, by a name or by its noun alone ("the ceasefire"), other
// than one told as the end of the fighting itself.
func (a *article) truceSeen() bool {
	for e, k := range a.refs.agreementKinds {
		if k == dealTruce && !a.refs.pastDeals[e] && !a.pastDeal(e) && !slices.ContainsFunc(strings.Fields(e.name), func(w string) bool {
			return a.x.words.inSet(foldWord(w), setCessationNoun)
		}) {
			return true
		}
	}
	return false
}

// datedPast reports whether the participle after a deal's name, at
// toks[end], or "of" and a year right after it, dates it to a year before
// the article's date: "the Stockholm Agreement, reached in Sweden in
// December 2018", "the Khartoum agreement of 2019" in a report of 2020 is
// history, which a later "the deal" does not name; so is one dated at all
// in a report of no known date, as "a 2013 deal" is.
func datedPast(date string, toks []token, end int) bool {
	year := "9999"
	if len(date) >= 4 {
		year = date[:4]
	}
	if end+1 < len(toks) && toks[end].fold == "of" && isYear(toks[end+1].fold) && toks[end+1].fold < year {
		// "the Khartoum agreement of 2019" in a report of 2025: a date
		// after the name dates the deal as one before it does.
		return true
	}
	k := end
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !strings.HasSuffix(toks[k].fold, "ed") && !toks[k].in(setIrregularPast) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6 && toks[j].word; j++ {
		if f := toks[j].fold; isYear(f) && f < year {
			return true
		}
	}
	return false
}

// yearOpensPast reports whether a year before the article's opens the
// mention of a deal at toks[start]: "the 2015 nuclear deal" in a report of
// 2025 names history, no deal the report is about.
func yearOpensPast(date string, toks []token, start int) bool {
	if len(date) < 4 {
		return false
	}
	// The year opens the mention or stands right before it; a number
	// after a noun ("Resolution 1701") is no year.
	for j := max(start-1, 0); j < len(toks) && j <= start; j++ {
		if f := toks[j].fold; isYear(f) && f >= "1900" {
			return f < date[:4]
		}
	}
	return false
}

// yearBefore reports whether a year before the article's, after "in",
// stands in the few words before toks[start], the start of a deal's name:
// "was freed in 2008 as part of a prisoner exchange", "set up in 1974 to
// monitor the truce" tell of a deal of the past.
func yearBefore(date string, toks []token, start int) bool {
	if len(date) < 4 {
		return false
	}
	for k := max(start-6, 1); k < start; k++ {
		if f := toks[k].fold; isYear(f) && f < date[:4] && toks[k-1].fold == "in" {
			return true
		}
	}
	return false
}

// headlineVerb reports whether t is a verb the patterns read, which may
// take a deal's name without its determiner in a headline: "agree",
// "sign", "hail".
func headlineVerb(t token) bool {
	return t.word && !t.cap && !t.hyphen && t.info != nil && t.info.patterns != nil && !isPreposition(t.fold)
}

// maxMadeAdjunct bounds the words read after the participle of a deal's
// making for the place or the date of it.
const maxMadeAdjunct = 6

// madeAt returns where the words that say when a deal was made start and
// end, read from toks[i] on, right after the participle of its making: the
// month after "in" ("reached in May", "agreed in March 2020") or the day
// after "on" ("signed on March 10", "signed on 22 October"). The sides it
// was made with ("with Damascus") and a weekday ("on Sunday") may come
// first. It returns i, i when no such words follow. A place ("signed in
// Sochi") is not read: a deal's place of signing is often not the place
// annotators name it by ("the memorandum signed in Sochi" is the
// memorandum on the north-east), and on the check sets it gave only
// false facts.
func madeAt(toks []token, ms []mention, i int) (int, int) {
	for k := i; k < len(toks) && k-i < maxMadeAdjunct; {
		if n := dayAdjunct(toks, k); n > 0 {
			k += n
			continue
		}
		if toks[k].fold == "with" && k+1 < len(toks) {
			// "signed with Damascus": the other side, read by the
			// patterns.
			m := dealMentionAt(ms, k+1)
			if m == nil || m.entry.typ == graph.Agreement {
				break
			}
			k = m.end
			continue
		}
		if k+1 >= len(toks) || toks[k].fold != "in" && toks[k].fold != "on" {
			break
		}
		if toks[k].fold == "in" {
			if isMonth(toks[k+1]) {
				if _, ok := year(toks, k+2); ok {
					return k + 1, k + 3
				}
				return k + 1, k + 2
			}
			break
		}
		if _, ok := day(toks, k+2); ok && isMonth(toks[k+1]) {
			return k + 1, yearAfterDay(toks, k+3)
		}
		if _, ok := day(toks, k+1); ok && k+2 < len(toks) && isMonth(toks[k+2]) {
			return k + 1, yearAfterDay(toks, k+3)
		}
		break
	}
	return i, i
}

// otherDatedParties reports whether a deal named by its date as name has
// its parties after the date, at toks[j] ("between A and B"), and the
// article named a deal so before with other parties: a second deal made in
// the same month, which the name would merge with the first. It keeps the
// parties of the first deal so named.
func (a *article) otherDatedParties(name string, toks []token, ms []mention, j int) bool {
	if j >= len(toks) || toks[j].fold != "between" {
		return false
	}
	parties, _ := dealParties(toks, ms, j+1)
	if len(parties) == 0 {
		return false
	}
	if before, ok := a.refs.datedParties[name]; ok {
		return !sameEntries(before, parties)
	}
	if a.refs.datedParties == nil {
		a.refs.datedParties = make(map[string][]*entry)
	}
	a.refs.datedParties[name] = parties
	return false
}

// sameEntries reports whether x and y hold the same entries, in any order.
func sameEntries(x, y []*entry) bool {
	if len(x) != len(y) {
		return false
	}
	for _, e := range x {
		if !slices.Contains(y, e) {
			return false
		}
	}
	return true
}

// truceNamed reports whether the article has named a truce by more than
// its noun: "the ceasefire" after it refers back to it, wherever it holds
// ("brokered a ceasefire between A and B on January 15. Egypt and Qatar,
// which brokered the ceasefire in Cairo,").
func (a *article) truceNamed() bool {
	for e, kind := range a.refs.agreementKinds {
		if kind == dealTruce && !a.refs.genericDeals[e] && !a.refs.pastDeals[e] {
			return true
		}
	}
	return false
}

// truceVenue reports whether the place m after "the <truce> in", whose
// article is toks[p], is where the truce was made rather than the ground
// it covers: a state named by another name than its own, its capital ("the
// ceasefire in Doha" names Qatar by Doha), a city that hosts talks; or a
// place that is no state after a verb of mediating, signing or discussing
// ("mediated the ceasefire in Sochi"). A state named by its own name is
// the ground whatever the verb ("brokered the truce in Yemen").
func truceVenue(toks []token, p int, m *mention) bool {
	if m.entry.typ == graph.Country {
		return !strings.EqualFold(dealName(toks, m.start, m.end), m.entry.name)
	}
	return p > 0 && toks[p-1].in(setTruceVenueVerb)
}

// yearAfterDay returns where a day's date ends that may go on at toks[j]
// with its year, with or without a comma: "on 10 March 2020", "on March
// 10, 2020" name the 10 March 2020 ceasefire, not this year's.
func yearAfterDay(toks []token, j int) int {
	if _, ok := year(toks, j); ok {
		return j + 1
	}
	if j < len(toks) && toks[j].fold == "," {
		if _, ok := year(toks, j+1); ok {
			return j + 2
		}
	}
	return j
}

// dealMentionAt returns the mention of ms that starts at toks[i], or nil.
func dealMentionAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start == i {
			return &ms[k]
		}
	}
	return nil
}

// purposeAfter reports whether an infinitive of purpose follows toks[i],
// past a day: "signed an agreement in Lima (on Monday) to end the war".
func purposeAfter(toks []token, i int) bool {
	if i < len(toks) {
		i += dayAdjunct(toks, i)
	}
	return i < len(toks) && toks[i].fold == "to"
}

// partiesSigned reports whether the two sides after "between" in a deal's
// name, which end at toks[end], are told as its signers; toks[p] is the
// word before the name. A deal "the" names is one they made ("the maritime
// accord between A and B"); one an indefinite article brings in is theirs
// only when a verb of making stands right before the article ("Qatar
// brokered a truce between A and B"), a deed is done under it ("as part of
// a prisoner exchange between A and B", "under a deal between A and B") or
// a participle of completion stands right after the sides ("a peace
// agreement between A and B, signed in June"). Otherwise "a 1991
// ceasefire between A and B" that monitors watch, "a truce between A and
// B, negotiated for months", or "the signing of a peace deal between A and
// B" that is sought, says no one signed it here; nor does a deal a deed
// would be done under ("under a deal between A and B now under
// discussion, troops would withdraw").
func partiesSigned(toks []token, p, end int) bool {
	if p < 0 || toks[p].fold != "a" && toks[p].fold != "an" {
		return true
	}
	if p > 0 && toks[p-1].in(setDealMade) {
		return true
	}
	if p > 1 && toks[p-1].fold == "of" && toks[p-2].fold == "part" || p > 0 && toks[p-1].fold == "under" {
		// "freed as part of a prisoner exchange between A and B",
		// "withdrew under a deal between A and B": a deed done by it,
		// unless the deal is still pending or the deed only would be.
		return !dealPendingAfter(toks, end)
	}
	if end < len(toks) && toks[end].text == "," {
		end++
	}
	return end < len(toks) && toks[end].in(setDealDone)
}

// dealPendingAfter reports whether, from toks[i] to the sentence's end or a
// semicolon, a word tells that the deal is not yet made or the deed not
// done: a modal ("troops would withdraw"), "under discussion", "proposed",
// "being negotiated".
func dealPendingAfter(toks []token, i int) bool {
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if t.fold == "." || t.fold == ";" {
			return false
		}
		if t.in(setDealPending) || t.fold == "being" && k+1 < len(toks) && toks[k+1].in(setDealMade) {
			return true
		}
	}
	return false
}

// dealParties returns the two sides named from toks[i] on, after "between"
// in a deal's name: "between Chile and Peru".
func dealParties(toks []token, ms []mention, i int) ([]*entry, int) {
	if i < len(toks) && toks[i].is(classDeterminer) {
		// "between the United States and the Houthis".
		i++
	}
	a := dealMentionAt(ms, i)
	if a == nil || a.end+1 >= len(toks) || toks[a.end].fold != "and" {
		return nil, 0
	}
	j := a.end + 1
	if j < len(toks) && toks[j].is(classDeterminer) {
		j++
	}
	b := dealMentionAt(ms, j)
	if b == nil || b.entry == a.entry {
		return nil, 0
	}
	for _, m := range []*mention{a, b} {
		if m.entry.typ == graph.Agreement || m.entry.typ == graph.Place || m.entry.typ == graph.Person || m.kind == aliasDemonym {
			// "the Palestinian resistance movement Hamas": an
			// adjective is no side.
			return nil, 0
		}
		if m.end < len(toks) && toks[m.end].hyphen {
			// "between Israel and the Iran-backed group": a name glued
			// to a participle is the backer of the side, not a side.
			return nil, 0
		}
	}
	return []*entry{a.entry, b.entry}, b.end
}

// describe records that e is named by description alone: by its broker
// (head "") or by common words before its noun head ("a joint
// declaration"), so that the deal the article names by a name of its own
// is e (see sameDeal).
func (a *article) describe(e *entry, head string) {
	if a.refs.describedDeals == nil {
		a.refs.describedDeals = make(map[*entry]string)
	}
	a.refs.describedDeals[e] = head
}

// commonWords reports whether toks[i:j], before a deal's noun, are
// lower-case words alone, none a number, a compound or a name: "joint",
// "strategic framework".
func commonWords(toks []token, i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		t := toks[k]
		if !t.word || t.cap || t.hyphen || toks[k+1].hyphen || isNumber(t.fold) {
			return false
		}
	}
	return true
}

// nameHasWord reports whether the name of a deal holds the word w, in any
// case: "the memorandum" and "Sochi Memorandum".
func nameHasWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// headOf returns the last word of a deal's name that heads deals: the
// "declaration" of "Ankara Declaration".
func (a *article) headOf(name string) string {
	ws := strings.Fields(name)
	for k := len(ws) - 1; k >= 0; k-- {
		if f := foldWord(ws[k]); a.x.words.inAny(f, dealHeads) {
			return f
		}
	}
	return ""
}

// onlyDealWords reports whether the words toks[i:j] say no more than a
// deal's noun: "peace" in "a US-brokered peace deal".
func onlyDealWords(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if t := toks[k]; !isQuoteMark(t) && !t.in(setDealAdjective) && !t.sets.hasAny(dealHeads) {
			return false
		}
	}
	return true
}

// bareModifier reports whether the words toks[start:hs] before an
// agreement's noun are a year alone ("a 2013 deal") or a compass point
// alone ("the south-west ceasefire", "a southern truce"), and returns the
// first word.
func bareModifier(toks []token, start, hs int) (string, bool) {
	for start < hs && isQuoteMark(toks[start]) {
		start++
	}
	if start >= hs {
		return "", false
	}
	if f := toks[start].fold; hs == start+1 && isYear(f) {
		return f, true
	}
	for k := start; k < hs; k++ {
		if t := toks[k]; !t.word || !t.in(setCompassWord) || (k > start) != t.hyphen {
			return "", false
		}
	}
	return toks[start].fold, true
}

// dealModifiers reports whether the words toks[start:hs] before an
// agreement's noun say which deal or talks it is (qualified: "peace
// talks", "the 2016 accord", "UN-sponsored talks", not "direct talks") and
// whether they say no more than the noun does (generic: "the peace deal",
// "a new ceasefire").
func dealModifiers(toks []token, ms []mention, start, hs int) (qualified, generic bool) {
	generic = true
	for k := start; k < hs; k++ {
		t := toks[k]
		switch {
		case isQuoteMark(t):
		case t.hyphen || toks[k+1].hyphen, covered(ms, k), t.cap, isNumber(t.fold):
			qualified, generic = true, false
		case t.in(setDealAdjective), t.sets.hasAny(dealHeads):
			qualified = true
		default:
			generic = false
		}
	}
	return qualified, generic
}

// dealModifier reports whether the single word toks[k] may qualify an
// agreement's noun after it: a number ("2016"), a capitalised word the
// lexicon does not know and no mention covers ("Development Road"), or a
// lower-case word that is no verb or grammar word of the lexicon
// ("bilateral", "grain", "strategic framework").
func (a *article) dealModifier(toks []token, ms []mention, k int) bool {
	t := toks[k]
	if _, ok := month(t.text); ok && t.cap && k+1 < len(toks) && isNumber(toks[k+1].fold) {
		// "the March 5 agreement".
		return true
	}
	if _, ok := month(t.text); ok && t.cap && k+1 < len(toks) && toks[k+1].sets.hasAny(dealHeads) {
		// "the November truce": the month names the deal.
		return true
	}
	switch {
	case isNumber(t.fold):
		return true
	case t.fold == "any", t.fold == "every", t.fold == "each", t.fold == "all":
		// Quantifiers of a generic deal: "any ceasefire".
		return false
	case isPreposition(t.fold):
		// "violations of ceasefire agreements": the deal starts after.
		return false
	case t.is(classDeterminer), t.is(classNegation), t.is(classHedge):
		return false
	case t.in(setDealAdjective), t.sets.hasAny(dealHeads):
		return true
	case t.cap && t.info == nil:
		return !covered(ms, k)
	case t.cap:
		// "the Political Agreement", "the Comprehensive Peace
		// Agreement", "the First Agreement of Principles": inside a
		// title, words the lexicon knows too, and words that start no
		// name of their own (but no day or month).
		return k > 0 && !covered(ms, k) && toks[k+1].word && toks[k+1].cap && titleWord(t)
	case t.classes&^(1<<classTitleAdjective|1<<classStopword) != 0:
		// Grammar the lexicon knows; "a permanent ceasefire" is read
		// although "permanent" may qualify a title.
		return false
	case t.is(classStopword) && (k+1 >= len(toks) || toks[k+1].sets.hasAny(dealHeads)):
		// "a defence agreement" is the kind of pact the patterns read;
		// "a defence cooperation protocol" qualifies the protocol by
		// a compound of its own.
		return false
	}
	if strings.HasSuffix(t.fold, "ed") && k > 0 && participleAdjective(toks, k) {
		// "the revitalised peace agreement", "sign revised deal": a
		// participle after a determiner or a verb qualifies the noun.
		return true
	}
	return !strings.HasSuffix(t.fold, "ed") && !strings.HasSuffix(t.fold, "ing") && !t.in(setIrregularPast)
}

// maxTitleWords bounds the words of a title before a deal's noun.
const maxTitleWords = 8

// titleStart returns where a capitalised title that ends right before a
// deal's noun at toks[hs] starts, when "of", "for" or "and" joins
// its words: "the Status of Forces Agreement", "a Cessation of Hostilities
// Agreement", "the Mutual Defence of Borders Treaty". Each word is
// capitalised, covered by no name, and no determiner, day, month or
// number; a joining word stands between two of them. A word the patterns
// read ends the title unless a joining word stands next to it, so that a
// headline's "Rebels Sign Cessation of Hostilities Agreement" names the
// Cessation of Hostilities Agreement ("Defence of", "of Hostilities" are
// the title's). It
// returns hs when no joining word is read: the modifiers of dealMention
// read a title of capitalised words alone.
func titleStart(toks []token, ms []mention, hs int) int {
	start := hs
	for k := hs - 1; k >= 0 && hs-k <= maxTitleWords; k-- {
		t := toks[k]
		switch {
		case titleInner(toks, ms, k):
			if t.info != nil && t.info.patterns != nil && !(k > 0 && titleJoin(toks[k-1])) && !titleJoin(toks[k+1]) {
				// "Rebels Sign ...": the verb ends it.
				break
			}
			start = k
			continue
		case titleJoin(t) && start == k+1 && k > 0 && titleInner(toks, ms, k-1):
			continue
		}
		break
	}
	for k := start + 1; k < hs; k++ {
		if titleJoin(toks[k]) {
			return start
		}
	}
	return hs
}

// titleJoin reports whether t is a lower-case word that joins the words of
// a title: "of", "for", "and" ("Talks on Status of Forces Agreement" in a
// headline are talks on the deal).
func titleJoin(t token) bool {
	return !t.cap && (t.fold == "of" || t.fold == "for" || t.fold == "and")
}

// titleInner reports whether toks[k] may be a word of a title before a
// deal's noun (see titleStart).
func titleInner(toks []token, ms []mention, k int) bool {
	t := toks[k]
	return t.word && t.cap && !t.upper && !t.hyphen && !covered(ms, k) && !t.is(classDeterminer) && !t.in(setWeekday) && !isMonth(t) && !isNumber(t.fold)
}

// coordinatedModifier reports whether t may be one of two adjectives
// coordinated before a deal's noun: a lower-case word of no word class,
// no name, number, compound or word of the deal's own ("peace"); "a
// defence and security pact" is the kind of pact the patterns read.
func coordinatedModifier(t token) bool {
	return t.word && !t.cap && !t.hyphen && t.classes == 0 && !isNumber(t.fold) && !t.in(setDealAdjective) && !t.sets.hasAny(dealHeads)
}

// titleWord reports whether t, a word the lexicon may know, can stand
// inside a deal's capitalised title: capitalised, no determiner, no
// grammar but words that start no name of their own ("First"), and no day
// or month.
func titleWord(t token) bool {
	return t.cap && !t.is(classDeterminer) && t.classes&^(1<<classTitleAdjective|1<<classStopword) == 0 && !t.in(setWeekday) && !isMonth(t)
}

// participleAdjective reports whether toks[k], a word ending in "-ed"
// before a deal's noun, is an adjective rather than a verb: no verb the
// patterns read ("the reached agreements"), no hedge ("the proposed
// deal"), right after a determiner, a possessive or a verb the patterns
// read ("the revitalised peace agreement", "sign revitalised peace deal").
func participleAdjective(toks []token, k int) bool {
	t, p := toks[k], toks[k-1]
	if t.cap || t.hyphen || t.info != nil && (t.info.patterns != nil || t.classes != 0) || t.in(setPastDeal) {
		return false
	}
	switch {
	case p.is(classDeterminer), p.fold == "'s", p.fold == "this", p.fold == "that":
		return true
	}
	return p.word && !p.cap && !p.hyphen && p.info != nil && p.info.patterns != nil && !strings.HasSuffix(p.fold, "ed")
}

// soughtDeal reports whether the words ending at toks[p], before an
// agreement's name, make it a deal sought, doubted or denied rather than
// made: "calls for a ceasefire", "any truce", "no agreement", "without a
// deal", "to negotiate a deal", "talks on a truce", "an attempt at a
// deal".
func soughtDeal(toks []token, p int) bool {
	if p >= 2 && toks[p].is(classDeterminer) && toks[p-2].fold == "to" && toks[p-1].word && !toks[p-1].cap && !toks[p-1].in(setKeepDealVerb) {
		// "to negotiate a full peace deal": a deal planned; but "to
		// honour the ceasefire agreement" is one made.
		return true
	}
	if q := p; q >= 1 {
		if toks[q].is(classDeterminer) {
			q--
		}
		if q >= 1 && (toks[q].fold == "on" || toks[q].fold == "about" || toks[q].fold == "at") && toks[q-1].word && (toks[q-1].in(setTalksHead) || !toks[q-1].in(setSignatureNoun) && !toks[q-1].cap && (toks[q-1].info == nil || toks[q-1].classes == 0) && !verbLike(toks[q-1])) {
			// "talks on a ceasefire", "an attempt at a deal": a deal
			// discussed or tried.
			return true
		}
	}
	for k := p; k >= 0 && k >= p-1; k-- {
		switch f := toks[k].fold; {
		case f == "for", f == "towards", f == "toward", f == "any", f == "every":
			return true
		case toks[k].is(classNegation), toks[k].is(classHedge):
			return true
		}
		if !toks[k].is(classDeterminer) {
			break
		}
	}
	return false
}

// dealComplement returns the end of "of principles", "on air safety", "of
// understanding" after an agreement's noun at toks[i], or i: lower-case
// words, or capitalised ones no mention covers, after an optional "the".
func dealComplement(toks []token, ms []mention, i int) int {
	if i+1 >= len(toks) || toks[i].fold != "of" && toks[i].fold != "on" {
		return i
	}
	j := i + 1
	if toks[j].fold == "the" {
		j++
	}
	end := i
	for k := j; k < len(toks) && k-j < maxDealComplement; k++ {
		t := toks[k]
		if t.is(classDeterminer) {
			// "the memorandum on stabilizing the situation": a clause,
			// not a name.
			return i
		}
		if !t.word || covered(ms, k) || t.cap && toks[j-1].fold != "the" {
			// Capitalised words only as a name after "the": "on the
			// Development Road", not "on Monday".
			break
		}
		if t.in(setAuxVerb) || t.in(setCopula) {
			// "a new agreement on trade was expected": the clause's
			// verb ends the phrase.
			break
		}
		if isNumber(t.fold) || t.info == nil || t.hyphen || t.classes == 0 && !strings.HasSuffix(t.fold, "ed") {
			end = k + 1
			continue
		}
		break
	}
	if end > i && end < len(toks) && toks[end].word {
		for _, m := range ms {
			if m.start == end && (m.entry.typ == graph.Place || m.entry.typ == graph.Country) && !m.possessive {
				// "the memorandum on north-east Syria".
				return m.end
			}
		}
		if covered(ms, end) || toks[end].hyphen {
			// "the memorandum on setting up de-escalation zones": cut
			// short by a name.
			return i
		}
	}
	if end > i && end < len(toks) && !toks[end].word && !isQuoteMark(toks[end]) && !strings.ContainsAny(toks[end].text, ",.;:!?()[]-–—") {
		// "a memorandum of understanding worth around $40 billion": no
		// punctuation ends the phrase there.
		return i
	}
	if end < len(toks) && (toks[end].fold == "'s" || toks[end].fold == "of") {
		// "the memorandum on the creation of safe zones", "talks on the
		// region's future": a description longer than a name.
		return i
	}
	if end < len(toks) && toks[end].word && toks[end].cap && !covered(ms, end) {
		// A capitalised name cut short.
		return i
	}
	return end
}

// maxTitleComplement bounds the words of a title after its noun.
const maxTitleComplement = 14

// titleComplement returns the end of the capitalised words that go on with
// a deal's title after its noun at toks[i-1], or i: "for Peace and
// Reconciliation", "on the Resolution of the Conflict in the Republic of
// South Sudan". Lower-case words may only join capitalised ones; a state
// or place named inside is part of the title.
func titleComplement(toks []token, ms []mention, i int) int {
	if i >= len(toks) || toks[i].fold != "of" && toks[i].fold != "on" && toks[i].fold != "for" {
		return i
	}
	end := i
	for k := i + 1; k < len(toks) && k-i <= maxTitleComplement; {
		t := toks[k]
		if m := dealMentionAt(ms, k); m != nil {
			if m.entry.typ != graph.Country && m.entry.typ != graph.Place || m.possessive || toks[k-1].fold != "of" && toks[k-1].fold != "the" {
				// "in the Republic of Chad" is part of a title, "in
				// Lima" where it was signed.
				break
			}
			end, k = m.end, m.end
			continue
		}
		switch {
		case covered(ms, k) || !t.word:
		case t.cap && !t.hyphen && !t.in(setWeekday) && !isMonth(t):
			end = k + 1
			k++
			continue
		case t.fold == "in" && (k+1 >= len(toks) || toks[k+1].fold != "the"):
			// "... of Hostilities in Tigray": where, not the title.
		case t.fold == "the", t.fold == "of", t.fold == "and", t.fold == "in", t.fold == "on", t.fold == "for":
			k++
			continue
		case t.fold == "through", t.fold == "towards", t.fold == "toward", t.fold == "to", t.fold == "a", t.fold == "an":
			// "the Agreement for Lasting Peace through a Permanent
			// Cessation of Hostilities": the title goes on only if a
			// capitalised word follows.
			k++
			continue
		}
		break
	}
	if end == i {
		return i
	}
	return end
}

// maxArrangementWords bounds the words of the arrangement a deal is about.
const maxArrangementWords = 8

// arrangementComplement returns where the arrangement named by "on ..." at
// toks[i] starts and ends, without its determiner: "on a long-term
// comprehensive strategic cooperation plan", "on the monitoring mechanism".
// The words are lower-case, and the last is an arrangement-noun that ends
// the phrase; "on the plan of the envoy", "on zones and corridors" are
// longer than a name.
func arrangementComplement(toks []token, ms []mention, i int) (start, end int, ok bool) {
	if i+1 >= len(toks) || toks[i].fold != "on" {
		return 0, 0, false
	}
	j := i + 1
	if f := toks[j].fold; f == "the" || f == "a" || f == "an" {
		j++
	}
	last, k := -1, j
	for ; k < len(toks) && k-j < maxArrangementWords; k++ {
		t := toks[k]
		if !t.word || t.cap || covered(ms, k) || t.is(classDeterminer) || isPreposition(t.fold) || t.fold == "and" || t.fold == "or" {
			break
		}
		if t.info != nil && t.classes != 0 || t.in(setIrregularPast) {
			break
		}
		if t.in(setArrangementNoun) {
			last = k
		}
	}
	if last < 0 || last != k-1 {
		return 0, 0, false
	}
	if k < len(toks) && (toks[k].fold == "of" || toks[k].fold == "'s" || toks[k].hyphen || toks[k].word && toks[k].cap) {
		return 0, 0, false
	}
	return j, k, true
}

// covered reports whether a mention of ms covers toks[i].
func covered(ms []mention, i int) bool {
	for _, m := range ms {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// sameDeal returns the agreement a generic mention ("signed an agreement",
// "the peace deal") names: the one agreement of a fitting kind the article
// names by more than its noun, when there is exactly one; else e itself.
// The kinds must be the same: an article that names "a five-month
// humanitarian truce" and says "signed an agreement" may well speak of
// another deal. A deal dated in another year than the article is no
// candidate.
func (a *article) sameDeal(e *entry) *entry {
	d := &a.refs
	head, described := d.describedDeals[e]
	if !d.genericDeals[e] && d.agreementKinds[e] == dealExchange && !d.pastDeals[e] {
		if t := a.exchangeDeal(e); t != e {
			return t
		}
	}
	if !d.genericDeals[e] && !described && !d.placedDeals[e] {
		return a.fullerDeal(e)
	}
	if t, ok := d.dealTarget[e]; ok {
		return t
	}
	if d.pastDeals[e] {
		return e
	}
	kind := d.agreementKinds[e]
	eHead := a.headOf(e.name)
	var only *entry
	n := 0
	for _, o := range d.agreements {
		if o == e || d.genericDeals[o] || d.placedDeals[o] || d.agreementKinds[o] != kind || a.pastDeal(o) || d.pastDeals[o] {
			continue
		}
		oHead := a.headOf(o.name)
		if eHead != "" && oHead != eHead && !properName(o.name) && a.x.words.inSet(oHead, setStatementNoun) {
			// "a joint declaration", "a formal declaration of victory"
			// is a statement, no title: "the deal" mediated or "the
			// peace treaty" initialled is another document, unless
			// named a declaration too.
			continue
		}
		if kind != dealTalks && pluralNoun(eHead) && !pluralNoun(oHead) {
			// "the agreements A and B reached" are not the one "new
			// agreement on trade" the article named; "the talks" are
			// plural whatever their name ("the Lima process").
			continue
		}
		if _, desc := d.describedDeals[o]; described && (desc || !properName(o.name) || head != "" && oHead != head) {
			// "a Turkish-brokered deal" is the deal the article gives
			// a name of its own, not another one it describes; "a
			// joint declaration" one with its noun.
			continue
		}
		only = o
		n++
	}
	t := e
	if d.placedDeals[e] {
		// "a peace deal in Lima" is the article's "Lima accord", not
		// another deal it names: "signed a declaration in Nairobi"
		// setting out how "the Pretoria agreement" will work.
		t = a.placeNamesDeal(e, kind)
	} else if n == 1 {
		t = only
	} else if !d.genericDeals[e] {
		// "an immediate ceasefire", named by common words: the
		// article's fuller name of it, if any.
		t = a.fullerDeal(e)
	}
	if d.dealTarget == nil {
		d.dealTarget = make(map[*entry]*entry)
	}
	d.dealTarget[e] = t
	return t
}

// placeNamesDeal returns the one deal of kind, other than e, a deal named
// by where it was made, whose name holds the words of that place: "an
// agreement in Lima" is the article's "Lima accord". It returns e when
// there is none, or several, and when e's name holds no place before its
// noun (one word or none), which would match every deal.
func (a *article) placeNamesDeal(e *entry, kind dealKind) *entry {
	d := &a.refs
	ws := strings.Fields(e.name)
	if len(ws) < 2 {
		return e
	}
	place := ws[:len(ws)-1]
	var only *entry
	for _, o := range d.agreements {
		if o == e || d.genericDeals[o] || d.placedDeals[o] || d.agreementKinds[o] != kind || a.pastDeal(o) || d.pastDeals[o] {
			continue
		}
		all := true
		for _, w := range place {
			all = all && nameHasWord(o.name, w)
		}
		if !all {
			continue
		}
		if only != nil {
			return e
		}
		only = o
	}
	if only == nil {
		return e
	}
	return only
}

// namedBy reports whether the article has named the agreement e by
// sentence s, or s is its headline or lead, which tell first what a later
// sentence names: a deal named by its noun alone ("the truce") is the one
// the article names later only there.
func (a *article) namedBy(e *entry, s *sentence) bool {
	if s.index <= lastLeadSentence {
		return true
	}
	for _, t := range a.sentences[:s.index+1] {
		for _, m := range t.mentions {
			if m.entry == e {
				return true
			}
		}
	}
	return false
}

// indefiniteIn reports whether sentence s names the deal e with an
// indefinite article, "an agreement", "a Qatari-brokered truce": a deal the
// sentence brings in, which a later sentence may name.
func indefiniteIn(s *sentence, e *entry) bool {
	for _, m := range s.mentions {
		if m.entry != e {
			continue
		}
		k := m.start - 1
		for k >= 0 && m.start-k <= 4 && s.toks[k].word && !s.toks[k].is(classDeterminer) {
			// "an EU-brokered agreement": the mention starts after
			// its sponsor.
			k--
		}
		if k >= 0 && (s.toks[k].fold == "a" || s.toks[k].fold == "an") {
			return true
		}
	}
	return false
}

// lastLeadSentence is the index of the last sentence of an article's lead.
const lastLeadSentence = 1

// fullerDeal returns the one deal the article names by all the words of
// e's name and more, of e's kind: "an immediate ceasefire" and later "a
// full and immediate ceasefire" are one truce, named as fully as the
// article names it. It returns e when the article names no such deal, or
// several.
func (a *article) fullerDeal(e *entry) *entry {
	d := &a.refs
	if d.pastDeals[e] || a.pastDeal(e) {
		return e
	}
	if t, ok := d.dealTarget[e]; ok {
		return t
	}
	words := d.dealWordsOf(e)
	if len(words) == 0 {
		return e
	}
	var only *entry
	var onlyWords []string
	ambiguous := false
	for _, o := range d.agreements {
		// The words first: a deal of another last word is passed over
		// before the costlier tests.
		ow := d.dealWordsOf(o)
		if len(ow) <= len(words) || ow[len(ow)-1] != words[len(words)-1] {
			continue
		}
		if o == e || d.genericDeals[o] || d.pastDeals[o] || a.pastDeal(o) || d.agreementKinds[o] != d.agreementKinds[e] || !containsAll(ow, words) {
			continue
		}
		if only != nil && !containsAll(ow, onlyWords) && !containsAll(onlyWords, ow) {
			// Two fuller names that are no fuller forms of each
			// other: two deals.
			ambiguous = true
		}
		if only == nil || len(ow) > len(onlyWords) {
			only, onlyWords = o, ow
		}
	}
	t := e
	if only != nil && !ambiguous {
		t = only
	}
	if d.dealTarget == nil {
		d.dealTarget = make(map[*entry]*entry)
	}
	d.dealTarget[e] = t
	return t
}

// dealWordsOf returns the lower-cased words of deal e's name, split once
// per article (fullerDeal compares each deal with every other).
func (d *discourse) dealWordsOf(e *entry) []string {
	if w, ok := d.dealWords[e]; ok {
		return w
	}
	if d.dealWords == nil {
		d.dealWords = make(map[*entry][]string)
	}
	w := strings.Fields(strings.ToLower(e.name))
	d.dealWords[e] = w
	return w
}

// containsAll reports whether every word of sub is one of words.
func containsAll(words, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// exchangeDeal returns the deal an exchange of captives e is carried out
// under: "agree a Gaza ceasefire and hostage exchange", "the prisoner swap
// is the truce's first phase" tell one deal, whose sides signed the deal,
// not the swap. That deal is the one other deal the article names by more
// than its noun; an exchange that is the article's only deal is its own.
func (a *article) exchangeDeal(e *entry) *entry {
	d := &a.refs
	if t, ok := d.dealTarget[e]; ok {
		return t
	}
	var only *entry
	n := 0
	for _, o := range d.agreements {
		if o == e || d.genericDeals[o] || d.pastDeals[o] || a.pastDeal(o) {
			continue
		}
		if k := d.agreementKinds[o]; k == dealExchange || k == dealTalks {
			continue
		}
		only = o
		n++
	}
	if n != 1 {
		return e
	}
	if d.dealTarget == nil {
		d.dealTarget = make(map[*entry]*entry)
	}
	d.dealTarget[e] = only
	return only
}

// coordinatedExchanges records that an exchange of captives joined by
// "and" to another deal of the sentence is part of it: "agree a Gaza
// ceasefire and hostage exchange", "a prisoner swap and truce deal" tell
// one deal, which its sides signed.
func (a *article) coordinatedExchanges(toks []token, ms []mention) {
	d := &a.refs
	for _, x := range ms {
		if x.entry.typ != graph.Agreement || d.agreementKinds[x.entry] != dealExchange {
			continue
		}
		for _, y := range ms {
			if y.entry.typ != graph.Agreement || y.entry == x.entry || d.genericDeals[y.entry] || d.pastDeals[y.entry] {
				continue
			}
			if k := d.agreementKinds[y.entry]; k == dealExchange || k == dealTalks {
				continue
			}
			i, j := y.end, x.start
			if x.end <= y.start {
				i, j = x.end, y.start
			}
			if j-i == 1 && toks[i].fold == "and" || j-i == 2 && toks[i].fold == "and" && toks[i+1].is(classDeterminer) {
				if d.dealTarget == nil {
					d.dealTarget = make(map[*entry]*entry)
				}
				d.dealTarget[x.entry] = y.entry
			}
		}
	}
}

// properName reports whether the name of a deal holds a capitalised word
// of its own: "Ankara Declaration", "Sochi memorandum", not "2020 truce".
func properName(name string) bool {
	for _, w := range strings.Fields(name) {
		if r := []rune(w); unicode.IsUpper(r[0]) && !strings.Contains(w, "-") {
			return true
		}
	}
	return false
}

// pastDeal reports whether the name of the agreement e gives a year other
// than the article's: "the 2016 peace agreement" in a report of 2023 is
// history, not the deal the report is about.
func (a *article) pastDeal(e *entry) bool {
	if len(a.date) < 4 {
		return false
	}
	if a.refs.agreementKinds[e] == dealResolution {
		// "Resolution 1973": a number, no year.
		return false
	}
	for _, w := range strings.Fields(e.name) {
		if isYear(w) && w != a.date[:4] {
			return true
		}
	}
	return false
}

// mixedCase reports whether w has capitals after its first letter and
// small letters: "MoU", whose capital says nothing of a name.
func mixedCase(w string) bool {
	upper, lower := false, false
	for i, r := range w {
		switch {
		case i > 0 && unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		}
	}
	return upper && lower
}

// isPreposition reports whether w is a preposition, which no name of a
// deal holds before its noun.
func isPreposition(w string) bool {
	switch w {
	case "of", "to", "for", "with", "by", "at", "on", "in", "between", "among", "as", "from", "into", "under", "over", "after", "before", "against":
		return true
	}
	return false
}

// isQuoteMark reports whether t is a quotation mark.
func isQuoteMark(t token) bool {
	if t.word {
		return false
	}
	switch t.text {
	case `"`, "'", "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}

// dealName returns the words of toks[i:j] as the name of an agreement:
// as written, without quotation marks ("sign 'permanent' ceasefire").
func dealName(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := toks[k]
		if isQuoteMark(t) {
			continue
		}
		if b.Len() > 0 {
			switch {
			case t.hyphen:
				b.WriteByte('-')
			case t.space || k > i && isQuoteMark(toks[k-1]):
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// evaluativeStart returns where the compound ending at toks[k] starts when
// it judges a deal rather than names it ("long-delayed", "hard-won",
// "much-anticipated": an evaluative-prefix and a lower-case word), or k for
// such a word alone ("fragile", "shaky"), or -1.
func evaluativeStart(toks []token, k int) int {
	if k < 0 || k >= len(toks) || !toks[k].word || toks[k].cap {
		return -1
	}
	if !toks[k].hyphen && !(k+1 < len(toks) && toks[k+1].hyphen) && toks[k].in(setEvaluativePrefix) {
		// "a fragile truce", "the shaky ceasefire".
		return k
	}
	if k < 1 || !toks[k].hyphen || toks[k-1].hyphen || !toks[k-1].in(setEvaluativePrefix) {
		return -1
	}
	return k - 1
}

// hyphenDeterminer reports whether toks[p] ends a determiner glued by
// hyphens: "the so-called Arica Accords".
func hyphenDeterminer(w *wordClasses, toks []token, p int) bool {
	c := p
	for c > 0 && toks[c].hyphen {
		c--
	}
	return c < p && w.has(classDeterminer, toks, c) == p-c+1
}

// titledPlan reports whether the plan whose capitalised noun is toks[h]
// is named by a title of its own, a capitalised word before the noun that
// no actor's name covers: "Morocco's Autonomy Plan", "the Comprehensive
// Plan of Action", not "the US Plan" nor "a new plan". In a title the plan
// is a proposal its backers endorse by name, as they would a deal.
func titledPlan(toks []token, ms []mention, start, h int) bool {
	if !toks[h].cap {
		return false
	}
	for k := start; k < h; k++ {
		if t := toks[k]; t.word && t.cap && !t.upper && !covered(ms, k) && !t.in(setDealAdjective) && !isMonth(t) {
			return true
		}
	}
	return false
}

// pointsBefore reports whether toks[i:j], the words before a plan's noun,
// count its points or phases: "the six-point plan", "a 20-point
// roadmap", "a three-phase plan".
func pointsBefore(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].hyphen && (isNumber(toks[k-1].fold) || toks[k-1].in(setNumberWord)) {
			return true
		}
	}
	return false
}

// readGuarantors names the reading of a deal's guarantors or mediators
// named with it: see guarantors.
const readGuarantors = "reading guarantors"

// guarantors states who brokered a deal the sentence names the guarantors
// (or mediators) of, in any order of the phrase, the deal and the members:
// "the guarantor states of the Lima format, A, B and C", "the Lima format,
// whose guarantor countries are A and B", "the Lima format, of which A
// and B are guarantors", "A and B, the guarantors of the truce", "the
// talks ended with the guarantor countries A and B pledging ...". The
// phrase may have been read as a reference back to a group ("the guarantor
// states"); the members it states here are the names beside it, never what
// the reference guessed.
func (a *article) guarantors(s *sentence) {
	if s.question || s.hedged {
		return
	}
	if !anyIn(s.toks, setGuarantorNoun) {
		return
	}
	its := a.items(s)
	for k := range its {
		if !guarantorItem(s, its[k]) {
			continue
		}
		last := k
		for last+1 < len(its) && its[last+1].actor == nil && its[last+1].in(setGuarantorState) {
			last++
		}
		deal, after := (*entry)(nil), last+1
		byOf := false
		if after+1 < len(its) && its[after].fold == "of" && dealItem(its[after+1]) != nil {
			// "the guarantor states of the Lima format".
			deal, after, byOf = dealItem(its[after+1]), after+2, true
		}
		var members []*entry
		switch {
		case after < len(its) && its[after].actor != nil && its[after].start == its[after-1].end:
			// "the guarantor countries A, B and C".
			members = memberStates(its[after])
		case after+1 < len(its) && (its[after].fold == "," || its[after].fold == ":" || its[after].fold == "--") && its[after+1].actor != nil:
			// "the guarantors of the truce, A and B".
			members = memberStates(its[after+1])
		case after+1 < len(its) && isCopula(its[after].fold) && its[after+1].actor != nil:
			// "whose guarantor states are A, B and C".
			members = memberStates(its[after+1])
		}
		b := k
		if b >= 1 && its[b-1].actor == nil && (its[b-1].in(setNumberWord) || isNumber(its[b-1].fold)) {
			// "A, B and C, the three guarantor countries of the
			// process": the count says no more than the list.
			b--
		}
		if members == nil && b >= 2 && its[b-2].actor != nil && (isCopula(its[b-1].fold) || its[b-1].fold == "as" || byOf && its[b-1].fold == ",") {
			// "of which A and B are guarantors", "with A and B as
			// mediators", "A and B, the guarantors of the truce".
			members = memberStates(its[b-2])
			if its[b-1].fold == "as" && members != nil {
				members = append(slices.Clip(members), companionGuarantors(its, b-2)...)
			}
		}
		if members == nil && k >= 3 && its[k-1].fold == "as" && its[k-2].actor == nil && its[k-2].in(setRoleVerb) {
			// "in which A and B act as guarantors", "A and B have
			// served as mediators of the truce".
			if m := skipAux(k-3, -1, 2, auxVerbs|auxAdverbs|lyAdverbs, auxItemAt(its)); m >= 0 && its[m].actor != nil {
				members = memberStates(its[m])
			}
		}
		if members == nil && byOf && its[k].actor != nil {
			// "the three guarantor states of the Lima format pledged
			// ...": no names beside it, the group the reference names
			// (a list the article gave before).
			members = groupStates(its[k].actor)
		}
		if members == nil && byOf {
			// "X hosted Y and Z for the fourth summit of the guarantor
			// states of the process", "A, B and C met in the first
			// gathering of the three guarantors of the process" (which
			// may have been read as a reference back to the people).
			members = a.gatheredGuarantors(s, its, b)
		}
		if members == nil {
			continue
		}
		if deal == nil {
			deal = relativeDeal(its, k)
		}
		if deal == nil {
			deal = onlyDeal(its)
		}
		if deal == nil {
			continue
		}
		for _, e := range members {
			a.relFact(s, e, graph.Brokered, deal, 0.8, readGuarantors)
		}
	}
}

// gatheredGuarantors returns the states of the people a sentence names
// before a gathering of a deal's guarantors, "... summit of the guarantor
// states", whose guarantor noun (after its count) is at its[g]: the people
// who meet at a summit of the guarantors are the guarantors' leaders or
// envoys. The people must be the subject (or the guests) of a verb of
// meeting or hosting whose adjunct the gathering is, right after "at",
// "for", "in" or "during": people who met a day before the summit, on its
// sidelines, or who only discussed or criticized it, are not read. Every
// person named before the gathering must act for a state the article or
// the catalog gives, and they for two states at least; a state or body
// named among them, or a reference, leaves the list unread.
func (a *article) gatheredGuarantors(s *sentence, its []item, g int) []*entry {
	if g < 3 || its[g-1].fold != "of" || its[g-2].actor != nil || !its[g-2].in(setGatheringNoun) {
		return nil
	}
	p := gatheringAdjunct(its, g-2)
	if p < 0 {
		return nil
	}
	v := gatheringVerb(s, its, p)
	if v < 1 {
		return nil
	}
	var states []*entry
	subject := false
	for j := 0; j < p; j++ {
		ac := its[j].actor
		if ac == nil || ac.place() || ac.locative || ac.adjective {
			continue
		}
		if ac.ref != refNone {
			return nil
		}
		for _, e := range ac.ents {
			if e.typ != graph.Person {
				if ac.possessive && e.typ == graph.Country {
					// "Russia's Sergey Lavrov": the owner names the
					// person's state.
					continue
				}
				return nil
			}
			c := a.roster.countryOf(e)
			if c == nil {
				return nil
			}
			subject = subject || j < v
			if !slices.Contains(states, c) {
				states = append(states, c)
			}
		}
	}
	if !subject || len(states) < 2 {
		return nil
	}
	return states
}

// maxGatheringModifiers bounds the words between a gathering's preposition
// and its noun: "in the first ministerial gathering".
const maxGatheringModifiers = 4

// gatheringAdjunct returns the index of the preposition that makes the
// gathering noun at its[n] an adjunct of its clause ("at the summit", "for
// the fourth summit", "in the first ministerial gathering"), or -1: the
// words between are its determiner and modifiers, no name, punctuation,
// "of" or subordinator ("a day before the summit", "the sidelines of the
// summit", "the outcome of the summit").
func gatheringAdjunct(its []item, n int) int {
	for p := n - 1; p >= 0 && p >= n-1-maxGatheringModifiers; p-- {
		it := its[p]
		if it.actor != nil || it.punct || it.fold == "of" || it.in(setSubordinator) {
			return -1
		}
		if it.in(setGatheringPrep) {
			return p
		}
	}
	return -1
}

// maxGatheringReach bounds the items between a verb of meeting and the
// preposition of its gathering: "hosted his Chilean and Ecuadorian
// counterparts X and Y in Lima on Thursday for the summit".
const maxGatheringReach = 12

// gatheringVerb returns the index of the verb of meeting or hosting whose
// adjunct opens with the preposition at its[p] ("met ... at", "hosted ...
// for"), or -1 when the first verb before it is another ("discussed") or
// a relative pronoun or subordinator opens a clause between.
func gatheringVerb(s *sentence, its []item, p int) int {
	for v := p - 1; v >= 0 && v >= p-maxGatheringReach; v-- {
		it := its[v]
		if it.actor != nil {
			continue
		}
		if it.in(setGatheringVerb) {
			return v
		}
		if it.in(setSubordinator) || it.in(setRelativePronoun) || verbItem(s, it) {
			return -1
		}
	}
	return -1
}

// companionGuarantors returns the states or bodies named as the company of
// the guarantors listed at its[m] ("with A and B as guarantors"): "X,
// together with A and B as guarantors of the process," and "X, along with
// A and B as guarantors," name X a guarantor too. X stands right before
// the companion adverb, or before the comma that opens the adjunct; the
// companion of "with A and B as guarantors" alone is unnamed.
func companionGuarantors(its []item, m int) []*entry {
	w := m - 1
	if w < 1 || its[w].actor != nil || its[w].fold != "with" {
		if w >= 1 && its[w].actor == nil && its[w].in(setAlongside) {
			// "X, alongside A and B as guarantors,".
			w++
		} else {
			return nil
		}
	} else if its[w-1].actor != nil || !its[w-1].in(setAlongWord) {
		return nil
	}
	x := w - 2
	if x >= 0 && its[x].actor == nil && its[x].fold == "," {
		x--
	}
	if x < 0 || its[x].actor == nil {
		return nil
	}
	return memberStates(its[x])
}

// readMediation names the reading of a deal's mediator named in an
// adjunct of mediation: see mediation.
const readMediation = "reading mediation"

// mediation states who brokered the one deal a sentence names when an
// adjunct of the sentence says through whose mediation it came about,
// wherever the adjunct stands and whatever actors stand between it and
// the deal's name:
//   - a mediation noun after a preposition, with its mediator before it
//     or after "of": "under Ruritanian mediation", "through the Borduria
//     Front's mediation", "under the auspices of the League", "under the
//     joint chairmanship of A, B and C";
//   - talks brokered by a mediator: "after three days of negotiations in
//     Lima that were mediated by A and B", "ending talks facilitated by X";
//     a gathering hosted by one: "agreed at a summit hosted by X";
//   - a mediator or host of the talks as the subject of its verb: "X,
//     which hosted and brokered the talks,", "with A and B brokering the
//     negotiations", "X had mediated the Lima talks".
//
// Talks that the sentence names as "the talks", "the negotiations", with no
// deal in their clause, are the talks that made the one deal the article
// has named up to this sentence (see talksDeal): whoever hosted or
// mediated them brokered it. "The meeting", "the conference" may have
// been held on other things: a deal in their clause says which. The
// mediator is named, not a reference or a place; a sentence naming no
// deal states nothing, nor does a question or a hedge.
func (a *article) mediation(s *sentence) {
	if s.question || s.hedged || !mediationCue(s.toks) {
		return
	}
	its := a.items(s)
	for k := range its {
		var by *actor
		talks := -1
		switch {
		case its[k].actor == nil && its[k].in(setMediationNoun):
			by = mediationAdjunct(its, k)
		case its[k].actor == nil && its[k].in(setMediateVerb) && k+2 < len(its) && its[k+1].fold == "by" && talksBefore(its, k):
			by, talks = its[k+2].actor, nounBefore(its, k, setTalksHead)
		case its[k].actor == nil && its[k].in(setHostVerb) && k+2 < len(its) && its[k+1].fold == "by":
			by, talks = its[k+2].actor, nounBefore(its, k, setBrokeredGathering)
			if talks < 0 {
				continue
			}
		case its[k].actor == nil && (its[k].in(setMediateVerb) || its[k].in(setHostVerb)):
			by, talks = talksSubject(s.toks, its, k)
		}
		if by == nil {
			continue
		}
		var deal *entry
		switch {
		case talks < 0 || its[k].in(setMediateVerb) && talks < k:
			deal = adjunctDeal(its, k)
		case talks > k:
		default:
			// "agreed at a summit hosted by X": a deal named before
			// the gathering in its clause; not "hosted by X, envoy for
			// the Lima talks".
			for j := talks - 1; j >= clauseStart(its, talks) && deal == nil; j-- {
				deal = dealItem(its[j])
			}
		}
		if talks >= 0 && its[talks].actor != nil {
			// "X hosted the Lima talks": the talks are the deal.
			deal = dealItem(its[talks])
		}
		if talks >= 0 && (deal == nil || a.refs.genericDeals[deal]) && talksNoun(its[talks], s.toks) && definiteNoun(s.toks, its[talks].start) && !sidesAfter(its, talks) {
			// "the talks were hosted by X", but not "X hosted the
			// conference": a meeting may be held on other things than
			// the deal.
			deal = a.talksDeal(s, its[min(talks, k)].start)
		}
		if deal == nil {
			continue
		}
		for _, e := range mediators(by) {
			a.relFact(s, e, graph.Brokered, deal, 0.75, readMediation)
		}
	}
}

// talksSubject reads the verb of mediation or hosting at its[k] with the
// talks it governs after it and its subject before it: "X hosted the
// talks", "X, which had brokered the negotiations,", "X, who hosted and
// brokered the talks", "with A and B brokering the talks", "thanked X for
// hosting the talks". It returns the
// subject and the index of the talks (their noun, or the deal that names
// them: "mediated the Lima talks"), or nil and -1. A verb after a modal or
// "to" ("will host the talks", "offered to mediate the talks") has no
// subject this reading passes, so a deal not made states nothing.
func talksSubject(toks []token, its []item, k int) (*actor, int) {
	j := k + 1
	if j+1 < len(its) && its[j].fold == "and" && its[j+1].actor == nil && (its[j+1].in(setMediateVerb) || its[j+1].in(setHostVerb)) {
		// "hosted and brokered the talks".
		j += 2
	}
	if j >= len(its) {
		return nil, -1
	}
	talks := -1
	if e := dealItem(its[j]); e != nil {
		talks = j
	} else if its[j].actor == nil && definiteNoun(toks, its[j].start+1) {
		for n := j; n < len(its) && n <= j+2; n++ {
			if its[n].actor != nil || its[n].punct {
				break
			}
			if its[n].in(setBrokeredGathering) {
				talks = n
				break
			}
		}
	}
	if talks < 0 || talks+1 < len(its) && its[talks+1].fold == "of" {
		// "hosted the summit of the bloc": a body's meeting, not talks.
		return nil, -1
	}
	b := k - 1
	if b >= 1 && its[b].fold == "and" && its[b-1].actor == nil && (its[b-1].in(setMediateVerb) || its[b-1].in(setHostVerb)) {
		// "hosted and brokered": the subject of the first verb.
		b -= 2
	}
	b = skipAux(b, -1, 3, auxVerbs|auxAdverbs|lyAdverbs, auxItemAt(its))
	switch {
	case b >= 1 && (its[b].fold == "which" || its[b].fold == "who"):
		b--
		if its[b].fold == "," && b >= 1 {
			b--
		}
	case b >= 1 && its[b].fold == "for" && strings.HasSuffix(its[k].fold, "ing"):
		// "thanked X for hosting the talks": the one thanked.
		b--
	}
	if b < 0 || its[b].actor == nil {
		return nil, -1
	}
	return its[b].actor, talks
}

// sidesAfter reports whether the talks at its[k] are named with their
// sides or their subject ("the talks between A and B", "the negotiations
// with the Front", "the talks on trade with Argentina"), which may be
// other talks than those of the article's deal (the words that qualify a
// deal's noun in definiteAgreement, and "over", "about").
func sidesAfter(its []item, k int) bool {
	if k+1 >= len(its) {
		return false
	}
	switch its[k+1].fold {
	case "on":
		// "the talks on Saturday", "on 5 May": a date, no subject.
		return k+2 < len(its) && !its[k+2].in(setWeekday) && !isNumber(its[k+2].fold)
	case "between", "with", "of", "to", "for", "among", "over", "about":
		return true
	}
	return false
}

// talksNoun reports whether the item it names talks by their noun, alone
// or with words that do not say which ("the final talks").
func talksNoun(it item, toks []token) bool {
	if it.actor == nil {
		return it.in(setTalksHead)
	}
	return toks[it.end-1].in(setTalksHead)
}

// definiteNoun reports whether the noun at toks[i] is definite: "the"
// before it, or before the words that qualify it ("the final talks").
func definiteNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		switch t := toks[k]; {
		case t.fold == "the":
			return true
		case !t.word || t.cap || t.is(classDeterminer):
			return false
		}
	}
	return false
}

// talksDeal returns the deal that talks named by their noun alone ("the
// talks were hosted by X") made: the one agreement of this report that the
// article has named before toks[before] of sentence s, by a name that says
// which (not one told as earlier, nor a bare "a deal"; nor a plan, which
// talks weigh rather than make), or nil when it has named none or several.
// A deal named only later is not looked for.
func (a *article) talksDeal(s *sentence, before int) *entry {
	var deal *entry
	for _, t := range a.sentences[:s.index+1] {
		for _, m := range t.mentions {
			e := m.entry
			if t == s && m.end > before || e.typ != graph.Agreement || e == deal || a.refs.genericDeals[e] || a.refs.pastDeals[e] || a.pastDeal(e) || a.lastWordIn(e.name, setPlanNoun) {
				continue
			}
			if deal != nil {
				return nil
			}
			deal = e
		}
	}
	return deal
}

// adjunctDeal returns the deal an adjunct at its[k] is about, in the
// adjunct's clause: the last deal named before it ("the accord, signed in
// Lima in 2015 under Ruritanian mediation"), or else the first after it
// ("after talks mediated by X, A and B signed a truce"). A deal of
// another clause is not its own: "A's deal with B, but the two eased
// tensions in talks brokered by X".
func adjunctDeal(its []item, k int) *entry {
	for j := k - 1; j >= clauseStart(its, k); j-- {
		if e := dealItem(its[j]); e != nil {
			return e
		}
		if its[j].fold == "whose" && nounBefore(its, k, setTalksHead) > j {
			// "the deal did not bind the Front, whose own talks with
			// B are mediated by X": the relative's talks are the
			// Front's, not the deal before it.
			break
		}
	}
	for j := k + 1; j < clauseEnd(its, k); j++ {
		if e := dealItem(its[j]); e != nil {
			return e
		}
	}
	return nil
}

// mediationCue reports whether toks hold a mediation noun or a verb of
// mediation before "by": the cheap test before mediation lays the
// sentence out.
func mediationCue(toks []token) bool {
	for i, t := range toks {
		if t.in(setMediationNoun) || (t.in(setMediateVerb) || t.in(setHostVerb)) && i+1 < len(toks) && (toks[i+1].fold == "by" || toks[i+1].fold == "the" || toks[i+1].fold == "and") {
			return true
		}
	}
	return false
}

// mediationAdjunct returns the mediator of the mediation noun at its[k]
// when the noun opens an adjunct ("under X mediation", "through X's
// mediation", "under the joint auspices of X"), or nil.
func mediationAdjunct(its []item, k int) *actor {
	p := k - 1
	if p >= 0 && its[p].actor == nil && its[p].in(setJointAdjective) {
		p--
	}
	if p >= 0 && its[p].actor == nil && its[p].in(setMediationPrep) && k+2 < len(its) && its[k+1].fold == "of" {
		// "under the mediation of X".
		return its[k+2].actor
	}
	if p >= 0 && its[p].fold == "'s" {
		p--
	}
	if p >= 1 && its[p].actor != nil && its[p-1].actor == nil && its[p-1].in(setMediationPrep) {
		// "under Ruritanian mediation", "through X's mediation".
		return its[p].actor
	}
	return nil
}

// talksBefore reports whether the verb of mediation at its[k] is a
// participle of talks named just before it: "talks mediated by",
// "negotiations in Lima that were brokered by".
func talksBefore(its []item, k int) bool {
	return nounBefore(its, k, setTalksHead) >= 0
}

// nounBefore returns the index of a noun of the set c whose participle is
// the verb at its[k], named just before it ("talks mediated by", "the
// meeting, which was hosted by", "negotiations in Lima that were brokered
// by", "the talks, held in Lima, were mediated by", "talks between A and B
// mediated by"), or -1.
func nounBefore(its []item, k int, c wordSet) int {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		it := its[j]
		switch {
		case it.actor == nil && it.in(c):
			return j
		case it.actor != nil && it.actor.place() && j > 0 && (its[j-1].fold == "in" || its[j-1].fold == "at"):
			// "negotiations in Lima".
		case it.actor != nil && j > 0 && (its[j-1].fold == "between" || its[j-1].fold == "with") && j-1 > 0 && its[j-2].actor == nil && its[j-2].in(c):
			// "talks between A and B mediated by", "negotiations with
			// the Front hosted by": the talks' sides.
			return j - 2
		case it.actor != nil:
			return -1
		case it.fold == "in" || it.fold == "at" || it.fold == "that" || it.fold == "which" || it.fold == "," || it.fold == "held" || isCopula(it.fold) || it.fold == "been" || it.fold == "had" || it.fold == "have":
			// "the talks, held in Lima, were mediated by".
		default:
			return -1
		}
	}
	return -1
}

// mediators returns the named states, bodies and people an actor of a
// mediation adjunct names, or nil for a reference or a place.
func mediators(ac *actor) []*entry {
	if ac.ref != refNone || ac.place() || ac.modifier {
		return nil
	}
	for _, e := range ac.ents {
		if e.typ != graph.Country && e.typ != graph.Organization && e.typ != graph.Person {
			return nil
		}
	}
	return ac.ents
}

// guarantorItem reports whether it is a guarantor noun, as a word or as a
// reference back to a group that it heads ("the three guarantor states").
func guarantorItem(s *sentence, it item) bool {
	if it.actor == nil {
		return it.in(setGuarantorNoun)
	}
	if it.actor.ref != refGroup {
		return false
	}
	for i := it.start; i < it.end; i++ {
		if s.toks[i].in(setGuarantorNoun) {
			return true
		}
	}
	return false
}

// requestedGuarantors reports whether, inside the match b, a verb of
// request governs the noun of a deal's guarantors or mediators: "called
// on the guarantors of the truce to act", "urged the mediators of the
// deal to intervene", "appealed to its sponsors". Who asks them is none
// of them.
func requestedGuarantors(its []item, b binding) bool {
	for g := b.first + 1; g < b.last; g++ {
		if its[g].actor != nil || !its[g].in(setGuarantorNoun) {
			continue
		}
		for j := g - 1; j > b.first && j >= g-3; j-- {
			if it := its[j]; it.actor != nil || it.punct {
				break
			} else if it.in(setRequestVerb) || it.in(setRequestForVerb) {
				return true
			}
		}
	}
	return false
}

// dealItem returns the agreement the item names, or nil.
func dealItem(it item) *entry {
	if it.actor == nil || it.actor.possessive || len(it.actor.ents) != 1 || it.actor.ents[0].typ != graph.Agreement {
		return nil
	}
	return it.actor.ents[0]
}

// memberStates returns the states and bodies a list item names by name, or
// nil: a reference, a person or a place is no guarantor this reading
// trusts.
// groupStates returns the states or bodies a resolved group reference
// names, nil for a group of people or places or one left unresolved.
func groupStates(ac *actor) []*entry {
	if ac.ref != refGroup || len(ac.ents) < 2 || ac.possessive || ac.adjective {
		return nil
	}
	for _, e := range ac.ents {
		if e.typ != graph.Country && e.typ != graph.Organization {
			return nil
		}
	}
	return ac.ents
}

func memberStates(it item) []*entry {
	ac := it.actor
	if ac.ref != refNone || ac.possessive || ac.adjective || ac.modifier || ac.locative {
		return nil
	}
	for _, e := range ac.ents {
		if e.typ != graph.Country && e.typ != graph.Organization {
			return nil
		}
	}
	return ac.ents
}

// isCopula reports whether w is a form of "be" that states who the
// guarantors are.
func isCopula(w string) bool {
	switch w {
	case "are", "were", "is", "was", "remain", "remains", "became", "become":
		return true
	}
	return false
}

// relativeDeal returns the deal a relative clause that holds the guarantor
// noun at its[k] is about: "the Lima format, whose guarantor states are",
// "the Lima format, of which A and B are guarantors".
func relativeDeal(its []item, k int) *entry {
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		if its[j].fold != "whose" && its[j].fold != "which" {
			continue
		}
		d := j - 1
		if d >= 0 && its[j].fold == "which" && its[d].fold == "of" {
			d--
		}
		if d >= 0 && its[d].fold == "," {
			d--
		}
		if d >= 0 {
			return dealItem(its[d])
		}
		return nil
	}
	return nil
}

// onlyDeal returns the one agreement the items name, or nil when they
// name none or several.
func onlyDeal(its []item) *entry {
	var deal *entry
	for _, it := range its {
		if e := dealItem(it); e != nil {
			if deal != nil && deal != e {
				return nil
			}
			deal = e
		}
	}
	return deal
}

// verbBefore reports whether a word of toks[i:j], the words before a
// deal's noun, is a verb in the present the patterns read ("signs",
// "agrees"), which no deal's name holds.
func verbBefore(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		t := toks[k]
		if t.word && !t.cap && !t.hyphen && !(k+1 < len(toks) && toks[k+1].hyphen) && t.info != nil && t.info.patterns != nil && !t.in(setDealAdjective) && strings.HasSuffix(t.fold, "s") && !strings.HasSuffix(t.fold, "ss") {
			return true
		}
	}
	return false
}

// membersOf reports whether the words before toks[i], a name, make what it
// names a body of members: "members of the", "a member of", "membership in
// the".
func membersOf(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].is(classDeterminer) {
		k--
	}
	if k < 1 || toks[k].fold != "of" && toks[k].fold != "in" {
		return false
	}
	switch toks[k-1].fold {
	case "member", "members", "membership", "member-states", "states":
		return toks[k-1].fold != "states" || k >= 2 && toks[k-2].fold == "member"
	}
	return false
}
