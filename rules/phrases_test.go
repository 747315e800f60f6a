package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPhraseMatcher(t *testing.T) {
	tests := []struct {
		name    string
		phrases []string
		text    string
		want    []string // matched text, in order
	}{
		{"case and spacing", []string{"per cent"}, "Costs rose 12 PER\n  Cent, then 3 per cent.", []string{"PER\n  Cent", "per cent"}},
		{"whole words only", []string{"slammed"}, "backslammed slammed slammedx _slammed", []string{"slammed"}},
		{"punctuation ends need no boundary", []string{"U.S."}, "the U.S.-led talks", []string{"U.S."}},
		{"leftmost longest", []string{"new york", "new york times", "york"}, "The New York Times and york", []string{"New York Times", "york"}},
		{"a failed boundary hides nothing", []string{"pan", "pan am"}, "Japan Pan Am", []string{"Pan Am"}},
		{"Unicode case folding", []string{"café", "straße", "kelvin"}, "CAFÉ Straße \u212Aelvin", []string{"CAFÉ", "Straße", "\u212Aelvin"}},
		{"Unicode word boundary", []string{"café"}, "cafés café", []string{"café"}},
		{"length-changing fold", []string{"ⱥⱥ"}, "The ȺȺ's troops", []string{"ȺȺ"}},
		{"no match", []string{"slammed"}, "nothing here", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := newPhraseMatcher(tt.phrases)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range m.findAll(tt.text) {
				got = append(got, tt.text[r[0]:r[1]])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findAll(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// manyPhrases returns n distinct house-style phrases of one to three words.
func manyPhrases(n int) []string {
	out := make([]string, 0, n)
	for i := range n {
		switch i % 3 {
		case 0:
			out = append(out, fmt.Sprintf("term%d", i))
		case 1:
			out = append(out, fmt.Sprintf("so-called %d", i))
		default:
			out = append(out, fmt.Sprintf("the %d sources", i))
		}
	}
	return out
}

// TestManyPhrases checks that a big phrase list (issue 13: a config with
// 50,000 phrases took 18 s as one regular expression) compiles and finds
// every occurrence, and no other text, over an article's worth of text. Its
// cost is measured by BenchmarkPhrases50k and BenchmarkPhrasesCompile50k,
// not asserted here: wall-clock limits fail on a loaded machine.
func TestManyPhrases(t *testing.T) {
	m, err := newPhraseMatcher(manyPhrases(50000))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Officials said the 49997 sources and so-called 49999 agreed on term3 today. ", 400)
	got := m.findAll(text)
	if len(got) != 1200 {
		t.Fatalf("%d matches, want 1200", len(got))
	}
	want := []string{"the 49997 sources", "so-called 49999", "term3"}
	for i, r := range got {
		if s := text[r[0]:r[1]]; s != want[i%3] {
			t.Fatalf("match %d is %q, want %q", i, s, want[i%3])
		}
	}
}

// BenchmarkPhrases50k measures matching 50,000 phrases over one article.
func BenchmarkPhrases50k(b *testing.B) {
	m, err := newPhraseMatcher(manyPhrases(50000))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Officials said the 49997 sources and so-called 49999 agreed on term3 today. ", 40)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		m.findAll(text)
	}
}

// BenchmarkPhrasesCompile50k measures compiling a 50,000-phrase rule.
func BenchmarkPhrasesCompile50k(b *testing.B) {
	ph := manyPhrases(50000)
	for b.Loop() {
		if _, err := NewPatternRule(Pattern{ID: "house", Phrases: ph}); err != nil {
			b.Fatal(err)
		}
	}
}
