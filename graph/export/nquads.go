package export

import (
	"bufio"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
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
