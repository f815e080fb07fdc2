package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list of choices under one verb of appointment: each "as" after the
// first is a choice too (roles19).
func TestChoicesInAList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The forum met near Geneva. Its members elected a new executive on Friday, choosing businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want: []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
		{text: "The congress appointed lawyer Lisa Maren as its secretary and Colonel Tomas Rell as head of the Lakeside Patriotic Front.",
			want: []string{fact("Tomas Rell", graph.HeadOf, "Lakeside Patriotic Front")}},
	})
	checkNegatives(t, []negativeCase{
		// No verb of choice before: "as" compares.
		{text: "The forum met near Geneva. Businessman Omar Zand spoke as a donor and former ambassador Ardo Velk as head of the Presidential Council would.",
			not:       []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")},
			companion: "The forum met near Geneva. The forum elected businessman Omar Zand as prime minister and former ambassador Ardo Velk as head of the Presidential Council.",
			want:      []string{fact("Ardo Velk", graph.HeadOf, "Presidential Council")}},
	})
}

// To recognise someone as an office's holder says he holds it, and a
// word of standing may stand between the state and its office (issue 10,
// session 19): "the bloc recognised X as Niger's legitimate head of
// state".
func TestRecognisedAsHolder(t *testing.T) {
	const intro = "General Oskar Veldin spoke on Sunday. "
	checkFacts(t, []factCase{
		{text: intro + "The regional bloc still recognised Veldin as Peru's legitimate head of state.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		{text: intro + "Chile recognises Veldin as the legitimate president of Peru.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		{text: intro + "Parliament appointed Veldin as Peru's interim prime minister.",
			want: []string{fact("Oskar Veldin", graph.PrimeMinisterOf, "Peru")}},
		{text: "Oskar Veldin, Peru's head of state, spoke on Sunday.",
			want: []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: recognised as no office.
		{text: intro + "Chile recognised Veldin as a threat to Peru.",
			not:       []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")},
			companion: intro + "Chile recognised Veldin as Peru's president.",
			want:      []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
		// Near miss: the office is another person's, named after it.
		{text: intro + "Chile recognised Veldin as an envoy of Peru's President Mira Castell.",
			not:       []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")},
			companion: intro + "Chile recognised Veldin as Peru's legitimate president.",
			want:      []string{fact("Oskar Veldin", graph.PresidentOf, "Peru")}},
	})
}

// A state, or its government, ruled or headed by a holder of a bare state
// office gives him that office of the state (roles20).
func TestGoverningHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's cabinet, chaired by Prime Minister Omar Zand, approved the budget.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")}},
		{text: "Chile, ruled by President Tom Bell since 2005, closed its border.",
			want: []string{fact("Tom Bell", graph.PresidentOf, "Chile")}},
		{text: "The Bolivian government, which is led by President Ana Rios, rejected the plan.",
			want: []string{fact("Ana Rios", graph.PresidentOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// A visit is no rule.
		{text: "Chile, visited by President Ana Rios, closed its border.",
			not:       []string{fact("Ana Rios", graph.PresidentOf, "Chile")},
			companion: "Chile, ruled by President Ana Rios, closed its border.",
			want:      []string{fact("Ana Rios", graph.PresidentOf, "Chile")}},
		// Another noun of the state is no government.
		{text: "Peru's trade council, chaired by Prime Minister Omar Zand, met.",
			not:       []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")},
			companion: "Peru's cabinet, chaired by Prime Minister Omar Zand, met.",
			want:      []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")}},
		// A state's office named in the title is that state's.
		{text: "Peru's cabinet, chaired by Chilean Prime Minister Omar Zand, met.",
			not:       []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")},
			companion: "Peru's cabinet, chaired by Prime Minister Omar Zand, met.",
			want:      []string{fact("Omar Zand", graph.PrimeMinisterOf, "Peru")}},
	})
}

// A delegation's second verb after its head lists more of its members,
// who serve its state unless they head a body of their own (roles20b).
func TestDelegationAlsoIncluded(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's delegation was headed by Omar Zand, a senior aide to the president, and included Deputy Foreign Minister Ivo Dragan.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru"), fact("Ivo Dragan", graph.MemberOf, "Peru")}},
		{text: "The Chilean team was led by Defence Minister Tom Bell and also included Petra Novak, the first deputy interior minister.",
			want: []string{fact("Tom Bell", graph.DefenseMinisterOf, "Chile"), fact("Petra Novak", graph.MemberOf, "Chile")}},
		{text: "A Bolivian delegation, led by Ana Rios, arrived in Geneva and included Deputy Trade Minister Milan Horvat.",
			want: []string{fact("Ana Rios", graph.MemberOf, "Bolivia"), fact("Milan Horvat", graph.MemberOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// Another state's team after the head owns the verb.
		{text: "Peru's delegation was led by Omar Zand, and Chile's team included Deputy Foreign Minister Ivo Dragan.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Peru")},
			companion: "Peru's delegation was led by Omar Zand and included Deputy Foreign Minister Ivo Dragan.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Peru")}},
		// A delegate named as a body's head serves that body.
		{text: "Peru's delegation was led by Omar Zand and included Ivo Dragan, the head of the Andean Water Authority.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Peru")},
			companion: "Peru's delegation was led by Omar Zand and included Ivo Dragan, a deputy foreign minister.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Peru")}},
	})
}

