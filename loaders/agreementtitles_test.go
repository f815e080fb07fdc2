package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestDealTitlesJoined checks a deal named by a capitalised title whose
// words "of", "for" or "and" join before its noun, an acronym in brackets
// after it, and a title that goes on after the noun over "through a".
func TestDealTitlesJoined(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front and the Tarsh Movement signed a Status of Forces Agreement in Lima on Monday.",
			want: []string{fact("Borduria Front", graph.Signed, "Status of Forces Agreement"), fact("Tarsh Movement", graph.Signed, "Status of Forces Agreement")}},
		{text: "The Borduria Front signed the Cessation of Hostilities Agreement with the Tarsh Movement.",
			want: []string{fact("Borduria Front", graph.Signed, "Cessation of Hostilities Agreement")}},
		// A word the lexicon knows as an office or a pattern's noun is the
		// title's beside a joining word.
		{text: "Defence Minister Ana Lotvar signed the Mutual Defence of Borders Treaty in Quito.",
			want: []string{fact("Ana Lotvar", graph.Signed, "Mutual Defence of Borders Treaty")}},
		// The acronym in brackets names the deal later in the article.
		{text: "Chile and Peru signed the Joint Use of Ports Protocol (JUPP) in Quito. Ecuador also signed the JUPP in May.",
			want: []string{fact("Chile", graph.Signed, "Joint Use of Ports Protocol"), fact("Ecuador", graph.Signed, "Joint Use of Ports Protocol")}},
		{text: "The Separation of Forces Accord, which Chile and Peru signed in Lima, still holds.",
			want: []string{fact("Peru", graph.Signed, "Separation of Forces Accord")}},
		{text: "Chile and Peru signed the Agreement for Lasting Peace through a Permanent Cessation of Hostilities in Lima.",
			want: []string{fact("Chile", graph.Signed, "Agreement for Lasting Peace through a Permanent Cessation of Hostilities")}},
	})
	checkNegatives(t, []negativeCase{
		// A body whose name ends in a deal's noun stays a body.
		{text: "Chile backed the Government of National Accord (GNA) in Tripoli.",
			not:       []string{fact("Chile", graph.Signed, "Government of National Accord")},
			companion: "Chile and Peru signed the Joint Use of Ports Protocol (JUPP) in Quito.",
			want:      []string{fact("Chile", graph.Signed, "Joint Use of Ports Protocol")}},
		// A title of capitalised words alone, with no joining word, is
		// read as before; a lower-case "of" joins no title.
		{text: "Chile signed the status of forces agreement in Quito.",
			not:       []string{fact("Chile", graph.Signed, "status of forces agreement"), fact("Chile", graph.Signed, "Status of Forces Agreement")},
			companion: "Chile signed the Status of Forces Agreement in Quito.",
			want:      []string{fact("Chile", graph.Signed, "Status of Forces Agreement")}},
	})
}

