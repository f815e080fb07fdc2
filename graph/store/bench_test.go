package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/entente/entente/graph/store/storetest"
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
