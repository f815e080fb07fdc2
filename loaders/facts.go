package loaders

import (
	"slices"
	"sort"
	"strings"

	"github.com/entente/entente/graph"
)

// postNegationWindow is how many tokens after a match may deny it:
// "Putin met Erdogan, the Kremlin denied" states no meeting.
const postNegationWindow = 4

// state records the facts of a match of p bound to the items its.
func (a *article) state(s *sentence, its []item, p *pattern, b binding) {
	conf := p.confidence
	switch {
	case b.g != nil:
		if b.g.inferred {
			conf *= inferredDiscount
		}
		ents := a.contactEnts(s, p.predicate, b.g)
		for x, e1 := range ents {
			for _, e2 := range ents[x+1:] {
				a.relFact(s, e1, p.predicate, e2, conf, p.why)
				if p.predicate == graph.Opposes {
					// "A and B are rivals": opposition between a group's
					// members runs both ways.
					a.relFact(s, e2, p.predicate, e1, conf, p.why)
				}
			}
		}
	case b.s != nil && b.o != nil:
		if b.s.inferred || b.o.inferred {
			conf *= inferredDiscount
		}
		objs := a.contactEnts(s, p.predicate, b.o)
		if p.predicate == graph.Opposes {
			objs = a.x.stateOfForces(s, b.o)
		}
		for _, e1 := range a.contactEnts(s, p.predicate, b.s) {
			for _, e2 := range objs {
				a.relFact(s, e1, p.predicate, e2, conf, p.why)
			}
		}
		if p.predicate == graph.Fights && b.s.ref == refNone && !wordInMatch(its, b, setConflictNoun) && !wordInMatch(its, b, setStandingPartnerNoun) {
			// The authors of the last attack, for "condemned the attack"
			// (events.go); a war or conflict ("the group that fought a
			// war with X last year") is no attack a reaction names.
			if who := a.attackAuthors(s, b.s); len(who) > 0 {
				a.refs.attacks.stated("", who, true)
				a.refs.fightSentence = s.index + 1
			}
		}
	}
}

// contactEnts returns the entities of ac that take part in a fact of
// predicate p: in a meeting or a call, "the presidents of Iran and Russia"
// are the presidents, as far as the article or the catalog names them,
// not the states.
func (a *article) contactEnts(s *sentence, p graph.Predicate, ac *actor) []*entry {
	if ac.offices == "" || (p != graph.MetWith && p != graph.SpokeWith) {
		return ac.ents
	}
	out := make([]*entry, 0, len(ac.ents))
	for _, e := range ac.ents {
		h := a.holderOf(ac.offices, e, s.index)
		if h == nil {
			// Holders not named: the states meet.
			return ac.ents
		}
		out = append(out, h)
	}
	return out
}

// holderOf returns the person this article names as holding office p of
// state before sentence n (or, failing that, a person of the article the
// catalog gives the office), or nil.
func (a *article) holderOf(p graph.Predicate, state *entry, n int) *entry {
	at := a.roster.ofPost[post{p, state}]
	for h := len(at) - 1; h >= 0; h-- {
		if hd := a.roster.list[at[h]]; hd.sentence <= n {
			return hd.person
		}
	}
	for _, e := range a.cast.officed {
		for _, r := range e.roles {
			if r.predicate == p && r.object == state.name {
				return e
			}
		}
	}
	return nil
}

// stateOfForces returns the entities an opposed actor stands for: a state's
// forces named by its demonym ("Israeli military attacks") are the state,
// which is what is politically opposed.
func (x *Extractor) stateOfForces(s *sentence, ac *actor) []*entry {
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Organization || ac.ents[0].country == "" {
		return ac.ents
	}
	c := x.catalog.byName[ac.ents[0].country]
	if c == nil {
		return ac.ents
	}
	if demonymOf(s.toks[ac.start], func(e *entry) bool { return e == c }) {
		return []*entry{c}
	}
	return ac.ents
}

