// Package when finds the dates that news text gives for what it reports —
// "on Sunday", "on August 12", "last week", "in 2014", "two days ago" — and
// resolves them against the article's own date. It also reads the dates that
// article metadata carries (RFC 3339, YYYY-MM-DD, "March 3, 2018").
//
// A date keeps its precision: "in 2014" is the year 2014, not January 1st,
// so that a query asking "as of 2014-06-01" can tell a year from a day.
// Dates print as ISO 8601 with reduced precision: 2014, 2014-03, 2014-03-07.
package when

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// The precisions a Date can have, coarsest first.
const (
	Year Precision = iota + 1
	Month
	Day
)

// Date is a calendar date known to a precision. The zero Date is unknown.
type Date struct {
	t time.Time // the first day of the period, UTC midnight
	p Precision
}

// On returns the day y-m-d.
func On(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Day}
}

// InMonth returns the month m of year y.
func InMonth(y int, m time.Month) Date { return Date{time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), Month} }

// InYear returns the year y.
func InYear(y int) Date { return Date{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year} }

// FromTime returns the day of t, in t's own location.
func FromTime(t time.Time) Date { return On(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.p == 0 }

// Precision is how much of the date is known.
func (d Date) Precision() Precision { return d.p }

// Start is the first day of the date's period.
func (d Date) Start() time.Time { return d.t }

// End is the last day of the date's period.
func (d Date) End() time.Time {
	switch d.p {
	case Year:
		return d.t.AddDate(1, 0, -1)
	case Month:
		return d.t.AddDate(0, 1, -1)
	}
	return d.t
}

// String formats the date as ISO 8601 to its precision: 2014, 2014-03 or
// 2014-03-07; "" when the date is unknown.
func (d Date) String() string {
	switch d.p {
	case Year:
		return d.t.Format("2006")
	case Month:
		return d.t.Format("2006-01")
	case Day:
		return d.t.Format("2006-01-02")
	}
	return ""
}

// Parse reads a date as article metadata gives it: RFC 3339 or ISO 8601
// ("2018-09-07T10:00:00Z", "2018-09-07", "2018-09", "2018"), written out
// ("September 7, 2018", "7 September 2018", "Sep. 7, 2018"), or in numbers
// with dots or slashes ("07.09.2018" and "7/9/2018" day first, as Europe
// writes them; "2018/09/07"; "9/27/2018" only where the day cannot be
// first). A weekday before the date ("Friday, September 7, 2018") and a
// time after it ("September 7, 2018 at 10:30 a.m. GMT", "07.09.2018
// 14:05") are passed over, and so is a comma after the month ("August,
// 27, 2018"). Outlets that print the date in Spanish,
// Portuguese, French, Italian or German are read too ("17 de enero de
// 2025", "vendredi 17 janvier 2025", "3. März 2025"). A timestamp keeps
// the day it names in its own offset. A slashed date that reads both ways ("7/9/2018") is refused as
// ambiguous.
func Parse(s string) (Date, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return FromTime(t), nil
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return FromTime(t), nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return InMonth(t.Year(), t.Month()), nil
	}
	if len(s) == 4 {
		if y, err := strconv.Atoi(s); err == nil && plausibleYear(y) {
			return InYear(y), nil
		}
	}
	body := withoutMonthComma(withoutWeekday(s))
	if d, rest, err := numericDate(body); err != nil {
		return Date{}, fmt.Errorf("%q %v", s, err)
	} else if !d.IsZero() && isTimeOfDay(rest) {
		return d, nil
	}
	if ms := Find(body, Date{}); len(ms) == 1 && ms[0].Start == 0 && ms[0].Date.p >= Month && isTimeOfDay(body[ms[0].End:]) {
		return ms[0].Date, nil
	}
	if d, rest, ok := foreignDate(s); ok && isTimeOfDay(rest) {
		return d, nil
	}
	return Date{}, fmt.Errorf("%q is not a date (use YYYY-MM-DD or RFC 3339)", s)
}

