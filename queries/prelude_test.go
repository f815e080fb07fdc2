package queries_test

import (
	"context"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/queries"
)

// The files carry the current prelude, so that each, pasted into Cayley's
// query editor, runs what Entente runs; 'go generate ./queries' fixes this.
func TestPreludeInSync(t *testing.T) {
	if !strings.Contains(queries.Prelude(), `"<supports>"`) {
		t.Fatalf("the prelude names no predicate:\n%s", queries.Prelude())
	}
	for _, q := range queries.All() {
		disk, err := os.ReadFile(q.Name + ".js")
		if err != nil {
			t.Fatal(err)
		}
		want, err := queries.WithPrelude(string(disk))
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		if string(disk) != want {
			t.Errorf("%s.js: its prelude is not the vocabulary's; run 'go generate ./queries'", q.Name)
		}
		if !strings.Contains(string(disk), queries.Prelude()) {
			t.Errorf("%s.js: no prelude block", q.Name)
		}
		// What runs on the example values is the file itself.
		if got := q.Program(examples(t, q)); got != string(disk) {
			t.Errorf("%s: Program on the example values is not the file", q.Name)
		}
	}
	// A file with a stale prelude gets the current one.
	q, _ := queries.Lookup("roles")
	stale := strings.Replace(q.Source, `"<head-of>", `, "", 1)
	if stale == q.Source {
		t.Fatal("roles.js lists no <head-of> to remove")
	}
	fixed, err := queries.WithPrelude(stale)
	if err != nil || fixed != q.Source {
		t.Errorf("WithPrelude of a stale file did not restore it (err %v)", err)
	}
}

// examples reads the example values of q's parameter line.
func examples(t *testing.T, q *queries.Query) map[string]string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^var p = \{(.*)\};$`).FindStringSubmatch(q.Source)
	if m == nil {
		t.Fatalf("%s: no parameter line", q.Name)
	}
	out := map[string]string{}
	for _, kv := range regexp.MustCompile(`"([^"]+)":\s*"([^"]*)"`).FindAllStringSubmatch(m[1], -1) {
		out[kv[1]] = kv[2]
	}
	return out
}

// The predicate lists of the prelude are the vocabulary's, family by
// family, as Gizmo sees them.
func TestPreludeVocabulary(t *testing.T) {
	s := storetest.New(t)
	r := &queries.Runner{Store: s}
	rows, err := r.Gizmo(context.Background(), "var p = {};\n"+queries.Prelude()+
		`g.Emit({role: ROLE, alliance: ALLIANCE, hostility: HOSTILITY, contact: CONTACT, all: PREDICATES, symmetric: Object.keys(SYMMETRIC)});`)
	if err != nil || len(rows) != 1 {
		t.Fatalf("rows %v, err %v", rows, err)
	}
	got := rows[0].(map[string]any)
	want := map[string][]any{}
	for _, v := range graph.Vocabulary {
		iri := graph.PredicateIRI(v.Predicate).String()
		want[string(v.Family)] = append(want[string(v.Family)], iri)
		want["all"] = append(want["all"], iri)
		if v.Symmetric {
			want["symmetric"] = append(want["symmetric"], iri)
		}
	}
	for k, w := range want {
		if !reflect.DeepEqual(got[k], w) {
			t.Errorf("%s: prelude has %v, the vocabulary %v", k, got[k], w)
		}
	}
}

// Outside the prelude, a query names only predicates that exist, and takes
// any list of them from the prelude instead of writing it out, so that a
// predicate added to or removed from the vocabulary reaches every query.
func TestQueriesUseTheVocabulary(t *testing.T) {
	known := map[string]bool{}
	for _, v := range graph.Vocabulary {
		known[graph.PredicateIRI(v.Predicate).String()] = true
	}
	nodes := map[string]bool{}
	for _, iri := range []string{
		graph.PredName.String(), graph.PredType.String(), graph.PredAlias.String(), graph.PredLookup.String(), graph.PredKnown.String(),
		graph.PredQID.String(), graph.PredMentions.String(), graph.PredTitle.String(), graph.PredFile.String(),
		graph.PredDate.String(), graph.PredHash.String(), graph.PredSubject.String(), graph.PredPredicate.String(),
		graph.PredObject.String(), graph.PredArticle.String(), graph.PredEvidence.String(), graph.PredConfidence.String(),
		graph.TypeArticle.String(), graph.TypeFact.String(), graph.Calendar.String(), graph.PredDay.String(),
		graph.PredCounts.String(), graph.PredTally.String(), graph.PredTallySubject.String(), graph.PredTallyObject.String(),
	} {
		nodes[iri] = true
	}
	for _, ty := range []graph.EntityType{graph.Person, graph.Country, graph.Organization, graph.Place, graph.Agreement} {
		nodes[graph.TypeIRI(ty).String()] = true
	}
	literal := regexp.MustCompile(`"(<[^":]+>)"`)
	list := regexp.MustCompile(`\[[^\[\]]*\]`)
	for _, m := range literal.FindAllStringSubmatch(queries.Prelude(), -1) {
		if !known[m[1]] && !nodes[m[1]] {
			t.Errorf("the prelude names %s, which is neither in the vocabulary nor in the quad layout", m[1])
		}
	}
	for _, q := range queries.All() {
		body := q.Source[strings.Index(q.Source, "---- end of prelude ----"):]
		for _, m := range literal.FindAllStringSubmatch(body, -1) {
			if !known[m[1]] && !nodes[m[1]] {
				t.Errorf("%s.js names %s, which is neither in the vocabulary nor in the quad layout", q.Name, m[1])
			}
		}
		for _, l := range list.FindAllString(body, -1) {
			n := 0
			for _, m := range literal.FindAllStringSubmatch(l, -1) {
				if known[m[1]] {
					n++
				}
			}
			if n >= 3 {
				t.Errorf("%s.js writes out a list of predicates, %s; take it from the prelude (ROLE, ALLIANCE, HOSTILITY, CONTACT, PREDICATES, SYMMETRIC)", q.Name, l)
			}
		}
	}
}

// JavaScript reads article names back the way Go does (graph.ArticleName).
func TestPreludeArticleName(t *testing.T) {
	s := storetest.New(t)
	names := []string{"plain.txt", "a b%c?#d.txt", "Şam — 2018/x.txt"}
	for _, n := range names {
		storetest.Load(t, s, document(n, "", "2018-01-01", nil, palmyra))
	}
	r := &queries.Runner{Store: s}
	q, _ := queries.Lookup("mentions")
	res, err := r.Run(context.Background(), q, map[string]string{"entity": "Palmyra"})
	if err != nil {
		t.Fatal(err)
	}
	got := summary(res.Rows, "article")
	want := []string{"a b%c?#d.txt", "plain.txt", "Şam — 2018/x.txt"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("article names %q, want %q", got, want)
	}
	for _, n := range names {
		if back, ok := graph.ArticleName(graph.ArticleIRI(n)); !ok || back != n {
			t.Errorf("graph.ArticleName(ArticleIRI(%q)) = %q", n, back)
		}
	}
}
