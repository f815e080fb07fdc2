package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAccusedCompanion checks the accusation whose preposition is left at
// the clause's end: in "the Front, which Ghana accuses the Togolese army
// of fighting alongside", the side named before the clause is the one the
// accused works with (O-which-X-accuses-S-of-fighting-alongside).
func TestAccusedCompanion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo blamed the Kestrel Front, a militia which Ghana accuses the Togolese army of fighting alongside.",
			want: []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")}},
		{text: "Ghana says it defends itself against the Kestrel Front, a militia that it accuses the Togolese army of working with.",
			want: []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")}},
		{text: "Togo named the Kestrel Front, which Ghana accused the Togolese army of colluding with.",
			want: []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// The gerund takes its own object: the side before the clause is
		// no companion when the clause does not end on the preposition.
		{text: "Togo blamed the Kestrel Front, a militia which Ghana accuses the Togolese army of fighting alongside the Vessari Brigade.",
			not:       []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")},
			companion: "Togo blamed the Kestrel Front, a militia which Ghana accuses the Togolese army of fighting alongside.",
			want:      []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")}},
		// Another charge is no cooperation.
		{text: "Togo blamed the Kestrel Front, a militia which Ghana accuses the Togolese army of fighting against.",
			not:       []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")},
			companion: "Togo blamed the Kestrel Front, a militia which Ghana accuses the Togolese army of fighting alongside.",
			want:      []string{fact("Togolese army", graph.CooperatesWith, "Kestrel Front")}},
	})
}

// TestQualifiedBacker checks that a backer named in an appositive takes
// any modifiers of one noun phrase ("Togo's most powerful military
// backer", "Togo's main arms supplier"), while a second possessive keeps
// the backing with the one it names (S-O-qualified-backer).
func TestQualifiedBacker(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin, Togo's most powerful military backer, sent more jets.",
			want: []string{fact("Benin", graph.Supports, "Togo")}},
		{text: "Ghana, Togo's main arms supplier, denied the report.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana, the Kestrel Front's most generous foreign sponsor, denied the report.",
			want: []string{fact("Ghana", graph.Supports, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana, Togo's arch-foe's most powerful military backer, sent jets.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana, Togo's most powerful military backer, sent jets.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		// A supplier of goods is no backer.
		{text: "Ghana, Togo's main gas supplier, sent envoys.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana, Togo's main arms supplier, sent envoys.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}

// TestPromisedCooperation checks cooperation promised in a plain future
// (G-will-cooperate, S-will-cooperate-with-O): states and bodies that
// "will cooperate", "would coordinate their efforts", "would work with"
// one another; a negation, a person met as an envoy and a merger stay out.
func TestPromisedCooperation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Under the pact, Ghana and Togo will cooperate against piracy and smuggling.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The statement said Ghana, Togo and Benin would coordinate their efforts before each round.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Ghana", graph.CooperatesWith, "Benin"), fact("Togo", graph.CooperatesWith, "Benin")}},
		{text: "The minister said Ghana would work closely with Togo against the Kestrel Front.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "The Kestrel Front will cooperate with the Vessari Brigade in the north.",
			want: []string{fact("Kestrel Front", graph.CooperatesWith, "Vessari Brigade")}},
		{text: "He said that Ghana would work with the United Nations.",
			want: []string{fact("Ghana", graph.CooperatesWith, "United Nations")}},
		{text: "Chad and Niger said they would cooperate against the Front.",
			want: []string{fact("Chad", graph.CooperatesWith, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana will not cooperate with Togo.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana will cooperate with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		// Urging others to cooperate is no cooperation of theirs with the one who urges.
		{text: "Ghana urged Togo to cooperate with Benin.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Togo", graph.CooperatesWith, "Benin")},
			companion: "Togo will cooperate with Benin.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Benin")}},
		// An envoy one works with is no partner.
		{text: "Ghana would work with the new envoy, Lars Okonkwo, the minister said.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Lars Okonkwo")},
			companion: "Ghana would work with Togo, the minister said.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		// A condition, a fear, a warning or a doubt promises nothing.
		{text: "Ghana would cooperate with Togo only if the Kestrel Front disarmed.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The minister said Ghana would cooperate with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana would work with Togo if Lome expelled the Kestrel Front.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The minister said Ghana would work with Togo.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana warned that Togo would work with the Kestrel Front.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")},
			companion: "Ghana said that Togo would work with the Kestrel Front.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")}},
		{text: "Ghana fears that Togo will cooperate with the Kestrel Front against it.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")},
			companion: "Togo will cooperate with the Kestrel Front against Ghana.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")}},
		{text: "Analysts doubt Ghana and Togo will cooperate.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo will cooperate.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and the Kestrel Front would coordinate their attacks if the talks failed, Togo warned.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Kestrel Front")},
			companion: "Ghana and the Kestrel Front will coordinate their attacks.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Kestrel Front")}},
		// A warning of its own clause leaves the promise reported after it.
		{text: "Ghana warned that Togo would work with the Kestrel Front.",
			not:       []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")},
			companion: "Ghana warned of reprisals and said Togo would work with the Kestrel Front.",
			want:      []string{fact("Togo", graph.CooperatesWith, "Kestrel Front")}},
		// A "would" no one reports is a wish.
		{text: "Ghana would work with the United Nations.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "United Nations")},
			companion: "He said that Ghana would work with the United Nations.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "United Nations")}},
		// People are no states or bodies.
		{text: "President Kofi Mensah and UN envoy Lars Okonkwo will work together on the truce.",
			not:       []string{fact("Kofi Mensah", graph.CooperatesWith, "Lars Okonkwo"), fact("Lars Okonkwo", graph.CooperatesWith, "Kofi Mensah")},
			companion: "Ghana and the United Nations will work together on the truce.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "United Nations")}},
	})
}

