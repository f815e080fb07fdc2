package loaders

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/graph"
)

// discourse is what an article has said that later sentences may refer
// back to by a word that does not name it.
type discourse struct {
	// local maps single words to the entities this article gave them:
	// acronyms it defined, surnames of people it named in full.
	local map[string]*entry
	// heads maps the head noun of a body's name ("coalition", "council")
	// to the body last named with it, for "the coalition" later on.
	heads map[string]*entry
	// lastAgreement is the agreement last named, for "that deal" later on.
	lastAgreement *entry
	// agreements are the agreements named so far, the last named last;
	// agreementKinds gives the kind of each (see dealKind), for "the
	// truce" or "the talks" later on.
	agreements     []*entry
	agreementKinds map[*entry]dealKind
	// genericDeals are the agreements named by their noun alone ("an
	// agreement", "the peace deal"), and dealTarget the one each names
	// (see article.sameDeal), found once the article is read.
	genericDeals map[*entry]bool
	dealTarget   map[*entry]*entry
	// pastDeals are the agreements named as earlier than the one the
	// article is about ("an earlier ceasefire"): no generic mention is
	// them, and they are none.
	pastDeals map[*entry]bool
	// lastAttacker is the state or body last stated to attack, for
	// "condemned the attack" later on.
	lastAttacker *entry
	// groupsRead is set once the article's groups are found
	// (article.discoverGroups).
	groupsRead bool
	// groups are the groups it found, named by a word of their own.
	groups map[*entry]bool
	// about holds the theatres the article is about (see article.about),
	// found on first need.
	about map[string]bool
	// army is the state whose army the article named last ("Sudan's
	// army", "the Sudanese military"), for a bare "the army" later on.
	army *entry
	// lastGroup is the armed group or party last named, for "the group"
	// later on.
	lastGroup   *entry
	lastGroupAt int // the sentence that named it
	// groupCount counts the mentions of each armed group, for "the
	// rebels": the group named most.
	groupCount map[*entry]int
	groupOrder []*entry // the groups counted, in order of first mention
	// groupLike remembers article.groupLike for each body asked about.
	groupLike map[*entry]bool
	// first maps the first words of the names of people named in full to
	// them, for a later "Getachew said" (see noteFirstName); nil for a
	// word that more than one of them shares.
	first map[string]*entry
	// alone holds the capitalised words the article uses on their own
	// (see article.usedAlone), found on first need.
	alone map[string]bool
}

// armyWord reports whether t is a bare noun of a state's army.
func armyWord(t token) bool { return t.fold == "army" || t.fold == "military" }

// bareArmy returns the state whose army a bare "the army" at toks[i]
// names: the one whose army the article named last, when the text has
// named one; nil otherwise.
func (d *discourse) bareArmy(x *Extractor, toks []token, i int) *entry {
	if d.army == nil || i == 0 || toks[i].cap || !armyWord(toks[i]) || toks[i-1].fold != "the" {
		return nil
	}
	if i+1 < len(toks) && (toks[i+1].fold == "of" || toks[i+1].hyphen || toks[i+1].word && toks[i+1].cap) {
		return nil
	}
	if x.nounAfter(toks, i+1) {
		// "the army chief", "the military government": another office
		// or body.
		return nil
	}
	return d.army
}

// inferredDiscount lowers the confidence of facts about an entity found
// through a pronoun or an office rather than by name.
const inferredDiscount = 0.85

