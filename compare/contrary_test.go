package compare

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestContraryWords checks that two claims worded alike but for a pair of
// contraries diverge by negation, and that claims about other things, or
// negated differently, do not.
func TestContraryWords(t *testing.T) {
	for _, tc := range []struct {
		a, b    string
		diverge bool
	}{
		{"Steel prices rose sharply in the second quarter", "Steel prices fell sharply in the second quarter", true},
		{"The council approved the new stadium plan on Tuesday", "The council rejected the new stadium plan on Tuesday", true},
		{"Turnout in the county was higher than in 2016", "Turnout in the county was lower than in 2016", true},
		{"Most senators support the amended trade bill", "Most senators oppose the amended trade bill", true},
		{"Steel prices rose sharply in the second quarter", "Steel prices did not fall in the second quarter", false}, // negated differently
		{"Sales rose in the second quarter at the Ohio plant", "Profits fell in the third quarter after the Texas merger", false},
		{"Steel prices rose sharply in the second quarter", "Steel prices rose sharply in the second quarter", false},
	} {
		p := ScorePair(claims.FromText(tc.a), claims.FromText(tc.b), DefaultOptions())
		got := slices.ContainsFunc(p.Divergences, func(d Divergence) bool { return d.Kind == DivNegation })
		if got != tc.diverge {
			t.Errorf("%q / %q: %s %+v; want a negation divergence %v", tc.a, tc.b, p.Relation, p.Divergences, tc.diverge)
		}
	}
}

// TestObligationIsNoFact checks that a claim of what should be is not
// contradicted by one that says it is not ("Vote Not Creating Jobs" /
// "when they should be creating jobs"), while two statements of fact are.
func TestObligationIsNoFact(t *testing.T) {
	for _, tc := range []struct {
		a, b    string
		diverge bool
	}{
		{"The House vote is not creating jobs for workers", "The House should be creating jobs for workers", false},
		{"The city ought to repair the bridge this year", "The city will not repair the bridge this year", false},
		{"The House vote is not creating jobs for workers", "The House vote is creating jobs for workers", true},
	} {
		p := ScorePair(claims.FromText(tc.a), claims.FromText(tc.b), DefaultOptions())
		got := slices.ContainsFunc(p.Divergences, func(d Divergence) bool { return d.Kind == DivNegation })
		if got != tc.diverge {
			t.Errorf("%q / %q: %s %+v; want a negation divergence %v", tc.a, tc.b, p.Relation, p.Divergences, tc.diverge)
		}
	}
}
