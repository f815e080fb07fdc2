package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/entente/entente/loaders/ingest"
	"github.com/entente/entente/loaders/source"
)

// inputOptions are the flags that say how load and extract read their
// sources.
type inputOptions struct {
	format string // --input-format: txt, html or jsonl; "" by extension
	name   string // --name: the article read from standard input
}

// inputHelp is the part of load's and extract's help about their sources.
const inputHelp = `Sources are read by their extension, or all as --input-format says:
.txt (and a named file of any other extension) is plain text, which may
open with a header block of "Title:", "Date:", "Source:" and "URL:" lines
ended by a blank line ("Date:" as outlets print it: 2024-10-26,
"Saturday, October 26, 2024 at 9:15 a.m.", 26.10.2024, 2024/10/26,
"17 de enero de 2025", "vendredi 15 novembre 2024"; one
that is no date is a warning, and the article is read undated); .html
and .htm are saved web pages, read for their
main text and for the title, date, outlet and canonical URL in their
metadata; .jsonl and .ndjson hold one article a line, a JSON object with
"text" and optionally "id", "url", "title", "published" (RFC 3339 or
YYYY-MM-DD) and "source". A directory is read recursively; files in it
whose extension is no article's (.md, .tsv, .csv, .json, ...) are passed
over with a note, unless --input-format is given. An article is named by
its id or URL where it has one, else by its file's name ("-" is named by
--name); a bad line of a JSON Lines file is named by file and line, and
the other lines still load.`

func (o *inputOptions) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.format, "input-format", "", "read every source as txt, html or jsonl (default by extension)")
	cmd.Flags().StringVar(&o.name, "name", "", "name the article read from - (default "+ingest.StdinName+")")
	cmd.RegisterFlagCompletionFunc("input-format", completeWith("txt", "html", "jsonl"))
}

// sourceOptions checks the flags and turns them into ingest's options;
// the files a directory walk passes over are noted on stderr.
func (o *inputOptions) sourceOptions(stderr io.Writer) (ingest.SourceOptions, error) {
	opts := ingest.SourceOptions{StdinName: o.name, Passed: func(path string) {
		fmt.Fprintf(stderr, "entente: %s: passed over: not an article's extension (name the file, or give --input-format, to read it)\n", path)
	}}
	if o.format != "" {
		f, err := source.ParseFormat(o.format)
		if err != nil {
			return opts, usageError{err}
		}
		opts.Format = f
	}
	return opts, nil
}
