package loaders

import (
	"slices"
	"strings"

	"github.com/entente/entente/graph"
)

// maxParenthetical bounds the items of a clause left out of a view.
const maxParenthetical = 24

// relativeView lays out the relative clause after the name at base[k] (its
// pronoun at base[k+1]) as a sentence of its own: first, the name as the
// clause's subject, then the clause up to its closing comma, then the
// sentence's last item.
func relativeView(base []item, k int, first item) []item {
	end := len(base) - 1
	if c := closingComma(base, k+2); c > 0 {
		end = c
	}
	v := make([]item, 0, end-k+1)
	v = append(v, first)
	v = append(v, base[k+2:end]...)
	return append(v, base[len(base)-1])
}

// reportedRelative returns where the clause of the relative pronoun at
// k+1 starts past a reporter and its verb of saying ("X, which Ghana says
// works with Y,", "X, which UN experts say is backed by Z,"), or -1: a
// reporter of one to four items (a name, a noun phrase, two joined: "Ghana
// and UN experts") right after the pronoun, then a verb of saying, then
// the clause's first word.
func reportedRelative(base []item, k int) int {
	for j := k + 3; j <= k+6 && j+1 < len(base)-1; j++ {
		it := base[j]
		if it.punct {
			return -1
		}
		if it.actor == nil && it.in(setSaysVerb) {
			if f := it.fold; f == "that" || f == "according" {
				return -1
			}
			if next := base[j+1]; next.punct || next.actor != nil || next.in(setSaysVerb) {
				return -1
			}
			return j + 1
		}
		if it.actor == nil && (it.in(setRelativePronoun) || it.is(classCoordinator) && it.fold != "and") {
			return -1
		}
	}
	return -1
}

// views returns simpler readings of a sentence's items: one without its
// relative clauses and appositives after a name ("Patrushev, who serves
// as secretary of the council, underlined ..."), and, for each verb
// coordinated after the subject's first ("Shamkhani slammed Washington and
// thanked Moscow"), one where the subject stands right before it. plain
// is base without its parentheticals, or nil when it has none.
func (x *Extractor) views(s *sentence, base, plain []item) [][]item {
	var out [][]item
	ok := plain != nil
	if ok {
		out = append(out, plain)
	} else {
		plain = base
	}
	subj := clauseSubject(plain)
	if subj >= 0 {
		out = x.carry(s, plain, subj, false, out)
	}
	if ok {
		out = relativeAux(base, out)
		for k := 1; k+1 < len(base); k++ {
			// ", whose forces have struck X in support of Y,": the
			// relative's subject carried inside its clause.
			if ac := base[k].actor; ac != nil && base[k-1].actor != nil && s.toks[ac.start].fold == "whose" && clearActor(base[k]) {
				out = x.carry(s, base, k, true, out)
			}
		}
	}
	for k := 0; k+3 < len(base); k++ {
		// "Vucic, who flew to Banja Luka and met Dodik, called ...": the
		// name is the subject of its relative clause, which ends at its
		// closing comma. The clause is read on its own, wherever the
		// name stands ("ties with Ghana, which funds the Hill Brigade"),
		// and its subject carried to the verbs coordinated inside it.
		if !clearActor(base[k]) || base[k+1].actor != nil || !base[k+1].in(setRelativePronoun) {
			continue
		}
		if s.toks[base[k+1].start-1].fold == "," {
			v := relativeView(base, k, base[k])
			// "X, the leader of the Front, which runs Y and cooperates
			// with Z": the Front's clause, carried as the Front's.
			personWhich := base[k+1].fold == "which" && peopleOnly(base[k].actor)
			if ac := relativeSubject(s, base, k); ac != nil {
				w := append(make([]item, 0, len(v)), v...)
				w[0].actor = ac
				out = append(out, w)
				if personWhich {
					out = x.carry(s, w, 0, true, out)
				}
			}
			if !personWhich {
				out = x.carry(s, v, 0, true, out)
			}
			if k+4 < len(base) && base[k+2].actor == nil && base[k+2].in(setAlongside) && clearActor(base[k+3]) && base[k+4].actor == nil && !base[k+4].punct {
				// "Ghana, which alongside Benin has propped up X,": the
				// clause past its companion is the name's too (the
				// companion's is read as it stands).
				w := make([]item, 0, len(v))
				w = append(w, base[k])
				w = append(w, v[3:]...)
				out = append(out, w)
			}
			if r := reportedRelative(base, k); r > 0 {
				// "X, which Ghana says works with Y,": the clause past
				// its reporter, read as the name's.
				out = append(out, relativeView(base, r-2, base[k]))
			}
		} else if ac := relativeSubject(s, base, k); ac != nil && !(base[k+1].fold == "that" && (peopleOnly(ac) || k > 0 && base[k-1].is(classReporting))) && !attackedRelative(s, base, k) {
			// "backed rebel groups that fought Assad": a restrictive
			// clause, read on its own too ("told Li that ..." reports).
			out = append(out, relativeView(base, k, item{actor: ac, start: base[k].start, end: base[k].end}))
		}
	}
	for k := 0; k+3 < len(base); k++ {
		// "the SDF, a Kurdish-led force that drove IS out with the help of
		// the coalition,": the name is the subject of the relative clause
		// of its appositive, carried to that clause's adjuncts.
		if r := appositiveRelative(s, base, k); r > 0 {
			// The clause ends at its closing comma: the main clause's
			// verb ("..., denied it") is no part of it.
			end := len(base)
			if c := closingComma(base, r+1); c > 0 {
				end = c
			}
			v := make([]item, 0, end-r+1)
			v = append(v, base[k])
			v = append(v, base[r+1:end]...)
			v = append(v, base[len(base)-1])
			// The clause's own verb: "the Front, a group that has waged
			// an insurgency against Peru," is the Front's (the noun
			// phrase before the pronoun names no one else).
			out = append(out, v)
			out = x.carry(s, v, 0, true, out)
		}
	}
	if v := x.whereForcesView(s, plain); v != nil {
		out = append(out, v)
	}
	for k := 0; k+4 < len(base); k++ {
		// "the Front, a militia led by X,", "the JAS, the faction now
		// headed by X,": the participle's subject is the name its
		// appositive describes, read as "the Front, led by X".
		if r := appositiveParticiple(s, base, k); r > 0 {
			end := len(base) - 1
			if c := closingComma(base, r+1); c > 0 {
				end = c
			}
			v := make([]item, 0, end-r+2)
			v = append(v, base[k])
			v = append(v, base[r:end]...)
			out = append(out, append(v, base[len(base)-1]))
		}
	}
	for k := 0; k+2 < len(plain); k++ {
		// "Syrian troops, in coordination with Russian forces, advanced":
		// the adjunct right after a name is that name's.
		if k > 0 && plain[k-1].fold == "of" {
			// "one of the members of X, together with Y,": the name is
			// inside a noun phrase, not the subject of the adjunct.
			continue
		}
		if ac := plain[k].actor; ac != nil && plain[k+1].fold == "," && plain[k+2].actor == nil && !plain[k+2].punct &&
			len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() && x.words.has(classAdjunct, s.toks, plain[k+2].start) > 0 &&
			!x.clauseHedged(s, plain, k) {
			v := make([]item, 0, len(plain)-k)
			v = append(v, plain[k])
			v = append(v, plain[k+2:]...)
			out = append(out, v)
			if c := closingComma(plain, k+2); c > 0 && c+1 < len(plain) && plain[c+1].actor == nil && !plain[c+1].punct && !plain[c+1].is(classCoordinator) {
				// "Russian forces, together with the Syrian army, had
				// routed IS": the name's own verb without the adjunct.
				v := make([]item, 0, len(plain)-c)
				v = append(v, plain[k])
				v = append(v, plain[c+1:]...)
				out = append(out, v)
				if plain[k+2].in(setCompanion) {
					// ... and the companion's: the Syrian army routed IS.
					if m := soleActor(plain[k+2 : c]); m >= 0 {
						w := make([]item, 0, len(plain)-c)
						w = append(w, plain[k+2+m])
						w = append(w, plain[c+1:]...)
						out = append(out, w)
					}
				}
			}
		}
	}
	for k := 1; k+3 < len(plain); k++ {
		// "..., Trump said, thanking Iran for the warning": the speaker
		// named after the reported words is the participle's subject.
		if clearActor(plain[k]) && plain[k-1].fold == "," && plain[k+1].actor == nil && plain[k+1].in(setSaysVerb) && plain[k+2].fold == "," &&
			plain[k+3].actor == nil && strings.HasSuffix(plain[k+3].fold, "ing") && verbItem(s, plain[k+3]) {
			v := make([]item, 0, len(plain)-k-2)
			v = append(v, plain[k])
			v = append(v, plain[k+3:]...)
			out = append(out, v)
		}
	}
	if subj >= 0 {
		out = x.pronounSubclauses(s, plain, subj, out)
	}
	out = objectRelatives(s, base, out)
	out = secondDescriptions(s, base, out)
	out = x.groupMeetingPartners(s, plain, out)
	out = headAdjuncts(s, plain, out)
	out = x.contactPremodifiers(s, plain, out)
	out = x.contactAdjuncts(s, plain, out)
	if v := leadingCompanion(plain); v != nil {
		out = append(out, v)
	}
	out = x.includedObjects(s, plain, out)
	out = possessedCompanions(s, plain, out)
	// The companion that closes a clause, in the sentence or in a view of
	// its relative clause; the sentence is out[0] when it has
	// parentheticals.
	readers := out
	if !ok {
		readers = append(readers[:len(readers):len(readers)], plain)
	}
	for _, v := range readers {
		if w := trailingCompanion(s, v); w != nil {
			out = append(out, w)
		}
	}
	if v := includedSubject(s, plain); v != nil {
		// "Several governments, including France and Germany, backed
		// the deal": the named members act as the unnamed subject.
		out = append(out, v)
		out = x.carry(s, v, 0, false, out)
	}
	if v := delegationMembers(base); v != nil {
		// "The delegation, which included A and B, visited C": each
		// member named acts as the delegation does.
		out = append(out, v)
		out = x.carry(s, v, 0, false, out)
	}
	if subj >= 0 {
		out = echoed(plain, subj, out)
	}
	out = accused(base, out)
	out = x.passiveDeeds(s, plain, out)
	out = alongWithHead(s, base, out)
	if v := appositiveSubject(s, plain); v != nil {
		out = append(out, v)
		out = echoed(v, 0, out)
		// "The EU's foreign policy chief, Josep Borrell, condemned the
		// attack and spoke with X": the named head carried to its later
		// verbs.
		out = x.carry(s, v, 0, false, out)
	}
	for k := max(subj, 0) + 1; k+1 < len(plain); k++ {
		// "two days after Assad made a surprise visit to the city and
		// held talks with Putin": the subject of a subordinate clause
		// carried to its second verb.
		if ac := plain[k].actor; ac != nil && opensSubclause(plain, k-1) &&
			len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() {
			out = x.carry(s, plain, k, true, out)
		}
	}
	return out
}

// maxCompanionWords bounds the words between "its" and the companion it
// owns: "and its Syrian offshoot, the YPG".
const maxCompanionWords = 3

// possessedCompanions appends, for each list whose second member is
// introduced by the first's possessive ("A and its ally B", "A and its
// Syrian offshoot, B", "A and their rival B"), the view where the two are
// one list, "A and B", which every pattern reads as a list: "Ghana and
// its ally Togo attacked X" is both attacks, "X struck A and its offshoot,
// B" strikes both. The relation between A and B is read in the sentence
// as written; the words between "its" and B are nouns and adjectives only
// (no verb: "A and its forces attacked B" names no companion).
func possessedCompanions(s *sentence, plain []item, out [][]item) [][]item {
	for k := 0; k+3 < len(plain); k++ {
		if !listMember(plain[k]) || plain[k+1].fold != "and" || plain[k+2].actor != nil || !plain[k+2].in(setOwnerPronoun) {
			continue
		}
		j, n := k+3, 0
		for ; j < len(plain) && n < maxCompanionWords; j, n = j+1, n+1 {
			it := plain[j]
			if ac := it.actor; ac != nil {
				if !ac.adjective {
					break
				}
				continue
			}
			if it.punct || it.is(classCoordinator) || it.is(classRelative) || verbItem(s, it) || it.in(setSaysVerb) {
				break
			}
		}
		if n == 0 || j >= len(plain) {
			continue
		}
		if plain[j].fold == "," && j+1 < len(plain) {
			j++
		}
		if !listMember(plain[j]) || plain[j].actor.place() != plain[k].actor.place() {
			continue
		}
		if j+1 < len(plain) && opensOwnClause(s, plain, k, j+1) {
			// "Ghana fought the Front and its ally Togo welcomed the
			// move": the companion is the subject of a clause of its own.
			continue
		}
		if relativeAfter(s, plain, j+1) {
			// "X condemned A and its ally B, which attacked Y": the
			// relative clause is B's alone, and a list would give it A.
			continue
		}
		g := groupActor(plain[k].start, plain[j].end, plain[k].actor, plain[j].actor)
		v := make([]item, 0, len(plain)-(j-k))
		v = append(v, plain[:k]...)
		v = append(v, item{actor: g, start: plain[k].start, end: plain[j].end})
		out = append(out, append(v, plain[j+1:]...))
	}
	return out
}

// opensOwnClause reports whether plain[n], the item after a list that
// stands after a verb (its object), is past its adverbs ("also", "then",
// "quickly") a finite verb of its own or its auxiliary: the list's last
// member is then the subject of a new clause ("and its ally B mobilised",
// "and its ally B then attacked X").
func opensOwnClause(s *sentence, plain []item, k, n int) bool {
	for n < len(plain) && plain[n].actor == nil && (plain[n].in(setAuxWord) && !plain[n].in(setAuxVerb) || strings.HasSuffix(plain[n].fold, "ly")) {
		n++
	}
	if n >= len(plain) {
		return false
	}
	next := plain[n]
	if next.actor != nil || next.punct || next.hyphen {
		return false
	}
	if !(verbItem(s, next) || next.in(setAuxVerb) || next.in(setPledgeModal) || next.in(setSaysVerb) || next.in(setIrregularPast) || strings.HasSuffix(next.fold, "ed")) {
		return false
	}
	for _, it := range plain[:k] {
		if verbItem(s, it) || it.in(setAuxVerb) {
			return true
		}
	}
	return false
}

