package web_test

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/graph/store"
	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

// writableServer serves s with the write endpoints.
func writableServer(t *testing.T, s *store.Store) *httptest.Server {
	t.Helper()
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: s, Assets: assets, Writable: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, url, ctype string, body io.Reader) (int, string) {
	t.Helper()
	resp, err := http.Post(url, ctype, body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// upload posts text as the N-Quads file of the UI's Write page.
func upload(t *testing.T, url, text string) (int, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("NQuadFile", "quads.nq")
	io.WriteString(fw, text)
	mw.Close()
	return post(t, url+"/api/v1/write/file/nquad", mw.FormDataContentType(), &buf)
}

// TestWritable checks that --writable writes and deletes the caller's own
// quads through every write endpoint (v1 JSON, the UI's N-Quads upload, v2)
// and reads them back.
func TestWritable(t *testing.T) {
	srv := writableServer(t, storetest.New(t))
	if code, body := post(t, srv.URL+"/api/v1/write", "application/json",
		strings.NewReader(`[{"subject":"<entity:x>","predicate":"<note>","object":"X","label":"<analyst:kim>"}]`)); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("v1 write = %d %s", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v2/write", "application/n-quads",
		strings.NewReader(`<entity:y> <note> "Y" <analyst:kim> .`)); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("v2 write = %d %s", code, body)
	}
	if code, body := upload(t, srv.URL, `<entity:z> <note> "Z" <analyst:kim> .`+"\n"); code != 200 || !strings.Contains(body, "wrote 1 quads") {
		t.Errorf("v1 N-Quads upload = %d %s", code, body)
	}
	code, body := post(t, srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`g.V("<entity:x>", "<entity:y>", "<entity:z>").Out("<note>").All()`))
	if code != 200 || !strings.Contains(body, `"X"`) || !strings.Contains(body, `"Y"`) || !strings.Contains(body, `"Z"`) {
		t.Errorf("written quads not read back: %d %s", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v1/delete", "application/json",
		strings.NewReader(`[{"subject":"<entity:x>","predicate":"<note>","object":"X","label":"<analyst:kim>"}]`)); code != 200 || !strings.Contains(body, "deleted 1 quads") {
		t.Errorf("v1 delete = %d %s", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v2/delete", "application/n-quads",
		strings.NewReader(`<entity:y> <note> "Y" <analyst:kim> .`)); code != 200 || !strings.Contains(body, "deleted 1 quads") {
		t.Errorf("v2 delete = %d %s", code, body)
	}
	code, body = post(t, srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`g.V("<entity:x>", "<entity:y>", "<entity:z>").Out("<note>").All()`))
	if code != 200 || strings.Contains(body, `"X"`) || strings.Contains(body, `"Y"`) || !strings.Contains(body, `"Z"`) {
		t.Errorf("after deleting X and Y, Z alone should be left: %d %s", code, body)
	}
}

// TestWritableKeepsBookkeeping checks the rule of the write endpoints: a
// write or delete that touches a quad 'entente load' manages (an article's,
// the catalog's unlabelled ones, the bookkeeping, what stats counts) is
// refused whole with 403, and the caller's own quads go through; after
// that, stats is right (the kept counts equal a recount), and loading the
// articles again, one of them changed, neither loses nor duplicates a
// quad: the store equals one where the same load and writes came in the
// other order.
func TestWritableKeepsBookkeeping(t *testing.T) {
	ctx := context.Background()
	docs := storetest.BundledDocuments(t)
	s := storetest.New(t)
	storetest.Load(t, s, docs...)
	srv := writableServer(t, s)
	before := storetest.SortedQuads(t, s)

	// A quad of the first article, as stored.
	var stored quad.Quad
	for _, q := range graph.Quads(docs[0]) {
		if q.Label != nil && q.Predicate == graph.PredMentions {
			stored = q
			break
		}
	}
	if stored.Label == nil {
		t.Fatal("the first bundled article mentions no entity")
	}
	own := `<entity:russia> <note> "watch this" <analyst:kim> .` + "\n"
	refused := []struct {
		name, path, quads string
	}{
		{"an article's quad", "/api/v2/write", `<entity:russia> <supports> <entity:iran> ` + stored.Label.String() + " .\n"},
		{"an unlabelled quad", "/api/v2/write", `<entity:russia> <name> "Rossiya" .` + "\n"},
		{"a fact node", "/api/v2/write", `<fact:mine> <subject> <entity:russia> <analyst:kim> .` + "\n"},
		{"a fact's type", "/api/v2/write", `<x:1> <type> <Fact> <analyst:kim> .` + "\n"},
		{"a mention", "/api/v2/write", `<article:mine> <mentions> <entity:iran> <analyst:kim> .` + "\n"},
		{"the counts", "/api/v2/write", `<entente:store> <counts> "{}" <analyst:kim> .` + "\n"},
		{"a digest", "/api/v2/write", `<article:x> <digest> "0" <analyst:kim> .` + "\n"},
		{"a tally", "/api/v2/write", `<x:1> <tally> "{}" <analyst:kim> .` + "\n"},
		{"a tally node", "/api/v2/write", `<tally:0> <note> "mine" <analyst:kim> .` + "\n"},
		{"a standing fact's edge", "/api/v2/write", `<entity:kremlin> <part-of> <entity:russia> <entente:catalog> .` + "\n"},
		{"deleting a standing fact's edge", "/api/v2/delete", `<entity:kremlin> <part-of> <entity:russia> <entente:catalog> .` + "\n"},
		{"own and an article's together", "/api/v2/write", own + stored.NQuad() + "\n"},
		{"deleting an article's quad", "/api/v2/delete", stored.NQuad() + "\n"},
		{"deleting a name", "/api/v2/delete", `<entity:russia> <name> "Russia" .` + "\n"},
		{"deleting a node", "/api/v2/node/delete", `<entity:russia>`},
	}
	for _, c := range refused {
		code, body := post(t, srv.URL+c.path, "application/n-quads", strings.NewReader(c.quads))
		if code != http.StatusForbidden || !strings.Contains(body, "refused") {
			t.Errorf("%s (%s) = %d %s; want 403", c.name, c.path, code, body)
		}
	}
	if code, body := post(t, srv.URL+"/api/v1/write", "application/json",
		strings.NewReader(`[{"subject":"<entity:russia>","predicate":"<supports>","object":"<entity:iran>","label":"`+stored.Label.String()+`"}]`)); code != http.StatusForbidden {
		t.Errorf("v1 write of an article's quad = %d %s; want 403", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v1/delete", "application/json",
		strings.NewReader(`[{"subject":"`+stored.Subject.String()+`","predicate":"<mentions>","object":"`+stored.Object.String()+`","label":"`+stored.Label.String()+`"}]`)); code != http.StatusForbidden {
		t.Errorf("v1 delete of an article's quad = %d %s; want 403", code, body)
	}
	if code, body := upload(t, srv.URL, own+stored.NQuad()+"\n"); code != http.StatusForbidden {
		t.Errorf("upload of an article's quad = %d %s; want 403", code, body)
	}
	if after := storetest.SortedQuads(t, s); !slices.Equal(after, before) {
		t.Fatalf("refused requests changed the store: %d quads, were %d", len(after), len(before))
	}

	// The caller's own quads: a note on an entity and on an article, a
	// link of their own between entities; one written and deleted.
	mine := own +
		`<entity:russia> <backs> <entity:iran> <analyst:kim> .` + "\n" +
		stored.Subject.String() + ` <note> "read twice" <analyst:kim> .` + "\n"
	if code, body := post(t, srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader(mine)); code != 200 {
		t.Fatalf("v2 write of the caller's quads = %d %s", code, body)
	}
	gone := `<entity:iran> <note> "gone" <analyst:kim> .` + "\n"
	if code, body := upload(t, srv.URL, gone); code != 200 {
		t.Fatalf("upload of the caller's quad = %d %s", code, body)
	}
	if code, body := post(t, srv.URL+"/api/v2/delete", "application/n-quads", strings.NewReader(gone)); code != 200 {
		t.Fatalf("v2 delete of the caller's quad = %d %s", code, body)
	}
	checkStats := func(when string) {
		t.Helper()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		re, err := s.Recount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st != re {
			t.Errorf("%s: stats says %+v, a recount %+v", when, st, re)
		}
		if n := int64(len(storetest.SortedQuads(t, s))); st.Quads != n {
			t.Errorf("%s: stats says %d quads, the store holds %d", when, st.Quads, n)
		}
	}
	checkStats("after the writes")

	// Load again: every article unchanged but the first, whose title changed.
	changed := docs[0]
	changed.Article.Title += " (corrected)"
	reload := append([]graph.Document{changed}, docs[1:]...)
	outcomes, err := s.PutBatch(ctx, reload)
	if err != nil {
		t.Fatal(err)
	}
	if outcomes[0] != store.Replaced || outcomes[1] != store.Unchanged {
		t.Fatalf("reload outcomes %v; want the first replaced, the others unchanged", outcomes)
	}
	checkStats("after the reload")

	// The other order: the same loads into a new store, then the caller's
	// quads written to it directly.
	want := storetest.New(t)
	storetest.Load(t, want, docs...)
	if _, err := want.PutBatch(ctx, reload); err != nil {
		t.Fatal(err)
	}
	qs, err := readNQuads(mine)
	if err != nil {
		t.Fatal(err)
	}
	if err := want.QuadWriter().AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	got, wantQuads := storetest.SortedQuads(t, s), storetest.SortedQuads(t, want)
	if !slices.Equal(got, wantQuads) {
		for _, l := range wantQuads {
			if _, ok := slices.BinarySearch(got, l); !ok {
				t.Errorf("lost: %.200s", l)
			}
		}
		for _, l := range got {
			if _, ok := slices.BinarySearch(wantQuads, l); !ok {
				t.Errorf("not wanted: %.200s", l)
			}
		}
	}
}

func readNQuads(text string) ([]quad.Quad, error) {
	r := nquads.NewReader(strings.NewReader(text), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
}
