package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// An attack, by its verb or by an attack noun aimed at its target, on a
// site, unit or goods that the sentence says is a side's attacks that side
// (siteAttacks): the owner after "of", a participle of owning, holding or
// sending ("belonging to", "bound for", "held by", "used by"), or before
// the site (a name, adjective or possessive, a list of them, or a bare
// "army" or "regime" of the state the article is about); lists of sites
// and of owners; an attacker named by its weapons or carried to a
// coordinated or participial clause.
func TestAttacksOnOwnedSites(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	checkFacts(t, []factCase{
		// Owner after a participle of owning or sending.
		{text: "Ghana carried out dozens of airstrikes on weapons convoys bound for the Borduria Front.",
			want: []string{front}},
		{text: "Ghanaian jets struck arms shipments headed for the Borduria Front.",
			want: []string{front}},
		{text: "The Ghanaian raid hit weapons depots belonging to the Borduria Front.",
			want: []string{front}},
		{text: "Ghana bombed depots used by the Borduria Front overnight.",
			want: []string{front}},
		{text: "The Borduria Front raided fuel depots belonging to Ghana.",
			want: []string{front}},
		{text: "Ghana's navy attacked three ships destined for the Borduria Front.",
			want: []string{front}},
		// An attack noun aimed at a site named by its owner after "of".
		{text: "Ghana launched an operation against camps of the Borduria Front.",
			want: []string{front}},
		{text: "Ghana has carried out raids on positions of the Borduria Front and the Tarsh Brigades.",
			want: []string{front, fact("Ghana", graph.Fights, "Tarsh Brigades")}},
		// A list of sites before the owners.
		{text: "Ghanaian jets struck command posts and depots of the Borduria Front and the Tarsh Brigades.",
			want: []string{front, fact("Ghana", graph.Fights, "Tarsh Brigades")}},
		{text: "Ghana hit bases, camps and convoys of the Borduria Front in the north.",
			want: []string{front}},
		// Owners before the site, a list of them.
		{text: "Togo has carried out hundreds of strikes against Ghanaian and Malian targets.",
			want: []string{fact("Ghana", graph.Fights, "Togo"), fact("Mali", graph.Fights, "Togo")}},
		{text: "The Borduria Front seized a Togolese army base near the border.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo")}},
		// The attacker named by its weapons.
		{text: "Ghanaian tanks and artillery pounded the Borduria Front's positions around the town.",
			want: []string{front}},
		{text: "Ghanaian tanks and howitzers shelled Togolese posts along the river.",
			want: []string{fact("Ghana", graph.Fights, "Togo")}},
		// The attacker carried to a coordinated or participial clause.
		{text: "Ghana has stayed out of the war, but has carried out strikes on convoys bound for the Borduria Front.",
			want: []string{front}},
		{text: "Ghana flew forty sorties on Monday, hitting depots of the Borduria Front.",
			want: []string{front}},
		// A list of targets, an unowned one first.
		{text: "Ghanaian jets hit the only runway still in use, as well as weapons depots belonging to the Borduria Front.",
			want: []string{front}},
		{text: "Ghana struck a school, a clinic and depots of the Borduria Front.",
			want: []string{front}},
		// A bare army of the one state the article is about.
		{text: "Mali's army lost ground in the north last year. The Borduria Front stormed an army base near Gao on Sunday.",
			want: []string{fact("Borduria Front", graph.Fights, "Malian army")}},
	})
}

// A site of a kind only a state keeps (an airport, an air or naval base,
// a nuclear site) in a state named after "in" is that state's
// (stateSiteIn): attacking it attacks the state; a site of any other kind
// in a state ("depots in Togo") may be anyone's.
func TestAttacksOnStateSites(t *testing.T) {
	togo := fact("Ghana", graph.Fights, "Togo")
	checkFacts(t, []factCase{
		{text: "Ghanaian fighter jets struck the Kara military airport and the Sokode air base in central Togo.",
			want: []string{togo}},
		{text: "Ghana bombed three nuclear sites in Togo overnight.",
			want: []string{togo}},
		{text: "Ghanaian drones hit the naval base inside Togo on Monday.",
			want: []string{togo}},
		{text: "Ghana carried out strikes on two airfields in northern Togo.",
			want: []string{togo}},
	})
	companion := "Ghana bombed three nuclear sites in Togo overnight."
	checkNegatives(t, []negativeCase{
		// Sites of any kind, or near a state's site.
		{text: "Ghanaian jets struck depots in Togo.",
			not: []string{togo}, companion: companion, want: []string{togo}},
		{text: "Ghana struck the Borduria Front's positions near the air base in Togo.",
			not: []string{togo}, companion: companion, want: []string{togo}},
		// The attacker's own state.
		{text: "The Borduria Front shelled the air base in Togo. Togolese jets then struck the airport in Togo by mistake.",
			not: []string{fact("Togo", graph.Fights, "Togo")}, companion: companion, want: []string{togo}},
		// Two authors, the first of them the site's own state: neither
		// fights its own state, and reading the second does not fail.
		{text: "Togo and Ghana struck the air base in central Togo.",
			not: []string{fact("Togo", graph.Fights, "Togo")}, companion: companion, want: []string{togo}},
		// Denied.
		{text: "Ghana denied that its jets had struck the air base in Togo.",
			not: []string{togo}, companion: companion, want: []string{togo}},
	})
}

