package when

import (
	"slices"
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	ref := On(2018, time.September, 10) // a Monday
	tests := []struct {
		text string
		want []string // each expression as written, then its date
	}{
		{"Putin met Rouhani at a summit in Aktau on August 12 2018.", []string{"August 12 2018", "2018-08-12"}},
		{"The talks were held on 12 August, 2018 in Tehran.", []string{"12 August, 2018", "2018-08-12"}},
		{"The envoy arrived on Sept. 3, 2017.", []string{"Sept. 3, 2017", "2017-09-03"}},
		{"The ceasefire took effect on 2016-12-30.", []string{"2016-12-30", "2016-12-30"}},
		{"The two leaders spoke by phone on Sunday.", []string{"Sunday", "2018-09-09"}},
		{"The minister said Monday that talks would go on.", []string{"Monday", "2018-09-10"}},
		{"They met last Friday in Ankara.", []string{"last Friday", "2018-09-07"}},
		{"A convoy was struck yesterday near the border.", []string{"yesterday", "2018-09-09"}},
		{"The council met last week to discuss the truce.", []string{"last week", "2018-09-03"}},
		{"Russia began its campaign in 2015.", []string{"2015", "2015"}},
		{"Fighting resumed in March.", []string{"March", "2018-03"}},
		{"Fighting resumed in November.", []string{"November", "2017-11"}},
		{"Talks stalled in March 2016 and again in mid-2017.", []string{"March 2016", "2016-03", "2017", "2017"}},
		{"The deal was signed on August 30.", []string{"August 30", "2018-08-30"}},
		{"The deal was signed on December 30.", []string{"December 30", "2017-12-30"}},
		{"The deal was signed on September 14.", []string{"September 14", "2018-09-14"}},
		{"The militia seized the town two days ago.", []string{"two days ago", "2018-09-08"}},
		{"The alliance was formed three years ago.", []string{"three years ago", "2015"}},
		{"Prices rose last month and earlier this year.", []string{"last month", "2018-08", "earlier this year", "2018"}},
		{"The 5th of May, 2019 was quiet.", []string{"5th of May, 2019", "2019-05-05"}},
		// no dates
		{"Officials may meet again, and troops will march on the capital.", nil},
		{"The 2014 agreement still stands.", nil},
		{"He won 1500 votes.", nil},
		{"Iran and Syria signed a memorandum.", nil},
	}
	for _, tt := range tests {
		ms := Find(tt.text, ref)
		var got []string
		for _, m := range ms {
			got = append(got, m.Text, m.Date.String())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindWithoutReference(t *testing.T) {
	// Relative expressions need the article's day; absolute ones do not.
	ms := Find("On Sunday, a year after the talks of March 3, 2017, they met again on August 12.", Date{})
	if len(ms) != 1 || ms[0].Date.String() != "2017-03-03" {
		t.Fatalf("Find without a reference = %+v, want only 2017-03-03", ms)
	}
}

func TestParse(t *testing.T) {
	tests := map[string]string{
		"2018-09-07":                      "2018-09-07",
		"2018-09-07T23:30:00+03:00":       "2018-09-07",
		"2018-09-07T23:30:00Z":            "2018-09-07",
		"2018-09":                         "2018-09",
		"2018":                            "2018",
		"September 7, 2018":               "2018-09-07",
		"7 September 2018":                "2018-09-07",
		"Sep. 7, 2018":                    "2018-09-07",
		"Fri, 07 Sep 2018 10:00:00 +0000": "2018-09-07",
		// A weekday first, a time of day after.
		"Friday, September 7, 2018":      "2018-09-07",
		"Fri, 7 Sep 2018":                "2018-09-07",
		"Tues, 4 March 2025 | 14:05 IST": "2025-03-04",
		"Monday 7 July 2025":             "2025-07-07",
		"15 March 2025 10:30 GMT":        "2025-03-15",
		"March 15, 2025 at 3:45 p.m.":    "2025-03-15",
		"10 March 2025 - 09:12 (UTC+3)":  "2025-03-10",
		"Thu 4 Sep 2025 15.40 BST":       "2025-09-04",
		"August, 27, 2018":               "2018-08-27",
		"Monday, August, 27, 2018":       "2018-08-27",
		"May, 27, 2018":                  "2018-05-27",
		"7 Oct, 2015 10:48":              "2015-10-07",
		"17 October, 2015":               "2015-10-17",
		"7 Sept., 2015":                  "2015-09-07",
		"2025-03-15 10:30":               "2025-03-15",
		// Numbers with dots or slashes: day first unless it cannot be.
		"26.10.2024":       "2024-10-26",
		"26.10.2024 14:05": "2024-10-26",
		"2024/10/26":       "2024-10-26",
		"2024.10.26":       "2024-10-26",
		"27/9/2018":        "2018-09-27",
		"9/27/2018":        "2018-09-27",
		"5/5/2019":         "2019-05-05",
		// Written out in the languages of outlets that do not write English.
		"17 de enero de 2025":                    "2025-01-17",
		"viernes, 17 de enero de 2025":           "2025-01-17",
		"25 de junho de 2025 14:05":              "2025-06-25",
		"1er mars 2024":                          "2024-03-01",
		"vendredi 15 novembre 2024":              "2024-11-15",
		"3. März 2025":                           "2025-03-03",
		"lunedì 7 luglio 2025":                   "2025-07-07",
		"12 de setiembre del 2023":               "2023-09-12",
		"15 novembre 2024 14:05 GMT":             "2024-11-15",
		"Viernes 17 de Enero de 2025, 10:30 CET": "2025-01-17",
		"17 de enero de 2025 a las 10:30":        "2025-01-17",
		"3. März 2025 um 10:30 Uhr":              "2025-03-03",
		"15 novembre 2024 à 10:30":               "2024-11-15",
	}
	for in, want := range tests {
		d, err := Parse(in)
		if err != nil || d.String() != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, d, err, want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2018-13-01", "soon", "September", "Friday",
		"7/9/2018",   // 7 September or 9 July
		"31.02.2024", // no such day
		"12.5", "1.2.3", "26.10.24", "2018-09-07 and later",
		"31 de febrero de 2024", "17 de enerro de 2025", "17 de enero", "vendredi 15 novembre",
		"August, 32, 2018", "Aug, 27, 2018 and later", "Sept, 27, 2018",
		"7 Oct, 15", "32 Oct, 2015", "7 Oct, 20155", "7 Octo, 2015"} {
		if d, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) = %q, want an error", bad, d)
		}
	}
}

func TestDatePeriod(t *testing.T) {
	tests := []struct {
		d          Date
		start, end string
	}{
		{InYear(2014), "2014-01-01", "2014-12-31"},
		{InMonth(2016, time.February), "2016-02-01", "2016-02-29"},
		{On(2019, time.September, 16), "2019-09-16", "2019-09-16"},
	}
	for _, tt := range tests {
		if s, e := tt.d.Start().Format(time.DateOnly), tt.d.End().Format(time.DateOnly); s != tt.start || e != tt.end {
			t.Errorf("%s spans %s..%s, want %s..%s", tt.d, s, e, tt.start, tt.end)
		}
	}
	if !(Date{}).IsZero() || (Date{}).String() != "" {
		t.Error("the zero Date is not unknown")
	}
}
