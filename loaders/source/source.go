// Package source reads articles as they arrive — plain text with an
// optional header block, saved HTML pages, JSON Lines dumps of news APIs —
// into their text and metadata: identity, title, date, outlet and URL.
// It knows nothing of extraction or of the store.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/entente/entente/loaders/when"
)

// Article is one article as it arrives.
type Article struct {
	// Name identifies the article in the store: its id or URL where the
	// source gives one, else the file's base name (or the --name given to
	// standard input).
	Name string
	// Where names the article's origin for messages: a path, and a line
	// for JSON Lines ("dump.jsonl:12").
	Where string
	// Title, Outlet and URL are the article's headline, the outlet that
	// published it and its canonical address, when the source says.
	Title, Outlet, URL string
	// Published is the article's date, when the source says.
	Published when.Date
	// Text is the article's text, UTF-8 with "\n" line endings.
	Text []byte
	// Warnings are what was wrong in the source but did not stop the
	// article being read, such as a header date that is no date: the
	// article is read without it. Each names the line or field.
	Warnings []error
}

// Format is a kind of source.
type Format string

// The formats Read understands.
const (
	Text  Format = "txt"   // plain text, with an optional header block
	HTML  Format = "html"  // a saved web page
	JSONL Format = "jsonl" // one JSON object a line
)

// Formats lists the formats for help texts and completion.
var Formats = []Format{Text, HTML, JSONL}

// ParseFormat reads a --input-format value.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "txt", "text":
		return Text, nil
	case "html", "htm":
		return HTML, nil
	case "jsonl", "ndjson":
		return JSONL, nil
	}
	return "", fmt.Errorf("unknown input format %q (use txt, html or jsonl)", s)
}

// FormatOf chooses the format of a file by its extension: .html and .htm
// are HTML, .jsonl and .ndjson JSON Lines, anything else plain text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return HTML
	case ".jsonl", ".ndjson":
		return JSONL
	}
	return Text
}

// ErrTooLarge is returned, wrapped, for an article over the size limit.
var ErrTooLarge = errors.New("article too big")

// Options controls Read.
type Options struct {
	// Format is the source's format; "" chooses it from Where's extension.
	Format Format
	// Name is the article's name when the source gives no id or URL; ""
	// uses Where's base name.
	Name string
	// MaxBytes limits one article's text (and one JSON Lines line); 0 is
	// no limit.
	MaxBytes int64
}

// Read reads the articles of one source: one for text and HTML, one a line
// for JSON Lines. where names the source in messages. A JSON Lines line
// that cannot be read is returned as an error naming its line, and the
// other lines still count; an error that stops the whole source comes
// alone.
func Read(r io.Reader, where string, opts Options) ([]Article, []error) {
	f := opts.Format
	if f == "" {
		f = FormatOf(where)
	}
	name := opts.Name
	if name == "" {
		name = filepath.Base(where)
	}
	if f == JSONL {
		return readJSONL(r, where, name, opts.MaxBytes)
	}
	b, err := ReadAll(r, opts.MaxBytes)
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", where, err)}
	}
	var a Article
	switch f {
	case HTML:
		a, err = readHTML(b, where)
	default:
		a, err = readText(b)
	}
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", where, err)}
	}
	a.Where = where
	if a.Name == "" {
		a.Name = name
	}
	return []Article{a}, nil
}

// ReadAll reads r whole, failing with ErrTooLarge past max bytes (when
// max > 0) without reading further.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes (raise --max-article-bytes to load it)", ErrTooLarge, max)
	}
	return b, nil
}

// Normalize drops a leading UTF-8 byte order mark and turns CR LF and
// lone CR line endings into LF, so that a file written on any system is
// read as lines; it returns b itself when there is nothing to change.
func Normalize(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	i := bytes.IndexByte(b, '\r')
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:i]...)
	for ; i < len(b); i++ {
		c := b[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}
