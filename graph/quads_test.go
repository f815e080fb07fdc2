package graph

import (
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
