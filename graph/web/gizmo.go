package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"
)

// The Gizmo endpoints: v1 query and shape, which Cayley's UI calls, and v2
// query. They are Entente's own rather than Cayley's so that every one
// runs under the same bounds (see bounds.go).

// session is a Gizmo session whose JavaScript VM can be interrupted and
// whose Go-side iteration follows a context. Cayley v0.7.7 keeps both
// private; Execute interrupts its VM only from Next, and ShapeOf runs
// with neither, so a shape request for "while(true){}" ran until restart.
type session struct {
	*gizmo.Session
	vm *goja.Runtime
}

// newSession opens a session whose VM is interrupted, and whose iteration
// ends, when ctx ends.
func (h *Handler) newSession(ctx context.Context) (*session, func() bool) {
	s := &session{Session: gizmo.NewSession(h.cfg.Store.QuadStore())}
	// The fields are those of Cayley v0.7.7, which go.mod pins; check
	// them anyway, so that another version fails loudly, not strangely.
	v := reflect.ValueOf(s.Session).Elem()
	vm, sctx := v.FieldByName("vm"), v.FieldByName("ctx")
	if vm.Type() != reflect.TypeFor[*goja.Runtime]() || sctx.Type() != reflect.TypeFor[context.Context]() {
		panic("web: gizmo.Session has no fields vm and ctx: not Cayley v0.7.7")
	}
	s.vm = *(**goja.Runtime)(unsafe.Pointer(vm.UnsafeAddr()))
	*(*context.Context)(unsafe.Pointer(sctx.UnsafeAddr())) = ctx
	stop := context.AfterFunc(ctx, func() { s.vm.Interrupt(context.Cause(ctx)) })
	return s, stop
}

// result is what a program emitted, cut at the configured caps.
type result struct {
	Result    []json.RawMessage `json:"result"`
	Truncated string            `json:"truncated,omitempty"`
}

// runProgram runs a Gizmo program under the handler's bounds and answers
// the request: write is called with the results, or an error is written.
func (h *Handler) runProgram(w http.ResponseWriter, r *http.Request, program string, limit int, write func(*result)) {
	h.inSession(w, r, func(ctx context.Context, s *session) { h.execute(ctx, w, r, s, program, limit, write) })
}

// inSession runs fn with a Gizmo session under the handler's bounds: a
// slot among the programs running at once (503 when none comes free), the
// time limit, and the client's going away.
func (h *Handler) inSession(w http.ResponseWriter, r *http.Request, fn func(ctx context.Context, s *session)) {
	if !h.programs.acquire(r.Context()) {
		h.programs.busy(w, "Gizmo programs")
		return
	}
	defer h.programs.release()
	ctx, done := h.bound(r.Context())
	defer done()
	s, stop := h.newSession(ctx)
	defer stop()
	fn(ctx, s)
}

// execute runs program in s and answers with its results.
func (h *Handler) execute(ctx context.Context, w http.ResponseWriter, r *http.Request, s *session, program string, limit int, write func(*result)) {
	it, err := s.Execute(ctx, program, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	defer func() {
		// Close interrupts the program; wait until its goroutine has
		// ended, so that what it holds is garbage before the watchdog
		// gives memory back, and before its slot goes to another query.
		it.Close()
		for it.Next(context.Background()) {
		}
	}()
	out := &result{Result: []json.RawMessage{}}
	size := 0
	for it.Next(ctx) {
		b, err := json.Marshal(it.Result())
		if err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{"a result cannot be written as JSON: " + err.Error()})
			return
		}
		if size += len(b) + 1; int64(size) > h.cfg.MaxResultBytes {
			out.Truncated = fmt.Sprintf("the results passed %d bytes, the most this server returns; these are the first %d",
				h.cfg.MaxResultBytes, len(out.Result))
			break
		}
		out.Result = append(out.Result, b)
	}
	if out.Truncated == "" {
		if code, msg, ok := h.statusOf(ctx, r); ok {
			writeJSON(w, code, errorBody{msg})
			return
		}
		if err := it.Err(); err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
			return
		}
	}
	write(out)
}

