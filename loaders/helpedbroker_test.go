package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// Who helped broker a deal brokered it ("Qatar had helped to facilitate the
// accord", "the accord, which she said Qatar had helped to facilitate"), and
// so did whoever mediated the talks that reached it.
func TestHelpedBroker(t *testing.T) {
	qatar := fact("Qatar", graph.Brokered, "Lome accord")
	norway := fact("Norway", graph.Brokered, "Lima accord")
	checkFacts(t, []factCase{
		{text: "Qatar had helped to facilitate the Lome accord, officials said.",
			want: []string{qatar}},
		{text: "Ghanaian Foreign Minister Ama Dodzi welcomed the Lome accord, which she said Qatar had helped to facilitate.",
			want: []string{qatar}},
		{text: "Togo signed the Lome accord, which Qatar helped broker.",
			want: []string{qatar}},
		{text: "The Lima accord, reached during talks mediated by Norway, ended the dispute.",
			want: []string{norway}},
		{text: "The Lima accord, reached between Chile and Peru during talks mediated by Norway, ended the dispute.",
			want: []string{norway, fact("Chile", graph.Signed, "Lima accord"), fact("Peru", graph.Signed, "Lima accord")}},
	})
	companion := "Qatar had helped to facilitate the Lome accord, officials said."
	checkNegatives(t, []negativeCase{
		// Denied or only offered.
		{text: "Qatar denied that it had helped to facilitate the Lome accord.",
			not: []string{qatar}, companion: companion, want: []string{qatar}},
		{text: "Qatar said it could help to facilitate the Lome accord.",
			not: []string{qatar}, companion: companion, want: []string{qatar}},
		// The one who said so is not the one who helped.
		{text: "Ghanaian Foreign Minister Ama Dodzi welcomed the Lome accord, which she said Oman had helped to facilitate.",
			not: []string{fact("Ama Dodzi", graph.Brokered, "Lome accord")}, companion: companion, want: []string{qatar}},
		// Who helped negotiate a deal with another side is a party to it.
		{text: "Chile helped negotiate the Lima accord with Peru.",
			not: []string{fact("Chile", graph.Brokered, "Lima accord")}, companion: "Chile helped broker the Lima accord.", want: []string{fact("Chile", graph.Brokered, "Lima accord")}},
		// Talks led by the parties' own ministers make no broker of them.
		{text: "The Lima accord, reached during talks led by Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk, ended the war.",
			not: []string{fact("Anton Vello", graph.Brokered, "Lima accord"), fact("Ruth Maresk", graph.Brokered, "Lima accord")}, companion: "The Lima accord, reached during talks mediated by Chilean Foreign Minister Anton Vello, ended the war.", want: []string{fact("Anton Vello", graph.Brokered, "Lima accord")}},
		// Help to some other end than the deal.
		{text: "Qatar had helped to feed the refugees of the Lome accord.",
			not: []string{qatar}, companion: companion, want: []string{qatar}},
	})
}
