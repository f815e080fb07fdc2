package when

import (
	"testing"
	"time"
)

// FuzzFind: no text makes Find panic, mentions lie inside the text in
// order, and every date found is a real date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Sunday", "on August 12 2018", "in mid-2014", "two days ago", "2018-02-30", "Sept. 31", "Saturday, 26.10.2024 14:05 (UTC+3)", "7/9/2018", "2024/02/30"} {
		f.Add(s)
	}
	ref := On(2018, time.September, 10)
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Find(s, ref) {
			if m.Start < last || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v out of place in %q", m, s)
			}
			last = m.End
			if _, err := Parse(m.Date.String()); err != nil {
				t.Fatalf("%q gave a date %q that does not parse: %v", m.Text, m.Date, err)
			}
		}
		_, _ = Parse(s)
	})
}
