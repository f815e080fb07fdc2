package main

import (
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
.txt (and anything else) is plain text, which may open with a header block
of "Title:", "Date:", "Source:" and "URL:" lines ended by a blank line;
.html and .htm are saved web pages, read for their main text and for the
title, date, outlet and canonical URL in their metadata; .jsonl and
.ndjson hold one article a line, a JSON object with "text" and optionally
"id", "url", "title", "published" (RFC 3339 or YYYY-MM-DD) and "source".
An article is named by its id or URL where it has one, else by its file's
name ("-" is named by --name); a bad line of a JSON Lines file is named by
file and line, and the other lines still load.`

func (o *inputOptions) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.format, "input-format", "", "read every source as txt, html or jsonl (default by extension)")
	cmd.Flags().StringVar(&o.name, "name", "", "name the article read from - (default "+ingest.StdinName+")")
	cmd.RegisterFlagCompletionFunc("input-format", completeWith("txt", "html", "jsonl"))
}

// sourceOptions checks the flags and turns them into ingest's options.
func (o *inputOptions) sourceOptions() (ingest.SourceOptions, error) {
	opts := ingest.SourceOptions{StdinName: o.name}
	if o.format != "" {
		f, err := source.ParseFormat(o.format)
		if err != nil {
			return opts, usageError{err}
		}
		opts.Format = f
	}
	return opts, nil
}
