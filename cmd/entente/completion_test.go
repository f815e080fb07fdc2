package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// complete runs 'entente __complete ARGS…', the hidden command the shell
// scripts call, in-process and returns the offered values (without
// descriptions) and the directive line.
func complete(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"__complete"}, args...), strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("__complete %q: exit status %d\n%s", args, code, &stderr)
	}
	var values []string
	directive := ""
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if strings.HasPrefix(line, ":") {
			directive = line
			continue
		}
		values = append(values, strings.SplitN(line, "\t", 2)[0])
	}
	return values, directive
}

func TestCompletion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	var stderr bytes.Buffer
	if code := run([]string{"load", "-q", "--db", db, "../../data/articles"}, strings.NewReader(""), &bytes.Buffer{}, &stderr); code != exitOK {
		t.Fatalf("load: exit status %d\n%s", code, &stderr)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name    string
		args    []string
		want    []string // all offered
		without []string // none offered
	}{
		{"query names", []string{"query", ""}, []string{"list", "supporters", "roles", "common-allies"}, nil},
		{"entities of a query's parameter", []string{"query", "--db", db, "supporters", "Ru"}, []string{"Russia"}, []string{"Iran"}},
		{"aliases as typed", []string{"query", "--db", db, "roles", "Sham"}, []string{"Shamkhani"}, nil},
		{"the second of two parameters", []string{"query", "--db", db, "evidence", "Russia", "Ir"}, []string{"Iran"}, nil},
		{"nothing after the last parameter", []string{"query", "--db", db, "evidence", "Russia", "Iran", ""}, nil, []string{"Iran", "Russia"}},
		{"nothing after list", []string{"query", "--db", db, "list", ""}, nil, []string{"supporters"}},
		{"an unknown query", []string{"query", "--db", db, "nosuch", ""}, nil, []string{"Russia"}},
		{"query formats", []string{"query", "supporters", "Assad", "--format", ""}, []string{"table", "json", "csv"}, nil},
		{"export formats", []string{"export", "--format", ""}, []string{"graphml", "gexf", "dot", "cytoscape", "csv", "nquads", "jsonld", "html"}, nil},
		{"extract formats", []string{"extract", "--format", ""}, []string{"jsonl", "nquads"}, nil},
		{"stats formats", []string{"stats", "--format", ""}, []string{"table", "json"}, nil},
		{"export around", []string{"export", "--db", db, "--around", "Bash"}, []string{"Bashar al-Assad"}, []string{"Russia"}},
		{"predicates after a comma", []string{"export", "--predicates", "supports,"}, []string{"supports,allied-with", "supports,met-with"}, nil},
		// A store that is not there offers nothing, quietly.
		{"no store", []string{"query", "--db", missing, "supporters", ""}, nil, []string{"Russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, directive := complete(t, tt.args...)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("offered %q; want %q among them", got, w)
				}
			}
			for _, w := range tt.without {
				if slices.Contains(got, w) {
					t.Errorf("offered %q; want no %q", got, w)
				}
			}
			// No file names where a name or a value is wanted.
			if directive != ":4" && directive != ":6" {
				t.Errorf("directive %q; want file completion off (:4, or :6 with no space)", directive)
			}
		})
	}
	// Completion reads; it never creates a store.
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("completion left something at %s: %v", missing, err)
	}
}

// TestCompletionScripts checks that the shells' scripts are generated.
func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"completion", shell}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("completion %s: exit status %d\n%s", shell, code, &stderr)
		}
		if !strings.Contains(stdout.String(), "__complete") {
			t.Errorf("the %s script does not call entente __complete", shell)
		}
	}
}
