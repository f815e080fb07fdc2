package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a line.
type token struct {
	// text is the token as written; fold is its matching key: lower case,
	// without diacritics, with typographic apostrophes made plain.
	text, fold string
	// start and end are byte offsets of the token in its line.
	start, end int
	word       bool // a word, number or acronym rather than punctuation
	cap        bool // the first letter is upper case
	upper      bool // every letter is upper case (an acronym or a shouted word)
	hyphen     bool // glued to the previous token by a hyphen: "Western-backed"
	space      bool // preceded by white space
	// info is what the lexicon knows of the word, nil for an unknown
	// word; classes has a bit for each word class the token belongs to
	// alone, phrases for each class with a longer phrase starting with
	// it; sets has a bit for each word set holding the word. All are set
	// by Extractor.annotate.
	info             *wordInfo
	classes, phrases uint64
	sets             setBits
}

// is reports whether the token belongs to word class c.
func (t *token) is(c wordClass) bool { return t.classes&(1<<c) != 0 }

// in reports whether the token's word is in the word set c.
func (t *token) in(c wordSet) bool { return t.sets.has(c) }

// anyIn reports whether a token of toks is in the word set c.
func anyIn(toks []token, c wordSet) bool {
	for i := range toks {
		if toks[i].in(c) {
			return true
		}
	}
	return false
}

// isApostrophe reports whether r is a straight or typographic apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// isWordRune reports whether r may be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits one line into tokens. Hyphens inside words are not tokens
// but mark the next part; "'s" and a plural's bare apostrophe become a
// possessive token "'s"; dotted acronyms such as "U.S." stay one token.
func tokenize(line string) []token {
	return tokenizeInto(make([]token, 0, len(line)/5+1), line)
}

