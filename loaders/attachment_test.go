package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestHelpAdjunctAfterAgentInObject checks that "with the help of Y" after
// the agent of a participle that qualifies the clause's object ("took the
// villages once held by X with the help of Y") is the clause subject's
// help, not the agent's; the agent of a passive of its own keeps it.
func TestHelpAdjunctAfterAgentInObject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian army has recaptured the villages once held by the Borduria Front with the help of Chile.",
			want: []string{fact("Chile", graph.Supports, "Peruvian army")},
			not:  []string{fact("Chile", graph.Supports, "Borduria Front")}},
		{text: "Peru seized the towns controlled by the Borduria Front with the help of Chile.",
			want: []string{fact("Chile", graph.Supports, "Peru")},
			not:  []string{fact("Chile", graph.Supports, "Borduria Front")}},
		{text: "Bolivia retook the hills formerly occupied by the Vantor Front with the backing of Chile.",
			want: []string{fact("Chile", graph.Supports, "Bolivia")},
			not:  []string{fact("Chile", graph.Supports, "Vantor Front")}},
		// The agent of the clause's own passive, or of a participle in
		// the subject, is the one helped.
		{text: "The offensive launched by the Borduria Front with the help of Chile began in May.",
			want: []string{fact("Chile", graph.Supports, "Borduria Front")}},
		{text: "The town had been held by the Borduria Front with the help of Chile.",
			want: []string{fact("Chile", graph.Supports, "Borduria Front")}},
		{text: "The truce was brokered by Qatar with the support of Egypt.",
			want: []string{fact("Egypt", graph.Supports, "Qatar")}},
	})
}

// TestNamedPartyBeforeOffice checks that a body noun before an office
// ("party leader X") refers back to the body named before only when no
// capitalised name stands before the noun: "Blue Dawn party leader X"
// leads a party the lexicon lacks.
func TestNamedPartyBeforeOffice(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front attacked the town of Sel on Monday.\n\nBlue and White party leader Anton Belz said the prime minister was lying.",
			not:       []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked the town of Sel on Monday.\n\nThe party leader Anton Belz said the prime minister was lying.",
			want:      []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front attacked the town of Sel on Monday.\n\nGreen Dawn party chairman Anton Belz called for calm.",
			not:       []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked the town of Sel on Monday.\n\nParty chairman Anton Belz called for calm.",
			want:      []string{fact("Anton Belz", graph.HeadOf, "Borduria Front")}},
	})
}

// TestSpeakerOfReportedNounClause checks that a person who tells or warns
// "that" a noun of its own did something ("that the raid killed X", "that
// the fight against X was not over") only reports it, leader or not; a
// speaker of his own deed, or a clause with a pronoun subject, keeps it.
func TestSpeakerOfReportedNounClause(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peruvian Defense Minister Anton Belz told reporters that the raid also killed several fighters of the Borduria Front.",
			not:       []string{fact("Anton Belz", graph.Fights, "Borduria Front")},
			companion: "Peruvian Defense Minister Anton Belz said Peru attacked the Borduria Front in Cusco.",
			want:      []string{fact("Peru", graph.Fights, "Borduria Front")}},
		{text: "Chilean Prime Minister Anton Belz welcomed the news but warned that the fight against the Borduria Front was not over.",
			not:       []string{fact("Anton Belz", graph.Fights, "Borduria Front")},
			companion: "Chilean Prime Minister Anton Belz welcomed the news and vowed to fight the Borduria Front.",
			want:      []string{fact("Anton Belz", graph.Fights, "Borduria Front")}},
	})
	checkFacts(t, []factCase{
		// A relative "that" after a noun is no reported clause.
		{text: "Anton Belz, who led the offensive that drove the Borduria Front from Cusco, arrived in Lima.",
			want: []string{fact("Anton Belz", graph.Fights, "Borduria Front")}},
	})
}

// TestDelegationHeadOffice checks the office a delegation's head takes
// from the appositive after his name: a title followed by another name's
// possessive is that name's ("President X's special envoy" makes the head
// an envoy, not a president), and a head the sentence makes an officer of
// another body ("the Front's chief negotiator") is no member of the state
// a place names.
func TestDelegationHeadOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Russian delegation was led by Anton Belz, President Vladimir Putin's special envoy for Chile.",
			want: []string{fact("Anton Belz", graph.EnvoyOf, "Russia")},
			not:  []string{fact("Anton Belz", graph.PresidentOf, "Russia")}},
		{text: "The Peruvian delegation was led by Anton Belz, President Ivo Tarsh's special envoy for Chile.",
			want: []string{fact("Anton Belz", graph.EnvoyOf, "Peru")},
			not:  []string{fact("Anton Belz", graph.PresidentOf, "Peru")}},
		{text: "The Peruvian delegation was led by Anton Belz, the special presidential envoy for Chile.",
			want: []string{fact("Anton Belz", graph.EnvoyOf, "Peru")}},
		{text: "Talks were held with the Lima delegation led by Anton Belz, the Borduria Front's chief negotiator and spokesman.",
			want: []string{fact("Anton Belz", graph.SpokespersonOf, "Borduria Front")},
			not:  []string{fact("Anton Belz", graph.MemberOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Talks were held with the Lima delegation led by Anton Belz, the Borduria Front's chief negotiator.",
			not:       []string{fact("Anton Belz", graph.MemberOf, "Peru")},
			companion: "Talks were held with the Lima delegation led by Anton Belz.",
			want:      []string{fact("Anton Belz", graph.MemberOf, "Peru")}},
	})
}

