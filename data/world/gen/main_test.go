package main

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testOptions points at the small invented sources in testdata, which
// have the shapes of the real packages.
func testOptions(out string) options {
	return options{
		worldCountries: "testdata/countries.json",
		isoCodes:       "testdata/iso_3166-1.json",
		nationality:    "testdata/nationality.json",
		overrides:      "testdata/overrides.tsv",
		out:            out,
		sources:        "test sources",
	}
}

func TestRunWritesTheMergedTable(t *testing.T) {
	out := filepath.Join(t.TempDir(), "countries.tsv")
	if err := run(testOptions(out)); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		rows[strings.SplitN(line, "\t", 2)[0]] = line
	}
	want := map[string]string{
		// The source's "Thai" is the demonym, not a name; the native
		// official name and the ISO names equal to others are dropped.
		"Thailand": "Thailand\tTH\tTHA\tmember\tAsia\tSouth-Eastern Asia\tKingdom of Thailand\tThai Kingdom\tBangkok|Krung Thep\tThai",
		// Renamed and made an observer; ISO's inverted name is dropped and
		// the nationality's parenthesis cut.
		"Holy State": "Holy State\tHL\tHLY\tobserver\tEurope\tSouthern Europe\tHoly State of Holyland\tHoly City State|Holyland\tHoly City\tHoly|Holyland",
		// Other scripts are dropped, demonyms split at commas and dashes.
		"Bosnia and Herzegovina": "Bosnia and Herzegovina\tBA\tBIH\tmember\tEurope\tSoutheast Europe\tBosnia and Herzegovina\tBosnia-Herzegovina|Bosna i Hercegovina|Republic of Bosnia and Herzegovina\tSarajevo\tBosnian|Herzegovinian",
		// "The Isles" names two entries and is dropped from both; the
		// override's "GI" and "Isles" stay.
		"Greater Isles": "Greater Isles\tGI\tGRI\tmember\tEurope\tNorthern Europe\tRealm of the Greater Isles\tGI|Isles\tPort Royal\tGreat Islish|Islish",
		// A dependency loses the capital and adjective of a member.
		"Outer Isles": "Outer Isles\tOI\tOIL\tdependency\tEurope\tNorthern Europe\tOuter Isles\t-\t-\t-",
		"Freeland":    "Freeland\t-\t-\tterritory\tEurope\tEastern Europe\t-\t-\tFree City\tFreelander",
	}
	for name, w := range want {
		if rows[name] != w {
			t.Errorf("row %s:\n got %q\nwant %q", name, rows[name], w)
		}
	}
	if len(rows) != len(want) {
		t.Errorf("%d rows, want %d", len(rows), len(want))
	}
	if !strings.HasPrefix(string(b), "# The world's states") || !strings.Contains(string(b), "# Sources: test sources\n") {
		t.Errorf("header missing:\n%s", b)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	o := testOptions("")
	load := func() sources {
		var src sources
		var err error
		if src.wc, err = readWorldCountries(o.worldCountries); err != nil {
			t.Fatal(err)
		}
		if src.iso, err = readISO(o.isoCodes); err != nil {
			t.Fatal(err)
		}
		if src.nat, err = readNationality(o.nationality); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(o.overrides)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if src.overrides, err = parseOverrides(f, o.overrides); err != nil {
			t.Fatal(err)
		}
		return src
	}
	first, _, err := generate(load())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		// The same data in another order, read afresh, writes the same bytes.
		src := load()
		rng.Shuffle(len(src.wc), func(a, b int) { src.wc[a], src.wc[b] = src.wc[b], src.wc[a] })
		rng.Shuffle(len(src.iso), func(a, b int) { src.iso[a], src.iso[b] = src.iso[b], src.iso[a] })
		again, _, err := generate(src)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Fatalf("run %d differs:\n%s\n---\n%s", i, first, again)
		}
	}
}

func TestParseOverridesRejectsMistakes(t *testing.T) {
	for _, bad := range []string{
		"rename\tUS\tUSA\n",   // unknown operation
		"alias\tUS\n",         // missing field
		"alias\tUS\t|\n",      // no value
		"alias\tUS\tx\textra", // extra field
	} {
		if _, err := parseOverrides(strings.NewReader(bad), "o.tsv"); err == nil || !strings.Contains(err.Error(), "o.tsv:1") {
			t.Errorf("%q: err = %v, want an error at o.tsv:1", bad, err)
		}
	}
}

func TestGenerateRejectsUnknownKeysAndStatuses(t *testing.T) {
	o := testOptions("")
	for _, bad := range []string{"alias\tZZ\tNowhere\n", "status\tTH\tprovince\n", "add\tThailand\tAsia\n"} {
		ov, err := parseOverrides(strings.NewReader(bad), "o.tsv")
		if err != nil {
			t.Fatal(err)
		}
		src := sources{overrides: ov}
		if src.wc, err = readWorldCountries(o.worldCountries); err != nil {
			t.Fatal(err)
		}
		if _, _, err := generate(src); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// The committed overrides must parse; make world-data applies them to the
// real sources.
func TestCommittedOverridesParse(t *testing.T) {
	f, err := os.Open("../overrides.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ov, err := parseOverrides(f, "overrides.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ov) < 10 {
		t.Errorf("%d overrides, expected the committed file's", len(ov))
	}
}

// The committed table must come from the versions the Makefile pins: a
// bumped pin without 'make world-data' fails here.
func TestCommittedTableNamesThePinnedSources(t *testing.T) {
	mk, err := os.ReadFile("../../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	pins := map[string]string{}
	for _, line := range strings.Split(string(mk), "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && f[1] == ":=" && strings.HasSuffix(f[0], "_VERSION") {
			pins[f[0]] = f[2]
		}
	}
	table, err := os.ReadFile("../countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(string(table), "\n# name")
	for v, name := range map[string]string{
		"WORLD_COUNTRIES_VERSION":  "world-countries",
		"ISO_CODES_VERSION":        "iso-codes",
		"I18N_NATIONALITY_VERSION": "i18n-nationality",
	} {
		if pins[v] == "" {
			t.Errorf("the Makefile pins no %s", v)
			continue
		}
		if !strings.Contains(header, name+" "+pins[v]+" ") {
			t.Errorf("countries.tsv was not generated from %s %s:\n%s", name, pins[v], header)
		}
	}
}
