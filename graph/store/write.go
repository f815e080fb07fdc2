package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/entente/entente/graph"
)

// Outcome says what Put did with an article.
type Outcome int

// What Put can do with an article.
const (
	Added     Outcome = iota // the article was new
	Replaced                 // the article's text had changed; its quads were replaced
	Unchanged                // the same text was already stored; nothing was written
)

func (o Outcome) String() string {
	return [...]string{"added", "replaced", "unchanged"}[o]
}

// Put writes doc's quads in one transaction; see PutBatch.
func (s *Store) Put(ctx context.Context, doc graph.Document) (Outcome, error) {
	out, err := s.PutBatch(ctx, []graph.Document{doc})
	if err != nil {
		return 0, err
	}
	return out[0], nil
}

// PutBatch writes docs, many articles in one transaction, and returns what
// it did with each. An article already stored with the same quads is left
// alone; one stored with others has all of its quads (those labelled with
// the article) removed first. Comparing quads rather than the text's hash
// means that an article read again by a better extractor is replaced,
// though its text did not change.
//
// Neither decision reads more than the article's own node: each article
// node carries a digest of the article's quads and a record of its
// labelled ones, written in the same transaction as they are. The store's
// counts (see Stats) are kept on graph.StoreNode in the same transactions.
//
// An article is all there or not at all: new articles come in one
// transaction, and a changed one is replaced in two (its old quads go with
// the others' in the first, its new ones come in the second), because
// Cayley's key-value backends lose quads when one batch both deletes and
// adds quads that share nodes. Should the second fail, the changed
// articles are absent rather than half-written, and loading them again
// adds them. On error no outcome is valid.
func (s *Store) PutBatch(ctx context.Context, docs []graph.Document) ([]Outcome, error) {
	out := make([]Outcome, 0, len(docs))
	// A name twice in one batch (two files of the same name in different
	// directories) is written in order, the later replacing the earlier.
	for len(docs) > 0 {
		n, seen := 0, make(map[string]bool, len(docs))
		for n < len(docs) && !seen[docs[n].Article.Name] {
			seen[docs[n].Article.Name] = true
			n++
		}
		o, err := s.putBatch(ctx, docs[:n])
		if err != nil {
			return nil, err
		}
		out = append(out, o...)
		docs = docs[n:]
	}
	return out, nil
}

// article is one article of a batch, ready to write.
type article struct {
	name  string
	label quad.IRI
	// quads are the quads to add: all the article's, its digest, record
	// and extractor included; for an unchanged article only its new
	// extractor's name, if it has one (see restamp).
	quads   []quad.Quad
	outcome Outcome
	old     []quad.Quad // the stored quads to remove first

	// adding and removing are what the counts and the tallies read of
	// quads and old, each read once (see reads).
	adding, removing *articleRead
}

// reads returns what the counts and the tallies read of the article's
// quads to add (or, with old, of its stored quads to remove), reading
// them on the first call only.
func (a *article) reads(old bool) articleRead {
	p, quads := &a.adding, a.quads
	if old {
		p, quads = &a.removing, a.old
	}
	if *p == nil {
		r := readArticle(a.label, quads)
		*p = &r
	}
	return **p
}

