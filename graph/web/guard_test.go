package web_test

import (
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/graph/web"
)

// TestGuard checks that requests naming another host (DNS rebinding) or
// coming from a page of another site are refused with a JSON 403, and
// that the UI's own requests, and links followed from elsewhere, are not.
func TestGuard(t *testing.T) {
	srv, _ := boundedServer(t, web.Config{Hosts: []string{"localhost", "127.0.0.1", "::1", "kg.example.org"}})
	host := strings.TrimPrefix(srv.URL, "http://")
	_, port, _ := net.SplitHostPort(host)
	program := `g.V("<entity:russia>").Out("<name>").All()`
	tests := []struct {
		name, method, path string
		header             map[string]string
		code               int
		want               string
	}{
		{"own UI", "POST", "/api/v1/query/gizmo", map[string]string{"Origin": srv.URL, "Sec-Fetch-Site": "same-origin"}, 200, "Russia"},
		{"curl", "POST", "/api/v1/query/gizmo", nil, 200, "Russia"},
		{"localhost", "POST", "/api/v1/query/gizmo", map[string]string{"Host": "LOCALHOST:" + port}, 200, "Russia"},
		{"IPv6 loopback", "POST", "/api/v1/query/gizmo", map[string]string{"Host": "[::1]:" + port}, 200, "Russia"},
		{"behind a TLS proxy", "POST", "/api/v1/query/gizmo", map[string]string{"Host": "kg.example.org", "Origin": "https://kg.example.org"}, 200, "Russia"},
		{"--allow-host", "GET", "/api/canned/supporters?entity=assad", map[string]string{"Host": "kg.example.org."}, 200, "Russia"},
		{"rebinding", "POST", "/api/v1/query/gizmo", map[string]string{"Host": "evil.example:" + port}, 403, "allow-host"},
		{"rebinding, canned", "GET", "/api/canned/supporters?entity=assad", map[string]string{"Host": "evil.example"}, 403, "does not answer for the host"},
		{"foreign Origin", "POST", "/api/v1/query/gizmo", map[string]string{"Origin": "http://evil.example"}, 403, "cross-site"},
		{"foreign Origin, same host other port", "POST", "/api/v2/query?lang=gizmo", map[string]string{"Origin": "http://127.0.0.1:1"}, 403, "cross-site"},
		{"null Origin", "POST", "/api/v1/shape/gizmo", map[string]string{"Origin": "null"}, 403, "cross-site"},
		{"foreign Origin and Host", "POST", "/api/v1/query/gizmo", map[string]string{"Origin": "http://evil.example", "Host": "evil.example"}, 403, "host"},
		{"cross-site fetch", "GET", "/api/canned/supporters?entity=assad", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image"}, 403, "cross-site"},
		{"same-site fetch", "GET", "/api/v2/query?lang=gizmo&qu=g.V().All()", map[string]string{"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}, 403, "cross-site"},
		{"cross-site navigation to an API", "GET", "/api/canned/supporters?entity=assad", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}, 403, "cross-site"},
		{"link to /canned from elsewhere", "GET", "/canned?q=supporters&entity=assad", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}, 200, "Russia"},
	}
	for _, tt := range tests {
		body := ""
		if tt.method == "POST" {
			body = program
		}
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(body))
		req.Header.Set("Content-Type", "text/plain")
		for k, v := range tt.header {
			if k == "Host" {
				req.Host = v
			} else {
				req.Header.Set(k, v)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got := string(b)
		if resp.StatusCode != tt.code || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %s %s = %d %.300s; want %d containing %q", tt.name, tt.method, tt.path, resp.StatusCode, got, tt.code, tt.want)
		}
		if tt.code == 403 {
			errorOf(t, got)
		}
	}
}

func TestAllowedHosts(t *testing.T) {
	tcp := func(s string) net.Addr { a, _ := net.ResolveTCPAddr("tcp", s); return a }
	tests := []struct {
		given string
		bound net.Addr
		extra []string
		want  []string
		not   []string
	}{
		{"127.0.0.1:64210", tcp("127.0.0.1:64210"), nil, []string{"127.0.0.1", "localhost", "::1"}, []string{"evil.example"}},
		{"localhost:64210", tcp("127.0.0.1:64210"), []string{"KG.example.org"}, []string{"localhost", "kg.example.org"}, []string{"10.0.0.1"}},
		{":64210", tcp("[::]:64210"), nil, []string{"localhost", "::", "127.0.0.1"}, []string{"evil.example"}},
		{"192.0.2.7:80", tcp("192.0.2.7:80"), nil, []string{"192.0.2.7"}, []string{"localhost", "127.0.0.1"}},
	}
	for _, tt := range tests {
		got := web.AllowedHosts(tt.given, tt.bound, tt.extra)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("AllowedHosts(%q, %v, %q) = %q; lacks %q", tt.given, tt.bound, tt.extra, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("AllowedHosts(%q, %v, %q) = %q; holds %q", tt.given, tt.bound, tt.extra, got, n)
			}
		}
	}
}
