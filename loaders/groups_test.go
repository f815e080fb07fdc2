package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "They" or "The ministers" opening a sentence stands for the group the
// sentence before opened with as its subject, and the relation holds for every member;
// a group named elsewhere in that sentence is no subject, and "they" then
// stands for no one.
func TestTheyAfterGroupSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Ecuador issued a joint statement in Quito on Monday. They condemned the Bolivian air strikes on the border towns.",
			want: []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia"), fact("Ecuador", graph.Opposes, "Bolivia")}},
		{text: "In a joint statement, the three guarantors Kenya, Uganda and Ghana reaffirmed their commitment to the truce. They condemned the continuing Sudanese strikes on the camps.",
			want: []string{fact("Kenya", graph.Opposes, "Sudan"), fact("Ghana", graph.Opposes, "Sudan")}},
		{text: "Norway and Iceland held talks in Oslo. They also agreed to work together on fisheries.",
			want: []string{fact("Norway", graph.CooperatesWith, "Iceland")}},
		{text: "The foreign ministers of Kenya, Uganda and Rwanda gathered in Arusha on Monday. The ministers thanked Tanzania for hosting the talks.",
			want: []string{fact("Kenya", graph.Thanked, "Tanzania"), fact("Rwanda", graph.Thanked, "Tanzania")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The talks were hosted by Chile, Peru and Ecuador in Quito. They condemned the Bolivian air strikes on the border towns.",
			not:       []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Chile, Peru and Ecuador hosted the talks in Quito. They condemned the Bolivian air strikes on the border towns.",
			want:      []string{fact("Chile", graph.Opposes, "Bolivia"), fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "The talks in Arusha were attended by envoys of Kenya, Uganda and Rwanda. The ministers thanked Tanzania for hosting the talks.",
			not:       []string{fact("Kenya", graph.Thanked, "Tanzania")},
			companion: "Envoys of Kenya, Uganda and Rwanda attended the talks in Arusha. The ministers thanked Tanzania for hosting the talks.",
			want:      []string{fact("Kenya", graph.Thanked, "Tanzania")}},
	})
}

// "The four ministers", "the five delegations": a number and a plural
// noun of actors name the last group of that many states or people, the
// count checked.
func TestNumberedGroupReference(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The foreign ministers of Kenya, Uganda, Rwanda and Burundi met in Arusha. The four ministers agreed to work together against the militias.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Uganda"), fact("Rwanda", graph.CooperatesWith, "Burundi")}},
		{text: "Envoys of Chile, Peru, Ecuador, Bolivia and Paraguay gathered in Lima. The five delegations agreed to work together on the border.",
			want: []string{fact("Chile", graph.CooperatesWith, "Paraguay")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The foreign ministers of Kenya, Uganda and Rwanda met in Arusha. The four ministers agreed to work together against the militias.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "The foreign ministers of Kenya, Uganda and Rwanda met in Arusha. The three ministers agreed to work together against the militias.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
	})
}

// A reference by the part a group plays ("the guarantors") names the
// group a list set beside such a reference named, whatever other lists
// came between; a reference by a plain noun names the last group.
func TestGroupNamedByItsPart(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks ended in Accra, with the guarantor countries Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three guarantors agreed to work together on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Benin", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger")}},
		{text: "The truce, whose guarantor states are Ghana, Togo and Benin, held. Mali, Niger and Chad sent observers. The guarantors agreed to work together on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The talks ended in Accra, with Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three countries agreed to work together on the border.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "The talks ended in Accra, with the guarantor countries Ghana, Togo and Benin calling for calm. Mali, Niger and Chad sent observers. The three guarantors agreed to work together on the border.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// "X met Y, and the two countries agreed ...": the pair is the two
// people's states; when the state of either is not known, the pair is no
// two states named in the sentences before.
func TestPairOfCountriesOfTwoPeople(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Niger and Chad closed their border on Monday. Envoy Tomas Varga met rebel leader Ilan Petrov in the capital last year, and the two countries agreed to share intelligence along their common border.",
			not:       []string{fact("Chad", graph.CooperatesWith, "Niger")},
			companion: "Niger and Chad closed their border on Monday. Hungarian President Tomas Varga met Bulgarian President Ilan Petrov in the capital last year, and the two countries agreed to share intelligence along their common border.",
			want:      []string{fact("Bulgaria", graph.CooperatesWith, "Hungary")}},
	})
}

