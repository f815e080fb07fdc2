package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAttackAuthors checks that a reaction to an attack ("condemned the
// strikes") opposes every author the article gave the attack, by its
// clause or its noun phrase, and not its target nor the authors of
// another attack.
func TestAttackAuthors(t *testing.T) {
	checkFacts(t, []factCase{
		// Several authors in the clause that launches the attack.
		{text: "Ghana, Togo and Benin launched air strikes against the Northern Brigade on Sunday.\n\nNiger condemned the strikes.",
			want: []string{
				fact("Niger", graph.Opposes, "Ghana"),
				fact("Niger", graph.Opposes, "Togo"),
				fact("Niger", graph.Opposes, "Benin"),
			}},
		// The author glued to the noun: "the Ghana-led offensive".
		{text: "The Ghana-led offensive lasted three weeks.\n\nMali also denounced the offensive.",
			want: []string{fact("Mali", graph.Opposes, "Ghana")}},
		// The author after the noun, and a reaction by another noun.
		{text: "The offensive by the Northern Brigade lasted a week.\n\nMali condemned the attack.",
			want: []string{fact("Mali", graph.Opposes, "Northern Brigade")}},
		// The author's possessive before adjectives of the attack.
		{text: "Border war goes on\n\nGhana's air campaign went on into May.\n\nTogo and Benin condemned the campaign.",
			want: []string{fact("Togo", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Ghana")}},
		// Any verb of condemning: "slammed", "criticised".
		{text: "Ghana and Togo launched strikes on the Northern Brigade.\n\nMali slammed the strikes, and Niger criticised the attack.",
			want: []string{fact("Mali", graph.Opposes, "Ghana"), fact("Mali", graph.Opposes, "Togo"), fact("Niger", graph.Opposes, "Ghana")}},
		// A state's forces named by its adjective stand for the state.
		{text: "Ghanaian military strikes killed eleven people near the border.\n\nNiger decried the strikes.",
			want: []string{fact("Niger", graph.Opposes, "Ghana")}},
	})
	checkFacts(t, []factCase{
		// The target does not author the attack.
		{text: "Ghana launched air strikes against Togo on Sunday.\n\nNiger condemned the strikes.",
			want: []string{fact("Niger", graph.Opposes, "Ghana")},
			not:  []string{fact("Niger", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Another attack, whose author is not named, is not the strikes'.
		{text: "Ghana launched air strikes against Togo.\n\nA suspected gas attack killed dozens in the town.\n\nNiger condemned the attack.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Ghana launched air strikes against Togo.\n\nThe strikes killed dozens in the town.\n\nNiger condemned the strikes.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
		// An attack whose author the article never names gives nothing.
		{text: "Air strikes hit the port on Sunday.\n\nNiger condemned the strikes.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Ghanaian air strikes hit the port on Sunday.\n\nNiger condemned the strikes.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
		// A person who orders an attack is no author of it for a
		// reaction: the text says whose forces struck.
		{text: "Kofi Adu ordered the strikes on Togo.\n\nNiger condemned the strikes.",
			not:       []string{fact("Niger", graph.Opposes, "Kofi Adu")},
			companion: "Ghana ordered the strikes on Togo.\n\nNiger condemned the strikes.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
	})
}

// TestReactionPastAppositive checks a reaction whose subject an
// appositive keeps from its verb.
func TestReactionPastAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo launched strikes on the Northern Brigade.\n\nBenin, the Front's closest ally, condemned the strikes.",
			want: []string{fact("Benin", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Togo")}},
		{text: "Ghana launched an offensive on the Northern Brigade.\n\nThe African Union, which has mediated for years, also denounced the offensive.",
			want: []string{fact("African Union", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana launched strikes on the Northern Brigade.\n\nBenin, the Front's closest ally, did not condemn the strikes.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana launched strikes on the Northern Brigade.\n\nBenin, the Front's closest ally, condemned the strikes.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
}

// TestCoalitionAgainst checks a coalition named with its enemy.
func TestCoalitionAgainst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Front has been the main partner of the Ghana-led coalition against the Northern Brigade since 2015.",
			want: []string{fact("Ghana-led coalition", graph.Fights, "Northern Brigade")}},
		{text: "Togo joined the Ghana-led alliance against the Northern Brigade in May.",
			want: []string{fact("Ghana-led alliance", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A coalition said to be formed against no one named.
		{text: "The Ghana-led coalition against terrorism met in Accra.",
			not:       []string{fact("Ghana-led coalition", graph.Fights, "Accra")},
			companion: "The Ghana-led coalition against the Northern Brigade met in Accra.",
			want:      []string{fact("Ghana-led coalition", graph.Fights, "Northern Brigade")}},
	})
}

// TestHeldTargets checks an attack on a place named by who holds it: the
// attack's author fights the holder.
func TestHeldTargets(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana launched an offensive on the Togolese-held islands.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		{text: "The Northern Brigade shelled Ghanaian-held districts on Monday.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		// The subject past an appositive.
		{text: "The Coastal Defence Forces, backed by Benin, launched a large assault on Togolese-controlled villages in May.",
			want: []string{fact("Coastal Defence Forces", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Civilians who flee a place attack no one.
		{text: "Thousands fled the Togolese-held islands as Ghana condemned the blockade.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana stormed the Togolese-held islands.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
		// An attack whose author is not named.
		{text: "Ghana said an offensive on the Togolese-held islands had begun.",
			not:       []string{fact("Ghana", graph.Fights, "Togo")},
			companion: "Ghana said its army had launched an offensive on the Togolese-held islands.",
			want:      []string{fact("Ghana", graph.Fights, "Togo")}},
	})
}

// TestStatementIssuers checks that "the statement" acting later stands
// for those who issued it, however the article said they did.
func TestStatementIssuers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In a joint statement issued after the summit, Ghana, Togo and Benin pledged to keep the border open.\n\nThe statement condemned the Northern Brigade.",
			want: []string{
				fact("Ghana", graph.Opposes, "Northern Brigade"),
				fact("Togo", graph.Opposes, "Northern Brigade"),
				fact("Benin", graph.Opposes, "Northern Brigade"),
			}},
		{text: "Ghana and Togo issued a joint statement on Friday.\n\nThe joint statement denounced the Togolese-held blockade and rejected the seizure of the islands by Benin.",
			want: []string{fact("Ghana", graph.Opposes, "Benin"), fact("Togo", graph.Opposes, "Benin")}},
		{text: "Niger said in a statement that the border would stay shut.\n\nThe statement condemned the Northern Brigade.",
			want: []string{fact("Niger", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// A statement whose issuer the article never names.
		{text: "A statement was read on the radio.\n\nThe statement condemned the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Opposes, "Northern Brigade")},
			companion: "A statement by Ghana was read on the radio.\n\nThe statement condemned the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		// "the statement of" names what the statement is about.
		{text: "Ghana issued a statement.\n\nTogo said the statement of Ghana condemned the Northern Brigade unfairly.",
			not:       []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			companion: "Ghana issued a statement.\n\nThe statement condemned the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
	})
}

// TestPassiveReactions checks a reaction told in the passive after the
// attack.
func TestPassiveReactions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's air campaign went on into May.\n\nThe campaign was condemned by Togo and Benin.",
			want: []string{fact("Togo", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Ghana")}},
		{text: "The Beninese offensive has been denounced by Mali.",
			want: []string{fact("Mali", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Beninese offensive has not been denounced by Mali.",
			not:       []string{fact("Mali", graph.Opposes, "Benin")},
			companion: "The Beninese offensive has been denounced by Mali.",
			want:      []string{fact("Mali", graph.Opposes, "Benin")}},
		// An attack whose author no one named.
		{text: "An offensive began in May.\n\nThe offensive was condemned by Mali.",
			not:       []string{fact("Mali", graph.Opposes, "Ghana")},
			companion: "Ghana began an offensive in May.\n\nThe offensive was condemned by Mali.",
			want:      []string{fact("Mali", graph.Opposes, "Ghana")}},
	})
}

// TestRepelledAttacks checks an attack fought off, named in its phrase
// or referred back to.
func TestRepelledAttacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Northern Brigade launched an offensive on Kpani on Monday.\n\nGhanaian troops repelled the offensive.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Ghanaian troops repelled a Togolese assault on the bridge.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// An attack not stated before has no known author.
		{text: "The Northern Brigade launched an offensive on Kpani on Monday.\n\nBenin repelled an attack on its border.",
			not:       []string{fact("Benin", graph.Fights, "Northern Brigade")},
			companion: "The Northern Brigade launched an offensive on Kpani on Monday.\n\nBenin repelled the offensive.",
			want:      []string{fact("Benin", graph.Fights, "Northern Brigade")}},
	})
}

// TestBackedFightOwner checks that the owner of a fight others back
// fights the enemy, and the backers do not.
func TestBackedFightOwner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana said it expected Togo and Benin to support its fight against the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Northern Brigade", graph.Fights, "Togo"), fact("Benin", graph.Fights, "Northern Brigade")}},
		{text: "Mali and Niger asked Ghana to back their war against the Northern Brigade.",
			want: []string{fact("Mali", graph.Fights, "Northern Brigade"), fact("Niger", graph.Fights, "Northern Brigade")},
			not:  []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// "its" agrees with one state, not with the list that backs it.
		{text: "Togo and Benin pledged to support its fight against the Northern Brigade.",
			not:       []string{fact("Togo", graph.Fights, "Northern Brigade")},
			companion: "Ghana said it expected Togo and Benin to support its fight against the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestJudgedAttacks checks a judgement of an attack referred back to.
func TestJudgedAttacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo launched air strikes on the Northern Brigade.\n\nBenin called the strikes a flagrant act of aggression.",
			want: []string{fact("Benin", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Togo")}},
		{text: "Ghana launched an offensive on the Northern Brigade.\n\nNiger described the offensive as a violation of international law.",
			want: []string{fact("Niger", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// A judgement that does not condemn.
		{text: "Ghana launched an offensive on the Northern Brigade.\n\nNiger called the offensive necessary.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Ghana launched an offensive on the Northern Brigade.\n\nNiger called the offensive a provocation.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
	})
}

// TestJudgedDeeds checks the evaluation of a deed or a party by a
// negative word after a verb of judging, and the criticism of a deed whose
// noun phrase names its agent (judgedDeeds): the subject opposes the
// agent, never the target or a party judged well.
func TestJudgedDeeds(t *testing.T) {
	checkFacts(t, []factCase{
		// A deed whose agent its noun phrase names, judged by an adjective.
		{text: "Benin called the Togolese strikes unacceptable.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Benin called the Togolese decision reckless and illegal.",
			want: []string{fact("Benin", graph.Opposes, "Togo")}},
		{text: "Ghana described Togo's blockade as unjustified.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// The agent after "by", before or after the judgement.
		{text: "Ghana called the raid by the Northern Brigade a heinous crime.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		{text: "Ghana described the bombing as a cowardly act by the Northern Brigade.",
			want: []string{fact("Ghana", graph.Opposes, "Northern Brigade")}},
		// A verb of criticising needs no judgement when the deed is owned.
		{text: "Niger rejected the Beninese stance.",
			want: []string{fact("Niger", graph.Opposes, "Benin")}},
		{text: "Niger criticised Togo's resolution on Monday.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger lambasted the Togolese decision.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger dismissed Togo's stance on Tuesday.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger warned Togo against further raids.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		// A party judged itself, alone or in a list.
		{text: "Niger described the Northern Brigade as destructive.",
			want: []string{fact("Niger", graph.Opposes, "Northern Brigade")}},
		{text: "Niger called Ghana, Togo and Benin aggressors.",
			want: []string{fact("Niger", graph.Opposes, "Ghana"), fact("Niger", graph.Opposes, "Togo"), fact("Niger", graph.Opposes, "Benin")}},
		// An attack referred back to, judged by an adjective, by a
		// participle after a comma, and past its target.
		{text: "Togo launched air strikes on the Northern Brigade.\n\nGhana called the strikes especially alarming.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togo launched air strikes on the Northern Brigade.\n\nGhana said three villages were hit, calling the strikes an unjustified escalation.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togo launched air strikes on the Northern Brigade.\n\nGhana called the attack on the port and the market a war crime.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// The target of a judged attack is not its agent.
		{text: "Togo launched air strikes on the Northern Brigade.\n\nGhana called the attack on Benin illegal.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")},
			not:  []string{fact("Ghana", graph.Opposes, "Benin")}},
	})
	checkNegatives(t, []negativeCase{
		// Dismissing a person is no criticism of a deed.
		{text: "Niger dismissed the Togolese minister.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger dismissed the Togolese claims.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A judgement that does not condemn.
		{text: "Niger called the Togolese decision a welcome step.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese decision a dangerous step.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger described Togo as a reliable partner.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger described Togo as hostile.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A call, not a judgement.
		{text: "Niger called for a ceasefire with Togo.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese stance a provocation.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// No attack stated: the target is nobody's agent.
		{text: "Niger called the attack on Togo illegal.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the attack by Togo illegal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A denied or uncertain judgement.
		{text: "Niger did not call the Togolese decision illegal.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese decision illegal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger may call the Togolese decision illegal.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese decision illegal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// The party judged in the passive is not the judge's subject.
		{text: "Niger was called reckless by Togo.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called Togo reckless.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A deed blamed on another names that other, not its owner.
		{text: "Niger blamed the Togolese strike on the Northern Brigade.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger condemned the Togolese strike.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A judgement that is the target's, stopped by a clause.
		{text: "Niger called the Togolese strike a response to attacks.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese strike a provocation.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// A judgement word past the first phrase judges something else:
		// a partner against terrorists, a victim of attacks, a place
		// ranked among others.
		{text: "Niger described Togo as a partner against terrorist groups.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger described Togo as hostile.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger called Togo a victim of terrorist attacks.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese strike an act of aggression.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger called the Togolese strike the least dangerous option for civilians.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger called the Togolese strike the most flagrant violation of its sovereignty.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger described Togo as the most dangerous place for aid workers.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger described Togo as hostile.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
	})
}

// TestJudgementStated checks a judgement of a deed told as a statement,
// "X said the strikes were illegal": the speaker opposes the deed's agent.
func TestJudgementStated(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Niger said the Togolese strikes were illegal.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger said that Togo's blockade was a flagrant violation of the charter.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger told reporters the Beninese incursion was an act of aggression.",
			want: []string{fact("Niger", graph.Opposes, "Benin")}},
		{text: "Togo launched air strikes on the Northern Brigade.\n\nNiger said the strikes on the Northern Brigade were a crime.",
			want: []string{fact("Niger", graph.Opposes, "Togo")},
			not:  []string{fact("Niger", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Niger said the Togolese strikes were not illegal.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger said the Togolese strikes were illegal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger said the Togolese strikes were a response to aggression.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger said the Togolese strikes were an act of aggression.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		// No copula: the judgement is another clause's.
		{text: "Niger said the Togolese strikes killed five in a brutal raid.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger said the Togolese strikes were brutal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Niger said the Togolese strikes would be illegal.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Niger said the Togolese strikes were illegal.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
	})
}

// TestAttackReferredPastJudgementsAndWars checks that "condemned the
// attack" still names the attack stated before past an attack noun that
// is no new attack: the judgement of one ("called it a cowardly attack"),
// its kind ("such an attack") or a war told as background ("the group
// that fought a war with X").
func TestAttackReferredPastJudgementsAndWars(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Togo launched air strikes on villages near Kara.\n\nBenin called it a cowardly attack on civilians.\n\nNiger also condemned the attack.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Togo launched air strikes on villages near Kara.\n\nTogo assured Benin that such an attack would not happen again.\n\nNiger also condemned the attack.",
			want: []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Togo launched air strikes on villages near Kara.\n\nThe Northern Brigade, the group that fought a long war with Benin last year, denied any role.\n\nNiger also condemned the attack.",
			want: []string{fact("Benin", graph.Fights, "Northern Brigade"), fact("Niger", graph.Opposes, "Togo")},
			not:  []string{fact("Niger", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// Another attack whose author is not known names no one.
		{text: "Togo launched air strikes on villages near Kara.\n\nBenin said a suspected gas attack had killed ten in the north.\n\nNiger also condemned the attack.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Togo launched air strikes on villages near Kara.\n\nBenin called it a cowardly attack on civilians.\n\nNiger also condemned the attack.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
	})
}

// TestPairThatFoughtEachOther checks that an appositive describing the two
// sides named before it as having fought each other states their fight,
// past a leader named in passing.
func TestPairThatFoughtEachOther(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The accord was signed by the Sahel Front of Idriss Kaba and the Coastal Movement, led by Amadou Sow, two rival factions that have fought each other around Gao.",
			want: []string{fact("Coastal Movement", graph.Fights, "Sahel Front")}},
		{text: "The Sahel Front and the Coastal Movement, two groups that once fought each other, opened an office in Niamey.",
			want: []string{fact("Coastal Movement", graph.Fights, "Sahel Front")}},
	})
	checkNegatives(t, []negativeCase{
		// Two sides that backed each other did not fight.
		{text: "The Sahel Front and the Coastal Movement, two groups that once backed each other, opened an office in Niamey.",
			not:       []string{fact("Coastal Movement", graph.Fights, "Sahel Front")},
			companion: "The Sahel Front and the Coastal Movement, two groups that once fought each other, opened an office in Niamey.",
			want:      []string{fact("Coastal Movement", graph.Fights, "Sahel Front")}},
		// Three sides before "two groups": which two is not said.
		{text: "The Sahel Front, Mali and the Coastal Movement, two groups that once fought each other, opened an office in Niamey.",
			not:       []string{fact("Coastal Movement", graph.Fights, "Sahel Front")},
			companion: "The Sahel Front and the Coastal Movement, two groups that once fought each other, opened an office in Niamey.",
			want:      []string{fact("Coastal Movement", graph.Fights, "Sahel Front")}},
	})
}

// TestPunitiveMeasures checks a punitive measure told by its noun in any
// construction: its owner before it, after "of", "by" or "from", or as the
// subject of a verb of imposing, opposes its target after "on" or the one
// "under" it; a critic of the measure opposes its owner.
func TestPunitiveMeasures(t *testing.T) {
	checkFacts(t, []factCase{
		// The owner's adjective or acronym, the target after "on".
		{text: "Ghanaian sanctions on Togo have hurt its cocoa trade.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
		// Owners after "of", and a critic of the measure.
		{text: "Benin blamed the unilateral coercive measures of Ghana and the European Union for the shortages.",
			want: []string{fact("Benin", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "European Union")}},
		// A passive agent, a target and a critic.
		{text: "Mali criticised the sanctions imposed by ECOWAS on Niger, saying they hurt ordinary people.",
			want: []string{fact("ECOWAS", graph.Opposes, "Niger"), fact("Mali", graph.Opposes, "ECOWAS")}},
		// The one under the measure, carried over "and".
		{text: "Niamey has also delayed the vote and has been under an embargo from ECOWAS since March.",
			want: []string{fact("ECOWAS", graph.Opposes, "Niger")}},
		// A person under a state's sanctions, in a relative clause.
		{text: "Mr Tavo Renkel, who is under EU sanctions, said he had done nothing wrong.",
			want: []string{fact("European Union", graph.Opposes, "Tavo Renkel")}},
		// The subject of a verb of imposing, in a relative clause with a
		// companion.
		{text: "Canada, which with Japan had imposed restrictions on Caracas in May, urged calm.",
			want: []string{fact("Canada", graph.Opposes, "Venezuela"), fact("Japan", graph.Opposes, "Venezuela")}},
		// "its" of the clause's actor.
		{text: "Cuba urged Washington to lift its trade embargo on Havana.",
			want: []string{fact("United States", graph.Opposes, "Cuba")}},
	})
	checkNegatives(t, []negativeCase{
		// Measures that are not punitive.
		{text: "Ghana imposed security measures on the border with Togo.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana imposed trade restrictions on Togo.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A plain name before the noun may be its target ("Iran
		// sanctions").
		{text: "Lawmakers debated the Iran sanctions bill with Canada.",
			not:       []string{fact("Iran", graph.Opposes, "Canada")},
			companion: "Lawmakers debated the Iranian sanctions on Canada.",
			want:      []string{fact("Iran", graph.Opposes, "Canada")}},
		// Relief from a measure is no measure.
		{text: "Brazil offered Caracas sanctions relief against the advice of Chile.",
			not:       []string{fact("Brazil", graph.Opposes, "Chile")},
			companion: "Brazil imposed sanctions against Chile.",
			want:      []string{fact("Brazil", graph.Opposes, "Chile")}},
		// A denied measure.
		{text: "Ghana did not impose sanctions on Togo.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana imposed sanctions on Togo.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestEnvoyProtests checks a protest to an envoy named as a person by his
// title: the subject opposes the state he serves, not its own.
func TestEnvoyProtests(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's foreign ministry summoned the Togolese ambassador, Kofi Mensah Adu, and handed him a protest note.",
			want: []string{fact("Ghana's foreign ministry", graph.Opposes, "Togo")}},
		{text: "Peru expelled the Chilean envoy in Lima, Rodrigo Valdes Soto, after the raid.",
			want: []string{fact("Peru", graph.Opposes, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana summoned its ambassador to Togo, Yaw Ofori, for consultations.",
			not:       []string{fact("Ghana", graph.Opposes, "Ghana"), fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana summoned the Togolese ambassador, Yaw Ofori, for talks.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Ghana did not summon the Togolese ambassador, Kofi Mensah Adu, despite the raid.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Ghana summoned the Togolese ambassador, Kofi Mensah Adu, after the raid.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestEliminations checks an aim to destroy an enemy told by an
// infinitive, whatever governs it: its agent, the nearest state or body
// before it in its clause, fights the enemy.
func TestEliminations(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo stressed their determination to continue cooperation to eliminate the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Togo", graph.Fights, "Northern Brigade")}},
		// A place between the agent and its aim is passed over.
		{text: "Ghana sent two battalions to Mali last year to defeat the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		{text: "Ghana and Togo will continue to work together to eradicate the Northern Brigade.",
			want: []string{fact("Ghana", graph.Fights, "Northern Brigade"), fact("Togo", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// One asked to do it is no agent.
		{text: "Benin urged Ghana to eradicate the Northern Brigade.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana moved troops north to eradicate the Northern Brigade.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		// A hope is no fight.
		{text: "Ghana hopes to defeat the Northern Brigade by May.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana deployed troops to defeat the Northern Brigade by May.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestSiteAttacks checks an attack on a site or unit named by its owner
// after "of": the attacker, by the verb's subject or the author of the
// weapon or attack right before it, fights every owner of the list.
func TestSiteAttacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Two observers were hurt when a Ghanaian tank fired at a watchtower post of the African Union mission near the border.",
			want: []string{fact("Ghana", graph.Fights, "African Union")}},
		{text: "The Togolese strikes hit the headquarters of the Northern Brigade outside Kara, camps of the Savanna Front near Dapaong and a base of the Oti Movement.",
			want: []string{
				fact("Togo", graph.Fights, "Northern Brigade"),
				fact("Togo", graph.Fights, "Savanna Front"),
				fact("Togo", graph.Fights, "Oti Movement"),
			}},
		{text: "Benin has bombed hideouts of the Northern Brigade for months.",
			want: []string{fact("Benin", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// An attack with no author named gives no fight.
		{text: "A tank shelled positions of the Northern Brigade near the border.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "A Ghanaian tank shelled positions of the Northern Brigade near the border.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
		// A visit to a site is no attack.
		{text: "Ghana's defence minister visited camps of the Northern Brigade in May.",
			not:       []string{fact("Ghana", graph.Fights, "Northern Brigade")},
			companion: "Ghana raided camps of the Northern Brigade in May.",
			want:      []string{fact("Ghana", graph.Fights, "Northern Brigade")}},
	})
}

// TestAccusedOfHostility checks an accusation of a hostile act aimed at
// no one named: the accused opposes the accuser.
func TestAccusedOfHostility(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Mali accuses Algeria, the main mediator of the accord, of meddling and of hostile acts.",
			want: []string{fact("Algeria", graph.Opposes, "Mali"), fact("Mali", graph.Opposes, "Algeria")}},
		{text: "Togo accused Ghana of waging an economic war after Accra raised its duties.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// An act aimed at someone named is not aimed at the accuser.
		{text: "Togo accused Ghana of undermining Benin.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Togo accused Ghana of undermining the talks.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
		// A person's accusation of an act aimed at "his country": the
		// target is his state, which the sentence does not name, not him.
		{text: "President Dario Mensk accused Chad of waging war on his country.",
			not:       []string{fact("Chad", graph.Opposes, "Dario Mensk")},
			companion: "President Dario Mensk accused Chad of meddling.",
			want:      []string{fact("Chad", graph.Opposes, "Dario Mensk")}},
		// An act that is no hostility.
		{text: "Togo accused Ghana of hoarding grain.",
			not:       []string{fact("Ghana", graph.Opposes, "Togo")},
			companion: "Togo accused Ghana of meddling.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}

// TestReactionDistance checks how far back a reaction that names an
// attack by a noun the article has not used finds its authors: a generic
// noun ("condemned the attack") names the last attack wherever it was
// stated; a noun of a move on the ground ("the incursion") names it only a
// few sentences on, so that a list of condemners far from any fight
// opposes no one rather than the last fight's author.
func TestReactionDistance(t *testing.T) {
	filler := "\n\nThe talks in Accra went on for a week.\n\nThe markets were calm.\n\nThe rains came early this year.\n\nThe harvest was good.\n\nSchools reopened on Monday.\n\n"
	checkFacts(t, []factCase{
		{text: "The Northern Brigade attacked Togolese troops near Kalma on Sunday." + filler + "Mali and Niger condemned the attack.",
			want: []string{fact("Mali", graph.Opposes, "Northern Brigade"), fact("Niger", graph.Opposes, "Northern Brigade")}},
		{text: "The Northern Brigade attacked Togolese troops near Kalma on Sunday.\n\nMali and Niger condemned the incursion.",
			want: []string{fact("Mali", graph.Opposes, "Northern Brigade"), fact("Niger", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Northern Brigade attacked Togolese troops near Kalma on Sunday." + filler + "Mali and Niger condemned the incursion.",
			not:       []string{fact("Mali", graph.Opposes, "Northern Brigade"), fact("Niger", graph.Opposes, "Northern Brigade")},
			companion: "The Northern Brigade attacked Togolese troops near Kalma on Sunday." + filler + "Mali and Niger condemned the attack.",
			want:      []string{fact("Mali", graph.Opposes, "Northern Brigade")}},
	})
}

// TestAttackReferredBack checks that an attack the article refers back to
// by a noun without naming its author ("the strikes killed four") keeps
// the authors it had then: a fight stated later in passing, in a relative
// clause or about another year, does not become the attack a reaction
// names by that noun; an attack stated later with the noun still does.
func TestAttackReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian jets struck an army depot near Kara on Monday.\n\nThe strikes killed four soldiers, officials said.\n\nThe Northern Brigade, which fought a long war with Togo in the 1990s, still holds the hills.\n\nBenin condemned the strikes.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")},
			not:  []string{fact("Benin", graph.Opposes, "Northern Brigade"), fact("Benin", graph.Opposes, "Togo")}},
		{text: "The Borduria Front attacked an army convoy near Kalma on Tuesday.\n\nGhana said the attack showed the Front was still strong.\n\nLast year Togo waged a war against Benin.\n\nMali condemned the attack.",
			want: []string{fact("Mali", graph.Opposes, "Borduria Front")},
			not:  []string{fact("Mali", graph.Opposes, "Togo")}},
		{text: "The Northern Brigade attacked a convoy of Togolese troops near Kara on Sunday, killing six soldiers.\n\nThe attack was the deadliest this year.\n\nGhana has carried out air strikes against the Brigade's camps since March.\n\nTogo condemned the attack.",
			want: []string{fact("Togo", graph.Opposes, "Northern Brigade")},
			not:  []string{fact("Togo", graph.Opposes, "Ghana")}},
	})
	checkFacts(t, []factCase{
		// Munitions fired at or toward anything are an attack, whose
		// author a reaction names, past a fight stated in between.
		{text: "Ghana fired missiles at six sites in the north on Sunday.\n\nThe strikes killed nine people, officials said.\n\nThe Togolese air force shot down two Ghanaian jets in response.\n\nTogolese President Kofi Mensah condemned the strikes.",
			want: []string{fact("Kofi Mensah", graph.Opposes, "Ghana")},
			not:  []string{fact("Kofi Mensah", graph.Opposes, "Togo")}},
		{text: "Ghana fired rockets toward the border towns overnight.\n\nBenin condemned the attack.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Firing someone is no attack.
		{text: "Ghana fired its army chief on Monday.\n\nBenin condemned the attack.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana fired rockets at the border towns on Monday.\n\nBenin condemned the attack.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// A later attack stated with the same noun is the one named.
		{text: "Ghanaian jets struck an army depot near Kara on Monday.\n\nThe strikes killed four soldiers.\n\nOn Wednesday Togo launched air strikes against the Northern Brigade.\n\nBenin condemned the strikes.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghanaian jets struck an army depot near Kara on Monday.\n\nThe strikes killed four soldiers.\n\nBenin condemned the strikes.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// A noun referred back to before any attack is known binds
		// nothing: the attack stated next is the one condemned.
		{text: "The attack shocked the town.\n\nThe Northern Brigade attacked Togolese troops near Kalma on Sunday.\n\nMali condemned the attack.",
			not:       []string{fact("Mali", graph.Opposes, "Togo")},
			companion: "The attack shocked the town.\n\nThe Northern Brigade attacked Togolese troops near Kalma on Sunday.\n\nMali condemned the attack.",
			want:      []string{fact("Mali", graph.Opposes, "Northern Brigade")}},
	})
}

// TestLabelledTargets checks a strike on a target its attacker labels,
// "struck what it described as bases of X", "hit what it said were
// hideouts of A and B": the label is passed over, the owner is fought.
func TestLabelledTargets(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana struck what it described as bases of the Savanna Front near the border.",
			want: []string{fact("Ghana", graph.Fights, "Savanna Front")}},
		{text: "Togo's army hit what it said were hideouts of the Oti Movement and the Northern Brigade.",
			want: []string{fact("Togo's army", graph.Fights, "Oti Movement"), fact("Togo's army", graph.Fights, "Northern Brigade")}},
		{text: "Benin shelled what officials called camps of the Northern Brigade.",
			want: []string{fact("Benin", graph.Fights, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// What a side says of another's bases is no attack on them.
		{text: "Ghana described what it called bases of the Savanna Front near the border.",
			not:       []string{fact("Ghana", graph.Fights, "Savanna Front")},
			companion: "Ghana bombed what it called bases of the Savanna Front near the border.",
			want:      []string{fact("Ghana", graph.Fights, "Savanna Front")}},
	})
}

// TestCondemnedPronounAttack checks a reaction that names the attack by a
// pronoun ("also condemned them", "denounced it"): the pronoun stands for
// the attack noun it agrees with, earlier in its sentence or in the
// sentence before, and the reaction opposes that attack's authors, named
// with the noun ("the Ghanaian strikes", "the raids by X") or before.
func TestCondemnedPronounAttack(t *testing.T) {
	checkFacts(t, []factCase{
		// "them" for the strikes of the sentence before.
		{text: "Ghana launched air strikes on the Northern Brigade.\n\nMali condemned the strikes.\n\nBenin and Niger also denounced them.",
			want: []string{fact("Mali", graph.Opposes, "Ghana"), fact("Benin", graph.Opposes, "Ghana"), fact("Niger", graph.Opposes, "Ghana")}},
		// The noun's adjective says whose strikes they are.
		{text: "Mali condemned the Ghanaian strikes as a breach of its borders, and Benin also denounced them.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		// So does "by" after it.
		{text: "Togo condemned the raids by the Northern Brigade, and Benin also decried them.",
			want: []string{fact("Benin", graph.Opposes, "Northern Brigade")}},
		// "it" for a singular noun of the sentence before.
		{text: "The Northern Brigade launched an offensive near Kalma.\n\nThe offensive drove thousands from their homes.\n\nNiger condemned it.",
			want: []string{fact("Niger", graph.Opposes, "Northern Brigade")}},
	})
	checkNegatives(t, []negativeCase{
		// "them" with no attack before it stands for something else.
		{text: "Ghana launched air strikes on the Northern Brigade.\n\nPolice in Accra arrested dozens of protesters.\n\nNiger condemned them.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Ghana launched air strikes on the Northern Brigade.\n\nThe strikes killed nine people.\n\nNiger condemned them.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
		// "them" does not stand for one offensive.
		{text: "Ghana launched an offensive on the Northern Brigade.\n\nNiger condemned them.",
			not:       []string{fact("Niger", graph.Opposes, "Ghana")},
			companion: "Ghana launched an offensive on the Northern Brigade.\n\nNiger condemned it.",
			want:      []string{fact("Niger", graph.Opposes, "Ghana")}},
		// A reaction denied states nothing.
		{text: "Ghana launched air strikes on the Northern Brigade.\n\nMali condemned the strikes.\n\nBenin did not condemn them.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana launched air strikes on the Northern Brigade.\n\nMali condemned the strikes.\n\nBenin also condemned them.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
	})
}

// TestVerbAttacks checks that an attack stated by its verb on a place or
// site, not on a side, names its author for a reaction later on.
func TestVerbAttacks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana struck villages near the border on Monday. Togo condemned the attack.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		// A state's aircraft stand for the state.
		{text: "Ghanaian jets bombed a market in Lome. Togo denounced the raid.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
		// The reaction's noun need not be the verb's.
		{text: "Ghana shelled the outskirts of Kara overnight. Benin condemned the assault.",
			want: []string{fact("Benin", graph.Opposes, "Ghana")}},
		{text: "The Borduria Front stormed a prison in Kara on Saturday. Togo condemned the assault.",
			want: []string{fact("Togo", graph.Opposes, "Borduria Front")}},
		// The subject of a relative clause.
		{text: "Gunmen of the Borduria Front, who stormed a prison in Kara on Saturday, were killed. Ghana condemned the attack.",
			want: []string{fact("Ghana", graph.Opposes, "Borduria Front")}},
		// An attack noun after the verb names the same attack.
		{text: "Ghana struck the village of Kara, in an attack that killed five. Togo condemned the attack.",
			want: []string{fact("Togo", graph.Opposes, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// Striking a deal is no attack.
		{text: "Ghana has struck a deal with Togo. Benin condemned the attack.",
			not:       []string{fact("Benin", graph.Opposes, "Ghana")},
			companion: "Ghana has struck a town near Togo. Benin condemned the attack.",
			want:      []string{fact("Benin", graph.Opposes, "Ghana")}},
		// A verb of striking whose object is no site is no attack
		// (review): a person dismissed, a figure aimed at, a retort.
		{text: "Togo fired its army chief on Monday. Later, Niger condemned the attack.",
			not:       []string{fact("Niger", graph.Opposes, "Togo")},
			companion: "Togo struck villages near the border on Monday. Later, Niger condemned the attack.",
			want:      []string{fact("Niger", graph.Opposes, "Togo")}},
		{text: "Ghana targets a growth rate of five percent. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana targeted a market in Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana fired Mensah on Tuesday. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana shelled a village near Kara on Tuesday. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana hit its inflation target in March. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana hit a depot near Kara in March. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana hit out at its critics. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana hit a depot near Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		// A denied, negated, uncertain or passive strike names no author.
		{text: "Ghana denied that it had shelled a camp near Kara. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana said that it had shelled a camp near Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana did not strike the village of Kara. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana struck the village of Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana may have shelled a market in Kara. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana has shelled a market in Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		{text: "Ghana was attacked near Kara. Togo condemned the attack.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "Ghana attacked a town near Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
		// A sentence about an attack stated before does not re-name its
		// author.
		{text: "The Borduria Front launched air strikes on Accra. The strikes came after Ghana had shelled a town near Kara. Togo condemned the strikes.",
			not:       []string{fact("Togo", graph.Opposes, "Ghana")},
			companion: "The Borduria Front launched air strikes on Accra. Ghana had shelled a town near Kara. Togo condemned the attack.",
			want:      []string{fact("Togo", graph.Opposes, "Ghana")}},
	})
}
