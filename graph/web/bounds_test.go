package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

// boundedServer serves a one-fact store with cfg's bounds.
func boundedServer(t *testing.T, cfg web.Config) (*httptest.Server, *web.Handler) {
	t.Helper()
	s := storetest.New(t)
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	storetest.Load(t, s, graph.Document{
		Article:  graph.Article{Name: "a.txt", Hash: "1"},
		Entities: []graph.Entity{russia, assad},
		Facts:    []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."}},
	})
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Store, cfg.Assets = s, assets
	h, err := web.NewHandler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, h
}

// call sends one request with a client-side limit, so that a server that
// never answers fails the test instead of hanging it.
func call(t *testing.T, method, url, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain")
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

func errorOf(t *testing.T, body string) string {
	t.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
		t.Errorf("body is not a JSON error: %.300s", body)
	}
	return e.Error
}

// TestTimeoutEverywhere checks that every Gizmo endpoint, and the canned
// queries, stop at the time limit and answer 504 with a JSON error.
func TestTimeoutEverywhere(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{Timeout: 300 * time.Millisecond})
	for _, u := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
		start := time.Now()
		resp, body := call(t, "POST", srv.URL+u, "while (true) {}")
		took := time.Since(start)
		if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(errorOf(t, body), "timed out after 300ms") {
			t.Errorf("POST %s with an endless program = %d %.200s; want 504 timed out", u, resp.StatusCode, body)
		}
		if took > 5*time.Second {
			t.Errorf("POST %s took %v with a 300ms limit", u, took)
		}
	}

	srv, _ = boundedServer(t, web.Config{Timeout: time.Nanosecond})
	resp, body := call(t, "GET", srv.URL+"/api/canned/supporters?entity=assad", "")
	if resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(errorOf(t, body), "timed out") {
		t.Errorf("canned query past its limit = %d %s; want 504", resp.StatusCode, body)
	}
}

// TestClientGone checks that a program stops when its client goes away:
// its slot is freed for the next query, and the server can close.
func TestClientGone(t *testing.T) {
	for _, u := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
		srv, _ := boundedServer(t, web.Config{Timeout: time.Minute, MaxQueries: 1, QueueWait: 3 * time.Second})
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL+u, strings.NewReader("while (true) {}"))
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			t.Fatalf("POST %s: the endless program answered %d", u, resp.StatusCode)
		}
		cancel()
		// The only slot must come free well before the minute's limit.
		resp, body := call(t, "POST", srv.URL+u, `g.V("<entity:russia>").Out("<name>").All()`)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("POST %s after the client left = %d %.200s; want 200", u, resp.StatusCode, body)
		}
		closed := make(chan struct{})
		go func() { srv.Close(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: the server could not close: the abandoned program still runs", u)
		}
	}
}

// TestMemoryBudget checks that programs that allocate without end are
// stopped with a clear error, on every Gizmo endpoint, and that the
// server answers the next query.
func TestMemoryBudget(t *testing.T) {
	srv, h := boundedServer(t, web.Config{Timeout: time.Minute, MemoryBudget: 96 << 20})
	programs := map[string]string{
		"string doubling": `var s = "x"; for (var i = 0; i < 40; i++) { s = s + s }; g.Emit(s.length)`,
		"push loop":       `var a = []; while (true) { a.push({n: a.length, s: "entente"}) }`,
	}
	for name, program := range programs {
		for _, u := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
			resp, body := call(t, "POST", srv.URL+u, program)
			if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(errorOf(t, body), "memory budget of 96 MiB") {
				t.Errorf("%s on %s = %d %.200s; want 503 naming the memory budget", name, u, resp.StatusCode, body)
			}
			resp, body = call(t, "POST", srv.URL+"/api/v1/query/gizmo", `g.V("<entity:russia>").Out("<name>").All()`)
			if resp.StatusCode != http.StatusOK || !strings.Contains(body, "Russia") {
				t.Errorf("after %s on %s, a small query = %d %.200s", name, u, resp.StatusCode, body)
			}
		}
	}
	t.Logf("peak heap while programs ran: %d MiB", h.PeakHeap()>>20)
}

