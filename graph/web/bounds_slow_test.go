//go:build slow

package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/graph/web"
)

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
