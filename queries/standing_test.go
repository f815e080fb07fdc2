package queries_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/queries"
)

// TestStandingFacts asks the questions the catalog's standing facts answer
// on the bundled articles: no article says the Kremlin is part of Russia,
// or the Syrian government part of Syria, yet the Kremlin's spokesman is
// an official of Russia and the head of the Syrian government's security
// bureau one of Syria. Those rows say they rest on the catalog, and
// --articles-only (the option articles_only) leaves them out.
func TestStandingFacts(t *testing.T) {
	s := bundledStore(t)
	for _, tt := range []struct {
		entity, official, of string
	}{
		{"Russia", "Dmitry Peskov", "Kremlin"},
		{"Syria", "Ali Mamlouk", "National Security Bureau"},
	} {
		rows := rowsOf(t, &queries.Runner{Store: s}, "officials", map[string]string{"entity": tt.entity})
		row := find(rows, "entity", tt.official)
		if row == nil {
			t.Errorf("officials %s: no row for %s; rows:\n%s", tt.entity, tt.official, strings.Join(summary(anys(rows), "entity", "of", "articles"), "\n"))
			continue
		}
		arts, _ := row["articles"].([]any)
		if row["of"] != tt.of || row["catalog"] != true || len(arts) < 2 || arts[0] != "catalog" || !strings.HasSuffix(arts[1].(string), ".txt") {
			t.Errorf("officials %s: %s's row %v; want of %s, catalog true, articles catalog and the article", tt.entity, tt.official, row, tt.of)
		}
		if fmt.Sprint(row["count"]) != fmt.Sprint(len(arts)-1) {
			t.Errorf("officials %s: %s's row counts %v articles for %v: the catalog counted", tt.entity, tt.official, row["count"], arts)
		}
		// The officials an article alone names are no catalog's.
		for _, r := range rows {
			if r["of"] == tt.entity && r["catalog"] != nil {
				t.Errorf("officials %s: %v is marked as the catalog's", tt.entity, r)
			}
		}

		only := rowsOf(t, &queries.Runner{Store: s, ArticlesOnly: true}, "officials", map[string]string{"entity": tt.entity})
		if find(only, "entity", tt.official) != nil {
			t.Errorf("officials %s --articles-only: %s is still there", tt.entity, tt.official)
		}
		if len(only) != len(rows)-1 {
			t.Errorf("officials %s --articles-only: %d rows, want %d", tt.entity, len(only), len(rows)-1)
		}
		for _, r := range only {
			if r["catalog"] != nil || slices.Contains(r["articles"].([]any), any("catalog")) {
				t.Errorf("officials %s --articles-only: %v rests on the catalog", tt.entity, r)
			}
		}
	}

	// A fact only the catalog states is a row of its own: no article,
	// confidence 1, "catalog" for its source; and nothing with
	// --articles-only.
	rows := rowsOf(t, &queries.Runner{Store: s}, "entity", map[string]string{"name": "Kremlin"})
	row := find(rows, "fact", "Kremlin part-of Russia")
	if row == nil {
		t.Fatalf("entity Kremlin: no row for Kremlin part-of Russia; rows:\n%s", strings.Join(summary(anys(rows), "fact", "articles"), "\n"))
	}
	if row["catalog"] != true || fmt.Sprint(row["count"]) != "0" || fmt.Sprint(row["confidence"]) != "1" || !slices.Equal(row["articles"].([]any), []any{"catalog"}) {
		t.Errorf("entity Kremlin: %v; want catalog true, count 0, confidence 1, articles [catalog]", row)
	}
	rows = rowsOf(t, &queries.Runner{Store: s, ArticlesOnly: true}, "entity", map[string]string{"name": "Kremlin"})
	if find(rows, "fact", "Kremlin part-of Russia") != nil {
		t.Error("entity Kremlin --articles-only: Kremlin part-of Russia is still there")
	}

	// A fact an article states too keeps that article's confidence and
	// count, and says the catalog states it as well.
	for _, only := range []bool{false, true} {
		rows = rowsOf(t, &queries.Runner{Store: s, ArticlesOnly: only}, "entity", map[string]string{"name": "IRGC"})
		row = find(rows, "fact", "Islamic Revolutionary Guard Corps part-of Iran")
		if row == nil {
			t.Fatalf("entity IRGC (articles only %v): no row for its part-of Iran", only)
		}
		arts := row["articles"].([]any)
		if c, _ := row["confidence"].(float64); c <= 0 || c >= 1 || fmt.Sprint(row["count"]) != "1" ||
			(row["catalog"] == true) == only || (arts[0] == "catalog") == only {
			t.Errorf("entity IRGC (articles only %v): %v; want the article's confidence and count, marked as the catalog's too unless articles only", only, row)
		}
	}

	// The evidence of a standing fact is the catalog's note.
	ev := rowsOf(t, &queries.Runner{Store: s}, "evidence", map[string]string{"a": "Kremlin", "b": "Russia"})
	if len(ev) != 1 || ev[0]["article"] != "catalog" || ev[0]["catalog"] != true || ev[0]["evidence"] == "" {
		t.Errorf("evidence Kremlin Russia: %v; want one row, the catalog's note", ev)
	}
	if ev := rowsOf(t, &queries.Runner{Store: s, ArticlesOnly: true}, "evidence", map[string]string{"a": "Kremlin", "b": "Russia"}); len(ev) != 0 {
		t.Errorf("evidence Kremlin Russia --articles-only: %v; want none", ev)
	}

	// A window of dates keeps a standing fact: it holds at any date. But
	// the row of an official of a body the catalog places still needs an
	// article in the window: Peskov's article gives no date.
	window := &queries.Runner{Store: s, From: "2017-01-01", To: "2017-12-31"}
	rows = rowsOf(t, window, "entity", map[string]string{"name": "Kremlin"})
	if find(rows, "fact", "Kremlin part-of Russia") == nil {
		t.Error("entity Kremlin --from 2017-01-01 --to 2017-12-31: Kremlin part-of Russia left out")
	}
	rows = rowsOf(t, window, "officials", map[string]string{"entity": "Russia"})
	if r := find(rows, "entity", "Dmitry Peskov"); r != nil {
		t.Errorf("officials Russia --from 2017-01-01 --to 2017-12-31: %v; no article in the window states it", r)
	}
	if find(rows, "entity", "Vladimir Putin") == nil {
		t.Error("officials Russia --from 2017-01-01 --to 2017-12-31: no Vladimir Putin, whose article is dated 2017-01-01")
	}
}

// find returns the first row whose key has value, or nil.
func find(rows []map[string]any, key string, value any) map[string]any {
	for _, r := range rows {
		if r[key] == value {
			return r
		}
	}
	return nil
}
