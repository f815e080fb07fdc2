package web_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCannedArticlesOnly checks the catalog's standing facts over HTTP:
// officials of Russia include the Kremlin's spokesman, his row says it
// rests on the catalog, and articles_only=1 leaves him out, in the API and
// on the /canned page, where the catalog is no link to an article.
func TestCannedArticlesOnly(t *testing.T) {
	srv := bundledServer(t)
	type row struct {
		Entity   string   `json:"entity"`
		Catalog  bool     `json:"catalog"`
		Articles []string `json:"articles"`
	}
	officials := func(query string) []row {
		t.Helper()
		code, body := get(t, srv.URL+"/api/canned/officials?entity=Russia"+query)
		var rows []row
		if err := json.Unmarshal([]byte(body), &rows); code != 200 || err != nil {
			t.Fatalf("officials Russia%s = %d %.300s (%v)", query, code, body, err)
		}
		return rows
	}
	peskov := func(rows []row) *row {
		for i := range rows {
			if rows[i].Entity == "Dmitry Peskov" {
				return &rows[i]
			}
		}
		return nil
	}
	all := officials("")
	if p := peskov(all); p == nil || !p.Catalog || len(p.Articles) == 0 || p.Articles[0] != "catalog" {
		t.Errorf("officials Russia: Dmitry Peskov's row %+v; want it, marked as the catalog's", p)
	}
	for _, q := range []string{"&articles_only=1", "&articles_only=true"} {
		only := officials(q)
		if p := peskov(only); p != nil || len(only) != len(all)-1 {
			t.Errorf("officials Russia%s: %d rows (of %d), Peskov %+v; want him left out", q, len(only), len(all), p)
		}
	}
	if code, body := get(t, srv.URL+"/api/canned/officials?entity=Russia&articles_only=maybe"); code != 400 || !strings.Contains(body, "articles_only") {
		t.Errorf("articles_only=maybe = %d %.200s; want 400 naming articles_only", code, body)
	}

	code, page := get(t, srv.URL+"/canned?q=officials&entity=Russia")
	if code != 200 || !strings.Contains(page, "Dmitry Peskov") || !strings.Contains(page, `<span class="catalog"`) ||
		strings.Contains(page, "file=catalog") || !strings.Contains(page, `name="articles_only"`) {
		t.Errorf("/canned officials Russia = %d: want Peskov, the catalog as no article link, and the articles-only box", code)
	}
	code, page = get(t, srv.URL+"/canned?q=officials&entity=Russia&articles_only=1")
	if code != 200 || strings.Contains(page, "Dmitry Peskov") || !strings.Contains(page, `value="1" checked`) {
		t.Errorf("/canned officials Russia, articles only = %d: want no Peskov and the box checked", code)
	}
}
