package rules

import (
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// absentFacts returns, as written, the checkable facts of summary claim c
// that its article's body never gives: a number no body claim has (within
// rounding), a name none of whose words the body uses (as written or as
// its normal form: "G.O.P." is the Republican Party; a lone capitalised
// word of no known kind is a title-case headline's, not a name). A summary that words
// its body's facts differently ("Michael Steele's End Could Be Near" over
// "Steele will not seek a second term") has none; one that names a place,
// a person or a count the body does not has them, and an editor can check
// each.
func absentFacts(c *claims.Claim, body []candidate, bodyStems map[string]bool) []string {
	var out []string
	for _, n := range c.Numbers {
		if !bodyHasNumber(n, body) {
			out = append(out, n.Text)
		}
	}
	for _, e := range c.Entities {
		if e.Kind == "" && !strings.Contains(e.Text, " ") {
			continue // a capitalised word of a title-case headline ("Storm forces evacuation"), not a name
		}
		if !namedIn(e.Text, bodyStems) && !namedIn(e.Norm, bodyStems) {
			out = append(out, e.Text)
		}
	}
	return out
}

// bodyHasNumber reports whether a body claim gives n's value, to within
// one percent (a headline rounds).
func bodyHasNumber(n claims.Number, body []candidate) bool {
	for _, b := range body {
		for _, m := range b.claim.Numbers {
			if mx := math.Max(math.Abs(n.Value), math.Abs(m.Value)); n.Value == m.Value || mx > 0 && math.Abs(n.Value-m.Value)/mx <= 0.01 {
				return true
			}
		}
	}
	return false
}

// namedIn reports whether any content word of name is among stems.
func namedIn(name string, stems map[string]bool) bool {
	for s := range stemSet(name) {
		if stems[s] {
			return true
		}
	}
	return false
}
