package loaders

import (
	"slices"
	"strings"

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
	dealAny   dealKind = iota // a deal, an accord, a memorandum: "the agreement" may be a truce too
	dealTruce                 // a ceasefire, a truce
	dealTalks                 // talks, a process, negotiations
)

// fits reports whether a reference of kind ref may name an agreement of
// kind k.
func (ref dealKind) fits(k dealKind) bool {
	switch ref {
	case dealTalks:
		return k == dealTalks
	case dealTruce:
		return k == dealTruce
	}
	return k != dealTalks
}

// wordKind returns the kind of agreement the word with the word sets bits
// names.
func wordKind(bits uint64) dealKind {
	switch {
	case bits&(1<<setTalksHead) != 0:
		return dealTalks
	case bits&(1<<setTruceNoun) != 0:
		return dealTruce
	}
	return dealAny
}

// kindOf returns the kind of the agreement e from the words of its name:
// "Astana process" is talks, "Idlib ceasefire" a truce.
func (a *article) kindOf(e *entry) dealKind {
	k := dealAny
	for _, w := range strings.FieldsFunc(e.name, func(r rune) bool { return r == ' ' }) {
		bits := a.x.words.sets[foldWord(strings.ReplaceAll(w, "-", ""))]
		switch wordKind(bits) {
		case dealTalks:
			return dealTalks
		case dealTruce:
			k = dealTruce
		}
	}
	return k
}

// noteAgreement records that e, an agreement, was just named: a later
// "the deal" may refer back to it.
func (a *article) noteAgreement(e *entry) {
	d := &a.refs
	d.lastAgreement = e
	if d.agreementKinds == nil {
		d.agreementKinds = make(map[*entry]dealKind)
	}
	if _, ok := d.agreementKinds[e]; !ok {
		d.agreementKinds[e] = a.kindOf(e)
	}
	d.agreements = slices.DeleteFunc(d.agreements, func(x *entry) bool { return x == e })
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
	const heads = 1<<setAgreementHead | 1<<setTalksHead | 1<<setTruceNoun
	if bits&heads == 0 || bits&(1<<setAllianceNoun) != 0 {
		return 0, 0, false
	}
	if n := h + 1; n < len(toks) && toks[n].word {
		nt := toks[n]
		if nt.hyphen || nt.sets&heads != 0 {
			// "ceasefire-monitoring", "ceasefire agreement", "truce
			// talks": the noun qualifies the next.
			return 0, 0, false
		}
		if !nt.cap && nt.info == nil && !verbLike(nt) {
			// "the ceasefire line", "a deal text": a compound noun.
			return 0, 0, false
		}
	}
	return start, wordKind(bits), true
}

// verbLike reports whether t may be a verb after a noun: "the deal
// collapsed", "the ceasefire holds", "the truce took effect".
func verbLike(t token) bool {
	f := t.fold
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing") || strings.HasSuffix(f, "s") || t.in(setIrregularPast)
}

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
func (a *article) discoverAgreements(toks []token, ms []mention) []mention {
	added := false
	for h := 0; h < len(toks); h++ {
		if covered(ms, h) {
			continue
		}
		hs, kind, ok := a.dealHead(toks, h)
		if !ok || hs < h && covered(ms, hs) {
			continue
		}
		m, ok := a.dealMention(toks, ms, hs, h, kind)
		if !ok {
			continue
		}
		ms = slices.DeleteFunc(ms, func(o mention) bool { return o.start >= m.start && o.end <= m.end })
		ms = append(ms, m)
		a.noteAgreement(m.entry)
		added = true
		h = m.end - 1
	}
	if added {
		slices.SortFunc(ms, func(x, y mention) int { return x.start - y.start })
	}
	return ms
}

