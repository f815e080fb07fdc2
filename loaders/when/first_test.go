package when

import (
	"strings"
	"testing"
	"time"
)

// TestFirst checks that First gives the first date a text gives, as Find
// does, and the zero Date for a text without one.
func TestFirst(t *testing.T) {
	ref := On(2018, time.September, 10) // a Monday
	tests := []struct {
		text string
		want string // "" for none
	}{
		{"Putin met Rouhani in Aktau on August 12 2018 and again in March 2019.", "2018-08-12"},
		{"The BORDURIA FRONT said on Sunday it had left the town last week.", "2018-09-09"},
		{"Le président Émile Vardan arrived on Sept. 3, 2017, officials said.", "2017-09-03"},
		{"Talks stalled in March 2016 and again in mid-2017.", "2016-03"},
		{"Iran and Syria signed a memorandum.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := First(tt.text, ref)
			if tt.want == "" {
				if got != (Date{}) {
					t.Errorf("First = %s, want none", got)
				}
				return
			}
			if got.String() != tt.want {
				t.Errorf("First = %s, want %s", got, tt.want)
			}
			if ms := Find(tt.text, ref); len(ms) == 0 || ms[0].Date != got {
				t.Errorf("Find's first = %v, First = %s", ms, got)
			}
		})
	}
}

// TestLower checks that lower folds as strings.ToLower does, ASCII words
// with capitals into the shared builder.
func TestLower(t *testing.T) {
	words := []string{"august", "August", "SEPT", "Sept.", "mid-2017", "Émile", "ÉTÉ", "l'Été", "O'Neill", "12th", ""}
	var folds strings.Builder
	for _, w := range words {
		if got, want := lower(w, &folds, 256), strings.ToLower(w); got != want {
			t.Errorf("lower(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestTokenBufsCleared checks that find clears the tokens of a text
// before it pools their slice: a pooled token keeps no text alive.
func TestTokenBufsCleared(t *testing.T) {
	First("The Borduria Front met Ghana's envoy on Sunday in the capital.", On(2018, time.September, 10))
	buf := tokenBufs.Get().(*[]token)
	defer tokenBufs.Put(buf)
	for i, tok := range (*buf)[:cap(*buf)] {
		if tok != (token{}) {
			t.Fatalf("pooled token %d = %+v, want cleared", i, tok)
		}
	}
}
