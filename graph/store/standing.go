package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/entente/entente/graph"
)

// StandingOutcome says what PutStanding did.
type StandingOutcome struct {
	// Held is the number of standing facts whose two ends the store holds:
	// those it keeps.
	Held int
	// Added and Removed count the standing facts written and taken out;
	// both are 0 when nothing changed.
	Added, Removed int
}

// PutStanding keeps in the store the standing facts (graph.StandingQuads)
// whose two ends it holds, and no others: a small store does not fill with
// the world's bodies. It is run after every load, and is cheap when nothing
// changed: one lookup of each entity of facts and a digest compared with
// the one on graph.CatalogNode. When the set changed (new entities loaded,
// or another catalog), it removes the facts that went and adds the new
// ones, in two transactions, since Cayley's key-value backends lose quads
// when one batch both deletes and adds quads that share nodes. The digest
// and the record of what is written move with the second, so a run killed
// between the two is finished by the next. Standing facts count in no
// count of Stats: they are no article's.
func (s *Store) PutStanding(ctx context.Context, facts []graph.Fact) (StandingOutcome, error) {
	var out StandingOutcome
	held, err := s.holds(ctx, facts)
	if err != nil {
		return out, err
	}
	var keep []graph.Fact
	for _, f := range facts {
		if held[graph.EntityIRI(f.Subject.ID())] && held[graph.EntityIRI(f.Object.ID())] {
			keep = append(keep, f)
		}
	}
	out.Held = len(keep)
	digest := quad.String(standingDigest(keep))
	stored, err := s.out(ctx, graph.CatalogNode, graph.PredDigest)
	if err != nil {
		return out, err
	}
	switch {
	case len(stored) == 1 && stored[0] == digest:
		return out, nil
	case len(stored) == 0 && len(keep) == 0:
		return out, nil
	}
	quads := graph.StandingQuads(keep)
	var old []quad.Quad
	if len(stored) > 0 {
		if old, err = s.recorded(ctx, graph.CatalogNode, stored); err != nil {
			return out, err
		}
	}
	// old holds the bookkeeping quads too; they go in the second
	// transaction, with the new ones.
	var book, oldFacts []quad.Quad
	for _, q := range old {
		if q.Subject == graph.CatalogNode && (q.Predicate == graph.PredDigest || q.Predicate == graph.PredRecord) {
			book = append(book, q)
		} else {
			oldFacts = append(oldFacts, q)
		}
	}
	before := make(map[quad.Quad]bool, len(oldFacts))
	for _, q := range oldFacts {
		before[q] = true
	}
	after := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		after[q] = true
	}
	tx := cgraph.NewTransaction()
	for _, q := range oldFacts {
		if !after[q] {
			tx.RemoveQuad(q)
			if q.Predicate == graph.PredType && q.Object == graph.TypeFact {
				out.Removed++
			}
		}
	}
	if len(tx.Deltas) > 0 {
		if err := s.qw.ApplyTransaction(tx); err != nil {
			return out, fmt.Errorf("remove standing facts: %w", err)
		}
	}
	tx = cgraph.NewTransaction()
	for _, q := range quads {
		if !before[q] {
			tx.AddQuad(q)
			if q.Predicate == graph.PredType && q.Object == graph.TypeFact {
				out.Added++
			}
		}
	}
	// Swapping the digest and the record in one transaction is safe: each
	// literal is used by its quad alone, and the catalog node stays in use.
	for _, q := range book {
		tx.RemoveQuad(q)
	}
	if len(quads) > 0 {
		record, err := encodeRecord(quads)
		if err != nil {
			return out, err
		}
		tx.AddQuad(quad.Quad{Subject: graph.CatalogNode, Predicate: graph.PredDigest, Object: digest, Label: graph.CatalogNode})
		tx.AddQuad(quad.Quad{Subject: graph.CatalogNode, Predicate: graph.PredRecord, Object: quad.String(record), Label: graph.CatalogNode})
	}
	if err := s.qw.ApplyTransaction(tx); err != nil {
		return out, fmt.Errorf("write standing facts: %w", err)
	}
	return out, nil
}

// standingDigest is the digest of the standing facts kept: what their
// quads are made of, in order, without laying them out, so that the check
// every load makes stays cheap.
func standingDigest(facts []graph.Fact) string {
	h := sha256.New()
	for _, f := range facts {
		fmt.Fprintf(h, "%s\t%s\t%s\t%q\t%g\n", f.Subject.ID(), f.Predicate, f.Object.ID(), f.Evidence, f.Confidence)
	}
	return "facts:" + hex.EncodeToString(h.Sum(nil))
}

// holds tells which ends of facts the store holds. A key-value store or
// memstore knows the nodes it holds (every entity node has a name, which
// nothing removes); the SQL backends make up a value for any node, so
// there one path over them all finds those with a name.
func (s *Store) holds(ctx context.Context, facts []graph.Fact) (map[quad.Value]bool, error) {
	seen := make(map[quad.Value]bool)
	var nodes []quad.Value
	for _, f := range facts {
		for _, e := range []graph.Entity{f.Subject, f.Object} {
			iri := quad.Value(graph.EntityIRI(e.ID()))
			if !seen[iri] {
				seen[iri] = true
				if s.qs.ValueOf(iri) != nil {
					nodes = append(nodes, iri)
				}
			}
		}
	}
	held := make(map[quad.Value]bool, len(nodes))
	if !s.loc.sql() || len(nodes) == 0 {
		for _, n := range nodes {
			held[n] = true
		}
		return held, nil
	}
	err := path.StartPath(s.qs, nodes...).Tag("e").Out(graph.PredName).
		Iterate(ctx).TagValues(s.qs, func(m map[string]quad.Value) { held[m["e"]] = true })
	return held, err
}
