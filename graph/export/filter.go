package export

import "github.com/entente/entente/graph"

// KeepConfident returns the part of v whose facts the extractor is at least
// min sure of (a fact's confidence is the highest of any article stating
// it). Without around it keeps the entities a kept fact links; with around
// (entity IDs) it keeps those within depth hops of one of them over the
// kept facts, as the store's neighbourhood does over all facts, and the
// facts among them. The entities of around stay even when no fact is left
// to link them.
func KeepConfident(v *graph.View, min float64, around []string, depth int) *graph.View {
	var edges []graph.ViewEdge
	for _, e := range v.Edges {
		if e.Confidence >= min {
			edges = append(edges, e)
		}
	}
	keep := make(map[string]bool)
	if len(around) == 0 {
		for _, e := range edges {
			keep[e.Source], keep[e.Target] = true, true
		}
	} else {
		adj := make(map[string][]string)
		for _, e := range edges {
			adj[e.Source] = append(adj[e.Source], e.Target)
			adj[e.Target] = append(adj[e.Target], e.Source)
		}
		frontier := make([]string, 0, len(around))
		for _, id := range around {
			if !keep[id] {
				keep[id] = true
				frontier = append(frontier, id)
			}
		}
		for d := 0; d < depth && len(frontier) > 0; d++ {
			var next []string
			for _, id := range frontier {
				for _, n := range adj[id] {
					if !keep[n] {
						keep[n] = true
						next = append(next, n)
					}
				}
			}
			frontier = next
		}
	}
	out := &graph.View{Nodes: []graph.ViewNode{}, Edges: []graph.ViewEdge{}}
	for _, n := range v.Nodes {
		if keep[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range edges {
		if keep[e.Source] && keep[e.Target] {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}
