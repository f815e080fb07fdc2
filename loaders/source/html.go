package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/entente/entente/loaders/when"
)

// readHTML reads a saved web page: its main text through readability, and
// its title, date, outlet and canonical URL from the page's metadata —
// JSON-LD NewsArticle first, then Open Graph and article: meta tags, then
// <link rel=canonical>, <time datetime> and <title>.
func readHTML(b []byte, where string) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(Normalize(b)))
	if err != nil {
		return Article{}, fmt.Errorf("not HTML: %w", err)
	}
	m := pageMeta(doc)
	page, err := readability.FromDocument(doc, nil)
	if err != nil || page.Node == nil {
		if err == nil {
			err = errors.New("no article text found")
		}
		return Article{}, fmt.Errorf("read the page's text: %w", err)
	}
	var text strings.Builder
	if err := page.RenderText(&text); err != nil {
		return Article{}, err
	}
	a := Article{Title: first(m.title, page.Title()), Outlet: first(m.outlet, page.SiteName()), URL: m.url}
	a.Name = a.URL
	for _, s := range m.dates {
		if d, err := when.Parse(s); err == nil {
			a.Published = d
			break
		}
	}
	if a.Published.IsZero() {
		if t, err := page.PublishedTime(); err == nil {
			a.Published = when.FromTime(t)
		}
	}
	// The headline leads the text, as in a plain-text article, so that the
	// extractor reads it the same way.
	body := strings.TrimSpace(text.String())
	if a.Title != "" && !strings.HasPrefix(body, a.Title) {
		body = a.Title + "\n\n" + body
	}
	a.Text = []byte(body + "\n")
	return a, nil
}

type meta struct {
	title, outlet, url string
	dates              []string // candidates, most trusted first
}

// pageMeta reads what a news page says of itself.
func pageMeta(doc *html.Node) meta {
	var m meta
	var ld meta
	var og = map[string]string{}
	var canonical, titleTag string
	var times []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if key != "" && og[key] == "" {
					og[key] = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if dt := attr(n, "datetime"); dt != "" {
					times = append(times, dt)
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.title = first(ld.title, og["og:title"], og["twitter:title"], titleTag)
	m.outlet = first(ld.outlet, og["og:site_name"], og["application-name"])
	m.url = first(ld.url, canonical, og["og:url"])
	m.dates = append(ld.dates, og["article:published_time"], og["datepublished"], og["date"], og["pubdate"])
	m.dates = append(m.dates, times...)
	return m
}

// readJSONLD reads a JSON-LD block for a NewsArticle (or any Article): its
// headline, datePublished, publisher's name and url.
func readJSONLD(s string, m *meta) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(v["@type"]) || m.title != "" {
				return
			}
			m.title = str(v["headline"])
			if d := str(v["datePublished"]); d != "" {
				m.dates = append(m.dates, d)
			}
			if p, ok := v["publisher"].(map[string]any); ok {
				m.outlet = str(p["name"])
			}
			m.url = first(str(v["url"]), str(v["mainEntityOfPage"]))
			if e, ok := v["mainEntityOfPage"].(map[string]any); ok && m.url == "" {
				m.url = first(str(e["@id"]), str(e["url"]))
			}
		}
	}
	visit(v)
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// first returns the first of ss that is not empty.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
