package main

import (
	"context"
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

// stdinName is the article name of text read from standard input.
const stdinName = "stdin.txt"

// source is one article to read: a file, or standard input for "-".
type source struct {
	path string // as the user will recognise it in messages
	name string // the article's name: the file's base name
	open func() (io.ReadCloser, error)
}

// sources expands the command-line arguments into articles: files as
// named, directories walked recursively (hidden entries skipped), "-" for
// standard input. Arguments that cannot be walked are returned as errors;
// the others still count.
func sources(args []string, stdin io.Reader) ([]source, []error) {
	var out []source
	var errs []error
	for _, arg := range args {
		if arg == "-" {
			out = append(out, source{path: "-", name: stdinName, open: func() (io.ReadCloser, error) {
				return io.NopCloser(stdin), nil
			}})
			continue
		}
		var files []string
		err := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() || (path == arg && !d.IsDir()) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Strings(files)
		for _, f := range files {
			out = append(out, source{path: f, name: filepath.Base(f), open: func() (io.ReadCloser, error) { return os.Open(f) }})
		}
	}
	return out, errs
}

// extracted is the outcome of reading one source.
type extracted struct {
	src  source
	text []byte
	doc  graph.Document
	err  error
}

// extractAll reads and extracts the sources on all cores and hands the
// results to fn in the order of the sources. It stops early when ctx ends
// or fn returns an error.
func extractAll(ctx context.Context, x *loaders.Extractor, srcs []source, fn func(extracted) error) error {
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan extracted, len(srcs))
	for i := range results {
		results[i] = make(chan extracted, 1)
	}
	jobs := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				results[i] <- extractOne(x, srcs[i])
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range srcs {
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
			if err := fn(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func extractOne(x *loaders.Extractor, src source) extracted {
	r := extracted{src: src}
	rc, err := src.open()
	if err != nil {
		r.err = err
		return r
	}
	defer rc.Close()
	text, err := io.ReadAll(rc)
	if err != nil {
		r.err = fmt.Errorf("%s: %w", src.path, err)
		return r
	}
	r.text = text
	r.doc, err = x.Extract(src.name, text)
	if err != nil {
		r.err = fmt.Errorf("%s: %w", src.path, err)
	}
	return r
}
