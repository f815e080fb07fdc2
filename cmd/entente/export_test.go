package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/graph/store"
)

// cytoscapeExport is what the tests read of a Cytoscape.js export.
type cytoscapeExport struct {
	Elements struct {
		Nodes []struct {
			Data struct{ ID string } `json:"data"`
		} `json:"nodes"`
		Edges []struct {
			Data struct {
				Source, Target string
				Confidence     float64
				Weight         int
				Catalog        bool
			} `json:"data"`
		} `json:"edges"`
	} `json:"elements"`
}

// unlinked returns the IDs of the nodes that no edge touches.
func (c cytoscapeExport) unlinked() []string {
	touched := make(map[string]bool)
	for _, e := range c.Elements.Edges {
		touched[e.Data.Source], touched[e.Data.Target] = true, true
	}
	var out []string
	for _, n := range c.Elements.Nodes {
		if !touched[n.Data.ID] {
			out = append(out, n.Data.ID)
		}
	}
	return out
}

// TestExportFilters exports the bundled graph as Cytoscape.js JSON, whole
// and filtered, and checks the entities without facts and the confidence
// threshold.
func TestExportFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	var stderr bytes.Buffer
	if code := run([]string{"load", "-q", "--db", db, "../../data/articles"}, strings.NewReader(""), &bytes.Buffer{}, &stderr); code != exitOK {
		t.Fatalf("load: exit status %d\n%s", code, &stderr)
	}
	s, err := store.Open(store.Location{Backend: "bolt", Address: db}, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	export := func(t *testing.T, args ...string) (cytoscapeExport, string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args = append([]string{"export", "--db", db, "--format", "cytoscape"}, args...)
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("%q: exit status %d\n%s", args, code, &stderr)
		}
		var c cytoscapeExport
		if err := json.Unmarshal(stdout.Bytes(), &c); err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		return c, stderr.String()
	}

	whole, msg := export(t)
	// The catalog's standing facts are edges of the export, marked, but
	// not of the store's counts, which count what articles state.
	articlesOnly, _ := export(t, "--articles-only")
	if len(whole.Elements.Nodes) != int(st.Entities) || len(articlesOnly.Elements.Edges) != int(st.Edges) {
		t.Errorf("the whole graph has %d nodes and, from articles, %d edges; the store has %d entities and %d edges",
			len(whole.Elements.Nodes), len(articlesOnly.Elements.Edges), st.Entities, st.Edges)
	}
	catalogOnly := 0
	for _, e := range whole.Elements.Edges {
		if e.Data.Catalog && e.Data.Weight == 0 {
			catalogOnly++
		}
	}
	for _, e := range articlesOnly.Elements.Edges {
		if e.Data.Catalog || e.Data.Weight == 0 {
			t.Errorf("--articles-only: edge %s-%s is the catalog's (weight %d)", e.Data.Source, e.Data.Target, e.Data.Weight)
		}
	}
	if catalogOnly == 0 || len(whole.Elements.Edges) != int(st.Edges)+catalogOnly {
		t.Errorf("the whole graph has %d edges, %d of them the catalog's alone; want those and the store's %d", len(whole.Elements.Edges), catalogOnly, st.Edges)
	}
	unlinked := whole.unlinked()
	if len(unlinked) == 0 {
		t.Fatal("the bundled graph has no entity without facts to test with")
	}
	if msg != "" {
		t.Errorf("the whole graph to standard output: stderr %q; want nothing", msg)
	}

	// --isolated=false leaves them out, and says so.
	linked, msg := export(t, "--isolated=false")
	if got := len(linked.Elements.Nodes); got != len(whole.Elements.Nodes)-len(unlinked) || len(linked.unlinked()) != 0 {
		t.Errorf("--isolated=false: %d nodes, %d unlinked; want %d and none", got, len(linked.unlinked()), len(whole.Elements.Nodes)-len(unlinked))
	}
	if want := "left out " + countOf(len(unlinked), "entity", "entities"); !strings.Contains(msg, want) {
		t.Errorf("--isolated=false: stderr %q; want %q", msg, want)
	}

	// A filter leaves out the entities it unlinks, unless --isolated.
	supports, msg := export(t, "--predicates", "supports")
	if len(supports.unlinked()) != 0 || !strings.Contains(msg, "left out ") {
		t.Errorf("--predicates supports: %d unlinked nodes, stderr %q; want none, and a word on those left out", len(supports.unlinked()), msg)
	}
	all, _ := export(t, "--predicates", "supports", "--isolated")
	if len(all.Elements.Nodes) != len(whole.Elements.Nodes) || len(all.Elements.Edges) != len(supports.Elements.Edges) {
		t.Errorf("--predicates supports --isolated: %d nodes, %d edges; want %d and %d",
			len(all.Elements.Nodes), len(all.Elements.Edges), len(whole.Elements.Nodes), len(supports.Elements.Edges))
	}

	// --min-confidence keeps the facts at least that sure.
	const min = 0.85
	below := 0
	for _, e := range whole.Elements.Edges {
		if e.Data.Confidence < min {
			below++
		}
	}
	if below == 0 || below == len(whole.Elements.Edges) {
		t.Fatalf("%d of %d facts are below %v: pick a threshold that cuts", below, len(whole.Elements.Edges), min)
	}
	sure, _ := export(t, "--min-confidence", "0.85")
	if got, want := len(sure.Elements.Edges), len(whole.Elements.Edges)-below; got != want {
		t.Errorf("--min-confidence %v: %d edges, want %d", min, got, want)
	}
	for _, e := range sure.Elements.Edges {
		if e.Data.Confidence < min {
			t.Errorf("--min-confidence %v kept %s–%s at %v", min, e.Data.Source, e.Data.Target, e.Data.Confidence)
		}
	}
	if len(sure.unlinked()) != 0 {
		t.Errorf("--min-confidence left unlinked entities: %v", sure.unlinked())
	}

	// Around an entity, every node is reached over the sure facts.
	near, _ := export(t, "--around", "Assad", "--depth", "2", "--min-confidence", "0.85")
	for _, e := range near.Elements.Edges {
		if e.Data.Confidence < min {
			t.Errorf("--around --min-confidence kept %s–%s at %v", e.Data.Source, e.Data.Target, e.Data.Confidence)
		}
	}
	if u := near.unlinked(); len(u) > 0 && (len(u) > 1 || len(near.Elements.Nodes) > 1) {
		t.Errorf("--around --min-confidence left unlinked entities %v", u)
	}
}
