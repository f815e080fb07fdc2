package loaders

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/entente/entente/graph"
)

// elemKind is the kind of one element of a relation pattern.
type elemKind int

const (
	elemSlot       elemKind = iota // S, O or G: an actor
	elemLiteral                    // words: "support|backing"
	elemGap                        // ".." or "...": a few words that are not actors
	elemElideStart                 // "[": what follows, up to "]", is a modifier
	elemElideEnd                   // "]"
	elemEdge                       // "$": the phrase ends here
	elemOwned                      // "$'": no possessive nor name follows
)

// The gaps of the pattern language.
const (
	shortGap = 5  // "..": words without punctuation
	longGap  = 12 // "...": words and punctuation
)

// literal is one word of a literal alternative.
type literal struct {
	fold   string
	hyphen bool // "-backed": glued to the word before; "backed" is not
}

// element is one element of a pattern.
type element struct {
	kind elemKind
	// Slots.
	slot       byte // 'S' subject, 'O' object, 'G' a group related pairwise, 'X' context
	types      []graph.EntityType
	adjective  bool // '@': a bare demonym may fill the slot
	possessive bool // '\'': a possessive ("Iran's influence") may fill the slot
	named      bool // '!': only actors named in the sentence, not references, fill it
	single     bool // '=': one name fills it, not a list
	// Literals.
	alts     [][]literal
	optional bool
	// firsts has the bit of the first word of each alternative: a word
	// whose bit it lacks starts none (foldBits).
	firsts foldBits
	// Gaps.
	max   int
	punct bool
	// verbal gaps may only coordinate verbs: "units trained and supported
	// by", not "Hezbollah fighters and armed by".
	verbal bool
	// nominal gaps hold one noun phrase: no clause opens or ends in them
	// ("the arrest of three reporters by", not "the arrest, which was
	// reported by").
	nominal bool
	// clausal gaps stay in one clause: no punctuation nor relative
	// pronoun in them ("fought X since 2021 alongside", not "fought X,
	// which fought alongside").
	clausal bool
	// auxiliary gaps hold only auxiliaries and adverbs ("have also",
	// "formally"): no reported clause nor noun ("said the rebels began").
	auxiliary bool
	// subject gaps stop at a reporting verb or a plural noun, which opens
	// a clause of another subject ("A and B said the rebels met").
	subject bool
	// modifier gaps hold the modifiers of a round noun only ("their 22nd
	// international", "two"; word set round-modifier, or a numeral).
	modifier bool
	// listed gaps hold a list of noun phrases: the words of one noun
	// phrase, the commas and coordinators that join them, nothing else
	// ("money, weapons and military advisers", not "weapons, which
	// arrived").
	listed bool
	// refuse has the word sets no word of the gap may belong to
	// ("..v!time-preposition": "entered X backed by", not "drove X out
	// after an advance backed by").
	refuse  setBits
	refuses bool
}

// pattern is one line of patterns.tsv: a sequence of elements which, when
// it matches a sentence, states predicate between its slots.
type pattern struct {
	// name is the pattern's stable name, unique in the file; Explain shows
	// it.
	name       string
	predicate  graph.Predicate
	confidence float64
	elems      []element
	source     string
	// refusal marks a pattern that reads a refusal itself ("will not
	// allow Iran to entrench"): its negation states the fact.
	refusal bool
	// threat marks a pattern that reads a threat itself ("vowed that X
	// would pay the price"): the modal inside its match states the fact.
	threat bool
	// promise marks a pattern that reads a promise, whose modal ("will
	// cooperate", a reported "would cooperate") is part of what it states,
	// but which a condition, fear, warning or doubt voids (promiseStands).
	promise bool
	// held marks a pattern that reads a meeting named in an adjunct,
	// which a word of one not held voids ("after the cancellation of his
	// meeting with X": wordInMatch).
	held bool
	// partnership marks a pattern that reads a partner noun: what follows
	// the noun decides the predicate (see partnershipRead).
	partnership bool
	// side marks a pattern whose "on" before the object must be "on the
	// side of" ("entered the war on the side of X", not "waged war on X"):
	// the name's item spans "the side of", which no literal can see.
	side bool
	// company marks a pattern whose object joins the subject ("X was
	// joined by Y"): those of X's own side among them come with X and
	// meet no one (apartFromSide).
	company bool
	// joint marks a pattern whose act is a signature only when several
	// do it: its subject is a list, or the deal is a joint one ("A, B
	// and C issued a declaration", "A issued a joint statement"); one
	// side that issues a declaration of war signs nothing.
	joint bool
	// belligerent marks a pattern whose subject is a side at war: one
	// named after "from" or "by", or as the object of a verb of
	// buying or using arms, is where the arms came from ("bought drones
	// from Iran in its war with X"; belligerentSubject).
	belligerent bool
	// measure marks a pattern of a measure imposed: a measure-break word
	// in the match ("expanded trade despite sanctions on X") voids it.
	measure bool
	// clause marks a pattern whose hedge reaches the end of the clause
	// and a doubting noun before the subject ("reports of X's strikes on
	// Y would be a grave mistake"; clauseDoubted).
	clause bool
	// blame marks a pattern of blame laid on the object: a duty ("bears
	// responsibility to protect", "for maintaining peace") or a victim
	// ("anyone who harms X will be held responsible") is none (blameStands).
	blame bool
	// armed marks a pattern whose object must be an armed group: an
	// alliance or bloc ("ally against NATO") is fought by no partner.
	armed bool
	// undertaking marks a pattern that reads a joint undertaking agreed
	// ("agreed to form a committee"): a fight, a deal, talks, a truce, an
	// exchange or a corridor as its object voids it (undertakingVoid).
	undertaking bool
	// appositive marks a pattern that reads an appositive of its name
	// by its first words: an article before them or a closing mark after
	// its noun phrase must say it is one, and a possessive after the noun
	// makes it another's ("an Iran-allied militia's rival":
	// alignedNoAppositive).
	appositive bool
	// round marks a round of talks or calls a group holds ("A and B
	// wrapped up talks"): a partner or mediator after it in its clause,
	// or a pair of one state, makes it no contact of the pair
	// (roundVoid).
	round bool
	// gathering marks a gathering verb: its group must be people, or be
	// headed by a noun of envoys ("the delegations of A and B").
	gathering bool
	// theirs marks "S did this to O at their meeting": the meeting must
	// be the two's (theirsVoid).
	theirs bool
	// purpose marks "S called O to congratulate X": X must be a pronoun
	// standing for O ("him"), as "called O to congratulate Z" congratulates
	// Z (purposeVoid).
	purpose bool
	// examples are sentences the pattern must state a fact in; a test
	// runs them.
	examples []string
	// why is what Explain says found a fact of the pattern.
	why string
	// required has a bit for each required literal element; a sentence
	// must have a first word of each before the pattern is tried.
	required uint64
}

