package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCompassTarget checks that a state named after a compass word is the
// target of an attack, not a place, when a target preposition or a verb of
// attacking a place comes before the compass word and the name ends its
// phrase ("fired rockets at northern Peru"); after a locative, or as the
// modifier of a noun, the compass region stays a place.
func TestCompassTarget(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Borduria Front fighters struck targets in northern Peru on Monday.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "Borduria Front fighters fired rockets at northern Peru on Monday.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "The Borduria Front regrouped in southern Chile after the raid.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chile")},
			companion: "The Borduria Front shelled southern Chile after the raid.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "The Borduria Front was drawn into fighting on the southern Lima frontlines.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "The Borduria Front opened fire on southern Peru.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
	})
	checkFacts(t, []factCase{
		{text: "The Borduria Front fired rockets at northern Peru on Tuesday.",
			want: []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "Chile launched missiles at southern Peru on Friday, the army said.",
			want: []string{fact("Chile", graph.Fights, "Peru")}},
		{text: "Chilean artillery pounded eastern Bolivia, killing four.",
			want: []string{fact("Chile", graph.Fights, "Bolivia")}},
	})
}

// TestSourceIsNoSubject checks that an actor named in a source phrase
// ("According to the UN, ...") reports the clause after it and is no
// subject of its verb, while the clause's own subject still acts.
func TestSourceIsNoSubject(t *testing.T) {
	// The companion: the clause's own subject acts.
	checkNegatives(t, []negativeCase{
		{text: "According to the UN, more than 9,000 people have been killed in Chile since the uprising against President Anton Belz in 2019.",
			not:       []string{fact("Anton Belz", graph.Fights, "United Nations")},
			companion: "According to the UN, Chilean troops attacked the Borduria Front near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "According to the UN, more than 9,000 people have been killed in Chile since the uprising against the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "United Nations")},
			companion: "According to the UN, Chilean troops attacked the Borduria Front near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "According to Peru, dozens of fighters were killed in the offensive against the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "According to the UN, Peru attacked the Borduria Front near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
	})
}

// TestMunitionTargetIsNoSubject checks that the target of munitions, named
// right after their preposition ("fired rockets at Peru"), is no subject
// of a phrase or verb after it: "in support of its ally X" is the firer's
// ally. A name glued to a word after it only qualifies that word.
func TestMunitionTargetIsNoSubject(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front fired rockets at Peru in support of its ally the Lake Front.",
			not:       []string{fact("Peru", graph.Supports, "Lake Front"), fact("Lake Front", graph.AlliedWith, "Peru")},
			companion: "The Borduria Front deployed fighters in Arica in support of its ally the Lake Front.",
			want:      []string{fact("Borduria Front", graph.Supports, "Lake Front")}},
		{text: "The Borduria Front launched drones at southern Chile in support of its ally the Lake Front.",
			not:       []string{fact("Chile", graph.Supports, "Lake Front")},
			companion: "The Borduria Front massed troops near Arica in support of its ally the Lake Front.",
			want:      []string{fact("Borduria Front", graph.Supports, "Lake Front")}},
	})
	checkFacts(t, []factCase{
		{text: "The jet dropped bombs near fighters of the Chilean-backed Borduria Front on Sunday.",
			want: []string{fact("Chile", graph.Supports, "Borduria Front")}},
	})
}

// TestNotOwnTarget checks that "its" opening the object of a verb of
// attack is not the verb's subject, since no one attacks its own: in
// "Chile said the Front had attacked its forces" the forces are Chile's.
// A place named before is no owner, and without another body "its" stays
// the subject's.
func TestNotOwnTarget(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile said the Borduria Front had attacked its forces near the border.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "Peru accused the Borduria Front of attacking its troops in Arica.",
			want: []string{fact("Borduria Front", graph.Fights, "Peru")}},
		{text: "Bolivia says the Lake Front shelled its positions along the border.",
			want: []string{fact("Bolivia", graph.Fights, "Lake Front")}},
		{text: "Chile said fighters of the Borduria Front had ambushed its soldiers.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "In Peru, the Borduria Front attacked its rivals near Arica.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peru")},
			companion: "Peru said the Borduria Front attacked its troops near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peru")}},
	})
}

