package atomic

import "strings"

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

// negatesVerb reports whether a lower-case word negates the verb group it
// stands in: "not", "n't" (either apostrophe), "never", "cannot".
func negatesVerb(w string) bool {
	switch w {
	case "not", "n't", "n’t", "never", "cannot":
		return true
	}
	return false
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
	// a probability: "a one-in-three chance Republicans lose the House"
	"chance": true, "chances": true, "odds": true,
	// a condition kept in its claim: "If AARP is open to cuts, it would be
	// a boost" does not state that AARP is open to cuts
	"if": true, "unless": true, "whether": true,
}

// IsHedge reports whether a lower-case word is one of the hedges that make
// a claim uncertain ("likely", "reportedly", "appeared", "whether").
func IsHedge(w string) bool { return hedges[w] }

// attributiveHedges hedge the noun they modify, not the claim: "the most
// high-profile potential candidate is Scott Brown" states who the potential
// candidate is, "a possible successor" whose name surfaced.
var attributiveHedges = map[string]bool{"potential": true, "possible": true, "likely": true, "expected": true}

// presenceVerbs are the hedging verbs that also say where someone was:
// "Santorum appeared on Face the Nation" hedges nothing, "appeared to
// endorse" and "appears ready to block" do.
var presenceVerbs = map[string]bool{"appear": true, "appears": true, "appeared": true}

// notHedging reports whether the hedge word t[i] (the k-th token of its
// claim) hedges something other than the claim: "May" the month, an
// attributive adjective before its noun (see attributiveHedges), a
// presence verb before a preposition (see presenceVerbs), "at odds".
func notHedging(t []tok, i, k int) bool {
	w := t[i].lw
	var next tok
	if i+1 < len(t) {
		next = t[i+1]
	}
	switch {
	case w == "may" && t[i].IsCapitalised() && k > 0:
		return true // the month
	case attributiveHedges[w]:
		return strings.HasPrefix(next.tag, "NN") || next.tag == "JJ" || next.tag == "CD"
	case presenceVerbs[w]:
		return next.tag == "IN" && next.lw != "that"
	case w == "odds":
		return i > 0 && t[i-1].lw == "at" // "remain at odds": they disagree
	}
	return false
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
		if hedges[w] && !notHedging(t, i, k) {
			hedged = true
		}
	}
	return n%2 == 1, hedged
}