// "A delegation of A led by X held talks with Y, and the two governments
// agreed ...": a state acting as a party and a person are two sides, the
// person standing for his state; when his state is not known, the pair is
// no two states named before.
func TestPairOfAStateAndAPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Moldova sent observers to the talks. Iker Saldana, the Peruvian foreign minister, arrived on Sunday. A Chilean delegation led by Tomas Varga held talks in Lima with Saldana, and the two governments agreed to strengthen military cooperation.",
			want: []string{fact("Chile", graph.CooperatesWith, "Peru")},
			not:  []string{fact("Chile", graph.CooperatesWith, "Moldova")}},
		{text: "Norway recalled its envoy last week. Kenyan President Ilan Petrov met Tanzania in Arusha, and the two countries agreed to work together on the lake.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Tanzania")},
			not:  []string{fact("Norway", graph.CooperatesWith, "Tanzania")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Moldova sent observers to the talks. A Chilean delegation led by Tomas Varga held talks in Lima with rebel leader Iker Saldana, and the two governments agreed to strengthen military cooperation.",
			not:       []string{fact("Chile", graph.CooperatesWith, "Moldova")},
			companion: "Moldova sent observers to the talks. Iker Saldana, the Peruvian foreign minister, arrived on Sunday. A Chilean delegation led by Tomas Varga held talks in Lima with Saldana, and the two governments agreed to strengthen military cooperation.",
			want:      []string{fact("Chile", graph.CooperatesWith, "Peru")}},
	})
}

// "X hosted Y and Z. The three presidents ...": a group reference by an
// office names those who met in the sentence right before, when no list
// named them; never those of a meeting further back.
func TestGroupOfThoseWhoMet(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean President Tomas Varga hosted his Peruvian and Bolivian counterparts, Ilan Petrov and Mauro Sandi, in Santiago. The three presidents agreed to work together on the water crisis.",
			want: []string{fact("Ilan Petrov", graph.CooperatesWith, "Tomas Varga"), fact("Ilan Petrov", graph.CooperatesWith, "Mauro Sandi")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean President Tomas Varga hosted his Peruvian and Bolivian counterparts, Ilan Petrov and Mauro Sandi, in Santiago. Floods hit the north of the region on Monday. The three presidents agreed to work together on the water crisis.",
			not:       []string{fact("Ilan Petrov", graph.CooperatesWith, "Tomas Varga")},
			companion: "Chilean President Tomas Varga hosted his Peruvian and Bolivian counterparts, Ilan Petrov and Mauro Sandi, in Santiago. The three presidents agreed to work together on the water crisis.",
			want:      []string{fact("Ilan Petrov", graph.CooperatesWith, "Tomas Varga")}},
	})
}

// A group named by its part in a deal, with its members listed beside it,
// brokered the deal the sentence names: "whose guarantor states are A, B
// and C", "the talks ended, with the mediator countries A, B and C
// calling ..."; "of which A, B and C are guarantors" is a pattern.
func TestGroupOfGuarantors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lome process, whose guarantor states are Ghana, Togo and Benin, resumed on Monday.",
			want: []string{fact("Ghana", graph.Brokered, "Lome process"), fact("Benin", graph.Brokered, "Lome process")}},
		{text: "The fifth round of the Lome process ended on Friday, with the guarantor countries Ghana, Togo and Benin calling for calm.",
			want: []string{fact("Togo", graph.Brokered, "Lome process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana, Togo and Benin met in Accra. The fifth round of the Lome process ended on Friday, with the three guarantors calling for calm.",
			not:       []string{fact("Togo", graph.Brokered, "Lome process")},
			companion: "Ghana, Togo and Benin met in Accra. The fifth round of the Lome process ended on Friday, with the guarantor countries Ghana, Togo and Benin calling for calm.",
			want:      []string{fact("Togo", graph.Brokered, "Lome process")}},
	})
}

