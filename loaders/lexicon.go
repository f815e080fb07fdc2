package loaders

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// The files of the lexicon, relative to the root of the lexicon file system.
// Their formats are documented in data/lexicon/README.md.
const (
	catalogFile   = "lexicon/catalog.tsv"
	demonymFile   = "lexicon/demonyms.tsv"
	titleFile     = "lexicon/titles.tsv"
	wordFile      = "lexicon/words.tsv"
	patternFile   = "lexicon/patterns.tsv"
	furnitureFile = "lexicon/furniture.tsv"
)

// lexiconError names the file and line of a malformed lexicon entry.
type lexiconError struct {
	File string
	Line int
	Err  error
}

func (e *lexiconError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *lexiconError) Unwrap() error { return e.Err }

// readTable calls fn for every data line of the tab-separated file path
// with its line number: blank lines and lines starting with '#' are
// skipped, and each line must have between minCols and maxCols columns. An
// error from fn is reported with the file and line.
func readTable(fsys fs.FS, path string, minCols, maxCols int, fn func(line int, cols []string) error) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		for len(cols) > minCols && cols[len(cols)-1] == "" {
			cols = cols[:len(cols)-1]
		}
		if len(cols) < minCols || len(cols) > maxCols {
			return &lexiconError{path, n, fmt.Errorf("want %d to %d tab-separated columns, have %d", minCols, maxCols, len(cols))}
		}
		if err := fn(n, cols); err != nil {
			return &lexiconError{path, n, err}
		}
	}
	return sc.Err()
}

// phrase is a lexicon phrase as a sequence of fold keys.
type phrase []string

// parsePhrase folds a lexicon phrase into its keys.
func parsePhrase(s string) (phrase, error) {
	var p phrase
	for _, t := range tokenize(s) {
		p = append(p, t.fold)
	}
	if len(p) == 0 {
		return nil, fmt.Errorf("empty phrase %q", s)
	}
	return p, nil
}

// phraseSet finds the longest of a set of phrases at a position in a
// token sequence; each phrase may carry a value.
type phraseSet[V any] struct {
	byFirst map[string][]phraseValue[V]
}

type phraseValue[V any] struct {
	keys  phrase
	value V
}

func newPhraseSet[V any]() *phraseSet[V] {
	return &phraseSet[V]{byFirst: make(map[string][]phraseValue[V])}
}

// add records p with value v.
func (s *phraseSet[V]) add(p phrase, v V) {
	l := append(s.byFirst[p[0]], phraseValue[V]{p, v})
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].keys) > len(l[j].keys) })
	s.byFirst[p[0]] = l
}

// match returns the value and length of the longest phrase starting at
// toks[i], or n == 0.
func (s *phraseSet[V]) match(toks []token, i int) (v V, n int) {
	if s == nil || i >= len(toks) {
		return v, 0
	}
	for _, c := range s.byFirst[toks[i].fold] {
		if hasKeys(toks, i, c.keys) {
			return c.value, len(c.keys)
		}
	}
	return v, 0
}

// hasKeys reports whether toks[i:] starts with keys.
func hasKeys(toks []token, i int, keys phrase) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for k, key := range keys {
		if toks[i+k].fold != key {
			return false
		}
	}
	return true
}

// wordClass names a word list of words.tsv.
type wordClass int

