package world

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	loadOnce sync.Once
	loaded   *World
	loadErr  error
)

// load returns the embedded data, read once for all tests.
func load(t testing.TB) *World {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func name(c *Country) string {
	if c == nil {
		return "<nil>"
	}
	return c.Name
}

func TestCountryByName(t *testing.T) {
	w := load(t)
	for _, tc := range []struct{ surface, want string }{
		// Europe
		{"Russia", "Russia"},
		{"Russian Federation", "Russia"},
		{"RUSSIA", "Russia"},
		{"russia", "Russia"},
		{"Ukraine", "Ukraine"},
		{"Republic of Moldova", "Moldova"},
		{"UK", "United Kingdom"},
		{"U.K.", "United Kingdom"},
		{"Britain", "United Kingdom"},
		{"Great Britain", "United Kingdom"},
		{"the Netherlands", "Netherlands"},
		{"Holland", "Netherlands"},
		{"Czech Republic", "Czechia"},
		{"Bosnia", "Bosnia and Herzegovina"},
		{"North Macedonia", "North Macedonia"},
		{"Holy See", "Holy See"},
		{"the Vatican", "Holy See"},
		{"Kosovo", "Kosovo"},
		{"Transnistria", "Transnistria"},
		// Asia and the Middle East
		{"Iran", "Iran"},
		{"Islamic Republic of Iran", "Iran"},
		{"Syrian Arab Republic", "Syria"},
		{"Türkiye", "Turkey"},
		{"Turkiye", "Turkey"},
		{"Republic of Korea", "South Korea"},
		{"South Korea", "South Korea"},
		{"DPRK", "North Korea"},
		{"Burma", "Myanmar"},
		{"Viet Nam", "Vietnam"},
		{"East Timor", "Timor-Leste"},
		{"State of Palestine", "Palestine"},
		{"Taiwan", "Taiwan"},
		{"Hong Kong", "Hong Kong"},
		{"UAE", "United Arab Emirates"},
		{"Emirates", "United Arab Emirates"},
		{"Abkhazia", "Abkhazia"},
		// Africa
		{"DR Congo", "Democratic Republic of the Congo"},
		{"DRC", "Democratic Republic of the Congo"},
		{"Congo-Kinshasa", "Democratic Republic of the Congo"},
		{"Democratic Republic of Congo", "Democratic Republic of the Congo"},
		{"Congo-Brazzaville", "Republic of the Congo"},
		{"Ivory Coast", "Ivory Coast"},
		{"Côte d'Ivoire", "Ivory Coast"},
		{"Cote D’Ivoire", "Ivory Coast"},
		{"Ethiopia", "Ethiopia"},
		{"Federal Democratic Republic of Ethiopia", "Ethiopia"},
		{"the Gambia", "Gambia"},
		{"Guinea Bissau", "Guinea-Bissau"},
		{"Sao Tome and Principe", "São Tomé and Príncipe"},
		{"Swaziland", "Eswatini"},
		{"Western Sahara", "Western Sahara"},
		{"Sahrawi Arab Democratic Republic", "Western Sahara"},
		{"Somaliland", "Somaliland"},
		{"South Sudan", "South Sudan"},
		{"Central African Republic", "Central African Republic"},
		{"CAR", "Central African Republic"},
		{"car", "<nil>"},
		{"Burkina", "Burkina Faso"},
		{"Republic of Congo", "Republic of the Congo"},
		// The Americas
		{"US", "United States"},
		{"U.S.", "United States"},
		{"the United States", "United States"},
		{"United States of America", "United States"},
		{"America", "United States"},
		{"Plurinational State of Bolivia", "Bolivia"},
		{"Bolivarian Republic of Venezuela", "Venezuela"},
		{"El Salvador", "El Salvador"},
		{"United Mexican States", "Mexico"},
		{"Haiti", "Haiti"},
		// Oceania
		{"Papua New Guinea", "Papua New Guinea"},
		{"Solomon Islands", "Solomon Islands"},
		{"Federated States of Micronesia", "Micronesia"},
		// Not names: a pronoun, an ambiguous short form, a capital, nothing.
		{"us", "<nil>"},
		{"Congo", "<nil>"},
		{"Dominique", "<nil>"}, // a given name, though French for Dominica
		{"Timor", "<nil>"},     // the island Timor-Leste shares with Indonesia
		{"Washington", "<nil>"},
		{"Ruritania", "<nil>"},
		{"", "<nil>"},
	} {
		if got := name(w.CountryByName(tc.surface)); got != tc.want {
			t.Errorf("CountryByName(%q) = %s, want %s", tc.surface, got, tc.want)
		}
	}
}

func TestByCapital(t *testing.T) {
	w := load(t)
	for _, tc := range []struct{ surface, want string }{
		{"Naypyidaw", "Myanmar"},
		{"Nay Pyi Taw", "Myanmar"},
		{"Addis Ababa", "Ethiopia"},
		{"Kinshasa", "Democratic Republic of the Congo"},
		{"Brazzaville", "Republic of the Congo"},
		{"Khartoum", "Sudan"},
		{"Juba", "South Sudan"},
		{"Mogadishu", "Somalia"},
		{"Hargeisa", "Somaliland"},
		{"Bamako", "Mali"},
		{"Ouagadougou", "Burkina Faso"},
		{"Niamey", "Niger"},
		{"Abuja", "Nigeria"},
		{"N'Djamena", "Chad"},
		{"Bangui", "Central African Republic"},
		{"Tripoli", "Libya"},
		{"Laayoune", "Western Sahara"},
		{"Moscow", "Russia"},
		{"Kyiv", "Ukraine"},
		{"Kiev", "Ukraine"},
		{"Chisinau", "Moldova"},
		{"Pristina", "Kosovo"},
		{"Tbilisi", "Georgia"},
		{"Yerevan", "Armenia"},
		{"Baku", "Azerbaijan"},
		{"The Hague", "Netherlands"},
		{"London", "United Kingdom"},
		{"Tehran", "Iran"},
		{"Damascus", "Syria"},
		{"Beirut", "Lebanon"},
		{"Jerusalem", "Israel"},
		{"Ramallah", "Palestine"},
		{"Sanaa", "Yemen"},
		{"Sana'a", "Yemen"},
		{"Kabul", "Afghanistan"},
		{"Islamabad", "Pakistan"},
		{"Taipei", "Taiwan"},
		{"Washington", "United States"},
		{"Bogotá", "Colombia"},
		{"Bogota", "Colombia"},
		{"Caracas", "Venezuela"},
		{"Port-au-Prince", "Haiti"},
		{"San Salvador", "El Salvador"},
		{"Managua", "Nicaragua"},
		{"La Paz", "Bolivia"},
		{"Kingston", "Jamaica"}, // also Norfolk Island's
		{"Port Moresby", "Papua New Guinea"},
		{"Canberra", "Australia"},
		// A dependency's capital is not an actor.
		{"Douglas", "<nil>"},
		{"Stanley", "<nil>"},
		{"Ethiopia", "<nil>"},
	} {
		if got := name(w.ByCapital(tc.surface)); got != tc.want {
			t.Errorf("ByCapital(%q) = %s, want %s", tc.surface, got, tc.want)
		}
	}
}

func TestByAdjective(t *testing.T) {
	w := load(t)
	for _, tc := range []struct {
		surface string
		want    string // names, '|'-separated
	}{
		{"Ethiopian", "Ethiopia"},
		{"Eritrean", "Eritrea"},
		{"Somali", "Somalia"},
		{"Sudanese", "Sudan"},
		{"South Sudanese", "South Sudan"},
		{"Congolese", "Democratic Republic of the Congo|Republic of the Congo"},
		{"Rwandan", "Rwanda"},
		{"Ugandan", "Uganda"},
		{"Malian", "Mali"},
		{"Burkinabe", "Burkina Faso"},
		{"Nigerien", "Niger"},
		{"Nigerian", "Nigeria"},
		{"Chadian", "Chad"},
		{"Cameroonian", "Cameroon"},
		{"Mozambican", "Mozambique"},
		{"Libyan", "Libya"},
		{"Ivorian", "Ivory Coast"},
		{"Sahrawi", "Western Sahara"},
		{"Emirati", "United Arab Emirates"},
		{"Saudi", "Saudi Arabia"},
		{"Yemeni", "Yemen"},
		{"Israeli", "Israel"},
		{"Palestinian", "Palestine"},
		{"Lebanese", "Lebanon"},
		{"Iranian", "Iran"},
		{"Afghan", "Afghanistan"},
		{"Pakistani", "Pakistan"},
		{"Burmese", "Myanmar"},
		{"Myanmar", "Myanmar"},
		{"Thai", "Thailand"},
		{"Filipino", "Philippines"},
		{"Philippine", "Philippines"},
		{"Taiwanese", "Taiwan"},
		{"Kazakh", "Kazakhstan"},
		{"Lao", "Laos"},
		{"Azeri", "Azerbaijan"},
		{"Bissau-Guinean", "Guinea-Bissau"},
		{"Kyrgyz", "Kyrgyzstan"},
		{"Tajik", "Tajikistan"},
		{"Russian", "Russia"},
		{"Ukrainian", "Ukraine"},
		{"Georgian", "Georgia"},
		{"Armenian", "Armenia"},
		{"Azerbaijani", "Azerbaijan"},
		{"Kosovar", "Kosovo"},
		{"Icelandic", "Iceland"},
		{"British", "United Kingdom"},
		{"UK", "United Kingdom"},
		{"American", "United States"},
		{"US", "United States"},
		{"U.S.", "United States"},
		{"Salvadoran", "El Salvador"},
		{"Colombian", "Colombia"},
		{"Venezuelan", "Venezuela"},
		{"Haitian", "Haiti"},
		{"Mexican", "Mexico"},
		{"Dominican", "Dominica|Dominican Republic"},
		{"Papua New Guinean", "Papua New Guinea"},
		{"French", "France"}, // not also French Polynesia
		{"us", ""},
		{"Ruritanian", ""},
	} {
		var got []string
		for _, c := range w.ByAdjective(tc.surface) {
			got = append(got, c.Name)
		}
		sort.Strings(got)
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("ByAdjective(%q) = %q, want %q", tc.surface, g, tc.want)
		}
	}
}

