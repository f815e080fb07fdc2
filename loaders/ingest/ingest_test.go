package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/ingest"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func paths(srcs []ingest.Source, root string) []string {
	var out []string
	for _, s := range srcs {
		rel, _ := filepath.Rel(root, s.Path)
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

func joined(errs []error) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintln(&b, e)
	}
	return b.String()
}

// TestSourcesWalk checks the walk: name order, hidden entries skipped,
// symbolic links followed once, a loop named, a FIFO named and skipped.
func TestSourcesWalk(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links and FIFOs are Unix's")
	}
	root := t.TempDir()
	write(t, filepath.Join(root, "a", "2.txt"), "two")
	write(t, filepath.Join(root, "a", "1.txt"), "one")
	write(t, filepath.Join(root, "a", ".hidden.txt"), "hidden")
	write(t, filepath.Join(root, "b", "3.txt"), "three")
	write(t, filepath.Join(root, "elsewhere", "4.txt"), "four")
	must(t, os.Symlink(filepath.Join(root, "elsewhere", "4.txt"), filepath.Join(root, "a", "link.txt")))
	must(t, os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "b", "loop")))
	must(t, syscall.Mkfifo(filepath.Join(root, "b", "pipe.txt"), 0o644))

	srcs, errs := ingest.Sources([]string{filepath.Join(root, "a"), filepath.Join(root, "b")}, nil, ingest.SourceOptions{})
	got := strings.Join(paths(srcs, root), " ")
	if want := "a/1.txt a/2.txt a/link.txt b/3.txt"; got != want {
		t.Errorf("sources %s, want %s", got, want)
	}
	msg := joined(errs)
	if !strings.Contains(msg, "b/loop: skipped: a symbolic link to a directory already read") {
		t.Errorf("the loop is not named: %q", msg)
	}
	if !strings.Contains(msg, "b/pipe.txt: skipped: not a regular file (a FIFO)") {
		t.Errorf("the FIFO is not named: %q", msg)
	}
	if srcs[2].Name != "link.txt" {
		t.Errorf("a linked file is named %q, want the link's name", srcs[2].Name)
	}
}

// TestSourcesDevice checks that a device given as an argument is named and
// skipped before any reading: 'load /dev/zero' used to read until memory
// ran out.
func TestSourcesDevice(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("/dev/zero is Unix's")
	}
	srcs, errs := ingest.Sources([]string{"/dev/zero"}, nil, ingest.SourceOptions{})
	if len(srcs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "/dev/zero: skipped: not a regular file (a character device)") {
		t.Errorf("Sources(/dev/zero) = %d sources, errors %q; want none, and the device named", len(srcs), joined(errs))
	}
}

// TestSourcesUnreadableDirectory checks that a directory that cannot be
// listed is named and the walk goes on past it.
func TestSourcesUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		// root reads any directory: the test runs again as nobody, where
		// a directory can be made unreadable; and a directory replaced by
		// a dangling link is checked here as well.
		t.Run("as nobody", runAsNobody)
		t.Run("dangling link", func(t *testing.T) {
			unreadableDirectory(t, func(bad string) { must(t, os.Symlink(filepath.Join(filepath.Dir(bad), "nowhere"), bad)) })
		})
		return
	}
	unreadableDirectory(t, func(bad string) {
		write(t, filepath.Join(bad, "2.txt"), "two")
		must(t, os.Chmod(bad, 0))
		t.Cleanup(func() { os.Chmod(bad, 0o755) })
	})
}

// unreadableDirectory checks that a walk of a/, b/ and c/ names b/, which
// spoil makes unreadable, and goes on to c/.
func unreadableDirectory(t *testing.T, spoil func(bad string)) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a", "1.txt"), "one")
	write(t, filepath.Join(root, "c", "3.txt"), "three")
	bad := filepath.Join(root, "b")
	spoil(bad)
	srcs, errs := ingest.Sources([]string{root}, nil, ingest.SourceOptions{})
	if got, want := strings.Join(paths(srcs, root), " "), "a/1.txt c/3.txt"; got != want {
		t.Errorf("sources %s, want %s", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), bad) {
		t.Errorf("errors %q, want one naming %s", joined(errs), bad)
	}
}

