package world

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// key is the form under which surfaces are looked up: case, diacritics,
// dots, hyphens, the kind of apostrophe, runs of spaces and a leading
// "the" do not count, so "the U.S.", "US", "Côte d'Ivoire", "Cote
// D’Ivoire" and "Guinea Bissau" find their entries.
func key(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		// Decompose so that the marks of "ô" and "ș" can be dropped.
		s = norm.NFKD.String(s)
	}
	b := make([]byte, 0, len(s))
	space := true // at the start, as after a space: no leading space
	for _, r := range s {
		switch {
		case r == '.' || unicode.Is(unicode.Mn, r):
			continue
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			if !space {
				b = append(b, ' ')
			}
			space = true
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		space = false
	}
	if space && len(b) > 0 {
		b = b[:len(b)-1]
	}
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	return string(b)
}

// isAcronym reports whether a name is written in capitals only ("US",
// "U.S.", "DRC", "G7"): such a name is matched only by text in capitals,
// so that "us" or "who" in running text never name a state or a body.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// inCapitals reports whether text has letters and none in lower case.
func inCapitals(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// index maps keys to values, remembering which keys came from an acronym.
type index[T any] struct {
	m map[string]indexed[T]
}

type indexed[T any] struct {
	vals    []T
	acronym bool
}

func newIndex[T any]() *index[T] { return &index[T]{m: map[string]indexed[T]{}} }

// add files v under surface; a key already there keeps its values and
// gains v unless same reports it has it.
func (ix *index[T]) add(surface string, v T, same func(a, b T) bool) {
	k := key(surface)
	if k == "" {
		return
	}
	e, ok := ix.m[k]
	if !ok {
		e.acronym = isAcronym(surface)
	} else if !isAcronym(surface) {
		// A key that is also a plain name ("Chad") is no acronym.
		e.acronym = false
	}
	for _, x := range e.vals {
		if same(x, v) {
			ix.m[k] = e
			return
		}
	}
	e.vals = append(e.vals, v)
	ix.m[k] = e
}

// get returns the values filed under surface's key; an acronym's only
// when surface is in capitals, but for a leading "the" ("the UN").
func (ix *index[T]) get(surface string) []T {
	e, ok := ix.m[key(surface)]
	if !ok {
		return nil
	}
	if e.acronym {
		s := strings.TrimSpace(surface)
		if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
			s = s[4:]
		}
		if !inCapitals(s) {
			return nil
		}
	}
	return e.vals
}
