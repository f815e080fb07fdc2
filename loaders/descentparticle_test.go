package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A known person's given name followed by "bin" or "ibn" and a word of no
// name of his starts someone else's name: the son of another man who
// shares the given name. The same given name before the known man's own
// surname, or alone, is still him.
func TestGivenNameBeforeDescentParticle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Prime Minister Kadim Tarvol met the envoy. Later, Qatari Foreign Minister Sheikh Kadim bin Zuran Al Darva held talks with Tarvol in Lima.",
			want: []string{fact("Kadim bin Zuran Al Darva", graph.ForeignMinisterOf, "Qatar"), fact("Kadim bin Zuran Al Darva", graph.MetWith, "Kadim Tarvol")},
			not:  []string{fact("Kadim Tarvol", graph.ForeignMinisterOf, "Qatar")}},
		{text: "Orsel Velkan, Chile's envoy, spoke on Monday. Peruvian Foreign Minister Orsel ibn Marvo met Velkan in Lima.",
			want: []string{fact("Orsel ibn Marvo", graph.ForeignMinisterOf, "Peru"), fact("Orsel ibn Marvo", graph.MetWith, "Orsel Velkan")},
			not:  []string{fact("Orsel Velkan", graph.ForeignMinisterOf, "Peru")}},
		// A surname glued to its particle: another Kadim too.
		{text: "Peru's envoy Kadim al-Bashir spoke on Monday. Chile's envoy Kadim al-Zuran met Ubel Tarsk in Lima.",
			want: []string{fact("Kadim al-Zuran", graph.EnvoyOf, "Chile"), fact("Kadim al-Zuran", graph.MetWith, "Ubel Tarsk")},
			not:  []string{fact("Kadim al-Bashir", graph.EnvoyOf, "Chile")}},
		{text: "Peru's envoy Kadim al-Bashir spoke on Monday. Kadim al-Bashir met Ubel Tarsk in Lima.",
			want: []string{fact("Kadim al-Bashir", graph.MetWith, "Ubel Tarsk")}},
		// His own names after the particle: the same man.
		{text: "Peru's envoy Kadim bin Zuran spoke on Monday. Kadim bin Zuran met Ubel Tarsk in Lima.",
			want: []string{fact("Kadim bin Zuran", graph.EnvoyOf, "Peru"), fact("Kadim bin Zuran", graph.MetWith, "Ubel Tarsk")}},
		// The given name alone still names him.
		{text: "Peru's envoy Kadim Tarvol spoke on Monday. Kadim met Ubel Tarsk in Lima.",
			want: []string{fact("Kadim Tarvol", graph.MetWith, "Ubel Tarsk")}},
	})
}

// The word after "bin" in a known name is his father's name: alone, after
// a title, it names the father; with its particle it is still the son.
func TestFatherNameAloneNamesFather(t *testing.T) {
	const before = "Orsel Marvo met Crown Prince Quisha bin Gorvel in Riyadh on Sunday. "
	checkFacts(t, []factCase{
		{text: before + "Saudi Arabia's King Gorvel and Crown Prince Quisha were among the first leaders to send him messages.",
			want: []string{fact("Gorvel", graph.PresidentOf, "Saudi Arabia")},
			not:  []string{fact("Quisha bin Gorvel", graph.PresidentOf, "Saudi Arabia")}},
		{text: before + "Later, bin Gorvel met Ubel Tarsk in Lima.",
			want: []string{fact("Quisha bin Gorvel", graph.MetWith, "Ubel Tarsk")}},
		// A surname with no particle before it is still the man's.
		{text: "Orsel Marvo met Crown Prince Quisha Gorvel in Riyadh on Sunday. Later, Gorvel met Ubel Tarsk in Lima.",
			want: []string{fact("Quisha Gorvel", graph.MetWith, "Ubel Tarsk")}},
	})
}

// "bin" or "ibn" inside a capitalised run makes it a person's name, whatever
// the given name: the man is read, and named later by his surname.
func TestPatronymicNameIsPerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's deputy minister, Nores bin Gorsel Al-Dimran, who led the mediation, spoke on Monday. Al-Dimran praised Chilean President Ubel Tarsk for his support.",
			want: []string{fact("Nores bin Gorsel Al-Dimran", graph.Thanked, "Ubel Tarsk")}},
		{text: "Tarsh ibn Velkan met Ubel Tarsk in Lima on Monday.",
			want: []string{fact("Tarsh ibn Velkan", graph.MetWith, "Ubel Tarsk")}},
	})
	checkNegatives(t, []negativeCase{
		// A site named after such a man is no man.
		{text: "Ubel Tarsk met worshippers at the Nores bin Gorsel Mosque in Lima on Monday.",
			not:       []string{fact("Ubel Tarsk", graph.MetWith, "Nores bin Gorsel"), fact("Ubel Tarsk", graph.MetWith, "Nores bin Gorsel Mosque")},
			companion: "Ubel Tarsk met Nores bin Gorsel at a mosque in Lima on Monday.",
			want:      []string{fact("Ubel Tarsk", graph.MetWith, "Nores bin Gorsel")}},
	})
}

// His full name again, the surname glued to its particle, is still the man
// a sentence before discovered: every later fact about him is his.
func TestRepeatedGluedSurnameSamePerson(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The brigade is led by Velkor al-Mansi. Peru backs Velkor al-Mansi.",
			want: []string{fact("Peru", graph.Supports, "Velkor al-Mansi")}},
		{text: "The militia is led by Tarvek al-Zurani. Peru backs Tarvek al-Zurani. Chile struck Tarvek al-Zurani.",
			want: []string{fact("Peru", graph.Supports, "Tarvek al-Zurani"), fact("Chile", graph.Fights, "Tarvek al-Zurani")}},
	})
}
