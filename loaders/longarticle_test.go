package loaders

import (
	"fmt"
	"strings"
)

// longArticle writes one invented report of about size bytes for the
// benchmarks that show how extraction time grows with an article's
// length: many distinct people, states, armed groups and places, in the
// shapes that make the extractor look back over earlier sentences (lists
// a later "both countries", "the three countries", "the guarantors" or
// "the two ministers" names; pronouns; a state's army; titles). The
// people, groups and places are made up from syllables, so a longer
// article names more of them, as a long real report would; the text is
// written here, not taken from any report.
func longArticle(size int) []byte {
	states := []string{"Armenia", "Azerbaijan", "Chad", "Sudan", "Niger", "Mali", "Ghana", "Togo",
		"Peru", "Chile", "Bolivia", "Ecuador", "Nepal", "Bhutan", "Laos", "Georgia", "Moldova",
		"Latvia", "Estonia", "Norway", "Finland", "Kenya", "Uganda", "Rwanda", "Burundi", "Zambia",
		"Malawi", "Angola", "Namibia", "Botswana", "Oman", "Qatar", "Jordan", "Tunisia", "Algeria"}
	first := []string{"Ka", "Lo", "Mir", "Te", "Va", "Dor", "Ul", "Bre", "Sa", "Ti", "Oru", "Fen", "Gal", "Ho", "Ira", "Jus"}
	second := []string{"rin", "vash", "dek", "lan", "mor", "tis", "bel", "nok", "sar", "vin", "duk", "pel"}
	name := func(i int) string {
		a := first[i%len(first)] + second[(i/len(first))%len(second)]
		b := first[(i/7+3)%len(first)] + second[(i/3+5)%len(second)] + second[(i/11)%len(second)]
		return a + " " + strings.ToUpper(b[:1]) + b[1:]
	}
	word := func(i int) string {
		w := first[(i*5+1)%len(first)] + second[(i*3)%len(second)] + second[(i/9)%len(second)]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	var b strings.Builder
	b.WriteString("Title: Talks and fighting across the region\nDate: 2024-05-14\n\n")
	for i := 0; b.Len() < size; i++ {
		s1, s2, s3 := states[i%len(states)], states[(i*7+3)%len(states)], states[(i*11+5)%len(states)]
		if s2 == s1 {
			s2 = states[(i+1)%len(states)]
		}
		if s3 == s1 || s3 == s2 {
			s3 = states[(i+2)%len(states)]
		}
		p1, p2, p3 := name(3*i), name(3*i+1), name(3*i+2)
		g1, g2 := word(2*i)+" Front", word(2*i+1)+" Brigades"
		town := word(i + 500)
		fmt.Fprintf(&b, "Foreign Minister %s of %s met Defence Minister %s of %s in %s on Monday. ", p1, s1, p2, s2, town)
		fmt.Fprintf(&b, "The two ministers agreed to meet again, and both countries said they would work together against the %s. ", g1)
		fmt.Fprintf(&b, "%s, %s and %s, the guarantors of the truce, held talks with %s, the leader of the %s. ", s1, s2, s3, p3, g2)
		fmt.Fprintf(&b, "The guarantors said the three countries would back the truce, he said.\n\n")
		fmt.Fprintf(&b, "Fighters of the %s attacked the %s near %s, and %s's army shelled their positions. ", g1, g2, town, s3)
		fmt.Fprintf(&b, "The %s, which is backed by %s, denied the report. ", g2, s2)
		fmt.Fprintf(&b, "%s called %s by phone and the two discussed the fighting; the two leaders did not meet. ", p1, p3)
		fmt.Fprintf(&b, "%s spokesman %s said %s and %s had called off the visit, though they had agreed on a date.\n\n", s1, name(3*i+1000), s1, s3)
		fmt.Fprintf(&b, "President %s said the attack on %s was a crime, and the killing of %s, a commander of the %s, was condemned by %s. ", name(3*i+2000), town, name(3*i+3000), g1, s2)
		fmt.Fprintf(&b, "%s's Interior Ministry said its forces had arrested members of the %s in %s. The group said it had no part in the assault. ", s1, g2, word(i+900))
		fmt.Fprintf(&b, "Government spokesman %s said the ministers of %s and %s would sign a deal, and the envoy of the %s, %s, welcomed it.\n\n", name(3*i+4000), s2, s3, g1, name(3*i+5000))
		// Shapes that once cost a scan of the article per word, mention,
		// office or deal (review32c): a surname said alone, a group's one
		// word, a headline's front, two foreign ministers, a new accord
		// and talks hosted.
		sur := name(3*i + 6000)
		fmt.Fprintf(&b, "%s, a commander in %s, said the attack had failed. %s said his men held %s. ", sur, s2, sur[strings.Index(sur, " ")+1:], word(i+1100))
		one := word(i+1200) + "ah"
		fmt.Fprintf(&b, "%s said it had fired rockets at %s. %s fighters attacked the town at dawn. %s's arsenal has grown, and %s and its allies vowed to fight on.\n\n", one, word(i+1300), one, one, one)
		fmt.Fprintf(&b, "%s Front claims attack on %s\n\n%s of the %s Front said the group attacked %s troops.\n\n", word(i+1400), town, name(3*i+7000), word(i+1400), s3)
		fmt.Fprintf(&b, "Foreign Minister %s of %s met Foreign Minister %s of %s in %s. The two foreign ministers discussed the border. ", name(3*i+8000), s1, name(3*i+9000), s3, town)
		fmt.Fprintf(&b, "%s, %s, %s and %s signed the %s Accord on Monday. The talks were hosted by %s, and the truce held.\n\n", s1, s2, s3, states[(i+17)%len(states)], word(i+1500), s2)
	}
	return []byte(b.String())
}
