package world_test

import (
	"fmt"

	"github.com/entente/entente/loaders/world"
)

// The lookups an extractor makes on phrases of an article.
func Example() {
	w, err := world.Load()
	if err != nil {
		panic(err)
	}
	fmt.Println(w.CountryByName("DR Congo").Name)
	fmt.Println(w.ByCapital("Naypyidaw").Name)
	for _, c := range w.ByAdjective("Congolese") {
		fmt.Println("Congolese:", c.Name)
	}
	for _, b := range w.StateBody("Colombia's defence ministry") {
		fmt.Println(b.Name, "of", b.Country.Name, "part of the state:", b.OfState())
	}
	unhcr := w.Body("UNHCR")
	fmt.Println(unhcr.Name, "part of", unhcr.Parent.Name)
	for _, m := range w.Lookup("Djibouti") {
		fmt.Println("Djibouti:", m.Kind, m.Country.Name)
	}
	// Output:
	// Democratic Republic of the Congo
	// Myanmar
	// Congolese: Democratic Republic of the Congo
	// Congolese: Republic of the Congo
	// Colombian Defense Ministry of Colombia part of the state: true
	// UNHCR part of United Nations
	// Djibouti: country Djibouti
	// Djibouti: capital Djibouti
	// Djibouti: adjective Djibouti
}

// The bodies of one state, as an extractor would add them to its catalog.
func ExampleWorld_BodiesOf() {
	w, err := world.Load()
	if err != nil {
		panic(err)
	}
	for _, b := range w.BodiesOf(w.CountryByName("Ethiopia"))[:5] {
		fmt.Printf("%s: %q…\n", b.Name, b.Surfaces()[:2])
	}
	// Output:
	// Ethiopian government: ["Ethiopian government" "Ethiopia's government"]…
	// Ethiopian presidency: ["Ethiopian presidency" "Ethiopian president's office"]…
	// Ethiopian cabinet: ["Ethiopian cabinet" "Ethiopia's cabinet"]…
	// Ethiopian parliament: ["Ethiopian parliament" "Ethiopia's parliament"]…
	// Ethiopian Foreign Ministry: ["Ethiopian foreign ministry" "Ethiopian foreign affairs ministry"]…
}
