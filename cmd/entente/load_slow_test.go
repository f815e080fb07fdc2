//go:build slow

package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente/data"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/loaders/benchcorpus"
)

// runStats is one run of a program: its time, CPU and peak memory.
type runStats struct {
	wall, cpu time.Duration
	maxRSS    int64 // bytes
	stderr    string
}

// measure runs the program name with args and fails tb if it fails.
func measure(tb testing.TB, name string, args ...string) runStats {
	tb.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "ENTENTE_DB=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.String())
	}
	r := runStats{wall: time.Since(start), stderr: stderr.String()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r.maxRSS = ru.Maxrss * 1024
	}
	return r
}

func entente() string { return filepath.Join(binDir, "entente") }

// benchN is the number of articles of the load benchmarks:
// $ENTENTE_BENCH_N, else 2,000.
func benchN(tb testing.TB) int {
	if v := os.Getenv("ENTENTE_BENCH_N"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 10 {
			tb.Fatalf("ENTENTE_BENCH_N=%q: want a number of articles, at least 10", v)
		}
		return n
	}
	return 2000
}

// halves writes a corpus in two directories of about the same size, with
// write(dir, from, to) writing articles [from, to).
func halves(tb testing.TB, n int, write func(dir string, from, to int) error) (string, string) {
	tb.Helper()
	root := tb.TempDir()
	a, b := filepath.Join(root, "first"), filepath.Join(root, "second")
	if err := write(a, 0, n/2); err != nil {
		tb.Fatal(err)
	}
	if err := write(b, n/2, n); err != nil {
		tb.Fatal(err)
	}
	return a, b
}

