package loaders

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/entente/entente/graph"
)

// renamingCorpus returns the articles the metamorphic tests rename: the
// bundled articles and the tune part of the development corpus (never its
// held-out part), by name.
func renamingCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	out := make(map[string][]byte)
	for n, b := range bundledArticles(t) {
		out[filepath.Base(n)] = b
	}
	for _, war := range []string{"sudan", "tigray", "yemen", "ukraine", "colombia"} {
		names, err := filepath.Glob(filepath.Join("testdata", "devcorpus", war, "*.txt"))
		if err != nil || len(names) == 0 {
			t.Fatalf("no tune articles for %s: %v", war, err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Base(n)] = b
		}
	}
	return out
}

// inventor makes up names, the same ones for the same seed: given names
// and surnames of syllables that no language of the news uses as such.
type inventor struct {
	rng  *rand.Rand
	used map[string]bool
}

func newInventor(seed uint64) *inventor {
	return &inventor{rng: rand.New(rand.NewPCG(seed, seed^0x5bd1e995)), used: make(map[string]bool)}
}

var (
	onsets = []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr", "st"}
	nuclei = []string{"a", "e", "i", "o", "u", "ai", "ou"}
	codas  = []string{"", "", "n", "r", "l", "s", "m", "k"}
)

// word returns a new capitalised word of n syllables.
func (in *inventor) word(n int) string {
	for {
		var b strings.Builder
		for range n {
			b.WriteString(onsets[in.rng.IntN(len(onsets))])
			b.WriteString(nuclei[in.rng.IntN(len(nuclei))])
			b.WriteString(codas[in.rng.IntN(len(codas))])
		}
		w := b.String()
		if !in.used[w] {
			in.used[w] = true
			return string(unicode.ToUpper(rune(w[0]))) + w[1:]
		}
	}
}

// renaming maps surface forms to their replacements, longest first.
type renaming struct {
	from []string
	to   map[string]string
}

func (r *renaming) add(from, to string) {
	k := renameKey(from)
	if from == "" || r.to[k] != "" {
		return
	}
	if r.to == nil {
		r.to = make(map[string]string)
	}
	r.from = append(r.from, from)
	r.to[k] = to
	if strings.Contains(from, "al-") {
		// "Bashar al Assad" is written too.
		r.add(strings.ReplaceAll(from, "al-", "al "), to)
	}
}

// apply replaces every whole-word occurrence of the forms in text, in
// any case ("Al-Assad").
func (r *renaming) apply(text string) string {
	sort.SliceStable(r.from, func(i, j int) bool { return len(r.from[i]) > len(r.from[j]) })
	quoted := make([]string, len(r.from))
	for i, f := range r.from {
		quoted[i] = regexp.QuoteMeta(f)
	}
	re := regexp.MustCompile(`(?i)\b(?:` + strings.ReplaceAll(strings.Join(quoted, "|"), " ", `[\s\x{00a0}]+`) + `)\b`)
	return re.ReplaceAllStringFunc(text, func(m string) string { return r.to[renameKey(m)] })
}

