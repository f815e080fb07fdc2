package loaders

import (
	"github.com/entente/entente/graph"
)

// roundVoid reports whether a round of talks or calls a group holds
// ("A and B wrapped up talks in X") is no contact of its pairs: a partner
// or mediator is named after the noun in its clause ("began talks with C",
// "resumed talks between X and Y in Doha", "began talks on Monday, with C
// mediating"), or the pair act for one state ("A's foreign minister and
// A's defence minister wrapped up talks" met a third). A call of three or
// more with others is a conference, every one of them on the line ("A, B,
// C and D held a phone call with E and F").
func (a *article) roundVoid(its []item, b binding, p graph.Predicate) bool {
	if b.g == nil {
		return false
	}
	if len(b.g.ents) == 2 && a.oneSide(b.g.ents) {
		return true
	}
	if p == graph.SpokeWith && len(b.g.ents) > 2 {
		return false
	}
	for k := b.last + 1; k < len(its); k++ {
		it := its[k]
		if it.actor == nil && (it.fold == ";" || it.fold == ":" || it.fold == "--") {
			return false
		}
		if it.actor != nil || k+1 >= len(its) {
			continue
		}
		switch it.fold {
		case "between":
			return true
		case "with":
			if roundPartnerNamed(its, k+1) {
				return true
			}
		}
	}
	return false
}

// roundPartnerNamed reports whether the words at k, after "with", name a
// partner: an actor that is no place nor deal ("with Benin mediating"), or
// an owner or a people noun ("with the rebels' political wing"), not "each
// other" nor a thing ("with a joint statement").
func roundPartnerNamed(its []item, k int) bool {
	for j := k; j < len(its) && j <= k+2; j++ {
		it := its[j]
		if it.punct {
			return false
		}
		if it.actor != nil {
			return !it.actor.place() && (len(it.actor.ents) == 0 || it.actor.ents[0].typ != graph.Agreement)
		}
		if it.fold == "each" || it.fold == "one" {
			return false
		}
		if it.fold == "'s" || it.fold == "'" || it.in(setMemberNoun) || it.is(classGroupNoun) {
			return true
		}
	}
	return false
}

// gatheringVoid reports whether the group of a gathering is none that
// gathers to meet: only people do, or a group headed by a noun of envoys
// ("the foreign ministers of A and B convened"), not troops, fighters,
// supporters or refugees ("Russian and Turkish troops gathered in Idlib",
// "supporters of A and B gathered at the stadium").
func (a *article) gatheringVoid(s *sentence, its []item, b binding) bool {
	if b.g == nil || len(b.g.ents) == 0 || peopleOnly(b.g) {
		return false
	}
	it := its[b.first]
	for t := it.start; t+1 < it.end; t++ {
		if s.toks[t+1].fold == "of" {
			return !s.toks[t].in(setEnvoyGroupNoun)
		}
	}
	return true
}

// theirsVoid reports whether "their meeting" after S's deed to O is no
// meeting of the two: between O and "their" stands a plural noun or a
// complement of "for" or "on" that may own it ("thanked Y for hosting the
// rebel leaders at their meeting", "briefed Y on what the generals said
// at their meeting"), or after the noun a partner ("after their meeting
// with Z"), a time to come ("at their meeting next week") or a call
// ("during their talks by telephone").
func theirsVoid(s *sentence, its []item, b binding) bool {
	k := b.first
	for k <= b.last && its[k].actor != b.o {
		k++
	}
	for k++; k <= b.last && its[k].fold != "their"; k++ {
		it := its[k]
		if it.actor != nil || it.fold == "for" || it.fold == "on" {
			return true
		}
		if pluralItem(it) && !verbItem(s, it) {
			return true
		}
	}
	for k := b.last + 1; k < len(its) && k <= b.last+4; k++ {
		it := its[k]
		if it.punct {
			return false
		}
		if it.actor == nil && (it.in(setInPersonVoid) || it.in(setRemoteWord)) {
			return true
		}
		if it.fold == "with" && k+1 < len(its) && its[k+1].actor != nil {
			return true
		}
	}
	return false
}

// purposeVoid reports whether the one "S called O to congratulate" is
// another than O: only a pronoun that stands for O is O ("called Y to
// congratulate him"), not a name ("called Y to congratulate Z on his
// election") nor a pronoun for another.
func purposeVoid(s *sentence, its []item, b binding) bool {
	it := its[b.last]
	if it.actor == nil || b.o == nil {
		return false
	}
	if !s.toks[it.start].in(setObjectPronoun) || it.end-it.start != 1 {
		return true
	}
	return !sharesEntity(it.actor, b.o)
}
