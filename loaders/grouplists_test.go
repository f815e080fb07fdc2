package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list after "cooperation among" or "a meeting of" (past the office
// its holders share) names states related pairwise: every pair of the
// list cooperates, or met. A hedge, a negation or one state alone states
// nothing.
func TestListAfterCooperationOrMeeting(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Envoy Davor Kellan said the aim of his trip was coordination and cooperation among Ghana, Togo and Benin.",
			want: []string{fact("Ghana", graph.CooperatesWith, "Togo"), fact("Benin", graph.CooperatesWith, "Ghana"), fact("Benin", graph.CooperatesWith, "Togo")}},
		{text: "The visit follows a meeting of the foreign and defence ministers of Chile, Peru and Bolivia in Lima on Monday.",
			want: []string{fact("Chile", graph.MetWith, "Peru"), fact("Bolivia", graph.MetWith, "Chile"), fact("Bolivia", graph.MetWith, "Peru")}},
		{text: "A summit of the presidents of Kenya and Uganda opened in Arusha.",
			want: []string{fact("Kenya", graph.MetWith, "Uganda")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Envoy Davor Kellan said there was no cooperation among Ghana, Togo and Benin.",
			not:       []string{fact("Ghana", graph.CooperatesWith, "Togo")},
			companion: "Envoy Davor Kellan said there was close cooperation among Ghana, Togo and Benin.",
			want:      []string{fact("Ghana", graph.CooperatesWith, "Togo")}},
		{text: "Analysts blamed a lack of cooperation among Chile, Peru and Bolivia.",
			not:       []string{fact("Chile", graph.CooperatesWith, "Peru"), fact("Bolivia", graph.CooperatesWith, "Peru")},
			companion: "Analysts praised the close cooperation among Chile, Peru and Bolivia.",
			want:      []string{fact("Chile", graph.CooperatesWith, "Peru")}},
		{text: "Analysts blamed the absence of cooperation between Chile and Peru.",
			not:       []string{fact("Chile", graph.CooperatesWith, "Peru")},
			companion: "Analysts praised the close cooperation between Chile and Peru.",
			want:      []string{fact("Chile", graph.CooperatesWith, "Peru")}},
		{text: "A meeting of the foreign ministers of Chile, Peru and Bolivia may take place in Lima next month.",
			not:       []string{fact("Chile", graph.MetWith, "Peru")},
			companion: "A meeting of the foreign ministers of Chile, Peru and Bolivia took place in Lima last month.",
			want:      []string{fact("Chile", graph.MetWith, "Peru")}},
		{text: "The session of parliament discussed sanctions on Russia and Ukraine.",
			not:       []string{fact("Russia", graph.MetWith, "Ukraine")},
			companion: "The session of the foreign ministers of Russia and Ukraine discussed sanctions.",
			want:      []string{fact("Russia", graph.MetWith, "Ukraine")}},
		{text: "Experts said the session of the council focused on aid to Chile and Peru.",
			not:       []string{fact("Chile", graph.MetWith, "Peru")},
			companion: "Experts said the session of the heads of state of Chile and Peru focused on aid.",
			want:      []string{fact("Chile", graph.MetWith, "Peru")}},
		{text: "A meeting of the Andes Council in Lima condemned the strikes on Chile and Peru.",
			not:       []string{fact("Chile", graph.MetWith, "Peru")},
			companion: "A meeting of the foreign ministers of Chile and Peru in Lima condemned the strikes.",
			want:      []string{fact("Chile", graph.MetWith, "Peru")}},
	})
}

// "The three officials" names the last group of three people, as "the
// three ministers" does: the count must match a list, else no one.
func TestNumberedOfficials(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lima Accord was drafted in talks between Chilean Foreign Minister Anton Vello, Peruvian Foreign Minister Ruth Maresk and Bolivian envoy Tarek Ilves. The three officials signed the Lima Accord at the palace.",
			want: []string{fact("Anton Vello", graph.Signed, "Lima Accord"), fact("Ruth Maresk", graph.Signed, "Lima Accord"), fact("Tarek Ilves", graph.Signed, "Lima Accord")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lima Accord was drafted in talks between Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk. The three officials signed the Lima Accord at the palace.",
			not:       []string{fact("Anton Vello", graph.Signed, "Lima Accord")},
			companion: "The Lima Accord was drafted in talks between Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk. The two officials signed the Lima Accord at the palace.",
			want:      []string{fact("Anton Vello", graph.Signed, "Lima Accord")}},
		{text: "The Lima Accord was drafted in talks between Chilean Foreign Minister Anton Vello, Peruvian Foreign Minister Ruth Maresk and Bolivian envoy Tarek Ilves. Three officials signed the Lima Accord at the palace.",
			not:       []string{fact("Anton Vello", graph.Signed, "Lima Accord")},
			companion: "The Lima Accord was drafted in talks between Chilean Foreign Minister Anton Vello, Peruvian Foreign Minister Ruth Maresk and Bolivian envoy Tarek Ilves. The three officials signed the Lima Accord at the palace.",
			want:      []string{fact("Anton Vello", graph.Signed, "Lima Accord")}},
	})
}

