package loaders

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/entente/entente/graph"
)

// The files of the lexicon, relative to the root of the lexicon file system.
// Their formats are documented in data/lexicon/README.md.
const (
	catalogFile   = "lexicon/catalog.tsv"
	demonymFile   = "lexicon/demonyms.tsv"
	titleFile     = "lexicon/titles.tsv"
	wordFile      = "lexicon/words.tsv"
	patternFile   = "lexicon/patterns.tsv"
	furnitureFile = "lexicon/furniture.tsv"
	numberFile    = "lexicon/numbers.tsv"
	standingFile  = "lexicon/standing.tsv"
)

// lexiconError names the file and line of a malformed lexicon entry.
type lexiconError struct {
	File string
	Line int
	Err  error
}

func (e *lexiconError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *lexiconError) Unwrap() error { return e.Err }

// readTable calls fn for every data line of the tab-separated file path
// with its line number: blank lines and lines starting with '#' are
// skipped, and each line must have between minCols and maxCols columns. An
// error from fn is reported with the file and line.
func readTable(fsys fs.FS, path string, minCols, maxCols int, fn func(line int, cols []string) error) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		for len(cols) > minCols && cols[len(cols)-1] == "" {
			cols = cols[:len(cols)-1]
		}
		if len(cols) < minCols || len(cols) > maxCols {
			return &lexiconError{path, n, fmt.Errorf("want %d to %d tab-separated columns, have %d", minCols, maxCols, len(cols))}
		}
		if err := fn(n, cols); err != nil {
			return &lexiconError{path, n, err}
		}
	}
	return sc.Err()
}

// phrase is a lexicon phrase as a sequence of fold keys.
type phrase []string

// parsePhrase folds a lexicon phrase into its keys.
func parsePhrase(s string) (phrase, error) {
	var p phrase
	for _, t := range tokenize(s) {
		p = append(p, t.fold)
	}
	if len(p) == 0 {
		return nil, fmt.Errorf("empty phrase %q", s)
	}
	return p, nil
}

// phraseSet finds the longest of a set of phrases at a position in a
// token sequence; each phrase may carry a value.
type phraseSet[V any] struct {
	byFirst map[string][]phraseValue[V]
}

type phraseValue[V any] struct {
	keys  phrase
	value V
}

func newPhraseSet[V any]() *phraseSet[V] {
	return &phraseSet[V]{byFirst: make(map[string][]phraseValue[V])}
}

// add records p with value v.
func (s *phraseSet[V]) add(p phrase, v V) {
	l := append(s.byFirst[p[0]], phraseValue[V]{p, v})
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].keys) > len(l[j].keys) })
	s.byFirst[p[0]] = l
}

// match returns the value and length of the longest phrase starting at
// toks[i], or n == 0.
func (s *phraseSet[V]) match(toks []token, i int) (v V, n int) {
	if s == nil || i >= len(toks) {
		return v, 0
	}
	for _, c := range s.byFirst[toks[i].fold] {
		if hasKeys(toks, i, c.keys) {
			return c.value, len(c.keys)
		}
	}
	return v, 0
}

// hasKeys reports whether toks[i:] starts with keys.
func hasKeys(toks []token, i int, keys phrase) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for k, key := range keys {
		if toks[i+k].fold != key {
			return false
		}
	}
	return true
}

// wordClass names a word list of words.tsv.
type wordClass int

// The word classes the extractor uses; wordClassNames gives their names in
// words.tsv.
const (
	classRank           wordClass = iota // honorifics and ranks between a title and a name
	classGroupNoun                       // nouns that make a demonym an actor: "Russian forces"
	classOrgHead                         // last words of an organization's name: "Council"
	classStopword                        // capitalised words that never start a name
	classAbbreviation                    // words whose full stop does not end a sentence
	classNegation                        // words that deny a relation
	classHedge                           // words that make a relation uncertain or planned
	classHedgeExempt                     // words after "will" that keep a statement factual
	classSentenceHedge                   // words that void every relation of a sentence
	classDeterminer                      // words invisible to relation patterns
	classDescriptor                      // nouns that introduce a named body: "the Lebanese group"
	classCounterpart                     // "counterpart"
	classPersonRef                       // pronouns naming a person: "he"
	classPossRef                         // possessive pronouns: "his", "its"
	classPairCountry                     // "both countries": the last two states named
	classPairPerson                      // "the two leaders": the last two people named
	classPairParty                       // "the two sides": the last two people or states named
	classNameParticle                    // lower-case parts of names: "al", "bin", "de"
	classCoordinator                     // words joining a list of actors: "and"
	classRelative                        // relative pronouns: ", which backs"
	classLocative                        // prepositions that make a state a place: "in Syria"
	classModifierPrefix                  // prefixes that make a name a modifier: "anti-Assad rebels"
	classOpener                          // words that start sentences, not names: "The", "He"
	classPostNegation                    // words after a relation that deny it: "..., Moscow denied"
	classTitleAdjective                  // words between a qualifier and a title: "senior", "top"
	classMotion                          // verbs after which "to" names a place: "deployed forces to Syria"
	classClauseBreak                     // words after a comma that start a new clause: "but", "while"
	classReporting                       // words that open a reported clause: "said", "that"
	classGroupRef                        // "the three countries", "the guarantors": the last group named
	classPersonNoun                      // "the Iranian official": the last person of that state
	classSpeakerRef                      // "we", "our forces" in a quotation: the speaker's side
	classAdjunct                         // phrases whose subject is the clause's: ", in coordination with"
	classGivenName                       // common given names: "Ahmad Kuzbari" is a person without a title
	classAllegiance                      // links after a noun of fighters that make them a leader's or body's side: "loyal to"
	numWordClasses
)

// wordClassNames are the classes' names in words.tsv, keyed by class so
// that the order of the constants above is free.
var wordClassNames = [numWordClasses]string{
	classRank:           "rank",
	classGroupNoun:      "group-noun",
	classOrgHead:        "org-head",
	classStopword:       "stopword",
	classAbbreviation:   "abbreviation",
	classNegation:       "negation",
	classHedge:          "hedge",
	classHedgeExempt:    "hedge-exempt",
	classSentenceHedge:  "sentence-hedge",
	classDeterminer:     "determiner",
	classDescriptor:     "descriptor",
	classCounterpart:    "counterpart",
	classPersonRef:      "person-ref",
	classPossRef:        "poss-ref",
	classPairCountry:    "pair-country",
	classPairPerson:     "pair-person",
	classPairParty:      "pair-party",
	classNameParticle:   "name-particle",
	classCoordinator:    "coordinator",
	classRelative:       "relative",
	classLocative:       "locative",
	classModifierPrefix: "modifier-prefix",
	classOpener:         "opener",
	classPostNegation:   "post-negation",
	classTitleAdjective: "title-adjective",
	classMotion:         "motion",
	classClauseBreak:    "clause-break",
	classReporting:      "reporting",
	classGroupRef:       "group-ref",
	classPersonNoun:     "person-noun",
	classSpeakerRef:     "speaker-ref",
	classAdjunct:        "adjunct",
	classGivenName:      "given-name",
	classAllegiance:     "allegiance",
}

// wordSet names a word set of words.tsv: single words a mechanism tests a
// token for. Unlike a word class, a word set does not make a word known to
// the lexicon: a name run does not stop at it, and a word in no class is
// still a bare noun to the views.
type wordSet int

