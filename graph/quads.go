package graph

import (
	"crypto/sha1"
	"encoding/hex"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// The layout of the graph in quads. Every quad that comes from an article
// carries the article's IRI as its label, so replacing an article replaces
// exactly its quads. Entities' names, types and Wikidata IDs are the same
// whichever article names them and carry no label.
//
//	<entity:russia>  <supports>  <entity:bashar-al-assad>  <article:A>   the fact itself
//	<fact:H>         <subject>   <entity:russia>           <article:A>   one node per fact and article,
//	<fact:H>         <predicate> <supports>                <article:A>   so that provenance is a path
//	<fact:H>         <object>    <entity:bashar-al-assad>  <article:A>   Gizmo can follow
//	<fact:H>         <article>   <article:A>               <article:A>
//	<fact:H>         <evidence>  "Russia backs Assad."      <article:A>   one per supporting sentence
//	<fact:H>         <date>      "2016-03-27"               <article:A>   the event's date: the sentence's, else the article's
//	<article:A>      <outlet>    "Wire Service"            <article:A>   when the source says; <url> too
//	<article:A>      <mentions>  <entity:russia>           <article:A>
//	<entity:russia>  <alias>     "Moscow"                  <article:A>   surface forms seen in A
//	<entity:russia>  <lookup>    "moscow"                  <article:A>   LookupKey of each alias
//	<entity:russia>  <name>      "Russia"                                 catalog data, unlabelled
//	<entity:russia>  <lookup>    "russia"                                 LookupKey of the name, of the
//	                                                                      names the catalog knows, of surnames
//	<entity:russia>  <known>     "Russian Federation"                     names the catalog knows, unlabelled
//	<entity:russia>  <type>      <Country>
//	<calendar>       <day>       "2018-05-09"                             every day an article is dated, unlabelled
var (
	// Node predicates.
	PredName       = quad.IRI("name")
	PredType       = quad.IRI("type")
	PredAlias      = quad.IRI("alias")
	PredLookup     = quad.IRI("lookup")
	PredKnown      = quad.IRI("known")
	PredQID        = quad.IRI("wikidata")
	PredMentions   = quad.IRI("mentions")
	PredTitle      = quad.IRI("title")
	PredOutlet     = quad.IRI("outlet")
	PredURL        = quad.IRI("url")
	PredFile       = quad.IRI("file")
	PredDate       = quad.IRI("date")
	PredHash       = quad.IRI("sha256")
	PredSubject    = quad.IRI("subject")
	PredPredicate  = quad.IRI("predicate")
	PredObject     = quad.IRI("object")
	PredArticle    = quad.IRI("article")
	PredEvidence   = quad.IRI("evidence")
	PredConfidence = quad.IRI("confidence")

	// The store's bookkeeping (see graph/store), so that writing an article
	// costs the same however big the store is: on the article node a digest
	// of all its quads and a compact record of its labelled ones, both
	// labelled with the article; on StoreNode the store's counts.
	PredDigest = quad.IRI("digest")
	PredRecord = quad.IRI("record")
	// PredExtractor names the build of the extractor that read the article,
	// so that an article whose text and extractor are the same is known to
	// be unchanged without reading it again.
	PredExtractor = quad.IRI("extractor")
	PredCounts    = quad.IRI("counts")
	StoreNode     = quad.IRI("entente:store")

	// A tally sums up, for one subject-predicate-object triple, every
	// article that states it (see Tally), so that a query need not read
	// thousands of fact nodes for a row's count, dates and most recent
	// articles. The tally node links to the triple's subject and object
	// and carries the summary as one JSON string; all three quads are
	// unlabelled, written by the store in the transactions that write
	// the articles.
	PredTally        = quad.IRI("tally")
	PredTallySubject = quad.IRI("tally-subject")
	PredTallyObject  = quad.IRI("tally-object")

	// Types of the nodes that are not entities.
	TypeArticle = quad.IRI("Article")
	TypeFact    = quad.IRI("Fact")
)

// The prefixes of the IRIs of entity, article and fact nodes. The Gizmo
// prelude of the canned queries is generated from them too (see queries),
// so Go and JavaScript cut IRIs apart the same way.
const (
	EntityPrefix  = "entity:"
	ArticlePrefix = "article:"
	FactPrefix    = "fact:"
	TallyPrefix   = "tally:"
)

// Calendar is the node that lists, under PredDay, every day an article is
// dated (unlabelled: a day stays listed when its articles go).
var (
	Calendar = quad.IRI("calendar")
	PredDay  = quad.IRI("day")
)

// EntityIRI is the node of the entity with the given ID.
func EntityIRI(id string) quad.IRI { return quad.IRI(EntityPrefix + id) }

// EntityID is the ID of the entity node iri, the inverse of EntityIRI; ok
// is false when iri is not an entity node.
func EntityID(iri quad.IRI) (id string, ok bool) { return strings.CutPrefix(string(iri), EntityPrefix) }

// ArticleIRI is the node, and the quad label, of the article with the given
// name. The name is path-escaped so that any file name makes a valid IRI.
func ArticleIRI(name string) quad.IRI { return quad.IRI(ArticlePrefix + url.PathEscape(name)) }

// ArticleName is the name of the article node iri, the inverse of
// ArticleIRI; ok is false when iri is not an article node.
func ArticleName(iri quad.IRI) (name string, ok bool) {
	escaped, ok := strings.CutPrefix(string(iri), ArticlePrefix)
	if !ok {
		return "", false
	}
	name, err := url.PathUnescape(escaped)
	if err != nil {
		return escaped, true // not written by ArticleIRI; the IRI is the best name there is
	}
	return name, true
}

// PredicateIRI is the quad predicate of p.
func PredicateIRI(p Predicate) quad.IRI { return quad.IRI(p) }

// TypeIRI is the node naming an entity type.
func TypeIRI(t EntityType) quad.IRI { return quad.IRI(t) }

// FactIRI is the node of one fact as stated in one article.
func FactIRI(article string, f Fact) quad.IRI {
	s, p, o := f.Key()
	return FactKeyIRI(article, s, p, o)
}

// FactKeyIRI is FactIRI of the fact whose Key is s, p, o.
func FactKeyIRI(article, s string, p Predicate, o string) quad.IRI {
	h := sha1.Sum([]byte(article + "\x00" + s + "\x00" + string(p) + "\x00" + o))
	return quad.IRI(FactPrefix + hex.EncodeToString(h[:10]))
}

// TallyIRI is the tally node of the triple s, p, o as the direct fact
// edge stores it (a symmetric fact's ends in Key order).
func TallyIRI(s, p, o quad.IRI) quad.IRI {
	h := sha1.Sum([]byte(string(s) + "\x00" + string(p) + "\x00" + string(o)))
	return quad.IRI(TallyPrefix + hex.EncodeToString(h[:10]))
}

// TallyRecent is how many of a triple's articles its tally lists, the
// most recent: the number a row lists unless asked for more.
const TallyRecent = 5

// Tally is what a tally node says of its triple, as its PredTally JSON
// string: a function of the set of articles that state the triple, so
// that any order of writes gives the same string.
type Tally struct {
	Subject   string `json:"subject"` // the nodes, as Gizmo writes them: "<entity:russia>"
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	// Count is the number of articles that state the triple.
	Count int64 `json:"count"`
	// Confidence is the highest confidence of its fact nodes.
	Confidence float64 `json:"confidence"`
	// FirstSeen and LastSeen are the earliest and latest dates of those
	// articles, "" when none is dated.
	FirstSeen string `json:"first_seen"`
	LastSeen  string `json:"last_seen"`
	// Recent are the TallyRecent most recent of them: newest first,
	// undated last, then by article name.
	Recent []Cited `json:"recent"`
	// How many of them have the highest confidence, and are dated
	// FirstSeen and LastSeen: so that the store can take an article out
	// of a tally without reading the others, unless it was the last so.
	AtConfidence int64 `json:"n_confidence"`
	AtFirstSeen  int64 `json:"n_first_seen"`
	AtLastSeen   int64 `json:"n_last_seen"`
}

// Cited is an article node and its date ("" when undated) in a Tally.
type Cited struct {
	Article string `json:"article"`
	Date    string `json:"date"`
}

// Quads lays doc out as the quads that the store keeps for it, in a stable
// order. Facts stated by several sentences become one fact node with several
// evidence quads; a symmetric fact is stored once, its ends in Key order.
func Quads(doc Document) []quad.Quad {
	a := doc.Article
	label := ArticleIRI(a.Name)
	var qs []quad.Quad
	add := func(s, p, o quad.Value, l quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}

	add(label, PredType, TypeArticle, label)
	add(label, PredFile, quad.String(a.Name), label)
	if a.Title != "" {
		add(label, PredTitle, quad.String(a.Title), label)
	}
	if a.Outlet != "" {
		add(label, PredOutlet, quad.String(a.Outlet), label)
	}
	if a.URL != "" {
		add(label, PredURL, quad.String(a.URL), label)
	}
	if a.Date != "" {
		add(label, PredDate, quad.String(a.Date), label)
		// The calendar lists the days articles are dated, so that a query
		// can walk from the newest day back, reading the articles of a
		// day through the object index, instead of reading the date of
		// each of thousands of articles.
		add(Calendar, PredDay, quad.String(a.Date), nil)
	}
	if a.Hash != "" {
		add(label, PredHash, quad.String(a.Hash), label)
	}

	entities := append([]Entity(nil), doc.Entities...)
	sort.Slice(entities, func(i, j int) bool { return entities[i].ID() < entities[j].ID() })
	for _, e := range entities {
		n := EntityIRI(e.ID())
		name := e.StoredName()
		add(n, PredName, quad.String(name), nil)
		for _, k := range sortedUnique(append(lookupKeys(append([]string{name}, e.Known...)), surnames(e)...)) {
			add(n, PredLookup, quad.String(k), nil)
		}
		// The names the catalog knows, as written, so that every form that
		// resolves to the entity can be listed with it ("IRGC").
		for _, k := range sortedUnique(e.Known) {
			if k != name {
				add(n, PredKnown, quad.String(k), nil)
			}
		}
		add(n, PredType, TypeIRI(e.Type), nil)
		if e.QID != "" {
			add(n, PredQID, quad.String(e.QID), nil)
		}
		add(label, PredMentions, n, label)
		for _, al := range sortedUnique(e.Aliases) {
			add(n, PredAlias, quad.String(al), label)
		}
		for _, k := range sortedUnique(lookupKeys(e.Aliases)) {
			add(n, PredLookup, quad.String(k), label)
		}
	}

	for _, f := range MergeFacts(doc.Facts) {
		node := FactIRI(a.Name, f.Fact)
		s, o := EntityIRI(f.Subject.ID()), EntityIRI(f.Object.ID())
		p := PredicateIRI(f.Predicate)
		add(s, p, o, label)
		add(node, PredType, TypeFact, label)
		add(node, PredSubject, s, label)
		add(node, PredPredicate, p, label)
		add(node, PredObject, o, label)
		add(node, PredArticle, label, label)
		for _, ev := range f.Evidence {
			add(node, PredEvidence, quad.String(ev), label)
		}
		add(node, PredConfidence, quad.Float(f.Confidence), label)
		if d := f.EventDate(a.Date); d != "" {
			add(node, PredDate, quad.String(d), label)
		}
	}
	return qs
}

// MergedFact is a fact of one article with all the sentences that state it.
type MergedFact struct {
	Fact
	// Evidence lists the supporting sentences in article order.
	Evidence []string
}

// MergeFacts folds facts with the same Key into one, keeping every distinct
// evidence sentence and the highest confidence, in order of first mention.
func MergeFacts(facts []Fact) []MergedFact {
	type key struct {
		s string
		p Predicate
		o string
	}
	index := make(map[key]int)
	var out []MergedFact
	for _, f := range facts {
		f = f.Normalize()
		s, p, o := f.Key()
		k := key{s, p, o}
		i, ok := index[k]
		if !ok {
			index[k] = len(out)
			out = append(out, MergedFact{Fact: f})
			i = len(out) - 1
		}
		m := &out[i]
		if f.Confidence > m.Confidence {
			m.Confidence = f.Confidence
		}
		if f.Evidence != "" && !slices.Contains(m.Evidence, f.Evidence) {
			m.Evidence = append(m.Evidence, f.Evidence)
		}
		if m.Date == "" {
			m.Date = f.Date // the first sentence that dates the event
		}
	}
	return out
}

// sortedUnique returns list sorted, without repeats or empty strings.
func sortedUnique(list []string) []string {
	out := slices.Compact(slices.Sorted(slices.Values(list)))
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// surnames are the lookup keys of a person's last name, as people type it
// ("Netanyahu", "Erdogan"), taken from the canonical name and the aliases.
func surnames(e Entity) []string {
	if e.Type != Person {
		return nil
	}
	var out []string
	for _, n := range append([]string{e.StoredName()}, e.Aliases...) {
		words := strings.Fields(LookupKey(n))
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if len(words) >= 3 && (words[len(words)-2] == "al" || words[len(words)-2] == "el") {
			out = append(out, words[len(words)-2]+" "+last) // "al assad" as well as "assad"
		}
		out = append(out, last)
	}
	return out
}

func lookupKeys(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, LookupKey(n))
	}
	return out
}
