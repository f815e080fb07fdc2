//go:build slow

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/entente/entente/graph/store/storetest"
)

// TestSlowScripts runs the scripts in testdata/slow, which use real
// systems: the stock cayley command on their PATH, Graphviz and networkx,
// and $PGURL, an empty database of its own in a real PostgreSQL server.
func TestSlowScripts(t *testing.T) {
	cayley := filepath.Dir(storetest.StockCayley(t))
	runScripts(t, "testdata/slow", func(env *testscript.Env) {
		env.Setenv("PATH", env.Getenv("PATH")+string(os.PathListSeparator)+cayley)
		env.Setenv("PGURL", storetest.Postgres(t))
	})
}
