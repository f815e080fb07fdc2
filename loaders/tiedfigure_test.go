package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body glued to "-linked", "-affiliated" or "-connected" before an
// office says the holder is tied to it, not one of its members.
func TestTiedFigureNoMember(t *testing.T) {
	const before = "The Vardan Front attacked Chad on Monday. "
	var cases []negativeCase
	for _, p := range []string{"linked", "affiliated", "connected"} {
		cases = append(cases, negativeCase{
			text:      before + "Ivo Dragan, a Vardan Front-" + p + " figure, said the talks had failed.",
			not:       []string{fact("Ivo Dragan", graph.MemberOf, "Vardan Front")},
			companion: before + "Ivo Dragan, a senior Vardan Front figure, said the talks had failed.",
			want:      []string{fact("Ivo Dragan", graph.MemberOf, "Vardan Front")}})
	}
	checkNegatives(t, cases)
}
