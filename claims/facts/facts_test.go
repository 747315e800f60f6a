package facts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		in     string
		value  float64
		approx string
		unit   string
	}{
		{"Pakistan has opened three new border crossings to expedite", 3, "", "border crossings"},
		{"with nearly 300,000 Afghans leaving Pakistan in recent weeks", 300000, "nearly", "Afghans"},
		{"financial support of 10,000 Afghanis to each affected family", 10000, "", "Afghanis"},
		{"grossing more than $758 million worldwide", 758e6, "more than", "dollars"},
		{"a budget of $3bn", 3e9, "", "dollars"},
		{"about 1.5m people", 1.5e6, "about", "people"},
		{"1.2 billion rupees", 1.2e9, "", "rupees"},
		{"signed eight cooperation agreements", 8, "", "cooperation agreements"},
		{"inflation of 3.5% last year", 3.5, "", "%"},
		{"up to 40 percent of the vote", 40, "up to", "%"},
		{"at least twenty-five people died", 25, "at least", "people"},
		{"a dozen soldiers", 12, "", "soldiers"},
		{"hundreds of protesters gathered", 100, "hundreds", "protesters"},
		{"2000 people attended", 2000, "", "people"},
		{"two million people lost coverage", 2e6, "", "people"},
		{"the girl, aged 16", 16, "", "years of age"}, // an age, not a count
		{"5,000 children went without meals", 5000, "", "children"},
		{"almost 40 per cent", 40, "almost", "%"},
		{"one million refugees", 1e6, "", "refugees"},
	}
	for _, tc := range tests {
		got := NewContext().Numbers(tc.in)
		if len(got) != 1 {
			t.Errorf("Numbers(%q) = %+v, want one number", tc.in, got)
			continue
		}
		n := got[0]
		if n.Value != tc.value || n.Approx != tc.approx || n.Unit != tc.unit {
			t.Errorf("Numbers(%q) = %v %q %q, want %v %q %q", tc.in, n.Value, n.Approx, n.Unit, tc.value, tc.approx, tc.unit)
		}
		if n.Text != tc.in[n.Start:n.End] {
			t.Errorf("Numbers(%q): Text %q is not s[Start:End]", tc.in, n.Text)
		}
	}
	// Years, dates, ordinals and a bare "one" (a determiner or pronoun) are
	// not counts.
	for _, in := range []string{"in 2021", "2021", "since August 2021", "on May 29, 2014", "the 21st century", "Aug. 31", "the fourth-highest film", "One major point of contention", "one of the officials said"} {
		if got := NewContext().Numbers(in); len(got) != 0 {
			t.Errorf("Numbers(%q) = %+v, want none", in, got)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in          string
		text        string
		y, m, d     int
		granularity string
	}{
		{"the takeover of Kabul in August 2021.", "August 2021", 2021, 8, 0, GranMonth},
		{"the takeover of Afghanistan in 2021.", "2021", 2021, 0, 0, GranYear},
		{"2021", "2021", 2021, 0, 0, GranYear},
		{"the deadline of Aug. 31 passed", "Aug. 31", 0, 8, 31, GranDay},
		{"released on May 29, 2014, one day before", "May 29, 2014", 2014, 5, 29, GranDay},
		{"on 29 May 2014", "29 May 2014", 2014, 5, 29, GranDay},
		{"leaving Pakistan in recent weeks due to", "in recent weeks", 0, 0, 0, GranRelative},
		{"the talks last week", "last week", 0, 0, 0, GranRelative},
		{"Sharif recently met Raisi", "recently", 0, 0, 0, GranRelative},
		{"it happened yesterday", "yesterday", 0, 0, 0, GranRelative},
		{"two weeks ago", "two weeks ago", 0, 0, 0, GranRelative},
		{"earlier this year", "earlier this year", 0, 0, 0, GranRelative},
		{"between June and", "June", 0, 6, 0, GranMonth},
		// a part of a month: May and March are months after a word that
		// cannot precede the modal or the verb
		{"will hold primaries in mid May.", "mid May", 0, 5, 0, GranMonth},
		{"will hold primaries in mid-May.", "mid-May", 0, 5, 0, GranMonth},
		{"the vote expected in early March", "early March", 0, 3, 0, GranMonth},
		{"the trial ends in late June", "late June", 0, 6, 0, GranMonth},
		{"since March the talks stalled", "March", 0, 3, 0, GranMonth},
		{"the court adjourned until May.", "May", 0, 5, 0, GranMonth},
	}
	for _, tc := range tests {
		got := NewContext().Dates(tc.in)
		if len(got) != 1 {
			t.Errorf("Dates(%q) = %+v, want one date", tc.in, got)
			continue
		}
		d := got[0]
		if d.Text != tc.text || d.Year != tc.y || d.Month != tc.m || d.Day != tc.d || d.Granularity != tc.granularity {
			t.Errorf("Dates(%q) = %+v, want %q %d-%d-%d %s", tc.in, d, tc.text, tc.y, tc.m, tc.d, tc.granularity)
		}
	}
	for _, in := range []string{"officials may decide", "they will march on", "300,000 people", "Protesters To March On Capitol", "Democrats And May Block It"} {
		if got := NewContext().Dates(in); len(got) != 0 {
			t.Errorf("Dates(%q) = %+v, want none", in, got)
		}
	}
}

