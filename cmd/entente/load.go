package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/loaders"
)

type loadOptions struct {
	*globals
	quiet bool
}

func newLoadCmd(g *globals) *cobra.Command {
	o := &loadOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "load FILE|DIR|- ...",
		Short: "Extract facts from articles and write them to the store",
		Long: `Load reads plain-text articles, extracts their entities and facts, and
writes them to the store, creating the store if it does not exist.

Directories are read recursively (hidden files skipped); "-" reads one
article from standard input, named ` + stdinName + `. Each article is written in
one transaction, labelled with its name. Loading an unchanged article again
changes nothing; loading a changed one replaces its facts, and so does
loading an unchanged one that a newer entente reads differently.

A file that cannot be read, or is not text, is named in a one-line error on
standard error; the other files still load, and the exit status is 1.
A summary (articles, facts, entities, seconds) goes to standard error.`,
		Example: `  entente load data/articles
  entente load --db /srv/kg.db today/*.txt
  curl -s https://example.org/story.txt | entente load -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd, args) },
	}
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "print errors only, no summary")
	return cmd
}

func (o *loadOptions) run(cmd *cobra.Command, args []string) error {
	start := time.Now()
	x, err := loaders.New()
	if err != nil {
		return err
	}
	srcs, errs := sources(args, o.stdin)
	for _, err := range errs {
		fmt.Fprintf(o.stderr, "entente: %v\n", err)
	}
	s, err := o.openStoreForWriting()
	if err != nil {
		return err
	}
	defer s.Close()

	ctx := cmd.Context()
	var counts [3]int
	failed, facts := len(errs), 0
	progress := isTerminal(o.stderr) && !o.quiet
	err = extractAll(ctx, x, srcs, func(r extracted) error {
		if r.err == nil {
			var outcome store.Outcome
			outcome, r.err = s.Put(ctx, r.doc)
			if r.err == nil {
				counts[outcome]++
				if outcome != store.Unchanged {
					facts += len(r.doc.Facts)
				}
			}
		}
		if r.err != nil {
			failed++
			fmt.Fprintf(o.stderr, "\rentente: %v\n", r.err)
		}
		if done := counts[0] + counts[1] + counts[2] + failed; progress && done%50 == 0 {
			fmt.Fprintf(o.stderr, "\rloading: %d/%d articles", done, len(srcs))
		}
		return nil
	})
	if progress {
		fmt.Fprint(o.stderr, "\r\033[K")
	}
	if err != nil {
		return err
	}
	if !o.quiet {
		st, err := s.Counts(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(o.stderr, "loaded %d articles into %s: %d added, %d replaced, %d unchanged, %d failed; %d facts extracted\n",
			counts[0]+counts[1]+counts[2], s.Location(), counts[store.Added], counts[store.Replaced], counts[store.Unchanged], failed, facts)
		fmt.Fprintf(o.stderr, "store now holds %d articles, %d entities, %d facts (%d quads); %.2f seconds\n",
			st.Articles, st.Entities, st.Facts, st.Quads, time.Since(start).Seconds())
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}
