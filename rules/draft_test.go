package rules

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

// draftCase is a source and a draft that misquotes it, changes a number and
// adds an unsupported claim, plus claims and quotes it gets right.
func draftCase() (draft, src *claims.Document) {
	s := rulestest.New("d2", "source.txt", "txt")
	s.Para(`Nearly 300,000 Afghans have left Pakistan in recent weeks, the UN refugee agency said. "We will respond with full force," Interior Minister Mohsin Naqvi said.`)
	s.Claim("Nearly 300,000 Afghans have left Pakistan in recent weeks", func(c *claims.Claim) {
		c.Numbers = []claims.Number{s.Num("Nearly 300,000", 300000, "Afghans")}
		c.Attribution = claims.Attribution{Source: "the UN refugee agency", Cue: "said", Kind: claims.AttrNamed}
	})
	s.Quote("We will respond with full force,", "Interior Minister Mohsin Naqvi", claims.QuoteDirect, claims.AttrNamed)
	s.Para(`Pakistan opened three new border crossings to speed up deportations, officials said. "Talks have failed," according to the summaries.`)
	s.Claim("Pakistan opened three new border crossings to speed up deportations", func(c *claims.Claim) {
		c.Attribution = claims.Attribution{Source: "officials", Cue: "said", Kind: claims.AttrNamed}
	})
	s.Quote("Talks have failed,", "the summaries", claims.QuoteDirect, claims.AttrVague)

	d := rulestest.New("d1", "draft.md", "markdown")
	d.Para(`Nearly 500,000 Afghans have left Pakistan in recent weeks, the UN refugee agency said.`)
	d.Claim("Nearly 500,000 Afghans have left Pakistan in recent weeks", func(c *claims.Claim) {
		c.Numbers = []claims.Number{d.Num("Nearly 500,000", 500000, "Afghans")}
		c.Attribution = claims.Attribution{Source: "the UN refugee agency", Cue: "said", Kind: claims.AttrNamed}
	})
	d.Para(`Pakistan opened three new border crossings to speed up deportations, officials said.`)
	d.Claim("Pakistan opened three new border crossings to speed up deportations", func(c *claims.Claim) {
		c.Attribution = claims.Attribution{Source: "officials", Cue: "said", Kind: claims.AttrNamed}
	})
	d.Para(`The border will reopen on Monday, officials said.`)
	d.Claim("The border will reopen on Monday", func(c *claims.Claim) {
		c.Attribution = claims.Attribution{Source: "officials", Cue: "said", Kind: claims.AttrNamed}
	})
	d.Para(`“We will respond with force,” Naqvi said. “Talks have failed” … according to the summaries.`)
	d.Quote("We will respond with force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	d.Claim("We will respond with force", nil)
	d.Quote("Talks have failed", "the summaries", claims.QuoteDirect, claims.AttrVague)
	return d.Doc(), s.Doc()
}

func TestCheckDraft(t *testing.T) {
	draft, src := draftCase()
	got := CheckDraft(draft, []*claims.Document{src}, overlapScorer)
	type verdict struct {
		Text     string
		Support  Support
		Evidence []string
	}
	var gotV []verdict
	for _, dc := range got {
		v := verdict{Text: dc.Text, Support: dc.Support}
		for _, e := range dc.Evidence {
			v.Evidence = append(v.Evidence, e.Doc+"/"+e.Claim)
		}
		gotV = append(gotV, v)
	}
	want := []verdict{
		{"Nearly 500,000 Afghans have left Pakistan in recent weeks", Contradicted, []string{"d2/d2-c1"}},
		{"Pakistan opened three new border crossings to speed up deportations", Supported, []string{"d2/d2-c2"}},
		{"The border will reopen on Monday", Unsupported, nil},
		// the claim inside the direct quote is left to the quote check
	}
	if diff := cmp.Diff(want, gotV); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}
	if len(got) > 0 && (len(got[0].Divergences) != 1 || got[0].Divergences[0].Kind != "number") {
		t.Errorf("contradiction divergences = %+v, want one number divergence", got[0].Divergences)
	}
	for _, dc := range CheckDraft(draft, []*claims.Document{src}, nil) {
		if dc.Support != Unsupported {
			t.Errorf("nil scorer: %q is %s, want unsupported", dc.Text, dc.Support)
		}
	}
	if CheckDraft(nil, nil, overlapScorer) != nil {
		t.Error("CheckDraft(nil) != nil")
	}
}

func TestDraftModeFindings(t *testing.T) {
	draft, src := draftCase()
	docs := []*claims.Document{draft, src}
	in := Input{Docs: docs, Score: overlapScorer, Draft: &Draft{Doc: draft, Claims: CheckDraft(draft, []*claims.Document{src}, overlapScorer)}}
	got := show(docs, Run(in))
	want := `claim-diverges warning draft.md:1:1: the sources contradict this claim on the number ("Nearly 500,000" vs "Nearly 300,000"): Nearly [-300,000-]{+500,000+} Afghans have left Pakistan in recent weeks
claim-single-source warning draft.md:5:1: no source supports this claim: The border will reopen on Monday
quote-mismatch warning draft.md:7:1: quote does not match source.txt verbatim: We will respond with [-full -]force,
attribution-vague warning draft.md:7:43: quote "Talks have failed" is attributed only vaguely, to "the summaries"; name who said it
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestDraftQuoteChecks(t *testing.T) {
	src := rulestest.New("d2", "s.txt", "txt").
		Para(`"Talks have failed and we will leave," Sharif said. The minister added that we must hold firm.`).
		Quote("Talks have failed and we will leave,", "Sharif", claims.QuoteDirect, claims.AttrNamed).Doc()
	tests := []struct {
		name, para, quote, speaker string
		want                       string // message, "" for no finding
	}{
		{"verbatim", `"Talks have failed and we will leave," Sharif said.`, "Talks have failed and we will leave,", "Sharif", ""},
		{"typographic marks and case", `“talks have failed and we will leave.” Shehbaz Sharif said.`, "talks have failed and we will leave.", "Shehbaz Sharif", ""},
		{"ellipsis", `"Talks have failed ... we will leave," Sharif said.`, "Talks have failed ... we will leave,", "Sharif", ""},
		{"no speaker in draft", `"Talks have failed."`, "Talks have failed.", "", ""},
		{"wrong speaker", `"Talks have failed," Naqvi said.`, "Talks have failed,", "Naqvi",
			`quote "Talks have failed," is given to "Naqvi" here but the sources give it to "Sharif"`},
		{"in source text but not a quote there", `"we must hold firm," the minister said.`, "we must hold firm,", "the minister", ""},
		{"invented", `"Victory is near," Sharif said.`, "Victory is near,", "Sharif", `quote "Victory is near," does not appear in any source`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := rulestest.New("d1", "draft.txt", "txt").Para(tt.para)
			attr := claims.AttrNamed
			if tt.speaker == "" {
				attr = claims.AttrNone
			}
			draft := b.Quote(tt.quote, tt.speaker, claims.QuoteDirect, attr).Doc()
			cfg := Config{Rules: map[string]RuleConfig{"quote-unattributed": {Severity: sev(Off)}}}
			fs := Run(Input{Docs: []*claims.Document{draft, src}, Draft: &Draft{Doc: draft}, Config: cfg})
			got := ""
			if len(fs) > 0 {
				got = fs[0].Message
			}
			if len(fs) > 1 || got != tt.want {
				t.Errorf("got %q (%d findings), want %q", got, len(fs), tt.want)
			}
		})
	}
}
