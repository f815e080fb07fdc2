package store_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// viewDocs are three articles: two state "Russia supports Assad", one
// with two sentences; Putin met Erdoğan (stated once, from the object's
// side); Iran supports Hezbollah; Turkey opposes Assad.
func viewDocs() []graph.Document {
	russia := graph.Entity{Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow", "Russia"}, QID: "Q159"}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}, QID: "Q44329"}
	putin := graph.Entity{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}}
	erdogan := graph.Entity{Name: "Recep Tayyip Erdoğan", Type: graph.Person, Aliases: []string{"Erdogan"}}
	iran := graph.Entity{Name: "Iran", Type: graph.Country, Aliases: []string{"Tehran"}}
	hezbollah := graph.Entity{Name: "Hezbollah", Type: graph.Organization}
	turkey := graph.Entity{Name: "Turkey", Type: graph.Country, Aliases: []string{"Ankara"}}
	return []graph.Document{
		{
			Article:  graph.Article{Name: "a.txt", Title: "Moscow backs Damascus", Date: "2018-03-02", Hash: "1"},
			Entities: []graph.Entity{russia, assad, putin, erdogan},
			Facts: []graph.Fact{
				{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad.", Confidence: 0.9},
				{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Moscow arms Assad.", Confidence: 0.7},
				{Subject: putin, Predicate: graph.MetWith, Object: erdogan, Evidence: "Putin met Erdogan.", Confidence: 0.8},
			},
		},
		{
			Article:  graph.Article{Name: "b.txt", Title: "Tehran and Moscow", Date: "2017-11-20", Hash: "2"},
			Entities: []graph.Entity{russia, assad, iran, hezbollah},
			Facts: []graph.Fact{
				{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia supports Assad.", Confidence: 0.6},
				{Subject: iran, Predicate: graph.Supports, Object: hezbollah, Evidence: "Iran funds Hezbollah.", Confidence: 0.8},
			},
		},
		{
			Article:  graph.Article{Name: "c.txt", Hash: "3"},
			Entities: []graph.Entity{turkey, assad},
			Facts: []graph.Fact{
				{Subject: turkey, Predicate: graph.Opposes, Object: assad, Evidence: "Ankara wants Assad gone.", Confidence: 0.5},
			},
		},
	}
}

func TestViewWholeGraph(t *testing.T) {
	s := storetest.New(t)
	storetest.Load(t, s, viewDocs()...)
	v, err := s.View(context.Background(), store.ViewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range v.Nodes {
		ids = append(ids, n.ID)
	}
	wantIDs := []string{"bashar-al-assad", "hezbollah", "iran", "recep-tayyip-erdogan", "russia", "turkey", "vladimir-putin"}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Errorf("nodes = %q, want %q", ids, wantIDs)
	}
	var edges []string
	for _, e := range v.Edges {
		edges = append(edges, e.ID())
	}
	wantEdges := []string{
		"iran supports hezbollah",
		"recep-tayyip-erdogan met-with vladimir-putin", // symmetric: ends in key order
		"russia supports bashar-al-assad",
		"turkey opposes bashar-al-assad",
	}
	if !reflect.DeepEqual(edges, wantEdges) {
		t.Errorf("edges = %q, want %q", edges, wantEdges)
	}

	russia, ok := v.Node("russia")
	want := graph.ViewNode{ID: "russia", Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow"}, QID: "Q159"}
	if !ok || !reflect.DeepEqual(russia, want) {
		t.Errorf("russia = %+v, want %+v", russia, want)
	}

	sup := v.Edges[2]
	wantEdge := graph.ViewEdge{
		Source: "russia", Target: "bashar-al-assad", Predicate: graph.Supports,
		Articles: []graph.ArticleRef{
			{Name: "a.txt", Title: "Moscow backs Damascus", Date: "2018-03-02"},
			{Name: "b.txt", Title: "Tehran and Moscow", Date: "2017-11-20"},
		},
		Evidence: []graph.Evidence{
			{Article: "a.txt", Sentence: "Moscow arms Assad."},
			{Article: "a.txt", Sentence: "Russia backs Assad."},
			{Article: "b.txt", Sentence: "Russia supports Assad."},
		},
		Confidence: 0.9,
	}
	if !reflect.DeepEqual(sup, wantEdge) {
		t.Errorf("russia supports assad =\n%+v\nwant\n%+v", sup, wantEdge)
	}
	if sup.Weight() != 2 || sup.FirstDate() != "2017-11-20" || sup.LastDate() != "2018-03-02" {
		t.Errorf("weight %d, dates %s..%s; want 2, 2017-11-20..2018-03-02", sup.Weight(), sup.FirstDate(), sup.LastDate())
	}
	if opp := v.Edges[3]; opp.FirstDate() != "" || opp.LastDate() != "" {
		t.Errorf("undated article gave dates %q..%q", opp.FirstDate(), opp.LastDate())
	}
}

func TestViewOptions(t *testing.T) {
	s := storetest.New(t)
	storetest.Load(t, s, viewDocs()...)
	tests := []struct {
		name      string
		opts      store.ViewOptions
		wantNodes int
		wantEdges []string
	}{
		{
			name:      "min articles",
			opts:      store.ViewOptions{MinArticles: 2},
			wantNodes: 2,
			wantEdges: []string{"russia supports bashar-al-assad"},
		},
		{
			name:      "predicates",
			opts:      store.ViewOptions{Predicates: []graph.Predicate{graph.Opposes, graph.MetWith}},
			wantNodes: 4,
			wantEdges: []string{"recep-tayyip-erdogan met-with vladimir-putin", "turkey opposes bashar-al-assad"},
		},
		{
			name:      "around depth 1",
			opts:      store.ViewOptions{Around: []quad.IRI{graph.EntityIRI("bashar-al-assad")}, Depth: 1},
			wantNodes: 3,
			wantEdges: []string{"russia supports bashar-al-assad", "turkey opposes bashar-al-assad"},
		},
		{
			name:      "around depth 0",
			opts:      store.ViewOptions{Around: []quad.IRI{graph.EntityIRI("iran")}},
			wantNodes: 1,
			wantEdges: nil,
		},
		{
			name:      "around an object, following edges backwards",
			opts:      store.ViewOptions{Around: []quad.IRI{graph.EntityIRI("hezbollah")}, Depth: 3},
			wantNodes: 2,
			wantEdges: []string{"iran supports hezbollah"},
		},
		{
			name: "around with other filters",
			opts: store.ViewOptions{Around: []quad.IRI{graph.EntityIRI("bashar-al-assad")}, Depth: 2,
				Predicates: []graph.Predicate{graph.Opposes}},
			wantNodes: 2,
			wantEdges: []string{"turkey opposes bashar-al-assad"},
		},
		{
			name:      "nothing left",
			opts:      store.ViewOptions{MinArticles: 3},
			wantNodes: 0,
			wantEdges: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := s.View(context.Background(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var edges []string
			for _, e := range v.Edges {
				edges = append(edges, e.ID())
			}
			if len(v.Nodes) != tt.wantNodes || !reflect.DeepEqual(edges, tt.wantEdges) {
				t.Errorf("got %d nodes, edges %q; want %d nodes, edges %q", len(v.Nodes), edges, tt.wantNodes, tt.wantEdges)
			}
			// Every edge end is a node of the view.
			for _, e := range v.Edges {
				if _, ok := v.Node(e.Source); !ok {
					t.Errorf("edge %s: no node %s", e.ID(), e.Source)
				}
				if _, ok := v.Node(e.Target); !ok {
					t.Errorf("edge %s: no node %s", e.ID(), e.Target)
				}
			}
		})
	}
}

func TestViewEmptyStore(t *testing.T) {
	s := storetest.New(t)
	v, err := s.View(context.Background(), store.ViewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Nodes) != 0 || len(v.Edges) != 0 {
		t.Errorf("empty store gave %d nodes and %d edges", len(v.Nodes), len(v.Edges))
	}
}

// TestViewCatalogConfidence checks the confidence of an edge the catalog
// states: the catalog's own where no article states the fact, the
// articles' where one does, as the canned queries give it.
func TestViewCatalogConfidence(t *testing.T) {
	s := storetest.Bundled(t)
	v, err := s.View(context.Background(), store.ViewOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var catalogOnly, both int
	for _, e := range v.Edges {
		if !e.Catalog {
			continue
		}
		if len(e.Articles) == 0 {
			catalogOnly++
			if e.Confidence != graph.StandingConfidence {
				t.Errorf("%s: stated by the catalog alone, confidence %v, want %v", e.ID(), e.Confidence, graph.StandingConfidence)
			}
			continue
		}
		both++
		if e.Confidence <= 0 || e.Confidence >= graph.StandingConfidence {
			t.Errorf("%s: stated by %d articles too, confidence %v, want the articles' (below %v)", e.ID(), len(e.Articles), e.Confidence, graph.StandingConfidence)
		}
	}
	if catalogOnly == 0 || both == 0 {
		t.Fatalf("bundled store: %d edges from the catalog alone, %d from the catalog and articles; want some of each", catalogOnly, both)
	}
}