// The word sets the extractor uses; wordSetNames gives their names in
// words.tsv.
const (
	setBackingParticiple wordSet = iota // participles glued to a name that says who backs a body: "Iran-backed"
	setBodyPart                         // nouns for a part of a body: "the volunteer wing of the IRGC"
	setRelativePronoun                  // pronouns that open a relative clause after a name
	setAuxVerb                          // auxiliaries before a participle coordinated in a relative clause: "and is backed by"
	setSubordinator                     // conjunctions that open a subordinate clause: "after", "while"
	setAsNotClause                      // words after which "as" opens no clause: "known as", "serves as"
	setCountedClauseLead                // words after which a list opens the clause it is the subject of: "after", "until"
	setPairFightWord                    // words of a fight right after "the two sides": "exchanged fire", "clashed" (pairFights)
	setSaysVerb                         // reporting words after which a clause is reported: "said", "according"
	setNotVerb                          // words ending like verbs that are none: "is", "news", "this"
	setIrregularPast                    // irregular past tenses and participles: "met", "held"
	setCompanion                        // adverbs of a companion adjunct: "together with"
	setAuxWord                          // auxiliaries and adverbs between "and" and a coordinated verb: "and has also backed"
	setHeadlineFuture                   // verbs that, after "to" in a headline, state a plan: "to meet"
	setSiteNoun                         // nouns that make a capital before them a site: "Damascus airport"
	setMemberNoun                       // nouns for the members of a body or state: "the people of Syria"
	setKindNoun                         // plural nouns for a kind of body before an example: "militias such as"
	setQuantity                         // quantities before "of" and a name: "thousands of"
	setQuantifier                       // quantifiers before a name, left out: "some rebel groups"
	setCompoundHead                     // words glued to a name that make it qualify what follows: "YPG-dominated"
	setBodyHead                         // head nouns of bodies' names that "the" + noun refers back to: "the coalition"
	setAgreementNoun                    // nouns of a deal referred back to: "that deal"
	setWhoseBodyNoun                    // nouns after "whose" for the body a person heads
	setOwnedAdjective                   // words between a person's possessive and the body he heads: "X's ruling Y"
	setWhoseStateNoun                   // nouns after "whose" for a person's state
	setRelationNoun                     // nouns of a relation after a possessive pronoun: "its ally"
	setFightingWord                     // participles of a fight in an appositive: "a militia battling"
	setCondemnVerb                      // verbs that condemn an attack referred back to
	setAttackNoun                       // nouns of an attack referred back to: "the strike"
	setWeekday                          // days of the week
	setDayPart                          // parts of a day after a weekday: "on Friday night"
	setGluedParticiple                  // participles after a hyphen that make the name before them fill no slot
	setSpeechVerb                       // verbs of speech that name a speaker beside a quotation
	setRelativeCopula                   // words between a relative pronoun and a title: "who is also"
	setHeadVerb                         // verbs by which a person heads a body: "who heads"
	setTopAdjective                     // adjectives that make "the top Iranian diplomat" the foreign minister
	setDiplomatNoun                     // nouns that, after such an adjective and a demonym, name the foreign minister
	setSuccessionVerb                   // verbs of succession in a relative clause, which state no office: "who replaced"
	setDescriptionOpener                // words that open a description without names: ", one of the largest factions,"
	setAlongside                        // prepositions of an adjunct left out after a name: ", alongside the Syrian army,"
	setCounterpartsNoun                 // the plural of counterpart: "his Russian and Iranian counterparts"
	setNamingWord                       // words after "its allies," that name one: "including", "notably"
	setExampleWord                      // words after a kind of body that introduce an example: "militias including X"
	setAlongWord                        // adverbs before "with" that join a companion: "along with", "together with"
	setOtherWord                        // words that end a list with members that are no name: "and other groups"
	setAttackAdjective                  // adjectives between "the" and an attack referred back to: "the latest strike"
	setRespectively                     // the word that pairs a list of people with the offices before it
	setRefusalVerb                      // verbs that "not" makes a refusal, which states opposition: "will not allow"
	setAllyPlural                       // plural nouns of "and its allies", which name no one
	setCopula                           // copulas between a name and a relation noun: "Tehran was its main backer"
	setLeaderPlural                     // plural nouns that make a pair reference name leaders: "the two leaders"
	setAttackSpecifier                  // words after an attack noun that say whose or what attack it is: "the attack by"
	setNumberWord                       // the words of numbers.tsv: "three", "four"
	setAgreementHead                    // nouns that, after a place, name an agreement: "the Pretoria agreement"
	setAdviserNoun                      // titles of those who serve an office or body without holding it: "adviser"
	setCabinetNoun                      // last words of a government member's title a state holds: "minister", "vice president"
	setPortfolioWord                    // capitalised words of a portfolio before a member's office: "Communications Minister X"
	setThreatWord                       // words after a modal by which a speaker threatens a state: "said Israel would pay a heavy price"
	setGroupRef                         // nouns by which "the" + noun refers back to the armed group last named: "the group"
	setGroupHead                        // last words of the names of armed groups and parties: "Front", "Army"
	setRebelRef                         // plural nouns by which "the" + noun names the armed group named most: "the rebels"
	setRegimeNoun                       // nouns after a leader's surname that name his rule: "the Vandril regime"
	// Actors, round 2 of issue 10.
	setOfficeHead     // nouns ending a lower-case office after a possessive: "Somalia's education ministry"
	setDelegationNoun // nouns of a body's delegation, whose head is a member: "the head of the GNA delegation"
	// Agreements, round 3 of issue 10.
	setTalksHead     // nouns of talks that name an agreement only with a word that says which: "UN-sponsored peace talks"
	setTruceNoun     // nouns of a ceasefire, which "the truce" refers back to: "truce"
	setDealAdjective // words before a deal's noun that do not say which deal: "peace", "new"
	setPastDeal      // words before a deal's noun that make it an earlier deal: "an earlier ceasefire"
	setMediateVerb   // verbs of mediation: "mediated between" the sides of the article's deal, "UN-brokered talks"
	// State bodies and references (issue 10, part forces).
	setArmyNoun       // nouns of a state's armed forces after its adjective or possessive: "the Sudanese army"
	setArmyForcesWord // words before "forces" that make them a state's armed forces: "armed forces"
	setTroopNoun      // plurals of a state's troops: "Eritrean troops"
	setArmyNounAfter  // nouns after an army's noun that leave it the army: "Iraqi army units"
	setInterimWord    // adjectives of a provisional authority: "the interim administration"
	setJuntaRef       // plural nouns by which "the" + noun names the junta named before: "the generals"
	// Relations, round 3 of issue 10.
	setAccuseVerb // verbs of accusing, whose object is the subject of the gerund after "of"
	setEchoAux    // auxiliaries after ", as" that repeat the main verb for new subjects: "as did Kenya"
	setBlameWord  // words that name an attack's author: "blamed the attack on X", "X claimed responsibility"
	// Roles (people and their offices), issue 10.
	setOfficeBodyHead  // nouns ending a lower-case body after an office's "of": "a member of the Houthi political bureau"
	setOfficeVerb      // verbs that give, take or keep an office: "appointed X as", "X was named", "X became"
	setIncludeVerb     // verbs after a delegation that list its members: "the delegation included"
	setVisitVerb       // verbs of a visit before the state visited: "visited Egypt", "arrived in Ankara"
	setCapitalNoun     // nouns of a state's seat after its adjective: "arrived in the Syrian capital"
	setPhraseEnd       // words that end a noun phrase outside an appositive: "on Monday", "last year"
	setArticleParticle // name particles that open places' and bodies' names too: "Ras al Ain"
	// Agreements, round 4 of issue 10.
	setCompassWord // words of a compass point, whose compounds name a region: "the south-west ceasefire"
	// Actors and references, round 2 of issue 10.
	setCoalitionNoun // heads of a coalition's name, one of which may refer back to another: "the alliance" for "the Saudi-led coalition"
	setRulerNoun     // plurals that, after "military", name a state's junta: "Niger's military rulers"
	// Hostility told as events and acts, round 3 of issue 10.
	setWarTalkNoun // nouns that, before "of", make a war only talked of: "fears of war between X and Y"
	// Merge of rounds 2 and 3 of issue 10.
	setBackParticleVerb // verbs after which "back" is a particle, no backing: "beat back the rebels"
	// Groups and lists spread over their members, round 3 of issue 10.
	setStatesGroupNoun // capitalised nouns that name a group by its states: "the Troika of A, B and C"
	// Titles and appositions, round 3 of issue 10.
	setStateBodyNoun  // nouns ending a lower-case body of a state that its spokesman speaks for: "a spokesman for Peru's army"
	setSpeakVerb      // verbs by which a person speaks for a body: "who speaks for the Front"
	setMissionNoun    // nouns of a body's mission or agency named beside it: "the UN peacekeeping mission, MINUSCA"
	setLeadInfinitive // verbs after "to" by which an appointee heads a body: "named X to lead the Guards"
	setNotSurname     // nouns that end a body's or a region's name, never a person's: "the Islamic State Lake Kivu Province"
	// Agreements (issue 10, session 18, part deals18).
	setArrangementNoun // nouns of an arrangement a bare deal is about, which name it: "an agreement on the monitoring mechanism"
	setSignatureNoun   // nouns of a signature put on a deal, which is then no deal discussed: "put his initials on the accord"
	// Hostility: attacks and their authors (issue 10, session 18, part adverse18).
	setLaunchVerb     // verbs whose subject carries out the attack noun after them: "launched strikes"
	setEventAdjective // words between an attack's author and its noun: "Israeli air strikes", "the US-led military campaign"
	setBackingVerb    // verbs of backing before a possessive's fight, which is not the backer's: "support its fight against X"
	setFightNoun      // nouns of a fight owned by a possessive: "its fight against X"
	setStrikeVerb     // verbs of attacking a place: "shelled rebel-held districts"
	setHoldParticiple // participles glued to a name that say who holds a place: "rebel-held"
	setStatementNoun  // nouns of a statement issued by states or bodies: "the joint statement"
	setStatementVerb  // verbs after "the statement" that make it act for its issuers: "the statement condemned"
	setIssueVerb      // verbs by which their subject issues a statement: "issued a joint statement"
	setRepelVerb      // verbs by which their subject fights off an attack: "repelled the assault"
	setOwnerPronoun   // possessive pronouns that own a fight: "its fight against X", "their war"
	setJudgeVerb      // verbs that judge an attack referred back to: "called the strike a massacre"
	setJudgementNoun  // nouns of a judgement that condemns an attack: "an act of aggression", "a war crime"
	// Cooperation, support and contacts, session 18 of issue 10 (coop18).
	setContactNoun   // nouns of a meeting after ", including": "held meetings with X, including a session with Y"
	setNameAdjective // lower-case words that describe the name right after them: "funds the militant Hamas"
	// People's roles and the bodies they serve, session 18 (roles18).
	setSubStateNoun // capitalised nouns ending the name of a federation's state, whose governor heads its government: "Borno State Governor X"
	// References and entity discovery, issue 10, session 18 (refs18).
	setRefAdjective   // adjectives that leave "the group" a reference: "the extremist group"
	setStateForceWord // words that, with army words, name a state's forces without their state: "Armed Forces"
	setGeoBefore      // capitalised nouns before a state's name that make it a place: "Lake Chad"
	setGeoAfter       // capitalised nouns after a state's name that make it a place: "the Niger Delta"
	setMakeupWord     // participles listing a body's members: "a contact group made up of A and B"
	setOwnBodyNoun    // nouns after one proper name that, after "its", name a part: "its own Barkhane operation"
	// Membership and structure, session 18 (members18).
	setOrganHead           // nouns that end an organ's name after "its": "its Panel of the Wise", "its Amaq news agency"
	setOrganNoun           // lower-case nouns that end an organ's name after its body's: "the SDF media office"
	setStateOwned          // participles glued to "state" before a state's company: "Norway's state-owned Equinor"
	setGroupingNoun        // lower-case nouns of a grouping of states named by its make-up: "a ministerial contact group made up of A and B"
	setFoundingVerb        // verbs by which states found a body together: "A, B and C formed the Union"
	setFoundingAdverb      // adverbs between founders and their verb: "A and B jointly set up"
	setBelongVerb          // words of a verb of belonging to a body: "A joined B in the Union", "A is part of the Union", "A belongs to the Union"
	setInclusionVerb       // verbs by which a body includes its members: "the Pact, which includes A and B"
	setContingentNoun      // nouns of a member's share of a body, before "from" or "of": "made up of contingents from A and B"
	setForceContingentNoun // the same for a force or mission only: "made up of troops from A and B"
	// Entity recognition, session 18 (ents18).
	setFirmNoun     // nouns of a company that describe the name beside them: "the Lagos consultancy X", "X, a British security firm,"
	setNameHead     // capitalised nouns that open a body's name in another language: "Jaysh al-Izza", "Frente Amplio Sur"
	setNonStateWord // words of a body's name that make it no organ of the state its adjective names: "the Syrian Democratic Forces"
	// Precision, session 18 (prec18).
	setRequestVerb     // verbs that ask for a meeting not yet held: "urged A and B to hold talks"
	setRequestForVerb  // verbs that ask for one with "for" or "on": "called for talks between A and B"
	setContactPlanWord // words after "talks between A and B" that leave them to come or undone: "are expected", "was postponed"
	// People's roles, round 3 of session 18 (r3roles).
	setMonarchTitle // titles of a monarch, who heads the state as a president does: "the Emir of Qatar"
	setObserverNoun // titles of those who study a body from one: "an analyst at the institute", never "of the Front"
	// Structure of bodies and states, issue 10, session 19 (struct19).
	setNamedOrganHead // capitalised nouns of an organ whose name names its owner: "the Court of Ruritania", "the Lotvar National Assembly"
	setUnitStanding   // lower-case words of a unit's standing between its body's possessive and its name: "the Front's elite Tarsh Brigade"
	setPlanNoun       // nouns of a plan that head a deal's name when a word says which: "the six-point plan", "a French-brokered peace plan"
	// Entities, name boundaries and references, session 19 (ents19).
	setBlocNoun      // nouns by which "the" + noun refers back to the regional body of states last named: "the 15-nation bloc"
	setCommunityNoun // names of a religious or ethnic community, no group when backed ("the Iran-backed Shiites") nor a band ("the Tuareg, who")
	setBlocAdjective // lower-case words between "the" and a bloc noun that keep it the regional body: "the regional bloc"
	// People's roles, session 19 (roles19).
	setRankAdjective   // adjectives before a head's title that make its holder one of several: "senior PKK commander X"
	setPluralHead      // plural nouns of heads before a body every state has: "the heads of the intelligence services of A and B"
	setFilePreposition // prepositions and verbs that end an office's file before it: "Turkey's talks with President X"
	setRegionalWord    // adjectives that make a government a region's body: "the Amhara regional government"
	setComponentRank   // lower-case words ranking a body among a grouping's: "the main militia in the Joint Forces"
	setProminenceWord  // lower-case words between "one of the" and the offices that say how prominent the holder is: "one of the best-known Front commanders"
	// People's roles, session 19 round 2 (roles19b).
	setPluralHeadVerb // plural present verbs by which people head a body: "who co-chair the group"
	// Entities and references, round 2 of session 19 (ents19b).
	setGatheringNoun // nouns of a gathering that make the state or capital before them its place: "the Brussels meeting"
	// Precision audit on fresh text, session 19 (audit19).
	setAttackPlace // prepositions of an attack's target or place, whose actor is no subject: "a strike on Damascus killed"
	setAttackMeans // prepositions that make an attack the means of the clause subject's verb: "killed X in air strikes on Y"
	// Recall audit on fresh text, other conflicts, session 19 (recallo19).
	setDeputyWord // words that make the head's title after them a member's: "the assistant commander-in-chief"
	// People's roles, session 20 (roles20).
	setEnvoyRank      // words opening an envoy's title that make him the body's own, not one accredited to it: "the UN special representative"
	setFormerWord     // words before an office its holder no longer holds: "former foreign minister X"
	setGovernmentNoun // nouns of a state's government, whose head holds an office of the state: "Peru's cabinet, chaired by Prime Minister X"
	setRuleVerb       // participles by which a person rules a state: "Togo, ruled by President X"
	setRegionWord     // words naming a self-governing region's body, whose president or premier holds a state's office in small: "Kurdistan Region President X"
	// Organisations the extractor does not recognise (issue 10, session 20, part ents20).
	setOwnedBodyHead   // heads of a world body's name that, opened by its parent's name, make it the parent's: "the UN Interim Force"
	setBodyMissionNoun // lower-case nouns of a world body's mission or delegation after the body: "the OSCE mission to Moldova"
	// Agreements, mediation and structure, issue 10, session 20 (deal20).
	setGuarantorNoun   // nouns of those who broker or guarantee a deal: "the guarantor states of the Astana process"
	setGuarantorState  // plural nouns of states after a guarantor noun: "the guarantor countries A, B and C"
	setRoleVerb        // verbs that give their subject the role named after "as": "A and B act as guarantors"
	setOrganAppositive // nouns of a body's organ in an appositive that names its owner: "X, a UN agency,"
	// Plural subjects and group references, issue 10, session 20 (refs20).
	setGroupPluralNoun // plural nouns of actors a number makes a group named before: "the four ministers", "the five delegations"
	setGroupRoleWord   // words of the part a group plays, by which a later reference names the same group: "the guarantors"
	setGroupPersonNoun // plural nouns by which a group reference names people, who may be those who met: "the three presidents"
	// Hostility and opposition, session 20 (opp20).
	setMeasureNoun      // nouns of a punitive measure one side imposes on another: "sanctions", "embargo"
	setMeasureWeak      // nouns that are such a measure only after a punitive adjective or a verb of imposing: "coercive measures"
	setMeasureAdjective // adjectives between a measure's owner and its noun: "unilateral", "coercive", "new"
	setPunitiveWord     // adjectives that make a weak noun a punitive measure: "coercive measures"
	setImposeVerb       // verbs by which their subject imposes a measure: "imposed", "slapped"
	setCritiqueVerb     // verbs by which their subject criticises a measure: "criticised", "blamed"
	setMeasureStep      // verbs that impose a measure with "up" after them: "stepped up sanctions"
	setMeasureRelief    // words of lifting a measure, which end the search for its imposer: "lifting"
	setMeasureDemand    // verbs by which their subject demands a measure: "urged sanctions", "urged Y to impose"
	setMeasureDemandFor // verbs that demand a measure before "for" or ask another to impose it: "called for", "called on Y to impose"
	setMeasureFiller    // words that may stand between a verb and the measure it imposes or demands: "its", "round", "of"
	setMeasureBreak     // words that leave a measure no one's in a match: "expanded trade despite sanctions" (flag measure)
	setAcquireVerb      // verbs of buying or using arms, whose object is no side at war: "bought Iranian drones" (flag belligerent)
	setDutyWord         // words after "responsibility for" that make it a duty, not blame: "for maintaining peace" (flag blame)
	setVictimOpener     // words that open a clause whose object is a victim, not the blamed: "anyone who harms X" (flag blame)
	setAttackDoubt      // nouns that make an attack after "of" one reported or feared, not done: "reports of air strikes"
	setProtestVerb      // verbs by which their subject protests to another state's envoy: "summoned"
	setEliminateVerb    // infinitives of destroying an enemy, whose agent fights it: "to eliminate"
	setHitVerb          // verbs by which their subject attacks a site or unit: "fired at", "hit", "struck"
	setSiteTarget       // nouns of a side's site or unit, whose owner follows "of": "the headquarters of X"
	setWeaponNoun       // nouns of weapons that strike, whose owner named before them is the attacker: "Ghanaian tanks and artillery pounded X"
	setStateSite        // words of a site only a state keeps, which a state named after "in" owns: "the air base in Syria", "nuclear sites in Iran"
	setOwnerLink        // participles that link a site or goods to its owner, holder or destination, with "to", "for" or "by": "belonging to X", "bound for X", "held by X"
	setDestinationLink  // owner-link participles of a destination, which names a side but no state: "bound for X" is X's, "heading to Lebanon" is no Lebanese convoy
	setHostileGerund    // gerunds of a hostile act one is accused of, aimed at the accuser when no one else is named: "of meddling"
	setObjectGerund     // hostile gerunds that need their object: aimed at the accuser only through the accuser's possessive ("of threatening its sovereignty"), not when their object is another's ("of violating human rights")
	// Delegations as groups, issue 10, session 20 round 2 (refs20b).
	setDelegationRef // nouns that, opening a sentence, name the delegation the article sent: "The Russian visitors held talks"
	setSendVerb      // verbs by which a state sends its delegation: "Eritrea sent a delegation led by Foreign Minister X"
	// Organisations and name precision, issue 10, session 20 (ents20b).
	setStateFirmNoun // nouns of a state's enterprise ending "X, Ruritania's state gas company,"
	// People's roles, round 2 of session 20 (roles20b).
	setPledgeModal // modals after a state in an official's reported clause that make it his own: "said that Peru would"
	// Hostility and opposition, session 21 (opp21).
	setGenericAttack // attack nouns that may name an attack stated far before by any word: "condemned the attack", not "the incursion"
	// Support and cooperation, issue 10, session 21 (rel21).
	setOperationNoun // nouns of a side's military operation, backed by others: "the offensive was backed by X"
	// Meetings and contacts, issue 10, session 21 (meet21).
	setGroupMeetingWord // adjectives of talks among three or more sides, whose partners meet each other too: "trilateral talks with A and B"
	// Membership and structure, issue 10, session 21 (memb21).
	setFactionNoun      // nouns of a body that belongs to an umbrella as its member: "the X faction that is part of Y"
	setServiceForceWord // words that make a force named after its owner the owner's own: "the Ruritania Defence Forces"
	setOrganMemberNoun  // plural nouns of the people an organ is made of, after "of" in its name: "Council of Ministers"
	// Agreements (issue 10, session 21, part deal21).
	setUnrealDeal // words before a deal's noun that make it one not yet made: "guarantors of a future deal"
	// Entities named by the text, session 21 (ents21).
	setNamedAsHead    // nouns for a band or body that a naming phrase names: "the fighters known as X"
	setNameGivingWord // participles that give the name after them: "dubbed X", "nicknamed X"
	setKunyaWord      // words that open a kunya, a name after a child: "Abu Mohammed"
	// References, groups and lists, issue 10, session 21 (refs21).
	setOwnedForceNoun // nouns of a side's fighters or peacekeepers that stand for it after "its": "its fighters clashed with X"
	setEnmityWord     // words by which a pair reference names two foes: "the rivals", "the warring parties"
	// People's roles, session 21 (roles21).
	setHeadedByVerb // participles by which a body is headed, before "by": "is commanded by", "run by"
	// Bodies named again by their head noun, issue 10, session 21 (defref21).
	setKindAdjective // adjectives of a body's kind between "the" and its head noun: "the regional force"
	// Parentheses, sources and peoples, issue 10, session 21 (paren21).
	setDesignationMark // words of a designation as outlawed or terrorist: "(outlawed in X)", "(a terrorist group in X)"
	setDesignatingWord // participles that designate, opening a designation remark: "(designated a terrorist group by X)"
	setSourceOpener    // words that open a source phrase, whose comma closes it: "according to A, B and C signed"
	setPeopleAdjective // state adjectives that are also a people's name: "a Turkmen brigade", "the Uzbek militia"
	setPeopleBandHead  // heads of a people's band after its adjective: "brigade", "militia"
	// Bodies named by a place, session 21 (lead).
	setPlaceBodyHead // capitalised heads that, after a place, name a body: "the Minsk Group", "the Paris Club"
	// Hostility and opposition, session 22 (opp22).
	setLabelVerb      // verbs by which an attacker labels its target after "what": "struck what it described as bases of X"
	setLabelLink      // words between such a verb and the label: "as", "were", "are"
	setPresupposeVerb // verbs one is asked to do that take the relation as there: "called on X to end its cooperation with Y"
	// Agreements, issue 10, session 22 (deal22).
	setKeepDealVerb     // verbs whose object is a deal already made, after "to": "urged X to honour the ceasefire"
	setExchangeNoun     // nouns of an exchange that are a deal when captives are exchanged: "a prisoner swap"
	setCaptiveNoun      // nouns of the people an exchange trades: "prisoners", "detainees"
	setEvaluativePrefix // words and first parts of a compound that judge a deal, no part of its name: "fragile", "long-delayed"
	setCessationNoun    // nouns of a halt that, before "of" and hostility-noun, name a truce: "a cessation of hostilities"
	setHostilityNoun    // nouns of the fighting a truce halts: "hostilities", "fighting"
	// Clause structure, session 23 (clause23).
	setNounPreposition // prepositions that tie a name to the noun before it: "the commander of the Quds Force, who"
	// Actors recognised by construction, session 23 (act23).
	setRulingNoun // nouns of the body that rules a state, which "the" + noun names again: "the regime", "the government"
	// Organisations named by their full shape, session 23 round 2 (body23).
	setOfOrganHead      // capitalised nouns of an organ whose owner follows "of" at the end of its name: "the Security Council of Ruritania"
	setOwningParticiple // participles glued to an owner before its body's name: "the Lotvar-run Kestrel agency"
	setSignVerb         // verbs of putting a signature on a text: "signed a joint statement"
	setJointAdjective   // adjectives of a text that several sides make: "a joint statement", "a trilateral statement"
	// Combat, session 24 (fight24).
	setPassiveDeed // participles of a deed of war whose passive with "by" is read as the active: "was recaptured from X by Y"
	setAgreeVerb   // verbs by which two sides take up a truce: "A and B agreed to a ceasefire"
	setTruceEndCue // words after a truce that tie it to the fighting it ends: "ending a week of fighting"
	setCombatNoun  // nouns of the fighting a truce ends: "fighting", "clashes", "hostilities"
	// References, issue 10, session 24 (ref24).
	setOwnedPartNoun     // nouns of a body's part apposed to its name after "its": "its armed wing, the X"
	setOwnerUmbrellaNoun // nouns of an umbrella its possessor belongs to: "its political umbrella, the X"
	setPersonPartyNoun   // nouns of a person's party after "his" or "her": "His party, the X"
	setAllyNoun          // nouns of an ally apposed to its name: "its ally, the X"
	// Opposition and support, session 24 (stance24).
	setObjectPreposition // prepositions before the kind an object is named by, whose members a list names: "sanctions on several officers, among them X"
	// Agreements and meetings, session 24 (deal24).
	setMediationNoun // nouns of the mediation through which a deal came about: "under Ruritanian mediation", "under the auspices of X"
	setMediationPrep // prepositions that make a mediation noun an adjunct of the clause: "under", "through", "with"
	setHostVerb      // participles by which a person hosts a gathering, before "by": "talks hosted by X"
	// People whose names the lexicon cannot know, session 24 (name24).
	setPersonActVerb  // verbs only a person does, after an unknown name as subject: "Ivo Dragan met", "Ivo Dragan resigned"
	setPersonMeetWord // words after which an unknown name is a person met: "met Ivo Dragan", "talks with Ivo Dragan"
	setPersonRoleNoun // lower-case nouns of what a person is, no office, before an unknown name: "the preacher Ivo Dragan"
	setNameSuffix     // words that end a person's name after two of its words: "Ivo Dragan Jr."
	// Precision, session 24 (prec24).
	setPlatformName   // names of a public platform before a medium's noun, an account on it and no body: "its Telegram channel"
	setOutsiderPlural // plural nouns of people who study or watch a body without speaking for it: "UN experts accused X"
	// Moved from a Go literal, session 24 (mend24).
	setStateRulerNoun // nouns of a state's rulers that, after its possessive or adjective, name the state itself: "Mali's transitional government"
	// Bodies named as the modifier of an office, session 24 (orgtitle24).
	setBodyMemberOffice // member's offices by which a word before them names a body: "Tarvoli MP X", never "Tarvoli governor X"
	// Sides taken in a fight, session 25 (fight25).
	setSideVerb  // verbs by which their subject takes its object's side in a fight: "backed the army against IS"
	setArenaNoun // arenas of politics where a side is taken without a fight: "backed X against Y in the vote"
	// Actors the lexicon cannot know, session 25 (actor25).
	setBandMemberNoun // plural nouns of an armed group's fighters after its name: "Vorgal Dostan fighters", "Borduria Front militants"
	// Leadership stated by a passive, session 25 (head25).
	setLeadAdverb // adverbs between a body and the passive of leading it: "the Front, now led by X"
	// Structures found by probing, session 25 (probe25).
	setSettingPreposition // prepositions of an adjunct of time or place after a name: ", on a visit to Cairo,"
	setPastAdverb         // adverbs that put a participle in the past: ", a group formerly led by X,"
	// Partnerships read by their complement, session 25 (coop25).
	setPartnerNoun    // nouns of a partner whose complement says alliance or cooperation: "a key partner of X (in the fight against Y)"
	setTradeQualifier // words that make a partner one of trade, neither ally nor comrade in arms: "a major trading partner of X"
	setRejectVerb     // verbs that deny the gerund right after them as a negation does: "opposed sharing intelligence with X"
	setWarnVerb       // verbs whose "against" and gerund warn off a deed not done: "warned Benin against joining the war"
	setAccreditedRank // words in a representative's title that accredit him to the body: "UN Permanent Representative X"
	setExitParticle   // particles between a verb of leaving and the talks left: "pulled out of the talks"
	// Precision, session 26 (prec26).
	setDissentWord // lower-case words that describe a body as an opposition or an armed band, no organ of a state: "the opposition X", "X, the main rebel alliance,"
	// Contacts and targets read by their noun phrase, session 26 (fight26).
	setContactHead        // nouns of a contact whose partner "with" names after the noun's adjuncts: "talks in the Kremlin with X"
	setTargetHead         // nouns of what an attack hits whose owner a participle names after the noun's adjuncts: "targets in Iraq used by X"
	setStruckSite         // nouns of a site or settlement an attack's verb hits, no side: "struck villages near the border", "stormed a prison" (verbAttacks)
	setOpeningPreposition // prepositions that open a sentence's introductory phrase, which a comma closes: "In a call initiated by Turkey, A and B agreed" (openingEnd)
	setOwnerParticiple    // participles that open a target noun's complement naming its owner: "used by", "linked to"
	setProspectWord       // words right before talks, or before the "for" or "of" that governs them, that make them still to come: "to prepare a meeting of A and B"
	setPlaceHead          // nouns of a place taken whose "from" names whom it was taken from after its name and adjuncts: "the town of Dabiq in northern Syria from X"
	setHeadAdjunct        // prepositions of an adjunct of place, time or topic between such a noun and its complement: "a meeting on Syria with X"
	// Actors from context, session 26 (actor26).
	setDesignationVerb // verbs that class their object as a kind of thing: "designated X as a terrorist group"
	setBodyKindNoun    // nouns of a kind of body that a designation gives its object: "X and Y as foreign terrorist organizations"
	// Stance, session 26 (oppose26).
	setRulerAdjective // adjectives of a state's present rulers before "government in" and its capital: "the new government in Damascus"
	// Agreements and their brokers, session 26 (deal26).
	setBrokeredGathering // nouns of talks whose host or mediator brokered the deal they made: "X hosted the talks", "the meeting was hosted by X"
	// References, session 27 (ref27).
	setEmbeddingWord // words after which a subject pronoun opens a clause embedded in the main one: "X told Y that he", "Z, whom he accused"
	// Contacts, session 27 (contact27).
	setVisitedVerb     // forms of "visit" whose object is a place, not a party: "visited Lome for talks with X" (visitedFor)
	setContactModifier // words before a contact noun that say how the contact went, not whether: "held surprise talks", "lengthy meetings" (contactPremodifiers)
	setContactMeasure  // nouns of a measure of talks before "of": "two days of talks", "a new round of talks" (contactPremodifiers)
	setListTailNoun    // nouns of people or bodies that end a list's last member naming no one: "met A, B and the three service chiefs" (unnamedLastMember)
	// Stance, session 27 (hostile27).
	setDeedSummary // nouns apposed to a clause that name the deed it states: "X closed the border, a move Y condemned"
	setOutcryNoun  // nouns of the disapproval a deed draws from someone: "drew condemnation from Y"
	setDrawVerb    // verbs by which a deed draws disapproval: "drew", "sparked"
	// Precision, session 27 (prec27).
	setOtherPartyNoun // nouns that, after a name, name another party the name only qualifies: "a NATO member", "an al-Qaeda affiliate"
	// Structural readings found by probing, session 27 (probe27b).
	setMunitionNoun // nouns of munitions fired at a target, whose target is no subject: "fired rockets at Israel in support of its ally"
	// Review mends, session 27.
	setStateOfficeHead // heads of a state's offices, which no possessor heads as his own body: "Biden's Department of Justice"
	// Agreements named by a title, session 28 (agree28).
	setResolutionNoun    // nouns of a resolution, which name one by its number: "Resolution 2797", "resolution 1701"
	setTargetPreposition // prepositions that name an attack's target, before which a compass region of a state is the state attacked: "fired rockets at northern Israel"
	// Opposition by evaluation, session 28 (evaluate28).
	setJudgementWord // adjectives and nouns of a negative evaluation beside the judgement nouns: "called the strike unacceptable", "described A as criminals"
	setJudgedDeed    // nouns of a deed or stance of a party that a judgement or criticism names beside attacks and deed summaries: "rejected the British stance"
	setConflictNoun  // nouns of a lasting conflict, whose fight is no attack a later reaction names: "the group that fought a war with X"
	// African reports, session 28 (africa28).
	setCounterpartNoun // nouns of another party after a possessive, naming no part of the owner: "its rival ISWAP", "its former foe X"
	// Bodies the reader does not name, session 29 (mend29b).
	setLocalQualifier // words of a place's scope before a body's head noun that make it a new unnamed body: "the district youth council"
	// Name spans, session 29 (prec29).
	setGuildNoun // plural nouns of a trade or a group whose possessive may stand inside a body's name: "the Sudan Doctors' Union"
	// Descriptions that refer back to a named actor, session 29 (descref29).
	setBandRef // plural nouns of a band's fighters by which "the" + noun names the one armed group in play: "the militiamen", "the assailants"
	// The article's words over the catalog's, session 30 (textfirst30).
	setPeopleDemonym // a state's adjectives that name a people living in several states: "Turkmen", "Uzbek"
	// Hostile deeds a reaction names, session 30 (stance30).
	setDeedVerb         // verbs of a hostile deed other than an attack, with the kind of deed they state: "seized" a seizure, "detained" a detention
	setDeedNoun         // nouns by which a reaction names such a deed, with its kind: "condemned the seizure", "the arrests"
	setPersonDeedVerb   // deed verbs that state their deed only on people: "executed" a prisoner, not an agreement
	setCraftDeedVerb    // deed verbs that state their deed only on a vessel or aircraft: "boarded" a tanker, not a train
	setPersonDeedObject // nouns of people a person-deed-verb takes: "executed three activists"
	setCraftNoun        // nouns of a vessel or aircraft a craft-deed-verb takes: "boarded a tanker"
	setDeedAgent        // nouns of a side's means or men between its name and a deed's verb: "Borduran jets shot down", "the Borduran navy seized"
	setListPreposition  // prepositions a listed gap does not pass, which open an adjunct of the clause, not a list's noun phrase: "sent Iran a warning over its missiles" (listWord)
	setDeathWord        // words that tell a death, by which "the killing" may name the attack that caused it: "a strike killed X", "X was assassinated" (authorsOf)
	// Meetings told around the verb, session 30 (meet30).
	setContactApproximator // words before the number of a measure of talks that make it approximate: "more than six hours of talks", "nearly two days of" (contactPremodifiers)
	setContactTimeOpener   // prepositions of an adjunct that dates a clause by talks its subject held: "agreed after talks", "said during the meeting" (contactAdjuncts)
	setContactFailed       // verbs after talks that name no partner by which they came to nothing: "after talks collapsed" (contactPartnered)
	setContactAbsence      // words between a group and an adjunct of talks that keep the group out of them: "were absent throughout the talks", "sent envoys" (contactAdjuncts)
	setPresenceVerb        // verbs of a public appearance whose companion was there in person: "appeared alongside X", "speaking in Paris beside X" (presenceCompanions)
	setPresenceCompanion   // prepositions that name the companion of an appearance: "alongside", "beside" (presenceCompanions)
	setPostureVerb         // verbs of standing or sitting, an appearance beside a companion only on an occasion: "stood beside X as the accord was signed" (presenceCompanions)
	setPostureOccasion     // words right after the companion that name the occasion of a posture-verb: "at", "as", "during" (presenceCompanions)
	setImageNoun           // nouns of a picture or a recording, in which an appearance is no meeting: "appeared alongside X in a video" (presenceCompanions)
	// References to the speaker's own body, session 30 (pronref30).
	setSpeakerBodyRef // nouns by which "the" + noun in a reported clause names the body its speaker speaks for: "NATO's spokesman said the alliance"
	// Mending session 30 (mend30a).
	setUnitHead       // heads that end a unit's name only after its owner's possessive: "the Front's Special Unit", never "the Intensive Care Unit"
	setWardWord       // words of a hospital's ward, which is no body's unit: "the Red Cross's Burns Unit"
	setServedLand     // nouns of the land a mission serves after "in the": "the UN mission in the country, Korvana,", never "in the town"
	setPlaceOwnedNoun // nouns a place owns, after its possessive or "and its": "Marvillo's residents", "Marvillo and its suburbs"; a body owns none
	// Groups and lists, session 31 (lists31).
	setMinisterPlural   // plural nouns that make a pair reference name two ministers set together: "the two ministers" (ministerPair)
	setMembersQualifier // words between "its" and "members" that say which of them a list names: "its remaining members are A and B"
	// Descriptions that refer back, session 31 (descref31).
	setKingdomNoun // nouns of a monarchy that "the country" stands for, after "the" and before "'s": "the kingdom's prime minister" (countryReferent)
	setRoyalWord   // last words of a monarch's title after a state's name that make it a kingdom: "Jordan's King X", "Saudi Crown Prince Y" (royalState)
	// Contacts denied and cooperation lacked, session 31 (mend31a).
	setContactDenial // verbs right before a contact noun that deny or only plan it: "Chile rejected talks in Lima between A and B" (deniedContact)
	setOffDenialVerb // verbs that with "off" right before a contact noun deny it: "called off talks between A and B" (deniedContact)
	setOnPlanVerb    // verbs that with "on" right before a contact noun only plan it: "agreed on talks between A and B" (deniedContact)
	setLackWord      // words right before a cooperation noun that say it is missing: "little cooperation between A and B" (lackedCooperation)
	setLackNoun      // nouns before "of" and a cooperation noun that say it is missing: "a lack of cooperation among A, B and C" (lackedCooperation)
	// Contacts left, session 32 (precision32).
	setContactExit // verbs that end or leave talks, before their noun: "suspended the talks with X", "pulled out of talks with X" (leftContact)
	// Reading, not remembering, session 32 (rename32).
	setDescentParticle // lower-case particles of descent inside a name: "Kadim bin Zuran" (nameGoesOnAfter)
	setSideNoun        // nouns of a party's side in talks after its state: "On the Peruvian side, Foreign Minister X" (sideState)
	setTeamPartNoun    // nouns before "of" and a delegation that make people its members: "X and Y were part of the Chilean delegation" (partGap)
	// Attacks claimed, session 32 (claims32).
	setOwnDeedVerb     // verbs by which a side says it did an attack named before: "said it carried out the attack" (claimedAttacks)
	setAsideAdverb     // an adverb that may open a lede holder's other name: "X, also known as Y," (holderAside)
	setAsideNameVerb   // the verb of a lede holder's other name: "X, known as Y," (holderAside)
	setClaimDoubt      // words that doubt or retract a claim of an attack: "officials doubted the claim" (claimDoubted)
	setListConjunction // the word that joins the sides of a list an attack hit: "Malian troops and a Nigerien patrol" (attackedSides)
	setClaimWord       // words of a bare claim between "claimed" and the attack noun: "claimed responsibility for the attack" (bareClaimNoun)
	setClaimComplement // words after a claimed attack noun that give it its own complement: "the bombing of a hotel" (bareClaimNoun)
	setOwnDeedParticle // particles between an own-deed-verb and the attack noun: "carried out the raid" (claimedAttacks)
	// Bodies and their owners, session 32 (partof32).
	setCommandSector // capitalised compass points after a body's head that name the sector of a command: "Operational Command South" (headEndsAt)
	// Review fixes, session 32 (mend32b).
	setGatheringVerb // verbs by which people meet or host at a gathering: "met at the summit of the guarantors" (gatheredGuarantors)
	setGatheringPrep // prepositions that make a gathering an adjunct of its clause: "at", "for", "in", "during" (gatheringAdjunct)
	setUnitNoun      // nouns of a body's unit before "of" and the body: "head of the media office of the Front" (unitAtBody)
	setSidePrep      // prepositions before "the" and a party's side in talks: "On the Peruvian side" (sideState)
	setTeamAdverb    // adverbs between a verb "to be" and a delegation's membership: "were also part of" (partGap)
	setTeamPrep      // prepositions that alone make people a delegation's members: "were among the Chilean delegation" (partGap)
	setPhraseCloser  // words that open a new phrase or clause after a noun, closing its phrase: "the Chilean delegation in Lima" (delegationCloses)
	// Agreements, session 33 (deals33).
	setDealMade    // verbs that tell a deal was made, before its article: "brokered a truce between A and B" (partiesSigned)
	setDealDone    // participles of completion after a deal's two sides: "a deal between A and B, signed in May" (partiesSigned)
	setMeetVerb    // forms of "meet" whose object is whom a group went to see: "A and B met their counterparts" (objectAfterMeet)
	setReciprocal  // words of a reciprocal owner, the group itself: "each other's allies" (ownerInGap)
	setDealPending // words that tell a deal is not yet made or a deed under it not done: "under a deal now under discussion, troops would withdraw" (dealPendingAfter)
	// Hostility, session 33 (hostile33).
	setSpeakerActVerb // past verbs of a speaker's act on another side, coordinated after a report: "X said the strike was a violation and accused Y" (carry)
	setReportedPerson // nouns of people who may act themselves as a reported clause's subject: "X said protesters gathered and demanded" (reportedPeople)
	// Contact and courtesy, session 33 (contact33).
	setLandMeetPrep    // prepositions of position after "where A, B and C meet" that keep it land: "meet inside the park" (landPlaceAfter)
	setObjectPronoun   // person pronouns in the object case, never their own clause's subject: "X phoned him" (objectPronounSubject)
	setSubjectRelative // relative pronouns that stand for the subject of their clause: "Y, who had phoned him" (objectPronounSubject)
	setInPersonPrep    // prepositions of an adjunct that holds talks in person: "conferred on the sidelines" (inPersonAfter)
	setInPersonNoun    // nouns of a place or occasion both sides of talks were at: "on the sidelines" (inPersonAfter)
	setInPersonVisit   // nouns of a visit, which hold talks in person when it is to one side's state: "during a visit to Lome" (inPersonAfter)
	setPromiseVerb     // verbs that report a promise, under which "would" states one: "said they would cooperate" (promiseStands)
	setPromiseVoid     // words of condition, fear, warning or doubt that void a promise: "would cooperate only if" (promiseStands)
	setUnheldWord      // words of a meeting that never took place: "after the cancellation of his meeting with X" (wordInMatch)
	setLandNoun        // nouns of land where borders meet, after a land-meet-prep: "meet in the savannah" (landPlaceAfter)
	setInPersonVoid    // words of a visit still to come, which holds no talks in person: "on the eve of a visit" (inPersonAfter)
	setRemoteWord      // words of talks at a distance, which no adjunct makes a meeting: "by phone", "a video link" (inPersonAfter)
	setClaimNoun       // nouns of a report or claim a denial names before its "that": "denied a report in a Beirut daily that" (negatedBefore)
	setSpokesmanFile   // words of a spokesman's file between his owner and "spokesman": "the Front's military spokesman" (fileWordsOwner)
	setComponentPrep   // prepositions that name the body a component stands in: "a faction within the Front" (rankedComponent, inAppositiveComplement)
	setTimeLead        // words before a time noun in a time adjunct that may open a sentence before its subject without a comma: "Last month", "Earlier this week" (timeLead)
	setTimeCount       // number words that may count a time noun in a time lead: "Two days later" (timeLead)
	setTimeNoun        // the words that make a sentence's opening phrase a time adjunct: "week", "ago", "yesterday" (timeLead)
	// Partners named for the field, session 34 (ally34).
	setFieldPartnerWord   // words before a partner noun that put the partnership in the field: "the coalition's ground partner" (partnershipRead)
	setAligningParticiple // participles glued to a name that says whose ally a body is: "an Iran-aligned militia" (bodyAppositive keeps the appositive for the patterns)
	// Review fixes to roles34, session 34 (mend34b).
	setTieParticiple // participles glued to a body before an office that say only that the holder is tied to it: "a Front-linked figure" (qualifiers)
	// Gaps that refuse set words and the rulers of a part of a state, session 34 (mend34e).
	setExpulsionWord     // words of driving a side out, which a gap after it refuses: "drove X out of the town after an advance backed by" (..v!expulsion-word)
	setTimePreposition   // prepositions and subordinators of a time adjunct: "after", "during", "amid" (..v!time-preposition)
	setSubStateQualifier // words before a ruler noun that make it a part of the state, not the state: "Syria's autonomous administration" (subStateSets)
	// Partners that are no allies and steps between enemies, session 34 (mend34d).
	setNonAllianceQualifier // words before a partner noun that make it a partner in something else than an alliance: "a negotiating partner", "a gas partner" (pastPartner)
	setSizeSuperlative      // words of size before a partner noun, which alone make it one of trade: "its largest partner" (partnershipRead)
	setStandingPartnerNoun  // nouns of a standing partnership against a side, whose fight is no attack a reaction names: "the coalition's partner against IS" (facts.go)
	setTruceVenueVerb       // verbs before "the <truce> in <place>" that make the place where the truce was made, not its ground: "mediated the ceasefire in Cairo" (truceVenue)
	setAlliancePending      // words in an alliance's match that make it sought, not held: "has been negotiating a defence pact with" (endedAlliance; ally35)
	setUndertakingVoid      // objects of an agreed step that make it one between enemies, no work together: "agreed to resume prisoner exchanges" (undertakingVoid)
	// Rounds and gatherings mended, session 34 (mend34f).
	setRoundModifier   // words that may modify a round noun after its verb: "wrapped up their 22nd international meeting" (the ..m gap)
	setLegislativeBody // capitalised nouns of a legislature before a head's title, read as part of it: "Senate Speaker X", "National Assembly Speaker X" (matchTitle)
	setEnvoyGroupNoun  // nouns of envoys that head a group gathering to meet: "the delegations of A and B gathered" (gatheringVoid)
	// Mended after review35d (mend35c).
	setRebelKind // singular nouns of a kind of side, with their rebel-ref plural: "rebel-held" is held by "the rebels" (heldByKind)
	// Mended, session 35 (mend35b).
	setPrivateService // words before a state's adjective and its forces noun that make them men on their own, not the state: "retired Russian paratroopers" (namedActor)
	setArmedBandHead  // last words of an armed band's name, which no state's men serving with it make the state a member of: "the Tarsh Front" (servesWithBand)
	setServeWithVerb  // verbs of men serving with a body before "with": "soldiers serving with the Lake Force" (servesWithBand)
	numWordSets
)

