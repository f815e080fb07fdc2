package loaders

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/graph"
)

// acronymKey prefixes, in discourse.local, an acronym the article
// defined by spelling it out before it in brackets.
const acronymKey = "\x03"

// discourse is what an article has said that later sentences may refer
// back to by a word that does not name it.
type discourse struct {
	// local maps single words to the entities this article gave them:
	// acronyms it defined, surnames of people it named in full.
	// Under acronymKey+word, an acronym the article spelt out in
	// brackets: "the Vantar Liberation Front (VLF)".
	local map[string]*entry
	// heads maps the head noun of a body's name ("coalition", "council")
	// to the body last named with it, for "the coalition" later on.
	heads map[string]*entry
	// headAt is the sentence in which a head noun was last given a body,
	// and headTwo marks a noun that sentence gave two bodies: "the
	// mission" after "the Lake Mission and the Vantar Mission" is either.
	headAt  map[string]int
	headTwo map[string]bool
	// coalition is the body last named with a coalition's head
	// ("coalition", "alliance"), for another such noun later on.
	coalition *entry
	// coalitions counts the changes of coalition: more than one, and a
	// bare coalition noun ("coalition jets") names none.
	coalitions int
	// agreements are the agreements named so far, the last named last;
	// agreementKinds gives the kind of each (see dealKind), for "the
	// truce" or "the talks" later on.
	agreements []*entry
	// dealWords holds the lower-cased words of each deal's name
	// (dealWordsOf).
	dealWords      map[*entry][]string
	agreementKinds map[*entry]dealKind
	// genericDeals are the agreements named by their noun alone ("an
	// agreement", "the peace deal"), and dealTarget the one each names
	// (see article.sameDeal), found once the article is read.
	genericDeals map[*entry]bool
	dealTarget   map[*entry]*entry
	// placedDeals are the agreements an indefinite noun brought in and
	// where they were made named ("signed an agreement in Cairo": the
	// Cairo agreement): the article's one deal of their kind named
	// otherwise, if there is one, is them, as it is an "agreement"
	// alone; no generic mention is them.
	placedDeals map[*entry]bool
	// datedParties are the parties, named after the date, of each deal
	// named by when it was made ("a deal struck in May between A and
	// B": the May deal), so that a second deal of that name with other
	// parties is not merged with it (otherDatedParties).
	datedParties map[string][]*entry
	// pastDeals are the agreements named as earlier than the one the
	// article is about ("an earlier ceasefire"): no generic mention is
	// them, and they are none.
	pastDeals map[*entry]bool
	// describedDeals are the agreements named by their broker and noun
	// alone ("a Turkish-brokered deal", head "") or by common words and
	// a noun ("a joint declaration", head "declaration"): the article's
	// one deal named by a name of its own ("the Ankara Declaration"),
	// with that head if given, is them.
	describedDeals map[*entry]string
	// sponsors are the brokers glued to a deal's name ("a
	// Turkish-brokered deal"), stated once every deal of the article is
	// known (see article.stateSponsors).
	sponsors []dealSponsor
	// attacks are the attacks stated and their authors, for "condemned
	// the attack" later on; fightSentence is one more than the index of
	// the sentence whose fight gave the last authors.
	attacks       attacks
	fightSentence int
	// issuers are those who issued the last statement the article named,
	// for "the statement condemned ..." later on.
	issuers []*entry
	// bloc is the regional body of states the article named last, for
	// "the bloc" later on; otherAlliance marks an alliance named after it
	// by another determiner ("formed an alliance"), which "the alliance"
	// then is.
	bloc          *entry
	otherAlliance bool
	// bodyNames are the names of two words or more the article gave
	// bodies it discovered, folded word by word: "the Islamic Resistance
	// in Iraq, an umbrella group," makes the same words a name later on,
	// where nothing describes them.
	bodyNames []bodyName
	// bodyFirst indexes bodyNames by their first word (addBodyName), so
	// that a word is matched against the names it may open alone.
	bodyFirst map[string][]int
	// groupsRead is set once the article's groups are found
	// (article.discoverGroups).
	groupsRead bool
	// groups are the groups it found, named by a word of their own.
	groups map[*entry]bool
	// about holds the theatres the article is about (see article.about),
	// found on first need.
	about map[string]bool
	// statesNamed holds the states the article names by a name or their
	// capital, not by an adjective alone (see stateNamed); read with about.
	statesNamed map[*entry]bool
	// army is the state's army the article named last ("Sudan's army",
	// "the Sudanese military"), for a bare "the army" later on.
	army *entry
	// armies maps each state to its army in this article: the catalog's
	// or the one the article named first, so that "the Sudanese army"
	// and "Sudan's military" are one body.
	armies map[*entry]*entry
	// armyStated holds the armies whose part-of their state has been
	// stated: once per article.
	armyStated map[*entry]bool
	// mainState is the state the article is about, if one is clear (see
	// article.mainState); mainStateRead is set once it is looked for.
	mainState     *entry
	mainStateRead bool
	// federal is the state whose federal government the article named
	// last ("Ethiopia's federal government"), for "the federal
	// government" later on.
	federal *entry
	// interim holds the provisional authorities the article found by
	// description ("the interim administration"), which a later
	// "the interim administration" names again.
	interim map[*entry]bool
	// juntaState is the state whose junta the article named last: the
	// state whose army "the military" is when the article names none.
	juntaState *entry
	// ruler is the body that rules a state that the article named last by
	// a ruling noun ("Ruritania's junta", "the Syldavian government"),
	// for a bare "the regime" or "the government" later on (rulingBody).
	ruler *entry
	// rulerAt is the sentence that named ruler; rulers is set once the
	// article has named the rulers of two states.
	rulerAt int
	rulers  bool
	// officeHolders maps a catalog person named by an office ("the
	// Supreme Leader") to the person this article named in that office
	// ("Supreme Leader Gigan Tarvol"), or to himself when it named two
	// (see article.officeAliasAt); officeAt holds, for the sentence being
	// read, where such an office was read before a name.
	officeHolders map[*entry]*entry
	officeAt      []officeBefore
	// groupNames maps the word of a part by which a group reference
	// named a group ("guarantor") to that group, for a later reference
	// by the same word (see lastGroup).
	groupNames map[string][]*entry
	// lastGroup is the armed group or party last named, for "the group"
	// later on.
	lastGroup   *entry
	lastGroupAt int // the sentence that named it
	// otherGroupAt is one more than the index of the last sentence that
	// named a second armed group besides lastGroup.
	otherGroupAt int
	// groupCount counts the mentions of each armed group, for "the
	// rebels": the group named most.
	groupCount map[*entry]int
	groupOrder []*entry // the groups counted, in order of first mention
	// groupAt maps each group counted to the last sentence that named it,
	// for "the militiamen": the one group in play (groupInPlay).
	groupAt map[*entry]int
	// groupLike remembers article.groupLike for each body asked about.
	groupLike map[*entry]bool
	// typedGroup holds the bodies the text itself described as armed
	// groups (article.typeAsGroup).
	typedGroup map[*entry]bool
	// nonState holds the discovered bodies the article describes as an
	// opposition or armed band (see oppositionDescribed): no organ of the
	// state whose adjective opens their name.
	nonState map[*entry]bool
	// first maps the first words of the names of people named in full to
	// them, for a later "Getachew said" (see noteFirstName); nil for a
	// word that more than one of them shares.
	first map[string]*entry
	// ranked maps a rank's last word ("general", "prince") to the person
	// the article last named after it, for "the general" later on.
	ranked map[string]*entry
	// titled are the people the article named after the bare title of
	// an office, one with no state or body ("President Arvo Kesk"), in
	// the order named: "the president" later is the one such president
	// named before, when no holder of the office is known otherwise (see
	// article.officeHolder).
	titled []titledPerson
	// titledBy and titledAs index titled by person and by office, so
	// that a reference reads the titles of its person or office alone.
	titledBy map[*entry][]int
	titledAs map[office][]int
}

// addTitled records that sentence at named person after the bare title
// of office o.
func (d *discourse) addTitled(o office, person *entry, at int) {
	if d.titledBy == nil {
		d.titledBy = make(map[*entry][]int)
		d.titledAs = make(map[office][]int)
	}
	d.titledBy[person] = append(d.titledBy[person], len(d.titled))
	d.titledAs[o] = append(d.titledAs[o], len(d.titled))
	d.titled = append(d.titled, titledPerson{o, person, at})
}

// titledPerson is a person named in sentence at after the bare title of
// office o, whose object is nil.
type titledPerson struct {
	o      office
	person *entry
	at     int
}

