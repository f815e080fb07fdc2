package queries_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

// summary renders the given keys of each row as "v1 | v2 | ...", lists
// joined by spaces, so that expectations read like the table output.
func summary(rows []any, keys ...string) []string {
	out := []string{}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			out = append(out, fmt.Sprintf("not an object: %v", r))
			continue
		}
		var cells []string
		for _, k := range keys {
			cells = append(cells, cell(m[k]))
		}
		out = append(out, strings.Join(cells, " | "))
	}
	return out
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return "<nil>"
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = cell(x)
		}
		return "[" + strings.Join(parts, " ") + "]"
	default:
		return fmt.Sprint(v)
	}
}

func corpusStore(t *testing.T) *store.Store {
	t.Helper()
	s := storetest.New(t)
	storetest.Load(t, s, corpus()...)
	return s
}

func TestQueries(t *testing.T) {
	s := corpusStore(t)
	r := &queries.Runner{Store: s}
	tests := []struct {
		query string
		args  map[string]string
		keys  []string
		want  []string
	}{
		// supporters: supports and allied-with, both ends of allied-with, one
		// row per supporter and predicate with every article.
		{"supporters", map[string]string{"entity": "Assad"}, []string{"entity", "predicate", "count", "articles", "source", "target"}, []string{
			"Russia | supports | 3 | [a5.txt a3.txt a1.txt] | <entity:russia> | <entity:bashar-al-assad>",
			"Iran | supports | 2 | [a2.txt a1.txt] | <entity:iran> | <entity:bashar-al-assad>",
			"Hezbollah | allied-with | 1 | [a2.txt] | <entity:hezbollah> | <entity:bashar-al-assad>",
			"Hezbollah | supports | 1 | [a5.txt] | <entity:hezbollah> | <entity:bashar-al-assad>",
		}},
		// Iran is stored as the subject of "iran allied-with russia" and
		// Hezbollah as the subject of "hezbollah allied-with iran".
		{"supporters", map[string]string{"entity": "Iran"}, []string{"entity", "predicate", "count", "articles"}, []string{
			"Hezbollah | allied-with | 1 | [a5.txt]",
			"Russia | allied-with | 1 | [a1.txt]",
		}},
		// A row reads as a person reads the fact, whichever end ENTITY is;
		// its articles are the most recent first, with the first and last dates.
		{"allies", map[string]string{"entity": "Bashar al-Assad"}, []string{"entity", "predicate", "direction", "fact", "count", "first_seen", "last_seen", "articles"}, []string{
			"Russia | supports | in | Russia supports Bashar al-Assad | 3 | 2018-01-10 | 2018-05-09 | [a5.txt a3.txt a1.txt]",
			"Iran | supports | in | Iran supports Bashar al-Assad | 2 | 2018-01-10 | 2018-02-12 | [a2.txt a1.txt]",
			"Hezbollah | allied-with | both | Bashar al-Assad allied-with Hezbollah | 1 | 2018-02-12 | 2018-02-12 | [a2.txt]",
			"Hezbollah | supports | in | Hezbollah supports Bashar al-Assad | 1 | 2018-05-09 | 2018-05-09 | [a5.txt]",
		}},
		// Russia is the object of "iran allied-with russia" and the subject of
		// "russia cooperates-with turkey".
		{"allies", map[string]string{"entity": "Moscow"}, []string{"entity", "predicate", "direction", "count", "articles", "source", "target"}, []string{
			"Bashar al-Assad | supports | out | 3 | [a5.txt a3.txt a1.txt] | <entity:russia> | <entity:bashar-al-assad>",
			"Iran | allied-with | both | 1 | [a1.txt] | <entity:iran> | <entity:russia>",
			"Turkey | cooperates-with | both | 1 | [a3.txt] | <entity:russia> | <entity:turkey>",
		}},
		{"adversaries", map[string]string{"entity": "Israel"}, []string{"entity", "predicate", "direction", "count", "articles", "source", "target"}, []string{
			"Hezbollah | fights | both | 1 | [a4.txt] | <entity:hezbollah> | <entity:israel>",
			"Iran | fights | both | 1 | [a4.txt] | <entity:iran> | <entity:israel>",
			"Iran | opposes | out | 1 | [a2.txt] | <entity:israel> | <entity:iran>",
		}},
		// An undated article gives no dates.
		{"adversaries", map[string]string{"entity": "Iran"}, []string{"entity", "predicate", "direction", "fact", "count", "first_seen", "last_seen", "articles"}, []string{
			"Israel | fights | both | Iran fights Israel | 1 |  |  | [a4.txt]",
			"Israel | opposes | in | Israel opposes Iran | 1 | 2018-02-12 | 2018-02-12 | [a2.txt]",
		}},
		{"adversaries", map[string]string{"entity": "Bashar al-Assad"}, []string{"entity", "predicate", "direction", "articles"}, []string{
			"Islamic State | fights | both | [a1.txt]",
			"Turkey | opposes | in | [a3.txt]",
		}},
		{"roles", map[string]string{"person": "Shamkhani"}, []string{"predicate", "entity", "count", "articles"}, []string{
			"envoy-of | Iran | 1 | [a2.txt]",
			"envoy-to | Syria | 1 | [a2.txt]",
			"head-of | Supreme National Security Council | 1 | [a2.txt]",
		}},
		// officials follows part-of down any depth: Quds Force is part of the
		// Guards, which are part of Iran. Shamkhani's envoy-to Syria is no post
		// in Iran, and part-of facts are not posts.
		{"officials", map[string]string{"entity": "Tehran"}, []string{"entity", "predicate", "of", "count", "articles"}, []string{
			"Ali Shamkhani | envoy-of | Iran | 1 | [a2.txt]",
			"Ali Shamkhani | head-of | Supreme National Security Council | 1 | [a2.txt]",
			"Hassan Rouhani | president-of | Iran | 1 | [a1.txt]",
			"Hossein Jaber Ansari | member-of | Iranian Foreign Ministry | 1 | [a4.txt]",
			"Mohammad Ali Jafari | head-of | Islamic Revolutionary Guard Corps | 1 | [a4.txt]",
			"Qasem Soleimani | head-of | Quds Force | 1 | [a4.txt]",
		}},
		{"officials", map[string]string{"entity": "IRGC"}, []string{"entity", "predicate", "of", "source", "target"}, []string{
			"Mohammad Ali Jafari | head-of | Islamic Revolutionary Guard Corps | <entity:mohammad-ali-jafari> | <entity:islamic-revolutionary-guard-corps>",
			"Qasem Soleimani | head-of | Quds Force | <entity:qasem-soleimani> | <entity:quds-force>",
		}},
		{"officials", map[string]string{"entity": "Russia"}, []string{"entity", "predicate", "of"}, []string{
			"Anatoly Viktorov | envoy-of | Russia",
			"Dmitry Peskov | spokesperson-of | Kremlin",
			"Vladimir Putin | president-of | Russia",
		}},
		// envoys without its optional parameter lists every envoy fact.
		{"envoys", map[string]string{}, []string{"entity", "predicate", "object", "count", "articles"}, []string{
			"Ali Shamkhani | envoy-of | Iran | 1 | [a2.txt]",
			"Ali Shamkhani | envoy-to | Syria | 1 | [a2.txt]",
			"Anatoly Viktorov | envoy-of | Russia | 1 | [a5.txt]",
			"Anatoly Viktorov | envoy-to | Israel | 1 | [a5.txt]",
		}},
		{"envoys", map[string]string{"entity": " "}, []string{"entity", "predicate", "object"}, []string{
			"Ali Shamkhani | envoy-of | Iran",
			"Ali Shamkhani | envoy-to | Syria",
			"Anatoly Viktorov | envoy-of | Russia",
			"Anatoly Viktorov | envoy-to | Israel",
		}},
		{"envoys", map[string]string{"entity": "Israel"}, []string{"entity", "predicate", "object", "source", "target"}, []string{
			"Anatoly Viktorov | envoy-to | Israel | <entity:anatoly-viktorov> | <entity:israel>",
		}},
		{"envoys", map[string]string{"entity": "Ali Shamkhani"}, []string{"entity", "predicate", "object"}, []string{
			"Ali Shamkhani | envoy-of | Iran",
			"Ali Shamkhani | envoy-to | Syria",
		}},
		// Every contact of Putin is stored with Putin as the object (its ID
		// sorts last); Shamkhani's meeting has him as the subject.
		{"contacts", map[string]string{"person": "Putin"}, []string{"entity", "predicate", "count", "first_seen", "last_seen", "articles", "source", "target"}, []string{
			"Hassan Rouhani | met-with | 2 | 2018-03-05 | 2018-05-09 | [a5.txt a3.txt] | <entity:vladimir-putin> | <entity:hassan-rouhani>",
			"Benjamin Netanyahu | met-with | 1 | 2018-05-09 | 2018-05-09 | [a5.txt] | <entity:vladimir-putin> | <entity:benjamin-netanyahu>",
			"Benjamin Netanyahu | spoke-with | 1 |  |  | [a4.txt] | <entity:vladimir-putin> | <entity:benjamin-netanyahu>",
			"Hassan Rouhani | spoke-with | 1 | 2018-01-10 | 2018-01-10 | [a1.txt] | <entity:vladimir-putin> | <entity:hassan-rouhani>",
			"Recep Tayyip Erdoğan | met-with | 1 | 2018-03-05 | 2018-03-05 | [a3.txt] | <entity:vladimir-putin> | <entity:recep-tayyip-erdogan>",
		}},
		{"contacts", map[string]string{"person": "Ali Shamkhani"}, []string{"entity", "predicate", "first_seen", "articles"}, []string{
			"Bashar al-Assad | met-with | 2018-02-12 | [a2.txt]",
		}},
		{"contacts", map[string]string{"person": "Assad"}, []string{"entity", "predicate", "last_seen", "articles"}, []string{
			"Ali Shamkhani | met-with | 2018-02-12 | [a2.txt]",
		}},
		{"common-allies", map[string]string{"a": "Iran", "b": "Assad"}, []string{"entity", "with_a", "with_b", "count", "articles"}, []string{
			"Russia | [allied-with] | [supports] | 3 | [a5.txt a3.txt a1.txt]",
			"Hezbollah | [allied-with] | [allied-with supports] | 2 | [a5.txt a2.txt]",
		}},
		{"common-allies", map[string]string{"a": "Assad", "b": "Russia"}, []string{"entity", "with_a", "with_b", "count", "articles"}, []string{
			"Iran | [supports] | [allied-with] | 2 | [a2.txt a1.txt]",
		}},
		{"common-allies", map[string]string{"a": "Israel", "b": "Assad"}, []string{"entity"}, []string{}},
		// connection: reverse steps ("in"), symmetric ones ("both"), every fact
		// of a step.
		{"connection", map[string]string{"a": "Israel", "b": "Erdogan"}, []string{"chain", "step", "from", "predicate", "direction", "entity", "articles"}, []string{
			"1 | 1 | Israel | prime-minister-of | in | Benjamin Netanyahu | [a5.txt]",
			"1 | 2 | Benjamin Netanyahu | met-with | both | Vladimir Putin | [a5.txt]",
			"1 | 2 | Benjamin Netanyahu | spoke-with | both | Vladimir Putin | [a4.txt]",
			"1 | 2 | Benjamin Netanyahu | thanked | in | Vladimir Putin | [a5.txt]",
			"1 | 3 | Vladimir Putin | met-with | both | Recep Tayyip Erdoğan | [a3.txt]",
		}},
		// Two shortest chains, in order of names.
		{"connection", map[string]string{"a": "Israel", "b": "Assad"}, []string{"chain", "step", "from", "predicate", "direction", "entity", "count", "source", "target"}, []string{
			"1 | 1 | Israel | fights | both | Hezbollah | 1 | <entity:hezbollah> | <entity:israel>",
			"1 | 2 | Hezbollah | allied-with | both | Bashar al-Assad | 1 | <entity:bashar-al-assad> | <entity:hezbollah>",
			"1 | 2 | Hezbollah | supports | out | Bashar al-Assad | 1 | <entity:hezbollah> | <entity:bashar-al-assad>",
			"2 | 1 | Israel | fights | both | Iran | 1 | <entity:iran> | <entity:israel>",
			"2 | 1 | Israel | opposes | out | Iran | 1 | <entity:israel> | <entity:iran>",
			"2 | 2 | Iran | supports | out | Bashar al-Assad | 2 | <entity:iran> | <entity:bashar-al-assad>",
		}},
		// Exactly four hops is found; five is beyond the cap.
		{"connection", map[string]string{"a": "Iran", "b": "United States"}, []string{"chain", "step", "from", "predicate", "direction", "entity"}, []string{
			"1 | 1 | Iran | supports | out | Bashar al-Assad",
			"1 | 2 | Bashar al-Assad | fights | both | Islamic State",
			"1 | 3 | Islamic State | fights | both | Syrian Democratic Forces",
			"1 | 4 | Syrian Democratic Forces | supports | in | United States",
		}},
		{"connection", map[string]string{"a": "Israel", "b": "United States"}, []string{"chain"}, []string{}},
		{"connection", map[string]string{"a": "Israel", "b": "Palmyra"}, []string{"chain"}, []string{}},
		{"connection", map[string]string{"a": "Israel", "b": "Israel"}, []string{"chain"}, []string{}},
		// evidence: one row per sentence, both ways round, by article.
		{"evidence", map[string]string{"a": "Russia", "b": "Assad"}, []string{"subject", "predicate", "object", "date", "article", "evidence", "total"}, []string{
			"Russia | supports | Bashar al-Assad | 2018-01-10 | a1.txt | Moscow sent jets to help Assad. | 4",
			"Russia | supports | Bashar al-Assad | 2018-01-10 | a1.txt | Russia backs Assad with air power. | 4",
			"Russia | supports | Bashar al-Assad | 2018-03-05 | a3.txt | Moscow supports Assad. | 4",
			"Russia | supports | Bashar al-Assad | 2018-05-09 | a5.txt | Russia has backed Assad since 2015. | 4",
		}},
		{"evidence", map[string]string{"a": "Israel", "b": "Iran"}, []string{"subject", "predicate", "object", "article"}, []string{
			"Israel | opposes | Iran | a2.txt",
			"Iran | fights | Israel | a4.txt",
		}},
		{"mentions", map[string]string{"entity": "Vladimir Putin"}, []string{"article", "title", "date", "source", "entity", "articles"}, []string{
			"a5.txt | Netanyahu in Moscow | 2018-05-09 | <article:a5.txt> | Vladimir Putin | [a5.txt]",
			"a3.txt | Astana talks | 2018-03-05 | <article:a3.txt> | Vladimir Putin | [a3.txt]",
			"a1.txt | Russia and Iran stand by Assad | 2018-01-10 | <article:a1.txt> | Vladimir Putin | [a1.txt]",
			"a4.txt | The Guards and their chiefs |  | <article:a4.txt> | Vladimir Putin | [a4.txt]",
		}},
		{"mentions", map[string]string{"entity": "Palmyra"}, []string{"article", "date"}, []string{
			"a1.txt | 2018-01-10",
		}},
		// entity: "in" facts read as a person reads them, NAME the object.
		{"entity", map[string]string{"name": "tehran"}, []string{"entity", "type", "aliases", "predicate", "direction", "fact", "count", "articles"}, []string{
			"Iran | Country | [Tehran] |  |  |  | 4 | [a5.txt a2.txt a1.txt a4.txt]",
			"Bashar al-Assad | Person | <nil> | supports | out | Iran supports Bashar al-Assad | 2 | [a2.txt a1.txt]",
			"Ali Shamkhani | Person | <nil> | envoy-of | in | Ali Shamkhani envoy-of Iran | 1 | [a2.txt]",
			"Israel | Country | <nil> | opposes | in | Israel opposes Iran | 1 | [a2.txt]",
			"Iranian Foreign Ministry | Organization | <nil> | part-of | in | Iranian Foreign Ministry part-of Iran | 1 | [a4.txt]",
			"Islamic Revolutionary Guard Corps | Organization | <nil> | part-of | in | Islamic Revolutionary Guard Corps part-of Iran | 1 | [a4.txt]",
			"Supreme National Security Council | Organization | <nil> | part-of | in | Supreme National Security Council part-of Iran | 1 | [a2.txt]",
			"Hassan Rouhani | Person | <nil> | president-of | in | Hassan Rouhani president-of Iran | 1 | [a1.txt]",
			"Hezbollah | Organization | <nil> | allied-with | both | Hezbollah allied-with Iran | 1 | [a5.txt]",
			"Russia | Country | <nil> | allied-with | both | Iran allied-with Russia | 1 | [a1.txt]",
			"Israel | Country | <nil> | fights | both | Iran fights Israel | 1 | [a4.txt]",
		}},
		// Aliases: every form that resolves (the catalog's "Pasdaran" too),
		// one of each whatever the case, the name left out.
		{"entity", map[string]string{"name": "pasdaran"}, []string{"entity", "aliases"}, []string{
			"Islamic Revolutionary Guard Corps | [IRGC Pasdaran Revolutionary Guards]",
			"Iran | <nil>",
			"Mohammad Ali Jafari | <nil>",
			"Quds Force | <nil>",
		}},
		{"entity", map[string]string{"name": "the kremlin"}, []string{"entity", "aliases", "fact"}, []string{
			"Kremlin | [The Kremlin] | ",
			"Russia | <nil> | Kremlin part-of Russia",
			"Dmitry Peskov | <nil> | Dmitry Peskov spokesperson-of Kremlin",
		}},
		{"entity", map[string]string{"name": "Putin"}, []string{"entity", "type", "aliases", "wikidata", "predicate", "direction", "articles"}, []string{
			"Vladimir Putin | Person | [Putin] | Q7747 |  |  | [a5.txt a3.txt a1.txt a4.txt]",
			"Russia | Country | <nil> | <nil> | president-of | out | [a1.txt]",
			"Benjamin Netanyahu | Person | <nil> | <nil> | thanked | out | [a5.txt]",
			"Benjamin Netanyahu | Person | <nil> | <nil> | met-with | both | [a5.txt]",
			"Hassan Rouhani | Person | <nil> | <nil> | met-with | both | [a5.txt a3.txt]",
			"Recep Tayyip Erdoğan | Person | <nil> | <nil> | met-with | both | [a3.txt]",
			"Benjamin Netanyahu | Person | <nil> | <nil> | spoke-with | both | [a4.txt]",
			"Hassan Rouhani | Person | <nil> | <nil> | spoke-with | both | [a1.txt]",
		}},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.query+"/"+strings.Join(values(tt.args), ","), func(t *testing.T) {
			q, ok := queries.Lookup(tt.query)
			if !ok {
				t.Fatalf("no query %q", tt.query)
			}
			res, err := r.Run(ctx, q, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Columns, q.Columns) {
				t.Errorf("columns %v, want %v", res.Columns, q.Columns)
			}
			got := summary(res.Rows, tt.keys...)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %d rows:\n\t%s\nwant %d:\n\t%s", len(got), strings.Join(got, "\n\t"), len(tt.want), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func values(m map[string]string) []string {
	var out []string
	for _, k := range []string{"entity", "person", "name", "a", "b"} {
		if v, ok := m[k]; ok {
			out = append(out, v)
		}
	}
	return out
}

// The library is a contract: these names, with these parameters in this order.
func TestLibrary(t *testing.T) {
	want := map[string]string{
		"supporters":    "ENTITY",
		"timeline":      "ENTITY",
		"allies":        "ENTITY",
		"adversaries":   "ENTITY",
		"roles":         "PERSON",
		"officials":     "ENTITY",
		"envoys":        "[ENTITY]",
		"contacts":      "PERSON",
		"common-allies": "A B",
		"connection":    "A B",
		"evidence":      "A B",
		"mentions":      "ENTITY",
		"entity":        "NAME",
	}
	got := map[string]string{}
	for _, q := range queries.All() {
		got[q.Name] = q.Usage()
		p, err := queries.Parse(q.Source)
		if err != nil {
			t.Errorf("%s: %v", q.Name, err)
			continue
		}
		if p.Name != q.Name || p.Question == "" || !reflect.DeepEqual(p.Params, q.Params) || !reflect.DeepEqual(p.Columns, q.Columns) {
			t.Errorf("%s: parses as %+v", q.Name, p)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("library %v, want %v", got, want)
	}
}

// Every query runs as it is, on its example parameters, the way it runs
// pasted into Cayley's query editor; every row whose answer is an entity
// has its name under "entity" and its articles under "articles".
func TestExamples(t *testing.T) {
	s := corpusStore(t)
	r := &queries.Runner{Store: s}
	noEntity := map[string]bool{"evidence": true, "mentions": true}
	for _, q := range queries.All() {
		t.Run(q.Name, func(t *testing.T) {
			rows, err := r.Gizmo(context.Background(), q.Source)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				t.Fatal("no rows on the example parameters")
			}
			for _, row := range rows {
				m, ok := row.(map[string]any)
				if !ok {
					t.Fatalf("row %v is not an object", row)
				}
				keys := []string{"source", "target"}
				if !noEntity[q.Name] {
					keys = append(keys, "entity", "articles")
				}
				for _, k := range keys {
					if _, ok := m[k]; !ok && !(q.Name == "entity" && m["predicate"] == "" && (k == "source" || k == "target")) {
						t.Errorf("row %v has no %q", m, k)
					}
				}
			}
		})
	}
}

// Names are data: whatever they contain, they are looked up, not run.
func TestParametersAreData(t *testing.T) {
	s := corpusStore(t)
	r := &queries.Runner{Store: s}
	ctx := context.Background()
	hostile := []string{
		`"}; g.Emit("pwned"); var x = {"`,
		`Assad"); g.Emit("pwned"); //`,
		`\"); g.Emit(1); (\`,
		`Iran\"); g.Emit(1); //`,
		`</script><entity:iran>`,
		`(function(){ g.Emit("pwned") })()`,
		"Iran\n; g.Emit(1);",
	}
	for _, q := range queries.All() {
		for _, h := range hostile {
			args := map[string]string{}
			for _, p := range q.Params {
				args[p.Name] = h
			}
			_, err := r.Run(ctx, q, args)
			var nf *store.NotFoundError
			if !errors.As(err, &nf) {
				t.Errorf("%s %q: err = %v, want a NotFoundError", q.Name, h, err)
			}

			// Even unresolved, a value can only replace the parameter line.
			values := map[string]string{}
			for _, p := range q.Params {
				values[p.Name] = h
			}
			prog := q.Program(values)
			src, got := strings.Split(q.Source, "\n"), strings.Split(prog, "\n")
			if len(src) != len(got) {
				t.Fatalf("%s %q: program has %d lines, source %d", q.Name, h, len(got), len(src))
			}
			changed := 0
			for i := range src {
				if src[i] != got[i] {
					changed++
					if !strings.HasPrefix(got[i], "var p = {") || !strings.HasSuffix(got[i], "};") {
						t.Errorf("%s %q: line %d is %q", q.Name, h, i+1, got[i])
					}
				}
			}
			if changed > 1 {
				t.Errorf("%s %q: %d lines changed", q.Name, h, changed)
			}
			rows, err := r.Gizmo(ctx, prog)
			if err != nil {
				t.Errorf("%s %q: %v", q.Name, h, err)
			}
			if len(rows) != 0 {
				t.Errorf("%s %q: %d rows, want none: %v", q.Name, h, len(rows), rows)
			}
		}
	}
}

func TestArgs(t *testing.T) {
	s := corpusStore(t)
	r := &queries.Runner{Store: s}
	ctx := context.Background()
	q, _ := queries.Lookup("connection")
	var ae *queries.ArgError
	if _, err := r.Run(ctx, q, map[string]string{"a": "Iran"}); !errors.As(err, &ae) {
		t.Errorf("connection with one argument: err = %v, want an ArgError", err)
	}
	if _, err := q.Bind([]string{"Iran"}); !errors.As(err, &ae) {
		t.Errorf("Bind one argument to connection: err = %v, want an ArgError", err)
	}
	e, _ := queries.Lookup("envoys")
	if m, err := e.Bind(nil); err != nil || len(m) != 0 {
		t.Errorf("Bind no argument to envoys = %v, %v", m, err)
	}
	if _, err := r.Run(ctx, q, map[string]string{"a": "Iran", "b": "Irann"}); err == nil {
		t.Error("connection to a misspelt name: no error")
	}
}

func TestBindJoinsOneName(t *testing.T) {
	q, _ := queries.Lookup("supporters")
	got, err := q.Bind([]string{"Bashar", "al-Assad"})
	if err != nil || got["entity"] != "Bashar al-Assad" {
		t.Errorf("Bind(Bashar al-Assad) = %v, %v; want one name", got, err)
	}
	q, _ = queries.Lookup("evidence")
	if _, err := q.Bind([]string{"Russia", "Bashar", "al-Assad"}); err == nil {
		t.Error("evidence took 3 arguments")
	}
}

// TestEmptyStore: a store that holds no article yet answers every query
// with no rows, not with "no entity named".
func TestEmptyStore(t *testing.T) {
	r := &queries.Runner{Store: storetest.New(t)}
	for _, q := range queries.All() {
		args := map[string]string{}
		for _, p := range q.Params {
			args[p.Name] = "Assad"
		}
		res, err := r.Run(context.Background(), q, args)
		if err != nil || len(res.Rows) != 0 {
			t.Errorf("%s on an empty store = %v, %v; want no rows", q.Name, res, err)
		}
	}
}
