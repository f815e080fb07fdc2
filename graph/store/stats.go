package store

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph/kv"
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

// Stats counts the store's articles, entities, facts, edges and quads. It
// reads the counts that every write keeps up to date, and the number of
// quads that the backend keeps, so its time does not grow with the store;
// a store written before counts were kept is counted by Recount.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	c, ok, err := s.storedCounts(ctx)
	if err != nil {
		return Stats{}, err
	}
	if !ok {
		return s.Recount(ctx)
	}
	st := Stats{Articles: c.Articles, Entities: c.Entities, Facts: c.Facts, Edges: c.Edges}
	st.Quads, err = s.quads(ctx)
	return st, err
}

// Counts is Stats; 'load' reports it after each run.
func (s *Store) Counts(ctx context.Context) (Stats, error) { return s.Stats(ctx) }

// quads is the number of quads in the store. Cayley's key-value stores and
// memstore keep it; the SQL backends count their table.
func (s *Store) quads(ctx context.Context) (int64, error) {
	qst, err := s.qs.Stats(ctx, s.loc.sql())
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // nothing was ever written, so no size either
	}
	return qst.Quads.Size, err
}

// Recount counts what the store holds by a pass over its articles and facts,
// as Stats did before the counts were kept: for stores written before them,
// and to check them.
func (s *Store) Recount(ctx context.Context) (Stats, error) {
	var st Stats
	if s.qs.ValueOf(graph.TypeArticle) == nil {
		// No article, and maybe no index yet in a store made by an older
		// entente: nothing to count but quads.
		var err error
		st.Quads, err = s.quads(ctx)
		return st, err
	}
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
	// The catalog's standing facts are no article's: they count nowhere.
	standing := path.StartPath(s.qs, graph.CatalogNode).In(graph.PredArticle).Has(graph.PredType, graph.TypeFact)
	st.Articles = count(articles)
	st.Entities = count(articles.Out(graph.PredMentions).Unique())
	st.Facts = count(facts)
	if s.qs.ValueOf(graph.CatalogNode) != nil {
		st.Facts -= count(standing)
	}
	if err != nil {
		return st, err
	}
	edges := make(map[[3]string]struct{})
	err = facts.Save(graph.PredSubject, "s").Save(graph.PredPredicate, "p").Save(graph.PredObject, "o").
		Save(graph.PredArticle, "a").Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		if !graph.IsCatalog(m["a"]) {
			edges[[3]string{m["s"].String(), m["p"].String(), m["o"].String()}] = struct{}{}
		}
	})
	st.Edges = int64(len(edges))
	if err != nil {
		return st, err
	}
	st.Quads, err = s.quads(ctx)
	return st, err
}
