package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// deedFiller are sentences that name no one, between a deed and the
// reaction to it: the reaction names the deed by its noun, however far
// back the article stated it.
const deedFiller = " The ship carried grain for a firm in the capital. Talks on the maritime border had stalled for months. Officials said the crew were safe. Analysts said shipping rates would rise. Markets fell on the news."

// TestHostileDeedReactions checks that a reaction to a hostile deed other than an
// attack, named by a noun of its kind ("condemned the seizure", "called
// the arrests illegal"), opposes the author the article gave the deed by
// its verb or noun (deeds in events.go).
func TestHostileDeedReactions(t *testing.T) {
	checkFacts(t, []factCase{
		// A verb whose subject is a state's men or means.
		{text: "Togolese naval commandos seized a Ghanaian trawler near the coast on Monday." + deedFiller + " Ghana condemned the seizure and demanded the release of the crew.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A judgement of the deed by a verb of judging.
		{text: "Togolese naval commandos seized a Ghanaian trawler near the coast on Monday." + deedFiller + " Benin called the seizure an act of piracy.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		// A verb coordinated with the clause's verb; another noun of the
		// same kind.
		{text: "Gunmen of the Borduria Front stormed a camp in northern Ghana and abducted four aid workers on Sunday." + deedFiller + " The European Union condemned the abductions.",
			want: []string{fact("European Union", graph.Opposes, "Borduria Front")}},
		{text: "Gunmen of the Borduria Front stormed a camp in northern Ghana and abducted four aid workers on Sunday." + deedFiller + " The European Union denounced the kidnappings.",
			want: []string{fact("European Union", graph.Opposes, "Borduria Front")}},
		// The passive, its author after "by".
		{text: "Three Ghanaian fishermen were detained by Togolese police on Sunday." + deedFiller + " Ghana denounced the arrests.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A verb with its particle; aircraft between the name and the
		// verb; a hedge in a later clause of the sentence.
		{text: "Ghanaian F-16 fighter jets shot down a Togolese drone over the border after it allegedly entered Ghanaian airspace." + deedFiller + " In Lome, the government of Togo condemned the downing as flagrant aggression.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		// The deed's noun, its author in its phrase.
		{text: "Togo's seizure of a Ghanaian trawler angered fishermen across the region." + deedFiller + " Ghana condemned the seizure.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// An expulsion.
		{text: "Peru expelled the Chilean ambassador on Monday." + deedFiller + " Chile condemned the expulsion.",
			want: []string{fact("Chile", graph.Opposes, "Peru")}},
		// Each kind keeps its own author: the arrests are Togo's, the
		// seizure Ghana's.
		{text: "Togolese police arrested five traders in Lome on Friday. Ghanaian commandos seized a Togolese ship on Saturday." + deedFiller + " Benin condemned the arrests.",
			want: []string{fact("Benin", graph.Opposes, "Togo")},
			not:  []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Togolese police arrested five traders in Lome on Friday. Ghanaian commandos seized a Togolese ship on Saturday." + deedFiller + " Benin condemned the seizure.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")},
			not:  []string{fact("Benin", graph.Opposes, "Togo")}},
	})
}

// TestHostileDeedNegatives checks deeds that name no author: a hedged or
// denied deed, a verb without its particle, a deed of another kind.
func TestHostileDeedNegatives(t *testing.T) {
	const seized = "Togolese naval commandos seized a Ghanaian trawler near the coast on Monday."
	const reaction = deedFiller + " Ghana condemned the seizure."
	checkNegatives(t, []negativeCase{
		{text: "Togolese naval commandos may have seized a Ghanaian trawler near the coast on Monday." + reaction,
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: seized + reaction,
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togolese naval commandos allegedly seized a Ghanaian trawler near the coast on Monday." + reaction,
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: seized + reaction,
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togolese naval commandos did not seize a Ghanaian trawler near the coast on Monday." + reaction,
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: seized + reaction,
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A deed of another kind names no author of the seizure.
		{text: "Togolese police arrested five Ghanaian traders on Monday." + reaction,
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: seized + reaction,
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// "shot" without its particle downs nothing.
		{text: "Ghanaian soldiers shot a Togolese smuggler near the border." + deedFiller + " Togo condemned the downing.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghanaian soldiers shot down a Togolese drone near the border." + deedFiller + " Togo condemned the downing.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		// A deed whose author is a person names no state or body.
		{text: "President Amon Teval expelled the Chilean ambassador on Monday." + deedFiller + " Chile condemned the expulsion.",
			not:       []string{fact("Chile", graph.Opposes, "Peru")},
			companion: "Peru expelled the Chilean ambassador on Monday." + deedFiller + " Chile condemned the expulsion.",
			want:      []string{fact("Chile", graph.Opposes, "Peru")}},
	})
}

// TestJudgedPastClause checks that a judgement of a deed whose subject a
// relative clause or an appositive keeps from its verb is the subject's
// (judgedDeeds on the view without the clause).
func TestJudgedPastClause(t *testing.T) {
	const raid = "Togolese jets struck Ghanaian army positions near the border on Monday."
	opposes := []string{fact("Coastal Defence Forces", graph.Opposes, "Togo")}
	checkFacts(t, []factCase{
		{text: raid + " The Coastal Defence Forces, which guard the post, called the strikes an act of aggression.", want: opposes},
		{text: raid + " The Coastal Defence Forces, the main armed group in the area, described the strikes as a violation of international law.", want: opposes},
		{text: "Togolese naval commandos seized a Ghanaian trawler near the coast on Monday." + deedFiller + " The Coastal Defence Forces, which had escorted the trawler, called the seizure an act of piracy.", want: opposes},
	})
	checkNegatives(t, []negativeCase{
		{text: raid + " The Coastal Defence Forces, which guard the post, did not call the strikes an act of aggression.",
			not: opposes, companion: raid + " The Coastal Defence Forces, which guard the post, called the strikes an act of aggression.", want: opposes},
		{text: raid + " The Coastal Defence Forces, which guard the post, called the strikes a response to smuggling.",
			not: opposes, companion: raid + " The Coastal Defence Forces, which guard the post, called the strikes an act of aggression.", want: opposes},
	})
}

// TestDeedNounNoAttackFallback checks that a reaction naming a deed by a
// noun of its kind ("the arrests") opposes no one when the article states
// no deed of that kind: it does not fall back to the attack stated last,
// as an attack noun the article has not used does. "The killing" states
// no kind of deed a deed verb records.
func TestDeedNounNoAttackFallback(t *testing.T) {
	const strike = "Israel struck positions of the Borduria Front in southern Lebanon on Monday."
	opposes := []string{fact("Iran", graph.Opposes, "Israel")}
	checkNegatives(t, []negativeCase{
		{text: strike + " Police in the capital detained dozens of protesters on Tuesday. Iran condemned the arrests.",
			not: opposes, companion: strike + " Police in the capital detained dozens of protesters on Tuesday. Iran condemned the attack.", want: opposes},
		{text: strike + " Iran condemned the arrests.",
			not: opposes, companion: strike + " Iran condemned the strike.", want: opposes},
		{text: strike + " Iran condemned the killing.",
			not: opposes, companion: strike + " Iran condemned the attack.", want: opposes},
		{text: strike + " Iran condemned the killings.",
			not: opposes, companion: strike + " Iran condemned the attacks.", want: opposes},
	})
}

// TestKillingNamesDeadlyAttack checks that "the killing" names the attack
// stated last when a death was told with it or after it, and no attack
// that killed no one.
func TestKillingNamesDeadlyAttack(t *testing.T) {
	opposes := []string{fact("Iran", graph.Opposes, "Israel")}
	checkNegatives(t, []negativeCase{
		{text: "Israel struck positions of the Borduria Front in southern Lebanon on Monday. Iran condemned the assassination.",
			not: opposes, companion: "An Israeli strike in southern Lebanon killed a commander of the Borduria Front on Monday. Iran condemned the assassination.", want: opposes},
		{text: "Israel struck positions of the Borduria Front in southern Lebanon on Monday. Iran condemned the killing.",
			not: opposes, companion: "Israel struck positions of the Borduria Front in southern Lebanon on Monday. Two commanders of the Front were killed. Iran condemned the killing.", want: opposes},
	})
}

// TestDeedVerbObjects checks that a deed verb states its deed only on the
// object of its kind and with its own particle: "executed the agreement"
// is no execution, "boarded trains" no seizure, "shot up a bus" no
// downing.
func TestDeedVerbObjects(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Turkey executed the agreement on grain exports on Monday." + deedFiller + " Iraq condemned the executions.",
			not:       []string{fact("Iraq", graph.Opposes, "Turkey")},
			companion: "Turkey executed three Kurdish activists on Monday." + deedFiller + " Iraq condemned the executions.",
			want:      []string{fact("Iraq", graph.Opposes, "Turkey")}},
		{text: "Russian troops boarded trains to the front on Monday." + deedFiller + " Ukraine condemned the seizure.",
			not:       []string{fact("Ukraine", graph.Opposes, "Russia")},
			companion: "Russian troops boarded a Ukrainian tanker near the coast on Monday." + deedFiller + " Ukraine condemned the seizure.",
			want:      []string{fact("Ukraine", graph.Opposes, "Russia")}},
		{text: "Ghanaian soldiers shot up a Togolese bus near the border." + deedFiller + " Togo condemned the downing.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghanaian soldiers shot down a Togolese drone near the border." + deedFiller + " Togo condemned the downing.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Togolese police rounded down the figures on Friday." + deedFiller + " Ghana denounced the arrests.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Togolese police rounded up five Ghanaian traders on Friday." + deedFiller + " Ghana denounced the arrests.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "The Borduria Front hanged a banner over the gate on Sunday." + deedFiller + " Ghana condemned the executions.",
			not:       []string{fact("Ghana", graph.Opposes, "Borduria Front")},
			companion: "Two Ghanaian soldiers were hanged by the Borduria Front on Sunday." + deedFiller + " Ghana condemned the executions.",
			want:      []string{fact("Ghana", graph.Opposes, "Borduria Front")}},
	})
}

// TestDeedHedgeInClause checks that a sentence hedge anywhere in a deed's
// clause leaves the deed unstated, as it voids any match (hedged), not
// only one among the deed's own words.
func TestDeedHedgeInClause(t *testing.T) {
	const seized = "Togolese naval commandos seized a Ghanaian trawler near the coast on Monday"
	const reaction = " The ship carried grain. Ghana condemned the seizure."
	opposes := []string{fact("Ghana", graph.Opposes, "Togo")}
	checkNegatives(t, []negativeCase{
		{text: seized + ", reportedly." + reaction, not: opposes, companion: seized + "." + reaction, want: opposes},
		{text: seized + ", according to unconfirmed reports." + reaction, not: opposes, companion: seized + ", according to the coast guard." + reaction, want: opposes},
	})
}
