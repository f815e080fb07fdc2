package loaders

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		line  string
		folds []string
	}{
		{"Iran’s President", []string{"iran", "'s", "president"}},
		{"the two countries' co-operation", []string{"the", "two", "countries", "'s", "co", "operation"}},
		{"U.S.-Russian support", []string{"us", "russian", "support"}},
		{"U.N.-mediated talks.", []string{"un", "mediated", "talks", "."}},
		{"Bashar al-Assad", []string{"bashar", "al", "assad"}},
		{"Recep Tayyip Erdoğan", []string{"recep", "tayyip", "erdogan"}},
		{"agreement — brokered", []string{"agreement", "--", "brokered"}},
		{"“terrorist groups”", []string{`"`, "terrorist", "groups", `"`}},
		{"won’t", []string{"won", "'t"}},
		// An apostrophe inside a name keeps it one word.
		{"the Ta’ang army", []string{"the", "ta'ang", "army"}},
		{"Don't go", []string{"don", "'t", "go"}},
		// An apostrophe ending a name's part before a particle (a
		// transliterated ayn) stays in the name; a closing quote
		// after a capitalised word does not.
		{"Mohammed Shia' al-Sudani said", []string{"mohammed", "shia'", "al", "sudani", "said"}},
		{"Tarik Vosa' bin Harel", []string{"tarik", "vosa'", "bin", "harel"}},
		{"called it 'Kestrel' and left", []string{"called", "it", "'", "kestrel", "'", "and", "left"}},
	}
	for _, c := range cases {
		var got []string
		for _, tok := range tokenize(c.line) {
			got = append(got, tok.fold)
		}
		if !slices.Equal(got, c.folds) {
			t.Errorf("tokenize(%q) = %q, want %q", c.line, got, c.folds)
		}
	}
}

func TestTokenizeHyphens(t *testing.T) {
	toks := tokenize("Western-backed opposition")
	if len(toks) != 3 || toks[0].hyphen || !toks[1].hyphen || toks[2].hyphen {
		t.Fatalf("hyphen flags wrong: %+v", toks)
	}
	if !toks[0].cap || toks[1].cap {
		t.Errorf("capital flags wrong: %+v", toks)
	}
	if acr := tokenize("IRGC")[0]; !acr.upper {
		t.Errorf("IRGC not upper: %+v", acr)
	}
}

func TestCollapseSpace(t *testing.T) {
	if got := collapseSpace("  Putin \n\t met   Rouhani  "); got != "Putin met Rouhani" {
		t.Errorf("collapseSpace = %q", got)
	}
}
