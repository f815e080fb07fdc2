// Package loaders turns news articles into Entente's domain: it reads the
// plain text of an article and extracts the entities it mentions and the
// facts it states about them (graph.Document). What the extractor knows of
// the world — entity names, titles, verb patterns, page furniture — is data
// read from the lexicon (data.Lexicon); this package holds the mechanisms.
//
// An article goes through these stages, each in its own files:
//
//   - lexicon: lexicon.go reads the word classes and sets, catalog.go the
//     entities, titles.go the offices, patterns.go the relation patterns;
//     extractor.go builds the Extractor from them.
//   - sentences and furniture: furniture.go drops page furniture and finds
//     the dateline, dates.go the date, tokens.go and sentences.go split the
//     text into tokens and sentences (article.go runs the stages).
//   - actors: mentions.go finds the names the catalog knows, discovery.go
//     the people and bodies it does not, agreements.go the deals named by
//     description; actors.go and named.go read each
//     name with what qualifies it, titled.go, appositives.go and
//     counterparts.go the people named by an office. The offices they state
//     go into the roster (roster.go).
//   - references: references.go and antecedents.go give pronouns, offices
//     and groups the entities they refer back to, from the discourse state
//     (what the article said before) and the roster.
//   - relations: items.go lays a sentence out as actors and words,
//     clauses.go builds the simpler views of it, relations.go applies the
//     patterns (patterns.go) to each view; events.go keeps the attacks an
//     article states and their authors, for the reactions to them;
//     summaries.go reads a reaction to a deed that a noun apposed to its
//     clause names ("X closed the border, a move Y condemned").
//   - filters: hedges.go voids a match that is denied or uncertain.
//   - facts: facts.go records the facts with the pattern or reading that
//     found them, keeps one per triple and sentence, and settles contacts;
//     bodynames.go names each body the catalog names by a world template
//     as the article names it; explain.go shows how a sentence was read.
package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/data"
	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders/when"
	"github.com/entente/entente/loaders/world"
)

// ErrNotText is returned, wrapped, by Extract for input that is not plain
// text: invalid UTF-8 or control bytes such as NUL.
var ErrNotText = errors.New("not plain text")

// Extractor extracts documents from articles. It is built once from a
// lexicon and is safe for concurrent use by multiple goroutines: Extract
// keeps its state per call.
type Extractor struct {
	catalog   *catalog
	words     *wordClasses
	patterns  []*pattern
	furniture *furniture
	// standing are the facts of the catalog (see Standing).
	standing []graph.Fact
	// vocab holds what the lexicon knows of each word, so that a token
	// is looked up once.
	vocab map[string]*wordInfo
	// lex joins, for annotate, each word's vocab entry and its word sets
	// (words.sets): one lookup a token instead of two.
	lex map[string]lexWord
}

// lexWord is what annotate attaches to a token of the word: its wordInfo,
// nil for a word vocab lacks, and its sets.
type lexWord struct {
	info *wordInfo
	sets setBits
}

// wordInfo is what the lexicon knows of one word: the word classes it
// belongs to and the aliases, titles and pattern elements it may start.
type wordInfo struct {
	classes, phrases uint64
	aliases          []phraseValue[[]*alias]
	titles           []phraseValue[title]
	// patterns lists the required pattern elements the word can match: a
	// pattern is only tried on a sentence with a word for each of them.
	patterns []patternElem
	// givenOnly marks a word the lexicon knows only as the given name of
	// catalog people ("Michel" of "Michel Aoun"): where their names do not
	// match, it is a name's word as much as one the lexicon does not know
	// (see givenNameOnly).
	givenOnly bool
}

// patternElem names a required element of a pattern: the pattern's index
// and the element's bit.
type patternElem struct {
	pattern int
	bit     uint64
}

// New builds an extractor from the embedded lexicon (data.Lexicon). It
// returns an error naming the file and line of a malformed lexicon entry.
func New() (*Extractor, error) {
	return NewFromFS(data.Lexicon)
}

// NewFromFS builds an extractor from the lexicon files under "lexicon/" in
// fsys.
func NewFromFS(fsys fs.FS) (*Extractor, error) {
	x := &Extractor{}
	var err error
	if x.catalog, err = loadCatalog(fsys); err != nil {
		return nil, err
	}
	titles, err := loadTitles(fsys)
	if err != nil {
		return nil, err
	}
	if x.words, err = loadWords(fsys); err != nil {
		return nil, err
	}
	w, err := world.Load()
	if err != nil {
		return nil, err
	}
	err = x.catalog.addWorld(w, func(word string) bool {
		return x.words.bits[word].single&(1<<classGivenName) != 0
	})
	if err != nil {
		return nil, err
	}
	if err := x.catalog.linkTheatres(); err != nil {
		return nil, err
	}
	for _, e := range x.catalog.byName {
		e.names = nameWordsOf(e)
	}
	typed, err := x.catalog.loadStanding(fsys)
	if err != nil {
		return nil, err
	}
	x.standing = x.catalog.standing(typed)
	if x.patterns, err = loadPatterns(fsys); err != nil {
		return nil, err
	}
	if x.furniture, err = loadFurniture(fsys); err != nil {
		return nil, err
	}
	x.vocab = make(map[string]*wordInfo)
	info := func(w string) *wordInfo {
		in := x.vocab[w]
		if in == nil {
			in = &wordInfo{}
			x.vocab[w] = in
		}
		return in
	}
	for w, b := range x.words.bits {
		in := info(w)
		in.classes, in.phrases = b.single, b.first
	}
	for w, l := range x.catalog.aliases.byFirst {
		info(w).aliases = l
	}
	for w, l := range titles.byFirst {
		info(w).titles = l
	}
	for i, p := range x.patterns {
		p.firstWords(func(bit uint64, w string) {
			in := info(w)
			in.patterns = append(in.patterns, patternElem{i, bit})
		})
	}
	for w, in := range x.vocab {
		in.givenOnly = x.givenNameOnly(w, in)
	}
	x.lex = make(map[string]lexWord, len(x.vocab))
	for w, in := range x.vocab {
		x.lex[w] = lexWord{info: in, sets: x.words.sets[w]}
	}
	for w, b := range x.words.sets {
		if x.vocab[w] == nil {
			x.lex[w] = lexWord{sets: b}
		}
	}
	return x, nil
}

