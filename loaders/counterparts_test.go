package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "his Russian and Iranian counterparts" are the people holding the
// office, never the states.
func TestCounterpartsArePeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin and Iranian President Hassan Rouhani in Ankara. Erdogan later thanked his Russian and Iranian counterparts for the talks.",
			want: []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Hassan Rouhani")},
			not:  []string{fact("Recep Tayyip Erdoğan", graph.Thanked, "Russia"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Iran")}},
	})
	checkNegatives(t, []negativeCase{
		// The office of the counterparts not known: no one, and never
		// the states meeting.
		{text: "Qassem Soleimani visited Moscow in July. Turkey's intelligence chief and his Russian and Iranian counterparts met in Astana.",
			not:       []string{fact("Iran", graph.MetWith, "Russia"), fact("Qasem Soleimani", graph.MetWith, "Russia")},
			companion: "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin and Iranian President Hassan Rouhani in Ankara. Erdogan later thanked his Russian and Iranian counterparts for the talks.",
			want:      []string{fact("Recep Tayyip Erdoğan", graph.PresidentOf, "Turkey"), fact("Vladimir Putin", graph.PresidentOf, "Russia"), fact("Hassan Rouhani", graph.PresidentOf, "Iran"), fact("Recep Tayyip Erdoğan", graph.MetWith, "Vladimir Putin"), fact("Hassan Rouhani", graph.MetWith, "Recep Tayyip Erdoğan"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Vladimir Putin"), fact("Recep Tayyip Erdoğan", graph.Thanked, "Hassan Rouhani")}},
	})
}

// "his Turkish and Iranian counterparts, A and B": the people, holding
// for each state, in order, the office of the person named before.
func TestNamedCounterparts(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Iranian Foreign Minister Javad Zarif received his Russian and Turkish counterparts, Sergei Lavrov and Mevlut Cavusoglu, in Tehran.",
			want: []string{fact("Sergei Lavrov", graph.ForeignMinisterOf, "Russia"), fact("Mevlüt Çavuşoğlu", graph.ForeignMinisterOf, "Turkey"),
				fact("Mohammad Javad Zarif", graph.MetWith, "Sergei Lavrov"), fact("Mevlüt Çavuşoğlu", graph.MetWith, "Mohammad Javad Zarif")},
			not: []string{fact("Mohammad Javad Zarif", graph.MetWith, "Russia"), fact("Mohammad Javad Zarif", graph.MetWith, "Turkey")}},
		{text: "Defence Minister Hulusi Akar met his Russian and Iranian counterparts Sergei Shoigu (L) and Amir Hatami (R) in Ankara.",
			want: []string{fact("Amir Hatami", graph.DefenseMinisterOf, "Iran"), fact("Amir Hatami", graph.MetWith, "Hulusi Akar")}},
	})
}

// "his Syrian counterpart" after a foreign minister is the Syrian foreign
// minister, not the last Syrian named.
func TestCounterpartKeepsOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Bashar al-Assad received Syrian Foreign Minister Walid al-Moallem on Monday. On Tuesday, Russian Foreign Minister Sergei Lavrov and his Syrian counterpart held talks in Sochi.",
			want: []string{fact("Sergei Lavrov", graph.MetWith, "Walid al-Moallem")},
			not:  []string{fact("Bashar al-Assad", graph.MetWith, "Sergei Lavrov"), fact("Bashar al-Assad", graph.SpokeWith, "Sergei Lavrov")}},
		// No one is his own state's counterpart: the office is that of
		// the foreign minister, not of the Syrian president between.
		{text: "Iran's Foreign Minister Mohammad Javad Zarif held talks with Syrian President Bashar al-Assad and with his Syrian counterpart Faisal Mekdad in Damascus.",
			want: []string{fact("Faisal Mekdad", graph.ForeignMinisterOf, "Syria")},
			not:  []string{fact("Faisal Mekdad", graph.PresidentOf, "Syria")}},
	})
}

// TestEnvoyForUnknownRegion checks an envoy's posting named by an
// adjective and a noun the catalog lacks, "the Western Highlands": the
// noun is no part of the envoy's name, and the adjective's body is no
// posting.
func TestEnvoyForUnknownRegion(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "U.S. envoy for the Western Highlands Omar Tahir said the vote was fair.",
			want: []string{fact("Omar Tahir", graph.EnvoyOf, "United States")},
			not:  []string{fact("Highlands Omar Tahir", graph.EnvoyOf, "United States"), fact("Omar Tahir", graph.EnvoyTo, "Western countries")}},
	})
}

// TestCounterpartOfTheLastSentence checks "His Russian counterpart X"
// opening a sentence: the counterpart of the person the sentence before
// named.
func TestCounterpartOfTheLastSentence(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkish President Recep Tayyip Erdogan called the deal historic. His Russian counterpart Vladimir Putin said it was crucial.",
			want: []string{fact("Vladimir Putin", graph.PresidentOf, "Russia")}},
	})
}

