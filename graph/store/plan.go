package store

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// planner is Cayley's key-value quad store (bolt, LevelDB) with a query
// planner that uses its indexes by prefix. Cayley v0.7.7 reads an index
// only when a traversal fixes every direction the index covers, so
// In("<supports>") from a node — object and predicate fixed, subject free —
// reads every quad into the node (its mentions, aliases, fact nodes…)
// instead of the object-predicate-subject index's few entries for the
// predicate. Everything else is Cayley's.
type planner struct {
	*kv.QuadStore
	// indexes are the store's quad indexes, found by asking Cayley's own
	// planner (see newPlanner).
	indexes []kv.QuadIndex
}

// newPlanner wraps qs, or returns it as it is when it is not a key-value
// store or its indexes cannot be found.
func newPlanner(qs cgraph.QuadStore) cgraph.QuadStore {
	kqs, ok := qs.(*kv.QuadStore)
	if !ok {
		return qs
	}
	p := &planner{QuadStore: kqs}
	// Cayley plans a lookup that fixes all the directions of an index with
	// that index: that tells which of the usual indexes the store has.
	for _, want := range kv.DefaultQuadIndexes {
		filter := make(map[quad.Direction]cgraph.Ref, len(want.Dirs))
		for _, d := range want.Dirs {
			filter[d] = kv.Int64Value(1)
		}
		s, _ := kqs.OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: filter})
		if nf, ok := s.(shape.NodesFrom); ok {
			if scan, ok := nf.Quads.(kv.IndexScan); ok && sameDirs(scan.Index.Dirs, want.Dirs) {
				p.indexes = append(p.indexes, scan.Index)
			}
		}
	}
	if len(p.indexes) == 0 {
		return qs
	}
	return p
}

func sameDirs(a, b []quad.Direction) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// OptimizeShape plans a set of quad filters as a scan of the index whose
// leading directions are exactly the fixed ones. It never hands a shape to
// Cayley's own planner, whose index scans only build on the unwrapped store.
func (p *planner) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	qa, ok := s.(shape.QuadsAction)
	if !ok || len(qa.Filter) == 0 {
		return s, false
	}
	for _, ind := range p.indexes {
		if len(qa.Filter) > len(ind.Dirs) {
			continue
		}
		vals := make([]uint64, 0, len(qa.Filter))
		for _, d := range ind.Dirs[:len(qa.Filter)] {
			v, ok := qa.Filter[d].(kv.Int64Value)
			if !ok {
				break
			}
			vals = append(vals, uint64(v))
		}
		if len(vals) == len(qa.Filter) {
			return qa.SimplifyFrom(indexScan{qs: p.QuadStore, index: ind, vals: vals}), true
		}
	}
	return s, false
}

// indexScan reads the quads whose leading index directions have vals.
type indexScan struct {
	qs    *kv.QuadStore
	index kv.QuadIndex
	vals  []uint64
}

func (s indexScan) BuildIterator(cgraph.QuadStore) cgraph.Iterator {
	return kv.NewQuadIterator(s.qs, s.index, s.vals)
}

func (s indexScan) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }
