package storetest

import (
	"os"
	"path/filepath"
	"testing"
)

// StockVersion is the Cayley release whose stock binary the tests run.
const StockVersion = "v0.7.7"

// StockCayleyEnv names the environment variable that gives the path of the
// stock cayley binary; `make stock-cayley` builds it and `make test` sets it.
const StockCayleyEnv = "ENTENTE_STOCK_CAYLEY"

// StockCayleyPath returns where the stock cayley command of StockVersion is
// expected: $ENTENTE_STOCK_CAYLEY, else the user's cache directory, the same
// place the Makefile builds it.
func StockCayleyPath() string {
	if p := os.Getenv(StockCayleyEnv); p != "" {
		return p
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "entente", "cayley-"+StockVersion, "cayley")
}

// StockCayley returns the path of the stock cayley command of StockVersion.
// The tests use it to prove that Entente's stores and exports stay plain
// Cayley. It is built once, outside any test binary's time limit, by
// `make stock-cayley` (a few minutes: it compiles SQLite with cgo), which
// `make test` runs first; a test that needs it and finds none fails and says
// so, rather than building it inside go test's time limit.
func StockCayley(tb testing.TB) string {
	tb.Helper()
	p := StockCayleyPath()
	fi, err := os.Stat(p)
	if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
		tb.Fatalf("the stock cayley %s is not at %s: run 'make stock-cayley' (or set $%s)", StockVersion, p, StockCayleyEnv)
	}
	return p
}
