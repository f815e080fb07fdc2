package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A side named as another's partner against an armed group fights that
// group: "X was Y's main partner against Z", "Y backed X as its partner on
// the ground against Z". A partner against a state may stand against it
// politically only, and a partner in talks fights no one. The partnership
// is no attack: a later "condemned the incursion" does not name the partner.
func TestPartnerAgainstArmedGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want: []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
		{text: "Togo has backed the Eastern Guard since 2015 as its main partner on the ground against the Northern Brigade.",
			want: []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "For years Benin was Togo's main partner against Ghana.",
			not:       []string{fact("Benin", graph.Fights, "Ghana")},
			companion: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want:      []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
		{text: "Bolivia, Peru's closest ally against NATO, hosted the drills.",
			not:       []string{fact("Bolivia", graph.Fights, "NATO")},
			companion: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want:      []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
		{text: "Bolivia is Peru's main partner against the European Union in the Andes.",
			not:       []string{fact("European Union", graph.Fights, "Bolivia")},
			companion: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want:      []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
		{text: "For years the Eastern Guard was Togo's main partner in talks with the Northern Brigade.",
			not:       []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")},
			companion: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want:      []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
		{text: "Ghanaian tanks rolled into northern Togo on Monday. For years the Eastern Guard was Togo's main partner against the Northern Brigade. Benin condemned the incursion.",
			not:       []string{fact("Benin", graph.Opposes, "Eastern Guard")},
			companion: "For years the Eastern Guard was Togo's main partner against the Northern Brigade.",
			want:      []string{fact("Eastern Guard", graph.Fights, "Northern Brigade")}},
	})
}