// The readings besides the patterns that state facts. Explain names the
// one that found each fact, as it names a pattern; the names are stable.
const (
	readTitle           = "reading title"             // "Russian President Vladimir Putin"
	readCounterpart     = "reading counterpart"       // "his Russian counterpart Sergei Lavrov"
	readCounterparts    = "reading counterparts"      // "his Turkish and Iranian counterparts, A and B"
	readOfficeBodies    = "reading office-bodies"     // "Iran's Supreme National Security Council" in a title
	readOwnedName       = "reading owned-name"        // "Iran's Quds Force", "Iran's Hassan Rouhani"
	readCondemnedFrom   = "reading condemnation-from" // "the attack drew condemnation from A and from B"
	readRoleAppositive  = "reading role-appositive"   // "Ali Shamkhani, secretary of the council,"
	readOfficeReference = "reading office-reference"  // "the Russian president" read as Putin
	readOfficeAlias     = "reading office-alias"      // "Supreme Leader X": X holds the catalog's office
	readItsBody         = "reading its-body"          // "its Quds Force" after Iran
	readBodyAppositive  = "reading body-appositive"   // "the Basij, the volunteer wing of the IRGC,"
	readMemberOfBody    = "reading member-of-body"    // "Ahmad Tohme of the Syrian Democratic Council"
	readPossessiveTitle = "reading possessive-title"  // "Putin's special envoy Alexander Lavrentiev"
	readOwnerInName     = "reading owner-in-name"     // "the Security Council of the Russian Federation"
	readTitleBodyOf     = "reading title-body-of"     // "commander of the Quds Force of the IRGC"
	readMembersOfBodies = "reading members-of-bodies" // "two co-chairs, A of X and B of Y"
	readPossessedBody   = "reading possessed-body"    // "Hamas and its armed wing, the Qassam Brigades"
)

// relFacts states p from each of subjs to each of objs, as relFact does.
func (a *article) relFacts(s *sentence, subjs []*entry, p graph.Predicate, objs []*entry, conf float64, why string) {
	for _, e := range subjs {
		for _, o := range objs {
			a.relFact(s, e, p, o, conf, why)
		}
	}
}

// relFact records a relation if its ends have types the predicate allows;
// why names the pattern or reading that found it.
func (a *article) relFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64, why string) {
	if subj == obj || subj.typ == graph.Place || obj.typ == graph.Place || subj.typ == graph.Agreement {
		return
	}
	if subj.collective || obj.collective {
		// "Western governments accuse Borduria": which states accuse is
		// not said, and a fact of the whole bloc would claim them all.
		return
	}
	if obj.typ == graph.Agreement {
		// "signed an agreement" in an article that names one deal.
		t := a.sameDeal(obj)
		if t != obj && !a.namedBy(t, s) && !indefiniteIn(s, obj) {
			// "the truce" past the lead, before the article names
			// any: a reference links back, never to a deal named
			// only later.
			return
		}
		obj = t
		if a.refs.genericDeals[obj] {
			// "signed an agreement" where the article names no deal, or
			// several: no one could tell which.
			return
		}
	}
	if p == graph.Supports && a.ownArmyRead(s, subj, obj) {
		// "government troops backed by X's warplanes" with the
		// troops misread as X's own army: no state backs its own army.
		return
	}
	if (p == graph.Fights || p == graph.Opposes) &&
		(a.ownArmyRead(s, subj, obj) || a.ownArmyRead(s, obj, subj) || a.holdsRoleIn(s, subj, obj) || a.holdsRoleIn(s, obj, subj)) {
		// "the army" read as the state's own army where the state
		// fights it: the reference was misread. An army the sentence
		// names may turn on its state ("the Ruritanian Armed Forces
		// turned on the government"). "Syria's envoy to the UN, X,
		// said the strike was a crime", the strike's author misread as
		// Syria: a person the sentence names an officer or member of a
		// side does not oppose or fight it in that sentence.
		return
	}
	switch p {
	case graph.Brokered, graph.Signed:
		if obj.typ != graph.Agreement {
			return
		}
	case graph.Supports, graph.Opposes: // a side may back or reject an agreement
	default:
		if obj.typ == graph.Agreement {
			return
		}
	}
	a.addFact(s, subj, p, obj, conf, why)
}

