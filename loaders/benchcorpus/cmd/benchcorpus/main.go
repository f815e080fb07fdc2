// Command benchcorpus writes a synthetic corpus for benchmarks (see package
// benchcorpus): N distinct articles, or with -copies each bundled article
// copied that many times.
//
//	go run ./loaders/benchcorpus/cmd/benchcorpus -n 2000 -o bin/corpus
//	go run ./loaders/benchcorpus/cmd/benchcorpus -copies 300 -o bin/copies
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"

	"github.com/entente/entente/data"
	"github.com/entente/entente/loaders/benchcorpus"
)

func main() {
	n := flag.Int("n", 2000, "number of distinct articles")
	copies := flag.Int("copies", 0, "instead, copy each bundled article this many times")
	out := flag.String("o", "bin/corpus", "directory to write")
	seed := flag.Uint64("seed", 1, "seed: the same seed writes the same corpus")
	flag.Parse()
	if err := run(*n, *copies, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

func run(n, copies int, out string, seed uint64) error {
	if copies > 0 {
		src, err := fs.Sub(data.Articles, "articles")
		if err != nil {
			return err
		}
		if err := benchcorpus.WriteCopies(out, src, copies); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %d copies of each bundled article to %s\n", copies, out)
		return nil
	}
	g, err := benchcorpus.New(seed)
	if err != nil {
		return err
	}
	if err := g.Write(out, n); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %d articles to %s\n", n, out)
	return nil
}
