//go:build slow

package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
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

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/data"
	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
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

// A killed load's trials (TestLoadKilled): the corpus, and how many trials
// of each kind.
const (
	killArticles = 2000 // the generated corpus
	killChanged  = 40   // every killChanged-th article has a second version
	killFirst    = 6    // kills of one first load, each re-run killed again
	killReplace  = 4    // trials that kill a replacing load at a random moment
	killWindow   = 4    // trials that kill a replacing load between its two transactions
	// Batches: 40 transactions for a first load; a replacing load writes
	// the 50 changed articles in 10 batches, two transactions each.
	killBatchFirst   = "50"
	killBatchReplace = "5"
)

// storeState is what a trial's store is compared by: the counts that stats
// reads (quads included) and every article's digest of its quads. It is
// read in a second where exporting a 2,000-article store takes several.
type storeState struct {
	stats   store.Stats
	digests []string // "article digest", sorted
}

// readState reads the state of the bolt store at db.
func readState(t *testing.T, db string) storeState {
	t.Helper()
	s, err := store.Open(store.Location{Backend: "bolt", Address: db}, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer s.Close()
	ctx := context.Background()
	var st storeState
	if st.stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("stats of %s: %v", db, err)
	}
	qs := s.QuadStore()
	err = path.StartPath(qs).Has(graph.PredType, graph.TypeArticle).Tag("a").Out(graph.PredDigest).Tag("d").
		Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) {
		st.digests = append(st.digests, m["a"].String()+" "+m["d"].String())
	})
	if err != nil {
		t.Fatalf("digests of %s: %v", db, err)
	}
	slices.Sort(st.digests)
	return st
}

// diff says how got differs from want, or "" when it does not.
func (got storeState) diff(want storeState) string {
	if got.stats != want.stats {
		return fmt.Sprintf("counts %+v, want %+v", got.stats, want.stats)
	}
	if !slices.Equal(got.digests, want.digests) {
		return fmt.Sprintf("article digests: %d not wanted, %d missing", len(notIn(got.digests, want.digests)), len(notIn(want.digests, got.digests)))
	}
	return ""
}

// partOf says how got, the store after a kill, is not made of whole
// articles each stored as in one of wants, or "" when it is: every article
// there has the digest it has in one of them, once, and stats counts the
// articles there are.
func (got storeState) partOf(wants ...storeState) string {
	var all []string
	for _, w := range wants {
		all = append(all, w.digests...)
	}
	slices.Sort(all)
	if odd := notIn(got.digests, all); len(odd) > 0 {
		return fmt.Sprintf("%d articles stored as no clean load stores them (half-written?), as %s", len(odd), odd[0])
	}
	seen := map[string]bool{}
	for _, d := range got.digests {
		a, _, _ := strings.Cut(d, " ")
		if seen[a] {
			return fmt.Sprintf("article %s has two digests", a)
		}
		seen[a] = true
	}
	if got.stats.Articles != int64(len(got.digests)) {
		return fmt.Sprintf("stats counts %d articles, the store holds %d", got.stats.Articles, len(got.digests))
	}
	return ""
}

// notIn returns the elements of a, sorted, that sorted b lacks.
func notIn(a, b []string) []string {
	var out []string
	for _, x := range a {
		if _, found := slices.BinarySearch(b, x); !found {
			out = append(out, x)
		}
	}
	return out
}

// exportDigest exports the store at db as N-Quads and returns the number of
// lines and the SHA-256 of the lines sorted: the full comparison.
func exportDigest(t *testing.T, db string) (int, string) {
	t.Helper()
	out, err := exec.Command(entente(), "export", "--db", db, "--format", "nquads", "-o", "-").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return len(lines), hex.EncodeToString(h.Sum(nil))
}

// copyStore copies the bolt store (a directory) from into to.
func copyStore(t *testing.T, from, to string) {
	t.Helper()
	if out, err := exec.Command("cp", "-r", from, to).CombinedOutput(); err != nil {
		t.Fatalf("copy %s: %v\n%s", from, err, out)
	}
}

