package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A meeting told by its rank among the sides' meetings ("their first
// meeting"), or as talks placed before their sides ("talks in Lome between
// A and B"), is a meeting of the sides.
func TestMeetingShapes(t *testing.T) {
	met := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	checkFacts(t, []factCase{
		{text: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah have held their first meeting since the border dispute.",
			want: []string{met}},
		{text: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah held their latest meeting in Accra.",
			want: []string{met}},
		{text: "Ghana published the plan after talks in Lome between Ghanaian Foreign Minister Ama Dodzi and Togolese Foreign Minister Kofi Mensah.",
			want: []string{met}},
		{text: "The plan followed talks in Lome between Ghanaian Foreign Minister Ama Dodzi, Togolese Foreign Minister Kofi Mensah and Beninese envoy Kwame Boateng.",
			want: []string{met, fact("Ama Dodzi", graph.MetWith, "Kwame Boateng"), fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")}},
	})
	companion := "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah have held their first meeting since the border dispute."
	checkNegatives(t, []negativeCase{
		// Not yet held.
		{text: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah have not held their first meeting since the border dispute.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "Ghanaian President Ama Dodzi and Togolese President Kofi Mensah may hold their first meeting next month.",
			not: []string{met}, companion: companion, want: []string{met}},
		// Talks sought, not held.
		{text: "Ghana called for talks in Lome between Ghanaian Foreign Minister Ama Dodzi and Togolese Foreign Minister Kofi Mensah.",
			not: []string{met}, companion: companion, want: []string{met}},
		// Talks denied, blocked or only agreed on.
		{text: "Peru and Bolivia agreed on a meeting in Lima between their foreign ministers.",
			not: []string{fact("Bolivia", graph.MetWith, "Peru")}, companion: "Chile published the plan after talks in Lima between Peru and Bolivia.", want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "Chile called off talks in Lima between Peru and Bolivia.",
			not: []string{fact("Bolivia", graph.MetWith, "Peru")}, companion: "Chile published the plan after talks in Lima between Peru and Bolivia.", want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "Chile has blocked talks in Lima between Peru and Bolivia.",
			not: []string{fact("Bolivia", graph.MetWith, "Peru")}, companion: "Chile published the plan after talks in Lima between Peru and Bolivia.", want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "Chile rejected talks in Lima between Peru and Bolivia.",
			not: []string{fact("Bolivia", graph.MetWith, "Peru")}, companion: "Chile published the plan after talks in Lima between Peru and Bolivia.", want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "Chile rejected talks between Peru and Bolivia in Lima.",
			not: []string{fact("Bolivia", graph.MetWith, "Peru")}, companion: "Chile published the plan after talks between Peru and Bolivia in Lima.", want: []string{fact("Bolivia", graph.MetWith, "Peru")}},
	})
}

// A host who met a team, a guest received by a second official, a person
// convened: the people named after the team's colon, after "and with" or
// "and by" behind a title read in part, and the one convened are met.
func TestMeetingGuests(t *testing.T) {
	dm := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	db := fact("Ama Dodzi", graph.MetWith, "Kwame Boateng")
	checkFacts(t, []factCase{
		{text: "On Monday Ghanaian Foreign Minister Ama Dodzi met the government's economic team: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng.",
			want: []string{dm, db}},
		{text: "On Monday Ghanaian Foreign Minister Ama Dodzi met the government's negotiating team with the International Monetary Fund: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng.",
			want: []string{dm, db}},
		{text: "On Monday Ghanaian Foreign Minister Ama Dodzi met Togo's economic team: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng.",
			want: []string{dm, db}},
		{text: "Ghanaian Foreign Minister Ama Dodzi also held talks with Kofi Mensah and with Army Commander Gen. Kwame Boateng.",
			want: []string{dm, db}},
		{text: "Ghanaian Foreign Minister Ama Dodzi was also received by Kofi Mensah and by Army Commander Gen. Kwame Boateng.",
			want: []string{dm, db}},
		{text: "Ghanaian Defence Minister Ama Dodzi later convened army chief Kwame Boateng to discuss the border.",
			want: []string{db}},
	})
	companion := "On Monday Ghanaian Foreign Minister Ama Dodzi met the government's economic team: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng."
	checkNegatives(t, []negativeCase{
		// Planned, not held.
		{text: "On Monday Ghanaian Foreign Minister Ama Dodzi will meet the government's economic team: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng.",
			not: []string{dm, db}, companion: companion, want: []string{dm, db}},
		// The colon lists what was discussed, not who was met.
		{text: "Ghanaian Foreign Minister Ama Dodzi met the government's economic team and named its members: Finance Minister Kofi Mensah and Trade Minister Kwame Boateng.",
			not: []string{dm, db}, companion: companion, want: []string{dm, db}},
		// The one convened is a body, not a person.
		{text: "Ghanaian Defence Minister Ama Dodzi later convened the National Security Council, and Kwame Boateng resigned.",
			not: []string{db}, companion: companion, want: []string{db}},
		// The second "with" names kin or critics of the one named, not a guest.
		{text: "Foreign Minister Ama Dodzi held talks with Kofi Mensah and with the family of jailed activist Kwame Boateng.",
			not: []string{db}, companion: "Foreign Minister Ama Dodzi held talks with Kofi Mensah and with Army Commander Gen. Kwame Boateng.", want: []string{db}},
		{text: "Foreign Minister Ama Dodzi held talks with Kofi Mensah and with critics of President Kwame Boateng.",
			not: []string{db}, companion: "Foreign Minister Ama Dodzi held talks with Kofi Mensah and with President Kwame Boateng.", want: []string{db}},
		{text: "Foreign Minister Ama Dodzi was received by Kofi Mensah and by the family of jailed activist Kwame Boateng.",
			not: []string{db}, companion: "Foreign Minister Ama Dodzi was received by Kofi Mensah and by Army Commander Gen. Kwame Boateng.", want: []string{db}},
	})
}

// The leaders of two delegations that met ("the government delegation, led
// by A, and the rebel team headed by B met") met each other.
func TestDelegationLeadersMeet(t *testing.T) {
	met := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	checkFacts(t, []factCase{
		{text: "The government delegation, led by Foreign Minister Ama Dodzi, and the rebel delegation headed by Kofi Mensah met in Accra on Monday.",
			want: []string{met}},
		{text: "The government delegation, led by Foreign Minister Ama Dodzi, and a Togolese team headed by envoy Kofi Mensah met face to face last month.",
			want: []string{met}},
	})
	companion := "The government delegation, led by Foreign Minister Ama Dodzi, and the rebel delegation headed by Kofi Mensah met in Accra on Monday."
	checkNegatives(t, []negativeCase{
		// Not yet met.
		{text: "The government delegation, led by Foreign Minister Ama Dodzi, and the rebel delegation headed by Kofi Mensah have never met.",
			not: []string{met}, companion: companion, want: []string{met}},
		{text: "The government delegation, led by Foreign Minister Ama Dodzi, and the rebel delegation headed by Kofi Mensah are expected to meet in Accra.",
			not: []string{met}, companion: companion, want: []string{met}},
	})
}

// The leader of a delegation meets whom the delegation meets, and whoever
// came with a host meets the host's guest.
func TestDelegationLeaderMeets(t *testing.T) {
	dm := fact("Ama Dodzi", graph.MetWith, "Kofi Mensah")
	bm := fact("Kofi Mensah", graph.MetWith, "Kwame Boateng")
	checkFacts(t, []factCase{
		{text: "The rebel delegation, headed by Kofi Mensah, had held two days of talks in Accra with Ghanaian Foreign Minister Ama Dodzi.",
			want: []string{dm}},
		{text: "The rebel delegation, led by Kofi Mensah, met Ghanaian Foreign Minister Ama Dodzi in Accra.",
			want: []string{dm}},
		{text: "President Ama Dodzi, accompanied by the foreign minister, Kwame Boateng, received Togolese envoy Kofi Mensah at the palace.",
			want: []string{dm, bm}},
	})
	companion := "The rebel delegation, led by Kofi Mensah, met Ghanaian Foreign Minister Ama Dodzi in Accra."
	checkNegatives(t, []negativeCase{
		// Refused, or only planned.
		{text: "The rebel delegation, led by Kofi Mensah, refused to meet Ghanaian Foreign Minister Ama Dodzi in Accra.",
			not: []string{dm}, companion: companion, want: []string{dm}},
		{text: "The rebel delegation, headed by Kofi Mensah, will hold talks in Accra with Ghanaian Foreign Minister Ama Dodzi next week.",
			not: []string{dm}, companion: companion, want: []string{dm}},
		{text: "The delegation, headed by Kofi Mensah, is due to hold talks with Ama Dodzi on Friday.",
			not: []string{dm}, companion: "The delegation, headed by Kofi Mensah, held talks with Ama Dodzi on Friday.", want: []string{dm}},
		// The one who came along did not meet the guest: he stayed away.
		{text: "President Ama Dodzi, accompanied by the foreign minister, Kwame Boateng, did not receive Togolese envoy Kofi Mensah.",
			not: []string{bm}, companion: companion, want: []string{dm}},
	})
}
