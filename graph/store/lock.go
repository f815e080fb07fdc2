package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cbolt "github.com/cayleygraph/cayley/graph/kv/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// boltBackend is Cayley's bolt backend as Entente opens it. The files are
// the same as Cayley's; what differs is the locking. Cayley opens every
// bolt store for writing and waits for its lock for ever, so a second
// 'entente query' next to a running 'entente serve' would hang. Entente
// opens a store read-only (a shared lock) unless it writes, and gives up
// after lockWait with a message that says who holds it.
const boltBackend = "entente-bolt"

// optReadOnly asks boltBackend for a shared, read-only lock.
const optReadOnly = "read_only"

// lockWait is how long Open waits for another process to release a store.
const lockWait = 2 * time.Second

func init() {
	kv.Register(boltBackend, kv.Registration{
		NewFunc:      openBolt,
		InitFunc:     cbolt.Create,
		IsPersistent: true,
	})
}

func openBolt(path string, opt cgraph.Options) (hkv.KV, error) {
	ro, err := opt.BoolKey(optReadOnly, false)
	if err != nil {
		return nil, err
	}
	file := filepath.Join(path, "indexes.bolt")
	db, err := hbolt.Open(file, &bolt.Options{Timeout: lockWait, ReadOnly: ro})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, &LockedError{Path: path, Write: !ro}
	}
	return db, err
}

// LockedError is returned by Open when another process holds a bolt store:
// a writer excludes everyone, readers exclude a writer.
type LockedError struct {
	Path  string
	Write bool // the store was wanted for writing
	// Holder says who holds the store, when that is known.
	Holder string
}

func (e *LockedError) Error() string {
	if e.Holder != "" {
		return fmt.Sprintf("store %s is in use by %s; try again when it is done, or use another --db", e.Path, e.Holder)
	}
	if e.Write {
		return fmt.Sprintf("store %s is in use by another process (another 'entente load', or an 'entente serve', 'query' or 'export' reading it?); try again when it is done, or use another --db", e.Path)
	}
	return fmt.Sprintf("store %s is being written by another process (an 'entente load' or 'entente serve --writable'?); try again when it is done", e.Path)
}
