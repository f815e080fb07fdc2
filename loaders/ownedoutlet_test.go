package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A name after a body's or state's possessive and before a noun of a media
// outlet ("the Vantar Front's Dostan Sun channel", "Ruritania's al-Korva
// television") is the owner's outlet, part of it, though the lexicon does
// not know the name. Without the outlet's noun the name is no outlet, and a
// common noun's owner ("the group's") is left to the reference reading.
func TestOwnedOutlet(t *testing.T) {
	const before = "Hezbollah fighters clashed with rebels near Yabroud on Sunday. "
	checkFacts(t, []factCase{
		{text: before + "Hezbollah's al-Korva television broadcast images from the town.",
			want: []string{fact("al-Korva", graph.PartOf, "Hezbollah")}},
		{text: before + "Hezbollah's Dostan Sun channel said the town had fallen.",
			want: []string{fact("Dostan Sun", graph.PartOf, "Hezbollah")}},
		{text: before + "Syria's Al-Tarvan newspaper said the army had advanced.",
			want: []string{fact("Al-Tarvan", graph.PartOf, "Syria")}},
		{text: before + "The fighters' leader spoke on the group's Al-Korva television on Monday.",
			want: []string{fact("Al-Korva", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Hezbollah's Dostan Sun said the town had fallen.",
			not:       []string{fact("Dostan Sun", graph.PartOf, "Hezbollah")},
			companion: before + "Hezbollah's Dostan Sun radio said the town had fallen.",
			want:      []string{fact("Dostan Sun", graph.PartOf, "Hezbollah")}},
		{text: before + "Hezbollah's Monday television address was short.",
			not:       []string{fact("Monday", graph.PartOf, "Hezbollah")},
			companion: before + "Hezbollah's Korva television address was short.",
			want:      []string{fact("Korva", graph.PartOf, "Hezbollah")}},
	})
}

// An outlet named with no owner before an outlet's noun is discovered by
// its name alone when the lexicon knows none of its words, and a relative
// clause of running or owning ties it to its owner ("X television, which
// is run by the Front,"); "State television" names no outlet.
func TestOutletRunBy(t *testing.T) {
	const before = "Hezbollah fighters clashed with rebels near Yabroud on Sunday. "
	checkFacts(t, []factCase{
		{text: before + "Al-Korva television, which is run by Hezbollah, said the town had fallen.",
			want: []string{fact("Al-Korva", graph.PartOf, "Hezbollah")}},
		{text: before + "The Dostan channel, which is owned by Hezbollah, showed the damage.",
			want: []string{fact("Dostan", graph.PartOf, "Hezbollah")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Al-Korva television, which is watched by Hezbollah, said the town had fallen.",
			not:       []string{fact("Al-Korva", graph.PartOf, "Hezbollah")},
			companion: before + "Al-Korva television, which is run by Hezbollah, said the town had fallen.",
			want:      []string{fact("Al-Korva", graph.PartOf, "Hezbollah")}},
		{text: before + "State television, which is run by Syria, said the town had fallen.",
			not:       []string{fact("State", graph.PartOf, "Syria")},
			companion: before + "Korva television, which is run by Syria, said the town had fallen.",
			want:      []string{fact("Korva", graph.PartOf, "Syria")}},
	})
}