// tokenizeInto is tokenize appending the line's tokens to toks, which
// holds no token yet (an article's arena, see article.lineTokens): about
// one token in five bytes of news text.
func tokenizeInto(toks []token, line string) []token {
	// folds holds the folds of the line's ASCII words that differ from
	// their text, one after another (foldASCII).
	var folds strings.Builder
	space, hyphen := true, false
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case unicode.IsSpace(r):
			space, hyphen = true, false
			i += n
		case r == '[' || r == ']':
			// Editorial brackets, "Mr. [Turkish President Recep Tayyip]
			// Erdogan", are read through.
			i += n
		case isWordRune(r):
			end := scanWord(line, i)
			toks = append(toks, newWord(line, i, end, space, hyphen, &folds))
			space, hyphen = false, false
			i = end
		case isApostrophe(r) && len(toks) > 0 && !space:
			// A possessive or a contraction glued to the previous word.
			j := i + n
			k := j
			for k < len(line) {
				r2, n2 := utf8.DecodeRuneInString(line[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += n2
			}
			switch {
			case k > j && strings.EqualFold(line[j:k], "s"):
				toks = append(toks, token{text: line[i:k], fold: "'s", start: i, end: k, word: true})
				i = k
			case k > j && toks[len(toks)-1].cap && toks[len(toks)-1].word && !contraction(line[j:k]):
				// "Ta'ang", "Sana'a", "O'Brien": one name.
				prev := &toks[len(toks)-1]
				*prev = newWord(line, prev.start, k, prev.space, prev.hyphen, &folds)
				prev.fold = apostrophes.Replace(prev.fold)
				i = k
			case k > j:
				toks = append(toks, token{text: line[i:k], fold: "'" + foldWord(line[j:k]), start: i, end: k, word: true})
				i = k
			case strings.HasSuffix(toks[len(toks)-1].fold, "s"):
				toks = append(toks, token{text: line[i:j], fold: "'s", start: i, end: j, word: true})
				i = j
			case toks[len(toks)-1].cap && toks[len(toks)-1].word && particleFollows(line[j:]):
				// "Mohammed Shia' al-Sudani": a transliterated ayn or
				// hamza ends a name's part before its next particle.
				prev := &toks[len(toks)-1]
				*prev = newWord(line, prev.start, j, prev.space, prev.hyphen, &folds)
				prev.fold = apostrophes.Replace(prev.fold)
				i = j
			default:
				toks = append(toks, token{text: line[i:j], fold: "'", start: i, end: j})
				i = j
			}
			space, hyphen = false, false
		case (r == '-' || r == '‑' || r == '–') && !space && len(toks) > 0 && toks[len(toks)-1].word && i+n < len(line):
			// An en dash set between two words is typed for a hyphen:
			// "the Sudan Liberation Movement–Transitional Council".
			r2, _ := utf8.DecodeRuneInString(line[i+n:])
			if isWordRune(r2) {
				hyphen = true
				i += n
				continue
			}
			toks = append(toks, token{text: line[i : i+n], fold: "-", start: i, end: i + n, space: space})
			space, hyphen = false, false
			i += n
		default:
			f := line[i : i+n]
			switch r {
			case '“', '”', '„', '«', '»':
				f = `"`
			case '‘', '’':
				f = "'"
			case '—', '–', '―':
				f = "--"
			}
			toks = append(toks, token{text: line[i : i+n], fold: f, start: i, end: i + n, space: space})
			space, hyphen = false, false
			i += n
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i. A single letter
// followed by a dot and another letter-dot pair is a dotted acronym
// ("U.S.", "U.N."), kept whole.
func scanWord(line string, i int) int {
	if end, ok := scanAcronym(line, i); ok {
		return end
	}
	j := i
	for j < len(line) {
		if c := line[j]; c < utf8.RuneSelf {
			// ASCII: isWordRune holds for letters and digits alone.
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(line[j:])
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return j
}

// scanAcronym recognises "U.S." and "U.N." style acronyms at i.
func scanAcronym(line string, i int) (int, bool) {
	j, letters := i, 0
	for j+1 < len(line) && line[j] < utf8.RuneSelf && unicode.IsUpper(rune(line[j])) && line[j+1] == '.' {
		j += 2
		letters++
	}
	if letters < 2 {
		return 0, false
	}
	return j, true
}

// newWord builds the word token line[start:end]; folds collects the
// folds of the line's words (foldASCII).
func newWord(line string, start, end int, space, hyphen bool, folds *strings.Builder) token {
	text := line[start:end]
	t := token{text: text, start: start, end: end, word: true, space: space, hyphen: hyphen}
	t.fold = foldASCII(text, folds, len(line)-start)
	if t.fold == "" {
		// A word of combining marks alone folds to nothing: keep it.
		t.fold = text
	}
	first, _ := utf8.DecodeRuneInString(text)
	t.cap = unicode.IsUpper(first)
	t.upper = t.cap
	if !t.cap {
		// Not upper either: no need to look for a lower-case letter.
		return t
	}
	for _, r := range text {
		if unicode.IsLower(r) {
			t.upper = false
			break
		}
	}
	return t
}

// foldASCII is foldWord(s), but an ASCII word with capitals or dots is
// folded into folds, grown to room bytes at its first use: a line's words
// share one allocation rather than one each. A string folds has returned
// stays as it is, since the builder only ever appends.
func foldASCII(s string, folds *strings.Builder, room int) string {
	ascii, same := foldNeed(s)
	switch {
	case !ascii:
		return foldWord(s)
	case same:
		return s
	}
	if folds.Cap() == 0 {
		folds.Grow(room)
	}
	start := folds.Len()
	writeFold(folds, s)
	return folds.String()[start:]
}

// foldNeed reports whether s is all ASCII, and whether it is its own fold
// (ASCII with no capital and no dot).
func foldNeed(s string) (ascii, same bool) {
	same = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if 'A' <= c && c <= 'Z' || c == '.' {
			same = false
		}
	}
	return true, same
}

// foldWord lowers s, strips its diacritics and the dots of acronyms.
func foldWord(s string) string {
	if _, same := foldNeed(s); same {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	writeFold(&b, s)
	return b.String()
}

// writeFold writes the fold of s to b (see foldWord).
func writeFold(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c < utf8.RuneSelf:
			b.WriteByte(c)
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			for _, d := range norm.NFKD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(unicode.ToLower(d))
				}
			}
			i += n - 1
		}
	}
}

// clean reports whether s has no white space to trim or collapse.
func clean(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
			prevSpace = false
			continue
		}
		space := c == ' '
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (space && prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// collapseSpace trims s and folds its runs of white space to one space.
func collapseSpace(s string) string {
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// particleFollows reports whether rest, the line after an apostrophe,
// goes on with a space and an Arabic name's particle ("al-", "el-", "bin",
// "ibn", "abu", "bint"): the apostrophe ends a part of the name.
func particleFollows(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if len(t) == len(rest) {
		return false
	}
	end := strings.IndexAny(t, " -")
	if end <= 0 {
		return false
	}
	switch strings.ToLower(t[:end]) {
	case "al", "el", "bin", "ibn", "abu", "bint":
		return true
	}
	return false
}

// contraction reports whether the letters after an apostrophe end an
// English contraction ("n't", "'re", "'ll") rather than continue a name.
func contraction(rest string) bool {
	switch strings.ToLower(rest) {
	case "t", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

// apostrophes makes the typographic apostrophes of a name plain.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")
