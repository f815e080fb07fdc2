package storetest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// StockVersion is the Cayley release whose stock binary the tests run.
const StockVersion = "v0.7.7"

var stock struct {
	once sync.Once
	path string
	err  error
}

// StockCayley returns the path of the stock cayley command of StockVersion,
// built from the module proxy the first time (a minute or two: it compiles
// SQLite) and kept in the temporary directory for later runs. The tests use
// it to prove that Entente's stores and exports stay plain Cayley.
func StockCayley(tb testing.TB) string {
	tb.Helper()
	stock.once.Do(func() { stock.path, stock.err = buildStockCayley() })
	if stock.err != nil {
		tb.Fatalf("build the stock cayley %s: %v", StockVersion, stock.err)
	}
	return stock.path
}

func buildStockCayley() (string, error) {
	dir := filepath.Join(os.TempDir(), "entente-stock-cayley-"+StockVersion)
	bin := filepath.Join(dir, "cayley")
	if fi, err := os.Stat(bin); err == nil && fi.Mode()&0o111 != 0 {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	// A module of its own, so that cayley builds with the dependencies of
	// its own release, not Entente's.
	gomod := "module stockcayley\n\ngo 1.22\n\nrequire github.com/cayleygraph/cayley " + StockVersion + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", err
	}
	tmp := fmt.Sprintf("%s.%d", bin, os.Getpid())
	for _, args := range [][]string{
		{"get", "github.com/cayleygraph/cayley/cmd/cayley@" + StockVersion},
		{"build", "-o", tmp, "github.com/cayleygraph/cayley/cmd/cayley"},
	} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("go %s: %v\n%s", args[0], err, out)
		}
	}
	return bin, os.Rename(tmp, bin) // atomic: parallel test binaries may race here
}
