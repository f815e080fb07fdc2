package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// peruReport opens an article that names Peru far more often than any
// other state, and Chile once: the report is Peru's.
const peruReport = "Peru's army retook the town of Puno on Monday. Peruvian troops had lost it in May, and Chile closed its border. The fighting in Peru has displaced thousands, and Lima has asked for aid.\n\n"

// A bare office of state, "President X", takes the state the report is
// about when the sentence names no other: with ranks between office and
// name, in any office of state and the spokesman's.
func TestBareTitleReportState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: peruReport + "President Amon Teval said the victory was decisive.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			not:  []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
		{text: peruReport + "Government spokesman Lino Varga told reporters in Lima that the rebels had fled.",
			want: []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
		{text: peruReport + "Defence Minister Brig. Gen. Rufo Salas has ordered reinforcements to the valley.",
			want: []string{fact("Rufo Salas", graph.DefenseMinisterOf, "Peru")}},
		{text: peruReport + "The rebels rejected an offer made last week by Prime Minister Ana Lucar, who called it final.",
			want: []string{fact("Ana Lucar", graph.PrimeMinisterOf, "Peru")}},
		{text: peruReport + "Peru's Constitutional Council on Friday declared President Amon Teval the winner of the runoff.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: peruReport + "President Amon Teval and Foreign Minister Ana Lucar condemned the raid at a summit in Quito.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Ana Lucar", graph.ForeignMinisterOf, "Peru")},
			not:  []string{fact("Amon Teval", graph.PresidentOf, "Ecuador")}},
	})
	checkNegatives(t, []negativeCase{
		// Another state in the sentence competes.
		{text: peruReport + "President Amon Teval said Chile had armed the rebels.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: peruReport + "President Amon Teval said the rebels were armed.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// The report's state named as what the sentence is about.
		{text: peruReport + "President Amon Teval unveiled a plan to settle the Peruvian crisis.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval unveiled a plan to settle the crisis.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// A visitor may be anyone's.
		{text: peruReport + "President Amon Teval arrived in Lima for the talks.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval spoke in Lima before the talks.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// The same office twice: several states' leaders.
		{text: peruReport + "President Amon Teval and President Ivo Marsh signed the accord.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Ivo Marsh", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval and Prime Minister Ivo Marsh signed the accord.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Ivo Marsh", graph.PrimeMinisterOf, "Peru")}},
		// A person the article ties to another state.
		{text: "Chilean President Ivo Marsh landed on Sunday. " + peruReport + "President Ivo Marsh said the talks had failed.",
			not:       []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")},
			companion: "Peruvian envoy Rufo Salas landed on Sunday. " + peruReport + "President Ivo Marsh said the talks had failed.",
			want:      []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")}},
		// A body's office the reading did not know.
		{text: peruReport + "Senate President Amon Teval said the vote would be held in June.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval said the vote would be held in June.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// No state stands out: Peru named four times, Chile twice.
		{text: "Peru's army retook Puno on Monday. Chile closed its border, and Peruvian troops massed in the south. Chile's navy stood by in Peru's waters off Lima.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: peruReport + "President Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}

// A sentence that sets its scene in a state right before a bare office,
// "In Nairobi, President X", "in Ruritania, where Prime Minister X", gives
// the office that state, whatever the report is about.
func TestBareTitleFrameState(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "In Lima, Prime Minister Amon Teval said the government would pay for the repairs.",
			want: []string{fact("Amon Teval", graph.PrimeMinisterOf, "Peru")}},
		{text: peruReport + "Back in Santiago, Foreign Minister Ivo Marsh said Chile would not reopen the border.",
			want: []string{fact("Ivo Marsh", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Ivo Marsh", graph.ForeignMinisterOf, "Peru")}},
		{text: "Talk of war is spreading in Ecuador, where President Rufo Salas has made the port his cause.",
			want: []string{fact("Rufo Salas", graph.PresidentOf, "Ecuador")}},
		{text: "In Quito, Defence Minister Gen. Lino Varga denied any role in the raid.",
			want: []string{fact("Lino Varga", graph.DefenseMinisterOf, "Ecuador")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "In Lima, Chilean President Ivo Marsh said the talks had failed.",
			not:       []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")},
			companion: "In Lima, President Ivo Marsh said the talks had failed.",
			want:      []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")}},
		{text: "In Lima, President Ivo Marsh said Chile had armed the rebels.",
			not:       []string{fact("Ivo Marsh", graph.PresidentOf, "Peru"), fact("Ivo Marsh", graph.PresidentOf, "Chile")},
			companion: "In Lima, President Ivo Marsh said the rebels were armed.",
			want:      []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")}},
		{text: "In a statement, President Ivo Marsh said the talks had failed.",
			not:       []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")},
			companion: "In Lima, President Ivo Marsh said the talks had failed.",
			want:      []string{fact("Ivo Marsh", graph.PresidentOf, "Peru")}},
	})
}

// "His spokesman X" in a sentence that names no one before the pronoun is
// the spokesman of the one person the sentence before names (of the state
// that person serves).
func TestHisOfficeFromSentenceBefore(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peruvian President Amon Teval condemned the raid on Monday. \"The attackers will be found,\" his spokesman Lino Varga told reporters.",
			want: []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
		{text: "Chilean Foreign Minister Ana Lucar visited the wounded in Puno. In a statement signed by her spokeswoman, Eva Soto, the minister promised aid.",
			want: []string{fact("Eva Soto", graph.SpokespersonOf, "Chile")}},
		{text: "Peruvian President Amon Teval flew home on Sunday. He asked how the guards had been caught off guard, according to his spokesman, Lino Varga.",
			want: []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Two people in the sentence before: either may be his.
		{text: "Peruvian President Amon Teval met Chilean President Ivo Marsh on Monday. \"The talks went well,\" his spokesman Lino Varga told reporters.",
			not:       []string{fact("Lino Varga", graph.SpokespersonOf, "Peru"), fact("Lino Varga", graph.SpokespersonOf, "Chile")},
			companion: "Peruvian President Amon Teval met the envoys on Monday. \"The talks went well,\" his spokesman Lino Varga told reporters.",
			want:      []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
		// No one named before at all.
		{text: "\"The talks went well,\" his spokesman Lino Varga told reporters.",
			not:       []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")},
			companion: "Peruvian President Amon Teval met the envoys on Monday. \"The talks went well,\" his spokesman Lino Varga told reporters.",
			want:      []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
	})
}

// twoStateReport names Peru four times and Chile three, and gives Chile's
// officials Chile's adjective or possessive: Chile is foreign to the
// report, which is Peru's.
const twoStateReport = "Peru's army retook the town of Puno on Monday. Chilean President Ivo Marsh called for calm, and Chile closed its border. Peruvian troops massed in the south, officials in Lima said. Chile's foreign minister, Eva Soto, flew to Lima on Tuesday.\n\n"

// In a report that names several states, the officials of its home state
// go by bare title and the others' carry their state's adjective or
// possessive: a bare office takes the state named most among those the
// text never marks so, when every other state named about as often is
// marked. A dateline the furniture leaves in the lead ("Lima – ...")
// counts for its state.
func TestBareTitleForeignMarked(t *testing.T) {
	checkFacts(t, []factCase{
		{text: twoStateReport + "President Amon Teval said the victory was decisive.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			not:  []string{fact("Amon Teval", graph.PresidentOf, "Chile")}},
		{text: twoStateReport + "Defence Minister Gen. Rufo Salas ordered reinforcements to the valley.",
			want: []string{fact("Rufo Salas", graph.DefenseMinisterOf, "Peru")}},
		{text: twoStateReport + "The rebels rejected an offer made by Prime Minister Ana Lucar's government.",
			want: []string{fact("Ana Lucar", graph.PrimeMinisterOf, "Peru")}},
		{text: twoStateReport + "Government spokesman Lino Varga told reporters that the rebels had fled.",
			want: []string{fact("Lino Varga", graph.SpokespersonOf, "Peru")}},
		// "its Chilean counterpart" marks Chile too.
		{text: "Peru's army retook Puno on Monday. Chile closed its border, and Peruvian troops massed in the south near Lima. Chile's navy stood by. Peru's foreign ministry called its Chilean counterpart.\n\nPresident Amon Teval said the victory was decisive.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// A dateline left in the lead counts for its state.
		{text: "Lima – Troops retook the town of Puno on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Neither state marked: they compete.
		{text: "Peru's army retook Puno on Monday. Chile called for calm, and Chile closed its border. Peruvian troops massed in the south, officials in Lima said. Chile sent a navy ship to Lima.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: twoStateReport + "President Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// The state named most marks its own officials too: no home.
		{text: twoStateReport + "Peruvian Defence Minister Rufo Salas flew south.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: twoStateReport + "Defence Minister Rufo Salas flew south.\n\nPresident Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// Another unmarked state named about as often competes.
		{text: twoStateReport + "Bolivia sent aid, Bolivia's army stood by, and La Paz said Bolivia would mediate.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Bolivia")},
			companion: twoStateReport + "Aid arrived, and the army stood by.\n\nPresident Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// A dateline that names another state than the one named most.
		{text: "Santiago – " + twoStateReport + "President Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru"), fact("Amon Teval", graph.PresidentOf, "Chile")},
			companion: twoStateReport + "President Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		// Without the dateline, no state is named three times.
		{text: "Troops retook the town of Puno near Lima on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "Lima – Troops retook the town of Puno on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}

// A visit abroad leaves a bare office to any state, but a visit to a
// thing, "visited the wounded", "visited a camp", is one an official
// makes at home. A dateline on a line of its own ("Lima - The Andean
// Courier") counts for its state as one left in the lead does.
func TestBareTitleVisitAndDatelineLine(t *testing.T) {
	checkFacts(t, []factCase{
		{text: twoStateReport + "President Amon Teval visited the wounded in hospital on Sunday.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: peruReport + "Defence Minister Rufo Salas visited a camp near Puno and promised more troops.",
			want: []string{fact("Rufo Salas", graph.DefenseMinisterOf, "Peru")}},
		{text: peruReport + "Prime Minister Ana Lucar, who visited the scene, said the attackers would be found.",
			want: []string{fact("Ana Lucar", graph.PrimeMinisterOf, "Peru")}},
		{text: "Lima - The Andean Courier\n\nTroops retook the town of Puno on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			want: []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: peruReport + "President Amon Teval visited Bolivia on Sunday.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval visited the wounded on Sunday.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: peruReport + "President Amon Teval visited the Bolivian capital on Sunday.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval visited the border post on Sunday.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: peruReport + "President Amon Teval, who had been in Quito, said the talks had failed.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval, who had seen the ruins, said the talks had failed.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: peruReport + "President Amon Teval flew to the border and met the commanders.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: peruReport + "President Amon Teval visited the border and met the commanders.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
		{text: "Troops retook the town of Puno near Lima on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			not:       []string{fact("Amon Teval", graph.PresidentOf, "Peru")},
			companion: "Lima - The Andean Courier\n\nTroops retook the town of Puno on Monday. Peru said the road was open.\n\nPresident Amon Teval said the victory was decisive.",
			want:      []string{fact("Amon Teval", graph.PresidentOf, "Peru")}},
	})
}
