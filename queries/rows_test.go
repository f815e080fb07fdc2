package queries_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

// manyArticles is a store where 60 articles state that Russia supports
// Assad: n00 … n55 dated a day apart from 2019-01-01, n56 … n59 undated.
// 60 is more than a row reads dates for one by one.
func manyArticles(t *testing.T) *queries.Runner {
	t.Helper()
	s := storetest.New(t)
	day := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 60; i++ {
		date := ""
		if i < 56 {
			date = day.AddDate(0, 0, i).Format(time.DateOnly)
		}
		storetest.Load(t, s, document(fmt.Sprintf("n%02d.txt", i), "", date, []graph.Fact{
			fact(russia, graph.Supports, assad, fmt.Sprintf("Moscow backs Assad, day %d.", i)),
		}))
	}
	return &queries.Runner{Store: s}
}

func names(from, to int) []any {
	var out []any
	for i := from; i != to; {
		out = append(out, fmt.Sprintf("n%02d.txt", i))
		if from < to {
			i++
		} else {
			i--
		}
	}
	return out
}

// A row about a fact many articles state counts them all and dates them,
// but lists only the most recent few.
func TestRowsListTheMostRecentArticles(t *testing.T) {
	r := manyArticles(t)
	for _, tt := range []struct {
		articles int
		want     []any
	}{
		{0, names(55, 50)},
		{2, names(55, 53)},
		{queries.AllArticles, append(names(55, -1), names(56, 60)...)}, // undated last
	} {
		r.Articles = tt.articles
		rows := rowsOf(t, r, "supporters", map[string]string{"entity": "Assad"})
		if len(rows) != 1 {
			t.Fatalf("articles %d: %d rows, want 1", tt.articles, len(rows))
		}
		row := rows[0]
		if fmt.Sprint(row["count"]) != "60" {
			t.Errorf("articles %d: count %v, want 60", tt.articles, row["count"])
		}
		if row["first_seen"] != "2019-01-01" || row["last_seen"] != "2019-02-25" {
			t.Errorf("articles %d: seen %v to %v, want 2019-01-01 to 2019-02-25", tt.articles, row["first_seen"], row["last_seen"])
		}
		if !reflect.DeepEqual(row["articles"], tt.want) {
			t.Errorf("articles %d: %v, want %v", tt.articles, row["articles"], tt.want)
		}
	}
}

// evidence and mentions come a page at a time; the pages make up the whole.
func TestPages(t *testing.T) {
	r := manyArticles(t)
	for _, tc := range []struct {
		query string
		args  map[string]string
		order string
	}{
		{"mentions", map[string]string{"entity": "Russia"}, "date"},
		{"evidence", map[string]string{"a": "Russia", "b": "Assad"}, "name"},
	} {
		r.Limit, r.Offset = 0, 0
		all := rowsOf(t, r, tc.query, tc.args)
		if len(all) != 60 {
			t.Fatalf("%s: %d rows, want 60", tc.query, len(all))
		}
		if first, last := all[0]["article"], all[59]["article"]; tc.order == "date" && (first != "n55.txt" || last != "n59.txt") {
			t.Errorf("%s: rows run from %v to %v, want newest (n55.txt) first and undated (n59.txt) last", tc.query, first, last)
		} else if tc.order == "name" && (first != "n00.txt" || last != "n59.txt") {
			t.Errorf("%s: rows run from %v to %v, want n00.txt to n59.txt", tc.query, first, last)
		}
		var paged []map[string]any
		for off := 0; off < 60; off += 25 {
			r.Limit, r.Offset = 25, off
			page := rowsOf(t, r, tc.query, tc.args)
			if want := min(25, 60-off); len(page) != want {
				t.Errorf("%s page at %d: %d rows, want %d", tc.query, off, len(page), want)
			}
			for _, row := range page {
				if fmt.Sprint(row["total"]) != "60" {
					t.Errorf("%s page at %d: total %v, want 60", tc.query, off, row["total"])
				}
			}
			paged = append(paged, page...)
		}
		if !reflect.DeepEqual(paged, all) {
			t.Errorf("%s: the pages are not the whole", tc.query)
		}
		r.Limit, r.Offset = 10, 65
		if rows := rowsOf(t, r, tc.query, tc.args); len(rows) != 0 {
			t.Errorf("%s past the end: %d rows", tc.query, len(rows))
		}
	}

	// Only paged queries take an offset.
	r.Limit, r.Offset = 0, 5
	q, _ := queries.Lookup("supporters")
	var ae *queries.ArgError
	if _, err := r.Run(context.Background(), q, map[string]string{"entity": "Assad"}); !errors.As(err, &ae) {
		t.Errorf("supporters with an offset: err = %v, want an ArgError", err)
	}
}

func TestParseArticles(t *testing.T) {
	for in, want := range map[string]int{"5": 5, " 12 ": 12, "all": queries.AllArticles, "ALL": queries.AllArticles} {
		if got, err := queries.ParseArticles(in); err != nil || got != want {
			t.Errorf("ParseArticles(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "five", "5x"} {
		if got, err := queries.ParseArticles(in); err == nil {
			t.Errorf("ParseArticles(%q) = %d, want an error", in, got)
		}
	}
}
