package export

import (
	"math"
	"math/rand/v2"
	"sort"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/layout"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/entente/entente/graph"
)

// Sizes of the initial layout, in the units of yEd and Gephi (pixels at
// zoom 1).
const (
	edgeLength = 160.0 // the median edge length of a component
	gap        = 120.0 // space between components
)

// positions lays v out so that yEd and Gephi open the graph already spread
// out. Each connected component is laid out by gonum's Eades force-directed
// layout and scaled to a common edge length; the components are then set
// side by side in rows, largest first. The layout is deterministic: fixed
// seeds, nodes visited in ID order, and positions rounded to whole units.
func positions(v *graph.View) map[string]r2.Vec {
	g := newLayoutGraph(v)
	type block struct {
		ids  []int64
		pts  []r2.Vec
		w, h float64
	}
	var blocks []block
	for _, comp := range g.components() {
		b := block{ids: comp, pts: layoutComponent(g.subgraph(comp))}
		for _, p := range b.pts {
			b.w, b.h = math.Max(b.w, p.X), math.Max(b.h, p.Y)
		}
		blocks = append(blocks, b)
	}
	// Shelf packing: rows no wider than the widest block or the side of a
	// square of the total area, whichever is wider.
	var area, widest float64
	for _, b := range blocks {
		area += (b.w + gap) * (b.h + gap)
		widest = math.Max(widest, b.w)
	}
	rowWidth := math.Max(widest, math.Sqrt(area))
	out := make(map[string]r2.Vec, len(v.Nodes))
	var x, y, rowHeight float64
	for _, b := range blocks {
		if x > 0 && x+b.w > rowWidth {
			x, y, rowHeight = 0, y+rowHeight+gap, 0
		}
		for i, id := range b.ids {
			p := b.pts[i]
			out[v.Nodes[id].ID] = r2.Vec{X: math.Round(x + p.X), Y: math.Round(y + p.Y)}
		}
		x += b.w + gap
		rowHeight = math.Max(rowHeight, b.h)
	}
	return out
}

// layoutComponent lays out one connected graph, returning the positions of
// its nodes in Nodes order, shifted to start at the origin.
func layoutComponent(g *layoutGraph) []r2.Vec {
	n := len(g.nodes)
	pts := make([]r2.Vec, n)
	if n == 1 {
		return pts
	}
	eades := layout.EadesR2{Updates: 300, Repulsion: 1, Rate: 0.05, Theta: 0.2, Src: rand.NewPCG(1, uint64(n))}
	opt := layout.NewOptimizerR2(g, eades.Update)
	for opt.Update() {
	}
	for i, node := range g.nodes {
		pts[i] = opt.Coord2(node.ID())
	}
	// Scale so that the median edge has the common length.
	var lengths []float64
	for i, node := range g.nodes {
		for _, to := range g.adj[node.ID()] {
			if j := g.index[to.ID()]; j > i {
				lengths = append(lengths, math.Hypot(pts[i].X-pts[j].X, pts[i].Y-pts[j].Y))
			}
		}
	}
	sort.Float64s(lengths)
	scale := 1.0
	if len(lengths) > 0 && lengths[len(lengths)/2] > 1e-9 {
		scale = edgeLength / lengths[len(lengths)/2]
	}
	minX, minY := math.Inf(1), math.Inf(1)
	for _, p := range pts {
		minX, minY = math.Min(minX, p.X), math.Min(minY, p.Y)
	}
	for i, p := range pts {
		pts[i] = r2.Vec{X: (p.X - minX) * scale, Y: (p.Y - minY) * scale}
	}
	return pts
}

// layoutGraph is the undirected simple graph under a view, node i being
// v.Nodes[i], that iterates its nodes and neighbours in ID order.
type layoutGraph struct {
	nodes []gonum.Node
	index map[int64]int // node ID → position in nodes
	adj   map[int64][]gonum.Node
}

func newLayoutGraph(v *graph.View) *layoutGraph {
	g := &layoutGraph{index: make(map[int64]int), adj: make(map[int64][]gonum.Node)}
	ids := make(map[string]int64, len(v.Nodes))
	for i, n := range v.Nodes {
		ids[n.ID] = int64(i)
		g.index[int64(i)] = i
		g.nodes = append(g.nodes, simple.Node(i))
	}
	seen := make(map[[2]int64]bool)
	for _, e := range v.Edges {
		x, okx := ids[e.Source]
		y, oky := ids[e.Target]
		if !okx || !oky || x == y || seen[[2]int64{x, y}] {
			continue
		}
		seen[[2]int64{x, y}], seen[[2]int64{y, x}] = true, true
		g.adj[x] = append(g.adj[x], simple.Node(y))
		g.adj[y] = append(g.adj[y], simple.Node(x))
	}
	for _, ns := range g.adj {
		sort.Slice(ns, func(i, j int) bool { return ns[i].ID() < ns[j].ID() })
	}
	return g
}

// components returns the node IDs of each connected component, each in ID
// order, the largest component first and ties by their first ID.
func (g *layoutGraph) components() [][]int64 {
	seen := make(map[int64]bool)
	var comps [][]int64
	for _, n := range g.nodes {
		if seen[n.ID()] {
			continue
		}
		var comp []int64
		stack := []int64{n.ID()}
		seen[n.ID()] = true
		for len(stack) > 0 {
			id := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, id)
			for _, to := range g.adj[id] {
				if !seen[to.ID()] {
					seen[to.ID()] = true
					stack = append(stack, to.ID())
				}
			}
		}
		sort.Slice(comp, func(i, j int) bool { return comp[i] < comp[j] })
		comps = append(comps, comp)
	}
	sort.SliceStable(comps, func(i, j int) bool { return len(comps[i]) > len(comps[j]) })
	return comps
}

// subgraph is the graph induced by ids, which keep their IDs.
func (g *layoutGraph) subgraph(ids []int64) *layoutGraph {
	s := &layoutGraph{index: make(map[int64]int, len(ids)), adj: make(map[int64][]gonum.Node, len(ids))}
	for i, id := range ids {
		s.index[id] = i
		s.nodes = append(s.nodes, simple.Node(id))
	}
	for _, id := range ids {
		for _, to := range g.adj[id] {
			if _, ok := s.index[to.ID()]; ok {
				s.adj[id] = append(s.adj[id], to)
			}
		}
	}
	return s
}

func (g *layoutGraph) Node(id int64) gonum.Node {
	if i, ok := g.index[id]; ok {
		return g.nodes[i]
	}
	return nil
}

func (g *layoutGraph) Nodes() gonum.Nodes { return iterator.NewOrderedNodes(g.nodes) }

func (g *layoutGraph) From(id int64) gonum.Nodes { return iterator.NewOrderedNodes(g.adj[id]) }

func (g *layoutGraph) HasEdgeBetween(x, y int64) bool {
	for _, n := range g.adj[x] {
		if n.ID() == y {
			return true
		}
	}
	return false
}

func (g *layoutGraph) Edge(u, v int64) gonum.Edge {
	if !g.HasEdgeBetween(u, v) {
		return nil
	}
	return simple.Edge{F: simple.Node(u), T: simple.Node(v)}
}
