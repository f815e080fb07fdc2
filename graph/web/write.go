package web

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads" // N-Quads, the format of the UI's uploads and v2's default
	"github.com/julienschmidt/httprouter"

	"github.com/entente/entente/graph"
)

// The write and delete endpoints of Cayley's API (v1, as its UI's Write
// page calls them, and v2), served only when Config.Writable is set.
//
// They write around 'entente load', and so around the store's bookkeeping:
// each article's digest and record of its quads, and the counts stats
// reads. So they take only the caller's own quads, those that carry a label
// of the caller's (see managed): a request holding one quad of the store's
// is refused whole with 403, and the others are written or deleted in one
// transaction. Then stats stays right without a recount, and loading an
// article again neither loses nor duplicates a quad, its own or the
// caller's.

// managed returns why q belongs to what 'entente load' writes, or "" when
// it is the caller's own to write or delete.
func managed(q quad.Quad) string {
	var label string
	switch l := q.Label.(type) {
	case nil:
		return "it has no label: unlabelled quads are the catalog's (entities' names, types and lookup keys), shared by every article; give your quads a label of your own"
	case quad.IRI:
		label = string(l)
	}
	if strings.HasPrefix(label, graph.ArticlePrefix) {
		return fmt.Sprintf("it carries the label of article %s, whose quads 'entente load' writes and replaces", q.Label)
	}
	if graph.IsCatalog(q.Label) {
		return fmt.Sprintf("it carries the label of the catalog's standing facts, %s, which 'entente load' writes and replaces", q.Label)
	}
	switch q.Predicate {
	case graph.PredDigest, graph.PredRecord, graph.PredExtractor, graph.PredCounts, graph.PredHash,
		graph.PredTally, graph.PredTallySubject, graph.PredTallyObject:
		return fmt.Sprintf("%s is the store's bookkeeping", q.Predicate)
	case graph.PredMentions:
		return "stats counts the entities articles mention, which only 'entente load' writes"
	case graph.PredType:
		if q.Object == graph.TypeArticle || q.Object == graph.TypeFact {
			return fmt.Sprintf("stats counts the nodes of type %s, which only 'entente load' writes", q.Object)
		}
	}
	for _, v := range []quad.Value{q.Subject, q.Object} {
		if v == graph.StoreNode {
			return fmt.Sprintf("%s holds the store's bookkeeping", graph.StoreNode)
		}
		if graph.IsCatalog(v) {
			return fmt.Sprintf("%s holds the catalog's standing facts", graph.CatalogNode)
		}
		if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), graph.FactPrefix) {
			return fmt.Sprintf("%s is a fact node, which stats counts and only 'entente load' writes", v)
		}
		if iri, ok := v.(quad.IRI); ok && strings.HasPrefix(string(iri), graph.TallyPrefix) {
			return fmt.Sprintf("%s is a fact's tally, which only 'entente load' writes", v)
		}
	}
	return ""
}

// checkQuads answers 403 and returns false when one of quads is managed.
func checkQuads(w http.ResponseWriter, quads []quad.Quad, ui bool) bool {
	for _, q := range quads {
		if why := managed(q); why != "" {
			msg := fmt.Sprintf("refused, nothing written: %s is Entente's, not yours to write or delete through the API: %s", q.NQuad(), why)
			if ui {
				writeUIJSON(w, http.StatusForbidden, errorBody{msg})
			} else {
				writeJSON(w, http.StatusForbidden, errorBody{msg})
			}
			return false
		}
	}
	return true
}

// apply adds or deletes quads in one transaction. A transaction does one
// or the other: Cayley's key-value backends lose quads when one both
// deletes and adds quads that share nodes.
func (h *Handler) apply(quads []quad.Quad, add bool) error {
	tx := cgraph.NewTransactionN(len(quads))
	for _, q := range quads {
		if add {
			tx.AddQuad(q)
		} else {
			tx.RemoveQuad(q)
		}
	}
	return h.cfg.Store.QuadWriter().ApplyTransaction(tx)
}

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

// readQuads reads every quad of r in format f.
func readQuads(r io.Reader, f *quad.Format) ([]quad.Quad, error) {
	qr := f.Reader(r)
	defer qr.Close()
	return quad.ReadAll(qr)
}

// serveV1Write answers the UI's Write page: a JSON list of quads.
func (h *Handler) serveV1Write(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	h.v1Change(w, r, true)
}

// serveV1Delete answers the UI's Delete: a JSON list of quads.
func (h *Handler) serveV1Delete(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	h.v1Change(w, r, false)
}

func (h *Handler) v1Change(w http.ResponseWriter, r *http.Request, add bool) {
	quads, err := readQuadList(r.Body)
	if err != nil {
		writeUIJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	h.change(w, quads, add, true)
}

// serveV1WriteNQuads answers the UI's upload of an N-Quads file.
func (h *Handler) serveV1WriteNQuads(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		writeUIJSON(w, http.StatusBadRequest, errorBody{"expected an N-Quads file in form field NQuadFile: " + err.Error()})
		return
	}
	defer f.Close()
	quads, err := readQuads(f, quad.FormatByName("nquads"))
	if err != nil {
		writeUIJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	h.change(w, quads, true, true)
}

// serveV2Write and serveV2Delete take quads in the format that the
// Content-Type names (N-Quads when it names none Cayley reads), as
// Cayley's own handlers do.
func (h *Handler) serveV2Write(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	h.v2Change(w, r, true)
}

func (h *Handler) serveV2Delete(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	h.v2Change(w, r, false)
}

func (h *Handler) v2Change(w http.ResponseWriter, r *http.Request, add bool) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	f := quad.FormatByMime(mt)
	if f == nil || f.Reader == nil {
		f = quad.FormatByName("nquads")
	}
	quads, err := readQuads(r.Body, f)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{fmt.Sprintf("read %s: %v", f.Name, err)})
		return
	}
	h.change(w, quads, add, false)
}

// change checks quads and adds or deletes them, answering as the v1 (ui)
// or v2 API does.
func (h *Handler) change(w http.ResponseWriter, quads []quad.Quad, add, ui bool) {
	if !checkQuads(w, quads, ui) {
		return
	}
	answer := writeJSON
	if ui {
		answer = writeUIJSON
	}
	if err := h.apply(quads, add); err != nil {
		answer(w, http.StatusInternalServerError, errorBody{err.Error()})
		return
	}
	verb := "wrote"
	if !add {
		verb = "deleted"
	}
	answer(w, http.StatusOK, map[string]any{"result": fmt.Sprintf("Successfully %s %d quads.", verb, len(quads)), "count": len(quads)})
}

// serveV2NodeDelete refuses to delete a node: that deletes every quad
// naming it, the store's among them (and finding those labelled with it
// would read the whole of a key-value store).
func (h *Handler) serveV2NodeDelete(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	writeJSON(w, http.StatusForbidden, errorBody{
		"refused: deleting a node deletes every quad that names it, Entente's among them; delete your own quads with POST /api/v2/delete",
	})
}
