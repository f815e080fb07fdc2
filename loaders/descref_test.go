package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBandReferences covers a plural noun of an armed group's fighters
// after "the" (band-ref): it names the one armed group the article has in
// play, whatever the verb, voice or place in the clause.
func TestBandReferences(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front attacked the town of Lenk on Monday. The militants later ambushed a convoy of the Kenyan army.",
			want: []string{fact("Borduria Front", graph.Fights, "Kenyan army")}},
		{text: "The Borduria Front seized the town of Lenk. Kenyan troops later drove the jihadists out of the town.",
			want: []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		{text: "The Borduria Front stormed a camp on Friday. Ugandan soldiers eventually drove the militiamen back.",
			want: []string{fact("Borduria Front", graph.Fights, "Uganda")}},
		{text: "The Borduria Front raided a village near Gulu. Ghana condemned the gunmen.",
			want: []string{fact("Ghana", graph.Opposes, "Borduria Front")}},
		{text: "The Borduria Front raided a village near Gulu on Sunday. Chad said the separatists had received weapons from Libya.",
			want: []string{fact("Libya", graph.Supports, "Borduria Front")}},
		{text: "The Borduria Front raided a village near Gulu on Sunday. Kenya has armed the combatants for years, Uganda says.",
			want: []string{fact("Kenya", graph.Supports, "Borduria Front")}},
		{text: "The Vantar Movement seized Lenk in May. The jihadists have since clashed with Ugandan soldiers.",
			want: []string{fact("Uganda", graph.Fights, "Vantar Movement")}},
		{text: "Police said the Borduria Front had seized Lenk in May. Uganda opposes the extremists.",
			want: []string{fact("Uganda", graph.Opposes, "Borduria Front")}},
		// "of" and a gerund is no owner of the fighters: the accused's
		// deed.
		{text: "The Borduria Front raided a village near Gulu. Kenya accused the militiamen of killing civilians.",
			want: []string{fact("Kenya", graph.Opposes, "Borduria Front")}},
		{text: "The Borduria Front raided a village near Gulu. Kenya accused the militiamen of the Vantar Movement of killing civilians.",
			want: []string{fact("Kenya", graph.Opposes, "Vantar Movement")},
			not:  []string{fact("Kenya", graph.Opposes, "Borduria Front")}},
	})
}

// TestBandReferencesNone covers fighters' nouns that name no one: two
// groups in play, none named lately, a quotation, a part of the band, and
// a noun that says whose fighters they are.
func TestBandReferencesNone(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// "the assailants", "the attackers" name a role, not a kind:
		// whoever attacked, not the group in play.
		{text: "The Borduria Front held talks with Ghana on Friday. Ugandan soldiers later drove the assailants back.",
			not:       []string{fact("Borduria Front", graph.Fights, "Uganda")},
			companion: "The Borduria Front held talks with Ghana on Friday. Ugandan soldiers later drove the militants back.",
			want:      []string{fact("Borduria Front", graph.Fights, "Uganda")}},
		{text: "The Borduria Front held talks with Ghana on Friday. Kenya condemned the attackers.",
			not:       []string{fact("Kenya", graph.Opposes, "Borduria Front")},
			companion: "The Borduria Front held talks with Ghana on Friday. Kenya condemned the gunmen.",
			want:      []string{fact("Kenya", graph.Opposes, "Borduria Front")}},
		{text: "The Borduria Front and the Vantar Movement seized the town of Lenk. Kenyan troops later drove the jihadists out of the town.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya"), fact("Vantar Movement", graph.Fights, "Kenya")},
			companion: "The Borduria Front seized the town of Lenk. Kenyan troops later drove the jihadists out of the town.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		{text: "The Borduria Front seized Lenk on Monday, and the Vantar Movement took Obo. Kenyan troops later drove the jihadists out.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya"), fact("Vantar Movement", graph.Fights, "Kenya")},
			companion: "The Borduria Front seized Lenk on Monday. Kenyan troops later drove the jihadists out.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		{text: "The Borduria Front seized Lenk. The town lies on the border. Aid workers fled. Food ran out. Kenyan troops later drove the jihadists out.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya")},
			companion: "The Borduria Front seized Lenk. The town lies on the border. Kenyan troops later drove the jihadists out.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
		{text: "The Borduria Front raided a village near Gulu. \"The gunmen were backed by Chad,\" a Ghanaian officer said.",
			not:       []string{fact("Chad", graph.Supports, "Borduria Front")},
			companion: "The Borduria Front raided a village near Gulu. A Ghanaian officer said the gunmen were backed by Chad.",
			want:      []string{fact("Chad", graph.Supports, "Borduria Front")}},
		{text: "The Borduria Front raided a village near Gulu on Sunday. Nigerian troops killed 20 of the militants.",
			not:       []string{fact("Borduria Front", graph.Fights, "Nigeria")},
			companion: "The Borduria Front raided a village near Gulu on Sunday. Nigerian troops killed the militants.",
			want:      []string{fact("Borduria Front", graph.Fights, "Nigeria")}},
		{text: "The Borduria Front raided a village near Gulu. Kenya fought the gunmen of the Vantar Movement.",
			not:       []string{fact("Borduria Front", graph.Fights, "Kenya")},
			companion: "The Borduria Front raided a village near Gulu. Kenya fought the gunmen.",
			want:      []string{fact("Borduria Front", graph.Fights, "Kenya")}},
	})
}

