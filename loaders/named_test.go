package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A state or capital right before a gathering's noun names where it met:
// the state is no party to what the clause says of the gathering.
func TestGatheringPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya condemned the Lima meeting, and Uganda backed Peru.",
			want: []string{fact("Uganda", graph.Supports, "Peru")},
			not:  []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "The Lake Front denounced last week's Kampala summit and attacked Kenya.",
			want: []string{fact("Lake Front", graph.Fights, "Kenya")},
			not:  []string{fact("Lake Front", graph.Opposes, "Uganda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya condemned the Lima meeting on Monday.",
			not:       []string{fact("Kenya", graph.Opposes, "Peru")},
			companion: "Kenya condemned Lima on Monday.",
			want:      []string{fact("Kenya", graph.Opposes, "Peru")}},
		{text: "The Lake Front denounced last week's Kampala summit.",
			not:       []string{fact("Lake Front", graph.Opposes, "Uganda")},
			companion: "The Lake Front denounced Kampala last week.",
			want:      []string{fact("Lake Front", graph.Opposes, "Uganda")}},
		{text: "Mali rejected an Abuja conference on the border.",
			not:       []string{fact("Mali", graph.Opposes, "Nigeria")},
			companion: "Mali rejected Abuja's plan for the border.",
			want:      []string{fact("Mali", graph.Opposes, "Nigeria")}},
		{text: "Azerbaijan and Russia criticised the Brussels talks as one-sided.",
			not:       []string{fact("Azerbaijan", graph.Opposes, "Belgium"), fact("Russia", graph.Opposes, "Belgium")},
			companion: "Azerbaijan and Russia criticised Brussels as one-sided.",
			want:      []string{fact("Azerbaijan", graph.Opposes, "Belgium"), fact("Russia", graph.Opposes, "Belgium")}},
	})
}

// "X, whose Vantar Front holds the port": the person heads the body the
// relative names as his, a state's adjective before the name included;
// an aside after the name, or a kinsman between, makes it no office.
func TestWhoseNamedBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front holds the port, met Ugandan officials.",
			want: []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")}},
		{text: "Colonel Ilse Brandt, whose Kenyan Lake Guard Brigade patrols the coast, spoke to reporters.",
			want: []string{fact("Ilse Brandt", graph.HeadOf, "Kenyan Lake Guard Brigade")}},
		{text: "Commander Tomas Reyk, whose Northern Shield Movement seized the airport, denied the report.",
			want: []string{fact("Tomas Reyk", graph.HeadOf, "Northern Shield Movement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Vantar Front attacked the town. Colonel Ilse Brandt, whose brother leads the Vantar Front, spoke to reporters.",
			not:       []string{fact("Ilse Brandt", graph.HeadOf, "Vantar Front")},
			companion: "The Vantar Front attacked the town. Colonel Ilse Brandt, whose Vantar Front holds the port, spoke to reporters.",
			want:      []string{fact("Ilse Brandt", graph.HeadOf, "Vantar Front")}},
		{text: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front, a rival group, holds the port, met Ugandan officials.",
			not:       []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")},
			companion: "The Vantar Front attacked the town. General Oren Malvik, whose Vantar Front holds the port, met Ugandan officials.",
			want:      []string{fact("Oren Malvik", graph.HeadOf, "Vantar Front")}},
	})
}

