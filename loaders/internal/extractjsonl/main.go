// Command extractjsonl prints the facts the extractor finds in the .txt
// articles of a directory, one JSON object a line, in the format of the
// ontology's `extract` output. It is a stand-in for `entente extract` while
// measuring the extractor:
//
//	go run ./loaders/internal/extractjsonl data/articles > /tmp/facts.jsonl
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/entente/entente/loaders"
)

type entity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type fact struct {
	Article    string  `json:"article"`
	Subject    entity  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     entity  `json:"object"`
	Evidence   string  `json:"evidence"`
	Sentence   int     `json:"sentence"`
	Confidence float64 `json:"confidence"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: extractjsonl DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "extractjsonl:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	x, err := loaders.New()
	if err != nil {
		return err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	sort.Strings(paths)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := x.Extract(filepath.Base(p), text)
		if err != nil {
			return err
		}
		for _, f := range doc.Facts {
			err := enc.Encode(fact{
				Article:    doc.Article.Name,
				Subject:    entity{f.Subject.Name, string(f.Subject.Type)},
				Predicate:  string(f.Predicate),
				Object:     entity{f.Object.Name, string(f.Object.Type)},
				Evidence:   f.Evidence,
				Sentence:   f.Sentence,
				Confidence: f.Confidence,
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}
