package loaders

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/graph"
)

// entry is an entity the extractor knows: from the catalog, or discovered
// in one article.
type entry struct {
	name    string
	typ     graph.EntityType
	qid     string
	country string // a person's nationality or a body's state, by canonical name
	roles   []role // offices the catalog knows the entity holds for good
	// from and until bound the article dates in which the entry's generic
	// aliases ("the ceasefire") refer to it; YYYY-MM-DD, inclusive.
	from, until string
	// common marks an entity also named by a common noun ("rebels",
	// "opposition"): an umbrella, not a body with a place in another.
	common bool
	// collective marks a loose group of states the article does not
	// name one by one ("the West", "Western powers"): no side a relation
	// can hold, whoever is meant.
	collective bool
	// blocs are the groups of states the entry belongs to ("gulf"), as
	// named by pair references ("both Gulf states").
	blocs []string
	// known are the entry's proper names ("IRGC", "Revolutionary Guards"),
	// by which people may look it up though an article used another.
	known []string
	// names holds the words of the entry's proper names (nameWordsOf),
	// set once its names are all known.
	names *nameWords
	// theatre is the war whose file lists the entry, or "" for the
	// world's catalog: its lower-case aliases need an article about it.
	theatre string
	// free marks a body discovered after a state's possessive that is no
	// part of the state ("Lebanon's Tarvolah").
	free bool
	// regional marks a regional body of states of its own (ECOWAS, the
	// EU), which "the bloc" refers back to.
	regional bool
	// international marks a body of the world's states, global or
	// regional (the UN, the AU): no person's own body.
	international bool
	// polity marks a self-governing region an article discovered by
	// its president's office ("Tarvoland President X", officeOfWord):
	// its president holds a state's office in small (see regionBody).
	polity bool
	// made marks a body every state has that the catalog lacks, named by
	// a world template ("Cambodian Defense Ministry"): an article names
	// it by its own words instead (see bodynames.go).
	made bool
}

// role is an office: the predicate that links its holder to the object.
type role struct {
	predicate graph.Predicate
	object    string
}

// aliasKind says how a surface form refers to its entry.
type aliasKind int

const (
	aliasName     aliasKind = iota // a name of the entity
	aliasDemonym                   // an adjective of a country: "Iranian"
	aliasDefinite                  // "the coalition": a body named before, not a name
)

// alias is one surface form of an entry.
type alias struct {
	keys  phrase
	entry *entry
	kind  aliasKind
	// acronym aliases ("US", "IS") match only upper-case text; capitalised
	// ones only capitalised text; lower-case ones anything.
	acronym, capital bool
	// scope, when set, is the country that must qualify the alias:
	// "National Security Council@Iran" needs "Iran's" or "Iranian" before it.
	scope string
	// generic aliases ("ceasefire") only name the entry in its date window.
	generic bool
	// lower aliases have no capital letter: "rebels", "al-Assad".
	lower bool
	// capKeys marks the capitalised words of an alias that opens in lower
	// case ("the West"): the text must capitalise them too, so "in the
	// west of the country", a compass point, is not the bloc.
	capKeys uint64
	// owner, when set, is the body the alias's entry is part of, which the
	// article must have named for the alias to name the entry: the name
	// is also that of a body every state has (see markSharedShortNames).
	owner *entry
}

// catalog is the set of known entities and their aliases.
type catalog struct {
	byName  map[string]*entry
	aliases *phraseSet[[]*alias]
	// demonyms maps a state to its first demonym, which names the bodies
	// discovered for it ("Turkish Foreign Ministry").
	demonyms map[*entry]string
	// blocs holds the folded names of the blocs of states.
	blocs map[string]bool
	// theatres gives the theatres a state makes an article about;
	// theatreStates lists the theatres in the lexicon's order.
	theatres      map[*entry][]string
	theatreStates []theatreState
	theatreLines  map[string]place
	// worldParts are the world's bodies with the body they belong to
	// ("UN Security Council", "United Nations"), for the standing facts.
	worldParts [][2]*entry
	// armies maps a state to the catalog's body that is its army (see
	// findArmies).
	armies map[*entry]*entry
}

// theatreState is a theatre (a war, with its file of actors) and the
// states whose naming makes an article about it.
type theatreState struct {
	theatre string
	states  []string
}

// theatreFiles holds a catalog file per theatre (war) beside catalogFile,
// the world's.
const theatreFiles = "lexicon/theatres/*.tsv"

// place is a line of the lexicon.
type place struct {
	file string
	line int
}

