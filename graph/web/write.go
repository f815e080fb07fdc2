package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/julienschmidt/httprouter"
)

// The v1 write endpoints of Cayley's UI ("Write" page), served only when
// Config.Writable is set. They mirror Cayley's own handlers.

// jsonQuad is a quad as the v1 API writes it: values in N-Quads notation.
type jsonQuad struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Label     string `json:"label"`
}

func readQuadList(r io.Reader) ([]quad.Quad, error) {
	var in []jsonQuad
	if err := json.NewDecoder(r).Decode(&in); err != nil {
		return nil, fmt.Errorf("expected a JSON array of {subject, predicate, object, label}: %w", err)
	}
	out := make([]quad.Quad, 0, len(in))
	for i, j := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(j.Subject),
			Predicate: quad.StringToValue(j.Predicate),
			Object:    quad.StringToValue(j.Object),
			Label:     quad.StringToValue(j.Label),
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("quad %d is not valid: %v", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

func (h *Handler) serveV1Write(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	quads, err := readQuadList(r.Body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	if err := h.cfg.Store.QuadWriter().AddQuadSet(quads); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	writeUIJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully wrote %d quads.", len(quads))})
}

func (h *Handler) serveV1WriteNQuads(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{"expected an N-Quads file in form field NQuadFile: " + err.Error()})
		return
	}
	defer f.Close()
	qw := cgraph.NewWriter(h.cfg.Store.QuadWriter())
	n, err := quad.Copy(qw, nquads.NewReader(f, false))
	if err == nil {
		err = qw.Close()
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	writeUIJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully wrote %d quads.", n)})
}

func (h *Handler) serveV1Delete(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	quads, err := readQuadList(r.Body)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	for _, q := range quads {
		if err := h.cfg.Store.QuadWriter().RemoveQuad(q); err != nil && !cgraph.IsQuadNotExist(err) {
			writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
			return
		}
	}
	writeUIJSON(w, http.StatusOK, map[string]string{"result": fmt.Sprintf("Successfully deleted %d quads.", len(quads))})
}
