// Package graph holds Entente's domain: the entities and facts read from news
// articles, the vocabulary of predicates they use, and the way they are laid
// out as quads. It knows the shape of the knowledge graph but not how a store
// keeps it; the Cayley adapter lives in graph/store.
package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EntityType is the kind of thing an entity is.
type EntityType string

// The entity types of the ontology.
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Agreement    EntityType = "Agreement"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Country, Organization, Place, Agreement}

// Valid reports whether t is one of the ontology's entity types.
func (t EntityType) Valid() bool {
	for _, v := range EntityTypes {
		if t == v {
			return true
		}
	}
	return false
}

// Entity is a named actor, place or agreement. Name is the name the
// article gives it (the fullest form the text uses: the catalog's name,
// or the article's own spelling of a catalog person or body); StoredName
// is the name the store keeps it under. Aliases are the other surface
// forms seen.
type Entity struct {
	Name    string
	Type    EntityType
	Aliases []string
	// Known are other names the extractor knows the entity by (from its
	// catalog) though the article did not use them: "IRGC" for the
	// Revolutionary Guards. They let people find the entity by any name.
	Known []string
	// QID is the Wikidata identifier when known, e.g. "Q7747" for Putin.
	QID string
	// Stored is, for an entity the article names in its own spelling
	// ("Sergey Lavrov", "Jaish al-Islam"), the catalog's name ("Sergei
	// Lavrov", "Jaysh al-Islam"): the name the store keeps it under, so
	// that one actor spelt two ways in two reports stays one node. Empty
	// when Name is that name too.
	Stored string
}

// StoredName is the name the store keeps the entity under: Stored when
// set, else Name.
func (e Entity) StoredName() string {
	if e.Stored != "" {
		return e.Stored
	}
	return e.Name
}

// ID is the entity's stable identifier, derived from its stored name:
// lower case, diacritics removed, runs of other characters folded to "-".
// "Recep Tayyip Erdoğan" has the ID "recep-tayyip-erdogan".
func (e Entity) ID() string { return Slug(e.StoredName()) }

// Slug folds s to the identifier form used by Entity.ID.
func Slug(s string) string { return fold(s, '-') }

// fold lowers s, drops its diacritics and turns each run of characters
// other than letters and digits into one sep.
func fold(s string, sep byte) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pending && b.Len() > 0 {
				b.WriteByte(sep)
			}
			pending = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pending = true
		}
	}
	return b.String()
}

// Article is one news article: the unit of loading and of provenance.
type Article struct {
	// Name is the file's base name, e.g. "002_253d886406e99b45.txt"; it
	// identifies the article in the store.
	Name string
	// Title is the article's headline, when the text has one.
	Title string
	// Date is the article's date as YYYY-MM-DD, when the text gives one.
	Date string
	// Outlet and URL are the outlet that published the article and its
	// address, when its source says.
	Outlet, URL string
	// Hash is the hex SHA-256 of the article text, kept so that a reader
	// can tell which text the facts were read from.
	Hash string
}

// Fact is one statement found in an article: subject, predicate, object,
// with the sentence that supports it.
type Fact struct {
	Subject   Entity
	Predicate Predicate
	Object    Entity
	// Evidence is the sentence of the article that states the fact.
	Evidence string
	// Sentence is the 0-based index of the evidence sentence in the article.
	Sentence int
	// Confidence in [0,1]: how sure the extractor is of the fact.
	Confidence float64
	// Date is the date of the event as the sentence gives it ("on
	// Sunday", "in 2014"), resolved against the article's date: ISO 8601
	// to its precision (2014, 2014-03 or 2014-03-07), or "" when the
	// sentence gives none. EventDate falls back on the article's date.
	Date string
}

// EventDate is the date of the fact's event: the one its sentence gives,
// else the date of the article that states it (articleDate), else "".
func (f Fact) EventDate(articleDate string) string {
	if f.Date != "" {
		return f.Date
	}
	return articleDate
}

// Key identifies a fact within an article regardless of its evidence. The
// ends of a symmetric predicate are put in a fixed order, so "A met-with B"
// and "B met-with A" share a key.
func (f Fact) Key() (subject string, predicate Predicate, object string) {
	s, o := f.Subject.ID(), f.Object.ID()
	if f.Predicate.Symmetric() && o < s {
		s, o = o, s
	}
	return s, f.Predicate, o
}

// Normalize puts the ends of a symmetric fact in the fixed order of Key.
func (f Fact) Normalize() Fact {
	if f.Predicate.Symmetric() && f.Object.ID() < f.Subject.ID() {
		f.Subject, f.Object = f.Object, f.Subject
	}
	return f
}

// Document is everything extracted from one article: the article itself,
// the entities it mentions (with the aliases seen in it) and its facts.
type Document struct {
	Article  Article
	Entities []Entity
	Facts    []Fact
}

// LookupKey folds a name the way people type it: diacritics and case
// dropped, a leading "the" and a possessive "'s" removed, punctuation turned
// into spaces. "the Kremlin's" and "kremlin" have the same key, and so do
// "Recep Tayyip Erdoğan" and "recep tayyip erdogan".
func LookupKey(name string) string {
	name = possessive.Replace(name + " ")
	return strings.TrimPrefix(fold(name, ' '), "the ")
}

// possessive drops a possessive 's; built once, as building a Replacer
// costs more than using it.
var possessive = strings.NewReplacer("’s ", " ", "'s ", " ")
