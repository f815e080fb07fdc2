package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds every reader arbitrary bytes: none may panic, an article
// read is never empty of identity, and its text has no "\r" left.
func FuzzRead(f *testing.F) {
	f.Add([]byte("Title: T\nDate: 2019-09-16\n\nText.\r\n"), "txt")
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head><body><article><p>Some words here.</p></article></body></html>`), "html")
	f.Add([]byte("{\"id\":1,\"text\":\"a\"}\n{bad\n\n{\"text\":\"b\\r\"}"), "jsonl")
	f.Fuzz(func(t *testing.T, b []byte, format string) {
		ft, err := ParseFormat(format)
		if err != nil {
			ft = Text
		}
		as, errs := Read(bytes.NewReader(b), "fuzz."+string(ft), Options{Format: ft, MaxBytes: 1 << 16})
		for _, a := range as {
			if a.Name == "" || a.Where == "" {
				t.Fatalf("article without identity: %+v", a)
			}
			if bytes.IndexByte(a.Text, '\r') >= 0 && utf8.Valid(a.Text) {
				t.Fatalf("text keeps a carriage return: %q", a.Text)
			}
		}
		for _, e := range errs {
			if !strings.HasPrefix(e.Error(), "fuzz.") {
				t.Fatalf("error does not name its source: %v", e)
			}
		}
	})
}
