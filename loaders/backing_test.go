package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestBackingKinds checks the shapes of backing added in session 32
// (ally32): support of a named kind carried to the clause's subject ("with
// heavy air support from X", "with the support of X's aviation"), the
// fighters at a side's side backed with it ("X troops and allied
// militiamen, backed by Y,"), support resumed, equipment a state agrees to
// deliver, a side's leadership hosted, a war entered on the side of
// another, a quoted name after "X-backed", a base used by a side to train
// another, and a relative clause whose subject acts alongside a companion
// ("X, which alongside Y has propped up Z,").
func TestBackingKinds(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "The Hill Brigade launched the offensive on May 31 with heavy air support from Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The Hill Brigade retook the pass with close air support from Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The Hill Brigade seized the ferry with intelligence support from Ghana.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The Togolese army had advanced on the outskirts of the town with the support of Ghanaian aviation.",
			want: []string{fact("Ghana", graph.Supports, "Togolese army")}},
		{text: "Togolese troops and allied militiamen, backed by Ghanaian airstrikes, drove the Hill Brigade out of the port.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana resumed military assistance to Togo in March.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana agreed to deliver military equipment to Togo so it could defend its border.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana hosts the leadership of the rebel Hill Brigade and thousands of refugees.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The Hill Brigade then entered the conflict on the side of the Northern Front and seized the bridge.",
			want: []string{fact("Hill Brigade", graph.Supports, "Northern Front")}},
		{text: "Ghana openly joined the war on the side of Togo last year.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "The Ghana-backed \"Hill Brigade\" (HB) took the town on Monday. The Hill Brigade withdrew a day later.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The airstrip is used by Ghana to train and advise fighters of the Hill Brigade.",
			want: []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Ghana, which had backed Togo's line throughout the talks, left early.",
			want: []string{fact("Ghana", graph.Supports, "Togo")}},
		// An accusation states what it alleges (accusation).
		{text: "Mali accused Benin of entering the conflict on the side of the Corven Front.",
			want: []string{fact("Benin", graph.Supports, "Corven Front")}},
		{text: "Ghana has become one of Togo's closest partners.",
			want: []string{fact("Ghana", graph.AlliedWith, "Togo")}},
		{text: "Benin has become one of the Hill Brigade's main backers.",
			want: []string{fact("Benin", graph.Supports, "Hill Brigade")}},
		{text: "Ghana, which alongside Benin has propped up Togo's government for years, sent more troops.",
			want: []string{fact("Ghana", graph.Supports, "Togo"), fact("Benin", graph.Supports, "Togo")}},
	})
}

// TestBackingKindsNearMisses checks the near misses of those shapes: a war
// joined against a side, a delivery refused, talks resumed, a body's seat
// or a state's leaders hosted, and negotiators hosted for talks.
func TestBackingKindsNearMisses(t *testing.T) {
	checkNegatives(t, []negativeCase{
		// A deed warned off is not done.
		{text: "Mali warned Benin against joining the fighting on the side of the Corven Front.",
			not:       []string{fact("Benin", graph.Supports, "Corven Front")},
			companion: "Benin joined the fighting on the side of the Corven Front.",
			want:      []string{fact("Benin", graph.Supports, "Corven Front")}},
		{text: "Mali cautioned Benin against delivering howitzers to the Corven Front.",
			not:       []string{fact("Benin", graph.Supports, "Corven Front")},
			companion: "Benin delivered howitzers to the Corven Front.",
			want:      []string{fact("Benin", graph.Supports, "Corven Front")}},
		// The partners own another noun: the critics are the partners'.
		{text: "Mali has become one of Benin's partners' fiercest critics.",
			not:       []string{fact("Mali", graph.AlliedWith, "Benin")},
			companion: "Mali has become one of Benin's partners.",
			want:      []string{fact("Mali", graph.AlliedWith, "Benin")}},
		{text: "Mali is among Benin's backers' harshest critics.",
			not:       []string{fact("Mali", graph.Supports, "Benin")},
			companion: "Mali is among Benin's backers.",
			want:      []string{fact("Mali", graph.Supports, "Benin")}},
		{text: "Ghana joined the war on Togo in May.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana joined the war on the side of Togo in May.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana did not enter the war on the side of Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana entered the war on the side of Togo.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana refused to deliver military equipment to Togo.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana agreed to deliver military equipment to Togo.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ghana resumed talks with Togo on the border.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana resumed its support for Togo.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Ethiopia hosts the headquarters of the African Union in its capital.",
			not:       []string{fact("Ethiopia", graph.Supports, "African Union")},
			companion: "Ghana hosts the leadership of the rebel Hill Brigade.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Ghana hosted the leaders of Togo and Benin in Accra.",
			not:       []string{fact("Ghana", graph.Supports, "Togo"), fact("Ghana", graph.Supports, "Benin")},
			companion: "Ghana hosted the political leadership of the rebel Hill Brigade in Accra.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "The airstrip was used by Ghana to strike the Hill Brigade.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "The airstrip was used by Ghana to arm the Hill Brigade.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Ghana, which alongside Benin has fought the Hill Brigade for years, sent more troops.",
			not:       []string{fact("Ghana", graph.Supports, "Hill Brigade")},
			companion: "Ghana, which alongside Benin has armed the Hill Brigade for years, sent more troops.",
			want:      []string{fact("Ghana", graph.Supports, "Hill Brigade")}},
		{text: "Ghana shelled Togo's line near the river.",
			not:       []string{fact("Ghana", graph.Supports, "Togo")},
			companion: "Ghana backed Togo's line in the border talks.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
		{text: "Togolese troops and allied militiamen, who fought the Hill Brigade, held the port.",
			not:       []string{fact("Hill Brigade", graph.Supports, "Togo")},
			companion: "Togolese troops and allied militiamen, backed by Ghanaian drones, held the port.",
			want:      []string{fact("Ghana", graph.Supports, "Togo")}},
	})
}
