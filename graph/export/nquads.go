package export

import (
	"bufio"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/entente/entente/graph"
)

// Dumper writes every quad of a store; *store.Store is one.
type Dumper interface {
	Dump(w quad.Writer) (int, error)
}

// WriteNQuads writes the whole store d as N-Quads, each quad with its label
// (the article it comes from), and returns the number of quads written.
// Unlike the other formats it is not a view: the stock 'cayley load'
// re-reads it into the same quads.
func WriteNQuads(w io.Writer, d Dumper) (int, error) {
	bw := bufio.NewWriter(w)
	n, err := d.Dump(nquads.NewWriter(bw))
	if err == nil {
		err = bw.Flush()
	}
	return n, err
}

// WriteArticleNQuads is WriteNQuads without the catalog's standing facts
// (the quads labelled graph.CatalogNode): only what articles state, and
// the entities' names and types.
func WriteArticleNQuads(w io.Writer, d Dumper) (int, error) {
	bw := bufio.NewWriter(w)
	qw := &articleQuads{w: nquads.NewWriter(bw)}
	_, err := d.Dump(qw)
	if err == nil {
		err = bw.Flush()
	}
	return qw.n, err
}

// articleQuads passes on the quads that are no standing fact's.
type articleQuads struct {
	w *nquads.Writer
	n int
}

func (a *articleQuads) WriteQuad(q quad.Quad) error {
	if graph.IsCatalog(q.Label) {
		return nil
	}
	a.n++
	return a.w.WriteQuad(q)
}

func (a *articleQuads) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := a.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

func (a *articleQuads) Close() error { return a.w.Close() }
