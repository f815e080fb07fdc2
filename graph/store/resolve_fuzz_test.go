package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
)

// FuzzResolve: any name, however long or strange, resolves to an entity
// the store holds, or fails as not found or ambiguous; nothing panics.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Assad", "rowhani", "IRGC", "Ali", "", `Assad"); g.Emit("x`, "\x00", "Bashar al-Assad Bashar al-Assad"} {
		f.Add(s)
	}
	s := storetest.Bundled(f)
	f.Fuzz(func(t *testing.T, name string) {
		ref, err := s.Resolve(context.Background(), name)
		var notFound *store.NotFoundError
		var ambiguous *store.AmbiguousError
		switch {
		case err == nil:
			if ref.Name == "" {
				t.Fatalf("Resolve(%q) = an entity without a name", name)
			}
		case !errors.As(err, &notFound) && !errors.As(err, &ambiguous):
			t.Fatalf("Resolve(%q) = %v, want an entity, not found or ambiguous", name, err)
		}
	})
}
