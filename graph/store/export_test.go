package store

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// ErrKilled is the error of a transaction FailAfter stopped.
var ErrKilled = errors.New("killed before this transaction")

// FailAfter lets s apply n more transactions and fails the others, as if
// the process had been killed then: the tests reopen the store after it.
func FailAfter(s *Store, n int) {
	s.qw = &failing{QuadWriter: s.qw, left: n}
}

type failing struct {
	cgraph.QuadWriter
	left int
}

func (w *failing) ApplyTransaction(tx *cgraph.Transaction) error {
	if w.left <= 0 {
		return ErrKilled
	}
	w.left--
	return w.QuadWriter.ApplyTransaction(tx)
}

// Tallied reports whether s's counts say that every tally is written.
func Tallied(s *Store) bool {
	c, ok, err := s.storedCounts(context.Background())
	return err == nil && ok && c.Tallied
}