// generatedCorpus writes articles [from, to) of the generated corpus.
func generatedCorpus(dir string, from, to int) error {
	g, err := benchcorpus.New(1)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 0; i < to; i++ {
		name, text := g.Article(i) // the same sequence, whatever the range
		if i >= from {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// copiesCorpus writes copies [from/5, to/5) of each bundled article.
func copiesCorpus(dir string, from, to int) error {
	src, err := fs.Sub(data.Articles, "articles")
	if err != nil {
		return err
	}
	tmp := dir + ".all"
	if err := benchcorpus.WriteCopies(tmp, src, to/5); err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return err
	}
	for _, e := range entries {
		var c int
		if i := strings.LastIndex(e.Name(), "_copy"); i >= 0 {
			c, _ = strconv.Atoi(strings.TrimSuffix(e.Name()[i+5:], ".txt"))
		}
		if c >= from/5 {
			if err := os.Rename(filepath.Join(tmp, e.Name()), filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// BenchmarkLoad runs 'entente load' on a corpus of $ENTENTE_BENCH_N
// articles into a new bolt store, its first half and then its second,
// then the whole again, unchanged; then the stock cayley loads the same
// final quads (entente's N-Quads export) into a new bolt store. It reports
// both times and peak memories, entente's time over cayley's, the second
// half's time over the first's, and the unchanged reload's over the load.
// "generated" is the varied corpus; "copies" the bundled articles copied
// over and over, where every fact is stated by thousands of articles.
func BenchmarkLoad(b *testing.B) {
	n := benchN(b)
	cayley := storetest.StockCayley(b)
	for _, corpus := range []struct {
		name  string
		write func(string, int, int) error
	}{{"generated", generatedCorpus}, {"copies", copiesCorpus}} {
		b.Run(corpus.name, func(b *testing.B) {
			first, second := halves(b, n, corpus.write)
			for i := 0; i < b.N; i++ {
				dir := b.TempDir()
				db := filepath.Join(dir, "kg.db")
				r1 := measure(b, entente(), "load", "-q", "--db", db, first)
				r2 := measure(b, entente(), "load", "-q", "--db", db, second)
				r3 := measure(b, entente(), "load", "-q", "--db", db, first, second)
				nq := filepath.Join(dir, "all.nq")
				measure(b, entente(), "export", "--db", db, "--format", "nquads", "-o", nq)
				rc := measure(b, cayley, "load", "--init", "--db", "bolt", "--dbpath", filepath.Join(dir, "cayley.db"), "-i", nq)
				load := r1.wall + r2.wall
				b.ReportMetric(load.Seconds(), "entente-s")
				b.ReportMetric(rc.wall.Seconds(), "cayley-s")
				b.ReportMetric(load.Seconds()/rc.wall.Seconds(), "entente/cayley")
				b.ReportMetric((r1.cpu+r2.cpu).Seconds()/rc.cpu.Seconds(), "entente/cayley-cpu")
				b.ReportMetric(float64(max(r1.maxRSS, r2.maxRSS))/(1<<20), "entente-peak-MB")
				b.ReportMetric(float64(rc.maxRSS)/(1<<20), "cayley-peak-MB")
				b.ReportMetric(r2.wall.Seconds()/r1.wall.Seconds(), "second/first")
				b.ReportMetric(r2.cpu.Seconds()/r1.cpu.Seconds(), "second/first-cpu")
				b.ReportMetric(r3.wall.Seconds()/load.Seconds(), "reload/load")
				b.Logf("%s, %d articles: entente %.1f s (%.1f s CPU, %d MB) + %.1f s (%.1f s CPU, %d MB), unchanged %.1f s; cayley %.1f s (%.1f s CPU, %d MB)",
					corpus.name, n, r1.wall.Seconds(), r1.cpu.Seconds(), r1.maxRSS>>20, r2.wall.Seconds(), r2.cpu.Seconds(), r2.maxRSS>>20,
					r3.wall.Seconds(), rc.wall.Seconds(), rc.cpu.Seconds(), rc.maxRSS>>20)
			}
		})
	}
}

// sortedNQuads exports the store at db and returns its lines sorted.
func sortedNQuads(t *testing.T, db string) []string {
	t.Helper()
	out, err := exec.Command(entente(), "export", "--db", db, "--format", "nquads", "-o", "-").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(lines)
	return lines
}

// TestLoadKilled kills 'entente load' at random moments, small batches
// making many transactions, and checks after each kill that the store
// opens, that stats answers, and that running the load again leaves the
// store exactly as an uninterrupted load does. The first trials kill a
// first load; the others kill a load that replaces every article with a
// changed version, so some kills fall between a replacement's two
// transactions.
func TestLoadKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a load over and over; not with -short")
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("ENTENTE_KILL_SEED"); v != "" {
		seed, _ = strconv.ParseUint(v, 10, 64)
	}
	t.Logf("seed %d (ENTENTE_KILL_SEED=%d repeats these trials)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	const n, trials = 150, 10
	root := t.TempDir()
	v1, v2 := filepath.Join(root, "v1"), filepath.Join(root, "v2")
	if err := generatedCorpus(v1, 0, n); err != nil {
		t.Fatal(err)
	}
	// v2: the same articles with a sentence more, so that each is replaced.
	if err := generatedCorpus(v2, 0, n); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(v2)
	for _, e := range entries {
		p := filepath.Join(v2, e.Name())
		text, _ := os.ReadFile(p)
		text = append(text, "Iran remains an ally of Syria, according to diplomats.\n"...)
		os.WriteFile(p, text, 0o644)
	}

	load := func(db string, dirs ...string) *exec.Cmd {
		return exec.Command(entente(), append([]string{"load", "-q", "--batch", "5", "--db", db}, dirs...)...)
	}
	clean := func(db string, dirs ...string) {
		if out, err := load(db, dirs...).CombinedOutput(); err != nil {
			t.Fatalf("load: %v\n%s", err, out)
		}
	}
	want1 := filepath.Join(root, "clean1.db")
	clean(want1, v1)
	start := time.Now()
	want2 := filepath.Join(root, "clean2.db")
	clean(want2, v1)
	full := time.Since(start)
	clean(want2, v2)
	wants := [][]string{sortedNQuads(t, want1), sortedNQuads(t, want2)}

	interrupted := 0
	defer func() { t.Logf("%d of %d kills interrupted a load", interrupted, trials) }()
	for trial := 0; trial < trials; trial++ {
		replace := trial >= trials/2
		db := filepath.Join(root, fmt.Sprintf("trial%d.db", trial))
		dir := v1
		if replace {
			clean(db, v1)
			dir = v2
		}
		cmd := load(db, dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		after := time.Duration(rng.Int64N(int64(full)))
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		if cmd.Wait() != nil {
			interrupted++
		}

		if out, err := exec.Command(entente(), "stats", "--db", db).CombinedOutput(); err != nil {
			// Killed before the store was first created is the one
			// allowed failure: there is no store yet.
			if !strings.Contains(string(out), "no bolt store") {
				t.Errorf("trial %d (killed after %v): stats: %v\n%s", trial, after, err, out)
				continue
			}
		}
		clean(db, dir)
		got, want := sortedNQuads(t, db), wants[0]
		if replace {
			want = wants[1]
		}
		if !slices.Equal(got, want) {
			t.Errorf("trial %d (killed after %v): the re-run leaves %d quads, an uninterrupted load %d", trial, after, len(got), len(want))
		}
	}
}

// BenchmarkLoadPostgres runs 'entente load' on the generated corpus of
// $ENTENTE_BENCH_N articles into a new PostgreSQL database (a real server
// the tests start), and again unchanged; it reports articles/s of the load
// and the reload's time over the load's.
func BenchmarkLoadPostgres(b *testing.B) {
	n := benchN(b)
	first, second := halves(b, n, generatedCorpus)
	for i := 0; i < b.N; i++ {
		db := storetest.Postgres(b)
		r1 := measure(b, entente(), "load", "-q", "--db", db, first, second)
		r2 := measure(b, entente(), "load", "-q", "--db", db, first, second)
		b.ReportMetric(float64(n)/r1.wall.Seconds(), "articles/s")
		b.ReportMetric(r2.wall.Seconds()/r1.wall.Seconds(), "reload/load")
		b.Logf("postgres, %d articles: %.1f s (%.1f s CPU in entente, %d MB); unchanged %.1f s",
			n, r1.wall.Seconds(), r1.cpu.Seconds(), r1.maxRSS>>20, r2.wall.Seconds())
	}
}
