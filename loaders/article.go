package loaders

import (
	"slices"
	"strings"
	"sync"

	"github.com/entente/entente/graph"
)

// article is the state of one extraction: what has been read of one
// article so far. It belongs to a single call of Extract. Its state is
// kept per stage (refs, roster, cast, facts), and only the readings that
// use that state are its methods: what reads no more than the lexicon and
// the sentence is a method of Extractor or a plain function.
type article struct {
	x     *Extractor
	title string
	date  string
	// textDated records that the text's own dateline or date line was
	// read; date may come before it from the source's header (see
	// ExtractDated), which the text's date does not override.
	textDated bool
	// home is the state the dateline places the article in ("TEHRAN
	// (IRNA) -"): a bare office in the lead, the sentence homeAt that
	// follows the dateline, ("President X said") is that state's. Nil when
	// the dateline names none, or several places.
	home      *entry
	homeAt    int
	sentences []*sentence
	// bare are the people named after an office of state that names no
	// state ("President X said"), for settleBareTitles.
	bare []bareTitle
	// spokenMembers are the government members whose state spokenFor
	// read, for settleSpokenMembers; bareSettled is set once the whole
	// text's names are known and they are settled.
	spokenMembers []spokenMember
	bareSettled   bool
	// capUses holds how the article uses each capitalised word anywhere
	// (wordUses), gathered once.
	capUses map[string]uint8

	// refs is what later sentences may refer back to: the references
	// stage reads it, the mentions stage writes it.
	refs discourse
	// roster is the offices stated so far and who holds them: the actors
	// stage writes it, references and facts read it.
	roster roster
	// cast is the entities the article mentions: the mentions stage
	// writes it, the facts stage adds the ends of facts.
	cast cast
	// facts are the facts found so far: the relations and the readings of
	// actors add them.
	facts factSet
	// kindSides holds, per plural of a kind of side ("rebels"), the one
	// side the article calls so, nil for none (kindSide).
	kindSides map[string]*actor
	// kindFights are the fights read from an attack on a place held by a
	// kind of side ("shelled rebel-held towns"), for settleKindAllies.
	kindFights []kindFight
	// lastReaction is one more than the index of the last sentence with a
	// word of condemning, blaming or judging, 0 when none has one: an attack stated
	// after it has no reaction to name its author for (verbAttacks).
	lastReaction int
	// lastClaim is one more than the index of the last sentence that may
	// claim an attack (claimCue), 0 when none does: only a sentence
	// before it or it has the sides its attacks hit read.
	lastClaim int
	scratch

	// trace, when set, collects what Explain reports.
	trace *trace
}

// trace is what Explain reports of an extraction beyond its facts: the
// lines dropped as furniture and the reading that found each fact.
type trace struct {
	dropped []droppedLine
	// origin names the pattern or reading that first stated each fact.
	origin map[originKey]string
	// stated holds the patterns and readings that stated a fact, also one
	// stated before.
	stated map[string]bool
}

type droppedLine struct{ line, why string }

// cast is the entities an article mentions.
type cast struct {
	// found holds the entities discovered in this article, by name.
	found map[string]*entry
	// seen holds, for each entity mentioned, its surface forms; order
	// lists the entities in order of first mention.
	seen  map[*entry]*seenEntity
	order []*entry
	// officed lists, in order of first mention, the people of order to
	// whom the catalog gives an office (roles), for the holder of an
	// office a reference names (article.officeHolder).
	officed []*entry
	// names holds the forms in which the article names the bodies the
	// catalog names by a world template; renamed, the names it gives
	// them, by the template's name (see bodynames.go).
	names   map[*entry]madeName
	renamed map[string]string
}

type seenEntity struct {
	aliases []string
}

// add records that e was mentioned as surface ("" for none) and reports
// whether surface is new for e.
func (c *cast) add(e *entry, surface string) bool {
	se, ok := c.seen[e]
	if !ok {
		se = &seenEntity{}
		c.seen[e] = se
		c.order = append(c.order, e)
		if e.typ == graph.Person && len(e.roles) > 0 {
			c.officed = append(c.officed, e)
		}
	}
	if surface == "" || slices.Contains(se.aliases, surface) {
		return false
	}
	se.aliases = append(se.aliases, surface)
	return true
}

