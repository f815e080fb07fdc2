// Package world knows the world's states, territories and bodies, so that
// Entente can read news of any conflict: every UN member and observer state
// and the usual non-state territories by their names, short forms, capitals
// and adjectives; the usual bodies of any state ("Ethiopia's foreign
// ministry", "the Myanmar military junta"); and the international and
// regional bodies (the UN and its agencies, the AU, EU, NATO, ASEAN, …).
//
// The data is data/world (embedded as data.World): countries.tsv, generated
// from pinned country-data packages by 'make world-data', and the
// hand-written bodies.tsv. Load reads it once; a *World is read-only and
// safe for concurrent use.
//
// Lookups take a surface form as it appears in text. Case, diacritics,
// dots, hyphens, apostrophe kinds and a leading "the" do not count, except
// that a form written in capitals only ("US", "DRC", "WHO") matches only
// text in capitals. Possessives are the caller's to strip, except in
// StateBody, whose templates spell them out.
//
//	w, err := world.Load()
//	w.CountryByName("DR Congo").Name   // "Democratic Republic of the Congo"
//	w.ByCapital("Naypyidaw").Name      // "Myanmar"
//	w.ByAdjective("Emirati")[0].Name   // "United Arab Emirates"
//	w.StateBody("Ethiopia's foreign ministry")[0].Name // "Ethiopian Foreign Ministry"
//	w.Body("UNHCR").PartOf             // "United Nations"
//	w.Lookup("Tehran")                 // [{Kind: Capital, Country: Iran}]
package world

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/entente/entente/data"
)

// Status is an entry's standing at the United Nations.
type Status string

// The statuses, from the strongest claim to statehood to the weakest.
const (
	Member     Status = "member"     // one of the 193 UN member states
	Observer   Status = "observer"   // the Holy See and Palestine
	Territory  Status = "territory"  // a non-state territory news treats as an actor: Taiwan, Kosovo, Western Sahara…
	Dependency Status = "dependency" // another ISO 3166 entry: an overseas territory, an uninhabited island
)

// rank orders the statuses: a form shared by two entries goes to the
// lower rank.
func (s Status) rank() int {
	switch s {
	case Member:
		return 0
	case Observer:
		return 1
	case Territory:
		return 2
	}
	return 3
}

// Country is a state or territory: one row of countries.tsv.
type Country struct {
	Name       string // the short name analysts write: "Russia", "Democratic Republic of the Congo"
	Alpha2     string // ISO 3166-1 alpha-2, or "" for a territory ISO lacks
	Alpha3     string // ISO 3166-1 alpha-3, or ""
	Status     Status
	Region     string // "Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctic"
	Subregion  string // "Eastern Africa"
	Official   string // "Federal Democratic Republic of Ethiopia", or ""
	Aliases    []string
	Capitals   []string
	Adjectives []string // the first names the state's bodies
}

// IsState reports whether c is a UN member or observer state.
func (c *Country) IsState() bool { return c.Status == Member || c.Status == Observer }

// Adjective returns the adjective that names c's bodies ("Ethiopian"), or
// its name when it has none.
func (c *Country) Adjective() string {
	if len(c.Adjectives) > 0 {
		return c.Adjectives[0]
	}
	return c.Name
}

// Names returns every name of c: its name, official name and aliases.
func (c *Country) Names() []string {
	out := []string{c.Name}
	if c.Official != "" {
		out = append(out, c.Official)
	}
	return append(out, c.Aliases...)
}

// World is the loaded data with its indexes.
type World struct {
	countries []*Country // sorted by name
	byCode    map[string]*Country
	names     *index[*Country]
	capitals  *index[*Country]
	adjs      *index[*Country]

	templates []*Template
	// byLast and byFirst hold the template patterns by the last word of
	// their text after the gap, or the first before it when the gap ends
	// the pattern ("foreign ministry of {country}").
	byLast, byFirst map[string][]pattern
	bodies          []*Body
	bodyNames       *index[*Body]
}

// Load reads the embedded data/world.
func Load() (*World, error) {
	return Parse(data.World, "world")
}

// Parse reads countries.tsv and bodies.tsv from dir in fsys; Load is
// Parse(data.World, "world"). Errors name the file and line.
func Parse(fsys fs.FS, dir string) (*World, error) {
	w := &World{
		byCode:    map[string]*Country{},
		names:     newIndex[*Country](),
		capitals:  newIndex[*Country](),
		adjs:      newIndex[*Country](),
		bodyNames: newIndex[*Body](),
	}
	if err := readTSV(fsys, dir+"/countries.tsv", 10, w.addCountry); err != nil {
		return nil, err
	}
	sort.Slice(w.countries, func(i, j int) bool { return w.countries[i].Name < w.countries[j].Name })
	w.indexCountries()
	if err := readTSV(fsys, dir+"/bodies.tsv", 5, w.addBody); err != nil {
		return nil, err
	}
	if err := w.linkBodies(); err != nil {
		return nil, err
	}
	return w, nil
}

