package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestCompassWestIsNoBloc checks that "the west" written in lower case, a
// compass point of the country the report is about ("in the west of the
// country", "armed groups in the west"), does not name the Western bloc,
// whose alias "the West" is capitalised; the capitalised bloc still acts.
func TestCompassWestIsNoBloc(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "The Dalmour Brigades, one of the strongest armed groups in the west, said they opposed the plan.",
			not:       []string{fact("Dalmour Brigades", graph.MemberOf, "Western countries")},
			companion: "Ghana accused the West of arming the Dalmour Brigades.",
			want:      []string{fact("Western countries", graph.Supports, "Dalmour Brigades")}},
		{text: "Ghana said the Kessan Front had been armed by smugglers operating in the west.",
			not:       []string{fact("Western countries", graph.Supports, "Kessan Front")},
			companion: "Ghana accused the West of arming the Kessan Front.",
			want:      []string{fact("Ghana", graph.Opposes, "Western countries")}},
	})
}