// The flags a pattern may carry in the fifth column of patterns.tsv.
var patternFlags = map[string]func(p *pattern){
	"refusal":     func(p *pattern) { p.refusal = true },
	"threat":      func(p *pattern) { p.threat = true },
	"promise":     func(p *pattern) { p.promise = true },
	"held":        func(p *pattern) { p.held = true },
	"partnership": func(p *pattern) { p.partnership = true },
	"side":        func(p *pattern) { p.side = true },
	"company":     func(p *pattern) { p.company = true },
	"joint":       func(p *pattern) { p.joint = true },
	"belligerent": func(p *pattern) { p.belligerent = true },
	"measure":     func(p *pattern) { p.measure = true },
	"clause":      func(p *pattern) { p.clause = true },
	"blame":       func(p *pattern) { p.blame = true },
	"armed":       func(p *pattern) { p.armed = true },
	"undertaking": func(p *pattern) { p.undertaking = true },
	"appositive":  func(p *pattern) { p.appositive = true },
	"round":       func(p *pattern) { p.round = true },
	"gathering":   func(p *pattern) { p.gathering = true },
	"theirs":      func(p *pattern) { p.theirs = true },
	"purpose":     func(p *pattern) { p.purpose = true },
}

// exampleMark opens a line of patterns.tsv that gives an example of the
// pattern above it.
const exampleMark = "e.g."

// maxPatternElems bounds the length of a pattern, for the required mask.
const maxPatternElems = 64

// firstWords returns, for each required literal element of p, the bit of
// the element and the first words of its alternatives.
func (p *pattern) firstWords(fn func(bit uint64, word string)) {
	for i, e := range p.elems {
		if e.kind != elemLiteral || e.optional {
			continue
		}
		for _, alt := range e.alts {
			fn(1<<i, alt[0].fold)
		}
	}
}