// titledHolder returns the one person the article named after the bare
// title of office o up to sentence si, that sentence included; nil when it
// named none, or two ("President A ... President B ... the president").
func (d *discourse) titledHolder(o office, si int) *entry {
	var p *entry
	for _, x := range d.titledAs[o] {
		t := d.titled[x]
		if t.at > si {
			continue
		}
		if p != nil && p != t.person {
			return nil
		}
		p = t.person
	}
	return p
}

// armyWord reports whether t is a bare noun of a state's army.
func armyWord(t token) bool { return t.in(setArmyNoun) }

// bareArmy returns the army a bare "the army" at toks[i] names, and the
// length of its noun: the army the article named last, or, when it has
// named none, the army of the state the article is about, if one is
// clear; nil otherwise. "army chief" without "the" names it too: the
// office is the army's; so do "government forces", "federal troops" and
// "the armed forces" with no state before them. An army noun that opens
// a ruler's title ("military leader X", rulerTitleAt) names none.
//
// ms are the mentions found before it in the sentence: when its first
// names a state, or a body of one, whose army the article has named, the
// army is that state's ("The Nigerian defence ministry said ... where the
// army has been fighting" after "the Nigerien military"), not the other
// state's named last. "Government forces" are the army of the state their
// clause, else the sentence before, is about (stateAround), before the
// army named last: a report on a war that names several states names the
// army of one of them last, and the government's forces may be another's.
func (a *article) bareArmy(s *sentence, i int, ms []mention) (*entry, int) {
	toks := s.toks
	if armyWord(toks[i]) && rulerTitleAt(toks, i) {
		// "Military leader X said", "said military leader X": the
		// army's noun opens the title of a state's ruler (as in
		// armyMentions); no army is named.
		return nil, 0
	}
	if toks[i].cap && (i > 0 || !toks[i].in(setArmyForcesWord) && !(armyWord(toks[i]) && armyOffice(toks, i+1))) {
		// "Government forces attacked ..." opens a sentence; so does
		// "Army spokesman X said", the army's office.
		return nil, 0
	}
	n := 0
	switch {
	case i == 0 && !toks[i].in(setArmyForcesWord) && !(armyWord(toks[i]) && armyOffice(toks, i+1)):
		return nil, 0
	case armyWord(toks[i]) && i+1 < len(toks) && toks[i+1].in(setArmyNounAfter) && !toks[i+1].cap:
		// "an army unit attacked ...", "army units took over ...".
		n = 2
	case armyWord(toks[i]):
		n = 1
		if i+1 < len(toks) && (ofComplement(toks, i+1) || toks[i+1].hyphen || toks[i+1].word && toks[i+1].cap) {
			return nil, 0
		}
		if i > 0 && (toks[i-1].fold == "'s" || toks[i-1].fold == "'" || toks[i-1].cap && toks[i-1].word && !toks[i-1].is(classStopword) && !toks[i-1].is(classDeterminer) || toks[i-1].is(classPossRef)) {
			// "Hezbollah's military chief", "Hamas military
			// commander": the military of the body named before.
			return nil, 0
		}
		if !armyOffice(toks, i+1) && (toks[i-1].fold != "the" || a.x.nounAfter(toks, i+1)) {
			// "the military government": another body; but "army
			// chief General X", "the army spokesman": the army's
			// office.
			return nil, 0
		}
	case toks[i].in(setArmyForcesWord):
		if m, _ := a.x.armyNounAt(toks, i); m != 2 {
			return nil, 0
		}
		if i > 0 && (toks[i-1].cap && toks[i-1].word || toks[i-1].fold == "'s" || toks[i-1].is(classPossRef)) || toks[i].hyphen {
			// "Iraqi government forces", "Ethiopia's federal forces",
			// "its armed forces": another reading names their state;
			// "pro-government forces" are no army.
			return nil, 0
		}
		n = 2
	default:
		return nil, 0
	}
	// "Government forces" the clause's subject state acts on are no
	// forces of its own: "Israel launched raids, targeting government
	// forces" are another state's, or unknown.
	govForces := n == 2 && toks[i].fold == "government"
	var actor *entry
	if govForces {
		actor = a.clauseSubjectState(toks, ms, i)
	}
	if actor == nil {
		if e := a.subjectArmy(toks, ms); e != nil {
			a.refs.army = e
			return e, n
		}
	}
	if govForces {
		// "government forces", "government troops": the army of the
		// state the text around them is about, which may not be the
		// state whose army the article named last ("rebels of the
		// Front clashed with government troops around Damascus" after
		// "the Russian military"). "The armed forces" an office heads
		// or a leader congratulates are rather his own state's.
		if st := a.stateAround(s, i, ms, true); st != nil && st != actor {
			e := a.stateArmy(st, "army")
			if e == nil && a.x.catalog.armyOf(st) != nil {
				// The catalog's army, whatever its nouns: "government
				// forces" name no noun of it.
				e = a.armyOf(st, "")
			}
			if e != nil {
				// Read here, not named: "the army" later is still the
				// one the article named.
				return e, n
			}
		}
	}
	if actor != nil {
		return nil, 0
	}
	if a.refs.army != nil {
		return a.refs.army, n
	}
	st := a.mainState()
	if st != nil && backerBefore(toks, ms, st) {
		// "X, backed by Uganda, clashed with the army": the article's
		// only state backs a side; the army is not its own.
		return nil, 0
	}
	if toks[i].fold == "federal" {
		// "the federal army": the army of the state "the federal
		// government" would name.
		st = a.federalState()
	}
	if st == nil {
		return nil, 0
	}
	noun := toks[i].fold
	if n == 2 && !armyWord(toks[i]) {
		noun = "army"
	}
	e := a.stateArmy(st, noun)
	if e == nil {
		return nil, 0
	}
	a.refs.army = e
	return e, n
}

// backerBefore reports whether one of ms, the mentions before a bare
// "the army", names the state st as the backer of another: after a
// backing verb and "by" ("backed by Uganda", "supported by Rwanda"),
// glued to a backing participle ("the Uganda-backed Front"), or as the
// subject of a backing verb in a relative clause ("which Rwanda backs").
func backerBefore(toks []token, ms []mention, st *entry) bool {
	for _, m := range ms {
		if m.entry != st {
			continue
		}
		if j := m.start - 1; j > 0 && toks[j].fold == "by" && toks[j-1].in(setBackingVerb) {
			return true
		}
		if m.end < len(toks) && (toks[m.end].hyphen && toks[m.end].in(setBackingParticiple) ||
			m.start > 0 && toks[m.start-1].is(classRelative) && toks[m.end].in(setBackingVerb)) {
			return true
		}
	}
	return false
}

// stateArmy returns the army of state st in this article (armyOf). When
// the article never named it, it is called as news calls a state's army,
// by the state's adjective and the noun the text uses ("Nigerian army");
// nil when the state has no adjective or the catalog's army of the state
// goes by other nouns (the Aerospace Forces are Russia's "military", not
// its "army").
func (a *article) stateArmy(st *entry, noun string) *entry {
	if e := a.refs.armies[st]; e != nil {
		return e
	}
	d := a.x.catalog.demonyms[st]
	if d == "" {
		return nil
	}
	if ca := a.x.catalog.armyOf(st); ca != nil && !a.x.catalog.namesBody(st, noun, ca) {
		return nil
	}
	return a.armyOf(st, d+" "+noun)
}

// officeArmy returns the body an office that heads a state's armed forces
// (a title marked army: "Chief of Army Staff", "chief of defence forces")
// belongs to, given obj, the object the office's qualifiers qs give it. A
// body named with the title stays its own ("the SSPDF chief of defence
// forces"); a state gives way to its army ("Nigeria's Chief of Army Staff"
// heads the Nigerian army, not Nigeria); an office no qualifier owns ("X,
// the Chief of Army Staff,") heads the army of the one state the text
// around it names (stateAround: this sentence and the one before, else
// the article's main state). bare reports that last case, where the
// discourse, not the sentence, gave the army.
func (a *article) officeArmy(s *sentence, i int, t title, obj *entry, qs []*mention) (army *entry, bare bool) {
	switch {
	case !t.army:
		return obj, false
	case obj != nil && obj.typ == graph.Country:
		if e := a.stateArmy(obj, "army"); e != nil {
			a.refs.army = e
			return e, false
		}
		return obj, false
	case obj != nil || len(qs) > 0:
		return obj, false
	}
	// Not the army named last: a report on two states' war names both
	// armies, and a bare office may be the other state's.
	if st := a.stateAround(s, i, s.mentions, false); st != nil {
		if e := a.stateArmy(st, "army"); e != nil {
			a.refs.army = e
			return e, true
		}
	}
	return nil, false
}

