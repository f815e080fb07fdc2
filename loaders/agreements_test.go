package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestAgreements checks the readings of brokered and signed.
func TestAgreements(t *testing.T) {
	checkFacts(t, []factCase{
		// Passive deals.
		{text: "The Adana Agreement was signed by Turkey and Syria in 1998.",
			want: []string{fact("Turkey", graph.Signed, "Adana Agreement"), fact("Syria", graph.Signed, "Adana Agreement")}},
		// Guarantors of a catalogued process broker it.
		{text: "Russia, Iran and Turkey, the guarantors of the Astana process, met in Nur-Sultan.",
			want: []string{fact("Russia", graph.Brokered, "Astana process"), fact("Turkey", graph.Brokered, "Astana process")}},
		{text: "Ankara and Moscow remain the guarantors of the Astana process.",
			want: []string{fact("Turkey", graph.Brokered, "Astana process")}},
		{text: "January 1, 2017\n\nThe version of Thursday's agreement — brokered by Russia and Turkey and signed by Syrian rebels — excludes ISIS.",
			want: []string{
				fact("Russia", graph.Brokered, "Syrian ceasefire of December 2016"),
				fact("Turkey", graph.Brokered, "Syrian ceasefire of December 2016"),
				fact("Syrian rebels", graph.Signed, "Syrian ceasefire of December 2016"),
			}},
		// Outside its window a generic "agreement" names no deal.
		{text: "Russia, Iran and Turkey, the guarantor states of the Astana process, met again.",
			want: []string{fact("Iran", graph.Brokered, "Astana process")}},
	})
	checkNegatives(t, []negativeCase{
		// Outside its window a generic "agreement" names no deal.
		{text: "March 3, 2019\n\nThe agreement was brokered by Russia and Turkey.",
			not:       []string{fact("Russia", graph.Brokered, "Syrian ceasefire of December 2016")},
			companion: "January 1, 2017\n\nThe version of Thursday's agreement — brokered by Russia and Turkey and signed by Syrian rebels — excludes ISIS.",
			want:      []string{fact("Russia", graph.Brokered, "Syrian ceasefire of December 2016")}},
	})
}

// TestGuarantorConstructions checks guarantors named after the agreement.
func TestGuarantorConstructions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Astana talks, under way since January 2017, have Russia, Turkey and Iran as their guarantors.",
			want: []string{fact("Russia", graph.Brokered, "Astana talks"), fact("Turkey", graph.Brokered, "Astana talks"), fact("Iran", graph.Brokered, "Astana talks")}},
		// A hedge before the list does not reach its appositive.
		{text: "Zarif discussed the upcoming consultations between Iran, Russia and Turkey, the guarantor states of the Astana process.",
			want: []string{fact("Iran", graph.Brokered, "Astana process"), fact("Turkey", graph.Brokered, "Astana process")}},
	})
}

// TestAgreedBy checks a deal agreed by its parties.
func TestAgreedBy(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Sochi memorandum, agreed by Russia and Turkey in 2018, set up a buffer zone.",
			want: []string{fact("Russia", graph.Signed, "Sochi memorandum"), fact("Turkey", graph.Signed, "Sochi memorandum")}},
	})
}

// TestLaunchedProcess checks the founders of a process as its brokers.
func TestLaunchedProcess(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Russia, Iran and Turkey launched the Astana process in 2017.",
			want: []string{fact("Russia", graph.Brokered, "Astana process"), fact("Turkey", graph.Brokered, "Astana process")}},
	})
}

// TestAgreementNamedByPlace checks a deal named by a place and a noun:
// the agreement, not the place, fills the slot.
func TestAgreementNamedByPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Doha declaration, signed by Rwanda and Uganda, calls for a ceasefire.",
			want: []string{fact("Rwanda", graph.Signed, "Doha declaration"), fact("Uganda", graph.Signed, "Doha declaration")},
			not:  []string{fact("Rwanda", graph.Signed, "Qatar")}},
		{text: "Russia and Ukraine signed the Minsk Agreements in 2015.",
			want: []string{fact("Russia", graph.Signed, "Minsk Agreements"), fact("Ukraine", graph.Signed, "Minsk Agreements")}},
		{text: "Saudi Arabia and the United States sponsored the Nairobi talks.",
			want: []string{fact("Saudi Arabia", graph.Brokered, "Nairobi talks"), fact("United States", graph.Brokered, "Nairobi talks")}},
		{text: "Kenya brokered the Nairobi peace accord in March.",
			want: []string{fact("Kenya", graph.Brokered, "Nairobi peace accord")}},
	})
	checkNegatives(t, []negativeCase{
		// Without a determiner the place stays a place: "talks in
		// Washington", "signed in Pretoria".
		{text: "Rwanda and Uganda signed in Doha agreements on trade.",
			not:       []string{fact("Rwanda", graph.Signed, "Doha agreements")},
			companion: "Rwanda and Uganda signed the Doha agreements on trade.",
			want:      []string{fact("Rwanda", graph.Signed, "Doha agreements")}},
	})
}

// TestDealNamedWhereMade checks a deal an indefinite noun brings in and
// no word but the noun names, named by where it was made ("an agreement in
// Lima" is the Lima agreement), with its parties and brokers in any voice;
// the article's deal named by that place is it, another deal is not.
func TestDealNamedWhereMade(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed an agreement in Quito on Tuesday.",
			want: []string{fact("Chile", graph.Signed, "Quito agreement"), fact("Peru", graph.Signed, "Quito agreement")}},
		{text: "Peru and Bolivia agreed a truce in Quito, mediated by Norway.",
			want: []string{fact("Peru", graph.Signed, "Quito truce"), fact("Bolivia", graph.Signed, "Quito truce"), fact("Norway", graph.Brokered, "Quito truce")}},
		{text: "Peru signed a memorandum in Vienna with Bolivia.",
			want: []string{fact("Peru", graph.Signed, "Vienna memorandum"), fact("Bolivia", graph.Signed, "Vienna memorandum")}},
		{text: "Peru and Bolivia concluded an accord in Montevideo, which Brazil brokered.",
			want: []string{fact("Bolivia", graph.Signed, "Montevideo accord"), fact("Brazil", graph.Brokered, "Montevideo accord")}},
		{text: "Peru and Bolivia sealed a new deal in Montevideo. The deal was brokered by Brazil.",
			want: []string{fact("Peru", graph.Signed, "Montevideo deal"), fact("Brazil", graph.Brokered, "Montevideo deal")}},
		// Two deals made in two places are two deals.
		{text: "Ecuador and Colombia signed a ceasefire in Bogota. Peru and Bolivia signed an agreement in Lima.",
			want: []string{fact("Colombia", graph.Signed, "Bogota ceasefire"), fact("Peru", graph.Signed, "Lima agreement")},
			not:  []string{fact("Peru", graph.Signed, "Bogota ceasefire")}},
		// The article's deal named by the same place is the one made there.
		{text: "Peru and Bolivia signed a peace deal in Quito on Monday. Chile said the attack violated the Quito accord. Brazil backed the Arica accord.",
			want: []string{fact("Peru", graph.Signed, "Quito accord")},
			not:  []string{fact("Peru", graph.Signed, "Arica accord"), fact("Peru", graph.Signed, "Quito deal")}},
		// Another deal the article names is not the one made there.
		{text: "Peru and Bolivia signed a declaration in Quito on Monday setting out how the Arica accord will work. Brazil welcomed the Arica accord.",
			want: []string{fact("Bolivia", graph.Signed, "Quito declaration")},
			not:  []string{fact("Bolivia", graph.Signed, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		// A deal named by its purpose is no deal of the place.
		{text: "Peru and Bolivia signed an agreement in Lima to end the border war.",
			not:       []string{fact("Peru", graph.Signed, "Lima agreement")},
			companion: "Peru and Bolivia signed an agreement in Lima on Monday.",
			want:      []string{fact("Peru", graph.Signed, "Lima agreement")}},
		// "the agreement" refers back; it brings in no deal.
		{text: "Peru and Bolivia signed the agreement in Lima.",
			not:       []string{fact("Peru", graph.Signed, "Lima agreement")},
			companion: "Peru and Bolivia signed an agreement in Lima.",
			want:      []string{fact("Peru", graph.Signed, "Lima agreement")}},
		// A place that owns another noun ("Montevideo's old town")
		// names no deal.
		{text: "Peru and Bolivia signed a deal in Montevideo's old town.",
			not:       []string{fact("Peru", graph.Signed, "Montevideo deal")},
			companion: "Peru and Bolivia signed a deal in Montevideo.",
			want:      []string{fact("Peru", graph.Signed, "Montevideo deal")}},
	})
}

// TestBrokeredInRelative checks a broker named in a passive relative
// clause in any tense, "which is sponsored by", "which are being mediated
// by", and after "former".
func TestBrokeredInRelative(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lima format, which is sponsored by Peru, Chile and Ecuador, resumed in May.",
			want: []string{fact("Peru", graph.Brokered, "Lima format"), fact("Ecuador", graph.Brokered, "Lima format")}},
		{text: "The Lima talks, which are being mediated by Norway, resumed.",
			want: []string{fact("Norway", graph.Brokered, "Lima talks")}},
		{text: "Chile and Peru joined the Arica process, which is facilitated by Bolivia.",
			want: []string{fact("Bolivia", graph.Brokered, "Arica process")}},
		{text: "The Lima accord, which was co-sponsored by Ghana and Togo, ended the dispute.",
			want: []string{fact("Ghana", graph.Brokered, "Lima accord"), fact("Togo", graph.Brokered, "Lima accord")}},
		{text: "The Arica process, which is facilitated by former foreign minister Ana Lotvar, stalled.",
			want: []string{fact("Ana Lotvar", graph.Brokered, "Arica process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lima talks, which are not mediated by Norway, resumed.",
			not:       []string{fact("Norway", graph.Brokered, "Lima talks")},
			companion: "The Lima talks, which are mediated by Norway, resumed.",
			want:      []string{fact("Norway", graph.Brokered, "Lima talks")}},
	})
}

// TestCountedGuarantors checks guarantors named with their count: beside
// the list of them ("A, B and C, the three guarantor countries of X") and
// alone, a group the article named before ("the three guarantor states of
// X pledged").
func TestCountedGuarantors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The meeting closed with Ghana, Togo and Benin, the three guarantor countries of the Lome process, agreeing to meet again.",
			want: []string{fact("Ghana", graph.Brokered, "Lome process"), fact("Benin", graph.Brokered, "Lome process")}},
		{text: "The round ended with Chile, Peru and Bolivia, the three mediators of the Arica talks, pledging a new round.",
			want: []string{fact("Chile", graph.Brokered, "Arica talks"), fact("Bolivia", graph.Brokered, "Arica talks")}},
		{text: "Ghana, Togo and Benin met in Accra on Monday. In a joint statement, the three guarantor states of the Lome process pledged to coordinate.",
			want: []string{fact("Ghana", graph.Brokered, "Lome process"), fact("Togo", graph.Brokered, "Lome process"), fact("Benin", graph.Brokered, "Lome process")}},
	})
	checkNegatives(t, []negativeCase{
		// The count must fit the group named before.
		{text: "Ghana and Togo met in Accra. The three guarantor states of the Lome process pledged to coordinate.",
			not:       []string{fact("Ghana", graph.Brokered, "Lome process")},
			companion: "Ghana, Togo and Benin met in Accra. The three guarantor states of the Lome process pledged to coordinate.",
			want:      []string{fact("Ghana", graph.Brokered, "Lome process")}},
		// Guarantors of no deal broker none.
		{text: "Ghana, Togo and Benin met in Accra. The three guarantors of peace said they would meet again.",
			not:       []string{fact("Ghana", graph.Brokered, "peace")},
			companion: "Ghana, Togo and Benin met in Accra. The three guarantors of the Lome process said they would meet again.",
			want:      []string{fact("Ghana", graph.Brokered, "Lome process")}},
	})
}

// TestKnownDealBetween checks the two sides named after "between" for a
// deal the catalog names, as for one named by description: they signed
// it, and a deal is no fight between them.
func TestKnownDealBetween(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Moscow proposed reviving the 1998 Adana agreement between Turkey and Syria.",
			want: []string{fact("Turkey", graph.Signed, "Adana Agreement"), fact("Syria", graph.Signed, "Adana Agreement")}},
		{text: "Ankara wants to revive the Sochi memorandum between Russia and Turkey.",
			want: []string{fact("Russia", graph.Signed, "Sochi memorandum"), fact("Turkey", graph.Signed, "Sochi memorandum")},
			not:  []string{fact("Russia", graph.Fights, "Turkey")}},
		{text: "Moscow said the Qatari-mediated truce between Peru and Bolivia holds.",
			want: []string{fact("Peru", graph.Signed, "Qatari-mediated truce"), fact("Qatar", graph.Brokered, "Qatari-mediated truce")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks between two sides are a meeting, no deal they signed.
		{text: "Ghana said the Astana talks between Russia and Turkey resumed.",
			not:       []string{fact("Russia", graph.Signed, "Astana talks")},
			companion: "Ghana said the Astana talks, which are sponsored by Russia and Turkey, resumed.",
			want:      []string{fact("Russia", graph.Brokered, "Astana talks")}},
	})
}

// TestUnderAuspices checks the sponsor of a named deal as its broker, and
// a deal named after a possessive of time.
func TestUnderAuspices(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lusaka agreement, signed in November under the auspices of the African Union, ended the war.",
			want: []string{fact("African Union", graph.Brokered, "Lusaka agreement")},
			not:  []string{fact("African Union", graph.Brokered, "Zambia")}},
		{text: "Last year's Nairobi peace deal was brokered by Kenya.",
			want: []string{fact("Kenya", graph.Brokered, "Nairobi peace deal")}},
	})
}

// TestAgreementRelativesAndWelcome checks "X, which A signed", "X, which A
// brokered", "agreed to X" and a deal welcomed as supported.
func TestAgreementRelativesAndWelcome(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Minsk Agreements, which Russia and Ukraine signed in 2015, collapsed.",
			want: []string{fact("Russia", graph.Signed, "Minsk Agreements"), fact("Ukraine", graph.Signed, "Minsk Agreements")}},
		{text: "Rwanda and Uganda signed the Doha declaration, which Qatar brokered.",
			want: []string{fact("Qatar", graph.Brokered, "Doha declaration"), fact("Rwanda", graph.Signed, "Doha declaration")},
			not:  []string{fact("Qatar", graph.Signed, "Doha declaration")}},
		{text: "Ukraine and Russia agreed to the Minsk Agreements in 2015.",
			want: []string{fact("Ukraine", graph.Signed, "Minsk Agreements")}},
		{text: "Twenty embassies said they stood by the Pretoria agreement. Japan welcomed the Pretoria agreement.",
			want: []string{fact("Japan", graph.Supports, "Pretoria agreement")}},
	})
}

