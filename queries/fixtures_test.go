package queries_test

import (
	"fmt"

	"github.com/entente/entente/graph"
)

// Entities of the hand-built corpus.
var (
	assad     = graph.Entity{Name: "Bashar al-Assad", Type: graph.Person, Aliases: []string{"Assad", "President Assad"}, QID: "Q44329"}
	putin     = graph.Entity{Name: "Vladimir Putin", Type: graph.Person, Aliases: []string{"Putin"}, QID: "Q7747"}
	rouhani   = graph.Entity{Name: "Hassan Rouhani", Type: graph.Person, Aliases: []string{"Rouhani", "Rowhani"}}
	shamkhani = graph.Entity{Name: "Ali Shamkhani", Type: graph.Person, Aliases: []string{"Shamkhani"}}
	erdogan   = graph.Entity{Name: "Recep Tayyip Erdoğan", Type: graph.Person, Aliases: []string{"Erdogan"}}
	ansari    = graph.Entity{Name: "Hossein Jaber Ansari", Type: graph.Person, Aliases: []string{"Ansari"}}
	jafari    = graph.Entity{Name: "Mohammad Ali Jafari", Type: graph.Person, Aliases: []string{"Jafari"}}
	soleimani = graph.Entity{Name: "Qasem Soleimani", Type: graph.Person, Aliases: []string{"Soleimani"}}
	netanyahu = graph.Entity{Name: "Benjamin Netanyahu", Type: graph.Person, Aliases: []string{"Netanyahu"}}
	viktorov  = graph.Entity{Name: "Anatoly Viktorov", Type: graph.Person, Aliases: []string{"Viktorov"}}
	peskov    = graph.Entity{Name: "Dmitry Peskov", Type: graph.Person, Aliases: []string{"Peskov"}}

	syria  = graph.Entity{Name: "Syria", Type: graph.Country, Aliases: []string{"Damascus"}}
	russia = graph.Entity{Name: "Russia", Type: graph.Country, Aliases: []string{"Moscow"}}
	iran   = graph.Entity{Name: "Iran", Type: graph.Country, Aliases: []string{"Tehran"}}
	turkey = graph.Entity{Name: "Turkey", Type: graph.Country, Aliases: []string{"Ankara"}}
	israel = graph.Entity{Name: "Israel", Type: graph.Country}
	usa    = graph.Entity{Name: "United States", Type: graph.Country, Aliases: []string{"US", "Washington"}}

	snsc      = graph.Entity{Name: "Supreme National Security Council", Type: graph.Organization, Aliases: []string{"SNSC"}}
	irgc      = graph.Entity{Name: "Islamic Revolutionary Guard Corps", Type: graph.Organization, Aliases: []string{"Revolutionary Guards", "IRGC"}, Known: []string{"Pasdaran", "IRGC"}}
	quds      = graph.Entity{Name: "Quds Force", Type: graph.Organization}
	ministry  = graph.Entity{Name: "Iranian Foreign Ministry", Type: graph.Organization}
	kremlin   = graph.Entity{Name: "Kremlin", Type: graph.Organization, Aliases: []string{"the Kremlin", "The Kremlin", "kremlin"}}
	isis      = graph.Entity{Name: "Islamic State", Type: graph.Organization, Aliases: []string{"ISIS", "DAESH"}}
	hezbollah = graph.Entity{Name: "Hezbollah", Type: graph.Organization}
	sdf       = graph.Entity{Name: "Syrian Democratic Forces", Type: graph.Organization, Aliases: []string{"SDF"}}
	astana    = graph.Entity{Name: "Astana process", Type: graph.Agreement}
	palmyra   = graph.Entity{Name: "Palmyra", Type: graph.Place}
)

func fact(s graph.Entity, p graph.Predicate, o graph.Entity, evidence string) graph.Fact {
	return graph.Fact{Subject: s, Predicate: p, Object: o, Evidence: evidence, Confidence: 0.9}
}

// document builds an article from its facts; the entities are the ends of
// the facts plus any extra ones given.
func document(name, title, date string, facts []graph.Fact, extra ...graph.Entity) graph.Document {
	seen := map[string]bool{}
	var ents []graph.Entity
	add := func(e graph.Entity) {
		if !seen[e.ID()] {
			seen[e.ID()] = true
			ents = append(ents, e)
		}
	}
	for _, f := range facts {
		add(f.Subject)
		add(f.Object)
	}
	for _, e := range extra {
		add(e)
	}
	return graph.Document{
		Article:  graph.Article{Name: name, Title: title, Date: date, Hash: fmt.Sprintf("hash-of-%s", name)},
		Entities: ents,
		Facts:    facts,
	}
}

