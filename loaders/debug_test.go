package loaders

import (
	"fmt"
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := newArticle(x)
	a.date = os.Getenv("D")
	a.read(os.Getenv("S"))
	for _, s := range a.sentences {
		for _, m := range s.mentions {
			fmt.Printf("M %q %s %v\n", textOf(s.toks, m.start, m.end), m.entry.name, m.possessive)
		}
		for _, it := range a.items(s) {
			if it.actor != nil {
				fmt.Printf("[")
				for _, e := range it.actor.ents {
					fmt.Printf("%s;", e.name)
				}
				fmt.Printf("%v] ", it.actor.possessive)
			} else {
				fmt.Printf("%s%s ", map[bool]string{true: "-"}[it.hyphen], it.fold)
			}
		}
		fmt.Println()
	}
	for _, f := range a.facts {
		fmt.Println(f.Subject.Name, f.Predicate, f.Object.Name, f.Confidence)
	}
}

func TestDebugPattern(t *testing.T) {
	x, _ := New()
	a := newArticle(x)
	a.read(os.Getenv("S"))
	for _, s := range a.sentences {
		its := a.items(s)
		for _, p := range x.patterns {
			if p.predicate != "opposes" {
				continue
			}
			for st := range its {
				b, ok := p.matchAt(its, st)
				if ok {
					fmt.Println("match", p.source, st, a.hedged(s, its, b))
				}
			}
		}
	}
}