// wordSetNames are the sets' names in words.tsv, keyed by set: a set
// added on two branches at once merges without shifting another's name.
var wordSetNames = [numWordSets]string{
	setBackingParticiple:    "backing-participle",
	setBodyPart:             "body-part",
	setRelativePronoun:      "relative-pronoun",
	setAuxVerb:              "aux-verb",
	setSubordinator:         "subordinator",
	setAsNotClause:          "as-not-clause",
	setCountedClauseLead:    "counted-clause-lead",
	setPairFightWord:        "pair-fight-word",
	setSaysVerb:             "says-verb",
	setNotVerb:              "not-verb",
	setIrregularPast:        "irregular-past",
	setCompanion:            "companion",
	setAuxWord:              "aux-word",
	setHeadlineFuture:       "headline-future",
	setSiteNoun:             "site-noun",
	setMemberNoun:           "member-noun",
	setKindNoun:             "kind-noun",
	setQuantity:             "quantity",
	setQuantifier:           "quantifier",
	setCompoundHead:         "compound-head",
	setBodyHead:             "body-head",
	setAgreementNoun:        "agreement-noun",
	setWhoseBodyNoun:        "whose-body-noun",
	setOwnedAdjective:       "owned-body-adjective",
	setWhoseStateNoun:       "whose-state-noun",
	setRelationNoun:         "relation-noun",
	setFightingWord:         "fighting-word",
	setCondemnVerb:          "condemn-verb",
	setAttackNoun:           "attack-noun",
	setWeekday:              "weekday",
	setDayPart:              "day-part",
	setGluedParticiple:      "glued-participle",
	setSpeechVerb:           "speech-verb",
	setRelativeCopula:       "relative-copula",
	setHeadVerb:             "head-verb",
	setTopAdjective:         "top-adjective",
	setDiplomatNoun:         "diplomat-noun",
	setSuccessionVerb:       "succession-verb",
	setDescriptionOpener:    "description-opener",
	setAlongside:            "alongside",
	setCounterpartsNoun:     "counterparts-noun",
	setNamingWord:           "naming-word",
	setExampleWord:          "example-word",
	setAlongWord:            "along-word",
	setOtherWord:            "other-word",
	setAttackAdjective:      "attack-adjective",
	setRespectively:         "respectively",
	setRefusalVerb:          "refusal-verb",
	setAllyPlural:           "ally-plural",
	setCopula:               "copula",
	setLeaderPlural:         "leader-plural",
	setAttackSpecifier:      "attack-specifier",
	setNumberWord:           "number-word",
	setAgreementHead:        "agreement-head",
	setAdviserNoun:          "adviser-noun",
	setCabinetNoun:          "cabinet-noun",
	setPortfolioWord:        "portfolio-word",
	setThreatWord:           "threat-word",
	setGroupRef:             "armed-group-ref",
	setGroupHead:            "armed-group-head",
	setRebelRef:             "rebel-ref",
	setRebelKind:            "rebel-kind",
	setRegimeNoun:           "regime-noun",
	setOfficeHead:           "office-head",
	setDelegationNoun:       "delegation-noun",
	setTalksHead:            "talks-head",
	setTruceNoun:            "truce-noun",
	setDealAdjective:        "deal-adjective",
	setPastDeal:             "past-deal",
	setMediateVerb:          "mediate-verb",
	setArmyNoun:             "army-noun",
	setArmyForcesWord:       "army-forces-word",
	setTroopNoun:            "troop-noun",
	setArmyNounAfter:        "army-noun-after",
	setInterimWord:          "interim-word",
	setJuntaRef:             "junta-ref",
	setAccuseVerb:           "accuse-verb",
	setEchoAux:              "echo-aux",
	setBlameWord:            "blame-word",
	setOfficeBodyHead:       "office-body-head",
	setOfficeVerb:           "office-verb",
	setIncludeVerb:          "include-verb",
	setVisitVerb:            "visit-verb",
	setCapitalNoun:          "capital-noun",
	setPhraseEnd:            "phrase-end",
	setArticleParticle:      "article-particle",
	setCompassWord:          "compass-word",
	setCoalitionNoun:        "coalition-noun",
	setRulerNoun:            "ruler-noun",
	setWarTalkNoun:          "war-talk-noun",
	setBackParticleVerb:     "back-particle-verb",
	setStatesGroupNoun:      "states-group-noun",
	setStateBodyNoun:        "state-body-noun",
	setSpeakVerb:            "speak-verb",
	setMissionNoun:          "mission-noun",
	setLeadInfinitive:       "lead-infinitive",
	setNotSurname:           "not-surname",
	setArrangementNoun:      "arrangement-noun",
	setSignatureNoun:        "signature-noun",
	setLaunchVerb:           "launch-verb",
	setEventAdjective:       "event-adjective",
	setBackingVerb:          "backing-verb",
	setFightNoun:            "fight-noun",
	setStrikeVerb:           "strike-verb",
	setHoldParticiple:       "hold-participle",
	setStatementNoun:        "statement-noun",
	setStatementVerb:        "statement-verb",
	setIssueVerb:            "issue-verb",
	setRepelVerb:            "repel-verb",
	setOwnerPronoun:         "owner-pronoun",
	setJudgeVerb:            "judge-verb",
	setJudgementNoun:        "judgement-noun",
	setContactNoun:          "contact-noun",
	setNameAdjective:        "name-adjective",
	setSubStateNoun:         "sub-state-noun",
	setRefAdjective:         "ref-adjective",
	setStateForceWord:       "state-force-word",
	setGeoBefore:            "geo-before",
	setGeoAfter:             "geo-after",
	setMakeupWord:           "makeup-word",
	setOwnBodyNoun:          "own-body-noun",
	setOrganHead:            "organ-head",
	setOrganNoun:            "organ-noun",
	setStateOwned:           "state-owned",
	setGroupingNoun:         "grouping-noun",
	setFoundingVerb:         "founding-verb",
	setFoundingAdverb:       "founding-adverb",
	setBelongVerb:           "belong-verb",
	setInclusionVerb:        "inclusion-verb",
	setContingentNoun:       "contingent-noun",
	setForceContingentNoun:  "force-contingent-noun",
	setFirmNoun:             "firm-noun",
	setNameHead:             "name-head",
	setNonStateWord:         "nonstate-word",
	setRequestVerb:          "request-verb",
	setRequestForVerb:       "request-for-verb",
	setContactPlanWord:      "contact-plan-word",
	setMonarchTitle:         "monarch-title",
	setObserverNoun:         "observer-noun",
	setNamedOrganHead:       "named-organ-head",
	setUnitStanding:         "unit-standing",
	setPlanNoun:             "plan-noun",
	setBlocNoun:             "bloc-noun",
	setCommunityNoun:        "community-noun",
	setBlocAdjective:        "bloc-adjective",
	setRankAdjective:        "rank-adjective",
	setPluralHead:           "plural-head",
	setFilePreposition:      "file-preposition",
	setRegionalWord:         "regional-word",
	setProminenceWord:       "prominence-word",
	setComponentRank:        "component-rank",
	setPluralHeadVerb:       "plural-head-verb",
	setGatheringNoun:        "gathering-noun",
	setAttackPlace:          "attack-place",
	setAttackMeans:          "attack-means",
	setDeputyWord:           "deputy-word",
	setEnvoyRank:            "envoy-rank",
	setFormerWord:           "former-word",
	setGovernmentNoun:       "government-noun",
	setRuleVerb:             "rule-verb",
	setRegionWord:           "region-word",
	setOwnedBodyHead:        "owned-body-head",
	setBodyMissionNoun:      "body-mission-noun",
	setGuarantorNoun:        "guarantor-noun",
	setGuarantorState:       "guarantor-state",
	setRoleVerb:             "role-verb",
	setOrganAppositive:      "organ-appositive",
	setGroupPluralNoun:      "group-plural-noun",
	setGroupRoleWord:        "group-role-word",
	setGroupPersonNoun:      "group-person-noun",
	setMeasureNoun:          "measure-noun",
	setMeasureWeak:          "measure-weak",
	setMeasureAdjective:     "measure-adjective",
	setPunitiveWord:         "punitive-word",
	setImposeVerb:           "impose-verb",
	setCritiqueVerb:         "critique-verb",
	setMeasureStep:          "measure-step",
	setMeasureRelief:        "measure-relief",
	setMeasureDemand:        "measure-demand",
	setMeasureDemandFor:     "measure-demand-for",
	setMeasureFiller:        "measure-filler",
	setMeasureBreak:         "measure-break",
	setAcquireVerb:          "acquire-verb",
	setDutyWord:             "duty-word",
	setVictimOpener:         "victim-opener",
	setAttackDoubt:          "attack-doubt",
	setProtestVerb:          "protest-verb",
	setEliminateVerb:        "eliminate-verb",
	setHitVerb:              "hit-verb",
	setSiteTarget:           "site-target",
	setOwnerLink:            "owner-link",
	setDestinationLink:      "destination-link",
	setStateSite:            "state-site",
	setWeaponNoun:           "weapon-noun",
	setHostileGerund:        "hostile-gerund",
	setObjectGerund:         "object-gerund",
	setDelegationRef:        "delegation-ref",
	setSendVerb:             "send-verb",
	setStateFirmNoun:        "state-firm-noun",
	setPledgeModal:          "pledge-modal",
	setGenericAttack:        "generic-attack-noun",
	setOperationNoun:        "operation-noun",
	setGroupMeetingWord:     "group-meeting-word",
	setFactionNoun:          "faction-noun",
	setServiceForceWord:     "service-force-word",
	setOrganMemberNoun:      "organ-member-noun",
	setUnrealDeal:           "unreal-deal",
	setNamedAsHead:          "named-as-head",
	setNameGivingWord:       "name-giving-word",
	setKunyaWord:            "kunya-word",
	setOwnedForceNoun:       "owned-force-noun",
	setEnmityWord:           "enmity-word",
	setHeadedByVerb:         "headed-by-verb",
	setKindAdjective:        "kind-adjective",
	setDesignationMark:      "designation-mark",
	setDesignatingWord:      "designating-word",
	setSourceOpener:         "source-opener",
	setPeopleAdjective:      "people-adjective",
	setPeopleBandHead:       "people-band-head",
	setPlaceBodyHead:        "place-body-head",
	setLabelVerb:            "label-verb",
	setLabelLink:            "label-link",
	setPresupposeVerb:       "presuppose-verb",
	setKeepDealVerb:         "keep-deal-verb",
	setExchangeNoun:         "exchange-noun",
	setCaptiveNoun:          "captive-noun",
	setEvaluativePrefix:     "evaluative-prefix",
	setCessationNoun:        "cessation-noun",
	setHostilityNoun:        "hostility-noun",
	setNounPreposition:      "noun-preposition",
	setRulingNoun:           "ruling-noun",
	setOfOrganHead:          "of-organ-head",
	setOwningParticiple:     "owning-participle",
	setSignVerb:             "sign-verb",
	setJointAdjective:       "joint-adjective",
	setPassiveDeed:          "passive-deed",
	setAgreeVerb:            "agree-verb",
	setTruceEndCue:          "truce-end-cue",
	setCombatNoun:           "combat-noun",
	setOwnedPartNoun:        "owned-part-noun",
	setOwnerUmbrellaNoun:    "owner-umbrella-noun",
	setPersonPartyNoun:      "person-party-noun",
	setAllyNoun:             "ally-noun",
	setObjectPreposition:    "object-preposition",
	setMediationNoun:        "mediation-noun",
	setMediationPrep:        "mediation-prep",
	setHostVerb:             "host-verb",
	setPersonActVerb:        "person-act-verb",
	setPersonMeetWord:       "person-meet-word",
	setPersonRoleNoun:       "person-role-noun",
	setNameSuffix:           "name-suffix",
	setPlatformName:         "platform-name",
	setOutsiderPlural:       "outsider-plural",
	setStateRulerNoun:       "state-ruler-noun",
	setBodyMemberOffice:     "body-member-office",
	setSideVerb:             "side-verb",
	setArenaNoun:            "arena-noun",
	setBandMemberNoun:       "band-member-noun",
	setLeadAdverb:           "lead-adverb",
	setSettingPreposition:   "setting-preposition",
	setPastAdverb:           "past-adverb",
	setPartnerNoun:          "partner-noun",
	setTradeQualifier:       "trade-qualifier",
	setRejectVerb:           "reject-verb",
	setWarnVerb:             "warn-verb",
	setAccreditedRank:       "accredited-rank",
	setExitParticle:         "exit-particle",
	setDissentWord:          "dissent-word",
	setContactHead:          "contact-head",
	setTargetHead:           "target-head",
	setStruckSite:           "struck-site",
	setOpeningPreposition:   "opening-preposition",
	setOwnerParticiple:      "owner-participle",
	setPlaceHead:            "place-head",
	setProspectWord:         "prospect-word",
	setHeadAdjunct:          "head-adjunct",
	setDesignationVerb:      "designation-verb",
	setBodyKindNoun:         "body-kind-noun",
	setRulerAdjective:       "ruler-adjective",
	setBrokeredGathering:    "brokered-gathering",
	setEmbeddingWord:        "embedding-word",
	setListTailNoun:         "list-tail-noun",
	setVisitedVerb:          "visited-verb",
	setContactModifier:      "contact-modifier",
	setContactMeasure:       "contact-measure",
	setDeedSummary:          "deed-summary",
	setOutcryNoun:           "outcry-noun",
	setDrawVerb:             "draw-verb",
	setOtherPartyNoun:       "other-party-noun",
	setTargetPreposition:    "target-preposition",
	setMunitionNoun:         "munition-noun",
	setStateOfficeHead:      "state-office-head",
	setJudgementWord:        "judgement-word",
	setJudgedDeed:           "judged-deed",
	setConflictNoun:         "conflict-noun",
	setCounterpartNoun:      "counterpart-noun",
	setGuildNoun:            "guild-noun",
	setResolutionNoun:       "resolution-noun",
	setBandRef:              "band-ref",
	setDeedVerb:             "deed-verb",
	setDeedNoun:             "deed-noun",
	setPersonDeedVerb:       "person-deed-verb",
	setCraftDeedVerb:        "craft-deed-verb",
	setPersonDeedObject:     "person-deed-object",
	setCraftNoun:            "craft-noun",
	setDeedAgent:            "deed-agent",
	setSpeakerBodyRef:       "speaker-body-ref",
	setDeathWord:            "death-word",
	setListPreposition:      "list-preposition",
	setLocalQualifier:       "local-qualifier",
	setPeopleDemonym:        "people-demonym",
	setContactApproximator:  "contact-approximator",
	setContactTimeOpener:    "contact-time-opener",
	setContactAbsence:       "contact-absence-word",
	setContactFailed:        "contact-failed-word",
	setPresenceVerb:         "presence-verb",
	setPresenceCompanion:    "presence-companion",
	setImageNoun:            "image-noun",
	setPostureVerb:          "posture-verb",
	setPostureOccasion:      "posture-occasion",
	setUnitHead:             "unit-head",
	setWardWord:             "ward-word",
	setServedLand:           "served-land",
	setPlaceOwnedNoun:       "place-owned-noun",
	setMembersQualifier:     "members-qualifier",
	setMinisterPlural:       "minister-plural",
	setKingdomNoun:          "kingdom-noun",
	setRoyalWord:            "royal-word",
	setContactDenial:        "contact-denial",
	setOffDenialVerb:        "off-denial-verb",
	setOnPlanVerb:           "on-plan-verb",
	setLackWord:             "lack-word",
	setLackNoun:             "lack-noun",
	setContactExit:          "contact-exit",
	setDescentParticle:      "descent-particle",
	setSideNoun:             "side-noun",
	setTeamPartNoun:         "team-part-noun",
	setOwnDeedVerb:          "own-deed-verb",
	setOwnDeedParticle:      "own-deed-particle",
	setClaimWord:            "claim-word",
	setClaimDoubt:           "claim-doubt",
	setListConjunction:      "list-conjunction",
	setAsideAdverb:          "aside-adverb",
	setAsideNameVerb:        "aside-name-verb",
	setClaimComplement:      "claim-complement",
	setCommandSector:        "command-sector",
	setGatheringVerb:        "gathering-verb",
	setGatheringPrep:        "gathering-prep",
	setPhraseCloser:         "phrase-closer",
	setSidePrep:             "side-prep",
	setTeamAdverb:           "team-adverb",
	setTeamPrep:             "team-prep",
	setUnitNoun:             "unit-noun",
	setDealMade:             "deal-made",
	setDealDone:             "deal-done",
	setDealPending:          "deal-pending",
	setReciprocal:           "reciprocal",
	setMeetVerb:             "meet-verb",
	setSpeakerActVerb:       "speaker-act-verb",
	setReportedPerson:       "reported-person",
	setLandMeetPrep:         "land-meet-prep",
	setObjectPronoun:        "object-pronoun",
	setSubjectRelative:      "subject-relative",
	setInPersonPrep:         "in-person-prep",
	setInPersonNoun:         "in-person-noun",
	setInPersonVisit:        "in-person-visit",
	setUnheldWord:           "unheld-word",
	setLandNoun:             "land-noun",
	setInPersonVoid:         "in-person-void",
	setPromiseVerb:          "promise-verb",
	setPromiseVoid:          "promise-void",
	setRemoteWord:           "remote-word",
	setClaimNoun:            "claim-noun",
	setSpokesmanFile:        "spokesman-file-word",
	setComponentPrep:        "component-prep",
	setTimeLead:             "time-lead",
	setTimeNoun:             "time-noun",
	setTimeCount:            "time-count",
	setFieldPartnerWord:     "field-partner-word",
	setAligningParticiple:   "aligning-participle",
	setTieParticiple:        "tie-participle",
	setExpulsionWord:        "expulsion-word",
	setTimePreposition:      "time-preposition",
	setSubStateQualifier:    "sub-state-qualifier",
	setUndertakingVoid:      "undertaking-void",
	setNonAllianceQualifier: "non-alliance-qualifier",
	setSizeSuperlative:      "size-superlative",
	setStandingPartnerNoun:  "standing-partner-noun",
	setTruceVenueVerb:       "truce-venue-verb",
	setAlliancePending:      "alliance-pending",
	setEnvoyGroupNoun:       "envoy-group-noun",
	setRoundModifier:        "round-modifier",
	setLegislativeBody:      "legislative-body",
	setPrivateService:       "private-service",
	setArmedBandHead:        "armed-band-head",
	setServeWithVerb:        "serve-with-verb",
}