// loadCatalog reads catalog.tsv, the theatres' files and demonyms.tsv.
func loadCatalog(fsys fs.FS) (*catalog, error) {
	c := &catalog{
		byName:   make(map[string]*entry),
		aliases:  newPhraseSet[[]*alias](),
		demonyms: make(map[*entry]string),
		theatres: make(map[*entry][]string),
	}
	lines := make(map[*entry]place)
	var order []*entry
	generic := make(map[*entry]bool)
	files, err := fs.Glob(fsys, theatreFiles)
	if err != nil {
		return nil, err
	}
	theatreLines := make(map[string]place)
	for _, file := range append([]string{catalogFile}, files...) {
		theatre := ""
		err := readTable(fsys, file, 2, 5, func(line int, cols []string) error {
			if cols[0] == "Theatre" {
				if file == catalogFile || theatre != "" || len(cols) < 4 || cols[3] == "-" {
					return fmt.Errorf("a Theatre line, with its states, opens a theatre's file")
				}
				theatre = cols[1]
				c.theatreStates = append(c.theatreStates, theatreState{theatre, strings.Split(cols[3], "|")})
				theatreLines[theatre] = place{file, line}
				return nil
			}
			if file != catalogFile && theatre == "" {
				return fmt.Errorf("a theatre's file starts with its Theatre line")
			}
			e, err := c.readEntry(cols, generic)
			if err != nil {
				return err
			}
			e.theatre = theatre
			lines[e] = place{file, line}
			order = append(order, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	c.theatreLines = theatreLines
	// Names may refer to entries further down: check them once all are read.
	for _, e := range order {
		var err error
		switch {
		case e.country != "" && c.byName[e.country] == nil:
			err = fmt.Errorf("country %q is not in the catalog", e.country)
		case generic[e] && e.from == "" && e.until == "":
			err = fmt.Errorf("generic aliases of %q need a from= or until= window", e.name)
		}
		for _, r := range e.roles {
			if err == nil && c.byName[r.object] == nil {
				err = fmt.Errorf("role object %q is not in the catalog", r.object)
			}
		}
		if err != nil {
			return nil, &lexiconError{lines[e].file, lines[e].line, err}
		}
	}
	err = readTable(fsys, demonymFile, 2, 2, func(_ int, cols []string) error {
		e, ok := c.byName[cols[1]]
		if !ok {
			return fmt.Errorf("demonym %q: entity %q is not in the catalog", cols[0], cols[1])
		}
		if _, ok := c.demonyms[e]; !ok {
			c.demonyms[e] = strings.TrimSpace(strings.Split(cols[0], "|")[0])
		}
		for _, d := range strings.Split(cols[0], "|") {
			if err := c.addAlias(e, strings.TrimSpace(d), aliasDemonym); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// linkTheatres gives each theatre's states their theatre, once the world's
// states have joined the catalog.
func (c *catalog) linkTheatres() error {
	for _, ts := range c.theatreStates {
		for _, st := range ts.states {
			e := c.byName[st]
			if e == nil || e.typ != graph.Country {
				p := c.theatreLines[ts.theatre]
				return &lexiconError{p.file, p.line, fmt.Errorf("theatre state %q is no Country of the catalog or the world", st)}
			}
			c.theatres[e] = append(c.theatres[e], ts.theatre)
		}
	}
	return nil
}

// readEntry reads one entity line of a catalog file.
func (c *catalog) readEntry(cols []string, generic map[*entry]bool) (*entry, error) {
	typ := graph.EntityType(cols[0])
	if !typ.Valid() {
		return nil, fmt.Errorf("unknown entity type %q", cols[0])
	}
	e := &entry{name: cols[1], typ: typ}
	if _, dup := c.byName[e.name]; dup {
		return nil, fmt.Errorf("entity %q listed twice", e.name)
	}
	if len(cols) > 2 && cols[2] != "-" {
		e.qid = cols[2]
		if !strings.HasPrefix(e.qid, "Q") {
			return nil, fmt.Errorf("QID %q does not start with Q", e.qid)
		}
	}
	c.byName[e.name] = e
	if err := c.addAlias(e, e.name, aliasName); err != nil {
		return nil, err
	}
	if len(cols) > 3 && cols[3] != "-" {
		for _, a := range strings.Split(cols[3], "|") {
			a = strings.TrimSpace(a)
			generic[e] = generic[e] || strings.HasPrefix(a, "~")
			if err := c.addAlias(e, a, aliasName); err != nil {
				return nil, err
			}
		}
	}
	if len(cols) > 4 && cols[4] != "-" {
		for _, attr := range strings.Fields(cols[4]) {
			k, v, ok := strings.Cut(attr, "=")
			if !ok {
				return nil, fmt.Errorf("attribute %q is not key=value", attr)
			}
			v = strings.ReplaceAll(v, "_", " ")
			switch k {
			case "country":
				e.country = v
			case "role":
				p, obj, ok := strings.Cut(v, ":")
				if !ok || !graph.Predicate(p).Valid() {
					return nil, fmt.Errorf("role %q is not predicate:object", v)
				}
				e.roles = append(e.roles, role{graph.Predicate(p), obj})
			case "bloc":
				b := strings.ToLower(v)
				e.blocs = append(e.blocs, b)
				if c.blocs == nil {
					c.blocs = make(map[string]bool)
				}
				c.blocs[b] = true
			case "kind":
				if v != "collective" {
					return nil, fmt.Errorf("unknown kind %q", v)
				}
				e.collective = true
			case "from":
				e.from = v
			case "until":
				e.until = v
			default:
				return nil, fmt.Errorf("unknown attribute %q", k)
			}
		}
	}
	return e, nil
}

// addAlias records the surface form s of e. A leading '~' marks a generic
// alias; a trailing "@Country" a scoped one.
func (c *catalog) addAlias(e *entry, s string, kind aliasKind) error {
	a := &alias{entry: e, kind: kind}
	if strings.HasPrefix(s, "~") {
		a.generic = true
		s = s[1:]
	}
	if at := strings.LastIndexByte(s, '@'); at > 0 {
		a.scope = s[at+1:]
		s = s[:at]
	}
	keys, err := parsePhrase(s)
	if err != nil {
		return err
	}
	a.keys = keys
	first, _ := utf8.DecodeRuneInString(s)
	a.capital = unicode.IsUpper(first)
	a.acronym = isAcronym(s)
	a.lower = strings.ToLower(s) == s
	if !a.capital && !a.lower && !a.acronym {
		for k, t := range tokenize(s) {
			if t.cap && k < 64 {
				a.capKeys |= 1 << k
			}
		}
	}
	if kind == aliasName && !a.generic && a.scope == "" && strings.ToLower(s) == s {
		e.common = true
	}
	if kind == aliasName && !a.generic && a.scope == "" && a.capital {
		e.known = append(e.known, s)
	}
	c.appendAlias(a)
	return nil
}

// appendAlias adds a to the phrase set, beside other aliases with the same keys.
func (c *catalog) appendAlias(a *alias) {
	for i, pv := range c.aliases.byFirst[a.keys[0]] {
		if slices.Equal(pv.keys, a.keys) {
			l := append(pv.value, a)
			// Scoped aliases are tried first: "Security Council" after
			// "Russian" is Russia's, elsewhere the UN's.
			sort.SliceStable(l, func(i, j int) bool { return l[i].scope != "" && l[j].scope == "" })
			c.aliases.byFirst[a.keys[0]][i].value = l
			return
		}
	}
	c.aliases.add(a.keys, []*alias{a})
}

// isAcronym reports whether s is written in capitals only, like "ISIS",
// "U.S." or "IRGC" (at least two letters, no lower case).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// caseFits reports whether the surface tokens toks[i:i+len(a.keys)] are
// written the way alias a demands.
func (a *alias) caseFits(toks []token, i int) bool {
	switch {
	case a.acronym:
		for k := range a.keys {
			t := toks[i+k]
			if !t.upper && len(t.fold) > 1 {
				return false
			}
		}
	case a.capital:
		return toks[i].cap
	case a.capKeys != 0:
		for k := range a.keys {
			if a.capKeys&(1<<k) != 0 && !toks[i+k].cap {
				return false
			}
		}
	}
	return true
}

// inWindow reports whether an article dated date may use e's generic aliases.
func (e *entry) inWindow(date string) bool {
	if date == "" || (e.from == "" && e.until == "") {
		return false
	}
	return (e.from == "" || date >= e.from) && (e.until == "" || date <= e.until)
}

// stateOf returns the state a body of the catalog belongs to, when the
// catalog gives one, else e itself (nil for nil).
func (c *catalog) stateOf(e *entry) *entry {
	if e != nil && e.typ == graph.Organization && e.country != "" {
		if st := c.byName[e.country]; st != nil {
			return st
		}
	}
	return e
}