// dirSize is the size in bytes of the files under dir.
func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// TestLoadKilled SIGKILLs 'entente load' of 2,000 generated articles and
// checks after each kill that the store opens, that stats answers, that
// every article the store holds is whole, and that running the load again
// leaves the store exactly as an uninterrupted load does. Three kinds of
// trial:
//
//   - first: a first load into a new store, killed at a random moment; its
//     re-run is killed again at a random moment of what it has left, and
//     so on, killFirst times, before a last re-run completes it (a first
//     load killed and re-run over and over costs one load, where
//     independent trials would cost one each);
//   - replace: a load of the 2,000 articles that replaces one in forty
//     with a changed version, killed at a random moment, then re-run;
//   - window: the same load killed, by the store's crash hook
//     (ENTENTE_CRASH_AFTER_REMOVALS), between the two transactions of a
//     randomly chosen batch of replacements, whose articles must then be
//     absent, not half-written, and come back with the re-run.
//
// Each completed re-run is compared with a clean load by the counts stats
// reads and every article's digest; the first load's and the first
// replacing load's also by their sorted N-Quads export. The seed is logged; ENTENTE_KILL_SEED repeats the
// trials.
func TestLoadKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a load over and over; not with -short")
	}
	begin := time.Now()
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("ENTENTE_KILL_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			t.Fatalf("ENTENTE_KILL_SEED=%q: %v", v, err)
		}
	}
	t.Logf("seed %d (ENTENTE_KILL_SEED=%d repeats these trials)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	root := t.TempDir()
	v1, v2 := filepath.Join(root, "v1"), filepath.Join(root, "v2")
	if err := generatedCorpus(v1, 0, killArticles); err != nil {
		t.Fatal(err)
	}
	// v2: the same articles, one in killChanged with a sentence more, so
	// that a load of v2 replaces those and finds the others unchanged.
	if err := generatedCorpus(v2, 0, killArticles); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(v2)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		if i%killChanged != 0 {
			continue
		}
		p := filepath.Join(v2, e.Name())
		text, err := os.ReadFile(p)
		if err == nil {
			err = os.WriteFile(p, append(text, "Iran remains an ally of Syria, according to diplomats.\n"...), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	changed := (len(entries) + killChanged - 1) / killChanged
	batchReplace, _ := strconv.Atoi(killBatchReplace)
	windows := (changed + batchReplace - 1) / batchReplace

	load := func(db, batch, dir string, env ...string) *exec.Cmd {
		cmd := exec.Command(entente(), "load", "-q", "--batch", batch, "--db", db, dir)
		cmd.Env = append(os.Environ(), env...)
		return cmd
	}
	run := func(cmd *exec.Cmd) time.Duration {
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out)
		}
		return time.Since(start)
	}
	kills, late, survived := 0, 0, 0
	// killAt starts cmd and SIGKILLs it at a random moment of the first
	// four fifths of most, its expected time, so that few kills come after
	// it has ended.
	killAt := func(cmd *exec.Cmd, most time.Duration) string {
		after := time.Duration(rng.Int64N(int64(most) * 4 / 5))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		what := fmt.Sprintf("killed after %v", after.Round(time.Millisecond))
		if cmd.Wait() == nil {
			what += ", after it ended"
			late++
		}
		return what
	}
	// stats runs 'entente stats' on db: nil when there is no store yet.
	stats := func(db string) *store.Stats {
		out, err := exec.Command(entente(), "stats", "--format", "json", "--db", db).CombinedOutput()
		if err != nil {
			if !strings.Contains(string(out), "no bolt store") {
				t.Errorf("stats: %v\n%s", err, out)
			}
			return nil
		}
		var st store.Stats
		if err := json.Unmarshal(out, &st); err != nil {
			t.Fatalf("stats --format json: %v\n%s", err, out)
		}
		return &st
	}

	// The clean loads every trial is compared with: v1 into a new store,
	// then v2 over a copy of it.
	clean1, clean2 := filepath.Join(root, "clean1.db"), filepath.Join(root, "clean2.db")
	full1 := run(load(clean1, killBatchFirst, v1))
	copyStore(t, clean1, clean2)
	full2 := run(load(clean2, killBatchReplace, v2))
	want1, want2 := readState(t, clean1), readState(t, clean2)
	if want1.stats.Articles != killArticles || want2.stats.Articles != killArticles {
		t.Fatalf("the clean loads hold %d and %d articles, want %d", want1.stats.Articles, want2.stats.Articles, killArticles)
	}
	type export struct {
		lines  int
		digest string
	}
	var export1, export2 export
	export1.lines, export1.digest = exportDigest(t, clean1)
	export2.lines, export2.digest = exportDigest(t, clean2)
	t.Logf("clean loads: %d articles in %v (%d quads, store %d MB); %d of them replaced in %v (%d quads, store %d MB)",
		killArticles, full1.Round(time.Millisecond), want1.stats.Quads, dirSize(clean1)>>20,
		changed, full2.Round(time.Millisecond), want2.stats.Quads, dirSize(clean2)>>20)
	// compare compares the completed store at db with a clean one, fully
	// when full is set.
	compare := func(name, db string, want storeState, wantExport export, full bool) bool {
		if d := readState(t, db).diff(want); d != "" {
			t.Errorf("%s: the re-run differs from a clean load: %s", name, d)
			return false
		}
		if full {
			var got export
			if got.lines, got.digest = exportDigest(t, db); got != wantExport {
				t.Errorf("%s: the re-run's sorted N-Quads (%d lines, sha256 %s) differ from a clean load's (%d, %s)",
					name, got.lines, got.digest, wantExport.lines, wantExport.digest)
				return false
			}
		}
		return true
	}

	defer func() {
		t.Logf("%d kills (%d of them after the load had ended), %d survived (the store opened, stats answered, the articles there were whole, the re-run equalled a clean load); %v in all",
			kills, late, survived, time.Since(begin).Round(time.Second))
	}()

	// first: one load, killed and re-run over and over.
	db := filepath.Join(root, "first.db")
	ok := true
	for k := 0; k < killFirst; k++ {
		kills++
		// A random moment of what is left to load, as a share of the
		// clean load's time (the articles stored are not read again).
		left := full1
		if st := readStats(db); st != nil {
			left = full1 * time.Duration(killArticles-st.Articles) / killArticles
		}
		what := killAt(load(db, killBatchFirst, v1), max(left, time.Second))
		st := stats(db)
		t.Logf("first load, kill %d: %s; %s", k, what, describe(st))
		if st == nil {
			continue // killed before the store was made: there is none, the one failure allowed
		}
		if d := readState(t, db).partOf(want1); d != "" {
			t.Errorf("first load, kill %d (%s): %s", k, what, d)
			ok = false
		}
	}
	run(load(db, killBatchFirst, v1))
	if compare("first load", db, want1, export1, true) && ok {
		survived += killFirst
	}
	os.RemoveAll(db)

	// replace and window: independent trials over a copy of the clean load.
	kinds := slices.Concat(slices.Repeat([]string{"replace"}, killReplace), slices.Repeat([]string{"window"}, killWindow))
	fullCompared := false
	for trial, kind := range kinds {
		kills++
		db := filepath.Join(root, fmt.Sprintf("trial%d.db", trial))
		copyStore(t, clean1, db)
		var what string
		if kind == "window" {
			k := 1 + rng.IntN(windows)
			what = fmt.Sprintf("killed after the removals of batch %d of %d", k, windows)
			cmd := load(db, killBatchReplace, v2, fmt.Sprintf("ENTENTE_CRASH_AFTER_REMOVALS=%d", k))
			out, err := cmd.CombinedOutput()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
				t.Errorf("trial %d, %s (%s): the load was not killed by the hook: %v\n%s", trial, kind, what, err, out)
				continue
			}
		} else {
			what = killAt(load(db, killBatchReplace, v2), full2)
		}
		st := stats(db)
		t.Logf("trial %d, %s: %s; %s", trial, kind, what, describe(st))
		if st == nil {
			t.Errorf("trial %d, %s (%s): no store after the kill", trial, kind, what)
			continue
		}
		if d := readState(t, db).partOf(want1, want2); d != "" {
			t.Errorf("trial %d, %s (%s): %s", trial, kind, what, d)
			continue
		}
		// Killed between its transactions, a batch is absent, not
		// half-written.
		if kind == "window" && st.Articles != killArticles-int64(batchReplace) {
			t.Errorf("trial %d (%s): stats says %d articles, want %d: the batch killed between its transactions should be absent",
				trial, what, st.Articles, killArticles-batchReplace)
			continue
		}
		run(load(db, killBatchReplace, v2))
		if !compare(fmt.Sprintf("trial %d, %s (%s)", trial, kind, what), db, want2, export2, !fullCompared) {
			continue
		}
		fullCompared = true
		survived++
		os.RemoveAll(db)
	}
}

// readStats reads the stats of the store at db, or nil when there is no
// store there yet or it cannot be read.
func readStats(db string) *store.Stats {
	s, err := store.Open(store.Location{Backend: "bolt", Address: db}, store.Options{ReadOnly: true})
	if err != nil {
		return nil
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return nil
	}
	return &st
}

// describe says what stats answered.
func describe(st *store.Stats) string {
	if st == nil {
		return "no store yet"
	}
	return fmt.Sprintf("stats: %d articles, %d quads", st.Articles, st.Quads)
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
