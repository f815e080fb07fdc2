// Command gen writes data/world/countries.tsv from three kept country-data
// packages and the hand-edited overrides.tsv beside it. It is run by
// 'make world-data', which fetches the pinned packages and checks their
// checksums; the output is committed so that building never needs the
// network.
//
// The sources, each for what it does best:
//
//   - the npm package world-countries: short names, alternative spellings,
//     capitals, demonyms, UN membership and region;
//   - Debian's iso-codes: the ISO 3166-1 short, official and common names;
//   - the npm package i18n-nationality: English adjectives of nationality,
//     which fill in where world-countries gives a noun ("Icelander").
//
// The output depends only on the inputs: entries are sorted by name and
// every list keeps the order of its sources, so running it twice, or on
// the same data in another order, writes the same bytes.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// options holds the command line.
type options struct {
	worldCountries string // countries.json of world-countries
	isoCodes       string // iso_3166-1.json of iso-codes
	nationality    string // langs/en.json of i18n-nationality
	overrides      string // overrides.tsv
	out            string // where to write countries.tsv; "-" is stdout
	sources        string // one line naming the sources' versions, for the header
}

func main() {
	var o options
	flag.StringVar(&o.worldCountries, "world-countries", "", "countries.json of the npm package world-countries")
	flag.StringVar(&o.isoCodes, "iso-codes", "", "json/iso_3166-1.json of the Debian package iso-codes")
	flag.StringVar(&o.nationality, "nationality", "", "langs/en.json of the npm package i18n-nationality")
	flag.StringVar(&o.overrides, "overrides", "data/world/overrides.tsv", "hand-edited overrides")
	flag.StringVar(&o.out, "o", "data/world/countries.tsv", "output file, - for standard output")
	flag.StringVar(&o.sources, "sources", "", "the sources' names and versions, written in the header")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.worldCountries == "" || o.isoCodes == "" || o.nationality == "" {
		return errors.New("-world-countries, -iso-codes and -nationality are required")
	}
	var src sources
	var err error
	if src.wc, err = readWorldCountries(o.worldCountries); err != nil {
		return err
	}
	if src.iso, err = readISO(o.isoCodes); err != nil {
		return err
	}
	if src.nat, err = readNationality(o.nationality); err != nil {
		return err
	}
	f, err := os.Open(o.overrides)
	if err != nil {
		return err
	}
	src.overrides, err = parseOverrides(f, o.overrides)
	f.Close()
	if err != nil {
		return err
	}
	src.note = o.sources
	out, notes, err := generate(src)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(os.Stderr, "gen:", n)
	}
	if o.out == "-" {
		_, err = os.Stdout.Write(out)
		return err
	}
	return os.WriteFile(o.out, out, 0o644)
}

