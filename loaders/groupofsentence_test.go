package loaders

import (
	"strings"
	"testing"
)

// TestGroupOfSentence checks that "the group" refers to the body its own
// sentence names before it, when the armed group the article named last
// belongs to an earlier sentence: the speaker of "X said the group ...",
// the body in apposition; never the body acting on the group ("X accused
// the group of ..."), and no one when the sentence names two such bodies.
func TestGroupOfSentence(t *testing.T) {
	const lead = "Rebels agree to leave\n\nNadira Relief (NR) and Karvan Aid (KA) have sent food to Zarfin.\n\nThe rebel faction Liwa al-Karama agreed on Sunday to leave the town of Zarfin after weeks of shelling.\n\n"
	cases := []struct {
		text, want string
	}{
		{"Nadira Relief (NR) said the group had been attacked in Zarfin.",
			"said [Nadira Relief:Organization] had been attacked"},
		// Near miss: the body accuses the group; the group is the one
		// named before.
		{"Nadira Relief (NR) accused the group of shelling Zarfin.",
			"accused [Liwa al-Karama:Organization] of shelling"},
		// Two bodies the noun may denote: either, so no one.
		{"Nadira Relief (NR) and Karvan Aid (KA) said the group had been attacked in Zarfin.",
			"said group had been attacked"},
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
