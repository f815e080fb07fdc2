package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// TestStateDescriptionNoGuess covers descriptions of a person by state and
// noun ("the Ghanaian president", "the Peruvian envoy") that no holder of
// the office answers: they name no one, neither the one person named
// before whom nothing places (an accuser, a victim, a speaker, someone met)
// nor the one person named after a bare title ("President X"). Both
// guesses were removed: they made false roles from ordinary sentences.
func TestStateDescriptionNoGuess(t *testing.T) {
	const head = "Talks\n\n"
	ghana := head + "Togolese President Omar Zand held talks with Ghanaian President Arvo Kesk in Lome on Friday."
	ghanaWant := []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}
	peru := head + "Peruvian President Arvo Kesk received the delegation on Monday."
	peruWant := []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}
	checkNegatives(t, []negativeCase{
		{text: head + "Arvo Kesk, a businessman, has accused the Ghanaian president of corruption.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Arvo Kesk, an opposition lawmaker, said the Ghanaian president had lost the trust of the army.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Arvo Kesk, a journalist, was shot dead in Accra on Friday. The Ghanaian president condemned the killing.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "\"We are worried,\" said Arvo Kesk, an analyst. The Ghanaian leader has not commented.",
			not: []string{fact("Arvo Kesk", graph.HeadOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Togolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. Kesk, a rival of the Ghanaian president, asked Togo for help.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Togolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian president did not attend.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Togolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian leader did not thank Togo for its support.",
			not: []string{fact("Arvo Kesk", graph.HeadOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "Togolese President Omar Zand held talks with Arvo Kesk in Lome on Friday. The Ghanaian defence minister later thanked Togo.",
			not: []string{fact("Arvo Kesk", graph.DefenseMinisterOf, "Ghana")}, companion: ghana, want: ghanaWant},
		{text: head + "President Arvo Kesk received the Peruvian president in Santiago on Monday.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}, companion: peru, want: peruWant},
		{text: head + "President Arvo Kesk said on Monday he would soon meet the Peruvian president.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}, companion: peru, want: peruWant},
		{text: head + "Foreign Minister Lina Harb visited Lima on Monday. She met the Peruvian foreign minister and thanked him.",
			not: []string{fact("Lina Harb", graph.ForeignMinisterOf, "Peru")}, companion: peru, want: peruWant},
		{text: head + "President Arvo Kesk opened the summit. Chile backs the Peruvian president in the dispute.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru"), fact("Chile", graph.Supports, "Arvo Kesk")}, companion: peru, want: peruWant},
		{text: head + "Chile will reopen its border with Peru, President Arvo Kesk said on Monday. Kesk spoke after meeting the Peruvian president in Santiago.",
			not: []string{fact("Arvo Kesk", graph.PresidentOf, "Peru")}, companion: peru, want: peruWant},
		{text: head + "President Arvo Kesk spoke at the summit. Special Envoy Ivo Marr also attended. The Peruvian envoy said talks would resume.",
			not: []string{fact("Ivo Marr", graph.EnvoyOf, "Peru")}, companion: peru, want: peruWant},
	})
}