// TestAgreementRejected checks the rejection of a named agreement, which
// opposes it.
func TestAgreementRejected(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Jaysh al-Islam on Friday denounced the Sochi agreement as a betrayal.",
			want: []string{fact("Jaysh al-Islam", graph.Opposes, "Sochi agreement")}},
	})
}

// TestGuarantorsNamedByTheirPeople checks guarantor states named before
// their envoys and "whose countries are the guarantors".
func TestGuarantorsNamedByTheirPeople(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Geir Pedersen met the foreign ministers of Russia and Turkey -- Sergei Lavrov and Mevlut Cavusoglu -- whose countries are guarantors of the Astana process.",
			want: []string{fact("Russia", graph.Brokered, "Astana process"), fact("Turkey", graph.Brokered, "Astana process")}},
		// After "with", the states before a dash are no subject of a verb.
		{text: "Geir Pedersen talked in Geneva with the envoys of Russia and Iran -- Alexander Lavrentiev and Ali Asghar Khaji -- whose countries are the guarantors of the Astana process.",
			want: []string{fact("Russia", graph.Brokered, "Astana process"), fact("Iran", graph.Brokered, "Astana process")}},
		// Names read as the holders of a plural title: "whose countries"
		// are the states of their offices, not the people.
		{text: "Kemal Orhan met the foreign ministers of Chile and Peru -- Ana Lotvar and Diego Sarmell -- whose countries are guarantors of the Astana process.",
			want: []string{fact("Chile", graph.Brokered, "Astana process"), fact("Peru", graph.Brokered, "Astana process")},
			not:  []string{fact("Ana Lotvar", graph.Brokered, "Astana process"), fact("Diego Sarmell", graph.Brokered, "Astana process")}},
		// Where the text gives the people no state, no one is a guarantor:
		// neither the people, nor states the catalog remembers for them.
		{text: "Geir Pedersen met Sergei Lavrov and Mevlut Cavusoglu, whose countries are guarantors of the Astana process.",
			want: []string{fact("Geir Pedersen", graph.MetWith, "Sergei Lavrov")},
			not: []string{fact("Sergei Lavrov", graph.Brokered, "Astana process"), fact("Russia", graph.Brokered, "Astana process"),
				fact("Turkey", graph.Brokered, "Astana process")}},
	})
}

// TestAgreementsByDescription checks agreements the text names by
// description, not by a name the catalog knows: named as written, without
// the determiner, and referred back to by "the truce", "the document".
func TestAgreementsByDescription(t *testing.T) {
	checkFacts(t, []factCase{
		// The modifiers are part of the name.
		{text: "Peru and the Kestrel Liberation Front agreed to a six-month bilateral ceasefire on Friday.",
			want: []string{fact("Peru", graph.Signed, "six-month bilateral ceasefire"), fact("Kestrel Liberation Front", graph.Signed, "six-month bilateral ceasefire")}},
		// A later "the truce" is the ceasefire last named.
		{text: "Peru and the Kestrel Liberation Front agreed to a three-week humanitarian ceasefire. The truce was brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "three-week humanitarian ceasefire")}},
		// A complement with "of" is part of the name; "the document"
		// refers back to it.
		{text: "Chile and the Kestrel Liberation Front signed a declaration of principles in Lima. The document was mediated by Norway.",
			want: []string{fact("Chile", graph.Signed, "declaration of principles"), fact("Norway", graph.Brokered, "declaration of principles")}},
		// A sponsor glued to its participle stays an actor.
		{text: "A Turkish-brokered ceasefire ended the clashes in the north.",
			want: []string{fact("Turkey", graph.Brokered, "Turkish-brokered ceasefire")}},
		{text: "Both delegations returned to the UN-sponsored peace talks in Geneva.",
			want: []string{fact("United Nations", graph.Brokered, "UN-sponsored peace talks")}},
		// A deal named by description, brokered by a list.
		{text: "The grain deal, brokered last July by Turkey and the United Nations, lets ships leave Odesa.",
			want: []string{fact("Turkey", graph.Brokered, "grain deal"), fact("United Nations", graph.Brokered, "grain deal")}},
		// Names glued by a hyphen need no determiner.
		{text: "Somalia rejected the Ethiopia-Somaliland memorandum of understanding.",
			want: []string{fact("Somalia", graph.Opposes, "Ethiopia-Somaliland memorandum of understanding")}},
	})
	checkNegatives(t, []negativeCase{
		// A deal sought, doubted or denied is none.
		{text: "Chile said any ceasefire must be accepted by the Kestrel Liberation Front.",
			not:       []string{fact("Kestrel Liberation Front", graph.Signed, "ceasefire"), fact("Kestrel Liberation Front", graph.Signed, "any ceasefire")},
			companion: "Chile said the six-month ceasefire was accepted by the Kestrel Liberation Front.",
			want:      []string{fact("Kestrel Liberation Front", graph.Signed, "six-month ceasefire")}},
		{text: "Chile and Peru hope to sign a border agreement in May.",
			not:       []string{fact("Chile", graph.Signed, "border agreement")},
			companion: "Chile and Peru signed a border agreement in May.",
			want:      []string{fact("Chile", graph.Signed, "border agreement")}},
		// Talks that no word qualifies are a meeting, not a deal.
		{text: "Chile held talks with Peru in Lima.",
			not:       []string{fact("Chile", graph.Signed, "talks")},
			companion: "Chile signed the Lima peace talks.",
			want:      []string{fact("Chile", graph.Signed, "Lima peace talks")}},
		// A bare "an agreement" in an article that names no deal is no
		// one knows which.
		{text: "Chile and Peru signed an agreement on Monday.",
			not:       []string{fact("Chile", graph.Signed, "agreement"), fact("Chile", graph.Signed, "agreement on Monday")},
			companion: "Chile and Peru signed a water agreement on Monday.",
			want:      []string{fact("Chile", graph.Signed, "water agreement")}},
	})
}

// TestGenericAgreementNamedLater checks a generic first mention ("signed
// an agreement") in an article that names one deal of its kind: it is
// that deal.
func TestGenericAgreementNamedLater(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed an agreement on Monday. The Lima accord ends a long dispute over fishing rights.",
			want: []string{fact("Chile", graph.Signed, "Lima accord"), fact("Peru", graph.Signed, "Lima accord")}},
	})
	checkNegatives(t, []negativeCase{
		// A truce is no deal of the same kind.
		{text: "Chile and Peru kept a five-month humanitarian truce in 2020. On Monday Chile and Peru signed an agreement.",
			not:       []string{fact("Chile", graph.Signed, "five-month humanitarian truce")},
			companion: "Chile and Peru kept a five-month humanitarian truce in 2020. On Monday Chile and Peru signed a new ceasefire.",
			want:      []string{fact("Chile", graph.Signed, "five-month humanitarian truce")}},
	})
}

// TestAgreementSignatures checks the shapes by which reports say who
// signed or brokered a deal named by description.
func TestAgreementSignatures(t *testing.T) {
	checkFacts(t, []factCase{
		// A quoted modifier is part of the name, without the quotes; a
		// later bare "ceasefire" is that one, the only truce named.
		{text: "Rival camps sign 'permanent' ceasefire in Lima\n\nChile and Peru put their names on Friday to a ceasefire meant to last. The ceasefire was facilitated by Norway.",
			want: []string{fact("Chile", graph.Signed, "permanent ceasefire"), fact("Peru", graph.Signed, "permanent ceasefire")}},
		{text: "Norway facilitated the three-week humanitarian truce.",
			want: []string{fact("Norway", graph.Brokered, "three-week humanitarian truce")}},
		{text: "Chile and Peru agreed on Friday to a six-month bilateral ceasefire.",
			want: []string{fact("Chile", graph.Signed, "six-month bilateral ceasefire")}},
		{text: "The Lima declaration, a joint statement signed by Chile and Peru, ended the dispute.",
			want: []string{fact("Chile", graph.Signed, "Lima declaration"), fact("Peru", graph.Signed, "Lima declaration")}},
		{text: "Chile still honours the border accord Peru and Bolivia signed in 1999.",
			want: []string{fact("Peru", graph.Signed, "border accord"), fact("Bolivia", graph.Signed, "border accord")}},
		{text: "Ethiopia signed a port memorandum with Somaliland.",
			want: []string{fact("Ethiopia", graph.Signed, "port memorandum"), fact("Somaliland", graph.Signed, "port memorandum")}},
	})
	checkNegatives(t, []negativeCase{
		// "of understanding" says no more than "memorandum": with no other
		// memorandum named, no one can tell which.
		{text: "Ethiopia signed a memorandum of understanding with Somaliland.",
			not:       []string{fact("Ethiopia", graph.Signed, "memorandum of understanding")},
			companion: "Ethiopia signed a memorandum of understanding with Somaliland. The port memorandum angered Somalia.",
			want:      []string{fact("Ethiopia", graph.Signed, "port memorandum")}},
		// Direct or bilateral talks are a meeting, which the contact
		// patterns read.
		{text: "Chile and Peru held direct talks in Lima. Norway brokered the talks.",
			not:       []string{fact("Norway", graph.Brokered, "direct talks")},
			companion: "Chile and Peru held peace talks on the border dispute in Lima. Norway brokered the talks.",
			want:      []string{fact("Norway", graph.Brokered, "peace talks on the border dispute")}},
	})
}

// TestMediatedBetween checks "mediated between the two sides": the
// mediator brokered the one deal the article names.
func TestMediatedBetween(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed a declaration of principles in Lima on Monday. Norway has mediated between the two sides since April.",
			want: []string{fact("Norway", graph.Brokered, "declaration of principles")}},
	})
	checkNegatives(t, []negativeCase{
		// Two deals named: no one can tell which was mediated.
		{text: "Chile and Peru signed a declaration of principles and a water-sharing accord. Norway has mediated between the two sides since April.",
			not:       []string{fact("Norway", graph.Brokered, "declaration of principles"), fact("Norway", graph.Brokered, "water-sharing accord")},
			companion: "Chile and Peru signed a declaration of principles. Norway has mediated between the two sides since April.",
			want:      []string{fact("Norway", graph.Brokered, "declaration of principles")}},
	})
}

// TestAgreementNames checks how a deal's name is read: a possessive of
// time is no part of it, a deal proposed is none, and a ceasefire
// agreement is a truce "the truce" refers back to.
func TestAgreementNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Last year's border accord, brokered by Norway, still holds.",
			want: []string{fact("Norway", graph.Brokered, "border accord")}},
		// A date before the noun, a place at the end of a complement.
		{text: "Peru still honours the March 5 agreement, brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "March 5 agreement")}},
		// An abbreviated month, as agencies write it.
		{text: "Peru still honours the Sept. 17 memorandum, brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "Sept. 17 memorandum")}},
		{text: "Envoys discussed the Oct. 3 deal signed by Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "Oct. 3 deal"), fact("Peru", graph.Signed, "Oct. 3 deal")}},
		{text: "Chile and Peru signed a memorandum on fishing rights near Arica.",
			want: []string{fact("Chile", graph.Signed, "memorandum on fishing rights")}},
		{text: "Chile and Peru signed a memorandum on north-east Bolivia.",
			want: []string{fact("Chile", graph.Signed, "memorandum on north-east Bolivia")}},
		{text: "Chile and Peru signed a border ceasefire agreement on Monday. The truce was brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "border ceasefire agreement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru agreed to a ceasefire proposal on Monday. The talks were hosted by Norway.",
			not:       []string{fact("Chile", graph.Signed, "ceasefire"), fact("Chile", graph.Signed, "ceasefire proposal")},
			companion: "Chile and Peru agreed to a border ceasefire agreement on Monday.",
			want:      []string{fact("Chile", graph.Signed, "border ceasefire agreement")}},
	})
}

// TestSponsorInName checks a sponsor glued to a participle of mediation
// in a deal's name: the name states who brokered it, whatever the clause
// around it says.
func TestSponsorInName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Both delegations will attend the UN-sponsored peace talks in Geneva next week.",
			want: []string{fact("United Nations", graph.Brokered, "UN-sponsored peace talks")}},
		{text: "Rebels may reject the Norwegian-brokered border truce.",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-brokered border truce")}},
	})
	checkNegatives(t, []negativeCase{
		// Leading talks is no brokering.
		{text: "Both delegations will attend the AU-led peace talks in Pretoria next week.",
			not:       []string{fact("African Union", graph.Brokered, "AU-led peace talks")},
			companion: "Both delegations will attend the AU-sponsored peace talks in Pretoria next week.",
			want:      []string{fact("African Union", graph.Brokered, "AU-sponsored peace talks")}},
	})
}

// TestSignedByEach checks signers named one by one after "by".
func TestSignedByEach(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed a declaration of principles in Quito. The document was signed by Foreign Minister Ana Lotvar for Chile and by Foreign Minister Diego Sarmell.",
			want: []string{fact("Ana Lotvar", graph.Signed, "declaration of principles"), fact("Chile", graph.Signed, "declaration of principles")}},
	})
}

// TestBrokerStaysSubject checks that a person who brokered a deal stays
// the subject of a relative clause after him.
func TestBrokerStaysSubject(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The fighting stopped under a five-day pause brokered by Foreign Minister Ana Lotvar, who flew to Lima for talks with President Diego Sarmell.",
			want: []string{fact("Ana Lotvar", graph.Brokered, "five-day pause"), fact("Ana Lotvar", graph.MetWith, "Diego Sarmell")}},
	})
}

// TestDealDiscussed checks a deal that talks are about, or that is
// attempted: no deal made.
func TestDealDiscussed(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru held talks on a six-month ceasefire brokered by Norway.",
			not:       []string{fact("Norway", graph.Brokered, "six-month ceasefire")},
			companion: "Chile and Peru signed a six-month ceasefire brokered by Norway.",
			want:      []string{fact("Norway", graph.Brokered, "six-month ceasefire")}},
		{text: "An earlier attempt at a border deal, mediated by Norway, collapsed.",
			not:       []string{fact("Norway", graph.Brokered, "border deal")},
			companion: "An earlier border deal, mediated by Norway, collapsed.",
			want:      []string{fact("Norway", graph.Brokered, "border deal")}},
	})
}

// TestGenericAgreementNotPastDeal checks that a bare "an agreement" is not
// a deal the article dates in another year.
func TestGenericAgreementNotPastDeal(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "March 3, 2023\n\nChile and Peru signed an agreement on Monday. It replaces the 1999 border accord.",
			not:       []string{fact("Chile", graph.Signed, "1999 border accord")},
			companion: "March 3, 2023\n\nChile and Peru signed an agreement on Monday. It replaces the 2023 border accord.",
			want:      []string{fact("Chile", graph.Signed, "2023 border accord")}},
	})
}

// TestEarlierDeal checks that "an earlier ceasefire" is not the deal the
// article is about.
func TestEarlierDeal(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru signed a border truce on Monday. An earlier ceasefire, brokered by Norway, collapsed within days.",
			not:       []string{fact("Norway", graph.Brokered, "border truce"), fact("Norway", graph.Brokered, "ceasefire")},
			companion: "Chile and Peru signed a border truce on Monday. The ceasefire, brokered by Norway, held.",
			want:      []string{fact("Norway", graph.Brokered, "border truce")}},
	})
}

