// Command genprelude rewrites the prelude block of every canned query file
// in the current directory from the vocabulary (queries.Prelude), so that
// each file still runs as it is when pasted into Cayley's query editor.
// 'go generate ./queries' runs it.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/entente/entente/queries"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genprelude:", err)
		os.Exit(1)
	}
}

func run() error {
	names, err := filepath.Glob("*.js")
	if err != nil {
		return err
	}
	for _, name := range names {
		old, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		src, err := queries.WithPrelude(string(old))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if src == string(old) {
			continue
		}
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "genprelude: rewrote %s\n", name)
	}
	return nil
}
