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
}

// loadFurniture reads furniture.tsv: kind, text.
func loadFurniture(fsys fs.FS) (*furniture, error) {
	f := &furniture{}
	err := readTable(fsys, furnitureFile, 2, 2, func(cols []string) error {
		k := furnitureKind(cols[0])
		text := strings.ReplaceAll(cols[1], `\s`, " ")
		switch k {
		case dropPrefix, dropExact, dropContains, stopPrefix, stopHeading, section:
			f.rules = append(f.rules, furnitureRule{k, text})
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

// line is one line of an article kept for reading.
type line struct {
	text string
	// first is true for the first kept line, the headline.
	first bool
}

// lines splits text into the lines that belong to the article, dropping
// page furniture.
func (f *furniture) lines(text string) []line {
	var out []line
	bullets := false // inside a section of bulleted links
	for rest := text; rest != ""; {
		var l string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			l, rest = rest, ""
		}
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		key := strings.TrimLeftFunc(l, func(r rune) bool { return unicode.IsDigit(r) })
		if bullets {
			if isBullet(key) {
				continue
			}
			bullets = false
		}
		switch f.classify(key) {
		case dropPrefix:
			continue
		case stopPrefix:
			return out
		case section:
			bullets = true
			continue
		}
		out = append(out, line{text: l, first: len(out) == 0})
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

// isBullet reports whether a line starts with a list bullet.
func isBullet(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return r == '•' || r == '*' || r == '·' || r == '▪'
}

// maxDatelineLen bounds how far into a line a dateline may reach.
const maxDatelineLen = 80

// splitDateline cuts a leading dateline ("MOSCOW, December 29. /TASS/.")
// off l and returns it and the rest. A dateline starts with a word in
// capitals and ends with one of the dateline-end texts.
func (f *furniture) splitDateline(l string) (dateline, rest string) {
	first := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(first) == 0 || len([]rune(first[0])) < 3 || !isAcronym(first[0]) || !strings.HasPrefix(l, first[0]) {
		return "", l
	}
	for _, end := range f.datelines {
		i := strings.Index(l, end)
		if i < 0 || i > maxDatelineLen {
			continue
		}
		return l[:i+len(end)], strings.TrimSpace(l[i+len(end):])
	}
	return "", l
}
