// Package storetest provides real Cayley stores for tests: bolt stores in a
// test's temporary directory, empty or loaded with documents.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
)

// New opens a new, empty bolt store in tb's temporary directory and closes
// it when the test ends.
func New(tb testing.TB) *store.Store {
	tb.Helper()
	loc := store.Location{Backend: "bolt", Address: filepath.Join(tb.TempDir(), "kg.db")}
	s, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// Load writes docs into s.
func Load(tb testing.TB, s *store.Store, docs ...graph.Document) {
	tb.Helper()
	for _, d := range docs {
		if _, err := s.Put(context.Background(), d); err != nil {
			tb.Fatalf("load %s: %v", d.Article.Name, err)
		}
	}
}
