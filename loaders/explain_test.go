package loaders

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	text := "Putin hosts Erdogan\n\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.\nPhoto by AP\nRead more:\nIran backs Assad\n"
	var b bytes.Buffer
	if err := extractor(t).Explain(&b, "sochi.txt", []byte(text)); err != nil {
		t.Fatalf("Explain: %v", err)
	}
	out := b.String()
	for _, want := range []string{
		"article sochi.txt\n",
		"title Putin hosts Erdogan\n",
		"dropped (furniture): Photo by AP\n",
		"dropped (end of the article): Read more:\n",
		"dropped (after the end of the article): Iran backs Assad\n",
		"S1: Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n",
		"  seen: [Vladimir Putin:Person] met [Recep Tayyip Erdoğan:Person] in [Sochi:Place] on monday .\n",
		"  fact: Vladimir Putin president-of Russia  0.90  (reading title)\n",
		"  fact: Recep Tayyip Erdoğan met-with Vladimir Putin  0.90  (pattern met-with/S-met-O)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	// The facts Explain shows are those Extract finds.
	doc, err := extractor(t).Extract("sochi.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "  fact: "); n != len(doc.Facts) {
		t.Errorf("Explain shows %d facts, Extract finds %d", n, len(doc.Facts))
	}
	// Actor markers: a bare demonym, a possessive, a reference.
	b.Reset()
	if err := extractor(t).Explain(&b, "x.txt", []byte("Iran's influence grew in Syria. Russian diplomats met in Moscow. Russia said its jets struck Idlib.")); err != nil {
		t.Fatal(err)
	}
	out = b.String()
	for _, want := range []string{"[Iran:Country 's]", "[Russia:Country@]", "in [Syria:Country place]", "[Russia:Country~]"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if err := extractor(t).Explain(&b, "bad.txt", []byte("a\x00b")); !errors.Is(err, ErrNotText) {
		t.Errorf("Explain of binary: err = %v, want ErrNotText", err)
	}
}
