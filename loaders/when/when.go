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
// ("2018-09-07T10:00:00Z", "2018-09-07", "2018-09", "2018"), or written out
// ("September 7, 2018", "7 September 2018", "Sep. 7, 2018"). A timestamp
// keeps the day it names in its own offset.
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
	if ms := Find(s, Date{}); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(strings.TrimRight(s, ".")) && ms[0].Date.p >= Month {
		return ms[0].Date, nil
	}
	return Date{}, fmt.Errorf("%q is not a date (use YYYY-MM-DD or RFC 3339)", s)
}

// Mention is a date expression found in a text.
type Mention struct {
	Start, End int    // byte offsets of the expression in the text
	Text       string // the expression as written
	Date       Date   // what it means, resolved against the reference date
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2100 }
