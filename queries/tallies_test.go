package queries_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

// talliesCorpus is the hand-built corpus and 60 articles stating that
// Russia supports Assad (56 dated, 4 not), more than a row reads dates for
// one by one, and an article that names an entity only the catalog ties
// to another.
func talliesCorpus() []graph.Document {
	docs := corpus()
	day := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 60; i++ {
		date := ""
		if i < 56 {
			date = day.AddDate(0, 0, i*3).Format(time.DateOnly)
		}
		f := fact(russia, graph.Supports, assad, fmt.Sprintf("Moscow backs Assad, day %d.", i))
		f.Confidence = 0.5 + float64(i%7)/20
		docs = append(docs, document(fmt.Sprintf("n%02d.txt", i), "", date, []graph.Fact{f}))
	}
	// Basij is part of the IRGC by the catalog alone: a row no tally counts.
	basij := graph.Entity{Name: "Basij", Type: graph.Organization}
	docs = append(docs, document("b01.txt", "", "2019-02-01", []graph.Fact{
		fact(jafari, graph.HeadOf, irgc, "Jafari leads the Guards, whose volunteers include the Basij."),
	}, basij))
	return docs
}

// Every canned query answers the same from the tallies as from the fact
// nodes: the same corpus in a store written by Put, which keeps tallies,
// and in one written quad by quad, as before tallies, which the queries
// read the slow way, both with the catalog's standing facts; with every
// option that changes how a row is read.
func TestTalliesAnswerAsFactNodes(t *testing.T) {
	docs := talliesCorpus()
	tallied := storetest.New(t)
	storetest.Load(t, tallied, docs...)
	untallied := storetest.New(t)
	tx := cgraph.NewTransaction()
	for _, d := range docs {
		for _, q := range graph.Quads(d) {
			tx.AddQuad(q)
		}
	}
	if err := untallied.QuadWriter().ApplyTransaction(tx); err != nil {
		t.Fatal(err)
	}
	// The catalog's standing facts, which no tally counts, in both.
	storetest.Standing(t, tallied)
	storetest.Standing(t, untallied)
	if st, err := tallied.StoredTallies(context.Background()); err != nil || len(st) == 0 {
		t.Fatalf("the store keeps no tallies (%v)", err)
	}

	asks := []struct {
		query string
		args  map[string]string
	}{
		{"supporters", map[string]string{"entity": "Assad"}},
		{"supporters", map[string]string{"entity": "Iran"}},
		{"allies", map[string]string{"entity": "Russia"}},
		{"adversaries", map[string]string{"entity": "Assad"}},
		{"roles", map[string]string{"person": "Putin"}},
		{"officials", map[string]string{"entity": "Iran"}},
		{"envoys", map[string]string{}},
		{"contacts", map[string]string{"person": "Putin"}},
		{"common-allies", map[string]string{"a": "Assad", "b": "Iran"}},
		{"connection", map[string]string{"a": "Erdogan", "b": "Assad"}},
		{"entity", map[string]string{"name": "Assad"}},
		{"timeline", map[string]string{"entity": "Putin"}},
		{"entity", map[string]string{"name": "Quds Force"}},
		{"entity", map[string]string{"name": "IRGC"}},
		{"officials", map[string]string{"entity": "IRGC"}},
	}
	options := []queries.Runner{
		{},
		{Articles: 1},
		{Articles: queries.AllArticles},
		{Articles: 8},
		{From: "2019-01-10", To: "2019-03-01"},
		{AsOf: "2018-06-30"},
		{MinConfidence: 0.75},
		{ArticlesOnly: true},
	}
	rows, standing := 0, 0
	for _, ask := range asks {
		q, ok := queries.Lookup(ask.query)
		if !ok {
			t.Fatalf("no query %q", ask.query)
		}
		for _, o := range options {
			answer := func(r queries.Runner) string {
				res, err := r.Run(context.Background(), q, ask.args)
				if err != nil {
					t.Fatalf("%s %v: %v", ask.query, ask.args, err)
				}
				rows += len(res.Rows)
				for _, row := range res.Rows {
					if m, _ := row.(map[string]any); m["catalog"] == true {
						standing++
					}
				}
				b, _ := json.MarshalIndent(res.Rows, "", " ")
				return string(b)
			}
			fast, slow := o, o
			fast.Store, slow.Store = tallied, untallied
			if got, want := answer(fast), answer(slow); got != want {
				t.Errorf("%s %v with %+v: from the tallies\n%s\nfrom the fact nodes\n%s", ask.query, ask.args, o, got, want)
			}
		}
	}
	if rows == 0 || standing == 0 {
		t.Errorf("%d rows, %d of them on a standing fact; the test needs both", rows, standing)
	}
}
