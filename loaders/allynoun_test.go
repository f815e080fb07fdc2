package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAllyNounQualifiers checks that the words before an ally or partner
// noun qualify it: a deal noun says what binds the allies ("a treaty
// ally") and names no deal; an adverb after the copula ("is also a close
// partner of") leaves the partner read.
func TestAllyNounQualifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo, a treaty ally of Ghana, closed its border on Monday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, Ghana's treaty ally, closed its border on Monday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Ghana and its treaty allies Togo and Benin condemned the raid.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo"), fact("Ghana", graph.AlliedWith, "Benin")}},
		{text: "The Borduria Front, Ghana's oldest treaty partner, took the town.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Ghana")}},
		{text: "Togo is also a close partner of Ghana.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		// A field after the partner noun still makes comrades in arms.
		{text: "The Borduria Front is still the main partner of Ghana against the Lakeside rebels.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.AlliedWith, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A partner that was, or that is denied, is none.
		{text: "Togo was once a close partner of Ghana.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo is also a close partner of Ghana.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo is not a partner of Ghana.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo is now a partner of Ghana.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}

// TestEndedAlliance checks that an ally noun qualified as past ("former",
// "ex", "onetime", "once") states no alliance, whichever construction names
// the ally: apposition, possessive, "ally of", "its allies".
func TestEndedAlliance(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Togo, a former ally of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, a close ally of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, a former close ally of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, a longtime close ally of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, Ghana's former ally, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, Ghana's closest ally, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, once a close ally of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, still a close ally of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, a former treaty ally of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, a treaty ally of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
	})
}

// TestCapitalPossessive checks that a capital named with a possessive
// ("Moscow's") keeps its "'s" like any other name, so that the possessive
// constructions read it: the ally a capital's, the backing a capital's.
func TestCapitalPossessive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo, Moscow's main ally in the region, closed its border.",
			want: []string{fact("Russia", graph.AlliedWith, "Togo")}},
		{text: "Moscow's support for Togo has grown.",
			want: []string{fact("Russia", graph.Supports, "Togo")}},
		{text: "The Hill Brigade held the pass with Togo's backing, officials said.",
			want: []string{fact("Togo", graph.Supports, "Hill Brigade")}},
		{text: "The Hill Brigade has held the pass since 2019 with Moscow's political backing.",
			want: []string{fact("Russia", graph.Supports, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// The backing of someone else is no backing of the subject.
		{text: "The Hill Brigade held the pass despite Togo's backing of the rebels.",
			not:       []string{fact("Togo", graph.Supports, "Hill Brigade")},
			companion: "The Hill Brigade held the pass with Togo's backing, officials said.",
			want:      []string{fact("Togo", graph.Supports, "Hill Brigade")}},
	})
}

// TestWorksWith checks that a state or a body at work with another, in
// any tense and without an adverb, cooperates with it; a person who works
// with a body may be its employee, and a refusal or a negation states no
// cooperation.
func TestWorksWith(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front works with the Lakeside Brigade in the north.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Lakeside Brigade")}},
		{text: "Ghana has worked with Togo on border security since 2019.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The Borduria Front, which works with the Lakeside Brigade, took the town.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Lakeside Brigade")}},
		{text: "Ghana and Togo work with the Borduria Front.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana"), fact("Borduria Front", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana refused to work with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana has worked with Togo since 2019.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana has never worked with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana has long worked with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana said it would stop working with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana said it was working with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Nadia Halloran, a doctor who works with the Lakeside Brigade, was hurt.",
			not:       []string{fact("Nadia Halloran", graph.CooperatesWith, "Lakeside Brigade")},
			companion: "The Borduria Front, which works with the Lakeside Brigade, took the town.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Lakeside Brigade")}},
	})
}