// holdsRoleIn reports whether sentence s has already stated that the
// person who holds a role in side (head, spokesperson, envoy of it,
// member, minister; not where an envoy is posted).
func (a *article) holdsRoleIn(s *sentence, who, side *entry) bool {
	if who.typ != graph.Person {
		return false
	}
	for _, k := range a.facts.keysIn(s.index) {
		if k.s == who && k.o == side && k.p != graph.EnvoyTo && k.p.Family() == graph.Role {
			return true
		}
	}
	return false
}

// ownArmyRead reports whether body is the army of the state st, as the
// catalog or the article names it, and sentence s only reads it from a
// reference ("the army") or calls it the government's ("Syrian government
// forces", loyal to their state by name), never naming it otherwise: an
// army named may turn on its state in a coup.
func (a *article) ownArmyRead(s *sentence, st, body *entry) bool {
	if st.typ != graph.Country || body.typ != graph.Organization || a.x.catalog.armyOf(st) != body && a.refs.armies[st] != body {
		return false
	}
	for _, m := range s.mentions {
		if m.entry == body && m.kind != aliasDefinite && !inName(s.toks[m.start:m.end], "government") {
			return false
		}
	}
	return true
}

// addFact records a fact of sentence s, keeping the highest confidence
// when the same fact is stated twice in the sentence; why names the
// pattern or reading that states it.
func (a *article) addFact(s *sentence, subj *entry, p graph.Predicate, obj *entry, conf float64, why string) {
	if a.trace != nil {
		a.trace.stated[why] = true
	}
	if p.Symmetric() && graph.Slug(obj.name) < graph.Slug(subj.name) {
		subj, obj = obj, subj
	}
	k := factKey{subj, obj, p, s.index}
	if a.facts.confirm(k, conf) {
		return
	}
	a.see(subj, "")
	a.see(obj, "")
	if a.trace != nil {
		a.trace.origin[originKey{subj.name, obj.name, string(p), s.index}] = why
	}
	a.facts.add(k, graph.Fact{
		Subject:    subj.entity(nil),
		Predicate:  p,
		Object:     obj.entity(nil),
		Evidence:   s.text,
		Sentence:   s.index,
		Confidence: conf,
	})
}

// factSet is the facts of an article, one per triple and sentence.
type factSet struct {
	list []graph.Fact
	// spare is the array list takes its first fact into: an earlier
	// article's, from the scratch pool (newArticle). list stays nil until
	// a fact is added.
	spare []graph.Fact
	byKey map[factKey]int
	// partOf lists, per subject, the objects of its part-of facts, so
	// that what a body is part of is looked up without a scan of every
	// fact (stateUnit runs per mention).
	partOf map[*entry][]*entry
	// inSentence lists the keys of byKey by the sentence that states
	// them, in the order added, so that a question about one sentence's
	// facts (metThere, contactGroup) reads that sentence's alone.
	inSentence map[int][]factKey
	// ends holds, for each fact of list, its subject and object entries,
	// so that the indexes below are rebuilt after a drop (keep).
	ends [][2]*entry
	// sides lists, in order, the positions in list of the facts that set
	// two sides together (sidePredicate); fights and contacts those of
	// fights and of meetings or calls; signed those of the signings of
	// each agreement, by its name. The references that look back
	// (lastSides, lastFoes, lastContactOf) read them whole: a long list of
	// signers must not hide the fight stated before it.
	sides, fights, contacts []int
	signed                  map[string][]int
	// contactPairs holds the unordered pairs of names that met or spoke
	// (inContact); partnerPairs those stated on one side, each end also
	// under its state's name (partnered).
	contactPairs map[[2]string]bool
	partnerPairs map[[2]partnerEnd]bool
	// stated counts the fights, meetings and calls of each unordered pair
	// of names, in the order the pairs were first stated (statedPair);
	// statedAt indexes it, statedMax is the latest sentence of any.
	stated    []statedCount
	statedAt  map[[2]string]int
	statedMax int
}