// TestDescriptiveAdjectiveNamesNoGroup checks that a capitalised adjective
// that describes an armed group without saying which ("Islamist
// militants") names no group, while an unknown word before the same noun
// ("Vantori insurgents") still does.
func TestDescriptiveAdjectiveNamesNoGroup(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peruvian troops fought Islamist insurgents near Cusco.",
			not:       []string{fact("Islamist insurgents", graph.Fights, "Peru"), fact("Peru", graph.Fights, "Islamist insurgents")},
			companion: "Peruvian troops fought Vantori insurgents near Cusco.",
			want:      []string{fact("Peru", graph.Fights, "Vantori insurgents")}},
		{text: "Peru is a key partner of Chile in the fight against Islamist militants in the south.",
			not:       []string{fact("Chile", graph.Fights, "Islamist militants")},
			companion: "Peru is a key partner of Chile in the fight against the Vantor Front in the south.",
			want:      []string{fact("Chile", graph.Fights, "Vantor Front")}},
	})
}

// TestNameBeforeDealNoun checks that a name right before the noun of a
// deal or plan it qualifies ("backing a Borduria Front plan", "backs the
// Peru peace roadmap") is not what is backed; a name that ends its phrase
// is.
func TestNameBeforeDealNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chile vetoed a UN resolution backing an Arab League plan for Peru.",
			not:       []string{fact("United Nations", graph.Supports, "Arab League"), fact("Chile", graph.Supports, "Arab League")},
			companion: "The UN backed the Arab League on Monday.",
			want:      []string{fact("United Nations", graph.Supports, "Arab League")}},
		{text: "The UN Security Council backs the Peru peace roadmap.",
			not:       []string{fact("UN Security Council", graph.Supports, "Peru")},
			companion: "The UN Security Council backs Peru in its dispute.",
			want:      []string{fact("UN Security Council", graph.Supports, "Peru")}},
	})
}

// TestGroupMetAnObject checks that people of one side who "met" an object
// of the verb ("met their Chilean counterparts") did not meet each other;
// the same people who met with no object did.
func TestGroupMetAnObject(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peruvian Foreign Minister Anton Belz and Peruvian Defense Minister Ivo Tarsh met their Chilean counterparts on Monday.",
			not:       []string{fact("Anton Belz", graph.MetWith, "Ivo Tarsh")},
			companion: "Peruvian Foreign Minister Anton Belz and Peruvian Defense Minister Ivo Tarsh met on Monday.",
			want:      []string{fact("Anton Belz", graph.MetWith, "Ivo Tarsh")}},
		{text: "The president arrived with Peruvian Foreign Minister Anton Belz and Peruvian Defense Minister Ivo Tarsh, who also met their Chilean counterparts.",
			not:       []string{fact("Anton Belz", graph.MetWith, "Ivo Tarsh")},
			companion: "The president arrived with Peruvian Foreign Minister Anton Belz and Peruvian Defense Minister Ivo Tarsh, who also met in Lima.",
			want:      []string{fact("Anton Belz", graph.MetWith, "Ivo Tarsh")}},
	})
}

// TestPluralRelativeAfterPerson checks that a relative clause with a verb
// in the plural after a person and an appositive ("X, the spokesman of the
// Front, who are fighting Y,") is the clause of the body the appositive
// names, not the person's; a verb in the singular keeps the person.
func TestPluralRelativeAfterPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Anton Belz, the spokesman of the Borduria Front, who are fighting the Peruvian army, said ten drones had been sent.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")},
			not:  []string{fact("Anton Belz", graph.Fights, "Peruvian army")}},
		{text: "Anton Belz, a leader of the Borduria Front, who were fighting Chilean troops near Arica, was arrested.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")},
			not:  []string{fact("Anton Belz", graph.Fights, "Chile")}},
		{text: "Anton Belz, a commander of the Vantor Front, who were battling Chilean troops near Arica, was killed on Monday.",
			want: []string{fact("Chile", graph.Fights, "Vantor Front")},
			not:  []string{fact("Anton Belz", graph.Fights, "Chile")}},
		{text: "Anton Belz, the spokesman of the Borduria Front, who have attacked the Peruvian army, spoke to reporters.",
			want: []string{fact("Borduria Front", graph.Fights, "Peruvian army")},
			not:  []string{fact("Anton Belz", graph.Fights, "Peruvian army")}},
		// The singular is the person's.
		{text: "Anton Belz, the spokesman of the Borduria Front, who has fought the Peruvian army for years, said ten drones had been sent.",
			want: []string{fact("Anton Belz", graph.Fights, "Peruvian army")}},
	})
}