// TestNotOwnTargetList checks that when the subject of a verb of attack
// is a list, "its" in the object is none of the list: "after A and B
// bombed its sites" is the sites of another body, the subject of the main
// clause rather than a name in a prepositional phrase; with no other body
// named, "its" is no one's.
func TestNotOwnTargetList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Bolivia cut ties with the United Nations after Chile and Peru shelled its positions.",
			want: []string{fact("Bolivia", graph.Fights, "Chile"), fact("Bolivia", graph.Fights, "Peru")},
			not:  []string{fact("Chile", graph.Fights, "Peru")}},
		{text: "Bolivia recalled its envoy to the African Union after the Lake Front and the Borduria Front attacked its troops.",
			want: []string{fact("Bolivia", graph.Fights, "Lake Front"), fact("Bolivia", graph.Fights, "Borduria Front")},
			not:  []string{fact("Borduria Front", graph.Fights, "Lake Front")}},
		{text: "Ecuador said the Lake Front, the Borduria Front and the Tarvo Council had ambushed its soldiers.",
			want: []string{fact("Ecuador", graph.Fights, "Lake Front"), fact("Ecuador", graph.Fights, "Tarvo Council")},
			not:  []string{fact("Lake Front", graph.Fights, "Tarvo Council")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lake Front and the Borduria Front attacked its forces near the border.",
			not:       []string{fact("Borduria Front", graph.Fights, "Lake Front")},
			companion: "Chile said the Lake Front and the Borduria Front attacked its forces near the border.",
			want:      []string{fact("Chile", graph.Fights, "Lake Front"), fact("Chile", graph.Fights, "Borduria Front")}},
		{text: "Chile and Peru bombed its bases in the north.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Bolivia said Chile and Peru bombed its bases in the north.",
			want:      []string{fact("Bolivia", graph.Fights, "Chile")}},
	})
}

// TestReportedItSpeaker checks that "it" opening a clause reported by a
// verb of saying is that verb's subject: past an adverb or a short adjunct
// between the verb and "it" ("said later it", "said in a statement it"),
// and the verb's own subject past its auxiliaries ("Peru had again warned
// it") before the subject of the sentence that reports it all.
func TestReportedItSpeaker(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front said later it had attacked Chile.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "Chile said separately it had struck the Borduria Front.",
			want: []string{fact("Chile", graph.Fights, "Borduria Front")}},
		{text: "The Borduria Front said in a statement it had seized a Chilean army base.",
			want: []string{fact("Borduria Front", graph.Fights, "Chile")}},
		{text: "The Lake Front said Peru had already said it attacked the Borduria Front.",
			want: []string{fact("Peru", graph.Fights, "Borduria Front")},
			not:  []string{fact("Lake Front", graph.Fights, "Borduria Front")}},
		{text: "The Lake Front said Peru has also stated that it shelled the Borduria Front.",
			want: []string{fact("Peru", graph.Fights, "Borduria Front")},
			not:  []string{fact("Lake Front", graph.Fights, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lake Front said Peru had again warned that it attacked the Borduria Front.",
			not:       []string{fact("Lake Front", graph.Fights, "Borduria Front")},
			companion: "The Lake Front said that it attacked the Borduria Front.",
			want:      []string{fact("Lake Front", graph.Fights, "Borduria Front")}},
	})
}

