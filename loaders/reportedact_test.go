package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestReportedThenSpeakerAct checks that a speaker's act coordinated after
// a report whose subject is no actor is the speaker's (carry,
// speaker-act-verb): "X said the strike was a violation and accused Y of
// ..." is X's accusation.
func TestReportedThenSpeakerAct(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin said the incident was a grave violation of its sovereignty and accused Togo of dragging the region into war.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "The Borduria Front said the strikes had killed twelve people near the river and condemned Ghana for the raid.",
			want: []string{fact("Borduria Front", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb of the reported clause itself stays the clause's: the
		// strikes killed and wounded, not the speaker.
		{text: "The Borduria Front said the strikes had killed twelve people and wounded Ghanaian soldiers.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghana")},
			companion: "The Borduria Front said the strikes had killed twelve people and accused Ghana of the raid.",
			want:      []string{fact("Borduria Front", graph.Opposes, "Ghana")}},
	})
}

// TestReportedThenSpeakerDemand checks the same for a demand or a
// rejection after the report.
func TestReportedThenSpeakerDemand(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin said the presence of Togolese troops was illegal and urged Togo to withdraw its forces.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}

// TestReportedThenSpeakerCall checks a call on a side after the report.
func TestReportedThenSpeakerCall(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin said the presence of Togolese troops was illegal and called on Togo to withdraw its forces.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}

// TestReportedPeopleActThemselves checks that people the catalog does not
// know, as the reported clause's subject, keep their own act: protesters
// who demand, a leader who condemns, refugees who blame are no speaker's.
func TestReportedPeopleActThemselves(t *testing.T) {
	checkFacts(t, []factCase{
		// The head is the thing owned, not its owner nor a name after it.
		{text: "Benin said Togo's bid to join the Borduria Front remained a threat to the region and accused Togo of stoking tension.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Benin said protesters gathered outside the Togolese embassy and demanded that Togo withdraw its troops.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin said the presence of Togolese troops was illegal and demanded that Togo withdraw its troops.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin said the opposition leader, who fled last year, returned and condemned Togo.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Benin said the incident was a grave violation and condemned Togo.",
			want:      []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Togo said hundreds of refugees arrived in Lome and blamed Benin for the crisis.",
			not:       []string{fact("Togo", graph.Opposes, "Benin")},
			companion: "Togo said the shelling had killed twelve people and blamed Benin for the crisis.",
			want:      []string{fact("Togo", graph.Opposes, "Benin")}},
	})
}