// TestProxiesIncluding checks that the proxies a side's possessive lists
// ("Ghana's proxies, including the Kestrel Front") are backed by it, as
// every other reading of a proxy has it, while the allies it lists stay
// its allies (S's-proxies-including-O).
func TestProxiesIncluding(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's proxies, including the Kestrel Front, attacked Togo.",
			want: []string{fact("Ghana", graph.Supports, "Kestrel Front")}},
		{text: "Ghana's proxies across the region, including the Kestrel Front in the north and the Vessari Brigade in the south, have attacked Togo.",
			want: []string{fact("Ghana", graph.Supports, "Kestrel Front"), fact("Ghana", graph.Supports, "Vessari Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana's proxies, including the Kestrel Front, attacked Togo.",
			not:       []string{fact("Ghana", graph.AlliedWith, "Kestrel Front")},
			companion: "Ghana's allies, including the Kestrel Front, attacked Togo.",
			want:      []string{fact("Ghana", graph.AlliedWith, "Kestrel Front")}},
		// The side the proxies attack is not backed.
		{text: "Ghana's proxies, including the Kestrel Front, attacked Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana's proxies, including Togo, attacked the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		// A list after a verb is its object, not the proxies or allies.
		{text: "Ghana's proxies have attacked several states, including Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana's proxies in the region, including Togo, have attacked several states.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana's proxies struck targets in the region, notably Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana's proxies in Benin, notably Togo, struck targets.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana's proxies have threatened its neighbours, such as Togo and Benin.",
			not:       []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")},
			companion: "Ghana's proxies, such as Togo and Benin, have threatened its neighbours.",
			want:      []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")}},
		{text: "Togo's allies have attacked several states, including Ghana.",
			not:       []string{fact("Togo", graph.AlliedWith, "Ghana")},
			companion: "Togo's allies across the region, including Ghana, have attacked several states.",
			want:      []string{fact("Togo", graph.AlliedWith, "Ghana")}},
		// Clients may be buyers.
		{text: "Ghana's clients, including Togo and Benin, buy most of its gas.",
			not:       []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")},
			companion: "Ghana's proxies, including Togo and Benin, buy most of its gas.",
			want:      []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")}},
	})
}