// corpus is five hand-built articles. What each query must find in them is
// written out in the tests.
func corpus() []graph.Document {
	return []graph.Document{
		document("a1.txt", "Russia and Iran stand by Assad", "2018-01-10", []graph.Fact{
			fact(russia, graph.Supports, assad, "Russia backs Assad with air power."),
			fact(russia, graph.Supports, assad, "Moscow sent jets to help Assad."),
			fact(iran, graph.Supports, assad, "Iran provides financial and military support to Assad."),
			fact(iran, graph.AlliedWith, russia, "Iran and Russia are allies."),
			fact(putin, graph.PresidentOf, russia, "Russian President Vladimir Putin said..."),
			fact(rouhani, graph.PresidentOf, iran, "Iran's President Hassan Rouhani said..."),
			fact(putin, graph.SpokeWith, rouhani, "Putin and Rouhani conferred by phone."),
			fact(assad, graph.Fights, isis, "Assad's forces recaptured Palmyra from Islamic State."),
		}, palmyra),
		document("a2.txt", "Shamkhani in Damascus", "2018-02-12", []graph.Fact{
			fact(iran, graph.Supports, assad, "Tehran will continue to back Assad."),
			fact(hezbollah, graph.AlliedWith, assad, "Hezbollah is an ally of Assad."),
			fact(shamkhani, graph.HeadOf, snsc, "Ali Shamkhani, secretary of the Supreme National Security Council, ..."),
			fact(snsc, graph.PartOf, iran, "Iran's Supreme National Security Council ..."),
			fact(shamkhani, graph.EnvoyOf, iran, "Iran's envoy on Syria, Ali Shamkhani, ..."),
			fact(shamkhani, graph.EnvoyTo, syria, "Iran's envoy on Syria, Ali Shamkhani, ..."),
			fact(shamkhani, graph.MetWith, assad, "Shamkhani met Assad in Damascus."),
			fact(israel, graph.Opposes, iran, "Israel's efforts to curtail Iran's military influence."),
		}),
		document("a3.txt", "Astana talks", "2018-03-05", []graph.Fact{
			fact(erdogan, graph.PresidentOf, turkey, "Turkish President Recep Tayyip Erdoğan ..."),
			fact(putin, graph.MetWith, erdogan, "Putin met Erdogan in Sochi."),
			fact(rouhani, graph.MetWith, putin, "Rouhani held a meeting with Putin."),
			fact(turkey, graph.Opposes, assad, "Ankara wants Assad ousted."),
			fact(turkey, graph.CooperatesWith, russia, "Turkey and Russia agreed to coordinate."),
			fact(russia, graph.Brokered, astana, "the Astana process, brokered by Russia ..."),
			fact(turkey, graph.Signed, astana, "Turkey signed the Astana memorandum."),
			fact(russia, graph.Supports, assad, "Moscow supports Assad."),
		}),
		document("a4.txt", "The Guards and their chiefs", "", []graph.Fact{
			fact(jafari, graph.HeadOf, irgc, "Guards chief Mohammad Ali Jafari ..."),
			fact(irgc, graph.PartOf, iran, "Iran's elite Revolutionary Guards ..."),
			fact(quds, graph.PartOf, irgc, "the Quds Force of the Revolutionary Guards ..."),
			fact(soleimani, graph.HeadOf, quds, "Quds Force commander Qasem Soleimani ..."),
			fact(ansari, graph.MemberOf, ministry, "Hossein Jaber Ansari of the Iranian Foreign Ministry ..."),
			fact(ministry, graph.PartOf, iran, "Iran's Foreign Ministry ..."),
			fact(israel, graph.Fights, hezbollah, "Israel struck Hezbollah positions."),
			fact(israel, graph.Fights, iran, "Israeli jets attacked Iranian targets."),
			fact(usa, graph.Supports, sdf, "units trained and supported by the US"),
			fact(sdf, graph.Fights, isis, "The SDF drove Islamic State out of Raqqa."),
			fact(putin, graph.SpokeWith, netanyahu, "Putin spoke with Netanyahu by telephone."),
		}),
		document("a5.txt", "Netanyahu in Moscow", "2018-05-09", []graph.Fact{
			fact(netanyahu, graph.PrimeMinisterOf, israel, "Israeli Prime Minister Benjamin Netanyahu ..."),
			fact(viktorov, graph.EnvoyOf, russia, "Russia's Ambassador to Israel Anatoly Viktorov ..."),
			fact(viktorov, graph.EnvoyTo, israel, "Russia's Ambassador to Israel Anatoly Viktorov ..."),
			fact(netanyahu, graph.MetWith, putin, "Netanyahu held talks with Putin in Moscow."),
			fact(russia, graph.Supports, assad, "Russia has backed Assad since 2015."),
			fact(peskov, graph.SpokespersonOf, kremlin, "Kremlin spokesman Dmitry Peskov ..."),
			fact(kremlin, graph.PartOf, russia, "the Kremlin ..."),
			fact(hezbollah, graph.Supports, assad, "Hezbollah fighters back Assad."),
			fact(putin, graph.Thanked, netanyahu, "Putin thanked Netanyahu."),
			fact(putin, graph.MetWith, rouhani, "Putin met Rouhani the same week."),
			fact(hezbollah, graph.AlliedWith, iran, "Hezbollah is Iran's closest ally."),
		}),
	}
}

// benchCorpus is the documents the benchmark graph is made of.
func benchCorpus() []graph.Document { return corpus() }