// readTSV calls add with the fields of each data line of a file, which
// must have n fields.
func readTSV(fsys fs.FS, name string, n int, add func(f []string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(f), n)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
			if f[i] == "-" {
				f[i] = ""
			}
		}
		if err := add(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

// split reads a '|'-separated list.
func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func (w *World) addCountry(f []string) error {
	c := &Country{
		Name: f[0], Alpha2: f[1], Alpha3: f[2], Status: Status(f[3]),
		Region: f[4], Subregion: f[5], Official: f[6],
		Aliases: split(f[7]), Capitals: split(f[8]), Adjectives: split(f[9]),
	}
	switch c.Status {
	case Member, Observer, Territory, Dependency:
	default:
		return fmt.Errorf("%s: unknown status %q", c.Name, c.Status)
	}
	if c.Name == "" {
		return fmt.Errorf("no name")
	}
	for _, code := range []string{c.Alpha2, c.Alpha3} {
		if code == "" {
			continue
		}
		if other, ok := w.byCode[code]; ok {
			return fmt.Errorf("%s: code %s is also %s's", c.Name, code, other.Name)
		}
		w.byCode[code] = c
	}
	w.countries = append(w.countries, c)
	return nil
}

// indexCountries files every country's names, capitals and adjectives,
// strongest status first, so that a shared capital ("Kingston") goes to
// the state.
func (w *World) indexCountries() {
	byRank := append([]*Country(nil), w.countries...)
	sort.SliceStable(byRank, func(i, j int) bool { return byRank[i].Status.rank() < byRank[j].Status.rank() })
	same := func(a, b *Country) bool { return a == b }
	for _, c := range byRank {
		for _, n := range c.Names() {
			w.names.add(n, c, same)
		}
		for _, n := range c.Capitals {
			// A dependency's capital ("Douglas", "Stanley", "Hamilton") is
			// far more often a person or another place than an actor.
			if c.Status != Dependency {
				w.capitals.add(n, c, same)
			}
		}
		for _, n := range c.Adjectives {
			w.adjs.add(n, c, same)
		}
	}
}

// Countries returns every entry, sorted by name.
func (w *World) Countries() []*Country { return w.countries }

// States returns the UN member and observer states, sorted by name.
func (w *World) States() []*Country {
	var out []*Country
	for _, c := range w.countries {
		if c.IsState() {
			out = append(out, c)
		}
	}
	return out
}

// InRegion returns the states and territories (not dependencies) of a
// region or subregion ("Africa", "Eastern Africa"), sorted by name: the
// pool from which a test can move a corpus to another part of the world.
func (w *World) InRegion(region string) []*Country {
	var out []*Country
	for _, c := range w.countries {
		if c.Status != Dependency && (strings.EqualFold(c.Region, region) || strings.EqualFold(c.Subregion, region)) {
			out = append(out, c)
		}
	}
	return out
}

// Code returns the entry with an ISO 3166-1 alpha-2 or alpha-3 code
// ("ET", "ETH"), or nil.
func (w *World) Code(code string) *Country { return w.byCode[strings.ToUpper(code)] }

// CountryByName returns the state or territory that a name, official name
// or alias names ("Russia", "Russian Federation", "DR Congo", "Burma",
// "the U.S."), or nil. A name never names two entries.
func (w *World) CountryByName(surface string) *Country {
	if cs := w.names.get(surface); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// ByCapital returns the state or territory whose capital or seat of
// government surface is ("Naypyidaw", "Addis Ababa", "Kiev"), or nil.
// Capitals of dependencies are left out: "Douglas" or "Stanley" in news is
// rarely the Isle of Man or the Falklands.
func (w *World) ByCapital(surface string) *Country {
	if cs := w.capitals.get(surface); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// ByAdjective returns the entries an adjective of nationality names
// ("Ethiopian", "Emirati", "Burmese"), states first. Most adjectives name
// one; a few name two states ("Congolese", "Dominican"), and the caller
// must choose from the context.
func (w *World) ByAdjective(surface string) []*Country {
	return w.adjs.get(surface)
}

// MatchKind says how a surface names what Lookup found.
type MatchKind int

// The kinds of match.
const (
	CountryName   MatchKind = iota // a name of a state or territory: "Ethiopia", "DRC"
	Capital                        // its capital acting for it: "Naypyidaw said"
	Adjective                      // its adjective: "Ethiopian"
	StateBodyName                  // a body of a state: "Ethiopia's foreign ministry"
	BodyName                       // an international or regional body: "UNHCR"
)

func (k MatchKind) String() string {
	switch k {
	case CountryName:
		return "country"
	case Capital:
		return "capital"
	case Adjective:
		return "adjective"
	case StateBodyName:
		return "state body"
	case BodyName:
		return "body"
	}
	return fmt.Sprintf("MatchKind(%d)", int(k))
}

// Match is one reading of a surface form.
type Match struct {
	Kind      MatchKind
	Country   *Country   // the state or territory, for all kinds but BodyName
	StateBody *StateBody // for StateBodyName
	Body      *Body      // for BodyName
}

// Lookup returns every reading of a surface form, in the order of the
// kinds: a country's name, a capital, an adjective, a state's body, an
// international body. Most forms have one reading or none; "Djibouti" is
// both a state and its capital, "Congolese" two states' adjective.
func (w *World) Lookup(surface string) []Match {
	var out []Match
	for _, c := range w.names.get(surface) {
		out = append(out, Match{Kind: CountryName, Country: c})
	}
	for _, c := range w.capitals.get(surface) {
		out = append(out, Match{Kind: Capital, Country: c})
	}
	for _, c := range w.adjs.get(surface) {
		out = append(out, Match{Kind: Adjective, Country: c})
	}
	for _, b := range w.StateBody(surface) {
		out = append(out, Match{Kind: StateBodyName, Country: b.Country, StateBody: &b})
	}
	if b := w.Body(surface); b != nil {
		out = append(out, Match{Kind: BodyName, Body: b})
	}
	return out
}
