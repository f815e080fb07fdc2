package loaders

import (
	"reflect"
	"testing"
)

// TestLineTokens checks that the arena gives each line the tokens
// tokenize gives it, capped at their length, whether the line fits what is
// left of the arena, starts a new one, or outgrows its estimate (a line of
// one-letter words has more tokens than one in five bytes).
func TestLineTokens(t *testing.T) {
	lines := []string{
		"Vantor's envoy met Queluria on Tuesday.",
		"",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z, a b c d e f",
		"The Kestrel Front--backed by U.S. allies--said “no”.",
		"Ta'ang and Sana'a are one word each; O'Brien too.",
	}
	for _, arena := range []int{0, 3, 1000} {
		a := &article{}
		a.arena = make([]token, 0, arena)
		var got [][]token
		for _, l := range lines {
			got = append(got, a.lineTokens(l))
		}
		for k, l := range lines {
			want := tokenize(l)
			if len(want) == 0 && len(got[k]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[k], want) {
				t.Errorf("arena %d, line %q: tokens differ from tokenize's", arena, l)
			}
			if cap(got[k]) != len(got[k]) {
				t.Errorf("arena %d, line %q: cap %d, len %d: an append would reach the next line's tokens", arena, l, cap(got[k]), len(got[k]))
			}
		}
	}
}

// TestScratchReused checks that an article read with another's scratch,
// given back dirty (its seenElems set, its arena full), reads as one read
// with a new scratch.
func TestScratchReused(t *testing.T) {
	x := extractor(t)
	text := []byte("Vantor's President Ilo Marek met Queluria's foreign minister in Dask on Monday.\n\nVantor condemned the Kestrel Front's attack on Queluria.\n")
	want, err := x.Extract("a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	a := newArticle(x)
	a.read(string(text))
	for i := range a.seenElems {
		a.seenElems[i] = ^uint64(0)
	}
	a.release()
	got, err := x.Extract("a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("extraction after a dirty scratch differs:\n got %v\nwant %v", got.Facts, want.Facts)
	}
}
