package when

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Find returns the date expressions in text, in order, resolved against
// ref, the date of the article that contains the text. Expressions that
// need a reference ("on Sunday", "last week", "on August 12") are left out
// when ref is not known to the day.
func Find(text string, ref Date) []Mention {
	return find(text, ref, false)
}

// First returns the first date that text gives, or the zero Date.
func First(text string, ref Date) Date {
	if ms := find(text, ref, true); len(ms) > 0 {
		return ms[0].Date
	}
	return Date{}
}

// find is Find, which stops at the first expression when first is set.
func find(text string, ref Date, first bool) []Mention {
	buf := tokenBufs.Get().(*[]token)
	defer func() {
		// A pooled token would keep the text alive.
		clear(*buf)
		tokenBufs.Put(buf)
	}()
	toks := tokenize(text, (*buf)[:0])
	*buf = toks
	var out []Mention
	for i := 0; i < len(toks); {
		d, n := match(toks, i, ref)
		if n == 0 {
			i++
			continue
		}
		start, end := toks[i].start, toks[i+n-1].end
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Date: d})
		if first {
			break
		}
		i += n
	}
	return out
}

type token struct {
	text       string // as written
	fold       string // lower case, a trailing full stop of an abbreviation kept apart
	start, end int
	word       bool // letters or digits, not punctuation
}

// tokenBufs holds token slices for find to reuse: the tokens of a text
// are read and dropped before the next, and a mention keeps none of them.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// tokenize splits text into words (runs of letters and digits) and single
// punctuation marks, with their byte offsets, appended to toks.
func tokenize(text string, toks []token) []token {
	if n := len(text)/5 + 4; cap(toks) < n {
		// About one token in five bytes of news text: one allocation
		// mostly.
		toks = make([]token, 0, n)
	}
	// The folds of ASCII words with capitals are written one after
	// another into one buffer, grown once to hold all that is left of
	// the text, so that it never moves and each fold is a slice of it:
	// one allocation a text rather than one a capitalised word.
	var folds strings.Builder
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					// ASCII: the letters and digits are these.
					if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
						j++
						continue
					}
					break
				}
				r, s := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				j += s
			}
			toks = append(toks, token{text: text[i:j], fold: lower(text[i:j], &folds, len(text)-i), start: i, end: j, word: true})
			i = j
		default:
			toks = append(toks, token{text: text[i : i+size], fold: text[i : i+size], start: i, end: i + size})
			i += size
		}
	}
	return toks
}

// lower returns strings.ToLower(w). An ASCII word with capitals is
// lowered into folds, grown first to room bytes when empty (room bounds
// what the caller will ever write to it, so its bytes never move).
func lower(w string, folds *strings.Builder, room int) string {
	upper := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	if folds.Cap() == 0 {
		folds.Grow(room)
	}
	start := folds.Len()
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		folds.WriteByte(c)
	}
	return folds.String()[start:]
}

