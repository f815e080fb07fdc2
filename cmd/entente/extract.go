package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/ingest"
)

const (
	formatJSONL  = "jsonl"
	formatNQuads = "nquads"
)

type extractOptions struct {
	*globals
	format  string
	explain bool
	input   inputOptions
}

func newExtractCmd(g *globals) *cobra.Command {
	o := &extractOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "extract FILE|DIR|- ...",
		Short: "Print the facts of articles without touching a store",
		Long: `Extract runs the same extraction as 'load' and prints the result.

  --format jsonl   one fact a line: article, subject {name, type}, predicate,
                   object {name, type}, evidence sentence, sentence index and
                   confidence (the contract the evaluation scores), and
                   event_date (the date the sentence gives for the event, else
                   the article's) and article_date, ISO 8601, when known;
                   name is the entity as the article spells it, and
                   stored_name, when present, the name the store keeps it
                   under (a catalog person or body the article spells its own
                   way)
  --format nquads  the article's quads as 'load' writes them, labelled by
                   article, without the store's bookkeeping (digest, record)

--explain shows how the extractor read each article instead: every
sentence as the patterns see it, with the entities it recognised in
brackets, the lines it dropped as page furniture, and each fact with the
pattern or title that produced it.

` + inputHelp + `

Unreadable, empty and non-text files are reported on standard error and
make the exit status 1; the other files are still extracted.`,
		Example: `  entente extract data/articles > facts.jsonl
  entente extract --format nquads data/articles/002_253d886406e99b45.txt
  entente extract --explain data/articles/004_84e7bfe14a8c25fc.txt | less`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return o.run(cmd, args) },
	}
	cmd.Flags().StringVarP(&o.format, flagFormat, "f", formatJSONL, "output format: jsonl or nquads")
	cmd.Flags().BoolVar(&o.explain, "explain", false, "show how each sentence was read instead of the facts")
	o.input.register(cmd)
	cmd.RegisterFlagCompletionFunc(flagFormat, completeWith(formatJSONL, formatNQuads))
	return cmd
}

// jsonFact is one line of 'extract --format jsonl'.
type jsonFact struct {
	Article    string     `json:"article"`
	Subject    jsonEntity `json:"subject"`
	Predicate  string     `json:"predicate"`
	Object     jsonEntity `json:"object"`
	Evidence   string     `json:"evidence"`
	Sentence   int        `json:"sentence"`
	Confidence float64    `json:"confidence"`
	// EventDate is the event's date: the one the sentence gives, else the
	// article's; ArticleDate is the article's. ISO 8601, left out when
	// unknown.
	EventDate   string `json:"event_date,omitempty"`
	ArticleDate string `json:"article_date,omitempty"`
}

// jsonEntity is an end of a fact: Name as the article spells it, and
// StoredName, when it differs, the name the store keeps the entity under,
// by which facts of two articles join.
type jsonEntity struct {
	Name       string `json:"name"`
	Type       string `json:"type"`
	StoredName string `json:"stored_name,omitempty"`
}

func newJSONEntity(e graph.Entity) jsonEntity {
	j := jsonEntity{Name: e.Name, Type: string(e.Type)}
	if n := e.StoredName(); n != e.Name {
		j.StoredName = n
	}
	return j
}

func (o *extractOptions) run(cmd *cobra.Command, args []string) error {
	if err := checkFormat(o.format, formatJSONL, formatNQuads); err != nil {
		return err
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
	failed := len(errs)
	for _, err := range errs {
		fmt.Fprintf(o.stderr, "entente: %v\n", err)
	}
	w := bufio.NewWriter(o.stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	qw := nquads.NewWriter(w)
	err = ingest.Extract(cmd.Context(), x, srcs, ingest.Options{KeepText: o.explain}, func(r ingest.Result) error {
		for _, w := range r.Warnings {
			fmt.Fprintf(o.stderr, "entente: warning: %v\n", w)
		}
		if r.Err != nil {
			failed++
			fmt.Fprintf(o.stderr, "entente: %v\n", r.Err)
			return nil
		}
		if o.explain {
			return x.Explain(w, r.Doc.Article.Name, r.Text)
		}
		if o.format == formatNQuads {
			_, err := qw.WriteQuads(graph.Quads(r.Doc))
			return err
		}
		for _, f := range r.Doc.Facts {
			err := enc.Encode(jsonFact{
				Article:     r.Doc.Article.Name,
				Subject:     newJSONEntity(f.Subject),
				Predicate:   string(f.Predicate),
				Object:      newJSONEntity(f.Object),
				Evidence:    f.Evidence,
				Sentence:    f.Sentence,
				Confidence:  f.Confidence,
				EventDate:   f.EventDate(r.Doc.Article.Date),
				ArticleDate: r.Doc.Article.Date,
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}