// TestSignatories checks signatories named by apposition: a deal and the
// states after it make no list.
func TestSignatories(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The signatories of the Lima accord, Chile and Peru, met in Quito.",
			want: []string{fact("Chile", graph.Signed, "Lima accord"), fact("Peru", graph.Signed, "Lima accord")}},
		{text: "The guarantors of the Lima accord, Norway and Cuba, met in Quito.",
			want: []string{fact("Norway", graph.Brokered, "Lima accord"), fact("Cuba", graph.Brokered, "Lima accord")}},
		{text: "Chile, a signatory to the 2019 Lima accord, said the deal must be respected.",
			want: []string{fact("Chile", graph.Signed, "2019 Lima accord")}},
	})
}

// TestSignedOnTo checks "signed on to" a deal and a side that honours it.
func TestSignedOnTo(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kestrel Liberation Front signed on to the Juba peace agreement in 2021.",
			want: []string{fact("Kestrel Liberation Front", graph.Signed, "Juba peace agreement")}},
		{text: "Chile said it honours the Lima accord.",
			want: []string{fact("Chile", graph.Supports, "Lima accord")},
			not:  []string{fact("Chile", graph.Signed, "Lima accord")}},
	})
}

// TestMoU checks the abbreviation of a memorandum of understanding, whose
// capitals name nothing.
func TestMoU(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ethiopia signed an MoU with Somaliland in January. Somalia rejected the Somaliland MoU.",
			want: []string{fact("Ethiopia", graph.Signed, "Somaliland MoU"), fact("Somaliland", graph.Signed, "Somaliland MoU"), fact("Somalia", graph.Opposes, "Somaliland MoU")}},
	})
}

// TestBareDealNames checks deals named by a year or a compass point and
// their noun alone ("a 2009 deal", "the south-east truce"): such a name
// says no more than the noun, so it gives no fact unless the article names
// the deal by more, while a year with more words ("the 2009 fishing
// accord") is a name.
func TestBareDealNames(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "May 2, 2014\n\nPeru broke the 2009 border accord, brokered by Norway and Chile.",
			want: []string{fact("Norway", graph.Brokered, "2009 border accord")}},
		// In the year of the report, a dated deal is the one deal it
		// names by more.
		{text: "May 2, 2014\n\nChile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "Lima accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "May 2, 2014\n\nPeru broke a 2009 deal, brokered by Norway and Chile.",
			not:       []string{fact("Norway", graph.Brokered, "2009 deal")},
			companion: "May 2, 2014\n\nPeru broke a 2009 border deal, brokered by Norway and Chile.",
			want:      []string{fact("Norway", graph.Brokered, "2009 border deal")}},
		// An older deal named by its year is not the one the report names.
		{text: "May 2, 2014\n\nChile and Peru signed the Lima accord. A 2009 deal was brokered by Norway.",
			not:       []string{fact("Norway", graph.Brokered, "Lima accord"), fact("Norway", graph.Brokered, "2009 deal")},
			companion: "May 2, 2014\n\nChile and Peru signed the Lima accord. The deal was brokered by Norway.",
			want:      []string{fact("Norway", graph.Brokered, "Lima accord")}},
		// Nor is it when the report gives no date.
		{text: "Chile and Peru signed a border memorandum. Peru broke a 2009 deal, brokered by Norway.",
			not:       []string{fact("Norway", graph.Brokered, "border memorandum"), fact("Norway", graph.Brokered, "2009 deal")},
			companion: "Chile and Peru signed a border memorandum. Peru broke the deal, brokered by Norway.",
			want:      []string{fact("Norway", graph.Brokered, "border memorandum")}},
		{text: "The offensive broke the south-east truce brokered by Norway and Chile.",
			not:       []string{fact("Norway", graph.Brokered, "south-east truce")},
			companion: "The offensive broke the three-week humanitarian truce brokered by Norway and Chile.",
			want:      []string{fact("Norway", graph.Brokered, "three-week humanitarian truce")}},
		{text: "The offensive broke the northern truce brokered by Norway and Chile.",
			not:       []string{fact("Norway", graph.Brokered, "northern truce")},
			companion: "The offensive broke the Tacna truce brokered by Norway and Chile.",
			want:      []string{fact("Norway", graph.Brokered, "Tacna truce")}},
	})
}

// TestDescribedDealNamedLater checks a deal first named by its broker and
// noun ("a Norwegian-brokered deal"): when the article names one deal of
// its kind by a name of its own, the broker brokered that one.
func TestDescribedDealNamedLater(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru end quarrel in Norwegian-brokered deal\n\nThe Lima Declaration was signed by Chile and Peru on Monday.",
			want: []string{fact("Norway", graph.Brokered, "Lima Declaration"), fact("Chile", graph.Signed, "Lima Declaration")},
			not:  []string{fact("Norway", graph.Brokered, "Norwegian-brokered deal"), fact("Norway", graph.Brokered, "end quarrel in Norwegian-brokered deal")}},
		// Named alone, the described deal keeps its name.
		{text: "Chile and Peru end quarrel in Norwegian-brokered deal",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-brokered deal")}},
		// Without a determiner the name starts at its broker: "seal" is
		// no part of it.
		{text: "Chile and Peru tout Norwegian-brokered deal",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-brokered deal")},
			not:  []string{fact("Norway", graph.Brokered, "tout Norwegian-brokered deal")}},
		// A deal dated before the report is history: the deal it
		// replaces is no candidate.
		{text: "Chile and Peru end quarrel in Norwegian-brokered deal\n\nThe Lima Declaration replaces the Tacna accord of 1999.",
			want: []string{fact("Norway", graph.Brokered, "Lima Declaration")},
			not:  []string{fact("Norway", graph.Brokered, "Tacna accord")}},
		{text: "Fishermen cheer Norwegian-brokered deal",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-brokered deal")},
			not:  []string{fact("Norway", graph.Brokered, "cheer Norwegian-brokered deal")}},
	})
	checkNegatives(t, []negativeCase{
		// Two deals named by names of their own: no one can tell which.
		{text: "Chile and Peru end quarrel in Norwegian-brokered deal\n\nThe Lima Declaration replaces the Tacna accord.",
			not:       []string{fact("Norway", graph.Brokered, "Lima Declaration"), fact("Norway", graph.Brokered, "Tacna accord")},
			companion: "Chile and Peru end quarrel in Norwegian-brokered deal\n\nThe Lima Declaration was signed on Monday.",
			want:      []string{fact("Norway", graph.Brokered, "Lima Declaration")}},
	})
}

// TestDealNamedAfterItsNoun checks names that go on after a deal's noun:
// a truce no word before its noun names is named by its one broker ("a
// ceasefire brokered by Norway"), and a truce its broker's name qualifies
// gives its two sides after "between" ("the Norwegian-mediated truce
// between Chile and Peru").
func TestDealNamedAfterItsNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The border war ended with a ceasefire brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "ceasefire brokered by Norway")}},
		{text: "The Norwegian-mediated truce between Chile and Peru held through the night.",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-mediated truce"), fact("Chile", graph.Signed, "Norwegian-mediated truce"), fact("Peru", graph.Signed, "Norwegian-mediated truce")}},
	})
	checkNegatives(t, []negativeCase{
		// Brokered by several: the name would be a list; the article's
		// one truce named by more is the deal.
		{text: "The border war ended with a ceasefire brokered by Norway and Chile.",
			not:       []string{fact("Norway", graph.Brokered, "ceasefire brokered by Norway")},
			companion: "The border war ended with the Tacna truce. It was a ceasefire brokered by Norway and Chile.",
			want:      []string{fact("Norway", graph.Brokered, "Tacna truce")}},
		// "The ceasefire brokered by Norway" refers back to a truce named
		// before.
		{text: "Chile and Peru signed the Tacna truce. The ceasefire brokered by Norway held.",
			not:       []string{fact("Norway", graph.Brokered, "ceasefire brokered by Norway")},
			companion: "Chile and Peru signed the Tacna truce. The ceasefire brokered by Norway held.",
			want:      []string{fact("Norway", graph.Brokered, "Tacna truce")}},
		// With no broker in its name, "a truce between A and B" is the
		// fight the hostility patterns read, not a deal they signed.
		{text: "A truce between Chile and Peru held through the night.",
			not:       []string{fact("Chile", graph.Signed, "truce")},
			companion: "The Norwegian-mediated truce between Chile and Peru held through the night.",
			want:      []string{fact("Chile", graph.Signed, "Norwegian-mediated truce")}},
	})
}

// TestDealAsIt checks "it" as the object of a verb the patterns read,
// after a sentence that named one deal and no actor after it: "it" is the
// deal.
func TestDealAsIt(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed the Lima accord on Monday. Norway has welcomed it.",
			want: []string{fact("Norway", graph.Supports, "Lima accord")}},
	})
	checkNegatives(t, []negativeCase{
		// Two deals named before: no one can tell which.
		{text: "Chile and Peru signed the Lima accord and the Tacna memorandum. Norway has welcomed it.",
			not:       []string{fact("Norway", graph.Supports, "Lima accord"), fact("Norway", graph.Supports, "Tacna memorandum")},
			companion: "Chile and Peru signed the Lima accord. Norway has welcomed it.",
			want:      []string{fact("Norway", graph.Supports, "Lima accord")}},
		// An actor named after the deal may be "it" too.
		{text: "The Lima accord was signed by Chile and Peru. Norway has welcomed it.",
			not:       []string{fact("Norway", graph.Supports, "Lima accord")},
			companion: "Chile and Peru signed the Lima accord. Norway has welcomed it.",
			want:      []string{fact("Norway", graph.Supports, "Lima accord")}},
	})
}

// TestCommonDealNamedLater checks a deal first named by common words and
// its noun ("a joint declaration"): when the article names one deal with
// that noun by a name of its own ("the Lima Declaration"), it is that one.
func TestCommonDealNamedLater(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed a joint declaration on Monday. The Lima Declaration reopens their border.",
			want: []string{fact("Chile", graph.Signed, "Lima Declaration"), fact("Peru", graph.Signed, "Lima Declaration")},
			not:  []string{fact("Chile", graph.Signed, "joint declaration")}},
	})
	checkNegatives(t, []negativeCase{
		// Another noun: another deal.
		{text: "Chile and Peru signed a border accord on Monday. The Lima Declaration reopens their border.",
			not:       []string{fact("Chile", graph.Signed, "Lima Declaration")},
			companion: "Chile and Peru signed a border declaration on Monday. The Lima Declaration reopens their border.",
			want:      []string{fact("Chile", graph.Signed, "Lima Declaration")}},
		// Two declarations named by names of their own: no one can tell
		// which.
		{text: "Chile and Peru signed a joint declaration on Monday. The Lima Declaration replaces the Tacna Declaration.",
			not:       []string{fact("Chile", graph.Signed, "Lima Declaration"), fact("Chile", graph.Signed, "Tacna Declaration")},
			companion: "Chile and Peru signed a joint declaration on Monday. The Lima Declaration reopens their border.",
			want:      []string{fact("Chile", graph.Signed, "Lima Declaration")}},
	})
}

// TestDealNamedByItsArrangement checks a deal that its noun does not name
// and that is about an arrangement: it is named by the arrangement.
func TestDealNamedByItsArrangement(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed a memorandum of understanding on a long-term energy cooperation plan between the two states.",
			want: []string{fact("Chile", graph.Signed, "long-term energy cooperation plan"), fact("Peru", graph.Signed, "long-term energy cooperation plan")}},
		{text: "Norway welcomed the agreement on the joint monitoring mechanism and said it would help.",
			want: []string{fact("Norway", graph.Supports, "joint monitoring mechanism")}},
		{text: "Kenya and Uganda signed an accord on humanitarian corridors in Kampala.",
			want: []string{fact("Kenya", graph.Signed, "humanitarian corridors")}},
	})
	checkNegatives(t, []negativeCase{
		// A longer description than a name: the plan of someone.
		{text: "Chile and Peru signed a memorandum on the plan of the envoy.",
			not:       []string{fact("Chile", graph.Signed, "plan")},
			companion: "Chile and Peru signed a memorandum on a joint border plan.",
			want:      []string{fact("Chile", graph.Signed, "joint border plan")}},
		// "worth around $40 billion" ends no name.
		{text: "Ghana and Togo signed a memorandum of understanding worth around $2 billion.",
			not:       []string{fact("Ghana", graph.Signed, "memorandum of understanding worth around")},
			companion: "Ghana and Togo signed a memorandum of understanding on a gas pipeline plan, worth around $2 billion.",
			want:      []string{fact("Ghana", graph.Signed, "gas pipeline plan")}},
	})
}

// TestParticipleBeforeDeal checks a participle that qualifies a deal's
// noun after a determiner or a verb: part of the deal's name.
func TestParticipleBeforeDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kenya and Somalia signed the revised border agreement in Nairobi.",
			want: []string{fact("Kenya", graph.Signed, "revised border agreement"), fact("Somalia", graph.Signed, "revised border agreement")}},
		{text: "Ghana and Togo sign revised peace accord in Lome",
			want: []string{fact("Ghana", graph.Signed, "revised peace accord")}},
		{text: "Armenia and Georgia signed the amended transit treaty that both parliaments had approved.",
			want: []string{fact("Armenia", graph.Signed, "amended transit treaty")}},
	})
	checkNegatives(t, []negativeCase{
		// A deal only proposed is no deal signed.
		{text: "Ghana and Togo rejected the proposed accord.",
			not:       []string{fact("Ghana", graph.Signed, "proposed accord")},
			companion: "Ghana and Togo signed the amended accord.",
			want:      []string{fact("Ghana", graph.Signed, "amended accord")}},
	})
}

// TestEarlierDealNotReferredBack checks that a reference back to "the
// document" names the deal the report is about, not an earlier one it
// names in passing.
func TestEarlierDealNotReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "March 3, 2019\n\nMali and Niger signed the Tessalit Accord on Monday. The accord replaces the 2015 Kidal accord, which collapsed within a year. Chad also signed the document.",
			want: []string{fact("Chad", graph.Signed, "Tessalit Accord")},
			not:  []string{fact("Chad", graph.Signed, "2015 Kidal accord")}},
	})
	checkNegatives(t, []negativeCase{
		// With no other deal named, the earlier one is the document.
		{text: "March 3, 2019\n\nMali and Niger signed the Tessalit Accord on Monday. The accord replaces the 2015 Kidal accord, which collapsed within a year. Chad also signed the document.",
			not:       []string{fact("Chad", graph.Signed, "2015 Kidal accord")},
			companion: "March 3, 2019\n\nMali and Niger met on Monday. Talks followed the 2015 Kidal accord, which collapsed within a year. Chad also signed the document.",
			want:      []string{fact("Chad", graph.Signed, "2015 Kidal accord")}},
	})
}

