package queries_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

func bundledStore(t *testing.T) *store.Store {
	t.Helper()
	return storetest.Bundled(t)
}

// rowsOf runs query on args and returns the rows as objects.
func rowsOf(t *testing.T, r *queries.Runner, query string, args map[string]string) []map[string]any {
	t.Helper()
	q, ok := queries.Lookup(query)
	if !ok {
		t.Fatalf("no query %q", query)
	}
	res, err := r.Run(context.Background(), q, args)
	if err != nil {
		t.Fatalf("%s %v: %v", query, args, err)
	}
	var out []map[string]any
	for _, row := range res.Rows {
		out = append(out, row.(map[string]any))
	}
	return out
}

// The expected answers on the five bundled articles, as the issue states
// them. A failure here names the fact the extractor missed.
func TestBundled(t *testing.T) {
	s := bundledStore(t)
	r := &queries.Runner{Store: s}
	tests := []struct {
		query string
		args  map[string]string
		want  []map[string]string // each must match some row on these keys
	}{
		{"supporters", map[string]string{"entity": "Bashar al-Assad"}, []map[string]string{
			{"entity": "Russia"},
			{"entity": "Iran"},
		}},
		{"roles", map[string]string{"person": "Ali Shamkhani"}, []map[string]string{
			{"predicate": "head-of", "entity": "Supreme National Security Council"},
			{"predicate": "envoy-of", "entity": "Iran"},
		}},
		{"officials", map[string]string{"entity": "Iran"}, []map[string]string{
			{"entity": "Hassan Rouhani"},
			{"entity": "Ali Shamkhani"},
			{"entity": "Hossein Jaber Ansari"},
			{"entity": "Mohammad Ali Jafari"},
		}},
		{"contacts", map[string]string{"person": "Vladimir Putin"}, []map[string]string{
			{"entity": "Hassan Rouhani"},
			{"entity": "Recep Tayyip Erdoğan"},
		}},
	}
	for _, tt := range tests {
		rows := rowsOf(t, r, tt.query, tt.args)
		for _, want := range tt.want {
			if !matches(rows, want) {
				t.Errorf("%s %v: no row with %v; the extractor missed the fact. Rows:\n%s",
					tt.query, values(tt.args), want, strings.Join(summary(anys(rows), "entity", "predicate", "of", "articles"), "\n"))
			}
		}
		for _, row := range rows {
			if arts, _ := row["articles"].([]any); len(arts) == 0 {
				t.Errorf("%s %v: row %v has no articles", tt.query, values(tt.args), row)
			}
		}
	}
}

// matches reports whether some row has every value of want, with an
// article list that names only bundled articles.
func matches(rows []map[string]any, want map[string]string) bool {
	for _, row := range rows {
		ok := true
		for k, v := range want {
			if row[k] != v {
				ok = false
			}
		}
		if ok {
			for _, a := range row["articles"].([]any) {
				if !strings.HasSuffix(a.(string), ".txt") {
					return false
				}
			}
			return true
		}
	}
	return false
}

func anys(rows []map[string]any) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r
	}
	return out
}

// Pasted into Cayley's query editor over the bundled articles, every query
// runs on its example parameters, which name entities of those articles,
// and answers something.
func TestBundledExamples(t *testing.T) {
	s := bundledStore(t)
	r := &queries.Runner{Store: s}
	ctx := context.Background()
	for _, q := range queries.All() {
		decl := strings.SplitN(strings.SplitN(q.Source, "var p = ", 2)[1], "\n", 2)[0]
		var example map[string]string
		if err := json.Unmarshal([]byte(strings.TrimSuffix(decl, ";")), &example); err != nil {
			t.Errorf("%s: parameter line %q: %v", q.Name, decl, err)
			continue
		}
		for _, p := range q.Params {
			iri := example[p.Name]
			ref, err := s.Entity(ctx, quad.IRI(strings.Trim(iri, "<>")))
			if err != nil || ref.Name == "" {
				t.Errorf("%s: example %s = %s is no entity of the bundled articles (%v)", q.Name, p.Name, iri, err)
			}
		}
		rows, err := r.Gizmo(ctx, q.Source)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
		} else if len(rows) == 0 {
			t.Errorf("%s: no rows on the example parameters", q.Name)
		}
	}
}
