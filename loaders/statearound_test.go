package loaders

import "testing"

// TestStateAround checks the one scan for the state the text around a
// word is about, in its two readings: for "government forces" (scene)
// the word's clause after a verb of report, then the sentence before; for
// a bare office both sentences before the word as one, else the
// article's main state. The word here is "the government convoy", which
// names no army the sentence would then mention.
func TestStateAround(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text         string
		scene, local string // "" for none
	}{
		{"Togo sent troops north on Monday. Rebels clashed with the government convoy near the river.", "Togo", "Togo"},
		{"Ghana said rebels attacked the government convoy in Togo.", "Togo", "Ghana"},
		{"Togo and Ghana held talks on Monday. Rebels attacked the government convoy near the river.", "", ""},
		{"Togo sent troops north on Monday. Rebel leaders met in the hills. Rebels attacked the government convoy near the river.", "", "Togo"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := newArticle(x)
			a.read(c.text)
			s := a.sentences[len(a.sentences)-1]
			i := -1
			for k, tok := range s.toks {
				if tok.fold == "government" {
					i = k
				}
			}
			if i < 0 {
				t.Fatal("no government in the last sentence")
			}
			name := func(e *entry) string {
				if e == nil {
					return ""
				}
				return e.name
			}
			if got := name(a.stateAround(s, i, s.mentions, true)); got != c.scene {
				t.Errorf("scene: %q, want %q", got, c.scene)
			}
			if got := name(a.stateAround(s, i, s.mentions, false)); got != c.local {
				t.Errorf("local: %q, want %q", got, c.local)
			}
		})
	}
}