func TestEntities(t *testing.T) {
	c := NewContext()
	tests := []struct {
		in   string
		want []string // "Text|Kind|Norm"
	}{
		{"Pakistan had hoped the Taliban would move against the Tehreek-e-Taliban Pakistan (TTP) and other groups.",
			[]string{"Pakistan|place|Pakistan", "Taliban|group|Taliban", "Tehreek-e-Taliban Pakistan|group|Tehreek-e-Taliban Pakistan", "TTP|group|Tehreek-e-Taliban Pakistan"}},
		{"The Taliban's return to power has emboldened the TTP.",
			[]string{"Taliban|group|Taliban", "TTP|group|Tehreek-e-Taliban Pakistan"}},
		{"Pakistani Prime Minister Shehbaz Sharif recently met with Iranian President Ebrahim Raisi.",
			[]string{"Pakistani|place|Pakistan", "Shehbaz Sharif|person|Shehbaz Sharif", "Iranian|place|Iran", "Ebrahim Raisi|person|Ebrahim Raisi"}},
		{"The two leaders discussed the Iran-Pakistan gas pipeline and the Israeli-Palestinian conflict.",
			[]string{"Iran|place|Iran", "Pakistan|place|Pakistan", "Israeli|place|Israel", "Palestinian|place|Palestine"}},
		{"Nearly 300,000 Afghans have left since August 2021.", []string{"Afghans|group|Afghanistan"}},
		{"However, the U.S. and Chinese officials met the Ministry of Foreign Affairs.",
			[]string{"U.S.|place|United States", "Chinese|place|China", "Ministry of Foreign Affairs|organisation|Ministry of Foreign Affairs"}},
		{"Tensions Escalate Between Taliban and Pakistan Over Cross-Border Terrorism",
			[]string{"Taliban|group|Taliban", "Pakistan|place|Pakistan"}},
		{"Mr. Khan said Russian troops entered the Durand Line area.",
			[]string{"Khan|person|Khan", "Russian|place|Russia", "Durand Line|place|Durand Line"}},
		// a title word before a body names no person: the body keeps its
		// whole name, and a title-case headline keeps only known words
		{"The Supreme Court heard the case on Tuesday.", []string{"Supreme Court|organisation|Supreme Court"}},
		{"Supreme Court Questions Claims in Sex Bias Suit Against Wal-Mart", nil},
		{"Supreme Court Hears Argument In Wal-Mart Sex Bias Lawsuit", nil},
		{"Supreme Leader Ali Khamenei addressed the crowd.", []string{"Ali Khamenei|person|Ali Khamenei"}},
		// an office's complement after "of" is part of the title
		{"The review was released by Secretary of State Hillary Clinton on Wednesday.", []string{"Hillary Clinton|person|Hillary Clinton"}},
		{"White House Chief of Staff Rahm Emanuel called him.", []string{"White House|organisation|White House", "Rahm Emanuel|person|Rahm Emanuel"}},
		{"Secretary of Homeland Security Janet Napolitano spoke.", []string{"Janet Napolitano|person|Janet Napolitano"}},
		{"Secretary of Defense Hagel flew to Kabul.", []string{"Hagel|person|Hagel", "Kabul|place|Kabul"}},
		{"The Minister of Finance resigned.", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range c.Entities(tc.in) {
			got = append(got, e.Text+"|"+e.Kind+"|"+e.Norm)
			if e.Text != tc.in[e.Start:e.End] {
				t.Errorf("Entities(%q): Text %q is not s[Start:End]", tc.in, e.Text)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("Entities(%q)\n got  %s\n want %s", tc.in, strings.Join(got, "; "), strings.Join(tc.want, "; "))
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pakistan's U.S. allies don't.", "Pakistan|'s|U.S.|allies|do|n't|."},
		// Ⱥ lowers to a longer ⱥ: the clitic is cut on the word's own bytes.
		{"ȺȺȺ's ȺN'T", "ȺȺȺ|'s|Ⱥ|N'T"},
		// a name ending in a digit keeps its clitic whole, a bare number as before
		{"NY1’s reporter and the G20's members", "NY1|’s|reporter|and|the|G20|'s|members"},
		{"the 1990's", "the|1990|'|s"},
		{"Republican Sens. Brown and Heller", "Republican|Sens.|Brown|and|Heller"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokenize(%q) = %s, want %s", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
}

type spanned interface{ span() (int, int) }

func (n Number) span() (int, int) { return n.Start, n.End }
func (d Date) span() (int, int)   { return d.Start, d.End }
func (e Entity) span() (int, int) { return e.Start, e.End }

func checkSpans[T spanned](t *testing.T, s string, xs []T) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		a, b := x.span()
		if a < prev || b > len(s) || a >= b {
			t.Fatalf("%q: span %d..%d after %d out of order or range", s, a, b, prev)
		}
		prev = b
	}
}

var fuzzSeeds = []string{
	"Pakistan has opened three new border crossings, with nearly 300,000 Afghans leaving in recent weeks.",
	"Tehreek-e-Taliban Pakistan (TTP) said on Aug. 31, 2021 that $3bn (about 1.5m rupees) was paid.",
	"twenty - - five hundred and and of $ $ 1,,2 May , 2021 (( ) TTP", "\xff\xfe2021", "a dozen hundreds of thousands",
}

func FuzzNumbers(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSpans(t, s, NewContext().Numbers(s)) })
}

func FuzzDates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSpans(t, s, NewContext().Dates(s)) })
}

func FuzzEntities(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSpans(t, s, NewContext().Entities(s)) })
}

func BenchmarkFacts(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	var lines []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(data), "\n") {
			lines = append(lines, l)
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		c := NewContext()
		for _, l := range lines {
			c.Numbers(l)
			c.Dates(l)
			c.Entities(l)
		}
	}
}

// TestIsPlace checks the gazetteer lookup: one word or several, an
// abbreviation, and names that are not places.
func TestIsPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Arizona", true}, {"New Mexico", true}, {"U.S.", true}, {"Kabul", true},
		{"Goldman Sachs", false}, {"Obama", false}, {"arizona", false}, {"New", false},
	} {
		if got := IsPlace(tc.name); got != tc.want {
			t.Errorf("IsPlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestAgesGoOn checks that a number after an age across "and" is an age too.
func TestAgesGoOn(t *testing.T) {
	got := NewContext().Numbers("Malia and Sasha, aged 16 and 13 respectively, attended")
	if len(got) != 2 || got[0].Unit != ageUnit || got[1].Unit != ageUnit {
		t.Errorf("Numbers = %+v, want two ages", got)
	}
}
