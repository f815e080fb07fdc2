package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A side that claims an attack told just before fights the side the
// attack hit (claimedAttacks, with the sides recorded by attackedSides):
// "claimed responsibility", "claimed the raid", "said it carried out the
// attack". The claimant is the attack's author for a reaction later on.
// A claim far from the attack, a hedged or denied claim, a claim of
// another attack and an attack on a place give no such fight.
func TestClaimedAttack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday, killing 12 soldiers. The Velmar Brigades, an armed group, claimed responsibility for the attack.",
			want: []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: "Unknown fighters ambushed Malian soldiers on the road to Dorsa. The Orun Legion claimed the raid in a statement on Monday.",
			want: []string{fact("Mali", graph.Fights, "Orun Legion")}},
		{text: "A drone struck a convoy of Togolese soldiers on Tuesday. The Kessan Movement, a rebel group, said it carried out the attack. Benin condemned the attack.",
			want: []string{fact("Kessan Movement", graph.Fights, "Togo"), fact("Benin", graph.Opposes, "Kessan Movement")}},
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday. Police named the Orun Legion, which claimed the attack hours later.",
			want: []string{fact("Ghana", graph.Fights, "Orun Legion")}},
		{text: "Attackers fired on a patrol of Nigerien troops overnight. Hours later the Dasso Brigades claimed responsibility.",
			want: []string{fact("Niger", graph.Fights, "Dasso Brigades")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades reportedly claimed responsibility for the attack.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades claimed responsibility for the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades denied it carried out the attack.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades said it carried out the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday. Rain fell on the town. Markets stayed shut. Schools closed early. The Velmar Brigades claimed responsibility for the attack.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: "Gunmen attacked Ghanaian troops near Kelo on Sunday. Rain fell on the town. The Velmar Brigades claimed responsibility for the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: "Gunmen attacked a market in Kelo on Sunday. The Velmar Brigades claimed responsibility for the attack. Ghana condemned the attack.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: "Gunmen attacked a market in Kelo on Sunday. The Velmar Brigades claimed responsibility for the attack. Ghana condemned the attack.",
			want:      []string{fact("Ghana", graph.Opposes, "Velmar Brigades")}},
		{text: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades carried out an attack on a market in Dorsa.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: "Gunmen attacked Ghanaian troops near Kelo on Sunday. The Velmar Brigades carried out the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
	})
}

