package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An office before a name may name the file it covers after "for", in
// lower case, where a body would stand: "The Union's spokesperson for
// foreign affairs, X," speaks for the Union. A capitalised name after
// "for" is a body of its own, which the office serves instead.
func TestSpokesmanFileBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The European Union's spokesperson for foreign affairs, Mira Castell, called for an inquiry.",
			want: []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")}},
		{text: "Russia's spokesman for security matters, Ivo Dragan, denied the report.",
			want: []string{fact("Ivo Dragan", graph.SpokespersonOf, "Russia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The European Union's spokesperson for the Vardan Front, Mira Castell, called for an inquiry.",
			not:       []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")},
			companion: "The European Union's spokesperson for foreign affairs, Mira Castell, called for an inquiry.",
			want:      []string{fact("Mira Castell", graph.SpokespersonOf, "European Union")}},
	})
}

// File words between a body or a state and "spokesman" ("national
// security", "media", "government") leave the office the named owner's,
// not the state or body the sentence opens with. A capitalised word the
// reading does not know after a state's adjective may start a body's name
// the lexicon lacks: no owner is read.
func TestSpokesmanAfterFileWords(t *testing.T) {
	const before = "Rebels clashed with Chadian troops near Abeche on Monday. "
	checkFacts(t, []factCase{
		{text: before + "In Washington, White House national security spokesman Lina Haddad said Iran was complicit.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "White House")},
			not:  []string{fact("Lina Haddad", graph.SpokespersonOf, "United States")}},
		{text: before + "Syrian Democratic Forces media spokesman Lina Haddad said the city had fallen.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "Syrian Democratic Forces")}},
		{text: before + "Rwandan government spokesperson Lina Haddad rejected the sanctions.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "Rwanda")}},
		{text: before + "Rwandan foreign affairs spokesperson Lina Haddad rejected the sanctions.",
			want: []string{fact("Lina Haddad", graph.SpokespersonOf, "Rwanda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Hamas accused the PA of coordinating its siege, a charge Palestinian Authority security spokesman Lina Haddad denied.",
			not:       []string{fact("Lina Haddad", graph.SpokespersonOf, "Hamas"), fact("Lina Haddad", graph.SpokespersonOf, "Palestine")},
			companion: before + "Hamas accused the PA of coordinating its siege, a charge Hamas spokesman Lina Haddad repeated.",
			want:      []string{fact("Lina Haddad", graph.SpokespersonOf, "Hamas")}},
	})
}

// File words are only the spokesman-file-words: a conjunction or a
// preposition ends them, so the spokesman after "and", "while", "as" or
// "after" is not the previous clause's last state or body. The companion
// names the owner right before the file words.
func TestSpokesmanFileWordsStopAtClause(t *testing.T) {
	const before = "Rebels clashed with Chadian troops near Abeche on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Israel struck targets in Lebanon and military spokesman Omar Kessab said the strikes would continue.",
			want: []string{fact("Omar Kessab", graph.SpokespersonOf, "Israel")},
			not:  []string{fact("Omar Kessab", graph.SpokespersonOf, "Lebanon")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Israel struck targets in Lebanon and military spokesman Omar Kessab said the strikes would continue.",
			not:       []string{fact("Omar Kessab", graph.SpokespersonOf, "Lebanon")},
			companion: before + "Israel struck targets in Lebanon, and Lebanese military spokesman Omar Kessab said the strikes would stop.",
			want:      []string{fact("Omar Kessab", graph.SpokespersonOf, "Lebanon")}},
		{text: before + "Niger fired rockets at Mali and military wing spokesman Omar Kessab said more would follow.",
			not:       []string{fact("Omar Kessab", graph.SpokespersonOf, "Mali")},
			companion: before + "Niger fired rockets at Mali and Malian military wing spokesman Omar Kessab said more would follow.",
			want:      []string{fact("Omar Kessab", graph.SpokespersonOf, "Mali")}},
		{text: before + "Ukraine accused Russia of shelling as presidential spokesman Omar Kessab called for calm.",
			not:       []string{fact("Omar Kessab", graph.SpokespersonOf, "Russia")},
			companion: before + "Ukraine accused Russia of shelling as Russian presidential spokesman Omar Kessab called for calm.",
			want:      []string{fact("Omar Kessab", graph.SpokespersonOf, "Russia")}},
		{text: before + "Israel rejected criticism from Qatar while government spokesman Omar Kessab said the talks were over.",
			not:       []string{fact("Omar Kessab", graph.SpokespersonOf, "Qatar")},
			companion: before + "Israel rejected criticism from Qatar while Qatari government spokesman Omar Kessab said the talks were over.",
			want:      []string{fact("Omar Kessab", graph.SpokespersonOf, "Qatar")}},
		{text: before + "Sudan blamed Chad after government spokesman Omar Kessab said the border was closed.",
			not:       []string{fact("Omar Kessab", graph.SpokespersonOf, "Chad")},
			companion: before + "Sudan blamed Chad after Chadian government spokesman Omar Kessab said the border was closed.",
			want:      []string{fact("Omar Kessab", graph.SpokespersonOf, "Chad")}},
	})
}