// entities lists the entities mentioned, in order of mention.
func (c *cast) entities() []graph.Entity {
	out := make([]graph.Entity, 0, len(c.order))
	for _, e := range c.order {
		ent := e.entity(c.seen[e].aliases)
		if n, ok := c.renamed[e.name]; ok {
			renameEntity(&ent, n)
		}
		out = append(out, ent)
	}
	return out
}

// scratch is the memory an article reads with and keeps nothing of once
// its facts are out: taken from scratches by newArticle and given back by
// release, so that the next article reuses it rather than allocating its
// own. Explain does not give its article's scratch back (its trace keeps
// the article's tokens): the pool makes a new one in its place.
type scratch struct {
	// arena holds the tokens of the article's lines one after another
	// (lineTokens).
	arena []token
	// itemBuf and groupBuf are reused by items for each sentence.
	itemBuf, groupBuf []item
	// seenElems has, per pattern, the bits of the required elements the
	// current sentence has words for.
	seenElems []uint64
	// candidates lists, in order, the patterns whose required elements
	// the current sentence all has (relate fills it for applyPatterns).
	candidates []int32
	// factBuf is the array of the article's facts (factSet.spare).
	factBuf []graph.Fact
	// foldAt numbers each fold of the article, foldList holds the uses
	// of each fold in turn, and foldEnd where each fold's uses end in
	// foldList (foldUses): gathered once, so that a question about one
	// word reads only that word's tokens, once foldsRead.
	foldAt    map[string]int32
	foldEnd   []int32
	foldIDs   []int32
	foldList  []tokenAt
	foldsRead bool
}

// scratches holds the scratch of articles read and done with, for the next
// articles of any extractor: a pool is safe for concurrent use.
var scratches = sync.Pool{New: func() any { return new(scratch) }}

func newArticle(x *Extractor) *article {
	return newArticleWith(x, scratches.Get().(*scratch))
}

// newArticleWith is newArticle reading with the scratch sc, as left by
// the article before.
func newArticleWith(x *Extractor, sc *scratch) *article {
	a := &article{
		x:       x,
		refs:    discourse{local: make(map[string]*entry), heads: make(map[string]*entry)},
		roster:  roster{catalog: x.catalog},
		cast:    cast{found: make(map[string]*entry), seen: make(map[*entry]*seenEntity)},
		facts:   factSet{byKey: make(map[factKey]int)},
		scratch: *sc,
	}
	if len(a.seenElems) != len(x.patterns) {
		// Another extractor's table, or none yet.
		a.seenElems = make([]uint64, len(x.patterns))
	}
	clear(a.seenElems)
	a.arena = a.arena[:0]
	a.facts.spare = a.factBuf
	// The fold index is the article before's until read again (foldUses).
	clear(a.foldAt)
	a.foldList, a.foldIDs, a.foldEnd = a.foldList[:0], a.foldIDs[:0], a.foldEnd[:0]
	a.foldsRead = false
	return a
}

// Bounds on what release keeps of a scratch: an article larger than most
// (a 400 KB one has some 80,000 tokens) leaves its arrays to the
// collector rather than pinning them in the pool for the small ones after.
const (
	maxPooledTokens = 1 << 16
	maxPooledFacts  = 4096
	maxPooledFolds  = 1 << 14 // distinct words
)

// release gives the article's scratch back to scratches, once nothing of
// what the article read is to be used again: its sentences' tokens are
// the next article's, its facts' array the next's (sorted copied them out).
// The arrays are cleared to their capacity, not to keep this article's
// text (tokens, facts) or its actors (items) alive; those over a bound are
// dropped instead.
func (a *article) release() {
	if cap(a.facts.list) > cap(a.factBuf) {
		a.factBuf = a.facts.list
	}
	a.scratch.trim()
	sc := new(scratch)
	*sc = a.scratch
	a.scratch = scratch{}
	scratches.Put(sc)
}

