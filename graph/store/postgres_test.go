//go:build slow

package store_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// The slow tier runs every backend test on a database of its own in a real
// PostgreSQL server too.
func init() {
	backends = append(backends, backend{"postgres", func(t *testing.T) *store.Store { return open(t, storetest.Postgres(t)) }})
}

func TestOpenMissingPostgres(t *testing.T) {
	testOpenMissing(t, storetest.Postgres(t))
}

// TestPostgresWriterLock checks that a PostgreSQL store has one writer at
// a time, beside any number of readers, and that two first writers of an
// empty database do not race to make its tables.
func TestPostgresWriterLock(t *testing.T) {
	loc, _ := store.ParseLocation(storetest.Postgres(t))
	// Two first writers at once: each waits for the other, neither fails.
	errs := make(chan error, 2)
	for i := 0; i < 2; i++ {
		go func() {
			s, err := store.Open(loc, store.Options{Create: true})
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 2; i++ {
		if err := <-errs; err != nil {
			t.Errorf("a first writer: %v", err)
		}
	}

	w, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := store.Open(loc, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a reader beside the writer: %v", err)
	}
	r.Close()
	var locked *store.LockedError
	if _, err := store.Open(loc, store.Options{Create: true}); !errors.As(err, &locked) || !strings.Contains(err.Error(), "entente load") {
		t.Fatalf("a second writer: %v; want a LockedError naming the other writer", err)
	}
	w.Close()
	w2, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatalf("a writer after the first closed: %v", err)
	}
	w2.Close()
}