// TestBodyCounterpart checks "his LNA counterpart, Major General X": a
// member of the body, the rank before the name passed over.
func TestBodyCounterpart(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The army's envoy, Omar Tahir, and his SPLA counterpart, Major General Lemma Tufa, shook hands.",
			want: []string{fact("Lemma Tufa", graph.MemberOf, "SPLA")}},
	})
}

// TestCounterpartAppositive checks ", his Chilean counterpart," after a
// name: the office of the person named before, for the demonym's state.
func TestCounterpartAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Omar Zand, Peru's foreign minister, and Ahmed Sorani, his Chilean counterpart, met in Lima.",
			want: []string{fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile"), fact("Ahmed Sorani", graph.MetWith, "Omar Zand")}},
		{text: "Omar Zand, Peru's defence minister, met Ahmed Sorani, his Chilean counterpart, in Lima.",
			want: []string{fact("Ahmed Sorani", graph.DefenseMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// With no office stated for the person before, none is given.
		{text: "Omar Zand met Ahmed Sorani, his Chilean counterpart, in Lima.",
			not:       []string{fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile"), fact("Ahmed Sorani", graph.MemberOf, "Chile")},
			companion: "Omar Zand, Peru's foreign minister, met Ahmed Sorani, his Chilean counterpart, in Lima.",
			want:      []string{fact("Ahmed Sorani", graph.ForeignMinisterOf, "Chile")}},
	})
}

// TestCounterpartTitledInAppositive checks "his Togolese counterpart,
// Defence Minister Yao Agbeko,": the title in the appositive is the
// counterpart's own office, for the demonym's state, and the person named
// is the one met.
func TestCounterpartTitledInAppositive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian Defence Minister Kofi Mensah spent three days in Lome, where he met his Togolese counterpart, Defence Minister Yao Agbeko, and thanked Togo for its support.",
			want: []string{fact("Yao Agbeko", graph.DefenseMinisterOf, "Togo"), fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")}},
		{text: "Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, President Yao Agbeko, in Accra.",
			want: []string{fact("Yao Agbeko", graph.PresidentOf, "Togo"), fact("Kofi Mensah", graph.MetWith, "Yao Agbeko")},
			not:  []string{fact("Yao Agbeko", graph.ForeignMinisterOf, "Togo")}},
		{text: "The talks were led by Ghanaian Deputy Prime Minister Kofi Mensah and his Togolese counterpart, Foreign Minister Yao Agbeko.",
			want: []string{fact("Yao Agbeko", graph.ForeignMinisterOf, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A plural title names no one person.
		{text: "Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, ministers Yao Agbeko and Ama Dzifa, in Accra.",
			not:       []string{fact("Yao Agbeko", graph.ForeignMinisterOf, "Togo")},
			companion: "Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart, Yao Agbeko, in Accra.",
			want:      []string{fact("Yao Agbeko", graph.ForeignMinisterOf, "Togo")}},
	})
}

// TestCounterpartsWithTheirStates checks "his counterparts" whose states
// the list gives: after "from" or "of" (the people in the order of the
// states), or each person's own ("Chile's A", "Chilean A", "A of Chile").
// Each holds, for the state, the office of the person named before; a
// person the list gives no state holds none, and counts that differ give
// no office at all.
func TestCounterpartsWithTheirStates(t *testing.T) {
	minister := fact("Ado Vask", graph.ForeignMinisterOf, "Peru")
	checkFacts(t, []factCase{
		{text: "Peruvian Foreign Minister Ado Vask read a joint statement after he and his counterparts, Chile's Tarvo Nurn and Bolivia's Vel Nektar, held talks in Lima.",
			want: []string{minister, fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts, Chilean Tarvo Nurn and Bolivian Vel Nektar, in Lima.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia"), fact("Ado Vask", graph.MetWith, "Tarvo Nurn")}},
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts, Tarvo Nurn of Chile and Vel Nektar of Bolivia, in Lima.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
		{text: "Peruvian Defence Minister Ado Vask hosted his counterparts from Chile, Bolivia and Ecuador, Tarvo Nurn, Ilo Mek and Vel Nektar, in Lima.",
			want: []string{fact("Tarvo Nurn", graph.DefenseMinisterOf, "Chile"), fact("Ilo Mek", graph.DefenseMinisterOf, "Bolivia"), fact("Vel Nektar", graph.DefenseMinisterOf, "Ecuador"), fact("Ado Vask", graph.MetWith, "Ilo Mek")}},
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts of Chile and Bolivia, Tarvo Nurn and Vel Nektar, in Lima.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
		// A state missing for one name: no office for that one.
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts, Chile's Tarvo Nurn and Vel Nektar, in Lima.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Ado Vask", graph.MetWith, "Vel Nektar")},
			not:  []string{fact("Vel Nektar", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states and three names: which is whose is not said.
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts from Chile and Bolivia, Tarvo Nurn, Ilo Mek and Vel Nektar, in Lima.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Ilo Mek", graph.ForeignMinisterOf, "Bolivia"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")},
			companion: "Peruvian Foreign Minister Ado Vask met his counterparts from Chile and Bolivia, Tarvo Nurn and Vel Nektar, in Lima.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
		// No state given to anyone: the names hold no office.
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts, Tarvo Nurn and Vel Nektar, in Lima.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Peru")},
			companion: "Peruvian Foreign Minister Ado Vask met his counterparts, Chilean Tarvo Nurn and Bolivian Vel Nektar, in Lima.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Chile")}},
		// The counterparts with no names: the states are not the people.
		{text: "Peruvian Foreign Minister Ado Vask met his counterparts from Chile and Bolivia in Lima.",
			not:       []string{fact("Ado Vask", graph.MetWith, "Chile"), fact("Ado Vask", graph.MetWith, "Bolivia")},
			companion: "Peruvian Foreign Minister Ado Vask met his counterparts from Chile and Bolivia, Tarvo Nurn and Vel Nektar, in Lima.",
			want:      []string{fact("Ado Vask", graph.MetWith, "Tarvo Nurn")}},
	})
}

// TestPluralOfficeOfSeveralStates checks a plural office whose states
// are named as owners ("Chile's and Peru's foreign ministers, A and B")
// or by adjectives in an appositive after the names ("A and B, the
// Chilean and Peruvian foreign ministers,"): the offices go to the people
// in order, only when the counts match.
func TestPluralOfficeOfSeveralStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's and Chile's foreign ministers, Tarvo Nurn and Vel Nektar, met in Lima.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile"), fact("Tarvo Nurn", graph.MetWith, "Vel Nektar")}},
		{text: "On Monday, Tarvo Nurn and Vel Nektar, the Peruvian and Chilean defence ministers, met in Lima.",
			want: []string{fact("Tarvo Nurn", graph.DefenseMinisterOf, "Peru"), fact("Vel Nektar", graph.DefenseMinisterOf, "Chile"), fact("Tarvo Nurn", graph.MetWith, "Vel Nektar")}},
		{text: "Tarvo Nurn, Ilo Mek and Vel Nektar, the Peruvian, Chilean and Bolivian foreign ministers, signed the accord.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// Three names, two states: no office for anyone.
		{text: "Tarvo Nurn, Ilo Mek and Vel Nektar, the Peruvian and Chilean foreign ministers, met in Lima.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")},
			companion: "Tarvo Nurn and Vel Nektar, the Peruvian and Chilean foreign ministers, met in Lima.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")}},
		// One owner only: no plural office of several states.
		{text: "Peru's foreign ministers, Tarvo Nurn and Vel Nektar, met in Lima.",
			not:       []string{fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")},
			companion: "Peru's and Chile's foreign ministers, Tarvo Nurn and Vel Nektar, met in Lima.",
			want:      []string{fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")}},
	})
}

