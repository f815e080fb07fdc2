package queries_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

// TestTimeWindows checks the answers in time: first_seen and last_seen,
// --from and --to keeping the articles dated in their window, --as-of
// giving a post to whoever was seen in it last by then, and timeline.
func TestTimeWindows(t *testing.T) {
	putin := graph.Entity{Name: "Vladimir Putin", Type: graph.Person}
	rouhani := graph.Entity{Name: "Hassan Rouhani", Type: graph.Person}
	council := graph.Entity{Name: "Supreme National Security Council", Type: graph.Organization}
	first := graph.Entity{Name: "Ali Shamkhani", Type: graph.Person}
	second := graph.Entity{Name: "Ali Akbar Ahmadian", Type: graph.Person}
	doc := func(name, date string, s graph.Entity, p graph.Predicate, o graph.Entity) graph.Document {
		return graph.Document{
			Article:  graph.Article{Name: name, Date: date, Hash: name},
			Entities: []graph.Entity{s, o},
			Facts:    []graph.Fact{{Subject: s, Predicate: p, Object: o, Evidence: "A sentence of " + name + ".", Confidence: 0.9}},
		}
	}
	s := storetest.New(t)
	storetest.Load(t, s,
		doc("sochi.txt", "2018-09-07", putin, graph.MetWith, rouhani),
		doc("ankara.txt", "2019-09-16", putin, graph.MetWith, rouhani),
		doc("old.txt", "2014-05-01", first, graph.HeadOf, council),
		doc("new.txt", "2021-06-01", second, graph.HeadOf, council),
	)
	run := func(name string, args map[string]string, r queries.Runner) []string {
		t.Helper()
		q, _ := queries.Lookup(name)
		r.Store = s
		res, err := r.Run(context.Background(), q, args)
		if err != nil {
			t.Fatalf("%s %v: %v", name, args, err)
		}
		return summary(res.Rows, "fact", "count", "first_seen", "last_seen", "articles")
	}
	day := func(flag, s string, end bool) string {
		d, err := queries.ParseDay(flag, s, end)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name  string
		query string
		args  map[string]string
		r     queries.Runner
		want  []string
	}{
		{"one row for both meetings", "contacts", map[string]string{"person": "Putin"}, queries.Runner{},
			[]string{"Hassan Rouhani met-with Vladimir Putin | 2 | 2018-09-07 | 2019-09-16 | [ankara.txt sochi.txt]"}},
		{"--to 2018-12-31 keeps the first", "contacts", map[string]string{"person": "Putin"}, queries.Runner{To: day("--to", "2018-12-31", true)},
			[]string{"Hassan Rouhani met-with Vladimir Putin | 1 | 2018-09-07 | 2018-09-07 | [sochi.txt]"}},
		{"--from 2019 keeps the second", "contacts", map[string]string{"person": "Putin"}, queries.Runner{From: day("--from", "2019", false)},
			[]string{"Hassan Rouhani met-with Vladimir Putin | 1 | 2019-09-16 | 2019-09-16 | [ankara.txt]"}},
		{"a window with nothing in it", "contacts", map[string]string{"person": "Putin"}, queries.Runner{To: day("--to", "2017", true)},
			[]string{}},
		{"as of 2016 the head is the first", "officials", map[string]string{"entity": "Supreme National Security Council"}, queries.Runner{AsOf: day("--as-of", "2016-01-01", true)},
			[]string{"Ali Shamkhani head-of Supreme National Security Council | 1 | 2014-05-01 | 2014-05-01 | [old.txt]"}},
		{"as of 2022 the head is the second", "officials", map[string]string{"entity": "Supreme National Security Council"}, queries.Runner{AsOf: day("--as-of", "2022-01-01", true)},
			[]string{"Ali Akbar Ahmadian head-of Supreme National Security Council | 1 | 2021-06-01 | 2021-06-01 | [new.txt]"}},
		{"as of 2022 the first holds no post", "roles", map[string]string{"person": "Shamkhani"}, queries.Runner{AsOf: day("--as-of", "2022-01-01", true)},
			[]string{}},
		{"as of 2016 the first holds it", "roles", map[string]string{"person": "Shamkhani"}, queries.Runner{AsOf: day("--as-of", "2016-01-01", true)},
			[]string{"Ali Shamkhani head-of Supreme National Security Council | 1 | 2014-05-01 | 2014-05-01 | [old.txt]"}},
		{"timeline in date order", "timeline", map[string]string{"entity": "Supreme National Security Council"}, queries.Runner{},
			[]string{
				"Ali Shamkhani head-of Supreme National Security Council | 1 | 2014-05-01 | 2014-05-01 | [old.txt]",
				"Ali Akbar Ahmadian head-of Supreme National Security Council | 1 | 2021-06-01 | 2021-06-01 | [new.txt]",
			}},
	}
	for _, tt := range tests {
		if got := run(tt.query, tt.args, tt.r); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %s %v = %q, want %q", tt.name, tt.query, tt.args, got, tt.want)
		}
	}
}