// "The delegations of the three countries" are the group's members, as
// "the delegation of Ghana" is Ghana.
func TestDelegationsOfGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin sent envoys to Lome. UN envoy Ilan Petrov held talks with the delegations of the three countries on Monday.",
			want: []string{fact("Ilan Petrov", graph.MetWith, "Ghana"), fact("Ilan Petrov", graph.MetWith, "Benin")}},
		{text: "The Lome process, whose guarantor states are Ghana, Togo and Benin, resumed on Monday. Mali and Niger sent observers. UN envoy Ilan Petrov held talks with the delegations of the guarantor states.",
			want: []string{fact("Ilan Petrov", graph.MetWith, "Togo")},
			not:  []string{fact("Ilan Petrov", graph.MetWith, "Mali")}},
	})
}

// "A joint plan drawn up by A, B and C": those who act jointly
// cooperate, every pair of them; a plan not said to be joint says
// nothing of the sort.
func TestJointActOfGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The offensive followed a joint plan drawn up by Kenya, Uganda and Rwanda last month.",
			want: []string{fact("Kenya", graph.CooperatesWith, "Uganda"), fact("Rwanda", graph.CooperatesWith, "Uganda")}},
		{text: "Joint patrols by Chilean and Peruvian troops began along the border on Monday.",
			want: []string{fact("Chile", graph.CooperatesWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The offensive followed a plan drawn up by Kenya, Uganda and Rwanda last month.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "The offensive followed a joint plan drawn up by Kenya, Uganda and Rwanda last month.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
	})
}

// "A delegation led by X ... The delegation also included Y ... The
// visitors met Z": the delegation's people are a group a later "The
// delegation", "The visitors" or "The Chilean guests" opening a sentence
// names, and the relation holds for each; a delegation of another state,
// or one no sentence before said who led, names no one.
func TestDelegationReference(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Prime Minister Ivo Brandt rejected a Chilean plan after a meeting with a delegation led by Chilean Foreign Minister Tomas Varga. The delegation also included the chief of the Chilean army, General Mauro Sandi. The Chilean visitors held a long meeting with Brandt and Defence Minister Ana Kolar in the capital.",
			want: []string{fact("Ana Kolar", graph.MetWith, "Tomas Varga"), fact("Ana Kolar", graph.MetWith, "Mauro Sandi"), fact("Ivo Brandt", graph.MetWith, "Mauro Sandi")}},
		{text: "Kenya sent a delegation headed by Interior Minister Amos Waruhiu to Juba on Sunday. The delegation met South Sudanese President Ilan Petrov at his palace.",
			want: []string{fact("Amos Waruhiu", graph.MetWith, "Ilan Petrov")}},
		{text: "A Peruvian delegation led by Defence Minister Iker Saldana arrived in Quito. The guests held talks with Ecuadorian President Rosa Viteri on the border.",
			want: []string{fact("Rosa Viteri", graph.MetWith, "Iker Saldana")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "A delegation led by Chilean Foreign Minister Tomas Varga arrived on Sunday. The Peruvian visitors held a long meeting with Defence Minister Ana Kolar in the capital.",
			not:       []string{fact("Ana Kolar", graph.MetWith, "Tomas Varga")},
			companion: "A delegation led by Chilean Foreign Minister Tomas Varga arrived on Sunday. The Chilean visitors held a long meeting with Defence Minister Ana Kolar in the capital.",
			want:      []string{fact("Ana Kolar", graph.MetWith, "Tomas Varga")}},
		{text: "Chilean Foreign Minister Tomas Varga arrived on Sunday with a large delegation. The visitors held a long meeting with Defence Minister Ana Kolar in the capital.",
			not:       []string{fact("Ana Kolar", graph.MetWith, "Tomas Varga")},
			companion: "A delegation led by Chilean Foreign Minister Tomas Varga arrived on Sunday. The visitors held a long meeting with Defence Minister Ana Kolar in the capital.",
			want:      []string{fact("Ana Kolar", graph.MetWith, "Tomas Varga")}},
	})
}