// subjectArmy returns the army, named before in the article, of the
// state the first of ms names, by name, adjective or possessive or as the
// state of one of its bodies; nil when ms opens with no state, with a
// place ("in Chad"), or with a state whose army the article never named.
func (a *article) subjectArmy(toks []token, ms []mention) *entry {
	if len(ms) == 0 || a.refs.armies == nil {
		return nil
	}
	m := ms[0]
	st := m.entry
	if st.typ == graph.Organization && st.country != "" {
		st = a.x.catalog.byName[st.country]
	}
	if st == nil || st.typ != graph.Country || locativeBefore(toks, m.start) {
		return nil
	}
	return a.refs.armies[st]
}

// clauseSubjectState returns the state the first of ms, the mentions
// before toks[i], names as the subject of the clause toks[i] stands in
// (a body of a state stands for it): "Israel has since launched raids,
// targeting government forces". Nil when a reporting verb stands between
// them ("Syria said government forces retook the town": the forces are
// the reported clause's subject), a relative clause opens ("Accra, where
// the Front clashed with government troops") or the first mention is a
// place.
func (a *article) clauseSubjectState(toks []token, ms []mention, i int) *entry {
	if len(ms) == 0 || ms[0].start >= i || locativeBefore(toks, ms[0].start) || ms[0].start > 0 && isPreposition(toks[ms[0].start-1].fold) {
		return nil
	}
	st := a.x.catalog.stateOf(ms[0].entry)
	if st == nil || st.typ != graph.Country {
		return nil
	}
	for k := ms[0].end; k < i; k++ {
		if toks[k].is(classReporting) || toks[k].is(classRelative) || toks[k].fold == "where" || toks[k].fold == ";" {
			return nil
		}
	}
	return st
}

// federalGovernment returns the state "the federal government" at
// toks[i] names: the state of the capital after it ("the federal
// government in Mogadishu"), the one whose federal government the article
// named last, or the state whose head of state or government it named
// last; nil when none is known. A phrase that goes on to say whose ("the
// federal government of Somalia") is left to the catalog.
func (a *article) federalGovernment(toks []token, i int) *entry {
	if i == 0 || i+1 >= len(toks) || toks[i].cap || toks[i].fold != "federal" || toks[i-1].fold != "the" || toks[i+1].fold != "government" {
		return nil
	}
	if j := i + 2; j < len(toks) {
		if toks[j].fold == "of" || toks[j].word && toks[j].cap || toks[j].hyphen {
			return nil
		}
		if toks[j].fold == "in" && j+1 < len(toks) {
			if m, ok := a.catalogMention(toks, j+1, nil); ok && m.entry.typ == graph.Country {
				return m.entry
			}
		}
	}
	return a.federalState()
}

// federalState returns the state whose federal government or army a
// bare "federal" names: the one whose federal government the article
// named last, or the state whose head of state or government it named
// last; nil when none is known.
func (a *article) federalState() *entry {
	if a.refs.federal != nil {
		return a.refs.federal
	}
	for h := len(a.roster.list) - 1; h >= 0; h-- {
		if o := a.roster.list[h]; o.object.typ == graph.Country && (o.predicate == graph.PresidentOf || o.predicate == graph.PrimeMinisterOf) {
			return o.object
		}
	}
	return nil
}

// mainState returns the state the article is about, when one is clear:
// the state whose junta it named, or else the only state it names, by
// name, capital or adjective. "The army" of an article that never says
// whose is that state's. The state named most is no guide: a report on
// Myanmar's war may name China more often, one on Sudan's the mediating
// Kenya.
func (a *article) mainState() *entry {
	if a.refs.juntaState != nil {
		return a.refs.juntaState
	}
	if a.refs.mainStateRead {
		return a.refs.mainState
	}
	a.refs.mainStateRead = true
	counts := make(map[*entry]int)
	for _, s := range a.sentences {
		plainAliases(s.toks, func(_ int, al *alias) bool {
			if al.entry.typ != graph.Country {
				return true
			}
			counts[al.entry]++
			return false
		})
	}
	if len(counts) == 1 {
		for e := range counts {
			a.refs.mainState = e
		}
	}
	return a.refs.mainState
}

// armyOffice reports whether toks[k] is the title of one who heads or
// speaks for an army: "chief", "commander", "spokesman"; not "officials".
func armyOffice(toks []token, k int) bool {
	t, n := matchTitle(toks, k)
	return n > 0 && !t.plural && t.target != targetCountry && (t.predicate == graph.HeadOf || t.predicate == graph.SpokespersonOf)
}

// armyNounAt returns the length of the noun of a state's armed forces at
// toks[j], "army", "military", "armed forces", "defence force", and
// whether it is a plural of its troops, "troops", "forces", "soldiers";
// 0 when there is none or the noun only qualifies what follows
// ("military government", "army base", "military advisers").
func (x *Extractor) armyNounAt(toks []token, j int) (n int, troops bool) {
	if j >= len(toks) || !toks[j].word {
		return 0, false
	}
	switch t := toks[j]; {
	case t.in(setArmyNoun):
		n = 1
	case t.in(setArmyForcesWord) && j+1 < len(toks) && !toks[j+1].hyphen && (toks[j+1].fold == "force" || toks[j+1].in(setTroopNoun) || toks[j+1].in(setArmyNoun)):
		// "armed forces", "the Rwanda Defence Force", "Iraqi
		// government forces", "the federal army".
		n = 2
	case t.in(setTroopNoun) && !t.cap:
		n, troops = 1, true
	default:
		return 0, false
	}
	if g := x.words.has(classGroupNoun, toks, j); g > n {
		// "military advisers", "military police": another group.
		return 0, false
	}
	k := j + n
	if k >= len(toks) || !toks[k].word {
		return n, troops
	}
	if toks[k].cap && !toks[k].is(classStopword) || toks[k].hyphen {
		// "the Sudanese Armed Forces Command": a longer name.
		return 0, false
	}
	if _, m := matchTitle(toks, k); m > 0 {
		if armyOffice(toks, k) {
			// "Sudan's army chief": the army's office.
			return n, troops
		}
		return 0, false
	}
	if x.nounAfter(toks, k) {
		return 0, false
	}
	if toks[k].is(classCoordinator) || toks[k].fold == "or" || toks[k].fold == "," {
		// "the army and its allies", "the army and the RSF"; but
		// "Iran's military and financial support": an adjective
		// coordinated with another.
		if l := k + 1; l < len(toks) && toks[l].word && !toks[l].cap && adjectiveLike(toks[l].fold) {
			return 0, false
		}
		return n, troops
	}
	if toks[k].fold == "'s" || toks[k].is(classStopword) || toks[k].is(classDeterminer) || toks[k].is(classRelative) || toks[k].is(classLocative) {
		return n, troops
	}
	// A lower-case word after it: a verb ("the Sudanese army said",
	// "the Malian army has") keeps the army; a noun ("military
	// operation", "army positions") makes it an adjective.
	if f := toks[k].fold; strings.HasSuffix(f, "ed") || toks[k].in(setIrregularPast) || toks[k].in(setAuxVerb) || toks[k].in(setAuxWord) || toks[k].in(setSaysVerb) {
		return n, troops
	}
	if toks[k].in(setArmyNounAfter) {
		// "Iraqi army units": still the army.
		return n, troops
	}
	return 0, false
}

// namesArmy reports whether the noun of an army's name at toks[j] names
// the army itself, "the Syrian forces said", not its "military advisers"
// or "army positions".
func (x *Extractor) namesArmy(toks []token, j int) bool {
	k := j
	if j > 0 && toks[j-1].in(setArmyForcesWord) && (toks[j].fold == "force" || toks[j].in(setTroopNoun) || toks[j].in(setArmyNoun)) {
		k = j - 1
	}
	n, _ := x.armyNounAt(toks, k)
	return n > 0 && k+n == j+1
}