// TestDealTitle checks a deal's title that goes on after its noun with
// capitalised words, a state inside included: named as a whole.
func TestDealTitle(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru and Bolivia signed the Framework Agreement for Peace and Reconciliation in Lima.",
			want: []string{fact("Peru", graph.Signed, "Framework Agreement for Peace and Reconciliation")}},
		{text: "The Amended Accord on the Settlement of the Dispute in the Republic of Chad was signed by Niger and Sudan.",
			want: []string{fact("Niger", graph.Signed, "Amended Accord on the Settlement of the Dispute in the Republic of Chad")}},
		// A title with no word before its noun.
		{text: "Chile and Peru signed the Treaty of Arica in 1929.",
			want: []string{fact("Chile", graph.Signed, "Treaty of Arica")}},
		// "in" a place without "the" says where the deal was welcomed.
		{text: "Qatar welcomed the Agreement on the Cessation of Hostilities in Tigray.",
			want: []string{fact("Qatar", graph.Supports, "Agreement on the Cessation of Hostilities")}},
		// Title words the lexicon knows ("Political") stay in the title.
		{text: "Chad put its signature on the Political Charter for Unity and Progress.",
			want: []string{fact("Chad", graph.Signed, "Political Charter for Unity and Progress")}},
	})
	checkNegatives(t, []negativeCase{
		// A capitalised noun opening the sentence opens no title.
		{text: "Talks on Peace and Security, sponsored by Peru, resumed.",
			not:       []string{fact("Peru", graph.Brokered, "Talks on Peace and Security")},
			companion: "The Talks on Peace and Security, sponsored by Peru, resumed.",
			want:      []string{fact("Peru", graph.Brokered, "Talks on Peace and Security")}},
		// A lower-case noun opens no title: the words after it are a
		// clause of the sentence.
		{text: "Peru and Bolivia signed the agreement on Monday for Peace Week.",
			not:       []string{fact("Peru", graph.Signed, "agreement on Monday for Peace Week")},
			companion: "Peru and Bolivia signed the Lima Agreement for Peace and Security.",
			want:      []string{fact("Peru", graph.Signed, "Lima Agreement for Peace and Security")}},
	})
}

// TestInitialledDeal checks a deal initialled: in a headline "initial" is
// the verb and says no more than the noun, so the deal is the one the
// article names.
func TestInitialledDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chad and rebels initial peace agreement in Doha\n\nThe Chadian president put his initials on the Doha Charter for National Unity on Monday. The African Union welcomed the agreement.",
			want: []string{fact("African Union", graph.Supports, "Doha Charter for National Unity")},
			not:  []string{fact("African Union", graph.Supports, "initial peace agreement")}},
	})
}

// TestAgreementReferenceOfItsKind checks that "the agreement" refers back
// to the last deal of its own kind before a truce named later.
func TestAgreementReferenceOfItsKind(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed the Arica accord on Monday. A border truce collapsed in May. Bolivia welcomed the agreement.",
			want: []string{fact("Bolivia", graph.Supports, "Arica accord")},
			not:  []string{fact("Bolivia", graph.Supports, "border truce")}},
	})
	checkNegatives(t, []negativeCase{
		// With no deal of its kind named, "the agreement" may be a truce.
		{text: "Chile and Peru signed the Arica accord on Monday. A border truce collapsed in May. Bolivia welcomed the agreement.",
			not:       []string{fact("Bolivia", graph.Supports, "border truce")},
			companion: "Chile and Peru agreed the Arica truce on Monday. Bolivia welcomed the agreement.",
			want:      []string{fact("Bolivia", graph.Supports, "Arica truce")}},
	})
}

// TestTalksRound checks talks named by a place and "round", and "the
// process" after them; "a round of" something names no talks.
func TestTalksRound(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lusaka round follows earlier sessions in Harare. Kenya, Ghana and Norway are guarantors of the process.",
			want: []string{fact("Kenya", graph.Brokered, "Lusaka round"), fact("Norway", graph.Brokered, "Lusaka round")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Canada welcomed a new round of sanctions on Monday.",
			not:       []string{fact("Canada", graph.Supports, "new round of sanctions")},
			companion: "Canada welcomed the Lusaka round on Monday.",
			want:      []string{fact("Canada", graph.Supports, "Lusaka round")}},
	})
}

// TestHeadlineDealNamedByPlace checks a headline's deal named by a place
// right after its verb, without a determiner.
func TestHeadlineDealNamedByPlace(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru and Bolivia agree Tacna ceasefire after talks in Lima",
			want: []string{fact("Peru", graph.Signed, "Tacna ceasefire"), fact("Bolivia", graph.Signed, "Tacna ceasefire")}},
		{text: "Kenya and Uganda sign Kisumu peace deal in Nairobi",
			want: []string{fact("Kenya", graph.Signed, "Kisumu peace deal")}},
	})
	checkNegatives(t, []negativeCase{
		// After a preposition the place says where, not which deal.
		{text: "Peru and Bolivia signed in Tacna agreements on fishing.",
			not:       []string{fact("Peru", graph.Signed, "Tacna agreements")},
			companion: "Peru and Bolivia sign Tacna agreements on fishing",
			want:      []string{fact("Peru", graph.Signed, "Tacna agreements")}},
	})
}

// TestTermsAcceptedAndPlanBacked checks a side that accepts a deal's terms
// (it signed) and a deal described as a plan its backers support.
func TestTermsAcceptedAndPlanBacked(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks in Lima ended with the Tacna accord. Bolivia, which accepted the terms of the Tacna accord, sent a delegation.",
			want: []string{fact("Bolivia", graph.Signed, "Tacna accord")}},
		{text: "Talks were facilitated by the Kivu Initiative for Peace, a roadmap backed by the African Union, Angola and Gabon.",
			want: []string{fact("African Union", graph.Supports, "Kivu Initiative for Peace"), fact("Gabon", graph.Supports, "Kivu Initiative for Peace")}},
	})
	checkNegatives(t, []negativeCase{
		// Terms only discussed are no terms accepted.
		{text: "Bolivia rejected the terms of the Tacna accord on Monday.",
			not:       []string{fact("Bolivia", graph.Signed, "Tacna accord")},
			companion: "Bolivia accepted the terms of the Tacna accord on Monday.",
			want:      []string{fact("Bolivia", graph.Signed, "Tacna accord")}},
		// A plan rejected by a side is no plan it backs.
		{text: "The Kivu Initiative, a roadmap rejected by Angola, stalled.",
			not:       []string{fact("Angola", graph.Supports, "Kivu Initiative")},
			companion: "The Kivu Initiative, a roadmap endorsed by Angola, stalled.",
			want:      []string{fact("Angola", graph.Supports, "Kivu Initiative")}},
	})
}

// TestDealMediation checks a deal reached through a side's mediation and a
// side named the mediator in a deal: it brokered the deal.
func TestDealMediation(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Tacna truce was reached on Sunday through Chilean mediation.",
			want: []string{fact("Chile", graph.Brokered, "Tacna truce")}},
		{text: "The Tacna truce, agreed under Chilean and Brazilian mediation, held.",
			want: []string{fact("Chile", graph.Brokered, "Tacna truce"), fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: "The Lusaka accord, struck with Angola's mediation, took effect in May.",
			want: []string{fact("Angola", graph.Brokered, "Lusaka accord")}},
		{text: "Norway, the main mediator in the Havana talks, called for calm.",
			want: []string{fact("Norway", graph.Brokered, "Havana talks")}},
	})
	checkNegatives(t, []negativeCase{
		// Mediation only offered is no deal brokered.
		{text: "Chile offered mediation after the Tacna truce collapsed.",
			not:       []string{fact("Chile", graph.Brokered, "Tacna truce")},
			companion: "The Tacna truce was reached through Chilean mediation.",
			want:      []string{fact("Chile", graph.Brokered, "Tacna truce")}},
	})
}

// TestDealMadeWithPartner checks "the deal it signed with B": both the
// side that made the deal and its partner signed it.
func TestDealMadeWithPartner(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile defended the Arica accord it signed with Peru in 2019.",
			want: []string{fact("Peru", graph.Signed, "Arica accord")}},
		{text: "Kenya hailed the Lamu accord that Somalia struck with Ethiopia last year.",
			want: []string{fact("Somalia", graph.Signed, "Lamu accord"), fact("Ethiopia", graph.Signed, "Lamu accord")}},
		{text: "The Tigray truce, which Eritrea agreed with the TPLF, held.",
			want: []string{fact("Eritrea", graph.Signed, "Tigray truce"), fact("TPLF", graph.Signed, "Tigray truce")}},
	})
	checkNegatives(t, []negativeCase{
		// A deal only discussed with a partner is signed by no one.
		{text: "Kenya hailed the Lamu accord that Somalia discussed with Ethiopia last year.",
			not:       []string{fact("Ethiopia", graph.Signed, "Lamu accord")},
			companion: "Kenya hailed the Lamu accord that Somalia signed with Ethiopia last year.",
			want:      []string{fact("Ethiopia", graph.Signed, "Lamu accord")}},
	})
}

// TestDealReferenceByItsNoun checks that "the memorandum" refers back to
// the deal named by that noun when another deal was named since.
func TestDealReferenceByItsNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed the Arica memorandum on Monday. Peru and Ecuador later signed the Tacna accord. Bolivia welcomed the memorandum.",
			want: []string{fact("Bolivia", graph.Supports, "Arica memorandum")},
			not:  []string{fact("Bolivia", graph.Supports, "Tacna accord")}},
	})
	checkNegatives(t, []negativeCase{
		// A noun that names neither deal refers to the last one named.
		{text: "Chile and Peru signed the Arica memorandum on Monday. Peru and Ecuador later signed the Tacna accord. Bolivia welcomed the memorandum.",
			not:       []string{fact("Bolivia", graph.Supports, "Tacna accord")},
			companion: "Chile and Peru signed the Arica memorandum on Monday. Peru and Ecuador later signed the Tacna accord. Bolivia welcomed the deal.",
			want:      []string{fact("Bolivia", graph.Supports, "Tacna accord")}},
	})
}

// TestDealBetweenParties checks the two sides named after "between" in a
// deal's name: both signed it, unless the deal is only sought.
func TestDealBetweenParties(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Arica accord between Chile and Peru took effect on Monday.",
			want: []string{fact("Chile", graph.Signed, "Arica accord"), fact("Peru", graph.Signed, "Arica accord")}},
		{text: "Bolivia welcomed the 2019 Arica agreement between Chile and Peru.",
			want: []string{fact("Peru", graph.Signed, "2019 Arica agreement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Bolivia called for an agreement between Chile and Peru on the Arica border.",
			not:       []string{fact("Chile", graph.Signed, "agreement")},
			companion: "Bolivia welcomed the Arica agreement between Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "Arica agreement")}},
	})
}

// TestTruceBetweenSides checks a truce between two sides: both signed it
// and fought each other, whoever brokered it; a truce only called for
// gives neither.
func TestTruceBetweenSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Kivu truce between Rwanda and Uganda collapsed in May.",
			want: []string{fact("Rwanda", graph.Signed, "Kivu truce"), fact("Uganda", graph.Signed, "Kivu truce"), fact("Rwanda", graph.Fights, "Uganda")}},
		{text: "Angola brokered the Kivu ceasefire between Rwanda and Uganda on Sunday.",
			want: []string{fact("Angola", graph.Brokered, "Kivu ceasefire"), fact("Rwanda", graph.Fights, "Uganda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Angola called for a ceasefire between Rwanda and Uganda.",
			not:       []string{fact("Rwanda", graph.Fights, "Uganda")},
			companion: "Angola brokered the Kivu ceasefire between Rwanda and Uganda.",
			want:      []string{fact("Rwanda", graph.Fights, "Uganda")}},
		// A name glued to a participle backs a side and is none: the
		// truce is not one between Rwanda and Uganda.
		{text: "The Kivu Front raided a depot. The truce between Rwanda and the Uganda-backed group held.",
			not:       []string{fact("Rwanda", graph.Fights, "Uganda"), fact("Uganda", graph.Signed, "truce between Rwanda and the Uganda")},
			companion: "The Kivu Front raided a depot. The Kivu truce between Rwanda and Uganda held.",
			want:      []string{fact("Rwanda", graph.Fights, "Uganda")}},
	})
}

// TestTalksNamedByWhereHeld checks talks that a word says are a deal's,
// held in a named place: named by the place, as annotators name them.
func TestTalksNamedByWhereHeld(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway sponsored the peace talks in Lima, which ended on Friday.",
			want: []string{fact("Norway", graph.Brokered, "Lima talks")}},
		{text: "Kenya and Uganda are guarantors of the peace negotiations in Kampala.",
			want: []string{fact("Kenya", graph.Brokered, "Kampala negotiations")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks no word says are a deal's are a meeting.
		{text: "Norway held talks in Lima with Peru on Friday.",
			not:       []string{fact("Norway", graph.Brokered, "Lima talks")},
			companion: "Norway sponsored the peace talks in Lima, which ended on Friday.",
			want:      []string{fact("Norway", graph.Brokered, "Lima talks")}},
	})
}

// TestTalksLedByTheirChair checks who opens, closes or chairs a round of
// talks: they led, so brokered, them.
func TestTalksLedByTheirChair(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway on Friday wrapped up the third round of the Lima peace talks.",
			want: []string{fact("Norway", graph.Brokered, "Lima peace talks")}},
		{text: "Kenya co-chaired the Kampala talks with Uganda.",
			want: []string{fact("Kenya", graph.Brokered, "Kampala talks")}},
	})
	checkNegatives(t, []negativeCase{
		// Attending a round is no chairing it.
		{text: "Peru attended the third round of the Lima peace talks.",
			not:       []string{fact("Peru", graph.Brokered, "Lima peace talks")},
			companion: "Peru closed the third round of the Lima peace talks.",
			want:      []string{fact("Peru", graph.Brokered, "Lima peace talks")}},
	})
}

// TestPartyToDeal checks a side said to be a party to a deal: it signed
// it; one urging the parties to it signed nothing.
func TestPartyToDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Bolivia is a party to the Tacna treaty.",
			want: []string{fact("Bolivia", graph.Signed, "Tacna treaty")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Bolivia urged the parties to the Tacna treaty to respect it.",
			not:       []string{fact("Bolivia", graph.Signed, "Tacna treaty")},
			companion: "Bolivia became a party to the Tacna treaty in 2001.",
			want:      []string{fact("Bolivia", graph.Signed, "Tacna treaty")}},
		{text: "Bolivia is not a party to the Tacna treaty.",
			not:       []string{fact("Bolivia", graph.Signed, "Tacna treaty")},
			companion: "Bolivia is a party to the Tacna treaty.",
			want:      []string{fact("Bolivia", graph.Signed, "Tacna treaty")}},
	})
}

