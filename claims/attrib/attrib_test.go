package attrib

import (
	"slices"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		source, want string
	}{
		{"", None},
		{"  , ", None},
		{"he", Pronoun},
		{"She", Pronoun},
		{"they", Pronoun},
		{"Shehbaz Sharif, Pakistan's prime minister", Named},
		{"Sharif", Named},
		{"Pakistan", Named},
		{"U.S.", Named},
		{"two", Vague},
		{"the Foreign Ministry", Named},
		{"the president", Named},
		{"the summaries", Vague},
		{"according to the summaries", Vague},
		{"the provided summary of their meeting", Vague},
		{"the provided summary", Vague},
		{"a statement", Vague},
		{"a statement from the Taliban", Named},
		{"officials", Vague},
		{"Officials", Vague},
		{"an official", Vague},
		{"a senior official", Vague},
		{"Pakistani officials", Vague},
		{"U.S. officials", Vague},
		{"two senior U.S. intelligence officials", Vague},
		{"officials at the Foreign Ministry", Named},
		{"White House officials", Named},
		{"Taliban officials", Named},
		{"officials at the ministry", Vague},
		{"sources", Vague},
		{"Sources close to the president", Vague},
		{"sources close to Sharif", Named},
		{"a source", Vague},
		{"the source", Vague},
		{"experts", Vague},
		{"critics", Vague},
		{"observers", Vague},
		{"analysts", Vague},
		{"some analysts", Vague},
		{"reports", Vague},
		{"media reports", Vague},
		{"a Reuters report", Named},
		{"it is said", Vague},
		{"people familiar with the matter", Vague},
		{"some", Vague},
		{"many", Vague},
		{"insiders", Vague},
		{"a spokesman", Vague},
		{"a spokesman for the State Department", Named},
		{"the Taliban", Named},
		{"Human Rights Watch", Named},
		{"Mr. Obama", Named},
		{"The New York Times", Named},
	}
	for _, tt := range tests {
		if got := Classify(tt.source); got != tt.want {
			t.Errorf("Classify(%q) = %q, want %q", tt.source, got, tt.want)
		}
	}
}

func TestLexiconAddRemove(t *testing.T) {
	l := Default()
	if got := l.Classify("the dossier"); got != Named {
		t.Fatalf("before Add: %q", got)
	}
	l.Add("  Dossier ")
	if got := l.Classify("the dossier"); got != Vague {
		t.Errorf("after Add: %q, want vague", got)
	}
	l.Remove("officials")
	if got := l.Classify("officials"); got != Named {
		t.Errorf("after Remove: %q, want named", got)
	}
	// The package-level lexicon is unchanged.
	if got := Classify("officials"); got != Vague {
		t.Errorf("package Classify changed: %q", got)
	}
	if !slices.IsSorted(l.Phrases()) || !l.IsVague("dossier") {
		t.Error("Phrases not sorted or Add lost")
	}
}

func TestCues(t *testing.T) {
	for _, w := range []string{"said", "Says", "told", "added", "stated", "wrote", "claimed", "denied",
		"accused", "warned", "according to", "in a statement", "argued", "insisted", "noted",
		"explained", "asked", "replied", "tweeted", "posted", "announced", "confirmed", "pointed out"} {
		if !IsCue(w) {
			t.Errorf("IsCue(%q) = false", w)
		}
	}
	for _, w := range []string{"the", "president", "according", "ate", ""} {
		if IsCue(w) {
			t.Errorf("IsCue(%q) = true", w)
		}
	}
	if CueLemma("told") != "tell" || CueLemma("according to") != "according to" {
		t.Error("CueLemma")
	}
	cs := Cues()
	if !slices.IsSorted(cs) || len(cs) < 100 {
		t.Errorf("Cues: %d forms, sorted=%v", len(cs), slices.IsSorted(cs))
	}
}

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"the summaries", "U.S.", "a’s", "\xff", "according to"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch Classify(s) {
		case Named, Vague, Pronoun, None:
		default:
			t.Fatal("bad grade")
		}
	})
}
