// Package benchcorpus writes synthetic news articles for benchmarks: N
// distinct articles whose actors come from the extractor's catalog, dated
// over years, in sentence shapes the extractor reads, so that a store is
// measured on a realistic fan-out (many entities, each in some of the
// articles); and the copies case, the same article under many names, where
// every fact is stated by every article. The sentences are invented here;
// no text comes from real news.
package benchcorpus

import (
	"bufio"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/entente/entente/data"
)

// actors are the catalog's entities by type.
type actors struct {
	people, states, bodies, places []string
}

// loadActors reads the names of the extractor's catalog (data/lexicon):
// the world's file and the theatres'.
func loadActors() (*actors, error) {
	a := &actors{}
	files, _ := fs.Glob(data.Lexicon, "lexicon/theatres/*.tsv")
	for _, name := range append([]string{"lexicon/catalog.tsv"}, files...) {
		if err := a.read(name); err != nil {
			return nil, err
		}
	}
	if len(a.people) < 2 || len(a.states) < 2 || len(a.bodies) < 2 || len(a.places) < 1 {
		return nil, fmt.Errorf("the catalog has too few entities for a corpus")
	}
	return a, nil
}

// read adds the names of one catalog file: the world's or a theatre's.
func (a *actors) read(name string) error {
	f, err := data.Lexicon.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			continue
		}
		switch name := cols[1]; cols[0] {
		case "Person":
			a.people = append(a.people, name)
		case "Country":
			a.states = append(a.states, name)
		case "Organization":
			a.bodies = append(a.bodies, name)
		case "Place":
			a.places = append(a.places, name)
		}
	}
	return sc.Err()
}

// Generator writes articles; the same seed writes the same corpus.
type Generator struct {
	a   *actors
	rng *rand.Rand
}

// New returns a generator seeded with seed.
func New(seed uint64) (*Generator, error) {
	a, err := loadActors()
	if err != nil {
		return nil, err
	}
	return &Generator{a: a, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}, nil
}

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// two picks two different names of list.
func (g *Generator) two(list []string) (string, string) {
	i := g.rng.IntN(len(list))
	j := g.rng.IntN(len(list) - 1)
	if j >= i {
		j++
	}
	return list[i], list[j]
}

// actor is a state or a body, as subjects of support and hostility are.
func (g *Generator) actor() string {
	if g.rng.IntN(3) == 0 {
		return g.pick(g.a.bodies)
	}
	return g.pick(g.a.states)
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var topics = []string{"the war in Syria", "border security", "the talks in Astana", "energy supplies",
	"refugees", "the ceasefire", "trade", "the reconstruction of Aleppo", "prisoner exchanges"}

// sentence templates: each states one fact the extractor reads, or none.
func (g *Generator) sentence() string {
	day := g.pick(weekdays)
	switch g.rng.IntN(12) {
	case 0:
		return fmt.Sprintf("%s continued to support %s, officials said on %s.", g.actor(), g.actor(), day)
	case 1:
		p, q := g.two(g.a.people)
		return fmt.Sprintf("%s spoke with %s by phone on %s about %s.", p, q, day, g.pick(topics))
	case 2:
		p, q := g.two(g.a.people)
		return fmt.Sprintf("%s and %s held talks in %s on %s.", p, q, g.pick(g.a.places), day)
	case 3:
		s, t := g.two(g.a.states)
		return fmt.Sprintf("%s and %s agreed to cooperate on %s.", s, t, g.pick(topics))
	case 4:
		return fmt.Sprintf("%s remains an ally of %s, according to diplomats.", g.pick(g.a.states), g.actor())
	case 5:
		s, t := g.two(g.a.bodies)
		return fmt.Sprintf("Fighters of %s clashed with %s near %s on %s.", s, t, g.pick(g.a.places), day)
	case 6:
		return fmt.Sprintf("%s condemned %s in a statement on %s.", g.actor(), g.actor(), day)
	case 7:
		return fmt.Sprintf("%s has provided weapons to %s for years.", g.pick(g.a.states), g.pick(g.a.bodies))
	case 8:
		p, q := g.two(g.a.people)
		return fmt.Sprintf("%s congratulated %s on the agreement.", p, q)
	case 9:
		return fmt.Sprintf("Residents of %s said the roads had reopened after weeks of closures.", g.pick(g.a.places))
	case 10:
		return fmt.Sprintf("Prices of bread and fuel rose again in %s, traders said.", g.pick(g.a.places))
	default:
		s, t := g.two(g.a.states)
		return fmt.Sprintf("%s and %s will continue consultations on %s.", s, t, g.pick(topics))
	}
}

// Article returns the name and text of the i-th article.
func (g *Generator) Article(i int) (string, string) {
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	date := start.AddDate(0, 0, g.rng.IntN(13*365))
	s, t := g.two(g.a.states)
	var b strings.Builder
	fmt.Fprintf(&b, "%s and %s discuss %s\n", s, t, g.pick(topics))
	fmt.Fprintf(&b, "%s\n", date.Format("January 2, 2006"))
	for n := 6 + g.rng.IntN(10); n > 0; n-- {
		b.WriteString(g.sentence())
		if g.rng.IntN(3) == 0 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("\n")
	return fmt.Sprintf("gen_%06d.txt", i), b.String()
}

// Write writes n distinct articles into dir, which it creates.
func (g *Generator) Write(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		name, text := g.Article(i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// WriteCopies writes each article of src (a directory of articles, or any
// fs.FS) copies times into dir under new names: the worst case of a store,
// in which every fact is stated by thousands of articles.
func WriteCopies(dir string, src fs.FS, copies int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names, err := fs.Glob(src, "*.txt")
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("no articles (*.txt) to copy")
	}
	for _, name := range names {
		text, err := fs.ReadFile(src, name)
		if err != nil {
			return err
		}
		base := strings.TrimSuffix(name, ".txt")
		for c := 0; c < copies; c++ {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s_copy%04d.txt", base, c)), text, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
