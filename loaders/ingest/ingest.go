// Package ingest turns command-line arguments into articles read and
// extracted: it walks files and directories, reads each article, and runs
// the extractor on every core, handing the results back in the order of
// the sources. It knows the loaders API and nothing of the store.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders"
)

// StdinName is the article name of text read from standard input.
const StdinName = "stdin.txt"

// DefaultMaxBytes is the default size limit of one article: far beyond any
// news story, well short of what would exhaust memory.
const DefaultMaxBytes = 4 << 20

// Source is one article to read: a file, or standard input for "-".
type Source struct {
	Path string // as the user will recognise it in messages
	Name string // the article's name: the file's base name
	Open func() (io.ReadCloser, error)
}

// Sources expands command-line arguments into articles: files as named,
// directories walked recursively in name order (hidden entries skipped),
// "-" for standard input. Whatever cannot be read — an argument that does
// not exist, a directory that cannot be listed, a FIFO, a device, a
// symbolic link that loops — is returned as an error naming it, and the
// walk goes on. Symbolic links are followed, each directory once.
func Sources(args []string, stdin io.Reader) ([]Source, []error) {
	w := &walker{seen: make(map[fileID]bool)}
	for _, arg := range args {
		if arg == "-" {
			w.out = append(w.out, Source{Path: "-", Name: StdinName, Open: func() (io.ReadCloser, error) {
				return io.NopCloser(stdin), nil
			}})
			continue
		}
		w.visit(arg, true)
	}
	return w.out, w.errs
}

type walker struct {
	out  []Source
	errs []error
	seen map[fileID]bool // directories entered, against symbolic-link loops
}

// visit adds the file at path, or the files under it; top says that the
// user named it.
func (w *walker) visit(path string, top bool) {
	fi, err := os.Stat(path) // follows symbolic links
	if err != nil {
		w.errs = append(w.errs, err)
		return
	}
	switch {
	case fi.Mode().IsRegular():
		w.out = append(w.out, fileSource(path))
	case fi.IsDir():
		id, ok := idOf(fi)
		if ok && w.seen[id] {
			if !top {
				w.errs = append(w.errs, fmt.Errorf("%s: skipped: a symbolic link to a directory already read (a loop?)", path))
			}
			return
		}
		w.seen[id] = true
		entries, err := os.ReadDir(path)
		if err != nil {
			// ReadDir returns what it could read with the error.
			w.errs = append(w.errs, fmt.Errorf("%s: cannot read the directory: %w", path, unwrapPath(err)))
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			w.visit(filepath.Join(path, e.Name()), false)
		}
	default:
		w.errs = append(w.errs, fmt.Errorf("%s: skipped: not a regular file (%s)", path, kind(fi.Mode())))
	}
}

func fileSource(path string) Source {
	return Source{Path: path, Name: filepath.Base(path), Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// unwrapPath drops the path that a *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kind names a file mode that is neither a regular file nor a directory.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// Options controls Extract.
type Options struct {
	// Workers is the number of articles extracted at once; 0 means one
	// per core.
	Workers int
	// Ahead bounds how many results may wait for fn, extracted but not yet
	// handed over, so that memory does not grow with the sources; 0 means
	// 64 per worker.
	Ahead int
	// MaxBytes is the size limit of one article; 0 means DefaultMaxBytes,
	// a negative value no limit.
	MaxBytes int64
	// KeepText keeps each article's text in its Result.
	KeepText bool
	// Skip, when set, is asked before extracting each article, with the
	// hex SHA-256 of its text (as graph.Article.Hash will have it), whether
	// extracting it can be spared; it is called from several goroutines at
	// once. A skipped article's Result has Skipped set and no Doc.
	Skip func(src Source, hash string) (bool, error)
}

// Result is the outcome of reading one source.
type Result struct {
	Source Source
	Text   []byte // with KeepText, line endings normalised
	Doc    graph.Document
	// Skipped says that Options.Skip spared extracting the article.
	Skipped bool
	Err     error // names the source
}

// Extract reads and extracts srcs on opts.Workers goroutines and hands the
// results to fn one at a time, in the order of srcs. It stops early when
// ctx ends or fn returns an error, and returns that error.
func Extract(ctx context.Context, x *loaders.Extractor, srcs []Source, opts Options, fn func(Result) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ahead := opts.Ahead
	if ahead <= 0 {
		ahead = 64 * workers
	}
	results := make([]chan Result, len(srcs))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	// slots bounds the results extracted but not yet handed to fn.
	slots := make(chan struct{}, ahead)
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				results[i] <- extractOne(x, srcs[i], opts)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range srcs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := range srcs {
		select {
		case r := <-results[i]:
			results[i] = nil
			<-slots
			if err := fn(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func extractOne(x *loaders.Extractor, src Source, opts Options) Result {
	r := Result{Source: src}
	text, err := read(src, opts.MaxBytes)
	if err != nil {
		r.Err = err
		return r
	}
	text = Normalize(text)
	if opts.KeepText {
		r.Text = text
	}
	if opts.Skip != nil {
		sum := sha256.Sum256(text)
		r.Skipped, err = opts.Skip(src, hex.EncodeToString(sum[:]))
		if err != nil {
			r.Err = fmt.Errorf("%s: %w", src.Path, err)
		}
		if r.Skipped || err != nil {
			return r
		}
	}
	r.Doc, err = x.Extract(src.Name, text)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", src.Path, err)
	}
	return r
}

// read reads a source whole, up to max bytes.
func read(src Source, max int64) ([]byte, error) {
	if max == 0 {
		max = DefaultMaxBytes
	}
	rc, err := src.Open()
	if err != nil {
		return nil, err // an *fs.PathError names the file
	}
	defer rc.Close()
	var in io.Reader = rc
	if max > 0 {
		in = io.LimitReader(rc, max+1)
	}
	text, err := io.ReadAll(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Path, unwrapPath(err))
	}
	if max > 0 && int64(len(text)) > max {
		return nil, fmt.Errorf("%s: %w: more than %d bytes (raise --max-article-bytes to load it)", src.Path, ErrTooBig, max)
	}
	return text, nil
}

// ErrTooBig is wrapped by the error of an article over the size limit.
var ErrTooBig = errors.New("article too big")

// Normalize drops a leading UTF-8 byte order mark and turns CR LF and
// lone CR line endings into LF, so that a file written on any system is
// read as lines; it returns text itself when there is nothing to change.
func Normalize(text []byte) []byte {
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	i := bytes.IndexByte(text, '\r')
	if i < 0 {
		return text
	}
	out := make([]byte, 0, len(text))
	out = append(out, text[:i]...)
	for ; i < len(text); i++ {
		c := text[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}