// match reads a date expression that starts at toks[i] and returns it with
// the number of tokens it spans, or 0 tokens.
func match(toks []token, i int, ref Date) (Date, int) {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].fold
	}
	t := toks[i]
	if !t.word {
		return Date{}, 0
	}
	// 2018-08-12, 2018-08
	if y, ok := yearAt(toks, i); ok && at(i+1) == "-" {
		if m, ok := numberAt(toks, i+2, 1, 12); ok {
			if at(i+3) == "-" {
				if d, ok := numberAt(toks, i+4, 1, 31); ok && valid(y, time.Month(m), d) {
					return On(y, time.Month(m), d), 5
				}
			}
			return InMonth(y, time.Month(m)), 3
		}
	}
	// Month [.] Day [,] [Year] | Month [of] Year
	if m, ok := monthAt(toks, i); ok {
		j := i + 1
		if at(j) == "." {
			j++
		}
		if d, ok := dayAt(toks, j); ok {
			k := j + 1
			if at(k) == "," {
				k++
			}
			if y, ok := yearAt(toks, k); ok && valid(y, m, d) {
				return On(y, m, d), k + 1 - i
			}
			if d2, ok := dayIn(ref, m, d); ok {
				return d2, j + 1 - i
			}
			return Date{}, 0
		}
		k := j
		if at(k) == "," || at(k) == "of" {
			k++
		}
		if y, ok := yearAt(toks, k); ok {
			return InMonth(y, m), k + 1 - i
		}
		// "in March": a month alone needs a preposition before it, so
		// that "May" the verb and "March" the noun stay words.
		if monthPrepositions[at(i-1)] {
			if d, ok := monthIn(ref, m); ok {
				return d, 1
			}
		}
		return Date{}, 0
	}
	// Day [of] Month [,] [Year]
	if d, ok := dayAt(toks, i); ok {
		j := i + 1
		if at(j) == "of" {
			j++
		}
		if m, ok := monthAt(toks, j); ok {
			k := j + 1
			if at(k) == "." {
				k++
			}
			if at(k) == "," {
				k++
			}
			if y, ok := yearAt(toks, k); ok && valid(y, m, d) {
				return On(y, m, d), k + 1 - i
			}
			if d2, ok := dayIn(ref, m, d); ok {
				end := j + 1
				if at(end) == "." {
					end++
				}
				return d2, end - i
			}
		}
	}
	// in 2014, since 2014, mid-2014, the summer of 2014
	if y, ok := yearAt(toks, i); ok {
		p := at(i - 1)
		if p == "-" {
			p = at(i - 2)
		}
		if yearPrepositions[p] {
			return InYear(y), 1
		}
		return Date{}, 0
	}
	if ref.p != Day {
		return Date{}, 0
	}
	r := ref.t
	switch t.fold {
	case "yesterday":
		return FromTime(r.AddDate(0, 0, -1)), 1
	case "today", "tonight":
		return ref, 1
	case "this":
		switch at(i + 1) {
		case "morning", "afternoon", "evening":
			return ref, 2
		case "week":
			return ref, 2
		case "month":
			return InMonth(r.Year(), r.Month()), 2
		case "year":
			return InYear(r.Year()), 2
		}
	case "last", "past", "next":
		sign := -1
		if t.fold == "next" {
			sign = 1
		}
		switch at(i + 1) {
		case "night":
			if t.fold == "last" {
				return FromTime(r.AddDate(0, 0, -1)), 2
			}
		case "week":
			return FromTime(r.AddDate(0, 0, 7*sign)), 2
		case "month":
			u := r.AddDate(0, sign, 0)
			if u.Day() != r.Day() { // March 31 less a month is March 3: step to the 1st
				u = time.Date(r.Year(), r.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, sign, 0)
			}
			return InMonth(u.Year(), u.Month()), 2
		case "year":
			return InYear(r.Year() + sign), 2
		}
		if wd, ok := weekdays[at(i+1)]; ok {
			if sign < 0 {
				return FromTime(weekdayBefore(r.AddDate(0, 0, -1), wd)), 2
			}
			return FromTime(weekdayAfter(r, wd)), 2
		}
	case "earlier", "later":
		if at(i+1) == "this" {
			switch at(i + 2) {
			case "month":
				return InMonth(r.Year(), r.Month()), 3
			case "year":
				return InYear(r.Year()), 3
			case "week":
				return ref, 3
			}
		}
	}
	// on Sunday, said Sunday
	if wd, ok := weekdays[t.fold]; ok && isUpper(t.text) {
		if at(i-1) == "next" || at(i-1) == "last" {
			return Date{}, 0 // read with "next" and "last" above
		}
		return FromTime(weekdayBefore(r, wd)), 1
	}
	// two days ago, a week ago
	if n, ok := count(t.fold); ok {
		unit := strings.TrimSuffix(at(i+1), "s")
		if at(i+2) == "ago" {
			switch unit {
			case "day":
				return FromTime(r.AddDate(0, 0, -n)), 3
			case "week":
				return FromTime(r.AddDate(0, 0, -7*n)), 3
			case "month":
				u := time.Date(r.Year(), r.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0)
				return InMonth(u.Year(), u.Month()), 3
			case "year":
				return InYear(r.Year() - n), 3
			}
		}
	}
	return Date{}, 0
}

