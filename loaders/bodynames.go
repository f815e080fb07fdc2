package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/entente/entente/graph"
)

// A body every state has that the catalog lacks is named by a world
// template, "Cambodian Defense Ministry", a name no report need use: the
// report says "Cambodia's Ministry of National Defence", "the Kosovo
// police", "Cameroon's defence ministry". An article names such a body by
// its own words instead: the fullest form in which it names the body with
// its state — the state's name, adjective or possessive before the body's
// words, or "of" and the state after them — a proper name ("Ministry of
// National Defence") before a common one ("defence ministry"), the longer
// before the shorter, the first before a later one. The body stays one
// entity in the article under that one name; the template's name stays
// known to it. A body the article never names with its state keeps the
// template's name. So too a body discovery finds after a state's
// possessive or adjective and names by the state's adjective ("Cameroon's
// Constitutional Council" was the "Cameroonian Constitutional Council"):
// it is named by the article's words for it.

// madeName is the name an article gives a body named by a template, and
// how full a form it is (see betterMadeName).
type madeName struct {
	text          string
	proper, words int
}

// nameMadeBody records the form in which the mention ms[k] of a body
// named by a template names it, when the mention comes with the body's
// state: after the state's mention or that of another body of the state
// ("Cambodia's Ministry of National Defence", "the Syrian army's General
// Staff"), opened by the state's name ("the Kosovo police", one mention),
// or before "of" and the state ("the Ministry of Defence of Mozambique").
func (a *article) nameMadeBody(toks []token, ms []mention, k int) {
	m := ms[k]
	if m.entry.country == "" {
		// A body discovery named after its owner's adjective: discovery
		// records the article's form (nameMadeBodyAs).
		return
	}
	st, i, en := m.start, m.start, m.end
	if k > 0 && ms[k-1].kind != aliasDefinite && qualifiedBy(toks, m.start, ms[:k], m.entry.country) {
		st = ms[k-1].start
	} else if n := stateOpens(toks, m); n > 0 {
		i += n
	} else {
		name, end := a.stateAfterOf(toks, m.end)
		if name != m.entry.country {
			return
		}
		en = end
	}
	a.nameMadeBodyAs(m.entry, toks, st, i, en)
}

// nameMadeBodyAs records toks[st:en] as a form in which the article names
// the body e, whose own words begin at toks[i]: a proper name when those
// words begin and end in capitals, as full as they are many.
func (a *article) nameMadeBodyAs(e *entry, toks []token, st, i, en int) {
	if toks[st].fold == "the" {
		st++
	}
	n := madeName{text: textOf(toks, st, en), words: countWords(toks[i:en])}
	if toks[i].cap && toks[en-1].cap {
		n.proper = 1
	}
	if a.cast.names == nil {
		a.cast.names = make(map[*entry]madeName)
	}
	if old, ok := a.cast.names[e]; !ok || betterMadeName(n, old) {
		a.cast.names[e] = n
	}
}

// betterMadeName reports whether n is a fuller form than old: a proper
// name before a common one, then more words.
func betterMadeName(n, old madeName) bool {
	if n.proper != old.proper {
		return n.proper > old.proper
	}
	return n.words > old.words
}

// stateOpens returns the number of words of a name or adjective of its
// body's state that opens the words of the mention m ("Kosovo police"
// read as one name), or 0.
func stateOpens(toks []token, m mention) int {
	words := 0
	openingAliases(toks, m, func(al *alias, n int) bool {
		if al.entry.typ == graph.Country && al.entry.name == m.entry.country && al.scope == "" {
			words = n
			return true
		}
		return false
	})
	return words
}

// madeNames returns, by the template's name, the name this article gives
// each body it names by its own words, and by the catalog's name the name
// it spells for each person it names in other letters (speltPeople). One
// rule for both: a form whose slug is another entity's name in the
// article, or the form of two of them, names none.
func (a *article) madeNames() map[string]string {
	spelt := a.speltPeople()
	if len(a.cast.names) == 0 && len(spelt) == 0 {
		return nil
	}
	forms := make(map[*entry]string, len(a.cast.names)+len(spelt))
	for e, n := range a.cast.names {
		forms[e] = n.text
	}
	for _, sp := range spelt {
		forms[sp.e] = sp.text
	}
	taken := make(map[string]bool, len(a.cast.order))
	for _, e := range a.cast.order {
		taken[graph.Slug(e.name)] = true
	}
	given := make(map[string]int, len(forms))
	for _, n := range forms {
		given[graph.Slug(n)]++
	}
	out := make(map[string]string, len(forms))
	for e, n := range forms {
		if slug := graph.Slug(n); !taken[slug] && given[slug] == 1 {
			out[e.name] = n
		}
	}
	return out
}