// A state's possessive or adjective before a discovered body followed by
// a noun of an armed group or its fighters ("militia", "movement",
// "rebels", "group") names where the group fights, not one of the state's
// organs: no part-of. A body's own name with an organ's head keeps it.
func TestStateArmedGroupNoOrgan(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Peruvian Tarvol militia condemned Chile on Monday.",
			want: []string{fact("Tarvol", graph.Opposes, "Chile")},
			not:  []string{fact("Tarvol", graph.PartOf, "Peru")}},
		{text: "Chile condemned Peru's Tarvol movement on Monday.",
			want: []string{fact("Chile", graph.Opposes, "Tarvol")},
			not:  []string{fact("Tarvol", graph.PartOf, "Peru")}},
		{text: "Peru's Tarvol group attacked Chile on Monday.",
			want: []string{fact("Chile", graph.Fights, "Tarvol")},
			not:  []string{fact("Tarvol", graph.PartOf, "Peru")}},
		{text: "Peru's Tarvol rebels condemned Chile on Monday.",
			want: []string{fact("Tarvol rebels", graph.Opposes, "Chile")},
			not:  []string{fact("Tarvol rebels", graph.PartOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Missiles fired by Peru's Tarvol militia hit a Chilean ship, Chile said.",
			not:       []string{fact("Tarvol", graph.PartOf, "Peru")},
			companion: "Missiles fired by Peru's Tarvol Council hit a Chilean ship, Chile said.",
			want:      []string{fact("Peru's Tarvol Council", graph.PartOf, "Peru")}},
		{text: "The Peruvian Tarvol militia condemned Chile on Monday.",
			not:       []string{fact("Tarvol", graph.PartOf, "Peru")},
			companion: "The Peruvian Tarvol Council condemned Chile on Monday.",
			want:      []string{fact("Peruvian Tarvol Council", graph.PartOf, "Peru")}},
	})
}

// A public platform's name after "its" and before a medium's noun ("its
// Telegram channel", "its YouTube channel") is the owner's account on the
// platform, no body of its own and no part of the owner; a name of the
// owner's own before the same noun still is one.
func TestPlatformAccountNoBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad's defence ministry said on its Telegram channel that its troops had attacked the Lake Front.",
			want: []string{fact("Chad", graph.Fights, "Lake Front")},
			not:  []string{fact("Telegram channel", graph.PartOf, "Chad's defence ministry")}},
		{text: "The Lake Front said on its YouTube channel that it had attacked Kenya.",
			want: []string{fact("Kenya", graph.Fights, "Lake Front")},
			not:  []string{fact("YouTube", graph.PartOf, "Lake Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad's defence ministry said on its Telegram channel that its troops had crossed the river.",
			not:       []string{fact("Telegram channel", graph.PartOf, "Chad's defence ministry")},
			companion: "Chad's defence ministry said on its Rivo channel that its troops had crossed the river.",
			want:      []string{fact("Rivo", graph.PartOf, "Chad's defence ministry")}},
		{text: "The Lake Front said on its Facebook page that it had attacked Kenya.",
			not:       []string{fact("Facebook", graph.PartOf, "Lake Front"), fact("Facebook page", graph.PartOf, "Lake Front")},
			companion: "The Lake Front said on its Sentinel channel that it had attacked Kenya.",
			want:      []string{fact("Sentinel", graph.PartOf, "Lake Front")}},
	})
}

// A state after "to" that ends the object of a verb of motion ("sent
// thousands of fighters to Niger", "sent more than 2,000 troops to Niger")
// is where they went, no actor: the purpose clause after it is the
// sender's. Support given "to" a state keeps the state an actor.
func TestMotionDestinationAfterLongObject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad has sent thousands of fighters to Niger to fight alongside the Malian army.",
			want: []string{fact("Chad", graph.CooperatesWith, "Malian army")},
			not:  []string{fact("Niger", graph.CooperatesWith, "Malian army")}},
		{text: "Chad has sent more than 2,000 elite troops to Niger to back the Malian army.",
			want: []string{fact("Chad", graph.Supports, "Malian army")},
			not:  []string{fact("Niger", graph.Supports, "Malian army")}},
		{text: "Chad has sent three battalions of its special forces to Niger to back the Malian army against the Lake Front.",
			want: []string{fact("Chad", graph.Supports, "Malian army")},
			not:  []string{fact("Niger", graph.Supports, "Malian army")}},
		{text: "Chad gave military support to Niger.",
			want: []string{fact("Chad", graph.Supports, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad has sent thousands of fighters to Niger to fight alongside the Malian army.",
			not:       []string{fact("Niger", graph.CooperatesWith, "Malian army")},
			companion: "Chad and Niger fought alongside the Malian army.",
			want:      []string{fact("Niger", graph.CooperatesWith, "Malian army")}},
	})
}