// "Eritrea sent a delegation led by Foreign Minister X", "a Chilean
// delegation led by Defence Minister X": the head's bare title is the
// office of the state whose delegation it is; not when two states come
// before the verb, nor without a verb of sending.
func TestDelegationHeadTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad responded by sending a delegation led by Foreign Minister Amos Waruhiu to the talks.",
			want: []string{fact("Amos Waruhiu", graph.ForeignMinisterOf, "Chad")}},
		{text: "On Monday Peru dispatched a delegation headed by Defence Minister Iker Saldana to the border.",
			want: []string{fact("Iker Saldana", graph.DefenseMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chad and Niger welcomed the talks, and Mali sent a large delegation led by Foreign Minister Amos Waruhiu to the summit hosted by Niger.",
			not:       []string{fact("Amos Waruhiu", graph.ForeignMinisterOf, "Chad"), fact("Amos Waruhiu", graph.ForeignMinisterOf, "Niger")},
			companion: "Mali sent a large delegation led by Foreign Minister Amos Waruhiu to the summit.",
			want:      []string{fact("Amos Waruhiu", graph.ForeignMinisterOf, "Mali")}},
		{text: "Chad welcomed a delegation led by Foreign Minister Amos Waruhiu to the talks.",
			not:       []string{fact("Amos Waruhiu", graph.ForeignMinisterOf, "Chad")},
			companion: "Chad sent a delegation led by Foreign Minister Amos Waruhiu to the talks.",
			want:      []string{fact("Amos Waruhiu", graph.ForeignMinisterOf, "Chad")}},
	})
}

// A numbered reference no list holds names all the actors of its kind
// named before it in its sentence, or in the sentence before, when their
// count is the reference's: a subject and a list after it, two lists, a
// list and a name joined by "along with".
func TestNumberedGroupOfSeveralNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, a close partner of Peru and Bolivia, hosted the talks, and its foreign ministry said the cooperation between the three countries would grow.",
			want: []string{fact("Chile", graph.CooperatesWith, "Peru"), fact("Peru", graph.CooperatesWith, "Bolivia")}},
		{text: "The accord was signed by Kenya and Uganda in separate ceremonies with Rwanda and the African Union. The four parties agreed to work together on the border.",
			want: []string{fact("Kenya", graph.CooperatesWith, "African Union"), fact("Uganda", graph.CooperatesWith, "Rwanda")}},
		{text: "Peruvian Foreign Minister Ana Ruiz and Bolivian Foreign Minister Ivo Bran signed the text along with Chilean Foreign Minister Eva Sol. Ecuadorian President Rosa Vela later held talks with the three ministers in Quito.",
			want: []string{fact("Rosa Vela", graph.MetWith, "Ana Ruiz"), fact("Rosa Vela", graph.MetWith, "Eva Sol")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states are named in the sentence: they are not three, and
		// the sentence before does not stand in for the one missing.
		{text: "Kenya signed the accord with Uganda and Rwanda. Ethiopia and Somalia hosted the envoys in Addis Ababa, where the three countries agreed to work together.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "Kenya signed the accord with Uganda and Rwanda. Later the three countries agreed to work together.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Uganda"), fact("Kenya", graph.CooperatesWith, "Rwanda")}},
		// Counts that do not match leave the reference unresolved.
		{text: "Kenya and Uganda signed the accord with Rwanda. The four countries agreed to work together on the border.",
			not:       []string{fact("Kenya", graph.CooperatesWith, "Uganda")},
			companion: "Kenya and Uganda signed the accord with Rwanda. The three countries agreed to work together on the border.",
			want:      []string{fact("Kenya", graph.CooperatesWith, "Uganda")}},
	})
}

