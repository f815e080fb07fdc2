package graph

import "github.com/cayleygraph/quad"

// Standing facts are the catalog's, not an article's: what any analyst
// knows ("Kremlin part-of Russia"). They are laid out as an article's facts
// are, with the catalog node in the article's place, so that every query
// that follows facts follows them too, and one that reads provenance can
// tell them apart (the label of the direct edge, the <article> of the fact
// node):
//
//	<entity:kremlin>   <part-of>    <entity:russia>    <entente:catalog>
//	<fact:H>           <type>       <Fact>             <entente:catalog>
//	<fact:H>           <subject>    <entity:kremlin>   <entente:catalog>   likewise <predicate>, <object>
//	<fact:H>           <article>    <entente:catalog>  <entente:catalog>
//	<fact:H>           <evidence>   "a body of Russia…" <entente:catalog>  the catalog's note
//	<fact:H>           <confidence> 1                  <entente:catalog>
//	<entente:catalog>  <type>       <Catalog>          <entente:catalog>
var (
	CatalogNode = quad.IRI("entente:catalog")
	TypeCatalog = quad.IRI("Catalog")
)

// StandingConfidence is the confidence of a standing fact: the catalog is
// not guessing.
const StandingConfidence = 1.0

// CatalogName is how answers and exports name the catalog where they name
// an article.
const CatalogName = "catalog"

// IsCatalog reports whether v is the catalog node: the provenance of a
// standing fact.
func IsCatalog(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && iri == CatalogNode
}

// CatalogFactIRI is the node of a standing fact. No article name starts
// with a NUL, so it is never an article's fact node.
func CatalogFactIRI(f Fact) quad.IRI { return FactIRI("\x00"+string(CatalogNode), f) }

// StandingQuads lays the standing facts out as quads, all labelled with
// CatalogNode, in a stable order; none when facts is empty.
func StandingQuads(facts []Fact) []quad.Quad {
	if len(facts) == 0 {
		return nil
	}
	label := CatalogNode
	qs := []quad.Quad{{Subject: label, Predicate: PredType, Object: TypeCatalog, Label: label}}
	add := func(s, p, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	for _, f := range MergeFacts(facts) {
		node := CatalogFactIRI(f.Fact)
		s, o := EntityIRI(f.Subject.ID()), EntityIRI(f.Object.ID())
		p := PredicateIRI(f.Predicate)
		add(s, p, o)
		add(node, PredType, TypeFact)
		add(node, PredSubject, s)
		add(node, PredPredicate, p)
		add(node, PredObject, o)
		add(node, PredArticle, label)
		for _, ev := range f.Evidence {
			add(node, PredEvidence, quad.String(ev))
		}
		add(node, PredConfidence, quad.Float(f.Confidence))
	}
	return qs
}
