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
			companion: "Peru and its ally Chile met Bolivia.",
			want:      []string{fact("Bolivia", graph.MetWith, "Peru"), fact("Bolivia", graph.MetWith, "Chile")}},
		{text: "Ecuador fought the Korvath Front and its ally Chile welcomed the move.",
			not:       []string{fact("Ecuador", graph.Fights, "Chile")},
			companion: "Ecuador fought the Korvath Front and its ally Chile.",
			want:      []string{fact("Ecuador", graph.Fights, "Chile")}},
		{text: "Peru and its troops attacked Bolivia.",
			not:       []string{fact("Chile", graph.Fights, "Bolivia")},
			companion: "Peru and its ally Chile attacked Bolivia.",
			want:      []string{fact("Chile", graph.Fights, "Bolivia")}},
	})
}