// resolve gives entities to the actors of s that refer to others: offices
// to their holders, pronouns to the people or bodies named before.
func (a *article) resolve(s *sentence, prev []*sentence) {
	for k, ac := range s.actors {
		switch ac.ref {
		case refOffice:
			ac.ents = a.officeHolder(ac.office, s.index)
			if o := ac.office; len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && o.object != nil && o.object.typ == graph.Country {
				// "the Russian president" read as Putin states his office.
				a.roleFact(s, ac.ents[0], o.predicate, o.object, 0.7, "", readOfficeReference)
			}
		case refPerson, refPossPerson:
			if e := antecedent(s.actors[:k], prev, isPerson); e != nil {
				ac.ents = []*entry{e}
			}
		case refPossBody:
			before := s.actors[:k]
			if ac.relNoun && k > 0 && copulaBetween(s.toks, s.actors[k-1].end, ac.start) {
				// "Hezbollah said Tehran was its main backer": not Tehran;
				// but "Iran sent weapons to its ally" is Iran's ally.
				before = s.actors[:k-1]
			}
			if e := antecedent(before, prev, isBody); e != nil {
				ac.ents = []*entry{e}
			}
		case refPairCountry:
			f, back := a.roster.countryOf, prev
			if bloc := a.x.blocOf(s.toks[ac.start:ac.end]); bloc != "" {
				// "both Gulf states": the last two of that bloc, which may
				// have been named a little further back.
				back = a.sentences[max(0, s.index-blocLookback):s.index]
				f = func(e *entry) *entry {
					if c := a.roster.countryOf(e); c != nil && slices.Contains(c.blocs, bloc) {
						return c
					}
					return nil
				}
			}
			ac.ents = lastTwo(s.actors[:k], back, f)
		case refPairPerson:
			// "the two leaders" are heads of state or government when two
			// are known: not the chief of staff met last.
			leaders := pairOfLeaders(s.toks[ac.start:ac.end])
			person := func(e *entry) bool { return e.typ == graph.Person && (!leaders || a.roster.isLeader(e)) }
			ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if person(e) {
					return e
				}
				return nil
			})
			if leaders && len(ac.ents) < 2 {
				person = isPerson
				ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
					if e.typ == graph.Person {
						return e
					}
					return nil
				})
			}
			if pair := a.lastContactOf(person); pair != nil && !a.facts.inContact(ac.ents) {
				// "the two leaders": the two who met or spoke.
				ac.ents = pair
			}
		case refSpeaker:
			continue
		case refGroup:
			ac.ents = a.lastGroup(s, k, ac.count)
		case refStatePerson:
			if ac.states == nil {
				ac.ents = a.statePerson(s, k, ac.state, ac.office.predicate)
				break
			}
			ac.ents = nil
			for _, st := range ac.states {
				if ac.office.predicate == "" {
					// Counterparts in an office not known: no one.
					ac.ents = nil
					break
				}
				e := a.statePerson(s, k, st, ac.office.predicate)
				if len(e) == 0 {
					// A counterpart not named: the state.
					e = []*entry{st}
				}
				if !containsEntry(ac.ents, e[0]) {
					ac.ents = append(ac.ents, e[0])
				}
			}
		case refAttacker:
			if a.refs.lastAttacker != nil {
				ac.ents = []*entry{a.refs.lastAttacker}
			}
		case refBodySubject:
			if e := reportingSubject(s, k); e != nil {
				ac.ents = []*entry{e}
			}
		case refPairParty:
			// "the two sides": two people when a person was named last,
			// else two states or bodies.
			fits := isBody
			if n := nearestActor(s.actors[:k], prev); n != nil && n.typ == graph.Person {
				fits = isPerson
			}
			ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if fits(e) {
					return e
				}
				return nil
			})
			if ac.ents == nil {
				ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
					if e.typ == graph.Person || isBody(e) {
						return e
					}
					return nil
				})
			}
		default:
			continue
		}
		ac.inferred = true
	}
	// "we" and "our forces" in a quotation are the speaker's side, once
	// the other references of the sentence are resolved.
	var speaker *entry
	for _, ac := range s.actors {
		if ac.ref != refSpeaker || !insideQuote(s.toks, ac.start) {
			continue
		}
		if speaker == nil {
			if speaker = a.roster.quoteSpeaker(s); speaker == nil {
				return
			}
		}
		ac.ents = []*entry{speaker}
		ac.inferred = true
	}
}

// reportingSubject returns the state or body that says "it" does
// something, "Israel said it struck ...": the actor right before the verb
// of speech, or the subject of the sentence ("The US condemned the attack
// and said it ...").
func reportingSubject(s *sentence, k int) *entry {
	verb := s.actors[k].start - 1
	for j := k - 1; j >= 0; j-- {
		ac := s.actors[j]
		if ac.end == verb && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	if k > 0 {
		ac := s.actors[0]
		if (ac.start == 0 || (ac.start == 1 && s.toks[0].is(classDeterminer))) && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	return nil
}

// insideQuote reports whether toks[i] stands inside a quotation.
func insideQuote(toks []token, i int) bool {
	n := 0
	for _, t := range toks[:i] {
		if t.fold == `"` {
			n++
		}
	}
	return n%2 == 1
}

// quoteSpeaker returns the side that speaks in the quotations of s: the
// state or body of the person (or the state or body itself) named next to
// a verb of speech outside the quotation: "'We ...,' Lavrov said" is
// Russia.
func (rs *roster) quoteSpeaker(s *sentence) *entry {
	toks := s.toks
	for _, ac := range s.actors {
		if len(ac.ents) != 1 || ac.ref == refSpeaker || ac.adjective || ac.possessive || insideQuote(toks, ac.start) {
			continue
		}
		before := ac.start > 0 && toks[ac.start-1].in(setSpeechVerb) && !insideQuote(toks, ac.start-1)
		after := ac.end < len(toks) && toks[ac.end].in(setSpeechVerb)
		if !before && !after {
			continue
		}
		return rs.sideOf(ac.ents[0])
	}
	return nil
}

// copulaBetween reports whether toks[i:j] holds a copula: "Tehran was its
// main backer".
func copulaBetween(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].in(setCopula) {
			return true
		}
	}
	return false
}

// noteFirstName records the first word of the name of the person e, as
// the news of some regions names people by it ("Getachew" for Getachew
// Reda, "Abiy" for Abiy Ahmed). Two people sharing it make it no one's.
func (d *discourse) noteFirstName(e *entry, word string) {
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) || strings.ToUpper(word) == word || strings.ContainsAny(word, "-'’.") {
		return
	}
	key := foldWord(word)
	if len(key) < 3 {
		return
	}
	if d.first == nil {
		d.first = make(map[string]*entry)
	}
	if prev, ok := d.first[key]; ok && prev != e {
		d.first[key] = nil
		return
	}
	d.first[key] = e
}

// firstName returns the person a capitalised word names by his first
// name: a word the lexicon does not know (no common given name) that
// starts the name of exactly one person the article named in full.
func (d *discourse) firstName(t token) *entry {
	if !t.cap || t.upper || t.info != nil || d.first == nil {
		return nil
	}
	return d.first[t.fold]
}
