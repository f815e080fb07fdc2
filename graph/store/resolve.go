package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// EntityRef is an entity as the store knows it.
type EntityRef struct {
	IRI  quad.IRI
	Name string
	Type graph.EntityType
}

// MaxNameBytes bounds the names Resolve reads: no entity's name is longer,
// and comparing a longer one with every name for suggestions would take
// minutes (a 10 KB name took 55 s on a 2,000-article store).
const MaxNameBytes = 200

// NotFoundError is returned by Resolve for a name no entity has.
type NotFoundError struct {
	Name        string
	Suggestions []string // the closest canonical names, best first
	// Bytes is the length of a name refused as longer than MaxNameBytes,
	// whose first bytes alone are in Name; 0 for others.
	Bytes int
}

func (e *NotFoundError) Error() string {
	if e.Bytes > 0 {
		return fmt.Sprintf("no entity has a name of %d bytes (%q…): a name is at most %d bytes", e.Bytes, e.Name, MaxNameBytes)
	}
	msg := fmt.Sprintf("no entity named %q", e.Name)
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + quoteJoin(e.Suggestions, ", ", " or ") + "?"
	}
	return msg
}

// AmbiguousError is returned by Resolve for a name several entities share.
type AmbiguousError struct {
	Name       string
	Candidates []EntityRef
}

func (e *AmbiguousError) Error() string {
	names := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		names[i] = fmt.Sprintf("%s (%s)", c.Name, c.Type)
	}
	return fmt.Sprintf("%q names %d entities: %s; use the full name", e.Name, len(names), strings.Join(names, ", "))
}

// Resolve finds the entity a person means by name: its canonical name or
// any alias seen, in any case, with or without diacritics. The name is
// compared as data, never evaluated. It returns a *NotFoundError with
// suggestions, or an *AmbiguousError listing the candidates.
func (s *Store) Resolve(ctx context.Context, name string) (EntityRef, error) {
	if len(name) > MaxNameBytes {
		return EntityRef{}, &NotFoundError{Name: strings.ToValidUTF8(name[:40], ""), Bytes: len(name)}
	}
	key := graph.LookupKey(name)
	var found []EntityRef
	if key != "" {
		iris, err := path.StartPath(s.qs, quad.String(key)).In(graph.PredLookup).Unique().Iterate(ctx).AllValues(s.qs)
		if err != nil {
			return EntityRef{}, err
		}
		for _, v := range iris {
			ref, err := s.Entity(ctx, v)
			if err != nil {
				return EntityRef{}, err
			}
			found = append(found, ref)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		// A canonical name wins over aliases that other entities share.
		for _, f := range found {
			if graph.LookupKey(f.Name) == key {
				return f, nil
			}
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Name < found[j].Name })
		return EntityRef{}, &AmbiguousError{Name: name, Candidates: found}
	}
	sugg, err := s.suggest(ctx, key, 3)
	if err != nil {
		return EntityRef{}, err
	}
	return EntityRef{}, &NotFoundError{Name: name, Suggestions: sugg}
}

// Entity reads the name and type of the entity node v.
func (s *Store) Entity(ctx context.Context, v quad.Value) (EntityRef, error) {
	iri, _ := v.(quad.IRI)
	ref := EntityRef{IRI: iri}
	err := path.StartPath(s.qs, v).Save(graph.PredName, "name").Save(graph.PredType, "type").
		Iterate(ctx).Limit(1).TagValues(s.qs, func(m map[string]quad.Value) {
		ref.Name = quad.ToString(m["name"])
		if t, ok := m["type"].(quad.IRI); ok {
			ref.Type = graph.EntityType(t)
		}
	})
	return ref, err
}

// maxWordMatches bounds the suggestions for a name that is a word of many
// entities' names ("Ali").
const maxWordMatches = 12

// suggest returns up to n canonical names closest to key, and every entity
// (up to maxWordMatches) one of whose names has key as a whole word: "Ali"
// suggests each Ali, not only the nearest.
//
// The names compared are each entity's canonical name and the names the
// catalog knows for it, with the trailing words of each (a surname, as
// people type it). They are read from the entity types through the object
// index, so their cost grows with the entities the store knows, not with
// its articles: the aliases articles use, one lookup key per article that
// uses one, are left out (they resolve already; suggestions are for the
// names that do not).
func (s *Store) suggest(ctx context.Context, key string, n int) ([]string, error) {
	type cand struct {
		name string
		dist int
	}
	best := map[string]int{}
	words := map[string]bool{}
	consider := func(name, text string) {
		k := graph.LookupKey(text)
		if k == "" {
			return
		}
		d := distance(key, k)
		if strings.Contains(k, key) || strings.Contains(key, k) {
			d = min(d, 1+abs(len(k)-len(key))/4)
		}
		if key != "" && strings.Contains(" "+k+" ", " "+key+" ") {
			d = min(d, 1)
			words[name] = true
		}
		for i := strings.IndexByte(k, ' '); i >= 0; {
			tail := k[i+1:]
			d = min(d, distance(key, tail))
			j := strings.IndexByte(tail, ' ')
			if j < 0 {
				break
			}
			i += j + 1
		}
		if old, ok := best[name]; !ok || d < old {
			best[name] = d
		}
	}
	// One lookup at a time, from one node: the planner reads an index by
	// prefix only then.
	for _, t := range graph.EntityTypes {
		if s.qs.ValueOf(graph.TypeIRI(t)) == nil {
			continue
		}
		entities, err := path.StartPath(s.qs, graph.TypeIRI(t)).In(graph.PredType).Iterate(ctx).AllValues(s.qs)
		if err != nil {
			return nil, err
		}
		for _, e := range entities {
			names, err := s.out(ctx, e, graph.PredName)
			if err != nil {
				return nil, err
			}
			if len(names) == 0 {
				continue
			}
			name := quad.ToString(names[0])
			consider(name, name)
			known, err := s.out(ctx, e, graph.PredKnown)
			if err != nil {
				return nil, err
			}
			for _, k := range known {
				consider(name, quad.ToString(k))
			}
		}
	}
	var cands []cand
	limit := max(2, len(key)/3)
	for name, d := range best {
		if d <= limit {
			cands = append(cands, cand{name, d})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].name < cands[j].name
	})
	n = max(n, min(len(words), maxWordMatches))
	var out []string
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].name)
	}
	return out, nil
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func quoteJoin(list []string, sep, last string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	if len(q) < 2 {
		return strings.Join(q, sep)
	}
	return strings.Join(q[:len(q)-1], sep) + last + q[len(q)-1]
}
