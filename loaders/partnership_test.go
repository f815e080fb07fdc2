package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestPartnership checks that a partner noun is read by what follows it: a
// partner in a field cooperates, one named without a field is an ally, one
// of trade is neither.
func TestPartnership(t *testing.T) {
	checkFacts(t, []factCase{
		// Without a field: an ally, by apposition, possessive or copula.
		{text: "Togo, Ghana's main security partner, closed its border on Monday.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")},
			not:  []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Benin, a close partner of Nigeria, sent a delegation to Accra.",
			want: []string{fact("Benin", graph.AlliedWith, "Nigeria")}},
		{text: "Ghana says Togo is a key partner of Nigeria.",
			want: []string{fact("Nigeria", graph.AlliedWith, "Togo")},
			not:  []string{fact("Nigeria", graph.CooperatesWith, "Togo")}},
		// In a field: a comrade in arms.
		{text: "The Borduria Front, the main partner of Ghana against the Lakeside rebels, took the town.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.AlliedWith, "Ghana")}},
		{text: "The Borduria Front, Ghana's main partner in the fight against the Lakeside rebels, took the town.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
		{text: "The Borduria Front, a Ghanaian partner in the war against the Lakeside rebels, took the town.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
		{text: "The Borduria Front has been the main partner of Ghana on the ground since 2019.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.AlliedWith, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A past partner is no ally now; a possessive that qualifies
		// another noun names no partner.
		{text: "Togo, a former partner of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, a close partner of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, once a close partner of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, a close partner of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, Ghana's rival and a partner of Benin, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, Ghana's main security partner, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, a major trading partner of Ghana, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo"), fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Togo, a major security partner of Ghana, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Togo, Ghana's largest trading partner, closed its border.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Togo")},
			companion: "Togo, Ghana's closest partner, closed its border.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Benin is an important economic partner of Nigeria.",
			not:       []string{fact("Benin", graph.AlliedWith, "Nigeria"), fact("Benin", graph.CooperatesWith, "Nigeria")},
			companion: "Benin is an important partner of Nigeria.",
			want:      []string{fact("Benin", graph.AlliedWith, "Nigeria")}},
	})
}

// TestPrepositionalRelative checks that a relative pronoun after a
// preposition opens a clause whose subject is its own: the name before it
// is no subject of the verb after.
func TestPrepositionalRelative(t *testing.T) {
	checkFacts(t, []factCase{
		// The clause's own subject, when named, fills the slot.
		{text: "The town fell in 2022 during the offensive launched by Togolese President Kofi Agbeko, in which the army fought alongside the Borduria Front.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Togolese army")},
			not:  []string{fact("Borduria Front", graph.CooperatesWith, "Kofi Agbeko")}},
		{text: "Ghana announced the campaign, during which its soldiers fought alongside the Borduria Front.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
		// A part of the antecedent is the clause's subject.
		{text: "The Lakeside Brigades, some of which fought alongside the Borduria Front, disarmed.",
			want: []string{fact("Lakeside Brigades", graph.CooperatesWith, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The town fell during the offensive launched by Togolese President Kofi Agbeko, in which local volunteers fought alongside the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.CooperatesWith, "Kofi Agbeko")},
			companion: "The town fell during the offensive launched by Togolese President Kofi Agbeko, who fought alongside the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Kofi Agbeko")}},
		{text: "Ghana backed the revolt, during which militias fought alongside the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			companion: "Ghana backed the revolt and fought alongside the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
	})
}

// TestHeadNounRelative checks that a relative clause after a name's head
// noun ("the Ghanaian campaign, which ...,") is left out of the simpler
// view, as one right after a name is.
func TestHeadNounRelative(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Ghanaian campaign, which Accra says targeted the Borduria Front, was coordinated with Togo.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The Ghanaian offensive, which Togo says began in May, was coordinated with Benin and with Nigeria.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Benin"), fact("Ghana", graph.CooperatesWith, "Nigeria")},
			not:  []string{fact("Togo", graph.CooperatesWith, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Ghanaian campaign, which Accra says was coordinated with Togo, failed.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Benin")},
			companion: "The Ghanaian campaign, which Accra says targeted the Borduria Front, was coordinated with Benin.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Benin")}},
	})
}

// TestSpokesmanSide checks that a spokesperson who reports a deed whose
// clause names no subject reports his side's deed, not his own.
func TestSpokesmanSide(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ruben Solano, the Borduria Front's spokesman, said operations would continue in coordination with Ghana.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")}},
		{text: "Ruben Solano, the spokesman of the Borduria Front, said the raids were coordinated with Ghana.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")}},
		// A subject named in the reported clause, or the speaker himself,
		// keeps the slot.
		{text: "Ruben Solano, the Borduria Front's spokesman, said Togo would continue to cooperate with Ghana.",
			want: []string{fact("Togo", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
		{text: "Ruben Solano, the Borduria Front's spokesman, said he had cooperated with Ghana.",
			want: []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
	})
}

// TestRelativeBody checks that "which" right after a person whose
// appositive named a body refers to the body: "which" names no person.
func TestRelativeBody(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ruben Solano, the commander of the Borduria Front, which has fought alongside Ghanaian troops since 2019, said the talks would resume.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")}},
		{text: "Ruben Solano, the leader of the Borduria Front, which is allied to Ghana, said the talks would resume.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Ghana")},
			not:  []string{fact("Ruben Solano", graph.AlliedWith, "Ghana")}},
		// The clause's coordinated verbs are the body's too.
		{text: "Ruben Solano, the leader of the Borduria Front, which controls the north and cooperates with Ghana against the Lakeside rebels, welcomed the talks.",
			want: []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")}},
		// "who" is the person's.
		{text: "Ruben Solano, the commander of the Borduria Front, who has fought alongside Ghanaian troops since 2019, said the talks would resume.",
			want: []string{fact("Ruben Solano", graph.CooperatesWith, "Ghana")},
			not:  []string{fact("Borduria Front", graph.CooperatesWith, "Ghana")}},
	})
}

// TestPossessedPartners checks that "X's partners" are others than X, and
// that one of them named in apposition is X's ally, or in a field its
// comrade in arms.
func TestPossessedPartners(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin, one of Togo's partners in the Gulf Alliance, sent troops.",
			want: []string{fact("Benin", graph.AlliedWith, "Togo")}},
		{text: "The Borduria Front, one of Ghana's closest allies, sent troops.",
			want: []string{fact("Borduria Front", graph.AlliedWith, "Ghana")}},
		{text: "Benin, one of Togo's partners in the fight against the Borduria Front, sent troops.",
			want: []string{fact("Benin", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Benin", graph.AlliedWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Togo's partners fought alongside the Borduria Front.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Borduria Front")},
			companion: "Togo's forces fought alongside the Borduria Front.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Borduria Front")}},
		{text: "Benin, one of Togo's trading partners, sent troops.",
			not:       []string{fact("Benin", graph.AlliedWith, "Togo")},
			companion: "Benin, one of Togo's security partners, sent troops.",
			want:      []string{fact("Benin", graph.AlliedWith, "Togo")}},
	})
}
