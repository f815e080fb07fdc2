package loaders

import (
	"strings"
	"testing"
)

// TestGroupOfSentence checks that "the group" refers to the body its own
// sentence sets in apposition before it ("X, the group that ..."), and
// otherwise to the armed group the article named last: not the speaker of
// "X said the group ..." (a rival or monitor may speak of it), nor the
// body acting on it ("X accused the group of ...").
func TestGroupOfSentence(t *testing.T) {
	const lead = "Rebels agree to leave\n\nNadira Relief (NR) and Karvan Aid (KA) have sent food to Zarfin.\n\nThe rebel faction Liwa al-Karama agreed on Sunday to leave the town of Zarfin after weeks of shelling.\n\n"
	cases := []struct {
		text, want string
	}{
		// A speaker may speak of the armed group: "X said the group"
		// is not X.
		{"Nadira Relief (NR) said the group had been attacked in Zarfin.",
			"said [Liwa al-Karama:Organization] had been attacked"},
		// Near miss: the body accuses the group; the group is the one
		// named before.
		{"Nadira Relief (NR) accused the group of shelling Zarfin.",
			"accused [Liwa al-Karama:Organization] of shelling"},
		// A rival armed group speaks of the group: still the one
		// named before.
		{"The rebel faction Jaysh al-Tahrir, which split from Liwa al-Karama in 2019, said the group had attacked Zarfin.",
			"said [Liwa al-Karama:Organization] had attacked"},
	}
	x := extractor(t)
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var b strings.Builder
			if err := x.Explain(&b, "test.txt", []byte(lead+c.text)); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), c.want) {
				t.Errorf("Explain lacks %q:\n%s", c.want, b.String())
			}
		})
	}
}