// dealMention reads the agreement whose noun spans toks[hs..h]: its
// modifiers before, its complement after, and the mention that stands for
// it. A sponsor glued to a participle ("Russian-brokered", "UN-sponsored")
// is part of the name but stays an actor of its own, so that the patterns
// read who brokered the deal; other names before the noun ("the Pretoria
// agreement", "the ELN ceasefire") are part of the agreement's.
func (a *article) dealMention(toks []token, ms []mention, hs, h int, kind dealKind) (mention, bool) {
	start, mstart := hs, 0
	named, qualified, generic, glued := false, false, true, false
	for k := hs - 1; k >= 0 && hs-k <= maxDealModifiers; {
		t := toks[k]
		if !t.word || t.fold == "'s" {
			break
		}
		c := k
		for c > 0 && toks[c].hyphen {
			c--
		}
		if c < k {
			// "six-month", "Ethiopia-Somaliland", "Russian-brokered": a
			// compound qualifies the deal.
			qualified, generic = true, false
			if m := mentionEndingAt(ms, k); m != nil && strings.HasSuffix(t.fold, "ed") {
				// "Russian-brokered", "UN-sponsored": the sponsor stays
				// an actor the patterns read.
				mstart = max(mstart, k+1)
			} else if covered(ms, c) || covered(ms, k) || toks[c].cap {
				// "the Ethiopia-Somaliland memorandum", "the
				// Liptako-Gourma Charter": glued names need no
				// determiner to be a name.
				named, glued = true, true
			}
			if m := mentionEndingAt(ms, c+1); m != nil && m.start < c {
				c = m.start
			}
			for c < k && toks[c].is(classDeterminer) {
				// "the UN-sponsored talks": "the UN" is the mention.
				c++
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
			continue
		}
		if !a.dealModifier(toks, ms, k) {
			break
		}
		start, qualified = k, true
		if t.cap {
			named = true
		}
		if !t.in(setDealAdjective) && t.sets&(1<<setAgreementHead|1<<setTruceNoun|1<<setTalksHead) == 0 {
			generic = false
		}
		k--
	}
	p := start - 1
	det := p >= 0 && (toks[p].is(classDeterminer) || toks[p].fold == "'s" || toks[p].fold == "this" || toks[p].fold == "that")
	if !det {
		// Without a determiner to bound them, words the patterns read are
		// verbs, not modifiers: "to sign ceasefire deal", "agree
		// China-brokered truce".
		for start < hs && toks[start].word && !toks[start].cap && !isNumber(toks[start].fold) && toks[start].info != nil && toks[start].info.patterns != nil && !toks[start].in(setDealAdjective) {
			start++
		}
		p = start - 1
	}
	mstart = max(mstart, start)
	if named && !det && !glued {
		// "signed in Doha agreements on trade": a place, not a name.
		return mention{}, false
	}
	if p >= 0 && soughtDeal(toks, p) {
		return mention{}, false
	}
	end := h + 1
	if c := dealComplement(toks, ms, end); c > end {
		end = c
		qualified, generic = true, false
	}
	if kind == dealTalks && !qualified {
		// "held talks", "the process": talks that no word says are
		// about a deal.
		return mention{}, false
	}
	if kind != dealAny && end < len(toks) && (toks[end].fold == "with" && kind == dealTalks || toks[end].fold == "between") {
		// "peace talks with X", "talks between A and B": a meeting the
		// contact patterns read; "a ceasefire between A and B" a fight
		// they read.
		return mention{}, false
	}
	if toks[h].cap && !named && end == h+1 {
		// "the Declaration": a capitalised noun alone is a title or a
		// name the catalog should know.
		return mention{}, false
	}
	name := textOf(toks, start, end)
	e := a.discovered(name, graph.Agreement)
	if e.typ != graph.Agreement {
		return mention{}, false
	}
	if generic {
		if a.refs.genericDeals == nil {
			a.refs.genericDeals = make(map[*entry]bool)
		}
		a.refs.genericDeals[e] = true
	}
	if a.refs.agreementKinds == nil {
		a.refs.agreementKinds = make(map[*entry]dealKind)
	}
	a.refs.agreementKinds[e] = kind
	return mention{start: mstart, end: end, entry: e}, true
}

// dealModifier reports whether the single word toks[k] may qualify an
// agreement's noun after it: a number ("2016"), a capitalised word the
// lexicon does not know and no mention covers ("Development Road"), or a
// lower-case word that is no verb or grammar word of the lexicon
// ("bilateral", "grain", "strategic framework").
func (a *article) dealModifier(toks []token, ms []mention, k int) bool {
	t := toks[k]
	switch {
	case isNumber(t.fold):
		return true
	case t.fold == "any", t.fold == "every", t.fold == "each", t.fold == "all":
		// Quantifiers of a generic deal: "any ceasefire".
		return false
	case t.is(classDeterminer), t.is(classNegation), t.is(classHedge):
		return false
	case t.in(setDealAdjective), t.sets&(1<<setAgreementHead|1<<setTruceNoun|1<<setTalksHead) != 0:
		return true
	case t.cap:
		return t.info == nil && !covered(ms, k)
	case t.classes != 0:
		return false
	}
	return !strings.HasSuffix(t.fold, "ed") && !strings.HasSuffix(t.fold, "ing") && !t.in(setIrregularPast)
}

// soughtDeal reports whether the words ending at toks[p], before an
// agreement's name, make it a deal sought, doubted or denied rather than
// made: "calls for a ceasefire", "any truce", "no agreement", "without a
// deal", "to negotiate a deal".
func soughtDeal(toks []token, p int) bool {
	if p >= 2 && toks[p].is(classDeterminer) && toks[p-2].fold == "to" && toks[p-1].word && !toks[p-1].cap {
		// "to negotiate a full peace deal": a deal planned.
		return true
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
		if isNumber(t.fold) || t.info == nil || t.hyphen {
			end = k + 1
			continue
		}
		break
	}
	if end < len(toks) && toks[end].word && toks[end].cap && !covered(ms, end) {
		// A capitalised name cut short.
		return i
	}
	return end
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
// another deal.
func (a *article) sameDeal(e *entry) *entry {
	d := &a.refs
	if !d.genericDeals[e] {
		return e
	}
	if t, ok := d.dealTarget[e]; ok {
		return t
	}
	kind := d.agreementKinds[e]
	var only *entry
	n := 0
	for _, o := range d.agreements {
		if o == e || d.genericDeals[o] || d.agreementKinds[o] != kind {
			continue
		}
		only = o
		n++
	}
	t := e
	if n == 1 {
		t = only
	}
	if d.dealTarget == nil {
		d.dealTarget = make(map[*entry]*entry)
	}
	d.dealTarget[e] = t
	return t
}
