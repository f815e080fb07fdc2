package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// TestPlannerAnswersAsCayley runs traversals through the planner and
// through Cayley's own planner and wants the same answers.
func TestPlannerAnswersAsCayley(t *testing.T) {
	s, err := Open(Location{Backend: "bolt", Address: filepath.Join(t.TempDir(), "kg.db")}, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, ok := s.QuadStore().(*planner)
	if !ok {
		t.Fatalf("a bolt store is served by %T, not the planner", s.QuadStore())
	}
	if len(p.indexes) != len(kv.DefaultQuadIndexes) {
		t.Fatalf("planner found indexes %v", p.indexes)
	}
	russia := graph.Entity{Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow"}}
	iran := graph.Entity{Name: "Iran", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	for i, art := range []string{"a.txt", "b.txt", "c.txt"} {
		doc := graph.Document{
			Article:  graph.Article{Name: art, Hash: art},
			Entities: []graph.Entity{russia, iran, assad},
			Facts: []graph.Fact{
				{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."},
				{Subject: iran, Predicate: graph.AlliedWith, Object: assad, Evidence: "Iran is Assad's ally."},
			},
		}
		if i == 2 {
			doc.Facts = doc.Facts[:1]
		}
		if _, err := s.Put(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	assadIRI, russiaIRI := graph.EntityIRI(assad.ID()), graph.EntityIRI(russia.ID())
	tests := []struct {
		name string
		path func(qs cgraph.QuadStore) *path.Path
	}{
		{"in with predicate", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, assadIRI).In(quad.IRI("supports"))
		}},
		{"in with two predicates", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, assadIRI).In(quad.IRI("supports"), quad.IRI("allied-with"))
		}},
		{"in, any predicate", func(qs cgraph.QuadStore) *path.Path { return path.StartPath(qs, assadIRI).In() }},
		{"out with predicate", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, russiaIRI).Out(quad.IRI("supports"))
		}},
		{"out, any predicate", func(qs cgraph.QuadStore) *path.Path { return path.StartPath(qs, russiaIRI).Out() }},
		{"has", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs).Has(graph.PredType, graph.TypeFact).Has(graph.PredObject, assadIRI)
		}},
		{"labels", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, russiaIRI).LabelContextWithTags([]string{"a"}).Out(quad.IRI("supports"))
		}},
	}
	ctx := context.Background()
	for _, tt := range tests {
		var got, want []string
		for _, run := range []struct {
			qs  cgraph.QuadStore
			out *[]string
		}{{p, &got}, {p.QuadStore, &want}} {
			err := tt.path(run.qs).Iterate(ctx).EachValue(run.qs, func(v quad.Value) { *run.out = append(*run.out, v.String()) })
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("%s: planner %v, Cayley %v", tt.name, got, want)
		}
	}
}

// BenchmarkReverseTraversal follows one predicate into a node that many
// other quads point at, with the planner and with Cayley's own planner.
func BenchmarkReverseTraversal(b *testing.B) {
	s, err := Open(Location{Backend: "bolt", Address: filepath.Join(b.TempDir(), "kg.db")}, Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person}
	tx := cgraph.NewTransaction()
	for i := 0; i < 2000; i++ {
		name := fmt.Sprintf("%04d.txt", i)
		for _, q := range graph.Quads(graph.Document{
			Article:  graph.Article{Name: name, Hash: name},
			Entities: []graph.Entity{russia, assad},
			Facts:    []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."}},
		}) {
			tx.AddQuad(q)
		}
	}
	if err := s.QuadWriter().ApplyTransaction(tx); err != nil {
		b.Fatal(err)
	}
	p := s.QuadStore().(*planner)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		qs   cgraph.QuadStore
	}{{"planner", p}, {"cayley", p.QuadStore}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				n, err := path.StartPath(c.qs, graph.EntityIRI(assad.ID())).In(quad.IRI("supports")).Iterate(ctx).Count()
				if err != nil || n != 2000 {
					b.Fatalf("count = %d, %v", n, err)
				}
			}
		})
	}
}