// statedCount is how often a pair of names was set together as two sides
// and in which sentence last; first and second are the names in the order
// of the first fact.
type statedCount struct {
	first, second string
	n, latest     int
}

// partnerEnd is one end of a partner fact as partnered matches it: the
// entity's name (tag 'n'), its name as matched by another's state (tag
// 'c'), or its own state's name (tag 'l').
type partnerEnd struct {
	name string
	tag  byte
}

// unordered returns the pair x, y in a fixed order.
func unordered(x, y string) [2]string {
	if y < x {
		x, y = y, x
	}
	return [2]string{x, y}
}

// sidePredicate reports whether p sets two sides together: a fight, a
// meeting, a call or a signing (the sides index).
func sidePredicate(p graph.Predicate) bool {
	switch p {
	case graph.Fights, graph.MetWith, graph.SpokeWith, graph.Signed:
		return true
	}
	return false
}

// partnerPredicate reports whether p puts two on one side: cooperating,
// allied, or one backing the other (the partners index).
func partnerPredicate(p graph.Predicate) bool {
	switch p {
	case graph.CooperatesWith, graph.AlliedWith, graph.Supports:
		return true
	}
	return false
}

// index notes the fact at position i of list in the indexes of its kind.
func (set *factSet) index(i int) {
	f := set.list[i]
	p := f.Predicate
	if sidePredicate(p) {
		set.sides = append(set.sides, i)
	}
	switch p {
	case graph.Fights, graph.MetWith, graph.SpokeWith:
		k := unordered(f.Subject.Name, f.Object.Name)
		if p == graph.Fights {
			set.fights = append(set.fights, i)
		} else {
			set.contacts = append(set.contacts, i)
			if set.contactPairs == nil {
				set.contactPairs = make(map[[2]string]bool)
			}
			set.contactPairs[k] = true
		}
		if set.statedAt == nil {
			set.statedAt = make(map[[2]string]int)
		}
		x, ok := set.statedAt[k]
		if !ok {
			x = len(set.stated)
			set.statedAt[k] = x
			set.stated = append(set.stated, statedCount{first: f.Subject.Name, second: f.Object.Name})
		}
		set.stated[x].n++
		set.stated[x].latest = max(set.stated[x].latest, f.Sentence)
		set.statedMax = max(set.statedMax, f.Sentence)
	case graph.Signed:
		if set.signed == nil {
			set.signed = make(map[string][]int)
		}
		set.signed[f.Object.Name] = append(set.signed[f.Object.Name], i)
	}
	if partnerPredicate(p) {
		if set.partnerPairs == nil {
			set.partnerPairs = make(map[[2]partnerEnd]bool)
		}
		for _, x := range partnerEnds(f.Subject.Name, set.ends[i][0]) {
			for _, y := range partnerEnds(f.Object.Name, set.ends[i][1]) {
				set.partnerPairs[[2]partnerEnd{x, y}] = true
				set.partnerPairs[[2]partnerEnd{y, x}] = true
			}
		}
	}
}

// partnerEnds returns the ends under which a partner fact's side called
// name (the entity e, if known) is matched: by its name, by its name as
// another's state, and by its own state's name.
func partnerEnds(name string, e *entry) []partnerEnd {
	out := []partnerEnd{{name, 'n'}}
	if e != nil {
		out = append(out, partnerEnd{name, 'c'})
		if e.country != "" {
			out = append(out, partnerEnd{e.country, 'l'})
		}
	}
	return out
}

// reindex rebuilds the indexes from list.
func (set *factSet) reindex() {
	set.sides, set.fights, set.contacts = set.sides[:0], set.fights[:0], set.contacts[:0]
	set.signed, set.contactPairs, set.partnerPairs = nil, nil, nil
	set.stated, set.statedAt, set.statedMax = set.stated[:0], nil, 0
	for i := range set.list {
		set.index(i)
	}
}

