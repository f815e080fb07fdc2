// Package data carries what Entente ships with: the bundled articles, the
// default corpus of 'make run', and the lexicon the extractor reads (entity
// catalog, titles, verb patterns). Both are embedded so the binary works
// from any directory.
package data

import "embed"

// Articles holds the bundled articles under "articles/".
//
//go:embed articles/*.txt
var Articles embed.FS

// Lexicon holds the extractor's knowledge of the world under "lexicon/":
// the entity catalog and the pattern tables. See loaders for the formats.
//
//go:embed lexicon
var Lexicon embed.FS