func (s *Store) putBatch(ctx context.Context, docs []graph.Document) ([]Outcome, error) {
	arts := make([]*article, len(docs))
	outcomes := make([]Outcome, len(docs))
	if err := s.prepareAll(ctx, docs, arts); err != nil {
		return nil, err
	}
	var replaced, added, restamped []*article
	for i, a := range arts {
		outcomes[i] = a.outcome
		switch {
		case a.outcome == Replaced:
			replaced = append(replaced, a)
			added = append(added, a)
		case a.outcome == Added:
			added = append(added, a)
		case len(a.quads) > 0:
			restamped = append(restamped, a)
		}
	}
	c, err := s.counts(ctx)
	if err != nil {
		return nil, err
	}
	if !c.Tallied && c.Articles > 0 {
		if c, err = s.retally(ctx, c); err != nil {
			return nil, err
		}
	}
	if len(added) == 0 && len(restamped) == 0 {
		return outcomes, nil
	}
	c.Tallied = true
	ts := make(tallies)
	if len(replaced) > 0 {
		next, err := s.countRemoved(ctx, c, replaced)
		if err != nil {
			return nil, err
		}
		var del []quad.Quad
		for _, a := range replaced {
			del = append(del, a.old...)
		}
		tx := cgraph.NewTransactionN(len(del) + 2)
		for _, q := range del {
			tx.RemoveQuad(q)
		}
		// The tallies of the old statements lose their strings here and
		// get them back in the second transaction: a transaction that
		// removes a node's last use must add nothing that uses it.
		if err := s.untally(ctx, ts, replaced, tx); err != nil {
			return nil, err
		}
		next.Tallied = false
		next = setCounts(tx, c, next)
		if err := s.qw.ApplyTransaction(tx); err != nil {
			return nil, fmt.Errorf("remove the old facts of %s: %w", names(replaced), err)
		}
		removedOld() // a crash tests' hook: see crash.go
		c = next
		for _, st := range ts {
			if st.stale {
				if err := s.recount(ctx, st); err != nil {
					return nil, err
				}
			}
		}
	}
	next, err := s.countAdded(ctx, c, added)
	if err != nil {
		return nil, err
	}
	next.Tallied = true
	for _, a := range added {
		for _, stmt := range statements(a.label, a.reads(false)) {
			st, err := ts.get(ctx, s, stmt.spo)
			if err != nil {
				return nil, err
			}
			tallyAdd(&st.t, stmt)
		}
	}
	n := 2 + 3*len(ts)
	for _, a := range added {
		n += len(a.quads)
	}
	tx := cgraph.NewTransactionN(n)
	var shared []quad.Quad
	for _, a := range added {
		for _, q := range a.quads {
			if q.Label == nil {
				if _, ok := s.written[q]; ok {
					continue
				}
				shared = append(shared, q)
			}
			tx.AddQuad(q)
		}
	}
	for _, a := range restamped {
		for _, q := range a.old {
			tx.RemoveQuad(q)
		}
		for _, q := range a.quads {
			tx.AddQuad(q)
		}
	}
	for _, st := range ts {
		st.write(tx)
	}
	setCounts(tx, c, next)
	if err := s.qw.ApplyTransaction(tx); err != nil {
		return nil, fmt.Errorf("write %s: %w", names(append(added, restamped...)), err)
	}
	if len(s.written) < maxWritten {
		for _, q := range shared {
			s.written[q] = struct{}{}
		}
	}
	return outcomes, nil
}

// maxWritten bounds the memory Store.written takes: some tens of
// megabytes, ten times the entities' quads of a large store.
const maxWritten = 1 << 20

// names names the articles of a batch in an error message.
func names(arts []*article) string {
	if len(arts) == 1 {
		return arts[0].name
	}
	return fmt.Sprintf("%d articles (%s … %s)", len(arts), arts[0].name, arts[len(arts)-1].name)
}

