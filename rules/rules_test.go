package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/rules/rulestest"
)

// seedLike mirrors the sourcing of testdata/seeds/002: a vaguely attributed
// quote holding a sum of money, an unsourced count in the body and the same
// count in a takeaway.
func seedLike() *claims.Document {
	b := rulestest.New("d1", "b.txt", "txt")
	b.Block(claims.KindHeadline, claims.RoleHeadline, "Tensions Escalate Between Taliban and Pakistan")
	b.Para("Pakistan has opened three new border crossings, with nearly 300,000 Afghans leaving Pakistan in recent weeks.")
	b.Claim("Pakistan has opened three new border crossings, with nearly 300,000 Afghans leaving Pakistan in recent weeks", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("three", 3, "border crossings"), b.Num("nearly 300,000", 300000, "Afghans")}
	})
	b.Para(`The expulsions have drawn criticism. "The Afghan government has provided financial support of 10,000 Afghanis to each affected family," according to the summaries.`)
	b.Quote("The Afghan government has provided financial support of 10,000 Afghanis to each affected family,", "the summaries", claims.QuoteDirect, claims.AttrVague)
	b.Claim("The Afghan government has provided financial support of 10,000 Afghanis to each affected family", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("10,000 Afghanis", 10000, "Afghanis")}
		c.Attribution = claims.Attribution{Source: "the summaries", Cue: "according to", Kind: claims.AttrVague}
	})
	b.Para(`"We will respond," an official said after "talks" failed.`)
	b.Quote("We will respond,", "an official", claims.QuoteDirect, claims.AttrVague)
	b.Quote("talks", "", claims.QuotePartial, claims.AttrNone)
	b.Para(`"Nobody told us anything."`)
	b.Quote("Nobody told us anything.", "", claims.QuoteDirect, claims.AttrNone)
	b.Block(claims.KindListItem, claims.RoleTakeaway, "Pakistan deporting nearly 300,000 Afghan migrants in recent weeks.")
	b.Claim("Pakistan deporting nearly 300,000 Afghan migrants in recent weeks", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("nearly 300,000", 300000, "Afghan migrants")}
	})
	b.Para("Officials said 12% of crossings were closed.")
	b.Claim("12% of crossings were closed", func(c *claims.Claim) {
		c.Numbers = []claims.Number{b.Num("12%", 12, "percent")}
		c.Attribution = claims.Attribution{Source: "Officials", Cue: "said", Kind: claims.AttrNamed}
	})
	return b.Doc()
}

