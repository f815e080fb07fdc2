package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// The tallies: for each subject-predicate-object triple, a node that sums
// up the articles stating it (graph.Tally), kept as the store is written so
// that a canned query reads one string per row instead of thousands of
// fact nodes. Each tally is a function of the set of articles that state
// its triple, whatever the order they came in, so that a load killed and
// run again leaves the same store as a clean one.
//
// A tally's JSON string names its triple, so no two tallies share a
// string: replacing one string by another in a transaction shares no node
// but the tally node and graph.PredTally, whose uses stay as many, which
// Cayley's key-value backends handle (see setCounts).
//
// The store's counts say whether every tally is written (counts.Tallied).
// Replacing articles clears it in its first transaction, which removes the
// strings of the tallies it changes, and sets it again in its second,
// which writes them anew; a store whose flag is clear (a kill between the
// two, or a store written before tallies) has its tallies recomputed by
// the next write, and the queries read facts the slow way until then.

// statement is one article's statement of a triple: what a tally sums.
type statement struct {
	spo  [3]quad.Value
	cite graph.Cited
	conf float64
}

// statements lists the triples that r, the quads of the article label,
// state, with the article's date and each fact's confidence.
func statements(label quad.Value, r articleRead) []statement {
	cite := graph.Cited{Article: label.String(), Date: r.date}
	out := make([]statement, 0, len(r.facts))
	for _, f := range r.facts {
		if f.complete() {
			out = append(out, statement{spo: [3]quad.Value{f.s, f.p, f.o}, cite: cite, conf: f.conf})
		}
	}
	return out
}

// floatOf reads a confidence, as the store or a record's N-Quads give it.
func floatOf(v quad.Value) (float64, bool) {
	if ts, ok := v.(quad.TypedString); ok {
		if pv, err := ts.ParseValue(); err == nil {
			v = pv
		}
	}
	switch f := v.(type) {
	case quad.Float:
		return float64(f), true
	case quad.Int:
		return float64(f), true
	}
	return 0, false
}

// newer orders cited articles as the queries list them: newest first,
// undated last, then by article name.
func newer(a, b graph.Cited) int {
	if a.Date != b.Date {
		if a.Date > b.Date {
			return -1
		}
		return 1
	}
	return strings.Compare(citedName(a), citedName(b))
}

func citedName(c graph.Cited) string {
	name, _ := graph.ArticleName(quad.IRI(strings.TrimSuffix(strings.TrimPrefix(c.Article, "<"), ">")))
	return name
}

// tallyAdd counts st into t.
func tallyAdd(t *graph.Tally, st statement) {
	switch {
	case t.Count == 0 || st.conf > t.Confidence:
		t.Confidence, t.AtConfidence = st.conf, 1
	case st.conf == t.Confidence:
		t.AtConfidence++
	}
	t.Count++
	if d := st.cite.Date; d != "" {
		switch {
		case t.FirstSeen == "" || d < t.FirstSeen:
			t.FirstSeen, t.AtFirstSeen = d, 1
		case d == t.FirstSeen:
			t.AtFirstSeen++
		}
		switch {
		case d > t.LastSeen:
			t.LastSeen, t.AtLastSeen = d, 1
		case d == t.LastSeen:
			t.AtLastSeen++
		}
	}
	i, _ := slices.BinarySearchFunc(t.Recent, st.cite, newer)
	if i < graph.TallyRecent {
		t.Recent = slices.Insert(t.Recent, i, st.cite)
		if len(t.Recent) > graph.TallyRecent {
			t.Recent = t.Recent[:graph.TallyRecent]
		}
	}
}

// tallyRemove takes st out of t, and reports whether t is still exact: it
// is not when st was one of its recent articles, or the last article of
// its first or last date or of its confidence, for then the others must
// be read.
func tallyRemove(t *graph.Tally, st statement) bool {
	t.Count--
	if t.Count <= 0 {
		*t = graph.Tally{Subject: t.Subject, Predicate: t.Predicate, Object: t.Object, Recent: []graph.Cited{}}
		return true
	}
	exact := true
	if d := st.cite.Date; d != "" {
		if d == t.FirstSeen {
			t.AtFirstSeen--
			exact = exact && t.AtFirstSeen > 0
		}
		if d == t.LastSeen {
			t.AtLastSeen--
			exact = exact && t.AtLastSeen > 0
		}
	}
	if st.conf >= t.Confidence {
		t.AtConfidence--
		exact = exact && t.AtConfidence > 0
	}
	return exact && !slices.ContainsFunc(t.Recent, func(c graph.Cited) bool { return c.Article == st.cite.Article })
}

// tallyState is a tally being changed by a batch.
type tallyState struct {
	node   quad.IRI
	spo    [3]quad.Value
	t      graph.Tally
	stored quad.Value // the JSON string in the store; nil when none is
	linked bool       // whether the links to subject and object are stored
	stale  bool       // t must be recomputed from the store
}

// tallies are the tallies a batch changes, by triple.
type tallies map[[3]quad.Value]*tallyState

