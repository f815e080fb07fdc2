package loaders

import (
	"fmt"
	"strconv"
	"time"
)

// findDate finds a full date in toks: "January 1, 2017", "29 March 2016",
// "August 12 2018" or "2016-03-28". It returns it as YYYY-MM-DD with the
// number of words it spans, or "" when toks give no date with a year.
func findDate(toks []token) (string, int) {
	for i := range toks {
		if !toks[i].word {
			continue
		}
		if m, ok := month(toks[i].text); ok && toks[i].cap {
			// Month Day[,] Year
			j := i + 1
			if k := i + 1; k < len(toks) && toks[k].fold == "." {
				j++ // "Jan. 1"
			}
			if d, ok := day(toks, j); ok {
				k := j + 1
				if k < len(toks) && toks[k].fold == "," {
					k++
				}
				if y, ok := year(toks, k); ok {
					return format(y, m, d), 3
				}
			}
			// Day Month Year
			if d, ok := day(toks, i-1); ok {
				if y, ok := year(toks, i+1); ok {
					return format(y, m, d), 3
				}
			}
		}
		// 2016-03-28
		if y, ok := year(toks, i); ok && i+2 < len(toks) && toks[i+1].hyphen && toks[i+2].hyphen {
			m, err1 := strconv.Atoi(toks[i+1].fold)
			d, err2 := strconv.Atoi(toks[i+2].fold)
			if err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
				return format(y, time.Month(m), d), 3
			}
		}
	}
	return "", 0
}

// months maps the folded English names of the months and their
// three-letter abbreviations to the months.
var months = func() map[string]time.Month {
	m := make(map[string]time.Month, 24)
	for i := time.January; i <= time.December; i++ {
		name := foldWord(i.String())
		m[name] = i
		m[name[:3]] = i
	}
	m["sept"] = time.September // "Sept. 17", as AP writes it
	return m
}()

// month parses a month's name or abbreviation.
func month(s string) (time.Month, bool) {
	m, ok := months[foldWord(s)]
	return m, ok
}

func day(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) || !toks[i].word || len(toks[i].fold) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(toks[i].fold)
	return d, err == nil && d >= 1 && d <= 31
}

func year(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) || !toks[i].word || len(toks[i].fold) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i].fold)
	return y, err == nil && y >= 1900 && y <= 2100
}

func format(y int, m time.Month, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
}
