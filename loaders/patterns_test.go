package loaders

import (
	"slices"
	"sort"
	"testing"

	"github.com/entente/entente/graph"
)

// TestPatternExamples runs the examples of every pattern of patterns.tsv:
// each must state a fact through its pattern, and every pattern must have
// one, so that no pattern is dead or untested.
func TestPatternExamples(t *testing.T) {
	x := extractor(t)
	if len(x.patterns) == 0 {
		t.Fatal("no patterns loaded")
	}
	for _, p := range x.patterns {
		if len(p.examples) == 0 {
			t.Errorf("pattern %s has no example", p.name)
			continue
		}
		for _, ex := range p.examples {
			stated := statedBy(x, ex)
			if !slices.Contains(stated, p.why) {
				t.Errorf("pattern %s states no fact in its example %q; stated by %q", p.name, ex, stated)
			}
		}
	}
}

// statedBy returns the patterns and readings that state a fact in text.
func statedBy(x *Extractor, text string) []string {
	a := newArticle(x)
	a.trace = newTrace()
	a.read(text)
	var out []string
	for why := range a.trace.stated {
		out = append(out, why)
	}
	sort.Strings(out)
	return out
}

// TestPatternNames checks that a fact is credited to the pattern that
// found it, by name, and to a named reading outside the patterns.
func TestPatternNames(t *testing.T) {
	x := extractor(t)
	cases := []struct{ text, why string }{
		{"Putin met Erdogan in Sochi on Monday.", "pattern met-with/S-met-O"},
		{"Russian President Vladimir Putin arrived in Ankara.", "reading title"},
		{"Hezbollah, Iran's closest ally, sent fighters to Qusayr.", "pattern allied-with/S-O-ally"},
	}
	for _, c := range cases {
		if stated := statedBy(x, c.text); !slices.Contains(stated, c.why) {
			t.Errorf("%q: stated by %q, want %q", c.text, stated, c.why)
		}
	}
}

// TestRefusalFlag checks that the refusal flag, not the pattern's text,
// lets a pattern read a negation as the fact.
func TestRefusalFlag(t *testing.T) {
	x := extractor(t)
	var flagged []string
	for _, p := range x.patterns {
		if p.refusal {
			flagged = append(flagged, p.name)
		}
	}
	if len(flagged) == 0 {
		t.Fatal("no pattern carries the refusal flag")
	}
	checkFacts(t, []factCase{
		{text: "Israel will not allow Iran to entrench itself in Syria.",
			want: []string{fact("Israel", "opposes", "Iran")}},
	})
	p, err := parsePattern("opposes", "0.7", "S .. not allow O' to entrench", nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.refusal {
		t.Error("a pattern with \"not\" in its text is a refusal without the flag")
	}
}

// TestTitledPossessiveFillsNoPlainSlot checks that a titled name with "'s"
// is a possessive: the meeting is with the envoy, not the president.
func TestTitledPossessiveFillsNoPlainSlot(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Ali Shamkhani made the remarks in a meeting with Russian President Vladimir Putin's special envoy in Tehran.",
			not:       []string{fact("Ali Shamkhani", graph.MetWith, "Vladimir Putin")},
			companion: "Ali Shamkhani made the remarks in a meeting with Russian President Vladimir Putin in Tehran.",
			want:      []string{fact("Ali Shamkhani", graph.MetWith, "Vladimir Putin")}},
		{text: "Turkey welcomed US President Donald Trump's decision to pull the troops out.",
			not:       []string{fact("Donald Trump", graph.MetWith, "Turkey")},
			companion: "Turkey welcomed US President Donald Trump in Ankara.",
			want:      []string{fact("Donald Trump", graph.MetWith, "Turkey")}},
	})
}