func TestSingleDocumentRules(t *testing.T) {
	doc := seedLike()
	got := show([]*claims.Document{doc}, Run(Input{Docs: []*claims.Document{doc}}))
	want := `figure-unsourced warning b.txt:3:54: figure "nearly 300,000 Afghans" has no source in its sentence or paragraph; say where it comes from
attribution-vague warning b.txt:5:38: quote "The Afghan government has provided financial supp…" is attributed only vaguely, to "the summaries"; name who said it
attribution-vague warning b.txt:7:1: quote "We will respond," is attributed only vaguely, to "an official"; name who said it
quote-unattributed warning b.txt:9:1: direct quote "Nobody told us anything." has no speaker; say who said it
figure-unsourced warning b.txt:11:20: figure "nearly 300,000 Afghan migrants" has no source in its sentence or paragraph; say where it comes from
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestConfigSeverityAndOptions(t *testing.T) {
	doc := seedLike()
	tests := []struct {
		name string
		cfg  Config
		want []string // rule IDs in order
	}{
		{"figure off", Config{Rules: map[string]RuleConfig{"figure-unsourced": {Severity: sev(Off)}}},
			[]string{"attribution-vague", "attribution-vague", "quote-unattributed"}},
		{"min-value lowered counts three crossings", Config{Rules: map[string]RuleConfig{"figure-unsourced": {Options: map[string]any{"min-value": 1.0}}}},
			[]string{"figure-unsourced", "figure-unsourced", "attribution-vague", "attribution-vague", "quote-unattributed", "figure-unsourced"}},
		{"vague to error", Config{Rules: map[string]RuleConfig{"attribution-vague": {Severity: sev(Error)}, "figure-unsourced": {Severity: sev(Off)}, "quote-unattributed": {Severity: sev(Off)}}},
			[]string{"attribution-vague", "attribution-vague"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Run(Input{Docs: []*claims.Document{doc}, Config: tt.cfg}) {
				got = append(got, f.Rule)
				if c, ok := tt.cfg.Rules[f.Rule]; ok && c.Severity != nil && f.Severity != *c.Severity {
					t.Errorf("%s severity %s, want %s", f.Rule, f.Severity, *c.Severity)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAttributionVagueClaimOutsideQuote(t *testing.T) {
	b := rulestest.New("d1", "a.md", "markdown")
	b.Para("Sources say the talks collapsed and the border closed.")
	vague := claims.Attribution{Source: "Sources", Cue: "say", Kind: claims.AttrVague}
	b.Claim("the talks collapsed", func(c *claims.Claim) { c.Attribution = vague })
	b.Claim("the border closed", func(c *claims.Claim) { c.Attribution = vague })
	doc := b.Doc()
	// Both claims share one attribution frame (no SourceSpan here), so
	// both are reported; with a SourceSpan they are reported once.
	if n := len(Run(Input{Docs: []*claims.Document{doc}})); n != 2 {
		t.Errorf("without source span: %d findings, want 2", n)
	}
	for i := range doc.Claims {
		doc.Claims[i].Attribution.SourceSpan = claims.Span{Start: 0, End: 7}
	}
	fs := Run(Input{Docs: []*claims.Document{doc}})
	if len(fs) != 1 || fs[0].Rule != "attribution-vague" || !strings.Contains(fs[0].Message, `to "Sources"`) {
		t.Errorf("with source span: %v, want one attribution-vague finding", fs)
	}
}

// twoSources is a pair of documents whose claims and quotes diverge.
func twoSources() (a, b *claims.Document, res *compare.Result) {
	ba := rulestest.New("d1", "a.txt", "txt")
	ba.Para(`Nearly 300,000 Afghans left Pakistan. "We will respond with full force," Naqvi said.`)
	ba.Claim("Nearly 300,000 Afghans left Pakistan", nil)
	ba.Quote("We will respond with full force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	bb := rulestest.New("d2", "b.txt", "txt")
	bb.Para(`About 200,000 Afghans left Pakistan. "We will respond with force," Naqvi said. "Talks have failed," Sharif said.`)
	bb.Claim("About 200,000 Afghans left Pakistan", nil)
	bb.Quote("We will respond with force,", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	bb.Quote("Talks have failed,", "Sharif", claims.QuoteDirect, claims.AttrNamed)
	a, b = ba.Doc(), bb.Doc()
	ra, rb := refOf(a, &a.Claims[0]), refOf(b, &b.Claims[0])
	pair := compare.Pair{A: ra, B: rb, Score: 0.8, Aligned: true, Relation: compare.Diverge,
		Divergences: []compare.Divergence{{Kind: "number", Values: []string{"Nearly 300,000", "About 200,000"}}},
		Diff:        wordDiff(ra.Text, rb.Text)}
	res = &compare.Result{Groups: []compare.Group{{ID: "g1", Relation: compare.Diverge, Claims: []compare.ClaimRef{ra, rb},
		Divergences: pair.Divergences, Pairs: []compare.Pair{pair}}}}
	return a, b, res
}

func TestComparisonRules(t *testing.T) {
	a, b, res := twoSources()
	docs := []*claims.Document{a, b}
	fs := Run(Input{Docs: docs, Compare: res})
	got := show(docs, fs)
	want := `claim-diverges warning a.txt:1:1: sources disagree on the number ("Nearly 300,000" vs "About 200,000"): [-Nearly 300,000-]{+About 200,000+} Afghans left Pakistan
quote-mismatch warning b.txt:1:38: quote is worded differently in a.txt: We will respond with [-full -]force,
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if len(fs) == 2 && (len(fs[0].Related) != 1 || fs[0].Related[0].Doc != "d2" || fs[0].Related[0].Path != "b.txt") {
		t.Errorf("claim-diverges related = %+v, want b.txt's claim", fs[0].Related)
	}
}

