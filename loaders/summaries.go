package loaders

import (
	"strings"

	"github.com/entente/entente/graph"
)

// readDeedReaction names the reading of a reaction to a deed that a noun
// apposed to its clause names: see deedReactions.
const readDeedReaction = "reading deed-reaction"

// maxSummaryModifiers bounds the words between the comma that closes a
// clause and the noun that sums up its deed: "a highly controversial move".
const maxSummaryModifiers = 3

// deedReactions reads a noun apposed to a clause that names the deed the
// clause states, and the disapproval of it told in a relative clause or a
// participle: "X closed the border, a move Y condemned", "..., a step that
// Y has criticised", "..., a plan condemned by Y and Z", "..., a remark that
// drew condemnation from Y", "X struck targets near the capital, raids that
// Y denounced", "X closed the border in a move Y criticised". Whoever
// disapproves opposes the clause's subject, the doer of the deed: the last
// name before the comma (or "in") that a verb in the active follows. A clause in the passive ("Z was arrested, a move Y condemned")
// names no doer and gives nothing; a denied or uncertain disapproval ("a
// move Y did not condemn", "a step Y may reject") neither, while doubt in
// the clause itself ("X said it would annex Z, a remark Y condemned")
// leaves the disapproval of what was said.
func (a *article) deedReactions(s *sentence, its []item) {
	for c := 1; c+2 < len(its); c++ {
		if its[c].fold != "," && its[c].fold != "in" {
			// ", a move ...", "in a move ...".
			continue
		}
		n := c + 1
		for n < len(its) && n <= c+maxSummaryModifiers && its[n].actor == nil && !its[n].punct && !its[n].in(setDeedSummary) && !its[n].in(setAttackNoun) {
			n++
		}
		if n >= len(its) {
			continue
		}
		// "..., a deal opposed by Y": a deal apposed to the clause that
		// made it is what Y opposes, with its maker.
		deal := its[n].actor != nil && len(its[n].actor.ents) == 1 && its[n].actor.ents[0].typ == graph.Agreement &&
			its[n].end-its[n].start == 1 && s.toks[its[n].start].in(setAgreementNoun)
		if !deal && (its[n].actor != nil || !(its[n].in(setDeedSummary) || its[n].in(setAttackNoun))) {
			continue
		}
		if its[c].fold == "in" && (n != c+1 || !its[n].in(setDeedSummary)) {
			// "in a move": not "lost five soldiers in the attack that Y
			// condemned", whose attack is not the clause's deed.
			continue
		}
		who, last := disapprover(its, n+1)
		if who == nil {
			continue
		}
		doer := clauseDoer(s, its, c)
		obj := doer
		if obj == nil && deal {
			obj = its[n].actor
		}
		if obj == nil {
			continue
		}
		// Doubt is read in the apposition alone: "X said it would close
		// the border, a move Y condemned" states Y's condemnation, "a deal
		// reportedly opposed by Y" does not.
		b := binding{s: who, o: obj, first: n - c, last: last - c}
		if a.x.hedged(s, its[c:], b, false, false) {
			continue
		}
		if deal {
			// The deal itself, when the article names it, and the side
			// that made it.
			a.relFacts(s, who.ents, graph.Opposes, its[n].actor.ents, 0.7, readDeedReaction)
		}
		if doer == nil {
			continue
		}
		// A state's forces ("Ghanaian jets struck") stand for the state.
		objs := a.x.stateOfForces(s, doer)
		a.relFacts(s, who.ents, graph.Opposes, objs, 0.7, readDeedReaction)
		if its[last].actor != who {
			continue
		}
		for _, m := range namesAfter(its, last) {
			// "condemned by X, Y and several other states".
			a.relFacts(s, m.ents, graph.Opposes, objs, 0.7, readDeedReaction)
		}
	}
}