// adjectiveLike reports whether w has the ending of an adjective of
// kind, "financial", "economic", "logistical", "defensive": the words
// coordinated with "military" in "military and financial support".
func adjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ic", "ary", "ive", "ian", "ous"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// armyMentions reads a state's armed forces named by its adjective,
// name or possessive and a noun of armed forces, "the Sudanese army",
// "Mali's armed forces", "Iraqi government forces": a body of its own,
// part of the state when a possessive says whose. The catalog's army of
// the state ("Israel's army" of the Israel Defense Forces) is that body,
// though only its own aliases name it by the state's adjective; else the
// first phrase the article uses names it, and every later one is the
// same body. A plural of troops ("Eritrean troops", "Iranian forces")
// stays the state acting, as the catalog's aliases may say otherwise.
func (a *article) armyMentions(s *sentence, ms []mention) []mention {
	toks := s.toks
	for k := 0; k < len(ms); k++ {
		m := &ms[k]
		if m.entry.typ != graph.Country || m.kind == aliasDefinite || !toks[m.start].cap {
			continue
		}
		j := m.end
		possessive := j < len(toks) && toks[j].fold == "'s"
		if possessive {
			j++
		} else if m.kind != aliasDemonym && m.kind != aliasName {
			continue
		}
		n, troops := a.x.armyNounAt(toks, j)
		if last := m.end - 1; (n == 0 || troops) && !possessive && last > m.start && toks[last].in(setArmyForcesWord) {
			// "Iraqi government forces", where "Iraqi government"
			// names the state.
			if n2, _ := a.x.armyNounAt(toks, last); n2 == 2 {
				j, n, troops = last, 2, false
			}
		}
		if n == 1 && rulerTitleAt(toks, j) {
			// "Niger's military leader X", "the Malian military
			// strongman": the army's noun opens the title of the state's
			// ruler, which the state before it qualifies; no army is
			// named ("Niger's military said" names one).
			continue
		}
		if n == 0 || troops {
			// "Eritrean troops", "Iranian forces": the annotators of
			// news read the state acting as often as its army.
			continue
		}
		if ca := a.x.catalog.armyOf(m.entry); ca != nil && (!possessive || !a.x.catalog.namesBody(m.entry, textOf(toks, j, j+n), ca)) {
			// The catalog's aliases say which of "Russian army",
			// "Russian military" name its army body, and so which of
			// "Russia's army", "Russia's military" do.
			continue
		}
		var named *entry
		if k+1 < len(ms) && ms[k+1].start < j+n {
			// "the Sudanese Armed Forces", which discovery found as a
			// name: the army's name, unless the catalog knows it.
			next := ms[k+1]
			_, catalogued := a.x.catalog.byName[next.entry.name]
			if next.start != j || next.end != j+n || next.entry.typ != graph.Organization || catalogued {
				continue
			}
			named = next.entry
		}
		army := a.armyOf(m.entry, textOf(toks, m.start, j+n))
		if army == nil {
			continue
		}
		if named != nil {
			ms = slices.Delete(ms, k+1, k+2)
			m = &ms[k]
		}
		m.end, m.entry, m.kind = j+n, army, aliasName
		a.refs.army = army
		if possessive && !a.refs.armyStated[army] {
			// "Sudan's army" says whose army it is; "the Sudanese
			// army" only names it.
			if a.refs.armyStated == nil {
				a.refs.armyStated = make(map[*entry]bool)
			}
			a.refs.armyStated[army] = true
			a.partOf(s, army, a.x.catalog.byName[army.country], 0.8, readOwnedName)
		}
	}
	return ms
}

// stateActing returns the state an entity acts for, as roster.countryOf
// does, and the state of an army the article named: "Sudan's army ...
// Chad ... the two neighbours" are Sudan and Chad.
func (a *article) stateActing(e *entry) *entry {
	if e.typ == graph.Organization && e.country != "" {
		if st := a.x.catalog.byName[e.country]; st != nil && a.refs.armies[st] == e {
			return st
		}
	}
	return a.roster.countryOf(e)
}

// armyOf returns the army of state in this article, named by phrase when
// the article names it first: the catalog's army of the state, the one
// the article named before, or a new body.
func (a *article) armyOf(state *entry, phrase string) *entry {
	if e := a.refs.armies[state]; e != nil {
		return e
	}
	e := a.x.catalog.armyOf(state)
	if e == nil {
		if _, catalogued := a.x.catalog.byName[phrase]; catalogued {
			return nil
		}
		e = a.discovered(phrase, graph.Organization)
		if e.typ != graph.Organization {
			return nil
		}
		e.country = state.name
	}
	if a.refs.armies == nil {
		a.refs.armies = make(map[*entry]*entry)
	}
	a.refs.armies[state] = e
	return e
}

// armyNamed records the body of the mention m, which the article
// discovered named by a state's adjective or name and an army's noun and
// nothing else ("the Sudanese Armed Forces", "the Ruritania Army"), as the
// army of that state when the catalog knows none: a bare "the army" later
// is it, not another body of the state's adjective and "army" (armyOf).
func (a *article) armyNamed(toks []token, m mention) {
	var st *entry
	openingAliases(toks, m, func(al *alias, n int) bool {
		if al.entry.typ != graph.Country || al.scope != "" {
			return false
		}
		if k, _ := a.x.armyNounAt(toks, m.start+n); m.start+n+k != m.end {
			return false
		}
		st = al.entry
		return true
	})
	if st == nil || a.x.catalog.armyOf(st) != nil {
		return
	}
	if a.refs.armies == nil {
		a.refs.armies = make(map[*entry]*entry)
	}
	if a.refs.armies[st] == nil {
		// The state's, as the army armyOf makes for it.
		m.entry.country = st.name
		a.refs.armies[st] = m.entry
	}
	if a.refs.armies[st] == m.entry {
		a.refs.army = m.entry
	}
}

// stateAround returns the one state the text around toks[i] of s is
// about, named by a state's mention or a state body's in s (its mentions
// ms) and in the sentence before s. Two states named there give nil. How
// it reads them is scene's:
//
//   - for a bare "government forces" (scene), the clause of toks[i] comes
//     first, after the last word that opens a reported clause ("Ghana
//     said" names the speaker, not the scene), and the sentence before
//     only when the clause names none; a mention carried from memory and
//     a state named as another's backer (backerBefore: "rebels backed by
//     Ankara fighting government forces") are left out; the article's
//     main state is no fallback (bareArmy has its own);
//   - else both sentences, s only before i, are read as one, and when
//     they name none the state the article is about (mainState) is
//     returned: "Iran, which backs Assad with Russia, said ... Armed
//     forces chief X" may be either's.
func (a *article) stateAround(s *sentence, i int, ms []mention, scene bool) *entry {
	var st *entry
	two := false
	add := func(toks []token, ms []mention, from, to int) {
		for _, m := range ms {
			if m.start < from || m.start >= to {
				continue
			}
			e := a.x.catalog.stateOf(m.entry)
			if e == nil || e.typ != graph.Country || e == st || scene && (m.memory || backerBefore(toks, ms, e)) {
				continue
			}
			if st != nil {
				two = true
				return
			}
			st = e
		}
	}
	var prev *sentence
	if k := s.index - 1; k >= 0 && k < len(a.sentences) {
		prev = a.sentences[k]
	}
	if !scene {
		if prev != nil {
			add(prev.toks, prev.mentions, 0, len(prev.toks))
		}
		if !two {
			add(s.toks, ms, 0, i)
		}
		switch {
		case two:
			return nil
		case st == nil:
			return a.mainState()
		}
		return st
	}
	from := 0
	for j := i - 1; j >= 0; j-- {
		if s.toks[j].is(classReporting) {
			from = j + 1
			break
		}
	}
	if add(s.toks, ms, from, len(s.toks)); st != nil || two {
		if two {
			return nil
		}
		return st
	}
	if prev != nil {
		add(prev.toks, prev.mentions, 0, len(prev.toks))
	}
	if two {
		return nil
	}
	return st
}

// pairVerbSubject returns the actor that is the subject of the verb whose
// object is the pair reference s.actors[k]: the actor right before it,
// then perhaps a comma and a relative pronoun, auxiliaries and adverbs
// ("has openly"), one verb that does not report, and determiners ("Somalia, which supports both
// countries", "it backed the two countries"), or the verb's object and
// "to" or "with" ("Chile sells arms to both countries"). It returns nil when the
// reference opens a clause of its own ("Russia said the two countries",
// "agreed that the two countries") or follows its own names ("Chad and
// Sudan, the two countries").
func pairVerbSubject(s *sentence, k int) *actor {
	if k == 0 {
		return nil
	}
	toks := s.toks
	p := s.actors[k-1]
	if len(p.ents) == 0 || p.adjective || p.possessive || p.place() {
		return nil
	}
	j := p.end
	if j < len(toks) && toks[j].fold == "," {
		j++
	}
	if j < len(toks) && toks[j].in(setRelativePronoun) {
		j++
	}
	j = skipAux(j, 1, -1, auxVerbs|auxAdverbs|lyAdverbs, func(k int) (setBits, string, bool) {
		if k >= len(toks) {
			return setBits{}, "", false
		}
		if !toks[k].word || toks[k].cap {
			// A capitalised auxiliary passes, a capitalised word in
			// -ly does not: no fold to test.
			return toks[k].sets, "", true
		}
		return toks[k].sets, toks[k].fold, true
	})
	if j >= len(toks) || !toks[j].word || toks[j].cap || toks[j].is(classReporting) || !finiteVerb(toks[j]) {
		return nil
	}
	start := s.actors[k].start
	for start > j+1 && toks[start-1].is(classDeterminer) {
		start--
	}
	if start > j+2 && start-j <= 6 && (toks[start-1].fold == "to" || toks[start-1].fold == "with") {
		// "sells weapons to both countries", "which keeps close ties
		// with the two sides": the verb's object, then the pair after
		// "to" or "with", lower-case words all.
		for _, t := range toks[j+1 : start-1] {
			if !t.word || t.cap || t.is(classReporting) || t.in(setSubordinator) || t.is(classRelative) || t.in(setRelativePronoun) {
				return nil
			}
		}
		return p
	}
	for j++; j < start; j++ {
		if !toks[j].is(classDeterminer) {
			return nil
		}
	}
	return p
}