var monthPrepositions = map[string]bool{"in": true, "since": true, "during": true, "until": true, "till": true, "early": true, "late": true, "mid": true, "by": true, "of": true}

var yearPrepositions = map[string]bool{"in": true, "since": true, "during": true, "until": true, "till": true, "early": true, "late": true, "mid": true, "by": true, "of": true, "from": true, "throughout": true}

var months = func() map[string]time.Month {
	m := make(map[string]time.Month, 26)
	for i := time.January; i <= time.December; i++ {
		name := strings.ToLower(i.String())
		m[name] = i
		m[name[:3]] = i
	}
	m["sept"] = time.September
	return m
}()

var weekdays = func() map[string]time.Weekday {
	m := make(map[string]time.Weekday, 7)
	for i := time.Sunday; i <= time.Saturday; i++ {
		m[strings.ToLower(i.String())] = i
	}
	return m
}()

var counts = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func count(s string) (int, bool) {
	if n, ok := counts[s]; ok {
		return n, true
	}
	if !isDigits(s) {
		// Atoi fails on it, with an error it allocates.
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0 && n < 100
}

// monthAt reads a month's capitalised name or abbreviation.
func monthAt(toks []token, i int) (time.Month, bool) {
	if i < 0 || i >= len(toks) || !toks[i].word || !isUpper(toks[i].text) {
		return 0, false
	}
	m, ok := months[toks[i].fold]
	if ok && len(toks[i].fold) == 3 && toks[i].fold != "may" {
		// "Mar" and "Jan" only as abbreviations: a full stop or a day next.
		return m, i+1 < len(toks) && (toks[i+1].fold == "." || isDigits(toks[i+1].fold))
	}
	return m, ok
}

// dayAt reads a day of the month: "12", "12th", "1st".
func dayAt(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) || !toks[i].word {
		return 0, false
	}
	s := toks[i].fold
	if s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > 2 {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	if len(s) > 2 || !isDigits(s) {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, d >= 1 && d <= 31
}

func numberAt(toks []token, i, lo, hi int) (int, bool) {
	if i < 0 || i >= len(toks) || !isDigits(toks[i].fold) || len(toks[i].fold) > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(toks[i].fold)
	return n, n >= lo && n <= hi
}

func yearAt(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) || len(toks[i].fold) != 4 || !isDigits(toks[i].fold) {
		return 0, false
	}
	y, _ := strconv.Atoi(toks[i].fold)
	return y, plausibleYear(y)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func valid(y int, m time.Month, d int) bool {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// dayIn resolves a day written without its year: the year of ref, or the
// year before when that would put the day more than a week after ref (news
// reports what has happened).
func dayIn(ref Date, m time.Month, d int) (Date, bool) {
	if ref.p != Day {
		return Date{}, false
	}
	y := ref.t.Year()
	if !valid(y, m, d) {
		return Date{}, false
	}
	if On(y, m, d).t.After(ref.t.AddDate(0, 0, 7)) {
		y--
		if !valid(y, m, d) {
			return Date{}, false
		}
	}
	return On(y, m, d), true
}

// monthIn resolves a month written without its year, as dayIn does.
func monthIn(ref Date, m time.Month) (Date, bool) {
	if ref.p < Month {
		return Date{}, false
	}
	y := ref.t.Year()
	if m > ref.t.Month() {
		y--
	}
	return InMonth(y, m), true
}

// weekdayBefore is the last day on or before t that falls on wd.
func weekdayBefore(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}

// weekdayAfter is the first day after t that falls on wd.
func weekdayAfter(t time.Time, wd time.Weekday) time.Time {
	n := (int(wd) - int(t.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return t.AddDate(0, 0, n)
}