// keysIn returns the keys of the facts sentence n stated, in the order
// they were added; like byKey, it keeps those a settling pass dropped.
func (set *factSet) keysIn(n int) []factKey { return set.inSentence[n] }

type factKey struct {
	s, o     *entry
	p        graph.Predicate
	sentence int
}

// confirm reports whether the fact k is known, raising its confidence to
// conf if that is higher.
func (set *factSet) confirm(k factKey, conf float64) bool {
	i, ok := set.byKey[k]
	if ok && conf > set.list[i].Confidence {
		set.list[i].Confidence = conf
	}
	return ok
}

// add records the new fact f under k.
func (set *factSet) add(k factKey, f graph.Fact) {
	if _, known := set.byKey[k]; !known {
		if set.inSentence == nil {
			set.inSentence = make(map[int][]factKey)
		}
		set.inSentence[k.sentence] = append(set.inSentence[k.sentence], k)
	}
	set.byKey[k] = len(set.list)
	if set.list == nil {
		set.list = set.spare[:0]
	}
	set.list = append(set.list, f)
	set.ends = append(set.ends, [2]*entry{k.s, k.o})
	set.index(len(set.list) - 1)
	if k.p == graph.PartOf {
		if set.partOf == nil {
			set.partOf = make(map[*entry][]*entry)
		}
		set.partOf[k.s] = append(set.partOf[k.s], k.o)
	}
}

// keep keeps, in order, the facts for which ok holds (given each fact's
// index in the list before) and drops the others. byKey is not kept up to
// date, so a pass that reads it (settleOwnSides) runs before any pass that
// drops.
func (set *factSet) keep(ok func(i int, f graph.Fact) bool) {
	kept, ends := set.list[:0], set.ends[:0]
	for i, f := range set.list {
		if ok(i, f) {
			kept = append(kept, f)
			ends = append(ends, set.ends[i])
		}
	}
	if len(kept) == len(set.list) {
		// Nothing dropped: the indexes stand as they are.
		return
	}
	set.list, set.ends = kept, ends
	set.reindex()
}

// settleContacts keeps one contact per pair and sentence: a sentence that
// says two people met and spoke states the likelier of the two.
func (set *factSet) settleContacts() {
	type pairKey struct {
		s, o     string
		sentence int
	}
	best := make(map[pairKey]int)
	drop := make(map[int]bool)
	for i, f := range set.list {
		if f.Predicate != graph.MetWith && f.Predicate != graph.SpokeWith {
			continue
		}
		k := pairKey{f.Subject.Name, f.Object.Name, f.Sentence}
		j, ok := best[k]
		if !ok {
			best[k] = i
			continue
		}
		if f.Confidence > set.list[j].Confidence || (f.Confidence == set.list[j].Confidence && f.Predicate == graph.MetWith) {
			drop[j] = true
			best[k] = i
		} else {
			drop[i] = true
		}
	}
	if len(drop) > 0 {
		set.keep(func(i int, _ graph.Fact) bool { return !drop[i] })
	}
}

// settleOwnSides drops a fight or an opposition between a state and a
// body of its own: a state body (its army, a ministry) whose state is
// the other end by the catalog or a part-of fact of the article. "Turkmen
// fighters have been battling Syrian government forces" never makes Syria
// fight its army; a side an article reads wrongly into a clause is the
// likelier cause. Armed groups the catalog places in a state (the Houthis
// in Yemen) are no state bodies and keep their fights. It runs before the
// other settling passes, while byKey still indexes list.
func (set *factSet) settleOwnSides() {
	drop := map[int]bool{}
	for k, i := range set.byKey {
		if k.p != graph.Fights && k.p != graph.Opposes {
			continue
		}
		if stateBodyOf(set, k.s, k.o) || stateBodyOf(set, k.o, k.s) {
			drop[i] = true
		}
	}
	if len(drop) > 0 {
		set.keep(func(i int, _ graph.Fact) bool { return !drop[i] })
	}
}

