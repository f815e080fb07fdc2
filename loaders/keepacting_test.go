package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestKeepActingAgainst checks that a side that says it will keep acting
// against another states its hostility despite the modal
// (fights/S-would-keep-acting-against-O, opposes/S-would-keep-acting-against-O):
// against a body a fight, against a state an opposition.
func TestKeepActingAgainst(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The minister said Ghana would continue to act against the Borduria Front wherever necessary.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "The Borduria Front will keep operating against Togo's army in the hills.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo's army")}},
		{text: "The prime minister said Ghana would keep acting against Togo and its proxies.",
			want: []string{fact("Ghana", graph.Opposes, "Togo")},
			not:  []string{fact("Ghana", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// A plain modal stays a hedge: only going on states the act.
		{text: "The minister said Ghana would act against the Borduria Front if it attacked.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghana")},
			companion: "The minister said Ghana would keep acting against the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "Ghana will not keep acting against the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghana")},
			companion: "Ghana will keep acting against the Borduria Front.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		// A person is no side that acts: "his government" read as him.
		{text: "Tarsh Velkan said he would keep acting against Togo.",
			not:       []string{fact("Tarsh Velkan", graph.Opposes, "Togo")},
			companion: "Tarsh Velkan said Ghana would keep acting against Togo.",
			want:      []string{fact("Ghana", graph.Opposes, "Togo")}},
	})
}