// A list given a part in an apposition ("A, B and C, the guarantors of the
// truce,") is the group a later reference by that part names, whatever
// lists came between; a reference by another part names the list given
// that one; "The guarantors" opening a sentence after a group subject
// names that group from then on.
func TestGroupGivenItsPartBefore(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin, the guarantor states of the Volta truce, met in Accra on Monday. Officials from Mali, Niger and Chad also attended. The guarantors agreed to work together on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Benin", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger"), fact("Chad", graph.CooperatesWith, "Mali")}},
		{text: "Ghana and Togo, the guarantors of the Volta truce, met in Accra on Monday. Mali and Niger, the mediators of the talks, arrived later. The guarantors agreed to cooperate on the border.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			not:  []string{fact("Mali", graph.CooperatesWith, "Niger")}},
		{text: "Ghana and Togo, the guarantors of the Volta truce, met in Accra on Monday. Mali and Niger, the mediators of the talks, arrived later. The mediators agreed to cooperate on the border.",
			want: []string{fact("Mali", graph.CooperatesWith, "Niger")},
			not:  []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana, Togo and Benin met in Accra on Monday. The guarantors condemned the attack on the border. Mali and Niger sent observers, and Chad sent its foreign minister. Liberian President Samuel Kamara later thanked the guarantors for their work.",
			want: []string{fact("Samuel Kamara", graph.Thanked, "Ghana"), fact("Samuel Kamara", graph.Thanked, "Benin")},
			not:  []string{fact("Samuel Kamara", graph.Thanked, "Mali"), fact("Samuel Kamara", graph.Thanked, "Niger")}},
	})
	checkNegatives(t, []negativeCase{
		// No list was given the part: the reference names the last
		// group, as a plain one does.
		{text: "Ghana and Togo, the neighbours of the Volta region, met in Accra on Monday. Mali and Niger, the mediators of the talks, arrived later. The guarantors agreed to cooperate on the border.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo, the guarantors of the Volta truce, met in Accra on Monday. Mali and Niger, the mediators of the talks, arrived later. The guarantors agreed to cooperate on the border.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// "The two sides" are the two a sentence set side by side or the sides of
// the last meeting, fight or deal: not one person named in the reference's
// sentence and another named a sentence back in passing.
func TestTwoSidesNotPassingPeople(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Among those freed was Tomas Vidal, a brother of former Peruvian President Luis Ortega. Dana Reyes, a deputy minister who sat on the Chilean negotiating team, said the two sides had agreed to cooperate on security.",
			not:       []string{fact("Dana Reyes", graph.CooperatesWith, "Luis Ortega"), fact("Luis Ortega", graph.CooperatesWith, "Tomas Vidal")},
			companion: "Chilean President Anton Belz met Peruvian President Luis Ortega in Lima on Sunday. Dana Reyes, a deputy minister on the Chilean team, said the two sides had agreed to cooperate on security.",
			want:      []string{fact("Anton Belz", graph.CooperatesWith, "Luis Ortega")}},
		{text: "The Borduria Front freed Karl Sturm, a former Chilean minister. Ivan Petrov, an aide to Sturm, said the two sides had agreed to work together.",
			not:       []string{fact("Ivan Petrov", graph.CooperatesWith, "Karl Sturm")},
			companion: "Ivan Petrov met Karl Sturm in Lima on Sunday. An aide said the two sides had agreed to work together.",
			want:      []string{fact("Ivan Petrov", graph.CooperatesWith, "Karl Sturm")}},
	})
}

// One who acts on a pair over its object and "to" or "with" ("sells arms
// to both countries", "which keeps ties with the two sides") is none of
// the pair, in a main or a relative clause, present or past.
func TestPairAfterVerbObject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru and Bolivia fought a short border war in March. Chile sells weapons to both countries, a fact that angered Ecuador.",
			want: []string{fact("Chile", graph.Supports, "Peru"), fact("Chile", graph.Supports, "Bolivia")}},
		{text: "Peru and Bolivia clashed on the border on Monday. Chile, which sells drones to both countries, offered to mediate.",
			want: []string{fact("Chile", graph.Supports, "Peru"), fact("Chile", graph.Supports, "Bolivia")}},
		{text: "Peru and Bolivia clashed on the border on Monday. Chile has sent aid to the two countries.",
			want: []string{fact("Chile", graph.Supports, "Peru"), fact("Chile", graph.Supports, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// A verb that reports opens a clause of its own: the pair in
		// it may hold the speaker.
		{text: "Chile and Peru held talks in Lima on Monday. Chile said weapons went to both countries.",
			not:       []string{fact("Chile", graph.Supports, "Peru")},
			companion: "Chile and Peru held talks in Lima on Monday. Bolivia sells weapons to both countries.",
			want:      []string{fact("Bolivia", graph.Supports, "Peru"), fact("Bolivia", graph.Supports, "Chile")}},
	})
}

