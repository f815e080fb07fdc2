package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// ViewOptions chooses the part of the graph that View returns. The zero
// value chooses the whole graph.
type ViewOptions struct {
	// Around keeps only the neighbourhood of these entities: the entities
	// within Depth hops of one of them, over the kept edges in either
	// direction, and the edges among them. Empty keeps every entity.
	Around []quad.IRI
	// Depth is the radius of the neighbourhood of Around; 0 keeps only the
	// entities of Around themselves.
	Depth int
	// Predicates keeps only the facts with one of these predicates. Empty
	// keeps every predicate.
	Predicates []graph.Predicate
	// MinArticles keeps only the facts that at least this many articles
	// state.
	MinArticles int
	// ArticlesOnly leaves out the catalog's standing facts: an edge that
	// only the catalog states goes, and no edge is marked Catalog.
	ArticlesOnly bool
}

// View reads the facts of the store as a graph.View: one edge per subject,
// predicate and object, listing the articles that state it and their
// evidence sentences, and one node per entity at the ends of the kept edges
// (and per entity of opts.Around).
func (s *Store) View(ctx context.Context, opts ViewOptions) (*graph.View, error) {
	articles, err := s.articles(ctx)
	if err != nil {
		return nil, err
	}
	keep := make(map[graph.Predicate]bool, len(opts.Predicates))
	for _, p := range opts.Predicates {
		keep[p] = true
	}

	type key struct{ s, p, o quad.Value }
	edges := make(map[key]*graph.ViewEdge)
	facts := make(map[quad.Value]*graph.ViewEdge) // fact node → its edge
	seenArticle := make(map[*graph.ViewEdge]map[string]bool)
	var ferr error
	err = path.StartPath(s.qs).Has(graph.PredType, graph.TypeFact).Tag("fact").
		Save(graph.PredSubject, "s").Save(graph.PredPredicate, "p").Save(graph.PredObject, "o").
		Save(graph.PredArticle, "a").SaveOptional(graph.PredConfidence, "c").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		sub, sok := m["s"].(quad.IRI)
		obj, ook := m["o"].(quad.IRI)
		pred, pok := m["p"].(quad.IRI)
		if !sok || !ook || !pok {
			if ferr == nil {
				ferr = fmt.Errorf("malformed fact node %v", m["fact"])
			}
			return
		}
		p := graph.Predicate(pred)
		if len(keep) > 0 && !keep[p] {
			return
		}
		catalog := graph.IsCatalog(m["a"])
		if catalog && opts.ArticlesOnly {
			return
		}
		k := key{sub, pred, obj}
		e := edges[k]
		if e == nil {
			e = &graph.ViewEdge{Source: entityID(sub), Target: entityID(obj), Predicate: p}
			edges[k] = e
			seenArticle[e] = make(map[string]bool)
		}
		facts[m["fact"]] = e
		if c, ok := m["c"].(quad.Float); ok && float64(c) > e.Confidence {
			e.Confidence = float64(c)
		}
		if catalog {
			e.Catalog = true
			return
		}
		a := articles[m["a"]]
		if a.Name == "" {
			a.Name, _ = graph.ArticleName(iriOf(m["a"]))
		}
		if !seenArticle[e][a.Name] {
			seenArticle[e][a.Name] = true
			e.Articles = append(e.Articles, a)
		}
	})
	if err == nil {
		err = ferr
	}
	if err != nil {
		return nil, err
	}

	// Drop the edges too few articles state (a standing fact's counts
	// none), then read the evidence of the
	// facts behind the others.
	for k, e := range edges {
		if !enough(e, opts.MinArticles) {
			delete(edges, k)
		}
	}
	if len(edges) > 0 {
		err = path.StartPath(s.qs).Has(graph.PredType, graph.TypeFact).Tag("fact").
			Save(graph.PredArticle, "a").Save(graph.PredEvidence, "ev").
			Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
			e := facts[m["fact"]]
			if e == nil {
				return
			}
			name := articles[m["a"]].Name
			if graph.IsCatalog(m["a"]) {
				name = graph.CatalogName
			}
			e.Evidence = append(e.Evidence, graph.Evidence{
				Article:  name,
				Sentence: quad.ToString(m["ev"]),
			})
		})
		if err != nil {
			return nil, err
		}
	}

	var kept []*graph.ViewEdge
	for _, e := range edges {
		if enough(e, opts.MinArticles) {
			kept = append(kept, e)
		}
	}
	ids := make(map[string]bool)
	if len(opts.Around) > 0 {
		kept, ids = neighbourhood(kept, opts.Around, opts.Depth)
	} else {
		for _, e := range kept {
			ids[e.Source], ids[e.Target] = true, true
		}
	}

	v := &graph.View{Edges: make([]graph.ViewEdge, 0, len(kept))}
	for _, e := range kept {
		v.Edges = append(v.Edges, *e)
	}
	if v.Nodes, err = s.viewNodes(ctx, ids); err != nil {
		return nil, err
	}
	v.Sort()
	return v, nil
}