// TestTheirPluralOffice checks "their foreign ministers, A and B": the
// owners are the last group of as many states (or people of known
// states) named before, places and groups of another size passed over;
// the offices go to the names in order.
func TestTheirPluralOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru, Chile and Bolivia sent their defence ministers, Tarvo Nurn, Ilo Mek and Vel Nektar, to the talks.",
			want: []string{fact("Tarvo Nurn", graph.DefenseMinisterOf, "Peru"), fact("Ilo Mek", graph.DefenseMinisterOf, "Chile"), fact("Vel Nektar", graph.DefenseMinisterOf, "Bolivia")}},
		{text: "Lima and Santiago want to keep a truce brokered by Brazil and signed in Quito by their foreign ministers, Tarvo Nurn and Vel Nektar.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Brazil"), fact("Vel Nektar", graph.ForeignMinisterOf, "Ecuador")}},
		{text: "Peruvian President Ado Vask and Chilean President Ilo Mek told their foreign ministers, Tarvo Nurn and Vel Nektar, to meet.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")}},
	})
	checkNegatives(t, []negativeCase{
		// Two states, three names.
		{text: "Peru and Chile sent their defence ministers, Tarvo Nurn, Ilo Mek and Vel Nektar, to the talks.",
			not:       []string{fact("Tarvo Nurn", graph.DefenseMinisterOf, "Peru"), fact("Ilo Mek", graph.DefenseMinisterOf, "Chile")},
			companion: "Peru, Chile and Bolivia sent their defence ministers, Tarvo Nurn, Ilo Mek and Vel Nektar, to the talks.",
			want:      []string{fact("Tarvo Nurn", graph.DefenseMinisterOf, "Peru")}},
		// No owners named in the sentence: no office.
		{text: "The truce was signed in Lima by their foreign ministers, Tarvo Nurn and Vel Nektar.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Peru")},
			companion: "Peru and Chile signed the truce in Lima through their foreign ministers, Tarvo Nurn and Vel Nektar.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Chile")}},
	})
}

