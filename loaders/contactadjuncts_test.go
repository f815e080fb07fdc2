package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestContactAdjuncts checks that a group whose clause is dated by talks,
// a meeting or a summit that name no partner held them together
// (contactAdjuncts), and that the words saying how long or in what manner
// the talks went do not hide them (contactModifiersFrom).
func TestContactAdjuncts(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	spoke := fact("Anton Velic", graph.SpokeWith, "Karel Dusek")
	checkFacts(t, []factCase{
		// The adjunct after the group's verb, its measure approximate.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek unveiled the roadmap after roughly seven hours of talks.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek agreed on a prisoner swap during a day-long session in Geneva.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek issued a joint statement following their summit in Geneva.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek signed the border protocol after more than two days of negotiations.",
			want: []string{met}},
		// The adjunct opens the sentence, before the group.
		{text: "After nearly two days of negotiations in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek signed a border accord.",
			want: []string{met}},
		// A phrase of words opens the sentence, the adjunct at its end;
		// the group a reference to the pair named before.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek arrived in Geneva on Monday. In a joint statement after the meeting, the two presidents called for calm.",
			want: []string{met}},
		// A possessive on the way passes, as a place does.
		{text: "Speaking to reporters after long talks at Velic's residence, Ruritanian President Anton Velic and Bordurian President Karel Dusek praised the accord.",
			want: []string{met}},
		// Manner and length compounds before the noun.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek held a 90-minute one-on-one meeting on Friday.",
			want: []string{met}},
		// A conversation is no meeting in person.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek settled the matter during a long conversation on Monday.",
			want: []string{spoke}, not: []string{met}},
	})
	// Each negative beside a companion that differs in the construction
	// only: the extractor reads the actors, and the construction decides.
	const after = "Ruritanian President Anton Velic and Bordurian President Karel Dusek signed the accord after talks in Lima."
	checkNegatives(t, []negativeCase{
		// Talks to come, denied or hedged.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek will announce the deal after talks next week.",
			not: []string{met, spoke}, companion: after, want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek may sign the accord after talks in Lima.",
			not: []string{met, spoke}, companion: after, want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek did not agree on anything during the summit.",
			not: []string{met, spoke}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek agreed on the plan during the summit.", want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek protested after talks were cancelled.",
			not: []string{met, spoke}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek protested after talks on Friday.", want: []string{met}},
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek arrived in Geneva on Monday. In a joint statement before the meeting, the two presidents called for calm.",
			not: []string{met}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek arrived in Geneva on Monday. In a joint statement after the meeting, the two presidents called for calm.", want: []string{met}},
		// Talks that name their own sides: the group only commented.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek commented after talks between Ghana and Togo.",
			not: []string{met}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek commented after talks in Accra.", want: []string{met}},
		// Talks still to come when the group acted are no adjunct of it.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek left Geneva before talks on the pipeline.",
			not: []string{met}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek left Geneva after talks on the pipeline.", want: []string{met}},
		// A clause of another subject between them.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek said Ghana would sign after talks.",
			not: []string{met}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek addressed reporters after talks.", want: []string{met}},
		// "more talks" keeps its "more": no measure, no adjunct.
		{text: "Ruritanian President Anton Velic and Bordurian President Karel Dusek called for more talks.",
			not: []string{met}, companion: "Ruritanian President Anton Velic and Bordurian President Karel Dusek called for peace after more than three hours of talks.", want: []string{met}},
	})
}

// TestContactAdjunctOpeningHedged checks that an adjunct of talks that
// opens the sentence gives no meeting when the subject's own verb after
// it is hedged, to come or denied (contactAdjunctSubject looks to the end
// of the subject's clause).
func TestContactAdjunctOpeningHedged(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	const signed = "After talks in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek signed the accord."
	checkFacts(t, []factCase{
		// A hedge in a later clause of the group's is not its verb's.
		{text: "After talks in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek reaffirmed the accord and said they would meet again.",
			want: []string{met}},
	})
	checkNegatives(t, []negativeCase{
		{text: "After talks in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek will sign the accord.",
			not: []string{met}, companion: signed, want: []string{met}},
		{text: "After talks in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek may meet again.",
			not: []string{met}, companion: signed, want: []string{met}},
		{text: "After talks in Lima, Ruritanian President Anton Velic and Bordurian President Karel Dusek did not speak.",
			not: []string{met}, companion: signed, want: []string{met}},
	})
}

// TestContactAdjunctUndoneOrAbsent checks that talks that came to nothing,
// or that the group stayed out of or sent others to, give it no meeting
// (contact-plan-word, contact-absence-word).
func TestContactAdjunctUndoneOrAbsent(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	const pair = "Ruritanian President Anton Velic and Bordurian President Karel Dusek"
	checkNegatives(t, []negativeCase{
		{text: pair + " blamed each other after talks collapsed.",
			not: []string{met}, companion: pair + " blamed each other after talks in Lima.", want: []string{met}},
		{text: pair + " traded accusations after talks broke down.",
			not: []string{met}, companion: pair + " traded accusations after talks on Friday.", want: []string{met}},
		{text: pair + " were absent throughout the talks.",
			not: []string{met}, companion: pair + " were present throughout the talks.", want: []string{met}},
		{text: pair + " stayed away during the talks.",
			not: []string{met}, companion: pair + " stayed in Lima during the talks.", want: []string{met}},
		{text: pair + " sent envoys to Istanbul after the meeting.",
			not: []string{met}, companion: pair + " flew to Istanbul after the meeting.", want: []string{met}},
		{text: "After the meeting, " + pair + " sent envoys to Istanbul.",
			not: []string{met}, companion: "After the meeting, " + pair + " flew to Istanbul.", want: []string{met}},
	})
}
