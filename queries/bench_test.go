package queries_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/queries"
)

// benchArticles is the size of the benchmark graph.
const benchArticles = 5000

var bench struct {
	once  sync.Once
	dir   string
	s     *store.Store
	quads int
	err   error
}

// benchDocs copies docs until there are n articles, each copy renamed (a
// distinct name and hash) and dated, so that every fact of the corpus is
// stated by n/len(docs) articles.
func benchDocs(docs []graph.Document, n int) []graph.Document {
	out := make([]graph.Document, 0, n)
	for i := 0; i < n; i++ {
		d := docs[i%len(docs)]
		d.Article.Name = fmt.Sprintf("%05d_%s", i, d.Article.Name)
		d.Article.Hash = fmt.Sprintf("bench-%05d", i)
		if d.Article.Date != "" {
			d.Article.Date = fmt.Sprintf("2018-%02d-%02d", 1+i%12, 1+i%28)
		}
		out = append(out, d)
	}
	return out
}

// benchStore builds the benchmark graph once per test binary run: the
// documents are written in batches of a few hundred articles.
func benchStore(b *testing.B) (*store.Store, int) {
	b.Helper()
	bench.once.Do(func() {
		bench.dir, bench.err = os.MkdirTemp("", "entente-bench-")
		if bench.err != nil {
			return
		}
		loc := store.Location{Backend: "bolt", Address: filepath.Join(bench.dir, "kg.db")}
		bench.s, bench.err = store.Open(loc, store.Options{Create: true})
		if bench.err != nil {
			return
		}
		// Written as entente load writes them, so that the store keeps
		// the facts' tallies the queries read.
		docs := benchDocs(benchCorpus(), benchArticles)
		const batch = 250
		for i := 0; i < len(docs); i += batch {
			if _, bench.err = bench.s.PutBatch(context.Background(), docs[i:min(i+batch, len(docs))]); bench.err != nil {
				return
			}
		}
		st, err := bench.s.Stats(context.Background())
		bench.quads, bench.err = int(st.Quads), err
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.s, bench.quads
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.s != nil {
		bench.s.Close()
	}
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// benchArgs are the arguments each query runs with in the benchmark.
var benchArgs = map[string]map[string]string{
	"adversaries":   {"entity": "Israel"},
	"allies":        {"entity": "Bashar al-Assad"},
	"common-allies": {"a": "Russia", "b": "Bashar al-Assad"},
	"connection":    {"a": "Israel", "b": "Recep Tayyip Erdogan"},
	"contacts":      {"person": "Vladimir Putin"},
	"entity":        {"name": "Iran"},
	"envoys":        {},
	"evidence":      {"a": "Russia", "b": "Bashar al-Assad"},
	"mentions":      {"entity": "Ali Shamkhani"},
	"officials":     {"entity": "Iran"},
	"roles":         {"person": "Ali Shamkhani"},
	"supporters":    {"entity": "Bashar al-Assad"},
	"timeline":      {"entity": "Vladimir Putin"},
}

// BenchmarkQueries runs each canned query on a graph of benchArticles
// articles where each fact is stated by hundreds of them, and reports the
// median time of a run. Rows are bounded: each lists at most
// DefaultArticles articles, and paged queries give one page.
func BenchmarkQueries(b *testing.B) {
	b.StopTimer()
	s, nquads := benchStore(b)
	b.Logf("bench graph: %d articles, %d quads", benchArticles, nquads)
	ctx := context.Background()
	r := &queries.Runner{Store: s}
	for _, q := range queries.All() {
		args, ok := benchArgs[q.Name]
		if !ok {
			b.Fatalf("no benchmark arguments for %s", q.Name)
		}
		b.Run(q.Name, func(b *testing.B) {
			took := make([]time.Duration, 0, b.N)
			cpu := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				start, startCPU := time.Now(), cpuTime()
				res, err := r.Run(ctx, q, args)
				if err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
				cpu = append(cpu, cpuTime()-startCPU)
				if len(res.Rows) == 0 {
					b.Fatalf("%s: no rows", q.Name)
				}
				// Answers stay bounded however many articles state a fact.
				if len(res.Rows) > queries.DefaultPage {
					b.Fatalf("%s: %d rows", q.Name, len(res.Rows))
				}
				for _, row := range res.Rows {
					if list, _ := row.(map[string]any)["articles"].([]any); len(list) > queries.DefaultArticles {
						b.Fatalf("%s: a row lists %d articles", q.Name, len(list))
					}
				}
			}
			slices.Sort(took)
			slices.Sort(cpu)
			b.ReportMetric(float64(took[len(took)/2])/float64(time.Millisecond), "ms-median")
			// CPU time is the steadier figure on a machine other work shares.
			b.ReportMetric(float64(cpu[len(cpu)/2])/float64(time.Millisecond), "cpu-ms-median")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
