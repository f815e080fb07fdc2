package store_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/benchcorpus"
)

// BenchmarkPut writes the bundled articles, renamed so that each is new,
// into a bolt store: one transaction an article. It reports articles/s.
func BenchmarkPut(b *testing.B) {
	docs := storetest.BundledDocuments(b)
	s := storetest.New(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		d.Article.Name = fmt.Sprintf("%d-%s", i, d.Article.Name)
		d.Article.Hash = fmt.Sprint(i)
		if _, err := s.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutUnchanged measures the check that skips an article already
// stored with the same text.
func BenchmarkPutUnchanged(b *testing.B) {
	docs := storetest.BundledDocuments(b)
	s := storetest.New(b)
	storetest.Load(b, s, docs...)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Put(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// benchN is the size of the generated corpus of the batch benchmarks:
// $ENTENTE_BENCH_N, else 2,000 articles.
func benchN(b *testing.B) int {
	if v := os.Getenv("ENTENTE_BENCH_N"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 2 {
			b.Fatalf("ENTENTE_BENCH_N=%q: want a number of articles, at least 2", v)
		}
		return n
	}
	return 2000
}

// generated extracts n generated articles (see benchcorpus).
func generated(b *testing.B, n int) []graph.Document {
	b.Helper()
	g, err := benchcorpus.New(1)
	if err != nil {
		b.Fatal(err)
	}
	x, err := loaders.New()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]graph.Document, n)
	for i := range docs {
		name, text := g.Article(i)
		if docs[i], err = x.Extract(name, []byte(text)); err != nil {
			b.Fatal(err)
		}
	}
	return docs
}

// BenchmarkPutBatch writes a generated corpus into a new bolt store in
// batches of 250 articles, as 'entente load' does, its first half and
// then its second, and reads it all again unchanged. It reports articles/s
// of the whole first load, the second half's time over the first's (1
// when the cost of a write does not grow with the store) and the unchanged
// reload's time over the first load's.
func BenchmarkPutBatch(b *testing.B) {
	b.Run("generated", func(b *testing.B) { benchmarkPutBatch(b, generated(b, benchN(b))) })
	b.Run("copies", func(b *testing.B) { benchmarkPutBatch(b, copies(b, benchN(b))) })
}

// copies are n documents: the bundled articles over and over, renamed.
func copies(b *testing.B, n int) []graph.Document {
	bundled := storetest.BundledDocuments(b)
	docs := make([]graph.Document, n)
	for i := range docs {
		docs[i] = bundled[i%len(bundled)]
		docs[i].Article.Name = fmt.Sprintf("copy%05d-%s", i, docs[i].Article.Name)
	}
	return docs
}

func benchmarkPutBatch(b *testing.B, docs []graph.Document) {
	ctx := context.Background()
	var first, second, reload time.Duration
	for i := 0; i < b.N; i++ {
		s := storetest.New(b)
		load := func(docs []graph.Document) time.Duration {
			start := time.Now()
			for len(docs) > 0 {
				n := min(250, len(docs))
				if _, err := s.PutBatch(ctx, docs[:n]); err != nil {
					b.Fatal(err)
				}
				docs = docs[n:]
			}
			return time.Since(start)
		}
		half := len(docs) / 2
		first += load(docs[:half])
		second += load(docs[half:])
		reload += load(docs)
		s.Close()
	}
	b.ReportMetric(float64(b.N*len(docs))/(first+second).Seconds(), "articles/s")
	b.ReportMetric(second.Seconds()/first.Seconds(), "second/first")
	b.ReportMetric(reload.Seconds()/(first+second).Seconds(), "reload/load")
}

// BenchmarkResolveUnknown resolves a name no entity has, which looks for
// suggestions, in stores of 100 and 1,000 generated articles: its time
// should not grow with the articles, only with the entities (the same few
// hundred in both), as suggestions are drawn from the entities' names, not
// from the lookup keys every article adds.
func BenchmarkResolveUnknown(b *testing.B) {
	docs := generated(b, 1000)
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			s := storetest.New(b)
			if _, err := s.PutBatch(context.Background(), docs[:n]); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Resolve(context.Background(), "Xyzzy Plugh"); err == nil {
					b.Fatal("Xyzzy Plugh resolved")
				}
			}
		})
	}
}
