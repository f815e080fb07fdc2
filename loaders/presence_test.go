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
