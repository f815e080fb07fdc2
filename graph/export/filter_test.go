package export_test

import (
	"slices"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/export"
)

// chain is a–b–c–d with the confidences 0.9, 0.5 and 0.9, and e–f at 0.4.
func chain() *graph.View {
	edge := func(s, t string, c float64) graph.ViewEdge {
		return graph.ViewEdge{Source: s, Target: t, Predicate: graph.Supports, Confidence: c,
			Articles: []graph.ArticleRef{{Name: "a.txt"}}}
	}
	v := &graph.View{
		Edges: []graph.ViewEdge{edge("a", "b", 0.9), edge("b", "c", 0.5), edge("c", "d", 0.9), edge("e", "f", 0.4)},
	}
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		v.Nodes = append(v.Nodes, graph.ViewNode{ID: id, Name: id, Type: graph.Country})
	}
	return v
}

func ids(v *graph.View) (nodes []string, edges []string) {
	for _, n := range v.Nodes {
		nodes = append(nodes, n.ID)
	}
	for _, e := range v.Edges {
		edges = append(edges, e.Source+"-"+e.Target)
	}
	return nodes, edges
}

func TestKeepConfident(t *testing.T) {
	tests := []struct {
		name         string
		min          float64
		around       []string
		depth        int
		nodes, edges []string
	}{
		{"no threshold", 0, nil, 0, []string{"a", "b", "c", "d", "e", "f"}, []string{"a-b", "b-c", "c-d", "e-f"}},
		{"drops the unsure and the entities left unlinked", 0.5, nil, 0, []string{"a", "b", "c", "d"}, []string{"a-b", "b-c", "c-d"}},
		{"keeps facts at the threshold", 0.9, nil, 0, []string{"a", "b", "c", "d"}, []string{"a-b", "c-d"}},
		// c is two hops from a over all facts, but not over the sure ones.
		{"the neighbourhood is over the kept facts", 0.6, []string{"a"}, 2, []string{"a", "b"}, []string{"a-b"}},
		{"a neighbourhood at a lower threshold", 0.5, []string{"a"}, 2, []string{"a", "b", "c"}, []string{"a-b", "b-c"}},
		{"the centre stays without facts", 0.95, []string{"a"}, 1, []string{"a"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, edges := ids(export.KeepConfident(chain(), tt.min, tt.around, tt.depth))
			if !slices.Equal(nodes, tt.nodes) || !slices.Equal(edges, tt.edges) {
				t.Errorf("kept nodes %v and edges %v; want %v and %v", nodes, edges, tt.nodes, tt.edges)
			}
		})
	}
}