// loadPatterns reads patterns.tsv: lines of name, predicate, confidence,
// pattern and, optionally, flags, each followed by lines of examples
// ("e.g." and a sentence), and the word families patterns name (a line of
// "%name" and its alternatives).
func loadPatterns(fsys fs.FS) ([]*pattern, error) {
	var ps []*pattern
	names := make(map[string]bool)
	families := make(wordFamilies)
	err := readTable(fsys, patternFile, 2, 5, func(_ int, cols []string) error {
		if strings.HasPrefix(cols[0], familyMark) {
			return families.define(cols)
		}
		if cols[0] == exampleMark {
			if len(cols) != 2 || len(ps) == 0 {
				return fmt.Errorf("an example is %q, a tab and a sentence, after its pattern", exampleMark)
			}
			last := ps[len(ps)-1]
			last.examples = append(last.examples, cols[1])
			return nil
		}
		if len(cols) < 4 {
			return fmt.Errorf("want name, predicate, confidence, pattern and optional flags")
		}
		if names[cols[0]] {
			return fmt.Errorf("pattern name %q used twice", cols[0])
		}
		names[cols[0]] = true
		p, err := parsePattern(cols[1], cols[2], cols[3], families)
		if err != nil {
			return err
		}
		p.name, p.why = cols[0], "pattern "+cols[0]
		if len(cols) == 5 {
			for _, f := range strings.Split(cols[4], ",") {
				set, ok := patternFlags[strings.TrimSpace(f)]
				if !ok {
					return fmt.Errorf("pattern %s: unknown flag %q", cols[0], f)
				}
				set(p)
			}
		}
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

// familyMark starts the name of a word family: "%attacked".
const familyMark = "%"

// wordFamilies are the word families of patterns.tsv by name ("%attacked"):
// every form and near-synonym a reporter uses for one act, written once so
// that every pattern of that meaning takes all of them.
type wordFamilies map[string][]string

// define reads a family line: its name and its alternatives.
func (f wordFamilies) define(cols []string) error {
	name := cols[0]
	if len(cols) != 2 || len(name) < 2 || strings.ContainsAny(name[1:], "|?% ") {
		return fmt.Errorf("a word family is %q and a name, a tab and its alternatives", familyMark)
	}
	if _, ok := f[name]; ok {
		return fmt.Errorf("word family %s defined twice", name)
	}
	var alts []string
	seen := make(map[string]bool)
	for _, alt := range strings.Split(cols[1], "|") {
		if strings.HasPrefix(alt, familyMark) {
			// A family may take in one defined before it.
			inner, ok := f[alt]
			if !ok {
				return fmt.Errorf("word family %s: %s is not defined above it", name, alt)
			}
			for _, a := range inner {
				if !seen[a] {
					seen[a] = true
					alts = append(alts, a)
				}
			}
			continue
		}
		if alt == "" {
			return fmt.Errorf("word family %s: empty alternative", name)
		}
		if !seen[alt] {
			seen[alt] = true
			alts = append(alts, alt)
		}
	}
	f[name] = alts
	return nil
}

// expand replaces each family name among the alternatives of element f by
// the family's words, dropping repeats.
func (f wordFamilies) expand(el string) (string, error) {
	if !strings.Contains(el, familyMark) {
		return el, nil
	}
	opt := ""
	if strings.HasSuffix(el, "?") && len(el) > 1 {
		el, opt = el[:len(el)-1], "?"
	}
	var out []string
	seen := make(map[string]bool)
	for _, alt := range strings.Split(el, "|") {
		words := []string{alt}
		if strings.HasPrefix(alt, familyMark) {
			w, ok := f[alt]
			if !ok {
				return "", fmt.Errorf("unknown word family %s", alt)
			}
			words = w
		}
		for _, w := range words {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return strings.Join(out, "|") + opt, nil
}

// parsePattern compiles one pattern; families gives the words of the
// families it names.
func parsePattern(pred, conf, src string, families wordFamilies) (*pattern, error) {
	p := &pattern{predicate: graph.Predicate(pred), source: src}
	if !p.predicate.Valid() {
		return nil, fmt.Errorf("unknown predicate %q", pred)
	}
	c, err := strconv.ParseFloat(conf, 64)
	if err != nil || c <= 0 || c > 1 {
		return nil, fmt.Errorf("confidence %q is not in (0,1]", conf)
	}
	p.confidence = c
	slots := map[byte]bool{}
	elided := false
	for _, f := range strings.Fields(src) {
		f, err := families.expand(f)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", src, err)
		}
		e, err := parseElement(f)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", src, err)
		}
		switch e.kind {
		case elemSlot:
			if slots[e.slot] {
				return nil, fmt.Errorf("pattern %q: slot %c twice", src, e.slot)
			}
			slots[e.slot] = true
		case elemLiteral:
			if !e.optional {
				p.required |= 1 << len(p.elems)
			}
		case elemElideStart:
			if elided {
				return nil, fmt.Errorf("pattern %q: nested [", src)
			}
			elided = true
		}
		p.elems = append(p.elems, e)
	}
	switch {
	case slots['G'] && (slots['S'] || slots['O']):
		return nil, fmt.Errorf("pattern %q: G goes alone", src)
	case !slots['G'] && !(slots['S'] && slots['O']):
		return nil, fmt.Errorf("pattern %q: needs S and O, or G", src)
	case p.required == 0:
		return nil, fmt.Errorf("pattern %q: needs a required word", src)
	case len(p.elems) > maxPatternElems:
		return nil, fmt.Errorf("pattern %q: more than %d elements", src, maxPatternElems)
	}
	return p, nil
}

// parseElement compiles one space-separated element of a pattern.
func parseElement(f string) (element, error) {
	if strings.HasPrefix(f, "..") && strings.Contains(f, "!") {
		// "..v!time-preposition!expulsion-word": the gap, refusing the
		// words of each named word set.
		names := strings.Split(f, "!")
		e, err := parseElement(names[0])
		if err != nil || e.kind != elemGap {
			return e, fmt.Errorf("bad gap %q", f)
		}
		for _, n := range names[1:] {
			c, ok := wordSetByName(n)
			if !ok {
				return e, fmt.Errorf("gap %q: unknown word set %q", f, n)
			}
			e.refuse.add(c)
			e.refuses = true
		}
		return e, nil
	}
	switch f {
	case "..":
		return element{kind: elemGap, max: shortGap}, nil
	case "..v":
		return element{kind: elemGap, max: shortGap, verbal: true}, nil
	case "..n":
		return element{kind: elemGap, max: shortGap, nominal: true}, nil
	case "..c":
		return element{kind: elemGap, max: shortGap, clausal: true}, nil
	case "..a":
		return element{kind: elemGap, max: shortGap, auxiliary: true}, nil
	case "..s":
		return element{kind: elemGap, max: shortGap, subject: true}, nil
	case "..m":
		return element{kind: elemGap, max: 3, modifier: true}, nil
	case "..1":
		// One modifier at most, in the noun phrase: "Togo's border
		// effort", not "Togo's rivals in their fight".
		return element{kind: elemGap, max: 1, nominal: true}, nil
	case "..l":
		return element{kind: elemGap, max: longGap, punct: true, listed: true}, nil
	case "...":
		return element{kind: elemGap, max: longGap, punct: true}, nil
	case "[":
		return element{kind: elemElideStart}, nil
	case "]":
		return element{kind: elemElideEnd}, nil
	case "$":
		return element{kind: elemEdge}, nil
	case "$'":
		return element{kind: elemOwned}, nil
	}
	if c := f[0]; (c == 'S' || c == 'O' || c == 'G' || c == 'X') && (len(f) == 1 || strings.ContainsRune("@:'!=", rune(f[1]))) {
		e := element{kind: elemSlot, slot: c}
		rest := f[1:]
		for rest != "" && strings.ContainsRune("@'!=", rune(rest[0])) {
			switch rest[0] {
			case '@':
				e.adjective = true
			case '!':
				e.named = true
			case '=':
				e.single = true
			default:
				e.possessive = true
			}
			rest = rest[1:]
		}
		if strings.HasPrefix(rest, ":") {
			for _, t := range strings.Split(rest[1:], "/") {
				typ := graph.EntityType(t)
				if !typ.Valid() {
					return e, fmt.Errorf("unknown entity type %q", t)
				}
				e.types = append(e.types, typ)
			}
		} else if rest != "" {
			return e, fmt.Errorf("bad slot %q", f)
		}
		return e, nil
	}
	e := element{kind: elemLiteral}
	if strings.HasSuffix(f, "?") && len(f) > 1 {
		e.optional = true
		f = f[:len(f)-1]
	}
	for _, alt := range strings.Split(f, "|") {
		if alt == "--" || alt == "-" || alt == "'s" { // a dash, a spaced hyphen, a possessive
			e.alts = append(e.alts, []literal{{fold: alt}})
			continue
		}
		hyphen := strings.HasPrefix(alt, "-")
		alt = strings.TrimPrefix(alt, "-")
		toks := tokenize(strings.ReplaceAll(alt, "_", " "))
		if len(toks) == 0 {
			return e, fmt.Errorf("empty alternative in %q", f)
		}
		var lits []literal
		for k, t := range toks {
			lits = append(lits, literal{fold: t.fold, hyphen: t.hyphen || (k == 0 && hyphen)})
		}
		e.alts = append(e.alts, lits)
	}
	for _, alt := range e.alts {
		e.firsts.add(alt[0].fold)
	}
	return e, nil
}

// foldBits is a set of words kept as one bit each out of 256, chosen by
// the word's length and three of its bytes: a word whose bit is clear is
// surely not in the set, one whose bit is set may be. The matcher tests it
// before it compares a literal element's alternatives with an item, or
// tries the element at all after a gap.
type foldBits [4]uint64

// foldBit is the bit of the word f.
func foldBit(f string) uint {
	if f == "" {
		return 0
	}
	return (uint(len(f))*37 + uint(f[0])*7 + uint(f[len(f)-1])*3 + uint(f[len(f)/2])) & 255
}

// add puts the word f in b.
func (b *foldBits) add(f string) {
	k := foldBit(f)
	b[k/64] |= 1 << (k % 64)
}

// mayHold reports whether the word f may be in b: false only when it is
// not.
func (b *foldBits) mayHold(f string) bool {
	k := foldBit(f)
	return b[k/64]&(1<<(k%64)) != 0
}

// item is one position of a sentence as patterns see it: an actor or a word.
type item struct {
	actor  *actor
	fold   string
	hyphen bool
	punct  bool
	// attack marks an actor read with the attack noun it authors:
	// "Saudi air strikes".
	attack bool
	// classes are the word classes of a word item, sets its word sets.
	classes uint64
	sets    setBits
	start   int // first token
	end     int // token after the item
}

// is reports whether the item is a word of class c.
func (it *item) is(c wordClass) bool { return it.classes&(1<<c) != 0 }

// in reports whether a word item is in the word set c.
func (it *item) in(c wordSet) bool { return it.sets.has(c) }

// binding is a match of a pattern.
type binding struct {
	s, o, g     *actor
	first, last int // items
	elide       [2]int
}

// matchAt tries p at items[start].
func (p *pattern) matchAt(items []item, start int) (binding, bool) {
	// Most starts fail on the first element: test it before setting up.
	switch e := &p.elems[0]; e.kind {
	case elemSlot:
		if items[start].actor == nil {
			return binding{}, false
		}
		if e.slot == 'S' && start > 0 && start+1 < len(items) && items[start-1].actor == nil && (items[start-1].fold == "against" || items[start-1].fold == "targeting") &&
			!items[start].actor.adjective && !items[start+1].punct {
			// "carried out strikes against al-Shabaab in support of the
			// army": the target of an attack is no subject (but "against
			// al-Shabaab, a group that has fought X" names one).
			return binding{}, false
		}
	case elemLiteral:
		if !e.optional && (!e.firsts.mayHold(items[start].fold) || !anyLiteralAt(items, start, e.alts)) {
			return binding{}, false
		}
	}
	b := binding{first: start, elide: [2]int{-1, -1}}
	ok := p.match(items, 0, start, &b)
	if ok && p.elems[0].kind == elemSlot && p.elems[0].slot == 'S' && (inAttackPhrase(items, start) || sourceBefore(items, start)) {
		// Checked after the match, which most starts fail, to keep the
		// walk back off the hot path. An actor named in a source phrase
		// ("According to the UN, 300,000 people have been killed since
		// the uprising against X") reports the clause after it; it is
		// no subject of the clause's verb.
		return binding{}, false
	}
	return b, ok
}

// attackPhraseWords bounds how far back inAttackPhrase looks for the attack
// noun: "a strike on a building in the Mazzeh district of Damascus".
const attackPhraseWords = 10

// inAttackPhrase reports whether the actor at items[k] is the target or the
// place of an attack noun's phrase ("an Israeli strike on Damascus killed",
// "a raid on a depot near Goma destroyed"): it follows a preposition, and
// walking back over plain words, before any punctuation or other actor,
// reaches an attack noun (alone or read with its author) with a
// preposition after it. Such an actor is no subject of the verb that
// follows the phrase; the noun's author is.
func inAttackPhrase(items []item, k int) bool {
	if k == 0 || items[k].actor.adjective || items[k-1].actor != nil || !items[k-1].in(setAttackPlace) {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-1-attackPhraseWords; m-- {
		it := items[m]
		if it.attack {
			// "Saudi air strikes on Sanaa killed": the noun came with
			// its author.
			return items[m+1].actor == nil && items[m+1].in(setAttackPlace)
		}
		if it.actor != nil || it.punct || it.is(classReporting) || it.is(classClauseBreak) {
			return false
		}
		if it.in(setAttackNoun) {
			return items[m+1].actor == nil && items[m+1].in(setAttackPlace)
		}
		if m == k-2 && it.in(setMunitionNoun) {
			// "fired rockets at Israel in support of its ally": the
			// target of munitions, right after their preposition, is
			// like an attack's no subject; a name glued to a word after
			// it ("bombs near the US-backed X") only qualifies that word.
			return k+1 >= len(items) || !items[k+1].hyphen
		}
	}
	return false
}

// attackedRelative reports whether the actor at items[k] is the target in
// an attack noun's phrase with a restrictive relative clause right after
// it, no comma between: in "an offensive against the Front that is backed
// by the AU" the clause describes the offensive, not the Front.
func attackedRelative(s *sentence, items []item, k int) bool {
	if k+1 >= len(items) || items[k].actor == nil || items[k+1].actor != nil || !items[k+1].in(setRelativePronoun) {
		return false
	}
	if i := items[k+1].start; i > 0 && s.toks[i-1].fold == "," {
		return false
	}
	return inAttackPhrase(items, k)
}

// attackNounNext reports whether an attack noun follows items[k:] within a
// few plain words ("a series of drone strikes"), or an actor read with one
// ("Turkish strikes").
func attackNounNext(items []item, k int) bool {
	for m := k; m < len(items) && m < k+4; m++ {
		it := items[m]
		if it.attack || it.actor == nil && it.in(setAttackNoun) {
			return true
		}
		if it.actor != nil || it.punct {
			return false
		}
	}
	return false
}

// gluedQualifier reports whether items[ii] is a name or a demonym glued
// to a participle (word set glued-participle) before another name:
// "Togo-backed" and "Togolese-backed" in "the Togo-backed Kestrel Front".
func gluedQualifier(items []item, ii int) bool {
	return ii+2 < len(items) && items[ii].actor != nil && items[ii+1].actor == nil && items[ii+1].hyphen && items[ii+1].in(setGluedParticiple) && items[ii+2].actor != nil
}

// match matches p.elems[ei:] against items[ii:], backtracking over gaps
// and optional words.
func (p *pattern) match(items []item, ei, ii int, b *binding) bool {
	if ei == len(p.elems) {
		b.last = ii - 1
		return ii > b.first
	}
	e := &p.elems[ei]
	switch e.kind {
	case elemSlot:
		if e.slot == 'O' && gluedQualifier(items, ii) && !p.literalNext(ei, items, ii+1) {
			// "the backbone of the US-backed Front", "attacked the
			// Togolese-backed Front": the name (or demonym) glued to a
			// participle qualifies the name after it, which is the
			// object.
			return p.match(items, ei, ii+2, b)
		}
		if ii >= len(items) || !slotFits(e, items[ii].actor) {
			return false
		}
		ac := items[ii].actor
		if n := listPeople(e, ac); n > 0 && n < len(ac.ents) {
			ac = peopleOfList(ac, n)
		}
		if e.single && len(ac.ents) > 1 {
			// "Togo's arch-rival Ghana and Mali signed": a singular
			// noun names one, and which of the list is unsaid.
			return false
		}
		dropped := ac != items[ii].actor && items[ii].actor.ents[len(items[ii].actor.ents)-1].typ != graph.Person
		if !dropped && (items[ii].actor.possessive || ii+1 < len(items) && items[ii+1].actor == nil && items[ii+1].fold == "'s") && !e.possessive && !p.possessiveNext(ei) {
			// "a meeting with President Putin's envoy": the envoy,
			// not Putin (a titled name keeps its "'s" apart).
			return false
		}
		if ii+1 < len(items) && items[ii+1].hyphen && items[ii+1].in(setGluedParticiple) && !p.literalNext(ei, items, ii+1) {
			// "strikes Iran-backed militias": the name qualifies the
			// militias and fills no slot but the participle's own (a
			// name after it is the object: gluedQualifier).
			return false
		}
		saved := *b
		switch e.slot {
		case 'S':
			b.s = ac
		case 'O':
			b.o = ac
		case 'G':
			b.g = ac
		}
		if p.match(items, ei+1, ii+1, b) {
			return true
		}
		*b = saved
		return false
	case elemLiteral:
		if ii < len(items) && e.firsts.mayHold(items[ii].fold) {
			for _, alt := range e.alts {
				if n := literalAt(items, ii, alt); n > 0 && p.match(items, ei+1, ii+n, b) {
					return true
				}
			}
		}
		return e.optional && p.match(items, ei+1, ii, b)
	case elemGap:
		for k := 0; k <= e.max; k++ {
			if p.mayStart(ei+1, items, ii+k) && p.match(items, ei+1, ii+k, b) {
				return true
			}
			if ii+k >= len(items) || !skippable(items[ii+k], e.punct) {
				return false
			}
			if e.verbal && items[ii+k].is(classCoordinator) && (k == 0 || !participle(items[ii+k-1].fold)) {
				return false
			}
			if e.nominal && !nounPhraseWord(items[ii+k]) {
				return false
			}
			if e.refuses && items[ii+k].actor == nil && items[ii+k].sets.hasAny(e.refuse) {
				return false
			}
			if e.nominal && p.possessiveBefore(ei) && (items[ii+k].fold == "'s" || items[ii+k].fold == "'") {
				// "Togo's enemy's enemy": past a second possessive
				// the noun is the second owner's.
				return false
			}
			if e.auxiliary && !auxiliaryWord(items, ii+k) {
				return false
			}
			if e.subject && items[ii+k].actor == nil && (items[ii+k].is(classReporting) || pluralItem(items[ii+k])) {
				return false
			}
			if e.modifier && (items[ii+k].actor != nil || !items[ii+k].in(setRoundModifier) && !isDigit(items[ii+k].fold)) {
				return false
			}
			if e.listed && !listWord(items[ii+k]) {
				return false
			}
			if items[ii+k].fold == "to" && ii+k+1 < len(items) && items[ii+k+1].fold == "become" {
				// "Ukraine is seeking to become a member of NATO",
				// "wants to become a NATO member": what a side means to
				// become is a wish, not what it is.
				return false
			}
			if e.clausal && (items[ii+k].punct || items[ii+k].actor == nil && items[ii+k].is(classRelative)) {
				return false
			}
			if !e.verbal && items[ii+k].actor == nil && strings.HasSuffix(items[ii+k].fold, "ed") && ii+k+1 < len(items) && items[ii+k+1].fold == "by" && ii+k > 0 && !items[ii+k-1].is(classCoordinator) && items[ii+k-1].fold != "," && p.byNext(ei) {
				// "The truce was signed at talks hosted by X": "by"
				// right after a participle names its agent, not the
				// verb's before the gap; participles coordinated share
				// it ("armed and funded by"), and an adjective in -ed
				// is none ("attacked with advanced weapons by X").
				return false
			}
			if e.verbal && k > 0 && p.afterSlot(ei, 'O') && items[ii+k].in(setRelativePronoun) && !items[ii+k-1].is(classGroupNoun) && statesOnly(b.o) {
				// "the main Kosovo Serb party which is backed by Belgrade":
				// the clause is the party's; the state only places it.
				return false
			}
			if ei > 0 && p.elems[ei-1].kind == elemSlot && p.elems[ei-1].slot == 'S' && ii > 0 && items[ii-1].actor != nil && !subjectStart(items, ii-1) &&
				(items[ii+k].is(classClauseBreak) || items[ii+k].is(classReporting) && !relativeVerbNext(items, ii+k) || items[ii+k].in(setSubordinator) && ii+k+1 < len(items) && items[ii+k+1].actor == nil && strings.HasSuffix(items[ii+k+1].fold, "ing")) {
				// "Turkey has warm ties with Russia even while backing
				// the rebels", "... ties with Russia but has sold drones
				// to Ukraine": the verb is the clause subject's, not
				// Russia's; the view that carries Turkey reads it. "told
				// the council that the militia started the war": the
				// reported clause has a subject of its own.
				return false
			}
			if ei > 0 && p.elems[ei-1].kind == elemSlot && p.elems[ei-1].slot == 'S' && ii > 0 && items[ii-1].actor != nil && !subjectStart(items, ii-1) &&
				items[ii+k].actor == nil && items[ii+k].in(setAttackMeans) && attackNounNext(items, ii+k+1) {
				// "Turkey killed PKK commanders in air strikes on
				// Sulaymaniyah": the strikes are Turkey's means, not the
				// commanders' attack on Iraq.
				return false
			}
			if ei > 0 && p.elems[ei-1].kind == elemSlot && p.elems[ei-1].slot == 'S' && ownSubjectPronoun(items, ii+k) {
				// "the Front, which it accuses Chad of arming", "a
				// militia it accuses Chad of backing": the verb after
				// the pronoun is the pronoun's, not the name's.
				return false
			}
			if !e.punct && ei > 0 && items[ii+k].fold == "and" && ii > 0 && items[ii-1].actor != nil && (p.elems[ei-1].kind == elemSlot && p.elems[ei-1].slot == 'S' || p.openingSlotBefore(ei)) && !subjectStart(items, ii-1) {
				// "Putin met Erdogan and praised ...": Erdogan is no
				// subject; the view that carries Putin to "praised" reads it.
				// So for a pattern that opens with its object, the
				// clause's subject ("Niger expelled French troops and
				// turned to Russia for help": O-turned-to-S-for-help).
				return false
			}
		}
		return false
	case elemElideStart:
		b.elide[0] = ii
		return p.match(items, ei+1, ii, b)
	case elemElideEnd:
		b.elide[1] = ii
		return p.match(items, ei+1, ii, b)
	case elemEdge:
		return phraseEdge(items, ii) && p.match(items, ei+1, ii, b)
	case elemOwned:
		return (ownerless(items, ii) || namesBodyOf(items, ii, b.s)) && p.match(items, ei+1, ii, b)
	}
	return false
}

// ownerless reports whether the noun before items[ii] stands on its own:
// no possessive or name follows it ("Togo's partners' critics", "its
// Ghanaian ally Kessan Front"), nor a name set off by commas in apposition
// ("its Ghanaian ally, the Kessan Front,"), which names the noun itself. A
// name after a comma that goes on with a verb opens a clause of its own
// ("among Togo's backers, Mali said").
func ownerless(items []item, ii int) bool {
	if ii >= len(items) {
		return true
	}
	if it := items[ii]; it.actor != nil || it.fold == "'s" || it.fold == "'" {
		return false
	}
	if items[ii].fold == "," && ii+1 < len(items) && items[ii+1].actor != nil {
		return !phraseEdge(items, ii+2)
	}
	return true
}

// namesBodyOf reports whether the name after the noun before items[ii],
// straight after it or between commas, is a body of the state the slot
// actor st names by its adjective: "his Iranian allies, the
// Revolutionary Guards," are Iran's own, so Iran is the ally still (in
// "its Lebanese ally Hezbollah" the adjective only says where the ally is
// from).
func namesBodyOf(items []item, ii int, st *actor) bool {
	if st == nil || !st.adjective || len(st.ents) != 1 || ii >= len(items) {
		return false
	}
	if items[ii].fold == "," && ii+1 < len(items) {
		ii++
	}
	named := items[ii].actor
	if named == nil || len(named.ents) == 0 {
		return false
	}
	for _, e := range named.ents {
		if e.typ != graph.Organization || e.country != st.ents[0].name {
			return false
		}
	}
	return true
}

// phraseEdge reports whether a noun phrase may end before items[ii]: the
// sentence ends there, or a comma, a bracket, a dash, a colon or a
// semicolon closes it. A possessive ("Togo's arch-foe's backer"), a name
// ("Togo's arch-rival Ghana") or any other word goes on with the phrase.
func phraseEdge(items []item, ii int) bool {
	if ii >= len(items) {
		return true
	}
	it := items[ii]
	return it.actor == nil && it.punct && it.fold != "'s" && it.fold != "'" && it.fold != `"`
}

// mayStart is a quick test before match(items, ei, ii, b): false only
// when that match surely fails, as a required literal element's words
// cannot start at items[ii].
func (p *pattern) mayStart(ei int, items []item, ii int) bool {
	if ei < len(p.elems) {
		if e := &p.elems[ei]; e.kind == elemLiteral && !e.optional {
			return ii < len(items) && e.firsts.mayHold(items[ii].fold)
		}
	}
	return true
}

// openingSlotBefore reports whether the gap p.elems[ei] follows the slot
// that opens the pattern, with at most optional words between: that slot
// is the subject of the clause the gap goes on in, whether the pattern
// calls it S or O ("O ,? .. turned to S for help").
func (p *pattern) openingSlotBefore(ei int) bool {
	for k := ei - 1; k > 0; k-- {
		if p.elems[k].kind != elemLiteral || !p.elems[k].optional {
			return false
		}
	}
	return p.elems[0].kind == elemSlot
}

// ownSubjectPronoun reports whether items[j] is a personal pronoun left
// unresolved that opens a relative clause of its own, its verb next: after
// a relative pronoun ("the Front, which it accuses Chad of arming") or
// right after a name set off by a comma ("the FDLR, a Tarvol militia it
// accuses Chad of backing"). A reporting verb after it ("which they say
// attacked Chad") leaves the clause the name's; elsewhere ("said on Sunday
// it was", "after they attacked") the pronoun may be the name itself.
func ownSubjectPronoun(items []item, j int) bool {
	if j < 2 || j+1 >= len(items) || items[j].actor != nil || !personalPronoun(items[j].fold) {
		return false
	}
	prev := items[j-1]
	if !(prev.actor == nil && prev.in(setRelativePronoun) || prev.actor != nil && items[j-2].fold == ",") {
		return false
	}
	next := items[j+1]
	return next.actor == nil && !next.punct && !next.is(classReporting) && !next.in(setSaysVerb)
}

// nounPhraseWord reports whether it may stand inside one noun phrase that a
// nominal gap passes: no relative pronoun, subordinator, coordinator,
// clause break, reporting word or auxiliary, any of which opens or ends a
// clause ("the arrest, which was reported by", "the arrest and the trial").
func nounPhraseWord(it item) bool {
	return !(it.in(setRelativePronoun) || it.in(setSubordinator) || it.in(setAuxVerb) || copula(it.fold) ||
		it.is(classCoordinator) || it.is(classClauseBreak) || it.is(classReporting))
}

// listWord reports whether it may stand inside a list of noun phrases
// that a listed gap passes: a comma or a coordinator joining them, or a
// word of one of them (nounPhraseWord), not other punctuation nor a
// preposition that opens an adjunct (list-preposition: "a warning over
// its missiles" names no missiles sent).
func listWord(it item) bool {
	if it.punct {
		return it.fold == ","
	}
	return it.is(classCoordinator) || nounPhraseWord(it) && !it.in(setListPreposition)
}

// possessiveNext reports whether the element after ei is the possessive
// "'s", so that a possessive actor may fill slot ei: "S 's efforts".
func (p *pattern) possessiveNext(ei int) bool {
	if ei+1 >= len(p.elems) || p.elems[ei+1].kind != elemLiteral {
		return false
	}
	for _, alt := range p.elems[ei+1].alts {
		if alt[0].fold != "'s" {
			return false
		}
	}
	return true
}

// possessiveBefore reports whether the element before ei is the
// possessive "'s": "O' 's ..n critic".
func (p *pattern) possessiveBefore(ei int) bool {
	return ei > 0 && p.possessiveNext(ei-2)
}

// anyLiteralAt reports whether one of alts matches at items[ii].
func anyLiteralAt(items []item, ii int, alts [][]literal) bool {
	for _, alt := range alts {
		if literalAt(items, ii, alt) > 0 {
			return true
		}
	}
	return false
}

// literalAt returns how many items the words of alt match at items[ii:],
// or 0.
func literalAt(items []item, ii int, alt []literal) int {
	if ii+len(alt) > len(items) {
		return 0
	}
	for k := range alt {
		l, it := &alt[k], &items[ii+k]
		if (it.actor != nil && it.actor.ref != refGroup) || it.fold != l.fold || l.hyphen != it.hyphen {
			return 0
		}
	}
	return len(alt)
}

// slotFits reports whether actor ac may fill slot e.
func slotFits(e *element, ac *actor) bool {
	if ac == nil || len(ac.ents) == 0 {
		return false
	}
	if ac.adjective && !e.adjective {
		return false
	}
	if ac.locative && e.types == nil {
		return false
	}
	if e.named && ac.inferred {
		return false
	}
	for _, ent := range ac.ents {
		if e.types == nil {
			if ent.typ == graph.Place || ent.typ == graph.Agreement {
				return false
			}
			continue
		}
		ok := false
		for _, t := range e.types {
			ok = ok || ent.typ == t
		}
		if !ok {
			return listPeople(e, ac) > 0
		}
	}
	return true
}

// peopleOfList returns the people of a list that fills a slot only people
// fill, when the list names people and states standing for theirs ("joined
// by A, B and Tanzania's C", "joined by Qatar's premier X and by the
// foreign ministers of A, B and C"): the slot takes the people, and the
// states, who are no person, take no part ("Tanzania's" before a name the
// list did not take is the dropped state's). people is the count
// listPeople gives, which says which lists it reads.
func peopleOfList(ac *actor, people int) *actor {
	c := *ac
	c.ents = make([]*entry, 0, people)
	for _, ent := range ac.ents {
		if ent.typ == graph.Person {
			c.ents = append(c.ents, ent)
		}
	}
	return &c
}

// listPeople returns how many people a list of people and states that
// peopleOfList reads holds, or 0 when it reads none.
func listPeople(e *element, ac *actor) int {
	if len(e.types) != 1 || e.types[0] != graph.Person || len(ac.ents) < 3 || ac.ref != refNone {
		return 0
	}
	people := 0
	for _, ent := range ac.ents {
		switch ent.typ {
		case graph.Person:
			people++
		case graph.Country:
		default:
			return 0
		}
	}
	return people
}

// subjectStart reports whether the actor at items[k] may be the subject of
// its clause: it opens the sentence, or follows a comma, a quotation mark
// or a word that opens a clause.
func subjectStart(items []item, k int) bool {
	if k == 0 {
		return true
	}
	prev := items[k-1]
	return prev.actor == nil && (prev.punct || prev.is(classReporting) || prev.is(classClauseBreak))
}

// participle reports whether a word looks like a participle: "trained",
// "arming", "given".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en")
}

// byNext reports whether the element after p.elems[ei] is the literal
// "by" alone.
func (p *pattern) byNext(ei int) bool {
	if ei+1 >= len(p.elems) || p.elems[ei+1].kind != elemLiteral || p.elems[ei+1].optional {
		return false
	}
	for _, alt := range p.elems[ei+1].alts {
		if len(alt) != 1 || alt[0].fold != "by" {
			return false
		}
	}
	return true
}

// literalNext reports whether the element after p.elems[ei] is a literal
// that matches at items[ii].
func (p *pattern) literalNext(ei int, items []item, ii int) bool {
	if ei+1 >= len(p.elems) || p.elems[ei+1].kind != elemLiteral {
		return false
	}
	for _, alt := range p.elems[ei+1].alts {
		if literalAt(items, ii, alt) > 0 {
			return true
		}
	}
	return false
}

// skippable reports whether a gap may pass over it: words, places and
// bare demonyms; punctuation only in long gaps, never a sentence's end.
func skippable(it item, punct bool) bool {
	if it.actor != nil {
		return it.actor.place() || it.actor.adjective
	}
	if it.punct {
		return it.fold == `"` || it.fold == "'" || (punct && it.fold != ";" && it.fold != "." && it.fold != "?" && it.fold != "!")
	}
	return true
}

// reportedSubjectNext reports whether a reported clause starting at
// items[k] has a subject of its own that names no actor: a noun of up to
// three words ("the raids", "the Russian air strikes") and then an
// auxiliary, as in "said that the raids were carried out".
func reportedSubjectNext(items []item, k int) bool {
	if k < len(items) && items[k].actor == nil && items[k].fold == "that" {
		k++
	}
	for n := 0; n < 3 && k+n+1 < len(items); n++ {
		w := items[k+n]
		if w.punct || w.actor != nil && !w.actor.adjective || w.actor == nil && (w.in(setAuxVerb) || w.is(classPersonRef) || w.is(classPossRef) || w.is(classRelative) || w.is(classReporting) || w.fold == "it" || w.fold == "they" || w.fold == "we") {
			return false
		}
		if next := items[k+n+1]; next.actor == nil && next.in(setAuxVerb) {
			return true
		}
	}
	return false
}

// relativeVerbNext reports whether items[k] is a relative pronoun whose
// verb follows it ("the Fatemiyoun, that have fought"), not a conjunction
// before a clause with a subject of its own ("told the council that the
// militia started").
func relativeVerbNext(items []item, k int) bool {
	if !items[k].is(classRelative) || k+1 >= len(items) {
		return false
	}
	n := items[k+1]
	return n.actor == nil && (n.in(setAuxVerb) || n.in(setAuxWord) || participle(n.fold))
}

// afterSlot reports whether elems[ei] follows slot c, bar the marks of a
// modifier.
func (p *pattern) afterSlot(ei int, c byte) bool {
	for k := ei - 1; k >= 0; k-- {
		switch e := &p.elems[k]; e.kind {
		case elemElideStart, elemElideEnd:
			continue
		case elemSlot:
			return e.slot == c
		}
		return false
	}
	return false
}

// peopleOnly reports whether every entity of ac is a person.
func peopleOnly(ac *actor) bool {
	if ac == nil {
		return false
	}
	for _, ent := range ac.ents {
		if ent.typ != graph.Person {
			return false
		}
	}
	return len(ac.ents) > 0
}

// statesOnly reports whether every entity of ac is a state.
func statesOnly(ac *actor) bool {
	return ac != nil && allStates(ac.ents)
}

// auxiliaryWord reports whether items[k] may stand in an auxiliary gap
// between a subject and its verb: an auxiliary or adverb ("have also",
// "formally"), or a weekday and the "on" before it ("on Friday").
func auxiliaryWord(items []item, k int) bool {
	it := items[k]
	switch {
	case it.actor != nil:
		return false
	case it.in(setAuxWord) || strings.HasSuffix(it.fold, "ly") || it.in(setWeekday):
		return true
	}
	return it.fold == "on" && k+1 < len(items) && items[k+1].actor == nil && items[k+1].in(setWeekday)
}

// pluralItem reports whether it looks like a plural noun ("rebels",
// "leaders"): a word in -s that is no auxiliary nor a short word.
func pluralItem(it item) bool {
	return len(it.fold) > 3 && pluralNoun(it.fold) && !it.in(setAuxWord)
}