// "its (remaining) members are A, B and C" lists the members of the one
// body of no state its sentence names before "its"; a list that does not
// end the clause, a hedge, or two bodies before "its" state nothing.
func TestOwnMembersListed(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Eritrea quit the Coastal Union in June, and its remaining members are Ghana, Togo, Benin and Niger.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Niger", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union held a summit in Accra, and its member states include Ghana and Togo.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Coastal Union met the African Union in Accra, and its members are Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Ghana", graph.MemberOf, "African Union")},
			companion: "The Coastal Union met in Accra, and its members are Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union met in Accra, and its members are Ghana and Togo officials.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union met in Accra, and its members are Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
		{text: "The Coastal Union met in Accra, and its members are reportedly Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The Coastal Union met in Accra, and its members are Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}

// A list of a body's make-up may end in a participle with its agent that
// describes its last name ("which groups A and B led by X"): the names
// are still members; other words after the list still void it.
func TestCompositionBeforeAgentParticiple(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Lake Alliance, which groups the Kestrel Brigade and the Hill Front led by Omar Zandi, condemned the strikes.",
			want: []string{fact("Kestrel Brigade", graph.MemberOf, "Lake Alliance"), fact("Hill Front", graph.MemberOf, "Lake Alliance")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Lake Alliance, which groups the Kestrel Brigade and the Hill Front fighters, condemned the strikes.",
			not:       []string{fact("Kestrel Brigade", graph.MemberOf, "Lake Alliance")},
			companion: "The Lake Alliance, which groups the Kestrel Brigade and the Hill Front, condemned the strikes.",
			want:      []string{fact("Kestrel Brigade", graph.MemberOf, "Lake Alliance")}},
	})
}

// "... and formed the Union with B and C": whoever the clause's subject
// is, the states after "with" founded the body and are its members; a verb
// not in the past ("to meet and form") or with no partners states nothing.
func TestPartnersOfCoordinatedFounding(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The junta led by Colonel Ivo Darran broke with Chile, turned to Peru for help and formed the Coastal Union with Ghana and Togo.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union")},
			not:  []string{fact("Peru", graph.MemberOf, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The junta led by Colonel Ivo Darran wants to turn to Peru for help and form the Coastal Union with Ghana and Togo.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The junta led by Colonel Ivo Darran turned to Peru for help and formed the Coastal Union with Ghana and Togo.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}

// "The three countries, which sponsor the Lima talks," gives each member of
// the group the reference names the deal they sponsor; a count that
// matches no list gives no one.
func TestGroupThatSponsorsDeal(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chile, Peru and Bolivia met in Quito on Monday. The three countries, which sponsor the Lima talks, said they would step up consultations.",
			want: []string{fact("Chile", graph.Brokered, "Lima talks"), fact("Peru", graph.Brokered, "Lima talks"), fact("Bolivia", graph.Brokered, "Lima talks")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru met in Quito on Monday. The three countries, which sponsor the Lima talks, said they would step up consultations.",
			not:       []string{fact("Chile", graph.Brokered, "Lima talks")},
			companion: "Chile and Peru met in Quito on Monday. The two countries, which sponsor the Lima talks, said they would step up consultations.",
			want:      []string{fact("Chile", graph.Brokered, "Lima talks")}},
		{text: "Chile, Peru and Bolivia met in Quito on Monday. The three countries, which may sponsor the Lima talks, said they would step up consultations.",
			not:       []string{fact("Chile", graph.Brokered, "Lima talks")},
			companion: "Chile, Peru and Bolivia met in Quito on Monday. The three countries, which sponsor the Lima talks, said they would step up consultations.",
			want:      []string{fact("Chile", graph.Brokered, "Lima talks")}},
	})
}