// TestReportedClauseKeepsItsSubject checks that a gap after a person does
// not carry the speaker into a reported clause whose own subject is a
// thing: "X told reporters that the raids were carried out with Y" says
// what X's side did, not X. A state that says so is the side itself, and
// so is a leader or minister.
func TestReportedClauseKeepsItsSubject(t *testing.T) {
	checkNegatives(t, []negativeCase{
		{text: "Tomas Verhal, an army spokesman, told reporters that the raids were carried out in coordination with Chile.",
			not:       []string{fact("Chile", graph.CooperatesWith, "Tomas Verhal")},
			companion: "Tomas Verhal, an army spokesman, carried out the raids in coordination with Chile.",
			want:      []string{fact("Chile", graph.CooperatesWith, "Tomas Verhal")}},
		{text: "General Ruben Osk said the night shelling was conducted together with Peru.",
			not:       []string{fact("Peru", graph.CooperatesWith, "Ruben Osk")},
			companion: "General Ruben Osk said he had conducted the night shelling together with Peru.",
			want:      []string{fact("Peru", graph.CooperatesWith, "Ruben Osk")}},
		{text: "Foreign ministry spokeswoman Lena Ostrova said talks with Peru would continue next week.",
			not:       []string{fact("Lena Ostrova", graph.SpokeWith, "Peru")},
			companion: "Foreign ministry spokeswoman Lena Ostrova said she had talks with Peru last week.",
			want:      []string{fact("Lena Ostrova", graph.SpokeWith, "Peru")}},
	})
	checkFacts(t, []factCase{
		{text: "Bolivia said the night operations were launched jointly with Peru.",
			want: []string{fact("Bolivia", graph.CooperatesWith, "Peru")}},
		{text: "Chilean President Ivo Barta said the strikes were carried out together with Peru.",
			want: []string{fact("Ivo Barta", graph.CooperatesWith, "Peru")}},
		{text: "Chilean President Ivo Barta said talks with Peru had been useful.",
			want: []string{fact("Ivo Barta", graph.SpokeWith, "Peru")}},
		{text: "Bolivia said talks with Peru would continue.",
			want: []string{fact("Bolivia", graph.SpokeWith, "Peru")}},
	})
}

// TestModalReportedClauseEnds checks that a verb in the past after "and"
// is not the subject's of a reported clause whose verb a modal governs:
// "X said A and B should stand together and accused C" is X's accusation,
// whether the clause is short or long, and whatever the verb; without the
// modal, or without the report, the clause's subject keeps the verb.
func TestModalReportedClauseEnds(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Kofi Mensah said Togo would back the plan and condemned Mali.",
			want: []string{fact("Kofi Mensah", graph.Opposes, "Mali")},
			not:  []string{fact("Togo", graph.Opposes, "Mali")}},
		{text: "Kofi Mensah said Togo would back the new peace plan for the north and condemned Mali.",
			want: []string{fact("Kofi Mensah", graph.Opposes, "Mali")},
			not:  []string{fact("Togo", graph.Opposes, "Mali")}},
		{text: "Kofi Mensah, who met Benin's president on Monday, said Togo and Niger should stand together and accused Mali of arming the rebels.",
			want: []string{fact("Kofi Mensah", graph.Opposes, "Mali")},
			not:  []string{fact("Togo", graph.Opposes, "Mali"), fact("Niger", graph.Opposes, "Mali")}},
		{text: "Kofi Mensah said that Ghana and Togo could work together and thanked Benin for its help.",
			want: []string{fact("Kofi Mensah", graph.Thanked, "Benin")},
			not:  []string{fact("Ghana", graph.Thanked, "Benin"), fact("Benin", graph.Supports, "Ghana")}},
	})
	checkNegatives(t, []negativeCase{
		// No modal: the reported clause's subject keeps its verbs.
		{text: "Kofi Mensah said Togo would back the plan and condemned Mali.",
			not:       []string{fact("Togo", graph.Opposes, "Mali")},
			companion: "Kofi Mensah said Togo backed the plan and condemned Mali.",
			want:      []string{fact("Togo", graph.Opposes, "Mali")}},
		// No report: the modal's subject is the sentence's.
		{text: "Kofi Mensah said Togo would back the plan and condemned Mali.",
			not:       []string{fact("Togo", graph.Opposes, "Mali")},
			companion: "Togo would back the plan and condemned Mali.",
			want:      []string{fact("Togo", graph.Opposes, "Mali")}},
	})
}

