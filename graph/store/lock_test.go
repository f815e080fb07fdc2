package store_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/graph/store"
)

// TestLockMessages checks what a process that cannot have a store is told:
// a second writer beside a writer hears that the holder may be another
// 'entente load', not only a reader; a reader beside a writer hears that
// the store is being written. The wording is what the README promises.
func TestLockMessages(t *testing.T) {
	loc, _ := store.ParseLocation(filepath.Join(t.TempDir(), "kg.db"))
	w, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var locked *store.LockedError
	_, err = store.Open(loc, store.Options{Create: true})
	if !errors.As(err, &locked) || !strings.Contains(err.Error(), "another 'entente load'") {
		t.Errorf("a writer beside a writer: %v; want a LockedError naming another 'entente load'", err)
	}
	_, err = store.Open(loc, store.Options{ReadOnly: true})
	if !errors.As(err, &locked) || !strings.Contains(err.Error(), "being written by another process (an 'entente load'") {
		t.Errorf("a reader beside a writer: %v; want a LockedError saying the store is being written", err)
	}
}

// TestLevelDBLocked checks that a LevelDB store open in another process
// (LevelDB lets one process open a store at a time, reader or writer) is
// reported as in use with what to do, not as LevelDB's bare "resource
// temporarily unavailable".
func TestLevelDBLocked(t *testing.T) {
	loc, _ := store.ParseLocation("leveldb:" + filepath.Join(t.TempDir(), "kg"))
	w, err := store.Open(loc, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, opts := range []store.Options{{Create: true}, {ReadOnly: true}} {
		var locked *store.LockedError
		_, err := store.Open(loc, opts)
		if !errors.As(err, &locked) || !strings.Contains(err.Error(), "in use by another process") || !strings.Contains(err.Error(), "try again") {
			t.Errorf("Open(%+v) beside a writer: %v; want a LockedError that says what to do", opts, err)
		}
	}
}