// forcesOwner returns whose are the forces "its" opens when it stands
// for e: a state's office ("the defence ministry said its troops", "the
// interior ministry ... its forces") commands none of its own, so they are
// the state's, as news read a state's troops; any other body keeps its
// own ("the militia ... its fighters").
func (a *article) forcesOwner(toks []token, ac *actor, e *entry) *entry {
	if e.typ != graph.Organization || e.country == "" || !a.lastWordIn(e.name, setOfficeHead) {
		return e
	}
	if n, _ := a.x.armyNounAt(toks, ac.start+1); n == 0 {
		return e
	}
	if st := a.x.catalog.byName[e.country]; st != nil && st.typ == graph.Country {
		return st
	}
	return e
}

// inferredDiscount lowers the confidence of facts about an entity found
// through a pronoun or an office rather than by name.
const inferredDiscount = 0.85

// resolve gives entities to the actors of s that refer to others: offices
// to their holders, pronouns to the people or bodies named before.
func (a *article) resolve(s *sentence, prev []*sentence) {
	// Names are all known by now, a surname defined later included.
	defer a.whoseNamedBody(s)
	defer a.possessorsBodies(s)
	defer a.possessedBody(s)
	defer a.possessiveStateBodies(s)
	defer a.governmentTitle(s)
	defer a.delegationTitle(s)
	for k, ac := range s.actors {
		switch ac.ref {
		case refOffice:
			if p := apposedPerson(s, k); p != nil {
				// "Chiya Firat, the SDF commander who led ...": the
				// office is his, not that of someone named elsewhere.
				ac.ents = []*entry{p}
				break
			}
			ac.ents = a.officeHolder(ac.office, s.index)
			if len(ac.ents) == 0 {
				a.envoyForState(s, ac)
			}
			if o := ac.office; len(ac.ents) == 1 && ac.ents[0].typ == graph.Person && o.object != nil && o.object.typ == graph.Country {
				// "the Russian president" read as Putin states his office.
				a.roleFact(s, ac.ents[0], o.predicate, o.object, 0.7, "", readOfficeReference)
			}
		case refPerson, refPossPerson:
			if e := reportedSpeaker(s, k); e != nil {
				ac.ents = []*entry{e}
			} else if e := openingSubject(s, k); e != nil {
				ac.ents = []*entry{e}
			} else if e := mainSubjectOverObject(s, k); e != nil {
				ac.ents = []*entry{e}
			} else if e, ok := previousSubject(s, k, prev); ok {
				// nil: the sentences before leave the subject unsure.
				if e != nil {
					ac.ents = []*entry{e}
				}
			} else if e := antecedent(s.actors[:k], prev, isPerson); e != nil {
				ac.ents = []*entry{e}
			}
			if subj := objectPronounSubject(s, k); subj != nil && len(ac.ents) == 1 && ac.ents[0] == subj {
				// "X called him to congratulate him": an object
				// pronoun is never its own clause's subject (that
				// would be "himself"); the person named before it in
				// the sentence who is not, else the person of the
				// sentences before. The one who reports the clause ("Y
				// said X received him") is taken only when those name
				// no one: a visitor named before is the one received.
				ac.ents = nil
				fits := func(e *entry) bool { return isPerson(e) && e != subj }
				e := antecedent(s.actors[:k], nil, fits)
				if (e == nil || reportsClause(s, k, e)) && !subjectAfterOf(s, k, subj) {
					// "the actions of X had stripped him": X, the
					// subject's complement, may be "him"; no one else.
					if p := antecedent(nil, prev, fits); p != nil {
						e = p
					}
				}
				if e != nil {
					ac.ents = []*entry{e}
				}
			}
		case refPossBody:
			before := s.actors[:k]
			if ac.relNoun && k > 0 && copulaBetween(s.toks, s.actors[k-1].end, ac.start) {
				// "Hezbollah said Tehran was its main backer": not Tehran;
				// but "Iran sent weapons to its ally" is Iran's ally.
				before = s.actors[:k-1]
			}
			ambiguous := false
			if e := ownSubject(s, k); e != nil {
				ac.ents = []*entry{e}
			} else if e := openingBody(s, k, &ambiguous); e != nil {
				ac.ents = []*entry{a.forcesOwner(s.toks, ac, e)}
			} else if !ambiguous {
				// "A fought B, and its fighters attacked C" (ambiguous)
				// is A's or B's: no one's.
				if e := antecedent(before, sinceUnnamedSubject(prev), isBody); e != nil {
					if e = notOwnTarget(s, before, e, ac); e != nil {
						ac.ents = []*entry{a.forcesOwner(s.toks, ac, e)}
					}
				}
			}
		case refPairCountry:
			f, back := a.stateActing, prev
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
			partners, acted := a.pairPartners(s, k)
			if partners != nil {
				// "Somalia, which supports both countries", "He
				// congratulated the two nations": the two are others than
				// the one that acts on them, and his state.
				g := f
				f = func(e *entry) *entry {
					if st := g(e); st != nil && !containsEntry(partners, e) && !containsEntry(partners, st) {
						return st
					}
					return nil
				}
			}
			if pair, ok := a.peoplePair(s, k); ok && a.x.blocOf(s.toks[ac.start:ac.end]) == "" && ac.offices == "" && (pair == nil || f(pair[0]) != nil && f(pair[1]) != nil) {
				// "X met Y, and the two countries agreed": theirs.
				ac.ents = pair
				break
			}
			if acted {
				// A pair acted on by a third is a pair the article set
				// apart before; the last two states named may be anyone.
				ac.ents = a.statedPair(s, k, f)
				break
			}
			ac.ents = lastTwoOf(s.actors[:k], back, f, true)
			if ac.ents == nil {
				// No two states in the sentences just before: the pair the
				// article set together ("A and B signed ... Trump said
				// both countries had agreed").
				ac.ents = a.statedPair(s, k, f)
			}
		case refPairPerson:
			partners, acted := a.pairPartners(s, k)
			// "Trump said he had called both leaders": neither is he,
			// nor of his state.
			apart := func(e *entry) bool { return a.apartFrom(partners, e) }
			if pair := a.officePair(ac.offices, s.index); ac.offices != "" && pair != nil && apart(pair[0]) && apart(pair[1]) {
				// "the two prime ministers": the two named in that
				// office, not the mediator between them.
				ac.ents = pair
				break
			}
			// "the two leaders" are heads of state or government when two
			// are known: not the chief of staff met last.
			leaders := pairOfLeaders(s.toks[ac.start:ac.end])
			// someone is any person the reference may name; person, when
			// it says "leaders", only one who leads a state.
			someone := func(e *entry) bool {
				return isPerson(e) && apart(e) && (ac.offices == "" || !a.holdsOtherOffice(e, ac.offices))
			}
			person := func(e *entry) bool {
				return someone(e) && (!leaders || a.roster.isLeader(e) || a.refs.titledLeader(e, s.index))
			}
			keep := func(p func(*entry) bool) func(*entry) *entry {
				return func(e *entry) *entry {
					if p(e) {
						return e
					}
					return nil
				}
			}
			if acted {
				// "Trump said he had called both leaders": two people
				// the article set together, or no one.
				ac.ents = a.statedPair(s, k, keep(person))
				break
			}
			// The cheap tests first: ministerPair walks back over the
			// article, and only "the two ministers" needs it.
			if ac.offices == "" && anyIn(s.toks[ac.start:ac.end], setMinisterPlural) {
				if pair := a.ministerPair(s, k); pair != nil && apart(pair[0]) && apart(pair[1]) {
					// "the two ministers": the two ministers listed
					// together, not a host or a mediator named since.
					ac.ents = pair
					break
				}
			}
			ac.ents = lastTwo(s.actors[:k], prev, keep(person))
			if len(ac.ents) < 2 {
				// No two named just before: the two people the article
				// set together ("A and B signed ... Both leaders thanked
				// C"). "The two leaders" are two who lead, whoever the
				// article named last or set together: not a deputy
				// minister and a chargé d'affaires of one delegation.
				ac.ents = a.statedPair(s, k, keep(person))
			}
			if leaders && len(ac.ents) < 2 {
				// "Russia and Turkey agreed after talks between the two
				// presidents": no one named, the states stand for them.
				ac.ents = lastTwoOf(s.actors[:k], prev, func(e *entry) *entry {
					if e.typ == graph.Country && apart(e) {
						return e
					}
					return nil
				}, true)
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
			noun := s.toks[ac.end-1].fold
			if noun == "it" || noun == "them" {
				// The pronoun names the attack its noun names; a noun
				// whose authors name it in the sentence ("condemned the
				// Israeli strikes, and Ghana denounced them") names them.
				var at int
				noun, at = a.attackAntecedent(s, ac.start)
				if who := a.attackAuthors(s, attackOwner(s, s.actors[:k], at)); len(who) > 0 {
					ac.ents = who
					break
				}
			}
			ac.ents = slices.Clone(a.refs.attacks.authorsOf(noun))
		case refIssuer:
			ac.ents = slices.Clone(a.refs.issuers)
		case refBodySubject:
			if e := reportingSubject(s, k); e != nil {
				ac.ents = []*entry{e}
			}

		case refPairParty:
			// "the two sides": the two people the sentence named before
			// it ("X held talks with Y at a meeting of the council, where
			// the two sides signed"), else the two sides of the last
			// meeting, fight or deal, else two states or bodies when no
			// person was named last; never the subject of
			// the verb whose object they are ("Kenya said it backed both
			// sides").
			partners, acted := a.pairPartners(s, k)
			other := func(e *entry) bool { return a.apartFrom(partners, e) }
			if enmityPair(s.toks[ac.start:ac.end]) {
				// "talks between the rivals", "the warring parties": the
				// two the article set against each other, else the last
				// pair of sides; not the host named beside them.
				ac.ents = nil
				if pair := a.lastFoes(); pair != nil && other(pair[0]) && other(pair[1]) {
					ac.ents = pair
				} else if pair := a.lastSides(); pair != nil && other(pair[0]) && other(pair[1]) {
					ac.ents = pair
				}
				break
			}
			if pairFights(s.toks, ac.end) {
				// "The two sides exchanged fire again": the two that
				// fought, though mediators met since.
				if pair := a.lastFoes(); pair != nil && other(pair[0]) && other(pair[1]) {
					ac.ents = pair
					break
				}
			}
			if pair := lastTwo(s.actors[:k], nil, func(e *entry) *entry {
				if e.typ == graph.Person && other(e) {
					return e
				}
				return nil
			}); len(pair) == 2 {
				ac.ents = pair
				break
			}
			if pair := a.lastSides(); pair != nil && other(pair[0]) && other(pair[1]) {
				ac.ents = pair
				break
			}
			if acted {
				// "Moscow was working with both sides": two the article
				// set together, or no one.
				ac.ents = a.statedPair(s, k, func(e *entry) *entry {
					if other(e) {
						return e
					}
					return nil
				})
				break
			}
			if n := nearestActor(s.actors[:k], prev); n != nil && n.typ == graph.Person {
				// A person named last, and no two people set side by
				// side here nor in contact before: people named one
				// here and one a sentence back ("X, who sat on the
				// team, said the two sides had agreed", after "Y, a
				// brother of Z") are no sides of anything. No one.
				ac.ents = nil
				break
			}
			ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
				if isBody(e) && other(e) {
					return e
				}
				return nil
			})
			if ac.ents == nil {
				ac.ents = lastTwo(s.actors[:k], prev, func(e *entry) *entry {
					if (e.typ == graph.Person || isBody(e)) && other(e) {
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

// apposedPerson returns the person named right before the office
// s.actors[k], with a comma between them ("X, the SDF commander"), or nil.
func apposedPerson(s *sentence, k int) *entry {
	if k == 0 {
		return nil
	}
	prev, ac := s.actors[k-1], s.actors[k]
	if prev.ref != refNone || prev.possessive || len(prev.ents) != 1 || prev.ents[0].typ != graph.Person || ac.start != prev.end+1 || s.toks[prev.end].fold != "," {
		return nil
	}
	if j := prev.start - 1; j >= 0 && (s.toks[j].is(classLocative) || s.toks[j].fold == "at" || s.toks[j].fold == "by" || s.toks[j].fold == "with") {
		// "Welcomed by X, the president thanked ...": the person ends a
		// phrase of the clause before, the office opens the next.
		return nil
	}
	return prev.ents[0]
}

// reportingSubject returns the state or body that says "it" does
// something, "Israel said it struck ...": the actor right before the verb
// of speech, or the subject of the sentence ("The US condemned the attack
// and said it ...").
func reportingSubject(s *sentence, k int) *entry {
	// "Israel said it", "Israel said later it".
	verb := sayingBefore(s.toks, s.actors[k].start)
	// The verb's own subject, past its auxiliaries and adverbs ("Peru
	// had again warned it"), before the sentence's.
	subj := verb
	if subj > 0 && s.toks[subj].fold == "that" && s.toks[subj-1].is(classReporting) {
		subj--
	}
	for subj > 0 && (s.toks[subj-1].in(setAuxWord) || s.toks[subj-1].in(setAuxVerb)) {
		subj--
	}
	for j := k - 1; j >= 0; j-- {
		ac := s.actors[j]
		if (ac.end == verb || ac.end == subj) && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	if k > 0 {
		ac := s.actors[0]
		if (ac.start == 0 || (ac.start == 1 && s.toks[0].is(classDeterminer))) && len(ac.ents) == 1 && isBody(ac.ents[0]) && !ac.adjective && !ac.possessive {
			return ac.ents[0]
		}
	}
	if e := subjectBeforeAside(s, k, verb); e != nil {
		return e
	}
	return coordinatedSubject(s, k, verb, isBody)
}

// coordinatedSubject returns the actor of the kind fits accepts that is
// the subject of a reporting verb at toks[v] coordinated with the verb
// before it, "the Borduria Front claimed the attack and said it", "Tarno
// Velk thanked Arvo Lind and said he": the name that opens the clause
// right before its own verb, never that verb's object. Another verb of
// saying after that verb makes what follows a reported clause, whose
// subject is not the one of "said" ("Ruritania said the Front attacked
// and said it"), and a subject of another kind or of no single entity
// leaves the pronoun unresolved.
func coordinatedSubject(s *sentence, k, v int, fits func(*entry) bool) *entry {
	toks := s.toks
	p := v - 1
	if p > 0 && toks[p].in(setAuxWord) && toks[p].fold != "and" {
		// "and also said it".
		p--
	}
	if p < 2 || toks[p].fold != "and" {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		b := s.actors[j]
		if b.end >= len(toks) || b.end > p {
			continue
		}
		for x, t := range toks[b.end:p] {
			if x > 0 && t.is(classReporting) || t.fold == ";" || t.fold == ":" {
				// The subject's own verb may be one of saying: "the
				// Front announced a truce and said it".
				return nil
			}
		}
		if b.ref != refNone || b.adjective || b.possessive || len(b.ents) != 1 {
			continue
		}
		start := b.start
		if j > 0 && s.actors[j-1].possessive && s.actors[j-1].end <= start && start-s.actors[j-1].end <= 1 {
			start = s.actors[j-1].start
		}
		if t := toks[b.end]; !beginsClause(toks, start) || !t.word || t.cap || !finiteVerb(t) {
			continue
		}
		if !fits(b.ents[0]) {
			return nil
		}
		if listedAfter(s, j, start) {
			return nil
		}
		return b.ents[0]
	}
	return nil
}

// maxAside is the longest aside, in tokens, that subjectBeforeAside reads
// between a subject and its verb.
const maxAside = 24

// subjectBeforeAside returns the body that is the subject of the
// reporting verb at toks[v] when an aside set off by commas stands between
// them: a description or relative clause after the body, "the Borduria
// Front, which holds the north, said it", or the body's own name after a
// description, "the rebels' political wing, the Tarvo Council, said it".
// The body opens its clause (the sentence, or after a comma or a
// conjunction); an aside that reports or quotes leaves "it" unresolved.
// Whoever the aside names is not the verb's subject: "the Front, which
// fights Ruritania, said it" is the Front.
func subjectBeforeAside(s *sentence, k, v int) *entry {
	toks := s.toks
	if v > 0 && toks[v].fold == "that" && !toks[v-1].is(classReporting) {
		// "warned that it".
		v--
	}
	p := v - 1
	if p < 2 || toks[p].fold != "," {
		return nil
	}
	q := -1
	for j := p - 1; j >= 0 && j >= p-maxAside; j-- {
		t := toks[j]
		if t.fold == "," && listGoesOn(s, j) {
			// "the Front, which is listed by Ghana, Togo and Benin,
			// said it": a comma inside a list of names the aside
			// holds.
			continue
		}
		if t.fold == "," {
			q = j
			break
		}
		if t.is(classReporting) && t.fold != "that" || !t.word && t.fold != "'s" && t.fold != "'" && t.fold != "-" && t.fold != "(" && t.fold != ")" && t.fold != "." {
			return nil
		}
	}
	if q < 1 || q+1 == p {
		return nil
	}
	single := func(b *actor) *entry {
		if len(b.ents) != 1 || !isBody(b.ents[0]) || b.adjective || b.possessive || b.ref != refNone {
			return nil
		}
		return b.ents[0]
	}
	for j := k - 1; j >= 0; j-- {
		b := s.actors[j]
		if b.end <= q {
			// The actor before the aside: the subject when it opens its
			// clause ("Lebanon's X" with its owner).
			e := single(b)
			start := b.start
			if j > 0 && s.actors[j-1].possessive && s.actors[j-1].end <= start && start-s.actors[j-1].end <= 1 {
				start = s.actors[j-1].start
			}
			if e == nil || b.end != q || !beginsClause(toks, start) {
				return nil
			}
			if listedAfter(s, j, start) {
				// "A, B and C, which backed the deal, said it": the
				// last of a list is no subject of its own.
				return nil
			}
			return e
		}
		if b.end == p && (b.start == q+1 || b.start == q+2 && toks[q+1].is(classDeterminer)) {
			// The aside is the body's name: "..., the Tarvo Council,
			// said it".
			return single(b)
		}
	}
	return nil
}

// listedAfter reports whether s.actors[j], whose phrase starts at
// toks[start], follows another named body in a list: "Ruritania, Syldavia
// and Borduria".
func listedAfter(s *sentence, j, start int) bool {
	if j == 0 || start == 0 {
		return false
	}
	b := s.actors[j-1]
	f := s.toks[start-1].fold
	return b.end == start-1 && (f == "and" || f == ",") && b.ref == refNone && len(b.ents) > 0 && isBody(b.ents[0])
}

// titledLeader reports whether the article named e, before sentence si,
// after the bare title of a state's leader, "President Arvo Kesk" or
// "Prime Minister X": a leader of some state, as "the two leaders" may
// name him.
func (d *discourse) titledLeader(e *entry, si int) bool {
	for _, x := range d.titledBy[e] {
		if t := d.titled[x]; t.at <= si && (t.o.predicate == graph.PresidentOf || t.o.predicate == graph.PrimeMinisterOf) {
			return true
		}
	}
	return false
}

// beginsClause reports whether a phrase at toks[i] opens its clause: it
// starts the sentence, after a determiner perhaps, or follows a comma or
// a conjunction.
func beginsClause(toks []token, i int) bool {
	if i > 0 && toks[i-1].is(classDeterminer) {
		i--
	}
	if i == 0 {
		return true
	}
	switch toks[i-1].fold {
	case ",", "and", "but", "while", "whereas":
		return true
	}
	return false
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

// bodyName is a discovered body's name as the words of its first mention.
type bodyName struct {
	folds []string
	e     *entry
}

// blocRef returns the regional body "the bloc" at toks[i] refers back to,
// with up to three describing words after "the" ("the regional bloc",
// "the 15-nation bloc", "the West African bloc": capitalised, glued,
// numbers or bloc-adjective words), and where the phrase
// starts; nil when no such body was named or a name follows.
//
// A regional body named earlier in the same sentence, ms, is the bloc
// before the one sentences before named: "welcomed back to the Arab League
// summit ... suspended from the bloc in 2011".
func (d *discourse) blocRef(toks []token, i int, ms []mention) (*entry, int) {
	t := toks[i]
	bloc := d.bloc
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].entry.regional && ms[k].kind != aliasDefinite {
			bloc = ms[k].entry
			break
		}
	}
	if bloc == nil || t.cap || !t.in(setBlocNoun) || i+1 < len(toks) && toks[i+1].word && toks[i+1].cap {
		return nil, 0
	}
	if t.fold == "alliance" && !d.allianceIs(bloc, toks, i, bloc == d.bloc) {
		return nil, 0
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if t.fold == "the" {
			return bloc, k + 1
		}
		if !t.word || t.fold == "'s" || !(t.cap || t.hyphen || t.in(setBlocAdjective) || t.in(setNumberWord) || isNumber(t.text)) {
			// "the largest parliamentary bloc": another kind of bloc.
			break
		}
	}
	return nil, 0
}

// allianceIs reports whether "the alliance" at toks[i] may be the
// regional body bloc: one of its names calls it an alliance ("North
// Atlantic Treaty Organization", "Atlantic Alliance"), no "of", "between"
// or "with" follows ("the alliance of Sahel juntas" is another), and no
// other alliance was named after the body: earlier in the sentence
// ("formed an alliance and the alliance"), or, when the body was named in
// an earlier sentence (earlier), since then.
func (d *discourse) allianceIs(bloc *entry, toks []token, i int, earlier bool) bool {
	if i+1 < len(toks) && (toks[i+1].fold == "of" || toks[i+1].fold == "between" || toks[i+1].fold == "with") {
		return false
	}
	if earlier && d.otherAlliance || otherAllianceIn(toks, 0, i) {
		return false
	}
	called := func(name string) bool {
		n := strings.ToLower(name)
		return strings.Contains(n, "alliance") || strings.Contains(n, "treaty organization") || strings.Contains(n, "treaty organisation")
	}
	if called(bloc.name) {
		return true
	}
	for _, n := range bloc.known {
		if called(n) {
			return true
		}
	}
	return false
}

// otherAllianceIn reports whether another alliance (otherAllianceAt)
// stands in toks[from:to]: "the alliance" after it is that one.
func otherAllianceIn(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if otherAllianceAt(toks, k) {
			return true
		}
	}
	return false
}

// otherAllianceAt reports whether toks[k] is "alliance" in lower case
// after "a", "an" or "their", with up to three describing words between:
// "formed an alliance", "their new military alliance" name one of their
// own, where "the NATO alliance" names the body again.
func otherAllianceAt(toks []token, k int) bool {
	if toks[k].fold != "alliance" || toks[k].cap {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].fold {
		case "a", "an", "their":
			return true
		}
		if !toks[j].word || toks[j].is(classDeterminer) {
			return false
		}
	}
	return false
}

// envoyForState reads an envoy's office that names no holder the article
// knows, "summoned the Togolese ambassador", as its state's adjective or
// possessive before a plain word: the envoy acts for the state, and the
// readings of the state's envoy see the state.
func (a *article) envoyForState(s *sentence, ac *actor) {
	o := ac.office
	if o.predicate != graph.EnvoyOf || o.object == nil || o.object.typ != graph.Country {
		return
	}
	for _, m := range s.mentions {
		if m.start >= ac.start && m.end <= ac.end && m.entry == o.object {
			ac.start, ac.end = m.start, m.end
			ac.ents = []*entry{m.entry}
			ac.adjective = m.kind == aliasDemonym
			ac.possessive = m.possessive
			ac.ref, ac.inferred = refNone, false
			return
		}
	}
}

// noteNameHead records the body e, named by any of its names ("the
// KDPI"), under the head nouns of its full names (body-head: "party" of the
// Kurdistan Democratic Party of Iran, a name's last word or the word before
// a preposition that goes on with a place or a purpose, "Mission in
// Armenia", "Organization for Security"), so that "the party's leader" or
// "the mission said" later names the body last named, whatever name the
// text gave it. A plural head counts as its singular ("Rapid Support
// Forces": "the force"). A name the text ends with a head noun of its own
// ("the ruling party") is recorded by that noun after this.
//
// Beyond the name's last word or the word before "of", the nouns by which
// "the group" or "the militia" name the armed group last named are left to
// that reading (groupLike), and a state's forces are no "force": "the
// force" after "the Kenya Defence Forces" is rather a regional force. The
// catalog's other names of the body count for nothing: a reader knows only
// the nouns the text gave it (checked: the catalog's names made "the
// group" name bodies the article never called a group).
func (a *article) noteNameHead(e *entry, si int) {
	n := e.name
	words := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })
	for k, w := range words {
		if k == 0 || k < len(words)-1 && !nameHeadBefore[words[k+1]] {
			continue
		}
		f := foldWord(w)
		old := (k == len(words)-1 || words[k+1] == "of") && !strings.Contains(n, "-")
		if !a.x.words.inSet(f, setBodyHead) {
			s := strings.TrimSuffix(f, "s")
			if s == f || e.country != "" || !a.x.words.inSet(s, setBodyHead) {
				continue
			}
			f, old = s, false
		}
		if !old && a.x.words.inSet(f, setGroupRef) {
			continue
		}
		a.refs.noteHead(f, e, si)
		return
	}
}

// noteHead records e, named in sentence si, as the body last named with
// the head noun h; a second body named with it in the same sentence leaves
// the noun naming neither until a later sentence names one.
func (d *discourse) noteHead(h string, e *entry, si int) {
	if d.headAt == nil {
		d.headAt = make(map[string]int)
		d.headTwo = make(map[string]bool)
	}
	if at, ok := d.headAt[h]; ok && at == si && (d.headTwo[h] || d.heads[h] != nil && d.heads[h] != e) {
		d.headTwo[h] = true
		d.heads[h] = nil
		return
	}
	d.headAt[h], d.headTwo[h] = si, false
	d.heads[h] = e
}

// nameHeadBefore holds the prepositions after which a body's name goes on
// past its head noun.
var nameHeadBefore = map[string]bool{"of": true, "in": true, "for": true, "on": true}

// governmentTitle reads an office of "the government" in a person's
// appositive: "X, Chad's minister of state for media and the
// government's spokesman,", "X, the government('s) spokeswoman,". The
// government is that of the one state the appositive names before it,
// else of the state "the country" would name (countryReferent); none
// when two are named there.
func (a *article) governmentTitle(s *sentence) {
	toks := s.toks
	for g := 1; g+3 < len(toks); g++ {
		if toks[g].fold != "the" || toks[g+1].fold != "government" {
			continue
		}
		if f := toks[g-1].fold; f != "," && f != "and" {
			continue
		}
		// "the government's spokesman", or "the government spokesman"
		// (compound), whose state must be named before the person.
		o := g + 2
		compound := toks[o].fold != "'s"
		if !compound {
			o++
		}
		t, tj, n := titleAt(toks, o)
		if n == 0 || tj != o || t.plural || t.predicate == "" || !closesAppositive(toks, tj+n) && !(compound && toks[tj+n].fold == "and") {
			continue
		}
		// The appositive's comma: the first one back from g.
		c := g - 1
		for c > 0 && toks[c].fold != "," {
			c--
		}
		var person *entry
		for _, ac := range s.actors {
			// The name ends at the comma, or its actor spans the
			// appositive another reading took in.
			if ac.start < c && (ac.end == c || ac.end > g) && len(ac.ents) == 1 && ac.ents[0].typ == graph.Person {
				person = ac.ents[0]
			}
		}
		if person == nil || c == 0 {
			continue
		}
		var state *entry
		two := false
		for _, m := range s.mentions {
			if m.start > c && m.end <= g && m.entry.typ == graph.Country {
				if state != nil && state != m.entry {
					two = true
				}
				state = m.entry
			}
		}
		if two {
			continue
		}
		if state == nil && compound {
			// "In Lima, X, the government spokesman,": the one state
			// named before the person.
			for _, m := range s.mentions {
				if m.end <= c && m.entry.typ == graph.Country && m.entry != person {
					if state != nil && state != m.entry {
						two = true
					}
					state = m.entry
				}
			}
			if two {
				continue
			}
		}
		if state == nil && !compound {
			state = a.countryReferent(s, c)
		}
		if state != nil && t.fits(state) {
			a.roleFact(s, person, t.predicate, state, 0.8, toks[tj+n-1].fold, readPossessiveTitle)
		}
	}
}

// readPossessiveState names the reading of a body owned by "the
// country's" or "the government's": see possessiveStateBodies.
const readPossessiveState = "reading possessive-state"

// possessiveStateBodies states whose are the bodies the sentence names
// after "the country's" or "the government's" ("Moldovan President X, who
// convened the country's Supreme Security Council", "the head of the
// government's prisoners committee"): the state "the country" refers to
// (the only state the sentence names before it, by name, adjective or
// its government, else countryReferent; none when two are), or the
// catalog's government of that state when it keeps one apart. Offices
// after it ("the country's president, X") are read with the person
// (appositives.go); a body the catalog gives another state, or an armed
// group ("the country's largest rebel group, X"), is none of its own.
func (a *article) possessiveStateBodies(s *sentence) {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].fold != "the" || toks[i].cap || !toks[i].in(setWhoseStateNoun) || toks[i+1].fold != "'s" {
			continue
		}
		m := mentionAt(s, i+2)
		if m == nil || m.entry.typ != graph.Organization || a.groupLike(m.entry) || m.kind == aliasDefinite {
			continue
		}
		st, named := a.onlyStateNamed(s.mentions, i-1)
		if !named {
			st = a.countryReferent(s, i-1)
		}
		if st == nil {
			continue
		}
		owner := st
		if toks[i].fold == "government" {
			if d := a.x.catalog.demonyms[st]; d != "" {
				if e := a.x.catalog.stateBody(d+" government", st); e != nil {
					owner = e
				}
			}
		}
		a.partOf(s, m.entry, owner, 0.8, readPossessiveState)
	}
}

