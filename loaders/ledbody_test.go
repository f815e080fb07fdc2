package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLedBodies checks the reading of the passive of leading after a body
// (ledBodies): the words that may stand between the body and the verb, and
// between "by" and the leader.
func TestLedBodies(t *testing.T) {
	head := fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")
	checkFacts(t, []factCase{
		// An adverb before the verb.
		{text: "The Borduria Front, now led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, currently headed by Ivo Tarsh, rejected the plan.", want: []string{head}},
		// An appositive without names before the verb.
		{text: "The Borduria Front, one of the largest rebel groups, led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, a hardline movement, headed by Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A copula after the appositive that sets the body off.
		{text: "The largest movement in the south, the Borduria Front, is led by Ivo Tarsh.", want: []string{head}},
		// Words describing the leader before his name.
		{text: "The Borduria Front, headed by former Klow governor Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, chaired by parliament speaker Ivo Tarsh, rejected the plan.", want: []string{head}},
	})
	checkNegatives(t, []negativeCase{
		// A former leader is no head.
		{text: "The Borduria Front, formerly led by Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, now led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh until 2019, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, led by the veteran militant Ivo Tarsh since 2019, rejected the plan.", want: []string{head}},
		// A negation states nothing.
		{text: "The Borduria Front, which is not led by the veteran militant Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, which is led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A possessive before the leader names another.
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh's son, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A delegation of the body led by someone: he leads the delegation.
		{text: "A delegation of the Borduria Front led by the veteran militant Ivo Tarsh arrived in Klow.", not: []string{head},
			companion: "The Borduria Front led by the veteran militant Ivo Tarsh arrived in Klow.", want: []string{head}},
		// A verb between "by" and the name: the leader is someone else.
		{text: "The Borduria Front, headed by the governor, praised Ivo Tarsh.", not: []string{head},
			companion: "The Borduria Front, headed by the governor Ivo Tarsh, praised the plan.", want: []string{head}},
		// An appositive with a name of its own is no description of the body.
		{text: "The Borduria Front, an ally of the Klow Union, led by the veteran militant Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, a hardline movement, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
	})
}

// TestCoalitionMembers checks the reading of a grouping that an appositive
// describes by its members (coalitionMembers).
func TestCoalitionMembers(t *testing.T) {
	front := fact("Borduria Front", graph.MemberOf, "Klow Alliance")
	movement := fact("Zemlia Movement", graph.MemberOf, "Klow Alliance")
	checkFacts(t, []factCase{
		{text: "The Klow Alliance, a coalition of the Borduria Front, the Zemlia Movement and the Tarsh Party, rejected the plan.",
			want: []string{front, movement, fact("Tarsh Party", graph.MemberOf, "Klow Alliance")}},
		// Brackets after the members, words that qualify the noun.
		{text: "Talks stalled with the Klow Alliance, a loose armed coalition of the Borduria Front (BF) and the Zemlia Movement (ZM).",
			want: []string{front, movement}},
		// States, and a participle after the list.
		{text: "Togo left the Coastal Joint Force, the regional force of Ghana, Benin and Togo set up in 2015.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Joint Force"), fact("Togo", graph.MemberOf, "Coastal Joint Force")}},
		{text: "The Klow Alliance, an alliance of the Borduria Front and the Zemlia Movement that was formed in 2019, rejected the plan.",
			want: []string{front, movement}},
	})
	checkNegatives(t, []negativeCase{
		// Members that qualify other nouns are none.
		{text: "The Klow Alliance, a coalition of the Borduria Front and the Zemlia Movement fighters, rejected the plan.", not: []string{front},
			companion: "The Klow Alliance, a coalition of the Borduria Front and the Zemlia Movement, rejected the plan.", want: []string{front}},
		// One name is no list of members.
		{text: "The Klow Alliance, a partner of the Borduria Front, rejected the plan.", not: []string{front},
			companion: "The Klow Alliance, a coalition of the Borduria Front and the Zemlia Movement, rejected the plan.", want: []string{front}},
		// A noun that is no grouping's.
		{text: "The Klow Alliance, a rival of the Borduria Front and the Zemlia Movement, rejected the plan.", not: []string{front},
			companion: "The Klow Alliance, a coalition of the Borduria Front and the Zemlia Movement, rejected the plan.", want: []string{front}},
	})
}

// TestBodyLedByPerson checks that a name set off before the passive of
// leading and a person's name is read as a body's (ledByPersonAfter).
func TestBodyLedByPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Tarvolah, led by Ivo Tarsh, is nominally attached to the interior ministry.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Tarvolah")}},
		{text: "The main opposition party, KVR DPM, led by Ivo Tarsh, called the deal a capitulation.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "KVR DPM")}},
		{text: "The strike hit the Zemlia Vardar, commanded by veteran officer Ivo Tarsh, on Monday.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia Vardar")}},
	})
	checkNegatives(t, []negativeCase{
		// An operation is led, but is no body.
		{text: "Operation Klow, led by Ivo Tarsh, began on Monday.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "Operation Klow")},
			companion: "Tarvolah, led by Ivo Tarsh, began on Monday.", want: []string{fact("Ivo Tarsh", graph.HeadOf, "Tarvolah")}},
		// A place where a body sits is not the body.
		{text: "The Front's leadership in the Klow Mountains, headed by Ivo Tarsh, did not reply.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "Klow Mountains")},
			companion: "Tarvolah, headed by Ivo Tarsh, did not reply.", want: []string{fact("Ivo Tarsh", graph.HeadOf, "Tarvolah")}},
		// A plural common noun opening the sentence is no name.
		{text: "Villagers, led by local chief Ivo Tarsh, blocked the road.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "Villagers")},
			companion: "Tarvolah, led by local chief Ivo Tarsh, blocked the road.", want: []string{fact("Ivo Tarsh", graph.HeadOf, "Tarvolah")}},
		// The end of a longer name is no body of its own.
		{text: "The Orthodox Church of Zemlia, headed by Ivo Tarsh, did not reply.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia")},
			companion: "Zemlia, headed by Ivo Tarsh, did not reply.", want: []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia")}},
	})
}