// givenNameOnly reports whether the lexicon knows the word w only as the
// first word of the names of catalog people, their given name: no class,
// set, title or pattern, and every alias it opens is a person's name of
// two words or more, whose canonical name starts with it too ("Jean" of
// "Jean-Yves Le Drian").
func (x *Extractor) givenNameOnly(w string, in *wordInfo) bool {
	if len(in.aliases) == 0 || in.classes != 0 || in.phrases != 0 || len(in.titles) > 0 || len(in.patterns) > 0 || x.words.sets[w] != (setBits{}) {
		return false
	}
	for _, pv := range in.aliases {
		if len(pv.keys) < 2 {
			return false
		}
		for _, al := range pv.value {
			if al.entry.typ != graph.Person || al.kind != aliasName || !strings.HasPrefix(foldWord(al.entry.name), w) {
				return false
			}
		}
	}
	return true
}

// annotate attaches to each token what the lexicon knows of its word.
func (x *Extractor) annotate(toks []token) []token {
	for i := range toks {
		l := x.lex[toks[i].fold]
		toks[i].sets = l.sets
		if in := l.info; in != nil {
			toks[i].info = in
			toks[i].classes, toks[i].phrases = in.classes, in.phrases
		}
	}
	for i := range toks {
		// "On May 1", "May 19", "in May": a month, no hedge (the modal
		// is capitalised only where a sentence starts).
		if t := &toks[i]; t.is(classHedge) && isMonth(*t) && !t.upper && (i+1 < len(toks) && isNumber(toks[i+1].text) || i > 0 && isNumber(toks[i-1].text) || t.cap && i > 0 && toks[i-1].word) {
			t.classes &^= 1 << classHedge
		}
	}
	return toks
}

// Extract reads one plain-text article; name is the file's base name and
// becomes Article.Name. It returns an error wrapping ErrNotText for input
// that is not text; the error does not repeat the name, which the caller
// knows better (as a path, say).
func (x *Extractor) Extract(name string, text []byte) (graph.Document, error) {
	return x.ExtractDated(name, text, "")
}

// ExtractDated is Extract for an article whose date the source gives
// apart from its text (a header's "Date:" line, a page's metadata), as
// YYYY-MM-DD, or "" when it gives none. The extractor reads the text
// knowing that date, as it would one its dateline gives: a deal or an
// exchange dated to an earlier year is history ("the 2018 peace deal" in
// a report of 2023), which a later "the deal" does not name.
func (x *Extractor) ExtractDated(name string, text []byte, date string) (graph.Document, error) {
	if err := checkText(text); err != nil {
		return graph.Document{}, err
	}
	sum := sha256.Sum256(text)
	a := newArticle(x)
	if _, err := time.Parse("2006-01-02", date); err == nil {
		// A day, not "2014/05/02" or ten characters of anything.
		a.date = date
	}
	a.read(string(text))
	doc := graph.Document{
		Article: graph.Article{Name: name, Title: a.title, Date: a.date, Hash: hex.EncodeToString(sum[:])},
	}
	doc.Entities = a.cast.entities()
	doc.Facts = a.facts.sorted()
	DateEvents(&doc)
	a.release()
	return doc, nil
}

// checkText rejects invalid UTF-8 and control characters other than white space.
func checkText(text []byte) error {
	if !utf8.Valid(text) {
		return fmt.Errorf("%w: invalid UTF-8", ErrNotText)
	}
	// A control character is one byte, and in valid UTF-8 no byte of a
	// longer character is below 0x20: the bytes are read one by one.
	for i, c := range text {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			return fmt.Errorf("%w: control byte %#x at offset %d", ErrNotText, c, i)
		}
	}
	return nil
}

// DateEvents gives each fact of doc the date its sentence gives for the
// event ("on Sunday", "last week", "in 2014"), resolved against the
// article's date (doc.Article.Date, YYYY-MM-DD, or "" when unknown).
// Extract calls it; call it again when the article's date comes from
// elsewhere, such as the source's metadata.
func DateEvents(doc *graph.Document) {
	var ref when.Date
	if doc.Article.Date != "" {
		ref, _ = when.Parse(doc.Article.Date)
	}
	// A sentence states several facts: read its date once.
	dates := make(map[string]string)
	for i := range doc.Facts {
		ev := doc.Facts[i].Evidence
		d, ok := dates[ev]
		if !ok {
			d = when.First(ev, ref).String()
			dates[ev] = d
		}
		doc.Facts[i].Date = d
	}
}
