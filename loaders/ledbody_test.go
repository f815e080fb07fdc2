package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestLedBody checks the patterns head-of/S-led-O and
// head-of/O-led-by-desc-S: a person who led or had headed a body, and a
// body led by a described person, give head-of; a deed of the body ("led
// the party's campaign", "led the council offensive") and a person only
// near the leader ("led by an ally of X") give none.
func TestLedBody(t *testing.T) {
	party := fact("Tarsh Velkan", graph.HeadOf, "Unity Party")
	council := fact("Mira Dovan", graph.HeadOf, "Salt Coast Council")
	coalition := fact("Jimmy Dorrel", graph.HeadOf, "Reed Coalition")
	checkFacts(t, []factCase{
		{text: "Tarsh Velkan, a former judge, led the Unity Party through two elections.", want: []string{party}},
		{text: "Tarsh Velkan, a former judge, headed the Unity Party until 2019.", want: []string{party}},
		{text: "General Mira Dovan, who had headed the Salt Coast Council in the south, was appointed minister.", want: []string{council}},
		{text: "General Mira Dovan, who once led the Salt Coast Council, was appointed minister.", want: []string{council}},
		{text: "The Reed Coalition, led by former police officer Jimmy Dorrel, tightened its grip.", want: []string{coalition}},
		{text: "The Reed Coalition, headed by the veteran Kivu lawyer Jimmy Dorrel, tightened its grip.", want: []string{coalition}},
	})
	checkNegatives(t, []negativeCase{
		// The body names a deed of it, not the body led.
		{text: "Tarsh Velkan, a former judge, led the Unity Party's campaign in the north.", not: []string{party},
			companion: "Tarsh Velkan, a former judge, led the Unity Party through two elections.", want: []string{party}},
		// A negation voids it.
		{text: "Tarsh Velkan, a former judge, never led the Unity Party.", not: []string{party},
			companion: "Tarsh Velkan, a former judge, led the Unity Party through two elections.", want: []string{party}},
		// The gap holds an actor: the coalition is led by the general's ally.
		{text: "The Reed Coalition, led by an ally of General Jimmy Dorrel, tightened its grip.", not: []string{coalition},
			companion: "The Reed Coalition, led by former police officer Jimmy Dorrel, tightened its grip.", want: []string{coalition}},
	})
}

// TestPersonJoined checks the pattern member-of/S-person-joined-O: a person
// who joined a body is its member; a body joined for one act ("joined the
// council's talks") and a denial give none.
func TestPersonJoined(t *testing.T) {
	member := fact("Tarsh Velkan", graph.MemberOf, "Unity Party")
	checkFacts(t, []factCase{
		{text: "Tarsh Velkan, a former judge, joined the Unity Party in 2009.", want: []string{member}},
		{text: "Tarsh Velkan, a former judge, later joined the Unity Party, where he rose quickly.", want: []string{member}},
		{text: "Colonel Tarsh Velkan, who rejoined the Unity Party last year, spoke on Friday.", want: []string{member}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Tarsh Velkan, a former judge, joined the Unity Party's protest in the capital.", not: []string{member},
			companion: "Tarsh Velkan, a former judge, joined the Unity Party in 2009.", want: []string{member}},
		{text: "Tarsh Velkan, a former judge, never joined the Unity Party.", not: []string{member},
			companion: "Tarsh Velkan, a former judge, joined the Unity Party in 2009.", want: []string{member}},
	})
}
