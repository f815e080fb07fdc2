package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

func newServer(t *testing.T) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	s := storetest.New(t)
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person}
	storetest.Load(t, s, graph.Document{
		Article:  graph.Article{Name: "a.txt", Hash: "1"},
		Entities: []graph.Entity{russia, assad},
		Facts:    []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."}},
	})
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, &log
}

func TestServe(t *testing.T) {
	srv, log := newServer(t)
	tests := []struct {
		method, path, body string
		code               int
		want               string
	}{
		{"GET", "/", "", 200, `<textarea id="code">`},
		{"GET", "/ui/visualize", "", 200, "cayley_visualize.js"},
		{"GET", "/ui/nosuch", "", 404, ""},
		{"GET", "/static/js/cayley_query.js", "", 200, "function"},
		{"POST", "/api/v1/query/gizmo", `g.V("<entity:russia>").Out("<supports>").Out("<name>").All()`, 200, `{"result":[{"id":"Bashar al-Assad"}]}`},
		{"POST", "/api/v1/query/gizmo", `g.V(.`, 400, `"error"`},
		{"POST", "/api/v1/query/nosuch", `x`, 400, `unknown query language`},
		{"POST", "/api/v1/shape/gizmo", `g.V("<entity:russia>").All()`, 200, `"nodes"`},
		{"GET", "/api/v2/query?lang=gizmo&qu=" + "g.V(%22%3Centity%3Arussia%3E%22).Out(%22%3Cname%3E%22).All()", "", 200, `Russia`},
		{"POST", "/api/v1/write", `[{"subject":"<a>","predicate":"<b>","object":"<c>"}]`, 403, `read-only`},
		{"POST", "/api/v1/delete", `[]`, 403, `read-only`},
		{"POST", "/api/v2/write", `<a> <b> <c> .`, 403, `read-only`},
		{"POST", "/api/v2/delete", `<a> <b> <c> .`, 403, `read-only`},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code || !strings.Contains(string(body), tt.want) {
			t.Errorf("%s %s = %d %.200s; want %d containing %q", tt.method, tt.path, resp.StatusCode, body, tt.code, tt.want)
		}
		if tt.code == 403 && !json.Valid(body) {
			t.Errorf("%s %s: error body is not JSON: %s", tt.method, tt.path, body)
		}
	}
	if n := strings.Count(log.String(), "\n"); n != len(tests) {
		t.Errorf("access log has %d lines, want %d:\n%s", n, len(tests), log)
	}
	if !strings.Contains(log.String(), "POST /api/v1/write 403") {
		t.Errorf("access log lacks the refused write:\n%s", log)
	}
}

func TestFindAssetsMissing(t *testing.T) {
	_, err := web.FindAssets(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "templates/query.html") || !strings.Contains(err.Error(), "go mod download") {
		t.Fatalf("FindAssets(empty dir) = %v; want an error saying what is missing and how to fix it", err)
	}
}