// limitOf reads ?limit=N, as Cayley does (100 by default), and checks it
// against the cap on rows.
func (h *Handler) limitOf(w http.ResponseWriter, r *http.Request) (int, bool) {
	limit := 100
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{fmt.Sprintf("limit %q is not a number", s)})
			return 0, false
		}
		if n > 0 {
			limit = n
		}
	}
	if limit > h.cfg.MaxRows {
		writeJSON(w, http.StatusBadRequest, errorBody{fmt.Sprintf(
			"limit %d is more than this server returns: at most %d results", limit, h.cfg.MaxRows)})
		return 0, false
	}
	return limit, true
}

// readBody reads the program in a request's body; it answers the request
// itself, and returns false, when the body is too large.
func readBody(w http.ResponseWriter, r *http.Request) (string, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{fmt.Sprintf(
				"request body too large: a program is at most %d bytes", tooLarge.Limit)})
		} else {
			writeJSON(w, http.StatusBadRequest, errorBody{"read request body: " + err.Error()})
		}
		return "", false
	}
	return string(body), true
}

// checkLang answers the request, and returns false, unless lang is Gizmo,
// the one language this server runs.
func checkLang(w http.ResponseWriter, lang string) bool {
	if lang != gizmo.Name {
		writeJSON(w, http.StatusBadRequest, errorBody{fmt.Sprintf("unknown query language %q: this server runs gizmo", lang)})
		return false
	}
	return true
}

func (h *Handler) serveV1Query(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if !checkLang(w, ps.ByName("lang")) {
		return
	}
	limit, ok := h.limitOf(w, r)
	if !ok {
		return
	}
	program, ok := readBody(w, r)
	if !ok {
		return
	}
	h.runProgram(w, r, program, limit, func(res *result) { writeUIJSON(w, http.StatusOK, res) })
}

// serveV2Query answers /api/v2/query?lang=gizmo, with the program in the
// body (POST) or in ?qu= (GET), as Cayley's own handler does.
func (h *Handler) serveV2Query(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		writeJSON(w, http.StatusBadRequest, errorBody{"query language not specified: add ?lang=gizmo"})
		return
	}
	if !checkLang(w, lang) {
		return
	}
	limit, ok := h.limitOf(w, r)
	if !ok {
		return
	}
	program := r.URL.Query().Get("qu")
	if r.Method != http.MethodGet {
		if program, ok = readBody(w, r); !ok {
			return
		}
	}
	if program == "" {
		writeJSON(w, http.StatusBadRequest, errorBody{"query is empty"})
		return
	}
	h.runProgram(w, r, program, limit, func(res *result) { writeJSON(w, http.StatusOK, res) })
}

func (h *Handler) serveV1Shape(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if !checkLang(w, ps.ByName("lang")) {
		return
	}
	program, ok := readBody(w, r)
	if !ok {
		return
	}
	h.inSession(w, r, func(ctx context.Context, s *session) { h.shape(ctx, w, r, s, program) })
}

// shape answers with the shape of program in s.
func (h *Handler) shape(ctx context.Context, w http.ResponseWriter, r *http.Request, s *session, program string) {
	shape, err := s.ShapeOf(program)
	if code, msg, ok := h.statusOf(ctx, r); ok {
		writeJSON(w, code, errorBody{msg})
		return
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	b, err := json.Marshal(shape)
	if err == nil && int64(len(b)) > h.cfg.MaxResultBytes {
		err = fmt.Errorf("the shape is %d bytes, more than this server returns (%d)", len(b), h.cfg.MaxResultBytes)
	}
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{err.Error()})
		return
	}
	writeUIJSON(w, http.StatusOK, json.RawMessage(b))
}