// Signers after "signed" and a time or place, and the broker of the talks
// after which a deal was signed or reached, who brokered the deal.
func TestSignedAfterTalks(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Arica accord, signed in 1999 by Chile and Peru, ended the dispute.",
			want: []string{fact("Chile", graph.Signed, "Arica accord"), fact("Peru", graph.Signed, "Arica accord")}},
		{text: "The Arica accord, signed in 1999 by Chile and Peru after talks brokered by Norway, ended the dispute.",
			want: []string{fact("Peru", graph.Signed, "Arica accord"), fact("Norway", graph.Brokered, "Arica accord")}},
		{text: "The Arica accord, reached in 1999 after long negotiations led by Norway, ended the dispute.",
			want: []string{fact("Norway", graph.Brokered, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Arica accord, reached in 1999 after talks that Norway had opposed, ended the dispute.",
			not:       []string{fact("Norway", graph.Brokered, "Arica accord")},
			companion: "The Arica accord, reached in 1999 after talks hosted by Norway, ended the dispute.",
			want:      []string{fact("Norway", graph.Brokered, "Arica accord")}},
	})
}

// "so-called" before a deal's name is no part of it, and the patterns read
// through it as through "the".
func TestSoCalledDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed the so-called Arica Accords in 1999.",
			want: []string{fact("Chile", graph.Signed, "Arica Accords"), fact("Peru", graph.Signed, "Arica Accords")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru signed the so-called Arica Accords in 1999.",
			not:       []string{fact("Chile", graph.Signed, "so-called Arica Accords")},
			companion: "Chile and Peru signed the Arica Accords in 1999.",
			want:      []string{fact("Chile", graph.Signed, "Arica Accords")}},
	})
}

// The broker of a deal after its other side ("a deal with B, brokered by
// C") or its two sides ("the truce between A and B, mediated by C").
func TestBrokeredAfterSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile said it had reached the Arica accord with Peru, brokered by Norway, to reopen the border.",
			want: []string{fact("Norway", graph.Brokered, "Arica accord")}},
		{text: "The Arica truce between Chile and Peru, mediated by Norway, held for a week.",
			want: []string{fact("Norway", graph.Brokered, "Arica truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile said it had reached the Arica accord with Peru, backed by Norway, to reopen the border.",
			not:       []string{fact("Norway", graph.Brokered, "Arica accord")},
			companion: "Chile said it had reached the Arica accord with Peru, brokered by Norway, to reopen the border.",
			want:      []string{fact("Norway", graph.Brokered, "Arica accord")}},
		{text: "Chile said it had reached the Arica accord with Peru, brokered by Norway, to reopen the border.",
			not:       []string{fact("Peru", graph.Brokered, "Arica accord")},
			companion: "Chile said it had reached the Arica accord with Peru, brokered by Norway, to reopen the border.",
			want:      []string{fact("Norway", graph.Brokered, "Arica accord")}},
	})
}

// A plan is a deal when its broker or its points say which, not its
// author's name alone;
// the signers stand before the broker glued to its name.
func TestPlansAndGluedBrokers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru accept Norwegian-brokered peace plan",
			want: []string{fact("Chile", graph.Signed, "Norwegian-brokered peace plan"), fact("Norway", graph.Brokered, "Norwegian-brokered peace plan")}},
		{text: "President Ana Lotvar has accepted a six-point plan to end the fighting.",
			want: []string{fact("Ana Lotvar", graph.Signed, "six-point plan")}},
		{text: "Chile and Peru signed the Qatari-mediated Arica truce on Monday.",
			// The truce's own name says which: the broker is no part
			// of it ("the UN-brokered Skhirat agreement").
			want: []string{fact("Peru", graph.Signed, "Arica truce"), fact("Qatar", graph.Brokered, "Arica truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chilean advisers helped the Peruvian army plan the offensive.",
			not:       []string{fact("Chile", graph.Supports, "Peruvian army plan")},
			companion: "President Ana Lotvar has accepted a six-point plan to end the fighting.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "six-point plan")}},
		{text: "President Ana Lotvar has accepted the Peru plan to end the fighting.",
			not:       []string{fact("Ana Lotvar", graph.Signed, "Peru plan")},
			companion: "President Ana Lotvar has accepted a six-point plan to end the fighting.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "six-point plan")}},
		{text: "President Ana Lotvar has accepted a plan to end the fighting.",
			not:       []string{fact("Ana Lotvar", graph.Signed, "plan")},
			companion: "President Ana Lotvar has accepted a six-point plan to end the fighting.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "six-point plan")}},
	})
}

// Only states and bodies are guarantor states: a leader who attends a
// summit of the guarantor states brokers nothing by it.
func TestGuarantorStatesAreStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru, the guarantor states of the Arica process, met in Lima.",
			want: []string{fact("Chile", graph.Brokered, "Arica process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ana Lotvar attended a summit of the guarantor states of the Arica process in Lima.",
			not:       []string{fact("Ana Lotvar", graph.Brokered, "Arica process")},
			companion: "Chile and Peru, the guarantor states of the Arica process, met in Lima.",
			want:      []string{fact("Peru", graph.Brokered, "Arica process")}},
	})
}

// Ratifying a deal by law is signing it; a law about something else is not.
func TestRatifyingLaw(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "President Ana Lotvar signed a law ratifying the Arica accord on Friday.",
			want: []string{fact("Ana Lotvar", graph.Signed, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "President Ana Lotvar signed a law suspending the Arica accord on Friday.",
			not:       []string{fact("Ana Lotvar", graph.Signed, "Arica accord")},
			companion: "President Ana Lotvar signed a law ratifying the Arica accord on Friday.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "Arica accord")}},
	})
}

// A deal's participle after a short phrase names its signatories and its
// broker: "the accord, signed in Quito by A and B", "the memorandum on the
// border, signed by A and B", "the truce, mediated last year by X".
func TestDealParticipleAfterPhrase(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lima accord, signed in Quito by Ghana and Togo, ended the dispute.",
			want: []string{fact("Ghana", graph.Signed, "Lima accord"), fact("Togo", graph.Signed, "Lima accord")}},
		{text: "The Tarn memorandum on the border, signed by Ghana and Togo in 2019, set up patrols.",
			want: []string{fact("Ghana", graph.Signed, "Tarn memorandum"), fact("Togo", graph.Signed, "Tarn memorandum")}},
		{text: "The Tarn truce, mediated last year by the Lake Mission, collapsed.",
			want: []string{fact("Lake Mission", graph.Brokered, "Tarn truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lima accord, signed in Quito, was praised by Ghana and Togo.",
			not:       []string{fact("Ghana", graph.Signed, "Lima accord")},
			companion: "The Lima accord, signed in Quito by Ghana and Togo, ended the dispute.",
			want:      []string{fact("Ghana", graph.Signed, "Lima accord")}},
		{text: "The Tarn truce, mediated last year, was welcomed by the Lake Mission.",
			not:       []string{fact("Lake Mission", graph.Brokered, "Tarn truce")},
			companion: "The Tarn truce, mediated last year by the Lake Mission, collapsed.",
			want:      []string{fact("Lake Mission", graph.Brokered, "Tarn truce")}},
	})
}

// A deal whose kind is military or security cooperation, signed by two
// sides, makes them cooperate; a refusal to sign it or a deal on trade
// does not.
func TestCooperationDealSigned(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo signed a military cooperation agreement in Accra on Wednesday.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana and Togo refused to sign a military cooperation agreement.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo signed a military cooperation agreement in Accra on Wednesday.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Ghana and Togo signed a trade cooperation agreement.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Ghana and Togo signed a military cooperation agreement in Accra on Wednesday.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
	})
}

// TestGuarantorsNamedWithDeal checks the guarantors or mediators of a deal
// named beside it in any order, also when the guarantor noun reads as a
// reference back to a group ("the guarantor states"): the members are the
// names the sentence gives, never the group the reference guessed.
func TestGuarantorsNamedWithDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Envoys met on the sidelines of the Lima peace process, whose guarantor states are Ghana, Chile and Norway.",
			want: []string{fact("Ghana", graph.Brokered, "Lima peace process"), fact("Chile", graph.Brokered, "Lima peace process"), fact("Norway", graph.Brokered, "Lima peace process")}},
		{text: "The minister prepared the next round of the Lima peace process, of which Ghana and Norway are guarantors.",
			want: []string{fact("Ghana", graph.Brokered, "Lima peace process"), fact("Norway", graph.Brokered, "Lima peace process")}},
		{text: "The third round of the Lima peace talks closed on Monday, with the guarantor countries Ghana and Norway pledging to meet again.",
			want: []string{fact("Ghana", graph.Brokered, "Lima peace talks"), fact("Norway", graph.Brokered, "Lima peace talks")}},
		{text: "The mediators of the Quito ceasefire, Qatar and Egypt, called on both sides to hold fire.",
			want: []string{fact("Qatar", graph.Brokered, "Quito ceasefire"), fact("Egypt", graph.Brokered, "Quito ceasefire")}},
		// The guarantors as the subject of a verb of role: "act as".
		{text: "Envoys praised the Lima peace process, in which Ghana, Chile and Norway act as guarantors.",
			want: []string{fact("Ghana", graph.Brokered, "Lima peace process"), fact("Chile", graph.Brokered, "Lima peace process"), fact("Norway", graph.Brokered, "Lima peace process")}},
		{text: "The Quito ceasefire, in which Qatar and Egypt have long served as mediators, held on Sunday.",
			want: []string{fact("Qatar", graph.Brokered, "Quito ceasefire"), fact("Egypt", graph.Brokered, "Quito ceasefire")}},
		// A format named by how many sides it seats, with its
		// mediators listed in it.
		{text: "Talks in the 3+2 format, which seats Ghana and Togo as the parties and Norway and Chile as mediators, stalled in May.",
			want: []string{fact("Norway", graph.Brokered, "3+2 format"), fact("Chile", graph.Brokered, "3+2 format")},
			not:  []string{fact("Ghana", graph.Brokered, "3+2 format")}},
	})
	checkNegatives(t, []negativeCase{
		// Guarantors the sentence does not name are no one this
		// reading trusts, even where a reference would guess them.
		{text: "Ghana, Chile and Norway met in Accra. The guarantor states of the Lima peace process will meet again in May.",
			not:       []string{fact("Ghana", graph.Brokered, "Lima peace process")},
			companion: "Ghana, Chile and Norway met in Accra. The guarantor states of the Lima peace process, Ghana, Chile and Norway, will meet again in May.",
			want:      []string{fact("Ghana", graph.Brokered, "Lima peace process")}},
		// A role that is not a guarantor's, and a guarantor in doubt.
		{text: "Envoys praised the Lima peace process, in which Ghana acted as host and Norway as observer.",
			not:       []string{fact("Ghana", graph.Brokered, "Lima peace process"), fact("Norway", graph.Brokered, "Lima peace process")},
			companion: "Envoys praised the Lima peace process, in which Ghana and Norway acted as guarantors.",
			want:      []string{fact("Ghana", graph.Brokered, "Lima peace process"), fact("Norway", graph.Brokered, "Lima peace process")}},
		{text: "Envoys praised the Lima peace process, in which Ghana may reportedly act as guarantor.",
			not:       []string{fact("Ghana", graph.Brokered, "Lima peace process")},
			companion: "Envoys praised the Lima peace process, in which Ghana acts as guarantor.",
			want:      []string{fact("Ghana", graph.Brokered, "Lima peace process")}},
		// Two deals in the sentence: the guarantors' one is not said.
		{text: "The guarantor countries Ghana and Norway discussed the Quito ceasefire and the Lima peace process.",
			not:       []string{fact("Ghana", graph.Brokered, "Quito ceasefire"), fact("Ghana", graph.Brokered, "Lima peace process")},
			companion: "The guarantor countries Ghana and Norway discussed the Quito ceasefire.",
			want:      []string{fact("Ghana", graph.Brokered, "Quito ceasefire")}},
	})
}

// TestDealReferredBackAsDocument checks "the document" and "the text" that
// its signers signed somewhere: the deal last named, whatever place
// follows ("in Accra" says where it was signed, not which deal).
func TestDealReferredBackAsDocument(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo signed a border memorandum on Monday. Foreign Minister Ana Lotvar and Foreign Minister Kofi Dabre signed the document in Accra.",
			want: []string{fact("Ana Lotvar", graph.Signed, "border memorandum"), fact("Kofi Dabre", graph.Signed, "border memorandum")}},
		{text: "Chile and Peru reached a fisheries accord on Friday. Interior Minister Tomas Vell signed the text on behalf of the Chilean government.",
			want: []string{fact("Tomas Vell", graph.Signed, "fisheries accord")}},
	})
	checkNegatives(t, []negativeCase{
		// With no deal named before, a document is no deal.
		{text: "Ghana and Togo held talks on Monday. Foreign Minister Ana Lotvar and Foreign Minister Kofi Dabre signed the document in Accra.",
			not:       []string{fact("Ana Lotvar", graph.Signed, "document")},
			companion: "Ghana and Togo signed a border memorandum on Monday. Foreign Minister Ana Lotvar and Foreign Minister Kofi Dabre signed the document in Accra.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "border memorandum")}},
	})
}

// TestHeadlineDealAfterPossessive checks a headline that drops the
// determiners: the verb after a possessive subject ends the deal's name
// ("Ghana's government signs Tarn deal" names the Tarn deal), where a
// possessive right before the deal's words is its owner's.
func TestHeadlineDealAfterPossessive(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana's military government signs Tarn deal with rebel groups\n\nThe Ghanaian junta and twenty armed groups signed a peace agreement on Monday. Interior Minister Kofi Dabre signed the text on behalf of the junta.",
			want: []string{fact("Ghana's military government", graph.Signed, "Tarn deal"), fact("Kofi Dabre", graph.Signed, "Tarn deal")},
			not:  []string{fact("Kofi Dabre", graph.Signed, "military government signs Tarn deal")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana's border deal with Togo expired in May.",
			not:       []string{fact("Ghana", graph.Signed, "deal")},
			companion: "Ghana's border deal with Togo expired in May. Ghana signed the border deal in 2019.",
			want:      []string{fact("Ghana", graph.Signed, "border deal")}},
	})
}

// TestDealReachedBetweenSides checks the sides a deal was reached between
// or with, after its participle in any tense.
func TestDealReachedBetweenSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Troops stayed under the Arica accord reached between Lima and Santiago to end the dispute.",
			want: []string{fact("Peru", graph.Signed, "Arica accord"), fact("Chile", graph.Signed, "Arica accord")}},
		{text: "The Tarn truce, agreed in May between Ghana and Togo, held for a week.",
			want: []string{fact("Ghana", graph.Signed, "Tarn truce"), fact("Togo", graph.Signed, "Tarn truce")}},
		{text: "The army withdrew under the Tarn accord, which was negotiated with the Lake Front in May.",
			want: []string{fact("Lake Front", graph.Signed, "Tarn accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Tarn truce was never agreed between Ghana and Togo.",
			not:       []string{fact("Ghana", graph.Signed, "Tarn truce")},
			companion: "The Tarn truce was agreed between Ghana and Togo.",
			want:      []string{fact("Ghana", graph.Signed, "Tarn truce")}},
	})
}

