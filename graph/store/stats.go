package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// Stats counts what the store holds.
type Stats struct {
	Articles int64 `json:"articles"`
	// Entities counts the entities that at least one article mentions.
	Entities int64 `json:"entities"`
	// Facts counts fact nodes: one per fact and article stating it.
	Facts int64 `json:"facts"`
	// Edges counts distinct subject–predicate–object triples, whatever the
	// number of articles behind each.
	Edges int64 `json:"edges"`
	Quads int64 `json:"quads"`
}

// Stats counts the store's articles, entities, facts, edges and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := s.Counts(ctx)
	if err != nil {
		return st, err
	}
	edges := make(map[[3]string]struct{})
	err = path.StartPath(s.qs).Has(graph.PredType, graph.TypeFact).
		Save(graph.PredSubject, "s").Save(graph.PredPredicate, "p").Save(graph.PredObject, "o").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		edges[[3]string{m["s"].String(), m["p"].String(), m["o"].String()}] = struct{}{}
	})
	st.Edges = int64(len(edges))
	return st, err
}

// Counts is Stats without Edges, which takes a pass over every fact: what
// 'load' reports after each run.
func (s *Store) Counts(ctx context.Context) (Stats, error) {
	var st Stats
	var err error
	count := func(p *path.Path) int64 {
		if err != nil {
			return 0
		}
		var n int64
		n, err = p.Iterate(ctx).Count()
		return n
	}
	articles := path.StartPath(s.qs).Has(graph.PredType, graph.TypeArticle)
	facts := path.StartPath(s.qs).Has(graph.PredType, graph.TypeFact)
	st.Articles = count(articles)
	st.Entities = count(articles.Out(graph.PredMentions).Unique())
	st.Facts = count(facts)
	if err != nil {
		return st, err
	}
	qst, err := s.qs.Stats(ctx, true)
	st.Quads = qst.Quads.Size
	return st, err
}
