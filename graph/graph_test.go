package graph_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

func TestSlugAndLookupKey(t *testing.T) {
	tests := []struct{ in, slug, key string }{
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan", "recep tayyip erdogan"},
		{"Bashar al-Assad", "bashar-al-assad", "bashar al assad"},
		{"the Kremlin's", "the-kremlin-s", "kremlin"},
		{"Iran’s Supreme National Security Council", "iran-s-supreme-national-security-council", "iran supreme national security council"},
		{"  U.S.  ", "u-s", "u s"},
		{"IRGC", "irgc", "irgc"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := graph.Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
		if got := graph.LookupKey(tt.in); got != tt.key {
			t.Errorf("LookupKey(%q) = %q, want %q", tt.in, got, tt.key)
		}
	}
}

func TestPredicates(t *testing.T) {
	for _, p := range graph.Vocabulary {
		if !p.Predicate.Valid() || p.Predicate.Family() != p.Family {
			t.Errorf("%s: not in the vocabulary as declared", p.Predicate)
		}
	}
	if !graph.MetWith.Symmetric() || graph.Supports.Symmetric() {
		t.Error("met-with must be symmetric and supports not")
	}
	if _, err := graph.ParsePredicate("backs"); err == nil {
		t.Error("ParsePredicate(backs) succeeded")
	}
}

var (
	putin  = graph.Entity{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin", "Vladimir Putin"}}
	rouh   = graph.Entity{Name: "Hassan Rouhani", Type: graph.Person, Aliases: []string{"Rowhani"}, QID: "Q57388"}
	russia = graph.Entity{Name: "Russia", Type: graph.Country}
)

func TestMergeFacts(t *testing.T) {
	facts := []graph.Fact{
		{Subject: rouh, Predicate: graph.SpokeWith, Object: putin, Evidence: "A.", Confidence: 0.5},
		{Subject: putin, Predicate: graph.SpokeWith, Object: rouh, Evidence: "B.", Confidence: 0.9},
		{Subject: putin, Predicate: graph.SpokeWith, Object: rouh, Evidence: "A.", Confidence: 0.7},
		{Subject: putin, Predicate: graph.PresidentOf, Object: russia, Evidence: "C.", Confidence: 1},
	}
	got := graph.MergeFacts(facts)
	if len(got) != 2 {
		t.Fatalf("MergeFacts gave %d facts, want 2: %+v", len(got), got)
	}
	m := got[0]
	if m.Subject.Name != "Hassan Rouhani" || m.Object.Name != "Vladimir Putin" {
		t.Errorf("symmetric fact not in key order: %s %s %s", m.Subject.Name, m.Predicate, m.Object.Name)
	}
	if strings.Join(m.Evidence, "|") != "A.|B." || m.Confidence != 0.9 {
		t.Errorf("merged evidence %q confidence %v; want A.|B. and 0.9", m.Evidence, m.Confidence)
	}
}

func TestQuads(t *testing.T) {
	doc := graph.Document{
		Article:  graph.Article{Name: "my story.txt", Title: "Talks", Date: "2017-01-01", Hash: "abc"},
		Entities: []graph.Entity{putin, rouh, russia},
		Facts: []graph.Fact{
			{Subject: putin, Predicate: graph.SpokeWith, Object: rouh, Evidence: "Putin called Rowhani.", Confidence: 0.8},
			{Subject: putin, Predicate: graph.PresidentOf, Object: russia, Evidence: "Russian President Vladimir Putin", Confidence: 1},
		},
	}
	label := quad.IRI("article:my%20story.txt")
	if graph.ArticleIRI(doc.Article.Name) != label {
		t.Fatalf("ArticleIRI = %v", graph.ArticleIRI(doc.Article.Name))
	}
	fact := graph.FactIRI(doc.Article.Name, doc.Facts[0])
	qs := graph.Quads(doc)
	has := func(s, p, o, l quad.Value) bool {
		for _, q := range qs {
			if q.Subject == s && q.Predicate == p && q.Object == o && q.Label == l {
				return true
			}
		}
		return false
	}
	want := []quad.Quad{
		{Subject: label, Predicate: graph.PredType, Object: graph.TypeArticle, Label: label},
		{Subject: label, Predicate: graph.PredTitle, Object: quad.String("Talks"), Label: label},
		{Subject: label, Predicate: graph.PredDate, Object: quad.String("2017-01-01"), Label: label},
		{Subject: label, Predicate: graph.PredHash, Object: quad.String("abc"), Label: label},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredName, Object: quad.String("Hassan Rouhani")},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredType, Object: quad.IRI("Person")},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredQID, Object: quad.String("Q57388")},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredAlias, Object: quad.String("Rowhani"), Label: label},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredLookup, Object: quad.String("rowhani"), Label: label},
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: graph.PredLookup, Object: quad.String("hassan rouhani")},
		{Subject: label, Predicate: graph.PredMentions, Object: graph.EntityIRI("russia"), Label: label},
		// The symmetric fact is stored once, its ends in key order.
		{Subject: graph.EntityIRI("hassan-rouhani"), Predicate: quad.IRI("spoke-with"), Object: graph.EntityIRI("vladimir-putin"), Label: label},
		{Subject: fact, Predicate: graph.PredSubject, Object: graph.EntityIRI("hassan-rouhani"), Label: label},
		{Subject: fact, Predicate: graph.PredObject, Object: graph.EntityIRI("vladimir-putin"), Label: label},
		{Subject: fact, Predicate: graph.PredArticle, Object: label, Label: label},
		{Subject: fact, Predicate: graph.PredEvidence, Object: quad.String("Putin called Rowhani."), Label: label},
		{Subject: graph.EntityIRI("vladimir-putin"), Predicate: quad.IRI("president-of"), Object: graph.EntityIRI("russia"), Label: label},
	}
	for _, q := range want {
		if !has(q.Subject, q.Predicate, q.Object, q.Label) {
			t.Errorf("missing quad %v", q)
		}
	}
	if has(graph.EntityIRI("vladimir-putin"), quad.IRI("spoke-with"), graph.EntityIRI("hassan-rouhani"), label) {
		t.Error("symmetric fact stored in both directions")
	}
	again := graph.Quads(doc)
	for i := range qs {
		if qs[i] != again[i] {
			t.Fatalf("Quads is not deterministic at %d: %v vs %v", i, qs[i], again[i])
		}
	}
}