// attackedSides records the side an attack was made on through the noun
// phrase of its object or after "on"; not the agent of a passive, a side
// past a preposition of place, nor the side of a hedged attack. Each is
// read through a claim that follows.
func TestAttackedSides(t *testing.T) {
	claim := " The Orun Legion claimed responsibility."
	checkFacts(t, []factCase{
		{text: "A drone struck the largest training camp of the Velmar Brigades." + claim,
			want: []string{fact("Orun Legion", graph.Fights, "Velmar Brigades")}},
		// A plural noun of an attack its own sentence states.
		{text: "Tanks pounded positions of the Velmar Brigades, while Ghanaian jets carried out airstrikes in support, officials said.",
			want: []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: "Militants launched an attack on a Malian army post." + claim,
			want: []string{fact("Mali", graph.Fights, "Orun Legion")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The convoy was attacked by the Velmar Brigades." + claim,
			not:       []string{fact("Orun Legion", graph.Fights, "Velmar Brigades")},
			companion: "The gunmen attacked a convoy of the Velmar Brigades." + claim,
			want:      []string{fact("Orun Legion", graph.Fights, "Velmar Brigades")}},
		{text: "Gunmen attacked a market in Ghana." + claim,
			not:       []string{fact("Ghana", graph.Fights, "Orun Legion")},
			companion: "Gunmen attacked Ghanaian troops in a market." + claim,
			want:      []string{fact("Ghana", graph.Fights, "Orun Legion")}},
		{text: "Gunmen may have attacked Ghanaian troops." + claim,
			not:       []string{fact("Ghana", graph.Fights, "Orun Legion")},
			companion: "Gunmen have attacked Ghanaian troops." + claim,
			want:      []string{fact("Ghana", graph.Fights, "Orun Legion")}},
	})
}

// A claim is the claimant's own word about the attack stated before: not
// an accusation by another speaker ("officials said X carried out the
// strike"), nor a claim of another attack, one the noun's own complement,
// possessive or "similar" names.
func TestClaimedAttackNotOthers(t *testing.T) {
	const drone = "A drone struck a convoy of Togolese troops near Kelo on Sunday. "
	const ambush = "Gunmen ambushed a convoy of Ghanaian troops near Kelo on Sunday. "
	checkNegatives(t, []negativeCase{
		{text: drone + "Togolese officials said Benin carried out the strike.",
			not:       []string{fact("Benin", graph.Fights, "Togo")},
			companion: drone + "Benin said it carried out the strike.",
			want:      []string{fact("Benin", graph.Fights, "Togo")}},
		{text: drone + "Togo said the Kessan Movement carried out the attack.",
			not:       []string{fact("Kessan Movement", graph.Fights, "Togo")},
			companion: drone + "The Kessan Movement said it carried out the attack.",
			want:      []string{fact("Kessan Movement", graph.Fights, "Togo")}},
		{text: ambush + "The Orun Legion said it carried out the raid on a rebel hideout in response.",
			not:       []string{fact("Ghana", graph.Fights, "Orun Legion")},
			companion: ambush + "The Orun Legion said it carried out the raid.",
			want:      []string{fact("Ghana", graph.Fights, "Orun Legion")}},
		{text: ambush + "No group claimed the attack. The Velmar Brigades, which claimed the bombing of a hotel in Dorsa last year, is active in the area.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: ambush + "The Velmar Brigades claimed the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		// The attack stated last hit the claimant, however far back:
		// the claim is of another, and a reaction to the attack is
		// not to the claimant.
		{text: "Jets struck a camp of the Velmar Brigades on Sunday. Rain fell on the town. Markets stayed shut. Schools closed early. The Velmar Brigades claimed the attack. Togo condemned the incursion.",
			not:       []string{fact("Togo", graph.Opposes, "Velmar Brigades")},
			companion: "Jets struck a market in Kelo on Sunday. Rain fell on the town. Markets stayed shut. Schools closed early. The Velmar Brigades claimed the attack. Togo condemned the incursion.",
			want:      []string{fact("Togo", graph.Opposes, "Velmar Brigades")}},
		{text: ambush + "The Velmar Brigades has claimed similar attacks in the past.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: ambush + "The Velmar Brigades has claimed the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
		{text: ambush + "Ghana condemned the attack. The Velmar Brigades claimed responsibility for Saturday's bombing in Dorsa.",
			not:       []string{fact("Ghana", graph.Fights, "Velmar Brigades")},
			companion: ambush + "Ghana condemned the attack. The Velmar Brigades claimed responsibility for the attack.",
			want:      []string{fact("Ghana", graph.Fights, "Velmar Brigades")}},
	})
}

// A claim of an attack on a list of sides makes the claimant fight each;
// a claim doubted or retracted, in its sentence or the next, gives no
// fight.
func TestClaimedAttackListAndDoubt(t *testing.T) {
	const attack = "Gunmen attacked Togolese troops near Kelo on Sunday. "
	checkFacts(t, []factCase{
		{text: "Gunmen attacked Togolese troops and a Ghanaian patrol near Kelo on Sunday. The Orun Legion claimed responsibility.",
			want: []string{fact("Togo", graph.Fights, "Orun Legion"), fact("Ghana", graph.Fights, "Orun Legion")}},
	})
	companion := attack + "The Orun Legion said it carried out the attack."
	want := []string{fact("Togo", graph.Fights, "Orun Legion")}
	checkNegatives(t, []negativeCase{
		{text: attack + "The Orun Legion said it carried out the attack, but Togolese officials doubted the claim.",
			not: want, companion: companion, want: want},
		{text: attack + "The Orun Legion said it carried out the attack. The group later retracted it.",
			not: want, companion: companion, want: want},
	})
}