// disapprover returns who disapproves of the deed named by the noun
// before its[k], and the index of the last item read: "(that) Y
// (has) condemned", "(that was) criticised by Y", "(that) drew
// condemnation from Y". It returns nil for anything else.
func disapprover(its []item, k int) (*actor, int) {
	if k < len(its) && its[k].in(setRelativePronoun) {
		k++
	}
	if k >= len(its) {
		return nil, 0
	}
	if clearActor(its[k]) {
		// "a move Y condemned", "a step that Y has rejected".
		v := skipAux(k+1, 1, 3, auxVerbs|auxAdverbs|lyAdverbs, auxItemAt(its))
		if v < len(its) && its[v].actor == nil && its[v].in(setCritiqueVerb) && (v+1 == len(its) || its[v+1].fold != "by" && its[v+1].fold != "on") {
			// Not "an attack Y blamed on Z": Y accuses Z, not the doer.
			return its[k].actor, v
		}
		return nil, 0
	}
	v := skipAux(k, 1, 4, auxVerbs|auxAdverbs|lyAdverbs|beForms, auxItemAt(its))
	if v+2 >= len(its) || its[v].actor != nil {
		return nil, 0
	}
	switch {
	case its[v].in(setCritiqueVerb) && its[v+1].fold == "by" && clearActor(its[v+2]):
		// "a plan condemned by Y", "a step that was sharply
		// criticised by Y".
		return its[v+2].actor, v + 2
	case its[v].in(setDrawVerb):
		// "a remark that drew condemnation from Y", "has drawn sharp
		// criticism from Y".
		o := v + 1
		if o+1 < len(its) && its[o].actor == nil && !its[o].punct && !its[o].in(setOutcryNoun) {
			o++
		}
		if o+2 < len(its) && its[o].in(setOutcryNoun) && (its[o+1].fold == "from" || its[o+1].fold == "by") && clearActor(its[o+2]) {
			return its[o+2].actor, o + 2
		}
	}
	return nil, 0
}

// clauseDoer returns the subject of the clause that the comma at its[c]
// closes: the last name before it in a subject's place (subjectStart,
// opensSubclause) that a verb in the active follows,
// past "and its allies", a day ("on Monday") and auxiliaries and adverbs
// ("X and its allies on Monday closed", "X has since closed"), or nil when that
// verb is in the passive ("Z was arrested") or no name has one.
func clauseDoer(s *sentence, its []item, c int) *actor {
	for j := c - 1; j >= 0; j-- {
		ac := its[j].actor
		if ac == nil || len(ac.ents) == 0 || ac.place() || ac.possessive || ac.modifier {
			continue
		}
		if !subjectStart(its, j) && !opensSubclause(its, j-1) {
			// "strikes on X facilities": the object of a preposition.
			continue
		}
		v := wordsPast(s.toks, its, j+1, c, unnamedAllies)
		v = wordsPast(s.toks, its, v, c, dayAdjunct)
		v = skipAux(v, 1, 4, auxVerbs|auxAdverbs|lyAdverbs|beForms, auxItemAt(its))
		if v >= c || its[v].actor != nil || its[v].punct || its[v].end-its[v].start != 1 {
			continue
		}
		t := s.toks[its[v].start]
		if !finiteVerb(t) || t.in(setNotVerb) || t.in(setTroopNoun) || t.in(setAttackNoun) {
			continue
		}
		if passiveAt(its, j+1, v) {
			return nil
		}
		if ac.adjective && !its[j].attack {
			// "Ghanaian jets struck", read as the state acting, is a
			// doer; a bare adjective before a noun is none.
			continue
		}
		return ac
	}
	return nil
}

// namesAfter returns the names that go on a list after the actor at
// its[k], each after a comma, "and" or both (", Y and Z"); it stops at
// the first member that is no name ("and several other states").
func namesAfter(its []item, k int) []*actor {
	var out []*actor
	for j := k + 1; j < len(its); {
		if its[j].fold == "," {
			j++
		}
		if j < len(its) && its[j].fold == "and" {
			j++
		}
		if j >= len(its) || j == k+1 || !listMember(its[j]) {
			break
		}
		out = append(out, its[j].actor)
		k = j
		j++
	}
	return out
}

// wordsPast returns the index of the item after the words that span
// (a reader of tokens: unnamedAllies, dayAdjunct) finds at its[k], when
// they are word items of one token each before its[c]; k otherwise.
func wordsPast(toks []token, its []item, k, c int, span func([]token, int) int) int {
	if k >= c || its[k].actor != nil {
		return k
	}
	n := span(toks, its[k].start)
	if n == 0 || k+n > c || its[k+n-1].actor != nil || its[k+n-1].end != its[k].start+n {
		return k
	}
	return k + n
}

// passiveAt reports whether a copula or "been" among its[from:v] makes
// the participle at its[v] a passive: "was arrested", "had been taken".
func passiveAt(its []item, from, v int) bool {
	f := its[v].fold
	if !strings.HasSuffix(f, "ed") && !its[v].in(setIrregularPast) {
		return false
	}
	for k := from; k < v; k++ {
		if copula(its[k].fold) || its[k].fold == "been" {
			return true
		}
	}
	return false
}
