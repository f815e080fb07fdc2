package source

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestReadTextHeader(t *testing.T) {
	in := "Title: Envoy arrives for talks\r\nDate: 2019-09-16\r\nSource: Wire Service\r\nURL: https://wire.example/a/1\r\n\r\nThe envoy arrived on Monday.\r\nTalks begin today.\r\n"
	as, errs := Read(strings.NewReader(in), "in/a.txt", Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("Read = %d articles, %v", len(as), errs)
	}
	a := as[0]
	want := Article{Name: "https://wire.example/a/1", Where: "in/a.txt", Title: "Envoy arrives for talks", Outlet: "Wire Service", URL: "https://wire.example/a/1"}
	if a.Name != want.Name || a.Where != want.Where || a.Title != want.Title || a.Outlet != want.Outlet || a.URL != want.URL || a.Published.String() != "2019-09-16" {
		t.Errorf("Read = %+v, want %+v dated 2019-09-16", a, want)
	}
	if got := string(a.Text); got != "The envoy arrived on Monday.\nTalks begin today.\n" {
		t.Errorf("text = %q", got)
	}
}

func TestReadTextWithoutHeader(t *testing.T) {
	// An article whose first line merely holds a colon keeps it: only
	// known keys make a header.
	in := "\ufeffBreaking: leaders meet in Sochi\rThe talks began on Friday.\rBoth sides spoke of progress."
	as, errs := Read(strings.NewReader(in), "b.txt", Options{Name: "given-name"})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("Read = %d articles, %v", len(as), errs)
	}
	a := as[0]
	if a.Name != "given-name" || a.Title != "" || !a.Published.IsZero() {
		t.Errorf("Read = %+v, want only the given name", a)
	}
	if got := string(a.Text); got != "Breaking: leaders meet in Sochi\nThe talks began on Friday.\nBoth sides spoke of progress." {
		t.Errorf("CR-only text read as %q", got)
	}
}

// TestReadTextBadHeaderDate: a header date that is no date does not cost
// the article; it is read undated, with a warning naming the line, and the
// rest of the header still counts.
func TestReadTextBadHeaderDate(t *testing.T) {
	for _, date := range []string{"someday", "7/9/2018", "31.02.2024"} {
		as, errs := Read(strings.NewReader("Title: T\nDate: "+date+"\nSource: Wire\n\nText."), "c.txt", Options{})
		if len(errs) != 0 || len(as) != 1 {
			t.Fatalf("%s: Read = %d articles, %v; want the article", date, len(as), errs)
		}
		a := as[0]
		if a.Title != "T" || a.Outlet != "Wire" || !a.Published.IsZero() || string(a.Text) != "Text." {
			t.Errorf("%s: article = %+v, want titled, from Wire, undated", date, a)
		}
		if len(a.Warnings) != 1 || !strings.HasPrefix(a.Warnings[0].Error(), "line 2: Date: ") || !strings.Contains(a.Warnings[0].Error(), date) {
			t.Errorf("%s: warnings = %v, want one naming line 2", date, a.Warnings)
		}
	}
}

// TestReadTextHeaderDateForms: the dates outlets print in a header.
func TestReadTextHeaderDateForms(t *testing.T) {
	for in, want := range map[string]string{
		"Saturday, 26 October 2024":     "2024-10-26",
		"26.10.2024":                    "2024-10-26",
		"Oct. 26, 2024 at 9:15 a.m. ET": "2024-10-26",
	} {
		as, errs := Read(strings.NewReader("Date: "+in+"\n\nText."), "d.txt", Options{})
		if len(errs) != 0 || len(as) != 1 || as[0].Published.String() != want || len(as[0].Warnings) != 0 {
			t.Errorf("Date: %s read as %+v, %v; want %s", in, as, errs, want)
		}
	}
}

