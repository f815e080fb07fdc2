package ingest_test

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders"
	"github.com/entente/entente/loaders/ingest"
	"github.com/entente/entente/loaders/source"
)

// extractAll extracts srcs and returns the documents by article name and
// the errors, in order.
func extractAll(t *testing.T, srcs []ingest.Source) (map[string]graph.Document, []string) {
	docs, errs, _ := extractWarned(t, srcs)
	return docs, errs
}

// extractWarned is extractAll that also returns the warnings, in order.
func extractWarned(t *testing.T, srcs []ingest.Source) (map[string]graph.Document, []string, []string) {
	t.Helper()
	x, err := loaders.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]graph.Document{}
	var errs, warns []string
	err = ingest.Extract(context.Background(), x, srcs, ingest.Options{}, func(r ingest.Result) error {
		for _, w := range r.Warnings {
			warns = append(warns, w.Error())
		}
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			return nil
		}
		docs[r.Doc.Article.Name] = r.Doc
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs, warns
}

// TestSourceFormats reads a text article with a header, a saved page and
// a JSON Lines file with good and bad lines, and an empty file: each
// article is named by its id or URL where it has one and carries its
// metadata; bad lines and the empty file are named, and the rest load. A
// date that is no date is named too, and its article loads without it.
func TestSourceFormats(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a.txt"), "Title: Envoy meets minister\r\nDate: 2019-09-16\r\nSource: Wire\r\nURL: https://wire.example/a\r\n\r\n"+
		"Iran's Foreign Minister Mohammad Javad Zarif met Russian Foreign Minister Sergei Lavrov in Moscow on Sunday.\r\n")
	write(t, filepath.Join(root, "b.html"), `<html><head><title>Talks | Ledger</title>
<meta property="og:title" content="Leaders hold talks"><meta property="og:site_name" content="Ledger">
<link rel="canonical" href="https://ledger.example/b"><meta property="article:published_time" content="2018-09-07T18:00:00+03:00"></head>
<body><nav><a href="/">Home</a></nav><article><p>Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday, officials from both governments said after the talks ended late in the evening.</p></article></body></html>`)
	write(t, filepath.Join(root, "c.jsonl"), strings.Join([]string{
		`{"id":"wire-1","title":"Call","published":"2020-03-05","source":{"name":"Wire"},"text":"Russian President Vladimir Putin spoke with Iranian President Hassan Rouhani by phone on Wednesday."}`,
		`{"text":"no id"`,
		``,
		`{"url":"https://wire.example/c4","text":"Turkish President Recep Tayyip Erdogan thanked Russian President Vladimir Putin."}`,
		`{"id":"wire-5","text":"Hezbollah fighters attacked the town.","published":"someday"}`,
	}, "\n"))
	write(t, filepath.Join(root, "d.txt"), " \n\n")
	srcs, werrs := ingest.Sources([]string{root}, nil, ingest.SourceOptions{})
	if len(werrs) > 0 {
		t.Fatal(werrs)
	}
	if got := strings.Join(paths(srcs, root), " "); got != "a.txt b.html c.jsonl:1 c.jsonl:2 c.jsonl:4 c.jsonl:5 d.txt" {
		t.Errorf("sources = %s", got)
	}
	docs, errs, warns := extractWarned(t, srcs)
	var names []string
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	if got := strings.Join(names, " "); got != "https://ledger.example/b https://wire.example/a https://wire.example/c4 wire-1 wire-5" {
		t.Errorf("articles = %s", got)
	}
	want := map[string]graph.Article{
		"https://wire.example/a":   {Title: "Envoy meets minister", Date: "2019-09-16", Outlet: "Wire", URL: "https://wire.example/a"},
		"https://ledger.example/b": {Title: "Leaders hold talks", Date: "2018-09-07", Outlet: "Ledger", URL: "https://ledger.example/b"},
		"wire-1":                   {Title: "Call", Date: "2020-03-05", Outlet: "Wire"},
		// Without a title, the text's first line stands for it, as in a plain-text article.
		"https://wire.example/c4": {Title: "Turkish President Recep Tayyip Erdogan thanked Russian President Vladimir Putin.", URL: "https://wire.example/c4"},
		// "someday" is no date: the article loads undated.
		"wire-5": {Title: "Hezbollah fighters attacked the town."},
	}
	for name, w := range want {
		a := docs[name].Article
		if a.Title != w.Title || a.Date != w.Date || a.Outlet != w.Outlet || a.URL != w.URL {
			t.Errorf("%s: %+v, want %+v", name, a, w)
		}
	}
	// The event of "on Sunday" is dated against the header's date.
	for _, f := range docs["https://wire.example/a"].Facts {
		if f.Predicate == graph.MetWith && f.Date != "2019-09-15" {
			t.Errorf("met-with dated %q, want 2019-09-15 (the Sunday before the header's Monday)", f.Date)
		}
	}
	for i, w := range []string{"c.jsonl:2: not a JSON object", "d.txt: empty"} {
		if len(errs) != 2 || !strings.Contains(errs[i], w) {
			t.Errorf("errors = %q, want 2, %d saying %q", errs, i, w)
		}
	}
	if len(warns) != 1 || !strings.Contains(warns[0], `c.jsonl:5: "published": "someday" is not a date`) || !strings.Contains(warns[0], "read without it") {
		t.Errorf("warnings = %q, want one naming c.jsonl:5's \"published\"", warns)
	}
}