// TestGuarantorsReferredBack checks "the guarantors" after a sentence that
// named a deal's guarantors: they are those guarantors, not the last
// states the article listed.
func TestGuarantorsReferredBack(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lima peace talks closed on Monday, with the guarantor countries Ghana, Norway and Chile pledging to meet again. Envoys of Peru, Bolivia and Ecuador attended as observers. The three guarantors later said they would continue to cooperate.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Norway")},
			not:  []string{fact("Peru", graph.CooperatesWith, "Bolivia")}},
	})
	checkNegatives(t, []negativeCase{
		// With no guarantors named, the reference keeps to the last group.
		{text: "The Lima peace talks closed on Monday. Envoys of Peru, Bolivia and Ecuador attended as observers. The three guarantors later said they would continue to cooperate.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Norway")},
			companion: "The Lima peace talks closed on Monday, with the guarantor countries Ghana, Norway and Chile pledging to meet again. Envoys of Peru, Bolivia and Ecuador attended as observers. The three guarantors later said they would continue to cooperate.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Norway")}},
	})
}

// TestTruceNamedBySides checks a deal no word names, named by its two
// sides after "between" (with their articles), and a deal named by its
// month; the broker before it brokered it.
func TestTruceNamedBySides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Norway's foreign minister said Oslo had mediated a ceasefire between the United States and the Lake Front, under which attacks would stop.",
			want: []string{fact("Norway", graph.Brokered, "ceasefire between the United States and the Lake Front")}},
		{text: "US envoy Tomas Vell, who helped broker the November truce between Ghana and Togo, flew to Accra.",
			want: []string{fact("Tomas Vell", graph.Brokered, "November truce"), fact("Ghana", graph.Signed, "November truce")}},
	})
	checkNegatives(t, []negativeCase{
		// An adjective after "between the" is no side.
		{text: "The humanitarian truce between Ghana and the Togolese resistance movement Lake Front was extended.",
			not:       []string{fact("Togo", graph.Signed, "humanitarian truce")},
			companion: "The humanitarian truce between Ghana and the Lake Front was extended.",
			want:      []string{fact("Lake Front", graph.Signed, "humanitarian truce")}},
	})
}

// TestSigningVerbFamily checks the verbs of signing beyond "signed": a
// declaration adopted, an accord inked or countersigned, active, passive
// and in a relative clause, for every member of a list.
func TestSigningVerbFamily(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Bolivia adopted a joint declaration on water sharing in Quito.",
			want: []string{
				fact("Chile", graph.Signed, "joint declaration on water sharing"),
				fact("Peru", graph.Signed, "joint declaration on water sharing"),
				fact("Bolivia", graph.Signed, "joint declaration on water sharing"),
			}},
		{text: "Kenya inked the Turkana accord on Friday.",
			want: []string{fact("Kenya", graph.Signed, "Turkana accord")}},
		{text: "The Arica memorandum, countersigned by Chile and Peru in May, reopened the border.",
			want: []string{fact("Chile", graph.Signed, "Arica memorandum"), fact("Peru", graph.Signed, "Arica memorandum")}},
		{text: "Peru rejected the Tarn accord that Chile and Bolivia inked in May.",
			want: []string{fact("Chile", graph.Signed, "Tarn accord"), fact("Bolivia", graph.Signed, "Tarn accord")}},
	})
	checkNegatives(t, []negativeCase{
		// Adopting a stance on a deal is not adopting the deal.
		{text: "Chile adopted a tough stance on the Tarn accord.",
			not:       []string{fact("Chile", graph.Signed, "Tarn accord")},
			companion: "Chile adopted the Tarn accord.",
			want:      []string{fact("Chile", graph.Signed, "Tarn accord")}},
		// A relative clause of another verb signs nothing.
		{text: "Peru rejected the Tarn accord that Chile and Bolivia opposed in May.",
			not:       []string{fact("Chile", graph.Signed, "Tarn accord")},
			companion: "Peru rejected the Tarn accord that Chile and Bolivia inked in May.",
			want:      []string{fact("Chile", graph.Signed, "Tarn accord")}},
	})
}

// TestAgreedToBrokeredDeal checks the sides that agree to a deal whose
// broker is glued to its name, in a headline and in a sentence.
func TestAgreedToBrokeredDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and the Lake Front agree to Norwegian-brokered truce",
			want: []string{
				fact("Ghana", graph.Signed, "Norwegian-brokered truce"),
				fact("Lake Front", graph.Signed, "Norwegian-brokered truce"),
				fact("Norway", graph.Brokered, "Norwegian-brokered truce"),
			}},
		{text: "Ghana and the Lake Front agreed on Sunday to a Qatari-mediated ceasefire.",
			want: []string{fact("Ghana", graph.Signed, "Qatari-mediated ceasefire"), fact("Lake Front", graph.Signed, "Qatari-mediated ceasefire")}},
	})
	checkNegatives(t, []negativeCase{
		// Agreeing to discuss a deal is not agreeing to it.
		{text: "Ghana and the Lake Front agreed on Sunday to discuss a Qatari-mediated ceasefire.",
			not:       []string{fact("Ghana", graph.Signed, "Qatari-mediated ceasefire")},
			companion: "Ghana and the Lake Front agreed on Sunday to a Qatari-mediated ceasefire.",
			want:      []string{fact("Ghana", graph.Signed, "Qatari-mediated ceasefire")}},
	})
}

// TestBrokersInRelativesAndAlongside checks brokers named in a relative
// clause by the verbs of facilitating and hosting, and a co-broker named
// after "alongside".
func TestBrokersInRelativesAndAlongside(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Officials said the Quito peace talks that Norway and Cuba have facilitated since May had stalled.",
			want: []string{fact("Norway", graph.Brokered, "Quito peace talks"), fact("Cuba", graph.Brokered, "Quito peace talks")}},
		{text: "President Tomas Vell, who helped mediate the Tarn truce alongside Norway, flew to Accra.",
			want: []string{fact("Tomas Vell", graph.Brokered, "Tarn truce"), fact("Norway", graph.Brokered, "Tarn truce")}},
	})
	checkNegatives(t, []negativeCase{
		// "with" after the deal may name a side, not a co-broker.
		{text: "President Tomas Vell, who helped mediate the Tarn truce with Norway, flew to Accra.",
			not:       []string{fact("Norway", graph.Brokered, "Tarn truce")},
			companion: "President Tomas Vell, who helped mediate the Tarn truce alongside Norway, flew to Accra.",
			want:      []string{fact("Norway", graph.Brokered, "Tarn truce")}},
		{text: "Officials said the Quito peace talks that Norway and Cuba have criticised since May had stalled.",
			not:       []string{fact("Norway", graph.Brokered, "Quito peace talks")},
			companion: "Officials said the Quito peace talks that Norway and Cuba have facilitated since May had stalled.",
			want:      []string{fact("Norway", graph.Brokered, "Quito peace talks")}},
	})
}

// TestUnrealDeal checks that a deal not yet made ("a future deal", "an
// eventual accord") is no agreement anyone signed or brokered.
func TestUnrealDeal(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ghana, Togo and Benin said they were ready to act as guarantors of a future deal between Niger and the Lake Front.",
			not:       []string{fact("Ghana", graph.Brokered, "future deal"), fact("Niger", graph.Signed, "future deal")},
			companion: "Ghana, Togo and Benin said they were ready to act as guarantors of the Lome deal between Niger and the Lake Front.",
			want:      []string{fact("Ghana", graph.Brokered, "Lome deal"), fact("Niger", graph.Signed, "Lome deal")}},
		{text: "Norway said it would help broker an eventual accord between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "eventual accord")},
			companion: "Norway said it had helped broker the Arica accord between Chile and Peru.",
			want:      []string{fact("Norway", graph.Brokered, "Arica accord"), fact("Chile", graph.Signed, "Arica accord")}},
	})
}

// TestQuotedDealName checks a deal's name in quotes after its verb, in a
// headline and after a determiner.
func TestQuotedDealName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana, Togo, Benin adopt 'Lome Declaration' on trade",
			want: []string{fact("Ghana", graph.Signed, "Lome Declaration"), fact("Benin", graph.Signed, "Lome Declaration")}},
		{text: "Ghana and Togo signed the \"Lome Declaration\" on Monday.",
			want: []string{fact("Ghana", graph.Signed, "Lome Declaration"), fact("Togo", graph.Signed, "Lome Declaration")}},
	})
	checkNegatives(t, []negativeCase{
		// Quotes around a truce that qualifies another deal's noun.
		{text: "Chile and Peru sign 'permanent ceasefire' declaration in Lima",
			not:       []string{fact("Chile", graph.Signed, "permanent ceasefire")},
			companion: "Chile and Peru sign 'permanent ceasefire' in Lima",
			want:      []string{fact("Chile", graph.Signed, "permanent ceasefire")}},
	})
}

// TestDutyUnderDeal checks a side that takes on a duty under a deal as a
// party to it.
func TestDutyUnderDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Under the Tarn accord, the Lake Front agreed to hand over its heavy weapons.",
			want: []string{fact("Lake Front", graph.Signed, "Tarn accord")}},
		{text: "Under the Lima truce, Chile and Peru pledged to pull back their troops.",
			want: []string{fact("Chile", graph.Signed, "Lima truce"), fact("Peru", graph.Signed, "Lima truce")}},
	})
	checkNegatives(t, []negativeCase{
		// A duty the text states without anyone taking it on.
		{text: "Under the Tarn accord, the Lake Front is to hand over its heavy weapons.",
			not:       []string{fact("Lake Front", graph.Signed, "Tarn accord")},
			companion: "Under the Tarn accord, the Lake Front agreed to hand over its heavy weapons.",
			want:      []string{fact("Lake Front", graph.Signed, "Tarn accord")}},
		{text: "Under the Tarn accord, the Lake Front did not agree to hand over its heavy weapons.",
			not:       []string{fact("Lake Front", graph.Signed, "Tarn accord")},
			companion: "Under the Tarn accord, the Lake Front agreed to hand over its heavy weapons.",
			want:      []string{fact("Lake Front", graph.Signed, "Tarn accord")}},
	})
}

// TestBrokerAfterAppositiveNoun checks a broker named after a noun in
// apposition to the deal: "the X Initiative, the arrangement brokered by A
// and B", "the X process, the talks that A and B have facilitated".
func TestBrokerAfterAppositiveNoun(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru left the Lake Grain Initiative, the year-old arrangement brokered by Chile and the United Nations.",
			want: []string{fact("Chile", graph.Brokered, "Lake Grain Initiative"), fact("United Nations", graph.Brokered, "Lake Grain Initiative")}},
		{text: "The plan endorses the Tarn process, the talks that Chile and Peru have facilitated since May.",
			want: []string{fact("Chile", graph.Brokered, "Tarn process"), fact("Peru", graph.Brokered, "Tarn process")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Peru left the Lake Grain Initiative, the year-old arrangement criticised by Chile and the United Nations.",
			not:       []string{fact("Chile", graph.Brokered, "Lake Grain Initiative")},
			companion: "Peru left the Lake Grain Initiative, the year-old arrangement brokered by Chile and the United Nations.",
			want:      []string{fact("Chile", graph.Brokered, "Lake Grain Initiative")}},
		// Another arrangement the deal replaced is no apposition.
		{text: "Peru left the Lake Grain Initiative, which replaced an earlier arrangement brokered by Chile.",
			not:       []string{fact("Chile", graph.Brokered, "Lake Grain Initiative")},
			companion: "Peru left the Lake Grain Initiative, the year-old arrangement brokered by Chile.",
			want:      []string{fact("Chile", graph.Brokered, "Lake Grain Initiative")}},
	})
}

// TestDealNamedByCompoundModifiers checks a deal named by a compound of
// common nouns, one of which starts no name when capitalised: "a defence
// cooperation protocol", "the security cooperation accord".
func TestDealNamedByCompoundModifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile signed a defence cooperation protocol with Peru on Friday.",
			want: []string{fact("Chile", graph.Signed, "defence cooperation protocol"), fact("Peru", graph.Signed, "defence cooperation protocol")}},
		{text: "The memorandum follows a defence cooperation protocol that Kenya and Uganda signed in Kampala last month.",
			want: []string{fact("Kenya", graph.Signed, "defence cooperation protocol"), fact("Uganda", graph.Signed, "defence cooperation protocol")}},
	})
	checkNegatives(t, []negativeCase{
		// A kind of pact alone before the noun stays the kind the
		// alliance patterns read.
		{text: "Ghana and Togo signed a defence agreement on Tuesday.",
			not:       []string{fact("Ghana", graph.Signed, "defence agreement")},
			companion: "Ghana and Togo signed a defence cooperation agreement on Tuesday.",
			want:      []string{fact("Ghana", graph.Signed, "defence cooperation agreement")}},
	})
}

// TestDealKeptNotSought checks that a deal after "to" and a verb of keeping
// it is a deal made, not one sought.
func TestDealKeptNotSought(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Quito again called on Lima to honour the Chile-mediated ceasefire agreement.",
			want: []string{fact("Chile", graph.Brokered, "Chile-mediated ceasefire agreement")}},
		{text: "The envoy urged both armies to respect the Norwegian-brokered truce.",
			want: []string{fact("Norway", graph.Brokered, "Norwegian-brokered truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Quito again called on Lima to negotiate a Chile-mediated ceasefire agreement.",
			not:       []string{fact("Chile", graph.Brokered, "Chile-mediated ceasefire agreement")},
			companion: "Quito again called on Lima to implement the Chile-mediated ceasefire agreement.",
			want:      []string{fact("Chile", graph.Brokered, "Chile-mediated ceasefire agreement")}},
	})
}

// TestCaptiveExchange checks an exchange of captives read as a deal, and
// the deals of earlier years a clause tells as history.
func TestCaptiveExchange(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "March 3, 2021\n\nThe prisoner swap was agreed last month during talks co-chaired by the United Nations and Norway.",
			want: []string{fact("United Nations", graph.Brokered, "prisoner swap"), fact("Norway", graph.Brokered, "prisoner swap")}},
		{text: "March 3, 2021\n\nThe exchange of detainees between Chile and Bolivia, brokered by Peru, began on Monday.",
			want: []string{fact("Peru", graph.Brokered, "exchange of detainees")}},
		{text: "March 3, 2021\n\nThe Arica truce was reached at a meeting hosted by Norway in Oslo.",
			want: []string{fact("Norway", graph.Brokered, "Arica truce")}},
	})
	checkNegatives(t, []negativeCase{
		// An exchange of fire is no deal.
		{text: "March 3, 2021\n\nThe exchange of fire, mediated by Peru, ended on Monday.",
			not:       []string{fact("Peru", graph.Brokered, "exchange of fire")},
			companion: "March 3, 2021\n\nThe exchange of hostages, mediated by Peru, ended on Monday.",
			want:      []string{fact("Peru", graph.Brokered, "exchange of hostages")}},
		// A clause dated to an earlier year tells of a deal of the past.
		{text: "March 3, 2021\n\nHe was freed in 2008 as part of a prisoner exchange between Chile and Bolivia.",
			not:       []string{fact("Chile", graph.Signed, "prisoner exchange")},
			companion: "March 3, 2021\n\nHe was freed last week as part of a prisoner exchange between Chile and Bolivia.",
			want:      []string{fact("Chile", graph.Signed, "prisoner exchange")}},
		// A deal its participle dates to an earlier year is not the one
		// a later "deal" names.
		{text: "March 3, 2021\n\nPrisoners were freed under a deal struck during talks co-chaired by Norway. The deal builds on the Arica Agreement, reached in Chile in December 2018.",
			not:       []string{fact("Norway", graph.Brokered, "Arica Agreement")},
			companion: "March 3, 2021\n\nPrisoners were freed under a deal struck during talks co-chaired by Norway. The deal builds on the Arica Agreement.",
			want:      []string{fact("Norway", graph.Brokered, "Arica Agreement")}},
	})
}