// trim clears the scratch's arrays to their capacity, and drops the arena,
// the facts' array and the fold index when over maxPooledTokens,
// maxPooledFacts and maxPooledFolds.
func (s *scratch) trim() {
	if cap(s.arena) > maxPooledTokens {
		s.arena = nil
	}
	clear(s.arena[:cap(s.arena)])
	s.arena = s.arena[:0]
	if cap(s.factBuf) > maxPooledFacts {
		s.factBuf = nil
	}
	clear(s.factBuf[:cap(s.factBuf)])
	s.factBuf = s.factBuf[:0]
	clear(s.itemBuf[:cap(s.itemBuf)])
	s.itemBuf = s.itemBuf[:0]
	clear(s.groupBuf[:cap(s.groupBuf)])
	s.groupBuf = s.groupBuf[:0]
	if cap(s.foldList) > maxPooledTokens || cap(s.foldIDs) > maxPooledTokens {
		s.foldIDs, s.foldList = nil, nil
	}
	if cap(s.foldEnd) > maxPooledFolds || len(s.foldAt) > maxPooledFolds {
		// A map does not shrink: the next small article would clear
		// this one's buckets.
		s.foldAt, s.foldEnd = nil, nil
	}
	clear(s.foldAt)
	clear(s.foldList[:cap(s.foldList)])
	s.foldList, s.foldIDs, s.foldEnd = s.foldList[:0], s.foldIDs[:0], s.foldEnd[:0]
	s.foldsRead = false
}

// lineTokens tokenizes one line of the article into its arena: the lines'
// tokens lie one after another in one array, not in one allocation a
// line. A line whose tokens may not fit what is left starts a new array
// (the lines before keep theirs). Each line's tokens are capped at their
// length, so that no append to them reaches the next line's.
func (a *article) lineTokens(line string) []token {
	if need := len(line)/5 + 1; cap(a.arena)-len(a.arena) < need {
		a.arena = make([]token, 0, max(need, cap(a.arena)))
	}
	free := a.arena[len(a.arena):]
	toks := tokenizeInto(free, line)
	if len(toks) > 0 && &toks[0] == &free[:1][0] {
		// Not moved by append: the tokens are the arena's.
		a.arena = a.arena[:len(a.arena)+len(toks)]
	}
	return toks[:len(toks):len(toks)]
}

// maxSentenceTokens bounds the tokens of a sentence read for facts.
const maxSentenceTokens = 200

// maxDateLines is how many lines from the top may give the article's date.
const maxDateLines = 6

