package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"
)

// lockWait is how long Open waits for another process to release a bolt store.
const lockWait = 2 * time.Second

// checkNotLocked fails fast when another process holds the bolt store.
// Cayley opens bolt files without a timeout, so without this check a second
// 'entente load' next to a running 'entente serve' would hang for ever.
func (l Location) checkNotLocked() error {
	if l.Backend != "bolt" {
		return nil
	}
	file := filepath.Join(l.Address, "indexes.bolt")
	db, err := bolt.Open(file, 0600, &bolt.Options{Timeout: lockWait, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("store %s is in use by another process (an 'entente serve'?); stop it or use another --db", l.Address)
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", file, err)
	}
	return db.Close()
}