// TestNumberedResolutions checks a resolution named by its number: the
// council that adopts it signs it, who drafted it brokered it, and "the
// resolution" later refers back to it alone.
func TestNumberedResolutions(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The UN Security Council adopted Resolution 2719 on Friday.",
			want: []string{fact("UN Security Council", graph.Signed, "Resolution 2719")}},
		{text: "The UN Security Council unanimously adopted resolution 2719 and resolution 2720.",
			want: []string{fact("UN Security Council", graph.Signed, "Resolution 2719"), fact("UN Security Council", graph.Signed, "Resolution 2720")}},
		{text: "Resolution 2719, drafted by Chile and Peru, extends the mission for a year.",
			want: []string{fact("Chile", graph.Brokered, "Resolution 2719"), fact("Peru", graph.Brokered, "Resolution 2719")}},
		{text: "The council adopted Resolution 2719. The text that Chile and Peru had drafted extends the mission.",
			want: []string{fact("Chile", graph.Brokered, "Resolution 2719")}},
		{text: "The UN Security Council adopted Resolution 2719. The Borduria Front welcomed the resolution.",
			want: []string{fact("Borduria Front", graph.Supports, "Resolution 2719")}},
		// A resolution inside a title is no numbered resolution: "the
		// agreement" refers back to the deal.
		{text: "Chile and Peru signed the Agreement on the Resolution of the Conflict in Lima. Bolivia welcomed the agreement.",
			want: []string{fact("Bolivia", graph.Supports, "Agreement on the Resolution of the Conflict")}},
		// The council glued before the noun is part of the name: backing
		// the resolution backs no council.
		{text: "Chile backed UN Security Council Resolution 2719.",
			want: []string{fact("Chile", graph.Supports, "Resolution 2719")},
			not:  []string{fact("Chile", graph.Supports, "UN Security Council")}},
	})
	checkFacts(t, []factCase{
		// A resolution adopted before the article gives its number is
		// the one it numbers; the number is no year, even in a dated
		// report.
		{text: "Title: Council orders the mission home\nDate: Sep 28, 2013\n\nThe UN Security Council unanimously adopted a resolution late Friday ordering the mission home. All 15 members voted for Resolution 2118, which Chile drafted.",
			want: []string{fact("UN Security Council", graph.Signed, "Resolution 2118")}},
		{text: "Title: Council acts\nDate: March 3, 2011\n\nThe UN Security Council adopted Resolution 1973. The Borduria Front welcomed the text.",
			want: []string{fact("UN Security Council", graph.Signed, "Resolution 1973"), fact("Borduria Front", graph.Supports, "Resolution 1973")}},
	})
	checkNegatives(t, []negativeCase{
		// A bare resolution is the numbered one only when the article
		// numbers one, and a draft or one sought is none.
		{text: "The UN Security Council adopted a draft resolution. Chile welcomed Resolution 2118.",
			not:       []string{fact("UN Security Council", graph.Signed, "Resolution 2118")},
			companion: "The UN Security Council adopted a resolution. Chile welcomed Resolution 2118.",
			want:      []string{fact("UN Security Council", graph.Signed, "Resolution 2118")}},
		{text: "The UN Security Council adopted a resolution on Friday.",
			not:       []string{fact("UN Security Council", graph.Signed, "resolution")},
			companion: "The UN Security Council adopted Resolution 2118 on Friday.",
			want:      []string{fact("UN Security Council", graph.Signed, "Resolution 2118")}},
		{text: "Chile welcomed a peaceful resolution to the crisis. Peru drafted Resolution 2118.",
			not:       []string{fact("Chile", graph.Supports, "Resolution 2118")},
			companion: "Chile welcomed a resolution on the crisis. Peru drafted Resolution 2118.",
			want:      []string{fact("Chile", graph.Supports, "Resolution 2118")}},
		// A resolution with no number names no deal.
		{text: "The Borduria Front sought a resolution of the conflict, which Chile welcomed.",
			not:       []string{fact("Chile", graph.Supports, "resolution of the conflict")},
			companion: "The Borduria Front drafted Resolution 2719, which Chile welcomed.",
			want:      []string{fact("Chile", graph.Supports, "Resolution 2719")}},
		// "the resolution" refers to no deal of another kind.
		{text: "Chile and Peru signed the Lima accord. Bolivia welcomed the resolution.",
			not:       []string{fact("Bolivia", graph.Supports, "Lima accord")},
			companion: "Chile and Peru signed the Lima accord. Bolivia welcomed the accord.",
			want:      []string{fact("Bolivia", graph.Supports, "Lima accord")}},
		// A number glued to others is no resolution's.
		{text: "The UN Security Council adopted resolution 2,719 on Friday.",
			not:       []string{fact("UN Security Council", graph.Signed, "Resolution 2")},
			companion: "The UN Security Council adopted resolution 2719 on Friday.",
			want:      []string{fact("UN Security Council", graph.Signed, "Resolution 2719")}},
	})
}

// TestTitledPlans checks a plan named by a capitalised title of its own,
// which its backers endorse as a deal; a plan named by an actor or by
// common words alone is no deal.
func TestTitledPlans(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front backed the Koslo Plan for the valley.",
			want: []string{fact("Borduria Front", graph.Supports, "Koslo Plan")}},
		{text: "Chile welcomed the Coastal Autonomy Plan on Sunday.",
			want: []string{fact("Chile", graph.Supports, "Coastal Autonomy Plan")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "The Borduria Front backed the Chile Plan for the valley.",
			not:       []string{fact("Borduria Front", graph.Supports, "Chile Plan")},
			companion: "The Borduria Front backed the Koslo Plan for the valley.",
			want:      []string{fact("Borduria Front", graph.Supports, "Koslo Plan")}},
		{text: "The Borduria Front backed the autonomy plan for the valley.",
			not:       []string{fact("Borduria Front", graph.Supports, "autonomy plan")},
			companion: "The Borduria Front backed the Autonomy Plan for the valley.",
			want:      []string{fact("Borduria Front", graph.Supports, "Autonomy Plan")}},
	})
}

// TestRequestedGuarantors checks that who asks a deal's guarantors or
// mediators to act is none of them, while one named as a guarantor is.
func TestRequestedGuarantors(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Borduria Front, one of the guarantors of the Lima truce, urged calm.",
			want: []string{fact("Borduria Front", graph.Brokered, "Lima truce")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile and Peru signed the Lima truce. The Borduria Front called on the guarantors of the Lima truce to act.",
			not:       []string{fact("Borduria Front", graph.Brokered, "Lima truce")},
			companion: "Chile and Peru signed the Lima truce. The Borduria Front, a guarantor of the Lima truce, called for calm.",
			want:      []string{fact("Borduria Front", graph.Brokered, "Lima truce")}},
		{text: "The Borduria Front urged the guarantors of the Lima truce to intervene.",
			not:       []string{fact("Borduria Front", graph.Brokered, "Lima truce")},
			companion: "The Borduria Front and the Tarsh Movement, the guarantors of the Lima truce, urged calm.",
			want:      []string{fact("Borduria Front", graph.Brokered, "Lima truce")}},
		{text: "The Borduria Front asked the mediators of the Lima truce to step in.",
			not:       []string{fact("Borduria Front", graph.Brokered, "Lima truce")},
			companion: "The Borduria Front, a mediator of the Lima truce, asked for calm.",
			want:      []string{fact("Borduria Front", graph.Brokered, "Lima truce")}},
	})
}
