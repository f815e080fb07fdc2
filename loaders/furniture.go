package loaders

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// furnitureKind says what a furniture rule does with a matching line.
type furnitureKind string

// The kinds of furniture.tsv.
const (
	dropPrefix   furnitureKind = "drop-prefix"   // drop a line starting with the text
	dropExact    furnitureKind = "drop-exact"    // drop a line that is the text
	dropContains furnitureKind = "drop-contains" // drop a line containing the text
	stopPrefix   furnitureKind = "stop-prefix"   // drop the line and the rest of the article
	stopHeading  furnitureKind = "stop-heading"  // the same, for a short heading line only
	section      furnitureKind = "section"       // drop the line and the bullet lines after it
	datelineEnd  furnitureKind = "dateline-end"  // what ends a dateline: "/TASS/.", "(IRNA) --"
	dropCredit   furnitureKind = "drop-credit"   // strip the parenthesis that ends with the text: "(photo via AFP)"
)

// furnitureRule is one line of furniture.tsv.
type furnitureRule struct {
	kind furnitureKind
	text string
}

// furniture recognises the lines of a page that are not the article.
type furniture struct {
	rules     []furnitureRule
	datelines []string
	// credits end the parenthesised photo credits stripped from a line,
	// which keeps the rest: "attacked positions (pictured via Reuters)
	// on Tuesday".
	credits []string
}

// stripCredits removes from l each parenthesis that ends with a credit.
func (f *furniture) stripCredits(l string) string {
	for _, c := range f.credits {
		for {
			end := strings.Index(l, c)
			if end < 0 {
				break
			}
			open := strings.LastIndexByte(l[:end], '(')
			if open < 0 {
				break
			}
			l = strings.TrimSpace(strings.TrimRight(l[:open], " ") + l[end+len(c):])
		}
	}
	return l
}

// loadFurniture reads furniture.tsv: kind, text.
func loadFurniture(fsys fs.FS) (*furniture, error) {
	f := &furniture{}
	err := readTable(fsys, furnitureFile, 2, 2, func(_ int, cols []string) error {
		k := furnitureKind(cols[0])
		text := strings.ReplaceAll(cols[1], `\s`, " ")
		switch k {
		case dropPrefix, dropExact, dropContains, stopPrefix, stopHeading, section:
			f.rules = append(f.rules, furnitureRule{k, text})
		case dropCredit:
			f.credits = append(f.credits, text)
		case datelineEnd:
			f.datelines = append(f.datelines, text)
		default:
			return fmt.Errorf("unknown furniture kind %q", cols[0])
		}
		return nil
	})
	return f, err
}

// maxHeadingWords bounds the length of a line a stop-heading rule applies to.
const maxHeadingWords = 6

// lines splits text into the lines that belong to the article, dropping
// page furniture.
func (f *furniture) lines(text string) []string {
	return f.split(text, nil)
}

// split is lines, calling dropped, when it is not nil, with each line left
// out as furniture and the reason.
func (f *furniture) split(text string, dropped func(line, why string)) []string {
	drop := func(l, why string) {
		if dropped != nil {
			dropped(l, why)
		}
	}
	var out []string
	bullets := false // inside a section of bulleted links
	blank := true    // the previous line was blank
	for rest := text; rest != ""; {
		var l string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			l, rest = rest, ""
		}
		l = strings.TrimSpace(l)
		if l == "" {
			blank = true
			continue
		}
		if orig := l; len(f.credits) > 0 {
			if l = f.stripCredits(l); l == "" {
				drop(orig, "photo credit")
				blank = true
				continue
			}
		}
		wrapped := !blank && len(out) > 0 && continues(out[len(out)-1], l)
		blank = false
		if wrapped {
			// A paragraph wrapped over several lines is one line.
			out[len(out)-1] += " " + l
			continue
		}
		key := strings.TrimLeftFunc(l, func(r rune) bool { return unicode.IsDigit(r) })
		if bullets {
			if isBullet(key) {
				drop(l, "link under a section heading")
				continue
			}
			bullets = false
		}
		switch f.classify(key) {
		case dropPrefix:
			drop(l, "furniture")
			continue
		case stopPrefix:
			drop(l, "end of the article")
			if dropped != nil {
				for _, r := range strings.Split(rest, "\n") {
					if r = strings.TrimSpace(r); r != "" {
						drop(r, "after the end of the article")
					}
				}
			}
			return out
		case section:
			drop(l, "section heading")
			bullets = true
			continue
		}
		out = append(out, l)
	}
	return out
}

