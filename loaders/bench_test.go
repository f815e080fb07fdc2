package loaders

import (
	"io/fs"
	"testing"

	"github.com/entente/entente/data"
)

// bundledArticles returns the articles shipped in data.Articles.
func bundledArticles(tb testing.TB) map[string][]byte {
	tb.Helper()
	names, err := fs.Glob(data.Articles, "articles/*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no bundled articles: %v", err)
	}
	out := make(map[string][]byte, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(data.Articles, n)
		if err != nil {
			tb.Fatal(err)
		}
		out[n] = b
	}
	return out
}

// BenchmarkExtract measures the extractor's throughput on the bundled
// articles, repeated to at least 1 MB per iteration.
func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var texts [][]byte
	size := 0
	arts := bundledArticles(b)
	for size < 1<<20 {
		for _, t := range arts {
			texts = append(texts, t)
			size += len(t)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := x.Extract("bench.txt", t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
