package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestMaterielTransfers checks that a side that hands the means of war or
// money to another supports it, the goods named in a list whatever its
// length, the recipient after "to" or right after the verb, in every form
// of the verb (%transfer, %materiel and the list gap "..l" of
// patterns.tsv).
func TestMaterielTransfers(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Benin sent rifles, ammunition and military instructors to the Coastal Defence Forces.",
			want: []string{fact("Benin", graph.Supports, "Coastal Defence Forces")}},
		{text: "Togo has been smuggling cash and explosives to the Coastal Defence Forces for years.",
			want: []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}},
		{text: "Ghana, which has long supplied funding, drones and trainers to the Coastal Defence Forces, denied any role.",
			want: []string{fact("Ghana", graph.Supports, "Coastal Defence Forces")}},
		{text: "Benin shipped artillery shells, self-propelled howitzers and rocket launchers to Ghana in March.",
			want: []string{fact("Benin", graph.Supports, "Ghana")}},
		// The recipient right after the verb.
		{text: "Togo, which has given the Coastal Defence Forces money, weapons and advisers, was not invited.",
			want: []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}},
		{text: "Benin sends Ghana more drones and air defence systems every month.",
			want: []string{fact("Benin", graph.Supports, "Ghana")}},
		// Men sent to a body.
		{text: "Togo sent volunteers and mercenaries to the Coastal Defence Forces.",
			want: []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}},
		// Men sent to a state, with the purpose that says whom they back.
		{text: "The Coastal Defence Forces later sent fighters to Ghana to support President Amon Teval.",
			want: []string{fact("Coastal Defence Forces", graph.Supports, "Amon Teval")}},
		{text: "Benin deployed two battalions to Ghana to help the Coastal Defence Forces.",
			want: []string{fact("Benin", graph.Supports, "Coastal Defence Forces")}},
	})
}

// TestMaterielTransferNegatives checks transfers that back no one: a
// denied, refused or possible one, troops sent to a state with no
// purpose (an invasion reads so), relief, a surrender of one's own arms,
// goods of no war, and a list broken by a clause.
func TestMaterielTransferNegatives(t *testing.T) {
	const sent = "Togo sent weapons and advisers to the Coastal Defence Forces."
	backs := []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}
	checkNegatives(t, []negativeCase{
		{text: "Togo denied sending weapons and advisers to the Coastal Defence Forces.",
			not: backs, companion: sent, want: backs},
		{text: "Togo refused to send weapons and advisers to the Coastal Defence Forces.",
			not: backs, companion: sent, want: backs},
		{text: "Togo may send weapons and advisers to the Coastal Defence Forces.",
			not: backs, companion: sent, want: backs},
		{text: "Togo sent troops to Ghana on Monday.",
			not:       []string{fact("Togo", graph.Supports, "Ghana")},
			companion: "Togo sent troops to Ghana on Monday to support President Amon Teval.",
			want:      []string{fact("Togo", graph.Supports, "Amon Teval")}},
		{text: "Togo sent food, tents and blankets to the Coastal Defence Forces.",
			not: backs, companion: sent, want: backs},
		{text: "The Coastal Defence Forces handed over its weapons to Togo.",
			not:       []string{fact("Coastal Defence Forces", graph.Supports, "Togo")},
			companion: "The Coastal Defence Forces sent weapons to Togo.",
			want:      []string{fact("Coastal Defence Forces", graph.Supports, "Togo")}},
		{text: "Togo gave the Coastal Defence Forces a warning.",
			not:       backs,
			companion: "Togo gave the Coastal Defence Forces weapons.",
			want:      backs},
		{text: "Togo sent weapons, which were seized at the border, to the Coastal Defence Forces.",
			not: backs, companion: sent, want: backs},
	})
}

// TestBackedAfterPlace checks that a phrase of place after a name ("in
// northern Ghana") leaves the name the one a passive participle says is
// backed, as in "the Coastal Defence Forces in Ghana, which are backed by
// Togo" (placePhraseAt), while a noun after the name is what is backed.
func TestBackedAfterPlace(t *testing.T) {
	backs := []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}
	checkFacts(t, []factCase{
		{text: "The Coastal Defence Forces in Ghana are backed by Togo.", want: backs},
		{text: "The Coastal Defence Forces in northern Ghana, which are armed by Togo, took the port.", want: backs},
		{text: "The Coastal Defence Forces in eastern Ghana, who are funded by Togo, crossed the river.", want: backs},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Coastal Defence Forces in Ghana are not backed by Togo.",
			not: backs, companion: "The Coastal Defence Forces in Ghana are backed by Togo.", want: backs},
		{text: "The Coastal Defence Forces roadmap in Ghana is backed by Togo.",
			not: backs, companion: "The Coastal Defence Forces in Ghana are backed by Togo.", want: backs},
	})
}

// TestBackerGluedNoPlace checks that a name glued to a participle of
// backing after a preposition names the backer of what follows, no place
// (backerGlued), and that a possessive after it is the body backed.
func TestBackerGluedNoPlace(t *testing.T) {
	backs := []string{fact("Togo", graph.Supports, "Coastal Defence Forces")}
	checkFacts(t, []factCase{
		{text: "Clashes broke out in the Togo-backed Coastal Defence Forces' stronghold near the border.", want: backs},
		{text: "Aid reached villages under the Togo-funded Coastal Defence Forces' control.", want: backs},
	})
	checkNegatives(t, []negativeCase{
		{text: "Clashes broke out in Togo near the Coastal Defence Forces' stronghold.",
			not: backs, companion: "Clashes broke out in the Togo-backed Coastal Defence Forces' stronghold near the border.", want: backs},
	})
}

// TestCampaignInSupport checks that a side's campaign, operation or
// deployment, named by its possessive or demonym, waged in support of
// another says the side supports it.
func TestCampaignInSupport(t *testing.T) {
	backs := []string{fact("Ghana", graph.Supports, "Togo")}
	checkFacts(t, []factCase{
		{text: "Ghana's air campaign, launched in support of Togo, was not about to end.", want: backs},
		{text: "The Ghanaian deployment in support of Togo ended in March.", want: backs},
		{text: "Ghana's military intervention in defence of Togo's government began in 2019.", want: backs},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ghana's air campaign may be launched in support of Togo.",
			not: backs, companion: "Ghana's air campaign, launched in support of Togo, was not about to end.", want: backs},
	})
}
