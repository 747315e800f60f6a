package attrib

import (
	"slices"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		source, want string
	}{
		{"an examination of his remarks at the ceremonies", "named"}, // the outlet's own reading
		{"a review of the records", "named"},
		// relational groups: a name says whose side they take, not who they are
		{"the reports", Named},
		{"media reports", Vague},
		{"McCarthy supporters", Vague},
		{"Supporters of Mr. McCarthy", Vague},
		{"Supporters of Mr. McCarthy, who traveled home to Bakersfield", Vague},
		{"Romney's allies", Vague},
		{"Critics, including Senator Rand Paul", Named},
		{"critics of the plan", Vague},
		{"Former diplomatic security agents", Anonymous},
		{"FBI agents", Anonymous},
		{"a spokesman", "vague"},
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
		{"officials", Anonymous},
		{"Officials", Anonymous},
		{"an official", Anonymous},
		{"a senior official", Anonymous},
		{"Pakistani officials", Anonymous},
		{"U.S. officials", Anonymous},
		{"two senior U.S. intelligence officials", Anonymous},
		{"officials at the Foreign Ministry", Anonymous},
		{"White House officials", Anonymous},
		{"Taliban officials", Anonymous},
		{"officials at the ministry", Anonymous},
		{"sources", Anonymous},
		{"Sources close to the president", Anonymous},
		{"sources close to Sharif", Anonymous},
		{"a source", Anonymous},
		{"the source", Anonymous},
		{"experts", Vague},
		{"critics", Vague},
		{"observers", Vague},
		{"analysts", Vague},
		{"some analysts", Vague},
		{"reports", Vague},
		{"media reports", Vague},
		{"a Reuters report", Named},
		{"it is said", Vague},
		{"people familiar with the matter", Anonymous},
		{"some", Vague},
		{"many", Vague},
		{"insiders", Anonymous},
		{"a spokesman", Vague},
		{"a spokesman for the State Department", Named},
		{"the Taliban", Named},
		{"Human Rights Watch", Named},
		{"Mr. Obama", Named},
		{"The New York Times", Named},

		// Pattern 5 (issue 11): named bodies and offices, anonymous people,
		// vague groups, as they appear in reported speech.
		{"a senior administration official", Anonymous},      // "..., a senior administration official said."
		{"people familiar with the negotiations", Anonymous}, // "according to people familiar with the negotiations"
		{"an aide who spoke on condition of anonymity", Anonymous},
		{"a Treasury official who asked not to be named", Anonymous},
		{"Republican officials", Anonymous}, // a party is not a body that spoke
		{"those briefed on the plan", Anonymous},
		{"lawmakers who were briefed on the proposal", Anonymous},
		{"But strategists", Anonymous},                  // leading conjunction ignored
		{"an aide to the governor, Maria Lopez", Named}, // named in apposition
		{"The White House", Named},
		{"police", Named},
		{"the administration", Named},
		{"the Pentagon", Named},
		{"a DNC spokesman, Brad Woodhouse", Named},
		{"the latest trustees report", Named}, // an identified document
		{"Republicans", Vague},
		{"Other Democrats", Vague},
		{"Senate Republicans", Vague},
		{"some conservatives", Vague},
		{"Gun-rights groups", Vague},
		{"many economists", Vague},
		{"according to reports", Vague},
		{"Critics", Vague},
		{"the court documents", Named}, // an identified document
		{"documents", Vague},
		{"all 42 Senate Republicans", Named}, // the whole caucus, counted
		{"the summaries", Vague},             // listed as a phrase: stays vague
		{"Seasoned observers", Vague},        // capitalised only as the first word
		{"Observers in Arizona", Vague},      // a place, not a body
		{"residents in New Mexico", Vague},
		{"officials in Washington", Anonymous},
		{"Mr. Obama's allies", Vague}, // the group, not its leader
		{"Romney's supporters", Vague},
		{"Mr. Obama's spokesman", Named},     // one office of a named person
		{"analysts at Goldman Sachs", Named}, // a body can be asked
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
	if got := Classify("officials"); got != Anonymous {
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

func TestLexiconAnonymousAdd(t *testing.T) {
	l := Default()
	if got := l.Classify("a contractor"); got != Vague {
		t.Fatalf("before AddAnonymous: %q", got)
	}
	l.AddAnonymous("Contractor")
	if got := l.Classify("a contractor on the project"); got != Anonymous {
		t.Errorf("after AddAnonymous: %q, want anonymous", got)
	}
	l.RemoveAnonymous("contractor")
	if got := l.Classify("a contractor"); got != Vague {
		t.Errorf("after RemoveAnonymous: %q, want vague", got)
	}
	if got := Classify("a contractor on the project"); got != Vague {
		t.Errorf("package Classify changed: %q", got)
	}
}
