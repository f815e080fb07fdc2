// Package storetest provides real Cayley stores for tests: bolt stores in a
// test's temporary directory, empty or loaded with documents.
package storetest

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/entente/entente/data"
	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/loaders"
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

// Bundled opens a new bolt store loaded with the articles bundled in data/,
// extracted by the real extractor, and the catalog's standing facts among
// their entities, as 'entente load' leaves it.
func Bundled(tb testing.TB) *store.Store {
	tb.Helper()
	s := New(tb)
	Load(tb, s, BundledDocuments(tb)...)
	Standing(tb, s)
	return s
}

// Standing writes the real catalog's standing facts among the entities s
// holds, as 'entente load' does after the articles.
func Standing(tb testing.TB, s *store.Store) {
	tb.Helper()
	x, err := loaders.New()
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.PutStanding(context.Background(), x.Standing()); err != nil {
		tb.Fatalf("standing facts: %v", err)
	}
}

// BundledDocuments extracts the articles bundled in data/.
func BundledDocuments(tb testing.TB) []graph.Document {
	tb.Helper()
	docs, err := ExtractBundled()
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// ExtractBundled extracts the articles bundled in data/ with the real
// extractor, in the order of their names.
func ExtractBundled() ([]graph.Document, error) {
	x, err := loaders.New()
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(data.Articles, "articles/*.txt")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no bundled articles: %v", err)
	}
	var docs []graph.Document
	for _, name := range names {
		text, err := fs.ReadFile(data.Articles, name)
		if err != nil {
			return nil, err
		}
		doc, err := x.Extract(path.Base(name), text)
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", name, err)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// SortedQuads returns every quad of s as N-Quads lines, sorted, so that two
// stores compare equal when they hold the same quads.
func SortedQuads(tb testing.TB, s *store.Store) []string {
	tb.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := s.Dump(w); err != nil {
		tb.Fatal(err)
	}
	w.Close()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}