// onlyStateNamed returns the one state the mentions before toks[end] name,
// by name, adjective ("Moldovan President X") or by its government;
// named is set when they name any, and the state is nil when
// they name two.
func (a *article) onlyStateNamed(ms []mention, end int) (st *entry, named bool) {
	return a.onlyState(func(yield func(*entry) bool) {
		for _, m := range ms {
			if m.start >= end || !yield(m.entry) {
				return
			}
		}
	})
}

// onlyState returns the one state the entities ents stand for as "the
// country" may refer back to them (foldState): named is set when they
// stand for any, and the state is nil when they stand for two. Both
// readings of "the country", by the sentence's mentions
// (onlyStateNamed) and by its actors (countryReferent), fold with it.
func (a *article) onlyState(ents iter.Seq[*entry]) (st *entry, named bool) {
	for e := range ents {
		var two bool
		if st, two = a.foldState(st, e); two {
			return nil, true
		}
	}
	return st, st != nil
}

// foldState folds e into st, the one state found so far as "the country"
// may refer back to it (governedState): e's state, or st when e stands
// for none; two is set when e stands for another state than st.
func (a *article) foldState(st, e *entry) (next *entry, two bool) {
	e = a.governedState(e)
	switch {
	case e == nil:
		return st, false
	case st != nil && st != e:
		return nil, true
	}
	return e, false
}

