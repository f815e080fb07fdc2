package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/entente/entente/graph"
)

// JSONLDEncoder writes a view as JSON-LD for linked-data tools. Entities
// get schema.org types (Person, Country, Organization, Place; an Agreement
// is a CreativeWork) with their name, alternateName and a sameAs link to
// Wikidata; each fact is both a direct property of its subject
// ("supports": ["entity:bashar-al-assad"]) and a Fact node citing its
// articles, with the evidence sentences as schema.org Quotations. Node IRIs
// are those of the store (entity:…, article:…); the predicates live under
// urn:entente:.
type JSONLDEncoder struct{ w io.Writer }

// NewJSONLDEncoder returns an encoder that writes JSON-LD to w.
func NewJSONLDEncoder(w io.Writer) *JSONLDEncoder { return &JSONLDEncoder{w} }

// jsonldVocab is the namespace of Entente's own terms.
const jsonldVocab = "urn:entente:"

// schemaTypes maps entity types to schema.org types.
var schemaTypes = map[graph.EntityType]any{
	graph.Person:       "Person",
	graph.Country:      "Country",
	graph.Organization: "Organization",
	graph.Place:        "Place",
	graph.Agreement:    []string{"CreativeWork", "Agreement"},
}

// jsonldContext maps the document's terms to IRIs.
func jsonldContext() map[string]any {
	ctx := map[string]any{
		"@vocab":        "https://schema.org/",
		"xsd":           "http://www.w3.org/2001/XMLSchema#",
		"entente":       jsonldVocab,
		"Agreement":     "entente:Agreement",
		"Fact":          "entente:Fact",
		"sameAs":        map[string]string{"@type": "@id"},
		"citation":      map[string]string{"@type": "@id"},
		"isPartOf":      map[string]string{"@type": "@id"},
		"datePublished": map[string]string{"@type": "xsd:date"},
		"subject":       map[string]string{"@id": "entente:subject", "@type": "@id"},
		"predicate":     map[string]string{"@id": "entente:predicate", "@type": "@id"},
		"object":        map[string]string{"@id": "entente:object", "@type": "@id"},
		"weight":        "entente:weight",
		"confidence":    "entente:confidence",
		"evidence":      "entente:evidence",
		"catalog":       "entente:catalog",
		"firstSeen":     map[string]string{"@id": "entente:firstSeen", "@type": "xsd:date"},
		"lastSeen":      map[string]string{"@id": "entente:lastSeen", "@type": "xsd:date"},
	}
	for _, p := range graph.Vocabulary {
		ctx[string(p.Predicate)] = map[string]string{"@id": "entente:" + string(p.Predicate), "@type": "@id"}
	}
	return ctx
}

// Encode writes v as one JSON-LD document with a @graph.
func (e *JSONLDEncoder) Encode(v *graph.View) error {
	var items []any
	out := make(map[string]map[graph.Predicate][]string)
	for _, ed := range v.Edges {
		if out[ed.Source] == nil {
			out[ed.Source] = make(map[graph.Predicate][]string)
		}
		out[ed.Source][ed.Predicate] = append(out[ed.Source][ed.Predicate], string(graph.EntityIRI(ed.Target)))
	}
	for _, n := range v.Nodes {
		node := map[string]any{
			"@id":  string(graph.EntityIRI(n.ID)),
			"name": n.Name,
		}
		if t, ok := schemaTypes[n.Type]; ok {
			node["@type"] = t
		} else {
			node["@type"] = "Thing"
		}
		if len(n.Aliases) > 0 {
			node["alternateName"] = n.Aliases
		}
		if n.QID != "" {
			node["sameAs"] = "http://www.wikidata.org/entity/" + n.QID
		}
		for p, targets := range out[n.ID] {
			node[string(p)] = targets
		}
		items = append(items, node)
	}
	for _, a := range v.Articles() {
		art := map[string]any{
			"@id":   string(graph.ArticleIRI(a.Name)),
			"@type": "NewsArticle",
			"name":  a.Name,
		}
		if a.Title != "" {
			art["headline"] = a.Title
		}
		if a.Date != "" {
			art["datePublished"] = a.Date
		}
		items = append(items, art)
	}
	for i, ed := range v.Edges {
		cites := make([]string, len(ed.Articles))
		for j, a := range ed.Articles {
			cites[j] = string(graph.ArticleIRI(a.Name))
		}
		quotes := make([]any, len(ed.Evidence))
		for j, ev := range ed.Evidence {
			from := string(graph.ArticleIRI(ev.Article))
			if ev.Article == graph.CatalogName && ed.Catalog {
				from = string(graph.CatalogNode) // the catalog's note, no article's sentence
			}
			quotes[j] = map[string]any{
				"@type":    "Quotation",
				"text":     ev.Sentence,
				"isPartOf": from,
			}
		}
		fact := map[string]any{
			"@id":        fmt.Sprintf("_:fact%d", i),
			"@type":      "Fact",
			"subject":    string(graph.EntityIRI(ed.Source)),
			"predicate":  jsonldVocab + string(ed.Predicate),
			"object":     string(graph.EntityIRI(ed.Target)),
			"weight":     ed.Weight(),
			"confidence": ed.Confidence,
			"citation":   cites,
			"evidence":   quotes,
			"catalog":    ed.Catalog,
		}
		if d := ed.FirstDate(); d != "" {
			fact["firstSeen"], fact["lastSeen"] = d, ed.LastDate()
		}
		items = append(items, fact)
	}
	if items == nil {
		items = []any{}
	}
	enc := json.NewEncoder(e.w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"@context": jsonldContext(), "@graph": items})
}
