// Package ingest turns command-line arguments into articles read and
// extracted: it walks files and directories, reads each article, and runs
// the extractor on every core, handing the results back in the order of
// the sources. It knows the loaders API and nothing of the store.
package ingest

import (
	"bufio"
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
	"github.com/entente/entente/loaders/source"
	"github.com/entente/entente/loaders/when"
)

// StdinName is the article name of text read from standard input.
const StdinName = "stdin.txt"

// DefaultMaxBytes is the default size limit of one article: far beyond any
// news story, well short of what would exhaust memory.
const DefaultMaxBytes = 4 << 20

// Source is one article to read: a file, one line of a JSON Lines file, or
// standard input for "-".
type Source struct {
	// Path names the source in messages: a path, "-", or for a line of a
	// JSON Lines file the path and the line ("dump.jsonl:12").
	Path string
	// Name is the article's name unless its metadata gives an id or a URL:
	// the file's base name, --name for standard input, "dump.jsonl#12" for
	// a line.
	Name string
	// Format is how the source is read.
	Format source.Format
	Open   func() (io.ReadCloser, error)
	record bool // a line of a JSON Lines file
}

// SourceOptions controls Sources.
type SourceOptions struct {
	// Format reads every source in this format; "" chooses each file's by
	// its extension (source.FormatOf), and plain text for standard input.
	Format source.Format
	// StdinName names the article read from standard input; "" is
	// StdinName. A JSON Lines article's id or URL names it instead.
	StdinName string
	// Passed, when set, is told of each file a directory walk passed over
	// because its extension names no article format (a corpus's README.md
	// or gold.tsv); a file named as an argument is always read.
	Passed func(path string)
}

// Sources expands command-line arguments into articles: files as named,
// directories walked recursively in name order (hidden entries skipped, and
// files whose extension is no article's: see IsArticleName),
// "-" for standard input, and each line of a JSON Lines file (.jsonl,
// .ndjson) an article of its own. Whatever cannot be read — an argument
// that does not exist, a directory that cannot be listed, a FIFO, a
// device, a symbolic link that loops — is returned as an error naming it,
// and the walk goes on. Symbolic links are followed, each directory once.
func Sources(args []string, stdin io.Reader, opts SourceOptions) ([]Source, []error) {
	w := &walker{seen: make(map[fileID]bool), format: opts.Format, passed: opts.Passed}
	for _, arg := range args {
		if arg == "-" {
			w.stdin(stdin, opts)
			continue
		}
		w.visit(arg, true)
	}
	return w.out, w.errs
}

type walker struct {
	format source.Format // "" for each file's own
	out    []Source
	errs   []error
	seen   map[fileID]bool // directories entered, against symbolic-link loops
	passed func(path string)
}

// IsArticleName reports whether a file found in a directory is read as an
// article: text (.txt, .text, or no extension), HTML (.html, .htm) or JSON
// Lines (.jsonl, .ndjson). Notes, gold files and tables beside the articles
// (.md, .tsv, .csv, .json) are not.
func IsArticleName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson":
		return true
	}
	return false
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
		if !top && w.format == "" && !IsArticleName(path) {
			if w.passed != nil {
				w.passed(path)
			}
			return
		}
		if w.formatOf(path) == source.JSONL {
			w.lines(path)
			return
		}
		w.out = append(w.out, w.fileSource(path))
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

func (w *walker) formatOf(path string) source.Format {
	if w.format != "" {
		return w.format
	}
	return source.FormatOf(path)
}

func (w *walker) fileSource(path string) Source {
	return Source{Path: path, Name: filepath.Base(path), Format: w.formatOf(path), Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// stdin adds standard input: one article, or one a line for JSON Lines,
// which is read whole now since it cannot be read again.
func (w *walker) stdin(r io.Reader, opts SourceOptions) {
	name := opts.StdinName
	if name == "" {
		name = StdinName
	}
	if opts.Format != source.JSONL {
		w.out = append(w.out, Source{Path: "-", Name: name, Format: opts.Format, Open: func() (io.ReadCloser, error) {
			return io.NopCloser(r), nil
		}})
		return
	}
	b, err := io.ReadAll(r)
	if err != nil {
		w.errs = append(w.errs, fmt.Errorf("standard input: %w", err))
		return
	}
	w.split(bytes.NewReader(b), "-", name, func(off, n int64) func() (io.ReadCloser, error) {
		return func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b[off : off+n])), nil }
	})
}

