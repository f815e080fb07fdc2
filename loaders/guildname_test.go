package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A possessive of a people or a guild stands inside a body's name, which
// goes on to its head, a hyphenated suffix after the head included: "the
// Borduria People's Liberation Movement-North", "the Chad Doctors' Union".
// An owner's possessive before a body ("the Vantars' Supreme Council") and
// a body named after a guild's possessive with no head ("the farmers'
// leaders") are no such names.
func TestGuildPossessiveInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Fighters of the Borduria People's Liberation Movement-North led by Karl Stamm shelled Klow on Sunday.",
			want: []string{fact("Karl Stamm", graph.HeadOf, "Borduria People's Liberation Movement-North")},
			not:  []string{fact("Karl Stamm", graph.HeadOf, "Liberation Movement-North")}},
		{text: "Karl Stamm, the leader of the Syldavia People's Front-East, met Odile Marchetti in Klow.",
			want: []string{fact("Karl Stamm", graph.HeadOf, "Syldavia People's Front-East")}},
		{text: "The Chad Doctors' Union condemned the Rapid Support Forces on Monday.",
			want: []string{fact("Chad Doctors' Union", graph.Opposes, "Rapid Support Forces")}},
		{text: "The Borduria Workers' Party condemned the Rapid Support Forces.",
			want: []string{fact("Borduria Workers' Party", graph.Opposes, "Rapid Support Forces")}},
		{text: "The Ruritania Teachers' League denounced the Rapid Support Forces for the raid.",
			want: []string{fact("Ruritania Teachers' League", graph.Opposes, "Rapid Support Forces")}},
		{text: "The Preliminary Committee of the Borduria Doctors' Union put the toll at 300.",
			want: []string{fact("Preliminary Committee", graph.PartOf, "Borduria Doctors' Union")}},
	})
	checkNegatives(t, []negativeCase{
		// An owner's possessive: the council is the owner's, no name
		// runs over it.
		{text: "The Vantars' Supreme Council condemned the Rapid Support Forces.",
			not:       []string{fact("Vantars' Supreme Council", graph.Opposes, "Rapid Support Forces")},
			companion: "The Borduria Workers' Party condemned the Rapid Support Forces.",
			want:      []string{fact("Borduria Workers' Party", graph.Opposes, "Rapid Support Forces")}},
		// No body's head after the guild's possessive.
		{text: "The Borduria Farmers' leaders condemned the Rapid Support Forces.",
			not:       []string{fact("Borduria Farmers' leaders", graph.Opposes, "Rapid Support Forces")},
			companion: "The Borduria Farmers' Union condemned the Rapid Support Forces.",
			want:      []string{fact("Borduria Farmers' Union", graph.Opposes, "Rapid Support Forces")}},
	})
}
