package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestHeadAdjuncts checks that a contact noun reaches its partner after
// "with", and a target noun its owner after "used by", across the noun's
// adjuncts of place, time or topic (headAdjuncts), and that it does no
// more than the sentence without them would.
func TestHeadAdjuncts(t *testing.T) {
	dragan, vasko, meli := "Ivo Dragan", "Karel Vasko", "Anton Meli"
	checkFacts(t, []factCase{
		// A venue that names a body.
		{text: "Chilean Foreign Minister Ivo Dragan held talks in the Kremlin with Peruvian President Karel Vasko.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
		// A topic that names a state, then a list of partners.
		{text: "Chilean Foreign Minister Ivo Dragan held a meeting on Bolivia with Peruvian President Karel Vasko and Argentine Foreign Minister Anton Meli.",
			want: []string{fact(dragan, graph.MetWith, vasko), fact(meli, graph.MetWith, dragan)},
			not:  []string{fact(dragan, graph.MetWith, "Bolivia")}},
		// Place and time, one after the other.
		{text: "Chilean Foreign Minister Ivo Dragan held talks in Lima on Tuesday with Peruvian President Karel Vasko.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
		// A purpose after a verb of travel.
		{text: "Chilean Foreign Minister Ivo Dragan flew to Quito for consultations on Bolivia with Peruvian President Karel Vasko.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
		// A call stays a call, whatever it was about.
		{text: "Chilean Foreign Minister Ivo Dragan had a phone conversation about Bolivia with Peruvian President Karel Vasko.",
			want: []string{fact(dragan, graph.SpokeWith, vasko)},
			not:  []string{fact(dragan, graph.MetWith, vasko)}},
		// A target noun: its owner after places coordinated.
		{text: "Chilean jets struck 40 targets in Bolivia and Peru used by Hezbollah.",
			want: []string{fact("Chile", graph.Fights, "Hezbollah")}},
		{text: "Chile carried out raids on Friday against positions near the border linked to Hezbollah.",
			want: []string{fact("Chile", graph.Fights, "Hezbollah")}},
		// The noun after the verb "was in": a four-way meeting.
		{text: "Ivo Dragan, Chile's foreign minister, was in Quito for a four-way meeting on Bolivia with Peruvian President Karel Vasko.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
	})
	checkNegatives(t, []negativeCase{
		// A meeting planned is none held.
		{text: "Chilean Foreign Minister Ivo Dragan will hold talks in Lima with Peruvian President Karel Vasko.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan held talks in Lima with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// Talks asked for or refused.
		{text: "Chilean Foreign Minister Ivo Dragan called for talks on Bolivia with Peruvian President Karel Vasko.",
			not:       []string{fact(dragan, graph.MetWith, vasko), fact(dragan, graph.SpokeWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan opened talks on Bolivia with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// A comma closes the adjunct: the "with" is no partner of the talks.
		{text: "Chilean Foreign Minister Ivo Dragan held talks in Lima, with Peruvian President Karel Vasko absent.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan held talks in Lima with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// A relative clause inside the adjunct has a verb of its own.
		{text: "Chilean Foreign Minister Ivo Dragan praised the talks in Lima that ended with Peruvian President Karel Vasko leaving.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan praised the talks in Lima with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// A strike planned is none made.
		{text: "Chilean jets will strike targets in Bolivia used by Hezbollah.",
			not:       []string{fact("Chile", graph.Fights, "Hezbollah")},
			companion: "Chilean jets struck targets in Bolivia used by Hezbollah.",
			want:      []string{fact("Chile", graph.Fights, "Hezbollah")}},
		// A comma ends the target's phrase: the owner is another's.
		{text: "Chilean jets struck targets in Bolivia, and sites used by Hezbollah were spared.",
			not:       []string{fact("Chile", graph.Fights, "Hezbollah")},
			companion: "Chilean jets struck targets in Bolivia and Peru used by Hezbollah.",
			want:      []string{fact("Chile", graph.Fights, "Hezbollah")}},
		// An absolute clause after "with": the name is no partner.
		{text: "Chilean Foreign Minister Ivo Dragan flew to Quito for talks on Bolivia with Peruvian President Karel Vasko watching from Lima.",
			not:       []string{fact(dragan, graph.MetWith, vasko), fact(dragan, graph.SpokeWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan flew to Quito for talks on Bolivia with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// Coordinated adjuncts are left alone.
		{text: "Chilean Foreign Minister Ivo Dragan held talks in Lima and a dinner with Peruvian President Karel Vasko's son.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Chilean Foreign Minister Ivo Dragan held talks in Lima with Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
	})
}

// TestAddressedAtGathering checks that a person who addresses another at a
// meeting both attend met him (met-with/at-meeting-S-told-O and
// met-with/S-told-O-at-meeting), and that a news conference, a call or a
// denial gives no meeting.
func TestAddressedAtGathering(t *testing.T) {
	dragan, vasko := "Ivo Dragan", "Karel Vasko"
	checkFacts(t, []factCase{
		{text: "At the opening of the meeting, Chilean Foreign Minister Ivo Dragan told Peruvian President Karel Vasko that the border would stay open.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
		{text: "At a summit in Quito on Tuesday, Chilean Foreign Minister Ivo Dragan warned Peruvian President Karel Vasko against new tariffs.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
		{text: "Chilean Foreign Minister Ivo Dragan urged Peruvian President Karel Vasko at their meeting to reopen the border.",
			want: []string{fact(dragan, graph.MetWith, vasko)}},
	})
	checkNegatives(t, []negativeCase{
		// A news conference is no gathering of the two.
		{text: "At a news conference after the meeting, Chilean Foreign Minister Ivo Dragan urged Peruvian President Karel Vasko to reopen the border.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "At the meeting, Chilean Foreign Minister Ivo Dragan urged Peruvian President Karel Vasko to reopen the border.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// A call is no meeting.
		{text: "During a phone call, Chilean Foreign Minister Ivo Dragan urged Peruvian President Karel Vasko to reopen the border.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "During the talks, Chilean Foreign Minister Ivo Dragan urged Peruvian President Karel Vasko to reopen the border.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		// Addressed to reporters, about the other.
		{text: "At the summit, Chilean Foreign Minister Ivo Dragan told reporters that Peruvian President Karel Vasko had left.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "At the summit, Chilean Foreign Minister Ivo Dragan told Peruvian President Karel Vasko that reporters had left.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
	})
}

// TestPlaceTakenFrom checks that a place noun reaches the "from" that
// names whom it was taken from across the place's name and adjuncts
// (headAdjuncts), and only where a capture verb would read it.
func TestPlaceTakenFrom(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean troops retook the town of Tarma in northern Peru from Islamic State.",
			want: []string{fact("Chile", graph.Fights, "Islamic State")}},
		{text: "Chilean troops seized the airport near Lima on Sunday from Islamic State.",
			want: []string{fact("Chile", graph.Fights, "Islamic State")}},
	})
	checkNegatives(t, []negativeCase{
		// Fleeing a place is no capture.
		{text: "Chilean troops fled the town of Tarma in northern Peru from Islamic State.",
			not:       []string{fact("Chile", graph.Fights, "Islamic State")},
			companion: "Chilean troops retook the town of Tarma in northern Peru from Islamic State.",
			want:      []string{fact("Chile", graph.Fights, "Islamic State")}},
		// A comma ends the place's phrase.
		{text: "Chilean troops retook the town of Tarma, in northern Peru, from the north.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Chilean troops retook the town of Tarma in northern Peru from Islamic State.",
			want:      []string{fact("Chile", graph.Fights, "Islamic State")}},
	})
}

// TestProspectiveContact checks that talks only prepared, awaited or set as
// a condition (prospect-word) state no contact, while talks dated by
// "after" or "before" stand.
func TestProspectiveContact(t *testing.T) {
	dragan, vasko := "Ivo Dragan", "Karel Vasko"
	checkNegatives(t, []negativeCase{
		{text: "Peru set the withdrawal as a condition for a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Peru set the withdrawal aside after a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		{text: "Envoys met in Quito to prepare a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Envoys met in Quito after a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		{text: "Bolivia spoke ahead of talks between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko in Lima.",
			not:       []string{fact(dragan, graph.MetWith, vasko), fact(dragan, graph.SpokeWith, vasko)},
			companion: "Bolivia spoke after talks between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko in Lima.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
		{text: "Bolivia hopes to pave the way for a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			not:       []string{fact(dragan, graph.MetWith, vasko)},
			companion: "Bolivia hailed a meeting between Chilean Foreign Minister Ivo Dragan and Peruvian President Karel Vasko.",
			want:      []string{fact(dragan, graph.MetWith, vasko)}},
	})
}