// TestWordFamilies checks that a family named in a pattern stands for all
// its words, that a family may take in one defined before it, and that an
// unknown or repeated family is an error.
func TestWordFamilies(t *testing.T) {
	f := make(wordFamilies)
	for _, cols := range [][]string{
		{"%shelled", "shelled|bombarded"},
		{"%attacked", "attacked|%shelled|raided"},
	} {
		if err := f.define(cols); err != nil {
			t.Fatal(err)
		}
	}
	p, err := parsePattern("fights", "0.8", "S %attacked|hit O", f)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, alt := range p.elems[1].alts {
		got = append(got, alt[0].fold)
	}
	if want := []string{"attacked", "shelled", "bombarded", "raided", "hit"}; !slices.Equal(got, want) {
		t.Errorf("%%attacked|hit reads %q, want %q", got, want)
	}
	if _, err := parsePattern("fights", "0.8", "S %pounded O", f); err == nil {
		t.Error("an unknown family compiles")
	}
	if err := f.define([]string{"%shelled", "shelled"}); err == nil {
		t.Error("a family defined twice is accepted")
	}
	if err := f.define([]string{"%struck", "%hit|struck"}); err == nil {
		t.Error("a family naming one not defined above it is accepted")
	}
}

// TestFamiliesWidenPatterns checks that a pattern naming a family reads
// the family's rarer words, which no pattern listed before: an air force
// that strafed a side, a minister who lambasted one, states that inked a
// pact, a truce co-mediated by a third. Words with another sense stay out:
// "hammered out a deal" is no attack, "rejected negotiations with" no
// contact.
func TestFamiliesWidenPatterns(t *testing.T) {
	checkFacts(t, []factCase{
		{text: "Chilean warplanes strafed Peru's positions near the border on Tuesday.",
			want: []string{fact("Chile", graph.Fights, "Peru")}},
		{text: "Foreign Minister Ana Lotvar castigated Peru for the raid.",
			want: []string{fact("Ana Lotvar", graph.Opposes, "Peru")}},
		{text: "The Tacna truce, co-mediated by Brazil, held for a month.",
			want: []string{fact("Brazil", graph.Brokered, "Tacna truce")}},
		{text: "The Lima accord, inked by Chile and Peru, ended the dispute.",
			want: []string{fact("Chile", graph.Signed, "Lima accord"), fact("Peru", graph.Signed, "Lima accord")}},
		{text: "Chile extolled Peru for its help during the floods.",
			want: []string{fact("Chile", graph.Thanked, "Peru")}},
		{text: "Chile implored Peru to withdraw its forces from the valley.",
			want: []string{fact("Chile", graph.Opposes, "Peru")}},
		{text: "Chile and Peru agreed to collaborate against the smuggling gangs.",
			want: []string{fact("Chile", graph.CooperatesWith, "Peru")}},
	})
	checkNegatives(t, []negativeCase{
		{text: "Chile hammered out a deal with Peru on Monday.",
			not:       []string{fact("Chile", graph.Fights, "Peru")},
			companion: "Chile hammered Peru on Monday.",
			want:      []string{fact("Chile", graph.Fights, "Peru")}},
		{text: "Chile had rejected direct negotiations with Peru.",
			not:       []string{fact("Chile", graph.SpokeWith, "Peru"), fact("Chile", graph.MetWith, "Peru")},
			companion: "Chile held consultations with Peru.",
			want:      []string{fact("Chile", graph.MetWith, "Peru")}},
	})
}