// relativeAfter reports whether plain[n] opens a relative clause set off
// by a comma whose subject is the name before it (", which attacked X",
// ", who met X"); items may have dropped that comma.
func relativeAfter(s *sentence, plain []item, n int) bool {
	if n < len(plain) && plain[n].fold == "," {
		n++
	}
	if n+1 >= len(plain) || plain[n].actor != nil || !plain[n].is(classRelative) || plain[n+1].actor != nil {
		// "B, which Ankara holds responsible": the relative's own
		// subject reads it, not B's list.
		return false
	}
	return plain[n].start > 0 && s.toks[plain[n].start-1].fold == ","
}

// pronounSubclauses appends, for each subordinate clause whose subject is
// "it" or "they" ("Al-Shabaab remains active in the north, where it has
// fought the army"), the view in which the sentence's subject, at subj,
// stands for the pronoun, carried to the clause's coordinated verbs. The
// pronoun must agree with the subject (see pronounAgrees), and no other
// name that agrees with it, nor a reporting word, may stand between them:
// "backs the army from the air as it battles X" is the army's, and is left
// alone.
func (x *Extractor) pronounSubclauses(s *sentence, plain []item, subj int, out [][]item) [][]item {
	ac := plain[subj].actor
	for k := subj + 2; k+2 < len(plain); k++ {
		p := plain[k]
		if p.actor != nil || !pronounAgrees(p.fold, ac) || plain[k-1].actor != nil || !plain[k-1].in(setSubordinator) {
			continue
		}
		if next := plain[k+1]; next.actor != nil || next.punct {
			continue
		}
		clear := true
		for j := subj + 1; j < k-1 && clear; j++ {
			it := plain[j]
			if it.actor == nil {
				clear = !it.is(classReporting)
			} else if !it.actor.place() && !it.actor.adjective && pronounAgrees(p.fold, it.actor) {
				clear = false
			}
		}
		if !clear {
			continue
		}
		v := make([]item, 0, len(plain)-k)
		v = append(v, item{actor: ac, start: p.start, end: p.end})
		v = append(v, plain[k+1:]...)
		out = append(out, v)
		out = x.carry(s, v, 0, true, out)
	}
	return out
}

