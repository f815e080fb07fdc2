package world

import (
	"fmt"
	"slices"
	"strings"
)

// BodyKind says what sort of international body a Body is.
type BodyKind string

// The kinds of international body.
const (
	Global   BodyKind = "global"   // the UN system and other bodies of the whole world
	Regional BodyKind = "regional" // regional and otherwise limited bodies
)

// Body is an international or regional body: one line of bodies.tsv.
type Body struct {
	Name     string // "UNHCR", "African Union"
	Kind     BodyKind
	Acronyms []string // matched only in capitals: "AU"
	Aliases  []string // "UN Refugee Agency"
	PartOf   string   // the name of the body this one belongs to, or ""
	Parent   *Body    // that body, or nil
}

// Names returns the body's name, acronyms and aliases.
func (b *Body) Names() []string {
	out := append([]string{b.Name}, b.Acronyms...)
	return append(out, b.Aliases...)
}

// Template is a body every state has, such as "{adj} Foreign Ministry".
type Template struct {
	Name string // with {adj} for the state's first adjective: "{adj} Foreign Ministry"
	// OfState is false for a body that bears a state's adjective but need
	// not be the state's ("{adj} National Army": the Libyan National Army
	// fights the Libyan government).
	OfState bool
	// Patterns are the surface forms, lower case, with {adj} for any
	// adjective of the state and {country} for any of its names.
	Patterns []string
	PartOf   string // the name of another template, or ""
}

// StateBody is a template body of one state.
type StateBody struct {
	Name     string // "Ethiopian Foreign Ministry"
	Country  *Country
	Template *Template
	// PartOf names the state body it belongs to ("Ethiopian military" for
	// "Ethiopian army"), or is "".
	PartOf string
}

// OfState reports whether the body belongs to its state: true for all but
// templates like "{adj} National Army".
func (b StateBody) OfState() bool { return b.Template.OfState }

// Surfaces returns the forms that name the body: the template's patterns
// with each adjective and name of the state ("Ethiopian foreign ministry",
// "Ethiopia's foreign ministry", "foreign ministry of Ethiopia", …).
func (b StateBody) Surfaces() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if k := key(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, p := range b.Template.Patterns {
		switch {
		case strings.Contains(p, "{adj}"):
			for _, a := range b.Country.Adjectives {
				add(strings.ReplaceAll(p, "{adj}", a))
			}
		case strings.Contains(p, "{country}"):
			for _, n := range b.Country.Names() {
				add(strings.ReplaceAll(p, "{country}", n))
				if strings.HasSuffix(n, "s") && strings.Contains(p, "{country}'s") {
					add(strings.ReplaceAll(p, "{country}'s", n+"'"))
				}
			}
		}
	}
	return out
}

// bodyOf returns template t's body for country c.
func bodyOf(t *Template, c *Country) StateBody {
	b := StateBody{Name: fill(t.Name, c), Country: c, Template: t}
	if t.PartOf != "" {
		b.PartOf = fill(t.PartOf, c)
	}
	return b
}

func fill(name string, c *Country) string {
	return strings.ReplaceAll(strings.ReplaceAll(name, "{adj}", c.Adjective()), "{country}", c.Name)
}

// slot is what fills a pattern's gap.
type slot int

const (
	adjSlot slot = iota
	countrySlot
)

// pattern is a template pattern split at its gap, in key form.
type pattern struct {
	tmpl           *Template
	prefix, suffix string
	slot           slot
	// plural is set for the "' " variant of "'s " ("the United States'
	// army"), which needs a gap ending in s.
	plural bool
}

