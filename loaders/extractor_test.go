package loaders

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/entente/entente/data"
	"github.com/entente/entente/graph"
)

func TestExtractRejectsNonText(t *testing.T) {
	for _, in := range [][]byte{
		[]byte("Putin\x00met Rouhani"),
		{0xff, 0xfe, 'a'},
		[]byte("binary \x01\x02\x03"),
	} {
		_, err := extractor(t).Extract("bad.txt", in)
		if !errors.Is(err, ErrNotText) {
			t.Errorf("Extract(%q) error = %v, want ErrNotText", in, err)
		}
	}
}

func TestArticleHeader(t *testing.T) {
	cases := []struct {
		text, title, date string
	}{
		{"Putin, Rowhani agree to cooperate\nThe presidents agreed.", "Putin, Rowhani agree to cooperate", ""},
		{"Rouhani and Putin\n\nJanuary 1, 2017\n\nIran's President spoke.", "Rouhani and Putin", "2017-01-01"},
		{"Headline\n29 March 2016\nBody.", "Headline", "2016-03-29"},
		{"29 March 2016\nHeadline\nBody.", "Headline", "2016-03-29"},
		{"Headline\r\n\r\nMarch 29, 2016\r\nBody.", "Headline", "2016-03-29"},
		{"Headline\nMOSCOW, December 29. /TASS/. Russia and Turkey agreed.", "Headline", ""},
		{"Headline\nMOSCOW, December 29, 2016. /TASS/. Russia and Turkey agreed.", "Headline", "2016-12-29"},
		{"Headline\nTEHRAN, Jan. 23, 2018 (MNA) – Shamkhani spoke.", "Headline", "2018-01-23"},
		{"Headline\nTehran, IRNA -- Shamkhani spoke.", "Headline", ""},
		// An article that opens with its dateline: the lead is the title.
		{"Damascus, SANA -- Shamkhani spoke.", "Shamkhani spoke.", ""},
		// A headline of that shape is no dateline.
		{"Moscow, Kyiv trade blame - report\nThe two sides spoke.", "Moscow, Kyiv trade blame - report", ""},
		{"Headline\nKABUL, May 2, 2019 (Pajhwok)– Shamkhani spoke.", "Headline", "2019-05-02"},
		{"Quantcast i24NEWS - Rouhani, Putin laud co-operation\n\nRouhani, Putin laud co-operation", "Rouhani, Putin laud co-operation", ""},
		// A date inside a caption is not the article's.
		{"Headline\nPutin talks with Rouhani during the summit on September 29, 2014 in Astrakhan.", "Headline", ""},
	}
	for _, c := range cases {
		doc, err := extractor(t).Extract("a.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Article.Title != c.title || doc.Article.Date != c.date {
			t.Errorf("%q: title %q date %q, want %q %q", c.text, doc.Article.Title, doc.Article.Date, c.title, c.date)
		}
		sum := sha256.Sum256([]byte(c.text))
		if doc.Article.Hash != hex.EncodeToString(sum[:]) || doc.Article.Name != "a.txt" {
			t.Errorf("%q: name %q hash %q", c.text, doc.Article.Name, doc.Article.Hash)
		}
	}
}

// TestDatelineIsNotEvidence checks that a dateline is cut off the sentence
// it opens.
func TestDatelineIsNotEvidence(t *testing.T) {
	for _, c := range []struct {
		text     string
		sentence int
	}{
		{"Headline\nMOSCOW, December 29. /TASS/. Russian President Vladimir Putin spoke.", 1},
		{"Headline\nTehran, IRNA -- Russian President Vladimir Putin spoke.", 1},
		{"Headline\nBEIRUT (Reuters) - Russian President Vladimir Putin spoke.", 1},
		// An article that opens with its dateline has no headline.
		{"Tehran, IRNA -- Russian President Vladimir Putin spoke.", 0},
	} {
		doc, err := extractor(t).Extract("a.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Facts) != 1 || doc.Facts[0].Evidence != "Russian President Vladimir Putin spoke." || doc.Facts[0].Sentence != c.sentence {
			t.Errorf("%q: facts = %+v", c.text, doc.Facts)
		}
	}
}