// TestDivergenceWithinOneDocument: a takeaway that diverges from its own
// body is not two sources disagreeing; claim-diverges stays silent (the
// summary-unsupported rule covers it).
func TestDivergenceWithinOneDocument(t *testing.T) {
	ba := rulestest.New("d1", "a.txt", "txt")
	ba.Para(`Nearly 300,000 Afghans left Pakistan.`)
	ba.Claim("Nearly 300,000 Afghans left Pakistan", nil)
	ba.Para(`About 200,000 Afghans left Pakistan.`)
	ba.Claim("About 200,000 Afghans left Pakistan", nil)
	a := ba.Doc()
	ra, rb := refOf(a, &a.Claims[0]), refOf(a, &a.Claims[1])
	pair := compare.Pair{A: ra, B: rb, Score: 0.8, Aligned: true, Relation: compare.Diverge,
		Divergences: []compare.Divergence{{Kind: "number", Values: []string{"Nearly 300,000", "About 200,000"}}}}
	res := &compare.Result{Groups: []compare.Group{{ID: "g1", Relation: compare.Diverge, Claims: []compare.ClaimRef{ra, rb},
		Divergences: pair.Divergences, Pairs: []compare.Pair{pair}}}}
	docs := []*claims.Document{a}
	for _, f := range Run(Input{Docs: docs, Compare: res}) {
		if f.Rule == "claim-diverges" {
			t.Errorf("claim-diverges reported inside one document: %s", f.Message)
		}
	}
}