// passiveDeeds appends, for each passive of a deed of war with its agent
// after "by" ("the town was recaptured from the Front by the army in May"),
// the view in which the agent does the deed ("the army recaptured the town
// from the Front in May"), so that the patterns of the active verb read the
// passive too. The deed's patient is the words that open its clause, or,
// after "and" ("seized power in 2003 and was overthrown by the Front"), the
// clause's subject. A passive with a negation or a hedge among its
// auxiliaries ("was never captured by", "could be overrun by") gives none.
func (x *Extractor) passiveDeeds(s *sentence, plain []item, out [][]item) [][]item {
	for k := 2; k+2 < len(plain); k++ {
		agent := plain[k+1]
		if plain[k].fold != "by" || plain[k].actor != nil || !clearActor(agent) {
			continue
		}
		// The participle, a few words before "by" at most: "was
		// liberated from X in May by".
		v := -1
		for j := k - 1; j > 0 && j >= k-6 && !plain[j].punct; j-- {
			if plain[j].actor == nil && plain[j].in(setPassiveDeed) {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		// Its auxiliaries, a form of "be" among them.
		a, be := v, false
		for ; a > 0; a-- {
			p := plain[a-1]
			if p.actor != nil || p.punct {
				break
			}
			if s.toks[p.start].is(classNegation) || x.words.hedgeAt(s.toks, p.start) > 0 {
				be = false
				a = -1
				break
			}
			if copula(p.fold) || p.fold == "been" || p.fold == "being" || p.fold == "be" {
				be = true
			} else if !p.in(setAuxWord) && !p.in(setAuxVerb) && !strings.HasSuffix(p.fold, "ly") {
				break
			}
		}
		if !be || a < 1 {
			continue
		}
		// The patient: the words that open the clause.
		c := a
		for ; c > 0 && a-c < 6; c-- {
			p := plain[c-1]
			if p.punct || p.actor == nil && (p.is(classCoordinator) || p.in(setRelativePronoun) || p.in(setSubordinator) || p.is(classReporting)) {
				break
			}
		}
		patient := plain[c:a]
		if c == a {
			// "seized power and was overthrown by X": the subject of
			// the clause, carried past "and".
			subj := clauseSubject(plain)
			if plain[a-1].fold != "and" || subj < 0 || subj >= a-1 {
				continue
			}
			patient = plain[subj : subj+1]
		}
		w := make([]item, 0, 2+len(patient)+k-v+len(plain)-k)
		w = append(w, agent, plain[v])
		w = append(w, patient...)
		w = append(w, plain[v+1:k]...)
		w = append(w, plain[k+2:]...)
		out = append(out, w)
	}
	return out
}

// relativeSubject returns the subject of the relative clause after the
// name at base[k] (", which backs X", ", who met Y") when the name is the
// clause's antecedent, else nil. The antecedent is the noun phrase the name
// heads: a name tied by a preposition to a noun before it is not ("the
// commander of the Quds Force, who was killed" is the commander's; "the
// coalition against IS, which backs X" the coalition's), nor a person
// before "which", nor a deal (its relatives are passives, read by
// objectRelatives and the patterns). A list before a verb in the singular
// is cut to its last member: "Togo and Ghana, which funds X" is Ghana's. The
// pronoun must be the clause's subject: "which Chad arms" has its own.
func relativeSubject(s *sentence, base []item, k int) *actor {
	ac := base[k].actor
	if k > 0 && (base[k-1].in(setNounPreposition) || base[k-1].fold == "'s") {
		return nil
	}
	if next := base[k+2]; next.actor != nil || next.punct || personalPronoun(next.fold) {
		// "which Chad arms", "which it accuses Chad of arming": the
		// clause has a subject of its own.
		return nil
	}
	if base[k+1].fold == "which" && peopleOnly(ac) {
		// "X, the leader of the Front, which cooperates with Y": "which"
		// names no person, but the body the appositive named.
		return appositiveBody(s, ac)
	}
	if len(ac.ents) == 1 && peopleOnly(ac) && pluralAux(base[k+2].fold) {
		// "X, the spokesman of the Front, who are fighting Y": a verb in
		// the plural names no one person, but the body the appositive
		// named, else no one.
		return appositiveBody(s, ac)
	}
	for _, e := range ac.ents {
		if e.typ == graph.Agreement {
			return nil
		}
	}
	if len(ac.ents) > 1 && singularVerb(base[k+2].fold) {
		return lastMember(ac)
	}
	return ac
}

// secondDescriptions appends, for an appositive of two descriptions
// joined by "and" after a name ("Benin, a close ally of Togo and a key
// backer of the Hill Brigade, condemned Niger"), the view in which the
// second follows the name alone: "Benin, a key backer of the Hill Brigade,
// condemned Niger". The first stays in the sentence as written. Each
// description opens after a determiner; "a close ally of Togo and Benin"
// joins two names in one description.
func secondDescriptions(s *sentence, base []item, out [][]item) [][]item {
	for k := 0; k+4 < len(base); k++ {
		if !clearActor(base[k]) || base[k+1].fold != "," || !opensAppositive(s, base, k+2) {
			continue
		}
		end := closingComma(base, k+3)
		if end > 0 && end+2 < len(base) && opensAppositive(s, base, end+1) && !hasActor(base[k+2:end]) {
			// "Benin, a coastal state, a close ally of Togo, condemned
			// Niger": a chain of descriptions without names of their
			// own before the last.
			v := make([]item, 0, len(base)-(end-k-1))
			v = append(v, base[:k+2]...)
			v = append(v, base[end+1:]...)
			out = append(out, v)
		}
		if end < 0 {
			end = len(base) - 1
		}
		for j := k + 3; j+1 < end; j++ {
			if base[j].punct {
				break
			}
			if base[j].fold == "and" && opensAppositive(s, base, j+1) {
				v := make([]item, 0, len(base)-(j-k-1))
				v = append(v, base[:k+2]...)
				v = append(v, base[j+1:]...)
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// objectRelatives appends, for each relative clause whose own subject
// follows its pronoun ("the coalition, which the SDF has partnered with
// since 2015,", "the militia, which Chad arms,"), the view in which that
// subject stands before the clause's verb and the name before the pronoun
// after it, or after the preposition the verb leaves at its end: "the SDF
// has partnered with the coalition since 2015". A reported clause
// ("which Ankara says is a terrorist group") is left alone.
func objectRelatives(s *sentence, base []item, out [][]item) [][]item {
	for k := 0; k+3 < len(base); k++ {
		obj := base[k].actor
		if !clearActor(base[k]) || obj.place() || !base[k+1].in(setRelativePronoun) || base[k+1].fold == "who" {
			continue
		}
		subj := base[k+2]
		if base[k+2].actor == nil {
			// "the Front, which it calls a terrorist group": the pronoun
			// stands for its clause's subject.
			p := pronounSubject(base, k)
			if p < 0 {
				continue
			}
			subj = base[p]
		}
		if !clearActor(subj) || subj.actor.place() {
			continue
		}
		end := len(base) - 1
		if c := closingComma(base, k+3); c > 0 {
			end = c
		}
		verb := -1
		for j := k + 3; j < end && j <= k+6; j++ {
			it := base[j]
			if it.actor != nil || it.punct || it.is(classReporting) {
				break
			}
			if verbItem(s, it) {
				verb = j
				break
			}
		}
		if verb < 0 || claimDenied(s, base, k, verb) {
			continue
		}
		at := verb + 1
		p := at
		for p < end && base[p].actor == nil && (strings.HasSuffix(base[p].fold, "ly") || base[p].fold == "together" || base[p].fold == "jointly") {
			// "which X has worked closely with".
			p++
		}
		if p < end && base[p].actor == nil && strandedPreposition(base[p].fold) {
			at = p + 1
		}
		if at < end && base[at].actor != nil {
			// "which Chad backs against Niger": the verb has an object of
			// its own.
			continue
		}
		v := make([]item, 0, end-k+2)
		v = append(v, subj)
		v = append(v, base[k+3:at]...)
		v = append(v, base[k])
		v = append(v, base[at:end]...)
		v = append(v, base[len(base)-1])
		out = append(out, v)
	}
	return out
}

// claimDenied reports whether the relative clause whose verb is at
// base[verb] rejects or denies the claim its antecedent at base[k] ends
// rather than the antecedent: "officials claimed that Togo is arming the
// Front, which Lome rejects", "Ghana accused Togo of backing the Front,
// which Lome denies". Only a rejection or a denial that ends the
// sentence is read so ("which Ghana opposes", "which Ghana rejects as a
// terrorist group" are about the antecedent).
func claimDenied(s *sentence, base []item, k, verb int) bool {
	t := s.toks[base[verb].start]
	if !strings.HasPrefix(t.fold, "reject") && !t.is(classNegation) && !t.is(classPostNegation) {
		return false
	}
	if verb+2 < len(base) {
		// Only a clause that ends the sentence: "which Lome rejects."
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if it := base[j]; it.actor == nil && !it.punct && (it.is(classReporting) || it.in(setAccuseVerb)) {
			return true
		}
	}
	return false
}

// pronounSubject returns the index of the name a subject pronoun after
// the relative pronoun at base[k+1] stands for ("Ghana refused to talk to
// the Front, which it calls a terrorist group"): the subject of the last
// clause that opens before the antecedent at base[k] (the sentence's, or
// one after a subordinator or a reporting verb), when it agrees with the
// pronoun and no other name that agrees with it stands between them
// outside a relative clause of its own; else -1.
func pronounSubject(base []item, k int) int {
	w := base[k+2].fold
	subj := clauseSubject(base)
	for j := max(subj, 0) + 1; j < k; j++ {
		if opensSubclause(base, j) {
			subj = j + 1
		} else if base[j].actor == nil && base[j].in(setSaysVerb) {
			if r := reportedSubjectAt(base, j+1); r > 0 {
				subj = r
			}
		}
	}
	if subj < 0 || subj >= k || !clearActor(base[subj]) || !pronounAgrees(w, base[subj].actor) {
		return -1
	}
	for j := subj + 1; j < k; j++ {
		if base[j].actor == nil && base[j].in(setRelativePronoun) {
			// A relative clause of its own, to its closing comma.
			c := closingComma(base, j+1)
			if c < 0 || c >= k {
				return -1
			}
			j = c
			continue
		}
		if clearActor(base[j]) && pronounAgrees(w, base[j].actor) {
			return -1
		}
	}
	return subj
}

// groupMeetingPartners appends, for talks of three or more sides held
// with a list ("X held trilateral talks with A and B"), the view in which
// the list holds the talks itself ("A and B held trilateral talks"): the
// partners met each other as well as the subject. A hedged clause ("will
// hold tripartite talks with") gives none.
func (x *Extractor) groupMeetingPartners(s *sentence, plain []item, out [][]item) [][]item {
	for k := 3; k < len(plain); k++ {
		ac := plain[k].actor
		if ac == nil || len(ac.ents) < 2 || plain[k-1].fold != "with" || plain[k-2].actor != nil || plain[k-3].actor != nil {
			continue
		}
		if !(plain[k-2].in(setContactNoun) || plain[k-2].fold == "summit" || plain[k-2].fold == "consultations" || plain[k-2].fold == "negotiations") || !plain[k-3].in(setGroupMeetingWord) {
			continue
		}
		from := k - 3
		if v := k - 4; v >= 0 && plain[v].actor == nil && !plain[v].punct && verbItem(s, plain[v]) {
			from = v
		}
		if x.clauseHedged(s, plain, k) {
			continue
		}
		v := make([]item, 0, k-from+2)
		v = append(v, plain[k])
		v = append(v, plain[from:k-1]...)
		v = append(v, plain[len(plain)-1])
		out = append(out, v)
	}
	return out
}

// maxHeadAdjunct bounds the items of the adjuncts between a noun and its
// complement (see headAdjuncts).
const maxHeadAdjunct = 8

// headAdjuncts appends, for each noun whose complement follows the noun's
// adjuncts of place, time or topic, the view in which the complement
// stands right after the noun: a contact noun (contact-head) and the "with"
// that names its partner ("held talks in the Kremlin with X", "a four-way
// meeting on Ruritania with A, B and C", "a call on Tuesday with X" read
// as "talks with X"), a target noun (target-head) and the participle that
// names its owner (owner-participle: "struck 85 targets in Iraq and Syria
// used by X" read as "targets used by X"), a place noun (place-head) and
// the "from" that names whom it was taken from, after the place's name
// too ("retook the town of Dabiq in northern Syria from X" read as
// "retook the town from X"). The adjuncts open with one of their
// prepositions (head-adjunct), or "of" after a place noun, and hold no
// verb, no punctuation, no relative pronoun and no coordinator but one
// between two names ("in Iraq and Syria"): "talks in Lome, with X
// saying", "talks in Lome which he held with X" and "talks in Lome and
// with X" are left alone, and so is "over the phone", which says how the
// sides spoke. The view states what the sentence without the adjuncts
// would, no more.
func headAdjuncts(s *sentence, plain []item, out [][]item) [][]item {
	for k := 0; k+3 < len(plain); k++ {
		it := plain[k]
		if it.actor != nil || plain[k+1].actor != nil {
			continue
		}
		contact, target, place := it.in(setContactHead), it.in(setTargetHead), it.in(setPlaceHead)
		if !(contact || target || place) || !(plain[k+1].in(setHeadAdjunct) || place && plain[k+1].fold == "of") {
			continue
		}
		w := -1
		for j := k + 2; j+1 < len(plain) && j <= k+1+maxHeadAdjunct; j++ {
			it := plain[j]
			if it.actor != nil {
				continue
			}
			if contact && it.fold == "with" && plain[j+1].actor != nil || target && it.in(setOwnerParticiple) || place && it.fold == "from" && plain[j+1].actor != nil {
				w = j
				break
			}
			if it.is(classCoordinator) && plain[j-1].actor != nil && plain[j+1].actor != nil {
				// "targets in Iraq and Syria used by X".
				continue
			}
			if it.punct || it.is(classCoordinator) || it.is(classReporting) || it.in(setRelativePronoun) || verbItem(s, it) {
				break
			}
		}
		if w < 0 || absoluteAfter(plain, w+2) {
			continue
		}
		v := make([]item, 0, len(plain)-(w-k-1))
		v = append(v, plain[:k+1]...)
		out = append(out, append(v, plain[w:]...))
	}
	return out
}

// contactPremodifiers appends, for each contact noun (contact-head) with
// words before it that say how long, how often or in what manner the
// contact went (contact-modifier: "surprise", "direct", "lengthy",
// "face-to-face"; a number or an ordinal; a measure before "of": "two days
// of", "a new round of", "six hours of"), the view without those words:
// "A and B held surprise talks" read as "A and B held talks", "two days of
// talks between A and B" as "talks between A and B", "X held fruitful
// consultations with Y" as "X held consultations with Y". Words that make
// the contact one still to come or a wish ("planned", "possible",
// "proposed", "next") are no such modifiers: the view is not made and the hedges
// read the sentence as written. Nor are those that say the sides did not
// sit together ("indirect talks", "separate meetings with A and B").
func (x *Extractor) contactPremodifiers(s *sentence, plain []item, out [][]item) [][]item {
	for k := 1; k < len(plain); k++ {
		if plain[k].actor != nil || !plain[k].in(setContactHead) {
			continue
		}
		j := x.contactModifiersFrom(plain, k)
		if j == k {
			continue
		}
		v := make([]item, 0, len(plain)-(k-j))
		v = append(v, plain[:j]...)
		out = append(out, append(v, plain[k:]...))
	}
	return out
}

// contactModifiersFrom returns where the words before the contact noun at
// plain[k] that say how the contact went begin (see contactPremodifiers),
// k when there are none. The number of a measure may be approximate
// (contact-approximator: "more than six hours of talks", "nearly two days
// of"); such a word counts only before a number, a modifier or another of
// them ("more talks" keeps its "more").
func (x *Extractor) contactModifiersFrom(plain []item, k int) int {
	j := k
	counted := false
	for j > 0 {
		p := plain[j-1]
		if p.actor != nil || p.punct {
			break
		}
		h := j - 1
		for h > 0 && plain[h].hyphen && plain[h-1].actor == nil && !plain[h-1].punct {
			// "closed-door", "face-to-face", "two-day": the
			// compound is read by its first word.
			h--
		}
		q := plain[h]
		if !q.is(classHedge) && (q.in(setContactModifier) || x.words.numbers[q.fold] > 0 || isNumber(q.fold) || ordinalWord(q.fold)) {
			j, counted = h, true
			continue
		}
		if counted && h == j-1 && q.in(setContactApproximator) {
			// "more than six hours of talks": "than", then "more".
			j = h
			continue
		}
		if p.fold == "of" && j >= 2 && plain[j-2].actor == nil && plain[j-2].in(setContactMeasure) {
			// "two days of talks", "a new round of talks".
			j -= 2
			counted = false
			continue
		}
		break
	}
	return j
}

// maxContactAdjunct bounds the items between a clause's subject and the
// adjunct of talks that dates its verb (see contactAdjuncts).
const maxContactAdjunct = 16

// contactAdjuncts appends, for an adjunct that dates a clause by talks, a
// meeting or a summit (a contact noun after a contact-time-opener, past
// the words that say how the talks went) and names no partner of them,
// the view of the clause's subject, the preposition and the noun: "A and B
// unveiled the plan after more than ten hours of talks", "After a long
// meeting, A and B signed the accord", "..., A and B announced after talks
// in Moscow" read as "A and B after talks", "A and B after meeting", which
// the patterns read as a meeting of the group's members. The subject is a
// group that opens a clause (the sentence or a comma before it), and the
// adjunct is its own: it follows the subject within its clause, past no
// other party, relative pronoun or semicolon, or opens the sentence before
// the comma that the subject follows. Talks with a partner ("after talks
// with X", "a meeting between X and Y") are the patterns' as written, and
// talks undone ("after talks were postponed") or a hedge or a negation
// between the subject and the noun give no view.
func (x *Extractor) contactAdjuncts(s *sentence, plain []item, out [][]item) [][]item {
	for k := 1; k < len(plain); k++ {
		if plain[k].actor != nil || !plain[k].in(setContactHead) {
			continue
		}
		subj, open := x.contactAdjunctSubject(s, plain, k)
		if subj < 0 || len(plain[subj].actor.ents) < 2 {
			continue
		}
		out = append(out, []item{plain[subj], plain[open], plain[k], plain[len(plain)-1]})
	}
	return out
}

// contactAdjunctSubject returns, for the contact noun at plain[k] in an
// adjunct that dates a clause and names no partner (see contactAdjuncts),
// the index of the clause's subject and of the adjunct's preposition; -1
// and -1 when the noun is in no such adjunct, the subject is none that
// opens its clause, or a hedge or a negation stands between them.
func (x *Extractor) contactAdjunctSubject(s *sentence, plain []item, k int) (int, int) {
	j := x.contactModifiersFrom(plain, k)
	if j > 1 && plain[j-1].fold == "their" {
		// "after their talks": the group's own.
		j--
	}
	if j == 0 || plain[j-1].actor != nil || !plain[j-1].in(setContactTimeOpener) || contactPartnered(plain, k) {
		return -1, -1
	}
	// The first party that is no place, deal or possessive, before the
	// adjunct or, when the adjunct opens the sentence, after it.
	subj := -1
	for g := j - 2; g >= 0 && j-g <= maxContactAdjunct; g-- {
		if ac := plain[g].actor; ac != nil && !passedActor(ac) {
			if datedSubject(s, plain, g) && ownAdjunct(plain, g+1, j-1) {
				subj = g
			}
			break
		}
	}
	if subj < 0 && (j == 1 || plain[j-2].fold == "," || leadingPhrase(plain, j-1)) {
		// "After a long meeting, A and B signed the accord",
		// "Speaking to reporters after the talks, A said".
		for g := k + 1; g < len(plain) && g-k <= maxContactAdjunct; g++ {
			if ac := plain[g].actor; ac != nil && !passedActor(ac) {
				if datedSubject(s, plain, g) && ownAdjunct(plain, k+1, g-1) {
					subj = g
				}
				break
			}
		}
	}
	end, clause := max(subj, k)+1, 0
	if subj > k {
		// The adjunct opens the sentence: the subject's verb follows it
		// ("After talks in Lima, A and B will sign the accord"), up to
		// its first verb in the past or present, whose clause is the
		// group's own ("..., A and B reaffirmed X and said they would").
		clause = clauseEnd(plain, subj)
		end = clause
		for g := subj + 1; g < end; g++ {
			if verbItem(s, plain[g]) && (g+1 >= end || !s.toks[plain[g+1].start].is(classNegation)) {
				end = g + 1
				break
			}
		}
	}
	if subj < 0 || x.spanHedged(s, plain, max(min(subj, j-1)-2, 0), end) {
		// "A and B will sign it after talks", "A and B did not meet
		// during the summit".
		return -1, -1
	}
	var absent []item
	if subj > k {
		absent = plain[subj+1 : clause]
	} else {
		absent = plain[subj+1 : j-1]
	}
	if slices.ContainsFunc(absent, func(it item) bool { return it.in(setContactAbsence) }) {
		// "A and B were absent throughout the talks", "After the
		// meeting, A and B sent envoys to Istanbul".
		return -1, -1
	}
	return subj, j - 1
}

// datedSubject reports whether the actor at plain[g] may be the subject
// of the clause an adjunct of talks dates: named, no adjective nor
// possessive, opening its clause (leadsClause).
func datedSubject(s *sentence, plain []item, g int) bool {
	ac := plain[g].actor
	return len(ac.ents) > 0 && !ac.adjective && !ac.possessive && leadsClause(s, plain, g)
}

// leadingPhrase reports whether plain[:to] opens the sentence with words
// only, no party and no punctuation: a phrase set before the subject
// ("After the talks", "Speaking at a news conference after the talks").
func leadingPhrase(plain []item, to int) bool {
	for _, it := range plain[:to] {
		if it.punct || it.actor != nil && !passedActor(it.actor) {
			return false
		}
	}
	return true
}

// contactPartnered reports whether the contact noun at plain[k] names a
// partner or an outcome after it, within its noun phrase and adjuncts:
// "talks with X", "a meeting between A and B", "a summit of the bloc",
// "talks hosted by X", "talks were postponed", "talks collapsed".
func contactPartnered(plain []item, k int) bool {
	for j := k + 1; j < len(plain) && j <= k+maxHeadAdjunct; j++ {
		it := plain[j]
		if it.in(setContactPlanWord) || it.in(setContactFailed) {
			return true
		}
		if it.actor != nil {
			if !passedActor(it.actor) {
				return true
			}
			continue
		}
		if it.punct || it.is(classCoordinator) || it.in(setRelativePronoun) {
			return false
		}
		switch it.fold {
		case "with", "between", "among", "of", "by", "involving", "including":
			if j+1 < len(plain) && plain[j+1].actor != nil && !plain[j+1].actor.place() {
				return true
			}
		}
	}
	return false
}

// leadsClause reports whether the actor at plain[g] opens the sentence or
// a clause after a comma, past at most one capitalised word the reader
// did not take into the name ("Ruritanian President A and B").
func leadsClause(s *sentence, plain []item, g int) bool {
	if g > 0 && plain[g-1].actor == nil && !plain[g-1].punct && s.toks[plain[g-1].start].cap {
		g--
	}
	return g == 0 || plain[g-1].fold == ","
}

// passedActor reports whether ac is a place, a deal or a possessive,
// which an adjunct of talks may pass on its way to its clause's subject:
// "A and B agreed on the memorandum in Sochi after talks", "after talks at
// A's residence, A said".
func passedActor(ac *actor) bool {
	return ac.place() || ac.possessive || len(ac.ents) > 0 && ac.ents[0].typ == graph.Agreement
}

// ownAdjunct reports whether plain[from:to] keeps an adjunct in the clause
// of the subject beside it: no party other than a place or a deal, no
// relative pronoun, no semicolon and no quotation between them.
func ownAdjunct(plain []item, from, to int) bool {
	for _, it := range plain[from:to] {
		if ac := it.actor; ac != nil {
			if passedActor(ac) {
				continue
			}
			return false
		}
		if it.fold == ";" || it.fold == `"` || it.in(setRelativePronoun) {
			return false
		}
	}
	return true
}

// absoluteAfter reports whether its[j], right after the name that follows
// "with", makes that name the subject of an absolute clause ("talks in
// Geneva with Iran absent", "with Iran and Turkey watching closely"): the
// name is no partner of the noun before "with".
func absoluteAfter(its []item, j int) bool {
	if j >= len(its) || its[j].actor != nil || its[j].punct {
		return false
	}
	w := its[j].fold
	return w == "absent" || strings.HasSuffix(w, "ing") && !its[j].in(setHeadAdjunct)
}

// strandedPreposition reports whether w is a preposition an object
// relative leaves after its verb: "which the SDF has partnered with".
func strandedPreposition(w string) bool {
	switch w {
	case "with", "alongside", "against", "to", "for":
		return true
	}
	return false
}

// relativeAux appends the views in which the name before a relative
// clause stands before a passive coordinated inside it: "the Southern
// Front, which was founded in 2014 and is backed by Jordan," is backed by
// Jordan.
func relativeAux(base []item, out [][]item) [][]item {
	for k := 0; k+1 < len(base); k++ {
		ac := base[k].actor
		if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || !base[k+1].in(setRelativePronoun) {
			continue
		}
		for j := k + 2; j+2 < len(base) && base[j].fold != "," && !isStop(base[j]) && base[j].fold != ";"; j++ {
			if base[j].actor != nil && !base[j].actor.place() && !copulaAhead(base, j) {
				break
			}
			if base[j].fold == "and" && base[j+1].in(setAuxVerb) && base[j+2].actor == nil && (participle(base[j+2].fold) || copula(base[j+1].fold)) {
				v := make([]item, 0, len(base)-j)
				v = append(v, base[k])
				v = append(v, base[j+1:]...)
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// copula reports whether w is a form of "to be" that links a subject to
// a noun: "and is a close ally of Hezbollah".
func copula(w string) bool {
	return w == "is" || w == "was" || w == "are" || w == "were"
}

// copulaAhead reports whether an "and" with a copula follows base[j]
// before the relative clause ends: "who heads the Amal movement and is a
// close ally of Hezbollah" passes the movement to reach the copula.
func copulaAhead(base []item, j int) bool {
	for i := j + 1; i+1 < len(base) && i < j+4; i++ {
		if base[i].fold == "," || base[i].fold == ";" || isStop(base[i]) {
			return false
		}
		if base[i].fold == "and" && copula(base[i+1].fold) {
			return true
		}
	}
	return false
}

// clauseHedged reports whether the clause of plain[k] holds a hedge or a
// negation: an adjunct carried to its subject takes the mood of the verb
// it hangs on ("X, together with Y, would defend the border").
func (x *Extractor) clauseHedged(s *sentence, plain []item, k int) bool {
	return x.spanHedged(s, plain, clauseStart(plain, k), clauseEnd(plain, k))
}

// spanHedged reports whether plain[from:to] holds a hedge or a negation.
func (x *Extractor) spanHedged(s *sentence, plain []item, from, to int) bool {
	w := x.words
	for j := from; j < to; j++ {
		if it := plain[j]; it.actor == nil && !it.punct && (s.toks[it.start].is(classNegation) || w.hedgeAt(s.toks, it.start) > 0) {
			return true
		}
	}
	return false
}

// opensSubclause reports whether plain[j] is a subordinator before the
// subject of its clause: "as Syrian troops advanced", but not "known as
// Mazloum Kobani" or "such as Hezbollah".
func opensSubclause(plain []item, j int) bool {
	if j+1 >= len(plain) || plain[j].actor != nil || !plain[j].in(setSubordinator) || plain[j+1].actor == nil {
		return false
	}
	if plain[j].fold == "as" && j > 0 && plain[j-1].in(setAsNotClause) {
		return false
	}
	if j+2 < len(plain) && (plain[j+2].fold == "," || isStop(plain[j+2])) {
		// "since the deal, including ...": a name with no verb after it
		// is the object of a preposition, no clause.
		return false
	}
	if plain[j+1].actor.possessive {
		// "travelled to Addis Ababa as Washington's envoy and met X":
		// the possessive's noun phrase ends at a coordinator or comma
		// before any verb, so it is the preposition's object ("as
		// Russia's forces advanced" has its verb).
		for k := j + 2; k < len(plain) && k <= j+5; k++ {
			p := plain[k]
			if p.actor != nil || p.punct || p.is(classCoordinator) {
				return false
			}
			if p.in(setAuxVerb) || p.in(setAuxWord) || strings.HasSuffix(p.fold, "ed") {
				return true
			}
		}
	}
	return true
}

// carry appends to out the views of plain in which the actor at subj, the
// subject of its clause, stands right before each verb coordinated after
// its first ("Shamkhani slammed Washington and thanked Moscow"), and before
// each adjunct of its clause ("Qatar supplied weapons to the rebels, in
// coordination with the United States"). A subordinate clause (sub) ends
// at its first comma.
func (x *Extractor) carry(s *sentence, plain []item, subj int, sub bool, out [][]item) [][]item {
	reported, reportedAt := false, 0
	for j := subj + 1; j+1 < len(plain); j++ {
		it := plain[j]
		if it.actor != nil {
			continue
		}
		if it.fold == ";" || it.fold == ":" || isStop(it) || (sub && it.fold == ",") {
			break
		}
		if j-1 > subj && plain[j-1].actor != nil && it.in(setRelativePronoun) && s.toks[it.start-1].fold == "," {
			// "Mali keeps ties with Ghana, which met Togo and condemned
			// Benin": the verbs of a relative clause are its antecedent's
			// (views reads them); the subject's own resume after its
			// closing comma, if any.
			c := closingComma(plain, j+1)
			if c < 0 {
				break
			}
			j = c - 1
			continue
		}
		if it.fold == "," && plain[j+1].fold == "where" && !sub {
			// "X visited Riyadh, where he met Y, and then held talks
			// with Z": the clause of the place is read on its own
			// (pronounSubclauses); the verbs after its closing comma
			// are the subject's.
			c := closingComma(plain, j+2)
			if c < 0 {
				break
			}
			j = c - 1
			continue
		}
		if it.is(classReporting) && j >= 2 && plain[j-1].actor != nil && plain[j-2].fold == "what" {
			// "condemned what he called an attack and spoke with X": a
			// free relative names a thing and reports no clause.
			continue
		}
		if it.is(classReporting) && (it.in(setSaysVerb) || opensClause(plain[j+1])) {
			if sub {
				break
			}
			if k := speakerPronounAt(plain, j+1, plain[subj].actor); k > 0 {
				// "A and B said they would continue to cooperate": the
				// pronoun that opens the reported clause is the speaker.
				out = append(out, withSubject(plain, subj, k+1))
			}
			if k := reportedSubjectAt(plain, j+1); k > 0 {
				// "X said China supported a settlement and backed the
				// UN's efforts": the reported clause's own subject is
				// carried to its coordinated verbs.
				out = x.carry(s, plain, k, true, out)
			}
			// The reported clause has its own subject; ", and thanked"
			// after it goes back to the sentence's: "Abdi told the
			// crowd that the battle was won, and thanked the coalition".
			reported, reportedAt = true, j
			continue
		}
		next := plain[j+1]
		from := j + 1
		if reported {
			if it.fold == "," && next.fold == "and" && otherSpeaker(plain, subj, reportedAt) {
				// "Peru attacked Chile, Bolivia said, and condemned X":
				// after another side's words the verb may be that
				// side's; nothing after them is carried.
				return out
			}
			if it.fold == "," && next.fold == "and" && j+2 < len(plain) && verbItem(s, plain[j+2]) && strings.HasSuffix(plain[j+2].fold, "ed") {
				// ", and thanked X" after the reported clause is the
				// sentence subject's.
				reported = false
				j++
				out = append(out, withSubject(plain, subj, j+1))
			} else if it.fold == "and" && verbItem(s, next) && strings.HasSuffix(next.fold, "ed") && x.modalIn(s, plain[reportedAt+1:j]) {
				// "Erdogan said the deal would help the poor and thanked
				// Guterres": a past tense cannot go with the modal's verb,
				// so it is the sentence subject's.
				reported = false
				out = append(out, withSubject(plain, subj, j+1))
			} else if it.fold == "and" && next.actor == nil && next.in(setSpeakerActVerb) && reportedSubjectAt(plain, reportedAt+1) < 0 && !reportedPeople(s, plain, reportedAt+1) {
				// "X said the strike was a violation and accused Y of
				// ...": a reported clause whose subject is no actor (a
				// thing, an event) cannot accuse or condemn, so the act
				// is the speaker's. People the catalog does not know
				// can: "X said protesters gathered and demanded".
				reported = false
				out = append(out, withSubject(plain, subj, j+1))
			}
			continue
		}
		coord := it.fold == "and" || (it.is(classClauseBreak) && !it.in(setSubordinator))
		if coord && it.fold != "and" && plain[j-1].actor == nil && s.toks[plain[j-1].start].is(classNegation) {
			// "has not yet held talks": an adverb after the negation,
			// no clause of its own.
			coord = false
		}
		if newSubjectAfter(s, plain, j) {
			// "Iran fired drones at Israel, but most were shot down with
			// help from Jordan": the clause after the coordinator has a
			// subject of its own, so nothing after it is the first's.
			return out
		}
		if sub && it.fold == "and" && verbItem(s, next) && strings.HasSuffix(next.fold, "ed") && x.modalIn(s, plain[subj+1:j]) {
			// "X said Togo and Benin should stand together and accused
			// Mali": a past tense cannot share the modal's subject, so
			// the verb, and all after it, is the outer clause's.
			return out
		}
		switch {
		case coord && verbItem(s, next) && !strings.HasSuffix(next.fold, "ing") && !pluralPair(plain, j):
			// "... and thanked Moscow", "... but backed the rebels".
		case coord && next.in(setAuxWord) && perfectPassive(s, plain, j+1):
			// "... and has been sanctioned by the EU": a passive in the
			// perfect keeps its auxiliaries, as "and was received by"
			// does below, so that it reads as a passive.
		case coord && next.in(setAuxWord):
			// "... and has backed rebel groups": the verb after its
			// auxiliaries.
			k := j + 1
			for k < len(plain) && k < j+4 && plain[k].in(setAuxWord) {
				k++
			}
			if k >= len(plain) || !verbItem(s, plain[k]) || strings.HasSuffix(plain[k].fold, "ing") {
				continue
			}
			from = k
		case coord && auxThenVerb(s, plain, j+1):
			// "... and was received by Abiy", "... and will continue
			// to train the SDF": the auxiliaries stay in the view, so
			// that a passive reads as one and a modal as a hedge.
		case it.fold == "," && next.actor == nil && strings.HasSuffix(next.fold, "ly") && j+2 < len(plain) && plain[j+2].actor == nil && strings.HasSuffix(plain[j+2].fold, "ing") && verbItem(s, plain[j+2]):
			// "..., notably sending advisers": the participle after its
			// adverb.
			from = j + 2
		case (it.fold == "," || copula(it.fold) || it.fold == "been") && next.actor == nil && next.in(setAccuseVerb) && strings.HasSuffix(next.fold, "ed") && accusedOf(plain, j+2) > 0:
			// "X was placed under arrest, accused by the government of
			// backing Y", "X, an alliance of armed groups, is accused of
			// acting on behalf of Y": the clause's subject is the
			// accused, the subject of the gerund.
			from = accusedOf(plain, j+2)
		case it.fold == "," && next.fold == "including" && j+2 < len(plain) && plain[j+2].in(setContactNoun):
			// "Abiy has held meetings with the rebels, including a session
			// with X": the meeting named after "including" is the
			// subject's.
			from = j
		case it.fold == "," && seriesVerb(s, plain, j+1) > 0 && seriesClosed(s, plain, j+1):
			// "Ghana welcomed the deal, thanked Togo for its mediation
			// and urged Benin to respect it": a series of verb phrases,
			// closed by "and", shares the subject (the auxiliaries and
			// adverbs stay in the view).
		case it.fold == "," && next.actor == nil && strings.HasSuffix(next.fold, "ing") && verbItem(s, next):
			// "..., thanking him for his support".
		case it.in(setSubordinator) && next.actor == nil && strings.HasSuffix(next.fold, "ing") && verbItem(s, next) && !s.toks[next.start-1].is(classDeterminer):
			// "Turkey has warm ties with Moscow even while backing the
			// rebels": the participle's subject is the clause's (but
			// "since the killing of X" is a noun).
		case opensSubclause(plain, j):
			// "The rebels withdrew as Syrian troops advanced": a new
			// clause with its own subject.
			return out
		case it.fold == "to" && j > subj+1 && next.actor == nil && patternWord(s, next) && companionsOnly(plain, subj, j) && !requestBetween(plain, subj, j) && !objectPronounAt(plain, j+2) && !x.clauseHedged(s, plain, subj):
			// "Mali has joined forces with Niger to fight the Front",
			// "Ghana deployed troops to the north in March to fight the
			// Front": the purpose is the subject's (but "urged Iran to
			// back the deal" is Iran's, "urged the army to resume talks
			// with X" the army's, "to help it fight X" the helped
			// one's).
			from = j
		case !it.punct && j > subj+1 && x.words.has(classAdjunct, s.toks, it.start) > 0:
			// "..., in coordination with the United States".
			if pa := plain[max(j-2, 0)].actor; j >= 2 && plain[j-1].fold == "," && pa != nil && j-2 != subj && !pa.place() && !pa.adjective {
				// "X, in coordination with Y,": X's (see views).
				continue
			}
			if x.clauseHedged(s, plain, subj) || gerundAgentBefore(plain, subj, j) {
				continue
			}
			from = j
		default:
			continue
		}
		out = append(out, withSubject(plain, subj, from))
	}
	return out
}

// maxSeriesAux bounds the auxiliaries and adverbs before the verb of a
// verb phrase in a series: "has also repeatedly condemned".
const maxSeriesAux = 3

// seriesVerb returns the index of the verb that opens a verb phrase at
// plain[k], past auxiliaries and adverbs in -ly ("has repeatedly
// condemned"): a finite verb of some pattern, no participle in -ing, and
// not a passive participle whose agent follows ("signed by X" describes
// the object before it); else -1.
func seriesVerb(s *sentence, plain []item, k int) int {
	j := skipAux(k, 1, maxSeriesAux, auxVerbs|auxAdverbs|lyAdverbs, auxItemAt(plain))
	if j >= len(plain) || !verbItem(s, plain[j]) || strings.HasSuffix(plain[j].fold, "ing") {
		return -1
	}
	for m := j + 1; m < len(plain) && !plain[m].punct && plain[m].fold != "and"; m++ {
		if plain[m].fold == "by" {
			return -1
		}
	}
	return j
}

// seriesClosed reports whether the series of verb phrases that goes on at
// plain[k] is closed by "and" and a verb phrase of its own before the
// sentence ends: "..., thanked Togo and urged Benin".
func seriesClosed(s *sentence, plain []item, k int) bool {
	for j := k; j+1 < len(plain); j++ {
		if it := plain[j]; it.fold == ";" || it.fold == ":" || isStop(it) {
			return false
		}
		if plain[j].fold == "and" && seriesVerb(s, plain, j+1) > 0 {
			return true
		}
	}
	return false
}

// speakerPronounAt returns the index of a subject pronoun that opens a
// reported clause at plain[k] (after "that", if any) and agrees with the
// speaker: "they" with a group, "it" with one state or body, "he" or "she"
// with one person; else -1. A pronoun the references already read is an
// actor and no word, so it is left to them.
func speakerPronounAt(plain []item, k int, speaker *actor) int {
	if k+1 < len(plain) && plain[k].fold == "on" && plain[k+1].in(setWeekday) {
		// "said on Monday they would": the day the verb was said.
		k++
	}
	if k < len(plain) && plain[k].actor == nil && plain[k].in(setWeekday) {
		k++
	}
	if k < len(plain) && plain[k].fold == "that" {
		k++
	}
	if k+1 >= len(plain) || plain[k].actor != nil || !pronounAgrees(plain[k].fold, speaker) {
		return -1
	}
	if next := plain[k+1]; next.actor != nil || next.punct {
		return -1
	}
	return k
}

// dayBefore returns the start of the day adjunct (dayAdjunct) that ends
// right before toks[i], "Monday" or "on Monday", as between a verb of
// saying and what was said ("Israel said on Monday it struck ..."); i when
// there is none.
func dayBefore(toks []token, i int) int {
	if i >= 2 && dayAdjunct(toks, i-2) == 2 {
		return i - 2
	}
	if i >= 1 && dayAdjunct(toks, i-1) == 1 {
		return i - 1
	}
	return i
}

// pronounAgrees reports whether the subject pronoun w may stand for ac:
// "they" for a group, "it" for one state or body, "he" or "she" for one
// person.
func pronounAgrees(w string, ac *actor) bool {
	if ac == nil || len(ac.ents) == 0 {
		return false
	}
	person := len(ac.ents) == 1 && ac.ents[0].typ == graph.Person
	switch w {
	case "they":
		return len(ac.ents) > 1 || len(ac.ents) == 1 && pluralBody(ac.ents[0])
	case "it":
		return len(ac.ents) == 1 && !person
	case "he", "she":
		return person
	}
	return false
}

// pluralBody reports whether e is a body whose name is a plural, which
// news refers to as "they": "the Houthis", "the Revolutionary Guards",
// "the Rapid Support Forces". A name in "-ss" is none.
func pluralBody(e *entry) bool {
	if e.typ != graph.Organization {
		return false
	}
	w := e.name[strings.LastIndexByte(e.name, ' ')+1:]
	return len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// accusedOf returns the index of the gerund after "of" that follows a
// participle of accusing at plain[k-1], past an accuser after "by" ("by
// the government of backing"); else -1.
func accusedOf(plain []item, k int) int {
	if k < len(plain) && plain[k].fold == "by" {
		for k++; k < len(plain) && plain[k].fold != "of" && !plain[k].punct; k++ {
		}
	}
	if k+1 >= len(plain) || plain[k].fold != "of" {
		return -1
	}
	if g := plain[k+1]; g.actor != nil || !strings.HasSuffix(g.fold, "ing") {
		return -1
	}
	return k + 1
}

// reportedSubjectAt returns the index of the actor that opens a reported
// clause at plain[k] (after "that", if any) as its subject, "said China
// supported ...": a name followed by a word, not a place, an adjective or
// a possessive; else -1.
func reportedSubjectAt(plain []item, k int) int {
	if k < len(plain) && plain[k].fold == "that" {
		k++
	}
	if k+1 >= len(plain) || !clearActor(plain[k]) {
		return -1
	}
	if next := plain[k+1]; next.actor != nil || next.punct {
		return -1
	}
	return k
}

// withSubject returns the subject plain[subj] followed by the items from
// plain[from] on: a coordinated verb read with the sentence's subject.
func withSubject(plain []item, subj, from int) []item {
	v := make([]item, 0, len(plain)-from+1)
	v = append(v, plain[subj])
	return append(v, plain[from:]...)
}

// maxSpeakerItems bounds the speaker after an attribution's verb: ", said
// the Bolivian ministry,".
const maxSpeakerItems = 3

// otherSpeaker reports whether the attribution whose verb is at plain[v],
// set off by commas (", Bolivia said," or ", said Bolivia,"), names a
// side other than the sentence's subject at plain[subj]: the clause after
// it may then be that side's.
func otherSpeaker(plain []item, subj, v int) bool {
	from, to := v, v
	for from > subj+1 && !plain[from-1].punct {
		from--
	}
	if from > 0 && plain[from-1].fold == "," && from == v {
		// ", said Bolivia,": the speaker right after the verb, alone
		// before the closing comma.
		for to+1 < len(plain) && !plain[to+1].punct {
			to++
		}
		if to > v+maxSpeakerItems || to+1 >= len(plain) || plain[to+1].fold != "," {
			return false
		}
	}
	if from <= subj+1 || plain[from-1].fold != "," {
		return false
	}
	for _, it := range plain[from : to+1] {
		if clearActor(it) && !sameEntities(it.actor, plain[subj].actor) {
			return true
		}
	}
	return false
}

// reportedPeople reports whether the subject of the reported clause at
// plain[k] ("that" aside) is a person or people: its head, the word before
// its verb, a comma, "to" or a preposition ("hundreds of refugees" reads
// past a quantity; an owner is no head), is an actor or a noun of people ("protesters", "the
// opposition leader, who fled"). Such a subject may accuse or demand
// itself, so an act after it is not the speaker's.
func reportedPeople(s *sentence, plain []item, k int) bool {
	if k < len(plain) && plain[k].fold == "that" {
		k++
	}
	head := -1
	for j := k; j < len(plain) && j < k+8; j++ {
		it := plain[j]
		if it.punct || it.in(setRelativePronoun) || it.in(setAuxWord) || it.in(setCopula) || verbItem(s, it) ||
			it.actor == nil && strings.HasSuffix(it.fold, "ed") {
			break
		}
		if it.fold == "of" && head >= 0 && plain[head].in(setQuantity) {
			continue
		}
		if it.fold == "to" || isPreposition(it.fold) {
			// "the presence of troops", "Togo's bid to join the
			// bloc": the head stands before.
			break
		}
		if it.fold == "'s" || it.fold == "'" || it.actor != nil && it.actor.possessive {
			// "Togo's bid": the owner is no head.
			head = -1
			continue
		}
		head = j
	}
	if head < 0 {
		return false
	}
	h := plain[head]
	if h.actor != nil {
		return true
	}
	t := s.toks[h.end-1]
	return t.in(setReportedPerson) || t.in(setGroupPersonNoun) || t.in(setPersonRoleNoun)
}

// pluralPair reports whether the "and" at plain[j] joins two plural nouns
// ("advisers and volunteers"), not two verbs: the words on both sides end
// in "s" (quotation marks aside).
func pluralPair(plain []item, j int) bool {
	b, a := j-1, j+1
	for b > 0 && plain[b].fold == `"` {
		b--
	}
	for a+1 < len(plain) && plain[a].fold == `"` {
		a++
	}
	if b < 0 || a >= len(plain) {
		return false
	}
	before, after := plain[b], plain[a]
	return before.actor == nil && !before.punct && plain[j].fold == "and" && pluralNoun(before.fold) && pluralNoun(after.fold)
}

// perfectPassive reports whether the auxiliaries at plain[k] ("has",
// "have also") lead to "been" and a verb of some pattern: "has been
// sanctioned by", a passive the carried subject must read with its
// auxiliaries, not as the bare participle "sanctioned by".
func perfectPassive(s *sentence, plain []item, k int) bool {
	m := k
	for m < len(plain) && m < k+3 && plain[m].actor == nil && plain[m].in(setAuxWord) {
		m++
	}
	return m < len(plain) && plain[m].actor == nil && plain[m].fold == "been" && auxThenVerb(s, plain, k)
}

// auxThenVerb reports whether plain[j:] opens with auxiliaries or modals
// ("was", "has been", "will") and then a word of some pattern that is no
// gerund: "was received", "will continue".
func auxThenVerb(s *sentence, plain []item, j int) bool {
	k := j
	for k < len(plain) && k < j+3 && plain[k].actor == nil && !plain[k].punct &&
		(plain[k].in(setAuxVerb) || plain[k].in(setAuxWord) || plain[k].fold == "been" || s.toks[plain[k].start].is(classHedge)) {
		k++
	}
	if k == j || k >= len(plain) {
		return false
	}
	it := plain[k]
	if it.actor != nil || it.punct || it.end-it.start != 1 || strings.HasSuffix(it.fold, "ing") {
		return false
	}
	t := s.toks[it.start]
	return t.info != nil && len(t.info.patterns) > 0 && !t.in(setNotVerb)
}

// appositiveRelative returns the index of the relative pronoun that opens
// the relative clause of the appositive after the name at its[k] ("X, a
// group that ...", "X, the militia which ..."), or -1. The appositive is
// a determiner and up to five words, no name, verb of speech or punctuation
// among them; "one of" may open it ("X, one of the armed groups that
// signed the deal,").
func appositiveRelative(s *sentence, its []item, k int) int {
	ac := its[k].actor
	if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || its[k+1].fold != "," {
		return -1
	}
	first := its[k+2]
	if first.fold == "one" && k+4 < len(its) && its[k+3].fold == "of" && its[k+3].end == its[k+4].start-1 {
		// "one of the groups": the determiner stands before the noun,
		// dropped from the items between "of" and it.
		first = its[k+4]
	}
	if first.actor != nil || first.punct || first.start == 0 || !s.toks[first.start-1].is(classDeterminer) {
		return -1
	}
	for r := k + 3; r < len(its) && r <= k+7; r++ {
		it := its[r]
		if it.is(classRelative) && it.fold != "whose" && r > k+2 {
			if r+1 < len(its) && its[r+1].actor == nil && !its[r+1].punct {
				return r
			}
			return -1
		}
		if it.actor != nil || it.punct || it.is(classReporting) {
			return -1
		}
	}
	return -1
}

// appositiveParticiple returns the index of the participle before "by"
// in an appositive describing the name at its[k], ", a militia led by X,",
// ", the Boko Haram faction now headed by X,", or -1. The description opens
// after a determiner and names no one but demonyms, possessives and names
// that qualify its noun (not one after "of", which the participle may
// describe instead); a word that puts the participle in the past
// (", a group formerly led by X,", ", once led by X,") leaves it. The
// comma that closes a sentence's opening phrase opens no appositive ("For
// Chad, the Front is backed by X": the Front is the clause's subject), nor
// does a clause with a verb of its own ("X, the Front is backed by Y").
func appositiveParticiple(s *sentence, its []item, k int) int {
	ac := its[k].actor
	if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || its[k+1].fold != "," || openingEnd(its) == k+1 {
		return -1
	}
	first := its[k+2]
	if first.punct || first.start == 0 || !s.toks[first.start-1].is(classDeterminer) {
		return -1
	}
	for r := k + 3; r+1 < len(its) && r <= k+7; r++ {
		it := its[r]
		if it.actor == nil && its[r+1].fold == "by" && pastParticiple(it) {
			if p := its[r-1]; p.actor == nil && (p.in(setFormerWord) || p.in(setPastAdverb)) {
				return -1
			}
			return r
		}
		switch {
		case it.punct || it.is(classRelative) || it.is(classReporting) || it.is(classHedge) || it.is(classSentenceHedge) || it.is(classNegation):
			// ", a militia reportedly backed by X,": the view would
			// leave out the word that voids the relation.
			return -1
		case it.actor == nil && (copula(it.fold) || it.fold == "been"):
			// "X, the Front is backed by Y": a clause, no description.
			return -1
		case it.actor != nil && !it.actor.adjective && !it.actor.possessive && (its[r+1].actor != nil || its[r+1].punct || pastParticiple(its[r+1]) || its[r-1].fold == "of"):
			// A name that does not qualify a noun after it: ", the
			// armed wing of the Council led by X," is the Council's.
			return -1
		}
	}
	return -1
}

// includedSubject returns the view in which the names listed after
// "including", "among them" or "such as" ("those of" may come between) in
// a subject with no name of its own stand for it: "Twenty embassies,
// including those of Chile and Peru, said they stood by the deal" reads
// "Chile and Peru said they stood by the deal". The subject opens the
// sentence and is up to five words; nil when there is no such subject.
func includedSubject(s *sentence, plain []item) []item {
	c := -1
	for k := 0; k < len(plain) && k <= 5; k++ {
		if plain[k].actor != nil || (plain[k].punct && plain[k].fold != ",") {
			return nil
		}
		if plain[k].fold == "," {
			c = k
			break
		}
	}
	if c < 1 || c+2 >= len(plain) {
		return nil
	}
	k := includedAt(plain, c+1)
	if k < 0 || k+2 >= len(plain) || plain[k+1].fold != "," {
		return nil
	}
	if next := plain[k+2]; next.actor != nil || next.punct {
		return nil
	}
	v := make([]item, 0, len(plain)-k)
	v = append(v, plain[k])
	v = append(v, plain[k+2:]...)
	return v
}

// includedAt returns the index of the name listed after "including",
// "among them" or "such as" at plain[k] ("those of" may come between),
// when it names an actor that is no demonym, possessive or place; else -1.
func includedAt(plain []item, k int) int {
	if k+1 >= len(plain) {
		return -1
	}
	switch {
	case plain[k].fold == "including":
		k++
	case plain[k].fold == "among" && plain[k+1].fold == "them", plain[k].fold == "such" && plain[k+1].fold == "as":
		k += 2
	default:
		return -1
	}
	if k+1 < len(plain) && plain[k].fold == "those" && plain[k+1].fold == "of" {
		k += 2
	}
	if k >= len(plain) || plain[k].actor == nil || plain[k].actor.adjective || plain[k].actor.possessive || plain[k].actor.place() {
		return -1
	}
	return k
}

// ownedKind returns the index of the noun of people or bodies
// (list-tail-noun) that a kind ends with when the name at plain[k], after
// "of", "in" or "from", is the kind's owner: "officials of the Togolese
// government", "senior leaders in both countries"; else -1.
func ownedKind(plain []item, k int) int {
	if k < 3 || plain[k].actor == nil || plain[k].actor.possessive {
		return -1
	}
	p, n := plain[k-1], plain[k-2]
	if p.actor != nil || !(p.fold == "of" || p.fold == "in" || p.fold == "from") || n.actor != nil || !n.in(setListTailNoun) {
		return -1
	}
	return k - 2
}

// maxIncludedKind bounds the words of a kind whose members a list names:
// "several of its senior leaders".
const maxIncludedKind = 6

// includedObjects appends, for each object named by a kind with no name of
// its own and followed by a list of its members ("imposed sanctions on
// several officers, among them X", "banned seven parties, including X and
// Y"), the view in which the members stand for the kind: "imposed sanctions
// on X", "banned X and Y". The kind follows a verb or a preposition of an
// object (object-preposition) and holds up to maxIncludedKind words, no
// name among them but a demonym or a possessive ("several Ghanaian
// officers", "several of its leaders"); the subject of the clause is carried to its
// other verbs in the view too.
func (x *Extractor) includedObjects(s *sentence, plain []item, out [][]item) [][]item {
	for c := 2; c+2 < len(plain); c++ {
		if plain[c].fold != "," {
			continue
		}
		m := includedAt(plain, c+1)
		if m < 0 {
			continue
		}
		kindEnd := c - 1
		if head := plain[c-1]; head.punct || head.actor != nil && head.actor.ref != refPossBody && head.actor.ref != refPossPerson {
			// A kind may be a body's or person's own ("several of its
			// leaders"): the members named are those. Its owner may
			// follow it ("met officials of the Togolese government,
			// including X", "spoke with leaders in both countries,
			// including X"): the kind is the noun before the owner.
			if kindEnd = ownedKind(plain, c-1); kindEnd < 0 {
				continue
			}
		}
		// The kind's head noun before the comma may look like a verb
		// ("officers", "parties"); the opener stands before it.
		j := kindEnd - 1
		for ; j > 0 && j >= kindEnd+1-maxIncludedKind; j-- {
			it := plain[j]
			if verbItem(s, it) || it.actor == nil && it.in(setObjectPreposition) {
				break
			}
			if it.actor != nil && !it.actor.adjective && !it.actor.possessive {
				// "officials of the Trump administration": the owner's
				// name, and then the kind's noun, which may look like a
				// verb, are passed.
				if o := ownedKind(plain, j); o > 0 {
					j = o
					continue
				}
			}
			if it.punct || it.actor != nil && !it.actor.adjective && !it.actor.possessive {
				j = 0
				break
			}
		}
		if j <= 0 || !(verbItem(s, plain[j]) || plain[j].actor == nil && plain[j].in(setObjectPreposition)) {
			continue
		}
		v := make([]item, 0, len(plain)-(m-j-1))
		v = append(v, plain[:j+1]...)
		v = append(v, plain[m:]...)
		out = append(out, v)
		if subj := clauseSubject(v); subj >= 0 && subj < j {
			out = x.carry(s, v, subj, false, out)
		}
	}
	return out
}

// newSubjectAfter reports whether the coordinator at plain[j] ("but",
// "yet", "whereas", or "and" after a comma) opens a clause with a subject
// of its own: a word or name, not only adverbs, stands between it and the
// clause's first verb or auxiliary ("but nearly all were intercepted",
// ", and the rebels withdrew"). "but also backed" shares the subject.
func newSubjectAfter(s *sentence, plain []item, j int) bool {
	it := plain[j]
	switch {
	case it.fold == "but" || it.fold == "yet" || it.fold == "whereas":
	case it.fold == "and" && j > 0 && plain[j-1].fold == ",":
	default:
		return false
	}
	subject, named := 0, false
	for k := j + 1; k < len(plain) && k <= j+5; k++ {
		p := plain[k]
		if p.punct {
			// ", and Shiite militiamen from Iraq, recruited by X, have
			// fought": a name set off by its own remark is a subject.
			return named && p.fold == ","
		}
		if p.actor != nil && !p.actor.place() && !p.actor.adjective && !p.actor.possessive {
			named = true
		}
		if p.actor == nil && (p.in(setAuxVerb) || (verbItem(s, p) && !strings.HasSuffix(p.fold, "ing"))) {
			return subject > 0
		}
		if p.actor == nil && (p.in(setAuxWord) || strings.HasSuffix(p.fold, "ly") || s.toks[p.start].is(classNegation)) {
			continue
		}
		subject++
	}
	return false
}

// opensClause reports whether it, after a reporting verb, starts the
// reported clause: "said that", "said Iran", "said: ".
func opensClause(it item) bool {
	return it.actor != nil || it.fold == "that" || it.fold == `"` || it.fold == ":" || it.fold == ","
}

// isStop reports whether it ends a sentence.
func isStop(it item) bool {
	return it.punct && (it.fold == "." || it.fold == "?" || it.fold == "!")
}

// clauseSubject returns the index of the subject of the sentence's first
// clause: its first actor, at the start or after an opening phrase that
// names no one ("On Tuesday, Putin ..."); -1 when there is none.
func clauseSubject(its []item) int {
	if len(its) > 2 && its[0].fold == `"` {
		// A quotation opens the sentence: its speaker is the subject of
		// what follows, `"...," Bennett told Putin, thanking him`.
		for q := 1; q+1 < len(its); q++ {
			if its[q].fold == `"` {
				if ac := its[q+1].actor; ac != nil && len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place() {
					return q + 1
				}
				return -1
			}
		}
		return -1
	}
	for k, it := range its {
		if it.actor == nil {
			if it.is(classReporting) {
				return -1
			}
			continue
		}
		ac := it.actor
		if len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() {
			return -1
		}
		if k+1 < len(its) && its[k+1].hyphen && (its[k+1].in(setGluedParticiple) || its[k+1].in(setCompoundHead)) {
			// "Peru-backed rebels attacked X": the name modifies the
			// noun after it and is no subject.
			return -1
		}
		if k > 0 && its[k-1].fold != "," && !timeLead(its[:k]) {
			return -1
		}
		return k
	}
	return -1
}

// timeLead reports whether its, the items before a sentence's first name,
// are a time adjunct set before the subject without a comma ("Last month
// A visited X and met B", "On Monday A ...", "In late May 2019 A ..."):
// prepositions of setting, words of time and numbers only, with a time
// noun, a weekday, a month or a four-digit year among them. A determiner
// or a number alone is none: "Three Iran-backed groups", "This militia".
func timeLead(its []item) bool {
	head := false
	for _, it := range its {
		if it.actor != nil || it.punct {
			return false
		}
		switch {
		case it.in(setTimeNoun) || it.in(setWeekday) || it.in(setDayPart) || monthName(it.fold) || isYear(it.fold):
			head = true
		case it.in(setTimeLead) || it.in(setTimeCount) || it.in(setSettingPreposition) || isNumber(it.fold):
		default:
			return false
		}
	}
	return head
}

// verbItem reports whether it is a word that may be a verb of a relation:
// a word of some pattern that looks like a finite verb ("thanked", "backs").
func verbItem(s *sentence, it item) bool {
	if it.actor != nil || it.punct || it.end-it.start != 1 {
		return false
	}
	t := s.toks[it.start]
	if t.info == nil || len(t.info.patterns) == 0 {
		return false
	}
	w := t.fold
	if t.in(setNotVerb) {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || t.in(setIrregularPast)
}

// parentheticals returns the items with the relative clauses and
// appositives after names left out (", which backs the rebels," and ", the
// guarantor states of the Astana process,", when a verb follows them), or
// nil when it leaves none out, and the spans it left out: the first item
// of each and its closing comma.
func parentheticals(s *sentence, its []item) ([]item, [][2]int) {
	var out []item
	var spans [][2]int
	var joined *actor
	joinedAt := -1
	for k := 0; k < len(its); k++ {
		if its[k].actor != nil && k+2 < len(its) {
			c := -1
			switch {
			case its[k+1].is(classRelative) && its[k+1].start > 0 && s.toks[its[k+1].start-1].fold == ",":
				// items() drops the comma before the relative.
				c = clauseClosingComma(s, its, k+2)
			case its[k+1].actor != nil && its[k+1].start > 0 && s.toks[its[k+1].start].fold == "whose" && s.toks[its[k+1].start-1].fold == ",":
				// ", whose forces have struck X,": the relative read as
				// the name's own forces.
				c = closingComma(its, k+2)
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].actor != nil && its[k+3].fold == "," && sameEntities(its[k].actor, its[k+2].actor):
				// "The UN envoy for Yemen, Hans Grundberg, held talks":
				// the office and the name are one person.
				c = k + 3
			case its[k+1].fold == "," && opensAppositive(s, its, k+2):
				c = closingComma(its, k+3)
				for c > 0 && c+2 < len(its) && opensAppositive(s, its, c+1) && !hasActor(its[k+2:c]) {
					// "Benin, a coastal state, a key backer of X,
					// condemned Y": a chain of descriptions.
					c2 := closingComma(its, c+2)
					if c2 < 0 {
						break
					}
					c = c2
				}
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].actor == nil && strings.HasSuffix(its[k+2].fold, "ed") && its[k+3].fold == "by":
				// ", led by Esmail Qaani since 2020,".
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && k+4 < len(its) && (its[k+2].fold == "all" || its[k+2].fold == "each") && its[k+3].actor == nil && strings.HasSuffix(its[k+3].fold, "ed") && its[k+4].fold == "by":
				// "A, B and C, all ruled by soldiers, formed the Union":
				// the participle of a list, after the word that spreads it
				// over each name ("both" is a determiner items drop).
				c = closingComma(its, k+4)
			case its[k+1].fold == "," && k+4 < len(its) && its[k+2].actor != nil && its[k+3].in(setSpeechVerb) && its[k+4].fold == "," && !namedSpeakerBeforeAnd(s, its, k+2):
				// "Qatar and Saudi Arabia, he said, supplied ...".
				c = k + 4
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].actor == nil && strings.HasSuffix(its[k+2].fold, "ed") && (its[k+3].fold == "in" || its[k+3].fold == "at"):
				// ", headquartered in N'Djamena,", ", based at the
				// airport,": where the name is.
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && its[k+2].actor == nil && !its[k+2].punct && strings.HasSuffix(its[k+2].fold, "ing"):
				// "The rebels, meeting in Riyadh, insisted ...".
				c = closingComma(its, k+3)
			case its[k+1].fold == "," && k+3 < len(its) && its[k+2].in(setDescriptionOpener) && its[k+3].fold == "of":
				// ", one of the most powerful factions in the umbrella,":
				// a description without names.
				if c = closingComma(its, k+2); c < 0 || namesIn(its[k+2:c]) {
					c = -1
				}
			case absorbedComma(s, its[k]) && possessiveAt(its, k+1) > 0:
				// "Ahmed, co-chair of the council, the SDF's political
				// wing, met X": the name took in its first appositive
				// and its comma; a second, another's office, follows.
				from := possessiveAt(its, k+1)
				if c = closingComma(its, from); c > 0 && clearIn(its[from:c]) {
					c = -1
				}
			case absorbedComma(s, its[k]) && opensAppositive(s, its, k+1):
				// "Ahmed, co-chair of the council, a veteran politician,
				// met X".
				c = closingComma(its, k+2)
			case its[k+1].fold == "," && possessiveAt(its, k+2) > 0:
				// "Xie, the Chinese government's special envoy for the
				// Syrian issue, held talks": an office of another's, with
				// no name of its own but places and adjectives.
				from := possessiveAt(its, k+2)
				if c = closingComma(its, from); c > 0 && clearIn(its[from:c]) {
					c = -1
				}
			case its[k+1].fold == "," && its[k+2].in(setAlongside):
				// "Hezbollah, alongside the Syrian army, attacked ...": the
				// companion is read in the full sentence (adjuncts such as
				// "in coordination with" have views of their own).
				c = closingComma(its, k+2)
			case its[k+1].fold == "," && its[k+2].in(setSettingPreposition):
				// ", on a visit to Cairo,", ", in Nairobi for talks,", ", at a
				// summit in Doha,": an adjunct of time or place, of any
				// length, whose only names are states and places.
				if c = closingComma(its, k+2); c > 0 && !settingOnly(its[k+3:c]) {
					c = -1
				}
			case its[k+1].fold == "," && its[k+2].actor == nil && !its[k+2].punct:
				// ", for its part,", ", another hardline group,": a short
				// remark without names.
				if c = closingComma(its, k+2); c > k+2+maxRemark || hasActor(its[k+2:max(c, k+2)]) {
					c = -1
				}
			}
			h := k
			if c < 0 && k+3 < len(its) && its[k+2].fold == "," && its[k+3].actor == nil && !its[k+3].punct && strings.HasSuffix(its[k+3].fold, "ing") && headNoun(s, its[k+1]) {
				// "the opposition bloc, meeting in Riyadh, insisted ...":
				// the name's head noun before the remark.
				h, c = k+1, closingComma(its, k+4)
			}
			if c < 0 && k+3 < len(its) && headNoun(s, its[k+1]) && its[k+2].is(classRelative) && its[k+2].start > 0 && s.toks[its[k+2].start-1].fold == "," {
				// "the Russian campaign, which Moscow says targeted
				// terrorists, was coordinated with Iran": the name's head
				// noun before the relative clause, which the view leaves
				// out as it does after a name.
				h, c = k+1, closingComma(its, k+3)
			}
			if c < 0 && k+3 < len(its) && its[k+1].in(setMemberNoun) && its[k+2].fold == "," && its[k+3].in(setAlongside) {
				// "Hezbollah fighters, alongside the Syrian army, attacked".
				h, c = k+1, closingComma(its, k+3)
			}
			if c > 0 && c+1 < len(its) && its[c+1].actor == nil && !its[c+1].punct && !its[c+1].is(classCoordinator) {
				if out == nil {
					out = append(make([]item, 0, len(its)), its[:k]...)
				}
				if k == joinedAt {
					// The member is in the list already.
					out = append(out, its[k+1:h+1]...)
				} else {
					out = append(out, its[k:h+1]...)
				}
				spans = append(spans, [2]int{h + 1, c})
				k = c
				continue
			}
			if c > 0 && h == k && c+2 < len(its) && its[c+1].fold == "and" && listMember(its[k]) && listMember(its[c+2]) && its[k].actor.place() == its[c+2].actor.place() && !(c+3 < len(its) && its[c+3].fold == ",") {
				// (Not before an aside of the second member's own:
				// "Qatar, which backs X, and Iran, an ally of Y," is Iran's
				// alone.)
				// "Iran, which is Syria's ally, and Turkey, which backs
				// the rebels, met": a list whose members each have a
				// clause; the view joins them as the list they are.
				if out == nil {
					out = append(make([]item, 0, len(its)), its[:k]...)
				}
				first := its[k]
				if n := len(out); n > 0 && k == joinedAt && out[n-1].actor == joined {
					// A third member: the list goes on.
					first = out[n-1]
					out = out[:n-1]
				}
				g := groupActor(first.start, its[c+2].end, first.actor, its[c+2].actor)
				joined, joinedAt = g, c+2
				out = append(out, item{actor: g, start: first.start, end: its[c+2].end})
				spans = append(spans, [2]int{k + 1, c})
				k = c + 1
				continue
			}
		}
		if out != nil && k != joinedAt {
			out = append(out, its[k])
		}
	}
	return out, spans
}

// listMember reports whether it names actors a list may join: named
// states, bodies or people, no adjective, possessive or bare reference.
func listMember(it item) bool {
	ac := it.actor
	return ac != nil && len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.modifier && ac.ref == refNone
}

// absorbedComma reports whether the name at it took in an appositive up to
// its closing comma ("Ahmed, co-chair of the council,").
func absorbedComma(s *sentence, it item) bool {
	return it.actor != nil && it.end > it.start+1 && s.toks[it.end-1].fold == ","
}

// acrossParenthetical reports whether b binds a name inside one of spans,
// a relative clause or appositive, to words after the comma that closes
// it: in "the Arakan Army, the strongest group, which fights the junta, is
// commanded by X", the junta is no subject of "is commanded"; the name
// before the clause is, as the view without it reads.
func acrossParenthetical(its []item, b binding, spans [][2]int) bool {
	for _, sp := range spans {
		if b.first > sp[1] || b.last <= sp[1] {
			continue
		}
		for _, ac := range [...]*actor{b.s, b.o, b.g} {
			if ac == nil {
				continue
			}
			if k := slotIndex(its, b, ac); k >= sp[0] && k < sp[1] {
				return true
			}
		}
	}
	return false
}

// possessiveAt returns the index after a possessive name at its[k] ("the
// Chinese government's", "China's") followed by a word, or -1.
func possessiveAt(its []item, k int) int {
	if k >= len(its) || its[k].actor == nil {
		return -1
	}
	j := k + 1
	if !its[k].actor.possessive {
		if j >= len(its) || its[j].fold != "'s" {
			return -1
		}
		j++
	} else if j < len(its) && its[j].fold == "'s" {
		j++
	}
	if j >= len(its) || its[j].actor != nil || its[j].punct {
		return -1
	}
	return j
}

// clearIn reports whether its holds a name that is neither a place, an
// adjective nor a possessive.
func clearIn(its []item) bool {
	for _, it := range its {
		if clearActor(it) {
			return true
		}
	}
	return false
}

// namesIn reports whether its holds an actor that is no place.
func namesIn(its []item) bool {
	for _, it := range its {
		if it.actor != nil && !it.actor.place() {
			return true
		}
	}
	return false
}

// headNoun reports whether it may be the head noun of the name before it,
// "bloc" in "the opposition bloc": a word that is not a verb of a relation
// or a word of a class.
func headNoun(s *sentence, it item) bool {
	return it.actor == nil && !it.punct && it.classes == 0 && it.end-it.start == 1 && !verbItem(s, it) && !strings.HasSuffix(it.fold, "ed")
}

// maxRemark bounds the words of a short remark after a name that a view
// leaves out: ", for its part,".
const maxRemark = 4

// settingOnly reports whether its, the words of an adjunct of time or
// place, name no one but places and the states a visit goes to (", on a
// visit to Cairo,", ", during a tour of the Gulf states,"): an adjunct
// that names a person, a body or a state's forces (", in talks with
// Hamas,", ", in coordination with Russian forces,") may state a relation.
func settingOnly(its []item) bool {
	for k, it := range its {
		if it.actor == nil || it.actor.place() || it.actor.adjective {
			continue
		}
		if k == 0 || !statesOnly(it.actor) || its[k-1].fold != "to" && its[k-1].fold != "of" {
			return false
		}
	}
	return true
}

// hasActor reports whether its holds an actor.
func hasActor(its []item) bool {
	for _, it := range its {
		if it.actor != nil {
			return true
		}
	}
	return false
}

// opensAppositive reports whether its[k] starts an appositive noun phrase:
// a word after a dropped article ("the guarantor states"), or a bare
// demonym after one ("an Iranian-backed group").
func opensAppositive(s *sentence, its []item, k int) bool {
	it := its[k]
	if it.punct || (it.actor != nil && !it.actor.adjective) {
		return false
	}
	if it.start == 0 || it.start <= its[k-1].end {
		return false
	}
	return s.toks[it.start-1].is(classDeterminer)
}

// namedSpeakerBeforeAnd reports whether its[k], the speaker of an aside
// ("Peru attacked Chile, Bolivia said, and condemned X"), is a side named
// as such and the aside closes its clause before ", and": the verb after
// "and" may be that side's, so the aside is no parenthetical to drop.
func namedSpeakerBeforeAnd(s *sentence, its []item, k int) bool {
	return k+3 < len(its) && its[k+3].fold == "and" && clearActor(its[k]) && !personalPronoun(s.toks[its[k].start].fold)
}

// closingComma returns the index of the comma closing a clause that starts
// at its[from], or -1 when the sentence ends first.
func closingComma(its []item, from int) int {
	for c := from; c < len(its) && c < from+maxParenthetical; c++ {
		switch {
		case its[c].fold == ",":
			return c
		case its[c].fold == ";" || its[c].fold == ":" || isStop(its[c]):
			return -1
		}
	}
	return -1
}

// clauseClosingComma returns the index of the comma that closes a
// relative clause opening at its[from], as closingComma does, but over the
// commas of a list of names inside it: in "the Front, which operates
// across Chile, Peru and Bolivia, is led by X" the comma after "Chile"
// parts the list's names (a name before it, and after it names joined by
// "and" or "or") and the one after "Bolivia" closes the clause.
func clauseClosingComma(s *sentence, its []item, from int) int {
	c := closingComma(its, from)
	for c > from && c+2 < len(its) && its[c-1].actor != nil && its[c+1].actor != nil && coordinatedIn(s, its[c+1]) {
		n := closingComma(its, c+2)
		if n < 0 {
			return c
		}
		c = n
	}
	return c
}

// coordinatedIn reports whether the actor item it is a list joined by a
// coordinator inside it: "Peru and Bolivia".
func coordinatedIn(s *sentence, it item) bool {
	for _, t := range s.toks[it.start:it.end] {
		if t.fold == "and" || t.fold == "or" {
			return len(it.actor.ents) > 1
		}
	}
	return false
}

// soleActor returns the index of the only actor in its that is no place,
// or -1.
func soleActor(its []item) int {
	n := -1
	for k, it := range its {
		if it.actor == nil || it.actor.place() {
			continue
		}
		if n >= 0 || len(it.actor.ents) == 0 || it.actor.adjective || it.actor.possessive {
			return -1
		}
		n = k
	}
	return n
}

// appositiveSubject returns the view in which a name set off by commas
// after a noun phrase without verbs is the subject of the verb after it:
// "Bennett's predecessor, Benjamin Netanyahu, met Putin" (Netanyahu met
// Putin), or nil.
func appositiveSubject(s *sentence, plain []item) []item {
	for k := 2; k+2 < len(plain); k++ {
		ac := plain[k].actor
		if ac == nil || len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() || ac.ref != refNone {
			continue
		}
		if plain[k-1].fold != "," || plain[k+1].fold != "," || plain[k+2].actor != nil || !verbItem(s, plain[k+2]) {
			continue
		}
		opening := true
		for m, it := range plain[:k-1] {
			if it.fold == "'s" {
				continue
			}
			// A plural before "of" heads a noun phrase: "the guarantor
			// states of the Lima process, A, B and C, met".
			noun := plain[m+1].fold == "of"
			if it.punct || verbItem(s, it) && !noun || (it.actor == nil && it.is(classReporting)) {
				opening = false
				break
			}
		}
		if !opening {
			return nil
		}
		v := make([]item, 0, len(plain)-k)
		v = append(v, plain[k])
		return append(v, plain[k+2:]...)
	}
	return nil
}

// modalIn reports whether its holds a hedge word, such as a modal verb,
// outside any actor.
func (x *Extractor) modalIn(s *sentence, its []item) bool {
	for _, it := range its {
		if it.actor == nil && !it.punct && x.words.hedgeAt(s.toks, it.start) > 0 {
			return true
		}
	}
	return false
}

// gerundAgentBefore reports whether an object and "of" with a gerund stand
// between the subject at subj and an adjunct at j: "A accused B of mounting
// an offensive in support of C" is B's support, not A's (but "A, accused
// of mounting ...", is A's).
func gerundAgentBefore(plain []item, subj, j int) bool {
	for k := subj + 1; k+2 < j; k++ {
		if !strings.HasSuffix(plain[k].fold, "ed") && plain[k+1].fold == "of" && plain[k+2].actor == nil && strings.HasSuffix(plain[k+2].fold, "ing") {
			return true
		}
	}
	return false
}

// sameEntities reports whether two actors stand for the same entities.
func sameEntities(a, b *actor) bool {
	return len(a.ents) > 0 && sameEntries(a.ents, b.ents)
}

// echoed appends the view in which the subjects after ", as did" take the
// main clause's verb: "Chad condemned the attack, as did Kenya and the
// UN" has Kenya and the UN condemn it too.
func echoed(its []item, subj int, out [][]item) [][]item {
	for k := subj + 2; k+3 < len(its); k++ {
		if its[k].fold != "," || its[k+1].fold != "as" || !its[k+2].in(setEchoAux) {
			continue
		}
		if !clearActor(its[k+3]) {
			return out
		}
		if k+4 < len(its) && !isStop(its[k+4]) && its[k+4].fold != "," && its[k+4].fold != ";" {
			// "as did Kenya in 2019 when ...": keep to the plain echo.
			return out
		}
		v := make([]item, 0, k-subj+1)
		v = append(v, its[k+3])
		v = append(v, its[subj+1:k]...)
		if last := its[len(its)-1]; isStop(last) {
			v = append(v, last)
		}
		return append(out, v)
	}
	return out
}

// accused appends the views in which the accused is the subject of the
// gerund after "of": "Mali accused Niger of arming the Front" and "the
// Front, which Mali accuses of fighting alongside Chad," read as "Niger
// arming the Front" and "the Front fighting alongside Chad". An
// accusation reports what it says; it is no hedge.
func accused(its []item, out [][]item) [][]item {
	for k := 1; k+3 < len(its); k++ {
		if its[k].actor != nil || !its[k].in(setAccuseVerb) {
			continue
		}
		var who item
		from := 0
		switch {
		case its[k+2].fold == "of" && clearActor(its[k+1]):
			// "accused Niger of arming X".
			who, from = its[k+1], k+3
		case its[k+1].fold == "of" && k >= 3 && accuser(its[k-1]) && its[k-2].in(setRelativePronoun) && clearActor(its[k-3]):
			// "X, which Mali accuses of arming Y".
			who, from = its[k-3], k+2
		case its[k+1].fold == "of" && k >= 4 && accuser(its[k-1]) && its[k-2].in(setRelativePronoun) && its[k-3].fold == "," && clearActor(its[k-4]):
			who, from = its[k-4], k+2
		default:
			// "Rwanda is accused (by UN experts) of arming the M23".
			if who, from = passiveAccused(its, k); from == 0 {
				continue
			}
		}
		if from >= len(its) || its[from].actor != nil || its[from].punct {
			continue
		}
		end := len(its)
		if c := closingComma(its, from); c > 0 {
			end = c
		}
		for j := from + 1; j+1 < end; j++ {
			if its[j].fold == "and" && its[j+1].actor == nil && !its[j+1].punct && strings.HasSuffix(its[j+1].fold, "ed") && !participle(its[j-1].fold) {
				// "accused Bolivia of war crimes and imposed sanctions
				// on X": the verb after "and" is the accuser's again.
				end = j
				break
			}
		}
		v := make([]item, 0, end-from+2)
		v = append(v, who)
		v = append(v, its[from:end]...)
		if last := its[len(its)-1]; isStop(last) && end < len(its) {
			v = append(v, last)
		}
		out = append(out, v)
	}
	return out
}

// clearActor reports whether it is an actor that can be the subject of a
// clause: a name, not an adjective, a possessive or a place.
func clearActor(it item) bool {
	ac := it.actor
	return ac != nil && len(ac.ents) > 0 && !ac.adjective && !ac.possessive && !ac.place()
}

// accuser reports whether it can be the subject of a verb of accusing in
// a relative clause: a name or a personal pronoun ("which it accuses of").
func accuser(it item) bool {
	return it.actor != nil || personalPronoun(it.fold)
}

// personalPronoun reports whether w is a personal pronoun that can be a
// clause's subject.
func personalPronoun(w string) bool {
	switch w {
	case "it", "he", "she", "they", "we":
		return true
	}
	return false
}

// patternWord reports whether it is a word some pattern requires.
func patternWord(s *sentence, it item) bool {
	if it.actor != nil || it.punct || it.end-it.start != 1 {
		return false
	}
	t := s.toks[it.start]
	return t.info != nil && len(t.info.patterns) > 0
}

// requestBetween reports whether a verb of request stands between the
// subject at plain[subj] and the "to" at plain[j] that opens talks asked
// for: "Norway urged the government to resume talks with X" and "pressed
// the army to hold direct talks" ask the one urged, named by a noun, to
// hold them; the subject holds none (see requestedContact). A request of
// another act ("urged the world to stop X's attacks") still tells the
// subject's stance, and is carried.
func requestBetween(plain []item, subj, j int) bool {
	talks := false
	for m := j + 2; m < len(plain) && m <= j+3; m++ {
		if plain[m].actor != nil || plain[m].punct {
			break
		}
		if plain[m].in(setTalksHead) {
			talks = true
		}
	}
	if !talks {
		return false
	}
	for k := subj + 1; k < j; k++ {
		if plain[k].actor == nil && (plain[k].in(setRequestVerb) || askedTo(plain, k)) {
			return true
		}
	}
	return false
}

// companionsOnly reports whether every actor between the subject and
// plain[j] is a place, a demonym or a companion after "with": the verb
// after plain[j] is then the subject's, not another actor's.
func companionsOnly(plain []item, subj, j int) bool {
	for k := subj + 1; k < j; k++ {
		ac := plain[k].actor
		if ac == nil || ac.place() || ac.adjective {
			continue
		}
		if plain[k-1].fold != "with" {
			return false
		}
	}
	return true
}

// passiveAccused reads a passive accusation at its[k]: "X is accused of",
// "X has been accused by Y of". It returns the accused and the index after
// "of", or 0.
func passiveAccused(its []item, k int) (item, int) {
	j := k - 1
	if j > 1 && its[j].actor == nil && strings.HasSuffix(its[j].fold, "ly") {
		// "is widely accused of".
		j--
	}
	if j < 1 || its[j].actor != nil || !copula(its[j].fold) && its[j].fold != "been" && its[j].fold != "being" {
		return item{}, 0
	}
	j = skipAux(j-1, -1, -1, auxAdverbs|beForms, auxItemAt(its)) + 1
	if j < 1 || !clearActor(its[j-1]) {
		return item{}, 0
	}
	m := k + 1
	if m < len(its) && its[m].fold == "by" {
		// The accuser: "by UN experts".
		for m++; m < len(its) && m < k+6 && its[m].fold != "of" && !its[m].punct; m++ {
		}
	}
	if m >= len(its) || its[m].fold != "of" {
		return item{}, 0
	}
	return its[j-1], m + 1
}

// alongWithHead appends the view of the main clause after "X, which,
// along with Y, backs Z,": the list X and Y is the relative clause's
// subject; X alone is the main clause's ("Iran, which along with Russia
// is Assad's main backer, denounced the strike").
func alongWithHead(s *sentence, base []item, out [][]item) [][]item {
	for k, it := range base {
		if it.actor == nil || len(it.actor.ents) < 2 {
			continue
		}
		var head *actor
		for _, ac := range s.actors {
			if ac.start == it.start && ac.end < it.end {
				head = ac
				break
			}
		}
		if head == nil || !clearActor(item{actor: head}) || head.end+1 >= len(s.toks) || s.toks[head.end].fold != "," || !s.toks[head.end+1].is(classRelative) {
			continue
		}
		c := closingComma(base, k+1)
		if c < 0 || c+1 >= len(base) || base[c+1].actor != nil || base[c+1].punct || base[c+1].is(classCoordinator) {
			continue
		}
		v := make([]item, 0, len(base)-c)
		v = append(v, item{actor: head, start: head.start, end: head.end})
		v = append(v, base[c+1:]...)
		out = append(out, v)
	}
	return out
}

// objectPronounAt reports whether its[k] is an object pronoun, the subject
// of the verb after it: "to help it fight".
func objectPronounAt(its []item, k int) bool {
	if k >= len(its) || its[k].actor != nil {
		return k < len(its) && its[k].actor != nil && its[k].actor.ref != refNone
	}
	switch its[k].fold {
	case "it", "them", "him", "her":
		return true
	}
	return false
}

// leadingCompanion returns the view in which the companion that opens a
// sentence acts as its subject does, "Together with Ghana, Togo condemned
// the raid": Ghana condemned it too. It returns nil for anything else.
func leadingCompanion(plain []item) []item {
	if len(plain) < 6 || !plain[0].in(setAlongWord) || plain[1].fold != "with" || plain[3].fold != "," {
		return nil
	}
	comp, subj := plain[2], plain[4]
	if !clearActor(comp) || !clearActor(subj) || comp.actor.place() || subj.actor.place() || plain[5].actor != nil || plain[5].punct {
		return nil
	}
	v := make([]item, 0, len(plain)-4)
	v = append(v, comp)
	return append(v, plain[5:]...)
}

// trailingCompanion returns the view in which the companion that closes
// a clause acts as its subject does: "Iran was among Assad's main backers
// throughout the war, alongside Russia" reads "Russia was among Assad's
// main backers throughout the war"; so does "along with Russia" or
// "together with Russia". The companion ends the sentence; the clause
// before it opens with its subject and names another actor after its
// verb, not a place or a demonym (what the subject did is done to
// someone), so that "X, alongside Y, attacked Z" (an adjunct of the
// subject, see views), "fought alongside Y" (the companion is the verb's
// own partner) and "met in Lome, alongside Y" are left alone. nil when
// there is no such companion.
func trailingCompanion(s *sentence, v []item) []item {
	n := len(v)
	if n < 6 || !v[n-1].punct || !clearActor(v[n-2]) || v[n-2].actor.place() {
		return nil
	}
	k := n - 3
	switch {
	case v[k].in(setAlongside):
	case v[k].fold == "with" && v[k-1].in(setAlongWord):
		k--
	default:
		return nil
	}
	end := k
	if v[end-1].fold == "," {
		end--
	}
	subj := clauseSubject(v)
	if subj < 0 || subj+2 >= end || !clearActor(v[subj]) {
		return nil
	}
	verb, other := false, false
	for j := subj + 1; j < end; j++ {
		if v[j].punct && v[j].fold != "," {
			return nil
		}
		if v[j].actor != nil {
			other = other || verb && len(v[j].actor.ents) > 0 && !v[j].actor.adjective && !v[j].actor.place()
			continue
		}
		verb = verb || verbItem(s, v[j]) || copula(v[j].fold)
	}
	if !verb || !other || v[end-1].actor == nil && verbItem(s, v[end-1]) {
		return nil
	}
	w := make([]item, 0, end-subj+1)
	w = append(w, v[n-2])
	w = append(w, v[subj+1:end]...)
	return append(w, v[n-1])
}

// groupMetOthers reports whether the group of a contact match is one
// side's people who met or spoke together with another named after "with"
// in their clause: "the Russian foreign and defence ministers discussed
// the border in Varno with C" is two contacts with C, not one between the
// ministers. People of different states who call or meet a third together
// ("A, B and C held a phone call with D") keep their contacts with each
// other. "With each other", a place or a deal after "with", and a meeting
// the group discussed ("discussed a meeting with C") leave the group's own
// contact.
func (a *article) groupMetOthers(its []item, b binding) bool {
	if b.g == nil || len(b.g.ents) < 2 {
		return false
	}
	oneSide := a.oneSide(b.g.ents)
	if k := objectAfterMeet(its, b, oneSide); k > 0 && k < len(its) && (its[k].actor != nil && !its[k].actor.place() || its[k].actor == nil && (its[k].is(classPossRef) || its[k].fold == "their")) {
		// "A and B met their Turkish counterparts", "A and B later
		// met Turkish officials": the verb has an object of its own.
		// Whatever their sides, those who meet a third together are
		// the third's guests, not each other's.
		return true
	}
	if !oneSide {
		return false
	}
	for k := b.last + 1; k+1 < len(its) && k <= b.last+12; k++ {
		t := &its[k]
		if t.punct || t.in(setSubordinator) || t.in(setRelativePronoun) || t.in(setSaysVerb) || t.in(setContactNoun) {
			return false
		}
		if t.actor != nil || t.fold != "with" {
			continue
		}
		n := its[k+1].actor
		return n != nil && !n.place() && (len(n.ents) == 0 || n.ents[0].typ != graph.Agreement)
	}
	return false
}

// objectAfterMeet returns where the object of the match b's verb would
// stand: right after the verb "meet" in the match ("A and B met their
// counterpart in Amman"), whose object is whom the group went to see
// whatever the members' sides; for one side's group, also right after the
// match. 0 when there is neither.
func objectAfterMeet(its []item, b binding, oneSide bool) int {
	for k := b.first; k <= b.last && k < len(its); k++ {
		if it := &its[k]; it.actor == nil && it.in(setMeetVerb) {
			return k + 1
		}
	}
	if oneSide {
		return b.last + 1
	}
	return 0
}

// oneSide reports whether all of ents act for one state, as the article's
// offices (or a body's state) say.
func (a *article) oneSide(ents []*entry) bool {
	var side *entry
	for _, e := range ents {
		c := a.roster.countryOf(e)
		if c == nil && e.typ == graph.Organization {
			c = a.x.catalog.byName[e.country]
		}
		if c == nil || (side != nil && c != side) {
			return false
		}
		side = c
	}
	return true
}

// delegationMembers returns the view in which the people a delegation's
// remark lists stand for the delegation as the subject of its clause: "The
// delegation, which included lawmakers A and B as well as C, had visited
// D" reads "A, B and C had visited D"; so do "A visiting team, including
// A and B, met D" and "The delegation, comprising A and B, held talks
// with D". The subject opens the sentence, has a delegation's noun and is
// up to five words; the list runs to the next comma and holds only people
// and words. The clause after it must name someone (no place): the members
// of "the delegation, which included A and B, met in Nairobi" are no pair.
// nil when there is no such subject.
func delegationMembers(plain []item) []item {
	c, noun := -1, false
	for k := 0; k < len(plain) && k <= 5; k++ {
		if (plain[k].actor != nil && !plain[k].actor.adjective) || (plain[k].punct && plain[k].fold != ",") {
			return nil
		}
		if plain[k].fold == "," || plain[k].in(setRelativePronoun) {
			c = k
			break
		}
		noun = noun || plain[k].in(setDelegationNoun)
	}
	if c < 1 || !noun || c+2 >= len(plain) {
		return nil
	}
	k := c
	if plain[k].fold == "," {
		k++
	}
	if plain[k].in(setRelativePronoun) {
		k++
	}
	if k >= len(plain) || !plain[k].in(setIncludeVerb) {
		return nil
	}
	var members *actor
	for k++; k < len(plain); k++ {
		it := plain[k]
		if it.punct {
			break
		}
		if it.actor == nil {
			continue
		}
		if it.actor.place() || it.actor.adjective || it.actor.possessive {
			continue
		}
		// "lawmakers of the Front A and B": a body named among the
		// members only says whose they are.
		var people []*entry
		for _, e := range it.actor.ents {
			if e.typ == graph.Person {
				people = append(people, e)
			}
		}
		if len(people) == 0 {
			continue
		}
		if members == nil {
			m := *it.actor
			m.ents = people
			members = &m
		} else {
			members.ents = append(members.ents, people...)
			members.end = it.actor.end
		}
	}
	if members == nil || k+1 >= len(plain) || plain[k].fold != "," || plain[k+1].actor != nil || plain[k+1].punct || !partnerNamed(plain[k+1:]) {
		return nil
	}
	v := make([]item, 0, len(plain)-k)
	v = append(v, item{actor: members, start: members.start, end: members.end})
	v = append(v, plain[k+1:]...)
	return v
}

// partnerNamed reports whether its name an actor that is no place before
// the end of their sentence.
func partnerNamed(its []item) bool {
	for _, it := range its {
		if it.actor != nil && !it.actor.place() && !it.actor.adjective {
			return true
		}
	}
	return false
}

// appositiveBody returns, as an actor, the last body named inside the
// appositive a person's name took in ("X, the commander of the Front (F),"),
// which a "which" right after it refers to; nil when the name took in none
// or names more than one person.
func appositiveBody(s *sentence, ac *actor) *actor {
	if len(ac.ents) != 1 || ac.ents[0].typ != graph.Person {
		return nil
	}
	var body *entry
	for k := range s.mentions {
		if m := &s.mentions[k]; m.start > ac.start && m.start < ac.end && m.entry.typ == graph.Organization {
			body = m.entry
		}
	}
	if body == nil {
		return nil
	}
	side := *ac
	side.ents, side.office = []*entry{body}, office{}
	return &side
}

// whereForcesView returns the view of a clause ", where they ..." after a
// place in which a side's forces are: "Ghana has troops in Lome, where
// they work alongside the Togolese army" reads "Ghana work alongside the
// Togolese army". The main clause names one side, its first actor (not a
// place, an adjective or a possessive, after no reporting word), and its
// forces by a member noun ("troops", "soldiers"), in its own name
// ("Ghanaian troops") or after it, and no other actor but places; a place
// (or a capitalised name the lexicon does not know) closes it right before
// ", where they". The clause after "they"
// acts alongside or with a side (alongside, "work with"), which is what
// forces stationed somewhere do with those there; other deeds ("where
// they met X") are left to the troops. nil when there is no such clause.
func (x *Extractor) whereForcesView(s *sentence, plain []item) []item {
	w := -1
	for k := 3; k+3 < len(plain); k++ {
		if plain[k].fold == "where" && plain[k-1].fold == "," && plain[k+1].actor == nil && plain[k+1].fold == "they" {
			w = k
			break
		}
	}
	if w < 0 {
		return nil
	}
	if pl := plain[w-2]; pl.actor != nil && !pl.actor.place() || pl.actor == nil && !s.toks[pl.start].cap {
		// The place: a name of one, or a capitalised name the lexicon
		// does not know ("bases in Hasakah").
		return nil
	}
	subj, forces := -1, false
	for j := 0; j < w-2; j++ {
		it := plain[j]
		if it.actor == nil {
			if subj < 0 && it.is(classReporting) {
				return nil
			}
			forces = forces || subj >= 0 && it.in(setMemberNoun)
			continue
		}
		ac := it.actor
		if subj >= 0 {
			if !ac.place() && !ac.adjective {
				return nil
			}
			continue
		}
		if len(ac.ents) == 0 || ac.adjective || ac.possessive || ac.place() {
			return nil
		}
		subj = j
		for t := ac.start; t < ac.end; t++ {
			forces = forces || s.toks[t].in(setMemberNoun)
		}
	}
	if subj < 0 || !forces {
		return nil
	}
	acts := false
	for j := w + 2; j+1 < len(plain) && !plain[j].punct; j++ {
		if plain[j].actor == nil && (plain[j].in(setAlongside) || plain[j].fold == "with" && strings.HasPrefix(plain[j-1].fold, "work")) {
			acts = true
			break
		}
	}
	if !acts {
		return nil
	}
	return withSubject(plain, subj, w+2)
}