// prepareAll prepares docs into arts on every core: laying out, hashing
// and packing an article's quads costs as much as Cayley's writing them.
func (s *Store) prepareAll(ctx context.Context, docs []graph.Document, arts []*article) error {
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs) && errs[w] == nil; i += workers {
				arts[i], errs[w] = s.prepare(ctx, docs[i])
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// prepare lays doc out as quads and finds out, from its node alone,
// whether the store already holds it as it is, holds another version of
// it, or does not hold it.
func (s *Store) prepare(ctx context.Context, doc graph.Document) (*article, error) {
	a := &article{name: doc.Article.Name, label: graph.ArticleIRI(doc.Article.Name)}
	quads := graph.Quads(doc)
	digest := Digest(quads)
	stored, err := s.out(ctx, a.label, graph.PredDigest)
	if err != nil {
		return nil, err
	}
	switch {
	case len(stored) == 1 && stored[0] == quad.String(digest):
		a.outcome = Unchanged
		return a, s.restamp(ctx, a)
	case len(stored) > 0:
		a.outcome = Replaced
		a.old, err = s.recorded(ctx, a.label, stored)
	default:
		// An article written before digests has no digest: its quads
		// are found the slow way, once.
		var types []quad.Value
		types, err = s.out(ctx, a.label, graph.PredType)
		a.outcome = Added
		if err == nil && len(types) > 0 {
			a.outcome = Replaced
			a.old, err = s.labelled(ctx, a.label)
		}
	}
	if err != nil {
		return nil, err
	}
	record, err := encodeRecord(quads)
	if err != nil {
		return nil, err
	}
	a.quads = append(quads,
		quad.Quad{Subject: a.label, Predicate: graph.PredDigest, Object: quad.String(digest), Label: a.label},
		quad.Quad{Subject: a.label, Predicate: graph.PredRecord, Object: quad.String(record), Label: a.label})
	if s.extractor != "" {
		a.quads = append(a.quads, s.extractorQuad(a.label))
	}
	return a, nil
}

func (s *Store) extractorQuad(label quad.IRI) quad.Quad {
	return quad.Quad{Subject: label, Predicate: graph.PredExtractor, Object: quad.String(s.extractor), Label: label}
}

// SetExtractor names the build of the extractor whose documents Put and
// PutBatch write from now on (a digest of the program, say): each article
// written carries it, and Current compares it.
func (s *Store) SetExtractor(fingerprint string) { s.extractor = fingerprint }

// Current reports whether the store holds the article name as the
// extractor named by SetExtractor read it from a text whose SHA-256 is
// hash: then reading the text again would change nothing. It costs two
// index lookups, and may be called while another goroutine writes.
func (s *Store) Current(ctx context.Context, name, hash string) (bool, error) {
	if s.extractor == "" {
		return false, nil
	}
	label := graph.ArticleIRI(name)
	for _, want := range []struct {
		pred, val quad.Value
	}{{graph.PredExtractor, quad.String(s.extractor)}, {graph.PredHash, quad.String(hash)}} {
		vals, err := s.out(ctx, label, want.pred)
		if err != nil || len(vals) != 1 || vals[0] != want.val {
			return false, err
		}
	}
	return true, nil
}

// restamp prepares an unchanged article written by another extractor to
// carry the current one's name, so that Current knows it next time: the
// quads to remove go to a.old, those to add to a.quads. Removing and adding
// them in one transaction is safe in Cayley's key-value backends: each
// node but the old name's is used as often before as after.
func (s *Store) restamp(ctx context.Context, a *article) error {
	if s.extractor == "" {
		return nil
	}
	old, err := s.out(ctx, a.label, graph.PredExtractor)
	if err != nil || (len(old) == 1 && old[0] == quad.String(s.extractor)) {
		return err
	}
	for _, v := range old {
		a.old = append(a.old, quad.Quad{Subject: a.label, Predicate: graph.PredExtractor, Object: v, Label: a.label})
	}
	a.quads = []quad.Quad{s.extractorQuad(a.label)}
	return nil
}

// recorded returns the labelled quads of a stored article, read from its
// record, with its digest and record quads.
func (s *Store) recorded(ctx context.Context, label quad.IRI, digests []quad.Value) ([]quad.Quad, error) {
	records, err := s.out(ctx, label, graph.PredRecord)
	if err != nil {
		return nil, err
	}
	var old []quad.Quad
	for _, r := range records {
		str, ok := r.(quad.String)
		if !ok {
			return nil, fmt.Errorf("%s: a record that is not a string", label)
		}
		qs, err := decodeRecord(string(str))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label, err)
		}
		old = append(old, qs...)
		old = append(old, quad.Quad{Subject: label, Predicate: graph.PredRecord, Object: r, Label: label})
	}
	if len(records) == 0 {
		// Cannot happen short of a foreign write; the scan is still right.
		return s.labelled(ctx, label)
	}
	for _, d := range digests {
		old = append(old, quad.Quad{Subject: label, Predicate: graph.PredDigest, Object: d, Label: label})
	}
	ex, err := s.out(ctx, label, graph.PredExtractor)
	for _, v := range ex {
		old = append(old, quad.Quad{Subject: label, Predicate: graph.PredExtractor, Object: v, Label: label})
	}
	return old, err
}

// out returns the values that node links to by pred: an index lookup.
func (s *Store) out(ctx context.Context, node, pred quad.Value) ([]quad.Value, error) {
	if s.qs.ValueOf(node) == nil {
		return nil, nil // nor any bucket to read, in a new key-value store
	}
	return path.StartPath(s.qs, node).Out(pred).Iterate(ctx).AllValues(s.qs)
}

// labelled returns every quad that carries label: a pass over the whole
// store in Cayley's key-value backends, which have no label index.
func (s *Store) labelled(ctx context.Context, label quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()))
	}
	return out, it.Err()
}