func TestFurnitureStatesNothing(t *testing.T) {
	text := strings.Join([]string{
		"Syria news",
		"LATEST",
		"  • Claimed Video: Russia backs Assad offensive",
		"Photo by: AA",
		"AP Photo/Vladimir Putin meets Hassan Rouhani",
		"TOP PHOTO: Vladimir Putin and Hassan Rouhani (File)",
		"See Iran Daily: Rouhani Pursues Engagement with Pakistan and Turkey",
		"8Previous articleIraq PM cancels visit to Iran",
		"8Next articleIDF drills for war with Hezbollah",
		"[wpResize] |",
		"About Track Persia",
		"Track Persia says Iran backs Hezbollah and Russia supports Assad.",
	}, "\n")
	doc, err := extractor(t).Extract("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Facts {
		t.Errorf("fact from furniture: %s (%q)", factString(f), f.Evidence)
	}
	text = "Syria news\nRussia supports Assad.\nYou must be logged in to post a comment.\nIran backs Hezbollah."
	if got := factKeys(t, text); !reflect.DeepEqual(got, []string{fact("Russia", graph.Supports, "Bashar al-Assad")}) {
		t.Errorf("facts = %q", got)
	}
	// A link to another story, "Read:" and its headline, states nothing.
	text = "Kenya news\nRead: Kenya and Uganda trade barbs over the border\nREAD: Chad backs Niger in border row\nIran backs Hezbollah."
	if got := factKeys(t, text); !reflect.DeepEqual(got, []string{fact("Iran", graph.Supports, "Hezbollah")}) {
		t.Errorf("facts = %q", got)
	}
}

// TestLongSentence checks that a sentence too long to be one is read in
// pieces: the facts at its end are still found.
func TestLongSentence(t *testing.T) {
	text := strings.Repeat("Damascus, Aleppo, Homs, Hama, ", 100) + "and finally Russia backs Assad."
	if got := factKeys(t, text); !slices.Contains(got, fact("Russia", graph.Supports, "Bashar al-Assad")) {
		t.Errorf("facts = %q", got)
	}
}

// TestFactShape checks the contract of facts: canonical names, evidence
// as the whole sentence, a sentence index, a confidence in (0,1], at most
// one fact per triple and sentence.
func TestFactShape(t *testing.T) {
	x := extractor(t)
	for name, text := range bundledArticles(t) {
		doc, err := x.Extract(name, text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Facts) == 0 || len(doc.Entities) == 0 {
			t.Errorf("%s: %d facts, %d entities", name, len(doc.Facts), len(doc.Entities))
		}
		known := make(map[string]bool)
		for _, e := range doc.Entities {
			known[e.Name] = true
			if !e.Type.Valid() {
				t.Errorf("%s: entity %q has type %q", name, e.Name, e.Type)
			}
		}
		seen := make(map[string]bool)
		for _, f := range doc.Facts {
			k := fmt.Sprintf("%s#%d", factString(f), f.Sentence)
			if seen[k] {
				t.Errorf("%s: fact twice in one sentence: %s", name, k)
			}
			seen[k] = true
			if !known[f.Subject.Name] || !known[f.Object.Name] {
				t.Errorf("%s: fact %s names an entity not listed", name, factString(f))
			}
			if !f.Predicate.Valid() || f.Confidence <= 0 || f.Confidence > 1 || f.Evidence == "" || f.Sentence < 0 {
				t.Errorf("%s: bad fact %+v", name, f)
			}
			// A role the catalog completed says so after its sentence.
			ev, memory := strings.CutSuffix(f.Evidence, fromMemory)
			if memory && f.Confidence > memoryConfidence {
				t.Errorf("%s: role from the catalog with confidence %v: %s", name, f.Confidence, factString(f))
			}
			if ev != collapseSpace(ev) || !strings.Contains(collapseSpace(string(text)), ev) {
				t.Errorf("%s: evidence %q is not a collapsed sentence of the text", name, f.Evidence)
			}
		}
	}
}