// get returns the tally of spo, read from the store the first time.
func (ts tallies) get(ctx context.Context, s *Store, spo [3]quad.Value) (*tallyState, error) {
	if st := ts[spo]; st != nil {
		return st, nil
	}
	st, err := s.readTally(ctx, spo)
	if err != nil {
		return nil, err
	}
	ts[spo] = st
	return st, nil
}

// tallyNode is the tally node of spo.
func tallyNode(spo [3]quad.Value) quad.IRI {
	return graph.TallyIRI(iriOf(spo[0]), iriOf(spo[1]), iriOf(spo[2]))
}

// readTally reads the stored tally of spo: one index lookup.
func (s *Store) readTally(ctx context.Context, spo [3]quad.Value) (*tallyState, error) {
	st := &tallyState{node: tallyNode(spo), spo: spo}
	st.t = emptyTally(spo)
	vals, err := s.out(ctx, st.node, graph.PredTally)
	if err != nil || len(vals) == 0 {
		return st, err
	}
	if len(vals) > 1 {
		return nil, fmt.Errorf("%s has %d tallies; one was expected", st.node, len(vals))
	}
	if err := json.Unmarshal([]byte(quad.ToString(vals[0])), &st.t); err != nil {
		return nil, fmt.Errorf("the tally %s: %w", st.node, err)
	}
	st.stored, st.linked = vals[0], true
	return st, nil
}

func emptyTally(spo [3]quad.Value) graph.Tally {
	return graph.Tally{Subject: spo[0].String(), Predicate: spo[1].String(), Object: spo[2].String(), Recent: []graph.Cited{}}
}

// value is the JSON string of t.
func tallyValue(t graph.Tally) quad.Value {
	b, _ := json.Marshal(t)
	return quad.String(b)
}

// unwrite removes st from the store in tx: its string, and its links when
// no article states its triple any more.
func (st *tallyState) unwrite(tx *cgraph.Transaction) {
	if st.stored != nil {
		tx.RemoveQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTally, Object: st.stored})
		st.stored = nil
	}
	if st.t.Count <= 0 && st.linked {
		tx.RemoveQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTallySubject, Object: st.spo[0]})
		tx.RemoveQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTallyObject, Object: st.spo[2]})
		st.linked = false
	}
}

// write writes st in tx: its string in place of the stored one, and its
// links if they are not stored. A tally no article states is left to
// unwrite.
func (st *tallyState) write(tx *cgraph.Transaction) {
	if st.t.Count <= 0 {
		return
	}
	v := tallyValue(st.t)
	if v == st.stored {
		return
	}
	if st.stored != nil {
		tx.RemoveQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTally, Object: st.stored})
	}
	tx.AddQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTally, Object: v})
	st.stored = v
	if !st.linked {
		tx.AddQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTallySubject, Object: st.spo[0]})
		tx.AddQuad(quad.Quad{Subject: st.node, Predicate: graph.PredTallyObject, Object: st.spo[2]})
		st.linked = true
	}
}

// recount recomputes st from the articles the store holds that state its
// triple: the labels of its direct edges, each article's date and its fact
// node's confidence, a few index lookups an article.
func (s *Store) recount(ctx context.Context, st *tallyState) error {
	var labels []quad.Value
	if err := s.labelsOf(ctx, st.spo, func(l quad.Value) bool { labels = append(labels, l); return true }); err != nil {
		return err
	}
	sID, _ := graph.EntityID(iriOf(st.spo[0]))
	oID, _ := graph.EntityID(iriOf(st.spo[2]))
	p := graph.Predicate(iriOf(st.spo[1]))
	st.t = emptyTally(st.spo)
	for _, l := range labels {
		dates, err := s.out(ctx, l, graph.PredDate)
		if err != nil {
			return err
		}
		stmt := statement{spo: st.spo, cite: graph.Cited{Article: l.String()}}
		if len(dates) > 0 {
			stmt.cite.Date = quad.ToString(dates[0])
		}
		if name, ok := graph.ArticleName(iriOf(l)); ok {
			confs, err := s.out(ctx, graph.FactKeyIRI(name, sID, p, oID), graph.PredConfidence)
			if err != nil {
				return err
			}
			for _, c := range confs {
				if f, ok := floatOf(c); ok && f > stmt.conf {
					stmt.conf = f
				}
			}
		}
		tallyAdd(&st.t, stmt)
	}
	st.stale = false
	return nil
}

// StoredTallies returns the tallies the store holds, by tally node.
func (s *Store) StoredTallies(ctx context.Context) (map[quad.IRI]graph.Tally, error) {
	out := make(map[quad.IRI]graph.Tally)
	var ferr error
	err := path.StartPath(s.qs).Tag("node").Out(graph.PredTally).Tag("json").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		var t graph.Tally
		if err := json.Unmarshal([]byte(quad.ToString(m["json"])), &t); err != nil && ferr == nil {
			ferr = fmt.Errorf("the tally %s: %w", m["node"], err)
		}
		out[iriOf(m["node"])] = t
	})
	if err == nil {
		err = ferr
	}
	return out, err
}

