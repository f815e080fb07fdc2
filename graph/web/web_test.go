package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
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
		{"GET", "/", "", 200, `<span id="entente-counts">1 article · 2 entities · 1 fact stated · 1 distinct edge`},
		{"GET", "/ui/visualize", "", 200, `<a href="/canned" id="entente-canned">`},
		{"GET", "/entente/entente.js", "", 200, "sigma.canvas.labels.edges.def"},
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

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestCannedAPI(t *testing.T) {
	srv, _ := newServer(t)
	code, body := get(t, srv.URL+"/api/canned")
	var list []struct {
		Name     string   `json:"name"`
		Question string   `json:"question"`
		Params   []string `json:"params"`
	}
	if err := json.Unmarshal([]byte(body), &list); code != 200 || err != nil || len(list) < 4 {
		t.Fatalf("GET /api/canned = %d %s (%v)", code, body, err)
	}
	found := false
	for _, q := range list {
		if q.Name == "supporters" && q.Question != "" && len(q.Params) == 1 && q.Params[0] == "entity" {
			found = true
		}
	}
	if !found {
		t.Errorf("GET /api/canned lacks supporters(entity): %s", body)
	}

	tests := []struct {
		path string
		code int
		want string
	}{
		{"/api/canned/supporters?entity=assad", 200, `"entity":"Russia"`},
		{"/api/canned/supporters?entity=assad", 200, `"articles":["a.txt"]`},
		{"/api/canned/roles?entity=Nobody", 404, `no entity named \"Nobody\"`},
		{"/api/canned/evidence?a=russia&b=assad", 200, `"evidence":"Russia backs Assad."`},
		{"/api/canned/evidence?a=russia", 400, `evidence needs`},
		{"/api/canned/supporters?entity=assad&color=red", 400, `unknown parameter \"color\"`},
		{"/api/canned/supporters", 400, `"supporters needs parameter entity"`},
		{"/api/canned/roles", 400, `"roles needs parameter person (or entity)"`},
		{"/api/canned/supporters?entity=assad&color=red", 400, `supporters takes parameter entity; unknown`},
		{"/api/canned/nosuch?entity=assad", 404, `no canned query named \"nosuch\"`},
		{"/api/canned/supporters?entity=" + "Assad%22%29%3B%20g.Emit%28%22x%22%29%3B%2F%2F", 404, `no entity named`},
	}
	for _, tt := range tests {
		code, body := get(t, srv.URL+tt.path)
		if code != tt.code || !strings.Contains(body, tt.want) || !json.Valid([]byte(body)) {
			t.Errorf("GET %s = %d %s; want %d JSON containing %s", tt.path, code, body, tt.code, tt.want)
		}
	}
}

func TestCannedPage(t *testing.T) {
	srv, _ := newServer(t)
	code, body := get(t, srv.URL+"/canned")
	if code != 200 || !strings.Contains(body, `id="form-supporters"`) {
		t.Fatalf("GET /canned = %d, no form for supporters", code)
	}
	code, body = get(t, srv.URL+"/canned?q=supporters&entity=assad")
	for _, want := range []string{`<td>Russia</td>`, `<td>supports</td>`, `id="open-editor"`, `cayleySavedQueriesgizmo`, `\u003centity:bashar-al-assad\u003e`} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET /canned?q=supporters&entity=assad = %d, lacks %s", code, want)
		}
	}
	code, body = get(t, srv.URL+"/canned?q=supporters&entity=nobody")
	if code != 404 || !strings.Contains(body, "no entity named &#34;nobody&#34;") {
		t.Errorf("GET /canned for an unknown name = %d, %s", code, body)
	}
}

// TestBodyLimit checks that a request body over the limit is refused.
func TestBodyLimit(t *testing.T) {
	s := storetest.New(t)
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, BodyLimit: 1024})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	program := `g.Emit("` + strings.Repeat("x", 4096) + `")`
	resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader(program))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "too large") {
		t.Errorf("POST of 4 KiB with a 1 KiB limit = %d %s; want 413", resp.StatusCode, body)
	}
}

// TestWritable checks that --writable serves Cayley's write endpoints.
func TestWritable(t *testing.T) {
	s := storetest.New(t)
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, Writable: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	post := func(path, ctype, body string) (int, string) {
		resp, err := http.Post(srv.URL+path, ctype, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post("/api/v1/write", "application/json", `[{"subject":"<entity:x>","predicate":"<name>","object":"X"}]`); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("v1 write = %d %s", code, body)
	}
	if code, body := post("/api/v2/write", "application/n-quads", `<entity:y> <name> "Y" .`); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("v2 write = %d %s", code, body)
	}
	code, body := post("/api/v1/query/gizmo", "text/plain", `g.V("<entity:x>", "<entity:y>").Out("<name>").All()`)
	if code != 200 || !strings.Contains(body, `"X"`) || !strings.Contains(body, `"Y"`) {
		t.Errorf("written quads not read back: %d %s", code, body)
	}
	if code, body := post("/api/v1/delete", "application/json", `[{"subject":"<entity:x>","predicate":"<name>","object":"X"}]`); code != 200 || !strings.Contains(body, "deleted 1 quads") {
		t.Errorf("v1 delete = %d %s", code, body)
	}
}

// TestCannedPageTitles checks that /canned names articles by their titles,
// the file name a tooltip, except where the query has a title column.
func TestCannedPageTitles(t *testing.T) {
	srv := bundledServer(t)
	code, body := get(t, srv.URL+"/canned?q=supporters&entity=assad")
	re := regexp.MustCompile(`<span class="article" title="([^"]+)">([^<]+)</span>`)
	m := re.FindAllStringSubmatch(body, -1)
	if code != 200 || len(m) == 0 {
		t.Fatalf("GET /canned?q=supporters&entity=assad = %d, no article titles:\n%.2000s", code, body)
	}
	for _, a := range m {
		if !strings.HasSuffix(a[1], ".txt") || a[2] == a[1] || len(a[2]) < 10 {
			t.Errorf("article %s shown as %q; want its title", a[1], a[2])
		}
	}
	code, body = get(t, srv.URL+"/canned?q=mentions&entity=assad")
	if code != 200 || strings.Contains(body, `class="article"`) || !strings.Contains(body, ".txt</td>") {
		t.Errorf("mentions, which has a title column, should keep file names: %d\n%.2000s", code, body)
	}
}

// bundledServer serves the bundled articles.
func bundledServer(t *testing.T) *httptest.Server {
	t.Helper()
	s := storetest.Bundled(t)
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}
