package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestWorldStates checks that every state of loaders/world is an actor by
// its name, short forms, capital and adjective, though the catalog lacks it.
func TestWorldStates(t *testing.T) {
	checkFacts(t, []factCase{
		// An adjective of a state the catalog lacks gives the office's state.
		{text: "Malawian President Joseph Banda met Zambian President Peter Mwale in Lusaka.",
			want: []string{
				fact("Joseph Banda", graph.PresidentOf, "Malawi"),
				fact("Peter Mwale", graph.PresidentOf, "Zambia"),
				fact("Joseph Banda", graph.MetWith, "Peter Mwale"),
			}},
		{text: "Peruvian Foreign Minister Ana Quispe flew to Quito on Monday.",
			want: []string{fact("Ana Quispe", graph.ForeignMinisterOf, "Peru")}},
		// A capital acts for its state.
		{text: "Oslo backs the Fiji government in the dispute.",
			want: []string{fact("Norway", graph.Supports, "Fiji")}},
		// Short forms of the world data.
		{text: "Burma condemned Laos on Friday.",
			want: []string{fact("Myanmar", graph.Opposes, "Laos")}},
	})
}

// TestWorldBodies checks the international bodies and the usual bodies of
// any state.
func TestWorldBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The African Union condemned Eritrea on Monday.",
			want: []string{fact("African Union", graph.Opposes, "Eritrea")}},
		{text: "ECOWAS condemned Mali on Friday.",
			want: []string{fact("ECOWAS", graph.Opposes, "Mali")}},
		// A state's ministry, named after its possessive or adjective, in
		// any case, is a part of the state.
		{text: "Chile's foreign ministry condemned Bolivia on Sunday.",
			want: []string{
				fact("Chile's foreign ministry", graph.PartOf, "Chile"),
				fact("Chile's foreign ministry", graph.Opposes, "Bolivia"),
			}},
		// A state's name used as a modifier before its body.
		{text: "The UAE foreign ministry said the swap was its fourth.",
			want: []string{fact("UAE foreign ministry", graph.PartOf, "United Arab Emirates")}},
		{text: "The Chilean ministry of foreign affairs condemned Bolivia on Sunday.",
			want: []string{fact("Chilean ministry of foreign affairs", graph.Opposes, "Bolivia")}},
		// The catalog's own body for a state keeps its name.
		{text: "Russia's foreign ministry condemned Bolivia on Sunday.",
			want: []string{fact("Russian Foreign Ministry", graph.Opposes, "Bolivia")}},
	})
}

// TestTerritoryBodies checks that a territory news treats as an actor has
// the usual bodies of a state, named by its adjective, possessive or name.
func TestTerritoryBodies(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kosovo police arrested Serbian officials on Monday.",
			want: []string{fact("Kosovo police", graph.PartOf, "Kosovo")}},
		{text: "Somaliland's foreign ministry condemned Somalia on Sunday.",
			want: []string{fact("Somaliland's foreign ministry", graph.Opposes, "Somalia")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The foreign ministry in Hargeisa condemned Somalia on Sunday.",
			not:       []string{fact("Somalilander Foreign Ministry", graph.Opposes, "Somalia")},
			companion: "Somaliland's foreign ministry condemned Somalia on Sunday.",
			want:      []string{fact("Somaliland's foreign ministry", graph.Opposes, "Somalia")}},
	})
}

// TestTitleCaseAcronyms checks that a world body's acronym written as a
// word, as some outlets write it ("Nato", "Ecowas"), names the body, and
// that a short one ("Un") or one in lower case does not.
func TestTitleCaseAcronyms(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Nato condemned Serbia on Monday.",
			want: []string{fact("NATO", graph.Opposes, "Serbia")}},
		{text: "Ecowas condemned Guinea after the coup.",
			want: []string{fact("ECOWAS", graph.Opposes, "Guinea")}},
		// The body's force named beside it is its own.
		{text: "Nato's peacekeeping force in Kosovo, KFOR, said it was ready to act.",
			want: []string{fact("KFOR", graph.PartOf, "NATO")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Un condemned Serbia on Monday.",
			not:       []string{fact("United Nations", graph.Opposes, "Serbia")},
			companion: "UN condemned Serbia on Monday.",
			want:      []string{fact("United Nations", graph.Opposes, "Serbia")}},
		// Near miss: the acronym in lower case is a word, no body.
		{text: "The nato condemned Serbia on Monday.",
			not:       []string{fact("NATO", graph.Opposes, "Serbia")},
			companion: "The Nato condemned Serbia on Monday.",
			want:      []string{fact("NATO", graph.Opposes, "Serbia")}},
	})
}

// TestWorldBodyNeedsItsState checks that a state body's noun alone names
// no state's body: "the foreign ministry" could be anyone's.
func TestWorldBodyNeedsItsState(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The foreign ministry condemned Bolivia on Sunday.",
			not:       []string{fact("Chilean Foreign Ministry", graph.Opposes, "Bolivia")},
			companion: "Chile's foreign ministry condemned Bolivia on Sunday.",
			want:      []string{fact("Chile's foreign ministry", graph.Opposes, "Bolivia")}},
	})
}

// A state's air force is a body of its own, not its army, also for a
// state whose army the catalog knows: "Israeli Air Force commander X".
func TestAirForceApartFromArmy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Israeli Air Force commander Maj. Gen. Dorin Kalev flew to Moscow on Monday.",
			want: []string{fact("Dorin Kalev", graph.HeadOf, "Israeli air force")},
			not:  []string{fact("Dorin Kalev", graph.HeadOf, "Israel Defense Forces")}},
		{text: "Peruvian Air Force commander Gen. Tovan Amari flew to Lima on Monday.",
			want: []string{fact("Tovan Amari", graph.HeadOf, "Peruvian air force")}},
	})
}

// TestSuccessorBodyIsItsOwn checks that a body formed from another's
// successor keeps its own name: the Nusra Front and Hayat Tahrir al-Sham
// are two bodies, as reports and annotators keep them.
func TestSuccessorBodyIsItsOwn(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Turkey condemned HTS on Monday.",
			want: []string{fact("Turkey", graph.Opposes, "Hayat Tahrir al-Sham")}},
		{text: "Turkey condemned the Nusra Front on Monday.",
			want: []string{fact("Turkey", graph.Opposes, "Nusra Front")}},
	})
}
