// Package queries holds Entente's canned Gizmo queries and runs them.
//
// Each query is a JavaScript file in this directory, embedded in the binary.
// It starts with a header of "// Key: value" comment lines, then declares its
// parameters with example values on one line:
//
//	// Name: supporters
//	// Question: Who supports or is allied with ENTITY?
//	// Params: entity
//	// Columns: entity predicate count articles
//	var p = {"entity":"<entity:bashar-al-assad>"};
//
// Then comes the prelude (see Prelude): the vocabulary, the IRI layout and
// the shared helpers, generated from package graph between two marker lines
// by 'go generate ./queries'. Then the query's own code.
//
// Pasted into Cayley's query editor the file runs as it is, on the example
// values. Run by Entente, the declaration line is replaced by the caller's
// values as a JSON literal, so parameters reach Gizmo as data and are never
// spliced into code, and the prelude is the current one. A parameter
// written in brackets, "[entity]", may be left out; the query then sees an
// empty string. Options (how many articles a row lists, the page of a
// paged query) travel in the same literal: "articles", "limit", "offset".
package queries

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

// Query is one canned query.
type Query struct {
	Name     string
	Question string
	Params   []Param
	// Columns lists the row keys a table shows, in order.
	Columns []string
	// Paged queries give their rows a page at a time (Options.Limit and
	// Options.Offset), each row telling the total.
	Paged bool
	// Source is the query file: the Gizmo program with its example
	// parameters, runnable as it is.
	Source string
	// declLine is the index of the "var p = ..." line in Source.
	declLine int
	// head is the header and the parameter line; body the code after the
	// prelude.
	head, body string
}

// Param is a parameter of a query. Every parameter names an entity, as a
// person types it; Entente resolves it before the query runs.
type Param struct {
	Name     string
	Optional bool
}

// Usage is the parameters as a synopsis: "A B", "[ENTITY]".
func (q *Query) Usage() string {
	var parts []string
	for _, p := range q.Params {
		s := strings.ToUpper(p.Name)
		if p.Optional {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

var all = mustLoad()

// All returns every canned query, sorted by name.
func All() []*Query { return all }

// Lookup returns the query called name.
func Lookup(name string) (*Query, bool) {
	for _, q := range all {
		if q.Name == name {
			return q, true
		}
	}
	return nil, false
}

func mustLoad() []*Query {
	qs, err := load(files)
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return qs
}

func load(fsys fs.FS) ([]*Query, error) {
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, err
	}
	var out []*Query
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		q, err := Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("queries/%s:%w", name, err)
		}
		if q.Name+".js" != name {
			return nil, fmt.Errorf("queries/%s: header names the query %q", name, q.Name)
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Parse reads a query from its source. Errors start with the line number.
func Parse(src string) (*Query, error) {
	q := &Query{Source: src, declLine: -1}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 0; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "var p = ") {
			q.declLine = n
			break
		}
		text, ok := strings.CutPrefix(line, "//")
		if !ok {
			if line == "" {
				continue
			}
			return nil, fmt.Errorf("%d: the header must end with the parameter line 'var p = {...};'", n+1)
		}
		key, val, ok := strings.Cut(strings.TrimSpace(text), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "Name":
			q.Name = val
		case "Question":
			q.Question = val
		case "Params":
			for _, f := range strings.Fields(val) {
				p := Param{Name: strings.Trim(f, "[]"), Optional: strings.HasPrefix(f, "[")}
				q.Params = append(q.Params, p)
			}
		case "Columns":
			q.Columns = strings.Fields(val)
		case "Paged":
			q.Paged = val == "yes"
		}
	}
	switch {
	case q.declLine < 0:
		return nil, fmt.Errorf("1: no parameter line 'var p = {...};'")
	case q.Name == "" || q.Question == "" || len(q.Columns) == 0:
		return nil, fmt.Errorf("1: the header needs Name, Question and Columns")
	}
	// A missing or stale prelude block is no error here: Program always
	// runs the current prelude, and a test keeps the files in sync.
	head, _, body, err := splitPrelude(src)
	if err != nil {
		return nil, fmt.Errorf("%d: %v", q.declLine+1, err)
	}
	q.head, q.body = head, body
	return q, nil
}
