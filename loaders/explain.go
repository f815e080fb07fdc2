package loaders

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// originKey names a fact for Explain: its ends by name, its predicate and
// its sentence.
type originKey struct {
	s, o     string
	p        string
	sentence int
}

// Explain writes to w how the extractor reads one article: the lines it
// drops as page furniture, then, for each sentence, the sentence as the
// patterns see it — every actor in brackets with its entities and their
// types, "@" after a bare demonym, "'s" after a possessive, "place" after
// a state named as a place ("in Syria"), "~" after a reference resolved to
// a name said before, "?" for a reference left unresolved — and the facts
// found in it, each with its confidence and the pattern or reading that
// found it. name and text are as for Extract; the facts are those Extract
// returns.
func (x *Extractor) Explain(w io.Writer, name string, text []byte) error {
	if err := checkText(text); err != nil {
		return err
	}
	a := newArticle(x)
	a.trace = newTrace()
	a.read(string(text))
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "article %s\n", name)
	if a.title != "" {
		fmt.Fprintf(bw, "title %s\n", a.title)
	}
	if a.date != "" {
		fmt.Fprintf(bw, "date %s\n", a.date)
	}
	for _, d := range a.trace.dropped {
		fmt.Fprintf(bw, "dropped (%s): %s\n", d.why, d.line)
	}
	facts := a.facts.sorted()
	fi := 0
	for _, s := range a.sentences {
		fmt.Fprintf(bw, "S%d: %s\n", s.index, s.text)
		fmt.Fprintf(bw, "  seen: %s\n", a.seenAs(s))
		for ; fi < len(facts) && facts[fi].Sentence == s.index; fi++ {
			f := facts[fi]
			why := a.trace.origin[originKey{f.Subject.Name, f.Object.Name, string(f.Predicate), f.Sentence}]
			if why == "" {
				why = a.trace.origin[originKey{f.Object.Name, f.Subject.Name, string(f.Predicate), f.Sentence}]
			}
			fmt.Fprintf(bw, "  fact: %s %s %s  %.2f  (%s)\n", f.Subject.Name, f.Predicate, f.Object.Name, f.Confidence, why)
		}
	}
	return bw.Flush()
}

func newTrace() *trace {
	return &trace{origin: make(map[originKey]string), stated: make(map[string]bool)}
}

// seenAs renders s as the patterns see it.
func (a *article) seenAs(s *sentence) string {
	var b strings.Builder
	for k, it := range a.items(s) {
		if k > 0 {
			b.WriteByte(' ')
		}
		if it.actor == nil {
			b.WriteString(it.fold)
			continue
		}
		ac := it.actor
		b.WriteByte('[')
		for j, e := range ac.ents {
			if j > 0 {
				b.WriteString(" + ")
			}
			fmt.Fprintf(&b, "%s:%s", e.name, e.typ)
		}
		if len(ac.ents) == 0 {
			b.WriteString("?")
		}
		if ac.adjective {
			b.WriteByte('@')
		}
		if ac.possessive {
			b.WriteString(" 's")
		}
		if ac.locative {
			b.WriteString(" place")
		}
		if ac.inferred {
			b.WriteByte('~')
		}
		b.WriteByte(']')
	}
	return b.String()
}