// TestStdinSources names standard input's article by --name, and reads a
// JSON Lines stream from it an article a line.
func TestStdinSources(t *testing.T) {
	srcs, _ := ingest.Sources([]string{"-"}, strings.NewReader("Russian President Vladimir Putin met Iranian President Hassan Rouhani."), ingest.SourceOptions{StdinName: "first"})
	if docs, _ := extractAll(t, srcs); len(docs) != 1 || len(docs["first"].Facts) == 0 {
		t.Errorf("stdin with --name first gave %v", docs)
	}
	in := `{"id":"x1","text":"Russian President Vladimir Putin met Iranian President Hassan Rouhani."}` + "\n" +
		`{"id":"x2","text":"Turkish President Recep Tayyip Erdogan thanked Russian President Vladimir Putin."}` + "\n"
	srcs, _ = ingest.Sources([]string{"-"}, strings.NewReader(in), ingest.SourceOptions{Format: source.JSONL})
	docs, errs := extractAll(t, srcs)
	if len(docs) != 2 || len(docs["x1"].Facts) == 0 || len(docs["x2"].Facts) == 0 || len(errs) > 0 {
		t.Errorf("JSON Lines on stdin gave %v, %v", docs, errs)
	}
}

// TestHeaderDateRead checks that the date of a text article's header is
// the date the extractor reads the text with, not only the one it files
// the article under: in a report of 2014 "the 2014 deal" is the deal the
// report names, in one of 2019 an older one.
func TestHeaderDateRead(t *testing.T) {
	root := t.TempDir()
	body := "Chile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.\n"
	write(t, filepath.Join(root, "a.txt"), "Title: Accord signed\nDate: 2014-05-02\nSource: Wire\n\n"+body)
	write(t, filepath.Join(root, "b.txt"), "Title: Accord signed\nDate: 2019-05-02\nSource: Wire\n\n"+body)
	srcs, werrs := ingest.Sources([]string{root}, nil, ingest.SourceOptions{})
	if len(werrs) > 0 {
		t.Fatal(werrs)
	}
	docs, errs := extractAll(t, srcs)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	brokered := func(doc graph.Document) bool {
		for _, f := range doc.Facts {
			if f.Subject.Name == "Norway" && f.Predicate == graph.Brokered && f.Object.Name == "Lima accord" {
				return true
			}
		}
		return false
	}
	if d := docs["a.txt"]; !brokered(d) {
		t.Errorf("a.txt (2014): no Norway brokered Lima accord; facts %v", d.Facts)
	}
	if d := docs["b.txt"]; brokered(d) {
		t.Errorf("b.txt (2019): Norway brokered Lima accord")
	}
}