// enough reports whether e has min articles behind it. A fact that only
// the catalog states has none, and is kept unless more than one is asked
// for: it is a fact, but no article's.
func enough(e *graph.ViewEdge, min int) bool {
	return len(e.Articles) >= min || (e.Catalog && len(e.Articles) == 0 && min <= 1)
}

// neighbourhood keeps the edges among the entities within depth hops of
// around, and returns them with the IDs of those entities.
func neighbourhood(edges []*graph.ViewEdge, around []quad.IRI, depth int) ([]*graph.ViewEdge, map[string]bool) {
	adj := make(map[string][]string)
	for _, e := range edges {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	in := make(map[string]bool)
	var frontier []string
	for _, a := range around {
		id := entityID(a)
		if !in[id] {
			in[id] = true
			frontier = append(frontier, id)
		}
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, n := range adj[id] {
				if !in[n] {
					in[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	var out []*graph.ViewEdge
	for _, e := range edges {
		if in[e.Source] && in[e.Target] {
			out = append(out, e)
		}
	}
	return out, in
}

// articles reads the file name, title and date of every article node.
func (s *Store) articles(ctx context.Context) (map[quad.Value]graph.ArticleRef, error) {
	out := make(map[quad.Value]graph.ArticleRef)
	err := path.StartPath(s.qs).Has(graph.PredType, graph.TypeArticle).Tag("a").
		SaveOptional(graph.PredFile, "file").SaveOptional(graph.PredTitle, "title").SaveOptional(graph.PredDate, "date").
		SaveOptional(graph.PredURL, "url").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		a := graph.ArticleRef{
			Name:  quad.ToString(m["file"]),
			Title: quad.ToString(m["title"]),
			Date:  quad.ToString(m["date"]),
			URL:   quad.ToString(m["url"]),
		}
		if a.Name == "" {
			a.Name, _ = graph.ArticleName(iriOf(m["a"]))
		}
		out[m["a"]] = a
	})
	return out, err
}

// viewNodes reads the name, type, aliases and Wikidata ID of the entities
// with the given IDs.
func (s *Store) viewNodes(ctx context.Context, ids map[string]bool) ([]graph.ViewNode, error) {
	if len(ids) == 0 {
		return []graph.ViewNode{}, nil
	}
	iris := make([]quad.Value, 0, len(ids))
	nodes := make(map[string]*graph.ViewNode, len(ids))
	for id := range ids {
		iris = append(iris, graph.EntityIRI(id))
		nodes[id] = &graph.ViewNode{ID: id}
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i].String() < iris[j].String() })
	err := path.StartPath(s.qs, iris...).Tag("e").
		SaveOptional(graph.PredName, "name").SaveOptional(graph.PredType, "type").SaveOptional(graph.PredQID, "qid").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		n := nodes[entityID(iriOf(m["e"]))]
		if n == nil {
			return
		}
		if name := quad.ToString(m["name"]); name != "" {
			n.Name = name
		}
		if t, ok := m["type"].(quad.IRI); ok {
			n.Type = graph.EntityType(t)
		}
		if q := quad.ToString(m["qid"]); q != "" {
			n.QID = q
		}
	})
	if err != nil {
		return nil, err
	}
	err = path.StartPath(s.qs, iris...).Tag("e").Save(graph.PredAlias, "alias").
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) {
		if n := nodes[entityID(iriOf(m["e"]))]; n != nil {
			n.Aliases = append(n.Aliases, quad.ToString(m["alias"]))
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]graph.ViewNode, 0, len(nodes))
	for _, n := range nodes {
		if n.Name == "" {
			n.Name = n.ID
		}
		aliases := n.Aliases[:0]
		for _, a := range n.Aliases {
			if a != n.Name {
				aliases = append(aliases, a)
			}
		}
		n.Aliases = aliases
		out = append(out, *n)
	}
	return out, nil
}

// entityID is the ID of the entity node iri (see graph.EntityID).
func entityID(iri quad.IRI) string {
	if id, ok := graph.EntityID(iri); ok {
		return id
	}
	return string(iri)
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}