// wordSetByName gives the word set words.tsv names name; a pattern's gap
// names the sets it refuses.
func wordSetByName(name string) (wordSet, bool) {
	for c, n := range wordSetNames {
		if n == name {
			return wordSet(c), true
		}
	}
	return 0, false
}

// wordClasses are the word lists of words.tsv. Single words are looked up
// in one map holding a bit per class; phrases by their first word.
type wordClasses struct {
	// bits has, for each word, the classes it belongs to alone and the
	// classes with a phrase of several words starting with it.
	bits    map[string]wordBits
	phrases [numWordClasses]*phraseSet[struct{}]
	// sets has, for each word of a word set, a bit per set.
	sets map[string]setBits
	// numbers gives the value of number words: "three" is 3.
	numbers map[string]int
	// nounOffices gives the office a person noun names, by its words
	// joined with spaces: "foreign minister" is foreign-minister-of.
	nounOffices map[string]graph.Predicate
	// deedKinds gives the kind of deed a deed verb or deed noun states:
	// "seized" and "seizure" are both a seizure.
	deedKinds map[string]string
	// deedParticles gives the particle a deed verb states its deed only
	// with (particle-verb): "shot" with "down", "rounded" with "up".
	deedParticles map[string]string
	// kindPlurals gives a rebel-kind noun's plural, a rebel-ref noun:
	// "rebel" is "rebels".
	kindPlurals map[string]string
}