// A person with a bare office who reports what a state will or can do
// holds that state's office (roles20b).
func TestSpokenForStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Ivo Dragan, who has visited the region twice, later said that Peru could join the alliance.",
			want: []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")}},
		{text: "President Ana Rios signed the law on Monday and told lawmakers that Chile would defend every inch of its border.",
			want: []string{fact("Ana Rios", graph.PresidentOf, "Chile")}},
		{text: "On Friday, Prime Minister Omar Zand said Bolivia will not pay the debt.",
			want: []string{fact("Omar Zand", graph.PrimeMinisterOf, "Bolivia")}},
		// Named with the office in one sentence, he speaks in the next.
		{text: "Government spokesman Tom Bell told reporters that the posts lay on the frontier. He said the nation was in mourning and that Chile would not give up the fight.",
			want: []string{fact("Tom Bell", graph.SpokespersonOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// What another state must do is a demand, not a pledge.
		{text: "Foreign Minister Ivo Dragan said that Peru must withdraw its troops.",
			not:       []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")},
			companion: "Foreign Minister Ivo Dragan said that Peru would withdraw its troops.",
			want:      []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")}},
		// A reference to one named without an office says nothing.
		{text: "Tom Bell told reporters that the posts lay on the frontier. He said that Chile would not give up the fight.",
			not:       []string{fact("Tom Bell", graph.SpokespersonOf, "Chile")},
			companion: "Government spokesman Tom Bell told reporters that the posts lay on the frontier. He said that Chile would not give up the fight.",
			want:      []string{fact("Tom Bell", graph.SpokespersonOf, "Chile")}},
		// Another person before the state may be the one who speaks.
		{text: "Foreign Minister Ivo Dragan met Tom Bell, who said Peru would withdraw its troops.",
			not:       []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")},
			companion: "Foreign Minister Ivo Dragan met the envoy and said Peru would withdraw its troops.",
			want:      []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")}},
	})
}

// "A's delegation was led by X and B's by Y": the other delegations'
// heads, with the noun and the verb left out (roles20b).
func TestElidedDelegations(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's delegation was led by Deputy Foreign Minister Omar Zand and Chile's by Deputy Foreign Minister Ivo Dragan.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru"), fact("Ivo Dragan", graph.MemberOf, "Chile")}},
		{text: "Peru's team was headed by Omar Zand, Chile's by General Ivo Dragan.",
			want: []string{fact("Omar Zand", graph.MemberOf, "Peru"), fact("Ivo Dragan", graph.MemberOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// With no delegation's head read before, "'s by" says nothing.
		{text: "Peru's delegation arrived. Chile's by General Ivo Dragan was no better.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Chile")},
			companion: "Peru's delegation was led by Omar Zand and Chile's by General Ivo Dragan.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Chile")}},
	})
}

// TestDescribedBodyHeads checks that a body named again by a description
// ("the mission", "the regional force", "the paramilitary group") before
// a passive "headed/led/commanded/run by" is the body named before with
// that noun, and that its head is the person after "by".
func TestDescribedBodyHeads(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Joint Observer Mission opened an office in Tarvo. The mission is headed by Lena Ortis, a Chilean diplomat.",
			want: []string{fact("Lena Ortis", graph.HeadOf, "Joint Observer Mission")}},
		{text: "Troops of the Coastal Stabilisation Force reached Tarvo on Monday. The regional force is commanded by Maj Gen Omar Zand, a Kenyan officer.",
			want: []string{fact("Omar Zand", graph.HeadOf, "Coastal Stabilisation Force")}},
		{text: "The Lakeside Patriotic Front seized the town. The armed group is run by Corvin Ladeau, a former teacher.",
			want: []string{fact("Corvin Ladeau", graph.HeadOf, "Lakeside Patriotic Front")}},
		{text: "The Joint Observer Mission opened an office in Tarvo. The observer mission, led by Lena Ortis, has 90 staff.",
			want: []string{fact("Lena Ortis", graph.HeadOf, "Joint Observer Mission")}},
	})
	checkNegatives(t, []negativeCase{
		// Near miss: no body named before holds the noun.
		{text: "The Joint Observer Mission opened an office in Tarvo. The offensive was led by Lena Ortis, a Chilean general.",
			not:       []string{fact("Lena Ortis", graph.HeadOf, "Joint Observer Mission")},
			companion: "The Joint Observer Mission opened an office in Tarvo. The mission was led by Lena Ortis, a Chilean general.",
			want:      []string{fact("Lena Ortis", graph.HeadOf, "Joint Observer Mission")}},
	})
}