func TestAttacksOnOwnedSitesNegatives(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghana")
	companion := "The Ghanaian raid hit weapons depots belonging to the Borduria Front."
	checkNegatives(t, []negativeCase{
		// A place is no owner.
		{text: "Ghanaian jets struck a convoy bound for Kara.",
			not: []string{fact("Ghana", graph.Fights, "Kara")}, companion: companion, want: []string{front}},
		// A state named as a destination owns nothing: the trucks
		// heading there need be none of its own.
		{text: "Ghanaian jets struck trucks heading to Togo.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		{text: "Ghanaian jets struck positions near the Togolese border.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		// The maker of a weapon is no attacker, nor its target's owner.
		{text: "Togolese-made drones struck depots in Kara.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		{text: "Ghana bought drones made in Togo for its army.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		// Denied or only planned.
		{text: "Ghana denied that it had struck depots belonging to the Borduria Front.",
			not: []string{front}, companion: companion, want: []string{front}},
		{text: "Ghana may strike depots belonging to the Borduria Front.",
			not: []string{front}, companion: companion, want: []string{front}},
		// An army's own sites: the attacker's own state owns none of
		// its targets.
		{text: "The Ghanaian army said on Monday that Ghanaian jets struck army positions by mistake.",
			not: []string{fact("Ghana", graph.Fights, "Ghanaian army")}, companion: companion, want: []string{front}},
		// Sites of a kind, not of an owner.
		{text: "Ghanaian jets struck military targets near Kara. Ghana and Togo traded accusations.",
			not: []string{fact("Ghana", graph.Fights, "Togo"), fact("Ghana", graph.Fights, "Togolese military")}, companion: companion, want: []string{front}},
		// A clause after the target names no other target.
		{text: "Ghana struck a market in Kara, and the Borduria Front said it would respond.",
			not: []string{front}, companion: companion, want: []string{front}},
		{text: "Ghana struck a market in Kara, which the Borduria Front had used as a depot.",
			not: []string{front}, companion: companion, want: []string{front}},
		// Goods sent, not attacked.
		{text: "Ghana sent arms shipments bound for the Borduria Front.",
			not: []string{front}, companion: companion, want: []string{front}},
	})
}

// Breaking or lifting a siege fights the side that laid it, named before
// "siege" (a name, adjective or possessive, after the siege's length) or
// after it by "by" (patterns fights/S-broke-O-siege,
// fights/S-broke-siege-by-O).
func TestBrokenSieges(t *testing.T) {
	front := fact("Borduria Front", graph.Fights, "Ghanaian army")
	checkFacts(t, []factCase{
		{text: "The Ghanaian army broke the three-year Borduria Front siege on the city.",
			want: []string{front}},
		{text: "The Ghanaian army has broken the Borduria Front's siege of Kara.",
			want: []string{front}},
		{text: "The Ghanaian army is breaking the long Borduria Front encirclement of the airport.",
			want: []string{front}},
		{text: "Ghanaian troops lifted the siege of Kara by the Borduria Front in May.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "The Borduria Front lifted the Togolese siege of Kara.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo")}},
	})
	companion := "The Ghanaian army broke the three-year Borduria Front siege on the city."
	checkNegatives(t, []negativeCase{
		// A break with a side, not a siege broken.
		{text: "Ghana broke with Togo over the siege of Kara.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		// A blockade lifted is a decision, not a fight.
		{text: "Ghana ended the Togolese blockade of the port.",
			not: []string{fact("Ghana", graph.Fights, "Togo")}, companion: companion, want: []string{front}},
		// Only hoped for.
		{text: "The Ghanaian army hopes to break the Borduria Front's siege of Kara.",
			not: []string{front}, companion: companion, want: []string{front}},
	})
}

// An attack noun whose author follows it after "by", and then its aim
// ("the raids by Ghana on Togolese airfields", "attacks by A and B on
// Malian army bases"), attacks the owner of the site (siteAttacks): each
// author fights the owner, also when the noun opens the sentence. A site
// no side owns, an author's own site, or an attack denied give no fight.
func TestAttacksByAuthorOnOwnedSites(t *testing.T) {
	togo := fact("Ghana", graph.Fights, "Togo")
	checkFacts(t, []factCase{
		{text: "Lome condemned the repeated raids by Ghana on Togolese airfields.",
			want: []string{togo}},
		{text: "The strikes by Ghana on Togolese fuel depots set the port ablaze.",
			want: []string{togo}},
		{text: "Raids by Ghana against Togolese army positions killed ten soldiers on Monday.",
			want: []string{togo}},
		{text: "Mali said attacks by the Borduria Front and the Tarsh Brigades on Malian army bases had intensified.",
			want: []string{fact("Borduria Front", graph.Fights, "Mali"), fact("Tarsh Brigades", graph.Fights, "Mali")}},
		{text: "The bombardment by Ghana against depots of the Borduria Front lasted three days.",
			want: []string{fact("Ghana", graph.Fights, "Borduria Front")}},
	})
	checkNegatives(t, []negativeCase{
		// No owner: a target of no side, or the author's own.
		{text: "The raids by Ghana on remote airfields ended on Monday.",
			not:       []string{togo},
			companion: "The raids by Ghana on Togolese airfields ended on Monday.",
			want:      []string{togo}},
		{text: "The strikes by Ghana on Ghanaian supply depots were reported by Togo.",
			not:       []string{fact("Ghana", graph.Fights, "Ghana"), togo},
			companion: "The strikes by Ghana on Togolese supply depots were reported by Mali.",
			want:      []string{togo}},
		// A denial voids the attack.
		{text: "Ghana denied that raids by Ghanaian jets on Togolese airfields had taken place.",
			not:       []string{togo},
			companion: "Togo said that raids by Ghanaian jets on Togolese airfields had taken place.",
			want:      []string{togo}},
	})
}
