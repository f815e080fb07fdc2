package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPresenceCompanions checks that a person who appeared in public
// beside another met that person (presenceCompanions), and that a news
// conference given with someone is a meeting with them.
func TestPresenceCompanions(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	checkFacts(t, []factCase{
		{text: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek at the border crossing.",
			want: []string{met}},
		// The participle set off by commas, past words of audience or place.
		{text: "Ruritanian President Anton Velic, standing beside Bordurian President Karel Dusek, told reporters the border would reopen.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic, speaking to reporters in Geneva alongside Bordurian President Karel Dusek, said the border would reopen.",
			want: []string{met}},
		// The participle opens the sentence: its subject follows the comma.
		{text: "Speaking beside Bordurian President Karel Dusek at a late-night news conference in Geneva, Ruritanian President Anton Velic praised the accord.",
			want: []string{met}},
		// A news conference with someone.
		{text: "Bordurian President Karel Dusek spoke at a late-night news conference with Ruritanian President Anton Velic.",
			want: []string{met}},
	})
	const companion = "Ruritanian President Anton Velic, standing beside Bordurian President Karel Dusek, said the border would reopen."
	checkNegatives(t, []negativeCase{
		// Another deed between the verb and the companion.
		{text: "Ruritanian President Anton Velic spoke about fighting alongside Bordurian President Karel Dusek.",
			not: []string{met}, companion: companion, want: []string{met}},
		// An appearance to come, or denied.
		{text: "Ruritanian President Anton Velic will appear alongside Bordurian President Karel Dusek on Friday.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "Ruritanian President Anton Velic did not appear alongside Bordurian President Karel Dusek.",
			not: []string{met}, companion: companion, want: []string{met}},
		// A picture of two people is no meeting.
		{text: "Ruritanian President Anton Velic, standing beside Bordurian President Karel Dusek in an old photo, smiled.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}

// TestPresencePostureNeedsOccasion checks that standing or sitting beside
// someone is a meeting only on an occasion named after the companion ("as
// the accord was signed", "at the news conference"): "stood beside X over
// the war for years" is a stance, no meeting; and that a picture stops the
// appearance whatever reads it (presenceCompanions alone reads it).
func TestPresencePostureNeedsOccasion(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	const companion = "Ruritanian President Anton Velic stood beside Bordurian President Karel Dusek as the accord was signed."
	checkNegatives(t, []negativeCase{
		{text: "Ruritanian President Anton Velic stood beside Bordurian President Karel Dusek over the border war for years.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "Ruritanian President Anton Velic stands beside Bordurian President Karel Dusek on the border question.",
			not: []string{met}, companion: "Ruritanian President Anton Velic stands beside Bordurian President Karel Dusek at the signing in Lima.", want: []string{met}},
		{text: "Ruritanian President Anton Velic, sitting beside Bordurian President Karel Dusek in parliament for a decade, voted against the bill.",
			not: []string{met}, companion: "Ruritanian President Anton Velic, sitting beside Bordurian President Karel Dusek at the news conference, praised the accord.", want: []string{met}},
		{text: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek in a video released on Monday.",
			not: []string{met}, companion: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek at a rally on Monday.", want: []string{met}},
	})
}

// TestPresencePictureInItsSetting checks that only a picture or a
// recording in the appearance's own setting, between the verb and the
// end of the words after the companion, makes it no meeting: one named in
// another clause, or a live broadcast of the occasion, does not (imaged).
func TestPresencePictureInItsSetting(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	checkFacts(t, []factCase{
		{text: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek at a news conference broadcast live.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek in Lima and said a clearer picture would emerge.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic, standing beside Bordurian President Karel Dusek, said a clearer image of the deal would emerge.",
			want: []string{met}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek in a video released on Monday.",
			not: []string{met}, companion: "Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek in Lima on Monday.", want: []string{met}},
		{text: "In a video released on Monday, Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek.",
			not: []string{met}, companion: "In Lima on Monday, Ruritanian President Anton Velic appeared alongside Bordurian President Karel Dusek.", want: []string{met}},
	})
}

// TestPresenceWordsInIngBeforeCompanion checks that a noun or a
// preposition in -ing ("evening", "morning", "during", "building") between
// the verb of appearance and its companion is a word of the setting, no
// other deed's participle (presenceCompanions).
func TestPresenceWordsInIngBeforeCompanion(t *testing.T) {
	met := fact("Anton Velic", graph.MetWith, "Karel Dusek")
	checkFacts(t, []factCase{
		{text: "Ruritanian President Anton Velic, speaking on Monday evening alongside Bordurian President Karel Dusek, praised the accord.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic, speaking during the ceremony alongside Bordurian President Karel Dusek, praised the accord.",
			want: []string{met}},
		{text: "Ruritanian President Anton Velic appeared outside the building alongside Bordurian President Karel Dusek.",
			want: []string{met}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ruritanian President Anton Velic spoke about fighting alongside Bordurian President Karel Dusek.",
			not: []string{met}, companion: "Ruritanian President Anton Velic spoke on Monday morning alongside Bordurian President Karel Dusek.", want: []string{met}},
	})
}
