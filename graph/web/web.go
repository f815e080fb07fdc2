// Package web serves the knowledge graph over HTTP: Cayley's own web UI
// (query editor, visualize, query shape) under an Entente header, its HTTP
// API, v1 and v2, and the canned queries, over an Entente store. It is
// read-only unless configured otherwise, every query it runs is bounded
// (bounds.go), and it answers only for its own host and pages (guard.go).
package web

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/julienschmidt/httprouter"

	"github.com/entente/entente/graph/store"
)

// Defaults of Config.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultBodyLimit = 1 << 20 // 1 MiB: a Gizmo program, not a data load
)

// Config sets up a Handler.
type Config struct {
	Store *store.Store
	// Assets is the directory of Cayley's source that holds the UI's
	// templates/ and static/ (see FindAssets).
	Assets string
	// Timeout bounds each query; 0 means DefaultTimeout.
	Timeout time.Duration
	// BodyLimit bounds request bodies; 0 means DefaultBodyLimit.
	BodyLimit int64
	// Writable serves the write and delete endpoints; otherwise they answer
	// 403. The store must then be open for writing.
	Writable bool
	// Log receives one access-log line per request; nil logs nothing.
	Log io.Writer

	// MaxQueries caps the Gizmo programs running at once, and separately
	// the canned queries, so that slow programs cannot starve the canned
	// questions; 0 means DefaultMaxQueries.
	MaxQueries int
	// QueueWait is how long a query waits for a free slot before it is
	// refused with 503; 0 means DefaultQueueWait.
	QueueWait time.Duration
	// MemoryBudget is the heap, in bytes, past which running queries are
	// stopped; 0 means DefaultMemoryBudget.
	MemoryBudget int64
	// MaxRows caps ?limit=; 0 means DefaultMaxRows.
	MaxRows int
	// MaxResultBytes caps the JSON a program returns; past it the results
	// are cut and flagged "truncated"; 0 means DefaultMaxResultBytes.
	MaxResultBytes int64
	// MaxNameLength caps, in bytes, a name given to a canned query;
	// 0 means DefaultMaxNameLength.
	MaxNameLength int

	// The connection timeouts of Server; 0 means the defaults.
	ReadHeaderTimeout, ReadTimeout, IdleTimeout time.Duration

	// Hosts lists the names the Host header may carry (see AllowedHosts);
	// requests for any other name are refused, against DNS rebinding.
	// Empty means the loopback names alone.
	Hosts []string
}

// Handler serves the UI and the API.
type Handler struct {
	cfg      Config
	router   *httprouter.Router
	tmpl     *template.Template
	programs *limiter // Gizmo programs sent by clients
	canned   *limiter // canned queries
	watchdog *watchdog
	hosts    []string // normalised, see Config.Hosts
	stats    statsCache
}

// NewHandler checks cfg's assets and builds the handler. It fails when
// the UI's templates cannot be read, rather than serving 404s later.
func NewHandler(cfg Config) (*Handler, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.BodyLimit <= 0 {
		cfg.BodyLimit = DefaultBodyLimit
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = DefaultMaxQueries
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = DefaultQueueWait
	}
	if cfg.MemoryBudget <= 0 {
		cfg.MemoryBudget = DefaultMemoryBudget
	}
	if cfg.MaxRows <= 0 {
		cfg.MaxRows = DefaultMaxRows
	}
	if cfg.MaxResultBytes <= 0 {
		cfg.MaxResultBytes = DefaultMaxResultBytes
	}
	if cfg.MaxNameLength <= 0 {
		cfg.MaxNameLength = DefaultMaxNameLength
	}
	h := &Handler{
		cfg: cfg, router: httprouter.New(),
		programs: newLimiter(cfg.MaxQueries, cfg.QueueWait),
		canned:   newLimiter(cfg.MaxQueries, cfg.QueueWait),
		watchdog: newWatchdog(uint64(cfg.MemoryBudget)),
	}
	tmpl, err := h.uiTemplates(filepath.Join(cfg.Assets, "templates", "*"))
	if err != nil {
		return nil, fmt.Errorf("read Cayley's UI templates in %s: %w", cfg.Assets, err)
	}
	h.tmpl = tmpl
	hosts := cfg.Hosts
	if len(hosts) == 0 {
		hosts = loopbackNames
	}
	for _, n := range hosts {
		h.hosts = append(h.hosts, normalHost(n))
	}
	h.routes()
	return h, nil
}