type wordBits struct{ single, first uint64 }

// inSet reports whether word (folded) is in the word set c.
func (w *wordClasses) inSet(word string, c wordSet) bool {
	b := w.sets[word]
	return b.has(c)
}

// inAny reports whether word (folded) is in any of the word sets of m.
func (w *wordClasses) inAny(word string, m setBits) bool {
	b := w.sets[word]
	return b.hasAny(m)
}

// setBits has a bit for each word set a word belongs to. The sets outgrew
// one word of bits; the array grows with numWordSets.
type setBits [(numWordSets + 63) / 64]uint64

// has reports whether set c holds the word. It reads the array in place:
// by value, the whole array would be copied per call.
func (b *setBits) has(c wordSet) bool { return b[uint(c)/64]&(1<<(uint(c)%64)) != 0 }

// add puts the word in set c.
func (b *setBits) add(c wordSet) { b[c/64] |= 1 << (c % 64) }

// hasAny reports whether the word is in any of the sets of m.
func (b *setBits) hasAny(m setBits) bool {
	for i := range b {
		if b[i]&m[i] != 0 {
			return true
		}
	}
	return false
}

// setsOf returns the bits of the sets cs, for hasAny.
func setsOf(cs ...wordSet) setBits {
	var b setBits
	for _, c := range cs {
		b.add(c)
	}
	return b
}