// A backing participle right after a noun of an act or a text ("an
// offensive supported by Kenya", "a coup backed by the junta", "the Chad
// plan backed by Niger") qualifies that noun, not the name before it; after
// a state that only places it, a body's head ("the main Chad opposition
// party backed by Niger") does as well. Right after the name, or its
// relative pronoun, the participle is the name's.
func TestParticipleOfNoun(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chad seized the town from the Lake Front in 2016 in an offensive supported by Kenya.",
			not:       []string{fact("Kenya", graph.Supports, "Lake Front")},
			companion: "Chad seized the town from the Lake Front, which is supported by Kenya.",
			want:      []string{fact("Kenya", graph.Supports, "Lake Front")}},
		{text: "Niger invaded after a coup backed by the junta then ruling Chad.",
			not:       []string{fact("junta", graph.Supports, "Niger")},
			companion: "Niger invaded after the Lake Front backed by the junta then ruling Chad took the town.",
			want:      []string{fact("junta", graph.Supports, "Lake Front")}},
		{text: "Kenya rejected the Chad plan backed by Niger.",
			not:       []string{fact("Niger", graph.Supports, "Chad")},
			companion: "Kenya rejected the Lake Front backed by Niger.",
			want:      []string{fact("Niger", graph.Supports, "Lake Front")}},
		{text: "Police arrested Oren Malvik, the leader of the main Chad opposition party backed by Niger.",
			not:       []string{fact("Niger", graph.Supports, "Chad")},
			companion: "Chad sent the Lake Front militia backed by Kenya to the border.",
			want:      []string{fact("Kenya", graph.Supports, "Lake Front")}},
	})
}

// A body's or state's name right before a plural noun of people who study
// or watch it ("UN experts", "EU observers") only says whose panel it is,
// as a state's adjective would: the name states no fact of its own, and a
// name listed before it still does.
func TestOutsiderPluralAfterName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya and UN experts condemned Chad.",
			want: []string{fact("Kenya", graph.Opposes, "Chad")},
			not:  []string{fact("United Nations", graph.Opposes, "Chad")}},
		{text: "UN monitors said Chad attacked the Lake Front.",
			want: []string{fact("Chad", graph.Fights, "Lake Front")},
			not:  []string{fact("United Nations", graph.Fights, "Lake Front")}},
		// A body's activists act for it.
		{text: "Hamas activists fired rockets at Peru.",
			want: []string{fact("Hamas", graph.Fights, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "UN experts accused Chad of arming the Lake Front.",
			not:       []string{fact("United Nations", graph.Opposes, "Chad")},
			companion: "The UN accused Chad of arming the Lake Front.",
			want:      []string{fact("United Nations", graph.Opposes, "Chad")}},
		{text: "EU investigators condemned Chad on Monday.",
			not:       []string{fact("European Union", graph.Opposes, "Chad")},
			companion: "EU officials condemned Chad on Monday.",
			want:      []string{fact("European Union", graph.Opposes, "Chad")}},
	})
}

// A state's adjective in the title before "and" carries on to the next
// title ("Iraqi President X and Prime Minister Y"), but not to the same
// office of the state's again: a state has one president, prime minister,
// foreign and defence minister, so "Kenyan President X and President Y"
// names Y the president of another state, unsaid.
func TestSharedStateNotSameOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenyan Foreign Minister Oren Malvik and Defence Minister Tomas Reyk met in Nairobi.",
			want: []string{fact("Tomas Reyk", graph.DefenseMinisterOf, "Kenya"), fact("Oren Malvik", graph.ForeignMinisterOf, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The protocol was signed by Kenyan President Oren Malvik and President Tomas Reyk at a meeting in Nairobi.",
			not:       []string{fact("Tomas Reyk", graph.PresidentOf, "Kenya")},
			companion: "The protocol was signed by Kenyan President Oren Malvik and Prime Minister Tomas Reyk at a meeting in Nairobi.",
			want:      []string{fact("Tomas Reyk", graph.PrimeMinisterOf, "Kenya")}},
		{text: "Kenyan Foreign Minister Oren Malvik and Foreign Minister Tomas Reyk met in Nairobi.",
			not:       []string{fact("Tomas Reyk", graph.ForeignMinisterOf, "Kenya")},
			companion: "Kenyan Foreign Minister Oren Malvik and Ugandan Foreign Minister Tomas Reyk met in Nairobi.",
			want:      []string{fact("Tomas Reyk", graph.ForeignMinisterOf, "Uganda")}},
	})
}

