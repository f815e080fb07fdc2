package graph

import "sort"

// View is the part of the knowledge graph that an export draws: entities as
// nodes and facts as edges. A fact stated by several articles is one edge
// that lists all of them, so an edge's weight is the number of articles
// behind it. Nodes are sorted by ID and edges by source, predicate and
// target, so that encoders write the same bytes for the same graph.
type View struct {
	Nodes []ViewNode
	Edges []ViewEdge
}

// ViewNode is an entity as a node of a View.
type ViewNode struct {
	// ID is the entity's ID (see Entity.ID), unique within the view.
	ID   string
	Name string
	Type EntityType
	// Aliases are the other surface forms seen, sorted and without
	// duplicates or the canonical name.
	Aliases []string
	// QID is the Wikidata identifier when known.
	QID string
}

// ViewEdge is one subject–predicate–object fact with everything the store
// knows of its provenance.
type ViewEdge struct {
	// Source and Target are node IDs. A symmetric predicate has its ends in
	// the fixed order of Fact.Key.
	Source, Target string
	Predicate      Predicate
	// Articles lists the articles that state the fact, sorted by name.
	Articles []ArticleRef
	// Evidence lists the supporting sentences, sorted by article name and
	// then by sentence.
	Evidence []Evidence
	// Confidence is the highest confidence of the fact in any article.
	Confidence float64
	// Catalog says the catalog states the fact too, as a standing fact
	// (see StandingQuads): it counts no article, and its note is among
	// the evidence under CatalogName.
	Catalog bool
}

// ArticleRef names an article that states a fact.
type ArticleRef struct {
	Name  string
	Title string
	Date  string // YYYY-MM-DD, or "" when the article gives none
	URL   string // the article's address, when its source gave one
}

// Evidence is one sentence that states a fact, with the article it is from.
type Evidence struct {
	Article  string
	Sentence string
}

// Weight is the number of articles that state the fact.
func (e ViewEdge) Weight() int { return len(e.Articles) }

// Symmetric reports whether the edge reads the same in both directions.
func (e ViewEdge) Symmetric() bool { return e.Predicate.Symmetric() }

// Family is the family of the edge's predicate.
func (e ViewEdge) Family() Family { return e.Predicate.Family() }

// ID identifies the edge within its view: "source predicate target".
func (e ViewEdge) ID() string { return e.Source + " " + string(e.Predicate) + " " + e.Target }

// ArticleNames lists the names of the articles that state the fact.
func (e ViewEdge) ArticleNames() []string {
	out := make([]string, len(e.Articles))
	for i, a := range e.Articles {
		out[i] = a.Name
	}
	return out
}

// FirstDate is the earliest date of the articles that state the fact, or ""
// when none has a date.
func (e ViewEdge) FirstDate() string {
	first := ""
	for _, a := range e.Articles {
		if a.Date != "" && (first == "" || a.Date < first) {
			first = a.Date
		}
	}
	return first
}

// LastDate is the latest date of the articles that state the fact, or ""
// when none has a date.
func (e ViewEdge) LastDate() string {
	last := ""
	for _, a := range e.Articles {
		if a.Date > last {
			last = a.Date
		}
	}
	return last
}

// Node returns the node with the given ID.
func (v *View) Node(id string) (ViewNode, bool) {
	i := sort.Search(len(v.Nodes), func(i int) bool { return v.Nodes[i].ID >= id })
	if i < len(v.Nodes) && v.Nodes[i].ID == id {
		return v.Nodes[i], true
	}
	return ViewNode{}, false
}

// Articles lists every article behind the view's edges, sorted by name.
func (v *View) Articles() []ArticleRef {
	seen := make(map[string]ArticleRef)
	for _, e := range v.Edges {
		for _, a := range e.Articles {
			seen[a.Name] = a
		}
	}
	out := make([]ArticleRef, 0, len(seen))
	for _, a := range seen {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Sort puts the nodes in ID order and the edges in source, predicate and
// target order, and sorts the lists within each.
func (v *View) Sort() {
	sort.Slice(v.Nodes, func(i, j int) bool { return v.Nodes[i].ID < v.Nodes[j].ID })
	for i := range v.Nodes {
		v.Nodes[i].Aliases = sortedUnique(v.Nodes[i].Aliases)
	}
	sort.Slice(v.Edges, func(i, j int) bool {
		a, b := v.Edges[i], v.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Target < b.Target
	})
	for i := range v.Edges {
		e := &v.Edges[i]
		sort.Slice(e.Articles, func(i, j int) bool { return e.Articles[i].Name < e.Articles[j].Name })
		sort.Slice(e.Evidence, func(i, j int) bool {
			if e.Evidence[i].Article != e.Evidence[j].Article {
				return e.Evidence[i].Article < e.Evidence[j].Article
			}
			return e.Evidence[i].Sentence < e.Evidence[j].Sentence
		})
	}
}