// stateBodyOf reports whether b is a state body of the state st: made by a
// world template for it, or part of it by a fact of the article.
func stateBodyOf(set *factSet, b, st *entry) bool {
	if st.typ != graph.Country || b.typ != graph.Organization {
		return false
	}
	if b.made && b.country == st.name {
		return true
	}
	for _, o := range set.partOf[b] {
		if o == st {
			return true
		}
	}
	return false
}

// settleMemoryRoles drops the offices of state the catalog gave a person
// (a memory role, see memoryRoleFact) when the article itself names
// another holder of that office: "President Tarvol" takes Syria's
// presidency from "Syrian President Gigan Tarvol", not from the catalog's
// Tarvol, who may be out of office or another man of that name. Only the
// offices one person holds at a time are settled so.
func (set *factSet) settleMemoryRoles() {
	type office struct {
		p   graph.Predicate
		obj string
	}
	if !slices.ContainsFunc(set.list, func(f graph.Fact) bool {
		return stateOffice(f.Predicate) && strings.HasSuffix(f.Evidence, fromMemory)
	}) {
		return
	}
	var stated map[office][]string // the office's holders the text names
	for _, f := range set.list {
		if !stateOffice(f.Predicate) || f.Subject.Type != graph.Person || f.Confidence < statedHolderConfidence || strings.HasSuffix(f.Evidence, fromMemory) {
			continue
		}
		if stated == nil {
			stated = make(map[office][]string)
		}
		k := office{f.Predicate, f.Object.Name}
		if !slices.Contains(stated[k], f.Subject.Name) {
			stated[k] = append(stated[k], f.Subject.Name)
		}
	}
	if stated == nil {
		return
	}
	set.keep(func(_ int, f graph.Fact) bool {
		if !stateOffice(f.Predicate) || !strings.HasSuffix(f.Evidence, fromMemory) {
			return true
		}
		hs := stated[office{f.Predicate, f.Object.Name}]
		return len(hs) == 0 || slices.Contains(hs, f.Subject.Name)
	})
}

// settleNonState drops the part-of facts that put a body the article
// describes as an opposition or armed band (discourse.nonState) inside a
// state: "the Sildavian National Council" read as Sildavia's before a
// later sentence called it "the main opposition coalition".
func (set *factSet) settleNonState(nonState map[*entry]bool) {
	if len(nonState) == 0 {
		return
	}
	set.keep(func(_ int, f graph.Fact) bool {
		return f.Predicate != graph.PartOf || f.Object.Type != graph.Country || !nonStateNamed(nonState, f.Subject.Name)
	})
}

// nonStateNamed reports whether one of the bodies in nonState is named name.
func nonStateNamed(nonState map[*entry]bool, name string) bool {
	for e := range nonState {
		if e.name == name {
			return true
		}
	}
	return false
}

// statedHolderConfidence is the least confidence of a role read from the
// text that names an office's holder for settleMemoryRoles: a title before
// a name or an apposition, not a guess through a possessive ("President
// X's envoy, Y").
const statedHolderConfidence = 0.8

// sorted returns the facts in order of sentence, in an array of their
// own: the list's goes back to the scratch pool with the article.
func (set *factSet) sorted() []graph.Fact {
	if set.list == nil {
		return nil
	}
	out := make([]graph.Fact, len(set.list))
	copy(out, set.list)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sentence < out[j].Sentence })
	return out
}

// entity converts e to the domain type with the given aliases.
func (e *entry) entity(aliases []string) graph.Entity {
	return graph.Entity{Name: e.name, Type: e.typ, QID: e.qid, Aliases: aliases, Known: e.known}
}

// wordInMatch reports whether a word of the match b, no actor, is in set:
// a noun of a lasting conflict ("fought a war with X", "an insurgency
// against Y") rather than a deed; a word of a meeting that never took
// place ("the cancellation of his meeting with X").
func wordInMatch(its []item, b binding, set wordSet) bool {
	for k := max(b.first, 0); k <= b.last && k < len(its); k++ {
		if its[k].actor == nil && its[k].in(set) {
			return true
		}
	}
	return false
}