// TestOfficesOfListedStates checks a list of names each after its state
// ("Peru's A, Chile's B and Bolivia's C") right after a plural office of
// those states with no names: each holds the office for its own state;
// states that differ from the office's give nothing.
func TestOfficesOfListedStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The foreign ministers of Peru, Chile and Bolivia called for a truce. Peru's Tarvo Nurn, Chile's Ilo Mek and Bolivia's Vel Nektar met on Saturday.",
			want: []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")}},
		{text: "The Peruvian and Chilean defence ministers called for a truce. Chilean Ilo Mek and Peruvian Tarvo Nurn met on Saturday.",
			want: []string{fact("Ilo Mek", graph.DefenseMinisterOf, "Chile"), fact("Tarvo Nurn", graph.DefenseMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		// A third state the office did not name.
		{text: "The foreign ministers of Peru and Chile called for a truce. Peru's Tarvo Nurn, Chile's Ilo Mek and Bolivia's Vel Nektar met on Saturday.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Vel Nektar", graph.ForeignMinisterOf, "Bolivia")},
			companion: "The foreign ministers of Peru, Chile and Bolivia called for a truce. Peru's Tarvo Nurn, Chile's Ilo Mek and Bolivia's Vel Nektar met on Saturday.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru")}},
		// A name with no state.
		{text: "The foreign ministers of Peru and Chile called for a truce. Peru's Tarvo Nurn and Ilo Mek met on Saturday.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile")},
			companion: "The foreign ministers of Peru and Chile called for a truce. Peru's Tarvo Nurn and Chile's Ilo Mek met on Saturday.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile")}},
		// No plural office before: the states' names alone say no office.
		{text: "Ruling parties met in Lima. Peru's Tarvo Nurn and Chile's Ilo Mek met on Saturday.",
			not:       []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru"), fact("Ilo Mek", graph.ForeignMinisterOf, "Chile")},
			companion: "The foreign ministers of Peru and Chile called for a truce. Peru's Tarvo Nurn and Chile's Ilo Mek met on Saturday.",
			want:      []string{fact("Tarvo Nurn", graph.ForeignMinisterOf, "Peru")}},
	})
}

// TestCounterpartOfBareOffice checks "Foreign Minister X ... his Chilean
// counterpart Y" where nothing says whose foreign minister X is: the title
// before the name still names the office Y holds for his own state. A
// title that is no state's office ("Ambassador", a rank) gives none.
func TestCounterpartOfBareOffice(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Foreign Minister Taral Vemdos told a joint news conference with his Chilean counterpart Oskar Brendal that the border would stay open.",
			want: []string{fact("Oskar Brendal", graph.ForeignMinisterOf, "Chile")},
			not:  []string{fact("Taral Vemdos", graph.ForeignMinisterOf, "Chile")}},
		{text: "Defence Minister Taral Vemdos met his Peruvian counterpart, Oskar Brendal, in Lima on Monday.",
			want: []string{fact("Oskar Brendal", graph.DefenseMinisterOf, "Peru")}},
		{text: "Prime Minister Taral Vemdos called the accord fair. His Peruvian counterpart Oskar Brendal said it was late.",
			want: []string{fact("Oskar Brendal", graph.PrimeMinisterOf, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ambassador Taral Vemdos met his Chilean counterpart Oskar Brendal in Geneva.",
			not:       []string{fact("Oskar Brendal", graph.EnvoyOf, "Chile"), fact("Oskar Brendal", graph.ForeignMinisterOf, "Chile")},
			companion: "Foreign Minister Taral Vemdos met his Chilean counterpart Oskar Brendal in Geneva.",
			want:      []string{fact("Oskar Brendal", graph.ForeignMinisterOf, "Chile")}},
		{text: "Taral Vemdos, a lawyer, met his Chilean counterpart Oskar Brendal in Geneva.",
			not:       []string{fact("Oskar Brendal", graph.ForeignMinisterOf, "Chile"), fact("Oskar Brendal", graph.PresidentOf, "Chile")},
			companion: "President Taral Vemdos met his Chilean counterpart Oskar Brendal in Geneva.",
			want:      []string{fact("Oskar Brendal", graph.PresidentOf, "Chile")}},
	})
}