// The armed forces of a group ("the three armies", "the two juntas")
// refer back to the states the article listed, as "the three countries"
// does: a war report summarises the fight of several states so. The count
// is checked; a plural noun of armies without a number ("the armies of the
// region") names no group, and "the two armies" or "both armies" name no
// pair of states: two armies are as often a state's and a rebel force's.
func TestGroupOfArmies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo and Benin formed a joint force in May. The three armies have also been fighting the Kestrel Front.",
			want: []string{fact("Ghana", graph.Fights, "Kestrel Front"), fact("Togo", graph.Fights, "Kestrel Front"), fact("Benin", graph.Fights, "Kestrel Front")}},
		{text: "Ghana, Togo and Benin formed a joint force in May. The Kestrel Front has exploited the strain on the three armies, which are also battling the Osprey Movement.",
			want: []string{fact("Ghana", graph.Fights, "Osprey Movement"), fact("Benin", graph.Fights, "Osprey Movement")}},
		{text: "Ghana, Togo and Benin quit the regional bloc this year. The three juntas have expelled French troops.",
			want: []string{fact("Ghana", graph.Opposes, "France"), fact("Benin", graph.Opposes, "France")}},
		{text: "Ghana and Togo quit the regional bloc this year. The two juntas have vowed to crush the Kestrel Front.",
			want: []string{fact("Ghana", graph.Opposes, "Kestrel Front"), fact("Togo", graph.Opposes, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo formed a joint force in May. The three armies have also been fighting the Kestrel Front.",
			not:       []string{fact("Ghana", graph.Fights, "Kestrel Front"), fact("Togo", graph.Fights, "Kestrel Front")},
			companion: "Ghana, Togo and Benin formed a joint force in May. The three armies have also been fighting the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front"), fact("Togo", graph.Fights, "Kestrel Front")}},
		{text: "Ghana, Togo and Benin formed a joint force in May. The armies of the region have also been fighting the Kestrel Front.",
			not:       []string{fact("Ghana", graph.Fights, "Kestrel Front"), fact("Togo", graph.Fights, "Kestrel Front")},
			companion: "Ghana, Togo and Benin formed a joint force in May. The three armies have also been fighting the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front"), fact("Togo", graph.Fights, "Kestrel Front")}},
		{text: "Ghana backs the Togolese army, while Benin arms the Osprey Movement. Both armies have attacked the Kestrel Front.",
			not:       []string{fact("Benin", graph.Fights, "Kestrel Front"), fact("Ghana", graph.Fights, "Kestrel Front")},
			companion: "Ghana, Togo and Benin formed a joint force in May. The three armies have also been fighting the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
	})
}

// A side's soldiers sent into, lost in or taken from a war or fight
// against another side (pattern fights/S-troops-in-war-against-O): the
// side fights it. A side that is only a partner in the war, or hosts
// another's troops, is not read as fighting by this pattern.
func TestTroopsInWarAgainst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana accused Togo of diverting troops from the war against the Kestrel Front.",
			want: []string{fact("Togo", graph.Fights, "Kestrel Front"), fact("Ghana", graph.Opposes, "Togo")}},
		{text: "Togo has lost 300 soldiers in the fight against the Kestrel Front since May.",
			want: []string{fact("Togo", graph.Fights, "Kestrel Front")}},
		{text: "Benin moved its best units from the offensive against the Osprey Movement to the capital.",
			want: []string{fact("Benin", graph.Fights, "Osprey Movement")}},
		{text: "Ghana sent more troops into the battle against the Kestrel Front.",
			want: []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana is a partner in the war against the Kestrel Front.",
			not:       []string{fact("Ghana", graph.Fights, "Kestrel Front")},
			companion: "Ghana has lost 40 soldiers in the war against the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
		{text: "Ghana did not send troops to the war against the Kestrel Front.",
			not:       []string{fact("Ghana", graph.Fights, "Kestrel Front")},
			companion: "Ghana sent troops to the war against the Kestrel Front.",
			want:      []string{fact("Ghana", graph.Fights, "Kestrel Front")}},
	})
}
