package world

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestStateBody(t *testing.T) {
	w := load(t)
	for _, tc := range []struct {
		surface string
		want    []string // body@country, sorted
	}{
		{"Ethiopia's foreign ministry", []string{"Ethiopian Foreign Ministry@Ethiopia"}},
		{"the Ethiopian Foreign Ministry", []string{"Ethiopian Foreign Ministry@Ethiopia"}},
		{"Ethiopian Ministry of Foreign Affairs", []string{"Ethiopian Foreign Ministry@Ethiopia"}},
		{"the Ministry of Foreign Affairs of Ethiopia", []string{"Ethiopian Foreign Ministry@Ethiopia"}},
		{"the Myanmar military junta", []string{"Myanmar junta@Myanmar"}},
		{"Burmese junta", []string{"Myanmar junta@Myanmar"}},
		{"Myanmar's junta", []string{"Myanmar junta@Myanmar"}},
		{"Myanmar's military government", []string{"Myanmar junta@Myanmar"}},
		{"the Somali National Army", []string{"Somali National Army@Somalia"}},
		{"Colombia's defence ministry", []string{"Colombian Defense Ministry@Colombia"}},
		{"Colombian Ministry of Defense", []string{"Colombian Defense Ministry@Colombia"}},
		{"Sudanese Armed Forces", []string{"Sudanese military@Sudan"}},
		{"the Sudanese military", []string{"Sudanese military@Sudan"}},
		{"the Congolese army", []string{"Congolese army@Democratic Republic of the Congo", "Congolese army@Republic of the Congo"}},
		{"DR Congo's army", []string{"Congolese army@Democratic Republic of the Congo"}},
		{"the U.S. military", []string{"American military@United States"}},
		{"US Defense Ministry", []string{"American Defense Ministry@United States"}},
		{"the United States' army", []string{"American army@United States"}},
		{"the foreign ministry of the United States", []string{"American Foreign Ministry@United States"}},
		{"the UK's defence ministry", []string{"British Defense Ministry@United Kingdom"}},
		{"Britain's Ministry of Defence", []string{"British Defense Ministry@United Kingdom"}},
		{"the Russian presidency", []string{"Russian presidency@Russia"}},
		{"Iran's parliament", []string{"Iranian parliament@Iran"}},
		{"the Ukrainian Air Force", []string{"Ukrainian air force@Ukraine"}},
		{"the Salvadoran government", []string{"Salvadoran government@El Salvador"}},
		{"Emirati authorities", []string{"Emirati government@United Arab Emirates"}},
		{"the Turkish intelligence agency", []string{"Turkish intelligence services@Turkey"}},
		{"the Kenyan embassy", []string{"Kenyan embassy@Kenya"}},
		{"Naypyidaw's army", nil}, // a capital is not a name in a template
		{"us military", nil},      // "us" is not the US
		{"the foreign ministry", nil},
		{"Ruritanian foreign ministry", nil},
		{"Ethiopian", nil},
	} {
		var got []string
		for _, b := range w.StateBody(tc.surface) {
			got = append(got, b.Name+"@"+b.Country.Name)
		}
		sort.Strings(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("StateBody(%q) = %q, want %q", tc.surface, got, tc.want)
		}
	}
}

func TestStateBodyTiesAndParts(t *testing.T) {
	w := load(t)
	army := w.StateBody("the Russian army")
	if len(army) != 1 || army[0].PartOf != "Russian military" || !army[0].OfState() {
		t.Errorf("Russian army: %+v", army)
	}
	embassy := w.StateBody("the Kenyan embassy")
	if len(embassy) != 1 || embassy[0].PartOf != "Kenyan Foreign Ministry" {
		t.Errorf("Kenyan embassy: %+v", embassy)
	}
	// The Libyan National Army fights the Libyan government: it bears the
	// adjective but is not the state's.
	lna := w.StateBody("the Libyan National Army")
	if len(lna) != 1 || lna[0].OfState() || lna[0].Country.Name != "Libya" {
		t.Errorf("Libyan National Army: %+v", lna)
	}
}

