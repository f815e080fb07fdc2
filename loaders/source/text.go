package source

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/entente/entente/loaders/when"
)

// headerKeys are the keys of a text article's header block, and the
// field each sets.
var headerKeys = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date",
	"source": "outlet", "outlet": "outlet", "publisher": "outlet",
	"url": "url", "link": "url",
	"id": "id",
}

// readText reads a plain-text article. It may open with a header block:
// "Key: value" lines (Title, Date, Source, URL, Id) up to a blank line.
// The block is taken off the text; without one the text is kept whole.
func readText(b []byte) (Article, error) {
	b = Normalize(b)
	var a Article
	header, body, ok := splitHeader(b)
	if !ok {
		a.Text = b
		return a, nil
	}
	for i, line := range header {
		key, value, _ := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		switch headerKeys[strings.ToLower(strings.TrimSpace(key))] {
		case "title":
			a.Title = value
		case "outlet":
			a.Outlet = value
		case "url":
			a.URL = value
			if a.Name == "" {
				a.Name = value
			}
		case "id":
			a.Name = value
		case "date":
			d, err := when.Parse(value)
			if err != nil {
				a.Warnings = append(a.Warnings, fmt.Errorf("line %d: Date: %v; the article is read without it", i+1, err))
				continue
			}
			a.Published = d
		}
	}
	a.Text = body
	return a, nil
}

// splitHeader finds a header block: the text's first lines, each a known
// "Key: value", ended by a blank line.
func splitHeader(b []byte) (header []string, body []byte, ok bool) {
	rest := b
	for {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			return nil, b, false
		}
		line := strings.TrimSpace(string(rest[:i]))
		rest = rest[i+1:]
		if line == "" {
			return header, rest, len(header) > 0
		}
		key, _, found := strings.Cut(line, ":")
		if _, known := headerKeys[strings.ToLower(strings.TrimSpace(key))]; !found || !known {
			return nil, b, false
		}
		header = append(header, line)
	}
}