// governedState returns the state e stands for as "the country" may
// refer back to it: a state, or the catalog's government of a state ("the
// Syrian government"); nil for anything else. A state's ministry or army
// is not it: "X answers to Russia's Defence Ministry and protects Y, the
// country's president" speaks of another country.
func (a *article) governedState(e *entry) *entry {
	if e.typ == graph.Country {
		return e
	}
	if e.typ != graph.Organization || e.country == "" {
		return nil
	}
	st := a.x.catalog.byName[e.country]
	if st == nil || st.typ != graph.Country {
		return nil
	}
	if d := a.x.catalog.demonyms[st]; d != "" && a.x.catalog.stateBody(d+" government", st) == e {
		return st
	}
	return nil
}

// apartFrom reports whether e may be one of a pair the verb's other
// arguments, partners, act on: it is none of them, nor is the state it
// acts for.
func (a *article) apartFrom(partners []*entry, e *entry) bool {
	st := a.stateActing(e)
	return !containsEntry(partners, e) && (st == nil || !containsEntry(partners, st))
}

// markNonState notes that the article describes e as an opposition or an
// armed band; a catalogued body keeps what the catalog says of it.
func (d *discourse) markNonState(x *Extractor, e *entry) {
	if _, catalogued := x.catalog.byName[e.name]; catalogued {
		return
	}
	if d.nonState == nil {
		d.nonState = make(map[*entry]bool)
	}
	d.nonState[e] = true
}

// maxPairFightWords bounds the words after "the two sides" read for a
// word of a fight (pairFights).
const maxPairFightWords = 4

// pairFights reports whether the clause after a pair reference ending at
// toks[end] tells of a fight: a pair-fight-word among the next few words,
// before any punctuation ("the two sides exchanged fire").
func pairFights(toks []token, end int) bool {
	for j := end; j < len(toks) && j < end+maxPairFightWords; j++ {
		if !toks[j].word {
			return false
		}
		if toks[j].in(setPairFightWord) {
			return true
		}
	}
	return false
}