// TestExtractConcurrently runs extractions in parallel; with -race it
// checks that Extract shares no mutable state.
func TestExtractConcurrently(t *testing.T) {
	x := extractor(t)
	arts := bundledArticles(t)
	want := make(map[string]graph.Document)
	for name, text := range arts {
		doc, err := x.Extract(name, text)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = doc
	}
	var wg sync.WaitGroup
	for range 8 {
		for name, text := range arts {
			wg.Go(func() {
				doc, err := x.Extract(name, text)
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(doc, want[name]) {
					t.Errorf("%s: concurrent extraction differs", name)
				}
			})
		}
	}
	wg.Wait()
}

// TestExtractKeptDocuments checks that a Document kept from an earlier
// extraction is unchanged once later extractions, concurrent ones, have
// reused the pooled scratch its article read with, and once the caller has
// overwritten the bytes it gave: nothing of the Document lies in either.
func TestExtractKeptDocuments(t *testing.T) {
	x := extractor(t)
	arts := bundledArticles(t)
	names := slices.Sorted(maps.Keys(arts))[:5]
	kept := make([]graph.Document, len(names))
	keptJSON := make([][]byte, len(names))
	for k, name := range names {
		in := bytes.Clone(arts[name])
		doc, err := x.Extract(name, in)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Facts) == 0 {
			t.Fatalf("%s: no facts", name)
		}
		for i := range in {
			in[i] = 'x'
		}
		kept[k] = doc
		if keptJSON[k], err = json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for r := range 20 {
				name := names[(g+r)%len(names)]
				in := bytes.Clone(arts[name])
				if _, err := x.Extract(name, in); err != nil {
					t.Error(err)
					return
				}
				for i := range in {
					in[i] = 'x'
				}
			}
		})
	}
	wg.Wait()
	runtime.GC()
	for k, name := range names {
		got, err := json.Marshal(kept[k])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, keptJSON[k]) {
			t.Errorf("%s: kept Document changed by later extractions", name)
		}
	}
}

// TestLexiconErrors checks that a malformed lexicon line is reported with
// its file and line.
func TestLexiconErrors(t *testing.T) {
	cases := []struct {
		file, line, want string
	}{
		{catalogFile, "Planet\tMars\t-\t-\t-", "lexicon/catalog.tsv:"},
		{catalogFile, "Person\tJohn Doe\tX12\t-\t-", "does not start with Q"},
		{catalogFile, "Person\tJohn Doe\t-\t-\tcountry=Narnia", "not in the catalog"},
		{catalogFile, "Agreement\tSome truce\t-\t~truce\t-", "need a from= or until= window"},
		{catalogFile, "Person\tJohn Doe\t-\t-\tmood=happy", "unknown attribute"},
		{patternFile, "likes/S-likes-O\tlikes\t0.5\tS likes O", "unknown predicate"},
		{patternFile, "supports/S-backs-O\tsupports\t2\tS backs O", "confidence"},
		{patternFile, "supports/S-backs\tsupports\t0.5\tS backs", "needs S and O"},
		{patternFile, "supports\t0.5\tS backs O", "want name, predicate"},
		{patternFile, "met-with/S-met-O\tmet-with\t0.5\tS met O", "used twice"},
		{patternFile, "supports/S-backs-O\tsupports\t0.5\tS backs O\tdoubtful", "unknown flag"},
		{patternFile, "e.g.\tIran backs Hezbollah.\tand more", "an example is"},
		{titleFile, "tsar\tsupports\tcountry", "not a role predicate"},
		{wordFile, "colour\tred", "unknown word class"},
		{wordFile, "weekday\tnext week", "takes single words"},
		{wordFile, "hedge\tproposed", "is listed already, on line"},
		{wordFile, "rank\tMarshal\thead-of", "only a person-noun (a role predicate), deed-verb or deed-noun"},
		{wordFile, "person-noun\tvizier\tsupports", "a role predicate"},
		{wordFile, "number-word\televen", "numbers.tsv"},
		{numberFile, "eleven\tmany", "positive number"},
		{furnitureFile, "erase\tfoo", "unknown furniture kind"},
		{demonymFile, "Martian\tMars", "not in the catalog"},
		{standingFile, "Kremlin\tpart-of\tMars\tnowhere", "object \"Mars\" is not in the catalog"},
		{standingFile, "Kremlin\towns\tRussia\tno such predicate", "unknown predicate"},
		{standingFile, "Kremlin\t-\tIran\twrong state", "takes back no derived fact"},
	}
	for _, c := range cases {
		fsys := copyLexicon(t)
		old := fsys[c.file].Data
		fsys[c.file] = &fstest.MapFile{Data: append(append([]byte{}, old...), []byte("\n"+c.line+"\n")...)}
		_, err := NewFromFS(fsys)
		var lexErr *lexiconError
		if !errors.As(err, &lexErr) {
			t.Errorf("%s: %q: error %v is no lexicon error", c.file, c.line, err)
			continue
		}
		at := fmt.Sprintf("%s:%d:", c.file, bytes.Count(old, []byte("\n"))+2)
		if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), at) {
			t.Errorf("%s: %q: error %q, want %q and %q", c.file, c.line, err, at, c.want)
		}
	}
}