// lines adds each line of the JSON Lines file at path as a source of its
// own, which reads that line from the file when opened.
func (w *walker) lines(path string) {
	f, err := os.Open(path)
	if err != nil {
		w.errs = append(w.errs, err)
		return
	}
	defer f.Close()
	w.split(f, path, filepath.Base(path), func(off, n int64) func() (io.ReadCloser, error) {
		return func() (io.ReadCloser, error) {
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			return struct {
				io.Reader
				io.Closer
			}{io.NewSectionReader(f, off, n), f}, nil
		}
	})
}

// split adds a source for each line of r that is not blank, named
// "NAME#LINE" and found at "WHERE:LINE"; open makes the opener of the
// line at an offset and length. It keeps no line in memory.
func (w *walker) split(r io.Reader, where, name string, open func(off, n int64) func() (io.ReadCloser, error)) {
	br := bufio.NewReader(r)
	var off int64
	for line := 1; ; line++ {
		var n int64
		blank := true
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			n += int64(len(chunk))
			blank = blank && len(bytes.TrimSpace(chunk)) == 0
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if n > 0 && !blank {
			w.out = append(w.out, Source{
				Path:   fmt.Sprintf("%s:%d", where, line),
				Name:   fmt.Sprintf("%s#%d", name, line),
				Format: source.JSONL,
				Open:   open(off, n),
				record: true,
			})
		}
		off += n
		if err != nil {
			if !errors.Is(err, io.EOF) {
				w.errs = append(w.errs, fmt.Errorf("%s:%d: %w", where, line, err))
			}
			return
		}
	}
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
	// Warnings, each naming the source, are what was wrong in it but did
	// not stop the article being read (source.Article.Warnings).
	Warnings []error
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
	a, err := parse(src, text)
	if err != nil {
		r.Err = err
		return r
	}
	for _, w := range a.Warnings {
		r.Warnings = append(r.Warnings, fmt.Errorf("%s: %w", src.Path, w))
	}
	text = a.Text
	if len(bytes.TrimSpace(text)) == 0 {
		r.Err = fmt.Errorf("%s: %w", src.Path, ErrEmpty)
		return r
	}
	if opts.KeepText {
		r.Text = text
	}
	named := src
	named.Name = a.Name
	if opts.Skip != nil {
		sum := sha256.Sum256(text)
		r.Skipped, err = opts.Skip(named, hex.EncodeToString(sum[:]))
		if err != nil {
			r.Err = fmt.Errorf("%s: %w", src.Path, err)
		}
		if r.Skipped || err != nil {
			return r
		}
	}
	date := ""
	if a.Published.Precision() == when.Day {
		// The header's date, which the text may not repeat.
		date = a.Published.String()
	}
	r.Doc, err = x.ExtractDated(a.Name, text, date)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", src.Path, err)
	}
	if withMetadata(&r.Doc.Article, a) {
		loaders.DateEvents(&r.Doc)
	}
	return r
}

// ErrEmpty is wrapped by the error of an article with no text.
var ErrEmpty = errors.New("empty: no text to read")

// parse reads the article a source holds: its text and its metadata.
func parse(src Source, b []byte) (source.Article, error) {
	if src.record {
		return source.ReadRecord(b, src.Path, src.Name)
	}
	as, errs := source.Read(bytes.NewReader(b), src.Path, source.Options{Format: src.Format, Name: src.Name})
	if len(errs) > 0 {
		return source.Article{}, errs[0]
	}
	if len(as) != 1 {
		return source.Article{}, fmt.Errorf("%s: %d articles in one source", src.Path, len(as))
	}
	return as[0], nil
}

// withMetadata lets what the source says of an article (its header, its
// page's metadata, its JSON) win over what the extractor read from the
// text: title, day, outlet and URL. It reports whether the date changed.
func withMetadata(art *graph.Article, a source.Article) (redated bool) {
	if a.Title != "" {
		art.Title = a.Title
	}
	if d := a.Published.String(); a.Published.Precision() == when.Day && d != art.Date {
		art.Date, redated = d, true
	}
	art.Outlet, art.URL = a.Outlet, a.URL
	return redated
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
	text, err := source.ReadAll(rc, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src.Path, unwrapPath(err))
	}
	return text, nil
}

// ErrTooBig is wrapped by the error of an article over the size limit.
var ErrTooBig = source.ErrTooLarge
