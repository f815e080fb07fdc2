//go:build slow

package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

// TestLoadCanned is the bounded load test: 16 concurrent clients for 10
// seconds on loopback against one canned query over the bundled graph,
// with the default cap of 8 canned queries at once. Every answer must be a
// 200 naming Russia; the figures are logged.
func TestLoadCanned(t *testing.T) {
	s := storetest.Bundled(t)
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h) // listens on 127.0.0.1
	defer srv.Close()
	loadCanned(t, srv.URL, 16, 10*time.Second, "cap of 8 canned queries at once")
}

// TestLoadCannedHostile repeats the load test while 16 more clients post
// endless Gizmo programs: those have slots of their own (2 here), so the
// canned queries still all answer.
func TestLoadCannedHostile(t *testing.T) {
	s := storetest.Bundled(t)
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	// The endless programs are stopped after 5 s, and a canned query may
	// wait 30 s for a slot: on a busy 2-core machine (other test binaries,
	// two programs spinning) one canned query can take most of a second,
	// and the point here is that the canned queries are served, not how
	// fast a starved machine serves them.
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, MaxQueries: 2, Timeout: 5 * time.Second, QueueWait: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	// A hostile client gives up after 8 s, so that the test does not wait
	// out the queue behind the two slots when it stops them.
	hostile := &http.Client{Timeout: 8 * time.Second}
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := hostile.Post(srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader("while (true) {}"))
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mu.Lock()
				codes[resp.StatusCode]++
				mu.Unlock()
			}
		}()
	}
	loadCanned(t, srv.URL, 16, 10*time.Second, "cap of 2 Gizmo programs and 2 canned queries at once, 16 clients posting endless programs")
	close(stop)
	wg.Wait()
	if codes[http.StatusOK] > 0 || codes[http.StatusGatewayTimeout] == 0 {
		t.Errorf("endless programs answered %v; want 504s (and 503s past the cap), never 200", codes)
	}
	t.Logf("endless programs: %v", codes)
}

// loadCanned runs clients against one canned query for d and logs the
// requests per second and latencies; any failure fails the test.
func loadCanned(t *testing.T, url string, clients int, duration time.Duration, setting string) {
	const path = "/api/canned/supporters?entity=Assad"
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
		wg        sync.WaitGroup
	)
	deadline := time.Now().Add(duration)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				start := time.Now()
				resp, err := client.Get(url + path)
				var body []byte
				if err == nil {
					body, err = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				took := time.Since(start)
				mu.Lock()
				switch {
				case err != nil:
					failures = append(failures, err.Error())
				case resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"entity":"Russia"`):
					failures = append(failures, resp.Status+" "+string(body))
				default:
					latencies = append(latencies, took)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(failures) > 0 {
		t.Fatalf("%d of %d requests failed; first: %s", len(failures), len(failures)+len(latencies), failures[0])
	}
	if len(latencies) == 0 {
		t.Fatal("no request completed")
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d requests in %v by %d clients (%s), 0 errors: %.0f requests/s, p50 %v, p99 %v, max %v",
		len(latencies), duration, clients, setting, float64(len(latencies))/duration.Seconds(), p(0.50), p(0.99), latencies[len(latencies)-1])
}
