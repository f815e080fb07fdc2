package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/graph"
	"github.com/entente/entente/loaders/world"
)

// worldBodyTemplates are the state-body templates of loaders/world that
// name an actor of their own. The government is the state itself (the
// catalog's "Russian government"), and a presidency, cabinet or embassy
// speaks for it rather than acting; "Ethiopian forces" stay the state
// acting, and "the Iraqi army" is read by armyMentions (named as the
// article names it, not by a template), so only the ministries, the
// services, branches, juntas and councils become bodies here.
var worldBodyTemplates = map[string]bool{
	"{adj} Foreign Ministry":          true,
	"{adj} Defense Ministry":          true,
	"{adj} Interior Ministry":         true,
	"{adj} parliament":                true,
	"{adj} junta":                     true,
	"{adj} air force":                 true,
	"{adj} navy":                      true,
	"{adj} General Staff":             true,
	"{adj} intelligence services":     true,
	"{adj} National Security Council": true,
	"{adj} police":                    true,
	"{adj} coast guard":               true,
}

// worldBodyExcluded are template surfaces that stay the state's own
// mention: "Russian forces" is Russia acting, as the catalog has it.
var worldBodyExcluded = map[string]bool{"forces": true, "troops": true}

// addWorld adds what the catalog lacks of the world (loaders/world): every
// state and territory that news treats as an actor, by its names, capitals
// and adjectives; the international and regional bodies; and the usual
// bodies of every state, named only after the state's adjective or
// possessive ("Ethiopia's foreign ministry"). The catalog wins where both
// name something: its canonical names and aliases stay. A capital that is
// a given name ("Victoria") is no actor's name.
func (c *catalog) addWorld(w *world.World, givenName func(word string) bool) error {
	for _, co := range w.Countries() {
		if co.Status == world.Dependency {
			continue
		}
		e := c.byName[co.Name]
		if e == nil {
			e = &entry{name: co.Name, typ: graph.Country}
			c.byName[e.name] = e
			if err := c.addAlias(e, e.name, aliasName); err != nil {
				return err
			}
		}
		if e.typ != graph.Country {
			continue
		}
		for _, n := range co.Names()[1:] {
			if err := c.addWorldAlias(e, n, aliasName); err != nil {
				return err
			}
		}
		for _, n := range co.Capitals {
			if first := strings.Fields(n); len(first) == 0 || givenName(foldWord(first[0])) {
				continue
			}
			if err := c.addWorldAlias(e, n, aliasName); err != nil {
				return err
			}
		}
		for _, adj := range co.Adjectives {
			if err := c.addWorldAlias(e, adj, aliasDemonym); err != nil {
				return err
			}
		}
		if _, ok := c.demonyms[e]; !ok && len(co.Adjectives) > 0 {
			c.demonyms[e] = co.Adjective()
		}
	}
	worldBody := make(map[*world.Body]*entry)
	for _, b := range w.Bodies() {
		e := c.byName[b.Name]
		if e == nil {
			// A body the catalog knows by another canonical name
			// ("UN Security Council") keeps it.
			for _, n := range b.Names() {
				if al := c.aliasesOf(n); len(al) > 0 && al[0].entry.typ == graph.Organization && al[0].scope == "" {
					e = al[0].entry
					break
				}
			}
		}
		if e == nil {
			e = &entry{name: b.Name, typ: graph.Organization}
			c.byName[e.name] = e
			if err := c.addAlias(e, e.name, aliasName); err != nil {
				return err
			}
		}
		for _, n := range b.Names() {
			if err := c.addWorldAlias(e, n, aliasName); err != nil {
				return err
			}
		}
		for _, acr := range b.Acronyms {
			if err := c.addTitleCaseAcronym(e, acr); err != nil {
				return err
			}
		}
		// A regional body part of none is a bloc of states: "the bloc".
		e.regional = b.Kind == world.Regional && b.PartOf == ""
		e.international = b.Kind == world.Regional || b.Kind == world.Global
		worldBody[b] = e
	}
	// A world body's parent is a standing fact (see standing.go).
	for b, e := range worldBody {
		if parent := worldBody[b.Parent]; parent != nil && parent != e {
			c.worldParts = append(c.worldParts, [2]*entry{e, parent})
		}
	}
	for _, co := range w.Countries() {
		// A territory news treats as an actor has a government, a
		// parliament and a police as a state has: "Kosovo police",
		// "Somaliland's foreign ministry".
		e := c.byName[co.Name]
		if e == nil || e.typ != graph.Country || co.Status == world.Dependency {
			continue
		}
		for _, sb := range w.BodiesOf(co) {
			if !sb.OfState() || !worldBodyTemplates[sb.Template.Name] {
				continue
			}
			if err := c.addStateBody(e, co, sb); err != nil {
				return err
			}
		}
	}
	c.findArmies()
	c.markSharedShortNames()
	return nil
}