// TestDealFinalized checks signing told by a deal made final or inked.
func TestDealFinalized(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru on Thursday finalized the Arica accord on their sea border.",
			want: []string{fact("Chile", graph.Signed, "Arica accord"), fact("Peru", graph.Signed, "Arica accord")}},
		{text: "Kenya and Uganda have finalised a Norwegian-brokered agreement setting their border.",
			want: []string{fact("Kenya", graph.Signed, "Norwegian-brokered agreement"), fact("Norway", graph.Brokered, "Norwegian-brokered agreement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru have not finalized the Arica accord.",
			not:       []string{fact("Chile", graph.Signed, "Arica accord")},
			companion: "Chile and Peru have finalized the Arica accord.",
			want:      []string{fact("Chile", graph.Signed, "Arica accord")}},
	})
}

// TestBrokerNamedWithDescription checks brokers after "brokered by" with a
// short description before each name, and a deal judged by a compound that
// is no part of its name.
func TestBrokerNamedWithDescription(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Buses left the towns under a long-delayed swap deal brokered by rebel backer Peru and army ally Chile.",
			want: []string{fact("Peru", graph.Brokered, "swap deal"), fact("Chile", graph.Brokered, "swap deal")},
			not:  []string{fact("Peru", graph.Brokered, "long-delayed swap deal")}},
		{text: "The hard-won border accord, mediated by regional heavyweight Kenya, held through the week.",
			want: []string{fact("Kenya", graph.Brokered, "border accord")}},
	})
	checkNegatives(t, []negativeCase{
		// A person named after the description is no broker this
		// reading trusts.
		{text: "The border accord, mediated by regional envoy Tomas Ferro, held through the week.",
			not:       []string{fact("Tomas Ferro", graph.Brokered, "border accord")},
			companion: "The border accord, mediated by regional heavyweight Kenya, held through the week.",
			want:      []string{fact("Kenya", graph.Brokered, "border accord")}},
	})
}

// TestDealTitleWords checks titles with a word that starts no name of its
// own ("First") or an "and" between their capitalised words, and a deal
// its broker describes that the title later names.
func TestDealTitleWords(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru on Friday initialled the First Agreement on Border Crossings.",
			want: []string{fact("Chile", graph.Signed, "First Agreement on Border Crossings")}},
		{text: "Kenya and Uganda signed the Peace and Friendship Treaty in Kampala.",
			want: []string{fact("Kenya", graph.Signed, "Peace and Friendship Treaty")}},
		{text: "April 3, 2013\n\nChile and Peru have initialled an EU-brokered agreement on their border. The First Agreement on Border Crossings is a step forward, the envoy said. The EU will open talks on a Transit and Association Agreement with Peru.",
			want: []string{fact("Chile", graph.Signed, "First Agreement on Border Crossings"), fact("European Union", graph.Brokered, "First Agreement on Border Crossings")}},
	})
	checkNegatives(t, []negativeCase{
		// A day before a title is no part of it.
		{text: "Chile and Peru signed on Monday Agreement papers in Lima.",
			not:       []string{fact("Chile", graph.Signed, "Monday Agreement")},
			companion: "Chile and Peru signed the First Agreement on Border Crossings in Lima.",
			want:      []string{fact("Chile", graph.Signed, "First Agreement on Border Crossings")}},
	})
}

// TestSignedCopyOfDeal checks a side that signs its own copy of a deal.
func TestSignedCopyOfDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile signed its copy of the Arica accord on Monday.",
			want: []string{fact("Chile", graph.Signed, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile read out its copy of the Arica accord on Monday.",
			not:       []string{fact("Chile", graph.Signed, "Arica accord")},
			companion: "Chile signed the Peruvian copy of the Arica accord on Monday.",
			want:      []string{fact("Chile", graph.Signed, "Arica accord")}},
	})
}

// TestCessationOfHostilities checks a truce told as the end of the
// fighting, judged by a word that is no part of its name, and arranged by
// its brokers.
func TestCessationOfHostilities(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The talks resumed two weeks into a fragile cessation of hostilities arranged by Chile and Peru.",
			want: []string{fact("Chile", graph.Brokered, "cessation of hostilities"), fact("Peru", graph.Brokered, "cessation of hostilities")}},
		{text: "Bolivia and Paraguay signed a cessation of fighting in Asuncion on Monday.",
			want: []string{fact("Bolivia", graph.Signed, "cessation of fighting")}},
	})
	checkNegatives(t, []negativeCase{
		// The end of something other than fighting is no truce.
		{text: "Bolivia and Paraguay signed a cessation of aid in Asuncion on Monday.",
			not:       []string{fact("Bolivia", graph.Signed, "cessation of aid")},
			companion: "Bolivia and Paraguay signed a cessation of hostilities in Asuncion on Monday.",
			want:      []string{fact("Bolivia", graph.Signed, "cessation of hostilities")}},
	})
}

// TestDealToldAgain checks that a deal the article has named keeps its
// facts when a later phrase tells it in other words or names a part of it:
// "the cessation of hostilities" after "the ceasefire", an exchange of
// captives coordinated with the truce it belongs to, and a declaration,
// which no "peace treaty" or "deal" of another sentence names.
func TestDealToldAgain(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "March 3, 2021\n\nChile and Peru agree Arica truce and prisoner exchange, Norway says",
			want: []string{fact("Chile", graph.Signed, "Arica truce"), fact("Peru", graph.Signed, "Arica truce")}},
	})
	checkNegatives(t, []negativeCase{
		// The truce told again as the end of the fighting is the truce.
		{text: "March 3, 2021\n\nThe rebels accepted the terms of the ceasefire on Monday. Observers said the cessation of hostilities arranged by Norway was holding.",
			not:       []string{fact("Norway", graph.Brokered, "cessation of hostilities")},
			companion: "March 3, 2021\n\nObservers said the cessation of hostilities arranged by Norway was holding.",
			want:      []string{fact("Norway", graph.Brokered, "cessation of hostilities")}},
		// An exchange joined to the truce is part of it; alone it is
		// the article's deal.
		{text: "March 3, 2021\n\nChile and Peru agree Arica truce and prisoner exchange, Norway says",
			not:       []string{fact("Chile", graph.Signed, "prisoner exchange")},
			companion: "March 3, 2021\n\nChile and Peru agree prisoner exchange, Norway says",
			want:      []string{fact("Chile", graph.Signed, "prisoner exchange")}},
		// Initialling the treaty's text is no signing of the declaration.
		{text: "March 3, 2021\n\nChile and Peru signed a joint declaration in Lima on Friday. Bolivia and Ecuador initialled the text of the peace treaty.",
			not:       []string{fact("Bolivia", graph.Signed, "joint declaration")},
			companion: "March 3, 2021\n\nChile and Peru signed a joint declaration in Lima on Friday. Bolivia and Ecuador initialled the text of the joint declaration.",
			want:      []string{fact("Bolivia", graph.Signed, "joint declaration")}},
		// A declaration one side reads out is no deal another brokered.
		{text: "March 3, 2021\n\nThe town council read a formal declaration of victory on Monday. A deal mediated by Norway had let the fighters leave.",
			not:       []string{fact("Norway", graph.Brokered, "formal declaration of victory")},
			companion: "March 3, 2021\n\nThe Arica accord was signed on Monday. A deal mediated by Norway had let the fighters leave.",
			want:      []string{fact("Norway", graph.Brokered, "Arica accord")}},
	})
}

// TestDatedAccordStillBinds checks that a year before an accord dates the
// clause, not the accord: an accord made earlier still binds its sides,
// while an exchange dated so is over (see TestCaptiveExchange).
func TestDatedAccordStillBinds(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "March 3, 2021\n\nQuito recalled its envoy in 2019 over the fishing accord between Chile and Peru.",
			want: []string{fact("Chile", graph.Signed, "accord between Chile and Peru"), fact("Peru", graph.Signed, "accord between Chile and Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "March 3, 2021\n\nQuito recalled its envoy in 2019 over the prisoner exchange between Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "prisoner exchange")},
			companion: "March 3, 2021\n\nQuito recalled its envoy last week over the prisoner exchange between Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "prisoner exchange")}},
	})
}

// TestSignedStatement checks a statement that its authors sign, which is a
// deal between them, and the statements that are none: one issued, one
// no word makes joint, one in apposition to a deal it names.
func TestSignedStatement(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru signed a joint statement on Tuesday in Lima.",
			want: []string{fact("Chile", graph.Signed, "joint statement"), fact("Peru", graph.Signed, "joint statement")}},
		{text: "The border war ended with a trilateral statement signed by Chile, Peru and Bolivia.",
			want: []string{fact("Chile", graph.Signed, "trilateral statement"), fact("Bolivia", graph.Signed, "trilateral statement")}},
		{text: "Under the Lima Declaration, a joint statement signed by Chile and Peru, the two reopen their border.",
			want: []string{fact("Chile", graph.Signed, "Lima Declaration"), fact("Peru", graph.Signed, "Lima Declaration")},
			not:  []string{fact("Chile", graph.Signed, "joint statement")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru issued a joint statement on Tuesday.",
			not:       []string{fact("Chile", graph.Signed, "joint statement")},
			companion: "Chile and Peru signed a joint statement on Tuesday.",
			want:      []string{fact("Chile", graph.Signed, "joint statement")}},
		// A statement no word makes joint may be a press release: no
		// deal.
		{text: "The Tacna Front said in a brief statement signed by its leader Ana Lotvar that it would fight on.",
			not:       []string{fact("Ana Lotvar", graph.Signed, "brief statement")},
			companion: "The Tacna Front said in a joint statement signed by its leader Ana Lotvar and Peru that it would fight on.",
			want:      []string{fact("Ana Lotvar", graph.Signed, "joint statement")}},
		{text: "The decree came in a statement signed by Chile and Peru.",
			not:       []string{fact("Chile", graph.Signed, "statement")},
			companion: "The decree came in a joint statement signed by Chile and Peru.",
			want:      []string{fact("Chile", graph.Signed, "joint statement")}},
	})
}

// TestDealDatedAfterItsName checks a year after a deal's name ("the Arica
// accord of 2019"): a deal of an earlier year is history, which a generic
// "an agreement" of the report does not name; one of the report's year
// still is.
func TestDealDatedAfterItsName(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "May 4, 2025\n\nChile mediated an agreement on Saturday. The Arica accord of 2025 opens the border.",
			want: []string{fact("Chile", graph.Brokered, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "May 4, 2025\n\nChile mediated an agreement on Saturday. The Arica accord of 2019 was never applied.",
			not:       []string{fact("Chile", graph.Brokered, "Arica accord")},
			companion: "May 4, 2025\n\nChile mediated an agreement on Saturday. The Arica accord was never applied.",
			want:      []string{fact("Chile", graph.Brokered, "Arica accord")}},
		{text: "May 4, 2025\n\nPeru and the Condor Front signed an agreement on Saturday. Earlier accords, including the Arica accord of 2019, failed.",
			not:       []string{fact("Peru", graph.Signed, "Arica accord")},
			companion: "May 4, 2025\n\nPeru and the Condor Front signed an agreement on Saturday. Other accords, including the Arica accord, failed.",
			want:      []string{fact("Peru", graph.Signed, "Arica accord")}},
	})
}

// TestCoordinatedDealModifiers checks adjectives coordinated before a
// deal's noun, which name it together: "an immediate and unconditional
// ceasefire", "a full, durable truce"; not words of a class the lexicon
// knows ("a defence and economic cooperation agreement with X" stays the
// cooperation the patterns read) nor a deal only called for.
func TestCoordinatedDealModifiers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile and Peru agreed on Monday to an immediate and unconditional ceasefire.",
			want: []string{fact("Chile", graph.Signed, "immediate and unconditional ceasefire"), fact("Peru", graph.Signed, "immediate and unconditional ceasefire")}},
		{text: "The Condor Front and Peru accepted a full and durable truce.",
			want: []string{fact("Condor Front", graph.Signed, "full and durable truce"), fact("Peru", graph.Signed, "full and durable truce")}},
		{text: "Chile signed a defence and economic cooperation agreement with Peru.",
			want: []string{fact("Chile", graph.CooperatesWith, "Peru")}},
		{text: "Chile and Peru agreed to a full, durable truce.",
			want: []string{fact("Chile", graph.Signed, "full, durable truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru called for an immediate and unconditional ceasefire.",
			not:       []string{fact("Chile", graph.Signed, "immediate and unconditional ceasefire")},
			companion: "Chile and Peru agreed to an immediate and unconditional ceasefire.",
			want:      []string{fact("Chile", graph.Signed, "immediate and unconditional ceasefire")}},
		{text: "Chile and Peru rejected an immediate and unconditional ceasefire.",
			not:       []string{fact("Chile", graph.Signed, "immediate and unconditional ceasefire")},
			companion: "Chile and Peru accepted an immediate and unconditional ceasefire.",
			want:      []string{fact("Chile", graph.Signed, "immediate and unconditional ceasefire")}},
	})
}

// TestDealNamedMoreFullyLater checks one deal described twice, the second
// time with more words ("an immediate ceasefire", then "a full and
// immediate ceasefire"): one truce, named as fully as the article names
// it. Two fuller names that are no forms of each other are two deals, and
// a fuller name of another kind ("ceasefire talks") is another thing.
func TestDealNamedMoreFullyLater(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "May 1, 2024\n\nChile and Peru agreed to an immediate ceasefire on Monday.\n\nBolivia said both had agreed to a full and immediate ceasefire.",
			want: []string{fact("Chile", graph.Signed, "full and immediate ceasefire"), fact("Peru", graph.Signed, "full and immediate ceasefire")},
			not:  []string{fact("Chile", graph.Signed, "immediate ceasefire")}},
		{text: "May 1, 2024\n\nThe Condor Front accepted a six-month ceasefire.\n\nThe six-month bilateral ceasefire starts on Friday.",
			want: []string{fact("Condor Front", graph.Signed, "six-month bilateral ceasefire")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "May 1, 2024\n\nChile and Peru agreed to an immediate ceasefire.\n\nBolivia hailed a full and immediate ceasefire, and Ecuador a broad and immediate ceasefire.",
			not:       []string{fact("Chile", graph.Signed, "full and immediate ceasefire"), fact("Chile", graph.Signed, "broad and immediate ceasefire")},
			companion: "May 1, 2024\n\nChile and Peru agreed to an immediate ceasefire.\n\nBolivia hailed a full and immediate ceasefire.",
			want:      []string{fact("Chile", graph.Signed, "full and immediate ceasefire")}},
	})
}

