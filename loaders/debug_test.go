package loaders

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugDump prints, for the file (or text) in $ENTENTE_DEBUG, each
// sentence as the patterns see it (actors in brackets) and the facts found:
//
//	ENTENTE_DEBUG=article.txt go test ./loaders -run TestDebugDump -v
func TestDebugDump(t *testing.T) {
	path := os.Getenv("ENTENTE_DEBUG")
	if path == "" {
		t.Skip()
	}
	text, err := os.ReadFile(path)
	if err != nil {
		text = []byte(path)
	}
	x := extractor(t)
	a := newArticle(x)
	a.read(string(text))
	for _, s := range a.sentences {
		its := a.items(s)
		var b strings.Builder
		for _, it := range its {
			if it.actor != nil {
				var names []string
				for _, e := range it.actor.ents {
					names = append(names, e.name)
				}
				fmt.Fprintf(&b, "[%s%s] ", strings.Join(names, "+"), map[bool]string{true: "@", false: ""}[it.actor.adjective])
			} else {
				b.WriteString(it.fold + " ")
			}
		}
		fmt.Printf("S%d: %s\n", s.index, b.String())
	}
	for _, f := range a.facts {
		fmt.Printf("  F%d %s  %.2f\n", f.Sentence, factString(f), f.Confidence)
	}
}
