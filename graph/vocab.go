package graph

import (
	"fmt"
	"strings"
)

// Predicate names a relation of the fact vocabulary (see README, "The fact
// vocabulary"). The names are a contract shared with the queries, the
// exports and the evaluation.
type Predicate string

// Roles.
const (
	PresidentOf       Predicate = "president-of"
	PrimeMinisterOf   Predicate = "prime-minister-of"
	ForeignMinisterOf Predicate = "foreign-minister-of"
	DefenseMinisterOf Predicate = "defense-minister-of"
	HeadOf            Predicate = "head-of"
	SpokespersonOf    Predicate = "spokesperson-of"
	EnvoyOf           Predicate = "envoy-of"
	EnvoyTo           Predicate = "envoy-to"
	PartOf            Predicate = "part-of"
	MemberOf          Predicate = "member-of"
)

// Alliances.
const (
	AlliedWith     Predicate = "allied-with"
	Supports       Predicate = "supports"
	CooperatesWith Predicate = "cooperates-with"
)

// Hostility.
const (
	Fights  Predicate = "fights"
	Opposes Predicate = "opposes"
)

// Contacts and acts.
const (
	SpokeWith     Predicate = "spoke-with"
	MetWith       Predicate = "met-with"
	Congratulated Predicate = "congratulated"
	Thanked       Predicate = "thanked"
	Brokered      Predicate = "brokered"
	Signed        Predicate = "signed"
)

// Family groups predicates the way an analyst asks about them.
type Family string

// The predicate families.
const (
	Role      Family = "role"
	Alliance  Family = "alliance"
	Hostility Family = "hostility"
	Contact   Family = "contact"
)

// PredicateInfo describes one predicate of the vocabulary.
type PredicateInfo struct {
	Predicate Predicate
	Family    Family
	// Symmetric predicates are stored once and read in both directions.
	Symmetric bool
	Meaning   string
}

// Vocabulary lists every predicate in the order the README documents them.
var Vocabulary = []PredicateInfo{
	{PresidentOf, Role, false, "head of state"},
	{PrimeMinisterOf, Role, false, "head of government"},
	{ForeignMinisterOf, Role, false, "foreign minister"},
	{DefenseMinisterOf, Role, false, "defence minister"},
	{HeadOf, Role, false, "secretary, chief, head, commander, director or leader of an organization"},
	{SpokespersonOf, Role, false, "spokesman, spokeswoman, press secretary"},
	{EnvoyOf, Role, false, "envoy, ambassador or special representative of a state or body"},
	{EnvoyTo, Role, false, "where an envoy is posted or what file the envoy covers"},
	{PartOf, Role, false, "an organization belongs to a state or a larger organization"},
	{MemberOf, Role, false, "a person or group belongs to an organization without heading it"},
	{AlliedWith, Alliance, true, "declared allies or strategic partners"},
	{Supports, Alliance, false, "gives military, financial or political backing"},
	{CooperatesWith, Alliance, true, "agrees to cooperate, coordinate, work together"},
	{Fights, Hostility, true, "armed conflict: fights, attacks, drives out, strikes"},
	{Opposes, Hostility, false, "political opposition: wants ousted, curtailed, condemned"},
	{SpokeWith, Contact, true, "phone call, talks, exchanged views (not in person, or unknown)"},
	{MetWith, Contact, true, "in-person meeting, summit, session, visit"},
	{Congratulated, Contact, false, "congratulated, sent congratulations"},
	{Thanked, Contact, false, "thanked, praised for help"},
	{Brokered, Contact, false, "brokered, mediated, guaranteed a deal"},
	{Signed, Contact, false, "signed or accepted a deal"},
}

// Posts are the roles one holder holds at a time: as of a day, the holder
// of such a post is the one most recently seen in it.
var Posts = []Predicate{PresidentOf, PrimeMinisterOf, ForeignMinisterOf, DefenseMinisterOf, HeadOf}

var vocabulary = func() map[Predicate]PredicateInfo {
	m := make(map[Predicate]PredicateInfo, len(Vocabulary))
	for _, p := range Vocabulary {
		m[p.Predicate] = p
	}
	return m
}()

// Info returns the description of p and whether p is in the vocabulary.
func (p Predicate) Info() (PredicateInfo, bool) {
	i, ok := vocabulary[p]
	return i, ok
}

// Valid reports whether p is in the vocabulary.
func (p Predicate) Valid() bool { _, ok := vocabulary[p]; return ok }

// Symmetric reports whether p reads the same in both directions.
func (p Predicate) Symmetric() bool { return vocabulary[p].Symmetric }

// Family returns the family of p, or "" for a predicate outside the vocabulary.
func (p Predicate) Family() Family { return vocabulary[p].Family }

// ParsePredicate returns the predicate named s, or an error naming the
// predicates that exist.
func ParsePredicate(s string) (Predicate, error) {
	p := Predicate(s)
	if !p.Valid() {
		names := make([]string, len(Vocabulary))
		for i, v := range Vocabulary {
			names[i] = string(v.Predicate)
		}
		return "", fmt.Errorf("unknown predicate %q; the predicates are %s", s, strings.Join(names, ", "))
	}
	return p, nil
}