// "the two ministers" names the last two people listed together whom the
// article gives an office of minister, not a host or a pair of
// presidents named since; with no such pair it falls back to the last
// two people named.
func TestTwoMinistersListedTogether(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The accord was signed by Chilean Foreign Minister Anton Vello and his Peruvian counterpart, Ruth Maresk, at a ceremony. It follows a meeting between President Ilse Damar and President Oren Kastell in Quito. After the ceremony, the two ministers each held talks with Envoy Tomas Varga.",
			want: []string{fact("Anton Vello", graph.MetWith, "Tomas Varga"), fact("Ruth Maresk", graph.MetWith, "Tomas Varga")},
			not:  []string{fact("Ilse Damar", graph.MetWith, "Tomas Varga"), fact("Oren Kastell", graph.MetWith, "Tomas Varga")}},
		{text: "Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk signed the accord. Later, Bolivian Defence Minister Tarek Ilves met Ecuadorian Defence Minister Sara Lind. The two ministers then met Envoy Tomas Varga.",
			want: []string{fact("Tarek Ilves", graph.MetWith, "Tomas Varga"), fact("Sara Lind", graph.MetWith, "Tomas Varga")},
			not:  []string{fact("Anton Vello", graph.MetWith, "Tomas Varga"), fact("Ruth Maresk", graph.MetWith, "Tomas Varga")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The accord was signed by Anton Vello and Ruth Maresk at a ceremony. It follows a meeting between President Ilse Damar and President Oren Kastell in Quito. After the ceremony, the two ministers each held talks with Envoy Tomas Varga.",
			not:       []string{fact("Anton Vello", graph.MetWith, "Tomas Varga")},
			companion: "The accord was signed by Chilean Foreign Minister Anton Vello and his Peruvian counterpart, Ruth Maresk, at a ceremony. It follows a meeting between President Ilse Damar and President Oren Kastell in Quito. After the ceremony, the two ministers each held talks with Envoy Tomas Varga.",
			want:      []string{fact("Anton Vello", graph.MetWith, "Tomas Varga")}},
		// The latest two ministers met, unlisted: not the older listed pair.
		{text: "Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk signed the accord. Later, Bolivian Defence Minister Tarek Ilves met Ecuadorian Defence Minister Sara Lind. The two ministers then met Envoy Tomas Varga.",
			not:       []string{fact("Anton Vello", graph.MetWith, "Tomas Varga"), fact("Ruth Maresk", graph.MetWith, "Tomas Varga")},
			companion: "Chilean Foreign Minister Anton Vello and Peruvian Foreign Minister Ruth Maresk signed the accord. Later, they met Envoy Sara Lind. The two ministers then met Envoy Tomas Varga.",
			want:      []string{fact("Anton Vello", graph.MetWith, "Tomas Varga")}},
	})
}

// "The three military-led states of the Union" are members of the body:
// the one list of that many states the sentence names, before or after,
// else the nearest before; a count no list matches gives no one.
func TestCountedMemberStates(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The three military-led states of the Coastal Union launched a joint force on Saturday, two years after Ghana, Togo and Benin signed a defence pact.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Togo", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}},
		{text: "The two states of the Coastal Union launched a joint force after Chile and Peru signed a pact.",
			want: []string{fact("Chile", graph.MemberOf, "Coastal Union"), fact("Peru", graph.MemberOf, "Coastal Union")}},
		{text: "Ghana, Togo and Benin quit the regional bloc in January. The three states of the Coastal Union launched a joint force on Saturday.",
			want: []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Benin", graph.MemberOf, "Coastal Union")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The four military-led states of the Coastal Union launched a joint force on Saturday, two years after Ghana, Togo and Benin signed a defence pact.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The three military-led states of the Coastal Union launched a joint force on Saturday, two years after Ghana, Togo and Benin signed a defence pact.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
		{text: "The three states of the region asked the Coastal Union for a joint force, two years after Ghana, Togo and Benin signed a defence pact.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union")},
			companion: "The three states of the Coastal Union launched a joint force, two years after Ghana, Togo and Benin signed a defence pact.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
		{text: "The three founding states of the Coastal Union met envoys from Chile, Peru and Bolivia.",
			not:       []string{fact("Chile", graph.MemberOf, "Coastal Union"), fact("Bolivia", graph.MemberOf, "Coastal Union")},
			companion: "Chile, Peru and Bolivia, the three founding states of the Coastal Union, met envoys from Ghana.",
			want:      []string{fact("Chile", graph.MemberOf, "Coastal Union"), fact("Bolivia", graph.MemberOf, "Coastal Union")}},
		{text: "The three states of the Coastal Union fought a war with Chile, Peru and Bolivia in 1990.",
			not:       []string{fact("Chile", graph.MemberOf, "Coastal Union")},
			companion: "The three states of the Coastal Union, Chile, Peru and Bolivia, fought a war with Ghana in 1990.",
			want:      []string{fact("Chile", graph.MemberOf, "Coastal Union")}},
		{text: "The three states of the Coastal Union will not let Chile, Peru and Bolivia join.",
			not:       []string{fact("Chile", graph.MemberOf, "Coastal Union")},
			companion: "The three states of the Coastal Union launched a joint force after Chile, Peru and Bolivia signed a pact.",
			want:      []string{fact("Chile", graph.MemberOf, "Coastal Union")}},
		{text: "Ghana sent observers to Chile, Peru and Bolivia. The three states of the Coastal Union rejected the vote.",
			not:       []string{fact("Chile", graph.MemberOf, "Coastal Union")},
			companion: "Chile, Peru and Bolivia quit the regional bloc in January. The three states of the Coastal Union rejected the vote.",
			want:      []string{fact("Chile", graph.MemberOf, "Coastal Union")}},
		{text: "The three states of the Coastal Union launched a joint force after Ghana, Togo and Benin met Chile, Peru and Bolivia.",
			not:       []string{fact("Ghana", graph.MemberOf, "Coastal Union"), fact("Chile", graph.MemberOf, "Coastal Union")},
			companion: "The three states of the Coastal Union launched a joint force after Ghana, Togo and Benin met Chile.",
			want:      []string{fact("Ghana", graph.MemberOf, "Coastal Union")}},
	})
}
