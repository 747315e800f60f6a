package rules

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

func TestPatternRules(t *testing.T) {
	b := rulestest.New("d1", "a.txt", "txt")
	b.Para("Officials slammed the move. Critics SLAMMED it again; the backslammed word is not a match.")
	b.Block(claims.KindChrome, claims.RoleBody, "Share this article: slammed")
	b.Para("Costs rose 12 per cent.")
	doc := b.Doc()
	tests := []struct {
		name string
		p    Pattern
		want string
		err  string
	}{
		{name: "phrases", p: Pattern{ID: "no-slammed", Message: "avoid {match}", Phrases: []string{"slammed"}},
			want: "no-slammed warning a.txt:1:11: avoid slammed\nno-slammed warning a.txt:1:37: avoid SLAMMED\n"},
		{name: "regex", p: Pattern{ID: "per-cent", Severity: Error, Regex: `\bper cent\b`},
			want: "per-cent error a.txt:5:15: \"per cent\" matches house rule per-cent\n"},
		{name: "multiword phrase spacing", p: Pattern{ID: "p", Phrases: []string{"per   cent"}},
			want: "p warning a.txt:5:15: \"per cent\" matches house rule p\n"},
		{name: "both", p: Pattern{ID: "x", Phrases: []string{"a"}, Regex: "a"}, err: "not both"},
		{name: "neither", p: Pattern{ID: "x"}, err: "phrases or regex"},
		{name: "bad regex", p: Pattern{ID: "x", Regex: "("}, err: "bad regex"},
		{name: "empty match", p: Pattern{ID: "x", Regex: "a*"}, err: "empty string"},
		{name: "builtin id", p: Pattern{ID: "quote-mismatch", Regex: "a"}, err: "built-in"},
		{name: "bad id", p: Pattern{ID: "Bad_ID", Regex: "a"}, err: "kebab-case"},
		{name: "empty phrase", p: Pattern{ID: "x", Phrases: []string{" "}}, err: "empty phrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewPatternRule(tt.p)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			off := sev(Off)
			cfg := Config{Extra: []*Rule{r}, Rules: map[string]RuleConfig{}}
			for _, b := range All() {
				cfg.Rules[b.ID] = RuleConfig{Severity: off}
			}
			got := show([]*claims.Document{doc}, Run(Input{Docs: []*claims.Document{doc}, Config: cfg}))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestListAndExplain(t *testing.T) {
	var buf bytes.Buffer
	if err := List(&buf); err != nil {
		t.Fatal(err)
	}
	for _, r := range All() {
		if !strings.Contains(buf.String(), r.ID) {
			t.Errorf("List lacks %s", r.ID)
		}
	}
	if !strings.Contains(buf.String(), "off (draft: warning)") {
		t.Errorf("List does not show claim-single-source's draft default:\n%s", buf.String())
	}
	buf.Reset()
	if err := Explain(&buf, "figure-unsourced"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"figure-unsourced: A statistic", "Default severity: warning", "Bad:\n    Nearly 300,000", "Good:\n", "min-value (float, default 100)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Explain lacks %q:\n%s", want, buf.String())
		}
	}
	if err := Explain(&buf, "nope"); err == nil || !strings.Contains(err.Error(), "quote-mismatch") {
		t.Errorf("Explain(nope) = %v, want an error listing the rules", err)
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		a, b, want string
	}{
		{"Nearly 300,000 Afghans left", "About 200,000 Afghans left", "[-Nearly 300,000-]{+About 200,000+} Afghans left"},
		{"We will respond with full force", "We will respond with force", "We will respond with [-full -]force"},
		{"same", "same", "same"},
		{"", "new words", "{+new words+}"},
		{"old words", "", "[-old words-]"},
	}
	for _, tt := range tests {
		if got := inlineDiff(wordDiff(tt.a, tt.b)); got != tt.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTextHelpers(t *testing.T) {
	if got := normQuote("  “Talks   HAVE failed,”  "); got != "talks have failed" {
		t.Errorf("normQuote = %q", got)
	}
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Sharif", "Prime Minister Shehbaz Sharif", true},
		{"Shehbaz Sharif", "Sharif's office", false},
		{"the summaries", "the summaries", true},
		{"", "Sharif", false},
		{"Naqvi", "Sharif", false},
	} {
		if got := sameSpeaker(tt.a, tt.b); got != tt.same {
			t.Errorf("sameSpeaker(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
	if s := wordSimilarity("We will respond with full force", "We will respond with force"); s < 0.8 || s >= 1 {
		t.Errorf("similarity %v", s)
	}
	if wordSimilarity("", "") != 0 {
		t.Error("empty similarity not 0")
	}
}
