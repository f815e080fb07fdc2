package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/entente/entente/graph/store/storetest"
)

// binDir holds the entente binary that the scripts run, built once.
var binDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "entente-bin")
	if err != nil {
		panic(err)
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "entente"), ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("build entente: " + err.Error())
	}
	binDir = dir
	code := m.Run()
	storetest.StopPostgres()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScripts runs the end-to-end scripts in testdata/script against the
// built binary. Each starts in an empty directory with the bundled
// articles under articles/ and $QUERIES naming the canned queries'
// directory. The scripts that need real systems are in testdata/slow
// (slow_test.go).
func TestScripts(t *testing.T) {
	runScripts(t, "testdata/script", nil)
}

// runScripts runs the scripts in dir; setup, when not nil, adds to each
// script's environment.
func runScripts(t *testing.T, dir string, setup func(env *testscript.Env)) {
	articles, err := filepath.Abs("../../data/articles")
	if err != nil {
		t.Fatal(err)
	}
	queries, err := filepath.Abs("../../queries")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			env.Setenv("PATH", binDir+string(os.PathListSeparator)+env.Getenv("PATH"))
			env.Setenv("ENTENTE_DB", "")
			env.Setenv("QUERIES", queries)
			env.Setenv("GOMODCACHE", goEnv("GOMODCACHE"))
			if setup != nil {
				setup(env)
			}
			return copyDir(articles, filepath.Join(env.WorkDir, "articles"))
		},
		RequireExplicitExec: true,
	})
}

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return ""
	}
	return string(out[:len(out)-1])
}

func copyDir(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