// TestRankOpensBody checks that a rank opening capitalised words that end
// in a body's head opens the body's name (rankOpensBody), and still opens
// a person's title otherwise.
func TestRankOpensBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front's General Directorate of Provinces sent money to its cells.",
			want: []string{fact("General Directorate of Provinces", graph.PartOf, "Borduria Front")}},
		{text: "The Borduria Front's General Command said its units had pulled back.",
			want: []string{fact("General Command", graph.PartOf, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A rank before a person's name opens no body.
		{text: "The Borduria Front's General Ivo Tarsh sent money to its cells.",
			not:       []string{fact("General Ivo Tarsh", graph.PartOf, "Borduria Front")},
			companion: "The Borduria Front's General Directorate of Provinces sent money to its cells.",
			want:      []string{fact("General Directorate of Provinces", graph.PartOf, "Borduria Front")}},
	})
}

// TestOfficeOfQualifiedBody checks that an office before "of" reads past
// the words that describe a body by its own name, with the holder named
// after a comma.
func TestOfficeOfQualifiedBody(t *testing.T) {
	head := fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")
	checkFacts(t, []factCase{
		{text: "The commander of the self-styled Borduria Front, Field Marshal Ivo Tarsh, ordered his forces to advance.", want: []string{head}},
		{text: "The leader of the rebel Borduria Front, Ivo Tarsh, ordered his forces to advance.", want: []string{head}},
		{text: "The head of the ruling Borduria Front, Ivo Tarsh, ordered his forces to advance.", want: []string{head}},
	})
	checkNegatives(t, []negativeCase{
		// An office of what the body runs is no office of the body.
		{text: "The commander of the rebel-held town near the Borduria Front, Ivo Tarsh, ordered his forces to advance.", not: []string{head},
			companion: "The commander of the rebel Borduria Front, Ivo Tarsh, ordered his forces to advance.", want: []string{head}},
	})
}

