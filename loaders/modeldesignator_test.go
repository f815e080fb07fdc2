package loaders

import (
	"testing"

	"github.com/entente/entente/graph"
)

// A weapon model's designator between a side's name and its weapon ("F-16
// warplanes", "Su-25 jets") leaves the weapon the side's.
func TestModelDesignatorBeforeWeapon(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Ghanaian F-16 warplanes bombed positions of the Borduria Front near the river.",
			want: []string{fact("Borduria Front", graph.Fights, "Ghana")}},
		{text: "Togolese Su-25 jets struck positions of the Borduria Front on Monday.",
			want: []string{fact("Borduria Front", graph.Fights, "Togo")}},
	})
	checkNegatives(t, []negativeCase{
		// Alone, the designator names the weapon, and the strike is the
		// weapon's, not the side's that bought it.
		{text: "Togo sold Ghana the F-16 that struck positions of the Borduria Front.",
			not:       []string{fact("Borduria Front", graph.Fights, "Ghana"), fact("Borduria Front", graph.Fights, "Togo")},
			companion: "Ghanaian F-16 warplanes bombed positions of the Borduria Front near the river.",
			want:      []string{fact("Borduria Front", graph.Fights, "Ghana")}},
	})
}