// TestGroupDescribedAround covers the descriptions around a name that make
// a body an armed group, for "the militia" or "the rebels" later: the
// fighters' noun before "of" and the name, and an appositive.
func TestGroupDescribedAround(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Villagers fled after the rebels of the Union for Change raided the town. Kenya accused the militia of looting.",
			want: []string{fact("Kenya", graph.Opposes, "Union for Change")}},
		{text: "Militants of the Union for Change raided the town. Ghana condemned the gunmen.",
			want: []string{fact("Ghana", graph.Opposes, "Union for Change")}},
		{text: "Ansar Tarvo, an armed group, seized Lenk. Kenya later fought the militants.",
			want: []string{fact("Ansar Tarvo", graph.Fights, "Kenya")}},
	})
	checkNegatives(t, []negativeCase{
		// The group noun must end the appositive: "a militia supplier"
		// is a supplier, no militia.
		{text: "Kestrel Logistics, a militia supplier, shipped rifles to Lenk. Kenya later fought the militants.",
			not:       []string{fact("Kestrel Logistics", graph.Fights, "Kenya")},
			companion: "Kestrel Logistics, a militia that seized Lenk, shipped rifles to Obo. Kenya later fought the militants.",
			want:      []string{fact("Kestrel Logistics", graph.Fights, "Kenya")}},
	})
}

// TestNearestGroup covers "the group" and "the movement" after a body the
// lexicon does not know as a group: the one body near that the noun can
// denote, its possessive included; with two near, or only an institution,
// no one.
func TestNearestGroup(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ansar Tarvo said on Monday it had seized Lenk. Kenya accused the group of killing civilians.",
			want: []string{fact("Kenya", graph.Opposes, "Ansar Tarvo")}},
		{text: "Ansar Tarvo said on Monday it had seized Lenk. Ghana has long backed the movement.",
			want: []string{fact("Ghana", graph.Supports, "Ansar Tarvo")}},
		{text: "Ansar Tarvo said on Monday it had seized Lenk. The group's leader, Omar Dali, told reporters it would hold the town.",
			want: []string{fact("Omar Dali", graph.HeadOf, "Ansar Tarvo")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Ansar Tarvo seized Lenk and Ansar Dolo took Obo. Kenya accused the group of killing civilians.",
			not:       []string{fact("Kenya", graph.Opposes, "Ansar Tarvo"), fact("Kenya", graph.Opposes, "Ansar Dolo")},
			companion: "Ansar Tarvo seized Lenk. Kenya accused the group of killing civilians.",
			want:      []string{fact("Kenya", graph.Opposes, "Ansar Tarvo")}},
		{text: "A local official told Reuters that gunmen had seized Lenk. Kenya accused the group of killing civilians.",
			not:       []string{fact("Kenya", graph.Opposes, "Reuters")},
			companion: "Ansar Tarvo said that gunmen had seized Lenk. Kenya accused the group of killing civilians.",
			want:      []string{fact("Kenya", graph.Opposes, "Ansar Tarvo")}},
		{text: "The Ruritanian Electoral Commission said on Monday it had protested. Kenya criticised the group.",
			not:       []string{fact("Kenya", graph.Opposes, "Ruritanian Electoral Commission")},
			companion: "Ansar Tarvo said on Monday it had protested. Kenya criticised the group.",
			want:      []string{fact("Kenya", graph.Opposes, "Ansar Tarvo")}},
	})
}

// TestDescribedGroupInPlay covers "the" and describing adjectives before a
// group's noun when the article named no body by that noun: the one armed
// group in play, never a unit the article made a state's.
func TestDescribedGroupInPlay(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front seized the town of Lenk on Sunday. Kenya accused the paramilitary group of killing civilians.",
			want: []string{fact("Kenya", graph.Opposes, "Borduria Front")}},
		{text: "The Borduria Front seized the town of Lenk on Sunday. Uganda has long armed the jihadist movement.",
			want: []string{fact("Uganda", graph.Supports, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front and the Vantar Movement seized Lenk on Sunday. Kenya accused the paramilitary group of killing civilians.",
			not:       []string{fact("Kenya", graph.Opposes, "Borduria Front"), fact("Kenya", graph.Opposes, "Vantar Movement")},
			companion: "The Borduria Front seized Lenk on Sunday. Kenya accused the paramilitary group of killing civilians.",
			want:      []string{fact("Kenya", graph.Opposes, "Borduria Front")}},
		// A brigade the article made a part of a state's army is no band.
		{text: "Fighters ambushed the Kenyan army's 25th Infantry Brigade near Lenk. Uganda has long armed the jihadist group.",
			not:       []string{fact("Uganda", graph.Supports, "25th Infantry Brigade")},
			companion: "Fighters ambushed the Tarvo Brigade near Lenk. Uganda has long armed the jihadist group.",
			want:      []string{fact("Uganda", graph.Supports, "Tarvo Brigade")}},
		{text: "Fighters ambushed the Kenyan army's 25th Infantry Brigade near Lenk. Uganda said it had armed the militants.",
			not:       []string{fact("Uganda", graph.Supports, "25th Infantry Brigade")},
			companion: "Fighters ambushed the Tarvo Brigade near Lenk. Uganda said it had armed the militants.",
			want:      []string{fact("Uganda", graph.Supports, "Tarvo Brigade")}},
	})
}