func (h *Handler) routes() {
	r := h.router
	r.NotFound = http.HandlerFunc(notFound)
	r.MethodNotAllowed = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{fmt.Sprintf("%s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, w.Header().Get("Allow"))})
	})
	r.GET("/", h.serveUI)
	r.GET("/ui/:ui_type", h.serveUI)
	r.ServeFiles("/static/*filepath", http.Dir(filepath.Join(h.cfg.Assets, "static")))
	r.GET("/entente/*file", h.serveAsset)

	r.POST("/api/v1/query/:lang", h.serveV1Query)
	r.POST("/api/v1/shape/:lang", h.serveV1Shape)
	if h.cfg.Writable {
		r.POST("/api/v1/write", h.serveV1Write)
		r.POST("/api/v1/write/file/nquad", h.serveV1WriteNQuads)
		r.POST("/api/v1/delete", h.serveV1Delete)
		r.POST("/api/v2/write", h.serveV2Write)
		r.POST("/api/v2/delete", h.serveV2Delete)
		r.POST("/api/v2/node/delete", h.serveV2NodeDelete)
	} else {
		for _, p := range []string{"/api/v1/write", "/api/v1/write/file/nquad", "/api/v1/delete",
			"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
			r.POST(p, h.forbidWrite)
		}
	}
	h.cannedRoutes()

	handle := &cgraph.Handle{QuadStore: h.cfg.Store.QuadStore(), QuadWriter: h.cfg.Store.QuadWriter()}
	api := cayleyhttp.NewAPIv2(handle)
	// Read-only whatever Writable says: writes go through the handlers
	// above, which keep to the caller's own quads (see write.go).
	api.SetReadOnly(true)
	api.RegisterDataOn(r)
	// Queries are Entente's own, under the same bounds as v1's.
	r.GET("/api/v2/query", h.serveV2Query)
	r.POST("/api/v2/query", h.serveV2Query)
}

// ServeHTTP logs the request, bounds its body, refuses it if it names
// another host or comes from another site, and routes it.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
	r.Body = http.MaxBytesReader(sw, r.Body, h.cfg.BodyLimit)
	if msg := h.refusal(r); msg != "" {
		writeJSON(sw, http.StatusForbidden, errorBody{msg})
	} else {
		h.router.ServeHTTP(sw, r)
	}
	if h.cfg.Log != nil {
		fmt.Fprintf(h.cfg.Log, "%s %s %s %s %d %d %s\n", start.UTC().Format(time.RFC3339), r.RemoteAddr,
			r.Method, r.URL.RequestURI(), sw.code, sw.n, time.Since(start).Round(time.Microsecond))
	}
}

type statusWriter struct {
	http.ResponseWriter
	code int
	n    int64
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

func (h *Handler) serveUI(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	page := ps.ByName("ui_type")
	if page == "" {
		page = "query"
	}
	if h.tmpl.Lookup(page+".html") == nil {
		notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := h.tmpl.ExecuteTemplate(w, page+".html", nil); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// notFound answers, in JSON like every error here, a path that names
// nothing.
func notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, errorBody{fmt.Sprintf("nothing at %s; the UI is at /, the canned queries at /canned and /api/canned", r.URL.Path)})
}

// writeJSON writes v as the JSON body of a response with the given status.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// errorBody is the JSON of every error this package answers.
type errorBody struct {
	Error string `json:"error"`
}

func (h *Handler) forbidWrite(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	writeJSON(w, http.StatusForbidden, errorBody{
		"this store is served read-only: write and delete requests are refused; restart with 'entente serve --writable' to allow them",
	})
}

// writeUIJSON answers the v1 endpoints that Cayley's UI calls. Like Cayley,
// it sends JSON without a JSON content type: the UI's scripts parse the body
// themselves and fail if jQuery has parsed it already.
func writeUIJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// FindAssets returns the directory holding Cayley's UI templates/ and
// static/. Cayley v0.7.7 does not embed them: they sit next to its source
// in the Go module cache. dir, when set, is checked alone; otherwise the
// source path compiled into this binary is tried, then the module cache.
func FindAssets(dir string) (string, error) {
	var tried []string
	check := func(d string) bool {
		tried = append(tried, d)
		_, err1 := os.Stat(filepath.Join(d, "templates", "query.html"))
		_, err2 := os.Stat(filepath.Join(d, "static", "js", "cayley_query.js"))
		return err1 == nil && err2 == nil
	}
	if dir != "" {
		if check(dir) {
			return dir, nil
		}
		return "", missingAssets(tried)
	}
	// The file this binary was built from, unless built with -trimpath.
	fn := runtime.FuncForPC(reflect.ValueOf(cayleyhttp.NewAPIv2).Pointer())
	if file, _ := fn.FileLine(fn.Entry()); filepath.IsAbs(file) {
		if d := filepath.Dir(filepath.Dir(filepath.Dir(file))); check(d) {
			return d, nil
		}
	}
	for _, cache := range moduleCaches() {
		if d := filepath.Join(cache, "github.com", "cayleygraph", "cayley@"+cayleyVersion); check(d) {
			return d, nil
		}
	}
	return "", missingAssets(tried)
}

// cayleyVersion is the Cayley release whose UI is served.
const cayleyVersion = "v0.7.7"

func moduleCaches() []string {
	var out []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		out = append(out, c)
	}
	for _, p := range filepath.SplitList(os.Getenv("GOPATH")) {
		out = append(out, filepath.Join(p, "pkg", "mod"))
	}
	if home, err := os.UserHomeDir(); err == nil {
		out = append(out, filepath.Join(home, "go", "pkg", "mod"))
	}
	return out
}

func missingAssets(tried []string) error {
	return fmt.Errorf(`Cayley's web UI assets (templates/query.html, static/js/cayley_query.js) were not found; looked in:
  %s
They ship with Cayley's source, not in the binary. Fix it with one of:
  go mod download github.com/cayleygraph/cayley@%s   (then run serve again)
  entente serve --assets DIR   (DIR: a copy of Cayley %s's source tree)
and build entente without -trimpath`, strings.Join(tried, "\n  "), cayleyVersion, cayleyVersion)
}