// The word classes still fit one word of bits (wordBits, token.classes).
var _ [64 - numWordClasses]struct{}

// has returns the length of the longest phrase of class c at toks[i], or 0.
func (w *wordClasses) has(c wordClass, toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	if toks[i].phrases&(1<<c) != 0 {
		if _, n := w.phrases[c].match(toks, i); n > 0 {
			return n
		}
	}
	if toks[i].is(c) {
		return 1
	}
	return 0
}

// kindPlural returns the plural of a rebel-kind noun ("rebels" for
// "rebel"), and whether fold is one. A nil w knows none.
func (w *wordClasses) kindPlural(fold string) (string, bool) {
	if w == nil {
		return "", false
	}
	pl, ok := w.kindPlurals[fold]
	return pl, ok
}

// deedKind returns the kind of deed a deed verb or deed noun states
// ("seized" and "the seizure" a seizure), and whether fold is one: the
// one place a deed word's kind is read, the deed-verb and deed-noun sets
// holding the same words. A nil w knows no deed.
func (w *wordClasses) deedKind(fold string) (string, bool) {
	if w == nil {
		return "", false
	}
	kind, ok := w.deedKinds[fold]
	return kind, ok
}

// particleVerb names the lines of words.tsv that give a deed verb the
// particle it states its deed only with: "particle-verb shot down".
const particleVerb = "particle-verb"

