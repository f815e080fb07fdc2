package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A list whose second member is introduced by the first's possessive
// ("A and its ally B", "A and its northern offshoot, B", "A and its rival
// B") is a list for every verb, as subject or object: both act, both are
// acted on. A possessive before a noun that is no name ("its forces"), or
// before a verb, adds no member; and two subjects that meet a third do not
// meet each other.
func TestPossessedCompanionList(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru and its ally Chile attacked Bolivia.",
			want: []string{fact("Peru", graph.Fights, "Bolivia"), fact("Chile", graph.Fights, "Bolivia")}},
		{text: "Ecuador struck the Korvath Front and its northern offshoot, the Vantar Brigade.",
			want: []string{fact("Ecuador", graph.Fights, "Korvath Front"), fact("Ecuador", graph.Fights, "Vantar Brigade")}},
		{text: "Ecuador vowed to fight the Korvath Front and its rival, the Vantar Brigade.",
			want: []string{fact("Ecuador", graph.Fights, "Korvath Front"), fact("Ecuador", graph.Fights, "Vantar Brigade")}},
		{text: "Ecuador accused the Korvath Front and its armed ally the Vantar Brigade of shelling Quito.",
			want: []string{fact("Ecuador", graph.Fights, "Vantar Brigade")}},
	})
}

func TestPossessedCompanionNegatives(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Peru and its ally Chile met Bolivia.",
			not:       []string{fact("Chile", graph.MetWith, "Peru")},
			companion: "Peru and its ally Chile met Bolivia on Monday.",
			want:      []string{fact("Bolivia", graph.MetWith, "Peru"), fact("Bolivia", graph.MetWith, "Chile")}},
		{text: "Ecuador fought the Korvath Front and its ally Chile welcomed the move.",
			not:       []string{fact("Ecuador", graph.Fights, "Chile")},
			companion: "Ecuador fought the Korvath Front and its ally Chile.",
			want:      []string{fact("Ecuador", graph.Fights, "Chile")}},
		{text: "Peru and its troops in Chile attacked Bolivia.",
			not:       []string{fact("Chile", graph.Fights, "Bolivia")},
			companion: "Peru and its ally Chile attacked Bolivia.",
			want:      []string{fact("Chile", graph.Fights, "Bolivia")}},
	})
}

// The companion after "and its ally" may be the subject of a clause of its
// own: after an object ("Peru condemned Chile and its ally Bolivia also
// condemned Peru"), any finite verb after it, past its adverbs, opens that
// clause, and a relative clause after it (", which attacked X") is its
// alone. Neither makes the two one list.
func TestPossessedCompanionOwnClause(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Peru condemned Chile and its ally Bolivia, which attacked Ecuador.",
			want: []string{fact("Bolivia", graph.Fights, "Ecuador"), fact("Peru", graph.Opposes, "Chile")},
			not:  []string{fact("Chile", graph.Fights, "Ecuador")}},
		{text: "Peru attacked Chile and its ally Bolivia, which Ecuador blames for the raid.",
			want: []string{fact("Bolivia", graph.Fights, "Peru"), fact("Chile", graph.Fights, "Peru")}},
	})
	companion := "Peru attacked Chile and its ally Bolivia."
	want := []string{fact("Bolivia", graph.Fights, "Peru"), fact("Chile", graph.Fights, "Peru")}
	checkNegatives(t, []negativeCase{
		{text: "Peru condemned Chile and its ally Bolivia also condemned Peru.",
			not:       []string{fact("Chile", graph.Opposes, "Peru"), fact("Peru", graph.Opposes, "Bolivia")},
			companion: "Peru condemned Chile and its ally Bolivia.",
			want:      []string{fact("Peru", graph.Opposes, "Chile"), fact("Peru", graph.Opposes, "Bolivia")}},
		{text: "Peru condemned Chile and its ally Bolivia then attacked Ecuador.",
			not:       []string{fact("Chile", graph.Fights, "Ecuador")},
			companion: "Chile and its ally Bolivia then attacked Ecuador.",
			want:      []string{fact("Chile", graph.Fights, "Ecuador")}},
		{text: "Peru attacked Chile and its ally Bolivia mobilised.",
			not: []string{fact("Bolivia", graph.Fights, "Peru")}, companion: companion, want: want},
		{text: "Peru attacked Chile and its ally Bolivia quickly responded.",
			not: []string{fact("Bolivia", graph.Fights, "Peru")}, companion: companion, want: want},
		{text: "Peru attacked Chile and its ally Bolivia responded within hours.",
			not: []string{fact("Bolivia", graph.Fights, "Peru")}, companion: companion, want: want},
	})
}
