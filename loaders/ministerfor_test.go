package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// "Minister for defence" before a name in apposition is the defence
// minister: the file after "for" makes the office a longer one and is not
// skipped as a spokesman's file is ("spokesman for security matters").
func TestMinisterForFileBeforeName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru's minister for defence, Ivo Dragan, met Chile.",
			want: []string{fact("Ivo Dragan", graph.DefenseMinisterOf, "Peru")},
			not:  []string{fact("Ivo Dragan", graph.MemberOf, "Peru")}},
		{text: "Peru's minister for defense, Ivo Dragan, met Chile.",
			want: []string{fact("Ivo Dragan", graph.DefenseMinisterOf, "Peru")}},
		{text: "Peru's minister for foreign affairs, Ivo Dragan, met Chile.",
			want: []string{fact("Ivo Dragan", graph.ForeignMinisterOf, "Peru")}},
		{text: "The Vardan Front's spokesman for security matters, Ivo Dragan, denied the report.",
			want: []string{fact("Ivo Dragan", graph.SpokespersonOf, "Vardan Front")}},
	})
}