// loadWords reads words.tsv (class or set, word or phrase, and for a
// person noun the office it names) and numbers.tsv (word, value).
func loadWords(fsys fs.FS) (*wordClasses, error) {
	w := &wordClasses{
		bits:          make(map[string]wordBits),
		sets:          make(map[string]setBits),
		numbers:       make(map[string]int),
		nounOffices:   make(map[string]graph.Predicate),
		deedKinds:     make(map[string]string),
		deedParticles: make(map[string]string),
		kindPlurals:   make(map[string]string),
	}
	byName := make(map[string]wordClass, numWordClasses)
	for c, n := range wordClassNames {
		byName[n] = wordClass(c)
		w.phrases[c] = newPhraseSet[struct{}]()
	}
	setByName := make(map[string]wordSet, numWordSets)
	for c, n := range wordSetNames {
		setByName[n] = wordSet(c)
	}
	// listed gives the line of each set's or class's word as written, so
	// that a word listed twice in one is reported where it was first
	// listed (spellings that fold alike, "Mevlüt" and "Mevlut", are two).
	listed := make(map[string]int)
	err := readTable(fsys, wordFile, 2, 3, func(line int, cols []string) error {
		p, err := parsePhrase(cols[1])
		if err != nil {
			return err
		}
		if cols[0] == particleVerb {
			if len(cols) != 3 || len(p) != 1 {
				return fmt.Errorf("a %s is a single word with a third column, its particle; have %q", cols[0], cols[1])
			}
			w.deedParticles[p[0]] = cols[2]
			return nil
		}
		deed := cols[0] == wordSetNames[setDeedVerb] || cols[0] == wordSetNames[setDeedNoun]
		if deed && (len(cols) != 3 || len(p) != 1) {
			return fmt.Errorf("a %s is a single word with a third column, the kind of deed; have %q", cols[0], cols[1])
		}
		if deed {
			w.deedKinds[p[0]] = cols[2]
		} else if cols[0] == wordSetNames[setRebelKind] {
			if len(cols) != 3 || len(p) != 1 {
				return fmt.Errorf("a %s is a single word with a third column, its plural; have %q", cols[0], cols[1])
			}
			w.kindPlurals[p[0]] = foldWord(cols[2])
		} else if len(cols) == 3 {
			// A person noun may name an office: "the Iranian foreign
			// minister".
			office := graph.Predicate(cols[2])
			if cols[0] != wordClassNames[classPersonNoun] || office.Family() != graph.Role {
				return fmt.Errorf("only a person-noun (a role predicate), deed-verb or deed-noun (a kind of deed), particle-verb (a particle) or rebel-kind (a plural) takes a third column; have %s and %q", cols[0], cols[2])
			}
			w.nounOffices[strings.Join(p, " ")] = office
		}
		key := cols[0] + "\t" + strings.ToLower(cols[1])
		if first, ok := listed[key]; ok {
			return fmt.Errorf("%s %q is listed already, on line %d", cols[0], cols[1], first)
		}
		listed[key] = line
		if set, ok := setByName[cols[0]]; ok {
			if set == setNumberWord {
				return fmt.Errorf("number words go in %s, with their value", numberFile)
			}
			if len(p) != 1 {
				return fmt.Errorf("word set %s takes single words, not %q", cols[0], cols[1])
			}
			b := w.sets[p[0]]
			b.add(set)
			w.sets[p[0]] = b
			return nil
		}
		c, ok := byName[cols[0]]
		if !ok {
			return fmt.Errorf("unknown word class %q", cols[0])
		}
		b := w.bits[p[0]]
		if len(p) == 1 {
			b.single |= 1 << c
		} else {
			b.first |= 1 << c
			w.phrases[c].add(p, struct{}{})
		}
		w.bits[p[0]] = b
		return nil
	})
	if err != nil {
		return nil, err
	}
	for kind, plural := range w.kindPlurals {
		if !w.inSet(plural, setRebelRef) {
			return nil, fmt.Errorf("%s: the plural %q of %s %q is no %s", wordFile, plural, wordSetNames[setRebelKind], kind, wordSetNames[setRebelRef])
		}
	}
	err = readTable(fsys, numberFile, 2, 2, func(_ int, cols []string) error {
		p, err := parsePhrase(cols[0])
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(cols[1])
		if len(p) != 1 || err != nil || n <= 0 {
			return fmt.Errorf("want a word and a positive number, have %q and %q", cols[0], cols[1])
		}
		w.numbers[p[0]] = n
		b := w.sets[p[0]]
		b.add(setNumberWord)
		w.sets[p[0]] = b
		return nil
	})
	return w, err
}