// Digest is the digest that an article's node carries of quads, the
// article's quads as graph.Quads lays them out: the SHA-256 of their
// lines, each the N-Quads form of its values separated by spaces.
func Digest(quads []quad.Quad) string {
	h := sha256.New()
	var line []byte
	for _, q := range quads {
		line = line[:0]
		for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if i > 0 {
				line = append(line, ' ')
			}
			if v != nil {
				line = append(line, v.String()...)
			}
		}
		line = append(line, '\n')
		h.Write(line)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// encodeRecord packs the labelled quads among quads into one string: their
// N-Quads, gzipped, in base64. Names, types and lookup keys of entities
// carry no label and are never removed, so they are left out.
func encodeRecord(quads []quad.Quad) (string, error) {
	var buf bytes.Buffer
	zw, _ := gzipWriters.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(&buf, gzip.BestSpeed); err != nil {
			return "", err
		}
	} else {
		zw.Reset(&buf)
	}
	defer gzipWriters.Put(zw)
	w := nquads.NewWriter(zw)
	for _, q := range quads {
		if q.Label == nil {
			continue
		}
		if err := w.WriteQuad(q); err != nil {
			return "", err
		}
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// gzipWriters saves allocating a compressor, hundreds of kilobytes, per
// article.
var gzipWriters sync.Pool

// decodeRecord unpacks a string of encodeRecord.
func decodeRecord(rec string) ([]quad.Quad, error) {
	b, err := base64.StdEncoding.DecodeString(rec)
	if err != nil {
		return nil, fmt.Errorf("read a record: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("read a record: %w", err)
	}
	r := nquads.NewReader(zr, false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read a record: %w", err)
		}
		out = append(out, q)
	}
}

// counted is what the store's counts see of an article's quads: its fact
// nodes, the entities it mentions and its facts' subject-predicate-object
// triples.
type counted struct {
	facts    int64
	mentions []quad.Value
	edges    [][3]quad.Value
}

func count(r articleRead) counted {
	c := counted{facts: int64(len(r.facts)), mentions: r.mentions}
	for _, f := range r.facts {
		if f.complete() {
			c.edges = append(c.edges, [3]quad.Value{f.s, f.p, f.o})
		}
	}
	return c
}

// factNode is a fact node as an article's labelled quads describe it.
type factNode struct {
	s, p, o quad.Value
	conf    float64
}

func (f *factNode) complete() bool { return f.s != nil && f.p != nil && f.o != nil }

// articleRead is what the counts and the tallies read of an article's
// labelled quads: its fact nodes in the order they come, the entities it
// mentions, and its date (when label, the article node, is given).
type articleRead struct {
	facts    []*factNode
	mentions []quad.Value
	date     string
}

func readArticle(label quad.Value, quads []quad.Quad) articleRead {
	var r articleRead
	facts := make(map[quad.Value]*factNode)
	fact := func(n quad.Value) *factNode {
		f := facts[n]
		if f == nil {
			f = &factNode{}
			facts[n] = f
		}
		return f
	}
	var order []quad.Value
	for _, q := range quads {
		if q.Label == nil {
			continue
		}
		switch q.Predicate {
		case graph.PredMentions:
			r.mentions = append(r.mentions, q.Object)
		case graph.PredType:
			if q.Object == graph.TypeFact {
				order = append(order, q.Subject)
				fact(q.Subject)
			}
		case graph.PredSubject:
			fact(q.Subject).s = q.Object
		case graph.PredPredicate:
			fact(q.Subject).p = q.Object
		case graph.PredObject:
			fact(q.Subject).o = q.Object
		case graph.PredConfidence:
			fact(q.Subject).conf, _ = floatOf(q.Object)
		case graph.PredDate:
			if label != nil && q.Subject == label {
				r.date = quad.ToString(q.Object)
			}
		}
	}
	r.facts = make([]*factNode, len(order))
	for k, n := range order {
		r.facts[k] = facts[n]
	}
	return r
}

// counts are the store's counts as kept on graph.StoreNode.
type counts struct {
	Articles int64 `json:"articles"`
	Entities int64 `json:"entities"`
	Facts    int64 `json:"facts"`
	Edges    int64 `json:"edges"`
	// Tallied says that every triple's tally is written (see tally.go).
	Tallied bool `json:"tallied,omitempty"`
	// value is the stored literal; empty when none is stored yet.
	value quad.Value
}

// counts reads the store's counts; a store written before they were kept
// is counted once, by a pass.
func (s *Store) counts(ctx context.Context) (counts, error) {
	c, ok, err := s.storedCounts(ctx)
	if err != nil || ok {
		return c, err
	}
	if s.qs.ValueOf(graph.TypeArticle) == nil {
		return c, nil // an empty store
	}
	st, err := s.Recount(ctx)
	return counts{Articles: st.Articles, Entities: st.Entities, Facts: st.Facts, Edges: st.Edges}, err
}

// storedCounts reads the counts on graph.StoreNode, if there are any.
func (s *Store) storedCounts(ctx context.Context) (counts, bool, error) {
	vals, err := s.out(ctx, graph.StoreNode, graph.PredCounts)
	if err != nil || len(vals) == 0 {
		return counts{}, false, err
	}
	if len(vals) > 1 {
		return counts{}, false, fmt.Errorf("the store has %d sets of counts on %s; one was expected", len(vals), graph.StoreNode)
	}
	str, ok := vals[0].(quad.String)
	var c counts
	if !ok {
		return c, false, fmt.Errorf("the counts on %s are not a string", graph.StoreNode)
	}
	if err := json.Unmarshal([]byte(str), &c); err != nil {
		return c, false, fmt.Errorf("the counts on %s: %w", graph.StoreNode, err)
	}
	c.value = vals[0]
	return c, true, nil
}

// setCounts replaces the counts old by next in tx and returns next as
// stored. The counts literal is
// one node that only this quad uses, so removing and adding it in one
// transaction shares no node but graph.StoreNode and graph.PredCounts,
// whose counts of uses stay the same, which Cayley's key-value backends
// handle.
func setCounts(tx *cgraph.Transaction, old, next counts) counts {
	b, _ := json.Marshal(next)
	v := quad.String(b)
	if old.value == v {
		return old
	}
	if old.value != nil {
		tx.RemoveQuad(quad.Quad{Subject: graph.StoreNode, Predicate: graph.PredCounts, Object: old.value})
	}
	tx.AddQuad(quad.Quad{Subject: graph.StoreNode, Predicate: graph.PredCounts, Object: v})
	next.value = v
	return next
}

// countAdded returns c after adding arts, whose quads are not in the store.
// An entity counts when no article mentioned it before, an edge when no
// article stated it before: one index lookup each.
func (s *Store) countAdded(ctx context.Context, c counts, arts []*article) (counts, error) {
	seenE := make(map[quad.Value]bool)
	seenF := make(map[[3]quad.Value]bool)
	for _, a := range arts {
		k := count(a.reads(false))
		c.Articles++
		c.Facts += k.facts
		for _, e := range k.mentions {
			if seenE[e] {
				continue
			}
			seenE[e] = true
			n, err := path.StartPath(s.qs, e).In(graph.PredMentions).Iterate(ctx).Limit(1).Count()
			if err != nil {
				return c, err
			}
			if n == 0 {
				c.Entities++
			}
		}
		for _, f := range k.edges {
			if seenF[f] {
				continue
			}
			seenF[f] = true
			found := false
			err := s.labelsOf(ctx, f, func(quad.Value) bool { found = true; return false })
			if err != nil {
				return c, err
			}
			if !found {
				c.Edges++
			}
		}
	}
	return c, nil
}

// countRemoved returns c after removing the old quads of arts. An entity
// goes when only these articles mention it, an edge when only they state
// it; finding out reads at most one mention or statement beyond theirs.
func (s *Store) countRemoved(ctx context.Context, c counts, arts []*article) (counts, error) {
	going := make(map[quad.Value]bool, len(arts))
	for _, a := range arts {
		going[a.label] = true
	}
	others := func(v quad.Value) bool { return !going[v] }
	seenE := make(map[quad.Value]bool)
	seenF := make(map[[3]quad.Value]bool)
	for _, a := range arts {
		k := count(a.reads(true))
		c.Articles--
		c.Facts -= k.facts
		for _, e := range k.mentions {
			if seenE[e] {
				continue
			}
			seenE[e] = true
			kept := false
			it := path.StartPath(s.qs, e).In(graph.PredMentions).BuildIterator()
			for !kept && it.Next(ctx) {
				kept = others(s.qs.NameOf(it.Result()))
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return c, err
			}
			if !kept {
				c.Entities--
			}
		}
		for _, f := range k.edges {
			if seenF[f] {
				continue
			}
			seenF[f] = true
			kept := false
			err := s.labelsOf(ctx, f, func(l quad.Value) bool { kept = others(l); return !kept })
			if err != nil {
				return c, err
			}
			if !kept {
				c.Edges--
			}
		}
	}
	return c, nil
}

// labelsOf calls fn with the label of each article's quad that states spo,
// as long as fn returns true: a scan of the object-predicate-subject index.
func (s *Store) labelsOf(ctx context.Context, spo [3]quad.Value, fn func(quad.Value) bool) error {
	sh := shape.NodesFrom{Dir: quad.Label, Quads: shape.Quads{
		{Dir: quad.Subject, Values: shape.Lookup{spo[0]}},
		{Dir: quad.Predicate, Values: shape.Lookup{spo[1]}},
		{Dir: quad.Object, Values: shape.Lookup{spo[2]}},
	}}
	it := shape.BuildIterator(s.qs, sh)
	defer it.Close()
	for it.Next(ctx) {
		l := s.qs.NameOf(it.Result())
		if graph.IsCatalog(l) {
			continue // a standing fact is no article's (see PutStanding)
		}
		if !fn(l) {
			break
		}
	}
	return it.Err()
}
