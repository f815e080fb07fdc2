package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/graph/store"
)

func TestClassify(t *testing.T) {
	listen := &net.OpError{Op: "listen", Net: "tcp", Err: errors.New("address already in use")}
	tests := []struct {
		name string
		err  error
		want kind
		code int
	}{
		{"success", nil, kindOK, exitOK},
		{"a bad flag", usageError{errors.New("unknown flag: --bogus")}, kindUsage, exitUsage},
		{"a wrapped usage error", fmt.Errorf("export: %w", usageError{errors.New("bad")}), kindUsage, exitUsage},
		{"an unknown name", &store.NotFoundError{Name: "Nobody"}, kindNoMatch, exitUsage},
		{"an ambiguous name", &store.AmbiguousError{Name: "Ali"}, kindNoMatch, exitUsage},
		{"a port in use", listen, kindFailure, exitFailure},
		// serve has wrapped the listen error as a usage error; the port is
		// still the machine's state, not the command line's fault.
		{"a port in use, wrapped", usageError{listen}, kindFailure, exitFailure},
		{"anything else", errors.New("disk full"), kindFailure, exitFailure},
	}
	for _, tt := range tests {
		if got := classify(tt.err); got != tt.want {
			t.Errorf("%s: classify = %d, want %d", tt.name, got, tt.want)
		}
		if got := exitCode(tt.err); got != tt.code {
			t.Errorf("%s: exitCode = %d, want %d", tt.name, got, tt.code)
		}
	}
}

// TestUsageHint runs the command in-process and checks the exit status and
// that only usage errors end with the hint to read the help.
func TestUsageHint(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()

	// A store with an article: an empty one answers every query with no rows.
	db := filepath.Join(t.TempDir(), "kg.db")
	if code := run([]string{"load", "-q", "--db", db, "-"}, strings.NewReader("Russian President Vladimir Putin met Iranian President Hassan Rouhani."), io.Discard, io.Discard); code != 0 {
		t.Fatalf("load exited %d", code)
	}

	const hint = "--help' for usage."
	tests := []struct {
		args     []string
		code     int
		hint     string // the help named by the hint, or "" for none
		contains string
	}{
		{[]string{"bogus"}, exitUsage, "entente", `unknown command "bogus" for "entente"`},
		{[]string{"quer", "supporters", "Assad"}, exitUsage, "entente", `did you mean "query"?`},
		{[]string{"load"}, exitUsage, "entente load", "requires at least 1 arg"},
		{[]string{"stats", "extra"}, exitUsage, "entente stats", `unknown command "extra"`},
		{[]string{"stats", "--bogus"}, exitUsage, "entente stats", "unknown flag: --bogus"},
		{[]string{"query", "list", "extra"}, exitUsage, "entente query", `query list takes no arguments, got ["extra"]`},
		{[]string{"query", "--limit", "-1", "supporters", "Assad"}, exitUsage, "entente query", "--limit -1"},
		{[]string{"query", "supporters"}, exitUsage, "entente query", "takes 1 argument, got 0"},
		{[]string{"export", "--format", "svg"}, exitUsage, "entente export", `unknown --format "svg"`},
		{[]string{"export", "--format", "dot", "--min-confidence", "2"}, exitUsage, "entente export", "--min-confidence 2: give a number from 0 to 1"},
		{[]string{"export", "--format", "dot", "--around", "Assad", "--isolated"}, exitUsage, "entente export", "--isolated does not apply with --around"},
		{[]string{"export", "--format", "nquads", "--min-confidence", "0.5"}, exitUsage, "entente export", "nquads is always the whole store"},
		{[]string{"query", "supporters", "Nobody", "--db", db}, exitUsage, "", `no entity named "Nobody"`},
		{[]string{"serve", "--db", "memstore:", "--addr", busy.Addr().String()}, exitFailure, "", "listens on " + busy.Addr().String() + ": stop it, or choose another address with --addr"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.code, &stderr)
			}
			if !strings.Contains(stderr.String(), tt.contains) {
				t.Errorf("stderr lacks %q:\n%s", tt.contains, &stderr)
			}
			switch {
			case tt.hint == "" && strings.Contains(stderr.String(), hint):
				t.Errorf("a hint to read the help follows an error that is not a usage error:\n%s", &stderr)
			case tt.hint != "" && !strings.Contains(stderr.String(), "Run '"+tt.hint+" "+hint):
				t.Errorf("stderr lacks the hint to run '%s --help':\n%s", tt.hint, &stderr)
			}
			if stdout.Len() > 0 {
				t.Errorf("an error wrote to standard output:\n%s", &stdout)
			}
		})
	}
}
