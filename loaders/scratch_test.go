package loaders

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/entente/entente/graph"
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

// TestScratchReused checks that an article read with a scratch left dirty
// by another (its seenElems set, its facts' and items' arrays full, tokens
// written past its arena's length) reads as one read with a new scratch.
// The dirty scratch is given to the article directly: the pool need not
// return it.
func TestScratchReused(t *testing.T) {
	x := extractor(t)
	text := "France's President Ilo Marek met Chad's foreign minister Ana Dask in Paris on Monday.\n\nFrance condemned the attack on Chad, Marek said.\n"
	want, err := x.Extract("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Facts) == 0 {
		t.Fatal("no facts: the test compares nothing")
	}
	sc := &scratch{
		arena:     make([]token, 3, 4096),
		itemBuf:   make([]item, 64),
		groupBuf:  make([]item, 64),
		seenElems: make([]uint64, len(x.patterns)),
		factBuf:   make([]graph.Fact, 64),
	}
	dirty := tokenize("Vantor's envoy met Queluria's foreign minister in Dask.")
	for i := range sc.arena[:cap(sc.arena)] {
		sc.arena[:cap(sc.arena)][i] = dirty[i%len(dirty)]
	}
	for i := range sc.itemBuf {
		sc.itemBuf[i] = item{start: i, end: i + 1}
		sc.groupBuf[i] = item{start: i, end: i + 2}
	}
	for i := range sc.seenElems {
		sc.seenElems[i] = ^uint64(0)
	}
	for i := range sc.factBuf {
		sc.factBuf[i] = graph.Fact{Evidence: "Vantor condemned Queluria.", Sentence: 3}
	}
	sc.factBuf = sc.factBuf[:0]
	// The fold index of another article, which has few of this one's words,
	// left read: handed over without trim, it must not answer for this one.
	prev := newArticleWith(x, new(scratch))
	prev.read("The Tarvolis said the Kestrel militia attacked Chad. Tarvo fighters fled.\n")
	if !prev.foldsRead {
		t.Fatal("the other article read no fold index: the test compares nothing")
	}
	sc.foldAt, sc.foldEnd, sc.foldIDs, sc.foldList, sc.foldsRead = prev.foldAt, prev.foldEnd, prev.foldIDs, prev.foldList, prev.foldsRead
	a := newArticleWith(x, sc)
	a.read(text)
	got := a.facts.sorted()
	if !reflect.DeepEqual(got, want.Facts) {
		t.Errorf("extraction with a dirty scratch differs:\n got %v\nwant %v", got, want.Facts)
	}
}

// TestScratchTrimmed checks that release's trim clears a scratch's arrays
// to their capacity (tokens past the arena's length, items holding actors)
// and drops those of a very large article rather than pool them.
func TestScratchTrimmed(t *testing.T) {
	toks := tokenize("Vantor's envoy met Queluria's foreign minister in Dask.")
	fill := func(tokens, facts, items int) *scratch {
		sc := &scratch{
			arena:    make([]token, tokens),
			factBuf:  make([]graph.Fact, facts),
			itemBuf:  make([]item, items),
			groupBuf: make([]item, items),
		}
		for i := range sc.arena {
			sc.arena[i] = toks[i%len(toks)]
		}
		for i := range sc.factBuf {
			sc.factBuf[i] = graph.Fact{Evidence: "Vantor condemned Queluria.", Sentence: 3}
		}
		for i := range sc.itemBuf {
			sc.itemBuf[i] = item{start: i, end: i + 1, actor: &actor{}}
			sc.groupBuf[i] = item{start: i, end: i + 1, actor: &actor{}}
		}
		// Written past the length, as an arena left by an append.
		sc.arena = sc.arena[:tokens/2]
		// A fold index of tokens/4 folds, read.
		sent := &sentence{toks: toks}
		sc.foldAt = make(map[string]int32, tokens/4)
		for i := 0; i < tokens/4; i++ {
			sc.foldAt[string(rune('a'+i%26))+strconv.Itoa(i)] = int32(i)
			sc.foldEnd = append(sc.foldEnd, int32(4*i+4))
		}
		for i := 0; i < tokens; i++ {
			sc.foldIDs = append(sc.foldIDs, int32(i/4))
			sc.foldList = append(sc.foldList, tokenAt{sent, i % len(toks)})
		}
		sc.foldsRead = true
		return sc
	}
	sc := fill(1000, 100, 50)
	sc.trim()
	if cap(sc.arena) != 1000 || cap(sc.factBuf) != 100 || cap(sc.itemBuf) != 50 {
		t.Errorf("small arrays not kept: caps %d %d %d", cap(sc.arena), cap(sc.factBuf), cap(sc.itemBuf))
	}
	for i, tk := range sc.arena[:cap(sc.arena)] {
		if !reflect.ValueOf(tk).IsZero() {
			t.Fatalf("arena[%d] not cleared", i)
		}
	}
	for i, f := range sc.factBuf[:cap(sc.factBuf)] {
		if !reflect.ValueOf(f).IsZero() {
			t.Fatalf("factBuf[%d] not cleared", i)
		}
	}
	for i := range sc.itemBuf[:cap(sc.itemBuf)] {
		if !reflect.ValueOf(sc.itemBuf[:cap(sc.itemBuf)][i]).IsZero() || !reflect.ValueOf(sc.groupBuf[:cap(sc.groupBuf)][i]).IsZero() {
			t.Fatalf("item %d not cleared", i)
		}
	}
	if sc.foldsRead || len(sc.foldAt) != 0 || len(sc.foldEnd) != 0 || len(sc.foldIDs) != 0 || len(sc.foldList) != 0 {
		t.Errorf("fold index not reset: read %v, %d folds, %d ends, %d ids, %d uses", sc.foldsRead, len(sc.foldAt), len(sc.foldEnd), len(sc.foldIDs), len(sc.foldList))
	}
	for i, u := range sc.foldList[:cap(sc.foldList)] {
		if u.s != nil {
			t.Fatalf("foldList[%d] not cleared", i)
		}
	}
	// A 423 KB article's: 84601 tokens, 10012 facts.
	sc = fill(84601, 10012, 50)
	sc.trim()
	if cap(sc.arena) > maxPooledTokens || cap(sc.factBuf) > maxPooledFacts {
		t.Errorf("large arrays pooled: arena cap %d, factBuf cap %d", cap(sc.arena), cap(sc.factBuf))
	}
	if sc.foldAt != nil || cap(sc.foldEnd) > maxPooledFolds || cap(sc.foldIDs) > maxPooledTokens || cap(sc.foldList) > maxPooledTokens {
		t.Errorf("large fold index pooled: map %v, caps %d %d %d", sc.foldAt != nil, cap(sc.foldEnd), cap(sc.foldIDs), cap(sc.foldList))
	}
	// Many folds in few tokens: the map and the ends are dropped alone,
	// since a map does not shrink.
	sc = fill(maxPooledTokens-8, 10, 10)
	for i := 0; i < maxPooledFolds+1; i++ {
		sc.foldAt["z"+strconv.Itoa(i)] = int32(i)
		sc.foldEnd = append(sc.foldEnd, 0)
	}
	sc.trim()
	if sc.foldAt != nil || cap(sc.foldEnd) > maxPooledFolds {
		t.Errorf("many folds pooled: map %v, foldEnd cap %d", sc.foldAt != nil, cap(sc.foldEnd))
	}
}