// markSharedShortNames gives each world body's name that is also the name
// of a body every state has ("Security Council", the UN's and Russia's)
// the body's parent as the owner the article must have named first: a
// report on the Kremlin's "meeting of the Security Council" that names
// no UN body means Russia's.
func (c *catalog) markSharedShortNames() {
	parent := make(map[*entry]*entry, len(c.worldParts))
	for _, p := range c.worldParts {
		parent[p[0]] = p[1]
	}
	for _, pvs := range c.aliases.byFirst {
		for _, pv := range pvs {
			scoped := false
			for _, al := range pv.value {
				scoped = scoped || al.scope != ""
			}
			if !scoped {
				continue
			}
			for _, al := range pv.value {
				if p := parent[al.entry]; p != nil && al.scope == "" && al.kind == aliasName && !al.acronym && !al.lower {
					al.owner = p
				}
			}
		}
	}
}

// addStateBody adds the body sb of state e, named by the template's nouns
// scoped to the state ("foreign ministry@Ethiopia"), so that the noun names
// it only after the state's adjective or possessive. A body the catalog
// already has for the state ("Syrian army" of the Syrian Arab Army) takes
// the nouns it lacks.
func (c *catalog) addStateBody(e *entry, co *world.Country, sb world.StateBody) error {
	var nouns []string
	seen := make(map[string]bool)
	for _, p := range sb.Template.Patterns {
		var n string
		switch {
		case strings.HasPrefix(p, "{adj} "):
			n = strings.TrimPrefix(p, "{adj} ")
		case strings.HasPrefix(p, "{country}'s "):
			n = strings.TrimPrefix(p, "{country}'s ")
		default:
			continue
		}
		if strings.Contains(n, "{") || worldBodyExcluded[n] || seen[n] {
			continue
		}
		seen[n] = true
		nouns = append(nouns, n)
	}
	body := c.byName[sb.Name]
	if body == nil {
		// The catalog's own body for the state under another name.
		qualifiers := append([]string{co.Name}, co.Adjectives...)
		for _, n := range nouns {
			for _, q := range qualifiers {
				for _, al := range c.aliasesOf(q + " " + n) {
					if al.entry.typ == graph.Organization && (al.entry.country == e.name || al.entry.country == "") {
						body = al.entry
					}
				}
			}
			for _, al := range c.aliasesOf(n) {
				if al.scope == e.name {
					body = al.entry
				}
			}
			if body != nil {
				break
			}
		}
	}
	if body == nil {
		body = &entry{name: sb.Name, typ: graph.Organization, country: e.name, made: true}
		c.byName[body.name] = body
		if err := c.addAlias(body, body.name, aliasName); err != nil {
			return err
		}
	}
	if body.typ != graph.Organization {
		return nil
	}
	for _, n := range nouns {
		scoped := false
		for _, al := range c.aliasesOf(n) {
			// "Foreign Ministry@Russia" in the catalog still takes
			// "Russia's foreign ministry" in lower case.
			scoped = scoped || (al.scope == e.name && !al.capital)
		}
		if scoped {
			continue
		}
		if err := c.addAlias(body, n+"@"+e.name, aliasName); err != nil {
			return err
		}
	}
	return nil
}

// addWorldAlias adds the surface form s of e unless the catalog already
// names something by it. Only capitalised forms are taken: a world name
// in lower case would be a common word.
func (c *catalog) addWorldAlias(e *entry, s string, kind aliasKind) error {
	s = strings.TrimSpace(s)
	if first, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(first) {
		return nil
	}
	for _, al := range c.aliasesOf(s) {
		if al.scope == "" && !al.generic {
			return nil
		}
	}
	return c.addAlias(e, s, kind)
}

// everyStateHas reports whether toks name a body every state has, by
// the noun the world scopes to a state ("Foreign Ministry", "Parliament").
func (c *catalog) everyStateHas(toks []token) bool {
	if len(toks) == 0 || toks[0].info == nil {
		return false
	}
	for _, pv := range toks[0].info.aliases {
		if len(pv.keys) != len(toks) || !hasKeys(toks, 0, pv.keys) {
			continue
		}
		for _, al := range pv.value {
			if al.scope != "" {
				return true
			}
		}
	}
	return false
}

// calls reports whether the catalog names e by the phrase s: "Lebanese
// Hezbollah" is Hezbollah.
func (c *catalog) calls(s string, e *entry) bool {
	for _, al := range c.aliasesOf(s) {
		if al.entry == e {
			return true
		}
	}
	return false
}

// stateBody returns the body of state the catalog names by the phrase s,
// "Nigerien junta", or nil.
func (c *catalog) stateBody(s string, state *entry) *entry {
	for _, al := range c.aliasesOf(s) {
		if e := al.entry; e.typ == graph.Organization && e.country == state.name {
			return e
		}
	}
	return nil
}

