package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A possessive's description apposed to a body's name says how that body
// stands to the one the possessive refers to (possessedBody).
func TestPossessedBody(t *testing.T) {
	checkFacts(t, []factCase{
		// A part: the named body is part of the possessor.
		{text: "The Borduria Front and its armed wing, the Tarsh Brigades, attacked the town on Monday.",
			want: []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")}},
		{text: "The Borduria Front rejected the offer. Its armed wing, the Tarsh Brigades, kept firing.",
			want: []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")}},
		// Two bodies in the sentence before: its subject.
		{text: "The Borduria Front met the Lake Movement on Monday. Its armed wing, the Tarsh Brigades, kept firing.",
			want: []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")},
			not:  []string{fact("Tarsh Brigades", graph.PartOf, "Lake Movement")}},
		{text: "The parties were the Vantar Council and its military wing the Vantar Defence Forces, the Lake Movement and others.",
			want: []string{fact("Vantar Defence Forces", graph.PartOf, "Vantar Council")}},
		// An umbrella: the possessor is a member of it.
		{text: "The rebels took the airport, where the Borduria Front and its political umbrella, the Joint Alliance for Change (JAC), routed the army.",
			want: []string{fact("Borduria Front", graph.MemberOf, "Joint Alliance for Change")}},
		// An ally.
		{text: "The court said Karel Novak had led the Borduria Front and its political ally, the Joint Alliance for Change, for years.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Joint Alliance for Change")}},
		// A person's party, the person named as the sentence before's
		// subject.
		{text: "Karel Novak, the leader of the Borduria Front, did not comment. His party, the Union for Progress (UP), called the verdict unfair.",
			want: []string{fact("Karel Novak", graph.MemberOf, "Union for Progress")}},
	})
	checkNegatives(t, []negativeCase{
		// Two bodies before "its": whose wing is unsure.
		{text: "The Borduria Front attacked the Lake Movement, and its armed wing, the Tarsh Brigades, fled.",
			not:       []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front"), fact("Tarsh Brigades", graph.PartOf, "Lake Movement")},
			companion: "The Borduria Front and its armed wing, the Tarsh Brigades, attacked the town on Monday.",
			want:      []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")}},
		// Two bodies in the sentence before, neither its subject.
		{text: "In Vantar, envoys of the Borduria Front met the Lake Movement. Its armed wing, the Tarsh Brigades, kept firing.",
			not:       []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front rejected the offer. Its armed wing, the Tarsh Brigades, kept firing.",
			want:      []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")}},
		// "his" is a person's: a body before it owns no party of his.
		{text: "The Borduria Front rejected the offer. His party, the Union for Progress (UP), called the verdict unfair.",
			not:       []string{fact("Borduria Front", graph.MemberOf, "Union for Progress")},
			companion: "Karel Novak, the leader of the Borduria Front, did not comment. His party, the Union for Progress (UP), called the verdict unfair.",
			want:      []string{fact("Karel Novak", graph.MemberOf, "Union for Progress")}},
		// A noun that goes on past the noun is no apposition.
		{text: "The Borduria Front and its coalition partner, the Lake Movement, attacked the town.",
			not:       []string{fact("Borduria Front", graph.MemberOf, "Lake Movement")},
			companion: "The rebels took the airport, where the Borduria Front and its political umbrella, the Joint Alliance for Change (JAC), routed the army.",
			want:      []string{fact("Borduria Front", graph.MemberOf, "Joint Alliance for Change")}},
	})
}

// "its" before a body's name makes the body its own only within one noun
// phrase: a preposition between ends the phrase ("its war against X").
func TestItsBodyStopsAtPreposition(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front said its elite Tarsh Brigade had taken the town.",
			want: []string{fact("Tarsh Brigade", graph.PartOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front said it would press its war against Kestrel, a militant group that holds the hills.",
			not:       []string{fact("Kestrel", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front said its elite Tarsh Brigade had taken the town.",
			want:      []string{fact("Tarsh Brigade", graph.PartOf, "Borduria Front")}},
		{text: "The Borduria Front will use the drones in its war on Kestrel, a militant group that holds the hills.",
			not:       []string{fact("Kestrel", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front said its elite Tarsh Brigade had taken the town.",
			want:      []string{fact("Tarsh Brigade", graph.PartOf, "Borduria Front")}},
	})
}

// "its" opening a clause after the main one ("..., when its spokesman,
// X, said") is the main clause's subject's, not the object's named last.
func TestItsOfficeInNewClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front ordered the Lake Movement out of the town in March, when its spokesman, Karel Novak, said the truce was over.",
			want: []string{fact("Karel Novak", graph.SpokespersonOf, "Borduria Front")},
			not:  []string{fact("Karel Novak", graph.SpokespersonOf, "Lake Movement")}},
		{text: "The Borduria Front ordered the Lake Movement out of the town, after its spokesman, Karel Novak, said the truce was over.",
			want: []string{fact("Karel Novak", graph.SpokespersonOf, "Borduria Front")},
			not:  []string{fact("Karel Novak", graph.SpokespersonOf, "Lake Movement")}},
		{text: "The Borduria Front ordered the Lake Movement out of the town, and its spokesman, Karel Novak, said the truce was over.",
			want: []string{fact("Karel Novak", graph.SpokespersonOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A place opening the sentence is no subject that owns offices.
		{text: "In Ruritania, officials met the Lake Movement on Monday, when its spokesman, Karel Novak, said the truce was over.",
			not:       []string{fact("Karel Novak", graph.SpokespersonOf, "Ruritania")},
			companion: "The Borduria Front ordered the Lake Movement out of the town in March, when its spokesman, Karel Novak, said the truce was over.",
			want:      []string{fact("Karel Novak", graph.SpokespersonOf, "Borduria Front")}},
	})
}

// "whose" before a possessive's description is the body the relative
// clause hangs on, perhaps after a description of it.
func TestPossessedBodyWhose(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The strikes hit the Lake Party (LP), the Kurdish party whose armed wing, the Vantar Protection Units (VPU), Ruritania regards as a threat.",
			want: []string{fact("Vantar Protection Units", graph.PartOf, "Lake Party")}},
		{text: "Officials met the Borduria Front, whose armed wing, the Tarsh Brigades, rejected the talks.",
			want: []string{fact("Tarsh Brigades", graph.PartOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb between the name and "whose": another clause's.
		{text: "The strikes hit the Lake Party, and officials said whose armed wing, the Vantar Protection Units, was unclear.",
			not:       []string{fact("Vantar Protection Units", graph.PartOf, "Lake Party")},
			companion: "The strikes hit the Lake Party (LP), the Kurdish party whose armed wing, the Vantar Protection Units (VPU), Ruritania regards as a threat.",
			want:      []string{fact("Vantar Protection Units", graph.PartOf, "Lake Party")}},
	})
}

// "its" before a noun of another party and a body's name ("its rival X",
// "its old foe X") names a counterpart of the owner, not one of its parts.
func TestItsCounterpartIsNoPart(t *testing.T) {
	const companion = "The Borduria Front said its elite Tarsh Brigade had taken the town."
	part := fact("Tarsh Brigade", graph.PartOf, "Borduria Front")
	checkFacts(t, []factCase{
		{text: "The Borduria Front clashed with its rival Tarsh Brigade on Monday.",
			want: []string{fact("Borduria Front", graph.Fights, "Tarsh Brigade")},
			not:  []string{part}},
		{text: "Ghana attacked the Borduria Front and its arch-rival Tarsh Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Tarsh Brigade")},
			not:  []string{part}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front and its rival Tarsh Brigade held the hills.",
			not: []string{part}, companion: companion, want: []string{part}},
		{text: "The Borduria Front and its coalition partner Tarsh Brigade took the town.",
			not: []string{part}, companion: companion, want: []string{part}},
		{text: "The Borduria Front said its neighbour Tarsh Brigade had taken the town.",
			not: []string{part}, companion: companion, want: []string{part}},
	})
}