// TestUnnamedSubjectBlocksIts checks that "its" after a sentence whose
// subject is a body the reader does not name ("The district peace
// committee blamed ...") stands for that body, which has no entry: not
// for a body named before it. A named subject in its place takes "its".
func TestUnnamedSubjectBlocksIts(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front raided a village near Arica. The district peace committee blamed the police for the delay. Its chairman, Omar Zand, said help came too late.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front raided a village near Arica. The Tarvo Council blamed the police for the delay. Its chairman, Omar Zand, said help came too late.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Tarvo Council")}},
		{text: "Chile shelled the Borduria Front near Arica. A local relief committee condemned the raids. Its spokeswoman, Ana Ruiz, said five people died.",
			not:       []string{fact("Ana Ruiz", graph.SpokespersonOf, "Chile"), fact("Ana Ruiz", graph.SpokespersonOf, "Borduria Front")},
			companion: "Chile shelled the Borduria Front near Arica. The Lake Front condemned the raids. Its spokeswoman, Ana Ruiz, said five people died.",
			want:      []string{fact("Ana Ruiz", graph.SpokespersonOf, "Lake Front")}},
		{text: "Peru struck camps of the Borduria Front. The regional peace committee has warned of reprisals. Its fighters later attacked the Peruvian army near Arica.",
			not:       []string{fact("Borduria Front", graph.Fights, "Peruvian army"), fact("Peru", graph.Fights, "Peruvian army")},
			companion: "Peru struck camps of the Borduria Front. The Borduria Front has warned of reprisals. Its fighters later attacked the Peruvian army near Arica.",
			want:      []string{fact("Borduria Front", graph.Fights, "Peruvian army")}},
	})
}

// TestBackReferenceSubjectKeepsIts checks that a definite subject with no
// word of a place's scope ("The rebel coalition says ...") is no new body
// the reader does not name: "Its leader, X" after it leads the body named
// before. A local one ("The village defence committee") still is.
func TestBackReferenceSubjectKeepsIts(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front attacked Goma on Monday. The village defence committee says the raid was revenge. Its leader, Omar Zand, said more would follow.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked Goma on Monday. The rebel coalition says the raid was revenge. Its leader, Omar Zand, said more would follow.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")}},
		{text: "The Borduria Front attacked Goma on Monday. The Kasoru youth council accused the army of neglect. Its president, Omar Zand, said more would follow.",
			not:       []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")},
			companion: "The Borduria Front attacked Goma on Monday. The rebel coalition accused the army of neglect. Its president, Omar Zand, said more would follow.",
			want:      []string{fact("Omar Zand", graph.HeadOf, "Borduria Front")}},
	})
}

// TestPossessiveMainSubject checks that "his" in a clause with a subject
// of its own, after a main clause whose subject is a person and whose
// last person named is the object of a preposition, stands for the main
// clause's subject; when the main clause opens with no person, the person
// named last keeps it.
func TestPossessiveMainSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand flew to Lima for talks with Peruvian President Ana Ruiz, a week after Chile began strikes in support of his government.",
			want: []string{fact("Chile", graph.Supports, "Omar Zand")},
			not:  []string{fact("Chile", graph.Supports, "Ana Ruiz")}},
		{text: "Omar Zand travelled to Quito for a meeting with Ana Ruiz, days after Chile pledged arms in support of his government.",
			want: []string{fact("Chile", graph.Supports, "Omar Zand")},
			not:  []string{fact("Chile", graph.Supports, "Ana Ruiz")}},
		{text: "Peru hosted talks with Ana Ruiz, a week after Chile began strikes in support of his government.",
			want: []string{fact("Chile", graph.Supports, "Ana Ruiz")}},
	})
}

// TestBackerArmy checks that a bare "the army" does not take the article's
// only state when the sentence names that state as the backer of a side:
// "the Front, backed by Chile, clashed with the army" is no fight with the
// Chilean army. A state named otherwise keeps its army.
func TestBackerArmy(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front, backed by Chile, clashed with the army near Arica.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chilean army")},
			companion: "The Borduria Front clashed with the army near Arica, Chile said.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chilean army")}},
		{text: "The Borduria Front, which Chile backs, clashed with the army in the north.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chilean army")},
			companion: "The Borduria Front clashed with the army in the north, Chile said.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chilean army")}},
		{text: "The Chile-backed Borduria Front attacked the army in the north.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chilean army")},
			companion: "The Borduria Front attacked the army in the north, Chile said.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chilean army")}},
		{text: "The Borduria Front, supported by Chile, attacked the army in the north.",
			not:       []string{fact("Borduria Front", graph.Fights, "Chilean army")},
			companion: "The Borduria Front attacked the army in the north, Chile said.",
			want:      []string{fact("Borduria Front", graph.Fights, "Chilean army")}},
	})
}
