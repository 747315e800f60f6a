package rules

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// blockOf returns the index of the block holding claim c of doc, or -1.
func blockOf(doc *claims.Document, c *claims.Claim) int {
	if c.Sentence >= 0 && c.Sentence < len(doc.Sentences) {
		if s := doc.Sentences[c.Sentence]; s.Span.Overlaps(c.Span) || s.Span.Contains(c.Span) {
			return s.Block
		}
	}
	for i := range doc.Blocks {
		if doc.Blocks[i].Span.Contains(c.Span) {
			return i
		}
	}
	return -1
}

// quoteBlock returns the index of the block where quote q opens, or -1.
func quoteBlock(doc *claims.Document, q *claims.Quote) int {
	if q.Sentence >= 0 && q.Sentence < len(doc.Sentences) {
		return doc.Sentences[q.Sentence].Block
	}
	for i := range doc.Blocks {
		if doc.Blocks[i].Span.Overlaps(q.Span) {
			return i
		}
	}
	return -1
}

// attributed reports whether a claim or quote attribution names any source,
// even a vague one.
func attributed(k claims.AttributionKind) bool {
	return k == claims.AttrNamed || k.Unidentified() || k == claims.AttrPronoun
}

// speakerOf returns the name a quote is given to: the resolved antecedent of
// a pronoun, else the speaker's words, else "".
func speakerOf(q *claims.Quote) string {
	if q.Attribution == claims.AttrPronoun && q.Antecedent != "" {
		return q.Antecedent
	}
	if q.Speaker != nil {
		return q.Speaker.Text
	}
	return ""
}

// insideQuote returns the quote of doc whose span contains s, or nil.
func insideQuote(doc *claims.Document, s claims.Span) *claims.Quote {
	for i := range doc.Quotes {
		if doc.Quotes[i].Span.Contains(s) {
			return &doc.Quotes[i]
		}
	}
	return nil
}

// refOf makes a ClaimRef for claim c of doc.
func refOf(doc *claims.Document, c *claims.Claim) compare.ClaimRef {
	return compare.ClaimRef{Doc: doc.ID, Claim: c.ID, Text: c.Text, Span: c.Span}
}

// hardKinds are the divergences that make two aligned claims contradict
// each other; certainty and attribution differences do not.
var hardKinds = map[string]bool{
	compare.DivNumber: true, compare.DivDate: true, compare.DivEntity: true, compare.DivNegation: true,
}

// hardDivergences returns the divergences of ds whose kind is hard.
func hardDivergences(ds []compare.Divergence) []compare.Divergence {
	var out []compare.Divergence
	for _, d := range ds {
		if hardKinds[d.Kind] {
			out = append(out, d)
		}
	}
	return out
}

// isSummary reports whether a role is a summary of the article: headline,
// dek or takeaway.
func isSummary(r claims.Role) bool {
	return r == claims.RoleHeadline || r == claims.RoleDek || r == claims.RoleTakeaway
}