func TestQuoteGivenToDifferentSpeaker(t *testing.T) {
	ba := rulestest.New("d1", "a.txt", "txt")
	ba.Para(`"Talks have failed," Sharif said.`)
	ba.Quote("Talks have failed,", "Sharif", claims.QuoteDirect, claims.AttrNamed)
	bb := rulestest.New("d2", "b.txt", "txt")
	bb.Para(`"Talks have failed." said Naqvi. "We agree," said Prime Minister Shehbaz Sharif.`)
	bb.Quote("Talks have failed.", "Naqvi", claims.QuoteDirect, claims.AttrNamed)
	docs := []*claims.Document{ba.Doc(), bb.Doc()}
	want := `quote-mismatch warning b.txt:1:1: quote "Talks have failed." is given to "Naqvi" here but to "Sharif" in a.txt` + "\n"
	if diff := cmp.Diff(want, show(docs, Run(Input{Docs: docs}))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestClaimSingleSource(t *testing.T) {
	a, b, res := twoSources()
	ra := refOf(a, &a.Claims[0])
	res.Single = []compare.ClaimRef{ra}
	docs := []*claims.Document{a, b}
	on := Config{Rules: map[string]RuleConfig{"claim-single-source": {Severity: sev(Info)}, "claim-diverges": {Severity: sev(Off)}, "quote-mismatch": {Severity: sev(Off)}}}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"off by default", Config{Rules: map[string]RuleConfig{"claim-diverges": {Severity: sev(Off)}, "quote-mismatch": {Severity: sev(Off)}}}, ""},
		{"on", on, "claim-single-source info a.txt:1:1: only a.txt makes this claim: Nearly 300,000 Afghans left Pakistan\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, show(docs, Run(Input{Docs: docs, Compare: res, Config: tt.cfg}))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSummaryUnsupported(t *testing.T) {
	b := rulestest.New("d1", "a.txt", "txt")
	b.Block(claims.KindHeadline, claims.RoleHeadline, "Pakistan expels 500,000 Afghans")
	b.Claim("Pakistan expels 500,000 Afghans", func(c *claims.Claim) { c.Numbers = []claims.Number{b.Num("500,000", 500000, "Afghans")} })
	b.Block(claims.KindDek, claims.RoleDek, "Pakistan closes the border with Iran")
	b.Claim("Pakistan closes the border with Iran", func(c *claims.Claim) {
		c.Entities = []claims.Entity{{Text: "Pakistan", Kind: "place", Norm: "Pakistan"}, {Text: "Iran", Kind: "place", Norm: "Iran"}}
	})
	b.Block(claims.KindListItem, claims.RoleTakeaway, "Afghans Sent Packing as Pakistan Hardens")
	b.Claim("Afghans Sent Packing as Pakistan Hardens", func(c *claims.Claim) {
		c.Entities = []claims.Entity{{Text: "Pakistan", Kind: "place", Norm: "Pakistan"}, {Text: "Packing"}}
	})
	b.Para("Pakistan expels 300,000 Afghans.")
	b.Claim("Pakistan expels 300,000 Afghans", func(c *claims.Claim) { c.Numbers = []claims.Number{b.Num("300,000", 300000, "Afghans")} })
	b.Block(claims.KindListItem, claims.RoleTakeaway, "Pakistan expels 300,000 Afghans.")
	b.Claim("Pakistan expels 300,000 Afghans", func(c *claims.Claim) { c.Numbers = []claims.Number{b.Num("300,000", 300000, "Afghans")} })
	doc := b.Doc()
	docs := []*claims.Document{doc}
	want := `summary-unsupported warning a.txt:1:1: the headline contradicts the body on the number: Pakistan expels [-500,000-]{+300,000+} Afghans
summary-unsupported warning a.txt:3:1: the body does not support this dek (the body never gives "Iran"; at most 25% of its words in any paragraph): Pakistan closes the border with Iran
`
	cfg := Config{Rules: map[string]RuleConfig{"figure-unsourced": {Severity: sev(Off)}}}
	if diff := cmp.Diff(want, show(docs, Run(Input{Docs: docs, Score: overlapScorer, Config: cfg}))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Without a scorer contradictions go unseen; coverage still works.
	if fs := Run(Input{Docs: docs, Config: cfg}); len(fs) != 1 || !strings.Contains(fs[0].Message, "dek") {
		t.Errorf("without a scorer: %v, want the dek only", fs)
	}
}

func TestRunSortsAndDeduplicates(t *testing.T) {
	fs := SortFindings([]Finding{
		{Rule: "b", Path: "x.txt", Span: claims.Span{Start: 5, End: 6}, Message: "m"},
		{Rule: "a", Path: "x.txt", Span: claims.Span{Start: 5, End: 6}, Message: "m"},
		{Rule: "b", Path: "x.txt", Span: claims.Span{Start: 5, End: 6}, Message: "m"},
		{Rule: "a", Path: "a.txt", Span: claims.Span{Start: 9, End: 9}, Message: "m"},
	})
	var got []string
	for _, f := range fs {
		got = append(got, f.Path+"/"+f.Rule)
	}
	if diff := cmp.Diff([]string{"a.txt/a", "x.txt/a", "x.txt/b"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRegistry(t *testing.T) {
	all := All()
	for i, r := range all {
		if i > 0 && all[i-1].ID >= r.ID {
			t.Errorf("All not sorted: %s before %s", all[i-1].ID, r.ID)
		}
		if Lookup(r.ID) != r {
			t.Errorf("Lookup(%q) is not the registered rule", r.ID)
		}
		if r.Summary == "" || r.Doc == "" || r.Bad == "" || r.Good == "" || !idPattern.MatchString(r.ID) {
			t.Errorf("rule %q lacks summary, doc, examples or a kebab-case id", r.ID)
		}
		for _, o := range r.Options {
			if _, err := o.Convert(o.Default); err != nil {
				t.Errorf("rule %s option %s: default does not convert: %v", r.ID, o.Name, err)
			}
		}
	}
	for _, id := range []string{"quote-unattributed", "attribution-vague", "figure-unsourced", "claim-diverges", "claim-single-source", "summary-unsupported", "quote-mismatch"} {
		if Lookup(id) == nil {
			t.Errorf("rule %s missing", id)
		}
	}
	if Lookup("nope") != nil {
		t.Error("Lookup(nope) != nil")
	}
}

func TestSeverity(t *testing.T) {
	tests := []struct {
		in      string
		want    Severity
		failOn  Severity
		wantErr bool
	}{
		{"error", Error, Error, false},
		{"Warning", Warning, Warning, false},
		{"info", Info, Info, false},
		{"off", Off, Off, false},
		{"none", Off, Off, true},
		{"fatal", Off, Off, true},
	}
	for _, tt := range tests {
		got, err := ParseSeverity(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseSeverity(%q) = %v, %v", tt.in, got, err)
		}
	}
	if v, err := ParseFailOn("none"); err != nil || v != Off {
		t.Errorf("ParseFailOn(none) = %v, %v", v, err)
	}
	if _, err := ParseFailOn("off"); err == nil {
		t.Error("ParseFailOn(off) accepted")
	}
	fs := []Finding{{Severity: Info}, {Severity: Warning}}
	for _, tt := range []struct {
		threshold Severity
		want      bool
	}{{Off, false}, {Info, true}, {Warning, true}, {Error, false}} {
		if got := FailOn(fs, tt.threshold); got != tt.want {
			t.Errorf("FailOn(%v) = %v, want %v", tt.threshold, got, tt.want)
		}
	}
	if MaxSeverity(nil) != Off || MaxSeverity(fs) != Warning {
		t.Error("MaxSeverity wrong")
	}
}

func TestOptionConvert(t *testing.T) {
	tests := []struct {
		kind    OptionKind
		in      any
		want    any
		wantErr bool
	}{
		{KindInt, uint64(3), 3, false},
		{KindInt, 2.0, 2, false},
		{KindInt, 2.5, nil, true},
		{KindInt, "3", nil, true},
		{KindFloat, uint64(1), 1.0, false},
		{KindFloat, 0.25, 0.25, false},
		{KindBool, true, true, false},
		{KindBool, "yes", nil, true},
		{KindString, "x", "x", false},
		{KindStrings, []any{"a", "b"}, []string{"a", "b"}, false},
		{KindStrings, []any{"a", 1}, nil, true},
	}
	for _, tt := range tests {
		o := Option{Name: "o", Kind: tt.kind}
		got, err := o.Convert(tt.in)
		if (err != nil) != tt.wantErr || !cmp.Equal(got, tt.want) {
			t.Errorf("Convert(%s, %#v) = %#v, %v", tt.kind, tt.in, got, err)
		}
	}
}

// TestAttributionVagueReportedSpeech: a source found in reported speech
// that no claim carries (doc.Sourcing) is reported once, at the source; one
// that a claim already reported, a quote speaker's, or a named one is not.
func TestAttributionVagueReportedSpeech(t *testing.T) {
	b := rulestest.New("d1", "a.txt", "txt")
	b.Para(`The bridge will reopen next week, a senior official said. Critics worry about the cost.`)
	b.Claim("The bridge will reopen next week", func(c *claims.Claim) {
		c.Attribution = claims.Attribution{Source: "a senior official", SourceSpan: claims.Span{Start: 34, End: 51}, Cue: "said", Kind: claims.AttrAnonymous}
	})
	b.Claim("Critics worry about the cost", nil)
	doc := b.Doc()
	doc.Sourcing = []claims.Attribution{
		{Source: "a senior official", SourceSpan: claims.Span{Start: 34, End: 51}, Cue: "said", Kind: claims.AttrAnonymous},
		{Source: "Critics", SourceSpan: claims.Span{Start: 58, End: 65}, Cue: "worry", Kind: claims.AttrVague},
	}
	var got []string
	for _, f := range Run(Input{Docs: []*claims.Document{doc}}) {
		if f.Rule == "attribution-vague" {
			got = append(got, f.Message)
		}
	}
	want := []string{
		`claim is attributed anonymously, to "a senior official"; name the source`,
		`claim is attributed only vaguely, to "Critics"; name the source`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestPartialQuoteMismatch: a partial quote (a quoted clause inside the
// reporter's sentence) of five words or more is compared for wording with
// the other sources' quotes; a shorter one (a quoted label) is not, and a
// partial quote is never the ground for a different-speaker finding, since
// its speaker is only the sentence's.
func TestPartialQuoteMismatch(t *testing.T) {
	for _, tc := range []struct {
		name       string
		a, b       string // the partial quote, the other source's quote
		aSpeaker   string
		bSpeaker   string
		wantReport string // "" when nothing is reported
	}{
		{"a dropped word in a quoted clause", "are alleged to be both discriminators and victims.", "this class includes at least 544 store managers who are alleged to be discriminators and victims.", "", "Boutrous",
			"quote is worded differently in a.txt: {+this class includes at least 544 store managers who +}are alleged to be[- both-] discriminators and victims."},
		{"a changed verb in a quoted clause", "will never negotiate with the rebels under any circumstances", "We will always negotiate with the rebels under any circumstances,", "", "Khan",
			"quote is worded differently in a.txt: {+We +}will [-never-]{+always+} negotiate with the rebels under any circumstances{+,+}"},
		{"the same clause, verbatim", "will never negotiate with the rebels", "We will never negotiate with the rebels,", "", "Khan", ""},
		{"a quoted label is too short", "a race to the", "It is a race to bottom,", "", "Gibbs", ""},
		{"same words, a partial quote's speaker is not compared", "the lines of communication remain open", "The lines of communication remain open,", "Medicare", "Carney", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ba := rulestest.New("d1", "a.txt", "txt")
			ba.Para(`The ` + tc.aSpeaker + ` official said the men "` + tc.a + `" and left.`)
			ba.Quote(tc.a, tc.aSpeaker, claims.QuotePartial, claims.AttrNone)
			bb := rulestest.New("d2", "b.txt", "txt")
			bb.Para(`"` + tc.b + `" ` + tc.bSpeaker + ` said.`)
			bb.Quote(tc.b, tc.bSpeaker, claims.QuoteDirect, claims.AttrNamed)
			docs := []*claims.Document{ba.Doc(), bb.Doc()}
			got := ""
			for _, f := range Run(Input{Docs: docs}) {
				if f.Rule == "quote-mismatch" {
					got = f.Message
				}
			}
			if got != tc.wantReport {
				t.Errorf("got %q, want %q", got, tc.wantReport)
			}
		})
	}
}

// TestQuoteMismatchPointsAtPart: a wording finding points, on each side,
// at the sentences that differ: without a sentence only one outlet quotes,
// and, for a quote that marks an omission, at the fragment that changed
// and the sentences of the other quote it fits; a quote compared whole
// keeps its own span.
func TestQuoteMismatchPointsAtPart(t *testing.T) {
	for _, tc := range []struct {
		name  string
		a, b  string // the two quotes, each said by Khan
		spanA string // the text of the related span in a.txt
		spanB string // the text of the finding's span in b.txt
	}{
		{"a sentence only one quotes is left out",
			"We will rebuild every school. The clinics will reopen in the spring,", "The clinics will reopen in the summer,",
			"The clinics will reopen in the spring,", `"The clinics will reopen in the summer,"`},
		{"the changed fragment around an omission",
			"We will rebuild every school in the province ... The clinics will reopen in the spring,",
			"We will rebuild every school in the province that was destroyed. Roads come first. The clinics will reopen in the summer,",
			"The clinics will reopen in the spring,", "The clinics will reopen in the summer,"},
		{"a quote compared whole",
			"The clinics will reopen in the spring,", "The clinics will reopen in the summer,",
			`"The clinics will reopen in the spring,"`, `"The clinics will reopen in the summer,"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ba := rulestest.New("d1", "a.txt", "txt")
			ba.Para(`"` + tc.a + `" Khan said.`)
			ba.Quote(tc.a, "Khan", claims.QuoteDirect, claims.AttrNamed)
			bb := rulestest.New("d2", "b.txt", "txt")
			bb.Para(`"` + tc.b + `" Khan said.`)
			bb.Quote(tc.b, "Khan", claims.QuoteDirect, claims.AttrNamed)
			a, b := ba.Doc(), bb.Doc()
			var got *Finding
			fs := Run(Input{Docs: []*claims.Document{a, b}})
			for i := range fs {
				if fs[i].Rule == "quote-mismatch" {
					got = &fs[i]
				}
			}
			if got == nil || len(got.Related) != 1 {
				t.Fatalf("no quote-mismatch finding with one related quote: %+v", fs)
			}
			src := func(d *claims.Document, s claims.Span) string { return string(d.File.Src[s.Start:s.End]) }
			if g := src(a, got.Related[0].Span); g != tc.spanA {
				t.Errorf("related span %q, want %q", g, tc.spanA)
			}
			if g := src(b, got.Span); g != tc.spanB {
				t.Errorf("finding span %q, want %q", g, tc.spanB)
			}
		})
	}
}
