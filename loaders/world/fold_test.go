package world

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"the U.S.", "us"},
		{"The  Gambia", "gambia"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Chișinău", "chisinau"},
		{"São Tomé", "sao tome"},
		{"Theodore", "theodore"}, // "the" only as a word
		{"  Russia ", "russia"},
	} {
		if got := key(tc.in); got != tc.want {
			t.Errorf("key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAcronymsAndCapitals(t *testing.T) {
	for _, tc := range []struct {
		in                string
		acronym, capitals bool
	}{
		{"US", true, true},
		{"U.S.", true, true},
		{"DRC", true, true},
		{"G7", false, true}, // one letter: "g7" is no word to avoid
		{"Russia", false, false},
		{"RUSSIA", true, true},
		{"us", false, false},
		{"Mercosur", false, false},
		{"7", false, false},
	} {
		if got := isAcronym(tc.in); got != tc.acronym {
			t.Errorf("isAcronym(%q) = %v", tc.in, got)
		}
		if got := inCapitals(tc.in); got != tc.capitals {
			t.Errorf("inCapitals(%q) = %v", tc.in, got)
		}
	}
}