// renameKey folds a form's case and spaces (a no-break space too).
func renameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// extractAll extracts every article and returns its facts by article, as
// "subject predicate object" with names mapped by rename (nil: as they
// are). Roles the catalog completed are left out: they are memory, not
// reading, and a renamed actor has none.
func extractAll(t *testing.T, arts map[string][]byte, rename map[string]string) (map[string]map[string]bool, []graph.Document) {
	t.Helper()
	x := extractor(t)
	out := make(map[string]map[string]bool)
	var docs []graph.Document
	for name, text := range arts {
		doc, err := x.Extract(name, text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
		set := make(map[string]bool)
		for _, f := range doc.Facts {
			if strings.HasSuffix(f.Evidence, fromMemory) {
				continue
			}
			if n, ok := rename[f.Subject.Name]; ok {
				f.Subject.Name = n
			}
			if n, ok := rename[f.Object.Name]; ok {
				f.Object.Name = n
			}
			set[factString(f)] = true
		}
		out[name] = set
	}
	// In a fixed order, so that the same seed gives the same names.
	sort.Slice(docs, func(i, j int) bool { return docs[i].Article.Name < docs[j].Article.Name })
	return out, docs
}

// agreement returns the F1 of got against want, over all articles.
func agreement(want, got map[string]map[string]bool) (f1 float64, lost, gained []string) {
	tp, nw, ng := 0, 0, 0
	for a, ws := range want {
		nw += len(ws)
		for f := range ws {
			if got[a][f] {
				tp++
			} else {
				lost = append(lost, a+": "+f)
			}
		}
	}
	for a, gs := range got {
		ng += len(gs)
		for f := range gs {
			if !want[a][f] {
				gained = append(gained, a+": "+f)
			}
		}
	}
	if nw+ng == 0 {
		return 1, nil, nil
	}
	sort.Strings(lost)
	sort.Strings(gained)
	return 2 * float64(tp) / float64(nw+ng), lost, gained
}

// renamingTolerance is the F1 that renaming every person of the corpus to
// invented names may cost at most. Measured: 0.016 on the bundled and tune
// articles (seed 10), the surname renamed also inside bodies' names ("the
// Assad regime"); what is lost is a body the catalog names after a person
// ("the Assad regime" is the Syrian government; "the Lousdrak regime" is
// no one), and a surname never given in full ("calls with Gulfaikkri").
// Lower it as discovery improves.
const renamingTolerance = 0.025

// catalogPersonName returns the catalog's name of the person e, which an
// article may name in its own spelling (Known keeps the catalog's), or
// e's name for a person the catalog does not know.
func catalogPersonName(t *testing.T, e graph.Entity) string {
	x := extractor(t)
	for _, n := range append([]string{e.Name}, e.Known...) {
		if c := x.catalog.byName[n]; c != nil && c.typ == graph.Person {
			return n
		}
	}
	return e.Name
}

// TestRenamingActors renames every person the extractor finds in the
// corpus to an invented given name and surname, and checks that it reads
// the same facts under the new names, up to renamingTolerance of F1.
func TestRenamingActors(t *testing.T) {
	arts := renamingCorpus(t)
	before, docs := extractAll(t, arts, nil)
	in := newInventor(10)
	var r renaming
	newName := make(map[string]string)
	// A surname that is also a body's name ("al-Houthi", the Houthis) is
	// renamed only in the person's full name.
	bodyWords := make(map[string]bool)
	for _, doc := range docs {
		for _, e := range doc.Entities {
			if e.Type == graph.Person {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				// Only a body named by the one word: the surname in a
				// longer name ("the Assad regime") is renamed with its
				// owner, as a renamed corpus would write it.
				if w := strings.Fields(n); len(w) == 1 {
					bodyWords[strings.ToLower(strings.TrimPrefix(w[0], "al-"))] = true
				}
			}
		}
	}
	for _, doc := range docs {
		for _, e := range doc.Entities {
			words := strings.Fields(e.Name)
			if e.Type != graph.Person || len(words) < 2 {
				continue
			}
			// A catalog person an article spells otherwise goes by its
			// spelling there (speltPeople): one person, one new name.
			key := catalogPersonName(t, e)
			full := newName[key]
			if full == "" {
				full = in.word(2) + " " + in.word(2+in.rng.IntN(2))
				newName[key] = full
			}
			newName[e.Name] = full
			surname := strings.Fields(full)[1]
			r.add(e.Name, full)
			last := words[len(words)-1]
			if bodyWords[strings.ToLower(strings.TrimPrefix(last, "al-"))] {
				r.add(e.Name, full)
				continue
			}
			for _, a := range append(e.Aliases, e.Known...) {
				switch aw := strings.Fields(a); {
				case len(aw) == 1:
					// A surname, in any spelling ("Erdogan").
					r.add(a, surname)
				case len(aw) > 1:
					r.add(a, full)
				}
			}
			// The surname alone, as later sentences write it.
			r.add(last, surname)
			if s, ok := strings.CutPrefix(last, "al-"); ok {
				r.add(s, surname)
			}
		}
	}
	if len(newName) < 20 {
		t.Fatalf("only %d people to rename", len(newName))
	}
	renamed := make(map[string][]byte, len(arts))
	for n, text := range arts {
		renamed[n] = []byte(r.apply(string(text)))
	}
	want, _ := extractAll(t, arts, newName)
	got, _ := extractAll(t, renamed, nil)
	f1, lost, gained := agreement(want, got)
	if os.Getenv("RENAME_DUMP") != "" {
		for n, text := range renamed {
			_ = os.WriteFile(filepath.Join(os.Getenv("RENAME_DUMP"), n), text, 0o644)
		}
	}
	t.Logf("renamed %d people; F1 of the renamed corpus's facts against the original's: %.3f (%d facts before)", len(newName), f1, count(before))
	for _, l := range lost {
		t.Logf("lost   %s", l)
	}
	for _, g := range gained {
		t.Logf("gained %s", g)
	}
	if f1 < 1-renamingTolerance {
		t.Errorf("renaming the actors costs %.3f F1, more than %.2f", 1-f1, renamingTolerance)
	}
}

func count(sets map[string]map[string]bool) int {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	return n
}

// TestMovingCorpus moves the Syrian articles to another country: the
// country, its adjective, capital, cities and leader get other names (a
// real country far away, invented cities and leader). No fact may then be
// about the old country: none names Syria, a Syrian body or its leader.
func TestMovingCorpus(t *testing.T) {
	arts := bundledArticles(t)
	_, docs := extractAll(t, arts, nil)
	in := newInventor(20)
	var r renaming
	r.add("Syrian Arab Republic", "Republic of Paraguay")
	r.add("Syrians", "Paraguayans")
	r.add("Syrian", "Paraguayan")
	r.add("Syria", "Paraguay")
	r.add("Damascus", "Asuncion")
	r.add("Bashar al-Assad", "Tomas Vandril")
	r.add("al-Assad", "Vandril")
	r.add("Assad", "Vandril")
	places := 0
	for _, doc := range docs {
		for _, e := range doc.Entities {
			if e.Type != graph.Place {
				continue
			}
			city := in.word(3)
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				r.add(a, city)
			}
			places++
		}
	}
	if places == 0 {
		t.Fatal("no cities to move")
	}
	x := extractor(t)
	total := 0
	for name, text := range arts {
		doc, err := x.Extract(name, []byte(r.apply(string(text))))
		if err != nil {
			t.Fatal(err)
		}
		total += len(doc.Facts)
		for _, f := range doc.Facts {
			for _, e := range []graph.Entity{f.Subject, f.Object} {
				if strings.Contains(e.Name, "Syria") || strings.Contains(e.Name, "Assad") || e.Name == "Damascus" {
					t.Errorf("%s: a fact about the old country: %s (%q)", name, factString(f), f.Evidence)
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("the moved corpus gave no facts at all")
	}
	t.Logf("moved corpus: %d facts, none about Syria", total)
}