// read splits text into sentences and extracts their entities and facts.
func (a *article) read(text string) {
	var dropped func(line, why string)
	if a.trace != nil {
		dropped = func(line, why string) { a.trace.dropped = append(a.trace.dropped, droppedLine{line, why}) }
	}
	lines := a.x.furniture.split(text, dropped)
	if want := len(text)/5 + 1; cap(a.arena) < want {
		// About one token in five bytes of text, furniture and all:
		// mostly one array for the whole article.
		a.arena = make([]token, 0, want)
	}
	for n, body := range lines {
		if n < maxDateLines {
			if dl, rest := a.x.furniture.splitDateline(body, n == 0); dl != "" {
				body = rest
				if !a.textDated {
					d, _ := findDate(tokenize(dl))
					if a.date == "" {
						a.date = d
					}
					a.textDated = d != ""
					a.home, a.homeAt = a.x.catalog.datelineState(dl), len(a.sentences)
				}
			}
		}
		toks := a.x.annotate(a.lineTokens(body))
		if n < maxDateLines && !a.textDated {
			if d, words := findDate(toks); d != "" && countWords(toks)-words <= 4 {
				if a.date == "" {
					a.date = d
				}
				a.textDated = true
				continue
			}
		}
		if a.title == "" {
			// The headline is the first line that is not a date.
			a.title = collapseSpace(body)
		}
		for _, r := range bounded(splitSentences(toks, a.x.words)) {
			st := toks[r[0]:r[1]]
			if len(st) == 0 {
				continue
			}
			s := &sentence{
				index: len(a.sentences),
				text:  collapseSpace(body[st[0].start:st[len(st)-1].end]),
				toks:  st,
			}
			last := st[len(st)-1]
			s.headline = r[0] == 0 && r[1] == len(toks) && !isTerminal(last) && !isCloser(last)
			for k := len(st) - 1; k >= 0 && !st[k].word; k-- {
				if st[k].fold == "?" {
					s.question = true
				}
			}
			a.sentences = append(a.sentences, s)
		}
	}
	for k, s := range a.sentences {
		s.bodiesKnown = len(a.refs.bodyNames)
		a.findMentions(s)
		a.buildActors(s)
		if anyIn(s.toks, setBlameWord) || anyIn(s.toks, setCondemnVerb) || anyIn(s.toks, setJudgeVerb) {
			// A word of condemning, blaming or judging, by which s may
			// react to an attack stated before.
			a.lastReaction = k + 1
		}
		if claimCue(s.toks) {
			// A claim of an attack, which makes its claimant fight the
			// side an attack stated before hit (claimedAttacks).
			a.lastClaim = k + 1
		}
	}
	a.rereadForLaterBodies()
	a.rereadHeadlines()
	a.settleBareTitles()
	a.settleSpokenMembers()
	a.bareSettled = true
	for k, s := range a.sentences {
		prev := a.sentences[max(0, k-2):k]
		a.refs.attacks.sentence(k, a.x.words)
		a.resolve(s, prev)
		a.spokenForLater(s)
		a.relate(s)
		a.founders(s)
		a.ledBodies(s)
		a.leadersBodies(s)
		if anyIn(s.toks, setDeathWord) {
			// After s is read: its own "the killing" names no death it
			// tells.
			a.refs.attacks.deathAt = k + 1
		}
	}
	a.unitHeadsMembers()
	a.facts.settleOwnSides() // first: it reads byKey, which the others leave stale
	a.facts.settleKindAllies(a.kindFights)
	a.facts.settleContacts()
	a.facts.settleMemoryRoles()
	a.facts.settleNonState(a.refs.nonState)
	a.nameMadeBodies()
}

// bounded cuts sentences longer than maxSentenceTokens into pieces: no
// sentence is that long, and reading a list or a table in pieces keeps the
// work linear in the size of the text.
func bounded(rs [][2]int) [][2]int {
	for _, r := range rs {
		if r[1]-r[0] <= maxSentenceTokens {
			continue
		}
		var out [][2]int
		for _, r := range rs {
			for r[1]-r[0] > maxSentenceTokens {
				out = append(out, [2]int{r[0], r[0] + maxSentenceTokens})
				r[0] += maxSentenceTokens
			}
			out = append(out, r)
		}
		return out
	}
	return rs
}

func countWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// particlesOnly reports whether every word of words is a name particle
// ("Al", "bin", "de").
func (a *article) particlesOnly(words []string) bool {
	var buf [8]byte
	for _, w := range words {
		if len(w) > len(buf) {
			// No particle is that long: "della" is the longest.
			return false
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		// The key is looked up without a copy of buf.
		in := a.x.vocab[string(buf[:len(w)])]
		if in == nil || in.classes&(1<<classNameParticle) == 0 {
			return false
		}
	}
	return true
}

// see records that e was mentioned as surface ("" for an entity a fact
// needs but the text does not name).
func (a *article) see(e *entry, surface string) {
	if !a.cast.add(e, surface) {
		return
	}
	if e.typ == graph.Person {
		// A person named in full may be named by surname from now on.
		if f := strings.Fields(surface); len(f) > 1 && !a.particlesOnly(f[:len(f)-1]) {
			// "Al Assad" names a surname with its particle, not a
			// person in full: it gives the surname to no one.
			last := tokenize(f[len(f)-1])
			// "Abdullah II" gives no surname "II".
			if n := len(last); n > 0 && !last[n-1].upper && len(last[n-1].fold) > 2 {
				key := last[n-1].fold
				if _, taken := a.refs.local[key]; !taken {
					a.refs.local[key] = e
				}
				a.refs.noteFirstName(e, f[0])
			}
		}
	}
}