// copyLexicon returns the embedded lexicon as a writable file system.
func copyLexicon(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(data.Lexicon, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.Lexicon, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// FuzzExtract checks that Extract never panics and only accepts text.
func FuzzExtract(f *testing.F) {
	for _, text := range bundledArticles(f) {
		f.Add(text)
	}
	for _, s := range []string{
		"", "\n\n", "(", "U.S.", "'s", "—", "the two countries'", "Russia, Iran and",
		"MOSCOW, December 29. /TASS/.", "TEHRAN (IRNA) --", "President of the", "his Iranian counterpart",
		"The head of Iran's National Security Council, Ali Shamkhani,", "backed by", "X (NSC)",
		"its founder and", "Its founder and commander, ", "his Iranian and", "his Iranian and Turkish counterparts",
		"the foreign ministers of Iran and Russia, Zarif", "Iran, as well as", "Iran, as well", "thousands of",
		"National Intelligence Organization (MIT) head", "Envoy for Syria Engagement", "The Quds Force of the",
	} {
		f.Add([]byte(s))
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		doc, err := x.Extract("fuzz.txt", text)
		if err != nil {
			if !errors.Is(err, ErrNotText) {
				t.Fatalf("error %v is not ErrNotText", err)
			}
			if utf8.Valid(text) && !strings.ContainsFunc(string(text), func(r rune) bool { return r < 0x20 && !strings.ContainsRune("\n\r\t\f\v", r) }) {
				t.Fatalf("text rejected: %v", err)
			}
			return
		}
		for _, fct := range doc.Facts {
			if fct.Confidence <= 0 || fct.Confidence > 1 || !fct.Predicate.Valid() {
				t.Fatalf("bad fact %+v", fct)
			}
		}
		var b strings.Builder
		if err := x.Explain(&b, "fuzz.txt", text); err != nil {
			t.Fatalf("Explain: %v", err)
		}
		if n := strings.Count(b.String(), "\n  fact: "); n != len(doc.Facts) {
			t.Fatalf("Explain shows %d facts, Extract finds %d", n, len(doc.Facts))
		}
	})
}

// TestKnownNames checks that an entity carries the catalog's proper names,
// so that people find it by any of them, and no common nouns.
func TestKnownNames(t *testing.T) {
	x := extractor(t)
	doc, err := x.Extract("known.txt", []byte("Iran provides military support to Assad through its elite Revolutionary Guards.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Name != "Islamic Revolutionary Guard Corps" {
			continue
		}
		if !slices.Contains(e.Known, "IRGC") {
			t.Errorf("Known = %q; want IRGC among them", e.Known)
		}
		for _, k := range e.Known {
			if strings.ToLower(k) == k {
				t.Errorf("Known has the common noun %q", k)
			}
		}
		return
	}
	t.Fatalf("no Revolutionary Guards in %+v", doc.Entities)
}
