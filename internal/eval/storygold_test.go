package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestGoldLocate checks that mentions are found as score.py finds them:
// curly quotes and dashes folded, white space runs collapsed, a final
// period dropped, and the span in bytes of the original.
func TestGoldLocate(t *testing.T) {
	text := "Headline\n\nThe court’s ruling — issued  Tuesday — stands.\nNext “quote” here."
	n := normalize(text)
	for _, tc := range []struct {
		quote, want string
		ok          bool
	}{
		{"The court's ruling - issued Tuesday", "The court’s ruling — issued  Tuesday", true},
		{"- stands.", "— stands", true},
		{"Next \"quote\" here.", "Next “quote” here", true},
		{"not in the text", "", false},
		{" . ", "", false},
	} {
		sp, ok := n.locate(tc.quote)
		if ok != tc.ok || ok && text[sp[0]:sp[1]] != tc.want {
			t.Errorf("locate(%q) = %q, %v; want %q, %v", tc.quote, text[sp[0]:sp[1]], ok, tc.want, tc.ok)
		}
	}
}

// TestLoadGoldStories reads a one-story benchmark and matches claim spans
// against its facts by the 30% rule.
func TestLoadGoldStories(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "basil-dev", "s1")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(story, 0o755))
	must(os.MkdirAll(filepath.Join(dir, "gold"), 0o755))
	fox := "Court hears case\n\nThe Supreme Court heard arguments on Tuesday. Others spoke.\n"
	nyt := "Justices divided\n\nThe justices appeared divided on Tuesday during arguments.\n"
	must(os.WriteFile(filepath.Join(story, "fox.txt"), []byte(fox), 0o644))
	must(os.WriteFile(filepath.Join(story, "nyt.txt"), []byte(nyt), 0o644))
	must(os.WriteFile(filepath.Join(dir, "gold", "s1.json"), []byte(`{"story": "s1", "facts": [
		{"id": "f1", "relation": "agree", "mentions": [
			{"doc": "fox", "quote": "The Supreme Court heard arguments on Tuesday."},
			{"doc": "nyt", "quote": "The justices appeared divided on Tuesday during arguments"}]},
		{"id": "f2", "relation": "agree", "mentions": [{"doc": "fox", "quote": "Others spoke"}, {"doc": "nyt", "quote": "missing words"}]}]}`), 0o644))
	gold, err := LoadGoldStories(dir)
	must(err)
	if len(gold) != 1 || len(gold[0].Paths) != 2 || len(gold[0].Facts) != 1 {
		t.Fatalf("gold = %+v, want one story, two articles, one fact found in both", gold)
	}
	g := &gold[0]
	at := func(text, s string) claims.Span {
		i := len(text) - len(s)
		for ; i >= 0 && text[i:i+len(s)] != s; i-- {
		}
		return claims.Span{Start: i, End: i + len(s)}
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"The Supreme Court heard arguments on Tuesday", "The justices appeared divided on Tuesday", 1},
		{"Court hears case\n\nThe Supreme Court heard arguments", "The justices appeared divided", 1}, // 30% of the claim suffices
		{"Court hears case", "The justices appeared divided", 0},
	} {
		if got := g.Matches("fox", at(fox, tc.a), "nyt", at(nyt, tc.b)); len(got) != tc.want {
			t.Errorf("Matches(%q, %q) = %v, want %d facts", tc.a, tc.b, got, tc.want)
		}
	}
	if _, err := LoadGoldStories(t.TempDir()); err == nil {
		t.Error("an empty folder loads without error")
	}
}
