package loaders

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{"Putin met Rouhani. They talked.", []string{"Putin met Rouhani.", "They talked."}},
		{"Units supported by the U.S. military fought. Then they left.", []string{"Units supported by the U.S. military fought.", "Then they left."}},
		{"The U.N.-mediated talks began. Assad agreed.", []string{"The U.N.-mediated talks began.", "Assad agreed."}},
		{"Maj. Gen. Qassem Soleimani arrived in Aleppo. He left.", []string{"Maj. Gen. Qassem Soleimani arrived in Aleppo.", "He left."}},
		{"Gen. John R. Allen spoke. Others did too.", []string{"Gen. John R. Allen spoke.", "Others did too."}},
		{`He said: "We will stay." Lavrov agreed.`, []string{`He said: "We will stay."`, "Lavrov agreed."}},
		{"Is this the end? Nobody knows!", []string{"Is this the end?", "Nobody knows!"}},
		{"Rebels are supported by the U.S. The offensive began.", []string{"Rebels are supported by the U.S.", "The offensive began."}},
		{"U.S. President Donald Trump spoke.", []string{"U.S. President Donald Trump spoke."}},
		{"Talks went on. in the evening they ended.", []string{"Talks went on. in the evening they ended."}},
		{"Rouhani, Putin laud co-operation in Syria civil war", []string{"Rouhani, Putin laud co-operation in Syria civil war"}},
		{"Canada approved $2.5 billion in weapons for Kyiv. It left.", []string{"Canada approved $2.5 billion in weapons for Kyiv.", "It left."}},
		{"The talks ended in 2019. 2020 was calmer.", []string{"The talks ended in 2019.", "2020 was calmer."}},
	}
	words := extractor(t).words
	for _, c := range cases {
		toks := extractor(t).annotate(tokenize(c.line))
		var got []string
		for _, r := range splitSentences(toks, words) {
			got = append(got, c.line[toks[r[0]].start:toks[r[1]-1].end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("splitSentences(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestSentencesOfArticle checks that lines are sentence boundaries, that
// headlines and captions without a full stop are sentences and that
// evidence is trimmed and collapsed.
func TestSentencesOfArticle(t *testing.T) {
	text := "Putin, Rowhani agree to cooperate closely on Syria\n" +
		"Russian President Vladimir Putin and Iranian President Hassan Rouhani, November 2015\n\n" +
		"The presidents   agreed.  They   spoke\nby phone.\n"
	a := newArticle(extractor(t))
	a.read(text)
	var got []string
	for _, s := range a.sentences {
		got = append(got, s.text)
	}
	want := []string{
		"Putin, Rowhani agree to cooperate closely on Syria",
		"Russian President Vladimir Putin and Iranian President Hassan Rouhani, November 2015",
		"The presidents agreed.",
		"They spoke by phone.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	if !a.sentences[0].headline || a.sentences[2].headline {
		t.Errorf("headline flags wrong")
	}
}