// unMembers are the ISO alpha-3 codes of the 193 member states of the
// United Nations, typed from the UN's list of members, not from the data.
const unMembers = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP
CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC
GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR
MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA
SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT
VEN VNM YEM ZMB ZWE`

func TestEveryUNMemberAndObserverIsPresent(t *testing.T) {
	w := load(t)
	codes := strings.Fields(unMembers)
	if len(codes) != 193 {
		t.Fatalf("the test's list has %d members, want 193", len(codes))
	}
	want := map[string]bool{}
	for _, code := range codes {
		want[code] = true
		c := w.Code(code)
		if c == nil {
			t.Errorf("member %s missing", code)
			continue
		}
		if c.Status != Member || !c.IsState() {
			t.Errorf("%s (%s) has status %s, want member", c.Name, code, c.Status)
		}
		// A state is found by its own name and, if it has one, its capital.
		if w.CountryByName(c.Name) != c {
			t.Errorf("%s is not found by its name", c.Name)
		}
		if len(c.Capitals) == 0 || w.ByCapital(c.Capitals[0]) != c {
			t.Errorf("%s is not found by its capital %v", c.Name, c.Capitals)
		}
		if len(c.Adjectives) == 0 {
			t.Errorf("%s has no adjective", c.Name)
		}
	}
	for _, code := range []string{"VAT", "PSE"} {
		if c := w.Code(code); c == nil || c.Status != Observer {
			t.Errorf("observer %s: %v", code, c)
		}
	}
	members, observers := 0, 0
	for _, c := range w.Countries() {
		switch c.Status {
		case Member:
			members++
			if !want[c.Alpha3] {
				t.Errorf("%s (%s) is a member in the data but not in the UN's list", c.Name, c.Alpha3)
			}
		case Observer:
			observers++
		}
	}
	if members != 193 || observers != 2 {
		t.Errorf("%d members and %d observers, want 193 and 2", members, observers)
	}
}

func TestUsualTerritoriesArePresent(t *testing.T) {
	w := load(t)
	for _, n := range []string{"Taiwan", "Kosovo", "Western Sahara", "Hong Kong", "Macau", "Puerto Rico",
		"Greenland", "Somaliland", "Abkhazia", "South Ossetia", "Transnistria", "Northern Cyprus"} {
		c := w.CountryByName(n)
		if c == nil || c.Status != Territory || c.IsState() {
			t.Errorf("territory %s: %+v", n, c)
		}
	}
}

func TestNoNameNamesTwoEntries(t *testing.T) {
	w := load(t)
	seen := map[string]*Country{}
	for _, c := range w.Countries() {
		for _, n := range c.Names() {
			k := key(n)
			if other, ok := seen[k]; ok && other != c {
				t.Errorf("%q names both %s and %s", n, other.Name, c.Name)
			}
			seen[k] = c
		}
	}
	if len(w.Countries()) < 250 {
		t.Errorf("%d entries; ISO 3166 alone has 249", len(w.Countries()))
	}
}

func TestCountryAccessors(t *testing.T) {
	w := load(t)
	et := w.Code("et")
	if et == nil || et.Name != "Ethiopia" || et.Alpha3 != "ETH" || et.Region != "Africa" || et.Subregion != "Eastern Africa" {
		t.Fatalf("Code(et) = %+v", et)
	}
	if et.Adjective() != "Ethiopian" || et.Official != "Federal Democratic Republic of Ethiopia" {
		t.Errorf("Ethiopia: adjective %q, official %q", et.Adjective(), et.Official)
	}
	if got := w.Code("MMR").Adjective(); got != "Myanmar" {
		t.Errorf("Myanmar's first adjective is %q, want the name, as news writes it", got)
	}
	for code, want := range map[string]string{"SAU": "Saudi", "BWA": "Botswana", "ISL": "Icelandic", "KGZ": "Kyrgyz", "ARE": "Emirati"} {
		if got := w.Code(code).Adjective(); got != want {
			t.Errorf("%s's first adjective is %q, want %q", code, got, want)
		}
	}
	if w.Code("ZZZ") != nil {
		t.Error("Code(ZZZ) is not nil")
	}
}

func TestStatesAndRegions(t *testing.T) {
	w := load(t)
	if n := len(w.States()); n != 195 {
		t.Errorf("%d states, want 193 members and 2 observers", n)
	}
	var east []string
	for _, c := range w.InRegion("eastern africa") {
		east = append(east, c.Name)
	}
	for _, want := range []string{"Ethiopia", "Somalia", "Somaliland", "Uganda", "Kenya"} {
		if !slices.Contains(east, want) {
			t.Errorf("Eastern Africa lacks %s: %q", want, east)
		}
	}
	if slices.Contains(east, "Mayotte") {
		t.Error("a dependency in InRegion")
	}
	for _, region := range []string{"Africa", "Americas", "Asia", "Europe", "Oceania"} {
		if n := len(w.InRegion(region)); n < 10 {
			t.Errorf("%s has %d states and territories", region, n)
		}
	}
}

func TestLookupGivesEveryReading(t *testing.T) {
	w := load(t)
	for _, tc := range []struct {
		surface string
		want    []string // kind:name, sorted
	}{
		{"Djibouti", []string{"adjective:Djibouti", "capital:Djibouti", "country:Djibouti"}},
		{"Tehran", []string{"capital:Iran"}},
		{"Ethiopian", []string{"adjective:Ethiopia"}},
		{"Congolese", []string{"adjective:Democratic Republic of the Congo", "adjective:Republic of the Congo"}},
		{"Ethiopia's foreign ministry", []string{"state body:Ethiopian Foreign Ministry"}},
		{"UNHCR", []string{"body:UNHCR"}},
		{"the African Union", []string{"body:African Union"}},
		{"Ruritania", nil},
	} {
		var got []string
		for _, m := range w.Lookup(tc.surface) {
			switch {
			case m.Body != nil:
				got = append(got, m.Kind.String()+":"+m.Body.Name)
			case m.StateBody != nil:
				got = append(got, m.Kind.String()+":"+m.StateBody.Name)
			default:
				got = append(got, m.Kind.String()+":"+m.Country.Name)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Lookup(%q) = %q, want %q", tc.surface, got, tc.want)
		}
	}
}

func TestParseReportsMalformedLines(t *testing.T) {
	const header = "# name\talpha2\talpha3\tstatus\tregion\tsubregion\tofficial\taliases\tcapitals\tadjectives\n"
	good := "Freeland\tFL\tFRL\tmember\tEurope\t-\t-\t-\tFree City\tFree\n"
	bodies := "global\tUnited Nations\tUN\t-\t-\n"
	for _, tc := range []struct {
		name, countries, bodies, want string
	}{
		{"fields", header + "Freeland\tFL\n", bodies, "world/countries.tsv:2: 2 fields, want 10"},
		{"status", header + strings.Replace(good, "member", "province", 1), bodies, `world/countries.tsv:2: Freeland: unknown status "province"`},
		{"code", header + good + strings.Replace(good, "Freeland", "Otherland", 1), bodies, "world/countries.tsv:3: Otherland: code FL is also Freeland's"},
		{"kind", header + good, "agency\tX\t-\t-\t-\n", `world/bodies.tsv:1: unknown kind "agency"`},
		{"acronym", header + good, "global\tUnited Nations\tUn\t-\t-\n", `world/bodies.tsv:1: United Nations: acronym "Un" is not in capitals`},
		{"twice", header + good, bodies + "global\tUnion of Nations\tUN\t-\t-\n", `world/bodies.tsv:2: Union of Nations: "UN" is also a name of United Nations`},
		{"gap", header + good, "state\t{adj} army\t-\tthe army\t-\n", `world/bodies.tsv:1: {adj} army: pattern "the army" needs one {adj} or one {country}`},
		{"parent", header + good, "global\tUNHCR\tUNHCR\t-\tUnited Nations\n", `bodies.tsv: UNHCR is part of "United Nations", which is not listed`},
	} {
		fsys := fstest.MapFS{
			"world/countries.tsv": {Data: []byte(tc.countries)},
			"world/bodies.tsv":    {Data: []byte(tc.bodies)},
		}
		_, err := Parse(fsys, "world")
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: err = %v, want %s", tc.name, err, tc.want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	w := load(b)
	surfaces := []string{"Ethiopia", "Naypyidaw", "Congolese", "the U.S.", "Ruritania", "Colombia's defence ministry", "UNHCR"}
	for b.Loop() {
		for _, s := range surfaces {
			w.Lookup(s)
		}
	}
}
