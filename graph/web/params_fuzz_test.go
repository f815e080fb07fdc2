package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

// FuzzCannedParams sends any query string to any canned query: the answer
// is always a JSON value, with a status that says what was wrong, never a
// 500 or a crash. Run longer with: go test ./graph/web -fuzz FuzzCannedParams
func FuzzCannedParams(f *testing.F) {
	for _, seed := range [][2]string{
		{"supporters", "entity=assad"},
		{"supporters", ""},
		{"evidence", "a=russia&b=assad"},
		{"evidence", "a=russia&a=iran"},
		{"roles", "person=%00%ff"},
		{"envoys", "entity="},
		{"supporters", "entity=Assad%22%29%3B%20g.Emit%28%22x%22%29%3B%2F%2F"},
		{"nosuch", "entity=x"},
		{"supporters", "entity=%E2%80%AEdassa"},
		{"connection", "a=russia&b=russia"},
		{"mentions", "entity=" + url.QueryEscape("<entity:russia>")},
	} {
		f.Add(seed[0], seed[1])
	}
	s := storetest.New(f)
	russia := graph.Entity{Name: "Russia", Type: graph.Country}
	assad := graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad"}}
	storetest.Load(f, s, graph.Document{
		Article:  graph.Article{Name: "a.txt", Hash: "1", Title: "Moscow restates its backing"},
		Entities: []graph.Entity{russia, assad},
		Facts:    []graph.Fact{{Subject: russia, Predicate: graph.Supports, Object: assad, Evidence: "Russia backs Assad."}},
	})
	assets, err := web.FindAssets("")
	if err != nil {
		f.Fatal(err)
	}
	// On a store of two entities any answer is quick: a time-out is a finding.
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, Timeout: 2 * time.Second})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, query string) {
		req := httptest.NewRequest("GET", "/api/canned/x", nil)
		req.Host = "127.0.0.1"
		req.URL.Path = "/api/canned/" + name
		req.URL.RawQuery = query
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusNotFound, http.StatusMovedPermanently:
		default:
			t.Fatalf("GET /api/canned/%q?%s = %d %s", name, query, w.Code, w.Body)
		}
		if w.Code != http.StatusMovedPermanently && !json.Valid(w.Body.Bytes()) {
			t.Fatalf("GET /api/canned/%q?%s = %d, not JSON: %s", name, query, w.Code, w.Body)
		}
	})
}
