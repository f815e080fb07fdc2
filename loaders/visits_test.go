package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestVisitsAndTheirTalks checks three readings of a visit and the talks it
// was made for: the state or capital visited is the place of the talks and
// no side of them (visitedFor); the members of a kind of officials named by
// its owner ("officials of the Togolese government, including X") are the
// partners (ownedKind); and a subject pronoun said again in a coordinated
// clause stands for the same person as the first (openingSubject), not for
// the one named between them.
func TestVisitsAndTheirTalks(t *testing.T) {
	checkFacts(t, []factCase{
		// The place visited for talks.
		{text: "Ghanaian Foreign Minister Ivo Dragan visited Lome for talks with Togolese President Omar Dalmar.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")},
			not:  []string{fact("Omar Dalmar", graph.SpokeWith, "Togo"), fact("Ivo Dragan", graph.SpokeWith, "Omar Dalmar")}},
		{text: "Ghanaian Foreign Minister Ivo Dragan is visiting Togo for a meeting with Beninese President Ama Sefa.",
			want: []string{fact("Ama Sefa", graph.MetWith, "Ivo Dragan")},
			not:  []string{fact("Ama Sefa", graph.MetWith, "Togo")}},
		// The members of a kind named by its owner.
		{text: "Ghanaian Foreign Minister Ivo Dragan met with officials of the Togolese government, including Defence Minister Omar Dalmar.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghanaian Foreign Minister Ivo Dragan has visited Lome for meetings with officials of the Togolese government, including President Omar Dalmar.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		// The same pronoun said again.
		{text: "Ghanaian Foreign Minister Ivo Dragan toured the region this year. In April he held talks in Lome with Togolese President Omar Dalmar, and he has visited Accra for meetings with Beninese President Ama Sefa.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar"), fact("Ama Sefa", graph.MetWith, "Ivo Dragan")},
			not:  []string{fact("Ama Sefa", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghanaian Foreign Minister Ivo Dragan toured the region this year. Last month he met Togolese President Omar Dalmar in Lome, and later he spoke by phone with Beninese President Ama Sefa.",
			want: []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar"), fact("Ama Sefa", graph.SpokeWith, "Ivo Dragan")},
			not:  []string{fact("Ama Sefa", graph.SpokeWith, "Omar Dalmar")}},
	})
	checkNegatives(t, []negativeCase{
		// A visit still to come, or called off, states no meeting.
		{text: "Ghanaian Foreign Minister Ivo Dragan will visit Lome for talks with Togolese President Omar Dalmar next week.",
			not:       []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar"), fact("Omar Dalmar", graph.SpokeWith, "Togo")},
			companion: "Ghanaian Foreign Minister Ivo Dragan visited Lome for talks with Togolese President Omar Dalmar.",
			want:      []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		{text: "Ghanaian Foreign Minister Ivo Dragan cancelled a planned visit to Lome for talks with Togolese President Omar Dalmar.",
			not:       []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")},
			companion: "Ghanaian Foreign Minister Ivo Dragan visited Lome for talks with Togolese President Omar Dalmar.",
			want:      []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		// A visit for something else than talks: the host is no partner.
		{text: "Ghanaian Foreign Minister Ivo Dragan visited Togo for the funeral of Togolese President Omar Dalmar.",
			not:       []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar"), fact("Ivo Dragan", graph.MetWith, "Togo")},
			companion: "Ghanaian Foreign Minister Ivo Dragan visited Togo for talks with Togolese President Omar Dalmar.",
			want:      []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		// A reporting clause after the kind: no list of its members.
		{text: "Ghanaian Foreign Minister Ivo Dragan met with officials of the Togolese government, Defence Minister Omar Dalmar said.",
			not:       []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")},
			companion: "Ghanaian Foreign Minister Ivo Dragan met with officials of the Togolese government, including Defence Minister Omar Dalmar.",
			want:      []string{fact("Ivo Dragan", graph.MetWith, "Omar Dalmar")}},
		// Another pronoun is no repetition.
		{text: "Ghanaian Foreign Minister Ivo Dragan toured the region this year. In May she met Togolese President Omar Dalmar in Lome, and he praised Beninese President Ama Sefa.",
			not:       []string{fact("Ivo Dragan", graph.Thanked, "Ama Sefa")},
			companion: "Ghanaian Foreign Minister Ivo Dragan toured the region this year. In May he met Togolese President Omar Dalmar in Lome, and he praised Beninese President Ama Sefa.",
			want:      []string{fact("Ivo Dragan", graph.Thanked, "Ama Sefa")}},
	})
}