// TestResultCaps checks the caps on rows and on bytes.
func TestResultCaps(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{MaxRows: 50, MaxResultBytes: 1000})
	resp, body := call(t, "POST", srv.URL+"/api/v1/query/gizmo?limit=100000000", `g.V().All()`)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(errorOf(t, body), "at most 50 results") {
		t.Errorf("?limit past the cap = %d %s; want 400", resp.StatusCode, body)
	}
	for _, u := range []string{"/api/v1/query/gizmo?limit=50", "/api/v2/query?lang=gizmo&limit=50"} {
		resp, body = call(t, "POST", srv.URL+u, `for (var i = 0; i < 50; i++) { g.Emit("entente entente entente " + i) }`)
		var res struct {
			Result    []string `json:"result"`
			Truncated string   `json:"truncated"`
		}
		if err := json.Unmarshal([]byte(body), &res); err != nil || resp.StatusCode != 200 {
			t.Fatalf("POST %s = %d %s (%v)", u, resp.StatusCode, body, err)
		}
		if len(res.Result) == 0 || len(res.Result) >= 50 || !strings.Contains(res.Truncated, "passed 1000 bytes") {
			t.Errorf("POST %s with 50 results of 28 bytes and a 1000-byte cap: %d results, truncated %q", u, len(res.Result), res.Truncated)
		}
		if len(body) > 1200 {
			t.Errorf("POST %s answered %d bytes with a 1000-byte cap", u, len(body))
		}
	}
}

// TestBusy checks the cap on queries running at once: past it, 503 with
// Retry-After.
func TestBusy(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{Timeout: 2 * time.Second, MaxQueries: 1, QueueWait: 100 * time.Millisecond})
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		close(started)
		req, _ := http.NewRequest("POST", srv.URL+"/api/v1/query/gizmo", strings.NewReader("while (true) {}"))
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	<-started
	time.Sleep(500 * time.Millisecond) // the endless program holds the slot
	for _, u := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
		resp, body := call(t, "POST", srv.URL+u, `g.V().All()`)
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(errorOf(t, body), "busy") {
			t.Errorf("POST %s while the only slot is taken = %d, Retry-After %q, %s", u, resp.StatusCode, resp.Header.Get("Retry-After"), body)
		}
	}
	// Canned queries have slots of their own.
	if resp, body := call(t, "GET", srv.URL+"/api/canned/supporters?entity=assad", ""); resp.StatusCode != http.StatusOK {
		t.Errorf("a canned query while a Gizmo program holds its slot = %d %s", resp.StatusCode, body)
	}
	<-done
}

// TestV2BodyLimit checks that an oversized v2 body is refused whole, not
// run cut short.
func TestV2BodyLimit(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{})
	program := `g.Emit("x")` + strings.Repeat(" ", web.DefaultBodyLimit+20-len(`g.Emit("x")`))
	for _, u := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo", "/api/v1/shape/gizmo"} {
		resp, body := call(t, "POST", srv.URL+u, program)
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(errorOf(t, body), "too large") {
			t.Errorf("POST %s of 1 MiB + 20 bytes = %d %.200s; want 413", u, resp.StatusCode, body)
		}
	}
}

// TestNameLength checks the cap on names sent to name resolution.
func TestNameLength(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{})
	long := strings.Repeat("x", 10_000)
	for _, u := range []string{"/api/canned/supporters?entity=" + long, "/api/canned/evidence?a=russia&b=" + long, "/canned?q=supporters&entity=" + long} {
		start := time.Now()
		resp, body := call(t, "GET", srv.URL+u, "")
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "10000 bytes long; a name is at most 200") {
			t.Errorf("GET %.60s… = %d %.200s; want 400 naming the limit", u, resp.StatusCode, body)
		}
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("GET %.60s… took %v", u, took)
		}
	}
}