// classify returns the action for the line key: dropPrefix for any kind of
// drop, stopPrefix for the end of the article, section, or "".
func (f *furniture) classify(key string) furnitureKind {
	for _, r := range f.rules {
		switch r.kind {
		case dropPrefix:
			if strings.HasPrefix(key, r.text) {
				return dropPrefix
			}
		case dropExact:
			if key == r.text {
				return dropPrefix
			}
		case dropContains:
			if strings.Contains(key, r.text) {
				return dropPrefix
			}
		case stopPrefix:
			if strings.HasPrefix(key, r.text) {
				return stopPrefix
			}
		case stopHeading:
			if strings.HasPrefix(key, r.text) && len(strings.Fields(key)) <= maxHeadingWords {
				return stopPrefix
			}
		case section:
			if key == r.text {
				return section
			}
		}
	}
	return ""
}

// continues reports whether next continues the sentence prev breaks off:
// prev has no final stop and next starts in lower case.
func continues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(first) && !strings.ContainsRune(".!?:\"”’)", last)
}

// isBullet reports whether a line starts with a list bullet.
func isBullet(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return r == '•' || r == '*' || r == '·' || r == '▪'
}

// maxDatelineLen bounds how far into a line a dateline may reach.
const maxDatelineLen = 80

// maxPlainDateline bounds a dateline whose place is not in capitals:
// "Tehran, IRNA --".
const maxPlainDateline = 5

// splitDateline cuts a leading dateline ("MOSCOW, December 29. /TASS/.")
// off l and returns it and the rest. A dateline starts with a word in
// capitals and ends with one of the dateline-end texts; a short one may
// start with a capitalised word and a comma ("Tehran, IRNA --"), which on
// the first line must be followed by an agency alone.
func (f *furniture) splitDateline(l string, headline bool) (dateline, rest string) {
	end := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(l)
	}
	first := l[:end]
	if utf8.RuneCountInString(first) < 3 {
		return "", l
	}
	caps := isAcronym(first)
	if r, _ := utf8.DecodeRuneInString(first); !caps && (!unicode.IsUpper(r) || !strings.HasPrefix(l[end:], ",")) {
		return "", l
	}
	for _, de := range f.datelines {
		i := strings.Index(l, de)
		if i < 0 || i > maxDatelineLen || (!caps && len(strings.Fields(l[:i])) > maxPlainDateline) {
			continue
		}
		if !caps && headline && (i <= end || !isAcronym(strings.TrimSpace(l[end+1:i]))) {
			// On the first line, where a headline may read "Moscow,
			// Kyiv trade blame - report", the place must be followed by
			// an agency alone: "Damascus, IRNA --".
			continue
		}
		return l[:i+len(de)], strings.TrimSpace(l[i+len(de):])
	}
	if end := agencyDash(l); end > 0 && caps {
		return l[:end], strings.TrimSpace(l[end:])
	}
	return "", l
}

// agencyDash returns the end of a dateline closed by an agency's name in
// parentheses and a dash, "TEHRAN, Jan. 23 (MNA) –", or 0.
func agencyDash(l string) int {
	open := strings.IndexByte(l, '(')
	if open < 0 || open > maxDatelineLen {
		return 0
	}
	shut := strings.IndexByte(l[open:], ')')
	if shut < 2 || shut > 24 {
		return 0
	}
	rest := l[open+shut+1:]
	trimmed := strings.TrimLeft(rest, " ")
	for _, dash := range []string{"--", "-", "–", "—"} {
		if strings.HasPrefix(trimmed, dash) {
			return len(l) - len(trimmed) + len(dash)
		}
	}
	return 0
}
