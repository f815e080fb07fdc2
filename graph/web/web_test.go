package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
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

// TestCannedPageTitles checks that /canned names articles by their titles,
// the file name a tooltip, except where the query has a title column.
func TestCannedPageTitles(t *testing.T) {
	srv := bundledServer(t)
	code, body := get(t, srv.URL+"/canned?q=supporters&entity=assad")
	re := regexp.MustCompile(`<a class="article" href="[^"]+" title="([^"]+)">([^<]+)</a>`)
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

// TestArticlePage follows an article link of /canned: the page shows the
// article's title and the facts it states with their sentences, the fact
// of the row highlighted.
func TestArticlePage(t *testing.T) {
	srv := bundledServer(t)
	_, body := get(t, srv.URL+"/canned?q=supporters&entity=assad")
	m := regexp.MustCompile(`<tr><td>Russia</td><td>supports</td>.*?<a class="article" href="([^"]+)" title="[^"]+">([^<]+)</a>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no article link in the row Russia supports:\n%.2000s", body)
	}
	link, title := html.UnescapeString(m[1]), html.UnescapeString(m[2])
	code, body := get(t, srv.URL+link)
	if code != 200 || !strings.Contains(body, `<h1 id="title">`+html.EscapeString(title)+`</h1>`) {
		t.Fatalf("GET %s = %d, lacks the title %q:\n%.2000s", link, code, title, body)
	}
	hl := regexp.MustCompile(`<tr class="highlight"><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td><td>([^<]+)</td></tr>`).FindAllStringSubmatch(body, -1)
	if len(hl) != 1 || hl[0][1] != "Russia" || hl[0][2] != "supports" || hl[0][3] != "Bashar al-Assad" || len(hl[0][4]) < 20 {
		t.Errorf("GET %s highlights %q; want the one fact Russia supports Bashar al-Assad with its sentence", link, hl)
	}
	if n := strings.Count(body, "<tr"); n < 4 {
		t.Errorf("GET %s shows %d rows; want every fact of the article", link, n)
	}
	for path, want := range map[string]int{"/article?file=nosuch.txt": 404, "/article": 400, "/article?file=" + strings.Repeat("x", 300): 400} {
		if code, body := get(t, srv.URL+path); code != want {
			t.Errorf("GET %.40s = %d; want %d\n%.300s", path, code, want, body)
		}
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

// TestCannedOptions checks that the HTTP API takes the command line's
// --articles, --limit and --offset as articles=, limit= and offset=.
func TestCannedOptions(t *testing.T) {
	s := storetest.New(t)
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	for i, date := range []string{"2016-01-02", "2017-03-04", "2018-05-06"} {
		storetest.Load(t, s, graph.Document{
			Article:  graph.Article{Name: fmt.Sprintf("a%d.txt", i), Date: date, Hash: fmt.Sprint(i)},
			Entities: []graph.Entity{russia, assad},
			Facts:    []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: fmt.Sprintf("Russia backs Assad, says report %d.", i)}},
		})
	}
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

	code, body := get(t, srv.URL+"/api/canned/supporters?entity=assad&articles=1")
	var rows []struct {
		Count     int      `json:"count"`
		Articles  []string `json:"articles"`
		FirstSeen string   `json:"first_seen"`
		LastSeen  string   `json:"last_seen"`
	}
	if err := json.Unmarshal([]byte(body), &rows); code != 200 || err != nil || len(rows) != 1 {
		t.Fatalf("supporters&articles=1 = %d %s (%v)", code, body, err)
	}
	if r := rows[0]; r.Count != 3 || len(r.Articles) != 1 || r.Articles[0] != "a2.txt" || r.FirstSeen != "2016-01-02" || r.LastSeen != "2018-05-06" {
		t.Errorf("supporters&articles=1 row = %+v; want count 3, only the newest article a2.txt, 2016-01-02 to 2018-05-06", r)
	}
	code, body = get(t, srv.URL+"/api/canned/supporters?entity=assad&articles=all")
	if code != 200 || !strings.Contains(body, `"a0.txt"`) || !strings.Contains(body, `"a1.txt"`) {
		t.Errorf("supporters&articles=all = %d %s; want every article", code, body)
	}

	code, body = get(t, srv.URL+"/api/canned/evidence?a=russia&b=assad&limit=1&offset=1")
	var page []map[string]any
	if err := json.Unmarshal([]byte(body), &page); code != 200 || err != nil || len(page) != 1 || page[0]["total"] != float64(3) {
		t.Errorf("evidence&limit=1&offset=1 = %d %s; want one row of a total of 3", code, body)
	}

	for path, want := range map[string]string{
		"/api/canned/supporters?entity=assad&articles=0":            "articles: want at least 1",
		"/api/canned/supporters?entity=assad&min_confidence=2":      "min_confidence: want a number from 0 to 1",
		"/api/canned/supporters?entity=assad&offset=1":              "supporters gives all its rows at once",
		"/api/canned/evidence?a=russia&b=assad&limit=x":             "limit: want a number of rows",
		"/api/canned/evidence?a=russia&b=assad&offset=-1":           "offset: want a number of rows",
		"/api/canned/supporters?entity=assad&articles=1&articles=2": `parameter \"articles\" given 2 times`,
	} {
		if code, body := get(t, srv.URL+path); code != 400 || !strings.Contains(body, want) {
			t.Errorf("GET %s = %d %s; want 400 saying %s", path, code, body, want)
		}
	}
	if code, body := get(t, srv.URL+"/canned?q=supporters&entity=assad&articles=1"); code != 200 || strings.Count(body, `class="article"`) != 1 {
		t.Errorf("/canned with articles=1 = %d, %d article links; want 1", code, strings.Count(body, `class="article"`))
	}
}

// TestArticleSource: an article whose source gave its outlet and address
// links there from its page; an address that is not a web address is not
// linked as one.
func TestArticleSource(t *testing.T) {
	s := storetest.New(t)
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person}
	for _, a := range []graph.Article{
		{Name: "wire-1", Title: "Moscow backs Damascus", Date: "2019-09-16", Outlet: "Wire Service", URL: "https://wire.example/a/1", Hash: "1"},
		{Name: "wire-2", Title: "Another", URL: "javascript:alert(1)", Hash: "2"},
	} {
		storetest.Load(t, s, graph.Document{Article: a, Entities: []graph.Entity{russia, assad},
			Facts: []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."}}})
	}
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
	code, body := get(t, srv.URL+"/article?file=wire-1")
	if code != 200 || !strings.Contains(body, `Wire Service`) || !strings.Contains(body, `<a id="source" href="https://wire.example/a/1"`) {
		t.Errorf("/article?file=wire-1 = %d, lacks the outlet or the link to its source:\n%.1500s", code, body)
	}
	if _, body := get(t, srv.URL+"/article?file=wire-2"); strings.Contains(body, `href="javascript:`) {
		t.Errorf("/article?file=wire-2 links a javascript: address:\n%.1500s", body)
	}
}