// TestMediationAdjunct checks the mediator of a deal named in an adjunct of
// mediation, wherever it stands in the deal's clause: a mediation noun after
// a preposition ("under Nigerian mediation", "under the mediation of X")
// and talks mediated by a side.
func TestMediationAdjunct(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghana and Togo signed the Volta accord in Accra on Monday under Nigerian mediation.",
			want: []string{fact("Nigeria", graph.Brokered, "Volta accord"), fact("Togo", graph.Signed, "Volta accord")},
			not:  []string{fact("Nigeria", graph.Signed, "Volta accord")}},
		{text: "The Volta truce, signed by Ghana and Togo in 2019 under the mediation of the African Union, held for a year.",
			want: []string{fact("African Union", graph.Brokered, "Volta truce")}},
		{text: "Ghana and Togo agreed to the Volta truce after two days of negotiations in Lome that were mediated by Peru and Chile.",
			want: []string{fact("Peru", graph.Brokered, "Volta truce"), fact("Chile", graph.Brokered, "Volta truce")}},
		{text: "Ghana signed the Volta accord with Togo through Chile's mediation.",
			want: []string{fact("Chile", graph.Brokered, "Volta accord")}},
		{text: "Ghana and Togo signed the Volta accord, ending a year of talks facilitated by Kenya.",
			want: []string{fact("Kenya", graph.Brokered, "Volta accord")}},
	})
	checkNegatives(t, []negativeCase{
		// A mediation noun that opens no adjunct says nothing of the deal.
		{text: "Ghana signed the Volta accord with Togo and rejected Nigerian mediation.",
			not:       []string{fact("Nigeria", graph.Brokered, "Volta accord")},
			companion: "Ghana signed the Volta accord with Togo under Nigerian mediation.",
			want:      []string{fact("Nigeria", graph.Brokered, "Volta accord")}},
		// Talks of another clause are not the deal's.
		{text: "Ghana had kept the Volta accord with Togo, but the two eased tensions in talks brokered by Peru.",
			not:       []string{fact("Peru", graph.Brokered, "Volta accord")},
			companion: "Ghana signed the Volta accord with Togo after talks brokered by Peru.",
			want:      []string{fact("Peru", graph.Brokered, "Volta accord")}},
		// A place is no mediator: "talks in Lome".
		{text: "Ghana signed the Volta accord with Togo after talks in Lome under UN auspices.",
			not:       []string{fact("Lome", graph.Brokered, "Volta accord"), fact("Togo", graph.Brokered, "Volta accord")},
			companion: "Ghana signed the Volta accord with Togo after talks in Lome under the auspices of the United Nations.",
			want:      []string{fact("United Nations", graph.Brokered, "Volta accord")}},
		// "after" opens a clause of its own, whose mediation may have
		// failed.
		{text: "After Chilean mediation failed, Peru and Bolivia signed the Lima accord.",
			not:       []string{fact("Chile", graph.Brokered, "Lima accord")},
			companion: "Peru and Bolivia signed the Lima accord under Chilean mediation.",
			want:      []string{fact("Chile", graph.Brokered, "Lima accord")}},
		// A question states no mediation.
		{text: "Did Ghana sign the Volta accord under Nigerian mediation?",
			not:       []string{fact("Nigeria", graph.Brokered, "Volta accord")},
			companion: "Ghana signed the Volta accord under Nigerian mediation.",
			want:      []string{fact("Nigeria", graph.Brokered, "Volta accord")}},
	})
}

// TestTalksBrokers checks the host or mediator of talks as the broker of
// the deal the talks made: the talks named by their noun alone are those
// of the one deal the article has named before them, and a gathering in
// the clause of a deal is the one that made it.
func TestTalksBrokers(t *testing.T) {
	const before = "Chile and Peru signed the Tacna truce on Sunday. "
	checkFacts(t, []factCase{
		{text: before + "The talks were hosted by Brazil.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: before + "The negotiations, held in Lima, were mediated by Brazil.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: before + "Brazil, which hosted the talks, called for calm.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: before + "Brazil, which had hosted and brokered the negotiations, called for calm.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: before + "Peru thanked Brazil and Norway for brokering the talks.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce"), fact("Norway", graph.Brokered, "Tacna truce")}},
		{text: before + "Norway mediated the final talks, the ministry said.",
			want: []string{fact("Norway", graph.Brokered, "Tacna truce")}},
		{text: "The Tacna truce was agreed at a summit chaired by Brazil.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks to come made no deal yet.
		{text: before + "Brazil will host the talks next month.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: before + "Brazil hosted the talks.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		// A deal named only after the talks is not looked for.
		{text: "The talks were hosted by Brazil. Chile and Peru later signed the Tacna truce.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: "Chile and Peru later signed the Tacna truce. The talks were hosted by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		// Two deals: no one can tell which the talks made.
		{text: "Chile and Peru signed the Tacna truce and the Arica accord. The talks were hosted by Brazil.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce"), fact("Brazil", graph.Brokered, "Arica accord")},
			companion: "Chile and Peru signed the Arica accord. The talks were hosted by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Arica accord")}},
		// A conference may be on other things than the deal; in the
		// deal's clause it is the one that made it.
		{text: before + "Brazil hosted the conference on Monday.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: "The Tacna truce was reached at a conference hosted by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		// Talks no article deal came of, and a host of no talks.
		{text: "Brazil hosted the talks on Monday.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: before + "Brazil hosted the talks on Monday.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: before + "Brazil, which hosts the regional bloc, called for calm.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: before + "Brazil, which hosts the negotiations, called for calm.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
	})
}

// TestDealReferenceLinksBack checks that a deal named by its noun alone
// ("the truce", "the declaration") past an article's lead is one the
// article has named before, never one it names only later; a deal brought
// in by "a", "an" may be the one a later sentence names.
func TestDealReferenceLinksBack(t *testing.T) {
	const opening = "Chile and Peru met in Lima on Monday. The ministers talked for hours. "
	checkNegatives(t, []negativeCase{
		{text: opening + "The truce was brokered by Brazil. On Friday Chile and Peru signed the Arica ceasefire.",
			not:       []string{fact("Brazil", graph.Brokered, "Arica ceasefire")},
			companion: opening + "On Friday Chile and Peru signed the Arica ceasefire. The truce was brokered by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Arica ceasefire")}},
		{text: opening + "Bolivia welcomed the declaration. Chile and Peru later signed the Arica accord.",
			not:       []string{fact("Bolivia", graph.Supports, "Arica accord")},
			companion: opening + "Chile and Peru later signed the Arica accord. Bolivia welcomed the declaration.",
			want:      []string{fact("Bolivia", graph.Supports, "Arica accord")}},
	})
	checkFacts(t, []factCase{
		{text: opening + "Chile and Peru signed an agreement on Friday. The Arica accord ends a long dispute over fishing rights.",
			want: []string{fact("Chile", graph.Signed, "Arica accord"), fact("Peru", graph.Signed, "Arica accord")}},
		{text: "Chile and Peru signed a truce on Friday. The Arica ceasefire took effect at once.",
			want: []string{fact("Chile", graph.Signed, "Arica ceasefire")}},
	})
}

// TestByNamesNearestParticiple checks that "by" after a gap names the
// agent of the nearest participle: the host of the talks at which a deal
// was signed brokered it but did not sign it.
func TestByNamesNearestParticiple(t *testing.T) {
	const before = "Chile and Peru agreed the Tacna truce on Sunday. "
	checkFacts(t, []factCase{
		{text: before + "The memorandum signed in Lima on Sunday by Chile and Bolivia held.",
			want: []string{fact("Bolivia", graph.Signed, "Tacna truce")}},
		{text: before + "The truce was reached on Thursday in Lima by Chile and Bolivia.",
			want: []string{fact("Bolivia", graph.Signed, "Tacna truce")}},
		// An adjective in -ed in the gap is no participle (review).
		{text: before + "The truce was signed on a red carpet by Chile and Bolivia.",
			want: []string{fact("Bolivia", graph.Signed, "Tacna truce")}},
		{text: "Hamas was attacked with advanced weapons by Israel.",
			want: []string{fact("Israel", graph.Fights, "Hamas")}},
	})
	checkNegatives(t, []negativeCase{
		{text: before + "The truce, signed at talks hosted by Brazil, held.",
			not:       []string{fact("Brazil", graph.Signed, "Tacna truce")},
			companion: before + "The truce, signed in Lima by Brazil, held.",
			want:      []string{fact("Brazil", graph.Signed, "Tacna truce")}},
		{text: before + "The truce was agreed in negotiations mediated by Brazil.",
			not:       []string{fact("Brazil", graph.Signed, "Tacna truce")},
			companion: before + "The truce was agreed in Lima by Brazil.",
			want:      []string{fact("Brazil", graph.Signed, "Tacna truce")}},
		{text: before + "The truce was reached at a meeting chaired by Brazil.",
			not:       []string{fact("Brazil", graph.Signed, "Tacna truce")},
			companion: before + "The truce was reached at a meeting in Lima by Brazil.",
			want:      []string{fact("Brazil", graph.Signed, "Tacna truce")}},
	})
}

// TestTalksOnAnotherSubject checks that talks named with their subject are
// no talks of the article's deal (review).
func TestTalksOnAnotherSubject(t *testing.T) {
	const before = "Chile and Peru signed the Tacna truce on Sunday. "
	checkNegatives(t, []negativeCase{
		{text: before + "Brazil hosted the talks on trade with Argentina on Monday.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: before + "Brazil hosted the talks on Saturday.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		// A name after "on" (an actor, whose item has no word) is the
		// talks' subject; it panicked the reader once.
		{text: before + "Brazil hosted the talks on Argentina on Monday.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: before + "Brazil hosted the talks on 5 May.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
	})
}

// TestTalksNamedWithTheirSides checks talks named with their sides before
// the participle of their mediator or host: "talks between A and B
// mediated by X produced the accord".
func TestTalksNamedWithTheirSides(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Talks between Chile and Bolivia mediated by Brazil produced the Arica accord.",
			want: []string{fact("Brazil", graph.Brokered, "Arica accord")}},
		{text: "The Arica accord came out of negotiations with Bolivia hosted by Brazil.",
			want: []string{fact("Brazil", graph.Brokered, "Arica accord")}},
	})
	checkNegatives(t, []negativeCase{
		// Talks with sides of their own are not those of the deal the
		// article named before.
		{text: "Chile and Peru agreed the Tacna truce on Sunday. The talks between Chile and Bolivia were mediated by Brazil.",
			not:       []string{fact("Brazil", graph.Brokered, "Tacna truce")},
			companion: "Chile and Peru agreed the Tacna truce on Sunday. The talks were mediated by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		// A relative's own talks are not the deal before it.
		{text: "The Arica accord did not bind Bolivia, whose own talks with Chile are mediated by Brazil.",
			not:       []string{fact("Brazil", graph.Brokered, "Arica accord")},
			companion: "The Arica accord came out of talks with Bolivia mediated by Brazil.",
			want:      []string{fact("Brazil", graph.Brokered, "Arica accord")}},
	})
}

// TestHeaderDatedDeals checks that a date the source gives apart from the
// text (a header's "Date:" line, see ExtractDated) dates the report as a
// dateline does: a deal named by a year is the report's own in that year
// and history in a later one, whether the date was in the text or not.
func TestHeaderDatedDeals(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		date, text string
		want, not  []string
	}{
		// In the year of the report, a deal named by its year is the
		// one deal the report names by more.
		{date: "2014-05-02", text: "Chile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "Lima accord")}},
		{date: "2031-03-09", text: "Ruritania and Borduria signed the Tarsin accord. The 2031 deal was mediated by Ghana.",
			want: []string{fact("Ghana", graph.Brokered, "Tarsin accord")}},
		// A later report: the year names an older deal.
		{date: "2019-05-02", text: "Chile and Peru signed the Lima accord. A 2014 deal was brokered by Norway.",
			want: []string{fact("Chile", graph.Signed, "Lima accord")},
			not:  []string{fact("Norway", graph.Brokered, "Lima accord"), fact("Norway", graph.Brokered, "2014 deal")}},
		// The text's own date line says the same.
		{date: "2014-05-02", text: "May 2, 2014\n\nChile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Norway", graph.Brokered, "Lima accord")}},
		// Undated, a year names no deal of the report.
		{date: "", text: "Chile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Chile", graph.Signed, "Lima accord")},
			not:  []string{fact("Norway", graph.Brokered, "Lima accord")}},
		// A year before a catalogued deal's name makes it history too:
		// "an agreement" the report is about is not the 2015 deal it
		// names later.
		{date: "2031-09-09", text: "Iran and Ghana signed an agreement on Tuesday on trade.\n\nIt would lapse if the sanctions lifted under the 2015 nuclear deal returned, Ghanaian Foreign Minister Kofi Adjei said.",
			want: []string{fact("Kofi Adjei", graph.ForeignMinisterOf, "Ghana")},
			not:  []string{fact("Iran", graph.Signed, "Joint Comprehensive Plan of Action"), fact("Ghana", graph.Signed, "Joint Comprehensive Plan of Action")}},
		{date: "2015-09-09", text: "Iran and Ghana signed an agreement on Tuesday on trade.\n\nIt would lapse if the sanctions lifted under the 2015 nuclear deal returned, Ghanaian Foreign Minister Kofi Adjei said.",
			want: []string{fact("Iran", graph.Signed, "Joint Comprehensive Plan of Action")}},
		// A resolution's number after its noun is no year.
		{date: "2031-09-09", text: "The council adopted Resolution 1701 on Friday. Ghana and Togo signed Resolution 1701.",
			want: []string{fact("Ghana", graph.Signed, "Resolution 1701")}},
		// A malformed date is no date, of any length.
		{date: "2014/05/02", text: "Chile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Chile", graph.Signed, "Lima accord")},
			not:  []string{fact("Norway", graph.Brokered, "Lima accord")}},
		{date: "May 2014", text: "Chile and Peru signed the Lima accord. The 2014 deal was brokered by Norway.",
			want: []string{fact("Chile", graph.Signed, "Lima accord")},
			not:  []string{fact("Norway", graph.Brokered, "Lima accord")}},
	}
	for _, c := range cases {
		t.Run(c.date+" "+c.text, func(t *testing.T) {
			doc, err := x.ExtractDated("test.txt", []byte(c.text), c.date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range doc.Facts {
				got = append(got, factString(f))
			}
			checkGot(t, got, c.want, c.not)
			if c.date == "2014-05-02" && doc.Article.Date != c.date {
				t.Errorf("Article.Date = %q, want %q", doc.Article.Date, c.date)
			}
		})
	}
}
