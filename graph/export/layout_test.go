package export

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/entente/entente/graph"
)

// ringsView is two rings of n nodes each, a lone edge and an isolated node.
func ringsView(n int) *graph.View {
	v := &graph.View{}
	for r := 0; r < 2; r++ {
		for i := 0; i < n; i++ {
			v.Nodes = append(v.Nodes, graph.ViewNode{ID: fmt.Sprintf("r%d-%02d", r, i)})
			v.Edges = append(v.Edges, graph.ViewEdge{
				Source: fmt.Sprintf("r%d-%02d", r, i), Target: fmt.Sprintf("r%d-%02d", r, (i+1)%n), Predicate: graph.Supports,
			})
		}
	}
	v.Nodes = append(v.Nodes, graph.ViewNode{ID: "x"}, graph.ViewNode{ID: "y"}, graph.ViewNode{ID: "z"})
	v.Edges = append(v.Edges, graph.ViewEdge{Source: "x", Target: "y", Predicate: graph.MetWith})
	v.Sort()
	return v
}

func TestPositions(t *testing.T) {
	tests := []struct {
		name string
		v    *graph.View
	}{
		{"empty", &graph.View{}},
		{"one node", &graph.View{Nodes: []graph.ViewNode{{ID: "a"}}}},
		{"rings", ringsView(8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pos := positions(tt.v)
			if len(pos) != len(tt.v.Nodes) {
				t.Fatalf("%d positions for %d nodes", len(pos), len(tt.v.Nodes))
			}
			if again := positions(tt.v); !reflect.DeepEqual(pos, again) {
				t.Error("two layouts of the same view differ")
			}
			at := make(map[[2]float64]string)
			for id, p := range pos {
				if p.X < 0 || p.Y < 0 {
					t.Errorf("%s at %v: positions start at the origin", id, p)
				}
				if other, ok := at[[2]float64{p.X, p.Y}]; ok {
					t.Errorf("%s and %s are both at %v", id, other, p)
				}
				at[[2]float64{p.X, p.Y}] = id
			}
		})
	}
}