// withoutWeekday returns s without a leading weekday, whole or shortened,
// and the comma or space after it: "Friday, 7 September 2018".
func withoutWeekday(s string) string {
	end := lettersEnd(s, 0)
	w := strings.ToLower(s[:end])
	if end < 3 {
		return s
	}
	for name := range weekdays {
		if w == name || w == name[:3] || len(w) == 4 && w == name[:4] { // "Tues", "Thur"
			return strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(s[end:], "."), ","), " \t")
		}
	}
	return s
}

// withoutMonthComma returns s without the comma some outlets print after
// an English month: "August, 27, 2018" (Tasnim) reads as "August 27,
// 2018", and "7 Oct, 2015 10:48" (RT) as "7 Oct 2015 10:48". Only a
// month's full name followed by a comma and a day, or a day and a month
// (full or shortened) followed by a comma and a four-digit year, is
// touched.
func withoutMonthComma(s string) string {
	if t, ok := withoutDayMonthComma(s); ok {
		return t
	}
	end := lettersEnd(s, 0)
	name := strings.ToLower(s[:end])
	if m, ok := months[name]; !ok || name != strings.ToLower(m.String()) || !strings.HasPrefix(s[end:], ", ") {
		return s
	}
	rest := s[end+2:]
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return s
	}
	return s[:end] + " " + rest
}

// withoutDayMonthComma reads "7 Oct, 2015" at the start of s and returns s
// without the comma after the month.
func withoutDayMonthComma(s string) (string, bool) {
	d := 0
	for d < len(s) && d < 3 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d > 2 || d >= len(s) || s[d] != ' ' {
		return s, false
	}
	end := lettersEnd(s, d+1)
	if _, ok := months[strings.ToLower(s[d+1:end])]; !ok {
		return s, false
	}
	month := end
	if end < len(s) && s[end] == '.' {
		end++
	}
	rest, ok := strings.CutPrefix(s[end:], ", ")
	if !ok || len(rest) < 4 {
		return s, false
	}
	for k := range 4 {
		if rest[k] < '0' || rest[k] > '9' {
			return s, false
		}
	}
	if len(rest) > 4 && rest[4] >= '0' && rest[4] <= '9' {
		return s, false
	}
	return s[:month] + " " + rest, true
}

// lettersEnd returns the index after the ASCII letters of s from i on: a
// month's or a weekday's name.
func lettersEnd(s string, i int) int {
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return i
}

// numericDate reads a date written in numbers with dots or slashes at the
// start of s and returns it with the rest of s. It returns the zero Date
// when s opens with no such date, and an error when the numbers are no
// date or read both ways.
func numericDate(s string) (Date, string, error) {
	var parts [3]string
	var seps [2]byte
	rest := s
	for k := range 3 {
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n > 4 {
			return Date{}, s, nil
		}
		parts[k], rest = rest[:n], rest[n:]
		if k < 2 {
			if rest == "" || (rest[0] != '.' && rest[0] != '/' && rest[0] != '-') {
				return Date{}, s, nil
			}
			seps[k], rest = rest[0], rest[1:]
		}
	}
	if seps[0] != seps[1] || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		return Date{}, s, nil
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	c, _ := strconv.Atoi(parts[2])
	day := func(y, m, d int) (Date, string, error) {
		if !plausibleYear(y) || m < 1 || m > 12 || !valid(y, time.Month(m), d) {
			return Date{}, s, fmt.Errorf("is no day of the calendar")
		}
		return On(y, time.Month(m), d), rest, nil
	}
	switch {
	case len(parts[0]) == 4:
		return day(a, b, c) // 2018/09/07, 2018.09.07
	case len(parts[2]) != 4:
		return Date{}, s, nil
	case seps[0] == '-' || seps[0] == '.':
		return day(c, b, a) // 07.09.2018, 07-09-2018
	case a > 12:
		return day(c, b, a) // 27/9/2018
	case b > 12:
		return day(c, a, b) // 9/27/2018
	case a == b:
		return day(c, b, a)
	}
	return Date{}, s, fmt.Errorf("reads both as %s and as %s (write YYYY-MM-DD)", On(c, time.Month(b), a), On(c, time.Month(a), b))
}