// The word classes the extractor uses; wordClassNames gives their names in
// words.tsv.
const (
	classRank           wordClass = iota // honorifics and ranks between a title and a name
	classGroupNoun                       // nouns that make a demonym an actor: "Russian forces"
	classOrgHead                         // last words of an organization's name: "Council"
	classStopword                        // capitalised words that never start a name
	classAbbreviation                    // words whose full stop does not end a sentence
	classNegation                        // words that deny a relation
	classHedge                           // words that make a relation uncertain or planned
	classHedgeExempt                     // words after "will" that keep a statement factual
	classSentenceHedge                   // words that void every relation of a sentence
	classDeterminer                      // words invisible to relation patterns
	classDescriptor                      // nouns that introduce a named body: "the Lebanese group"
	classCounterpart                     // "counterpart"
	classPersonRef                       // pronouns naming a person: "he"
	classPossRef                         // possessive pronouns: "his", "its"
	classPairCountry                     // "both countries": the last two states named
	classPairPerson                      // "the two leaders": the last two people named
	classPairParty                       // "the two sides": the last two people or states named
	classNameParticle                    // lower-case parts of names: "al", "bin", "de"
	classCoordinator                     // words joining a list of actors: "and"
	classRelative                        // relative pronouns: ", which backs"
	classLocative                        // prepositions that make a state a place: "in Syria"
	classModifierPrefix                  // prefixes that make a name a modifier: "anti-Assad rebels"
	classOpener                          // words that start sentences, not names: "The", "He"
	classPostNegation                    // words after a relation that deny it: "..., Moscow denied"
	classTitleAdjective                  // words between a qualifier and a title: "senior", "top"
	classMotion                          // verbs after which "to" names a place: "deployed forces to Syria"
	classClauseBreak                     // words after a comma that start a new clause: "but", "while"
	classReporting                       // words that open a reported clause: "said", "that"
	classGroupRef                        // "the three countries", "the guarantors": the last group named
	classPersonNoun                      // "the Iranian official": the last person of that state
	classSpeakerRef                      // "we", "our forces" in a quotation: the speaker's side
	classAdjunct                         // phrases whose subject is the clause's: ", in coordination with"
	classGivenName                       // common given names: "Ahmad Kuzbari" is a person without a title
	numWordClasses
)

var wordClassNames = [numWordClasses]string{
	"rank", "group-noun", "org-head", "stopword", "abbreviation", "negation",
	"hedge", "hedge-exempt", "sentence-hedge", "determiner", "descriptor",
	"counterpart", "person-ref", "poss-ref", "pair-country", "pair-person", "pair-party",
	"name-particle", "coordinator", "relative", "locative", "modifier-prefix", "opener",
	"post-negation", "title-adjective", "motion", "clause-break", "reporting",
	"group-ref", "person-noun", "speaker-ref", "adjunct", "given-name",
}

// wordClasses are the word lists of words.tsv. Single words are looked up
// in one map holding a bit per class; phrases by their first word.
type wordClasses struct {
	// bits has, for each word, the classes it belongs to alone and the
	// classes with a phrase of several words starting with it.
	bits    map[string]wordBits
	phrases [numWordClasses]*phraseSet[struct{}]
}

type wordBits struct{ single, first uint64 }

// has returns the length of the longest phrase of class c at toks[i], or 0.
func (w *wordClasses) has(c wordClass, toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if toks[i].phrases&(1<<c) != 0 {
		if _, n := w.phrases[c].match(toks, i); n > 0 {
			return n
		}
	}
	if toks[i].is(c) {
		return 1
	}
	return 0
}

// loadWords reads words.tsv: class, word or phrase.
func loadWords(fsys fs.FS) (*wordClasses, error) {
	w := &wordClasses{bits: make(map[string]wordBits)}
	byName := make(map[string]wordClass, numWordClasses)
	for c, n := range wordClassNames {
		byName[n] = wordClass(c)
		w.phrases[c] = newPhraseSet[struct{}]()
	}
	err := readTable(fsys, wordFile, 2, 2, func(_ int, cols []string) error {
		c, ok := byName[cols[0]]
		if !ok {
			return fmt.Errorf("unknown word class %q", cols[0])
		}
		p, err := parsePhrase(cols[1])
		if err != nil {
			return err
		}
		b := w.bits[p[0]]
		if len(p) == 1 {
			b.single |= 1 << c
		} else {
			b.first |= 1 << c
			w.phrases[c].add(p, struct{}{})
		}
		w.bits[p[0]] = b
		return nil
	})
	return w, err
}
