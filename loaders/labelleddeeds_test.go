package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLabelledDeedReactions checks a deed criticised under the speaker's
// label, "X condemned what it called a massacre": the label names the
// attack the article stated before, so the critic opposes its authors,
// whatever the label's noun (an attack, a judgement, a judged act), with a
// target after it, with the speaker named or a pronoun, and in any verb
// of criticising.
func TestLabelledDeedReactions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade attacked the town of Kara on Monday. Togo condemned what it called a massacre of civilians.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "Ghanaian troops stormed a village near Kara on Monday. Togo condemned what it called deliberate attacks on unarmed civilians.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "The Northern Brigade stormed a village near Kara on Monday. The Kara Committee denounced what they described as a cowardly terrorist act.",
			want: []string{fact("Kara Committee", graph.Opposes, "Northern Brigade")}},
		{text: "Ghanaian jets bombed a market in the north of Togo. Benin strongly criticised what its foreign ministry termed a reckless act of aggression.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "The Northern Brigade raided a camp near the border overnight. The African Union deplored what it called an atrocity against the displaced.",
			want: []string{fact("African Union", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A label that names no deed ("a partner", a side) is no
		// reaction to the attack.
		{text: "The Northern Brigade stormed a village near Kara on Monday. Togo criticised what it called a partner of the Front.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade stormed a village near Kara on Monday. Togo criticised what it called a massacre.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		// A denied or uncertain criticism is none.
		{text: "The Northern Brigade stormed a village near Kara on Monday. Togo did not condemn what it called a massacre.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade stormed a village near Kara on Monday. Togo condemned what it called an atrocity.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade stormed a village near Kara on Monday. Togo may condemn what it calls a massacre.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade stormed a village near Kara on Monday. Togo condemned what it called a massacre.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		// With no attack stated before, the label names no one.
		{text: "Togo condemned what it called a massacre of civilians in the north.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade raided a village in the north. Togo condemned what it called a massacre of civilians in the north.",
			want:      []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
	})
}

// TestBlamedAttackAuthors checks that an attack blamed on a party names
// its author for a reaction later on: "blamed X for the strike", "held X
// responsible for the raid", with the attack's noun qualified or given a
// target, and a site in the plural that only war hits ("struck military
// sites"); blame laid on no party, or denied, names no one.
func TestBlamedAttackAuthors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo on Monday blamed Ghana for a pre-dawn missile strike on an air base. Benin condemned the strike.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Togo held Ghana responsible for the raid on the border post. Benin condemned the raid.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "Togo blames the Northern Brigade for a deadly bombing in the capital. The African Union also denounced the bombing.",
			want: []string{fact("African Union", graph.Opposes, "Northern Brigade")}},
		{text: "Ghanaian warplanes struck military sites near the border on Tuesday night. Togo condemned the strikes.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghanaian drones hit fuel installations in the north of Togo. Benin denounced the attack.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Blame laid on no party names no author.
		{text: "Togo blamed the weather for the failed raid on the border post. Benin condemned the raid.",
			not:       []string{fact("Benin", graph.Opposes, "Togo")},
			companion: "Togo blamed the Northern Brigade for the failed raid on the border post. Benin condemned the raid.",
			want:      []string{fact("Benin", graph.Opposes, "Northern Brigade")}},
		{text: "Togo denied that Ghana was to blame for the strike. Benin condemned the strike.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Togo blamed Ghana for the strike. Benin condemned the strike.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// Sites hit by no war: "sites" of a trade.
		{text: "Ghana's regulator shut down gambling sites last year. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghanaian jets struck military sites last year. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
	})
}

// TestAttackAuthorsInFights checks who authored an attack a sentence
// states alongside a fight, for a reaction later on: the coalition, not its
// enemy, of "the coalition against X carried out strikes", and the side a
// relative clause says stormed a site ("forces killed the militants who
// attacked the prison"), not the side that killed them, with the site's
// name before its noun ("the Kara detention centre").
func TestAttackAuthorsInFights(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The African Union coalition against the Northern Brigade carried out air strikes on Togolese positions late on Wednesday. Togo condemned the strikes as a massacre.",
			want: []string{fact("Togo", graph.Opposes, "African Union")},
			not:  []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "Ghanaian security forces killed all seven Northern Brigade militants who attacked a prison in the capital on Saturday. The African Union condemned the attack.",
			want: []string{fact("African Union", graph.Opposes, "Northern Brigade")},
			not:  []string{fact("African Union", graph.Opposes, "Ghana")}},
		{text: "Ghanaian troops repelled Northern Brigade fighters who stormed the Kara central detention centre overnight. Benin denounced the attack.",
			want: []string{fact("Benin", graph.Opposes, "Northern Brigade")},
			not:  []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A fight with no attack told in a relative clause: its subject
		// stands as the attack's author.
		{text: "Ghanaian troops killed five Northern Brigade fighters on Saturday. The African Union condemned the attack.",
			not:       []string{fact("African Union", graph.Opposes, "Northern Brigade")},
			companion: "Ghanaian troops killed five Northern Brigade fighters who stormed a prison on Saturday. The African Union condemned the attack.",
			want:      []string{fact("African Union", graph.Opposes, "Northern Brigade")}},
	})
}

// TestDeclaredDesignations checks a designation told by "declared" in
// every order the designation patterns read: active, passive without
// "as" and with its designator after "by", and a relative clause with an
// auxiliary ("which Togo has declared a terrorist organisation"); a
// declaration of anything but a foe, and a denied one, give nothing.
func TestDeclaredDesignations(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana has declared the Northern Brigade a terrorist organisation.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade was declared a terrorist group by Togo in 2019.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade remains designated a terrorist organisation by Ghana and Togo.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade"), fact("Togo", graph.Opposes, "Northern Brigade")}},
		{text: "Benin blamed the raid on the Northern Brigade, which Togo has declared a terrorist organisation.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana declared the Northern Brigade the winner of the local vote.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana declared the Northern Brigade a terrorist group.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Ghana has not declared the Northern Brigade a terrorist organisation.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "Ghana has declared the Northern Brigade a terrorist organisation.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}