// aliasesOf returns the aliases whose keys are those of s.
func (c *catalog) aliasesOf(s string) []*alias {
	keys, err := parsePhrase(s)
	if err != nil {
		return nil
	}
	for _, pv := range c.aliases.byFirst[keys[0]] {
		if len(pv.keys) == len(keys) && hasPrefixKeys(pv.keys, keys) {
			return pv.value
		}
	}
	return nil
}

// hasPrefixKeys reports whether a starts with b.
func hasPrefixKeys(a, b phrase) bool {
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// armyNouns are the nouns that, after a state's adjective, name its armed
// forces in the catalog ("Syrian army", "Israeli military").
var armyNouns = []string{"army", "military", "armed forces"}

// findArmies records, for each state, the catalog's body that is its
// army: the body of the state named by the state's adjective and an army
// noun ("Turkish army" of the Turkish Armed Forces).
func (c *catalog) findArmies() {
	c.armies = make(map[*entry]*entry)
	for e, adj := range c.demonyms {
		if e.typ != graph.Country {
			continue
		}
		for _, n := range armyNouns {
			for _, al := range c.aliasesOf(adj + " " + n) {
				if b := al.entry; b.typ == graph.Organization && b.country == e.name && al.scope == "" && c.armies[e] == nil {
					c.armies[e] = b
				}
			}
		}
	}
}

// namesBody reports whether the catalog names body by state's adjective
// and noun ("Israeli army" for the Israel Defense Forces).
func (c *catalog) namesBody(state *entry, noun string, body *entry) bool {
	adj := c.demonyms[state]
	if adj == "" {
		return false
	}
	for _, al := range c.aliasesOf(adj + " " + noun) {
		if al.entry == body && al.scope == "" {
			return true
		}
	}
	return false
}

// armyOf returns the catalog's army of state, or nil.
func (c *catalog) armyOf(state *entry) *entry {
	if state == nil {
		return nil
	}
	return c.armies[state]
}

// datelineState returns the state a dateline places its article in: the
// state it names after the place ("SANAA, Yemen (AP) -", "Arbin (Syria)
// (AFP) -") or the one whose name or capital is the place ("TEHRAN
// (IRNA) -"). A dateline of several places ("WASHINGTON/DAMASCUS") or of a
// place that is no state's gives nil.
func (c *catalog) datelineState(dl string) *entry {
	toks := tokenize(dl)
	var parts [][]string
	var cur []string
	for _, t := range toks {
		if t.word {
			cur = append(cur, t.text)
			continue
		}
		if len(cur) > 0 {
			parts = append(parts, cur)
			cur = nil
		}
		if len(parts) == 2 {
			break
		}
		if t.fold == "/" {
			return nil
		}
	}
	if len(cur) > 0 && len(parts) < 2 {
		parts = append(parts, cur)
	}
	var state *entry
	for i, words := range parts {
		e := c.stateCalled(strings.Join(words, " "))
		switch {
		case e == nil && i == 0:
			continue
		case e == nil:
			return state
		case state != nil && e != state:
			// "ERBIL, Iraq": the state named after the place wins.
			return e
		}
		state = e
	}
	return state
}

// stateCalled returns the state the catalog names by the phrase s, or nil.
func (c *catalog) stateCalled(s string) *entry {
	for _, al := range c.aliasesOf(s) {
		if al.kind == aliasName && al.entry.typ == graph.Country {
			return al.entry
		}
	}
	return nil
}

// worldParent returns the body the world data says e belongs to ("African
// Union" for ATMIS), or nil.
func (c *catalog) worldParent(e *entry) *entry {
	for _, p := range c.worldParts {
		if p[0] == e {
			return p[1]
		}
	}
	return nil
}

// addTitleCaseAcronym names e by its acronym written as a word, as some
// outlets write every acronym they can pronounce: "Nato", "Ecowas",
// "Unicef". Only an acronym of four letters or more is taken ("Un" and
// "Eu" would be no names), and only capitalised, so that no common word
// of the same letters is read as the body.
func (c *catalog) addTitleCaseAcronym(e *entry, acr string) error {
	if len(acr) < 4 {
		return nil
	}
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return nil
		}
	}
	word := acr[:1] + strings.ToLower(acr[1:])
	for _, al := range c.aliasesOf(word) {
		if !al.acronym && al.scope == "" {
			// A name of the same letters that is no acronym
			// ("Interpol") is there already.
			return nil
		}
	}
	return c.addAlias(e, word, aliasName)
}

// ownsBodies reports whether e is a world body that may have missions and
// delegations of its own: a bloc of states ("the OSCE", "ECOWAS") or a
// body the world data gives bodies of its own ("the United Nations").
func (c *catalog) ownsBodies(e *entry) bool {
	if e.regional {
		return true
	}
	for _, p := range c.worldParts {
		if p[1] == e {
			return true
		}
	}
	return false
}