// A personal pronoun right after a relative pronoun ("which it accuses
// Chad of arming") or right after a name set off by a comma ("a Tarvol
// militia it accuses Chad of ...") is the relative clause's own subject:
// the name before is its object, never the one who accuses; after "that"
// on a group's noun, "it" is not that group either. A reporting verb after
// the pronoun ("which they say attacked Chad") leaves the clause the
// name's.
func TestRelativeClauseOwnPronoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya is fighting the Lake Front, which it accuses Chad of arming.",
			want: []string{fact("Kenya", graph.Fights, "Lake Front")},
			not:  []string{fact("Lake Front", graph.Opposes, "Chad")}},
		{text: "Kenya is fighting the Lake Front, a Tarvol militia it accuses Chad of arming.",
			want: []string{fact("Kenya", graph.Fights, "Lake Front")},
			not:  []string{fact("Tarvol", graph.Opposes, "Chad")}},
		{text: "Kenya says it is defending itself against the Lake Front, a Tarvol militia that it accuses Chad of working with.",
			want: []string{fact("Kenya", graph.Opposes, "Chad")},
			not:  []string{fact("Tarvol", graph.Opposes, "Chad")}},
		{text: "The Lake Front, which they say attacked Chad, denied it.",
			want: []string{fact("Chad", graph.Fights, "Lake Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Kenya is fighting the Lake Front, which it accuses Chad of arming.",
			not:       []string{fact("Lake Front", graph.Opposes, "Chad")},
			companion: "Kenya is fighting the Lake Front, which accuses Chad of arming Niger.",
			want:      []string{fact("Lake Front", graph.Opposes, "Chad")}},
	})
}

// A body the article describes as an opposition or an armed band is no
// organ of the state whose adjective or possessive opens its name,
// wherever in the article the description stands: a dissent word before
// the name, or inside an appositive after it (its acronym in brackets
// between, or a relative clause whose copula leads to the noun phrase).
// A relative clause with another verb describes someone else.
func TestBodyDescribedAsOpposition(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The opposition Peruvian National Council condemned the veto.",
			not:       []string{fact("Peruvian National Council", graph.PartOf, "Peru")},
			companion: "The Peruvian National Council condemned the veto.",
			want:      []string{fact("Peruvian National Council", graph.PartOf, "Peru")}},
		{text: "The Peruvian Unity Council condemned the veto.\n\nThe Peruvian Unity Council, the main rebel alliance, said it would fight on.",
			not:       []string{fact("Peruvian Unity Council", graph.PartOf, "Peru")},
			companion: "The Peruvian Unity Council condemned the veto.\n\nThe Peruvian Unity Council, the main state council, said it would act.",
			want:      []string{fact("Peruvian Unity Council", graph.PartOf, "Peru")}},
		{text: "The Chilean Unity Council, which until now had been the main opposition group in exile, condemned the veto.",
			not:       []string{fact("Chilean Unity Council", graph.PartOf, "Chile")},
			companion: "The Chilean Unity Council, which until now had sent the main envoy to talks, condemned the veto.",
			want:      []string{fact("Chilean Unity Council", graph.PartOf, "Chile")}},
		{text: "The Chilean Security Council, an exiled dissident body, condemned the veto.",
			not:       []string{fact("Chilean Security Council", graph.PartOf, "Chile")},
			companion: "The Chilean Security Council, a state body, condemned the veto.",
			want:      []string{fact("Chilean Security Council", graph.PartOf, "Chile")}},
	})
	checkFacts(t, []factCase{
		// The relative clause's verb is no copula: the rebels are others.
		{text: "The Ecuadorian Unity Council, which fought the rebel forces, condemned the veto.",
			want: []string{fact("Ecuadorian Unity Council", graph.PartOf, "Ecuador")}},
		// "paramilitary" is no dissent: a state's own forces may be so.
		{text: "The Ecuadorian Unity Council condemned the veto.\n\nThe Ecuadorian Unity Council, the main paramilitary force, said so.",
			want: []string{fact("Ecuadorian Unity Council", graph.PartOf, "Ecuador")}},
	})
}