// nameMadeBodies gives the facts of the article the names it gives the
// bodies named by templates (madeNames), and the entities of its cast.
func (a *article) nameMadeBodies() {
	names := a.madeNames()
	if len(names) == 0 {
		return
	}
	a.cast.renamed = names
	for i := range a.facts.list {
		f := &a.facts.list[i]
		old := originKey{f.Subject.Name, f.Object.Name, string(f.Predicate), f.Sentence}
		renamed := false
		if n, ok := names[f.Subject.Name]; ok {
			renameEntity(&f.Subject, n)
			renamed = true
		}
		if n, ok := names[f.Object.Name]; ok {
			renameEntity(&f.Object, n)
			renamed = true
		}
		if !renamed {
			continue
		}
		// The ends in the order the store keeps them (by ID, from the
		// stored name), as every other fact.
		*f = f.Normalize()
		if a.trace != nil {
			why := a.trace.origin[old]
			if why == "" {
				why = a.trace.origin[originKey{old.o, old.s, old.p, old.sentence}]
			}
			a.trace.origin[originKey{f.Subject.Name, f.Object.Name, string(f.Predicate), f.Sentence}] = why
		}
	}
}

// renameEntity gives ent the name n the article gives it, keeping its
// name among those it is known by; the store keeps a catalog person or
// body or deal under the catalog's name (Entity.Stored), one node however
// articles spell or name it.
func renameEntity(ent *graph.Entity, n string) {
	old := ent.Name
	ent.Name, ent.Known = n, append(slices.Clip(ent.Known), old)
	if ent.Type == graph.Person || ent.Type == graph.Organization || ent.Type == graph.Agreement {
		ent.Stored = old
	}
}

// speltName is the name an article spells for the catalog person e.
type speltName struct {
	e    *entry
	text string
}

// speltPeople returns the catalog people this article names in full in
// other letters only, with the article's spelling. A person the catalog
// knows goes by the catalog's spelling of his name, "Mohammad Bagher
// Ghalibaf", "Sergei Lavrov"; a report may transliterate it otherwise,
// "Mohammad Baqer Qalibaf", "Sergey Lavrov", and the report's reader looks
// the person up by the name it prints. An article that names a catalog
// person in full only in its own letters names the person so: by the first
// form it gives of as many words as the catalog's name at least (two at
// the least), with no title, rank or courtesy word among them, when it
// never writes the catalog's name itself (speltName). The catalog's name
// stays known to the person (Known) and is the store's (renameEntity).
//
// So too a body the catalog names (speltBodyName): "Jaish al-Islam" where
// the catalog writes "Jaysh al-Islam".
func (a *article) speltPeople() []speltName {
	var out []speltName
	for _, e := range a.cast.order {
		if a.cast.found[e.name] == e {
			continue
		}
		text := ""
		switch {
		case e.typ == graph.Person:
			text = a.speltName(e)
		case e.typ == graph.Organization && !e.made:
			text = a.speltBodyName(e)
		case e.typ == graph.Agreement:
			text = a.writtenDeal(e)
		}
		if text != "" {
			out = append(out, speltName{e, text})
		}
	}
	return out
}

// speltBodyName returns the form in which the article names the catalog
// body e, when it never writes the catalog's name: the fullest proper name
// it gives it (properName), of two words at the least ("Harakat al-Nujaba"
// before "al-Nujaba"), the first of the fullest. A body named only by an
// acronym or by a common description ("the rebels", "regime forces") keeps
// the catalog's name; so does one whose only other form is the catalog's
// name in other capitals or hyphens, or by its last words alone ("the
// Security Council" of the "UN Security Council": a short name, no other
// spelling), and a state's body, which the article may name without its
// state ("the Foreign Ministry").
func (a *article) speltBodyName(e *entry) string {
	se := a.cast.seen[e]
	if se == nil || e.country != "" {
		return ""
	}
	own := graph.Slug(e.name)
	best, words := "", 1
	for _, s := range se.aliases {
		if graph.Slug(s) == own {
			return ""
		}
		if p := a.properName(s); p != "" && nameParts(p) > words && !strings.HasSuffix(own, "-"+graph.Slug(p)) {
			best, words = p, nameParts(p)
		}
	}
	return best
}

