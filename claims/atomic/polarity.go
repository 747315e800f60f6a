package atomic

// negators flip a claim's polarity. Denial and refusal verbs count: "the
// Taliban deny the charge" reports a denial, and a claim that something was
// denied or refused should never align as agreement with its assertion.
// "rejected" does not: rejecting a thing ("rejected the legitimacy of this
// border") is itself a positive act that sources can agree on.
var negators = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "cannot": true, "nor": true,
	"neither": true, "none": true, "nobody": true, "nothing": true, "without": true,
	"deny": true, "denies": true, "denied": true, "denying": true,
	"refuse": true, "refuses": true, "refused": true, "refusing": true,
}

// hedges make a claim uncertain.
var hedges = map[string]bool{
	"likely": true, "unlikely": true, "may": true, "might": true, "could": true,
	"reportedly": true, "allegedly": true, "possibly": true, "possible": true, "perhaps": true,
	"probably": true, "appears": true, "appear": true, "appeared": true, "seems": true,
	"seem": true, "seemed": true, "potential": true, "potentially": true, "suggest": true,
	"suggests": true, "suggested": true, "apparently": true, "alleged": true, "purportedly": true,
	"presumably": true, "expected": true, "believed": true, "rumoured": true, "rumored": true,
	"unconfirmed": true, "uncertain": true,
	// a condition kept in its claim: "If AARP is open to cuts, it would be
	// a boost" does not state that AARP is open to cuts
	"if": true, "unless": true, "whether": true,
}

// polarity reports whether the tokens idx of t are negated (an odd number
// of negators, so "did not deny" is not negated) and hedged.
func polarity(t []tok, idx []int) (negated, hedged bool) {
	n := 0
	for k, i := range idx {
		w := t[i].lw
		if negators[w] {
			// "no longer", "not only ... but also" do not negate
			if w == "not" && k+1 < len(idx) && t[idx[k+1]].lw == "only" {
				continue
			}
			if w == "no" && k+1 < len(idx) && t[idx[k+1]].lw == "doubt" {
				continue
			}
			n++
		}
		if hedges[w] {
			if w == "may" && t[i].IsCapitalised() && k > 0 {
				continue // the month
			}
			hedged = true
		}
	}
	return n%2 == 1, hedged
}