func TestParseDay(t *testing.T) {
	for _, tt := range []struct {
		in   string
		end  bool
		want string
	}{{"2018-09-07", false, "2018-09-07"}, {"2018", false, "2018-01-01"}, {"2018", true, "2018-12-31"}, {"2016-02", true, "2016-02-29"}, {"", true, ""}} {
		if got, err := queries.ParseDay("--to", tt.in, tt.end); err != nil || got != tt.want {
			t.Errorf("ParseDay(%q, %v) = %q, %v; want %q", tt.in, tt.end, got, err, tt.want)
		}
	}
	for _, bad := range []string{"yesterday", "2018-13-01", "September 7, 2018"} {
		if _, err := queries.ParseDay("--to", bad, true); err == nil {
			t.Errorf("ParseDay(%q) accepted", bad)
		}
	}
}

// TestEnvoysAsOf: as of a day, the envoy of a state to a place is the one
// most recently seen in that post by then.
func TestEnvoysAsOf(t *testing.T) {
	iran := graph.Entity{Name: "Iran", Type: graph.Country}
	syria := graph.Entity{Name: "Syria", Type: graph.Country}
	first := graph.Entity{Name: "Hossein Jaber Ansari", Type: graph.Person}
	second := graph.Entity{Name: "Ali Asghar Khaji", Type: graph.Person}
	doc := func(name, date string, envoy graph.Entity) graph.Document {
		return graph.Document{
			Article:  graph.Article{Name: name, Date: date, Hash: name},
			Entities: []graph.Entity{envoy, iran, syria},
			Facts: []graph.Fact{
				{Subject: envoy, Predicate: graph.EnvoyOf, Object: iran, Evidence: "An envoy of " + name + ".", Confidence: 0.9},
				{Subject: envoy, Predicate: graph.EnvoyTo, Object: syria, Evidence: "An envoy of " + name + ".", Confidence: 0.9},
			},
		}
	}
	s := storetest.New(t)
	storetest.Load(t, s, doc("2016.txt", "2016-03-01", first), doc("2019.txt", "2019-03-01", second))
	q, _ := queries.Lookup("envoys")
	for asOf, want := range map[string][]string{
		"":           {"Ali Asghar Khaji envoy-of Iran", "Hossein Jaber Ansari envoy-of Iran"},
		"2017-01-01": {"Hossein Jaber Ansari envoy-of Iran"},
		"2020-01-01": {"Ali Asghar Khaji envoy-of Iran"},
	} {
		res, err := (&queries.Runner{Store: s, AsOf: asOf}).Run(context.Background(), q, map[string]string{"entity": "Iran"})
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(res.Rows, "fact"); !reflect.DeepEqual(got, want) {
			t.Errorf("envoys Iran as of %s = %q, want %q", asOf, got, want)
		}
	}
}
