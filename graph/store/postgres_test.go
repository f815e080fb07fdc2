//go:build slow

package store_test

import (
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