// isTimeOfDay reports whether s, what follows a date, is empty or a time
// of day with an optional zone: "", " 14:05", ", 10:30 a.m. GMT", " at 3
// PM", " - 09:12 (UTC+3)", " | 14:05 IST". A trailing full stop is allowed.
func isTimeOfDay(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	if s == "" {
		return true
	}
	for _, lead := range []string{",", "|", "-", "–", "—", "at", "@", "à", "às", "a las", "alle", "um"} {
		if t, ok := strings.CutPrefix(s, lead); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	// The hour, and the minutes and seconds.
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	s = s[n:]
	for len(s) > 2 && (s[0] == ':' || s[0] == '.') && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' {
		s = s[3:]
	}
	// a.m., pm, and a zone of letters, perhaps with an offset, perhaps
	// in brackets.
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, "()[],")
		low := strings.ToLower(strings.ReplaceAll(f, ".", ""))
		if low == "" || low == "am" || low == "pm" || low == "hrs" || low == "h" || low == "uhr" {
			continue
		}
		zone := strings.TrimLeft(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		if len(zone) == len(f) && f[0] != '+' && f[0] != '-' {
			return false
		}
		for _, r := range zone {
			if !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == ':') {
				return false
			}
		}
	}
	return true
}

// Mention is a date expression found in a text.
type Mention struct {
	Start, End int    // byte offsets of the expression in the text
	Text       string // the expression as written
	Date       Date   // what it means, resolved against the reference date
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2100 }

// foreignMonths are the months' names in the languages outlets outside
// the English-speaking press date their pages in: Spanish, Portuguese,
// French, Italian and German, lower case, with and without accents.
var foreignMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range [12]string{
		"enero janeiro janvier gennaio januar jänner",
		"febrero fevereiro février fevrier febbraio februar",
		"marzo março marco mars märz marz",
		"abril avril aprile april",
		"mayo maio mai maggio",
		"junio junho juin giugno juni",
		"julio julho juillet luglio juli",
		"agosto août aout august",
		"septiembre setiembre setembro septembre settembre september",
		"octubre outubro octobre ottobre oktober",
		"noviembre novembro novembre november",
		"diciembre dezembro décembre decembre dicembre dezember",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

// foreignWeekdays are the weekdays' names in the same languages, which
// may open the date ("viernes, 17 de enero de 2025").
var foreignWeekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields("lunes martes miércoles miercoles jueves viernes sábado sabado domingo " +
		"segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira " +
		"lundi mardi mercredi jeudi vendredi samedi dimanche " +
		"lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica " +
		"montag dienstag mittwoch donnerstag freitag samstag sonntag") {
		m[n] = true
	}
	return m
}()

// foreignDate reads a day, month and year written out in one of the
// languages of foreignMonths at the start of s, after an optional weekday:
// "17 de enero de 2025", "25 de junho de 2025", "1er mars 2024", "3.
// März 2025", "lunedì 7 luglio 2025". It returns the rest of s after the
// year.
func foreignDate(s string) (Date, string, bool) {
	fields := strings.Fields(s)
	i := 0
	next := func() string {
		if i < len(fields) {
			i++
			return strings.ToLower(fields[i-1])
		}
		return ""
	}
	f := next()
	if foreignWeekdays[strings.TrimRight(f, ",")] {
		f = next()
	}
	day, err := strconv.Atoi(strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(f, "er"), "º"), "."))
	if err != nil || day < 1 || day > 31 {
		return Date{}, s, false
	}
	f = next()
	if f == "de" {
		f = next()
	}
	m, ok := foreignMonths[strings.TrimRight(f, ",")]
	if !ok {
		return Date{}, s, false
	}
	f = next()
	if f == "de" || f == "del" {
		f = next()
	}
	f = strings.TrimRight(f, ",")
	y, err := strconv.Atoi(f)
	if err != nil || len(f) != 4 || !plausibleYear(y) || !valid(y, m, day) {
		return Date{}, s, false
	}
	return On(y, m, day), strings.Join(fields[i:], " "), true
}
