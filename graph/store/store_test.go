package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boltdb/bolt"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

var (
	russia = graph.Entity{Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow", "Russia"}}
	iran   = graph.Entity{Name: "Iran", Type: graph.Country, Aliases: []string{"Tehran"}, Known: []string{"Islamic Republic of Iran"}}
	assad  = graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	putin  = graph.Entity{Name: "Vladimir Putin", Type: graph.Person}
)

func doc(name, hash string, facts ...graph.Fact) graph.Document {
	return graph.Document{
		Article:  graph.Article{Name: name, Title: "Title of " + name, Date: "2016-03-28", Hash: hash},
		Entities: []graph.Entity{russia, iran, assad, putin},
		Facts:    facts,
	}
}

// sameText is d with other facts, as a new extractor might find in the same text.
func sameText(d graph.Document, facts ...graph.Fact) graph.Document {
	d.Facts = facts
	return d
}

func fact(s graph.Entity, p graph.Predicate, o graph.Entity, evidence string) graph.Fact {
	return graph.Fact{Subject: s, Predicate: p, Object: o, Evidence: evidence, Confidence: 0.9}
}

// openBolt opens a new bolt store in a temporary directory.
func openBolt(t *testing.T) *store.Store {
	t.Helper()
	return open(t, filepath.Join(t.TempDir(), "kg.db"))
}

func TestMain(m *testing.M) {
	code := m.Run()
	storetest.StopPostgres()
	os.Exit(code)
}

// backend opens a new, empty store in one of the backends Entente serves.
type backend struct {
	name string
	open func(t *testing.T) *store.Store
}

// backends are the backends the tests run on: bolt and LevelDB in a
// temporary directory and memory, and in the slow tier a database in a real
// PostgreSQL server (postgres_test.go).
var backends = []backend{
	{"bolt", openBolt},
	{"leveldb", func(t *testing.T) *store.Store { return open(t, "leveldb:"+filepath.Join(t.TempDir(), "kg")) }},
	{"memstore", func(t *testing.T) *store.Store { return open(t, "memstore:") }},
}

func open(t *testing.T, db string) *store.Store {
	t.Helper()
	loc, err := store.ParseLocation(db)
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
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testPutOutcomes(t, b.open(t)) })
	}
}

func testPutOutcomes(t *testing.T, s *store.Store) {
	ctx := context.Background()
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
		// The same text read differently (a better extractor) is replaced too.
		{sameText(a1changed, fact(iran, graph.AlliedWith, assad, "Iran backs Assad.")), store.Replaced,
			store.Stats{Articles: 2, Entities: 4, Facts: 2, Edges: 2}},
		{sameText(a1changed, fact(iran, graph.AlliedWith, assad, "Iran backs Assad.")), store.Unchanged,
			store.Stats{Articles: 2, Entities: 4, Facts: 2, Edges: 2}},
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
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testResolve(t, b.open(t)) })
	}
}

func testResolve(t *testing.T, s *store.Store) {
	ctx := context.Background()
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
		{"Islamic Republic of Iran", "Iran", false}, // known to the catalog, not seen
		{"putin", "Vladimir Putin", false},          // a person's surname
		{"al-Assad", "Bashar al-Assad", false},
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
	testOpenMissing(t, filepath.Join(t.TempDir(), "none.db"))
}

func testOpenMissing(t *testing.T, db string) {
	loc, _ := store.ParseLocation(db)
	if _, err := store.Open(loc, store.Options{ReadOnly: true}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Open(%s) = %v, want ErrNotFound", loc, err)
	}
}

func TestLocationHidesPassword(t *testing.T) {
	loc, _ := store.ParseLocation("postgres://kg:s3cret@db.example/kg")
	if s := loc.String(); strings.Contains(s, "s3cret") {
		t.Errorf("Location.String() = %q shows the password", s)
	}
}

// TestReaders checks that several readers share a bolt store and that a
// writer is refused, not kept waiting, while they read.
func TestReaders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	loc, _ := store.ParseLocation(dir)
	w, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	r1, err := store.Open(loc, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := store.Open(loc, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	if _, err := store.Open(loc, store.Options{Create: true}); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Fatalf("writer beside readers: %v; want an in-use error", err)
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
		{"postgres://u:secret@db/kg?sslmode=disable", store.Location{Backend: "postgres", Address: "postgres://u:secret@db/kg?sslmode=disable"}, false},
		{"postgresql://db/kg", store.Location{Backend: "postgres", Address: "postgresql://db/kg"}, false},
		{"cockroach://root@db:26257/kg", store.Location{Backend: "cockroach", Address: "postgresql://root@db:26257/kg"}, false},
	}
	for _, tt := range tests {
		got, err := store.ParseLocation(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseLocation(%q) = %+v, %v; want %+v, err %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestCreate checks that a new store is made whole or not at all: a
// directory left by a creation that was killed is cleared, an empty
// directory becomes the store, one holding other files is refused, and a
// new store with nothing in it answers as empty.
func TestCreate(t *testing.T) {
	root := t.TempDir()
	ctx := context.Background()
	create := func(name string) (*store.Store, error) {
		loc, _ := store.ParseLocation(filepath.Join(root, name))
		return store.Open(loc, store.Options{Create: true})
	}

	if err := os.MkdirAll(filepath.Join(root, ".killed.db.creating"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, ".killed.db.creating", "indexes.bolt"), []byte("half"), 0o644)
	os.Mkdir(filepath.Join(root, "empty.db"), 0o755)
	for _, name := range []string{"new.db", "killed.db", "empty.db"} {
		s, err := create(name)
		if err != nil {
			t.Fatalf("create %s: %v", name, err)
		}
		st, err := s.Stats(ctx)
		if err != nil || st.Articles != 0 || st.Facts != 0 {
			t.Errorf("%s: Stats = %+v, %v; want an empty store", name, st, err)
		}
		s.Close()
		if _, err := os.Stat(filepath.Join(root, "."+name+".creating")); !os.IsNotExist(err) {
			t.Errorf("%s: the directory it was made in stays: %v", name, err)
		}
	}

	os.Mkdir(filepath.Join(root, "other.db"), 0o755)
	os.WriteFile(filepath.Join(root, "other.db", "notes.txt"), []byte("mine"), 0o644)
	if _, err := create("other.db"); err == nil || !strings.Contains(err.Error(), "in the way") {
		t.Errorf("create over a directory of other files: %v; want it refused", err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "other.db", "notes.txt")); string(b) != "mine" {
		t.Error("the other files were touched")
	}
}

// TestOpenHalfMade checks that a bolt store an older entente left half-made
// (the file there, Cayley's metadata never written: a kill in its first
// fraction of a second) is recognised by every command, writer or reader,
// with what to do, and that doing it works. Each open gets a store of its
// own: Cayley keeps the file of a store it refuses open, and so its lock,
// until the process ends.
func TestOpenHalfMade(t *testing.T) {
	halfMade := func() store.Location {
		dir := filepath.Join(t.TempDir(), "kg.db")
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		loc, _ := store.ParseLocation(dir)
		return loc
	}
	for _, opts := range []store.Options{{Create: true}, {ReadOnly: true}} {
		if _, err := store.Open(halfMade(), opts); err == nil || !strings.Contains(err.Error(), "holds nothing: remove the directory and load again") {
			t.Errorf("Open(%+v) of a half-made store: %v; want it named, with what to do", opts, err)
		}
	}
	loc := halfMade()
	if err := os.RemoveAll(loc.Address); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatalf("after removing the half-made store: %v", err)
	}
	s.Close()
}