func TestReadHTML(t *testing.T) {
	f, err := os.Open("testdata/wire-report.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, errs := Read(f, "testdata/wire-report.html", Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("Read = %d articles, %v", len(as), errs)
	}
	a := as[0]
	if a.Title != "Leaders meet in Sochi to discuss ceasefire" || a.Outlet != "Northern Ledger" ||
		a.URL != "https://ledger.example/world/2018/09/07/leaders-meet-sochi" || a.Name != a.URL ||
		a.Published.String() != "2018-09-07" {
		t.Errorf("metadata = %+v (published %s)", a, a.Published)
	}
	text := string(a.Text)
	for _, want := range []string{
		"Leaders meet in Sochi to discuss ceasefire\n",
		"Russian President Vladimir Putin hosted his Turkish counterpart",
		"Russia supports the government in Damascus",
		"Foreign Minister Sergei Lavrov told reporters",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	for _, furniture := range []string{"Subscribe", "Markets slide", "All rights reserved", "Privacy"} {
		if strings.Contains(text, furniture) {
			t.Errorf("text keeps the page's furniture %q:\n%s", furniture, text)
		}
	}
}

func TestReadHTMLMetaOnly(t *testing.T) {
	// Without JSON-LD the Open Graph tags and <time> still date and name it.
	page := `<html><head><meta property="og:title" content="Truce holds">
<meta property="og:url" content="https://wire.example/a/2"><meta property="og:site_name" content="Wire">
</head><body><article><p>A truce brokered by the two neighbours held for a second day on Tuesday, residents of the border towns said, as aid convoys crossed the line.</p>
<p><time datetime="2019-09-17">17 September</time></p></article></body></html>`
	as, errs := Read(strings.NewReader(page), "p.htm", Options{})
	if len(errs) > 0 || len(as) != 1 {
		t.Fatalf("Read = %d articles, %v", len(as), errs)
	}
	if a := as[0]; a.Title != "Truce holds" || a.URL != "https://wire.example/a/2" || a.Outlet != "Wire" || a.Published.String() != "2019-09-17" {
		t.Errorf("metadata = %+v (published %s)", a, a.Published)
	}
}

func TestReadJSONL(t *testing.T) {
	f, err := os.Open("testdata/dump.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, errs := Read(f, "testdata/dump.jsonl", Options{})
	var names []string
	for _, a := range as {
		names = append(names, a.Name+"@"+a.Where)
	}
	want := []string{
		"wire-0001@testdata/dump.jsonl:1",
		"https://wire.example/a/2@testdata/dump.jsonl:2",
		"4@testdata/dump.jsonl:6",
		"5@testdata/dump.jsonl:7",
	}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("articles = %q, want %q", names, want)
	}
	if len(as) == 4 {
		if a := as[0]; a.Title != "Envoy arrives for talks" || a.Outlet != "Wire Service" || a.URL != "https://wire.example/a/1" || a.Published.String() != "2019-09-16" {
			t.Errorf("first article = %+v", a)
		}
		if a := as[1]; a.Outlet != "Wire Service" || a.Published.String() != "2019-09-17" {
			t.Errorf("second article = %+v", a)
		}
		if a := as[2]; !a.Published.IsZero() || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0].Error(), `"published": "not a date" is not a date`) {
			t.Errorf("article with a bad date = %+v, want it undated with a warning", a)
		}
		if got := string(as[3].Text); got != "An article with a numeric id.\nAnd Windows line endings." {
			t.Errorf("CRLF text read as %q", got)
		}
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	wantErrs := []string{`dump.jsonl:3: no "text"`, "dump.jsonl:4: not a JSON object"}
	if len(msgs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", msgs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.Contains(msgs[i], w) {
			t.Errorf("error %d = %q, want it to say %q", i, msgs[i], w)
		}
	}
}

func TestReadLimits(t *testing.T) {
	_, errs := Read(strings.NewReader(strings.Repeat("x", 101)), "big.txt", Options{MaxBytes: 100})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), "big.txt: ") {
		t.Errorf("errs = %v, want ErrTooLarge naming big.txt", errs)
	}
	long := `{"id":"a","text":"` + strings.Repeat("y", 200) + `"}`
	in := long + "\n" + `{"id":"b","text":"short"}` + "\n"
	as, errs := Read(strings.NewReader(in), "d.jsonl", Options{MaxBytes: 100})
	if len(as) != 1 || as[0].Name != "b" || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.HasPrefix(errs[0].Error(), "d.jsonl:1: ") {
		t.Errorf("Read = %d articles, errs %v; want b only and line 1 too large", len(as), errs)
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]Format{"a.txt": Text, "a": Text, "A.HTML": HTML, "a.htm": HTML, "a.jsonl": JSONL, "a.ndjson": JSONL} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) accepted")
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"a\r\nb\r\n":          "a\nb\n",
		"a\rb\r":              "a\nb\n",
		"a\r\rb":              "a\n\nb",
		"a\nb":                "a\nb",
		"\r":                  "\n",
		"\ufeffTitle\r\nText": "Title\nText",
	} {
		if got := string(Normalize([]byte(in))); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
