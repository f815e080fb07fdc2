package main

import (
	"context"
	"fmt"
	"io"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/loaders"
)

// putStanding keeps the catalog's standing facts among the store's
// entities up to date after a load, and says so on stderr when they
// changed.
func putStanding(ctx context.Context, s *store.Store, x *loaders.Extractor, stderr io.Writer) error {
	out, err := s.PutStanding(ctx, x.Standing())
	if err != nil {
		return err
	}
	if out.Added+out.Removed > 0 {
		fmt.Fprintf(stderr, "catalog: %d standing facts link the store's entities (%d added, %d removed); --articles-only leaves them out\n",
			out.Held, out.Added, out.Removed)
	}
	return nil
}