// Every surface of every body of every state and territory reads back as
// that body.
func TestBodiesOfRoundTrip(t *testing.T) {
	w := load(t)
	checked := 0
	for _, c := range w.Countries() {
		if c.Status == Dependency {
			continue
		}
		bodies := w.BodiesOf(c)
		if len(bodies) != len(w.Templates()) {
			t.Fatalf("%s has %d bodies, want %d", c.Name, len(bodies), len(w.Templates()))
		}
		for _, b := range bodies {
			for _, s := range b.Surfaces() {
				found := false
				for _, r := range w.StateBody(s) {
					if r.Name == b.Name && r.Country == c {
						found = true
					}
				}
				if !found {
					t.Errorf("%q does not read back as %s of %s", s, b.Name, c.Name)
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d surfaces checked", checked)
	}
}

func TestSurfaces(t *testing.T) {
	w := load(t)
	var fm StateBody
	for _, b := range w.BodiesOf(w.CountryByName("Ethiopia")) {
		if b.Name == "Ethiopian Foreign Ministry" {
			fm = b
		}
	}
	if fm.Template == nil {
		t.Fatal("no Ethiopian Foreign Ministry")
	}
	got := fm.Surfaces()
	for _, want := range []string{
		"Ethiopian foreign ministry",
		"Ethiopian ministry of foreign affairs",
		"Ethiopia's foreign ministry",
		"Federal Democratic Republic of Ethiopia's foreign ministry",
		"ministry of foreign affairs of Ethiopia",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("surfaces of %s lack %q: %q", fm.Name, want, got)
		}
	}
	var us []string
	for _, b := range w.BodiesOf(w.CountryByName("US")) {
		if b.Name == "American army" {
			us = b.Surfaces()
		}
	}
	if !slices.Contains(us, "United States' army") || !slices.Contains(us, "US army") {
		t.Errorf("surfaces of the American army: %q", us)
	}
}

func TestBody(t *testing.T) {
	w := load(t)
	for _, tc := range []struct{ surface, want, parent string }{
		{"United Nations", "United Nations", ""},
		{"the UN", "United Nations", ""},
		{"U.N.", "United Nations", ""},
		{"UN Security Council", "UN Security Council", "United Nations"},
		{"U.N. Security Council", "UN Security Council", "United Nations"},
		{"UNSC", "UN Security Council", "United Nations"},
		{"the Security Council", "UN Security Council", "United Nations"},
		{"General Assembly", "UN General Assembly", "United Nations"},
		{"UNHCR", "UNHCR", "United Nations"},
		{"the UN refugee agency", "UNHCR", "United Nations"},
		{"WFP", "World Food Programme", "United Nations"},
		{"World Food Program", "World Food Programme", "United Nations"},
		{"UNICEF", "UNICEF", "United Nations"},
		{"OCHA", "OCHA", "United Nations"},
		{"IAEA", "International Atomic Energy Agency", "United Nations"},
		{"the UN nuclear watchdog", "International Atomic Energy Agency", "United Nations"},
		{"ICJ", "International Court of Justice", "United Nations"},
		{"WHO", "World Health Organization", "United Nations"},
		{"World Health Organisation", "World Health Organization", "United Nations"},
		{"MONUSCO", "MONUSCO", "United Nations"},
		{"ICC", "International Criminal Court", ""},
		{"the African Union", "African Union", ""},
		{"AU", "African Union", ""},
		{"ATMIS", "ATMIS", "African Union"},
		{"EU", "European Union", ""},
		{"E.U.", "European Union", ""},
		{"NATO", "NATO", ""},
		{"North Atlantic Treaty Organization", "NATO", ""},
		{"ASEAN", "ASEAN", ""},
		{"Arab League", "Arab League", ""},
		{"League of Arab States", "Arab League", ""},
		{"GCC", "Gulf Cooperation Council", ""},
		{"OIC", "Organisation of Islamic Cooperation", ""},
		{"ECOWAS", "ECOWAS", ""},
		{"Ecowas", "ECOWAS", ""},
		{"Economic Community of West African States", "ECOWAS", ""},
		{"SADC", "SADC", ""},
		{"IGAD", "IGAD", ""},
		{"EAC", "East African Community", ""},
		{"ECCAS", "ECCAS", ""},
		{"OSCE", "OSCE", ""},
		{"Organization for Security and Co-operation in Europe", "OSCE", ""},
		{"CSTO", "CSTO", ""},
		{"SCO", "Shanghai Cooperation Organisation", ""},
		{"BRICS", "BRICS", ""},
		{"OAS", "Organization of American States", ""},
		{"CARICOM", "CARICOM", ""},
		{"Mercosur", "Mercosur", ""},
		{"SAARC", "SAARC", ""},
		{"Pacific Islands Forum", "Pacific Islands Forum", ""},
		// Organs, forces and missions of the regional bodies.
		{"the ECOWAS Commission", "ECOWAS Commission", "ECOWAS"},
		{"ECOWAS standby force", "ECOWAS Standby Force", "ECOWAS"},
		{"SAMIM", "SADC Mission in Mozambique", "SADC"},
		{"EACRF", "EAC Regional Force", "East African Community"},
		{"G5 Sahel Joint Force", "G5 Sahel", ""},
		{"MNJTF", "Multinational Joint Task Force", ""},
		{"UNITAMS", "UNITAMS", "United Nations"},
		{"Kosovo Force", "KFOR", "NATO"},
		{"EULEX", "EULEX", "European Union"},
		{"EUMM", "EU Monitoring Mission in Georgia", "European Union"},
		{"EUCAP Sahel Niger", "EUCAP Sahel Niger", "European Union"},
		{"Operation Atalanta", "EU Naval Force", "European Union"},
		{"ecowas commission of inquiry", "", ""},
		{"who", "", ""},
		{"au", "", ""},
		{"Ruritanian League", "", ""},
	} {
		b := w.Body(tc.surface)
		got, parent := "", ""
		if b != nil {
			got = b.Name
			if b.Parent != nil {
				parent = b.Parent.Name
			}
			if b.Parent == nil && b.PartOf != "" {
				t.Errorf("%s: part of %q not linked", b.Name, b.PartOf)
			}
		}
		if got != tc.want || parent != tc.parent {
			t.Errorf("Body(%q) = %q part of %q, want %q part of %q", tc.surface, got, parent, tc.want, tc.parent)
		}
	}
}

// A body's name never also names a state: "the Security Council" is the
// UN's, "Georgia" a state.
func TestBodyNamesAreNotCountryNames(t *testing.T) {
	w := load(t)
	for _, b := range w.Bodies() {
		for _, n := range b.Names() {
			if c := w.CountryByName(n); c != nil {
				t.Errorf("%q names both the body %s and %s", n, b.Name, c.Name)
			}
		}
	}
	kinds := map[BodyKind]int{}
	for _, b := range w.Bodies() {
		kinds[b.Kind]++
	}
	if kinds[Global] < 20 || kinds[Regional] < 20 {
		t.Errorf("bodies by kind: %v", kinds)
	}
}

func BenchmarkStateBody(b *testing.B) {
	w := load(b)
	for b.Loop() {
		w.StateBody("Colombia's defence ministry")
		w.StateBody("the Ethiopian army")
		w.StateBody("the morning after")
	}
}

func TestTemplatesHaveAStatePlaceholderInEveryPattern(t *testing.T) {
	w := load(t)
	for _, tm := range w.Templates() {
		if len(tm.Patterns) == 0 {
			t.Errorf("%s has no pattern", tm.Name)
		}
		for _, p := range tm.Patterns {
			if !strings.Contains(p, "{adj}") && !strings.Contains(p, "{country}") {
				t.Errorf("%s: pattern %q names no state", tm.Name, p)
			}
		}
	}
}