// TestPossessorsBodies checks the reading of a person's possessive before
// the proper name of a body of no state's (possessorsBodies): he heads it.
func TestPossessorsBodies(t *testing.T) {
	head := fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")
	checkFacts(t, []factCase{
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front rejected the plan.", want: []string{head}},
		{text: "Opposition leader Ivo Tarsh returned on Monday. Fighters of Ivo Tarsh's Borduria Front entered Klow.", want: []string{head}},
		// Words of the body's kind between.
		{text: "Opposition leader Ivo Tarsh returned on Monday. Talks with Tarsh's ruling Borduria Front (BF) stalled.", want: []string{head}},
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's self-styled Zemlia Liberation Army took the port.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Zemlia Liberation Army")}},
		// In a list, after a verb.
		{text: "Opposition leader Ivo Tarsh returned on Monday. The army fought the Klow Union and Tarsh's Borduria Front.", want: []string{head}},
		{text: "Senator Mara Dovel met in Klow with the Zemlia Movement and Ivo Tarsh's Borduria Front.", want: []string{head}},
		// A possessor the lexicon does not know names a person met here.
		{text: "Xandor Volkal's Tarvolah Front attacked the town on Monday.", want: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Front")}},
		{text: "Fighters of Xandor Volkal's ruling Tarvolah Party entered Klow.", want: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Party")}},
		{text: "Talks began in Klow between the army and Chadian President Xandor Volkal's Tarvolah Party.",
			want: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Party")}},
		// A name with a given name; a body's head that goes on over "of".
		{text: "Prime Minister Ahmed Volkal's Government of National Salvation made no comment.",
			want: []string{fact("Ahmed Volkal", graph.HeadOf, "Government of National Salvation")}},
		{text: "Talks with Xandor Volkal's Council for Democratic Renewal failed.",
			want: []string{fact("Xandor Volkal", graph.HeadOf, "Council for Democratic Renewal")}},
	})
	checkNegatives(t, []negativeCase{
		// A common noun names no body.
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's party rejected the Borduria Front's plan.", not: []string{head},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front rejected the plan.", want: []string{head}},
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's visit to the Borduria Front was cut short.", not: []string{head},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front cut the visit short.", want: []string{head}},
		// A word that is no body's kind between.
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's remarks on the Borduria Front angered many.", not: []string{head},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front angered many.", want: []string{head}},
		// A state is no body he heads, nor is a state's body.
		{text: "President Ivo Tarsh returned on Monday. Tarsh's Russia was not invited.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "Russia")},
			companion: "President Ivo Tarsh returned on Monday. Tarsh's Borduria Front was not invited.", want: []string{head}},
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's United Nations was not invited.", not: []string{fact("Ivo Tarsh", graph.HeadOf, "United Nations")},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front was not invited.", want: []string{head}},
		// A body that is itself a possessor: its office is another's.
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front's chief, Pavel Orlik, spoke.", not: []string{head},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front, led by Pavel Orlik, spoke.", want: []string{head}},
		// A name the lexicon does not know after a longer run is the end
		// of another name; a word the lexicon knows names no person.
		{text: "Xandor Volkal's visit to the Tarvolah Front was cut short.", not: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Front")},
			companion: "Xandor Volkal's Tarvolah Front cut the visit short.", want: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Front")}},
		{text: "Klow Valley's Tarvolah Front took the port.", not: []string{fact("Klow Valley", graph.HeadOf, "Tarvolah Front")},
			companion: "Xandor Volkal's Tarvolah Front took the port.", want: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Front")}},
		// A question states nothing.
		{text: "Opposition leader Ivo Tarsh returned on Monday. Will Tarsh's Borduria Front join the talks?", not: []string{head},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front will join the talks.", want: []string{head}},
	})
}

// TestLeaderOfUnknownName checks that a body's "of" before two or three
// words the lexicon does not know, opening on a given name and closing the
// phrase, names its leader (unknownLeaderAt).
func TestLeaderOfUnknownName(t *testing.T) {
	head := fact("Khaled Volkal", graph.HeadOf, "Tarvolah Front")
	checkFacts(t, []factCase{
		{text: "On Monday the Tarvolah Front of Khaled Volkal attacked the town.", want: []string{head}},
		{text: "Ghana signed the deal with the Tarvolah Front (TF) of Khaled Volkal and two other groups.", want: []string{head}},
		{text: "Fighters of the Tarvolah Front of Khaled Tarsh Volkal entered Klow.", want: []string{fact("Khaled Tarsh Volkal", graph.HeadOf, "Tarvolah Front")}},
	})
	checkNegatives(t, []negativeCase{
		// A possessive after the name names another.
		{text: "The Tarvolah Front of Khaled Volkal's son attacked the town.", not: []string{head},
			companion: "The Tarvolah Front of Khaled Volkal attacked the town.", want: []string{head}},
		// Capitalised words going on make a longer name.
		{text: "The Tarvolah Front of Khaled Volkal Province attacked the town.", not: []string{head},
			companion: "The Tarvolah Front of Khaled Volkal attacked the town.", want: []string{head}},
		// A name after "of" that opens on no given name is as likely a
		// region as a leader.
		{text: "The Tarvolah Front of Xandor Volkal attacked the town.", not: []string{fact("Xandor Volkal", graph.HeadOf, "Tarvolah Front")},
			companion: "The Tarvolah Front of Khaled Volkal attacked the town.", want: []string{head}},
	})
}

// TestLeaderGluedBeforeBody checks that a body or a person glued by
// "-led" before a body's own name leads it, as a state does
// (leaderGlued).
func TestLeaderGluedBeforeBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana struck the Hezbollah-led Klow Patriotic Alliance on Monday. Ten died.", want: []string{fact("Hezbollah", graph.HeadOf, "Klow Patriotic Alliance")}},
		{text: "Ghana struck the Hezbollah-led Klow Patriotic Alliance (KPA) on Monday.", want: []string{fact("Hezbollah", graph.HeadOf, "Klow Patriotic Alliance")}},
		{text: "Ghana joined the Togo-led Coastal Joint Force.", want: []string{fact("Togo", graph.HeadOf, "Coastal Joint Force")}},
		{text: "Opposition leader Ivo Tarsh spoke. Ghana struck the Tarsh-led Klow Patriotic Alliance on Monday.",
			want: []string{fact("Ivo Tarsh", graph.HeadOf, "Klow Patriotic Alliance")}},
	})
	checkNegatives(t, []negativeCase{
		// A common noun names no body: the fighters a group leads.
		{text: "In Syria, the army struck HTS-led rebels near Idlib on Monday. Ten died.",
			not:       []string{fact("Hayat Tahrir al-Sham", graph.HeadOf, "Syrian rebels")},
			companion: "In Syria, the army struck the HTS-led Klow Patriotic Alliance near Idlib on Monday. Ten died.",
			want:      []string{fact("Hayat Tahrir al-Sham", graph.HeadOf, "Klow Patriotic Alliance")}},
	})
}

// TestPossessorOfStateOffice checks that a person's possessive before a
// state's office ("Department", "Office") names no body he heads, and a
// compass region after a preposition is a target only after an attack.
func TestPossessorOfStateOffice(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Department of Borduria Affairs will join the talks.",
			not:       []string{fact("Ivo Tarsh", graph.HeadOf, "Department of Borduria Affairs")},
			companion: "Opposition leader Ivo Tarsh returned on Monday. Tarsh's Borduria Front will join the talks.",
			want:      []string{fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")}},
		{text: "The United States imposed sanctions on northern Syria.",
			not:       []string{fact("United States", graph.Opposes, "Syria")},
			companion: "The United States launched strikes on northern Syria.",
			want:      []string{fact("Syria", graph.Fights, "United States")}},
	})
}

// TestLedByPersonNames checks the discovery of the leader's name after a
// passive of leading (ledByPerson): a state's adjective among the words
// that describe the leader, and a name of four words that a comma or the
// sentence's end closes.
func TestLedByPersonNames(t *testing.T) {
	head := fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")
	long := fact("Ivo Karel Dunmo Tarsh", graph.HeadOf, "Borduria Front")
	checkFacts(t, []factCase{
		// A state's adjective before the describing noun.
		{text: "The Borduria Front, led by the Chadian preacher Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, headed by Nigerien militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, commanded by the Chadian Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "Analysts say the Borduria Front, chaired by the Nigerien businessman Ivo Tarsh, has gained ground.", want: []string{head}},
		// Four words closed by a comma or the sentence's end.
		{text: "The Borduria Front, chaired by Ivo Karel Dunmo Tarsh, rejected the plan.", want: []string{long}},
		{text: "The Borduria Front, led by the veteran lawyer Ivo Karel Dunmo Tarsh, rejected the plan.", want: []string{long}},
		{text: "Villagers blamed the Borduria Front, which is led by Ivo Karel Dunmo Tarsh.", want: []string{long}},
	})
	checkNegatives(t, []negativeCase{
		// Five capitalised words are no name the reading trusts.
		{text: "The Borduria Front, chaired by Ivo Karel Dunmo Tarsh Velk, rejected the plan.", not: []string{long, fact("Ivo Karel Dunmo Tarsh Velk", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front, chaired by Ivo Karel Dunmo Tarsh, rejected the plan.", want: []string{long}},
		// Four words that the clause goes on after are not closed.
		{text: "The Borduria Front, led by Ivo Karel Dunmo Tarsh and Ana Velk, rejected the plan.", not: []string{long},
			companion: "The Borduria Front, led by Ivo Karel Dunmo Tarsh, rejected the plan.", want: []string{long}},
		// A former leader is no head, with the state's adjective too.
		{text: "The Borduria Front, formerly led by the Chadian preacher Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, now led by the Chadian preacher Ivo Tarsh, rejected the plan.", want: []string{head}},
		// An operation led by someone: no body is headed.
		{text: "The offensive, led by the Chadian officer Ivo Tarsh, failed to take Klow.", not: []string{head, fact("Ivo Tarsh", graph.HeadOf, "Chad")},
			companion: "The Borduria Front, led by the Chadian officer Ivo Tarsh, failed to take Klow.", want: []string{head}},
	})
}
