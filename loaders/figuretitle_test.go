package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A body's "figure" is one of its prominent members, named after the
// title ("Senior Front figure X") or in an appositive after it ("a senior
// Front figure, X,"); an unnamed figure is no one met after it.
func TestFigureTitle(t *testing.T) {
	const before = "The Vardan Front said on Monday it would attend the talks in Kelmor. "
	checkFacts(t, []factCase{
		{text: before + "Senior Vardan Front figure Amir Tessa said the talks had failed.",
			want: []string{fact("Amir Tessa", graph.MemberOf, "Vardan Front")}},
		{text: before + "Soldiers killed a senior Vardan Front figure, Tomas Weller, near Kelmor.",
			want: []string{fact("Tomas Weller", graph.MemberOf, "Vardan Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "A senior Vardan Front figure met Amir Tessa in Kelmor on Monday.",
			not:       []string{fact("Amir Tessa", graph.MemberOf, "Vardan Front")},
			companion: before + "Senior Vardan Front figure Amir Tessa met reporters in Kelmor on Monday.",
			want:      []string{fact("Amir Tessa", graph.MemberOf, "Vardan Front")}},
	})
}
