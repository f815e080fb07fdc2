package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestSpeakerBody covers "the" + a noun of the body's kind (speaker-body-ref)
// in the clause a person reports: it names the body the person speaks for,
// named with the person's title in the subject, before the title, after
// it with "of" or "for", or as a possessive, whatever the noun.
func TestSpeakerBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ivo Kask, the Borduria Front's deputy leader, said the party backed Ghana in the talks.",
			want: []string{fact("Borduria Front", graph.Supports, "Ghana")}},
		{text: "NATO spokesperson Lina Varga said the alliance would keep backing Ukraine.",
			want: []string{fact("NATO", graph.Supports, "Ukraine")}},
		{text: "Ivo Kask, the commander of the Borduria Front, said on Monday that the organisation had fought Ugandan troops near Gulu.",
			want: []string{fact("Borduria Front", graph.Fights, "Uganda")}},
		{text: "Arvo Tamm, a spokesman for the Borduria Front, said the militia supported Togo.",
			want: []string{fact("Borduria Front", graph.Supports, "Togo")}},
		{text: "Arvo Tamm, the Vantar Movement's military spokesman, told reporters the movement had fought Kenyan soldiers for a week.",
			want: []string{fact("Vantar Movement", graph.Fights, "Kenya")}},
		{text: "In a statement on Sunday, NATO Secretary-General Lina Varga said the alliance condemned Belarus.",
			want: []string{fact("NATO", graph.Opposes, "Belarus")}},
		{text: "A Borduria Front commander, Ivo Kask, told Reuters the movement would keep fighting Ghana.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghana")}},
	})
}

// TestSpeakerBodyNone covers the same nouns where they name no speaker's
// body: two titled bodies in the subject, a noun that does not fit the
// speaker's body (a state's ministry is no party), another body the noun
// fits named before it in the reported clause, and a quotation.
func TestSpeakerBodyNone(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ivo Kask, a Borduria Front commander, and Arvo Tamm, a Vantar Movement official, said the group had attacked Kenya.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya"), fact("Vantar Movement", graph.Fights, "Kenya")},
			companion: "Ivo Kask, a Borduria Front commander, said the group had attacked Kenya.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		{text: "Kenyan Foreign Ministry spokesman Arvo Tamm said the party had attacked Uganda.",
			not:       []string{fact("Kenyan Foreign Ministry", graph.Fights, "Uganda"), fact("Kenya", graph.Fights, "Uganda")},
			companion: "Borduria Front spokesman Arvo Tamm said the party had attacked Uganda.",
			want:      []string{fact("Borduria Front", graph.Fights, "Uganda")}},
		{text: "Ivo Kask, a Borduria Front official, said the Vantar Movement and the party had attacked Togo.",
			not:       []string{fact("Borduria Front", graph.Fights, "Togo")},
			companion: "Ivo Kask, a Borduria Front official, said the party had attacked Togo.",
			want:      []string{fact("Borduria Front", graph.Fights, "Togo")}},
		{text: "Lina Varga, a Borduria Front official, said: \"The party backed Ghana in the talks.\"",
			not:       []string{fact("Borduria Front", graph.Supports, "Ghana")},
			companion: "Lina Varga, a Borduria Front official, said the party backed Ghana in the talks.",
			want:      []string{fact("Borduria Front", graph.Supports, "Ghana")}},
		{text: "Lina Varga, a Ruritanian official, said the alliance would keep backing Ukraine.",
			not:       []string{fact("Ruritania", graph.Supports, "Ukraine")},
			companion: "Lina Varga, a NATO official, said the alliance would keep backing Ukraine.",
			want:      []string{fact("NATO", graph.Supports, "Ukraine")}},
	})
}

// TestGroupLookback covers the one window in which a group named stays in
// play for a reference that does not name it, "the group" and "the
// militants" alike: the sentence and the two before it (groupLookback), not a third.
func TestGroupLookback(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front raided a village near Gulu. Rain fell on the hills. The harvest was poor. Ghana condemned the gunmen.",
			not:       []string{fact("Ghana", graph.Opposes, "Borduria Front")},
			companion: "The Borduria Front raided a village near Gulu. Rain fell on the hills. Ghana condemned the gunmen.",
			want:      []string{fact("Ghana", graph.Opposes, "Borduria Front")}},
		{text: "The Borduria Front raided a village near Gulu. Rain fell on the hills. The harvest was poor. Kenya drove the militants back.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya")},
			companion: "The Borduria Front raided a village near Gulu. The harvest was poor. Kenya drove the militants back.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		// "the group", with no body the article knows as a group
		// (nearestGroup): two sentences back, not three.
		{text: "The Borduria Union held a rally in Gulu. Rain fell on the hills. The harvest was poor. Ghana condemned the movement.",
			not:       []string{fact("Ghana", graph.Opposes, "Borduria Union")},
			companion: "The Borduria Union held a rally in Gulu. Rain fell on the hills. Ghana condemned the movement.",
			want:      []string{fact("Ghana", graph.Opposes, "Borduria Union")}},
	})
}