func (w *World) addBody(f []string) error {
	kind, name := f[0], f[1]
	if name == "" {
		return fmt.Errorf("no name")
	}
	switch kind {
	case "state", "named":
		t := &Template{Name: name, OfState: kind == "state", Patterns: split(f[3]), PartOf: f[4]}
		if !strings.Contains(name, "{adj}") {
			return fmt.Errorf("template %q has no {adj}", name)
		}
		if f[2] != "" {
			return fmt.Errorf("template %q: acronyms are not templates", name)
		}
		for _, p := range t.Patterns {
			if err := w.addPattern(t, p); err != nil {
				return err
			}
		}
		w.templates = append(w.templates, t)
	case string(Global), string(Regional):
		b := &Body{Name: name, Kind: BodyKind(kind), Acronyms: split(f[2]), Aliases: split(f[3]), PartOf: f[4]}
		for _, a := range b.Acronyms {
			if !inCapitals(a) {
				return fmt.Errorf("%s: acronym %q is not in capitals", name, a)
			}
		}
		for _, n := range b.Names() {
			if other := w.bodyNames.get(n); len(other) > 0 && other[0] != b {
				return fmt.Errorf("%s: %q is also a name of %s", name, n, other[0].Name)
			}
			w.bodyNames.add(n, b, func(x, y *Body) bool { return x == y })
		}
		w.bodies = append(w.bodies, b)
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}

// addPattern splits a template pattern at its one gap.
func (w *World) addPattern(t *Template, p string) error {
	var s slot
	var ph string
	switch {
	case strings.Count(p, "{adj}") == 1 && !strings.Contains(p, "{country}"):
		s, ph = adjSlot, "{adj}"
	case strings.Count(p, "{country}") == 1 && !strings.Contains(p, "{adj}"):
		s, ph = countrySlot, "{country}"
	default:
		return fmt.Errorf("%s: pattern %q needs one {adj} or one {country}", t.Name, p)
	}
	// Key the pattern with the gap as a marker that key leaves alone.
	k := key(strings.Replace(p, ph, "\x00", 1))
	prefix, suffix, _ := strings.Cut(k, "\x00")
	if prefix == "" && suffix == "" {
		return fmt.Errorf("%s: pattern %q is only a gap", t.Name, p)
	}
	w.addSplit(pattern{tmpl: t, prefix: prefix, suffix: suffix, slot: s})
	if rest, ok := strings.CutPrefix(suffix, "'s "); ok && s == countrySlot {
		w.addSplit(pattern{tmpl: t, prefix: prefix, suffix: "' " + rest, slot: s, plural: true})
	}
	return nil
}

// addSplit files a pattern under its last word, or its first when the gap
// ends it, so that StateBody tries only the patterns a surface can match.
func (w *World) addSplit(p pattern) {
	if w.byLast == nil {
		w.byLast, w.byFirst = map[string][]pattern{}, map[string][]pattern{}
	}
	if p.suffix != "" {
		w.byLast[lastWord(p.suffix)] = append(w.byLast[lastWord(p.suffix)], p)
	} else {
		w.byFirst[firstWord(p.prefix)] = append(w.byFirst[firstWord(p.prefix)], p)
	}
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// linkBodies resolves the part-of names.
func (w *World) linkBodies() error {
	byName := map[string]*Body{}
	for _, b := range w.bodies {
		byName[b.Name] = b
	}
	for _, b := range w.bodies {
		if b.PartOf == "" {
			continue
		}
		if b.Parent = byName[b.PartOf]; b.Parent == nil {
			return fmt.Errorf("bodies.tsv: %s is part of %q, which is not listed", b.Name, b.PartOf)
		}
	}
	templates := map[string]bool{}
	for _, t := range w.templates {
		templates[t.Name] = true
	}
	for _, t := range w.templates {
		if t.PartOf != "" && !templates[t.PartOf] {
			return fmt.Errorf("bodies.tsv: %s is part of %q, which is not a template", t.Name, t.PartOf)
		}
	}
	return nil
}

// Bodies returns the international and regional bodies, in file order.
func (w *World) Bodies() []*Body { return w.bodies }

// Body returns the international or regional body that a name, acronym or
// alias names ("UNHCR", "the African Union", "U.N. Security Council",
// "Economic Community of West African States"), or nil.
func (w *World) Body(surface string) *Body {
	if bs := w.bodyNames.get(surface); len(bs) > 0 {
		return bs[0]
	}
	return nil
}

// Templates returns the bodies every state has, in file order.
func (w *World) Templates() []*Template { return w.templates }

// BodiesOf returns the template bodies of a state: "Ethiopian Foreign
// Ministry", "Ethiopian military", …; their Surfaces tell how text names
// them.
func (w *World) BodiesOf(c *Country) []StateBody {
	out := make([]StateBody, 0, len(w.templates))
	for _, t := range w.templates {
		out = append(out, bodyOf(t, c))
	}
	return out
}

// StateBody returns the readings of a surface form as a body of a state:
// "Ethiopia's foreign ministry", "the Myanmar military junta", "the Somali
// National Army", "Colombia's defence ministry", "the foreign ministry of
// the United States", "the United States' army". There is more than one
// when the adjective names several states ("the Congolese army").
func (w *World) StateBody(surface string) []StateBody {
	k := key(surface)
	var out []StateBody
	var seen map[[2]any]bool
	for _, p := range slices.Concat(w.byLast[lastWord(k)], w.byFirst[firstWord(k)]) {
		if len(k) <= len(p.prefix)+len(p.suffix) || !strings.HasPrefix(k, p.prefix) || !strings.HasSuffix(k, p.suffix) {
			continue
		}
		gap := strings.TrimPrefix(k[len(p.prefix):len(k)-len(p.suffix)], "the ")
		if p.plural && !strings.HasSuffix(gap, "s") {
			continue
		}
		for _, c := range w.fillGap(gap, p.slot, surface) {
			id := [2]any{p.tmpl, c}
			if seen == nil {
				seen = map[[2]any]bool{}
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, bodyOf(p.tmpl, c))
			}
		}
	}
	return out
}

// fillGap returns the entries whose adjective or name is gap, a key; an
// acronym ("US") only when surface has it in capitals.
func (w *World) fillGap(gap string, s slot, surface string) []*Country {
	ix := w.adjs
	if s == countrySlot {
		ix = w.names
	}
	e, ok := ix.m[gap]
	if !ok {
		return nil
	}
	if e.acronym {
		plain := " " + strings.NewReplacer(".", "", "'", " ").Replace(surface) + " "
		if !strings.Contains(plain, " "+strings.ToUpper(gap)+" ") {
			return nil
		}
	}
	if s == countrySlot {
		return e.vals[:1]
	}
	return e.vals
}