// wcCountry is the part of a world-countries record that is used.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// isoCountry is one ISO 3166-1 record of iso-codes.
type isoCountry struct {
	Alpha2       string `json:"alpha_2"`
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

// sources is everything generate reads.
type sources struct {
	wc        []wcCountry
	iso       []isoCountry
	nat       map[string]string // alpha-2 → English nationality adjective
	overrides []override
	note      string
}

func readWorldCountries(path string) ([]wcCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v []wcCountry
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func readISO(path string) ([]isoCountry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v struct {
		Countries []isoCountry `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v.Countries, nil
}

func readNationality(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v.Nationalities, nil
}

// override is one line of overrides.tsv: an operation on the entry that
// key names (an alpha-2 code, or a canonical name as it stands when the
// line is applied) with '|'-separated values.
type override struct {
	op, key string
	values  []string
	where   string // FILE:LINE, for errors
}

// parseOverrides reads overrides.tsv.
func parseOverrides(r io.Reader, name string) ([]override, error) {
	var out []override
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		where := fmt.Sprintf("%s:%d", name, n)
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: want 3 tab-separated fields, have %d", where, len(f))
		}
		o := override{op: f[0], key: f[1], where: where}
		for _, v := range strings.Split(f[2], "|") {
			if v = strings.TrimSpace(v); v != "" {
				o.values = append(o.values, v)
			}
		}
		switch o.op {
		case "name", "alias", "drop-alias", "adjective", "drop-adjective", "first-adjective",
			"capital", "drop-capital", "status", "add":
		default:
			return nil, fmt.Errorf("%s: unknown operation %q", where, o.op)
		}
		if len(o.values) == 0 {
			return nil, fmt.Errorf("%s: no value", where)
		}
		out = append(out, o)
	}
	return out, sc.Err()
}

// Statuses, from the strongest claim to be a state to the weakest; a
// surface form shared by two entries goes to the stronger one.
var statusRank = map[string]int{"member": 0, "observer": 1, "territory": 2, "dependency": 3}

// entry is one row of countries.tsv.
type entry struct {
	name, alpha2, alpha3, status string
	region, subregion, official  string
	aliases, capitals, adjs      []string
	// forced holds the folded aliases that an override gave the entry: they
	// stay even when another entry has them too.
	forced map[string]bool
	// demonyms holds world-countries' folded demonyms, which that source
	// also lists among the names of some states ("Thai").
	demonyms map[string]bool
}

// generate builds countries.tsv. notes tell what was dropped and why.
func generate(src sources) (out []byte, notes []string, err error) {
	iso := map[string]isoCountry{}
	for _, c := range src.iso {
		iso[c.Alpha2] = c
	}
	var entries []*entry
	for _, c := range src.wc {
		e := &entry{
			name: c.Name.Common, alpha2: c.CCA2, alpha3: c.CCA3,
			region: c.Region, subregion: c.Subregion, official: c.Name.Official,
			status: "dependency", forced: map[string]bool{}, demonyms: map[string]bool{},
		}
		if c.UNMember {
			e.status = "member"
		}
		native := map[string]bool{}
		for lang, n := range c.Name.Native {
			if lang != "eng" {
				native[fold(n.Common)], native[fold(n.Official)] = true, true
			}
		}
		for _, a := range c.AltSpellings {
			if a == c.CCA2 || native[fold(a)] || !englishForm(a) {
				continue
			}
			e.addAlias(a)
		}
		if i, ok := iso[c.CCA2]; ok {
			for _, a := range []string{i.CommonName, i.Name, strings.TrimPrefix(i.OfficialName, "the ")} {
				if a != "" && englishForm(a) {
					e.addAlias(a)
				}
			}
		}
		for _, cp := range c.Capital {
			e.capitals = appendNew(e.capitals, cp)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, a := range []string{d.M, d.F} {
				for _, s := range splitAdjectives(a) {
					e.adjs = appendNew(e.adjs, s)
					e.demonyms[fold(s)] = true
				}
			}
		}
		// i18n-nationality writes a comma only in descriptions
		// ("Palestinian Territory, Occupied"), never between adjectives.
		if a, ok := src.nat[c.CCA2]; ok && !strings.Contains(a, ",") {
			for _, s := range splitAdjectives(a) {
				e.adjs = appendNew(e.adjs, s)
			}
		}
		entries = append(entries, e)
	}
	// Apply the overrides in file order, on entries sorted by code so that
	// the input's order cannot matter.
	sort.Slice(entries, func(i, j int) bool { return entries[i].alpha2 < entries[j].alpha2 })
	for _, o := range src.overrides {
		if o.op == "add" {
			if find(entries, o.key) != nil {
				return nil, nil, fmt.Errorf("%s: %q already exists", o.where, o.key)
			}
			entries = append(entries, &entry{name: o.key, status: "territory", region: o.values[0],
				subregion: strings.Join(o.values[1:], " "), forced: map[string]bool{}})
			continue
		}
		e := find(entries, o.key)
		if e == nil {
			return nil, nil, fmt.Errorf("%s: no entry %q", o.where, o.key)
		}
		if err := e.apply(o); err != nil {
			return nil, nil, err
		}
	}
	for _, e := range entries {
		e.aliases = removeFolded(e.aliases, fold(e.name), fold(e.official))
		// A source's alias that is the entry's own demonym ("Thai") is not
		// a name of the state; an override may still make it one ("US").
		var keep []string
		for _, a := range e.aliases {
			if e.forced[fold(a)] || !e.demonyms[fold(a)] {
				keep = append(keep, a)
			}
		}
		e.aliases = keep
	}
	notes = dropShared(entries)
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })

	var b bytes.Buffer
	fmt.Fprintln(&b, "# The world's states and territories, generated by 'make world-data' (data/world/gen); do not edit:")
	fmt.Fprintln(&b, "# change data/world/overrides.tsv and regenerate. See data/world/README.md.")
	if src.note != "" {
		fmt.Fprintf(&b, "# Sources: %s\n", src.note)
	}
	fmt.Fprintln(&b, "# name\talpha2\talpha3\tstatus\tregion\tsubregion\tofficial\taliases\tcapitals\tadjectives")
	for _, e := range entries {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.name, dash(e.alpha2), dash(e.alpha3),
			e.status, dash(e.region), dash(e.subregion), dash(e.official),
			list(e.aliases), list(e.capitals), list(e.adjs))
	}
	return b.Bytes(), notes, nil
}

// apply carries out one override on e.
func (e *entry) apply(o override) error {
	switch o.op {
	case "name":
		e.addAlias(e.name)
		e.name = o.values[0]
	case "alias":
		for _, v := range o.values {
			e.addAlias(v)
			e.forced[fold(v)] = true
		}
	case "drop-alias":
		e.aliases = removeFolded(e.aliases, foldAll(o.values)...)
	case "adjective":
		for _, v := range o.values {
			e.adjs = appendNew(e.adjs, v)
		}
	case "drop-adjective":
		e.adjs = removeFolded(e.adjs, foldAll(o.values)...)
	case "first-adjective":
		e.adjs = append(o.values, removeFolded(e.adjs, foldAll(o.values)...)...)
	case "capital":
		for _, v := range o.values {
			e.capitals = appendNew(e.capitals, v)
		}
	case "drop-capital":
		e.capitals = removeFolded(e.capitals, foldAll(o.values)...)
	case "status":
		if _, ok := statusRank[o.values[0]]; !ok {
			return fmt.Errorf("%s: unknown status %q", o.where, o.values[0])
		}
		e.status = o.values[0]
	}
	return nil
}

func (e *entry) addAlias(a string) {
	e.aliases = appendNew(e.aliases, a)
}

// find returns the entry key names: an alpha-2 code or a canonical name.
func find(entries []*entry, key string) *entry {
	for _, e := range entries {
		if e.alpha2 == key || e.name == key {
			return e
		}
	}
	return nil
}

// dropShared removes the surface forms that would name two entries, so
// that a name never silently picks one of them: an alias that is another
// entry's name, an alias that two entries share (unless an override gave
// it to one), and a dependency's adjective or capital that a stronger
// entry has ("French" of the French Southern Lands). Adjectives shared by
// two states ("Congolese", "Dominican") stay: the reader must choose.
func dropShared(entries []*entry) (notes []string) {
	names := map[string]*entry{}
	aliasOwners := map[string][]*entry{}
	adjOwners := map[string][]*entry{}
	capOwners := map[string][]*entry{}
	for _, e := range entries {
		names[fold(e.name)] = e
		if e.official != "" {
			names[fold(e.official)] = e
		}
		for _, a := range e.aliases {
			aliasOwners[fold(a)] = append(aliasOwners[fold(a)], e)
		}
		for _, a := range e.adjs {
			adjOwners[fold(a)] = append(adjOwners[fold(a)], e)
		}
		for _, a := range e.capitals {
			capOwners[fold(a)] = append(capOwners[fold(a)], e)
		}
	}
	for _, e := range entries {
		var keep []string
		for _, a := range e.aliases {
			k := fold(a)
			if owner, ok := names[k]; ok && owner != e && !e.forced[k] {
				notes = append(notes, fmt.Sprintf("%s: alias %q dropped: it is the name of %s", e.name, a, owner.name))
				continue
			}
			if len(aliasOwners[k]) > 1 && !e.forced[k] {
				notes = append(notes, fmt.Sprintf("%s: alias %q dropped: %d entries have it", e.name, a, len(aliasOwners[k])))
				continue
			}
			keep = append(keep, a)
		}
		e.aliases = keep
		e.adjs = dropWeaker(e, e.adjs, adjOwners, "adjective", &notes)
		e.capitals = dropWeaker(e, e.capitals, capOwners, "capital", &notes)
	}
	return notes
}

// dropWeaker removes from a dependency's list the forms that an entry of
// a stronger status also has.
func dropWeaker(e *entry, forms []string, owners map[string][]*entry, what string, notes *[]string) []string {
	var keep []string
	for _, a := range forms {
		stronger := ""
		for _, o := range owners[fold(a)] {
			if o != e && statusRank[o.status] < statusRank[e.status] && e.status == "dependency" {
				stronger = o.name
			}
		}
		if stronger != "" {
			*notes = append(*notes, fmt.Sprintf("%s: %s %q dropped: %s has it", e.name, what, a, stronger))
			continue
		}
		keep = append(keep, a)
	}
	return keep
}

// splitAdjectives splits a source's demonym field into adjectives:
// "Bosnian, Herzegovinian", "Kittitian or Nevisian", "Bosnian -
// Herzegovinian", and drops a parenthesis ("Congolese (Republic of the
// Congo)").
func splitAdjectives(s string) []string {
	if i := strings.Index(s, "("); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, part := range splitAny(s, ", ", " or ", " - ") {
		part = strings.TrimSpace(part)
		if part == "" || !englishForm(part) {
			continue
		}
		out = append(out, part)
	}
	return out
}

func splitAny(s string, seps ...string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// englishForm reports whether s can be a name written in English text:
// no comma (ISO's inverted "Korea, Republic of"), no parenthesis
// ("Falkland Islands (Malvinas)") and Latin-1 letters only, which drops
// transliterations ("Dawlat Filasṭin") and other scripts.
func englishForm(s string) bool {
	if strings.ContainsAny(s, ",(") {
		return false
	}
	for _, r := range s {
		if r > 0xFF && r != '’' {
			return false
		}
	}
	return true
}

// fold is the key under which two spellings are the same: case,
// diacritics and the kind of apostrophe do not count.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '‘':
			b.WriteRune('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func foldAll(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = fold(v)
	}
	return out
}

// appendNew appends v unless list has it already, folded.
func appendNew(list []string, v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return list
	}
	for _, x := range list {
		if fold(x) == fold(v) {
			return list
		}
	}
	return append(list, v)
}

// removeFolded returns list without the forms whose fold is in drop.
func removeFolded(list []string, drop ...string) []string {
	var out []string
	for _, x := range list {
		found := false
		for _, d := range drop {
			if fold(x) == d {
				found = true
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

func list(vs []string) string {
	if len(vs) == 0 {
		return "-"
	}
	return strings.Join(vs, "|")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