// runAsNobody runs TestSourcesUnreadableDirectory in a copy of this test
// binary as the user nobody (uid 65534), and fails if it fails.
func runAsNobody(t *testing.T) {
	exe, err := os.Executable()
	must(t, err)
	dir := t.TempDir()
	must(t, os.Chmod(filepath.Dir(dir), 0o755)) // the test's own, above dir
	must(t, os.Chmod(dir, 0o755))
	bin, err := os.ReadFile(exe)
	must(t, err)
	copied := filepath.Join(dir, "ingest.test")
	must(t, os.WriteFile(copied, bin, 0o755))
	cmd := exec.Command(copied, "-test.run=^TestSourcesUnreadableDirectory$", "-test.v", "-test.count=1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TMPDIR="+os.TempDir(), "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestSourcesUnreadableDirectory") {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestExtract reads articles on several workers, with a small window, and
// checks that results come in the order of the sources, that CR line
// endings read as lines, and that an article over the limit is named.
func TestExtract(t *testing.T) {
	x, err := loaders.New()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	story := "Russian President Vladimir Putin spoke with Iranian President Hassan Rouhani by phone on Monday."
	title := "Putin and Rouhani talk"
	var args []string
	for i := 0; i < 40; i++ {
		p := filepath.Join(root, fmt.Sprintf("%02d.txt", i))
		text := title + "\n" + story + "\n"
		switch i {
		case 7:
			text = strings.ReplaceAll(text, "\n", "\r") // old Mac line endings
		case 9:
			text = strings.Repeat("x", 3000)
		}
		write(t, p, text)
		args = append(args, p)
	}
	srcs, errs := ingest.Sources(args, nil, ingest.SourceOptions{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var names []string
	err = ingest.Extract(context.Background(), x, srcs, ingest.Options{Workers: 4, Ahead: 3, MaxBytes: 2000}, func(r ingest.Result) error {
		names = append(names, r.Source.Name)
		if r.Source.Name == "09.txt" {
			if !errors.Is(r.Err, ingest.ErrTooBig) || !strings.Contains(r.Err.Error(), "09.txt") {
				t.Errorf("09.txt: %v; want too big, naming the file", r.Err)
			}
			return nil
		}
		if r.Err != nil {
			t.Errorf("%s: %v", r.Source.Name, r.Err)
			return nil
		}
		if r.Doc.Article.Title != title || len(r.Doc.Facts) == 0 {
			t.Errorf("%s: title %q and %d facts; want %q and facts", r.Source.Name, r.Doc.Article.Title, len(r.Doc.Facts), title)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if want := fmt.Sprintf("%02d.txt", i); n != want {
			t.Fatalf("result %d is %s, want %s", i, n, want)
		}
	}
	if len(names) != 40 {
		t.Errorf("%d results, want 40", len(names))
	}
}

// TestExtractStops checks that an error from fn ends the extraction.
func TestExtractStops(t *testing.T) {
	x, err := loaders.New()
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	for i := 0; i < 20; i++ {
		write(t, filepath.Join(root, fmt.Sprintf("%02d.txt", i)), "A title\nIran backs Syria.\n")
	}
	srcs, _ := ingest.Sources([]string{root}, nil, ingest.SourceOptions{})
	stop := errors.New("stop")
	n := 0
	err = ingest.Extract(context.Background(), x, srcs, ingest.Options{Workers: 2}, func(ingest.Result) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("Extract = %v after %d results; want stop after 5", err, n)
	}
}

// TestSourcesPassOverNonArticles checks that a directory walk reads only
// files whose extension is an article's and tells of the others, while a
// file named as an argument, or any file under --input-format, is read.
func TestSourcesPassOverNonArticles(t *testing.T) {
	root := t.TempDir()
	for _, name := range []string{"a.txt", "b.html", "c", "d.jsonl", "README.md", "gold.tsv", "notes.JSON"} {
		text := "x"
		if name == "d.jsonl" {
			text = `{"text": "x"}` + "\n"
		}
		write(t, filepath.Join(root, "corpus", name), text)
	}
	var passed []string
	opts := ingest.SourceOptions{Passed: func(p string) { passed = append(passed, filepath.Base(p)) }}
	srcs, errs := ingest.Sources([]string{filepath.Join(root, "corpus"), filepath.Join(root, "corpus", "README.md")}, nil, opts)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, s := range srcs {
		got = append(got, filepath.Base(s.Path))
	}
	if want := "a.txt b.html c d.jsonl:1 README.md"; strings.Join(got, " ") != want {
		t.Errorf("sources %q, want %q", strings.Join(got, " "), want)
	}
	if want := "README.md gold.tsv notes.JSON"; strings.Join(passed, " ") != want {
		t.Errorf("passed over %q, want %q", strings.Join(passed, " "), want)
	}
	srcs, _ = ingest.Sources([]string{filepath.Join(root, "corpus")}, nil, ingest.SourceOptions{Format: "txt"})
	if len(srcs) != 7 {
		t.Errorf("with a format given, %d sources, want all 7", len(srcs))
	}
}
