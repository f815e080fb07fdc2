package loaders

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"

	"github.com/entente/entente/graph"
)

// Standing facts are what any analyst knows and no article needs to say:
// the Kremlin is part of Russia, the Syrian government part of Syria. They
// come from the catalog, not from an article, so they carry the catalog as
// their provenance (see graph.StandingQuads).
//
// Most are derived from what the catalog already says (a body's country=,
// the world's state bodies and their "part of"); standing.tsv adds those it
// cannot derive and takes back derived ones that are no state body's.

// standingLine is one line of standing.tsv.
type standingLine struct {
	subject, object *entry
	predicate       graph.Predicate // "" takes back the derived part-of
	note            string
}

// loadStanding reads standing.tsv against the complete catalog. A lexicon
// without the file has no typed standing facts.
func (c *catalog) loadStanding(fsys fs.FS) ([]standingLine, error) {
	if _, err := fs.Stat(fsys, standingFile); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var out []standingLine
	err := readTable(fsys, standingFile, 4, 4, func(_ int, cols []string) error {
		l := standingLine{subject: c.byName[cols[0]], object: c.byName[cols[2]], note: cols[3]}
		switch {
		case l.subject == nil:
			return fmt.Errorf("subject %q is not in the catalog", cols[0])
		case l.object == nil:
			return fmt.Errorf("object %q is not in the catalog", cols[2])
		case cols[1] == "-":
			if l.subject.country != l.object.name {
				return fmt.Errorf("%q takes back no derived fact: its country= is %q, not %q", cols[0], l.subject.country, cols[2])
			}
		default:
			p, err := graph.ParsePredicate(cols[1])
			if err != nil {
				return err
			}
			l.predicate = p
		}
		out = append(out, l)
		return nil
	})
	return out, err
}

// standing lays out the standing facts: the derived ones first, then the
// typed ones, sorted, each once.
func (c *catalog) standing(typed []standingLine) []graph.Fact {
	type key struct {
		s *entry
		p graph.Predicate
		o *entry
	}
	taken := make(map[*entry]bool)      // derived part-of taken back
	inside := make(map[*entry][]*entry) // typed part-of: the bodies each is in
	for _, l := range typed {
		switch l.predicate {
		case "":
			taken[l.subject] = true
		case graph.PartOf:
			inside[l.subject] = append(inside[l.subject], l.object)
		}
	}
	seen := make(map[key]bool)
	var out []graph.Fact
	add := func(s *entry, p graph.Predicate, o *entry, note string) {
		k := key{s, p, o}
		if seen[k] || s == o {
			return
		}
		seen[k] = true
		out = append(out, graph.Fact{
			Subject: s.entity(nil), Predicate: p, Object: o.entity(nil),
			Evidence: note, Confidence: graph.StandingConfidence,
		})
	}
	for _, e := range c.sortedEntries() {
		if e.typ != graph.Organization || e.country == "" || taken[e] {
			continue
		}
		state := c.byName[e.country]
		if state == nil || state.typ != graph.Country {
			continue
		}
		// A body the file puts inside another body of the same state
		// hangs from that body, not from the state as well.
		within := false
		for _, b := range inside[e] {
			within = within || b == state || b.country == state.name
		}
		if !within {
			add(e, graph.PartOf, state, "a body of "+state.name+", as the catalog says (country=)")
		}
	}
	parts := append([][2]*entry(nil), c.worldParts...)
	sort.Slice(parts, func(i, j int) bool { return parts[i][0].name < parts[j][0].name })
	for _, pr := range parts {
		if pr[0].typ == graph.Organization && pr[1].typ == graph.Organization {
			add(pr[0], graph.PartOf, pr[1], "a body of "+pr[1].name+" (the world's bodies)")
		}
	}
	for _, l := range typed {
		if l.predicate != "" {
			add(l.subject, l.predicate, l.object, l.note)
		}
	}
	return out
}

// sortedEntries lists the catalog's entries by name.
func (c *catalog) sortedEntries() []*entry {
	out := make([]*entry, 0, len(c.byName))
	for _, e := range c.byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// Standing returns the standing facts of the lexicon: facts of the
// catalog, not of an article, each with a note saying why it holds as its
// evidence and confidence graph.StandingConfidence. The list is the same for the
// same lexicon, in the same order.
func (x *Extractor) Standing() []graph.Fact { return x.standing }
