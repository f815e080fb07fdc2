package loaders

import (
	"slices"

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
// each body it names by its own words. A form that is the template's name
// in other letters, another entity's name in the article or the form of
// two bodies is none.
func (a *article) madeNames() map[string]string {
	if len(a.cast.names) == 0 {
		return nil
	}
	taken := make(map[string]bool, len(a.cast.order))
	for _, e := range a.cast.order {
		taken[graph.Slug(e.name)] = true
	}
	given := make(map[string]int, len(a.cast.names))
	for _, n := range a.cast.names {
		given[graph.Slug(n.text)]++
	}
	out := make(map[string]string, len(a.cast.names))
	for e, n := range a.cast.names {
		if slug := graph.Slug(n.text); !taken[slug] && given[slug] == 1 {
			out[e.name] = n.text
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
			f.Subject.Name, f.Subject.Known, renamed = n, append(slices.Clip(f.Subject.Known), f.Subject.Name), true
		}
		if n, ok := names[f.Object.Name]; ok {
			f.Object.Name, f.Object.Known, renamed = n, append(slices.Clip(f.Object.Known), f.Object.Name), true
		}
		if !renamed {
			continue
		}
		if f.Predicate.Symmetric() && graph.Slug(f.Object.Name) < graph.Slug(f.Subject.Name) {
			f.Subject, f.Object = f.Object, f.Subject
		}
		if a.trace != nil {
			why := a.trace.origin[old]
			if why == "" {
				why = a.trace.origin[originKey{old.o, old.s, old.p, old.sentence}]
			}
			a.trace.origin[originKey{f.Subject.Name, f.Object.Name, string(f.Predicate), f.Sentence}] = why
		}
	}
}
