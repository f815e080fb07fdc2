package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/ingest"
)

// A batch of articles is written in one transaction when it holds this
// many articles or quads, whichever comes first: large enough that a
// transaction's fixed cost (a sync to disk, rewriting the index entries of
// busy nodes) is shared, small enough to bound memory. Cayley's bolt
// writes grow dearer per quad in larger transactions: 200 generated
// articles a transaction took 40% less CPU than 1,000, and copies 22% less.
const (
	batchArticles = 250
	batchQuads    = 60_000
)

type loadOptions struct {
	*globals
	quiet    bool
	progress bool
	maxBytes int64
	batch    int // articles per transaction
	input    inputOptions
}

func newLoadCmd(g *globals) *cobra.Command {
	o := &loadOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "load FILE|DIR|- ...",
		Short: "Extract facts from articles and write them to the store",
		Long: `Load reads articles, extracts their entities and facts, and writes them
to the store, creating the store if it does not exist.

Directories are read recursively (hidden files skipped, symbolic links
followed once); "-" reads one article from standard input, named
` + ingest.StdinName + ` unless --name names it.

` + inputHelp + `

Articles are extracted on every core and written many to a transaction,
each labelled with its name; an article is either all in the store or not
at all, so a load that is interrupted, even killed, can simply be run
again. Loading an unchanged article again changes nothing; loading a
changed one replaces its facts, and so does loading an unchanged one that
a newer entente reads differently.

A file that cannot be read, is empty or not text, is larger than
--max-article-bytes or is not a regular file (a FIFO, a device) is named
in a one-line error on standard error; the other files still load, and
the exit status is 1.

While it runs, load shows its progress on standard error when that is a
terminal (--progress shows it anyway, --quiet never); it ends with a
one-line summary there: articles added, replaced, unchanged and failed,
and what the store now holds.`,
		Example: `  entente load data/articles
  entente load --db /srv/kg.db today/*.txt
  entente load saved-pages/*.html archive.jsonl
  curl -s https://example.org/story.txt | entente load --name story-2018-09-07 -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd, args) },
	}
	o.input.register(cmd)
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "no progress, only errors and the summary")
	cmd.Flags().BoolVar(&o.progress, "progress", false, "show progress even when standard error is not a terminal")
	cmd.Flags().Int64Var(&o.maxBytes, "max-article-bytes", ingest.DefaultMaxBytes, "refuse an article larger than this many bytes (0 or less: no limit)")
	// Smaller batches make more transactions: for the crash tests.
	cmd.Flags().IntVar(&o.batch, "batch", batchArticles, "articles per transaction")
	cmd.Flags().MarkHidden("batch")
	return cmd
}

func (o *loadOptions) run(cmd *cobra.Command, args []string) error {
	start := time.Now()
	if o.maxBytes <= 0 {
		o.maxBytes = -1
	}
	x, err := loaders.New()
	if err != nil {
		return err
	}
	sopts, err := o.input.sourceOptions(o.stderr)
	if err != nil {
		return err
	}
	srcs, errs := ingest.Sources(args, o.stdin, sopts)
	for _, err := range errs {
		fmt.Fprintf(o.stderr, "entente: %v\n", err)
	}
	s, err := o.openStoreForWriting()
	if err != nil {
		return err
	}
	defer s.Close()

	ctx := cmd.Context()
	l := &loader{s: s, stderr: o.stderr, failed: len(errs), max: max(o.batch, 1)}
	if o.progress || (isTerminal(o.stderr) && !o.quiet) {
		l.bar = &progress{w: o.stderr, total: len(srcs), start: time.Now()}
	}
	fingerprint, err := extractorFingerprint()
	if err != nil {
		return err
	}
	s.SetExtractor(fingerprint)
	// An article whose text this very program has already stored is not
	// read again; but one named twice in this run must be, since the first
	// may change what the store holds for the second.
	twice := make(map[string]bool)
	for i, seen := 0, make(map[string]bool); i < len(srcs); i++ {
		twice[srcs[i].Name] = seen[srcs[i].Name]
		seen[srcs[i].Name] = true
	}
	skip := func(src ingest.Source, hash string) (bool, error) {
		if twice[src.Name] {
			return false, nil
		}
		return s.Current(ctx, src.Name, hash)
	}
	// Extraction runs a batch ahead, so that the next batch is read while
	// one is written.
	err = ingest.Extract(ctx, x, srcs, ingest.Options{MaxBytes: o.maxBytes, Skip: skip, Ahead: l.max + 256}, func(r ingest.Result) error {
		for _, w := range r.Warnings {
			l.warn(w)
		}
		switch {
		case r.Err != nil:
			l.fail(r.Err)
		case r.Skipped:
			l.counts[store.Unchanged]++
			l.bar.update(l.done())
		default:
			l.add(ctx, r.Doc)
		}
		return nil
	})
	if err == nil {
		l.flush(ctx)
	}
	l.bar.clear()
	if err != nil {
		return err
	}
	if err := putStanding(ctx, s, x, o.stderr); err != nil {
		return err
	}
	st, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(o.stderr, "loaded %d articles into %s: %d added, %d replaced, %d unchanged, %d failed; %d fact sentences written; "+
		"store now holds %d articles, %d entities, %d facts (%d quads); %.2f seconds\n",
		l.counts[0]+l.counts[1]+l.counts[2], s.Location(), l.counts[store.Added], l.counts[store.Replaced], l.counts[store.Unchanged], l.failed, l.facts,
		st.Articles, st.Entities, st.Facts, st.Quads, time.Since(start).Seconds())
	if l.failed > 0 {
		return errSilent
	}
	return nil
}

// loader gathers extracted articles into batches and writes them.
type loader struct {
	s      *store.Store
	stderr io.Writer
	bar    *progress // nil: no progress shown

	max    int // articles per batch
	batch  []graph.Document
	quads  int // in batch, roughly
	counts [3]int
	failed int
	facts  int // fact sentences of the articles added or replaced
}

func (l *loader) add(ctx context.Context, doc graph.Document) {
	l.batch = append(l.batch, doc)
	// The quads of an article grow with its entities and facts; this
	// estimate is only to bound a batch.
	l.quads += 8 + 6*len(doc.Entities) + 9*len(doc.Facts)
	if len(l.batch) >= l.max || l.quads >= batchQuads {
		l.flush(ctx)
	}
}

// flush writes the batch. A batch that fails is written again one article
// at a time, so that the error names the article it belongs to and the
// others still load.
func (l *loader) flush(ctx context.Context) {
	if len(l.batch) == 0 {
		return
	}
	outcomes, err := l.s.PutBatch(ctx, l.batch)
	if err != nil {
		outcomes = outcomes[:0]
		for _, doc := range l.batch {
			o, err := l.s.Put(ctx, doc)
			if err != nil {
				l.fail(err)
				o = -1
			}
			outcomes = append(outcomes, o)
		}
	}
	for i, o := range outcomes {
		if o < 0 {
			continue
		}
		l.counts[o]++
		if o != store.Unchanged {
			l.facts += len(l.batch[i].Facts)
		}
	}
	l.bar.update(l.done())
	l.batch, l.quads = l.batch[:0], 0
}

// done is the number of articles dealt with so far.
func (l *loader) done() int { return l.counts[0] + l.counts[1] + l.counts[2] + l.failed }

// extractorFingerprint names this build of entente, extractor and lexicon
// included: the SHA-256 of its executable. A rebuilt entente reads every
// article once more, which is slower but never wrong.
func extractorFingerprint() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find the entente program: %w", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("read the entente program: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read the entente program: %w", err)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

func (l *loader) fail(err error) {
	l.failed++
	l.bar.clear()
	fmt.Fprintf(l.stderr, "entente: %v\n", err)
}

// warn reports what was wrong in a source that was read all the same.
func (l *loader) warn(err error) {
	l.bar.clear()
	fmt.Fprintf(l.stderr, "entente: warning: %v\n", err)
}

// progress shows on one line of a terminal how far a load has come, how
// fast it goes and how long it has left.
type progress struct {
	w     io.Writer
	total int
	start time.Time
	shown bool
}

func (p *progress) update(done int) {
	if p == nil {
		return
	}
	elapsed := time.Since(p.start).Seconds()
	line := fmt.Sprintf("loading: %d/%d articles", done, p.total)
	if p.total > 0 {
		line += fmt.Sprintf(" (%d%%)", done*100/p.total)
	}
	if done > 0 && elapsed > 0 {
		rate := float64(done) / elapsed
		line += fmt.Sprintf(", %.0f articles/s, %s left", rate, time.Duration(float64(p.total-done)/rate*float64(time.Second)).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.shown = true
}

// clear removes the progress line, before a message or at the end.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.shown = false
}
