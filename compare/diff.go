package compare

import (
	"strings"

	"github.com/claimcheck/claimcheck/compare/worddiff"
)

// wordDiff diffs the words of two claims (worddiff.Diff over their token
// surfaces); each run's words are joined by single spaces.
func wordDiff(a, b *prepared) []DiffOp {
	var out []DiffOp
	for _, r := range worddiff.Diff(surfaces(a), surfaces(b)) {
		out = append(out, DiffOp{Op: r.Op, Text: strings.Join(r.Tokens, " ")})
	}
	return out
}

// surfaces are the surface forms of p's tokens, in order.
func surfaces(p *prepared) []string {
	out := make([]string, len(p.toks))
	for i, t := range p.toks {
		out[i] = t.Surface
	}
	return out
}
