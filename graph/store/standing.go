package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
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
	held := make(map[quad.IRI]bool)
	holds := func(e graph.Entity) bool {
		iri := graph.EntityIRI(e.ID())
		h, ok := held[iri]
		if !ok {
			h = s.qs.ValueOf(iri) != nil
			held[iri] = h
		}
		return h
	}
	var keep []graph.Fact
	for _, f := range facts {
		if holds(f.Subject) && holds(f.Object) {
			keep = append(keep, f)
		}
	}
	out.Held = len(keep)
	quads := graph.StandingQuads(keep)
	digest := quad.String(Digest(quads))
	stored, err := s.out(ctx, graph.CatalogNode, graph.PredDigest)
	if err != nil {
		return out, err
	}
	switch {
	case len(stored) == 1 && stored[0] == digest:
		return out, nil
	case len(stored) == 0 && len(quads) == 0:
		return out, nil
	}
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