// TestAppositiveAlly checks the ally named in the second description of
// a person's appositive, after the office: "X, the speaker of parliament
// and a close ally of Y,".
func TestAppositiveAlly(t *testing.T) {
	const before = "Ghanaian President Tamsin Oraku spoke on Monday. "
	checkFacts(t, []factCase{
		{text: before + "Dara Sefton, the speaker of parliament and a close ally of Oraku, said the vote would go ahead.",
			want: []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku")}},
		{text: before + "Dara Sefton, a member of the Ghanaian parliament and a longtime Oraku ally, said the vote would go ahead.",
			want: []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku"), fact("Dara Sefton", graph.MemberOf, "Ghanaian parliament")}},
		{text: "Dara Sefton, the speaker of the Ghanaian parliament and a close ally of the Borduria Front, said the vote would go ahead.",
			want: []string{fact("Dara Sefton", graph.AlliedWith, "Borduria Front"), fact("Dara Sefton", graph.HeadOf, "Ghanaian parliament")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "Dara Sefton, the speaker of parliament and a former ally of Oraku, said the vote would go ahead.",
			not:       []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku")},
			companion: before + "Dara Sefton, the speaker of parliament and a close ally of Oraku, said the vote would go ahead.",
			want:      []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku")}},
		{text: before + "Dara Sefton, the speaker of parliament and a critic of Oraku, said the vote would go ahead.",
			not:       []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku")},
			companion: before + "Dara Sefton, the speaker of parliament and an ally of Oraku, said the vote would go ahead.",
			want:      []string{fact("Dara Sefton", graph.AlliedWith, "Tamsin Oraku")}},
	})
}

// TestReportedOperationCoordinated checks an operation its reporter names
// without an author, set off by commas and done in coordination with a
// partner: the reporter's own operation, with the partner.
func TestReportedOperationCoordinated(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Ghanaian army said the raid, conducted in coordination with Togo, killed ten fighters.",
			want: []string{fact("Ghanaian army", graph.CooperatesWith, "Togo")}},
		{text: "The Ghanaian army said the latest air strikes, carried out in coordination with Togo, killed ten fighters.",
			want: []string{fact("Ghanaian army", graph.CooperatesWith, "Togo")}},
		{text: "Ghana says the operation, launched jointly with the Borduria Front, retook the town.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// An operation named with another's demonym is that one's.
		{text: "Ghana said the Beninese raid, conducted in coordination with Togo, killed ten fighters.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana said the raid, conducted in coordination with Togo, killed ten fighters.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana said the raid, conducted without Togo's approval, killed ten fighters.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana said the raid, conducted in coordination with Togo, killed ten fighters.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// TestWhereForces checks the clause ", where they ..." after the place a
// side's forces are in: what they do alongside or with a side there is
// the side's.
func TestWhereForces(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian troops are stationed in Lome, where they patrol alongside the Togolese army.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togolese army")}},
		{text: "Ghana has soldiers in Kintampo, where they work with the Borduria Front.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")}},
		{text: "Ghana keeps about 900 troops at bases in Kintampo, where they work alongside the Borduria Front against the Lakeside rebels.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Another side named in the main clause may be who "they" are.
		{text: "Ghana accused the Borduria Front of sending fighters to Lome, where they fought alongside the Togolese army.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togolese army")},
			companion: "Ghana sent fighters to Lome, where they fought alongside the Togolese army.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togolese army")}},
		// No forces named: "they" may be anyone.
		{text: "Ghana opened an embassy in Lome, where they work with the Borduria Front.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")},
			companion: "Ghana has soldiers in Lome, where they work with the Borduria Front.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Borduria Front")}},
	})
}

// TestAllyOfRepeated checks an ally noun's "of" repeated after "and": "a
// close ally of A and of B" names B an ally too, after a name or a phrase
// that names none (stance31).
func TestAllyOfRepeated(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front had long been a close ally of Togo and of the Hill Brigade.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Togo"), fact("Borduria Front", graph.AlliedWith, "Hill Brigade")}},
		{text: "The Borduria Front had been a close ally of the rulers in the capital and of the Hill Brigade.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Hill Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front was once an ally of Togo and of the Hill Brigade.",
			not:       []string{fact("Borduria Front", graph.AlliedWith, "Hill Brigade")},
			companion: "The Borduria Front is still an ally of Togo and of the Hill Brigade.",
			want:      []string{fact("Borduria Front", graph.AlliedWith, "Hill Brigade")}},
		{text: "The Borduria Front is an ally of Togo and a foe of the Hill Brigade.",
			not:       []string{fact("Borduria Front", graph.AlliedWith, "Hill Brigade")},
			companion: "The Borduria Front is an ally of Togo and of the Hill Brigade.",
			want:      []string{fact("Borduria Front", graph.AlliedWith, "Hill Brigade")}},
	})
}