// properName returns s without an opening "The" when it is a proper name
// of words: its first and last words capitalised, every other one too but
// a name particle ("al", "bin") or a word that joins a name's words ("of",
// "and": `stopword`), and one at least no acronym ("Army of Islam",
// "Harakat al-Nujaba"; not "Kurdish-led Democratic Forces", "U.N."). Else
// it returns "".
func (a *article) properName(s string) string {
	toks := a.x.annotate(tokenize(s))
	first, last, lower := -1, -1, false
	for k := range toks {
		t := &toks[k]
		switch {
		case !t.word:
			if t.text != "." && t.text != "'" && t.text != "’" {
				// A comma or a bracket: more than a name.
				return ""
			}
			continue
		case first < 0 && t.fold == "the":
			continue
		case !t.cap && !t.is(classNameParticle) && (t.hyphen || !t.is(classStopword)):
			return ""
		}
		if first < 0 {
			first = k
		}
		last = k
		lower = lower || !t.upper
	}
	if first < 0 || !lower || !toks[first].cap || !toks[last].cap {
		return ""
	}
	return s[toks[first].start:toks[last].end]
}

// writtenDeal returns the first of the catalog's proper names of the deal
// e, in the catalog's order (the most usual first), that the article
// writes, or "" when it writes the catalog's name or none of them. The
// catalog names a deal by a form of its own making ("Sochi agreement on
// Idlib", "Syrian ceasefire of December 2016") where reports write "the
// Sochi agreement" or "the Sochi memorandum", and a report's reader looks
// the deal up by the name it prints. Only a proper name of the catalog's
// (one capitalised, not generic) renames a deal: "the truce", "the
// nationwide ceasefire" refer to it, they are no name of its.
func (a *article) writtenDeal(e *entry) string {
	se := a.cast.seen[e]
	if se == nil {
		return ""
	}
	for _, s := range se.aliases {
		if graph.Slug(s) == graph.Slug(e.name) {
			return ""
		}
	}
	for _, k := range e.known {
		slug := graph.Slug(k)
		for _, s := range se.aliases {
			if graph.Slug(s) == slug {
				return s
			}
		}
	}
	return ""
}

// speltName returns the form in which the article spells the name of the
// catalog person e in full, or "" when it writes the catalog's name or
// no full name.
func (a *article) speltName(e *entry) string {
	se := a.cast.seen[e]
	if se == nil {
		return ""
	}
	// Most people are named by the catalog's name or a surname: the
	// slugs are built only for an article with a full name of its own.
	want := max(2, strings.Count(e.name, " ")+1)
	found := false
	for _, s := range se.aliases {
		if s == e.name {
			return ""
		}
		found = found || strings.Count(s, " ")+1 >= want
	}
	if !found {
		return ""
	}
	own, parts := "", nameParts(e.name)
	best := ""
	for _, s := range se.aliases {
		if nameParts(s) == parts {
			// As many words as the catalog's name: maybe the same name
			// in other capitals, hyphens or accents.
			if own == "" {
				own = graph.Slug(e.name)
			}
			if graph.Slug(s) == own {
				return ""
			}
		}
		if best == "" && strings.Count(s, " ")+1 >= want && a.plainName(s) {
			best = s
		}
	}
	return best
}

// nameParts counts the runs of letters and digits in s: the words of its
// slug (graph.Slug).
func nameParts(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// plainName reports whether s is a person's name alone: capitalised
// words and name particles, none of them a title's, a rank's or an
// abbreviation's.
func (a *article) plainName(s string) bool {
	toks := a.x.annotate(tokenize(s))
	for k := range toks {
		t := &toks[k]
		if !t.word {
			return false
		}
		if !t.cap && !t.is(classNameParticle) || t.upper || t.is(classRank) || t.is(classAbbreviation) {
			return false
		}
		if _, n := matchTitle(toks, k); n > 0 {
			return false
		}
	}
	return true
}