// RecountTallies computes every triple's tally from the fact nodes, as the
// store should hold them: a pass over every fact, to build the tallies of a
// store written without them and to check them.
func (s *Store) RecountTallies(ctx context.Context) (map[quad.IRI]graph.Tally, error) {
	by, err := s.recountTallies(ctx)
	out := make(map[quad.IRI]graph.Tally, len(by))
	for spo, t := range by {
		out[tallyNode(spo)] = *t
	}
	return out, err
}

func (s *Store) recountTallies(ctx context.Context) (map[[3]quad.Value]*graph.Tally, error) {
	arts, err := s.articles(ctx)
	if err != nil {
		return nil, err
	}
	by := make(map[[3]quad.Value]*graph.Tally)
	err = path.StartPath(s.qs).Has(graph.PredType, graph.TypeFact).
		Save(graph.PredSubject, "s").Save(graph.PredPredicate, "p").Save(graph.PredObject, "o").
		Save(graph.PredArticle, "a").SaveOptional(graph.PredConfidence, "c").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		if graph.IsCatalog(m["a"]) {
			return // a standing fact is no article's (see PutStanding)
		}
		spo := [3]quad.Value{m["s"], m["p"], m["o"]}
		t := by[spo]
		if t == nil {
			e := emptyTally(spo)
			t = &e
			by[spo] = t
		}
		st := statement{spo: spo, cite: graph.Cited{Article: m["a"].String(), Date: arts[m["a"]].Date}}
		st.conf, _ = floatOf(m["c"])
		tallyAdd(t, st)
	})
	return by, err
}

// retally makes the stored tallies equal to RecountTallies and sets c's
// flag that they are: for a store written before tallies, or one whose
// load was killed between the two transactions of a replacement. Tallies
// of triples no article states go first, alone in a transaction, since a
// transaction that removes the last use of a node must add no quad using
// it.
func (s *Store) retally(ctx context.Context, c counts) (counts, error) {
	byTriple, err := s.recountTallies(ctx)
	if err != nil {
		return c, err
	}
	want := make(map[quad.IRI][3]quad.Value, len(byTriple))
	for spo := range byTriple {
		want[tallyNode(spo)] = spo
	}
	type link struct{ s, o quad.Value }
	links := make(map[quad.IRI]link)
	err = path.StartPath(s.qs).Tag("node").Out(graph.PredTallySubject).Tag("s").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		links[iriOf(m["node"])] = link{s: m["s"]}
	})
	if err != nil {
		return c, err
	}
	stored := make(map[quad.IRI]quad.Value)
	err = path.StartPath(s.qs).Tag("node").Out(graph.PredTally).Tag("json").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) { stored[iriOf(m["node"])] = m["json"] })
	if err != nil {
		return c, err
	}
	gone := cgraph.NewTransaction()
	for n, v := range stored {
		if _, ok := want[n]; !ok {
			gone.RemoveQuad(quad.Quad{Subject: n, Predicate: graph.PredTally, Object: v})
		}
	}
	for n := range links {
		if _, ok := want[n]; !ok {
			objs, err := s.out(ctx, n, graph.PredTallyObject)
			if err != nil {
				return c, err
			}
			gone.RemoveQuad(quad.Quad{Subject: n, Predicate: graph.PredTallySubject, Object: links[n].s})
			for _, o := range objs {
				gone.RemoveQuad(quad.Quad{Subject: n, Predicate: graph.PredTallyObject, Object: o})
			}
		}
	}
	if len(gone.Deltas) > 0 {
		if err := s.qw.ApplyTransaction(gone); err != nil {
			return c, fmt.Errorf("remove stale tallies: %w", err)
		}
	}
	tx := cgraph.NewTransaction()
	for n, spo := range want {
		_, linked := links[n]
		st := &tallyState{node: n, spo: spo, t: *byTriple[spo], stored: stored[n], linked: linked}
		st.write(tx)
	}
	next := c
	next.Tallied = true
	next = setCounts(tx, c, next)
	if err := s.qw.ApplyTransaction(tx); err != nil {
		return c, fmt.Errorf("write the tallies: %w", err)
	}
	return next, nil
}

// untally takes the old statements of the replaced articles arts out of
// their tallies, read into ts, and removes in tx the strings of the
// tallies they change (and the links of those no article states any
// more). A tally the removal leaves inexact is marked stale, to be
// recounted once tx is applied.
func (s *Store) untally(ctx context.Context, ts tallies, arts []*article, tx *cgraph.Transaction) error {
	for _, a := range arts {
		for _, stmt := range statements(a.label, a.reads(true)) {
			st, err := ts.get(ctx, s, stmt.spo)
			if err != nil {
				return err
			}
			if st.stored == nil && !st.linked && st.t.Count == 0 {
				continue // a triple stated before tallies were kept: retally's
			}
			if !tallyRemove(&st.t, stmt) {
				st.stale = true
			}
		}
	}
	for _, st := range ts {
		st.unwrite(tx)
	}
	return nil
}
