package graph

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// IRIs are cut apart by the same layout that builds them.
func TestIRIRoundTrip(t *testing.T) {
	for _, name := range []string{"002_253d886406e99b45.txt", "a b/c%d?.txt", "Şam — 2018.txt", ""} {
		iri := ArticleIRI(name)
		got, ok := ArticleName(iri)
		if !ok || got != name {
			t.Errorf("ArticleName(%v) = %q, %v; want %q", iri, got, ok, name)
		}
	}
	if id, ok := EntityID(EntityIRI("bashar-al-assad")); !ok || id != "bashar-al-assad" {
		t.Errorf("EntityID(EntityIRI(bashar-al-assad)) = %q, %v", id, ok)
	}
	for _, iri := range []quad.IRI{"fact:abc", "supports", "Person"} {
		if _, ok := EntityID(iri); ok {
			t.Errorf("EntityID(%v) took it for an entity", iri)
		}
		if _, ok := ArticleName(iri); ok {
			t.Errorf("ArticleName(%v) took it for an article", iri)
		}
	}
}

// TestFactDateQuad checks that a fact node carries its event's date: the
// one its sentence gives, else the article's, and none when neither is
// known.
func TestFactDateQuad(t *testing.T) {
	russia := Entity{Name: "Russia", Type: Country}
	assad := Entity{Name: "Bashar al-Assad", Type: Person}
	dated := Fact{Subject: russia, Predicate: Supports, Object: assad, Evidence: "Russia has backed Assad since 2015.", Date: "2015"}
	undated := Fact{Subject: assad, Predicate: Thanked, Object: russia, Evidence: "Assad thanked Russia."}
	dateOf := func(doc Document) map[string]string {
		out := map[string]string{}
		facts := map[string]string{} // fact node → predicate
		for _, q := range Quads(doc) {
			if q.Predicate == PredPredicate {
				facts[q.Subject.String()] = q.Object.String()
			}
		}
		for _, q := range Quads(doc) {
			if q.Predicate == PredDate && strings.HasPrefix(q.Subject.String(), "<"+FactPrefix) {
				out[facts[q.Subject.String()]] = q.Object.Native().(string)
			}
		}
		return out
	}
	doc := Document{Article: Article{Name: "a.txt", Date: "2018-09-10"}, Entities: []Entity{russia, assad}, Facts: []Fact{dated, undated}}
	if got := dateOf(doc); got["<supports>"] != "2015" || got["<thanked>"] != "2018-09-10" {
		t.Errorf("fact dates = %v; want supports 2015 (its sentence's) and thanked 2018-09-10 (the article's)", got)
	}
	doc.Article.Date = ""
	if got := dateOf(doc); got["<supports>"] != "2015" || len(got) != 1 {
		t.Errorf("fact dates in an undated article = %v; want only supports 2015", got)
	}
}
