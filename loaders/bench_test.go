package loaders

import (
	"fmt"
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

// BenchmarkExtractLong extracts one long invented report (longArticle)
// at two sizes, the second four times the first: with work linear in an
// article's length both read as many MB/s, and a walk back over the
// whole article per sentence or per mention shows as the larger one's
// throughput falling by the ratio of the sizes.
func BenchmarkExtractLong(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for _, kb := range []int{64, 256} {
		text := longArticle(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := x.Extract("long.txt", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
