package rules

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/ingest"
	"github.com/claimcheck/claimcheck/compare"
)

// overlapScorer is a hand-made Scorer for tests: claims align when at least
// half their content words (Jaccard) are shared, and state the same
// arguments when 0.6 are; numbers that differ and a
// differing negation are divergences.
func overlapScorer(a, b *claims.Claim) compare.Pair {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range contentWords(a.Text) {
		wa[w] = true
	}
	for _, w := range contentWords(b.Text) {
		wb[w] = true
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	union := len(wa) + len(wb) - inter
	p := compare.Pair{A: compare.ClaimRef{Doc: a.Doc, Claim: a.ID, Text: a.Text, Span: a.Span},
		B: compare.ClaimRef{Doc: b.Doc, Claim: b.ID, Text: b.Text, Span: b.Span}, Relation: compare.Unrelated}
	if union > 0 {
		p.Score = float64(inter) / float64(union)
	}
	p.Aligned = p.Score >= 0.5
	if !p.Aligned {
		return p
	}
	p.Relation = compare.Agree
	p.SameArguments = p.Score >= 0.6
	for i := range min(len(a.Numbers), len(b.Numbers)) {
		if a.Numbers[i].Value != b.Numbers[i].Value {
			p.Divergences = append(p.Divergences, compare.Divergence{Kind: compare.DivNumber, Values: []string{a.Numbers[i].Text, b.Numbers[i].Text}})
		}
	}
	if a.Negated != b.Negated {
		p.Divergences = append(p.Divergences, compare.Divergence{Kind: compare.DivNegation, Values: []string{fmt.Sprint(a.Negated), fmt.Sprint(b.Negated)}})
	}
	if len(p.Divergences) > 0 {
		p.Relation = compare.Diverge
	}
	return p
}

// show renders findings one per line as "RULE SEV PATH:LINE:COL: MESSAGE",
// positions computed from the documents.
func show(docs []*claims.Document, fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		pos := "-"
		for _, d := range docs {
			if d.ID == f.Doc {
				p := d.File.Position(f.Span.Start)
				pos = fmt.Sprintf("%d:%d", p.Line, p.Column)
			}
		}
		fmt.Fprintf(&b, "%s %s %s:%s: %s\n", f.Rule, f.Severity, f.Path, pos, f.Message)
	}
	return b.String()
}

func sev(s Severity) *Severity { return &s }

// messagesOf parses text as a plain-text article, analyses it, runs every
// rule and returns the messages of rule's findings, in order.
func messagesOf(t *testing.T, rule, text string) []string {
	t.Helper()
	doc, err := ingest.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	claims.Analyze(doc, claims.Options{})
	var out []string
	for _, f := range Run(Input{Docs: []*claims.Document{doc}}) {
		if f.Rule == rule {
			out = append(out, f.Message)
		}
	}
	return out
}
