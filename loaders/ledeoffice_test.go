package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An office that opens a sentence with no holder named ("The leader of
// X ... was killed") is held by the person who opens the next sentence as
// its subject, whose verb may follow a parenthetical after the name: an
// age, a relative clause. A name followed by no verb of its own, or one
// the first sentence already named, is no holder.
func TestLedeOfficeAcrossParenthetical(t *testing.T) {
	head := fact("Karim Zendi", graph.HeadOf, "Vantar Liberation Front")
	checkFacts(t, []factCase{
		{text: "The leader of the Vantar Liberation Front, the strongest rebel faction in the north, was killed on Friday in an air strike. Karim Zendi, 47, died along with four of his aides, the group said.",
			want: []string{head}},
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, who was also known as Abu Tarek, died when the missile hit his car.",
			want: []string{head}},
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi died along with four of his aides.",
			want: []string{head}},
	})
	companion := "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, 47, died along with four of his aides."
	checkNegatives(t, []negativeCase{
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, Lena Morrow and two aides, who were also in the car, survived.",
			not: []string{head}, companion: companion, want: []string{head}},
		{text: "The leader of the Vantar Liberation Front, Osman Drel, was killed on Friday in an air strike. Karim Zendi, 47, died along with him.",
			not: []string{head}, companion: companion, want: []string{head}},
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. In Brussels, Karim Zendi, a diplomat, condemned the strike.",
			not: []string{head}, companion: companion, want: []string{head}},
	})
}

// The whole aside after the lede holder's name must be an age, a relative
// clause or another name: not an age followed by a calling, nor "also"
// and a calling.
func TestLedeOfficeWholeAside(t *testing.T) {
	head := fact("Karim Zendi", graph.HeadOf, "Vantar Liberation Front")
	checkFacts(t, []factCase{
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, also known as Abu Tarek, died when the missile hit his car.",
			want: []string{head}},
	})
	companion := "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, 47, died along with four of his aides."
	checkNegatives(t, []negativeCase{
		{text: "The commander of the Vantar Liberation Front said on Sunday that fighters had retaken Kelo. Karim Zendi, 44, a trader in Kelo, said the fighting lasted for hours.",
			not: []string{head}, companion: companion, want: []string{head}},
		{text: "The leader of the Vantar Liberation Front was killed on Friday in an air strike. Karim Zendi, also a commander, died alongside him.",
			not: []string{head}, companion: companion, want: []string{head}},
	})
}

// A headline that ends in a question, or a standfirst line, may stand
// before the lede: the lede's office still goes to the person who opens
// the next sentence.
func TestLedeOfficeAfterQuestionHeadline(t *testing.T) {
	head := fact("Kian Tavessor", graph.HeadOf, "Supreme National Security Council")
	checkFacts(t, []factCase{
		{text: "Iran warns of response: will Tehran strike back?\n\nThe secretary of Iran's Supreme National Security Council told a visiting envoy on Monday that Tehran would respond to any attack. Rear Admiral Kian Tavessor made the remarks in a meeting in Tehran.",
			want: []string{head}},
	})
}
