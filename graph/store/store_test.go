package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
)

var (
	russia = graph.Entity{Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow", "Russia"}}
	iran   = graph.Entity{Name: "Iran", Type: graph.Country, Aliases: []string{"Tehran"}}
	assad  = graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	putin  = graph.Entity{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}}
)

func doc(name, hash string, facts ...graph.Fact) graph.Document {
	return graph.Document{
		Article:  graph.Article{Name: name, Title: "Title of " + name, Date: "2016-03-28", Hash: hash},
		Entities: []graph.Entity{russia, iran, assad, putin},
		Facts:    facts,
	}
}

func fact(s graph.Entity, p graph.Predicate, o graph.Entity, evidence string) graph.Fact {
	return graph.Fact{Subject: s, Predicate: p, Object: o, Evidence: evidence, Confidence: 0.9}
}

// openBolt opens a new bolt store in a temporary directory.
func openBolt(t *testing.T) *store.Store {
	t.Helper()
	loc, err := store.ParseLocation(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPutOutcomes(t *testing.T) {
	ctx := context.Background()
	s := openBolt(t)
	a1 := doc("a1.txt", "h1",
		fact(russia, graph.Supports, assad, "Russia backs Assad."),
		fact(russia, graph.Supports, assad, "Moscow supports Assad."),
		fact(putin, graph.SpokeWith, iran, "Putin spoke with Tehran."))
	a1changed := doc("a1.txt", "h2", fact(iran, graph.Supports, assad, "Iran backs Assad."))

	steps := []struct {
		doc  graph.Document
		want store.Outcome
		st   store.Stats
	}{
		{a1, store.Added, store.Stats{Articles: 1, Entities: 4, Facts: 2, Edges: 2}},
		{a1, store.Unchanged, store.Stats{Articles: 1, Entities: 4, Facts: 2, Edges: 2}},
		{doc("a2.txt", "h3", fact(russia, graph.Supports, assad, "Russia backs Assad.")), store.Added,
			store.Stats{Articles: 2, Entities: 4, Facts: 3, Edges: 2}},
		{a1changed, store.Replaced, store.Stats{Articles: 2, Entities: 4, Facts: 2, Edges: 2}},
	}
	for i, step := range steps {
		got, err := s.Put(ctx, step.doc)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got != step.want {
			t.Errorf("step %d: Put = %v, want %v", i, got, step.want)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Quads == 0 {
			t.Errorf("step %d: no quads counted", i)
		}
		st.Quads = 0
		if st != step.st {
			t.Errorf("step %d: Stats = %+v, want %+v", i, st, step.st)
		}
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	s := openBolt(t)
	if _, err := s.Put(ctx, doc("a1.txt", "h1", fact(russia, graph.Supports, assad, "Russia backs Assad."))); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		want     string
		notFound bool
	}{
		{"Bashar al-Assad", "Bashar al-Assad", false},
		{"assad", "Bashar al-Assad", false},
		{"  ASSAD ", "Bashar al-Assad", false},
		{"tehran", "Iran", false},
		{"the Kremlin's", "", true},
		{`Assad"); g.V().All(); ("`, "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := s.Resolve(ctx, tt.name)
		var nf *store.NotFoundError
		if tt.notFound {
			if !errors.As(err, &nf) {
				t.Errorf("Resolve(%q) = %v, %v; want NotFoundError", tt.name, got, err)
			}
			continue
		}
		if err != nil || got.Name != tt.want {
			t.Errorf("Resolve(%q) = %+v, %v; want %s", tt.name, got, err, tt.want)
		}
	}
	_, err := s.Resolve(ctx, "Asad")
	var nf *store.NotFoundError
	if !errors.As(err, &nf) || len(nf.Suggestions) == 0 || nf.Suggestions[0] != "Bashar al-Assad" {
		t.Errorf("Resolve(Asad) = %v; want a suggestion of Bashar al-Assad", err)
	}
}

func TestOpenMissing(t *testing.T) {
	loc := store.Location{Backend: "bolt", Address: filepath.Join(t.TempDir(), "none.db")}
	if _, err := store.Open(loc, store.Options{}); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Open(missing) = %v, want ErrNotFound", err)
	}
}

func TestParseLocation(t *testing.T) {
	tests := []struct {
		in      string
		want    store.Location
		wantErr bool
	}{
		{"", store.Location{Backend: "bolt", Address: "entente.db"}, false},
		{"kg.db", store.Location{Backend: "bolt", Address: "kg.db"}, false},
		{"bolt:/tmp/kg", store.Location{Backend: "bolt", Address: "/tmp/kg"}, false},
		{"leveldb:kg", store.Location{Backend: "leveldb", Address: "kg"}, false},
		{"memstore:", store.Location{Backend: "memstore"}, false},
		{"bolt:", store.Location{}, true},
		{"mongo://x", store.Location{}, true},
	}
	for _, tt := range tests {
		got, err := store.ParseLocation(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseLocation(%q) = %+v, %v; want %+v, err %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
