package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLedBodies checks the reading of the passive of leading after a body
// (ledBodies): the words that may stand between the body and the verb, and
// between "by" and the leader.
func TestLedBodies(t *testing.T) {
	head := fact("Ivo Tarsh", graph.HeadOf, "Borduria Front")
	checkFacts(t, []factCase{
		// An adverb before the verb.
		{text: "The Borduria Front, now led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, currently headed by Ivo Tarsh, rejected the plan.", want: []string{head}},
		// An appositive without names before the verb.
		{text: "The Borduria Front, one of the largest rebel groups, led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, a hardline movement, headed by Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A copula after the appositive that sets the body off.
		{text: "The largest movement in the south, the Borduria Front, is led by Ivo Tarsh.", want: []string{head}},
		// Words describing the leader before his name.
		{text: "The Borduria Front, headed by former Klow governor Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, chaired by parliament speaker Ivo Tarsh, rejected the plan.", want: []string{head}},
	})
	checkNegatives(t, []negativeCase{
		// A former leader is no head.
		{text: "The Borduria Front, formerly led by Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, now led by Ivo Tarsh, rejected the plan.", want: []string{head}},
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh until 2019, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, led by the veteran militant Ivo Tarsh since 2019, rejected the plan.", want: []string{head}},
		// A negation states nothing.
		{text: "The Borduria Front, which is not led by the veteran militant Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, which is led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A possessive before the leader names another.
		{text: "The Borduria Front, led by the veteran militant Ivo Tarsh's son, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
		// A delegation of the body led by someone: he leads the delegation.
		{text: "A delegation of the Borduria Front led by the veteran militant Ivo Tarsh arrived in Klow.", not: []string{head},
			companion: "The Borduria Front led by the veteran militant Ivo Tarsh arrived in Klow.", want: []string{head}},
		// A verb between "by" and the name: the leader is someone else.
		{text: "The Borduria Front, headed by the governor, praised Ivo Tarsh.", not: []string{head},
			companion: "The Borduria Front, headed by the governor Ivo Tarsh, praised the plan.", want: []string{head}},
		// An appositive with a name of its own is no description of the body.
		{text: "The Borduria Front, an ally of the Klow Union, led by the veteran militant Ivo Tarsh, rejected the plan.", not: []string{head},
			companion: "The Borduria Front, a hardline movement, led by the veteran militant Ivo Tarsh, rejected the plan.", want: []string{head}},
	})
}
